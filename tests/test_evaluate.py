"""The alignment metrics on cases small enough to work out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from synoptic.evaluate import (
    GoldLabel,
    agreement,
    exact_at_1,
    hit_at_1,
    pair_scores,
    parse_gold,
    point_purity,
    score_alignment,
    theme_pairs,
    two_way,
)
from synoptic.load import load_collection
from synoptic.model import Alignment, Point, RelatedPassage, ThemeAssignment
from synoptic.themes import load_themes

# Essays A (a1, a2), B (b1, b2) and C (c1); a3 is an introduction, not scored.
ESSAY_OF = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "c1": "C"}
GOLD = {
    "a1": GoldLabel(frozenset({"x"})),
    "a2": GoldLabel(frozenset({"y"})),
    "a3": GoldLabel(frozenset({"x", "y"}), kind="summary"),
    "b1": GoldLabel(frozenset({"x"})),
    "b2": GoldLabel(frozenset({"x", "y"})),
    "c1": GoldLabel(frozenset({"z"})),
}
SCORED = {pid for pid, label in GOLD.items() if label.scored}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def test_theme_pairs_are_cross_essay_scored_pairs_sharing_a_theme():
    labels = {pid: label.themes for pid, label in GOLD.items()}
    # Not (a1, a2): same essay. Not a3: not scored. Not (a2, b1): no theme in common.
    assert theme_pairs(labels, ESSAY_OF, SCORED) == {
        pair("a1", "b1"),
        pair("a1", "b2"),
        pair("a2", "b2"),
    }


def test_pair_scores_by_hand():
    gold = {pair("a1", "b1"), pair("a1", "b2"), pair("a2", "b2")}
    predicted = {pair("a1", "b1"), pair("a2", "b1")}
    scores = pair_scores(predicted, gold)
    assert scores.precision == pytest.approx(1 / 2)
    assert scores.recall == pytest.approx(1 / 3)
    assert scores.f1 == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))  # 0.4
    assert (scores.predicted, scores.gold) == (2, 3)


def test_pair_scores_of_nothing_are_zero_not_an_error():
    assert pair_scores(set(), {pair("a1", "b1")}).f1 == 0.0
    assert pair_scores({pair("a1", "b1")}, set()).f1 == 0.0


def test_hit_at_1_by_hand():
    top = {
        "a1": {"B": "b2", "C": "c1"},  # hit (x); C says nothing on x, yet c1 is offered: miss
        "a2": {"B": "b1", "C": None},  # miss (b2 was the answer); C has nothing: rightly none
        "a3": {"B": "b1", "C": "c1"},  # not scored
        "b1": {"A": "a3", "C": None},  # hit: an introduction counts with its themes; rightly none
        "b2": {"A": None, "C": "c1"},  # nothing offered where a1, a2 were right: miss; miss
    }
    scores = hit_at_1(top, GOLD, ESSAY_OF)
    assert (scores.trials, scores.answerable_trials) == (8, 4)
    assert scores.all == pytest.approx((2 + 2) / 8)
    assert scores.strict == pytest.approx(2 / 8)
    assert scores.answerable == pytest.approx(2 / 4)
    assert scores.unanswerable == pytest.approx(2 / 4)


def test_parse_gold_reads_kinds_and_themes():
    gold = parse_gold(
        {
            "paragraphs": {
                "a1": {"themes": ["x", "y"]},
                "a2": {"kind": "summary", "themes": ["x"]},
                "a3": {"kind": "non-body"},
            }
        }
    )
    assert gold["a1"] == GoldLabel(frozenset({"x", "y"}), "body")
    assert gold["a1"].scored and not gold["a2"].scored and not gold["a3"].scored
    assert gold["a3"].themes == frozenset()
    with pytest.raises(ValueError, match="kind 'preface'"):
        parse_gold({"paragraphs": {"a1": {"kind": "preface"}}})


@pytest.mark.parametrize(
    "reading", ["alignment_gold.yml", "alignment_gold_b.yml", "alignment_gold_c.yml"]
)
def test_gold_file_labels_every_paragraph_with_known_themes(collection, reading):
    root = Path(__file__).parent.parent
    gold = parse_gold(yaml.safe_load((root / "tests/data" / reading).read_text()))
    themes, _ = load_themes(root / "sources/themes.yml", collection)
    # the same paragraphs, each essay's in reading order (the essays may come in any order)
    assert by_essay(list(gold)) == by_essay(list(collection.paragraphs))
    assert set().union(*(label.themes for label in gold.values())) <= {t.id for t in themes}
    assert all(label.themes for label in gold.values() if label.scored)
    for pid, label in gold.items():  # named counterparts are paragraphs of the essay named
        for essay, other in label.counterparts:
            assert other is None or collection.paragraphs[other].essay_id == essay, pid


def test_parse_gold_reads_a_readers_counterparts():
    gold = parse_gold(
        {"paragraphs": {"a1": {"themes": ["x"], "counterparts": {"B": "b1", "C": "none"}}}}
    )
    assert gold["a1"].counterparts == (("B", "b1"), ("C", None))


def test_exact_at_1_counts_named_passages_and_rightly_none():
    gold = {
        "a1": GoldLabel(frozenset({"x"}), counterparts=(("B", "b1"), ("C", None))),
        "a2": GoldLabel(frozenset({"y"}), counterparts=(("B", "b2"),)),
    }
    top = {"a1": {"B": "b1", "C": None}, "a2": {"B": "b1"}}
    assert exact_at_1(top, gold) == (pytest.approx(2 / 3), 3)


def test_point_purity_counts_same_row_pairs_of_different_essays():
    points = {
        "t": [
            Point("t", 1, ("a1", "a2", "b1"), None, (), False),  # a1-b1 pure, a2-b1 not
            Point("t", 2, ("a3", "b2"), None, (), False),
        ]
    }  # a3 is a summary on x, y
    purity, pairs = point_purity(points, GOLD, ESSAY_OF)
    assert (purity, pairs) == (pytest.approx(2 / 3), 3)


def test_two_way_is_the_share_of_links_that_link_back():
    link = RelatedPassage
    alignment = Alignment(
        [],
        {},
        {
            "a1": {"B": [link("b1", "B", 0.5, ())]},
            "b1": {"A": [link("a1", "A", 0.5, ())]},
            "a2": {"B": [link("b2", "B", 0.5, ())]},
            "b2": {},
        },
    )
    assert two_way(alignment) == (pytest.approx(2 / 3), 3)


def test_agreement_of_two_readings_is_pair_f1_over_what_both_score():
    second = dict(GOLD, a2=GoldLabel(frozenset({"x"})), b2=GoldLabel(frozenset({"y"})))
    # first: (a1, b1), (a1, b2), (a2, b2); second: (a1, b1), (a2, b1).
    scores = agreement(GOLD, second, ESSAY_OF)
    assert (scores.precision, scores.recall) == (pytest.approx(1 / 2), pytest.approx(1 / 3))


def test_score_alignment_reads_assignments_and_first_counterparts():
    alignment = Alignment(
        themes=[],
        assignments={
            "a1": [ThemeAssignment("t", 0.5, False, ())],
            "a2": [],
            "b1": [ThemeAssignment("t", 0.3, True, ())],
            "b2": [],
        },
        related={
            "a1": {"B": [RelatedPassage("b2", "B", 0.2, ()), RelatedPassage("b1", "B", 0.9, ())]},
            "a2": {"B": []},
            "b1": {"A": [RelatedPassage("a1", "A", 0.9, ())]},
            "b2": {"A": [RelatedPassage("a2", "A", 0.1, ())]},
        },
    )
    gold = {pid: GOLD[pid] for pid in ("a1", "a2", "b1", "b2")}
    pairs, hits = score_alignment(alignment, gold, ESSAY_OF)
    assert (pairs.precision, pairs.predicted, pairs.gold) == (1.0, 1, 3)  # (a1, b1) only
    # a1 → b2, b1 → a1, b2 → a2 hit; a2 has none where b2 was right. Essay C, absent from
    # every related map, offers nothing: rightly, as it says nothing on x or y.
    assert hits.all == pytest.approx(7 / 8)
    assert (hits.trials, hits.answerable_trials) == (8, 4)


def by_essay(ids: list[str]) -> list[str]:
    """The ids grouped by essay (`ESSAY-pN`), each essay's kept in the order given."""
    return sorted(ids, key=lambda pid: (pid.rsplit("-p", 1)[0], ids.index(pid)))


