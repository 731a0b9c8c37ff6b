"""Compare how several outlets report one event.

Run with no arguments to use three invented articles written below, or pass article files:

    python examples/compare_outlets.py
    python examples/compare_outlets.py a.txt b.txt c.txt --html report.html
"""

from __future__ import annotations

import argparse
import sys

from geneva_corpus import parse
from geneva_corpus.align import Corpus
from geneva_corpus.report import render_report

SAMPLES = {
    "harbour-gazette.txt": (
        "Ferry strike ends in Ansel\n\n"
        "date 2030-06-07\n\n"
        "Dock workers in Ansel ended their strike on Friday after talks that lasted about "
        "three hours.\n\n"
        "\u201cWe have reached a fair deal for every crew,\u201d union leader Petra Lund said.\n\n"
        "The port authority said nearly 12,000 passengers had been stranded.\n"
    ),
    "ansel-courier.txt": (
        "Ansel strike is over\n\n"
        "date 2030-06-07\n\n"
        "\u201cWe reached a fair agreement for every crew,\u201d Lund said after the talks.\n\n"
        "Roughly 12,000 passengers were stranded during the strike, the port authority said.\n\n"
        "The negotiations in Ansel lasted three hours, the union said.\n"
    ),
    "north-wire.txt": (
        "Deal reached in Ansel ferry dispute\n\n"
        "date 2030-06-07\n\n"
        "\u201cWe have a fair deal for all crews,\u201d said Petra Lund of the Ansel Dock Union.\n\n"
        "Some 20,000 passengers were stranded in Ansel during the strike, the port authority "
        "said.\n"
    ),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="article files (default: invented samples)")
    ap.add_argument("--html", help="also write the side-by-side HTML report here")
    args = ap.parse_args(argv)
    if args.files:
        corpus = Corpus.from_paths(args.files)
    else:
        corpus = Corpus.from_articles(parse(text, source_path=name)
                                      for name, text in SAMPLES.items())
    print(corpus.to_text())
    for group in corpus.aligned:
        for conflict in group.conflicts:
            print(f"conflict in a statement carried by {group.sources} outlets: "
                  f"{conflict.kind}: {conflict.details}")
    if args.html:
        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(render_report(corpus))
        print(f"wrote {args.html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
