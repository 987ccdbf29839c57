"""An essay printed as the appendix of a meeting's minutes: a council's minutes, say, that
append a member's statement.

Where the text opens with minutes (`MINUTES of the meeting …`, `Minutes`, among its first
lines), a page (a form feed over it) that opens with an appendix's heading (`APPENDIX A`,
`Annex 1`) and has a byline among its next few lines (`Statement by …`, `By …`) holds the
essay, the appendix's reference to the minutes aside (`(to minute LCS/44/26)`): the pages
before it are the minutes', and go. A report's own appendix, however signed, stays where it
is: only minutes print another's statement whole.
"""

from __future__ import annotations

import re

from .furniture import Removed, removed_lines
from .layout import Line
from .metadata import states

MINUTES = re.compile(r"(?:MINUTES|Minutes)\b")
MINUTES_WITHIN = 5  # the minutes' heading stands among the text's first lines
APPENDIX = re.compile(r"(?:APPENDIX|Appendix|ANNEX|Annex)\s+[A-Z0-9]{1,3}\.?")
#: The appendix's reference to the minutes (`(to minute LCS/44/26)`, `(see item 4)`).
REFERENCE = re.compile(r"\((?:to|see|referred to in)\b[^()]{1,60}\)", re.I)
BYLINE_WITHIN = 6  # lines of the appendix's page, its heading aside

APPENDED_TO = (
    "appendix: the minutes the essay is appended to (their pages before the appendix's), and "
    "the appendix's heading and reference"
)


def appended_essay(lines: list[Line], starts: list[int]) -> list[Removed]:
    """The lines of the minutes an essay is appended to, and the appendix's heading and
    reference (see the module); none when the text is no such minutes."""
    texts = [line for line in lines if not line.blank]
    if not any(MINUTES.match(line.text.strip()) for line in texts[:MINUTES_WITHIN]):
        return []
    first_at = {}  # page start → the index of its first line in `texts`
    index = 0
    for start in sorted(starts):
        while index < len(texts) and texts[index].number < start:
            index += 1
        first_at[start] = index
    for start in sorted(starts):
        page = texts[first_at[start] : first_at[start] + BYLINE_WITHIN + 2]
        if not page or not APPENDIX.fullmatch(page[0].text.strip()):
            continue
        head = [page[0]]
        if len(page) > 1 and REFERENCE.fullmatch(page[1].text.strip()):
            head.append(page[1])
        if any(states(line.text, "author") for line in page[len(head) :][:BYLINE_WITHIN]):
            return removed_lines(texts[: first_at[start]] + head, APPENDED_TO)
    return []
