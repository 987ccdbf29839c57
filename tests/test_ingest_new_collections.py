"""Ingest on held-out collections: E's to J's raw texts give their editions.

Collections E (water pricing), F (restitution of museum objects) and G (a four-day school week)
were written blind, each with raw texts in shapes of its own (tests/data/collection_*/README.md).
Their editions were made from the clean texts. On first contact ingest made 32 of E's 34
paragraphs and 31 of F's 36, and took E's web page for its menu (its title was "Skip to main
content"); then G, after the rules that came of E and F: 34 of 36 paragraphs exact with four
footers and a title, a byline and a caption left as paragraphs, and a breadcrumb for a title
(G psi's headline ends in a stop, which even its clean text could not pass). Collection I
(holiday lets) brought three more shapes: a CRLF PDF with its notes at the feet of pages,
ligatures and a title over two lines, a lynx dump, an e-mail newsletter with a pull quote (its
clean text, in Markdown's shapes, was not read right either); on first contact 17 of its 33
paragraphs were exact, now 30 (the other 3 differ only where the raw text sets a no-break space
the clean text lacks). Collection J (a maternity unit's closure) brought a two-column journal
PDF, a newsletter post copied from a browser and a word processor's export: on first contact
28 of its 33 paragraphs were exact, with no author or date read and the page's chrome, the
comments and the journal's head kept; now all 33, every title, author and date read (mu's title
in the capitals its raw text sets, its headings numbered as it numbers them). Collection L's lb,
a Medium post copied from a browser (each of the site's spans on a line of its own), kept 12
lines of the site as paragraphs and 12 as headings on first contact, its title read as "Open in
app", no author, and a teaser's date; now its 11 paragraphs and 3 headings alone, the title,
author and date read, and 97 lines of the site listed. The rules that
came of each are in docs/editions.md. What no layout shows is left, and the report must name it.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from synoptic.ingest import ingest_file
from test_ingest_collection_b import assert_editors_edition, edition_parts

DATA = ROOT / "tests" / "data"
# Raw lines after which the editor's paragraph ends where the layout shows no end.
UNSEEN = {
    ("e", "omicron"): [],
    ("e", "pi"): [],
    ("e", "rho"): [],
    ("f", "sigma"): [],
    ("f", "tau"): [],
    ("f", "upsilon"): [28],
    ("g", "chi"): [],
    ("g", "psi"): [],
    ("g", "omega"): [],
    ("h", "bet"): [],
    ("i", "iota"): [],
    ("i", "kappa"): [],  # lynx sets a blank line between paragraphs
    ("i", "lambda"): [],
    ("j", "mu"): [],
    ("j", "nu"): [],
    ("j", "xi"): [],
    ("l", "lb"): [],
}
# What the raw text prints otherwise than the clean text the edition was made from: iota's PDF
# and lambda's newsletter set a no-break space before `%` and after `£` (kept as a space: a
# space is the raw text's character) and iota's, its notes standing at the feet of pages,
# prints no `Notes` heading.
UNPRINTED = {
    ("i", "iota"): {"38%": "38 %", "## Notes": ""},
    ("i", "lambda"): {"1%": "1 %", "0.8%": "0.8 %", "£2": "£ 2"},
    # mu's word processor numbers its headings and sets a rule, not `Notes`, above the notes
    ("j", "mu"): {
        "## Introduction": "## 1\\. Introduction",
        "## The arithmetic of skill": "## 2\\. The arithmetic of skill",
        "## Making the journey safe": "## 3\\. Making the journey safe",
        "## Notes": "",
    },
}
# The editions were made from the clean texts, which lack the web page's © line or masthead.
FROM_RAW = {
    ("e", "rho"): {"publisher": "The Basin Courier"},
    ("g", "psi"): {"publisher": "The Ashford Bend Courier"},
    ("i", "kappa"): {"publisher": "Aldermouth Echo"},  # named by the masthead
    ("i", "lambda"): {"publisher": "THE QUAYSIDE LETTER"},
    ("j", "mu"): {"title": "FEWER UNITS, SAFER BIRTHS: THE CASE FOR CONSOLIDATION"},  # in capitals
}
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
    ("g", "chi"): [
        f"THE ASHFORD BEND LEDGER | Opinion                       page {n} of 4"
        for n in range(1, 5)
    ],
    ("g", "psi"): [
        "The Ashford Bend Courier",
        "Home   Local   Schools   Opinion   Sports   Obituaries   Sign in",
        "Opinion > Guest Columns > Education",
        "Listen · 6 min",
        "Parents collect children at Linden Street Elementary on Ashford Bend's east side."
        " Photo: Carla Mendes / The Ashford Bend Courier",
        "Most read",
        "City council delays vote on Eastgate bus depot",
        "Kessler County raises starting teacher pay for third year running",
        "Weekend forecast: ice storm expected across the valley",
        "Letters: The four-day week and the rest of us",
        "Share   Facebook   X   Email   Copy link",
    ],
    ("g", "omega"): [f"- {n} -" for n in range(1, 7)],
    ("h", "alef"): ["1", "2", "3"],
    ("h", "bet"): ["PELLOW    Below the Waterline"] * 3,
    ("h", "gimel"): [
        "The Brennock Courier",
        "Skip to content",
        "Opinion | Coast and Community",
        "Share this",
        "Related",
        "Fishermen's cooperative votes to oppose Skerrow Bank wind farm as construction timetable"
        " is confirmed",
        "Brennock hoteliers report their worst winter season in a decade as two seafront hotels"
        " close",
        "Town museum opens new exhibition of Agnes Trewin seascapes painted from her Quay Street"
        " window",
        "Comments (14)",
    ],
    ("i", "iota"): ["1", "2", "3"],  # its notes are moved, not removed
    ("i", "kappa"): [
        "* [1]Home  * [2]News  * [3]Opinion  * [4]Business  * [5]Events",
        "* [6]Contact",
        "Aldermouth Echo | Opinion | Tuesday 10 March 2026",
        "[12]Back to Opinion  [13]Share this article",
        "References",
        "1. https://www.aldermouthecho.co.uk/",
        "2. https://www.aldermouthecho.co.uk/news/",
        "3. https://www.aldermouthecho.co.uk/opinion/",
        "4. https://www.aldermouthecho.co.uk/business/",
        "5. https://www.aldermouthecho.co.uk/events/",
        "6. https://www.aldermouthecho.co.uk/contact/",
        "7. https://www.aldermouthecho.co.uk/authors/gerald-penhallow/",
        "8. https://www.aldermouth.gov.uk/visitor-economy-review-2025.pdf",
        "9. https://www.aldermouthregatta.org.uk/",
        "10. https://www.aldermouth.gov.uk/planning/enforcement/",
        "11. https://www.aldermouthecho.co.uk/news/2026/02/visitor-levy-explained/",
        "12. https://www.aldermouthecho.co.uk/opinion/",
        "13. https://www.aldermouthecho.co.uk/share?article=keep-the-historic-quarter-open",
    ],
    ("i", "lambda"): [
        "View this email in your browser",
        "THE QUAYSIDE LETTER — Aldermouth University Policy Forum — Issue 42",
        "“The honest answer is that a cap is a blunt instrument aimed at a real problem.”",
        "———",
        "You are receiving this email because you signed up for The Quayside Letter from the"
        " Aldermouth University Policy Forum.",
        "Unsubscribe | Update preferences",
        "Aldermouth University Policy Forum, 2 College Row, Aldermouth AM1 4QR, United Kingdom",
        "Forward to a friend",
    ],
    ("j", "mu"): ["__________"],
    ("j", "nu"): [
        "Sign in",
        "Subscribe",
        "Kestlemoor Birth Matters",
        "A midwife of nineteen years on what the closure plan would really cost our families",
        "Apr 9, 2026 · 6 min read",
        "♡ 214  💬 37  ↗ Share",
        "Thanks for reading Kestlemoor Birth Matters! Subscribe for free to receive new posts.",
        "Subscribe",
        "37 Comments",
        "Gwen Ashworth",
        "Apr 10",
        "I had my second at Kestlemoor and my first in the city. I know which one I would choose"
        " again.",
        "♡ 41  Reply",
        "Write a comment…",
        "© 2026 Bronwen Tallis · Privacy · Terms · Collection notice",
        "Start writing  Get the app",
    ],
    ("j", "xi"): ["RURAL HEALTH REVIEW · ESSAY"]
    + ["Rural Health Review · Vol. 12 · 2026"] * 4
    + [f"| {n}" for n in range(17, 21)],
}
# L's lb, a Medium post copied from a browser, a span a line: every line but the title (raw
# line 12), the byline (15: its repeat, the subtitle, the reading time, the counts, the author's
# card and the teasers go) and the text (35-61) is the site's, each one listed.
LB_KEPT = {12, 15, *range(35, 62)}
REMOVED["l", "lb"] = [
    line
    for number, line in enumerate(
        (DATA / "collection_l" / "raw" / "lb.txt").read_text("utf-8").split("\n"), start=1
    )
    if line.strip() and number not in LB_KEPT
]


@pytest.mark.parametrize(("collection", "name"), sorted(UNSEEN))
def test_ingest_makes_the_edition_but_what_no_layout_shows(collection: str, name: str) -> None:
    assert_editors_edition(
        DATA / f"collection_{collection}",
        name,
        UNSEEN[collection, name],
        from_raw=FROM_RAW.get((collection, name)),
        unprinted=UNPRINTED.get((collection, name)),
    )


@pytest.mark.parametrize(("collection", "name"), sorted(REMOVED))
def test_lines_not_the_essay_s_are_removed_and_each_listed(collection: str, name: str) -> None:
    made = ingest_file(DATA / f"collection_{collection}" / "raw" / f"{name}.txt", name)
    assert sorted(item.text for item in made.report.removed) == sorted(REMOVED[collection, name])
    comments = made.edition.split("\n---\n", 1)[0]  # the report, for the editor
    for item in made.report.removed:
        assert re.search(rf"{re.escape(repr(item.text))} \(lines? [\d, ]*\b{item.line}\b", comments)


def test_collection_h_held_out_against_every_rule_of_this_round() -> None:
    # H came last and changed nothing: its raw texts give the editions but for what a faithful
    # edition keeps of the raw text: alef's headings in the capitals its PDF sets them in, and
    # gimel's standfirst (a sentence of the publication's under the title), kept as a paragraph
    # for the editor to keep or delete.
    folder = DATA / "collection_h"
    for name, first in (("alef", None), ("gimel", "A historian and Visitor Board member weighs")):
        meta, blocks = edition_parts(ingest_file(folder / "raw" / f"{name}.txt", name).edition)
        want_meta, want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))
        assert meta["title"] == want_meta["title"] and meta["author"] == want_meta["author"]
        if first:
            assert blocks.pop(0).startswith(first)
        assert [b.lower() if b.startswith("#") else b for b in blocks] == [
            b.lower() if b.startswith("#") else b for b in want
        ]
