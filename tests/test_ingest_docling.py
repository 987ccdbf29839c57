"""A PDF converted to Markdown by IBM's Docling (`docling paper.pdf --to md`,
`export_to_markdown()`): docling.py.

Collection UU (closing a medical school's dissecting room), written blind, holds in raw/ua.md a
five-page briefing paper as Docling writes it: every heading `## ` (the publisher's line on
the cover and the title too), the authors' names and the date each alone under the title,
`<!-- image -->` for the logo, the cover photo and a figure (its caption `Figure 1: …` above
it), a page's running head kept once (the title's first part again), a 'Key points' box (`## Key
points` over a list) before the first paragraph, section numbers on the headings (`## 2 What
…`), the notes at the pages' feet left in the flow as paragraphs opening with their number
(`1 Maddersfield School …`), one splitting a paragraph in two, their calls glued after a stop
(`Office.1 Against`) or spaced (`teaching. 2  At`), a page's number alone (`3`), a captioned
pipe table, ligatures (`ﬁ`, `ﬀ`), a word a line's end broke left with its hyphen and a space
(`refrig- eration`), `&amp;`, an 'About the authors' heading and a back cover's address and
© notice.

On first contact (main at 912629a) it read as a web page: front right (title, authors, date),
5 of 11 paragraphs exact, 0 of 3 notes, 26 blocks made for 18 wanted (the box, the running
head, the table, the page number, the notes and an image's placeholder as blocks, the headings
numbered). Now: 10 of 11 paragraphs, 3 of 3 notes, the front right, 17 blocks of 18 (the 18th,
the editor's `## Notes`, the raw does not set); ua-p5's `handson` stays as Docling wrote it (a
compound's hyphen the PDF's line end ate: no word is broken there to see).
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from ingest_lines import lines_of, texts
from synoptic.docling import (
    BACK_COVER,
    BOX,
    BYLINE_READ,
    COVER,
    PAGE_NUMBER,
    PICTURE,
    RUNNING_HEAD,
    docling_markdown,
    docling_read_as,
    is_docling_markdown,
)
from synoptic.exhibits import FIGURE_CAPTION, TABLE_EXHIBIT
from synoptic.ingest import ingest_file, ingest_text
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import straight

DATA = ROOT / "tests" / "data" / "collection_uu"

# What ua's Markdown holds that is not the essay's: none of it may reach a block.
UA_NOT_THE_ESSAY = (
    "<!--",
    "Briefing Paper",
    "Key points",
    "About the authors",
    "Figure 1",
    "Table 1",
    "|",
    "&amp;",
    "refrig-",
    "Office.1",
    "teaching. 2",
    "purchase.3",
    "Corran Building",
    "©",
    "ﬁ",
    "ﬀ",
    "## 1",
    "## 2",
    "## 3",
)


def test_collection_uu_ua_reads_whole() -> None:
    made = ingest_file(DATA / "raw" / "ua.md", "ua")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((DATA / "essays" / "ua.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Anatomy Without the Dissecting Room: The Case for a Digital-First Curriculum",
        "Priya Venkataraman and Tomás Ferreira",
        "2026-01-12",
    )
    assert straight(meta["summary"]) == straight(want_meta["summary"])
    # every block, in order: 11 paragraphs, 3 headings, 3 notes (the raw sets no Notes heading;
    # `handson`, a compound's hyphen eaten at a line's end, is read as Docling wrote it)
    assert [straight(block) for block in blocks] == [
        straight(block.replace("hands-on time", "handson time"))
        for block in want
        if block != "## Notes"
    ]
    assert not any(cut in block for block in blocks for cut in UA_NOT_THE_ESSAY)
    assert "3" not in blocks  # (page 3's number alone)
    report = "\n".join(line for line in made.edition.split("\n") if line.startswith("#"))
    assert "a PDF's Markdown by Docling, 3 notes read from its pages' feet" in report
    assert "1 paragraph a page's foot broke joined again" in report
    assert "words a line's end broke joined: refrigeration" in report
    for rule in (PICTURE, COVER, BYLINE_READ, RUNNING_HEAD, BOX, PAGE_NUMBER, BACK_COVER):
        assert rule in report


# --- small texts of our own ------------------------------------------------------------------

FERRY = """<!-- image -->

## Estuary Transport Trust

## Keep the Ferry: Why the Crossing Still Pays

Ann Lee and Bo Marsh

9 March 2026

Keep the ferry

## At a glance

- The ferry costs £80,000 a year.
- A bridge would cost £9 million.

The ferry has crossed the estuary at the bend since the mill was built.

## 1 What the crossing costs

