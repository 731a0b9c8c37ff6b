"""The command line: output contract (JSON Schema), exit codes and error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from geneva_corpus.cli import main
from geneva_corpus.schema import article_schema, schema_json

from .articles import ARTICLES

PACKAGE_SCHEMA = Path(__file__).resolve().parent.parent / "geneva_corpus" / "data" / "article.schema.json"


@pytest.fixture()
def files(tmp_path: Path) -> list[Path]:
    out = []
    for name in ("portal", "nordic", "glued"):
        p = tmp_path / f"{name}.txt"
        p.write_text(ARTICLES[name]["text"], encoding="utf-8")
        out.append(p)
    return out


def test_shipped_schema_matches_the_model() -> None:
    assert PACKAGE_SCHEMA.read_text("utf-8") == schema_json()


def test_parse_jsonl_is_schema_valid(files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, files), "--sample", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    validator = jsonschema.Draft202012Validator(article_schema(),
                                                format_checker=jsonschema.FormatChecker())
    for line in lines:
        obj = json.loads(line)
        validator.validate(obj)
        for key in ("source_path", "title", "published", "language", "body", "paragraphs",
                    "removed", "quotes", "claims"):
            assert key in obj
        for piece in obj["removed"]:
            assert obj["text"][piece["input_start"]:piece["input_end"]] == piece["text"]


def test_parse_json_and_text_formats(files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(files[0]), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data[0]["title"] == ARTICLES["portal"]["title"]
    assert main(["parse", str(files[1]), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "## Questions remain" in out and "title:     We will not give up the harbour" in out


def test_failure_is_one_line_naming_the_file(files: list[Path], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\x00\x10JFIF\x00\x01" * 50)
    code = main(["parse", str(files[0]), str(binary), str(tmp_path / "missing.txt")])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.splitlines()) == 1  # the good file is still printed
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"geneva-corpus: {binary}: binary")
    assert errors[1] == f"geneva-corpus: {tmp_path / 'missing.txt'}: no such file"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["parse"], ["frobnicate"], ["parse", "x.txt", "--format", "xml"], []):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2


def test_explain_lists_removals_with_rules(files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(files[0])]) == 0
    out = capsys.readouterr().out
    assert "advertisement_label" in out and "why: advertisement" in out
    assert "12 removed" in out.splitlines()[0]


def test_demo_and_schema_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "title:     Norland and Estmark agree to reopen the Vell bridge" in out
    assert "advertisement" in out
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "geneva_corpus Article"


def test_module_entry_point_runs(files: list[Path]) -> None:
    res = subprocess.run([sys.executable, "-m", "geneva_corpus", "parse", str(files[2])],
                         capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["published"] == "2023-05-02"
    res = subprocess.run([sys.executable, "-m", "geneva_corpus", "--version"],
                         capture_output=True, text=True, check=False)
    assert res.returncode == 0 and res.stdout.startswith("geneva-corpus ")


def test_html_input_is_masked_and_offsets_index_the_file(tmp_path: Path) -> None:
    from geneva_corpus import read_article

    html = ("<html><head><title>Ferry back in Vell</title></head><body><nav>Home / News / Ferry</nav>"
            "<p>The ferry runs again, the mayor said.</p><p>Advertisement</p>"
            "<script>alert('x')</script></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    art = read_article(p)
    assert art.input_format == "html" and len(art.text) == len(html)
    assert art.title == "Ferry back in Vell"
    assert art.body == "The ferry runs again, the mayor said."
    para = art.paragraphs[0]
    assert html[para.input_start:para.input_end] == para.text
    assert "alert" not in art.body


def test_workers_give_the_same_output_in_order(files: list[Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "zero.bin"
    bad.write_bytes(b"\x00" * 64)
    paths = [*map(str, files), str(bad)]
    assert main(["parse", *paths, "--workers", "1"]) == 1
    serial = capsys.readouterr()
    assert main(["parse", *paths, "--workers", "2"]) == 1
    pooled = capsys.readouterr()
    assert pooled.out == serial.out and pooled.err == serial.err
    assert [json.loads(line)["source_path"] for line in pooled.out.splitlines()] == paths[:3]
    with pytest.raises(SystemExit) as info:
        main(["parse", paths[0], "--workers", "0"])
    assert info.value.code == 2
