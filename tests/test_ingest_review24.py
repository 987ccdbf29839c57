"""A code review's probes of the rules collection FF brought (/work/scratch/review24): a report's
own appendix, a heading that opens "Photographs by", an essay that explains Word's fields or
quotes Project Gutenberg's START line, a last paragraph that ends in an arrow, a title that says
"Statement by": each once lost an essay's words, its title or author to a new rule; and the
shapes themselves read in their other forms (older Gutenberg files, lettered notes, a link's
switches, a single author in a reader view)."""

from __future__ import annotations

import pytest

from synoptic.wordfields import FIELD_CODE_RULE
from test_ingest_collection_b import removal_rules, review_probe


def made(name: str):
    return review_probe("review24", name, as_raw_file=True)


# --- texts without the shape's sign: as before the rules --------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "opening"),
    [
        ("a1", "Rethinking the Riverside Bus Network", "The Riverside bus network was last"),
        ("a2", "Water Use in the Valley Schools", "The valley's eleven schools used more"),
    ],
)
def test_a_reports_own_signed_appendix_leaves_the_report(name, title, opening) -> None:
    report, meta, blocks = made(name)
    assert meta["title"] == title
    paragraphs = [block for block in blocks if not block.startswith("#")]
    # Its own paragraphs first, as before the rule (a1's appendix follows them, a heading and all).
    assert paragraphs[0].startswith(opening) and len(paragraphs) == {"a1": 5, "a2": 2}[name]
    assert not any(rule.startswith("appendix:") for rule in removal_rules(report))


def test_a_heading_that_opens_photographs_by_is_no_credit() -> None:
    _, _, blocks = made("r10")
    assert "## Photographs by Women of the Valley" in blocks
    assert any(block.startswith("## Picture by Picture") for block in blocks)


def test_an_essay_that_explains_word_s_fields_keeps_its_words() -> None:
    report, _, blocks = made("w4")
    assert any("PAGE \\\\\\* MERGEFORMAT, and the total into NUMPAGES" in b for b in blocks)
    assert not any(block.startswith("[^") for block in blocks)
    assert FIELD_CODE_RULE not in removal_rules(report)


def test_an_essay_quoting_gutenbergs_start_line_keeps_its_front() -> None:
    _, meta, blocks = made("g7")
    assert meta["title"] == "Free Books and Their Readers"
    assert len([block for block in blocks if not block.startswith("#")]) == 4


def test_a_last_paragraph_ending_in_an_arrow_no_marker_calls_is_a_paragraph() -> None:
    _, _, blocks = made("b3")
    assert not any(block.startswith("[^") for block in blocks)
    assert blocks[-1].endswith("↩︎") or blocks[-1].endswith("↩")


def test_a_title_that_says_statement_by_is_a_title() -> None:
    _, meta, _ = made("c1")
    assert meta["title"] == "Statement by Morrowby Civic Society"


# --- a Word document through catdoc -----------------------------------------------------------


def test_a_link_that_opens_a_paragraph_leaves_it_whole() -> None:
    _, _, blocks = made("w3")
    assert blocks[-1].startswith("Morrowby Orchard Group meets on the first Saturday")
    assert not any(block.startswith("[^") for block in blocks)


@pytest.mark.parametrize("name", ["w1", "w1b"])
def test_a_code_taken_from_a_line_keeps_its_paragraph_and_the_notes(name: str) -> None:
    report, _, blocks = made(name)
    paragraphs = [block for block in blocks if not block.startswith(("#", "[^"))]
    assert len(paragraphs) == 3 and paragraphs[0].endswith("a community orchard of forty trees.")
    assert [block[:5] for block in blocks if block.startswith("[^")] == ["[^1]:", "[^2]:"]
    codes = [item for item in report.report.removed if item.rule == FIELD_CODE_RULE]
    assert codes and codes[0].text.startswith('HYPERLINK "https://')  # listed, not dropped


def test_a_links_switches_go_with_its_code() -> None:
    _, _, blocks = made("w2")
    assert blocks[1] == (
        "The plan is set out in full in Section 3 below, and the costs in the council's "
        "costing note."
    )


def test_paragraphs_opening_with_a_space_over_a_closing_line_are_no_notes() -> None:
    _, _, blocks = made("w5")
    assert not any(block.startswith("[^") for block in blocks)
    assert blocks[-1] == "Written for the Lower Meadow consultation."


# --- a Project Gutenberg e-book ---------------------------------------------------------------


def test_an_older_gutenberg_file_reads_whole() -> None:
    report, meta, blocks = made("g1")
    assert (meta["title"], meta["author"]) == ("On Walking Tours", "Arthur Penrose")
    # The note over two lines is one note; `End of the Project Gutenberg EBook` and THE END go.
    assert blocks[-1] == (
        "[^1]: So Hazlitt, in his essay *On Going a Journey*, which every walker should carry."
    )
    assert len(blocks) == 4
    assert any("End of the Project Gutenberg" in item.text for item in report.report.removed)


def test_lettered_notes_with_brackets_inside_are_numbered_with_their_markers() -> None:
    _, meta, blocks = made("g2")
    assert meta["title"] == "The Uses of Idleness"  # the field's, not the caps over the text
    assert blocks[0].endswith("would never have found.[^1]")
    assert blocks[-2].startswith("[^1]: Compare the proverb quoted by Bacon \\[Essays, xxiv]")
    assert blocks[-1] == "[^2]: See the letters of 1843 \\[unpublished]."


def test_a_paragraph_that_opens_produced_by_is_the_essays() -> None:
    _, meta, blocks = made("g6")
    assert meta["title"] == "On Manufactures"
    assert any(block.startswith("Produced by steam") for block in blocks)


def test_a_transcribers_notes_in_brackets_and_at_the_end_go() -> None:
    _, meta, blocks = made("g3")
    assert meta["title"] == "Of Gardens"
    assert not any("Transcriber" in block or block.startswith("Page 1") for block in blocks)
    assert any(block.startswith("Produced by careful hands") for block in blocks)  # the body's


def test_an_illustration_left_open_ends_with_its_block() -> None:
    report, _, blocks = made("g8")
    paragraphs = [block for block in blocks if not block.startswith("#")]
    assert [block.split()[0] for block in paragraphs] == ["A", "The", "Whatever"]
    assert paragraphs[1].endswith("we write less to one another.")  # the picture gone, not it
    pictures = [item for item in report.report.removed if "illustration" in item.rule]
    assert [item.line for item in pictures] == [32, 33]


# --- a reader view and notes with their ways back ----------------------------------------------


def test_a_single_authors_post_header_goes_and_its_excerpt_once() -> None:
    _, meta, blocks = made("r2")
    assert (meta["title"], meta["author"]) == ("The Breakwater Nobody Wanted", "Ann Lee")
    assert blocks[0].startswith("The breakwater plan was announced in May")
    assert not any(block in ("## Opinion", "## Ann Lee", "Opinion") for block in blocks)
    assert sum(block.startswith("The breakwater plan") for block in blocks) == 1


@pytest.mark.parametrize("name", ["b1", "b7"])
def test_notes_with_their_ways_back_are_read_on_a_web_page(name: str) -> None:
    _, _, blocks = made(name)
    notes = [block for block in blocks if block.startswith("[^")]
    assert len(notes) == 2 and not any("not in the source" in note for note in notes)
    assert not any("↩" in block for block in blocks)
