"""List who said what in a news article.

Usage::

    python examples/who_said_what.py            # a bundled invented article
    python examples/who_said_what.py FILE.txt   # your own plain-text article
"""

from __future__ import annotations

import sys

from geneva_corpus.quotes import article_from_text, extract_quotes, format_quotes_table

SAMPLE = """Ferry talks end without a deal

Harbour Minister Ottilie Brenn and her Dalmark counterpart Pieter Vosk met in Lunden on Tuesday.

“We agreed on a timetable, not on the price,” Brenn said. “The first boats could sail in May.”

Vosk said the talks had been “long but honest”. According to him, both ports will share the dredging costs.

– Nobody wants the old line back, the minister told the Lunden Courier.
"""


def _load(argv: list[str]) -> str:
    if len(argv) > 1:
        with open(argv[1], encoding="utf-8") as fh:
            return fh.read()
    return SAMPLE


def main(argv: list[str]) -> int:
    text = _load(argv)
    try:
        from geneva_corpus import parse

        article = parse(text)
    except ImportError:  # the cleaner is optional for this example
        article = article_from_text(text)
    quotes = article.quotes or extract_quotes(article)
    print(format_quotes_table(quotes))
    print()
    for q in quotes:
        who = q.speaker.name if q.speaker else "unknown"
        print(f"{who} ({q.kind.value}): {q.text}")
        print(f"    why: {q.explain()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
