"""The rules that came of collections Q and R's first contact (docs/editions.md), each beside
the text it must leave alone."""

from __future__ import annotations

import pytest

from synoptic.furniture import REVIEW_COMMENT
from synoptic.ingest import ingest_text
from synoptic.metadata import metadata_line
from test_ingest_collection_b import edition_parts

PROSE = (
    "The council estimates the capital sum at two million pounds this year, and it has the "
    "grants, so the hall can open in May if the vote goes the way its traders hope it will."
)
OTHER = (
    "Nobody disputes that most markets do well on a Saturday. The difficulty lies in the other "
    "six days, and in the rents a trader can pay when the square is empty and it rains."
)


def test_unrtf_s_header_goes() -> None:
    raw = "\n".join(
        [
            "###  Translation from RTF performed by UnRTF, version 0.21.10 ",
            "### font table contains 3 fonts total",
            "### author: A Lee",
            "-----------------",
            "",
            "The Hall",
            "",
            "By Ann Lee",
            "",
            PROSE,
            "",
            OTHER,
        ]
    )
    made = ingest_text(raw, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], blocks) == ("The Hall", "Ann Lee", [PROSE, OTHER])
    assert len(made.report.removed) == 4


@pytest.mark.parametrize(
    ("tail", "removed"),
    [
        (["[a]Is this too long? (Nadia Ferrers)"], True),
        ([], False),  # a marker without its comment is the text's own
        (["[b]A comment on no marker. (Owen Blakey)"], False),
        # a code review's probe: lettered endnotes, unsigned, after no numbered notes
        (["[a]Minutes of the Market Committee, 4 March 1963."], False),
    ],
)
def test_a_google_docs_reviewer_s_comments_go_with_their_markers(tail, removed) -> None:
    raw = "\n\n".join(["The Hall", "By Ann Lee", PROSE.replace("year,", "year,[a]"), OTHER, *tail])
    made = ingest_text(raw, "t", "t.txt")
    blocks = edition_parts(made.markdown)[1]
    assert (blocks[0] == PROSE) is removed
    assert any(item.rule == REVIEW_COMMENT for item in made.report.removed) is removed


@pytest.mark.parametrize(
    ("lines", "box"),
    [
        (
            [
                "Sign up for the newsletter",
                "Get new posts straight to your inbox.",
                "Subscribe",
                "Email address",
            ],
            True,
        ),
        (["Email address"], False),  # a field's name alone may be the essay's
    ],
)
def test_a_newsletter_s_sign_up_box_between_paragraphs_goes(lines, box) -> None:
    raw = "\n\n".join(["The Hall", "By Ann Lee | 5 March 2026", PROSE, *lines, OTHER, PROSE])
    gone = [item.text for item in ingest_text(raw, "t", "t.txt").report.removed]
    assert (gone == lines) is box


def test_a_profile_s_headline_under_the_name_is_the_byline_s_post() -> None:
    bio = "Ann Lee is a councillor and chairs the town centre partnership."
    raw = "\n\n".join(
        [
            "The Hall",
            "Ann Lee",
            "Cabinet Member at Tollbury Town Council | Project Manager",
            "Published Mar 3, 2026",
            PROSE,
            OTHER,
            bio,
        ]
    )
    meta, blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)
    assert (meta["title"], meta["author"], meta["date"]) == ("The Hall", "Ann Lee", "2026-03-03")
    assert blocks == [PROSE, OTHER, bio]


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Mira Ashdown Mar 5, 2026 • 6 min read", {"author": "Mira Ashdown", "date": "2026-03-05"}),
        # the words before the date may be a section's (a code review's probes): a last word
        # that is an English word gives no author
        ("Tuesday Market Mar 5, 2026 • 3 min read", {"date": "2026-03-05"}),
        ("Long Read Mar 5, 2026 • 9 min read", {"date": "2026-03-05"}),
        ("Ann Lee Mar 5, 2026", None),  # out of a row, a name and a date are no byline
        ("The Council March 2026 | Opinion", None),
        ("© 2026", None),  # a year names no publisher
        ("© 2026 Ψηφίδα", {"publisher": "Ψηφίδα"}),  # any alphabet's letters
    ],
)
def test_a_ghost_row_s_name_and_date(line, stated) -> None:
    assert metadata_line(line) == stated


def test_a_quoted_insertion_is_no_comment_marker() -> None:
    # A code review's probe: "“[a]ll of us …" lost its letters beside real comments.
    quoted = "She said “[a]ll of us will trade here” and meant it, the whole row of them."
    escaped = quoted.replace("[a]", "\\[a]")  # as the edition writes a bracket
    raw = "\n\n".join(
        [
            "The Hall",
            "By Ann Lee",
            PROSE.replace("year,", "year,[a]"),
            quoted,
            OTHER,
            "[1]A note.",
            "[a]Is this too long? (Nadia Ferrers)",
        ]
    )
    blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)[1]
    assert escaped in blocks and PROSE in blocks


def test_a_paragraph_on_subscribing_over_a_heading_is_no_sign_up_box() -> None:
    own = "In 2015 it asked people to subscribe to the newsletter instead."
    raw = "\n\n".join(["The Hall", "By Ann Lee | 5 March 2026", PROSE, own, "Email", OTHER, PROSE])
    assert not ingest_text(raw, "t", "t.txt").report.removed


def test_a_table_s_rows_ending_a_page_are_no_menu() -> None:
    rows = ["Weekly rent for a stall  £4  £6  £9  £12", "Stalls let in the hall  42  57  61  60"]
    raw = "\n\n".join(["The Hall", "By Ann Lee | 5 March 2026", PROSE, OTHER, *rows])
    removed = [item.text for item in ingest_text(raw, "t", "t.txt").report.removed]
    assert not set(rows) & set(removed)
