"""A document's own paragraph numbers, typed by hand: `1.1`, `2.3` opening each paragraph, as
written evidence, a committee's report or a council's paper numbers them by section, and the
section numbers of its headings (`2.` before `2.1`).

The edition numbers its paragraphs itself (their ids), and these numbers would open every
paragraph's text; they are taken off and counted for the report. Only a sequence is taken
(`1.1`, `1.2`, `2.1`, …: the next number in a section or the first of a later one), each at
the start of a block, so that a paragraph that happens to open with a figure ("3.5 million
people …") keeps it, and a list of notes (`1.`, `2.`) under the last section keeps its labels;
and only where the numbered paragraphs are two thirds of the text's at least, in two sections
or more (an essay quoting four clauses of a contract, `1.1` to `1.4`, keeps their numbers) and
some section has a second (a diary's
dates, `1.1.`, `2.1.`, are no numbering). A heading's number goes where the heading stands
right above its section's first paragraph (not a list's item, not a date: `1 April 2026`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Line, block_starts, blocks_by_blank_lines, looks_like_heading
from .metadata import is_prose, parse_date

PARAGRAPH_NUMBER = re.compile(r"\s*(?P<section>\d{1,2})\.(?P<number>\d{1,3})\.?\s+(?=\S)")
SECTION_NUMBER = re.compile(r"\s*(?P<section>\d{1,2})\.?\s+(?=\S)")
#: Fewer numbered paragraphs are no numbering: a text's figures may open a paragraph or two.
MIN_NUMBERED = 4
NUMBERED_SHARE = 2 / 3  # … nor fewer than two thirds of the text's paragraphs, or one section


@dataclass(frozen=True)
class Numbering:
    lines: list[Line]  # the lines, the numbers taken off
    paragraphs: tuple[str, ...] = ()  # the paragraph numbers taken off, in order ("1.1", …)
    headings: int = 0  # … and how many headings' section numbers


def _follows(at: tuple[int, int], last: tuple[int, int]) -> bool:
    """The next paragraph of the section, or the first of a later one (a section may have
    no numbered paragraph: a heading alone, a list)."""
    return at == (last[0], last[1] + 1) or (last[0] < at[0] <= last[0] + 2 and at[1] == 1)


def typed_numbering(lines: list[Line]) -> Numbering:
    """The lines without the paragraph and section numbers the text types (see the module)."""
    starts = block_starts(lines)
    numbered: dict[int, tuple[int, int]] = {}
    last = (0, 0)
    for i in starts:
        match = PARAGRAPH_NUMBER.match(lines[i].text)
        if not match:
            continue
        at = (int(match["section"]), int(match["number"]))
        if _follows(at, last):
            numbered[i], last = at, at
    prose = sum(is_prose(block) for block in blocks_by_blank_lines(lines))
    if (
        len(numbered) < MIN_NUMBERED
        or len(numbered) < NUMBERED_SHARE * prose
        or all(number == 1 for _, number in numbered.values())
        or len({section for section, _ in numbered.values()}) < 2
    ):
        return Numbering(lines)
    first_of = {section: i for i, (section, number) in numbered.items() if number == 1}
    headings = set()
    for i in starts:
        match = SECTION_NUMBER.match(lines[i].text)
        if i in numbered or not match or int(match["section"]) not in first_of:
            continue
        # right above its section's first numbered paragraph
        first = first_of[int(match["section"])]
        between = [j for j in starts if i < j < first]
        rest = lines[i].text[match.end() :].strip()
        if i < first and not between and looks_like_heading(rest) and not parse_date(rest):
            headings.add(i)
    taken = []
    read = []
    for i, line in enumerate(lines):
        number = PARAGRAPH_NUMBER.match(line.text) if i in numbered else None
        if number:
            taken.append(f"{number['section']}.{number['number']}")
        elif i in headings:
            number = SECTION_NUMBER.match(line.text)
        read.append(Line(line.number, line.text[number.end() :]) if number else line)
    return Numbering(read, tuple(taken), len(headings))
