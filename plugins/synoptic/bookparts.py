"""A printed pamphlet's or an e-book's front and back pages (docs/editions.md, "A book's front
and back pages").

OCR of a scanned pamphlet marks its pages with form feeds; calibre's conversion of an e-book
to text sets its sections (the title page, the copyright page, the contents, each heading's
part) apart by runs of blank lines. Either way, the book's front is its first pages, a title
page and then imprint or contents pages, each made of a front page's lines (a title, names,
an imprint's items), with no paragraph of prose. They go, and give the front matter the title
(the title page's blocks above its byline), the author (the byline), the date and the
publisher (`Published by …`, `First published 9 March 2026 by …`, a date line). A page between
them that is neither (a dedication) stays. The pages after the essay's notes that say what a
book's back says (the series' other titles, a price, `Join …`) go too. A text with no such
pages is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import (
    CONTENTS,
    PULL_QUOTE,
    PULL_QUOTE_IN_RUN,
    Removed,
    is_caption,
    pull_quotes,
    pull_quotes_in_runs,
)
from .layout import Line, blocks_by_blank_lines, ends_sentence, join_lines
from .metadata import line_date, metadata_line, parse_date
from .preprint import HEADER, is_name_line
from .superscripts import entry_label, is_notes_heading

#: Blank lines in a row that set an e-book's sections apart (calibre writes five).
SECTION_GAP = 4
#: A block of this many words is a paragraph of prose: the essay's, not a title page's.
PROSE_WORDS = 40
FULL_LINE = 0.8  # a line this share of the page's widest runs on to the next
ITEM_WORDS = 8  # an imprint's item (`14 February 2026`, `4 Strand Terrace, Marrowby`)
#: An imprint's line, by how it opens (`© Ann Lee 2025`, `First published …`, `eISBN …`).
IMPRINT_LINE = re.compile(
    r"\s*(?:(?:Text |Cover photograph )?(?:©|Copyright|\(c\))|(?:First |This edition )?"
    r"[Pp]ublished\b|Printed (?:by|in)\b|(?:e|ebook |Paperback )?ISBN\b|All rights reserved"
    r"|Registered charity)",
    re.IGNORECASE,
)
#: An imprint's long notices, no prose of the essay's however long.
NOTICE = re.compile(
    r"All rights reserved|No part of this (?:publication|book)|sold subject to the condition"
    r"|catalogue record",
    re.IGNORECASE,
)
#: The publisher an imprint names (`Published by W. W. Norton & Company, New York`).
PUBLISHER = re.compile(r"\b[Pp]ublished\b.*?\bby (?P<publisher>[^,]+?)\.?(?:,|$)")
#: A date written out within a line (`… published 9 March 2026 by …`, `… in May 2025 by …`).
DATE_IN_LINE = re.compile(r"(?:\d{1,2} )?[A-Z][a-z]+\.? (?:\d{1,2}, )?\d{4}")
#: What a book's back page says: the series' other titles, its price, its society's call.
BACK_LINE = re.compile(
    r"\s*(?:Also (?:in|by|available|from)|Other titles|More (?:titles|from)|Join\b|Membership\b"
    r"|ISBN\b)|.*(?:£|\$|€)\d",
    re.IGNORECASE,
)

BOOK_FRONT = (
    "a book's or pamphlet's front: its pages before the first paragraph (a cover or title "
    "page, an imprint or copyright page, a contents page)"
)
BOOK_BACK = (
    "a book's or pamphlet's back: its pages after the notes that say what a back says (the "
    "series' other titles, a price, a society's call to join)"
)
FIGURE = "a book's figure caption (Figure 1. …, or ending in its credit: Photograph: …)"


@dataclass
class BookParts:
    """The lines of a book's front and back pages, and what its front states."""

    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)


