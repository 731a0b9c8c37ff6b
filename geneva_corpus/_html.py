"""HTML given instead of plain text: detection and *length-preserving* masking.

Scrapers often save a page's HTML where the text was expected. Rather than parse HTML (and
lose the offsets into the file), :func:`mask_html` blanks out the markup in place:

* tags (``<p class="x">``, ``</div>``, ``<br/>``), comments (``<!-- ... -->``), doctype and
  processing instructions, CDATA sections, and the *contents* of ``script``, ``style``,
  ``noscript``, ``template``, ``svg``, ``math``, ``iframe`` and ``object`` elements
  become spaces (the text of other elements, menus and footers included, stays: the
  cleaner removes boilerplate and records why);
* a block-level tag (``p``, ``div``, ``br``, ``h1``–``h6``, ``li``, ``tr``, ``title``...)
  becomes a newline followed by spaces, so paragraphs stay paragraphs;
* line breaks inside masked markup are kept as they are;
* a character reference (``&amp;``, ``&rdquo;``, ``&#8217;``, ``&#x2014;``) becomes its
  character, padded with spaces to the reference's length. The padding goes on the side
  that faces whitespace or a tag (``&ldquo;We`` → ``     “We``), after the character
  otherwise.
  Unknown or invalid references are left as written.

The masked text has exactly the length of the input, and every character that is not
markup is unchanged, so an offset into the masked text is an offset into the original file.

Unclosed constructs are handled like text, never by dropping the rest of the file: an
unclosed comment, or an opening ``<`` that does not form a tag before the next ``<`` or
``>``, is kept verbatim; an unclosed ``script``/``style`` element masks only its opening tag.

All patterns are linear: a tag never spans another ``<`` or ``>``, and comments and raw-text
elements are closed with a forward search, so no input makes the masking super-linear.

>>> html = "<html><body><h1>Vell votes</h1><p>The council &ldquo;met&rdquo;.</p></body></html>"
>>> masked = mask_html(html)
>>> len(masked) == len(html)
True
>>> [line.strip() for line in masked.splitlines() if line.strip()]
['Vell votes', 'The council       “met”      .']
>>> looks_like_html(html), looks_like_html("Plain text with a <b> in it.")
(True, False)
"""

from __future__ import annotations

import html.entities

import regex

__all__ = ["looks_like_html", "mask_html"]

#: Elements whose whole content is masked (not text a reader sees).
_RAW_ELEMENTS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})

#: Tags that start a new line in the masked text.
_BLOCK_TAGS = frozenset(
    """address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre
    section summary table tbody td tfoot th thead title tr ul""".split())

_KNOWN_TAGS = _RAW_ELEMENTS | _BLOCK_TAGS | frozenset(
    """a abbr b bdi bdo button cite code data del dfn em font i img input ins kbd label link
    mark meta picture q s samp select small source span strong sub sup time u var video audio
    wbr""".split())

# Every alternative is anchored on "<" or "&"; a tag cannot contain "<" or ">" except inside
# a quoted attribute value, and a quoted value cannot contain "<", ">" or a line break
# either: every attempt stops at the next "<" or ">", so the scan is linear in the input.
_TAG = r"""</?(?P<name>[A-Za-z][A-Za-z0-9:-]{0,40})
          (?:[^<>"']|"[^"<>\n]{0,2000}"|'[^'<>\n]{0,2000}'){0,4000}>"""
_ENTITY = r"&(?:\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# markup that spans text: comments, CDATA and raw-text elements (found one by one)
_SPAN_OPENER = regex.compile(
    r"<!--|<!\[CDATA\[|<(?P<raw>" + "|".join(sorted(_RAW_ELEMENTS)) + r")\b", regex.IGNORECASE)
# markup replaced in one substitution pass: tags, declarations, character references
_SIMPLE = regex.compile(rf"{_TAG}|<[!?][^<>]{{0,2000}}>|{_ENTITY}", regex.VERBOSE)
_RAW_TAG = regex.compile(_TAG, regex.VERBOSE)
_NOT_NEWLINE = regex.compile(r"[^\r\n]")
_DETECT = regex.compile(
    r"<!doctype\s+html|<html[\s>]|<(?:/?)([a-z][a-z0-9]{0,10})(?:\s[^<>]{0,500})?/?>",
    regex.IGNORECASE,
)


