"""A code review's probes of the rules for an Obsidian note, a newsletter through html2text, a
report's cover and closing notice, and notes at the feet of a raw PDF's pages
(/work/scratch/review21): each once took an essay's own words, its title, author, date or
notes."""

from __future__ import annotations

import pytest

from synoptic.furniture import CLOSING_NOTICE, NEWSLETTER_MASTHEAD
from synoptic.markdownsource import MARKDOWN_ABOVE_TITLE, MARKDOWN_BYLINE
from synoptic.metadata import DOCUMENT_HEAD
from test_ingest_collection_b import removal_rules, review_probe


def made(name: str):
    return review_probe("review21", name)


def test_a_notice_ends_where_the_notes_begin() -> None:
    report, _, blocks = made("p09")
    assert not any("note text not in the source" in block for block in blocks)
    notice = [item.text for item in report.report.removed if item.rule == CLOSING_NOTICE]
    assert notice and not any(text.startswith("[^") for text in notice)


@pytest.mark.parametrize(("name", "date"), [("p10", "2026-02-24"), ("p10b", "2026-02")])
def test_a_note_under_a_notice_is_the_texts_and_dates_nothing(name: str, date: str) -> None:
    _, meta, blocks = made(name)
    assert meta["date"] == date
    assert sum(block.startswith("[^") for block in blocks) == (4 if name == "p10" else 4)


@pytest.mark.parametrize(
    ("name", "title"),
    [("p03", "The Quiet Harbour"), ("p04", "Issue 14: why the ferry matters")],
)
def test_an_essays_title_over_a_dateline_or_an_issue_is_no_newsletters_name(
    name: str, title: str
) -> None:
    report, meta, _ = made(name)
    assert meta["title"] == title
    assert NEWSLETTER_MASTHEAD not in removal_rules(report)


def test_an_opening_paragraph_with_links_is_no_sites_header() -> None:
    report, meta, blocks = made("p16")
    assert meta["title"] == "Keeping the pier open"
    assert MARKDOWN_ABOVE_TITLE not in removal_rules(report)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("p19", "Keeping the Pier Open at Dunvaig Harbour"),
        ("p14c", "Keeping the Pier Open: The Harbour Trust at 140"),
    ],
)
def test_a_title_the_running_head_repeats_whole_is_not_cut(name: str, title: str) -> None:
    report, meta, _ = made(name)
    assert meta["title"] == title
    assert DOCUMENT_HEAD not in removal_rules(report)


def test_a_name_under_the_title_is_no_subtitle() -> None:
    _, meta, _ = made("p14b")
    assert "Jane Doe" not in meta["title"]


def test_names_in_emphasis_under_a_section_are_no_byline() -> None:
    report, meta, blocks = made("p01")
    assert meta["author"] == "Jane Doe"
    assert MARKDOWN_BYLINE not in removal_rules(report)
    assert any("Alice Smith and Bob Jones" in block for block in blocks)


def test_a_raw_pdfs_list_at_a_pages_foot_stays_where_endnotes_follow() -> None:
    _, _, blocks = made("p11")
    assert any(block.startswith("1 Publish the full repair survey") for block in blocks)
    assert sum(block.startswith("[^") for block in blocks) == 3


def test_a_single_zero_width_non_joiner_is_a_spellings() -> None:
    _, _, blocks = made("p15")
    assert "\u200c" in blocks[0]


def test_an_essay_on_wiki_markup_keeps_its_quoted_links() -> None:
    _, _, blocks = made("p05")
    # (escaped, as any raw text's brackets: the edition reads `[[Main Page]]` back)
    assert any("\\[\\[Main Page]]" in block for block in blocks)


def test_code_in_an_obsidian_note_keeps_its_equals_and_percents() -> None:
    _, _, blocks = made("p07")
    assert any("if height == 0 or height == None" in block for block in blocks)
    assert any("a==b" in block for block in blocks)


def test_a_comment_over_lines_goes() -> None:
    _, _, blocks = made("p06")
    assert not any("TODO" in block or "%%" in block for block in blocks)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("p08", "The sea does not care who owns the boat."),  # a quote callout's title
        ("p08", "The 2025 figures below are provisional"),  # a warning's title alone
        ("p21", "A tunnel under the Narrows would cost"),  # a question callout's answer
    ],
)
def test_a_callouts_own_text_stays(name: str, kept: str) -> None:
    _, _, blocks = made(name)
    assert any(kept in block for block in blocks)
