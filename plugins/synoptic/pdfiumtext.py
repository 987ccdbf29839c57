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

A text with no mark (a PDF set ragged right, no word broken at a line's end) is not told from
another's: a line opening with one space is no sign of pdfium alone. Its lines opening with one
space under a line that is a number, or ends in one glued to a word, stay as they are, and the
report warns of each (`unjoined`): a note's text may have been read into a paragraph there.
A line ending in a code, capitals and a number (`vitamin B12`, `CO2`, `A4`, `COVID19`), is no
such line: the number is the code's, no note's (review 38).

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
RAISED = r"(?:\d{1,3}|.*[^\W\d_][.,;:!?’”\")\]]?\d{1,3})"
RAISED_BREAK = re.compile(rf"(?m)^({RAISED})[ \t]*\n (?=\S)")
#: … the same, each such line found, the one under it opening with a space too (a lookahead).
RAISED_BREAKS = re.compile(rf"(?m)^(?={RAISED}[ \t]*\n \S)")

#: A code ending a line, capitals (and digits) then a number (`B12`, `CO2`, `COVID19`, `H2SO4`):
#: its number glued to a capital is the code's, no raised note's.
CODE_AT_END = re.compile(r"(?<![^\W\d_])[A-Z\d]*[A-Z]\d{1,3}[ \t]*$")


@dataclass(frozen=True)
class PdfiumText:
    text: str
    hyphens: int = 0  # words broken at a line's end, the line set again
    joined: int = 0  # lines a raised number broke, joined again
    strays: tuple[tuple[int, str], ...] = ()  # noncharacters removed: (line, U+XXXX)
    # a text with no mark: its lines a raised number may have broken, left as they are (1-based)
    unjoined: tuple[int, ...] = ()

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


def raised_breaks(text: str) -> tuple[int, ...]:
    """The lines (1-based) that open with one space under a line that is a number alone or ends
    in one glued to a word, no code's (`vitamin B12`): where pdfium breaks a line at a raised
    note number."""
    text = text.replace("\r\n", "\n")  # (pdfium ends a page's lines so)
    return tuple(
        text.count("\n", 0, found.end()) + 2
        for found in RAISED_BREAKS.finditer(text)
        if not CODE_AT_END.search(text, found.end(), text.index("\n", found.end()))
    )


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
    if not NONCHARACTER.search(text):  # (no sign of pdfium: the lines it may have broken, told)
        return PdfiumText(text, unjoined=raised_breaks(text))
    hyphens = joined = 0
    if HYPHEN_MARK in text:
        text, hyphens = restore_hyphens(text)
        if hyphens:
            text, joined = join_raised_breaks(text)
    text, strays = without_noncharacters(text)
    return PdfiumText(text, hyphens, joined, strays)


def unjoined_warning(lines: tuple[int, ...]) -> str:
    """The report's warning on the lines a raised number may have broken, in a text with no
    mark of pdfium's (so not joined again)."""
    return (
        "a line opens with one space under a line that is a number or ends in one glued to a "
        f"word ({len(lines)} in all: lines {', '.join(map(str, lines))}), as pdfium breaks a "
        "line after a raised note number: a note's text may have been read into the paragraph "
        "there, and its number left in the text; check the notes against the source"
    )
