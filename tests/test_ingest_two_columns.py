"""A two-column article through `pdftotext -layout` (twocolumns.py, docs/editions.md).

Collection RR's rc (raw/rc.txt) is a society journal's two-column article typeset with
reportlab and read by `pdftotext -layout`: on each line of page 41 the left column's line, the
gutter (a run of spaces, the right column at character 69) and the right column's line; a title
block over both columns above them (kicker, title, author, affiliation, correspondence, the
Received | Accepted | Published online line, `Abstract` over p1, `Keywords`); numbered section
headings (`1. Unique by definition`); justified, hyphenated lines (`herb-` / `arium`, and `re-`
/ `cords` across the column break with the left column's note between); the notes at each
column's foot, each number alone over its indented text, the two columns' notes interleaved;
the journal's line and DOI atop page 41, a © line and `41` at its foot, `42` and `BRANDAUER`
atop page 42 (set in one column, its lines at full left); the bio, then an author–date
References list.

First contact (fe08826, and again on 3c99ca5): 0 of 10 paragraphs, 0 of 2 notes, the title the
running head's journal line, author and date unknown, 29 blocks for 16. Then (17a6ad5): 9 of 10
paragraphs and 2 of 2 notes, the title `PERSPECTIVE`, author and date unknown, 21 blocks for 16.
Now rc reads whole: 10 of 10 paragraphs, 2 of 2 notes, its title, author and date (the
publication's), 15 blocks for 16 (the editor's `## Notes` heading aside): its front is read as a
preprint's (preprint.py), the title block with no blank line split, and its References list,
cited by author and year, goes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.furniture import FIRST_PAGE_HEAD, PAGE_NUMBER, RUNNING_HEAD
from synoptic.ingest import ingest_text
from synoptic.preprint import KEYWORDS, history_date
from synoptic.twocolumns import gutter, two_columns
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import _read, straight

DATA = Path(__file__).parent / "data"

# What must not survive of rc's pages: its columns' other halves, its heads, feet and numbers.
RR_NOT_THE_ESSAY = (
    "Journal of Herbarium Practice",
    "https://doi.org",
    "© 2026",
    "BRANDAUER",
    "cords are often mislabelled.2 A sheet",  # (a line of both columns)
    "\\[^",
)


def _rr(name: str) -> tuple[dict, list[str], set[str], list[str]]:
    return _read("collection_rr", name)


def test_collection_rr_rc_reads_its_columns_body_and_notes() -> None:
    meta, blocks, made, body = _rr("rc")
    assert not any(cut in block for block in blocks for cut in RR_NOT_THE_ESSAY)
    # every paragraph, the summary (p1, under the front) too, and both notes
    assert all(block in made for block in body)
    notes = [block for block in blocks if block.startswith("[^")]
    assert [straight(note) for note in notes] == body[-2:]


def test_collection_rr_rc_reads_whole() -> None:
    meta, blocks, made, body = _rr("rc")
    want = edition_parts((DATA / "collection_rr" / "essays" / "rc.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The Leaf That Cannot Be Replaced: Against Destructive Sampling of Type Specimens",
        "Hollis Brandauer",
        "2026-02-20",
    )
    assert [straight(block) for block in blocks if not block.startswith("## Notes")] == [
        straight(block) for block in want[1] if block != "## Notes"
    ]


# A made-up two-column page: two columns of 30 characters, the gutter at 40.
LEFT = [
    "1. Where the ferry stops",
    "The ferry has called at the pier",
    "every morning since the war, and",
    "the village has grown round the",
    "timetable it keeps; the shop and",
    "the school open when it docks.1",
    "   A second paragraph opens here",
    "with an indent, as the journal",
    "sets them, and it runs on to the",
    "foot of the column, where a word",
    "is broken at the col-",
    "",
    "1",
    "    The harbour board's log, 1952.",
]
RIGHT = [
    "umn break and goes on at the top",
    "of the right one, as pages do.2",
    "",
    "2. What a closure would cost",
    "",
    "Without the ferry the pupils of",
    "the island would board on the",
    "mainland all week, and the shop",
    "would close within the year, as",
    "the council's own report admits",
    "in its closing pages, plainly.",
    "",
    "2",
    "    Council report, 2024, p. 12.",
]
GUTTER = 40


def _page(left: list[str], right: list[str], gutter_at: int = GUTTER) -> list[str]:
    return [(f"{a:<{gutter_at}}{b}" if b else a).rstrip() for a, b in zip(left, right, strict=True)]


TITLE = ["", "A Ferry Worth Keeping", "Ann Lee", ""]


def test_a_gutter_is_where_both_sides_hold_prose_on_many_lines() -> None:
    assert gutter(_page(LEFT, RIGHT)) == GUTTER


def test_two_columns_are_read_left_then_right_under_the_title() -> None:
    read = two_columns("\n".join(TITLE + _page(LEFT, RIGHT)) + "\n")
    assert read.found and read.pages == 1
    lines = read.text.split("\n")
    assert lines[:4] == TITLE  # (the lines across the page stay where they stand)
    assert lines[4:15] == LEFT[:11]  # (the left column, its paragraph's indent kept)
    # (the right column under it, a blank row beside the left's text gone: indents mark
    # paragraphs here)
    assert lines[15:17] == RIGHT[:2]
    assert "2. What a closure would cost" in lines


def test_notes_at_a_column_s_foot_go_to_the_page_s_foot_with_their_numbers() -> None:
    read = two_columns("\n".join(TITLE + _page(LEFT, RIGHT)) + "\n")
    assert read.notes == 2
    lines = read.text.rstrip("\n").split("\n")
    assert lines[-2:] == ["1 The harbour board's log, 1952.", "2 Council report, 2024, p. 12."]
    # (the word broken over the column break now closes up: no note between its halves)
    at = lines.index("is broken at the col-")
    assert lines[at + 1] == "umn break and goes on at the top"


def test_a_number_alone_no_word_carries_is_no_note() -> None:
    left = [line.replace("docks.1", "docks.") for line in LEFT]
    read = two_columns("\n".join(_page(left, RIGHT)) + "\n")
    assert read.notes == 1  # (the right column's, `do.2`, alone)
    assert "1 The harbour board's log, 1952." not in read.text


def test_page_heads_feet_and_numbers_counting_up_are_removed_and_reported() -> None:
    one = ["Ferry Studies 3 (2026) 7–8" + " " * 30 + "https://doi.org/10.1/fs.7", ""]
    one += TITLE + _page(LEFT, RIGHT) + ["", "© 2026 The Author." + " " * 30 + "7"]
    two = ["8" + " " * 8 + "LEE", "", "and so the ferry stays, whole."]
    read = two_columns("\n".join(one) + "\n\f" + "\n".join(two) + "\n")
    rules = {(item.text, item.rule) for item in read.removed}
    assert rules == {
        ("Ferry Studies 3 (2026) 7–8", FIRST_PAGE_HEAD),
        ("https://doi.org/10.1/fs.7", FIRST_PAGE_HEAD),
        ("© 2026 The Author.", RUNNING_HEAD),
        ("7", PAGE_NUMBER),
        ("8", PAGE_NUMBER),
        ("LEE", RUNNING_HEAD),
    }
    lines = read.text.split("\n")
    assert all(lines[item.line - 1].strip("\f") == item.text for item in read.removed)


def test_an_ingest_of_a_two_column_page_reads_its_paragraphs_and_notes() -> None:
    one = TITLE + ["By Ann Lee", ""] + _page(LEFT, RIGHT)
    made = ingest_text("\n".join(one[1:2] + one[3:]) + "\n", "ferry", "ferry.txt")
    assert "The ferry has called at the pier every morning since the war" in made.edition
    assert "at the column break and goes on" in made.edition
    assert "[^1]: The harbour board's log, 1952." in made.edition
    assert any("read column by column" in shape for shape in made.report.shapes)


# Near misses: a text set in one column reads as it did.
TABLE = """Annual figures for the ferry, as the board reported them to the council each year.

    Year        Sailings        Passengers        Freight (t)
    2019        1,204           88,310            4,120
    2020        903             51,004            3,880
    2021        1,011           60,222            3,902
    2022        1,198           84,909            4,233
    2023        1,210           90,114            4,300
    2024        1,215           91,870            4,410
    2025        1,220           93,001            4,390
    2026        1,222           94,550            4,505
    2027        1,230           95,002            4,600

