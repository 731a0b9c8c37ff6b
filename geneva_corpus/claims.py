"""Claims: the checkable statements of an article, with their checkable parts typed.

A **claim** is one sentence of a body paragraph (or, inside a quotation, the quoted part of
the sentence) that states something checkable. The rule, applied by
:meth:`ClaimExtractor.is_claim`:

* headings, questions (ending in ``?``), boilerplate ("Read more", "Leave a Reply"...),
  captions ("READY: Tanks wait at the border.", "Legend: ...") and fragments of fewer than
  :attr:`ClaimExtractor.min_words` words are never claims;
* a sentence is a claim when it carries checkable content: a quantity, a duration, a date
  or time, or a named person, organisation or place;
* a quotation or reported statement (a sentence overlapping a :class:`~geneva_corpus.Quote`)
  is a claim by its speaker even without such content, unless it is pure opinion;
* pure opinion ("I think...", "we hope...") is a claim only with a quantity, duration or
  date in it.

Every word list the rule and the value parsers use is data on :class:`ClaimExtractor`
(a frozen ``attrs`` class): extend it with :func:`attrs.evolve` rather than editing the
library. The default extractor's patterns are compiled once at import.

>>> from geneva_corpus.claims import DEFAULT_EXTRACTOR
>>> q, = DEFAULT_EXTRACTOR.quantities("Oda keeps nearly 100,000 troops at the river.")
>>> q.value, q.unit, q.approximate, q.hedge
(100000.0, 'troops', True, 'nearly')
>>> d, = DEFAULT_EXTRACTOR.durations("The summit lasted about an hour and a half.")
>>> d.minutes, d.approximate
(90.0, True)
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from ._sentences import split_sentences
from .model import (
    Article,
    Claim,
    Duration,
    EntityKind,
    EntityMention,
    ParagraphKind,
    Quantity,
    Quote,
    QuoteKind,
    Speaker,
    TimeExpression,
    _slot_setters,
)

__all__ = ["DEFAULT_EXTRACTOR", "ClaimExtractor", "extract_claims"]

_NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
_DURATION_UNITS: dict[str, float] = {
    "second": 1 / 60, "minute": 1, "hour": 60, "day": 1440, "week": 10080,
    "month": 43200, "year": 525600,
}
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@attrs.frozen
class ClaimExtractor:
    """The claim rule and its vocabulary, as data.

    Every field is a plain word list or mapping (lower case). Make a variant with
    :func:`attrs.evolve`; its patterns are compiled once, when it is created.

    >>> import attrs
    >>> ext = attrs.evolve(DEFAULT_EXTRACTOR, hedges=(*DEFAULT_EXTRACTOR.hedges, "circa"))
    >>> ext.quantities("circa 300 sheep")[0].hedge
    'circa'
    """

    hedges: tuple[str, ...] = (
        *_words("nearly about around roughly some almost approximately estimated over"),
        "more than", "less than", "fewer than", "up to", "at least", "close to",
        "an estimated", "as many as")
    """Words before a number or duration that make it approximate."""
    number_words: Mapping[str, float] = attrs.field(factory=lambda: dict(_NUMBER_WORDS))
    """Spelled-out numbers."""
    scale_words: Mapping[str, float] = attrs.field(factory=lambda: dict(_SCALE_WORDS))
    """Multipliers after a number ("2 million")."""
    unit_aliases: Mapping[str, str] = attrs.field(factory=lambda: {
        "%": "percent", "per cent": "percent", "percent": "percent", "pct": "percent",
        "$": "dollars", "€": "euros", "£": "pounds", "us$": "dollars",
        "km": "kilometres", "kilometers": "kilometres", "mi": "miles", "kg": "kilograms",
    })
    """Unit spellings mapped to one canonical unit."""
    non_units: tuple[str, ...] = _words(
        "a an the of to in on at for and or but is are was were be been has have had it its "
        "this that these those with by from as than per each who which after before since "
        "times of more less")
    """Words after a number that are not its unit."""
    duration_units: Mapping[str, float] = attrs.field(factory=lambda: dict(_DURATION_UNITS))
    """Units of time and their length in minutes."""
    months: tuple[str, ...] = _MONTHS
    """Month names, January first."""
    month_abbreviations: tuple[str, ...] = _words(
        "jan feb mar apr may jun jul aug sep oct nov dec")
    weekdays: tuple[str, ...] = _WEEKDAYS
    """Weekday names, Monday first."""
    relative_days: Mapping[str, int] = attrs.field(factory=lambda: {
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1})
    """Words naming a day relative to the article's date."""
    relative_periods: Mapping[str, int] = attrs.field(factory=lambda: {
        "this": 0, "next": 1, "last": -1, "coming": 1, "past": -1})
    """Modifiers of ``week``/``month``/``year`` ("next week") and their offset."""
    opinion_cues: tuple[str, ...] = (
        "i think", "i believe", "we believe", "we think", "i hope", "we hope", "i feel",
        "in my opinion", "in our view", "it is time", "i don't think", "i do not think")
    """Phrases marking pure opinion."""
    boilerplate_cues: tuple[str, ...] = (
        "read more", "more:", "follow ", "subscribe", "sign up", "leave a reply",
        "your email", "click here", "all rights reserved", "share this", "photo:",
        "legend:", "source site", "find the best", "be notified", "see also",
        "advertisement", "related:", "watch:", "copyright")
    """Sentence openings that mark boilerplate (lower case)."""
    min_words: int = 4
    """Fewer words than this and a sentence is a fragment, not a claim."""
    max_sentence_chars: int = 2000
    """A "sentence" longer than this (a run-on line without punctuation) is not a claim."""
    person_titles: tuple[str, ...] = _words(
        "president vice prime minister secretary senator sen rep governor gov mayor chancellor "
        "king queen prince princess pope general gen colonel col captain capt judge justice "
        "mr mrs ms dr prof professor chairman chairwoman chair ceo director spokesman "
        "spokeswoman spokesperson ambassador commissioner chief deputy sheriff coach "
        "lawyer attorney officer sergeant lieutenant foreign state defence defense interior "
        "finance counterpart actor actress singer star")
    """Words that introduce a person's name ("Foreign Minister X")."""
    organisation_cues: tuple[str, ...] = _words(
        "ministry council organization organisation agency party union bank university "
        "committee department alliance company corporation corp inc ltd llc group court "
        "police army navy government parliament senate congress commission association "
        "institute foundation office service network times post news press club team "
        "federation assembly authority board bureau centre center school hospital church "
        "fund forces guard airlines magazine")
    """Last words that make a name an organisation ("Vell Harbour Authority")."""
    place_cues: tuple[str, ...] = _words(
        "city lake river mount mountain street road avenue province county island islands "
        "bay sea ocean valley hotel airport square region republic kingdom state states "
        "district village town port coast gulf strait peninsula desert park bridge capital")
    """Words that make a name a place ("Lake Oda", "Vell City")."""
    place_prepositions: tuple[str, ...] = _words("in at near from into across outside inside")
    """Prepositions before a single-word name that make it a place."""
    name_connectors: tuple[str, ...] = _words("of de la le van von al bin du der da")
    """Lower-case words allowed inside a name ("Bank of Vell")."""
    not_names: tuple[str, ...] = _words(
        "the a an he she it they we i you his her its their our my your this that these those "
        "there here but and or so yet however according after before when while although "
        "though if as at in on for with by from to of both meanwhile nevertheless also then "
        "now today tomorrow yesterday earlier later since during until what who why how "
        "where which mr mrs ms dr no yes not all some many most several another other each "
        "every one two three first last next new former")
    """Capitalised words that are never names on their own (sentence openers)."""
    demonym_suffixes: tuple[str, ...] = _words("ian ean ese ish")
    """Endings of adjectives of nationality ("Vellian"), not names on their own."""
    speech_verbs: tuple[str, ...] = _words(
        "said says told added stated noted announced warned confirmed insisted replied "
        "argued claimed explained wrote asked urged")
    """Verbs after a single name that make it a person ("Oda said")."""

    _re: _Patterns = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_re", _Patterns.build(self))

    # ------------------------------------------------------------------ value parsers

    def quantities(self, text: str, offset: int = 0, *,
                   exclude: Sequence[tuple[int, int]] = ()) -> tuple[Quantity, ...]:
        """Numbers with their unit and hedge in ``text``; offsets are ``offset`` + index.

        Spans overlapping ``exclude`` (durations, dates already found) are skipped, and
        so are plain years (``1997``).
        """
        return self._quantities(text, self._re.quantity.finditer(text), offset, exclude)

    def _quantities(self, text: str, matches: Iterable[Any], offset: int,
                    exclude: Sequence[tuple[int, int]]) -> tuple[Quantity, ...]:
        """:meth:`quantities` from the matches of the quantity pattern in ``text``."""
        out: list[Quantity] = []
        p = self._re
        unit_match = (p.ascii[p.unit] if _twin_text(text) else p.unit).match
        # (offsets >= 0 need no validation; a negative offset is checked as before)
        make = _quantity if offset >= 0 else Quantity
        for m in matches:
            s, e = m.span()
            if exclude and _overlaps(s + offset, e + offset, exclude):
                continue
            hedge, cur, raw, scale, pct = m.groups()  # (see _QUANTITY_GROUPS)
            value = self._number_value(raw)
            if value is None:
                continue
            if scale:
                value *= self.scale_words[scale.lower()]
            unit: str | None = None
            end = e
            if pct:
                unit = self.unit_aliases.get(" ".join(pct.lower().split()), "percent")
            elif cur:
                unit = self.unit_aliases.get(cur.lower(), cur)
            else:
                um = unit_match(text, e)
                if um is not None:
                    found = _unit_word(um, value, p.non_units)
                    if found is not None:
                        lw, end = found
                        unit = self.unit_aliases.get(lw, lw)
            is_year = (unit is None or unit not in p.year_units) and not hedge and not cur \
                and not scale and _looks_like_year(raw)
            if is_year:
                continue
            if not raw[0].isdigit() and unit is None and not hedge:
                continue  # "one of them": a bare number word is not a checkable quantity
            out.append(make(
                text[s:end], float(value), unit, hedge is not None, s + offset, end + offset,
                hedge.lower().strip() if hedge else None))
        return tuple(out)

    def durations(self, text: str, offset: int = 0) -> tuple[Duration, ...]:
        """Lengths of time ("about an hour and a half", "90 minutes", "a 90-day stint")."""
        return self._durations(text, self._re.duration.finditer(text), offset)

    def _durations(self, text: str, matches: Iterable[Any], offset: int) -> tuple[Duration, ...]:
        """:meth:`durations` from the matches of the duration pattern in ``text``."""
        out: list[Duration] = []
        make = _duration if offset >= 0 else Duration
        for m in matches:
            hedge, halfan, raw, half1, unit_word, half2 = m.groups()  # (_DURATION_GROUPS)
            before = text[max(0, m.start() - 12):m.start()].lower().split()
            if before and before[-1] in self.relative_periods and not hedge:
                continue  # "next week" is a date, not a length
            unit = self.duration_units[unit_word.lower()]
            if halfan:
                n = 0.5
            else:
                if raw.lower() in ("a", "an"):
                    n = 1.0
                else:
                    v = self._number_value(raw)
                    if v is None:
                        continue
                    n = v
                if half1 or half2:
                    n += 0.5
            out.append(make(m.group(), round(n * unit, 6), bool(hedge), m.start() + offset,
                            m.end() + offset))
        return tuple(out)

    def times(self, text: str, published: _dt.date | None = None,
              offset: int = 0) -> tuple[TimeExpression, ...]:
        """Dates and times of day, normalised against ``published`` when known.

        >>> import datetime
        >>> [(t.text, t.kind, t.value) for t in DEFAULT_EXTRACTOR.times(
        ...     "On January 10 at 11 a.m., and again on Friday and next week.",
        ...     datetime.date(2022, 1, 21))]  # doctest: +NORMALIZE_WHITESPACE
        [('January 10', 'date', '2022-01-10'), ('11 a.m.', 'time', '11:00'),
         ('Friday', 'weekday', '2022-01-21'), ('next week', 'relative', '2022-W04')]
        """
        return self._times(text, self._re.time.finditer(text), published, offset)

    def _times(self, text: str, matches: Iterable[Any], published: _dt.date | None,
               offset: int) -> tuple[TimeExpression, ...]:
        """:meth:`times` from the matches of the time pattern in ``text``."""
        out: list[TimeExpression] = []
        make = _time_expression if offset >= 0 else TimeExpression
        for m in matches:
            te = self._time_value(m, published)
            if te is not None:
                kind, value = te
                out.append(make(m.group(), kind, value, m.start() + offset, m.end() + offset))
        return tuple(out)

    def entities(self, text: str, offset: int = 0, *,
                 people: Mapping[str, str] | None = None,
                 lowercase_words: Iterable[str] = (),
                 inner_names: Iterable[str] | None = None) -> tuple[EntityMention, ...]:
        """People, organisations and places named in ``text`` (capitalised names).

        ``people`` maps a surname (lower case) to a full name known from the article;
        ``lowercase_words`` are words the article also uses in lower case (so "Talks" at a
        sentence start is not a name). ``inner_names`` are the capitalised words (lower
        case) that the article also uses inside a sentence; when it is given, a single
        plural-looking capitalised word opening ``text`` ("Members of the council met",
        "Officials said") is a name only if it is among them or a known person.
        """
        lower = lowercase_words if isinstance(lowercase_words, (set, frozenset)) \
            else set(lowercase_words)
        inner = None if inner_names is None else set(inner_names)
        return self._mentions(text, self._name_runs(text), offset, people or {}, lower,
                              inner, {})

    def _name_runs(self, text: str) -> _Names:
        """The matches of the name pattern in ``text`` with their runs of capitalised words,
        split at words that are never names (see :data:`_Names`)."""
        p = self._re
        cache = p.name_cache
        out: _Names = []
        for m in p.ascii[p.name].finditer(text) if _twin_text(text) else p.name.finditer(text):
            match = m.group()
            runs = cache.get(match)
            if runs is None:
                runs = self._match_runs(match)
            start, end = m.span()
            out.append((start, end, runs))
        return out

    def _match_runs(self, match: str) -> tuple[_Run, ...]:
        """The runs of one match of the name pattern, analysed (memoised: a name match is
        tokenised the same wherever it occurs)."""
        p = self._re
        if " " in match or "\t" in match:
            toks = [(w, t.start(), t.end(), _bare(w))
                    for t in p.name_token.finditer(match)
                    for w in (t.group(),)]
        else:
            # one word of the name pattern (a capital, letters and hyphens, maybe "’s") is
            # one name token: an initial is always followed by another word
            toks = [(match, 0, len(match), _bare(match))]
        runs = tuple(r for part in _split_names(toks, p)
                     for r in (self._analyse(match, part),) if r is not None)
        if len(p.name_cache) >= _NAME_CACHE_SIZE:
            p.name_cache.clear()
        p.name_cache[match] = runs
        return runs

    def _analyse(self, match: str, tokens: list[_Token]) -> _Run | None:
        """What one run of name tokens (in the name match ``match``) is, as far as the run
        alone tells; :meth:`_verdict` and :meth:`_mentions` add what the article and the
        sentence tell."""
        p = self._re
        lw = [t[3] for t in tokens]
        titled = False
        is_org = not p.org_cues.isdisjoint(lw)
        # (most runs hold no title: then the tokens stay as they are, and their last one
        # is no connector, as _split_names drops those)
        if not is_org and not p.person_titles.isdisjoint(lw):
            titles = [i for i, w in enumerate(lw) if w in p.person_titles]
            if titles[-1] < len(tokens) - 1:
                tokens, titled = tokens[titles[-1] + 1:], True
            else:
                tokens = tokens[:titles[0]]
            while tokens and tokens[-1][0].lower() in p.connectors:
                tokens.pop()
            if not tokens:
                return None
            lw = [t[3] for t in tokens]
        single = len(tokens) == 1
        if single:
            w = lw[0]
            if len(w) < 2 or w in p.not_names or (not titled and w.endswith(p.demonyms)):
                return None
        s = tokens[0][1]
        e = tokens[-1][2]
        while e > s and match[e - 1] in ".’'":
            e -= 1
        # (a match starts with a capital, so this never needs the text before the match)
        if match[e - 2:e] in ("’s", "'s"):
            e -= 2
        acronym = single and _acronym(tokens[0][0])
        if is_org or acronym:
            kind: EntityKind | None = EntityKind.ORGANISATION
        elif not p.place_cues.isdisjoint(lw):
            kind = EntityKind.PLACE
        else:
            kind = None
        parts = match[s:e].split()
        return _Run(
            s, e, match[s:e], lw[0] if single else None,
            single and not titled and not is_org and _plural(lw[0]) and not acronym,
            kind, lw[-1], not single or titled, _bare(parts[-1]) if len(parts) >= 2 else None)

    @staticmethod
    def _verdict(run: _Run, known: Mapping[str, str], lower: Container[str],
                 inner: Container[str] | None) -> _Verdict | None:
        """What ``run`` is wherever the article has it (see :data:`_Verdict`), or ``None``
        when it is never a name there."""
        if run.word is not None and run.word in lower:
            return None
        opener = run.opener and inner is not None and run.word not in inner \
            and run.word not in known
        if run.kind is not None:
            return opener, run.kind, None
        if run.person or run.last in known:
            return opener, EntityKind.PERSON, known.get(run.last,
                                                        None if run.word else run.text)
        return opener, None, None

    def _mentions(self, text: str, runs: _Names, offset: int,
                  known: Mapping[str, str], lower: Container[str],
                  inner: Container[str] | None,
                  verdicts: dict[_Run, _Verdict | None]) -> tuple[EntityMention, ...]:
        """The names among ``runs`` (from :meth:`_name_runs` of ``text``) as mentions at
        ``offset``. ``verdicts`` memoises :meth:`_verdict` for the given ``known``,
        ``lower`` and ``inner``: a name that recurs is judged once."""
        out: list[EntityMention] = []
        missing = _MISSING
        for base, _, base_runs in runs:
            for run in base_runs:
                verdict = verdicts.get(run, missing)
                if verdict is missing:
                    verdict = verdicts[run] = self._verdict(run, known, lower, inner)
                if verdict is None:
                    continue
                opener, kind, name = verdict
                if opener and not text[:base + run.start].strip(_OPEN_MARKS):
                    continue  # "Members of...", "Officials said": a plural sentence opener
                if kind is None:
                    kind = EntityKind.PERSON if self._before_speech_verb(text, base + run.end) \
                        else EntityKind.PLACE
                at = base + offset
                out.append(_mention(run.text, kind, at + run.start, at + run.end, name))
        return tuple(out)

    def _before_speech_verb(self, text: str, end: int) -> bool:
        nxt = text[end:end + 20].lower().split()
        return bool(nxt) and nxt[0].strip(",.") in self._re.speech_verbs

    # ------------------------------------------------------------------ the claim rule

    def is_claim(self, sentence: str, *, heading: bool = False, quoted: bool = False,
                 checkable: bool = False, has_value: bool = False) -> bool:
        """The claim rule (see the module documentation).

        ``checkable``: the sentence has a quantity, duration, date or named entity;
        ``has_value``: it has a quantity, duration or date; ``quoted``: it is (part of) a
        quotation or reported statement.

        >>> DEFAULT_EXTRACTOR.is_claim("Will the ferry run on Monday?", checkable=True)
        False
        >>> DEFAULT_EXTRACTOR.is_claim("I think the talks went well.", quoted=True)
        False
        """
        if heading:
            return False
        gate = self._gate(sentence, True)
        if gate == _OPINION:
            return has_value
        return gate == _PLAIN and (checkable or quoted)

    def _gate(self, sentence: str, count_words: bool, opinion: bool | None = None) -> int:
        """What the claim rule says before looking at values and names: ``_NEVER`` (a
        question, boilerplate, a caption, a fragment), ``_OPINION`` or ``_PLAIN``.
        ``count_words=False`` skips the fragment test (the caller already made it);
        ``opinion``: whether the sentence holds the last word of an opinion cue, when the
        caller knows (see :class:`_OpinionWords`)."""
        p = self._re
        s = sentence.strip()
        if not s:
            return _NEVER
        if s.rstrip("\"'”’»)] ").endswith("?"):
            return _NEVER
        low = s.lower().lstrip("-–—•* \"“”'")
        if low.startswith(p.boilerplate):
            return _NEVER
        if ":" in s and p.caption.match(s):  # (a caption has a colon)
            return _NEVER
        if count_words and not p.enough_tokens.match(s):
            return _NEVER
        # every match of the opinion pattern holds the last word of its cue: a sentence
        # without any of those words needs no search
        if opinion is None:
            opinion = p.opinion_words is None or any(w in low for w in p.opinion_words)
        if not opinion:
            return _PLAIN
        return _OPINION if p.opinion.search(low) is not None else _PLAIN

    def extract(self, article: Article) -> tuple[Claim, ...]:
        """The claims of ``article``, in body order (see :func:`extract_claims`)."""
        body = article.body
        if not body:
            return ()
        p = self._re
        low = body.lower()
        lower = _LowerWords(body)
        inner = _InnerNames(body, p.inner_name, low)
        people = _people_index(article)
        enough = p.enough_tokens.match
        max_chars = self.max_sentence_chars
        name_runs = self._name_runs
        # the sentences long enough to be claims, with their text, name runs and the shift
        # from body to input offsets; the people named in full are learnt on the way
        # (before any claim's names are resolved)
        sentences: list[tuple[int, int, str, _Names, int | None]] = []
        for para_start, para_end, heading, shift in _paragraph_spans(article):
            if heading:
                continue
            for s, e in split_sentences(body, para_start, para_end):
                if e - s > max_chars or not enough(body, s, e):
                    continue
                text = body[s:e]
                runs = name_runs(text)
                sentences.append((s, e, text, runs, shift))
                # (a run of several words is never a lower-case word nor a sentence-opening
                # plural, and is a person unless its words make it an organisation or a
                # place: what :meth:`_mentions` says of it, wherever it is, is known here)
                for _, _, base_runs in runs:
                    for run in base_runs:
                        if run.surname is not None and run.kind is None:
                            people.setdefault(run.surname, people.get(run.last) or run.text)
        quotes = sorted(article.quotes, key=lambda q: (q.start, q.end))
        starts = [q.start for q in quotes]
        # reach[k]: the furthest end of quotes[:k + 1], so that a sentence that no quote
        # overlaps (most of them) is told apart with one bisection
        reach = list(itertools.accumulate((q.end for q in quotes), max))
        longest = max((q.end - q.start for q in quotes), default=0)
        claims: list[Claim] = []
        # (one pass finds the words of both, where every character lowers to one)
        words = p.words.positions(low) if p.words is not None and len(low) == len(body) \
            else None
        vstarts = self._value_starts(body, low, words)
        opinions = _OpinionWords(low, p.opinion_words, words) \
            if p.opinion_words is not None and len(low) == len(body) else None
        published = article.published
        mentions = self._mentions
        span_gate = self._span_gate
        # (the people are all known now: a name's verdict holds for the whole article)
        verdicts: dict[_Run, _Verdict | None] = {}
        to_input = article.to_input if article.paragraphs else \
            functools.partial(_to_input, article)
        for s0, e0, sentence, runs, shift in sentences:
            k = bisect.bisect_left(starts, e0)
            if not k or reach[k - 1] <= s0:
                s, e = _strip_marks(body, s0, e0)
                speaker, quoted = None, False
            else:
                # only quotes that start within `longest` before the sentence can overlap it
                first = bisect.bisect_left(starts, s0 - longest)
                s, e, speaker, quoted = _claim_span(
                    body, s0, e0, quotes[first:first + _QUOTE_WINDOW]
                    if len(quotes) > _QUOTE_WINDOW else quotes, p)
            if e <= s:
                continue
            text, gate, claim_runs = span_gate(body, s, e, s0, e0, sentence, runs, opinions)
            narrowed = quoted and (s != s0 or e != e0)
            if gate == _NEVER and not narrowed:
                continue
            durations, times, quantities = self._values(text, s, e, vstarts, published)
            has_value = bool(quantities or durations or times)
            if narrowed and not has_value:
                # "Vell has moored 9,000 barges at the weir, but rejects the claim that …":
                # a report that covers part of the sentence leaves the outlet's own
                # figures in the rest; the whole sentence is then the outlet's claim
                fs, fe = _strip_marks(body, s0, e0)
                whole = self._values(body[fs:fe], fs, fe, vstarts, published)
                if any(whole):
                    s, e, speaker, quoted = fs, fe, None, False
                    text, gate, claim_runs = span_gate(body, s, e, s0, e0, sentence, runs,
                                                       opinions)
                    durations, times, quantities = whole
                    has_value = True
            if gate == _NEVER:
                continue
            if gate == _OPINION and not has_value:
                continue  # pure opinion needs a value
            if claim_runs is None:
                claim_runs = name_runs(text)
            entities = mentions(text, claim_runs, s, people, lower, inner, verdicts) \
                if claim_runs else ()
            if gate == _PLAIN and not (has_value or entities or quoted):
                continue
            claims.append(_claim(
                text, s, e, to_input(s) if shift is None else s + shift,
                to_input(e) if shift is None else e + shift, speaker,
                "quote" if quoted else "outlet", quantities, durations, times, entities))
        return tuple(claims)

    def _span_gate(self, body: str, s: int, e: int, s0: int, e0: int, sentence: str,
                   runs: _Names, opinions: _OpinionWords | None,
                   ) -> tuple[str, int, _Names | None]:
        """The text of the claim ``body[s:e]`` cut from the sentence ``body[s0:e0]``, its
        fragment gate, and its name runs when the sentence's tell them (else ``None``)."""
        opinion = None if opinions is None else opinions.within(s, e)
        if s == s0 and e == e0:
            # (the sentence passed the fragment test when it was collected)
            return sentence, self._gate(sentence, False, opinion), runs
        text = body[s:e]
        # (the tokens of a span do not change when white space around it is dropped, so
        # only a narrowed span needs the fragment test again)
        return text, self._gate(text, True, opinion), _names_within(body, s, e, s0, e0, runs)

    def _values(self, text: str, s: int, e: int, vstarts: _ValueStarts | None,
                published: _dt.date | None,
                ) -> tuple[tuple[Duration, ...], tuple[TimeExpression, ...],
                           tuple[Quantity, ...]]:
        """The durations, times and quantities of the claim ``text`` at ``body[s:e]``."""
        if vstarts is not None:
            return self._values_at(text, s, e, vstarts, published)
        kinds = self._value_kinds(text)
        durations = self.durations(text, s) if kinds & _DURATION else ()
        times = self.times(text, published, s) if kinds & _TIME else ()
        taken = [(d.start, d.end) for d in durations] + [(t.start, t.end) for t in times]
        quantities = self.quantities(text, s, exclude=taken) if kinds & _QUANTITY else ()
        return durations, times, quantities

    def _values_at(self, text: str, s: int, e: int, vstarts: _ValueStarts,
                   published: _dt.date | None,
                   ) -> tuple[tuple[Duration, ...], tuple[TimeExpression, ...],
                              tuple[Quantity, ...]]:
        """The durations, times and quantities of the claim ``text`` at ``body[s:e]``,
        matched only where :meth:`_value_starts` says they can start."""
        anchors = vstarts.anchors
        k = bisect.bisect_left(anchors, s)
        if (k == len(anchors) or anchors[k] >= e) and not text[0].isdigit():
            return _NO_VALUES  # (most claims: one bisection tells)
        p = self._re
        # (the patterns' twins, for text they read as their patterns do)
        twin = p.ascii if _twin_text(text) else _SAME
        ds = vstarts.durations
        lo = bisect.bisect_left(ds, s)
        if lo < len(ds) and ds[lo] < e:
            # no duration starts before the runs of non-blanks it can have before its unit
            # of time, counted back from the claim's first unit (the search reads behind
            # where it starts as a scan of the whole text does), and none reads past the
            # word of the claim's last unit, the three words after it ("and a half") and
            # one character more: the scan stops there
            first = _runs_before(text, ds[lo] - s, vstarts.duration_runs)
            last = ds[bisect.bisect_left(ds, e, lo) - 1] - s
            stop = min(len(text), _DURATION_TAIL.match(text, last).end() + 1)
            durations = self._durations(
                text, twin.get(p.duration, p.duration).finditer(text, first, stop), s)
        else:
            durations = ()
        # a digit run that starts before a (narrowed) claim can start a value at its start
        zero = text[0].isdigit()
        ts = vstarts.times
        lo = bisect.bisect_left(ts, s)
        if zero or (lo < len(ts) and ts[lo] < e):
            at = _starts_in(ts, lo, s, e, zero)
            times = self._times(text, _matches_at(twin.get(p.time, p.time), text, at),
                                published, s)
        else:
            times = ()
        qs = vstarts.quantities
        lo = bisect.bisect_left(qs, s)
        zero = zero or s in vstarts.mid_word
        if not zero and (lo == len(qs) or qs[lo] >= e):
            return durations, times, ()
        at = _starts_in(qs, lo, s, e, zero)
        taken = [(d.start, d.end) for d in durations] + [(t.start, t.end) for t in times]
        return durations, times, self._quantities(
            text, _matches_at(twin.get(p.quantity, p.quantity), text, at), s, taken)

    def _value_starts(self, body: str, low: str,
                      words: Mapping[str, Sequence[int]] | None = None,
                      ) -> _ValueStarts | None:
        """Where values can start in ``body`` (``low``: ``body.lower()``; a superset), or
        ``None`` when only full scans are exact (see :class:`_StartWords`). ``words``:
        ``self._re.words.positions(low)``, when the caller has it."""
        p = self._re
        w = p.starts
        if w is None or "\u017f" in body:
            return None
        if len(low) != len(body):
            return None
        if words is None:
            assert p.words is not None  # (built whenever starts is)
            words = p.words.positions(low)

        digits = [m.start() for m in w.digit_run.finditer(body)]
        # times start at a digit, a (cased) month or weekday, a time word, or at the
        # modifier before a weekday or before "week"/"month"/"year" ("next week")
        anchors = []
        m = w.cased.search(body)
        while m is not None:  # overlapping matches: every offset where one starts
            anchors.append(m.start())
            m = w.cased.search(body, m.start() + 1)
        times = digits + anchors
        for word in w.time_words:
            times += words.get(word, ())
        for word in w.periods:
            anchors += words.get(word, ())
        for a in anchors:
            k = _space_before(low, a)
            if k < a:
                times += [k - len(r) for r in w.relative if low.endswith(r, 0, k)]
        # a quantity's number starts at a digit, a number word or the "a"/"an" before it;
        # the match may start one space earlier, at a currency sign ("US$") before that,
        # or at a hedge before those
        numbers = list(digits)
        mid_word: set[int] = set()
        for word in w.numbers:
            for i in words.get(word, ()):
                if i and low[i - 1] in _WORDISH:
                    mid_word.add(i)
                    continue
                numbers.append(i)
                k = _space_before(low, i)
                if k < i:
                    if low.endswith("a", 0, k):
                        numbers.append(k - 1)
                    if low.endswith("an", 0, k):
                        numbers.append(k - 2)
        quantities = list(numbers)
        for b in numbers:
            heads = [b]
            if b and body[b - 1].isspace():
                quantities.append(b - 1)
                c = b - 2
            else:
                c = b - 1
            if c >= 0 and body[c] in _CURRENCY:
                heads.append(c)
                if low.endswith("us", 0, c):
                    heads.append(c - 2)
            for h in heads:
                quantities.append(h)
                k = _space_before(low, h)
                if k < h and low.endswith(w.hedge_ends, 0, k):
                    # a hedge starts at one of the hedges' first letters, and right after a
                    # word character only at the start of a claim (like a number word)
                    for i in range(_runs_before(low, k, w.hedge_words), k):
                        if low[i] in w.hedge_heads:
                            if i and low[i - 1] in _WORDISH:
                                mid_word.add(i)
                            else:
                                quantities.append(i)
        # a duration ends in a unit of time right after a number (or "a", "an", "half")
        durations = []
        for word in w.units:
            for u in words.get(word, ()):
                j = u
                while j and (low[j - 1].isspace() or low[j - 1] == "-"):
                    j -= 1
                if j and (low[j - 1].isdigit() or low.endswith(w.number_ends, 0, j)):
                    durations.append(u)
        return _ValueStarts(sorted(set(times)), sorted(set(quantities)), sorted(durations),
                            mid_word, w.duration_runs)

    # ------------------------------------------------------------------ helpers

    def _value_kinds(self, text: str) -> int:
        """Which value parsers can match in ``text`` (bits ``_QUANTITY``, ``_DURATION``,
        ``_TIME``), from one pass of a cheap pattern over the words that every value
        needs (a digit, a number word, a unit of time, a calendar word), so that the three
        expensive patterns only scan sentences where they can match."""
        p = self._re
        if "\u0130" not in text and "\u017f" not in text:
            # plain substring tests: apart from "İ" and "ſ", which case-insensitive
            # matching equates with "i" and "s", lower() finds every spelling of a word
            low = text.lower()
            kinds = _QUANTITY | _TIME if p.digit.search(text) else 0
            for kind, words in p.hint_words:
                if not kinds & kind and any(w in low for w in words):
                    kinds |= kind
            return kinds
        kinds = 0
        for m in p.value_hint.finditer(text):
            kinds |= p.hint_kinds.get(m.group().lower(), _ALL_VALUES)
            if kinds == _ALL_VALUES:
                break
        return kinds

    def _number_value(self, raw: str) -> float | None:
        if raw[0].isdigit():
            try:
                return float(raw.replace(",", ""))
            except ValueError:
                return None
        total = 0.0
        current = 0.0
        seen = False
        for w in self._re.number_token.findall(raw.lower()):
            if w in ("a", "an", "and"):
                continue
            if w in self.scale_words:
                total += max(current, 1.0) * self.scale_words[w]
                current = 0.0
                seen = True
            elif w == "hundred":
                current = max(current, 1.0) * 100
                seen = True
            elif w in self.number_words:
                current += self.number_words[w]
                seen = True
        return total + current if seen else None

    def _time_value(self, m: Any, published: _dt.date | None) -> tuple[str, str | None] | None:
        # (one tuple of the groups, in the order _TIME_GROUPS checks: the match's
        # groupdict() costs many times as much)
        (iso, clock_h, clock_m, ampm, _, clock_h_, clock_m_, noon, md_month, md_day, md_year,
         dm_day, dm_month, dm_year, wd_mod, weekday, relday, rel_mod, period, m_month, m_year,
         year_g) = m.groups()
        if iso:
            try:
                return "date", _dt.date.fromisoformat(iso).isoformat()
            except ValueError:
                return None
        if clock_h is not None or clock_h_ is not None:
            h = int(clock_h or clock_h_)
            mi = int(clock_m or clock_m_ or 0)
            ampm = (ampm or "").lower()
            if (h > 12 and ampm) or h > 23 or mi > 59:
                return None
            if ampm.startswith("p") and h < 12:
                h += 12
            elif ampm.startswith("a") and h == 12:
                h = 0
            return "time", f"{h:02d}:{mi:02d}"
        if noon:
            return "time", "12:00" if noon.lower() == "noon" else "00:00"
        month_name = md_month or dm_month
        if month_name:
            month = self._month_index(month_name)
            dom = int(md_day or dm_day)
            year_s = md_year or dm_year
            year = int(year_s) if year_s else (published.year if published else None)
            if year is None:
                return "date", f"--{month:02d}-{dom:02d}"
            try:
                return "date", _dt.date(year, month, dom).isoformat()
            except ValueError:
                return None
        if m_month:
            month = self._month_index(m_month)
            year = int(m_year) if m_year else (published.year if published else None)
            return "month", f"{year:04d}-{month:02d}" if year else None
        if weekday:
            wd = self.weekdays.index(weekday.lower())
            mod = (wd_mod or "").lower()
            if published is None:
                return "weekday", None
            delta = (published.weekday() - wd) % 7
            day = published - _dt.timedelta(days=delta)
            if mod in self.relative_periods and self.relative_periods[mod] > 0:
                day = published + _dt.timedelta(days=(wd - published.weekday()) % 7 or 7)
            elif mod in self.relative_periods and self.relative_periods[mod] < 0 and delta == 0:
                day -= _dt.timedelta(days=7)
            return "weekday", day.isoformat()
        if relday:
            if published is None:
                return "relative", None
            day = published + _dt.timedelta(days=self.relative_days[relday.lower()])
            return "relative", day.isoformat()
        if period:
            shift = self.relative_periods[rel_mod.lower()]
            if published is None:
                return "relative", None
            period = period.lower()
            if period == "week":
                week = (published + _dt.timedelta(weeks=shift)).isocalendar()
                return "relative", f"{week[0]:04d}-W{week[1]:02d}"
            if period == "month":
                idx = published.year * 12 + published.month - 1 + shift
                return "relative", f"{idx // 12:04d}-{idx % 12 + 1:02d}"
            return "relative", f"{published.year + shift:04d}"
        if year_g:
            return "date", year_g
        return None

    def _month_index(self, name: str) -> int:
        low = name.lower().rstrip(".")
        if low in self.months:
            return self.months.index(low) + 1
        return self.month_abbreviations.index(low[:3]) + 1


