"""YAML read so that every value, and every error in it, is located at its line of the file.

Editions and annotations open with YAML front matter between '---' lines; `themes.yml` is YAML
throughout. Front matter is given to PyYAML in place, its opening '---' line left blank, so that
YAML counts lines as the file does, for front matter as for a whole file: its own messages name
the file's lines, and its marks too, counted from 0.

Sources arrive by pull request, so the YAML is untrusted. Two things PyYAML's safe loader takes
are refused here: a key written twice (YAML keeps the last one without a word), and anchors and
aliases (`&a`, `*a`), which no source needs and which let a few lines expand into gigabytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent

from .errors import SynopticError

KeyPath = tuple[Any, ...]  # where a value is in the front matter: ("links", 0, "relation")
#: Sources nest four levels at most (themes → theme → points → point); PyYAML composes nodes
#: recursively, and `[[[[…` a thousand deep would end in a RecursionError, not a message.
MAX_DEPTH = 20


class Refused(yaml.MarkedYAMLError):
    """Valid YAML that a source may not hold; its `problem` is the whole message."""


class SourceLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that dates stay text, and keys written twice, anchors,
    aliases and nesting deeper than MAX_DEPTH are refused where they stand.

    The safe loader turns `date: 2026-11-31` into a ValueError that fails the whole file with
    no line; kept as text, the date is reported on its own line and the rest still checked.
    """

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise Refused(
                problem="YAML anchors and aliases (&name, *name) are not allowed in "
                "sources; write the value out in full",
                problem_mark=event.start_mark,
            )
        if self.depth == MAX_DEPTH:
            raise Refused(
                problem=f"lists and mappings nested more than {MAX_DEPTH} deep; no "
                "source needs more than four levels",
                problem_mark=event.start_mark,
            )
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        if isinstance(node, yaml.MappingNode):
            refuse_duplicate_keys(node)
        return node


SourceLoader.add_constructor("tag:yaml.org,2002:timestamp", SourceLoader.construct_yaml_str)


def refuse_duplicate_keys(mapping: yaml.MappingNode) -> None:
    first: dict[str, yaml.Node] = {}
    for key, _ in mapping.value:
        if not isinstance(key, yaml.ScalarNode):
            continue  # a list or mapping as a key: the schema refuses it as no known key
        if key.value in first:
            raise Refused(
                problem=f"duplicate key {key.value!r} (first on line "
                f"{line_of(first[key.value])}); keep one of the two",
                problem_mark=key.start_mark,
            )
        first[key.value] = key


@dataclass
class FrontMatter:
    """A file split in two: front matter values (with their lines) and body."""

    values: dict
    lines: dict[KeyPath, int]  # file line of every key and list item, by its path
    body: str
    body_line: int


def parse_front_matter(path: Path, text: str, missing: str) -> FrontMatter:
    """Split `text` into front matter and body; `missing` is the message if it has none.

    Every problem raises `SynopticError` at its line.
    """
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise SynopticError(path, 1, missing)
    close = next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if close is None:
        raise SynopticError(path, 1, "front matter is not closed by a '---' line")
    values, key_lines = parse_yaml(
        path,
        "\n".join(["", *lines[1:close]]),  # "": see above
        "front matter",
    )
    if not isinstance(values, dict):
        raise SynopticError(path, 2, "front matter must be a mapping of keys to values")
    return FrontMatter(values, key_lines, "\n".join(lines[close + 1 :]), close + 2)


def parse_yaml(path: Path, text: str, what: str = "YAML") -> tuple[Any, dict[KeyPath, int]]:
    """The values of the YAML `text` of `path`, and the line of each key and list item.

    A problem raises `SynopticError` at its line; `what` names the YAML in the message.
    """
    loader = SourceLoader(text)
    try:
        node = loader.get_single_node()
        values = loader.construct_document(node) if node else None
    except yaml.YAMLError as error:
        raise located(path, error, what, first_line(text)) from None
    finally:
        loader.dispose()
    return values, node_lines(node, ()) if node else {}


def first_line(text: str) -> int:
    """The first line that holds anything, where a problem with no line of its own is shown."""
    return next((n for n, line in enumerate(text.splitlines(), start=1) if line.strip()), 1)


def located(path: Path, error: yaml.YAMLError, what: str, unmarked: int) -> SynopticError:
    """`error` at the line where YAML found it, worded without PyYAML's own "in <unicode
    string>, line …" (the file and line head the message already)."""
    mark = getattr(error, "problem_mark", None)
    if isinstance(error, Refused):
        message = error.problem
    else:
        words = ", ".join(
            filter(None, (getattr(error, "context", None), getattr(error, "problem", None)))
        ) or str(error)
        message = f"malformed {what}: {words}"
    return SynopticError(path, mark.line + 1 if mark else unmarked, message)


def node_lines(node: yaml.Node, at: KeyPath) -> dict[KeyPath, int]:
    """The file line of the node at `at` and of every key and list item under it.

    The tree has no aliases (they are refused), so the walk is as long as the file.
    """
    lines = {at: line_of(node)}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines |= node_lines(value, at + (key.value,))
            lines[at + (key.value,)] = line_of(key)  # the key's own line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines |= node_lines(item, at + (index,))
    return lines


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1  # PyYAML counts from 0


def yaml_string(text: str) -> str:
    """The text as a double-quoted YAML scalar that reads back as the text: JSON's quoting
    (valid YAML), and as YAML escapes the characters YAML refuses in a file (U+FFFE, C1
    controls) or reads as line breaks (U+0085, U+2028, U+2029), after which a `---` line would
    end the front matter the text stands in. Any other character stays as written."""
    quoted = json.dumps(text, ensure_ascii=False)
    return YAML_UNWRITABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", quoted)


#: What PyYAML's reader refuses (its `NON_PRINTABLE`, JSON escaping those under U+0020) and
#: YAML's line breaks besides `\n` and `\r`.
YAML_UNWRITABLE = re.compile("[\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")
