"""Clean an article and show what was removed and why.

Usage: python examples/clean_article.py [FILE]

Without a file it uses an invented article written below.
"""

from __future__ import annotations

import sys

import geneva_corpus

ARTICLE = """Vell opens its first night market | Vell Post

Home / City / Vell opens its first night market
Updated 19:05 GMT

The first night market of Vell opened on Friday with 60 stalls along the harbour.

Advertisement

Mayor Anna Brekke said the market would run every Friday until October.

Photo: Ola Brenn/Vell Post

Stall holders set up along the harbour (left).

Sign up for our newsletter

Leave a Reply
"""


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        try:
            article = geneva_corpus.read_article(argv[1])
        except geneva_corpus.GenevaCorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    else:
        article = geneva_corpus.parse(ARTICLE, source_path="<example>")
    print(f"title:     {article.title}")
    print(f"published: {article.published}")
    print(f"language:  {article.language}")
    print(f"outlets:   {', '.join(article.outlets) or '-'}")
    print("\nbody:")
    for para in article.paragraphs:
        marker = "##" if para.kind is geneva_corpus.ParagraphKind.HEADING else "  "
        print(f"{marker} [{para.input_start:>5}:{para.input_end:<5}] {para.text}")
    print("\nremoved:")
    for piece in article.removed:
        # every removed piece indexes the input exactly
        assert article.text[piece.input_start:piece.input_end] == piece.text
        print(f"   {piece.reason:<14} {piece.rule:<22} {piece.text!r}")
    print("\nwhy was the advertisement removed?")
    for decision in geneva_corpus.explain(article.text).why("Advertisement"):
        print("  ", decision.explanation)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
