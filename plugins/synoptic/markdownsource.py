"""A raw text written in Markdown (a word processor's document converted by pandoc, a blog's
source): the Markdown that is not the essay's words read as what it stands for, in the forms the
rest of ingest reads (docs/editions.md, "A text exported from Markdown or a word processor").

- Footnotes: markers `[^1]` are read as `[1]`, definitions `[^1]: text` (their continuation
  lines indented) as the note `[1] text`.
- Backslash escapes (`\\$`, `\\*`, `\\[`), which pandoc writes before any character Markdown
  would read as syntax, are the characters they escape.
- A block set wholly in emphasis (`**By Ann Lee**`, `*10 March 2026*`, an author's note in
  italics over two lines) is read without the markers: a byline, a date or a note, not syntax.

Its block quotations (`> ` before each line) are read as such (ingest.classify). Emphasis
inside a sentence stays as the raw text sets it, escaped in the edition like any raw character
Markdown would read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .layout import Line, blocks_by_blank_lines, markdown_heading

FOOTNOTE_MARKER = re.compile(r"\[\^(\d{1,3})\]")
FOOTNOTE_DEFINITION = re.compile(r"(?P<indent>\s{0,3})\[\^(?P<label>\d{1,3})\]:\s*")
# Markdown's escapable characters: ASCII punctuation.
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# A block wholly in emphasis: the same marker opens its first line and closes its last, and
# none stands inside it.
EMPHASIS = re.compile(r"(?P<mark>\*\*|\*|__|_)(?=\S)")


@dataclass(frozen=True)
class MarkdownSource:
    lines: list[Line]
    footnotes: int = 0  # `[^n]:` definitions read as notes
    escapes: int = 0  # backslash escapes read as their characters
    emphasised: int = 0  # blocks set wholly in emphasis, read without the markers
    markdown: bool = False  # a Markdown source: its `> ` lines are block quotations too


def markdown_source(lines: list[Line]) -> MarkdownSource:
    r"""The lines with a Markdown source's footnotes, escapes and emphasised blocks read; the
    lines as they are in any other text. A text is a Markdown source when it defines footnotes
    (`[^1]: …`), or has a `## Heading` and escapes a character: elsewhere `\*` and `[^1]` are
    the raw text's characters, read back as they are (docs/editions.md)."""
    definitions = sum(bool(FOOTNOTE_DEFINITION.match(line.text)) for line in lines)
    escapes = sum(len(ESCAPE.findall(line.text)) for line in lines)
    headings = any(markdown_heading(line.text) for line in lines)
    if not definitions and not (headings and escapes):
        return MarkdownSource(lines)
    emphasised, blocks = _emphasised_blocks(lines)
    read = []
    for line in lines:
        text = FOOTNOTE_DEFINITION.sub(lambda m: f"{m['indent']}[{m['label']}] ", line.text, 1)
        text = FOOTNOTE_MARKER.sub(r"[\1]", text)
        if line.number in emphasised:
            text = emphasised[line.number]
        read.append(replace(line, text=ESCAPE.sub(r"\1", text)))
    return MarkdownSource(read, definitions, escapes, blocks, markdown=True)


def _emphasised_blocks(lines: list[Line]) -> tuple[dict[int, str], int]:
    """{line number: its text without the markers} for the blocks set wholly in emphasis, and
    how many blocks they are."""
    found: dict[int, str] = {}
    count = 0
    for block in blocks_by_blank_lines(lines):
        first, last = block[0].text.strip(), block[-1].text.strip()
        opening = EMPHASIS.match(first)
        if not opening:
            continue
        mark = opening["mark"]
        inner = " ".join(line.text.strip() for line in block)[len(mark) : -len(mark)]
        if not last.endswith(mark) or last.endswith("\\" + mark) or mark[0] in inner:
            continue
        count += 1
        for index, line in enumerate(block):
            text = line.text.strip()
            if index == 0:
                text = text[len(mark) :]
            if index == len(block) - 1:
                text = text[: -len(mark)]
            found[line.number] = text
    return found, count
