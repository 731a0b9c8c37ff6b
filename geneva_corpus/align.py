"""Cross-source alignment: which outlets state the same thing, in which words, and where
they disagree.

:class:`Corpus` aligns the quotes and claims of many articles at two levels:

* **statements** (:attr:`Corpus.groups`): quotes and claims that state the same thing —
  one quotation in several translations, one number reported by several outlets. Each
  :class:`AlignmentGroup` lists its members, the number of distinct articles, the wording
  variants side by side and the conflicts (quantities that disagree beyond their hedges,
  different speakers for one quotation, different dates).
* **stories** (:attr:`Corpus.stories`): articles that report one event, found by
  document similarity (names, numbers and rare words weigh most). A story group lists every
  sentence (and the title) of its articles.

Both levels are *blocked*: an item is only compared with groups that share one of its
rarest words, one of its numbers or its speaker, through an inverted index whose posting
lists are capped, so the cost grows about linearly with the corpus.

:meth:`Corpus.to_dict` lists the statement groups first and then the story groups
(``"level": "story"``); a consumer that wants "same statement" reads the ``statement``
groups, one that wants "same event" reads the ``story`` groups.
"""

from __future__ import annotations

import heapq
import math
import operator
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from ._sentences import split_sentences
from .claims import DEFAULT_EXTRACTOR
from .model import Article, Claim, Quote

__all__ = ["Aligner", "AlignmentGroup", "Conflict", "Corpus", "GroupMember", "Variant"]


@attrs.frozen
class GroupMember:
    """One quote, claim or sentence of one article inside a group."""

    source_path: str | None
    kind: str
    """``quote`` or ``claim`` (statement level); ``sentence`` or ``title`` (story level)."""
    text: str
    start: int | None
    """Offset into the article's body (``None`` for a title, which is not in the body)."""
    end: int | None
    speaker: str | None
    """Canonical speaker name, unified across the corpus; ``None`` for the outlet."""
    article: int
    """Index of the article in :attr:`Corpus.articles`."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"source_path": self.source_path, "kind": self.kind, "text": self.text,
                "start": self.start, "end": self.end, "speaker": self.speaker,
                "article": self.article}


@attrs.frozen
class Variant:
    """One wording of a group's statement and the members that use it."""

    text: str
    members: tuple[int, ...]
    """Indices into :attr:`AlignmentGroup.members`."""
    distinct_words: tuple[str, ...]
    """Words of this wording that the group's other wordings lack."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"text": self.text, "members": list(self.members),
                "distinct_words": list(self.distinct_words)}


@attrs.frozen
class Conflict:
    """A disagreement inside a group: ``quantity``, ``speaker`` or ``date``."""

    kind: str
    details: str
    members: tuple[int, ...]
    """Indices into :attr:`AlignmentGroup.members`."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"kind": self.kind, "details": self.details, "members": list(self.members)}


@attrs.frozen
class AlignmentGroup:
    """Quotes and claims of several articles that state the same thing (or, at the story
    level, sentences of articles that report one event)."""

    members: tuple[GroupMember, ...]
    sources: int
    """Number of distinct articles among the members."""
    variants: tuple[Variant, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    level: str = "statement"
    """``statement`` or ``story``."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"level": self.level, "members": [m.to_dict() for m in self.members],
                "sources": self.sources, "variants": [v.to_dict() for v in self.variants],
                "conflicts": [c.to_dict() for c in self.conflicts]}


_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself said says
say told tell according one two new also would could may might must shall us its it's
nearly roughly around approximately almost some estimated least
""".split())

_SYNONYMS: dict[str, str] = {
    "soldiers": "troops", "soldier": "troops", "forces": "troops", "troop": "troops",
    "answer": "response", "answers": "response", "reply": "response", "replies": "response",
    "responses": "response",
    "talks": "meeting", "talk": "meeting", "negotiations": "meeting", "meetings": "meeting",
    "killed": "dead", "died": "dead", "deaths": "dead", "death": "dead",
    "injured": "wounded", "hurt": "wounded", "arrested": "detained", "detained": "detained",
    "quake": "earthquake", "tremor": "earthquake",
}


