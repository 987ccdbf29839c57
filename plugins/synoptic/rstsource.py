"""A raw text written in reStructuredText (a Sphinx, Pelican or Nikola blog's source): its
markup read as what it stands for, in the forms the rest of ingest reads, as markdownsource.py
does for Markdown (docs/editions.md, "A text written in reStructuredText").

- A field list among the first lines (`:author: Ann Lee`, `:date: 19 March 2026`) gives the
  byline and the date, set as the lines that state them; its other fields (`:tags:`) go.
- Footnotes: markers `[#]_`, `[#label]_`, `[1]_` are read as `[n]` (auto-numbered ones in
  the order they come, as reST numbers them), and definitions `.. [#] text` (their lines
  indented) as the notes `[n] text`.
- A directive whose body is the text's (`.. note::`, `.. epigraph::`, `.. pull-quote::`, an
  admonition) is read as its body; any other (`.. image::`, `.. figure::`), a comment and a
  link's target go with their indented lines, each listed in the report.
- Inline: ``literal`` and `interpreted` text are their words, a link is its words
  (`` `the report <https://…>`_ ``), a role is its text (`:abbr:`HDC``); `*emphasis*` and
  `**strong**` stay emphasis.

Its headings (a line under, or over and under, a line of one punctuation character) are read
as any text's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import count

from .furniture import Removed
from .layout import EMPHASIS_MARK, STRONG_MARK, Line, blocks_by_blank_lines
from .markdownsource import MarkupSource

# A heading's underline (or overline): one punctuation character repeated.
ADORNMENT = re.compile(r"([=\-~^\"'`#*+:.])\1{2,}\s*")
FIELD = re.compile(r":(?P<name>[A-Za-z][\w -]*):(?:\s+(?P<value>\S.*))?")
FIELDS_READ = {"author": "By {}", "authors": "By {}", "date": "{}"}
FIELDS_WITHIN = 12  # the field list stands among the first lines, under the title
HOUR = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{2}:?\d{2}|Z|[A-Z]{2,4}))?$")
AUTO_LABEL = r"#[\w-]*|\*"
MARKER = re.compile(rf"\s?\[(?P<label>{AUTO_LABEL}|\d{{1,3}})\]_")
DEFINITION = re.compile(rf"\.\.\s+\[(?P<label>{AUTO_LABEL}|\d{{1,3}})\]\s*")
EXPLICIT = re.compile(r"\.\.(?:\s|$)")  # a directive, a comment, a target, a footnote
DIRECTIVE = re.compile(r"\.\.\s+(?P<name>[\w-]+)::")
#: Directives whose body is the essay's words.
TEXT_DIRECTIVES = frozenset(
    "note tip hint important attention caution warning danger error admonition epigraph "
    "highlights pull-quote topic sidebar rubric".split()
)
OPTION = re.compile(r"\s+:[\w-]+:")  # a directive's option line (`:class: wide`)
LITERAL = re.compile(r"``(?P<words>[^`]+?)``")
LINK = re.compile(r"`(?P<words>[^`<]+?)\s*<[^`>]+>`__?")
ROLE = re.compile(r":[\w-]+:`(?P<words>[^`]+?)`")
INTERPRETED = re.compile(r"`(?P<words>[^`]+?)`_{0,2}")
STRONG = re.compile(r"\*\*(?=\S)(?P<words>[^*]+?)(?<=\S)\*\*")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(?P<words>[^*]+?)(?<=\S)\*(?![\w*])")

RST_FIELD = "reStructuredText source: a field of the document's but its author and date"
RST_EXPLICIT = "reStructuredText source: a directive, comment or link target (.. image::)"


def rst_source(lines: list[Line]) -> MarkupSource | None:
    """The lines of a reStructuredText source read, or None when the text is none: a text is
    one when a heading is underlined with punctuation and it defines a footnote (`.. [#]`),
    uses a directive (`.. note::`) or sets a field list among its first lines."""
    texts = [line for line in lines if not line.blank]
    underlined = any(
        ADORNMENT.fullmatch(below.text) and len(below.text.strip()) >= len(above.text.strip())
        for above, below in zip(texts, texts[1:])
        if not ADORNMENT.fullmatch(above.text)
    )
    fields = [line for line in texts[:FIELDS_WITHIN] if FIELD.fullmatch(line.text)]
    explicit = any(DEFINITION.match(line.text) or DIRECTIVE.match(line.text) for line in texts)
    if not (underlined and (fields or explicit)):
        return None
    found: list[tuple[Line, str]] = []
    read = _fields_read(_adornments_read(lines), {line.number for line in fields}, found)
    read, definitions = _explicit_read(read, found)
    read = _markers_read(read)
    marked = not any(mark in line.text for line in lines for mark in (STRONG_MARK, EMPHASIS_MARK))
    removed = [
        Removed.of(line, rule) for line, rule in sorted(found, key=lambda item: item[0].number)
    ]
    return MarkupSource(
        _inline_read(read, marked),
        footnotes=definitions,
        removed=removed,
        markdown=True,
        emphasis=marked,
        syntax="reStructuredText",
    )


def _adornments_read(lines: list[Line]) -> list[Line]:
    """Heading adornments as ingest reads a heading's rule: the first style in the text (the
    title's: `###…`, `***…`, `===…`) as `=`, any other as `-` (reST ranks styles in the order
    they come, whatever their character)."""
    styles: list[str] = []
    read = []
    for line in lines:
        if ADORNMENT.fullmatch(line.text):
            char = line.text.strip()[0]
            styles += [char] if char not in styles else []
            line = Line(line.number, ("=" if char == styles[0] else "-") * len(line.text.strip()))
        read.append(line)
    return read


def _fields_read(lines: list[Line], fields: set[int], found: list) -> list[Line]:
    """The author and date fields as the lines that state them (a date without its hour);
    the other fields gone, and the indented lines that go on with a field's value too."""
    read: list[Line] = []
    value_of: Line | None = None  # the field line whose value an indented line goes on with
    for line in lines:
        field = FIELD.fullmatch(line.text) if line.number in fields else None
        if not field and value_of and line.text[:1] in (" ", "\t") and not line.blank:
            if value_of.text:  # an author's or a date's value, wrapped
                read[read.index(value_of)] = value_of = Line(
                    value_of.number, f"{value_of.text} {line.text.strip()}"
                )
            else:
                found.append((line, RST_FIELD))
            read.append(Line(line.number, ""))
            continue
        value_of = None
        written = FIELDS_READ.get(field["name"].lower()) if field else None
        if field and written and field["value"]:
            value = HOUR.sub("", field["value"].strip())  # Pelican's `2026-03-19 10:20`
            value_of = Line(line.number, written.format(value))
        elif field:
            found.append((line, RST_FIELD))
            value_of = Line(line.number, "")
        read.append(value_of or line)
    return read


