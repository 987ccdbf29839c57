"""Declarative schemas for the YAML of sources: what each key takes, checked in one way.

Edition front matter (`load.EDITION`), a theme of `themes.yml` (`themes.THEME`) and annotation
front matter (`annotations.ANNOTATION`) are each described once, as a `Mapping` of specs. A
`Reader` checks the values YAML gave against a spec and reports every problem at the line of the
value it is about, through `yamlsource`'s line map. What a spec refuses is never passed on:
the reader gives an empty value in its place, so a lenient build publishes nothing invalid.

Cross-references (an essay or paragraph id that must exist) depend on the collection and are
checked by the loaders after the schema, on values already known to be text.

Hand-written rather than pydantic: four small specs cover the three schemas, messages stay in the
project's words ("quote.exact must be text"), and values need no mapping back from a model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .errors import SynopticError
from .mdparser import is_web_address
from .sourcefile import CONTROL
from .yamlsource import KeyPath


class Spec(Protocol):
    def read(self, reader: Reader, value: Any, at: KeyPath) -> Any:
        """`value` checked, or an empty value of the spec's kind if it is refused."""


@dataclass
class Reader:
    """Reads values of one file against specs, collecting the problems with their lines."""

    path: Path
    lines: dict[KeyPath, int]  # from yamlsource: the line of every key and list item
    #: where the values read stand in the file: () for front matter, ("themes", 2) for a theme
    root: KeyPath = ()
    #: words for the unknown-key message: "front-matter" → "unknown front-matter key 'x'"
    kind: str = ""
    #: whose value it is, added to names: "theme 'economy'" → "label of theme 'economy'"
    owner: str = ""
    found: list[tuple[KeyPath, SynopticError]] = field(default_factory=list)

    @property
    def errors(self) -> list[SynopticError]:
        return [error for _, error in self.found]

    def failed(self, at: KeyPath) -> SynopticError | None:
        """The first problem found with the value at `at`."""
        return next((error for where, error in self.found if where == at), None)

    def add(self, at: KeyPath, message: str) -> None:
        self.found.append((at, SynopticError(self.path, self.line(at), message)))

    def line(self, at: KeyPath) -> int | None:
        at = self.root + at
        while at and at not in self.lines:  # a missing key: report the mapping that lacks it
            at = at[:-1]
        return self.lines.get(at)

    def name(self, at: KeyPath) -> str:
        """How a contributor would name the value: quote.exact, links[1].relation, label of
        theme 'economy'."""
        if not (at and self.owner):
            return dotted(at) or self.owner or "the front matter"
        return f"{dotted(at)} of {self.owner}"


def dotted(at: KeyPath) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in at)[1:]


def kind_of(value: Any) -> str:
    """What YAML made of a value, in a contributor's words (never a Python repr)."""
    kind = {
        bool: "yes/no value",
        int: "number",
        float: "number",
        list: "list",
        dict: "mapping",
    }.get(type(value))
    return f", not a {kind}" if kind else ""


@dataclass(frozen=True)
class Text:
    """A text value. Empty text counts as missing."""

    required: str = ""  # what to write, when the value may not be left out
    max_length: int | None = None
    #: (name, text) → the message when the (non-empty) text is wrong, None when it is right
    check: Callable[[str, str], str | None] | None = None

    def read(self, reader: Reader, value: Any, at: KeyPath) -> str:
        if value is None or (isinstance(value, str) and not value.strip()):
            if self.required:
                reader.add(at, f"{reader.name(at)} is missing: {self.required}")
            return ""
        if not isinstance(value, str):
            scalar = not isinstance(value, (list, dict))
            reader.add(
                at,
                f"{reader.name(at)} must be text{kind_of(value)}"
                + (" (put it in quotes)" if scalar else ""),
            )
            return ""
        if control := CONTROL.search(value):
            reader.add(
                at,
                f"{reader.name(at)} holds the control character "
                f"U+{ord(control.group()):04X}, which no text needs; delete it",
            )
            return ""
        if self.max_length is not None and len(value) > self.max_length:
            reader.add(
                at,
                f"{reader.name(at)} is {len(value):,} characters long; at most "
                f"{self.max_length:,} are allowed: shorten it",
            )
            return ""
        if self.check and (complaint := self.check(reader.name(at), value)):
            reader.add(at, complaint)
            return ""
        return value


@dataclass(frozen=True)
class ListOf:
    """A list, every item read by `item`; items refused are left out (an empty list stays, for
    the loader to say what it should hold)."""

    item: Spec
    example: str = "[a, b]"

    def read(self, reader: Reader, value: Any, at: KeyPath) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            reader.add(at, f"{reader.name(at)} must be a list, e.g. {at[-1]}: {self.example}")
            return []
        items = (self.item.read(reader, item, at + (index,)) for index, item in enumerate(value))
        return [item for item in items if item not in ("", {}, None)]  # {}: not a mapping


@dataclass(frozen=True)
class Mapping:
    """A mapping with these keys and no other (a misspelt key would otherwise vanish)."""

    fields: dict[str, Spec]
    required: str = ""

    def read(self, reader: Reader, value: Any, at: KeyPath) -> dict:
        if value is None:
            if self.required:
                reader.add(at, f"{reader.name(at)} is missing: {self.required}")
            return {}
        if not isinstance(value, dict):
            reader.add(at, f"{reader.name(at)} must be a mapping of {', '.join(self.fields)}")
            return {}
        for key in value:
            if key not in self.fields:
                where = at + (str(key),)
                reader.add(
                    where,
                    " ".join(filter(None, ("unknown", reader.kind, "key")))
                    + f" {dotted(where)!r}; allowed: {', '.join(self.fields)}",
                )
        return {
            key: spec.read(reader, value.get(key), at + (key,)) for key, spec in self.fields.items()
        }


@dataclass(frozen=True)
class Either:
    """Text, a list or a mapping, each read by its own spec (`author: Name` or
    `author: {name: …, url: …}`); `expected` words the message for anything else."""

    text: Spec | None = None
    listed: Spec | None = None
    mapping: Spec | None = None
    expected: str = ""

    def read(self, reader: Reader, value: Any, at: KeyPath) -> Any:
        spec = (
            self.mapping
            if isinstance(value, dict)
            else self.listed
            if isinstance(value, list)
            else self.text
        )
        if spec is None:
            reader.add(at, f"{reader.name(at)} must be {self.expected}")
            return None
        return spec.read(reader, value, at)


def one_of(choices: tuple[str, ...]) -> Callable[[str, str], str | None]:
    """A check that the text is one of `choices`."""
    return lambda name, value: (
        None if value in choices else f"{name} {value!r} is not one of {', '.join(choices)}"
    )


def web_address(name: str, url: str) -> str | None:
    """A check that the text is an http(s) address: no other scheme may become a link."""
    if is_web_address(url):
        return None
    return f"{name} {url!r} must be an http:// or https:// address"
