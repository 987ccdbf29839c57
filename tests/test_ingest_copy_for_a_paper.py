"""A Word document sent to a paper (its slug over the title, a byline broken by a line break,
`ENDS` under its last paragraph), an HTML fragment as mammoth writes one, and a post among
cards of other posts (Medium's page): the rules' pure functions on small texts of their own,
each on its shape and on texts that resemble it and are left alone."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from ingest_lines import lines_of
from synoptic.copyslug import copy_slug
from synoptic.endmark import end_mark
from synoptic.htmlfragment import byline_lines, is_fragment
from synoptic.htmlpage import _essay_of, html_page
from synoptic.layout import Line


def groups_of(*texts: str) -> list[list[Line]]:
    return [[Line(number, text)] for number, text in enumerate(texts, start=1)]


FRAGMENT = (
    "<p>Harbour Walls Need Mending Now</p><p>By Ann Lee</p><p>3 May 2025</p>"
    '<p>The wall has cracked.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>'
    "<h2>What to do</h2><p>Mend it this summer.</p>"
    '<ol><li id="footnote-1"><p> A survey of 2024. <a href="#footnote-ref-1">↑</a></p></li></ol>'
)


def test_a_fragment_of_a_word_document_is_read_as_a_page() -> None:
    assert is_fragment(FRAGMENT) and is_fragment("\n" + FRAGMENT.replace("</p>", "</p>\n"))
    page = html_page(FRAGMENT)
    assert page is not None and page.notes == 1
    assert page.text.startswith("\nHarbour Walls Need Mending Now\n\nBy Ann Lee")  # (no front)
    assert "The wall has cracked.[^1]" in page.text and "[^1]: A survey of 2024." in page.text


@pytest.mark.parametrize(
    "text",
    [
        # a Markdown README that opens with a centred paragraph of HTML, then Markdown
        '<p align="center"><img src="logo.png"></p>\n\n# Tool\n\nIt does things.</p>',
        "The wall has cracked. <p>Mend it.</p><p>Now.</p><p>Soon.</p>",  # text first
        "<p>One.</p><p>Two.</p>",  # too few paragraphs to say
        "<p>One.</p><p>Two.</p><p>Three.</p>\nA line of plain text after them",
        "<span>One.</span><p>Two.</p><p>Three.</p><p>Four.</p>",  # no block's tag first
    ],
)
def test_texts_that_hold_tags_are_no_fragment(text: str) -> None:
    assert not is_fragment(text)


def test_a_byline_broken_by_a_line_break_is_parted_at_it() -> None:
    soup = BeautifulSoup("<p>By Ann Lee<br />Director, Lee &amp; Co</p><p>Text.</p>", "html.parser")
    assert byline_lines(soup) == 1
    assert [p.get_text() for p in soup.find_all("p")] == [
        "By Ann Lee",
        "Director, Lee & Co",
        "Text.",
    ]


@pytest.mark.parametrize(
    "html",
    [
        "<p>14 Mill Lane<br />Carrowmere</p>",  # an address: no byline
        "<p>By the river<br /></p>",  # a break at its end: no second line
        "<p>By Ann Lee and the whole of the committee, who met on Tuesday and agreed on the "
        "text below, as the minutes record<br />in full</p>",  # a paragraph, not a byline
        "<p>By Ann Lee<br />Director<br />Lee &amp; Co<br />Carrowmere</p>",  # three breaks
        # verse opening with "by" (review 34), and a line that says more than a name
        "<p>By the rivers of Babylon<br />there we sat down</p>",
        "<p>By The Rivers of Babylon<br />There We Sat Down</p>",
        "<p>By Ann Lee, who wrote it<br />in full</p>",
    ],
)
def test_other_line_breaks_are_left_alone(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    assert byline_lines(soup) == 0 and len(soup.find_all("p")) == 1


def test_the_copy_slug_over_a_title_goes() -> None:
    groups = groups_of(
        "OPINION – for the Harbour Gazette", "Harbour Walls Need Mending", "By Ann Lee", "Text."
    )
    slug, rest = copy_slug(groups, {})
    assert [line.text for line in slug] == ["OPINION – for the Harbour Gazette"]
    assert rest == groups[1:]


@pytest.mark.parametrize(
    "texts",
    [
        ("BREXIT – for the many, not the few", "By Ann Lee", "3 May 2025", "Text."),  # the title
        ("OPINION – for the Harbour Gazette", "Harbour Walls", "The wall has cracked.", "More."),
        ("Opinion – for the Harbour Gazette", "Harbour Walls", "By Ann Lee", "Text."),
        ("OPINION – for the Gazette. Please run it.", "Harbour Walls", "By Ann Lee", "Text."),
    ],
)
def test_lines_like_a_slug_stay(texts: tuple[str, ...]) -> None:
    groups = groups_of(*texts)
    assert copy_slug(groups, {}) == ([], groups)


PROSE = "The wall has cracked.\n\nIt will fall.\n\nMend it.\n\nThis summer.\n\nNot later.\n\n"


def test_an_end_mark_under_the_last_paragraph_goes() -> None:
    for mark in ("ENDS", "-ENDS-", "[ENDS]", "– ends –", "**ENDS**"):
        found = end_mark(lines_of(PROSE + mark + "\n\nAnn Lee is a writer."))
        assert [item.text for item in found] == [mark]
    # over a label, a note, or nothing: what a paper does not print
    for after in ("\n\nAbout the author\n\nAnn Lee is a writer.", "\n\n1. A source.", ""):
        assert [item.text for item in end_mark(lines_of(PROSE + "ENDS" + after))] == ["ENDS"]


@pytest.mark.parametrize(
    "text",
    [
        PROSE + "Means and Ends\n\nThe next part.",  # a heading
        "ENDS\n\n" + PROSE,  # at the top
        PROSE + "Here it stops and\n\nENDS",  # under a line that ends no sentence
        PROSE + "Ends\n\nAnn Lee is a writer.",  # a word in a line of its own, not a mark
        "The wall has cracked.\n\nENDS\n\nMore.",  # too few lines above it
        # a part so headed, over the text's own paragraph (review 34)
        PROSE + "## ENDS\n\nAnn Lee is a writer.",
        PROSE + "ENDS\n\nWhat follows is the second half of the argument, on its own.",
    ],
)
def test_lines_like_an_end_mark_stay(text: str) -> None:
    assert end_mark(lines_of(text)) == []


CARD = "<article><h2>Another post</h2><p>A subtitle.</p></article>"
STORY = "<article><h1>The post</h1><p>{}</p></article>".format("Words of the post. " * 20)


def test_the_post_among_cards_of_others_is_its_essay() -> None:
    soup = BeautifulSoup(f"<body>{STORY}{CARD}{CARD}</body>", "html.parser")
    assert _essay_of(soup.body).find("h1").get_text() == "The post"


@pytest.mark.parametrize(
    "body",
    [
        f"{STORY}{STORY}{CARD}",  # two articles with a title each
        f"<article><h1>The post</h1><p>Short.</p></article>{CARD}{CARD}",  # says less
        f"<h1>The page</h1>{CARD}{CARD}",  # its title outside any article
    ],
)
def test_pages_of_articles_alike_are_read_whole(body: str) -> None:
    soup = BeautifulSoup(f"<body>{body}</body>", "html.parser")
    assert _essay_of(soup.body) is soup.body
