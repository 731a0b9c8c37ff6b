"""Article metadata: publication date and language.

Dates are only read where papers print them — stamps and metadata pieces the cleaner
removed, short dateline paragraphs at the top or bottom, and the dateline at the start of
the first paragraph — never from dates mentioned in the story ("talks on January 10").

Language comes from `langdetect`_ with a fixed seed, so results are repeatable. langdetect
is slow, so it runs only where its answer can change the result: a cheap function-word
profile answers for text that is clearly in one of the languages of :data:`FUNCTION_WORDS`,
and paragraphs are only checked when their script or function words differ from the
article's.

.. _langdetect: https://pypi.org/project/langdetect/
"""

from __future__ import annotations

import datetime as _dt
import string
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

import regex

from ._scripts import ascii_profile, dominant_script
from .model import LanguageSpan, Paragraph, RemovedPiece

__all__ = ["FUNCTION_WORDS", "MONTHS", "detect_language", "find_date", "find_published"]

#: Month names and abbreviations (several languages) mapped to month numbers.
MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "januar februar mars april mai juni juli august september oktober november desember",
):
    for _i, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _i)
MONTHS["sept"] = 9

#: A few hundred very common words per language: a cheap first opinion on the language.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in that is was for on with as by at from it he she they his her their "
        "this be are were has have had not but said will would an which who or its been also "
        "after more than about we our".split()),
    "de": frozenset(
        "der die das und ist nicht mit sich auf für von dem den ein eine einer auch es zu im "
        "hat wird wurde sind war bei nach aus sie er wie noch über".split()),
    "fr": frozenset(
        "le la les et des du est une un que qui dans pour pas sur au avec il elle ont été "
        "sont ce aux par plus mais cette ses son leur".split()),
    "es": frozenset(
        "el la los las y que del en un una es por con para se su al lo como más pero sus "
        "fue ha han este esta".split()),
    "nl": frozenset(
        "de het een en van is dat op te in niet met voor zijn er aan ook als bij maar wordt "
        "werd hij zij naar".split()),
    "no": frozenset(
        "og i det er på som en til av for med at har ikke den de et om var seg vil skal "
        "etter fra også kan".split()),
    "it": frozenset(
        "il la di che e è per un una non del della con sono gli le da si ha nel alla anche "
        "più ma come".split()),
    "pt": frozenset(
        "o a os as de que e do da em um uma para com não por se mais na no dos das foi "
        "ao ele ela".split()),
    "ru": frozenset(
        "и в не на что с по он она как к это из за от то для о его но был бы уже также "
        "они при".split()),
}

_WORDS = regex.compile(r"\p{L}+")
# the most frequent function words of each language, tried first by the cheap pre-check
_FREQUENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "of", "and", "to", "in", "that", "is", "was", "for", "on", "said"),
    "de": ("der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "zu", "im"),
    "fr": ("de", "la", "le", "les", "et", "des", "du", "est", "que", "une", "un"),
    "es": ("de", "la", "el", "que", "en", "y", "los", "las", "del", "un", "una"),
    "nl": ("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "niet"),
    "no": ("og", "i", "det", "er", "på", "som", "en", "til", "av", "for", "med"),
    "it": ("di", "il", "la", "che", "e", "è", "per", "un", "una", "non", "del"),
    "pt": ("de", "a", "o", "que", "e", "do", "da", "em", "os", "as", "um"),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "он", "она", "как", "к"),
}
_SPACED_FREQUENT_WORDS = {lang: tuple((w, f" {w} ") for w in words)
                          for lang, words in _FREQUENT_WORDS.items()}


def _lower_words(text: str) -> list[str]:
    """``[w.lower() for w in _WORDS.findall(text)]``, lowering ``text`` in one call when safe.

    Lowering the whole text first finds the same words: every letter lowers to one letter
    and every other character to a non-letter, except dotted capital I (which lowers to
    ``i`` plus a combining dot); capital sigma lowers by context (final or not), so text
    with either takes the word-by-word path.
    """
    if "\u0130" in text or "\u03a3" in text:
        return [w.lower() for w in _WORDS.findall(text)]
    return _letter_runs(text.lower())


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")
# UTF-8 bytes: ASCII letters and the bytes of non-ASCII characters kept, other ASCII to a space
_ASCII_NON_LETTERS_TO_SPACE = bytes(
    b if b >= 0x80 or chr(b) in string.ascii_letters else 0x20 for b in range(256))


