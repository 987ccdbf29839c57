"""Measure the aligner against the hand labels, in four configurations.

    .venv/bin/python scripts/evaluate_alignment.py

- curated:    sources/themes.yml as written, pins and excludes included;
- automatic:  the same themes with their pins and excludes stripped (what the aligner does
              from the labels, descriptions and keywords alone);
- discovery:  no themes.yml at all: themes found by clustering;
- baseline:   every paragraph on one theme, so counterparts are nearest neighbours by cosine.

Prints pair precision, recall and F1, counterpart hit@1 and its breakdowns (strict,
answerable, unanswerable), as defined in synoptic/evaluate.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import yaml

from synoptic.align import align
from synoptic.evaluate import GoldLabel, parse_gold, score_alignment
from synoptic.load import load_collection
from synoptic.model import Collection, Theme
from synoptic.themes import load_themes

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "sources")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests/data/alignment_gold.yml")
    args = parser.parse_args()

    collection, _ = load_collection(args.sources / "essays")
    themes, problems = load_themes(args.sources / "themes.yml", collection)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    gold = parse_gold(yaml.safe_load(args.gold.read_text(encoding="utf-8")))
    configurations: dict[str, list[Theme] | None] = {
        "curated": themes,
        "automatic": [dataclasses.replace(t, pin=(), exclude=()) for t in themes],
        "discovery": None,
        # Every paragraph on one theme: counterparts are then the nearest by cosine alone.
        "baseline": [Theme("all", "Everything", "Every paragraph.",
                           pin=tuple(collection.paragraphs))],
    }
    print(f"{'configuration':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'hit@1':>8}"
          f"{'strict':>8}{'answerable':>12}{'unanswerable':>14}{'themes':>8}{'seconds':>9}")
    essay_of = {pid: p.essay_id for pid, p in collection.paragraphs.items()}
    for name, config_themes in configurations.items():
        print(evaluate(name, collection, config_themes, gold, essay_of))
    scored = sum(label.scored for label in gold.values())
    print(f"\n{scored} scored paragraphs of {len(gold)} labelled ({args.gold.name})")
    return 0


def evaluate(name: str, collection: Collection, themes: list[Theme] | None,
             gold: dict[str, GoldLabel], essay_of: dict[str, str]) -> str:
    start = time.perf_counter()
    alignment = align(collection, themes)
    seconds = time.perf_counter() - start
    pairs, hits = score_alignment(alignment, gold, essay_of)
    return (f"{name:<14}{pairs.precision:>10.2f}{pairs.recall:>8.2f}{pairs.f1:>7.2f}"
            f"{hits.all:>8.2f}{hits.strict:>8.2f}{hits.answerable:>12.2f}{hits.unanswerable:>14.2f}"
            f"{len(alignment.themes):>8}"
            f"{seconds:>9.2f}")


if __name__ == "__main__":
    sys.exit(main())
