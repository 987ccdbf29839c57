"""Points: a theme's passages grouped into synopsis rows (synoptic/points.py)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from synoptic.align import make_space, names_in
from synoptic.model import PinnedPoint, Theme
from synoptic.points import JOIN, fits, group, label_masks, label_weights, phrased

# Three essays: a (4 passages), b (3), c (1). a1 answers b1 and c1; a2 and a3, neighbours,
# both answer b2; a4 and b3 answer nothing.
IDS = ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "c1"]
ESSAYS = [pid[0] for pid in IDS]
PLACES = [int(pid[1:]) - 1 for pid in IDS]
CLOSE = {
    ("a1", "b1"): 0.6,
    ("a1", "c1"): 0.5,
    ("b1", "c1"): 0.4,
    ("a2", "b2"): 0.5,
    ("a3", "b2"): 0.45,
    ("a2", "a3"): 0.7,
    ("a1", "a2"): 0.9,
}


def scores() -> np.ndarray:
    matrix = np.eye(len(IDS))
    for (a, b), score in CLOSE.items():
        matrix[IDS.index(a), IDS.index(b)] = matrix[IDS.index(b), IDS.index(a)] = score
    return matrix


def all_pairs() -> list[tuple[int, int]]:
    return [(a, b) for a, b in itertools.combinations(range(len(IDS)), 2) if ESSAYS[a] != ESSAYS[b]]


def rows(pinned=()):
    return [row.ids for row in group(IDS, ESSAYS, PLACES, scores(), all_pairs(), pinned)]


def test_passages_that_answer_each_other_share_a_row_in_reading_order():
    assert rows() == [("a1", "b1", "c1"), ("a2", "a3", "b2"), ("a4",), ("b3",)]


def test_every_passage_is_in_exactly_one_row():
    found = [pid for row in rows() for pid in row]
    assert sorted(found) == sorted(IDS)


def test_one_passage_per_essay_per_row_unless_neighbours():
    for row in rows():
        for _essay, members in itertools.groupby(sorted(row), key=lambda pid: pid[0]):
            places = [int(pid[1:]) for pid in members]
            assert len(places) == 1 or (len(places) == 2 and abs(places[0] - places[1]) == 1)


@pytest.mark.parametrize(
    "row, fit",
    [
        ([0, 4, 7], True),  # a1, b1, c1
        ([1, 2, 5], True),  # a2, a3 are neighbours
        ([0, 2, 5], False),  # a1, a3 are not
        ([0, 1, 2], False),  # three of one essay
    ],
)
def test_fits(row, fit):
    assert fits(row, ESSAYS, PLACES) is fit


def test_pinned_rows_are_kept_as_written_and_the_rest_computed_around_them():
    pinned = (PinnedPoint(("c1", "a4"), label="An editor's row"),)
    result = group(IDS, ESSAYS, PLACES, scores(), all_pairs(), pinned)
    kept = [row for row in result if row.pinned]
    assert [(row.ids, row.label) for row in kept] == [(("a4", "c1"), "An editor's row")]
    assert [row.ids for row in result] == [("a1", "b1"), ("a2", "a3", "b2"), ("a4", "c1"), ("b3",)]


def test_rows_too_far_apart_on_average_are_not_joined():
    matrix = scores()
    # b1 and c1 now disagree: c1's link to a1 alone no longer carries it into a1's row.
    matrix[IDS.index("b1"), IDS.index("c1")] = matrix[IDS.index("c1"), IDS.index("b1")] = 0.0
    matrix[IDS.index("a1"), IDS.index("c1")] = matrix[IDS.index("c1"), IDS.index("a1")] = JOIN
    result = [row.ids for row in group(IDS, ESSAYS, PLACES, matrix, all_pairs())]
    assert ("a1", "b1") in result and ("c1",) in result


def test_grouping_is_deterministic_whatever_the_order_of_the_pairs():
    first = rows()
    shuffled = all_pairs()[::-1]
    assert [row.ids for row in group(IDS, ESSAYS, PLACES, scores(), shuffled)] == first


@pytest.mark.parametrize(
    "texts, names",
    [
        (["The Kremlin met BRICS leaders. Regimes fall."], {"kremlin", "brics"}),
        (
            ["Russia and the SCO. The regime and Ukraine.", "A regime and the Kremlin."],
            {"sco", "ukraine", "kremlin"},
        ),
        # A sentence's first word says nothing, after a closing quote too.
        (["It is “trivial.” Given that, views of Central Asia."], {"central", "asia"}),
        (["The Treaty binds.", "It binds a treaty."], set()),  # written lower-case once: no name
    ],
)
def test_names_are_words_always_capitalised_inside_sentences(texts, names):
    assert names_in(texts) == names


def test_only_names_and_the_themes_own_words_label_a_row(collection):
    space = make_space(collection)
    weights = label_weights(space)
    theme = Theme("t", "Sanctions", "Western sanctions after Ukraine.", keywords=("arms sales",))
    allowed = label_masks(space, [theme], weights)["t"]
    weight = {str(term): allowed[i] for i, term in enumerate(space.terms)}
    assert weight["western sanctions"] > 0  # the theme's own words
    assert weight["kremlin"] > 0  # a name
    for generic in ("held", "addition", "past quarter", "including"):  # shared by chance
        assert weight[generic] == 0, generic
    assert weight["russia china"] == 0  # the collection's subject, names or not
    assert (allowed <= weights).all()


@pytest.mark.parametrize(
    ("terms", "said", "label"),
    [
        # Words the passages say together read as their phrase, where the first stands.
        (("cross", "pelham", "week"), {"pelham cross"}, ("pelham cross", "week")),
        (
            ("regime", "western sanctions", "change"),
            {"regime change"},
            ("regime change", "western sanctions"),
        ),
        (("short", "term"), {"short term"}, ("short term",)),
        # Words they never say together stay apart; a phrase is not joined to a word.
        (("belt", "road"), {"belt and road"}, ("belt", "road")),
        (
            ("western sanctions", "sanctions"),
            {"western sanctions sanctions"},
            ("western sanctions", "sanctions"),
        ),
    ],
)
def test_a_row_label_says_as_phrases_the_words_said_together(terms, said, label):
    assert phrased(terms, said) == label


@pytest.mark.parametrize(
    "together, expected",
    [
        # b2's row takes b3's whole: b2 and b3 are neighbours.
        (
            [("b2", "b3")],
            [("a1", "b1", "c1"), ("a2", "a3", "b2", "b3"), ("a4",)],
        ),
        # a3's row cannot take a4's with a2 in it: the lead-in a3 goes alone to a4.
        (
            [("a3", "a4")],
            [("a1", "b1", "c1"), ("a2", "b2"), ("a3", "a4"), ("b3",)],
        ),
        # Neither fits (a1, a2, a3 in one row): as without.
        ([("a1", "a2")], [("a1", "b1", "c1"), ("a2", "a3", "b2"), ("a4",), ("b3",)]),
    ],
)
def test_a_lead_in_ends_in_the_row_of_what_it_introduces(together, expected):
    result = group(IDS, ESSAYS, PLACES, scores(), all_pairs(), together=together)
    assert [row.ids for row in result] == expected
