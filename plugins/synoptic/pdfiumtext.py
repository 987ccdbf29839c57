"""A PDF's text as pdfium gives it (pypdfium2's `get_text_range()`), as docs/editions.md
describes it.

pdfium gives a page's lines as the PDF draws them, with two habits no other extraction has:

- where the typesetter broke a word at a line's end, pdfium gives U+FFFE (a noncharacter,
  no text's) in place of the hyphen and drops the line break, joining the two lines
  (`con\\ufffeducted, on both sides`): the line is broken there again, the hyphen set back
  (`con-` / `ducted, on both sides`), for the hyphenation rules to judge as any line-end
  hyphen (the word joined, or a compound's hyphen kept);
- a raised note number ends a line of its own: the line breaks after it, and the rest of the
  line follows on the next with a leading space (`awake.1` / ` Hospital studies …`; a note at
  the page's foot: `1` / ` The trial compared …`): a line opening with one space under a line
  that is a number, or ends in one glued to a word, is joined to it again (`awake.1 Hospital
  studies …`, `1 The trial compared …`), as the page set it.

The text is then read by the rules for a PDF's pages (its pages' heads and numbers, the notes
at their feet). Its line numbers are those of the text so restored, and an error says so.

A mark after a letter at a line's end (the last line of a page, the page's join a line break:
`self-repor\ufffe` / blank / the next page) is that line's hyphen; after a digit and before
one (`12\ufffe14`), a range's, set in its place. No other mark, and no other noncharacter (U+FDD0
to U+FDEF, U+FFFE and U+FFFF of any plane: no text's characters), in any text, reaches an
edition: each is removed and reported with its line (`strays`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: pdfium's mark of a hyphen at a line's end, the line break gone.
HYPHEN_MARK = "\ufffe"
#: The mark after a letter: a word broken there.
BROKEN_AT_MARK = re.compile(r"(?<=[^\W\d_])\ufffe(?=\S)")
#: … on a line's end, the last of a page (the page join a line break): that line's hyphen.
BROKEN_AT_END = re.compile(r"(?<=[^\W\d_])\ufffe(?=\n|$)")
#: … between two digits (`12\ufffe14`): a range's hyphen at a line's end.
RANGE_AT_MARK = re.compile(r"(?<=\d)\ufffe(?=\d)")
#: The noncharacters, no text's characters (Unicode's 66).
NONCHARACTER = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)
#: A line that is a number, or ends in one glued to a word (a stop or a quote between), over a
#: line that opens with one space: the rest of the line the raised number broke.
RAISED_BREAK = re.compile(r"(?m)^((?:\d{1,3}|.*[^\W\d_][.,;:!?’”\")\]]?\d{1,3}))[ \t]*\n (?=\S)")


@dataclass(frozen=True)
class PdfiumText:
    text: str
    hyphens: int = 0  # words broken at a line's end, the line set again
    joined: int = 0  # lines a raised number broke, joined again
    strays: tuple[tuple[int, str], ...] = ()  # noncharacters removed: (line, U+XXXX)

    @property
    def found(self) -> bool:
        return bool(self.hyphens)


def restore_hyphens(text: str) -> tuple[str, int]:
    """The text with each word pdfium marks broken at a line's end (U+FFFE after a letter) set
    on two lines again, the hyphen back at the first's end (at a line's end already, the
    hyphen alone); a range's mark between digits its hyphen; and how many."""
    text, broken = BROKEN_AT_MARK.subn("-\n", text)
    text, ended = BROKEN_AT_END.subn("-", text)
    text, ranges = RANGE_AT_MARK.subn("-", text)
    return text, broken + ended + ranges


def join_raised_breaks(text: str) -> tuple[str, int]:
    """The text with each line a raised note number broke joined again: a line opening with
    one space under a line that is a number alone or ends in one glued to a word."""
    return RAISED_BREAK.subn(r"\1 ", text)


def without_noncharacters(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """The text without its noncharacters, and each one's line and code point."""
    strays = tuple(
        (text.count("\n", 0, found.start()) + 1, f"U+{ord(found.group()):04X}")
        for found in NONCHARACTER.finditer(text)
    )
    return (NONCHARACTER.sub("", text) if strays else text), strays


def pdfium_text(text: str) -> PdfiumText:
    """A text pdfium gave, known by its hyphen marks, restored (see the module); any other text
    as it is (a line opening with a space is no sign of pdfium alone). Either way without
    noncharacters, each reported."""
    if not NONCHARACTER.search(text):
        return PdfiumText(text)
    hyphens = joined = 0
    if HYPHEN_MARK in text:
        text, hyphens = restore_hyphens(text)
        if hyphens:
            text, joined = join_raised_breaks(text)
    text, strays = without_noncharacters(text)
    return PdfiumText(text, hyphens, joined, strays)