@pytest.mark.parametrize(
    "name",
    [
        "collection_b",
        "collection_c",
        "collection_d",
        "collection_e",
        "collection_f",
        "collection_g",
        "collection_h",
        "collection_i",
        "collection_j",
        "collection_k",
        "collection_l",
        "collection_m",
        "collection_n",
        "collection_o",
        "collection_p",
        "collection_q",
        "collection_r",
        "collection_s",
        "collection_t",
        "collection_u",
        "collection_v",
        "collection_w",
        "collection_x",
    ],
)
def test_test_collection_labels_every_paragraph_of_its_editions(name):
    folder = Path(__file__).parent / "data" / name
    collection, problems = load_collection(folder / "essays")
    assert not problems
    labels = yaml.safe_load((folder / "labels.yml").read_text(encoding="utf-8"))
    gold = parse_gold(labels)
    # the same paragraphs, each essay's in reading order (the essays may come in any order)
    assert by_essay(list(gold)) == by_essay(list(collection.paragraphs))
    assert set().union(*(label.themes for label in gold.values())) <= {
        theme["id"] for theme in labels["themes"]
    }


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("themes: []\nsa-p1: {themes: [cost]}\n", "no `paragraphs:` mapping"),
        ("paragraphs:\n  sa-p1: {kind: bio}\n", "kind 'bio' is not one of"),
    ],
    ids=["labels at the top", "unknown kind"],
)
def test_a_reading_without_its_paragraphs_says_what_to_do(tmp_path, text, says):
    from synoptic.errors import SynopticError
    from synoptic.evaluate_cli import read_reading

    path = tmp_path / "labels.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SynopticError, match=says) as raised:
        read_reading(path)
    assert str(path) in str(raised.value)
