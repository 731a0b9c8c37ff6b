"""A self-contained HTML page comparing outlets: statements down the page, outlets across.

The page has no JavaScript and loads nothing from the network (inline CSS only). Every piece
of article text is escaped with :func:`html.escape`, so an article containing ``<script>``
shows the characters and runs nothing.

In each row (one statement group), words that only one wording uses are highlighted
(``<mark>``), conflicts are listed under the statement and their cells are outlined, and an
empty cell means that outlet does not carry the statement.
"""

from __future__ import annotations

import html
import os

import regex

from .align import AlignmentGroup, Corpus

__all__ = ["render_report"]

_CSS = """
body{font-family:Georgia,'Times New Roman',serif;margin:1.5rem;color:#1d1d1d;background:#fafaf7}
h1{font-size:1.5rem;margin:0 0 .3rem}
p.summary{color:#555;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #d4d4cc;padding:.45rem .55rem;vertical-align:top;font-size:.92rem;
line-height:1.35}
thead th{background:#ecebe4;position:sticky;top:0;font-family:Helvetica,Arial,sans-serif;
font-size:.8rem;word-break:break-all}
th.stmt{width:16rem;text-align:left;background:#f3f2ec;font-weight:normal}
td.empty{background:#f6f6f2}
td.conflict{outline:2px solid #c0392b;outline-offset:-2px}
mark{background:#ffe58a;padding:0 .1em}
.speaker{display:block;color:#666;font-size:.78rem;font-family:Helvetica,Arial,sans-serif}
.conflicts{color:#c0392b;font-size:.8rem;margin-top:.35rem;font-family:Helvetica,Arial,sans-serif}
.sources{color:#777;font-size:.78rem;font-family:Helvetica,Arial,sans-serif}
.kind{font-size:.7rem;text-transform:uppercase;color:#888;letter-spacing:.04em}
"""

_WORD = regex.compile(r"\w+(?:['’]\w+)*")


def _outlet_name(path: str | None, index: int) -> str:
    return os.path.basename(path) if path else f"article {index + 1}"


def _highlight(text: str, distinct: set[str]) -> str:
    """Escape ``text`` and wrap the words in ``distinct`` (lower case) in ``<mark>``."""
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(text):
        out.append(html.escape(text[pos:m.start()]))
        word = m.group()
        if word.lower() in distinct:
            out.append(f"<mark>{html.escape(word)}</mark>")
        else:
            out.append(html.escape(word))
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _row(group: AlignmentGroup, n: int, columns: int) -> str:
    distinct_of: dict[int, set[str]] = {}
    for v in group.variants:
        for i in v.members:
            distinct_of[i] = set(v.distinct_words)
    in_conflict = {i for c in group.conflicts for i in c.members}
    cells: list[list[str]] = [[] for _ in range(columns)]
    flagged = [False] * columns
    for i, m in enumerate(group.members):
        who = f'<span class="speaker">{html.escape(m.speaker)}</span>' if m.speaker else ""
        kind = f'<span class="kind">{html.escape(m.kind)}</span> '
        cells[m.article].append(
            f"<div>{kind}{_highlight(m.text, distinct_of.get(i, set()))}{who}</div>")
        flagged[m.article] = flagged[m.article] or i in in_conflict
    first = group.variants[0].text if group.variants else group.members[0].text
    head = html.escape(first if len(first) <= 140 else first[:137] + "…")
    conflicts = "".join(
        f'<div class="conflicts">⚠ {html.escape(c.kind)}: {html.escape(c.details)}</div>'
        for c in group.conflicts)
    row = [f'<tr id="s{n}"><th class="stmt" scope="row">{head}'
           f'<div class="sources">{group.sources} sources</div>{conflicts}</th>']
    for col in range(columns):
        if not cells[col]:
            row.append('<td class="empty"></td>')
        else:
            cls = ' class="conflict"' if flagged[col] else ""
            row.append(f"<td{cls}>{''.join(cells[col])}</td>")
    row.append("</tr>")
    return "".join(row)


def render_report(corpus: Corpus, title: str = "Outlets compared") -> str:
    """Render ``corpus`` as one self-contained HTML page (inline CSS, no scripts).

    Rows are the statements carried by several articles (most sources first), then those
    of a single article; columns are the articles.

    >>> from geneva_corpus.align import Corpus
    >>> page = render_report(Corpus.from_articles([]))
    >>> page.startswith("<!DOCTYPE html>") and "<script" not in page
    True
    """
    arts = corpus.articles
    heads = "".join(
        f'<th scope="col">{html.escape(_outlet_name(a.source_path, i))}'
        + (f'<div class="sources">{html.escape(a.title)}</div>' if a.title else "")
        + "</th>"
        for i, a in enumerate(arts))
    groups = sorted(corpus.groups, key=lambda g: (-g.sources, -len(g.conflicts)))
    rows = "\n".join(_row(g, n, len(arts)) for n, g in enumerate(groups, 1))
    shared = sum(1 for g in corpus.groups if g.sources > 1)
    conflicts = sum(len(g.conflicts) for g in corpus.groups)
    summary = (f"{len(arts)} articles · {shared} statements carried by several articles · "
               f"{conflicts} conflicts · {len(corpus.stories)} stories")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p class=\"summary\">{html.escape(summary)}</p>"
        f"<table><thead><tr><th class=\"stmt\">Statement</th>{heads}</tr></thead>"
        f"<tbody>\n{rows}\n</tbody></table></body></html>\n"
    )
