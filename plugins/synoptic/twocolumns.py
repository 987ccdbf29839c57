"""A two-column page as `pdftotext -layout` prints it, as docs/editions.md describes it.

`-layout` keeps a page's look: where the page is set in two columns, each printed line holds a
line of the left column, a run of spaces (the gutter) and a line of the right column, two
unrelated half-sentences. Such a page is known by its gutter: a column at which the right-hand
text starts, after two spaces or more, on eight lines or more of the page, each a line of prose
on both sides (words of letters, the left side filling most of its column, the right side
twenty characters or more), and on a third of the page's lines of text at least. A table's
columns of figures, an indented quotation or a poem has no such lines: its page is read as it
stands, as is a page set in one column (an article's last page, its lines at full left).

On such a page the lines are read in order, each set either across the page (a line with text
in the gutter: a title block over both columns, an abstract, a foot) or in the columns (the run
of lines whose text leaves the gutter blank, around those that hold both sides). A run in the
columns is read column by column, left then right, each column's lines at its own left edge
again (a paragraph's indent kept), and the lines across the page stay where they stand.

Within the columns:

- where a column marks its paragraphs by indents (a line indented two spaces or more under a
  line ending a sentence, no blank line between), a blank row in one column beside a line of
  the other is the other column's spacing (around its heading), no gap of this one: it goes;
  a row blank in both stays;
- the notes at a column's foot (a blank row, then a note's number alone on its line over its
  indented text, `1` / `    Application records …`, as `-layout` sets a raised label, and
  each further note so), their numbers counting up from the page's first and each glued to a
  word in the columns (`locality.1`), are set after both columns, at the page's foot, each
  number on its note's first line (`1 Application records …`), where the rules for a page's
  notes read them (the text a word broken over the column break, `re-` / `cords`, ran across
  then closes up).

Where a page's columns are not clean, the page is read as well as the evidence allows, and the
report warns with the lines:

- a line of a column reaching into the gutter (a long word set over it), between two lines with
  text on both sides, is read as a line of each column, parted at the first space at the
  gutter or past it (where `-layout` set the right column's text, pushed along by the left's),
  where its right side so parted fits the right column's measure; a longer line spans both
  measures (a caption across the page, no blank line round it) and stays across;
- a side of the gutter that is itself two columns side by side (a newsletter's three) is read
  column by column too, the page's columns left to right.

The text so read is the text the other rules read (its lines numbered as so set, and the report
says so).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .furniture import FIRST_PAGE_HEAD, PAGE_NUMBER, RUNNING_HEAD, Removed
from .layout import BROKEN_WORD

#: A word's start after a space: where a line reaching into the gutter may part.
WORD_START = re.compile(r"(?<= )\S")
#: A run of two spaces or more, then text: where a right-hand side may start.
GAP = re.compile(r"(?<=\S)( {2,})(?=\S)")
#: A gap that parts a page's head or foot (its page number at the far side).
EDGE_GAP = re.compile(r" {5,}")
#: A page number, alone in its part of a page's edge.
PAGE_NUMBER_PART = re.compile(r"\d{1,4}")
#: A range of pages (an article's, in its journal's line).
PAGE_RANGE = re.compile(r"(?<!\d)(\d{1,4})\s*[–-]\s*(\d{1,4})(?!\d)")
#: A word of letters (three or more).
WORD = re.compile(r"[^\W\d_]{3,}")
#: A note's number alone on its line (a raised label `-layout` sets above its text).
LABEL = re.compile(r"\s*(\d{1,3})\s*$")
#: A line ending a sentence (a marker or a closing quote after its stop).
SENTENCE_END = re.compile(r"[.!?:][’”\")\]]?\d{0,3}\s*$")

MIN_PROSE_ROWS = 8  # lines of prose on both sides of the gutter on a page
RIGHT_MIN = 20  # characters on the right side of such a line
RIGHT_INDENT = 4  # a right column's indent past the gutter (a paragraph's, a note's)
LEFT_FILL = 0.6  # the part of the left column such a line's left side fills at least


#: How far past the gutter a line's right-hand text may have been pushed by the left's (a word).
PUSHED = 16


@dataclass(frozen=True)
class PageRead:
    text: str
    notes: int = 0  # notes at a column's foot set at the page's foot
    parted: tuple[int, ...] = ()  # lines reaching into the gutter, parted at a guess (0-based)
    three: tuple[int, ...] = ()  # lines of a run read as three columns (0-based)


@dataclass(frozen=True)
class TwoColumns:
    text: str
    pages: int = 0  # pages read column by column
    notes: int = 0  # notes at a column's foot set at their page's foot
    removed: tuple[Removed, ...] = ()  # the pages' heads, feet and numbers (lines of `text`)
    origin: tuple[int, ...] = ()  # each line of `text`: the raw line it came from (1-based)
    warnings: tuple[str, ...] = ()  # where the columns were not clean: the lines to check

    @property
    def found(self) -> bool:
        return bool(self.pages)


def _prose(side: str) -> bool:
    return len(WORD.findall(side)) >= 2


def gutter(lines: list[str]) -> int | None:
    """The column at which a page's right-hand column starts, if the page is set in two."""
    starts: Counter[int] = Counter()
    for line in lines:
        for gap in GAP.finditer(line):
            starts[gap.end()] += 1
    texts = sum(1 for line in lines if line.strip())
    for column, _ in starts.most_common(3):
        rows = [
            line
            for line in lines
            if len(line) > column
            and line[column - 2 : column] == "  "
            and not line[column].isspace()
            and line[:column].strip()
            and _prose(line[:column])
            and _prose(line[column:])
            and len(line[column:].strip()) >= RIGHT_MIN
            and len(line[:column].rstrip()) >= LEFT_FILL * column
        ]
        if len(rows) >= MIN_PROSE_ROWS and 3 * len(rows) >= texts and _wrapped(lines, column):
            return column
    return None


