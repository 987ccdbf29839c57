"""A text typeset for a terminal (`nroff`, `groff -Tutf8 | col -b`), as docs/editions.md
describes it: its pages, and the heads and feet set on them.

nroff sets pages of a fixed number of lines (66 by default) with no form feed between them once
`col -b` has read its output (or `grotty -c` wrote none): each page's blank top margin, its text,
its foot, its blank bottom margin. A page is numbered `- N -` (hyphens or minus signs), alone or
between a left and a right string set apart by wide gaps (`MA/1   − 1 −   Draft`), or bare at
the end of a foot that says the same on every page (`Wessmoor Working Papers, no. 46      2`),
on the same line of every page. The pages are known so only where such numbers count the pages
on in order (2 to n where the first page is unnumbered, as `ms` sets it), two at least,
exactly one a page and each the same number of lines below the last, and the text ends within
the last page.

Then the page-number lines go, and so does a line among a page's first or last three lines of
text that stands alone between blank lines in parts parted by a wide gap (a running head,
`Noise Cameras on Trial       20 March 2026`): a sentence's words are never set so far apart,
even justified; among the last lines only, where another page sets a foot on the same line of
its page (a list's item ending the text, `Annex B        Letters …`, is the text's). A line
alone that is the same on the same line of every page goes too (`.DA`'s date at each foot).
Where the numbers do not count the pages so, nothing is read.
"""

from __future__ import annotations

import re

from .furniture import Removed
from .layout import Line, ends_sentence
from .metadata import line_date

# A page's number between hyphens or minus signs, alone or between a foot's other strings.
PAGE_MARK = re.compile(r"(?:^|\s{2,})[-−‐–]\s?(?P<n>\d{1,4})\s?[-−‐–](?:\s{2,}|$)")
# … or bare at a foot's end, after a wide gap and a string said alike on every page (a series'
# name: `Wessmoor Working Papers in Evaluation, no. 46      2`).
FOOT_NUMBER = re.compile(r"(?P<rest>\S.*?)\s{4,}(?P<n>\d{1,4})")
GAP = re.compile(r"\S\s{6,}\S")  # a head's or foot's strings, set apart
PAGE_MIN_LINES = 20  # a page of a terminal's text: no page is shorter
EDGE_LINES = 3  # a head or a foot among a page's first or last lines of text
PART_MAX_WORDS = 8

TERMINAL_NUMBER = "a terminal's page: its number (`- N -`, or a foot's last) and the foot's strings"
TERMINAL_HEAD = "a terminal's page: a head or foot alone, its strings set wide apart"
TERMINAL_REPEATED = (
    "a terminal's page: a head or foot alone, the same line at the same place on every page"
)


def terminal_pages(raw: str) -> list[int]:
    """The raw line numbers on which pages begin, where the text is so typeset (see the
    module); none otherwise (a text that marks its pages with form feeds too)."""
    if "\f" in raw:
        return []
    lines = raw.split("\n")
    if lines and not lines[-1]:
        lines.pop()  # (the file's last line end)
    marks = [
        (index, int(match["n"]))
        for index, line in enumerate(lines)
        if len(line) <= 100 and (match := PAGE_MARK.search(line.rstrip()))
    ]
    if len(marks) < 2:
        marks = _foot_numbers(lines)
    if len(marks) < 2:
        return []
    numbers = [n for _, n in marks]
    if numbers[0] not in (1, 2) or numbers != list(range(numbers[0], numbers[0] + len(marks))):
        return []
    steps = {b - a for (a, _), (b, _) in zip(marks, marks[1:], strict=False)}
    if len(steps) != 1 or (length := steps.pop()) < PAGE_MIN_LINES:
        return []
    # each number on its page, the same line of each; the text ends within the last
    offset, pages = marks[0][0] - (numbers[0] - 1) * length, numbers[-1]
    if not 0 <= offset < length or not (pages - 1) * length < len(lines) <= pages * length:
        return []
    return [page * length + 1 for page in range(pages)]


def _foot_numbers(lines: list[str]) -> list[tuple[int, int]]:
    """The lines that end in a page's number after a wide gap, each with its number, where the
    strings before it are alike on every such line; none otherwise."""
    found = [
        (index, match)
        for index, line in enumerate(lines)
        if len(line) <= 100 and (match := FOOT_NUMBER.fullmatch(line.strip()))
    ]
    if len({match["rest"] for _, match in found}) != 1:
        return []
    return [(index, int(match["n"])) for index, match in found]