The council spends less on the ferry than on one mile of road.1 A bridge would take the trade
to the bypass and the

1 Estuary Council, Budget 2025, line 4.

town would lose its market. The market is the town.

Figure 2: The slipway at low tide.

<!-- image -->

## 2 Who uses it

Schoolchildren and traders use it every day. 2  Most of them walk on.

2 Trust survey, 2025.

7

Table 1: Crossings a day

| Route | Users |
|-------|-------|
| Ferry | 400   |

We ask the council to keep it, for trade &amp; for school.

Estuary Transport Trust 4 Quay Lane, Wenbury trust@example.org

© 2026 Estuary Transport Trust. All rights reserved."""


def test_a_docling_paper_reads_into_markdown_with_its_notes_at_the_end() -> None:
    read = docling_markdown(lines_of(FERRY))
    assert read.found and read.facts == {"author": "Ann Lee and Bo Marsh", "date": "2026-03-09"}
    assert texts(read.lines) == [
        "# Keep the Ferry: Why the Crossing Still Pays",
        "The ferry has crossed the estuary at the bend since the mill was built.",
        "## What the crossing costs",
        "The council spends less on the ferry than on one mile of road.[^1] A bridge would "
        "take the trade",
        "to the bypass and the",
        "town would lose its market. The market is the town.",
        "## Who uses it",
        "Schoolchildren and traders use it every day.[^2] Most of them walk on.",
        "We ask the council to keep it, for trade & for school.",
        "[^1]: Estuary Council, Budget 2025, line 4.",
        "[^2]: Trust survey, 2025.",
    ]
    assert read.notes == (25, 37) and read.joined == 1 and len(read.numbers) == 2
    rules = {item.line: item.rule for item in read.removed}
    assert rules[1] == rules[31] == PICTURE and rules[29] == FIGURE_CAPTION
    assert rules[3] == COVER and rules[7] == rules[9] == BYLINE_READ
    assert rules[11] == RUNNING_HEAD and rules[13] == rules[15] == rules[16] == BOX
    assert rules[39] == PAGE_NUMBER and rules[41] == rules[43] == rules[45] == TABLE_EXHIBIT
    assert rules[49] == rules[51] == BACK_COVER


def test_a_docling_paper_reads_whole_through_ingest() -> None:
    meta, blocks = edition_parts(ingest_text(FERRY, "t", "paper.md").edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Ferry: Why the Crossing Still Pays",
        "Ann Lee and Bo Marsh",
        "2026-03-09",
    )
    assert blocks[2] == (
        "The council spends less on the ferry than on one mile of road.[^1] A bridge would "
        "take the trade to the bypass and the town would lose its market. The market is the town."
    )
    assert blocks[-2:] == [
        "[^1]: Estuary Council, Budget 2025, line 4.",
        "[^2]: Trust survey, 2025.",
    ]
    assert not any("Route" in block or "©" in block or "glance" in block for block in blocks)


def test_a_numbered_paragraph_with_no_call_above_it_stays_with_a_warning() -> None:
    text = (
        "<!-- image -->\n\n## Keep the Ferry\n\nAnn Lee\n\n## Costs\n\nThe ferry pays its way.\n\n"
        "1 Estuary Council, Budget 2025.\n\n## Users\n\nTraders use it."
    )
    read = docling_markdown(lines_of(text))
    assert "1 Estuary Council, Budget 2025." in texts(read.lines) and not read.notes
    assert "line 11" in read.warnings[0] and "no call of that number" in read.warnings[0]


def test_a_note_whose_number_does_not_count_on_is_no_note() -> None:
    text = (
        "<!-- image -->\n\n## Keep the Ferry\n\n## Costs\n\nThe ferry pays its way.2 It pays.\n\n"
        "2 Estuary Council, Budget 2025."
    )
    read = docling_markdown(lines_of(text))
    assert not read.notes and "2 Estuary Council, Budget 2025." in texts(read.lines)


def test_a_word_broken_at_a_line_s_end_joins_only_where_it_is_a_word() -> None:
    text = (
        "<!-- image -->\n\n## The Ferry\n\n## Costs\n\nIts refrig- eration and the pre- and "
        "post-war quays."
    )
    read = docling_markdown(lines_of(text))
    assert texts(read.lines)[-1] == "Its refrigeration and the pre- and post-war quays."
    assert read.mended == ("refrigeration",) and "pre- and" in read.warnings[0]


def test_one_numbered_heading_keeps_its_number() -> None:
    text = "<!-- image -->\n\n## The Ferry\n\n## 2026 in review\n\nIt ran.\n\n## Costs\n\nIt paid."
    assert "## 2026 in review" in texts(docling_markdown(lines_of(text)).lines)


@pytest.mark.parametrize(
    "text",
    [
        # an essay in Markdown: its title `#`, its headings `##`
        "# Keep the Ferry\n\n## Costs\n\nThe ferry pays.1 It pays.\n\n1 Council budget.\n\n"
        "## Users\n\nTraders.",
        # `##` headings, but no placeholder and no note whose call stands above it
        "## Keep the Ferry\n\n## Costs\n\nThe ferry pays.\n\n3 of the 5 crossings pay.",
        # pymupdf4llm's marks, not Docling's
        "## **Costs**\n\n<!-- Start of picture text -->\n12<br><!-- End of picture text -->\n\n"
        "## **Users**\n\nTraders.",
        # one heading alone
        "<!-- image -->\n\n## Costs\n\nThe ferry pays.",
        # the placeholder shown in code
        "## Costs\n\n```\n<!-- image -->\n```\n\n## Users\n\nTraders.",
    ],
)
def test_other_markdown_is_no_docling_paper(text: str) -> None:
    lines = lines_of(text)
    assert not is_docling_markdown(lines)
    assert docling_markdown(lines).lines == lines


def test_an_essay_in_markdown_reads_as_before() -> None:
    text = "# Keep the Ferry\n\n## 1 Costs\n\nThe ferry pays.\n\n## 2 Users\n\nTraders use it."
    _, blocks = edition_parts(ingest_text(text, "t", "essay.md").edition)
    assert "## 1 Costs" in blocks and "## 2 Users" in blocks


@pytest.mark.parametrize(
    "text",
    [
        "<!-- image -->\n\n## A\n\n## B",
        "<!-- image -->\n\n## A\n\n## B\n\n1 x\n\n2",
        "## A\n\n## B\n\nx.1 y\n\n1 \n\n1 z",
        "<!-- image -->\n\n## 1\n\n## 2\n\n- a\n\n- b",
        "<!-- image -->\n\n## A: B\n\nA\n\n## C\n\n- x\n- y\n\n## 1 D\n\n## 2 E",
        "<!-- image -->\n\n## A\n\n## B\n\n© 2026\n\n3\n\n",
    ],
)
def test_a_broken_docling_text_ends_in_no_traceback(text: str) -> None:
    docling_markdown(lines_of(text))
    try:
        ingest_text(text, "t", "t.md")
    except Exception as error:  # (a refusal is a SynopticError, said to the editor)
        assert type(error).__name__ == "SynopticError"


# --- review 40: findings 4, 5, 6, 7, 10 -------------------------------------------------------

PROBES_D2 = """## Monday

