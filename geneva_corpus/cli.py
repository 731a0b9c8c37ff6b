"""The ``geneva-corpus`` command line (also ``python -m geneva_corpus``).

Exit codes: 0 success, 1 when a file could not be processed (each failure is one line on
stderr naming the file and the problem; the other files are still processed), 2 for usage
errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any, TextIO

from . import __version__
from .errors import GenevaCorpusError
from .model import Article
from .parallel import ParseFailure, parse_many
from .pipeline import explain, parse

__all__ = ["article_json", "main", "sample_text"]

_PROG = "geneva-corpus"
SAMPLE_NAME = "sample_article.txt"


def sample_text() -> str:
    """The invented sample article bundled with the package."""
    return resources.files("geneva_corpus").joinpath("data").joinpath(SAMPLE_NAME).read_text("utf-8")


def article_json(article: Article) -> dict[str, Any]:
    """The JSON object the CLI prints for one article (``Article.to_dict()``, schema-valid)."""
    return article.to_dict()


def _articles(args: argparse.Namespace) -> Iterator[tuple[str, Article | ParseFailure]]:
    if getattr(args, "sample", False):
        yield f"<sample:{SAMPLE_NAME}>", parse(sample_text(), source_path=SAMPLE_NAME)
    paths: list[str] = list(args.files)
    workers = max(1, getattr(args, "workers", 1))
    progress = _Progress(len(paths)) if paths and sys.stderr.isatty() else None
    for path, result in zip(paths, parse_many(paths, workers=workers, ordered=True), strict=True):
        if progress is not None:
            progress.step(path)
        yield path, result
    if progress is not None:
        progress.done()


class _Progress:
    """A one-line progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0

    def step(self, path: str) -> None:
        self.count += 1
        width = 30
        filled = width * self.count // self.total
        name = path if len(path) <= 40 else "…" + path[-39:]
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total} {name:<40}")
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\r" + " " * 90 + "\r")
        sys.stderr.flush()


def _fail(path: str, problem: BaseException | ParseFailure) -> None:
    if isinstance(problem, ParseFailure):
        reason = problem.message
    else:
        reason = getattr(problem, "reason", None) or str(problem)
    if reason.startswith(f"{path}: "):
        reason = reason[len(path) + 2:]
    print(f"{_PROG}: {path}: {reason}", file=sys.stderr)


def _text_view(article: Article, out: TextIO) -> None:
    out.write(f"== {article.source_path or '<text>'}\n")
    out.write(f"title:     {article.title}\n")
    out.write(f"published: {article.published.isoformat() if article.published else None}\n")
    out.write(f"language:  {article.language}\n")
    out.write(f"outlets:   {', '.join(article.outlets) or '-'}\n")
    out.write(f"removed:   {len(article.removed)} pieces; quotes: {len(article.quotes)}; "
              f"claims: {len(article.claims)}\n\n")
    for para in article.paragraphs:
        prefix = "## " if para.kind.value == "heading" else ""
        out.write(f"{prefix}{para.text}\n\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    failed = 0
    collected: list[dict[str, Any]] = []
    out = sys.stdout
    for path, result in _articles(args):
        if isinstance(result, ParseFailure):
            failed += 1
            _fail(path, result)
            continue
        if args.format == "jsonl":
            out.write(json.dumps(article_json(result), ensure_ascii=False) + "\n")
        elif args.format == "json":
            collected.append(article_json(result))
        else:
            _text_view(result, out)
    if args.format == "json":
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failed else 0


def _cmd_explain(args: argparse.Namespace) -> int:
    if args.sample:
        text, name = sample_text(), SAMPLE_NAME
    elif args.file:
        from .reading import read_text

        try:
            text, name = read_text(args.file), args.file
        except GenevaCorpusError as exc:
            _fail(args.file, exc)
            return 1
    else:
        print(f"{_PROG} explain: error: give a FILE or --sample", file=sys.stderr)
        return 2
    decisions = explain(text).decisions
    if not args.all:
        decisions = tuple(d for d in decisions if d.action.value != "kept" or d.label != "body")
    print(f"== {name}: {sum(d.action.value == 'removed' for d in decisions)} removed")
    for d in decisions:
        print(f"{d.action.value:<8}{d.label:<15}{(d.rule or '-'):<24}"
              f"{d.input_start:>7}-{d.input_end:<7} {_short(d.text)}")
        print(f"{'':<47}why: {d.explanation}")
    return 0


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[: width - 1] + "…")