@attrs.frozen
class Aligner:
    """Alignment settings and vocabulary (data; make variants with :func:`attrs.evolve`).

    >>> Aligner().statement_threshold
    0.42
    """

    statement_threshold: float = 0.42
    """Minimum similarity for a quote or claim to join a statement group."""
    cross_story_threshold: float = 0.7
    """Minimum similarity for statements of articles in different stories."""
    story_threshold: float = 0.11
    """Minimum average similarity for two stories to merge (average linkage)."""
    block_keys: int = 8
    """How many of an item's rarest words are used to look up candidate groups."""
    max_postings: int = 64
    """How many groups (the most recent) each blocking key looks at."""
    statement_candidates: int = 40
    """How many candidate groups (those sharing most blocking keys) an item is compared
    with."""
    representatives: int = 6
    """How many distinct wordings of a group a new item is compared with."""
    story_keys: int = 150
    """How many of an article's heaviest terms are used to find candidate articles."""
    story_candidates: int = 50
    """How many candidate articles (those sharing most terms) an article is compared with."""
    fingerprint_terms: int = 20
    """Articles whose ``fingerprint_terms`` heaviest words are the same are copies of one
    text: they count once in document frequencies."""
    name_weight: float = 3.0
    """Weight of capitalised words (names) in story similarity."""
    number_weight: float = 3.0
    """Weight of numbers and years in story similarity."""
    stem_length: int = 6
    """Words are compared on their first ``stem_length`` letters."""
    number_bonus: float = 0.25
    """Added to the similarity of two statements that report the same number or length."""
    number_penalty: float = 0.1
    """Subtracted when only one of two statements reports a number."""
    unit_bonus: float = 0.12
    """Added when two statements count the same thing (same unit) with different numbers."""
    speaker_bonus: float = 0.08
    """Added when both statements come from the same (canonical) speaker."""
    stopwords: frozenset[str] = _STOPWORDS
    synonyms: Mapping[str, str] = attrs.field(factory=lambda: dict(_SYNONYMS))
    """Words mapped to one representative before comparison (lower case)."""
    unit_classes: Mapping[str, str] = attrs.field(factory=lambda: {
        "soldiers": "troops", "forces": "troops", "troop": "troops", "soldier": "troops",
        "people": "people", "persons": "people", "percent": "percent"})
    """Units that count the same thing."""


_DEFAULT_ALIGNER = Aligner()
# a blank run is entered only at its start: linear on long runs of blanks
_NAME_TAIL = regex.compile(r",|(?<!\s)\s+(?:of|from|at|for)\s+|(?<!\s)\s+\(")
_WORD = regex.compile(r"\p{L}[\p{L}\p{N}'’-]*|\p{N}+(?:[.,]\p{N}+)*")


@attrs.frozen
class _Item:
    article: int
    kind: str
    text: str
    start: int | None
    end: int | None
    speaker: str | None
    stems: frozenset[str]
    numbers: tuple[tuple[float, str | None, bool], ...]
    minutes: tuple[float, ...]
    dates: tuple[tuple[str, str], ...]
    units: frozenset[str] = attrs.field(init=False)
    """Unit classes of the numbers (``minutes`` for durations), derived."""

    @units.default
    def _units_default(self) -> frozenset[str]:
        units = {u for _, u, _ in self.numbers if u is not None}
        if self.minutes:
            units.add("\0minutes")
        return frozenset(units)


