"""The end mark of copy sent to a paper: `ENDS` (or `-ENDS-`, `– ends –`) on a line of its own
under the text's last paragraph, as a press release or an article filed by its author closes,
above what is not for print (a note about the author, the notes).

The line says `ends` and nothing more (dashes, brackets or stars around it; in capitals, or in
lower case between dashes), below a line that ends a sentence and with `MIN_LINES_ABOVE` lines of
text or more above it, and above nothing but what is not for print: a label (`About the
author`, `Notes to editors`), a note, an author's note (`Ann Lee is …`), or nothing; it goes,
listed. A heading `Ends` (`Means and Ends`, `## ENDS`), an `ENDS` among the text's first lines,
one under a line that ends no sentence, and one over the text's own paragraph (a part headed
so) are read as they stand (a review found `## ENDS` and a part so headed removed).
"""

from __future__ import annotations

import re

from .furniture import Removed, removed_lines
from .layout import BIO_OPENING, Line, ends_sentence
from .markdownsource import EMPHASIS

END_MARK = "an end mark under the text's last paragraph (ENDS), as copy sent to a paper closes"
#: `ENDS`, `-ENDS-`, `[ENDS]`, `*** ENDS ***`, `– ends –` (lower case only between marks).
MARK = re.compile(r"[-–—*#\[( ]*ENDS[-–—*#\]) ]*|[-–—]+\s*ends\s*[-–—]+")
MIN_LINES_ABOVE = 5
#: A Markdown heading: `## ENDS` heads a part.
HEADING = re.compile(r"#{1,6}\s")
#: What may follow the mark: a label of a few words (`About the author`), a note's start
#: (`1.`, `[1]`, `[^1]:`), or an author's note, opening with a name and a verb or a comma.
LABEL_WORDS = 6
NOTE_START = re.compile(r"\[?\^?\d{1,3}[.)\]:]")
AUTHOR_NOTE = re.compile(rf"(?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'-]*{BIO_OPENING}")


def end_mark(lines: list[Line]) -> list[Removed]:
    """The end mark's line (see the module), for the report; none where the text has none."""
    texts = [line for line in lines if not line.blank]
    for index, line in enumerate(texts):
        text = EMPHASIS.sub("", line.text).strip()  # (`**ENDS**`: its emphasis is no word)
        if (
            index >= MIN_LINES_ABOVE
            and MARK.fullmatch(text)
            and not HEADING.match(line.text.strip())
            and ends_sentence(texts[index - 1].text)
            and (index + 1 == len(texts) or not_for_print(texts[index + 1].text))
        ):
            return removed_lines([line], END_MARK)
    return []


def not_for_print(text: str) -> bool:
    """Whether a line under an end mark starts what a paper does not print (see the module)."""
    text = text.strip()
    label = len(text.split()) <= LABEL_WORDS and not ends_sentence(text)
    return label or bool(NOTE_START.match(text) or AUTHOR_NOTE.match(text))
