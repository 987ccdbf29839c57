"""A preprint's front, first-page foot and list of references (synoptic.preprint); nested lists."""

from __future__ import annotations

import pytest

from ingest_lines import lines_of
from synoptic.emit import list_depths
from synoptic.ingest import ingest_text
from synoptic.pages import page_furniture, page_starts
from synoptic.preprint import author_names, cited_list, preprint_front
from test_ingest_collection_b import edition_parts, rules_by_text

BODY = (
    "1. Introduction\n\n"
    "Town councils have borrowed to build market halls for a decade (Okafor, 2021), and\n"
    "the results are mixed: some halls are full and pay their way, while others stand half\n"
    "empty and cost their councils more each year than the shops they were built to help.\n\n"
    "The halls we studied lost money in their third year, when the grants that paid for\n"
    "their opening had been spent and the loans that built them began to be repaid.\n"
)
FRONT = (
    "Market Halls and the Public Purse: Evidence\n"
    "from Six Towns\n\n"
    "{authors}\n\n"
    "1 School of Public Policy, University of Eddlestone\n"
    "2 Fenwold Institute for Local Economies\n"
    "ann.lee@eddlestone.example, bo.ma@fenwold.example\n\n"
    "Abstract\n\n"
    "We compare six market halls and find that most lose money.\n\n"
    "Keywords: markets; borrowing;\n"
    "town centres\n\n"
)


@pytest.mark.parametrize(
    ("line", "marks", "names"),
    [
        ("Priya Ashdowna , Tomas Rehnb", {"a", "b"}, ["Priya Ashdown", "Tomas Rehn"]),
        ("Ann Lee1,∗ and Bo Ma2", {"1", "2", "∗"}, ["Ann Lee", "Bo Ma"]),
        ("Ann Lee a,b , Bo Ma b", {"a", "b"}, ["Ann Lee", "Bo Ma"]),
        # a name's own last letter is no mark unless every name ends in one
        ("Anna Costa , Tomas Rehn", {"a", "b"}, ["Anna Costa", "Tomas Rehn"]),
        ("Ilse Varga", set(), ["Ilse Varga"]),
        ("We compare six market halls", set(), []),
        ("Smith", set(), []),  # one word: no author's line
    ],
)
def test_author_names_without_their_marks(line: str, marks: set[str], names: list[str]) -> None:
    assert author_names([line], marks) == names


