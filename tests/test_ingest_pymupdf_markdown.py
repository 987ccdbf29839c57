"""pymupdf4llm's Markdown of a PDF (its masthead over `# **Title**`, the authors and an italic
date on one line, notes as `> 1 text` quotations at the pages' feet with `<sup>1</sup>` calls,
page numbers with running heads and footers between paragraphs, captioned tables, a chart's
picture text): each rule's pure functions on small texts of their own, on the shape and on
Markdown that resembles it and is left alone (an essay with bold headings, quotations, a
paragraph in italics, a number alone that is text)."""

from __future__ import annotations

import pytest

from ingest_lines import lines_of, texts
from synoptic.exhibits import EXHIBIT_SOURCE, FIGURE_CAPTION, TABLE_EXHIBIT, exhibits
from synoptic.ingest import ingest_text
from synoptic.pagebreaks import PAGE_FOOTER, PAGE_HEAD, PAGE_NUMBER, page_breaks, run_on_breaks
from synoptic.picturetext import PICTURE_STANDIN, PICTURE_TEXT, picture_text
from synoptic.pymupdfmarkdown import (
    KEYWORDS_UNDER_TITLE,
    MASTHEAD,
    is_pymupdf_markdown,
    pymupdf_markdown,
)
from synoptic.quotednotes import quoted_notes

# --- picture text ----------------------------------------------------------------------------


def test_a_picture_s_text_goes_between_its_marks_in_every_form() -> None:
    text = (
        "The harbour grew.\n\n<!-- Start of picture text -->\n"
        "12<br>9<br>2019 2020<br><!-- End of picture text -->\n\nIt grew again.\n\n"
        "**==> picture [170 x 53] intentionally omitted <==**\n\n"
        "**----- Start of picture text -----**<br>\nboats<br>quays<br>"
        "**----- End of picture text -----**<br>\n\nThe end."
    )
    removed, warnings = picture_text(lines_of(text))
    assert [item.line for item in removed if item.rule == PICTURE_TEXT] == [3, 4, 10, 11]
    assert [item.line for item in removed if item.rule == PICTURE_STANDIN] == [8]
    assert not warnings


@pytest.mark.parametrize(
    "text",
    [
        "An essay on converters.\n\nStart of picture text is what the tool writes.",
        "`<!-- Start of picture text -->` opens the block, the docs say.",
        "> ==> picture of a harbour <==",
    ],
)
def test_words_that_name_the_marks_are_no_picture(text: str) -> None:
    assert picture_text(lines_of(text)) == ([], [])


def test_a_picture_s_text_that_does_not_close_goes_to_its_labels_with_a_warning() -> None:
    removed, warnings = picture_text(lines_of("<!-- Start of picture text -->\n12<br>9"))
    assert [item.line for item in removed] == [1, 2] and "does not close" in warnings[0]


def test_a_picture_s_text_left_open_takes_nothing_past_its_block() -> None:
    # (finding 12, probe p12: an open mark took the text down to the next picture's end)
    text = (
        "<!-- Start of picture text -->\n48<br>41<br>40 fixed fees\nThe text under it.\n\n"
        "## **Second part**\n\nAnother paragraph.\n\n"
        "<!-- Start of picture text -->\n12<br>9<br><!-- End of picture text -->\n\nThe end."
    )
    removed, warnings = picture_text(lines_of(text))
    assert [item.line for item in removed] == [1, 2, 9, 10]
    assert len(warnings) == 1 and warnings[0].startswith("line 1:") and "lines 1–2" in warnings[0]


def test_an_open_mark_right_above_the_next_picture_takes_only_its_line() -> None:
    text = (
        "<!-- Start of picture text -->\n<!-- Start of picture text -->\n"
        "12<br>9<br><!-- End of picture text -->\n\nThe end."
    )
    removed, warnings = picture_text(lines_of(text))
    assert [item.line for item in removed] == [1, 2, 3] and len(warnings) == 1


# --- exhibits ----------------------------------------------------------------------------------

TABLE = (
    "Costs rose.\n\n**Table 2.** Fees by year\n\n|Year|Fee|\n|---|---|\n|2024|10|\n\n"
    "Source: the council.\n\nThey rose again."
)


