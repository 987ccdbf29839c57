"""The rules that came of collections S and T's first contact (docs/editions.md), each beside
the text it must leave alone."""

from __future__ import annotations

import textwrap

import pytest

from synoptic.furniture import (
    COMMENT_COUNT,
    PAGE_NUMBER,
    RUNNING_HEAD,
    WEB_COMMENTS,
    WEB_TOP,
    is_web_page,
)
from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.mail import MAIL_HEADER
from synoptic.metadata import front_bylines, metadata_line
from synoptic.pages import COVER, page_furniture, page_starts
from synoptic.rstsource import rst_source
from test_ingest_collection_b import edition_parts, rules_by_text

PROSE = (
    "The council estimates the capital sum at two million pounds this year, and it has the "
    "grants, so the path can open in May if the vote goes the way its cyclists hope it will.[1]"
)
PLAIN = PROSE.replace("[1]", "")
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
    rules = rules_by_text(made)
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


def jstor(pages: list[list[str]]) -> str:
    """A JSTOR PDF's text as pdftotext sets it: a cover sheet, then pages, each closed by the
    download notice and a form feed."""
    foot = [
        "",
        "This content downloaded from 192.0.2.14 on Tue, 03 Mar 2026 10:41:07 UTC",
        "All use subject to https://about.jstor.org/terms",
    ]
    cover = [
        "The Path Appraised",
        "Author(s): Helen Strand",
        "Source: Journal of Regional Planning Studies, Vol. 41, No. 2 (2026), pp. 117-120",
        "Stable URL: https://www.jstor.org/stable/27816453",
    ]
    return "\f".join("\n".join([*page, *foot]) + "\n" for page in [cover, *pages]) + "\f"


SUBJECTS = (
    "The feasibility study",
    "Its forecast of trips",
    "A count on two greenways",
    "Scaling down by population",
    "Such a transfer of figures",
    "The share of leisure trips",
    "Weekend walkers on the route",
    "Commuters to the academy",
    "The maintenance endowment",
    "A survey of the cuttings",
    "Households beside the line",
    "The drainage of the culverts",
    "Lighting along the embankment",
    "The badger sett near the bridge",
    "Fencing at the garden ends",
    "The viaduct over the beck",
)


def page_lines(page: int) -> list[str]:
    """A page's four lines of prose, none opening as another page's does."""
    return [
        f"{subject} was weighed by the appraisal against the council's own tables, and"
        for subject in SUBJECTS[4 * page : 4 * page + 4]
    ]


def test_a_jstor_pdf_s_cover_sheet_running_heads_and_feet_go() -> None:
    pages = [
        [
            "Journal of Regional Planning Studies Vol. 41, No. 2 (2026), pp. 117-120",
            "",
            "The Path Appraised",
            "",
            *page_lines(0),
        ],
        ["118 Journal of Regional Planning Studies, Vol. 41", "", *page_lines(1)],
        ["Journal of Regional Planning Studies, Vol. 41", "", "119", "", *page_lines(2)],
    ]
    made = ingest_text(jstor(pages), "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["publisher"]) == (
        "The Path Appraised",
        "Helen Strand",
        "Journal of Regional Planning Studies",
    )
    assert not any("Journal" in block or "jstor" in block for block in blocks)
    rules = rules_by_text(made)
    assert rules["119"] == PAGE_NUMBER
    assert rules["118 Journal of Regional Planning Studies, Vol. 41"] == RUNNING_HEAD
    assert rules["Author(s): Helen Strand"] == COVER


