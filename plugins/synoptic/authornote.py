"""The author's note about herself set below the notes, as docs/editions.md describes it.

An edition ends its body with the author's note (`Ann Lee is a …`) and then the notes. Some
shapes put the note after them: a page's template under a heading of its own (`About the
author`) below the notes' list, a chat where the author sent a line about herself after the
rest. Where the last blocks after the notes are one paragraph that opens with a byline's name
and a verb or a comma (`Priya Anand is …`, `Dr Priya Anand, a …`), perhaps under such a
heading, the paragraph is set above the notes and the heading goes. Any other block after the
notes (a paragraph naming no author, two paragraphs) is left where it stands.
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

ABOUT = re.compile(r"(?:about the (?:authors?|writer|contributors?)|the authors?)", re.I)
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
    heading = after[0] if len(after) == 2 and after[0].kind == "heading" else None
    if heading is not None and not ABOUT.fullmatch(heading.text.strip().rstrip(":")):
        return Moved(blocks, [])
    note = after[-1] if after and len(after) == 1 + (heading is not None) else None
    if note is None or note.kind != "paragraph" or not _opens_with_author(note.text, authors):
        return Moved(blocks, [])
    rest = blocks[: notes[-1] + 1]
    at = notes[0]
    if at > 0 and rest[at - 1].kind == "heading":
        at -= 1
    removed = [Removed(heading.line, heading.text.strip(), AUTHOR_NOTE_HEADING)] if heading else []
    return Moved(rest[:at] + [note] + rest[at:], removed, note.line)


def _opens_with_author(text: str, authors: tuple[str, ...]) -> bool:
    text = without_honorific(text)
    return any(re.match(re.escape(name) + BIO_OPENING, text) for name in authors if name)
