"""An essay printed as another document's appendix: a council's minutes, say, that append a
member's statement.

A page (a form feed before it) that opens with its appendix's heading (`APPENDIX A`, `Annex
1`), and has, among its next few lines, a byline (`Statement by …`, `By …`) holds the essay,
the appendix's reference to the document aside (`(to minute LCS/44/26)`): the pages before it
are the document's, and go. A report's own appendix (tables, a glossary) has no byline of its
own, and stays where it is.
"""

from __future__ import annotations

import re

from .furniture import Removed, removed_lines
from .layout import Line
from .metadata import states

APPENDIX = re.compile(r"(?:APPENDIX|Appendix|ANNEX|Annex)\s+[A-Z0-9]{1,3}\.?")
#: The appendix's reference to the document (`(to minute LCS/44/26)`, `(see item 4)`).
REFERENCE = re.compile(r"\((?:to|see|referred to in)\b[^()]{1,60}\)", re.I)
BYLINE_WITHIN = 6  # lines of the appendix's page, its heading aside

APPENDED_TO = (
    "appendix: the document the essay is appended to (its pages before the appendix's), and "
    "the appendix's heading and reference"
)


def appended_essay(lines: list[Line], starts: list[int]) -> list[Removed]:
    """The lines of the document an essay is appended to, and the appendix's heading and
    reference (see the module); none when no page holds such an appendix."""
    for start in starts:
        page = [line for line in lines if line.number >= start and not line.blank]
        if not page or not APPENDIX.fullmatch(page[0].text.strip()):
            continue
        head = [page[0]]
        if len(page) > 1 and REFERENCE.fullmatch(page[1].text.strip()):
            head.append(page[1])
        if any(states(line.text, "author") for line in page[len(head) :][:BYLINE_WITHIN]):
            before = [line for line in lines if line.number < start and not line.blank]
            return removed_lines(before + head, APPENDED_TO)
    return []
