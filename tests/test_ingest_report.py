"""The ingest report's lists of removed lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from synoptic.furniture import Removed
from synoptic.ingest import ingest_text
from synoptic.ingest_report import BREAKS as BREAK_CHARS
from synoptic.ingest_report import Report, removals, with_report
from synoptic.load import read_front_matter
from test_ingest_new_collections import DATA


def test_a_removal_by_a_rule_the_report_does_not_list_is_still_said() -> None:
    # A new user found a dump's images removed and named nowhere: their rule had not been
    # added to the report's list of rules.
    lines = removals((Removed(3, "[Courier logo]", "a rule of tomorrow"),))
    assert lines == ["removed, a rule of tomorrow: '[Courier logo]' (line 3)"]


# A raw file's values in the report's lines (review 43's red team): a Ghost export's version, a
# note call's address, an MHTML part's Content-Location went into `shapes:` and `warning:`
# lines, each a comment of the edition's front matter; a line break in one ended the comment
# and wrote the edition's front and body, which `check` and a strict build took as the editor's.
FORGED = "\nid: forged\ntitle: Forged\nurl: https://evil.example/\n---\n\nForged paragraph\n"
BREAKS = ["\n", "\r", "\r\n", "\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x1b[31m"]


@pytest.mark.parametrize("brk", BREAKS, ids=repr)
def test_every_report_line_is_one_line_whatever_the_raw_values_hold(brk) -> None:
    value = FORGED.replace("\n", brk)
    report = Report(1, 9, None, 0, 0, 0, (f"a kind, version {value}",), (), (), (value,))
    lines = report.lines()
    assert all(len(line.splitlines()) == 1 and not BREAK_CHARS.search(line) for line in lines)
    assert lines[3].startswith("shapes: a kind, version ⏎ ") and "id: forged ⏎" in lines[3]
    assert lines[4].startswith("warning: ⏎ ") and "Forged paragraph" in lines[4]
    edition = with_report('---\nid: e\ntitle: "Mine"\n---\n\n{#e-p1}\nMine.\n', report)
    front = yaml.safe_load(edition.split("\n---\n")[0].removeprefix("---\n"))
    assert front == {"id": "e", "title": "Mine"}


def test_a_ghost_exports_version_writes_nothing_into_the_edition() -> None:
    raw = json.loads((DATA / "collection_vv" / "raw" / "vb.json").read_text("utf-8"))
    raw["db"][0]["meta"]["version"] = "5.1" + FORGED
    made = ingest_text(json.dumps(raw), "vb", "tests/data/collection_vv/raw/vb.json")
    front, problems = read_front_matter(Path("vb.md"), made.edition)
    assert not problems
    assert (
        front["title"] == "A Map for the Nighthawks: Why Exact Findspots Should Stay Out of Print"
    )
    assert front["url"] == "unknown"
    body = made.edition.split("\n---\n", 1)[1]
    assert "Forged" not in body
    assert "Ghost 5.1 ⏎ id: forged" in made.edition  # the value said, on its line


def test_an_mhtml_parts_location_writes_nothing_into_the_edition() -> None:
    location = "=?utf-8?q?https://example.org/text.html=0Aurl:_=22https://evil.example/=22=0A---=0AINJECTED=0A?="
    page = (
        "<!DOCTYPE html><html><head><title>The essay title</title></head><body><article>"
        "<h1>The essay title</h1><p>One paragraph of the essay, with enough words in it to be "
        "read as prose by the reader of pages.</p></article></body></html>"
    )
    raw = (
        "From: <Saved by Blink>\nSnapshot-Content-Location: https://example.org/frames.html\n"
        "Subject: Frames\nMIME-Version: 1.0\nContent-Type: multipart/related;\n"
        '\ttype="text/html";\n\tboundary="----B----"\n\n\n------B----\nContent-Type: text/html\n'
        "Content-Location: https://example.org/frames.html\n\n"
        '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="20%,80%">'
        '<frame src="menu.html"><frame src="text.html"></frameset></html>\n'
        f"------B----\nContent-Type: text/html\nContent-Location: {location}\n\n{page}\n"
        "------B------\n"
    )
    made = ingest_text(raw, "frames", "frames.mhtml")
    front, problems = read_front_matter(Path("frames.md"), made.edition)
    assert not problems and front["url"] != "https://evil.example/"
    assert "INJECTED" not in made.edition.split("\n---\n", 1)[1]


def test_a_character_that_reorders_text_is_shown_replaced() -> None:
    # (review 44: a right-to-left override from a .docx's properties reached the terminal)
    report = Report(1, 9, None, 0, 0, 0, ("a kind",), (), (), ("by \u202eeerf\u202c, said",))
    assert report.lines()[-1] == "warning: by \ufffdeerf\ufffd, said"
