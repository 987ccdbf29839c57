"""Notes that ingested right before the rules for page-foot notes, superscripts and bracketed
markers came in, and must still: each case is a text a review found read wrong (a numbered list
taken for the notes, a unit for a marker, a wrapped note line for a new list, a bio for a
note's last line, a Markdown export refused)."""

from __future__ import annotations

import pytest

from synoptic.footnotes import foot_notes
from synoptic.ingest import ingest_text
from synoptic.layout import Line, normalise
from synoptic.superscripts import superscript_notes
from test_ingest_collection_b import edition_parts

BYLINE = "By Jane Smith\n3 March 2026\n\n"
NOTES = ("[^1]: First source, 2025.", "[^2]: Second source, 2024.")


@pytest.mark.parametrize(
    ("raw", "blocks"),
    [
        pytest.param(
            "Small Flats\n" + BYLINE + "Rents rose by a fifth.¹ Most flats have less than 40 m² "
            "of floor space.\n\nThe council counted 312 in 2024.² Fewer were let.\n\nNotes\n\n"
            "¹ First source, 2025.\n² Second source, 2024.\n",
            [
                "Rents rose by a fifth.[^1] Most flats have less than 40 m² of floor space.",
                "The council counted 312 in 2024.[^2] Fewer were let.",
                "## Notes",
                *NOTES,
            ],
            id="B5 a unit's square after the first marker stays",
        ),
        pytest.param(
            "Rain in the Margins\n" + BYLINE + "Clergy kept diaries.1 Such records are patchy,\n"
            "but they are local.2 They record one garden.3\n\nNotes\n\n"
            "1 First source, 2025.\n2 Housing Act 1988, which sets the rule out in schedule\n"
            "1 to the Act, as amended in 1996.\n3 Third source.\n",
            [
                "Clergy kept diaries.[^1] Such records are patchy, but they are local.[^2] They "
                "record one garden.[^3]",
                "## Notes",
                NOTES[0],
                "[^2]: Housing Act 1988, which sets the rule out in schedule 1 to the Act, as "
                "amended in 1996.",
                "[^3]: Third source.",
            ],
            id="B4 a note wrapped onto a line that starts 1 goes on",
        ),
        pytest.param(
            "# Two Steps\n\nBy Jane Smith\n\n3 March 2026\n\nRents rose.[1] The register "
            "slipped.[2] Two steps:\n\n1. Register every let.\n2. Cap the nights.\n\n"
            "Both can start this year.\n\n## Notes\n\n[1] First source, 2025.\n\n"
            "[2] Second source, 2024.\n",
            [
                "Rents rose.[^1] The register slipped.[^2] Two steps:",
                "1. Register every let.\n2. Cap the nights.",
                "Both can start this year.",
                "## Notes",
                *NOTES,
            ],
            id="B2 a Markdown export giving [1] notes keeps its numbered list",
        ),
        pytest.param(
            "Rain in the Margins\nBy Tomas Whitcombe\n3 June 2024\n\n"
            "Clergy kept diaries of the weather in the margins of their working lives.1\n"
            "Such records are patchy, but they are local and evidence of one garden.2\n\n"
            "Notes\n1 First source, 2025.\n2 Second source, 2024.\n"
            "Tomas Whitcombe teaches history at Ashcombe School and keeps a rain gauge of\n"
            "his own in the garden of the old schoolhouse.\n",
            [
                "Clergy kept diaries of the weather in the margins of their working lives.[^1] "
                "Such records are patchy, but they are local and evidence of one garden.[^2]",
                "Tomas Whitcombe teaches history at Ashcombe School and keeps a rain gauge of his "
                "own in the garden of the old schoolhouse.",
                "## Notes",
                *NOTES,
            ],
            id="B3 a bio right under the last note is a paragraph, set above the notes",
        ),
        pytest.param(
            "Rain in the Margins\nBy Jane Smith\n3 June 2024\n\n"
            "Clergy kept diaries of the weather in the margins of their working lives.1\n"
            "Such records are patchy, but they are local and evidence of one garden.2\n\n"
            "Notes\n1 First source, 2025.\n2 Second source, 2024. On small gardens see also\n"
            "Jane Smith, Small Flats, Aldermouth Press, 2019.\n",
            [
                "Clergy kept diaries of the weather in the margins of their working lives.[^1] "
                "Such records are patchy, but they are local and evidence of one garden.[^2]",
                "## Notes",
                "[^1]: First source, 2025.",
                "[^2]: Second source, 2024. On small gardens see also Jane Smith, Small Flats, "
                "Aldermouth Press, 2019.",
            ],
            id="a note citing the author's own work is no bio",
        ),
        pytest.param(
            "Rain in the Margins\nBy Tomas Whitcombe\n3 June 2024\n\n"
            "The council first counted the lets on 3 May1 in a flat of 40 m2 and one of 3 km2 "
            "in all.2\n\n"
            "Notes\n1 First source, 2025.\n2 Second source, 2024.\n",
            [
                "The council first counted the lets on 3 May[^1] in a flat of 40 m2 and one of "
                "3 km2 in all.[^2]",
                "## Notes",
                *NOTES,
            ],
            id="a unit of length squared is no marker, a month is",
        ),
    ],
)
def test_notes_read_as_before(raw: str, blocks: list[str]) -> None:
    made = ingest_text(raw, "t", "t.txt")
    assert edition_parts(made.markdown)[1] == blocks
    assert made.report.missing_notes == 0


