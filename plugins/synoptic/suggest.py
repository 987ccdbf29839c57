"""Discovered themes → an editable `themes.yml`: `python -m synoptic themes suggest`.

Pure: the alignment of a collection without themes (`align.align(collection, None)`) in, the
text of a themes.yml out, which `themes.load_themes` reads back without a problem. Each theme
keeps its discovered id, label, description and keywords (those that may label a row: kept in
themes.yml, "point", "flagged" or "use" would draw any paragraph to the theme), and pins its
clearest paragraphs:
the best-scoring paragraph of each essay among those it gathers, at most `PINS`, so that the
pins span the essays and teach the theme their words. Comments give each pin's score and
opening words, and list the other paragraphs on the theme with their scores, for the editor
who curates the draft (docs/new-collection.md). The authors' bios (`names.bios`), which
discovery leaves out, are excluded from every theme: built as it is, the draft would otherwise
place them by their names and places, as points of themes and as counterparts.

Every value is written as a JSON string, which is a YAML double-quoted scalar: labels,
keywords and ids come from the essays and are untrusted, and no text of theirs can break the
file's structure. Comments are single lines with their text's line breaks removed.
"""

from __future__ import annotations

import json

from .discovery import labels_a_row
from .model import Alignment, Collection, Paragraph
from .names import bios, opening_words, paragraph_number, short_names

#: Pins per theme, at most (one per essay, the best-scoring first).
PINS = 3
#: Words of a paragraph quoted in a comment.
QUOTED_WORDS = 8

HEADER = """\
# Themes discovered by `python -m synoptic themes suggest`: a first draft for an editor.
# Rename the labels, rewrite the descriptions, merge or split themes, move the pins (the
# paragraphs central to a theme) and add excludes; see docs/alignment.md#editing-themesyml.
# Scores (0-1) say how close a paragraph is to the theme as discovered.
"""


def suggest_themes(collection: Collection, alignment: Alignment) -> str:
    """The text of a themes.yml for the alignment's (discovered) themes."""
    names = short_names(collection.essays)
    paragraphs = collection.paragraphs
    left_out = sorted(bios(collection), key=list(paragraphs).index)
    lines = [HEADER, "themes:"]
    for theme in alignment.themes:
        scored = sorted(
            (
                (a.score, pid)
                for pid, assigned in alignment.assignments.items()
                for a in assigned
                if a.theme_id == theme.id
            ),
            key=lambda item: (-item[0], item[1]),
        )
        pins = clearest(scored, paragraphs)
        lines += [
            f"  - id: {quoted(theme.id)}",
            f"    label: {quoted(theme.label)}",
            f"    description: {quoted(theme.description)}",
            f"    keywords: [{', '.join(quoted(k) for k in theme.keywords if labels_a_row(k))}]",
        ]
        if pins:
            lines.append("    pin:  # the clearest paragraph of each essay: score, where, opening")
            for score, pid in pins:
                p = paragraphs[pid]
                lines.append(
                    f"      - {quoted(pid)}  # {score:.2f} {names[p.essay_id]} "
                    f"¶{paragraph_number(p)}: {one_line(opening_words(p, QUOTED_WORDS))}"
                )
        if left_out:
            lines.append(
                f"    exclude: [{', '.join(quoted(pid) for pid in left_out)}]"
                "  # the authors' bios: they argue nothing"
            )
        others = [(score, pid) for score, pid in scored if (score, pid) not in pins]
        if others:
            lines.append(
                "    # also on it: " + ", ".join(f"{pid} ({score:.2f})" for score, pid in others)
            )
        lines.append("")
    return "\n".join(lines)


def clearest(
    scored: list[tuple[float, str]], paragraphs: dict[str, Paragraph]
) -> list[tuple[float, str]]:
    """Of the paragraphs on a theme, best first, the best-scoring of each essay, at most
    `PINS`."""
    seen: set[str] = set()
    pins = []
    for score, pid in scored:
        essay = paragraphs[pid].essay_id
        if essay not in seen:
            seen.add(essay)
            pins.append((score, pid))
    return pins[:PINS]


def quoted(text: str) -> str:
    """A YAML double-quoted scalar: JSON's, with the line breaks YAML knows beyond JSON's
    (next line, line and paragraph separators) escaped too."""
    return (
        json.dumps(text, ensure_ascii=False)
        .replace("\x85", "\\x85")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def one_line(text: str) -> str:
    return " ".join(text.split())
