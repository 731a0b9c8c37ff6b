"""Alignment time from 1x to 1000x the seeds' size.

Reads ``../shared/seeds/*.txt`` (relative to the repository root), parses the five seeds
once, then builds corpora of 1x, 10x, 100x and 1000x their size from perturbed copies of
the parsed :class:`~geneva_corpus.Article` objects:

* every copy gets a renamed outlet (``source_path``),
* its paragraphs and claims are shuffled (so items arrive in another order),
* the numbers of its quantities are changed in one copy out of three (so groups get
  conflicts),
* the articles of the corpus are shuffled.

What is measured: :meth:`geneva_corpus.align.Corpus.from_articles` only (story clustering,
statement grouping, variants and conflicts); parsing is not (it is linear per article and
measured elsewhere). Wall time and CPU time of the process are both printed (the CPU time
is not skewed by other load on the machine). Every copy reports the seeds' one event, so
every scale should find one story. Run: ``python benchmarks/bench_align.py [--max 1000]``.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time

import attrs

from geneva_corpus import Article, read_article
from geneva_corpus.align import Corpus

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


def perturb(art: Article, copy: int, rng: random.Random) -> Article:
    """A renamed, shuffled, renumbered copy of ``art`` (offsets stay valid)."""
    paragraphs = list(art.paragraphs)
    rng.shuffle(paragraphs)
    claims = list(art.claims)
    rng.shuffle(claims)
    if copy % 3 == 2:
        claims = [attrs.evolve(c, quantities=[attrs.evolve(q, value=q.value * 1.5)
                                              for q in c.quantities]) for c in claims]
    name = pathlib.Path(art.source_path or "article.txt").name
    return attrs.evolve(art, paragraphs=paragraphs, claims=claims,
                        source_path=f"outlet-{copy:04d}/{name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max", type=int, default=1000, help="largest multiple (default 1000)")
    args = ap.parse_args()
    if not SEEDS:
        print(f"no seeds found under {ROOT.parent / 'shared' / 'seeds'}", file=sys.stderr)
        return 1
    base = [read_article(p) for p in SEEDS]
    rng = random.Random(7)
    print(f"{'scale':>6} {'articles':>9} {'items':>7} {'groups':>7} {'multi':>6} "
          f"{'stories':>7} {'seconds':>8} {'cpu s':>8} {'ms/article':>10}")
    for scale in (1, 10, 100, 1000):
        if scale > args.max:
            break
        arts = [a if k == 0 else perturb(a, k, rng) for k in range(scale) for a in base]
        rng.shuffle(arts)
        t0, c0 = time.perf_counter(), time.process_time()
        corpus = Corpus.from_articles(arts)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        items = sum(len(g.members) for g in corpus.groups)
        multi = sum(1 for g in corpus.groups if g.sources > 1)
        print(f"{scale:>5}x {len(arts):>9} {items:>7} {len(corpus.groups):>7} {multi:>6} "
              f"{len(corpus.stories):>7} {dt:>8.2f} {cpu:>8.2f} {1000 * cpu / len(arts):>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