def test_lines_on_pages_that_open_alike_by_chance_stay() -> None:
    pages = ["\n".join(page_lines(page)) for page in range(4)]
    head = "The council said that the path"
    # the same line atop three pages of four, after the first: a running head
    raw = "\n\f".join([pages[0], *(f"{head}\n{page}" for page in pages[1:])])
    assert len(page_furniture(normalise(raw), page_starts(raw))) == 3
    # … on two: no more than half the pages
    raw = "\n\f".join([pages[0], pages[1], *(f"{head}\n{page}" for page in pages[2:])])
    assert not page_furniture(normalise(raw), page_starts(raw))
    # lines that open alike and differ further on (an anaphora): none
    raw = "\n\f".join(
        [
            pages[0],
            *(
                f"{head} {n} runs on, and on\n{page}"
                for n, page in zip(("one", "two", "three"), pages[1:])
            ),
        ]
    )
    assert not page_furniture(normalise(raw), page_starts(raw))
    # the first page's title, repeated atop the others as their head, stays on the first
    raw = "\n\f".join(
        [f"{head}\n{pages[0]}", *(f"{head}   {n}\n{page}" for n, page in enumerate(pages[1:], 2))]
    )
    assert [item.line for item in page_furniture(normalise(raw), page_starts(raw))] == [6, 11, 16]
    # … and so on every page, the text repeating itself: none
    raw = "\n\f".join([pages[0]] * 4)
    assert not page_furniture(normalise(raw), page_starts(raw))


def quoted(*blocks: str) -> str:
    """Blocks wrapped at 72 columns and quoted, a bare `>` between them, as a reply quotes."""
    return "\n>\n".join(
        "\n".join(f"> {line}" for line in textwrap.fill(block, 72).split("\n")) for block in blocks
    )


FORWARD = """---------- Forwarded message ---------
From: Mirela Osterby <m.osterby@example.org>
Date: Thu, 26 Mar 2026 at 17:41
Subject: Caddies first
To: Tom Rendle <t.rendle@example.org>

"""
SIGNED = """
>
> --
> Mirela Osterby
> +44 1632 960418

Sent from my phone

This email and any attachments are confidential and intended solely for the addressee.
"""


def test_an_essay_forwarded_quoted_in_an_e_mail_reads_as_the_essay() -> None:
    days = ("Saturday", "Monday", "Tuesday")
    body = [PLAIN, *(f"{OTHER} {OTHER.replace('Sunday', day)}" for day in days)]
    raw = FORWARD + quoted("Caddies First", "By Mirela Osterby", "26 March 2026", *body)
    made = ingest_text(raw + SIGNED, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Caddies First",
        "Mirela Osterby",
        "2026-03-26",
    )
    assert blocks == body
    assert [item.rule for item in made.report.removed].count(MAIL_HEADER) == 5
    removed = [item.text for item in made.report.removed]
    assert {"--", "Mirela Osterby", "+44 1632 960418", "Sent from my phone"} <= set(removed)
    assert any(text.startswith("This email and any attachments are confid") for text in removed)
    assert any("e-mail quoted whole" in shape for shape in made.report.shapes)


@pytest.mark.parametrize(
    "raw",
    [
        # an essay quoting a letter: a few of its lines open with `>`
        f"{PROSE}\n\n> Dear Sir, the path floods.\n> Yours, a neighbour\n\n{OTHER}\n\n{OTHER}\n",
        # a `--` line over prose: no signature
        f"{PROSE}\n\n--\n{OTHER}\n",
        # "Sent from" in a sentence, a disclaimer's words mid-text
        f"{PROSE}\n\nThis email and its reply are confidential, the clerk said.\n\n{OTHER}\n",
    ],
    ids=["quoting", "rule", "mid-text"],
)
def test_what_is_no_e_mail_keeps_its_lines(raw: str) -> None:
    made = ingest_text(raw, "t", "t.txt")
    assert not any(item.rule.startswith("e-mail") for item in made.report.removed)


def test_a_message_s_header_at_the_top_goes() -> None:
    raw = (
        "From: Ann Lee <ann@example.org>\nSent: 3 March 2026 09:12\nTo: The Editor\n"
        f"Subject: The path\n\n{PLAIN}\n\n{OTHER}\n"
    )
    made = ingest_text(raw, "t", "t.txt")
    assert [item.line for item in made.report.removed] == [1, 2, 3, 4]
    assert edition_parts(made.markdown)[1] == [PLAIN, OTHER]


RST = """=========================
A Fortnight Is Too Long
=========================

:author: Gordon Ashcombe
:date: 19 March 2026
:tags: waste, council

The headline figure is a saving of £1.2 million a year. Read the paper,
reference ``HDC-ENV-2026-04``, and the :abbr:`HDC (district council)` tables,
or `the summary <https://example.org/summary>`_, and it is *not* free. [#]_

The money does not add up
-------------------------

.. image:: /images/bins.jpg
   :alt: A row of bins

.. note::

   Most residents I speak to have no quarrel with a weekly food collection
   in itself; what they object to is losing half of their grey-bin service.

.. This comment is the author's, for the author.

A question that cannot be answered with a no is not really a question.
[#]_

Notes
-----

.. [#] Harrowmere District Council, cabinet report, appendix B,
   capital costs.

.. [#] Question 3 of the survey.
"""


