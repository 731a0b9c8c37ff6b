"""The cleaner: a line and paragraph classifier driven by :mod:`geneva_corpus.rules`.

It works in passes, each recorded as a :class:`~geneva_corpus.model.Decision`:

1. split the input into lines (``\\n``, ``\\r\\n`` and lone ``\\r``), keeping offsets;
2. cut *prefix* and *suffix* pieces glued to a line (a ``date 2022-01-21`` stamp before the
   first sentence, an outlet credit in another script after the last one);
3. label each line with the first *line* rule that matches (jusText's "initial label");
4. find the title (the first line shaped like a headline) and cut site names off it;
5. apply the *context rules* (:data:`CONTEXT_RULES`), which look at neighbours: a line that
   continues a removed line, a short line between a caption and a photo credit;
6. mark short, unpunctuated lines between paragraphs as headings, and join hard-wrapped
   lines back into paragraphs.

The kept paragraphs are exact slices of the input; the body joins them with blank lines.
Nothing is dropped without a :class:`~geneva_corpus.model.RemovedPiece` naming its rule.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

import attrs
import regex

from ._scripts import dominant_script as _dominant_script
from .model import Action, Decision, Paragraph, ParagraphKind, RemovedPiece, _decision, _paragraph
from .rules import DEFAULT_RULES, Rule, RuleRegistry, Scope

__all__ = ["CONTEXT_RULES", "CleanResult", "Cleaner", "ContextRule"]


@attrs.frozen
class ContextRule:
    """A built-in rule that decides from a line's neighbours (documented, can be disabled)."""

    name: str
    reason: str
    description: str


#: The context rules, in the order they run. Disable one with
#: ``Cleaner(disabled_context_rules={"name"})``.
CONTEXT_RULES: tuple[ContextRule, ...] = (
    ContextRule("foreign_credit_suffix", "source_credit",
                "one to three words in another script after the last sentence of a line "
                "(an outlet credit glued to the text)"),
    ContextRule("title_site_name", "site_name",
                "short capitalised segments after ' – ', ' | ' or ' - ' at the end of the title "
                "(uses the rules of scope title_suffix)"),
    ContextRule("title_repeat", "title_repeat",
                "a later line that repeats the title word for word (the title is never "
                "duplicated into the body)"),
    ContextRule("continuation", "(inherited)",
                "a line that starts in lower case right after a removed line that did not end a "
                "sentence continues it and gets its label (an ad broken over two lines); a "
                "repeated title is a whole line and has no continuation"),
    ContextRule("caption_block", "caption",
                "a short line between a caption and a photo credit belongs to the caption"),
    ContextRule("credit_after_caption", "photo_credit",
                "a bare name of one to four capitalised words right after a caption is its "
                "photo credit"),
)

_TERMINAL = ".!?…:;\"'”’»«)]"
_TERMINAL_TUPLE = tuple(_TERMINAL)
_ENDERS = tuple(".!?…")  # what ends a sentence
_CLOSERS = "\"'”’»)]"  # the closing marks allowed after it
_SENTENCE_END = regex.compile(
    f"[{regex.escape(''.join(_ENDERS))}][{regex.escape(_CLOSERS)}]*\\s+")
_WORD = regex.compile(r"\w+")
_TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s+(?:[–—|•·»]|-{1,2}|::)\s+")  # no start mid-run: linear
_OUTLET_WORD = regex.compile(
    r"\.(?:com|net|org|co\.uk|de|fr|ru|no|info|news)\b|\b(?:News|Times|Post|Herald|Online|TV|Radio"
    r"|Daily|Journal|Tribune|Guardian|Gazette|Courier|Telegraph|Express|Mail|Observer|Press|Today"
    r"|Chronicle|Standard|Review|Report|Magazine|Network|Media|Wire)\b")
_BARE_NAME = regex.compile(
    r"[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s*[\s/&|]\s*[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,3}")
_LEADING_DASH = regex.compile(r"[–—-]\s+")
_LOWER_START = regex.compile(r"[\p{Ll}]")
_HEADING_START = regex.compile(r"[\p{Lu}\p{N}\"“„«‘']")
_SCRIPT_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but by with from as is are was were be de la le et "
    "und der die das von vs via".split()
)


@attrs.define
class _Item:
    """A mutable working record for one line (private)."""

    start: int
    end: int
    blank_before: bool
    label: str = "body"
    initial_label: str = "body"
    rule: str | None = None
    explanation: str = "no rule matched: story text"
    words: int = 0


