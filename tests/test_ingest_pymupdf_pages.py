"""A PDF's pages as PyMuPDF's `page.get_text()` gives them, concatenated: no blank line, each
page ending in its number alone (pages.lone_number_page_ends), and a later page's running head
that sets the title in sentence case (pages.running_titles). Fixtures of our own (collection
MM's ic showed the shape); near-misses left alone."""

from __future__ import annotations

from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.pages import lone_number_page_ends, running_titles

BODY = [f"Line {n} of the body goes on with the argument about ferries and" for n in range(14)]
PAGE_1 = [
    "Tidal Crossings Matter: Why the Ferry",
    "Must Stay",
    "By Ann Lee-Hart · 4 March 2026",
    *BODY,
]
PAGE_2 = [
    "Harbour Papers 2026/02",
    "Tidal crossings matter",
    "the town's ferry, which should stay.",
    "2",
]


def test_pages_joined_with_their_numbers_alone_are_found() -> None:
    raw = "\n".join([*PAGE_1, "1", *PAGE_2])
    assert lone_number_page_ends(raw) == [len(PAGE_1) + 2]
    assert lone_number_page_ends(raw + "\n\n") == [len(PAGE_1) + 2]  # (trailing blank lines)


def test_a_text_with_a_blank_line_or_numbers_that_do_not_count_is_no_such_shape() -> None:
    for raw in (
        "\n".join([*PAGE_1, "1", "", *PAGE_2]),  # a blank line: another extraction's
        "\n".join([*PAGE_1, "2", *PAGE_2]),  # 2, 2: no count from 1
        "\n".join([*PAGE_1, "1", *PAGE_2[:-1]]),  # the last line no number
        "\n".join([*PAGE_1[:5], "1", *PAGE_2]),  # a first page too short: a list's number
        "\n".join([*PAGE_1, "1", "2"]),  # a last page of its number alone
        "\n".join(PAGE_1 + ["1"]),  # one page alone: nothing to part
        # a foot said alike above each number: the page rules read those pages by it
        "\n".join([*PAGE_1, "Harbour Papers", "1", *PAGE_2[:-1], "Harbour Papers", "2"]),
    ):
        assert lone_number_page_ends(raw) == []


def test_a_running_title_in_sentence_case_atop_page_two_goes() -> None:
    raw = "\n".join([*PAGE_1, "1", *PAGE_2])
    lines = normalise(raw)
    found = running_titles(lines, set(lone_number_page_ends(raw)))
    start = len(PAGE_1) + 2
    assert found == {start, start + 1}  # the head, and the title under it


def test_a_sentence_that_opens_with_the_title_s_words_stays() -> None:
    page_2 = ["Tidal crossings matter to the town, and so does", *PAGE_2[2:]]
    raw = "\n".join([*PAGE_1, "1", *page_2])
    assert running_titles(normalise(raw), set(lone_number_page_ends(raw))) == set()


def test_a_paper_by_pymupdf_reads_across_its_page_break() -> None:
    made = ingest_text("\n".join([*PAGE_1, "1", *PAGE_2]) + "\n", "px", "x.txt")
    body = made.edition.split("\n---\n", 1)[1]
    assert "Harbour Papers" not in body and "Tidal crossings" not in body
    assert "ferries and the town's ferry, which should stay." in body
    assert "\n2\n" not in body and "\n1\n" not in body