@attrs.frozen
class _Patterns:
    """The compiled form of a :class:`ClaimExtractor`'s vocabulary."""

    quantity: Any
    unit: Any
    duration: Any
    time: Any
    name: Any
    ascii: Mapping[Any, Any]
    """Each of the five patterns above -> its twin for ASCII texts (see
    :func:`_ascii_twin`; and for those where :func:`_twin_text` says), or itself."""
    enough_tokens: Any
    """Matches a span of at least ``min_words`` tokens (see :func:`_tokens_pattern`)."""
    quote_tokens: Any
    """Matches a span of at least :data:`_QUOTE_MIN_TOKENS` tokens."""
    name_token: Any
    number_token: Any
    lower_word: Any
    inner_name: Any
    opinion: Any
    opinion_words: tuple[str, ...] | None
    """The last word of each opinion cue (``None`` when a cue has no word)."""
    caption: Any
    boilerplate: tuple[str, ...]
    non_units: frozenset[str]
    year_units: frozenset[str]
    not_names: frozenset[str]
    person_titles: frozenset[str]
    connectors: frozenset[str]
    calendar: frozenset[str]
    demonyms: tuple[str, ...]
    org_cues: frozenset[str]
    place_cues: frozenset[str]
    place_preps: frozenset[str]
    speech_verbs: frozenset[str]
    value_hint: Any
    hint_kinds: Mapping[str, int]
    hint_words: tuple[tuple[int, tuple[str, ...]], ...]
    digit: Any
    starts: _StartWords | None
    words: _WordScan | None
    """Finds the words of ``starts`` and ``opinion_words`` (``None``: there are none)."""
    name_cache: dict[str, tuple[_Run, ...]]

    @classmethod
    def build(cls, x: ClaimExtractor) -> _Patterns:
        def alt(words: Iterable[str]) -> str:
            ws = sorted(set(words), key=len, reverse=True)
            return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ws)

        hedge = alt(x.hedges)
        numw = alt([*x.number_words, *x.scale_words])
        scale = alt(x.scale_words)
        word_number = rf"(?:(?:a|an)\s+)?(?:{numw})(?:(?:\s+and\s+|[\s-]+)(?:{numw}))*"
        digit_number = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,30})(?:\.\d{1,12})?(?![\d,]\d)"
        quantity = regex.compile(
            rf"(?i:(?<![\w-])(?P<hedge>(?:{hedge})\s+)?)"
            rf"(?P<cur>(?i:us)?[$€£])?\s?"
            rf"(?P<num>{digit_number}|(?i:(?<![\w-]){word_number}(?![\w-])))"
            rf"(?:\s*(?P<scale>(?i:{scale}))\b)?"
            r"(?:\s*(?P<pct>%|(?i:per\s?cent\b|percent\b|pct\b)))?",
        )
        lw = r"\p{Ll}[\p{Ll}-]{1,30}\b"
        # the look-behind starts a match only at the first blank of a run: linear even
        # when searched over long runs of blanks (it is used anchored, after a number)
        unit = regex.compile(rf"(?<![ \t])[ \t]+(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?(?P<unit>{lw})"
                             rf"(?:[ \t]+(?P<unit2>{lw})(?:[ \t]+(?P<unit3>{lw}))?)?")
        dunits = alt([*x.duration_units])
        # a bounded run of number words: a search over thousands of them with no unit after
        # them stays linear ("one hundred and twenty-three thousand" is 6 words)
        dur_num = rf"{digit_number}|(?:{numw})(?:[\s-]+(?:{numw})){{0,{_MAX_NUMBER_WORDS}}}|an?"
        duration = regex.compile(
            rf"(?i)(?<![\w-])(?P<hedge>(?:{hedge})\s+)?"
            rf"(?:(?P<halfan>half\s+an?)\s+|(?P<n>{dur_num})(?P<half1>\s+and\s+a\s+half)?"
            rf"\s*-?\s*)(?P<unit>{dunits})s?(?P<half2>\s+and\s+a\s+half)?(?![\w-])"
        )
        months = alt(_cased(x.months))
        mabbr = alt(_cased(x.month_abbreviations))
        month = rf"(?:{months}|(?:{mabbr})\.?)"
        weekdays = alt(_cased(x.weekdays))
        rel = alt(x.relative_periods)
        reldays = alt(x.relative_days)
        time = regex.compile(
            r"(?<![\w-])(?:"
            r"(?P<iso>\d{4}-\d{2}-\d{2})"
            r"|(?P<clock_h>\d{1,2})(?:[:.](?P<clock_m>\d{2}))?\s*"
            r"(?P<ampm>(?i:a\.\s?m\.|p\.\s?m\.|am\b|pm\b))"
            r"|(?P<clock_h24>(?P<clock_h_>[01]?\d|2[0-3]):(?P<clock_m_>[0-5]\d))(?!\d)"
            r"|(?P<noon>(?i:noon|midnight))"
            rf"|(?P<md_month>{month})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
            r"(?:,?\s+(?P<md_year>(?:1[89]|20)\d\d)(?!\d))?"
            rf"|(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{month})"
            r"(?:,?\s+(?P<dm_year>(?:1[89]|20)\d\d)(?!\d))?"
            rf"|(?:(?P<wd_mod>(?i:{rel}))\s+)?(?P<weekday>{weekdays})"
            rf"|(?P<relday>(?i:{reldays}))"
            rf"|(?P<rel_mod>(?i:{rel}))\s+(?P<period>(?i:week|month|year))"
            rf"|(?P<m_month>{months})(?:\s+(?P<m_year>(?:1[89]|20)\d\d)(?!\d))?"
            r"|(?P<year>(?:1[89]|20)\d\d)(?=\s*(?:[,.;:)]|$|\s+\p{Ll}))"
            r")(?![\w])"
        )
        conn = alt(x.name_connectors)
        tail = r"(?:\.(?=[ \t]+\p{Lu})|[\p{L}-]{0,40}(?:['’]\p{Ll}{1,2}(?!\w))?)"
        word = rf"\p{{Lu}}{tail}"
        # not after a word character or an apostrophe: the look-behind comes after the
        # first capital (and reads the character before it) so that a search with the
        # ASCII twin skips ahead to capitals
        name = regex.compile(
            rf"\p{{Lu}}(?<![\w’']\p{{Lu}}){tail}(?:[ \t]+(?:(?:{conn})[ \t]+)?{word}){{0,6}}"
        )
        starts = _StartWords.build(x, months, mabbr, weekdays)
        opinion_words = _last_words(x.opinion_cues)
        return cls(
            ascii={pat: _ascii_twin(pat) or pat for pat in (quantity, unit, duration, time, name)},
            quantity=_checked_groups(quantity, _QUANTITY_GROUPS), unit=unit,
            duration=_checked_groups(duration, _DURATION_GROUPS),
            time=_checked_groups(time, _TIME_GROUPS), name=name,
            enough_tokens=_tokens_pattern(x.min_words),
            quote_tokens=_tokens_pattern(_QUOTE_MIN_TOKENS),
            name_token=regex.compile(r"\p{L}[\p{L}-]*\.?(?:['’]\p{Ll}{1,2}(?!\w))?"),
            number_token=regex.compile(r"[a-z]+"),
            lower_word=regex.compile(r"(?<![\w’'-])\p{Ll}+(?![\w’'-])"),
            inner_name=regex.compile(r"(?<=[\p{Ll}\p{N},;][ \t]{1,10})\p{Lu}[\p{L}-]{0,40}"),
            opinion=regex.compile(rf"(?<!\w)(?:{alt(x.opinion_cues)})(?!\w)"),
            opinion_words=opinion_words,
            caption=regex.compile(r"\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,4}:[ \t]"),
            boilerplate=tuple(c.lower() for c in x.boilerplate_cues),
            non_units=frozenset(x.non_units) | frozenset(x.duration_units)
            | frozenset(f"{u}s" for u in x.duration_units),
            year_units=frozenset({"percent", "dollars", "euros", "pounds"}),
            not_names=frozenset(x.not_names),
            person_titles=frozenset(x.person_titles),
            connectors=frozenset(x.name_connectors),
            calendar=frozenset(x.months) | frozenset(x.weekdays)
            | frozenset(x.month_abbreviations),
            demonyms=tuple(x.demonym_suffixes),
            org_cues=frozenset(x.organisation_cues),
            place_cues=frozenset(x.place_cues),
            place_preps=frozenset(x.place_prepositions),
            speech_verbs=frozenset(x.speech_verbs),
            **_value_hint(x),
            starts=starts,
            words=_WordScan([*(starts.words if starts is not None else ()),
                             *(opinion_words or ())])
            if starts is not None or opinion_words else None,
            name_cache={},
        )


