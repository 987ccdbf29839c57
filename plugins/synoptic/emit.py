"""Ingest's Markdown: blocks written as edition Markdown, everything not meant as Markdown
escaped, so that the loader reads back exactly the raw words (docs/editions.md).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml

from .layout import INLINE_MARKER, LITERAL_BRACKET, NUMBERED_ITEM
from .markdownsource import EMPHASIS_MARKS
from .model import FRONT_MATTER_KEYS, MISSING_NOTE, UNKNOWN
from .yamlsource import yaml_string

if TYPE_CHECKING:  # ingest imports this module
    from .ingest import Block

# Inline syntax: backslash, code, emphasis, brackets (links, images, footnotes, reference
# definitions), `<` where it could open a tag or an autolink, `&` where it makes an entity.
INLINE_SYNTAX = re.compile(r"[\\`*_\[]|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
# What opens another block at the start of a line: a heading, a quotation, a list item, a
# `~~~` fence (a backtick fence is already escaped inline), an attribute line, `1.` or `1)`.
BLOCK_START = re.compile(r"^(?:([#>+\-~{])|(\d{1,9})([.)]))")
# A heading's closing sequence: ` #` at its end would be dropped from the title.
CLOSING_HASHES = re.compile(r"(?<= )(#+)$")


def escape_inline(text: str) -> str:
    """Escape what Markdown would read as syntax inside a line: the edition holds words only."""
    return INLINE_SYNTAX.sub(lambda m: "\\" + m[0], text)


def escape_block_start(text: str) -> str:
    """Escape what would open another block at the start of a line."""
    return BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text)


def escape_closing_hashes(heading: str) -> str:
    """Escape a heading's closing `#`s (`Why we are number #`): Markdown would drop them."""
    return CLOSING_HASHES.sub(r"\\\1", heading)


def render_text(text: str, emphasis: bool = False) -> str:
    """Escape the words, then turn the raw `[n]` markers into footnote references (a made
    text's own brackets, `LITERAL_BRACKET`, written `\\[` as any other of its words')."""
    parts = INLINE_MARKER.split(text)
    # re.split with one group alternates: text, label, text, label, …, text.
    pieces = [
        escape_inline(part.replace(LITERAL_BRACKET, "[")) if index % 2 == 0 else f"[^{part}]"
        for index, part in enumerate(parts)
    ]
    text = escape_block_start("".join(pieces))
    for markdown, mark in EMPHASIS_MARKS.items() if emphasis else ():
        text = text.replace(mark, markdown)  # a Markdown source's emphasis, kept
    return text


#: The bullet a program sets one depth under another (Google Docs' `●` `○` `■`, Word's `•` `◦` `▪`).
NESTED_BULLET = {"●": "○", "○": "■", "•": "◦", "◦": "▪"}


def list_depths(bullets: tuple[tuple[int, str], ...]) -> list[int]:
    """Each list item's depth, from its indent and bullet: an item goes back to the depth of
    an item with its indent and bullet, or out past the items set further in than it; then it
    goes one deeper when set further in, or at the same indent with the bullet set one depth
    under the one above (`○` under `●`); any other bullet there is the same depth's."""
    open_levels: list[tuple[int, str]] = []
    depths = []
    for bullet in bullets:
        if bullet in open_levels:
            del open_levels[open_levels.index(bullet) + 1 :]
        else:
            while open_levels and open_levels[-1][0] > bullet[0]:
                open_levels.pop()
            top = open_levels[-1] if open_levels else None
            if top and top[0] == bullet[0] and NESTED_BULLET.get(top[1]) != bullet[1]:
                open_levels[-1] = bullet
            else:
                open_levels.append(bullet)
        depths.append(len(open_levels) - 1)
    return depths


def numbered_items(block: Block) -> list[tuple[int, str]]:
    """A list's items as (number, text) where it is a numbered list (`layout.numbered_lists`):
    every item at one depth opens with its number, counting up by one; else nothing."""
    numbers = [NUMBERED_ITEM.match(item) for item in block.items]
    if len(set(block.bullets)) != 1 or not all(numbers):
        return []
    first = int(numbers[0]["n"])
    if [int(match["n"]) for match in numbers] != list(range(first, first + len(numbers))):
        return []
    return [(int(match["n"]), item[match.end() :]) for match, item in zip(numbers, block.items)]


def render_block(block: Block, emphasis: bool = False) -> str:
    """A block as edition Markdown; `emphasis`: a Markdown source's emphasis marks written."""
    if block.kind == "heading":
        return "#" * block.level + " " + escape_closing_hashes(render_text(block.text, emphasis))
    if block.kind == "list":
        if numbered := numbered_items(block):
            return "\n".join(f"{n}. {render_text(item, emphasis)}" for n, item in numbered)
        return "\n".join(
            "    " * depth + "- " + render_text(item, emphasis)
            for depth, item in zip(list_depths(block.bullets), block.items, strict=True)
        )
    if block.kind == "note":
        return f"[^{block.label}]: " + (
            render_text(block.text, emphasis) if block.text else MISSING_NOTE
        )
    if block.kind == "quote":
        return "> " + render_text(block.text, emphasis)
    if block.kind == "epigraph":
        quote, name = render_text(block.text, emphasis), render_text(block.attribution, emphasis)
        return f"{{.epigraph}}\n> {quote}\n>\n> — {name}"
    return render_text(block.text, emphasis)


def front_matter(values: dict[str, str]) -> str:
    """YAML front matter; text from the essay is quoted, and the raw file's path when it is
    more than a path's usual characters (`harbour: draft.txt`, `harbour #2.txt`)."""
    lines = ["---"]
    for key in FRONT_MATTER_KEYS:
        value = values.get(key, UNKNOWN)
        plain = value == UNKNOWN or (key in ("id", "raw") and reads_as_written(value))
        lines.append(f"{key}: {value if plain else yaml_string(value)}")
    return "\n".join(lines + ["---"])


def reads_as_written(value: str) -> bool:
    """Whether YAML reads the value, unquoted, as this text: a path of a path's usual
    characters, and not a number or null (`1.5`, `null`, an id `2024`)."""
    return bool(PLAIN_PATH.fullmatch(value)) and yaml.safe_load(value) == value


#: A path's usual characters, which YAML may read as written (`reads_as_written`).
PLAIN_PATH = re.compile(r"[\w./-]+")
