"""Boilerplate rules as data: named, ordered, compiled once, extendable by users.

A :class:`Rule` is a named regular expression with a reason code and a *scope*:

``line``
    the pattern must match the whole (stripped) line; the line is removed.
``prefix``
    the pattern matches at the start of a line; that prefix is removed and the rest kept
    (a metadata stamp glued to the first sentence).
``suffix``
    the pattern matches at the end of a line; that suffix is removed.
``title_suffix``
    the pattern matches trailing segments of the title (site names).

Rules live in a :class:`RuleRegistry`, an immutable ordered collection in the spirit of
Python-Markdown's ``Registry``: the first rule that matches a line wins, and
:meth:`RuleRegistry.add`, :meth:`~RuleRegistry.remove` and :meth:`~RuleRegistry.replace`
return a new registry, so :data:`DEFAULT_RULES` is never mutated.

>>> from geneva_corpus import DEFAULT_RULES, Rule, Cleaner
>>> rules = DEFAULT_RULES.add(
...     Rule("promo_code", "advertisement", r"use code \\w+ for \\d+% off.*"),
...     before="advertisement_label",
... )
>>> "promo_code" in rules and "promo_code" not in DEFAULT_RULES
True
>>> Cleaner(rules=rules).clean("Storm hits Vell\\n\\nUse code SAVE for 10% off today").removed[0].rule
'promo_code'
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from .errors import RuleError

__all__ = [
    "DEFAULT_RULES",
    "REASONS",
    "Rule",
    "RuleRegistry",
    "Scope",
]

#: Reason codes used by the default rules, with a one-line description each.
REASONS: dict[str, str] = {
    "navigation": "site navigation: breadcrumbs, menus, skip links",
    "advertisement": "advertising, sponsored content, job or shop widgets",
    "source_tag": "a scraper's or syndicator's source tag",
    "source_credit": "the outlet's name or credit appended to the text",
    "read_more": "links to other articles, live blogs, related content",
    "comment_form": "comment section prompts and form labels",
    "photo_credit": "photo, image or video credit",
    "caption": "picture caption",
    "update_stamp": "publication or update time stamp",
    "embed_prompt": "a prompt pointing at an embedded video, tweet or gallery",
    "site_name": "the site's name appended to the title",
    "metadata": "a metadata field (date, author) printed as text",
    "byline": "author or reporting credit line",
    "share": "social sharing buttons and follow prompts",
    "newsletter": "newsletter and subscription prompts",
    "legal": "copyright, cookie and privacy notices",
    "separator": "a line of punctuation used as a divider",
    "title_repeat": "the title printed again in the text",
}


class Scope(str, enum.Enum):
    """Where a rule's pattern applies (see the module docs)."""

    LINE = "line"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    TITLE_SUFFIX = "title_suffix"


