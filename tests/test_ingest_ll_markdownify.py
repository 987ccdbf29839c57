"""Rules that came of collection LL's ia (a Squarespace post put through the markdownify
command-line tool): a whole web page's Markdown around a setext title, each rule on small texts
of its shape and on near-misses."""

from __future__ import annotations

import pytest

from ingest_lines import lines_of
from synoptic.authornote import author_note_above_notes
from synoptic.furniture import debris_after_text
from synoptic.ingest import Block, ingest_text
from synoptic.markdownsource import (
    MARKDOWN_CARD,
    MARKDOWN_UNDERLINE,
    _link_cards,
    _setext_headings,
    _spans_read,
    markdown_source,
)
from synoptic.metadata import metadata_line
from test_ingest_collection_b import edition_parts

# A blog's page as markdownify writes it (`markdownify -w page.html`): the page's <title>, a
# banner, the site's menu, a setext title, the date, `Written By [name](…)`, `###` headings, a
# link wrapped over lines in a paragraph, note numbers glued after a stop, `#### Notes`, a rule,
# the bio in italics; then tags, sharing, the author again, Previous / Next cards holding their
# own setext headings, a newsletter's form and the charity's address.
POST = """  Keep the Ferry Running — Calder Sound Residents' Trust\x20\x20

Our office is closed on Mondays

[Calder Sound Residents' Trust](/ "/")

[About](/about "/about")

[News](/news "/news")

[Join](/join "/join")

\x20

Keep the Ferry Running
======================

3 Mar 2026

Written By [Ailsa Brodie](/news?author=77 "/news?author=77")

The council wants to stop the winter ferry, and the [Calder Sound Ferry
Users](https://example.org/ferry-users/
"https://example.org/ferry-users/") say it would cut the island off for
four months of every year. They are right, and the council should think again.

### What the ferry carries

It carries the school run, the post and the doctor's Tuesday surgery. Last winter
it made 212 crossings.1 Not one of them was empty.

### What it costs

The ferry costs the council less than the road it would have to grit instead.2

#### Notes

1. Calder Sound Ferry log, winter 2025.
2. Council budget papers, January 2026.

---

*Ailsa Brodie chairs the Calder Sound Residents' Trust and has lived on the island
since 1998.*

Tagged: [ferry](/news?tag=ferry "/news?tag=ferry"), [council](/news?tag=council "/news?tag=council")

[Facebook](https://facebook.com/x "https://facebook.com/x") [Email](mailto:?x "mailto:?x")

[Ailsa Brodie](/news?author=77 "/news?author=77")

[Previous

Harbour dues for 2026
---------------------](/news/harbour-dues "/news/harbour-dues") [Next

The pier repairs, one year on
-----------------------------](/news/pier-repairs "/news/pier-repairs")

\x20

### Stay in touch

Sign up for our newsletter with news of the island.

Email AddressSign Up

We respect your privacy.

Calder Sound Residents' Trust\x20\x20
Registered charity no. 1100000

[Privacy](/privacy "/privacy")
"""


def test_a_blogs_page_by_markdownify_reads_as_its_post() -> None:
    made = ingest_text(POST, "t", "t.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Ferry Running",
        "Ailsa Brodie",
        "2026-03-03",
    )
    assert blocks == [
        "The council wants to stop the winter ferry, and the Calder Sound Ferry Users say it "
        "would cut the island off for four months of every year. They are right, and the "
        "council should think again.",
        "## What the ferry carries",
        "It carries the school run, the post and the doctor's Tuesday surgery. Last winter it "
        "made 212 crossings.[^1] Not one of them was empty.",
        "## What it costs",
        "The ferry costs the council less than the road it would have to grit instead.[^2]",
        "Ailsa Brodie chairs the Calder Sound Residents' Trust and has lived on the island "
        "since 1998.",
        "## Notes",
        "[^1]: Calder Sound Ferry log, winter 2025.",
        "[^2]: Council budget papers, January 2026.",
    ]
    # (each line gone is listed in the report, with its rule)
    assert MARKDOWN_CARD in made.edition and MARKDOWN_UNDERLINE in made.edition


def test_a_link_wrapped_over_lines_of_its_own_leaves_no_line_twice() -> None:
    text = (
        "Seven years after the [Cardiac\nRegister](https://example.org/\n"
        '"https://example.org/") began, it\nstill names them.'
    )
    read = _spans_read(lines_of(text), marked=False)
    assert " ".join(line.text for line in read) == (
        "Seven years after the Cardiac Register began, it still names them."
    )
    # (a link on one line: every line kept)
    one = 'A [link](/a "/a") here\nand the next line.'
    assert [line.text for line in _spans_read(lines_of(one), False)] == [
        "A link here",
        "and the next line.",
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Keep the Ferry Running\n======================\n\nText.", "# Keep the Ferry Running"),
        ("\nWhat it costs\n---\n\nText.", "## What it costs"),
        ("Intro.\n\nA Part\n=====\n", "# A Part"),
    ],
)
def test_an_underlined_heading_in_a_markdown_source_reads_as_its_level(
    text: str, heading: str
) -> None:
    read, underlines = _setext_headings(lines_of(text))
    assert heading in [line.text for line in read]
    assert len(underlines) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A paragraph's first line\nand its last line\n---\n\nText.",  # under a paragraph
        "A paragraph.\n\n---\n\nThe bio.",  # a rule between blocks: an <hr>
        "He left the room and shut the door.\n---\n\nText.",  # a sentence over it
        "A Part\n=====\nText right under it.",  # no blank line under the underline
        "- An item\n---\n\nText.",  # a list's item
        "A Part\n= =\n\nText.",  # no underline
    ],
)
def test_no_heading_is_read_over_a_rule_or_under_a_paragraph(text: str) -> None:
    read, underlines = _setext_headings(lines_of(text))
    assert underlines == [] and read == lines_of(text)