@attrs.frozen
class Corpus:
    """Articles aligned at the statement and story levels.

    Build it with :meth:`from_articles` or :meth:`from_paths`; it is immutable.
    """

    articles: tuple[Article, ...]
    groups: tuple[AlignmentGroup, ...]
    """Statement groups (including single-article ones), most sources first."""
    stories: tuple[AlignmentGroup, ...] = ()
    """Story groups: articles reporting one event (only stories of two or more articles)."""
    speakers: Mapping[str, str] = attrs.field(factory=dict)
    """Every speaker name seen, mapped to its canonical name across the corpus."""

    @classmethod
    def from_articles(cls, articles: Iterable[Article],
                      aligner: Aligner | None = None) -> Corpus:
        """Align already parsed articles."""
        arts = tuple(articles)
        return _align(arts, aligner or _DEFAULT_ALIGNER)

    @classmethod
    def from_paths(cls, paths: Iterable[str | os.PathLike[str]],
                   aligner: Aligner | None = None) -> Corpus:
        """Read and parse article files (:func:`geneva_corpus.read_article`), then align."""
        from .pipeline import read_article  # lazy: the pipeline imports this package

        return cls.from_articles((read_article(p) for p in paths), aligner)

    @property
    def aligned(self) -> tuple[AlignmentGroup, ...]:
        """Statement groups reported by two or more articles."""
        return tuple(g for g in self.groups if g.sources > 1)

    def to_dict(self) -> dict[str, Any]:
        """``{"groups": [...]}``: statement groups, then story groups (``"level"``)."""
        return {"groups": [g.to_dict() for g in (*self.groups, *self.stories)],
                "articles": [a.source_path for a in self.articles],
                "speakers": dict(self.speakers)}

    def to_text(self) -> str:
        """A readable summary: each statement carried by several outlets, with its
        wording variants and conflicts, then the stories."""
        lines: list[str] = []
        multi = self.aligned
        lines.append(f"{len(self.articles)} articles, {len(multi)} statements in several "
                     f"articles, {len(self.stories)} stories")
        for n, g in enumerate(multi, 1):
            speakers = sorted({m.speaker for m in g.members if m.speaker})
            who = f" — {', '.join(speakers)}" if speakers else ""
            lines.append("")
            lines.append(f"[{n}] {g.sources} sources{who}")
            for v in g.variants:
                srcs = sorted({_label(g.members[i].source_path, g.members[i].article)
                               for i in v.members})
                lines.append(f"    {'; '.join(srcs)}: {v.text}")
            for c in g.conflicts:
                lines.append(f"    CONFLICT ({c.kind}): {c.details}")
        for n, s in enumerate(self.stories, 1):
            arts = sorted({_label(m.source_path, m.article) for m in s.members})
            lines.append("")
            lines.append(f"story {n}: {len(arts)} articles: {', '.join(arts)}")
        return "\n".join(lines) + "\n"


def _label(path: str | None, index: int) -> str:
    return os.path.basename(path) if path else f"article {index}"


# ---------------------------------------------------------------------------- items


def _stem(word: str, a: Aligner) -> str | None:
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    low = low.strip("'-")
    if not low or low in a.stopwords or any(c.isdigit() for c in low):
        return None
    low = a.synonyms.get(low, low)
    return low[: a.stem_length]


def _stems(text: str, a: Aligner, memo: dict[str, str | None] | None = None) -> frozenset[str]:
    out = set()
    cache: dict[str, str | None] = {} if memo is None else memo
    for m in _WORD.finditer(text):
        w = m.group()
        if w in cache:
            s = cache[w]
        else:
            s = cache[w] = _stem(w, a)
        if s is not None and len(s) > 1:
            out.add(s)
    return frozenset(out)


