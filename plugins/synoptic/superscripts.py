"""Footnote markers printed as superscripts, which a PDF extraction gives as bare digits glued
to their word (`reading.1 Sustained`), and the numbered notes they point to (`1 Source …`).

Digits glued to words are often content (`CO2`, `p.12`), so the style is recognised only by
its whole shape: numbers glued after a word or its punctuation count up 1, 2, 3 … in reading
order, and the text ends in a notes section whose entries, each starting a line, count up to
the same number (a single note must stand under a heading, `Notes`). Then the markers become
`[n]` and the entries `[n] text`, as ingest reads them in every other footnote style; otherwise
nothing changes. A number that is not the next in the count stays as written, and so does any
number with a space before it (`Year 9`), inside a number (`2.5`, but for a year's stop,
`in 1998.3`, and a sum's, `£13.20.3`, `£600,000.2`), after a capital letter (`MP3`), or a
unit's square or cube (`40 m2`).

The same holds for markers a PDF keeps as superscript characters (`rents.¹`, with notes
`¹ Source …`), and for markers already bracketed (`rents.[1]`, a text exported from Markdown or
a word processor) whose notes are numbered as a list (`1. Source …`): those are written `[n]`
too (for bracketed markers only the notes change, and only where the text does not write its
notes `[1] Source …` itself). In a text made of a page's markup (ingest's `Shapes.made`) such a
list is the notes only under a `Notes` heading or closing the text: a numbered list amid a
page's paragraphs is the body's (a Notion page's steps, its `See [1] and [2]` no calls of
theirs; review 39).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .furniture import RULE
from .layout import Line, ends_sentence, looks_like_heading

# Superscript digits, as a PDF extraction may keep them: unlike digits, never content glued to a
# word but for units (`m²`: UNIT).
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
LABEL = rf"\d{{1,3}}|[{SUPERSCRIPT_DIGITS}]{{1,3}}"
PLAIN_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
# A note's first line numbered in superscript digits (`¹ Source`, `¹Source`).
SUPERSCRIPT_ENTRY = re.compile(rf"\s*[{SUPERSCRIPT_DIGITS}]{{1,3}}\s*(?=\S)")
# A word (ending in a letter, or a year, or a sum with its pence or cents, `£13.20`, which takes
# no further decimal point, or a sum in thousands, `£600,000`, whose pence would be two digits:
# `£600,000.2` is the sum and marker 2), the punctuation after it, the marker, what may follow.
GLUED = re.compile(
    r"(?P<word>\S*?(?:[^\W\d_]|(?<!\d)\d{4}|[£$€¥]\d[\d,]*\.\d\d"
    r"|[£$€¥]\d{1,3}(?:,\d{3})+(?!\.\d\d(?!\d))))"
    r"(?P<stop>[.,;:!?]*[”’\"')\]]*[.,;:!?]*)"
    rf"(?P<label>{LABEL})(?P<after>[.,;:!?]*)"
)
# A lower-case word after a number and what may be its marker: the sentence goes on.
SENTENCE_GOES_ON = re.compile(r"\s+[a-z]")
# The heading of a text's endnotes: not `References` or `Bibliography`, whose numbered entries
# are works, not the notes the markers call.
NOTES_HEADING = re.compile(r"(?:foot|end)?notes?", re.IGNORECASE)
# A unit's square or cube after a number (`40 m²`, `3 km2` as an extraction may print it): a unit
# of length right after the number, then 2 or 3: the power, not a marker ("3 May2", "10 pm2" and
# "the 1990s2" are markers).
UNIT = re.compile(r"\d\s*(?:[kcdmµ]?m|ft|in|yd|mi)\Z")
UNIT_SPAN = 8  # characters before the power that can hold a number and its unit
# A marker already bracketed after its word (`rents.[1]`); a text dump's link reference stands
# before its word instead (`[1]Home`), and is no marker.
BRACKETED = re.compile(r"(?<=\S)\s?\[(?P<label>\d{1,3})\](?![^\W_])")
# A marker in brackets glued to its word or stop, as a word processor's text may write it
# (`deficit.(1)`); not after a number (`clause 14(2)`) nor set apart (`section (3)`). Its groups
# are GLUED's, empty but the label: `_bracketed` writes it `[1]` where it stands.
PARENTHESISED = re.compile(
    r"(?<=[^\s(\d])(?P<word>)(?P<stop>)\((?P<label>\d{1,3})\)(?P<after>)"
    r"(?=[\s.,;:!?”’\"']|$)"
)
# The first note as ingest reads notes, which a text with bracketed markers may give itself.
GIVEN_NOTE = re.compile(r"\s*\[1\]\s")
# A note's first line: its number, a stop or bracket perhaps, then the note (a superscript
# number may touch it: `¹Source`; so may a number a PDF set as one, before a capitalised word:
# `1The charging programme …`, Elsevier's).
ENTRY = re.compile(
    rf"(?P<indent>\s*)(?:(?P<label>\d{{1,3}})(?:[.)]?\s+|(?=[A-Z][a-z]))"
    rf"|(?P<sup>[{SUPERSCRIPT_DIGITS}]{{1,3}})\s*)(?=\S)"
)
TRIED = 20  # lines that could start the notes, from the last up: bounded work on any text


@dataclass(frozen=True)
class Superscripts:
    lines: list[Line]  # the lines, markers and note labels bracketed when the style was found
    markers: int = 0  # markers found glued (= notes): 0 when not found, or already bracketed
    notes_at: frozenset[int] = frozenset()  # raw line numbers where a note starts
    # When not found: notes under a heading (their first raw line, how many) that numbers
    # glued to words count up to but not as far (how many), for the report to warn of.
    unmatched: tuple[int, int, int] | None = None
    # When not found: the raw lines of two lists of notes that each count up to the markers
    # (notes numbered again by part): which list a marker cites is not known.
    restarts: tuple[int, ...] = ()


def label_number(label: str) -> int:
    return int(label.translate(PLAIN_DIGITS))


def entry_label(text: str) -> int | None:
    """The number a note's first line starts with, if it starts with one."""
    entry = ENTRY.match(text)
    return _number_of(entry) if entry else None


