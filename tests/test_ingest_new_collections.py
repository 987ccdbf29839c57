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
from pathlib import Path

import pytest

from conftest import ROOT
from synoptic.chapterfront import CHAPTER_NUMBER_LINE, HEADNOTE
from synoptic.errors import SynopticError
from synoptic.furniture import PAGE_NUMBER, RUNNING_HEAD
from synoptic.ingest import ingest_file
from synoptic.manuscriptfront import DRAFT_BANNER, WORD_COUNT_LINE
from synoptic.raisedmarkers import RAISED_MARKER
from test_ingest_collection_b import assert_editors_edition, edition_parts, joined_at

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
        "A historian and Visitor Board member weighs the view against the warming sea, and finds"
        " she cannot yet choose.",
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
    # The byline without "By" and the draft's date are read, and listed: the post and the
    # draft's number are not kept.
    ("j", "mu"): [
        "__________",
        "Dr Helena Marsh, Consultant Obstetrician, City General Hospital",
        "Draft 3 — 14 April 2026",
    ],
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
    ("j", "xi"): ["RURAL HEALTH REVIEW · ESSAY", "Received 2 May 2026"]
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
    # edition keeps of the raw text: alef's headings in the capitals its PDF sets them in.
    # gimel's standfirst (a sentence of the publication's under the title) was kept as a
    # paragraph until collection K's news page had one too: it is the site's summary, removed
    # and listed (webinserts.py). alef's `photo-` / `montages` keeps its hyphen: both are
    # English words, the joined word is none LemmInflect knows; the report names it.
    folder = DATA / "collection_h"
    for name in ("alef", "gimel"):
        made = ingest_file(folder / "raw" / f"{name}.txt", name)
        meta, blocks = edition_parts(made.edition)
        want_meta, want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))
        if name == "alef":
            want = [block.replace("photomontages", "photo-montages") for block in want]
            assert any("kept (photo-montages)" in shape for shape in made.report.shapes)
        assert meta["title"] == want_meta["title"] and meta["author"] == want_meta["author"]
        assert [b.lower() if b.startswith("#") else b for b in blocks] == [
            b.lower() if b.startswith("#") else b for b in want
        ]


# Collections K (a mine-water heat network) and L (demand-responsive rural buses), written blind
# on 2026-12-04 (their READMEs' "First contact"). On first contact, the two PDF texts were
# refused for their form feeds; once read, 63 of 72 paragraphs were exact. Now, lb aside, 58 of
# 61: what still differs is recorded here. Their raw texts print typographic quotes where the
# clean texts have straight ones (the raw text's characters are kept).
CURLY = {"'": "’"}
UNSEEN_KL = {
    ("k", "ka"): [123],  # p10 ends a page on a full line; p11 opens the next
    ("k", "kb"): [],
    ("k", "kc"): [],
    ("l", "la"): [],
}
UNPRINTED_KL = {
    # ka's notes stand at the feet of its pages and kc's under a rule: no `Notes` heading.
    ("k", "ka"): {**CURLY, "## Notes": ""},
    ("k", "kb"): {
        **CURLY,
        '"a like-for-like comparison"': "“a like-for-like comparison”",
        '"largely settled"': "“largely settled”",
    },
    ("k", "kc"): {**CURLY, "## Notes": ""},
    ("l", "la"): {},
}
FROM_RAW_KL = {("k", "kb"): {"publisher": "Hallowby Gazette Ltd"}}  # its © line names it

REMOVED_KL = {
    ("k", "kb"): [
        "By Janet Pellow | 17 February 2026 | 7 min read",  # read, its reading time listed
        "Skip to main content",
        "Hallowby Gazette",
        "Home  News  Opinion  Sport  Business  What’s On  Jobs  Sign in  Subscribe",
        "Home > Opinion > Local Voices",
        "Residents on Stanneth Row fear rising bills, ground movement and a forty-year contract"
        " with a single heat supplier.",
        "Share  Facebook  X  WhatsApp  Email  Copy link",
        "Image: The former Stanneth Colliery headgear on Colliery Lane, Hallowby. (Hallowby"
        " Gazette)",
        "Advertisement",
        "Read more: Council sets dates for Stanneth heat network exhibition",
        "Have your say: email letters@hallowbygazette.example with your views.",
        "Topics  Hallowby  Energy  Housing  Local Voices",
        "Related articles",
        "* Warmth from below? Council sets out engineering case for Stanneth heat network",
        "* Harle Beck clean-up: fifteen years on from the orange river",
        "* Colliery Terrace subsidence claims: what the records show",
        "* Letters: Our grandparents dug the coal, now let us use the water",
        "Comments (38)",
        "We use cookies to improve your experience, personalise content and ads, and analyse our"
        " traffic. You can accept all cookies or manage your preferences.",
        "Accept all  Reject non-essential  Manage preferences",
        "About us  Contact  Advertise  Privacy policy  Terms  Accessibility",
    ],
    ("l", "lc"): ["Castlemere Rural Mobility Working Papers 26/03"] * 3
    + ["Fairlie — Demand-responsive transport in Wenmoor"] * 2
    + ["1", "2", "3", "Dr Anneke Fairlie", "University of Castlemere"],
}


@pytest.mark.parametrize(("collection", "name"), sorted(UNSEEN_KL))
def test_collections_k_and_l_give_their_editions(collection: str, name: str) -> None:
    folder = DATA / f"collection_{collection}"
    summary = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))[0]["summary"]
    printed = UNPRINTED_KL[collection, name]
    for clean, raw in printed.items():  # the summary is the first paragraph's first sentence
        summary = summary.replace(clean, raw)
    from_raw = {**FROM_RAW_KL.get((collection, name), {}), "summary": summary}
    assert_editors_edition(
        folder, name, UNSEEN_KL[collection, name], from_raw=from_raw, unprinted=printed
    )


@pytest.mark.parametrize(("collection", "name"), sorted(REMOVED_KL))
def test_collections_k_and_l_lines_not_the_essay_s(collection: str, name: str) -> None:
    made = ingest_file(DATA / f"collection_{collection}" / "raw" / f"{name}.txt", name)
    assert sorted(item.text for item in made.report.removed) == sorted(REMOVED_KL[collection, name])


def test_collection_l_working_paper_lost_its_paragraph_breaks() -> None:
    # lc: no blank line anywhere; its footer and running head removed, its notes read from
    # numbers glued to words (`replaced.1`, `£13.20.3`); the author's name with no `By` and an
    # affiliation above the date read as the front matter, the name confirmed by the author's
    # note (the honorific not kept). What still differs: the title's second line, which
    # nothing tells from a subtitle, stays a heading (warned of); p11 ends on a full line (raw
    # line 104, which the report names), so p12 joins it.
    folder = DATA / "collection_l"
    made = ingest_file(folder / "raw" / "lc.txt", "lc")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((folder / "essays" / "lc.md").read_text("utf-8"))
    first, second = (
        "Flexible by Design? What the Evidence Says About Demand-Responsive",
        "Transport in Wenmoor",
    )
    assert want_meta["title"] == f"{first} {second}" and meta["title"] == first
    assert meta["date"] == want_meta["date"] and want_meta["author"] == "Dr " + meta["author"]
    assert any(f"{second!r} (line 2): a title's second line" in w for w in made.report.warnings)
    raw = (folder / "raw" / "lc.txt").read_text("utf-8").split("\n")
    assert blocks[0] == f"## {second}"
    blocks = blocks[1:]
    assert blocks == joined_at(want, raw, [104]) and 104 in made.report.unseen


# Collection N (switching street lamps off at night), held out: an e-mail newsletter's plain
# text wrapped at 72 columns (na), a word processor's text a paragraph a line with no blank
# line at all (nb) and a pamphlet's OCR (nc). On first contact 22 of 32 paragraphs were exact
# (the same but for typography: 25), with na's title read as "View this email in your
# browser (https://…)", its masthead and its mailer's lines kept, nb's headings run into their
# paragraphs and nc's title, in capitals over two lines, a paragraph.
# What the raw text prints otherwise than the clean text: capitals, straight quotes and `--` for
# a dash (a typewriter's, kept: the raw text's characters), plain
# text's `*emphasis*`, a link's address after its words, `Endnotes`; and nb's heading that ends
# in a stop ("Who is out at 3 a.m."), which no layout tells from a paragraph of a line.
STRAIGHT = {" — ": " -- ", "“": '"', "”": '"', "’": "'"}
UNPRINTED_N = {
    "na": {
        "## The money": "## THE MONEY",
        "## Safety, climate and the night sky": "## SAFETY, CLIMATE AND THE NIGHT SKY",
        "## What we owe residents": "## WHAT WE OWE RESIDENTS",
        "## Notes": "## NOTES",
        "proposal is not.": "proposal is \\*not\\*.",
        "saving is real,": "saving is \\*real\\*,",
        "Restoring a dark sky": "Restoring a \\*dark sky\\*",
        "stretches of sky left": "stretches of sky"
        " \\<https://caldmoortrust.example.org/dark-sky-survey-2025> left",
        "committee report before": "committee report"
        " \\<https://fellbridge-tc.example.gov/meetings/env-2026-02-05/item-6.pdf> before",
    },
    "nb": {
        **STRAIGHT,
        "## Who is out at 3 a.m.": "Who is out at 3 a.m.",
        "## Notes": "## Endnotes",
    },
    "nc": STRAIGHT,  # and its title's capitals
}
FROM_RAW_N = {
    "na": {"publisher": "The Fellbridge Ledger"},  # the masthead, the © line
    "nc": {
        "title": "DIMMING, NOT DARKNESS: A MIDDLE WAY FOR FELLBRIDGE'S STREET LIGHTS",
        "author": "Ilse Varga",
    },
}


@pytest.mark.parametrize("name", sorted(UNPRINTED_N))
def test_collection_n_gives_its_editions(name: str) -> None:
    folder = DATA / "collection_n"
    summary = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))[0]["summary"]
    printed = UNPRINTED_N[name]
    for clean, raw in printed.items():
        summary = summary.replace(clean, raw)
    from_raw = {**FROM_RAW_N.get(name, {}), "summary": summary}
    assert_editors_edition(folder, name, [], from_raw=from_raw, unprinted=printed)


# Collection M (a high street closed to traffic), held out: a `lynx -dump` of a news page (ma),
# a word processor's document converted by pandoc to Markdown (mb) and a report's text copied
# from a PDF viewer, no blank line anywhere, its notes in superscript digits at the feet of its
# pages (mc). On first contact 23 of 34 paragraphs were exact: ma's title read as its menu,
# its date row (`3 March 2026 | 6:00am | Comments (23)`), image and advertisement kept; mb's
# byline and date in emphasis, its `[^1]` notes and pandoc's escapes read as text; mc's
# `Page 1 of 3` footers kept and its notes left in its paragraphs.
UNPRINTED_M = {
    "ma": {},
    "mb": {"## Notes": "", "I have lived on": "> I have lived on"},  # pandoc sets no heading
    "mc": {"## Notes": ""},
}
FROM_RAW_M = {
    "ma": {
        "publisher": "Quillhaven Courier Media Ltd",  # the page's © line
        # its links into itself (`…#main`, `…#comments`), as lynx lists them
        "url": "https://www.quillhavencourier.co.uk/opinion/saddler-street-should-belong-to-people",
    }
}
# mc: a paragraph ends on a full line, and a mid-paragraph line ends in a stop (the writer's
# traps): the report names both lines.
UNSEEN_M = {"ma": [], "mb": [], "mc": [17, 20]}


@pytest.mark.parametrize("name", sorted(UNPRINTED_M))
def test_collection_m_gives_its_editions(name: str) -> None:
    folder = DATA / "collection_m"
    from_raw = FROM_RAW_M.get(name, {})
    assert_editors_edition(
        folder, name, UNSEEN_M[name], from_raw=from_raw, unprinted=UNPRINTED_M[name]
    )


# Collections O and P (an open-air pool reopened, twice over), held out: html2text's Markdown
# of a blog post (oa), docx2txt's text of a Word document (ob), a Notion page exported as
# Markdown (oc); an e-book anthology's essay by calibre (pa), a browser's reader view (pb) and
# `pdftotext -raw` of a two-column briefing (pc). On first contact 27 of 34 and 27 of 32
# paragraphs were exact: oa's title the site's name, its menu, byline (`Posted by … on` / the
# date), image, links and footnote links kept as text; oc's properties (`Tags:`, `Status:`)
# run into a paragraph, its callout's `<aside>` tags kept; pa's title the anthology's, its
# contents list a paragraph, its `* * *` section breaks paragraphs; pb's title, byline, reader
# view's `8–10 minutes` and the site's address one paragraph.
UNPRINTED_OP = {
    ("o", "oa"): {
        **CURLY,
        "memory is not sentimental": "memory is *not* sentimental",
        "The strongest case is about children.": "**The strongest case is about children.**",
        "the Brackenford Lido Trust,": "the **Brackenford Lido Trust**,",
        "without burning a drop of oil.": "*without burning a drop of oil*.",
    },
    ("o", "ob"): {**CURLY, "## Notes": ""},  # docx2txt: the notes under no heading
    ("o", "oc"): {"I live four doors": "> I live four doors"},  # a quotation, as Notion sets it
    ("p", "pa"): {"## Notes": "## NOTES"},
    ("p", "pb"): {},
}
FROM_RAW_OP = {
    ("o", "oa"): {"publisher": "Brackenford Lido Friends"},  # the © line
    ("p", "pa"): {"title": "THE CASE FOR REOPENING BRINDLECOMBE LIDO"},  # in capitals
}


