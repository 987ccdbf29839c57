"""A newspaper's copy slug over the title, and the author's post between a "By" byline and the
date (collection II's ib, a LibreOffice Writer text): each read, reported, and what looks alike
kept, on small texts of our own."""

from __future__ import annotations

import textwrap

import pytest

from synoptic.ingest import ingest_text
from synoptic.metadata import AUTHOR_POST, DOCUMENT_HEAD
from test_ingest_collection_b import edition_parts, rules_by_text

BODY = (
    "I grew up within sight of the pier, and I have eaten more chips on it than I care to "
    "count. But on the 24th I will vote for its controlled demolition, because nobody can say "
    "what the repair would cost.\n\n"
    "The sea is not waiting for us. Every winter the storms take another bay of railings, and "
    "every spring the bill for the fencing comes in higher than the one before it.\n\n"
    "The traders on the front tell me that the pier brought them custom, and I believe them. "
    "But the figures they quote are ten years old, and most of those visits cost nothing.\n\n"
    "Memory matters, and we can keep it without keeping every bay. Let the clock be restored "
    "in the gardens, the nameboards saved and a record made of the structure before it goes."
)


def made(front: str):
    result = ingest_text(front + "\n\n" + BODY + "\n", "t", "t.txt")
    meta, blocks = edition_parts(result.markdown)
    return meta, blocks, rules_by_text(result)


@pytest.mark.parametrize(
    "slug",
    [
        "Harbour Courier – Viewpoint – copy for the 5 March edition",
        "Harbour Courier — Opinion — for Saturday",
        "Courier / Viewpoint / 5 March",
    ],
)
def test_a_slug_over_the_title_and_its_byline_is_no_title(slug: str) -> None:
    # (set a line apart, a paragraph a line: as Writer saves a document as text)
    raw = f"{slug}\nLet the Pier Go\nBy Ann Lee\n2 March 2026\n" + BODY.replace("\n\n", "\n")
    result = ingest_text(raw + "\n", "t", "t.txt")
    meta, blocks = edition_parts(result.markdown)
    assert (meta["title"], meta["author"]) == ("Let the Pier Go", "Ann Lee")
    # (by the web page's rule for what stands over its title, where that reads it first)
    assert slug in rules_by_text(result)
    assert not any(slug in block for block in blocks)


@pytest.mark.parametrize(
    "over",
    [
        "Let the Pier Go – a Reckoning",  # a title and its subtitle: two parts
        "A Reckoning for the Pier",  # a kicker of words, no parts
    ],
)
def test_a_title_over_a_subtitle_is_no_slug(over: str) -> None:
    raw = f"{over}\nWhy the Town Should Let It Go\nBy Ann Lee\n2 March 2026\n" + BODY
    rules = rules_by_text(ingest_text(raw.replace("\n\n", "\n") + "\n", "t", "t.txt"))
    assert rules.get(over) != DOCUMENT_HEAD


@pytest.mark.parametrize(
    "post", ["Independent, Strand ward", "Senior Correspondent", "Harbour Ward councillor"]
)
def test_the_author_s_post_between_the_byline_and_the_date_is_no_heading(post: str) -> None:
    meta, blocks, rules = made(f"Let the Pier Go\n\nBy Cllr Ann Lee\n\n{post}\n\n2 March 2026")
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        "Let the Pier Go",
        "Ann Lee",
        "2026-03-02",
    )
    assert rules[post] == AUTHOR_POST and not any(post in block for block in blocks)


@pytest.mark.parametrize(
    "between",
    [
        "Tom Reyes",  # a co-author on a line of their own (a review's probe)
        "And Owen Pascoe",
        "Q: why did it close?",  # a question of its own
        "What the pier costs us",  # a heading, with no date under it at once
    ],
)
def test_what_stands_under_a_byline_but_no_post_stays(between: str) -> None:
    date = "\n\n2 March 2026" if between[0] in "TA" else ""  # (the names: right over the date)
    meta, blocks, rules = made(f"Let the Pier Go\n\nBy Ann Lee\n\n{between}{date}")
    assert between not in rules and any(between in block for block in blocks)


def test_a_line_between_a_byline_with_no_title_over_it_and_the_date_is_no_post() -> None:
    # (set under the byline and over the date, the line may be the title itself)
    meta, blocks, rules = made("By Ann Lee\n\nLet the Pier Go\n\n2 March 2026")
    assert "Let the Pier Go" not in rules


def test_a_title_of_three_parts_alike_over_its_subtitle_is_no_slug() -> None:
    # (a review's probe: the title went as a slug, the subtitle stood as the title)
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in BODY.split("\n\n"))
    raw = "Homes – Jobs – Streets\nA Plan for the North Shore\n\nBy Ann Lee\n\n2 March 2026\n\n"
    meta = edition_parts(ingest_text(raw + wrapped + "\n", "t", "t.txt").edition)[0]
    assert meta["title"].startswith("Homes – Jobs – Streets")