def _number_of(entry: re.Match[str]) -> int:
    return label_number(entry["label"] or entry["sup"])


def is_notes_heading(text: str) -> bool:
    """`Notes`, `## Endnotes`: the heading of a text's notes (not `References`)."""
    return NOTES_HEADING.fullmatch(text.strip().lstrip("#").strip()) is not None


def _entries(texts: list[Line], start: int) -> list[int]:
    """Indexes of the note entries from `start` to the end: lines that begin with the next
    number in the count (another line goes on with the note before). A list that starts again
    at 1 is another list (a text dump's references under its notes), and the count stops there,
    when the next numbered line is its 2 rather than the next note: a note wrapped before a
    number (`schedule` / `1 to the Act`) goes on."""
    found: list[int] = []
    restarted = False  # a line began with 1 again: the next numbered line says what it was
    for index in range(start, len(texts)):
        label = entry_label(texts[index].text)
        if restarted and label is not None and label != 1:
            if label == 2:
                break
            restarted = False
        if label == 1 and found and not _goes_on(texts, index):
            restarted = True
        elif label == len(found) + 1 and not (label == 1 and _goes_on(texts, index)):
            found.append(index)
    return found


def _goes_on(texts: list[Line], index: int) -> bool:
    """The line goes on with a note cut mid-sentence on the raw line right above ("1 Housing
    Act, in schedule" / "1 to the Act"), whatever number it begins with."""
    if not index or texts[index - 1].number != texts[index].number - 1:
        return False  # a blank line, or a removed rule, comes between: no note runs on
    before = texts[index - 1].text
    return entry_label(before) is not None and not ends_sentence(before)


def glued_markers(texts: list[Line], counted: int = 0) -> list[tuple[int, re.Match[str]]]:
    """The glued numbers that count up 1, 2, 3 … in reading order, with their line index
    (counting on from `counted` markers before these lines)."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(texts):
        for token in re.finditer(r"\S+", line.text):
            # (a marker's label is digits, perhaps with a stop after it: any other token is
            # passed over before the pattern is tried, bounded work on a long text)
            if not token[0].rstrip(".,;:!?")[-1:].isdigit():
                continue
            glued = GLUED.fullmatch(line.text, token.start(), token.end())
            if not glued or label_number(glued["label"]) != counted + len(found) + 1:
                continue
            # A number's decimal, not a marker, where the sentence goes on past the point
            # (`$1,250.1 million`; `in 1998,3 and` stays a marker after its comma).
            number_point = glued["word"][-1].isdigit() and glued["stop"] == "."
            if number_point and SENTENCE_GOES_ON.match(line.text, token.end()):
                continue
            # Right after a letter only in lower case (`attention2`, not `CO2` or `MP3`); after
            # a year only past its stop (`in 1998.3`, not `19983`).
            if glued["stop"] or glued["word"][-1].islower() and not _unit_power(glued):
                found.append((index, glued))
    return found


def _unit_power(glued: re.Match[str]) -> bool:
    """The glued number is a unit's power (`40 m²`), not a marker."""
    start = glued.start("label")
    before = glued.string[max(0, start - UNIT_SPAN) : start]
    return label_number(glued["label"]) in (2, 3) and bool(UNIT.search(before))


def _bracketed_markers(texts: list[Line]) -> list[tuple[int, re.Match[str]]]:
    """The bracketed markers that count up 1, 2, 3 … (a note cited again aside)."""
    return _counted(texts, BRACKETED)