@pytest.mark.parametrize(("collection", "name"), sorted(UNPRINTED_OP))
def test_collections_o_and_p_give_their_editions(collection: str, name: str) -> None:
    folder = DATA / f"collection_{collection}"
    assert_editors_edition(
        folder,
        name,
        [],
        from_raw=FROM_RAW_OP.get((collection, name)),
        unprinted=UNPRINTED_OP[collection, name],
    )


def test_collection_p_narrow_columns_hide_their_paragraph_ends() -> None:
    # pc: `pdftotext -raw` of a two-column paper, about 43 characters a line: a sentence ends
    # on a full line at most paragraph ends, and the report names every such line (7, of which
    # 3 are the paragraphs' ends); its notes, headings and furniture are read right.
    # `open-` / `water` keeps its hyphen (both are English words, `openwater` none), and the
    # report names it among the hyphens kept.
    folder = DATA / "collection_p"
    made = ingest_file(folder / "raw" / "pc.txt", "pc")
    # (its raw lines without the note numbers glued after a stop, `ends.2`, as the edition
    # sets them apart: `ends.[^2]`)
    text = (folder / "raw" / "pc.txt").read_text("utf-8")
    raw = [re.sub(r"(?<=[.!?])\d{1,3}$", "", line) for line in text.split("\n")]
    want = edition_parts((folder / "essays" / "pc.md").read_text("utf-8"))[1]
    want = [block.replace("## Notes", "## References") for block in want]  # as the paper heads them
    ends = [n for n in made.report.unseen if joined_at(want, raw, [n]) != want]
    assert edition_parts(made.edition)[1] == joined_at(want, raw, ends)
    assert len(made.report.unseen) == 7 and len(ends) == 3
    assert any("open-water" in shape for shape in made.report.shapes)


# Collections Q and R (a corn exchange made a market hall, then a repair workshop), held out:
# unrtf's text of an RTF file (qa), a preprint's `pdftotext` (qb), a Google Docs text with
# reviewers' comments left in (qc); a LinkedIn article (ra) and a Ghost post (rb) copied from a
# browser, LibreOffice's text of a DOCX with a list and a table (rc). On first contact 26 of 35
# and 30 of 31 paragraphs were exact: qa's unrtf header a paragraph and its title unknown,
# qc's comment markers and comments kept; ra's menu and ra's and rb's title, author and date
# not read (a profile's headline under the name; `NAME Mar 5, 2026 • 6 min read`), rb's
# sign-up box kept; ra's `+ Follow` under its date a heading.
UNPRINTED_QR = {
    ("q", "qa"): {**CURLY},
    ("q", "qc"): {**CURLY, "## Notes": ""},  # Google Docs sets a rule over its notes
    ("r", "ra"): {**CURLY},
    ("r", "rb"): {**CURLY, "’to be confirmed’": "‘to be confirmed’"},
}


@pytest.mark.parametrize(("collection", "name"), sorted(UNPRINTED_QR))
def test_collections_q_and_r_give_their_editions(collection: str, name: str) -> None:
    folder = DATA / f"collection_{collection}"
    meta = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))[0]
    printed = UNPRINTED_QR[collection, name]
    from_raw = {}
    for key in ("title", "summary"):  # as the raw text prints them
        value = str(meta[key])
        for clean, raw in printed.items():
            value = value.replace(clean, raw)
        from_raw[key] = value
    assert_editors_edition(folder, name, [], from_raw=from_raw, unprinted=printed)


def lists_joined_to_their_lead_in(blocks: list[str]) -> list[str]:
    """The blocks with each list joined to the block before it, its items' words after the
    lead-in's, as a clean text sets them (with no bullet, on lines of their own)."""
    joined: list[str] = []
    for block in blocks:
        if block.startswith("- "):
            items = [re.sub(r"^\s*- ", "", line) for line in block.split("\n")]
            joined[-1] = " ".join([joined[-1], *items])
        else:
            joined.append(block)
    return joined


@pytest.mark.parametrize(
    ("collection", "name", "unprinted"),
    [
        # rc's clean text's items start `- ` in lower case; rc's and wb's notes follow their
        # text with no heading
        ("r", "rc", {**CURLY, " - ": " ", "## Notes": ""}),
        ("w", "wb", {**CURLY, "## Notes": ""}),
        ("w", "wc", {**CURLY, '"very bad"': "“very bad”"}),
    ],
)
def test_a_list_after_its_lead_in_is_a_block_of_its_own(
    collection: str, name: str, unprinted: dict[str, str]
) -> None:
    # The clean texts' editions set a lead-in ("… the following conditions before it signs the
    # lease:") and its items as one paragraph, having no bullets; the raw texts' bullets
    # (rc's `•\t`, Google Docs' `●` in wb and wc) make a list, a block of its own after its
    # lead-in, nested where the bullets say (wb's `○` items under a `●` one).
    folder = DATA / f"collection_{collection}"
    blocks = edition_parts(ingest_file(folder / "raw" / f"{name}.txt", name).edition)[1]
    want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))[1]
    for clean, printed in unprinted.items():
        want = [b.replace(clean, printed) for b in want if printed or b != clean]
    lists = [block for block in blocks if block.startswith("- ")]
    assert len(lists) == 1 and blocks[blocks.index(lists[0]) - 1].endswith(":")
    assert lists_joined_to_their_lead_in(blocks) == want
    if name == "wb":
        assert "including\n    - the age of each child under sixteen\n    - proof" in lists[0]


# Preprints (collections Q and X, and Y, three papers written blind after the first rules:
# an arXiv preprint from LaTeX's article class, a working paper from Word, an Elsevier
# preprint). What the raw texts print that the clean texts leave out: the section numbers
# before the headings (ya's on lines of their own, which go), the source's `References` over
# its numbered notes (xc), a heading over the authors' biography (ya).
PREPRINT_HEADINGS = {
    ("q", "qb"): ["Introduction", "Costs the Business Case Leaves Out", "Who Carries the Risk"],
    ("x", "xc"): [
        "Introduction",
        "Evidence on outcomes, travel and cost",
        "Conditions for a safe transition",
    ],
    ("y", "ya"): [],
    ("y", "yb"): [
        "A flat fee for unequal lives",
        "Traffic that moved rather than vanished",
        "Revenue and consent",
    ],
    ("y", "yc"): [
        "What the sensors show",
        "Where the gains leak away",
        "Conditions for a permanent scheme",
    ],
}
YB_TITLE = "Who Pays at the Cordon? The Hidden Costs of Kessford’s Congestion Charge"
YB_SUMMARY = (
    "Kessford’s fourteen-month cordon trial is being presented as a success ahead of the June "
    "referendum."
)


@pytest.mark.parametrize(
    ("collection", "name", "unseen", "from_raw", "unprinted"),
    [
        # two paragraph ends on full lines (59, 88); the clean text's byline has a comma
        ("q", "qb", [59, 88], {"author": "Tobias Renfrew and Ilse Varga"}, {}),
        ("x", "xc", [], {}, {"## Notes": "## References"}),
        # `pre-` / `trial` rejoined: the lexicon knows "pretrial", and the report lists it
        ("y", "ya", [], {}, {"## Notes": "", "its pre-trial": "its pretrial"}),
        ("y", "yb", [], {"title": YB_TITLE, "summary": YB_SUMMARY}, {"## Notes": ""}),
        ("y", "yc", [], {}, {"## Notes": ""}),
    ],
)
def test_preprints_give_their_editions(
    collection: str, name: str, unseen: list[int], from_raw: dict, unprinted: dict
) -> None:
    # A preprint's front (a series' header, the title over two lines, the authors with their
    # affiliation marks glued, affiliations, date, `Abstract` alone or opening the abstract,
    # keywords, a series' notice, a biography in a note on the title page), the first page's
    # foot (notes on the authors, e-mail addresses, "Preprint submitted to …" and its date,
    # inside a paragraph that runs on to the next page), arXiv's stamp, notes at the pages'
    # feet (Elsevier's `1The …`), and a reference list by author and year
    numbered = {
        f"## {heading}": f"## {number}\\. {heading}"
        for number, heading in enumerate(PREPRINT_HEADINGS[collection, name], start=1)
    }
    assert_editors_edition(
        DATA / f"collection_{collection}",
        name,
        unseen,
        from_raw=from_raw,
        unprinted={**CURLY, **numbered, **unprinted},
        added=("## About the authors",),
    )


# Collections S (a railway line made a greenway) and T (fortnightly bins), held out: a JSTOR
# PDF's `pdftotext` (sa: a cover sheet, pages marked by form feeds, the download notice at each
# page's foot, notes at the pages' feet), a Word document saved as text (sb: BOM, CRLF, a tab
# before each paragraph), a WordPress page by `w3m -dump` (sc: skip link, tagline, breadcrumbs,
# "Posted on DATE by NAME", comments and their form); a Hugo post (ta: YAML front matter,
# `<!-- more -->`, a figure shortcode), a Pelican post in reStructuredText (tb), an e-mail
# forwarded twice with the essay quoted whole (tc). On first contact 26 of 33 and 18 of 31
# paragraphs were exact, and sa, sc, ta and tc had no title, author or date; now all 64 are,
# but tb's `*whether*`, kept as emphasis.
UNPRINTED_ST = {
    ("s", "sa"): {"## Notes": ""},  # its notes stand at the feet of its pages
    ("s", "sb"): {},
    ("s", "sc"): {},
    ("t", "ta"): {},
    ("t", "tb"): {"not whether they": "not *whether* they"},
    ("t", "tc"): {**CURLY},  # the mail program's apostrophes
}
FROM_RAW_ST = {
    ("s", "sa"): {"publisher": "Journal of Regional Planning Studies"},
    ("s", "sc"): {"publisher": "The Eskerby Lantern"},
    ("t", "tc"): {
        "summary": "Harrowmere’s plan to empty grey bins fortnightly and collect food weekly has "
        "split the district more sharply than any waste decision I can remember."
    },
}


# Collections U (village libraries closed) and V (rooftop solar in a listed quarter), held out:
# a news page printed from a browser to PDF (ua: the print header and footer, a cookie banner
# on every page, Most read, a sign-up box), an Outlook forward (ub: not quoted, a forwarder's
# note, a sign-off, an earlier message below; its shape was described to the author of the
# e-mail rules before they were rewritten, so ub is not wholly blind), a Jekyll post (uc:
# nested author, named notes out of order, kramdown attributes); a Project MUSE PDF (va: cover
# sheet, heads naming the author or the journal, notes at the pages' feet), pandoc's plain
# text of an e-book (vb), and a LaTeX source (vc: refused; its pandoc conversion, vc.md, is
# read). On first contact 27 of 33 and 23 of 34 paragraphs were exact; now all but the raw
# texts' kept emphasis (uc's **First**, vc's three) and vb's epigraph, set as one (its clean
# text's edition has it as a paragraph).
UNPRINTED_UV = {
    ("u", "ua"): {**CURLY},
    ("u", "ub"): {**CURLY},
    ("v", "va"): {**CURLY, "## Spring 2026": "", "## Notes": ""},
}
FROM_RAW_UV = {
    ("v", "va"): {"publisher": "Heritage & Place", "date": "unknown"},
}


@pytest.mark.parametrize(("collection", "name"), sorted({**UNPRINTED_ST, **UNPRINTED_UV}))
def test_collections_s_to_v_give_their_editions(collection: str, name: str) -> None:
    assert_editors_edition(
        DATA / f"collection_{collection}",
        name,
        [],
        from_raw={**FROM_RAW_ST, **FROM_RAW_UV}.get((collection, name)),
        unprinted={**UNPRINTED_ST, **UNPRINTED_UV}[collection, name],
    )


def test_collection_v_pandoc_plain_sets_its_epigraph() -> None:
    # vb: pandoc's plain text of an e-book chapter sets its epigraph indented over its
    # attribution: an epigraph, where the clean text's edition has a paragraph
    made = ingest_file(DATA / "collection_v" / "raw" / "vb.txt", "vb")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_v" / "essays" / "vb.md").read_text("utf-8"))[1]
    assert meta["title"] == "WHAT THE ROOFS REMEMBER"  # the raw text's capitals
    assert blocks[0] == "> " + want[0].replace(" — ", "\n>\n> — ").replace("\n", "\n")
    assert blocks[1:] == [b for b in want[1:] if b != "## Notes"]


