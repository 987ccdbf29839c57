"""The readers and rules that came of collection JJ, each on small texts of its own: a slide
deck's speaker notes as markitdown prints a PowerPoint file (slidedeck.py: slide comments, `# `
titles, `### Notes:`, a subtitle parted by a soft line break) and a memo typeset for a terminal
by groff (terminalpages.py: pages of a fixed length with no form feed, numbered `- N -` in a
foot, a running head; and the general rules it needed: a footnote rule, U+2010 hyphens, a
centred title over two lines, an affiliation the author's note names), and the web page's rules
a Medium post copied whole needed (a heading glued to its paragraph, `Responses (3)` over the
readers' responses, `Photo by the author.`); each fires on its shape and not on a near miss."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from synoptic.errors import SynopticError
from synoptic.furniture import CAPTION, COMMENT_COUNT, rule_lines
from synoptic.ingest import ingest_text
from synoptic.layout import Hyphens, Line, group_lines, normalise, soft_broken
from synoptic.metadata import _centred, _runs_on, front_bylines
from synoptic.slidedeck import (
    SLIDE_BIO_TITLE,
    SLIDE_CLOSING,
    SLIDE_LABEL,
    SLIDE_SHOWN,
    SLIDE_UNSPOKEN,
    slide_deck,
)
from synoptic.sourcefile import read_source
from synoptic.terminalpages import TERMINAL_HEAD, TERMINAL_NUMBER, page_edges, terminal_pages
from test_ingest_collection_b import edition_parts

FIRST = (
    "The ferry has crossed the estuary every hour since 1962, and the county now proposes to "
    "stop it at seven in the evening. We think that would cut the town in two."
)
SECOND = (
    "Two hundred people use the late crossings on a weekday, most of them going to or from "
    "work at the hospital.[1] For them the bridge is a forty-minute drive."
)
THIRD = "The county's saving is £80,000 a year, less than the cost of one more bus."
BIO = "Ann Lee chairs the Ferry Users' Group and has crossed to work for thirty years."
DECK = (
    "<!-- Slide number: 1 -->\n# Keep the Late Ferry\nAnn Lee\vFerry Users' Group · 4 May 2026\n"
    "\n<!-- Slide number: 2 -->\n# Why the ferry matters\nOne town, two banks\n\n### Notes:\n"
    f"{FIRST}\n"
    "\n<!-- Slide number: 3 -->\nPart 1\n# Who crosses late\n"
    "\n<!-- Slide number: 4 -->\n# 200 a night\n| Hour | Riders |\n| --- | --- |\n| 8pm | 90 |\n"
    "\n![Chart of riders by hour](Picture2.jpg)\n\n### Notes:\n"
    f"{SECOND}\n{THIRD}\n"
    f"\n<!-- Slide number: 5 -->\n# About the speaker\n{BIO}\n"
    "\n<!-- Slide number: 6 -->\n# Notes\n1. Ferry census, March 2026.\n"
    "\n<!-- Slide number: 7 -->\n# Questions?\n\n### Notes:\nHand out the petition forms.\n"
)


def deck_of(text: str):
    return slide_deck(normalise(text))


def test_a_slide_deck_reads_its_speaker_notes_and_front() -> None:
    deck = deck_of(DECK)
    assert (deck.slides, deck.spoken) == (7, 3)
    assert deck.facts == {"title": "Keep the Late Ferry", "author": "Ann Lee", "date": "2026-05-04"}
    texts = [line.text for line in deck.lines if not line.blank]
    assert texts == [
        FIRST,
        "Who crosses late",
        SECOND,
        THIRD,  # (two paragraphs of one notes pane, on consecutive lines)
        BIO,
        "Notes",
        "[1] Ferry census, March 2026.",
    ]
    rules = {(item.text, item.rule) for item in deck.removed}
    assert ("Part 1", SLIDE_LABEL) in rules and ("# 200 a night", SLIDE_SHOWN) in rules
    assert ("| 8pm | 90 |", SLIDE_SHOWN) in rules
    assert ("# About the speaker", SLIDE_BIO_TITLE) in rules
    assert ("Hand out the petition forms.", SLIDE_CLOSING) in rules
    assert any("closes the talk" in warning for warning in deck.warnings)
    meta, blocks = edition_parts(ingest_text(DECK, "ferry", "ferry.txt").edition)
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        "Keep the Late Ferry",
        "Ann Lee",
        "2026-05-04",
    )
    assert "## Who crosses late" in blocks and "[^1]: Ferry census, March 2026." in blocks
    assert not any("Slide number" in block or "petition" in block for block in blocks)


@pytest.mark.parametrize(
    "subtitle",
    [
        "Ann Lee, Ferry Users' Group\n4 May 2026",  # a body after the name
        "Ann Lee – 4 May 2026",  # a spaced dash between the fields
        "Dr Ann Lee\n4 May 2026",  # a title before the name
        "Presented by Ann Lee · 4 May 2026",
    ],
)
def test_a_title_slide_s_byline_gives_the_name_alone(subtitle: str) -> None:
    # (review 29's probe 13: the author was read with its body, or not at all, or with `Dr`)
    deck = deck_of(DECK.replace("Ann Lee\vFerry Users' Group · 4 May 2026", subtitle))
    assert (deck.facts["author"], deck.facts["date"]) == ("Ann Lee", "2026-05-04")


def test_a_slide_with_no_notes_and_no_sentence_goes_with_a_warning() -> None:
    bullets = DECK.replace(
        "<!-- Slide number: 5 -->\n# About the speaker",
        "<!-- Slide number: 5 -->\n# The asks\nKeep the 9pm boat\nKeep the 10pm boat\n"
        "\n<!-- Slide number: 6 -->\n# About the speaker",
    )
    for old, new in (("6 -->\n# Notes", "7 -->\n# Notes"), ("7 -->\n# Q", "8 -->\n# Q")):
        bullets = bullets.replace(f"Slide number: {old}", f"Slide number: {new}")
    deck = deck_of(bullets)
    assert deck.slides == 8
    assert ("Keep the 9pm boat", SLIDE_UNSPOKEN) in {(i.text, i.rule) for i in deck.removed}
    assert any("slide 5" in warning and "no speaker notes" in warning for warning in deck.warnings)


def test_near_misses_of_a_slide_deck_are_left_as_they_stand() -> None:
    for text in (
        # one slide's comment in a Markdown text: no deck
        "<!-- Slide number: 1 -->\n# A Note on Slides\n\n" + FIRST + "\n",
        # a deck with no speaker notes at all: the slides are all there is
        DECK.replace("\n### Notes:\n", "\n"),
        # the slides are not numbered 1 to n
        DECK.replace("Slide number: 3 -->", "Slide number: 9 -->"),
        # the first comment is not the text's first line
        "Minutes of the meeting\n\n" + DECK,
    ):
        deck = deck_of(text)
        assert deck.slides == 0 and not deck.removed and not deck.facts
    # a slide titled `Questions` that is not the last is the talk's: its notes are read
    middle = DECK.replace("# Why the ferry matters", "# Questions")
    assert FIRST in [line.text for line in deck_of(middle).lines]
    # a bio naming no author of the title slide keeps its slide's title as a heading
    other = DECK.replace(BIO, BIO.replace("Ann Lee", "Bo Ma"))
    assert "About the speaker" in [line.text for line in deck_of(other).lines]


def test_a_vertical_tab_is_a_soft_line_break() -> None:
    assert soft_broken("Ann Lee\vFerry Users' Group") == "Ann Lee Ferry Users' Group"
    assert soft_broken("Ann Lee\v4 May 2026") == "Ann Lee · 4 May 2026"
    assert soft_broken("no break") == "no break"
    # (in a text that is no deck too: read as a space, never kept)
    lines = deck_of("Keep the Ferry\nBy Ann Lee\v4 May 2026\n\n" + FIRST + "\n").lines
    assert lines[1].text == "By Ann Lee · 4 May 2026"


def test_a_raw_text_may_hold_a_vertical_tab_and_an_edition_may_not(tmp_path: Path) -> None:
    raw = tmp_path / "deck.txt"
    raw.write_text("Ann Lee\vFerry Users' Group\n", encoding="utf-8")
    assert "\v" in read_source(raw, "the raw text", pages=True)
    with pytest.raises(SynopticError, match="U\\+000B"):
        read_source(raw, "the edition")


# --- a memo typeset for a terminal (groff -ms -Tutf8 | col -bx): terminalpages.py ------------

PAGE = 30  # lines a page (nroff's default is 66)
MEMO_PAGES = [
    [
        "",
        "",
        "             Keep  the  Late  Ferry:  Why  the  Town",
        "                     Needs Its Evening Boats",
        "",
        "                        Ann Lee",
        "                 Estuary Transport, Tollbury",
        "                       4 May 2026",
        "",
        "             The ferry has crossed the estuary every",
        "        hour since 1962, and the county now proposes to stop",
        "        it at seven in the evening.1 We think that would cut",
        "        the town in two, and the year‐long trial shows it.",
        "",
        "        Who crosses late",
        "",
        "             Two hundred people use the late crossings on a",
        "        weekday, most of them going to or from work at the",
        "        hospital, and for them the bridge is a forty‐minute",
        "        drive round the head of the",
        "        ───────────",
        "          1 County Transport Plan, March 2026.",
        "",
        "",
        "",
        "        REF/TOL/26           ‐ 1 ‐           Draft for comment",
    ],
    [
        "",
        "        Keep the Late Ferry                       4 May 2026",
        "",
        "        estuary at night.2 The saving is £80,000 a year, less",
        "        than the cost of one more bus, and the at‐",
        "        tendants could be kept on for less.",
        "",
        "",
        "        ____________",
        "        Ann Lee chairs the Estuary Transport users' group at",
        "        Tollbury and has crossed to work for thirty years.",
        "        ───────────",
        "          2 Ferry census, March 2026.",
        "",
        "",
        "        REF/TOL/26           ‐ 2 ‐           Draft for comment",
    ],
]


def memo(pages: list[list[str]] = MEMO_PAGES, length: int = PAGE) -> str:
    """Pages of `length` lines, each padded with blank lines at its foot, as nroff sets them."""
    lines: list[str] = []
    for page in pages:
        lines += page[:-1] + [""] * (length - len(page)) + page[-1:]
    return "\n".join(lines) + "\n"


def test_a_terminals_pages_are_known_by_their_numbers_at_one_place_on_each() -> None:
    text = memo()
    assert terminal_pages(text) == [1, 31]
    edges = page_edges(normalise(text), terminal_pages(text))
    assert [(item.line, item.rule) for item in edges] == [
        (30, TERMINAL_NUMBER),
        (32, TERMINAL_HEAD),
        (60, TERMINAL_NUMBER),
    ]
    meta, blocks = edition_parts(ingest_text(text, "ferry", "ferry.txt").edition)
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        "Keep the Late Ferry: Why the Town Needs Its Evening Boats",
        "Ann Lee",
        "2026-05-04",
    )
    assert "## Who crosses late" in blocks
    # the paragraph runs on over the notes, the foot and the head; the hyphens are `-`, the
    # one that broke `attendants` joined
    assert any(
        "a forty-minute drive round the head of the estuary at night.[^2] The saving" in block
        for block in blocks
    )
    assert any("the year-long trial" in block for block in blocks)
    assert any("the attendants could" in block for block in blocks)
    assert "[^1]: County Transport Plan, March 2026." in blocks
    assert "[^2]: Ferry census, March 2026." in blocks
    assert not any(
        "REF/TOL" in block or "───" in block or "Tollbury\n" in block for block in blocks
    )


def test_near_misses_of_a_terminals_pages_are_no_pages() -> None:
    second = MEMO_PAGES[1]
    for text in (
        memo([MEMO_PAGES[0]]),  # one numbered page: nothing counts pages
        memo([MEMO_PAGES[0], [*second[:-1], second[-1].replace("2", "3")]]),  # 1, 3
        "\n".join(memo().split("\n")[:50] + memo().split("\n")[51:]),  # not a page apart
        memo() + "\n".join(["more text"] * PAGE) + "\n",  # text after the last numbered page
        "\f" + memo(),  # pages marked with form feeds: pdftotext's, read as such
        memo(length=12),  # (a page shorter than any terminal's)
    ):
        assert terminal_pages(text) == []
    # a line of strings set wide apart inside a paragraph, or a sentence, is no head
    lines = normalise("Text\n\nTop        of the page.\n\nA\nLeft        Right\nB\n")
    assert page_edges(lines, [1]) == []


def test_a_centred_title_broken_over_lines_is_one_title_and_an_indented_block_is_not() -> None:
    centred = [Line(1, "     Keep the Late Ferry:"), Line(2, "    Why the Town Needs It")]
    assert _centred(centred)
    assert not _centred([Line(1, "    Keep the Late Ferry:"), Line(2, "    Why the Town")])
    assert not _centred([Line(1, "Keep the Late Ferry:"), Line(2, " Why the Town Needs It ")])
    # (centred, a title over a subtitle: the first line holds no subtitle after a colon)
    assert _runs_on([Line(1, "    Keep the Ferry: Why Our"), Line(2, "        Town Needs Boats")])
    assert not _runs_on([Line(1, "     Keep the Late Ferry"), Line(2, "    Why the Town Needs It")])


def test_an_affiliation_the_authors_note_names_is_the_authors_post() -> None:
    front = "Keep the Ferry\n\nAnn Lee\nEstuary Transport, Tollbury\n4 May 2026\n\n"
    body = f"{FIRST}\n\n{SECOND}\n\n"
    note = "Ann Lee works for Estuary Transport in Tollbury, and crosses daily.\n"
    assert front_bylines(normalise(front + body + note)) == {3: "Ann Lee", 4: "Ann Lee"}
    # a note that does not name the line: no post, so no byline there either
    assert front_bylines(normalise(front + body + note.replace("Estuary Transport", "it"))) == {}


@pytest.mark.parametrize(("left", "right"), [("be", "cause"), ("un", "til"), ("dur", "ing")])
def test_a_preposition_or_conjunction_broken_at_a_line_end_joins(left: str, right: str) -> None:
    # (a review's probe: `be‐` / `cause` stayed `be-cause`, its halves words both, and the
    # lexicon of words that inflect knows no conjunction); a compound of two words still keeps
    # its hyphen where the joined form is no word
    hyphens = Hyphens(Counter(), wrapped=True)
    assert hyphens.joins(left, right)
    assert not hyphens.joins("long", "term")


def test_a_typesetters_hyphen_is_a_hyphen_and_a_box_rule_is_a_rule() -> None:
    assert [line.text for line in normalise("year‐long non‑stop")] == ["year-long non-stop"]
    assert [item.line for item in rule_lines(normalise("───────────\ntext ─ text"))] == [1]


def test_a_rule_over_numbered_lines_with_no_marker_above_is_no_page_of_notes() -> None:
    unmarked = [[line.replace("evening.1", "evening.") for line in page] for page in MEMO_PAGES]
    unmarked[1] = [line.replace("night.2", "night.") for line in unmarked[1]]
    meta, blocks = edition_parts(ingest_text(memo(unmarked), "ferry", "ferry.txt").edition)
    assert not any(block.startswith("[^") for block in blocks)


def series_memo(pages: list[list[str]] = MEMO_PAGES) -> list[list[str]]:
    """The memo with each page's foot a series' name and the page's number after a gap, as a
    working paper's `ms` footer sets it (collection KK's ic)."""
    return [
        [*page[:-1], f"Tollbury Working Papers, no. 7      {number}"]
        for number, page in enumerate(pages, start=1)
    ]


def test_a_terminals_pages_are_known_by_a_foot_that_ends_in_their_number() -> None:
    text = memo(series_memo())
    assert terminal_pages(text) == [1, 31]
    edges = page_edges(normalise(text), terminal_pages(text))
    assert [(item.line, item.rule) for item in edges][::2] == [
        (30, TERMINAL_NUMBER),
        (60, TERMINAL_NUMBER),
    ]
    blocks = edition_parts(ingest_text(text, "ferry", "ferry.txt").edition)[1]
    assert "[^2]: Ferry census, March 2026." in blocks
    assert not any("Working Papers" in block for block in blocks)
    # a foot whose strings differ page to page (a table's last column) numbers no page
    differing = series_memo()
    differing[1][-1] = differing[1][-1].replace("no. 7", "no. 8")
    assert terminal_pages(memo(differing)) == []


def test_a_note_set_by_a_sign_under_the_rule_goes_with_the_numbered_notes() -> None:
    # the author's note on a title page's foot, as groff's `.FS *` sets it, over note 1; and
    # a section's numbered heading opening the page's last block does not hide the rule
    first = list(MEMO_PAGES[0])
    rule = first.index("        ───────────")
    first[rule + 1 : rule + 1] = [
        "          ∗ Ann Lee chairs the Estuary Transport",
        "        users' group and has crossed for thirty years.",
    ]
    first[first.index("        Who crosses late")] = "        1.  Who crosses late"
    first.remove("")  # (the page keeps its length)
    first.remove("")
    second = [
        line for line in MEMO_PAGES[1] if "Ann Lee" not in line and "Tollbury and" not in line
    ]
    text = memo([first, second])
    blocks = edition_parts(ingest_text(text, "ferry", "ferry.txt").edition)[1]
    assert blocks[-2:] == [
        "[^1]: County Transport Plan, March 2026.",
        "[^2]: Ferry census, March 2026.",
    ]
    assert any("forty-minute drive round the head of the estuary at night" in b for b in blocks)
    # (last of the body, a block of its own; its sign is taken off where a preprint's front
    # marks the author with it: collection KK's ic)
    bio = "Ann Lee chairs the Estuary Transport users' group and has crossed for thirty years."
    assert blocks[-3].endswith(bio)


# --- a Medium post copied whole from a browser: the web page's general rules ------------------

LONG = (
    "The council's own records show that complaints about noise were already falling before a "
    "single camera went up, and a pilot that begins on a downward slope looks like a success."
)


def test_a_heading_glued_to_its_paragraph_is_a_heading_of_its_own() -> None:
    text = f"{FIRST} {SECOND}\n\n\nThin evidence\n{LONG}\n\n{LONG}\n"
    groups, _ = group_lines(normalise(text))
    assert [[line.number for line in group] for group in groups] == [[1], [4], [5], [7]]
    # a line that ends a clause is a sentence's start, and a block of three lines is read as
    # before; so is a short line under a blank line over a line no page sets, where it is no
    # heading's shape
    for near in ("In the end,", "Thin evidence is all it had."):
        groups, _ = group_lines(normalise(f"{FIRST}\n\n{near}\n{LONG}\n"))
        assert [[line.number for line in group] for group in groups] == [[1], [3, 4]]


def test_medium_responses_and_a_photo_by_the_author_are_the_pages() -> None:
    assert COMMENT_COUNT.fullmatch("Responses (3)")
    assert not COMMENT_COUNT.fullmatch("Responses")
    assert not COMMENT_COUNT.fullmatch("Responses (3) came from the council")
    assert CAPTION.search("The Esplanade on a Saturday night. Photo by the author.")
    assert CAPTION.search("The pier at dusk. Photograph by the writer")
    # the essay's own sentence about a photograph, and a credit that runs on, are no caption
    assert not CAPTION.search("She sent the photo by the author's request.")
    assert not CAPTION.search("The pier at dusk. Photo by the author, who lives there.")
