"""`python -m synoptic check [--sources sources]`: validate what contributors edit, no build.

Loads the editions, the themes and the annotations with their anchors as the build does
(`sources.load_sources`), prints every problem as `file:line: message` and exits 1 on any;
exits 0 with a one-line summary otherwise. CI runs it before the build (`make check`).

`python -m synoptic ingest RAW --id ID [--out FILE|DIR] [--force] [--dry-run]` makes the edition
of a raw text (docs/editions.md) and prints the ingest report; `--dry-run` writes nothing and
shows the front matter found and the first paragraphs as well.

`python -m synoptic ids EDITION...` gives every paragraph of an edition that lacks an id the next
number never used in it; the essay id is the file name (docs/editions.md).

`python -m synoptic annotate NAME --quote WORDS --author NAME [--paragraph ID]` starts
sources/annotations/NAME.md with its quote filled in (`annotate.py`, docs/contributing.md).

`python -m synoptic evaluate [--sources S] [--gold G...] [--methods M,...]` scores the aligner
against hand readings (`evaluate_cli.py`, docs/alignment.md).

`python -m synoptic themes suggest [--sources sources] > sources/themes.yml` prints the themes
discovered in the editions as an editable themes.yml (docs/new-collection.md).

Each command has `--help`; the scripts in scripts/ are wrappers of these commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from .annotate import scaffold
from .errors import SynopticError
from .ids import assign_ids, check_essay_id
from .ingest import ingest_file
from .load import load_collection
from .sources import load_sources

DRY_RUN_BLOCKS = 6  # blocks of the body shown by `ingest --dry-run`


class ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as plain YAML: its tags (`!ENV`, `!!python/name`) read as their raw value."""


ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def configured_sources(config_file: Path = Path("mkdocs.yml")) -> Path:
    """The `sources` option of the synoptic plugin in `config_file`, relative to the file's
    folder, as the build resolves it; `sources` when there is no such file or option."""
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=ConfigLoader)
    except (OSError, yaml.YAMLError):
        return Path("sources")
    for plugin in (config or {}).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("synoptic"), dict):
            return config_file.parent / str(plugin["synoptic"].get("sources", "sources"))
    return config_file.parent / "sources"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synoptic", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sources = configured_sources()
    check_parser = commands.add_parser("check", help="validate editions, themes, annotations")
    check_parser.add_argument(
        "--sources",
        type=Path,
        default=sources,
        help="folder holding essays/, themes.yml, annotations/ (default: "
        "the synoptic plugin's `sources` in ./mkdocs.yml, else "
        "sources)",
    )
    ingest_parser = commands.add_parser(
        "ingest",
        help="make the edition of a raw text and report what was found",
        description="Make the edition of a raw extracted text (PDF or web page) and print a "
        "report on it. Read the edition against the raw text before committing.",
    )
    ingest_parser.add_argument("raw", type=Path, help="the raw text file (UTF-8)")
    ingest_parser.add_argument(
        "--id", required=True, dest="essay_id", help="essay id, e.g. smith-2024"
    )
    ingest_parser.add_argument(
        "--out",
        type=Path,
        help="the edition to write: a .md file, or a folder (made if need be) to write ID.md in; "
        "default sources/essays/ID.md",
    )
    ingest_parser.add_argument("--force", action="store_true", help="overwrite an existing edition")
    ingest_parser.add_argument(
        "--dry-run",
        action="store_true",
        help="write nothing; print the report, the front matter and the first paragraphs",
    )
    themes_parser = commands.add_parser("themes", help="work on themes.yml")
    themes_commands = themes_parser.add_subparsers(dest="themes_command", required=True)
    suggest_parser = themes_commands.add_parser(
        "suggest",
        help="print the discovered themes as an editable themes.yml",
        description="Discover themes in the editions and print them as a themes.yml to curate: "
        "python -m synoptic themes suggest > sources/themes.yml (an existing "
        "themes.yml is ignored, and replaced by that redirection: keep a copy).",
    )
    suggest_parser.add_argument(
        "--sources",
        type=Path,
        default=sources,
        help="folder holding essays/ (default as for check)",
    )
    ids_parser = commands.add_parser(
        "ids",
        help="give the paragraphs of editions that lack an id the next unused number",
        description="Give every paragraph of an edition that lacks an id the next number never "
        "used in it; the essay id is the file name.",
    )
    ids_parser.add_argument("editions", type=Path, nargs="+", metavar="EDITION")
    annotate_parser = commands.add_parser(
        "annotate",
        help="start an annotation with its quote filled in",
        description="Write sources/annotations/NAME.md with the quote, its prefix and suffix "
        "filled in (--quote), or the opening words of a paragraph (--paragraph alone) to "
        "edit. The file is never overwritten.",
    )
    annotate_parser.add_argument("name", help="file name without .md: lower case, digits, hyphens")
    annotate_parser.add_argument(
        "--quote", help="the exact words annotated, as the edition has them"
    )
    annotate_parser.add_argument("--paragraph", help="the id of the paragraph annotated")
    annotate_parser.add_argument("--author", required=True, help="your name, as it should be shown")
    annotate_parser.add_argument(
        "--sources", type=Path, default=sources, help="folder holding essays/ and annotations/"
    )
    evaluate_parser = commands.add_parser(
        "evaluate",
        help="score the aligner against hand readings",
        description="Score the alignment, in five configurations, against independent hand "
        "readings (docs/alignment.md).",
    )
    evaluate_parser.add_argument(
        "--sources", type=Path, default=sources, help="folder holding essays/ (and themes.yml)"
    )
    evaluate_parser.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=[Path(f"tests/data/alignment_gold{suffix}.yml") for suffix in ("", "_b", "_c")],
        help="the hand readings (default: the project's three, under tests/data/)",
    )
    evaluate_parser.add_argument(
        "--methods",
        help="comma-separated: tfidf, lsa, combined, embedding (default: the one the build uses)",
    )
    args = parser.parse_args(argv)
    if args.command == "annotate" and not (args.quote or args.paragraph):
        annotate_parser.error("give --quote, --paragraph or both")
    if args.command == "ingest":
        return ingest(args.raw, args.essay_id, args.out, args.force, args.dry_run)
    if args.command == "themes":
        return suggest(args.sources)
    if args.command == "ids":
        return number_paragraphs(args.editions)
    if args.command == "annotate":
        return annotate(args.name, args.quote, args.paragraph, args.author, args.sources)
    if args.command == "evaluate":
        from .evaluate_cli import evaluate  # the aligner (SciPy): only where it runs

        try:
            evaluate(args.sources, args.gold, args.methods)
        except SynopticError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        return 0
    return check(args.sources)