@attrs.frozen
class CleanResult:
    """What :meth:`Cleaner.clean` found: the body, title, paragraphs and removed pieces."""

    text: str
    body: str
    title: str | None
    title_input_start: int | None
    title_input_end: int | None
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[RemovedPiece, ...]
    decisions: tuple[Decision, ...]
    outlets: tuple[str, ...]


@attrs.frozen
class Cleaner:
    """Removes boilerplate from plain-text articles, keeping a record of every removal.

    >>> from geneva_corpus import Cleaner
    >>> result = Cleaner().clean("Vell council votes\\n\\nAdvertisement\\n\\nThe council voted.")
    >>> result.title, result.body, [(p.text, p.reason) for p in result.removed]
    ('Vell council votes', 'The council voted.', [('Advertisement', 'advertisement')])
    """

    rules: RuleRegistry = DEFAULT_RULES
    disabled_context_rules: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset)
    detect_title: bool = True
    title_max_words: int = 25
    heading_max_words: int = 12
    caption_block_max_words: int = 8

    # ------------------------------------------------------------------ public API
    def clean(self, text: str) -> CleanResult:
        """Clean ``text``; see the module docs for the passes."""
        items = self._split(text)
        removed: list[RemovedPiece] = []
        # decisions taken before the last pass (cuts, the title), by item index
        early: dict[int, list[Decision]] = {}
        outlets: list[str] = []

        def cut(item_index: int, s: int, e: int, reason: str, rule: str, why: str,
                initial_label: str | None = None) -> None:
            piece = text[s:e]
            removed.append(RemovedPiece(piece, reason, rule, s, e))
            early.setdefault(item_index, []).append(_decision(
                piece, Action.REMOVED, reason, initial_label or reason, rule, why, s, e))

        prefix_rules = [(rule, _direct_prefix_match(rule)) for rule in self.rules.by_scope(Scope.PREFIX)]
        suffix_rules = self.rules.by_scope(Scope.SUFFIX)
        check_foreign = "foreign_credit_suffix" not in self.disabled_context_rules
        match_line = self.rules.match_line
        for i, it in enumerate(items):
            line = text[it.start:it.end]
            # -- prefixes glued to the line
            for rule, direct in prefix_rules:
                if direct is not None:
                    m = direct(line)
                    span = None if m is None or m.end() == m.start() else (m.start(), m.end())
                else:
                    span = rule.match(line)
                if span is None or it.start + span[1] >= it.end:
                    continue
                s, e = it.start, it.start + span[1]
                s2, e2 = _trim(text, s, e)
                cut(i, s2, e2, rule.reason, rule.name, f"{rule.reason}: matched prefix rule {rule.name}")
                it.start = _trim(text, e, it.end)[0]
                line = text[it.start:it.end]
            # -- suffixes glued to the line
            for rule in suffix_rules:
                span = rule.match(line)
                if span is None or span[0] == 0:
                    continue
                s, e = _trim(text, it.start + span[0], it.end)
                cut(i, s, e, rule.reason, rule.name, f"{rule.reason}: matched suffix rule {rule.name}")
                it.end = _trim(text, it.start, s)[1]
                line = text[it.start:it.end]
            # (_foreign_suffix is None for lines under 20 characters: tested here, without a call)
            if check_foreign and len(line) >= 20:
                found = _foreign_suffix(text, it.start, it.end)
                if found is not None:
                    s, e = found
                    cut(i, s, e, "source_credit", "foreign_credit_suffix",
                        "source_credit: words in another script after the last sentence")
                    outlets.append(text[s:e])
                    it.end = _trim(text, it.start, s)[1]
                    line = text[it.start:it.end]
            # -- whole-line rules
            words = it.words = len(line.split()) if len(line) < _SPLIT_MAX else _word_count(line)
            hit = match_line(line, words)
            if hit is not None:
                it.label = it.initial_label = hit.reason
                it.rule = hit.name
                it.explanation = f"{hit.reason}: matched line rule {hit.name}"
                if hit.description:
                    it.explanation += f" ({hit.description})"

        title_index = self._find_title(text, items) if self.detect_title else None
        title = title_start = title_end = None
        if title_index is not None:
            it = items[title_index]
            t_start, t_end = it.start, it.end
            dash = _LEADING_DASH.match(text, t_start, t_end)
            if dash is not None:
                t_start = dash.end()
            if "title_site_name" not in self.disabled_context_rules:
                site = self._site_name(text, t_start, t_end)
                if site is not None:
                    s, e, names, rule_name = site
                    cut(title_index, s, e, "site_name", rule_name,
                        "site_name: short capitalised segments after a separator in the title")
                    outlets.extend(names)
                    t_end = _trim(text, t_start, s)[1]
                    t_end = _strip_trailing_separator(text, t_start, t_end)
            title, title_start, title_end = text[t_start:t_end], t_start, t_end
            it.label = it.initial_label = "title"
            it.rule = None
            it.explanation = "title: first line, shaped like a headline"
            early.setdefault(title_index, []).append(
                _decision(title, Action.TITLE, "title", "title", None, it.explanation, t_start, t_end))

        if title is not None and "title_repeat" not in self.disabled_context_rules:
            wanted = " ".join(title.split()).casefold()
            max_size = 4 * len(title) + 20
            for i, it in enumerate(items):
                if (it.label == "body" and it.end - it.start < max_size and i != title_index
                        and _may_repeat(text, it.start, it.end, wanted)
                        and " ".join(text[it.start:it.end].split()).casefold().strip("–—- ") == wanted):
                    it.label = "title_repeat"
                    it.rule = "title_repeat"
                    it.explanation = "title_repeat: the line repeats the title"
        self._context(text, items, title_index)
        self._headings(text, items, title_index)

        # -- removed lines, decisions, paragraphs
        decisions: list[Decision] = []
        kept: list[tuple[int, int, ParagraphKind]] = []
        body_kind, heading_kind = ParagraphKind.BODY, ParagraphKind.HEADING
        for i, it in enumerate(items):
            label = it.label
            if label == "body" or label == "heading":  # kept (the title's label is "title")
                start, end = it.start, it.end
                decision = _decision(text[start:end], Action.KEPT, label, it.initial_label,
                                     it.rule, it.explanation, start, end)
                kind = body_kind if label == "body" else heading_kind
                if (kept and kind is body_kind and kept[-1][2] is body_kind
                        and not it.blank_before and _wrapped(text, kept[-1][1], start)):
                    kept[-1] = (kept[-1][0], end, kind)
                else:
                    kept.append((start, end, kind))
                if not early or i not in early:
                    decisions.append(decision)
                    continue
                early[i].append(decision)
            elif i != title_index:
                cut(i, it.start, it.end, label, it.rule or "", it.explanation, it.initial_label)
            # the item's decisions in input order (only items with a cut or the title have
            # more than one)
            mine = early.pop(i, None)
            if mine is not None:
                decisions.extend(mine if len(mine) == 1 else sorted(mine, key=_INPUT_START))
        paragraphs: list[Paragraph] = []
        pieces: list[str] = []
        pos = 0
        for s, e, kind in kept:
            if pieces:
                pos += 2
            para_text = text[s:e]
            paragraphs.append(_paragraph(para_text, kind, pos, pos + len(para_text), s, e))
            pieces.append(para_text)
            pos += len(para_text)
        removed.sort(key=_INPUT_START)
        return CleanResult(
            text=text,
            body="\n\n".join(pieces),
            title=title,
            title_input_start=title_start,
            title_input_end=title_end,
            paragraphs=tuple(paragraphs),
            removed=tuple(removed),
            decisions=tuple(decisions),
            outlets=tuple(dict.fromkeys(o.strip() for o in outlets if o.strip())),
        )

    # ------------------------------------------------------------------ passes
    @staticmethod
    def _split(text: str) -> list[_Item]:
        if "\r" not in text:
            return _split_lf(text)
        items: list[_Item] = []
        blank = True
        pos, n = 0, len(text)
        while pos <= n:
            nl = _next_newline(text, pos)
            s, e = _trim(text, pos, nl)
            if s < e:
                items.append(_Item(s, e, blank))
                blank = False
            else:
                blank = True
            if nl >= n:
                break
            pos = nl + (2 if text.startswith("\r\n", nl) else 1)
        return items

    def _find_title(self, text: str, items: Sequence[_Item]) -> int | None:
        for i, it in enumerate(items[:4]):
            if it.label != "body":
                continue
            line = text[it.start:it.end]
            if i + 1 >= len(items):
                return None
            words = it.words
            if not 1 <= words <= self.title_max_words or "\n" in line:
                return None
            if _SENTENCE_END.search(line.rstrip(".!?")) and words > 12:
                return None
            if line.endswith((".", "!", "?", ":", ",", ";")):
                if line.endswith(":") or not _title_case(line):
                    return None
            return i
        return None

    def _site_name(self, text: str, s: int, e: int) -> tuple[int, int, list[str], str] | None:
        seps = list(_TITLE_SEPARATOR.finditer(text, s, e))
        if not seps:
            return None
        title_rules = self.rules.by_scope(Scope.TITLE_SUFFIX)
        cut_at: int | None = None
        names: list[str] = []
        rule_name = ""
        seg_end = e
        for sep in reversed(seps):
            segment = text[sep.end():seg_end].strip()
            if segment.endswith((".", "!", "?", "…")):
                break
            if sep.group().strip() in ("-", "--") and not _OUTLET_WORD.search(segment):
                break
            hit = next((r for r in title_rules if r.match(segment) is not None), None)
            if hit is None or _too_long_for_a_site_name(segment):
                break
            names.insert(0, segment)
            rule_name = rule_name or hit.name
            cut_at = sep.end()
            seg_end = sep.start()
        if cut_at is None or seg_end <= s + 3:
            return None
        first_sep = next(x for x in seps if x.end() == cut_at)
        start = first_sep.end()
        return start, e, names, rule_name

    def _context(self, text: str, items: list[_Item], title_index: int | None) -> None:
        off = self.disabled_context_rules
        removed = {"body", "heading", "title"}
        # Every pass needs a removed line (and the caption passes a picture label): most
        # articles have neither, so the loops are skipped. The passes only copy labels
        # already present or add "caption" next to a picture label, so the test holds after
        # each of them.
        labels = {it.label for it in items}
        if labels <= removed:
            return
        pictures = {"caption", "photo_credit"}
        if "continuation" not in off:
            for i in range(1, len(items)):
                prev, it = items[i - 1], items[i]
                if (it.label not in ("heading", "title") and prev.label not in removed
                        and prev.label != "title_repeat"  # a whole line by definition
                        and not it.blank_before
                        and _LOWER_START.match(text, it.start, it.end)
                        and not text[prev.start:prev.end].endswith(tuple(".!?…"))):
                    it.label = prev.label
                    it.rule = "continuation"
                    it.explanation = (f"{prev.label}: continues the removed line above "
                                      f"(rule {prev.rule}), which does not end a sentence")
        if labels.isdisjoint(pictures):
            return
        if "caption_block" not in off:
            for i in range(1, len(items) - 1):
                it = items[i]
                if (it.label == "body" and i != title_index
                        and it.words <= self.caption_block_max_words
                        and items[i - 1].label in pictures and items[i + 1].label in pictures):
                    it.label = "caption"
                    it.rule = "caption_block"
                    it.explanation = "caption: a short line between a caption and a photo credit"
        if "credit_after_caption" not in off:
            for i in range(1, len(items)):
                it = items[i]
                if (it.label == "body" and items[i - 1].label == "caption" and it.words <= 4
                        and _BARE_NAME.fullmatch(text, it.start, it.end)):
                    it.label = "photo_credit"
                    it.rule = "credit_after_caption"
                    it.explanation = "photo_credit: a bare name right after a caption"

    def _headings(self, text: str, items: list[_Item], title_index: int | None) -> None:
        body_after = False
        max_words = self.heading_max_words
        for i in range(len(items) - 1, -1, -1):
            it = items[i]
            if i == title_index or it.label != "body":
                continue
            if body_after and it.words <= max_words and self._is_heading(text, items, i):
                it.label = it.initial_label = "heading"
                it.explanation = "heading: a short line without final punctuation before story text"
            else:
                body_after = True

    @staticmethod
    def _is_heading(text: str, items: list[_Item], i: int) -> bool:
        """The shape tests of a heading for the short line ``items[i]`` (before story text)."""
        it = items[i]
        line = text[it.start:it.end]
        nxt = items[i + 1] if i + 1 < len(items) else None
        wrapped = (nxt is not None and not nxt.blank_before
                   and _LOWER_START.match(text, nxt.start, nxt.end) is not None)
        return (not wrapped
                and not line.endswith(_TERMINAL_TUPLE)
                and _HEADING_START.match(line) is not None and "\n" not in line
                and not line.startswith(("–", "—", "-")))


