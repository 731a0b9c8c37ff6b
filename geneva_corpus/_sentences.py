"""A small, linear-time sentence splitter that keeps offsets.

Sentences end at ``.``, ``!``, ``?`` or ``…`` (optionally followed by closing quotes or
brackets) when whitespace and then an opening character (a capital letter, a digit, an
opening quote, a dash) follows, and always at a line break. A full stop after a known
abbreviation ("Mr.", "U.S.", "a.m." before a lowercase word, "Jan.") or after a single
capital letter (an initial: "James R. Dabney") does not end a sentence.

>>> text = "Mr. Vell met Dr. Oda at 10 a.m. on Monday. They spoke. “Yes!” she said."
>>> [text[s:e] for s, e in split_sentences(text)]
['Mr. Vell met Dr. Oda at 10 a.m. on Monday.', 'They spoke.', '“Yes!” she said.']
"""

from __future__ import annotations

import re
from typing import Any

import regex

__all__ = ["ABBREVIATIONS", "split_sentences"]

ABBREVIATIONS: frozenset[str] = frozenset(
    """mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx est dept univ
    inc ltd corp co bros vs etc al e.g i.e u.s u.k u.n a.m p.m""".split()
)
"""Words whose trailing full stop does not end a sentence (lower case, without the final
dot)."""

# A candidate boundary: terminal punctuation, optional closers, then whitespace; or a line
# break. Possessive-free, single pass: no nested quantifiers, so no catastrophic backtracking.
# possessive repeats and the look-behind keep this linear on long runs of dots. The
# look-ahead's groups are the opening marks and the first character of the next sentence
# (both ``None`` at a line break).
_BOUNDARY_SOURCE = (
    r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=[ \t\u00a0]+([\"'“‘«(\[\-–—]*)(\S))|\n+")


def _boundary() -> Any:
    r""":data:`_BOUNDARY_SOURCE` for the standard library's engine, which finds the
    boundaries of a text in about half the time when the pattern starts with the class of
    their first characters: the look-behind comes after the first terminal mark (and reads the
    character before it), a line break is told apart after it, and ``\S`` is ``regex``'s
    (``re``'s ``\s`` also matches U+001C-U+001F). Possessive repeats need Python 3.11;
    before, the ``regex`` pattern is used."""
    try:
        return re.compile(
            r"[.!?…\n](?:(?<=\n)\n*+|(?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+"
            r"(?=[ \t\u00a0]+([\"'“‘«(\[\-–—]*)((?:\S|[\x1c-\x1f]))))")
    except re.error:
        return regex.compile(_BOUNDARY_SOURCE)


_BOUNDARY = _boundary()

# the run of word characters and dots before a full stop: searched right to left (``(?r)``)
# it is found in one pass; a left-to-right search would try every start in the window
_WORD_BEFORE = regex.compile(r"(?r)([\w.]+)$")
_SPACE = regex.compile(r"\s")
_ASCII_SPACE = frozenset(c for c in map(chr, range(128)) if _SPACE.match(c))
"""The ASCII characters ``\\s`` matches."""
_TERMINALS = ".!?…"
_FINAL_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc", "inc", "ltd", "co"})


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return ``(start, end)`` offsets into ``text``.

    Offsets exclude surrounding whitespace; empty sentences are skipped. Runs in time linear
    in the length of the span.

    >>> split_sentences("One.  Two?\\nThree")
    [(0, 4), (6, 10), (11, 16)]
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    # whether ``cur`` is known to start a sentence without white space: it is after a
    # sentence's last mark, where the next one's opening mark or first character is
    trimmed = False
    before = _WORD_BEFORE.search
    # (the scan's bounds as ``regex`` reads negative ones, as slices do; ``re`` reads 0)
    n = len(text)
    for m in _BOUNDARY.finditer(text, start if start >= 0 else max(0, n + start),
                                stop if stop >= 0 else max(0, n + stop)):
        opening, first = m.groups()
        if first is None:  # a line break
            _add(text, cur, m.start(), spans)
            cur, trimmed = m.end(), False
            continue
        if not (first.isupper() or first.isdigit() or opening):
            continue  # "a.m. on Monday", "e.g. the"
        dot = m.start()
        # a lone full stop (the character after it is a closer or a blank, not another
        # terminal mark) may end an abbreviation or an initial; the word before it is
        # searched from ``cur`` on, as the blanks before a trimmed ``cur`` are no part of it
        if text[dot] == "." and text[dot + 1] not in _TERMINALS:
            w = before(text, max(cur, dot - 12), dot)
            if w is not None:
                token = w.group(1)
                word = token.lower().rstrip(".")
                if word in ABBREVIATIONS:
                    # "a.m." / "U.S." may end a sentence when a capitalised word follows;
                    # titles never do
                    if not (word in _FINAL_ABBREVIATIONS and first.isupper()):
                        continue
                elif len(token) == 1 and token.isupper():
                    continue  # an initial ("R." in "James R. Dabney")
        punct_end = m.end()
        if trimmed:  # (the span ends in a mark: there is no white space to trim)
            spans.append((cur, punct_end))
        else:
            _add(text, cur, punct_end, spans)
        # (the blanks the look-ahead matched are white space, what follows them is not)
        cur, trimmed = m.start(1), True
    _add(text, cur, stop, spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    # every character ``\s`` matches is ``isspace()`` (not conversely: U+001C-U+001F), so
    # the cheap test settles the usual case, a span that neither starts nor ends in space
    while s < e and text[s].isspace() and (text[s] in _ASCII_SPACE or _SPACE.match(text, s)):
        s += 1
    while e > s and text[e - 1].isspace() and (
            text[e - 1] in _ASCII_SPACE or _SPACE.match(text, e - 1)):
        e -= 1
    if e > s:
        spans.append((s, e))