def _canonical_speakers(articles: Sequence[Article]) -> dict[str, str]:
    """Unify speaker names across articles: names of one surname whose first names agree
    map to their most frequent full form, so "Ana Oda", "Anna Oda" and "Oda" become one
    speaker, but "Marc Oda" stays another (a bare "Oda" goes to the most mentioned)."""
    names: Counter[str] = Counter()
    for art in articles:
        for spk in (*(q.speaker for q in art.quotes), *(c.speaker for c in art.claims)):
            if spk is not None and _is_name(spk.name):
                names[spk.name] += 1
    surnames = {n.split()[-1].lower() for n in names}
    for art in articles:  # full names of the same people, as mentioned in claims
        for c in art.claims:
            for e in c.entities:
                full = e.name or e.text
                parts = full.split()
                if e.kind.value == "person" and len(parts) >= 2 \
                        and parts[-1].lower() in surnames:
                    names[full] += 0
    by_surname: dict[str, Counter[str]] = defaultdict(Counter)
    base_of: dict[str, str] = {}
    for name, n in list(names.items()):
        base = _NAME_TAIL.split(name, maxsplit=1)[0].strip() or name
        base_of[name] = base
        parts = base.split()
        if parts:
            by_surname[parts[-1].lower()][base] += n
    out: dict[str, str] = {}
    best_of: dict[str, str] = {}
    for forms in by_surname.values():
        # full names of one surname are one person only when their first names agree
        # ("Ana Oda", "Anna Oda", "A. Oda"); "Ana Oda" and "Marc Oda" stay two people
        full_forms = sorted((f for f in forms if _first_name(f) is not None),
                      key=lambda f: (-forms[f], -len(f), f))
        people: list[list[str]] = []
        for f in full_forms:
            for person in people:
                if _same_first_name(_first_name(f) or "", _first_name(person[0]) or ""):
                    person.append(f)
                    break
            else:
                people.append([f])
        for person in people:
            for f in person:
                best_of[f] = person[0]
        # a bare surname (or "Minister Oda") goes to the most mentioned of those people
        if people:
            top = max(people, key=lambda ps: (sum(forms[f] for f in ps), ps[0]))[0]
        else:
            top = max(forms, key=lambda f: (forms[f], len(f), f))
        for f in forms:
            best_of.setdefault(f, top)
    for name, base in base_of.items():
        out[name] = best_of.get(base, base)
    return out


def _first_name(name: str) -> str | None:
    """The first name of a full name ("Ana Oda" -> "ana"; ``None`` for "Oda" or a title
    followed by a surname, "Minister Oda")."""
    parts = name.split()
    if len(parts) < 2:
        return None
    first = parts[0].lower().rstrip(".")
    if first in DEFAULT_EXTRACTOR.person_titles or not first:
        return None
    return first


