"""Ingest rules that came of collection I: a text exported from Markdown or a word processor
(`## Heading`, `- Item` lists, `[1]` markers with notes as `1. text` under `Notes`), and a PDF
with ligatures, a title over two lines and its notes at the foot of each page."""

from __future__ import annotations

import pytest

from synoptic.footnotes import foot_notes
from synoptic.ingest import ingest_text
from synoptic.layout import (
    Line,
    markdown_heading,
    markdown_lists,
    normalise,
    numbered_lists,
    pipe_tables,
)
from synoptic.superscripts import superscript_notes
from test_ingest_collection_b import edition_parts

# --- a text exported from Markdown ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("## What we have lost", (2, "What we have lost")),
        ("### Costs ##", (3, "Costs")),
        ("# Part One", (1, "Part One")),
        ("# 1", None),  # a number is no heading
        ("# not a heading", None),  # nor is a line in lower case
        ("#hashtag", None),
        ("## A sentence that ends with a stop.", None),
    ],
)
def test_markdown_headings(line: str, heading: tuple[int, str] | None) -> None:
    assert markdown_heading(line) == heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # In a Markdown source the `#` says it: a heading opening with a year or a count goes on
        # in lower case (review 40: "## 1984 and after" was a paragraph, `\## 1984 and after`)
        ("## 1984 and after", (2, "1984 and after")),
        ("## 2 Methods", (2, "2 Methods")),
        ("## 2024", (2, "2024")),  # a year alone, or a span (review 42)
        ("## 2024–25", (2, "2024–25")),
        ("## 37", None),  # (a page's number, no year)
        ("# 1", None),  # a number alone is still no heading
        ("## 3.", None),
        # … and one opening in lower case, a word whatever its case (a red team's
        # `## iPhone and the future` read as a paragraph, `\## iPhone …`)
        ("## iPhone and the future", (2, "iPhone and the future")),
        ("## de Gaulle and the veto", (2, "de Gaulle and the veto")),
        ("## in lower case", (2, "in lower case")),
        ("## in lower case, a sentence.", None),
    ],
)
def test_markdown_headings_in_a_markdown_source(line, heading):
    assert markdown_heading(line, markup=True) == heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # `##` is Markdown's in any text: a heading with a comma, in sentence case, is one (an
        # editor's clean text read `## A different kind of test, not a better one` as a
        # paragraph, `\## …`); a lone `#` still asks for a heading's looks
        (
            "## A different kind of test, not a better one",
            (2, "A different kind of test, not a better one"),
        ),
        ("### Costs, and who pays them", (3, "Costs, and who pays them")),
        ("## A sentence that ends with a stop.", None),
        ("## 37", None),
        ("###### in lower case", None),
    ],
)
def test_a_double_hash_heading_in_any_text(line, heading):
    assert markdown_heading(line) == heading


def test_markdown_headings_are_headings_of_level_two_or_three_and_a_title_loses_its_hash() -> None:
    raw = "# The Title\n\nBy Ann Lee\n\nA first paragraph.\n\n#### Deep Down\n\nMore text here."
    meta, blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)
    assert meta["title"] == "The Title"
    # the text's top level is an edition's section level (a blog's `###` sections: 2)
    assert blocks == ["A first paragraph.", "## Deep Down", "More text here."]
    meta, blocks = edition_parts(
        ingest_text(raw.replace("A first", "## Up Top\n\nA first"), "t", "t.txt").markdown
    )
    assert blocks[0] == "## Up Top" and "### Deep Down" in blocks