def looks_like_html(text: str, *, sample_chars: int = 65536) -> bool:
    """True when ``text`` is HTML markup rather than plain text.

    It is HTML when, in its first ``sample_chars`` characters, it starts with a doctype or
    an ``<html>`` tag, or holds at least three tags of known HTML elements (``<p>``,
    ``</div>``, ``<br/>``...), with a closing tag among them or two different names. A
    plain-text article that mentions a tag ("the <b> element") is not HTML.

    >>> looks_like_html("<!DOCTYPE html><title>x</title>")
    True
    >>> looks_like_html("<p>One</p><p>Two</p>")
    True
    >>> looks_like_html("Prices rose <5% while x > y.")
    False
    """
    sample = text[:sample_chars]
    head = sample.lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    names: set[str] = set()
    count = 0
    closing = False
    for m in _DETECT.finditer(sample):
        name = (m.group(1) or "html").lower()
        if name not in _KNOWN_TAGS:
            continue
        names.add(name)
        closing = closing or m.group().startswith("</")
        count += 1
        if count >= 3 and (closing or len(names) >= 2):
            return True
    return False


def _blank(piece: str, block: bool) -> str:
    """Spaces of the same length as ``piece``, keeping its line breaks.

    A block-level tag starts with a newline (unless it already does).
    """
    if "\n" in piece or "\r" in piece:
        out: str = _NOT_NEWLINE.sub(" ", piece)
    else:
        out = " " * len(piece)
    if block and out[:1] == " ":
        out = "\n" + out[1:]
    return out


def _decode_entity(ref: str) -> str | None:
    body = ref[1:-1]
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
        except ValueError:
            return None
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        return chr(code)
    return html.entities.html5.get(body + ";")


def _replace_simple(m: regex.Match[str]) -> str:
    piece = m.group()
    if piece[0] == "&":
        masked = _masked_entity(m.string, m.start(), m.end())
        return piece if masked is None else masked
    name = m.group("name")
    return _blank(piece, name is not None and name.lower() in _BLOCK_TAGS)


def _masked_entity(text: str, start: int, end: int) -> str | None:
    ref = text[start:end]
    char = _decode_entity(ref)
    if char is None or len(char) > len(ref):
        return None
    pad = " " * (len(ref) - len(char))
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # a tag next to the reference counts as a space (it is masked to spaces)
    if (before.isspace() or before == ">") and not (after.isspace() or after == "<"):
        return pad + char  # an opening mark: "&ldquo;We" -> "     “We"
    return char + pad


class _Closer:
    """Finds the end of comments, CDATA and raw-text elements in amortised linear time.

    A failed search from ``pos`` means there is no closer anywhere after ``pos``, and a
    found closer serves every later search that starts before it; so repeated unclosed
    openers ("<script>" a hundred thousand times) cost one scan, not one scan each.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._cache: dict[str, tuple[int, int, int]] = {}  # key -> (from, start, end)

    def find(self, key: str, pattern: regex.Pattern[str], pos: int) -> tuple[int, int] | None:
        """``(start, end)`` of the first match of ``pattern`` at or after ``pos``."""
        cached = self._cache.get(key)
        if cached is not None:
            searched_from, s, e = cached
            if searched_from <= pos and (s < 0 or pos <= s):
                return None if s < 0 else (s, e)
        m = pattern.search(self._text, pos)
        s, e = (m.start(), m.end()) if m is not None else (-1, -1)
        self._cache[key] = (pos, s, e)
        return None if m is None else (s, e)


_CLOSERS: dict[str, regex.Pattern[str]] = {
    "--": regex.compile(r"-->"),
    "cdata": regex.compile(r"\]\]>"),
    **{name: regex.compile(rf"</{name}\s*>", regex.IGNORECASE) for name in _RAW_ELEMENTS},
}


def mask_html(text: str) -> str:
    """Blank out ``text``'s HTML markup in place; the result has the same length.

    See the module docs for what is masked and how.

    >>> mask_html("<p>Hi <b>there</b></p><!-- x --><script>var a = 1;</script>")
    '\\n  Hi    there    \\n                                        '
    >>> mask_html("AT&amp;T") == "AT&    T"
    True
    """
    out: list[str] = []
    closer = _Closer(text)
    pos = 0
    scan = 0
    while True:
        m = _SPAN_OPENER.search(text, scan)
        if m is None:
            break
        start, end = m.span()
        raw = m.group("raw")
        if raw is not None:
            tag = _RAW_TAG.match(text, start)
            if tag is None or tag.group().endswith("/>"):
                scan = end  # not a real opening tag: the substitution pass handles it
                continue
            end = tag.end()
            found = closer.find(raw.lower(), _CLOSERS[raw.lower()], end)
        else:
            key = "--" if m.group() == "<!--" else "cdata"
            found = closer.find(key, _CLOSERS[key], end)
            if found is None:  # an unclosed comment or CDATA section stays text
                scan = end
                continue
        if found is not None:
            end = found[1]
        out.append(_SIMPLE.sub(_replace_simple, text[pos:start]))
        out.append(_blank(text[start:end], raw is not None and raw.lower() in _BLOCK_TAGS))
        pos = scan = end
    out.append(_SIMPLE.sub(_replace_simple, text[pos:]))
    result = "".join(out)
    if len(result) != len(text):  # pragma: no cover - an invariant, kept cheap
        raise AssertionError("mask_html must preserve the length of its input")
    return result