def test_collection_v_latex_source_is_refused_and_its_conversion_read() -> None:
    folder = DATA / "collection_v"
    with pytest.raises(SynopticError, match="pandoc -s -f latex -t markdown-smart"):
        ingest_file(folder / "raw" / "vc.tex", "vc")
    made = ingest_file(folder / "raw" / "vc.md", "vc")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((folder / "essays" / "vc.md").read_text("utf-8"))
    assert (meta["author"], meta["date"]) == (want_meta["author"], want_meta["date"])
    assert str(meta["title"]).replace("’", "'") == str(want_meta["title"]).replace("’", "'")
    # the source's apostrophes are straight; its bold and italics are kept as emphasis
    assert without_marks_and_quotes(blocks) == without_marks_and_quotes(want)


def without_marks_and_quotes(blocks: list[str]) -> list[str]:
    """Blocks without emphasis or a quotation's marks, apostrophes straight, and without the
    `Notes` heading the clean texts set over their notes (the sources set none)."""
    return [
        re.sub(r"\*+|^> ", "", block).replace("’", "'") for block in blocks if block != "## Notes"
    ]


def test_collection_u_jekyll_post_gives_its_edition_with_its_emphasis() -> None:
    # uc keeps its Markdown's bold and italics, and sets a resident's words as a quotation
    folder = DATA / "collection_u"
    meta, blocks = edition_parts(ingest_file(folder / "raw" / "uc.txt", "uc").edition)
    want_meta, want = edition_parts((folder / "essays" / "uc.md").read_text("utf-8"))
    assert {k: str(v) for k, v in meta.items() if k != "raw"} == {
        k: str(v) for k, v in want_meta.items() if k != "raw"
    }
    assert any(block.startswith("> It isn't the books.") for block in blocks)
    assert without_marks_and_quotes(blocks) == without_marks_and_quotes(want)


# Collections W (a tourist levy) and X (a rural maternity unit), held out, written last: a
# report by `pdftotext -layout` (wa), a Google Docs text (wb: a contents list between rules,
# `●` and `○` bullets), a TextEdit export with no blank line (wc: `(1)` markers, `1 text`
# notes); a Substack post copied whole (xa), a Blogger page saved as text by Firefox (xb), a
# preprint's `pdftotext` (xc). On first contact 25 of 30 and 30 of 31 paragraphs were exact
# (xa with the site's header, comments and footer as 12 more paragraphs, no title, author or
# date). Now all six give their editions: xb and xc below, wb's and wc's lists with
# test_a_list_after_its_lead_in_is_a_block_of_its_own, xc with the preprints.


@pytest.mark.parametrize(
    ("collection", "name", "from_raw", "unprinted"),
    [
        ("w", "wa", {}, {**CURLY, "## Notes": ""}),
        ("x", "xa", {"publisher": "Miriam Holt"}, {**CURLY}),  # its © line names the author
    ],
)
def test_collection_w_layout_report_and_x_substack_post_give_their_editions(
    collection: str, name: str, from_raw: dict, unprinted: dict
) -> None:
    folder = DATA / f"collection_{collection}"
    meta = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))[0]
    printed = {key: str(meta[key]).replace("'", "’") for key in ("title", "summary")}
    assert_editors_edition(  # (title and summary as the raw text prints them)
        folder, name, [], from_raw={**from_raw, **printed}, unprinted=unprinted
    )


def test_collection_x_blogger_page_saved_as_text_gives_its_edition() -> None:
    # xb: Firefox's "Save Page As… Text" of a Blogger post: the blog's name and description
    # and the date heading above the title, which links to the post's own address (its
    # permalink, linked again by "Posted by … at 10:14"); below "Posted by", the share row,
    # labels, comment form, older and newer posts, the "About Me" sidebar and the archive
    url = "https://dunmerenotes.blogspot.com/2026/03/forty-kilometres-is-not-nothing-keep.html"
    assert_editors_edition(DATA / "collection_x", "xb", [], from_raw={"url": url})


# Collection Z (a tidal lido), written blind after the preprint rules: OCR of a scanned
# pamphlet (za: tesseract, pages by form feeds, a cover and an inside cover, running heads on
# facing pages, a back cover), Google Docs' "Download as Markdown" (zb: a submission's note over
# the `# Title`, headings in bold, an image by reference with its caption and its data address),
# and calibre's text of an e-book (zc: a title page, an imprint, contents, a figure, the series'
# other titles after the notes). On first contact 18 of 34 paragraphs and 5 of 8 notes were
# exact, and all three front matters wrong.
Z_FRONT = {
    "za": ("BRING BACK THE SALTINGS: The Case for Reopening Marrowby Lido", "Ruth Amberley"),
    "zb": ("The Lido Is a Memory, Not a Plan", "Graham Pettifer"),
    "zc": ("Reopen the Saltings, but Only If", "Priya Nandakumar and Owen Stiles"),
}
Z_NOT_THE_ESSAY = (
    "Registered charity",  # the imprints
    "Printed by",
    "FRIENDS OF SALTINGS LIDO",  # za's heads and covers
    "JOIN THE FRIENDS",
    "= ~~ ee",  # OCR's reading of the cover's drawing
    "FOR PUBLICATION",  # zb's note to the editor
    "![",
    "[image1]",
    "Photo: Graham Pettifer",
    "Contents",  # zc's front and back
    "Also in the Marrowby Papers",
    "Figure 1.",
)


@pytest.mark.parametrize("name", sorted(Z_FRONT))
def test_collection_z_reads_its_fronts_and_leaves_out_the_books_and_pages_lines(name: str):
    folder = DATA / "collection_z"
    meta, blocks = edition_parts(ingest_file(folder / "raw" / f"{name}.txt", name).edition)
    want_meta, want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))
    assert (meta["title"], meta["author"]) == Z_FRONT[name]
    assert meta["date"] == want_meta["date"]
    assert not any(cut in block for block in blocks for cut in Z_NOT_THE_ESSAY)
    # the paragraphs the raw text prints as the clean one has them (OCR's misreadings, za's and
    # zc's opening words in capitals aside; zb's bio, a sentence a line each in `*…*`, reads)
    made = {block.replace("’", "'") for block in blocks}
    exact = [block for block in ocr_read(want, name) if not block.startswith("#") and block in made]
    assert len(exact) >= {"za": 6, "zb": 7, "zc": 10}[name]


def ocr_read(blocks: list[str], name: str) -> list[str]:
    """The clean text's blocks with the misreadings its OCR made (collection_z's
    za_ocr_faults.tsv: the clean form, the OCR's, the context it stands in)."""
    faults = DATA / "collection_z" / f"{name}_ocr_faults.tsv"
    if not faults.exists():
        return blocks
    for row in faults.read_text("utf-8").splitlines():
        if row and not row.startswith("#"):
            clean, read, context = row.split("\t")
            blocks = [block.replace(context, context.replace(clean, read, 1)) for block in blocks]
    return [
        block.replace("£212,000", "£212.000").replace("Marrowby's", "Marrowby‘s")
        for block in blocks
    ]


# Collection AA (beavers on the Lenn), written blind: `pdftotext` of a two-column newsletter
# spread (aa: paragraphs parted by a newline only, a drop cap, a kicker over the title, a
# standfirst, `Words: … · Photographs: …`, a caption and a pull quote cutting sentences), a
# LinkedIn article copied whole (ab: a sign-in box above the skip link, menus, the title, a
# button and the name twice with no blank line between, hashtags, comments), and `docx2txt` of
# a committee's written evidence (ac: paragraphs numbered `1.1`, the page header and a
# letterhead printed twice over the byline, the title under it, footers last). On first
# contact 17 of 34 paragraphs and 5 of 6 notes were exact and every title and author wrong; now
# every title, author and date, and 31 of 34 paragraphs (aa's standfirst, which the editor left
# out, stays a paragraph; a break after a line its hyphen's removal made long is reported,
# not made; the pull quote inside a paragraph stays).
AA_NOT_THE_ESSAY = (
    "VALE WILD",  # aa's running head, page numbers, kicker, caption and page foot
    "RIVERS",
    "Photo: Sam Tidy",
    "valewild.org.uk",
    "Report this article",  # ab's page
    "Agree & Join",
    "Hannah Lowe",
    "#farming",
    "School of Geography",  # ac's head, letterhead, footers and paragraph numbers
    "Wessex County Council",
    "Page 2 of 3",
    "Submitted to the",
    "1.1",
    "2\\.",
)


@pytest.mark.parametrize(("name", "exact"), [("aa", 9), ("ab", 11), ("ac", 11)])
def test_collection_aa_reads_its_fronts_and_leaves_out_the_newsletters_page_and_documents_lines(
    name: str, exact: int
) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_aa", name, AA_NOT_THE_ESSAY)
    assert sum(block in made for block in paragraphs) >= exact


def read_as_editors_fronts(
    folder: Path, name: str, not_the_essay: tuple[str, ...]
) -> tuple[set[str], list[str]]:
    """Ingest a collection's raw text and check that its title, author and date are its
    edition's and none of `not_the_essay` stands in it; give its blocks (quotes straight,
    emphasis aside) and the edition's paragraphs and notes (quotes straight), to compare."""
    meta, blocks = edition_parts(ingest_file(folder / "raw" / f"{name}.txt", name).edition)
    want_meta, want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))
    assert [straight(str(meta[key])) for key in ("title", "author", "date")] == [
        straight(str(want_meta[key])) for key in ("title", "author", "date")
    ]
    assert not any(cut in block for block in blocks for cut in not_the_essay)
    made = {straight(block).replace("**", "") for block in blocks}
    return made, [straight(block) for block in want if not block.startswith("#")]


def straight(text: str) -> str:
    """The text with straight quotes: a site or a post may set either kind."""
    return text.translate(str.maketrans("‘’“”", "''\"\""))


# Collection BB (petrol leaf blowers), written blind after AA's rules: an Otter transcript of
# the essay read as a talk (ba: the service's header, `Name  00:04` over each turn, a host's
# introduction, the audience, questions, misheard words and fillers), a MediaWiki page copied
# whole (bb: `Essay:` before the title, a notice box naming the authors and the date, a
# contents box, `[edit]` after each heading, references as `^ …`, the menus after the
# categories) and antiword's text of a briefing note (bc: `[pic]`, a centred letterhead and a
# cover table over the title and byline, a figure's caption). On first contact 20 of 30
# paragraphs and 3 of 6 notes were exact, bc's title and all of ba's and bb's fronts wrong;
# now bb and bc read whole. ba's title is spoken only in the host's introduction, and its
# paragraphs are the author's turns in the transcript's words (misheard, with fillers): a
# turn is no paragraph (one paragraph runs over two turns, two share one, the headings are
# spoken as sentences), her thanks before the talk and her answer after it stay.
BB_FRONT = {
    "ba": ("unknown", "Imogen Farrant", "2026-03-09"),
    "bb": (
        "The Blower Ban Will Hurt the People Who Keep Kestleford Tidy",
        "Gareth Pole and Nia Okafor",
        "2026-03-17",
    ),
    "bc": (
        "Petrol Leaf Blowers in Kestleford: What the Evidence Supports",
        "Ravi Sandhu",
        "2026-03-24",
    ),
}
BB_NOT_THE_ESSAY = (
    "SUMMARY KEYWORDS",  # ba's transcript
    "00:",
    "Hear, hear.",
    "Please welcome",
    "otter.ai",
    "[edit]",  # bb's wiki
    "Jump to",
    "Contents",
    "KW:BLOWERBAN",
    "Categories",
    "last edited",
    "[pic]",  # bc's briefing note
    "BOROUGH COUNCIL",
    "|Meeting",
    "Figure 1",
)


@pytest.mark.parametrize("name", sorted(BB_FRONT))
def test_collection_bb_reads_its_fronts_and_leaves_out_the_transcripts_wikis_and_notes_lines(
    name: str,
) -> None:
    folder = DATA / "collection_bb"
    meta, blocks = edition_parts(ingest_file(folder / "raw" / f"{name}.txt", name).edition)
    want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))[1]
    assert (meta["title"], meta["author"], meta["date"]) == BB_FRONT[name]
    assert not any(cut in block for block in blocks for cut in BB_NOT_THE_ESSAY)
    paragraphs = [block for block in want if not block.startswith(("#", "[^"))]
    notes = [block for block in want if block.startswith("[^")]
    if name == "ba":  # the talk's turns, in order, in its own words: 12 for 10 paragraphs
        assert len(blocks) == 12 and blocks[-2].startswith("So I hope councillors will say yes")
    else:
        made = {block.replace("’", "'") for block in blocks}  # the wiki's are typed straight
        assert all(block.replace("’", "'") in made for block in paragraphs + notes)