The team was ranked No.1 in the league this season, which surprised everyone.

1 in 5 players were injured before Christmas, more than in any year before.

## Tuesday

We trained in the rain and nobody complained about it at all."""

PROBES_D8 = """## Background

Survey results were clear. Respondents who smoked: 1

1 in 5 adults still smoke, and the figure has barely moved in a decade of campaigns.

## Discussion

The discussion goes here and ends with a stop."""


@pytest.mark.parametrize("text", [PROBES_D2, PROBES_D8])
def test_one_numbered_paragraph_alone_is_no_docling_paper(text: str) -> None:
    # (review 40, finding 4: `##` headings and one "note" are any Markdown's; no call is read)
    lines = lines_of(text)
    assert not is_docling_markdown(lines)
    _, blocks = edition_parts(ingest_text(text, "t", "notes.md").edition)
    assert not any("[^1]" in block for block in blocks)
    assert any(block.startswith("1 in 5") for block in blocks)


def test_a_number_after_a_numbering_word_is_no_call() -> None:
    # (finding 4: `No.1`, `p.1`, `Fig.1`, `Vol.1` are numbers, even in Docling's text)
    text = "<!-- image -->\n\n" + PROBES_D2.replace("No.1", "Vol.1")
    read = docling_markdown(lines_of(text))
    assert read.found and not read.notes
    assert "1 in 5 players were injured before Christmas, more than in any year before." in texts(
        read.lines
    )
    assert any("Vol.1 in the league" in line for line in texts(read.lines))


NOTE_CUT = (
    "1 H. Lindqvist and R. Okafor, 'Dissection versus digital anatomy: a meta-analysis of "
    "knowledge outcomes', Journal of"
)
PROBES_D6 = f"""<!-- image -->

## The Paper Title

Jane Smith

## Intro

The first claim is made here.1 And the text goes on with many more words over the page

{NOTE_CUT}

3

continued on the next page with more of the paragraph's words.

Anatomical Education 19 (2025), 211–29.

