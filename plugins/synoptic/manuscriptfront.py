"""A manuscript's front as its authors type it for an editor (a Word draft read by python-docx),
as docs/editions.md describes it: two kinds of line that are no edition's.

- A draft banner, the text's first line over its title (`DRAFT 3 – for the … symposium, 20
  March 2026. Please do not cite or circulate.`): a line that opens with `DRAFT` in capitals or
  asks that the text not be cited, quoted or circulated, with a blank line under it and the
  title's short line after that, and a date in it (one with none is a status line, which
  furniture.status_line removes). Its date is the draft's, not the essay's: the line goes,
  listed, and its date with it, where a line of the front below states the essay's date (a
  status line and its date alone, `DRAFT – 14 April 2026`, are the front's: its date is read).
- A word count typed under the front (`Word count: 714 (excluding notes)`): a count and its
  annotation only (writertext.WORD_COUNT), among the text's first lines, above its first
  paragraph (a line no page sets, or a sentence of prose): it goes, listed.

A line that only mentions a draft (`Draft legislation is due in May.`), a banner with no blank
line under it, and a word count inside or after the body are read as they stand.
"""

from __future__ import annotations

import re

from .furniture import Removed
from .layout import Line
from .metadata import date_in, line_date
from .writertext import WORD_COUNT

#: A banner's words: `DRAFT` opening it in capitals (then a stop, a dash, a figure, lower case
#: or a banner's word: `DRAFT – 20 March`, `DRAFT for comment`, `DRAFT NOT FOR CIRCULATION`;
#: not a title's first word, `DRAFT DODGERS OF MAY 1968`), or a request not to cite or circulate.
CAPITAL_DRAFT = re.compile(
    r"DRAFT(?=\s*(?:$|[^\w\s]|\d|[a-z]|(?:FOR|NOT|ONLY|VERSION|COPY|V\d)\b))"
)
NOT_TO_CITE = re.compile(
    r"\b(?:do not|don[’']t|not to be)\s+(?:cite|quote|circulate|distribute)(?:d|s)?\b", re.I
)
#: A title's line under the banner: a few words, no paragraph.
TITLE_MAX_CHARS = 160
#: The front's lines: a word count stands among the first so many lines with text.
FRONT_LINES = 12
#: A paragraph's line, which no front holds.
PARAGRAPH_CHARS = 200

DRAFT_BANNER = "a manuscript's draft banner over its title (the draft's date is not the essay's)"
WORD_COUNT_LINE = "a manuscript's word count under its front"


def manuscript_front(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """The lines without a manuscript's draft banner and word count (see the module), and the
    removed, for the report."""
    gone: list[Removed] = []
    texts = [index for index, line in enumerate(lines) if not line.blank]
    # (a banner's date is the essay's where no line of the front states another: a status
    # line's, which furniture.status_line leaves for the front to read)
    dated = any(line_date(lines[index].text) for index in texts[1:FRONT_LINES])
    if len(texts) >= 3 and dated and _is_banner(lines, texts[0], texts[1]):
        gone.append(Removed.of(lines[texts[0]], DRAFT_BANNER))
    for index in texts[:FRONT_LINES]:
        text = lines[index].text.strip()
        if len(text) > PARAGRAPH_CHARS:
            break  # the first paragraph: a count below it is the body's
        if WORD_COUNT.fullmatch(text):
            gone.append(Removed.of(lines[index], WORD_COUNT_LINE))
            break
    numbers = {item.line for item in gone}
    return [line for line in lines if line.number not in numbers], gone


def _is_banner(lines: list[Line], first: int, second: int) -> bool:
    """The first line is a draft banner: it opens with `DRAFT` in capitals or asks not to be
    cited, a blank line stands under it, and a title's short line under that."""
    text = lines[first].text.strip()
    said = bool(CAPITAL_DRAFT.match(text) or NOT_TO_CITE.search(text))
    # (a banner with no date is a document's status line, furniture.status_line's to remove)
    said = said and date_in(text) is not None
    return (
        said
        and second > first + 1  # a blank line under it
        and len(lines[second].text.strip()) <= TITLE_MAX_CHARS
        and not lines[second].text.strip().endswith(".")
    )