@pytest.mark.parametrize(
    ("read", "raw", "items"),
    [
        pytest.param(markdown_lists, "- One item.\n- Two items.\n- Three.", [0, 1, 2], id="a list"),
        pytest.param(markdown_lists, "* One.\n* Two.", [0, 1], id="asterisks"),
        pytest.param(markdown_lists, "Intro:\n- One.\n- Two.", [1, 2], id="under its introduction"),
        pytest.param(markdown_lists, "- One alone.", [], id="one line alone is text"),
        pytest.param(markdown_lists, "- One.\n\n- Two.", [], id="one a block"),
        pytest.param(markdown_lists, "- One.\n* Two.", [], id="two markers"),
        pytest.param(
            markdown_lists,
            "the town\n- and the harbour\n- and the quay",
            [],
            id="dashes running on",
        ),
        pytest.param(
            markdown_lists,
            "Keep three habits:\n\n- read it all;\n- note gaps.",
            [2, 3],
            id="lower case",
        ),
        pytest.param(
            markdown_lists, "- read it all;\n* note gaps.", [], id="lower case, two markers"
        ),
        pytest.param(
            markdown_lists, "- read it all;\nnote gaps.", [], id="lower case, a line of text"
        ),
        pytest.param(
            markdown_lists, "   * [1]Home  * [2]News\n   * [3]Contact", [], id="a menu bar"
        ),
        pytest.param(
            numbered_lists,
            "Do this:\n\n1. Water it.\n2. Give it room.",
            [2, 3],
            id="numbered: a list",
        ),
        pytest.param(
            numbered_lists, "3) Third.\n4) Fourth.", [0, 1], id="numbered: from 3, brackets"
        ),
        pytest.param(
            numbered_lists,
            "1. Background\nThe lido was built.\n2. Demand",
            [],
            id="numbered: headings, text",
        ),
        pytest.param(numbered_lists, "1. One alone.", [], id="numbered: one line alone"),
        pytest.param(numbered_lists, "1. One.\n3. Three.", [], id="numbered: not counting up"),
        pytest.param(numbered_lists, "1. One.\n\n2. Two.", [], id="numbered: each a block"),
    ],
)
def test_list_items(read, raw: str, items: list[int]) -> None:
    """Markdown's items (`- One.`) and numbered ones (`1. One.`), each marked as a bullet."""
    lines = read(normalise(raw))
    assert [i for i, line in enumerate(lines) if line.text.startswith("•")] == items


@pytest.mark.parametrize(
    ("raw", "rows"),
    [
        pytest.param(
            "| Year | Level |\n|---|:---:|\n| 2020 | 3.1 m |",
            ["• Year · Level", "• 2020 · 3.1 m"],
            id="a table",
        ),
        pytest.param(
            "Year | Level\n--- | ---\n2020 | 3.1 m",
            ["• Year · Level", "• 2020 · 3.1 m"],
            id="no outer bars",
        ),
        pytest.param("| a | b |\n| c | d |\n| e | f |", [], id="no rule"),
        pytest.param("A heading\n---\nText | more", [], id="a heading's underline"),
    ],
)
def test_a_markdown_table_is_a_list_of_its_rows(raw: str, rows: list[str]) -> None:
    read = [line.text for line in pipe_tables(normalise(raw))]
    assert [text for text in read if text.startswith("•")] == rows
    assert rows or read == raw.split("\n")


def test_a_numbered_list_keeps_its_numbers_and_the_notes_stay_notes() -> None:
    raw = (
        "Three Rules\n\nBy Ann Lee\n\nA young tree needs three things.[1]\n\n"
        "1. Water it for three summers.\n2. Give its roots room.\n3. Choose a large species.\n\n"
        "None of this is new.\n\nNotes\n\n1. The first source.\n"
    )
    _, blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)
    assert blocks == [
        "A young tree needs three things.[^1]",
        "1. Water it for three summers.\n2. Give its roots room.\n3. Choose a large species.",
        "None of this is new.",
        "## Notes",
        "[^1]: The first source.",
    ]


def test_a_markdown_list_is_one_paragraph_and_a_notes_list_gives_the_notes() -> None:
    raw = (
        "Title Here\n\nBy Ann Lee\n\nThree proposals follow.[1]\n\n"
        "- A register of lets.\n- A visitor levy.[2]\n- A planning rule.\n\n"
        "Notes\n\n1. The first source.\n2. The second source.\n"
    )
    made = ingest_text(raw, "t", "t.txt")
    _, blocks = edition_parts(made.markdown)
    assert blocks == [
        "Three proposals follow.[^1]",
        "- A register of lets.\n- A visitor levy.[^2]\n- A planning rule.",
        "## Notes",
        "[^1]: The first source.",
        "[^2]: The second source.",
    ]
    assert made.report.paragraphs == 2 and made.report.missing_notes == 0


NUMBERED = "Notes\n1. First source.\n2. Second source.\n"


