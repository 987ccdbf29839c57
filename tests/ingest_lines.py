"""Lines of a raw text as ingest's readers take them, for the tests of those readers."""

from __future__ import annotations

from synoptic.layout import Line


def lines_of(text: str) -> list[Line]:
    """The text's lines, numbered from 1, as they stand (no normalising)."""
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


def texts(lines: list[Line]) -> list[str]:
    """The text of the lines that are not blank."""
    return [line.text for line in lines if not line.blank]
