"""The sped-up sentence splitter agrees with the straightforward one it replaced."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_corpus._sentences import ABBREVIATIONS, split_sentences

# ----------------------------------------------- the splitter before the speed-up (verbatim)

_BOUNDARY = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=[ \t\u00a0]+\S)|\n+")
_NEXT_START = regex.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+([\"'“‘«(\[\-–—]*)(\S)")
_WORD_BEFORE = regex.compile(r"([\w.]+)$")
_SPACE = regex.compile(r"\s")
_FINAL_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc", "inc", "ltd", "co"})


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    m = _WORD_BEFORE.search(text, max(lo, dot - 12), dot)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    token = m.group(1)
    return len(token) == 1 and token.isupper()


def _reference(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, stop):
        punct = m.group()
        if punct[0] == "\n":
            _add(text, cur, m.start(), spans)
            cur = m.end()
            continue
        punct_end = m.end()
        nxt = _NEXT_START.match(text, punct_end, stop)
        if nxt is None:
            continue
        opening, first = nxt.groups()
        if not (first.isupper() or first.isdigit() or opening):
            continue
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
    m = _WORD_BEFORE.search(text, max(lo, dot - 12), dot)
    word = m.group(1).lower().rstrip(".") if m else ""
    return word in _FINAL_ABBREVIATIONS and first.isupper()


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace() and _SPACE.match(text, s):
        s += 1
    while e > s and text[e - 1].isspace() and _SPACE.match(text, e - 1):
        e -= 1
    if e > s:
        spans.append((s, e))


# ------------------------------------------------------------------------------ the tests

_PIECES = [*".!?…\"'”’»)]“‘«([-–—", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\x1c", "\u2003",
           "Mr", "mr", "U.S", "u.k", "a.m", "p.m", "Co", "etc", "Inc", "No", "Jan", "sept",
           "approx", "e.g", "i.e", "R", "A", "x", "É", "é", "İ", "ſ", "K", "1", "42", "_",
           "said", "Vell", "officials", "harbour", "Oda", "abcdefghijklmn"]
_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _outcome(split: Callable[..., list[tuple[int, int]]], *args: Any) -> object:
    """What ``split(*args)`` returns, or the type of what it raises (bounds outside the
    text make both splitters index out of range, alike)."""
    try:
        return split(*args)
    except IndexError as e:
        return type(e)


@settings(max_examples=1500, deadline=None)
@given(_text, st.integers(-3, 60), st.one_of(st.none(), st.integers(-3, 80)))
def test_split_sentences_matches_the_reference(text: str, start: int, end: int | None) -> None:
    assert _outcome(split_sentences, text, start, end) == _outcome(_reference, text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_split_sentences_matches_the_reference_on_any_text(text: str) -> None:
    assert split_sentences(text) == _reference(text)


def test_split_sentences_real_shapes() -> None:
    for text in ("Mr. Vell met Dr. Oda at 10 a.m. on Monday. They spoke. “Yes!” she said.",
                 "It rose 5 p.m. Then it fell. U.S. officials said so. James R. Dabney came.",
                 "One.  Two?\nThree\r\n\r\n  Four… “Five.” (Six.) — Seven etc. Eight",
                 "A long run....... of dots!!! ?? And then\x1c. Z\u00a0. \u2003Q. İ. K."):
        for start in range(len(text) + 1):
            assert split_sentences(text, start) == _reference(text, start)
            assert split_sentences(text, 0, start) == _reference(text, 0, start)


def test_the_boundary_pattern_is_the_regex_one() -> None:
    # the standard library's form of the boundary pattern finds what the regex one does
    import re

    from geneva_corpus._sentences import _BOUNDARY, _BOUNDARY_SOURCE

    source = regex.compile(_BOUNDARY_SOURCE)
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    # (its \S: every character but regex's white space)
    if isinstance(_BOUNDARY, re.Pattern):
        assert re.findall(r"(?:\S|[\x1c-\x1f])", chars) == regex.findall(r"\S", chars)
    for text in ("One. Two!  “Three?” (Four…) five.\n\nSix...  Seven", ". . .A", "a.\x1cB",
                 "x.\u00a0\u00a0—Y", "?!?! A", "\n", "a.\tb. C.\n"):
        for stop in range(len(text) + 1):
            for start in range(stop + 1):
                assert [(m.span(), m.groups()) for m in _BOUNDARY.finditer(text, start, stop)] \
                    == [(m.span(), m.groups()) for m in source.finditer(text, start, stop)]
