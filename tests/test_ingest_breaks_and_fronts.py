"""Rules that came of collection J (tests/data/collection_j/README.md), each on small texts of
our own: what its typographic evidence recognises, and what looks alike and must stay."""

from __future__ import annotations

import textwrap

import pytest

from synoptic.ingest import ingest_text
from test_ingest_collection_b import edition_parts

FIRST = (
    "The council has asked whether the small unit should close and its births move to the "
    "city, forty kilometres away. The answer depends on the road, the staff and the money, "
    "and on who is asked before anything is decided by the board."
)
SECOND = (
    "Nobody disputes that most labours end well wherever they happen. The difficulty lies in "
    "the few that do not, and in the minutes they allow before help must arrive at the door."
)


def wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 40)


def paragraphs(raw: str) -> list[str]:
    return edition_parts(ingest_text(raw, "t", "t.txt").markdown)[1]


# --- a paragraph cut by a column or page break runs on ------------------------------------------


def _cut(lines: list[str], at: int, gap: str = "\n\n") -> str:
    return "\n".join(lines[:at]) + gap + "\n".join(lines[at:])


def test_a_paragraph_cut_at_a_column_break_runs_on() -> None:
    # A full line that ends no sentence, a blank line, the rest in lower case: one paragraph.
    first = wrapped(FIRST)
    cut = next(i for i in range(1, len(first)) if first[i][0].islower())
    raw = "Closing the Unit\n\n" + _cut(first, cut) + "\n\n" + "\n".join(wrapped(SECOND)) + "\n"
    assert paragraphs(raw) == [FIRST, SECOND]


@pytest.mark.parametrize(
    "second",
    [
        # the line above is short: the paragraph ended there, without a stop
        "and on who is asked\n\nwhat they think of it, in the valley and in the city alike, "
        "before anything is decided",
        # a capital after a full line with no stop: a heading or a new paragraph, not a run-on
        "and on who is asked before anything is\n\nWhat the board decided and when it met",
    ],
    ids=["short line above", "capital below"],
)
def test_a_break_after_a_line_that_is_not_full_or_before_a_capital_stays(second: str) -> None:
    head = "\n".join(wrapped(FIRST)[:-2])
    blocks = paragraphs(f"Closing the Unit\n\n{head}\n{second}\n\n" + "\n".join(wrapped(SECOND)))
    assert len(blocks) == 3 and blocks[2] == SECOND


def test_a_web_page_s_lines_never_run_on_across_a_blank() -> None:
    # One paragraph per line (no wrap width): a line without a stop is a whole paragraph.
    raw = "\n\n".join(
        ["Closing the Unit", FIRST, f"{FIRST[:-1]} and the whole of the valley"]
        + [f"and this line goes on in lower case, as a list item might: {SECOND}"]
        + [SECOND, FIRST, SECOND]
    )
    assert len(paragraphs(raw)) == 6
