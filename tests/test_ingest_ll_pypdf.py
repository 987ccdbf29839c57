"""Rules that came of collection LL's briefing paper read by pypdf's `extract_text()` (no blank
line between paragraphs, a blank line only under each page's number, notes at each page's foot
with no rule above them, a running head on later pages, a pull quote, a front with no `By`),
each on small texts of its own and on near-misses that must be left alone."""

from __future__ import annotations

from synoptic import metadata
from synoptic.footnotes import foot_notes
from synoptic.ingest import ingest_text
from synoptic.layout import Line, normalise
from synoptic.pages import numbered_page_ends, page_furniture, page_starts, running_titles
from test_ingest_collection_b import edition_parts

# Full lines of a justified page, no sentence ending on one (each runs on to the next).
FULL = [
    f"The committee met on the {n}th day of the month to weigh the river's winter levels and"
    for n in range(4, 16)
]


def pypdf_pages(*pages: list[str]) -> str:
    """Pages as pypdf's `extract_text()` joins them: each page's text, its foot (the site, the
    page number), a line break under it, the pages joined by one: a blank line under each
    number, and none anywhere else."""
    return "\n".join(
        "\n".join([*page, "valleytrust.org/papers", str(number)]) + "\n"
        for number, page in enumerate(pages, start=1)
    )


PAGE_ONE = [
    *FULL[:6],
    "the flood of the spring before.1 The reservoir fell to a third of its height by the last of",
    *FULL[6:11],
    "what the gauges told the",
    "1 Valley Water Trust, gauge records for 2019 to 2024, table 2.",
]
PAGE_TWO = [
    "keepers of the dam each morning. The board decided to open the sluices at dawn.2",
    *FULL,
    "the new gauges told them nothing new.",
    "2 Board minutes, 4 March 2025, item 6.",
]


def _lines(raw: str) -> list[Line]:
    return normalise(raw)


def _furniture(raw: str) -> set[int]:
    lines = _lines(raw)
    return {item.line for item in page_furniture(lines, numbered_page_ends(raw))}


# --- notes at the foot of pypdf's pages, no rule above them, no blank line anywhere -----------


def test_pypdf_page_notes_are_read_and_the_cut_sentence_runs_on() -> None:
    raw = pypdf_pages(PAGE_ONE, PAGE_TWO)
    assert numbered_page_ends(raw) == [len(PAGE_ONE) + 4]
    found = foot_notes(_lines(raw), _furniture(raw))
    assert (found.notes, found.pages) == (2, 2)
    made = ingest_text(raw, "vt", "vt.txt")
    _, blocks = edition_parts(made.markdown)
    assert "what the gauges told the keepers of the dam each morning." in " ".join(blocks)
    assert blocks[-2:] == [
        "[^1]: Valley Water Trust, gauge records for 2019 to 2024, table 2.",
        "[^2]: Board minutes, 4 March 2025, item 6.",
    ]
    assert "the spring before.[^1] The reservoir" in " ".join(blocks)


def test_a_numbered_line_at_a_pypdf_page_foot_without_a_marker_is_the_text() -> None:
    # no marker in the text counts up to it: a numbered list's item ending the page
    page = [line.replace("before.1 The", "before. The") for line in PAGE_ONE]
    page[-1] = "1 Valley Water Trust opens the sluices at dawn in a wet winter."
    raw = pypdf_pages(page, [line.replace("dawn.2", "dawn.") for line in PAGE_TWO[:-1]])
    found = foot_notes(_lines(raw), _furniture(raw))
    assert found.notes == 0
    assert [line.text for line in found.lines] == [line.text for line in _lines(raw)]


def test_a_blank_line_under_a_page_foot_sets_no_block_of_notes_apart_elsewhere() -> None:
    # a text whose paragraphs are parted by blank lines (pdftotext's): the notes stand set
    # apart above the foot, as before; the blank line under the page number changes nothing
    raw = (
        "\n".join(FULL[:6]) + "\nthe flood.1 Then\n\n1 A source, 2025.\n\nvalleytrust.org/papers\n1"
        "\n\n" + "\n".join(FULL[:6]) + "\nthe end of it.\n\nvalleytrust.org/papers\n2\n"
    )
    furniture = {i + 1 for i, t in enumerate(raw.split("\n")) if t in ("1", "2") or "/" in t}
    found = foot_notes(_lines(raw), furniture)
    assert found.notes == 1


# --- a running head atop a later page: the short title, and the head's line under it ----------

WIDE = (
    "The trust now proposes to close the old path along the top of the dam "
    "in the winter months, and"
)
PAPER = (
    "Keeping the Reservoir Open: The Case for Walkers\nBy Ann Lee\n3 March 2026\n"
    + "\n".join([WIDE] * 8)
    + "\n\fKeeping the Reservoir Open\nValley Water Trust Paper 4 · March 2026\n"
    + "the walkers who use it would lose their only way round the water in the dark.\n"
    + "\n".join([WIDE] * 8)
    + "\n"
)


