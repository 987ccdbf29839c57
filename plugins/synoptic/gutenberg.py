"""A Project Gutenberg e-book's plain text (docs/editions.md, "A Project Gutenberg e-book").

Project Gutenberg frames every work alike, and is known by that frame: the file opens with
`The Project Gutenberg eBook of …` (`Project Gutenberg's …` in older files) and has the line
`*** START OF THE PROJECT GUTENBERG EBOOK … ***` (`THIS` in older files) under it. Then:

- the header down to that line goes (the terms of use, the fields): its `Title:` and
  `Author:` give the title and the author; its `Release date:` is the e-book's, never the
  essay's;
- from the `*** END OF …` line down (or the `End of the Project Gutenberg EBook of …` line over
  it, in older files), everything is the licence's, and goes;
- inside, the volunteers' own lines go: a transcriber's note (a block that opens `Transcriber's
  Note`, or one in brackets; a `Transcriber's Notes:` heading and the short entries under it),
  the credits that open the work (`Produced by …`), each `[Illustration: …]`;
- the printed title page goes: the lines over the first paragraph, centred or saying the title
  again, blocks no more than a couple of blank lines apart, when they give the title's first
  words (in any case); a date it states is the essay's. So do the centred capitals after the
  last paragraph (a printer's imprint, `THE END`);
- each `[Footnote 1: …]` block (`[Footnote A: …]`, marked `[A]`, is numbered in order), which
  the transcriber set after the paragraph that calls the note, is the note, moved to the end
  of the text; a bracket left open ends with its block;
- `_underscores_` are italics, as the transcriber's note says: emphasis in the edition.

Where a rule rewrites a line's opening (`[Footnote 1: ` → `[1]`), the line keeps its length in
spaces: the length of a hard-wrapped line tells where a paragraph ends.

A text without the frame is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

from .furniture import Removed, removed_lines
from .layout import EMPHASIS_MARK, STRONG_MARK, Line, blocks_by_blank_lines, ends_sentence
from .metadata import comparable_words, date_in

#: The file's first line: `The Project Gutenberg eBook of …`, `Project Gutenberg's …, by …`.
OPENING = re.compile(
    r"(?:The )?Project Gutenberg (?:e-?book|etext) of\b|Project Gutenberg['’]s\s", re.I
)
START = re.compile(r"\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*", re.I)
END = re.compile(
    r"\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK\b.*"
    r"|End of (?:the |this )?Project Gutenberg(?:['’]s)? E-?Book\b.*",
    re.I,
)
FIELD = re.compile(r"(?P<name>Title|Author):\s*(?P<value>\S.*)")
TRANSCRIBER = re.compile(r"\[?Transcriber['’]s Notes?\b", re.I)
CREDITS = re.compile(r"Produced by\b", re.I)
ENTRY_LINES = 2  # a transcriber's entry (`Page 12: "x" changed to "y".`)
ILLUSTRATION = re.compile(r"\[Illustration\b", re.I)
FOOTNOTE = re.compile(r"\[Footnote (?P<label>\d{1,3}|[A-Z*†‡])\s*[:.]\s*")
MARKER = re.compile(r"\[(?P<label>\d{1,3}|[A-Z*†‡])\]")
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
    first = next((line.text.strip() for line in lines if not line.blank), "")
    start = next((i for i, line in enumerate(lines) if START.match(line.text.strip())), None)
    if start is None or not OPENING.match(first):
        return Etext(lines)
    end = next(
        (i for i, line in enumerate(lines[start:], start) if END.match(line.text.strip())),
        len(lines),
    )
    facts = _fields(lines[:start])
    removed = removed_lines([line for line in lines[: start + 1] if not line.blank], HEADER)
    work = lines[start + 1 : end]
    gone = {line.number: VOLUNTEERS_NOTE for line in _volunteers(work)}
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
    # (a text that holds the marks emphasis is written with has its underscores kept as written)
    if any(mark in line.text for line in body for mark in (EMPHASIS_MARK, STRONG_MARK)):
        marked, italics = body, 0
    else:
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


def _volunteers(work: list[Line]) -> list[Line]:
    """The transcriber's notes and the volunteers' credits (see the module)."""
    found: list[Line] = _bracketed(work, TRANSCRIBER)
    blocks = blocks_by_blank_lines(work)
    opening_work = True  # only the volunteers' blocks so far: credits may stand here
    for index, block in enumerate(blocks):
        opening = block[0].text.strip()
        credits = opening_work and CREDITS.match(opening)
        opening_work = bool(credits or TRANSCRIBER.match(opening))
        if TRANSCRIBER.match(opening) or credits:
            found += block
            if len(block) == 1 and not ends_sentence(opening):  # a heading: its entries
                last = block[-1].number
                for entry in blocks[index + 1 :]:
                    # (entries one blank line apart, at the margin: a gap or a centred line
                    # is the work's again)
                    if (
                        len(entry) > ENTRY_LINES
                        or entry[0].number > last + 2
                        or entry[0].text.startswith(" " * CENTRED)
                    ):
                        break
                    found += entry
                    last = entry[-1].number
    return found


def _bracketed(lines: list[Line], opening: re.Pattern) -> list[Line]:
    """The lines of each block that opens with the pattern's bracket, to the line that closes
    it (`[Illustration: …` / `… ]`), or to the block's end where none does."""
    found: list[Line] = []
    depth = 0
    for line in lines:
        text = line.text.strip()
        if line.blank:
            depth = 0
        if not depth and not opening.match(text):
            continue
        found.append(line)
        depth = max(depth + text.count("[") - text.count("]"), 0)
    return found