def _runs_on(line: str, below: str, measure: int) -> bool:
    """The column's line runs on to the one below it as prose wraps: the line below goes on in
    lower case (or closes up a word broken at the line's end), and its first word would not
    have fitted on the line."""
    line, below = line.strip(), below.strip()
    if not line or not below:
        return False
    first = below.split()[0]
    broken = bool(BROKEN_WORD.search(line)) and below[0].isalpha()
    return (broken or below[0].islower()) and len(line) + 1 + len(first) > measure


def _wrapped(lines: list[str], column: int) -> bool:
    """Each side of the gutter is a column of prose: in each, a third of its lines at least
    (two or more) run on to the next as wrapped lines do. A text whose halves are pairs (a poem's
    half-lines, a term and its definition, a date or a post and its entry) has no such runs on
    one side or the other: its halves are read as they stand, side by side."""
    lines = [  # (the lines of both columns: a line across the page or of one side is neither's)
        line if _fits(line, column) and line[:column].strip() and line[column:].strip() else ""
        for line in lines
    ]
    for side in (
        [line[:column] for line in lines],
        [line[column:] if len(line) > column else "" for line in lines],
    ):
        texts = [line.strip() for line in side]
        margin = _margin(side)
        measure = max(  # (the column's measure: its lines at its left edge, no note's indented)
            (len(text) for line, text in zip(side, texts) if text and _margin([line]) == margin),
            default=0,
        )
        pairs = [(a, b) for a, b in zip(texts, texts[1:]) if a and b]
        runs = sum(_runs_on(a, b, measure) for a, b in pairs)
        if runs < 2 or 3 * runs < len(pairs):
            return False
    return True


def _fits(line: str, column: int) -> bool:
    """The line leaves the gutter blank: no text on the two columns before `column`."""
    return not line[max(column - 2, 0) : column].strip()


def _margin(lines: list[str]) -> int:
    return min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)


def _indented_paragraphs(column: list[str]) -> bool:
    """The column marks its paragraphs by indents: an indented line under a sentence's end."""
    return any(
        below.startswith("  ")
        and below.strip()
        and above.strip()
        and not above.startswith(" ")
        and SENTENCE_END.search(above)
        for above, below in zip(column, column[1:])
    )