def _titles(raw: str) -> set[int]:
    return running_titles(normalise(raw), set(page_starts(raw)))


def test_the_short_title_atop_a_later_page_goes_with_the_head_line_under_it() -> None:
    assert _titles(PAPER) == {12, 13}
    made = ingest_text(PAPER, "rt", "paper.txt")
    _, blocks = edition_parts(made.markdown)
    assert "Valley Water Trust" not in made.markdown
    assert "in the winter months, and the walkers who use it" in " ".join(blocks)


def test_a_line_under_the_short_title_that_the_page_does_not_cut_stays() -> None:
    # the page goes on with a new sentence: the line under the title may be a heading
    upper = PAPER.replace("the walkers who use it", "The walkers who use it")
    assert _titles(upper) == {12}
    # a line of the text's own: as wide as the page's, or a sentence ending inside it
    full = PAPER.replace("Valley Water Trust Paper 4 · March 2026", WIDE.rstrip(", and"))
    assert _titles(full) == {12}
    inside = PAPER.replace("Valley Water Trust Paper 4 · March 2026", "The trust met. Its board")
    assert _titles(inside) == {12}


def test_a_two_word_short_title_is_no_running_title() -> None:
    # two words before the colon may be a heading's as well as a title's short form
    short = PAPER.replace("Keeping the Reservoir Open", "Open Reservoirs")
    assert _titles(short) == set()
    # the short title lower down a page is the text's
    lower = PAPER.replace("\fKeeping", f"\f{WIDE}\n{WIDE}\n{WIDE}\nKeeping")
    assert _titles(lower) == set()


# --- a report's front: a masthead, a title broken over two lines, a joint byline with no By ---

BODY = [
    "The committee met in the spring to weigh the river's winter levels and the flood before.",
    "It found that the gauges had been read once a week where the rules asked for every day.",
    "The board should read them daily again, and publish what they say each month in full.",
    "Gauges",
    "The gauges on the dam were put in place in 1931 and have been read ever since that year.",
    "Their keepers kept a book for each of them, and the books are in the trust's library now.",
    "A reader can see in them how the river rose in each of the great floods of the century.",
    "About the authors",
    "Ann Lee is a hydrologist at the Valley Water Trust. Bo Marsh is the trust's archivist.",
]
FRONT = [
    "VALLEY WATER TRUST  |  BRIEFING PAPER 4",
    "Reading the River: Why the Gauges Need",
    "Daily Keepers Again",
    "Ann Lee and Bo Marsh",
    "3 March 2026",
]


def _front(front: list[str], body: list[str] = BODY) -> tuple[dict, list[str]]:
    made = ingest_text("\n".join(front + body) + "\n", "vt", "vt.txt")
    return edition_parts(made.markdown)


def test_a_report_front_with_a_masthead_a_broken_title_and_a_joint_byline() -> None:
    meta, blocks = _front(FRONT)
    assert meta["title"] == "Reading the River: Why the Gauges Need Daily Keepers Again"
    assert meta["author"] == "Ann Lee and Bo Marsh"
    assert meta["date"] == "2026-03-03"
    assert not any("VALLEY WATER TRUST" in block for block in blocks)
    assert blocks[-1].startswith("Ann Lee is a hydrologist")
    assert "## About the authors" not in blocks


def test_two_names_no_note_names_are_no_joint_byline() -> None:
    # no note opens with either name: a pair of names over a date may be a subject, a venue
    body = [line.replace("Ann Lee is", "She is").replace("Bo Marsh is", "He is") for line in BODY]
    meta, _ = _front(FRONT, body)
    assert meta["author"] == "unknown"
    assert metadata.joint_names("Ann Lee and Bo Marsh")
    assert not metadata.joint_names("Ann and Bo")  # given names alone
    assert not metadata.joint_names("Bread and Roses Now")


def test_a_title_over_a_subtitle_line_is_not_joined() -> None:
    # the first line holds no colon: the second may be a subtitle of its own
    assert not metadata._broken_title(
        [Line(2, "Reading the River")], [Line(3, "Why the Gauges Need Daily Keepers")]
    )
    assert metadata._broken_title(
        [Line(2, "Reading the River: Why the Gauges Need")], [Line(3, "Daily Keepers Again")]
    )
    # a second line that is a sentence, or that holds a colon of its own, is no title's rest
    assert not metadata._broken_title(
        [Line(2, "Reading the River: Why the Gauges Need")], [Line(3, "Daily keepers. Again.")]
    )


def test_a_masthead_is_a_line_in_capitals_set_apart_by_a_bar() -> None:
    assert metadata._is_masthead("VALLEY WATER TRUST  |  BRIEFING PAPER 4")
    assert not metadata._is_masthead("VALLEY WATER TRUST BRIEFING PAPER 4")  # a title in capitals
    assert not metadata._is_masthead("Valley Water Trust | Briefing Paper 4")
