"""Add, replace and remove cleaning rules without editing the library.

Usage: python examples/custom_rule.py
"""

from __future__ import annotations

import geneva_corpus
from geneva_corpus import DEFAULT_RULES, Cleaner, Rule

ARTICLE = """Ferry fares fall in Vell

The ferry company of Vell cut its fares by a third on Monday.

Use code FERRY10 for 10% off your next trip

Advertisement

Passengers welcomed the change.
"""

# 1. add a rule for a site's promo lines, before the advertisement label rule
rules = DEFAULT_RULES.add(
    Rule("promo_code", "advertisement", r"use code \w+ for \d+% off.*",
         description="discount-code promotions"),
    before="advertisement_label",
)
# 2. keep 'Advertisement' labels in the text (say, to count them later)
rules = rules.remove("advertisement_label")

article = geneva_corpus.parse(ARTICLE, cleaner=Cleaner(rules=rules))
print(article.body)
print()
for piece in article.removed:
    print(f"removed by {piece.rule}: {piece.text!r}")
assert [p.rule for p in article.removed] == ["promo_code"]
assert "Advertisement" in article.body