@attrs.frozen
class Rule:
    """A named boilerplate pattern.

    ``pattern`` is compiled once, when the rule is created, with the ``regex`` module
    (case-insensitive unless ``ignore_case=False``, VERSION0 syntax; ``\\p{Lu}``, ``\\p{Cyrillic}`` and
    scoped flags such as ``(?-i:...)`` work). Patterns must not backtrack catastrophically:
    bound repeats (``.{0,80}``) rather than nesting unbounded ones.
    ``max_words`` limits a rule to short lines, the usual shape of boilerplate.
    """

    name: str = attrs.field()
    reason: str = attrs.field()
    pattern: str
    scope: Scope = attrs.field(default=Scope.LINE, converter=Scope)
    max_words: int | None = None
    description: str = ""
    ignore_case: bool = True
    compiled: Any = attrs.field(init=False, repr=False, eq=False)

    @name.validator
    def _check_name(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not value or not regex.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", value):
            raise RuleError(f"rule name must be an identifier-like string, got {value!r}")

    @reason.validator
    def _check_reason(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not value:
            raise RuleError(f"rule {self.name!r} needs a reason code")

    def __attrs_post_init__(self) -> None:
        flags = regex.VERSION0 | (regex.IGNORECASE if self.ignore_case else 0)
        try:
            compiled = regex.compile(self.pattern, flags)
        except regex.error as exc:
            raise RuleError(f"rule {self.name!r}: invalid pattern: {exc}") from exc
        object.__setattr__(self, "compiled", compiled)

    def match(self, line: str, words: int | None = None) -> tuple[int, int] | None:
        """Return the ``(start, end)`` of what this rule removes from ``line``, or None.

        ``words`` is the line's word count when the caller already knows it.

        >>> Rule("ad", "advertisement", r"advertisement").match("ADVERTISEMENT")
        (0, 13)
        """
        if self.max_words is not None:
            if words is None:
                words = len(line.split())
            if words > self.max_words:
                return None
        if self.scope in (Scope.LINE, Scope.TITLE_SUFFIX):
            m = self.compiled.fullmatch(line)
        elif self.scope is Scope.PREFIX:
            m = self.compiled.match(line)
        else:
            m = self.compiled.search(line)
            if m is not None and m.end() != len(line):
                return None
        if m is None or m.end() == m.start():
            return None
        return m.start(), m.end()



#: Cheap pre-checks for built-in line patterns, keyed by the exact pattern text: each is a
#: lookahead that every line the pattern matches passes (with or without ignore-case), so
#: prefixing it changes nothing but lets most story lines fail in a quick C scan. A rule
#: whose pattern is changed gets no pre-check. Filled in with the default rules below.
_LINE_GUARDS: dict[str, str] = {}
_PENDING: Any = object()  # a bucket whose combined pattern is not compiled yet


def _guard(pattern: str) -> str:
    """``pattern`` behind its pre-check from :data:`_LINE_GUARDS`, if it has one."""
    guard = _LINE_GUARDS.get(pattern)
    return pattern if guard is None else f"{guard}(?:{pattern})"


_NO_LIMIT = 1 << 30
_GROUP_REFERENCE = regex.compile(r"\\(?:[1-9]|g<)|\(\?P[=>]|\(\?&|\(\?[0-9R]")


@attrs.frozen
class RuleRegistry:
    """An immutable, ordered collection of uniquely named :class:`Rule` objects."""

    rules: tuple[Rule, ...] = ()
    _line_matchers: list[list[Any]] = attrs.field(
        init=False, repr=False, eq=False, factory=list)
    _limits: list[int] = attrs.field(init=False, repr=False, eq=False, factory=list)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise RuleError(f"duplicate rule name {rule.name!r}")
            seen.add(rule.name)
        self._build_line_matchers()

    def _build_line_matchers(self) -> None:
        """Group the line rules into a few buckets by line length, one alternation each.

        One ``fullmatch`` per line then tries a bucket's rules in order, in C; the named
        group that matched tells which rule won. A bucket serves lines of ``lo + 1`` to
        ``hi`` words (its bounds grow about twofold from bucket to bucket, so that a handful
        of patterns are compiled, not one per word limit) and holds every rule that allows
        more than ``lo`` words: a line too long for the rule that matched goes on to the
        bucket's later rules one by one (rare: boilerplate patterns seldom fit long lines).
        Rules whose pattern cannot be combined (backreferences) make the registry match
        rule by rule.
        """
        line_rules = self.by_scope(Scope.LINE)
        if any(_GROUP_REFERENCE.search(r.pattern) for r in line_rules):
            return  # numbered or named references would point at the wrong groups
        bounds: list[int] = []
        for limit in sorted({r.max_words for r in line_rules if r.max_words is not None}):
            if not bounds or limit >= 2 * bounds[-1]:
                bounds.append(limit)
        lo = 0
        for hi in [*bounds, _NO_LIMIT]:
            chosen = tuple(r for r in line_rules if (r.max_words or _NO_LIMIT) > lo)
            self._line_matchers.append([_PENDING, chosen])
            self._limits.append(hi)
            lo = hi

    def _matcher(self, bucket: int) -> Any:
        """The combined pattern of one bucket, compiled on first use (None: not combinable)."""
        entry = self._line_matchers[bucket]
        if entry[0] is _PENDING:
            parts = [f"(?P<_r{i}>(?{'i' if r.ignore_case else '-i'}:{_guard(r.pattern)}))"
                     for i, r in enumerate(entry[1])]
            try:
                entry[0] = regex.compile("|".join(parts) or "(?!)", regex.VERSION0)
            except regex.error:
                entry[0] = None
        return entry[0]

    def match_line(self, line: str, words: int) -> Rule | None:
        """The first line rule (in order) that matches the whole ``line`` and allows its
        ``words`` words, or ``None``."""
        limits = self._limits  # ascending, ends with _NO_LIMIT (empty: not combinable)
        if not limits:
            return next((r for r in self.by_scope(Scope.LINE)
                         if r.match(line, words) is not None), None)
        bucket = bisect.bisect_left(limits, words)
        combined = self._matcher(bucket)
        rules: tuple[Rule, ...] = self._line_matchers[bucket][1]
        if combined is None:
            return next((r for r in rules if r.match(line, words) is not None), None)
        m = combined.fullmatch(line)
        if m is None or m.end() == 0:
            return None
        first = int(m.lastgroup[2:])
        rule: Rule = rules[first]
        if rule.max_words is None or words <= rule.max_words:
            return rule
        # the line is too long for the first rule that fits it: a later rule may take it
        return next((r for r in rules[first + 1:] if r.match(line, words) is not None), None)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, name: object) -> bool:
        return any(r.name == name for r in self.rules)

    def __getitem__(self, name: str) -> Rule:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(name)

    def names(self) -> list[str]:
        """The rule names in order."""
        return [r.name for r in self.rules]

    def by_scope(self, scope: Scope) -> tuple[Rule, ...]:
        """The rules of one scope, in order."""
        return tuple(r for r in self.rules if r.scope is scope)

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self.rules):
            if rule.name == name:
                return i
        raise RuleError(f"no rule named {name!r}")

    def add(self, rule: Rule, *, before: str | None = None, after: str | None = None) -> RuleRegistry:
        """A new registry with ``rule`` added (at the end, or before/after a named rule)."""
        if rule.name in self:
            raise RuleError(f"a rule named {rule.name!r} exists; use replace()")
        if before is not None and after is not None:
            raise RuleError("give before or after, not both")
        rules = list(self.rules)
        if before is not None:
            rules.insert(self._index(before), rule)
        elif after is not None:
            rules.insert(self._index(after) + 1, rule)
        else:
            rules.append(rule)
        return RuleRegistry(tuple(rules))

    def extend(self, rules: Iterable[Rule]) -> RuleRegistry:
        """A new registry with ``rules`` appended in order."""
        out = self
        for rule in rules:
            out = out.add(rule)
        return out

    def remove(self, name: str) -> RuleRegistry:
        """A new registry without the rule called ``name``."""
        i = self._index(name)
        return RuleRegistry(self.rules[:i] + self.rules[i + 1 :])

    def replace(self, rule: Rule) -> RuleRegistry:
        """A new registry with the rule of the same name swapped for ``rule``."""
        i = self._index(rule.name)
        return RuleRegistry((*self.rules[:i], rule, *self.rules[i + 1 :]))


