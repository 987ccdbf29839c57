"""A word processor's notes typed as a numbered list, whose numbers a program dropped (python-docx's
`'\\n'.join(p.text for p in doc.paragraphs)`: Word's automatic numbering is no paragraph's
text), as docs/editions.md describes it.

Such a text writes a paragraph a line, its note markers as bare digits glued after a stop
(`budgets.1`, the superscripts' text), and under a line `Notes` (`Endnotes`, `Footnotes`) the
notes, a line each, with no number before them. It is known by that: a line `Notes`, the
lines right under it (down to a blank line or the text's end) none of which starts with a
number or a marker, and the digits glued after a word's stop above it (not a label's: `annex
A.1`, `No.1`; see writertext.py) counting 1 to n, in order, n being the number of those lines,
with no marker typed in brackets anywhere. At most one paragraph (the author's note a template
sets after the notes) may follow them. Then:

- the markers are bracketed (`budgets.[1]`) and the lines under `Notes` are the notes, numbered
  1 to n in their order (`[1] …`);
- the report says the numbers were not in the text and were given by the markers' order, to be
  checked against the document: the numbering is the list's, which a program dropped, so no
  list that numbers itself in its text (`1. …`, `[1] …`) is read so.

Anything else (markers that do not count the lines, a marker typed `[1]`, lines under `Notes`
that carry numbers, two paragraphs or more after them) is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import INLINE_MARKER, Line
from .writertext import NOTES_HEADING, bracketed, glued_markers

#: A line that numbers itself: `1. …`, `1) …`, `[1] …`, `1 …`, `(1) …`.
NUMBERED = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.):]?(?=\s))")
#: Paragraphs after the notes: an author's note at most.
AFTER_MAX = 1


@dataclass(frozen=True)
class ListNotes:
    lines: list[Line]
    notes: int = 0  # notes numbered by the markers' order
    warnings: tuple[str, ...] = ()


def list_notes(lines: list[Line]) -> ListNotes:
    """The lines with the notes of a list whose numbers were dropped read (see the module);
    as they are otherwise."""
    found = _notes(lines)
    if found is None:
        return ListNotes(lines)
    heading, count = found
    kept = [Line(line.number, bracketed(line.text)) for line in lines[:heading]]
    kept.append(lines[heading])
    items = lines[heading + 1 : heading + 1 + count]
    kept += [Line(line.number, f"[{n}] {line.text.strip()}") for n, line in enumerate(items, 1)]
    kept += lines[heading + 1 + count :]
    first, last = items[0].number, items[-1].number
    warning = (
        f"the {count} notes under `{lines[heading].text.strip()}` (lines {first}–{last}) had no "
        "numbers in the text (a numbered list's, which the program that wrote it dropped): "
        f"numbered 1 to {count} in their order, as the digits glued after the body's stops "
        "count them; check them against the document"
    )
    return ListNotes(kept, count, (warning,))


def _notes(lines: list[Line]) -> tuple[int, int] | None:
    """The index of the notes' heading and the number of notes under it, where the text is so
    set (see the module); None otherwise."""
    headings = [i for i, line in enumerate(lines) if NOTES_HEADING.fullmatch(line.text.strip())]
    if len(headings) != 1:
        return None
    index = headings[0]
    heading = lines[index]
    if heading.text != heading.text.lstrip() or NOTES_HEADING.fullmatch(heading.text.strip())["n"]:
        return None
    items: list[Line] = []
    for line in lines[index + 1 :]:
        if line.blank:
            break
        items.append(line)
    if not items or any(NUMBERED.match(line.text) for line in items):
        return None
    above = lines[:index]
    if any(INLINE_MARKER.search(line.text) for line in lines):
        return None  # a marker typed `[1]`: its notes would say their numbers
    glued = [int(m["n"]) for line in above for m in glued_markers(line.text)]
    if glued != list(range(1, len(items) + 1)):
        return None
    after = lines[index + 1 + len(items) :]
    paragraphs = sum(
        1 for i, line in enumerate(after) if not line.blank and (i == 0 or after[i - 1].blank)
    )
    if paragraphs > AFTER_MAX or any(not line.blank and glued_markers(line.text) for line in after):
        return None
    return index, len(items)
