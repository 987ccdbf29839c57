"""A raw text written in Markdown (pandoc's conversion of a word processor's document;
collection M's mb): its footnotes, escapes, emphasised byline and quotations read as what they
stand for; any other text's `\\*`, `[^1]` and `>` read back as the characters they are."""

from __future__ import annotations

import pytest

from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.markdownsource import markdown_source
from synoptic.metadata import metadata_line
from test_ingest_collection_b import edition_parts

PANDOC = """# Closing the Street

**By Ann Lee**

*10 March 2026*

The count was taken on a single Saturday in June, when the market was
on.[^1] It cost \\$310,000, and \\[the council\\] says more.

## What residents said

One neighbour put it to me:

> I have lived here for thirty-one years. Nobody from the Town Hall
> has knocked on my door.

*Ann Lee runs a hardware shop on the street and chairs the traders'
association.*

[^1]: Town Council, pedestrian count, Saturday 14 June 2025, with a
    note that runs on.
"""


def test_a_pandoc_document_reads_as_its_words_notes_and_quotation() -> None:
    made = ingest_text(PANDOC, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Closing the Street",
        "Ann Lee",
        "2026-03-10",
    )
    assert blocks == [
        "The count was taken on a single Saturday in June, when the market was on.[^1] It cost "
        "$310,000, and \\[the council] says more.",
        "## What residents said",
        "One neighbour put it to me:",
        "> I have lived here for thirty-one years. Nobody from the Town Hall has knocked on my "
        "door.",
        "Ann Lee runs a hardware shop on the street and chairs the traders' association.",
        "[^1]: Town Council, pedestrian count, Saturday 14 June 2025, with a note that runs on.",
    ]
    assert any(shape.startswith("Markdown source: 1 footnotes") for shape in made.report.shapes)


@pytest.mark.parametrize(
    "raw",
    [
        "First paragraph.\n\n\\*escaped\\* and [^1] literal\n\n> not a quotation\n",
        # escapes without a `## Heading`, a heading without escapes: no Markdown source
        "First paragraph.\n\n## Costs\n\n> not a quotation, and [^1] no note.\n",
    ],
)
def test_any_other_text_keeps_its_characters(raw: str) -> None:
    source = markdown_source(normalise(raw))
    assert not source.markdown and [line.text for line in source.lines] == raw.split("\n")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("3 March 2026 | 6:00am | Comments (23)", {"date": "2026-03-03"}),
        ("By Ann Lee | 9 May 2024 | 7 min read", {"author": "Ann Lee", "date": "2024-05-09"}),
        ("9 May 2024 · 18:30 BST · 12 comments", {"date": "2024-05-09"}),
        ("Tuesday's Comments (23)", None),  # no date: no row of the byline
    ],
)
def test_a_byline_row_s_hour_and_comment_count_are_the_site_s(line, stated) -> None:
    assert metadata_line(line) == stated