# ----------------------------------------------------------------------- the default rules

_B = r"(?:[•·*▪►]+\s*)?"  # an optional bullet (never a dash: dash-led lines are quotes)
_AGENCIES = (
    r"(?:Reuters|AP|AFP|Associated\s+Press|Agence\s+France-Presse|Getty(?:\s+Images)?|EPA(?:-EFE)?"
    r"|dpa|DPA|Xinhua|ANP|ANSA|TASS|RIA\s+Novosti|Sputnik|Anadolu(?:\s+Agency)?|Bloomberg"
    r"|Shutterstock|Alamy|iStock(?:photo)?|PA(?:\s+Media|\s+Wire)?|NTB|Scanpix|Keystone|Imago"
    r"|Pool|UPI|Kyodo|Yonhap|EFE|Belga|Ritzau|TT|Lusa|APA|picture\s+alliance|SIPA|Abaca)"
)
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})"
)
_TIME = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|PST|BST|ET|[A-Z]{2,4}))?)"


def _r(name: str, reason: str, pattern: str, scope: Scope = Scope.LINE,
       max_words: int | None = None, description: str = "", ignore_case: bool = True) -> Rule:
    return Rule(name, reason, pattern, scope, max_words, description, ignore_case)


#: The built-in rules, in the order they are tried: the first rule that matches a line wins.
DEFAULT_RULES: RuleRegistry = RuleRegistry(
    (
        # ---- prefixes and suffixes glued to story text
        _r("metadata_date_prefix", "metadata",
           rf"\s*(?:date|published|posted|updated|dated)\s*:?\s*{_DATE}(?:,?\s*{_TIME})?\s+(?=[\p{{Lu}}\"“„«])",
           Scope.PREFIX, description="a date field glued before the first sentence"),
        # ---- title suffixes (site names)
        _r("site_name_in_title", "site_name",
           r"(?:[\p{Lu}\d][\p{L}\d&'’.]*|[\p{L}\d-]+\.(?:com|net|org|co\.uk|de|fr|ru|no|info|news))"
           r"(?:\s+[\p{Lu}\d&][\p{L}\d&'’.]*){0,2}",
           Scope.TITLE_SUFFIX, ignore_case=False,
           description="a short capitalised segment after a title separator"),
        # ---- whole lines
        _r("separator_line", "separator", r"[\s\-–—_=*~#•·.]{3,}",
           description="a divider made of punctuation"),
        _r("stamp_label", "update_stamp",
           r"(?:published|posted|updated|last updated|last update|modified|originally published)\s*:?\s*"
           r"(?=[^\n]{0,120}\d)[^\n]{1,120}",
           max_words=16, description="'PUBLISHED: Monday, ...', 'Posted 04/02/07 9:00 PM'"),
        _r("breadcrumb", "navigation",
           r"(?=(?:[^/>»›|\n]*\s(?:/|>|»|›|\|)\s){2})(?![^\n]*[\"“”«»„]|[^\n]*[.!?]$)"
           r"(?=[^/>»›|\n]*\p{L})[^/>»›|\n]{1,120}"
           r"(?:(?<=\s)(?:/|>|»|›|\|)\s+(?=[^/>»›|\n]*\p{L})[^/>»›|\n]{1,120}){2,}",
           max_words=40, description="Home / Section / Story breadcrumbs"),
        _r("navigation_link", "navigation",
           r"(?:skip to (?:main )?content|skip navigation|main menu|menu|home|back to top"
           r"|next article|previous article|go to (?:the )?homepage|open navigation|close)\.?",
           description="menu and skip links"),
        _r("source_tag", "source_tag", r"(?:source|src|via)\s*:?\s*[\w.-]*\d[\w.-]*",
           description="a scraper's source tag such as 'source site-14'"),
        _r("source_line", "source_credit", rf"{_B}(?:source|sources|via)\s*:\s*.{{1,60}}", max_words=8,
           description="'Source: Outlet' credit line"),
        _r("advertisement_label", "advertisement",
           r"(?:\(?(?:advertisement|advert|anzeige|annonce|publicité|reklame|sponsored(?: content| post| by [^.!?]{1,60})?"
           r"|promoted(?: content)?|paid (?:content|post)|partner content|ad)\)?"
           r"|(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)"
           r"|continue reading (?:below|the main story)|scroll to continue(?: with content)?)\.?",
           description="'Advertisement' and similar labels"),
        _r("job_widget", "advertisement",
           r"[^.!?]*\b(?:jobs?|vacanc(?:y|ies)|careers?|coupons?)\b[^.!?]*"
           r"\b(?:of the day|now|today|here|near you|and)",
           max_words=8, description="job-board and shop widgets (short, no sentence end)"),
        _r("newsletter", "newsletter",
           rf"{_B}(?:sign up|subscribe|register|get|receive)\b.{{0,60}}\b(?:newsletters?|inbox|alerts?"
           r"|briefings?|updates by e-?mail|notified by e-?mail)\b.{0,40}"
           r"|(?:be |get )?notified by e-?mail\.?|subscribe(?: now| today| here)?[.!]?"
           r"|(?:subscribe to|join) (?:our|the) .{1,40}(?:channel|newsletter|group|podcast)\b.{0,60}",
           max_words=25, description="newsletter and e-mail alert prompts"),
        _r("share_buttons", "share",
           rf"{_B}(?:(?:share|tweet|e-?mail|print|copy link|whatsapp|facebook|twitter|x|linkedin"
           r"|telegram|reddit|pinterest|messenger|comment|save)(?:\s+|\s*[|/·•,]\s*)?){1,8}"
           r"|share(?: (?:this|the) (?:article|story|page|post))?(?: on \w+)?\s*:?"
           r"|share on (?:facebook|twitter|x|linkedin|whatsapp|social media)",
           max_words=12, description="social sharing buttons"),
        _r("follow_prompt", "share",
           rf"{_B}(?:follow|like|join) (?:us|\w+) on (?:twitter|x|facebook|instagram|telegram"
           r"|linkedin|tiktok|youtube|threads|mastodon|whatsapp|google news|social media).{0,60}",
           max_words=20, description="'Follow us on ...' prompts"),
        _r("read_more", "read_more",
           r"(?:>>|►|→)\s*.+"
           rf"|{_B}(?:read (?:more|also|next)|see also|also read|more|related(?: articles?| stories"
           r"| content| coverage)?|recommended|further reading|more on this (?:story|topic)|more from [\w ]{1,30})"
           r"\s*:.{0,200}"
           rf"|{_B}(?:read more|related|recommended|most (?:read|popular|viewed|shared)|trending(?: now)?"
           r"|top stories|editor'?s picks|you (?:may|might) (?:also )?like|what to read next|more stories|don'?t miss"
           r"|also of interest|you (?:may|might) (?:also )?be interested in|more (?:news|articles) from .{1,40}"
           r"|more about (?:this|the) (?:topic|subject)|latest news|popular now|recommended (?:for you|articles|stories))[.:]?"
           rf"|{_B}read (?:more|the full (?:story|article)|the rest)\b.{{0,200}}",
           max_words=40, description="links to other articles"),
        _r("live_blog", "read_more",
           rf"{_B}(?:follow|read|see|check|find|get|watch|stay up to date|keep up)\b.{{0,80}}"
           r"\blive[ -]?(?:blog|ticker|updates|coverage|stream)\b.{0,80}",
           max_words=25, description="pointers to a live blog"),
        _r("comment_form", "comment_form",
           r"(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|cancel reply"
           r"|comments?\s*\(\d+\)|\d+\s+comments?|show comments|view comments|join the (?:discussion|conversation)"
           r"|your email address will not be published\.?|required fields are marked\s*\*?"
           r"|(?:name|e-?mail|website|comment)\s*\*"
           r"|save my name, e-?mail,? and website in this browser.*|you must be logged in to post a comment\.?)",
           description="comment section"),
        _r("legal_notice", "legal",
           r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,120}|all rights reserved\.?.{0,80}"
           r"|.{0,80}\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies"
           r"|cookie (?:settings|consent|preferences)|by continuing to (?:use|browse) (?:this|our) (?:web)?site)"
           r"\b.{0,160}|(?:privacy policy|terms of (?:use|service)|cookie policy|imprint|impressum)"
           r"(?:\s*[|·•/]\s*(?:privacy policy|terms of (?:use|service)|cookie policy|imprint|contact(?: us)?))*",
           max_words=45, description="copyright, cookie and privacy notices"),
        _r("photo_credit", "photo_credit",
           rf"{_B}\(?(?:photo|photos|photograph|picture|image|foto|bild|video|illustration|graphic|credit"
           r"|photo credit|image credit|image source)s?\s*(?::|by)\s*"
           r"(?-i:(?:\p{Lu}|\p{N}|i(?=\p{Lu}))[^\s/|,;]*(?:\s*[/|,;&-]?\s*(?:(?:\p{Lu}|\p{N}|i(?=\p{Lu}))[^\s/|,;]*"
           r"|for|via|and|von|de|van|der|di|da|of|the|by)){0,10})\)?\.?"
           rf"|\(?{_AGENCIES}(?:\s*[/|]\s*[\p{{L}}.' -]{{1,40}})*\)?",
           max_words=10, description="photo credits and bare agency credit lines"),
        _r("caption_label", "caption",
           r"(?i:legend|caption|photo caption|image caption|pictured|in the photo|on the photo|photo|image|foto|picture|illustration)\s*:\s*.+"
           r"|(?!(?:UPDATE[DS]?|CORRECTION|EXCLUSIVE|BREAKING(?: NEWS)?|ANALYSIS|OPINION|COMMENT|EDITOR'?S NOTE"
           r"|NOTE|Q|A|FACT CHECK|WATCH|LISTEN|VIDEO|LIVE|EMAIL|BYLINE|RELATED|READ MORE|SOURCE|DEVELOPING"
           r"|REVIEW|INTERVIEW|TRANSCRIPT|CLARIFICATION|DISCLAIMER|WARNING|ALERT|JUST IN)\s*:)"
           r"\p{Lu}[\p{Lu}'’\-]+(?:\s+\p{Lu}[\p{Lu}'’\-]+){0,4}\s*:\s+"
           r"(?!.*\b(?:I|I'm|I’m|we|We|me|my|My|our|Our|us|you|You|your)\b).+",
           max_words=60, ignore_case=False,
           description="captions with a label: 'Legend: ...', 'MEET: ...'"),
        _r("caption_position", "caption",
           r".{0,200}\((?:(?:from|pictured|seen|far)\s+)?(?:left|right|center|centre|top|bottom|front"
           r"|second (?:from )?(?:left|right)|l-r|l\.?\s*to\s*r\.?|left to right)\).{0,200}",
           max_words=40, description="captions naming positions: '(from left)', '(right)'"),
        _r("caption_with_credit", "caption",
           r"[^\n]{1,300}?[.)]\s*\(?(?:photo|foto|picture|image|credit|source)s?\s*:\s*[\p{L}\p{N}.,'’&/ -]{1,60}\)?\.?",
           max_words=45, description="a caption ending with its photo credit: '... in Vell. Photo: Ola Brenn'"),
        _r("update_stamp", "update_stamp",
           rf"(?:(?:just|last|first) )?(?:updated|published|posted|modified|edited)(?: on| at)?\s*:?\s*"
           rf"(?:{_DATE})?,?\s*(?:at\s*)?{_TIME}?\s*(?:\w+\s+ago)?\.?"
           rf"|(?:\d+|an?|one|two|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\.?"
           rf"|{_DATE}(?:,?\s*(?:at\s*)?{_TIME})?|{_TIME}",
           max_words=12, description="'Updated 14:32 GMT', 'Just updated', bare dates"),
        _r("embed_prompt", "embed_prompt",
           rf"{_B}(?:see|watch|listen to|view|look at|here is|here's|click (?:here )?to (?:watch|see|view))"
           r"\b.{0,120}\b(?:below|above|here|video)\s*[:.!]?"
           r"|(?:watch|video|listen|gallery|audio)\s*:.{0,120}"
           r"|view this post on \w+|a post shared by .{1,80}|embedded (?:content|video|tweet).{0,40}"
           r"|(?:this|the) (?:video|content|embed) (?:is|cannot be) (?:not )?(?:available|displayed|loaded).{0,80}",
           max_words=25, description="pointers at embedded media"),
        _r("byline", "byline",
           r"(?i:by|written by|reporting by|von|par)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}"
           r"(?:\s*(?:,|and|&|\|)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*"
           r"(?:\s*[,|]\s*.{1,40})?"
           r"|\(?(?i:reporting|writing|editing|additional reporting) by .{1,120}\)?",
           max_words=20, ignore_case=False, description="author and reporting credit lines"),
        _r("page_furniture", "navigation",
           r"(?:loading\s*\.*|please enable javascript.*|(?:your|this) browser does not support.*"
           r"|listen to (?:this )?(?:article|story).{0,40}|\d+\s*min(?:ute)?s?\.? read|reading time\s*:?.{0,30}"
           r"|font size.{0,20}|print(?: this)?(?: article| page| story)?|save (?:article|story|for later)"
           r"|bookmark(?: this)?(?: article)?|a\s+a\s+a|back to (?:the )?(?:top|homepage|overview))\.?",
           max_words=10, description="page controls: 'Loading...', '4 min read', 'Print', 'Listen to this article'"),
        _r("translation_note", "metadata",
           r"(?:this (?:article|story|text) (?:was|has been|is) (?:automatically |machine[- ])?translated.{0,120}"
           r"|(?:automatically |machine[- ])?translated (?:from|by) .{1,80}"
           r"|(?:this (?:article|story) was )?originally published (?:in|on|at|by) .{1,100})",
           max_words=30, description="notes on translation or original publication"),
        _r("author_field", "byline",
           r"(?:authors?|editors?|text|words|reporters?|correspondents?|written by|posted by)\s*:\s*.{1,60}",
           max_words=8, description="'Author: Name' fields"),
        _r("bare_url", "read_more", r"(?:https?://|www\.)\S{1,500}",
           description="a link on its own line"),
        _r("media_label", "embed_prompt",
           r"(?:video|videos|gallery|photo gallery|photos|audio|play video|watch video|play|live|watch live)\s*[:.]?",
           description="a media player label on its own line"),
        _r("dated_byline", "byline",
           rf"{_DATE}(?:,?\s*{_TIME})?\s*(?:[|,–-]\s*)?(?:by|von|par|av)\s+.{{1,60}}",
           max_words=14, description="'January 21, 2022 by Ann Lee'"),
        _r("click_here", "read_more", r"(?:click|tap) here\b.{0,120}", max_words=25,
           description="'Click here to ...' links"),
        _r("tags_line", "metadata", r"(?:tags|topics|keywords|filed under|categories)\s*:.{1,200}",
           max_words=30, description="tag and category lists"),
        _r("metadata_field", "metadata",
           rf"(?:date|published|author|source|language|category|section)\s*:?\s*{_DATE}",
           max_words=6, description="a metadata field on its own line"),
    )
)

