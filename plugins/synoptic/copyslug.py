"""A copy slug over a title: the line an author types above a piece sent to a paper, naming the
desk and the paper it is written for (`OPINION – for the Vallandry Law Society Gazette`,
`COMMENT: for The Courier`), as a Word document sent to an editor opens.

It is a line of its own, first of the text: a desk's name in capitals (a word to three), a dash
or a colon, then `for` and the paper's name, `SLUG_MAX_WORDS` words at most and no sentence;
under it stands a title with its byline or date below (as under a kicker, metadata.py). It is
the author's word to an editor, not the title: it goes, listed. A title that opens so (`BREXIT –
for the many`) with no title of its own under it, or a slug with no byline or date below the
line under it, is read as it stands.
"""

from __future__ import annotations

import re

from .layout import Line, ends_sentence
from .metadata import _metadata_below, _take_title
from .model import UNKNOWN

COPY_SLUG = "a copy slug over the title: the desk and the paper the piece is written for"
SLUG = re.compile(r"[A-Z]{3,}(?: [A-Z&]{1,}){0,2}\s*(?:[–—-]|:)\s+for\s+\S.*")
SLUG_MAX_WORDS = 14


def copy_slug(
    groups: list[list[Line]], bylines: dict[int, str]
) -> tuple[list[Line], list[list[Line]]]:
    """The slug's line over the title (see the module) and the groups without it; no lines and
    the groups as they are where the text opens with none."""
    if len(groups) < 3 or len(groups[0]) != 1:
        return [], groups
    text = groups[0][0].text.strip()
    if not SLUG.fullmatch(text) or len(text.split()) > SLUG_MAX_WORDS or ends_sentence(text):
        return [], groups
    title, rest = _take_title(groups[1:], bylines)
    if title == UNKNOWN or not _metadata_below(rest, bylines):
        return [], groups
    return groups[0], groups[1:]
