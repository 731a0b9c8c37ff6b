"""Alignment tests on invented articles: three outlets report one invented summit."""

from __future__ import annotations

import json

import pytest

from geneva_corpus import parse
from geneva_corpus.align import Aligner, AlignmentGroup, Corpus

DATELINE = "date 2031-03-14\n\n"

OUTLET_A = (
    "Oda and Brann meet in Port Vell\n\n"
    + DATELINE
    + "Kestrian Foreign Minister Marta Oda and Lomari Secretary Ivo Brann met in Port Vell "
    "on Friday. The talks lasted about an hour and a half.\n\n"
    "Kestria has gathered nearly 40,000 troops on the Lomari frontier, officials said.\n\n"
    "\u201cIf any Kestrian unit crosses the frontier, it will be another occupation,\u201d "
    "Brann said after the meeting.\n\n"
    "Oda said that the Lomari side promised to send a written answer to Kestrian proposals "
    "next week.\n"
)

OUTLET_B = (
    "Port Vell summit ends early\n\n"
    + DATELINE
    + "The ministers ended their talks in Port Vell after around an hour and a half, earlier "
    "than planned.\n\n"
    "\u201cIf any Kestrian unit crosses the frontier, it will be a re-occupation,\u201d "
    "Brann said.\n\n"
    "Lomar fears the roughly 40,000 Kestrian soldiers camped along the frontier "
    "could advance.\n\n"
    "Brann assured Oda that Lomar will send a written answer to the Kestrian proposals next "
    "week, Oda said.\n"
)

OUTLET_C = (
    "No breakthrough in Port Vell\n\n"
    + DATELINE
    + "\u201cIf any Kestrian unit crosses the frontier, it will be a new occupation,\u201d "
    "Oda said.\n\n"
    "Kestria has gathered some 65,000 soldiers on the frontier, the Lomari defence ministry "
    "said.\n\n"
    "Read more: the Port Vell crisis in our live blog.\n\n"
    "Will the talks continue in April?\n"
)

UNRELATED = (
    "Harbour festival opens in Tamsk\n\n"
    "The annual harbour festival in Tamsk opened on Saturday with 12 tall ships and a "
    "parade of fishing boats.\n\n"
    "Mayor Jonas Pell said the festival would run until Sunday evening.\n"
)


def _corpus() -> Corpus:
    texts = [(OUTLET_A, "a/kestria-daily.txt"), (OUTLET_B, "b/lomar-post.txt"),
             (OUTLET_C, "c/vell-herald.txt"), (UNRELATED, "d/tamsk-news.txt")]
    return Corpus.from_articles(parse(t, source_path=p) for t, p in texts)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return _corpus()


def _group_with(corpus: Corpus, needle: str) -> AlignmentGroup:
    for g in corpus.groups:
        if any(needle in m.text for m in g.members):
            return g
    raise AssertionError(f"no group with {needle!r}")


def test_translation_variants_grouped(corpus: Corpus) -> None:
    g = _group_with(corpus, "another occupation")
    assert g.sources == 3
    texts = " | ".join(v.text for v in g.variants)
    assert "re-occupation" in texts and "new occupation" in texts
    assert any("another" in v.distinct_words for v in g.variants)


def test_speaker_conflict_and_canonical_names(corpus: Corpus) -> None:
    g = _group_with(corpus, "another occupation")
    assert {m.speaker for m in g.members} == {"Ivo Brann", "Marta Oda"}
    assert [c.kind for c in g.conflicts] == ["speaker"]
    assert corpus.speakers["Brann"] == "Ivo Brann"


def test_quantity_conflict(corpus: Corpus) -> None:
    g = _group_with(corpus, "40,000 troops")
    assert g.sources == 3
    (conflict,) = [c for c in g.conflicts if c.kind == "quantity"]
    assert "40,000" in conflict.details and "65,000" in conflict.details


