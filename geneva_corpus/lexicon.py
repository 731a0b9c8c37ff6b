"""The word tables behind quotation extraction and speaker attribution.

Every rule of :mod:`geneva_corpus.quotes` that depends on vocabulary reads it from a
:class:`Lexicon`: speech verbs, "according to" phrases, role nouns and titles,
organisation and group nouns, news agencies, countries and their adjectives. The tables
are plain data. Extend them without editing the library::

    >>> from geneva_corpus.lexicon import Lexicon
    >>> lex = Lexicon().with_speech_verbs("thunder")
    >>> "thundered" in lex.verb_forms()
    True
    >>> "thunder" in Lexicon().speech_verbs
    False

A :class:`Lexicon` is frozen; the ``with_*`` methods return a new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = [
    "DEFAULT_LEXICON",
    "Lexicon",
    "inflect_verb",
]


def _norm(words: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in words if w and w.strip())


_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "hold": ("hold", "holds", "held", "holding"),
    "make": ("make", "makes", "made", "making"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "retweet": ("retweet", "retweets", "retweeted", "retweeting"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "prophesy": ("prophesy", "prophesies", "prophesied", "prophesying"),
    "teach": ("teach", "teaches", "taught", "teaching"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "bet": ("bet", "bets", "betting"),
    "go": ("go", "goes", "went", "gone", "going"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    "put": ("put", "puts", "putting"),
}

# verbs of more than one syllable (or spelt with "qu") that double their final consonant;
# one-syllable verbs ending in a vowel and a consonant ("snap", "dub") double theirs by rule
_DOUBLE_FINAL = frozenset({"admit", "commit", "omit", "regret", "submit", "quip", "refer"})


_ONE_SYLLABLE_CVC = re.compile(r"\A[^aeiou]*[aeiou][^aeiouwxy]\Z")


def inflect_verb(lemma: str) -> tuple[str, ...]:
    """The forms of an English verb (base, -s, past, -ing), lower case.

    Irregular verbs come from a small table, the rest follow the regular rules.
    Multi-word verbs ("point out") inflect their first word. A verb ending in a
    single vowel and "l" has its British forms too ("labelled", "labelling").

    >>> inflect_verb("stress")
    ('stress', 'stresses', 'stressed', 'stressing')
    >>> inflect_verb("point out")
    ('point out', 'points out', 'pointed out', 'pointing out')
    >>> inflect_verb("snap")
    ('snap', 'snaps', 'snapped', 'snapping')
    >>> inflect_verb("label")
    ('label', 'labels', 'labeled', 'labeling', 'labelled', 'labelling')
    """
    lemma = " ".join(lemma.lower().split())
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in _IRREGULAR:
        return tuple(f + tail for f in _IRREGULAR[head])
    if head.endswith(("s", "sh", "ch", "x", "z")):
        third = head + "es"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou":
        past, ing = head[:-1] + "ied", head + "ing"
    elif head in _DOUBLE_FINAL or _ONE_SYLLABLE_CVC.fullmatch(head):
        past, ing = head + head[-1] + "ed", head + head[-1] + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    forms: tuple[str, ...] = (head, third, past, ing)
    if len(head) > 3 and head[-1] == "l" and head[-2] in "aeiou" and head[-3] not in "aeiou":
        forms += (head + "led", head + "ling")  # (British spelling)
    return tuple(f + tail for f in forms)


# Verbs that introduce speech with or without "that": "X said the talks ...".
_BARE_VERBS = (
    "say", "tell", "add", "write", "tweet", "insist", "argue", "claim", "warn", "contend",
    "note", "stress", "assert", "explain", "predict", "suggest",
    "acknowledge", "admit", "concede", "complain", "reiterate", "emphasize", "emphasise",
    "caution", "allege", "boast", "concur", "point out", "retort",
)
# Verbs that report speech only with a "that" clause or a quotation.
_THAT_VERBS = (
    "criticize", "criticise", "remind", "reveal", "disclose", "estimate", "deny",
    "testify", "demand", "urge", "ask", "assure", "inform", "concede", "stress",
    "hint", "indicate", "signal", "specify", "clarify", "underline", "underscore",
    "highlight", "reason", "speculate", "charge", "accuse", "lament", "scoff", "quip",
    "muse", "shout", "exclaim", "whisper", "recount", "acknowledge", "conclude",
    "forecast", "guarantee", "swear", "rule", "find", "show",
    "proclaim", "insinuate", "recommend", "propose", "brag", "believe", "think",
    "recall", "observe", "remark", "answer", "comment", "counter", "state", "report",
    "post", "retweet", "repeat", "mention", "vow", "promise", "pledge", "joke",
    "confirm", "announce", "reply", "respond", "declare", "affirm", "maintain",
    "opine", "posit", "surmise", "theorize", "theorise", "hypothesize", "hypothesise",
    "imply", "elaborate",
)
# Verbs that count as speech only when their complement carries a quotation:
# "She called the plan “reckless”".
_QUOTE_VERBS = (
    "call", "describe", "dub", "label", "brand", "term", "ask", "begin", "conclude",
    "continue",
    "chant", "sing", "yell", "cry", "scream", "laugh", "sigh", "snap", "shoot back",
    "fire back", "hit back", "quip", "interject", "interrupt", "go on", "chime in", "put it", "read",
    "thank", "mouth", "bark", "cry out", "wonder", "marvel", "groan", "gush",
)
# Verbs of stance or belief: they attribute a view to their subject only before a "that"
# clause or a clause that plainly is one ("Analysts fear the deal will collapse").
_STANCE_VERBS = (
    "hope", "fear", "expect", "worry", "doubt", "suspect", "agree", "believe",
    "think", "predict", "warn", "realize", "realise", "recognize", "recognise",
)
# Verbs of intention or demand whose "to" infinitive is the attributed content ("The
# mayor hopes to close the bridge", "She vowed to fight on"); a "that" clause works too.
# Verbs that mostly describe plans or deeds rather than words ("want", "plan", "seek",
# "refuse") are left out: they attribute too little to be worth their false alarms.
# "decline" is in: "declined to comment" is how news reports a refusal to speak.
_INTENT_VERBS = (
    "hope", "promise", "vow", "pledge", "threaten", "intend", "decline",
)
# Verbs whose noun-phrase object is the attributed content: "criticized the new tax",
# "accused the council of lying", "urged voters to stay home", "called for a recount".
# They report speech with a "that" clause too; without one, their object is an indirect
# quote. Verbs listed in another table keep that table's class for their clauses.
_OBJECT_VERBS = (
    "criticize", "criticise", "accuse", "urge", "deny", "propose", "announce",
    "call for", "call on", "praise", "blame", "condemn", "denounce", "defend", "reject",
    "dismiss", "endorse", "demand", "question", "predict", "promise", "describe",
    "welcome", "applaud", "slam", "decry", "lament", "cite", "recommend", "dispute",
    "rule out", "acknowledge", "concede", "reveal", "disclose", "confirm", "mention",
    "discuss", "express", "tout", "hail", "mock", "ridicule", "warn of", "warn against",
    "talk about", "speak about", "speak of", "refer to", "point to", "voice", "blast",
    "bash", "rail against", "lash out at", "push for", "argue for", "weigh in on",
    "congratulate", "castigate", "rebut",
)
# Verbs by which a document, a poll or a recording shows its content: after a source
# noun ("A harbour poll shows the mayor ahead", "The footage showed a tug listing")
# whatever follows up to the end of the clause is reported, clause or not. They report
# nothing by themselves: list them in a verb table too.
_EVIDENCE_VERBS = ("show", "find")
# Verbs that say what someone called someone, without quotation marks: their small
# clause ("called him divisive", "labels herself a centrist") is the attributed content.
_NAMING_VERBS = ("call", "label", "brand")
# Adjectives that, with their preposition, describe a source by what it knows or whom it
# is near: "a source familiar with the talks said", "people close to the mayor say".
_SOURCE_ADJECTIVES = (
    "familiar with", "close to", "knowledgeable about", "knowledgeable of", "briefed on",
    "privy to",
)
# Cues of the form "made it clear that".
_PHRASE_CUES = (
    "made it clear", "made clear", "makes it clear", "makes clear", "has made it clear",
    "made the case", "pointed out", "points out", "went on to say", "was quoted as saying",
    "is quoted as saying", "were quoted as saying", "expressed hope", "expressed confidence",
)
_ACCORDING_TO = (
    "according to", "as reported by", "in the words of", "citing", "quoting",
    "as quoted by", "as told to",
)
# Verbs that report a question: "asked whether ..." is an indirect quote.
_QUESTION_VERBS = ("ask", "wonder", "question", "inquire", "enquire")
# Speech verbs whose base and -s forms are also common nouns ("the new rules", "a
# strong signal", "battleground state"): as verbs they need a subject that can only be a
# speaker (a pronoun, a known name, a role, an organisation).
_NOUN_VERBS = (
    "state", "rule", "signal", "report", "claim", "comment", "answer", "post", "counter",
    "show", "find", "charge", "demand", "promise", "pledge", "estimate", "forecast",
    "reply", "reason", "note", "remark", "vow", "joke", "quip", "tweet", "call", "label",
    "term", "brand", "question", "concern", "guarantee", "hint", "muse", "shout",
    "whisper", "boast", "caution", "ask", "order", "plan", "sigh", "laugh",
    "cry", "snap", "chant", "retweet", "speculate", "conclude", "highlight", "underline",
    "stress", "reveal", "record", "retort",
)
# Nouns that own a following "that" clause ("denied the report that ...", "rejected
# the idea that ..."): the clause states the noun's content, not what the subject said.
# After a possessive ("repeated his claim that ...") the clause is the subject's own.
_CONTENT_NOUNS = (
    "report", "reports", "claim", "claims", "idea", "notion", "suggestion", "suggestions",
    "allegation", "allegations", "accusation", "accusations", "charge", "charges",
    "rumor", "rumors", "rumour", "rumours", "assertion", "assertions", "assumption",
    "premise", "theory", "perception", "impression", "speculation", "characterization",
    "characterisation", "narrative", "argument", "contention", "insinuation", "implication",
    "criticism", "view", "belief", "fact", "news", "possibility", "prospect", "fear",
    "fears", "concern", "concerns", "hope", "hopes", "evidence", "sense", "feeling",
)
# Verbs that mark a report by a news outlet rather than the speaker's own words.
_REPORTING_VERBS = ("report", "write", "cite", "quote")

_ROLE_NOUNS = (
    "president", "vice president", "president-elect", "prime minister", "premier",
    "chancellor", "secretary of state", "secretary-general", "secretary general",
    "secretary", "state secretary", "foreign minister", "defence minister",
    "defense minister", "interior minister", "finance minister", "deputy foreign minister",
    "minister", "deputy minister", "foreign secretary", "home secretary",
    "defense secretary", "defence secretary", "press secretary", "undersecretary",
    "under secretary", "assistant secretary", "deputy secretary", "ambassador", "envoy",
    "diplomat", "counterpart", "senator", "sen.", "representative", "rep.",
    "congressman", "congresswoman", "lawmaker", "legislator", "governor", "gov.", "mayor",
    "speaker", "majority leader", "minority leader", "leader", "chairman", "chairwoman",
    "chair", "chairperson", "chief", "chief executive", "ceo", "director", "head",
    "spokesman", "spokeswoman", "spokesperson", "press officer", "official", "adviser",
    "advisor", "aide", "strategist", "candidate", "nominee", "frontrunner",
    "front-runner", "challenger", "rival", "opponent", "incumbent", "commissioner",
    "attorney general", "attorney", "lawyer", "judge", "justice", "prosecutor",
    "general", "gen.", "admiral", "commander", "colonel", "col.", "lieutenant",
    "lt.", "sergeant", "officer", "analyst", "expert", "specialist", "consultant", "economist", "professor",
    "prof.", "researcher", "scientist", "pollster", "historian", "author", "columnist",
    "reporter", "correspondent", "journalist", "editor", "anchor", "host", "manager",
    "campaign manager", "founder", "co-founder", "owner", "executive", "businessman",
    "businesswoman", "activist", "organizer", "organiser", "king", "queen", "prince",
    "princess", "pope", "cardinal", "bishop", "rabbi", "imam", "pastor", "reverend",
    "rev.", "dr.", "doctor", "mr.", "mrs.", "ms.", "miss", "sir", "dame", "lord",
    "lady", "mp", "mep", "deputy", "delegate", "negotiator", "mediator", "coordinator",
    "representative", "chief of staff", "councillor", "councilor", "councilman",
    "councilwoman", "sheriff", "police chief", "superintendent", "inspector", "auditor",
    "treasurer", "comptroller", "controller", "clerk", "witness", "resident", "voter",
    "supporter", "critic", "member", "colleague", "partner", "friend", "wife",
    "husband", "son", "daughter", "father", "mother", "brother", "sister",
)
_ORG_HEADS = (
    "ministry", "department", "agency", "office", "committee", "commission", "council",
    "panel", "jury",
    "government", "administration", "cabinet", "parliament", "congress", "senate",
    "assembly", "court", "campaign", "party", "police", "army", "military", "navy",
    "embassy", "consulate", "mission", "delegation", "service", "bureau", "board",
    "authority", "authorities", "union", "federation", "association", "institute",
    "foundation", "center", "centre", "group", "company", "corporation", "firm", "bank",
    "organization", "organisation", "alliance", "coalition", "network", "newspaper",
    "news agency", "channel", "station", "broadcaster", "outlet", "magazine", "website",
    "paper", "times", "post", "journal", "tribune", "herald", "news", "kremlin",
    "white house", "pentagon", "state department", "foreign office", "secretariat",
    "presidency", "regime", "team", "staff", "spokesman's office", "press office",
    "university", "school", "hospital", "court", "tribunal", "prosecutor's office",
    "nato", "un", "eu", "osce", "who", "imf",
)
_SOURCE_NOUNS = (
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
    "analysis", "statement", "document", "documents", "data", "figures", "records",
    "memo", "letter", "filing", "complaint", "lawsuit", "indictment", "ruling", "review",
    "audit", "investigation", "estimate", "estimates", "research", "census", "transcript",
    "release", "press release", "communique", "communiqué", "source", "sources",
    "media report", "media reports", "reports", "website", "post", "tweet", "ad",
    "advertisement", "video", "footage", "book", "article", "editorial", "op-ed",
    "email", "emails", "photo", "photos", "image", "images", "message", "messages",
    "results", "numbers", "projections",
)
_GROUP_NOUNS = (
    "officials", "experts", "analysts", "diplomats", "lawmakers", "legislators",
    "groups", "organizations", "organisations", "unions", "parties", "politicians",
    "investors", "companies", "firms", "lobbyists", "pundits", "operatives", "hopefuls",
    "independents", "millennials", "attendees", "moderators", "representatives",
    "senators", "leaders", "observers", "critics", "supporters", "opponents", "voters",
    "residents", "witnesses", "protesters", "protestors", "activists", "democrats",
    "republicans", "conservatives", "liberals", "progressives", "economists", "scientists",
    "researchers", "investigators", "prosecutors", "authorities", "sources", "aides",
    "advisers", "advisors", "members", "delegates", "countries", "nations", "states",
    "governments", "allies", "partners", "people", "americans", "citizens", "workers",
    "parents", "students", "teachers", "doctors", "police", "officers", "soldiers",
    "troops", "organizers", "organisers", "spokesmen", "spokespeople", "ministers",
    "candidates", "rivals", "insiders", "strategists", "pollsters", "historians",
    "commentators", "journalists", "reporters", "editors", "employees", "executives",
    "donors", "backers", "fans", "others", "many", "some", "both", "most", "several",
    "all", "few", "majority", "minority", "plurality", "percent", "side", "sides",
    "camp", "west", "east", "respondents", "participants", "half", "third", "thirds",
    "quarter", "surveyed", "polled", "questioned", "interviewed",
    "advocates", "campaigners", "proponents", "skeptics", "sceptics", "detractors",
    "lawyers", "attorneys", "demonstrators", "veterans", "farmers", "nurses",
)
_MEDIA = (
    "reuters", "ap", "associated press", "afp", "agence france-presse",
    "agence france presse", "interfax", "tass", "itar-tass", "ria novosti", "ria",
    "xinhua", "dpa", "ansa", "efe", "kyodo", "yonhap", "bloomberg", "upi", "cnn", "bbc",
    "nbc", "abc", "cbs", "fox news", "msnbc", "npr", "pbs", "al jazeera",
    "anadolu agency", "anadolu", "politico", "axios", "the new york times",
    "new york times", "the washington post", "washington post", "the wall street journal",
    "wall street journal", "usa today", "the guardian", "guardian", "the times",
    "financial times", "le monde", "der spiegel", "spiegel", "kommersant", "izvestia",
    "nastoyashee vremya", "the hill", "breitbart", "huffpost", "huffington post",
    "buzzfeed", "vox", "the atlantic", "newsweek", "time", "the economist",
)
_COUNTRIES = (
    "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "belarus", "belgium", "bosnia", "brazil", "britain", "bulgaria",
    "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus",
    "czech republic", "czechia", "denmark", "egypt", "estonia", "ethiopia", "finland",
    "france", "georgia", "germany", "greece", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
    "kazakhstan", "kenya", "korea", "north korea", "south korea", "kosovo", "kuwait",
    "latvia", "lebanon", "libya", "lithuania", "luxembourg", "mexico", "moldova",
    "montenegro", "morocco", "netherlands", "new zealand", "nigeria", "norway",
    "pakistan", "palestine", "poland", "portugal", "qatar", "romania", "russia",
    "saudi arabia", "serbia", "slovakia", "slovenia", "somalia", "south africa",
    "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "thailand", "tunisia", "turkey", "turkmenistan", "ukraine", "united kingdom",
    "united states", "us", "u.s.", "usa", "uk", "u.k.", "america", "uzbekistan",
    "venezuela", "vietnam", "yemen", "moscow", "washington", "kyiv", "kiev", "beijing",
    "london", "paris", "berlin", "brussels", "tehran", "ankara", "tokyo", "the west",
    "west", "europe", "european union", "nato", "eu", "un", "united nations", "osce",
)
_DEMONYMS = (
    "us", "u.s.", "american", "russian", "ukrainian", "british", "french", "german",
    "chinese", "japanese", "italian", "spanish", "polish", "turkish", "iranian", "iraqi",
    "israeli", "palestinian", "syrian", "egyptian", "indian", "pakistani", "afghan",
    "canadian", "mexican", "brazilian", "australian", "swiss", "swedish", "norwegian",
    "danish", "finnish", "dutch", "belgian", "austrian", "hungarian", "czech", "slovak",
    "romanian", "bulgarian", "serbian", "croatian", "greek", "belarusian", "georgian",
    "armenian", "azerbaijani", "kazakh", "lithuanian", "latvian", "estonian",
    "moldovan", "korean", "north korean", "south korean", "saudi", "qatari", "emirati",
    "european", "western", "eastern", "nato", "eu", "un", "uk", "british",
    "republican", "democratic", "gop", "federal", "national", "regional",
    "local", "foreign", "top", "senior", "former", "new", "outgoing", "incoming",
    "acting", "deputy", "chief", "then", "current", "longtime", "veteran",
)
_PRONOUNS_PERSON = ("he", "she", "him", "her", "his", "hers", "i", "me", "we", "us")
_PRONOUNS_GROUP = ("they", "them", "their", "it", "its")


@attrs.frozen
class Lexicon:
    """The vocabulary of quotation extraction, as named tables of lower-case entries.

    All tables are ``frozenset`` of lower-case strings. Verbs are lemmas; their
    inflected forms are generated by :func:`inflect_verb` (``"quip"`` covers
    "quips", "quipped", "quipping").

    Attributes:
        speech_verbs: verbs that report speech with or without "that"
            ("said the talks were useful").
        that_verbs: verbs that report speech only before "that" or a quotation
            ("criticized that ...", "reminded that ...").
        quote_verbs: verbs that report speech only around a quotation
            ("called the plan “reckless”").
        stance_verbs: verbs of belief or stance ("hope", "fear", "expect") that
            attribute a view like ``that_verbs`` do: before a "that" clause or a plain
            clause.
        intent_verbs: verbs of intention ("hope", "vow", "decline") whose "to"
            infinitive, or "that" clause, is the attributed content.
        object_verbs: verbs whose noun-phrase object is the attributed content
            ("criticized the new tax", "accused the council of lying", "called for
            a recount"); with a "that" clause they report speech as well.
        evidence_verbs: verbs by which a document or a poll shows its content ("a
            poll shows the mayor ahead"): after a subject headed by one of
            ``source_nouns`` the rest of the clause is reported, clause or not.
        content_nouns: nouns that own a "that" clause right after them ("denied the
            report that ..."): the clause is the noun's content, not what was said, so
            a verb does not reach over them to it (unless the noun is the speaker's
            own: "repeated his claim that ...").
        naming_verbs: verbs whose small clause says what someone was called ("called
            him divisive", "labels herself a centrist"): listed in ``quote_verbs`` too,
            they report that clause without quotation marks.
        source_adjectives: an adjective and its preposition that describe a source by
            what it knows or whom it is near ("familiar with", "close to"): "a source
            familiar with the talks said" is the source's report.
        phrase_cues: fixed multi-word cues ("made it clear").
        according_to: phrases that put the source after the cue ("according to X").
        reporting_verbs: verbs by which an outlet relays someone else's words
            ("..., Reuters reported"); such a frame yields to the inner speaker.
        noun_verbs: verbs whose base and -s forms are also nouns ("rules", "state");
            in those forms they count as cues only after an unambiguous speaker.
        question_verbs: verbs that report a question ("asked whether ..."); listed
            in a verb table too, they take a "whether"/"if" clause as their content.
        role_nouns: titles and role nouns ("secretary of state", "minister").
        org_heads: head nouns of organisations ("ministry", "kremlin").
        source_nouns: non-human sources ("poll", "report", "statement").
        group_nouns: plural or collective sources ("officials", "experts").
        media: news agencies and outlets ("reuters", "interfax").
        countries: countries, capitals and blocs that speak for a state.
        modifiers: adjectives that may precede a role ("russian", "former").
    """

    speech_verbs: frozenset[str] = attrs.field(default=_norm(_BARE_VERBS), converter=_norm)
    that_verbs: frozenset[str] = attrs.field(default=_norm(_THAT_VERBS), converter=_norm)
    quote_verbs: frozenset[str] = attrs.field(default=_norm(_QUOTE_VERBS), converter=_norm)
    stance_verbs: frozenset[str] = attrs.field(default=_norm(_STANCE_VERBS), converter=_norm)
    intent_verbs: frozenset[str] = attrs.field(default=_norm(_INTENT_VERBS), converter=_norm)
    object_verbs: frozenset[str] = attrs.field(default=_norm(_OBJECT_VERBS), converter=_norm)
    evidence_verbs: frozenset[str] = attrs.field(
        default=_norm(_EVIDENCE_VERBS), converter=_norm
    )
    content_nouns: frozenset[str] = attrs.field(
        default=_norm(_CONTENT_NOUNS), converter=_norm
    )
    naming_verbs: frozenset[str] = attrs.field(default=_norm(_NAMING_VERBS), converter=_norm)
    source_adjectives: frozenset[str] = attrs.field(
        default=_norm(_SOURCE_ADJECTIVES), converter=_norm
    )
    phrase_cues: frozenset[str] = attrs.field(default=_norm(_PHRASE_CUES), converter=_norm)
    according_to: frozenset[str] = attrs.field(default=_norm(_ACCORDING_TO), converter=_norm)
    reporting_verbs: frozenset[str] = attrs.field(
        default=_norm(_REPORTING_VERBS), converter=_norm
    )
    question_verbs: frozenset[str] = attrs.field(
        default=_norm(_QUESTION_VERBS), converter=_norm
    )
    noun_verbs: frozenset[str] = attrs.field(default=_norm(_NOUN_VERBS), converter=_norm)
    role_nouns: frozenset[str] = attrs.field(default=_norm(_ROLE_NOUNS), converter=_norm)
    org_heads: frozenset[str] = attrs.field(default=_norm(_ORG_HEADS), converter=_norm)
    source_nouns: frozenset[str] = attrs.field(default=_norm(_SOURCE_NOUNS), converter=_norm)
    group_nouns: frozenset[str] = attrs.field(default=_norm(_GROUP_NOUNS), converter=_norm)
    media: frozenset[str] = attrs.field(default=_norm(_MEDIA), converter=_norm)
    countries: frozenset[str] = attrs.field(default=_norm(_COUNTRIES), converter=_norm)
    modifiers: frozenset[str] = attrs.field(default=_norm(_DEMONYMS), converter=_norm)

    # ------------------------------------------------------------------ extension
    def with_speech_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more speech verbs (lemmas, e.g. ``"quip"``)."""
        return attrs.evolve(self, speech_verbs=self.speech_verbs | _norm(lemmas))

    def with_that_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs that report speech before a "that" clause."""
        return attrs.evolve(self, that_verbs=self.that_verbs | _norm(lemmas))

    def with_quote_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs that report speech around a quotation only."""
        return attrs.evolve(self, quote_verbs=self.quote_verbs | _norm(lemmas))

    def with_stance_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs of belief or stance ("suspect")."""
        return attrs.evolve(self, stance_verbs=self.stance_verbs | _norm(lemmas))

    def with_intent_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs of intention taking a "to" infinitive ("resolve")."""
        return attrs.evolve(self, intent_verbs=self.intent_verbs | _norm(lemmas))

    def with_object_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs whose object is what was said ("castigate")."""
        return attrs.evolve(self, object_verbs=self.object_verbs | _norm(lemmas))

    def with_evidence_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs by which a source shows its content ("reveal")."""
        return attrs.evolve(self, evidence_verbs=self.evidence_verbs | _norm(lemmas))

    def with_content_nouns(self, *nouns: str) -> Lexicon:
        """A copy with more nouns that own a "that" clause ("hypothesis")."""
        return attrs.evolve(self, content_nouns=self.content_nouns | _norm(nouns))

    def with_naming_verbs(self, *lemmas: str) -> Lexicon:
        """A copy with more verbs that say what someone was called ("dub"); they are
        added to ``quote_verbs`` too."""
        extra = _norm(lemmas)
        return attrs.evolve(self, naming_verbs=self.naming_verbs | extra,
                            quote_verbs=self.quote_verbs | extra)

    def with_source_adjectives(self, *phrases: str) -> Lexicon:
        """A copy with more adjective-and-preposition pairs that describe a source
        ("acquainted with")."""
        return attrs.evolve(self, source_adjectives=self.source_adjectives | _norm(phrases))

    def with_phrase_cues(self, *phrases: str) -> Lexicon:
        """A copy with more fixed cue phrases ("made it plain")."""
        return attrs.evolve(self, phrase_cues=self.phrase_cues | _norm(phrases))

    def with_according_to(self, *phrases: str) -> Lexicon:
        """A copy with more "according to"-style phrases ("in the view of")."""
        return attrs.evolve(self, according_to=self.according_to | _norm(phrases))

    def with_role_nouns(self, *roles: str) -> Lexicon:
        """A copy with more role nouns or titles ("high representative")."""
        return attrs.evolve(self, role_nouns=self.role_nouns | _norm(roles))

    def with_org_heads(self, *heads: str) -> Lexicon:
        """A copy with more organisation head nouns ("directorate")."""
        return attrs.evolve(self, org_heads=self.org_heads | _norm(heads))

    def with_group_nouns(self, *nouns: str) -> Lexicon:
        """A copy with more group nouns ("farmers")."""
        return attrs.evolve(self, group_nouns=self.group_nouns | _norm(nouns))

    def with_media(self, *names: str) -> Lexicon:
        """A copy with more news agencies or outlets ("the daily bugle")."""
        return attrs.evolve(self, media=self.media | _norm(names))

    def with_countries(self, *names: str) -> Lexicon:
        """A copy with more countries, capitals or blocs."""
        return attrs.evolve(self, countries=self.countries | _norm(names))

    def without_speech_verbs(self, *lemmas: str) -> Lexicon:
        """A copy without the given verbs in any of the verb tables."""
        gone = _norm(lemmas)
        return attrs.evolve(
            self,
            speech_verbs=self.speech_verbs - gone,
            that_verbs=self.that_verbs - gone,
            quote_verbs=self.quote_verbs - gone,
            stance_verbs=self.stance_verbs - gone,
            intent_verbs=self.intent_verbs - gone,
            object_verbs=self.object_verbs - gone,
            naming_verbs=self.naming_verbs - gone,
        )

    # ------------------------------------------------------------------ derived
    def verb_forms(self) -> dict[str, str]:
        """Every inflected form of every verb, mapped to its class.

        The class is ``"bare"``, ``"to"`` (a "that" clause or a "to" infinitive),
        ``"that"``, ``"object"`` (a "that" clause or a noun-phrase object) or
        ``"quote"`` (the most permissive table a verb is listed in wins; stance verbs
        are of class ``"that"``, intent verbs of class ``"to"``; an object verb listed
        in no other table is of class ``"object"``).
        """
        out: dict[str, str] = {}
        for table, kind in (
            (self.object_verbs, "object"),
            (self.quote_verbs, "quote"),
            (self.that_verbs, "that"),
            (self.stance_verbs, "that"),
            (self.intent_verbs, "to"),
            (self.speech_verbs, "bare"),
        ):
            for lemma in table:
                for form in inflect_verb(lemma):
                    out[form] = kind
        return out


DEFAULT_LEXICON = Lexicon()
"""The default tables."""
