"""Notes marked by symbols (`*`, `†`): symbolnotes.py, and the edition ingest makes of them."""

from __future__ import annotations

import pytest

from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.symbolnotes import symbol_notes

BODY = "Suburbs were built for one wage.* The houses remain, and so do the roads.†\n\n"


def read(raw: str) -> list[str]:
    return [line.text for line in symbol_notes(normalise(raw)).lines]


@pytest.mark.parametrize(
    "notes",
    [
        pytest.param("* Census of 2021.\n† Travel Survey, 2022.\n", id="a line each"),
        pytest.param("*Census of 2021, table\n4, row 2.\n†Travel Survey, 2022.\n", id="wrapped"),
        pytest.param(
            "* Census of 2021.\n\n† Travel Survey, 2022.\n\nAnn Lee writes on towns.\n",
            id="a bio below",
        ),
    ],
)
def test_symbols_and_their_notes_are_numbered_in_order(notes: str) -> None:
    lines = read(BODY + notes)
    assert lines[0].endswith("one wage.[1] The houses remain, and so do the roads.[2]")
    assert [line for line in lines if line.startswith("[")] == [
        next(line for line in lines if line.startswith("[1] Census")),
        "[2] Travel Survey, 2022.",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("It was *really\ncheap*. And more.*\n\n* One note.\n", id="emphasis wrapped"),
        pytest.param("Two marks.* And two.*\n\n* One note.\n", id="a symbol twice"),
        pytest.param("Out of order.† Then.*\n\n* One.\n† Two.\n", id="out of order"),
        pytest.param("No note at all.* Here.\n", id="no note"),
        pytest.param("Under § 4 of the Act.\n\n§ 4 The Act.\n", id="a statute's section"),
        pytest.param("Lists:\n\n* apples\n* pears\n", id="a list"),
    ],
)
def test_near_misses_stay_as_written(raw: str) -> None:
    assert symbol_notes(normalise(raw)).symbols == ()
    assert read(raw) == raw.split("\n")[: len(read(raw))]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("It was *really* cheap.* And more.", id="emphasis before"),
        pytest.param("It was cheap.* Most were *rented*, not owned.", id="emphasis after"),
        pytest.param("A **bold** claim.* And more.", id="bold"),
    ],
)
def test_emphasis_on_a_markers_line_is_no_marker(line: str) -> None:
    raw = f"{line}\n\n* One note.\n"
    assert symbol_notes(normalise(raw)).symbols == ("*",)
    assert [text for text in read(raw) if text] == [line.replace(".*", ".[1]"), "[1] One note."]


def test_the_edition_has_the_notes_and_the_report_says_how_they_were_marked() -> None:
    raw = "The Long Noon\nBy Ann Lee\n\n" + BODY + "* Census of 2021.\n† Travel Survey, 2022.\n"
    made = ingest_text(raw, "t", "t.txt")
    assert "one wage.[^1]" in made.markdown and "roads.[^2]" in made.markdown
    assert "[^1]: Census of 2021." in made.markdown and "[^2]: Travel Survey" in made.markdown
    assert "2 symbols as markers (*, †), numbered in that order" in made.edition