The figures show the service recovering after the closures of the pandemic years.
"""

QUOTATION = """The board's chairman put the case plainly in his letter of that spring, which
the council printed in full and which is worth quoting at some length here:

        We have run this ferry for seventy years and we will run it for seventy
        more, if the council lets us keep the pier in repair and the timetable
        as it stands; every other plan we have seen costs the island its school.

Nobody on the council answered him in writing.
"""

POEM = """The ferryman's song, as the island sings it:

    Over the water and back again,
        twice in the morning, once at night,
    the boat goes out in the wind and rain
        and comes home late with its lantern light.

That is all the song there is.
"""

NEWSLETTER = """The ferry has called at the pier every morning since the war, and the village
has grown round the timetable it keeps; the shop and the school open when it

docks, and the council has never once asked whether it should go on doing so.
"""


@pytest.mark.parametrize("text", [TABLE, QUOTATION, POEM, NEWSLETTER])
def test_a_text_in_one_column_is_read_as_it_stands(text: str) -> None:
    read = two_columns(text)
    assert not read.found and read.text == text and not read.removed


def test_a_one_column_page_after_a_two_column_one_stays_as_it_is() -> None:
    two = ["and so the ferry stays, whole.", "", "Ann Lee writes on islands."]
    read = two_columns("\n".join(_page(LEFT, RIGHT)) + "\n\f" + "\n".join(two) + "\n")
    assert read.pages == 1
    assert read.text.endswith("\f" + "\n".join(two) + "\n")


# rc's front, as any paper's: the title block over both columns with no blank line (a kicker,
# the title over two lines, the author over the affiliation, the correspondence, the history's
# dates), `Abstract` over the summary, a `Keywords` line in bold with no colon.
RC = DATA / "collection_rr" / "raw" / "rc.txt"


def test_rc_s_front_is_read_and_each_line_of_it_reported() -> None:
    made = ingest_text(RC.read_text("utf-8"), "rc", "raw/rc.txt")
    removed = {item.text for item in made.report.removed}
    assert {
        "PERSPECTIVE",
        "Hollis Brandauer",
        "Wrenfield University Herbarium, School of Life Sciences, University of Wrenfield, "
        "Wrenfield",
        "Correspondence: Hollis Brandauer (hbrandauer@wrenfield-uni.org)",
        "Received 2 December 2025 | Accepted 28 January 2026 | Published online 20 February 2026",
        "Abstract",
        "Keywords destructive sampling; herbaria; holotype; nomenclature; sequence archives",
        "References",
        "Glashütten: Koeltz Botanical Books.",
    } <= removed
    # (the bio above the list stays, the body's last paragraph)
    assert "Hollis Brandauer has been curator of the Wrenfield University Herbarium" in (
        made.edition
    )


FRONT = [
    "PERSPECTIVE",
    "",
    "Ferries Are Roads: The Case for",
    "Keeping the Island Service",
    "Ann Lee",
    "Department of Geography, University of Carrowmouth",
    "Correspondence: Ann Lee (ann.lee@carrowmouth.example)",
    "Received 3 March 2025 | Accepted 9 May 2025 | Published online 1 June 2025",
    "",
    "Abstract",
    "The island's ferry is its road, and a council that would close a road for want of traffic",
    "would be laughed at; I argue that the ferry should be funded as roads are, by the mile.",
    "Keywords ferries; islands; transport policy",
    "",
]
ONE_COLUMN = """1. A road over water