# ---------------------------------------------------------------------- private helpers


_WORD_COUNT_CAP = 1000
_NON_SPACE = regex.compile(r"\S+")
_SPLIT_MAX = 20000  # lines shorter than this are counted with str.split()
_INPUT_START = attrgetter("input_start")


def _word_count(line: str) -> int:
    """Words in ``line``, counted up to a cap (rules only ask whether a line is short)."""
    if len(line) < _SPLIT_MAX:
        return len(line.split())
    return sum(1 for _ in itertools.islice(_NON_SPACE.finditer(line), _WORD_COUNT_CAP))


def _direct_prefix_match(rule: Rule) -> Callable[[str], Any] | None:
    """The compiled ``match`` of a plain prefix rule without a word limit, else ``None``.

    :meth:`Rule.match` then comes down to that call (and the empty-match test), so the
    cleaner calls it directly for every line instead of going through the method.
    """
    if type(rule) is Rule and rule.scope is Scope.PREFIX and rule.max_words is None:
        match: Callable[[str], Any] = rule.compiled.match
        return match
    return None


def _split_lf(text: str) -> list[_Item]:
    """:meth:`Cleaner._split` for text whose only line break is ``\\n`` (the usual case)."""
    items: list[_Item] = []
    blank = True
    pos = 0
    odd = _ODD_SPACE
    for raw in text.split("\n"):
        size = len(raw)
        stripped = raw.strip()
        if not stripped:
            blank = True
            pos += size + 1
            continue
        first = stripped[0]
        if first in odd or stripped[-1] in odd:
            s, e = _trim(text, pos, pos + size)  # str.strip() keeps BOM, ZWSP and NUL
        else:
            # the line starts with its first non-space character unless it is indented
            s = pos if raw[0] == first else pos + size - len(raw.lstrip())
            e = s + len(stripped)
        if s < e:
            items.append(_Item(s, e, blank))
            blank = False
        else:
            blank = True
        pos += size + 1
    return items


