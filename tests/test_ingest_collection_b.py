"""Ingest against an editor: collection B's raw texts give the hand-corrected editions.

tests/data/collection_b/essays/*.md were made by ingesting raw/*.txt and correcting by hand
what the report pointed at (its README says what). Ingest now makes them itself, front matter,
paragraphs, headings and notes, with the page furniture and web debris removed and listed in
the report; the id lines and the report's comment block aside. One break is left that no layout
shows (a paragraph ends on a full line, and the next starts on the next line like any
sentence): the report must point at its line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from synoptic.ingest import ingest_file, ingest_text
from synoptic.sourcefile import read_source

COLLECTION = ROOT / "tests" / "data" / "collection_b"
ID_LINE = re.compile(r"^\{#[^}\n]*\}\n", re.MULTILINE)
MARKER = re.compile(r"\[\^?\d+\]")  # `[3]` in the raw text, `[^3]` in the edition
# Raw lines after which the editor split a paragraph that the layout shows no end for.
UNSEEN = {"alpha": [187], "beta": [], "gamma": []}
REMOVED = {
    "alpha": ["1", "2", "3", "4", "5", "6"] + ["STREETS FOR PEOPLE"] * 5,
    "beta": [],
    "gamma": [
        "Skip to main content",
        "The Civic Ledger",
        "News   Opinion   Cities   Transport   Climate   Subscribe",
        "Opinion | Transport",
        "Updated 5 March 2024, 09:40 · 6 min read",
        "Share this article",
        "Facebook   X   LinkedIn   Email   Copy link",
        "Subscribe to The Civic Ledger for weekly commentary on cities and transport.",
        "Related: Why the tram is back in fashion",
    ],
}


def ingested_probe(path: Path, as_raw_file: bool = False):
    """A probe text's ingest, its front matter and its body's blocks (`as_raw_file`: read as
    the tool reads a raw file, its line ends and form feeds made plain)."""
    raw = read_source(path, "the raw text", pages=True) if as_raw_file else path.read_text("utf-8")
    made = ingest_text(raw, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    return made, meta, blocks


PROBES = ROOT / "tests" / "data" / "ingest"


def review_probe(review: str, name: str, as_raw_file: bool = False):
    """A code review's probe (`tests/data/ingest/REVIEW/NAME.*`, or `NAME_*` by its short
    name), ingested: see `ingested_probe`."""
    folder = PROBES / review
    path = next(folder.glob(f"{name}.*"), None) or next(folder.glob(f"{name}_*"))
    return ingested_probe(path, as_raw_file)


def removal_rules(made) -> set[str]:
    """The rules by which an ingest removed lines, as its report names them."""
    return {item.rule for item in made.report.removed}


def rules_by_text(made) -> dict[str, str]:
    """The rule each line an ingest removed went by, keyed by the line's text."""
    return {item.text: item.rule for item in made.report.removed}


def edition_parts(markdown: str) -> tuple[dict, list[str]]:
    """Front matter (parsed: quoting aside) and body blocks without id lines or comments."""
    _, front, body = markdown.split("---\n", 2)
    return yaml.safe_load(front), ID_LINE.sub("", body).strip().split("\n\n")


def joined_at(blocks: list[str], raw: list[str], after_lines: list[int]) -> list[str]:
    """The blocks with each paragraph that ends on one of the raw lines joined to the next."""
    ends = [MARKER.sub("", raw[number - 1].strip()) for number in after_lines]
    out: list[str] = []
    join_next = False
    for block in blocks:
        if join_next:
            out[-1] += " " + block
        else:
            out.append(block)
        join_next = any(MARKER.sub("", block).endswith(end) for end in ends)
    return out


def assert_editors_edition(
    collection: Path,
    name: str,
    unseen: list[int],
    kept: tuple[str, ...] = (),
    from_raw: dict[str, str] | None = None,
    unprinted: dict[str, str] | None = None,
    added: tuple[str, ...] = (),
) -> None:
    """Ingest of raw/NAME.txt is the editor's essays/NAME.md: front matter (quoting aside, and
    for the values `from_raw` that only the raw text gives), headings, paragraphs and notes; but
    for the paragraph ends no layout shows (after the raw lines `unseen`, which the report must
    list), the hyphens kept between two words of the text (`kept`, which it must name), and
    what the raw text does not print as the clean text has it (`unprinted`: the edition's text
    → the raw text's; a whole block → "" when the raw text has none), and the blocks the raw
    text prints that the clean text has not (`added`: a heading the source sets)."""
    raw_path = collection / "raw" / f"{name}.txt"
    made = ingest_file(raw_path, name)
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((collection / "essays" / f"{name}.md").read_text("utf-8"))
    want_meta.update(from_raw or {})
    for clean, printed in (unprinted or {}).items():
        want = (
            [b for b in want if b != clean]
            if not printed
            else [b.replace(clean, printed) for b in want]
        )
    blocks = [block for block in blocks if block not in added]
    shapes = "; ".join(made.report.shapes)
    for word in kept:
        assert re.search(rf"kept \([^)]*\b{re.escape(word)}\b", shapes)
        blocks = [block.replace(word, word.replace("-", "")) for block in blocks]
        meta["summary"] = str(meta["summary"]).replace(word, word.replace("-", ""))
    assert {key: str(value) for key, value in meta.items()} == {
        key: str(value) for key, value in want_meta.items()
    }
    raw = raw_path.read_text(encoding="utf-8").split("\n")
    assert blocks == joined_at(want, raw, unseen)
    assert set(unseen) <= set(made.report.unseen)


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_ingest_makes_the_hand_corrected_edition(name: str) -> None:
    assert_editors_edition(COLLECTION, name, UNSEEN[name])


@pytest.mark.parametrize("name", sorted(REMOVED))
def test_lines_not_the_essay_s_are_removed_and_each_listed(name: str) -> None:
    made = ingest_file(COLLECTION / "raw" / f"{name}.txt", name)
    removed = [item.text for item in made.report.removed]
    assert sorted(removed) == sorted(REMOVED[name])
    comments = made.edition.split("\n---\n", 1)[0]
    for item in made.report.removed:
        assert re.search(rf"{re.escape(repr(item.text))} \(lines? [\d, ]*\b{item.line}\b", comments)


def test_paragraph_counts_are_the_editors() -> None:
    counts = {
        name: ingest_file(COLLECTION / "raw" / f"{name}.txt", name).report.paragraphs
        for name in UNSEEN
    }
    # Before (the collection's README): 10, 10, 14. The editor's: 12, 11, 11.
    assert counts == {"alpha": 11, "beta": 11, "gamma": 11}
