"""A Word document (`.docx`) through docx2python, as its `.text` prints it: the placeholders it
sets for the footnotes, and the document's header and footer around the body.

docx2python's `.text` is the document's header, its body, its footer, then its footnotes and
endnotes, each paragraph between blank lines. A note's call in the body is a placeholder glued
to its word (`referees.----footnote1----`, `----endnote1----`), and each note a paragraph that
opens with its label (`footnote1)\\t Source …`), with no heading over them (Word's separator
notes print as blank lines). It is known by both: placeholders that count 1 to n in reading
order, and as many notes, labelled alike, counting 1 to n, each opening a line after the last
placeholder. Then:

- each placeholder becomes the marker `[n]` and each note `[n] Source …`, under a `Notes`
  heading of its own (set on the blank line above the first note);
- the footer, the one short line (`FOOTER_MAX_WORDS` at most) right above the notes that ends
  in a page's number (`— page 1`, `Page 1 of 2`, `1`), goes, listed in the report;
- the header, the document's first line, goes where a footer was found and the lines under it
  are a title and a byline (`By …`), as a manuscript opens: a header is only known by where it
  stands, and the report lists it and warns, for the editor to check.

Anything else (placeholders and notes that do not count alike, a text that quotes one
placeholder) is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .furniture import Removed
from .layout import BETWEEN_LINES, Line, blocks_by_blank_lines, ends_sentence
from .metadata import states

#: A note's call, as docx2python sets it: `----footnote1----`, `----endnote2----`.
PLACEHOLDER = re.compile(r"----(?P<kind>foot|end)note(?P<n>\d{1,3})----")
#: A note, as docx2python prints it: `footnote1)` and a tab, then its text.
NOTE = re.compile(r"(?P<kind>foot|end)note(?P<n>\d{1,3})\)\s+(?=\S)")
#: The footer's last words: a page's number (its PAGE field's cached value).
PAGE_NUMBER = re.compile(r".*(?:\b[Pp]age\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\s\d{1,3})")
FOOTER_MAX_WORDS = 20

HEADER = "a Word document's header, which docx2python prints before its body (the title under it)"
FOOTER = "a Word document's footer, which docx2python prints after its body, above the notes"


@dataclass(frozen=True)
class Docx2PythonText:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    notes: int = 0  # notes read from docx2python's labels

    @property
    def warnings(self) -> tuple[str, ...]:
        """A header is known only by where it stands: the editor checks it."""
        return tuple(
            f"line {item.line} ('{item.text}') taken for the Word document's header, as it "
            "stands above the title and byline docx2python prints under it: check it is no "
            "kicker or subtitle of the essay's"
            for item in self.removed
            if item.rule == HEADER
        )


def docx2python_text(lines: list[Line]) -> Docx2PythonText:
    """The lines with docx2python's placeholders and notes read (see the module); the lines
    as they are in any other text."""
    calls = [(line, match) for line in lines for match in PLACEHOLDER.finditer(line.text)]
    labels = [int(match["n"]) for _, match in calls]
    if not labels or labels != list(range(1, len(labels) + 1)):
        return Docx2PythonText(lines)
    last_call = calls[-1][0].number
    notes = [line for line in lines if line.number > last_call and NOTE.match(line.text.strip())]
    numbers = [int(NOTE.match(line.text.strip())["n"]) for line in notes]  # type: ignore[index]
    if numbers != labels:
        return Docx2PythonText(lines)
    read = {line.number: PLACEHOLDER.sub(lambda m: f"[{m['n']}]", line.text) for line, _ in calls}
    for line in notes:
        text = line.text.strip()
        entry = NOTE.match(text)
        assert entry  # (found so above)
        read[line.number] = f"[{entry['n']}] {text[entry.end() :]}"
    kept = [replace(line, text=read.get(line.number, line.text)) for line in lines]
    removed = _header_and_footer(kept, notes[0].number)
    gone = {item.line for item in removed}
    kept = [line for line in kept if line.number not in gone]
    # (the notes under a heading of their own, on the blank line above the first)
    at = next(i for i, line in enumerate(kept) if line.number == notes[0].number)
    heading = [Line(notes[0].number - BETWEEN_LINES, "Notes"), Line(notes[0].number - 0.25, "")]
    kept = kept[:at] + heading + kept[at:]
    return Docx2PythonText(kept, removed, len(notes))


def _header_and_footer(lines: list[Line], first_note: float) -> list[Removed]:
    """The footer above the notes and the header above the title, as the module says."""
    blocks = [block for block in blocks_by_blank_lines(lines) if block[0].number < first_note]
    if len(blocks) < 4:
        return []
    footer = blocks[-1]
    text = footer[0].text.strip()
    if (
        len(footer) != 1
        or len(text.split()) > FOOTER_MAX_WORDS
        or ends_sentence(text)
        or not PAGE_NUMBER.fullmatch(text)
    ):
        return []
    removed = [Removed.of(footer[0], FOOTER)]
    header, title, byline = blocks[0], blocks[1], blocks[2]
    if (
        len(header) == len(title) == 1
        and not ends_sentence(header[0].text.strip())
        and not ends_sentence(title[0].text.strip())
        and states(byline[0].text, "author")
        and not states(title[0].text, "author")
    ):
        removed.insert(0, Removed.of(header[0], HEADER))
    return removed
