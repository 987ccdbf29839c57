"""A code review's probes of the rules for a message saved whole, textutil's soft line breaks,
a document's status line and Google Docs' comments (/work/scratch/review22): each once took an
essay's own words, its title, author or date, crashed, or misread the shape it claims to read."""

from __future__ import annotations

import pytest

from synoptic.errors import SynopticError
from synoptic.furniture import DOCUMENT_STATUS, REVIEW_COMMENT
from test_ingest_collection_b import removal_rules, review_probe


def made(name: str):
    return review_probe("review22", name, as_raw_file=True)


@pytest.mark.parametrize("name", ["e1", "e2"])
def test_a_saved_messages_8bit_or_unknown_charset_reads_as_written(name: str) -> None:
    _, meta, blocks = made(name)
    assert meta["author"] == "Ann Lee"
    assert not any("\\u2014" in block or "\ufffd" in block for block in blocks)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("e12", "Reading slowly is not a failure"),  # forwarded inline, under its own header
        ("e8", "Reading slowly is not a failure"),  # forwarded as an attachment
        ("e15", "Reading slowly is not a failure"),  # attached as a text file under a note
    ],
)
def test_a_forwarded_or_attached_essay_is_read(name: str, kept: str) -> None:
    _, meta, blocks = made(name)
    assert (meta["title"], meta["author"]) == ("On Slow Reading", "Ann Lee")
    assert any(kept in block for block in blocks)


def test_a_writers_own_address_in_brackets_stays_in_a_plain_message() -> None:
    _, _, blocks = made("e14")
    assert any("[https://" in block or "\\[https://" in block for block in blocks)


def test_a_memo_with_a_received_stamp_is_no_saved_message() -> None:
    report, meta, _ = made("e16")
    assert meta["date"] == "2026-03-03"
    assert "a message saved whole" not in report.edition


def test_a_name_with_from_in_it_is_whole_outside_newsletters() -> None:
    _, meta, _ = made("e5")
    assert meta["author"] == "Notes from Underground"


@pytest.mark.parametrize("name", ["e10", "e11"])
def test_a_message_with_no_subject_or_an_empty_header_is_read(name: str) -> None:
    _, meta, blocks = made(name)
    assert meta["author"] == "Ann Lee"
    assert not any(block.startswith(("From:", "Cc:", "Content-")) for block in blocks)


def test_a_message_with_html_only_is_read_by_its_html_part() -> None:
    # Its subject, sender and date, where the page marks none, are its front (it was refused).
    report, meta, blocks = made("e6")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "On Slow Reading",
        "Ann Lee",
        "2026-03-09",
    )
    assert blocks[0].startswith("Reading slowly is not a failure of attention.")
    assert "its HTML part read" in " ".join(report.report.shapes)


@pytest.mark.parametrize("name", ["s1", "s2", "s3", "s4", "s5"])
def test_a_title_or_sentence_that_opens_with_draft_or_confidential_stays(name: str) -> None:
    report, _, _ = made(name)
    assert DOCUMENT_STATUS not in removal_rules(report)


def test_a_status_line_with_a_date_keeps_its_date() -> None:
    report, _, _ = made("s7_DRAFT14April20")
    assert DOCUMENT_STATUS not in removal_rules(report)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("u1", "The Case for Slow Reading"),  # a soft break inside the title
        ("u6", "Don’t Put Out Kelsworth’s Fires"),
    ],
)
def test_a_soft_line_break_inside_a_title_is_a_space(name: str, title: str) -> None:
    _, meta, _ = made(name)
    assert meta["title"] == title


@pytest.mark.parametrize("name", ["u4", "u5"])
def test_a_soft_line_break_inside_a_paragraph_parts_nothing(name: str) -> None:
    _, meta, blocks = made(name)
    assert (meta["author"], meta["date"]) == ("Gareth Pryce and Alys Corrin", "2026-03-12")
    assert len([block for block in blocks if not block.startswith(("#", "[^"))]) == 11


def test_an_errors_line_is_the_files() -> None:
    with pytest.raises(
        SynopticError, match=r"t.txt:13: note \[1\] is given twice \(also at line 11\)"
    ):
        made("u7")


def test_lettered_endnotes_and_a_credit_under_them_are_no_comments() -> None:
    report, _, blocks = made("c1")
    assert REVIEW_COMMENT not in removal_rules(report)
    assert any("Translated from the Welsh" in block for block in blocks)