def _letter_runs(text: str) -> list[str]:
    """``_WORDS.findall(text)`` (the runs of letters), mostly in C string methods.

    Each non-ASCII character that is not a letter (curly quotes, dashes, no-break spaces)
    is replaced by a space first; then every ASCII non-letter becomes a space in one
    ``bytes.translate`` of the UTF-8 text, which leaves the bytes of non-ASCII letters
    alone, and ``split()`` returns the runs of letters.
    """
    if not text.isascii():
        for ch in set("".join(_NON_ASCII_RUN.findall(text))):
            if _WORDS.fullmatch(ch) is None:  # the letter test of _WORDS itself
                text = text.replace(ch, " ")
    return text.encode().translate(_ASCII_NON_LETTERS_TO_SPACE).decode().split()


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS: tuple[tuple[str, Any], ...] = (
    ("ymd", regex.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dmy_dots", regex.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("mdy_slash", regex.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")),
    ("d_month_y", regex.compile(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", regex.IGNORECASE)),
    ("month_d_y", regex.compile(
        rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", regex.IGNORECASE)),
)
_DATE_REASONS = frozenset({"metadata", "update_stamp", "byline"})
_DATELINE = regex.compile(r"^[^.!?]{0,60}?(?:—|–|--| - )")  # a dateline opening a paragraph


def find_date(text: str) -> _dt.date | None:
    """The first full date (with a year) written in ``text``, else ``None``.

    >>> find_date("Published: 3 March 2021, 10:02")
    datetime.date(2021, 3, 3)
    >>> find_date("Updated Jan. 5, 2020") , find_date("on Friday") is None
    (datetime.date(2020, 1, 5), True)
    """
    best: tuple[int, _dt.date] | None = None
    head = text[:2000]
    for kind, pattern in _DATE_PATTERNS:
        m = pattern.search(head)
        if m is None:
            continue
        a, b, c = m.groups()
        try:
            if kind == "ymd":
                d = _dt.date(int(a), int(b), int(c))
            elif kind == "dmy_dots":
                d = _dt.date(int(c), int(b), int(a))
            elif kind == "mdy_slash":
                month, day = (int(a), int(b)) if int(a) <= 12 else (int(b), int(a))
                d = _dt.date(int(c), month, day)
            elif kind == "d_month_y":
                d = _dt.date(int(c), MONTHS[b.lower()], int(a))
            else:
                d = _dt.date(int(c), MONTHS[a.lower()], int(b))
        except (ValueError, KeyError):
            continue
        if not 1900 <= d.year <= 2100:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
    return best[1] if best else None


def find_published(removed: Sequence[RemovedPiece], paragraphs: Sequence[Paragraph]) -> _dt.date | None:
    """The publication date from stamps, metadata pieces and datelines, else ``None``."""
    for piece in removed:
        if piece.reason in _DATE_REASONS:
            d = find_date(piece.text)
            if d is not None:
                return d
    edge = list(paragraphs[:3]) + list(paragraphs[-2:])
    for para in edge:
        if len(para.text.split(None, 8)) <= 8:  # at most 8 words (splitting stops after 9)
            d = find_date(para.text)
            if d is not None:
                return d
    if paragraphs:
        head = paragraphs[0].text[:60]
        m = _DATELINE.search(head)
        if m is not None:
            return find_date(m.group())
    return None


# ---------------------------------------------------------------------- language

_LOCK = threading.Lock()
_FACTORY: list[Any] = []
LANGDETECT_SEED = 0


def _langdetect(text: str) -> str | None:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:
        if not _FACTORY:
            factory = DetectorFactory()
            factory.load_profile(PROFILES_DIRECTORY)
            factory.seed = LANGDETECT_SEED
            _FACTORY.append(factory)
        detector = _FACTORY[0].create()
    detector.append(text)
    try:
        return str(detector.detect())
    except LangDetectException:
        return None


def _profile(words: Sequence[str]) -> list[tuple[float, str]]:
    n = len(words) or 1
    counts = Counter(words)
    scores = [(sum(map(counts.get, table, repeat(0))) / n, lang)
              for lang, table in FUNCTION_WORDS.items()]
    scores.sort(reverse=True)
    return scores


def detect_language(text: str, *, sample_chars: int = 3000) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` for text without letters.

    A function-word profile answers when one language clearly dominates; otherwise
    langdetect (seeded) decides.

    >>> detect_language("The minister said that the talks would go on after the summit.")
    'en'
    >>> detect_language("12 345 --- !!!") is None
    True
    """
    sample = text[:sample_chars]
    words = _lower_words(sample)[:600]
    if not words:
        return None
    if len(words) >= 12:
        (best, lang), (second, _) = _profile(words)[:2]
        if best >= 0.2 and second <= best / 3:
            return lang
    if sum(len(w) for w in words) < 3:
        return None
    return _langdetect(sample)


def _surely_latin(letters: int, other: int) -> bool:
    """Whether a text with ``letters`` ASCII letters and ``other`` non-ASCII characters is
    LATIN without looking further: its first 300 letters hold at least min(300, letters)
    ASCII ones and at most ``other`` others; when those are fewer than half, ASCII (LATIN)
    letters are a strict majority."""
    return 2 * other < min(300, letters)


def _script_of(text: str) -> str | None:
    sample = text[:600]
    letters, other = ascii_profile(sample)
    if other == 0:  # plain ASCII: no Unicode name lookups
        return "LATIN" if letters else None
    if _surely_latin(letters, other):  # Latin text with a few curly quotes or accents
        return "LATIN"
    return dominant_script(sample, 300)


def _surely_not_foreign(text: str, table: frozenset[str], language: str, ascii_letters: int) -> bool:
    """A cheap sufficient test that ``text`` has under 8 words or 8% of them in ``table``.

    Counts a lower bound of the function words (frequent ones between spaces) against an
    upper bound of the words (every word but the first follows a character that is not an
    ASCII letter), so True means the exact test (fewer than 8 words, or
    ``hits / words >= 0.08``) passes too.
    """
    most_words = 1 + len(text) - ascii_letters
    if most_words < 8:
        return True
    hits = 0
    for word, spaced in _SPACED_FREQUENT_WORDS.get(language, ()):
        if word in table:
            hits += text.count(spaced)
            if 25 * hits >= 2 * most_words:  # hits / words >= 2/25 == 0.08, exactly
                return True
    return False


def foreign_language(text: str, article_language: str | None, article_script: str | None) -> str | None:
    """The language of ``text`` when it differs from the article's, else ``None``.

    Calls langdetect only when the script differs, or when the function words of the
    article's language are missing from a paragraph long enough to judge.
    """
    if len(text) <= 600 and article_script == "LATIN":
        # a short paragraph is its own script sample: one ASCII pass serves both tests
        letters, other = ascii_profile(text)
        if other == 0 and letters == 0:
            return None  # no letters: no script
        if other == 0 or _surely_latin(letters, other):  # LATIN, as in _script_of
            table = FUNCTION_WORDS.get(article_language or "")
            if table is None or _surely_not_foreign(text, table, article_language or "", letters):
                return None
    script = _script_of(text)
    if script is None:
        return None
    if script != article_script:
        lang = _langdetect(text)
    else:
        if article_language not in FUNCTION_WORDS:
            return None
        table = FUNCTION_WORDS[article_language]
        head = text[:2000]
        if _surely_not_foreign(head, table, article_language, ascii_profile(head)[0]):
            return None
        words = _lower_words(head)
        if len(words) < 8:
            return None
        if sum(map(table.__contains__, words)) / len(words) >= 0.08:
            return None
        (best, lang_guess), _ = _profile(words)[:2]
        if best < 0.15 or lang_guess == article_language:
            return None
        lang = _langdetect(text)
    return lang if lang != article_language else None


def language_spans(
    text: str,
    article_language: str | None,
    body: str,
    paragraphs: Iterable[Paragraph],
    removed: Iterable[RemovedPiece],
) -> tuple[list[Paragraph], list[RemovedPiece], list[LanguageSpan]]:
    """Mark paragraphs and removed pieces written in another language than the article."""
    article_script = _script_of(body[:2000] or text[:2000])
    new_paras: list[Paragraph] = []
    spans: list[LanguageSpan] = []
    for para in paragraphs:
        lang = foreign_language(para.text, article_language, article_script)
        if lang is not None:
            para = Paragraph(para.text, para.kind, para.start, para.end, para.input_start,
                             para.input_end, lang)
            spans.append(LanguageSpan(para.text, lang, para.input_start, para.input_end))
        new_paras.append(para)
    new_removed: list[RemovedPiece] = []
    for piece in removed:
        if piece.language is None and _script_of(piece.text) not in (article_script, None):
            lang = _langdetect(piece.text)
            if lang is not None and lang != article_language:
                piece = RemovedPiece(piece.text, piece.reason, piece.rule, piece.input_start,
                                     piece.input_end, lang)
                spans.append(LanguageSpan(piece.text, lang, piece.input_start, piece.input_end))
        new_removed.append(piece)
    spans.sort(key=lambda s: s.input_start)
    return new_paras, new_removed, spans