def _same_first_name(a: str, b: str) -> bool:
    """First names of one person: equal, an initial of the other, or one letter apart
    with the same initial ("Ana"/"Anna")."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _is_name(name: str) -> bool:
    """A speaker name worth unifying: capitalised and not a pronoun ("They", "both")."""
    return bool(name) and name[0].isupper() and name.lower() not in _STOPWORDS \
        and name.lower() not in ("both", "they", "he", "she", "we", "it")


def _speaker_name(name: str, speakers: Mapping[str, str]) -> str | None:
    return speakers.get(name) if _is_name(name) else None


def _items(index: int, art: Article, speakers: Mapping[str, str], a: Aligner,
           memo: dict[str, str | None]) -> list[_Item]:
    items: list[_Item] = []
    claim_spans = [(c.start, c.end) for c in art.claims]
    for c in art.claims:
        items.append(_claim_item(index, c, speakers, a, memo))
    for q in art.quotes:
        if any(q.start < e and s < q.end for s, e in claim_spans):
            continue
        items.append(_quote_item(index, q, speakers, a, memo))
    return items


def _claim_item(index: int, c: Claim, speakers: Mapping[str, str], a: Aligner,
                memo: dict[str, str | None]) -> _Item:
    spk = _speaker_name(c.speaker.name, speakers) if c.speaker else None
    return _Item(
        article=index, kind="quote" if c.source == "quote" else "claim", text=c.text,
        start=c.start, end=c.end, speaker=spk, stems=_stems(c.text, a, memo),
        numbers=tuple((q.value, _unit_class(q.unit, a), q.approximate) for q in c.quantities),
        minutes=tuple(d.minutes for d in c.durations),
        dates=tuple((t.kind, t.value) for t in c.times
                    if t.value and t.kind in ("date", "weekday")))


def _quote_item(index: int, q: Quote, speakers: Mapping[str, str], a: Aligner,
                memo: dict[str, str | None]) -> _Item:
    spk = _speaker_name(q.speaker.name, speakers) if q.speaker else None
    return _Item(article=index, kind="quote", text=q.text, start=q.start, end=q.end,
                 speaker=spk, stems=_stems(q.text, a, memo), numbers=(), minutes=(), dates=())


def _unit_class(unit: str | None, a: Aligner) -> str | None:
    if unit is None:
        return None
    return a.unit_classes.get(unit, unit)


# ---------------------------------------------------------------------------- statements


def _close(x: float, y: float, approx: bool) -> bool:
    if x == y:
        return True
    return approx and abs(x - y) <= 0.1 * max(abs(x), abs(y))


def _shares_number(p: _Item, q: _Item) -> bool:
    for v1, u1, a1 in p.numbers:
        for v2, u2, a2 in q.numbers:
            if (u1 is None or u2 is None or u1 == u2) and _close(v1, v2, a1 or a2):
                return True
    return any(_close(m1, m2, True) for m1 in p.minutes for m2 in q.minutes)


def _shares_unit(p: _Item, q: _Item) -> bool:
    return not p.units.isdisjoint(q.units)


def _similarity(p: _Item, q: _Item, idf: Mapping[str, float], a: Aligner,
                sa: float, sb: float) -> float:
    """Similarity of two statements; ``sa``/``sb`` are their total word weights."""
    if not sa or not sb:
        return 0.0
    shared = p.stems & q.stems
    number = bool(p.numbers or p.minutes) and bool(q.numbers or q.minutes) \
        and _shares_number(p, q)
    if len(shared) < 2 and not number:
        return 0.0
    ss = sum(map(idf.__getitem__, shared))
    base = 0.5 * (2 * ss / (sa + sb) + ss / min(sa, sb))
    if p.speaker is not None and p.speaker == q.speaker:
        base += a.speaker_bonus
    if number:
        base += a.number_bonus
    elif _shares_unit(p, q):
        base += a.unit_bonus
    elif bool(p.numbers or p.minutes) != bool(q.numbers or q.minutes):
        base -= a.number_penalty
    return base


def _group_statements(items: Sequence[_Item], story_of: Sequence[int],
                      a: Aligner) -> list[list[int]]:
    """Leader clustering with blocking: each item is compared with the representatives of
    the groups found through its rarest words, numbers and speaker."""
    n = len(items)
    df: Counter[str] = Counter()
    for it in items:
        df.update(it.stems)
    idf = {s: math.log((n + 1) / (c + 0.5)) for s, c in df.items()}
    total = [sum(idf[s] for s in it.stems) for it in items]
    groups: list[list[int]] = []
    reps: list[list[int]] = []
    rep_texts: list[set[str]] = []
    rep_stories: list[set[int]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        keys = sorted(it.stems, key=lambda s: (df[s], s))[: a.block_keys]
        keys += [f"#{v:g}" for v, _, _ in it.numbers] + [f"@{m:g}" for m in it.minutes]
        hits: Counter[int] = Counter()
        for k in keys:
            hits.update(index.get(k, ())[-a.max_postings:])
        if len(hits) > a.statement_candidates:  # the groups sharing most keys
            cands = sorted(hits, key=lambda g: (-hits[g], -g))[: a.statement_candidates]
        else:
            cands = sorted(hits)
        story = story_of[it.article]
        best, best_g = 0.0, -1
        for g in cands:
            need = a.statement_threshold if story in rep_stories[g] \
                else a.cross_story_threshold
            for r in reps[g]:
                sim = _similarity(it, items[r], idf, a, total[i], total[r])
                if sim >= need and sim > best:
                    best, best_g = sim, g
        if best_g < 0:
            best_g = len(groups)
            groups.append([])
            reps.append([])
            rep_texts.append(set())
            rep_stories.append(set())
        groups[best_g].append(i)
        norm = " ".join(it.text.lower().split())
        if len(reps[best_g]) < a.representatives and norm not in rep_texts[best_g]:
            reps[best_g].append(i)
            rep_texts[best_g].add(norm)
            rep_stories[best_g].add(story)
        for k in keys:
            post = index[k]
            if not post or post[-1] != best_g:
                post.append(best_g)
            if len(post) > 4 * a.max_postings:
                del post[: len(post) - a.max_postings]
    return groups


# ---------------------------------------------------------------------------- stories


def _story_features(art: Article, a: Aligner) -> dict[str, float]:
    """Weighted terms of an article: numbers (two digits or more) and capitalised words
    that do not open a line (names) weigh more than other words."""
    feats: dict[str, float] = defaultdict(float)
    texts = [art.title or ""] + [art.body[p.start:p.end] for p in art.paragraphs] \
        if art.paragraphs else [art.title or "", art.body]
    counts: Counter[str] = Counter()
    firsts: list[str] = []
    for text in texts:
        for line in text.split("\n"):
            words = _WORD.findall(line)
            if words:
                firsts.append(words[0])
                counts.update(words[1:])
    stop = a.stopwords
    for w, n in (*counts.items(), *((f, 0) for f in firsts)):
        low = w.lower()
        if low in stop:
            continue
        first = n == 0
        weight = 1.0 if first else float(n)
        if w[0].isdigit():
            digits = w.replace(",", "").replace(".", "")
            if len(digits) >= 2:
                feats["#" + digits] += a.number_weight * weight
        elif w[0].isupper() and not first:
            feats[low[: a.stem_length]] += a.name_weight * weight
        else:
            feats[low[: a.stem_length]] += weight
    return feats


def _dot(u: Mapping[str, float], v: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors (iterates over the smaller one, in C)."""
    if len(u) > len(v):
        u, v = v, u
    shared = [w for w in u if w in v]
    return math.fsum(map(operator.mul, map(u.__getitem__, shared), map(v.__getitem__, shared)))


