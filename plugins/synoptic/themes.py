"""`themes.yml` → `Theme`s, every problem located at its file and line.

The file is read through `yamlsource` (each value with its line) and each theme checked against
one schema, `THEME`. Problems that leave the other themes usable (an unknown key, a paragraph id
that does not exist, a duplicate theme) are returned, and the offending item is left out; a file
that cannot be parsed, or is not a `themes:` list at all, raises `SynopticError`.

`points:` lets an editor fix rows of a theme's synopsis: each point is a list of paragraph ids
of different essays that answer each other (or `{label: TEXT, paragraphs: [ids]}`), at most one
paragraph per essay, or two adjacent ones. A paragraph named in a point is pinned to the theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import SynopticError
from .load import MAX_TITLE
from .model import Collection, PinnedPoint, Theme
from .names import ESSAY_ID
from .schema import Either, ListOf, Mapping, Reader, Text
from .sourcefile import read_source
from .yamlsource import KeyPath, parse_yaml

#: Theme ids follow the rule of essay ids: they end up in URLs too (themes/ID.html).
THEME_ID = ESSAY_ID


def theme_id_problem(name: str, written: str) -> str | None:
    return (
        None
        if THEME_ID.match(written)
        else (
            f"theme id {written!r} must be lower-case letters, digits and hyphens (e.g. "
            "'regime-security')"
        )
    )


PARAGRAPH_IDS = ListOf(
    Text(required="a paragraph id, e.g. rumer-2017-p2"),
    example="[rumer-2017-p2, gigitashvili-2016-p4]",
)
#: One theme of themes.yml; the header of sources/themes.yml describes it for editors.
THEME = Mapping(
    {
        "id": Text(
            required="lower-case letters, digits and hyphens, e.g. regime-security",
            check=theme_id_problem,
        ),
        "label": Text(
            required="a few words naming the theme (the theme is left out meanwhile)",
            max_length=MAX_TITLE,
        ),
        "description": Text(
            required="a sentence or two on what the theme covers (the theme is left out meanwhile)"
        ),
        "keywords": ListOf(Text(required="a word or phrase")),
        "pin": PARAGRAPH_IDS,
        "exclude": PARAGRAPH_IDS,
        "points": ListOf(
            Either(
                listed=PARAGRAPH_IDS,
                mapping=Mapping({"label": Text(max_length=MAX_TITLE), "paragraphs": PARAGRAPH_IDS}),
                expected="a list of paragraph ids, or {label: TEXT, paragraphs: [ids]}",
            ),
            example="[[rumer-2017-p2, gigitashvili-2016-p4]]",
        ),
    }
)


def load_themes(path: Path, collection: Collection) -> tuple[list[Theme], list[SynopticError]]:
    """Read and check the themes of `path` against the paragraphs of `collection`."""
    root, lines = parse_yaml(path, read_source(path, "themes.yml"))
    items, problems = theme_items(path, root, lines)
    themes: dict[str, Theme] = {}
    for index, item in enumerate(items):
        reader = Reader(
            path,
            lines,
            root=("themes", index),
            kind="theme",
            owner=owner(item.get("id") if isinstance(item, dict) else None),
        )
        theme = read_theme(reader, item, collection)
        if theme and theme.id in themes:
            reader.add(
                (),
                f"duplicate theme id {theme.id!r} (first defined on line "
                f"{themes[theme.id].line}); give this theme its own id or merge "
                "the two",
            )
        elif theme:
            themes[theme.id] = theme
        problems += reader.errors
    return list(themes.values()), sorted(problems, key=lambda p: p.line or 0)


def owner(written: Any) -> str:
    """How messages name a theme: by its id when it has a usable one."""
    ok = isinstance(written, str) and not theme_id_problem("", written)
    return f"theme {written!r}" if ok else "this theme"


def theme_items(
    path: Path, root: Any, lines: dict[KeyPath, int]
) -> tuple[list[Any], list[SynopticError]]:
    """The items of the `themes:` list, and problems with the file's top level."""
    if not isinstance(root, dict):
        raise SynopticError(
            path, lines.get((), 1), "the file must be a mapping with a 'themes:' list of themes"
        )
    problems = [
        SynopticError(
            path, lines[(key,)], f"unknown top-level key {key!r}; the only one is 'themes'"
        )
        for key in root
        if key != "themes"
    ]
    items = root.get("themes")
    if not isinstance(items, list):
        raise SynopticError(
            path,
            lines.get(("themes",), lines.get((), 1)),
            "'themes:' must be a list of themes, each starting '- id: …'",
        )
    if not items:
        problems.append(SynopticError(path, lines[("themes",)], "the file defines no themes"))
    return items, problems


