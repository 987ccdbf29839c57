"""A code review's probes of the rules for a thread of posts, a page printed from a browser, a
pull quote over lines and an export's links (/work/scratch/review20): each once took an
essay's own words, its title, author or date, or missed the shape it claims to read."""

from __future__ import annotations

import pytest

from synoptic.furniture import PAGE_NUMBER, PULL_QUOTE, RUNNING_HEAD
from synoptic.thread import THREAD
from test_ingest_collection_b import removal_rules, review_probe


def made(name: str):
    return review_probe("review20", name)


@pytest.mark.parametrize(
    ("name", "title", "author"),
    [
        # a byline's handle over a list numbered `1/3 …`; an essay quoting a thread
        ("t01", "Three Things the Council Must Settle", "Jane Whitley"),
        ("t14", "The Thread That Changed the Debate", "Helen Marsh"),
    ],
)
def test_an_essay_with_a_handle_and_counters_in_it_is_no_thread(
    name: str, title: str, author: str
) -> None:
    report, meta, _ = made(name)
    assert (meta["title"], meta["author"]) == (title, author)
    assert THREAD not in removal_rules(report)


def test_a_posts_own_lines_stay_and_only_a_card_of_a_link_it_gives_goes() -> None:
    _, meta, blocks = made("t02")
    assert meta["date"] == "2026-03-02"
    for own in ("412 names", "kestermouthallotments.org.uk", "Please share it with anyone"):
        assert any(block.startswith(own) for block in blocks)
    assert not any("Gordon Reece" in block or "Good thread" in block for block in blocks)


def test_a_meeting_in_a_post_is_no_posts_time() -> None:
    _, meta, blocks = made("t03")
    assert meta["date"] == "2026-03-02"
    assert "## Full council, Thursday 26 March 2026, 18:30" in blocks


def test_a_reply_between_the_posts_goes_with_the_authors_answer() -> None:
    _, meta, blocks = made("t04")
    assert meta["date"] == "2026-03-02"
    assert len(blocks) == 3 and not any("@greece" in block or "boosts" in block for block in blocks)


@pytest.mark.parametrize(("name", "posts"), [("t06", 3), ("t16", 3)])
def test_an_x_thread_and_a_handle_in_direction_marks_are_read(name: str, posts: int) -> None:
    """X sets `@ruthgrows` / `·` / `Mar 2` over a post; a web app may wrap a handle in
    direction marks."""
    report, meta, blocks = made(name)
    assert (meta["author"], meta["date"]) == ("Ruth Okafor", "2026-03-02")
    assert not any(block.startswith(("@ruthgrows", "·", "1/", "2/", "3/")) for block in blocks)
    assert THREAD in removal_rules(report)


def test_a_fraction_opening_a_posts_paragraph_is_no_counter() -> None:
    _, meta, blocks = made("t17")
    assert meta["date"] == "2026-03-02"
    assert any(block.startswith("2/3 of the households") for block in blocks)
    assert any(block.startswith("Our association keeps") for block in blocks)


def test_a_posts_opening_sentence_is_no_title() -> None:
    _, meta, blocks = made("t13")
    assert meta["title"] == "unknown"
    assert blocks[0].startswith("A few people have asked me")


@pytest.mark.parametrize("name", ["t07", "t08"])
def test_headings_or_a_refrain_atop_every_page_of_no_printed_page_stay(name: str) -> None:
    """A report's headings, a poem's refrain: no browser's stamp on the pages."""
    report, _, blocks = made(name)
    printed = {item.text for item in report.report.removed if item.rule == RUNNING_HEAD}
    assert not printed & {"Observations", "Recommendation"}
    if name == "t08":  # (its copies atop the later pages go as heads, as they did)
        assert any("Leave the back nine be" in block for block in blocks)


@pytest.mark.parametrize("name", ["t09", "t10"])
def test_a_block_quotation_over_lines_with_its_stop_is_no_pull_quote(name: str) -> None:
    report, _, blocks = made(name)
    assert PULL_QUOTE not in removal_rules(report)
    assert any(block.startswith("“The said land shall be kept open") for block in blocks)


@pytest.mark.parametrize("name", ["t11", "t12"])
def test_a_diarys_day_and_month_is_no_page_number(name: str) -> None:
    report, _, blocks = made(name)
    assert "12/3" in blocks and "13/3" in blocks
    assert not any(
        item.text == "12/3" and item.rule == PAGE_NUMBER for item in report.report.removed
    )


def test_a_transcripts_month_and_year_is_its_date() -> None:
    _, meta, _ = made("t18")
    assert meta["date"] == "2026-03"


def test_an_exports_link_to_a_file_reads_as_its_words() -> None:
    _, _, blocks = made("t15")
    assert not any("\\[" in block or ".csv)" in block for block in blocks)
