"""Metrics of an alignment against hand labels (`tests/data/alignment_gold.yml`).

Two questions a reader of the site asks, measured over the *scored* paragraphs (body passages;
abstracts, introductions, conclusions, bylines, bios and epigraphs are not scored):

- **Pair precision, recall, F1.** Take every pair of scored paragraphs from different essays.
  A pair is *gold* when the two share a hand-labelled theme, *predicted* when they share an
  assigned theme. This measures theme assignment without requiring the aligner's theme ids to
  match the gold ones, so discovered themes are measured on the same footing.
- **Counterpart hit@1.** For each scored paragraph and each other essay (a *trial*), is the
  aligner's answer right? Its answer is the first related passage there, or nothing. A passage
  is right when it is on one of the paragraph's gold themes (a summary paragraph counts with
  the themes it summarises; a byline or bio never does). Nothing is right when the other essay
  has no passage on any of the paragraph's gold themes (a short essay cannot answer every point
  of a long one), and wrong when it has one. This is how entity linking scores NIL answers:
  without it no aligner could score above the share of answerable trials (0.83 on the seed
  essays), and an aligner that links every paragraph to *something* would be rewarded for
  misleading the reader. Three breakdowns are kept beside it:
  - *strict*: only passages count as hits, nothing never does (the ceiling is then the share
    of answerable trials);
  - *answerable*: over the trials where the other essay has a passage on one of the
    paragraph's gold themes, how often the first related passage is one;
  - *unanswerable*: over the other trials, how often the aligner rightly offers nothing.
- **Exact@1** (a reading with `counterparts:`): over the trials where the reader named the
  passage of the other essay that answers a paragraph best, or `none`, how often the first
  related passage is that one (or nothing is offered where the reader says none).
- **Point purity.** Over the pairs of paragraphs of different essays that stand in the same
  point (row) of a theme, the share that share a gold theme.
- **Baselines** (`scripts/evaluate_alignment.py`): every paragraph on one theme; and plain
  nearest neighbours (`nearest_neighbours`), which has no themes: its predicted pairs are
  its links, a paragraph and its first related passage in each other essay.
- **Two-way.** The share of related links A → B for which B → A is offered too.
- **Agreement of two readings.** The pair F1 of one reading's theme pairs against the other's,
  over the paragraphs both score: no aligner can be expected to agree with a reader better than
  two readers agree with each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from .align import make_space
from .model import Alignment, Collection, Point, RelatedPassage

#: Gold kinds: only body paragraphs are scored.
KINDS = ("body", "summary", "non-body")


@dataclass(frozen=True)
class GoldLabel:
    themes: frozenset[str]
    kind: str = "body"
    #: (other essay id, the passage there that answers this one best, or None): a reader's
    #: own choice of counterparts, where the reading gives them
    counterparts: tuple[tuple[str, str | None], ...] = ()

    @property
    def scored(self) -> bool:
        return self.kind == "body"


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    predicted: int  # number of predicted pairs
    gold: int  # number of gold pairs


@dataclass(frozen=True)
class HitScores:
    #: over every (scored paragraph, other essay): a right passage, or rightly nothing
    all: float
    #: over every trial, only right passages counting
    strict: float
    #: over the trials where the other essay has a passage on one of the paragraph's gold themes
    answerable: float
    #: over the other trials: how often nothing was offered
    unanswerable: float
    trials: int
    answerable_trials: int


def parse_gold(data: Mapping) -> dict[str, GoldLabel]:
    """The `paragraphs:` mapping of the gold file → paragraph id → label."""
    gold: dict[str, GoldLabel] = {}
    for pid, entry in data["paragraphs"].items():
        kind = entry.get("kind", "body")
        if kind not in KINDS:
            raise ValueError(f"{pid}: kind {kind!r} is not one of {', '.join(KINDS)}")
        answers = tuple(
            (essay, None if other == "none" else other)
            for essay, other in (entry.get("counterparts") or {}).items()
        )
        gold[pid] = GoldLabel(frozenset(entry.get("themes", ())), kind, answers)
    return gold


def theme_pairs(
    labels: Mapping[str, frozenset[str]], essay_of: Mapping[str, str], scored: set[str]
) -> set[frozenset[str]]:
    """Pairs of scored paragraphs of different essays that share at least one theme."""
    ids = sorted(pid for pid in labels if pid in scored)
    return {
        frozenset((a, b))
        for a, b in combinations(ids, 2)
        if essay_of[a] != essay_of[b] and labels[a] & labels[b]
    }


def link_pairs(alignment: Alignment, scored: set[str]) -> set[frozenset[str]]:
    """Pairs of scored paragraphs where one is the other's first related passage: the pairs
    an aligner without themes predicts."""
    return {
        frozenset((pid, passages[0].paragraph_id))
        for pid, by_essay in alignment.related.items()
        for passages in by_essay.values()
        if passages and pid in scored and passages[0].paragraph_id in scored
    }


def nearest_neighbours(collection: Collection) -> Alignment:
    """The plain nearest-neighbour baseline: no themes; in each other essay, the passage
    whose shared TF-IDF vector (`align.Space.shared`) is closest, always offered."""
    space = make_space(collection)
    scores = (space.shared @ space.shared.T).toarray()
    essays = np.array(space.essays)
    related: dict[str, dict[str, list[RelatedPassage]]] = {}
    for row, pid in enumerate(space.ids):
        related[pid] = {}
        for essay in dict.fromkeys(space.essays):
            if essay != space.essays[row]:
                columns = np.flatnonzero(essays == essay)
                best = int(columns[scores[row, columns].argmax()])  # the first of equals
                related[pid][essay] = [
                    RelatedPassage(space.ids[best], essay, float(scores[row, best]), ())
                ]
    return Alignment(themes=[], assignments={pid: [] for pid in space.ids}, related=related)


def pair_scores(predicted: set[frozenset[str]], gold: set[frozenset[str]]) -> PairScores:
    hits = len(predicted & gold)
    precision, recall = ratio(hits, len(predicted)), ratio(hits, len(gold))
    f1 = ratio(2 * precision * recall, precision + recall)
    return PairScores(precision, recall, f1, len(predicted), len(gold))


def hit_at_1(
    top: Mapping[str, Mapping[str, str | None]],
    gold: Mapping[str, GoldLabel],
    essay_of: Mapping[str, str],
) -> HitScores:
    """How often the first counterpart in another essay is right (see the module's docstring).

    `top` maps each paragraph id to other essay id → the id of its first related passage there,
    or None when the aligner offers none.
    """
    # Every gold theme some passage of the essay is on: a trial is answerable when they meet.
    spoken: dict[str, set[str]] = {}
    for qid, label in gold.items():
        spoken.setdefault(essay_of.get(qid, ""), set()).update(label.themes)
    found = nothing = answerable = unanswerable = 0
    for pid, by_essay in top.items():
        if pid not in gold or not gold[pid].scored:
            continue
        themes = gold[pid].themes
        for essay, other in by_essay.items():
            if themes & spoken.get(essay, set()):
                answerable += 1
                found += bool(other in gold and themes & gold[other].themes)
            else:
                unanswerable += 1
                nothing += other is None
    trials = answerable + unanswerable
    return HitScores(
        ratio(found + nothing, trials),
        ratio(found, trials),
        ratio(found, answerable),
        ratio(nothing, unanswerable),
        trials,
        answerable,
    )


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def score_alignment(
    alignment: Alignment,
    gold: Mapping[str, GoldLabel],
    essay_of: Mapping[str, str],
    links: bool = False,
) -> tuple[PairScores, HitScores]:
    """Both metrics of an alignment, over the paragraphs the gold scores; with `links`, its
    predicted pairs are its links (`link_pairs`), for an aligner without themes."""
    scored = {pid for pid, label in gold.items() if label.scored}
    assigned = {
        pid: frozenset(a.theme_id for a in assignments)
        for pid, assignments in alignment.assignments.items()
    }
    predicted = link_pairs(alignment, scored) if links else theme_pairs(assigned, essay_of, scored)
    pairs = pair_scores(
        predicted, theme_pairs({pid: label.themes for pid, label in gold.items()}, essay_of, scored)
    )
    return pairs, hit_at_1(first_related(alignment, essay_of), gold, essay_of)


def first_related(
    alignment: Alignment, essay_of: Mapping[str, str]
) -> dict[str, dict[str, str | None]]:
    """Paragraph id → every other essay → the first related passage there, or None (an essay
    the alignment leaves out of a paragraph's related passages offers nothing)."""
    essays = list(dict.fromkeys(essay_of.values()))
    first = {}
    for pid, by_essay in alignment.related.items():
        first[pid] = {
            essay: by_essay[essay][0].paragraph_id if by_essay.get(essay) else None
            for essay in essays
            if essay != essay_of[pid]
        }
    return first


def exact_at_1(
    top: Mapping[str, Mapping[str, str | None]], gold: Mapping[str, GoldLabel]
) -> tuple[float, int]:
    """The share of a reader's named counterparts (or `none`) that the first related passage
    matches, and the number of such trials."""
    trials = [
        (other, top.get(pid, {}).get(essay))
        for pid, label in gold.items()
        for essay, other in label.counterparts
    ]
    return ratio(sum(named == offered for named, offered in trials), len(trials)), len(trials)


def point_purity(
    points: Mapping[str, list[Point]], gold: Mapping[str, GoldLabel], essay_of: Mapping[str, str]
) -> tuple[float, int]:
    """The share of same-row pairs of different essays (among labelled paragraphs) that share
    a gold theme, and the number of such pairs."""
    pure = pairs = 0
    for rows in points.values():
        for row in rows:
            labelled = [pid for pid in row.paragraph_ids if pid in gold]
            for a, b in combinations(labelled, 2):
                if essay_of[a] != essay_of[b]:
                    pairs += 1
                    pure += bool(gold[a].themes & gold[b].themes)
    return ratio(pure, pairs), pairs


def two_way(alignment: Alignment) -> tuple[float, int]:
    """The share of related links whose target links back, and the number of links."""
    links = {
        (pid, r.paragraph_id)
        for pid, by_essay in alignment.related.items()
        for passages in by_essay.values()
        for r in passages
    }
    return ratio(sum((b, a) in links for a, b in links), len(links)), len(links)


def agreement(
    first: Mapping[str, GoldLabel], second: Mapping[str, GoldLabel], essay_of: Mapping[str, str]
) -> PairScores:
    """The second reading's theme pairs scored against the first's, over the paragraphs both
    score."""
    scored = {pid for pid in first if first[pid].scored and pid in second and second[pid].scored}
    return pair_scores(
        theme_pairs({pid: label.themes for pid, label in second.items()}, essay_of, scored),
        theme_pairs({pid: label.themes for pid, label in first.items()}, essay_of, scored),
    )
