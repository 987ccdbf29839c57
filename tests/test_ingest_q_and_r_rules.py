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
        ("Ann Lee Mar 5, 2026 • 6 min read", {"author": "Ann Lee", "date": "2026-03-05"}),
        ("Ann Lee Mar 5, 2026", None),  # out of a row, a name and a date are no byline
        ("The Council March 2026 | Opinion", None),
        ("© 2026", None),  # a year names no publisher
    ],
)
def test_a_ghost_row_s_name_and_date(line, stated) -> None:
    assert metadata_line(line) == stated