# Collection CC (a golf course made allotments), written blind after BB's rules: a Mastodon
# thread copied from a browser (ca: `🧵 1/12` before the title, the name and handle over each
# post, times, counts, hashtags, a link's card and another account's reply), a news page printed
# from Chrome then `pdftotext` (cb: the print's date and page title atop every page, its address
# and `1/3` at the foot, a cookie banner above it, the site's menus, a standfirst over two
# lines, an advert's label, `READ MORE`, a pull quote over two lines, the site's lists below),
# and a Notion page exported as Markdown (cc: properties, an `<aside>` callout, a link to
# another page of the export, an image). On first contact 22 of 32 paragraphs and 5 of 6 notes
# were exact, ca's and cb's fronts wrong; now every paragraph, note, title, author and date
# (cc's emphasis, `**change course**`, is the author's and stays).
CC_NOT_THE_ESSAY = (
    "@ruthgrows",  # ca's thread
    "1/12",
    "favorites",
    "#Kestermouth",
    "Gordon Reece",
    "kestermouth.gov.uk\n",
    "10/03/2026",  # cb's printed page
    "cookies",
    "1/3",
    "Advertisement",
    "READ MORE",
    "Most read",
    "Share",
    "Links Plan%20",  # cc's export
    "<aside>",
    "Status:",
)


@pytest.mark.parametrize("name", ["ca", "cb", "cc"])
def test_collection_cc_reads_its_threads_printed_pages_and_exports(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_cc", name, CC_NOT_THE_ESSAY)
    # (ca's second note keeps the address the post gives whole)
    assert all(block in made for block in paragraphs if not block.startswith("[^2]"))


# Collection DD (a bridge in place of an island's ferry), written blind after CC's rules: an
# Obsidian note (da: properties, wiki-links, highlights, a comment, callouts, an embed, tags,
# related links), a Mailchimp newsletter's archive page through `html2text` (db: the archive's
# links, a preview padded with invisible characters, the newsletter's name and masthead, the
# byline in emphasis, its other items and footer) and `pdftotext -raw` of a briefing note (dc:
# a cover, a running head that repeats the title, no blank line anywhere, notes at the pages'
# feet, a closing notice that alone dates it to the day). On first contact 15 of 30
# paragraphs and 4 of 7 notes were exact, and db's and dc's titles, db's author and date
# wrong; now 24 (da's other three differ by the author's own emphasis only) and 7 of 7, every
# title, author and date right. db's newsletter items after the letter (its diary, its
# membership, its footer in hard-broken lines) stay.
DD_NOT_THE_ESSAY = (
    "[[",  # da's note
    "%%",
    "[!todo]",
    "#skarra",
    "Related:",
    "Subscribe",  # db's archive page
    "Translate",
    "Issue 14",
    "\u034f",
    "Briefing Note 26/03",  # dc's cover and notice
    "© 2026",
    "reproduced",
)


@pytest.mark.parametrize(("name", "exact"), [("da", 7), ("db", 9), ("dc", 8)])
def test_collection_dd_reads_its_notes_newsletters_and_raw_pdfs(name: str, exact: int) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_dd", name, DD_NOT_THE_ESSAY)
    notes = [block for block in paragraphs if block.startswith("[^")]
    assert sum(block in made for block in paragraphs) >= exact + len(notes)
    assert all(note in made for note in notes)


# Collection EE (a town's ban on wood stoves), written blind after DD's rules: a Substack post
# received by e-mail and saved whole as .eml (ea: transport headers, a multipart message, its
# plain part in quoted-printable, links and notes' links as addresses in brackets, the title,
# author and date only in the headers), TextEdit's RTF through `textutil` (eb: a line a
# paragraph, no blank line, U+FFFC for the logo, U+2028 between the byline and the date) and a
# Google Doc downloaded as text with its comments (ec: a draft's status line over the title,
# comment markers, the comments and their replies after the notes). On first contact 17 of 31
# paragraphs and 5 of 9 notes were exact, and only ec's author and date right; now all 31 and
# 9, every title, author and date.
EE_NOT_THE_ESSAY = (
    "Received:",  # ea's message
    "quoted-printable",
    "https://",
    "View this post",
    "Unsubscribe",
    "\ufffc",  # eb's logo
    "DRAFT",  # ec's status and comments
    "[a]",
    "Agree with Tom",
)


@pytest.mark.parametrize("name", ["ea", "eb", "ec"])
def test_collection_ee_reads_its_saved_message_textutil_and_commented_doc(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ee", name, EE_NOT_THE_ESSAY)
    assert all(block in made for block in paragraphs)


# Collection FF (a dog licence), written blind after EE's rules: a Ghost post copied from
# Firefox's reader view (fa: the view's header, the address, title, first author and reading
# time; the theme's tag, excerpt, authors joined by a comma and date; a photo's credit; the
# notes with their ways back `↩︎`), council minutes read from a Word .doc by `catdoc` with the
# essay as their appendix (fb: the minutes, a form feed, `APPENDIX A`, `Statement by Councillor
# …`; fields' codes, the notes at the end without markers, the header and footer after them)
# and a Project Gutenberg e-book (fc: its header and licence, a transcriber's note, a centred
# title page, `[Illustration: …]`, `[Footnote n: …]` after their paragraphs, `_italics_`, a
# printer's imprint). On first contact fa's 10 paragraphs were exact but neither note, its title
# "Campaigns"; fb 7 of 10 and no note, every field of its front wrong; fc 7 of 10 and no note,
# its front unknown and the e-book's apparatus kept. Now fa whole; fb's title and date, its
# three notes (the markers catdoc dropped cannot come back: its other three paragraphs lack
# them, and the report says so); fc whole (its other three differ by the author's italics).
FF_NOT_THE_ESSAY = (
    "pawsandparks",  # fa's reader view
    "4–5 minutes",
    "Campaigns",
    "Unsplash",
    "↩",
    "HYPERLINK",  # fb's minutes
    "MERGEFORMAT",
    "MINUTES",
    "APPENDIX",
    "Page 1",
    "Project Gutenberg",  # fc's e-book
    "Transcriber",
    "[Illustration",
    "Footnote",
    "KILNHURST",
    "\\_",
)


def test_collection_ff_reads_its_reader_view_whole() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ff", "fa", FF_NOT_THE_ESSAY)
    assert len(paragraphs) == 12 and all(block in made for block in paragraphs)


def test_collection_ff_reads_its_gutenberg_e_book_whole_but_for_its_italics() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ff", "fc", FF_NOT_THE_ESSAY)
    assert sum(block in made for block in paragraphs) == 7  # three hold `*italics*`
    plain = {block.replace("*", "").replace("–", "-") for block in made}  # (the print's dash)
    assert len(paragraphs) == 12 and all(block in plain for block in paragraphs)


def test_collection_ff_reads_a_statement_appended_to_minutes_by_catdoc() -> None:
    folder = DATA / "collection_ff"
    ingested = ingest_file(folder / "raw" / "fb.txt", "fb")
    meta, blocks = edition_parts(ingested.edition)
    want_meta, want = edition_parts((folder / "essays" / "fb.md").read_text("utf-8"))
    assert (meta["title"], meta["date"]) == (want_meta["title"], want_meta["date"])
    # (the ward after the name stays, as a post after a comma in any byline)
    assert meta["author"] == "Bryn Castell, Saltmarsh Ward"
    assert not any(cut in block for block in blocks for cut in FF_NOT_THE_ESSAY)
    made = {straight(block) for block in blocks}
    paragraphs = [straight(block) for block in want if not block.startswith(("#", "[^"))]
    unmarked = [re.sub(r"\[\^\d\]", "", block) for block in paragraphs]
    assert all(block in made for block in unmarked)  # every paragraph, but for its markers
    notes = [block for block in blocks if block.startswith("[^")]
    assert [note[:5] for note in notes] == ["[^1]:", "[^2]:", "[^3]:"]
    warnings = ingested.report.warnings
    assert any("3 notes stand at the end without their markers" in w for w in warnings)


# Collection GG (reusing old graves), written blind after FF's rules: a Discourse topic as the
# forum serves it at `/raw/<id>` (ga: each post's Markdown under `user | time UTC | #n`, posts
# parted by 25 hyphens; a moderator's preface, a link and a rule above the author's `# Title`, an
# image, replies quoting the essay, an emoji, a mention, an empty small-action post), a Kindle's
# `My Clippings.txt` (gb: BOM, CRLF, the book's title and inverted authors and a metadata line
# over every entry, another book's clippings before and amid the essay's, the reader's note,
# bookmarks, a highlight extended and so given twice, a heading and its paragraph in one
# highlight, markers glued as digits, `£600,000.2`) and a two-page journal PDF copied from
# Acrobat Reader (gc: no blank line, Taylor & Francis's sidebar of ARTICLE HISTORY, KEYWORDS and
# ABSTRACT, the abstract in a narrower box, numbered headings, the first page's CONTACT and ©
# foot and the second's running head inside a paragraph, ligatures, soft hyphens, superscripts
# flattened, the template's end matter). On first contact 15 of 30 paragraphs and 4 of 8 notes
# were exact, and 2 of the 9 fields of the fronts right (ga's author and date: ga's title
# unknown, gb's the other book's, gc's "ARTICLE HISTORY" and its date the acceptance's); gc was
# one paragraph of 726 words. Now every paragraph and note, every title, author and date; ga's
# p4 and its first note keep the author's `*italics*` and its notes' heading is `###` as its
# `####` sets it, gc's headings keep the journal's numbers.
GG_NOT_THE_ESSAY = (
    "jdunmore",  # ga's topic
    "UTC",
    "Posting this on behalf",
    "hollinbridge.gov.uk",
    "upload://",
    "[quote",
    ":+1:",
    "@gordon",
    "-------------------------",
    "Your Highlight",  # gb's clippings
    "Added on",
    "==========",
    "Whitlow, Ada",
    "1866 list",
    "Josiah Pardoe",
    "full to the paths",
    "ARTICLE HISTORY",  # gc's journal
    "KEYWORDS",
    "ABSTRACT",
    "Accepted",
    "doi.org",
    "CONTACT",
    "©",
    "P. RAMAN",
    "Disclosure",
    "About the author",
)


def test_collection_gg_reads_its_discourse_topic_whole_but_for_its_italics() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_gg", "ga", GG_NOT_THE_ESSAY)
    assert sum(block in made for block in paragraphs) == 10  # two hold `*italics*`
    plain = {block.replace("*", "") for block in made}
    assert len(paragraphs) == 12 and all(block in plain for block in paragraphs)


@pytest.mark.parametrize("name", ["gb", "gc"])
def test_collection_gg_reads_its_kindle_clippings_and_acrobat_copy_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_gg", name, GG_NOT_THE_ESSAY)
    assert len(paragraphs) == 13 and all(block in made for block in paragraphs)


# Collection HH (a community toilet scheme), written blind after GG's rules: a WordPress post
# through `trafilatura --with-metadata` (ha: a header of the page's fields between `---` lines,
# `author: A; B`, a quoted ISO date, the excerpt as `description:`; then a block a line with no
# blank line, `<sup>` markers left as digits glued after a stop, `dusk.1`, the notes as `- `
# items and four lines of readers' comments below them), an Android WhatsApp export (hb: every
# message under `DD/MM/YYYY, HH:MM - Name: `, the essay pasted in three messages among the
# editor's chat, `*bold*` headings, one glued to a message's prefix, `<Media omitted>`, a deleted
# message, `<This message was edited>` on a note, the bio sent after the notes) and `lynx -dump`
# of a Wayback Machine capture (hc: the archive's print line, a tag manager's iframe, a cookie
# banner and a search box with their buttons, a menu, a wrapped breadcrumb, a kicker, a centred
# title, a byline with a reading time, `^[15]1` markers, notes ending in `[19]↩`, `About the
# author` below the notes, sharing and related notes, a `mailto:` link with spaces among the
# References). On first contact 16 of 30 paragraphs and 1 of 7 notes were exact and 2 of the 9
# fields of the fronts right (ha's title and date; ha's author `Gareth Pennock; Liz Okafor`, hb's
# and hc's fronts unknown): ha was two paragraphs (the header read as a Markdown front matter),
# hb kept the chat, hc was not known as a dump at all. Now every paragraph and note, every title,
# author and date.
HH_NOT_THE_ESSAY = (
    "fingerprint",  # ha's header and comments
    "hostname",
    "[…]",
    "Fair enough on the money",
    "Derek",
    "mum of two",
    "baby-change is in the gents",
    "12/03/2026",  # hb's chat
    "Tom Barraclough",
    "Got it so far",
    "<Media omitted>",
    "This message was deleted",
    "This message was edited",
    "Is that ok?",
    "square brackets",
    "*",
    "Wayback Machine",  # hc's page
    "IFRAME",
    "cookies",
    "(BUTTON)",
    "Skip to main content",
    "Policy note 23",
    "minute read",
    ".^",  # (lynx's sign for a superscript after its stop, `2023.^[15]1`)
    ",^",
    "↩",
    "About the author",
    "Share this page",
    "Related policy notes",
    "Seaside bus passes",
    "Registered charity",
    "web.archive.org",
)


@pytest.mark.parametrize("name", ["ha", "hb", "hc"])
def test_collection_hh_reads_its_extract_chat_and_archived_dump_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_hh", name, HH_NOT_THE_ESSAY)
    assert len(paragraphs) == {"ha": 12, "hb": 11, "hc": 14}[name]
    assert all(block in made for block in paragraphs)


# Collection II (Carrowmouth pier), written blind after HH's rules: a pandoc EPUB through the
# PyPI `epub2txt` (ia: every document's text a line a block with no blank line, the title five
# times, once in the table of contents glued into one line, `Title Page`, a title page of
# title, series line, authors a line each, publisher, date and rights, a `chNNN.xhtml` line over
# each chapter, pandoc's heading of the untitled opening, unnumbered notes at each chapter's end
# numbered per chapter by digits glued after a stop, `About the Authors` and a pledge chapter),
# a LibreOffice Writer document saved as Text (ib: a BOM, a paragraph a line, a copy instruction
# over the title, a byline over two lines, numbered headings and `4. Notes`, glued digits,
# notes as indented `    1.` items, a `Word count:` line) and a Word manuscript through
# `pandoc -s -t plain` (ic: wrapped at 72, authors `A; B`, affiliations, CONTACT, Abstract,
# Keywords, numbered headings, Notes on contributors, Disclosure statement, Funding, References,
# `[n]` notes at the end). On first contact 21 of 31 paragraphs and 3 of 8 notes were exact and
# 4 of the 9 fields of the fronts right (none of ia's, ib's author and date, ic's title and
# date): ia was 8 blocks, its front and chapter names glued into paragraphs; ib kept its notes
# as list paragraphs and its markers as digits; ic read every paragraph and note but kept its
# journal apparatus. Now all three read whole (ib's copy instruction over the title a slug, the
# byline's second line the author's place; ic's front pandoc's title block over a manuscript's,
# its end matter Taylor & Francis's, its list of references cited by author and year).
II_NOT_THE_ESSAY = (
    "xhtml",  # ia's e-book
    "Title Page",
    "Pierhead Pamphlets",
    "About the Authors",
    "Support the Trust",
    "Also in this series",
    "© 2026",
    "Word count",  # ib's text
    "4\\. Notes",
)


def test_collection_ii_reads_its_epub2txt_book_whole() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ii", "ia", II_NOT_THE_ESSAY)
    assert len(paragraphs) == 13 and all(block in made for block in paragraphs)


@pytest.mark.parametrize("name", ["ib", "ic"])
def test_collection_ii_reads_every_paragraph_and_note_of_its_writer_text_and_manuscript(
    name: str,
) -> None:
    folder = DATA / "collection_ii"
    meta, blocks = edition_parts(ingest_file(folder / "raw" / f"{name}.txt", name).edition)
    want_meta, want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))
    made = {straight(block) for block in blocks}
    paragraphs = [straight(block) for block in want if not block.startswith("#")]
    assert len(paragraphs) == {"ib": 12, "ic": 14}[name]
    assert all(block in made for block in paragraphs)
    assert str(meta["date"]) == str(want_meta["date"])
    if name == "ib":
        assert not any(cut in block for block in blocks for cut in II_NOT_THE_ESSAY)


