"""Rules that came of collection L's lb (a blog post's page copied from a browser, each of the
site's spans on a line of its own; tests/data/collection_l/README.md), each on small texts of
our own: what its typographic evidence recognises, and what looks alike and must stay."""

from __future__ import annotations

import pytest

from synoptic.furniture import (
    WEB_AUTHOR_CARD,
    WEB_BOTTOM,
    WEB_SUBTITLE,
    WEB_TIME,
    WEB_TOP,
    WEB_UNDER_BYLINE,
)
from synoptic.ingest import ingest_text
from synoptic.layout import Line
from synoptic.metadata import row_of
from test_ingest_collection_b import edition_parts

FIRST = (
    "The ferry to the island has run at a quarter past every hour since before the war, and "
    "the harbour board now proposes to run it only when enough people book a crossing ahead."
)
SECOND = (
    "Nobody on the island minds the idea of a better boat. What they mind is not knowing, on a "
    "wet Tuesday in February, whether there will be any boat at all for the doctor's visit."
)
BIO = "Mara Quill keeps the post office on the island and has crossed twice a week since 1998."

# The page as a browser's copy sets it: one span a line, blank lines between most of them.
HEADER = [
    "Open in app",
    "Sign up",
    "Write",
    "Island Notes\nFollow",
    "Keep the Quarter-Past Boat\nA shopkeeper on why a ferry you must book will strand the old",
    "Mara Quill\nMara Quill",
    "Follow",
    "Published in\nIsland Notes",
    "5 min read\n·\nFeb 3, 2026",
    "120",
    "9",
    "Listen",
    "Share",
]
FOOTER = [
    "Ferries\nIslands",
    "120",
    "9",
    "Mara Quill",
    "Written by Mara Quill",
    "40 Followers\n·\nWriter for Island Notes",
    "Shopkeeper. Ferry passenger. Still waits for the quarter past.",
    "Follow",
    "More from Mara Quill and Island Notes",
    "The Winter the Boat Stopped\nWhat three weeks without a crossing taught the island",
    "4 min read\n·\nJan 8, 2026",
    "See all from Mara Quill",
    "Help\nAbout\nTerms",
]


def ingest(*blocks: str):
    return ingest_text("\n\n".join(blocks) + "\n", "t", "t.txt")


def test_a_post_s_page_copied_a_span_a_line_goes_and_its_header_gives_the_front_matter() -> None:
    made = ingest(*HEADER, FIRST, "What the boat is for", SECOND, BIO, *FOOTER)
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Quarter-Past Boat",
        "Mara Quill",
        "2026-02-03",  # the header's row, not the teaser's below the text
    )
    assert blocks == [FIRST, "## What the boat is for", SECOND, BIO]
    rules = {(item.line, item.text): item.rule for item in made.report.removed}
    by_text = {text: rule for (_, text), rule in rules.items()}
    assert by_text["Open in app"] == WEB_TOP
    assert by_text["A shopkeeper on why a ferry you must book will strand the old"] == WEB_SUBTITLE
    assert by_text["Feb 3, 2026"] == by_text["5 min read"] == WEB_TIME
    assert by_text["Jan 8, 2026"] == WEB_TIME  # a teaser's row
    for text in ("Published in", "Listen", "Share"):
        assert by_text[text] == WEB_UNDER_BYLINE
    assert by_text["Shopkeeper. Ferry passenger. Still waits for the quarter past."] == (
        WEB_AUTHOR_CARD
    )
    assert by_text["Written by Mara Quill"] == WEB_AUTHOR_CARD
    assert by_text["More from Mara Quill and Island Notes"] == WEB_BOTTOM
    # the byline's line stays for the front matter; its repeat goes
    assert sum(text == "Mara Quill" for (_, text) in rules) == 2


def lines(*texts: str) -> list[Line]:
    """Non-blank lines numbered as the raw file would (an empty string: a blank line)."""
    return [Line(number, text) for number, text in enumerate(texts, start=1) if text]


@pytest.mark.parametrize(
    ("texts", "index", "row"),
    [
        (("6 min read", "·", "Mar 19, 2026"), 0, ["6 min read", "·", "Mar 19, 2026"]),
        (("6 min read", "·", "Mar 19, 2026"), 2, ["6 min read", "·", "Mar 19, 2026"]),
        (("a", "|", "b", "|", "c", "d"), 4, ["a", "|", "b", "|", "c"]),
        # a blank line between: no row (a lone dot may be a section break)
        (("6 min read", "", "·", "", "Mar 19, 2026"), 0, ["6 min read"]),
        # a separator at either end joins nothing
        (("·", "Mar 19, 2026"), 1, ["Mar 19, 2026"]),
        (("Mar 19, 2026", "·"), 0, ["Mar 19, 2026"]),
    ],
)
def test_a_row_broken_at_its_separators_is_one_row(texts, index, row) -> None:
    assert [line.text for line in row_of(lines(*texts), index)] == row


@pytest.mark.parametrize(
    "row", ["6 min read\n·\nFeb 3, 2026", "Feb 3, 2026\n·\n6 min read", "Feb 3, 2026 · 6 min read"]
)
def test_a_reading_time_row_over_lines_dates_the_post_and_goes(row: str) -> None:
    made = ingest("Keep the Quarter-Past Boat", "By Mara Quill", row, FIRST, SECOND)
    meta, blocks = edition_parts(made.markdown)
    assert meta["date"] == "2026-02-03" and blocks == [FIRST, SECOND]
    assert {item.rule for item in made.report.removed} == {WEB_TIME}