def test_a_restructuredtext_source_reads_as_its_words_and_notes() -> None:
    made = ingest_text(RST, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Fortnight Is Too Long",
        "Gordon Ashcombe",
        "2026-03-19",
    )
    assert blocks == [
        "The headline figure is a saving of £1.2 million a year. Read the paper, reference "
        "HDC-ENV-2026-04, and the HDC (district council) tables, or the summary, and it is "
        "*not* free.[^1]",
        "## The money does not add up",
        "Most residents I speak to have no quarrel with a weekly food collection in itself; "
        "what they object to is losing half of their grey-bin service.",
        "A question that cannot be answered with a no is not really a question.[^2]",
        "## Notes",
        "[^1]: Harrowmere District Council, cabinet report, appendix B, capital costs.",
        "[^2]: Question 3 of the survey.",
    ]
    assert [item.text for item in made.report.removed if item.rule.startswith("reSt")] == [
        ":tags: waste, council",
        ".. image:: /images/bins.jpg",
        ":alt: A row of bins",
        ".. note::",
        ".. This comment is the author's, for the author.",
    ]


def test_a_text_with_underlined_headings_only_is_no_restructuredtext() -> None:
    raw = f"The Path\n========\n\n{PLAIN}\n\nCosts\n-----\n\n{OTHER}\n\n.. and so on.\n"
    assert rst_source(normalise(raw)) is None


def test_a_latex_source_is_refused_with_the_command_that_converts_it() -> None:
    from synoptic.errors import SynopticError

    raw = "% a draft\n\\documentclass{article}\n\\title{Bins}\n\\begin{document}\nText.\n"
    with pytest.raises(SynopticError, match=r"pandoc -s -f latex -t markdown-smart") as raised:
        ingest_text(raw, "t", "t.tex")
    assert raised.value.line == 2
    # a text that speaks of LaTeX's commands is no LaTeX source
    assert (
        "documentclass"
        in ingest_text(f"{PLAIN}\n\nIt opens with \\documentclass.\n", "t", "t").markdown
    )


def test_a_text_set_a_paragraph_a_line_with_no_blank_line_keeps_each_line_apart() -> None:
    # TextEdit's or textutil's export: a heading, a list's lead-in, its items and the notes
    # each a line of its own, no line going on on the next
    days = ("Monday", "Tuesday", "Wednesday", "Friday")
    long = [f"{OTHER} {OTHER.replace('Sunday', day)}" for day in days]
    raw = "\n".join(
        [
            "A Levy Worth Having",
            "by Priya Lindqvist",
            "23 March 2026",
            long[0],
            "Three conditions",
            "My support depends on three conditions being written into the bylaw:",
            "\t•\tthe fund's purposes can be changed only by a two-thirds vote",
            "\t•\tsmall businesses may file a single return each year",
            *long[1:],
        ]
    )
    meta, blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)
    assert meta["author"] == "Priya Lindqvist"
    assert blocks[1:4] == [
        "## Three conditions",
        "My support depends on three conditions being written into the bylaw:",
        "- the fund's purposes can be changed only by a two-thirds vote\n"
        "- small businesses may file a single return each year",
    ]
    assert blocks[4:] == long[1:]


def test_a_standfirst_between_the_title_and_a_name_without_by() -> None:
    # Substack copied whole: the site's rows, the title, its standfirst, the name, the date
    raw = "\n".join(
        [
            "The Ward Round",
            "Subscribe",
            "Why Dunmere's births belong in Callowford",
            "A forty-minute drive is a real cost. A theatre you cannot reach is a bigger one.",
            "Miriam Holt",
            "Mar 6, 2026",
            "",
            PLAIN,
            "",
            "Miriam Holt is a consultant obstetrician at Callowford Royal Infirmary.",
        ]
    )
    assert front_bylines(normalise(raw)) == {5: "Miriam Holt"}
    # … but not under two sentences of prose: no title above them
    prose = raw.replace(
        "Why Dunmere's births belong in Callowford", "The board met on Tuesday to close the unit."
    )
    assert front_bylines(normalise(prose)) == {}


