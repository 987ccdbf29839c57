"""A word processor's document saved as text (LibreOffice Writer's `Text (.txt)` filter), as
docs/editions.md describes it.

Writer's Text export writes a paragraph a line with no blank line between (a document spaced by
its paragraph style), its chapter numbering as text (`1. The Bill Nobody Has Read`, and the
notes' heading numbered with them, `4. Notes`), a superscript note marker as bare digits glued
after a stop (`for it.1`), and a numbered list as indented items (`    1. Letter from …`). It is
known by its notes: a line `Notes` (or `N. Notes`, numbered one past the numbered lines above
it) with indented items right under it numbered 1 to n, in a text with no blank line above
them, whose digits glued after a word's stop (not a label's: `annex A.1`, `No.1`), or whose
markers typed in brackets (`it.[1]`), read in order, count 1 to n, the notes being the
document's last section (one line at most after them, not a numbered heading). Then:

- the markers are bracketed (`it.[1]`), the items are the notes (`[1] …`) and the heading
  `Notes`;
- a `Word count:` line right under the notes (a word processor's count, typed for an editor;
  a count and its annotation only, not a sentence) goes, listed.

Anything else (a document whose glued digits do not count its items, a list not indented, a
text with blank lines) is read as it stands. The headings keep their numbers, as a typed
numbering does elsewhere; the copy instruction over a title and a byline's second line are
the front's (`metadata.py`: a slug, the author's post).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import INLINE_MARKER, Line, set_apart

NOTES_HEADING = re.compile(r"(?:(?P<n>\d{1,2})\.\s+)?(?:Notes|Endnotes|Footnotes)")
NUMBERED_HEADING = re.compile(r"(?P<n>\d{1,2})\.\s+\S")
ITEM = re.compile(r"(?P<indent> {2,}|\t+)(?P<n>\d{1,3})\.\s+(?P<text>\S.*)")
# A superscript's digits left glued after a word's stop (`it.1 Next`, `years.2`): a letter and a
# stop or a closing quote before them, a space or the line's end after them.
GLUED_MARKER = re.compile(r"(?<=[^\W\d_][.,;:!?’”\"')])(?P<n>\d{1,3})(?=\s|$)")
# A label's stop, not a sentence's: a single letter or an abbreviation before it (`annex A.1`,
# `option No.1`, `p.3`, `Vol.2`).
LABEL = re.compile(
    r"(?:\b[^\W\d_]|\b(?:no|nos|vol|vols|pp|ch|chap|fig|figs|art|para|sec|ed|eds|ibid|op|cf|"
    r"vs|ex|pt|bk|tab|app|ann|n|nn|l|ll))\.$",
    re.IGNORECASE,
)
# A word count and its annotation only (`Word count: 2,412 words`, `Word count: 412 (text)`).
WORD_COUNT = re.compile(r"(?i)word count:?\s*\d[\d,]*(?:\s+words)?(?:\s+\([^()]*\))?\.?")

WRITER_COUNT = "a word processor's text: its `Word count:` line below the notes"
WRITER_HEADING = "a word processor's text: its notes' heading as it stood, written Notes"


def glued_markers(text: str) -> list[re.Match[str]]:
    """The digits glued after a word's stop in the text that can be a note's marker: not a
    label's (`annex A.1`, `No.1`, see LABEL)."""
    return [m for m in GLUED_MARKER.finditer(text) if not LABEL.search(text[: m.start()])]


def bracketed(text: str, offset: int = 0) -> str:
    """The text with its glued markers bracketed, numbered on by offset (`it.1` -> `it.[1]`)."""
    for m in reversed(glued_markers(text)):
        text = f"{text[: m.start()]}[{int(m['n']) + offset}]{text[m.end() :]}"
    return text


@dataclass(frozen=True)
class WriterText:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    notes: int = 0  # notes read from the indented list, their markers bracketed
    glued: bool = True  # the markers were digits glued after a stop (else typed `[n]`)


def writer_text(lines: list[Line]) -> WriterText:
    """The lines with a Writer text's notes read (see the module); as they are otherwise."""
    found = _notes(lines)
    if found is None:
        return WriterText(lines)
    heading, items, glued = found
    above = lines[:heading]
    after = lines[heading + 1 + len(items) :]
    counted = [line for line in after[:1] if WORD_COUNT.fullmatch(line.text.strip())]
    kept = [Line(line.number, bracketed(line.text)) for line in above]
    kept.append(Line(lines[heading].number, "Notes"))
    for line in items:
        match = ITEM.fullmatch(line.text)
        assert match  # (read so by _notes)
        kept.append(Line(line.number, f"[{match['n']}] {match['text'].strip()}"))
    kept += after[len(counted) :]
    # (the heading's own words, `4. Endnotes`, are listed: the edition writes `Notes`)
    renamed = [lines[heading]] if lines[heading].text.strip() != "Notes" else []
    removed = [Removed.of(line, WRITER_HEADING) for line in renamed]
    removed += [Removed.of(line, WRITER_COUNT) for line in counted]
    return WriterText(set_apart(kept), removed, len(items), glued)


def _notes(lines: list[Line]) -> tuple[int, list[Line], bool] | None:
    """The index of the notes' heading, its items and whether the markers were glued digits,
    where the text is so set (see the module); None otherwise."""
    for index, line in enumerate(lines):
        match = NOTES_HEADING.fullmatch(line.text.strip())
        if not match or line.text != line.text.lstrip():
            continue
        items = []
        for item in lines[index + 1 :]:
            if not (numbered := ITEM.fullmatch(item.text)):
                break
            items.append((int(numbered["n"]), item))
        above = lines[:index]
        if not items or [n for n, _ in items] != list(range(1, len(items) + 1)):
            continue
        if any(line.blank for line in above) or not above:
            return None  # a paragraph a line: no blank line parts them
        if match["n"] and _headings_before(above) != int(match["n"]) - 1:
            continue
        glued = [int(m["n"]) for line in above for m in glued_markers(line.text)]
        typed = [int(m[1]) for line in above for m in INLINE_MARKER.finditer(line.text)]
        counted = list(range(1, len(items) + 1))
        # The markers as Writer's superscripts leave them, or as an author typed them (`it.[1]`)
        if (glued, typed) not in ((counted, []), ([], counted)):
            return None
        after = [line for line in lines[index + 1 + len(items) :] if not line.blank]
        if len(after) > 1 or any(NUMBERED_HEADING.match(line.text) for line in after):
            return None  # the notes are the document's last section (a count may follow)
        return index, [item for _, item in items], bool(glued)
    return None


def _headings_before(above: list[Line]) -> int:
    """How many numbered lines above count 1, 2, … in order (a chapter numbering)."""
    count = 0
    for line in above:
        match = NUMBERED_HEADING.match(line.text)
        if match and int(match["n"]) == count + 1 and len(line.text.split()) <= 12:
            count += 1
    return count