# ---------------------------------------------------------------------------- helpers

_QUANTITY, _DURATION, _TIME = 1, 2, 4
_QUANTITY_GROUPS = ("hedge", "cur", "num", "scale", "pct")
_DURATION_GROUPS = ("hedge", "halfan", "n", "half1", "unit", "half2")
_TIME_GROUPS = (
    "iso", "clock_h", "clock_m", "ampm", "clock_h24", "clock_h_", "clock_m_", "noon",
    "md_month", "md_day", "md_year", "dm_day", "dm_month", "dm_year", "wd_mod", "weekday",
    "relday", "rel_mod", "period", "m_month", "m_year", "year")
"""The groups of the value patterns, in order: the value parsers unpack
``match.groups()`` (see :func:`_checked_groups`)."""
_MAX_NUMBER_WORDS = 11
_NEVER, _OPINION, _PLAIN = 0, 1, 2
"""What :meth:`ClaimExtractor._gate` says of a sentence."""
_ALL_VALUES = _QUANTITY | _DURATION | _TIME


_TWIN_MARKS = "’‘“”«»—–…•€£"
"""Non-ASCII characters that no class of a twinned pattern holds (they are no letter,
digit, mark, word character nor white space, and uncased): a twin reads them as its
pattern does, as literals or through negated classes."""
_NOT_TWIN_TEXT = re.compile(f"[^\\x00-\\x7f{_TWIN_MARKS}]")


