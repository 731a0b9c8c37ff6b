"""Regex audit: every pattern of geneva_corpus against pathological inputs.

Finds every compiled pattern (module globals, objects they hold, the cleaning rules) and every
literal pattern passed to ``regex.*``/``re.*`` functions in ``geneva_corpus/``, then times each
one on hostile strings (long runs of the characters it repeats, quote marks, dashes, words
without an end) at two sizes. A pattern whose time grows much faster than its input (the
ratio of times far above the ratio of sizes) or that takes long on a short input is
reported with the input that triggered it.

Each pattern is exercised both as the library uses it and in the worst case:

* ``fullmatch``/``match`` (whole-line rules, prefixes) — one attempt at position 0;
* ``findall`` over the whole input (what ``search``/``finditer`` cost when nothing or
  everything matches).

Cleaning rules with ``max_words`` only ever see lines of at most that many words, so a
super-linear finding on a long input is *guarded* for them; the report says so.

Run::

    .venv/bin/python benchmarks/regex_audit.py            # all patterns, summary
    .venv/bin/python benchmarks/regex_audit.py --verbose  # every timing

Exit status 1 when an unguarded pattern is super-linear (so CI could run it).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

import geneva_corpus
from geneva_corpus.rules import DEFAULT_RULES, Scope

ROOT = Path(geneva_corpus.__file__).parent
SMALL, LARGE = 1_000, 10_000  # characters; LARGE / SMALL = 10
TIMEOUT = 1.0  # seconds per call: a pattern still running then is reported as x-inf
SLOW = 0.25  # seconds on the large input: reported even when the growth looks linear

UNITS = [
    "a", " ", ".", "\"", "“", "”", "„", "«", "»", "'", "’", "-", "—", "–", "/", "|", "1", "A",
    "\n", "\r", "\t", "a ", "A ", "Aa ", "AA ", "1 ", "1,", "1.", "a.", "A. ", ". ", "/ a ",
    "| a ", "» a ", "> a ", "said ", "Mr. ", "the ", "The ", "\"a ", "“a ", "— a ", "- a ",
    "<", "<a ", "&", "&a", "(", ")", "(a ", "http://", "www.", "a.com ", "@", "#", ":",
    ": ", "a:", "A: ", "jobs ", "by ", "By Aa ", "Aa, ", "Aa and ", "\u05d0 ", "\u0430 ",
    "\U0001F600", "e\u0301", "  \n", "1.1.", "2022-01-", "January ", "Jan. 1, ", "1 January ",
    "10:30 ", "a,", "a;", "'a ", "a'", "*", "•", "=", "_", "~", "...", "…", "?", "!", "a!",
    "about ", "nearly 1 ", "1 hour and ", "Aa Aa ", "of the ", "de ", "van ", "\u200b", "\xa0",
]


def _patterns_in(obj: Any, where: str, seen: set[int], depth: int = 0) -> Iterator[tuple[str, Any]]:
    if id(obj) in seen or depth > 3:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern | regex.Pattern):
        yield where, obj
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _patterns_in(v, f"{where}[{k!r}]", seen, depth + 1)
    elif isinstance(obj, list | tuple | frozenset | set):
        for i, v in enumerate(obj):
            yield from _patterns_in(v, f"{where}[{i}]", seen, depth + 1)
    elif hasattr(obj, "__attrs_attrs__") or hasattr(obj, "__slots__") or hasattr(obj, "__dict__"):
        if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "__attrs_attrs__")):
            return
        names = [a.name for a in getattr(obj, "__attrs_attrs__", ())]
        names += [n for n in getattr(obj, "__slots__", ()) if isinstance(n, str)]
        names += list(getattr(obj, "__dict__", {}))
        for name in dict.fromkeys(names):
            try:
                value = getattr(obj, name)
            except AttributeError:
                continue
            yield from _patterns_in(value, f"{where}.{name}", seen, depth + 1)


def compiled_patterns() -> list[tuple[str, Any, str]]:
    """``(name, pattern, how it is used)`` for every compiled pattern found."""
    out: list[tuple[str, Any, str]] = []
    seen: set[int] = set()
    for rule in DEFAULT_RULES:
        how = {Scope.LINE: "fullmatch", Scope.TITLE_SUFFIX: "fullmatch", Scope.PREFIX: "match",
               Scope.SUFFIX: "search"}[rule.scope]
        guard = f", max_words={rule.max_words}" if rule.max_words is not None else ""
        out.append((f"rules:{rule.name}", rule.compiled, how + guard))
        seen.add(id(rule.compiled))
    for info in pkgutil.iter_modules([str(ROOT)]):
        try:
            module = importlib.import_module(f"geneva_corpus.{info.name}")
        except Exception as exc:  # a module under construction by another engineer
            print(f"(skipped module {info.name}: {type(exc).__name__}: {exc})", file=sys.stderr)
            continue
        for name, value in vars(module).items():
            if name.startswith("__") or isinstance(value, type(sys)):
                continue
            for where, pattern in _patterns_in(value, f"{info.name}.{name}", seen):
                if "_line_matchers" in where:
                    continue  # the line rules combined: each rule is audited on its own above
                out.append((where, pattern, "search/finditer"))
    return out


def literal_patterns() -> list[tuple[str, Any, str]]:
    """Literal patterns passed straight to ``regex.search(...)`` and friends."""
    out: list[tuple[str, Any, str]] = []
    funcs = {"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
    for path in sorted(ROOT.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in ("regex", "re") and node.func.attr in funcs
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                lib = regex if node.func.value.id == "regex" else re
                try:
                    pattern = lib.compile(node.args[0].value)
                except Exception:
                    continue
                out.append((f"{path.stem}:{node.lineno} {node.func.value.id}.{node.func.attr}",
                            pattern, node.func.attr))
    return out


def _run(pattern: Any, text: str, how: str) -> float:
    t0 = time.perf_counter()
    kwargs: dict[str, Any] = {"timeout": TIMEOUT} if isinstance(pattern, regex.Pattern) else {}
    try:
        if how.startswith("fullmatch"):
            pattern.fullmatch(text, **kwargs)
        elif how.startswith("match"):
            pattern.match(text, **kwargs)
        else:
            for _ in pattern.finditer(text, **kwargs):
                pass
    except TimeoutError:
        return float("inf")
    return time.perf_counter() - t0


def _inputs(pattern: Any) -> Iterator[tuple[str, Callable[[int], str]]]:
    units = list(UNITS)
    # runs of the literal characters the pattern mentions
    for ch in dict.fromkeys(c for c in pattern.pattern if not c.isspace() and c not in "\\()[]{}?*+|^$"):
        if ch not in units:
            units.append(ch)
    for unit in units:
        yield repr(unit), lambda n, u=unit: (u * (n // len(u) + 1))[:n]
    # words separated by the pattern's literal words, e.g. "share share share"
    for word in dict.fromkeys(re.findall(r"[A-Za-z]{3,}", pattern.pattern)[:40]):
        yield repr(word + " "), lambda n, w=word: ((w + " ") * (n // (len(w) + 1) + 1))[:n]


def audit(verbose: bool = False) -> int:
    """Run the audit and print its findings; the number of unguarded findings."""
    found = compiled_patterns() + literal_patterns()
    print(f"auditing {len(found)} patterns at {SMALL} and {LARGE} characters "
          f"(x{LARGE // SMALL}); flag: time ratio > 30 (and > 20 ms) or > {SLOW}s on the large input\n")
    bad = 0
    for name, pattern, how in found:
        worst: tuple[float, float, str] | None = None
        for label, make in _inputs(pattern):
            small = min(_run(pattern, make(SMALL), how) for _ in range(2))
            if small > 0.1:  # already slow on a short input: no need to wait on a long one
                large = _run(pattern, make(LARGE), how) if small < 1 else float("inf")
                if worst is None or large > worst[1]:
                    worst = (small, large, label)
                continue
            if small < 2e-4:
                large = _run(pattern, make(LARGE), how)
                if large < 2e-3:
                    continue
            large = min(_run(pattern, make(LARGE), how) for _ in range(2))
            ratio = large / max(small, 1e-5)
            if verbose:
                print(f"  {name:<50} {label:<16} {small * 1e3:8.2f}ms {large * 1e3:9.2f}ms x{ratio:6.1f}")
            if ((ratio > 30 and large > 0.02) or large > SLOW) and (worst is None or large > worst[1]):
                worst = (small, large, label)
        if worst is not None:
            guarded = "max_words=" in how
            bad += not guarded
            small, large, label = worst
            tag = "GUARDED (max_words bounds the line)" if guarded else "SUPER-LINEAR"
            print(f"{tag}: {name} [{how}] on {label}: {small * 1e3:.1f}ms at {SMALL} chars, "
                  f"{large * 1e3:.1f}ms at {LARGE} (x{large / max(small, 1e-5):.0f})\n"
                  f"    pattern: {pattern.pattern[:300]!r}")
    print(f"\n{bad} unguarded super-linear or slow pattern(s) of {len(found)}")
    return bad


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print every timing")
    args = parser.parse_args()
    return 1 if audit(args.verbose) else 0


if __name__ == "__main__":
    sys.exit(main())