The ferry has called at the pier every morning since the war, and the village has grown
round the timetable it keeps; the shop and the school open when it docks (Marr 2019).

2. What a closure would cost

Without the ferry the pupils of the island would board on the mainland all week, and the
shop would close within the year, as the council's own report admits.

References

Marr, T. (2019) Island services. Carrowmouth: Harbour Press.
"""


@pytest.mark.parametrize(
    "front",
    [
        FRONT,
        # … and the same with blank lines between its parts
        [*FRONT[:4], "", FRONT[4], "", *FRONT[5:]],
    ],
)
def test_a_one_column_paper_with_such_a_front_reads_it_too(front: list[str]) -> None:
    made = ingest_text("\n".join(front) + "\n" + ONE_COLUMN, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Ferries Are Roads: The Case for Keeping the Island Service",
        "Ann Lee",
        "2025-06-01",
    )
    assert blocks[0].startswith("The island's ferry is its road")
    assert blocks[0].endswith("by the mile.")
    assert blocks[1] == "## 1\\. A road over water"
    assert not any("Keywords" in block or "Marr, T." in block for block in blocks)


def test_a_title_block_whose_line_under_the_title_names_no_one_is_no_front() -> None:
    # (a subtitle over an institution's line: no author, so no front; the lines stay)
    front = [*FRONT[:4], "A Report to the Council of Carrowmouth", *FRONT[5:]]
    made = ingest_text("\n".join(front) + "\n" + ONE_COLUMN, "lee", "raw/lee.txt")
    assert "Department of Geography, University of Carrowmouth" in made.edition


def test_a_references_list_the_text_does_not_cite_stays() -> None:
    raw = RC.read_text("utf-8").replace(" (Pellow 1839; Turland et al. 2018)", "")
    raw = raw.replace("Ostrander and Lee (2023) found", "An audit found")
    made = ingest_text(raw, "rc", "raw/rc.txt")
    assert "Pellow, A. (1839) Plantae rariores montium Corranensium." in made.edition
    meta, _ = edition_parts(made.edition)
    assert meta["author"] == "Hollis Brandauer"  # (the front is read all the same)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "Received 2 December 2025 | Accepted 28 January 2026 | Published online 20 February "
            "2026",
            "2026-02-20",
        ),
        ("Received 2 December 2025; Accepted 28 January 2026", "2026-01-28"),  # (the latest)
        ("Published 4 May 2026", "2026-05-04"),
        ("Received 2 December 2025 | Open access", None),  # (a part with no stage and date)
        ("Received wisdom says otherwise, as of 2 December 2025", None),
        ("2 December 2025", None),  # (a date alone: the date line's own rule)
    ],
)
def test_a_history_line_dates_the_paper_by_its_publication(line: str, date: str | None) -> None:
    assert history_date(line) == date


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Keywords destructive sampling; herbaria; holotype; nomenclature", True),
        ("Keywords ferries; islands;", True),
        ("Keywords: ferries, islands", True),
        ("Keywords are chosen by the authors; they say little about the paper and", False),
        ("Keywords matter; so do titles.", False),
        ("Keywords ferries and islands", False),  # (no list: no semicolon)
    ],
)
def test_a_keywords_line_without_its_colon_lists_terms(line: str, found: bool) -> None:
    assert bool(KEYWORDS.match(line)) == found


# Review 37's near misses (finding 1): a text whose halves are pairs, not columns of prose, its
# halves kept side by side: a poem's half-lines about a caesura, a glossary's terms and their
# definitions, a CV's posts and their places. Each has eight lines of prose on both sides of a
# gap, the left side filling its column; none has a column whose lines run on to the next.
NEAR_MISSES = DATA / "two_columns_near_misses"


@pytest.mark.parametrize("name", ["t1_poem_caesura", "t2_glossary", "t3_cv"])
def test_a_text_whose_halves_are_pairs_is_no_two_columns(name: str) -> None:
    text = (NEAR_MISSES / f"{name}.txt").read_text("utf-8")
    read = two_columns(text)
    assert not read.found and read.text == text and not read.removed
    made = ingest_text(text, "pairs", f"{name}.txt")
    assert not any("column by column" in shape for shape in made.report.shapes)
    # (each line's halves stay together, in their order)
    first = text.split("\n")[2].split("  ")
    assert " ".join(part.strip() for part in first if part.strip()) in " ".join(
        made.edition.split()
    )


def test_columns_of_prose_whose_lines_wrap_are_still_two_columns() -> None:
    # (the ferry page's lines run on in each column: `the pier` / `every morning`)
    assert two_columns("\n".join(_page(LEFT, RIGHT)) + "\n").found


def test_a_column_of_pairs_beside_a_column_of_prose_is_no_two_columns() -> None:
    # (the glossary's terms beside prose: the left side's lines never run on)
    terms = ["Holotype of the species name", "Lectotype chosen afterwards"] * 7
    left = [term for term in terms[: len(RIGHT)]]
    right = [line or "and the text goes on below it" for line in RIGHT]
    assert not two_columns("\n".join(_page(left, right)) + "\n").found


# Review 37's finding 4: a person's name inside the title's run is the title's, no author's.
SUBJECT = (NEAR_MISSES / "p1_title_subject_name.txt").read_text("utf-8")
SUBJECT_TITLE = (
    "The Herbarium Letters of Joseph Dalton Hooker at the University of Glasgow, 1820–1841"
)


@pytest.mark.parametrize(
    "text",
    [
        SUBJECT,  # (the title block, a blank line, the author over her affiliation)
        SUBJECT.replace("1841\n\nAnn Lee", "1841\nAnn Lee"),  # (no blank line at all)
        # (the title's line under the name goes on in lower case; the line above ends no phrase)
        SUBJECT.replace("Letters of\n", "Letters:\n"),
    ],
)
def test_a_name_inside_the_title_s_run_is_the_title_s(text: str) -> None:
    made = ingest_text(text, "hooker", "hooker.txt")
    meta = edition_parts(made.edition)[0]
    assert meta["author"] == "Ann Lee"
    assert meta["title"] == SUBJECT_TITLE.replace(
        "Letters of", "Letters:" if "Letters:" in text else "Letters of"
    )


def test_rc_s_report_names_the_raw_file_s_lines_each_once() -> None:
    # (review 37's finding 9: the report named lines 91 to 115 of an 85-line file, and each
    # page number twice)
    raw = RC.read_text("utf-8")
    lines = raw.split("\n")
    made = ingest_text(raw, "rc", "rc.txt")
    removed = made.report.removed
    assert removed and all(item.line <= len(lines) for item in removed)
    assert all(item.text in lines[item.line - 1] for item in removed)
    assert len({(item.line, item.text) for item in removed}) == len(removed)
    numbers = {item.text: item.line for item in removed if item.rule == PAGE_NUMBER}
    assert numbers == {"41": 62, "42": 63}  # (the foot's `41`, not the journal line's `41–42`)
    assert "the raw file's" in " ".join(made.report.shapes)


def test_each_line_read_from_two_columns_comes_from_its_raw_line() -> None:
    raw = "\n".join(TITLE + _page(LEFT, RIGHT)) + "\n\f" + "and so the ferry stays.\n"
    read = two_columns(raw)
    lines, raw_lines = read.text.split("\n"), raw.split("\n")
    assert len(read.origin) == len(lines)
    for line, origin in zip(lines, read.origin, strict=True):
        text = line.strip("\f").strip()
        text = text.split(" ", 1)[1] if text[:1].isdigit() and " " in text else text
        assert text in raw_lines[origin - 1]
    # (the right column's first line, read after the left column, is the page's first row's)
    assert read.origin[lines.index(RIGHT[0])] == len(TITLE) + 1


# Review 37, finding 8: pages whose columns are not clean (the probes' marked pages, each line's
# column and row in its first word: `l08`, `r08`, `b03`).
MARKED = "herbaria guard their type specimens"


def _marked(rows: int, *columns: str, width: int = 44) -> list[str]:
    """A page's lines in columns side by side, each line opening with its column and row."""
    return [
        "".join(f"{name}{row:02} {MARKED}"[: width - 4].ljust(width) for name in columns).rstrip()
        for row in range(rows)
    ]


