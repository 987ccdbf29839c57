"""A code review's probes of the rules for a book's front and back pages, heads on facing
pages and a word processor's Markdown (/work/scratch/review18): each once lost or changed an
essay's words, its notes, its title or author."""

from __future__ import annotations

import pytest

from synoptic.bookparts import BOOK_BACK, BOOK_FRONT
from synoptic.pages import RUNNING_HEAD
from test_ingest_collection_b import removal_rules, review_probe


def made(name: str):
    return review_probe("review18", name)


# --- what is no book's front or back -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # a short first section that says "published by"; an executive summary with its ©
        ("p02", "Its own report, published by the finance committee last week"),
        ("p04", "- Repairs have cost £3.1 million since 2000"),
    ],
)
def test_a_short_opening_with_an_imprints_word_is_no_front(name: str, kept: str) -> None:
    report, _, blocks = made(name)
    assert BOOK_FRONT not in removal_rules(report)
    assert any(block.startswith(kept) for block in blocks)


def test_notes_that_run_on_to_the_next_page_are_notes_not_a_back() -> None:
    report, _, blocks = made("p01")
    assert BOOK_BACK not in removal_rules(report)
    assert [block[:5] for block in blocks if block.startswith("[^")] == [
        "[^1]:",
        "[^2]:",
        "[^3]:",
        "[^4]:",
    ]


def test_the_essays_postscript_after_its_notes_stays() -> None:
    report, _, blocks = made("p16")
    assert BOOK_BACK not in removal_rules(report)
    assert any("Come to the public meeting at the Guildhall" in block for block in blocks)


def test_a_dedication_between_the_front_pages_stays_and_the_front_is_read() -> None:
    _, meta, blocks = made("p07")
    assert blocks[0] == "For my mother, who swam here every summer"
    assert meta["author"] == "Ann Lee" and not any(block == "## Contents" for block in blocks)


def test_a_books_caption_is_a_block_of_its_own_not_a_paragraphs_line() -> None:
    _, _, blocks = made("p10")
    assert any("Photographs by Alfred Penhaligon show the" in block for block in blocks)


def test_numbered_lines_of_the_text_on_alternate_pages_are_no_heads() -> None:
    report, _, blocks = made("p11")
    assert RUNNING_HEAD not in removal_rules(report)
    assert sum(block.startswith("Resolved:") for block in blocks) == 4


# --- what a book's front states ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        ("p06", "The Harbour Wall", "Ann Lee"),  # `By` on its own line over the name
        ("p08", "The Harbour Wall", "Ann Lee"),  # the name closing the title's block
        ("p15", "The Harbour Wall", "Ann Lee"),  # the essay opens with a heading
        ("p18", "Tidal Pools", "Ann Lee"),  # a short title in Title Case, no name
    ],
)
def test_the_title_page_names_the_title_and_the_author(name: str, title: str, author: str):
    _, meta, _ = made(name)
    assert (meta["title"], meta["author"]) == (title, author)


def test_the_imprint_names_a_publisher_with_initials_and_its_date() -> None:
    _, meta, _ = made("p22")
    assert (meta["publisher"], meta["date"]) == ("W. W. Norton & Company", "2025-05")


def test_copyright_spelled_out_and_an_eisbn_make_an_imprint() -> None:
    report, _, _ = made("p23")
    assert BOOK_FRONT in removal_rules(report)


# --- a word processor's Markdown -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        ("m01", "Not for Publication: Letters from the Harbour", "Ann Lee"),  # the title's words
        ("m02", "The Harbour Wall", "Ann Lee"),  # a note that ends with a stop
        ("m07", "The Harbour Wall", "Ann Lee"),  # `EMBARGO: …`
        ("m08", "The Harbour Wall", "Ann Lee"),  # Google Docs' images, no `# Title`
    ],
)
def test_a_submissions_note_goes_and_the_title_is_read(name: str, title: str, author: str):
    _, meta, blocks = made(name)
    assert (meta["title"], meta["author"]) == (title, author)
    assert not any(word in block for block in blocks for word in ("Words:", "EMBARGO", "!["))


def test_a_link_to_a_defined_label_is_its_words_and_no_note() -> None:
    _, _, blocks = made("m03")
    assert any("The trust's annual accounts show" in block for block in blocks)
    assert not any(block.startswith("[^") for block in blocks)


def test_an_italic_paragraph_after_an_image_is_no_caption() -> None:
    _, _, blocks = made("m04")
    assert blocks[-1].startswith("Ann Lee chairs the Harbour Society.")


def test_a_note_that_says_ibid_is_no_links_address() -> None:
    _, _, blocks = made("m05")
    assert blocks[-1] == "[^2]: Ibid."  # (`[2]: Ibid.`: the colon is the label's)


def test_headings_lose_the_emphasis_that_wraps_them_whole_only() -> None:
    _, _, blocks = made("m06")
    assert "## What next" in blocks  # `***What next***`
    assert "## **Costs** and benefits" in blocks
