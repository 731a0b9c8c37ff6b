"""The data model: frozen, slotted ``attrs`` classes with offsets, not copies.

Every span-like object carries ``start``/``end`` offsets into :attr:`Article.body`
(``article.body[start:end] == obj.text``) and ``input_start``/``input_end`` offsets into
the text exactly as given (:attr:`Article.text`), so a user can highlight the original
file. Removed pieces only exist in the input, so they carry input offsets only.

All classes convert losslessly to and from plain JSON-ready dictionaries with
:func:`to_dict` / :func:`from_dict` (``Article.to_dict()`` / ``Article.from_dict()``).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import sys
import types
import typing
from collections.abc import Mapping
from operator import attrgetter
from typing import Any, TypeVar

import attrs

from .errors import SchemaError

__all__ = [
    "Action",
    "Article",
    "Claim",
    "Cue",
    "Decision",
    "Duration",
    "EntityKind",
    "EntityMention",
    "LanguageSpan",
    "Paragraph",
    "ParagraphKind",
    "Quantity",
    "Quote",
    "QuoteKind",
    "RemovedPiece",
    "Resolution",
    "Speaker",
    "SpeakerKind",
    "TimeExpression",
    "from_dict",
    "to_dict",
]

_START = attrgetter("start")
"""The start offset of a paragraph (a bisect key)."""


class ParagraphKind(str, enum.Enum):
    """What a kept paragraph is."""

    BODY = "body"
    HEADING = "heading"


class Action(str, enum.Enum):
    """What the cleaner did with a piece of the input."""

    KEPT = "kept"
    REMOVED = "removed"
    TITLE = "title"


class QuoteKind(str, enum.Enum):
    """Direct (all words quoted), mixed (a reported sentence with a quoted fragment) or
    indirect (reported speech without quotation marks)."""

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"


class SpeakerKind(str, enum.Enum):
    """The type of a speaker."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"


class Resolution(str, enum.Enum):
    """How a speaker was found."""

    NAMED = "named"
    """The speaker is named in the attributing sentence."""
    PRONOUN = "pronoun"
    """A pronoun (he, she, they) resolved to an earlier named speaker."""
    ROLE = "role"
    """A role noun ("the Secretary of State") resolved to a person who holds it."""
    PREVIOUS = "previous"
    """A quote with no attribution of its own continues the previous speaker's quote."""
    HEADLINE = "headline"
    """A heading of the form ``Speaker: statement``."""


class EntityKind(str, enum.Enum):
    """The type of a named entity mentioned in a claim."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


_T = TypeVar("_T")


def _check_span(start: int, end: int) -> None:
    if start < 0 or end < start:
        raise ValueError(f"invalid span [{start}, {end})")


def _span_validator(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class Paragraph:
    """A kept paragraph of the cleaned body."""

    text: str
    kind: ParagraphKind = attrs.field(converter=ParagraphKind)
    start: int = attrs.field(validator=_span_validator)
    """Offset of the paragraph in :attr:`Article.body`."""
    end: int = attrs.field(validator=_span_validator)
    input_start: int = attrs.field(validator=_span_validator)
    """Offset of the paragraph in :attr:`Article.text` (the input)."""
    input_end: int = attrs.field(validator=_span_validator)
    language: str | None = None
    """The paragraph's language when it differs from the article's, else ``None``."""


@attrs.frozen
class RemovedPiece:
    """A piece of the input that the cleaner removed, with the rule that removed it."""

    text: str
    reason: str
    """Reason code, e.g. ``navigation``, ``advertisement``, ``photo_credit``."""
    rule: str
    """Name of the rule that fired (see :data:`geneva_corpus.DEFAULT_RULES`)."""
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)
    language: str | None = None
    """The piece's language when it is in another script or language than the article."""


@attrs.frozen
class Decision:
    """One decision of the cleaner, as returned by :func:`geneva_corpus.explain`.

    Like jusText, a decision keeps the label its rule gave first and the label it ended
    with after context was taken into account (``initial_label`` and ``label``).
    """

    text: str
    action: Action = attrs.field(converter=Action)
    label: str
    """Final label: a reason code for removed pieces, ``body``/``heading``/``title`` else."""
    initial_label: str
    """The label before context rules ran."""
    rule: str | None
    """The rule that decided, or ``None`` when no rule fired (plain body text)."""
    explanation: str
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)

    def __str__(self) -> str:
        head = f"{self.action.value:<7} {self.label:<14}"
        why = f"[{self.rule}] " if self.rule else ""
        return f"{head} {why}{self.text[:70]!r} — {self.explanation}"


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    """The slot descriptors' ``__set__`` of ``cls``'s fields, checked against ``names``.

    Calling a slot's ``__set__`` stores a value without going through the frozen class's
    ``__setattr__``; the check makes a change of the class's fields fail at import.
    """
    fields = tuple(f.name for f in attrs.fields(cls))
    if fields != names:
        raise AssertionError(f"{cls.__name__} fields changed: {fields}")
    return tuple(cls.__dict__[name].__set__ for name in names)


