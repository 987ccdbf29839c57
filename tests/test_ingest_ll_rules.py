"""Rules that came of collection LL (a Squarespace post by markdownify, a pypdf briefing paper,
a Word manuscript by markitdown), each on small texts of its shape and on near-misses."""

from __future__ import annotations

import pytest

from ingest_lines import lines_of
from synoptic.furniture import rule_lines
from synoptic.ingest import ingest_text
from synoptic.markdownsource import markdown_source
from synoptic.obsidian import obsidian_note
from synoptic.pages import numbered_page_ends
from test_ingest_collection_b import edition_parts

# A Word manuscript as markitdown (mammoth) converts it: the title a plain line, `*By …*`, the
# date, a word count, `# ` headings, footnote references `[[n]](#footnote-n)`, a bare dash
# above the bio, the notes after it with their ways back `[↑](#footnote-ref-n)`.
MANUSCRIPT = """Lanterns on the Quay Wall

*By Ruth Ames*

2 April 2026

Word count: 410 (excluding notes)

The harbour board wants the old lanterns gone by the summer, and I think it is wrong.

# What the lanterns cost

They cost the board almost nothing to keep lit each winter.[[1]](#footnote-1) The money \
is not the argument.

# What they give

They give the quay its evening trade, and the boats a mark to steer by.[[2]](#footnote-2)

—

*Ruth Ames keeps the chandlery on the east quay.*

1. Board accounts for 2025, page 12. [↑](#footnote-ref-1)
2. Harbour pilots' log, winter 2025. [↑](#footnote-ref-2)
"""


def test_a_word_manuscript_by_markitdown_reads_its_front_notes_and_bio() -> None:
    meta, blocks = edition_parts(ingest_text(MANUSCRIPT, "t", "t.txt").edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Lanterns on the Quay Wall",
        "Ruth Ames",
        "2026-04-02",
    )
    assert not any("Word count" in block or block.strip() == "—" for block in blocks)
    assert any(
        block.endswith("each winter.[^1] The money is not the argument.") for block in blocks
    )
    assert "[^1]: Board accounts for 2025, page 12." in blocks
    assert "[^2]: Harbour pilots' log, winter 2025." in blocks
    assert not any("footnote" in block or "↑" in block for block in blocks)


def test_footnote_references_by_mammoth_make_a_markdown_source_and_read_as_markers() -> None:
    source = markdown_source(lines_of(MANUSCRIPT))
    assert source.markdown
    texts = [line.text for line in source.lines]
    assert (
        "They cost the board almost nothing to keep lit each winter.[1] The money is not the "
        "argument." in texts
    )
    assert "1. Board accounts for 2025, page 12." in texts


def test_one_footnote_reference_without_its_way_back_makes_no_markdown_source() -> None:
    # (a text that quotes a converter's marker once is no converter's output)
    text = (
        "A title\n\n## Heading\n\nA marker like [[1]](#footnote-1) is what mammoth writes.\n\n"
        "## Another\n\nText with a way back, [↑](#footnote-ref-1), quoted once."
    )
    assert not markdown_source(lines_of(text)).markdown


def test_a_link_with_a_title_counts_as_a_markdown_link_but_words_in_brackets_do_not() -> None:
    linked = '## Menu\n\n[About us](/about "/about")\n\n[Contact](/contact "/contact")\n'
    assert markdown_source(lines_of(linked)).markdown
    assert [line.text for line in markdown_source(lines_of(linked)).lines if line.text][1:] == [
        "About us",
        "Contact",
    ]
    # (brackets then a parenthesis that holds no address are the text's own)
    plain = '## Menu\n\n[sic] (see "below")\n\n[sic] (as "quoted")\n'
    assert not markdown_source(lines_of(plain)).markdown


def test_a_footnote_reference_in_double_brackets_is_no_obsidian_wiki_link() -> None:
    text = "Kept lit.[[1]](#footnote-1) And steered by.[[2]](#footnote-2)\n"
    assert obsidian_note(lines_of(text)).lines == lines_of(text)
    linked = "See [[Skarra Narrows|the Narrows]] and [[Dunvaig]].\n"
    assert [line.text for line in obsidian_note(lines_of(linked)).lines] == [
        "See the Narrows and Dunvaig.",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("Last paragraph.\n\n—\n\nThe bio.", [3]),  # a dash alone in its block: a separator
        ("Last paragraph.\n\n– –\n\nThe bio.", []),  # spaced dashes are no lone dash
        ("A line of verse\n—\nand another.", []),  # a dash on a line of a block is its text
        ("—\n\nThe text.", [1]),
    ],
)
def test_a_dash_alone_in_its_block_is_a_rule(text: str, drawn: list[int]) -> None:
    assert [item.line for item in rule_lines(lines_of(text))] == drawn


def _page(first: int, count: int = 14) -> list[str]:
    return [f"Line {first + index} of the text runs on here" for index in range(count)]


def test_pages_joined_by_a_blank_line_under_their_numbers_are_read() -> None:
    text = "\n".join([*_page(1), "1", "", *_page(20), "2", ""])
    assert numbered_page_ends(text) == [17]
    three = "\n".join([*_page(1), "1", "", *_page(20), "2", "", *_page(40), "3"])
    assert numbered_page_ends(three) == [17, 33]


@pytest.mark.parametrize(
    "text",
    [
        "\n".join([*_page(1), "", *_page(20)]),  # a blank line under no number
        "\n".join([*_page(1), "2", "", *_page(20), "3"]),  # numbers that do not start at 1
        "\n".join([*_page(1), "1", "", *_page(20)]),  # the last page ends in no number
        "\n".join([*_page(1, 4), "1", "", *_page(20, 4), "2"]),  # pages too short
        "\n".join([*_page(1), "1", "", *_page(20), "", *_page(40), "2"]),  # other blank lines
        "One paragraph.\n\nAnother paragraph.\n",
    ],
)
def test_no_pages_are_read_where_blank_lines_are_not_only_under_page_numbers(text: str) -> None:
    assert numbered_page_ends(text) == []