def book_parts(lines: list[Line], starts: list[int]) -> BookParts:
    """The front and back pages of a paged or e-book text (see the module), and the facts its
    front states; nothing where the text opens with its prose. `lines`: the text without its
    pages' furniture (a digital library's cover sheet among it, which pages.py reads)."""
    pages = book_pages(lines, starts)
    front = front_pages(pages)
    if not front:
        return BookParts()
    back = back_pages(pages, after=max(front))
    return BookParts(
        removed=[
            Removed.of(line, rule)
            for rule, chosen in ((BOOK_FRONT, front), (BOOK_BACK, back))
            for index in chosen
            for line in pages[index]
            if not line.blank
        ],
        facts={**title_and_author(pages[0]), **imprint_facts([pages[i] for i in front])},
    )


def book_pages(lines: list[Line], starts: list[int]) -> list[list[Line]]:
    """The text's pages, blank lines and all: by its form feeds, or else by the runs of
    `SECTION_GAP` blank lines that set an e-book's sections apart (none: one page)."""
    pages: list[list[Line]] = [[]]
    blanks, ahead = 0, sorted(starts)
    for line in lines:
        # (a page's first line may be gone with its furniture: the page starts at the next)
        turned = bool(ahead) and line.number >= ahead[0]
        while ahead and line.number >= ahead[0]:
            ahead.pop(0)
        if turned or (not starts and not line.blank and blanks >= SECTION_GAP):
            pages.append([])
        blanks = blanks + 1 if line.blank else 0
        pages[-1].append(line)
    return [page for page in pages if any(not line.blank for line in page)]


def front_pages(pages: list[list[Line]]) -> list[int]:
    """The indexes of the front's pages: a title page, then imprint or contents pages (short
    pages of neither, a dedication, between them), up to the first page of prose; none unless
    the title page and one such page at least are found."""
    if len(pages) < 2 or not is_title_page(pages[0]):
        return []
    found = [0]
    for index, page in enumerate(pages[1:], start=1):
        if has_prose(page):
            break
        if is_imprint_or_contents(page):
            found.append(index)
    return found if len(found) > 1 else []


def back_pages(pages: list[list[Line]], after: int) -> list[int]:
    """The indexes of the back's pages: from the end, while a page after the notes says what a
    back says and opens with no note (notes may run on over pages) and holds no prose."""
    notes = max(
        (i for i, page in enumerate(pages) if any(is_notes_heading(line.text) for line in page)),
        default=None,
    )
    found: list[int] = []
    for index in reversed(range(max(after, notes or after) + 1, len(pages))):
        page = [line for line in pages[index] if not line.blank]
        # (notes that run on to a page open it with their next number)
        if notes is None or has_prose(pages[index]) or entry_label(page[0].text):
            break
        if not any(BACK_LINE.match(line.text) or HEADER.match(line.text.strip()) for line in page):
            break
        found.append(index)
    return found


def is_title_page(page: list[Line]) -> bool:
    """A page of a title and a byline, short lines all (no sentence of the essay's)."""
    texts = [line.text.strip() for line in page if not line.blank]
    return (
        title_and_author(page).get("author") is not None
        and not has_prose(page)
        and not any(ends_sentence(text) and len(text.split()) > 8 for text in texts)
    )


def is_imprint_or_contents(page: list[Line]) -> bool:
    """A contents list's page (`Contents` atop it), or an imprint's: a line of an imprint's
    (`© …`, `Published by …`, `ISBN …`) among lines two thirds of which are an imprint's or
    short items (an executive summary's findings, sentences, make no imprint of its `©`)."""
    texts = [line.text.strip() for line in page if not line.blank]
    if texts and CONTENTS.fullmatch(texts[0].rstrip(":")):
        return True
    items = [
        text
        for text in texts
        if IMPRINT_LINE.match(text)
        or NOTICE.search(text)
        or (len(text.split()) <= ITEM_WORDS and not ends_sentence(text))
    ]
    return any(IMPRINT_LINE.match(text) for text in texts) and 3 * len(items) >= 2 * len(texts)