def _twin_text(text: str) -> bool:
    """Do the ASCII twins (see :func:`_ascii_twin`) match in ``text`` as their patterns
    do: is it ASCII but for :data:`_TWIN_MARKS`?"""
    return text.isascii() or _NOT_TWIN_TEXT.search(text) is None


_SAME: Mapping[Any, Any] = {}
"""No twins: ``_SAME.get(pattern, pattern)`` is the pattern itself."""

_ASCII_CLASSES = {r"\p{Lu}": "A-Z", r"\p{Ll}": "a-z", r"\p{L}": "A-Za-z", r"\p{N}": "0-9",
                  r"\s": r" \t\n\r\f\v"}
r"""The classes a pattern for ``regex`` may use, as they are on ASCII text (``re``'s
``\s`` also matches U+001C-U+001F); the other escapes mean the same in ``re`` there."""


def _ascii_twin(pattern: Any) -> re.Pattern[str] | None:
    r"""``pattern`` (for ``regex``) as a pattern for ``re`` that does the same on ASCII
    text, or ``None`` when it uses what this does not translate.

    On ASCII text the two engines agree on the escapes left as they are (``\w``, ``\d``,
    ``\b``), on case-insensitive matching of ASCII letters and on backtracking; an
    uncased non-ASCII character matches only itself in both. For plain words and the
    classes above, the standard library's engine is the faster one."""
    src = pattern.pattern
    if any(not c.isascii() and (c.lower() != c or c.upper() != c or c.casefold() != c)
           for c in src):
        return None  # (a cased non-ASCII character may match an ASCII one)
    out = []
    i, n = 0, len(src)
    in_class = False
    first = 0  # (a "]" right after "[" or "[^" is a member)
    while i < n:
        c = src[i]
        if c == "\\":
            for k, v in _ASCII_CLASSES.items():
                if src.startswith(k, i):
                    out.append(v if in_class else f"[{v}]")
                    i += len(k)
                    break
            else:
                if not src[i + 1:i + 2].isascii() or src[i + 1:i + 2] in "pPXGLNSmMKVZAzh":
                    return None
                out.append(src[i:i + 2])
                i += 2
            continue
        if in_class:
            in_class = not (c == "]" and i > first)
        elif c == "[":
            in_class = True
            first = i + 2 if src.startswith("^", i + 1) else i + 1
        elif c == "(" and src.startswith(("(?r", "(?V", "(?f", "(?w", "(?b", "(?e", "(?p"), i):
            return None
        out.append(c)
        i += 1
    try:
        twin = re.compile("".join(out))
    except re.error:
        return None
    if twin.groupindex != dict(pattern.groupindex) or twin.groups != pattern.groups:
        return None
    # (flags given to compile, not in the pattern, and those re lacks, are not translated)
    imsx = regex.I | regex.M | regex.S | regex.X
    if pattern.flags & ~(imsx | regex.U | regex.V0) or \
            pattern.flags & imsx != twin.flags & imsx:
        return None
    return twin


