"""The author's note about herself under its own heading below the notes, as docs/editions.md
describes it.

An edition ends its body with the author's note (`Ann Lee is a …`) and then the notes. A page's
template may set the note below the notes' list, under a heading of its own (`About the
author`, or a magazine's author box's `About Ann Lee`, the byline's name). Where the last
blocks after the notes are such a heading and one paragraph that opens with a byline's name and
a verb or a comma (`Priya Anand is …`, `Dr Priya Anand, a …`), the paragraph is set above the
notes and the heading goes. So is such a paragraph alone after the notes (a blog's `<hr>` or a
rule `---` may stand between, or nothing: a Word manuscript, a Medium post and a Squarespace
page set it right under the last note). Anything else after the notes (a paragraph naming no
author, two paragraphs, another heading) is left where it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .furniture import Removed
from .layout import BIO_OPENING
from .names import without_honorific

if TYPE_CHECKING:  # ingest imports this module; the type is only named here
    from .ingest import Block

# `About the author(s)` and its like only: a bare `The Author` may head an essay's chapter
ABOUT = re.compile(r"about the (?:authors?|writers?|contributors?)", re.I)
AUTHOR_NOTE_HEADING = "the heading over the author's note below the notes (About the author)"


@dataclass(frozen=True)
class Moved:
    blocks: list[Block]
    removed: list[Removed]
    moved: int | None = None  # the raw line of the note set above the notes


def author_note_above_notes(blocks: list[Block], authors: tuple[str, ...]) -> Moved:
    """The blocks with an author's note below the notes set above them (see the module)."""
    notes = [i for i, block in enumerate(blocks) if block.kind == "note"]
    if not notes or not authors:
        return Moved(blocks, [])
    after = blocks[notes[-1] + 1 :]
    alone = len(after) == 1 and after[0].kind == "paragraph"
    if alone and _opens_with_author(after[0].text, authors):
        return Moved(_above_notes(blocks[: notes[-1] + 1], notes[0], after[0]), [], after[0].line)
    if len(after) != 2 or after[0].kind != "heading":
        return Moved(blocks, [])
    heading, note = after
    if not _about_author(heading.text, authors):
        return Moved(blocks, [])
    if note.kind != "paragraph" or not _opens_with_author(note.text, authors):
        return Moved(blocks, [])
    removed = [Removed(heading.line, heading.text.strip(), AUTHOR_NOTE_HEADING)]
    return Moved(_above_notes(blocks[: notes[-1] + 1], notes[0], note), removed, note.line)


def _above_notes(rest: list[Block], at: int, note: Block) -> list[Block]:
    """The blocks with the author's note set above the first note (`at`), and above the
    notes' heading where one stands over them."""
    if at > 0 and rest[at - 1].kind == "heading":
        at -= 1
    return rest[:at] + [note] + rest[at:]


ABOUT_HEADING = "the label over the author's note, the text's last heading (About the authors)"


def about_heading_over_note(blocks: list[Block], authors: tuple[str, ...]) -> Moved:
    """The blocks without a label `About the author(s)` set over the author's note above the
    notes (a letter's typed label, `About the authors` / `Dorota Pyke is …`): the heading goes
    where it is the body's last heading and the paragraph right under it opens with a byline's
    name and a verb or a comma (the heading over the notes, `Notes`, is no body's: an EPUB's
    notes document after the author's); an essay's section so named, over paragraphs that do
    not open so, or with a heading after it, stays."""
    headings = [
        i
        for i, block in enumerate(blocks)
        if block.kind == "heading" and not _over_notes(blocks[i + 1 :])
    ]
    if not headings or not authors:
        return Moved(blocks, [])
    at = headings[-1]
    heading, below = blocks[at], blocks[at + 1 : at + 2]
    if not ABOUT.fullmatch(heading.text.strip().rstrip(":")) or not below:
        return Moved(blocks, [])
    if below[0].kind != "paragraph" or not _opens_with_author(below[0].text, authors):
        return Moved(blocks, [])
    removed = [Removed(heading.line, heading.text.strip(), ABOUT_HEADING)]
    return Moved(blocks[:at] + blocks[at + 1 :], removed)


def _over_notes(after: list[Block]) -> bool:
    """Whether the blocks after a heading are notes alone: it is the notes' heading."""
    return bool(after) and all(block.kind == "note" for block in after)


def _about_author(heading: str, authors: tuple[str, ...]) -> bool:
    """A heading over the author's note: `About the author(s)`, or `About` and a byline's
    name (a magazine's author box, `About Elspeth Varga`)."""
    said = heading.strip().rstrip(":")
    named = {f"about {name}".casefold() for name in authors if name}
    return bool(ABOUT.fullmatch(said)) or said.casefold() in named


def _opens_with_author(text: str, authors: tuple[str, ...]) -> bool:
    text = without_honorific(text)
    return any(re.match(re.escape(name) + BIO_OPENING, text) for name in authors if name)