def test_a_name_above_a_reading_time_row_with_the_site_s_lines_between_is_the_byline() -> None:
    meta, _ = edition_parts(
        ingest(
            "Keep the Quarter-Past Boat",
            "Mara Quill\nMara Quill",
            "Follow",
            "5 min read\n·\nFeb 3, 2026",
            FIRST,
            BIO,
        ).markdown
    )
    assert meta["author"] == "Mara Quill"


@pytest.mark.parametrize(
    "front",
    [
        # the publication above the title, the byline below it: the byline is the author's
        [
            "Subscribe",
            "Island Notes",
            "Keep the Quarter-Past Boat",
            "Mara Quill",
            "5 min read\n·\nFeb 3, 2026",
        ],
        # the publication above a short title, no byline: nobody's name, though the text names
        # the publication again
        ["Subscribe", "Island Notes", "The Boat", "Follow", "5 min read\n·\nFeb 3, 2026"],
    ],
    ids=["byline below", "no byline"],
)
def test_a_publication_above_the_title_is_no_author(front: list[str]) -> None:
    meta, _ = edition_parts(ingest(*front, FIRST, f"{SECOND} Island Notes said so.", BIO).markdown)
    assert meta["author"] == ("Mara Quill" if "Mara Quill" in front else "unknown")


def test_a_name_with_a_sentence_between_it_and_the_reading_time_is_no_byline() -> None:
    meta, _ = edition_parts(
        ingest(
            "The Boat", "Mara Quill", "A note, first.", "5 min read\n·\nFeb 3, 2026", FIRST, BIO
        ).markdown
    )
    assert meta["author"] == "unknown"


@pytest.mark.parametrize(
    "under",
    [
        # a heading opening the text, under the date (no count, no reading time)
        ["9 May 2024", "Introduction"],
        # … under a reading time: it stands below the last of the site's lines
        ["6 min read", "Share and share alike"],
        ["6 min read", "120", "Share", "Why the boat matters"],
    ],
    ids=["heading under a date", "heading like a button", "heading under the buttons"],
)
def test_a_heading_that_opens_the_text_under_the_byline_stays(under: list[str]) -> None:
    made = ingest("Keep the Quarter-Past Boat", "By Mara Quill", *under, FIRST, SECOND)
    _, blocks = edition_parts(made.markdown)
    assert blocks[0] == f"## {under[-1]}" and blocks[1:] == [FIRST, SECOND]


@pytest.mark.parametrize(
    "line", ["214 people wrote to the board.", "Listen.", "Share the boat, and share the cost."]
)
def test_a_short_paragraph_or_a_number_in_a_sentence_under_the_byline_stays(line: str) -> None:
    made = ingest("Keep the Quarter-Past Boat", "By Mara Quill", "6 min read", "120", line, FIRST)
    _, blocks = edition_parts(made.markdown)
    assert blocks == [line, FIRST]
    assert [item.text for item in made.report.removed] == ["6 min read", "120"]


def test_buttons_without_a_count_or_a_reading_time_under_the_byline_stay() -> None:
    # "Share" and "Follow" alone are no evidence enough: the text may open with such headings
    _, blocks = edition_parts(
        ingest("Keep the Quarter-Past Boat", "By Mara Quill", "Follow", FIRST).markdown
    )
    assert blocks == ["## Follow", FIRST]


def test_a_button_drawn_with_its_sign_under_the_byline_and_date_goes() -> None:
    # LinkedIn: the name, the author's post, the date, then `+ Follow`
    made = ingest(
        "Skip to main content\nLinkedIn\nArticles\nJobs\nSign in",
        "Keep the Quarter-Past Boat",
        "Mara Penhallow\nFerry Pilot at Tollbury Harbour Board | Sailor",
        "Published Mar 3, 2026",
        "+ Follow",
        FIRST,
        SECOND,
    )
    meta, blocks = edition_parts(made.markdown)
    assert blocks == [FIRST, SECOND]
    assert (meta["author"], meta["date"]) == ("Mara Penhallow", "2026-03-03")
    assert "+ Follow" in [item.text for item in made.report.removed]


@pytest.mark.parametrize(
    "ending",
    [
        # no button closes it
        ["Written by Mara Quill", "She still waits for the boat."],
        # prose below it: the essay's
        ["Written by Mara Quill", "She still waits for the boat.", "Follow", SECOND],
        # not a name
        ["Written by hand", "She still waits for the boat.", "Follow"],
    ],
    ids=["no button", "prose below", "no name"],
)
def test_what_looks_like_an_author_s_card_but_is_the_essay_s_stays(ending: list[str]) -> None:
    made = ingest("Keep the Quarter-Past Boat", "By Mara Quill", FIRST, *ending)
    assert WEB_AUTHOR_CARD not in {item.rule for item in made.report.removed}
    assert "She still waits for the boat." in made.markdown


@pytest.mark.parametrize(
    "last",
    [
        "Follow the money, and you will see who gains from a boat that sails half empty.",
        "Follow the money.",
        "Share the boat.",
    ],
)
def test_an_essay_s_last_paragraph_opening_like_a_site_s_call_stays(last: str) -> None:
    made = ingest("Keep the Quarter-Past Boat", "By Mara Quill", FIRST, SECOND, last, "Follow")
    _, blocks = edition_parts(made.markdown)
    assert blocks[-1] == last
    assert [item.text for item in made.report.removed] == ["Follow"]


@pytest.mark.parametrize("call", ["Follow us on Mastodon.", "Share this article."])
def test_a_site_s_call_naming_itself_below_the_text_goes(call: str) -> None:
    made = ingest("Keep the Quarter-Past Boat", "By Mara Quill", FIRST, SECOND, call)
    assert [(item.text, item.rule) for item in made.report.removed] == [(call, WEB_BOTTOM)]
