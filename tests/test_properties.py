"""Property tests over arbitrary text: typed errors only, valid offsets, determinism,
idempotence of cleaning on clean text, and the HTML mask's length contract."""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geneva_corpus import Article, GenevaCorpusError, parse
from geneva_corpus._html import looks_like_html, mask_html
from geneva_corpus._sentences import split_sentences
from geneva_corpus.model import ParagraphKind

from .invariants import check_offsets

SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# characters that matter to the library: quotes, dashes, line breaks, scripts, emoji...
_SPECIAL = [*"\"'“”„‟«»‹›‘’‚—–-.,;:!?…()[]/|>•*#@&<\n\r\t \u00a0\u200b\ufeff\x00",
    "\u0301", "\u0308", "\u200d", "\u202b", "\u202c", "\u200f", "é", "ß", "ж", "Ж", "א", "ب",
    "中", "😀", "👍", "\U0001F3FD", "\U0001F1E8", "\U0001F1ED", "ﬁ", "İ",
]
_chars = st.one_of(st.characters(codec="utf-8", exclude_categories=("Cs",)),
                   st.sampled_from(_SPECIAL))
_free_text = st.text(_chars, max_size=400)

# article-shaped text: lines of sentences, quotes, boilerplate and noise
_WORDS = ["Vell", "harbour", "council", "Ana", "Morel", "said", "told", "met", "on", "Monday",
          "the", "of", "nearly", "40", "ships", "reopened", "Minister", "Oda", "according", "to",
          "about", "an", "hour", "and", "a", "half", "she", "he", "they", "2022-01-10"]
_sentence = st.builds(
    lambda ws, end: " ".join(ws).capitalize() + end,
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", "", ":", "…"]))
_quoted = st.builds(lambda s, w, q: f"{q[0]}{s}{q[1]} {w} Ana Morel.", _sentence,
                    st.sampled_from(["said", "told reporters", "added"]),
                    st.sampled_from(["“”", '""', "«»", "„“", "‘’"]))
_boiler = st.sampled_from(["Advertisement", "Share this article", "Home / World / Vell",
                           "Read more: Vell votes", "Photo: Ann Lee/Vell Post", "source site-3",
                           "Published: 10 January 2022", "By Ann Lee", "© 2022 Vell Post"])
_line = st.one_of(
    st.lists(st.one_of(_sentence, _quoted), min_size=1, max_size=3).map(" ".join),
    _boiler, _sentence, st.text(_chars, max_size=40))
_article = st.builds(
    lambda lines, seps: "".join(line + sep for line, sep in zip(lines, seps, strict=False)),
    st.lists(_line, min_size=0, max_size=12),
    st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " \n \n"]),
             min_size=12, max_size=12))
_any_text = st.one_of(_free_text, _article)




def _parse(text: str) -> Article | None:
    try:
        return parse(text)
    except GenevaCorpusError:
        return None  # a typed refusal is allowed; anything else fails the test


@SETTINGS
@given(_any_text)
def test_parse_offsets_always_valid(text: str) -> None:
    art = _parse(text)
    if art is not None:
        check_offsets(art)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_any_text)
def test_parse_is_deterministic(text: str) -> None:
    first, second = _parse(text), _parse(text)
    assert first == second
    if first is not None:
        assert first.to_dict() == second.to_dict()  # type: ignore[union-attr]


def _body_sentences(art: Article) -> list[str]:
    out = []
    for p in art.paragraphs:
        if p.kind is ParagraphKind.BODY:
            out.extend(art.body[s:e] for s, e in split_sentences(art.body, p.start, p.end))
    return out


@SETTINGS
@given(_article)
def test_cleaning_is_idempotent_on_clean_text(text: str) -> None:
    """parse(article.body) keeps every body sentence of the article (in its body or title)."""
    art = _parse(text)
    if art is None or not art.body:
        return
    again = parse(art.body)
    kept = again.body + "\n" + (again.title or "")
    for sentence in _body_sentences(art):
        # line by line: a re-parse may take the first line of the body as its title
        for line in sentence.splitlines():
            assert line.strip() in kept, (sentence, [(r.reason, r.rule, r.text) for r in again.removed])


@SETTINGS
@given(st.text(_chars, max_size=300), st.lists(st.sampled_from(
    ["<p>", "</p>", "<br/>", "<div class='a'>", "</div>", "<!--", "-->", "<script>", "</script>",
     "&amp;", "&ldquo;", "&#8217;", "&#x2014;", "&bogus;", "<a href=\"x\">", "</a>", "<", ">",
     "&", "<style>", "</style>", "<![CDATA[", "]]>"]), max_size=30))
def test_mask_html_preserves_length(text: str, markup: list[str]) -> None:
    mixed = "".join(m + text[i::7] for i, m in enumerate(markup)) + text
    masked = mask_html(mixed)
    assert len(masked) == len(mixed)
    for a, b in zip(mixed, masked, strict=True):
        assert a == b or b.isspace() or a in "&#;" or not a.isspace() or a in "\r\n"
    if "<" not in mixed and "&" not in mixed:
        assert masked == mixed
    assert len(mask_html(masked)) == len(mixed)
    looks_like_html(mixed)  # never raises


@SETTINGS
@given(_article)
def test_masked_html_parses_with_valid_offsets(text: str) -> None:
    page = "<html><body>" + "".join(f"<p>{line}</p>\n" for line in text.splitlines()) + "</body></html>"
    masked = mask_html(page)
    art = _parse(masked)
    if art is not None:
        check_offsets(art)
        assert len(art.text) == len(page)
        assert attrs.evolve(art, text=page).text == page
