"""The kinds of file read as a page by a reader of their own (`ingest.PAGE_KINDS`) are tried in
one order, the first that reads a file winning: no file of tests/data is read by two of them,
so the order decides nothing a reader of one kind would read differently, and a kind added to
the table keeps to its own files."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from synoptic.htmlpage import made_page
from synoptic.ingest import PAGE_KINDS, ingest_file, read_kind
from synoptic.sourcefile import read_raw_text

DATA = Path(__file__).parent / "data"
MARKUP = (
    ".html",
    ".htm",
    ".xhtml",
    ".xml",
    ".enex",
    ".mhtml",
    ".json",
    ".atom",
    ".rtf",
    ".org",
    ".epub",
    ".docx",
    ".odt",
)
FILES = sorted(path for path in DATA.rglob("*") if path.suffix.lower() in MARKUP)


def test_every_kind_reads_a_file_of_tests_data():
    read = {kind.field for path in FILES for kind in PAGE_KINDS if kinds_reading(path) == [kind]}
    assert read == {kind.field for kind in PAGE_KINDS}


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(DATA)))
def test_no_file_is_read_by_two_kinds(path):
    assert len(kinds_reading(path)) <= 1


def kinds_reading(path: Path) -> list:
    source = read_raw_text(path)
    return [
        kind
        for kind in PAGE_KINDS
        if read_kind(kind, source.text, str(path), source.data if kind.reads_bytes else None)
    ]


@pytest.mark.parametrize(
    "name, publisher",
    [
        # (a reader of VV's site found the blog's and the newsletter's names nowhere)
        ("collection_tt/raw/ta.xml", "Calderwick Pet Owners' Association"),
        ("collection_vv/raw/va.atom", "Trowel and Terminal"),
        ("collection_vv/raw/vb.json", "The Spoil Heap"),
    ],
)
def test_an_export_s_site_title_is_its_post_s_publisher(name, publisher):
    made = ingest_file(DATA / name, "x")
    assert f'publisher: "{publisher}"' in made.markdown
    # (its line is none of the file's: the page the reader made says it at its line 1)
    assert not any("og:site_name" in shape for shape in made.report.shapes)


def test_a_made_page_holds_the_export_s_words_as_text():
    page = made_page('A "title"</title><script>', "Ann & Bo", "2026-01-02", '"><img src=x>')
    soup = BeautifulSoup(page, "html.parser")
    assert soup.title.get_text() == 'A "title"</title><script>' and not soup.find("script")
    assert soup.find("meta", property="og:site_name")["content"] == '"><img src=x>'
    assert not soup.find("img") and soup.h1.get_text() == soup.title.get_text()
