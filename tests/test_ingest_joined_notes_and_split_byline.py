"""A page's notes joined on one line by a copy (backlinks.joined_back_linked_notes), and a
byline a template sets over lines (splitbyline): each on its shape, and near-misses left
alone. Fixtures of our own (collection MM showed both shapes: a WordPress post read with
BeautifulSoup's `get_text()`)."""

from __future__ import annotations

from ingest_lines import lines_of
from synoptic.backlinks import joined_back_linked_notes
from synoptic.ingest import ingest_text
from synoptic.splitbyline import split_byline

BODY = (
    "The canal was dredged in the spring.1 Boats came back by June.\n"
    "Tolls paid for the work, as the trust had promised.2\n"
)
JOINED = "Notes\nTrust minutes, May 2025. ↩︎Canal Trust, Annual Accounts 2025, p. 4. ↩︎"


def test_notes_joined_on_one_line_are_read_apart_and_numbered() -> None:
    lines, count = joined_back_linked_notes(lines_of(BODY + JOINED))
    assert count == 2
    texts = [line.text for line in lines if not line.blank]
    assert texts[-2:] == [
        "1. Trust minutes, May 2025.",
        "2. Canal Trust, Annual Accounts 2025, p. 4.",
    ]
    # (numbered between the raw lines: no raw line's number given twice)
    numbers = [line.number for line in lines]
    assert len(set(numbers)) == len(numbers) and numbers == sorted(numbers)


def test_notes_joined_on_one_line_with_bracketed_markers() -> None:
    body = "The canal was dredged.[1] Tolls paid for it.[2]\n"
    assert joined_back_linked_notes(lines_of(body + JOINED))[1] == 2


def test_joined_notes_are_left_alone_where_the_markers_do_not_count_alike() -> None:
    body = "The canal was dredged in the spring.1 Boats came back by June.\n"
    lines = lines_of(body + JOINED)
    assert joined_back_linked_notes(lines) == (lines, 0)


def test_a_line_with_arrows_not_under_a_notes_heading_is_left_alone() -> None:
    text = BODY + "Further reading\nTrust minutes, May 2025. ↩︎Canal Trust, p. 4. ↩︎"
    lines = lines_of(text)
    assert joined_back_linked_notes(lines) == (lines, 0)


def test_a_single_note_ending_in_its_way_back_is_not_split() -> None:
    lines = lines_of("The canal was dredged.1\nNotes\nTrust minutes, May 2025. ↩︎")
    assert joined_back_linked_notes(lines) == (lines, 0)


def test_an_arrow_before_a_number_does_not_split_a_note() -> None:
    # (`↩︎ 2`: a way back to a second marker of the same note, not a second note)
    lines = lines_of("A sentence.1 Another.1\nNotes\nTrust minutes, May 2025. ↩︎ 2 ↩︎")
    assert joined_back_linked_notes(lines) == (lines, 0)


PAGE_TOP = "Canal Notes\nAboutArchive\nThe Dredging Question\nBy\nAnn Lee-Hart\n"


def test_a_byline_set_over_lines_is_joined_and_its_separator_and_categories_go() -> None:
    text = PAGE_TOP + "·\n4 March 2026\nin Canals, Local history\nThe canal was dredged."
    lines, removed = split_byline(lines_of(text))
    texts = [line.text for line in lines]
    assert "By Ann Lee-Hart" in texts
    assert "·" not in texts and "Ann Lee-Hart" not in texts
    assert "in Canals, Local history" not in texts and "4 March 2026" in texts
    assert [item.line for item in removed] == [5, 6, 8]


def test_a_byline_set_over_lines_without_a_separator() -> None:
    lines, removed = split_byline(lines_of(PAGE_TOP + "4 March 2026\nThe canal was dredged."))
    assert "By Ann Lee-Hart" in [line.text for line in lines] and len(removed) == 1


def test_a_lone_by_is_left_alone_without_a_name_and_a_date_under_it() -> None:
    for text in (
        PAGE_TOP + "The canal was dredged in 2025.",  # no date under the name
        "Title\nBy\nthe river, where the boats wait\n4 March 2026\nText.",  # no name
        "Title\nBy\nAnn Lee-Hart\nin Canals\n4 March 2026",  # the date not right under
    ):
        lines = lines_of(text)
        assert split_byline(lines) == (lines, [])


def test_categories_stay_where_they_are_a_sentence() -> None:
    text = PAGE_TOP + "4 March 2026\nin Canals, the boats wait for the lock.\nMore."
    lines, removed = split_byline(lines_of(text))
    assert "in Canals, the boats wait for the lock." in [line.text for line in lines]
    assert len(removed) == 1


def test_a_page_with_both_shapes_reads_its_front_and_notes() -> None:
    text = (
        PAGE_TOP
        + "·\n4 March 2026\nin Canals\n"
        + "The canal was dredged in the spring.1 Boats came back by June and the towpath "
        "reopened to walkers.\n"
        + "Tolls paid for the work, as the trust had promised in its plan for the year.2\n"
        + JOINED
        + "\n"
    )
    made = ingest_text(text, "cx", "x.txt")
    assert 'author: "Ann Lee-Hart"' in made.edition
    assert "[^1]: Trust minutes, May 2025." in made.edition
    assert "[^2]: Canal Trust, Annual Accounts 2025, p. 4." in made.edition
    assert "↩︎" not in made.edition.split("\n---\n", 1)[1]  # (the report names it)
