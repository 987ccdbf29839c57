"""A Project Gutenberg e-book's plain text (docs/editions.md, "A Project Gutenberg e-book").

Project Gutenberg frames every work alike, and is known by that frame: the line `*** START OF
THE PROJECT GUTENBERG EBOOK … ***` (`THIS` in older files). Then:

- the header over it goes (`The Project Gutenberg eBook of …`, the terms of use, the fields):
  its `Title:` and `Author:` give the title and the author; its `Release date:` is the
  e-book's, never the essay's;
- from the `*** END OF …` line down, everything is the licence's, and goes;
- inside, the volunteers' own lines go: a transcriber's note (the block that opens `Transcriber's
  Note`), a `Produced by …` block, each `[Illustration: …]` where a picture stood;
- the printed title page, the centred lines before the first paragraph when they give the
  title again, goes; a date it states is the essay's; and so do the centred capitals after the
  last paragraph (a printer's imprint, `THE END`);
- each `[Footnote 1: …]` block, which the transcriber set after the paragraph that calls the
  note, is the note `1`, moved to the end of the text;
- `_underscores_` are italics, as the transcriber's note says: emphasis in the edition.

A text without the frame is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed, removed_lines
from .layout import EMPHASIS_MARK, Line, blocks_by_blank_lines
from .metadata import date_in

START = re.compile(r"\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*", re.I)
END = re.compile(r"\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*", re.I)
FIELD = re.compile(r"(?P<name>Title|Author):\s*(?P<value>\S.*)")
VOLUNTEERS = re.compile(r"Transcriber['’]s Notes?\b|Produced by\b", re.I)
ILLUSTRATION = re.compile(r"\[Illustration\b", re.I)
FOOTNOTE = re.compile(r"\[Footnote (?P<label>\d{1,3}|[A-Z*†‡])\s*[:.]\s*")
#: Italics: an underscore before a word and one after, within a paragraph (across its lines).
ITALICS = re.compile(r"(?<![\w_])_(?=[^\s_])(?P<words>[^_]+?)(?<=[^\s_])_(?![\w_])")
CENTRED = 4  # spaces before a centred line at least; the body's lines stand flush left
TITLE_PAGE_GAP = 3  # blank lines in a row that end the title page

HEADER = "Project Gutenberg's header: the e-book's title, terms of use and fields"
LICENCE = "Project Gutenberg's licence, from its END line down"
VOLUNTEERS_NOTE = "Project Gutenberg: a transcriber's note or credits"
ILLUSTRATION_PLACE = "Project Gutenberg: an illustration's place (`[Illustration: …]`)"
TITLE_PAGE = "Project Gutenberg: the printed title page, centred over the first paragraph"
BOOK_END = "Project Gutenberg: centred capitals after the last paragraph (an imprint, THE END)"


@dataclass(frozen=True)
class Etext:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title and author; the title page's date
    notes: int = 0  # `[Footnote n: …]` blocks moved to the end
    italics: int = 0  # spans in `_underscores_`, marked as emphasis


def gutenberg_text(lines: list[Line]) -> Etext:
    """The work's own lines, its notes at the end and its italics marked, if the text is a
    Project Gutenberg e-book (see the module); the lines as they are if it is not."""
    start = next((i for i, line in enumerate(lines) if START.match(line.text.strip())), None)
    if start is None:
        return Etext(lines)
    end = next(
        (i for i, line in enumerate(lines[start:], start) if END.match(line.text.strip())),
        len(lines),
    )
    facts = _fields(lines[:start])
    removed = removed_lines([line for line in lines[: start + 1] if not line.blank], HEADER)
    work = lines[start + 1 : end]
    gone: dict[int, str] = {}
    for block in blocks_by_blank_lines(work):
        opening = block[0].text.strip()
        if VOLUNTEERS.match(opening):
            gone.update((line.number, VOLUNTEERS_NOTE) for line in block)
    gone.update((line.number, ILLUSTRATION_PLACE) for line in _bracketed(work, ILLUSTRATION))
    kept = [line for line in work if line.number not in gone]
    title_page = _title_page(kept, facts.get("title", ""))
    if date := next((found for line in title_page if (found := date_in(line.text))), None):
        facts["date"] = date
    gone.update((line.number, TITLE_PAGE) for line in title_page)
    gone.update((line.number, BOOK_END) for line in _book_end(kept))
    removed += [Removed.of(line, gone[line.number]) for line in work if line.number in gone]
    removed += removed_lines([line for line in lines[end:] if not line.blank], LICENCE)
    body, notes = _notes_moved([line for line in work if line.number not in gone])
    marked, italics = _italics_marked(body)
    return Etext(marked, removed, facts, notes, italics)


def _fields(header: list[Line]) -> dict[str, str]:
    """The title and author the header's fields state (a long title runs on, indented)."""
    facts: dict[str, str] = {}
    for i, line in enumerate(header):
        if match := FIELD.match(line.text.strip()):
            value = match["value"]
            for more in header[i + 1 :]:
                if more.blank or not more.text.startswith(" "):
                    break
                value += " " + more.text.strip()
            facts.setdefault(match["name"].lower(), value.strip())
    return facts


