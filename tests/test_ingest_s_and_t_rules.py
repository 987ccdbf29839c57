"""The rules that came of collections S and T's first contact (docs/editions.md), each beside
the text it must leave alone."""

from __future__ import annotations

import textwrap

import pytest

from synoptic.furniture import COMMENT_COUNT, WEB_COMMENTS, WEB_TOP, is_web_page
from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.metadata import metadata_line
from test_ingest_collection_b import edition_parts

PROSE = (
    "The council estimates the capital sum at two million pounds this year, and it has the "
    "grants, so the path can open in May if the vote goes the way its cyclists hope it will.[1]"
)
OTHER = (
    "Nobody disputes that most paths do well on a Sunday. The difficulty lies in the other "
    "six days, and in the upkeep a council can pay when the cutting is empty and it rains."
)


def wrapped(*blocks: str) -> str:
    """Blocks wrapped at 79 columns, as w3m dumps a page, a blank line between them."""
    return "\n\n".join(textwrap.fill(block, 79) for block in blocks) + "\n"


WORDPRESS_TOP = [
    "Skip to content",
    "The Eskerby Lantern",
    "Local news, views and the occasional grumble from the Vale",
    "Menu  Home  News  Opinion  Local History  About",
    "Home » Opinion » The Greenway Nobody Asked For",
    "The Greenway Nobody Asked For",
    "Posted on 20 February 2026 by Gwen Fairhall",
]
WORDPRESS_BOTTOM = """Notes

  1. Figures given by Westmarch Police at the residents' meeting, 14
     January 2026.

Share this:

  • Twitter
  • Facebook

Like this:

Like Loading...

Related

Station Yard café to extend its opening hours
12 January 2026
In "News"

This entry was posted in Opinion and tagged cycling, Eskerby Greenway, Mill Lane,
railways. Bookmark the permalink.

Post navigation

← Town council confirms spring consultation dates

3 thoughts on “The Greenway Nobody Asked For”

 1. Derek Allonby
    21 February 2026 at 8:14 am

    Spot on, Gwen. Nobody on Station Road was asked either, and we are the ones
    who will have cars parked across our drives every Sunday.

    Reply

 2. Priya Castell
    22 February 2026 at 7:45 pm

    I have to disagree. My daughter cycles to the Academy and I worry.

    Reply

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Name * [                              ]

[Post Comment]

© 2026 The Eskerby Lantern

Proudly powered by WordPress
"""


def test_a_wordpress_page_dumped_by_w3m_reads_as_its_post() -> None:
    # (enough lines for their wrapping to show)
    days = ("Saturday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    body = [PROSE, *(f"{OTHER} {OTHER.replace('Sunday', day)} {OTHER}" for day in days)]
    made = ingest_text(wrapped(*WORDPRESS_TOP, *body) + "\n" + WORDPRESS_BOTTOM, "t", "t")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"], meta["publisher"]) == (
        "The Greenway Nobody Asked For",
        "Gwen Fairhall",
        "2026-02-20",
        "The Eskerby Lantern",
    )
    assert blocks == [
        PROSE.replace("[1]", "[^1]"),
        *body[1:],
        "## Notes",
        "[^1]: Figures given by Westmarch Police at the residents' meeting, 14 January 2026.",
    ]
    rules = {item.text: item.rule for item in made.report.removed}
    assert rules["Local news, views and the occasional grumble from the Vale"] == WEB_TOP
    assert rules["2. Priya Castell"] == WEB_COMMENTS


@pytest.mark.parametrize(
    ("top", "web"),
    [
        (["Skip to content", "The Lantern"], True),
        (["The Lantern", "Home  News  Opinion  About"], True),
        # a title and a byline: no site's line
        (["The Greenway Nobody Asked For", "By Gwen Fairhall"], False),
        # a table's row of figures is no menu bar
        (["Costs", "2024  2025  2026"], False),
    ],
)
def test_a_web_page_is_known_by_its_first_lines(top: list[str], web: bool) -> None:
    assert is_web_page(normalise("\n\n".join([*top, PROSE]))) is web


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Posted on 20 February 2026 by Gwen Fairhall", {"author": "Gwen Fairhall"}),
        ("Posted on February 20, 2026 by Ann Lee", {"author": "Ann Lee"}),
        ("Published on 3 March 2026 by the council", None),
        ("Posted on the wall by Ann Lee", None),
    ],
)
def test_wordpress_s_posted_on_date_by_name(line: str, stated: dict | None) -> None:
    found = metadata_line(line)
    assert (found and {"author": found["author"]}) == stated
    assert not found or found["date"] == "2026-02-20" or found["date"] == "2026-03-03"


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("3 thoughts on “The Greenway Nobody Asked For”", True),
        ("One response to “The Greenway”", True),
        ("12 Comments", True),
        ("Three thoughts on the greenway, and one on the viaduct", False),
    ],
)
def test_a_comment_count_as_wordpress_writes_it(line: str, count: bool) -> None:
    assert bool(COMMENT_COUNT.fullmatch(line)) is count


def test_a_two_line_title_s_first_line_is_no_site_s_tagline() -> None:
    top = [
        "Skip to content",
        "Moving from Timetables to Trips: Why Wenmoor Connect Is the",
        "Right Next Step",
        "By Ann Lee",
        "3 March 2026",
    ]
    made = ingest_text(wrapped(*top, PROSE, OTHER), "t", "t")
    removed = [item.text for item in made.report.removed]
    assert "Moving from Timetables to Trips: Why Wenmoor Connect Is the" not in removed