@pytest.mark.parametrize("name", ["ib", "ic"])
def test_collection_ii_reads_the_fronts_and_apparatus_of_its_writer_text_and_manuscript(
    name: str,
) -> None:
    read_as_editors_fronts(
        DATA / "collection_ii",
        name,
        II_NOT_THE_ESSAY
        + (
            "Independent, Strand ward",
            "Carrowmouth Courier",
            "CONTACT",
            "Keywords",
            "Funding",
            "Delahunt, S.",
        ),
    )


# Collection JJ (noise cameras in Wendmouth), written blind after II's rules: a PowerPoint talk
# through Microsoft's `markitdown` (ia: `<!-- Slide number: N -->` over each slide, `# ` slide
# titles of which only the title slide's and the three section slides' are the essay's, bullets,
# a pipe table, a picture, `### Notes:` over the speaker notes that hold the talk, two paragraphs
# on consecutive lines of one notes pane, `Part N` above the section titles, authors and date on
# one subtitle line parted by a vertical tab, the bio as a slide's text, the notes on a `# Notes`
# slide, a `# Thank you` slide's stage direction), a Medium post copied whole from Firefox (ib:
# the site's menus, `Member-only story`, the author twice, `Follow`, `3 min read`, `·`, `Mar 14,
# 2026`, counts, `Listen`, `Share`, a lead image's caption `Photo by the author.`, headings glued
# to their first paragraph, tags, `Written by`, a profile's bio, `Responses (3)` and the
# responses, `More from`, `Recommended from Medium`, the footer's links) and a memo typeset by
# `groff -ms -Tutf8 | col -bx` (ic: two 66-line pages with no form feed, justified at 58 columns,
# U+2010 hyphens at line ends and in compounds, a centred title over two lines, the author's
# affiliation, footnotes at the pages' feet under a rule `───────────`, marks as digits glued
# after a stop, a foot `MA/WND/2603  − 1 −  Draft for comment` on each page, a running head on
# the second, a paragraph cut by the page break). On first contact 8 of 31 paragraphs and 2 of 7
# notes were exact, and 4 of the 9 fields of the fronts right (ib's three, ic's date): ia was
# refused (its vertical tab, a control character), ib kept its captions, its comments and the
# page below the notes and glued its headings to their paragraphs, ic kept its feet, head and
# hyphens, its notes in the text and its title's second line, author and affiliation as
# headings. Now ia and ib read whole (slidedeck.py; the web page's rules), ic every paragraph but
# p7, whose `night‐` / `time` joins as `nighttime`, every note (no `Notes` heading: the memo
# prints none), its title, author and date (terminalpages.py; the footnote rule, U+2010, a
# centred title, an affiliation the author's note names).
JJ_NOT_THE_ESSAY = (
    "Slide number",  # ia's deck
    "### Notes",
    "Part 3",
    "Our case in one slide",
    "41 a week →",
    "Picture3",
    "Civic Society ·",
    "Thank you",
    "Take questions",
    "Sign up",  # ib's page
    "Member-only",
    "Photo by the author",
    "Written by",
    "Responses (",
    "Mechanic, motorcyclist",
    "Spot on about Calmwater",
    "Recommended from Medium",
    "MA/WND/2603",  # ic's memo
    "Draft for comment",
    "───",
    "‐",  # (U+2010)
    "Marrack Acoustics, Penhallow",
)


@pytest.mark.parametrize("name", ["ia", "ib"])
def test_collection_jj_reads_its_slide_deck_and_medium_post_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_jj", name, JJ_NOT_THE_ESSAY)
    assert len(paragraphs) == {"ia": 12, "ib": 13}[name]
    assert all(block in made for block in paragraphs)


def test_collection_jj_reads_its_groff_memo_but_for_a_compound_broken_at_its_hyphen() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_jj", "ic", JJ_NOT_THE_ESSAY)
    assert len(paragraphs) == 13  # 10 paragraphs and 3 notes
    # (`night‐` / `time`: the joined form is an English word, and the report lists it)
    assert all(block.replace("night-time", "nighttime") in made for block in paragraphs)
    assert sum(block in made for block in paragraphs) == 12
    headings = ("What the data support", "Measurement and attribution", "Conditions for a")
    assert all(any(block.startswith(f"## {h}") for block in made) for h in headings)


# Collection KK (screened auditions), written blind after II's rules: a board paper made with
# reportlab and read by pdfminer.six's `pdf2txt.py` (ia: a kicker, the author's post after the
# name on the byline, justified lines with double spaces, notes at the pages' feet, a footer
# with a charity number and `Page N of 2` on each page, a form feed, page 2's running head and
# running title, a paragraph cut by the page break and a pull quote over two lines repeating its
# last sentence), a Writer letter through `odt2txt` (ib: a letterhead over the title, headings
# underlined with dashes, each note's digits glued after its stop and the note's text printed
# INSIDE its paragraph as a paragraph of its own, no notes list, `About the authors` over the
# bio, a sign-off with a second date) and a working paper typeset by `groff -ms -Tutf8` (ic:
# 66-line pages, paragraphs marked by indent alone, numbered headings, U+2010 hyphens, notes
# and the bio at the page's foot under a rule). On first contact 19 of 30 paragraphs and 2 of 6
# notes were exact (ia 9 and 2, ib 8 and 0, ic 2 and 0), 7 of the 9 fields of the fronts right
# (ia's author read with its post, ic's date unknown). Now ia and ib read every paragraph and
# note, and their fronts (pages.running_titles, furniture.pull_quotes, metadata's post after a
# name, odttext, authornote.about_heading_over_note); ib's sign-off stays, a paragraph. ic, after
# JJ's groff rules, reads whole too (terminalpages: a foot ending in the page's number;
# footnotes: a note set by `∗` under the rule, over the numbered notes; preprint: the date under
# the affiliation, the author's note at the first page's foot), its headings' numbers kept.
KK_NOT_THE_ESSAY = (
    "BOARD PAPER",  # ia's paper
    "Music Director",
    "Registered charity",
    "Page 1 of 2",
    "Board Paper 7B",
    "“The screen does not remove judgement by sight; it",
    "PLAYERS’ COMMITTEE",  # ib's letter
    "Open letter to the Board",
    "About the authors",
    "---",
)


@pytest.mark.parametrize("name", ["ia", "ib"])
def test_collection_kk_reads_its_pdfminer_paper_and_odt2txt_letter_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_kk", name, KK_NOT_THE_ESSAY)
    assert len(paragraphs) == 12 and all(block in made for block in paragraphs)


def test_collection_kk_odt2txt_letter_keeps_its_sign_off_and_warns_of_its_joins() -> None:
    made = ingest_file(DATA / "collection_kk" / "raw" / "ib.txt", "ib")
    blocks = edition_parts(made.edition)[1]
    # (a sign-off under the bio, dated, is read as the text's: a known limit)
    assert blocks[-3].startswith("Agreed by the players’ committee on 20 February 2026.")
    assert sum("odt2txt prints both alike" in warning for warning in made.report.warnings) == 2


def test_collection_kk_reads_its_groff_working_paper_whole() -> None:
    # (its pages by the foot's number after the series' name, the author's note set by `∗` over
    # the numbered notes at page 1's foot, the date under the affiliation)
    made, paragraphs = read_as_editors_fronts(
        DATA / "collection_kk", "ic", KK_NOT_THE_ESSAY + ("Wessmoor Working Papers", "───")
    )
    assert len(paragraphs) == 12 and all(block in made for block in paragraphs)


# Collection LL (naming surgeons), written blind after KK's rules: a Squarespace 7.1 post put
# through the `markdownify` command-line tool (ia: the page's <title> first, the site's menu,
# every link `[text](url "url")`, one wrapped over three lines inside a paragraph, the title
# underlined with `=`, `12 Feb 2026`, `Written By [name](…)`, note numbers glued after a stop
# (`per cent.1`), `#### Notes` above the bio, tags, share links, Previous/Next links holding
# their own setext headings, a newsletter footer), an A4 briefing paper read by pypdf's
# `extract_text()` (ib: no blank line but where pages join, under each page's number; bare
# headings, a masthead, the title over two lines, the authors with no `By`, line-end hyphens,
# notes and a footer at each page's foot cutting a paragraph, a running head, a pull quote,
# `About the authors`) and a Word manuscript through markitdown (ic: the title a plain line,
# `*By …*`, `Word count: 582 …`, `#` headings, markers `[[1]](#footnote-1)`, a bare `—` above
# the bio, the notes after it with no heading and `[↑](#footnote-ref-1)`). On first contact
# 17 of 31 paragraphs and 3 of 9 notes were exact (ia 7 and 3, ib 3 and 0, ic 7 and 0), 3 of
# the 9 fields of the fronts right (the dates): ic was read as an Obsidian note (its markers
# as wiki-links) and not as Markdown. Now ic reads whole (its markers and ways back as
# mammoth's footnotes, a Markdown source; its word count and its dash go); ia reads 9 of its
# 10 paragraphs and its notes (a link with a title is a Markdown link) but keeps the site's
# menu, the page's title and the footer, and reads no title or author; ib's pages are read
# (pages.numbered_page_ends: its footer and page numbers go) but not its notes at the pages'
# feet, its front, its running head or its pull quote.
# Second round, ia alone (on main before it: 9 of 10 paragraphs exact, 3 of 3 notes, 1 of 3
# fields of the front, the date): now whole, 10, 3 and 3. A Markdown source's underlined
# (setext) headings read as `#`/`##` (the title under the site's menu, which then goes as the
# header above it, the page's <title> and the banner with it); a link whose address and title
# markdownify wrapped onto lines of their own no longer leaves a paragraph's last line twice;
# `Written By` is a byline; the Previous / Next links, each a card over blocks of its own with
# its heading, go; the sign-up form's `We respect your privacy.` ends the page's bottom as its
# footer does, so tags, sharing, the author's name again and the newsletter go with it; the
# author's note under a rule below the notes is set above them.
LL_NOT_THE_ESSAY = (
    "Word count",  # ic's manuscript
    "footnote",
    "↑",
    "Westmarch Heart Patients' Association —",  # ia's page
    "Our helpline is open",
    "Tagged:",
    "Stay in touch",
    "Written By",
    "Previous",
    "Facebook",
    "We respect your privacy",
    "charity no.",
    "=====",
    "wscts.org.uk",  # ib's paper
    "BRIEFING PAPER 7",
)


