"""An OpenDocument text (a LibreOffice Writer document, `.odt`) through `odt2txt`, as
docs/editions.md describes it: its footnotes printed inside their paragraphs.

odt2txt prints each of a document's paragraphs wrapped, a blank line after it, and a footnote's
citation as its digits glued to the word before (`settled beforehand.1`); the note's own
paragraph it prints right there, as a paragraph of its own, and the rest of the paragraph the
note stood in after it, as one more (`After the screen, that figure fell …`). There is no list
of notes. It is known by its markers: digits glued after a word or its stop (not a label's,
`annex A.1`), that count 1 to n (two at least) in reading order, each the last word of a block
(never inside one: odt2txt always breaks the paragraph there), each block right under one a
short paragraph (`NOTE_MAX_WORDS` at most) that ends a sentence and is no heading, and no line
of the text defines a note (`1 …`, `1. …`, `[1] …`) or heads a list of them. Then:

- each marker is bracketed (`beforehand.[1]`), the note's paragraph goes to the end as the
  note (`[1] …`), and the paragraph is joined again with the block after the note, when that
  is text (no heading, not the end);
- a block after the note that opens in lower case runs the sentence on; one that opens a
  sentence may be the paragraph's rest or the next paragraph (odt2txt prints both alike): it
  is joined, as a note stands more often inside its paragraph than at its end, and the report
  warns, with the lines, for the editor to check.

Anything else (a marker inside a block, numbers that do not count 1 to n, a text that defines
its notes) is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import (
    Line,
    blank_between,
    blocks_by_blank_lines,
    ends_sentence,
    join_lines,
    looks_like_heading,
)
from .metadata import line_date

# A superscript's digits glued to a word or its stop, a comma or a closing quote
# (`beforehand.1`, `note2`), no digit before them (`2.1`), a space or the line's end after them.
GLUED = re.compile(r"(?<=[^\W\d_])(?P<stop>[.,;:!?’”\"')]?)(?P<n>\d{1,2})(?=\s|$)")
# A label's number, not a marker: a single capital or an abbreviation before it (`annex A.1`,
# `No.1`, `Vol.2`), or a word in capitals (`CO2`, `MP3`).
LABEL = re.compile(r"(?:\b[A-Z]|\b(?:no|nos|vol|vols|pp|ch|fig|art|para|sec|p)\.?|[A-Z]{2,})$")
# A line that defines a note (`1 …`, `1. …`, `[1] …`) or heads a list of them.
NOTE_DEFINITION = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\S")
NOTES_HEADING = re.compile(r"(?:\d{1,2}\.\s+)?(?:Notes|Endnotes|Footnotes|References)\s*:?")
NOTE_MAX_WORDS = 60
SETEXT = re.compile(r"-{3,}|={3,}")


@dataclass(frozen=True)
class OdtText:
    lines: list[Line]
    notes: int = 0  # notes read from inside their paragraphs
    warnings: tuple[str, ...] = field(default_factory=tuple)


def markers(text: str) -> list[re.Match[str]]:
    """The digits glued in the text that can be a note's marker (not a label's: `A.1`)."""
    return [m for m in GLUED.finditer(text) if not LABEL.search(text[: m.start()])]


def marker_at_end(block: list[Line]) -> int | None:
    """The number of the marker that ends the block, if one does."""
    found = markers(block[-1].text.rstrip())
    if found and found[-1].end() == len(block[-1].text.rstrip()):
        return int(found[-1]["n"])
    return None


def _defines_notes(text: str) -> bool:
    """Whether a block's first line defines a note (`1 …`, `1. …`, `[1] …`, not a date: `23
    February 2026`) or heads a list of them (`Notes`)."""
    return bool(
        (NOTE_DEFINITION.match(text) and not line_date(text))
        or NOTES_HEADING.fullmatch(text.strip())
    )


def _is_heading(block: list[Line]) -> bool:
    """A heading odt2txt underlines (`Why the curtain matters` / `-----`), or a line alone that
    reads as one."""
    return (len(block) == 2 and bool(SETEXT.fullmatch(block[1].text.strip()))) or (
        len(block) == 1 and looks_like_heading(block[0].text)
    )


def odt_text(lines: list[Line]) -> OdtText:
    """The lines with an odt2txt text's notes read (see the module); as they are otherwise."""
    blocks = blocks_by_blank_lines(lines)
    if any(_defines_notes(block[0].text) for block in blocks):
        return OdtText(lines)
    ends = [marker_at_end(block) for block in blocks]
    found = [index for index, n in enumerate(ends) if n is not None]
    if len(found) < 2 or [ends[index] for index in found] != list(range(1, len(found) + 1)):
        return OdtText(lines)
    # every marker stands at a block's end: odt2txt breaks the paragraph after each
    if sum(len(markers(line.text)) for line in lines) != len(found):
        return OdtText(lines)
    for index in found:
        note = blocks[index + 1] if index + 1 < len(blocks) else None
        text = join_lines([line.text for line in note]) if note else ""
        if (
            note is None
            or index + 1 in found
            or _is_heading(note)
            or len(text.split()) > NOTE_MAX_WORDS
            or not ends_sentence(text)
            or text[:1].isdigit()
        ):
            return OdtText(lines)
    return _read(blocks, set(found))


def _read(blocks: list[list[Line]], found: set[int]) -> OdtText:
    """The blocks with each note set at the end and its paragraph joined again."""
    kept: list[list[Line]] = []
    notes: list[Line] = []
    warnings: list[str] = []
    index = 0
    while index < len(blocks):
        block = list(blocks[index])
        if index not in found:
            kept.append(block)
            index += 1
            continue
        n = len(notes) + 1
        last = block[-1]
        match = markers(last.text.rstrip())[-1]
        block[-1] = Line(last.number, f"{last.text.rstrip()[: match.start('n')]}[{n}]")
        note = blocks[index + 1]
        notes.append(Line(note[0].number, f"[{n}] " + join_lines([x.text for x in note])))
        rest = blocks[index + 2] if index + 2 < len(blocks) else None
        if rest is None or _is_heading(rest):
            kept.append(block)
            index += 2
            continue
        if rest[0].text.lstrip()[:1].isupper():
            warnings.append(
                f"the text after note [{n}] (line {rest[0].number}) may be the next paragraph, "
                "not the rest of the note's: odt2txt prints both alike; joined, check"
            )
        # (one line where the paragraph was cut: its short line ends no paragraph)
        joined = Line(block[-1].number, f"{block[-1].text} {rest[0].text.lstrip()}")
        blocks[index + 2] = [*block[:-1], joined, *rest[1:]]
        index += 2
    lines: list[Line] = []
    for block in kept:
        if lines:
            lines.append(blank_between(lines[-1]))
        lines += block
    return OdtText(_with_notes(lines, notes), len(notes), tuple(warnings))


def _with_notes(lines: list[Line], notes: list[Line]) -> list[Line]:
    """The lines, then the notes, a blank line before each."""
    for note in notes:
        lines = [*lines, blank_between(lines[-1]), note]
    return lines
