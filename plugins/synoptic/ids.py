"""Paragraph ids: give every top-level block of an edition an id that stays with it for good.

A paragraph id is `ESSAY-pN` written on an attribute line before its block (docs/editions.md).
Numbers are handed out once, in reading order, from the highest number present plus one, so a
deleted paragraph's number is never reused by a block added after it. Ingest numbers a new
edition with the same function, so there is one numbering rule.
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import SynopticError
from .load import BLOCK_KINDS
from .mdparser import edition_parser
from .names import ESSAY_ID, paragraph_id

# The blocks that carry an id are the loader's (load.BLOCK_KINDS): one definition for both.
# An attribute line on its own: `{#id .class}` or `{.class}`.
ATTRS_LINE = re.compile(r"\s{0,3}\{(?P<inner>[^{}]*)\}\s*")


def check_essay_id(essay_id: str, path: str = "<command line>") -> None:
    """Refuse an id that could not name a file and an anchor as it stands."""
    if not ESSAY_ID.fullmatch(essay_id):
        raise SynopticError(
            path,
            None,
            f"essay id {essay_id!r} must be lower-case letters, digits and single hyphens",
        )


@cache
def _parser() -> MarkdownIt:
    # The site's own parser, so both agree on what a block is (raw HTML off included). Ids go
    # on blocks, so inline parsing (most of the time on a long text) is switched off.
    return edition_parser().disable("inline")


def _used_numbers(tokens: list[Token], essay_id: str, path: str) -> list[int]:
    """Numbers of this essay's paragraph ids; a duplicated id is an error, not a guess."""
    own = re.compile(re.escape(essay_id) + r"-p(\d+)")
    seen: dict[str, int] = {}
    numbers = []
    for token in tokens:
        block_id = token.attrs.get("id")
        if not isinstance(block_id, str):
            continue
        line = token.map[0] + 1 if token.map else 0
        if block_id in seen:
            raise SynopticError(
                path, line, f"duplicate id {block_id!r} (first at line {seen[block_id]})"
            )
        seen[block_id] = line
        if match := own.fullmatch(block_id):
            numbers.append(int(match[1]))
    return numbers


def _with_id(lines: list[str], start: int, new_id: str) -> None:
    """Put `new_id` before the block starting at line index `start`, in place.

    A block may already have an attribute line without an id (`{.epigraph}`): the id joins it,
    since a second attribute line would be one more thing to keep in step.
    """
    above = start - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    match = ATTRS_LINE.fullmatch(lines[above]) if above >= 0 else None
    if match:
        lines[above] = f"{{#{new_id} {match['inner'].strip()}}}"
    else:
        lines.insert(start, f"{{#{new_id}}}")


def assign_ids(markdown_text: str, essay_id: str, path: str = "<edition>") -> str:
    """Give each top-level block without an id the next number never used in the essay."""
    check_essay_id(essay_id, path)
    tokens = _parser().parse(markdown_text)
    next_number = max(_used_numbers(tokens, essay_id, path), default=0) + 1
    starts = []
    for token in tokens:
        if token.level == 0 and token.type in BLOCK_KINDS and "id" not in token.attrs:
            assert token.map is not None  # block tokens always carry their lines
            starts.append(token.map[0])
    lines = markdown_text.split("\n")
    # Insert from the bottom up so earlier line indexes stay valid; number top down.
    for offset, start in reversed(list(enumerate(starts))):
        _with_id(lines, start, paragraph_id(essay_id, next_number + offset))
    return "\n".join(lines)
