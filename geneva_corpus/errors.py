"""Every exception the library raises on purpose derives from :class:`GenevaCorpusError`."""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DecodingError",
    "GenevaCorpusError",
    "InputError",
    "InputTooLargeError",
    "RuleError",
    "SchemaError",
]


class GenevaCorpusError(Exception):
    """Base class of all geneva_corpus errors."""


class InputError(GenevaCorpusError):
    """The input cannot be read as an article.

    ``path`` names the file when the input came from one (else ``None``).
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.reason = message


class BinaryInputError(InputError):
    """The input looks like binary data (NUL bytes, control characters), not text."""


class DecodingError(InputError):
    """The bytes could not be decoded with any of the documented encodings."""


class InputTooLargeError(InputError):
    """The input is larger than the configured ``max_bytes`` limit."""


class RuleError(GenevaCorpusError, ValueError):
    """A cleaning rule or registry operation is invalid (bad pattern, unknown name...)."""


class SchemaError(GenevaCorpusError, ValueError):
    """A dictionary does not match the JSON form of the data model."""