@pytest.mark.parametrize(
    ("raw", "notes"),
    [
        pytest.param("A claim.[1] Another[2], end.\n\n" + NUMBERED, 2, id="bracketed markers"),
        pytest.param("A claim. [1] Another.[2] Again.[1]\n" + NUMBERED, 2, id="cited again"),
        pytest.param(
            "[1]Home [2]News\nA claim.[1] Another.[2]\n" + NUMBERED, 2, id="link refs aside"
        ),
        pytest.param(
            "A claim.[1] Another.[2]\n" + NUMBERED + "References\n1. http://a\n2. b\n3. c\n",
            2,
            id="a list that starts again is another",
        ),
        pytest.param("A claim.[1] Another.[3]\n" + NUMBERED, 0, id="markers must count up"),
        pytest.param("A claim.[1]\n1. First source.\n", 0, id="one note needs a heading"),
        pytest.param("[1]Home [2]News\n" + NUMBERED, 0, id="link refs are no markers"),
    ],
)
def test_bracketed_markers_with_notes_numbered_as_a_list(raw: str, notes: int) -> None:
    found = superscript_notes(normalise(raw))
    assert len(found.notes_at) == notes and found.markers == 0  # the markers stay as they are
    texts = [line.text for line in found.lines]
    written = [text for text in texts if text.startswith("[") and text.endswith("source.")]
    assert written == ["[1] First source.", "[2] Second source."][:notes]
    assert texts[0] == raw.split("\n")[0]  # the markers stay as they are


# --- a PDF: superscript digits, ligatures, a title over two lines, notes at page feet ----------


@pytest.mark.parametrize(
    ("raw", "markers"),
    [
        pytest.param("Rents rose.¹ Pay fell,² and\n\n¹ First.\n² Second.\n", 2, id="superscripts"),
        pytest.param("A flat of 40 m² costs.¹ More.²\n\n¹ First.\n²Second.\n", 2, id="m² stays"),
        pytest.param("Rents rose.¹ Pay fell.³\n\n¹ First.\n² Second.\n", 0, id="out of count"),
    ],
)
def test_superscript_digits_are_markers_and_note_numbers(raw: str, markers: int) -> None:
    found = superscript_notes(normalise(raw))
    assert found.markers == markers == len(found.notes_at)
    texts = [line.text for line in found.lines if line.text]
    assert ".[1] " in texts[0] and "[2]" in texts[0] or not markers
    assert "40 m² costs" in texts[0] or "m²" not in raw
    assert texts[-2:] == (["[1] First.", "[2] Second."] if markers else raw.split("\n")[-3:-1])


def test_pdf_ligatures_are_their_letters_and_the_report_counts_them() -> None:
    assert normalise("a ﬁne ﬂat, an oﬃce, ﬀ ﬄ ﬆ")[0].text == "a fine flat, an office, ff ffl st"
    report = ingest_text("Some ﬁne text.\n\nThe ﬁrst ﬂat.\n", "t", "t.txt").report
    assert any(
        shape.endswith("2 ﬁ → fi, 1 ﬂ → fl") and shape.startswith("PDF ligatures")
        for shape in report.shapes
    )


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (
            "The Old Town Is a Neighbourhood,\nNot a Hotel",
            "The Old Town Is a Neighbourhood, Not a Hotel",
        ),
        ("   The Case for\n   the Cap", "The Case for the Cap"),  # centred
        ("Capping Rentals:\nWhat the Numbers Say", "Capping Rentals: What the Numbers Say"),
        ("A Long Title That Runs\nover Two Lines", "A Long Title That Runs over Two Lines"),
        ("A Title\nA Subtitle", "A Title"),  # the first line does not run on
        ("The Case for\n\nthe Cap", "The Case for"),  # a blank line between: not one title
    ],
)
def test_a_title_over_two_lines_above_the_byline(top: str, title: str) -> None:
    # A PDF's page: the body hard-wrapped (a web page's text copy has no title over lines)
    body = "\n".join(f"Line {n} of the essay is wrapped where the page ends, and" for n in range(8))
    raw = f"{top}\n\nBy Ann Lee\n3 March 2026\n\n{body} ends.\n"
    meta, _ = edition_parts(ingest_text(raw, "t", "t.txt").markdown)
    assert str(meta["title"]) == title


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