def test_a_captioned_table_goes_with_its_source() -> None:
    removed = exhibits(lines_of(TABLE), set())
    assert [(item.line, item.rule) for item in removed] == [
        (3, TABLE_EXHIBIT),
        (5, TABLE_EXHIBIT),
        (6, TABLE_EXHIBIT),
        (7, TABLE_EXHIBIT),
        (9, EXHIBIT_SOURCE),
    ]


def test_a_figure_s_caption_goes_beside_its_picture() -> None:
    text = "Costs rose.\n\n12<br>9\n\n**Figure 1.** Costs, 2019–2024.\n\nThey rose again."
    removed = exhibits(lines_of(text), {3})
    assert [(item.line, item.rule) for item in removed] == [(5, FIGURE_CAPTION)]


@pytest.mark.parametrize(
    "text, pictures",
    [
        # a table with no caption: read as a list of its rows
        ("Costs rose.\n\n|Year|Fee|\n|---|---|\n|2024|10|\n\nSource: the council.", set()),
        # a sentence that opens with the table's name
        ("Table 3 shows the fees.\n\n|Year|Fee|\n|---|---|\n|2024|10|", set()),
        # a figure's caption with no picture beside it
        ("Costs rose.\n\n**Figure 1.** Costs, 2019–2024.\n\nThey rose again.", set()),
    ],
)
def test_no_caption_or_no_exhibit_leaves_it(text: str, pictures: set[float]) -> None:
    assert exhibits(lines_of(text), pictures) == []


# --- page breaks -------------------------------------------------------------------------------

PAGES = (
    "The first page ends here.\n\n1\n\nDraft paper. © The authors 2026.\n\n"
    "HARBOUR PAPER 4\n\nLEE AND MA\n\n## **The second part**\n\nIt goes on.\n\n2"
)


def test_page_numbers_go_with_the_heads_and_footers_round_them() -> None:
    removed = page_breaks(lines_of(PAGES))
    assert [(item.line, item.rule) for item in removed] == [
        (3, PAGE_NUMBER),
        (5, PAGE_FOOTER),
        (7, PAGE_HEAD),
        (9, PAGE_HEAD),
        (15, PAGE_NUMBER),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # numbers that do not count up by one
        "How many quays?\n\n2\n\nAnd boats?\n\n7",
        # a number alone that does not close the text: an answer in it
        "Count them.\n\n1\n\nTHE ANSWER\n\n2\n\nThat is the count, and it is small.",
        # one number alone
        "The first page.\n\n1",
    ],
)
def test_numbers_alone_that_are_the_text_s_stay(text: str) -> None:
    assert page_breaks(lines_of(text)) == []


def test_a_heading_in_capitals_after_a_page_number_stays() -> None:
    text = "It ends.\n\n1\n\n## INTRODUCTION\n\nIt goes on.\n\n2"
    assert [item.line for item in page_breaks(lines_of(text))] == [3, 9]


def test_a_paragraph_cut_by_a_page_break_is_warned_of() -> None:
    text = "The wall was built in\n\n1\n\nRUNNING HEAD\n\nthe spring of 1850.\n\n2"
    lines = lines_of(text)
    warnings = run_on_breaks(lines, page_breaks(lines))
    assert len(warnings) == 1 and warnings[0].startswith("line 7:")


# --- notes at the pages' feet -----------------------------------------------------------------


def test_quoted_notes_with_their_calls_are_markdown_s_footnotes_at_the_end() -> None:
    text = (
        "The wall cracked.<sup>1</sup>\n\n> 1 A survey of 2024.\n\n"
        "It was mended.<sup>2</sup>\n\n> 2The council's minutes."
    )
    noted = quoted_notes(lines_of(text))
    assert (noted.notes, noted.calls) == (2, 2)
    assert texts(noted.lines) == [
        "The wall cracked.[^1]",
        "It was mended.[^2]",
        "[^1]: A survey of 2024.",
        "[^2]: The council's minutes.",
    ]
    assert [line.number for line in noted.lines if not line.blank] == [1, 5, 3, 7]


