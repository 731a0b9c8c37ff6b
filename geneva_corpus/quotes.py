"""Quotation extraction and speaker attribution.

:func:`extract_quotes` finds the quotations of an :class:`~geneva_corpus.model.Article`:

* **direct** quotes in “…”, "…", ''…'', «…», „…“, ‚…‘, ‘…’ marks (apostrophes are told
  apart from single quotes by the letters around them) and dash-led quotes ("– We agreed
  on nothing, the envoy said."), including quotes split around their attribution, quotes
  that run over several paragraphs and follow-on quote paragraphs;
* **mixed** quotes, a reported clause with a quoted fragment ("She said the plan was
  “reckless”"), and **indirect** quotes ("X said (that) ...", "..., X said.",
  "According to X, ...");

and attributes each one to a :class:`~geneva_corpus.model.Speaker`, resolving pronouns,
role nouns ("the minister"), organisations, spelling variants and near-miss surnames to
one canonical name per speaker. ``Speaker.evidence`` keeps the chain of reasoning, which
:meth:`Quote.explain() <geneva_corpus.model.Quote.explain>` prints.

All vocabulary lives in a :class:`~geneva_corpus.lexicon.Lexicon`; a
:class:`QuoteExtractor` compiles it once::

    >>> from geneva_corpus.quotes import QuoteExtractor
    >>> ex = QuoteExtractor().with_speech_verbs("thunder")
    >>> art = article_from_text("Mayor Ilse Varga thundered that the bridge would outlive us all.")
    >>> [(q.kind.value, q.speaker.name, q.text) for q in extract_quotes(art, ex)]
    [('indirect', 'Ilse Varga', 'the bridge would outlive us all')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Container, Hashable, Iterable, Sequence
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, itemgetter
from typing import TypeVar

import attrs
import regex

from .lexicon import DEFAULT_LEXICON, Lexicon
from .model import (
    Article,
    Cue,
    Paragraph,
    ParagraphKind,
    Quote,
    QuoteKind,
    Resolution,
    Speaker,
    SpeakerKind,
)

__all__ = [
    "QuoteExtractor",
    "article_from_text",
    "extract_quotes",
    "extract_title_quotes",
    "format_quotes_table",
]

_MAX_QUOTE = 6000
"""Longest quotation (characters) looked for; longer runs between marks are not quotes."""
_MAX_SENTENCE_TOKENS = 400

# ----------------------------------------------------------------------------- quote marks

_OPEN_CLOSE: dict[str, str] = {
    "“": "”\"",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "‚": "‘’",
    "‘": "’",
    '"': '"”',
    "»": "«",
}
_WORDCH = regex.compile(r"[\p{L}\p{N}]")


def _is_word(ch: str) -> bool:
    return bool(ch) and (ch.isalnum())


@attrs.frozen
class _Run:
    """A quoted run inside a paragraph (paragraph-relative offsets)."""

    open: int
    """Offset of the opening mark (or the dash)."""
    cstart: int
    """Start of the content."""
    cend: int
    """End of the content."""
    close: int
    """Offset just after the closing mark (== cend when unclosed or dash-led)."""
    dash: bool = False
    unclosed: bool = False


_MARK_CHARS = frozenset("'\"“”„«»‹›‚‘’")
_NEXT_MARK = re.compile("[" + re.escape("".join(sorted(_MARK_CHARS))) + "]")


def _scan_marks(text: str) -> list[_Run]:
    """Pair quotation marks in one paragraph with a single linear pass."""
    runs: list[_Run] = []
    n = len(text)
    i = 0
    cur_open = -1
    cur_char = ""
    cur_len = 1
    while i < n:
        ch = text[i]
        if ch not in _MARK_CHARS:
            # nothing happens between marks: jump to the next one
            nxt = _NEXT_MARK.search(text, i)
            if nxt is None:
                break
            i = nxt.start()
            ch = text[i]
        # '' (two apostrophes) works as a double quotation mark in some wire copy.
        if ch == "'" and i + 1 < n and text[i + 1] == "'":
            if cur_open < 0:
                if i + 2 < n and not text[i + 2].isspace():
                    cur_open, cur_char, cur_len = i, "''", 2
            elif cur_char == "''":
                if i + 2 < n and text[i + 2] == "'":
                    i += 1  # "… at all,''' said": a nested quote's apostrophe, then ''
                if i - cur_open <= _MAX_QUOTE:
                    runs.append(_Run(cur_open, cur_open + 2, i, i + 2))
                cur_open = -1
            i += 2
            continue
        if cur_open >= 0:
            closers = _OPEN_CLOSE.get(cur_char, "")
            if ch in closers and cur_char not in ("''",):
                if ch in "’‘" and i + 1 < n and _is_word(text[i + 1]):
                    i += 1  # an apostrophe inside a word
                    continue
                if ch == '"' and i == cur_open + 1:
                    cur_open = -1
                    i += 1
                    continue
                if i - cur_open <= _MAX_QUOTE:
                    runs.append(_Run(cur_open, cur_open + cur_len, i, i + 1))
                cur_open = -1
                i += 1
                continue
            if ch == cur_char and ch == "“" and (i + 1 >= n or not _is_word(text[i + 1])) and (
                _is_word(text[i - 1]) or text[i - 1] in ",.!?"
            ):
                if i - cur_open <= _MAX_QUOTE:
                    runs.append(_Run(cur_open, cur_open + cur_len, i, i + 1))
                cur_open = -1
                i += 1
                continue
            if ch == cur_char and ch in "“«‘„‚":
                # a second opening mark before any closing one: restart here
                cur_open = i
                i += 1
                continue
            i += 1
            continue
        if ch in "“„«‹‚" or (ch == "»" and i + 1 < n and _is_word(text[i + 1])):
            cur_open, cur_char, cur_len = i, ch, 1
        elif ch == '"':
            cur_open, cur_char, cur_len = i, ch, 1
        elif ch == "‘":
            prev = text[i - 1] if i else " "
            if not _is_word(prev) and i + 1 < n and _is_word(text[i + 1]):
                cur_open, cur_char, cur_len = i, ch, 1
        i += 1
    if cur_open >= 0 and cur_char in ('"', "“", "„", "«", "''"):
        # the news convention: a quote that goes on in the next paragraph is not closed
        lead = text[:cur_open].strip()
        if (not lead or lead[-1] in ":,.!?") and n - cur_open <= _MAX_QUOTE * 4:
            end = n
            while end > cur_open + cur_len and text[end - 1].isspace():
                end -= 1
            inside = _INSIDE_ATTRIBUTION.search(text, cur_open + cur_len, end)
            if inside is not None:
                # "“There was no help, said Dahl, whose …": the closing mark is missing
                # before the attribution; the quotation ends at the comma
                runs.append(_Run(cur_open, cur_open + cur_len, inside.start() + 1,
                                 inside.start() + 1))
            else:
                runs.append(_Run(cur_open, cur_open + cur_len, end, end, unclosed=True))
    return runs


# an attribution inside a quotation that is never closed: ", said Dahl", ", Dahl said",
# ", she said"
_INSIDE_ATTRIBUTION = regex.compile(
    r",[ \t]+(?:(?:said|says|added|wrote|told)[ \t]+\p{Lu}"
    r"|\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,3}[ \t]+(?:said|says|added|wrote)\b"
    r"|(?:he|she|they)[ \t]+(?:said|says|added|wrote)\b)")


_DASH_START = regex.compile(r"(?:^|(?<=[.!?…»”\"]\s{1,3}))[–—―-][ \t\u00a0]+(?=[\p{Lu}\p{N}\"“«„])")


def _dash_runs(text: str, runs: list[_Run]) -> list[_Run]:
    """Dash-led quotations ("– We concluded ..."): from the dash to the next dash quote
    or the end of the paragraph (the attribution is cut off later)."""
    out: list[_Run] = []
    starts = [m for m in _DASH_START.finditer(text) if not _inside(m.start(), runs)]
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        cend = end
        while cend > m.end() and text[cend - 1].isspace():
            cend -= 1
        if cend - m.end() < 2:
            continue
        out.append(_Run(m.start(), m.end(), cend, cend, dash=True))
    return out


_BYLINE = regex.compile(
    r"[”\"»](?:[ \t\u00a0]*)([―—–])[ \t\u00a0]*"
    r"(\p{Lu}[\p{L}’'\-]*\.?(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}’'\-]*\.?|de|van|von|del|la|da|y)){0,4}?)"
    r"[ \t\u00a0]*\.?[ \t\u00a0]*$"
)
"""A quote signed by a name after a dash at the end of its paragraph: “…” ― Ann Lee."""
_SIGN_LINE = regex.compile(
    r"(?<![ \t\u00a0])[ \t\u00a0]*[-―—–][ \t\u00a0]*"
    r"(\p{Lu}[\p{L}’'\-]*\.?(?:(?:[ \t\u00a0]+[\p{L}’'\-]+\.?){0,4}?"
    r"[ \t\u00a0]+\p{Lu}[\p{L}’'\-]*\.?)?)"
    r"(?:,[^\n]{1,80}?)?[ \t\u00a0]*\.?[ \t\u00a0]*"
)
"""A paragraph that only signs the quotation above it: "- Ann Lee." or "– Ann Lee, Vell"."""
_DASHES_ALL = "-―—–"
_ENDS_IN_SPEECH_VERB = regex.compile(r"(?i)\b(?:said|says|say|added|asked|told|wrote)\W*$")


_DASH_SPACE = re.compile(r"[–—―-][ \t\u00a0]")
"""What every match of ``_DASH_START`` holds."""
_LONG_DASH = re.compile("[―—–]")
"""What every match of ``_BYLINE`` holds."""


def _has_long_dash(text: str) -> bool:
    """``_LONG_DASH.search(text) is not None``, by substring tests: a character outside
    a string's range (a long dash in Latin-1 text) is ruled out without a scan."""
    return "–" in text or "—" in text or "―" in text


def _has_dash_space(text: str) -> bool:
    """``_DASH_SPACE.search(text) is not None``: a hyphen before a space is found by
    substring tests, and only text with a long dash needs the pattern."""
    if "- " in text or "-\t" in text or "-\u00a0" in text:
        return True
    return _has_long_dash(text) and _DASH_SPACE.search(text) is not None


def _inside(pos: int, runs: Sequence[_Run]) -> bool:
    return any(r.open <= pos < r.close for r in runs)


# ----------------------------------------------------------------------------- tokens

_TOKEN = regex.compile(
    # the first three branches need a capital (or the "v" of "vs.") and then a full stop
    # after at most three lower-case ASCII letters (the longest abbreviations, "Sept.",
    # have four letters): a look-ahead guard lets every other position go straight to
    # the word branch.  Every class is written in brackets so that ``_TOKEN_RE`` can be
    # made from this pattern by substitution.  The possessive repeats (``*+``) only drop
    # backtracking points no match could use: a word part is followed by a character
    # outside its class, and nothing follows the token.
    r"(?=[\p{Lu}v][a-z]{0,3}+\.)(?:"
    r"(?:[\p{Lu}]\.){2,}"  # U.S. / U.K.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|Gen|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Vol|Inc|Corp|Co|Ltd|vs|Mt|Ft|Pres)\."
    r"|[\p{Lu}]\.(?=[\s]*[\p{Lu}])"  # an initial
    r")"
    r"|[0-9]{1,3}+(?:,[0-9]{3})++(?![0-9])"  # a number with thousands: 21,000
    r"|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*+(?:[’'\-./][\p{L}\p{N}][\p{L}\p{N}\p{M}]*+)*+"
    r"|[^\s]"
)

_SAFE_RANGES = "\x00-\u036f\u2000-\u206f\u20a0-\u20cf"
"""Latin letters, combining accents, general punctuation and currency signs: the
characters of most news text, for which ``_TOKEN_RE`` matches exactly as ``_TOKEN``."""
_SAFE_TEXT = re.compile(f"[{_SAFE_RANGES}]*")
# "Name: statement" as a heading; a name ending in an initial ("… Jo L.")
_HEADING_ATTRIBUTION = regex.compile(r"\s*(\p{Lu}[\p{L}’'\-. ]{1,60}?)\s*:\s+(\S.*)$")
_INITIAL_END = regex.compile(r"(?:^|\s)\p{L}\.$")
_LETTER_WORD = regex.compile(r"\p{L}{2,}")
"""A list of capitalised names: "Ann Lee, Bo Tam, Cy Ung" (not a statement)."""
_NAME_LIST = regex.compile(r"(?:\p{Lu}[\p{L}.’'\-]*+(?: \p{Lu}[\p{L}.’'\-]*+)*+, ){2}")
_POSSESSIVE_END = regex.compile(r"[’']s?$")


def _class_of(prop: str) -> str:
    """The characters of ``_SAFE_RANGES`` in the ``regex`` class ``prop``, as the body of
    a ``re`` character class (in ranges)."""
    chars = regex.findall(f"[{prop}]", regex.sub(f"[^{_SAFE_RANGES}]", "", "".join(
        chr(c) for c in range(0x20D0))))
    out: list[str] = []
    k = 0
    while k < len(chars):
        e = k
        while e + 1 < len(chars) and ord(chars[e + 1]) == ord(chars[e]) + 1:
            e += 1
        lo, hi = re.escape(chars[k]), re.escape(chars[e])
        out.append(lo if e == k else f"{lo}-{hi}")
        k = e + 1
    return "".join(out)


def _re_token() -> re.Pattern[str]:
    """``_TOKEN`` for the standard library's faster ``re``, on ``_SAFE_RANGES`` text only:
    each Unicode class becomes the list of its safe characters, taken from ``regex``."""
    pat = _TOKEN.pattern
    for prop in (r"\p{L}\p{N}\p{M}", r"\p{L}\p{N}", r"\p{Lu}", r"\s"):
        pat = pat.replace(f"[{prop}", f"[{_class_of(prop)}").replace(
            f"[^{prop}", f"[^{_class_of(prop)}")
    return re.compile(pat)


_TOKEN_RE = _re_token()
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")
_TOKEN_RE_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")


class _Tok:
    """A token: a plain slotted class (made hundreds of thousands of times per MB, and
    read far more often: slots are faster to read than a named tuple's fields)."""

    __slots__ = ("cap", "end", "kind", "low", "run", "start", "text")

    def __init__(
        self, text: str, low: str, start: int, end: int, kind: str, run: int = -1,
        cap: bool = False,
    ) -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end
        self.kind = kind  # "w" word, "p" punctuation, "q" quoted run
        self.run = run
        self.cap = cap  # a word with a capital first letter

    def __repr__(self) -> str:
        return f"_Tok({self.text!r}, {self.low!r}, {self.start}, {self.end}, {self.kind!r})"


def _tokenize(text: str, runs: Sequence[_Run]) -> list[_Tok]:
    return _tokenize_columns(text, runs)[0]


def _tokenize_columns(
    text: str, runs: Sequence[_Run]
) -> tuple[list[_Tok], list[str], list[bool]]:
    """The tokens of a paragraph with two of their attributes as plain lists, ``low``
    and ``cap``: the scans over every token (cue words, sentence ends, capitalised
    words) read a list in C instead of an attribute of each token."""
    toks: list[_Tok] = []
    lows: list[str] = []
    caps: list[bool] = []
    split = _TOKEN_RE_SPLIT.split if _SAFE_TEXT.fullmatch(text) else _TOKEN_SPLIT.split
    pos = 0
    for k, r in enumerate(runs):
        _tok_plain(text, pos, r.open, toks, split, lows, caps)
        toks.append(_Tok(text[r.open : r.close], "\ue000", r.open, max(r.close, r.cend), "q", k))
        lows.append("\ue000")
        caps.append(False)
        pos = max(r.close, r.cend)
    _tok_plain(text, pos, len(text), toks, split, lows, caps)
    return toks, lows, caps


class _ByFirst(dict[str, str]):
    """A plain token's kind ("w" or "p") by its first character."""

    def __missing__(self, ch: str) -> str:
        value = "w" if ch.isalnum() else "p"
        if len(self) < 4096:
            self[ch] = value
        return value


class _CapByFirst(dict[str, bool]):
    """Whether a plain token is a capitalised word, by its first character."""

    def __missing__(self, ch: str) -> bool:
        value = ch.isalnum() and ch.isupper()
        if len(self) < 4096:
            self[ch] = value
        return value


_KIND_OF = _ByFirst()
_CAP_OF = _CapByFirst()
_FIRST = itemgetter(0)


def _tok_plain(
    text: str, a: int, b: int, toks: list[_Tok], split: Callable[[str], list[str]],
    low_col: list[str], cap_col: list[bool],
) -> None:
    # the loop over tokens runs in C (only ``_Tok.__init__`` is Python).  Only whitespace
    # lies between tokens, so splitting on the token pattern gives gap, token, gap, ...,
    # gap and the running sum of their lengths the offsets.  No token holds a space and
    # lower-casing makes none, so all the tokens are lowered in one string (Greek final
    # sigma looks no further than a space either).
    parts = split(text[a:b])
    if len(parts) < 2:
        return
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=a))
    lows = " ".join(words).lower().replace("’", "'").split(" ")
    firsts = list(map(_FIRST, words))
    capl = list(map(_CAP_OF.__getitem__, firsts))
    toks.extend(map(_Tok, words, lows, offsets[1::2], offsets[2::2],
                    map(_KIND_OF.__getitem__, firsts), repeat(-1), capl))
    low_col += lows
    cap_col += capl


_ABBREV_END = frozenset(
    "mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt. capt. maj. adm. prof. rev. st. "
    "jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. no. vol. vs. mt. ft. pres.".split()
)


def _sentences(
    toks: Sequence[_Tok], text: str, runs: Sequence[_Run], verbs: Container[str] | None = None,
    lows: Sequence[str] | None = None,
) -> list[tuple[int, int]]:
    """Split a paragraph's tokens into sentences (token index ranges), never inside a
    quoted run; ``lows`` are the tokens' ``low`` (read here when not given)."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(toks)
    # only a sentence-final mark or a quoted run can end a sentence early, so only those
    # tokens are looked at; the forced cut every _MAX_SENTENCE_TOKENS is made in between
    # (indices picked in C: a quoted run's ``low`` is "\ue000"; a stray U+E000 in the
    # text is picked too, and then makes no boundary)
    low_list = list(map(_LOW, toks)) if lows is None else lows
    # an initialism ends a sentence before a word that can only open one ("in the U.S.
    # He said"); such tokens carry their full stop.  One test of the last character
    # picks both kinds: a word ends with a letter, digit or mark or (an abbreviation) a
    # full stop, and a punctuation token is one character, so only the tokens
    # ``_SENT_CAND`` lists and the words with a full stop end with one of them (no token
    # is empty; a set lookup of ``low[-1]`` costs half an ``endswith`` with a tuple)
    for i in compress(count(), map(_SENT_CAND.__contains__, map(_LAST, low_list))):
        if i + 1 >= n:
            break
        while start + _MAX_SENTENCE_TOKENS < i:
            out.append((start, start + _MAX_SENTENCE_TOKENS + 1))
            start += _MAX_SENTENCE_TOKENS + 1
        t = toks[i]
        nxt = toks[i + 1]
        boundary = False
        if t.kind == "p" and t.text in _SENT_END:
            # an initial's full stop ("R." in "James R. Dabney") ends no sentence
            if not (t.text == "." and i and (prev := toks[i - 1]).end == t.start
                    and len(prev.text) == 1 and prev.cap):
                boundary = (nxt.cap or nxt.kind == "q" or nxt.text in "“\"«„(–—"
                            or nxt.low[:1].isdigit()) and not (
                    # "OSTER, Nor. (VNA) –": an agency tag after the dateline's region
                    nxt.text == "(" and i + 3 < n and toks[i + 3].text == ")"
                    and toks[i + 2].cap and i + 4 < n and toks[i + 4].text in _SPACED_DASHES)
        elif t.kind == "w":
            boundary = (t.low not in _ABBREV_END and nxt.cap and nxt.low in _OPENERS
                        and t.low.count(".") >= 2)
        elif t.kind == "q" and not runs[t.run].dash:
            r = runs[t.run]
            inner = text[r.cstart : r.cend].rstrip()
            if inner[-1:] in (".", "!", "?", "…") and (nxt.cap or nxt.kind == "q"):
                boundary = not _attribution_follows(toks, i + 1, verbs or _ATTRIB_VERBS) or (
                    # "“… builder.” She also said, without evidence, that …": after a full
                    # stop, an attribution that goes on past a comma is a new sentence
                    inner[-1] == "." and nxt.low in ("he", "she", "they")
                    and not _ends_soon(toks, i + 1))
        if boundary or i - start >= _MAX_SENTENCE_TOKENS:
            out.append((start, i + 1))
            start = i + 1
    while start + _MAX_SENTENCE_TOKENS < n - 1:
        out.append((start, start + _MAX_SENTENCE_TOKENS + 1))
        start += _MAX_SENTENCE_TOKENS + 1
    if start < n:
        out.append((start, n))
    return out


_SENT_END = frozenset(".!?…")
_OPENERS = frozenset("he she they we i it but the this there his her their".split())
_SENT_CAND = _SENT_END | {"\ue000"}
_LAST = itemgetter(-1)
_LOW = attrgetter("low")
_TEXT = attrgetter("text")
_SPACED_DASHES = frozenset("-–—―")
"""Dashes that, with spaces around them, open or close an aside (one token each)."""
_CUT_CAND = frozenset({",", ";", "\ue000", "and", "but", "while", "before", "after"}) | (
    _SPACED_DASHES)
"""The ``low`` of the tokens that can end a complement in ``_cut``: a comma, a semicolon,
a quoted run, a coordinating "and"/"but", "while"/"before"/"after" and a dash."""


_ATTRIB_VERBS = frozenset(
    "said says told tells wrote writes added adds asked asks replied replies continued "
    "explained explains noted notes argued argues declared declares "
    "tweeted tweets recalled recalls responded responds warned warns".split()
)


def _ends_soon(toks: Sequence[_Tok], k: int) -> bool:
    """A sentence-final mark comes within six tokens of ``k``, before any comma, or a
    comma and a quotation do after at most three words ("He added, “…”")."""
    for m in range(k, min(len(toks), k + 7)):
        t = toks[m]
        if t.text in (".", "!", "?"):
            return True
        if t.text == ",":
            return m - k <= 3 and m + 1 < len(toks) and toks[m + 1].kind == "q"
        if t.kind == "q":
            return False
    return False


def _attribution_follows(
    toks: Sequence[_Tok], k: int, verbs: Container[str] = _ATTRIB_VERBS
) -> bool:
    """Whether a short "Name said" attribution starts at token ``k``."""
    if k >= len(toks):
        return False
    first = toks[k]
    if not ((first.cap and first.low not in _STOP_CAPS) or first.low in ("he", "she", "they")):
        return False
    n = len(toks)
    m = k
    stop = min(n, k + 5)
    while m < stop:
        t = toks[m]
        if t.text == "," and m > k and first.cap:
            # "Ann Lee, a retired pilot, said": step over a short apposition
            close = next((x for x in range(m + 1, min(n, m + 16)) if toks[x].text == ","), -1)
            if close < 0 or any(toks[x].kind != "w" for x in range(m + 1, close)):
                return False
            m = close + 1
            stop = min(n, m + 1)
            continue
        if t.kind != "w":
            return False
        if t.low in verbs:
            nxt = toks[m + 1] if m + 1 < n else None
            if nxt is not None and nxt.low.endswith("ly") and not nxt.cap and (
                m + 2 >= n or toks[m + 2].kind == "p" or toks[m + 2].low in _PREPS
                or toks[m + 2].low == "to"
            ):
                return True  # "Lee asked quietly.", "Lee said softly into the phone."
            if nxt is not None and t.low in ("asked", "asks", "told", "tells") and (
                    nxt.cap or nxt.low in _OBJ_PRONOUNS or nxt.low in ("the", "a", "an", "his")):
                # "“…?” Quist asked the harbour chief.": a short object, then the end
                e = m + 1
                while e < n and e - m <= 4 and toks[e].kind == "w" and toks[e].low not in _PREPS:
                    e += 1
                # (or before a phrase: "Quist told Vell Radio in an interview.")
                return e >= n or toks[e].text in (".", "!", "?") or (
                    e > m + 1 and toks[e].low in _PREPS)
            return nxt is None or nxt.kind == "p" or nxt.low in _PREPS or nxt.low in (
                "to", "of", "last", "this", "reporters", "as", "when")  # ("said as he left")
        m += 1
    return False


# ----------------------------------------------------------------------------- word lists

_ADVERBS = frozenset(
    "also then later previously repeatedly again already once has have had was is were are "
    "only merely essentially basically "
    "will would could may might can did does do recently quickly immediately publicly "
    "privately openly further still even just now today yesterday reportedly allegedly "
    "initially subsequently separately earlier firmly flatly bluntly simply clearly "
    "directly frequently often never ever however moreover meanwhile too long "
    "first last finally reportedly once, apparently angrily bluntly overall together alone "
    "collectively".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "earlier later recently previously again afterwards afterward".split()
)
_PREPS = frozenset(
    "in on at during after before following from with while upon via through by outside "
    "inside ahead at about over under since until throughout amid among near "
    "into onto aboard across behind beyond toward towards within".split()
)
# nouns of a broadcaster or a programme after its name ("Vell’s ITV television station")
# that the organisation heads (``Lexicon.org_heads``: station, channel, …) do not hold
_MEDIA_NOUNS = frozenset("television tv radio programme program show podcast".split())
_SETTING_PREPS = frozenset("on in at during aboard inside".split())
"""Prepositions of a place, medium or occasion ("on the radio", "at a rally"): the noun
after one is no speaker of a speech participle that follows it."""
_DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those some many several most "
    "all both each every other another two three four five six seven eight nine ten "
    "dozens hundreds thousands any no one".split()
)
# speech verbs that take no person as their object: "…, said Bo Banner." names the speaker
_NO_OBJECT_SPEECH = frozenset(("said", "says", "say", "added", "adds", "wrote", "writes"))
_INTENSIFIERS = frozenset(("himself", "herself", "themselves", "itself"))
_STOP_CAPS = frozenset(
    "the a an and but or so yet however in on at after before during following "
    "since while when if as although though because meanwhile also then later earlier "
    "today yesterday now still this that these those there here it its his her their "
    "our my we i you they he she monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "according asked speaking writing both either neither all each every".split()
)
# prepositions that open a sentence before a name ("Despite Ann Lee's …", "From Ann
# Lee, writing at …"): peeled off a capitalised run's start, never rejected inside one
# ("Jo Amid" is a name)
_LEADING_PREPS = frozenset(
    "of for from despite absent with without by amid among against unlike upon via".split())
_TELL_FORMS = frozenset(
    "told tells tell telling assured assures warned warns reminded reminds informed "
    "informs urged urges asked asks".split()
)
_SUBJ_PRONOUNS = frozenset("he she they it we i who which".split())
_OBJ_PRONOUNS = frozenset("him her them it us me you".split())
_MALE = frozenset("he him his mr. mr".split())
_FEMALE = frozenset("she her hers mrs. ms. mrs ms".split())
_SMALL_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
# participles that open a fronted clause ("Asked which quay he liked, Rask …")
_FRONT_PARTICIPLES = frozenset(
    "asked pressed reached questioned interviewed confronted challenged told".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november "
    "december".split())
# words that stand for the people a "who" clause is about ("Those who say …")
_WHO_GROUPS = frozenset("those anyone everyone people".split())
# forms of the verbs that name a thing ("a formula called “X”", "a memo titled “Y”"):
# after a subject that can be no speaker, they report nothing
_NAMING_FORMS = frozenset(
    "called dubbed labeled labelled named titled entitled branded termed".split())
# nouns of a message sent "to" someone before a colon ("a blunt message to Rask: “…”")
_MESSAGE_NOUNS = frozenset(
    "message warning reminder advice plea appeal note letter reply answer challenge "
    "ultimatum request demand question".split())
# participles that modify a speaker's noun phrase before its verb ("A source speaking
# to Vell Radio said"), with the prepositions that follow them there
_MODIFIER_PARTICIPLES = frozenset(
    "speaking talking writing appearing commenting responding testifying quoted cited "
    "interviewed obtained reviewed seen".split())
_PARTICIPLE_PREPS = frozenset("to with on in by for at".split())
_OPENING_ADVERBS = frozenset(
    "instead therefore however meanwhile still yet indeed moreover also now then thus "
    "finally again late back early to so but and".split())
# Words that open a fronted time phrase ("Shortly after the vote, …", "Minutes later, …")
_FRONT_TIME = frozenset(
    "shortly minutes hours moments days weeks months years soon earlier later last next".split())
# Words that open a role or group noun phrase after a quotation ("“…,” the deputy said")
_TAIL_DETS = frozenset("the a an some many several".split())
# "When asked whether …": words before a sentence-initial "asked" with no subject
_ASKED_AFTER = frozenset("when if once after before while whenever".split())
# Subordinators that end a report right after a quotation closed with a comma
_QUOTE_THEN_SUBORD = frozenset("when as while after before since until".split())
# Capitalised at the start of a sentence, they open a group, not a name ("Many Vellans")
_QUANTIFIERS = frozenset(
    "many most some several all both few other others these those every each more no "
    "any".split())
_APPROX = frozenset("about around nearly almost roughly some over than more fewer less".split())


def _is_number(low: str) -> bool:
    return low.isdigit() or low in _SMALL_NUMBERS or (
        low[:1].isdigit() and low.replace(",", "").isdigit())  # 21,000


_MAX_SOURCE_WORDS = 12
# what ends the source named after "according to": a clause mark, a dash or a
# bracket ("according to a ferry log - the third this year")
_SOURCE_STOPS = frozenset((",", ";", ":", ".", "!", "?", "-", "–", "—", "(", ")"))
# heads after "according to" that name a plan, not a source
_NOT_SOURCES = frozenset("plan plans schedule script tradition custom form".split())
# words ending in "'s" that are not possessives
_CONTRACTIONS = frozenset(
    "he's she's it's that's who's there's here's what's where's".split())
_SOURCE_TAIL = frozenset("who which that by at in of for on from with".split())
_AUDIENCES = frozenset(
    "reporters journalists supporters voters students residents members delegates donors "
    "listeners viewers followers".split())
_COORD_REPORT = frozenset(
    "said says told tells added adds called calls described describes labeled labelled "
    "labels dubbed dubs insisted insists argued argues noted notes warned warns urged urges "
    "asked asks".split())
_CONCESSIVE = frozenset("while though although whereas".split())
_OBJECT_OPENERS = frozenset("the a an his her their its our even more no".split())
_PARTY_TAG = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]{0,8}")
_IS_RUN = "\ue000".__eq__  # the ``low`` of a quoted run's token
_CLOSING_MARKS = "”\"'’»"


def _comma_closed(t: _Tok) -> bool:
    """A quoted run whose words end with a comma inside the marks: “…,”."""
    return t.kind == "q" and t.text.rstrip(_CLOSING_MARKS).endswith(",")


_PARTICLES = frozenset("back in on up out".split())
_TITLE_WORDS = frozenset("of the a an and & in on to for at with".split())
_TITLE_BEFORE = regex.compile(
    r"(?:['’]s|\bon|\bof|\bin|\bwith|\bhosts?|\bbook|\btitled|\bentitled|\bshow|\bprogram|\bprogramme|\bfilm|"
    r"\bmovie|\bsong|\bcolumn|\bmagazine|\bseries|\bpodcast|\bop-ed|\bessay|\bnovel|\bmemoirs?|"
    r"\bautobiography|\balbum|\bdocumentary)"
    r",?[ \t\u00a0]*[\"'“‘«„]{1,2}$", regex.IGNORECASE)
# a title before its host or star: "“Low Tide” host Bo Dahl"
_TITLE_AFTER = regex.compile(
    r"[\"'”’»]{0,2},?(?<![ \t\u00a0])[ \t\u00a0]++(?:co-)?(?:host|anchor|star|creator|producer|presenter|"
    r"panelist|correspondent|contributor)s?\b", regex.IGNORECASE)
# a run that only holds a web address: "“http://vell.example/x”"
_WEB_ADDRESS = regex.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S++")
# a quoted title: capitalised words, no closing comma or full stop
_TITLE_RUN = regex.compile(
    r"(?:''|[\"“'‘«])\p{Lu}[\p{L}\p{N}’'-]*(?:[ \t]+[\p{L}\p{N}’'&-]+){0,7}(?:''|[\"”'’»])")
# the words a quoted title follows in a description: "the author of “Tides,”"
_TITLE_LEADS = frozenset(
    "of book titled entitled show program programme film movie song column magazine series "
    "podcast essay novel memoir documentary album".split())


def _title_tok(toks: Sequence[_Tok], k: int) -> bool:
    """``toks[k]`` is a short quoted title after a word that leads one ("the author of
    “Tides,”", "the show “Low Tide”"): a name, not a quotation."""
    t = toks[k]
    if t.kind != "q" or k == 0 or toks[k - 1].low not in _TITLE_LEADS:
        return False
    return _title_words(t.text.strip(" \t,.;:!?’'\"”»“«„‘").split())


def _addressee_title(toks: Sequence[_Tok], k: int, k0: int) -> bool:
    """``toks[k]`` (after ``k0``, where an addressee begins) is the quoted title of a
    programme after its owner's possessive or a word that leads a title: "told Vell TV’s
    “Low Tide”", "told the television program “Low Tide”"."""
    t = toks[k]
    return k > k0 and t.kind == "q" and (_title_tok(toks, k) or (
        toks[k - 1].low.endswith(("'s", "’s"))
        and _title_words(t.text.strip(" \t,.;:!?’'\"”»“«„‘").split())))


def _title_words(words: Sequence[str]) -> bool:
    """``words`` (one to five) read as a title: capitalised, bar the small words of
    :data:`_TITLE_WORDS`, and the first capitalised ("Low Tide", "Tales of the Quay")."""
    return 0 < len(words) <= 5 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _TITLE_WORDS for w in words)


_DASH_LED = regex.compile(r"[–—―-][ \t\u00a0]+$")
_SIGNATURE = regex.compile(r"\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,3}\.?")


def _not_a_quotation(body: str, start: int, end: int) -> bool:
    """A quoted or dash-led run that is no quotation: a title after "Vell TV's" or "the
    book" ("on Vell TV's “Harbour Hour,”") or before its host ("“Low Tide” host Bo Dahl"),
    a web address, a dash-framed subheading ("– Low tide –."), or a dash-led signature
    under a quotation ("- Ann Lee.")."""
    content = body[start:end]
    if _WEB_ADDRESS.fullmatch(content.strip(" \t")) is not None:
        return True  # a link between quotation marks says nothing
    words = content.strip(" \t,.;:!?’'\"”»").split()
    if not words or len(words) > 5:
        return False
    before = body[max(0, start - 24) : start]
    if _DASH_LED.search(before) is not None:
        # "– Low tide –." / "- Ann Lee."
        return content.rstrip(" .").endswith(("–", "—", "-")) or (
            _SIGNATURE.fullmatch(content.strip()) is not None and len(words) <= 4)
    if _title_words(words):
        return _TITLE_BEFORE.search(before) is not None or (
            _TITLE_AFTER.match(body, end, min(len(body), end + 30)) is not None)
    return False


