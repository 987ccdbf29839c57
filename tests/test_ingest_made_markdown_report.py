"""The report on a text read from a file's markup (review 39, finding 7): a web page, a page
saved as MHTML, an XHTML chapter, a journal article in JATS XML, a WordPress export, an
Evernote note, a Notion page. Their readers make Markdown of the file's elements, and the
later rules read that Markdown: the report said so as if the raw file were it ("web page (one
paragraph per line); Markdown source"), and listed the front matter that Markdown opens with
as removed, at its lines ("'---' (lines 1, 5)", "'title: …' (line 2)"), which are no lines of
the file's (line 2 of a WordPress export is its `<rss>` tag). The report says what was read
from the file and where, at the file's lines or at none."""

from __future__ import annotations

import pytest

from synoptic.ingest import ingest_file, ingest_text
from test_ingest_new_collections import DATA

MADE = [
    "collection_tt/raw/ta.xml",  # a WordPress export
    "collection_tt/raw/tb.enex",  # an Evernote note
    "collection_tt/raw/tc.html",  # a Notion page
    "collection_rr/raw/ra.mhtml",  # a page saved as MHTML
    "collection_rr/raw/rb.xml",  # a journal article in JATS XML
    "collection_ss/raw/sc.xhtml",  # an EPUB's chapter
    "collection_nn/raw/ib.html",  # a web page saved as HTML
    "ingest/review22/e6_htmlonly.eml",  # a message whose one part is HTML
]


@pytest.mark.parametrize("raw", MADE)
def test_the_front_matter_a_reader_wrote_is_no_line_of_the_file(raw: str) -> None:
    report = "\n".join(ingest_file(DATA / raw, "x").report.lines())
    assert "front matter" not in report
    assert "'---'" not in report


@pytest.mark.parametrize("raw", MADE)
def test_the_shapes_are_the_file_s_not_those_of_the_markdown_made_of_it(raw: str) -> None:
    shapes = ingest_file(DATA / raw, "x").report.shapes
    said = "; ".join(shapes)
    assert "one paragraph per line" not in said
    assert "hard-wrapped" not in said
    assert not any(shape.startswith("Markdown source") for shape in shapes)


def test_a_page_s_front_is_said_with_the_lines_of_the_elements_it_was_read_from() -> None:
    page = (
        "<!doctype html>\n<html><head>\n<title>Site: Slow Trains</title>\n"
        '<meta name="author" content="Ann Lee">\n</head><body><article>\n'
        "<h1>Slow Trains</h1>\n"
        '<time datetime="2026-03-09">9 March</time>\n'
        "<p>The first paragraph of the essay holds words enough to be one.</p>\n"
        "<p>The second paragraph holds words enough to be one as well.</p>\n"
        "</article></body></html>\n"
    )
    made = ingest_text(page, "x", "post.html")
    said = next(shape for shape in made.report.shapes if shape.startswith("a web page saved"))
    assert "the title from its <h1> (line 6)" in said
    assert 'the author from its <meta name="author"> (line 4)' in said
    assert "the date from its <time> (line 7)" in said
    assert "front matter" not in str(made.report)


def test_a_wordpress_post_s_front_is_the_item_s_not_the_page_made_of_it() -> None:
    # (the page WordPress's reader makes sets the item's title, author and date on its first
    # line, which is the export's XML declaration: no line is said, the item is)
    made = ingest_file(DATA / "collection_tt/raw/ta.xml", "x")
    shapes = "; ".join(made.report.shapes)
    assert "its title, author (the login's display name) and date from the item" in shapes
    assert "(line 1)" not in shapes
