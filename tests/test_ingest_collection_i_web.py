"""Ingest on collection I's web shapes: kappa (a lynx -dump of a web page) and lambda (an e-mail
newsletter saved as text) give the clean texts' title, byline, date, headings, paragraphs, list
and notes (tests/data/collection_i/README.md).

Until the collection's editions exist, the wanted edition is read from clean/NAME.txt (line 1
the title, line 2 `By NAME`, line 3 the date; blocks between blank lines; `## ` headings; `- `
list items, one block; `Notes` then `1. text` notes, markers `[1]`). On first contact ingest
made 8 of kappa's 12 blocks and 7 of lambda's 10, took the menu and `View this email in your
browser` for titles, and kept lynx's 13 addresses as notes and the newsletter's footer as text.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from synoptic.ingest import ingest_file
from synoptic.metadata import parse_date
from test_ingest_collection_b import edition_parts

COLLECTION = ROOT / "tests" / "data" / "collection_i"
NOTE = re.compile(r"(\d+)\. (.*)")
# The newsletter sets a non-breaking space where the clean text has none (`1 %`, `£ 2`): the
# edition keeps it as a space, the author's spacing as sent, rather than guess it away.
RAW_SPACES = {
    "kappa": [],
    "lambda": [("1%", "1 %"), ("0.8%", "0.8 %"), ("£2", "£ 2")],
}
REMOVED = {
    "kappa": [
        "* [1]Home  * [2]News  * [3]Opinion  * [4]Business  * [5]Events",
        "* [6]Contact",
        "Aldermouth Echo | Opinion | Tuesday 10 March 2026",
        "[12]Back to Opinion  [13]Share this article",
        "References",
        "1. https://www.aldermouthecho.co.uk/",
        "2. https://www.aldermouthecho.co.uk/news/",
        "3. https://www.aldermouthecho.co.uk/opinion/",
        "4. https://www.aldermouthecho.co.uk/business/",
        "5. https://www.aldermouthecho.co.uk/events/",
        "6. https://www.aldermouthecho.co.uk/contact/",
        "7. https://www.aldermouthecho.co.uk/authors/gerald-penhallow/",
        "8. https://www.aldermouth.gov.uk/visitor-economy-review-2025.pdf",
        "9. https://www.aldermouthregatta.org.uk/",
        "10. https://www.aldermouth.gov.uk/planning/enforcement/",
        "11. https://www.aldermouthecho.co.uk/news/2026/02/visitor-levy-explained/",
        "12. https://www.aldermouthecho.co.uk/opinion/",
        "13. https://www.aldermouthecho.co.uk/share?article=keep-the-historic-quarter-open",
    ],
    "lambda": [
        "View this email in your browser",
        "THE QUAYSIDE LETTER — Aldermouth University Policy Forum — Issue 42",
        "“The honest answer is that a cap is a blunt instrument aimed at a real problem.”",
        "———",
        "You are receiving this email because you signed up for The Quayside Letter from the"
        " Aldermouth University Policy Forum.",
        "Unsubscribe | Update preferences",
        "Aldermouth University Policy Forum, 2 College Row, Aldermouth AM1 4QR, United Kingdom",
        "Forward to a friend",
    ],
}


def wanted(name: str) -> tuple[dict[str, str], list[str]]:
    """Title, author and date, and the edition's body blocks, from clean/NAME.txt."""
    title, byline, day, _, *rest = (COLLECTION / "clean" / f"{name}.txt").read_text().split("\n")
    blocks: list[str] = []
    in_notes = False
    for block in "\n".join(rest).strip().split("\n\n"):
        if block == "Notes":
            blocks.append("## Notes")
            in_notes = True
        elif in_notes:
            blocks += [f"[^{n}]: {text}" for n, text in NOTE.findall(block)]
        else:
            blocks.append(re.sub(r"\[(\d+)\]", r"[^\1]", block))
    meta = {"title": title, "author": byline.removeprefix("By "), "date": parse_date(day)}
    return meta, blocks


@pytest.mark.parametrize("name", sorted(RAW_SPACES))
def test_ingest_of_the_raw_web_shapes_gives_the_clean_text(name: str) -> None:
    raw = (COLLECTION / "raw" / f"{name}.txt").read_text("utf-8")
    meta, blocks = edition_parts(ingest_file(COLLECTION / "raw" / f"{name}.txt", name).edition)
    want_meta, want = wanted(name)
    for clean, spaced in RAW_SPACES[name]:
        assert spaced.replace(" ", "\u00a0") in raw
        want = [block.replace(clean, spaced) for block in want]
    assert {key: str(meta[key]) for key in want_meta} == want_meta
    assert blocks == want


@pytest.mark.parametrize("name", sorted(REMOVED))
def test_the_page_s_and_the_mailer_s_lines_are_removed_and_each_listed(name: str) -> None:
    made = ingest_file(COLLECTION / "raw" / f"{name}.txt", name)
    assert sorted(item.text for item in made.report.removed) == sorted(REMOVED[name])
    comments = made.edition.split("\n---\n", 1)[0]
    for item in made.report.removed:
        assert re.search(rf"{re.escape(repr(item.text))} \(lines? [\d, ]*\b{item.line}\b", comments)
    # lynx's paragraphs are set apart by blank lines: no paragraph end is left unseen
    assert not made.report.unseen
