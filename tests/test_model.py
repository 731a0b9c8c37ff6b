"""The data model: JSON round trips, validation, pickling."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest

from geneva_corpus import (
    Article,
    Claim,
    Cue,
    Paragraph,
    ParagraphKind,
    Quantity,
    Quote,
    QuoteKind,
    Resolution,
    SchemaError,
    Speaker,
    SpeakerKind,
    parse,
)
from geneva_corpus.model import from_dict, to_dict

from .articles import ARTICLES


def _quote() -> Quote:
    spk = Speaker("Anna Brekke", "she", SpeakerKind.PERSON, Resolution.PRONOUN, 0, 3, 5, 8,
                  ("'she' → Anna Brekke, subject of the previous sentence",))
    return Quote("We open today", QuoteKind.DIRECT, 10, 23, 15, 28, Cue("said", 30, 34, 35, 39), spk)


def test_article_round_trips_through_json() -> None:
    art = parse(ARTICLES["portal"]["text"], source_path="portal.txt")
    art = Article.from_dict(json.loads(json.dumps(art.to_dict())))
    again = parse(ARTICLES["portal"]["text"], source_path="portal.txt")
    assert art == again


def test_nested_objects_round_trip() -> None:
    q = _quote()
    claim = Claim("It holds 80,000 books.", 0, 22, 4, 26, q.speaker, "quote",
                  (Quantity("80,000 books", 80000.0, "books", False, 9, 21),))
    art = Article(text="x", body="", published=dt.date(2023, 5, 2), quotes=(q,), claims=(claim,))
    data = json.loads(json.dumps(art.to_dict()))
    assert data["published"] == "2023-05-02"
    assert data["quotes"][0]["speaker"]["resolution"] == "pronoun"
    assert Article.from_dict(data) == art
    assert pickle.loads(pickle.dumps(art)) == art


def test_from_dict_rejects_bad_data() -> None:
    good = to_dict(_quote())
    with pytest.raises(SchemaError, match="missing field 'kind'"):
        from_dict(Quote, {k: v for k, v in good.items() if k != "kind"})
    with pytest.raises(SchemaError, match="expected int"):
        from_dict(Quote, {**good, "start": "ten"})
    with pytest.raises(SchemaError):
        from_dict(Quote, {**good, "kind": "shouted"})
    with pytest.raises(SchemaError, match="ISO date"):
        Article.from_dict({"text": "", "body": "", "published": "21/01/2022"})
    with pytest.raises(SchemaError):
        Article.from_dict(["not", "a", "dict"])  # type: ignore[arg-type]


def test_spans_must_be_non_negative() -> None:
    with pytest.raises(ValueError):
        Paragraph("x", ParagraphKind.BODY, -1, 0, 0, 1)


def test_models_are_frozen() -> None:
    q = _quote()
    with pytest.raises(AttributeError):
        q.text = "changed"  # type: ignore[misc]
    assert not hasattr(q, "__dict__")  # slotted


def test_explain_quote_returns_evidence() -> None:
    assert "previous sentence" in _quote().explain()
    assert Quote("x", "direct", 0, 1, 0, 1).explain() == "no speaker found"
