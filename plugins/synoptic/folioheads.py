"""A book's running heads with their folios, where the extraction marks no page break
(pdfplumber's `extract_text()` of each page, joined by a newline: no form feed, no blank line),
as docs/editions.md describes.

A book sets its verso (left-hand, even) pages' head with the folio before it (`58 CARRIED
ACROSS`) and its recto (right-hand, odd) pages' with the folio after it (`PUT OUR NAMES ON THE
FRONT 59`), the words in capitals. A chapter's few pages show each head once or twice, too few
for the rules that find heads by repetition (furniture.running_heads), so such a line is read
by its folio instead: a line of words in capitals, no sentence, with a folio of one to three
digits at its left edge, even, or at its right, odd; two such lines at least, at least
`PAGE_MIN_LINES` text lines apart, their folios counting up by one from head to head (a page
between two heads, a head on each page). A lone number right above a head whose folio is one
less is the page before's (a chapter's opening page sets its folio at its foot): page.py's rules
take it beside the head. Words in capitals with a year (`ANNUAL REPORT 2025`), with a number
on the wrong side for its parity, or folios that do not count up so are none.
"""

from __future__ import annotations

import re

from .layout import Line, ends_clause, is_all_caps

VERSO = re.compile(r"(?P<folio>\d{1,3})\s+(?P<words>\D+)")
RECTO = re.compile(r"(?P<words>\D+?)\s+(?P<folio>\d{1,3})")
HEAD_MAX_WORDS = 10
PAGE_MIN_LINES = 10  # a page holds this many lines of text at least
MIN_HEADS = 2


def folio(text: str) -> int | None:
    """The folio of a running head in capitals (`58 CARRIED ACROSS`: 58), if the line is one:
    an even folio before the words (verso), an odd one after them (recto)."""
    text = text.strip()
    for form, parity in ((VERSO, 0), (RECTO, 1)):
        head = form.fullmatch(text)
        if not head:
            continue
        words = head["words"].strip()
        if (
            int(head["folio"]) % 2 == parity
            and is_all_caps(words)
            and len(words.split()) <= HEAD_MAX_WORDS
            and not ends_clause(words)
        ):
            return int(head["folio"])
    return None


def folio_heads(lines: list[Line]) -> set[int]:
    """The raw line numbers of a book's running heads read by their folios (see the module)."""
    texts = [line for line in lines if not line.blank]
    heads = [
        (ordinal, found, line) for ordinal, line in enumerate(texts) if (found := folio(line.text))
    ]
    if len(heads) < MIN_HEADS:
        return set()
    for (before, was, _), (after, now, _) in zip(heads, heads[1:]):
        if now != was + 1 or after - before < PAGE_MIN_LINES:
            return set()
    return {line.number for _, _, line in heads}
