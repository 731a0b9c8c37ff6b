"""Writing-system helpers shared by the cleaner and the language detector (private)."""

from __future__ import annotations

import functools
import string
import unicodedata

import regex

__all__ = ["ascii_profile", "char_script", "dominant_script"]


@functools.lru_cache(maxsize=16384)
def char_script(ch: str) -> str:
    """The first word of the character's Unicode name: LATIN, CYRILLIC, GREEK, CJK..."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")
# every ASCII byte that is not a letter (the ASCII letters are exactly A-Z and a-z, all LATIN)
_ASCII_NON_LETTERS = bytes(b for b in range(128) if chr(b) not in string.ascii_letters)


def ascii_profile(text: str) -> tuple[int, int]:
    """How many ASCII letters and how many non-ASCII characters ``text`` holds (in C)."""
    ascii_part = text.encode("ascii", "ignore")
    return len(ascii_part.translate(None, _ASCII_NON_LETTERS)), len(text) - len(ascii_part)


def dominant_script(text: str, limit: int = 400) -> str | None:
    """The script of most of the first ``limit`` letters of ``text``, or ``None``.

    Runs of ASCII are counted in C (all their letters are LATIN); only non-ASCII
    characters are looked at one by one. Ties go to the script seen first.
    """
    counts: dict[str, int] = {}
    seen = 0
    pos = 0
    for run in _NON_ASCII_RUN.finditer(text):
        if run.start() > pos:
            n = ascii_profile(text[pos:run.start()])[0]
            if n:
                if seen + n >= limit:
                    counts["LATIN"] = counts.get("LATIN", 0) + limit - seen
                    return max(counts, key=counts.__getitem__)
                counts["LATIN"] = counts.get("LATIN", 0) + n
                seen += n
        for ch in run.group():
            if ch.isalpha():
                s = char_script(ch)
                counts[s] = counts.get(s, 0) + 1
                seen += 1
                if seen >= limit:
                    return max(counts, key=counts.__getitem__)
        pos = run.end()
    if len(text) > pos:
        n = ascii_profile(text[pos:])[0]
        if n:
            counts["LATIN"] = counts.get("LATIN", 0) + min(n, limit - seen)
    return max(counts, key=counts.__getitem__) if counts else None
