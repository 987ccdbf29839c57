"""A book chapter read by pdfplumber (NN's ia): note markers set on a line of their own above
their line (raisedmarkers.py), a book's running heads read by their folios where no page break
is marked (folioheads.py), and a chapter's opening page (chapterfront.py); each on its shape
and NOT on texts that resemble it. The fixtures are this file's own, not NN's text."""

from __future__ import annotations

import pytest

from ingest_lines import lines_of
from synoptic.chapterfront import CHAPTER_NUMBER_LINE, HEADNOTE, capitals_name, chapter_front
from synoptic.folioheads import folio, folio_heads
from synoptic.ingest import ingest_text
from synoptic.layout import Line
from synoptic.raisedmarkers import RAISED_MARKER, glued_after_stop, raised_markers


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


# --- raised markers -----------------------------------------------------------------------------

MARKED = (
    "The harbour board met four times last winter and each time it put off the\n"
    "1\n"
    "vote on the dredging contract. Members said the tender was too vague to\n"
    "judge, and the chair asked officers to bring a fuller account of the costs\n"
    "2\n"
    "in spring. Nothing has been brought since then.\n"
    "1 Harbour Board minutes, 12 January 2025.\n"
    "2 Harbour Board minutes, 9 March 2025."
)


def test_markers_above_their_line_are_glued_after_the_first_stop_of_the_line_below() -> None:
    read = raised_markers(lines_of(MARKED))
    assert read.markers == 2
    assert [item.line for item in read.removed] == [2, 5]
    assert {item.rule for item in read.removed} == {RAISED_MARKER}
    assert (
        texts(read.lines)[1]
        == "vote on the dredging contract.1 Members said the tender was too vague to"
    )
    assert texts(read.lines)[3] == "in spring.2 Nothing has been brought since then."
    assert texts(read.lines)[-2:] == MARKED.split("\n")[-2:]  # the notes as they stand


def test_a_marker_before_a_last_word_alone_and_after_a_closing_quote() -> None:
    assert glued_after_stop("insist.", "3") == "insist.3"
    assert glued_after_stop("“the cover”. Few agree.", "1") == "“the cover”.1 Few agree."


@pytest.mark.parametrize(
    "text",
    [
        # one marker only: a lone `1` and a line opening `1 …` may be chance
        "\n".join(MARKED.split("\n")[:3]) + "\n1 Harbour Board minutes, 12 January 2025.",
        # a note missing: the count breaks
        MARKED.rsplit("\n", 1)[0],
        # a note before its marker: the numbers are a page's, under its notes
        "1 A source of the first page, with its words.\n" + MARKED,
        # the line above ends a sentence: no sentence runs on over the number
        MARKED.replace("put off the\n1", "put it off.\n1"),
        # a blank line around the number: a list's number, a page's
        MARKED.replace("\n1\nvote", "\n\n1\n\nvote"),
        # a note numbered past the last marker: the lone numbers are not all the markers
        MARKED + "\n3 Harbour Board minutes, 4 May 2025.",
    ],
)
def test_lone_numbers_that_are_not_the_whole_shape_are_left_alone(text: str) -> None:
    read = raised_markers(lines_of(text))
    assert read.markers == 0 and not read.removed and texts(read.lines) == text.split("\n")


def test_page_numbers_under_a_pages_notes_are_no_markers() -> None:
    page = (
        "the committee heard the case for the new wall and the case against it,\n"
        "and it chose to wait.\n"
        "1 Minutes of the committee, 4 May 2024.\n"
        "1\n"
        "the second page goes on with the account of what the council did next\n"
        "and how it spent the money. It spent less than it said.\n"
        "2 Minutes of the committee, 9 June 2024.\n"
        "2\n"
        "the third page ends the story of the wall with a short and quiet word. The end."
    )
    assert raised_markers(lines_of(page)).markers == 0


def test_a_date_line_is_no_note_before_a_marker() -> None:
    # (`2 February 2026` over the text opens with a number and a capital, as a note does)
    assert raised_markers(lines_of("2 February 2026\n" + MARKED)).markers == 2


# --- folio heads --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("58 CARRIED ACROSS", 58),
        ("THE TIDE AND THE TOWN 59", 59),
        ("59 CARRIED ACROSS", None),  # an odd folio stands at the right
        ("THE TIDE AND THE TOWN 58", None),  # an even one at the left
        ("ANNUAL REPORT 2025", None),  # a year, no folio
        ("58 Carried Across", None),  # not in capitals
        ("12 MAY.", None),
    ],
)
def test_a_folio_is_read_from_a_head_in_capitals_by_its_side(text: str, found: int | None) -> None:
    assert folio(text) == found


def _pages(first: str, second: str, gap: int = 12) -> list[Line]:
    body = [f"a line of the text that runs on with its sentence, number {i}" for i in range(gap)]
    return lines_of("\n".join([*body, first, *body, second, *body]))


def test_heads_whose_folios_count_up_by_one_are_running_heads() -> None:
    lines = _pages("58 CARRIED ACROSS", "THE TIDE AND THE TOWN 59")
    assert folio_heads(lines) == {13, 26}


