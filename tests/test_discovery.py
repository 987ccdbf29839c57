"""Discovered themes: labels a reader understands, `themes suggest` and its round trip, and
nearest passages in discovery mode."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from synoptic import counterparts
from synoptic.__main__ import main
from synoptic.align import align
from synoptic.evaluate import nearest_neighbours, parse_gold, score_alignment
from synoptic.load import load_collection
from synoptic.model import Alignment, Theme, ThemeAssignment
from synoptic.suggest import suggest_themes
from synoptic.themes import load_themes

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
COLLECTION_B = DATA / "collection_b"


@pytest.fixture(scope="module")
def collection_b():
    collection, problems = load_collection(COLLECTION_B / "essays")
    assert not problems
    return collection


@pytest.fixture(scope="module")
def discovered_b(collection_b):
    return align(collection_b, None)


def test_labels_are_phrases_not_subject_words(discovered_b):
    labels = [theme.label for theme in discovered_b.themes]
    assert any("loading bays" in label.lower() for label in labels), labels
    for theme in discovered_b.themes:
        assert theme.label[0].isupper()
        assert 1 <= len(theme.label.split(", ")) <= 2  # "A, B and C" or "A and B" or "A"
        # The subject of every essay names no theme.
        assert "car lanes" not in theme.label.lower() and "bus lanes" not in theme.label.lower()
    phrases = [k for theme in discovered_b.themes for k in theme.keywords if " " in k]
    assert len(phrases) >= len(discovered_b.themes)  # phrases come first where there are any


def test_descriptions_list_the_paragraphs_by_short_name_and_number(discovered_b):
    for theme in discovered_b.themes:
        assert theme.description.startswith("Gathers ")
        assert any(
            name in theme.description
            for name in ("Ferreira 2024 ¶", "Pettifer 2024 ¶", "Reinholt 2024 ¶")
        )
    first = discovered_b.themes[0].description
    assert "¶2" in first  # Ferreira's safety paragraph, with the safety cluster


def test_suggest_round_trips_through_load_themes(tmp_path, collection_b, discovered_b):
    text = suggest_themes(collection_b, discovered_b)
    path = tmp_path / "themes.yml"
    path.write_text(text, encoding="utf-8")
    themes, problems = load_themes(path, collection_b)
    assert problems == []
    assert [(t.id, t.label, t.description, t.keywords) for t in themes] == [
        (t.id, t.label, t.description, t.keywords) for t in discovered_b.themes
    ]
    for theme in themes:
        # Pins: one per essay, at most three, each on the theme as discovered.
        essays = [pid.rsplit("-p", 1)[0] for pid in theme.pin]
        assert 1 <= len(theme.pin) <= 3 and len(set(essays)) == len(essays)
        assert all(pid in discovered_b.paragraphs_on(theme.id) for pid in theme.pin)
    assert "# 0." in text and "# also on it:" in text  # scores for the editor


def test_suggest_survives_hostile_text(tmp_path, collection_b):
    hostile = 'a "quoted": label # not a comment\nthemes: [] \u2028 \\ end'
    theme = Theme("theme-1", hostile, hostile, keywords=(hostile, "]"), discovered=True)
    pid = next(iter(collection_b.paragraphs))
    alignment = Alignment([theme], {pid: [ThemeAssignment("theme-1", 0.3, False, ())]}, {})
    path = tmp_path / "themes.yml"
    path.write_text(suggest_themes(collection_b, alignment), encoding="utf-8")
    themes, problems = load_themes(path, collection_b)
    assert problems == []
    assert themes[0].keywords == (hostile, "]")  # as written, line breaks included
    assert themes[0].label == " ".join(hostile.split()) and themes[0].pin == (pid,)


def test_themes_suggest_command(capsys, tmp_path):
    assert main(["themes", "suggest", "--sources", str(COLLECTION_B)]) == 0
    out = capsys.readouterr().out
    assert yaml.safe_load(out)["themes"][0]["id"] == "theme-1"
    (tmp_path / "essays").mkdir()
    assert main(["themes", "suggest", "--sources", str(tmp_path)]) == 1
    assert "no editions" in capsys.readouterr().err


def test_nearest_passages_are_flagged_close_and_two_way(discovered_b):
    nearest = [
        (pid, r)
        for pid, by_essay in discovered_b.related.items()
        for passages in by_essay.values()
        for r in passages
        if r.nearest
    ]
    assert nearest  # the rule fires on this collection
    on = {pid: {a.theme_id for a in assigned} for pid, assigned in discovered_b.assignments.items()}
    for pid, passage in nearest:
        assert passage.theme_id is None and passage.point is None
        assert passage.score >= counterparts.NEAREST
        assert on[pid] and on[passage.paragraph_id]  # never a byline or a bio
        back = discovered_b.related[passage.paragraph_id][pid.rsplit("-p", 1)[0]]
        assert pid in [r.paragraph_id for r in back]


def test_no_nearest_passages_on_curated_themes():
    collection, _ = load_collection(ROOT / "sources" / "essays")
    themes, _ = load_themes(ROOT / "sources" / "themes.yml", collection)
    curated = align(collection, themes)
    assert not any(
        r.nearest
        for by_essay in curated.related.values()
        for passages in by_essay.values()
        for r in passages
    )


@pytest.mark.parametrize(
    "sources, gold",
    [
        (ROOT / "sources", DATA / "alignment_gold.yml"),
        (ROOT / "sources", DATA / "alignment_gold_b.yml"),
        (COLLECTION_B, COLLECTION_B / "gold.yml"),
    ],
)
def test_discovery_counterparts_never_worse_than_nearest_neighbours(sources, gold):
    # TF-IDF alone on both sides (no embeddings): the figures of docs/new-collection.md.
    collection, _ = load_collection(sources / "essays")
    labels = parse_gold(yaml.safe_load(gold.read_text(encoding="utf-8")))
    essay_of = {pid: p.essay_id for pid, p in collection.paragraphs.items()}
    _, discovered = score_alignment(align(collection, None), labels, essay_of)
    _, nearest = score_alignment(nearest_neighbours(collection), labels, essay_of, links=True)
    assert discovered.all >= nearest.all
