"""The cleaner on invented articles of several site styles, and its invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_corpus import Action, Cleaner, ParagraphKind, explain, parse

from .articles import ARTICLES


def _assert_offsets(text: str, result_body: str, paragraphs, removed) -> None:  # type: ignore[no-untyped-def]
    for p in paragraphs:
        assert result_body[p.start:p.end] == p.text
        assert text[p.input_start:p.input_end] == p.text
    for r in removed:
        assert text[r.input_start:r.input_end] == r.text
    # paragraphs are joined by blank lines, in order
    assert result_body == "\n\n".join(p.text for p in paragraphs)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_site_styles_clean_correctly(name: str) -> None:
    case = ARTICLES[name]
    art = parse(case["text"])
    removed = {r.text: r.reason for r in art.removed}
    assert removed == case["removed"]
    assert art.title == case["title"]
    assert art.published == case["published"]
    for sentence in case["kept"]:
        assert sentence in art.body, sentence
    headings = [p.text for p in art.paragraphs if p.kind is ParagraphKind.HEADING]
    assert headings == case["headings"]
    _assert_offsets(art.text, art.body, art.paragraphs, art.removed)
    if art.title is not None:
        assert art.text[art.title_input_start:art.title_input_end] == art.title
        assert art.title not in art.body.split("\n\n")


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_nothing_is_silently_lost(name: str) -> None:
    """Every non-space character of the input is in the body, the title or a removed piece
    (leading dashes of a title excepted)."""
    text = ARTICLES[name]["text"]
    art = parse(text)
    covered = bytearray(len(text))
    spans = [(p.input_start, p.input_end) for p in art.paragraphs]
    spans += [(r.input_start, r.input_end) for r in art.removed]
    if art.title_input_start is not None and art.title_input_end is not None:
        spans.append((art.title_input_start, art.title_input_end))
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    lost = "".join(ch for i, ch in enumerate(text) if not covered[i] and not ch.isspace())
    assert lost.strip("–—-|") == ""


def test_explain_gives_rule_and_reason_for_each_line() -> None:
    ex = explain(ARTICLES["portal"]["text"])
    ad = ex.why("Advertisement")[0]
    assert ad.action is Action.REMOVED and ad.rule == "advertisement_label"
    assert "advertisement" in ad.explanation
    kept = [d for d in ex.decisions if d.action is Action.KEPT]
    assert all(d.rule is None for d in kept)
    assert any("tram line on Tuesday" in d.text for d in kept)
    assert ex.decisions[0].action is Action.TITLE


def test_continuation_keeps_first_and_final_label() -> None:
    ex = explain(ARTICLES["translated_portal"]["text"])
    (d,) = ex.why("be notified by email.")
    assert d.initial_label == "newsletter" and d.label == "advertisement" and d.rule == "continuation"


def test_disabling_a_context_rule() -> None:
    text = ARTICLES["translated_portal"]["text"]
    cleaner = Cleaner(disabled_context_rules={"continuation", "caption_block"})
    result = cleaner.clean(text)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["be notified by email."] == "newsletter"  # its own rule, no context
    assert "Two ministers, two versions." in result.body


def test_crlf_and_lone_cr() -> None:
    text = "Vell votes\r\n\r\nAdvertisement\r\n\r\nThe council met.\rIt voted yes."
    art = parse(text)
    assert art.title == "Vell votes"
    assert [p.text for p in art.paragraphs] == ["The council met.", "It voted yes."]
    _assert_offsets(text, art.body, art.paragraphs, art.removed)


def test_hard_wrapped_lines_are_joined_into_one_paragraph() -> None:
    text = "Harbour news\n\nThe mayor of Vell said the harbour\nwould reopen next week.\n\nShips wait."
    art = parse(text)
    assert art.paragraphs[0].text == "The mayor of Vell said the harbour\nwould reopen next week."
    assert len(art.paragraphs) == 2


def test_empty_and_blank_text() -> None:
    for text in ("", "   \n\n\t  "):
        art = parse(text)
        assert art.body == "" and art.paragraphs == () and art.title is None
        assert art.language is None


def test_body_offset_maps_back_to_input() -> None:
    art = parse(ARTICLES["portal"]["text"])
    for p in art.paragraphs:
        for off in (p.start, (p.start + p.end) // 2, p.end):
            assert art.to_input(off) - p.input_start == off - p.start
    with pytest.raises(ValueError):
        art.to_input(len(art.body) + 1)


_LINE = st.text(
    alphabet=st.sampled_from([*"abcXYZ .,:;!?\"“”«»–-—/|()©@#0123456789\t", "\n", "\r", "Ж", "é"]),
    max_size=80,
)
_BOILER = st.sampled_from(["Advertisement", "Home / A / B", "(Photo: AP)", "Leave a Reply",
                           "Just updated", "source site-3", "Share this article", "MEET: A man (left)."])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_LINE, _BOILER), max_size=12), st.text(max_size=200))
def test_offsets_hold_on_arbitrary_text(lines: list[str], noise: str) -> None:
    text = "\n".join(lines) + noise
    result = Cleaner().clean(text)
    _assert_offsets(text, result.body, result.paragraphs, result.removed)
    # every decision points at its text in the input
    for d in result.decisions:
        assert text[d.input_start:d.input_end] == d.text
    # deterministic
    assert Cleaner().clean(text) == result


def test_a_repeated_title_is_not_duplicated_into_the_body() -> None:
    text = "Vell ferry returns\n\nHome / News / Ferry\n\nVell ferry returns\n\nThe ferry returned on Monday."
    art = parse(text)
    assert art.title == "Vell ferry returns"
    assert art.body == "The ferry returned on Monday."
    assert [(r.text, r.reason) for r in art.removed] == [
        ("Home / News / Ferry", "navigation"), ("Vell ferry returns", "title_repeat")]


def test_a_line_after_a_repeated_title_is_not_its_continuation() -> None:
    # a repeated title is a whole line: the lower-case line under it is story text
    art = parse("Harbour fees rise\n\nHarbour fees rise\nand the ferry board says it will appeal.")
    assert art.body == "and the ferry board says it will appeal."
    assert [(r.text, r.reason) for r in art.removed] == [("Harbour fees rise", "title_repeat")]