def _adverbials_end(toks: Sequence[_Tok], c0: int, c1: int) -> int:
    """Where the words ``c0:c1`` go on after their fronted adverbials ("On Tuesday, even
    as shares fell, …"): ``c1`` when they are nothing else."""
    k = c0
    while k < c1 and toks[k].kind == "w" and (
        toks[k].low in _PREPS or toks[k].low in _SUBORD or toks[k].low == "even"
    ):
        comma = next((m for m in range(k + 1, c1) if toks[m].text == ","), -1)
        if comma < 0:
            if all(toks[m].kind == "w" for m in range(k, c1)) and not _clause_like(toks, k, c1):
                return c1  # "In short"
            return k
        k = comma + 1
    return k


def _quantifier_at(toks: Sequence[_Tok], k: int) -> bool:
    """"about" or "over" before a number ("said about half of …"): no preposition."""
    return toks[k].low in ("about", "over", "around", "under") and k + 1 < len(toks) and (
        _is_number(toks[k + 1].low) or toks[k + 1].low in ("half", "a", "one"))


def _verb_like(t: _Tok) -> bool:
    """A lower-case word that can be a finite verb ("shot", "recalled", "quips")."""
    low = t.low
    return not t.cap and low.isalpha() and low not in _AUX and low not in _PREPS and (
        low not in _DETERMINERS and low not in _COORD_CUT and low not in _SUBORD
        and low not in _SUBJ_PRONOUNS and low not in _OBJ_PRONOUNS)


_SUBJECT_PP = frozenset("in on at during from via through for with".split())
_POSSESSIVES = frozenset("his her their its our my your".split())
# the objects a small clause after a naming verb opens with ("called him divisive")
_SMALL_CLAUSE_OBJECTS = frozenset(
    "him her them it himself herself themselves itself myself ourselves us me".split())
# words that open a phrase setting other people against a report: "…, compared with
# four in 10 who said …"
_CONTRAST_OPENERS = frozenset("compared unlike versus vs. against whereas while".split())
_COORD_CUT = frozenset("and but while though although whereas".split())
_WH = frozenset("whether if how what why when where who which".split())
# where the object of an object verb ends: "criticized the plan [on] Monday"
_OBJECT_STOPS = frozenset(
    "on at during after before while as because since when despite amid until "
    "last this next".split()
)
_EVENT_DETS = frozenset("a an his her their its our".split())
_ARTICLES = _EVENT_DETS | {"the", "my", "your"}
# Lower-case words that can follow a speech verb; any other lower-case word after a
# noun-like verb ("state troopers", "claim roots") makes the verb a noun.
_VERB_FOLLOWERS = _DETERMINERS | _PREPS | _SUBJ_PRONOUNS | _OBJ_PRONOUNS | _WH | _POSSESSIVES | (
    frozenset("that to not out up back there nothing something everything so as for of "
              "what anything".split()))
_OBJECT_MIN_WORDS = 3
_NAME_PARTICLES = frozenset("de van von der da bin al el la le du dos del di ibn".split())


# ----------------------------------------------------------------------------- entities


@attrs.define(slots=True)
class _Person:
    canonical: str
    first: str
    last: str
    roles: list[tuple[int, str]] = attrs.field(factory=list)
    gender: str = ""
    kind: SpeakerKind = SpeakerKind.PERSON
    positions: list[int] = attrs.field(factory=list)


def _by_salience(cands: Sequence[_Person]) -> list[_Person]:
    """People sharing a surname, the most prominent first (roles, then mentions)."""
    if len(cands) < 2:
        return list(cands)  # the common case, without a sort
    return sorted(cands, key=lambda p: (-len(p.roles), -len(p.positions)))


def _similar(a: str, b: str) -> bool:
    """Two spellings of one first name ("Anthony"/"Antony", "Sergei"/"Sergey")."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a[0] == b[0] and _edit_distance_le(a, b, 2)


def _edit_distance_le(a: str, b: str, k: int) -> bool:
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1] <= k


@functools.lru_cache(maxsize=256)
def _fuzzy_pattern(surnames: tuple[str, ...]) -> regex.Pattern[str]:
    alts = "|".join(regex.escape(s) for s in surnames)
    return regex.compile(rf"(?:{alts}){{e<=2}}", regex.IGNORECASE | regex.BESTMATCH)


# ----------------------------------------------------------------------------- frames


@attrs.define(slots=True)
class _Mention:
    start: int  # paragraph-relative char offsets
    end: int
    text: str
    kind: str  # "name", "pronoun", "role", "org", "group", "np"
    tok0: int = -1
    tok1: int = -1


@attrs.define(slots=True)
class _Frame:
    cue0: int  # token indices of the cue
    cue1: int
    comp0: int  # token indices of the complement (may be empty)
    comp1: int
    mention: _Mention | None
    pattern: str  # "subject", "trailing", "inverted", "according", "participle", "coord"
    reporting: bool = False
    inherit: bool = False  # speaker comes from the sentence's main subject


# ----------------------------------------------------------------------------- extractor


@attrs.frozen
class _Compiled:
    verb_forms: dict[str, str]
    speech_forms: frozenset[str]
    """forms of the verbs of saying only (no stance or intent verb): the words that
    mark an attribution when sentences are split and complements are cut"""
    multi_cues: dict[str, tuple[tuple[str, ...], ...]]
    """multi-word cues by their first word, longest first"""
    according: dict[str, tuple[tuple[str, ...], ...]]
    roles_sorted: tuple[tuple[str, ...], ...]
    role_first: frozenset[str]
    roles_by_first: dict[str, tuple[tuple[str, ...], ...]]
    org_words: frozenset[str]
    media_first: dict[str, tuple[tuple[str, ...], ...]]
    reporting_forms: frozenset[str]
    ask_forms: frozenset[str]
    noun_forms: frozenset[str]
    object_forms: frozenset[str]
    """forms of the verbs whose noun-phrase object is the attributed content"""
    evidence_forms: frozenset[str]
    """forms of the verbs by which a source shows its content ("a poll shows …")"""
    cue_first: frozenset[str]
    """every word that can start a cue (a verb form, the first word of a multi-word cue
    or of an "according to" phrase): a word outside it cannot open a frame"""
    cue_single: frozenset[str]
    """the words of ``cue_first`` that are a whole cue by themselves"""
    cue_second: dict[str, frozenset[str]]
    """the second words of the multi-word cues and "according to" phrases, by their
    first: a word of ``cue_first`` not in ``cue_single`` opens a cue only before one"""
    role_set: frozenset[tuple[str, ...]]
    role_max: int
    naming_forms: frozenset[str]
    """forms of the verbs whose small clause says what someone was called"""
    source_adjectives: dict[str, frozenset[str]]
    """the prepositions after each adjective that describes a source ("familiar with")"""
    names: dict[tuple[str, ...], tuple[list[str], list[str]] | None] = attrs.field(
        factory=dict, eq=False, hash=False
    )
    """memo of ``_name_from_seq``, which depends on the words and the tables only"""
    media: dict[str, bool] = attrs.field(factory=dict, eq=False, hash=False)
    """memo of ``_is_media`` (the text and the tables only)"""
    role_phrases: dict[tuple[str, ...], bool] = attrs.field(factory=dict, eq=False, hash=False)
    """memo of ``_is_role_phrase`` (the words and the tables only)"""


_NAMES_MEMO_MAX = 50_000
_K = TypeVar("_K", bound=Hashable)


def _memoised(memo: dict[_K, bool], key: _K, compute: Callable[[_K], bool]) -> bool:
    """``compute(key)`` through ``memo``, which is cleared when it reaches the names
    memo's bound."""
    try:
        return memo[key]
    except KeyError:
        if len(memo) >= _NAMES_MEMO_MAX:
            memo.clear()
        value = memo[key] = compute(key)
        return value


def _compile(lex: Lexicon) -> _Compiled:
    forms = lex.verb_forms()
    multi = tuple(sorted((tuple(p.split()) for p in lex.phrase_cues), key=len, reverse=True))
    multi_verbs = tuple(
        sorted((tuple(f.split()) for f in forms if " " in f), key=len, reverse=True)
    )
    acc = tuple(sorted((tuple(p.split()) for p in lex.according_to), key=len, reverse=True))
    roles = tuple(sorted((tuple(r.split()) for r in lex.role_nouns), key=len, reverse=True))
    media_first: dict[str, list[tuple[str, ...]]] = {}
    for m in lex.media:
        w = tuple(m.split())
        media_first.setdefault(w[0], []).append(w)
    rep = frozenset(f for v in lex.reporting_verbs for f in _inflect(v))
    multi_cues = _by_first(multi + multi_verbs)
    according = _by_first(acc)
    return _Compiled(
        verb_forms=forms,
        speech_forms=frozenset(
            attrs.evolve(lex, stance_verbs=(), intent_verbs=(), object_verbs=()).verb_forms()
        ),
        multi_cues=multi_cues,
        according=according,
        roles_sorted=roles,
        role_first=frozenset(r[0] for r in roles),
        roles_by_first={
            f: tuple(r for r in roles if r[0] == f) for f in {r[0] for r in roles}
        },
        org_words=frozenset(h.split()[-1] for h in lex.org_heads),
        media_first={k: tuple(sorted(v, key=len, reverse=True)) for k, v in media_first.items()},
        reporting_forms=rep,
        ask_forms=frozenset(f for v in lex.question_verbs for f in _inflect(v)),
        noun_forms=frozenset(f for v in lex.noun_verbs for f in _inflect(v)[:2])
        | frozenset(f for v in lex.object_verbs if " " not in v for f in _inflect(v)[:2]),
        object_forms=frozenset(f for v in lex.object_verbs for f in _inflect(v)),
        evidence_forms=frozenset(f for v in lex.evidence_verbs for f in _inflect(v)),
        cue_first=frozenset(forms) | frozenset(multi_cues) | frozenset(according),
        cue_single=frozenset(f for f in forms if " " not in f) | frozenset(
            ph[0] for ph in (*multi, *multi_verbs, *acc) if len(ph) == 1),
        cue_second={
            first: frozenset(ph[1] for ph in (*multi, *multi_verbs, *acc)
                             if ph[0] == first and len(ph) > 1)
            for first in {ph[0] for ph in (*multi, *multi_verbs, *acc)}
        },
        role_set=frozenset(roles),
        role_max=max((len(r) for r in roles), default=0),
        naming_forms=frozenset(f for v in lex.naming_verbs for f in _inflect(v)),
        source_adjectives={
            adj: frozenset(p.split()[1] for p in lex.source_adjectives
                           if p.split()[0] == adj and len(p.split()) == 2)
            for adj in {p.split()[0] for p in lex.source_adjectives}
        },
    )


