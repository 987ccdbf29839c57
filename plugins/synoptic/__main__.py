"""`python -m synoptic check [--sources sources]`: validate what contributors edit, no build.

Loads the editions, the themes and the annotations with their anchors as the build does
(`sources.load_sources`), prints every problem as `file:line: message` and exits 1 on any; exits 0 with a
one-line summary otherwise. CI runs it before the build (`make check`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import SynopticError
from .sources import load_sources


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


def run_checks(folder: Path) -> tuple[list[SynopticError], str]:
    sources, problems = load_sources(folder)
    index = sources.annotations
    exact = sum(a.method == "exact" for a in index.anchors.values())
    summary = (f"ok: {len(sources.collection.essays)} essays, "
               f"{len(sources.collection.paragraphs)} paragraphs, "
               f"{len(sources.themes or [])} themes, {len(index.annotations)} annotations "
               f"({exact} anchored exactly, {len(index.anchors) - exact} approximately)")
    return problems, summary


if __name__ == "__main__":
    sys.exit(main())
