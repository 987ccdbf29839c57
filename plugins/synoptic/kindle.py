"""A Kindle's `My Clippings.txt`: an essay highlighted on the device, as docs/editions.md
describes it.

A Kindle appends each highlight, note and bookmark to one file, whatever the book, as an entry:

    Let the Dead Keep Their Ground (Whitlow, Ada;Okafor, Samuel)
    - Your Highlight on page 2 | location 13-16 | Added on Saturday, 21 March 2026 19:11:50

    Notice that reaches no one
    The plan relies on a six-month notice period. …
    ==========

the book's title and its authors (inverted, set apart by `;`), what the entry is, where and when
it was added, a blank line, the highlighted text (a line break inside it parts paragraphs) and
a line of ten `=`. A text is read as clippings only when it is entries of that shape from its
first line to its last, two at least. Then:

- the book with the most highlights is the essay; every entry of another book goes;
- the reader's own notes (`- Your Note …`: the editor's words, not the author's) and the
  bookmarks (no text) go;
- a highlight the reader extended goes where a later one holds its text whole (the Kindle
  appends the new highlight and keeps the old one), and so does the same highlight made twice;
- each entry's title and metadata lines and the `=` lines go; the highlights' text stays, a
  blank line between entries and between the lines of one (each its own paragraph);
- the book's title is the title and its authors the author (`Ada Whitlow and Samuel Okafor`)
  where the text's own front states none; the dates an entry was added on are the reading's,
  never the essay's.

The highlights are read in the order the Kindle added them. What the reader never highlighted
is not in the file, and ingest cannot tell it is missing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import Line, blank_between
from .names import and_joined

SEPARATOR = "=========="
BOOK = re.compile(r"(?P<title>.*\S)\s+\((?P<authors>[^()]+)\)")
ENTRY = re.compile(
    r"- Your (?P<kind>Highlight|Note|Bookmark|Clip)\b(?P<where>[^|]*(?:\|[^|]*)*?)"
    r"\s*\|\s*Added on (?P<added>.+)"
)
LOCATION = re.compile(r"\b[Ll]ocation (?P<start>\d+)(?:-(?P<end>\d+))?")
MIN_ENTRIES = 2

KINDLE_ENTRY = "Kindle clippings: an entry's book and metadata lines, the = line between entries"
KINDLE_OTHER_BOOK = "Kindle clippings: an entry of another book"
KINDLE_NOTE = "Kindle clippings: the reader's own note (Your Note), not the author's"
KINDLE_SUPERSEDED = "Kindle clippings: a highlight a later one holds whole (extended or made again)"


@dataclass(frozen=True)
class Entry:
    book: Line  # the book's title and authors
    meta: Line  # `- Your Highlight on page … | location … | Added on …`
    lines: list[Line]  # the blank line under the metadata, the text's lines
    end: Line  # the `==========` line

    @property
    def kind(self) -> str:
        return ENTRY.fullmatch(self.meta.text.strip())["kind"]

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines if not line.blank)

    @property
    def span(self) -> tuple[int, int] | None:
        """The locations the entry covers, where its metadata gives them."""
        if not (found := LOCATION.search(self.meta.text)):
            return None
        return int(found["start"]), int(found["end"] or found["start"])


@dataclass(frozen=True)
class Clippings:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # the book's title and authors
    highlights: int = 0  # the essay's highlights read
    entries: int = 0  # the entries in the file


def kindle_clippings(lines: list[Line]) -> Clippings:
    """The essay's highlights in a Kindle's clippings (see the module); the lines as they are
    in any other text."""
    entries = _entries(lines)
    if len(entries) < MIN_ENTRIES:
        return Clippings(lines)
    highlights = Counter(entry.book.text.strip() for entry in entries if entry.kind == "Highlight")
    if not highlights:
        return Clippings(lines)
    book = max(highlights, key=lambda title: highlights[title])  # (the first, on a tie)
    gone: dict[int, str] = {}
    kept: list[Entry] = []
    for entry in entries:
        if entry.book.text.strip() != book:
            rule = KINDLE_OTHER_BOOK
        elif entry.kind == "Note":
            rule = KINDLE_NOTE
        elif entry.kind != "Highlight" or not entry.text:
            rule = KINDLE_ENTRY  # a bookmark, a clip with no text
        else:
            kept.append(entry)
            continue
        gone.update({line.number: rule for line in (entry.book, entry.meta, *entry.lines)})
        gone[entry.end.number] = KINDLE_ENTRY
    for index, entry in enumerate(kept):
        if any(_holds(other, entry) for other in kept[index + 1 :]) or any(
            other.text == entry.text for other in kept[:index]
        ):
            gone.update({line.number: KINDLE_SUPERSEDED for line in (entry.book, *entry.lines)})
            gone[entry.meta.number] = KINDLE_SUPERSEDED
            gone[entry.end.number] = KINDLE_ENTRY
    kept = [entry for entry in kept if entry.meta.number not in gone]
    read: list[Line] = []
    for entry in kept:
        gone.update({entry.book.number: KINDLE_ENTRY, entry.meta.number: KINDLE_ENTRY})
        gone[entry.end.number] = KINDLE_ENTRY
        texts = [line for line in entry.lines if not line.blank]
        read.append(blank_between(texts[0], after=False))  # (parting it from the one above)
        for line in texts[:-1]:
            # A line break inside a highlight parts its paragraphs: a blank line between, which
            # the raw text never held (numbered between the two).
            read += [line, blank_between(line)]
        read.append(texts[-1])
    removed = [
        Removed.of(line, gone[line.number])
        for line in lines
        if line.number in gone and not line.blank
    ]
    return Clippings(read, removed, _facts(book), len(kept), len(entries))


def _entries(lines: list[Line]) -> list[Entry]:
    """The entries, where the lines are clippings from first to last; none where they are not."""
    entries: list[Entry] = []
    chunk: list[Line] = []
    for line in lines:
        if line.text.strip() != SEPARATOR:
            chunk.append(line)
            continue
        texts = [i for i, item in enumerate(chunk) if not item.blank]
        if len(texts) < 2 or texts[1] != texts[0] + 1:
            return []
        book, meta = chunk[texts[0]], chunk[texts[1]]
        if not (BOOK.fullmatch(book.text.strip()) and ENTRY.fullmatch(meta.text.strip())):
            return []
        entries.append(Entry(book, meta, chunk[texts[1] + 1 :], line))
        chunk = []
    if any(not line.blank for line in chunk):
        return []  # lines after the last entry: no clippings file
    return entries


def _holds(later: Entry, entry: Entry) -> bool:
    """Whether a later highlight holds an earlier one whole, where they overlap."""
    if entry.text not in later.text or later.text == entry.text:
        return False
    spans = (entry.span, later.span)
    if None in spans:  # (a PDF's clippings give pages only: a highlight grows from an end)
        return later.text.startswith(entry.text) or later.text.endswith(entry.text)
    (start, end), (other_start, other_end) = spans
    return start <= other_end and other_start <= end


def _facts(book: str) -> dict[str, str]:
    """The book's title and authors, `Whitlow, Ada;Okafor, Samuel` as `Ada Whitlow and Samuel
    Okafor`."""
    found = BOOK.fullmatch(book)
    names = []
    for name in found["authors"].split(";"):
        parts = [part.strip() for part in name.split(",")]
        if not all(parts):
            return {"title": found["title"]}
        names.append(" ".join(reversed(parts)) if len(parts) == 2 else name.strip())
    return {"title": found["title"], "author": and_joined(names)}