def test_collection_ll_reads_its_markitdown_manuscript_whole() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ll", "ic", LL_NOT_THE_ESSAY)
    assert len(paragraphs) == 14 and all(block in made for block in paragraphs)


def test_collection_ll_reads_its_markdownify_post_whole() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ll", "ia", LL_NOT_THE_ESSAY)
    assert len(paragraphs) == 13 and all(block in made for block in paragraphs)
    blocks = edition_parts(ingest_file(DATA / "collection_ll" / "raw" / "ia.txt", "ia").edition)[1]
    # (its headings at the edition's level; the author's note above the notes, as clean sets it)
    assert blocks[1] == "## What the register changed"
    assert blocks[-5].startswith("Miriam Okafor-Hale chairs") and blocks[-4] == "## Notes"


@pytest.mark.parametrize(
    "name",
    [
        "ia",
        pytest.param(
            "ib",
            marks=pytest.mark.xfail(
                strict=True,
                reason="ib reads 8 of 10 paragraphs: ib-p8 and ib-p9 stay one (p8's last line "
                "nearly full) (what does not read yet)",
            ),
        ),
    ],
)
def test_collection_ll_reads_its_web_post_and_pypdf_paper_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_ll", name, LL_NOT_THE_ESSAY)
    assert all(block in made for block in paragraphs)


def test_collection_ll_pypdf_paper_loses_its_page_feet_and_numbers() -> None:
    made = ingest_file(DATA / "collection_ll" / "raw" / "ib.txt", "ib")
    blocks = edition_parts(made.edition)[1]
    assert not any("wscts.org.uk" in block for block in blocks)
    assert not any(block.strip() in {"1", "2"} for block in blocks)


# ib, second round (tests/test_ingest_ll_pypdf.py): the blank line under each page's number is
# the page break, so the paper is read as a text with no blank line and its notes in plain
# digits at the pages' feet are read (footnotes); the running head atop page 2 is the title's
# part before its colon with the series' line under it (pages.running_titles); the masthead in
# capitals set apart by a bar is a head, the title broken over two lines after its colon is one
# title, and the two names over the date with no `By` are a joint byline the authors' note
# confirms (metadata), so `About the authors` goes as the label over that note. On first
# contact (main before this round) ib read 3 of 10 paragraphs exact, 0 of 3 notes, 1 of 3
# front fields (the date); now 8 of 10, 3 of 3, 3 of 3. Not yet: ib-p8 and ib-p9 stay one
# (ib-p8 ends on a line as full as a justified line, line 55). Third round: the pull quote,
# set over two lines after ib-p5 and repeating ib-p4's last sentence, stood as a heading and a
# one-word paragraph (a reader's review: ib's numbers from ¶6 on were one too many); it goes
# (furniture.pull_quotes_in_runs), and the break between ib-p5 and ib-p6 it stood in stays.
def test_collection_ll_pypdf_paper_reads_its_front_notes_and_running_head() -> None:
    folder = DATA / "collection_ll"
    made, paragraphs = read_as_editors_fronts(folder, "ib", LL_NOT_THE_ESSAY)
    assert sum(block in made for block in paragraphs) == 11  # 8 paragraphs and the 3 notes
    assert not any(cut in block for block in made for cut in ("WSCTS", "About the authors"))
    assert sum("No published rate counts" in block for block in made) == 1  # ib-p4's own
    assert any(block.startswith("Supporters point to the fall") for block in made)


# Collection MM (paying peer reviewers), written blind after LL's rules: a WordPress 6.7 post
# read with BeautifulSoup's `get_text()` (ia: the page's <title> first, the site's header and
# menu glued into one line, the byline over five lines, `By` / name / `·` / date / `in
# Peer review, Publishing`, one paragraph a line with no blank line between them, note numbers
# glued after a stop (`surplus.1`), both notes joined on one line under `Notes`, each ended by
# its way back `↩︎`, then tags, the next and previous posts, two readers' comments that read as
# prose, the comment form and the footer); a Word manuscript through docx2python's `.text` (ib:
# the running header before the title, markers `----footnote1----`, the footer with its page
# number after the bio, the notes as `footnote1)\t …` with no heading); a two-column A4
# briefing paper read by PyMuPDF's `page.get_text()` (ic: no blank line anywhere, a masthead
# and running heads, the title over two lines, byline and date on one line, line-end hyphens,
# the three footnotes between page 1's last column line and page 2's running head, which cuts
# the closing paragraph). On first contact 24 of the 35 paragraphs (bios counted) and 2 of 7
# notes were exact (ia 9 and 0, ib 10 and 0, ic 5 and 2), 6 of the 9 fields of the fronts
# right (ia's date, ib's author and date, ic's three); the page saved as HTML (the collection's
# build/ia.html, not in the repository) stopped with an error (`note [1] is given twice`: the
# readers' comments, an <ol> under the notes, read as a second list of notes).
# Now ia reads whole: the byline set over lines is one (splitbyline), the notes joined on one
# line are read apart (backlinks.joined_back_linked_notes). ib reads whole: docx2python's
# placeholders are read as notes, its footer and the header above the title go
# (docx2pythontext.py). The page saved as HTML reads whole too (tests/data/ingest/html/
# wordpress.html, tests/test_html_page.py): the comments and the form go, WordPress's note
# calls are read, the byline's `By` and `·` go with the name. ic's pages are found by their
# numbers alone (pages.lone_number_page_ends: no blank line anywhere), so its notes at page
# 1's foot are read and its page 2's running head, the title in sentence case, goes (the
# closing paragraph whole again): 6 of 12 paragraphs, 3 of 3 notes; three paragraphs ending
# in a note's marker on a full line stay joined to the next, the report warning of each.
MM_NOT_THE_ESSAY = (
    "Second Reader –",  # ia's page
    "AboutArchiveSubscribe",
    "in Peer review",
    "↩",
    "Tagged:",
    "responses to",
    "As a postdoc I reviewed nine papers",
    "Leave a Reply",
    "© 2026",
    "Designed with WordPress",
    "Orrin College Faculty Forum",  # ib's manuscript
    "----footnote",
    "footnote1)",
    "— page 1",
    "INSTITUTE FOR RESEARCH INTEGRITY",  # ic's paper
    "Briefing Paper 2026/04",
)


@pytest.mark.parametrize(
    "name",
    [
        "ia",
        "ib",
        pytest.param(
            "ic",
            marks=pytest.mark.xfail(
                strict=True,
                reason="ic reads 6 of 12 paragraphs (3 of 3 notes, its front): three "
                "paragraphs end in a note's marker on a full line (lines 19, 52, 71), which "
                "the layout cannot tell from a sentence's end inside a paragraph; the report "
                "warns of each (what does not read yet)",
            ),
        ),
    ],
)
def test_collection_mm_reads_its_wordpress_post_and_docx2python_manuscript_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_mm", name, MM_NOT_THE_ESSAY)
    assert len(paragraphs) == {"ia": 13, "ib": 14, "ic": 15}[name]
    assert all(block in made for block in paragraphs)


def test_collection_mm_wordpress_post_reports_its_byline_and_joined_notes() -> None:
    made = ingest_file(DATA / "collection_mm" / "raw" / "ia.txt", "ia")
    assert any(shape.startswith("notes joined on one line") for shape in made.report.shapes)
    rules = {item.rule: item.line for item in made.report.removed}
    assert rules["a byline set over lines: its name, joined to the `By` on the line above"] == 51
    assert rules["a byline set over lines: a separator alone between its name and its date"] == 52
    blocks = edition_parts(made.edition)[1]
    assert blocks[-3:] == [
        "## Notes",
        "[^1]: Brennock Society for Marine Sciences, Annual Report and Accounts 2024, p. 18.",
        "[^2]: Brennock Society, Reviewer Fee Pilot: Interim Evaluation (October 2025), table 4.",
    ]


# Collection NN (translators' names on front covers), written blind after MM's rules: a book
# chapter typeset as a PDF and read by pdfplumber's `extract_text()`, pages joined by a newline
# (ia: the chapter number, the title, the author in capitals and a headnote holding the date;
# no blank line anywhere; running heads, one the title in capitals with its folio, a drop
# folio; words hyphenated at line ends; footnotes at the page feet with no heading, two in the
# middle of a paragraph and one after the bio; note markers as lone digit lines ABOVE the line
# whose sentence they end); a Substack post saved whole by Chrome (ib, raw/ib.html: navbar,
# the byline as a profile link and `Feb 17, 2026`, like/comment/restack counts, a subscribe
# widget inside the post, a share button, Substack's `div.footnote` notes after the bio, the
# subscribe footer with a second byline, three comments, the site's footer, the body again in
# a script); a Word manuscript read back by python-docx (ic: a draft banner with another date
# over the title, affiliation and e-mail lines under the byline, a word-count line, a
# paragraph a line with typed tab indents, note numbers glued to words, the notes a Word
# numbered list whose numbers are lost, the bio after them). On first contact 20 of the 29
# paragraphs (bios counted) and 0 of 7 notes were exact (ia 5 and 0, ib 9 and 0, ic 6 and 0),
# 5 of the 9 fields of the fronts right (ib's three, ic's author and date). Now ib reads whole
# (htmlpage.py: Substack's notes, its signup box and its byline) and ic reads its front and
# notes (manuscriptfront.py, listnotes.py, metadata's contact line): 9 of 10 paragraphs, its
# heading of nine words in sentence case read with the paragraph under it (as the clean text's
# own ingest reads it). ia reads whole, 10 of 10 paragraphs, 3 of 3 notes, its title, author
# and date (it read 5, 0 and none of the three): its markers above their lines glued back
# after the first stop of the line below (raisedmarkers.py), its running heads read by their
# folios, 58 at the left and 59 at the right, with the drop folio 57 beside the first
# (folioheads.py), so that its notes at the page feet move to the end (footnotes.py) and p3
# and p7 run on over the page breaks, and its opening page's chapter number, author in
# capitals and headnote read as a front (chapterfront.py).
NN_NOT_THE_ESSAY = (
    "MAREN ODUYA",  # ia's chapter
    "CARRIED ACROSS",
    "PUT OUR NAMES ON THE FRONT",
    "First given as the Guild Lecture",
    "Subscribe",  # ib's page
    "Thanks for reading",
    "Share The Front Table",
    "Launched 3 years ago",
    "Discussion about this post",
    "The till is less polite” is a good line",
    "Like (",
    "Substack is the home",
    "DRAFT 3",  # ic's manuscript
    "Correspondence:",
    "Word count",
)


def test_collection_nn_reads_its_substack_post_saved_as_html_whole() -> None:
    folder = DATA / "collection_nn"
    meta, blocks = edition_parts(ingest_file(folder / "raw" / "ib.html", "ib").edition)
    want_meta, want = edition_parts((folder / "essays" / "ib.md").read_text("utf-8"))
    assert [meta[key] for key in ("title", "author", "date")] == [
        want_meta[key] for key in ("title", "author", "date")
    ]
    assert not any(cut in block for block in blocks for cut in NN_NOT_THE_ESSAY)
    made = {straight(block) for block in blocks}
    body = [straight(block) for block in want if not block.startswith("#")]
    assert len(body) == 11 and all(block in made for block in body)  # 9 paragraphs, 2 notes


@pytest.mark.parametrize(
    "name",
    [
        "ia",
        pytest.param(
            "ic",
            marks=pytest.mark.xfail(
                strict=True,
                reason="ic reads 9 of 10 paragraphs (2 of 2 notes, its front): its heading "
                "'Where the cover matters, and where it does not' (nine words in sentence case, "
                "a comma) is read with the paragraph under it, as a heading's shape allows "
                "eight such words at most (what does not read yet)",
            ),
        ),
    ],
)
def test_collection_nn_reads_its_pdf_chapter_and_word_manuscript_whole(name: str) -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_nn", name, NN_NOT_THE_ESSAY)
    assert all(block in made for block in paragraphs)


