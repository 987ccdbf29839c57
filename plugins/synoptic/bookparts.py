"""A printed pamphlet's or an e-book's front and back pages (docs/editions.md, "A book's front
and back pages").

OCR of a scanned pamphlet marks its pages with form feeds; calibre's conversion of an e-book
to text sets its files (the title page, the copyright page, the contents, each chapter) apart
by runs of blank lines. Either way, the pages before the essay's first paragraph of prose
(`PROSE_WORDS` words or more on lines that run on), each saying what such a page says, are
the book's front: a cover or title page, an imprint or copyright page, a contents page. They
go, and give the front matter the title (the first page's lines above the byline), the
author (the byline), the date and the publisher (`Published by …`, `First published 9 March
2026 by …`, a date line). The pages
after the essay's notes that hold no such paragraph are its back: a back cover, the series'
other titles; they go too. A text with no such pages is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import PULL_QUOTE, Removed, captions, pull_quotes
from .layout import Line, blocks_by_blank_lines, is_all_caps, join_lines
from .metadata import line_date, metadata_line, parse_date
from .pages import cover_sheet
from .preprint import HEADER, is_name_line
from .superscripts import is_notes_heading

#: Blank lines in a row that set an e-book's files apart (calibre writes five).
FILE_GAP = 4
#: A block of this many words is a paragraph of prose: the essay's, not a title page's (an
#: imprint may run to a sentence or two: `All rights reserved. No part of this publication …`).
PROSE_WORDS = 40
FULL_LINE = 0.8  # a line this share of the page's widest runs on to the next
#: What a book's imprint or contents page says.
FRONT_PAGE = re.compile(
    r"©|\b(?:[Pp]ublished by|First published|All rights reserved|Printed by|ISBN)\b"
    r"|^\s*(?:Contents|CONTENTS)\s*$"
)
#: The publisher, and perhaps the date, an imprint states (`Published by the Friends of …`,
#: `First published 9 March 2026 by the Marrowby Civic Society, The Old Customs House, …`).
IMPRINT = re.compile(
    r"(?:First )?[Pp]ublished(?: (?:in|on))?(?: (?P<date>(?!by\b)[^,]+?))?"
    r"(?: by (?P<publisher>[^,.]+))?(?:[,.].*)?"
)

BOOK_FRONT = (
    "a book's or pamphlet's front: its pages before the first paragraph (a cover or title "
    "page, an imprint or copyright page, a contents page)"
)
FIGURE = "a book's figure caption (Figure 1. …, or ending in its credit: Photograph: …)"
BOOK_BACK = (
    "a book's or pamphlet's back: its pages after the notes with no paragraph (a back cover, "
    "the series' other titles)"
)


@dataclass
class BookParts:
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)


def book_parts(lines: list[Line], starts: list[int]) -> BookParts:
    """The front and back pages of a paged or e-book text (see the module), and the facts its
    front states; nothing where the text opens with its prose."""
    if cover_sheet(lines, starts):
        return BookParts()  # a digital library's cover sheet: pages.py reads it
    pages = book_pages(lines, starts)
    first = next(
        (i for i, page in enumerate(pages) if _has_prose(page) or not _is_front_page(page, i)),
        None,
    )
    if not first or first < 2:
        return BookParts()  # a front is a title page and an imprint or contents page at least
    notes = max(
        (i for i, page in enumerate(pages) if any(is_notes_heading(line.text) for line in page)),
        default=None,
    )
    back = []
    if notes is not None and notes >= first:
        for page in reversed(pages[notes + 1 :]):
            if _has_prose(page):
                break
            back = [line for line in page if not line.blank] + back
    front = [line for page in pages[:first] for line in page if not line.blank]
    return BookParts(
        removed=[Removed(line.number, line.text.strip(), BOOK_FRONT) for line in front]
        + [Removed(line.number, line.text.strip(), BOOK_BACK) for line in back],
        facts=front_facts(pages[:first]),
    )


def book_pages(lines: list[Line], starts: list[int]) -> list[list[Line]]:
    """The text's pages, blank lines and all: by its form feeds, or else by the runs of
    `FILE_GAP` blank lines that set an e-book's files apart (none: one page)."""
    pages: list[list[Line]] = [[]]
    blanks = 0
    for line in lines:
        if line.number in starts or (not starts and not line.blank and blanks >= FILE_GAP):
            pages.append([])
        blanks = blanks + 1 if line.blank else 0
        pages[-1].append(line)
    return [page for page in pages if any(not line.blank for line in page)]


