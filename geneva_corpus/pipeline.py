"""The pipeline: clean, describe, quote, claim."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

import attrs

from ._html import looks_like_html, mask_html
from .claims import extract_claims
from .cleaning import Cleaner
from .metadata import detect_language, find_published, language_spans
from .model import Article, Claim, Decision, Quote
from .quotes import _default_extractor
from .reading import DEFAULT_MAX_BYTES, read_text

__all__ = ["Explanation", "explain", "parse", "read_article"]

QuoteFinder = Callable[[Article], Sequence[Quote]]
ClaimFinder = Callable[[Article], Sequence[Claim]]

_DEFAULT_CLEANER = Cleaner()


def _unmarked(text: str) -> tuple[str, str]:
    """The text with HTML markup blanked out in place when it looks like HTML, and its format."""
    if looks_like_html(text):
        return mask_html(text), "html"
    return text, "text"


def parse(
    text: str,
    *,
    source_path: str | None = None,
    cleaner: Cleaner | None = None,
    quote_finder: QuoteFinder | None = None,
    claim_finder: ClaimFinder | None = None,
) -> Article:
    """Parse one article's plain text into an :class:`~geneva_corpus.Article`.

    ``cleaner`` replaces the default :class:`~geneva_corpus.Cleaner` (for custom rules);
    ``quote_finder`` and ``claim_finder`` replace the default quote and claim extraction
    (any callable taking the article and returning quotes or claims); the default also
    fills ``Article.title_quotes`` (see :func:`~geneva_corpus.quotes.extract_title_quotes`),
    a custom ``quote_finder`` leaves it empty.

    Text that looks like HTML is masked first (tags and scripts blanked out, same length;
    ``Article.input_format == "html"``), so offsets still index the original file.

    >>> art = parse("Vell harbour reopens\\n\\nShare this article\\n\\nThe harbour reopened on Monday.")
    >>> art.title, art.body
    ('Vell harbour reopens', 'The harbour reopened on Monday.')
    >>> [(r.text, r.reason) for r in art.removed]
    [('Share this article', 'share')]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use read_article() for files")
    text, input_format = _unmarked(text)
    result = (cleaner or _DEFAULT_CLEANER).clean(text)
    language = detect_language(result.body or (result.title or ""))
    paragraphs, removed, spans = language_spans(
        text, language, result.body, result.paragraphs, result.removed)
    article = Article(
        text=text,
        body=result.body,
        title=result.title,
        title_input_start=result.title_input_start,
        title_input_end=result.title_input_end,
        published=find_published(removed, paragraphs),
        outlets=result.outlets,
        language=language,
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        foreign_spans=tuple(spans),
        source_path=source_path,
        input_format=input_format,
    )
    if quote_finder is None:
        quotes, title_quotes = _default_extractor().extract_with_title(article)
    else:
        quotes, title_quotes = tuple(quote_finder(article)), ()
    article = attrs.evolve(article, quotes=quotes, title_quotes=title_quotes)
    claims = tuple((claim_finder or extract_claims)(article))
    return attrs.evolve(article, claims=claims)


def read_article(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    cleaner: Cleaner | None = None,
    quote_finder: QuoteFinder | None = None,
    claim_finder: ClaimFinder | None = None,
) -> Article:
    """Read, decode (see :func:`geneva_corpus.reading.read_text`) and parse an article file.

    Raises :class:`~geneva_corpus.InputError` subclasses naming the file for unreadable,
    binary, undecodable or oversized input.
    """
    text = read_text(path, max_bytes=max_bytes)
    return parse(text, source_path=os.fspath(path), cleaner=cleaner,
                 quote_finder=quote_finder, claim_finder=claim_finder)


@attrs.frozen
class Explanation:
    """Every decision the cleaner took on one text, in input order."""

    text: str
    decisions: tuple[Decision, ...]

    @property
    def removed(self) -> tuple[Decision, ...]:
        """Only the removals."""
        return tuple(d for d in self.decisions if d.action.value == "removed")

    def why(self, fragment: str) -> list[Decision]:
        """The decisions whose text contains ``fragment`` (why was this line removed?).

        >>> explain("Vell votes\\n\\nAdvertisement\\n\\nThe council met.").why("Advert")[0].rule
        'advertisement_label'
        """
        return [d for d in self.decisions if fragment in d.text]

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.decisions)


def explain(text: str, *, cleaner: Cleaner | None = None) -> Explanation:
    """Explain the cleaner's decisions on ``text``: kept or removed, which rule, why.

    >>> for d in explain("Vell votes\\n\\nPhoto: Ann Lee/Vell Post\\n\\nThe council met.").decisions:
    ...     print(d.action.value, d.label, d.rule)
    title title None
    removed photo_credit photo_credit
    kept body None
    """
    text, _ = _unmarked(text)
    result = (cleaner or _DEFAULT_CLEANER).clean(text)
    return Explanation(text, result.decisions)
