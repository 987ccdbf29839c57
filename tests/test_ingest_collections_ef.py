"""Ingest on two more held-out collections: E's and F's raw texts give their editions.

Collections E (water pricing) and F (restitution of museum objects) were written blind, each
with raw texts in shapes of its own (tests/data/collection_{e,f}/README.md). Their editions
were made from the clean texts. On first contact ingest made 32 of E's 34 paragraphs and 31 of
F's 36, and took E's web page for its menu: its title was "Skip to main content". Four rules
came of it (docs/editions.md): a running head seen twice beside page numbers, a byline and date
on one line, a menu bar and the headlines under "More from …", the author's bio after a full
line. What no layout shows is left, and the report must name it.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from synoptic.ingest import ingest_file
from test_ingest_collection_b import assert_editors_edition

DATA = ROOT / "tests" / "data"
# Raw lines after which the editor's paragraph ends where the layout shows no end.
UNSEEN = {
    ("e", "omicron"): [],
    ("e", "pi"): [],
    ("e", "rho"): [],
    ("f", "sigma"): [],
    ("f", "tau"): [],
    ("f", "upsilon"): [28],
}
# The editions were made from the clean texts, which lack the web page's © line.
FROM_RAW = {("e", "rho"): {"publisher": "The Basin Courier"}}
REMOVED = {
    ("e", "omicron"): ["LET THE PRICE TELL THE TRUTH ABOUT THE RESERVOIR"] * 2 + ["1", "2", "3"],
    ("e", "pi"): [str(n) for n in range(1, 6)],
    ("e", "rho"): [
        "Skip to main content",
        "The Basin Courier",
        "Home   News   Opinion   Environment   Sport   Events   Subscribe   Sign in",
        "Home > Opinion > Environment > Water",
        "5 min read",
        "Photo: Seedling trays under a shade net at a nursery near Dunmere, September 2026."
        " (The Basin Courier / Ruth Hale)",
        "Share this article",
        "Facebook   X   WhatsApp   Email   Copy link",
        "More from Opinion",
        "Why the Tarrow pipeline will not arrive in time",
        "Letters: Our allotments are drying out, and nobody at the Board is listening",
        "The case for a basin-wide hosepipe ban this spring",
        "Esterhill's empty fountains are a warning, not a gesture",
        "Newsletter: Get the Courier's opinion pieces every Friday",
        # the © line stays for the front matter: it names the publisher
    ],
    ("f", "sigma"): ["Page 1", "Page 2", "Page 3"]
    + ["CARE BEFORE CEREMONY: THE ASHEMBE REGALIA AND THE CASE FOR A LONG-TERM LOAN"] * 2,
    ("f", "tau"): [str(n) for n in range(1, 6)],
    ("f", "upsilon"): [],
}


@pytest.mark.parametrize(("collection", "name"), sorted(UNSEEN))
def test_ingest_makes_the_edition_but_what_no_layout_shows(collection: str, name: str) -> None:
    assert_editors_edition(
        DATA / f"collection_{collection}",
        name,
        UNSEEN[collection, name],
        from_raw=FROM_RAW.get((collection, name)),
    )


@pytest.mark.parametrize(("collection", "name"), sorted(REMOVED))
def test_lines_not_the_essay_s_are_removed_and_each_listed(collection: str, name: str) -> None:
    made = ingest_file(DATA / f"collection_{collection}" / "raw" / f"{name}.txt", name)
    assert sorted(item.text for item in made.report.removed) == sorted(REMOVED[collection, name])
