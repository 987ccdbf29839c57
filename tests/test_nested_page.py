"""A web page's text as inscriptis prints it (nestedpage.py): the article known by its
paragraphs' indentation, the page's lists above it, a box nested in it, its foot and the page
below it gone, its notes and author's note kept. Each with its near misses."""

from __future__ import annotations

import textwrap

import pytest

from synoptic.furniture import DOWNLOAD_BUTTON
from synoptic.ingest import ingest_text
from synoptic.layout import Line
from synoptic.nestedpage import article_depth, nested_page
from test_ingest_collection_b import edition_parts

P = [
    "The county library in Ashby has opened on Sundays since March, and the first figures "
    "suggest that families who could never come on a weekday are now its busiest readers.",
    "Sunday opening was not cheap. The council found the money by closing the mobile library "
    "on two rural routes, and the people on those routes have every right to ask what they got.",
    "What they got, so far, is a promise. The council says a new van will run from the autumn, "
    "but no contract has been signed and the budget for next year has not been set.",
    "The library's own staff are divided. Some like the quieter weekdays; others say that "
    "Sunday is the only day on which the building feels like the town's front room again.",
    "The answer is not to choose between the two. A library service that serves only those "
    "who can reach the town on a Sunday is a smaller service than the one it replaced.1",
    "The council should publish the figures for both, route by route, before it decides "
    "anything, and it should ask the people on the rural routes what they would give up.",
]
BIO = (
    "Dana Whitlow writes about local services for the Review and chairs the Friends of Ashby "
    "Library."
)
COOKIES = (
    "We use cookies to make this site work. With your consent we would also like to measure "
    "how it is used."
)

PAGE = f"""Skip to main content

      The Ashby Review

      Main navigation

        * News
        * Opinion
        * Culture
      Search Search

    Breadcrumb

     1. Home
     2. Opinion

    Why the Library Should Keep Both

      By Dana Whitlow
      4 March 2026 · 5 minute read
      * Share
      * Email

        {P[0]}

        Who pays for Sunday

        {P[1]}

        {P[2]}

          Get the Review by email

          Every Friday, the week's stories.

          Email address Sign up

        {P[3]}

        {P[4]}

        {P[5]}

        Tags

          * Libraries
          * Council

      Notes

       1. Figures from the council's library report of January 2026. ↑

      About the author

      {BIO}

        * Dana Whitlow Columnist

    Related

        What a library is for

        2 February 2026

    © 2026 The Ashby Review

    {COOKIES}
"""


def _lines(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def _texts(lines: list[Line]) -> list[str]:
    return [line.text.strip() for line in lines if not line.blank]


def test_an_inscriptis_page_keeps_its_article_notes_and_author_s_note() -> None:
    page = nested_page(_lines(PAGE))
    assert page.depth == 8 and page.ways_back == 1
    kept = _texts(page.lines)
    assert all(paragraph in kept for paragraph in P) and "Who pays for Sunday" in kept
    assert "1. Figures from the council's library report of January 2026." in kept
    assert kept[-1].startswith("Dana Whitlow writes about")  # its card gone, the page below
    for gone in (
        "Main navigation",
        "* News",
        "1. Home",
        "* Share",
        "Get the Review by email",
        "Email address Sign up",
        "Tags",
        "* Libraries",
        "* Dana Whitlow Columnist",
        "Related",
        "© 2026 The Ashby Review",
    ):
        assert gone not in kept, gone
    # the title, the byline and the date stay, for the web rules and the front
    assert {"Why the Library Should Keep Both", "By Dana Whitlow"} <= set(kept)
    assert page.warnings and "sentences below the article" in page.warnings[0]


def test_an_inscriptis_page_reads_as_its_edition() -> None:
    meta, blocks = edition_parts(ingest_text(PAGE, "lib", "lib.txt").edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Why the Library Should Keep Both",
        "Dana Whitlow",
        "2026-03-04",
    )
    body = [block for block in blocks if not block.startswith("#")]
    assert body[:6] == [p.replace("replaced.1", "replaced.[^1]") for p in P]
    assert body[6].startswith("Dana Whitlow writes")
    assert body[7] == "[^1]: Figures from the council's library report of January 2026."
    assert len(body) == 8


def _flush(text: str) -> str:
    return "\n".join(line.strip() for line in text.split("\n"))


def _wrapped() -> str:
    return "\n\n".join(
        textwrap.fill(p, 72, initial_indent="    ", subsequent_indent="    ") for p in P
    )


@pytest.mark.parametrize(
    "text",
    [
        _flush(PAGE),  # no indentation: the web rules' page
        _wrapped(),  # paragraphs indented and wrapped: a plain text's
        "\n\n".join("    " + p for p in P),  # one depth only
        PAGE.replace(f"        {P[3]}", "").replace(f"        {P[4]}", ""),  # 4 paragraphs
        # paragraphs at two depths, none holding seven words in ten
        "\n\n".join(("  " if i % 2 else "      ") + p for i, p in enumerate(P)) + "\n\n    Notes",
        # an essay's paragraphs indented under flush headings, a poem set deeper, an outline
        # set in by a space: one depth above the paragraphs' with more than a list (review 33)
        "Sunday Opening\n\nby Ann Lee\n\nOutline\n 1. The figures\n 2. The routes\n\n"
        + "\n\n".join("    " + p for p in P)
        + "\n\n        The van comes on a Tuesday\n        when the lane is clear\n\n"
        + "\n\n".join("    " + p for p in P),
    ],
)
def test_texts_that_are_no_inscriptis_page_are_left_alone(text: str) -> None:
    assert article_depth(_lines(text)) == 0
    assert nested_page(_lines(text)).lines == _lines(text)


def test_a_quotation_and_a_list_nested_in_the_article_stay() -> None:
    quoted = PAGE.replace(
        "          Get the Review by email\n\n          Every Friday, the week's stories.\n\n"
        "          Email address Sign up",
        "          The library is open to all.\n\n          It lends without charge.\n\n"
        "          * Books\n          * Maps",
    )
    kept = _texts(nested_page(_lines(quoted)).lines)
    assert {"The library is open to all.", "It lends without charge.", "* Books"} <= set(kept)


def test_a_foot_with_a_sentence_stays_and_a_note_without_its_arrow_is_kept_as_it_is() -> None:
    text = PAGE.replace("        Tags", "        This essay first ran in print.").replace(" ↑", "")
    page = nested_page(_lines(text))
    kept = _texts(page.lines)
    assert "This essay first ran in print." in kept and "* Libraries" in kept
    assert page.ways_back == 0
    assert "1. Figures from the council's library report of January 2026." in kept


@pytest.mark.parametrize(
    ("text", "button"),
    [
        ("Download PDF (184 KB)", True),
        ("Download the PDF", True),
        ("Download EPUB (1.2 MB)", True),
        ("Download the report to read more.", False),
        ("Download PDF of the minutes here", False),
    ],
)
def test_a_download_button(text: str, button: bool) -> None:
    assert (DOWNLOAD_BUTTON.fullmatch(text) is not None) is button


def test_references_below_the_article_stay_as_they_stand() -> None:
    text = PAGE.replace(
        "    Related\n",
        "      References\n\n       1. Ashby Council, Library Report (2026). ↑\n\n    Related\n",
    )
    kept = _texts(nested_page(_lines(text)).lines)
    assert "References" in kept and "1. Ashby Council, Library Report (2026). ↑" in kept
    assert "Related" not in kept
