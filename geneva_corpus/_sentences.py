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
# possessive repeats and the look-behind keep this linear on long runs of dots
_BOUNDARY = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=[ \t\u00a0]+\S)|\n+")
# used anchored after a sentence end; the look-behind keeps a search linear on long blank runs
_NEXT_START = regex.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+([\"'“‘«(\[\-–—]*)(\S)")
_WORD_BEFORE = regex.compile(r"([\w.]+)$")
_SPACE = regex.compile(r"\s")
_FINAL_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc", "inc", "ltd", "co"})


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    """Is the full stop at ``text[dot]`` part of an abbreviation or initial?"""
    m = _WORD_BEFORE.search(text, max(lo, dot - 12), dot)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    token = m.group(1)
    # a single capital letter ("R." in "James R. Dabney") is an initial
    return len(token) == 1 and token.isupper()


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
    next_start = _NEXT_START.match
    for m in _BOUNDARY.finditer(text, start, stop):
        punct = m.group()
        if punct[0] == "\n":
            _add(text, cur, m.start(), spans)
            cur = m.end()
            continue
        punct_end = m.end()
        nxt = next_start(text, punct_end, stop)
        if nxt is None:
            continue
        opening, first = nxt.groups()
        if not (first.isupper() or first.isdigit() or opening):
            continue  # "a.m. on Monday", "e.g. the"
        if punct[0] == "." and len(punct.rstrip("\"'”’»)]")) == 1 and _is_abbreviation(
            text, m.start(), cur
        ):
            if not _is_sentence_final_abbreviation(text, m.start(), cur, first):
                continue
        _add(text, cur, punct_end, spans)
        cur = punct_end
    _add(text, cur, stop, spans)
    return spans


def _is_sentence_final_abbreviation(text: str, dot: int, lo: int, first: str) -> bool:
    """"a.m." / "U.S." may end a sentence when a capitalised word follows; titles never do."""
    m = _WORD_BEFORE.search(text, max(lo, dot - 12), dot)
    word = m.group(1).lower().rstrip(".") if m else ""
    return word in _FINAL_ABBREVIATIONS and first.isupper()


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    # every character ``\s`` matches is ``isspace()`` (not conversely: U+001C-U+001F), so
    # the cheap test settles the usual case, a span that neither starts nor ends in space
    while s < e and text[s].isspace() and _SPACE.match(text, s):
        s += 1
    while e > s and text[e - 1].isspace() and _SPACE.match(text, e - 1):
        e -= 1
    if e > s:
        spans.append((s, e))
