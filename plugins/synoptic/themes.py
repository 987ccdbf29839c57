"""`themes.yml` → `Theme`s, every problem located at its file and line.

The file is composed into PyYAML's node tree rather than loaded into plain Python values,
because nodes keep their `start_mark` and a problem in a theme must be reported where it is
written. Problems that leave the other themes usable (an unknown key, a paragraph id that does
not exist, a duplicate theme) are returned, and the offending item is left out; a file that
cannot be parsed, or is not a `themes:` list at all, raises `SynopticError`.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import SynopticError
from .load import ESSAY_ID
from .model import Collection, Theme
from .yamlsource import line_of, yaml_error

#: Theme ids follow the rule of essay ids: they end up in URLs too (themes/ID.html).
THEME_ID = ESSAY_ID
THEME_KEYS = ("id", "label", "description", "keywords", "pin", "exclude")
REQUIRED_TEXT = ("label", "description")


def load_themes(path: Path, collection: Collection) -> tuple[list[Theme], list[SynopticError]]:
    """Read and check the themes of `path` against the paragraphs of `collection`."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        problem = getattr(err, "problem", None) or str(err)
        raise yaml_error(path, err, f"malformed YAML: {problem}") from None
    items, problems = theme_items(path, root)
    reader = ThemeReader(path, set(collection.paragraphs))
    themes: dict[str, Theme] = {}
    for node in items:
        theme = reader.read(node)
        if theme and theme.id in themes:
            reader.problem(node, f"duplicate theme id {theme.id!r} (first defined on line "
                                 f"{themes[theme.id].line}); give this theme its own id or "
                                 "merge the two")
        elif theme:
            themes[theme.id] = theme
    return list(themes.values()), sorted(problems + reader.problems, key=lambda p: p.line or 0)


def theme_items(path: Path, root: Node | None) -> tuple[list[Node], list[SynopticError]]:
    """The nodes of the `themes:` list, and problems with the file's top level."""
    if not isinstance(root, MappingNode):
        raise SynopticError(path, line_of(root) if root else 1,
                            "the file must be a mapping with a 'themes:' list of themes")
    problems: list[SynopticError] = []
    themes_node: Node | None = None
    for key, value in root.value:
        if key.value == "themes":
            themes_node = value
        else:
            problems.append(SynopticError(path, line_of(key), f"unknown top-level key "
                                          f"{key.value!r}; the only one is 'themes'"))
    if not isinstance(themes_node, SequenceNode):
        raise SynopticError(path, line_of(themes_node) if themes_node else line_of(root),
                            "'themes:' must be a list of themes, each starting '- id: …'")
    if not themes_node.value:
        problems.append(SynopticError(path, line_of(themes_node), "the file defines no themes"))
    return themes_node.value, problems


class ThemeReader:
    """Reads one theme mapping at a time, collecting the problems it finds."""

    def __init__(self, path: Path, paragraph_ids: set[str]) -> None:
        self.path = path
        self.paragraph_ids = paragraph_ids
        self.problems: list[SynopticError] = []

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(SynopticError(self.path, line_of(node), message))

    def read(self, node: Node) -> Theme | None:
        """The theme, or None (with a problem) when it lacks what a theme needs."""
        if not isinstance(node, MappingNode):
            self.problem(node, "a theme must be a mapping of id, label, description, …")
            return None
        fields: dict[str, Node] = {}
        for key, value in node.value:
            if key.value not in THEME_KEYS:
                self.problem(key, f"unknown theme key {key.value!r}; allowed: "
                                  f"{', '.join(THEME_KEYS)}")
            else:
                fields[key.value] = value
        theme_id = self.text(fields, "id", node, "the theme")
        if theme_id is None:
            return None
        if not THEME_ID.match(theme_id):
            self.problem(fields["id"], f"theme id {theme_id!r} must be lower-case letters, "
                                       "digits and hyphens (e.g. 'regime-security')")
            return None
        texts = {key: self.text(fields, key, node, f"theme {theme_id!r}") for key in REQUIRED_TEXT}
        if None in texts.values():
            return None
        pin = self.paragraph_list(fields.get("pin"), "pin")
        exclude = self.paragraph_list(fields.get("exclude"), "exclude")
        for pid, item in exclude.items():
            if pid in pin:
                self.problem(item, f"paragraph {pid!r} is both pinned to and excluded from "
                                   f"theme {theme_id!r}; keep it in one list (it is left out "
                                   "of the theme meanwhile)")
                del pin[pid]
        return Theme(id=theme_id, label=texts["label"], description=texts["description"],
                     keywords=tuple(self.strings(fields.get("keywords"), "keywords")),
                     pin=tuple(pin), exclude=tuple(exclude), line=line_of(node))

    def text(self, fields: dict[str, Node], key: str, theme: Node, name: str) -> str | None:
        """A required, non-empty text field of the theme `name`, with its spaces normalised."""
        value = fields.get(key)
        if value is None:
            self.problem(theme, f"{name} lacks '{key}:'; the theme is left out")
        elif not isinstance(value, ScalarNode) or not value.value.strip():
            self.problem(value, f"'{key}:' of {name} must be non-empty text; the theme is left "
                                "out")
        else:
            return " ".join(value.value.split())
        return None

    def strings(self, value: Node | None, key: str) -> dict[str, Node]:
        """A list of texts, each with its node; anything else is reported and ignored."""
        if value is None:
            return {}
        if not isinstance(value, SequenceNode):
            self.problem(value, f"'{key}:' must be a list, e.g. {key}: [a, b]")
            return {}
        items: dict[str, Node] = {}
        for item in value.value:
            if isinstance(item, ScalarNode) and item.value.strip():
                items.setdefault(item.value.strip(), item)
            else:
                self.problem(item, f"each item of '{key}:' must be a single text")
        return items

    def paragraph_list(self, value: Node | None, key: str) -> dict[str, Node]:
        """Paragraph ids of `pin:` or `exclude:`; ids of no paragraph are reported and left out."""
        items = self.strings(value, key)
        for pid, item in list(items.items()):
            if pid not in self.paragraph_ids:
                self.problem(item, f"'{key}:' names paragraph {pid!r}, which no edition has; "
                                   "check the id in sources/essays/")
                del items[pid]
        return items
