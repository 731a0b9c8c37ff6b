"""Reading article files: robust decoding with typed errors.

Decoding order (documented contract):

1. a byte-order mark decides: UTF-8 (BOM dropped), UTF-16 LE/BE or UTF-32 LE/BE;
2. otherwise data with NUL bytes or many control characters is binary:
   :class:`~geneva_corpus.BinaryInputError`;
3. strict UTF-8;
4. strict Windows-1252 (the usual encoding of legacy Western web text), accepted only if the
   result contains no C1 control characters;
5. otherwise :class:`~geneva_corpus.DecodingError`.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from .errors import BinaryInputError, DecodingError, InputError, InputTooLargeError

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "read_text"]

#: Files larger than this are refused with InputTooLargeError unless a caller raises it.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in _ALLOWED_CONTROLS)
    return bool(sample) and controls / len(sample) > 0.02


def decode_bytes(data: bytes, path: str | None = None) -> str:
    """Decode article bytes following the documented order, or raise a typed error.

    >>> decode_bytes("Caf\\u00e9 in Vell".encode("utf-8"))
    'Café in Vell'
    >>> decode_bytes("Caf\\u00e9".encode("cp1252"))
    'Café'
    >>> decode_bytes(b"\\x00\\x01\\x02binary")
    Traceback (most recent call last):
    geneva_corpus.errors.BinaryInputError: binary data (NUL or control bytes), not text
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodingError(f"invalid {encoding} after its byte-order mark: {exc.reason}",
                                    path) from exc
    if _looks_binary(data):
        raise BinaryInputError("binary data (NUL or control bytes), not text", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodingError("neither UTF-8 nor Windows-1252 text", path) from exc
    if any("\x80" <= ch <= "\x9f" for ch in text):
        raise DecodingError("neither UTF-8 nor Windows-1252 text", path)
    return text


def read_text(path: str | os.PathLike[str], *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """Read and decode one article file (see the module docs for the decoding order)."""
    name = os.fspath(path)
    p = Path(name)
    try:
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputTooLargeError(f"{size} bytes is over the limit of {max_bytes}", name)
        data = p.read_bytes()
    except IsADirectoryError as exc:
        raise InputError("is a directory, not a file", name) from exc
    except FileNotFoundError as exc:
        raise InputError("no such file", name) from exc
    except PermissionError as exc:
        raise InputError("permission denied", name) from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), name) from exc
    return decode_bytes(data, name)