def number_paragraphs(editions: list[Path]) -> int:
    """Number the paragraphs without an id in each edition, in place; 1 if any cannot be."""
    status = 0
    for path in editions:
        try:
            text = path.read_text(encoding="utf-8")
            numbered = assign_ids(text, path.stem, str(path))
        except (OSError, SynopticError) as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        if numbered != text:
            path.write_text(numbered, encoding="utf-8")
        print(f"{path}: {numbered.count('{#') - text.count('{#')} ids added")
    return status


def annotate(
    name: str, quote: str | None, paragraph: str | None, author: str, sources: Path
) -> int:
    try:
        path = scaffold(name, quote, paragraph, author, sources)
    except (SynopticError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {path}; write the body, then run: .venv/bin/python -m synoptic check")
    return 0


def suggest(sources: Path) -> int:
    """Print the suggested themes.yml; problems in the editions go to stderr, and none of them
    stops the draft (the editions' own check is `check`)."""
    from .suggest import suggest_themes  # the aligner (SciPy): only where it runs

    try:
        collection, problems = load_collection(sources / "essays")
    except SynopticError as error:
        print(error, file=sys.stderr)
        return 1
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not collection.paragraphs:
        print(
            f"{sources / 'essays'}: no edition with paragraphs; ingest the raw texts first "
            "(python -m synoptic ingest RAW --id ID)",
            file=sys.stderr,
        )
        return 1
    from .align import align  # SciPy: only the commands that align pay its import

    print(suggest_themes(collection, align(collection, None)), end="")
    return 0


def ingest(raw: Path, essay_id: str, out: Path | None, force: bool, dry_run: bool) -> int:
    target = out or Path("sources", "essays", f"{essay_id}.md")
    # A folder not made yet (a new collection's `sources/essays/`) is still a folder: only a
    # `.md` path names the edition's file itself.
    if target.is_dir() or target.suffix != ".md":
        target = target / f"{essay_id}.md"
    try:
        check_essay_id(essay_id)
        # An edition is reviewed by hand once written: never overwrite it by accident.
        if target.exists() and not (force or dry_run):
            raise SynopticError(target, None, "the edition exists; pass --force to overwrite it")
        made = ingest_file(raw, essay_id)
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(made.edition, encoding="utf-8")
    except SynopticError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{target}: cannot write the edition: {error.strerror}", file=sys.stderr)
        return 1
    print(made.report)
    if dry_run:
        front, body = made.markdown.split("\n---\n", 1)
        print("\nfront matter and first paragraphs (nothing written):\n")
        print(front.removeprefix("---\n").strip() + "\n")
        print("\n\n".join(body.strip().split("\n\n")[:DRY_RUN_BLOCKS]))
    else:
        print(f"wrote {target}")
    return 0


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
    summary = (
        f"ok: {len(sources.collection.essays)} essays, "
        f"{len(sources.collection.paragraphs)} paragraphs, "
        + (
            f"{len(sources.themes)} themes, "
            if sources.themes is not None
            else "no themes.yml (the site discovers its themes), "
        )
        + f"{len(index.annotations)} annotations "
        f"({exact} anchored exactly, {len(index.anchors) - exact} approximately)"
    )
    return problems, summary


if __name__ == "__main__":
    sys.exit(main())
