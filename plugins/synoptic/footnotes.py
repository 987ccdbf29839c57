"""Footnotes printed at the foot of each page, which a PDF extraction leaves where they stood:
between the page's last line of text and its page number, in the middle of the essay and often
in the middle of a paragraph that runs on over the page break.

A page's foot is where page furniture was removed (furniture.py: a page number, a running foot,
the next page's running head) or the end of the text. The lines right above it, set apart from
the text by a blank line, are the page's notes when they begin with a note's number (`¹ Source`,
`1 Source`, `1. Source`), the numbers counting up 1, 2, 3 … from page to page, and when the
markers glued to words in the text (superscripts.py) count up to as many notes, as many above
each foot as the notes so far (a note never comes before its marker: a numbered list ending a
page is the body's). The blank line pypdf sets under each page's number, where it joins the
pages' texts, is the page break, no gap: it sets no page's lines apart, and a text with no other
blank line is read as one with none (its notes in plain digits among a page's last lines).
Then those lines move to the end of the text, where notes are read, and the
page break closes up around the page number as over any other: a paragraph cut by the notes runs
on. Otherwise nothing moves; nor does anything when a list under a heading (`Notes`) after them
starts again at 1 and gives as many notes: the text's endnotes, read where they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import RULE
from .layout import PLAIN_NOTE_START, Line, blank_between, looks_like_heading
from .superscripts import SUPERSCRIPT_ENTRY, entry_label, glued_markers, is_notes_heading

# A note's first line in plain digits, its number, a space and a capital (`1 Availability …`).
PLAIN_ENTRY = re.compile(PLAIN_NOTE_START)
# A note set by a sign, not a number (`∗ Aurelia Tannahill is …`), at a page's foot.
SIGN_NOTE = re.compile(r"\s*[∗*†‡§]\s+\S")
RAW_FOOT_LINES = 8  # a page's notes, with no blank line above them, among its last lines
SEPARATOR_MAX = 40  # a footnote rule: a short one (a line's width is a heading's underline)


@dataclass(frozen=True)
class FootNotes:
    lines: list[Line]  # the lines, each page's notes moved to the end
    notes: int = 0  # notes found at the feet of pages
    pages: int = 0  # … on this many pages
    # the raw lines of footnote rules at pages' feet whose notes were not read (left as they
    # stand, to be checked: a note may run into the text)
    unread: tuple[int, ...] = ()


def _feet(lines: list[Line], furniture: set[int]) -> list[int]:
    """The index of each page's foot: the first of a run of furniture lines (a page number and
    the next page's head are one foot), and the end of the text."""
    feet: list[int] = []
    previous_removed = False  # the last line that is not blank was furniture
    for index, line in enumerate(lines):
        if line.number in furniture:
            if not previous_removed:
                feet.append(index)
            previous_removed = True
        elif not line.blank:
            previous_removed = False
    return feet + [len(lines)]


def _last_block(lines: list[Line], foot: int, furniture: set[int]) -> tuple[int, int]:
    """The start and end of the lines of text right above a page's foot (blank lines and
    furniture between them aside), up to the blank line above them."""
    end = foot
    while end > 0 and (lines[end - 1].blank or lines[end - 1].number in furniture):
        end -= 1
    start = end
    while start > 0 and not lines[start - 1].blank:
        start -= 1
    return start, end


def _block_above(
    lines: list[Line],
    foot: int,
    furniture: set[int],
    label: int,
    unspaced: bool = False,
    signed: frozenset[int] = frozenset(),
) -> range | None:
    """The lines of the block standing right above a page's foot (blank lines and furniture
    between them aside), if a blank line sets it apart from the text above it; or, with no
    blank line (a PDF viewer's copy), from the page's line that opens with the next note's
    number `label` in superscript (`¹ Source`): no line of the text does (`²³⁵U` is no note 1);
    or, in a text with no blank line anywhere (`unspaced`: `pdftotext -raw`), in plain digits
    among the page's last lines (`1 Source`)."""
    start, end = _last_block(lines, foot, furniture)
    # (the blank line atop a page, under the page before's furniture, sets nothing apart)
    # (or, where no blank line parts the text, over the next page's head: pdfium's pages)
    page_top = start > 0 and (
        _beside_furniture(lines, start - 1, furniture)
        or (unspaced and lines[start].number in furniture)
    )
    first = start
    while first < end and lines[first].number in furniture:
        first += 1
    if first > start and entry_label(lines[first].text) == label:
        start = first  # furniture atop the notes: a preprint's notes on its authors
    if start < end:
        # a short rule right above the notes, under the page's last line of text with no blank
        # line between (nroff's footnote separator, `───────────`): the notes start under it,
        # whatever the block's first line (a section's numbered heading, `1.  What …`)
        ruled = (
            first
            for i in range(start, end - 1)
            if _is_separator(lines[i].text)
            and (first := _past_sign_note(lines, i + 1, end, signed)) < end
            and (entry_label(lines[first].text) == label or _carried(lines, first, end, label))
        )
        start = next(ruled, start)
    if 0 < start < end and not page_top:
        return range(start, end)
    top = end  # the page's lines: up to the furniture of the page above
    while top > 0 and not lines[top - 1].blank and lines[top - 1].number not in furniture:
        top -= 1
    superscript = (
        i
        for i in range(top, end)
        if SUPERSCRIPT_ENTRY.match(lines[i].text) and entry_label(lines[i].text) == label
    )
    first = next(superscript, None)
    if first is None and unspaced:
        # `pdftotext -raw` sets no blank line anywhere: a note's number in plain digits then
        # opens it, among the page's last lines (the markers' count decides, `foot_notes`);
        # where blank lines part the text, a numbered list may end a page's text
        numbered = (
            i
            for i in range(max(top, end - RAW_FOOT_LINES), end)
            if PLAIN_ENTRY.match(lines[i].text) and entry_label(lines[i].text) == label
        )
        first = next(numbered, None)
    return range(first, end) if first else None


