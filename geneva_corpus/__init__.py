"""geneva_corpus: clean, structured, explainable data from plain-text news articles.

>>> import geneva_corpus
>>> art = geneva_corpus.parse("Harbour reopens in Vell\\n\\nAdvertisement\\n\\nThe harbour reopened.")
>>> art.title, art.body, art.removed[0].reason
('Harbour reopens in Vell', 'The harbour reopened.', 'advertisement')
"""

from __future__ import annotations

from .cleaning import CONTEXT_RULES, Cleaner, CleanResult, ContextRule
from .errors import (
    BinaryInputError,
    DecodingError,
    GenevaCorpusError,
    InputError,
    InputTooLargeError,
    RuleError,
    SchemaError,
)
from .metadata import detect_language, find_date
from .model import (
    Action,
    Article,
    Claim,
    Cue,
    Decision,
    Duration,
    EntityKind,
    EntityMention,
    LanguageSpan,
    Paragraph,
    ParagraphKind,
    Quantity,
    Quote,
    QuoteKind,
    RemovedPiece,
    Resolution,
    Speaker,
    SpeakerKind,
    TimeExpression,
)
from .pipeline import Explanation, explain, parse, read_article
from .reading import decode_bytes, read_text
from .rules import DEFAULT_RULES, REASONS, Rule, RuleRegistry, Scope

__version__ = "0.1.0"

__all__ = [
    "CONTEXT_RULES",
    "DEFAULT_RULES",
    "REASONS",
    "Action",
    "Article",
    "BinaryInputError",
    "Claim",
    "CleanResult",
    "Cleaner",
    "ContextRule",
    "Cue",
    "Decision",
    "DecodingError",
    "Duration",
    "EntityKind",
    "EntityMention",
    "Explanation",
    "GenevaCorpusError",
    "InputError",
    "InputTooLargeError",
    "LanguageSpan",
    "Paragraph",
    "ParagraphKind",
    "Quantity",
    "Quote",
    "QuoteKind",
    "RemovedPiece",
    "Resolution",
    "Rule",
    "RuleError",
    "RuleRegistry",
    "SchemaError",
    "Scope",
    "Speaker",
    "SpeakerKind",
    "TimeExpression",
    "__version__",
    "decode_bytes",
    "detect_language",
    "explain",
    "find_date",
    "parse",
    "read_article",
    "read_text",
]
