"""A web page saved by a text-mode browser (`lynx -dump`): the browser's marks taken out.

lynx numbers every link where it stands, glued before the link's text (`By [7]Gerald`), and
lists the addresses at the end under `References` (`  7. https://…`), one per number, counting
up from 1. It sets list items as `   * item` (`+`, `o` deeper down) and an ordered list as
`   1. item`. Those numbers, marks and addresses are the browser's, not the essay's: they are
taken out (each line listed for the report) before the page is read like any web page. A
footnote marker is told from a link mark by where it stands: glued *after* its word or stop
(`borough.[1]`), never before a word. Only a text that ends in such a list of addresses is
taken for a dump; any other text is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import BROWSER_LINKS, BROWSER_NAVIGATION, Removed
from .layout import BULLETS, Line, blocks_by_blank_lines, ends_sentence

# lynx's list of addresses under `References`: its sub-headings, and `  7. https://…` lines.
LINK_GROUPS = re.compile(r"(?:Visible|Hidden) links:?")
REFERENCE = re.compile(r"\s*(\d{1,4})\.\s+[a-z][a-z0-9+.-]*:\S*\s*")
# A link mark: right before the link's first character, never right after a word or a stop
# (that is a footnote marker: `borough.[1]`).
LINK_MARK = re.compile(r"(?<![\w.,;:!?)\]’”\"'])\[(\d{1,4})\](?=[^\s\[\]])")
# lynx's bullets, by depth, indented as its lists are.
DUMP_BULLET = re.compile(r"^(?P<indent>\s+)[*+o](?=\s+\S)")
# A row of links (a menu, "Back to Opinion  Share this article"): items set apart by wide gaps,
# each a link of a few words, on lines standing apart (a paragraph's last line may be a link).
LINK_ITEM = re.compile(r"(?:[*+o]\s+)?\[\d{1,4}\]\S.*")
LINK_ITEM_WORDS = 4
# The heading over the essay's notes, and a numbered note under it (`   1. Source …`).
NOTES_HEADING = re.compile(r"(?:Foot|End)?[Nn]otes|(?:FOOT|END)?NOTES")
NUMBERED = re.compile(r"(?P<indent>\s*)(?P<label>\d{1,3})\.\s+(?=\S)")


@dataclass(frozen=True)
class Dump:
    lines: list[Line]  # the lines without the browser's marks (all of them if no dump)
    removed: list[Removed] = field(default_factory=list)
    link_marks: int = 0  # link marks taken out of the text
    found: bool = False


def _reference_list(lines: list[Line]) -> int | None:
    """Where lynx's list of addresses starts (its `References` line), if the text ends in one:
    numbered addresses counting up from 1 to the end, under that heading."""
    numbers: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        if lines[index].blank:
            continue
        if reference := REFERENCE.fullmatch(text):
            numbers.append(int(reference[1]))
        elif text.strip() == "References":
            counted = numbers[::-1] == list(range(1, len(numbers) + 1))
            return index if numbers and counted else None
        elif not LINK_GROUPS.fullmatch(text.strip()):
            return None
    return None


def _is_link_row(text: str) -> bool:
    items = re.split(r"\s{2,}", text.strip())
    return all(
        LINK_ITEM.fullmatch(item)
        and len(LINK_MARK.sub("", item).split()) <= LINK_ITEM_WORDS + 1  # the bullet
        and not ends_sentence(item)
        for item in items
    )


def _numbered_notes(lines: list[Line]) -> list[Line]:
    """The ordered list under a `Notes` heading is the notes: `   1. text` is `[1] text`, as
    ingest reads a note, when its numbers count up from 1."""
    heading = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if NOTES_HEADING.fullmatch(lines[i].text.strip())
        ),
        None,
    )
    if heading is None:
        return lines
    entries = {
        index: entry
        for index in range(heading + 1, len(lines))
        if (entry := NUMBERED.match(lines[index].text))
    }
    labels = [int(entry["label"]) for entry in entries.values()]
    if not entries or labels != list(range(1, len(labels) + 1)):
        return lines
    return [
        Line(line.number, f"{entry['indent']}[{entry['label']}] {line.text[entry.end() :]}")
        if (entry := entries.get(index))
        else line
        for index, line in enumerate(lines)
    ]


def browser_dump(lines: list[Line]) -> Dump:
    """The lines without lynx's list of addresses, its rows of links and its link marks, with
    its bullets as bullets and its numbered notes as notes; unchanged if no dump."""
    start = _reference_list(lines)
    if start is None or not any(LINK_MARK.search(line.text) for line in lines[:start]):
        return Dump(lines)
    removed = [
        Removed(line.number, line.text.strip(), BROWSER_LINKS)
        for line in lines[start:]
        if not line.blank
    ]
    rows = {
        line.number
        for block in blocks_by_blank_lines(lines[:start])
        if all(_is_link_row(line.text) for line in block)
        for line in block
    }
    removed += [
        Removed(n.number, n.text.strip(), BROWSER_NAVIGATION) for n in lines if n.number in rows
    ]
    kept: list[Line] = []
    marks = 0
    for line in lines[:start]:
        if line.number in rows:
            continue
        text, count = LINK_MARK.subn("", line.text)
        text = DUMP_BULLET.sub(lambda m: m["indent"] + BULLETS[0], text, count=1)
        marks += count
        kept.append(Line(line.number, text))
    while kept and kept[-1].blank:
        kept.pop()
    removed.sort(key=lambda item: item.line)
    return Dump(_numbered_notes(kept), removed, marks, found=True)
