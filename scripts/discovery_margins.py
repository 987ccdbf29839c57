#!/usr/bin/env python3
"""How far discovery's lead over the baselines is more than chance, on one collection:
`scripts/discovery_margins.py --sources S --gold G [--samples 1000]`.

A collection of three essays gives about fifty hit@1 trials and a few dozen gold pairs, so a
margin of one or two trials, or of 0.03 in pair F1, may come from which paragraphs the
collection happens to hold. This scores discovery and the two baselines of
`python -m synoptic evaluate` (every paragraph on one theme; plain nearest neighbours) on
seeded random halves of the scored paragraphs, many times, with `synoptic.evaluate`'s own
scoring. A paragraph left out of a half is scored as a summary is: no longer scored itself,
still a right or wrong answer for the others. Printed for each baseline and metric: the margin
on the whole collection, the 5th and 95th percentiles of the margin over the halves, and the
share of halves in which discovery is ahead. A margin whose percentiles straddle zero is
within what the collection's size can tell apart.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np
import yaml

# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from synoptic.align import align  # noqa: E402
from synoptic.evaluate import GoldLabel, nearest_neighbours, parse_gold, score_alignment  # noqa: E402
from synoptic.load import load_collection  # noqa: E402
from synoptic.model import Alignment, Theme  # noqa: E402

SEED = 0


def margins(
    alignments: dict[str, tuple[Alignment, bool]],
    gold: dict[str, GoldLabel],
    essay_of: dict[str, str],
    samples: int,
) -> dict[tuple[str, str], np.ndarray]:
    """(baseline, metric) → discovery's margin over it: on the whole collection first, then on
    each of `samples` random halves of the scored paragraphs. `alignments` maps a name
    ("discovery" and the baselines) to the alignment and whether its pairs are its links."""
    scored = sorted(pid for pid, label in gold.items() if label.scored)
    rng = np.random.default_rng(SEED)
    halves = [set(scored)] + [
        set(rng.choice(scored, size=len(scored) // 2, replace=False)) for _ in range(samples)
    ]
    found: dict[tuple[str, str], list[float]] = {}
    for kept in halves:
        half = {
            pid: label
            if pid in kept or not label.scored
            else dataclasses.replace(label, kind="summary")
            for pid, label in gold.items()
        }
        figures = {}
        for name, (alignment, links) in alignments.items():
            pairs, hits = score_alignment(alignment, half, essay_of, links)
            figures[name] = {"F1": pairs.f1, "hit@1": hits.all}
        for name in alignments:
            if name != "discovery":
                for metric, value in figures["discovery"].items():
                    found.setdefault((name, metric), []).append(value - figures[name][metric])
    return {key: np.array(values) for key, values in found.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=Path("sources"))
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args(argv)
    collection, _ = load_collection(args.sources / "essays")
    gold = parse_gold(yaml.safe_load(args.gold.read_text(encoding="utf-8")))
    essay_of = {pid: p.essay_id for pid, p in collection.paragraphs.items()}
    one_theme = [Theme("all", "Everything", "Every paragraph.", pin=tuple(collection.paragraphs))]
    alignments = {
        "discovery": (align(collection, None), False),
        "one theme": (align(collection, one_theme), False),
        "nearest": (nearest_neighbours(collection), True),
    }
    print(f"{'baseline':10}{'metric':>7}{'margin':>8}{'5%':>7}{'95%':>7}{'ahead':>7}")
    for (baseline, metric), values in margins(alignments, gold, essay_of, args.samples).items():
        low, high = np.quantile(values[1:], (0.05, 0.95))
        ahead = float(np.mean(values[1:] > 0))
        print(f"{baseline:10}{metric:>7}{values[0]:+8.2f}{low:+7.2f}{high:+7.2f}{ahead:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