def _fingerprint(feats: Mapping[str, float], k: int) -> tuple[str, ...]:
    """The ``k`` heaviest word terms of an article (numbers aside): copies of one text
    (republished by several outlets, numbers or paragraph order changed) share it."""
    words = [w for w in feats if not w.startswith("#")]
    return tuple(sorted(heapq.nsmallest(k, words, key=lambda w: (-feats[w], w))))


def _story_vectors(articles: Sequence[Article],
                   a: Aligner) -> tuple[list[dict[str, float]], list[int]]:
    """Unit-length TF-IDF vectors and each article's copy class (articles with one
    fingerprint). Document frequencies count each copy class once, so a text republished
    by many outlets neither makes its words common nor makes its own words look shared;
    terms of one copy class only are dropped."""
    feats = [_story_features(art, a) for art in articles]
    fp_id: dict[tuple[str, ...], int] = {}
    counted: list[set[str]] = []
    copy_of: list[int] = []
    df: Counter[str] = Counter()
    for f in feats:
        c = fp_id.setdefault(_fingerprint(f, a.fingerprint_terms), len(fp_id))
        if c == len(counted):
            counted.append(set())
        copy_of.append(c)
        new = f.keys() - counted[c]
        counted[c].update(new)
        df.update(new)
    n = len(fp_id)
    vecs: list[dict[str, float]] = []
    for f in feats:
        v = {w: (1 + math.log(1 + c)) * math.log((n + 1) / df[w])
             for w, c in f.items() if df[w] >= 2}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    return vecs, copy_of


def _story_edges(vecs: Sequence[Mapping[str, float]], copy_of: Sequence[int],
                 a: Aligner) -> list[tuple[float, int, int]]:
    """Candidate pairs of articles with their cosine similarity, as heap entries
    ``(-similarity, i, j)``. Blocking: candidates share one of an article's heaviest terms
    (among the most recent postings of that term); those sharing most terms are compared,
    but at most two copies of any one text, since one link to a copy reaches them all."""
    postings: dict[str, list[int]] = defaultdict(list)
    edges: list[tuple[float, int, int]] = []
    for i, v in enumerate(vecs):
        top = heapq.nlargest(a.story_keys, v, key=v.__getitem__)
        shared: Counter[int] = Counter()
        for w in top:
            post = postings[w]
            shared.update(post[-a.max_postings:])
            post.append(i)
            if len(post) > 4 * a.max_postings:
                del post[: len(post) - a.max_postings]
        per_copy: Counter[int] = Counter()
        taken = 0
        for j, _ in shared.most_common(4 * a.story_candidates):
            per_copy[copy_of[j]] += 1
            if per_copy[copy_of[j]] > 2:
                continue
            s = _dot(v, vecs[j])
            if s >= a.story_threshold:
                edges.append((-s, j, i))
            taken += 1
            if taken >= a.story_candidates:
                break
    return edges


