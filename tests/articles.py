"""Invented test articles in the styles of different sites (no real outlet's text).

Each entry: the raw text, the title we expect, the published date, the lines that must be
removed with their reason, the headings that must stay, and story sentences that must stay.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["portal"] = {
    "text": """Vell council approves new tram line | The Vell Post

Home › Local › Transport › Vell council approves new tram line
By Hanna Loft
Updated 14:32 GMT

The city council of Vell approved a new tram line on Tuesday after a debate that lasted almost six hours.

Advertisement

The line will link the harbour with the university campus, a distance of about 7 kilometres.

Share this article

Photo: Reuters/Ola Brenn

Councillors vote in the city hall of Vell.

Opposition councillors said the cost, estimated at 310 million crowns, was too high.

Sign up for our newsletter

Related: Tram strike ends after two weeks

Comments (12)

Follow us on Twitter and Facebook

© 2024 The Vell Post. All rights reserved.
""",
    "title": "Vell council approves new tram line",
    "published": None,
    "removed": {
        "The Vell Post": "site_name",
        "Home › Local › Transport › Vell council approves new tram line": "navigation",
        "By Hanna Loft": "byline",
        "Updated 14:32 GMT": "update_stamp",
        "Advertisement": "advertisement",
        "Share this article": "share",
        "Photo: Reuters/Ola Brenn": "photo_credit",
        "Sign up for our newsletter": "newsletter",
        "Related: Tram strike ends after two weeks": "read_more",
        "Comments (12)": "comment_form",
        "Follow us on Twitter and Facebook": "share",
        "© 2024 The Vell Post. All rights reserved.": "legal",
    },
    "headings": [],
    "kept": [
        "The city council of Vell approved a new tram line on Tuesday",
        "The line will link the harbour with the university campus",
        "Councillors vote in the city hall of Vell.",
        "Opposition councillors said the cost",
    ],
}

ARTICLES["wire"] = {
    "text": """Estmark central bank holds rates steady

ORLAVIK, May 4 (Northwire) - Estmark's central bank kept its main interest rate at 3.5 percent on Thursday, as expected by most economists.

Governor Edda Kvist said inflation was falling but remained above the bank's target.

"We are not yet where we want to be," Kvist told reporters.

Analysts expect the first cut in the autumn.

(Reporting by Jon Aas; Editing by Mira Holm)
""",
    "title": "Estmark central bank holds rates steady",
    "published": None,
    "removed": {"(Reporting by Jon Aas; Editing by Mira Holm)": "byline"},
    "headings": [],
    "kept": [
        "ORLAVIK, May 4 (Northwire) - Estmark's central bank kept its main interest rate",
        '"We are not yet where we want to be," Kvist told reporters.',
        "Analysts expect the first cut in the autumn.",
    ],
}

ARTICLES["nordic"] = {
    "text": """– We will not give up the harbour – Nordavis – Fjordposten

PROTEST: Fishermen gather outside the ministry in Orlavik on Monday.

Fishermen in Orlavik protested on Monday against the plan to sell the old harbour. – We will not give up the harbour, says Per Lund.


Just updated

The ministry says no decision has been made.

– The sale is one of several options, said minister Kari Dahl.

Questions remain

The local council will discuss the plan in June.

ANGRY: Per Lund has fished from the harbour for forty years.

Lund said he would continue to protest.

  • See the protest in the video below:


Leave a Reply

Your email address will not be published.
""",
    "title": "We will not give up the harbour",
    "published": None,
    "removed": {
        "Nordavis – Fjordposten": "site_name",
        "PROTEST: Fishermen gather outside the ministry in Orlavik on Monday.": "caption",
        "Just updated": "update_stamp",
        "ANGRY: Per Lund has fished from the harbour for forty years.": "caption",
        "• See the protest in the video below:": "embed_prompt",
        "Leave a Reply": "comment_form",
        "Your email address will not be published.": "comment_form",
    },
    "headings": ["Questions remain"],
    "kept": [
        "Fishermen in Orlavik protested on Monday",
        "– We will not give up the harbour, says Per Lund.",
        "– The sale is one of several options, said minister Kari Dahl.",
        "Lund said he would continue to protest.",
    ],
}

ARTICLES["translated_portal"] = {
    "text": """Border talks in Vell end without result – Estmark minister warns of delays

Ilse Varga and Tomas Rendel (from left) in Vell on Thursday.

Two ministers, two versions.

(Photo: AP)

