"""Ingest of a PDF's text as pypdfium2 gives it: collection QQ's ic, and the rules it brought.

Collection QQ (naps on the night shift), written blind: ic is a two-page commentary typeset by
reportlab and read by pypdfium2, each page's `get_text_range()` joined by a bare `\\n\\n`
(tests/data/collection_qq/README.md). pdfium ends its lines in `\\r\\n` inside a page (read as
`\\n`, as every raw text's), sets no blank line between paragraphs, gives each page's running
head and then its number (`17`, `18`) before the body (the template draws them first), a note's
raised number glued to its word and then a line break and a leading space (`awake.1` /
` Hospital studies …`), the notes at the pages' feet (`1` / ` The trial compared …`), U+FFFE in
place of a hyphen at a line's end with the line break gone (`con\\ufffeducted`), one word cut
across the page break with note 1, the join, the next page's head and number between its
halves (`self-repor\\ufffe1` … `ted alertness`), a kicker over a title set over two lines, and a
table flattened to a line a row under its caption, with its source line, none of it the essay's.

First contact (main at f2c4d38): 2 of its 10 paragraphs exact, 0 of its 2 notes, no title,
author or date, 22 blocks for the edition's 16 (the running heads, the page numbers glued as
notes `[^17]`, `[^18]`, the table's rows as paragraphs, the word `con\\ufffeducted`). Now: every
block of its edition, in order (the raw sets no Notes heading), the title, author and date.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from ingest_lines import lines_of
from synoptic.exhibits import EXHIBIT_SOURCE, TABLE_EXHIBIT, flattened_tables
from synoptic.footnotes import foot_notes
from synoptic.furniture import PAGE_NUMBER, RUNNING_HEAD
from synoptic.ingest import ingest_file, ingest_text
from synoptic.layout import Line
from synoptic.metadata import title_ending_running_head
from synoptic.pages import headed_page_starts, heads_over_folios
from synoptic.pdfiumtext import join_raised_breaks, pdfium_text, restore_hyphens
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import straight

DATA = ROOT / "tests" / "data"

# What pdfium printed round ic's text: none of it is the essay's.
QQ_IC_NOT_THE_ESSAY = (
    "\ufffe",
    "Harrowmere Health Policy Review",
    "Vol. 4",
    "I. Brandvold",
    "COMMENTARY",
    "NIGHT WORK",
    "Table 1",
    "Nap length",
    "Recommended",
    "Source:",
    "[^17]",
    "[^18]",
    "repor-ted",
    "con-ducted",
)


def _ic() -> tuple[dict, list[str], list[str]]:
    made = ingest_file(DATA / "collection_qq" / "raw" / "ic.txt", "ic")
    meta, blocks = edition_parts(made.edition)
    _, want = edition_parts((DATA / "collection_qq" / "essays" / "ic.md").read_text("utf-8"))
    return meta, blocks, want


def test_collection_qq_reads_its_pdf_by_pypdfium2_whole() -> None:
    meta, blocks, want = _ic()
    assert (meta["title"], meta["author"], meta["date"]) == (
        "What the Sleep Science Can and Cannot Promise",
        "Ilse Brandvold",
        "2026-02-09",
    )
    assert meta["publisher"] == "unknown"  # (the journal's head is no publisher's line)
    assert not any(cut in block for block in blocks for cut in QQ_IC_NOT_THE_ESSAY)
    # every block, in order (the raw sets no Notes heading)
    assert [straight(block) for block in blocks] == [
        straight(block) for block in want if block != "## Notes"
    ]


def test_collection_qq_ic_word_cut_across_the_page_break_runs_on() -> None:
    _, blocks, _ = _ic()
    assert any(
        "rely more on self-reported alertness, a weakness the medical director" in block
        for block in blocks
    )
    assert any(block.startswith("[^1]: The trial compared") for block in blocks)


def test_collection_qq_ic_report_says_what_was_read_and_removed() -> None:
    made = ingest_file(DATA / "collection_qq" / "raw" / "ic.txt", "ic")
    report = made.edition  # (the report atop it, as comment lines)
    assert "a PDF's text by pdfium: 6 words broken at a line's end" in report
    # (finding 6: the report's line numbers are the restored text's, and it says so)
    assert "this report's line numbers are those of the text so restored, not the raw" in report
    assert "footnotes at the foot of the page: 2 on 2 pages" in report
    assert "'Table 1. Nap length, depth of sleep and inertia on waking'" in report
    assert "'COMMENTARY · NIGHT WORK'" in report


# --- pdfium's hyphen marks and the lines its raised numbers break -------------------------------


def test_hyphen_mark_after_a_letter_breaks_the_line_again() -> None:
    text, count = restore_hyphens("the crowd was man\ufffeaged by the stewards")
    assert (text, count) == ("the crowd was man-\naged by the stewards", 1)


def test_hyphen_mark_before_a_note_number_keeps_the_number_on_its_own_line() -> None:
    text, count = restore_hyphens("the long-stand\ufffe2\n A note")
    assert (text, count) == ("the long-stand-\n2\n A note", 1)


def test_hyphen_mark_not_after_a_letter_stays() -> None:
    # (after a space, a stop or a line's start, before a space: no word broken there)
    for text in ("a \ufffe b", "ends.\ufffe\n", "\ufffestarts", "page 12\ufffe a"):
        assert restore_hyphens(text) == (text, 0)


def test_hyphen_mark_at_a_pages_end_or_in_a_range_is_its_hyphen() -> None:
    # (finding 4: these passed into the edition, unreported)
    assert restore_hyphens("rely on self-repor\ufffe\n\nA. Lee") == (
        "rely on self-repor-\n\nA. Lee",
        1,
    )
    assert restore_hyphens("the last word repor\ufffe") == ("the last word repor-", 1)
    assert restore_hyphens("(see pages 12\ufffe14)") == ("(see pages 12-14)", 1)


def test_no_noncharacter_reaches_an_edition_each_one_reported() -> None:
    read = pdfium_text("a man\ufffeaged crowd\n## Length \ufffe\nand \uffff so \ufdd0 on")
    assert read.text == "a man-\naged crowd\n## Length \nand  so  on"
    assert read.strays == ((3, "U+FFFE"), (4, "U+FFFF"), (4, "U+FDD0"))
    # (in a text that is no pdfium's, too)
    assert pdfium_text("one\ntwo \U0010ffff three").strays == ((2, "U+10FFFF"),)
    text = "\n\n".join(
        [
            "The Quay",
            "By Ann Reed",
            "The harbour is the town\u2019s, and the council\u2019s plan to close it \ufffe was"
            " made without asking the people who work there, which is wrong.",
            "Write to the committee, and \uffff say so plainly; it reads every letter.",
        ]
    )
    edition = ingest_text(text, "t", "t.txt").edition
    assert not any(char in edition for char in "\ufffe\uffff")
    assert (
        "# warning: removed 2 noncharacters, no text's characters (pdfium gives U+FFFE for a "
        "hyphen at a line's end; these stood where no word or range was broken): U+FFFE (line 5);"
        " U+FFFF (line 7)"
    ) in edition


def test_a_raised_numbers_break_is_joined_again() -> None:
    text, count = join_raised_breaks("they slept.3\n Later studies agree\n4\n A survey of")
    assert (text, count) == ("they slept.3 Later studies agree\n4 A survey of", 2)


def test_a_line_opening_with_a_space_under_no_number_stays() -> None:
    for text in (
        "they slept.\n Later studies agree",  # no number above
        "they slept.3\nLater studies agree",  # no space below
        "they slept.3\n  a code block, indented",  # two spaces: an indent, no break
        "in the year 2019.\n\n Later",  # a blank line between
    ):
        assert join_raised_breaks(text) == (text, 0)


def test_a_text_without_hyphen_marks_is_no_pdfium_text() -> None:
    text = "they slept.3\n Later studies agree"
    read = pdfium_text(text)
    assert (read.text, read.found, read.joined) == (text, False, 0)
    read = pdfium_text("a num\ufffeber.3\n Later")
    assert (read.text, read.hyphens, read.joined) == ("a num-\nber.3 Later", 1, 1)


# --- pages whose head and number come first -----------------------------------------------------


def _pages(first: int = 5, heads: tuple[str, str] = ("Review · Vol. 2", "A. Lee On Tides")) -> str:
    body = [f"line {n} of the page's text, which runs on" for n in range(14)]
    return "\n".join([heads[0], str(first), *body, "", heads[1], str(first + 1), *body[:5]])


def test_head_and_number_atop_every_page_start_the_pages() -> None:
    assert headed_page_starts(_pages()) == [18]
    assert headed_page_starts(_pages(first=1)) == [18]


def test_head_and_number_pages_near_misses() -> None:
    text = _pages()
    assert headed_page_starts(text.replace("\n6\n", "\n7\n")) == []  # numbers do not count
    assert headed_page_starts(text.replace("A. Lee On Tides", "It ended.")) == []  # a sentence
    assert headed_page_starts(text.replace("line 3 of", "\nline 3 of")) == []  # another blank
    assert headed_page_starts("\n".join(text.split("\n")[:19])) == []  # the last page too short
    assert headed_page_starts(text.replace("\n\n", "\n")) == []  # no blank line: no page break


def test_heads_over_folios_are_each_pages_first_line() -> None:
    lines = lines_of(_pages())
    assert heads_over_folios(lines, {18}) == {1, 18}
    # (a page that opens otherwise: none)
    assert heads_over_folios(lines_of(_pages().replace("\n6\n", "\nsix\n")), {18}) == set()
    assert heads_over_folios(lines, set()) == set()  # one page: no head told so


def test_pdfium_pages_notes_at_their_feet_and_a_paragraph_run_on() -> None:
    body = [
        # (pdfium's hyphen mark, the line break gone: what tells its text)
        "Tidal power has been promised to the estuary for forty years, and each time the"
        " scheme has foun\ufffedered on the same two questions of cost and of the birds that",
        "feed on the mudflats at low water. The new proposal answers the first question",
        "better than any before it. It does not yet answer the second, and the council",
        "should say so plainly before the consultation closes next month, because the",
        "survey it relies on counted the birds in a single mild winter.1",
        " Counts from colder years are lower still, and a barrage that holds the water",
        "back for two hours a tide would cover the feeding grounds for longer than the",
        "birds can wait. The engineers know this; their own appendix says so on its",
        "last page, in a table nobody has quoted. A scheme that works for the grid and",
        "fails the birds is not a scheme the estuary can afford, whatever its cost, and",
        "the council should ask for a second survey before it",
    ]
    text = "\n".join(
        [
            "Estuary Review · Vol. 2 Opinion",
            "5",
            "Tides and Birds",
            "By Ann Lee",
            "3 March 2026",
            *body,
            "1",
            " The survey covered the winter of 2024 only.",
            "",
            "A. Lee Tides and Birds",
            "6",
            "decides anything at all. The birds were here first.",
            "Ann Lee chairs the Estuary Trust.",
        ]
    )
    meta, blocks = edition_parts(ingest_text(text, "t", "t.txt").edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Tides and Birds",
        "Ann Lee",
        "2026-03-03",
    )
    assert any("second survey before it decides anything at all." in block for block in blocks)
    assert "[^1]: The survey covered the winter of 2024 only." in blocks
    assert not any("A. Lee" in block or "Vol. 2" in block for block in blocks)


# --- a title over two lines that a later page's head says whole ---------------------------------


def _groups(*texts: str) -> list[list[Line]]:
    return [[Line(number, text)] for number, text in enumerate(texts, start=1)]


#: A title over two lines under a kicker, then its byline and date (pdfium's first page).
TITLE_OVER_TWO_LINES = (
    "OPINION · THE COAST",
    "Why the Estuary Needs a Second",
    "Survey",
    "By Ann Lee",
    "3 March 2026",
    "The birds were here first, and the scheme should say how it will keep them.",
)


@pytest.mark.parametrize(
    "head",
    [
        "A. Lee Why the Estuary Needs a Second Survey",
        # (finding 9: a head that is the title alone, the commonest, was no title's head; the
        # kicker was taken for the title and the title's two lines for headings)
        "Why the Estuary Needs a Second Survey",
    ],
)
def test_title_over_two_lines_said_whole_by_a_running_head(head: str) -> None:
    groups = _groups(*TITLE_OVER_TWO_LINES)
    read = title_ending_running_head(groups, [head], {})
    assert read is not None
    title, rest, taken = read
    assert title == "Why the Estuary Needs a Second Survey"
    assert [line.text for line in taken] == ["OPINION · THE COAST"]
    assert rest[0][0].text == "By Ann Lee"
    # (a head that is the first line alone still says no title)
    assert title_ending_running_head(groups, ["Why the Estuary Needs a Second"], {}) is None


def test_title_over_two_lines_near_misses() -> None:
    groups = _groups(
        "Why the Estuary Needs a Second",
        "Survey",
        "By Ann Lee",
        "The birds were here first, and the scheme should say how it will keep them.",
    )
    # the head says something else, or the first line only
    assert title_ending_running_head(groups, ["A. Lee Tides and Birds"], {}) is None
    assert title_ending_running_head(groups, ["A. Lee Why the Estuary Needs a Second"], {}) is None
    assert title_ending_running_head(groups, [], {}) is None
    # no byline or date under the two lines: a heading and its paragraph, perhaps
    prose = _groups(*groups_text(groups)[:2], "The birds were here first, and so on and on.")
    assert (
        title_ending_running_head(prose, ["A. Lee Why the Estuary Needs a Second Survey"], {})
        is None
    )


def groups_text(groups: list[list[Line]]) -> list[str]:
    return [line.text for group in groups for line in group]


# --- a table flattened to a line a row ----------------------------------------------------------

TABLE = [
    "and the tide holds the water back for two hours.",
    "Table 2. Birds counted on the mudflats, by winter",
    "Winter Redshank Dunlin Curlew",
    "2023–24 1,210 4,300 610",
    "2024–25 980 3,950 540",
    "Source: Estuary Trust counts; low-water surveys.",
    "The engineers know this; their own appendix says so.",
]


def test_a_flattened_table_goes_with_its_caption_and_source() -> None:
    found = flattened_tables(lines_of("\n".join(TABLE)))
    assert [(item.line, item.rule) for item in found] == [
        (2, TABLE_EXHIBIT),
        (3, TABLE_EXHIBIT),
        (4, TABLE_EXHIBIT),
        (5, TABLE_EXHIBIT),
        (6, EXHIBIT_SOURCE),
    ]


def test_a_flattened_table_near_misses_stay() -> None:
    no_source = [line for line in TABLE if not line.startswith("Source")]
    assert flattened_tables(lines_of("\n".join(no_source))) == []
    # a row that ends a sentence: a paragraph's line, not a table's
    sentence = [*TABLE[:3], "The counts fell in the second winter.", *TABLE[3:]]
    assert flattened_tables(lines_of("\n".join(sentence))) == []
    # the caption under a line that runs on: a sentence's words, not a caption
    running = ["and the tide holds the water back for", *TABLE[1:]]
    assert flattened_tables(lines_of("\n".join(running))) == []
    # the line under the source runs on in lower case: no paragraph opens there
    lower = [*TABLE[:-1], "and the engineers know this."]
    assert flattened_tables(lines_of("\n".join(lower))) == []


def test_pages_headed_first_lose_their_heads_and_numbers() -> None:
    edition = ingest_text(_pages(), "t", "t.txt").edition
    _, blocks = edition_parts(edition)
    assert not any("Review · Vol. 2" in block or "On Tides" in block for block in blocks)
    assert f"removed, {RUNNING_HEAD}: 'Review · Vol. 2' (line 1)" in edition
    assert f"removed, {PAGE_NUMBER}: '5' (line 2); '6' (line 19)" in edition


def test_notes_over_the_next_pages_head_and_number_are_read_at_the_foot() -> None:
    lines = lines_of(
        "\n".join(
            [
                "Rents rose.1 Pay fell.2 And",
                "1 A source.",
                "2 Another.",
                "",
                "A. Lee On Rents",
                "7",
                "so on.",
            ]
        )
    )
    found = foot_notes(lines, {5, 6})
    assert found.notes == 2
    assert [line.text for line in found.lines][-2:] == ["1 A source.", "2 Another."]
    # (over a page's number alone, no head: a numbered list may end a page's text)
    assert foot_notes([*lines[:4], *lines[5:]], {6}).notes == 0


# --- review 36's findings -----------------------------------------------------------------------


def test_ingest_text_reads_pdfiums_own_line_ends_as_ingest_file_does() -> None:
    # (finding 3: pdfium ends its lines in `\r\n` inside a page; `ingest_text` given the text so
    # lost both notes, where `ingest_file`, through `read_source`, read it whole)
    path = DATA / "collection_qq" / "raw" / "ic.txt"
    raw = path.read_bytes().decode("utf-8")
    assert "\r\n" in raw
    by_text = ingest_text(raw, "ic", "tests/data/collection_qq/raw/ic.txt").edition
    assert by_text == ingest_file(path, "ic").edition
    assert "(note text not in the source)" not in by_text


def _sections(heads: list[str], first: int, opening: str = "The") -> str:
    """A text whose only blank lines part its sections, each a heading over its number (a
    chronicle's year, a report's part), its paragraphs with no blank line between them."""
    body = [f"{opening} council met again that month, and the minutes say so at length" + "."]
    body += [f"and the clerk wrote line {n} of the account, which runs on" for n in range(13)]
    body[-1] += "."
    return "\n\n".join("\n".join([head, str(first + n), *body]) for n, head in enumerate(heads))


CHRONICLE = ["The first winter", "The second winter", "The third winter"]


def test_sections_each_a_heading_over_its_number_are_no_pages() -> None:
    # (finding 7: a chronicle's headings over their years, a report's over their numbers, were
    # read as running heads, the title and every heading removed)
    assert headed_page_starts(_sections(CHRONICLE, 2019)) == []
    assert headed_page_starts(_sections(CHRONICLE, 2019), marked=True) == []  # years: no pages
    parts = ["Part one of the story", "Part two of the story", "Part three of the story"]
    assert headed_page_starts(_sections(parts, 1)) == []
    assert headed_page_starts(_sections(["Part", "Part", "Part"], 1)) == []  # a section's name
    # (review 36's probes, as 635bdb7 read them: the title and the headings kept)
    for name, title, heading in (
        ("chronicle_heading_over_year", "The first winter", "## The second winter"),
        ("parts_heading_over_number", "Part one of the story", "## Part two of the story"),
    ):
        edition = ingest_file(DATA / "review36" / f"{name}.txt", "t").edition
        meta, blocks = edition_parts(edition)
        assert meta["title"] == title
        assert heading in blocks
        assert RUNNING_HEAD not in edition


def test_head_and_number_pages_need_a_pdfs_evidence() -> None:
    heads = ["Harbour Review · Vol. 2", "A. Lee On Tides", "A. Lee On Tides"]
    # pdfium's marks in the text (U+FFFE, read by pdfiumtext)
    assert headed_page_starts(_sections(CHRONICLE, 5), marked=True) == [18, 35]
    # a head said again atop another page
    assert headed_page_starts(_sections(heads, 5)) == [18, 35]
    # a page that opens in lower case: the page break cut a sentence
    assert headed_page_starts(_sections(CHRONICLE, 5, opening="the")) == [18, 35]
    # none of them
    assert headed_page_starts(_sections(CHRONICLE, 5)) == []
    assert headed_page_starts(_sections(heads[:2] + ["B. Ray On Birds"], 5)) == []


def test_prose_between_a_caption_and_a_source_line_is_no_table() -> None:
    # (finding 12: a paragraph opening `Table 1: …` and closed by a `Source:` line went whole)
    prose = [
        "and the tide holds the water back for two hours.",
        "Table 1: a summary, not reproduced here, of the nap lengths the laboratory studies",
        "compared and of the inertia each left on waking, which the ward draft follows with",
        "Source: the studies are listed in the note at the foot of the next page.",
        "The engineers know this; their own appendix says so.",
    ]
    assert flattened_tables(lines_of("\n".join(prose))) == []
    # rows that open as cells but hold no figure under the header: words, not a table's rows
    words = [*TABLE[:3], "Redshank counts fell in the second winter and", *TABLE[5:]]
    assert flattened_tables(lines_of("\n".join(words))) == []
    # a row opening in lower case: a sentence running on
    lower = [*TABLE[:3], "and 980 of them in 2024–25", *TABLE[5:]]
    assert flattened_tables(lines_of("\n".join(lower))) == []
    # (review 36's probe: QQ's ic with such a paragraph in its table's place keeps it)
    edition = ingest_file(DATA / "review36" / "caption_like_prose.txt", "t").edition
    assert TABLE_EXHIBIT not in edition
    assert "Table 1: a summary, not reproduced here" in edition

    # (an author's name over a title on one line, the head saying both: review 21's p13)
    named = _groups("Jane Doe", "Keeping the Pier Open", "March 2026", "The trust was founded.")
    assert title_ending_running_head(named, ["Jane Doe Keeping the Pier Open"], {}) is None
    meta, blocks = edition_parts(
        ingest_file(DATA / "review36" / "head_is_title_alone.txt", "t").edition
    )
    assert meta["title"] == "What the Sleep Science Can and Cannot Promise"
    assert not any("COMMENTARY" in block or block == "## Promise" for block in blocks)


def test_a_text_with_no_mark_warns_of_the_lines_a_raised_number_may_have_broken() -> None:
    # (review 36 #8: ic with every mark removed, a ragged-right PDF's text; note 1's text ran
    # into a paragraph and note 2's into the bio, and the report only said "1 without text")
    with open(DATA / "collection_qq" / "raw" / "ic.txt", encoding="utf-8", newline="") as file:
        raw = file.read().replace("\ufffe", "")
    assert pdfium_text(raw).unjoined == (37, 38, 47, 63)
    made = ingest_text(raw, "ic", "ic.txt").edition
    assert (
        "# warning: a line opens with one space under a line that is a number or ends in one "
        "glued to a word (4 in all: lines 37, 38, 47, 63), as pdfium breaks a line after a "
        "raised note number: a note's text may have been read into the paragraph there, and its "
        "number left in the text; check the notes against the source"
    ) in made
    # (review 38, finding 16: a code at a line's end is no word a raised number is glued to)
    for code in ("B12", "CO2", "A4", "COVID19", "H2SO4"):
        assert (
            pdfium_text(f"The clinic measured {code}\n levels in every patient.\n").unjoined == ()
        )
    assert pdfium_text("The clinic measured sleep2\n levels in every patient.\n").unjoined == (2,)
    # (no such warning where the marks tell pdfium's text: its breaks are joined again)
    assert (
        "as pdfium breaks a line"
        not in ingest_file(DATA / "collection_qq/raw/ic.txt", "ic").edition
    )