def _counted(texts: list[Line], marker: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    """The markers of a pattern that count up 1, 2, 3 … in reading order (a note cited again
    aside), with their line index."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, line in enumerate(texts):
        for match in marker.finditer(line.text):
            if int(match["label"]) == len(found) + 1:
                found.append((index, match))
    return found


def _bracketed(line: Line, markers: list[re.Match[str]]) -> Line:
    """The line with each marker written `word.[n]` where it stands."""
    text = line.text
    for glued in reversed(markers):  # from the end: the places before stay where they were
        label = label_number(glued["label"])
        bracketed = f"{glued['word']}{glued['stop']}[{label}]{glued['after']}"
        text = text[: glued.start()] + bracketed + text[glued.end() :]
    return replace(line, text=text)


def _as_note(line: Line) -> Line:
    """A note's first line written `[n] text`, as ingest reads notes."""
    entry = ENTRY.match(line.text)
    assert entry  # only entries are rewritten
    return replace(line, text=f"{entry['indent']}[{_number_of(entry)}] {line.text[entry.end() :]}")


def superscript_notes(lines: list[Line], placed: bool = False, made: bool = False) -> Superscripts:
    """The lines with glued markers and their notes written `[n]`, if the text has them.

    `placed`: the notes at the end were found at the foot of the pages (footnotes.py), which
    says what a heading says: a single note needs none. `made`: the text was made of a page's
    markup, whose list under bracketed markers is their notes only where it stands as notes do
    (`_stands_as_notes`).
    """
    texts = [line for line in lines if not line.blank]
    found = _notes_for(lines, texts, glued_markers(texts), placed)
    if found.markers:
        return found
    # Markers already bracketed need only their notes written `[n]`, unless the text writes
    # them so itself (`[1] Source`): a numbered list there is the body's, not the notes.
    if any(GIVEN_NOTE.match(line.text) for line in texts):
        return found
    bracketed = _notes_for(lines, texts, _bracketed_markers(texts), placed, glued=False)
    if bracketed.markers and (not made or _stands_as_notes(texts, bracketed.notes_at)):
        return replace(bracketed, markers=0)
    parenthesised = _notes_for(lines, texts, _counted(texts, PARENTHESISED), placed)
    return parenthesised if parenthesised.markers else found


def _under_notes(texts: list[Line], start: int) -> bool:
    """The list stands right under a `Notes` heading or a rule drawn above the notes (a
    body's list, or a part's, does not)."""
    above = texts[start - 1].text.strip().lstrip("#").strip() if start else ""
    return is_notes_heading(above) or RULE.fullmatch(above) is not None


def _stands_as_notes(texts: list[Line], notes_at: frozenset[int]) -> bool:
    """A list read as notes stands right under a `Notes` heading, or closes the text (no line
    after its block: each line after its first runs on from the one above)."""
    entries = [index for index, line in enumerate(texts) if line.number in notes_at]
    after = texts[entries[0] :]
    closes = all(below.number == above.number + 1 for above, below in zip(after, after[1:]))
    return _under_notes(texts, entries[0]) or closes


def _entry_form(text: str) -> str:
    """How a note's number is set: "1 A." and "1. A." are two forms, "¹ A." the first."""
    return text.lstrip()[1:2].strip()


def _notes_for(
    lines: list[Line],
    texts: list[Line],
    counted: list[tuple[int, re.Match[str]]],
    placed: bool,
    glued: bool = True,
) -> Superscripts:
    # The latest line that starts a count of entries matching the markers above it: a note
    # may hold a line that begins with `1`; the body above it rarely counts up as well.
    # A `1` that goes on from a note cut mid-sentence starts no list.
    starts = [
        i for i, line in enumerate(texts) if entry_label(line.text) == 1 and not _goes_on(texts, i)
    ]
    unmatched = None
    for start in starts[::-1][:TRIED]:
        entries = _entries(texts, start)
        markers = [(index, glued) for index, glued in counted if index < start]
        # One marker and one entry could be chance (`a1`, a last line `1. …`): one note must
        # stand under a heading of its own.
        headed = start > 0 and looks_like_heading(texts[start - 1].text.strip())
        if len(markers) != len(entries) or (len(entries) == 1 and not (headed or placed)):
            if headed and markers and not unmatched:
                unmatched = (texts[start].number, len(entries), len(markers))
            continue
        # Another list of notes in the same form, after every marker, as long: "I … 1, 2;
        # II … 1, 2" (not the body's list "1. Register …", nor a bibliography "1. Barker …").
        form = _entry_form(texts[start].text)
        also = [
            other
            for other in starts
            if markers[-1][0] < other < start
            and _entry_form(texts[other].text) == form
            and len(_entries(texts, other)) == len(markers) > 1
            and not (_under_notes(texts, start) and not _under_notes(texts, other))
        ]
        if also:  # "I … 1, 2; II … 1, 2": Part I's markers would get Part II's notes
            return Superscripts(lines, restarts=(texts[also[-1]].number, texts[start].number))
        by_line: dict[int, list[re.Match[str]]] = {}
        for index, marker in markers if glued else []:  # a bracketed marker stays as it is
            by_line.setdefault(texts[index].number, []).append(marker)
        notes = {texts[index].number for index in entries}
        rewritten = [
            _bracketed(line, by_line[line.number])
            if line.number in by_line
            else _as_note(line)
            if line.number in notes
            else line
            for line in lines
        ]
        return Superscripts(rewritten, len(markers), frozenset(notes))
    return Superscripts(lines, unmatched=unmatched)