def has_prose(page: list[Line]) -> bool:
    """A paragraph of prose on the page: `PROSE_WORDS` words or more on lines that run on, each
    but the last as wide as the page's lines are (an imprint's lines are items, each short; its
    notices, `All rights reserved. No part of this publication …`, are no prose however long)."""
    page = [line for line in page if line.blank or not NOTICE.search(line.text)]
    texts = [line for line in page if not line.blank]
    if not texts:
        return False
    widest = max(len(line.text.strip()) for line in texts)
    for block in blocks_by_blank_lines(page):
        words = 0
        for line in block:
            words += len(line.text.split())
            if words >= PROSE_WORDS:
                return True
            if len(line.text.strip()) < FULL_LINE * widest:
                words = 0  # the paragraph, if any, ended on this short line
    return False


def title_and_author(page: list[Line]) -> dict[str, str]:
    """A title page's title (its blocks above the byline, each a part: `BRING BACK THE
    SALTINGS: The Case for …`; a series' line, `Marrowby Papers No. 3`, and lines of no word
    aside) and author (a block of its own under the title: `by Ruth Amberley`, `By` over the
    name, or names alone; on a page with none, a name closing the title's block: `The Harbour
    Wall` / `Ann Lee`)."""
    blocks = [[line.text.strip() for line in block] for block in blocks_by_blank_lines(page)]
    for closing in (False, True):
        parts: list[str] = []
        for texts in blocks:
            if parts and (author := _byline(texts)):
                return {"title": ": ".join(parts), "author": author}
            name = _byline(texts[-1:]) if closing and len(texts) > 1 else None
            words = [text for text in texts[: -1 if name else None] if _is_words(text)]
            if words := [text for text in words if not HEADER.match(text)]:
                parts.append(join_lines(words))
            if name and parts:
                return {"title": ": ".join(parts), "author": name}
    return {}


def _byline(texts: list[str]) -> str | None:
    """The author a block names: `by Ruth Amberley`, `By` over the name, or names alone on a
    line (`Priya Nandakumar and Owen Stiles`, `ANN LEE`)."""
    if len(texts) == 2 and texts[0].lower() == "by":
        texts = [texts[1]]
    if len(texts) != 1:
        return None
    stated = metadata_line(texts[0]) or {}
    if "author" in stated:
        return stated["author"]
    name = texts[0]
    return name if is_name_line(name.title() if name.isupper() else name) else None


def imprint_facts(pages: list[list[Line]]) -> dict[str, str]:
    """The date and publisher a book's front pages state (`Published by the Friends of …` and
    a date line; `First published in May 2025 by W. W. Norton & Company, New York`)."""
    facts: dict[str, str] = {}
    for line in (line for page in pages for line in page if not line.blank):
        text = line.text.strip()
        if publisher := PUBLISHER.search(text):
            facts.setdefault("publisher", publisher["publisher"].strip())
        dated = [parse_date(found) for found in DATE_IN_LINE.findall(text)]
        if date := line_date(text) or next((date for date in dated if date), None):
            facts.setdefault("date", date)
    return facts


def _is_words(text: str) -> bool:
    """A line of words, not an OCR's reading of a drawing (`= ~~ ee`)."""
    letters = sum(char.isalpha() for char in text)
    return letters >= 0.6 * len(text.replace(" ", "")) and any(
        len(word) > 2 and word.isalpha() for word in text.split()
    )


def figures_and_pull_quotes(lines: list[Line]) -> list[Removed]:
    """A book's figure captions, each a short block of its own (`Figure 1. The seaward wall …
    Photograph: Priya Nandakumar.`), and its pull quotes (a sentence of the text set again on
    a line of its own, or among the lines of a text with no blank line: `pull_quotes_in_runs`),
    by the rules a web page's are found by."""
    found = {
        line.number: Removed.of(line, FIGURE)
        for block in blocks_by_blank_lines(lines)
        if is_caption(join_lines([line.text for line in block]))
        for line in block
    }
    found |= {line.number: Removed.of(line, PULL_QUOTE) for line in pull_quotes(lines)}
    # (a run's pull quote cannot be told by its shape from the text quoting itself: the
    # report says so)
    found |= {
        line.number: Removed.of(line, PULL_QUOTE_IN_RUN)
        for line in pull_quotes_in_runs(lines)
        if line.number not in found
    }
    return [found[number] for number in sorted(found)]