def _is_front_page(page: list[Line], index: int) -> bool:
    """A page that says what a front page says: the first its byline, a later one its imprint
    (`©`, `Published by`, `All rights reserved`, `Printed by`, an ISBN) or `Contents`."""
    if index == 0:
        return any(_byline(line.text.strip()) is not None for line in page)
    return any(FRONT_PAGE.search(line.text) for line in page)


def _has_prose(page: list[Line]) -> bool:
    """A paragraph of prose on the page: `PROSE_WORDS` words or more on lines that run on, each
    but the last as wide as the page's lines are (an imprint's lines are items, each short)."""
    widest = max(len(line.text.strip()) for line in page)  # (a page holds a line of text)
    for block in blocks_by_blank_lines(page):
        words = 0
        for line in block:
            words += len(line.text.split())
            if words >= PROSE_WORDS:
                return True
            if len(line.text.strip()) < FULL_LINE * widest:
                words = 0  # the paragraph, if any, ended on this short line
    return False


def front_facts(pages: list[list[Line]]) -> dict[str, str]:
    """What a book's front pages state: the title (the first page's lines above its byline,
    but a series' line and lines of no word; capitals, then a line in lower case, are a title
    and its subtitle: `BRING BACK THE SALTINGS: The Case for …`), the author, the date and the
    publisher."""
    facts: dict[str, str] = {}
    title: list[str] = []
    for block in blocks_by_blank_lines(pages[0]):
        if len(block) == 1 and (author := _byline(block[0].text.strip())) is not None:
            facts["author"] = author
            break
        title += [text for line in block if _is_words(text := line.text.strip())]
        title = [text for text in title if not HEADER.match(text)]
    if title and "author" in facts:
        facts["title"] = _title(title)
    for line in (line for page in pages for line in page):
        text = line.text.strip()
        imprint = IMPRINT.fullmatch(text)
        if imprint and imprint["publisher"]:
            facts.setdefault("publisher", imprint["publisher"].strip())
        date = parse_date(imprint["date"]) if imprint and imprint["date"] else line_date(text)
        if date:
            facts.setdefault("date", date)
    return facts


def _byline(text: str) -> str | None:
    """The author a line of its own names: `by Ruth Amberley`, or names alone (`Priya
    Nandakumar and Owen Stiles`; not a title's words in capitals, nor `The Case for …`)."""
    stated = metadata_line(text) or {}
    if "author" in stated:
        return stated["author"]
    return text if is_name_line(text) and not is_all_caps(text) else None


def _is_words(text: str) -> bool:
    """A line of words, not an OCR's reading of a drawing (`= ~~ ee`)."""
    letters = sum(char.isalpha() for char in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and any(
        len(word) > 2 and word.isalpha() for word in text.split()
    )


def _title(lines: list[str]) -> str:
    caps = [line for line in lines if is_all_caps(line)]
    if caps and lines[: len(caps)] == caps and len(caps) < len(lines):
        return f"{join_lines(caps)}: {join_lines(lines[len(caps) :])}"
    return join_lines(lines)


def figures_and_pull_quotes(lines: list[Line]) -> list[Removed]:
    """A book's figure captions (`Figure 1. The seaward wall … Photograph: Priya Nandakumar.`)
    and pull quotes (a sentence of the text set again on a line of its own), by the rules a web
    page's are found by."""
    texts = [line for line in lines if not line.blank]
    found = {
        line.number: Removed(line.number, line.text.strip(), FIGURE) for line in captions(texts)
    }
    found |= {
        line.number: Removed(line.number, line.text.strip(), PULL_QUOTE)
        for line in pull_quotes(lines)
    }
    return [found[number] for number in sorted(found)]
