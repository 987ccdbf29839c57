"""A PDF's exhibits as a converter to Markdown sets them between paragraphs (pymupdf4llm): a
table under its caption, a chart's picture with its caption, and the line that gives their
source.

- a table: a caption of one line that opens with `Table` and its number (`**Table 1.** …`,
  `Table 2: …`), right above a pipe table (its rows `|…|`, a rule `|---|` under the first) or
  right under one where none stands above (and no table stands under the caption: it is that
  table's); the caption and the table go;
- a figure: a caption of one line that opens with `Figure`, `Fig.`, `Chart`, `Graph`, `Map` or
  `Exhibit` and its number, right under a picture the text no longer holds (its text, or the
  converter's stand-in for it: `picturetext.py`) or right above one; the caption goes;
- under either (the caption, or the table where its caption is above it): a line that opens
  with `Source:` or `Note:` goes with them.

Each goes, listed. A table with no caption (an edition reads it as a list of its rows), a
caption with no table or picture beside it (`Table 3 shows …`, a sentence), stay.

A PDF's text (pdfium's, `pdftotext -raw`'s) sets a table's rows each flattened to a line, its
cells parted by single spaces, among lines with no blank one between paragraphs
(`flattened_tables`): a caption line `Table 1. …` under a line that ends a sentence, then rows
that end none, then a line that opens with `Source:` or `Note:` and ends a sentence, over a
line that opens as a paragraph does: the caption, the rows and the source go, listed, and the
paragraphs part where they stood. The rows must read as rows: each opens with a capital or a
figure, and each under the first (a header) holds a figure. A caption with no source line under
its rows, a row that ends a sentence (a paragraph's line), opens in lower case or (under the
header) holds no figure, leaves every line where it stands (`Table 1: a summary, not
reproduced here, of …` / `compared and of …` / `Source: …`, a paragraph of prose).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import Removed, removed_lines
from .layout import Line, blocks_by_blank_lines, ends_sentence

TABLE_EXHIBIT = "a table with its caption (Table 1. …) between paragraphs: a PDF's exhibit"
FIGURE_CAPTION = "a figure's caption (Figure 1. …) beside its picture: a PDF's exhibit"
EXHIBIT_SOURCE = "a table's or a figure's source under it (Source: …): a PDF's exhibit"
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
# (its number closed by a stop or a colon, or by the emphasis round it: `Table 3 shows …`
# opens a sentence)
_CLOSED = r"\d{1,3}[A-Za-z]?(?:[.:](?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_)[.:]?)(?:\s|$)"
TABLE_CAPTION = re.compile(rf"\s*{_EMPHASIS}Table\s+{_CLOSED}")
FIGURE_CAPTION_START = re.compile(
    rf"\s*{_EMPHASIS}(?:Figure|Fig\.|Chart|Graph|Map|Exhibit)\s+{_CLOSED}"
)
SOURCE = re.compile(rf"\s*{_EMPHASIS}(?:Sources?|Notes?)\s*{_EMPHASIS}:")
TABLE_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
CAPTION_MAX_WORDS = 60


def exhibits(lines: list[Line], pictures: set[float]) -> list[Removed]:
    """The tables under their captions, the figures' captions beside `pictures` (the lines of
    pictures' text and stand-ins, gone already) and their sources (see the module)."""
    blocks = blocks_by_blank_lines(lines)
    captions = table_captions(
        len(blocks),
        lambda index: _is_table(blocks[index]),
        lambda index: _caption(blocks[index], TABLE_CAPTION),
    )
    found: dict[int, str] = {}
    for index, block in enumerate(blocks):
        above = blocks[index - 1] if index > 0 else None
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if index in captions:
            found |= {captions[index]: TABLE_EXHIBIT, index: TABLE_EXHIBIT}
            last = max(index, captions[index])
        elif _is_table(block):
            continue
        elif all(line.number in pictures for line in block):
            if below and _caption(below, FIGURE_CAPTION_START):
                found[index + 1] = FIGURE_CAPTION
                last = index + 1
            elif above and _caption(above, FIGURE_CAPTION_START) and index - 1 not in found:
                found[index - 1] = FIGURE_CAPTION
                last = index
            else:
                continue
        else:
            continue
        after = blocks[last + 1] if last + 1 < len(blocks) else None
        if after and len(after) == 1 and SOURCE.match(after[0].text):
            found[last + 1] = EXHIBIT_SOURCE
    return [
        item
        for index, rule in sorted(found.items())
        for item in removed_lines(
            [line for line in blocks[index] if line.number not in pictures], rule
        )
    ]


