"""A book chapter read by pdfplumber (NN's ia): note markers set on a line of their own above
their line (raisedmarkers.py), a book's running heads read by their folios where no page break
is marked (folioheads.py), and a chapter's opening page (chapterfront.py); each on its shape
and NOT on texts that resemble it. The fixtures are this file's own, not NN's text."""

from __future__ import annotations

import pytest

from synoptic.folioheads import folio, folio_heads
from synoptic.layout import Line


def lines_of(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


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
