"""Notes marked by symbols, as an essay with few notes sets them: `home.*` and `less.†` in the
text, and below it the notes `* Census of 2021, table 4.` and `† Regional Travel Survey.`.

The symbols are the typesetter's sequence (`*`, `†`, `‡`, `§`, `‖`, `¶`, and doubled, `**`,
`††`, …). They are read as notes only by their whole shape: each symbol glued after a word or
its punctuation once in the text, in the order of the notes below it, and the notes the last
lines that open with a symbol, each symbol once, the same symbols in the same order. Then the
markers become `[1]`, `[2]` … in that order and the notes `[1] text`, as ingest reads notes in
every other style; otherwise nothing changes (an asterisk of emphasis, `*really*`, a list's
`* item`, a lone `§ 4` of a statute stay as written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .layout import Line

#: The typesetter's order of note symbols; doubled after the singles.
SINGLE = ("*", "†", "‡", "§", "‖", "¶")
SEQUENCE = SINGLE + tuple(symbol * 2 for symbol in SINGLE)
_SYMBOL = "|".join(re.escape(symbol) for symbol in sorted(SEQUENCE, key=len, reverse=True))
#: A marker: a symbol glued after a word, a figure or its punctuation, and before a space,
#: punctuation or the line's end (not inside `**bold**` or a word).
MARKER = re.compile(rf"(?<=[^\s*†‡§‖¶])(?P<symbol>{_SYMBOL})(?=[\s.,;:!?)\]”’\"']|$)")
#: A note's first line: its symbol, then the note (`* Census …`, `†Regional …`).
ENTRY = re.compile(rf"\s*(?P<symbol>{_SYMBOL})\s*(?=[^\s*†‡§‖¶])")
#: An asterisk opening emphasis (`*really*`, `**Note**`): at a word's start.
EMPHASIS = re.compile(r"(?<![^\s(\"“‘*])\*(?=[^\s*])")
#: Emphasis closed on its line: its closing asterisks are no markers.
EMPHASIS_SPAN = re.compile(r"(?<![^\s(\"“‘*])(?P<stars>\*{1,2})(?=[^\s*]).*?(?<=[^\s*])(?P=stars)")


@dataclass(frozen=True)
class SymbolNotes:
    lines: list[Line]  # the lines, markers and notes written `[n]` where the style was found
    symbols: tuple[str, ...] = ()  # the notes' symbols in order (none: not found)


def symbol_notes(lines: list[Line]) -> SymbolNotes:
    """The lines with symbol markers and their notes written `[n]`, if the text has them."""
    texts = [index for index, line in enumerate(lines) if not line.blank]
    entries = _entries(lines, texts)
    symbols = [ENTRY.match(lines[index].text)["symbol"] for index in entries]
    if not entries or symbols != list(SEQUENCE[: len(symbols)]):
        return SymbolNotes(lines)
    first_note = entries[0]
    markers = [
        (index, match) for index in texts if index < first_note for match in _markers(lines[index])
    ]
    if [match["symbol"] for _, match in markers] != symbols:
        return SymbolNotes(lines)
    read = list(lines)
    for index, match in reversed(markers):  # from the end: earlier places stay put
        label = symbols.index(match["symbol"]) + 1
        text = read[index].text
        read[index] = replace(
            read[index], text=f"{text[: match.start()]}[{label}]{text[match.end() :]}"
        )
    for label, index in enumerate(entries, start=1):
        entry = ENTRY.match(lines[index].text)
        read[index] = replace(lines[index], text=f"[{label}] {lines[index].text[entry.end() :]}")
    return SymbolNotes(read, tuple(symbols))


def _markers(line: Line) -> list[re.Match]:
    """The line's markers, outside its emphasis (`*rented*`); none on a line whose emphasis
    runs on to the next, where a closing asterisk cannot be told from a marker."""
    spans = [match.span() for match in EMPHASIS_SPAN.finditer(line.text)]
    if EMPHASIS.search(EMPHASIS_SPAN.sub("", line.text)):
        return []
    return [
        match
        for match in MARKER.finditer(line.text)
        if not any(start <= match.start() < end for start, end in spans)
    ]


def _entries(lines: list[Line], texts: list[int]) -> list[int]:
    """The notes' first lines: from the end up, the lines that open with a symbol, with the
    lines that go on with a note between them; a line with no symbol above the last note
    found ends them (the text's last paragraph)."""
    found: list[int] = []
    for index in reversed(texts):
        if ENTRY.match(lines[index].text) and not MARKER.search(lines[index].text):
            found.append(index)
        elif found and not _goes_on(lines, index):
            break
    return found[::-1]


def _goes_on(lines: list[Line], index: int) -> bool:
    """A line right above a note's line with no blank between, below another note: the note
    above it wrapped."""
    above = index - 1
    while above >= 0 and not lines[above].blank:
        if ENTRY.match(lines[above].text):
            return True
        above -= 1
    return False
