"""A code review's probes of the rules for a document's head and numbering, a magazine's page, a
talk's transcript and a wiki's page (/work/scratch/review19): each once took an essay's own
words, its title, its author or its date, or crashed."""

from __future__ import annotations

import pytest

from synoptic.metadata import DOCUMENT_HEAD, KICKER
from synoptic.pages import WORD_PROCESSOR_FOOT
from synoptic.transcript import OTHER_SPEAKER, TRANSCRIPT_HEADER
from synoptic.wiki import WIKI
from test_ingest_collection_b import removal_rules, review_probe


def made(name: str):
    return review_probe("review19", name)


@pytest.mark.parametrize(
    ("name", "title", "author", "quoted"),
    [
        # an essay quoting a programme's items and a group chat's messages, `Name 19:02`
        ("p01", "What the River Conference Taught Us", "Helen Marsh", "Opening Remarks 09:30"),
        ("p02", "The Group Chat That Saved the Library", "Priya Natarajan", "Tom Hargreaves 19:02"),
    ],
)
def test_an_essay_quoting_lines_shaped_as_turns_is_no_transcript(
    name: str, title: str, author: str, quoted: str
) -> None:
    report, meta, blocks = made(name)
    assert (meta["title"], meta["author"]) == (title, author)
    assert any(quoted in block for block in blocks)
    assert not removal_rules(report) & {OTHER_SPEAKER, TRANSCRIPT_HEADER}


def test_a_page_that_opens_with_its_skip_link_is_no_wiki_page() -> None:
    report, meta, _ = made("p03")
    assert meta["title"] == "Why the Harbour Needs Its Fishermen"
    assert WIKI not in removal_rules(report)


def test_a_date_under_a_numbered_section_keeps_its_day() -> None:
    report, meta, _ = made("p04")
    assert meta["date"] == "2026-04-01"
    assert "2 headings' section numbers" in report.edition


@pytest.mark.parametrize(
    ("name", "numbers"),
    [
        ("p05", ["1\\.1 ", "1\\.2 ", "1\\.3 ", "1\\.4 "]),  # a contract's clauses, quoted
        ("p19", ["1\\.1. ", "2\\.1. ", "4\\.1. "]),  # a diary's dates
    ],
)
def test_numbers_that_are_the_texts_own_words_stay(name: str, numbers: list[str]) -> None:
    _, _, blocks = made(name)
    assert all(any(block.startswith(number) for block in blocks) for number in numbers)


def test_a_list_item_above_a_numbered_section_keeps_its_label() -> None:
    _, _, blocks = made("p17")
    assert "## 3\\. Scrap the charges" in blocks and "## Recommendation" in blocks


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("p07", "The Long Road Home"),  # a title and subtitles over the byline: no head
        ("p16", "Parking Charges"),  # a letterhead with its postcode over the title
    ],
)
def test_a_title_and_its_subtitles_are_no_documents_head(name: str, title: str) -> None:
    report, meta, blocks = made(name)
    assert meta["title"] == title
    kept = {item.text for item in report.report.removed if item.rule == DOCUMENT_HEAD}
    assert title not in kept and not any(block == f"## {title}" for block in blocks)


@pytest.mark.parametrize("name", ["p06", "p12", "p18"])
def test_no_section_heading_under_the_date_is_taken_for_the_title(name: str) -> None:
    report, meta, blocks = made(name)
    assert meta["title"] not in ("Introduction", "The numbers", "What should change")
    assert DOCUMENT_HEAD not in removal_rules(report)


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        ("p08", "ENOUGH", "unknown"),  # a title in capitals over a heading, no byline
        ("p15", "MARTA KOWALCZYK", "unknown"),  # a name in capitals: no kicker (no title either)
    ],
)
def test_a_line_in_capitals_with_no_byline_under_its_title_is_no_kicker(
    name: str, title: str, author: str
) -> None:
    report, meta, _ = made(name)
    assert (meta["title"], meta["author"]) == (title, author)
    assert KICKER not in removal_rules(report)


def test_one_line_in_capitals_alone_is_a_text_and_no_crash() -> None:
    _, _, blocks = made("p20")
    assert blocks == ["## ROAD CLOSED"]


def test_a_drop_cap_a_makes_the_word_it_begins() -> None:
    _, _, blocks = made("p09")
    assert blocks[0].startswith("Around the old mill pond")
    assert any(block.startswith("Amid all the shouting") for block in blocks)


def test_a_letters_sign_off_on_its_last_page_stays() -> None:
    report, _, blocks = made("p14")
    assert WORD_PROCESSOR_FOOT not in removal_rules(report)
    assert "## Tom Hargreaves" in blocks


@pytest.mark.parametrize(("name", "author"), [("DrNo", "Dr. No"), ("DrSeuss", "Dr Seuss")])
def test_a_name_that_would_be_a_word_alone_keeps_its_title(name: str, author: str) -> None:
    _, meta, _ = made(f"p21_byline_{name}")
    assert meta["author"] == author