def _bracketed(lines: list[Line], opening: re.Pattern) -> list[Line]:
    """The lines of each block that opens with the pattern's bracket, to the line that closes
    it (`[Illustration: …` / `… ]`)."""
    found: list[Line] = []
    depth = 0
    for line in lines:
        text = line.text.strip()
        if not depth and not opening.match(text):
            continue
        found.append(line)
        depth += text.count("[") - text.count("]")
        depth = max(depth, 0)
    return found


def _title_page(lines: list[Line], title: str) -> list[Line]:
    """The centred lines over the first flush-left line, blocks no more than a couple of blank
    lines apart, when one of them gives the title's first words (in any case)."""
    page: list[Line] = []
    blanks = 0
    for line in lines:
        if line.blank:
            blanks += 1
            continue
        if not line.text.startswith(" " * CENTRED) or (page and blanks >= TITLE_PAGE_GAP):
            break
        page.append(line)
        blanks = 0
    words = " ".join(re.findall(r"\w+", title.lower())[:2])
    said = " ".join(" ".join(re.findall(r"\w+", line.text.lower())) for line in page)
    return page if words and words in said else []


def _book_end(lines: list[Line]) -> list[Line]:
    """The centred lines in capitals under the last line that is not one."""
    end: list[Line] = []
    for line in reversed(lines):
        if line.blank:
            continue
        text = line.text.strip()
        if not (line.text.startswith(" " * CENTRED) and text.isupper()):
            break
        end.append(line)
    return end[::-1]


def _notes_moved(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines with each `[Footnote n: …]` block read as the note `[n] …` and moved to the
    end, with the blank line over it."""
    body: list[Line] = []
    notes: list[Line] = []
    count = 0
    block = set(line.number for line in _bracketed(lines, FOOTNOTE))
    for line in lines:
        if line.number not in block:
            body.append(line)
            continue
        text = line.text.strip()
        if match := FOOTNOTE.match(text):
            count += 1
            if body and body[-1].blank:
                notes.append(body.pop())
            text = f"[{match['label']}] {text[match.end() :]}"
        if text.endswith("]") and text.count("]") > text.count("["):
            text = text[:-1]
        notes.append(Line(line.number, text))
    return body + notes, count


def _italics_marked(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines with each span in underscores marked as emphasis (`EMPHASIS_MARK`), a span
    wrapped over lines too: each paragraph is read whole, and split again at its lines."""
    read: dict[int, str] = {}
    count = 0
    for block in blocks_by_blank_lines(lines):
        text, found = ITALICS.subn(
            lambda m: f"{EMPHASIS_MARK}{m['words']}{EMPHASIS_MARK}",
            "\n".join(line.text for line in block),
        )
        count += found
        read.update(zip((line.number for line in block), text.split("\n")))
    return [Line(line.number, read.get(line.number, line.text)) for line in lines], count