def _cluster_stories(articles: Sequence[Article], a: Aligner) -> list[int]:
    """Average-linkage clustering of articles, with candidate pairs from blocking.

    The average similarity of two clusters of unit vectors is the dot product of their sum
    vectors divided by the product of their sizes, so it is computed exactly from the sums
    (merged smaller into larger) rather than from the sparse candidate graph, which would
    dilute the links of large clusters. Merges are lazy: a heap entry whose cluster has
    since grown is re-evaluated only when it reaches the top (average linkage never makes a
    merged cluster closer to a third than the closer of its two parts was, except through
    pairs outside the candidate graph), so each merge costs the size of the smaller part.
    """
    n = len(articles)
    if n == 0:
        return []
    vecs, copy_of = _story_vectors(articles, a)
    heap = _story_edges(vecs, copy_of, a)
    heapq.heapify(heap)
    parent = list(range(n))
    sums: dict[int, dict[str, float]] = dict(enumerate(vecs))
    size = dict.fromkeys(range(n), 1)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    seen: set[tuple[int, int]] = set()

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    while heap:
        neg, i, j = heapq.heappop(heap)
        if -neg < a.story_threshold:
            break
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if (ri, rj) != (i, j):  # stale: one side has merged since; re-evaluate once
            key = (min(ri, rj), max(ri, rj))
            if key in seen:
                continue
            seen.add(key)
            s = _dot(sums[ri], sums[rj]) / (size[ri] * size[rj])
            if s >= a.story_threshold:
                heapq.heappush(heap, (-s, key[0], key[1]))
            continue
        big, small = (ri, rj) if len(sums[ri]) >= len(sums[rj]) else (rj, ri)
        vb = sums.pop(big)
        for w, x in sums.pop(small).items():
            vb[w] = vb.get(w, 0.0) + x
        c = len(parent)
        parent.append(c)
        parent[ri] = parent[rj] = c
        sums[c] = vb
        size[c] = size.pop(ri) + size.pop(rj)
        mb, ms = members.pop(big), members.pop(small)
        mb.extend(ms)
        members[c] = mb
    label = [0] * n
    for lab, ms in enumerate(sorted(members.values(), key=min)):
        for m in ms:
            label[m] = lab
    return label


# ---------------------------------------------------------------------------- assembly


def _align(articles: tuple[Article, ...], a: Aligner) -> Corpus:
    speakers = _canonical_speakers(articles)
    story_of = _cluster_stories(articles, a)
    items: list[_Item] = []
    memo: dict[str, str | None] = {}
    for i, art in enumerate(articles):
        items.extend(_items(i, art, speakers, a, memo))
    raw_groups = _group_statements(items, story_of, a)
    groups = [_make_group(articles, [items[i] for i in g]) for g in raw_groups]
    groups.sort(key=lambda g: (-g.sources, g.members[0].article, g.members[0].start or 0))
    stories = _make_stories(articles, story_of)
    return Corpus(articles=articles, groups=tuple(groups), stories=tuple(stories),
                  speakers=speakers)


def _member(articles: Sequence[Article], it: _Item) -> GroupMember:
    return GroupMember(source_path=articles[it.article].source_path, kind=it.kind,
                       text=it.text, start=it.start, end=it.end, speaker=it.speaker,
                       article=it.article)