def _next_newline(text: str, pos: int) -> int:
    a = text.find("\n", pos)
    b = text.find("\r", pos, a if a >= 0 else len(text))
    cands = [x for x in (a, b) if x >= 0]
    return min(cands) if cands else len(text)


_ODD_SPACE = "\ufeff\u200b\x00"  # trimmed like white space


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _ODD_SPACE):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _ODD_SPACE):
        e -= 1
    return s, e


def _strip_trailing_separator(text: str, s: int, e: int) -> int:
    while e > s and (text[e - 1] in "–—-|•·:»" or text[e - 1].isspace()):
        e -= 1
    return e


def _wrapped(text: str, prev_end: int, start: int) -> bool:
    """True when a line continues the previous one (hard-wrapped text)."""
    return (text[prev_end - 1] not in _TERMINAL and text[start].islower())


def _may_repeat(text: str, s: int, e: int, wanted: str) -> bool:
    """False when the line ``text[s:e]`` cannot normalise to ``wanted`` (a quick test).

    Lines are trimmed, so unless the first character is a dash (stripped by the
    title-repeat test) the normalised line starts with its case-folded first character.
    """
    return s >= e or text[s] in "–—-" or wanted.startswith(text[s].casefold())


def _title_case(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL_WORDS and not w.isdigit()]
    if not words:
        return False
    upper = sum(1 for w in words if w[0].isupper())
    return upper / len(words) >= 0.6


