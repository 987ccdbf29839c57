"""The end mark of copy sent to a paper: `ENDS` (or `-ENDS-`, `– ends –`) on a line of its own
under the text's last paragraph, as a press release or an article filed by its author closes,
above what is not for print (a note about the author, the notes).

The line says `ends` and nothing more (dashes, brackets or stars around it; in capitals, or in
lower case between dashes), below a line that ends a sentence and with `MIN_LINES_ABOVE` lines of
text or more above it; it goes, listed. A heading `Ends` (`Means and Ends`), an `ENDS` among
the text's first lines, and one under a line that ends no sentence are read as they stand.
"""

from __future__ import annotations

import re

from .furniture import Removed, removed_lines
from .layout import Line, ends_sentence
from .markdownsource import EMPHASIS

END_MARK = "an end mark under the text's last paragraph (ENDS), as copy sent to a paper closes"
#: `ENDS`, `-ENDS-`, `[ENDS]`, `*** ENDS ***`, `– ends –` (lower case only between marks).
MARK = re.compile(r"[-–—*#\[( ]*ENDS[-–—*#\]) ]*|[-–—]+\s*ends\s*[-–—]+")
MIN_LINES_ABOVE = 5


def end_mark(lines: list[Line]) -> list[Removed]:
    """The end mark's line (see the module), for the report; none where the text has none."""
    texts = [line for line in lines if not line.blank]
    for index, line in enumerate(texts):
        text = EMPHASIS.sub("", line.text).strip()  # (`**ENDS**`: its emphasis is no word)
        if (
            index >= MIN_LINES_ABOVE
            and MARK.fullmatch(text)
            and ends_sentence(texts[index - 1].text)
        ):
            return removed_lines([line], END_MARK)
    return []
