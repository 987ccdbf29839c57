"""The aligner on the fixture essays (alpha, beta) and on the project's own essays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from synoptic.align import align
from synoptic.discovery import best_clustering
from synoptic.load import load_collection
from synoptic.themes import load_themes

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def fixture_collection():
    collection, _ = load_collection(DATA / "sources" / "essays")
    return collection


@pytest.fixture(scope="module")
def fixture_themes(fixture_collection):
    themes, problems = load_themes(DATA / "align" / "themes.yml", fixture_collection)
    assert problems == []
    return themes


@pytest.fixture(scope="module")
def project_themes(collection):
    themes, _ = load_themes(Path(__file__).parent.parent / "sources" / "themes.yml", collection)
    return themes


@pytest.fixture(scope="module")
def essays_curated(collection, project_themes):
    return align(collection, project_themes)


@pytest.fixture(scope="module")
def essays_discovered(collection):
    return align(collection, None)


def reading_order(collection) -> list[str]:
    return [p.id for e in collection.essays for p in e.paragraphs]


def on(alignment, pid: str) -> dict[str, bool]:
    """Theme id → curated, for the themes of one paragraph."""
    return {a.theme_id: a.curated for a in alignment.assignments[pid]}


def test_the_rule_assigns_by_shared_words(fixture_collection, fixture_themes):
    alignment = align(fixture_collection, fixture_themes)
    assert on(alignment, "alpha-p2") == {"partnership": False}
    assert on(alignment, "beta-p1") == {"partnership": False}
    assert on(alignment, "alpha-p4") == {}  # shares no word with any theme


def test_pins_assign_whatever_the_score(fixture_collection, fixture_themes):
    alignment = align(fixture_collection, fixture_themes)
    # beta-p2 ("okapi narwhal words") shares nothing with "energy and trade"; it is pinned.
    assert on(alignment, "beta-p2") == {"economy": True}
    unpinned = [dataclasses.replace(t, pin=()) for t in fixture_themes]
    assert on(align(fixture_collection, unpinned), "beta-p2") == {}


def test_excludes_remove_what_the_rule_assigns(fixture_collection, fixture_themes):
    alignment = align(fixture_collection, fixture_themes)
    assert "economy" not in on(alignment, "alpha-p3")
    unexcluded = [dataclasses.replace(t, exclude=()) for t in fixture_themes]
    assert on(align(fixture_collection, unexcluded), "alpha-p3") == {"economy": False}


def test_assignments_explain_themselves(fixture_collection, fixture_themes):
    assignment = align(fixture_collection, fixture_themes).assignments["alpha-p2"][0]
    assert 0 < assignment.score <= 1
    assert {"partnership", "genuine", "strategic"} <= set(assignment.terms)


@pytest.mark.parametrize("with_themes", [True, False])
def test_every_paragraph_is_present_in_reading_order(
    fixture_collection, fixture_themes, with_themes
):
    alignment = align(fixture_collection, fixture_themes if with_themes else None)
    assert list(alignment.assignments) == reading_order(fixture_collection)
    assert list(alignment.related) == reading_order(fixture_collection)
    assert alignment.paragraphs_on(alignment.themes[0].id) == [
        pid
        for pid in reading_order(fixture_collection)
        if pid in alignment.paragraphs_on(alignment.themes[0].id)
    ]


def test_related_passages_come_from_the_other_essays_only(collection, essays_discovered):
    essay_of = {pid: p.essay_id for pid, p in collection.paragraphs.items()}
    for pid, by_essay in essays_discovered.related.items():
        others = {e.id for e in collection.essays} - {essay_of[pid]}
        assert set(by_essay) == others
        for essay, passages in by_essay.items():
            # Its own choice (a nearest passage may stand before it); then replies.
            assert sum(not r.reply and not r.nearest for r in passages) <= 1
            assert all(essay_of[r.paragraph_id] == essay == r.essay_id for r in passages)


def test_a_counterpart_on_a_shared_theme_comes_first(fixture_collection, fixture_themes):
    related = align(fixture_collection, fixture_themes).related
    first = related["beta-p1"]["alpha"][0]
    assert first.paragraph_id == "alpha-p2"
    assert "partnership" in first.terms
    assert "beta" not in related["beta-p1"]


def test_counterparts_share_a_theme_or_there_are_none(fixture_collection, fixture_themes):
    related = align(fixture_collection, fixture_themes).related
    # beta-p2 is on "economy", and no passage of alpha is: a nearest wording there would be on
    # another subject, so none is offered.
    assert related["beta-p2"] == {"alpha": []}
    assert related["alpha-p4"] == {"beta": []}  # on no theme, so related to nothing


@pytest.mark.parametrize("discovered", [False, True])
def test_every_counterpart_shares_a_theme_on_the_essays(
    collection, essays_curated, essays_discovered, discovered
):
    alignment = essays_discovered if discovered else essays_curated
    themes = {
        pid: {a.theme_id for a in assigned} for pid, assigned in alignment.assignments.items()
    }
    offered = 0
    for pid, by_essay in alignment.related.items():
        for passages in by_essay.values():
            # In discovery mode a nearest passage is flagged as such, not on a theme.
            assert all(themes[pid] & themes[r.paragraph_id] for r in passages if not r.nearest), pid
            # Its own choice first, then the passages that chose it (replies).
            assert [r.reply for r in passages] == sorted(r.reply for r in passages)
            offered += len(passages)
    assert offered > len(alignment.related)  # not vacuous


def test_discovery_finds_labelled_themes_across_essays():
    # Two short essays on the same two subjects, energy and arms, in their own words.
    collection, _ = load_collection(DATA / "align" / "essays")
    alignment = align(collection, None)
    assert len(alignment.themes) >= 2
    assert [t.id for t in alignment.themes] == [
        f"theme-{n}" for n in range(1, len(alignment.themes) + 1)
    ]
    for theme in alignment.themes:
        assert theme.discovered and theme.label and theme.keywords
        assert {pid.split("-")[0] for pid in alignment.paragraphs_on(theme.id)} == {
            "north",
            "south",
        }
    energy = alignment.paragraphs_on("theme-1")
    assert energy == ["north-p1", "north-p3", "south-p1", "south-p3"]
    assert "gas" in next(t for t in alignment.themes if t.id == "theme-1").label.lower()


def test_discovery_with_fewer_terms_than_topics_tried():
    # Nine paragraphs over three terms: no more than three topics can be tried.
    vectors = csr_matrix(
        np.array(
            [
                [1, 0, 0],
                [0, 1, 0],
                [0, 0, 1],
                [1, 1, 0],
                [0, 1, 1],
                [1, 0, 1],
                [1, 1, 1],
                [2, 0, 1],
                [0, 2, 1],
            ],
            dtype=float,
        )
    )
    labels = best_clustering(vectors)
    assert len(labels) == 9 and 1 <= len(set(labels)) <= 3


def test_discovery_on_the_essays_crosses_essays(essays_discovered):
    assert 2 <= len(essays_discovered.themes) <= 8
    essays_per_theme = [
        {pid.rsplit("-p", 1)[0] for pid in essays_discovered.paragraphs_on(t.id)}
        for t in essays_discovered.themes
    ]
    assert any(len(essays) >= 2 for essays in essays_per_theme)


def test_same_input_same_output(collection, project_themes, essays_curated, essays_discovered):
    assert align(collection, project_themes) == essays_curated
    assert align(collection, None) == essays_discovered


def test_bylines_and_epigraphs_stay_off_themes(essays_curated):
    for pid in ("gigitashvili-2016-p1", "gigitashvili-2016-p2", "rumer-2017-p4"):
        assert essays_curated.assignments[pid] == [], pid