def _checked_groups(pattern: Any, names: tuple[str, ...]) -> Any:
    """``pattern``, checked to have exactly the groups ``names``, in this order (so that a
    change of a pattern's groups fails when it is compiled, not with wrong values)."""
    found = sorted(pattern.groupindex, key=pattern.groupindex.__getitem__)
    if pattern.groups != len(names) or tuple(found) != names:
        raise AssertionError(f"pattern groups changed: {found}")
    return pattern


def _value_hint(x: ClaimExtractor) -> dict[str, Any]:
    """The pattern that finds the words every value needs, and what each word can start.

    A digit can start a quantity or a time; a number word a quantity; a unit of time a
    duration (anywhere: "90minutes") or, for week/month/year, a relative date; a month,
    weekday, relative day, "noon" or "midnight" a time. Matching is case-insensitive and
    needs no word boundary after the word, so it finds a superset of what the value
    patterns can match.
    """
    kinds: dict[str, int] = {}

    def add(words: Iterable[str], kind: int) -> None:
        for w in words:
            kinds[w.lower()] = kinds.get(w.lower(), 0) | kind

    add(x.number_words, _QUANTITY)
    add(x.scale_words, _QUANTITY)
    add(x.duration_units, _DURATION)
    add(("week", "month", "year"), _TIME)
    add((*x.months, *x.month_abbreviations, *x.weekdays, *x.relative_days), _TIME)
    add(("noon", "midnight"), _TIME)
    kinds.update(dict.fromkeys("0123456789", _QUANTITY | _TIME))
    units = [u for u in kinds if kinds[u] & _DURATION]
    words = [w for w in kinds if not w.isdigit()]
    hint = regex.compile(r"\d|(?<!\p{L})(?i:\L<words>)|(?i:\L<units>)",
                         words=words, units=units)
    by_kind = tuple((k, _minimal_substrings([w for w in words if kinds[w] & k]))
                    for k in (_QUANTITY, _DURATION, _TIME))
    return {"value_hint": hint, "hint_kinds": kinds, "hint_words": by_kind,
            "digit": regex.compile(r"\d")}


