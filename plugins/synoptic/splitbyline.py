"""A byline a web page's template sets over lines of their own, as a page's text copied or
extracted (BeautifulSoup's `get_text()`) gives it: `By` alone on a line, the name on the next,
perhaps a separator (`·`, `|`) on a line of its own, then the date.

Among a text's first lines, a line that is `By` alone (`Written by`, `Words by`), with a
person's name (or two, `A and B`) on the next line and a date right under the name, or under
one line that is a separator alone, is one byline: the name is joined to its `By` (`By Ann
Lee`), where the byline and date rules read it, and the separator goes; the report lists both
lines. A post's categories the template sets right under that date (`in Peer review,
Publishing`: `in` and capitalised terms apart by commas, no stop) go as well. A `By` whose
next line is no name, or with no date under it, stays as it is (a heading `By` over a list, a
sentence broken after `by`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .furniture import Removed
from .layout import Line
from .metadata import line_date, name_byline

#: A byline's `By` alone on its line.
LONE_BY = re.compile(r"(?:written |words |posted |published )?by:?", re.I)
#: A separator a template sets between a byline's parts, alone on its line.
SEPARATOR = re.compile(r"[·•|–—/]")
#: The byline stands among a text's first lines (a page's menus and site title above it).
WITHIN = 40

NAME_JOINED = "a byline set over lines: its name, joined to the `By` on the line above"
#: A post's categories under its date: `in`, then capitalised terms set apart by commas.
TERM = r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}"
CATEGORIES = re.compile(rf"in {TERM}(?:, {TERM})*")
CATEGORIES_RULE = "a byline set over lines: the post's categories under its date (`in A, B`)"
SEPARATOR_ALONE = "a byline set over lines: a separator alone between its name and its date"


def split_byline(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """The lines with a byline set over lines joined (see the module), and what went."""
    texts = [line for line in lines if not line.blank][:WITHIN]
    for index, line in enumerate(texts[:-2]):
        if not LONE_BY.fullmatch(line.text.strip()):
            continue
        name = texts[index + 1]
        if not name_byline(name.text):
            continue
        under = texts[index + 2]
        separator = SEPARATOR.fullmatch(under.text.strip()) is not None
        dated = texts[index + 3] if separator and index + 3 < len(texts) else under
        if not line_date(dated.text):
            continue
        gone = {name.number} | ({under.number} if separator else set())
        joined = replace(line, text=f"{line.text.strip()} {name.text.strip()}")
        removed = [Removed.of(name, NAME_JOINED)]
        if separator:
            removed.append(Removed.of(under, SEPARATOR_ALONE))
        after = texts.index(dated) + 1
        if after < len(texts) and CATEGORIES.fullmatch(texts[after].text.strip()):
            gone.add(texts[after].number)
            removed.append(Removed.of(texts[after], CATEGORIES_RULE))
        kept = [joined if item is line else item for item in lines if item.number not in gone]
        return kept, removed
    return lines, []