def table_captions(
    count: int, is_table: Callable[[int], bool], is_caption: Callable[[int], bool]
) -> dict[int, int]:
    """The caption of each table that has one, by the table's index, among `count` blocks
    (a PDF's, a document's): the block right above it, else the one right under it where no
    table stands under that (a caption over a table is that table's)."""
    found = {}
    for index in range(count):
        if not is_table(index):
            continue
        if index > 0 and is_caption(index - 1):
            found[index] = index - 1
        elif (
            index + 1 < count
            and is_caption(index + 1)
            and not (index + 2 < count and is_table(index + 2))
        ):
            found[index] = index + 1
    return found


def opens_caption(text: str, opening: re.Pattern = TABLE_CAPTION) -> bool:
    """Words that read as a caption: opening with the exhibit's name and number (`Table 2.`),
    short (a longer paragraph so opening argues from the exhibit: the text's)."""
    return bool(opening.match(text)) and len(text.split()) <= CAPTION_MAX_WORDS


def _is_table(block: list[Line]) -> bool:
    """A pipe table: every line a row `|…|`, a rule of dashes under the first."""
    return (
        len(block) >= 2
        and all(line.text.strip().startswith("|") for line in block)
        and bool(TABLE_RULE.fullmatch(block[1].text))
    )


def _caption(block: list[Line], opening: re.Pattern) -> bool:
    """A caption: one line opening with the exhibit's name and number, short."""
    return len(block) == 1 and opens_caption(block[0].text, opening)


FLAT_TABLE_ROWS = 40  # a table flattened to lines holds this many rows at most


def flattened_tables(lines: list[Line]) -> list[Removed]:
    """The tables a PDF's text flattens to a line a row between its lines, with their captions
    and sources (see the module)."""
    texts = [line for line in lines if not line.blank]
    found: list[Removed] = []
    index = 0
    while index < len(texts):
        line = texts[index]
        above = texts[index - 1].text if index else ""
        if not (_caption([line], TABLE_CAPTION) and (not above or ends_sentence(above))):
            index += 1
            continue
        end = index + 1
        while (
            end < len(texts)
            and end - index <= FLAT_TABLE_ROWS
            and not SOURCE.match(texts[end].text)
            and not ends_sentence(texts[end].text)
        ):
            end += 1
        source = texts[end] if end < len(texts) and end > index + 1 else None
        after = texts[end + 1].text.strip() if end + 1 < len(texts) else ""
        if (
            source is None
            or not _rows(texts[index + 1 : end])
            or not SOURCE.match(source.text)
            or not ends_sentence(source.text)
            or (after and not after[:1].isupper())
        ):
            index += 1
            continue
        found += removed_lines(texts[index:end], TABLE_EXHIBIT)
        found += removed_lines([source], EXHIBIT_SOURCE)
        index = end + 1
    return found


def _rows(rows: list[Line]) -> bool:
    """Whether lines read as a table's rows, not a paragraph's: each opens as a cell does (a
    capital or a figure, no sentence running on in lower case), and each under the first (its
    header) holds a figure (`2023–24 1,210 4,300 610`, `10–20 min Light …`)."""
    return all(
        row.text.strip()[:1].isupper() or row.text.strip()[:1].isdigit() for row in rows
    ) and all(any(char.isdigit() for char in row.text) for row in rows[1:])