def test_collection_nn_word_manuscript_reads_its_front_and_its_notes_without_numbers() -> None:
    made, paragraphs = read_as_editors_fronts(DATA / "collection_nn", "ic", NN_NOT_THE_ESSAY)
    notes = [block for block in paragraphs if block.startswith("[^")]
    assert len(notes) == 2 and all(note in made for note in notes)
    assert sum(block in made for block in paragraphs) == 11  # 9 of 10 paragraphs, 2 notes
    report = ingest_file(DATA / "collection_nn" / "raw" / "ic.txt", "ic").report
    assert any("had no numbers in the text" in warning for warning in report.warnings)
    rules = {item.rule for item in report.removed}
    assert {DRAFT_BANNER, WORD_COUNT_LINE} <= rules


def test_collection_nn_pdf_chapter_reports_its_markers_heads_and_front() -> None:
    report = ingest_file(DATA / "collection_nn" / "raw" / "ia.txt", "ia").report
    removed = {(item.rule, item.text) for item in report.removed}
    assert {(RAISED_MARKER, label) for label in "123"} <= removed
    assert {(CHAPTER_NUMBER_LINE, "4"), (RUNNING_HEAD, "58 CARRIED ACROSS")} <= removed
    assert (RUNNING_HEAD, "PUT OUR NAMES ON THE FRONT 59") in removed
    assert (PAGE_NUMBER, "57") in removed
    assert any(rule == HEADNOTE for rule, _ in removed)


# Collection OO (retouching a water-damaged altarpiece), written blind after NN's rules: a
# Ghost 5 post (Casper theme, Commento comments) saved whole by Chrome (ia, raw/ia.html: the
# site's header and menu, the primary tag over the title, the excerpt under it, the byline
# `Jan 12, 2026 • 4 min read`, a feature photo and an image card with captions, a pull quote
# set before the sentence it repeats, a signup card inside the post whose success message
# only CSS hides, note numbers as bare superscripts, the Notes an `<ol>`, comments quoting
# p1, a footer's call to subscribe, "read more" cards); a think tank's page through inscriptis
# 2.7.6 (ib, raw/ib.txt: a numbered breadcrumb, a standfirst and Key points, a Related line, a
# newsletter box and a photo caption inside the body, headings as bare lines, note numbers
# glued to words `gone.1`, notes ending `↑`, the bio after the notes, the footer and a cookie
# banner, indents growing with the HTML's nesting); a Word working paper through `pandoc -s
# -t markdown` (ic, raw/ic.md: a YAML block in alphabetical order, p1 as its `abstract:`, the
# author with an affiliation after a line break `\`, a subtitle, a Keywords line, a multiline
# table with its caption, the policy quoted as a `> ` paragraph, `[Legibility]{.underline}`,
# `[^n]` notes with no Notes heading, lines wrapped at 72 columns). On first contact 28 of the
# 31 paragraphs (bios counted) and 3 of 8 notes were exact (ia 10 and 3, ib 10 and 0, ic 8
# and 0 of 3 exact but one), 6 of the 9 fields of the fronts right (ib's title 'Skip to main
# content' and author unknown, ic's author with its affiliation); blocks 24, 55 and 24 made
# against 17, 16 and 18. Discovery on the editions, as they came: F1 0.46 against 0.24 (one
# theme) and 0.58 (nearest neighbours), hit@1 28 of 44 against 23 and 24. Now ia reads whole
# (postparts.py: the excerpt, the reading time, the pull quote; htmlpage.py: the signup card,
# the tag's link in a span), and ic reads its front and 10 of its 11 paragraphs
# (pandocmarkdown.py: the span, the table as a list of its rows, its caption and the keywords
# gone; markdownsource.py: the author's first line): its block quotation stays `> …`, its
# notes their `*…*` (note 2's `--` is now its en dash, `12–19`). ib reads whole (nestedpage.py: the
# article known by its paragraphs' depth of indentation, the lists above it with their labels,
# the newsletter box nested deeper inside it, its Topics, the page below it but the notes,
# their `↑` off, and the bio, the authors' cards under it gone; furniture.py: `Download PDF
# (184 KB)` under the byline is a site's button): 10 of 10 paragraphs, 2 of 2 notes, its
# front right, 16 blocks of 16.
OO_NOT_THE_ESSAY = (
    "4 min read",  # ia's page
    "Sign up for",
    "Email sent!",
    "No spam",
    "Once the paint is secure, fill the losses",  # its excerpt
    "Why varnish yellows",
    "Commento",
    "The lower panels in the temporary display",
    "Keywords",  # ic's paper
    "NICS Working Paper",
    "Northern Institute for Conservation Studies, Brayford",
    "Table 1: Losses",
    "{.underline}",
    "Skip to main content",  # ib's page
    "Main navigation",
    "Home",
    "Securing the flaking paint",  # its standfirst
    "Download PDF",
    "Key points",
    "Exposed layers are evidence",
    "Related:",
    "Get the Heritage briefing",
    "Email address",
    "Photo:",
    "Topics",
    "↑",
    "Senior Fellow, Heritage",
    "Who owns a restoration?",
    "registered charity",
    "© 2026",
    "cookies",
)


def _read(
    collection: str, name: str, emphasis: bool = True
) -> tuple[dict, list[str], set[str], list[str]]:
    """The front and blocks ingest makes of the collection's raw file `name`, those blocks as
    compared (`straight`; without emphasis's stars unless `emphasis`), and the editor's
    edition's blocks but headings, as compared."""
    folder = DATA / collection
    raw = next(path for path in (folder / "raw").iterdir() if path.stem == name)
    meta, blocks = edition_parts(ingest_file(raw, name).edition)
    _, want = edition_parts((folder / "essays" / f"{name}.md").read_text("utf-8"))
    made = {straight(block) if emphasis else straight(block).replace("*", "") for block in blocks}
    return meta, blocks, made, [straight(block) for block in want if not block.startswith("#")]


def _oo(name: str) -> tuple[dict, list[str], set[str], list[str]]:
    # (emphasis aside: ic's abstract sets `*neither*`, which its edition keeps as emphasis)
    return _read("collection_oo", name, emphasis=False)


def test_collection_oo_reads_its_ghost_post_saved_as_html_whole() -> None:
    meta, blocks, made, body = _oo("ia")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Let the Saltmarsh Altarpiece Be Whole Again",
        "Helena Voss",
        "2026-01-12",
    )
    assert not any(cut in block for block in blocks for cut in OO_NOT_THE_ESSAY)
    assert len(body) == 13 and all(block in made for block in body)  # 10 paragraphs, 3 notes
    assert len(blocks) == 17  # and nothing else: 3 headings and Notes


def test_collection_oo_reads_its_pandoc_paper_s_front_and_paragraphs_but_its_quotation() -> None:
    meta, blocks, made, body = _oo("ic")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Retouching the Saltmarsh Altarpiece: When, Where and Who Decides",
        "Ines Calloway",
        "2026-02-20",
    )
    assert not any(cut in block for block in blocks for cut in OO_NOT_THE_ESSAY)
    paragraphs = [block for block in body if not block.startswith("[^")]
    missing = [block for block in paragraphs if block not in made]
    assert len(paragraphs) == 11 and len(missing) == 1
    assert "> " + missing[0] in made  # the policy's principle, quoted as pandoc set it
    # the table, a list of its rows (an edition has no tables)
    assert any(block.startswith("- Zone · Losses · Share of painted surface") for block in blocks)


def test_collection_oo_reads_its_inscriptis_page_whole() -> None:
    meta, blocks, made, body = _oo("ib")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Leave the Losses Visible",
        "Tomasz Rendell and Amara Quist",
        "2026-02-03",
    )
    assert not any(cut in block for block in blocks for cut in OO_NOT_THE_ESSAY)
    assert len(body) == 12 and all(block in made for block in body)  # 10 paragraphs, 2 notes
    assert len(blocks) == 16  # and nothing else: 3 headings and Notes
    # the bio, which the page sets after the notes, stands above them
    assert blocks.index(body[9]) < blocks.index("## Notes")


@pytest.mark.parametrize(
    "name",
    [
        "ib",
        pytest.param(
            "ic",
            marks=pytest.mark.xfail(
                strict=True,
                reason="ic's block quotation stays `> …` (10 of 11 paragraphs, 3 of 3 notes, "
                "emphasis aside; what does not read yet)",
            ),
        ),
    ],
)
def test_collection_oo_reads_whole(name: str) -> None:
    meta, blocks, made, body = _oo(name)
    assert not any(cut in block for block in blocks for cut in OO_NOT_THE_ESSAY)
    assert all(block in made for block in body)


# Collection PP (billable hours and fixed fees for lawyers), written blind after OO's rules: a
# PDF working paper typeset by reportlab, as pymupdf4llm 2.0 turns it into Markdown in layout
# mode (ia, raw/ia.md: a masthead in bold, `# **Title**`, the authors and an italic date on one
# line with no "By", the summary in `_…_`, a Keywords line, `## **Heading**`, `<sup>n</sup>`
# markers, notes as `> 1 text` blockquotes at each page's foot, page numbers, a footer and
# running heads as paragraphs, a pipe table with its caption and source, a chart's picture text
# between HTML comments and its caption, `### **About the authors**`, a space ending every
# line); a Word document by mammoth 1.13 (ib, raw/ib.html: one line of HTML fragment with no
# html or body, the author's `OPINION – for …` and `Word count: …` over the title, the title a
# plain `<p>`, the byline with `<br />` and a job title, notes an `<ol>` of `<li
# id="footnote-n">` ending `↑`, `ENDS` and `About the author` over the bio); a Medium post
# saved whole by Chrome (ic, raw/ic.html: obfuscated classes, `Member-only story`, the byline
# with Follow, `3 min read` and `Mar 23, 2026`, claps, a lead figure, a pull quote repeating a
# sentence of p6, Notes under an h3 before the bio, the "Written by" card with another bio,
# responses, eight cards of other posts as `<article>`s, the post again as JSON). On first
# contact 16 of the 30 paragraphs (bios counted) and 2 of 7 notes were exact (ia 6 and 0, ib 0
# and 0, ic 10 and 2), 2 of the 9 fields of the fronts right (ia's title the masthead, its
# author and date unknown; ib's HTML read as one paragraph, its front unknown; ic's author
# 'Written by Priya Lennart'); blocks 33, 3 and 57 made against 17, 16 and 16. Discovery on the
# editions, as they came: F1 0.54 against 0.28 (one theme) and 0.52 (nearest neighbours),
# hit@1 0.67 against 0.62 and 0.62. Now ib reads whole (htmlfragment.py: the fragment read as
# a page's body, the byline parted at its line break; copyslug.py: the slug over the title;
# endmark.py: `ENDS`), its front right, 15 blocks of 16 (the raw has no Notes heading). ic's
# story is read from its `<article>` among the cards' (htmlpage.py), its author from Medium's
# `data-testid="authorName"`: 10 of 10 paragraphs, 2 of 2 notes, its front right but for its
# publisher (Medium, og:site_name); its byline's `Member-only story`, `·`, `Published in`,
# `3 min read` and its bio set after the notes did not read at first, and read now, as does its
# pull quote (postparts.pull_quotes: in quotation marks, under the paragraph it repeats; a
# later session). ia reads whole
# (pymupdfmarkdown.py: the masthead above `# **Title**`, the authors and date under it read as
# the front's, the keywords; picturetext.py: the chart's labels; exhibits.py: Table 1 with its
# caption and source, Figure 1's caption; pagebreaks.py: the page numbers, the footer with ©
# and the running heads in capitals round them; quotednotes.py: the `> 1 …` notes and their
# `<sup>` calls, as Markdown's footnotes set at the end): 10 of 10 paragraphs, 3 of 3 notes,
# its front right, 16 blocks of 17 (the raw has no Notes heading).
PP_NOT_THE_ESSAY = (
    "OPINION",  # ib's document
    "Word count",
    "Managing Partner",
    "ENDS",
    "About the author",
    "↑",
    "Responses",  # ic's page
    "What are your thoughts?",
    "recording the hours and being judged by them are two separate things",
    "More from",
    "Recommended from Medium",
    "Staff Picks",
    "See all",
    "followers",
    "I write about how lawyers are paid",
    "Written by",
    "A conveyancing file",
    "Photo by",
    "Legal Profession",
    "Text to speech",
    "__APOLLO_STATE__",
    "Member-only story",  # ic's header, its words each an element of its own
    "Published in",
    "min read",
)


def _pp(name: str) -> tuple[dict, list[str], set[str], list[str]]:
    return _read("collection_pp", name)


def test_collection_pp_reads_its_word_document_by_mammoth_whole() -> None:
    meta, blocks, made, body = _pp("ib")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Clock: Why Rule 9B Would Hurt Clients and Juniors Alike",
        "Malcolm Ardery",
        "2026-03-16",
    )
    assert not any(cut in block for block in blocks for cut in PP_NOT_THE_ESSAY)
    assert len(body) == 12 and all(block in made for block in body)  # 10 paragraphs, 2 notes
    assert len(blocks) == 15  # and nothing else: 3 headings (the raw has no Notes heading)