PAGE_ONE = ("The rent rose by half in", "ten years.¹ And the", "")
FOOT = ("¹ A source, 2025, with a", "  line that runs on.", "")


@pytest.mark.parametrize(
    ("lines", "furniture", "notes"),
    [
        pytest.param((*PAGE_ONE, *FOOT, "1", "town grew."), {7}, 1, id="above a page number"),
        pytest.param(
            (*PAGE_ONE, *FOOT, "THE RUNNING HEAD", "", "town grew."), {7}, 1, id="above a head"
        ),
        pytest.param(
            ("Rents rose.1 Pay fell.2 And", "", "1 A source.", "2 Another.", "", "7", "so on."),
            {6},
            2,
            id="plain digits",
        ),
        pytest.param(
            ("Rents rose.1 Pay fell.2 And", "1 A source.", "2 Another.", "", "7", "so on."),
            {5},
            0,
            id="plain digits, no blank above",  # a numbered list may end a page's text
        ),
        pytest.param(
            ("The rent rose by half in", "ten years. And", "", *FOOT, "1", "town grew."),
            {7},
            0,
            id="no marker",
        ),
        pytest.param((*PAGE_ONE, "² A source.", "", "1", "town grew."), {6}, 0, id="not counting"),
        pytest.param((*PAGE_ONE, *FOOT), set(), 0, id="notes at the end: as usual"),
    ],
)
def test_notes_at_the_foot_of_a_page(lines: tuple[str, ...], furniture: set[int], notes: int):
    found = foot_notes(_lines(*lines), furniture)
    assert found.notes == notes
    texts = [line.text for line in found.lines]
    assert sorted(texts) == sorted(lines)  # moved, never lost
    if notes:
        first = next(i for i, text in enumerate(texts) if text[:1] in "¹1" and " " in text[:2])
        assert all(not text.strip() or text[:1] in "¹12 " for text in texts[first:])
        assert texts[first - 1] == ""


def test_a_paragraph_cut_by_page_notes_runs_on_and_the_notes_are_footnotes() -> None:
    page = "\n".join(f"Line {n} of the text runs on to the next line here and" for n in range(12))
    # Three pages, numbered at their feet; the first page's notes cut a paragraph.
    pages = [f"{page}\nends.¹ Then", f"{page}\nends the second page.", f"{page}\nends it all."]
    raw = "\n\n¹ The source, 2025.\n\n1\n".join(pages[:2]) + f"\n\n2\n{pages[2]}\n\n3\n"
    made = ingest_text(raw, "t", "t.txt")
    _, blocks = edition_parts(made.markdown)
    assert len(blocks) == 3  # the second page ends a paragraph on a short line
    assert "ends.[^1] Then Line 0 of the text" in blocks[0] and blocks[0].endswith("second page.")
    assert blocks[1].endswith("ends it all.") and blocks[2] == "[^1]: The source, 2025."
    assert "footnotes at the foot of the page: 1 on 1 page, moved to the end" in "; ".join(
        made.report.shapes
    )


def test_notes_in_superscript_digits_need_no_blank_line_above() -> None:
    # A PDF viewer's copy (collection M's mc) sets no blank line anywhere; a note whose number
    # is a superscript digit is told from the text by it (no line of the text opens with one).
    lines = _lines(*PAGE_ONE[:2], *FOOT[:2], "Page 1 of 2", "town grew.")
    found = foot_notes(lines, {5})
    assert found.notes == 1
    assert [line.text for line in found.lines] == [
        *PAGE_ONE[:2],
        "Page 1 of 2",
        "town grew.",
        *FOOT[:2],
    ]


def test_a_body_line_opening_with_a_superscript_is_no_note() -> None:
    # A code review's probe: `²³⁵U …` opening a line of the page took the notes' place, and no
    # note was read anywhere; the notes start at the line numbered as the next note.
    lines = _lines(
        *PAGE_ONE[:2], "²³⁵U is what the reactor burns,", *FOOT[:2], "Page 1 of 2", "town grew."
    )
    found = foot_notes(lines, {6})
    assert found.notes == 1
    assert [line.text for line in found.lines][-2:] == list(FOOT[:2])