def is_page_number(text: str) -> bool:
    """A line that numbers its page: `- N -`, or a foot ending in its number after a gap."""
    return bool(PAGE_MARK.search(text.rstrip()) or FOOT_NUMBER.fullmatch(text.strip()))


def page_edges(lines: list[Line], starts: list[int]) -> list[Removed]:
    """The pages' numbers, heads and feet (see the module), with the pages known."""
    if not starts:
        return []
    pages: list[list[int]] = [[] for _ in starts]  # each page's lines of text, by index
    for index, line in enumerate(lines):
        if not line.blank:
            page = sum(1 for start in starts if start <= line.number) - 1
            pages[max(page, 0)].append(index)
    removed: list[Removed] = []
    repeated = _repeated(lines, starts, pages)
    feet = _foot_places(lines, starts, pages)
    for number, page in enumerate(pages):
        for index in {*page[:EDGE_LINES], *page[-EDGE_LINES:]}:
            line = lines[index]
            # (a line among the page's last only, where no other page sets a foot: the text's,
            # a list's last item `Annex B         Letters …`, a signature line)
            foot = index not in page[:EDGE_LINES]
            placed = not foot or _place(line, starts, number) in feet
            if is_page_number(line.text):
                removed.append(Removed.of(line, TERMINAL_NUMBER))
            elif _alone(lines, index) and _set_apart(line.text) and placed:
                removed.append(Removed.of(line, TERMINAL_HEAD))
            elif index in repeated:
                removed.append(Removed.of(line, TERMINAL_REPEATED))
    return sorted(removed, key=lambda item: item.line)


def _place(line: Line, starts: list[int], page: int) -> int:
    """The line of its page a line stands on (0: the page's first)."""
    return line.number - starts[page]


def _foot_places(lines: list[Line], starts: list[int], pages: list[list[int]]) -> set[int]:
    """The lines of their pages where a foot stands on two pages at least: a page's number, or
    a line alone whose strings are set wide apart, among a page's last lines."""
    seen: dict[int, set[int]] = {}
    for number, page in enumerate(pages):
        for index in page[-EDGE_LINES:]:
            text = lines[index].text
            if is_page_number(text) or (_alone(lines, index) and _set_apart(text)):
                seen.setdefault(_place(lines[index], starts, number), set()).add(number)
    return {place for place, found in seen.items() if len(found) >= 2}


def _repeated(lines: list[Line], starts: list[int], pages: list[list[int]]) -> set[int]:
    """The lines among the pages' first or last lines of text that stand alone between blank
    lines, each the same text on the same line of every page (or of every page but the first,
    which `ms` sets with no head): a running head or foot of one string (`.DA`'s date, centred
    at every page's foot). Two pages at least; a sentence run over a page break never stands
    so on each."""
    if len(pages) < 2:
        return set()
    places: dict[tuple[str, int], dict[int, int]] = {}  # (text, line of its page): {page: index}
    for number, page in enumerate(pages):
        for index in {*page[:EDGE_LINES], *page[-EDGE_LINES:]}:
            line = lines[index]
            if _alone(lines, index) and not is_page_number(line.text):
                key = (line.text.strip(), line.number - starts[number])
                places.setdefault(key, {})[number] = index
    every = set(range(len(pages)))
    return {
        index
        for found in places.values()
        if set(found) in (every, every - {0}) and len(found) >= 2
        for index in found.values()
    }


def _alone(lines: list[Line], index: int) -> bool:
    return all(0 <= i < len(lines) and lines[i].blank for i in (index - 1, index + 1))


def _set_apart(text: str) -> bool:
    """A head's strings: two or three, a few words each, parted by wide gaps, no sentence."""
    parts = re.split(r"\s{6,}", text.strip())
    return (
        bool(GAP.search(text))
        and len(parts) <= 3
        and all(len(part.split()) <= PART_MAX_WORDS for part in parts)
        and not ends_sentence(text)
    )


def page_date(removed: list[Removed]) -> dict[str, str]:
    """The date a head or foot of one string says on every page (`ms`'s `.DA`, centred at each
    page's foot): the text's date where no line of the text states one."""
    dates = {line_date(item.text) for item in removed if item.rule == TERMINAL_REPEATED}
    dates.discard(None)
    return {"date": dates.pop()} if len(dates) == 1 else {}
