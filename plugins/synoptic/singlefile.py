"""A page saved by SingleFile (the browser extension, or single-file-cli): one HTML file
holding the page and all it shows, its style sheets inlined, its images as `data:` URIs, its
HTML compressed (attributes' quotes and optional end tags, `</li>`, `</body>`, dropped).

It is known by the comment SingleFile writes right after the `<html>` tag:

    <!--
     Page saved with SingleFile
     url: https://…/the-article/
     saved date: Sat Dec 05 2026 14:15:45 GMT+0000 (Coordinated Universal Time)
    -->

The page itself is read as any page saved as HTML (htmlpage.py). The comment's date is the
day the editor saved the page, never the essay's: it is only quoted in the report, beside the
page's address, so that the editor can tell the two apart; each quoted as the report quotes
any raw text (`'…'`), a line's worth at most.
"""

from __future__ import annotations

import re

#: SingleFile's comment, near the file's start (after the doctype and the `<html>` tag).
SAVED_WITH = re.compile(
    r"<!--\s*Page saved with SingleFile\s*(?:url:\s*(?P<url>\S+)\s*)?"
    r"(?:saved date:\s*(?P<saved>[^\n]*?)\s*)?(?:\n[^>]*?)?-->",
    re.I,
)
#: How far into the file the comment may stand: it follows the doctype and `<html>` tag.
WITHIN = 2000
#: The most of the comment's words the report quotes of each: a line's worth.
QUOTED_MAX = 80


def singlefile_said(raw: str) -> str:
    """What the report says of a page SingleFile saved (its address, and its saved date as
    the save's, not the essay's), or "" for any other text."""
    found = SAVED_WITH.search(raw[:WITHIN])
    if found is None:
        return ""
    url = f" from {quoted(found['url'])}" if found["url"] else ""
    saved = (
        f"; its saved date ({quoted(found['saved'])}) is the day the page was saved, not the "
        "essay's date"
        if found["saved"]
        else ""
    )
    return f"a page saved by SingleFile{url}, read as the page it saved{saved}"


def quoted(words: str) -> str:
    """The comment's words as the report quotes any raw text (Python's quotes, a quote or a
    control character in them escaped), a line's worth at most: they are the file's, whatever
    they say (a `javascript:` "address"), never the report's own."""
    cut = words if len(words) <= QUOTED_MAX else words[: QUOTED_MAX - 1] + "…"
    return repr(cut)
