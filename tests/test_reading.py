"""Reading files: decoding order and typed errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from geneva_corpus import (
    BinaryInputError,
    DecodingError,
    GenevaCorpusError,
    InputError,
    InputTooLargeError,
    decode_bytes,
    read_article,
    read_text,
)

TEXT = "Café opens in Vell\n\nThe café on the harbour opened on Monday."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
)
def test_decoding_order(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_binary_and_undecodable(tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(BinaryInputError) as info:
        read_article(binary)
    assert info.value.path == str(binary) and str(binary) in str(info.value)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 \x81\x8d in Vell")  # not UTF-8, undefined in cp1252
    with pytest.raises(DecodingError):
        read_text(bad)


def test_missing_directory_and_size_limit(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_article(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(InputTooLargeError):
        read_article(big, max_bytes=10)
    assert issubclass(InputTooLargeError, GenevaCorpusError)


def test_read_article_sets_source_path(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    art = read_article(p)
    assert art.source_path == str(p) and art.title == "Café opens in Vell"
