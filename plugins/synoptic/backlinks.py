"""Notes copied from a web page with their ways back (`… ↩︎`).

A site's footnotes (markdown-it's, kramdown's, WordPress's, Hugo's) are an ordered list whose
items each end in a link back to the marker, drawn `↩` (`↩︎`, `↩ 2` for a second marker). A
copy of the page keeps the arrows and loses the list's numbers. At the end of a text, the run
of blocks that each end in a way back are its notes, numbered in order as the list numbered
them (`[1] …`, a note that states its number keeping it), when the text above them has the
markers `[1]` to `[n]` of as many notes, and no other; the arrows go. A paragraph that ends in
an arrow, with no marker calling it, stays as it is; where markers and arrows do not count
alike (a note of two paragraphs, a paragraph of the body that ends in an arrow), the blocks
stay as they stand and the report says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .layout import INLINE_MARKER, Line, blocks_by_blank_lines
from .superscripts import entry_label, glued_markers, is_notes_heading

#: One way back or more at a line's end: the arrow, its text or emoji form, a marker's count.
WAY_BACK = re.compile(r"(?:\s*↩[\ufe0e\ufe0f]?(?:\s*\d{1,2})?)+\s*$")
TAIL = 24  # characters at a line's end where its ways back stand (the pattern looks no further)


def _without_ways_back(text: str) -> str | None:
    """The line without the ways back at its end; None if it ends in none."""
    head, tail = text[:-TAIL], text[-TAIL:]
    stripped = WAY_BACK.sub("", tail)
    return None if stripped == tail else head + stripped


def _markers(blocks: list[list[Line]]) -> set[str]:
    """The labels of the markers the blocks hold (`[1]` → `1`)."""
    return {m[1] for block in blocks for line in block for m in INLINE_MARKER.finditer(line.text)}


def back_linked_notes(lines: list[Line]) -> tuple[list[Line], int, tuple[int, int] | None]:
    """The lines with the notes at the end read (see the module), how many there are, and
    (blocks ending in a way back, markers) where the two do not count alike."""
    blocks = blocks_by_blank_lines(lines)
    run = 0
    while (
        run < len(blocks) and _without_ways_back(blocks[len(blocks) - 1 - run][-1].text) is not None
    ):
        run += 1
    markers = _markers(blocks[: len(blocks) - run])
    if not run or not markers:
        return lines, 0, None
    if markers != {str(number) for number in range(1, run + 1)}:
        return lines, 0, (run, len(markers))
    read: dict[int, str] = {}
    for number, block in enumerate(blocks[len(blocks) - run :], 1):
        first = block[0].text.strip()
        read[block[0].number] = first if entry_label(first) else f"[{number}] {first}"
        last = block[-1]
        read[last.number] = _without_ways_back(read.get(last.number, last.text)) or ""
    return [replace(line, text=read.get(line.number, line.text)) for line in lines], run, None


#: A way back with a note's text right after it, on the same line (`… p. 18. ↩︎Brennock …`):
#: a page's list of notes whose items a copy joined into one line.
JOINED_WAY_BACK = re.compile(r"\s*↩[\ufe0e\ufe0f]?(?=[^\s\d↩])")
#: Notes joined on one line: at least two (the first, ended by the arrow the second follows).
JOINED_LEAST = 2


def joined_back_linked_notes(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines with the notes of a list a copy joined into one line read apart, and how
    many: the text's last line, right under a `Notes` heading, holds notes each ended by its
    way back (`A. ↩︎B. ↩︎`, the list's numbers lost, no line break between its items). Each
    becomes a note of its own, numbered in order (`1. A.`), the arrows gone, where the text
    above calls as many notes, `[1]` to `[n]` or numbers glued after a word (`surplus.1`);
    otherwise nothing changes."""
    texts = [line for line in lines if not line.blank]
    if len(texts) < 2 or not is_notes_heading(texts[-2].text):
        return lines, 0
    last = texts[-1]
    cut = _without_ways_back(last.text)
    if cut is None:
        return lines, 0
    notes = [note.strip() for note in JOINED_WAY_BACK.split(cut)]
    above = texts[:-2]
    if len(notes) < JOINED_LEAST or not all(notes):
        return lines, 0
    bracketed = _markers([above])
    glued = glued_markers(above)
    if bracketed != {str(n) for n in range(1, len(notes) + 1)} and len(glued) != len(notes):
        return lines, 0
    # (each note a line of its own, a blank line between: numbered between the raw lines)
    step = 1 / (2 * len(notes))
    apart: list[Line] = []
    for index, note in enumerate(notes):
        if index:
            apart.append(Line(last.number + (2 * index - 1) * step, ""))
        apart.append(Line(last.number + 2 * index * step, f"{index + 1}. {note}"))
    at = lines.index(last)
    return lines[:at] + apart + lines[at + 1 :], len(notes)