def _explicit_read(lines: list[Line], found: list) -> tuple[list[Line], int]:
    """The explicit markup blocks (`.. ` and the indented lines under it) read: a footnote's
    definition as its note (`[#] text`, numbered by `_markers_read`), a text directive as its
    body, anything else gone; and how many definitions there were."""
    read: list[Line] = []
    definitions = 0
    block: str | None = None  # what the explicit block being read is: "note", "body", "gone"
    for line in lines:
        opening = EXPLICIT.match(line.text)
        if opening or (block and line.text[:1] not in ("", " ", "\t")):
            block = None
        if opening:
            definition = DEFINITION.match(line.text)
            directive = DIRECTIVE.match(line.text)
            if definition:
                block, definitions = "note", definitions + 1
                read.append(
                    Line(line.number, f"[{definition['label']}] {line.text[definition.end() :]}")
                )
                continue
            block = "body" if directive and directive["name"].lower() in TEXT_DIRECTIVES else "gone"
            found.append((line, RST_EXPLICIT))
            read.append(Line(line.number, ""))
            continue
        if block == "gone" and not line.blank or block == "body" and OPTION.match(line.text):
            found.append((line, RST_EXPLICIT))
            read.append(Line(line.number, ""))
        elif block:
            read.append(Line(line.number, line.text.strip()))  # the body, or a note's lines
        else:
            read.append(line)
    return read, definitions


def _markers_read(lines: list[Line]) -> list[Line]:
    """Footnote markers and definitions as `[n]`, auto-numbered ones in order (markers and
    definitions each counted apart, as reST matches them); a marker alone on its line goes to
    the end of the line above, where its word is."""
    in_text, in_notes = count(1), count(1)
    read: list[Line] = []
    for line in lines:
        if note := re.match(rf"\[(?:{AUTO_LABEL})\] ", line.text):
            text = f"[{next(in_notes)}] {line.text[note.end() :]}"
        else:
            text = MARKER.sub(lambda m: f"[{_number(m['label'], in_text)}]", line.text)
        if re.fullmatch(r"\[\d{1,3}\]", text.strip()) and read and not read[-1].blank:
            read[-1] = replace(read[-1], text=read[-1].text.rstrip() + text.strip())
            text = ""
        read.append(Line(line.number, text))
    return read


def _number(label: str, auto) -> int:
    return int(label) if label.isdigit() else next(auto)


def _inline_read(lines: list[Line], marked: bool) -> list[Line]:
    """Literals, roles, links and interpreted text as their words; emphasis marked for the
    edition (a span wrapped over lines too: each block is read whole, then split at its lines)."""
    read: dict[int, str] = {}
    for block in blocks_by_blank_lines(lines):
        text = "\n".join(line.text for line in block)
        for pattern in (LITERAL, LINK, ROLE, INTERPRETED):
            text = pattern.sub(r"\g<words>", text)
        if marked:
            text = STRONG.sub(lambda m: f"{STRONG_MARK}{m['words']}{STRONG_MARK}", text)
            text = EMPHASIS.sub(lambda m: f"{EMPHASIS_MARK}{m['words']}{EMPHASIS_MARK}", text)
        read.update(zip((line.number for line in block), text.split("\n")))
    return [replace(line, text=read.get(line.number, line.text)) for line in lines]