(_P_TEXT, _P_KIND, _P_START, _P_END, _P_INPUT_START, _P_INPUT_END, _P_LANGUAGE) = _slot_setters(
    Paragraph, ("text", "kind", "start", "end", "input_start", "input_end", "language"))
(_D_TEXT, _D_ACTION, _D_LABEL, _D_INITIAL_LABEL, _D_RULE, _D_EXPLANATION, _D_INPUT_START,
 _D_INPUT_END) = _slot_setters(
    Decision, ("text", "action", "label", "initial_label", "rule", "explanation", "input_start",
               "input_end"))


def _paragraph(text: str, kind: ParagraphKind, start: int, end: int, input_start: int,
               input_end: int, language: str | None = None) -> Paragraph:
    """``Paragraph(...)`` for values known to be valid (a :class:`ParagraphKind`, offsets
    >= 0): an equal object, built without the converter and validators in about half the
    time (private: the cleaner builds one per kept paragraph)."""
    para: Paragraph = object.__new__(Paragraph)
    _P_TEXT(para, text)
    _P_KIND(para, kind)
    _P_START(para, start)
    _P_END(para, end)
    _P_INPUT_START(para, input_start)
    _P_INPUT_END(para, input_end)
    _P_LANGUAGE(para, language)
    return para


def _decision(text: str, action: Action, label: str, initial_label: str, rule: str | None,
              explanation: str, input_start: int, input_end: int) -> Decision:
    """``Decision(...)`` for values known to be valid (an :class:`Action`, offsets >= 0),
    built like :func:`_paragraph` (private: the cleaner builds one per line)."""
    decision: Decision = object.__new__(Decision)
    _D_TEXT(decision, text)
    _D_ACTION(decision, action)
    _D_LABEL(decision, label)
    _D_INITIAL_LABEL(decision, initial_label)
    _D_RULE(decision, rule)
    _D_EXPLANATION(decision, explanation)
    _D_INPUT_START(decision, input_start)
    _D_INPUT_END(decision, input_end)
    return decision


@attrs.frozen
class LanguageSpan:
    """A fragment of the input in another language than the article."""

    text: str
    language: str
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)


@attrs.frozen
class Cue:
    """The words that introduce speech: a speech verb or an "according to" phrase."""

    text: str
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)


@attrs.frozen
class Speaker:
    """Who a quote or claim comes from."""

    name: str
    """Canonical name, shared by every spelling and mention of one speaker."""
    mention: str
    """The mention as written ("he", "the harbour master", "Vosk")."""
    kind: SpeakerKind = attrs.field(converter=SpeakerKind)
    resolution: Resolution = attrs.field(converter=Resolution)
    start: int = attrs.field(validator=_span_validator)
    """Offset of the mention in :attr:`Article.body`."""
    end: int = attrs.field(validator=_span_validator)
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)
    evidence: tuple[str, ...] = ()
    """The chain of evidence for the attribution, in plain words."""


@attrs.frozen
class Quote:
    """A quotation: direct, mixed or indirect, with its cue and speaker."""

    text: str
    """The content, without quotation marks or a leading dash."""
    kind: QuoteKind = attrs.field(converter=QuoteKind)
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)
    cue: Cue | None = None
    speaker: Speaker | None = None

    def explain(self) -> str:
        """Why this quote went to its speaker, in plain words."""
        if self.speaker is None:
            return "no speaker found"
        return "; ".join(self.speaker.evidence) or f"speaker {self.speaker.name}"


@attrs.frozen
class Quantity:
    """A number with its unit and hedge: "nearly 100,000 troops"."""

    text: str
    value: float
    unit: str | None
    approximate: bool
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)
    hedge: str | None = None
    """The hedging word ("nearly", "about", "around"), if any."""


@attrs.frozen
class Duration:
    """A length of time normalised to minutes: "about an hour and a half" -> 90."""

    text: str
    minutes: float
    approximate: bool
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)


@attrs.frozen
class TimeExpression:
    """A date or time of day, normalised against the article's date when known.

    ``value`` is an ISO 8601 date (``2022-01-10``), a time (``11:00``), a date and time,
    or ``None`` when it cannot be normalised ("next week" without an article date).
    """

    text: str
    kind: str
    """``date``, ``time``, ``weekday``, ``relative`` or ``month``."""
    value: str | None
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)


@attrs.frozen
class EntityMention:
    """A person, organisation or place named in a claim."""

    text: str
    kind: EntityKind = attrs.field(converter=EntityKind)
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)
    name: str | None = None
    """Canonical name when known (for people resolved as speakers)."""


