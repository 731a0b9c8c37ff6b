"""Quotation extraction and attribution on invented articles."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geneva_corpus import parse
from geneva_corpus.errors import GenevaCorpusError
from geneva_corpus.lexicon import Lexicon
from geneva_corpus.model import ParagraphKind, QuoteKind, Resolution, SpeakerKind
from geneva_corpus.quotes import (
    QuoteExtractor,
    article_from_text,
    extract_quotes,
    format_quotes_table,
)

WIRE = """Harbour Minister Ottilie Brenn and her Dalmark counterpart Pieter Vosk met in Lunden.

“We agreed on a timetable for the new ferry line,” Brenn said. “The first boats sail in May.”

Vosk said the talks had been “long but honest”.

According to Vosk, both ports will share the dredging costs.

He added that the fishermen's union had been consulted.

The minister stressed that no jobs would be lost."""


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None)
        for q in extract_quotes(article_from_text(text))
    ]


def test_wire_story() -> None:
    got = _quotes(WIRE)
    assert got == [
        ("direct", "We agreed on a timetable for the new ferry line,", "Ottilie Brenn"),
        ("direct", "The first boats sail in May.", "Ottilie Brenn"),
        ("mixed", "the talks had been “long but honest”", "Pieter Vosk"),
        ("indirect", "both ports will share the dredging costs", "Pieter Vosk"),
        ("indirect", "the fishermen's union had been consulted", "Pieter Vosk"),
        ("indirect", "no jobs would be lost", "Ottilie Brenn"),
    ]


def test_offsets_and_explanations() -> None:
    art = article_from_text(WIRE)
    for q in extract_quotes(art):
        assert art.body[q.start : q.end] == q.text
        assert art.text[q.input_start : q.input_end] == q.text
        assert q.speaker is not None
        assert art.text[q.speaker.input_start : q.speaker.input_end] == q.speaker.mention
        assert q.explain()
    he = next(q for q in extract_quotes(art) if q.speaker and q.speaker.mention == "He")
    assert he.speaker is not None and he.speaker.resolution is Resolution.PRONOUN
    assert "Pieter Vosk" in he.explain()


def test_dash_quotes_and_follow_on_paragraph() -> None:
    text = (
        "Mayor Edda Lindqvist spoke to the press on Monday.\n"
        "– The bridge will be ready by winter, Lindqvist said.\n"
        "She also said:\n"
        "– Today’s vote was close – both parties wanted more time.\n"
        "– We will not raise the tolls, says Lindqvist."
    )
    got = _quotes(text)
    assert got == [
        ("direct", "The bridge will be ready by winter", "Edda Lindqvist"),
        ("direct", "Today’s vote was close – both parties wanted more time.", "Edda Lindqvist"),
        ("direct", "We will not raise the tolls", "Edda Lindqvist"),
    ]


@pytest.mark.parametrize(
    "marks",
    [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‚", "‘"), ("‘", "’"), ("''", "''")],
)
def test_quote_styles(marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"{o}The harbour’s future is bright, and we’re ready,{c} Councillor Ines Moravec said."
    got = _quotes(text)
    assert got == [
        ("direct", "The harbour’s future is bright, and we’re ready,", "Ines Moravec")
    ]


def test_apostrophes_are_not_quotes() -> None:
    text = "The city’s mayor didn’t comment on the port’s ’90s expansion plans."
    assert _quotes(text) == []


def test_multi_paragraph_quote() -> None:
    text = (
        "Professor Anouk Terhal spoke at the opening.\n"
        "“The river has changed its course three times in a century,” Terhal said. "
        "“Every time, the town moved with it.\n"
        "“This time we have the means to stay where we are.”"
    )
    got = _quotes(text)
    assert [g[2] for g in got] == ["Anouk Terhal"] * 3
    assert got[-1][1] == "This time we have the means to stay where we are."


def test_role_noun_and_spelling_variant() -> None:
    text = (
        "Fisheries Secretary Marek Olandsen met Trade Minister Jovana Petrusic.\n"
        "The secretary said that quotas would stay unchanged.\n"
        "Marec Olandsen later told reporters that the season would open in April.\n"
        "Olandsen also said the fleet was ready."
    )
    got = _quotes(text)
    assert {g[2] for g in got} == {"Marek Olandsen"}
    assert len(got) == 3


def test_fuzzy_surname_in_heading() -> None:
    text = (
        "Envoy Katarina Wellbrook arrived in Osterby on Monday.\n"
        "Wellbrock: Talks will continue\n"
        "Wellbrook said the talks were useful."
    )
    art = article_from_text(text)
    paras = list(art.paragraphs)
    paras[1] = attrs.evolve(paras[1], kind=ParagraphKind.HEADING)
    art = attrs.evolve(art, paragraphs=paras)
    quotes = extract_quotes(art)
    assert quotes[0].text == "Talks will continue"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Katarina Wellbrook"
    assert quotes[0].speaker.resolution is Resolution.HEADLINE


def test_organisations_and_agencies() -> None:
    text = (
        "The Port Authority said on Friday that the terminal would close.\n"
        "The harbour council, writes Reuters, has not been consulted.\n"
        "The Ministry of Transport confirmed that repairs would begin soon, Reuters reported."
    )
    got = _quotes(text)
    assert got[0] == ("indirect", "the terminal would close", "Port Authority")
    assert got[-1][2] == "Ministry of Transport"


def test_scare_quotes_are_not_quotes() -> None:
    assert _quotes("The so-called “green corridor” opened on Monday.") == []


def test_extending_the_tables() -> None:
    text = "Mayor Ilse Varga thundered that the bridge would outlive us all."
    assert _quotes(text) == []
    ex = QuoteExtractor().with_speech_verbs("thunder")
    got = extract_quotes(article_from_text(text), ex)
    assert [(q.kind, q.text) for q in got] == [
        (QuoteKind.INDIRECT, "the bridge would outlive us all")
    ]


def test_table() -> None:
    table = format_quotes_table(extract_quotes(article_from_text(WIRE)))
    assert table.splitlines()[0].split() == ["speaker", "kind", "quote"]
    assert "Ottilie Brenn" in table


def test_long_unbalanced_input_is_fast() -> None:
    import time

    text = "“a " * 100_000 + "\n" + "x" * 2_000_000 + " said “"
    t0 = time.perf_counter()
    extract_quotes(article_from_text(text))
    assert time.perf_counter() - t0 < 20


_ALPHABET = st.sampled_from(
    [
        *"abcXYZ .,:;!?-–—\n",
        *["“", "”", '"', "«", "»", "„", "‚", "‘", "’", "'", "''"],
        *[" said ", " He ", " according to ", " Anna Berg ", " the minister ", " that "],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_offset_invariants(text: str) -> None:
    art = article_from_text(text)
    try:
        quotes = extract_quotes(art)
    except GenevaCorpusError:
        return
    assert quotes == extract_quotes(art)  # deterministic
    for q in quotes:
        assert art.body[q.start : q.end] == q.text
        if "\n" not in q.text:
            assert art.text[q.input_start : q.input_end] == q.text
        if q.speaker is not None:
            s = q.speaker
            assert art.body[s.start : s.end] == s.mention
            assert art.text[s.input_start : s.input_end] == s.mention
        if q.cue is not None:
            assert art.body[q.cue.start : q.cue.end] == q.cue.text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_clause_after_object_like_words_is_reported() -> None:
    # "that" far after the verb belongs to the clause, not to the frame
    got = _quotes("Councillor Edda Marsk says it is hard to blame any one person for that.")
    assert got == [("indirect", "it is hard to blame any one person for that", "Edda Marsk")]
    got = _quotes("But Marsk said he’ll still back the ferry plan because it is cheap.")
    assert [g[1] for g in got] == ["he’ll still back the ferry plan because it is cheap"]


def test_parenthetical_attribution_gives_two_quotes() -> None:
    text = (
        "Harbour master Ilse Quandt spoke on Monday.\n"
        "The question of who pays for the dredging, she said, is not settled."
    )
    got = _quotes(text)
    assert got == [
        ("indirect", "The question of who pays for the dredging", "Ilse Quandt"),
        ("indirect", "is not settled", "Ilse Quandt"),
    ]


def test_that_verbs_take_a_clause_without_that() -> None:
    got = _quotes("The Lunden Ferry Company announced it would cut two routes in May.")
    assert got == [("indirect", "it would cut two routes in May", "Lunden Ferry Company")]
    # an object noun phrase is no report
    assert _quotes("Mayor Ilse Varga repeated the warning on Tuesday.") == []


def test_question_verbs_report_whether_clauses() -> None:
    got = _quotes("Mayor Ilse Varga asked whether the bridge would open before winter.")
    assert got == [("indirect", "whether the bridge would open before winter", "Ilse Varga")]
    # other verbs do not take "whether"
    assert _quotes("Mayor Ilse Varga responded whether the bridge would open.") == []


def test_trailing_attribution_with_descriptors_and_place() -> None:
    text = (
        "“We will reopen the pier by June,” harbour chief Nils Brandt said during a visit "
        "in Lunden, Dalmark, on Monday.\n"
        "“The tolls stay as they are,” Rep. Oda Fenn (L-Osterby), a member of the panel, said.\n"
        "“Nobody asked us,” said 4/5 committee member Tove Lind.\n"
        "“Are you coming?” Brandt demanded."
    )
    got = _quotes(text)
    assert [(g[1], g[2]) for g in got] == [
        ("We will reopen the pier by June,", "Nils Brandt"),
        ("The tolls stay as they are,", "Oda Fenn"),
        ("Nobody asked us,", "Tove Lind"),
        ("Are you coming?", "Nils Brandt"),
    ]


def test_quote_signed_after_a_dash() -> None:
    text = "“The ferry is the lifeline of this island, and we will fight for it.” ― Ana M. Ruiz."
    quotes = extract_quotes(article_from_text(text))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "The ferry is the lifeline of this island, and we will fight for it."
    assert q.speaker is not None and q.speaker.mention == "Ana M. Ruiz"


def test_follow_on_quote_after_a_mixed_report() -> None:
    text = "“People were calm” before the storm, Ilse Varga said. “Then the pier broke apart.”"
    got = _quotes(text)
    assert got[-1] == ("direct", "Then the pier broke apart.", "Ilse Varga")


def test_nouns_that_look_like_verbs_are_not_cues() -> None:
    assert _quotes("Battleground state Norland is nearly three percent fishermen.") == []
    assert _quotes("The new harbour rules could close a dozen small yards.") == []
    got = _quotes("Mayor Ilse Varga states that the rules could close a dozen yards.")
    assert got == [("indirect", "the rules could close a dozen yards", "Ilse Varga")]


def test_subordinate_clause_report_ends_at_its_comma() -> None:
    got = _quotes(
        "While critics argue the new pier wastes money, the council has approved it."
    )
    assert got == [("indirect", "the new pier wastes money", "critics")]


def test_relative_clause_tail_is_not_reported() -> None:
    got = _quotes(
        "Mayor Ilse Varga said the ferry would stop in Osterby, which has no harbour yet."
    )
    assert got == [("indirect", "the ferry would stop in Osterby", "Ilse Varga")]


def _triples(text: str, ex: QuoteExtractor | None = None) -> list[tuple[str, str | None, str]]:
    return [
        (q.kind.value, q.speaker.name if q.speaker else None, q.text)
        for q in extract_quotes(article_from_text(text), ex)
    ]


def test_stance_verb_attributes_a_view() -> None:
    assert _triples("Mayor Ilse Varga hopes the bridge will open in May.") == [
        ("indirect", "Ilse Varga", "the bridge will open in May")
    ]


def test_intent_verb_takes_its_infinitive() -> None:
    assert _triples("Mayor Ilse Varga vowed to rebuild the pier before winter.") == [
        ("indirect", "Ilse Varga", "to rebuild the pier before winter")
    ]
    assert _triples("The mayor promised to rebuild the pier before winter.") == [
        ("indirect", "mayor", "to rebuild the pier before winter")
    ]


def test_verbs_of_plans_are_not_attributions_by_default() -> None:
    text = "Mayor Ilse Varga wants to close the old bridge."
    assert _triples(text) == []
    ex = QuoteExtractor(Lexicon().with_intent_verbs("want"))
    assert _triples(text, ex) == [("indirect", "Ilse Varga", "to close the old bridge")]


def test_stance_verb_does_not_split_a_report() -> None:
    text = "Mayor Ilse Varga said the ferry was late, but hoped the storm would pass soon."
    assert _triples(text) == [
        ("indirect", "Ilse Varga", "the ferry was late, but hoped the storm would pass soon")
    ]


# ----------------------------------------------------------------------------- fast paths
# The helpers below were rewritten for speed; these pin their behaviour.


def test_tokens_keep_abbreviations_initials_and_offsets() -> None:
    from geneva_corpus.quotes import _tokenize

    text = "Mr. Lee vs. U.S. envoy J. R. Smith’s  plan—done. ΟΔΟΣ İz"
    toks = _tokenize(text, [])
    assert [t.text for t in toks] == [
        "Mr.", "Lee", "vs.", "U.S.", "envoy", "J.", "R.", "Smith’s", "plan", "—", "done",
        ".", "ΟΔΟΣ", "İz",
    ]
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.low for t in toks][7] == "smith's"
    assert [t.cap for t in toks][:5] == [True, True, False, True, False]
    assert {t.kind for t in toks if t.text in ("—", ".")} == {"p"}


def test_long_sentence_is_cut_every_401_tokens() -> None:
    from geneva_corpus.quotes import _sentences, _tokenize

    text = " ".join(["word"] * 1000) + ". Next one"
    toks = _tokenize(text, [])
    assert _sentences(toks, text, []) == [(0, 401), (401, 802), (802, 1001), (1001, 1003)]
    short = "One word. Two words here. three"
    assert _sentences(_tokenize(short, []), short, []) == [(0, 3), (3, 8)]


def test_outlet_and_role_lookups() -> None:
    from geneva_corpus.quotes import _ArticleRun

    run = _ArticleRun(QuoteExtractor(), article_from_text("x"))
    assert run._is_media("the Reuters news service") and run._is_media("Kyiv Interfax")
    assert not run._is_media("the city council")
    assert run._is_role_phrase(["the", "russian", "foreign", "minister"])
    assert not run._is_role_phrase(["the", "city", "council"])


def test_repeated_extraction_is_stable() -> None:
    # the extractor memoises name analysis across articles: results must not depend on it
    first = _quotes(WIRE)
    assert _quotes(WIRE) == first
    assert _quotes(WIRE.replace("Brenn", "Brennan")) != first


def test_relative_that_after_an_infinitive_is_not_a_report() -> None:
    art = article_from_text(
        "Norland's Foreign Minister Tomas Rendel agreed to reopen the river bridge that has "
        "been closed since the floods.\n\nThe mayor said to reporters that the bridge was safe.")
    quotes = extract_quotes(art)
    assert [q.text for q in quotes] == ["the bridge was safe"]


def test_possessive_country_and_affiliation_are_not_part_of_the_name() -> None:
    art = article_from_text(
        "Foreign Minister Tomas Rendel of Norland said that the bridge should reopen.\n\n"
        "Norland's Foreign Minister Tomas Rendel said the repairs would take a year.")
    names = [q.speaker.name for q in extract_quotes(art) if q.speaker]
    assert names == ["Tomas Rendel", "Tomas Rendel"]


def test_object_of_a_reporting_verb_is_an_indirect_quote() -> None:
    got = _quotes(
        "Mayor Ines Dorr criticized the new harbour tax on Monday.\n\n"
        "Councillor Abel Fenn accused the port board of hiding the costs.\n\n"
        "The fishermen's union called for a recount of the ballots."
    )
    assert got == [
        ("indirect", "the new harbour tax", "Ines Dorr"),
        ("indirect", "the port board of hiding the costs", "Abel Fenn"),
        ("indirect", "a recount of the ballots", "fishermen's union"),
    ]
    # a two-word object is enough when a person speaks, not for a body (mostly a deed)
    assert _quotes("Mayor Ines Dorr rejected the demands.") == [
        ("indirect", "the demands", "Ines Dorr")]
    assert _quotes("The port board rejected the demands.") == []
    # the verb table is data: without it, no report
    lex = Lexicon().without_speech_verbs("criticize")
    art = article_from_text("Mayor Ines Dorr criticized the new harbour tax on Monday.")
    assert QuoteExtractor(lexicon=lex).extract(art) == ()


def test_two_reports_side_by_side_and_it_clauses() -> None:
    got = _quotes(
        "While some residents say the ferry is too slow, others say it has never been "
        "more punctual.\n\n"
        "While the Lunden Gazette puts the cost at 6 million, the Vell Courier says it is "
        "4 million."
    )
    assert got == [
        ("indirect", "the ferry is too slow", "some residents"),
        ("indirect", "it has never been more punctual", "others"),
        ("indirect", "it is 4 million", "Vell Courier"),
    ]


def test_trailing_attribution_after_party_tag_and_descriptor() -> None:
    got = _quotes(
        "“We are tying our own hands,” state Sen. Jo Vellan (D) said during the debate. "
        "“Nobody asked for this.”\n\n"
        "“The facts have not changed at all,” a spokesman for the harbour committee said."
    )
    assert [(k, s) for k, _, s in got] == [
        ("direct", "Jo Vellan"), ("direct", "Jo Vellan"), ("direct", "harbour committee"),
    ]


def test_follow_on_quote_goes_to_the_last_verbatim_speaker() -> None:
    got = _quotes(
        "“Your ferry is a marvel,” Varga told Lind, after Lind assured Varga that the boats "
        "would run all winter. “I will not let you down.”"
    )
    assert got[0][2] == got[-1][2] == "Varga"
    assert got[1] == ("indirect", "the boats would run all winter", "Lind")


def test_clause_of_an_object_noun_is_not_what_was_said() -> None:
    # the "that" clause belongs to "the report": the board's words are the rejection,
    # whose object is the whole noun phrase
    got = _quotes("The harbour board raised ferry fares by 12 percent but rejects the report "
                  "that it wants to sell the port.")
    assert got == [("indirect", "the report that it wants to sell the port", "harbour board")]
    # a multi-word object verb ("called for") too: the relative clause is part of the object
    got = _quotes("The fishermen's union called for an independent inquiry that would report "
                  "within a year.")
    assert got == [("indirect", "an independent inquiry that would report within a year",
                    "fishermen's union")]


def test_content_noun_owns_its_that_clause() -> None:
    got = _quotes(
        "Mayor Ines Dorr denied the rumour that the ferry would stop in May.\n\n"
        "Councillor Abel Fenn repeated his claim that the pier was unsafe.\n\n"
        "Minister Vera Moll said in a speech that the tunnel would open soon."
    )
    assert got == [
        # "deny" reaches no further than the noun: the phrase is what was denied
        ("indirect", "the rumour that the ferry would stop in May", "Ines Dorr"),
        # a possessive makes the claim the speaker's own
        ("indirect", "the pier was unsafe", "Abel Fenn"),
        # a prepositional phrase is stepped over as before
        ("indirect", "the tunnel would open soon", "Vera Moll"),
    ]
    # a content noun can head the subject of the reported clause
    assert _quotes("Mayor Ines Dorr said the rumour that the ferry would stop was wrong.") == [
        ("indirect", "the rumour that the ferry would stop was wrong", "Ines Dorr")]
    # "hopes" after a name is a verb, not a noun
    assert _quotes("Mayor Ines Dorr said Abel Fenn hopes that the ferry will run.") != [
        ("indirect", "Abel Fenn hopes that the ferry will run", "Ines Dorr")]
    # a verb that only takes a clause reports the whole phrase too
    assert _quotes("Councillor Abel Fenn repeated a false claim that the pier was unsafe.") == [
        ("indirect", "a false claim that the pier was unsafe", "Abel Fenn")]
    # the table is data
    lex = Lexicon().with_content_nouns("hypothesis")
    art = article_from_text("Mayor Ines Dorr denied the hypothesis that the ferry was late.")
    got2 = [q.text for q in QuoteExtractor(lexicon=lex).extract(art)]
    assert got2 == ["the hypothesis that the ferry was late"]
    art = article_from_text("Mayor Ines Dorr denied the hypothesis that the ferry was late.")
    assert [q.text for q in extract_quotes(art)] == ["the ferry was late"]


def test_subject_separated_from_its_verb() -> None:
    got = _quotes(
        "Mr. Tomas Varga, who predicted that most of the rowing club would come, said he "
        "backed the new boathouse.\n\n"
        "Lena Holm in a newsletter column said she would paint the lighthouse.\n\n"
        "Officials at the harbour meeting said the pier was unsafe.\n\n"
        "Several bakers — among them two brothers from Oster — said the flour was damp."
    )
    assert got == [
        # a relative clause with a report of its own does not hide the main subject
        ("indirect", "most of the rowing club would come", "Tomas Varga"),
        ("indirect", "he backed the new boathouse", "Tomas Varga"),
        # the speaker comes before a prepositional phrase ...
        ("indirect", "she would paint the lighthouse", "Lena Holm"),
        ("indirect", "the pier was unsafe", "Officials"),
        # ... and before a dash aside
        ("indirect", "the flour was damp", "Several bakers"),
    ]


def test_share_of_respondents_and_coordinated_reports() -> None:
    got = _quotes("Roughly one in three said the bus was dirty, and nearly 7 in 10 said the "
                  "trams ran on time.")
    assert got == [
        ("indirect", "the bus was dirty", "Roughly one in three"),
        ("indirect", "the trams ran on time", "nearly 7 in 10"),
    ]
    # a clause after the verb is not an inverted speaker ("…, said the ferry is …")
    got = _quotes("The count was tight — said the ferry is too slow.")
    assert all(spk != "ferry is too slow" for _, _, spk in got)


def test_according_to_a_long_source_and_plans_it_reports() -> None:
    got = _quotes(
        "The mayor will ask for 3 million to rebuild the lighthouse, according to a harbour "
        "clerk who spoke on condition that his name be withheld.\n\n"
        "According to a tally of street surveys carried out for the Vell Courier by Norland "
        "Research, most fishermen in all three villages say the quotas are unfair."
    )
    assert got == [
        # a plan the source reports is the source's report, not the mayor's words
        ("indirect", "The mayor will ask for 3 million to rebuild the lighthouse",
         "harbour clerk"),
        ("indirect", "most fishermen in all three villages say the quotas are unfair",
         "tally of street surveys"),
    ]
    # an outlet's report "citing" its source reports nothing by itself
    assert _quotes("The board expects a reply next week. Vell news agency reported, citing "
                   "Deputy Minister Tomas Brandt.") == []


def test_told_reporters_a_clause_and_a_report_in_a_subordinate_clause() -> None:
    got = _quotes(
        "As the bakers kept striking, Senator Rui Brandt told reporters this was the last "
        "offer the city could make.\n\n"
        "Still, while the council says it is near its savings goal, it has cut no jobs."
    )
    assert got == [
        ("indirect", "this was the last offer the city could make", "Rui Brandt"),
        # the report ends with the subordinate clause, not with the main one
        ("indirect", "it is near its savings goal", "council"),
    ]


def test_indirect_questions_after_asked() -> None:
    got = _quotes(
        "Host Tom Brandt asked Mayor Ilse Lee how long the canal repairs would take.\n\n"
        "The clerk asked if the new timetable meant that she was dropping the night boat.\n\n"
        "We asked our listeners which bridge they liked best."
    )
    assert got == [
        ("indirect", "how long the canal repairs would take", "Tom Brandt"),
        ("indirect", "if the new timetable meant that she was dropping the night boat", "clerk"),
        ("indirect", "which bridge they liked best", "We"),
    ]


def test_short_attribution_with_a_verb_the_tables_lack() -> None:
    text = ("Senator Rui Brandt spoke after Mayor Ann Lee.\n\n"
            "“Lee has never rowed a boat in her life,” Brandt growled.\n\n"
            "“The fog came in too early,” murmured Ann Lee.")
    quotes = extract_quotes(article_from_text(text))
    got = [(q.text, q.speaker and q.speaker.name, q.cue and q.cue.text) for q in quotes]
    assert got == [
        ("Lee has never rowed a boat in her life,", "Rui Brandt", "growled"),
        ("The fog came in too early,", "Ann Lee", "murmured"),
    ]
    assert "a short attribution after the quotation" in quotes[0].explain()
    # only after a comma, and only a person the article names: no guess from a narrative
    # sentence after a quotation
    text = "“We are ready.” Lunden harbour opened in May."
    assert all(q.speaker is None for q in extract_quotes(article_from_text(text)))


def test_paragraph_ending_with_a_colon_introduces_the_quotation() -> None:
    text = ("Mayor Ann Lee spoke on Monday.\n\n"
            "After the landslide, Mayor Ann Lee put out these words:\n\n"
            "“Every family on the hill will have a roof tonight. We will rebuild the road.”")
    quotes = extract_quotes(article_from_text(text))
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("Every family on the hill will have a roof tonight. We will rebuild the road.",
         "Ann Lee")]
    assert "introduces the quotation after a colon" in quotes[0].explain()
    # a colon after a sentence that names no person introduces nobody
    text = ("The harbour issued the following notice:\n\n"
            "“All ferries are cancelled until further notice on the northern routes.”")
    assert all(q.speaker is None for q in extract_quotes(article_from_text(text)))


def test_titles_subheadings_and_signatures_are_no_quotations() -> None:
    text = ("Senator Rui Brandt spoke on Sunday. On the Vell Channel's “Harbour Hour,” Brandt "
            "said the ferry was late.\n\n"
            "– Low tide –.\n\n"
            "“Lunden is a fine town to grow up in.”\n\n"
            "- Brandt.\n\n"
            "Mr. Brandt said in his 2012 book, “A Keeper's Son.” So they stayed.\n\n"
            "“Thank You,” Brandt said.")
    got = [q.text for q in extract_quotes(article_from_text(text))]
    assert got == ["the ferry was late", "Lunden is a fine town to grow up in.", "Thank You,"]


def test_object_phrases_and_embedded_relative_clauses() -> None:
    got = _quotes(
        "Rival lawmakers have long criticized Mr. Rui Brandt for once owning a fishing "
        "fleet.\n\n"
        "Mayor Ann Lee blamed part of the delay on the new harbour master.\n\n"
        "Mayor Ann Lee said the new pier, which residents support, is too expensive.\n\n"
        "Mayor Ann Lee said the old pier is too expensive, which residents dispute."
    )
    assert got == [
        ("indirect", "Mr. Rui Brandt for once owning a fishing fleet", "Rival lawmakers"),
        ("indirect", "part of the delay on the new harbour master", "Ann Lee"),
        # a relative clause inside the report is kept, a trailing one is the writer's
        ("indirect", "the new pier, which residents support, is too expensive", "Ann Lee"),
        ("indirect", "the old pier is too expensive", "Ann Lee"),
    ]


def test_dash_aside_after_a_report_is_the_writers() -> None:
    got = _quotes(
        "Friends say Mayor Ann Lee will run for the regional seat - though nobody knows "
        "when the vote will be.\n\n"
        "Mayor Ann Lee said the old pier — a landmark for a century — was unsafe."
    )
    assert got == [
        ("indirect", "Mayor Ann Lee will run for the regional seat", "Friends"),
        # a dash pair is an aside inside the report
        ("indirect", "the old pier — a landmark for a century — was unsafe", "Ann Lee"),
    ]


def test_subjects_behind_long_appositions_and_quantities_after_said() -> None:
    got = _quotes(
        "The port office said about half of the losses came from storms.\n\n"
        "Oda Kessler, a quiz show host and editor at the smallest station in Norland, "
        "said that she saw more callers after the flood.\n\n"
        "Sen. Rui Brandt, R-Vell., writing on his blog late that night, said the ferry "
        "board ignored the tides.\n\n"
        "Lena Holm, days after a count showing her at 9 percent, told Vell Radio on Friday "
        "that she would stay in the race."
    )
    assert got == [
        ("indirect", "about half of the losses came from storms", "port office"),
        ("indirect", "she saw more callers after the flood", "Oda Kessler"),
        ("indirect", "the ferry board ignored the tides", "Rui Brandt"),
        ("indirect", "she would stay in the race", "Lena Holm"),
    ]


def test_clause_with_a_present_tense_verb_before_its_object() -> None:
    got = _quotes("Sen. Jon Brandt, head of the canal committee, said closing the locks in "
                  "winter saves the town a fortune.")
    assert got == [("indirect", "closing the locks in winter saves the town a fortune",
                    "Jon Brandt")]
    # a plural noun after a determiner is no verb: "the new rules" is an object
    assert _quotes("Sen. Jon Brandt said the new rules.") == []


def test_trailing_attributions_with_appositions_adverbs_and_asides() -> None:
    text = ("Mayor Ann Lee spoke in Vell.\n\n"
            "“Nobody asked the divers,” Lee told students in Vell, while the tide went out.\n\n"
            "“Is the bakery still open?” Dahl, a retired pilot from Oster, asked quietly.\n\n"
            "Six Brandt supporters waited outside.")
    got = [(q.text, q.speaker and q.speaker.name, q.cue and q.cue.text)
           for q in extract_quotes(article_from_text(text))]
    assert got == [
        ("Nobody asked the divers,", "Ann Lee", "told"),
        ("Is the bakery still open?", "Dahl", "asked"),
    ]


def test_question_attributed_with_an_adverb_and_a_phrase() -> None:
    # "?" or "." closes the quotation; "said softly into the radio" is still a short
    # attribution, not a new sentence (before, the question was lost)
    text = ("Mara Quist, a barge pilot, called the lock keeper at dawn.\n\n"
            "“Can the barge pass before noon?” Quist asked anxiously over the radio.\n\n"
            "“The gates are shut.” Quist said softly to the crew.")
    got = [(q.kind.value, q.text, q.speaker and q.speaker.name)
           for q in extract_quotes(article_from_text(text))]
    assert got == [("direct", "Can the barge pass before noon?", "Mara Quist"),
                   ("direct", "The gates are shut.", "Mara Quist")]


def test_participle_after_a_place_or_medium_goes_to_the_subject() -> None:
    # the noun of "on the forum" or "at one point" is no speaker of the participle
    assert _quotes("Harbour master Ivo Rask replied on the Vell Forum writing, "
                   "“The quay stays shut. That is final.”") == [
        ("direct", "The quay stays shut. That is final.", "Ivo Rask")]
    assert _quotes("Ivo Rask has quarrelled with the ferry board, at one point calling "
                   "its chairman a “coward.”") == [
        ("mixed", "its chairman a “coward.”", "Ivo Rask")]


def test_noun_before_the_place_it_is_from_is_the_speaker() -> None:
    # "A pilot in Vell": the pilot speaks, not Vell; a second phrase is stepped over too
    assert _quotes("A pilot in Vell warned that the locks would fail.") == [
        ("indirect", "the locks would fail", "pilot")]
    assert _quotes("Some delegates at the summit in Lunden said the vote was rigged.") == [
        ("indirect", "the vote was rigged", "Some delegates")]


def test_adverbs_and_phrases_after_the_verb_are_not_reported() -> None:
    text = ("Senator Rui Brandt spoke on Monday.\n\n"
            "“The bridge stands,” Brandt said proudly on Vell TV after the storm.\n\n"
            "Brandt said aboard the night train on Monday as it crossed Norland.\n\n"
            "In short, the canal was full, Brandt said.")
    got = [(q.text, q.speaker and q.speaker.name) for q in extract_quotes(article_from_text(text))]
    assert got == [("The bridge stands,", "Rui Brandt"), ("In short, the canal was full",
                                                          "Rui Brandt")]
    # a fronted adverbial alone is not what was said
    assert _quotes("In short, Senator Rui Brandt said.") == []


def test_declined_to_comment_is_an_attribution() -> None:
    assert _quotes("Mayor Ann Lee declined to comment on the harbour plan.") == [
        ("indirect", "to comment on the harbour plan", "Ann Lee")]
    # only a subject that can only be a speaker
    assert _quotes("The old ferry declined to move.") == []


def test_participle_reports_take_the_main_subject() -> None:
    text = ("Mayor Ann Lee and Rui Brandt met in Vell.\n\n"
            "Standing on the quay in Vell, Mayor Ann Lee turned on Brandt, calling him "
            "“a fair-weather sailor.”\n\n"
            "The retired engineer has shared no drawings, saying only that he was checking "
            "the numbers.\n\n"
            "Both neighbours sharpened their complaint about Lee, saying that she ignored "
            "the flooding.")
    got = [(q.text, q.speaker and q.speaker.name) for q in extract_quotes(article_from_text(text))]
    assert got == [
        ("him “a fair-weather sailor.”", "Ann Lee"),
        ("he was checking the numbers", "retired engineer"),
        ("she ignored the flooding", "Both neighbours"),
    ]


def test_a_document_that_reads() -> None:
    text = ("The complaint was filed in May.\n\n"
            "“The harbour master ignored three warnings,” the complaint reads.\n\n"
            "Ann Lee read the report on Monday.")
    got = [(q.text, q.speaker and q.speaker.name) for q in extract_quotes(article_from_text(text))]
    assert got == [("The harbour master ignored three warnings,", "complaint")]


def test_two_speakers_in_a_trailing_attribution() -> None:
    text = ("“The canal must stay open all winter,” harbour chief Ola Berg and deputy Mayor "
            "Tim Vass, both Greens, wrote in a letter.\n\n"
            "“We won,” Ann Lee and Rui Brandt said.")
    got = [(q.text, q.speaker and q.speaker.name) for q in extract_quotes(article_from_text(text))]
    assert got == [("The canal must stay open all winter,", "Tim Vass"),
                   ("We won,", "Rui Brandt")]


def test_verb_before_a_colon_and_a_first_verb_that_reports_nothing() -> None:
    text = ("Mayor Ann Lee spoke in Vell.\n\n"
            "Lee raised both hands, waited for quiet and thundered: “The dam will hold.”\n\n"
            "Asked about the budget, Lee smiled and said, “Ask me in June.”")
    quotes = extract_quotes(article_from_text(text))
    got = [(q.text, q.speaker and q.speaker.name, q.cue and q.cue.text) for q in quotes]
    assert got == [("The dam will hold.", "Ann Lee", "thundered"),
                   # the question put to her, by an asker the article does not name
                   ("the budget", None, "Asked"),
                   ("Ask me in June.", "Ann Lee", "said")]
    assert "the subject of the verb before the colon" in quotes[0].explain()


def test_descriptor_with_a_capitalised_title_word() -> None:
    text = "“The tide tables were wrong all week,” Vell This Evening presenter Nils Berg said."
    got = [(q.text, q.speaker and q.speaker.name) for q in extract_quotes(article_from_text(text))]
    assert got == [("The tide tables were wrong all week,", "Nils Berg")]


def test_quotation_after_a_colon_in_a_report_and_a_shout_back() -> None:
    text = ("Mayor Ann Lee spoke in Vell.\n\n"
            "After the vote, Lee insisted that the island had kept its spirit: “Oster is "
            "still Oster,” she declared.\n\n"
            "“Never!” the crowd yelled back.")
    got = [(q.kind.value, q.text, q.speaker and q.speaker.name)
           for q in extract_quotes(article_from_text(text))]
    assert got == [
        ("indirect", "the island had kept its spirit", "Ann Lee"),
        ("direct", "Oster is still Oster,", "Ann Lee"),
        ("direct", "Never!", "crowd"),
    ]


def test_coordinated_report_and_a_relative_clause_between_dashes() -> None:
    got = _quotes(
        "Mayor Ann Lee said she thought Brandt was “a decent skipper” and called his plan "
        "for the harbour “pure fantasy.”\n\n"
        "Mayor Ann Lee - who once said she would “drain the marsh” - said at a hearing that "
        "the canal should stay."
    )
    assert got == [
        ("mixed", "she thought Brandt was “a decent skipper”", "Ann Lee"),
        ("mixed", "his plan for the harbour “pure fantasy.”", "Ann Lee"),
        ("mixed", "she would “drain the marsh”", "Ann Lee"),
        ("indirect", "the canal should stay", "Ann Lee"),
    ]


def test_present_tense_coordination_and_participle_after_a_quotation() -> None:
    got = _quotes(
        "Mayor Ann Lee says she admires Brandt’s “stubborn optimism” but insists that his "
        "sums do not add up.\n\n"
        "Mayor Ann Lee said the ferry company was “reckless,” adding that nobody checked the "
        "boats."
    )
    assert got[:3] == [
        ("mixed", "she admires Brandt’s “stubborn optimism”", "Ann Lee"),
        ("indirect", "his sums do not add up", "Ann Lee"),
        ("mixed", "the ferry company was “reckless,”", "Ann Lee"),
    ]


def test_noun_like_speech_verbs_used_as_nouns_are_not_cues() -> None:
    got = _quotes(
        "The ferry strike ended.\n\n"
        "Gus Dalby, a Vell state delegate who backs the harbour plan, said he met the union "
        "twice.\n\n"
        "The coastguard and state troopers patrolled the quay all night.\n\n"
        "Ferry traffic in the coastal states that have new ports grew."
    )
    assert got == [("indirect", "he met the union twice", "Gus Dalby")]
    # the same verb is still a cue after a speaker
    assert _quotes("Harbour master Ola Berg was asked about fees.\n\n"
                   "The harbour office and Berg state that fees will rise.") != []


def test_trailing_speakers_after_a_quotation() -> None:
    got = _quotes(
        "Harbour master Ola Berg frowned at the clerk. “The harbour has enough money for "
        "now,” he said, interrupting a clerk who asked about fees.\n\n"
        "“Ferries run late. Who will fix them?” a narrator in the Lee ad asks.\n\n"
        "“The toll is far too high,” Tim Vass, the treasurer of Oster, one of the towns in "
        "the ferry league, said at a hearing."
    )
    assert got == [
        ("direct", "The harbour has enough money for now,", "Ola Berg"),
        ("direct", "Ferries run late. Who will fix them?", "narrator"),
        ("direct", "The toll is far too high,", "Tim Vass"),
    ]


def test_short_words_are_not_misspelt_surnames() -> None:
    got = _quotes(
        "Rita Kallies of the Vell Institute spoke first.\n\n"
        "Kalis, a rival, said the port would stay open.\n\n"
        "Kallis said the port would close."
    )
    # "Kalis" is two edits from "Kallies": too far for a short word; "Kallis" is one
    assert [g[2] for g in got] == ["Kalis", "Rita Kallies"]


def test_adverbials_between_the_verb_and_the_quotation() -> None:
    got = _quotes(
        "Mayor Ann Lee replied calmly, “I think the harbour plan is wrong.”\n\n"
        "Lee also stated on Monday, “If the ferry stops, Vell loses.”\n\n"
        "Lee announced on the radio, in a shaky voice, “I am leaving the council.”\n\n"
        "As Ola Berg told the council in Oster, “The port is the future.”\n\n"
        "Berg called him, at one point, “a tired captain.”"
    )
    assert got == [
        ("direct", "I think the harbour plan is wrong.", "Ann Lee"),
        ("direct", "If the ferry stops, Vell loses.", "Ann Lee"),
        ("direct", "I am leaving the council.", "Ann Lee"),
        ("direct", "The port is the future.", "Ola Berg"),
        # an object before the comma: still a quoted fragment of a report
        ("mixed", "him, at one point, “a tired captain.”", "Ola Berg"),
    ]


def test_a_named_person_just_before_a_colon() -> None:
    got = _quotes(
        "Harbour master Ann Lee has run the Vell quay for years.\n\n"
        "The late ferry comes as no surprise to harbour master Ann Lee: “Winter storms "
        "always slow it down.”"
    )
    assert got == [("direct", "Winter storms always slow it down.", "Ann Lee")]


def test_a_paragraph_final_quotation_after_a_sentence_about_its_speaker() -> None:
    got = _quotes(
        "Harbour Minister Ola Berg opened the new quay on Monday.\n\n"
        "Tim Vass, the spokesman for the port, spoke in a statement. “The quay will open "
        "in May.”\n\n"
        "The minister joked about the delay. “Next year we build a bigger quay!”\n\n"
        "The ferry left at noon. “Nobody waved at all that day,” a sailor recalled later.\n\n"
        "The crowd cheered the ferry. “It was a long wait for all of us.”"
    )
    assert got[:3] == [
        ("direct", "The quay will open in May.", "Tim Vass"),
        ("direct", "Next year we build a bigger quay!", "Ola Berg"),
        ("direct", "Nobody waved at all that day,", "sailor"),
    ]
    # the crowd is not a person, and a quotation inside a paragraph is not reported
    # without a speaker
    assert got[3:] == []


def test_a_quantified_capitalised_group_is_not_a_person() -> None:
    text = ("Mayor Tomas Brandt toured the harbour on Monday.\n\n"
            "Many Vellans say the ferry is always late.\n\n"
            "“The queues grow every single week,” he said on Monday.")
    quotes = extract_quotes(article_from_text(text))
    got = [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.kind.value)
           for q in quotes]
    assert got == [
        ("the ferry is always late", "Many Vellans", "group"),
        ("The queues grow every single week,", "Tomas Brandt", "person"),
    ]


def test_a_report_ends_after_a_quotation_and_a_subordinate_clause() -> None:
    got = _quotes(
        "The film ends with Brandt saying at the launch, “The quay is mine,” when Lee "
        "teased him about the fees.\n\n"
        "Lee said there is a “big gap between the two ports,” when it comes to fees.\n\n"
        "The harbour became what several councillors called “a swamp” that nobody could "
        "drain."
    )
    assert got == [
        ("direct", "The quay is mine,", "Brandt"),
        ("mixed", "there is a “big gap between the two ports,” when it comes to fees", "Lee"),
        # "what X called “…”": the quoted words alone
        ("direct", "a swamp", "several councillors"),
    ]


def test_irregular_past_verbs_and_a_comma_after_that() -> None:
    got = _quotes(
        "Harbour clerk Ola Berg spoke to the crowd. Berg said the old ferry never sank in "
        "a storm.\n\n"
        "Berg found that, in most winters, fares in Vell climbed faster than wages."
    )
    assert got == [
        ("indirect", "the old ferry never sank in a storm", "Ola Berg"),
        ("indirect", "in most winters, fares in Vell climbed faster than wages", "Ola Berg"),
    ]
    for q in extract_quotes(article_from_text(
            "Ola Berg found that, in most winters, fares in Vell climbed.")):
        assert not q.text.startswith(",")


def test_a_name_between_commas_after_a_description() -> None:
    got = _quotes(
        "The vote was close. One skipper from the northern fleet, Kelly Marsh, told "
        "reporters she would vote for the levy.\n\n"
        "Ferry rights advocates said the new timetable was a step back."
    )
    assert got == [
        ("indirect", "she would vote for the levy", "Kelly Marsh"),
        ("indirect", "the new timetable was a step back", "Ferry rights advocates"),
    ]


def test_a_statement_saying_reports_the_subject_of_the_sentence() -> None:
    got = _quotes(
        "Minutes after the storm, Harbour Chief Ola Berg (I-Vell) issued a statement saying "
        "that the quay was safe.\n\n"
        "The ferry union released a statement Friday saying the new fares were unfair.\n\n"
        "At a fair in Oster, Vell, on Sunday, Mayor Ann Lee handed out leaflets, saying "
        "that the ferry needed new engines."
    )
    assert got == [
        ("indirect", "the quay was safe", "Ola Berg"),
        ("indirect", "the new fares were unfair", "ferry union"),
        ("indirect", "the ferry needed new engines", "Ann Lee"),
    ]


def test_a_report_ends_before_while_adding() -> None:
    got = _quotes("Mayor Ann Lee said it was “too soon” to sell the quay while adding "
                  "that the harbour still needed cash.")
    assert got[0] == ("mixed", "it was “too soon” to sell the quay", "Ann Lee")


def test_an_inverted_report_may_open_with_whether() -> None:
    got = _quotes("Whether the night ferry can keep running is up to the council, said "
                  "harbour clerk Ola Berg.")
    assert got == [("indirect",
                    "Whether the night ferry can keep running is up to the council",
                    "Ola Berg")]


def test_reported_clauses_with_a_fronted_phrase_or_a_plural_subject() -> None:
    got = _quotes(
        "Mayor Tim Vass says that, unlike the harbour board, he's ready to pay for the "
        "locks.\n\n"
        "Ann Lee said most rowers want a longer season.\n\n"
        "A retired ferryman, speaking on condition of anonymity, said the locks were never "
        "inspected."
    )
    assert got == [
        ("indirect", "unlike the harbour board, he's ready to pay for the locks", "Tim Vass"),
        ("indirect", "most rowers want a longer season", "Ann Lee"),
        ("indirect", "the locks were never inspected", "retired ferryman"),
    ]


def test_wh_clauses_and_there_is_contractions_are_reports() -> None:
    got = _quotes(
        "Ola Berg explained how the night ferry would be paid for.\n\n"
        "Harbour clerk Tim Vass said there's no rule against selling the quay."
    )
    assert got == [
        ("indirect", "how the night ferry would be paid for", "Ola Berg"),
        ("indirect", "there's no rule against selling the quay", "Tim Vass"),
    ]


def test_speakers_behind_a_place_apposition_or_a_dated_document() -> None:
    got = _quotes(
        "Mona Tull, 41, of North Oster, Vell, says the harbour needs a second crane.\n\n"
        "A harbour survey released Friday said the locks had not been inspected."
    )
    assert got == [
        ("indirect", "the harbour needs a second crane", "Mona Tull"),
        ("indirect", "the locks had not been inspected", "harbour survey"),
    ]


def test_participles_after_by_or_a_comma_closed_quotation() -> None:
    got = _quotes(
        "Tim Vass opened by saying the quay would never be sold.\n\n"
        "Ann Lee mocked the board for its claim that the ferry was “fully booked,” saying "
        "half the seats had been empty all winter."
    )
    assert got == [
        ("indirect", "the quay would never be sold", "Tim Vass"),
        ("mixed", "the board for its claim that the ferry was “fully booked,”", "Ann Lee"),
        ("indirect", "half the seats had been empty all winter", "Ann Lee"),
    ]


def test_a_show_title_before_that_and_a_noun_after_a_quotation() -> None:
    got = _quotes("Ola Berg said on Radio Vell's “Harbour Hour” that the fee was “far too "
                  "steep” under the mooring rules.")
    assert got == [("mixed", "the fee was “far too steep” under the mooring rules", "Ola Berg")]


def test_questions_put_to_someone_are_reports_without_a_speaker() -> None:
    text = (
        "Asked whether the levy would pass, Ann Lee said the vote was too close to call.\n\n"
        "When asked about the night ferry, Tim Vass laughed.\n\n"
        "Ola Berg was asked to explain why the lighthouse was dark. She was also asked to "
        "comment on the fares."
    )
    got = _quotes(text)
    assert got == [
        ("indirect", "whether the levy would pass", None),
        ("indirect", "the vote was too close to call", "Ann Lee"),
        ("indirect", "the night ferry", None),
        ("indirect", "to explain why the lighthouse was dark", None),
    ]
    art = article_from_text(text)
    asked = extract_quotes(art)[0]
    assert asked.cue is not None and art.body[asked.cue.start:asked.cue.end] == "Asked"


def test_double_hyphen_asides_as_reports_and_role_tails() -> None:
    got = _quotes(
        "The ferry pilot -- who has sailed the strait for thirty winters -- said the buoys "
        "were misplaced.\n\n"
        "As the Oster Gazette reported, the lighthouse keeper has resigned.\n\n"
        "“Fog or no fog, the boat sails at six,” the deputy mayor riffed on Sunday.\n\n"
        "“Fix the lamp! Fix the lamp!” some protesters chanted."
    )
    assert got == [
        ("indirect", "the buoys were misplaced", "ferry pilot"),
        ("indirect", "the lighthouse keeper has resigned", "Oster Gazette"),
        ("direct", "Fog or no fog, the boat sails at six,", "deputy mayor"),
        ("direct", "Fix the lamp! Fix the lamp!", "some protesters"),
    ]


def test_according_to_a_plain_source_and_what_stands_between() -> None:
    got = _quotes(
        "The tunnel has cost about 40 million crowns, according to harbour auditors.\n\n"
        "The ferry sailed at dawn, according to plan.\n\n"
        "That toll rise is all but guaranteed, according to a tally of dock workers.\n\n"
        "Pavel Indro told the board that, according to the tide tables, the pier would "
        "flood.\n\n"
        "The Lorn Herald reported the closure, citing harbour clerks.\n\n"
        "The Vell Courier reported that, according to dock records, the ferry ran late."
    )
    assert got == [
        ("indirect", "The tunnel has cost about 40 million crowns", "harbour auditors"),
        ("indirect", "That toll rise is all but guaranteed", "tally of dock workers"),
        ("indirect", "according to the tide tables, the pier would flood", "Pavel Indro"),
        ("indirect", "according to dock records, the ferry ran late", "Vell Courier"),
    ]


def test_a_possessive_name_opens_a_speakers_noun_phrase() -> None:
    got = _quotes(
        "Mayor Ann Lee's neighbours insist she will not run again.\n\n"
        "It's worth noting that the pier is old."
    )
    assert got == [("indirect", "she will not run again", "Mayor Ann Lee's neighbours")]


def test_a_report_ends_at_a_semicolon_before_a_new_clause() -> None:
    got = _quotes(
        "Most rowers say the storms have worn them out; 31 percent of rowers say they "
        "will sail anyway.\n\n"
        "Ann Lee said she had mended the nets; patched the sails and painted the hull."
    )
    assert got == [
        ("indirect", "the storms have worn them out", "Most rowers"),
        ("indirect", "they will sail anyway", "31 percent of rowers"),
        ("indirect", "she had mended the nets; patched the sails and painted the hull", "Ann Lee"),
    ]


def test_an_outlets_report_keeps_a_participle_inside_it() -> None:
    got = _quotes(
        "Harbour police were calling the fire arson and asking boat owners to move their "
        "boats, Radio Vell reported.\n\n"
        "She left the regatta at noon and said nothing more, according to a clerk."
    )
    assert got == [
        ("indirect", "Harbour police were calling the fire arson and asking boat owners to "
         "move their boats", "Radio Vell"),
        ("indirect", "She left the regatta at noon and said nothing more", "clerk"),
    ]


def test_a_fronted_adverb_or_participle_is_not_the_subject() -> None:
    text = (
        "Mona Tull chairs the board.\n\n"
        "Climbing onto the quay, Tull looked back at the ferry and said the hull had been "
        "patched twice.\n\n"
        "Frankly, Tull checked the logs and found that two pilots had been asleep."
    )
    quotes = extract_quotes(article_from_text(text))
    got = [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention)
           for q in quotes]
    assert got == [
        ("the hull had been patched twice", "Mona Tull", "Tull"),
        ("two pilots had been asleep", "Mona Tull", "Tull"),
    ]


def test_an_according_to_source_ends_at_a_dash_or_bracket() -> None:
    got = _quotes(
        "Most ferry riders want a second pier, according to a Tarn Courier poll last week "
        "- the third such poll this year.\n\n"
        "Ann Lee carried 61 percent of the dock vote, according to exit polls (a wide margin)."
    )
    assert got == [
        ("indirect", "Most ferry riders want a second pier", "Tarn Courier poll last week"),
        ("indirect", "Ann Lee carried 61 percent of the dock vote", "exit polls"),
    ]


def test_a_time_phrase_between_subject_and_verb() -> None:
    got = _quotes(
        "Harbour master Ola Berg last week said the pier would close in May.\n\n"
        "The council on Monday said it had no money for a new one.\n\n"
        "Ann Vass backed the plan but has since said the pier is too small."
    )
    assert got == [
        ("indirect", "the pier would close in May", "Ola Berg"),
        ("indirect", "it had no money for a new one", "council"),
        ("indirect", "the pier is too small", "Ann Vass"),
    ]


def test_the_second_half_of_a_relative_clause_is_not_the_speaker() -> None:
    got = _quotes(
        "Ola Berg, who backed Mayor Ann Vass, D-Fen, and loudly opposed Tim Tull during "
        "the regatta, said Tull wanted to sell the ferries."
    )
    assert got == [("indirect", "Tull wanted to sell the ferries", "Ola Berg")]


def test_a_number_with_thousands_is_one_word() -> None:
    got = _quotes(
        "Ola Berg said there are more than 2,400 rowers in the fleet.\n\n"
        "Of the clubs polled, 1,409 rowers said they wanted a new pier."
    )
    assert got == [
        ("indirect", "there are more than 2,400 rowers in the fleet", "Ola Berg"),
        ("indirect", "they wanted a new pier", "1,409 rowers"),
    ]


def test_that_after_an_aside_following_the_verb() -> None:
    got = _quotes(
        "Cora Lind said on Radio Vell, where she now hosts a talk show, that Berg should "
        "resign.\n\n"
        "Tull said in reply to a rumour, first printed by the Fen Echo, that he would sell."
    )
    # (the second "that" clause is the rumour's, not what Tull said)
    assert got == [("indirect", "Berg should resign", "Cora Lind")]


def test_a_source_shows_its_content_without_a_clause() -> None:
    got = _quotes(
        "A new Tarn Courier poll shows Ann Vass six points ahead of Tull.\n\n"
        "The harbour footage showed a tug listing badly to port.\n\n"
        "Tull shows no sign of leaving the race."
    )
    assert got == [
        ("indirect", "Ann Vass six points ahead of Tull", "new Tarn Courier poll"),
        ("indirect", "a tug listing badly to port", "harbour footage"),
    ]


def test_evidence_verbs_are_a_table_a_user_can_extend() -> None:
    text = "The dock records indicate two ferries idle since May."
    assert extract_quotes(article_from_text(text)) == ()
    ex = QuoteExtractor(lexicon=Lexicon().with_evidence_verbs("indicate"))
    quotes = extract_quotes(article_from_text(text), ex)
    assert [(q.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("two ferries idle since May", "dock records")]
    bare = QuoteExtractor(lexicon=Lexicon(evidence_verbs=()))
    assert extract_quotes(article_from_text("A harbour poll shows Vass ahead."), bare) == ()


def test_plural_groups_are_speakers() -> None:
    got = _quotes(
        "Dockside groups say the new tolls are unfair.\n\n"
        "Harbour unions warned that the strike would go on.\n\n"
        "Young independents say they will not vote."
    )
    assert got == [
        ("indirect", "the new tolls are unfair", "Dockside groups"),
        ("indirect", "the strike would go on", "Harbour unions"),
        ("indirect", "they will not vote", "Young independents"),
    ]


def test_a_percentage_is_a_speaker() -> None:
    got = _quotes(
        "On the toll, 57% say it is too high.\n\n"
        "Nearly 30% of rowers said they would skip the regatta."
    )
    assert got == [
        ("indirect", "it is too high", "57%"),
        ("indirect", "they would skip the regatta", "Nearly 30% of rowers"),
    ]


def test_an_object_ends_before_a_second_verb_phrase() -> None:
    got = _quotes(
        "Mayor Ann Vass rejected the smuggling charges and blamed Tull for the leak.\n\n"
        "Harbour unions condemned the new dock tolls but thanked the mayor."
    )
    assert got == [
        ("indirect", "the smuggling charges", "Ann Vass"),
        ("indirect", "the new dock tolls", "Harbour unions"),
    ]


def test_the_speaker_is_before_a_relative_clause_without_commas() -> None:
    got = _quotes(
        "Rowers who backed Tim Tull in the spring say the new fares are unfair.\n\n"
        "Those who know Ann Vass say she never misses a tide."
    )
    assert got == [
        ("indirect", "the new fares are unfair", "Rowers"),
        ("indirect", "she never misses a tide", "Those"),
    ]


def test_an_adverb_before_a_present_tense_verb_marks_a_clause() -> None:
    got = _quotes("The rival crew also lags in the standings, said Ola Berg, but it will race.")
    assert got == [("indirect", "The rival crew also lags in the standings", "Ola Berg")]


def test_a_request_keeps_its_object_and_infinitive() -> None:
    got = _quotes(
        "Mayor Ann Vass asked the harbour board to delay the vote.\n\n"
        "Tull questioned the board's devotion to safety and left.\n\n"
        "Harbour master Ola Berg told the crews to stay in port."
    )
    assert got == [
        ("indirect", "the harbour board to delay the vote", "Ann Vass"),
        ("indirect", "the crews to stay in port", "Ola Berg"),
    ]


def test_an_object_keeps_what_it_is_called_after_as() -> None:
    got = _quotes(
        "Mayor Ann Vass praised the new ferry timetable as a gift to commuters.\n\n"
        "Harbour master Ola Berg criticized the toll rise as the vote neared."
    )
    assert got == [
        ("indirect", "the new ferry timetable as a gift to commuters", "Ann Vass"),
        ("indirect", "the toll rise", "Ola Berg"),
    ]


def test_quoted_words_inside_an_object_make_a_mixed_quote() -> None:
    got = _quotes(
        "Mayor Ann Vass criticized the dock plan as “reckless and late”.\n\n"
        "Harbour master Ola Berg urged the rowers to “hold the line.” The vote is today.\n\n"
        "Tim Tull praised the crews for their “grit.” Rain is due."
    )
    assert got == [
        ("mixed", "the dock plan as “reckless and late”", "Ann Vass"),
        ("mixed", "the rowers to “hold the line.”", "Ola Berg"),
        ("mixed", "the crews for their “grit.”", "Tim Tull"),
    ]


def test_verbs_with_a_preposition_report_their_object() -> None:
    got = _quotes(
        "Mayor Ann Vass spoke about the cost of dredging the outer harbour.\n\n"
        "“We will not sell,” said harbour master Ola Berg, referring to the old grain quay."
    )
    assert got == [
        ("indirect", "the cost of dredging the outer harbour", "Ann Vass"),
        ("direct", "We will not sell,", "Ola Berg"),
        ("indirect", "the old grain quay", "Ola Berg"),
    ]


def test_a_second_verb_phrase_reports_its_object() -> None:
    got = _quotes("Mayor Ann Vass spoke for an hour and accused Tim Tull of hiding the dock "
                  "costs.")
    assert got == [("indirect", "Tim Tull of hiding the dock costs", "Ann Vass")]


def test_what_an_object_is_described_as_without_quotation_marks() -> None:
    got = _quotes(
        "Mayor Ann Vass described the harbour audit as a routine review.\n\n"
        "Mayor Ann Vass described the harbour at dawn."
    )
    assert got == [("indirect", "the harbour audit as a routine review", "Ann Vass")]


def test_a_group_before_for_or_with_is_the_speaker() -> None:
    got = _quotes(
        "Both rivals for the harbour seat said the toll was unfair.\n\n"
        "A spokesman for Vell Harbour said the toll was fair."
    )
    assert got == [
        ("indirect", "the toll was unfair", "Both rivals"),
        ("indirect", "the toll was fair", "Vell Harbour"),
    ]


def test_a_day_between_verb_and_clause() -> None:
    got = _quotes("However, harbour master Ola Berg said Monday the crews have no plans to "
                  "strike.")
    assert got == [("indirect", "the crews have no plans to strike", "Ola Berg")]


def test_a_noun_phrase_ending_in_as_is_no_speaker() -> None:
    got = _quotes("Vell sees its safety as threatened by the league and demands an end to "
                  "the league's growth to the south.")
    assert [spk for _, _, spk in got] == ["Vell"]


def test_a_name_is_object_enough() -> None:
    got = _quotes(
        "Harbour master Ola Berg, who has both endorsed Tim Tull and mocked his boat, spoke "
        "on Tuesday.\n\n"
        "The harbour board rejected the demands."
    )
    assert got == [("indirect", "Tim Tull", "Ola Berg")]


def test_a_plural_source_opening_the_sentence_shows_its_content() -> None:
    got = _quotes(
        "Polls show rowers trust Ann Vass more than Tim Tull.\n\n"
        "Photos showed a tug listing at the weir."
    )
    assert got == [
        ("indirect", "rowers trust Ann Vass more than Tim Tull", "Polls"),
        ("indirect", "a tug listing at the weir", "Photos"),
    ]


def test_a_source_with_a_participle_aside_is_the_speaker() -> None:
    got = _quotes("The harbour survey, released on Monday by the rowing league, showed Ann "
                  "Vass ahead of Tim Tull.")
    assert got == [("indirect", "Ann Vass ahead of Tim Tull", "harbour survey")]


def test_according_to_after_a_subordinator_reports_what_follows() -> None:
    got = _quotes("Ann Vass will race on Sunday because, according to Tim Tull, the crews "
                  "would mock her if she stayed home.")
    assert got == [("indirect", "the crews would mock her if she stayed home", "Tim Tull")]


def test_another_as_a_subject_pronoun() -> None:
    # "Another said …": the pronoun speaks; before, it was read as a determiner of "said"
    assert _quotes("One skipper praised the new lock. Another said he feared the toll "
                   "would double.") == [("indirect", "he feared the toll would double", "Another")]


def test_reflexive_after_the_subject_is_stepped_over() -> None:
    # "Quist herself said …": the intensifier stresses the subject; it does not hide it
    assert _quotes("Mara Quist herself said on Friday that the locks would reopen.") == [
        ("indirect", "the locks would reopen", "Mara Quist")]


def test_name_after_a_comma_aside_is_the_speaker() -> None:
    # "…, forcing her to wait, said Ivo Rask, a pilot.": the noun before the aside
    # ("Quist", "voters") is no subject; the name after "said" speaks
    assert _quotes("The closure would mean a month of delays for Quist, forcing her to wait "
                   "in port, said Ivo Rask, a veteran barge pilot.") == [
        ("indirect", "The closure would mean a month of delays for Quist, forcing her to wait "
         "in port", "Ivo Rask")]
    assert _quotes("In a week when tolls are a worry for voters, skippers have little "
                   "choice, said Ivo Rask.") == [
        ("indirect", "In a week when tolls are a worry for voters, skippers have little "
         "choice", "Ivo Rask")]
    # an object after a verb that takes one stays an object
    assert _quotes("Ivo Rask, the pilot, told Mara Quist that the gates were shut.") == [
        ("indirect", "the gates were shut", "Ivo Rask")]


def test_according_to_reports_the_main_clause_whatever_its_verb() -> None:
    # "comes" after a singular noun does not look like a verb to the clause test; after
    # "According to X," the main clause is the report all the same
    assert _quotes("According to the harbour survey, the money comes from the ferry fares.") == [
        ("indirect", "the money comes from the ferry fares", "harbour survey")]


def test_verb_reporting_nothing_does_not_hide_the_source() -> None:
    # "has said" inside the source's report has no complement of its own
    assert _quotes("What Quist has said in private about the toll is another story, "
                   "according to Ivo Rask.") == [
        ("indirect", "What Quist has said in private about the toll is another story",
         "Ivo Rask")]


def test_short_attribution_with_a_clause_of_time_after_an_exclamation() -> None:
    # "“…!” X said as he …": the attribution is short although a clause follows it
    assert _quotes("“The quay stays shut!” Harbour chief Ivo Rask said as he opened the "
                   "meeting.") == [("direct", "The quay stays shut!", "Ivo Rask")]


def test_report_ends_before_the_writers_as_clause() -> None:
    # ", as his feud … escalated" sets the scene; it is not what Rask said
    assert _quotes("Ivo Rask said the quay would stay shut all winter, as his feud with the "
                   "ferry board escalated.") == [
        ("indirect", "the quay would stay shut all winter", "Ivo Rask")]


def test_coordinated_verb_takes_the_main_clause_subject() -> None:
    # the report in the fronted "when I asked …" clause does not lend its speaker to the
    # main clause's "and said"
    text = ("Ann Quist chairs the ferry board.\n\n"
            "Last month, when I asked Ann Quist if she would run, she looked straight at me "
            "and said, “I will run!”")
    got = [(q.kind.value, q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention)
           for q in extract_quotes(article_from_text(text))]
    assert ("direct", "I will run!", "Ann Quist", "she") in got
    # an "According to X," source speaks for the whole sentence, its "and said" too
    assert _quotes("According to the harbour chief, the port and its partners are ready to "
                   "talk, and said that the fleet has its own plan.") == [
        ("indirect", "the port and its partners are ready to talk", "harbour chief"),
        ("indirect", "the fleet has its own plan", "harbour chief")]


def test_nearer_verb_says_the_quotation_two_verbs_reach() -> None:
    # "criticized" in the fronted clause and "shot back" both reach the quotation; the
    # nearer one, with its own subject, says it ("shot" is the past of "shoot back")
    assert _quotes("After harbour chief Ivo Rask criticized the plan during a debate, Mara "
                   "Quist shot back, “I could have stayed home, but I chose to work.”") == [
        ("direct", "I could have stayed home, but I chose to work.", "Mara Quist")]


def test_document_released_by_the_subject_speaks_for_it() -> None:
    # "released a video that said …" as "issued a statement saying …": the subject speaks
    # (before: "video that"); a document after a preposition speaks for itself
    assert _quotes("In selling the tours, Ivo Rask released a marketing video that said, "
                   "“We are going to have the best guides.”") == [
        ("direct", "We are going to have the best guides.", "Ivo Rask")]


def test_dash_signature_paragraph_signs_the_quotation_above() -> None:
    text = ("Harbour notes\n\n"
            "Mayor Ann Quist spoke on Monday. Ivo Rask, the harbour chief, spoke later.\n\n"
            "\"The quay will stay open all winter, and the fares will not rise.\"\n\n"
            "- Quist.\n\n"
            "\"We need a second crane before the spring.\"\n\n"
            "–Harbour chief Ivo Rask, speaking at the quay.\n\n"
            "\"Nobody asked the skippers what they thought of the toll.\"\n\n"
            "– Thanks, Jo.\n\n"
            "– We agreed on the toll, Rask said.")
    art = attrs.evolve(article_from_text(text), quotes=())
    art = attrs.evolve(art, quotes=extract_quotes(art))
    got = [(q.text, q.speaker and q.speaker.name) for q in art.quotes]
    assert got[:2] == [
        ("The quay will stay open all winter, and the fares will not rise.", "Ann Quist"),
        ("We need a second crane before the spring.", "Ivo Rask")]
    assert "signs the quotation above, after a dash" in art.quotes[1].speaker.evidence
    # each quotation of a signed list is signed: an unsigned one runs on from no one, a
    # first name alone signs nothing, and a dash quote with its attribution stays a quote
    assert ("Nobody asked the skippers what they thought of the toll.", None) in got
    assert ("We agreed on the toll", "Ivo Rask") in got
    for q in art.quotes:
        assert art.body[q.start:q.end] == q.text


def test_participle_after_a_relative_clause_report_goes_to_the_main_subject() -> None:
    # ", saying “…”" attaches to the main clause: not to the architect "who said …"
    got = _quotes("Ivo Rask was defensive when forced to defend not paying an architect who "
                  "said he was stiffed after he designed a quay, saying, “Maybe he did not do "
                  "a good job.”")
    assert ("direct", "Maybe he did not do a good job.", "Ivo Rask") in got


def test_opening_adverb_or_dateline_is_not_the_subject_a_participle_shares() -> None:
    # the participle's speaker is the subject after "Instead," or "VELL —", not the word
    assert _quotes("Ivo Rask lost the harbour vote. Instead, he is stressing his strong "
                   "finish, asserting that he can win the seat.") == [
        ("indirect", "he can win the seat", "Ivo Rask")]
    assert _quotes("VELL — Mayor Ann Quist defended the toll on Monday, saying that the quay "
                   "needs the money.") == [
        ("indirect", "the toll", "Ann Quist"),
        ("indirect", "the quay needs the money", "Ann Quist")]


def test_speaker_before_a_whose_clause_with_an_apposition() -> None:
    # "Rask, whose hometown, Vell, is …, argues": not Vell
    assert _quotes("Ivo Rask, whose hometown, Vell, is projected to be underwater within "
                   "decades as the sea rises, argues that dredging will ruin the harbour.") == [
        ("indirect", "dredging will ruin the harbour", "Ivo Rask")]


def test_quotation_split_by_a_longer_attribution_goes_on_after_it() -> None:
    # "“A,” X told Y on Monday, “B.”": B is X's too (before: B was dropped)
    got = _quotes("“What makes this new is not just the toll,” Ivo Rask told Vell Radio on "
                  "Wednesday, “but the attempt to close the quay.”")
    assert got == [("direct", "What makes this new is not just the toll,", "Ivo Rask"),
                   ("direct", "but the attempt to close the quay.", "Ivo Rask")]


def test_report_in_a_fronted_clause_ends_at_the_dash_before_the_next_speaker() -> None:
    # "When Quist noted that A ― as was true ― Rask boasted, “B”": two reports side by
    # side (the horizontal bar is a dash too)
    got = _quotes("When Mara Quist noted that Ivo Rask has not paid the toll ― as was true "
                  "for years ― Rask boasted, “That makes me smart.”")
    assert ("direct", "That makes me smart.", "Ivo Rask") in got
    assert got[0][2] == "Mara Quist" and "boasted" not in got[0][1]


def test_more_short_attributions_and_participles() -> None:
    # "upon saying" shares the subject as "by saying" does
    assert _quotes("Mara Quist, herself a skipper, drew a wave of boos upon saying, “The "
                   "board heard the passion of the people.”") == [
        ("direct", "The board heard the passion of the people.", "Mara Quist")]
    # after "?", an attribution with a short object and nothing after it
    assert _quotes("Mara Quist met the harbour chief on Monday. “Did you know it was the old "
                   "toll?” Quist asked the harbour chief.") == [
        ("direct", "Did you know it was the old toll?", "Mara Quist")]
    # a quotation split by an attribution that ends in an abbreviation's full stop
    assert _quotes("“The toll is not a good record,” Ivo Rask said at a rally in Oster, N.Y. "
                   "“The board worked to spread the toll throughout the delta.”") == [
        ("direct", "The toll is not a good record,", "Ivo Rask"),
        ("direct", "The board worked to spread the toll throughout the delta.", "Ivo Rask")]


def test_attributions_with_a_document_a_party_tag_or_a_fronted_question() -> None:
    # the subject that issued the statement speaks its quotation
    assert _quotes("Immediately after the storm, Ivo Rask issued a statement, “Last night, our "
                   "harbour was hit by the worst storm in decades.”") == [
        ("direct", "Last night, our harbour was hit by the worst storm in decades.", "Ivo Rask")]
    # a comma after the party tag does not hide the speaker
    assert _quotes("After winning the vote, Gov. Ivo Rask (R-Vell), said, “I am getting ready "
                   "to rent a ferry.”") == [
        ("direct", "I am getting ready to rent a ferry.", "Ivo Rask")]
    # a fronted "Asked …," clause before a verb the tables lack and a colon
    assert ("direct", "Whichever one I am on at the moment.", "Ivo Rask") in _quotes(
        "Asked which quay was his favorite, Ivo Rask demurred: “Whichever one I am on at the "
        "moment.”")
    # a possessive before the descriptor of a trailing speaker
    assert _quotes("“We had called him just before he boarded,” his nephew Michery el Soheil "
                   "added.") == [
        ("direct", "We had called him just before he boarded,", "Michery el Soheil")]


def test_known_person_after_a_title_phrase_is_a_credible_speaker() -> None:
    # "calls" is a noun too, so its subject must be a credible speaker: a known person at
    # the end of "Former Vell governor Ann Quist" is one
    text = ("Ann Quist backs Ivo Rask.\n\n"
            "Former Vell governor Ann Quist, an early supporter of Rask, calls the issue of "
            "security \"a priority\" for women.")
    got = [(q.kind.value, q.text, q.speaker and q.speaker.name)
           for q in extract_quotes(article_from_text(text))]
    assert got == [("mixed", "the issue of security \"a priority\" for women", "Ann Quist")]


def test_report_ends_where_the_writer_goes_on_after_a_quotation() -> None:
    assert _quotes("Ivo Rask called the mayor “the next great builder” – the founder whom "
                   "Rask admires most.") == [
        ("mixed", "the mayor “the next great builder”", "Ivo Rask")]
    assert _quotes("Ivo Rask called the toll \"unpatriotic,\" and his board has made a major "
                   "effort to stop it.") == [("mixed", "the toll \"unpatriotic,\"", "Ivo Rask")]
    assert _quotes("Ivo Rask said the vote had been \"rigged\" against him, a charge that the "
                   "board strongly denied.") == [
        ("mixed", "the vote had been \"rigged\" against him", "Ivo Rask")]
    # the report goes on when the verb phrase does ("and that …", "and have …")
    assert _quotes("Ivo Rask said the polls could be \"way off,\" and have been wrong in past "
                   "races.") == [
        ("mixed", "the polls could be \"way off,\" and have been wrong in past races", "Ivo Rask")]


def test_report_ends_before_and_when() -> None:
    assert _quotes("Ivo Rask said he had not seen the fight at the quay, and when asked "
                   "whether he backed the skippers, he said, “I hope not.”") == [
        ("indirect", "he had not seen the fight at the quay", "Ivo Rask"),
        ("direct", "I hope not.", "Ivo Rask")]


def test_then_coordinates_a_second_speech_verb() -> None:
    # "…, then said …" shares the subject as "and said" does (before: nothing, or the
    # object of "welcome" as the report)
    assert _quotes("Ivo Rask offered the man a job, then said he would welcome advice.") == [
        ("indirect", "he would welcome advice", "Ivo Rask")]


def test_that_clause_after_a_long_object_beats_a_trailing_reading() -> None:
    # after "On Thursday night," the attribution looks trailing, but the "that" clause
    # after "told the audience at his fundraiser for veterans" is what was said
    assert _quotes("On Thursday night, harbour chief Ivo Rask told the audience at his "
                   "fundraiser for veterans that he and the board had talked.") == [
        ("indirect", "he and the board had talked", "Ivo Rask")]


def test_trailing_attribution_with_a_possessive_object() -> None:
    assert _quotes("This is not about me, harbour chief Ivo Rask told his closest advisers "
                   "as he worked on the speech.") == [
        ("indirect", "This is not about me", "Ivo Rask")]


def test_subject_pronoun_after_a_told_object_starts_the_report() -> None:
    # "told the board he would quit": "he" with a verb ends the object, no "that" needed
    assert _quotes("Ivo Rask told the harbour board he would quit in June.") == [
        ("indirect", "he would quit in June", "Ivo Rask")]


def test_counted_time_phrase_is_no_subject() -> None:
    # "Eight years ago," opens the sentence; the subject of "and said" is "she"
    assert _quotes("Lena Quist runs the ferry. Eight years ago, she backed Ivo Rask over the "
                   "board and said, “Rask never once mended the nets.”") == [
        ("direct", "Rask never once mended the nets.", "Lena Quist")]


def test_speaker_before_a_participle_phrase() -> None:
    assert _quotes("Another harbour source speaking to Vell Radio said, “The inspectors are "
                   "counting the crates.”") == [
        ("direct", "The inspectors are counting the crates.", "Another harbour source")]
    assert _quotes("Ivo Rask speaking to Vell Radio said, “We are looking.”") == [
        ("direct", "We are looking.", "Ivo Rask")]


def test_source_described_by_what_it_knows_or_whom_it_is_near_speaks() -> None:
    # "familiar with", "close to": the source speaks, not the person or thing it knows
    assert _quotes("A pilot familiar with Harbour Master Ivo Rask’s plans said, “The quay "
                   "will close in May.”") == [
        ("direct", "The quay will close in May.", "pilot")]
    assert _quotes("A source familiar with his thinking said, “He will not sail.”") == [
        ("direct", "He will not sail.", "source")]
    assert _quotes("People close to Mayor Lena Quist say she will run again.") == [
        ("indirect", "she will run again", "People")]
    # (the adjective elsewhere is no description of a speaker)
    assert _quotes("Ivo Rask said the ferry was close to sinking.") == [
        ("indirect", "the ferry was close to sinking", "Ivo Rask")]


def test_quoted_title_inside_an_apposition_is_no_report_of_its_own() -> None:
    # the title's comma, inside its quotation marks, closes the apposition
    assert _quotes('Ann Lee, the author of "Tides," said the ferry is late.') == [
        ("indirect", "the ferry is late", "Ann Lee")]
    assert _quotes('Ivo Rask, the star of the show "Low Tide," about the harbour, said the '
                   'quay will close.') == [
        ("indirect", "the quay will close", "Ivo Rask")]


def test_people_set_against_a_report_make_one_of_their_own() -> None:
    got = _quotes("Half said they wanted a new harbour master, compared with four in 10 who "
                  "said they preferred the old one.")
    assert [(k, t) for k, t, _ in got] == [
        ("indirect", "they wanted a new harbour master"),
        ("indirect", "they preferred the old one")]
    assert got[0][2] == "Half"
    # (an aside between commas stays inside the report)
    assert _quotes("Ivo Rask said the quay, compared with the one who said it, is fine.") == [
        ("indirect", "the quay, compared with the one who said it, is fine", "Ivo Rask")]


def test_who_after_a_share_of_people_names_that_share() -> None:
    got = extract_quotes(article_from_text(
        "Half said they wanted a new harbour master, compared with four in 10 who said "
        "they preferred the old one. Only 12% who say they sail backed the toll."))
    second = got[1].speaker
    assert second is not None and (second.name, second.mention) == ("four in 10", "who")
    assert second.kind is SpeakerKind.GROUP
    shares = [q.speaker.name for q in got if q.speaker is not None]
    assert "12%" in shares


def test_report_in_a_relative_clause_ends_before_the_main_verb() -> None:
    got = _quotes("Many sailors who said they liked the plan were angry on Monday.")
    assert got == [("indirect", "they liked the plan", "Many sailors")]
    got = _quotes("Pilots who say the quay is safe if the tide is low are wrong.")
    assert [(k, t) for k, t, _ in got] == [("indirect", "the quay is safe if the tide is low")]


def test_what_someone_called_someone_without_quotation_marks() -> None:
    assert _quotes("Ivo Rask calls himself a democratic sailor.") == [
        ("indirect", "himself a democratic sailor", "Ivo Rask")]
    assert _quotes("The harbour board called him a reckless skipper who ignored the "
                   "tide tables.") == [
        ("indirect", "him a reckless skipper who ignored the tide tables", "harbour board")]
    # after a fronted phrase too, with or without quotation marks
    assert _quotes("In a speech, Ann Lee called him divisive.") == [
        ("indirect", "him divisive", "Ann Lee")]
    assert _quotes("In a speech, Ann Lee called him “divisive.”") == [
        ("mixed", "him “divisive.”", "Ann Lee")]
    # (a telephone call is no report)
    assert _quotes("Ann Lee called him on Monday.") == []
    assert _quotes("On Monday, Ann Lee called him back.") == []
    assert _quotes("Ann Lee called them back.") == []


def test_message_to_a_person_before_a_colon_is_the_senders() -> None:
    assert _quotes("Harbour chief Lena Quist delivered a blunt message to Ivo Rask: \"Stop "
                   "blaming the pilots for the silt.\"") == [
        ("direct", "Stop blaming the pilots for the silt.", "Lena Quist")]
    # a person named before the colon without a message still speaks
    assert _quotes("The news comes as no surprise to harbour master Ann Lee: \"We saw it "
                   "coming.\"") == [("direct", "We saw it coming.", "Ann Lee")]


def test_aside_between_the_verb_and_that() -> None:
    assert _quotes("Lena Quist said, without evidence, that the pier was safe.") == [
        ("indirect", "the pier was safe", "Lena Quist")]


def test_attribution_after_a_full_stop_that_goes_on_is_a_new_sentence() -> None:
    # "She also said, …, that …" after “… builder.” starts a sentence of its own (before:
    # the "called" report ran over it)
    assert _quotes("Lena Quist called the mayor “the best builder.” She also said, without "
                   "evidence, that “they are hiding the tide tables.”") == [
        ("mixed", "the mayor “the best builder.”", "Lena Quist"),
        ("direct", "they are hiding the tide tables.", "Lena Quist")]
    # a short "He added, “…”" still attributes the quotation before it too
    text = ("Ivo Rask spoke at the quay. “The fleet is ready,” he said. “I think this will "
            "save the port.” He added, “Selling the boats is madness.”")
    assert [q.speaker.mention if q.speaker else None
            for q in extract_quotes(article_from_text(text))] == [
        "he", "He", "He"]


def test_more_verbs_around_a_quotation() -> None:
    assert _quotes("Lena Quist thanked him for “stepping up when the council won’t.”") == [
        ("mixed", "him for “stepping up when the council won’t.”", "Lena Quist")]
    assert _quotes("The harbour charter affirms: “No skipper shall leave a crew ashore.”") == [
        ("direct", "No skipper shall leave a crew ashore.", "harbour charter")]
    # an unknown verb after the quotation, then a clause of its own after "and"
    assert _quotes("Ivo Rask shouted at the pilots. “Go back to Vell,” Rask barked and a "
                   "guard led the pilot out.") == [("direct", "Go back to Vell,", "Ivo Rask")]


def test_first_verb_reports_nothing_before_and_a_speech_verb() -> None:
    assert _quotes("Lena Quist spoke for an hour, and at the mention of ferries she laughed "
                   "and admitted “ferries can be a curse.”") == [
        ("direct", "ferries can be a curse.", "Lena Quist")]


def test_colon_at_the_end_of_a_paragraph_introduces_the_next() -> None:
    # an organisation with a speech verb, not only a person the article names
    assert _quotes("The harbour board confirmed the figures, reporting:\n\n\"When the pilots "
                   "left the quay, the eel catch doubled within a year.\"") == [
        ("direct", "When the pilots left the quay, the eel catch doubled within a year.",
         "harbour board")]
    assert _quotes("The Vell Foundation describes itself in the following way:\n\n“We plant "
                   "reeds along every bank of the Vell estuary.”") == [
        ("direct", "We plant reeds along every bank of the Vell estuary.", "Vell Foundation")]
    # an inverted attribution: the verb first, then the person
    assert _quotes("Harbour chief Ivo Rask spoke on Vell Radio.\n\nStated Rask:\n\n“I think "
                   "the dredger will be late by a whole season.”") == [
        ("direct", "I think the dredger will be late by a whole season.", "Ivo Rask")]
    assert _quotes("Harbour chief Ivo Rask spoke. Continued Rask: “The buoys need new "
                   "paint.”") == [("direct", "The buoys need new paint.", "Ivo Rask")]


def test_capitalised_organisation_name_is_an_organisation() -> None:
    quotes = extract_quotes(article_from_text(
        "The Vell Foundation describes itself in the following way:\n\n“We plant reeds along "
        "every bank of the Vell estuary.”"))
    assert [(q.speaker.name, q.speaker.kind.value) for q in quotes if q.speaker] == [
        ("Vell Foundation", "organisation")]


def test_unknown_verb_then_a_role_and_a_name_after_the_quotation() -> None:
    assert _quotes("“We will sail tomorrow,” mused Vell Radio host Arno Tilsberg.") == [
        ("direct", "We will sail tomorrow,", "Arno Tilsberg")]


def test_colon_intro_takes_the_reporter_before_its_verb() -> None:
    # "As Vell News reported, …:" introduces the quotation; not a capitalised run later
    # in the sentence ("Lake Vell Summer Regatta")
    assert _quotes("The rowers waited.\n\nAs Vell News reported, even on Friday "
                   "morning, the Oster Harbour Board was still weighing whether to move the Lake "
                   "Vell Summer Regatta upstream:\n\n\"The board wants the boats away from "
                   "the new dredging channel by July.\"") == [
        # (the clause after "As Vell News reported," is its report too)
        ("indirect", "even on Friday morning, the Oster Harbour Board was still weighing "
         "whether to move the Lake Vell Summer Regatta upstream", "Vell News"),
        ("direct", "The board wants the boats away from the new dredging channel by July.",
         "Vell News")]


def test_citing_a_reason_names_no_source() -> None:
    assert _quotes("He has banned three radio stations from his events, citing his anger at "
                   "reports about the quay.") == []
    assert _quotes("The ferry will stop in May, citing two harbour officials.") == [
        ("indirect", "The ferry will stop in May", "two harbour officials")]


def test_who_resolves_to_the_group_it_is_about() -> None:
    quotes = extract_quotes(article_from_text(
        "Several harbour officials, who said the ferry would stop, left the quay early."))
    assert [(q.text, q.speaker.name, q.speaker.mention, q.speaker.kind.value)
            for q in quotes if q.speaker] == [
        ("the ferry would stop", "Several harbour officials", "who", "group")]


def test_leading_preposition_is_no_part_of_a_name() -> None:
    assert _quotes("Despite Ivo Rask's denials, he said the pack was wrong.") == [
        ("indirect", "the pack was wrong", "Ivo Rask")]
    # a surname that is a preposition stays (only a leading one is peeled off)
    assert _quotes("Harbour adviser Jo Amid said the pack was wrong.") == [
        ("indirect", "the pack was wrong", "Jo Amid")]


def test_relative_that_is_no_part_of_the_speakers_name() -> None:
    quotes = extract_quotes(article_from_text(
        "Britt Olm was the protester, wearing a shirt that read “Free the eels of Vell.”"))
    assert [(q.speaker.name, q.speaker.mention) for q in quotes if q.speaker] == [
        ("shirt", "a shirt that")]


def test_which_resolves_to_the_body_it_is_about() -> None:
    quotes = extract_quotes(article_from_text(
        "The findings were backed by a harbour panel, which said the pilots carried out two "
        "attacks."))
    assert [(q.text, q.speaker.name, q.speaker.mention, q.speaker.kind.value)
            for q in quotes if q.speaker] == [
        ("the pilots carried out two attacks", "harbour panel", "which", "organisation")]


def test_who_after_any_noun_phrase_names_it() -> None:
    quotes = extract_quotes(article_from_text(
        "It was the pilots who said the ferry would stop. The quay was built by an architect "
        "who said he was never paid."))
    assert [(q.speaker.name, q.speaker.kind.value) for q in quotes if q.speaker] == [
        ("pilots", "group"), ("architect", "person")]


@pytest.mark.parametrize("dateline", [
    "OSTER HARBOUR, Vell —", "OSTER (VP) —", "OSTER, Dec. 8 (VP) —", "VELL —"])
def test_dateline_is_no_speaker(dateline: str) -> None:
    assert _quotes(f"{dateline} The mayor spoke on Monday, saying the pier was safe.") == [
        ("indirect", "the pier was safe", "mayor")]


def test_possessive_subject_with_an_apposed_name() -> None:
    assert _quotes("OSTER, Aug 31 (VP) - Vell's far-right harbour party leader, Lena Quist, "
                   "voiced support for the plan on Wednesday, saying the pier was safe.") == [
        ("indirect", "support for the plan", "Lena Quist"),
        ("indirect", "the pier was safe", "Lena Quist")]
    # the name in apposition to a role before the verb is the speaker
    got = extract_quotes(article_from_text(
        "The harbour board's press secretary, Piet Lund, told the Courier that the quay "
        "will reopen."))
    assert [(q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in got] == [
        ("Piet Lund", "Piet Lund")]


def test_naming_verb_after_a_thing_reports_nothing() -> None:
    assert _quotes("On ferry fares, both oppose a pricing rule called the \"tide "
                   "ladder\" that would raise the winter fares.") == []
    # after a speaker it is a mixed quote as before
    assert _quotes("Ivo Rask called the plan \"a disgrace.\"") == [
        ("mixed", "the plan \"a disgrace.\"", "Ivo Rask")]


def test_document_obtained_by_an_outlet_speaks_for_itself() -> None:
    got = _quotes("A letter from the Vell Rowing Guild obtained by Vell Radio warns that “the "
                  "regatta will move to Oster next spring.”")
    assert [(k, t) for k, t, _ in got] == [
        ("direct", "the regatta will move to Oster next spring.")]
    assert got[0][2] != "Vell Radio"


def test_title_after_of_or_in_is_no_quotation() -> None:
    assert _quotes("“The nets are mended,” Ivo Rask told the Vell Radio hosts of “Morning Tide,” "
                   "adding that his son is friendly with one of them.") == [
        ("direct", "The nets are mended,", "Ivo Rask"),
        ("indirect", "his son is friendly with one of them", "Ivo Rask")]
    assert _quotes("In “Salt and Tar,” Ivo Rask gets into the spirit.") == []


def test_which_clause_with_a_speaker_is_a_report_of_its_own() -> None:
    assert _quotes("Rask criticized the email use, which a harbour inquiry said was "
                   "“rather sloppy” but did not warrant charges.") == [
        ("mixed", "was “rather sloppy” but did not warrant charges", "harbour inquiry")]


def test_noun_verb_after_a_quotation_is_no_trailing_attribution() -> None:
    # "charges" after "warrant" is a noun: the report goes on after the quotation
    assert _quotes("The inquiry said it was “rather sloppy” but did not warrant "
                   "charges.") == [
        ("mixed", "it was “rather sloppy” but did not warrant charges", "inquiry")]
    assert _quotes("“The ferry is late,” Rask charges.") == [
        ("direct", "The ferry is late,", "Rask")]


def test_participle_after_a_comma_closed_quotation_is_the_writers() -> None:
    assert _quotes("Lena Quist joined him on stage and joked, “Rowers, you’ll sink the "
                   "whole fleet,” drawing loud jeers and “QUIST!” chants.") == [
        ("direct", "Rowers, you’ll sink the whole fleet,", "Lena Quist")]


def test_clause_after_a_prepositional_phrase_without_that() -> None:
    assert _quotes("The Vell Kayak Club said in a statement Thursday night they cancelled the "
                   "night race on the estuary.") == [
        ("indirect", "they cancelled the night race on the estuary", "Vell Kayak Club")]
    assert _quotes("Rask said in a statement Monday the ferry would stop in May.") == [
        ("indirect", "the ferry would stop in May", "Rask")]


def test_any_past_speech_verb_after_and_or_but_starts_a_new_report() -> None:
    assert _quotes("Ivo Rask, a top harbour fundraiser, says the point of the campaign is "
                   "“to slow the dredging,” but conceded that the old quay needs the work "
                   "too.") == [
        ("mixed", "the point of the campaign is “to slow the dredging,”", "Ivo Rask"),
        ("indirect", "the old quay needs the work too", "Ivo Rask")]


def test_clause_after_a_told_object_with_an_adverb_or_a_possessive() -> None:
    assert _quotes("Rask told the VP he never worked with Quist.") == [
        ("indirect", "he never worked with Quist", "Rask")]
    assert _quotes("Ivo Rask told the VP his firm worked closely with the harbour.") == [
        ("indirect", "his firm worked closely with the harbour", "Ivo Rask")]


def test_named_object_ends_before_a_time_phrase() -> None:
    assert _quotes("Ivo Rask endorsed Lena Quist in early June.") == [
        ("indirect", "Lena Quist", "Ivo Rask")]
    assert _quotes("The dock union endorsed Lena Quist last week.") == [
        ("indirect", "Lena Quist", "dock union")]


def test_name_and_past_tense_open_the_reported_clause() -> None:
    # the "that" of a relative clause inside the report is not the complementiser
    assert _quotes("Ms. Oyelaran, the pollster, said Mr. Tavish envisioned a route that "
                   "skipped the northern quays.") == [
        ("indirect", "Mr. Tavish envisioned a route that skipped the northern quays",
         "Oyelaran")]


def test_singular_noun_phrase_and_present_verb_make_a_clause() -> None:
    assert _quotes("Ola Brandt said the ferry service depends on subsidies.") == [
        ("indirect", "the ferry service depends on subsidies", "Ola Brandt")]
    assert _quotes("Ola Brandt said that the plan makes sense.") == [
        ("indirect", "the plan makes sense", "Ola Brandt")]


def test_plural_roles_and_people_of_a_body_are_speakers() -> None:
    assert _quotes("Dredging specialists say the channel will silt up again.") == [
        ("indirect", "the channel will silt up again", "Dredging specialists")]
    assert _quotes("Proponents of cheaper fares say the levy will fail.") == [
        ("indirect", "the levy will fail", "Proponents of cheaper fares")]
    assert _quotes("Critics of the harbourmaster said the levy will fail.") == [
        ("indirect", "the levy will fail", "Critics of the harbourmaster")]


def test_participle_aside_after_an_apposition_is_skipped() -> None:
    assert _quotes("Wren Achebe, a net maker from Quell, Tor., visiting the fair, said she "
                   "could not back the levy.") == [
        ("indirect", "she could not back the levy", "Wren Achebe")]


def test_relative_clause_after_an_apposition_belongs_to_the_name() -> None:
    assert _quotes("Piet Marlow, a clerk at the lock, who joined in May, said the gates "
                   "were rusting.") == [
        ("indirect", "the gates were rusting", "Piet Marlow")]
    # a name after the comma is the speaker, not the one before
    assert _quotes("Of Vosk, Marlow, who backs Quist, said, “He is a fine sailor.”") == [
        ("direct", "He is a fine sailor.", "Marlow")]


def test_possessive_after_the_verb_opens_a_clause_not_a_phrase() -> None:
    assert _quotes("In an interview with Kai Moss on his show “Low Tide” on Friday, Runa "
                   "Halvorsen said her union is going into “overdrive” against the levy.") == [
        ("mixed", "her union is going into “overdrive” against the levy", "Runa Halvorsen")]


def test_second_report_after_a_setting_phrase() -> None:
    assert _quotes("Although in March she said the toll was a mistake, at the quay this "
                   "week she said it had paid for the new lock.") == [
        ("indirect", "the toll was a mistake", "she"),
        ("indirect", "it had paid for the new lock", "she")]


def test_relative_clause_with_a_report_inside_the_subject() -> None:
    expected = [("indirect", "Quell could not close its port", "judges"),
                ("indirect", "the problem was not the fee", "judges")]
    assert _quotes("The judges who ruled that Quell could not close its port said the "
                   "problem was not the fee.") == expected
    assert _quotes("The judges who ruled that Quell could not close its port, for "
                   "instance, said the problem was not the fee.") == expected


def test_sentence_opening_said_before_a_name_and_a_quotation() -> None:
    assert _quotes("The ferry was late again. Said Orrin Vask, “This keeps happening to "
                   "us.”") == [("direct", "This keeps happening to us.", "Orrin Vask")]


def test_told_an_audience_with_a_relative_clause_before_the_quotation() -> None:
    assert _quotes("But, she told the skippers who gathered in the old port of Quell, "
                   "“nobody should doubt our resolve.”") == [
        ("direct", "nobody should doubt our resolve.", "she")]


def test_quotation_after_a_report_continues_its_speaker() -> None:
    assert _quotes("At the quay on Monday, Orrin Vask said the toll was fair. “It is the "
                   "only way to pay for the dredging.”") == [
        ("indirect", "the toll was fair", "Orrin Vask"),
        ("direct", "It is the only way to pay for the dredging.", "Orrin Vask")]


def test_plain_object_before_a_comma_is_no_reported_clause() -> None:
    assert _quotes("Vosk still maintains an overwhelming lead in the harbour polls, "
                   "reflecting his record, but the backing of the guild has yet to help "
                   "him.") == []
    assert _quotes("Judge Dorn wrote a sharp dissent, rooted in the harbour's history, in "
                   "a case on fees.") == []
    # an aside may stand between the subject of the report and its verb
    assert _quotes("Dorn said a new levy, which the council backs, will pass.") == [
        ("indirect", "a new levy, which the council backs, will pass", "Dorn")]


def test_it_and_a_past_tense_open_the_reported_clause() -> None:
    # the "that" of the relative clause is no complementiser to skip to
    assert _quotes("The Quell Courier said it obtained 72 letters that Dorn sent from his "
                   "own account.") == [
        ("indirect", "it obtained 72 letters that Dorn sent from his own account",
         "Quell Courier")]


def test_report_in_a_fronted_phrase_ends_with_the_phrase() -> None:
    assert _quotes("Despite polls showing her well behind, Vosk campaigned hard in the "
                   "towns she won in 2008.") == [("indirect", "her well behind", "polls")]


def test_capitalised_speech_verb_inside_a_name_keeps_the_relative_subject() -> None:
    # "Post" in an outlet's name is no verb of the relative clause
    assert _quotes("Officials who spoke with the Quell Post said the club has become a "
                   "shell of itself.") == [
        ("indirect", "the club has become a shell of itself", "Officials")]


def test_name_with_its_body_after_a_description_is_the_speaker() -> None:
    assert _quotes("One pastor backing Mr. Vosk, Edda Lind of the Quell Chapel in Tarn, "
                   "said she had made 150 calls.") == [
        ("indirect", "she had made 150 calls", "Edda Lind")]


def test_author_of_a_cited_document_is_the_source() -> None:
    assert _quotes("The levy will pass, according to a post from Edda Lind.") == [
        ("indirect", "The levy will pass", "Edda Lind")]
    assert _quotes("According to a statement by the Quell Harbour Board, the levy will "
                   "pass.") == [("indirect", "the levy will pass", "Quell Harbour Board")]


def test_maintain_reports_a_clause_not_an_object() -> None:
    assert _quotes("Edda Lind and Ivo Rask maintained their duel as they sit atop the "
                   "harbour polls.") == []
    assert _quotes("Edda Lind has long maintained she broke no harbour rule.") == [
        ("indirect", "she broke no harbour rule", "Edda Lind")]


def test_participle_after_an_according_to_source_belongs_to_it() -> None:
    text = ("According to Edda Lind, writing for the Quell Courier:\n\n"
            "“The levy will pass in May, and the mayor will back it.”")
    assert _quotes(text) == [
        ("direct", "The levy will pass in May, and the mayor will back it.", "Edda Lind")]


def test_new_report_after_a_colon_is_its_own() -> None:
    assert _quotes("The harbour board said the vote was split: Edda Lind called the toll "
                   "“the least bad option.”") == [
        ("indirect", "the vote was split", "harbour board"),
        ("mixed", "the toll “the least bad option.”", "Edda Lind")]


def test_object_in_a_relative_clause_ends_before_the_main_verb() -> None:
    got = _quotes("Rowers who criticized the new harbour toll sounded unsure about it.")
    assert [(kind, text) for kind, text, _ in got] == [("indirect", "the new harbour toll")]


def test_message_to_its_readers_speaks_for_its_sender() -> None:
    assert _quotes("Edda Lind sent a text message to supporters saying: “We won in "
                   "Quell!”") == [("direct", "We won in Quell!", "Edda Lind")]
    # a document inside a phrase is no document of the subject's
    assert _quotes("In the wake of a new poll showing Vosk down to 14 percent, Edda Lind "
                   "told the Courier that the race is open.") == [
        ("indirect", "Vosk down to 14 percent", "new poll"),
        ("indirect", "the race is open", "Edda Lind")]


def test_adverb_before_a_fronted_clause_is_no_subject() -> None:
    got = _quotes("Even before Lind took the stage, the Quell Rowing Club sent an email to "
                  "members saying the regatta was saved.")
    assert got == [("indirect", "the regatta was saved", "Quell Rowing Club")]


def test_share_of_a_group_and_overall_before_the_verb() -> None:
    assert _quotes("Nearly eight in 10 Quell voters overall said they have made up their "
                   "mind on the toll.") == [
        ("indirect", "they have made up their mind on the toll",
         "Nearly eight in 10 Quell voters")]


def test_bare_compound_noun_phrase_and_present_verb_make_a_clause() -> None:
    assert _quotes("Dock experts said harbour crane safety depends on training.") == [
        ("indirect", "harbour crane safety depends on training", "Dock experts")]


def test_conditional_and_its_main_clause_are_reported() -> None:
    assert _quotes("Rask said if he were mayor, the toll would be cut for the old quay.") == [
        ("indirect", "if he were mayor, the toll would be cut for the old quay", "Rask")]
    # a subordinate clause alone is the writer's setting, not a report
    assert _quotes("Edda Lind said as the crowd cheered.") == []


def test_participle_in_a_fronted_phrase_ends_at_its_comma() -> None:
    assert _quotes("In a statement defending Lind, the Vosk campaign said she will be "
                   "represented by two lawyers.") == [
        ("indirect", "Lind", "statement"),  # (the statement defends her)
        ("indirect", "she will be represented by two lawyers", "Vosk campaign")]


def test_report_inside_a_setting_clause_after_a_quotation() -> None:
    assert _quotes("“I never said that,” Vosk said, after the Courier’s Edda Lind said the "
                   "mayor had called Rask a “puppet” of the board.") == [
        ("direct", "I never said that,", "Vosk"),
        ("mixed", "the mayor had called Rask a “puppet” of the board", "Edda Lind")]


def test_outlet_before_a_name_is_no_part_of_the_canonical_name() -> None:
    assert _quotes("The Courier’s Edda Lind said the toll was fair.") == [
        ("indirect", "the toll was fair", "Edda Lind")]
    assert _quotes("Quell’s Harbour School said the toll was fair.") == [
        ("indirect", "the toll was fair", "Quell’s Harbour School")]


def test_show_title_in_doubled_apostrophes_before_that() -> None:
    assert _quotes("Bo Dahl said on the radio show ''Low Tide'' that the harbour board had "
                   "become an echo chamber.") == [
        ("indirect", "the harbour board had become an echo chamber", "Bo Dahl")]
    # "the radio show" is a noun, not a verb of "the radio"
    assert _quotes("Edda Lind hosts the radio show ''Low Tide'' on Sundays.") == []


def test_phrase_between_commas_after_a_relative_clause_subject() -> None:
    assert _quotes("Yet some rowers who have heard Vosk's speeches over the years, on the "
                   "radio or at the quay, said he had less fire lately.") == [
        ("indirect", "he had less fire lately", "some rowers")]


def test_titles_before_their_host_and_links_are_no_quotations() -> None:
    assert _quotes("“Low Tide” host Bo Dahl on Thursday said the toll was fair.") == [
        ("indirect", "the toll was fair", "Bo Dahl")]
    assert _quotes("In an interview with “Harbour Hour,” Edda Lind said the toll was "
                   "fair.") == [("indirect", "the toll was fair", "Edda Lind")]
    got = _quotes("The Courier’s Bo Dahl: “The toll is fair.” “http://vell.example/x1”")
    assert [text for _, text, _ in got] == ["The toll is fair."]


def test_fronted_phrase_without_a_verb_is_no_trailing_report() -> None:
    got = _quotes('In an extended appearance on "Morning Tide," co-host Edda Lind asked '
                  "Rask how he would pay for it.")
    assert all(not text.startswith("In an extended") for _, text, _ in got)


def test_object_ends_before_a_second_subject_and_its_speech_verb() -> None:
    assert _quotes('Edda Lind accuses Vosk of "leading from behind" and Ivo Rask says he is '
                   '"losing the harbour," part of a lashing they have given the mayor.') == [
        ("mixed", 'Vosk of "leading from behind"', "Edda Lind"),
        ("mixed", 'he is "losing the harbour," part of a lashing they have given the mayor',
         "Ivo Rask")]


def test_relative_clause_after_a_closing_quotation_is_the_writers() -> None:
    assert _quotes("Lind interjected, “Ladies and gentlemen, Mr. Bo Dahl,” who bowed to the "
                   "crowd.") == [("direct", "Ladies and gentlemen, Mr. Bo Dahl,", "Lind")]


def test_two_word_role_and_participle_aside_with_a_title() -> None:
    assert _quotes('"It is the same attack," press secretary Bo Dahl said, in the segment '
                   "after the debate.") == [
        ("direct", "It is the same attack,", "Bo Dahl")]
    assert _quotes("“We have had better fairs than this one,” Quell delegate Bo Dahl, "
                   "wearing a straw hat and “Vosk” pins, said matter-of-factly as confetti "
                   "fluttered down.") == [
        ("direct", "We have had better fairs than this one,", "Bo Dahl")]


def test_clause_after_a_told_audience_and_a_comma() -> None:
    assert _quotes("Instead, Rask told the Courier, his policy would merely be “to go after "
                   "them” if he wins.") == [
        ("mixed", "his policy would merely be “to go after them” if he wins", "Rask")]


def test_mixed_quote_split_by_its_attribution_goes_on() -> None:
    assert _quotes("The “animosity is like I have never seen before,” he told Bo Dahl of "
                   "Quell Radio after the debate, “and I hope we can fix it.”") == [
        ("mixed", "The “animosity is like I have never seen before,”", "he"),
        ("direct", "and I hope we can fix it.", "he")]


def test_condition_before_the_reported_clause_after_a_that_verb() -> None:
    assert _quotes("Edda Lind confirmed that if Rask split the votes, she would need 55 "
                   "percent.") == [
        ("indirect", "if Rask split the votes, she would need 55 percent", "Edda Lind")]
    assert _quotes("Edda Lind confirmed even if Rask split the votes, she would need 55 "
                   "percent.") == [
        ("indirect", "even if Rask split the votes, she would need 55 percent", "Edda Lind")]


def test_read_after_a_quotation_names_its_document() -> None:
    assert _quotes("“The toll will stay,” read the statement, which was attributed to Bo "
                   "Dahl.") == [("direct", "The toll will stay,", "statement")]
    # "read" with a reader and a book is no attribution
    assert _quotes("Ann Lee read the book on the ferry.") == []


def test_quotation_without_its_closing_mark_before_the_attribution() -> None:
    assert _quotes('"There was little help for parents in the early years, said Dahl, whose '
                   "group backs the toll.") == [
        ("direct", "There was little help for parents in the early years,", "Dahl")]
    # a quotation that goes on in the next paragraph stays open
    got = _quotes("Lind said: “The toll will stay and the quay will be rebuilt in May.\n\n"
                  "“The board agrees with every part of the plan.”")
    assert [(text, spk) for _, text, spk in got] == [
        ("The toll will stay and the quay will be rebuilt in May.", "Lind"),
        ("The board agrees with every part of the plan.", "Lind")]


def test_asker_named_after_by_asks_the_question() -> None:
    assert _quotes("Asked by Bo Dahl whether she had practised her speech, Lind said she "
                   "read it once over.") == [
        ("indirect", "whether she had practised her speech", "Bo Dahl"),
        ("indirect", "she read it once over", "Lind")]
    # without "by", the question has no asker
    assert _quotes("Asked whether the toll would stay, Lind smiled.") == [
        ("indirect", "whether the toll would stay", None)]


def test_question_about_a_topic_put_to_someone() -> None:
    assert _quotes("Bo Dahl asked the mayor about the toll on the old quay.") == [
        ("indirect", "the mayor about the toll on the old quay", "Bo Dahl")]
    assert _quotes("Bo Dahl asked the mayor to delay the vote.") == [
        ("indirect", "the mayor to delay the vote", "Bo Dahl")]


def test_second_verb_after_a_quotation_or_an_adverb_is_no_part_of_it() -> None:
    assert _quotes('Rowers on the quay chanted "What curfew?" and kept going until nearly '
                   "2 a.m.") == [("direct", "What curfew?", "Rowers")]
    assert _quotes("Ann Lee urges her husband to come out of the car and repeatedly says, "
                   '"Do not do it."') == [
        ("indirect", "her husband to come out of the car", "Ann Lee"),
        ("direct", "Do not do it.", "Ann Lee")]
    # inside a reported clause the coordinated verb stays
    assert _quotes("The board said Lind was “careless” and mishandled the accounts.") == [
        ("mixed", "Lind was “careless” and mishandled the accounts", "board")]


def test_coordinated_cue_verb_with_that_starts_a_new_report() -> None:
    assert _quotes("Lind said the toll was fair and suspected that Vosk would fight it.") == [
        ("indirect", "the toll was fair", "Lind"),
        ("indirect", "Vosk would fight it", "Lind")]
    # a report inside the report keeps its own coordinated verb
    assert _quotes("According to Lind, Vosk said that he was pleased and promised that the "
                   "toll would go.") == [
        ("indirect", "Vosk said that he was pleased and promised that the toll would go",
         "Lind")]


def test_passive_aside_and_a_comma_before_that() -> None:
    assert _quotes("On Friday, Lind — mentioned by the Courier as the leading choice for "
                   "the job — told Bo Dahl of Quell Radio, that “you have to look at it "
                   "very seriously.”") == [
        ("direct", "you have to look at it very seriously.", "Lind")]


def test_object_with_a_quotation_and_no_object_after_a_verb() -> None:
    assert _quotes('She has proposed appointing a toll prosecutor, and called for tripling '
                   '"the number of harbour officers."') == [
        ("indirect", "appointing a toll prosecutor", "She"),
        ("mixed", 'tripling "the number of harbour officers."', "She")]
    # what follows an object verb's relative clause is no object
    got = _quotes("The four “loopholes” she cited are “the ability to dodge the toll.”")
    assert all(not text.startswith("are") for _, text, _ in got)


def test_relative_clause_with_commas_of_its_own_belongs_to_the_name() -> None:
    assert _quotes("Sandy Lee, who lost her boat off Tarn, Nor., in July 2012, said that "
                   "Vosk had treated her family badly.") == [
        ("indirect", "Vosk had treated her family badly", "Sandy Lee")]


def test_name_of_a_paper_after_its_description_is_no_speaker() -> None:
    assert _quotes("Ana Vian, the editor in chief of the harbour's official newspaper, Le "
                   "Phare, said every mayor was “both sailor and clerk.”") == [
        ("mixed", "every mayor was “both sailor and clerk.”", "Ana Vian")]


def test_naming_verbs_and_source_adjectives_are_tables_a_user_extends() -> None:
    text = "Ann Lee dubbed him a fair-weather sailor."
    assert _quotes(text) == []
    ex = QuoteExtractor().with_lexicon(Lexicon().with_naming_verbs("dub"))
    got = [(q.kind.value, q.text) for q in extract_quotes(article_from_text(text), ex)]
    assert got == [("indirect", "him a fair-weather sailor")]
    # British spelling of the default naming verbs
    assert _quotes("Ann Lee labelled him divisive.") == [("indirect", "him divisive", "Ann Lee")]
    text = "A pilot acquainted with the harbour master said, “The quay will close.”"
    assert _quotes(text)[0][2] != "pilot"
    ex = QuoteExtractor().with_lexicon(Lexicon().with_source_adjectives("acquainted with"))
    got = [(q.text, q.speaker and q.speaker.name)
           for q in extract_quotes(article_from_text(text), ex)]
    assert got == [("The quay will close.", "pilot")]


def test_one_syllable_speech_verbs_double_their_final_consonant() -> None:
    # "slam" is an object verb, "snap" a quotation verb: their past forms are cues
    assert _quotes("Ann Lee slammed the new harbour toll.") == [
        ("indirect", "the new harbour toll", "Ann Lee")]
    assert _quotes("“Not today,” Ann Lee snapped.") == [("direct", "Not today,", "Ann Lee")]


def test_two_apostrophe_quote_closing_after_a_nested_quote() -> None:
    # ",'''": the nested quote's apostrophe, then the two that close the quotation
    got = extract_quotes(article_from_text(
        "''I tell the pilots, 'We will not dredge the quay,''' said Ivo Rask. ''They "
        "never listen to me, not once in ten years of trying.''"))
    assert [(q.text, q.speaker and q.speaker.name) for q in got] == [
        ("I tell the pilots, 'We will not dredge the quay,'", "Ivo Rask"),
        ("They never listen to me, not once in ten years of trying.", "Ivo Rask")]


def test_report_inside_a_relative_clause_opens_with_its_verb() -> None:
    # "a finish that he said defied expectations": the relative clause's verb phrase
    assert _quotes("Ivo Rask came second, in a race that the judges said defied the "
                   "tide tables.") == [("indirect", "defied the tide tables", "judges")]
    assert _quotes("The board kept tolls that pilots say crippled the small boats.") == [
        ("indirect", "crippled the small boats", "pilots")]
    # (the relative pronoun is no part of the speaker's name)
    got = extract_quotes(article_from_text(
        "The board kept tolls that harbour pilots said were unfair to small boats."))
    assert [(q.text, q.speaker and q.speaker.mention) for q in got] == [
        ("were unfair to small boats", "harbour pilots")]
    # (not after a word that is no noun: "so that", "said that")
    assert _quotes("Ann Lee said that Ivo Rask sailed to Tarn.") == [
        ("indirect", "Ivo Rask sailed to Tarn", "Ann Lee")]


def test_trailing_attribution_with_only_the_day_after_its_verb() -> None:
    assert _quotes("The ferry will sail to Tarn in May, the harbour board announced "
                   "Friday.") == [
        ("indirect", "The ferry will sail to Tarn in May", "harbour board")]
    # (a verb that reports only a quotation is no trailing attribution)
    assert _quotes("Ann Lee said she is headed to Tarn for the regatta, which begins "
                   "Monday.") == [
        ("indirect", "she is headed to Tarn for the regatta", "Ann Lee")]


def test_relative_clause_closed_by_a_comma_inside_the_marks() -> None:
    # "who calls the plan a “scam,” said …": the relative clause ends inside the marks,
    # its report is its own, and the main verb's speaker is the name before "who"
    got = extract_quotes(article_from_text(
        "Ann Lee, who calls the toll plan a “scam,” said she doubts the harbour board "
        "will last."))
    assert [(q.kind.value, q.text, q.speaker and q.speaker.name) for q in got] == [
        ("mixed", "the toll plan a “scam,”", "Ann Lee"),
        ("indirect", "she doubts the harbour board will last", "Ann Lee")]


def test_fronted_time_clause_and_its_main_clause_are_reported() -> None:
    # "when she was earning $24,000, a boss invited her": the subordinate clause leads to
    # a main clause (a money sign and a past tense without an auxiliary included)
    got = _quotes("In the early 1990s, Ann Lee said, when she was earning $24,000 a year, "
                  "a skipper invited her to lunch.")
    assert got[-1] == ("indirect", "when she was earning $24,000 a year, a skipper invited "
                       "her to lunch", "Ann Lee")
    # (a subordinate clause alone is the writer's setting)
    assert _quotes("Ann Lee said as the crowd cheered.") == []


def test_addressee_of_told_with_a_broadcasters_noun_or_a_role() -> None:
    # "told Vell’s ITV television station in an interview": a short object and a phrase
    # after the quotation still attribute it, and the addressee is no part of the quote
    assert _quotes("“It looks bad, who knows?” Ivo Rask told Vell’s ITV television station "
                   "in an interview aired on Monday.") == [
        ("direct", "It looks bad, who knows?", "Ivo Rask")]
    assert _quotes("Ivo Rask told Harbour Radio host Ann Lee he would run for mayor.") == [
        ("indirect", "he would run for mayor", "Ivo Rask")]


def test_examples_after_an_object_belong_to_it() -> None:
    assert _quotes("Ann Lee cited several reasons for the low turnout, including the new "
                   "toll on the bridge.") == [
        ("indirect", "several reasons for the low turnout, including the new toll on the "
         "bridge", "Ann Lee")]
    assert _quotes("Ann Lee cited several reasons for the low turnout, such as the new "
                   "toll on the bridge.") == [
        ("indirect", "several reasons for the low turnout, such as the new toll on the "
         "bridge", "Ann Lee")]
    # (examples do not make a short object long enough to report)
    assert _quotes("The harbour board demands guarantees, such as a promise not to close "
                   "the quay.") == []


def test_titles_after_a_memoir_or_with_an_ampersand_are_no_quotes() -> None:
    assert _quotes("The deal was doomed from the start, she wrote in her memoir, "
                   "“Tidal Choices.” She sold the ferry.") == []
    assert _quotes("On Wednesday, on Vell TV’s “Quays & Tides,” Ann Lee discussed the "
                   "toll.") == [("indirect", "the toll", "Ann Lee")]  # (not the title)


def test_dateline_in_mixed_case_with_an_agency_is_no_subject() -> None:
    got = extract_quotes(article_from_text(
        "Oster Harbour (VNA) – Deputy Mayor Ivo Rask on Monday toured the quay, "
        "accusing the board of neglecting the locks."))
    assert [(q.text, q.speaker and q.speaker.name) for q in got] == [
        ("the board of neglecting the locks", "Ivo Rask")]


def test_participle_after_a_second_main_clause_goes_with_its_subject() -> None:
    got = extract_quotes(article_from_text(
        "Over the past two weeks, the pilots fined the crews and Ann Lee fired her harbour "
        "chief, acknowledging that the city has lost trust in the quay."))
    assert [(q.text, q.speaker and q.speaker.name) for q in got] == [
        ("the city has lost trust in the quay", "Ann Lee")]
    assert "subject of the clause before the participle" in got[0].explain()
    # (one main clause: the sentence's subject)
    got = extract_quotes(article_from_text(
        "Ann Lee fired her harbour chief on Monday, acknowledging that the city has lost "
        "trust in the quay."))
    assert [q.speaker and q.speaker.name for q in got] == ["Ann Lee"]


def test_time_phrase_with_a_part_of_the_day_between_subject_and_verb() -> None:
    assert _quotes("Ann Lee earlier in the day touted the progress the harbour board has "
                   "made.") == [("indirect", "the progress the harbour board has made", "Ann Lee")]


def test_place_with_its_region_inside_an_aside_before_the_verb() -> None:
    assert _quotes("Ann Lee, during a town hall meeting in Oster, Vell, said she would "
                   "close the quay.") == [("indirect", "she would close the quay", "Ann Lee")]
    assert _quotes("“The toll is a disgrace,” Edda Lind, 67, a retired pilot in Tarn, Nor., "
                   "said.") == [("direct", "The toll is a disgrace,", "Edda Lind")]


def test_fronted_phrase_after_for_absent_or_despite_is_no_subject() -> None:
    assert _quotes("For months, Ann Lee has stayed out of the fight, arguing she did not "
                   "want to tip the scales.") == [
        ("indirect", "she did not want to tip the scales", "Ann Lee")]
    assert _quotes("Absent a strong defense of the toll, local residents may listen and "
                   "conclude that the board must go.") == [
        ("indirect", "the board must go", "local residents")]


def test_agency_dateline_region_and_fronted_place_are_no_subjects() -> None:
    # "OSTER, Nor. (VNA) –": the region's full stop ends no sentence before the agency
    assert _quotes("OSTER, Nor. (VNA) - Mayor Ann Lee met the pilots on Thursday and said "
                   "the quay must reopen.") == [("indirect", "the quay must reopen", "Ann Lee")]
    # a region of two words after a fronted phrase, and "Here in …"
    assert _quotes("Speaking at a fair in Tarn, New Vell, Ann Lee went after Rask, calling "
                   "him “a tired captain.”") == [("mixed", "him “a tired captain.”", "Ann Lee")]
    assert _quotes("Here in Oster, Ann Lee stepped up her attacks, saying the toll must "
                   "go.") == [("indirect", "the toll must go", "Ann Lee")]


def test_speech_noun_inside_a_fronted_phrase_is_no_verb() -> None:
    assert _quotes("In radio interviews and tweets, Ann Lee has argued that the board "
                   "rigged the vote.") == [("indirect", "the board rigged the vote", "Ann Lee")]


def test_participle_speaker_after_an_adverb_or_a_noun_phrase_with_of() -> None:
    assert _quotes("The pilot later sued, claiming the quarantine violated her rights.") == [
        ("indirect", "the quarantine violated her rights", "pilot")]
    got = extract_quotes(article_from_text(
        "The harbour master of the port of Oster is suing the board, claiming the toll is a "
        "fraud."))
    assert [(q.text, q.speaker and q.speaker.mention) for q in got] == [
        ("the toll is a fraud", "The harbour master")]


def test_fronted_time_phrase_without_a_comma_before_the_subject() -> None:
    assert _quotes("On Sunday morning Ann Lee made a third attempt to deflect the "
                   "criticism, writing on her blog that the real issue was the toll.") == [
        ("indirect", "the real issue was the toll", "Ann Lee")]


def test_trailing_attribution_followed_by_last_week() -> None:
    got = extract_quotes(article_from_text(
        "“Given how stubborn he is, it made the work hard,” Ann Lee recalled last week. "
        "“But he was an honest skipper.”"))
    assert [(q.text, q.speaker and q.speaker.name) for q in got] == [
        ("Given how stubborn he is, it made the work hard,", "Ann Lee"),
        ("But he was an honest skipper.", "Ann Lee")]


def test_document_after_an_inverted_speech_verb_speaks() -> None:
    got = extract_quotes(article_from_text(
        "“There are jellyfish with more spine than Ivo Rask,” reads a Wednesday editorial "
        "in the Oster Courier. ''Pilots feel they are being heard,'' concluded a 2013 study "
        "of the harbour. ''Keep off the quay,'' begins a printed statement at every gate."))
    assert [(q.text, q.speaker and q.speaker.mention) for q in got] == [
        ("There are jellyfish with more spine than Ivo Rask,", "a Wednesday editorial"),
        ("Pilots feel they are being heard,", "a 2013 study of the harbour"),
        ("Keep off the quay,", "a printed statement")]


def test_wonder_and_marvel_attribute_a_quotation() -> None:
    assert _quotes("“Will he be the next harbour master?” a deckhand in the room "
                   "wondered.") == [("direct", "Will he be the next harbour master?", "deckhand")]
    # (without a quotation "wonder" reports nothing but a question)
    assert _quotes("Ann Lee wondered about the weather.") == []


def test_retort_and_an_inverted_said_after_but() -> None:
    assert _quotes("At the town hall, the pilot retorted: “There is a special place for "
                   "sailors who skip the locks.”") == [
        ("direct", "There is a special place for sailors who skip the locks.", "pilot")]
    # (the noun is no cue: "delivered a snappy retort: …")
    assert _quotes("Ann Lee delivered a snappy retort: “No one is closing the quay.”")[0][2] == (
        "Ann Lee")
    assert _quotes("Ivo Rask praised the board. But, said Ann Lee, “I don't want to drum up "
                   "a fight with the pilots.”")[-1] == (
        "direct", "I don't want to drum up a fight with the pilots.", "Ann Lee")


def test_addressee_then_quotation_after_a_fronted_phrase_and_a_day_before_the_verb() -> None:
    assert _quotes("In the interview, Ann Lee told Bo Dahl, “The quay will reopen in "
                   "May.”") == [("direct", "The quay will reopen in May.", "Ann Lee")]
    assert _quotes("Ann Lee later Thursday told Vell Radio: “The quay will reopen in "
                   "May.”") == [("direct", "The quay will reopen in May.", "Ann Lee")]


def test_question_after_the_addressee_when_a_titled_phrase_comes_first() -> None:
    # "In an appearance on “Low Tide,” co-host Mia Lund asked Rask how …": the question
    # after the addressee is what was asked, not a short object before the sentence's end
    assert _quotes("In an appearance on “Low Tide,” co-host Mia Lund asked Rask how he "
                   "would handle the silt of the harbour.") == [
        ("indirect", "how he would handle the silt of the harbour", "Mia Lund")]
    # (a short addressee with a phrase still ends a trailing attribution)
    assert _quotes("“Look, it is a rigged toll,” Ivo Rask told Bo Dahl of Vell Radio this "
                   "week.") == [("direct", "Look, it is a rigged toll,", "Ivo Rask")]


def test_programme_addressee_two_roles_and_a_time_phrase_fronted_in_the_report() -> None:
    # the programme after its owner is part of the addressee, not of the report
    assert _quotes("Ann Lee told Vell TV’s “Morning Tide” on Monday the tone of the talks "
                   "was cordial.") == [("indirect", "the tone of the talks was cordial", "Ann Lee")]
    # two roles of one speaker, and the quotation after the addressee's programme
    got = extract_quotes(article_from_text(
        "“Tarn is a paranoid, isolated port,” the independent Vell senator and harbour "
        "candidate told Oster Radio’s “Morning Tide.” “When you have a bomb, you are a "
        "threat to everyone.”"))
    assert [(q.text, q.speaker and q.speaker.mention) for q in got] == [
        ("Tarn is a paranoid, isolated port,", "the independent Vell senator"),
        ("When you have a bomb, you are a threat to everyone.", "the independent Vell senator")]
    # a time phrase fronted in the "that" clause stays in the report
    assert _quotes("The pilot told the inspectors that sometime in the week that followed, "
                   "he realized he had not sealed the lock.")[0][1] == (
        "sometime in the week that followed, he realized he had not sealed the lock")


def test_new_object_verbs_report_their_object() -> None:
    assert _quotes("Ann Lee blasted the harbour board for being “unbelievably slow.”") == [
        ("mixed", "the harbour board for being “unbelievably slow.”", "Ann Lee")]
    assert _quotes("Ivo Rask railed against the corrupting influence of the toll.") == [
        ("indirect", "the corrupting influence of the toll", "Ivo Rask")]
    assert _quotes("Harbour officials voiced concern about the silt in the harbour.") == [
        ("indirect", "concern about the silt in the harbour", "Harbour officials")]


def test_role_and_name_after_a_quotation_and_a_programme_addressee() -> None:
    # "“…,” the skipper, Jo Mraz, told …": the role before the name is no part of the quote
    assert _quotes("''He deserved it,'' the skipper, Jo Mraz, told reporters.") == [
        ("direct", "He deserved it,", "Jo Mraz")]
    # the programme's title after "the television program" belongs to the addressee
    assert _quotes("''He deserved it,'' the skipper, Jo Mraz, told the television program "
                   "''Harbour Hour'' after the race.") == [
        ("direct", "He deserved it,", "Jo Mraz")]


def test_writer_goes_on_after_a_quoted_fragment() -> None:
    # a comment after the quotation's comma, or a second verb of the speaker
    assert _quotes("Ann Lee joked about yoga and called Rask “very flexible,” a nod to his "
                   "change of heart on the toll.") == [("mixed", "Rask “very flexible,”", "Ann Lee")]
    assert _quotes("Ann Lee hammered Rask, calling him a “train wreck” and “outsourcer in "
                   "chief,” and contrasted him with the mayor.") == [
        ("mixed", "him a “train wreck” and “outsourcer in chief,”", "Ann Lee")]
    assert _quotes("The senator took a heckler in stride, saying the man would “not get beat "
                   "up” at his rally, a swipe at the recent brawls.") == [
        ("mixed", "the man would “not get beat up” at his rally", "senator")]
    # (the reported clause's own second verb stays: "polls could be … and have been …")
    assert _quotes("Ann Lee said polls could be “way off,” and have been wrong before.") == [
        ("mixed", "polls could be “way off,” and have been wrong before", "Ann Lee")]


def test_setting_clause_after_the_addressee_is_no_report() -> None:
    assert _quotes("“I remember the snowfall you had last winter,” she told the packed hall, "
                   "where an overflow crowd watched on a screen.") == [
        ("direct", "I remember the snowfall you had last winter,", "she")]


def test_more_verbs_of_saying_and_of_praise_or_rebuttal() -> None:
    assert _quotes("Ann Lee implied that the harbour board had lied.") == [
        ("indirect", "the harbour board had lied", "Ann Lee")]
    assert _quotes("Ivo Rask theorized that the silt came from the river.") == [
        ("indirect", "the silt came from the river", "Ivo Rask")]
    assert _quotes("Ann Lee congratulated the harbour pilots for a safe season.") == [
        ("indirect", "the harbour pilots for a safe season", "Ann Lee")]


def test_report_without_its_source_is_expected_or_said() -> None:
    got = extract_quotes(article_from_text(
        "The ferry is widely expected to sail to Tarn in May, but the pilots are not so "
        "sure. Some deckhands are said to be angry about the toll."))
    assert [(q.kind.value, q.text, q.speaker, q.cue and q.cue.text) for q in got] == [
        ("indirect", "to sail to Tarn in May", None, "is widely expected"),
        ("indirect", "to be angry about the toll", None, "are said")]
    for q in got:
        assert article_from_text(
            "The ferry is widely expected to sail to Tarn in May, but the pilots are not so "
            "sure. Some deckhands are said to be angry about the toll.").body[
                q.start:q.end] == q.text
    # (inside a report, the named speaker's report is kept whole)
    assert _quotes("Ann Lee said the ferry is expected to sail in May.") == [
        ("indirect", "the ferry is expected to sail in May", "Ann Lee")]
    # (no infinitive, no report: "as expected", "is expected" alone)
    assert _quotes("The ferry sailed in May, as expected.") == []


def test_quotation_verb_then_the_writers_words() -> None:
    assert _quotes("A heckler yelled “You lie!” at the harbour master during her address.") == [
        ("direct", "You lie!", "heckler")]
    # (two quotations joined by "and" stay one report; a quotation that is a clause's
    # subject stays in the clause)
    assert _quotes("The pilots chanted “no toll” and “no silt” outside the hall.") == [
        ("mixed", "“no toll” and “no silt” outside the hall", "pilots")]


def test_that_of_a_relative_clause_in_an_aside_after_the_verb() -> None:
    # "said, with a passion that almost suggested …": the aside's "that" is a relative
    assert _quotes("“We were robbed at the quay,” Ann Lee said, with a passion that almost "
                   "suggested the question was out of line.") == [
        ("direct", "We were robbed at the quay,", "Ann Lee")]
    # (an aside between commas before "that" is still stepped over)
    assert _quotes("Ann Lee said, without evidence, that the toll was rigged.") == [
        ("indirect", "the toll was rigged", "Ann Lee")]


def test_question_asked_after_its_setting() -> None:
    got = _quotes("Asked during a January debate why he trailed Ann Lee so badly among "
                  "pilots, Ivo Rask said he would gain ground.")
    assert got[0] == ("indirect", "why he trailed Ann Lee so badly among pilots", None)
    assert _quotes("When asked at the harbour fair about the toll, she defended it.") == [
        ("indirect", "the toll", None)]


def test_as_report_with_a_setting_before_its_comma() -> None:
    assert _quotes("As the harbour master noted on Monday, the quay has not flooded "
                   "in a decade.") == [
        ("indirect", "the quay has not flooded in a decade", "harbour master")]
    assert _quotes("But as the Tarn Ledger noted in an editorial Thursday, the ferry "
                   "“has surprisingly won a few fans.”") == [
        ("mixed", "the ferry “has surprisingly won a few fans.”", "Tarn Ledger")]


def test_plural_subject_with_a_mid_adverb_is_a_clause() -> None:
    assert _quotes("Even though skating is allowed on the quay, the rowers say "
                   "wardens still patrol the area.") == [
        ("indirect", "wardens still patrol the area", "rowers")]


def test_leading_preposition_is_no_speaker() -> None:
    got = _quotes("For many who lived through the siege, referring to oneself as a "
                  "pilot draws suspicion.")
    assert [spk for _, _, spk in got] == ["many"]  # (found by "who", without "For")


def test_hedged_manner_participle_is_no_speaker() -> None:
    assert _quotes("“I work better with my hands,” said Rob Mayne, half joking. He runs "
                   "a crew of nine. “But I like it.”") == [
        ("direct", "I work better with my hands,", "Rob Mayne"),
        ("direct", "But I like it.", "Rob Mayne")]
    # a group that speaks is still a subject
    assert _quotes("Half said they would vote for the toll.") == [
        ("indirect", "they would vote for the toll", "Half")]


def test_relative_that_after_a_phrase_opens_no_report() -> None:
    # "that" + verb after the noun of a prepositional phrase is the noun's relative pronoun
    assert _quotes("Ivo Rask said in a speech that followed the vote that the toll would "
                   "go.") == [("indirect", "the toll would go", "Ivo Rask")]
    assert _quotes("Nell Okafor urged the board to drop plans that would close the quay.") == [
        ("indirect", "the board to drop plans that would close the quay", "Nell Okafor")]
    # and the quotation before it keeps its speaker
    assert _quotes("“We are in a tight spot,” Anna Merk told reporters after the talks "
                   "that were held on a ferry.") == [
        ("direct", "We are in a tight spot,", "Anna Merk")]


def test_naming_verb_with_a_noun_phrase_object() -> None:
    assert _quotes("Others went further, with Mart Omally calling Ivo Rask a fascist.") == [
        ("indirect", "Ivo Rask a fascist", "Mart Omally")]
    assert _quotes("Mart Lynn called the deal a disaster for the town.") == [
        ("indirect", "the deal a disaster for the town", "Mart Lynn")]
    # a time or an amount after the object is no name for it
    assert _quotes("Mart Lynn called the police a day later.") == []
    assert _quotes("Mart Lynn called Ivo Rask a few times.") == []


def test_described_as_a_noun_with_its_phrase() -> None:
    assert _quotes("But the former mayor showed restraint on Monday and described his "
                   "outburst as the emotions of a worried spouse.") == [
        ("indirect", "his outburst as the emotions of a worried spouse", "former mayor")]
    assert _quotes("Mart Omally described the outburst as the vote neared.") == []


def test_contracted_pronoun_subject_is_a_pronoun() -> None:
    text = "Ivo Rask spoke first. He’s saying that the race will become fierce."
    art = article_from_text(text)
    (q,) = extract_quotes(art)
    assert q.speaker is not None and q.speaker.name == "Ivo Rask"
    assert q.speaker.mention == "He" and q.speaker.resolution.value == "pronoun"
    assert art.body[q.speaker.start : q.speaker.end] == "He"
    assert _quotes("And he’s predicting that the race will become fierce.") == [
        ("indirect", "the race will become fierce", "he")]


def test_adverb_between_commas_after_the_subject() -> None:
    assert _quotes("Backers of the new bill, however, say it would keep the quay open.") == [
        ("indirect", "it would keep the quay open", "Backers of the new bill")]
    assert _quotes("Ivo Rask, too, said the toll was rigged.") == [
        ("indirect", "the toll was rigged", "Ivo Rask")]


def test_time_phrase_after_the_verb_is_not_reported() -> None:
    assert _quotes("Two outlets reported on Wednesday the guard had met Ivo Rask twice.") == [
        ("indirect", "the guard had met Ivo Rask twice", "Two outlets")]
    assert _quotes("Ivo Rask said last week the guard had met him twice.") == [
        ("indirect", "the guard had met him twice", "Ivo Rask")]
    assert _quotes("Ivo Rask said Wednesday night the guard had met him twice.") == [
        ("indirect", "the guard had met him twice", "Ivo Rask")]
    # a time that is the clause's subject stays, and so does an infinitive's "to"
    assert _quotes("Ivo Rask said this year will be hard.") == [
        ("indirect", "this year will be hard", "Ivo Rask")]
    assert _quotes("Ivo Rask vowed last month to take his fight to the council.") == [
        ("indirect", "to take his fight to the council", "Ivo Rask")]


def test_spaced_dash_after_an_attribution_is_the_writers_aside() -> None:
    assert _quotes("Such a move could anger his crews, Lee allies believe — crews she "
                   "will need in May.") == [
        ("indirect", "Such a move could anger his crews", "Lee allies")]
    assert _quotes("Ivo Rask said – and he meant it – that the toll was rigged.") == [
        ("indirect", "the toll was rigged", "Ivo Rask")]
    # the quotation alone after a dash, and no report of the words after the second one
    assert _quotes("Neither man liked Lee - “Born with a silver spoon,” Elkins said - but "
                   "they would not back Rask.") == [
        ("direct", "Born with a silver spoon,", "Elkins")]
    # a plural noun before the dash is no verb ("two towns — …")
    assert _quotes("Even if Lee trails, insiders in the next two towns — Oster and Vell — "
                   "said it is important that she close the gap.") == [
        ("indirect", "it is important that she close the gap", "insiders")]


def test_pledge_is_a_verb_of_intent() -> None:
    assert _quotes("Ivo Rask spoke at the quay. He pledged to build a new ferry dock.") == [
        ("indirect", "to build a new ferry dock", "Ivo Rask")]
    assert _quotes("He made a pledge to build a new ferry dock.") == []


def test_two_word_object_of_a_person_is_reported() -> None:
    assert _quotes("Mayor Ivo Rask announced his resignation on Monday.") == [
        ("indirect", "his resignation", "Ivo Rask")]
    assert _quotes("Several lawmakers condemned the decision.") == [
        ("indirect", "the decision", "Several lawmakers")]
    # a body's short object is mostly a deed
    assert _quotes("The ministry rejected the demands.") == []


def test_request_with_a_pronoun_object_and_its_infinitive() -> None:
    assert _quotes("Ivo Rask spoke at the quay, and he urged them to vote Tuesday.") == [
        ("indirect", "them to vote Tuesday", "Ivo Rask")]
    assert _quotes("Backers of Ivo Rask urged him not to back down.") == [
        ("indirect", "him not to back down", "Backers of Ivo Rask")]


def test_subject_before_a_dash_aside() -> None:
    got = _quotes("A spokesman for the Tarn Rowing Club - a small club pitched as “the place "
                  "for rowers” - noted that the club offers eight weeks of leave.")
    assert got == [("indirect", "the club offers eight weeks of leave", "Tarn Rowing Club")]


def test_phrase_before_a_mid_sentence_according_to_is_reported() -> None:
    # a verbless phrase before the source: the sentence goes on after it, and the phrase
    # is a fragment of the report
    assert _quotes("At the heart of the row, according to Mona Tull, was a vote by the "
                   "board to shut the quay.") == [
        ("indirect", "At the heart of the row", "Mona Tull"),
        ("indirect", "was a vote by the board to shut the quay", "Mona Tull")]
    assert _quotes("About 10:03 p.m., according to a harbour log, the crews left for "
                   "the quay.") == [
        ("indirect", "About 10:03 p.m", "harbour log"),
        ("indirect", "the crews left for the quay", "harbour log")]
    assert _quotes("But the next day, according to Mona Tull, the mayor made further "
                   "demands.") == [
        ("indirect", "the next day", "Mona Tull"),
        ("indirect", "the mayor made further demands", "Mona Tull")]
    # the writer's link words are no report, nor a clause that ends before the source
    assert _quotes("In addition, according to Mona Tull, the mayor made further "
                   "demands.") == [
        ("indirect", "the mayor made further demands", "Mona Tull")]
    assert _quotes("The crews were angry because, according to Mona Tull, the mayor "
                   "made further demands.") == [
        ("indirect", "the mayor made further demands", "Mona Tull")]


def test_question_put_to_a_speaker_after_when_asked_is_reported() -> None:
    # the question is reported (no asker named), and the speaker's quotation goes on
    assert _quotes("“We will stay,” Ivo Rask said when asked whether the crews would "
                   "leave. “The quay is ours.”") == [
        ("direct", "We will stay,", "Ivo Rask"),
        ("indirect", "whether the crews would leave", None),
        ("direct", "The quay is ours.", "Ivo Rask")]
    # the report before it ends where the question begins
    assert _quotes("Mona Tull said the crews would stay when asked whether they would "
                   "leave.") == [
        ("indirect", "the crews would stay", "Mona Tull"),
        ("indirect", "whether they would leave", None)]
    # a request is no question: the report goes on
    assert _quotes("Mona Tull said the crews left the quay when asked to do so by the "
                   "guards.") == [
        ("indirect", "the crews left the quay when asked to do so by the guards",
         "Mona Tull")]


def test_question_after_a_longer_addressee_of_asked() -> None:
    assert _quotes("The Courier asked the 2016 harbour contender if he had thought "
                   "about quitting.") == [
        ("indirect", "if he had thought about quitting", "Courier")]
    assert _quotes("Mona Tull asked former harbour chief Ivo Rask whether he had "
                   "thoughts on the toll.") == [
        ("indirect", "whether he had thoughts on the toll", "Mona Tull")]
    # a request is reported whole: the "whether" belongs to it
    assert _quotes("Mona Tull asked the harbour board to find out whether the toll "
                   "was legal.") == [
        ("indirect", "the harbour board to find out whether the toll was legal",
         "Mona Tull")]


def test_clause_after_as_an_outlet_reported_is_its_report() -> None:
    # the main clause after "As X reported," is the report, whatever its verb
    assert _quotes("As the Tarn Courier reported, the harbour chief gave money to the "
                   "crews.") == [
        ("indirect", "the harbour chief gave money to the crews", "Tarn Courier")]
    assert _quotes("Just a week ago, as Vell Radio reported, Lind and Rask were "
                   "discussing a toll on the quay.") == [
        ("indirect", "Lind and Rask were discussing a toll on the quay", "Vell Radio")]
    # not a setting or a hope ("as" of time, a verb that is no report)
    assert _quotes("As Lind joked with a friend at the quay, his brother grew "
                   "impatient.") == []


def test_report_in_a_subordinate_clause_after_but_ends_with_it() -> None:
    assert _quotes("But as Rask denounced the toll and pledged to confront the board, many "
                   "in the hall appeared to warm to him.") == [
        ("indirect", "to confront the board", "Rask")]


def test_source_noun_phrase_of_an_evidence_verb() -> None:
    assert _quotes("A poll from Tarn University released Wednesday found Lee leading Rask "
                   "by 15 points.") == [
        ("indirect", "Lee leading Rask by 15 points", "poll")]
    # the source, not the noun after "of"; "shows" after it is a verb, not a plural noun
    assert _quotes("A video of the episode shows her clutching her phone.") == [
        ("indirect", "her clutching her phone", "video")]
    assert _quotes("A video of the TV shows was posted.") == []


def test_stance_clause_with_a_determiner_this_or_a_phrase_in_its_subject() -> None:
    assert _quotes("Rowers thought this harbour season would be different.") == [
        ("indirect", "this harbour season would be different", "Rowers")]
    assert _quotes("They think the progress on the tolls is real.") == [
        ("indirect", "the progress on the tolls is real", "They")]


def test_stance_verb_between_commas_splits_the_report() -> None:
    assert _quotes("The quay, critics fear, will flood in May.") == [
        ("indirect", "The quay", "critics"), ("indirect", "will flood in May", "critics")]
    # a noun that could be a verb is no aside ("a radio show, is …")
    assert _quotes("Ray Jax, a consultant and the host of a radio show, is a Tarn resident.") == []


def test_clause_openers_are_no_part_of_the_speaker() -> None:
    # a subordinator, conjunction or sentence adverb before the subject is not in it
    assert _quotes("Maybe Ivo Rask said the new harbour toll would fail before the "
                   "summer.") == [
        ("indirect", "the new harbour toll would fail before the summer", "Ivo Rask")]
    assert _quotes("Plus Vellans say the new harbour toll is unfair to small boats.") == [
        ("indirect", "the new harbour toll is unfair to small boats", "Vellans")]
    assert _quotes("The toll on the quay is popular, even as critics say it is far too "
                   "small.") == [
        ("indirect", "it is far too small", "critics")]
    assert _quotes("The harbour vote will be close, as pollsters note.") == [
        ("indirect", "The harbour vote will be close", "pollsters")]
    # "as many as" is a count: the counted people speak
    assert _quotes("In the survey, as many as 40 percent of rowers said they would "
                   "quit the club before the regatta.") == [
        ("indirect", "they would quit the club before the regatta",
         "40 percent of rowers")]


def test_party_members_are_described_not_named() -> None:
    # "the Tarn Republican" describes a member: no person of that name, so "he" is
    # the person named, and "Republicans" is no misspelt surname of the description
    assert _quotes("Ivo Rask spoke at the quay on Monday. In a statement, the Tarn "
                   "Republican on Tuesday dismissed the toll. He says the harbour board "
                   "will track the plan closely.") == [
        ("indirect", "the toll", "Tarn Republican"),
        ("indirect", "the harbour board will track the plan closely", "Ivo Rask")]
    assert _quotes("Ivo Rask, a Vell Republican, spoke first. Republicans who have "
                   "praised his candidacy warned on Tuesday that the party may have to "
                   "separate itself from him.")[-1] == (
        "indirect", "the party may have to separate itself from him", "Republicans")


def test_participle_after_while_or_before_with_a_quotation() -> None:
    assert _quotes("Protesters marched to the quay while chanting, “Hands off our "
                   "harbour.”") == [("direct", "Hands off our harbour.", "Protesters")]
    assert _quotes("Ivo Rask bowed to Lee before asking her, “Where do we go from here?”") == [
        ("direct", "Where do we go from here?", "Ivo Rask")]
    # no quotation after it: no report
    assert _quotes("Ivo Rask left the quay while saying nothing.") == []


def test_short_signed_quote_line_is_no_subheading() -> None:
    # the cleaner takes a short line without a full stop for a subheading
    art = parse("Harbour news today\n\nThe mayor spoke on Monday.\n\n“He is hurting "
                "us.” ― Carl Rao\n\n“The toll will sink the quay.” ― Fran Herr\n")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in art.quotes] == [
        ("He is hurting us.", "Carl Rao"), ("The toll will sink the quay.", "Fran Herr")]


def test_title_attribution_indexes_the_title() -> None:
    text = (
        "Wellbrook: The ferry tolls will not rise this year\n\n"
        "Harbour Minister Katarina Wellbrook spoke in Osterby on Monday.\n\n"
        "“We owe the islands a fair price,” Wellbrook said."
    )
    art = parse(text)
    assert art.title == "Wellbrook: The ferry tolls will not rise this year"
    (q,) = art.title_quotes
    assert q.text == "The ferry tolls will not rise this year"
    assert art.title[q.start : q.end] == q.text
    assert text[q.input_start : q.input_end] == q.text
    assert q.kind is QuoteKind.INDIRECT
    assert q.cue is not None and art.title[q.cue.start : q.cue.end] == ":"
    assert q.speaker is not None
    assert q.speaker.name == "Katarina Wellbrook"
    assert q.speaker.resolution is Resolution.HEADLINE
    assert art.title[q.speaker.start : q.speaker.end] == "Wellbrook"
    assert "named in the title" in q.explain()
    # the body's quotes are unchanged: the title is not part of the body
    assert [x.text for x in art.quotes] == ["We owe the islands a fair price,"]


def test_title_attribution_needs_a_person_of_the_article() -> None:
    text = (
        "Harbour: No new tolls this year\n\n"
        "Harbour Minister Katarina Wellbrook spoke in Osterby on Monday."
    )
    assert parse(text).title_quotes == ()
    # a custom quote finder replaces the default, title attributions included
    custom = parse(
        "Wellbrook: The tolls stay\n\nMinister Katarina Wellbrook spoke on Monday.",
        quote_finder=lambda article: (),
    )
    assert custom.title_quotes == () and custom.quotes == ()


def test_extract_title_quotes_matches_parse() -> None:
    from geneva_corpus.quotes import extract_title_quotes

    art = parse("Vosk: Dredging starts in May\n\nPort chief Pieter Vosk visited Lunden on Friday.")
    assert extract_title_quotes(art) == art.title_quotes
    assert [q.speaker.name for q in art.title_quotes if q.speaker] == ["Pieter Vosk"]


TRANSCRIPT = (
    "Mayor Ilse Varga and councillor Bo Tamsin debated the bridge on Radio Osterby.\n\n"
    "Varga: The bridge will be paid for by the toll, not by the taxpayers of Osterby.\n\n"
    "Tamsin: The toll will cover half of it at best.\n\n"
    "Varga: 46.\n\n"
    "Tamsin: Reformer or spender?\n\n"
    "Osterby: Ilse Varga, Bo Tamsin, Cy Ungar, Dee Orm.\n\n"
    "Editor’s Note: The debate was recorded on Tuesday and shortened for length."
)


def test_name_colon_lines_in_the_body_are_attributed() -> None:
    got = _quotes(TRANSCRIPT)
    assert ("indirect", "The bridge will be paid for by the toll, not by the taxpayers of "
            "Osterby.", "Ilse Varga") in got
    assert ("indirect", "The toll will cover half of it at best.", "Bo Tamsin") in got
    texts = [t for _, t, _ in got]
    # a tally, a question, a list of names and a note are not statements
    assert not any(t.startswith(("46", "Reformer", "Ilse Varga, Bo", "The debate")) for t in texts)
    art = article_from_text(TRANSCRIPT)
    for q in extract_quotes(art):
        assert art.body[q.start : q.end] == q.text
        assert q.cue is not None and art.body[q.cue.start : q.cue.end] == ":"


def test_name_colon_line_needs_the_person_named_elsewhere() -> None:
    # the only mention of the name is the line itself: no evidence that it is a person
    assert _quotes("The council met on Tuesday.\n\nBo Tamsin: The toll will never cover the "
                   "cost of the new bridge.") == []