def test_duration_and_written_answer_groups(corpus: Corpus) -> None:
    assert _group_with(corpus, "an hour and a half").sources == 2
    g = _group_with(corpus, "written answer")
    assert g.sources == 2 and not g.conflicts


def test_unrelated_article_stays_apart(corpus: Corpus) -> None:
    assert all(g.sources == 1 for g in corpus.groups
               if any(m.source_path == "d/tamsk-news.txt" for m in g.members))
    assert len(corpus.stories) == 1
    assert {m.article for m in corpus.stories[0].members} == {0, 1, 2}


def test_to_dict_shape(corpus: Corpus) -> None:
    data = json.loads(json.dumps(corpus.to_dict()))
    assert set(data) >= {"groups"}
    for g in data["groups"]:
        assert set(g) >= {"members", "sources", "variants", "conflicts"}
        for m in g["members"]:
            assert set(m) >= {"source_path", "kind", "text", "start", "end", "speaker"}
            art = corpus.articles[m["article"]]
            if m["start"] is not None:
                assert art.body[m["start"]:m["end"]] == m["text"]
    assert [g["level"] for g in data["groups"]][-1] == "story"


def test_to_text_mentions_conflicts(corpus: Corpus) -> None:
    text = corpus.to_text()
    assert "CONFLICT (quantity)" in text and "vell-herald.txt" in text


def test_empty_and_single() -> None:
    assert Corpus.from_articles([]).groups == ()
    one = Corpus.from_articles([parse(OUTLET_A)])
    assert all(g.sources == 1 for g in one.groups) and one.stories == ()


def test_from_paths(tmp_path: pytest.TempPathFactory) -> None:
    paths = []
    for i, text in enumerate((OUTLET_A, OUTLET_B)):
        p = tmp_path / f"outlet{i}.txt"  # type: ignore[operator]
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    c = Corpus.from_paths(paths)
    assert any(g.sources == 2 for g in c.groups)


def test_replicated_corpus_scales() -> None:
    """Many renamed copies align without comparing every pair (smoke test, not timing)."""
    base = [parse(t, source_path=f"{i}.txt") for i, t in enumerate((OUTLET_A, OUTLET_B))]
    import attrs

    arts = [attrs.evolve(a, source_path=f"copy{k}-{a.source_path}") for k in range(40)
            for a in base]
    c = Corpus.from_articles(arts, Aligner(max_postings=8))
    biggest = max(c.groups, key=lambda g: g.sources)
    assert biggest.sources >= 40


def test_speakers_of_one_surname_are_split_by_first_name() -> None:
    texts = [
        "\u201cThe bridge will reopen in May,\u201d said Ana Oda.\n\n"
        "\u201cThe ferry fleet is ready for the season,\u201d said Marc Oda.\n",
        "\u201cThe bridge will open again in May,\u201d Anna Oda said.\n\n"
        "\u201cWe expect a busy summer on the harbour,\u201d Anna Oda said.\n",
        "\u201cThe bridge reopens in May,\u201d Oda told reporters in Tamsk.\n",
    ]
    c = Corpus.from_articles(parse(t, source_path=f"{i}.txt") for i, t in enumerate(texts))
    assert c.speakers["Anna Oda"] == c.speakers["Ana Oda"]
    assert c.speakers["Marc Oda"] == "Marc Oda"
    assert c.speakers["Oda"] in ("Ana Oda", "Anna Oda")


def test_replicated_corpus_is_one_story() -> None:
    """Copies of three outlets' reports of one event stay one story as the corpus grows
    (links between large clusters are exact averages, not diluted by blocking)."""
    import attrs

    base = [parse(t, source_path=f"{i}.txt")
            for i, t in enumerate((OUTLET_A, OUTLET_B, OUTLET_C))]
    arts = [attrs.evolve(a, source_path=f"copy{k}-{a.source_path}") for k in range(30)
            for a in base]
    c = Corpus.from_articles(arts, Aligner(max_postings=8, story_candidates=5))
    assert len(c.stories) == 1 and c.stories[0].sources == 90