def _order(text: str) -> list[str]:
    return [word for word in text.split() if word[:1] in "lrabc" and word[1:].isdigit()]


def test_a_line_reaching_into_the_gutter_is_read_in_its_columns_and_warned() -> None:
    lines = _marked(20, "l", "r")
    # (a long word over the gutter: `-layout` pushes the right column's text along)
    lines[8] = f"l08 {MARKED} jealousl r08 {MARKED}"
    read = two_columns("\n".join(lines) + "\n")
    assert _order(read.text) == [f"l{n:02}" for n in range(20)] + [f"r{n:02}" for n in range(20)]
    assert f"l08 {MARKED} jealousl\n" in read.text
    assert read.warnings == (
        "a line of a page set in two columns reaches into the gutter between them (1 in all: "
        "lines 9): read as a line of each column, parted at the first word at the gutter or "
        "past it; check against the source where the left column's line ends, and that it is "
        "no short line across the page (a caption) parted there",
    )


def test_a_page_in_three_columns_is_read_as_three_and_warned() -> None:
    lines = ["THE VALLEY FLOOR NEWSLETTER", "", *_marked(14, "a", "b", "c", width=30)]
    read = two_columns("\n".join(lines) + "\n")
    assert _order(read.text) == [f"{c}{n:02}" for c in "abc" for n in range(14)]
    assert read.warnings == (
        "a page set in three columns side by side (lines 3–16): read column by column, left "
        "to right; check the order against the source",
    )