def _last_words(phrases: Sequence[str]) -> tuple[str, ...] | None:
    """The last word of each phrase, or ``None`` when there is none or one has no word
    (then a pattern built from the phrases can match where none of the words is)."""
    out = [ws[-1] for ws in (ph.split() for ph in phrases) if ws]
    return tuple(dict.fromkeys(out)) if out and len(out) == len(phrases) else None


def _minimal_substrings(words: Sequence[str]) -> tuple[str, ...]:
    """The words that contain no other of the words ("jan" stands for "january" too)."""
    uniq = sorted(set(words), key=lambda w: (len(w), w))
    out: list[str] = []
    for w in uniq:
        if not any(v in w for v in out):
            out.append(w)
    return tuple(out)


# ------------------------------------------------------------- where values can start
#
# The three value patterns are slow to scan (a case-insensitive alternation tried at every
# word), so :meth:`ClaimExtractor.extract` finds, once per article, a superset of the
# offsets where a match can start, with plain substring searches on the lower-cased body,
# and emulates ``finditer`` by matching only there (:func:`_matches_at`). This is exact as
# long as lower-casing finds every spelling the case-insensitive patterns accept: true for
# ASCII word lists on text without "ſ" (which matches "s") and whose length lower() keeps
# (no "İ"); otherwise the patterns scan the whole sentence as before.

_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")
"""Characters (of the lower-cased body) that are always ``\\w`` or ``-``: no value pattern
can start right after one."""
_CURRENCY = "$€£"


@attrs.frozen
class _StartWords:
    """The lower-case words that anchor a value, for the start-offset search."""

    cased: Any
    """Months, their abbreviations and weekdays as the time pattern spells them (a pattern
    of literal words)."""
    digit_run: Any
    time_words: tuple[str, ...]
    periods: tuple[str, ...]
    relative: tuple[str, ...]
    numbers: tuple[str, ...]
    hedge_ends: tuple[str, ...]
    hedge_words: int
    hedge_heads: frozenset[str]
    """The first letters of the hedges."""
    duration_runs: int
    """The most runs of non-blanks a duration has before its unit of time: the hedge's
    words, a number of up to ``_MAX_NUMBER_WORDS + 1`` words, "and a half" and a lone
    dash ("ninety - minute")."""
    units: tuple[str, ...]
    number_ends: tuple[str, ...]

    @property
    def words(self) -> tuple[str, ...]:
        """The words whose every occurrence :meth:`ClaimExtractor._value_starts` needs."""
        return (*self.time_words, *self.periods, *self.numbers, *self.units)

    @classmethod
    def build(cls, x: ClaimExtractor, months: str, mabbr: str,
              weekdays: str) -> _StartWords | None:
        """The anchor words of ``x``, or ``None`` when its vocabulary needs full scans."""
        def single(words: Iterable[str]) -> tuple[str, ...]:
            return tuple(sorted({w.lower() for w in words}))

        def prefixes(words: tuple[str, ...]) -> tuple[str, ...]:
            # a word another of the words begins with finds that one's starts too
            return tuple(w for w in words if not any(w.startswith(v) and v != w
                                                     for v in words))

        numbers = single([*x.number_words, *x.scale_words])
        hedges = [h.lower().split() for h in x.hedges]
        out = cls(
            cased=_literals(_cased([*x.months, *x.month_abbreviations, *x.weekdays]))
            or regex.compile(rf"{months}|{mabbr}|{weekdays}"),
            digit_run=regex.compile(r"\d+"),
            time_words=prefixes(single(["noon", "midnight", *x.relative_days])),
            periods=("month", "week", "year"),
            relative=single(x.relative_periods),
            numbers=prefixes(numbers),
            hedge_ends=tuple(sorted({h[-1] for h in hedges if h})),
            hedge_words=max((len(h) for h in hedges), default=0),
            hedge_heads=frozenset(h[0][0] for h in hedges if h),
            duration_runs=max((len(h) for h in hedges), default=0) + _MAX_NUMBER_WORDS + 5,
            units=prefixes(single(x.duration_units)),
            number_ends=(*numbers, "a", "an", "half"),
        )
        words = [*out.time_words, *out.relative, *numbers, *out.units]
        plain = all(w.isascii() and w and not any(c.isspace() for c in w) for w in words)
        if not plain or not all(h and all(w.isascii() for w in h) for h in hedges):
            return None
        return out


def _literals(words: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern that finds any of ``words`` (without white space), or ``None``.

    For plain literal words the standard library's engine is several times faster than
    ``regex`` at scanning a whole body (it skips ahead on the words' first characters)."""
    if not words or any(not w or any(c.isspace() for c in w) for w in words):
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len,
                                                                 reverse=True)))


def _trie(words: Iterable[str]) -> str:
    """A pattern (for ``re``) of the non-empty ``words`` as a trie: at an offset it
    matches the longest of them that occurs there (the alternatives of a node start with
    different characters, and a word that goes on is tried before one that ends)."""
    tails: dict[str, list[str]] = {}
    for w in words:
        tails.setdefault(w[0], []).append(w[1:])
    alts = []
    for head, rest in sorted(tails.items()):
        longer = [t for t in rest if t]
        if not longer:
            alts.append(re.escape(head))
        else:
            alts.append(f"{re.escape(head)}(?:{_trie(longer)})"
                        + ("?" if len(longer) < len(rest) else ""))
    return "|".join(alts)


class _WordScan:
    """Every offset where each of a fixed set of words occurs in a text (overlapping
    occurrences too), found in one pass instead of one :func:`_find_all` per word.

    A search from one past each match's start visits, in order, every offset where one
    of the words occurs; the trie matches the longest one there, and the others there
    are the words it begins with."""

    __slots__ = ("_heads", "_search")

    def __init__(self, words: Iterable[str]) -> None:
        ws = sorted({w for w in words if w})
        # (the standard library's engine skips ahead on the words' first characters)
        self._search = re.compile(_trie(ws)).search if ws else None
        self._heads = {w: tuple(v for v in ws if w.startswith(v)) for w in ws}

    def positions(self, text: str) -> dict[str, list[int]]:
        """Word -> the offsets where it occurs in ``text`` (ascending; words that do not
        occur are left out): ``_find_all(text, word)`` for each of the words."""
        found: dict[str, list[int]] = {}
        search = self._search
        if search is None:
            return found
        heads = self._heads
        m = search(text)
        while m is not None:
            i = m.start()
            for word in heads[m.group()]:
                at = found.get(word)
                if at is None:
                    found[word] = [i]
                else:
                    at.append(i)
            m = search(text, i + 1)
        return found


def _find_all(text: str, word: str) -> list[int]:
    """Every offset where ``word`` occurs in ``text`` (overlapping occurrences too)."""
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _space_before(low: str, i: int) -> int:
    """The offset where the run of white space ending at ``i`` starts."""
    while i > 0 and low[i - 1].isspace():
        i -= 1
    return i