Vell After the talks with her Norland counterpart, Estmark's minister Ilse Varga warned of long delays at the border.

Top jobs of the day

Find the best jobs now and
be notified by email.

>> Read more about the border dispute here – and why it matters for trade.

The talks lasted around three hours. Both sides promised to meet again in May.

More: Follow the latest developments in our live blog.

source site-7
""",
    "title": "Border talks in Vell end without result – Estmark minister warns of delays",
    "published": None,
    "removed": {
        "Ilse Varga and Tomas Rendel (from left) in Vell on Thursday.": "caption",
        "Two ministers, two versions.": "caption",
        "(Photo: AP)": "photo_credit",
        "Top jobs of the day": "advertisement",
        "Find the best jobs now and": "advertisement",
        "be notified by email.": "advertisement",
        ">> Read more about the border dispute here – and why it matters for trade.": "read_more",
        "More: Follow the latest developments in our live blog.": "read_more",
        "source site-7": "source_tag",
    },
    "headings": [],
    "kept": [
        "Vell After the talks with her Norland counterpart",
        "The talks lasted around three hours.",
        "Both sides promised to meet again in May.",
    ],
}

ARTICLES["blog"] = {
    "text": """Why the Vell ferry matters

Posted on 2 June 2023 by admin

The ferry between Vell and Orlavik carries about 900 passengers a day.

Without it, the trip takes four hours by road.

Tags: ferry, Vell, transport

We use cookies to improve your experience. By continuing to browse this site you agree.

Leave a comment

Required fields are marked *

Save my name, email, and website in this browser for the next time I comment.
""",
    "title": "Why the Vell ferry matters",
    "published": dt.date(2023, 6, 2),
    "removed": {
        "Posted on 2 June 2023 by admin": "update_stamp",
        "Tags: ferry, Vell, transport": "metadata",
        "We use cookies to improve your experience. By continuing to browse this site you agree.": "legal",
        "Leave a comment": "comment_form",
        "Required fields are marked *": "comment_form",
        "Save my name, email, and website in this browser for the next time I comment.": "comment_form",
    },
    "headings": [],
    "kept": [
        "The ferry between Vell and Orlavik carries about 900 passengers a day.",
        "Without it, the trip takes four hours by road.",
    ],
}

ARTICLES["glued"] = {
    "text": """ date 2023-05-02 The mayor of Vell, Anna Brekke, opened the new library on Tuesday. It holds 80,000 books.

Brekke said the library would be open every day of the week.

Legend: The new library of Vell seen from the harbour.

Northwire



The library cost 45 million crowns. Critics said the money should have gone to schools. Новости
""",
    "title": None,
    "published": dt.date(2023, 5, 2),
    "removed": {
        "date 2023-05-02": "metadata",
        "Legend: The new library of Vell seen from the harbour.": "caption",
        "Northwire": "photo_credit",
        "Новости": "source_credit",
    },
    "headings": [],
    "kept": [
        "The mayor of Vell, Anna Brekke, opened the new library on Tuesday. It holds 80,000 books.",
        "Brekke said the library would be open every day of the week.",
        "The library cost 45 million crowns. Critics said the money should have gone to schools.",
    ],
}

ARTICLES["broadcaster"] = {
    "text": """Storm closes Orlavik airport

Published: 12 January 2024, 06:40

Skip to content

Image caption: Snow covers the runway at Orlavik airport.

Getty Images

All flights from Orlavik airport were cancelled on Friday as a storm brought heavy snow to the coast.

Airport director Lars Moen said the runway could reopen on Saturday morning.

Watch: Drivers stuck in the snow near Orlavik

What happens next

Forecasters expect the wind to ease by Sunday.

More on this story:

Winter storms cost the region millions
""",
    "title": "Storm closes Orlavik airport",
    "published": dt.date(2024, 1, 12),
    "removed": {
        "Published: 12 January 2024, 06:40": "update_stamp",
        "Skip to content": "navigation",
        "Image caption: Snow covers the runway at Orlavik airport.": "caption",
        "Getty Images": "photo_credit",
        "Watch: Drivers stuck in the snow near Orlavik": "embed_prompt",
        "More on this story:": "read_more",
    },
    "headings": ["What happens next"],
    "kept": [
        "All flights from Orlavik airport were cancelled on Friday",
        "Airport director Lars Moen said the runway could reopen on Saturday morning.",
        "Forecasters expect the wind to ease by Sunday.",
        "Winter storms cost the region millions",
    ],
}