def _by_first(
    phrases: Iterable[tuple[str, ...]],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        out.setdefault(ph[0], []).append(ph)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _inflect(lemma: str) -> tuple[str, ...]:
    from .lexicon import inflect_verb

    return inflect_verb(lemma)


@attrs.frozen
class QuoteExtractor:
    """A configured quotation extractor. Its rules are the tables of its
    :class:`~geneva_corpus.lexicon.Lexicon`, compiled once when the extractor is made.

    >>> ex = QuoteExtractor().with_speech_verbs("thunder").with_role_nouns("high priestess")
    >>> "thundered" in ex.lexicon.verb_forms()
    True

    Attributes:
        lexicon: the vocabulary tables.
        unattributed_min_words: a quotation without any attribution and not following a
            quoted speaker is kept only if it has at least this many words (shorter ones
            are scare quotes or titles).
        fuzzy_surnames: recognise near-miss spellings of known surnames in a name
            position ("Wellbrock said" for a "Wellbrook" of the same article).
    """

    lexicon: Lexicon = DEFAULT_LEXICON
    unattributed_min_words: int = 6
    fuzzy_surnames: bool = True
    _compiled: _Compiled = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_compiled", _compile_cached(self.lexicon))

    def with_lexicon(self, lexicon: Lexicon) -> QuoteExtractor:
        """A copy using another lexicon."""
        return attrs.evolve(self, lexicon=lexicon)

    def with_speech_verbs(self, *lemmas: str) -> QuoteExtractor:
        """A copy that also knows these speech verbs (lemmas: ``"quip"``)."""
        return self.with_lexicon(self.lexicon.with_speech_verbs(*lemmas))

    def with_that_verbs(self, *lemmas: str) -> QuoteExtractor:
        """A copy that also knows these verbs before a "that" clause."""
        return self.with_lexicon(self.lexicon.with_that_verbs(*lemmas))

    def with_according_to(self, *phrases: str) -> QuoteExtractor:
        """A copy that also knows these "according to"-style phrases."""
        return self.with_lexicon(self.lexicon.with_according_to(*phrases))

    def with_role_nouns(self, *roles: str) -> QuoteExtractor:
        """A copy that also knows these role nouns or titles."""
        return self.with_lexicon(self.lexicon.with_role_nouns(*roles))

    def with_org_heads(self, *heads: str) -> QuoteExtractor:
        """A copy that also knows these organisation head nouns."""
        return self.with_lexicon(self.lexicon.with_org_heads(*heads))

    def with_media(self, *names: str) -> QuoteExtractor:
        """A copy that also knows these news agencies or outlets."""
        return self.with_lexicon(self.lexicon.with_media(*names))

    def extract(self, article: Article) -> tuple[Quote, ...]:
        """The quotations of ``article`` in text order (see :func:`extract_quotes`)."""
        return _ArticleRun(self, article).run()

    def extract_with_title(
        self, article: Article
    ) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
        """The quotations of the body (:meth:`extract`) and the headline attributions of the
        title (see :func:`extract_title_quotes`), in one pass over the article."""
        run = _ArticleRun(self, article)
        quotes = run.run()
        return quotes, run.title_quotes()


@functools.lru_cache(maxsize=32)
def _compile_cached(lex: Lexicon) -> _Compiled:
    return _compile(lex)


_DEFAULT_EXTRACTOR: QuoteExtractor | None = None


def extract_quotes(article: Article, extractor: QuoteExtractor | None = None) -> tuple[Quote, ...]:
    """Find every quotation of ``article.body`` and attribute it to its speaker.

    Quotes come in text order. ``start``/``end`` index ``article.body``
    (``body[q.start:q.end] == q.text``); ``input_start``/``input_end`` index
    ``article.text``. The speaker's mention carries its own offsets and the evidence
    for the attribution.

    >>> art = article_from_text(
    ...     "Mayor Ilse Varga opened the bridge on Monday.\\n\\n"
    ...     "“It will outlive us all,” she said.")
    >>> q = extract_quotes(art)[0]
    >>> q.text, q.kind.value, q.speaker.name, q.speaker.mention
    ('It will outlive us all,', 'direct', 'Ilse Varga', 'she')
    >>> print(q.explain())
    'she' → Ilse Varga, subject of the previous sentence
    """
    return (extractor or _default_extractor()).extract(article)


def extract_title_quotes(
    article: Article, extractor: QuoteExtractor | None = None
) -> tuple[Quote, ...]:
    """The headline attribution of ``article.title``: a title of the form
    ``Name: statement`` whose name is a person the body names (also through a near-miss
    spelling of the surname) gives one indirect quote of that person.

    Its ``start``/``end`` and those of its cue and speaker index ``article.title``
    (``title[q.start:q.end] == q.text``), not the body; ``input_start``/``input_end``
    index ``article.text`` as always. A title whose left side is not a person of the
    article ("Harbour: No new tolls", "Poll: …") gives none: such titles are usually the
    outlet's summary. :func:`geneva_corpus.parse` fills ``Article.title_quotes`` with it.

    >>> from geneva_corpus import parse
    >>> art = parse("Varga: The bridge will outlive us all\\n\\n"
    ...             "Mayor Ilse Varga opened the bridge on Monday.")
    >>> q = extract_title_quotes(art)[0]
    >>> q.text, q.kind.value, q.speaker.name, art.title[q.start:q.end] == q.text
    ('The bridge will outlive us all', 'indirect', 'Ilse Varga', True)
    >>> print(q.explain())
    'Varga' → Ilse Varga, named in the title
    """
    return (extractor or _default_extractor()).extract_with_title(article)[1]


def _default_extractor() -> QuoteExtractor:
    global _DEFAULT_EXTRACTOR
    if _DEFAULT_EXTRACTOR is None:
        _DEFAULT_EXTRACTOR = QuoteExtractor()
    return _DEFAULT_EXTRACTOR


def article_from_text(text: str) -> Article:
    """A minimal :class:`~geneva_corpus.model.Article` without any cleaning: every
    non-blank line is a body paragraph and ``body`` joins them with blank lines.

    Useful to run :func:`extract_quotes` on text that is already clean.

    >>> art = article_from_text("One.\\nTwo.")
    >>> art.body
    'One.\\n\\nTwo.'
    """
    paras: list[Paragraph] = []
    parts: list[str] = []
    pos = 0
    for m in regex.finditer(r"[^\n]+", text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        line_s = line.strip()
        if not line_s:
            continue
        if parts:
            pos += 2
        a = m.start() + lead
        paras.append(
            Paragraph(line_s, ParagraphKind.BODY, pos, pos + len(line_s), a, a + len(line_s))
        )
        parts.append(line_s)
        pos += len(line_s)
    return Article(text=text, body="\n\n".join(parts), paragraphs=tuple(paras))


# ----------------------------------------------------------------------------- the run


def _noted(spk: Speaker, resolution: Resolution, note: str) -> Speaker:
    """``attrs.evolve(spk, resolution=resolution, evidence=(*spk.evidence, note))``,
    spelled out: ``evolve`` inspects the class's fields on every call."""
    return Speaker(name=spk.name, mention=spk.mention, kind=spk.kind, resolution=resolution,
                   start=spk.start, end=spk.end, input_start=spk.input_start,
                   input_end=spk.input_end, evidence=(*spk.evidence, note))


@attrs.define(slots=True)
class _Found:
    start: int  # body offsets
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    speaker: Speaker | None
    para: int


class _ArticleRun:
    """State of one extraction over one article."""

    def __init__(self, ex: QuoteExtractor, article: Article) -> None:
        self.ex = ex
        self.c = ex._compiled
        self.lex = ex.lexicon
        self.art = article
        self.body = article.body
        self.people: list[_Person] = []
        self.by_last: dict[str, list[_Person]] = {}
        self.last_speaker: tuple[_Person | None, str, int] | None = None
        self.last_person: _Person | None = None
        self.prev_subject: _Person | None = None
        self._role_index: dict[int, tuple[int, dict[str, list[int]]]] = {}
        """id of a person → (roles indexed so far, role → sorted positions)"""
        self.bylines: dict[int, tuple[int, int, int, int]] = {}
        """paragraph → (quote run, name start, name end, dash offset) of a signed quote"""
        self._para_starts = [q.start for q in article.paragraphs]
        """the paragraphs' body offsets, for ``_to_input``"""

    def _to_input(self, offset: int) -> int:
        """``self.art.to_input(offset)``, bisecting plain ints: ``Article.to_input`` bisects
        with a key function, and every quote, cue and speaker maps two offsets."""
        paras = self.art.paragraphs
        if not paras or not 0 <= offset <= len(self.body):
            return self.art.to_input(offset)  # (which raises the error)
        k = bisect.bisect_right(self._para_starts, offset) - 1
        para = paras[k if k > 0 else 0]
        return para.input_start + min(offset - para.start, para.end - para.start)

    # --------------------------------------------------------------------- entities
    def _person(self, tokens: Sequence[str], pos: int, role: str = "", gender: str = "") -> _Person:
        words = [t for t in tokens if t.lower() not in _ABBREV_END]
        if not words:
            words = list(tokens)
        last = words[-1]
        key = last.lower()
        first = words[0] if len(words) > 1 else ""
        cands = self.by_last.get(key, [])
        found: _Person | None = None
        for p in _by_salience(cands):
            if not first or not p.first or _similar(first, p.first):
                found = p
                break
        if found is None:
            # ("Vell Foundation", "Harbour Board": a capitalised name of an organisation)
            kind = SpeakerKind.ORGANISATION if len(words) > 1 and (
                key in self.lex.org_heads) else SpeakerKind.PERSON
            found = _Person(" ".join(words), first, last, kind=kind)
            self.people.append(found)
            self.by_last.setdefault(key, []).append(found)
        elif first and not found.first:
            found.first = first
            found.canonical = " ".join(words)
        if role:
            found.roles.append((pos, role))
        if gender and not found.gender:
            found.gender = gender
        found.positions.append(pos)
        return found

    def _lookup(self, tokens: Sequence[str]) -> _Person | None:
        words = [t for t in tokens if t.lower() not in _ABBREV_END]
        if not words:
            return None
        cands = self.by_last.get(words[-1].lower(), [])
        first = words[0] if len(words) > 1 else ""
        for p in _by_salience(cands):
            if not first or not p.first or _similar(first, p.first):
                return p
        return None

    def _lookup_one(self, word: str) -> _Person | None:
        """``_lookup([word])`` without its list work: with no first name, the most
        salient person of that surname."""
        low = word.lower()
        if low in _ABBREV_END:
            return None
        cands = self.by_last.get(low)
        if not cands:
            return None
        return cands[0] if len(cands) < 2 else _by_salience(cands)[0]

    def _fuzzy(self, word: str) -> _Person | None:
        if not self.ex.fuzzy_surnames or len(word) < 5:
            return None
        w = word.lower()
        surnames = tuple(sorted({
            p.last for p in self.people
            if len(p.last) >= 5 and p.last[:1].lower() == w[:1] and abs(len(p.last) - len(w)) <= 2
        }))
        if not surnames:
            return None
        m = _fuzzy_pattern(surnames).fullmatch(word)
        if m is None:
            return None
        best: _Person | None = None
        # two edits only in a long word: "Kalis" is not a misspelt "Kallies"
        edits = 2 if len(w) >= 7 else 1
        for p in self.people:
            if p.last[:1].lower() == word[:1].lower() and _edit_distance_le(
                p.last.lower(), word.lower(), edits
            ):
                best = p
        return best

    def _collect_people(self, toks_by_para: list[list[_Tok]], caps_by_para: list[list[int]]
                        ) -> None:
        """A first pass: named people with their roles ("Foreign Minister Ann Lee");
        ``caps_by_para`` are the indices of each paragraph's capitalised words."""
        role_nouns = self.lex.role_nouns
        modifiers = self.lex.modifiers
        memo = self.c.names
        paras = self.art.paragraphs
        for pi, toks in enumerate(toks_by_para):
            base = paras[pi].start
            i = 0
            n = len(toks)
            # a name starts at a capitalised word: jump from one to the next
            for c in caps_by_para[pi]:
                if c < i:
                    continue
                i = c
                first = toks[i]
                if first.low in _STOP_CAPS and i + 1 < n and not toks[i + 1].cap:
                    continue
                # the capitalised run (with particles and "of" before a capital) starting
                # here, of adjacent words within 80 characters
                limit = first.start + 80
                prev_end = -1
                j = i
                while j < n:
                    t = toks[j]
                    if not (t.cap or (
                        (t.low in _NAME_PARTICLES or (t.low == "of" and j > i))
                        and j + 1 < n and toks[j + 1].cap
                    )) or t.end >= limit or (j > i and t.start - prev_end > 1):
                        break
                    prev_end = t.end
                    j += 1
                k = i  # index of the run's first token (no search: that made long paragraphs
                # quadratic)
                i = max(j, i + 1)
                if k == 0 and j < n and _dateline_end(toks, 0, n) > 0:
                    continue  # "FORT PIERCE, Vell —": a dateline names a place
                while k < j - 1 and (toks[k].low in _SMALL_NUMBERS or toks[k].low in _QUANTIFIERS):
                    k += 1  # "Six Brandt supporters", "Many Vellans": no name opens with these
                if k < j - 1 and (k == 0 or toks[k - 1].text in (".", "!", "?")
                                  or toks[k - 1].kind == "q") and (_inverted_verb(
                        toks[k], self.c.speech_forms) or (
                        # "Said Dahl, “…”": "Said" before a name and a quotation
                        toks[k].low in ("said", "says") and j + 1 < n
                        and toks[j].text in (",", ":") and toks[j + 1].kind == "q")):
                    k += 1  # "Stated Ann Lee:", "Continued Lee:": an inverted verb
                seq = toks[k:j]
                key = tuple(map(_TEXT, seq))
                try:
                    name = memo[key]
                except KeyError:
                    if len(memo) >= _NAMES_MEMO_MAX:
                        memo.clear()  # bounded: a stream of many articles never grows it
                    name = memo[key] = self._name_from_seq(seq)
                if name is None:
                    continue
                words, role_words = name
                rk = k - len(role_words) if role_words else k
                # _role_before finds nothing unless a role word or modifier comes first
                pre = self._role_before(toks, rk) if rk > 0 and toks[rk - 1].kind == "w" and (
                    toks[rk - 1].low in role_nouns or toks[rk - 1].low in modifiers) else ""
                if len(words) < 2 and not role_words and not pre:
                    continue  # (a lone word without a role: the common case, at once)
                role = " ".join(role_words)
                if pre:
                    role = (pre + " " + role).strip()
                if len(words) < 2 and not role:
                    continue
                gender = ""
                if role_words and role_words[-1].lower() in ("mr.", "mr"):
                    gender = "m"
                elif role_words and role_words[-1].lower() in ("mrs.", "ms.", "mrs", "ms"):
                    gender = "f"
                self._person(words, base + seq[0].start, role.lower(), gender)

    def _role_before(self, toks: Sequence[_Tok], k: int) -> str:
        """Lower-case role words right before token ``k`` ("his Russian counterpart")."""
        words: list[str] = []
        j = k - 1
        while j >= 0 and len(words) < 5:
            t = toks[j]
            if t.kind != "w":
                break
            low = t.low
            if low in self.lex.role_nouns or low in self.lex.modifiers or (
                words and low in self.lex.role_nouns
            ):
                words.insert(0, low)
                j -= 1
                continue
            if low == "of" and words:
                words.insert(0, low)
                j -= 1
                continue
            break
        while words and words[0] == "of":
            words.pop(0)
        if not any(w in self.lex.role_nouns or w in self.c.role_first for w in words):
            return ""
        return " ".join(words)

    def _name_from_seq(self, seq: Sequence[_Tok]) -> tuple[list[str], list[str]] | None:
        """Split a capitalised sequence into (name words, leading role words)."""
        words = [t.text for t in seq]
        # peel known leading stop words
        while words and (words[0].lower() in _STOP_CAPS or (
                len(words) > 1 and (words[0].lower() in _LEADING_PREPS
                                    or words[0].lower() in _SUBJECT_OPENERS))):
            words.pop(0)  # ("Despite Ann Lee's …": not "Jo Amid", a name; "Maybe Jo Lee")
        role_words: list[str] = []
        # the last role in the sequence ("US Secretary of State", "Harbour Minister")
        low = [w.lower() for w in words]
        cut = 0
        for st in range(len(low)):
            for role in self.c.roles_by_first.get(low[st], ()):
                e = st + len(role)
                if e < len(low) and tuple(low[st:e]) == role and e > cut:
                    cut = e
        if cut:
            role_words = words[:cut]
            words = words[cut:]
        elif low and (low[0] in self.lex.modifiers or low[0] in self.lex.countries):
            return None
        if not words or len(words) > 4:
            return None
        lw = [w.lower() for w in words]
        if any(
            w in self.c.org_words or w in self.lex.countries or w in self.lex.media
            or w in _STOP_CAPS or w in self.lex.role_nouns
            for w in lw
        ):
            return None
        if " ".join(lw) in self.lex.countries or " ".join(lw) in self.lex.media or (
                lw[-1] in _PARTY_WORDS):
            return None  # (nor "Vell Republican": a party member described)
        if any(not w[:1].isupper() for w in words if w.lower() not in _NAME_PARTICLES):
            return None
        if words[-1].endswith(("’s", "'s")):
            words[-1] = words[-1][:-2]
        return words, role_words

    def _cut_dash_tail(self, text: str, r: _Run) -> _Run:
        """End a dash-led quote before its attribution ("..., the minister said.")."""
        content = text[r.cstart : r.cend]
        cut = content.rfind(",")
        while cut > 0:
            tail = [m.group().lower().replace("’", "'")
                    for m in _TOKEN.finditer(content, cut + 1) if _is_word(m.group()[0])]
            if not tail or len(tail) > 14:
                return r
            verbs = [k for k, w in enumerate(tail[:7]) if w in self.c.speech_forms
                     or w == "according"]
            if verbs:
                e = r.cstart + cut
                return _Run(r.open, r.cstart, e, e, dash=True)
            cut = content.rfind(",", 0, cut)
            if cut > 0 and len(content) - cut > 160:
                return r
        return r

    # --------------------------------------------------------------------- main
    def run(self) -> tuple[Quote, ...]:
        paras = self.art.paragraphs
        if not paras:
            return ()
        runs_by_para: list[list[_Run]] = []
        toks_by_para: list[list[_Tok]] = []
        lows_by_para: list[list[str]] = []
        caps_by_para: list[list[int]] = []
        for p in paras:
            text = self.body[p.start : p.end]
            runs = _scan_marks(text)
            # cheap pre-checks: a dash quote needs a dash before a space, a signed quote a
            # long dash
            dash = [self._cut_dash_tail(text, r) for r in _dash_runs(text, runs)] if (
                _has_dash_space(text)) else []
            byline = _BYLINE.search(text) if _has_long_dash(text) else None
            if byline is not None:
                # "“…” ― Ann Lee": the name after the quote signs it; it is no dash quote
                dash = [r for r in dash if r.open < byline.start()]
            runs = sorted(runs + dash, key=lambda r: r.open)
            runs = _drop_overlaps(runs)
            if byline is not None and runs and runs[-1].close == byline.start() + 1:
                self.bylines[len(runs_by_para)] = (len(runs) - 1, byline.start(2),
                                                   byline.end(2), byline.start(1))
            runs_by_para.append(runs)
            toks, lows, cap_flags = _tokenize_columns(text, runs)
            toks_by_para.append(toks)
            lows_by_para.append(lows)
            caps_by_para.append(list(compress(count(), cap_flags)))
        self._collect_people(toks_by_para, caps_by_para)
        found: list[_Found] = []
        pending: Speaker | None = None  # "He also said:" at the end of the previous paragraph
        prev_para_speaker: Speaker | None = None
        for pi, p in enumerate(paras):
            text = self.body[p.start : p.end]
            runs = runs_by_para[pi]
            toks = toks_by_para[pi]
            if pi and found and found[-1].para == pi - 1 and len(text) < 120 and (
                    text.lstrip()[:1] in _DASHES_ALL) and (
                    self._sign_quotes_above(pi, p, text, toks, found)):
                # (each quotation of such a list is signed: none runs on to the next)
                pending = prev_para_speaker = None
                continue
            if p.kind == ParagraphKind.HEADING and pi not in self.bylines:
                # (a short line "“…” ― Ann Lee" looks like a subheading, but it is a quote)
                h = self._heading(p, text)
                if h is not None:
                    found.append(h)
                pending = None
                continue
            got, pending_next, last_spk = self._paragraph(
                pi, p, text, runs, toks, pending, prev_para_speaker, lows_by_para[pi],
                caps_by_para[pi],
            )
            if not got and ":" in text:
                # a line "Ann Lee: The quay will reopen" kept as text, not as a heading (a
                # first line too long or too sentence-like for a title, a transcript)
                h = self._body_line(p, text)
                if h is not None:
                    got = [h]
            found.extend(got)
            pending = pending_next
            prev_para_speaker = last_spk
        found.sort(key=lambda f: (f.start, f.end))
        out: list[Quote] = []
        last_end = -1
        for f in found:
            if f.start < last_end or f.end <= f.start:
                continue
            if f.kind is QuoteKind.DIRECT and _not_a_quotation(self.body, f.start, f.end):
                continue
            out.append(self._to_quote(f))
            last_end = f.end
        return tuple(out)

    def _to_quote(self, f: _Found) -> Quote:
        cue = None
        if f.cue is not None:
            a, b = f.cue
            cue = Cue(self.body[a:b], a, b, self._to_input(a), self._to_input(b))
        return Quote(
            text=self.body[f.start : f.end],
            kind=f.kind,
            start=f.start,
            end=f.end,
            input_start=self._to_input(f.start),
            input_end=self._to_input(f.end),
            cue=cue,
            speaker=f.speaker,
        )

    # --------------------------------------------------------------------- headings
    def _sign_quotes_above(
        self, pi: int, p: Paragraph, text: str, toks: list[_Tok], found: list[_Found]
    ) -> bool:
        """A paragraph "- Ann Lee." under a paragraph of direct quotation signs it: its
        quotes get that speaker. Whether the paragraph was such a signature."""
        m = _SIGN_LINE.fullmatch(text)
        if m is None or m.group(1).split()[0].lower() in _STOP_CAPS or any(
                t.low in self.c.speech_forms for t in toks if t.start < m.end(1)) or (
                _ENDS_IN_SPEECH_VERB.search(text) is not None):
            return False  # ("– We agreed, Lee said.": a dash quote, not a signature)
        above = [f for f in found if f.para == pi - 1 and f.kind is QuoteKind.DIRECT]
        prev = self.art.paragraphs[pi - 1]
        if not above or above[0].start - prev.start > 2 or prev.end - above[-1].end > 3:
            return False  # the paragraph above must be all quotation
        na, nb = m.span(1)
        if text[nb - 1] == "." and _INITIAL_END.search(text[na:nb]) is None:
            nb -= 1  # the sentence's full stop, not an initial's
        frame = _Frame(0, 0, 0, 0, _Mention(na, nb, text[na:nb], "name"), "byline")
        spk = self._resolve(frame, toks, 0, p.start, [frame])
        names = self._strip_titles([w.rstrip(".") for w in text[na:nb].split() if w[:1].isupper()])
        if spk is None or not (len(names) >= 2 or (names and self._lookup(names[-1:]))):
            return False  # a full name, or a surname the article knows ("- Thanks, Jo.")
        spk = _noted(spk, spk.resolution, "signs the quotation above, after a dash")
        for f in above:
            f.speaker = spk
        return True

    def _headline_person(
        self, text: str, where: str
    ) -> tuple[regex.Match[str], _Person, str] | None:
        """``Name: statement`` with a person of the article on the left: the match, the
        person and how the name was matched."""
        m = _HEADING_ATTRIBUTION.match(text)
        if m is None:
            return None
        name = m.group(1).split()
        person = self._lookup(name)
        how = f"named in {where}"
        if person is None and len(name) == 1:
            person = self._fuzzy(name[0])
            how = f"a near-miss spelling of the surname, in {where}"
        if person is None:
            return None
        return m, person, how

    def title_quotes(self) -> tuple[Quote, ...]:
        """The headline attribution of the title (after :meth:`run`, which collects the
        article's people); offsets index the title (see :func:`extract_title_quotes`)."""
        title, base = self.art.title, self.art.title_input_start
        if not title or base is None:
            return ()
        found = self._headline_person(title, "the title")
        if found is None:
            return ()
        m, person, how = found
        a, b = m.span(1)
        s, e = m.start(2), len(title.rstrip())
        colon = title.index(":", b)
        spk = Speaker(
            name=person.canonical, mention=title[a:b], kind=SpeakerKind.PERSON,
            resolution=Resolution.HEADLINE, start=a, end=b, input_start=base + a,
            input_end=base + b, evidence=(f"{title[a:b]!r} → {person.canonical}, {how}",))
        cue = Cue(":", colon, colon + 1, base + colon, base + colon + 1)
        return (Quote(title[s:e], QuoteKind.INDIRECT, s, e, base + s, base + e, cue, spk),)

    def _body_line(self, p: Paragraph, text: str) -> _Found | None:
        """``Name: statement`` in a paragraph of text (a transcript line, a list of
        headlines) with no quotation of its own: a headline attribution when the statement
        reads like one and the name is a person the article names elsewhere.

        Not: a tally or a short label ("Sanders: 46.", "Rubio: Finish second.", fewer
        than four words), a question (the outlet's, "Cruz: Reformer or insider?"), a list
        of names ("Ohio: Ann Lee, Bo Tam, …"), or a name that is two people or a thing
        ("Lee and Tam: …", "Editor's Note: …")."""
        m = _HEADING_ATTRIBUTION.match(text)
        if m is None:
            return None
        said = m.group(2).rstrip()
        name = m.group(1).split()
        if (len(_LETTER_WORD.findall(said)) < 4 or said.endswith("?")
                or _NAME_LIST.match(said) is not None
                or any(not w[:1].isupper() for w in name)
                or (len(name) > 1 and _POSSESSIVE_END.search(name[-2]) is not None)):
            return None
        found = self._headline_person(text, "a headline")
        if found is None or not any(
                pos < p.start or pos >= p.end for pos in found[1].positions):
            return None
        return self._heading_found(p, text, *found)

    def _heading(self, p: Paragraph, text: str) -> _Found | None:
        found = self._headline_person(text, "a headline")
        return None if found is None else self._heading_found(p, text, *found)

    def _heading_found(
        self, p: Paragraph, text: str, m: regex.Match[str], person: _Person, how: str
    ) -> _Found:
        a = p.start + m.start(1)
        b = p.start + m.end(1)
        spk = self._speaker(
            person.canonical, self.body[a:b], SpeakerKind.PERSON, Resolution.HEADLINE, a, b,
            (f"{self.body[a:b]!r} → {person.canonical}, {how}",),
        )
        s = p.start + m.start(2)
        e = p.start + len(text.rstrip())
        colon = p.start + text.index(":", m.end(1))
        return _Found(s, e, QuoteKind.INDIRECT, (colon, colon + 1), spk, -1)

    def _speaker(
        self,
        name: str,
        mention: str,
        kind: SpeakerKind,
        res: Resolution,
        a: int,
        b: int,
        evidence: Iterable[str],
    ) -> Speaker:
        if name.endswith(" that") and len(name) > 5:
            # "a shirt that read “…”": the mention keeps the relative "that" as written,
            # the name is the noun it stands for
            name = name[:-5]
        return Speaker(
            name=name,
            mention=mention,
            kind=kind,
            resolution=res,
            start=a,
            end=b,
            input_start=self._to_input(a),
            input_end=self._to_input(b),
            evidence=tuple(evidence),
        )

    # --------------------------------------------------------------------- paragraphs
    def _paragraph(
        self,
        pi: int,
        p: Paragraph,
        text: str,
        runs: list[_Run],
        toks: list[_Tok],
        pending: Speaker | None,
        prev_para_speaker: Speaker | None,
        lows: list[str],
        caps: list[int],
    ) -> tuple[list[_Found], Speaker | None, Speaker | None]:
        """The quotes of one paragraph; ``lows`` are its tokens' ``low`` and ``caps`` the
        indices of its capitalised words."""
        base = p.start
        out: list[_Found] = []
        sents = _sentences(toks, text, runs, self.c.speech_forms, lows)
        used_runs: set[int] = set()
        last_in_para: Speaker | None = None
        pending_next: Speaker | None = None
        cue_first = self.c.cue_first
        # cue words, less those that open a multi-word cue only and do not stand before
        # its second word ("in" but not "in the words of")
        cue_single = self.c.cue_single
        cue_second = self.c.cue_second
        ntoks = len(toks)
        cues = [k for k in compress(count(), map(cue_first.__contains__, lows))
                if lows[k] in cue_single
                or (k + 1 < ntoks and lows[k + 1] in cue_second.get(lows[k], ()))]
        # a sentence without a frame only hands its first named person on to
        # ``prev_subject``, which nothing reads (and nothing that ``_first_person`` reads
        # changes) before the next frame is resolved: such sentences wait, and only the last
        # of them that names someone is looked up (``_idle_subject``)
        idle_from = 0  # the first sentence not looked up yet
        for si, (s0, s1) in enumerate(sents):
            # without a quoted run or a cue word the sentence has no frame
            ci = bisect.bisect_left(cues, s0)
            if runs or (ci < len(cues) and cues[ci] < s1):
                frames = self._frames(toks, s0, s1, runs, text, cues)
                frames = self._resolve_nesting([f for f in frames if self._viable(f, toks)],
                                               toks)
                if not frames:
                    continue
            else:
                continue
            if idle_from < si:
                self._idle_subject(toks, sents, idle_from, si, caps)
            idle_from = si + 1
            sent_first_person = self._first_person(toks, s0, s1, caps)
            for fr in frames:
                cue = (base + toks[fr.cue0].start, base + toks[fr.cue1 - 1].end)
                if fr.pattern == "asked":
                    # the question someone was asked: its asker, when named after "by"
                    s, e = _trim_clause(text, toks[fr.comp0].start, toks[fr.comp1 - 1].end)
                    qk = [k for k in range(fr.comp0, fr.comp1) if toks[k].kind == "q"]
                    used_runs.update(toks[k].run for k in qk)
                    asker = None if fr.mention is None else self._resolve(
                        fr, toks, s0, base, frames)
                    out.append(_Found(base + s, base + e, QuoteKind.MIXED if qk
                                      else QuoteKind.INDIRECT, cue, asker, pi))
                    continue
                spk = self._resolve(fr, toks, s0, base, frames)
                if spk is not None:
                    last_in_para = spk
                    self.last_speaker = (self._person_of(spk), spk.name, base)
                # complement
                c0, c1 = fr.comp0, fr.comp1
                if c1 <= c0:
                    if fr.pattern == "subject" and c1 < s1 and toks[c1 - 1].text == ":" if c1 else False:
                        pending_next = spk
                    if fr.pattern == "subject" and toks[s1 - 1].text == ":" and fr.cue1 >= s1 - 2:
                        pending_next = spk
                    if fr.pattern == "according" and c0 == s1 and toks[s1 - 1].text == ":":
                        pending_next = spk  # "According to Lind, writing for the Courier:"
                    continue
                parenthetical = False
                if fr.pattern == "subject" and fr.mention is not None:
                    pk = fr.mention.tok0 - 1
                    if pk > s0 and toks[pk].text == ",":
                        pk -= 1
                    if pk >= s0 and toks[pk].kind == "q" and toks[pk].run not in used_runs:
                        r = runs[toks[pk].run]
                        used_runs.add(toks[pk].run)
                        s, e = _trim(text, r.cstart, r.cend)
                        if e > s:
                            out.append(_Found(base + s, base + e, QuoteKind.DIRECT, cue, spk, pi))
                    elif pk > s0 and toks[pk + 1].text == "," and any(
                        toks[x].text == "," for x in range(fr.cue1, c0)
                    ):
                        # "The plan, she said, is dead": the part before the attribution
                        # is a quote of its own
                        pre = self._fragment(toks, self._clause_start(toks, s0, pk + 1), pk + 1,
                                             text, runs, used_runs)
                        if pre is not None and pre[2] is QuoteKind.INDIRECT and (
                            toks[c0].kind == "q"
                        ):
                            # "Holding up a book, she said, “…”": the words before the
                            # attribution set the scene; the quote is what follows
                            pre = None
                        if pre is not None:
                            parenthetical = True
                            out.append(_Found(base + pre[0], base + pre[1], pre[2], cue, spk, pi))
                elif fr.pattern == "according" and c0 > fr.cue1 and not (
                        toks[c0].low in self.c.speech_forms and _finite_verb(toks[c0])):
                    # (not the subject of a report: "The Courier, citing two pilots, said";
                    # "Since May, according to Lee, state guards have …" is one)
                    f0 = self._according_front(toks, s0, fr.cue0)
                    if f0 is not None:
                        # "Since May, according to Lee, the crews have left": the phrase
                        # before the source is part of the report
                        pre = self._fragment(toks, f0, fr.cue0 - 1, text, runs, used_runs)
                        if pre is not None:
                            out.append(_Found(base + pre[0], base + pre[1], pre[2], cue, spk, pi))
                qidx = [k for k in range(c0, c1) if toks[k].kind == "q"]
                plain_words = [
                    k for k in range(c0, c1) if toks[k].kind == "w" and toks[k].low != "that"
                ]
                verb_kind = self._verb_kind(toks, fr)
                if fr.mention is not None and fr.mention.kind == "pronoun" and (
                    fr.mention.text.lower() in ("who", "which")
                ):
                    for m2 in range(c0, c1):
                        if toks[m2].text == "," and m2 > c0 + 2:
                            c1 = m2
                            break
                        if m2 > c0 + 1 and m2 + 1 < c1 and _comma_closed(toks[m2]) and (
                                toks[m2 + 1].kind == "w"):
                            c1 = m2 + 1  # "Lee, who said it was “late,” left": the
                            break  # comma inside the marks closes the relative clause
                    if fr.mention.tok0 > s0 and toks[fr.mention.tok0 - 1].kind == "w":
                        c1 = _before_main_verb(toks, c0, c1)
                    qidx = [k for k in range(c0, c1) if toks[k].kind == "q"]
                    plain_words = [k for k in range(c0, c1)
                                   if toks[k].kind == "w" and toks[k].low != "that"]
                elif qidx and qidx[0] == c0 and fr.mention is not None and (
                        fr.mention.tok0 > s0 and toks[fr.mention.tok0 - 1].low == "what"):
                    # "what critics called “a swamp” …": the quoted words alone
                    c1 = c0 + 1
                    qidx, plain_words = [c0], []
                if qidx and qidx[0] == c0 and plain_words and verb_kind == "quote" and (
                        toks[fr.cue1 - 1].low not in self.c.naming_forms) and not (
                        c0 + 1 < c1 and (_finite_verb(toks[c0 + 1]) or (
                            toks[c0 + 1].low in ("and", "or") and c0 + 2 < c1
                            and toks[c0 + 2].kind == "q"))):
                    # "yelled “You lie!” at the president", "read “Vote Lee” — and waved
                    # it": the quotation is what was said, the rest the writer's (not
                    # "put it, “the best thing” is that …"; "chanted “A” and “B”" stays one)
                    c1 = c0 + 1
                    qidx, plain_words = [c0], []
                if qidx and not plain_words:
                    for k in qidx:
                        r = runs[toks[k].run]
                        used_runs.add(toks[k].run)
                        s, e = _trim(text, r.cstart, r.cend)
                        if e > s:
                            out.append(_Found(base + s, base + e, QuoteKind.DIRECT, cue, spk, pi))
                    continue
                if verb_kind == "quote" and not qidx:
                    small = self._small_clause_end(toks, fr, c0, c1)
                    if small > c0:
                        # "called him divisive", "calls himself a democratic sailor": what
                        # the speaker called someone, without quotation marks
                        s, e = _trim_clause(text, toks[c0].start, toks[small - 1].end)
                        if e > s:
                            out.append(_Found(base + s, base + e, QuoteKind.INDIRECT, cue,
                                              spk, pi))
                    continue
                infinitive = verb_kind == "to" and toks[c0].low == "to"
                if verb_kind in ("that", "to", "object") and not infinitive and fr.pattern in (
                    "subject", "participle", "coord"
                ):
                    if not parenthetical and not self._that_complement(toks, fr):
                        o1 = self._object_end(toks, fr)
                        if o1 > c0 and (
                            fr.pattern != "subject" or self._credible_speaker(fr.mention)
                        ):
                            # "criticized the new tax": the object is what was said;
                            # "criticized the plan as “reckless”" quotes part of it
                            inner = [k for k in qidx if k < o1]
                            s, e = _trim_clause(text, toks[c0].start, toks[o1 - 1].end)
                            if e > s:
                                used_runs.update(toks[k].run for k in inner)
                                out.append(_Found(
                                    base + s, base + e,
                                    QuoteKind.MIXED if inner else QuoteKind.INDIRECT,
                                    cue, spk, pi))
                        continue
                post_verb = fr.pattern in ("subject", "participle", "coord")
                if post_verb and toks[c0].low in _PREPS | {"to"} and not infinitive and not (
                    _quantifier_at(toks, c0)) and not (
                    c0 > 0 and toks[c0 - 1].low == "that"
                ):
                    continue
                if not qidx and not parenthetical and not infinitive and not _clause_like(
                    toks, c0, c1
                ) and not self._shown(toks, fr) and not self._request(toks, fr) and not (
                    self._relative_report(toks, fr, s0)) and not (
                    # "According to the poll, the money comes from …": what follows the
                    # source is the sentence's main clause, whatever its verb looks like
                    fr.pattern == "according" and len(plain_words) >= 4
                ):
                    continue
                if not qidx and post_verb and toks[c0].low == "than":
                    continue  # "a bigger say than …"
                if not qidx and toks[c0].low in _PREPS and post_verb and not _quantifier_at(
                    toks, c0
                ) and not (
                    c0 > 0 and toks[c0 - 1].low == "that"
                ):
                    continue
                if not qidx and post_verb and toks[c0 - 1].low != "that" and (
                        fr.pattern == "subject") and self._verb_kind(toks, fr) == "bare" and (
                        toks[fr.cue1 - 1].low not in self.c.object_forms) and (
                        _object_then_comma(toks, c0, c1)):
                    continue  # "maintains an overwhelming lead in …, reflecting …": an object
                if not qidx and post_verb and toks[c0 - 1].low != "that" and not (
                    toks[c0].low == "if" and self._verb_lemma_in(toks, fr, self.c.ask_forms)
                ) and not _condition_then_clause(toks, c0, c1) and not (
                    # "urged them to vote": the person asked and the request
                    toks[fr.cue1 - 1].low.startswith(_REQUEST_VERBS) and c0 + 2 < c1 and (
                        _infinitive_at(toks, c0 + 1, c1) or (toks[c0 + 1].low == "not"
                                                             and _infinitive_at(toks, c0 + 2, c1)))
                ) and (
                    toks[c0].low in _SUBORD or (toks[c0].low in _OBJ_PRONOUNS and toks[c0].low
                                                not in ("it", "her", "us", "you"))
                ):
                    continue  # "said as the crowd cheered", "said them"
                inner_sub = fr.mention is not None and fr.mention.tok0 > s0 and (toks[
                    fr.mention.tok0 - 1].low in _SUBORD or (
                        # "Despite polls showing her behind, Vosk …": a fronted phrase
                        fr.mention.tok0 - 1 == s0 and toks[s0].low in _FRONT_PREPS
                        and toks[fr.cue0].low.endswith("ing")))
                as_report = fr.pattern == "subject" and toks[c0 - 1].text == "," and (
                    fr.mention is not None and _as_opener(toks, s0, fr.mention.tok0 - 1)
                )  # "As the Gazette reported, the mayor …", "But as Lee noted, …"
                lead_sub = toks[s0].low in _SUBORD or (
                    # "But as Rask denounced the toll and pledged to …, many …"
                    s0 + 1 < fr.cue0 and toks[s0].low in ("but", "and", "yet")
                    and toks[s0 + 1].low in _SUBORD)
                if post_verb and fr.cue0 > s0 and not as_report and (lead_sub or inner_sub):
                    # "While critics argue X, the mayor ...", "However, while the council
                    # says X, it ...": the report ends with the subordinate clause
                    c1 = _subordinate_end(toks, c0, c1, not lead_sub)
                    qidx = [k for k in qidx if k < c1]
                c1 = _tail_cut(toks, c0, c1)
                qidx = [k for k in qidx if k < c1]
                if qidx and len(qidx) == c1 - c0:
                    # only quotations are left once the writer's tail is cut: they are
                    # direct quotes ("“Ladies and gentlemen, Bo Dahl,” who bowed …")
                    for k in qidx:
                        r = runs[toks[k].run]
                        used_runs.add(toks[k].run)
                        s, e = _trim(text, r.cstart, r.cend)
                        if e > s:
                            out.append(_Found(base + s, base + e, QuoteKind.DIRECT, cue, spk,
                                              pi))
                    continue
                a = toks[c0].start
                b = toks[c1 - 1].end
                s, e = _trim_clause(text, a, b, opens=c0 == s0)
                if e - s < 2 or len(plain_words) + len(qidx) < 2:
                    continue
                kind = QuoteKind.MIXED if qidx else QuoteKind.INDIRECT
                for k in qidx:
                    used_runs.add(toks[k].run)
                out.append(_Found(base + s, base + e, kind, cue, spk, pi))
            if sent_first_person is not None:
                self.prev_subject = sent_first_person
        if idle_from < len(sents):
            self._idle_subject(toks, sents, idle_from, len(sents), caps)
        if pending_next is None and sents and toks[sents[-1][1] - 1].text == ":":
            # "Mayor Ann Lee put out these words:": the quotation paragraph
            # after it is hers
            pending_next = self._colon_intro(toks, *sents[-1], base)
        if not _PASSIVE_REPORT_WORDS.isdisjoint(lows):
            out.extend(self._passive_reports(toks, sents, text, lows, base, pi))
        # quoted runs without a frame
        sent_start_runs = {toks[a].run for a, _ in sents if toks[a].kind == "q"}
        run_tok: dict[int, int] = {}  # quoted run → its token, filled when first needed

        def tok_of_run(run: int) -> int:
            if not run_tok:
                run_tok.update((toks[i].run, i) for i in compress(count(), map(_IS_RUN, lows)))
            return run_tok.get(run, -1)

        for k, r in enumerate(runs):
            if k in used_runs:
                continue
            s, e = _trim(text, r.cstart, r.cend)
            if e <= s:
                continue
            nwords = len(text[s:e].split()) if _WORDCH.search(text, s, e) is not None else 0
            at_start = not text[: r.open].strip()
            uspk: Speaker | None = None
            how = ""
            signed = self.bylines.get(pi)
            if signed is not None and signed[0] == k:
                _, na, nb, dpos = signed
                if text[nb - 1] == "." and _INITIAL_END.search(text[na:nb]) is None:
                    nb -= 1  # the sentence's full stop, not an initial's
                ment = _Mention(na, nb, text[na:nb], "name")
                frame = _Frame(0, 0, 0, 0, ment, "byline")
                bspk = self._resolve(frame, toks, 0, base, [frame])
                if bspk is not None:
                    bspk = _noted(bspk, bspk.resolution, "signs the quote after a dash")
                    out.append(_Found(base + s, base + e, QuoteKind.DIRECT,
                                      (base + dpos, base + dpos + 1), bspk, pi))
                    last_in_para = bspk
                    continue
            # attributions by a verb the tables lack, or by none: "“…,” Lee growled.";
            # "Lee waited for quiet and thundered: “…”", "… to harbour master Ann Lee: “…”"
            verbless: tuple[Speaker, int, int] | None = None
            if not r.dash and text[s:e].rstrip()[-1:] in (",", "?", "!"):
                verbless = self._generic_tail(toks, tok_of_run(k), base)
            if verbless is None and not r.dash and not at_start and text[
                    : r.open].rstrip().endswith(":"):
                verbless = self._colon_head(toks, sents, tok_of_run(k), base)
            if verbless is None and not r.dash and not at_start and text[
                    : r.open].rstrip()[-1:] in (",", ":"):
                verbless = self._statement_head(toks, sents, tok_of_run(k), base)
            if verbless is not None:
                vspk, c0, c1 = verbless
                out.append(_Found(base + s, base + e, QuoteKind.DIRECT, (base + c0, base + c1),
                                  vspk, pi))
                last_in_para = vspk
                continue
            if at_start and pending is not None:
                uspk, how = pending, "introduced by the previous paragraph"
            elif r.dash and k > 0 and last_in_para is None:
                uspk = None
            elif (prevq := self._prev_quote_speaker(out, k, runs, k in sent_start_runs,
                                                                base)) is not None:
                uspk, how = prevq, "continues the quote before it"
            elif at_start and prev_para_speaker is not None and (
                r.unclosed or r.dash or nwords >= 4
            ):
                uspk, how = prev_para_speaker, "a quote paragraph after the speaker's own"
            if uspk is None and not at_start and not r.dash and nwords >= 4 and (
                k in sent_start_runs and not text[r.close :].strip()
            ) and (after := self._after_subject(toks, sents, tok_of_run(k), base)) is not None:
                uspk, how = after, "a quotation after a sentence about its speaker"
            if uspk is None:
                if r.dash and at_start and nwords >= 4 and pending is None:
                    continue
                if r.dash or nwords < self.ex.unattributed_min_words or not at_start:
                    continue
                out.append(_Found(base + s, base + e, QuoteKind.DIRECT, None, None, pi))
                continue
            uspk = _noted(uspk, Resolution.PREVIOUS, f"no attribution of its own: {how}")
            out.append(_Found(base + s, base + e, QuoteKind.DIRECT, None, uspk, pi))
            last_in_para = last_in_para or uspk
        last = last_in_para
        if last is None and out:
            last = next((f.speaker for f in reversed(out) if f.speaker), None)
        if last is None and pending is not None and any(f.speaker is pending for f in out):
            last = pending
        return out, pending_next, last if out else None

    def _passive_reports(
        self, toks: Sequence[_Tok], sents: Sequence[tuple[int, int]], text: str,
        lows: Sequence[str], base: int, pi: int,
    ) -> list[_Found]:
        """Reports whose source the sentence leaves out: "The ferry is expected to sail in
        May", "Some pilots are said to be angry": the infinitive is what is expected or
        said, by no one named (the speaker is ``None``)."""
        out: list[_Found] = []
        for k in compress(count(), map(_PASSIVE_REPORT_WORDS.__contains__, lows)):
            if k + 2 >= len(toks) or toks[k + 1].low != "to" or toks[k + 2].kind != "w":
                continue
            be = k - 1
            if be > 0 and toks[be].low in _PASSIVE_ADVERBS:
                be -= 1  # "is widely expected to"
            if be < 0 or toks[be].low not in _PASSIVE_BE:
                continue
            s1 = next((b for a, b in sents if a <= k < b), len(toks))
            c0 = k + 1
            c1 = _tail_cut(toks, c0, self._cut(toks, c0, _strip_end(toks, c0, s1)))
            # the infinitive ends at a comma before a new clause or an aside ("…, but the
            # council seems sure", "…, with both ferries …", "…, winnowing the field")
            c1 = next((m for m in range(c0 + 2, c1 - 1) if toks[m].text == "," and (
                toks[m + 1].low in _PASSIVE_TAIL or (toks[m + 1].low.endswith("ing")
                                                     and not toks[m + 1].cap))), c1)
            if c1 - c0 < 2:
                continue
            a, b = _trim_clause(text, toks[c0].start, toks[c1 - 1].end)
            if b > a:
                out.append(_Found(base + a, base + b, QuoteKind.INDIRECT,
                                  (base + toks[be].start, base + toks[k].end), None, pi))
        return out

    def _fragment(
        self, toks: Sequence[_Tok], a: int, b: int, text: str, runs: list[_Run],
        used_runs: set[int],
    ) -> tuple[int, int, QuoteKind] | None:
        """The span and kind of the reported fragment in tokens ``a:b`` (paragraph
        offsets), or None when it holds no word."""
        while b > a and toks[b - 1].kind == "p":
            b -= 1
        while a < b and toks[a].kind == "p":
            a += 1
        if b <= a:
            return None
        q = [k for k in range(a, b) if toks[k].kind == "q"]
        words = [k for k in range(a, b) if toks[k].kind == "w"]
        if not words and not q:
            return None
        for k in q:
            used_runs.add(toks[k].run)
        if q and not words and len(q) == 1:
            r = runs[toks[q[0]].run]
            s, e = _trim(text, r.cstart, r.cend)
            return s, e, QuoteKind.DIRECT
        s, e = _trim_clause(text, toks[a].start, toks[b - 1].end)
        if e <= s:
            return None
        return s, e, QuoteKind.MIXED if q else QuoteKind.INDIRECT

    def _names_person(self, ment: _Mention) -> bool:
        """Whether a mention is "he", "she" or a person the article names."""
        if ment.kind == "pronoun":
            return ment.text.lower() in ("he", "she")
        return ment.kind == "name" and self._lookup(
            self._strip_titles(ment.text.split())) is not None

    def _speaker_of(
        self, ment: _Mention, v: int, toks: Sequence[_Tok], s0: int, base: int, note: str,
        pattern: str = "subject",
    ) -> Speaker | None:
        """The speaker of ``ment`` as the subject of a verb at token ``v`` that no frame
        was read for, with ``note`` added to the evidence."""
        frame = _Frame(v, v + 1, v + 1, v + 1, ment, pattern)
        spk = self._resolve(frame, toks, s0, base, [frame])
        return None if spk is None else _noted(spk, spk.resolution, note)

    def _colon_intro(self, toks: list[_Tok], s0: int, s1: int, base: int) -> Speaker | None:
        """The speaker who introduces what follows a paragraph-final colon, when no
        quotation is in its last sentence: with a speech verb, the credible noun phrase
        that speaks ("The board confirmed it, reporting:", "As Vell Radio reported, …:",
        the inverted "Stated Rask:"); else the subject, when that is a person the article
        names or "he"/"she" ("After the landslide, Ann Lee put out these words:")."""
        if any(t.kind == "q" for t in toks[s0:s1]):
            return None
        spk = self._colon_intro_speech(toks, s0, s1, base)
        if spk is not None:
            return spk
        for v in range(s0 + 1, min(s1 - 1, s0 + 30)):
            prev = toks[v - 1]
            if not (prev.cap or prev.low in ("he", "she")) or not _verb_like(toks[v]):
                continue
            ment = self._subject_left(toks, s0, v - 1)
            if ment is None or not self._names_person(ment):
                continue
            return self._speaker_of(ment, v, toks, s0, base,
                                    "introduces the quotation after a colon")
        return None

    def _colon_intro_speech(
        self, toks: list[_Tok], s0: int, s1: int, base: int
    ) -> Speaker | None:
        """The speaker of the first speech verb of a colon-final sentence (see
        :meth:`_colon_intro`), or ``None``."""
        speech = self.c.speech_forms
        v = next((k for k in range(s0, min(s1 - 1, s0 + 30)) if toks[k].low in speech
                  and toks[k].kind == "w"), -1)
        if v < 0:
            return None
        if v == s0:
            ment = self._np_right(toks, s0 + 1, s1 - 1) if s1 - 1 - s0 <= 5 else None
        else:
            # the noun phrase right before the verb, else the sentence's subject if that
            # comes before the verb
            ment = self._subject_left(toks, s0, v - 1)
            if toks[v].low.endswith("ing") and self._document_end(toks, s0, v - 1) >= 0:
                ment = None  # "Lind sent a text message to supporters saying:": Lind
            if not self._credible_speaker(ment):
                ment = self._sentence_subject(toks, s0, v + 1)
                if ment is not None and ment.tok1 > v:
                    return None
        if ment is None or not self._credible_speaker(ment):
            return None
        return self._speaker_of(ment, v, toks, s0, base, "introduces the quotation after a colon")

    def _document_end(self, toks: Sequence[_Tok], s0: int, j: int) -> int:
        """The index of a document noun that ends at ``j`` or before a short "to"/"for"
        phrase naming its readers that ends there ("a text message to supporters"), or
        -1."""
        for p in range(j, max(s0, j - 5), -1):
            t = toks[p]
            if t.kind != "w":
                return -1
            if t.low in self.lex.source_nouns and (p == j or toks[p + 1].low in (
                    "to", "for")):
                return p
        return -1

    def _after_subject(
        self, toks: Sequence[_Tok], sents: Sequence[tuple[int, int]], tq: int, base: int
    ) -> Speaker | None:
        """The speaker of a paragraph-final quotation at token ``tq`` that no sentence
        attributes: the person the sentence before it is about ("The minister joked about
        the delay. “…”"; "Lee said in a statement. “…”")."""
        si = bisect.bisect_right(sents, (tq, len(toks))) - 1
        if si < 1 or sents[si][0] != tq:
            return None
        p0, p1 = sents[si - 1]
        if any(t.kind == "q" for t in toks[p0:p1]):
            return None  # a sentence with a quotation of its own
        ment = self._sentence_subject(toks, p0, p1)
        if ment is None or ment.tok0 != p0 or not (
                self._names_person(ment) or ment.kind == "role"):
            return None
        spk = self._speaker_of(ment, ment.tok1, toks, p0, base,
                               "the subject of the sentence before the quotation")
        return spk if spk is not None and spk.kind is SpeakerKind.PERSON else None

    def _colon_head(
        self, toks: Sequence[_Tok], sents: Sequence[tuple[int, int]], tq: int, base: int
    ) -> tuple[Speaker, int, int] | None:
        """The speaker of the quotation at token ``tq`` after "VERB:", when the verb is one
        the tables lack and the sentence's subject is a person the article names (or "he",
        "she"): "Lee waited for quiet and thundered: “…”"."""
        v = tq - 2
        if v < 1 or toks[tq - 1].text != ":":
            return None
        si = bisect.bisect_right(sents, (v, len(toks))) - 1
        if si < 0:
            return None
        s0 = sents[si][0]
        if toks[v].cap and toks[v].low not in _STOP_CAPS:
            # "… comes as no surprise to harbour master Ann Lee: “…”": a person named before
            # the colon
            ment = self._np_left(toks, s0, v)
            if ment is not None and ment.tok0 == s0 and ment.tok1 - s0 >= 2 and _inverted_verb(
                    toks[s0], self.c.speech_forms):
                ment = self._np_left(toks, s0 + 1, v)  # "Continued Rask: “…”"
            if ment is None or ment.kind != "name" or not self._names_person(ment):
                return None
            if ment.tok0 - 2 >= s0 and toks[ment.tok0 - 1].low == "to" and any(
                    toks[x].low in _MESSAGE_NOUNS for x in range(max(s0, ment.tok0 - 4),
                                                                 ment.tok0 - 1)):
                # "Lee delivered a blunt message to Rask: “…”": the sender speaks
                sender = self._sentence_subject(toks, s0, ment.tok0 - 1)
                if sender is None or not self._credible_speaker(sender):
                    return None
                spk = self._speaker_of(sender, v, toks, s0, base,
                                       "the subject that sent the message before the colon")
                c = toks[tq - 1]
                return None if spk is None else (spk, c.start, c.end)
            spk = self._speaker_of(ment, v, toks, s0, base, "named just before the colon")
            c = toks[tq - 1]
            return None if spk is None else (spk, c.start, c.end)
        if not _verb_like(toks[v]):
            return None
        ment = self._sentence_subject(toks, s0, v + 1)  # (the verb may be the subject's own)
        if ment is None or not self._names_person(ment):
            return None
        spk = self._speaker_of(ment, v, toks, s0, base, "the subject of the verb before the colon")
        return None if spk is None else (spk, toks[v].start, toks[v].end)

    def _statement_head(
        self, toks: Sequence[_Tok], sents: Sequence[tuple[int, int]], tq: int, base: int
    ) -> tuple[Speaker, int, int] | None:
        """The speaker of the quotation at token ``tq`` after "issued a statement," or
        "released a statement:": the sentence's subject, which the document speaks for."""
        v = tq - 4
        if v < 1 or toks[tq - 2].low not in self.lex.source_nouns or toks[tq - 3].low not in (
                "a", "an", "the") or toks[v].kind != "w" or toks[v].cap or not _verb_like(toks[v]):
            return None
        si = bisect.bisect_right(sents, (v, len(toks))) - 1
        if si < 0:
            return None
        s0 = sents[si][0]
        ment = self._sentence_subject(toks, s0, v + 1)  # (the verb is "issued" itself)
        if ment is None or ment.tok1 != v or not self._credible_speaker(ment):
            return None
        spk = self._speaker_of(ment, v, toks, s0, base, "the subject that issued the document")
        return None if spk is None else (spk, toks[v].start, toks[tq - 2].end)

    def _generic_tail(
        self, toks: Sequence[_Tok], tq: int, base: int
    ) -> tuple[Speaker, int, int] | None:
        """The speaker of the quotation at token ``tq`` that ends with a comma, when a short
        attribution with a verb the tables lack follows it: "“…,” Lee growled.", "“…,”
        she recalled in May.", "“…,” remembered Ann Lee, a former aide." (a speaker that
        the article names as a person, or a personal pronoun)."""
        n = len(toks)
        if tq < 0 or tq + 2 >= n:
            return None
        first = toks[tq + 1]
        if first.kind != "w":
            return None
        if first.cap or first.low in ("he", "she"):
            # "Lee growled", "she recalled": a name or pronoun, then the verb
            v = tq + 1
            while v < n and v - tq <= 4 and toks[v].kind == "w" and (
                    toks[v].cap or toks[v].low in _NAME_PARTICLES):
                v += 1
            if v == tq + 1:
                v += 1  # the pronoun
            if v >= n or toks[v].kind != "w" or not _verb_like(toks[v]):
                return None
            ment = self._np_left(toks, tq + 1, v - 1)
            if ment is None or ment.tok0 != tq + 1:
                return None
            cue0 = v
            end = v + 1
            while end < n and toks[end].low in _PARTICLES:
                end += 1
            cue1 = end
        elif first.low in _TAIL_DETS:
            # "“…,” the deputy mayor riffed.", "“…!” some protesters chanted": a
            # noun phrase whose head the tables know, then a verb in the past tense
            v = tq + 2
            while v < n and v - tq <= 6 and toks[v].kind == "w" and not (
                    toks[v].low.endswith("ed") and _verb_like(toks[v])):
                v += 1
            if v >= n or toks[v].kind != "w" or not self._known_head(toks[v - 1]):
                return None
            ment = self._np_left(toks, tq + 1, v - 1)
            if ment is None or ment.tok0 != tq + 1 or ment.kind == "pronoun":
                return None
            cue0, cue1, end = v, v + 1, v + 1
        elif _verb_like(first) and first.low.endswith("ed"):
            # "remembered Ann Lee"
            ment = self._np_right(toks, tq + 2, self._np_right_end(toks, tq + 2, n))
            if ment is None or ment.tok0 != tq + 2:
                return None
            cue0, cue1, end = tq + 1, tq + 2, ment.tok1
        else:
            return None
        if end < n and toks[end].text not in (".", ",", "!", "?", ";") and not (
            toks[end].low in _PREPS or toks[end].low in _TIME_WORDS
            # "“…,” Lee barked and a guard led him out": a clause of its own after "and"
            or (toks[end].low == "and" and end + 1 < n and toks[end + 1].low in _DETERMINERS)
        ):
            return None
        if not self._names_person(ment) and first.low not in _TAIL_DETS and not (
                # "“…,” mused Vell Radio host Arno Tilsberg.": a role, then a full name
                cue0 == tq + 1 and ment.kind in ("name", "role") and ment.tok1 - ment.tok0 >= 3
                and self._credible_speaker(ment)):
            return None
        spk = self._speaker_of(ment, tq + 1, toks, 0, base,
                               "a short attribution after the quotation", "trailing")
        return None if spk is None else (spk, toks[cue0].start, toks[cue1 - 1].end)

    def _prev_quote_speaker(
        self, out: list[_Found], k: int, runs: list[_Run], sent_start: bool, base: int
    ) -> Speaker | None:
        """The speaker of an attributed direct quote earlier in the paragraph, for a run
        that opens a sentence of its own (after a report too: "Lee said the levy was
        fair. “It is the only way …”")."""
        if k == 0 and (not sent_start or self.body[
                base + runs[k].cstart : base + runs[k].cend].rstrip()[-1:] == ","):
            return None  # (a quotation ending in a comma waits for its own attribution)
        before = [f for f in out if f.end <= base + runs[k].open]
        if not sent_start:
            # "“A,” Lee told Vell Radio on Monday, “B.”": the quotation split by its own
            # attribution goes on after it
            f = max(before, key=lambda f: f.end, default=None)
            gap = self.body[f.end : base + runs[k].open] if f is not None else ""
            if f is not None and f.speaker is not None and (f.kind is QuoteKind.DIRECT or (
                    # "The “animosity is …,” he told …, “and I hope …”": a mixed quote
                    # that ends with its quotation goes on the same way
                    f.kind is QuoteKind.MIXED
                    and self.body[f.end - 1 : f.end] in _CLOSING_MARKS)) and (
                    f.cue is not None and f.end <= f.cue[0] < base + runs[k].open) and (
                    gap.rstrip()[-1:] in (",", ".") and len(gap) < 120 and gap.count(",") <= 2):
                # (a full stop too: "“A,” Lee said in Oster, N.Y. “B.”" is one sentence
                # to the splitter, after the abbreviation)
                return f.speaker
            return None
        # the speaker of the last verbatim quote, not of a report in between nor of the
        # question put to that speaker ("“A,” Lee said when asked whether …. “B.”")
        before = [f for f in before if f.speaker is not None or f.cue is None or (
            self.body[f.cue[0] : f.cue[1]].lower() not in self.c.ask_forms)]
        if not before or (last := max(before, key=lambda f: f.end)).speaker is None:
            return None
        direct = [f for f in before if f.kind is QuoteKind.DIRECT]
        if direct and (f := max(direct, key=lambda f: f.end)).speaker is not None:
            return f.speaker
        return last.speaker

    def _verb_kind(self, toks: Sequence[_Tok], fr: _Frame) -> str:
        if fr.pattern == "according":
            return "bare"
        cls = self._cue_class(toks, fr.cue0, fr.cue1)
        if cls == "quote" and toks[fr.cue1 - 1].low in self.c.object_forms and _called_as(
                toks, fr.comp0, fr.comp1):
            return "object"  # "described the probe as a routine review": no quotation
        return cls

    def _relative_report(self, toks: Sequence[_Tok], fr: _Frame, s0: int) -> bool:
        """Whether the frame is a report inside a relative clause whose subject is the
        relative pronoun: "a finish that he said defied expectations", "laws, which
        judges say discriminated": after a noun, "that"/"which" and the speaker, the verb
        of the relative clause opens what was said."""
        m = fr.mention
        if fr.pattern != "subject" or m is None or fr.comp0 >= fr.comp1:
            return False
        rel = m.tok0 if m.text.split()[0].lower() in ("that", "which") else m.tok0 - 1
        if rel <= s0 or toks[rel].low not in ("that", "which"):
            return False
        before = toks[rel - 1]
        if before.text != "," and (before.kind != "w" or before.low in _NOT_BEFORE_RELATIVE
                                   or before.low in self.c.verb_forms or _finite_verb(before)):
            return False  # ("so that", "said that", "is that": no noun before it)
        first = toks[fr.comp0]
        return first.kind == "w" and not first.cap and _finite_verb(first)

    def _small_clause_end(self, toks: Sequence[_Tok], fr: _Frame, c0: int, c1: int) -> int:
        """Where "called him divisive" ends: after a naming verb (``Lexicon.naming_verbs``)
        of a named or credible subject, an object pronoun and the words that say what it
        was called, up to the clause's end; ``c0`` when the complement is no such clause
        ("called him on Monday", "called them back")."""
        if fr.pattern not in ("subject", "coord") or toks[fr.cue1 - 1].low not in (
                self.c.naming_forms):
            return c0
        if fr.pattern == "subject" and not self._credible_speaker(fr.mention):
            return c0
        if not ((_small_clause_at(toks, c0, c1) and toks[c0 + 1].kind == "w")
                or _np_small_clause_at(toks, c0, c1)):
            return c0
        end = c1
        for m in range(c0 + 1, c1):
            t = toks[m]
            if t.kind != "w" or (t.low in ("and", "but") and m + 1 < c1 and _verb_after_and(
                    toks[m + 1])):
                end = m
                break
        return end if end - c0 >= 2 else c0

    def _cue_class(self, toks: Sequence[_Tok], a: int, b: int) -> str:
        """The verb class (see :meth:`Lexicon.verb_forms`) of the cue ``toks[a:b]``: that
        of the whole phrase ("called for"), else of its last word, else ``"bare"``."""
        forms = self.c.verb_forms
        if b - a > 1 and (cls := forms.get(" ".join(t.low for t in toks[a:b]))) is not None:
            return cls
        return forms.get(toks[b - 1].low, "bare")

    def _credible_speaker(self, m: _Mention | None) -> bool:
        """A mention that can only be a speaker: a pronoun, a role, an organisation, a
        group or source noun, or a person or outlet the article names."""
        if m is None:
            return False
        if m.kind in ("pronoun", "role", "org"):
            return True
        low = m.text.lower().replace("’", "'")
        words = low.removesuffix("'s").split()
        if not words:
            return False
        group = words[-1] in self.lex.group_nouns or words[-1] in self.lex.source_nouns or (
            # "members of the council", "critics of the plan": the head before "of"
            "of" in words[1:] and self._people_noun(words[words.index("of") - 1]))
        if m.kind == "group" or (group and len(words) == 1):
            # ("Polls show …": a capital at the start of a sentence makes no name)
            return group
        if self._is_media(low) or low.removeprefix("the ") in self.lex.countries or (
                m.kind == "name" and len(words) > 1 and (
                    words[-1] in self.lex.org_heads or words[-1] in _PARTY_WORDS)):
            return True  # (an outlet, a country, "Vell Foundation", "the Tarn Republican")
        words = self._strip_titles(m.text.replace("’s", "").replace("'s", "").split())
        # ("Former Vell governor Ann Quist": a known person at the end, as in _resolve)
        return any(self._lookup(words[i:]) is not None for i in range(max(1, len(words) - 1)))

    def _viable(self, fr: _Frame, toks: Sequence[_Tok]) -> bool:
        """Whether a frame can yield a quote at all: a "that" verb needs its "that", a
        quotation verb its quotation (so "many Asian states, ..., said X" keeps the
        outer frame)."""
        if fr.pattern in ("subject", "trailing") and toks[fr.cue1 - 1].low in self.c.noun_forms:
            if not self._credible_speaker(fr.mention) and not (
                fr.pattern == "trailing" and fr.comp1 > fr.comp0
                and fr.mention is not None and toks[fr.mention.tok0 - 1].kind == "q" and (
                    toks[fr.comp1 - 1].kind == "q" or (
                        toks[fr.comp1 - 1].text == "," and toks[fr.comp1 - 2].kind == "q"))
            ):
                return False  # "Battleground state Ohio is ...", "the new rules could ..."
        if fr.comp1 <= fr.comp0 or fr.pattern not in ("subject", "participle", "coord"):
            return True
        if fr.pattern == "subject" and fr.mention is not None and _between_commas(toks, fr) and (
                toks[fr.comp0].low in _AUX or _finite_verb(toks[fr.comp0])) and (
                toks[fr.cue1 - 1].low not in self.c.noun_forms):  # (not "a radio show, is")
            return True  # "His leverage, they believe, is not going anywhere": an aside
        kind = self._verb_kind(toks, fr)
        if kind == "to" and toks[fr.comp0].low == "to":
            # "The mayor vowed to rebuild": only a subject that can only be a speaker
            return fr.pattern != "subject" or self._credible_speaker(fr.mention)
        if kind in ("that", "to", "object"):
            return self._that_complement(toks, fr) or all(
                toks[k].kind != "w" for k in range(fr.comp0, fr.comp1)
            ) or self._object_end(toks, fr) > fr.comp0
        if kind == "quote":
            if fr.pattern == "subject" and toks[fr.cue1 - 1].low in _NAMING_FORMS and (
                    fr.mention is not None and fr.mention.kind not in ("pronoun", "name")
                    and not self._credible_speaker(fr.mention) and not (
                        # "what several councillors called “a swamp”": people name it
                        fr.mention.tok0 > 0 and toks[fr.mention.tok0 - 1].low == "what")):
                return False  # "an inflation formula called the “chained CPI”": a name
            return any(toks[k].kind == "q" for k in range(fr.comp0, fr.comp1)) or (
                self._small_clause_end(toks, fr, fr.comp0, fr.comp1) > fr.comp0)
        return True

    def _that_complement(self, toks: Sequence[_Tok], fr: _Frame) -> bool:
        """A complement a "that" verb can report: a "that" clause, a clause whose
        "that" is left out ("announced it would withdraw", "believes the law will
        pass"), for verbs of asking an indirect question ("asked whether ..."), what a
        source shows (``_shown``) or a request (``_request``)."""
        if self._starts_with_that(toks, fr) or self._shown(toks, fr) or self._request(toks, fr):
            return True
        c0, c1 = fr.comp0, fr.comp1
        if c1 - c0 < 3:
            return False
        first = toks[c0].low
        if (first in ("whether", "if") or first in _WH) and self._verb_lemma_in(
            toks, fr, self.c.ask_forms
        ):
            return True  # "asked whether ...", "asked him how long the repairs would take"
        if _condition_then_clause(toks, c0, c1):
            return True  # "reported that even if A, B would …": a clause after its condition
        if fr.pattern == "subject" and fr.mention is not None and toks[c0 - 1].text == "," and (
                toks[fr.cue1 - 1].low in self.c.reporting_forms) and (
                _as_attribution(toks, fr.mention.tok0 - 1)) and (_clause_like(toks, c0, c1) or any(
                    toks[k].kind == "q" for k in range(c0, c1))):
            # "As the Courier reported, the chief gave money to the crews": the clause
            # after an outlet's report is the sentence's main clause, whatever its verb
            # (not "as some hope, …" nor "As Lee joked with friends, …": a setting)
            return True
        return _finite_clause(toks, c0, c1)

    def _source_np_left(self, toks: Sequence[_Tok], s0: int, j: int) -> _Mention | None:
        """The noun phrase of a source noun whose modifiers run up to token ``j`` ("A
        video of the episode", "A poll from Tarn University released Wednesday"): an
        article, the source noun, then up to eight words with no verb of their own or
        punctuation; ``None`` when there is none."""
        for k in range(j, max(s0, j - 9) - 1, -1):
            t = toks[k]
            if t.kind != "w" or t.low in _AUX or t.low in _SUBJ_PRONOUNS or t.low in (
                    "that", "which", "who"):
                return None
            if t.low in self.lex.source_nouns and k - 1 >= s0 and toks[k - 1].low in (
                    "a", "an", "the", "this", "that", "new", "latest", "recent") and (
                    k == j or toks[k + 1].low in ("of", "from", "by", "released", "published",
                                                  "conducted", "commissioned", "taken")):
                d = k - 1
                if d - 1 >= s0 and toks[d].low in ("new", "latest", "recent") and (
                        toks[d - 1].low in ("a", "an", "the")):
                    d -= 1
                return _Mention(toks[d].start, t.end, " ".join(map(_TEXT, toks[d : k + 1])),
                                "group", d, k + 1)
        return None

    def _shown(self, toks: Sequence[_Tok], fr: _Frame) -> bool:
        """A source shows its content ("A harbour poll shows the mayor ahead"): an
        evidence verb after a subject headed by a source noun, before some words."""
        if fr.pattern != "subject" or fr.mention is None or fr.comp1 - fr.comp0 < 2 or (
                toks[fr.cue1 - 1].low not in self.c.evidence_forms):
            return False
        head = toks[fr.mention.tok1 - 1]
        # (a capital only as the first word of the sentence: "Polls show …")
        lone = fr.mention.tok1 - fr.mention.tok0 == 1
        return (not head.cap or lone) and head.low in self.lex.source_nouns and (
            toks[fr.comp0].kind == "w" and toks[fr.comp0].low not in _PREPS)

    def _request(self, toks: Sequence[_Tok], fr: _Frame) -> bool:
        """A request put to someone: a verb of asking, its object and a "to" infinitive
        ("asked the council to delay the vote"); the object and the infinitive are
        what was asked."""
        c0, c1 = fr.comp0, fr.comp1
        verb = toks[fr.cue1 - 1].low
        if fr.pattern not in ("subject", "participle", "coord") or not verb.startswith(
                _REQUEST_VERBS):
            return False  # (not "questioned her devotion to safety")
        first = toks[c0] if c0 < c1 else None
        if first is None or first.kind != "w" or first.low in ("to", "that", "if") or (
                first.low in _WH or first.low in _PREPS):
            return False
        for m in range(c0 + 1, min(c1 - 1, c0 + 9)):
            t = toks[m]
            if t.low == "to":
                return _infinitive_at(toks, m, c1)
            if t.low == "about" and verb in self.c.ask_forms and m + 2 < c1 and m - c0 <= 4:
                return True  # "asked the mayor about the toll on the old quay": a question
            if t.kind != "w" or t.low in _AUX or t.low == "that":
                return False
        return False

    def _owned_clause(self, toks: Sequence[_Tok], k: int, m: int) -> bool:
        """Whether the "that" at ``m`` opens the clause of a content noun right before
        it ("the report that ...", "little evidence that ..."), in a noun phrase that
        starts at ``k`` and is not the subject's own ("his claim that ...")."""
        if m - 1 < k or m - k > 5:
            return False
        noun = toks[m - 1]
        if noun.cap or noun.low not in self.lex.content_nouns:
            return False
        # the words before the noun are its determiner and modifiers ("a false"), not a
        # name ("Lee hopes that"), a preposition, a pronoun or a possessive
        return m - 1 == k or (toks[m - 2].low not in _POSSESSIVES and all(
            toks[x].kind == "w" and not toks[x].cap and toks[x].low not in _PREPS
            and toks[x].low not in _OBJ_PRONOUNS and toks[x].low not in ("as", "to")
            for x in range(k, m - 1)))

    def _object_end(self, toks: Sequence[_Tok], fr: _Frame) -> int:
        """The end of the noun-phrase object of an object verb ("criticized [the new
        tax] on Monday"), or ``fr.comp0`` when the verb has none."""
        c0, c1 = fr.comp0, fr.comp1
        if c1 <= c0:
            return c0
        for m in range(c0 + 1, min(c1, c0 + 6)):
            if toks[m].low == "that":
                if self._owned_clause(toks, c0, m):
                    return c1  # "repeated a false claim that ...": the whole phrase
                break
        words = " ".join(t.low for t in toks[fr.cue0 : fr.cue1])
        if words not in self.c.object_forms and toks[fr.cue1 - 1].low not in self.c.object_forms:
            return c0
        first = toks[c0]
        if first.kind != "w" or first.low in _PREPS or first.low in _WH or first.low in (
            "to", "that", "not", "so", "as", "and", "but", "or", "because", "if"
        ) or first.low in _TIME_WORDS or first.low in _SUBJ_PRONOUNS - {"it"} or (
                first.low in _AUX):  # ("the “loopholes” he cited are …": no object)
            return c0
        m = c0 + 1
        # a name or a pronoun is a whole object before a time phrase: "endorsed Vass in
        # early June", "endorsed her early"
        named = (first.cap and not first.low.endswith("'s")) or first.low in _OBJ_PRONOUNS
        examples = -1  # the comma before "including" or "such as", once stepped over
        relative = fr.mention is not None and fr.mention.kind == "pronoun" and (
            toks[fr.mention.tok0].low in ("who", "which", "that"))
        while m < c1:
            t = toks[m]
            if t.text == "," and m + 2 < c1 and m - c0 >= _OBJECT_MIN_WORDS and (
                    toks[m + 1].low == "including" or (
                        toks[m + 1].low == "such" and toks[m + 2].low == "as")):
                # (only an object long enough by itself: the examples make none)
                examples = m
                # "cited several factors, including the new toll": examples
                m += 2 if toks[m + 1].low == "including" else 3
                continue
            if t.text in (",", ";", ":", "—", "–", "(", ".", "!", "?"):
                break
            if relative and m > c0 + 1 and _finite_verb(t) and toks[m - 1].kind == "w" and (
                    toks[m - 1].low not in _DETERMINERS and toks[m - 1].low not in _PREPS
                    and toks[m - 1].low not in ("and", "or", "of", "whom")) and not (
                    m + 1 < c1 and (toks[m + 1].low in _PREPS or toks[m + 1].low == "by")):
                break  # "people who endorsed [the plan] sounded unsure": the main verb
            if named and not t.cap and t.kind == "w":
                if t.low in ("early", "late", "last") or (
                        t.low in ("in", "during") and m + 1 < c1 and (
                            toks[m + 1].low in _MONTHS or toks[m + 1].low in ("early", "late"))):
                    break
                named = False
            if t.kind == "q" and t.text.rstrip(_CLOSING_MARKS).endswith((".", "!", "?", ",")):
                m += 1  # “… to give him time.” ends the sentence with its quotation
                break
            if t.low in ("on", "at") and m + 1 < c1 and not (
                toks[m + 1].cap or toks[m + 1].low[:1].isdigit()
                or toks[m + 1].low in _TIME_WORDS or toks[m + 1].low in _EVENT_DETS
            ):
                pass  # "blamed some of it on the candidate", not "on Monday", "on Twitter"
            elif t.low == "as" and m + 1 < c1 and _predicative_as(toks, m + 1, c1):
                pass  # "described the probe as a routine review": what it was called
            elif (t.low in _OBJECT_STOPS or t.low in _TIME_WORDS or t.low in _SUBORD) and (
                toks[m - 1].low not in _PREPS and toks[m - 1].low not in ("for", "of")
            ):
                break  # ("criticized X for once holding ...": "once" after "for" is no stop)
            if t.low == "in" and m + 1 < c1 and toks[m + 1].low in _EVENT_DETS:
                break  # "criticized the plan in a speech"
            if t.low in ("and", "but") and m + 2 < c1 and toks[m + 1].cap and any(
                    toks[x].low in self.c.speech_forms and not toks[x].cap
                    for x in range(m + 2, min(c1, m + 5))):
                break  # "accuses Vosk of “…” and Ann Lee says …": a second report
            if t.low in ("and", "but") and m + 1 < c1 and _verb_after_and(toks[m + 1]):
                break  # "rejected the charges and blamed the pilot": a second verb
            m += 1
        if examples >= 0 and m <= examples + 4 - (toks[examples + 1].low == "including"):
            m = examples  # (no example after all: "…, including this week's …")
        if m - c0 >= _OBJECT_MIN_WORDS or all(toks[x].cap for x in range(c0, m)) or (
                m - c0 >= 2 and (any(toks[x].kind == "q" for x in range(c0, m))
                                 or not self._institution(fr.mention))):
            # ("endorsed Ann Vass": a name is object enough; "called for tripling “the
            # number of officers”": a quotation carries its words; "Lee announced her
            # resignation": two words will do for people, while a state's or a body's
            # short object is mostly a deed: "the West rejected the demands")
            return m
        return c0

    def _institution(self, m: _Mention | None) -> bool:
        """The mention names an organisation, a country or its capital ("the ministry",
        "Vell", "the West"), not a person or a group of people."""
        return m is not None and (m.kind == "org" or _strip_det(m.text).lower() in (
            self.lex.countries) or self._is_media(m.text.lower()))

    def _verb_lemma_in(self, toks: Sequence[_Tok], fr: _Frame, forms: frozenset[str]) -> bool:
        return toks[fr.cue1 - 1].low in forms

    def _starts_with_that(self, toks: Sequence[_Tok], fr: _Frame) -> bool:
        k = fr.comp0
        if k < len(toks) and toks[k].low == "that":
            return True
        return k > 0 and toks[k - 1].low == "that"

    # --------------------------------------------------------------------- frames
    def _frames(
        self, toks: list[_Tok], s0: int, s1: int, runs: list[_Run], text: str,
        cues: Sequence[int] | None = None,
    ) -> list[_Frame]:
        """The attribution frames of the sentence ``toks[s0:s1]``; ``cues`` are the
        paragraph's indices of words in ``cue_first`` (computed here when not given)."""
        frames: list[_Frame] = []
        i = s0
        forms = self.c.verb_forms
        # a quoted run after "Name:" (a paragraph without runs has no "q" token)
        for c in range(s0 + 1, min(s1 - 1, s0 + 6) if runs else 0):
            if toks[c].text == ":" and toks[c + 1].kind == "q" and all(
                toks[x].cap or toks[x].low in _NAME_PARTICLES or toks[x].text == "."
                for x in range(s0, c)
            ):
                first = s0
                ment = self._np_left(toks, s0, c - 1)
                if ment is not None and ment.tok0 == s0 and c - s0 >= 2 and _inverted_verb(
                        toks[s0], self.c.speech_forms):
                    first = s0 + 1
                    ment = self._np_left(toks, first, c - 1)  # "Continued Rask: “…”"
                if ment is not None and ment.tok0 == first:
                    frames.append(_Frame(c, c + 1, c + 1, _strip_end(toks, c + 1, s1), ment,
                                         "subject"))
                break
        if cues is None:
            cue_first = self.c.cue_first
            cues = [k for k in range(s0, s1) if toks[k].low in cue_first]
        # a word that can start no cue is stepped over: jump from cue word to cue word
        # (walked by index: slicing the list per sentence would be quadratic)
        according = self.c.according
        multi_cues = self.c.multi_cues
        for ci in range(bisect.bisect_left(cues, s0), len(cues)):
            k = cues[ci]
            if k >= s1:
                break
            if k < i:
                continue
            i = k
            t = toks[i]
            if t.kind != "w":
                continue
            # (most cue words open no phrase: their empty tables are not walked)
            table = according.get(t.low)
            acc = self._match_multi(toks, i, s1, table) if table else 0
            if acc:
                fr = self._according(toks, s0, s1, i, i + acc)
                if fr is not None:
                    frames.append(fr)
                i += acc
                continue
            table = multi_cues.get(t.low)
            multi = self._match_multi(toks, i, s1, table) if table else 0
            width = multi or (1 if t.low in forms and (not t.cap or i == s0) else 0)
            if width:
                fr = self._verb_frame(toks, s0, s1, i, i + width, runs)
                if fr is not None:
                    frames.append(fr)
                i += width
                continue
        return frames

    def _match_multi(
        self, toks: Sequence[_Tok], i: int, s1: int, table: Sequence[tuple[str, ...]]
    ) -> int:
        low = toks[i].low
        for phrase in table:
            if phrase[0] != low or i + len(phrase) > s1:
                continue
            if all(toks[i + k].low == phrase[k] for k in range(1, len(phrase))):
                return len(phrase)
        return 0

    def _according(self, toks: list[_Tok], s0: int, s1: int, a: int, b: int) -> _Frame | None:
        # NP after the cue, up to a comma or the end
        j = b
        while j < s1 and toks[j].text not in _SOURCE_STOPS and toks[j].kind != "q":
            j += 1
        if j == b:
            return None
        # a long source is named by its head ("a harbour clerk who spoke on condition that
        # ...", "a tally of street surveys carried out for ..."); a plain noun phrase
        # names the source only after a phrase ("according to", not "citing": "citing
        # fears of flooding" gives a reason)
        ment = self._np_right(toks, b, min(j, b + _MAX_SOURCE_WORDS), source=b - a > 1)
        if ment is None:
            return None
        m = ment.tok1
        if m + 1 < j and toks[m].low in ("from", "by") and (toks[m + 1].cap or (
                m + 2 < j and toks[m + 1].low == "the" and toks[m + 2].cap)) and (
                toks[m - 1].low in self.lex.source_nouns):
            # "according to a post from Ann Lee": the author speaks through the document
            author = self._np_right(toks, m + 1, j)
            if author is not None and author.kind in ("name", "org"):
                ment = author
        if b - a == 1 and not (ment.kind == "pronoun" or any(
                t.cap for t in toks[ment.tok0 : ment.tok1]) or self._known_head(
                toks[ment.tok1 - 1], plural_roles=False)):
            # "citing his anger at …": a reason, not a source; after a report ("reported
            # the closure, citing harbour clerks") only a named or listed source counts
            return None
        if j - b > _MAX_SOURCE_WORDS and ment.tok1 < j:
            after = toks[ment.tok1].low
            if after not in _SOURCE_TAIL and not after.endswith("ed"):
                return None  # a long run of words that is not a source and its modifier
        if j + 1 < s1 and toks[j].text == "," and toks[s1 - 1].text == ":" and (
                toks[j + 1].low.endswith("ing") and not toks[j + 1].cap) and all(
                toks[x].kind == "w" for x in range(j + 1, s1 - 1)):
            # "According to Edda Lind, writing for the Courier:": the participle belongs
            # to the source; what she says follows the colon
            return _Frame(a, b, s1, s1, ment, "according")
        before = [k for k in range(s0, a) if toks[k].kind in ("w", "q")]
        at_clause_start = not before or (
            toks[a - 1].text == "," and all(toks[k].kind == "w" for k in before) and len(before) <= 3
        ) or (a > s0 and toks[a - 1].low in ("but", "and")) or (
            # "… because, according to Tull, the crews would …": the clause that follows
            a - 1 > s0 and toks[a - 1].text == "," and toks[a - 2].low in _SUBORD)
        if j < s1 and toks[j].text == "," and (at_clause_start or a == s0):
            return _Frame(a, b, j + 1, self._cut(toks, j + 1, _strip_end(toks, j + 1, s1)),
                          ment, "according",
                          reporting=self._is_media(ment.text))
        # trailing: "..., according to X."
        c1 = a
        while c1 > s0 and toks[c1 - 1].text in (",", "(", "—", "–"):
            c1 -= 1
        c0 = s0
        if not before:
            if j < s1 and toks[j].text == ",":
                return _Frame(a, b, j + 1, self._cut(toks, j + 1, _strip_end(toks, j + 1, s1)),
                              ment, "according",
                              reporting=self._is_media(ment.text))
            return None
        if toks[a - 1].text == "," and at_clause_start and j < s1 and toks[j].text == ",":
            return _Frame(a, b, j + 1, self._cut(toks, j + 1, _strip_end(toks, j + 1, s1)),
                          ment, "according")
        if toks[a - 1].text == "," and j < s1 and toks[j].text == "," and not _clause_like(
                toks, self._clause_start(toks, s0, a), a - 1) and _clause_like(toks, j + 1, s1):
            # "At the heart of the row, according to Lee, was a vote to shut the quay":
            # the phrase before the source has no verb, so the sentence goes on after it
            # (its front is a fragment of the report, ``_according_front``)
            return _Frame(a, b, j + 1, self._cut(toks, j + 1, _strip_end(toks, j + 1, s1)),
                          ment, "according")
        return _Frame(a, b, c0, c1, ment, "according-trailing",
                      reporting=self._is_media(ment.text) or True)

    def _according_front(self, toks: Sequence[_Tok], s0: int, a: int) -> int | None:
        """Where the reported phrase before a mid-sentence "according to" at ``a`` starts
        ("Since May, according to Lee, …"; "But in May, …" from "in"), or None when the
        phrase is only the writer's link to the text before ("However, according to …")
        or ends a clause of its own ("… because, according to …", "Vell Radio reported,
        according to …")."""
        if a - 2 < s0 or toks[a - 1].text != ",":
            return None
        k = a - 2
        while k > s0 and not (toks[k].text == ";" or (toks[k].text == ":" and not (
                # (not the colon of a time: "About 10:03 p.m., according to …")
                toks[k - 1].end == toks[k].start and toks[k - 1].low.isdigit()))):
            k -= 1
        if k > s0:
            k += 1
        while k < a - 1:
            if toks[k].low in _FRONT_LINKS or toks[k].text == ",":
                k += 1
                continue
            phrase = next((p for p in _FRONT_LINK_PHRASES if k + len(p) < a and all(
                toks[k + x].low == w for x, w in enumerate(p))), None)
            if phrase is None:
                break
            k += len(phrase)
        if k >= a - 1 or toks[a - 2].low in _SUBORD or toks[a - 2].low == "that" or any(
                toks[x].low in self.c.speech_forms for x in range(k, a - 1)):
            return None
        return k

    def _is_media(self, text: str) -> bool:
        return _memoised(self.c.media, text, self._is_media_uncached)

    def _is_media_uncached(self, text: str) -> bool:
        low = " ".join(text.lower().replace("’", "'").split())
        if low.startswith("the "):
            low = low[4:]
        media = self.lex.media
        if low in media:
            return True
        # an outlet's name before or after a space ("reuters news", "the daily bugle")
        sp = low.find(" ")
        while sp >= 0:
            if low[:sp] in media or low[sp + 1 :] in media:
                return True
            sp = low.find(" ", sp + 1)
        return "news agency" in low or low.endswith(("agency", "newspaper", "tv channel"))

    def _noun_use(self, toks: Sequence[_Tok], s0: int, v0: int, v1: int) -> bool:
        """Whether a noun-like speech verb is a noun here: a modifier before its head
        after a word that cannot be its subject ("and state troopers", "a Vell state
        delegate"), or a plural with a relative clause ("states that have ...")."""
        nxt = toks[v1]
        if nxt.low == "that" and v1 + 1 < len(toks) and toks[v1 + 1].low in _AUX:
            return True
        if nxt.text == "," and v0 > s0 and toks[s0].low in _PREPS and all(
                toks[x].kind == "w" and toks[x].low not in _AUX for x in range(s0, v0)):
            return True  # "In interviews and tweets, Lee has argued …": inside a phrase
        if v0 - 2 >= s0 and toks[v0 - 2].low in _ARTICLES and toks[v0 - 1].kind == "w" and (
                not toks[v0 - 1].cap and not self._known_head(toks[v0 - 1])
                and toks[v0 - 1].low not in _ADVERBS and not toks[v0 - 1].low.endswith("ly")):
            return True  # "the radio show “Low Tide”", "a news report": a compound noun
        if nxt.kind != "w" or nxt.cap or nxt.low in _VERB_FOLLOWERS or nxt.low.endswith("ly"):
            return False
        if v0 == s0:
            return True
        prev = toks[v0 - 1]
        return (prev.low in ("and", "or", "but") and not toks[v1 - 1].low.endswith("s")) or (
            prev.cap and v0 - 1 > s0 and toks[v0 - 2].low in _ARTICLES)

    def _verb_frame(
        self, toks: list[_Tok], s0: int, s1: int, v0: int, v1: int, runs: list[_Run]
    ) -> _Frame | None:
        low = toks[v1 - 1].low
        if low in self.c.noun_forms and v1 < s1 and self._noun_use(toks, s0, v0, v1) and not (
                # "A video of the episode shows her …": a source's verb after its phrase
                low in self.c.evidence_forms and v0 - 1 > s0
                and toks[v0 - 2].low not in self.lex.source_nouns
                and toks[v1].low not in _AUX and not _finite_verb(toks[v1])  # ("shows was")
                and self._source_np_left(toks, s0, v0 - 1) is not None):
            return None  # "and state troopers", "a Vell state delegate", "states that have"
        if v0 > s0 and ((toks[v0 - 1].low in _DETERMINERS and toks[v0 - 1].low not in (
            "that", "all", "both", "many", "some", "most", "several", "others"
        ) and not _is_number(toks[v0 - 1].low) and not (
            # "Another said …": the pronoun is the subject, unless the verb is a noun too
            toks[v0 - 1].low in ("another", "each") and low not in self.c.noun_forms
            and not low.endswith("ing"))) or (toks[v0 - 1].low in (
            "of", "to", "for", "by", "with") and not (
                # "Lee began by saying …": a participle after "by", not "a report by …"
                toks[v0 - 1].low == "by" and low.endswith("ing") and v0 - 1 > s0
                and toks[v0 - 2].kind == "w" and not toks[v0 - 2].cap))):
            return None  # a noun ("the demands of ...", "a report by ...")
        if v0 - 1 > s0 and low in self.c.noun_forms and toks[v0 - 1].low in _DETERMINERS and (
            toks[v0 - 2].low in _PREPS or toks[v0 - 2].low == "of"
        ):
            return None  # "in both states", "of many reports"
        if v0 > s0 and toks[v0 - 1].low.endswith("'s") and toks[v0 - 1].low not in (
            _CONTRACTIONS
        ):
            return None  # "the editor's note", "Russia's claim"
        if ((v0 == s0 and toks[v0].cap) or (
                # "But, said Dahl, “…”": after a conjunction and its comma
                v0 == s0 + 2 and toks[s0].low in ("but", "and", "yet", "still")
                and toks[s0 + 1].text == ",")) and low in _ATTRIB_VERBS and v1 + 1 < s1:
            # "Said Dahl, “…”", "Added the mayor: “…”": the verb opens the sentence and
            # its speaker follows, then the quotation
            ment = self._np_right(toks, v1, self._np_right_end(toks, v1, s1))
            m = -1 if ment is None else ment.tok1
            if ment is not None and ment.kind != "pronoun" and m + 1 < s1 and (
                    toks[m].text in (",", ":") and toks[m + 1].kind == "q"):
                return _Frame(v0, v1, m + 1, _strip_end(toks, m + 1, s1), ment, "inverted",
                              reporting=self._is_media(ment.text))
        # skip adverbs/auxiliaries and time phrases left of the verb
        j = v0 - 1
        while j >= s0 and toks[j].kind == "w":
            if toks[j].low in _ADVERBS or (toks[j].low.endswith("ly") and len(toks[j].low) > 4
                                           and not toks[j].cap):
                j -= 1
            elif j > s0 and _time_phrase_end(toks, j):
                j -= 2  # "Lee last week said", "Lee on Monday said"
            elif j > s0 and toks[j].cap and toks[j].low in _TIME_WORDS and (
                    toks[j - 1].low in _ADVERBS or toks[j - 1].cap):
                j -= 1  # "Priebus later Thursday told", "Lee Thursday said"
            elif j - 2 > s0 and (toks[j].low in _DAY_PARTS or toks[j].low in ("day", "week")) and (
                    toks[j - 1].low == "the" and toks[j - 2].low == "in"):
                j -= 3  # "Lee earlier in the day touted", "Lee in the morning said"
                if j > s0 and toks[j].low in ("earlier", "later"):
                    j -= 1
            elif j > s0 and toks[j].low in ("since", "both") and toks[j - 1].low in (
                    "has", "have", "had"):  # "Lee has since said", "who has both endorsed"
                j -= 1
            elif j > s0 and toks[j].low in _INTENSIFIERS and toks[j - 1].kind == "w":
                j -= 1  # "Lee herself said": the reflexive stresses the subject
            else:
                break
        if j - 2 > s0 and toks[j].text == "," and toks[j - 1].low in _ASIDE_ADVERBS and (
                toks[j - 2].text == "," and toks[j - 3].kind == "w"):
            j -= 3  # "Proponents of the bill, however, say …": an adverb between commas
        elif j - 3 > s0 and toks[j].text in _SPACED_DASHES and toks[j - 1].end < toks[j].start:
            # "A spokesman for the firm - a small business pitched as “…” - noted …": the
            # subject before a dash aside
            o = next((x for x in range(j - 2, max(s0, j - 24), -1)
                      if toks[x].text == toks[j].text), -1)
            if o > s0 and toks[o - 1].kind == "w" and toks[o - 1].end < toks[o].start and (
                    toks[o + 1].low in ("a", "an", "the") or toks[o + 1].cap):
                j = o - 1
        # "was told", "is said to" -> passive, not an attribution
        if j + 1 < v0 and toks[j + 1].low in ("was", "were", "is", "are", "been", "be"):
            if low.endswith(("ed", "told", "said", "written")):
                return self._asked(toks, v0, v1, s1) if low in self.c.ask_forms else None
        if low in self.c.ask_forms and low.endswith("ed") and (
                v0 == s0 or toks[v0 - 1].low in _ASKED_AFTER):
            return self._asked(toks, v0, v1, s1)  # "Asked whether …, Lee said …"
        if j >= s0 and toks[j].low in ("to", "not", "n't", "never"):
            return None
        is_ing = toks[v0].low.endswith("ing")  # ("saying", "calling for")
        cue_class = self._cue_class(toks, v0, v1)
        reporting = low in self.c.reporting_forms
        # participle: ", saying that ..." / "and said ..."
        comma_q = is_ing and j > s0 and _comma_closed(toks[j])  # "“sank the ferry,” saying"
        # "…, then said he would …": a second verb of the sentence's subject
        then_coord = j >= s0 and toks[j].text == "," and j + 1 < v0 and toks[j + 1].low == "then"
        if j >= s0 and (toks[j].text == "," or toks[j].low in ("and", "but") or comma_q or (
                # "began by saying", "responded by first saying", "drew boos upon saying";
                # "marched while chanting, “…”", "sings before asking her, “…”"
                is_ing and (toks[j].low in ("by", "upon") or (
                    toks[j].low in _SCENE_SUBORD and _quote_after(toks, v1, s1)))
                and j > s0 and toks[j - 1].kind == "w")) and (
            is_ing or toks[j].low in ("and", "but") or (j > s0 and toks[j - 1].low == "and")
            or then_coord
        ):
            if toks[j].low in ("and", "but") or is_ing or then_coord:
                c0, c1 = self._complement(toks, v1, s1, low, cue_class)
                if c1 > c0:
                    return _Frame(v0, v1, c0, c1, None, "participle" if is_ing else "coord",
                                  inherit=True)
                if toks[j].low in ("and", "but") and c1 <= c0:
                    return None
        if is_ing and j > s0:
            d = j
            while d > s0 and (toks[d].low in _TIME_WORDS or toks[d].low in _DAY_PARTS):
                d -= 1  # "a statement Wednesday saying", "a statement Thursday night …"
            doc = self._document_end(toks, s0, d)
            if doc >= 0:
                d = doc  # "sent an email to supporters saying …": to its readers
            art = d - 1
            if art - 1 > s0 and toks[art].kind == "w" and not toks[art].cap and toks[
                    art].low not in ("a", "an") and toks[art - 1].low in ("a", "an"):
                art -= 1  # "a text message saying": one modifier before the document noun
            if d > s0 and toks[d].low in self.lex.source_nouns and (
                toks[art].low in ("a", "an") and art > s0 and toks[art - 1].kind == "w"
                and toks[art - 1].low not in _PREPS and toks[art - 1].low != "of"
            ):
                # "Lee issued a statement saying …": the document reports what the subject
                # of the sentence says
                c0, c1 = self._complement(toks, v1, s1, low, cue_class)
                if c1 > c0:
                    return _Frame(v0, v1, c0, c1, None, "participle", inherit=True)
        d = j - 2  # the article before the document noun, over up to two modifiers
        while d > j - 4 and d > s0 and toks[d].kind == "w" and not toks[d].cap and (
                toks[d].low not in ("a", "an")):
            d -= 1
        if d > s0 and toks[j].low in ("that", "which") and toks[j - 1].low in (
            self.lex.source_nouns
        ) and toks[d].low in ("a", "an") and toks[d - 1].kind == "w" and not toks[
                d - 1].cap and toks[d - 1].low not in _PREPS and (
                is_ing or low in _ATTRIB_VERBS):
            # "Rask released a video that said “…”": the document speaks for the
            # sentence's subject, as with "issued a statement saying …"
            c0, c1 = self._complement(toks, v1, s1, low, cue_class)
            if c1 > c0:
                return _Frame(v0, v1, c0, c1, None, "participle", inherit=True)
        subj = self._subject_left(toks, s0, j)
        if low in self.c.evidence_forms and not is_ing and (
                subj is None or toks[subj.tok1 - 1].low not in self.lex.source_nouns) and (
                src := self._source_np_left(toks, s0, j)) is not None:
            subj = src  # "A video of the episode shows …": the video, not the episode
        if subj is not None and is_ing and subj.tok1 == v0 and subj.tok0 == j and (
                toks[j].low in _MANNER_HEDGES):
            return None  # "…,” said Rob Mayn, half joking.": a manner, not a subject
        if subj is not None and toks[j].text == "," and low in _NO_OBJECT_SPEECH and (
                self._named_after(toks, v1, s1)):
            # "…, forcing her to fold, said Bo Banner, a pollster.": the name after the
            # verb is the speaker, not an object; the noun before the aside is no subject
            subj = None
        if subj is not None:
            c0, c1 = self._complement(toks, v1, s1, low, cue_class)
            if c1 <= c0 and _as_opener(toks, s0, subj.tok0 - 1) and (
                    (m := self._as_setting_comma(toks, v1, s1)) > 0):
                # "As the mayor noted on Monday, the city …": the clause after the
                # setting's comma is what was said
                c0, c1 = m + 1, self._cut(toks, m + 1, _strip_end(toks, m + 1, s1))
            if is_ing and c1 > c0 and subj.tok0 - 1 == s0 and toks[s0].low in (
                    _FRONTING_PREPS) and subj.kind != "pronoun":
                # "In a statement defending Lind, the campaign said …": the fronted
                # phrase ends at its comma
                c1 = next((m for m in range(c0 + 1, c1) if toks[m].text == ","), c1)
            if is_ing and c1 > c0 and subj.tok0 - 1 > s0 and subj.tok1 == v0 and (
                toks[subj.tok0 - 1].low in _SETTING_PREPS
            ):
                # "Lee replied on the forum writing “…”": the noun of a place or medium
                # before the participle says nothing; the sentence's subject does
                return _Frame(v0, v1, c0, c1, None, "participle", inherit=True)
            subj_start = subj.tok0
            k = subj_start - 1
            if subj.kind == "name" and k - 1 > s0 and toks[k].text == ",":
                # "“…,” the assailant, Jo McGraw, told …": a role before the name
                role = self._np_left(toks, s0, k - 1)
                if role is not None and role.kind in ("role", "group") and (
                        role.tok1 == k and role.tok0 - 1 >= s0
                        and toks[role.tok0 - 1].kind == "q"):
                    subj_start = role.tok0
                    k = subj_start - 1
            pp_at: int | None = None
            # "“…,” panel chairman Jo Lee said": lower-case descriptors before the name
            while k > s0 and subj.kind != "pronoun" and subj_start - k <= 4 and toks[
                k].kind == "w" and (
                toks[k].low in ("a", "an", "the", "his", "her", "their", "its") or (
                    # (a capitalised "This" inside a title: "Vell This Evening presenter")
                    (toks[k].low not in _STOP_CAPS or (toks[k].cap and toks[k - 1].cap)
                     or toks[k].low in ("in", "at"))
                    and (toks[k].low not in self.c.speech_forms or toks[k].low in self.c.noun_forms)
                    and (toks[k].low not in _PREPS or toks[k].low in ("of", "for", "in", "at"))
                )
            ):
                if toks[k].low in ("in", "at"):
                    pp_at = k
                k -= 1
            if toks[k].low == "as" and subj.kind in ("group", "role", "org") and c1 <= c0 and (
                    k - 1 > s0 and (toks[k - 1].text in (",", "—", "–") or toks[k - 1].kind == "q")):
                # "The vote is close, as pollsters note.": a tail after its comma, with
                # nothing after its verb (not after a name: "… the words “Go home,” as Ann
                # Lee, leaving, said" reports only the words)
                k -= 1
            if pp_at is not None:
                # "“…,” a narrator in the ad asks": the speaker is before the phrase
                head = self._np_left(toks, k + 1, pp_at - 1)
                if head is not None and head.kind != "pronoun" and head.tok0 == k + 1 and (
                        toks[k].text in (",", "—", "–") or toks[k].kind == "q"):
                    subj = head
                else:
                    k = pp_at
            if k - 1 > s0 and toks[k].low == "and" and toks[k - 1].cap:
                # "“…,” harbour chief Ola Berg and deputy Mayor Tim Vass wrote": a second
                # speaker before the first
                m = k - 1
                while m >= s0 and k - m <= 6 and toks[m].kind == "w" and (
                    toks[m].cap or (toks[m].low not in _STOP_CAPS and toks[m].low not in _PREPS
                    and (toks[m].low not in self.c.speech_forms
                         or toks[m].low in self.c.noun_forms))
                ):
                    m -= 1
                if m >= s0 and (toks[m].text in (",", "—", "–") or toks[m].kind == "q"):
                    k = m
            elif k - 1 > s0 and toks[k].low == "and" and subj.kind == "role":
                # "“…,” the Vell senator and presidential candidate said": two roles of
                # one speaker; the first names him
                first = self._np_left(toks, s0, k - 1)
                if first is not None and first.kind == "role" and first.tok0 - 1 >= s0 and (
                        toks[first.tok0 - 1].text in (",", "—", "–")
                        or toks[first.tok0 - 1].kind == "q"):
                    subj, k = first, first.tok0 - 1
            trailing_ok = k >= s0 and (toks[k].text in (",", "—", "–") or toks[k].kind == "q")
            only_pp = self._only_pp(toks, v1, s1)
            # "On Monday, Rask told the crowd at the fair that …": a "that" clause (or a
            # pronoun's clause) after the object is what was said, whatever stands before
            clause_after = c1 > c0 > v1 and (toks[c0 - 1].low == "that" or (
                # (not the writer's setting: "told the hall, where a crowd …")
                toks[c0].low in _WH and not (toks[c0 - 1].text == "," and toks[c0].low in (
                    "where", "when", "which"))) or (
                _pronoun_subject(toks[c0].low) and c0 + 1 < c1 and (
                    toks[c0 + 1].low in _AUX or toks[c0 + 1].low in _FINITE)) or (
                # "Instead, Rask told the Courier, his policy would be …"
                toks[c0 - 1].text == "," and (
                    _clause_opens(toks, c0, c1) or _finite_clause(toks, c0, c1))))
            if c1 > c0 and (not (trailing_ok and only_pp) or clause_after):
                return _Frame(v0, v1, c0, c1, subj, "subject", reporting=reporting)
            if trailing_ok and only_pp and (
                v1 >= s1 or toks[v1].kind == "p" or low in _ATTRIB_VERBS
                or low in self.c.reporting_forms or v1 - v0 > 1 or toks[k].kind == "q"
                # "…, the campaign announced Friday.": only the day after the verb
                or (toks[v1].low in _TIME_WORDS and (v1 + 1 >= s1 or toks[v1 + 1].kind == "p")
                    and self.c.verb_forms.get(low) != "quote")  # (not "…, which begins Monday")
            ):
                c1 = k if toks[k].kind != "q" else k + 1
                while c1 > s0 and toks[c1 - 1].text in (",", "—", "–"):
                    c1 -= 1
                c0 = self._clause_start(toks, s0, c1)
                if toks[k].kind == "q" and c0 < k - 1 and toks[k - 1].text in _SPACED_DASHES and (
                        # (not "“A” -- an aside -- “B,” Lee said": one quotation, split)
                        not any(toks[x].kind == "q" for x in range(c0, k - 1))):
                    c0 = k  # "Neither man liked her - “Born rich,” Elkins said -": the quote
                if c1 > c0 and _adverbials_end(toks, c0, c1) < c1 and not (
                        # "In an appearance on “Morning Joe,” co-host Ann Lee asked …": a
                        # fronted phrase without a verb is the setting, not a report
                        toks[c0].low in _PREPS and not _has_verb(toks, c0, c1)):
                    # ("In short, Lee said, …": only an adverbial before the verb)
                    return _Frame(v0, v1, c0, c1, subj, "trailing", reporting=reporting)
            return _Frame(v0, v1, v1, v1, subj, "subject", reporting=reporting)
        # inverted: "..., says Vosk." / "“…,” said the mayor."
        if j >= s0 and (toks[j].text in (",", "—", "–") or toks[j].kind == "q") and (
            low in _ATTRIB_VERBS or low in self.c.reporting_forms or (
                # "“…,” read the statement", "“…,” concluded a 2013 study": a document
                # after the quotation
                (low in ("read", "reads") or low in self.c.speech_forms) and (
                    toks[j].kind == "q" or (
                        j > s0 and toks[j].text == "," and toks[j - 1].kind == "q"))
                and self._document_noun(toks, v1, s1) > v1)
        ):
            ment = self._np_right(toks, v1, self._np_right_end(toks, v1, s1))
            if ment is not None and ment.tok1 - ment.tok0 == 1 and toks[ment.tok0].low in (
                    _ARTICLES) and (noun := self._document_noun(toks, v1, s1)) > v1:
                ment = self._np_left(toks, v1, noun)  # ("begins a scripted message …")
            if ment is not None and ment.kind != "pronoun" and low not in ("told", "tells"):
                # (not "…, told Bo Dahl of Quell Radio": "told" is not inverted)
                c1 = j if toks[j].kind != "q" else j + 1
                while c1 > s0 and toks[c1 - 1].text in (",", "—", "–"):
                    c1 -= 1
                c0 = self._clause_start(toks, s0, c1)
                if c1 > c0:
                    return _Frame(v0, v1, c0, c1, ment, "inverted",
                                  reporting=reporting or self._is_media(ment.text))
        return None

    def _document_noun(self, toks: Sequence[_Tok], k: int, s1: int) -> int:
        """The index of the source noun of a document that opens at ``k`` (an article,
        up to two modifiers and a source noun: "the statement", "a Wednesday editorial",
        "a 2013 study"), or ``k`` when none does."""
        if k + 1 >= s1 or toks[k].low not in _ARTICLES:
            return k
        for m in range(k + 1, min(s1, k + 4)):
            t = toks[m]
            if t.kind != "w":
                return k
            if t.low in self.lex.source_nouns:
                return m
        return k

    def _asked(self, toks: Sequence[_Tok], v0: int, v1: int, s1: int) -> _Frame | None:
        """"Lee was asked whether …", "When asked to name …", "Asked about the fares,
        …": the question put to someone, whose asker the sentence does not name."""
        c0 = v1
        asker: _Mention | None = None
        if c0 + 2 < s1 and toks[c0].low == "by":
            # "When asked by a reporter whether …": the asker is named after "by"
            w = next((m for m in range(c0 + 2, min(s1, c0 + 7)) if toks[m].low in _WH
                      or toks[m].low in ("about", "to")), -1)
            if w > 0 and all(toks[x].kind == "w" for x in range(c0 + 1, w)):
                asker = self._np_right(toks, c0 + 1, w)
                if asker is not None and asker.kind != "pronoun":
                    c0 = w
                else:
                    asker = None
        elif c0 + 2 < s1 and toks[c0].low != "about" and (
                toks[c0].low in _PREPS or toks[c0].low in _TIME_WORDS):
            # "Asked during a debate why …", "Asked at a briefing Monday about …": the
            # setting before the question
            w = next((m for m in range(c0 + 1, min(s1, c0 + 9)) if toks[m].kind != "w" or (
                toks[m].low in _WH or toks[m].low in ("about", "whether", "if"))), -1)
            if w > c0 + 1 and toks[w].kind == "w":
                c0 = w
        if c0 < s1 and toks[c0].low == "about":
            c0 += 1
        elif c0 >= s1 or not (toks[c0].low in _WH or toks[c0].low == "to"):
            return None
        if c0 + 1 < s1 and toks[c0].low == "to" and toks[c0 + 1].low in ("comment", "respond"):
            return None  # "was asked to comment on …": a request that carries no content
        c1 = c0
        while c1 < s1 and toks[c1].text not in (",", ";", ":", ".", "?", "!") and not (
                _comma_closed(toks[c1])):
            c1 += 1
        if c1 < s1 and toks[c1].kind == "q":
            c1 += 1  # "Asked if the ferry is “worth the fare,” most riders said …"
        if c1 - c0 < 2:
            return None
        return _Frame(v0, v1, c0, c1, asker, "asked")

    def _clause_start(self, toks: Sequence[_Tok], s0: int, c1: int) -> int:
        k = c1 - 1
        while k > s0:
            if toks[k].text in (";", ":"):
                return k + 1
            k -= 1
        return s0

    def _only_pp(self, toks: Sequence[_Tok], v1: int, s1: int) -> bool:
        """After the verb: nothing but a prepositional/temporal phrase or an -ing tail."""
        k = v1
        if k < s1 and toks[k].kind == "w" and toks[k].low.endswith("ly") and not toks[k].cap and (
            k + 1 >= s1 or toks[k + 1].text in (".", "!", "?", ";", ",")
            or toks[k + 1].low in _PREPS
        ):
            k += 1  # "“…?” Lee asked quietly.", "… said proudly on Vell TV"
        elif k < s1 and toks[k].low == "back" and (k + 1 >= s1 or toks[k + 1].kind == "p"):
            k += 1  # "“…!” the crowd yelled back."
        if k + 1 < s1 and toks[k].low not in _PREPS and _time_phrase_end(toks, k + 1) and (
                k + 2 >= s1 or toks[k + 2].text in (".", "!", "?", ";")
                or toks[k + 2].low in _PREPS):
            k += 2  # "“…,” Lee recalled last week.", "… said last week in a statement"
        if k >= s1:
            return True
        if toks[k].text in (".", "!", "?", ";") or (_aside_dash(toks, k, s1) and (
                toks[v1 - 1].low not in self.c.noun_forms)):  # (not "two states — …")
            return True
        if toks[k].text == ",":
            return k + 1 < s1 and toks[k + 1].low.endswith("ing")
        if (toks[k].cap or toks[k].low in ("the", "a", "an") or toks[k].low in _POSSESSIVES) and (
                toks[v1 - 1].low in _TELL_FORMS):
            k0 = k
            if toks[k].low in ("the", "a", "an") or toks[k].low in _POSSESSIVES:
                k += 1  # ("told his closest advisers as he …")
            while k < s1 and (toks[k].kind == "w" or _addressee_title(toks, k, k0)) and (
                k - k0 < 7) and (
                toks[k].cap or (toks[k].low not in _PREPS and toks[k].low != "that")
            ):
                if toks[k].low == "who" and _relative_to_quote(toks, k, s1) > k:
                    return False  # "told the mayors who met in Tarn, “…”": a quotation
                if k > k0 and toks[k].low in _SUBORD and toks[k].low != "if":
                    return True  # "told his advisers as he …": the scene after the object
                if k > k0 and toks[k].low in _WH:
                    return False  # "asked Rask how he would …": a question
                if toks[k].kind == "q" and _comma_closed(toks[k]):
                    # "told the hosts of “Morning Tide,” adding …": the title's comma
                    return k + 1 >= s1 or toks[k + 1].low.endswith("ing")
                k += 1
            if k - k0 >= 7 and k < s1 and toks[k].kind == "w" and toks[k].low not in _PREPS:
                return False  # (no short object: "urged voters to go looking for …")
            if k + 1 < s1 and toks[k].text in (",", ":") and toks[k + 1].kind == "q":
                return False  # "In May, Lee told Bo Dahl, “…”": the quotation after him
            return k >= s1 or toks[k].kind == "p" or toks[k].low in _PREPS or toks[k].low in (
                "to", "of")
        if toks[k].low in ("it", "you") and k + 1 < s1 and (
            toks[k + 1].low in _AUX or toks[k + 1].low.endswith("n't")
        ):
            return False  # "says it is ...": a clause, not an object
        if (toks[k].low in _OBJ_PRONOUNS or toks[k].low in ("reporters", "journalists")) and (
            toks[v1 - 1].low in _TELL_FORMS and _finite_clause(toks, k + 1, s1)
        ):
            return False  # "told reporters this was the last offer": a clause
        if toks[k].low in _TIME_WORDS and _finite_clause(toks, k + 1, s1):
            return False  # "said Monday they have no plans": a clause after the day
        if toks[v1 - 1].low in self.c.naming_forms and _small_clause_at(toks, k, s1):
            return False  # "In May, Lee called him divisive": what he was called
        if toks[k].low in _POSSESSIVES and _clause_opens(toks, k, s1):
            return False  # "said her union is going …": a possessive opens a clause
        if ((toks[k].low in _PREPS and not _quantifier_at(toks, k))
                or toks[k].low in _TIME_WORDS or toks[k].low in _OBJ_PRONOUNS
                or toks[k].low in ("to", "of") or toks[k].low in _AUDIENCES):
            for m in range(k, s1):
                if (toks[m].low == "that" and not (
                        # ("after the talks that were held on a boat": the noun's relative)
                        m > k and m + 1 < s1 and _relative_verb(toks[m + 1]))) or (
                        toks[m].kind == "q" and (
                    toks[m - 1].text in (",", ":") or toks[m - 1].low in ("that", "as")
                )):
                    return False
                if toks[m].text == "," and m + 1 < s1:
                    nx = toks[m + 1]
                    if nx.low.endswith("ing"):
                        return True
                    if nx.low in _CONCESSIVE:
                        return True  # "told students in Vell, while the tide went out"
                    if nx.kind == "q" or _opens_clause(toks, m + 1, s1) or nx.low in _COORD_CUT:
                        return False
                    # "in Kenansville, N.C., on Monday": the phrase goes on
            return True
        return False

    def _complement(
        self, toks: Sequence[_Tok], v1: int, s1: int, verb: str, cue_class: str
    ) -> tuple[int, int]:
        """The complement of the cue ending at ``v1`` (last word ``verb``, verb class
        ``cue_class``): token indices, empty when the verb reports nothing."""
        k = v1
        n = s1
        if _aside_dash(toks, k, n):
            close = next((m for m in range(k + 2, min(n - 1, k + 14))
                          if toks[m].text == toks[k].text), -1)
            if close < 0 or toks[close + 1].low != "that":
                return v1, v1  # "…, Lee allies believe — backers she will need": the writer's
            k = close + 2  # "said – and he meant it – that …": the aside is stepped over
            return k, self._cut(toks, k, _strip_end(toks, k, s1))
        if k < n and toks[k].low == "to" and cue_class == "to":
            # "wants to close the bridge": the infinitive is the content
            return k, self._cut(toks, k, _strip_end(toks, k, s1))
        # "that" soon after the verb (over an object or a prepositional phrase), but not
        # after an infinitive: in "agreed to reopen the bridge that has been closed" the
        # "that" opens a relative clause, not what was said
        infinitive_after = _infinitive_at(toks, k, n)
        # an object verb's "that" must follow it: in "denies the report that ..." the
        # clause belongs to the noun, not to what was said
        reach = 1 if cue_class == "object" else 12
        in_pp = False  # "said in a statement that ...": a prepositional phrase is skipped
        for m in range(k, k if infinitive_after else min(n, k + reach)):
            tm = toks[m]
            if tm.low == "that":
                if not in_pp and self._owned_clause(toks, k, m):
                    break  # "denied the report that ...": the noun phrase is the content
                if in_pp and m + 1 < n and _relative_verb(toks[m + 1]):
                    continue  # "said in a statement that was released Friday that …"
                k = m + 1
                break
            in_pp = in_pp or tm.low in _PREPS
            if tm.kind == "q" and in_pp and m > k and (
                    toks[m - 1].cap or toks[m - 1].low.endswith(("'s", "’s"))
                    or toks[m - 1].low in _TITLED_NOUNS) and (
                    _TITLE_RUN.fullmatch(tm.text) is not None):
                continue  # "said on Radio Vell's “Morning Tide” that …": a show's title
            if tm.text == "," and m > k and m - k <= 8 and m + 2 < n and (
                    toks[m + 1].low == "that") and cue_class != "object" and all(
                    toks[x].kind == "w" for x in range(k, m)) and not any(
                    toks[x].low in self.lex.content_nouns for x in range(k, m)):
                # "told Bo Dahl of Quell Radio, that “…”": a comma before the "that"
                k = m + 2
                break
            if tm.text == "," and ((in_pp and m > k and (
                    toks[m - 1].low not in self.lex.content_nouns)) or m == v1) and (
                    (c := _aside_then_that(toks, m, n)) > 0):
                # "said on Radio Vell, where she works, that …", "said, without evidence,
                # that …" (not "asked about a claim, first made by …, that …": the clause
                # is the noun's)
                k = c + 2
                break
            if tm.text == "," and m == v1 and m + 1 < n and toks[m + 1].low in _PREPS and (
                    toks[m + 1].low not in _SUBORD):
                break  # "said, with a passion that almost …": the "that" is a relative's
            if tm.kind == "q" or tm.text in (".", ";", "!", "?") or (
                tm.text == "," and m > k
            ) or tm.text == ":" or _opens_clause(toks, m, n) or (
                m > k and toks[m - 1].cap and _finite_verb(tm)
                and _name_run_from(toks, k, m)
            ):
                # "said it is hard to blame anyone for that", "said Vale envisioned a
                # plan that …": a clause starts, there is no "that" to skip to
                break
        else:
            pass
        if k == v1:
            # skip time words, an indirect object ("told reporters"), a PP ending with ","
            while k < n:
                if toks[k].low in _TIME_WORDS or (
                        toks[k].low.endswith("ly") and not toks[k].cap and len(toks[k].low) > 4
                        and k + 1 < n and (toks[k + 1].low in _PREPS
                                           or toks[k + 1].low in _SUBORD)):
                    k += 1  # "said Friday", "said proudly on Vell TV"
                elif k + 2 < n and _time_phrase_end(toks, k + 1) and toks[k + 2].kind == "w" and (
                        not _finite_verb(toks[k + 2]) and toks[k + 2].low not in _PREPS
                        and toks[k + 2].low != "that" and (
                            # ("vowed last month to run", not "tweeted on Friday to say …")
                            toks[k + 2].low != "to" or cue_class == "to")):
                    # "said last week the guard …", "reported on Monday the …" (not "said
                    # this year will be hard": the time is the clause's subject)
                    k += 2
                elif k > v1 and toks[k].low in _DAY_PARTS and toks[k - 1].low in _TIME_WORDS and (
                        k + 1 < n and not _finite_verb(toks[k + 1])):
                    k += 1  # "said Wednesday night the guard …"
                else:
                    break
            if verb.startswith(_OBJECT_FIRST_VERBS):
                k0 = k
                if k < n and (toks[k].low in _OBJ_PRONOUNS or toks[k].low in ("reporters",
                              "journalists", "supporters", "the", "a")
                              or toks[k].low in _POSSESSIVES):
                    k = self._skip_np(toks, k, n)
                    if k < n and _addressee_title(toks, k, k - 1):
                        k += 1  # "told the television program “Low Tide” …": its title
                        if _comma_closed(toks[k - 1]) and k < n and toks[k].low.endswith("ing"):
                            return v1, v1  # ("… of “Low Tide,” adding that …")
                elif k < n and toks[k].cap:
                    while k < n and (toks[k].cap or (
                            # "told Vell’s ITV television station", "told Vell Radio host
                            # Ann Lee": the addressee's head noun after the capitals
                            k > k0 and toks[k].kind == "w" and (
                                toks[k].low in self.lex.role_nouns
                                or toks[k].low in self.c.org_words
                                or toks[k].low in _MEDIA_NOUNS)) or (
                            # "told Vell TV’s “Low Tide” …": a programme after its owner
                            _addressee_title(toks, k, k0))):
                        k += 1
                    while k + 1 < n and _time_phrase_end(toks, k + 1):
                        k += 2  # ("… “Low Tide” on Monday the tone was …")
                if k > k0 and verb.startswith(_REQUEST_VERBS) and (_infinitive_at(toks, k, n) or (
                        toks[k].low == "not" and _infinitive_at(toks, k + 1, n))):
                    # "asked the council to delay the vote", "urged him not to back down":
                    # the request is whole
                    k = k0
                elif k > k0 and k + 2 < n and toks[k].low == "about" and (
                        verb in self.c.ask_forms):
                    k = k0  # "asked the mayor about the toll": the question is whole
                elif k > k0 and k < n and toks[k].low == "who":
                    k = _relative_to_quote(toks, k, n)  # "told the mayors who met …, “…”"
                if verb in self.c.ask_forms and k < n and toks[k].low not in ("whether", "if"):
                    # "asked former harbour chief Ivo Rask whether …", "asked the 2016
                    # harbour contender if …": a longer addressee before the question
                    # (not after a request or a phrase: "asked him to find out whether")
                    w = next((m for m in range(k0, min(n, k0 + 9)) if toks[m].kind != "w"
                              or toks[m].low in ("whether", "if", "to") or _finite_verb(toks[m])
                              or toks[m].low in _PREPS), -1)
                    if w > k0 and toks[w].low in ("whether", "if"):
                        k = w
            if k < n and toks[k].low in _PREPS and not _quantifier_at(toks, k):
                # "said in a statement, “…”" / "said on Friday: …" (not "said about half")
                m = k
                while m < n and (toks[m].kind == "w" or toks[m].text in ("-", "’", "'")) and (
                        m - k < 16):
                    m += 1
                if m < n and toks[m].text in (",", ":") and m + 1 < n and toks[m + 1].kind == "q":
                    k = m
                elif (m := self._adverbials_to_quote(toks, k, n)) > k:
                    k = m  # "announced on the radio, in a shaky voice, “…”"
                elif (m := _pp_then_clause(toks, k, n)) > k:
                    k = m  # "said in a statement Thursday night they pulled the listing"
                else:
                    return v1, v1
            elif k < n and toks[k].kind == "w":
                # "replied calmly, “…”", "told the council in Vell, “…”", "announced on
                # the radio, in a shaky voice, “…”": adverbials before the quotation
                m = self._adverbials_to_quote(toks, k, n)
                if m > k:
                    k = m
            if k < n and toks[k].text == "," and k + 1 < n and (
                toks[k + 1].low.endswith("ing") or toks[k + 1].low == "according"
            ):
                return v1, v1
            while k < n and toks[k].text in (",", ":"):
                k += 1
            if k < n and toks[k].low == "that":
                k += 1
        return k, self._cut(toks, k, _strip_end(toks, k, s1))

    def _as_setting_comma(self, toks: Sequence[_Tok], v1: int, n: int) -> int:
        """The comma closing a short setting after the verb of "As X noted …" ("on
        Monday", "in an op-ed Thursday"), or -1 when a clause could start there."""
        if v1 >= n or not (toks[v1].low in _PREPS or toks[v1].low in _TIME_WORDS):
            return -1
        for m in range(v1 + 1, min(n - 1, v1 + 9)):
            t = toks[m]
            if t.text == ",":
                return m
            if t.kind != "w" or t.low in _AUX or t.low in _SUBJ_PRONOUNS or (
                    t.low in ("that", "who", "which") or t.low in self.c.speech_forms):
                return -1
        return -1

    def _adverbials_to_quote(self, toks: Sequence[_Tok], k: int, n: int) -> int:
        """The "," or ":" before a quotation that a few adverbial words after a speech
        verb lead to, or ``k`` when the words could be a clause of their own (or start
        with an object: "called him, among other things, “…”" is a quoted fragment)."""
        m = k
        while m < n and m - k < 16:
            t = toks[m]
            if t.text in (",", ":") and m > k and m + 1 < n and toks[m + 1].kind == "q":
                return m
            if t.kind != "w" and t.text not in (",", "-", "’", "'"):
                return k
            if t.kind == "w" and (t.low in _AUX or t.low in _SUBJ_PRONOUNS or t.low == "that"
                                  or (m == k and t.low in _OBJ_PRONOUNS)
                                  or t.low in self.c.speech_forms):
                return k
            m += 1
        return k

    def _cut(self, toks: Sequence[_Tok], k: int, end: int) -> int:
        """End a complement before a coordinated or trailing attribution."""
        if k + 1 < end and toks[k].low in ("and", "but") and (
                toks[k + 1].low in _ATTRIB_VERBS or toks[k + 1].low in self.c.speech_forms):
            return k  # "Lee smiled and said, “…”": the first verb reports nothing
        # only the tokens of ``_CUT_CAND`` can end it: they are picked in C (by their
        # ``low``; a stray U+E000 is picked too and fails the tests below)
        for m in compress(range(k, end), map(_CUT_CAND.__contains__, map(_LOW, toks[k:end]))):
            tm = toks[m]
            if tm.low in ("while", "before", "after"):
                if m > k and m + 1 < end and toks[m + 1].low.endswith("ing") and toks[
                        m + 1].low in self.c.speech_forms:
                    end = m  # "said it was “too soon” to sell while adding that …"
                    break
                continue
            if tm.low in ("and", "but"):
                if m > k and m + 2 < end and toks[m + 1].low.endswith("ly") and (
                        toks[m + 2].low in self.c.speech_forms and not toks[m + 2].cap
                        and toks[m + 2].low not in self.c.noun_forms):
                    end = m  # "urges her husband to come out and repeatedly says, “…”"
                    break
                if m > k and m + 2 < end and toks[m + 1].low.endswith("ed") and (
                        toks[m + 1].low in self.c.verb_forms and not toks[m + 1].cap
                        and toks[m + 2].low == "that" and _clause_like(toks, k, m)
                        # (not a verb coordinated with one inside the report: "According
                        # to Lee, Rask said … and promised that …")
                        and not any(toks[x].low in _ATTRIB_VERBS for x in range(k, m))):
                    end = m  # "said the toll was fair and suspected that …": a new report
                    break
                if m > k and m + 1 < end and (toks[m + 1].low in _COORD_REPORT or (
                        # "… “to slow the dredging,” but conceded that …": any speech verb
                        # in the past tense
                        toks[m + 1].low.endswith("ed") and toks[m + 1].low in self.c.speech_forms
                        and toks[m + 1].low not in self.c.noun_forms and not any(
                            # (not a verb coordinated with one inside the report: "According
                            # to Lee, Rask said … and promised …")
                            toks[x].low in self.c.speech_forms for x in range(k, m)))):
                    end = m  # "thought him “decent” and called his plan “pure fantasy”"
                    break
                continue
            if tm.text == ";" and m > k and _clause_like(toks, m + 1, end) and not (
                m + 1 < end and not toks[m + 1].cap and toks[m + 1].low.endswith("ed")
            ):  # (not a list of verb phrases: "; patched the sails")
                end = m  # "said the pier was safe; the council has not voted": one clause
                break
            if tm.kind == "p" and tm.text != ",":
                if m > k and m + 1 < end and toks[m + 1].low in _ATTRIB_VERBS and (
                    toks[m - 1].end < tm.start
                ):
                    end = m  # "Lee - who previously said X - said at a rally …"
                    break
                continue
            if tm.text == "," and m + 1 < end:
                nx = toks[m + 1]
                # (not an aside that opens the clause: "said that, according to the logs, …")
                if (nx.low == "according" and m > k) or (
                    nx.low in _COORD_CUT and m + 2 < end and (
                        toks[m + 2].low in self.c.speech_forms
                        or (toks[m + 2].low in _SUBJ_PRONOUNS
                        and m + 3 < end and toks[m + 3].low in self.c.speech_forms))
                ) or (nx.low.endswith("ing") and nx.low in self.c.speech_forms) or (
                    nx.low in _ATTRIB_VERBS and not nx.cap
                ):
                    # ", saying ...", ", said he ...": the main verb after a relative clause
                    end = m
                    break
                # ", X said." at the end
                if self._tail_attribution(toks, m + 1, end):
                    end = m
                    break

            if m + 1 < end and toks[m + 1].low.endswith("ing") and _comma_closed(tm) and (
                toks[m + 1].low in self.c.speech_forms or (
                    tm.kind == "q" and not toks[m + 1].cap and len(toks[m + 1].low) > 5)
            ):
                end = m + 1  # "the company was “reckless,” adding that …", "“…,” drawing jeers"
                break
            if m + 1 < end and toks[m + 1].low in _QUOTE_THEN_SUBORD and _comma_closed(tm) and not (
                    m + 3 < end and toks[m + 3].low in ("comes", "came")):
                end = m + 1  # "saying, “The quay is mine,” when Lee teased him"
                break
            if tm.kind == "q" and m - 1 > k and toks[m - 1].text == ":" and (
                m + 1 < end and self._tail_attribution(toks, m + 1, end)
            ):
                # "asserted that X: “…,” he claimed": the quotation is a report of its own
                end = m - 1
                break
            if tm.kind == "q" and m + 1 < end and self._tail_attribution(toks, m + 1, end,
                                                                          after_quote=True):
                end = m + 1
                break
        return end

    def _tail_attribution(
        self, toks: Sequence[_Tok], k: int, end: int, after_quote: bool = False
    ) -> bool:
        """Tokens ``k:end`` form a short trailing attribution ("Reuters reported"); right
        after a quotation, not a prepositional phrase ("“…” at the mooring rules")."""
        if end - k > 8 or (after_quote and toks[k].low in _PREPS):
            return False
        for m in range(k, end):
            if toks[m].low in self.c.speech_forms:
                if m == k:
                    return m + 1 < end and toks[m + 1].cap
                # not a noun after a determiner or a preposition ("at such rules"), nor
                # a noun-verb after anything but a name or a pronoun ("… but did not
                # warrant charges")
                prev = toks[m - 1].low
                if toks[m].low in self.c.noun_forms and not (
                        toks[m - 1].cap or prev in _SUBJ_PRONOUNS):
                    continue
                if prev not in _DETERMINERS and prev not in _PREPS and prev != "such":
                    return True
        return False

    def _skip_np(self, toks: Sequence[_Tok], k: int, n: int) -> int:
        if (toks[k].low in _OBJ_PRONOUNS and not (
                # "urged her husband to …": "her" is a possessive before a noun
                toks[k].low == "her" and k + 1 < n and toks[k + 1].kind == "w"
                and not toks[k + 1].cap and toks[k + 1].low not in _PREPS
                and toks[k + 1].low not in ("to", "that", "and", "or", "not")
                and toks[k + 1].low not in _WH and not _finite_verb(toks[k + 1])
                and toks[k + 1].low not in _DETERMINERS and not _pronoun_subject(toks[k + 1].low)
                and toks[k + 1].low not in _TIME_WORDS)
        ) or toks[k].low in ("reporters", "journalists"):
            return k + 1
        m = k + 1
        while m < n and m - k < 5 and toks[m].kind == "w" and toks[m].low not in (
            "that", "to", "in", "on", "at", "during", "after", "about"
        ) and toks[m].low not in _WH and not _clause_opens(toks, m, n):
            m += 1
        return m

    @staticmethod
    def _contrast_comma(toks: Sequence[_Tok], c0: int, who: _Mention) -> int:
        """The comma before a contrast phrase ("…, compared with four in 10 who said …",
        "…, unlike the pilots who say …") whose people ``who`` report: -1 when there is
        none between ``c0`` and ``who``."""
        w = who.tok0
        if who.text.lower() != "who" or w - 3 < c0 or toks[w - 1].kind != "w":
            return -1
        for c in range(w - 2, max(c0, w - 10), -1):
            if toks[c].text == ",":
                if toks[c + 1].low not in _CONTRAST_OPENERS or w - c < 3:
                    return -1
                return c if not any(_finite_verb(toks[x]) or toks[x].kind != "w"
                                    for x in range(c + 2, w)) else -1
        return -1

    def _resolve_nesting(self, frames: list[_Frame], toks: Sequence[_Tok]) -> list[_Frame]:
        """Keep one attribution for nested frames: the outer one, except that an outlet's
        report ("..., Reuters reported") yields to the speaker it relays."""
        if len(frames) < 2:
            return frames
        keep = [True] * len(frames)
        for a, fa in enumerate(frames):
            if fa.comp1 <= fa.comp0:
                continue
            for b, fb in enumerate(frames):
                if a == b or not keep[a] or not keep[b]:
                    continue
                if (fa.comp0, fa.comp1) == (fb.comp0, fb.comp1) and fa.cue1 <= fb.cue0 and (
                        toks[fa.comp0].kind == "q" and fb.mention is not None
                        and not toks[fb.cue0].low.endswith("ing")):
                    # "After Rask criticized the plan, Quist shot back, “…”": two verbs
                    # reach the same quotation; the nearer one says it
                    keep[a] = False
                    continue
                if fa.comp0 <= fb.cue0 < fa.comp1 and fb.pattern == "subject" and (
                        fb.mention is not None and fa.mention is not None
                        and fb.mention.tok1 <= fa.mention.tok0
                        and toks[fa.mention.tok0].low == "who" and fb.cue0 - 1 > fa.comp0):
                    # "The judges who ruled that A said B": the relative clause's report
                    # ends where the main verb of the judges begins
                    fa.comp1 = fb.cue0
                    continue
                if fa.comp0 <= fb.cue0 < fa.comp1 and fb.pattern == "subject" and (
                        fb.mention is not None and fb.comp1 > fb.comp0
                        and fa.pattern == "subject"
                        and self._verb_kind(toks, fa) in ("that", "object")
                        and not self._that_complement(toks, fa)
                        and fa.comp0 < (o1 := self._object_end(toks, fa)) <= fb.mention.tok0):
                    # "accuses Vosk of “…” and Ann Lee says …": the object ends, a second
                    # report begins
                    fa.comp1 = o1
                    continue
                if fa.comp0 <= fb.cue0 < fa.comp1 and fb.pattern == "subject" and (
                        fa.pattern == "subject" and fa.comp0 > 0
                        and toks[fa.comp0].low in _SUBORD and toks[fa.comp0 - 1].text == ","
                        and fb.mention is not None and fb.comp1 > fb.comp0):
                    # "“…,” Vosk said, after Ann Lee said the mayor had …": the clause
                    # after the comma is the writer's setting, and a report of its own
                    continue
                if fa.comp0 <= fb.cue0 < fa.comp1 and fb.pattern == "subject" and (
                        fb.mention is not None and fb.comp1 > fb.comp0) and (
                        colon := fb.mention.tok0 - 1) > fa.comp0 and toks[colon].text == ":" and (
                        not any(toks[x].kind == "q" for x in range(fa.comp0, colon))):
                    # "Even people who backed it sounded unsure: Edda Lind called it “…”":
                    # a new report after the colon, not part of the first one
                    fa.comp1 = colon
                    continue
                if fa.comp0 <= fb.cue0 < fa.comp1 and fb.pattern == "subject" and (
                        fb.mention is not None and fb.comp1 > fb.comp0
                        and (c := self._contrast_comma(toks, fa.comp0, fb.mention)) > 0
                        and not any(  # (not an aside: "the quay, compared with …, is fine")
                            toks[x].text == "," and _finite_verb(toks[x + 1])
                            for x in range(fb.cue1, fa.comp1 - 1))):
                    # "Half said A, compared with four in 10 who said B": the people set
                    # against the first report make a report of their own
                    fa.comp1 = c
                    continue
                if fa.comp0 <= fb.cue0 < fa.comp1:
                    # fb's cue sits inside fa's complement
                    rel = -1 if fb.mention is None else fb.mention.tok0 - 1
                    if fb.pattern == "subject" and fb.comp1 > fb.comp0 and (
                            fa.comp0 + 1 < rel and toks[rel].low == "which"
                            and toks[rel - 1].text == ",") and not any(
                            # (not an embedded clause: "the plan, which some argued was
                            # late, was an “insult”")
                            toks[x].text == "," and (toks[x + 1].low in _AUX
                                                    or toks[x + 1].low in _FINITE)
                            for x in range(fb.cue1, fa.comp1 - 1)):
                        # "criticized the email use, which an inquiry said was “careless”":
                        # the relative clause is a report of its own
                        fa.comp1 = rel - 1
                        continue
                    if fb.comp1 <= fb.comp0 and fb.pattern == "subject" and (
                            fa.comp1 - fb.cue1 >= 3):
                        # "What Lee has said in private is another story, according to
                        # Vass": a verb that reports nothing does not hide the outer report
                        keep[b] = False
                        continue
                    if fb.pattern == "asked" and fa.pattern in ("trailing", "inverted") and (
                            fb.comp1 >= fa.comp1 - 1):
                        keep[a] = False  # "When asked about X, Lee laughed."
                        continue
                    if fb.pattern == "asked" and fa.cue1 <= fb.cue0 - 1 and (
                            fb.cue0 - 1 >= fa.comp0 and toks[fb.cue0 - 1].low in _ASKED_AFTER
                            and toks[fb.comp0].low != "to" and (
                                fb.cue0 - 1 == fa.comp0
                                or toks[fb.cue0 - 2].low not in ("and", "but"))):
                        # "“We stay,” Lee said when asked whether …", "Lee said the crews
                        # would stay when asked whether …": the question put to the speaker
                        # is reported too, and the outer report ends before it (not a
                        # request: "left his car when asked to do so"; "…, and when asked
                        # whether …, he said" opens a new clause of its own)
                        if fb.cue0 - 1 > fa.comp0:
                            e = fb.cue0 - 1
                            while e > fa.comp0 and toks[e - 1].text == ",":
                                e -= 1
                            fa.comp1 = e
                        continue
                    comma = -1 if fb.mention is None else fb.mention.tok0 - 1
                    if comma > 0 and toks[comma].low in _COORD_CUT and toks[comma - 1].text == ",":
                        comma -= 1  # "X said A, and Y said B"
                    elif comma > 0 and toks[comma].kind == "w" and fb.mention is not None and (
                            fb.mention.kind in ("pronoun", "name")):
                        # "Although in May she said A, at the town hall this week she said
                        # B": a setting phrase between the comma and the second speaker
                        comma = _setting_comma(toks, fa.comp0, comma)
                    if fb.pattern == "subject" and fa.pattern == "subject" and (
                        fa.comp0 + 1 < comma < fb.cue0 and (toks[comma].text == "," or (
                            # "When Lee noted that X ― as was true ― Rask boasted, “…”"
                            toks[comma].text in _SPACED_DASHES and fa.mention is not None
                            and fa.mention.tok0 > 0
                            and toks[fa.mention.tok0 - 1].low in _SUBORD))
                        and fb.comp1 > fb.comp0 and not (
                            # "told agents that sometime in the week that followed, he
                            # realized …": a fronted time phrase of the report, not one
                            toks[fa.comp0].low in _FRONTED_TIME_OPENERS
                            and fa.comp0 > 0 and toks[fa.comp0 - 1].low == "that")
                    ):
                        # "While some say X, others say Y": two reports side by side
                        fa.comp1 = comma
                        continue
                    inner_verb = toks[fb.cue1 - 1].low
                    if fa.pattern == "according-trailing" and (
                        inner_verb not in _ATTRIB_VERBS
                    ) and not any(toks[x].kind == "q" for x in range(fb.comp0, fb.comp1)) and (
                        # "The vote is all but guaranteed, according to a poll": a cue word
                        # with no report of its own inside the source's report
                        (not _clause_like(toks, fb.comp0, fb.comp1)
                         and inner_verb not in self.c.reporting_forms)
                        # "X will propose Y, according to an aide": a plan the source
                        # reports, not X's words
                        or (fb.comp1 > fb.comp0
                            and self._cue_class(toks, fb.cue0, fb.cue1) != "bare")
                    ):
                        keep[b] = False
                    elif fa.reporting and fa.pattern in ("trailing", "inverted",
                                                         "according-trailing") and not (
                        fb.pattern in ("participle", "coord") and fb.inherit
                    ):
                        keep[a] = False
                    elif fa.pattern == "according-trailing" and fb.pattern in (
                        "subject", "trailing", "inverted"
                    ):
                        keep[a] = False
                    else:
                        keep[b] = False
        return [f for f, k in zip(frames, keep, strict=False) if k]

    # --------------------------------------------------------------------- noun phrases
    def _subject_left(self, toks: Sequence[_Tok], s0: int, j: int) -> _Mention | None:
        if j < s0:
            return None
        t = toks[j]
        if (t.kind == "w" and t.low in _SUBJ_PRONOUNS and t.low not in ("which",)) or (
            t.low == "which" and j > s0 and toks[j - 1].text == ","
        ):
            return _Mention(t.start, t.end, t.text, "pronoun", j, j + 1)
        if (n := _contracted_pronoun(t)) > 0:
            return _Mention(t.start, t.start + n, t.text[:n], "pronoun", j, j + 1)  # "he’s"
        if _comma_closed(t) and _title_tok(toks, j):
            # "Lee, the author of “Tides,” said": the title's comma closes the apposition
            k = j - 1
            while k > s0 and toks[k].text != "," and j - k < 14 and toks[k].kind == "w" and (
                    k == j - 1 or toks[k].low not in self.c.speech_forms):  # ("the show")
                k -= 1
            if k > s0 and toks[k].text == "," and toks[k + 1].low in ("the", "a", "an"):
                inner = self._np_left(toks, s0, k - 1)
                if inner is not None and inner.kind in ("name", "role", "org"):
                    return inner
            return None
        if _comma_closed(t) and j - 3 > s0:
            # "Lee, who calls the plan “a scam,” said": the comma inside the marks closes
            # a relative clause; the speaker is before its "who"
            w = _comma_who(toks, j - 2, max(s0, j - 30))
            if w - 2 >= s0 and all(toks[x].kind == "w" for x in range(w + 1, j)):
                named = self._before_comma_who(toks, s0, w, ("name", "role"))
                if named is not None:
                    return named
        if t.text == ")":
            k = j - 1
            while k > s0 and toks[k].text != "(" and j - k < 12:
                k -= 1
            if k > s0 and toks[k].text == "(":
                return self._subject_left(toks, s0, k - 1)
            return None
        if t.text == "," and j - 1 > s0 and toks[j - 1].text == ")":
            # "Gov. Ivo Rask (R-Vell), said": a comma after the party tag
            tagged = self._subject_left(toks, s0, j - 1)
            if tagged is not None and tagged.kind in ("name", "role") and not (
                    # (not after a nickname: "Del. Marcia “Cia” Price (D-Vell), shouted")
                    tagged.tok0 - 2 >= s0 and toks[tagged.tok0 - 1].kind == "q"
                    and toks[tagged.tok0 - 2].cap):
                return tagged
        if t.text == "," and j - 1 > s0:
            # "Vosk, for his part, said" / "Smith, the mayor, said"
            place = self._place_region(toks, s0, j)
            if place is not None:
                return self._subject_left(toks, s0, place)  # "Mona Tull, of Oster, Vell,"
            k = j - 1
            speech = False
            while k > s0 and toks[k].text != "," and j - k < 32:
                if (toks[k].kind == "q" and not _title_tok(toks, k)) or (
                        toks[k].low in self.c.speech_forms and not (
                    toks[k].low in self.c.noun_forms and self._noun_use(toks, s0, k, k + 1)
                ) and (
                    toks[k - 1].cap or toks[k - 1].low in _SUBJ_PRONOUNS
                    or toks[k - 1].low in ("that", "and")
                )):
                    # a verb after its subject; not "a quiz show host", "a count showing"
                    speech = True
                k -= 1
            if k > s0 and toks[k].text == "," and not speech and j - k <= 14 and (
                    toks[k + 1].low in _PREPS) and k - 1 > s0 and toks[k - 1].kind == "w" and (
                    not toks[k - 1].cap):
                # "Some voters who have heard him over the years, on television or at
                # rallies, said": a phrase between commas after a relative clause
                before = self._before_relative(toks, s0, k - 1)
                if before is not None:
                    return before
            if k > s0 and toks[k].text == "," and not speech and j - k <= 4 and (
                    toks[k + 1].low in _ADVERBIAL_ASIDES) and k - 1 > s0 and toks[
                    k - 1].kind == "w" and not toks[k - 1].cap:
                # "The judges who ruled that …, for instance, said": an adverbial aside
                # after a noun phrase with a relative clause
                before = self._before_relative(toks, s0, k - 1)
                if before is not None:
                    return before
            if k > s0 and toks[k].text == "," and j - k > 2 and (
                    toks[k + 1].low.endswith("ing") and not toks[k + 1].cap
                    and toks[k + 1].low not in self.c.speech_forms) and not any(
                    # (a short title in quotation marks is no report: "wearing “Vosk” pins")
                    (toks[x].kind == "w" and toks[x].low in self.c.speech_forms) or (
                        toks[x].kind == "q" and toks[x].end - toks[x].start > 40)
                    for x in range(k + 2, j)):
                # "Ann Lee, a baker from Tarn, attending the fair, said": the participle
                # phrase is an aside; the speaker is before it
                before = self._subject_left(toks, s0, k)
                if before is None and k - 1 >= s0:
                    before = self._np_left(toks, s0, k - 1)  # "Bo Dahl, wearing …, said"
                    if before is not None and before.tok0 != s0 and toks[
                            before.tok0 - 1].kind == "w":
                        before = None  # (only a noun phrase that opens the sentence)
                if before is not None and before.kind in ("name", "role", "org"):
                    return before
            if k > s0 and toks[k].text == "," and toks[k + 1].low != "who" and not speech:
                # "Sandy Lee, who lost her boat off Tarn, Nor., in July 2012, said": a
                # relative clause with commas of its own; the speaker is before its "who"
                w = _comma_who(toks, k - 1, max(s0, j - 40))
                if w - 2 >= s0 and all(
                        (toks[x].kind == "w" and toks[x].low not in self.c.speech_forms)
                        or toks[x].text in (",", ".") for x in range(w + 1, j)):
                    named = self._before_comma_who(toks, s0, w, ("name",))
                    if named is not None:
                        return named
            if k > s0 and toks[k].text == "," and toks[k + 1].low == "who":
                # "Tom Brill, a clerk at the port, who joined in May, said": the relative
                # clause follows an apposition; the speaker is the name before it
                before = self._subject_left(toks, s0, k)
                if before is not None and before.kind in ("name", "role") and (
                        before.tok1 < k - 1) and toks[before.tok1].text == "," and (
                        not toks[before.tok1 + 1].cap):
                    return before  # (not "Of Vosk, Lee, who …, said": Lee speaks)
            if speech and not (k > s0 and j - k < 32 and toks[k].text == ","
                               and toks[k + 1].low == "who"):
                # a report of its own between the commas, unless it is a relative clause
                # ("Lee, who predicted that ..., said")
                return None
            if k > s0 and toks[k].text == "," and toks[k + 1].low in ("and", "but") and (
                    not speech and not toks[k + 2].cap):
                # "Lee, who backed Mayor Ann Vass, D-Fen, and opposed Tull, said": the second
                # half of a relative clause; the speaker is before its "who"
                m = k - 1
                while m > s0 and k - m < 40 and not (
                        toks[m].text == "," and toks[m + 1].low == "who"):
                    m -= 1
                if m > s0 and toks[m].text == ",":
                    return self._np_left(toks, s0, m - 1)
                return None
            if k > s0 and toks[k].text == "," and toks[k + 1].low in _AUX and not speech:
                # "Rask, whose hometown, Vell, is projected to …, argues": the aside is a
                # relative clause's predicate; the speaker is before its "who(se)"
                m = k - 1
                while m > s0 and k - m < 24 and not (
                        toks[m].text == "," and toks[m + 1].low in ("who", "whose")):
                    m -= 1
                if m > s0 and toks[m].text == ",":
                    return self._np_left(toks, s0, m - 1)
            if k > s0 and toks[k].text == "," and not speech and 5 < j - k <= 14:
                # "One pastor backing Mr. Vosk, Ann Lee of the Quell Chapel, said": a
                # description, then a name with its place or body between the commas
                m = k + 1
                while m < j and toks[m].cap and toks[m].low not in _STOP_CAPS:
                    m += 1
                if m - k > 2 and toks[m].low in ("of", "from", "at", "with"):
                    named = self._np_left(toks, k + 1, m - 1)
                    if named is not None and named.kind == "name" and named.tok0 == k + 1:
                        return named
            if k > s0 and toks[k].text == ",":
                e = k - 1
                if toks[e].text == "." and e - 1 > s0 and _PARTY_TAG.fullmatch(
                        toks[e - 1].text) is not None:
                    e -= 1  # "R-Vell." is two tokens
                if e - 1 > s0 and (toks[e].low.isdigit() or _PARTY_TAG.fullmatch(
                        toks[e].text) is not None) and toks[e - 1].text == ",":
                    # "Marla Tenn, 21, a student, said", "Sen. Jo Lee, R-Vell., appearing
                    # on …, said": skip the age or the party tag
                    e -= 2
                if toks[e].text == ")":
                    # "Jo Lee (R-Ohio), a member, said"
                    while e > s0 and toks[e].text != "(" and k - e < 12:
                        e -= 1
                    e -= 1
                inner = self._np_left(toks, s0, e)
                if inner is not None and inner.tok0 - 1 > s0 and (
                        toks[inner.tok0 - 1].text != ","
                        and toks[k + 1].low in ("one", "a", "an", "the")
                        and j - k <= 12 and not any(
                            x.low in _AUX or x.low in _SUBJ_PRONOUNS or x.low == "that"
                            for x in toks[k + 1 : j])):
                    # "Ola Berg, the treasurer of Vell, one of the ferry towns, said": a
                    # second apposition; the speaker is before the first
                    outer = self._subject_left(toks, s0, k)
                    if outer is not None and outer.kind in ("name", "role", "org"):
                        return outer
                if inner is not None and inner.kind in ("org", "group") and (
                        inner.tok0 - 1 > s0 and toks[inner.tok0 - 1].text != ","
                        and 1 < j - k <= 5 and all(
                            toks[x].cap and toks[x].kind == "w" for x in range(k + 1, j))):
                    # "Ana Vian, the editor of the harbour's newspaper, L'Ancre, said": the
                    # paper's name after its description; the speaker is before both
                    outer = self._subject_left(toks, s0, k)
                    if outer is not None and outer.kind == "name":
                        return outer
                if inner is not None and (inner.kind in ("name", "role", "org", "pronoun") or (
                    inner.kind == "group" and (toks[e].low in self.lex.group_nouns or (
                        # "A former clerk, speaking on condition of anonymity, said", "The
                        # poll, released on Monday, showed"
                        (toks[k + 1].low.endswith(("ing", "ed")) and not toks[k + 1].cap)
                        or toks[k + 1].low == "who")))
                ):
                    if inner.kind == "role" and not speech and 1 < j - k <= 5 and all(
                            toks[x].cap and toks[x].kind == "w" for x in range(k + 1, j)):
                        # "Vell's harbour party leader, Lena Quist, voiced": the name in
                        # apposition names the role's holder
                        named = self._np_left(toks, k + 1, j - 1)
                        if named is not None and named.kind == "name" and named.tok0 == k + 1:
                            # (the noun phrase still starts at the role)
                            return _Mention(named.start, named.end, named.text, "name",
                                            inner.tok0, named.tok1)
                    # "who" clauses and appositions both fine
                    return inner
                if not speech and j - k <= 5:
                    # "One skipper from the fleet, Kelly Marsh, told …": a description,
                    # then the name between the commas
                    named = self._np_left(toks, k + 1, j - 1)
                    if named is not None and named.kind == "name" and named.tok0 == k + 1:
                        return named
            return None
        if t.text in _SPACED_DASHES and j - 1 > s0:
            # "Several bakers — among them two brothers — said": step over the aside
            # (typed as "--" too: two hyphens)
            double = t.text == "-" and toks[j - 1].text == "-" and toks[j - 1].end == t.start
            k = j - 2 if double else j - 1
            speech = False
            while k > s0 and toks[k].text != t.text and j - k < 24:
                speech = speech or toks[k].kind == "q" or (
                    toks[k].low in self.c.speech_forms and not (
                        # "Lind — mentioned by the Courier as … —": a passive aside
                        toks[k].low.endswith("ed") and toks[k + 1].low == "by"))
                k -= 1
            if double and k - 1 > s0 and toks[k - 1].text == "-" and toks[k - 1].end == toks[
                    k].start:
                k -= 1
            elif double:
                return None
            if k > s0 and toks[k].text == t.text and (not speech or toks[k + 1].low == "who"):
                # (a report inside the aside only in a relative clause: "Lee - who said X -")
                return self._subject_left(toks, s0, k - 1)
            return None
        if t.low in _TIME_WORDS and j - 1 > s0:
            # "A harbour survey released (on) Friday said": the document before its participle
            p = j - 2 if toks[j - 1].low == "on" else j - 1
            if p - 1 > s0 and toks[p].low.endswith("ed") and not toks[p].cap and toks[
                    p - 1].low in self.lex.source_nouns:
                return self._np_left(toks, s0, p - 1)
        if j - 2 >= s0 and toks[j - 1].low == "in" and _is_number(t.low) and _is_number(
            toks[j - 2].low
        ):
            # "Seven in 10 say", "roughly one in three voters said"
            return _group_mention(toks, _approx_start(toks, s0, j - 2), j)
        if _percent_at(toks, j, s0):
            # "57% say", "nearly 57% said"
            return _group_mention(toks, _approx_start(toks, s0, j - 1), j)
        if t.kind == "w":
            outer = self._before_relative(toks, s0, j)
            if outer is not None:
                return outer  # "Rowers who backed Tull say": not Tull
            outer = self._before_participle(toks, s0, j)
            if outer is not None:
                return outer  # "A source speaking to Vell Radio said": not Vell Radio
        ment = self._np_left(toks, s0, j)
        if t.kind != "w" or t.low.isdigit():
            skippable = False
        elif ment is None:
            skippable = not t.cap  # "Officials at the meeting said"
        elif ment.kind == "name" and ment.tok1 - ment.tok0 > 1:
            skippable = False  # "the Council on X Director Jo Lee says": a person's name
        else:
            # an unknown noun before a noun-verb is a compound ("a news report")
            skippable = t.cap or self._known_head(t) or (
                j + 1 < len(toks) and toks[j + 1].low not in self.c.noun_forms)
        if skippable:
            # "Lee in a newsletter column said", "Officials in Lunden said": the speaker
            # comes before the phrase (not "Seven in 10 say")
            outer = self._before_pp(toks, s0, j if ment is None else ment.tok0)
            if outer is not None:
                return outer
        return self._of_people(toks, s0, ment)

    def _of_people(self, toks: Sequence[_Tok], s0: int, ment: _Mention | None
                   ) -> _Mention | None:
        """``ment`` widened to the people noun before its "of" ("Critics of the mayor",
        "the mayor of Tarn": the critics and the mayor speak, not the mayor and Tarn)."""
        if ment is None or ment.tok0 - 2 < s0 or toks[ment.tok0 - 1].low != "of" or (
                ment.kind == "pronoun"):
            return ment
        group = self._np_left(toks, s0, ment.tok0 - 2)
        head = toks[ment.tok0 - 2]
        if group is not None and group.kind != "pronoun" and self._people_noun(head.low) and (
                group.kind in ("group", "role") or group.tok1 - group.tok0 == 1) and (
                group.tok1 - group.tok0 <= 3) and not any(
                x.low in _AUX for x in toks[group.tok0 : group.tok1]) and not any(
                x.cap for x in toks[group.tok0 + 1 : group.tok1 - 1]):
            kind = "role" if head.low in self.lex.role_nouns else "group"
            return _Mention(group.start, ment.end, " ".join(
                map(_TEXT, toks[group.tok0 : ment.tok1])), kind, group.tok0, ment.tok1)
        return ment

    def _before_comma_who(self, toks: Sequence[_Tok], s0: int, w: int,
                          kinds: tuple[str, ...]) -> _Mention | None:
        """The noun phrase of one of ``kinds`` before the ", who" at ``w`` when it opens the
        sentence or follows no word ("Sandy Lee, who …", "In May, the mayor, who …")."""
        named = self._np_left(toks, s0, w - 2)
        if named is not None and named.kind in kinds and (
                named.tok0 == s0 or toks[named.tok0 - 1].kind != "w"):
            return named
        return None

    def _before_relative(self, toks: Sequence[_Tok], s0: int, j: int) -> _Mention | None:
        """The noun phrase before a relative clause without commas that ends at ``j``
        ("Rowers [who backed Tull] say", "Those [who know her] say"), or ``None``."""
        clause = False  # a subject pronoun after the "who": "critics who say he should"
        for k in range(j, max(s0, j - 14), -1):
            tk = toks[k]
            if tk.kind != "w" or (tk.low in self.c.speech_forms and not tk.cap and (clause or not (
                    # "The judges who ruled that …": the relative clause's own verb
                    k - 1 >= s0 and toks[k - 1].low == "who"))):
                return None
            clause = clause or (tk.low in _SUBJ_PRONOUNS and tk.low != "who")
            if tk.low in ("who", "whose"):
                if k == j or k - 1 < s0 or toks[k - 1].kind != "w":
                    return None
                if toks[k - 1].low in ("those", "anyone", "everyone", "people"):
                    d = toks[k - 1]
                    return _Mention(d.start, d.end, d.text, "group", k - 1, k)
                outer = self._np_left(toks, s0, k - 1)
                return outer if outer is not None and outer.kind != "pronoun" else None
        return None

    def _before_participle(self, toks: Sequence[_Tok], s0: int, j: int) -> _Mention | None:
        """The noun phrase before a participle phrase without commas that ends at ``j``
        ("A source [speaking to Vell Radio] said", "An aide [quoted by the Herald]
        says", "People [close to the mayor] say"), or ``None``."""
        for k in range(j - 1, max(s0, j - 8), -1):
            tk = toks[k]
            if tk.kind != "w" or tk.low in self.c.speech_forms:
                return None
            if (tk.low in _MODIFIER_PARTICIPLES and toks[k + 1].low in _PARTICIPLE_PREPS) or (
                    toks[k + 1].low in self.c.source_adjectives.get(tk.low, ())):
                if k - 1 < s0 or toks[k - 1].kind != "w":
                    return None
                outer = self._np_left(toks, s0, k - 1)
                return outer if outer is not None and outer.kind != "pronoun" else None
        return None

    def _place_region(self, toks: Sequence[_Tok], s0: int, j: int) -> int | None:
        """The comma before ", Vell," when the comma at ``j`` closes the region of a place
        apposition ("Mona Tull, 29, of Oster, Vell, says"), else None."""
        k = j - 1
        while k > s0 and j - k <= 3 and (toks[k].cap or toks[k].text == "."):
            k -= 1
        if k == j - 1 or k <= s0 or toks[k].text != ",":
            return None
        m = k - 1
        while m > s0 and k - m <= 4 and toks[m].cap:
            m -= 1
        if m < k - 1 and m - 1 > s0 and toks[m].low in ("of", "from") and (
                toks[m - 1].text == "," or (
                    # "a baker from Tarn, Nor.,": a place after a noun, with its region
                    toks[m - 1].kind == "w" and not toks[m - 1].cap
                    and toks[j - 1].text == ".")):
            return k
        if m < k - 1 and m - 1 > s0 and toks[m].low in ("in", "at") and (
                toks[m - 1].kind == "w" and not toks[m - 1].cap):
            return k  # "a clerk in Tarn, Nor.,", "during a meeting in Oster, Vell,"
        return None

    def _known_head(self, t: _Tok, plural_roles: bool = True) -> bool:
        """A lower-case word the tables know as the head of a speaker's noun phrase
        (with ``plural_roles``, a role's plural too: "ambassadors", "specialists")."""
        low = t.low
        if low in self.lex.source_nouns or low in self.c.org_words:
            return True
        if plural_roles:
            return self._people_noun(low)
        return low in self.lex.role_nouns or low in self.lex.group_nouns

    def _people_noun(self, low: str) -> bool:
        """A word the tables know as people: a role, a group or a role's plural
        ("critics", "members", "ambassadors"), not a document or an organisation."""
        roles = self.lex.role_nouns
        return low in roles or low in self.lex.group_nouns or (
            low.endswith("s") and low[:-1] in roles)

    def _before_pp(self, toks: Sequence[_Tok], s0: int, b: int) -> _Mention | None:
        """The speaker before a prepositional phrase that ends at ``b``'s phrase: a
        name, or a noun phrase whose head the tables know as a speaker."""
        for p in range(b - 1, max(s0, b - 5), -1):
            tp = toks[p]
            if tp.kind != "w":
                return None
            if tp.low in _SUBJECT_PP:
                outer = self._np_left(toks, s0, p - 1)
                if outer is None or outer.kind not in ("name", "role", "org", "group") or (
                    tp.low in ("for", "with") and outer.kind != "group"
                ):
                    return None  # ("a spokesman for the port": the port speaks)
                head = toks[outer.tok1 - 1]
                if head.cap or self._known_head(head):
                    return outer
                # "A pilot in Vell warned": a noun with an article before the place it is
                # from, not the place ("Delegates at the summit in Lunden": the delegates)
                if (tp.low in ("in", "from") and toks[p + 1].cap
                        and toks[outer.tok0].low in ("a", "an", "the") and head.kind == "w"
                        and head.low not in self.c.noun_forms):
                    found = self._before_pp(toks, s0, outer.tok0) or outer
                    # only a noun phrase that opens its clause
                    if found.tok0 == s0 or toks[found.tok0 - 1].text in (",", ";", ":") or (
                            toks[found.tok0 - 1].low in ("that", "and", "but")):
                        return found
                return None
            if tp.cap and p < b - 1:
                return None
        return None

    def _np_left(self, toks: Sequence[_Tok], s0: int, j: int) -> _Mention | None:
        if j < s0:
            return None
        t = toks[j]
        if t.kind != "w":
            return None
        if t.low in _SUBJ_PRONOUNS:
            return _Mention(t.start, t.end, t.text, "pronoun", j, j + 1)
        if (n := _contracted_pronoun(t)) > 0:
            return _Mention(t.start, t.start + n, t.text[:n], "pronoun", j, j + 1)
        lex = self.lex
        if t.cap or t.low in _ABBREV_END:
            k = j
            while k - 1 >= s0 and toks[k - 1].kind == "w" and j - k < 8 and (
                toks[k - 1].cap
                or toks[k - 1].low in lex.role_nouns
                # "press secretary Bo Dahl": the first word of a two-word role
                or f"{toks[k - 1].low} {toks[k].low}" in lex.role_nouns
                or toks[k - 1].low in lex.modifiers
                or (toks[k - 1].low in ("of", "for") and k - 2 >= s0 and toks[k - 2].cap)
                or toks[k - 1].low in _NAME_PARTICLES
                or toks[k - 1].low.endswith(("'s",))
            ):
                k -= 1
            while k < j and (toks[k].low in _STOP_CAPS or toks[k].low in ("of", "for")
                             or toks[k].low in _SUBJECT_OPENERS):
                if toks[k].low in ("the",):
                    break
                k += 1
            if k - 1 >= s0 and toks[k - 1].low in _DETERMINERS and toks[k - 1].low not in (
                "that", "no"
            ):
                k -= 1
            if toks[j].low in _STOP_CAPS or toks[j].low in _TIME_WORDS:
                return None
            words = [x.low for x in toks[k : j + 1]]
            kind = "name"
            phrase = " ".join(words)
            if self._is_role_phrase(words):
                kind = "role"
            if (
                any(w in self.c.org_words for w in words[-2:])
                or phrase.removeprefix("the ") in lex.countries
                or self._is_media(phrase)
            ):
                kind = "org"
            return _Mention(toks[k].start, t.end, " ".join(map(_TEXT, toks[k : j + 1]))
                            .replace(" ’s", "’s"), kind, k, j + 1)
        # lower-case head: "the minister", "a spokeswoman for the ministry", "officials"
        head = t.low
        known = self._known_head(t)
        k = j
        opened = False  # by a possessive name or a share ("57% of")
        while k - 1 >= s0 and j - k < 7:
            prev = toks[k - 1]
            if prev.kind != "w":
                if _percent_at(toks, k - 1, s0):
                    k = _approx_start(toks, s0, k - 2)  # "(nearly) 57% of rowers"
                    opened = True
                break
            if prev.low == "that" and toks[k].low in _AUX and k - 2 >= s0 and toks[
                    k - 2].kind == "w":
                break  # a relative clause: "states that have seen floods"
            if prev.low in _DETERMINERS:
                if prev.low == "that" and head.endswith("s") and not head.endswith(
                        "ss") and k - 2 >= s0 and toks[k - 2].kind == "w":
                    opened = True  # "laws that judges said …": a relative pronoun
                else:
                    k -= 1
                break
            if prev.cap and prev.low.endswith(("'s", "’s")) and prev.low.replace(
                "’", "'"
            ) not in _CONTRACTIONS:
                # "Vass's neighbours", "Mayor Ann Lee's aides": the owner's whole name
                owner = self._np_left(toks, s0, k - 1)
                k = owner.tok0 if owner is not None and owner.tok0 < k else k - 1
                opened = True
                break
            if prev.low in self.c.speech_forms or prev.low in _PREPS or (
                    # "For many who …" (not "advocates for …": inside the phrase)
                    k - 1 == s0 and prev.low in _LEADING_PREPS) or prev.low in (
                "and", "or", "but", "that", "to", "not", "who", "which"
            ) or prev.low in _SUBJECT_OPENERS:
                if prev.low == "as" and k - 3 >= s0 and toks[k - 2].low in ("many", "much") and (
                        toks[k - 3].low == "as"):
                    opened = True  # "as many as 40 rowers": a count (the rowers speak)
                    break
                if prev.low == "of" and k - 2 >= s0:
                    k -= 1
                    continue
                break
            k -= 1
        if k - 2 >= s0 and _is_number(toks[k].low) and toks[k - 1].low == "in" and (
                _is_number(toks[k - 2].low)):
            k = _approx_start(toks, s0, k - 2)  # "(nearly) eight in 10 Quell voters"
        has_det = opened or toks[k].low in _DETERMINERS or (
            # "31 percent of rowers", "40 harbour pilots"
            k < j and _is_number(toks[k].low) and head.endswith("s")
            and not any(toks[x].low in _AUX for x in range(k + 1, j + 1)))
        if not known and not has_det and k + 1 < j and toks[k + 1].low == "of" and (
                self._known_head(toks[k])):
            # "Proponents of lower fares say": the head is the first word, before "of"
            known = True
            head = toks[k].low
        if not known and not has_det:
            return None
        if not known and (j - k > 5 or head.endswith("ing")):
            return None
        if not known and not self._nounish(head):
            return None
        kind = "role" if head in lex.role_nouns else (
            "org" if head in self.c.org_words else "group"
        )
        return _Mention(toks[k].start, t.end, " ".join(map(_TEXT, toks[k : j + 1])), kind,
                        k, j + 1)

    def _is_role_phrase(self, words: Sequence[str]) -> bool:
        """"the Russian Foreign Minister", "the secretary": a role without a name."""
        return _memoised(self.c.role_phrases, tuple(words), self._is_role_phrase_uncached)

    def _is_role_phrase_uncached(self, words: Sequence[str]) -> bool:
        w = [x for x in words if x not in _DETERMINERS]
        while w and (w[0] in self.lex.modifiers or w[0] in self.lex.countries) and (
            " ".join(w) not in self.lex.role_nouns
        ):
            w.pop(0)
        if not w:
            return False
        phrase = " ".join(w)
        if phrase in self.lex.role_nouns:
            return True
        # the longest role that ends the phrase (one set look-up per length)
        role_set = self.c.role_set
        for n in range(min(self.c.role_max, len(w)), 0, -1):
            if tuple(w[-n:]) in role_set:
                rest = w[:-n]
                return all(x in self.lex.modifiers or x in self.lex.countries
                           or x in self.lex.role_nouns or x in ("of",) for x in rest)
        return False

    def _nounish(self, w: str) -> bool:
        return not w.endswith(("ed", "ly")) and w not in _ADVERBS and w not in _PREPS and (
            w not in _SUBORD)  # (not "its safety as")

    def _named_after(self, toks: Sequence[_Tok], v1: int, s1: int) -> bool:
        """Whether the verb ending at ``v1`` is followed by nothing but a speaker: a
        noun phrase with a capital (a name) to the sentence end, or one with an apposition after a
        comma that holds no verb ("said Bo Banner, a pollster and consultant.")."""
        ment = self._np_right(toks, v1, self._np_right_end(toks, v1, s1))
        if ment is None or ment.kind == "pronoun" or ment.tok0 != v1 or (
                toks[v1].low in _TIME_WORDS or toks[v1].low == "of") or not any(
                t.cap for t in toks[ment.tok0 : ment.tok1]):
            return False  # ("said Sunday", "said of Vance", "says the harbour needs …")
        k = ment.tok1
        if k < s1 and toks[k].text == ",":
            k += 1
            if k >= s1 or toks[k].low not in ("a", "an", "the", "one"):
                return False
            while k < s1 and toks[k].kind == "w" and toks[k].low not in _AUX and (
                    toks[k].low not in ("that", "who", "which")):
                k += 1
        return k >= s1 or (toks[k].text in (".", "!", "?") and k + 1 >= s1)

    def _np_right_end(self, toks: Sequence[_Tok], b: int, s1: int) -> int:
        j = b
        while j < s1 and toks[j].kind == "w" and j - b < 10:
            if j > b and toks[j].low in _PREPS and toks[j].low not in ("of", "for"):
                break
            j += 1
        return j

    def _np_right(
        self, toks: Sequence[_Tok], b: int, j: int, *, source: bool = False
    ) -> _Mention | None:
        """The noun phrase ``toks[b:j]`` as a speaker, or ``None``. A phrase must look
        like one (a name, a role, a group, a determiner); after "according to"
        (``source``) any plain noun phrase names the source ("according to media
        trackers") unless its head names a plan ("according to plan")."""
        words = [t for t in toks[b:j] if t.kind == "w"]
        if not words or len(words) != j - b:
            return None
        first = words[0]
        if first.low in ("that", "to") or first.low in _WH or first.low in _PREPS:
            return None
        if len(words) == 1 and (first.low in _OBJ_PRONOUNS or first.low in _SUBJ_PRONOUNS):
            return _Mention(first.start, first.end, first.text, "pronoun", b, b + 1)
        # cut at a preposition that starts a modifier ("released on Thursday")
        end = j
        for m in range(b + 1, j):
            if toks[m].low in _PREPS and toks[m].low not in ("of", "for"):
                end = m
                break
            if toks[m].low in ("who", "which", "that") or (
                toks[m].low.endswith("ed") and not toks[m].cap
            ):
                end = m
                break
            if toks[m].low in _AUX and not toks[m].cap:
                return None  # "said the ferry is too slow": a clause, not a speaker
        seg = toks[b:end]
        if not seg:
            return None
        if not (any(t.cap for t in seg) or self._known_head(seg[-1]) or seg[0].low in _DETERMINERS
                or (source and seg[-1].low not in _NOT_SOURCES)):
            return None
        text = " ".join(map(_TEXT, seg))
        low = [t.low for t in seg]
        kind = "name"
        if self._is_role_phrase(low):
            kind = "role"
        elif any(w in self.c.org_words for w in low[-2:]) or self._is_media(text):
            kind = "org"
        elif not any(t.cap for t in seg):
            kind = "role" if low[-1] in self.lex.role_nouns else "group"
        elif low[-1] in self.lex.role_nouns:
            kind = "role"
        return _Mention(seg[0].start, seg[-1].end, text, kind, b, end)

    def _idle_subject(
        self, toks: Sequence[_Tok], sents: Sequence[tuple[int, int]], lo: int, hi: int,
        caps: Sequence[int],
    ) -> None:
        """Set ``prev_subject`` as the frameless sentences ``sents[lo:hi]`` would one by
        one: to the first person of the last of them that names one."""
        for si in range(hi - 1, lo - 1, -1):
            s0, s1 = sents[si]
            person = self._first_person(toks, s0, s1, caps)
            if person is not None:
                self.prev_subject = person
                return

    def _first_person(
        self, toks: Sequence[_Tok], s0: int, s1: int, caps: Sequence[int] | None = None
    ) -> _Person | None:
        """The first known person named in the sentence's first 25 tokens; ``caps`` are
        the indices of the paragraph's capitalised words (computed here when not given)."""
        if caps is None:
            caps = [k for k in range(s0, s1) if toks[k].cap]
        stop = min(s1, s0 + 25)
        # walked by index, not sliced: a copy of the list's tail per sentence would make
        # a long paragraph quadratic
        for ci in range(bisect.bisect_left(caps, s0), len(caps)):
            k = caps[ci]
            if k >= stop:
                break
            t = toks[k]
            if t.low not in _STOP_CAPS:
                w = t.text.removesuffix("’s").removesuffix("'s")
                if w.lower() not in self.by_last:
                    continue  # _lookup would find no one
                p = self._lookup_one(w)
                if p is not None:
                    return p
        return None

    # --------------------------------------------------------------------- resolution
    def _person_of(self, spk: Speaker) -> _Person | None:
        return self._lookup(spk.name.split()) if spk.kind == SpeakerKind.PERSON else None

    def _resolve(
        self,
        fr: _Frame,
        toks: Sequence[_Tok],
        s0: int,
        base: int,
        frames: Sequence[_Frame],
    ) -> Speaker | None:
        m = fr.mention
        if m is None:
            # inherit from the sentence's main subject, or from an earlier report whose
            # speaker is in the main clause (not "when I asked Quist …, she … and said")
            # or which speaks for the whole sentence ("According to X, …, and said …")
            subj = self._sentence_subject(toks, s0, fr.cue0)
            extra = "subject of the sentence, shared by the coordinated verb"
            if fr.pattern == "participle" and fr.cue0 - 1 > s0 and toks[fr.cue0 - 1].text == ",":
                # "Tull fined the crews and Lee fired the pilot, saying …": the participle
                # goes with the nearest clause's subject
                nearer = self._coordinated_subject(toks, s0, fr.cue0 - 1)
                if nearer is not None:
                    subj = nearer
                    extra = "subject of the clause before the participle"
            for other in frames:
                if other is not fr and other.mention is not None and other.cue0 < fr.cue0 and (
                        subj is None or other.mention.tok1 > subj.tok0
                        or other.pattern == "according") and not (
                        # "… an architect who said he was stiffed, saying “…”": the
                        # relative clause's report lends its speaker to nothing after it
                        subj is not None and other.mention.text.lower() in ("who", "which")
                        and subj.tok0 < other.mention.tok0):
                    return self._resolve(other, toks, s0, base, frames)
            if subj is None:
                return None
            m = subj
        else:
            extra = ""
        a, b = base + m.start, base + m.end
        text = self.body[a:b]
        low = text.lower().replace("’", "'")
        ev: list[str] = []
        if m.kind == "pronoun":
            person, why = self._antecedent(low, toks, s0, m.tok0, base)
            if person is None and low in ("who", "which"):
                head = self._who_head(toks, s0, m.tok0)
                if head is not None:
                    # "Voters who say …": the group, role or body the clause is about
                    name = _strip_det(head.text)
                    last = name.lower().split()[-1]
                    kind = SpeakerKind.ORGANISATION if head.kind == "org" or (
                        last in self.lex.org_heads) else SpeakerKind.GROUP if (
                        head.kind == "group" or last in self.lex.group_nouns
                        or last in _WHO_GROUPS or (head.kind == "np" and last.endswith("s")
                                                   and not last.endswith(("ss", "us")))
                    ) else SpeakerKind.PERSON
                    return self._speaker(
                        name, text, kind, Resolution.PRONOUN, a, b,
                        [f"{text!r} → {name}, the noun phrase the relative clause is about"])
            if person is None:
                kind = SpeakerKind.GROUP if low in ("they", "them", "we") else (
                    SpeakerKind.ORGANISATION if low in ("it", "which") else SpeakerKind.PERSON
                )
                return self._speaker(text, text, kind, Resolution.PRONOUN, a, b,
                                     [f"{text!r}: no earlier speaker to resolve it to"])
            ev.append(f"{text!r} → {person.canonical}, {why}")
            if extra:
                ev.append(extra)
            return self._speaker(person.canonical, text, person.kind, Resolution.PRONOUN, a, b, ev)
        if m.kind == "name" and (text.split()[0].lower() in _QUANTIFIERS or (
                len(text.split()) > 1 and low.split()[-1] in _PARTY_WORDS
                and low.endswith("s"))):
            # "Many Vellans", "Some Democrats", "Tarn Republicans": a group, never a
            # person (nor "he")
            ev.append(f"{text!r}, a group named in the sentence")
            return self._speaker(text, text, SpeakerKind.GROUP, Resolution.NAMED, a, b, ev)
        if m.kind == "name":
            raw = text.split()
            owners = [i for i in range(len(raw) - 1) if raw[i].endswith(("’s", "'s"))
                      and raw[i + 1][:1].isupper()]
            if owners and raw[-1].lower() not in self.c.org_words:
                raw = raw[owners[-1] + 1:]  # "the Courier's Edda Lind": her, not the paper
            words = [w for w in " ".join(raw).replace("’s", "").replace("'s", "").split()]
            words = self._strip_titles(words)
            if "of" in words[2:]:
                # "Tomas Rendel of the Port Authority": the affiliation is not the name
                words = words[:words.index("of", 2)]
            person = self._lookup(words) if words else None
            for i in range(1, len(words) - 1):
                if person is not None:
                    break
                # "Norland's Foreign Minister Tomas Rendel": a known person at the end
                person = self._lookup(words[i:])
            if person is None and len(words) == 1 and words[0][:1].isupper() and (
                    words[0].lower() not in _PARTY_WORDS):
                person = self._fuzzy(words[0])
                if person is not None:
                    ev.append(f"{text!r} → {person.canonical}, a near-miss spelling of the "
                              f"surname in a name position")
            if person is None and words and len(words) >= 2 and all(
                w[:1].isupper() for w in words
            ) and words[-1].lower() not in _PARTY_WORDS:  # ("the Tarn Republican": no name)
                person = self._person(words, a)
            if person is not None:
                if not ev:
                    ev.append(f"{text!r} → {person.canonical}, named in the sentence")
                if extra:
                    ev.append(extra)
                self.last_person = person
                return self._speaker(person.canonical, text, person.kind, Resolution.NAMED, a, b,
                                     ev)
            name = " ".join(words) if words else text
            kind = SpeakerKind.ORGANISATION if (
                name.lower() in self.lex.countries or name.lower() in self.lex.media
            ) else SpeakerKind.PERSON
            ev.append(f"{text!r}, named in the sentence")
            return self._speaker(name, text, kind, Resolution.NAMED, a, b, ev)
        if m.kind == "role":
            person = self._role_holder(low, a)
            if person is not None:
                ev.append(f"{text!r} → {person.canonical}, who holds that role in the article")
                if extra:
                    ev.append(extra)
                return self._speaker(person.canonical, text, SpeakerKind.PERSON, Resolution.ROLE,
                                     a, b, ev)
            name = _strip_det(text)
            ev.append(f"{text!r}: a role noun naming no one else in the article")
            return self._speaker(name, text, SpeakerKind.PERSON, Resolution.ROLE, a, b, ev)
        kind = SpeakerKind.ORGANISATION if m.kind == "org" else SpeakerKind.GROUP
        name = _strip_det(text)
        caps = [w for w in name.split() if w[:1].isupper()]
        if m.kind == "org" and caps and self._is_media(text):
            # "Russia's state-run news agency Ria Novosti" -> "Ria Novosti"
            tail: list[str] = []
            for w in reversed(name.split()):
                if not w[:1].isupper():
                    break
                tail.insert(0, w)
            if tail:
                name = " ".join(tail)
        ev.append(f"{text!r}, {'an organisation' if kind is SpeakerKind.ORGANISATION else 'a group'}"
                  " named in the sentence")
        return self._speaker(name, text, kind, Resolution.NAMED, a, b, ev)

    def _strip_titles(self, words: list[str]) -> list[str]:
        out = list(words)
        while len(out) > 1 and (not out[0][:1].isupper()
                                or out[0].lower() in self.lex.role_nouns
                                or out[0].lower() in self.lex.modifiers
                                or out[0].lower() in _STOP_CAPS
                                or out[0].lower() in _LEADING_PREPS
                                or out[0].lower() in self.lex.countries):
            out.pop(0)
        return out

    def _coordinated_subject(self, toks: Sequence[_Tok], s0: int, upto: int) -> _Mention | None:
        """The named subject of a second main clause before token ``upto``, after "and"
        or "but" ("Tull fined the crews and Ann Lee fired the pilot"), or ``None``."""
        for x in range(upto - 3, s0, -1):
            t = toks[x]
            if t.kind != "w" and t.text != ",":
                return None
            if t.low not in ("and", "but") or not toks[x + 1].cap or toks[x + 1].low in _STOP_CAPS:
                continue
            v = x + 1
            while v < upto and v - x <= 4 and toks[v].cap and toks[v].kind == "w":
                v += 1
            if v < upto and toks[v].kind == "w" and not toks[v].cap and _finite_verb(toks[v]):
                ment = self._np_left(toks, x + 1, v - 1)
                if ment is not None and ment.kind in ("name", "role") and ment.tok0 == x + 1:
                    return ment
            return None
        return None

    def _sentence_subject(self, toks: Sequence[_Tok], s0: int, upto: int) -> _Mention | None:
        """The subject of the sentence's main verb before token ``upto`` (the speaker of
        ", saying …" and "and said …"): the noun phrase before the first finite verb
        after any fronted adverbial, participle or subordinate clause."""
        k = _dateline_end(toks, s0, upto)  # "VELL — The mayor …", "OSTER, Vell (AP) —"
        while k < upto and toks[k].kind == "w" and (
            toks[k].low in _PREPS or toks[k].low in _SUBORD or toks[k].low in _FRONT_TIME or (
                # "For months, Lee …", "Absent a deal, the board …"
                toks[k].low in _LEADING_PREPS) or (
                # "Even before Lind took the stage, …", "Shortly after the vote, …",
                # "Here in Oster, …"
                (toks[k].low in _SUBORD_ADVERBS or toks[k].low in ("here", "there"))
                and k + 1 < upto and (toks[k + 1].low in _SUBORD or toks[k + 1].low in _PREPS)) or (
                toks[k].low.endswith("ing") and toks[k].cap) or _counted_time(toks, k, upto) or (
                # "Asked which quay he liked, Rask demurred: …": a fronted participle
                toks[k].cap and toks[k].low in _FRONT_PARTICIPLES) or (
                # "Instead, he …", "Late last month, the board …", "Back in May, …"
                (toks[k].low in _OPENING_ADVERBS or (
                    toks[k].low.endswith("ly") and len(toks[k].low) > 4))
                and any(toks[x].text == "," for x in range(k + 1, min(upto, k + 6))))
        ):
            # "Speaking in Lunden, Lee …", "After the vote, the mayor …"
            comma = next((m for m in range(k + 1, upto) if toks[m].text == ","), -1)
            after = _time_without_comma(toks, k, upto)
            if after > k and (comma < 0 or comma > after):
                k = after  # "On Sunday morning Lee made …": no comma after the time
                break
            if comma < 0:
                break
            k = comma + 1
            r = k
            while r < upto and r - k < 3 and toks[r].cap and toks[r].kind == "w" and (
                    toks[r].low not in _STOP_CAPS):
                r += 1
            if r > k and r + 1 < upto and toks[r].text == "," and toks[comma - 1].cap:
                k = r + 1  # "At a fair in Oster, New Vell, on Sunday, Lee …": the region
        if k + 1 < upto and toks[k].low in ("but", "and", "yet") and toks[k + 1].kind == "w":
            k += 1  # "But the former mayor showed restraint and described …"
        for v in range(k + 1, min(upto, k + 10)):
            t = toks[v]
            if t.kind != "w":
                break
            if t.cap or not (t.low in _FINITE or t.low in _AUX or (
                    t.low.endswith("ed") and len(t.low) > 3)):
                continue
            e = v - 1
            while e > k and toks[e].low in _ADVERBS and toks[e].low not in _AUX:
                e -= 1  # "The nurse later sued"
            ment = self._subject_left(toks, k, e)
            if ment is not None and ment.tok0 == k and ment.kind != "np":
                return ment
            of = next((x for x in range(k + 1, e) if toks[x].low == "of"), -1)
            if of > k and all(toks[x].kind == "w" for x in range(k, e + 1)):
                # "The attorney general of the state of Vell is suing …, claiming": the
                # head of a noun phrase with "of"
                head = self._np_left(toks, k, of - 1)
                if head is not None and head.tok0 == k and head.kind in ("role", "group", "org"):
                    return head
            if ment is None and t.low.endswith("ed") and toks[v - 1].low in _DETERMINERS:
                continue  # "The retired surgeon has …": an adjective
            break
        return self._leading_subject(toks, s0, upto)

    def _leading_subject(self, toks: Sequence[_Tok], s0: int, upto: int) -> _Mention | None:
        """The first pronoun or capitalised name of the sentence, after a leading
        prepositional phrase."""
        k = _dateline_end(toks, s0, upto)
        # skip a leading adverbial ("In his statement at the meeting, ...", "Shortly
        # after the vote, ...")
        first = toks[k].low if k < upto else ""
        if k < upto and (first in _PREPS or first in _FRONT_TIME or _counted_time(toks, k, upto) or (
            # "Frankly, ...", "Climbing onto the quay, ...": an adverb or a participle
            # phrase, not a name the article knows
            k + 1 < upto and ((first.endswith("ly") and toks[k + 1].text == ",") or (
                first.endswith("ing") and toks[k + 1].kind == "w"))
            and len(first) > 4 and first not in self.by_last
        )):
            m = k
            while m < upto and toks[m].text != ",":
                m += 1
            if m < upto:
                k = m + 1
        for m in range(k, min(upto, k + 6)):
            t = toks[m]
            if t.low in _SUBJ_PRONOUNS:
                return _Mention(t.start, t.end, t.text, "pronoun", m, m + 1)
            if t.cap and t.low not in _STOP_CAPS and not (m == k and t.low in _LEADING_PREPS):
                # (not "For" of "For many who …, referring to …": a preposition)
                e = m
                while e + 1 < upto and toks[e + 1].cap:
                    e += 1
                if toks[e].low.endswith("'s"):
                    named = _apposed_name(toks, e + 1, upto)
                    if named is not None:
                        return named  # "Vell's harbour party leader, Lena Quist, voiced"
                return _Mention(toks[m].start, toks[e].end,
                                " ".join(map(_TEXT, toks[m : e + 1])), "name", m, e + 1)
        return None

    def _who_head(self, toks: Sequence[_Tok], s0: int, k: int) -> _Mention | None:
        """The credible noun phrase right before the "who" or "which" at token ``k``
        ("Voters who say", "the officials, who said", "a UN panel, which said"), or
        ``None``."""
        m = k - 1
        while m >= s0 and (toks[m].text == "," or toks[m].text in _SPACED_DASHES):
            m -= 1
        if m >= s0 and _percent_at(toks, m, s0):
            return _group_mention(toks, _approx_start(toks, s0, m - 1), m)  # "57% who say"
        if m < s0 or toks[m].kind != "w":
            return None
        if m - 2 >= s0 and toks[m - 1].low == "in" and _is_number(toks[m].low) and (
                _is_number(toks[m - 2].low)):
            # "four in 10 who said"
            return _group_mention(toks, _approx_start(toks, s0, m - 2), m)
        if toks[m].low in _WHO_GROUPS:
            t = toks[m]  # "Those who say …"
            return _Mention(t.start, t.end, t.text, "group", m, m + 1)
        head = self._np_left(toks, s0, m)
        if head is not None and head.kind != "pronoun" and self._credible_speaker(head):
            return head
        # any plain noun phrase: a relative clause is about the noun before it ("the
        # pilots who said", "an architect who said"), back to its determiner
        d = m
        while d > s0 and m - d < 4 and toks[d - 1].kind == "w" and (
                not toks[d - 1].cap or (d - 1 == s0 and toks[d - 1].low in _DETERMINERS)) and (
                # (a capital only on a determiner that opens the sentence: "Many pilots who")
                toks[d - 1].low not in _PREPS and toks[d - 1].low not in self.c.verb_forms
                and toks[d - 1].low not in _AUX and toks[d - 1].low not in _SUBJ_PRONOUNS):
            d -= 1
            if toks[d].low in _DETERMINERS:
                break
        if toks[d].low not in _DETERMINERS or toks[m].cap or toks[m].low in self.c.verb_forms:
            return None
        return _Mention(toks[d].start, toks[m].end, " ".join(map(_TEXT, toks[d : m + 1])),
                        "np", d, m + 1)

    def _antecedent(
        self, low: str, toks: Sequence[_Tok], s0: int, k: int, base: int
    ) -> tuple[_Person | None, str]:
        want = "m" if low in _MALE else "f" if low in _FEMALE else ""
        if low in ("they", "them", "their", "it", "its", "we", "which"):
            return None, ""
        if low == "who":
            # "Ann Lee, who ... said"
            m = k - 1
            while m >= s0 and (toks[m].text == "," or toks[m].text in _SPACED_DASHES):
                m -= 1  # "Ann Lee, who …", "Ann Lee - who …"
            if m >= s0 and toks[m].cap:
                p = self._lookup([toks[m].text])
                if p is not None:
                    return p, "the person the relative clause is about"
            return None, ""
        # a person named earlier in the same sentence ("During Lee's visit, she said")
        for m in range(k - 1, s0 - 1, -1):
            t = toks[m]
            if t.cap and t.low not in _STOP_CAPS:
                p = self._lookup([t.text.removesuffix("’s").removesuffix("'s")])
                if p is not None and (not want or not p.gender or p.gender == want):
                    return p, "the person named earlier in the sentence"
        cands: list[tuple[_Person | None, str]] = []
        if self.last_speaker is not None and self.last_speaker[0] is not None:
            cands.append((self.last_speaker[0], "the previous speaker"))
        if self.prev_subject is not None:
            cands.insert(0, (self.prev_subject, "subject of the previous sentence"))
        for p, why in cands:
            if p is not None and (not want or not p.gender or p.gender == want):
                return p, why
        # most recently named person
        pos = base + toks[k].start
        best: _Person | None = None
        best_pos = -1
        for p in self.people:
            for q in p.positions:
                if best_pos < q < pos and (not want or not p.gender or p.gender == want):
                    best, best_pos = p, q
        if best is not None:
            return best, "the person last named before the pronoun"
        return None, ""

    def _roles_of(self, p: _Person) -> dict[str, list[int]]:
        """``p.roles`` as role → sorted positions, kept up to date as roles are added."""
        done, index = self._role_index.get(id(p), (0, {}))
        if done < len(p.roles):
            for rpos, role in p.roles[done:]:
                bisect.insort(index.setdefault(role, []), rpos)
            self._role_index[id(p)] = (len(p.roles), index)
        return index

    def _role_holder(self, low: str, pos: int) -> _Person | None:
        words = [w for w in low.split() if w not in _DETERMINERS]
        if not words:
            return None
        role_words = [w for w in words if w not in self.lex.modifiers or w in ("secretary",)]
        mods = [w for w in words if w in self.lex.modifiers and w not in ("former",)]
        phrase = " ".join(role_words)
        best: _Person | None = None
        best_pos = -1
        for p in self.people:
            # each distinct role once, with the last position at or before ``pos`` (the
            # roles of a person mentioned a thousand times are not walked a thousand times)
            for role, positions in self._roles_of(p).items():
                at = bisect.bisect_right(positions, pos)
                if not at:
                    continue
                rpos = positions[at - 1]
                rl = role.split()
                ok = phrase and (phrase in role or (role_words and role_words[-1] in rl))
                if not ok:
                    continue
                if mods and not all(mw in rl or mw in ("the",) for mw in mods):
                    # "the Russian Foreign Minister" needs a Russian foreign minister
                    if any(mw in self.lex.modifiers and mw in rl for mw in mods):
                        pass
                    elif any(x in self.lex.modifiers for x in rl):
                        continue
                if rpos > best_pos:
                    best, best_pos = p, rpos
        return best


_AUX = frozenset(
    "is was were are will would could should can may might must has had have did does do "
    "isn't wasn't won't wouldn't can't couldn't shouldn't hasn't haven't didn't doesn't "
    "don't".split()
)
_FINITE = frozenset(
    "is was were are will would could should can may might must has had have did does do "
    "isn't wasn't won't wouldn't can't couldn't shouldn't hasn't haven't didn't doesn't don't "
    "held said made took gave went came saw knew thought told met left won lost ran kept "
    "found became began brought bought built sent spent stood understood paid put set led "
    "felt meant got sees seems needs wants plans remains lies "
    "fell grew threw wrote spoke broke chose drove fought sought taught caught "
    "sold heard struck swore sank forgot forgave".split()
)


_CLAUSE_SUBJECTS = frozenset("he she they we i there".split())
_PERSONAL_SUBJECTS = _CLAUSE_SUBJECTS - {"there"}
_CONTRACTED = ("'ll", "'d", "'re", "'ve", "'m", "'s")


def _pronoun_subject(low: str) -> bool:
    """"he", "they", "he'll", "we're", "there's": a word that can only open a clause."""
    if low in _CLAUSE_SUBJECTS:
        return True
    return low.endswith(_CONTRACTED) and (
        low.rsplit("'", 1)[0] in _SUBJ_PRONOUNS or low in ("there's", "that's"))


class _ClauseWord(dict[str, bool]):
    """Whether a word by itself opens or carries a clause (a subject pronoun or a finite
    verb), by its ``low``: a bounded memo of ``_opens_clause``'s word test."""

    def __missing__(self, low: str) -> bool:
        value = _pronoun_subject(low) or low in _FINITE or low.endswith("n't")
        if len(self) < 16384:
            self[low] = value
        return value


_CLAUSE_WORD = _ClauseWord()


def _opens_clause(toks: Sequence[_Tok], m: int, n: int) -> bool:
    """Token ``m`` starts or carries a clause (a subject pronoun or a finite verb)."""
    low = toks[m].low
    if _CLAUSE_WORD[low]:
        return True
    return low == "it" and m + 1 < n and (_finite_verb(toks[m + 1]) or toks[m + 1].low
                                          .endswith("n't"))


# words that link a sentence to the text before it: the writer's, not part of a report
# ("However, according to Lee, …", "But in May, according to Lee, …" from "in")
_FRONT_LINKS = frozenset(
    "but and yet so however still also meanwhile moreover furthermore indeed instead "
    "nonetheless nevertheless likewise similarly thus therefore besides".split())
_FRONT_LINK_PHRASES = tuple(tuple(p.split()) for p in (
    "in addition", "in fact", "for example", "for instance", "of course", "in other words",
    "on the other hand", "at the same time", "by contrast", "in contrast", "as a result"))


_SUBORD = frozenset(
    "while although though as when whenever because since if unless before after once "
    "whereas until".split()
)
# Words that open a clause or qualify it and so stand before its subject, never inside
# it: "…, even as rowers say", "Maybe Dahl said", "Plus the pilots say" name the rowers,
# Dahl and the pilots, not "even as rowers" or "Maybe Dahl"
# Party words that end a description, not a name: "a Vell Republican", "the Tarn
# Democrat" describe a member (and "Republicans" is no misspelt surname of one)
_PARTY_WORDS = frozenset(
    "republican republicans democrat democrats libertarian libertarians".split())
_SUBJECT_OPENERS = _SUBORD | _FRONT_LINKS | frozenset(
    "even maybe perhaps plus whether where rather".split())


_TAIL_MARKERS = frozenset(
    "which who whose where whereas despite compared".split()
)


def _clause_opens(toks: Sequence[_Tok], m: int, n: int) -> bool:
    """A clause's subject starts at ``m`` after an object ("told the board he would
    quit", "told the VP he never worked …", "told the VP her group never worked …")."""
    low = toks[m].low
    v = m + 1
    if low in ("his", "her", "their", "its", "our", "my"):
        v = m + 2  # a possessive and its noun
    elif low not in _PERSONAL_SUBJECTS:
        return False
    if v < n and toks[v].low in _CLAUSE_ADVERBS:
        v += 1
    return v < n and _finite_verb(toks[v])


def _name_run_from(toks: Sequence[_Tok], k: int, m: int) -> bool:
    """The tokens ``k`` to ``m`` are a short run of capitalised words (a name such as
    "Mr. Vale", which can be a clause's subject), not a time word."""
    return m - k <= 4 and all(
        t.cap and t.low not in _TIME_WORDS and t.low not in _STOP_CAPS for t in toks[k:m])


def _relative_to_quote(toks: Sequence[_Tok], k: int, n: int) -> int:
    """The "," or ":" before a quotation that closes the relative clause opening at
    ``k`` ("who gathered in the city of Tarn, “…”"), or ``k``."""
    for m in range(k + 2, min(n - 1, k + 16)):
        t = toks[m]
        if t.text in (",", ":") and toks[m + 1].kind == "q":
            return m
        if t.kind != "w":
            return k
    return k


def _object_then_comma(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """Tokens ``c0:c1`` open with a plain noun phrase (a determiner, no verb) that runs
    to a comma: an object, not a clause ("an overwhelming lead in endorsements, …")."""
    if toks[c0].low not in ("a", "an") or c1 - c0 < 4:
        return False
    for m in range(c0 + 1, min(c1, c0 + 12)):
        t = toks[m]
        if t.text == ",":
            nx = toks[m + 1] if m + 1 < c1 else None
            # (an aside may come before the verb: "said a new levy, which …, will pass")
            return nx is not None and nx.kind == "w" and not nx.cap and (
                nx.low.endswith(("ing", "ed")) or nx.low in _COORD_CUT or nx.low in _PREPS
                or nx.low in ("just", "as")) and not _clause_like(toks, c0, m)
        if t.kind != "w" or _finite_verb(t) or t.low in ("that", "who", "which"):
            return False
    return False


_FRONT_PREPS = frozenset("despite with amid after before without".split())
_FRONTING_PREPS = _PREPS | _FRONT_PREPS
_FRONT_SUBORD = frozenset("if unless once although though when while".split())


def _condition_then_clause(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """Tokens ``c0:c1`` open with a condition and go on with the main clause it leads to
    ("(even) if he were mayor, the toll would be cut"): a clause that can be reported."""
    k = c0 + 1 if toks[c0].low in ("even", "only") else c0
    return k < c1 and toks[k].low in _FRONT_SUBORD and _main_after_comma(toks, k, c1)


def _main_after_comma(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """A comma within the first 16 tokens of ``c0:c1`` is followed by a main clause
    (a subject and a modal or auxiliary, or a subject pronoun and a finite verb)."""
    for m in range(c0 + 2, min(c1 - 2, c0 + 16)):
        if toks[m].text == ",":
            return _finite_clause(toks, m + 1, c1) or _clause_opens(toks, m + 1, c1) or (
                _determiner_np_then_verb(toks, m + 1, c1))
        if toks[m].kind != "w" and toks[m].text not in _IN_CLAUSE_MARKS:
            return False
    return False


def _determiner_np_then_verb(toks: Sequence[_Tok], k: int, end: int) -> bool:
    """``toks[k:end]`` open with a short noun phrase after an article and its finite verb
    ("a boss invited her", "the tide turned")."""
    if k >= end or toks[k].low not in _ARTICLES:
        return False
    for m in range(k + 1, min(end, k + 5)):
        t = toks[m]
        if t.kind != "w":
            return False
        if m > k + 1 and not t.cap and _finite_verb(t):
            return True
    return False


# signs a clause's words may hold before its comma ("when she was earning $24,000")
_IN_CLAUSE_MARKS = frozenset("$ % £ € - '".split())


# nouns whose title may follow them in quotation marks ("on the radio show “Low Tide”")
_TITLED_NOUNS = frozenset(
    "show program programme podcast column series book film documentary newsletter blog "
    "segment episode".split())
_SUBORD_ADVERBS = frozenset("even just only shortly long right soon well".split())
_ADVERBIAL_ASIDES = frozenset(
    "for however in meanwhile moreover though too also instead nonetheless".split())


def _has_verb(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """Tokens ``c0:c1`` hold a finite verb (not a participle after an article: "an
    extended appearance")."""
    return any(
        t.kind == "w" and not t.cap and (t.low in _AUX or t.low in _FINITE or (
            t.low.endswith("ed") and len(t.low) > 3 and toks[x - 1].low not in _DETERMINERS))
        for x, t in enumerate(toks[c0:c1], start=c0))


def _setting_comma(toks: Sequence[_Tok], c0: int, m: int) -> int:
    """The comma before a short setting phrase ("at the town hall this week") that ends
    at ``m``, or ``m`` when none opens there."""
    for x in range(m, max(c0, m - 8), -1):
        t = toks[x]
        if t.text == ",":
            nx = toks[x + 1].low
            return x if x < m and (nx in _PREPS or nx in _TIME_WORDS) else m
        if t.kind != "w" or t.low in _AUX or t.low in _SUBJ_PRONOUNS or t.low == "that":
            return m
    return m


def _finite_verb(t: _Tok) -> bool:
    """A word that can be a clause's finite verb: an auxiliary, a known finite form or a
    lower-case past tense ("pulled")."""
    return t.low in _AUX or t.low in _FINITE or (
        t.low.endswith("ed") and not t.cap and len(t.low) > 3)


def _small_clause_at(toks: Sequence[_Tok], k: int, end: int) -> bool:
    """``toks[k:end]`` open with an object pronoun and what it was called, quoted or not
    ("him divisive", "himself a sailor", "him “reckless”"); not a preposition, a particle,
    a time, a conjunction or a verb ("him on Monday", "them back", "him and left")."""
    if k + 1 >= end or toks[k].low not in _SMALL_CLAUSE_OBJECTS:
        return False
    nxt = toks[k + 1]
    if nxt.kind == "q":
        return True
    return nxt.kind == "w" and nxt.low not in _PREPS and nxt.low not in _PARTICLES and (
        nxt.low not in _NOT_BEFORE_MAIN_VERB) and nxt.low not in _TIME_WORDS and not (
        _finite_verb(nxt)) and not nxt.low.endswith("ing")


def _np_small_clause_at(toks: Sequence[_Tok], k: int, end: int) -> bool:
    """``toks[k:end]`` open with a noun-phrase object and, unquoted, the noun phrase it
    was called ("Rask a fascist", "the deal a disaster"): a name of up to four capitalised
    words, or a determiner and up to three lower-case words, then "a" or "an" and a word
    that is no measure of time or amount ("called Rask a day later", "called the board a
    few times")."""
    j = k
    if toks[k].cap:
        while j < end and j - k < 4 and toks[j].kind == "w" and toks[j].cap and (
                toks[j].low not in _STOP_CAPS):
            j += 1
    elif toks[k].low in _NP_OPENERS and toks[k].low not in ("a", "an", "every", "each"):
        j = k + 1
        while j < end and j - k <= 3 and toks[j].kind == "w" and not toks[j].cap and (
                toks[j].low not in _NOT_PRESENT and toks[j].low not in _AUX
                and not _finite_verb(toks[j])):
            j += 1
        if j == k + 1:
            return False
    if j == k or j + 1 >= end or toks[j].low not in ("a", "an"):
        return False
    nxt = toks[j + 1]
    return nxt.kind == "w" and not nxt.cap and nxt.low not in _TIME_UNITS and (
        nxt.low not in _AMOUNT_WORDS) and nxt.low not in _PREPS


# words after "a" that measure rather than name ("a few times", "a lot", "a bit")
_AMOUNT_WORDS = frozenset(
    "few couple lot bit number while little total dozen day hour minute second time".split())


def _before_main_verb(toks: Sequence[_Tok], c0: int, c1: int) -> int:
    """Where the report ``c0:c1`` of a relative clause without commas ends: before the
    main clause's verb ("Voters who said [the quay was safe] were divided": a second
    auxiliary or known finite form right after a noun), else ``c1``."""
    seen = sub = False
    for m in range(c0, c1):
        t = toks[m]
        if t.low in _SUBORD:
            sub = True  # ("… if the skipper won …": the next verb is the subordinate's)
            continue
        if t.kind != "w" or t.cap or not _finite_verb(t):
            continue
        if sub:
            sub, seen = False, True
            continue
        prev = toks[m - 1]
        if seen and m - 1 > c0 and (t.low in _AUX or t.low in _FINITE) and (
                prev.kind == "w") and not _finite_verb(prev) and (
                prev.low not in _SUBJ_PRONOUNS and prev.low not in _SUBORD
                and prev.low not in _NOT_BEFORE_MAIN_VERB and not prev.low.endswith("ly")):
            return m
        seen = True
    return c1


# words after which a finite verb is no main verb: "that", "to", a conjunction, a negation
# words before a "that" or "which" that is no relative pronoun after a noun
_NOT_BEFORE_RELATIVE = frozenset(
    "so now such given except and but or than in of to for with on at by from as "
    "all everything anything something nothing this".split())
_NOT_BEFORE_MAIN_VERB = frozenset(
    "that to and or but not nor who which what never also be been being too so very as".split())


_CLAUSE_ADVERBS = frozenset("never also still not just already always only".split())


def _pp_then_clause(toks: Sequence[_Tok], k: int, n: int) -> int:
    """The subject pronoun that opens a clause after a short prepositional phrase at
    ``k`` ("in a statement Thursday night they pulled …"), or ``k``."""
    for m in range(k + 2, min(n - 1, k + 9)):
        t = toks[m]
        if t.kind != "w" or t.low in ("that", "who", "which"):
            return k
        if t.low in _PERSONAL_SUBJECTS and _finite_verb(toks[m + 1]):
            return m
        if t.low == "the" and toks[m - 1].low not in _PREPS and toks[m - 1].low != "the":
            # "said in a statement Monday the ferry would stop": a modal after a short
            # noun phrase
            for x in range(m + 1, min(n, m + 5)):
                if toks[x].kind != "w" or toks[x].low in _PREPS:
                    break
                if toks[x].low in _MODALS:
                    return m
    return k


_MODALS = frozenset("would will could should can may might must".split())


def _aside_then_that(toks: Sequence[_Tok], m: int, n: int) -> int:
    """The comma of ", that" closing an aside opened by the comma at ``m`` ("said on
    Radio Vell, where she works, that …"), or -1."""
    for c in range(m + 2, min(n - 1, m + 20)):
        t = toks[c]
        if t.text == ",":
            return c if toks[c + 1].low == "that" else -1
        if t.kind == "q" or t.text in (".", ";", ":", "!", "?") or t.low == "that":
            return -1
    return -1


# verbs (by their stems) whose person addressed comes before what was said ("told
# reporters that …"), and those of them that put a request ("asked the board to wait")
_OBJECT_FIRST_VERBS = ("tell", "told", "ask", "remind", "assur", "inform", "warn", "urg")
_REQUEST_VERBS = ("ask", "tell", "told", "urg", "warn", "remind")


def _predicative_as(toks: Sequence[_Tok], k: int, c1: int) -> bool:
    """The words from ``k`` on, after "as", name what an object is said to be ("as a
    routine review", "as reckless") rather than open a clause ("as the vote neared",
    "as he left")."""
    t = toks[k]
    if t.kind == "q":
        return True
    if t.kind != "w" or t.cap or t.low in _SUBJ_PRONOUNS or t.low in _TIME_WORDS or (
        t.low in ("well", "part", "soon", "long", "much", "many", "far", "if", "though")
    ):
        return False
    if t.low in _POSSESSIVES or t.low in ("the", "this", "that", "these", "those"):
        # "as the best candidate", not "as the vote neared": no verb right after a noun
        n = k + 1
        while n < c1 and n < k + 5 and toks[n].kind == "w" and not toks[n].cap and (
                # ("as the emotions of a worried spouse": the noun's phrase has no verb)
                toks[n].low not in _PREPS and toks[n].low != "of"):
            if toks[n].low in _AUX or toks[n].low.endswith("ed"):
                return False
            n += 1
    return True


def _called_as(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """The words ``c0:c1`` are an object and what it is called, without quotation marks
    ("the probe as a routine review")."""
    for m in range(c0 + 1, min(c1 - 1, c0 + 8)):
        t = toks[m]
        if t.kind != "w":
            return False
        if t.low == "as":
            return _predicative_as(toks, m + 1, c1) and not any(
                toks[x].kind == "q" for x in range(m + 1, c1))
    return False


# subordinators of a participle that does what the sentence's subject does alongside
_SCENE_SUBORD = frozenset("while before after when".split())


def _quote_after(toks: Sequence[_Tok], v1: int, s1: int) -> bool:
    """A quotation follows the verb ending at ``v1``, directly or after an addressee of up
    to three words and a comma or colon ("chanting, “…”", "asking her, “…”")."""
    for m in range(v1, min(s1, v1 + 5)):
        t = toks[m]
        if t.kind == "q":
            return m == v1 or toks[m - 1].text in (",", ":")
        if t.kind != "w" and t.text not in (",", ":"):
            return False
    return False


def _between_commas(toks: Sequence[_Tok], fr: _Frame) -> bool:
    """The attribution of ``fr`` stands between commas inside the sentence it reports
    ("His leverage, they believe, is …"): a word, a comma, the subject and its verb, a
    comma, then the rest."""
    assert fr.mention is not None
    pk = fr.mention.tok0 - 1
    return pk > 0 and toks[pk].text == "," and toks[pk - 1].kind == "w" and (
        fr.cue1 < fr.comp0 and toks[fr.cue1].text == "," and fr.comp0 == fr.cue1 + 1)


def _aside_dash(toks: Sequence[_Tok], k: int, n: int) -> bool:
    """``toks[k]`` is a spaced dash that opens the writer's aside right after a verb
    ("…, Lee allies believe — backers she will need"), not a dash before a quotation."""
    return k < n and k > 0 and toks[k].text in _SPACED_DASHES and (
        toks[k - 1].end < toks[k].start) and k + 1 < n and toks[k + 1].kind == "w"


def _contracted_pronoun(t: _Tok) -> int:
    """The length of the personal pronoun that opens a contraction ("he’s", "they're",
    "I’ve"), or 0."""
    pron, sep, rest = t.low.partition("'")
    return len(pron) if sep and pron in _PERSONAL_PRONOUNS and rest in _VERB_SUFFIXES else 0


# adverbs set off by commas between a subject and its verb ("Lee, however, said …")
_ASIDE_ADVERBS = frozenset(
    "however though too meanwhile instead moreover nonetheless nevertheless also "
    "likewise similarly".split())
_PERSONAL_PRONOUNS = frozenset("he she they we i".split())
_VERB_SUFFIXES = frozenset("s re ve d ll m".split())  # of "he's", "they're", "I've", …


def _relative_verb(t: _Tok) -> bool:
    """``t``, right after the "that" ending a prepositional phrase, is a verb, so the
    "that" is the relative pronoun of the phrase's noun ("in the speech that followed")
    and opens no report ("in a statement that the toll …")."""
    low = t.low
    return t.kind == "w" and not t.cap and (low in _AUX or (
        low.endswith("ed") and len(low) > 4 and low not in _ED_NOT_VERBS))


def _verb_after_and(t: _Tok) -> bool:
    """``t``, right after "and", opens a second verb phrase ("and blamed the pilot …",
    "and then left", "and has since …")."""
    low = t.low
    return not t.cap and (low in _AUX or low in ("then", "later") or (
        low.endswith("ed") and len(low) > 4))


def _approx_start(toks: Sequence[_Tok], s0: int, k: int) -> int:
    """Where the number at ``k`` begins with the words that hedge it ("nearly 57%")."""
    while k - 1 >= s0 and toks[k - 1].low in _APPROX:
        k -= 1
    return k


def _group_mention(toks: Sequence[_Tok], k: int, j: int) -> _Mention:
    """The group named by the words ``toks[k : j + 1]`` ("nearly 57%", "Seven in 10"), with
    the spaces of the text between them (none in "57%")."""
    words = [toks[k].text]
    for i in range(k + 1, j + 1):
        words.append(toks[i].text if toks[i].start == toks[i - 1].end else " " + toks[i].text)
    return _Mention(toks[k].start, toks[j].end, "".join(words), "group", k, j + 1)


def _percent_at(toks: Sequence[_Tok], j: int, s0: int) -> bool:
    """``toks[j]`` is the "%" of a percentage ("57%")."""
    return toks[j].text == "%" and j - 1 >= s0 and _is_number(toks[j - 1].low) and (
        toks[j - 1].end == toks[j].start)


_TIME_UNITS = frozenset("week month year weekend night morning evening afternoon".split())


def _apposed_name(toks: Sequence[_Tok], k: int, upto: int) -> _Mention | None:
    """The name set off by commas after a short noun phrase that starts at ``k``
    ("harbour party leader, Lena Quist, …"), or ``None``."""
    c = k
    while c < upto and c - k < 8 and toks[c].kind == "w":
        c += 1
    if c == k or c >= upto or toks[c].text != ",":
        return None
    e = c + 1
    while e < upto and e - c <= 4 and toks[e].cap:
        e += 1
    if e - c < 3 or e >= upto or toks[e].text != ",":
        return None  # (two capitalised words at least: a full name)
    return _Mention(toks[c + 1].start, toks[e - 1].end,
                    " ".join(map(_TEXT, toks[c + 1 : e])), "name", c + 1, e)


def _comma_who(toks: Sequence[_Tok], start: int, stop: int) -> int:
    """The index of the nearest "who" after a comma from ``start`` back to (not
    including) ``stop``, or -1."""
    return next((x for x in range(start, stop, -1)
                 if toks[x].low == "who" and toks[x - 1].text == ","), -1)


def _dateline_end(toks: Sequence[_Tok], k: int, upto: int) -> int:
    """The token after a dateline that opens the sentence at ``k`` ("VELL —", "OSTER
    HARBOUR, Vell —", "OSTER (VP) —"), or ``k`` when there is none."""
    m = k
    while m < upto and m - k < 4 and toks[m].kind == "w" and toks[m].text.isupper() and (
            len(toks[m].text) > 1):
        m += 1
    if m == k:
        # "Oster Harbour (AFP) –": a place in capitals and lower case before the agency
        while m < upto and m - k < 4 and toks[m].cap and toks[m].kind == "w":
            m += 1
        if m > k and m + 3 < upto and toks[m].text == "(" and toks[m + 1].text.isupper() and (
                toks[m + 2].text == ")" and toks[m + 3].text in _SPACED_DASHES):
            return m + 4
        return k
    if m < upto and toks[m].text == ",":
        m += 1  # the region or the date: "Vell", "Pa.", "Dec. 8"
        while m < upto and m - k < 9 and (toks[m].cap or toks[m].text == "." or (
                toks[m].low.isdigit())):
            m += 1
    if m + 2 < upto and toks[m].text == "(" and toks[m + 2].text == ")":
        m += 3  # the agency: "(AP)"
    if m < upto and toks[m].text in _SPACED_DASHES:
        return m + 1
    return k


def _inverted_verb(t: _Tok, speech_forms: Container[str]) -> bool:
    """A capitalised speech verb that opens an inverted attribution ("Stated Lee:",
    "Continued Rask: …"), which no name opens with ("Said" can be a name)."""
    low = t.low
    return low != "said" and low.endswith(("ed", "s")) and low in speech_forms


def _counted_time(toks: Sequence[_Tok], k: int, upto: int) -> bool:
    """``toks[k]`` opens a counted time phrase ("Eight years ago, …", "A week later, …",
    "2 days earlier, …"), which is no subject."""
    return k + 2 < upto and (
        toks[k].low in _SMALL_NUMBERS or toks[k].low in ("a", "an", "few", "several")
        or toks[k].low.isdigit()
    ) and toks[k + 1].low in _COUNTED_UNITS and toks[k + 2].low in _TIME_AFTER


_COUNTED_UNITS = frozenset(
    "minute minutes hour hours moment moments day days week weeks month months year years "
    "decade decades".split())
_TIME_AFTER = frozenset("ago later earlier before after on".split())


def _time_without_comma(toks: Sequence[_Tok], k: int, upto: int) -> int:
    """The token after a fronted time phrase that no comma closes, when a capitalised
    name follows it ("On Sunday morning Lee …", "Last week Vell …"), else ``k``."""
    if toks[k].low not in ("on", "in", "at", "during", "last", "this", "early", "late"):
        return k
    m = k + 1
    while m < upto and m - k <= 3 and toks[m].kind == "w" and (
            toks[m].low in _TIME_WORDS or toks[m].low in _DAY_PARTS or toks[m].low in _MONTHS
            or toks[m].low in _TIME_UNITS or toks[m].low[:1].isdigit()):
        m += 1
    if m == k + 1 or m >= upto or not toks[m].cap or toks[m].low in _STOP_CAPS:
        return k
    return m


def _as_opener(toks: Sequence[_Tok], s0: int, i: int) -> bool:
    """``toks[i]`` is the "as" of an attribution that opens the sentence starting at
    ``s0`` ("As …", "But as …"): :func:`_as_attribution` at the sentence's start only."""
    return (i == s0 or (i == s0 + 1 and toks[s0].kind == "w")) and _as_attribution(toks, i)


def _as_attribution(toks: Sequence[_Tok], i: int) -> bool:
    """``toks[i]`` is an "as" that opens an attribution set off before its clause: at a
    sentence's start, after "But"/"And" or after a comma ("As the Courier reported, …",
    "given that, as Lee noted, …")."""
    if i < 0 or toks[i].low != "as":
        return False
    return i == 0 or toks[i - 1].kind == "p" or toks[i - 1].low in ("but", "and", "yet", "so")


def _time_phrase_end(toks: Sequence[_Tok], j: int) -> bool:
    """``toks[j - 1 : j + 1]`` is a two-word time phrase ("last week", "on Monday")."""
    low, prev = toks[j].low, toks[j - 1].low
    return (low in _TIME_UNITS and prev in ("last", "this", "next", "that")) or (
        prev == "on" and toks[j].cap and low in _TIME_WORDS)


def _tail_cut(toks: Sequence[_Tok], c0: int, c1: int) -> int:
    """End a reported clause before a trailing relative or concessive clause, a dash
    aside or a parenthesis (", which ...", " — a plan ...", " (...)"): news reports keep
    the claim itself and leave such asides to the writer."""
    # a quotation right after the verb (or its object), then the writer goes on
    for m in range(c0, min(c1 - 1, c0 + 3)):
        if toks[m].kind != "q":
            continue
        comma_closed = toks[m].text.rstrip(_CLOSING_MARKS).endswith(",")
        if comma_closed and toks[m + 1].low in ("who", "which", "whose"):
            return m + 1  # "“Ladies and gentlemen, Mr. Bo Dahl,” who went on to sing …"
        if comma_closed and toks[m + 1].low in ("a", "an") and m + 2 < c1 and (
                toks[m + 2].low in _COMMENT_NOUNS):
            return m + 1  # "called Rask “very flexible,” a nod to …": the writer's comment
        if not comma_closed and m + 2 < c1 and toks[m + 1].low == "and" and (
                _verb_after_and(toks[m + 2]) or toks[m + 2].low in _FINITE) and (
                toks[c0].low != "it" and not _pronoun_subject(toks[c0].low)
                and not _finite_clause(toks, c0, c1)) and not any(
                toks[x].kind == "q" for x in range(m + 2, c1)):
            return m + 1  # "chanted “What curfew?” and kept going until 2 a.m.": a new verb
    m = c0 + 3
    while m < c1 - 1:
        t = toks[m]
        if toks[m - 1].kind == "q" and (
            (t.text in _SPACED_DASHES and toks[m - 1].end < t.start)
            or (t.low in ("and", "but") and toks[m - 1].text.rstrip("”\"’'»").endswith(",")
                and (toks[m + 1].low in _NEW_SUBJECT_OPENERS or _pronoun_subject(toks[m + 1].low)
                     or (_verb_after_and(toks[m + 1]) and not _finite_clause(toks, c0, c1)
                         and not _clause_like(toks, c0, m))))
            or (_comma_closed(toks[m - 1]) and t.low in ("a", "an") and m + 1 < c1
                and toks[m + 1].low in _COMMENT_NOUNS)
        ) and not any(toks[x].kind == "q" for x in range(m + 1, c1)):
            # "called him “the next Vosk” – the founder who …", "called it “unfair,” and
            # his board has …": after the quotation, the writer goes on
            return m
        if t.text == "," and toks[m + 1].low == "and" and m + 2 < c1 and (
                toks[m + 2].low in ("when", "while", "after", "before", "if", "as")):
            return m  # "…, and when asked whether …": a new clause after the report
        if t.text == "," and toks[m + 1].low in ("a", "an") and m + 3 < c1 and (
                toks[m + 3].low in ("that", "which", "at", "to", "on") and (
                    toks[m + 2].low in _COMMENT_NOUNS)):
            return m  # "…, a charge that the board denied", "…, a swipe at …": a comment
        if t.text in _SPACED_DASHES and toks[m - 1].end < t.start and (
            toks[m + 1].low in _DASH_ASIDE or _pronoun_subject(toks[m + 1].low)
        ) and not any(toks[x].text == t.text for x in range(m + 1, c1)):
            return m  # "X will run again – though nobody knows when …": a writer's aside
        if t.text == "," and toks[m + 1].low == "as" and m + 2 < c1 and (
                _pronoun_subject(toks[m + 2].low) or toks[m + 2].low in _DETERMINERS
                or toks[m + 2].cap):
            return m  # "…, as his feud with the board escalated": the writer's setting
        if t.text == "," and toks[m + 1].low in _TAIL_MARKERS:
            close = _embedded_end(toks, m + 1, c1)
            if close < 0:
                return m
            m = close  # "X, which is popular, “would not go far”": the clause goes on
        m += 1
    return c1


# words in -ed that open a noun phrase rather than follow a relative "that"
_ED_NOT_VERBS = frozenset("needed proposed planned united armed detailed limited".split())
_NEW_SUBJECT_OPENERS = frozenset("his her their its the".split())
# participles of a report without its source ("is expected to", "are said to"), with the
# forms of "be" and the adverbs that stand before them
_PASSIVE_REPORT_WORDS = frozenset("expected said reported rumored rumoured".split())
_PASSIVE_BE = frozenset("is are was were be been".split())
_PASSIVE_ADVERBS = frozenset("widely not also still generally broadly now".split())
_PASSIVE_TAIL = frozenset(
    "but and with while although though as which who where when so yet or".split())
# words that open a time phrase fronted in a "that" clause ("that sometime in May, …")
_FRONTED_TIME_OPENERS = frozenset(
    "sometime soon once eventually finally then later earlier recently last next after "
    "before during in on by since until".split())
# nouns by which a writer comments on the report before them ("…, a charge that …")
_COMMENT_NOUNS = frozenset(
    "charge claim assertion allegation accusation suggestion remark comment sentiment view "
    "argument notion contention statement swipe nod jab dig reference allusion "
    "rebuke".split())
_DASH_ASIDE = frozenset("though although but while whereas yet".split())


def _embedded_end(toks: Sequence[_Tok], k: int, c1: int) -> int:
    """The closing comma of a relative clause opened at ``k`` ("which ...") when the
    reported clause goes on after it with its verb or a quotation, else -1."""
    if toks[k].low not in ("which", "who"):
        return -1
    for m in range(k + 2, min(c1 - 1, k + 25)):
        t = toks[m]
        if t.kind == "q":
            return -1
        if t.text == ",":
            nxt = toks[m + 1]
            if nxt.kind == "q" or (nxt.kind == "w" and not nxt.cap and (
                nxt.low in _AUX or nxt.low.endswith("n't")
            )):
                return m
            return -1
    return -1


def _subordinate_end(
    toks: Sequence[_Tok], c0: int, c1: int, main_clause: bool = False
) -> int:
    """End of a report inside a subordinate clause ("While critics argue X, the mayor
    ..."): its first comma; with ``main_clause``, the first comma before a capitalised
    word or a word that opens a clause, not one before an aside ("…, even though …")."""
    for m in range(c0 + 1, c1):
        if toks[m].text != ",":
            continue
        if not main_clause:
            return m
        nxt = m + 1
        if nxt < c1 and toks[nxt].kind == "w" and (
                toks[nxt].cap or _opens_clause(toks, nxt, c1)):
            return m
    return c1


def _finite_clause(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """Whether tokens ``c0:c1`` open with a clause: a subject pronoun, or a short noun
    phrase followed by an auxiliary or modal ("the law will pass", "Lee has left").
    An object noun phrase ("repeated the warning") is not one."""
    if c0 >= c1:
        return False
    first = toks[c0]
    if _pronoun_subject(first.low):
        return True
    if first.low in _WH or first.low in _PREPS or first.low in ("to", "that", "not"):
        return False
    if first.low == "it" or (first.low == "this" and c0 + 1 < c1 and not (
            # ("this court term would …": a determiner)
            toks[c0 + 1].kind == "w" and not toks[c0 + 1].cap
            and toks[c0 + 1].low not in _FINITE and toks[c0 + 1].low not in _AUX)):
        return c0 + 1 < c1 and (toks[c0 + 1].low in _FINITE or toks[c0 + 1].low.endswith("n't"))
    pp = False  # one prepositional phrase in the noun phrase: "the progress on tolls is"
    for m in range(c0 + 1, min(c1, c0 + 7)):
        t = toks[m]
        if t.kind != "w":
            return False
        if t.low in _AUX or t.low.endswith("n't"):
            return True
        if t.low in _NP_PREPS and not pp and m > c0 + 1 and not toks[m - 1].cap and (
                first.low in _DETERMINERS):
            pp = True
            continue
        if t.low in _PREPS or t.low in ("to", "that", "and", "or", "who", "which"):
            return False
    return False


# prepositions that open a phrase inside a subject noun phrase ("the progress on tolls")
_NP_PREPS = frozenset("on of for in about over with".split())


def _clause_like(toks: Sequence[_Tok], c0: int, c1: int) -> bool:
    """Whether tokens ``c0:c1`` look like a clause (they hold a finite verb, or open
    with a subject pronoun)."""
    words = [t for t in toks[c0:c1] if t.kind == "w"]
    if len(words) < 3:
        return False
    if _pronoun_subject(words[0].low):
        return True
    for k, t in enumerate(words):
        w = t.low
        if w in _FINITE or w.endswith("n't") or (k and w == "never"):
            return True
        if k and _pronoun_subject(w):
            return True  # "that, unlike last year, they …"
        if k and not t.cap and w not in _NOT_PRESENT and not w.endswith(("ing", "ly", "s")) and (
                k + 1 < len(words)) and (_plural_subject(words, k - 1) or (
                    # "officers still patrol the park": a mid adverb after the subject
                    k >= 2 and words[k - 1].low in _MID_ADVERBS
                    and _plural_subject(words, k - 2))):
            return True  # "said most voters want a change"
        if k and not t.cap and len(w) > 3 and w.endswith("ed"):
            return True
        if k and not t.cap and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")) and (
            words[k - 1].cap or words[k - 1].low in _SUBJ_PRONOUNS or (
                # "the club also lacks …": an adverb between the subject and its verb
                words[k - 1].low in _MID_ADVERBS and k >= 2
                and words[k - 2].low not in _NOT_PRESENT) or (
                # "closing the locks saves the town …": a verb before its object
                k + 1 < len(words) and words[k + 1].low in _OBJECT_OPENERS
                and words[k - 1].low not in _DETERMINERS) or (
                # "the ferry service depends on …": a singular noun phrase and its verb
                # (not "the harbour plans for May": a plural noun and its phrase)
                k + 1 < len(words) and _singular_np(words, k)
                and words[k + 1].low not in _NOUN_FOLLOWERS)
        ):
            return True
    return False


_NOUN_FOLLOWERS = frozenset("of for in at with and or".split())
_NP_OPENERS = frozenset("the a an this his her their its our my your every each".split())


def _singular_np(words: Sequence[_Tok], k: int) -> bool:
    """Words ``0:k`` are a determiner and one to three lower-case nouns or modifiers
    ("the ferry service", "a new plan"), or three or four such words without one
    ("social media success"), so a present-tense verb can follow."""
    if not 2 <= k <= 4 or (words[0].low not in _NP_OPENERS and (
            # "social media success depends on …": a bare compound noun phrase
            k == 2 or words[0].cap or words[0].low in _NOT_PRESENT)):
        return False
    last = words[k - 1].low
    if last.endswith(("'s", "’s", "ly")) or (
            last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        return False  # "the harbour plans", "the town's", "the truly" (not "success")
    return all(not t.cap and t.low not in _NOT_PRESENT for t in words[1:k])


# words that hedge a participle of manner after an attribution ("half joking", "partly
# in jest"), not a group that speaks ("Half said they would vote")
_MANNER_HEDGES = frozenset("half partly mostly largely".split())
_MID_ADVERBS = frozenset("also still now often never already always only just even".split())
_NOT_PRESENT = _DETERMINERS | _PREPS | _ADVERBS | _WH | _SUBORD | _TIME_WORDS | frozenset(
    "and or but nor who that which than to not all both each".split())


def _plural_subject(words: Sequence[_Tok], k: int) -> bool:
    """Word ``k`` is a lower-case plural noun that can be the subject of a present-tense
    verb after it ("voters", "people"): first, or after a determiner, a quantifier or a
    lower-case modifier ("most voters", "young rowers"), not after a preposition."""
    t = words[k]
    w = t.low
    if t.cap or not (w == "people" or (len(w) > 3 and w.endswith("s") and not w.endswith(
            ("ss", "us", "is", "'s")))):
        return False
    return k == 0 or words[k - 1].low in _DETERMINERS or words[k - 1].low in _QUANTIFIERS or (
        not words[k - 1].cap and words[k - 1].low not in _PREPS and words[k - 1].low not in (
            "and", "or", "to", "of"))


_NOT_INFINITIVE = frozenset(
    "the a an this that these those his her their its our my your reporters journalists "
    "supporters lawmakers officials colleagues members voters residents everyone all".split())


def _infinitive_at(toks: Sequence[_Tok], k: int, n: int) -> bool:
    """``toks[k]`` is a "to" that opens an infinitive ("to delay the vote", "to “hold the
    line”"), not a phrase ("to the council", "to reporters", "to him")."""
    if k + 1 >= n or toks[k].low != "to":
        return False
    nxt = toks[k + 1]
    return nxt.kind == "q" or (nxt.kind == "w" and not nxt.cap and (
        nxt.low not in _OBJ_PRONOUNS and nxt.low not in _NOT_INFINITIVE))


def _strip_det(text: str) -> str:
    w = text.split()
    while len(w) > 1 and w[0].lower() in ("the", "a", "an"):
        w.pop(0)
    return " ".join(w)


def _strip_end(toks: Sequence[_Tok], k: int, s1: int) -> int:
    e = s1
    while e > k and toks[e - 1].kind == "p" and toks[e - 1].text in ".!?;:,)–—…":
        e -= 1
    return e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _trim_clause(text: str, s: int, e: int, *, opens: bool = False) -> tuple[int, int]:
    """``text[s:e]`` without edge punctuation and, unless the span ``opens`` its
    sentence ("That vote is lost, an aide said"), a leading complementizer "that"."""
    s, e = _trim(text, s, e)
    if not opens and text[s : s + 5].lower() == "that ":
        s += 5
    while s < e and text[s] in ", \t":
        s += 1  # "found that, in most winters, …"
    while e > s and (text[e - 1] in ".;:,–— \t" or (
            text[e - 1] == "-" and e - 1 > s and text[e - 2] in " \t")):
        e -= 1
    return s, e


def _drop_overlaps(runs: list[_Run]) -> list[_Run]:
    out: list[_Run] = []
    end = -1
    for r in runs:
        if r.open < end:
            continue
        out.append(r)
        end = max(r.close, r.cend)
    return out


# ----------------------------------------------------------------------------- output


def format_quotes_table(quotes: Iterable[Quote], width: int = 60) -> str:
    """A readable table of quotes: speaker, kind and the first words.

    >>> art = article_from_text("“We are ready,” said Mayor Ilse Varga.")
    >>> print(format_quotes_table(extract_quotes(art)))
    speaker     kind    quote
    ----------  ------  -------------
    Ilse Varga  direct  We are ready,
    """
    rows = [("speaker", "kind", "quote")]
    for q in quotes:
        who = q.speaker.name if q.speaker else "?"
        words = " ".join(q.text.split())
        if len(words) > width:
            words = words[: width - 1].rstrip() + "…"
        rows.append((who, q.kind.value, words))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
