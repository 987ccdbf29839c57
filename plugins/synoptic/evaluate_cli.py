"""Measure the aligner against independent readings, in five configurations.

    .venv/bin/python -m synoptic evaluate [--methods tfidf,lsa,combined]
    .venv/bin/python -m synoptic evaluate --sources tests/data/collection_b \
        --gold tests/data/collection_b/gold.yml

Any collection can be scored (`--sources`, `--gold`); without a themes.yml there, only
discovery and the two baselines are run.

- curated:    sources/themes.yml as written, pins and excludes included;
- automatic:  the same themes with their pins and excludes stripped (what the aligner does
              from the labels, descriptions and keywords alone);
- discovery:  no themes.yml at all: themes found by clustering;
- one theme:  every paragraph on one theme, so counterparts are nearest neighbours within
              its points;
- nearest:    plain nearest neighbours: in every other essay, the passage whose shared TF-IDF
              vector is closest, always offered; its predicted pairs (for pair F1) are those
              links, a paragraph and its nearest passage in each other essay.

Each configuration is aligned once per similarity method of synoptic/counterparts.py (tfidf,
lsa, combined; and embedding, the mean of TF-IDF and the stored sentence embeddings'
cosines, when sources/embeddings.json is current; the one the build uses is marked *) and
scored against each reading: pair precision, recall and F1,
counterpart hit@1 and its breakdowns (strict, answerable, unanswerable), exact@1 against the
reader's own counterparts where the reading names them, point purity and two-way links, as
defined in synoptic/evaluate.py. First it prints how far the two readings agree: the ceiling.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

import numpy as np
import yaml

from . import counterparts, embeddings
from .align import align
from .errors import SynopticError
from .evaluate import (
    GoldLabel,
    agreement,
    exact_at_1,
    first_related,
    hit_at_1,
    nearest_neighbours,
    parse_gold,
    point_purity,
    score_alignment,
    two_way,
)
from .load import load_collection
from .model import Alignment, Collection, Theme
from .themes import load_themes

COLUMNS = (
    f"{'configuration':<24}{'precision':>10}{'recall':>8}{'F1':>7}{'hit@1':>8}"
    f"{'strict':>8}{'answerable':>12}{'unanswerable':>14}{'exact@1':>9}{'purity':>8}"
    f"{'two-way':>9}{'themes':>8}{'seconds':>9}"
)


def evaluate(sources: Path, golds: list[Path], methods: str | None) -> None:
    """Print the readings' agreement, then every configuration's scores against each reading."""
    collection, _ = load_collection(sources / "essays")
    vectors, problems = embeddings.load(sources, collection)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    published = "embedding" if vectors else counterparts.METHOD
    chosen = (methods or published).split(",")
    if "embedding" in chosen and not vectors:
        raise SynopticError(
            sources / "embeddings.json",
            None,
            "missing or not current: run scripts/embed_paragraphs.py",
        )
    themes: list[Theme] | None = None
    if (sources / "themes.yml").exists():
        themes, problems = load_themes(sources / "themes.yml", collection)
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
    readings = {path.name: read_reading(path) for path in golds}
    essay_of = {pid: p.essay_id for pid, p in collection.paragraphs.items()}
    print_agreement(readings, essay_of)

    configurations: dict[str, list[Theme] | None] = {}
    if themes is not None:
        configurations["curated"] = themes
        configurations["automatic"] = [dataclasses.replace(t, pin=(), exclude=()) for t in themes]
    configurations["discovery"] = None
    # Every paragraph on one theme: counterparts are then the nearest within its points.
    configurations["one theme"] = [
        Theme("all", "Everything", "Every paragraph.", pin=tuple(collection.paragraphs))
    ]
    results = []
    for name, config_themes in configurations.items():
        for method in chosen:
            results.append(
                (
                    f"{name} {method}{'*' if method == published else ''}",
                    *aligned(collection, config_themes, method, vectors),
                    False,
                )
            )
    start = time.perf_counter()
    results.append(
        ("nearest tfidf", nearest_neighbours(collection), time.perf_counter() - start, True)
    )
    for reading, gold in readings.items():
        print(
            f"\nagainst {reading} "
            f"({sum(label.scored for label in gold.values())} scored paragraphs)"
        )
        print(COLUMNS)
        for label, alignment, seconds, links in results:
            print(row(label, alignment, seconds, gold, essay_of, links))


def read_reading(path: Path) -> dict[str, GoldLabel]:
    """A hand reading's labels, or an error naming the file and what it lacks."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("paragraphs"), dict):
        raise SynopticError(
            path,
            None,
            "no `paragraphs:` mapping: set each paragraph's labels under it, "
            "`ID-p1: {kind: body, themes: [...]}` (as tests/data/alignment_gold.yml does)",
        )
    try:
        return parse_gold(data)
    except ValueError as error:
        raise SynopticError(path, None, str(error)) from error


def aligned(
    collection: Collection,
    themes: list[Theme] | None,
    method: str,
    vectors: dict[str, np.ndarray] | None,
) -> tuple[Alignment, float]:
    """The alignment with counterparts measured by `method`, and the seconds it took."""
    default = counterparts.METHOD
    counterparts.METHOD = method if method != "embedding" else default
    try:
        start = time.perf_counter()
        alignment = align(collection, themes, vectors if method == "embedding" else None)
        return alignment, time.perf_counter() - start
    finally:
        counterparts.METHOD = default


def print_agreement(readings: dict[str, dict[str, GoldLabel]], essay_of: dict[str, str]):
    names = list(readings)
    for first, second in zip(names, names[1:]):
        pairs = agreement(readings[first], readings[second], essay_of)
        print(
            f"agreement of {second} with {first}: pair precision {pairs.precision:.2f}, "
            f"recall {pairs.recall:.2f}, F1 {pairs.f1:.2f}"
        )
        for judge, reader in ((first, second), (second, first)):
            named = {
                pid: dict(label.counterparts)
                for pid, label in readings[reader].items()
                if label.counterparts
            }
            if named:
                hits = hit_at_1(named, readings[judge], essay_of)
                print(
                    f"{reader}'s own counterparts scored against {judge}: hit@1 "
                    f"{hits.all:.2f} (answerable {hits.answerable:.2f}, unanswerable "
                    f"{hits.unanswerable:.2f}, {hits.trials} trials)"
                )


def row(
    label: str,
    alignment: Alignment,
    seconds: float,
    gold: dict[str, GoldLabel],
    essay_of: dict[str, str],
    links: bool,
) -> str:
    pairs, hits = score_alignment(alignment, gold, essay_of, links)
    exact, trials = exact_at_1(first_related(alignment, essay_of), gold)
    purity, _ = point_purity(alignment.points, gold, essay_of)
    both_ways, _ = two_way(alignment)
    return (
        f"{label:<24}{pairs.precision:>10.2f}{pairs.recall:>8.2f}{pairs.f1:>7.2f}"
        f"{hits.all:>8.2f}{hits.strict:>8.2f}{hits.answerable:>12.2f}"
        f"{hits.unanswerable:>14.2f}{exact if trials else float('nan'):>9.2f}{purity:>8.2f}"
        f"{both_ways:>9.2f}{len(alignment.themes):>8}{seconds:>9.2f}"
    )