@pytest.mark.parametrize(
    "text",
    [
        # a quotation that opens with a number, no call: the essay's
        "They wrote:\n\n> 1 in 5 pupils walk to school.",
        # a call with no note of its number (a power)
        "The room is 40 m<sup>2</sup>.\n\n> 1 A survey of 2024.",
        # a note above its call
        "> 1 A survey of 2024.\n\nThe wall cracked.<sup>1</sup>",
        # a quotation of two lines, the second no note's
        "It cracked.<sup>1</sup>\n\n> 1 A survey\n> of the wall, and more.\n> 2 Ibid.",
        # an ordered list inside a quotation
        "It cracked.<sup>1</sup>\n\n> 1. First, the wall.",
    ],
)
def test_quotations_and_calls_that_do_not_agree_stay(text: str) -> None:
    assert quoted_notes(lines_of(text)).lines == lines_of(text)


# --- the whole shape ---------------------------------------------------------------------------

PAPER = (
    "**HARBOUR INSTITUTE** \n\nWorking Paper 4 \n\n# **Mend the Harbour Wall** \n\n"
    "Ann Lee and Bo Ma _3 May 2025_ \n\n_The wall must be mended this summer._ \n\n"
    "**Keywords:** harbours; walls \n\n## **Why now** \n\n"
    "The wall cracked in the winter storms, and the quay behind it is closed.<sup>1</sup> \n\n"
    "> 1 Harbour survey, 2024. \n\n1 \n\nHARBOUR PAPER 4 \n\n## **What it costs** \n\n"
    "It will cost less this year than next, when the crack has grown. \n\n2 \n"
)


def test_pymupdf4llm_s_paper_is_read_as_its_edition() -> None:
    made = ingest_text(PAPER, "hw", "raw/hw.md")
    edition = made.edition
    assert 'title: "Mend the Harbour Wall"' in edition
    assert 'author: "Ann Lee and Bo Ma"' in edition and 'date: "2025-05-03"' in edition
    body = edition.split("\n---\n", 1)[1]
    for gone in ("HARBOUR", "Working Paper", "Keywords", "\n1\n", "\n2\n", "> 1"):
        assert gone not in body
    assert "closed.[^1]" in body and "[^1]: Harbour survey, 2024." in body
    assert body.index("It will cost less") < body.index("[^1]:")
    rules = {item.rule for item in made.report.removed}
    assert {MASTHEAD, KEYWORDS_UNDER_TITLE, PAGE_NUMBER, PAGE_HEAD} <= rules


def test_the_shape_is_known_by_its_marks_or_its_bold_headings_and_spaces() -> None:
    assert is_pymupdf_markdown(lines_of(PAPER))
    assert is_pymupdf_markdown(lines_of("Text.\n\n<!-- Start of picture text -->\n1<br>"))
    assert is_pymupdf_markdown(lines_of("Text.\n\n--- end of page.page_number=1 ---\n\nMore."))


ESSAY = (
    "# **Mend the Harbour Wall**\n\nBy Ann Lee\n\n_A paragraph set in italics, whole._\n\n"
    "## **Why now**\n\nThe wall cracked.\n\n> 1 in 5 boats cannot berth.\n\n2\n\n"
    "## **What it costs**\n\nLess this year.\n\n3\n"
)


def test_a_markdown_essay_with_bold_headings_is_no_pdf_s() -> None:
    assert not is_pymupdf_markdown(lines_of(ESSAY))
    assert pymupdf_markdown(lines_of(ESSAY)).lines == lines_of(ESSAY)


def test_a_byline_with_no_date_in_emphasis_stays_one_line() -> None:
    text = PAPER.replace("Ann Lee and Bo Ma _3 May 2025_", "Ann Lee and Bo Ma _of the Institute_")
    read = pymupdf_markdown(lines_of(text))
    assert "Ann Lee and Bo Ma _of the Institute_ " in texts(read.lines)
    assert {item.rule for item in read.removed} >= {MASTHEAD}


# --- review 35 ---------------------------------------------------------------------------------