def _runs_before(low: str, i: int, n: int) -> int:
    """The start of the ``n``-th run of non-space characters before offset ``i``."""
    for _ in range(n):
        i = _space_before(low, i)
        while i > 0 and not low[i - 1].isspace():
            i -= 1
    return i


class _ValueStarts:
    """Sorted body offsets where a time or quantity can start, and where a duration's
    unit is (see :meth:`ClaimExtractor._value_starts`)."""

    __slots__ = ("anchors", "duration_runs", "durations", "mid_word", "quantities", "times")

    def __init__(self, times: list[int], quantities: list[int], durations: list[int],
                 mid_word: set[int], duration_runs: int) -> None:
        self.times = times
        self.quantities = quantities
        self.durations = durations
        self.mid_word = mid_word
        """Number words and hedges right after a word character: a quantity can start
        there only at the start of a claim."""
        self.duration_runs = duration_runs
        """:attr:`_StartWords.duration_runs`."""
        self.anchors = sorted({*times, *quantities, *durations, *mid_word})
        """All the offsets above: a claim that holds none of them (and does not start
        with a digit) has no value."""


_NO_VALUES: tuple[tuple[Duration, ...], tuple[TimeExpression, ...], tuple[Quantity, ...]] = (
    (), (), ())
_DURATION_TAIL = regex.compile(r"\w*+(?:(?<!\s)\s++\w++){0,3}+")
"""What a duration can read from the start of its unit of time on (the unit, a plural "s",
"and a half" and the character after them): the end of this match, plus one."""


def _starts_in(starts: list[int], lo: int, s: int, e: int, zero: bool) -> list[int]:
    """The offsets of ``starts`` in ``[s, e)``, relative to ``s`` (``lo``: the first at or
    after ``s``); with 0 first when ``zero``."""
    hi = bisect.bisect_left(starts, e, lo)
    rel = [i - s for i in starts[lo:hi]]
    if zero and (not rel or rel[0]):
        rel.insert(0, 0)
    return rel


def _matches_at(pattern: Any, text: str, starts: Iterable[int]) -> list[Any]:
    """``pattern.finditer(text)``, trying only ``starts`` (sorted): exact when every match
    of the pattern starts at one of them (the patterns never match the empty string)."""
    out: list[Any] = []
    cur = 0
    match = pattern.match
    for i in starts:
        if i >= cur:
            m = match(text, i)
            if m is not None:
                out.append(m)
                cur = m.end()
    return out


class _CharClass:
    """Membership of one character in a regular-expression class, with ASCII characters
    looked up in a set."""

    __slots__ = ("_ascii", "_match")

    def __init__(self, pattern: str) -> None:
        self._match = regex.compile(pattern).match
        self._ascii = frozenset(c for c in map(chr, range(128)) if self._match(c))

    def __contains__(self, char: str) -> bool:
        if char.isascii():
            return char in self._ascii
        return self._match(char) is not None


_LOWER_RUN = regex.compile(r"\p{Ll}+")
_WORD_EDGE = _CharClass(r"[\w’'-]")


class _LowerWords:
    """The words an article uses in lower case, as ``set(lower_word.findall(body))`` would
    hold them, but answered per word on demand (few words are ever asked about)."""

    __slots__ = ("_body", "_known")

    def __init__(self, body: str) -> None:
        self._body = body
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        # a match of the lower-word pattern is a run of lower-case letters with no word
        # character, apostrophe or hyphen on either side
        if word.isascii():
            if not (word.isalpha() and word.islower()):  # (for ASCII: [a-z]+)
                return False
        elif _LOWER_RUN.fullmatch(word) is None:
            return False
        body = self._body
        edge = _WORD_EDGE
        n = len(body)
        i = body.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or body[i - 1] not in edge) and (j == n or body[j] not in edge):
                return True
            i = body.find(word, i + 1)
        return False


class _InnerNames:
    """The capitalised words (lower case) an article uses inside a sentence, as
    ``{w.lower() for w in pattern.findall(body)}`` would hold them, but answered per word
    on demand when ``low`` (``body.lower()``) allows it (few words are ever asked about).

    A word is there when the pattern matches at one of its occurrences in ``low`` and ends
    where it ends: ``findall`` tries every such offset (a match is one run of letters and
    hyphens after blanks, so none starts inside another), and the match lowers to that
    slice of ``low`` when every character lowers to one and none by context (no capital
    sigma); otherwise the words are found with ``findall`` on the first question."""

    __slots__ = ("_body", "_known", "_low", "_pattern", "_words")

    def __init__(self, body: str, pattern: Any, low: str) -> None:
        self._body = body
        self._pattern = pattern
        self._low = low if len(low) == len(body) and "\u03a3" not in body else None
        self._words: set[str] | None = None
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if self._low is None or not isinstance(word, str):
            if self._words is None:
                self._words = {w.lower() for w in self._pattern.findall(self._body)}
            return word in self._words
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._find(word, self._low)
        return found

    def _find(self, word: str, low: str) -> bool:
        """Does a match of the pattern lower to ``word``?"""
        if not word:
            return False
        match = self._pattern.match
        body = self._body
        n = len(word)
        i = low.find(word)
        while i >= 0:
            m = match(body, i)
            if m is not None and m.end() == i + n:
                return True
            i = low.find(word, i + 1)
        return False


