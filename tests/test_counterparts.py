"""Counterparts (synoptic/counterparts.py): chosen per essay, two-way, linked to points."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT
from synoptic import embeddings
from synoptic.align import align, make_space
from synoptic.counterparts import (
    METHOD,
    MOST,
    Candidate,
    choose,
    nearest,
    positions,
    similarity,
    within_most,
)
from synoptic.export import export
from synoptic.load import load_collection
from synoptic.model import PinnedPoint, References
from synoptic.points import LABEL_MAX_DF
from synoptic.themes import load_themes

DATA = Path(__file__).parent / "data"


def test_nearest_pairs_each_passage_with_its_best_in_each_other_essay():
    essays = ["a", "a", "b", "b", "c"]
    scores = np.array(
        [
            [1.0, 0.9, 0.2, 0.4, 0.1],
            [0.9, 1.0, 0.3, 0.0, 0.0],
            [0.2, 0.3, 1.0, 0.8, 0.6],
            [0.4, 0.0, 0.8, 1.0, 0.0],
            [0.1, 0.0, 0.6, 0.0, 1.0],
        ]
    )
    # a1 → b2 (0.4), c1; a2 → b1, c1 (0.0: sharing a theme is enough); b1 → a2, c1; b2 → a1, c1;
    # c1 → a1, b1. Never two passages of one essay.
    assert nearest(scores, essays) == [(0, 3), (0, 4), (1, 2), (1, 4), (2, 4), (3, 4)]


def test_each_paragraph_chooses_one_passage_per_essay_same_point_first():
    essays = ["a", "b", "b", "c"]
    candidates = {
        (0, 1): Candidate(0.9, False, "t"),
        (0, 2): Candidate(0.3, True, "t"),
        (0, 3): Candidate(0.5, False, "t"),
        (1, 3): Candidate(0.2, False, "t"),
    }
    chosen = choose(candidates, essays)
    assert chosen[0] == [(0, 2), (0, 3)]  # b2 shares its point: before b1, though weaker
    assert chosen[1] == [(0, 1), (1, 3)]
    assert chosen[3] == [(0, 3), (1, 3)]


def test_positions_count_within_each_essay():
    assert positions(["a", "a", "b", "b", "b", "c"]) == [0, 1, 0, 1, 2, 0]


@pytest.fixture(scope="module")
def fixture_alignment():
    collection, _ = load_collection(DATA / "sources" / "essays")
    themes, _ = load_themes(DATA / "align" / "themes.yml", collection)
    return align(collection, themes)


def test_the_fixture_counterparts_share_their_point(fixture_alignment):
    first = fixture_alignment.related["beta-p1"]["alpha"][0]
    assert (first.paragraph_id, first.theme_id, first.same_point) == (
        "alpha-p2",
        "partnership",
        True,
    )
    row = fixture_alignment.points["partnership"][first.point - 1]
    assert {"alpha-p2", "beta-p1"} <= set(row.paragraph_ids)


def links(alignment) -> set[tuple[str, str]]:
    return {
        (pid, r.paragraph_id)
        for pid, by_essay in alignment.related.items()
        for passages in by_essay.values()
        for r in passages
    }


def test_every_related_pair_is_two_way_on_the_essays(alignment):
    found = links(alignment)
    assert found and all((b, a) in found for a, b in found)


def test_each_paragraph_chooses_at_most_one_passage_per_essay_in_few_essays(alignment):
    for pid, by_essay in alignment.related.items():
        own = [[r for r in passages if not r.reply] for passages in by_essay.values()]
        assert all(len(mine) <= 1 for mine in own), pid
        assert sum(map(len, own)) <= MOST, pid


def test_every_theme_paragraph_is_in_exactly_one_point_of_its_theme(collection, alignment):
    for theme in alignment.themes:
        points = alignment.points[theme.id]
        found = [pid for point in points for pid in point.paragraph_ids]
        assert sorted(found) == sorted(alignment.paragraphs_on(theme.id)), theme.id
        assert set(found) <= set(collection.paragraphs)
        assert [p.number for p in points] == list(range(1, len(points) + 1))
        assert all(p.theme_id == theme.id for p in points)


def test_points_hold_one_passage_per_essay_or_two_neighbours(collection, alignment):
    order = {p.id: n for e in collection.essays for n, p in enumerate(e.paragraphs)}
    for points in alignment.points.values():
        for point in points:
            by_essay: dict[str, list[int]] = {}
            for pid in point.paragraph_ids:
                by_essay.setdefault(collection.paragraphs[pid].essay_id, []).append(order[pid])
            for places in by_essay.values():
                assert len(places) == 1 or (len(places) == 2 and abs(places[0] - places[1]) == 1), (
                    point
                )


def test_counterparts_name_the_row_where_they_stand(alignment):
    for pid, by_essay in alignment.related.items():
        for passages in by_essay.values():
            for r in passages:
                row = alignment.points[r.theme_id][r.point - 1]
                assert r.paragraph_id in row.paragraph_ids
                assert (pid in row.paragraph_ids) is r.same_point


def test_see_also_points_to_rows_of_a_counterpart_or_of_a_passage_it_is_nearest(
    collection, alignment
):
    """A passage "also answers" another row where a passage there is its counterpart, or finds
    it the nearest of its essay on the theme (a reader's review: "— nothing on this point —"
    stood where the essay's passage on the row's subject sat in another row)."""
    related = {(a, b) for a, b in links(alignment)}
    space = make_space(collection)
    vectors, _ = embeddings.load(ROOT / "sources", collection)
    measure = similarity(space, "embedding" if vectors else METHOD, vectors)
    seen = by_nearness = 0
    for theme_id, points in alignment.points.items():
        on_theme = [pid for point in points for pid in point.paragraph_ids]
        for point in points:
            for pid, number in point.see_also:
                assert pid in point.paragraph_ids and number != point.number
                there = alignment.points[theme_id][number - 1].paragraph_ids
                if any((pid, other) in related for other in there):
                    seen += 1
                    continue
                essay = collection.paragraphs[pid].essay_id
                rivals = [q for q in on_theme if collection.paragraphs[q].essay_id == essay]
                rows, columns = [space.row(q) for q in there], [space.row(q) for q in rivals]
                scores = measure.between(rows, columns)
                mine = rivals.index(pid)
                assert any(row[mine] >= row.max() for row in scores), (pid, number)
                by_nearness += 1
    assert seen and by_nearness


def test_row_labels_leave_out_the_collections_subject_words(collection, alignment):
    space = make_space(collection)
    frequency = dict(zip(space.terms, np.asarray((space.shared > 0).mean(axis=0)).ravel()))
    assert frequency["interests"] > LABEL_MAX_DF  # the subject word the rule must leave out
    labelled = 0
    for points in alignment.points.values():
        for point in points:
            # A row whose passages share no distinctive term has none (nothing is marked).
            labelled += bool(point.terms)
            assert all(frequency[term] <= LABEL_MAX_DF for term in point.terms), point
    assert labelled >= 0.8 * sum(len(points) for points in alignment.points.values())


def test_points_are_the_same_on_every_run(collection, alignment):
    sources = Path(__file__).parent.parent / "sources"
    themes, _ = load_themes(sources / "themes.yml", collection)
    vectors, _ = embeddings.load(sources, collection)
    assert align(collection, themes, vectors).points == alignment.points


def test_export_lists_each_themes_points_in_row_order(collection, alignment):
    data = export(collection, alignment, References([], {}, [], []))
    for theme in data["themes"]:
        assert theme["points"] == [list(p.paragraph_ids) for p in alignment.points[theme["id"]]]
        assert sorted(pid for row in theme["points"] for pid in row) == sorted(theme["paragraphs"])
    related = {(a, b) for a, targets in data["related"].items() for b in targets}
    assert related and all((b, a) in related for a, b in related)


def test_an_editors_point_is_kept_in_the_alignment():
    collection, _ = load_collection(DATA / "sources" / "essays")
    themes, _ = load_themes(DATA / "align" / "themes.yml", collection)
    pinned = PinnedPoint(("alpha-p2",), label="Alpha's claim alone")
    themes = [
        dataclasses.replace(t, pin=t.pin + ("alpha-p2",), points=(pinned,))
        if t.id == "partnership"
        else t
        for t in themes
    ]
    points = align(collection, themes).points["partnership"]
    assert [(p.paragraph_ids, p.pinned, p.label) for p in points] == [
        (("alpha-p2",), True, "Alpha's claim alone"),
        (("beta-p1",), False, None),
    ]


def test_nearest_links_that_add_an_essay_stop_at_most_those_that_replace_an_answer_stay():
    essays = ["a", "a", "b", "c", "d", "e", "f"]
    code = {essay: k for k, essay in enumerate(dict.fromkeys(essays))}
    own_answer = np.zeros((len(essays), len(code)), dtype=bool)
    own_answer[0, [code["b"], code["c"], code["d"]]] = True  # row 0 answers in 3 essays already
    links = [(0, 3, 0.5), (0, 4, 0.4), (0, 5, 0.9), (0, 6, 0.8), (1, 2, 0.3)]
    mine, theirs, scores = (np.array(side) for side in zip(*links))
    assert within_most(mine, theirs, scores, own_answer, code, essays) == [
        (0, 3, 0.5),  # in place of its answer in c
        (0, 4, 0.4),  # and in d
        (0, 5, 0.9),  # e: one more essay, the closest; f would make five
        (1, 2, 0.3),
    ]
    assert MOST == 4
    empty = np.array([], dtype=int)
    assert within_most(empty, empty, np.array([]), own_answer, code, essays) == []