SUBSTACK_TOP = [
    "The Ward Round",
    "Subscribe",
    "Sign in",
    "Why Dunmere's births belong in Callowford",
    "A forty-minute drive is a real cost. A theatre you cannot reach is a bigger one.",
    "Miriam Holt",
    "Mar 6, 2026",
    "47",
    "23",
    "Share",
]
SUBSTACK_BOTTOM = [
    "Miriam Holt is a consultant obstetrician and writes The Ward Round.",
    "",
    "Discussion about this post",
    "",
    "Comments",
    "Restacks",
    "",
    "Owen Pryce",
    "Mar 7",
    "I drove my wife down the Fell Road in labour in 2019. Forty minutes my foot.",
    "Reply",
    "Share",
    "",
    "© 2026 Miriam Holt",
    "Privacy ∙ Terms ∙ Collection notice",
]


def test_a_substack_post_copied_whole_reads_as_its_post() -> None:
    middle = [
        "Thanks for reading The Ward Round! Subscribe for free to receive new posts.",
        "",
        "Type your email...",
        "Subscribe",
    ]
    raw = "\n".join([*SUBSTACK_TOP, "", PLAIN, "", *middle, "", OTHER, "", *SUBSTACK_BOTTOM])
    meta, blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Why Dunmere's births belong in Callowford",
        "Miriam Holt",
        "2026-03-06",
    )
    assert blocks == [PLAIN, OTHER, SUBSTACK_BOTTOM[0]]


def test_a_page_saved_as_text_by_a_browser_loses_its_links_addresses() -> None:
    raw = "\n".join(
        [
            "Dunmere Notes <https://dunmerenotes.example/>",
            "",
            f"{PLAIN} See the consultation <https://board.example/review> and the survey "
            "<https://forum.example/survey>.",
            "",
            OTHER,
            "",
            "Posted by Gwen Tallis <https://www.blogger.com/profile/1> at 10:14",
        ]
    )
    made = ingest_text(raw, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert "<https://" not in made.markdown
    assert "See the consultation and the survey." in blocks[0]
    assert meta["author"] == "Gwen Tallis"
    assert any("4 links' addresses" in shape for shape in made.report.shapes)
    # one address again and again is no page's links (an essay quoting an autolink)
    same = "\n\n".join(f"Word {n} <http://a.b> end." for n in range(4))
    assert "<http://a.b>" in ingest_text(same, "t", "t.txt").markdown.replace("\\<", "<")


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        # glued to its stop, counting up to the notes: markers
        ("It plugs a deficit.(1) It is failing now.(2)", 2),
        # after a number (a clause's own numbering), or set apart: no marker
        ("Under clause 14(2) it plugs a deficit (1) and fails.", 0),
    ],
)
def test_markers_in_brackets_glued_to_their_word(text: str, notes: int) -> None:
    raw = f"{text}\n\n{PLAIN}\n\nNotes\n\n1 The audit office, 2019.\n\n2 The survey, 2025.\n"
    made = ingest_text(raw, "t", "t.txt")
    assert made.markdown.count("[^") == (2 * notes if notes else 0)


def test_a_contents_list_above_the_text_goes() -> None:
    # Google Docs' text export: its headings listed between rules, each given again below
    raw = "\n\n".join(
        [
            "Wrong Tax, Wrong Time",
            "By Dermot Fairlie",
            "16 March 2026",
            "________________",
            "What the levy really costs\nWho decides",
            "________________",
            PLAIN,
            "What the levy really costs",
            OTHER,
            "Who decides",
            OTHER.replace("Sunday", "Monday"),
        ]
    )
    made = ingest_text(raw, "t", "t.txt")
    blocks = edition_parts(made.markdown)[1]
    assert blocks[0] == PLAIN and "## Who decides" in blocks
    listed = [item.text for item in made.report.removed if "contents list" in item.rule]
    assert listed == ["What the levy really costs", "Who decides"]