@attrs.frozen
class Claim:
    """A checkable statement: who claims what, with its checkable parts as typed values."""

    text: str
    start: int = attrs.field(validator=_span_validator)
    end: int = attrs.field(validator=_span_validator)
    input_start: int = attrs.field(validator=_span_validator)
    input_end: int = attrs.field(validator=_span_validator)
    speaker: Speaker | None = None
    """Who makes the claim; ``None`` when the outlet states it itself."""
    source: str = "outlet"
    """``quote`` when it comes from a quotation or reported speech, else ``outlet``."""
    quantities: tuple[Quantity, ...] = ()
    durations: tuple[Duration, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    entities: tuple[EntityMention, ...] = ()


@attrs.frozen
class Article:
    """A parsed article: the input kept as given, the cleaned body and what was found."""

    text: str
    """The input text exactly as given (see :attr:`input_format` for HTML input)."""
    body: str
    """The cleaned text: kept paragraphs joined by blank lines."""
    title: str | None = None
    title_input_start: int | None = None
    title_input_end: int | None = None
    published: _dt.date | None = None
    outlets: tuple[str, ...] = ()
    """Outlet, agency and site credits found in the article (source tags, site names)."""
    language: str | None = None
    """ISO 639-1 code from langdetect (seeded), or ``None`` for text without letters."""
    paragraphs: tuple[Paragraph, ...] = ()
    removed: tuple[RemovedPiece, ...] = ()
    foreign_spans: tuple[LanguageSpan, ...] = ()
    """Fragments of the input in another language than the article's."""
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    title_quotes: tuple[Quote, ...] = ()
    """Headline attributions of :attr:`title` ("Varga: The bridge will outlive us all").
    Their ``start``/``end`` (and their cue's and speaker's) index :attr:`title`, not
    :attr:`body`; ``input_start``/``input_end`` index :attr:`text` as everywhere."""
    source_path: str | None = None
    input_format: str = "text"
    """``text``, or ``html`` when the input was HTML: then :attr:`text` is the input with its
    markup blanked out (same length, so every offset is also an offset into the file)."""

    def to_input(self, offset: int) -> int:
        """Map an offset into :attr:`body` to the matching offset into :attr:`text`.

        >>> from geneva_corpus import parse
        >>> art = parse("Home / World / Story\\n\\nThe mayor of Vell spoke on Monday.")
        >>> art.text[art.to_input(4):art.to_input(9)] == art.body[4:9]
        True
        """
        if not self.paragraphs:
            if offset == 0:
                return 0
            raise ValueError(f"offset {offset} outside an empty body")
        if not 0 <= offset <= len(self.body):
            raise ValueError(f"offset {offset} outside the body (length {len(self.body)})")
        # the last paragraph whose start <= offset (the first one for offsets before it)
        k = bisect.bisect_right(self.paragraphs, offset, key=_START) - 1
        para = self.paragraphs[max(k, 0)]
        return para.input_start + min(offset - para.start, para.end - para.start)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary; :meth:`from_dict` restores an equal article."""
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output."""
        return from_dict(cls, data)


# --------------------------------------------------------------------------- serialisation


def to_dict(obj: Any) -> dict[str, Any]:
    """Convert one of this module's classes into a JSON-ready ``dict`` (recursively)."""
    if not attrs.has(type(obj)):
        raise TypeError(f"not a geneva_corpus model object: {type(obj).__name__}")
    return {f.name: _dump(getattr(obj, f.name)) for f in attrs.fields(type(obj))}


def _dump(value: Any) -> Any:
    if attrs.has(type(value)):
        return to_dict(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
    """Rebuild an instance of ``cls`` from :func:`to_dict` output.

    Unknown keys are ignored (JSON from newer versions may carry more); missing required
    keys or values of the wrong type raise :class:`~geneva_corpus.SchemaError`.
    """
    if not isinstance(data, Mapping):
        raise SchemaError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    hints = typing.get_type_hints(cls, vars(sys.modules[__name__]))
    kwargs: dict[str, Any] = {}
    for f in attrs.fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            if f.default is attrs.NOTHING:
                raise SchemaError(f"{cls.__name__}: missing field {f.name!r}")
            continue
        kwargs[f.name] = _load(hints[f.name], data[f.name], f"{cls.__name__}.{f.name}")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{cls.__name__}: {exc}") from exc


def _load(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _load(inner, value, where)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise SchemaError(f"{where}: expected a list")
        item_tp = typing.get_args(tp)[0]
        return tuple(_load(item_tp, v, where) for v in value)
    if isinstance(tp, type) and attrs.has(tp):
        return from_dict(tp, value)
    if tp is _dt.date:
        try:
            return _dt.date.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"{where}: not an ISO date: {value!r}") from exc
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError as exc:
            raise SchemaError(f"{where}: {exc}") from exc
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(tp, type) and not isinstance(value, tp):
        raise SchemaError(f"{where}: expected {tp.__name__}, got {type(value).__name__}")
    return value