def _beside_furniture(lines: list[Line], index: int, furniture: set[int]) -> bool:
    """The blank line at `index` stands under a page's furniture (its number, its running
    foot), blank lines aside: the break between two pages, as pypdf joins its pages' texts
    (with a line break under each page's last line), no gap between the text's paragraphs and
    none setting a page's notes apart (which stands above the furniture)."""
    above = index - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    return above >= 0 and lines[above].number in furniture


def _pages_headed_first(lines: list[Line], furniture: set[int]) -> bool:
    """Every blank line stands right over a page's furniture, two lines of it (its head and
    its number), and never under any: the break between two pages where an extraction gives
    each page's head and number first (pdfium, which follows the content stream) and joins the
    pages with a blank line, setting no other. A blank line over a page number alone at a
    page's foot (`1 A source.` / blank / `7`) is no such break: a numbered list may end a page."""
    blanks = [index for index, line in enumerate(lines) if line.blank]
    return bool(blanks) and all(
        index + 2 < len(lines)
        and lines[index + 1].number in furniture
        and lines[index + 2].number in furniture
        and not _beside_furniture(lines, index, furniture)
        for index in blanks
    )


def _carried(lines: list[Line], first: int, end: int, label: int) -> bool:
    """The lines under a page's footnote rule (right above `first`) go on with the last note of
    the page before (groff carries a long note over to the next page's foot): a note has been
    read (`label` is 2 or more), and the first line opens in lower case, with no number, the
    rest of the page's lines after it, with no blank line, a note's lines or the next notes'."""
    text = lines[first].text.strip()
    return (
        label > 1
        and first > 0
        and _is_separator(lines[first - 1].text)
        and text[:1].islower()
        and entry_label(lines[first].text) is None
        and not any(lines[i].blank for i in range(first, end))
    )


def _past_sign_note(lines: list[Line], index: int, end: int, signed: frozenset[int]) -> int:
    """The first line at or after `index` past a note set by a sign (`∗ Aurelia Tannahill is a
    reader …`: a title page's note on its author, groff's `.FS *`, LaTeX's `\\thanks`), which
    stands first under the rule, over the numbered notes (`signed`: the raw lines where such
    notes begin whose sign a reader took off); `index` where there is none."""
    if not (SIGN_NOTE.match(lines[index].text) or lines[index].number in signed):
        return index
    after = index + 1
    while after < end and not lines[after].blank and entry_label(lines[after].text) is None:
        after += 1
    return after


def _is_separator(text: str) -> bool:
    """A short rule drawn over a page's notes (`───────────`, `__________`)."""
    return len(text.strip()) <= SEPARATOR_MAX and bool(RULE.fullmatch(text.strip()))


def _top(lines: list[Line], block: range, signed: frozenset[int]) -> int:
    """The first line that moves with a page's notes: the rule over them (and a note set by a
    sign between them, `_past_sign_note`), the blank above."""
    top = block.start
    note = top  # the first line of a note set by a sign, right under the rule
    while note > 0 and not lines[note - 1].blank and not _is_separator(lines[note - 1].text):
        note -= 1
    if 0 < note < top and _is_separator(lines[note - 1].text):
        if _past_sign_note(lines, note, top, signed) == top:
            top = note
    if top > 0 and _is_separator(lines[top - 1].text):
        top -= 1
    return top - lines[top - 1].blank if top > 0 else top


def _next_note(lines: list[Line], block: range) -> int:
    """The index of the first line in the block that opens a note by its number; its end if none."""
    return next((i for i in block if entry_label(lines[i].text) is not None), block.stop)


