"""The rule registry: named, ordered, immutable, user-extendable."""

from __future__ import annotations

import pytest

from geneva_corpus import DEFAULT_RULES, REASONS, Cleaner, Rule, RuleError, RuleRegistry, Scope


def test_default_rules_are_named_and_use_known_reasons() -> None:
    names = DEFAULT_RULES.names()
    assert len(names) == len(set(names))
    for rule in DEFAULT_RULES:
        assert rule.reason in REASONS, rule.name
        assert rule.description


def test_add_remove_replace_return_new_registries() -> None:
    extra = Rule("promo", "advertisement", r"use code \w+ now")
    added = DEFAULT_RULES.add(extra, before="separator_line")
    assert "promo" in added and "promo" not in DEFAULT_RULES
    assert added.names().index("promo") == added.names().index("separator_line") - 1
    assert "promo" not in added.remove("promo")
    after = DEFAULT_RULES.add(extra, after="breadcrumb")
    assert after.names()[after.names().index("breadcrumb") + 1] == "promo"
    replaced = added.replace(Rule("promo", "newsletter", r"use code \w+ now"))
    assert replaced["promo"].reason == "newsletter"
    assert len(replaced) == len(added)


def test_registry_errors() -> None:
    with pytest.raises(RuleError, match="duplicate"):
        RuleRegistry((Rule("a", "x", "a"), Rule("a", "x", "b")))
    with pytest.raises(RuleError, match="exists"):
        DEFAULT_RULES.add(Rule("breadcrumb", "navigation", "x"))
    with pytest.raises(RuleError, match="no rule named"):
        DEFAULT_RULES.remove("nope")
    with pytest.raises(RuleError, match="invalid pattern"):
        Rule("bad", "x", "(unclosed")
    with pytest.raises(RuleError):
        Rule("has space", "x", "a")
    with pytest.raises(KeyError):
        DEFAULT_RULES["nope"]


def test_user_rule_changes_cleaning() -> None:
    text = "Vell news\n\nThe ferry runs again.\n\nUse code VELL10 now\n\nTickets cost less."
    assert "Use code VELL10 now" in Cleaner().clean(text).body
    rules = DEFAULT_RULES.add(Rule("promo", "advertisement", r"use code \w+ now"))
    result = Cleaner(rules=rules).clean(text)
    assert "Use code" not in result.body
    assert result.removed[0].rule == "promo"


def test_removing_a_default_rule_keeps_the_line() -> None:
    text = "Vell news\n\nThe ferry runs again.\n\nAdvertisement\n\nTickets cost less."
    result = Cleaner(rules=DEFAULT_RULES.remove("advertisement_label")).clean(text)
    assert "Advertisement" in result.body


def test_scopes() -> None:
    prefix = Rule("stamp", "metadata", r"\[\d+\]\s*", Scope.PREFIX)
    suffix = Rule("sig", "byline", r"\s*--\s*\w+", Scope.SUFFIX)
    rules = RuleRegistry((prefix, suffix))
    result = Cleaner(rules=rules, detect_title=False).clean("[12] The bridge opened. -- ed")
    assert result.body == "The bridge opened."
    assert {r.text for r in result.removed} == {"[12]", "-- ed"}


def test_max_words_limits_a_rule_to_short_lines() -> None:
    rule = Rule("short_ad", "advertisement", r".*\bsale\b.*", max_words=4)
    assert rule.match("Big sale today") == (0, 14)
    assert rule.match("The sale of the harbour was approved by the council") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("4 min read", "navigation"),
        ("Listen to this article", "navigation"),
        ("Author: Ola Brenn", "byline"),
        ("This article was machine translated from Norlandic.", "metadata"),
        ("Don't miss:", "read_more"),
        ("Read also: Vell ferry strike ends", "read_more"),
        ("WATCH: The ferry leaves Vell", "embed_prompt"),
        ("PUBLISHED: MONDAY, MAY 6, 2019, 10: 32 PM", "update_stamp"),
        ("Privacy Policy | Terms of Use", "legal"),
    ],
)
def test_more_boilerplate_lines(line: str, reason: str) -> None:
    text = f"Vell ferry\n\nThe ferry sails again.\n\n{line}\n\nIt left at noon."
    result = Cleaner().clean(text)
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "– More must be done for the ferry, said the mayor.",
        "The senator (R-Vell) said the ferry must run.",
        "Copyright lawyers say the ferry logo is protected.",
        "NYPD / KKK / how many kids, the crowd chanted.",
        "He said the privacy policy of the ferry company was unclear to many passengers.",
    ],
)
def test_story_lines_that_look_like_boilerplate_are_kept(line: str) -> None:
    text = f"Vell ferry\n\nThe ferry sails again.\n\n{line}\n\nIt left at noon."
    assert line in Cleaner().clean(text).body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The new ferry leaves Vell harbour. Photo: Ola Brenn/Vell Post", "caption"),
        ("https://vellpost.example/ferry-news", "read_more"),
        ("Video", "embed_prompt"),
        ("3 March 2023 by Ann Lee", "byline"),
        ("Click here to read the full report", "read_more"),
        ("Last update: 21.01.2023 – 14:52", "update_stamp"),
        ("Share:", "share"),
        ("Subscribe to our Telegram channel for more news", "newsletter"),
        ("Sponsored by Vell Bank", "advertisement"),
        ("Image: The ferry at dawn.", "caption"),
    ],
)
def test_still_more_boilerplate_lines(line: str, reason: str) -> None:
    text = f"Vell ferry\n\nThe ferry sails again.\n\n{line}\n\nIt left at noon."
    result = Cleaner().clean(text)
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]


def test_combined_matcher_agrees_with_rule_by_rule_matching() -> None:
    from .articles import ARTICLES

    lines = [line.strip() for case in ARTICLES.values() for line in case["text"].splitlines()
             if line.strip()]
    line_rules = DEFAULT_RULES.by_scope(Scope.LINE)
    for line in lines:
        words = len(line.split())
        expected = next((r for r in line_rules if r.match(line, words) is not None), None)
        assert DEFAULT_RULES.match_line(line, words) == expected, line


def test_rules_with_backreferences_fall_back_to_rule_by_rule() -> None:
    rules = DEFAULT_RULES.add(Rule("doubled", "separator", r"(\w+) \1"))
    assert rules.match_line("ha ha", 2) == rules["doubled"]
    assert rules.match_line("Advertisement", 1) == rules["advertisement_label"]
    assert rules.match_line("The ferry sails.", 3) is None


def test_a_line_too_long_for_the_first_matching_rule_goes_to_a_later_one() -> None:
    # limits 4 and 6 share one combined pattern (lines of 5 words or more); a line of 7
    # words that the 6-word rule fits but exceeds is left to the unlimited rule after it
    rules = RuleRegistry((
        Rule("four", "byline", r"by \w+", max_words=4),
        Rule("six", "advertisement", r"sale\b.*", max_words=6),
        Rule("any", "share", r"sale now\b.*"),
    ))
    assert rules.match_line("sale on oars and ropes", 5) == rules["six"]
    assert rules.match_line("sale now on oars and ropes today", 7) == rules["any"]
    assert rules.match_line("sale of oars and ropes at noon", 7) is None
    assert rules.match_line("by Quist", 2) == rules["four"]
    # whatever the buckets, the answer is the first rule in order that fits the line
    for line in ("sale now", "sale now a b c d e f g", "by Rask", "by Rask and Quist today x"):
        words = len(line.split())
        expected = next((r for r in rules if r.match(line, words) is not None), None)
        assert rules.match_line(line, words) == expected, line
