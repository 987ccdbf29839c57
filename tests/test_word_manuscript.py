"""A Word manuscript read by python-docx (NN's ic): the notes of a list whose numbers were
dropped (listnotes.py), the draft banner and the word count of a typed front
(manuscriptfront.py), and a contact line among a byline's posts (metadata.py)."""

from __future__ import annotations

import pytest

from ingest_lines import lines_of
from synoptic.listnotes import list_notes
from synoptic.manuscriptfront import DRAFT_BANNER, WORD_COUNT_LINE, manuscript_front
from synoptic.metadata import front_bylines

BODY = (
    "Budgets rose sharply in every region that we studied over the decade.1\n"
    "\tThe rise was uneven, and 2 per cent of shops closed. It slowed in spring.2\n"
)


def test_notes_whose_list_numbers_were_dropped_are_numbered_by_the_glued_markers() -> None:
    read = list_notes(
        lines_of(BODY + "\nNotes\nShop survey, 2024.\nCouncil figures.\n\nAnn Lee is a writer.")
    )
    texts = [line.text for line in read.lines]
    assert read.notes == 2 and read.warnings
    assert texts[0].endswith("decade.[1]") and "2 per cent" in texts[1]
    assert texts[1].endswith("spring.[2]")
    assert texts[4:6] == ["[1] Shop survey, 2024.", "[2] Council figures."]
    assert texts[-1] == "Ann Lee is a writer."


@pytest.mark.parametrize(
    "notes",
    [
        "Notes\n1. Shop survey, 2024.\n2. Council figures.",  # numbered in the text
        "Notes\nShop survey, 2024.",  # one line for two markers
        "Notes\nShop survey, 2024.\nCouncil figures.\nA third line.",  # three for two
        "Notes\nShop survey, 2024.\nCouncil figures.\n\nOne paragraph.\n\nAnd another.",
    ],
)
def test_lines_under_notes_that_the_markers_do_not_count_are_left_alone(notes: str) -> None:
    read = list_notes(lines_of(BODY + "\n" + notes))
    assert read.notes == 0 and [line.text for line in read.lines] == (BODY + "\n" + notes).split(
        "\n"
    )


def test_no_glued_markers_no_notes() -> None:
    text = "Budgets rose in every region.\nIt slowed.\n\nNotes\nShop survey.\nCouncil figures."
    assert list_notes(lines_of(text)).notes == 0


def test_a_typed_bracket_marker_is_not_read_as_a_dropped_list() -> None:
    text = BODY.replace("decade.1", "decade.[1]") + "\nNotes\nShop survey.\nCouncil figures."
    assert list_notes(lines_of(text)).notes == 0


FRONT = (
    "DRAFT 3 – for the Guild's spring meeting, 20 March 2026. Please do not cite.\n"
    "\n"
    "Covers and Names\n"
    "By Ann Lee\n"
    "9 March 2026\n"
    "Word count: 714 (excluding notes)\n"
    "\n"
    "The essay's first paragraph, long enough to be prose and no front line of any kind at all "
    "by its length, which runs on past any title's and any byline's, as a paragraph a line does, "
    "for a good many words more than two hundred characters."
)


def test_a_draft_banner_and_a_word_count_go_from_a_manuscript_s_front() -> None:
    kept, gone = manuscript_front(lines_of(FRONT))
    assert [(item.line, item.rule) for item in gone] == [(1, DRAFT_BANNER), (6, WORD_COUNT_LINE)]
    assert kept[0].text == "" and kept[1].text == "Covers and Names"


@pytest.mark.parametrize(
    "first",
    [
        "DRAFT – 14 April 2026",  # a status line with the only date: the front's
        "Draft legislation is due in May, and it will not be cited.",  # a sentence
        "DRAFT DODGERS OF MAY 1968",  # a title in capitals whose first word is DRAFT
    ],
)
def test_a_first_line_that_is_no_banner_stays(first: str) -> None:
    text = FRONT.split("\n", 1)[1]
    if "April" in first:
        text = text.replace("9 March 2026\n", "")
    kept, gone = manuscript_front(lines_of(first + "\n" + text))
    assert kept[0].text == first and all(item.rule != DRAFT_BANNER for item in gone)


def test_a_banner_with_no_blank_line_under_it_stays() -> None:
    text = FRONT.replace("cite.\n\n", "cite.\n")
    kept, gone = manuscript_front(lines_of(text))
    assert all(item.rule != DRAFT_BANNER for item in gone)


def test_a_word_count_in_the_body_stays() -> None:
    text = FRONT.replace("Word count: 714 (excluding notes)\n", "") + "\n\nWord count: 714"
    _, gone = manuscript_front(lines_of(text))
    assert all(item.rule != WORD_COUNT_LINE for item in gone)


def test_a_contact_line_under_a_byline_is_among_its_posts() -> None:
    text = (
        "Covers and Names\nBy Ann Lee and Bo Ma\nUniversity of Veld\nKestrian Books Council\n"
        "Correspondence: a.lee@veld.ac.ks\n9 March 2026\n\nAnn Lee is a lecturer. Bo Ma is one."
    )
    assert sorted(front_bylines(lines_of(text))) == [3, 4, 5]


def test_two_contact_lines_or_a_third_post_are_no_byline_s_posts() -> None:
    three = (
        "Covers and Names\nBy Ann Lee\nUniversity of Veld\nKestrian Books Council\n"
        "Veld Institute of Letters\n9 March 2026"
    )
    two = "Covers and Names\nBy Ann Lee\na.lee@veld.ac.ks\nEmail: b@veld.ac.ks\n9 March 2026"
    assert front_bylines(lines_of(three)) == {} and front_bylines(lines_of(two)) == {}


def test_a_banner_with_no_date_is_left_to_the_status_line_rule() -> None:
    text = FRONT.replace("DRAFT 3 – for the Guild's spring meeting, 20 March 2026. ", "DRAFT. ")
    _, gone = manuscript_front(lines_of(text))
    assert all(item.rule != DRAFT_BANNER for item in gone)