def _foot_notes(column: list[str], body: str) -> tuple[list[str], list[list[str]]]:
    """The column's lines above its notes, and each note at its foot (`-layout`'s raised label
    alone over its indented text), where the numbers are glued to words in `body`."""
    for start in range(1, len(column)):
        if column[start - 1].strip() or not (label := LABEL.fullmatch(column[start])):
            continue
        notes: list[list[str]] = []
        for line in column[start:]:
            if found := LABEL.fullmatch(line):
                notes.append([found.group(1)])
            elif line.strip() and not line.startswith("  "):
                break
            elif line.strip():
                notes[-1].append(line.strip())
        else:
            numbers = [int(note[0]) for note in notes]
            glued = all(
                re.search(rf"[^\W\d_][.,;:!?’”\")]?{n}(?!\d)", body) for n in numbers
            ) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
            if label and glued and all(len(note) > 1 for note in notes):
                return column[:start], notes
        break
    return column, []


def part_at(line: str, column: int) -> int | None:
    """Where a line reaching into the gutter parts into its columns' lines: the first word at the
    gutter or past it (`-layout` sets the right column's text at its place, or pushed along by a
    long left line), the right-hand side prose and the left not blank."""
    found = WORD_START.search(line, max(column - 2, 0))
    if found is None or found.start() > column + PUSHED:
        return None
    at = found.start()
    return at if line[:at].strip() and _prose(line[at:]) else None


def _sides(rows: list[str], column: int, parts: dict[int, int]) -> tuple[list[str], list[str]]:
    """The run's left and right sides, each row parted at the gutter (or where `parts` says)."""
    cuts = [parts.get(i, column) for i in range(len(rows))]
    left = [line[:cut].rstrip() for line, cut in zip(rows, cuts)]
    right = [line[cut:].rstrip() if len(line) > cut else "" for line, cut in zip(rows, cuts)]
    return left, right


def _read_side(side: list[str]) -> tuple[list[str], int, bool]:
    """A side of the gutter as it stands, or read column by column where it is two columns
    itself (a page's three); its notes, and whether it was."""
    inner = gutter(side)
    if inner is None:
        return side, 0, False
    lines, notes = _read_columns(side, inner)[:2]
    return lines, notes, True


def _read_columns(
    rows: list[str], column: int, parts: dict[int, int] | None = None
) -> tuple[list[str], int, bool]:
    """A run of lines in the columns, read left column then right; its notes; and whether a side
    was itself two columns (`parts`: rows parted elsewhere than at the gutter, by index)."""
    left, right = _sides(rows, column, parts or {})
    indent = min(_margin(left), _margin(right))
    margin = _margin(right)
    left = [line[indent:] for line in left]
    right = [line[margin:] for line in right]
    left, left_inner, three_left = _read_side(left)
    right, right_inner, three_right = _read_side(right)
    body = "\n".join(left + right)
    left, left_notes = _foot_notes(left, body)
    right, right_notes = _foot_notes(right, body)
    three = three_left or three_right
    if not three and _indented_paragraphs(left + right):  # (rows side by side still)
        left, right = _kept(left, right), _kept(right, left)
    left = _trimmed(left)
    right = _trimmed(right)
    lines = left + right
    notes = left_notes + right_notes
    if notes:  # (one block, as a page's notes stand at its foot)
        lines.append("")
    for note in notes:
        lines += [f"{note[0]} {note[1]}", *note[2:]]
    return lines, len(notes) + left_inner + right_inner, three


def _kept(column: list[str], other: list[str]) -> list[str]:
    """The column without its blank rows beside a line of the other column (its spacing)."""
    return [
        line
        for i, line in enumerate(column)
        if line.strip() or i >= len(other) or not other[i].strip()
    ]


