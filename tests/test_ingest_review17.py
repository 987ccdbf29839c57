"""A code review's probes of the rules for preprints, saved blog posts, nested lists and page
numbers (/work/scratch/review17): each once lost or changed an essay's words, its title,
author or date, or left a removal out of the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.browserdump import SAVED_SITE
from synoptic.furniture import PAGE_NUMBER
from synoptic.preprint import PREPRINT_MARK, PREPRINT_SECTION
from test_ingest_collection_b import ingested_probe

PROBES = Path(__file__).parent / "data" / "ingest" / "review17"


def made(name: str):
    return ingested_probe(PROBES / f"{name}.txt")


# --- saved blog posts: the title linked to the post's own address, Blogger's footer ----------


def test_a_saved_post_with_no_linked_title_keeps_every_paragraph() -> None:
    # Its paragraphs are short and its title no link: `Labels: maternity <…/label/…>`, linked
    # again by the sidebar, is no title, and the post above it stays
    report, meta, blocks = made("blogger_short_paras")
    assert not any(item.rule == SAVED_SITE for item in report.report.removed)
    assert "Forty minutes in June is not forty minutes in sleet at three in the morning." in blocks
    assert meta["url"] == "unknown"


@pytest.mark.parametrize("name", ["saved_byline_link", "saved_nav_repeated"])
def test_a_linked_byline_or_menu_item_is_no_title(name: str) -> None:
    report, meta, _ = made(name)
    assert not any(item.rule == SAVED_SITE for item in report.report.removed)
    assert not str(meta["title"]).startswith(("By ", "•", "Join"))


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("posted_by_top_tagline", "Please respond to the consultation before it closes"),
        ("liveblog", "The vote is in: 31 to 24 to keep the charge."),
    ],
)
def test_posted_by_over_a_post_or_a_live_blogs_entry_ends_nothing(name: str, kept: str) -> None:
    _, _, blocks = made(name)
    assert any(block.startswith(kept) for block in blocks)


@pytest.mark.parametrize("name", ["blogger_comments", "blogger_footer_oneline"])
def test_all_below_bloggers_footer_goes_dates_of_comments_too(name: str) -> None:
    # the footer may carry the comment count on its line (`… at 10:14 2 comments:`)
    _, meta, blocks = made(name)
    assert meta["author"] == "Gwen Tallis"
    assert blocks[-1].startswith("[^2]: ")
    assert not any("Powered by Blogger" in block or "09:02" in block for block in blocks)


# --- a preprint's front ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        # a line of words in Title Case is a title's, not names (`The Case For …`)
        (
            "titlecase_header",
            "The Case For Congestion Pricing In Kessford",
            "Ann Lee and Bo Martin",
        ),
        ("titlecase_subtitle", None, "Ann Lee"),
        # a subtitle in a block of its own is the title's, no series' header
        (
            "subtitle_block",
            "Who Pays at the Cordon? The hidden costs of a congestion charge",
            "Callum Feraday",
        ),
        ("byline_by", None, "Ann Lee"),  # `By Ann Lee`
        ("titles_names", None, "Ann Lee and Bo Martin"),  # `Dr Ann Lee and Prof. Bo Martin`
        ("authors_lines", None, "Ann Lee, Bo Martin and Carla Diaz"),  # one name a line
        ("authors_separate", None, "Ann Lee and Bo Martin"),  # each over an affiliation
        ("ieee", None, "Ann Lee and Bo Martin"),  # `Ann Lee, Member, IEEE, and …`
        ("caps_springer", None, "Ann Lee and Bo Martin"),  # `Ann Lee1 · Bo Martin2`
    ],
)
def test_the_front_names_its_title_and_its_authors(name: str, title: str | None, author: str):
    _, meta, blocks = made(name)
    assert meta["author"] == author
    if title:
        assert meta["title"] == title
    names = author.replace(" and ", ", ").split(", ")
    assert not any(block.lstrip("# ") in names for block in blocks)


def test_the_keywords_go_but_not_the_heading_and_paragraph_right_under_them() -> None:
    _, _, blocks = made("keywords_glued")
    assert "## Introduction" in blocks and not any("Keywords" in block for block in blocks)


def test_a_paragraph_below_the_abstract_that_opens_as_a_series_notice_stays() -> None:
    _, _, blocks = made("series_notice_body")
    assert any(block.startswith("The views expressed in the consultation") for block in blocks)


def test_a_list_of_references_a_text_cites_by_number_stays() -> None:
    # "For Kessford, 2022 was …" is no citation of `Kessford City Council (2022)`, and the text
    # cites [1] [2] [3]
    _, _, blocks = made("references_numbered_cites")
    assert "## References" in blocks


def test_inline_labels_and_marks_taken_off_are_reported() -> None:
    report, _, blocks = made("ieee")
    assert [item.text for item in report.report.removed if item.rule == PREPRINT_MARK] == [
        "Abstract—"
    ]
    assert blocks[0].startswith("We present an adaptive signal timing scheme")


def test_page_numbers_atop_pages_are_no_section_numbers() -> None:
    report, _, _ = made("section_page_numbers")
    raw = (PROBES / "section_page_numbers.txt").read_text("utf-8").split("\n")
    sections = [item.line for item in report.report.removed if item.rule == PREPRINT_SECTION]
    assert sections and all(raw[line - 1].strip().isdigit() for line in sections)
    assert all(not raw[line - 1].startswith("\f") for line in sections)


# --- lines and lists ---------------------------------------------------------------------------


def test_short_lines_that_each_end_a_sentence_stay_lines_of_their_own() -> None:
    # questions and answers set narrower than the text: no paragraph wrapped at its own measure
    _, _, blocks = made("narrow_dialogue")
    assert "Why did the council choose a cordon and not a levy?" in blocks


def test_a_flat_list_whose_bullets_vary_stays_flat() -> None:
    _, _, blocks = made("bullets_vary")
    listed = next(block for block in blocks if block.startswith("- "))
    assert "\n    - " not in listed


def test_numbers_under_a_lead_in_at_the_pages_ends_are_the_texts() -> None:
    report, _, _ = made("paged_own_numbers")
    assert not any(item.rule == PAGE_NUMBER for item in report.report.removed)
