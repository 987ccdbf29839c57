"""Lead-ins: a paragraph ending in a colon and the block it introduces stay together
(synoptic/leadins.py, align.assign, points.group)."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.align import align
from synoptic.leadins import lead_ins
from synoptic.load import load_collection
from synoptic.model import Theme

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module", name="collection_m")
def fixture_collection_m():
    return load_collection(DATA / "collection_m" / "essays")[0]


def test_a_paragraph_ending_in_a_colon_introduces_the_next_under_its_heading(collection_m):
    introduced = lead_ins(collection_m)
    assert introduced == {"mb-p8": "mb-p9"}  # "… put it to me better than I can:"
    assert collection_m.paragraphs["mb-p8"].text.endswith("better than I can:")


@pytest.mark.parametrize(
    "folder, lead, quoted",
    [("collection_m", "mb-p8", "mb-p9"), ("collection_oo", "ic-p7", "ic-p8")],
)
def test_discovery_sets_a_lead_in_on_its_quotations_themes_and_in_its_rows(folder, lead, quoted):
    # As they were: m's in two rows of one theme, the quotation with another essay's passage;
    # oo's on two themes ("Its third principle reads:" on one, the principle on another).
    collection = load_collection(DATA / folder / "essays")[0]
    alignment = align(collection, None)
    themes = {a.theme_id for a in alignment.assignments[lead]}
    assert themes and themes == {a.theme_id for a in alignment.assignments[quoted]}
    for theme in themes:
        rows = [p.paragraph_ids for p in alignment.points[theme] if lead in p.paragraph_ids]
        assert len(rows) == 1 and quoted in rows[0], theme


def test_an_editors_pin_and_exclude_hold_for_a_lead_in(collection_m):
    themes = [
        Theme("said", "Residents' words", "What residents said.", pin=("mb-p9",)),
        Theme("kept", "Kept apart", "Another.", pin=("mb-p9",), exclude=("mb-p8",)),
    ]
    assignments = align(collection_m, themes).assignments
    assert "said" in {a.theme_id for a in assignments["mb-p8"]}  # drawn by its quotation
    assert not any(a.curated for a in assignments["mb-p8"])  # not pinned itself
    assert "kept" not in {a.theme_id for a in assignments["mb-p8"]}  # the editor's exclude


def test_a_chain_of_lead_ins_shares_its_themes_whole(tmp_path):
    # `A:` over `B:` over C: A takes C's themes too (review 34: pairs alone left A without)
    essays = tmp_path / "essays"
    essays.mkdir()
    front = (
        "---\nid: {id}\ntitle: T\nauthor: A B\ndate: 2020\npublisher: unknown\nurl: unknown\n"
        "raw: unknown\nsummary: unknown\n---\n\n"
    )
    (essays / "e.md").write_text(
        front.format(id="e")
        + "{#e-p1}\nThe council wrote this:\n\n{#e-p2}\nAnd the board replied:\n\n"
        + "{#e-p3}\nNo money for the harbour wall.\n",
        encoding="utf-8",
    )
    (essays / "f.md").write_text(
        front.format(id="f") + "{#f-p1}\nThe harbour wall needs money.\n", encoding="utf-8"
    )
    collection = load_collection(essays)[0]
    themes = [
        Theme("asked", "Asked", "What was asked.", pin=("e-p1",)),
        Theme("money", "Money", "The wall's money.", pin=("e-p3", "f-p1")),
    ]
    assignments = align(collection, themes).assignments
    on = {pid: {a.theme_id for a in assignments[pid]} for pid in ("e-p1", "e-p2", "e-p3")}
    assert on == {pid: {"asked", "money"} for pid in on}