@pytest.mark.parametrize(
    ("first", "second", "gap"),
    [
        ("58 CARRIED ACROSS", "THE TIDE AND THE TOWN 61", 12),  # folios that skip
        ("58 CARRIED ACROSS", "THE TIDE AND THE TOWN 59", 4),  # too near for a page
        ("58 CARRIED ACROSS", "58 CARRIED ACROSS", 12),  # no count
    ],
)
def test_heads_that_do_not_count_pages_are_left(first: str, second: str, gap: int) -> None:
    assert folio_heads(_pages(first, second, gap)) == set()


def test_one_head_alone_is_left() -> None:
    assert folio_heads(lines_of("a line\n58 CARRIED ACROSS\nanother line")) == set()


# --- a chapter's front --------------------------------------------------------------------------

FRONT = (
    "7\n"
    "The Tide and the Town\n"
    "ANNA DE VRIES\n"
    "A paper read to the Harbour Society, 12 March 2025\n"
    "The harbour board met four times last winter and each time it put off the vote."
)


def test_a_chapters_number_goes_its_author_is_read_and_its_headnote_gives_its_date() -> None:
    read = chapter_front(lines_of(FRONT))
    assert read.author == "Anna De Vries"
    assert texts(read.lines) == [
        "The Tide and the Town",
        "Anna De Vries",
        "12 March 2025",
        FRONT.split("\n")[-1],
    ]
    assert [(item.line, item.rule) for item in read.removed] == [
        (1, CHAPTER_NUMBER_LINE),
        (4, HEADNOTE),
    ]


def test_a_chapters_front_without_a_headnote_keeps_the_line_under_the_name() -> None:
    text = FRONT.replace("A paper read to the Harbour Society, 12 March 2025\n", "")
    read = chapter_front(lines_of(text))
    assert read.author == "Anna De Vries" and texts(read.lines)[2] == text.split("\n")[3]


@pytest.mark.parametrize(
    "first",
    [
        "On 12 March 2025 the harbour board met for the fourth time that winter",  # goes on
        "In the end the board, which had met four times, met again on 12 March 2025",  # runs on
    ],
)
def test_a_first_line_of_the_text_that_states_a_date_is_no_headnote(first: str) -> None:
    text = FRONT.replace("A paper read to the Harbour Society, 12 March 2025", first).replace(
        "The harbour board met", "the harbour board met"
    )
    read = chapter_front(lines_of(text))
    assert [item.rule for item in read.removed] == [CHAPTER_NUMBER_LINE]
    assert texts(read.lines)[2:] == text.split("\n")[3:]


@pytest.mark.parametrize(
    "text",
    [
        FRONT.replace("ANNA DE VRIES", "By Anna de Vries"),  # a byline that says By
        FRONT.replace("ANNA DE VRIES", "THE HARBOUR BOARD'S RECORD, 2025"),  # no name
        FRONT.replace("7\n", "2026\n"),  # a year is no chapter's number
        FRONT.replace("7\n", ""),  # no number
        FRONT.replace("The Tide and the Town", "The tide came in."),  # a sentence, no title
    ],
)
def test_texts_that_do_not_open_as_a_chapter_are_left(text: str) -> None:
    read = chapter_front(lines_of(text))
    assert not read.removed and texts(read.lines) == text.split("\n")


def test_capitals_name() -> None:
    assert capitals_name("MAREN ODUYA") == "Maren Oduya"
    assert capitals_name("ANN LEE AND BO MA") == "Ann Lee and Bo Ma"
    assert capitals_name("HARBOUR BOARD, 2025") is None
    assert capitals_name("Maren Oduya") is None


# --- the whole shape through ingest -------------------------------------------------------------


def test_a_pdfplumber_chapter_reads_as_its_edition() -> None:
    body = [
        "4",
        "The Tide and the Town",
        "ANNA MARSH",
        "A paper read to the Harbour Society, 12 March 2025",
        *[
            f"The board met again and the members talked about the wall, meeting {i},"
            for i in range(12)
        ],
        "and it put off the vote on the wall for another season of storms.",
        "57",
        "58 HARBOUR ESSAYS",
        *[
            f"the members heard the case for the new wall once more, at meeting {i},"
            for i in range(12)
        ],
        "and the chair asked for the costs of the work on the wall, and of the",
        "1",
        "dredging. Nothing came.",
        "1 Harbour Board minutes, 12 January 2025.",
        "THE TIDE AND THE TOWN 59",
        *[
            f"the town went on waiting for the wall through the long winter, week {i},"
            for i in range(12)
        ],
        "and in spring the",
        "2",
        "sea came in. The wall was never built.",
        "Anna Marsh writes about harbours and the towns that keep them.",
        "2 Harbour Board minutes, 9 March 2025.",
    ]
    made = ingest_text("\n".join(body), "x", "x.txt")
    edition = made.markdown
    assert 'title: "The Tide and the Town"' in edition
    assert 'author: "Anna Marsh"' in edition and 'date: "2025-03-12"' in edition
    assert "dredging.[^1]" in edition and "came in.[^2]" in edition
    assert "[^1]: Harbour Board minutes, 12 January 2025." in edition
    assert "HARBOUR ESSAYS" not in edition and "THE TIDE AND THE TOWN" not in edition
    assert "57" not in edition
