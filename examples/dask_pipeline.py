"""Parse and align a directory of articles on Dask (``dask.bag``), and check the result.

Steps, each a Dask computation on the local scheduler (processes or threads):

1. **parse**: ``read_article`` on every file, one task per partition; failures become
   :class:`~geneva_corpus.parallel.ParseFailure` records, never exceptions;
2. **document frequencies**: the blocking terms of every article (names and numbers of its
   body), counted with a distributed ``frequencies()``;
3. **candidate blocking as a distributed group-by**: ``groupby`` on each article's rare
   terms (in at least 2 articles, and in at most half of them or 10) gives the blocks; articles that
   share a block are joined (union-find on the driver, over article numbers only), which
   splits the corpus into independent components;
4. **alignment**: ``Corpus.from_articles`` on each component, in parallel;
5. **check**: the statement groups found per component, put together, are compared with
   ``Corpus.from_articles`` on all articles in one process; the script exits 1 if they
   differ.

Run::

    python examples/dask_pipeline.py                 # invented articles in a temp dir
    python examples/dask_pipeline.py DIR [--scheduler threads|processes|synchronous]

Without Dask installed (``pip install -e '.[dask]'``) it prints a message and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import regex

ARTICLES = {
    "vell_post.txt": """Harbour of Vell reopens after the storm

Home / Region / Harbour

The harbour of Vell reopened on Monday, three days after the storm that closed the northern quay.

"We expect nearly 40 ships this week," said Ana Morel, the harbour master.

Repairs to the breakwater will cost about 2 million euros, the port authority said.

Share this article
""",
    "coast_daily.txt": """Vell harbour open again

The port of Vell opened again on Monday after a three-day closure caused by the storm.

Harbour master Ana Morel said: "We expect nearly 40 ships this week."

The port authority put the cost of breakwater repairs at about 2 million euros.

Advertisement
""",
    "north_wire.txt": """Ships return to Vell

Ana Morel, who runs the harbour of Vell, told reporters that "nearly 40 ships" were expected this week.

Fishing crews returned to the northern quay before dawn on Monday.
""",
    "oda_times.txt": """Oda council approves new bridge

The council of Oda voted 12 to 3 on Tuesday to build a new bridge over the Lessa river.

"This bridge will link both halves of Oda," said mayor Tomas Brek after the vote.

Construction is expected to take about two years.
""",
    "lessa_news.txt": """Bridge over the Lessa approved

Oda's council approved a bridge over the Lessa river on Tuesday by 12 votes to 3.

Mayor Tomas Brek said the bridge "will link both halves of Oda".

Photo: Lessa News
""",
}

# a capitalised word inside a sentence (after a letter or comma and a space: not a
# sentence's first word), or a number
_TERM = regex.compile(r"(?<=[\p{L},] )\p{Lu}\p{Ll}{2,}\b|\b\d[\d,.]*\d\b|\b\d\b")


def blocking_terms(body: str) -> list[str]:
    """An article's candidate-blocking terms: names inside sentences and numbers."""
    return sorted({m.group().lower() for m in _TERM.finditer(body)})


def _parse_path(path: str) -> Any:
    from geneva_corpus.parallel import parse_many

    (result,) = parse_many([path])
    return result


def _align_component(articles: Sequence[Any]) -> list[frozenset[tuple[Any, ...]]]:
    from geneva_corpus.align import Corpus

    return _statement_groups(Corpus.from_articles(articles).to_dict())


def _statement_groups(data: dict[str, Any]) -> list[frozenset[tuple[Any, ...]]]:
    """Each statement group as a set of (source_path, kind, start, end) members."""
    out = []
    for g in data["groups"]:
        if g.get("level", "statement") != "statement":
            continue
        out.append(frozenset((m["source_path"], m["kind"], m["start"], m["end"])
                             for m in g["members"]))
    return out


def _components(n: int, blocks: Iterable[Sequence[int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in blocks:
        for other in members[1:]:
            parent[find(other)] = find(members[0])
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(find(i), []).append(i)
    return sorted(comps.values())


def run(paths: Sequence[str], scheduler: str, partitions: int) -> int:
    """The whole pipeline on ``paths``; 0 when Dask and one process agree."""
    import dask
    import dask.bag as db

    from geneva_corpus import Article
    from geneva_corpus.align import Corpus
    from geneva_corpus.parallel import ParseFailure

    with dask.config.set(scheduler=scheduler):
        parsed = db.from_sequence(paths, npartitions=partitions).map(_parse_path)
        results = parsed.compute()
        failures = [r for r in results if isinstance(r, ParseFailure)]
        articles = [r for r in results if isinstance(r, Article)]
        for f in failures:
            print(f"failed: {f.describe()}")
        n = len(articles)
        print(f"parsed {n} articles ({len(failures)} failed) with dask.bag, "
              f"scheduler={scheduler}")

        arts = db.from_sequence(list(enumerate(articles)), npartitions=partitions)
        terms = arts.map(lambda ia: (ia[0], blocking_terms(ia[1].body)))
        df = dict(terms.map(lambda it: it[1]).flatten().frequencies().compute())
        rare = {t for t, c in df.items() if 2 <= c <= max(10, n // 2)}
        pairs = terms.map(lambda it: [(t, it[0]) for t in it[1] if t in rare]).flatten()
        blocks = (pairs.groupby(lambda tp: tp[0])
                  .map(lambda kv: sorted({i for _, i in kv[1]})).compute())
        comps = _components(n, blocks)
        print(f"blocking: {len(rare)} rare terms, {len(blocks)} blocks, "
              f"{len(comps)} independent components: {[len(c) for c in comps]}")

        per_comp = db.from_sequence([[articles[i] for i in c] for c in comps],
                                    npartitions=max(1, min(partitions, len(comps))))
        distributed = sorted(map(sorted, (g for gs in per_comp.map(_align_component).compute()
                                          for g in gs)))

    single = sorted(map(sorted, _statement_groups(Corpus.from_articles(articles).to_dict())))
    multi = [g for g in single if len({m[0] for m in g}) > 1]
    print(f"single process: {len(single)} statement groups, {len(multi)} in several articles")
    for g in multi:
        print("  group:", "; ".join(f"{Path(str(m[0])).name} [{m[2]}:{m[3]}]" for m in g))
    if distributed != single:
        only_d = [g for g in distributed if g not in single]
        only_s = [g for g in single if g not in distributed]
        print(f"MISMATCH: {len(only_d)} groups only on Dask, {len(only_s)} only in one process")
        return 1
    print("OK: Dask gives the same statement groups as the single-process Corpus")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", nargs="?", help="a directory of .txt articles "
                        "(default: invented articles written to a temporary directory)")
    parser.add_argument("--scheduler", default="processes",
                        choices=["processes", "threads", "synchronous"])
    parser.add_argument("--partitions", type=int, default=2)
    args = parser.parse_args(argv)
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        print("dask is not installed (pip install -e '.[dask]'): nothing to do")
        return 0
    try:
        from geneva_corpus.align import Corpus  # noqa: F401
    except ImportError as exc:
        print(f"geneva_corpus.align is not available ({exc}): nothing to do")
        return 0
    if args.directory:
        paths = sorted(str(p) for p in Path(args.directory).glob("*.txt"))
        return run(paths, args.scheduler, args.partitions)
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in ARTICLES.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        paths = sorted(str(p) for p in Path(tmp).glob("*.txt"))
        return run(paths, args.scheduler, args.partitions)


if __name__ == "__main__":
    sys.exit(main())