HUGO = (  # (review 35, probe p03: a Hugo post, bold headings, one call and a numbered quotation)
    '---\ntitle: "Cold homes"\ndate: 2024-11-02\n---\n\n## **The numbers**\n\n'
    "Energy prices rose by two fifths in a year.<sup>1</sup> The charity's survey put it "
    "plainly:\n\n> 1 in 5 homes in the county went without heating for a week or more last "
    "winter.\n\nThat is a scandal in a rich country.\n\n## **What to do**\n\n"
    "Insulate first, then subsidise.\n\n1. Office for Energy Statistics, Quarterly Prices, 2024.\n"
)


def test_notes_read_are_no_proof_of_the_shape() -> None:
    # (finding 1: the reader's own success proved the shape it is conditioned on)
    assert not is_pymupdf_markdown(lines_of(HUGO))
    body = ingest_text(HUGO, "ch", "raw/ch.md").edition.split("\n---\n", 1)[1]
    assert "1 in 5 homes" in body and "[^1]:" not in body


def test_a_quoted_number_before_a_word_in_lower_case_is_no_note() -> None:
    # (finding 1: with the spaces that end pymupdf4llm's lines, the quotation still stays)
    spaced = "\n".join(line + " " if line else line for line in HUGO.split("\n"))
    assert is_pymupdf_markdown(lines_of(spaced))
    read = pymupdf_markdown(lines_of(spaced))
    assert read.notes == 0
    assert "> 1 in 5 homes in the county went without heating for a week or more last winter. " in (
        texts(read.lines)
    )


def test_the_notes_read_and_their_calls_are_listed_in_the_report() -> None:
    made = ingest_text(PAPER, "hw", "raw/hw.md")
    assert "1 notes read from its pages' feet (`> 1 …` as `[^1]: …`, lines 17; their" in (
        made.edition
    )
    assert "calls as `[^n]`, lines 15)" in made.edition


@pytest.mark.parametrize("power", ["25 m<sup>2</sup>", "25m<sup>2</sup>", "3 km<sup>2</sup>"])
def test_a_power_of_a_unit_is_no_call_though_a_note_bears_its_number(power: str) -> None:
    # (finding 2, probe p16: `m<sup>2</sup>` between the calls of notes 1 and 2 became `m[^2]`)
    text = (
        "It rose.<sup>1</sup> More words.\n\n"
        f"A studio of {power} now lets for more.\n\n"
        "The second claim.<sup>2</sup>\n\n> 1 Rents, 2024.\n\n> 2 Floor areas."
    )
    noted = quoted_notes(lines_of(text))
    assert noted.notes == 2 and noted.calls == 2
    assert f"A studio of {power} now lets for more." in texts(noted.lines)
    assert "The second claim.[^2]" in texts(noted.lines)


def test_a_call_after_a_word_that_ends_like_a_unit_is_read() -> None:
    text = "The claim<sup>1</sup> and the item.<sup>2</sup>\n\n> 1 One.\n\n> 2 Two."
    noted = quoted_notes(lines_of(text))
    assert texts(noted.lines)[0] == "The claim[^1] and the item.[^2]"


ESSAY_WITH_CODE = (  # (finding 3, probes p01 and p02: an essay on the tool shows its marks)
    "# What pymupdf4llm makes of a PDF\n\nIt marks a chart's labels like this:\n\n"
    "```\n<!-- Start of picture text -->\n48<br>41<br><!-- End of picture text -->\n```\n\n"
    "With `page_separators=True` it writes a line after each page:\n\n"
    "    --- end of page.page_number=1 ---\n\n"
    "~~~\n**==> picture [170 x 53] intentionally omitted <==**\n~~~\n\n"
    "Table 1: Hours by stage\n\n| Stage | Hours |\n|---|---|\n| Trainee | 1,400 |\n\n"
    "Each page number stands alone:\n\n1\n\nThen the next page opens.\n\n2\n"
)


def test_marks_in_an_essay_s_code_are_no_marks() -> None:
    lines = lines_of(ESSAY_WITH_CODE)
    assert not is_pymupdf_markdown(lines)
    assert picture_text(lines) == ([], [])
    assert pymupdf_markdown(lines).lines == lines


def test_a_mark_out_of_code_under_a_closed_fence_is_read() -> None:
    text = "```\ncode\n```\n\n<!-- Start of picture text -->\n1<br>2<!-- End of picture text -->"
    assert is_pymupdf_markdown(lines_of(text))
    assert [item.line for item in picture_text(lines_of(text))[0]] == [5, 6]