# What pymupdf4llm printed round ia's text: none of it is the essay's.
PP_IA_NOT_THE_ESSAY = (
    "CENTRE FOR LEGAL PRACTICE",
    "Working Paper Series",
    "Keywords",
    "Table 1",
    "Thirdyearqualified",
    "Source:",
    "picture text",
    "fixed fees<br>",
    "Figure 1",
    "peer reviewed",
    "CLP WORKING PAPER",
    "QUARRIE AND FERRAND",
    "COUNTING IN SIX-MINUTE UNITS",
    "MARCH 2026",
    "About the authors",
    "<sup>",
    "> ",
)


def test_collection_pp_reads_its_pdf_by_pymupdf4llm_whole() -> None:
    meta, blocks, made, body = _pp("ia")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Counting in Six-Minute Units: The Case for Rule 9B",
        "Nessa Quarrie and Tobias Ferrand",
        "2026-03-09",
    )
    assert not any(cut in block for block in blocks for cut in PP_IA_NOT_THE_ESSAY)
    assert len(body) == 13 and all(block in made for block in body)  # 10 paragraphs, 3 notes
    assert len(blocks) == 16  # and nothing else: 3 headings (the raw has no Notes heading)
    order = [straight(block) for block in blocks]
    assert order.index(body[9]) < order.index(body[10])  # the bio above the notes
    assert meta["publisher"] == "unknown"  # (the masthead names the series, no publisher)


def test_collection_pp_reads_its_medium_post_s_paragraphs_notes_and_front() -> None:
    meta, blocks, made, body = _pp("ic")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Fixed Fees Where the Work Can Be Scoped, Hours Where It Cannot",
        "Priya Lennart",
        "2026-03-23",
    )
    assert not any(cut in block for block in blocks for cut in PP_NOT_THE_ESSAY)
    assert len(body) == 12 and all(block in made for block in body)  # 10 paragraphs, 2 notes
    # (the publication it is published in, not the platform; the bio above the notes, as the
    # editor sets it)
    assert meta["publisher"] == "The Practice Ledger"
    read = [straight(block) for block in blocks]
    assert read.index(body[9]) < read.index(body[10])


@pytest.mark.parametrize(
    "name",
    ["ib", "ic", "ia"],
)
def test_collection_pp_reads_whole(name: str) -> None:
    meta, blocks, made, body = _pp(name)
    want = edition_parts((DATA / "collection_pp" / "essays" / f"{name}.md").read_text("utf-8"))
    assert all(block in made for block in body)
    assert not any(cut in block for block in blocks for cut in PP_NOT_THE_ESSAY)
    # every block, in order (the raw sets no Notes heading)
    assert [straight(block) for block in blocks if not block.startswith("## Notes")] == [
        straight(block) for block in want[1] if block != "## Notes"
    ]


# Collection QQ (a rostered nap for night-shift clinicians), written blind after PP's rules: a
# Word document saved by Word as "Web Page, Filtered" (ia, raw/ia.htm: windows-1252 bytes
# declared by `<meta http-equiv=Content-Type>`, CRLF, the source hard-wrapped at about 76
# columns even inside tags, Mso classes, the title an `MsoTitle` paragraph and the byline an
# `MsoSubtitle`, `&nbsp;` empty paragraphs, Word's footnotes `_ftnref1`/`_ftn1` in `ftnN` divs
# after a short `<hr>` and no Notes heading, an italic bio); a Google Doc downloaded as "Web
# page (.html, zipped)" (ib, raw/ib.html: one line, CSS first, generated `.cN` classes, the
# title and byline `class="title"`/`"subtitle"` paragraphs, `h1`s with `h.` ids, empty spacer
# paragraphs, a link through `google.com/url?q=…`, runs opening with `&nbsp;`, `<sup><a
# href="#ftnt1">` calls and the notes after an `<hr>`); a reportlab PDF read by pypdfium2 (ic,
# raw/ic.txt: tested by its own file). On first contact (f2c4d38) ia was refused (`not UTF-8
# text (byte 0x92)`: the declared windows-1252 not honoured); ib read 10 of 10 paragraphs and 2
# of 2 notes, but its title was its first heading ('The problem we actually have', lost from
# the body), 15 blocks of 16. Now ia is read in the charset it declares (sourcefile.py) and
# both take their title from the word processor's Title paragraph (htmlpage.py): ia 9 of 9
# paragraphs, 2 of 2 notes, 14 blocks of 15; ib 10 of 10, 2 of 2, 15 of 16, their fronts
# right (neither raw sets a Notes heading).
QQ_NOT_THE_ESSAY = (
    "MsoNormal",  # Word's page: its classes, styles and head
    "font-family",
    "Calibri",
    "Microsoft Word",
    "WordSection1",
    "windows-1252",
    "_ftn",
    "\x92",  # (a byte read as Latin-1 would be a C1 control, as UTF-8 it is refused)
    "â€",  # mojibake of a curly apostrophe or dash (UTF-8 read as windows-1252)
    "By Tamsin Achterberg",  # the bylines, read as the front's
    "By Gideon Marlowe",
    "12 January 2026",
    "26 January 2026",
    "google.com",  # Google's page: its redirect, classes and styles
    "usg=",
    "ftnt",
    "doc-content",
    ".c1",
    "{",
    "\xa0",  # a `&nbsp;` opening a run is a word space
    "  ",
)


def _qq(name: str) -> tuple[dict, list[str], set[str], list[str]]:
    return _read("collection_qq", name)


QQ_FRONTS = {
    "ia": ("Let the Night Shift Sleep", "Tamsin Achterberg", "2026-01-12"),
    "ib": ("A Nap Is Not a Staffing Plan", "Gideon Marlowe and Priya Venkataraman", "2026-01-26"),
}


@pytest.mark.parametrize("name", ["ia", "ib"])
def test_collection_qq_reads_whole(name: str) -> None:
    meta, blocks, made, body = _qq(name)
    want = edition_parts((DATA / "collection_qq" / "essays" / f"{name}.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == QQ_FRONTS[name]
    assert all(block in made for block in body)
    assert not any(cut in block for block in blocks for cut in QQ_NOT_THE_ESSAY)
    # every block, in order (the raw sets no Notes heading)
    assert [straight(block) for block in blocks] == [
        straight(block) for block in want[1] if block != "## Notes"
    ]


# Collection RR (DNA sampling of herbarium type specimens), written blind: a magazine page saved
# by Chrome as "Webpage, Single File" (ra, raw/ra.mhtml: a MIME multipart/related message,
# `From: <Saved by Blink>`, `Snapshot-Content-Location:`, its `Date:` the day it was saved; the
# HTML part quoted-printable, soft breaks inside words and tags, UTF-8 bytes as `=E2=80=99`, no
# charset in the part's header but a `<meta http-equiv>` one; then CSS, SVG and base64 PNG
# parts; the page with the site's header, navigation, a kicker, a standfirst the author did not
# write, share bars, the lead figure, a Related link and a newsletter box between paragraphs,
# the notes' section (its `Notes` heading, `↩` back-links) before the bio, topics, comments,
# More from Opinion cards, the footer and a cookie banner); a journal article in JATS XML (rb)
# and a two-column PDF by pdftotext -layout (rc), tested by the files of their own. On first
# contact (fe08826) ra was read as an e-mail saved whole: 8 of 10 paragraphs, 1 of 2 notes, its
# front right but its summary's apostrophe mojibake (`plant���s`: the HTML part decoded as ASCII),
# the newsletter box a heading and two paragraphs, the bio below the notes, the topics a heading
# and a list, 20 blocks for 16. Now the file is read as MHTML (mhtml.py: its HTML part decoded
# in the charset its HTML declares, the other parts left out) and the page's newsletter box,
# topics and Notes heading as an edition has them (htmlpage.py, pagetags.py): 10 of 10
# paragraphs, 2 of 2 notes, its front right, 16 blocks of 16.
RR_NOT_THE_ESSAY = (
    "=E2=80",  # quoted-printable, undecoded, or read as something else
    "=\n",
    "\ufffd",
    "â€",  # (the bytes of a curly apostrophe read as windows-1252)
    "MultipartBoundary",  # the message's envelope and its other parts
    "Content-Type",
    "Saved by Blink",
    "font-family",
    "iVBOR",
    "Skip to main content",  # the site's page round the essay
    "Thursday 15 January 2026",
    "Ideas from the living world",
    "Subscribe",
    "Herbaria guard their type specimens jealously",  # the standfirst (the sub-editor's)
    "7 min read",
    "Share on",
    "37 comments",
    "Photograph: Marek Dunning",  # the lead figure's caption and credit
    "The seed bank that ran out of freezer space",  # the Related link
    "The Lamina Weekly",  # the newsletter box
    "Sign up",
    "unsubscribe",
    "↩",
    "Topics",
    "Museums",
    "Comments (37)",
    "More from Opinion",
    "Priya Holloway",
    "Lamina Media Ltd",
    "We use cookies",
    "Accept all",
)


def _rr(name: str) -> tuple[dict, list[str], set[str], list[str]]:
    return _read("collection_rr", name)


RR_FRONTS = {
    "ra": (
        "Cut the Leaf: Why Herbaria Should Let Us Sequence Their Type Specimens",
        "Ilse Marwood",
        "2026-01-14",  # the page's <time>, not the save date in the MIME header
    ),
}


@pytest.mark.parametrize("name", ["ra"])
def test_collection_rr_reads_whole(name: str) -> None:
    meta, blocks, made, body = _rr(name)
    want = edition_parts((DATA / "collection_rr" / "essays" / f"{name}.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == RR_FRONTS[name]
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    assert all(block in made for block in body)
    assert not any(cut in block for block in blocks for cut in RR_NOT_THE_ESSAY)
    # every block, in order (the page sets a Notes heading over its notes)
    assert [straight(block) for block in blocks] == [straight(block) for block in want[1]]


# Collection SS (patients recording their own consultations), written blind after RR's rules:
# a magazine page through readability-lxml 0.9's `Document(page).summary()` (sa, raw/sa.html:
# the document the program writes, `<html><body><div><div class="article-body">`, no head, so no
# title, byline or date; the editor's standfirst pulled to the top of the body; the paragraphs
# and subheads with `<sup>` note calls; an `<aside>` pull quote repeating a sentence; a "Read
# more" box rewritten as a `<p>` of a label and a link; a newsletter box, its heading, pitch and
# privacy line, its form removed by the program; the bio in emphasis; the notes as an `<ol>`
# under a Notes heading, `↩` back-links); a book chapter typeset with reportlab and read by
# pypdf's layout mode (sb) and an EPUB chapter's XHTML (sc), tested by the files of their own.
# On first contact (c04013b) sa read 10 of 10 paragraphs and 2 of 2 notes, its front unknown
# (right: the file holds none) with no word of it in the report, 20 blocks for 16: the
# standfirst a paragraph, the newsletter box a heading and two paragraphs. Now the summary is
# known by its shape (readabilitysummary.py): the standfirst (a first block ending `…, argues a
# campaigner …`) and the box (its small print standing for its form) go, each listed, and the
# report warns that the source gives no title, author or date, offering the bio's name: 10 of
# 10 paragraphs, 2 of 2 notes, 16 blocks of 16, the front left unknown.
SS_NOT_THE_ESSAY = (
    "<div",  # the program's document round the article
    "article-body",
    "A phone on the desk is not an accusation. Hospitals",  # the standfirst (the sub-editor's)
    "argues a campaigner",
    "“It is the chance to hear",  # the pull quote, said again
    "Read more",  # the related link's box
    "Why a second opinion is harder",
    "The Lantern Weekly",  # the newsletter box, its form gone
    "in your inbox every Friday",
    "By signing up",
    "unsubscribe",
    "↩",
)


@pytest.mark.parametrize("name", ["sa"])
def test_collection_ss_reads_whole(name: str) -> None:
    meta, blocks, made, body = _read("collection_ss", name)
    raw = next(path for path in (DATA / "collection_ss" / "raw").iterdir() if path.stem == name)
    want = edition_parts((DATA / "collection_ss" / "essays" / f"{name}.md").read_text("utf-8"))
    # The summary keeps no title, byline or date: none is invented, and the report says so,
    # offering the name the bio opens with.
    assert (meta["title"], meta["author"], meta["date"]) == ("unknown",) * 3
    report = str(ingest_file(raw, name).report)
    assert "warning: the source gives no title, author or date" in report
    assert "opens with a name, Ines Markham: the author, maybe" in report
    assert "readability-lxml's summary of a page" in report
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    assert all(block in made for block in body)
    assert not any(cut in block for block in blocks for cut in SS_NOT_THE_ESSAY)
    # every block, in order (the page sets a Notes heading over its notes)
    assert [straight(block) for block in blocks] == [straight(block) for block in want[1]]