def test_previous_and_next_cards_go_but_a_link_in_prose_stays() -> None:
    cards = _link_cards(lines_of(POST))
    assert [line.text.split("]")[0] for line in cards] == [
        "[Previous",
        "Harbour dues for 2026",
        "---------------------",
        "The pier repairs, one year on",
        "-----------------------------",
    ]
    source = markdown_source(lines_of(POST))
    texts = [line.text for line in source.lines]
    assert not any("Harbour dues" in text or "pier repairs" in text for text in texts)


@pytest.mark.parametrize(
    "text",
    [
        # a link in prose, wrapped over lines: its paragraph's
        'The [Calder Sound Ferry\nUsers](https://example.org/ "x") say so.\n\nMore.',
        # brackets over paragraphs that close on no address: an editor's insertion
        "[Editor's note\n\nThe figures were revised.]\n\nMore text.",
        # an opening bracket inside a paragraph (a line above it in its block)
        "Some text runs on\n[and a bracket\n\nopens](/a) here.",
        # a card's close too far below (more than a card's lines)
        "[Previous\n\n" + "\n".join(["line"] * 10) + "\n](/a)",
    ],
)
def test_no_card_is_read_where_a_link_stays_in_its_paragraph(text: str) -> None:
    assert _link_cards(lines_of(text)) == []


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We respect your privacy.", True),
        ("We'll never share your email with anyone.", True),
        ("Unsubscribe at any time.", True),
        ("Tagged: register, campaigns, heart surgery, patients, surgeons, figures, data", True),
        # an essay's last paragraph, which says so in a sentence that goes on
        ("We respect your privacy, the board says, and then sells the lists.", False),
        ("You can unsubscribe at any time, but the letters keep coming.", False),
    ],
)
def test_a_sign_up_forms_reassurance_ends_a_page_but_an_essays_sentence_does_not(
    text: str, gone: bool
) -> None:
    texts = lines_of(f"The essay's last paragraph ends here.\n{text}\nPrivacy policy")
    found = [line.text for line in debris_after_text(texts)]
    assert (text in found) is gone
    assert "The essay's last paragraph ends here." not in found


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Written By Ailsa Brodie", "Ailsa Brodie"),  # Squarespace's
        ("WRITTEN BY Ailsa Brodie", "Ailsa Brodie"),
        ("Written by Ailsa Brodie", "Ailsa Brodie"),
    ],
)
def test_a_byline_written_by_in_title_case_names_the_author(text: str, author: str) -> None:
    assert (metadata_line(text) or {}).get("author") == author


def _blocks(*kinds: tuple[str, str, int]) -> list[Block]:
    return [
        Block(kind, text, line, label="1" if kind == "note" else "") for kind, text, line in kinds
    ]


BODY = ("paragraph", "The essay's last paragraph.", 1)
NOTES = ("heading", "Notes", 3)
NOTE = ("note", "A source.", 5)
BIO = ("paragraph", "Ailsa Brodie chairs the trust.", 9)


def test_the_authors_note_below_the_notes_is_set_above_them() -> None:
    # (under a rule or not: NN's Word manuscript, PP's Medium post and a Squarespace page set
    # it right under the last note)
    moved = author_note_above_notes(_blocks(BODY, NOTES, NOTE, BIO), ("Ailsa Brodie",))
    assert [block.text for block in moved.blocks] == [
        "The essay's last paragraph.",
        "Ailsa Brodie chairs the trust.",
        "Notes",
        "A source.",
    ]
    assert moved.removed == []


@pytest.mark.parametrize(
    "blocks",
    [
        (BODY, NOTES, NOTE, ("paragraph", "The trust thanks its readers.", 9)),
        (BODY, NOTES, NOTE, ("paragraph", "Ailsa Brodie’s trust was founded in 1990.", 9)),
        (BODY, NOTES, NOTE, BIO, ("paragraph", "Ailsa Brodie writes often.", 11)),
    ],
)
def test_a_paragraph_below_the_notes_stays_without_the_authors_name_or_not_alone(
    blocks: tuple,
) -> None:
    made = _blocks(*blocks)
    assert author_note_above_notes(made, ("Ailsa Brodie",)).blocks == made


# A Markdown essay written by hand: an underlined title, a rule between parts, a closing
# paragraph that opens with a bracket. It reads as before: no site around it.
HAND_WRITTEN = """Why the Ferry Matters
=====================

By Ailsa Brodie

The council wants to stop the winter ferry. It should [not](https://example.org/a) do so.

---

[Previous](https://example.org/b "b") plans were worse, and the [island](https://example.org/c)
knows it.
"""


def test_a_hand_written_markdown_essay_keeps_its_paragraphs() -> None:
    meta, blocks = edition_parts(ingest_text(HAND_WRITTEN, "t", "t.txt").edition)
    assert (meta["title"], meta["author"]) == ("Why the Ferry Matters", "Ailsa Brodie")
    assert blocks == [
        "The council wants to stop the winter ferry. It should not do so.",
        "Previous plans were worse, and the island knows it.",
    ]
