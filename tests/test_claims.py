"""Claim extraction on invented text, with property tests for offsets."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_corpus.claims import DEFAULT_EXTRACTOR, ClaimExtractor, extract_claims
from geneva_corpus.model import Article, Paragraph


def _article(*paras: str, published: dt.date | None = None) -> Article:
    body = "\n\n".join(paras)
    out, pos = [], 0
    for p in paras:
        out.append(Paragraph(p, "body", pos, pos + len(p), pos, pos + len(p)))
        pos += len(p) + 2
    return Article(text=body, body=body, paragraphs=out, published=published)


def test_quantity_with_hedge_and_unit() -> None:
    (q,) = DEFAULT_EXTRACTOR.quantities("Kestria keeps nearly 100,000 troops.")
    assert (q.value, q.unit, q.approximate, q.hedge) == (100000.0, "troops", True, "nearly")
    (q,) = DEFAULT_EXTRACTOR.quantities("the roughly 40,000 Kestrian soldiers")
    assert (q.value, q.unit, q.hedge) == (40000.0, "soldiers", "roughly")
    (q,) = DEFAULT_EXTRACTOR.quantities("a loss of $2.5 million")
    assert (q.value, q.unit) == (2_500_000.0, "dollars")
    (q,) = DEFAULT_EXTRACTOR.quantities("more than twenty-five boats")
    assert (q.value, q.unit, q.hedge) == (25.0, "boats", "more than")


def test_years_are_not_quantities() -> None:
    assert DEFAULT_EXTRACTOR.quantities("return to the 1997 status quo") == ()


def test_durations() -> None:
    cases = {"about an hour and a half": (90, True), "two hours": (120, False),
             "half an hour": (30, False), "a 90-day stint": (129600, False),
             "one and a half hours": (90, False)}
    for text, (minutes, approx) in cases.items():
        (d,) = DEFAULT_EXTRACTOR.durations(text)
        assert (d.minutes, d.approximate) == (minutes, approx), text
    assert DEFAULT_EXTRACTOR.durations("next week") == ()


def test_times_normalised() -> None:
    pub = dt.date(2031, 3, 14)  # a Friday
    got = {t.text: (t.kind, t.value) for t in DEFAULT_EXTRACTOR.times(
        "On January 10 at 3:30 p.m., then Friday, next week, yesterday and in May 2030.", pub)}
    assert got["January 10"] == ("date", "2031-01-10")
    assert got["3:30 p.m."] == ("time", "15:30")
    assert got["Friday"] == ("weekday", "2031-03-14")
    assert got["next week"] == ("relative", "2031-W12")
    assert got["yesterday"] == ("relative", "2031-03-13")
    assert got["May 2030"] == ("month", "2030-05")
    unknown = {t.text: t.value for t in DEFAULT_EXTRACTOR.times("on Friday, January 10")}
    assert unknown == {"Friday": None, "January 10": "--01-10"}


def test_modal_may_is_not_a_month() -> None:
    assert DEFAULT_EXTRACTOR.times("Talks may resume.") == ()


def test_entities() -> None:
    ents = DEFAULT_EXTRACTOR.entities(
        "Foreign Minister Marta Oda met the Bank of Vell in Port Tamsk City and then the OLMA.")
    kinds = {e.text: e.kind.value for e in ents}
    assert kinds["Marta Oda"] == "person"
    assert kinds["Bank of Vell"] == "organisation"
    assert kinds["Port Tamsk City"] == "place"
    assert kinds["OLMA"] == "organisation"


def test_claim_rule() -> None:
    art = _article(
        "Kestria keeps nearly 100,000 troops near Port Vell. Will they attack?",
        "Read more: the Port Vell crisis in our live blog.",
        "READY: Kestrian tanks wait at the frontier on Monday.",
        "I think the talks went well.",
        "The talks in Port Vell lasted about an hour and a half.",
        published=dt.date(2031, 3, 14))
    texts = [c.text for c in extract_claims(art)]
    assert texts == ["Kestria keeps nearly 100,000 troops near Port Vell.",
                     "The talks in Port Vell lasted about an hour and a half."]
    c = extract_claims(art)[1]
    assert c.durations[0].minutes == 90 and c.source == "outlet" and c.speaker is None
    assert art.body[c.start:c.end] == c.text


def test_vocabulary_is_data() -> None:
    ext = attrs.evolve(DEFAULT_EXTRACTOR, boilerplate_cues=("kestria keeps",))
    art = _article("Kestria keeps nearly 100,000 troops near Port Vell.")
    assert extract_claims(art, ext) == ()
    assert isinstance(ext, ClaimExtractor)


def test_hostile_inputs_are_fast() -> None:
    for text in ("9" * 100_000, '"' * 100_000, "A " * 50_000, ("1," * 30_000) + "1",
                 "an hour and " * 10_000):
        art = _article(text)
        extract_claims(art)


_pieces = st.sampled_from([
    "Kestria", "has", "kept", "nearly", "100,000", "troops", "about an hour and a half",
    "on January 10", "Friday", "next week", "11 a.m.", ".", "?", "!", "\u201c", "\u201d",
    "Marta Oda", "said", "the", "Bank of Vell", "2.5", "percent", "–", "\n", "Mr.", "U.S.",
    "some", "twenty", "thousand", "1997", "$", "5", ",", "May",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=60), st.booleans())
def test_offsets_property(words: list[str], dated: bool) -> None:
    text = " ".join(words).strip() or "x"
    paras = [p for p in text.split("\n") if p.strip()] or ["x"]
    art = _article(*[p.strip() or "x" for p in paras],
                   published=dt.date(2022, 1, 21) if dated else None)
    for c in extract_claims(art):
        assert art.body[c.start:c.end] == c.text
        assert c.text == c.text.strip()
        for part in (*c.quantities, *c.durations, *c.times, *c.entities):
            assert c.start <= part.start <= part.end <= c.end
            assert art.body[part.start:part.end] == part.text


def test_unit_is_the_noun_not_its_adjective() -> None:
    (q,) = DEFAULT_EXTRACTOR.quantities("The festival opened with 12 tall ships and a parade.")
    assert (q.value, q.unit, q.text) == (12.0, "ships", "12 tall ships")
    (q,) = DEFAULT_EXTRACTOR.quantities("Some 200 homeless families were moved to Tamsk.")
    assert q.unit == "families"
    (q,) = DEFAULT_EXTRACTOR.quantities("About 90 people gathered in the square.")
    assert q.unit == "people"


def test_plural_sentence_openers_are_not_names() -> None:
    art = _article(
        "Members of the Tamsk harbour council voted on Monday to close the bridge.",
        "Officials said 40 boats were damaged in the storm.",
        "Vell sent 12 tall ships to the festival in Tamsk.")
    ents = {e.text: e.kind.value for c in extract_claims(art) for e in c.entities}
    assert "Members" not in ents and "Officials" not in ents
    assert ents["Tamsk"] == "place" and ents["Vell"] == "place"


_value_sentences = st.lists(st.sampled_from([
    "nearly", "100,000", "troops", "an", "hour", "twohours", "anhour", "Friday", "next", "week",
    "11", "a.m.", "noon", "MIDNIGHT", "ſecond", "İ", "twenty", "thousand", "May", "sept.",
    "half", "a", "day", "minutes", "the", "talks", "lasted", "Ten", "$", "5", "%", "1997",
]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_value_sentences)
def test_value_prefilter_never_hides_a_value(words: list[str]) -> None:
    """The cheap pre-filter that decides which value parsers run finds a superset."""
    from geneva_corpus.claims import _DURATION, _QUANTITY, _TIME

    text = " ".join(words)
    kinds = DEFAULT_EXTRACTOR._value_kinds(text)
    if not kinds & _QUANTITY:
        assert DEFAULT_EXTRACTOR.quantities(text) == ()
    if not kinds & _DURATION:
        assert DEFAULT_EXTRACTOR.durations(text) == ()
    if not kinds & _TIME:
        assert DEFAULT_EXTRACTOR.times(text, dt.date(2030, 6, 7)) == ()


def test_a_report_in_part_of_a_sentence_leaves_the_outlets_figures() -> None:
    from geneva_corpus import parse

    art = parse("Harbour news\n\nThe Vell rowing league has moored about 40 barges at the "
                "weir but rejects the claim that it plans to close the river.")
    assert [(q.kind.value, q.text) for q in art.quotes] == [
        ("indirect", "the claim that it plans to close the river")]
    (claim,) = art.claims
    assert (claim.source, claim.speaker) == ("outlet", None)
    assert [q.value for q in claim.quantities] == [40.0]
    assert art.body[claim.start:claim.end] == claim.text
    assert claim.text.startswith("The Vell rowing league has moored about 40 barges")
