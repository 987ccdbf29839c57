"""YAML read so that every value, and every error in it, is located at its line of the file.

Editions and annotations open with YAML front matter between '---' lines; `themes.yml` is YAML
throughout. Front matter is given to PyYAML in place, its opening '---' line left blank, so that
YAML counts lines as the file does, for front matter as for a whole file: its own messages name
the file's lines, and its marks too, counted from 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import SynopticError

KeyPath = tuple[Any, ...]  # where a value is in the front matter: ("links", 0, "relation")


class FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that dates stay text.

    The safe loader turns `date: 2026-11-31` into a ValueError that fails the whole file with
    no line; kept as text, the date is reported on its own line and the rest still checked.
    """


FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp",
                                  FrontMatterLoader.construct_yaml_str)


@dataclass
class FrontMatter:
    """A file split in two: front matter values (with their lines) and body."""

    values: dict
    lines: dict[KeyPath, int]  # file line of every key and list item, by its path
    body: str
    body_line: int


def parse_front_matter(path: Path, text: str, missing: str) -> FrontMatter:
    """Split `text` into front matter and body; `missing` is the message if it has none.

    YAML that does not parse raises `yaml.YAMLError`, for the caller to word with `yaml_error`.
    """
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise SynopticError(path, 1, missing)
    close = next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if close is None:
        raise SynopticError(path, 1, "front matter is not closed by a '---' line")
    node, values = safe_load_with_nodes("\n".join(["", *lines[1:close]]))  # "": see above
    if not isinstance(values, dict):
        raise SynopticError(path, 2, "front matter must be a mapping of keys to values")
    return FrontMatter(values, node_lines(node, ()), "\n".join(lines[close + 1:]), close + 2)


def safe_load_with_nodes(text: str) -> tuple[yaml.Node | None, Any]:
    """What `yaml.safe_load` does (dates apart), keeping the node tree it builds on the way."""
    loader = FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node else None
    finally:
        loader.dispose()


def node_lines(node: yaml.Node, at: KeyPath,
               within: tuple[yaml.Node, ...] = ()) -> dict[KeyPath, int]:
    """The file line of the node at `at` and of every key and list item under it."""
    lines = {at: line_of(node)}
    if node in within:  # an alias inside its own anchor (`x: &a [*a]`) would never end
        return lines
    within += (node,)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines |= node_lines(value, at + (key.value,), within)
            lines[at + (key.value,)] = line_of(key)  # the key's own line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines |= node_lines(item, at + (index,), within)
    return lines


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1  # PyYAML counts from 0


def yaml_error(path: Path, error: yaml.YAMLError, message: str,
               unmarked: int | None = None) -> SynopticError:
    """`message` at the line where YAML found `error`, or at `unmarked` if it names none."""
    mark = getattr(error, "problem_mark", None)
    return SynopticError(path, mark.line + 1 if mark else unmarked, message)
