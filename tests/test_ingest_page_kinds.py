"""The kinds of file read as a page by a reader of their own (`ingest.PAGE_KINDS`) are tried in
one order, the first that reads a file winning: no file of tests/data is read by two of them,
so the order decides nothing a reader of one kind would read differently, and a kind added to
the table keeps to its own files."""

from pathlib import Path

import pytest

from synoptic.ingest import PAGE_KINDS, read_kind
from synoptic.sourcefile import read_raw_text

DATA = Path(__file__).parent / "data"
MARKUP = (".html", ".htm", ".xhtml", ".xml", ".enex", ".mhtml", ".json", ".atom")
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
