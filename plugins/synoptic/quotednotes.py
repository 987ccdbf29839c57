"""A PDF's footnotes as pymupdf4llm writes them: each note a block quotation at its page's
foot, its number first (`> 1 Timings are …`; glued to its first word where the number was a
superscript, `> 1The …`), and the calls as HTML superscripts glued after the word or stop they
follow (`clients.<sup>1</sup>`).

They are read only where the calls and the notes agree wholly: the notes, each a block of its
own (a blank line above it), number 1 to n in the text's order, two at least or one with its
call; every note has its call `<sup>n</sup>` above it, and each label's first call comes in the
order 1 to n. Then each call is Markdown's `[^n]` and each note `[^n]: text` (markdownsource.py
reads them as notes), set after the text's last line in their order (each keeps its raw line
number): a page's foot is no place in the essay, and the paragraph after it is a new one.

Anything less leaves every line as it stands: a quotation that opens with a number
(`> 1 in 5 pupils …`) with no call, a call with no note, notes out of order or above their
calls. A power of a unit (`25 m<sup>2</sup>`) is no call, whatever note bears its number: it
stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import Line, blank_between

#: A call: a number in an HTML superscript, but for a power of a unit (`25 m<sup>2</sup>`,
#: `km<sup>2</sup>`, `cm<sup>3</sup>`, `ft<sup>2</sup>`: the unit a word of its own, or glued to
#: its number), which is no call whatever note bears its number.
CALL = re.compile(
    r"(?<!(?<![A-Za-z])[kcdmµ]m)(?<!(?<![A-Za-z])m)(?<!(?<![A-Za-z])(?:ft|in|yd|mi))"
    r"<sup>(?P<label>\d{1,3})</sup>"
)
#: A note: `>`, its number, its text (after a space, or glued where the text opens a word in
#: capitals or a quotation mark: `> 1The …`). A number followed by a word in lower case is a
#: quantity that opens a quotation's sentence (`> 1 in 5 homes …`), no note's.
QUOTED_NOTE = re.compile(
    r"\s{0,3}>\s?(?P<label>\d{1,3})(?:\s+(?![a-z])|(?=[A-Z\u201c\u2018\"(]))(?P<text>\S.*?)\s*"
)
#: A line that goes on with the quotation above it.
QUOTED = re.compile(r"\s{0,3}>\s?(?P<text>\S.*?)\s*")


@dataclass(frozen=True)
class QuotedNotes:
    lines: list[Line]
    notes: int = 0  # notes read
    calls: int = 0  # calls read as `[^n]`
    unread: tuple[int, ...] = ()  # lines of quoted numbers not read as notes (they disagree)
    read: tuple[int, ...] = ()  # the raw lines of the notes read (their first lines)
    called: tuple[int, ...] = ()  # the raw lines whose calls were read as `[^n]`


def quoted_notes(lines: list[Line]) -> QuotedNotes:
    """The lines with pymupdf4llm's notes and calls read as Markdown's (see the module); the
    lines as they are where they do not agree."""
    notes = _notes(lines)
    if not notes:
        return QuotedNotes(lines)
    unread = QuotedNotes(lines, unread=tuple(block[0].number for _, _, block in notes))
    labels = [label for label, _, _ in notes]
    if labels != [str(n) for n in range(1, len(labels) + 1)]:
        return unread
    wanted = set(labels)
    first_call: dict[str, int] = {}
    for index, line in enumerate(lines):
        for call in CALL.finditer(line.text):
            if call["label"] in wanted:
                first_call.setdefault(call["label"], index)
    if set(first_call) != wanted:
        return unread
    order = sorted(first_call, key=lambda label: (first_call[label], int(label)))
    if order != labels or any(first_call[label] > at for label, at, _ in notes):
        return unread
    taken = {index for _, at, block in notes for index in range(at, at + len(block))}
    calls = 0
    called: list[int] = []
    read: list[Line] = []
    for index, line in enumerate(lines):
        if index in taken:
            continue  # (a blank line stands above it: the blocks round it stay apart)
        text, found = CALL.subn(
            lambda m: f"[^{m['label']}]" if m["label"] in wanted else m[0], line.text
        )
        if here := sum(1 for m in CALL.finditer(line.text) if m["label"] in wanted):
            calls += here
            called.append(line.number)
        read.append(Line(line.number, text) if found else line)
    for label, _, block in notes:
        first = QUOTED_NOTE.fullmatch(block[0].text)
        words = [first["text"]] + [QUOTED.fullmatch(line.text)["text"] for line in block[1:]]
        read += [blank_between(read[-1]), Line(block[0].number, f"[^{label}]: {' '.join(words)}")]
    return QuotedNotes(
        read,
        len(notes),
        calls,
        read=tuple(block[0].number for _, _, block in notes),
        called=tuple(called),
    )


def _notes(lines: list[Line]) -> list[tuple[str, int, list[Line]]]:
    """Each note's label, the index of its first line and its lines: a block (a blank line, or
    the text's start, above it) whose first line is a quoted number and its text, every line
    under it quoted; a line in it that opens with a quoted number opens the next note (two
    notes set in one quotation, `> 1 …` and `> 2 …` on the next line)."""
    found: list[tuple[str, int, list[Line]]] = []
    index = 0
    while index < len(lines):
        if not QUOTED_NOTE.fullmatch(lines[index].text) or (
            index > 0 and not lines[index - 1].blank
        ):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not lines[end].blank:
            if not QUOTED.fullmatch(lines[end].text):
                return []  # (a quotation's lines, then the text's: not this shape)
            end += 1
        starts = [at for at in range(index, end) if QUOTED_NOTE.fullmatch(lines[at].text)]
        for at, after in zip(starts, [*starts[1:], end]):
            found.append((QUOTED_NOTE.fullmatch(lines[at].text)["label"], at, lines[at:after]))
        index = end
    return found