def test_a_preprints_front_goes_and_gives_the_front_matter() -> None:
    made = ingest_text(FRONT.format(authors="Ann Lee1,∗ , Bo Ma2") + BODY, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert meta["title"] == "Market Halls and the Public Purse: Evidence from Six Towns"
    assert meta["author"] == "Ann Lee and Bo Ma"
    assert blocks[0] == "We compare six market halls and find that most lose money."
    assert blocks[1] == "## 1\\. Introduction"
    assert len(blocks) == 4
    removed = {item.text for item in made.report.removed}
    assert {"Abstract", "Keywords: markets; borrowing;", "town centres", "Ann Lee1,∗ , Bo Ma2"} <= (
        removed
    )
    assert "ann.lee@eddlestone.example, bo.ma@fenwold.example" in removed


def test_an_abstract_heading_without_an_authors_line_is_a_texts() -> None:
    # a report's section headed "Abstract" under its title and a subtitle: no preprint
    text = (
        "Market Halls\n\nA report for the council\n\nAbstract\n\nWe compare six halls.\n\n" + BODY
    )
    assert preprint_front(lines_of(text), []).removed == []


def test_the_first_pages_foot_goes_only_with_the_templates_line() -> None:
    page = (
        FRONT.format(authors="Ann Lee , Bo Ma")
        + BODY
        + "\nEmail addresses: ann.lee@eddlestone.example (Ann Lee)\n\n"
    )
    submitted = page + "Preprint submitted to Local Finance Review\n\nMarch 9, 2026\n\n1\n"
    text = submitted + "\fThe second page.\n"
    found = preprint_front(lines_of(text), page_starts(text))
    assert [item.text for item in found.foot] == [
        "Email addresses: ann.lee@eddlestone.example (Ann Lee)",
        "Preprint submitted to Local Finance Review",
        "March 9, 2026",
    ]
    assert found.facts["date"] == "2026-03-09"
    text = page + "1\n\fThe second page.\n"
    assert preprint_front(lines_of(text), page_starts(text)).foot == []


def test_a_list_of_references_goes_when_the_text_cites_it_by_author_and_year() -> None:
    cited = BODY + "\nReferences\n\nOkafor, N., 2021. From survey to stall. Working Paper.\n"
    assert [line.text for line in cited_list(lines_of(cited))] == [
        "References",
        "Okafor, N., 2021. From survey to stall. Working Paper.",
    ]
    uncited = BODY + "\nReferences\n\nHalloran, D., 2019. Market halls. Review 12.\n"
    assert cited_list(lines_of(uncited)) == []


CHICAGO = (
    "Town councils have borrowed to build market halls (Okafor 2021), and the results are\n"
    "mixed: some halls pay their way, while others cost their councils more each year.[1]\n\n"
    "References\n\n"
    "Okafor, N. 2021. From Survey to Stall. Eddlestone: Fenwold Institute.\n\n"
)


def test_a_chicago_list_with_numbered_notes_below_it_goes() -> None:
    # (`[1]` there marks a note, not an entry of the list: the notes stand below it)
    listed = cited_list(lines_of(CHICAGO + "[1] Two halls closed in their first year.\n"))
    assert [line.text for line in listed] == [
        "References",
        "Okafor, N. 2021. From Survey to Stall. Eddlestone: Fenwold Institute.",
    ]
    # no notes below: `[1]` may cite the list by number, and it stays
    assert cited_list(lines_of(CHICAGO)) == []


def test_pandoc_s_title_block_of_one_author_and_a_preprint_s_own_funding_section() -> None:
    # (a review's probes: one author, no `;`, over the date; a `Funding` section of the paper's
    # own with no Taylor & Francis front, no CONTACT line, stays)
    raw = (
        "Market Halls and the Public Purse\nAnn Lee\n3 March 2026\n\n"
        "School of Public Policy, University of Eddlestone\n\n"
        "Abstract\n\nWe compare six market halls and find that most lose money.\n\n"
        + BODY
        + "\nFunding\n\nThe county and the towns should share the cost of the halls.\n"
    )
    made = ingest_text(raw, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"]) == ("Market Halls and the Public Purse", "Ann Lee")
    assert "The county and the towns should share the cost of the halls." in blocks


def test_pandoc_s_title_block_over_a_manuscript_s_front_and_its_end_matter() -> None:
    # `pandoc -s -t plain`: the title, the authors joined by "; " and the date, no blank line
    # between; then Taylor & Francis's manuscript: an affiliation a name's block, CONTACT, …
    raw = (
        "Market Halls and the Public Purse\nAnn Lee; Bo Ma\n3 March 2026\n\n"
        "Ann Lee, School of Public Policy, University of Eddlestone, Eddlestone,\nUK\n\n"
        "Bo Ma, Ma Retail Advisers, Fenwold, UK\n\n"
        "CONTACT Ann Lee, ann.lee@eddlestone.example\n\n"
        "Abstract\n\nWe compare six market halls and find that most lose money.\n\n"
        + BODY
        + "\nNotes on contributors\n\nAnn Lee teaches public policy at Eddlestone.\n\n"
        "Disclosure statement\n\nNo potential conflict of interest was reported.\n\n"
        "Funding\n\nThis work received no specific grant.\n"
    )
    made = ingest_text(raw, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        "Market Halls and the Public Purse",
        "Ann Lee and Bo Ma",
        "2026-03-03",
    )
    gone = rules_by_text(made)
    affiliation = "Bo Ma, Ma Retail Advisers, Fenwold, UK"
    assert all(line in gone for line in (affiliation, "UK", "Funding", "Notes on contributors"))
    assert blocks[0] == "We compare six market halls and find that most lose money."
    assert blocks[-1] == "Ann Lee teaches public policy at Eddlestone."


@pytest.mark.parametrize(
    ("bullets", "depths"),
    [
        ([(0, "●"), (0, "●"), (0, "○"), (0, "○"), (0, "●")], [0, 0, 1, 1, 0]),  # Google Docs
        ([(2, "•"), (6, "•"), (10, "•"), (2, "•")], [0, 1, 2, 0]),  # set further in
        ([(0, "•"), (0, "•")], [0, 0]),
        ([(2, "•"), (2, "•"), (0, "•")], [0, 0, 0]),  # one set less far in: no deeper
        ([(0, "●"), (0, "○"), (0, "■"), (0, "○"), (4, "●")], [0, 1, 2, 1, 2]),
    ],
)
def test_list_items_nest_by_their_bullet_and_indent(bullets: list, depths: list[int]) -> None:
    assert list_depths(tuple(bullets)) == depths


WORKING_PAPER = (
    "INSTITUTE FOR LOCAL ECONOMIES\n"
    "Working Paper Series No. 2026-04\n\n"
    "Market Halls and the Public Purse\n\n"
    "Ann Lee*\n\n"
    "Fenwold Institute for Local Economies\n"
    "ann.lee@fenwold.example\n\n"
    "This version: 9 March 2026\n\n"
    "Abstract: We compare six market halls, in six towns that borrowed to build them, and find\n"
    "that most of them lose money once their grants are spent and their loans fall due, so\n"
    "that councils should not borrow for them on the terms offered today.\n\n"
    "Keywords: markets; borrowing\n\n"
    "Working papers are circulated for discussion and comment. The views expressed are those\n"
    "of the author.\n\n"
    "* Ann Lee is a research fellow at the Fenwold Institute for Local Economies.\n\n" + BODY
)


def test_a_working_papers_front_goes_and_its_authors_biography_comes_last() -> None:
    made = ingest_text(WORKING_PAPER, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Market Halls and the Public Purse",
        "Ann Lee",
        "2026-03-09",
    )
    assert blocks[0].startswith("We compare six market halls, in six towns")  # no label
    assert (
        blocks[-1] == "Ann Lee is a research fellow at the Fenwold Institute for Local Economies."
    )
    removed = {item.text for item in made.report.removed}
    assert {"INSTITUTE FOR LOCAL ECONOMIES", "Working Paper Series No. 2026-04"} <= removed
    assert (
        "Working papers are circulated for discussion and comment. The views expressed are those"
        in removed
    )
    assert not any("circulated" in block or "Keywords" in block for block in blocks)


ARTICLE = (
    "Market Halls and the Public Purse\n\n"
    "Ann Lee∗1 and Bo Ma†2\n"
    "1School of Public Policy, University of Eddlestone\n"
    "2Fenwold Institute for Local Economies\n\n"
    "Abstract\n\n"
    "We compare six market halls and find that most lose money.\n\n"
    "arXiv:2603.01234v1 [econ.GN] 9 Mar 2026\n\n"
    "1\n\n"
    "Introduction\n\n"
    "Town councils have borrowed to build market halls for a decade, and the results are\n"
    "mixed: some halls are full and pay their way, while others stand half empty and cost\n"
    "their councils more each year than the shops they were built to help.1\n\n"
    "∗Corresponding author. E-mail: ann.lee@eddlestone.example\n"
    "1The councils’ accounts, 2015 to 2025.\n\n"
    "1\n"
    "\fThe halls we studied lost money in their third year, when the grants that paid for their\n"
    "opening had been spent and the loans that built them began to be repaid, and none of them\n"
    "has yet paid back what it cost.\n\n"
    "2\n"
    "\f"
)


def test_an_article_class_preprint_its_stamp_section_numbers_and_notes_at_the_feet() -> None:
    made = ingest_text(ARTICLE, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["author"], meta["date"]) == ("Ann Lee and Bo Ma", "2026-03-09")  # the stamp's
    assert blocks[1] == "## Introduction"  # its number, on a line of its own, goes
    # the page's foot (the note on the author, the note, the page number) between two
    # paragraphs goes; the note is the edition's
    assert blocks[2].endswith("they were built to help.[^1]")
    assert blocks[3].startswith("The halls we studied lost money")
    assert blocks[-1] == "[^1]: The councils’ accounts, 2015 to 2025."
    rules = rules_by_text(made)
    assert "stamp" in rules["arXiv:2603.01234v1 [econ.GN] 9 Mar 2026"]
    assert "section number" in rules["1"]
    assert "page number" in rules["2"]
    assert not any(block in ("1", "2") for block in blocks)


def test_lone_numbers_that_end_their_pages_count_them() -> None:
    text = "One page of text.\n\n2\n\fAnother page of text.\n\n3\n\f"
    assert {item.text for item in page_furniture(lines_of(text), page_starts(text))} == {"2", "3"}
    once = "One page of text.\n\n7\n\fAnother page of text.\n"
    assert page_furniture(lines_of(once), page_starts(once)) == []  # no count: maybe the text's
