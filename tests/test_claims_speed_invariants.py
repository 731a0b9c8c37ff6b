"""The shortcuts of the claim extractor agree with the plain computations they replace."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_corpus.claims import (
    _DURATION_GROUPS,
    _NAME_BEFORE,
    _QUANTITY_GROUPS,
    _TIME_GROUPS,
    _TWIN_MARKS,
    _WORD_CHAR,
    _WORD_EDGE,
    DEFAULT_EXTRACTOR,
    _ascii_twin,
    _CharClass,
    _find_all,
    _InnerNames,
    _names_within,
    _OpinionWords,
    _runs_before,
    _twin_text,
    _WordScan,
)

_TRICKY = string.ascii_letters[:6] + "ABOVXÉé’'.-_ \t\n,;“”1" + "ſİΣ"


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s in range(len(text)) for e in range(s + 1, len(text) + 1)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TRICKY, max_size=24))
def test_names_within_matches_a_fresh_scan(sentence: str) -> None:
    ext = DEFAULT_EXTRACTOR
    runs = ext._name_runs(sentence)
    for s, e in _spans(sentence):
        derived = _names_within(sentence, s, e, 0, len(sentence), runs)
        if derived is not None:
            assert derived == ext._name_runs(sentence[s:e]), (sentence, s, e)


def test_names_within_real_sentences() -> None:
    ext = DEFAULT_EXTRACTOR
    for sentence in ("“Vell A. Oda’s Bank of Vell,” said Mr. Oda Vell in Tarn.",
                     "The U.S. A B C D E F G. H said Vell’sx Oda-Vell.",
                     "Dr. Oda of Vell met A. B. Smith’s aides in Lake Oda City."):
        runs = ext._name_runs(sentence)
        for s, e in _spans(sentence):
            derived = _names_within(sentence, s, e, 0, len(sentence), runs)
            if derived is not None:
                assert derived == ext._name_runs(sentence[s:e]), (sentence, s, e)


def test_char_classes_agree_with_their_patterns() -> None:
    import regex

    for cls, pattern in ((_NAME_BEFORE, r"[\w’']"), (_WORD_CHAR, r"\w"),
                         (_WORD_EDGE, r"[\w’'-]")):
        compiled = regex.compile(pattern)
        for c in map(chr, range(0x3000)):
            assert (c in cls) == (compiled.match(c) is not None), (pattern, c)
    assert "x" in _CharClass("[a-z]") and "X" not in _CharClass("[a-z]")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="thinkopeview .Tİ", max_size=30))
def test_opinion_words_agree_with_substring_tests(body: str) -> None:
    words = DEFAULT_EXTRACTOR._re.opinion_words
    assert words is not None
    low = body.lower()
    if len(low) != len(body):
        return
    found = _OpinionWords(low, words)
    for s, e in _spans(body):
        assert found.within(s, e) == any(w in body[s:e].lower() for w in words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="onetighdaysx .-", max_size=40),
       st.lists(st.text(alphabet="onetighday", min_size=0, max_size=5), max_size=8))
def test_word_scan_finds_what_find_all_finds(text: str, words: list[str]) -> None:
    # words that begin others ("one", "on"), that overlap ("one", "eight" in "oneight")
    # or hold others ("today", "day") are each found at every offset
    found = _WordScan(words).positions(text)
    for w in {w for w in words if w}:
        assert found.get(w, []) == _find_all(text, w), (text, w)
    assert set(found) <= set(words)


def test_word_scan_of_the_default_vocabulary() -> None:
    p = DEFAULT_EXTRACTOR._re
    assert p.words is not None and p.starts is not None and p.opinion_words is not None
    text = ("someone’s twenty-one hundred days, today and yesterday; tonight at noon, "
            "in eighteen months, i think, thirteen weeks in view of the time").lower()
    found = p.words.positions(text)
    for w in (*p.starts.words, *p.opinion_words):
        assert found.get(w, []) == _find_all(text, w), w


_ASCII_PIECES = ["Oda", "A.", "U.S.", "Mr", "of", "’s", "'s", "O'Neil", "vell", "-", "Bank",
                 "about", "nearly", "as many as", "an", "estimated", "two", "twenty-one",
                 "hundred", "million", "90", "9,000", "2.5", "US$", "$", "%", "per cent",
                 "minutes", "hour", "days", "and a half", "half an", "May", "Jan.", "10",
                 "2022", "1999", "11", "a.m.", "pm", "12:30", "noon", "next", "week",
                 "Monday", "today", "of", "people", "tall", "ships", "x", "_", "K", "s",
                 "’", "‘", "“", "”", "«", "»", "—", "–", "…", "•", "€", "£", "€5"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_ASCII_PIECES),
                          st.sampled_from([" ", "  ", "-", "\t", "\n", ", ", ". ", "",
                                           "\x1c", "\x0b", ")", "(", ":", ";"])),
                max_size=20))
def test_ascii_twins_match_as_their_patterns(pieces: list[tuple[str, str]]) -> None:
    # on ASCII text (but for the marks _twin_text allows) a twin finds what its pattern
    # finds, from any offset and in any window
    text = "".join(w + sep for w, sep in pieces)
    assert _twin_text(text)
    p = DEFAULT_EXTRACTOR._re
    for pattern in (p.name, p.unit, p.duration, p.time, p.quantity):
        twin = p.ascii[pattern]
        assert twin is not pattern
        for i in range(len(text) + 1):
            a, b = pattern.match(text, i), twin.match(text, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, i)
            for m, n in zip(pattern.finditer(text, 0, i), twin.finditer(text, 0, i),
                            strict=True):
                assert (m.span(), m.groups()) == (n.span(), n.groups()), (text, i)


def test_twin_marks_are_in_no_class() -> None:
    import re

    import regex

    for c in _TWIN_MARKS:
        assert regex.match(r"[\p{L}\p{N}\p{M}\w\s\d]", c) is None, c
        assert re.match(r"[\w\s\d]", c) is None, c
        assert c.lower() == c.upper() == c.casefold() == c, c
    assert not _twin_text("Oda’s é") and not _twin_text("a\u00a0b") and _twin_text("“Oda’s”")


def test_no_ascii_twin_for_what_does_not_translate() -> None:
    import regex

    assert _ascii_twin(regex.compile("a", regex.I)) is None  # (a flag given to compile)
    for source in (r"\p{Lo}+", r"(?r)\w+$", r"\G\w", r"(?i)ſ\w", r"\L<x>", r"[\S]"):
        assert _ascii_twin(regex.compile(source, x=["a"]) if "L<" in source
                           else regex.compile(source)) is None, source


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TRICKY, max_size=24))
def test_name_pattern_looks_behind_its_first_capital_as_before(text: str) -> None:
    # the look-behind after the first capital reads what one before it read
    import regex

    p = DEFAULT_EXTRACTOR._re
    word = r"(?:\p{Lu}\.(?=[ \t]+\p{Lu})|\p{Lu}[\p{L}-]{0,40}(?:['’]\p{Ll}{1,2}(?!\w))?)"
    conn = "|".join(sorted(DEFAULT_EXTRACTOR.name_connectors, key=len, reverse=True))
    before = regex.compile(rf"(?<![\w’'])(?:{word})(?:[ \t]+(?:(?:{conn})[ \t]+)?{word}){{0,6}}")
    assert [m.span() for m in p.name.finditer(text)] == [m.span() for m in before.finditer(text)]


_DURATION_PIECES = ["as", "many", "more", "than", "nearly", "about", "an", "estimated", "a",
                    "half", "and", "twenty", "one", "hundred", "thousand", "ninety", "90",
                    "1,500", "2.5", "-", "minute", "minutes", "hour", "days", "week", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DURATION_PIECES),
                          st.sampled_from([" ", "  ", "-", "\t", "\n", ""])), max_size=30))
def test_durations_start_within_their_runs_before_the_unit(pieces: list[tuple[str, str]]) -> None:
    # the claim scan starts a bounded number of runs before the first unit of time
    text = "".join(w + sep for w, sep in pieces)
    starts = DEFAULT_EXTRACTOR._re.starts
    assert starts is not None
    for m in DEFAULT_EXTRACTOR._re.duration.finditer(text):
        assert m.start() >= _runs_before(text, m.start("unit"), starts.duration_runs), text


def test_durations_with_the_most_runs_before_the_unit() -> None:
    # a three-word hedge, twelve number words, "and a half", a lone dash
    text = ("as many as one two three four five six seven eight nine ten eleven twelve "
            "and a half - minutes")
    starts = DEFAULT_EXTRACTOR._re.starts
    assert starts is not None
    d, = DEFAULT_EXTRACTOR.durations(text)
    assert d.start == 0
    assert _runs_before(text, text.index("minutes"), starts.duration_runs) == 0


def test_value_patterns_have_the_groups_the_parsers_unpack() -> None:
    p = DEFAULT_EXTRACTOR._re
    for pattern, names in ((p.quantity, _QUANTITY_GROUPS), (p.duration, _DURATION_GROUPS),
                           (p.time, _TIME_GROUPS)):
        assert tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)) == names


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abAB-xX1,; \t.’ΣσİÉé", max_size=30),
       st.lists(st.text(alphabet="abx-’σéi\u0307", min_size=0, max_size=4), max_size=6))
def test_inner_names_on_demand_agree_with_findall(body: str, words: list[str]) -> None:
    pattern = DEFAULT_EXTRACTOR._re.inner_name
    expected = {w.lower() for w in pattern.findall(body)}
    inner = _InnerNames(body, pattern, body.lower())
    for word in [*words, *expected]:
        assert (word in inner) == (word in expected), (body, word)


_VALUE_PIECES = [*_DURATION_PIECES, "and a half", "Monday", "next", "last", "week", "May",
                 "10", "2022", "a.m.", "$", "US$", "%", "per cent", "people", "Jan.", "day",
                 "today", "daylong", "dozens", "nineteen", "at least", "up to", "year"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VALUE_PIECES),
                          st.sampled_from([" ", "  ", "-", "\t", ", ", ". ", ""])), max_size=24),
       st.integers(0, 30), st.integers(0, 30))
def test_values_at_agree_with_full_scans(pieces: list[tuple[str, str]], cut_start: int,
                                         cut_end: int) -> None:
    # the claim's values found only where they can start (and a duration scan that stops
    # after the last unit of time) are those that scans of the whole claim find
    ext = DEFAULT_EXTRACTOR
    body = "".join(w + sep for w, sep in pieces)
    vstarts = ext._value_starts(body, body.lower())
    assert vstarts is not None
    s, e = min(cut_start, len(body)), max(min(cut_start, len(body)), len(body) - cut_end)
    if e <= s:
        return
    text = body[s:e]
    durations = ext.durations(text, s)
    times = ext.times(text, None, s)
    taken = [(d.start, d.end) for d in durations] + [(t.start, t.end) for t in times]
    expected = durations, times, ext.quantities(text, s, exclude=taken)
    assert ext._values_at(text, s, e, vstarts, None) == expected, (body, s, e)