def _under_heading(lines: list[Line], block: range) -> bool:
    """The block stands under a heading of its own (`Notes`), as a text's endnotes do."""
    above = block.start - 1  # a blank line, as the block is set apart
    while above > 0 and lines[above].blank:
        above -= 1
    alone = above == 0 or lines[above - 1].blank
    heading = lines[above].text.strip().lstrip("#").strip()
    return alone and looks_like_heading(heading) and is_notes_heading(heading)


def _notes_in(lines: list[Line], block: range, count: int) -> int:
    """The count of notes after the block's: a line that does not start the next note goes on
    with the last."""
    for index in block:
        if entry_label(lines[index].text) == count + 1:
            count += 1
    return count


def foot_notes(
    lines: list[Line], furniture: set[int], signed: frozenset[int] = frozenset()
) -> FootNotes:
    """The lines with the notes at the feet of pages moved to the end, if the text has them
    (`signed`: the raw lines where a note set by a sign begins, its sign taken off)."""
    blocks: list[range] = []
    # (no blank line between the text's lines but around its pages' furniture: `-raw`)
    texts = [i for i, line in enumerate(lines) if not line.blank]
    inside = lines[texts[0] : texts[-1]] if texts else []
    unspaced = not any(
        line.blank and not _beside_furniture(inside, index, furniture)
        for index, line in enumerate(inside)
    ) or _pages_headed_first(inside, furniture)
    # (a text whose notes stand under their heading at its end has none at its pages' feet:
    # a numbered list there is the body's)
    unspaced = unspaced and not any(is_notes_heading(line.text.strip()) for line in lines)
    count = 0  # notes so far: each page's notes go on with the count
    marked, read = 0, 0  # markers glued to words in the lines read so far (above the feet)
    continuing: set[int] = set()  # the blocks that open with the last note's rest
    for foot in _feet(lines, furniture):
        block = _block_above(lines, foot, furniture, count + 1, unspaced, signed)
        if block is None or (blocks and block.start < blocks[-1].stop):
            continue
        if foot == len(lines) and not blocks:
            break  # notes at the end of a text with none at a page's foot: notes as usual
        if count and entry_label(lines[block.start].text) == 1 and _under_heading(lines, block):
            if _notes_in(lines, block, 0) == count:
                # Endnotes under `Notes` give the notes the pages' feet seemed to: those were
                # the body's numbered lists, and the endnotes are read where they stand.
                return FootNotes(lines)
        carried = bool(blocks) and _carried(lines, block.start, block.stop, count + 1)
        if entry_label(lines[block.start].text) != count + 1 and not carried:
            continue  # the page's last paragraph, or no notes on this page
        text = [line for line in lines[read : block.start] if not line.blank]
        marked, read = marked + len(glued_markers(text, marked)), block.start
        counted = _notes_in(lines, block, count)
        if marked < counted:
            continue  # a note cannot come before its marker: the body's numbered list
        blocks.append(block)
        if carried:
            continuing.add(len(blocks) - 1)
        count, read = counted, block.stop
    # Each block moves with the blank line above it, if any, which sets it apart at the end too,
    # and the rule over it (a rule left between a page's last line and the next page's first
    # would part the paragraph that runs on).
    spans = [range(_top(lines, block, signed), block.stop) for block in blocks]
    moving = {index for span in spans for index in span}
    kept = [line for index, line in enumerate(lines) if index not in moving]
    markers = glued_markers([line for line in kept if not line.blank])
    if not blocks or len(markers) != count:
        return FootNotes(lines, unread=_foot_rules(lines, furniture, set()))
    moved: list[Line] = []
    for number, (block, span) in enumerate(zip(blocks, spans, strict=True)):
        if number in continuing:
            # the rest of the last note, right under its lines; the rule over it then stands
            # over the page's next note, if any
            rest = range(block.start, _next_note(lines, block))
            moved += [lines[index] for index in rest]
            span = [index for index in span if index not in rest]
        for index in span:
            # a note set by a sign over the numbered ones is a block of its own at the end
            if index == block.start and moved and not moved[-1].blank:
                if not _is_separator(moved[-1].text):
                    moved.append(blank_between(moved[-1]))
            moved.append(lines[index])
    return FootNotes(kept + moved, count, len(blocks), _foot_rules(lines, furniture, moving))


def _foot_rules(lines: list[Line], furniture: set[int], moving: set[int]) -> tuple[int, ...]:
    """The raw lines of the footnote rules at the pages' feet (a short rule right under the
    page's last line of text, a line right under it, in the page's last block) that did not
    move with notes; none in a text with no page furniture (a rule at its end is the text's)."""
    if not furniture:
        return ()
    found: list[int] = []
    for foot in _feet(lines, furniture):
        start, end = _last_block(lines, foot, furniture)
        found += [
            lines[index].number
            for index in range(start + 1, end - 1)
            if _is_separator(lines[index].text)
            and index not in moving
            and lines[index - 1].number not in furniture
        ]
    return tuple(sorted(set(found)))