def _make_group(articles: Sequence[Article], items: list[_Item]) -> AlignmentGroup:
    items = sorted(items, key=lambda it: (it.article, it.start or 0))
    members = tuple(_member(articles, it) for it in items)
    return AlignmentGroup(
        members=members, sources=len({it.article for it in items}),
        variants=_variants(items), conflicts=_conflicts(items), level="statement")


def _variants(items: Sequence[_Item]) -> tuple[Variant, ...]:
    by_text: dict[str, list[int]] = {}
    texts: dict[str, str] = {}
    for i, it in enumerate(items):
        key = " ".join(w.lower() for w in _WORD.findall(it.text))
        by_text.setdefault(key, []).append(i)
        texts.setdefault(key, it.text)
    words = {k: set(k.split()) for k in by_text}
    out = []
    for k, idx in by_text.items():
        others: set[str] = set()
        for k2, w2 in words.items():
            if k2 != k:
                others |= w2
        distinct = tuple(w for w in dict.fromkeys(k.split()) if w not in others) \
            if len(by_text) > 1 else ()
        out.append(Variant(text=texts[k], members=tuple(idx), distinct_words=distinct))
    return tuple(out)


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,g}"


def _conflicts(items: Sequence[_Item]) -> tuple[Conflict, ...]:
    out: list[Conflict] = []
    # quantities: same unit class, values apart beyond the hedges
    by_unit: dict[str | None, list[tuple[int, float, bool]]] = defaultdict(list)
    for i, it in enumerate(items):
        for v, u, ap in it.numbers:
            if u is not None:
                by_unit[u].append((i, v, ap))
    for unit, vals in by_unit.items():
        if len({items[i].article for i, _, _ in vals}) < 2:
            continue
        clusters: list[list[tuple[int, float, bool]]] = []
        for x in sorted(vals, key=lambda t: t[1]):
            if clusters and any(_close(x[1], y[1], x[2] or y[2]) for y in clusters[-1]):
                clusters[-1].append(x)
            else:
                clusters.append([x])
        if len(clusters) > 1:
            details = " vs ".join(
                f"{_fmt(c[0][1])} {unit}" + (" (approx.)" if any(t[2] for t in c) else "")
                for c in clusters)
            out.append(Conflict("quantity", details,
                                tuple(sorted({i for c in clusters for i, _, _ in c}))))
    minutes = [(i, m) for i, it in enumerate(items) for m in it.minutes]
    ms = sorted({m for _, m in minutes})
    if len(ms) > 1 and not all(_close(ms[0], m, True) for m in ms):
        out.append(Conflict("quantity", " vs ".join(f"{_fmt(m)} minutes" for m in ms),
                            tuple(sorted({i for i, _ in minutes}))))
    spk = {it.speaker for it in items if it.speaker and it.kind == "quote"}
    if len(spk) > 1:
        out.append(Conflict("speaker", " vs ".join(sorted(spk)),
                            tuple(i for i, it in enumerate(items)
                                  if it.speaker and it.kind == "quote")))
    dates = sorted({v for it in items for k, v in it.dates if k == "date"})
    if len(dates) > 1:
        out.append(Conflict("date", " vs ".join(dates),
                            tuple(i for i, it in enumerate(items)
                                  if any(k == "date" for k, _ in it.dates))))
    return tuple(out)


def _make_stories(articles: Sequence[Article], story_of: Sequence[int]) -> list[AlignmentGroup]:
    by_story: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(story_of):
        by_story[s].append(i)
    out = []
    for arts in by_story.values():
        if len(arts) < 2:
            continue
        members: list[GroupMember] = []
        for i in arts:
            art = articles[i]
            if art.title:
                members.append(GroupMember(art.source_path, "title", art.title, None, None,
                                           None, i))
            spans = [(p.start, p.end) for p in art.paragraphs] or [(0, len(art.body))]
            for ps, pe in spans:
                for s, e in split_sentences(art.body, ps, pe):
                    members.append(GroupMember(art.source_path, "sentence", art.body[s:e],
                                               s, e, None, i))
        out.append(AlignmentGroup(members=tuple(members), sources=len(arts), level="story"))
    return out