def _title_page(lines: list[Line], title: str) -> list[Line]:
    """The lines over the first paragraph, centred or saying the title again, blocks no more
    than a couple of blank lines apart, when one of them gives the title's first words (in
    any case)."""
    page: list[Line] = []
    blanks = 0
    for line in lines:
        if line.blank:
            blanks += 1
            continue
        centred = line.text.startswith(" " * CENTRED)
        if (page and blanks >= TITLE_PAGE_GAP) or not (
            centred or comparable_words(line.text) == comparable_words(title)
        ):
            break
        page.append(line)
        blanks = 0
    first = comparable_words(title)[:2]
    said = [word for line in page for word in comparable_words(line.text)]
    # (whole words in a row: "Art" is not in "heart")
    gives = first and any(said[i : i + len(first)] == first for i in range(len(said)))
    return page if gives else []


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
    end, with the blank line over it. A note labelled by a letter or a sign takes the next
    number after the numbered notes', and where labels repeat (they restart by chapter) every
    note takes the next number in reading order; a marker takes the number of its label's
    next note, the first `[A]` (or `[1]`) not yet given one."""
    body: list[Line] = []
    notes: list[Line] = []
    block = {line.number for line in _bracketed(lines, FOOTNOTE)}
    openings = [
        m for line in lines if line.number in block if (m := FOOTNOTE.match(line.text.strip()))
    ]
    labels = [m["label"] for m in openings]
    restarted = len(set(labels)) < len(labels)
    digits = [int(label) for label in labels if label.isdigit() and not restarted]
    following = count(max(digits, default=0) + 1)
    renumbered: dict[str, list[str]] = {}  # a label → its notes' numbers, in reading order
    for line in lines:
        if line.number not in block:
            body.append(line)
            continue
        text = line.text
        if match := FOOTNOTE.match(text.strip()):
            label = match["label"]
            if label.isdigit() and not restarted:
                number = label
            else:
                number = str(next(following))
                renumbered.setdefault(label, []).append(number)
            if body and body[-1].blank:
                notes.append(body.pop())
            opening = f"[{number}]"
            # (the line keeps its length: `[Footnote 1: ` is as long as `[1]` and its spaces)
            text = (
                opening.ljust(len(text) - len(text.lstrip()) + match.end())
                + text.strip()[match.end() :]
            )
        if text.rstrip().endswith("]") and text.count("]") > text.count("["):
            text = text.rstrip()[:-1]
        notes.append(Line(line.number, text))
    if renumbered:
        body = [
            Line(line.number, MARKER.sub(lambda m: _marker(m, renumbered), line.text))
            for line in body
        ]
    return body + notes, len(openings)


def _marker(marker: re.Match[str], renumbered: dict[str, list[str]]) -> str:
    """A marker as the number of its label's next note (`[A]` → `[3]`); a label with no note
    left, and any other bracket, as it is."""
    numbers = renumbered.get(marker["label"])
    return f"[{numbers.pop(0)}]" if numbers else marker[0]


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
