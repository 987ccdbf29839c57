"""A page copied from a browser's reader view (Firefox's), as docs/editions.md describes it.

Firefox's reader view sets its own header over the article: the site's address, the title,
the author's name as the page's data give it (the first author only, where there are several),
and its estimate of the reading time as a range (`4–5 minutes`), each on its line. It is
known by that header, the address first and the estimate last; then:

- the header goes; its title is the title, its name the author;
- the site's own header of the post, which the reader view keeps when it stands inside the
  article, goes where a byline opening with the same name stands among its first blocks: a
  short line over that byline (a tag, `Campaigns`), the post's excerpt there (a block the
  text's first paragraph opens with), and the byline, whose names joined by commas (`Mairead
  Tolland, Dev Okafor`, as blog themes write several authors) are then the author; a date
  line under it stays, for the front matter to read.

A text without the header is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import DOMAIN, Removed, removed_lines
from .layout import Line, blocks_by_blank_lines, ends_sentence
from .metadata import READING_TIME, metadata_line, names_people
from .names import and_joined

#: The reader view's estimate: a range of minutes, or one (`4–5 minutes`, `1 minute`).
ESTIMATE = re.compile(r"\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+minutes?")
#: The post's own header stands among the article's first lines.
POST_HEADER_WITHIN = 6
TAG_MAX_WORDS = 3
BY = re.compile(r"By\s+", re.I)

READER_HEADER = "reader view: its header (the site's address, title, author, reading time)"
POST_HEADER = "reader view: the post's own header (its tag, its byline of names joined by commas)"


@dataclass(frozen=True)
class ReaderView:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title and author


def reader_view(lines: list[Line]) -> ReaderView:
    """The article's lines, and the title and author the reader view's header gives (see the
    module); the lines as they are when the text opens with no such header."""
    texts = [line for line in lines if not line.blank]
    header = _header(texts)
    if not header:
        return ReaderView(lines)
    facts = {"title": header[1].text.strip()}
    credited = header[2].text.strip() if len(header) == 4 else ""
    if credited:
        facts["author"] = credited
    gone = list(header)
    after = [line for line in lines if line.number > header[-1].number]
    blocks = blocks_by_blank_lines(after)
    for index, block in enumerate(blocks[:POST_HEADER_WITHIN]):
        names = _byline_names(block, credited)
        if not names:
            continue
        facts["author"] = and_joined(names)
        opening = _first_paragraph(blocks[index + 1 :])
        for above in blocks[:index]:
            text = " ".join(line.text.strip() for line in above)
            if (len(above) == 1 and _is_tag(text)) or opening.startswith(text):
                gone += above
        gone += block
        break
    numbers = {line.number for line in gone}
    return ReaderView(
        [line for line in lines if line.number not in numbers],
        removed_lines(header, READER_HEADER) + removed_lines(gone[len(header) :], POST_HEADER),
        facts,
    )


def _header(texts: list[Line]) -> list[Line]:
    """The reader view's header: the address, the title, the author's name (if the page gives
    one) and the estimate, one right under the other at the top."""
    for size in (4, 3):
        top = texts[:size]
        if (
            len(top) == size
            and all(line.number == top[0].number + i for i, line in enumerate(top))
            and DOMAIN.fullmatch(top[0].text.strip())
            and ESTIMATE.fullmatch(top[-1].text.strip())
            and (size == 3 or names_people(top[2].text.strip()))
        ):
            return top
    return []


def _byline_names(block: list[Line], credited: str) -> list[str]:
    """The names of a post's byline that opens with the credited name: the name alone (`By`
    before it or not), or names joined by commas; none for any other block."""
    if not credited or len(block) != 1:
        return []
    text = BY.sub("", block[0].text.strip(), count=1)
    names = [name.strip() for name in text.split(",")]
    return names if names[0] == credited and all(map(names_people, names)) else []


def _first_paragraph(blocks: list[list[Line]]) -> str:
    """The text of the first block that ends a sentence (an excerpt repeats its opening)."""
    for block in blocks:
        text = " ".join(line.text.strip() for line in block)
        if ends_sentence(text):
            return text
    return ""


def _is_tag(text: str) -> bool:
    """A post's tag over its title (`Campaigns`): a few words, no sentence, no date."""
    text = text.strip()
    return (
        len(text.split()) <= TAG_MAX_WORDS
        and not ends_sentence(text)
        and not metadata_line(text)
        and not READING_TIME.search(text)
    )
