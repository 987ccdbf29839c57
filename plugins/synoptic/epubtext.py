"""An EPUB made by pandoc, as the PyPI `epub2txt` prints it, as docs/editions.md describes it.

That epub2txt prints every XHTML document of the book in its manifest's order, each document's
whole text (its `<title>` too) a line a block, with no blank line anywhere: the navigation
document (the book's title, then its table of contents glued into one line), the hidden
landmarks (`Title Page`), the title page (its `<title>`, then the title, a subtitle, the
authors a line each, a publisher, the date, a rights line), then each chapter: its file's name
as its `<title>` (`ch001.xhtml`, pandoc's), its heading, its paragraphs, and the notes it
cites, unnumbered, at its end. pandoc heads the text before the first heading with the book's
title, and numbers the notes of each chapter from 1 (`coast.1`, then `weeks.1`, `have.2`).

It is known by its chapters' names: two lines or more that are each a chapter file's name
alone, `ch001.xhtml` upwards in order, the first line of the text (the book's title) stated
again over the first, in a text printed so (no blank line anywhere, the contents glued after
the title on the second line, a `Title Page` line in a short front, each chapter's name over
its text). Then:

- the lines above the first chapter go (listed): the title is the first line; the date the
  title page's date line; the authors the name lines between the title (and its subtitle) and
  the date, less the publisher right above the date (an organisation's word, or the rights
  holder where the rights line names no other of those lines);
- each chapter's name goes, and the first chapter's heading where it is the book's title;
- in a chapter whose digits glued after a word's stop (not a label's, `No.1`, `A.1`) in the
  lines above its last n count 1 to n, those n lines are its notes:
  the markers and notes are numbered on through the book (`[3]`), the notes set at the end
  under `Notes`; a chapter whose digits do not so count keeps its lines, and the report says
  so;
- a chapter headed `About the author(s)` followed by at most two short chapters keeps its
  paragraph and loses its heading; the chapters after it are the book's back matter (a
  pledge, a list of the series) and go, listed, and the report says how many. Followed by
  more, every chapter stays as it stands and the report warns.

The rest is read as it stands; a note's own italics are lost in this shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .authornote import ABOUT
from .furniture import Removed
from .layout import BETWEEN_LINES, Line, set_apart
from .metadata import names_people, parse_date
from .names import and_joined
from .writertext import bracketed, glued_markers

CHAPTER = re.compile(r"ch(?P<n>\d{3})\.xhtml")
RIGHTS = re.compile(r"(?:©|\(c\)|Copyright)", re.IGNORECASE)

# A title page's publisher: an organisation's word in the line above the date.
PUBLISHER = re.compile(
    r"\b(?:Trust|Society|Press|Books|Publishing|Publishers?|Council|University|Association|"
    r"Institute|Foundation|Group|Ltd|Limited|Inc|Company|Club|Centre|Center|Network|Alliance|"
    r"Campaign|Union|Federation|Partnership|Media|Editions|House)\b"
)
FRONT_LINES = 16  # a title page's handful of lines, with the contents and landmarks above it
BACK_LINES = 4  # a back-matter chapter's name, its heading and a paragraph or two
BACK_WORDS = 120

EPUB_FRONT = "epub2txt: the e-book's contents, landmarks and title page, above its chapters"
EPUB_CHAPTER = "epub2txt: a chapter file's name, and pandoc's heading of the untitled opening"
EPUB_BACK = "epub2txt: the e-book's back matter, after its author's note"


@dataclass(frozen=True)
class EpubText:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date
    notes: int = 0
    warnings: tuple[str, ...] = ()


def epub_text(lines: list[Line]) -> EpubText:
    """The book's chapters with their notes at the end, and its title page's facts, where the
    text is epub2txt's of a pandoc EPUB (see the module); the lines as they are otherwise."""
    texts = [line for line in lines if not line.blank]
    starts = [i for i, line in enumerate(texts) if CHAPTER.fullmatch(line.text.strip())]
    if len(starts) < 2 or not texts:
        return EpubText(lines)
    numbers = [int(CHAPTER.fullmatch(texts[i].text.strip())["n"]) for i in starts]
    title = texts[0].text.strip()
    front = texts[: starts[0]]
    if numbers != list(range(1, len(numbers) + 1)) or not any(
        line.text.strip() == title for line in front[1:]
    ):
        return EpubText(lines)
    if not _printed_so(lines, texts, starts, title):
        return EpubText(lines)
    facts = _facts(front, title)
    removed = [Removed.of(line, EPUB_FRONT) for line in front]
    chapters = [texts[a:b] for a, b in zip(starts, starts[1:] + [len(texts)])]
    body: list[Line] = []
    notes: list[Line] = []
    warnings: list[str] = []
    for index, chapter in enumerate(chapters):
        name, rest = chapter[0], chapter[1:]
        removed.append(Removed.of(name, EPUB_CHAPTER))
        if index == 0 and rest and rest[0].text.strip() == title:
            removed.append(Removed.of(rest[0], EPUB_CHAPTER))
            rest = rest[1:]
        if rest and ABOUT.fullmatch(rest[0].text.strip(" :")) and index > 0:
            if not _back_matter(chapters[index + 1 :]):
                warnings.append(
                    f"epub2txt's e-book: an author's note ({rest[0].text.strip()}, line "
                    f"{rest[0].number}) with more than a short chapter or two after it: all "
                    "kept as they stand; check where the essay ends"
                )
                body += rest
                continue
            removed.append(Removed.of(rest[0], EPUB_CHAPTER))
            body += rest[1:]
            back = [line for later in chapters[index + 1 :] for line in later]
            removed += [Removed.of(line, EPUB_BACK) for line in back]
            if back:
                warnings.append(
                    f"epub2txt's e-book: {len(chapters) - index - 1} chapters after the "
                    f"author's note (from line {back[0].number}) taken for back matter and "
                    "left out: check that none is the essay's"
                )
            break
        glued = [int(m["n"]) for line in rest for m in glued_markers(line.text)]
        count = _notes_at_end(rest)
        if not count:
            if glued:
                warnings.append(
                    f"epub2txt's e-book: the digits glued after a stop in {name.text.strip()} "
                    "do not count 1 to n: no note read there; mark them by hand"
                )
            body += rest
            continue
        offset = len(notes)
        body += [
            Line(
                line.number,
                bracketed(line.text, offset),
            )
            for line in rest[:-count]
        ]
        notes += [
            Line(line.number, f"[{offset + n}] {line.text.strip()}")
            for n, line in enumerate(rest[-count:], start=1)
        ]
    if notes:
        body += [Line(notes[0].number - BETWEEN_LINES / 2, "Notes"), *notes]  # (no raw line's)
    return EpubText(set_apart(body), removed, facts, len(notes), tuple(warnings))