def test_a_numbered_list_at_a_page_foot_is_body_and_the_notes_come_under_notes() -> None:
    """B1: a PDF whose first page ends in a numbered list: the list stays in the body, the notes
    under `Notes` at the end are the footnotes."""
    line = (
        "The council has a choice to make about the old town and its lets, and it\n"
        "should make it with the figures in front of it rather than the slogans of\n"
    )
    raw = (
        f"Three Steps for the Old Town\n{BYLINE}{line * 4}either side. Rents rose by a fifth "
        "in three years.1 The council proposes:\n\n"
        "1. Register every holiday let in the borough before the season.\n"
        "2. Cap the nights a whole house may be let in the year.\n\n1\n\n"
        f"{line * 5}the whole town, and the evidence points both ways.2\n\n2\n\n"
        f"{line * 5}and so the council should vote for the cap.\n\nNotes\n\n"
        "1 First source, 2025.\n2 Second source, 2024.\n\n3\n"
    )
    made = ingest_text(raw, "t", "t.txt")
    blocks = edition_parts(made.markdown)[1]
    assert blocks[1:3] == [
        "1\\. Register every holiday let in the borough before the season.",
        "2\\. Cap the nights a whole house may be let in the year.",
    ]
    assert blocks[-3:] == ["## Notes", *NOTES] and made.report.missing_notes == 0


def test_notes_at_page_feet_stay_notes_above_a_numbered_bibliography() -> None:
    """A bibliography numbered like the notes (`References`, `1. Barker …`) is no endnotes: the
    notes at the feet of the pages are (a second review)."""
    line = (
        "The council has a choice to make about the old town and its lets, and it\n"
        "should make it with the figures in front of it rather than the slogans of\n"
    )
    raw = (
        f"Three Steps for the Old Town\n{BYLINE}{line * 4}either side. Rents rose by a fifth "
        "in three years.1 The council proposes a cap.\n\n1 First source, 2025.\n\n1\n\n"
        f"{line * 5}the whole town, and the evidence points both ways.2\n\n"
        "2 Second source, 2024.\n\n2\n\n"
        f"{line * 5}and so the council should vote for the cap.\n\nReferences\n\n"
        "1. Barker, K. Review of Housing Supply. London: HM Treasury, 2004.\n"
        "2. Smith, J. Small Flats. Aldermouth Press, 2019.\n\n3\n"
    )
    made = ingest_text(raw, "t", "t.txt")
    assert edition_parts(made.markdown)[1][-2:] == list(NOTES)
    assert "Barker" in made.markdown and made.report.missing_notes == 0


def test_notes_numbered_again_by_part_are_matched_to_no_marker_and_warned_of() -> None:
    """Parts I and II each number their notes 1, 2: which list a marker cites is not known
    (Part I's markers got Part II's sources, silently; a second review)."""
    raw = (
        f"Rain in the Margins\n{BYLINE}I. Diaries\n\n"
        "Clergy kept diaries of the weather.1 Such records are local, as no network is.2\n\n"
        "II. Schools\n\nThe school has kept a rain gauge since 1972.1 Pupils read it daily.2\n\n"
        "Notes\n\nI\n1 Parish of Ashcombe, Rain Book.\n2 Met Office, Rainfall, 2020.\n\n"
        "II\n1 Ashcombe School, Log book.\n2 Science Club, poster, 2019.\n"
    )
    made = ingest_text(raw, "t", "t.txt")
    assert "[^" not in made.markdown
    assert any("numbered from 1 again" in warning for warning in made.report.warnings)


@pytest.mark.parametrize(
    "last",
    [
        "Civic Society, Winter survey, 2025.",
        "Civic Society, Winter survey, https://aldermouth.org/survey-2025",
        "Civic Society, Winter survey (2025)",
    ],
)
def test_a_bio_under_a_last_note_that_ends_without_a_stop_is_a_paragraph(last: str) -> None:
    raw = (
        f"Small Flats\n{BYLINE}Rents rose by a fifth in three years.1 Flats are small.2 "
        f"Many stand empty.3\n\nNotes\n\n1 First source, 2025.\n2 Second source, 2024.\n3 {last}\n"
        "Jane Smith is a housing researcher at the University of Aldermouth.\n"
    )
    blocks = edition_parts(ingest_text(raw, "t", "t.txt").markdown)[1]
    # (a paragraph of its own, last of the body: `authornote`)
    assert blocks[-5:] == [
        "Jane Smith is a housing researcher at the University of Aldermouth.",
        "## Notes",
        "[^1]: First source, 2025.",
        "[^2]: Second source, 2024.",
        f"[^3]: {last}",
    ]