class _OpinionWords:
    """Where the last words of the opinion cues occur in an article, so that the claim
    gate asks one bisection per sentence instead of searching it for each word.

    Built from ``body.lower()`` when it has the body's length: then every character
    lowers to one, and a (lower-case, word-only) cue word occurs in a span's ``lower()``
    exactly where it occurs in that span of the lowered body."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, low: str, words: Iterable[str],
                 positions: Mapping[str, Sequence[int]] | None = None) -> None:
        # (positions: _WordScan.positions(low) of a scan that finds the words)
        found = sorted((i, i + len(w)) for w in set(words)
                       for i in (_find_all(low, w) if positions is None
                                 else positions.get(w, ())))
        self._starts = [a for a, _ in found]
        self._ends = [b for _, b in found]

    def within(self, s: int, e: int) -> bool:
        """Does one of the words occur inside ``[s, e)``?"""
        starts, ends = self._starts, self._ends
        k = bisect.bisect_left(starts, s)
        while k < len(starts) and starts[k] < e:
            if ends[k] <= e:
                return True
            k += 1
        return False


_OPEN_MARKS = "\"'“‘«„-–—• \t"
_CLOSE_MARKS = "\"'”’» \t,;:"


def _cased(words: Iterable[str]) -> list[str]:
    """Title-case and upper-case forms of names (months, weekdays are capitalised)."""
    return [f for w in words for f in (w.title(), w.upper())]


def _bare(word: str) -> str:
    """Lower case, without a possessive or a final full stop."""
    low = word.lower().rstrip(".")
    return low[:-2] if low[-2:] in ("’s", "'s") else low


_NAME_CACHE_SIZE = 50_000
"""Name matches memoised per extractor before the memo is emptied (bounds its memory)."""


class _Run:
    """One run of name tokens, analysed as far as its own words tell (offsets are into
    the name match it comes from)."""

    __slots__ = ("end", "kind", "last", "opener", "person", "start", "surname", "text",
                 "word")

    # (positional: one is made for every new name match)
    def __init__(self, start: int, end: int, text: str, word: str | None, opener: bool,
                 kind: EntityKind | None, last: str, person: bool,
                 surname: str | None, /) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.word = word
        """The (bare, lower-case) word of a one-word run."""
        self.opener = opener
        """A one-word plural ("Officials"): not a name when it opens the sentence."""
        self.kind = kind
        """Organisation or place when the words say so."""
        self.last = last
        self.person = person
        """Several words, or a title before the name: a person unless ``kind`` says."""
        self.surname = surname
        """The last word of a run of several words (a person's surname)."""


_Verdict = tuple[bool, EntityKind | None, str | None]
"""What a name run is wherever an article has it (given the article's known people and
words): whether it is a plural that is no name when it opens a sentence, and its kind and
canonical name (no kind: a person before a speech verb, else a place)."""

_MISSING: Any = object()
"""A dictionary default that no value equals."""

_Token = tuple[str, int, int, str]
"""A name token: its text, start and end (in the text searched) and its :func:`_bare`
form."""


_Names = list[tuple[int, int, tuple[_Run, ...]]]
"""The matches of the name pattern in a text: start, end and runs (maybe none)."""


_NAME_BEFORE = _CharClass(r"[\w’']")
"""What the name pattern does not start after."""
_WORD_CHAR = _CharClass(r"\w")


def _names_within(body: str, s: int, e: int, s0: int, e0: int,
                  runs: _Names) -> _Names | None:
    r"""The name matches of ``body[s:e]`` from those (``runs``) of the sentence
    ``body[s0:e0]`` around it, or ``None`` when they may differ.

    A match of the sentence inside the span is the span's match when no match crosses an
    end of the span and the characters around it do not change what the pattern does
    there: before it, one that it does not start after; after it, a word character (the
    ``(?!\w)`` after "’s" reads it) or a blank after a full stop (the initial's look-ahead
    reads it). Any other character the pattern reads after a match it would have made
    part of the match, which then crosses the end.
    """
    if s > s0 and body[s - 1] in _NAME_BEFORE:
        return None
    if e < e0 and (body[e] in _WORD_CHAR or (body[e] in " \t" and body[e - 1] == ".")):
        return None
    d, stop = s - s0, e - s0
    out: _Names = []
    for start, end, match_runs in runs:
        if end <= d:
            continue
        if start < d:
            return None
        if end > stop:
            if start < stop:
                return None
            break
        out.append((start - d, end - d, match_runs))
    return out


def _split_names(tokens: list[_Token], p: _Patterns) -> list[list[_Token]]:
    """Split a run of capitalised words at words that are never names ("Oster After")."""
    parts: list[list[_Token]] = [[]]
    for tok in tokens:
        low = tok[3]
        if low in p.connectors and tok[0].islower():
            parts[-1].append(tok)
        elif low in p.not_names or low in p.calendar:
            parts.append([])
        else:
            parts[-1].append(tok)
    out = []
    for part in parts:
        while part and part[0][0].lower() in p.connectors:
            part.pop(0)
        while part and part[-1][0].lower() in p.connectors:
            part.pop()
        if part:
            out.append(part)
    return out


def _unit_word(m: Any, value: float, non_units: frozenset[str]) -> tuple[str, int] | None:
    """The unit among the (up to three) lower-case words after a number, and where it ends.

    The words are read up to the first that cannot be part of a unit (a function word);
    the unit is the first plural-looking one among them when the number is not one
    ("12 tall ships", "200 homeless families"), else the first ("90 people gathered").
    """
    words: list[tuple[str, int]] = []
    for g in ("unit", "unit2", "unit3"):
        w = m.group(g)
        if w is None or w in non_units:
            break
        words.append((w, m.end(g)))
    if not words:
        return None
    if value != 1:
        for w, end in words:
            if _plural(w):
                return w, end
    return words[0]


def _plural(word: str) -> bool:
    """Looks like an English plural ("ships", "families"; not "homeless", "famous")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_TOKEN_HEAD = r"[\p{L}\p{N}]"
_TOKEN_TAIL = r"[\p{L}\p{N}’'.-]"
"""A token (a word or number, what the fragment tests count) is a letter or digit, then
any run of these."""


def _tokens_pattern(n: int) -> Any:
    r"""A pattern whose ``match(text, start, end)`` succeeds when ``text[start:end]`` holds
    at least ``n`` tokens, as ``finditer`` would split them: a token runs on as far as it
    can, and the next one starts at the next letter or digit. One anchored match with only
    possessive repeats (linear, no backtracking) instead of iterating over match objects.
    ``\G`` pins it to where the match starts, so even a ``search`` tries one place."""
    if n <= 0:
        return regex.compile("")
    return regex.compile(r"\G" + rf"[^\p{{L}}\p{{N}}]*+{_TOKEN_HEAD}{_TOKEN_TAIL}*+" * n)


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def _looks_like_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def _acronym(word: str) -> bool:
    if not word.isupper():  # fast path: a lower-case letter, or no cased letter at all
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _paragraph_spans(article: Article) -> list[tuple[int, int, bool, int | None]]:
    """The paragraphs' spans, whether each is a heading, and the shift that maps an offset
    in it to the input (``None``: ask :func:`_to_input` or :meth:`Article.to_input`)."""
    paras = article.paragraphs
    if not paras:
        return [(0, len(article.body), False, None)]
    # Article.to_input maps an offset through the last paragraph that starts at or before
    # it: that is the offset's own paragraph when each one ends before the next starts
    ordered = all(a.start <= a.end < b.start for a, b in itertools.pairwise(paras)) \
        and paras[-1].start <= paras[-1].end <= len(article.body)
    return [(p.start, p.end, p.kind == ParagraphKind.HEADING,
             p.input_start - p.start if ordered else None) for p in paras]


def _to_input(article: Article, offset: int) -> int:
    if not article.paragraphs:
        return offset if article.text == article.body else 0
    return article.to_input(offset)


def _people_index(article: Article) -> dict[str, str]:
    """Surname (lower case) -> canonical name, from the article's quote speakers."""
    out: dict[str, str] = {}
    for q in article.quotes:
        if q.speaker is not None and q.speaker.kind.value == "person":
            parts = q.speaker.name.split()
            if len(parts) >= 2:
                out.setdefault(parts[-1].lower(), q.speaker.name)
    return out


_QUOTE_WINDOW = 64  # quotes examined per sentence: enough for any real sentence, bounded cost
_QUOTE_MIN_TOKENS = 3
"""A claim narrows to the quoted part of its sentence when that part has this many tokens."""


def _claim_span(body: str, s: int, e: int, quotes: Sequence[Quote],
                p: _Patterns) -> tuple[int, int, Speaker | None, bool]:
    """Narrow a sentence to its quoted part when it is (part of) a quotation."""
    speaker: Speaker | None = None
    quoted = False
    best: Quote | None = None
    best_len = 0
    for q in quotes:  # quotes are few per article; sorted by start
        if q.start >= e:
            break
        if q.end <= s:
            continue
        inter = min(e, q.end) - max(s, q.start)
        if inter > best_len:
            best, best_len = q, inter
    if best is not None:
        speaker, quoted = best.speaker, True
        if best.kind != QuoteKind.MIXED:
            qs, qe = max(s, best.start), min(e, best.end)
            if p.quote_tokens.match(body, qs, qe):
                s, e = qs, qe
    s, e = _strip_marks(body, s, e)
    return s, e, speaker, quoted


def _strip_marks(body: str, s: int, e: int) -> tuple[int, int]:
    """``body[s:e]`` without the quotation marks, dashes and spaces around it."""
    while s < e and body[s] in _OPEN_MARKS:
        s += 1
    while e > s and body[e - 1] in _CLOSE_MARKS:
        e -= 1
    return s, e


(_C_TEXT, _C_START, _C_END, _C_INPUT_START, _C_INPUT_END, _C_SPEAKER, _C_SOURCE,
 _C_QUANTITIES, _C_DURATIONS, _C_TIMES, _C_ENTITIES) = _slot_setters(
    Claim, ("text", "start", "end", "input_start", "input_end", "speaker", "source",
            "quantities", "durations", "times", "entities"))
_E_TEXT, _E_KIND, _E_START, _E_END, _E_NAME = _slot_setters(
    EntityMention, ("text", "kind", "start", "end", "name"))


def _claim(text: str, start: int, end: int, input_start: int, input_end: int,
           speaker: Speaker | None, source: str, quantities: tuple[Quantity, ...],
           durations: tuple[Duration, ...], times: tuple[TimeExpression, ...],
           entities: tuple[EntityMention, ...]) -> Claim:
    """``Claim(...)`` for offsets known to be >= 0: an equal object, built without the
    validators (as :func:`geneva_corpus.model._paragraph` builds paragraphs)."""
    claim: Claim = object.__new__(Claim)
    _C_TEXT(claim, text)
    _C_START(claim, start)
    _C_END(claim, end)
    _C_INPUT_START(claim, input_start)
    _C_INPUT_END(claim, input_end)
    _C_SPEAKER(claim, speaker)
    _C_SOURCE(claim, source)
    _C_QUANTITIES(claim, quantities)
    _C_DURATIONS(claim, durations)
    _C_TIMES(claim, times)
    _C_ENTITIES(claim, entities)
    return claim


_Q_TEXT, _Q_VALUE, _Q_UNIT, _Q_APPROXIMATE, _Q_START, _Q_END, _Q_HEDGE = _slot_setters(
    Quantity, ("text", "value", "unit", "approximate", "start", "end", "hedge"))
_D_TEXT, _D_MINUTES, _D_APPROXIMATE, _D_START, _D_END = _slot_setters(
    Duration, ("text", "minutes", "approximate", "start", "end"))
_T_TEXT, _T_KIND, _T_VALUE, _T_START, _T_END = _slot_setters(
    TimeExpression, ("text", "kind", "value", "start", "end"))


def _quantity(text: str, value: float, unit: str | None, approximate: bool, start: int,
              end: int, hedge: str | None) -> Quantity:
    """``Quantity(...)`` for offsets >= 0, built like :func:`_claim`."""
    q: Quantity = object.__new__(Quantity)
    _Q_TEXT(q, text)
    _Q_VALUE(q, value)
    _Q_UNIT(q, unit)
    _Q_APPROXIMATE(q, approximate)
    _Q_START(q, start)
    _Q_END(q, end)
    _Q_HEDGE(q, hedge)
    return q


def _duration(text: str, minutes: float, approximate: bool, start: int, end: int) -> Duration:
    """``Duration(...)`` for offsets >= 0, built like :func:`_claim`."""
    d: Duration = object.__new__(Duration)
    _D_TEXT(d, text)
    _D_MINUTES(d, minutes)
    _D_APPROXIMATE(d, approximate)
    _D_START(d, start)
    _D_END(d, end)
    return d


def _time_expression(text: str, kind: str, value: str | None, start: int,
                     end: int) -> TimeExpression:
    """``TimeExpression(...)`` for offsets >= 0, built like :func:`_claim`."""
    t: TimeExpression = object.__new__(TimeExpression)
    _T_TEXT(t, text)
    _T_KIND(t, kind)
    _T_VALUE(t, value)
    _T_START(t, start)
    _T_END(t, end)
    return t


def _mention(text: str, kind: EntityKind, start: int, end: int,
             name: str | None) -> EntityMention:
    """``EntityMention(...)`` for an :class:`EntityKind` and offsets >= 0, built like
    :func:`_claim`."""
    mention: EntityMention = object.__new__(EntityMention)
    _E_TEXT(mention, text)
    _E_KIND(mention, kind)
    _E_START(mention, start)
    _E_END(mention, end)
    _E_NAME(mention, name)
    return mention


DEFAULT_EXTRACTOR = ClaimExtractor()
"""The default claim rule and vocabulary (patterns compiled at import)."""


def extract_claims(article: Article, extractor: ClaimExtractor | None = None) -> tuple[Claim, ...]:
    """The claims of ``article``: checkable statements with their typed parts.

    Claims inside a quotation or reported statement (``article.quotes``) carry the quote's
    speaker and ``source == "quote"``; the others are the outlet's (``speaker is None``).

    >>> from geneva_corpus.model import Article, Paragraph
    >>> body = "The Oda summit lasted about two hours. Was it worth it?"
    >>> art = Article(text=body, body=body, paragraphs=[Paragraph(body, "body", 0, len(body),
    ...               0, len(body))])
    >>> [(c.text, c.durations[0].minutes) for c in extract_claims(art)]
    [('The Oda summit lasted about two hours.', 120.0)]
    """
    return (extractor or DEFAULT_EXTRACTOR).extract(article)