def _printed_so(lines: list[Line], texts: list[Line], starts: list[int], title: str) -> bool:
    """Whether the text is as epub2txt prints a book: no blank line anywhere, the contents
    glued after the title on the second line, a `Title Page` line in a front of a handful of
    lines, each chapter's name followed by its text."""
    first, last = texts[0].number, texts[-1].number
    if any(line.blank and first < line.number < last for line in lines):
        return False
    front = [line.text.strip() for line in texts[: starts[0]]]
    if len(front) < 3 or len(front) > FRONT_LINES or "Title Page" not in front:
        return False
    if not front[1].startswith(title) or len(front[1]) <= len(title):
        return False
    ends = starts[1:] + [len(texts)]
    return all(end - start > 1 for start, end in zip(starts, ends))


def _back_matter(later: list[list[Line]]) -> bool:
    """Whether the chapters after an author's note are a book's back matter: at most two,
    each short (its name, a heading, a paragraph or two), with no note's marker."""
    if len(later) > 2:
        return False
    for chapter in later:
        words = sum(len(line.text.split()) for line in chapter[1:])
        if len(chapter) > BACK_LINES or words > BACK_WORDS:
            return False
        if any(glued_markers(line.text) for line in chapter):
            return False
    return True


def _notes_at_end(rest: list[Line]) -> int:
    """How many of a chapter's last lines are its notes: n where the digits glued after a stop
    in the lines above them count 1 to n (a note's own glued digits not counted); 0 where none
    so count."""
    for count in range(1, len(rest) - 1):
        glued = [int(m["n"]) for line in rest[:-count] for m in glued_markers(line.text)]
        if glued == list(range(1, count + 1)):
            return count
        if len(glued) < count:
            return 0
    return 0


def _facts(front: list[Line], title: str) -> dict[str, str]:
    """The title page's title, date and authors (see the module)."""
    facts = {"title": title}
    texts = [line.text.strip() for line in front]
    at = max(i for i, text in enumerate(texts) if text == title)
    dated = next((i for i in range(at + 1, len(texts)) if parse_date(texts[i])), None)
    if dated is None:
        return facts
    facts["date"] = parse_date(texts[dated]) or ""
    rights = " ".join(text for text in texts[dated + 1 :] if RIGHTS.search(text))
    names = [text for text in texts[at + 1 : dated] if "," not in text and names_people(text)]
    # pandoc sets the publisher right above the date: known by an organisation's word, or as
    # the rights holder where the rights line names none of the other names
    if names and names[-1] == texts[dated - 1] and len(names) > 1:
        others = names[:-1]
        if PUBLISHER.search(names[-1]) or (
            names[-1] in rights and not any(name in rights for name in others)
        ):
            names = others
    if names:
        facts["author"] = and_joined(names)
    return facts