def read_theme(reader: Reader, item: Any, collection: Collection) -> Theme | None:
    """The theme, or None (with a problem) when it lacks what a theme needs."""
    if not isinstance(item, dict):
        reader.add((), "a theme must be a mapping of id, label, description, …")
        return None
    values = THEME.read(reader, item, ())
    if not (values["id"] and values["label"] and values["description"]):
        return None
    known = collection.paragraphs
    pin = existing(reader, values["pin"], ("pin",), known)
    exclude = existing(reader, values["exclude"], ("exclude",), known)
    for pid, at in exclude.items():
        if pid in pin:
            reader.add(
                at,
                f"paragraph {pid!r} is both pinned to and excluded from "
                f"{reader.owner}; keep it in one list (it is left out of the theme "
                "meanwhile)",
            )
            del pin[pid]
    points = read_points(reader, values["points"], collection, set(exclude))
    pinned = tuple(pin) + tuple(
        pid for point in points for pid in point.paragraph_ids if pid not in pin
    )
    return Theme(
        id=values["id"],
        label=" ".join(values["label"].split()),
        description=" ".join(values["description"].split()),
        keywords=tuple(dict.fromkeys(k.strip() for k in values["keywords"])),
        pin=pinned,
        exclude=tuple(exclude),
        points=points,
        line=reader.line(()),
    )


def existing(reader: Reader, ids: list[str], at: KeyPath, known: dict) -> dict[str, KeyPath]:
    """The ids of `ids` that name paragraphs, each once, with where it is written; the others
    are reported."""
    found: dict[str, KeyPath] = {}
    for index, pid in enumerate(ids):
        pid = pid.strip()
        if pid not in known:
            reader.add(
                at + (index,),
                f"'{at[0]}:' names paragraph {pid!r}, which no edition "
                "has; check the id in sources/essays/",
            )
        else:
            found.setdefault(pid, at + (index,))
    return found


def read_points(
    reader: Reader, points: list, collection: Collection, exclude: set[str]
) -> tuple[PinnedPoint, ...]:
    """The theme's pinned points; paragraphs that break a rule are reported and left out."""
    taken: dict[str, int] = {}  # paragraph id → number (1, 2, …) of the point it stands in
    kept: list[PinnedPoint] = []
    for index, point in enumerate(points):
        at: KeyPath = ("points", index)
        label = point.get("label") if isinstance(point, dict) else None
        ids, where = (
            (point.get("paragraphs", []), at + ("paragraphs",))
            if isinstance(point, dict)
            else (point, at)
        )
        members = []
        for pid, pid_at in existing(reader, ids, ("points",), collection.paragraphs).items():
            pid_at = where + (pid_at[1],)  # `existing` counts within this point's list
            if pid in exclude:
                reader.add(
                    pid_at,
                    f"paragraph {pid!r} is in {point_name(index)} and in the "
                    f"exclude list of {reader.owner}; keep it in one (it is "
                    "left out of the point meanwhile)",
                )
            elif pid in taken:
                reader.add(
                    pid_at,
                    f"paragraph {pid!r} is in point {taken[pid]} of "
                    f"{reader.owner} already; a paragraph stands in one point "
                    "at most",
                )
            else:
                members.append(pid)
        members = one_passage_per_essay(reader, members, at, collection)
        if not members:
            if not ids:
                reader.add(
                    at,
                    f"{point_name(index)} names no paragraph; list the ids of the "
                    "passages that answer each other, e.g. [rumer-2017-p2, "
                    "gigitashvili-2016-p4]",
                )
            continue
        taken.update(dict.fromkeys(members, index + 1))
        kept.append(
            PinnedPoint(paragraph_ids=tuple(members), label=label or None, line=reader.line(at))
        )
    return tuple(kept)


def point_name(index: int) -> str:
    return f"point {index + 1}"


def one_passage_per_essay(
    reader: Reader, members: list[str], at: KeyPath, collection: Collection
) -> list[str]:
    """`members` with at most one paragraph of each essay, or two adjacent ones; the others
    are reported and left out."""
    kept: list[str] = []
    for pid in members:
        essay_id = collection.paragraphs[pid].essay_id
        same = [other for other in kept if collection.paragraphs[other].essay_id == essay_id]
        if not same or (len(same) == 1 and adjacent(collection, same[0], pid)):
            kept.append(pid)
        else:
            reader.add(
                at,
                f"{point_name(at[1])} of {reader.owner} holds {pid!r} besides "
                f"{', '.join(map(repr, same))} of essay {essay_id!r}; a point holds "
                "one paragraph of each essay, or two adjacent ones (it is left out "
                "of the point meanwhile)",
            )
    return kept


def adjacent(collection: Collection, first: str, second: str) -> bool:
    order = [p.id for p in collection.essay(collection.paragraphs[first].essay_id).paragraphs]
    return abs(order.index(first) - order.index(second)) == 1