def _trimmed(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return lines


def _parted(lines: list[str], column: int, both: set[int]) -> dict[int, int]:
    """The lines reaching into the gutter between two lines with text on both sides (a column's
    line with a long word over the gutter), and where each parts: where its right-hand side
    would fit the right column's measure. A line across the page (a caption, a pull quote set
    between the columns' rows with no blank line round it) spans both measures: parted, its
    right side would be longer than any line of the right column (review 38), and it stays."""
    measure = max((len(lines[i][column:].rstrip()) for i in both), default=0)
    found = {}
    for i in range(1, len(lines) - 1):
        if i - 1 in both and i + 1 in both and not _fits(lines[i], column):
            at = part_at(lines[i], column)
            if at is not None and len(lines[i][at:].rstrip()) <= measure:
                found[i] = at
    return found


def read_page(page: str) -> PageRead | None:
    """A page read column by column, with its notes and the lines to check, if it is set in two
    columns."""
    lines = page.split("\n")
    column = gutter(lines)
    if column is None:
        return None
    both = {  # (lines with text on both sides, the right side at the gutter or indented there)
        i
        for i, line in enumerate(lines)
        if _fits(line, column)
        and line[:column].strip()
        and line[column : column + RIGHT_INDENT + 1].strip()
    }
    parted = _parted(lines, column, both)
    out: list[str] = []
    notes = 0
    three: list[int] = []
    i = 0
    while i < len(lines):
        if not (i in parted or _fits(lines[i], column)) or not any(j >= i for j in both):
            out.append(lines[i])
            i += 1
            continue
        end = i
        while end < len(lines) and (end in parted or _fits(lines[end], column)):
            end += 1
        run = lines[i:end]
        rows = sorted(j - i for j in both if i <= j < end)
        if not rows:
            out += run
        else:
            # (the columns: from the first line with text on both sides to the last, and the
            # lines of text touching them; a page's head or foot, set apart, stays across)
            head, tail = rows[0], rows[-1] + 1
            while head > 0 and run[head - 1].strip():
                head -= 1
            while tail < len(run) and run[tail].strip():
                tail += 1
            parts = {j - i - head: at for j, at in parted.items() if i + head <= j < i + tail}
            read, found, in_three = _read_columns(run[head:tail], column, parts)
            out += run[:head] + read + run[tail:]
            notes += found
            if in_three:
                three += [i + head, i + tail - 1]
        i = end
    return PageRead("\n".join(out), notes, tuple(sorted(parted)), tuple(three))


def _edges_apart(page: str) -> str:
    """The page with its first and last lines of text set as their parts, one a line, where a
    wide gap parts them (a running head and its page number, a journal's line and its DOI)."""
    lines = page.split("\n")
    texts = [i for i, line in enumerate(lines) if line.strip()]
    for i in sorted({texts[0], texts[-1]} if texts else (), reverse=True):
        parts = EDGE_GAP.split(lines[i].strip())
        if len(parts) > 1:
            lines[i : i + 1] = parts
    return "\n".join(lines)


def two_columns(text: str) -> TwoColumns:
    """The text with each page set in two columns read column by column (see the module)."""
    if "\n" not in text:
        return TwoColumns(text)
    pages = text.split("\f")
    read = 0
    notes = 0
    parted: list[int] = []  # (raw lines, 1-based)
    three: list[tuple[int, int]] = []
    start = 1  # (the raw page's first line)
    for n, page in enumerate(pages):
        if (got := read_page(page)) is not None:
            pages[n] = got.text
            read += 1
            notes += got.notes
            parted += [start + i for i in got.parted]
            three += [(start + a, start + b) for a, b in zip(got.three[::2], got.three[1::2])]
        start += page.count("\n")
    if not read:
        return TwoColumns(text)
    pages = [_edges_apart(page) for page in pages]
    read_text = "\f".join(pages)
    return TwoColumns(
        read_text,
        read,
        notes,
        tuple(page_edges(read_text)),
        tuple(origins(text, read_text)),
        column_warnings(parted, three),
    )


def column_warnings(parted: list[int], three: list[tuple[int, int]]) -> tuple[str, ...]:
    """The report's warnings where a page's columns were not clean (raw lines, 1-based)."""
    warnings = []
    if parted:
        warnings.append(
            "a line of a page set in two columns reaches into the gutter between them "
            f"({len(parted)} in all: lines {', '.join(map(str, parted))}): read as a line of "
            "each column, parted at the first word at the gutter or past it; check against the "
            "source where the left column's line ends, and that it is no short line across the "
            "page (a caption) parted there"
        )
    if three:
        warnings.append(
            "a page set in three columns side by side (lines "
            + ", ".join(f"{a}–{b}" for a, b in three)
            + "): read column by column, left to right; check the order against the source"
        )
    return tuple(warnings)


def parts(line: str) -> set[str]:
    """A raw line's parts, parted by gaps of two spaces or more."""
    return {part.strip("\f") for part in re.split(r" {2,}", line.strip())}


def origins(raw: str, read: str) -> list[int]:
    """Each line of the text so read, the raw line it came from (1-based): the raw line of its
    page that holds it (a column's half, a part of an edge, a note's text under its label), each
    raw line's halves taken in turn; a blank line, the raw line of the line above it."""
    found: list[int] = []
    start = 1  # (the raw page's first line)
    for raw_page, read_page_ in zip(raw.split("\f"), read.split("\f"), strict=True):
        raw_lines = raw_page.split("\n")
        if found:  # (the line a form feed opens is the last line's of the page above, too)
            found.pop()
        taken: Counter[int] = Counter()
        for line in read_page_.split("\n"):
            text = line.strip("\f").strip()
            label = re.match(r"\d{1,3} (?=\S)", text)  # (a note's number set on its first line)
            keys = [text, text[label.end() :]] if label else [text]
            at = next(
                (
                    n
                    for key in keys
                    if key
                    for n in sorted(
                        (n for n, raw_line in enumerate(raw_lines) if key in raw_line),
                        # (a raw line not yet taken, one whose part it is whole first: a page's
                        # number `41` is its foot's, not a part of the journal's line's `41–42`)
                        key=lambda n: (taken[n] > 0, key not in parts(raw_lines[n]), n),
                    )
                ),
                None,
            )
            if at is None:
                found.append(found[-1] if found else start)
                continue
            taken[at] += 1
            found.append(start + at)
        start += len(raw_lines) - 1
    return found


def page_edges(text: str) -> list[Removed]:
    """The pages' numbers, and the heads and feet beside them, among each page's first and last
    lines (each a part of an edge line set apart), where the numbers count up by one from page
    to page, one a page, on two pages or more; and on the first page, its first line when it
    gives the pages' range (a journal's line, `… 12 (2026) 41–42`), with the line beside it."""
    lines = text.split("\n")
    pages: list[list[int]] = [[]]  # each page's lines of text (indices)
    for i, line in enumerate(lines):
        if i and line.startswith("\f"):
            pages.append([])
        if line.strip("\f").strip():
            pages[-1].append(i)
    pages = [page for page in pages if page]
    numbered: list[tuple[int, int, int]] = []  # (page, index, number)
    for n, page in enumerate(pages):
        found = [
            (n, i, int(lines[i].strip("\f").strip()))
            for i in (page[:2] + page[-2:])
            if PAGE_NUMBER_PART.fullmatch(lines[i].strip("\f").strip())
        ]
        if len({i for _, i, _ in found}) == 1:
            numbered.append(found[0])
    counted = [
        (n, i, number)
        for (n, i, number), (m, _, previous) in zip(numbered[1:], numbered)
        if n == m + 1 and number == previous + 1
    ]
    if not counted:
        return []
    numbered = [item for item in numbered if item[0] == counted[0][0] - 1] + counted
    removed: list[Removed] = []
    for n, i, _ in numbered:
        page = pages[n]
        removed.append(Removed(i + 1, lines[i].strip("\f").strip(), PAGE_NUMBER))
        # (the head or foot beside it: the part next to it, at the same edge)
        at = page.index(i)
        beside = page[at + 1] if at < 2 else page[at - 1]
        if beside in page[:2] + page[-2:] and (at < 2) == (page.index(beside) < 2):
            removed.append(Removed(beside + 1, lines[beside].strip("\f").strip(), RUNNING_HEAD))
    first, last = numbered[0][2], numbered[-1][2]
    head = pages[0][0]
    if (found := PAGE_RANGE.search(lines[head])) and (
        int(found.group(1)) <= first and last <= int(found.group(2))
    ):
        removed.append(Removed(head + 1, lines[head].strip("\f").strip(), FIRST_PAGE_HEAD))
        if len(pages[0]) > 1 and pages[0][1] == head + 1:
            nxt = lines[head + 1].strip()
            if " " not in nxt:  # (the DOI or address beside it, set apart on its line)
                removed.append(Removed(head + 2, nxt, FIRST_PAGE_HEAD))
    return sorted(set(removed), key=lambda item: item.line)