def test_a_float_across_the_columns_parts_the_page_into_bands_read_in_turn() -> None:
    # (as a reader reads such a page, and pdftotext's own reading order: the columns above the
    # figure, its caption, the columns below it; no warning, the columns are clean)
    lines = _marked(20, "l", "r")
    lines[10:10] = ["", "Figure 1. A type sheet of Saxifraga velloniana, collected in 1838.", ""]
    read = two_columns("\n".join(lines) + "\n")
    above = [f"{c}{n:02}" for c in "lr" for n in range(10)]
    below = [f"{c}{n:02}" for c in "lr" for n in range(10, 20)]
    assert _order(read.text) == above + below
    assert read.text.index("r09") < read.text.index("Figure 1.") < read.text.index("l10")
    assert read.warnings == ()


def test_a_line_across_both_measures_between_column_rows_parts_the_page_unparted() -> None:
    # Review 38, finding 7 (the probe `tc_caption.txt`): a caption between the columns' rows,
    # no blank line round it, reaches past the gutter by more than a column's line: it is read
    # whole between the upper and the lower band, as with blank lines round it, no warning.
    lines = _marked(20, "l", "r")
    caption = (
        "Figure 1. A type sheet of Saxifraga velloniana, collected in the hills above the river "
        "in 1838."
    )
    lines[10:10] = [caption]
    read = two_columns("\n".join(lines) + "\n")
    above = [f"{c}{n:02}" for c in "lr" for n in range(10)]
    below = [f"{c}{n:02}" for c in "lr" for n in range(10, 20)]
    assert _order(read.text) == above + below
    assert f"\n{caption}\n" in read.text
    assert read.text.index("r09") < read.text.index("Figure 1.") < read.text.index("l10")
    assert read.warnings == ()


def test_a_column_warning_reaches_the_ingest_report() -> None:
    lines = _marked(20, "l", "r")
    lines[8] = f"l08 {MARKED} jealousl r08 {MARKED}"
    made = ingest_text("\n".join(lines) + "\n", "p1", "t8.txt").edition
    assert "# warning: a line of a page set in two columns reaches into the gutter" in made
