"""Publication dates, outlets and language."""

from __future__ import annotations

import datetime as dt

import pytest

from geneva_corpus import detect_language, find_date, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-01-21", dt.date(2022, 1, 21)),
        ("Published 21.01.2022 10:15", dt.date(2022, 1, 21)),
        ("Updated: January 21, 2022 at 4 pm", dt.date(2022, 1, 21)),
        ("21 January 2022", dt.date(2022, 1, 21)),
        ("Jan. 21st, 2022", dt.date(2022, 1, 21)),
        ("1/21/2022", dt.date(2022, 1, 21)),
        ("21/1/2022", dt.date(2022, 1, 21)),
        ("on Friday, January 21", None),
        ("2022-13-45", None),
    ],
)
def test_find_date(text: str, expected: dt.date | None) -> None:
    assert find_date(text) == expected


def test_dates_in_the_story_are_not_publication_dates() -> None:
    art = parse("Vell talks\n\nThe talks on 10 January 2022 failed, the minister said on Friday.")
    assert art.published is None


def test_dateline_at_start_of_first_paragraph() -> None:
    art = parse("Vell talks\n\nORLAVIK, March 3, 2021 — The talks failed on Friday.\n\nMore tomorrow.")
    assert art.published == dt.date(2021, 3, 3)


def test_languages() -> None:
    en = parse("Harbour news\n\nThe harbour of Vell reopened on Monday after the storm had passed.")
    assert en.language == "en"
    de = parse("Hafen\n\nDer Hafen von Vell wurde am Montag wieder geöffnet, nachdem der Sturm vorbei war.")
    assert de.language == "de"
    ru = parse("Порт\n\nПорт Велла снова открылся в понедельник после того, как буря прошла.")
    assert ru.language == "ru"
    assert detect_language("") is None


def test_foreign_paragraph_is_marked() -> None:
    text = ("Harbour news\n\nThe harbour of Vell reopened on Monday after the storm had passed and the "
            "ships came back.\n\nДиректор порта сказал, что все суда вернулись в гавань в понедельник.")
    art = parse(text)
    assert art.language == "en"
    assert art.paragraphs[0].language is None
    assert art.paragraphs[1].language == "ru"
    assert [s.language for s in art.foreign_spans] == ["ru"]


def test_outlet_credits() -> None:
    art = parse("Ferry resumes – Vell Post\n\nThe ferry resumed on Monday. Новости")
    assert "Vell Post" in art.outlets and "Новости" in art.outlets
    removed = {r.text: r for r in art.removed}
    assert removed["Новости"].language in {"ru", "bg", "mk", "uk"}


def test_language_is_repeatable() -> None:
    text = "Vell\n\nKort tekst om havna i Vell og ferja som går igjen."
    assert len({parse(text).language for _ in range(5)}) == 1