def _too_long_for_a_site_name(segment: str) -> bool:
    return len(segment.split()) > 3


def _foreign_suffix(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Words in another script after the line's last sentence end (e.g. a Cyrillic credit)."""
    if e - s < 20:
        return None
    tail_start = max(s, e - 80)
    # Quick tests: the tail holds one to three words, so one of the words just before them
    # must end a sentence (a match of _SENTENCE_END ends right before a word). Such a word
    # puts a sentence-ending character before the line's last one; most lines have none
    # there, and four str.find scans cost less than splitting the tail into words.
    for ender in _ENDERS:
        if text.find(ender, tail_start, e - 1) >= 0:
            break
    else:
        return None
    for word in text[tail_start:e].rsplit(None, 3)[:-1]:
        if word.rstrip(_CLOSERS).endswith(_ENDERS):
            break
    else:
        return None
    last = None
    for m in _SENTENCE_END.finditer(text, tail_start, e):
        last = m
    if last is None:
        return None
    start = last.end()
    tail = text[start:e]
    tokens = len(tail.split())
    if not 1 <= tokens <= 3:  # checked first: it is cheaper than finding the words
        return None
    words = _SCRIPT_WORD.findall(tail)
    if len(words) != tokens:
        return None
    tail_script = _dominant_script(tail)
    head_script = _dominant_script(text[max(s, start - 2000):start])
    if tail_script is None or head_script is None or tail_script == head_script:
        return None
    if any(_dominant_script(w) != tail_script for w in words):
        return None
    return start, e
