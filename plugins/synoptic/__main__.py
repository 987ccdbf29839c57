"""`python -m synoptic check [--sources sources]`: validate what contributors edit, no build.

Loads the editions, the themes (once `themes.py` exists) and the annotations with their
anchors, prints every problem as `file:line: message` and exits 1 on any; exits 0 with a
one-line summary otherwise. CI runs it before the build (`make check`).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from .annotations import anchor_all, load_annotations
from .errors import SynopticError
from .load import load_collection
from .model import Collection


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synoptic", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate editions, themes, annotations")
    check_parser.add_argument("--sources", type=Path, default=Path("sources"),
                              help="folder holding essays/, themes.yml, annotations/")
    args = parser.parse_args(argv)
    return check(args.sources)


def check(sources: Path) -> int:
    try:
        problems, summary = run_checks(sources)
    except SynopticError as error:  # nothing sensible can be checked past it
        problems, summary = [error], ""
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(summary)
    return 0


def run_checks(sources: Path) -> tuple[list[SynopticError], str]:
    collection, problems = load_collection(sources / "essays")
    theme_count, theme_problems = check_themes(sources / "themes.yml", collection)
    annotations, annotation_problems = load_annotations(sources / "annotations", collection)
    anchors, anchor_problems = anchor_all(annotations, collection)
    exact = sum(a.method == "exact" for a in anchors.values())
    summary = (f"ok: {len(collection.essays)} essays, {len(collection.paragraphs)} paragraphs, "
               f"{theme_count} themes, {len(annotations)} annotations "
               f"({exact} anchored exactly, {len(anchors) - exact} approximately)")
    return problems + theme_problems + annotation_problems + anchor_problems, summary


def check_themes(path: Path, collection: Collection) -> tuple[int, list[SynopticError]]:
    """Themes are checked by `themes.load_themes` when that module and `themes.yml` exist."""
    try:
        themes_module = importlib.import_module(".themes", __package__)
    except ModuleNotFoundError as error:
        if error.name != f"{__package__}.themes":  # themes.py is there but lacks a dependency
            raise
        return 0, []
    if not path.exists():  # themes are then discovered by clustering: nothing to check
        return 0, []
    themes, problems = themes_module.load_themes(path, collection)
    return len(themes or []), list(problems)


if __name__ == "__main__":
    sys.exit(main())
