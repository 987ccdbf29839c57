"""The whole-diff review's probes of this round's rules (/work/scratch/review25): each once lost
a name with an initial, merged paragraphs, took an essay's opening as a transcriber's entries,
numbered notes wrongly or not at all, or said "empty" of a text whose every line a rule took."""

from __future__ import annotations

import pytest

from synoptic.errors import SynopticError
from test_ingest_collection_b import review_probe


def made(name: str):
    return review_probe("review25", name, as_raw_file=True)


def test_a_name_with_an_initial_is_a_reader_view_s_author() -> None:
    _, meta, blocks = made("r1")
    assert (meta["title"], meta["author"]) == ("Save the Harbour Wall", "Eugene B. Rumer")
    assert not any("harbourwatch" in block or "minutes" in block for block in blocks)


def test_a_field_code_alone_on_its_line_parts_no_paragraph() -> None:
    report, _, blocks = made("w2")
    assert len([block for block in blocks if not block.startswith("#")]) == 2
    assert "double-spaced" not in report.edition


def test_a_transcribers_notes_heading_over_the_work_takes_its_entries_only() -> None:
    _, _, blocks = made("gj")
    assert blocks[0] == "The wall fell in 1881, and was rebuilt."
    assert blocks[1].startswith("It fell again in 1901")


@pytest.mark.parametrize("name", ["gb", "gh"])  # letters, then digits, restarting by chapter
def test_notes_whose_labels_restart_are_numbered_in_reading_order(name: str) -> None:
    _, _, blocks = made(name)
    paragraphs = [block for block in blocks if not block.startswith(("#", "[^"))]
    assert paragraphs[0].endswith("1881.[^1] It was rebuilt.")
    assert "1901.[^2]" in paragraphs[1]
    notes = [block for block in blocks if block.startswith("[^")]
    assert notes[:2] == [
        "[^1]: First note of chapter one.",
        "[^2]: First note of chapter two.",
    ]


def test_a_title_s_word_inside_another_word_makes_no_title_page() -> None:
    _, meta, blocks = made("gf")
    assert meta["title"] == "Art"
    assert blocks[0] == "To the heart of the matter, sweetheart."  # the epigraph stays


def test_underscores_stay_as_written_where_the_text_holds_the_emphasis_marks() -> None:
    _, _, blocks = made("ga")
    assert any("\\_not\\_" in block for block in blocks)
    assert not any("*not*" in block for block in blocks)


@pytest.mark.parametrize("name, blocks_at_end", [("b1", 2), ("b2", 4)])
def test_ways_back_that_do_not_count_as_the_markers_are_reported(name, blocks_at_end) -> None:
    report, _, blocks = made(name)
    assert not any(block.startswith("[^1]: First") for block in blocks)  # no misnumbered note
    assert any(
        f"{blocks_at_end} blocks at the end end in a way back (↩) but the text has 3" in warning
        for warning in report.report.warnings
    )


def test_a_text_every_line_of_which_a_rule_took_says_so() -> None:
    with pytest.raises(SynopticError, match="no paragraph is left: every line") as error:
        made("gd")
    assert "Project Gutenberg's header" in str(error.value)
