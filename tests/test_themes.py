"""`themes.yml` validation: every problem at its file and line, the good themes kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.errors import SynopticError
from synoptic.load import load_collection
from synoptic.themes import load_themes

DATA = Path(__file__).parent / "data"
THEMES = DATA / "align"


@pytest.fixture(scope="module")
def fixture_collection():
    collection, _ = load_collection(DATA / "sources" / "essays")
    return collection


def test_valid_file_gives_themes_and_no_problems(fixture_collection):
    themes, problems = load_themes(THEMES / "themes.yml", fixture_collection)
    assert problems == []
    assert [t.id for t in themes] == ["partnership", "economy"]
    economy = themes[1]
    assert economy.label == "Energy and trade"
    assert economy.keywords == ("energy", "trade")
    assert economy.pin == ("beta-p2",)
    assert economy.exclude == ("alpha-p3",)
    assert economy.line == 7  # its "- id: economy" line
    assert not economy.discovered


def test_each_problem_is_reported_at_its_line(fixture_collection):
    _, problems = load_themes(THEMES / "errors.yml", fixture_collection)
    found = [(p.line, p.message.split(";")[0]) for p in problems]
    assert found == [
        (5, "unknown theme key 'colour'"),
        (6, "'pin:' names paragraph 'alpha-p99', which no edition has"),
        (7, "paragraph 'alpha-p2' is both pinned to and excluded from theme 'partnership'"),
        (8, "duplicate theme id 'partnership' (first defined on line 2)"),
        (
            11,
            "theme id 'Bad_Id' must be lower-case letters, digits and hyphens (e.g. "
            "'regime-security')",
        ),
        (
            14,
            "label of theme 'no-label' is missing: a few words naming the theme (the theme "
            "is left out meanwhile)",
        ),
        (
            18,
            "description of theme 'empty-description' is missing: a sentence or two on what "
            "the theme covers (the theme is left out meanwhile)",
        ),
        (
            22,
            "pin of theme 'scalar-pin' must be a list, e.g. pin: [rumer-2017-p2, "
            "gigitashvili-2016-p4]",
        ),
        (23, "unknown top-level key 'extra'"),
    ]
    assert all(Path(p.path) == THEMES / "errors.yml" for p in problems)


def test_recoverable_problems_leave_the_rest_usable(fixture_collection):
    themes, _ = load_themes(THEMES / "errors.yml", fixture_collection)
    assert [t.id for t in themes] == ["partnership", "scalar-pin"]
    partnership = themes[0]
    # The unknown id is dropped; the conflicting id stays excluded and is no longer pinned.
    assert partnership.pin == ()
    assert partnership.exclude == ("beta-p1", "alpha-p2")
    assert themes[1].pin == ()


@pytest.mark.parametrize(
    "name, line, message",
    [
        ("malformed.yml", 4, "malformed YAML"),
        ("not-a-list.yml", 1, "'themes:' must be a list of themes"),
    ],
)
def test_unusable_file_raises_with_line(fixture_collection, name, line, message):
    with pytest.raises(SynopticError) as raised:
        load_themes(THEMES / name, fixture_collection)
    assert raised.value.line == line
    assert message in raised.value.message


def test_project_themes_are_valid(collection):
    themes, problems = load_themes(
        Path(__file__).parent.parent / "sources" / "themes.yml", collection
    )
    assert problems == []
    assert 8 <= len(themes) <= 12