def _cmd_quotes(args: argparse.Namespace) -> int:
    from .quotes import format_quotes_table

    failed = 0
    for path, result in _articles(args):
        if isinstance(result, ParseFailure):
            failed += 1
            _fail(path, result)
            continue
        print(f"== {path}: {len(result.quotes)} quotes")
        print(format_quotes_table(result.quotes))
    return 1 if failed else 0


def _load_corpus(args: argparse.Namespace) -> Any:
    from .align import Corpus

    articles: list[Article] = []
    failed = 0
    for path, result in _articles(args):
        if isinstance(result, ParseFailure):
            failed += 1
            _fail(path, result)
        else:
            articles.append(result)
    return Corpus.from_articles(articles), failed


def _cmd_align(args: argparse.Namespace) -> int:
    corpus, failed = _load_corpus(args)
    if args.format == "json":
        json.dump(corpus.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(corpus.to_text() + "\n")
    return 1 if failed else 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import render_report

    corpus, failed = _load_corpus(args)
    html = render_report(corpus)
    try:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(html)
    except OSError as exc:
        _fail(args.output, exc)
        return 1
    print(f"wrote {args.output}", file=sys.stderr)
    return 1 if failed else 0


def _cmd_demo(args: argparse.Namespace) -> int:
    article = parse(sample_text(), source_path=SAMPLE_NAME)
    _text_view(article, sys.stdout)
    print("-- removed pieces:")
    for piece in article.removed:
        print(f"  {piece.reason:<14} [{piece.rule}] {_short(piece.text)}")
    if article.quotes:
        from .quotes import format_quotes_table

        print("-- quotes:")
        print(format_quotes_table(article.quotes))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(resources.files("geneva_corpus").joinpath("data").joinpath("article.schema.json")
                     .read_text("utf-8"))
    return 0


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {value!r}")
    return number


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=_PROG,
        description="Clean and structure plain-text news articles.",
        epilog="Exit codes: 0 ok, 1 some file failed, 2 usage error.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def files(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("files", nargs="*", metavar="FILE", help="plain-text article files")
        sp.add_argument("--sample", action="store_true",
                        help="also process the sample article bundled with the package")
        sp.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                        help="parse with N processes (default 1); output order is kept")

    sp = sub.add_parser("parse", help="parse articles and print them as JSON Lines, JSON or text")
    files(sp)
    sp.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl")
    sp.set_defaults(func=_cmd_parse, need_files=True)

    sp = sub.add_parser("explain", help="show what the cleaner removed from a file, and why")
    sp.add_argument("file", nargs="?", metavar="FILE")
    sp.add_argument("--sample", action="store_true", help="explain the bundled sample article")
    sp.add_argument("--all", action="store_true", help="also list kept body paragraphs")
    sp.set_defaults(func=_cmd_explain, need_files=False)

    sp = sub.add_parser("quotes", help="print a table of who said what")
    files(sp)
    sp.set_defaults(func=_cmd_quotes, need_files=True)

    sp = sub.add_parser("align", help="group the same quotes and claims across articles")
    files(sp)
    sp.add_argument("--format", choices=("json", "text"), default="text")
    sp.set_defaults(func=_cmd_align, need_files=True)

    sp = sub.add_parser("report", help="write a side-by-side HTML report of several articles")
    files(sp)
    sp.add_argument("-o", "--output", required=True, metavar="PATH", help="the HTML file to write")
    sp.set_defaults(func=_cmd_report, need_files=True)

    sp = sub.add_parser("demo", help="parse the bundled sample article and show the result")
    sp.set_defaults(func=_cmd_demo, need_files=False)

    sp = sub.add_parser("schema", help="print the JSON Schema of the parse output")
    sp.set_defaults(func=_cmd_schema, need_files=False)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.need_files and not args.files and not args.sample:
        parser.error(f"{args.command}: give at least one FILE (or --sample)")
    try:
        code: int = args.func(args)
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except KeyboardInterrupt:
        return 130
    return code