def test_a_heading_in_bold_capitals_after_a_page_number_stays() -> None:
    # (finding 5, probe p09: pymupdf4llm sets a heading in no larger a font in bold alone)
    text = (
        "It ends.\n\n1\n\n**INTRODUCTION TO THE SECOND PART**\n\nIt goes on.\n\n2\n\n"
        "**WHAT WE CONCLUDE**\n\nThe last page.\n\n3"
    )
    assert [item.rule for item in page_breaks(lines_of(text))] == [PAGE_NUMBER] * 3


def test_a_running_head_in_bold_capitals_that_recurs_goes() -> None:
    text = (
        "It ends.\n\n1\n\n**HARBOUR PAPER 4**\n\nIt goes on.\n\n2\n\n"
        "**HARBOUR PAPER 4**\n\nThe last page.\n\n3"
    )
    assert [(item.line, item.rule) for item in page_breaks(lines_of(text))] == [
        (3, PAGE_NUMBER),
        (5, PAGE_HEAD),
        (9, PAGE_NUMBER),
        (11, PAGE_HEAD),
        (15, PAGE_NUMBER),
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Draft paper. © The authors 2026.",
        "Copyright © 2026 Centre for Legal Practice. All rights reserved.",
        "(c) 2024 Harbour Institute",
        "All rights reserved.",
        "HARBOUR PAPER 4 · © Lee and Ma 2026",
        "Working paper © 2026",
    ],
)
def test_each_footer_s_notice_goes(footer: str) -> None:
    text = f"It ends.\n\n{footer}\n\n1\n\nIt goes on.\n\n2"
    assert [item.rule for item in page_breaks(lines_of(text))] == [
        PAGE_FOOTER,
        PAGE_NUMBER,
        PAGE_NUMBER,
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The photograph on the cover is © Getty Images 2019, and we paid for the right to use it.",
        "All rights reserved is a phrase that means less than people think",
        "© Getty Images took the photograph on the cover in 2019, and we paid for the right to it.",
    ],
)
def test_an_essay_s_sentence_that_names_a_notice_stays(sentence: str) -> None:
    # (finding 6, probe p10)
    text = f"It ends.\n\n{sentence}\n\n1\n\nIt goes on.\n\n2"
    assert [item.rule for item in page_breaks(lines_of(text))] == [PAGE_NUMBER, PAGE_NUMBER]


def test_a_table_with_no_caption_above_the_next_table_s_caption_stays() -> None:
    # (finding 13, probe p23)
    text = (
        "Text above.\n\n|A|B|\n|---|---|\n|1|2|\n\n**Table 2.** The second table.\n\n"
        "|C|D|\n|---|---|\n|3|4|\n\nText below."
    )
    assert [item.line for item in exhibits(lines_of(text), set())] == [7, 9, 10, 11]


def test_two_notes_in_one_quotation_are_both_read() -> None:
    # (finding 9, probe p06: nothing was read and nothing said)
    text = (
        "A claim.<sup>1</sup> Another.<sup>2</sup>\n\n"
        "> 1 The first note, at the page's foot.\n> 2 The second note,\n> on two lines.\n\n"
        "More text."
    )
    noted = quoted_notes(lines_of(text))
    assert noted.notes == 2
    assert texts(noted.lines) == [
        "A claim.[^1] Another.[^2]",
        "More text.",
        "[^1]: The first note, at the page's foot.",
        "[^2]: The second note, on two lines.",
    ]


def test_two_quoted_numbers_in_one_quotation_that_disagree_with_the_calls_are_warned_of() -> None:
    text = "It cracked.<sup>1</sup>\n\n> 1 A survey\n> of the wall, and more.\n> 2 Ibid."
    noted = quoted_notes(lines_of(text))
    assert noted.lines == lines_of(text) and noted.unread == (3, 5)


