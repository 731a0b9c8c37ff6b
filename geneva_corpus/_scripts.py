"""Writing-system helpers shared by the cleaner and the language detector (private)."""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["char_script", "dominant_script"]


@functools.lru_cache(maxsize=16384)
def char_script(ch: str) -> str:
    """The first word of the character's Unicode name: LATIN, CYRILLIC, GREEK, CJK..."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "UNKNOWN"


def dominant_script(text: str, limit: int = 400) -> str | None:
    """The script of most of the first ``limit`` letters of ``text``, or ``None``."""
    counts: dict[str, int] = {}
    seen = 0
    for ch in text:
        if ch.isalpha():
            s = char_script(ch)
            counts[s] = counts.get(s, 0) + 1
            seen += 1
            if seen >= limit:
                break
    return max(counts, key=counts.__getitem__) if counts else None