The last paragraph ends with a stop."""


def test_a_note_that_ends_no_sentence_is_warned_of() -> None:
    # (finding 5: its rest, on the next page's foot, may stand in the body as a paragraph)
    read = docling_markdown(lines_of(PROBES_D6))
    assert read.notes == (11,)
    assert any("line 11" in warning and "end no sentence" in warning for warning in read.warnings)
    assert "Anatomical Education 19 (2025), 211–29." in texts(read.lines)  # (kept, not guessed)


def test_notes_that_end_their_sentences_are_not_warned_of() -> None:
    assert not any(
        "end no sentence" in warning for warning in docling_markdown(lines_of(FERRY)).warnings
    )


PROBES_D4 = """<!-- image -->

## The Paper Title

Jane Smith

## Intro

The first paragraph of the essay has words enough to count and it ends here.

A second paragraph that ends with a stop, as paragraphs do.

In 2024 we saw 3

And the final words were said without a stop as poets write them"""


def test_closing_lines_with_no_address_or_notice_stay_with_a_warning() -> None:
    # (finding 6: the essay's last words, ending no sentence, are no back cover)
    read = docling_markdown(lines_of(PROBES_D4))
    assert texts(read.lines)[-2:] == [
        "In 2024 we saw 3",
        "And the final words were said without a stop as poets write them",
    ]
    assert not any(item.rule == BACK_COVER for item in read.removed)
    assert any("line 13, 15" in warning for warning in read.warnings)


def test_a_back_cover_goes_from_its_address_on_and_the_lines_above_it_stay() -> None:
    text = PROBES_D4 + "\n\nThe Trust, 4 Quay Lane trust@example.org\n\n© 2026 The Trust"
    read = docling_markdown(lines_of(text))
    assert [item.line for item in read.removed if item.rule == BACK_COVER] == [17, 19]
    assert texts(read.lines)[-1].startswith("And the final words")
    assert any("line 13, 15" in warning for warning in read.warnings)


PROBES_D3 = """<!-- image -->

## Films I Watched

Jane Smith

## 12 Angry Men

The first paragraph of the essay has words enough to count and it ends here.

## 2001 A Space Odyssey

A third paragraph here that ends with a stop.

## 10 Things I Hate About You

A fourth paragraph here that ends with a stop."""


def test_headings_numbers_out_of_sequence_are_their_titles_words() -> None:
    # (finding 7: `12 Angry Men` and `10 Things …` count on from nothing: no section numbers)
    read = docling_markdown(lines_of(PROBES_D3))
    assert "## 12 Angry Men" in texts(read.lines)
    assert "## 10 Things I Hate About You" in texts(read.lines)
    assert not read.numbers


def test_each_heading_whose_section_number_goes_is_named() -> None:
    read = docling_markdown(lines_of(FERRY))
    assert read.numbers == (20, 33)
    assert "section numbers taken off the headings (line 20, 33)" in docling_read_as(read)


@pytest.mark.parametrize(
    ("numbers", "counts_on"),
    [
        (["1", "2", "3"], True),
        (["1", "1.1", "1.2", "2", "2.1", "3"], True),
        (["1.", "2."], True),
        (["2", "3"], False),
        (["1", "3"], False),
        (["12", "10"], False),
        (["1", "1.2"], False),
    ],
)
def test_section_numbers_count_on(numbers: list[str], counts_on: bool) -> None:
    text = "<!-- image -->\n\n## The Ferry\n\n" + "".join(
        f"## {number} Part\n\nIt ran.\n\n" for number in numbers
    )
    assert bool(docling_markdown(lines_of(text)).numbers) is counts_on


PROBES_D15 = """<!-- image -->

## Anatomy Without the Dissecting Room: The Case

Jane Smith

## Intro

The first paragraph of the essay has words enough to count and it ends here.

4

Anatomy Without the Dissecting Room

The second paragraph on the next page has words as well and a stop."""


def test_a_running_head_on_a_later_page_goes_and_is_listed() -> None:
    # (finding 10: a PDF sets its running head on every page, not only the first)
    read = docling_markdown(lines_of(PROBES_D15))
    assert "Anatomy Without the Dissecting Room" not in texts(read.lines)
    assert {item.line: item.rule for item in read.removed}[13] == RUNNING_HEAD


def test_a_sentence_that_says_the_title_stays() -> None:
    text = PROBES_D15.replace(
        "\nAnatomy Without the Dissecting Room\n", "\nAnatomy Without the Dissecting Room.\n"
    )
    assert "Anatomy Without the Dissecting Room." in texts(docling_markdown(lines_of(text)).lines)
