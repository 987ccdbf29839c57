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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: pdfium's mark of a hyphen at a line's end, the line break gone.
HYPHEN_MARK = "\ufffe"
#: The mark after a letter: a word broken there.
BROKEN_AT_MARK = re.compile(r"(?<=[^\W\d_])\ufffe(?=\S)")
#: A line that is a number, or ends in one glued to a word (a stop or a quote between), over a
#: line that opens with one space: the rest of the line the raised number broke.
RAISED_BREAK = re.compile(r"(?m)^((?:\d{1,3}|.*[^\W\d_][.,;:!?’”\")\]]?\d{1,3}))[ \t]*\n (?=\S)")


@dataclass(frozen=True)
class PdfiumText:
    text: str
    hyphens: int = 0  # words broken at a line's end, the line set again
    joined: int = 0  # lines a raised number broke, joined again

    @property
    def found(self) -> bool:
        return bool(self.hyphens)


def restore_hyphens(text: str) -> tuple[str, int]:
    """The text with each word pdfium marks broken at a line's end (U+FFFE after a letter) set
    on two lines again, the hyphen back at the first's end; and how many."""
    return BROKEN_AT_MARK.subn("-\n", text)


def join_raised_breaks(text: str) -> tuple[str, int]:
    """The text with each line a raised note number broke joined again: a line opening with
    one space under a line that is a number alone or ends in one glued to a word."""
    return RAISED_BREAK.subn(r"\1 ", text)


def pdfium_text(text: str) -> PdfiumText:
    """A text pdfium gave, known by its hyphen marks, restored (see the module); any other text
    as it is (a line opening with a space is no sign of pdfium alone)."""
    if HYPHEN_MARK not in text:
        return PdfiumText(text)
    text, hyphens = restore_hyphens(text)
    if not hyphens:
        return PdfiumText(text)
    text, joined = join_raised_breaks(text)
    return PdfiumText(text, hyphens, joined)