def test_pages_whose_last_has_no_number_are_read_by_their_running_head() -> None:
    # (finding 10, probe p07: nothing went, the heads became headings)
    text = (
        "It ends.\n\n1\n\nWORKING PAPER 26/03\n\n## **Second part**\n\nMore.\n\n2\n\n"
        "WORKING PAPER 26/03\n\n## **Third part**\n\nThe last page has no number."
    )
    assert [(item.line, item.rule) for item in page_breaks(lines_of(text))] == [
        (3, PAGE_NUMBER),
        (5, PAGE_HEAD),
        (11, PAGE_NUMBER),
        (13, PAGE_HEAD),
    ]


def test_numbers_that_do_not_close_the_text_with_heads_that_differ_stay() -> None:
    text = "Count them.\n\n1\n\nTHE ANSWER\n\n2\n\nTHE REST\n\nThat is the count, and it is small."
    assert page_breaks(lines_of(text)) == []


@pytest.mark.parametrize(
    "picture",
    [
        "![](paper.pdf-0002-01.png)\n<!-- Start of picture text -->\n"
        "12<br>9<br>2022 2023<br><!-- End of picture text -->",
        "![](paper.pdf-0002-01.png)",
    ],
)
def test_a_figure_s_caption_beside_an_image_written_out_goes(picture: str) -> None:
    # (finding 8, probe p20: pymupdf4llm's write_images=True sets the image beside the text)
    text = (
        "<!-- Start of picture text -->\n1<br><!-- End of picture text -->\n\n"
        "## **First part**\n\nThe first paragraph of the text.\n\n"
        f"{picture}\n\n**Figure 2.** Costs, 2022–2025.\n\nMore text closing the essay."
    )
    read = pymupdf_markdown(lines_of(text))
    assert "**Figure 2.** Costs, 2022–2025." not in texts(read.lines)
    assert (FIGURE_CAPTION, "**Figure 2.** Costs, 2022–2025.") in [
        (item.rule, item.text) for item in read.removed
    ]


def test_a_title_wrapped_over_two_lines_is_joined_and_the_byline_read() -> None:
    # (finding 7, probe p11)
    text = PAPER.replace(
        "# **Mend the Harbour Wall** ", "# **Mend the Harbour Wall:** \n\n# **A Case for Now** "
    )
    read = pymupdf_markdown(lines_of(text))
    assert texts(read.lines)[0] == "# **Mend the Harbour Wall: A Case for Now**"
    assert read.facts == {"author": "Ann Lee and Bo Ma", "date": "2025-05-03"}
    assert "# **A Case for Now**" in [item.text for item in read.removed]


def test_a_first_section_under_the_title_is_not_joined_to_it() -> None:
    text = PAPER.replace(
        "Ann Lee and Bo Ma _3 May 2025_ ", "# **Introduction** \n\nThe wall is old, and it cracked."
    )
    read = pymupdf_markdown(lines_of(text))
    assert "# **Mend the Harbour Wall** " in texts(read.lines)
    assert "# **Introduction** " in texts(read.lines)


def test_calls_on_the_title_and_the_byline_leave_the_front_read_and_the_notes_kept() -> None:
    # (finding 4, probe p17: the title kept '[1]', the byline became a heading)
    text = (
        PAPER.replace("# **Mend the Harbour Wall** ", "# **Mend the Harbour Wall<sup>1</sup>** ")
        .replace("Ann Lee and Bo Ma _3 May", "Ann Lee<sup>2</sup> and Bo Ma<sup>3</sup> _3 May")
        .replace("closed.<sup>1</sup>", "closed.<sup>4</sup>")
        .replace(
            "> 1 Harbour survey, 2024. ",
            "> 1 We thank the council. \n\n> 2 Harbour College. \n\n> 3 Port Institute. \n\n"
            "> 4 Harbour survey, 2024. ",
        )
    )
    read = pymupdf_markdown(lines_of(text))
    assert read.facts == {"author": "Ann Lee and Bo Ma", "date": "2025-05-03"}
    assert "# **Mend the Harbour Wall** " in texts(read.lines)
    assert read.notes == 4 and "[^2]: Harbour College." in texts(read.lines)
    assert any("on the title taken off it" in warning for warning in read.warnings)
    made = ingest_text(text, "hw", "raw/hw.md")
    assert 'title: "Mend the Harbour Wall"' in made.edition
    assert 'author: "Ann Lee and Bo Ma"' in made.edition
