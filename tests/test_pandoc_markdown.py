"""pandoc's Markdown of a Word document (pandocmarkdown.py, read by markdownsource.py): its
bracketed spans, multiline tables and their captions, the keywords under the front matter,
an author's affiliation after a line break. Each with its near misses."""

from __future__ import annotations

import pytest

from synoptic.ingest import ingest_text
from synoptic.layout import Line
from synoptic.pandocmarkdown import keywords_lines, multiline_tables, spans_read
from test_ingest_collection_b import edition_parts


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("[Bread]{.underline} rises.", "Bread rises."),
        ("A [word]{#_Toc12 .smallcaps} here.", "A word here."),
        ("A [word]{lang=fr} here.", "A word here."),
        # no span: a bracket, a footnote, an escaped bracket, a link, braces with no attribute
        ("He said [sic] so.", "He said [sic] so."),
        ("A [^1]{x} here.", "A [^1]{x} here."),
        (r"A \[word]{.x} here.", r"A \[word]{.x} here."),
        ("A [word](https://x.org){.y} here.", "A [word](https://x.org){.y} here."),
        ("A [word]{ x } here.", "A [word]{ x } here."),
        # a span inside a span, both read; one in inline code stays as typed (review 33)
        ("Two [[Grisaille]{.smallcaps}]{.underline} marks.", "Two Grisaille marks."),
        ("Type `[Legibility]{.underline}` so.", "Type `[Legibility]{.underline}` so."),
    ],
)
def test_bracketed_spans(text: str, read: str) -> None:
    assert spans_read(text)[0] == read


TABLE = """Before.

  ----------------------------------
  **Crop**      **Yield   **Area
                (t)**       (ha)**
  ------------ -------- -----------
  Wheat              12          4

  Barley              9          3
  ----------------------------------

  : Table 2: Yields by crop (farm
  records)

After."""


def test_a_multiline_table_is_a_list_of_its_rows_and_its_caption_goes() -> None:
    lines, gone = multiline_tables(_lines(TABLE))
    texts = [line.text for line in lines if line.text.strip()]
    assert texts == [
        "Before.",
        "• Crop · Yield (t) · Area (ha)",
        "• Wheat · 12 · 4",
        "• Barley · 9 · 3",
        "After.",
    ]
    assert [line.number for line in gone] == [3, 6, 10, 12, 13]


def test_a_multiline_table_at_the_line_s_start_is_no_heading_s_underline() -> None:
    # (pandoc's documented form, unindented: its rules were read as a divider and a setext
    # heading's underline, the table as a paragraph and `## Right wing …`: review 33)
    flush = "\n".join(line[2:] if line.startswith("  ") else line for line in TABLE.split("\n"))
    made = ingest_text("---\ntitle: Crops\n---\n\n" + flush + "\n", "c", "c.md")
    blocks = edition_parts(made.markdown)[1]
    assert "- Wheat · 12 · 4" in "\n".join(blocks) and not any(b.startswith("## ") for b in blocks)


@pytest.mark.parametrize(
    "text",
    [
        # a rule of dashes under a paragraph (a setext heading's, or a rule): no table
        "Heading\n----------------------------------\n\nText.",
        # no closing rule
        "\n----------------------------------\nA      B\n------ ------\n1      2\n\nText.",
        # no rule of columns under the header
        "\n----------------------------------\nText.\n----------------------------------\n",
    ],
)
def test_no_table_without_its_rules(text: str) -> None:
    lines, gone = multiline_tables(_lines(text))
    assert gone == [] and lines == _lines(text)


def test_the_keywords_under_the_front_go_and_a_sentence_on_keywords_stays() -> None:
    lines = _lines("\n**Keywords:** bread; yeast;\nflour\n\nText.")
    assert [line.number for line in keywords_lines(lines)] == [2, 3]
    assert keywords_lines(_lines("Keywords matter: they index a paper.")) == []
    late = _lines("A.\n\nB.\n\nC.\n\nKeywords: bread.")
    assert keywords_lines(late) == []
    # a first paragraph that opens so is prose, not a list of terms (review 33)
    prose = _lines("Keywords: the word sounds technical, but this essay is about marks.\n")
    assert keywords_lines(prose) == []


PAPER = """---
abstract: "Bread rises when the yeast is warm. This paper says how
  warm."
author: |
  Ann Lee\\
  Institute of Baking, Leeds
date: 3 March 2026
subtitle: Working Paper 1
title: A Warm Kitchen
---

**Keywords:** bread; yeast

# Heat

The dough rose.[^1] [Warmth]{.underline} is all.

[^1]: Kitchen notes, 2025.
"""


def test_a_pandoc_paper_reads_its_author_without_affiliation_and_no_keywords() -> None:
    made = ingest_text(PAPER, "pa", "paper.md")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Warm Kitchen",
        "Ann Lee",
        "2026-03-03",
    )
    assert blocks[0] == "Bread rises when the yeast is warm. This paper says how warm."
    assert "Warmth is all." in blocks[2] and not any("Keywords" in b for b in blocks)
    left = {item.text for item in made.report.removed}
    assert "Institute of Baking, Leeds" in left


def test_a_markdown_author_with_no_line_break_is_read_whole() -> None:
    text = PAPER.replace("Ann Lee\\\n  Institute of Baking, Leeds", "Ann Lee and Bo Ma")
    meta, _ = edition_parts(ingest_text(text, "pa", "paper.md").edition)
    assert meta["author"] == "Ann Lee and Bo Ma"


def test_two_hyphens_between_figures_are_a_range_s_dash() -> None:
    # (a reader's review of OO: pandoc writes an en dash as `--`; between words, as typed)
    made = ingest_text(
        "---\ntitle: Pages\n---\n\nSee pp. 12--19 of the well--known survey.\n", "p", "p.md"
    )
    assert "See pp. 12\u201319 of the well--known survey." in made.markdown
