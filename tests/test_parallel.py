"""parse_many: streaming, process pool, ordering, failures; pickling and JSON of the model."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from geneva_corpus import Article, Claim, parse
from geneva_corpus.model import (
    Cue,
    Duration,
    EntityKind,
    EntityMention,
    Quantity,
    Quote,
    QuoteKind,
    Resolution,
    Speaker,
    SpeakerKind,
    TimeExpression,
    from_dict,
    to_dict,
)
from geneva_corpus.parallel import ParseFailure, UnexpectedParseError, parse_many

ARTICLE = """Harbour of Vell reopens after the storm

Advertisement

The harbour of Vell reopened on Monday, three days after the storm, the port authority said.

"We expect nearly 40 ships this week," said Ana Morel, the harbour master.

Share this article
"""


def _article(i: int) -> str:
    return ARTICLE.replace("Vell", f"Vell{i}").replace("40", str(40 + i))


@pytest.fixture()
def corpus(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(7):
        p = tmp_path / f"a{i}.txt"
        p.write_text(_article(i), encoding="utf-8")
        paths.append(p)
    return paths


def test_serial_matches_parse(corpus: list[Path]) -> None:
    results = list(parse_many(corpus))
    assert [type(r) for r in results] == [Article] * len(corpus)
    for path, art in zip(corpus, results, strict=True):
        assert isinstance(art, Article)
        assert art.source_path == str(path)
        assert art == parse(path.read_text("utf-8"), source_path=str(path))


def test_texts_and_names(corpus: list[Path]) -> None:
    items = [("first", _article(1)), (None, _article(2))]
    a, b = parse_many(items)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.source_path == "first" and b.source_path is None
    assert "Vell1" in a.body and "Vell2" in b.body


def test_failures_name_the_input_and_the_run_goes_on(tmp_path: Path, corpus: list[Path]) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    bad_utf8 = tmp_path / "bad.txt"
    bad_utf8.write_bytes(b"The mayor said \x81\x8d\x8f\x90 today.")
    missing = tmp_path / "missing.txt"
    items: list[object] = [corpus[0], binary, bad_utf8, missing, ("ok", "Plain text."), 42]
    results = list(parse_many(items))  # type: ignore[arg-type]
    assert isinstance(results[0], Article)
    fails = results[1:4] + results[5:]
    assert all(isinstance(f, ParseFailure) for f in fails)
    assert [(f.source, f.error_type, f.index) for f in fails] == [  # type: ignore[union-attr]
        (str(binary), "BinaryInputError", 1),
        (str(bad_utf8), "DecodingError", 2),
        (str(missing), "InputError", 3),
        ("<input 5>", "InputError", 5),
    ]
    assert not any(f.unexpected for f in fails)  # type: ignore[union-attr]
    assert "binary" in fails[0].message  # type: ignore[union-attr]
    assert isinstance(results[4], Article) and results[4].body == "Plain text."


def test_pool_ordered_equals_serial(corpus: list[Path]) -> None:
    items = [*corpus, ("text", _article(99)), corpus[0].parent / "nope.txt"]
    serial = list(parse_many(items))
    pooled = list(parse_many(items, workers=2, chunksize=2, window=2))
    assert pooled == serial
    assert isinstance(pooled[-1], ParseFailure) and pooled[-1].index == len(items) - 1


def test_pool_unordered_same_multiset(corpus: list[Path]) -> None:
    serial = list(parse_many(corpus))
    unordered = list(parse_many(corpus, workers=2, ordered=False, chunksize=1))
    key = lambda a: a.source_path  # noqa: E731
    assert sorted(unordered, key=key) == sorted(serial, key=key)  # type: ignore[arg-type]


def test_streaming_is_lazy_and_bounded() -> None:
    """Only a bounded window of inputs is pulled from the iterable ahead of the consumer."""
    pulled: list[int] = []

    def endless() -> Iterator[tuple[str, str]]:
        for i in itertools.count():
            pulled.append(i)
            yield f"n{i}", f"Story number {i}.\n\nThe council met on day {i}."

    stream = parse_many(endless(), workers=2, chunksize=3, window=2)
    first = list(itertools.islice(stream, 4))
    assert [a.source_path for a in first] == ["n0", "n1", "n2", "n3"]  # type: ignore[union-attr]
    # window 2 chunks of 3 in flight, refilled once per consumed chunk: at most 4 chunks read
    assert len(pulled) <= 4 * 3 + 1
    stream.close()  # type: ignore[attr-defined]

    serial = parse_many(endless())
    next(serial)
    before = len(pulled)
    next(serial)
    assert len(pulled) == before + 1  # in-process: one input at a time


def _broken_quote_finder(article: Article) -> tuple[Quote, ...]:
    if "Vell3" in article.body:
        raise ZeroDivisionError("a bug in a custom quote finder")
    return ()


@pytest.mark.parametrize("workers", [1, 2])
def test_programming_errors_are_not_swallowed(corpus: list[Path], workers: int) -> None:
    with pytest.raises(UnexpectedParseError) as info:
        list(parse_many(corpus, workers=workers, quote_finder=_broken_quote_finder))
    assert info.value.failure.source == str(corpus[3])
    assert info.value.failure.error_type == "ZeroDivisionError"
    assert "a bug in a custom quote finder" in str(info.value)


@pytest.mark.parametrize("workers", [1, 2])
def test_programming_errors_recorded_on_request(corpus: list[Path], workers: int) -> None:
    results = list(parse_many(corpus, workers=workers, catch_unexpected=True,
                              quote_finder=_broken_quote_finder))
    failure = results[3]
    assert isinstance(failure, ParseFailure) and failure.unexpected
    assert failure.error_type == "ZeroDivisionError" and failure.index == 3
    assert failure.traceback is not None and "_broken_quote_finder" in failure.traceback
    assert all(isinstance(r, Article) for i, r in enumerate(results) if i != 3)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        parse_many([], workers=0)
    with pytest.raises(ValueError):
        parse_many([], chunksize=0)
    with pytest.raises(TypeError):
        parse_many([], colour="red")


def test_max_bytes_applies_to_paths(corpus: list[Path]) -> None:
    (result,) = parse_many(corpus[:1], max_bytes=10)
    assert isinstance(result, ParseFailure) and result.error_type == "InputTooLargeError"
    assert result.source == str(corpus[0])


def test_failure_pickles_and_describes() -> None:
    f = ParseFailure("x.txt", "DecodingError", "neither UTF-8 nor Windows-1252 text", 4)
    assert pickle.loads(pickle.dumps(f)) == f
    assert f.describe() == "x.txt: DecodingError: neither UTF-8 nor Windows-1252 text"
    err = UnexpectedParseError(ParseFailure("y", "KeyError", "'k'", 1, True, "tb"))
    again = pickle.loads(pickle.dumps(err))
    assert again.failure == err.failure and str(again) == str(err)


# ------------------------------------------------------------------ pickling and JSON


def _rich_claim() -> Claim:
    speaker = Speaker("Ana Morel", "she", SpeakerKind.PERSON, Resolution.PRONOUN, 10, 13, 30, 33,
                      ("'she' refers to Ana Morel, named in the sentence before",))
    return Claim(
        text="nearly 40 ships this week, after 90 minutes of talks on 10 January",
        start=5, end=70, input_start=25, input_end=90, speaker=speaker, source="quote",
        quantities=(Quantity("nearly 40 ships", 40.0, "ships", True, 5, 20, "nearly"),),
        durations=(Duration("90 minutes", 90.0, False, 33, 43),),
        times=(TimeExpression("this week", "relative", None, 21, 30),
               TimeExpression("10 January", "date", "2022-01-10", 57, 67)),
        entities=(EntityMention("Ana Morel", EntityKind.PERSON, 0, 9, "Ana Morel"),),
    )


def test_claim_pickle_and_json_round_trip() -> None:
    claim = _rich_claim()
    assert pickle.loads(pickle.dumps(claim)) == claim
    data = json.loads(json.dumps(to_dict(claim)))
    assert from_dict(Claim, data) == claim


def test_article_pickle_and_json_round_trip() -> None:
    art = parse(ARTICLE, source_path="vell.txt")
    quote = Quote("We expect nearly 40 ships this week,", QuoteKind.DIRECT, 0, 5, 0, 5,
                  Cue("said", 0, 4, 0, 4), None)
    art = attrs.evolve(art, quotes=(*art.quotes, quote), claims=(*art.claims, _rich_claim()),
                       published=dt.date(2022, 1, 10))
    assert art.removed and art.paragraphs and art.title
    again = pickle.loads(pickle.dumps(art, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == art
    data = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
    assert Article.from_dict(data) == art
    assert Article.from_dict(data).to_dict() == data
