"""The page breaks a converter of a PDF to Markdown leaves in its text as paragraphs
(pymupdf4llm in layout mode, its page headers and footers kept): each page's number alone, and
round it the page's footer and the next page's running heads.

A page's number is a block of its own, a number alone (`2`, `**2**`, `- 2 -`); such numbers
count up by one, two at least, and the last of them closes the text (nothing but such
furniture under it), or the same head or footer stands right under each of them (the last
page has no number in its footer, or a back page follows). Round each number, the blocks
between it and the text go, each of one line:

- under it (the next page's head, or this page's footer set after its number): a line in
  capitals, of `HEAD_MAX_WORDS` words at most and no sentence (`QUARRIE AND FERRAND`,
  `MARCH 2026`, `CLP WORKING PAPER 26/03`), or a footer's notice (below) of
  `NOTICE_MAX_WORDS` at most; a line in capitals set in bold (`**WHAT WE CONCLUDE**`, as
  pymupdf4llm sets a heading in no larger a font) only where the same line stands again in
  the text (a running head repeats; a heading does not);
- over it (this page's footer): such a notice.

A footer's notice is a line (40 words at most) each of whose sentences (or parts between `·`,
`|`, `•` or a dash) that holds `©`, `(c) 2024` or `all rights reserved` opens with `©` or `(c)`
(after `Copyright` or not) in 12 words at most (`© The authors 2026.`, `Copyright © 2026 CLP`),
is `All rights reserved.` alone, or is of five words at most (`Working Paper © 2026`). A
sentence of the essay's that names a notice (`The photograph on the cover is © Getty Images
2019, and we paid for it.`, `All rights reserved is a phrase …`) stays.

The first block that is neither (a heading, a paragraph) ends the run. Numbers that do not
count so, or do not close the text, are the text's (`2` alone as an answer, a list's number):
nothing goes. Where a paragraph runs on across a break, its two halves stay two paragraphs:
the report warns where the half above ends no sentence and the one below opens in lower case.
"""

from __future__ import annotations

import re
from collections import Counter

from .furniture import Removed
from .layout import Line, blocks_by_blank_lines, ends_sentence, is_all_caps

PAGE_NUMBER = "a page's number alone between paragraphs (pymupdf4llm's Markdown of a PDF)"
PAGE_HEAD = "a page's running head beside its number (pymupdf4llm's Markdown of a PDF)"
PAGE_FOOTER = "a page's footer beside its number (a notice with ©: pymupdf4llm's Markdown)"
NUMBER = re.compile(r"\s*(?:\*\*)?[-–]?\s*(?P<number>\d{1,4})\s*[-–]?(?:\*\*)?\s*")
HEAD_MAX_WORDS = 8
NOTICE_MAX_WORDS = 40
NOTICE = re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b", re.IGNORECASE)
# A notice's own sentence: it opens with `©` or `(c)` (after `Copyright`, or not), short; or
# it is `All rights reserved.` alone; or it is of `NOTICE_SHORT_WORDS` words at most.
NOTICE_OPENS = re.compile(r"(?:copyright\s+)?(?:©|\(c\))", re.IGNORECASE)
RESERVED = re.compile(r"all rights reserved\.?", re.IGNORECASE)
NOTICE_SENTENCE_WORDS = 12
NOTICE_SHORT_WORDS = 5
# (sentences, or the parts of a footer set between `·`, `|`, `•` or a dash)
NOTICE_PARTS = re.compile(r"(?<=[.!?])\s+|\s+[·|•–—]\s+")


def page_breaks(lines: list[Line]) -> list[Removed]:
    """The page numbers and the heads and footers round them (see the module), each listed
    with its rule; none where the numbers do not count so."""
    blocks = blocks_by_blank_lines(lines)
    numbered = [
        (index, int(found["number"]))
        for index, block in enumerate(blocks)
        if len(block) == 1 and (found := NUMBER.fullmatch(block[0].text))
    ]
    # (the last run that counts up by one, two numbers at least, the last closing the text)
    said = dict(numbered)
    recurring = Counter(
        block[0].text.strip().strip("*_").strip() for block in blocks if len(block) == 1
    )
    run: list[int] = []
    for index, number in numbered:
        if run and number == said[run[-1]] + 1:
            run.append(index)
        else:
            run = [index]
    if len(run) < 2:
        return []
    closes = all(
        _furniture(blocks[below], recurring) is not None
        for below in range(run[-1] + 1, len(blocks))
    )
    if not closes and not _same_head(blocks, run, recurring):
        return []
    found: dict[int, str] = {}
    for at in run:
        found[at] = PAGE_NUMBER
        below = at + 1
        while (
            below < len(blocks)
            and below not in run
            and (rule := _furniture(blocks[below], recurring))
        ):
            found[below] = rule
            below += 1
        above = at - 1
        while (
            above >= 0
            and above not in found
            and _furniture(blocks[above], recurring) == PAGE_FOOTER
        ):
            found[above] = PAGE_FOOTER
            above -= 1
    return [Removed.of(blocks[index][0], rule) for index, rule in sorted(found.items())]


def run_on_breaks(lines: list[Line], removed: list[Removed]) -> list[str]:
    """A warning for each page break (its lines `removed`) between a paragraph that ends no
    sentence and one that opens in lower case: one paragraph cut by the page, left as two."""
    gone = {item.line for item in removed}
    texts = [line for line in lines if not line.blank and line.number not in gone]
    warnings = []
    for above, below in zip(texts, texts[1:]):
        between = [number for number in gone if above.number < number < below.number]
        if between and not ends_sentence(above.text) and below.text.lstrip()[:1].islower():
            warnings.append(
                f"line {below.number}: a paragraph seems to run on across the page break at "
                f"line {min(between)} (the line above ends no sentence, this one opens in lower "
                "case): join the two by hand"
            )
    return warnings


def _same_head(blocks: list[list[Line]], run: list[int], recurring: Counter[str]) -> bool:
    """Whether the same head or footer stands right under every number of `run` (a last page
    with no number of its own: the running head proves the pages)."""
    under = [blocks[at + 1] if at + 1 < len(blocks) else None for at in run]
    return all(block and _furniture(block, recurring) for block in under) and (
        len({block[0].text.strip() for block in under if block}) == 1
    )


def _furniture(block: list[Line], recurring: Counter[str]) -> str | None:
    """A block's rule as a page's head or footer, if it is one of one line (`recurring`: how
    often each one-line block's text stands in the text)."""
    if len(block) != 1 or block[0].text.lstrip()[:1] in ("#", ">", "|"):
        return None  # (a heading, a quotation, a table's row: the text's)
    text = block[0].text.strip().strip("*_").strip()
    words = text.split()
    if NOTICE.search(text) and len(words) <= NOTICE_MAX_WORDS and _notice(text):
        return PAGE_FOOTER
    if is_all_caps(text) and len(words) <= HEAD_MAX_WORDS and not ends_sentence(text):
        bold = block[0].text.strip().startswith(("**", "__"))
        return PAGE_HEAD if not bold or recurring[text] > 1 else None  # (bold: a heading's)
    return None


def _notice(text: str) -> bool:
    """Whether each sentence of `text` that holds a notice is a footer's (see NOTICE_OPENS),
    not the essay's (`The photograph on the cover is © Getty Images 2019, and we paid …`)."""
    return all(
        (NOTICE_OPENS.match(part) and len(part.split()) <= NOTICE_SENTENCE_WORDS)
        or RESERVED.fullmatch(part)
        or len(part.split()) <= NOTICE_SHORT_WORDS
        for part in NOTICE_PARTS.split(text)
        if NOTICE.search(part)
    )