# The breadcrumb pattern needs separators; possessive scans for them (case-sensitive:
# they have no case) are much quicker than its own lookahead, which backtracks over every
# character of a line without one. One scan per separator: the regex module scans for a
# single character much faster than for a set of five.
_LINE_GUARDS[DEFAULT_RULES["breadcrumb"].pattern] = (
    r"(?-i:(?=[^/]*+/|[^>]*+>|[^»]*+»|[^›]*+›|[^|]*+\|))")
# Every branch of legal_notice starts with one of these words at the start of the line or
# (the cookie and "by continuing to use" notices) holds "cookie" or "continuing".
_LINE_GUARDS[DEFAULT_RULES["legal_notice"].pattern] = (
    r"(?=©|\(c\)|copyright|all rights reserved|privacy policy|terms of|imprint|impressum"
    r"|.*?cookie|.*?continuing)")  # two lazy scans: each is a quick literal search
# Both branches of caption_label and the "Photo:" label of caption_with_credit need a colon;
# caption_position needs the opening parenthesis of "(left)".
for _name, _guard_pattern in (("caption_label", r"(?=[^:]*+:)"),
                              ("caption_with_credit", r"(?=[^:]*+:)"),
                              ("caption_position", r"(?=[^(]*+\()")):
    _LINE_GUARDS[DEFAULT_RULES[_name].pattern] = _guard_pattern