@pytest.mark.parametrize(
    "ending",
    [
        "1 Keep the unit open\n2 Fund an ambulance\n\n__________\n\n1 First source, 2025.\n"
        "2 Second source, 2024.\n",
        "1. Keep the unit open.\n2. Fund an ambulance.\n\nNotes\n\n1. First source, 2025.\n"
        "2. Second source, 2024.\n",
    ],
    ids=["the notes under a rule", "the notes under Notes"],
)
def test_a_closing_list_as_long_as_the_notes_is_the_body_s(ending: str) -> None:
    # The notes are the list under the rule or the Notes heading, not the body's own list
    # (a third review: the list got the notes' numbers, or neither was matched).
    raw = f"Closing the Unit\n{BYLINE}Births fell.1 The trust says so.2\n\nWhat to do:\n\n{ending}"
    made = ingest_text(raw, "t", "t.txt")
    assert "Births fell.[^1] The trust says so.[^2]" in made.markdown
    assert edition_parts(made.markdown)[1][-2:] == list(NOTES)
    assert "Keep the unit open" in made.markdown
    assert not any("notes" in warning for warning in made.report.warnings)


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


LIST = ("1. Register every let.", "2. Cap the nights.", "")


@pytest.mark.parametrize(
    ("lines", "furniture", "notes"),
    [
        pytest.param(
            (
                "Rents rose.1 It proposes:",
                "",
                *LIST,
                "1",
                "Pay fell.2 And so",
                "",
                "1 A source.",
                "2 Another.",
                "",
                "2",
                "on.",
            ),
            {6, 12},
            2,
            id="a list above its markers is no notes: the next page's are",
        ),
        pytest.param(
            (
                "Rents rose.1 Pay fell.2 It proposes:",
                "",
                *LIST,
                "1",
                "The end.",
                "",
                "Notes",
                "",
                "1 A source.",
                "2 Another.",
                "",
                "2",
            ),
            {6, 14},
            0,
            id="notes under a heading give them: the list is the body's",
        ),
    ],
)
def test_a_numbered_list_at_a_page_foot(lines: tuple[str, ...], furniture: set[int], notes: int):
    found = foot_notes(_lines(*lines), furniture)
    assert found.notes == notes
    texts = [line.text for line in found.lines]
    assert texts[2:4] == list(LIST[:2])  # the list stays where it stands
    assert sorted(texts) == sorted(lines)  # moved, never lost
    assert texts[-2:] == (["1 A source.", "2 Another."] if notes else list(lines[-2:]))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Rents rose.¹ Flats of 40 m² cost more.²", "Rents rose.[1] Flats of 40 m² cost more.[2]"),
        ("Rents rose.¹ Flats of 40m² cost more.²", "Rents rose.[1] Flats of 40m² cost more.[2]"),
        ("Rents rose.1 A lake of 3 km2 holds it.2", "Rents rose.[1] A lake of 3 km2 holds it.[2]"),
        ("Rents rose.1 The town2 grew.", "Rents rose.[1] The town[2] grew."),  # a word: a marker
    ],
)
def test_a_units_square_or_cube_is_no_marker(text: str, written: str) -> None:
    notes = "¹ A.\n² B." if "¹" in text else "1 A.\n2 B."
    found = superscript_notes(normalise(f"{text}\n\nNotes\n\n{notes}\n"))
    assert found.markers == 2 and found.lines[0].text == written


@pytest.mark.parametrize(
    ("notes", "count"),
    [
        pytest.param("1 A.\n2 B, schedule\n1 to the Act.\n3 C.\n", 3, id="wrapped before a 1"),
        pytest.param("1 A, schedule\n1 to the Act.\n2 B.\n3 C.\n", 3, id="note 1 wrapped so"),
        pytest.param("1 A.\n2 B.\n3 C.\nReferences\n1. http://a\n2. b\n", 3, id="a new list"),
        pytest.param("1 A.\n2 B.\n1 of them.\n", 2, id="wrapped at the end"),
    ],
)
def test_a_list_starts_again_only_where_its_2_follows(notes: str, count: int) -> None:
    markers = " ".join(f"A claim{n}." for n in range(1, count + 1))
    found = superscript_notes(normalise(f"{markers}\n\nNotes\n\n{notes}"))
    assert found.markers == count == len(found.notes_at)
    assert min(found.notes_at) == 5  # the first note is the list's first line
