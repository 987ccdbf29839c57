"""A code review's probes of the rules that came of collections M to P (/work/scratch/review13):
each once lost or changed an essay's words, its title, author or date."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.ingest import ingest_text
from test_ingest_collection_b import ingested_probe

PROBES = Path(__file__).parent / "data" / "ingest" / "review13"


def made(name: str):
    return ingested_probe(PROBES / name)


def test_a_pandoc_document_s_title_and_author_above_its_first_heading_stay() -> None:
    # `_above_title` took them for a site's header, and "Introduction" for the title.
    _, meta, blocks = made("pandoc.txt")
    assert meta["title"] == "The Pool Reopens" and "## Introduction" in blocks


@pytest.mark.parametrize("name", ["standfirst.txt", "standfirst2.txt"])
def test_a_standfirst_above_the_byline_leaves_author_and_date(name: str) -> None:
    _, meta, blocks = made(name)
    assert (meta["author"], meta["date"]) == ("Ann Lee", "2026-03-03")
    assert not any(block.startswith("## By") for block in blocks)


def test_an_essay_s_own_contents_keeps_its_title() -> None:
    report, meta, _ = made("toc.txt")
    assert meta["title"] == "The Pool Reopens" and not report.report.removed


def test_private_use_characters_of_a_plain_text_are_its_own() -> None:
    raw = (PROBES / "pua.txt").read_text("utf-8")
    made_ = ingest_text(raw, "t", "t.txt")
    assert "\ue000" in made_.markdown and "\ue001" in made_.markdown


def test_emphasis_in_a_markdown_title_leaves_no_mark_in_the_front_matter() -> None:
    _, meta, _ = made("mdemph.txt")
    assert "\ue000" not in str(meta) and "\ue001" not in str(meta)


@pytest.mark.parametrize("name", ["mdweb.txt", "lynx2.txt"])
def test_a_last_sentence_opening_like_a_blog_s_widget_stays(name: str) -> None:
    report, _, _ = made(name)
    gone = " ".join(item.text for item in report.report.removed)
    assert "Like this, the town" not in gone and "Powered by volunteers" not in gone


def test_a_mailer_s_line_right_above_the_letter_goes() -> None:
    report, meta, blocks = made("mail1.txt")
    assert not any("View this email" in block for block in blocks)
    assert any("View this email" in item.text for item in report.report.removed)


def test_a_sentence_opening_by_a_name_and_on_is_no_byline() -> None:
    _, meta, _ = made("byon3.txt")
    assert meta["author"] == "unknown"


def test_a_diary_s_first_date_does_not_make_its_entry_s_heading_the_title() -> None:
    _, meta, blocks = made("dated4.txt")
    assert meta["title"] == "unknown" and "## A wet morning" in blocks


def test_a_heading_of_minutes_is_no_reading_time() -> None:
    report, _, _ = made("webtime.txt")
    assert "90 minutes" not in [item.text for item in report.report.removed]


def test_links_alone_do_not_make_a_markdown_file_a_web_page() -> None:
    _, _, blocks = made("md8.txt")
    assert any("Thanks to the Friends of the Lido" in block for block in blocks)


def test_a_question_under_the_title_is_no_page_property() -> None:
    report, _, _ = made("mdprops.txt")
    assert not any(item.text.startswith("Q:") for item in report.report.removed)
