"""Note markers a PDF extraction sets on a line of their own ABOVE the line that holds them
(pdfplumber's `extract_text()`: a raised superscript's top stands higher than its line's, so it
is read as a line of its own, before its line), as docs/editions.md describes.

Such a marker is a lone number of one to three digits on a line between two lines of prose,
with no blank line around it, the line above ending no sentence (the sentence runs on over the
marker into the line below), the line below holding a sentence's stop; the markers count up 1,
2, 3 … in reading order, two at least, and the notes they call stand below them, each opening
a line with its number and a capital (`1 Kestrian Guild …`), in the same order, each after its
own marker (a note never comes before its marker). A number under a page's notes (within
`PAGE_FOOT_REACH` lines of one: a page number at its foot) is none.

Each marker line goes, listed, and its number is glued after the first stop of the line below
(`likely.` / `1` … `likely.1`), where pypdf and pdftotext print a superscript: the page-foot and
superscript rules (footnotes.py, superscripts.py) then read the markers and their notes as they
read those extractions'. Where the marker stood in its line is not in the text: the first stop
is the likeliest place (the sentence the line above began ends there), and the report says the
markers were placed so. Anything short of the whole shape (one marker, a count broken, a note
missing, a note numbered past the last marker, a line below with no stop) leaves every line as
it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .furniture import Removed
from .layout import CLOSERS, PLAIN_NOTE_START, Line, ends_sentence
from .metadata import line_date

MARKER = re.compile(r"\d{1,3}")
ENTRY = re.compile(rf"(?={PLAIN_NOTE_START})(?P<label>\d{{1,3}})\s")
# A sentence's stop inside a line, with the closing quotes and brackets after it.
STOP = re.compile(rf"[.!?][{re.escape(CLOSERS)}]*(?=\s|$)")
MIN_MARKERS = 2  # a lone `1` and a line opening `1 …` may be chance
PAGE_FOOT_REACH = 3  # a number this near under a note's first line is its page's number
PROSE_WORDS = 3  # the lines around a marker are prose: a sentence's words

RAISED_MARKER = (
    "a note's marker on a line of its own above its line (a PDF's raised superscript), set "
    "after the first stop of the line below"
)


@dataclass(frozen=True)
class RaisedMarkers:
    lines: list[Line]
    removed: list[Removed]
    markers: int = 0  # markers set back in their lines


def _prose(text: str) -> bool:
    words = text.split()
    return len(words) >= PROSE_WORDS and any(word[:1].islower() for word in words)


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2}", text) is not None


def _candidates(lines: list[Line]) -> list[int]:
    """Indexes of the lone numbers that count up 1, 2, 3 … between two lines of prose, the
    line above running on into the line below, which ends a sentence."""
    found: list[int] = []
    for index in range(1, len(lines) - 1):
        text = lines[index].text.strip()
        if not MARKER.fullmatch(text) or int(text) != len(found) + 1:
            continue
        above, below = lines[index - 1], lines[index + 1]
        # (the line below may hold the sentence's last word alone: `insist.`)
        if above.blank or below.blank or not (_prose(above.text) and _has_words(below.text)):
            continue
        if ends_sentence(above.text) or not STOP.search(below.text):
            continue
        if _under_a_note(lines, index):
            continue
        found.append(index)
    return found


def _entry_label(text: str) -> int | None:
    """The number a note's first line opens with (`1 Kestrian Guild …`); none for a date
    (`3 February 2026`)."""
    entry = ENTRY.match(text.strip())
    return int(entry["label"]) if entry and not line_date(text) else None


def _under_a_note(lines: list[Line], index: int) -> bool:
    """A note's first line stands among the lines right above: the number is its page's."""
    above = lines[max(0, index - PAGE_FOOT_REACH) : index]
    return any(_entry_label(line.text) is not None for line in above)


def _entries(lines: list[Line], markers: list[int]) -> list[int] | None:
    """The index of each marker's note (opening a line with its number, below its marker, in
    order), or None where one is missing."""
    entries: list[int] = []
    for label, marker in enumerate(markers, start=1):
        start = max(marker, entries[-1] if entries else 0) + 1
        found = next(
            (
                index
                for index in range(start, len(lines))
                if _entry_label(lines[index].text) == label
            ),
            None,
        )
        if found is None:
            return None
        entries.append(found)
    return entries


def _more_notes(lines: list[Line], entries: list[int]) -> bool:
    """A note numbered past the last marker stands below the notes: the lone numbers are not
    all the markers (review 32: two lone numbers over three numbered lines were glued into the
    text, and the notes then read none of them)."""
    return any(_entry_label(line.text) == len(entries) + 1 for line in lines[entries[-1] + 1 :])


def _before_own_marker(lines: list[Line], markers: list[int]) -> bool:
    """A note opens a line above its own marker: the numbers are no markers."""
    for label, marker in enumerate(markers, start=1):
        if any(_entry_label(line.text) == label for line in lines[:marker]):
            return True
    return False


def glued_after_stop(text: str, label: str) -> str:
    """The line with the marker's number glued after its first stop (`likely.1`)."""
    stop = STOP.search(text)
    assert stop  # (a candidate's line below holds one)
    return text[: stop.end()] + label + text[stop.end() :]


def raised_markers(lines: list[Line]) -> RaisedMarkers:
    """The lines with each raised marker glued back after the first stop of its line, and the
    marker lines removed (see the module); the lines as they are where the shape is not whole."""
    markers = _candidates(lines)
    if len(markers) < MIN_MARKERS or _before_own_marker(lines, markers):
        return RaisedMarkers(lines, [])
    entries = _entries(lines, markers)
    if entries is None or _more_notes(lines, entries):
        return RaisedMarkers(lines, [])
    gone = set(markers)
    below = {index + 1: lines[index].text.strip() for index in markers}
    kept = [
        replace(line, text=glued_after_stop(line.text, below[index])) if index in below else line
        for index, line in enumerate(lines)
        if index not in gone
    ]
    removed = [Removed.of(lines[index], RAISED_MARKER) for index in markers]
    return RaisedMarkers(kept, removed, len(markers))
