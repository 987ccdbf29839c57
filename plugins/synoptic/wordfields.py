"""A Word document as `catdoc` prints it: the codes of its fields, and its notes at the end
without their markers.

Word keeps a link, a page number or a count of pages as a *field*: a code and the result it
shows. catdoc prints both, the code first (`HYPERLINK "https://…" www.example.org`, `Page
PAGE \\* MERGEFORMAT 1 of NUMPAGES \\* MERGEFORMAT 5`), wrapped over lines like any text. A
field is known whole, its code and then its result: a link's address in quotes and words after
it, a page's code and a switch and then a number (`PAGE` alone is an English word, and a text
that explains the codes, `PAGE \\* MERGEFORMAT, and …`, shows no result). The codes go, each
listed in the report, and the results stay. A code's place is kept as spaces (moved after the
line's first word where the code opened the line): the lines keep the length catdoc wrapped
them at, which tells where a paragraph ends. A line that held a code alone goes with it (as
spaces it would be a blank line, a paragraph break the text never had).

catdoc prints the footnotes at the end of the text as paragraphs, each opening with the space
that took the place of its number, then the document's header and footer, and drops the
markers from the text. In a text with fields, no marker and blocks at the margin, the run of
blocks at its end that open with that one space, under which only a header and footer stand
(a page number last, or nothing), are those notes: they are numbered in order, the header and
footer go, and the report says that the markers are lost (the edition then names each note
that no marker calls, for the editor to place it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .furniture import Removed, removed_lines
from .layout import INLINE_MARKER, Line, blocks_by_blank_lines

SWITCH = r'\\[lmnot](?:\s+"[^"]*")?'  # a link's switch: `\l "bookmark"`, `\o "tip"`, `\t "_blank"`
FORMAT = r"\\\*\s*(?:MERGEFORMAT|CHARFORMAT|Arabic|roman|ROMAN|alphabetic|ALPHABETIC)\b"
#: A field's code, known by its result after it (over lines: the block is read whole).
FIELD_CODE = re.compile(
    rf'\bHYPERLINK(?:\s+{SWITCH})*\s+"[^"\n]+"(?:\s+{SWITCH})*(?=\s+\S)'  # a link, then its words
    rf"|\b(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s+{FORMAT})+(?=\s+\d)"  # a page's, then its number
)
#: The last line of a document's header and footer, as catdoc prints them after the notes.
PAGE_FOOT = re.compile(r".*(?:\bPage\s+\d+(?:\s+of\s+\d+)?|\b\d{1,3})")
#: What may follow the notes: the document's header and footer, a few short lines.
AFTER_NOTES_LINES = 3
AFTER_NOTES_WORDS = 15

FIELD_CODE_RULE = "a Word document's field code, as catdoc prints it before the field's result"
HEADER_AND_FOOTER = "a Word document's header and footer, which catdoc prints after its notes"


@dataclass(frozen=True)
class WordFields:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    notes: int = 0  # notes read at the end, their markers lost

    @property
    def codes(self) -> int:
        """Fields' codes taken out."""
        return sum(item.rule == FIELD_CODE_RULE for item in self.removed)


def word_fields(lines: list[Line]) -> WordFields:
    """The lines without Word's field codes, and catdoc's notes at the end numbered (see the
    module); the lines as they are in a text with no field."""
    read: dict[int, str] = {}
    codes: list[Removed] = []
    for block in blocks_by_blank_lines(lines):
        text = "\n".join(line.text for line in block)
        found = list(FIELD_CODE.finditer(text))
        if not found:
            continue
        for match in found:
            number = block[text.count("\n", 0, match.start())].number
            codes.append(Removed(number, " ".join(match[0].split()), FIELD_CODE_RULE))
        # Each code's characters as spaces, its line breaks kept.
        spaced = FIELD_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)
        for line, kept in zip(block, spaced.split("\n")):
            if kept != line.text:
                read[line.number] = _indent_kept(line.text, kept)
    if not codes:
        return WordFields(lines)
    original = lines
    alone = {number for number, text in read.items() if not text.strip()}
    lines = [
        replace(line, text=read.get(line.number, line.text))
        for line in lines
        if line.number not in alone
    ]
    lines, notes, after = _notes_at_the_end(lines, original)
    gone = {line.number for line in after}
    kept = [line for line in lines if line.number not in gone]
    removed = codes + removed_lines(after, HEADER_AND_FOOTER)
    return WordFields(kept, sorted(removed, key=lambda item: item.line), notes)


def _indent_kept(before: str, after: str) -> str:
    """The line as its code left it, with the indent it had: spaces where a code opened the line
    stand after its first word instead (`Morrowby   Orchard …`)."""
    indent = len(before) - len(before.lstrip())
    opening = re.match(r"( *)(\S+)(.*)", after)
    if not opening or len(opening[1]) <= indent:
        return after
    return " " * indent + opening[2] + " " * (len(opening[1]) - indent) + opening[3]


def _notes_at_the_end(
    lines: list[Line], original: list[Line]
) -> tuple[list[Line], int, list[Line]]:
    """catdoc's notes, written `[n] …` (see the module), how many, and the lines after them.
    Which blocks open with a space is read in the lines as catdoc printed them."""
    if any(INLINE_MARKER.search(line.text) for line in lines):
        return lines, 0, []
    kept = {line.number for line in lines}
    blocks = blocks_by_blank_lines([line for line in original if line.number in kept])
    spaced = [i for i, block in enumerate(blocks) if block[0].text.startswith(" ")]
    if not spaced or not spaced[0]:
        return lines, 0, []
    notes = blocks[spaced[0] : spaced[-1] + 1]
    after_numbers = {line.number for block in blocks[spaced[-1] + 1 :] for line in block}
    after = [line for line in lines if line.number in after_numbers]
    if (
        len(notes) != len(spaced)  # a run, the body's blocks all at the margin
        or any(block[0].text.startswith("  ") for block in notes)  # one space, not an indent
        or len(after) > AFTER_NOTES_LINES
        or any(len(line.text.split()) > AFTER_NOTES_WORDS for line in after)
        or (after and not PAGE_FOOT.fullmatch(after[-1].text.strip()))
    ):
        return lines, 0, []
    read = {block[0].number: f"[{n}] " for n, block in enumerate(notes, 1)}
    numbered = [
        replace(line, text=read[line.number] + line.text.strip()) if line.number in read else line
        for line in lines
    ]
    return numbered, len(notes), after
