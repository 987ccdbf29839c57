"""A Word document as `catdoc` prints it: the codes of its fields, and its notes at the end
without their markers.

Word keeps a link, a page number or a count of pages as a *field*: a code and the result it
shows. catdoc prints both, the code first (`HYPERLINK "https://…" www.example.org`, `Page
PAGE \\* MERGEFORMAT 1 of NUMPAGES \\* MERGEFORMAT 5`), wrapped over lines like any text. The
codes go and the results stay: the link's words, the numbers. A text is read so only when it
holds a code that is Word's alone (`HYPERLINK "`, `MERGEFORMAT`, `NUMPAGES`): `PAGE` is an
English word too, and is a code only before a switch (`\\*`).

catdoc prints the footnotes at the end of the text as paragraphs, each opening with the space
that took the place of its number (only the document's header and footer come after them,
and go), and drops their markers from the text. In a text with no marker, whose blocks start at the
margin, the run of blocks near its end that open with that one space are those notes: they
are numbered in order as notes, and the report says that their markers are lost (the edition
then names each note that no marker calls, for the editor to place it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .furniture import Removed, removed_lines
from .layout import INLINE_MARKER, Line, blocks_by_blank_lines

#: A code of Word's own: the sign that a text holds its fields' codes.
WORD_CODE = re.compile(r'\bHYPERLINK\s+"|\bMERGEFORMAT\b|\bNUMPAGES\b')
#: A field's code, switches and all (over lines: the block is read whole).
FIELD_CODE = re.compile(
    r'\bHYPERLINK(?:\s+\\[lmnot](?:\s+"[^"]*")?)*\s+"[^"]*"'  # a link: its address
    r"|\b(?:PAGE|NUMPAGES|SECTIONPAGES)\b(?=\s+\\\*)"  # a page number, a count of pages
    r"|\\\*\s*(?:MERGEFORMAT|Arabic|roman|ROMAN|alphabetic|ALPHABETIC|CHARFORMAT)\b"  # a switch
)
SPACES = re.compile(r"[ \t]{2,}")
#: What may follow the notes: the document's header and footer, a few short lines.
AFTER_NOTES_LINES = 3
AFTER_NOTES_WORDS = 15

HEADER_AND_FOOTER = "a Word document's header and footer, which catdoc prints after its notes"


@dataclass(frozen=True)
class WordFields:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    codes: int = 0  # fields' codes taken out
    notes: int = 0  # notes read at the end, their markers lost


def word_fields(lines: list[Line]) -> WordFields:
    """The lines without Word's field codes, and catdoc's notes at the end numbered (see the
    module); the lines as they are in a text with no code of Word's own."""
    if not any(WORD_CODE.search(line.text) for line in lines):
        return WordFields(lines)
    read: dict[int, str] = {}
    codes = 0
    for block in blocks_by_blank_lines(lines):
        text, found = FIELD_CODE.subn(
            lambda m: "\n" * m[0].count("\n"), "\n".join(line.text for line in block)
        )
        codes += found
        if found:
            kept = [SPACES.sub(" ", part).rstrip() for part in text.split("\n")]
            read.update(zip((line.number for line in block), kept))
    lines = [replace(line, text=read.get(line.number, line.text)) for line in lines]
    lines, notes, after = _notes_at_the_end(lines)
    gone = {line.number for line in after}
    kept = [line for line in lines if line.number not in gone]
    return WordFields(kept, removed_lines(after, HEADER_AND_FOOTER), codes, notes)


def _notes_at_the_end(lines: list[Line]) -> tuple[list[Line], int, list[Line]]:
    """catdoc's notes, written `[n] …` (see the module), how many, and the lines after them."""
    if any(INLINE_MARKER.search(line.text) for line in lines):
        return lines, 0, []
    blocks = blocks_by_blank_lines(lines)
    spaced = [i for i, block in enumerate(blocks) if block[0].text.startswith(" ")]
    if not spaced or not spaced[0]:
        return lines, 0, []
    notes = blocks[spaced[0] : spaced[-1] + 1]
    after = [line for block in blocks[spaced[-1] + 1 :] for line in block]
    if (
        len(notes) != len(spaced)  # a run, the body's blocks all at the margin
        or any(block[0].text.startswith("  ") for block in notes)  # one space, not an indent
        or len(after) > AFTER_NOTES_LINES
        or any(len(line.text.split()) > AFTER_NOTES_WORDS for line in after)
    ):
        return lines, 0, []
    read = {block[0].number: f"[{n}] {block[0].text.strip()}" for n, block in enumerate(notes, 1)}
    numbered = [replace(line, text=read.get(line.number, line.text)) for line in lines]
    return numbered, len(notes), after
