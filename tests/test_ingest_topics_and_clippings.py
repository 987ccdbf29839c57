"""The readers that came of collection GG, each on small texts of its own: a Discourse topic's
raw page (discourse.py), a Kindle's clippings (kindle.py), a journal article in Taylor &
Francis's template copied from a PDF viewer (journalarticle.py), a glued marker after a sum in
thousands (superscripts.py); each fires on its shape and not on a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.discourse import DISCOURSE_POSTS, DISCOURSE_PREFACE, discourse_topic
from synoptic.ingest import ingest_file, ingest_text
from synoptic.journalarticle import (
    ARTICLE_END,
    ARTICLE_FRONT,
    ARTICLE_MASTHEAD,
    ARTICLE_PAGES,
    ARTICLE_SIDEBAR,
    journal_article,
)
from synoptic.kindle import (
    KINDLE_ENTRY,
    KINDLE_NOTE,
    KINDLE_OTHER_BOOK,
    KINDLE_SUPERSEDED,
    kindle_clippings,
)
from synoptic.layout import normalise
from synoptic.superscripts import superscript_notes
from test_ingest_collection_b import edition_parts

PARTING = "-" * 25
OPENING = (
    "The harbour wall has stood since 1881, and the town has never once asked what it would "
    "cost to lose it. This essay asks."
)
SECOND = (
    "The wall keeps the sea out of Quay Street in every winter storm. Without it the fish "
    "market floods, and so do the forty homes behind it."
)


def topic(*posts: str) -> str:
    """A topic's raw page: each post under its header, parted by 25 hyphens."""
    return "".join(
        f"user{n} | 2026-02-0{n} 10:00:00 UTC | #{n}\n\n{post}\n\n{PARTING}\n\n"
        for n, post in enumerate(posts, 1)
    )


ESSAY_POST = (
    "*Shared for Ann Lee, who is not on the forum yet. – mod*\n\n"
    "https://example.org/harbour\n\n---\n\n"
    "# Keep the Harbour Wall\n\n**By Ann Lee**\n*2 February 2026*\n\n"
    f"{OPENING}\n\n## The storms\n\n{SECOND}[^1]\n\n#### Notes\n\n[^1]: Storm log, 2025."
)


def test_a_discourse_topic_reads_as_its_first_post_without_the_poster_s_preface() -> None:
    raw = topic(
        ESSAY_POST, '[quote="user1, post:1, topic:7"]\nThis essay asks.\n[/quote]\n\nNo.', ""
    )
    made = ingest_text(raw, "wall", "wall.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Harbour Wall",
        "Ann Lee",
        "2026-02-02",
    )
    assert blocks[0] == OPENING and blocks[2] == SECOND + "[^1]"
    assert not any("user" in block or "quote" in block or "mod" in block for block in blocks)
    rules = {item.rule for item in made.report.removed}
    assert {DISCOURSE_POSTS, DISCOURSE_PREFACE} <= rules
    assert "the first of its 3 posts read" in made.edition


def test_a_topic_s_header_and_parting_lines_go_with_every_other_post() -> None:
    read = discourse_topic(normalise(topic("# A Title\n\nIts text.", "A reply.")))
    assert [line.text for line in read.lines if not line.blank] == ["# A Title", "Its text."]
    assert read.posts == 2
    assert [item.text for item in read.removed][:1] == ["user1 | 2026-02-01 10:00:00 UTC | #1"]


@pytest.mark.parametrize(
    "raw",
    [
        # a header quoted inside an essay, not its first line
        f"{OPENING}\n\nuser1 | 2026-02-01 10:00:00 UTC | #1\n\n{SECOND}\n",
        # a line of 25 hyphens inside a post, over no header: a rule of its own, no topic
        f"user1 | 2026-02-01 10:00:00 UTC | #1\n\n{OPENING}\n\n{PARTING}\n\n{SECOND}\n",
        # a second header with no parting line above it
        f"user1 | 2026-02-01 10:00:00 UTC | #1\n\n{OPENING}\n\n"
        f"user2 | 2026-02-02 10:00:00 UTC | #2\n\n{SECOND}\n",
    ],
)
def test_what_is_no_discourse_topic_keeps_its_lines(raw: str) -> None:
    lines = normalise(raw)
    assert discourse_topic(lines).lines == lines


@pytest.mark.parametrize(
    "post",
    [
        "A heading\n\n## Above\n\n---\n\n# The Title\n\nIts text.",  # a heading above the rule
        "A line by the poster.\n\n# The Title\n\nIts text.",  # no rule over the title
        "\n\n".join(["A paragraph of the poster's."] * 5) + "\n\n---\n\n# The Title\n\nIts text.",
    ],
)
def test_lines_above_the_title_are_no_preface_unless_a_few_blocks_over_a_rule(post: str) -> None:
    read = discourse_topic(normalise(topic(post)))
    assert not any(item.rule == DISCOURSE_PREFACE for item in read.removed)
    assert any(line.text == "# The Title" for line in read.lines)


BOOK = "Keep the Harbour Wall (Lee, Ann;Marsh, Tom)"
OTHER = "A History of Quay Street (Lee, Ann)"


def entry(book: str, kind: str, where: str, *text: str) -> str:
    added = "Added on Monday, 2 March 2026 20:00:00"
    return f"{book}\n- Your {kind} on page 1 | location {where} | {added}\n\n" + (
        "\n".join(text) + "\n==========\n"
    )


def clippings(*entries: str) -> str:
    return "".join(entries)


CLIPPINGS = clippings(
    entry(OTHER, "Highlight", "101-103", "The quay was built in 1790."),
    entry(
        BOOK,
        "Highlight",
        "1-2",
        "Keep the Harbour Wall",
        "By Ann Lee and Tom Marsh",
        "2 March 2026",
    ),
    entry(BOOK, "Highlight", "2-4", OPENING),
    entry(BOOK, "Note", "4", "check 1881 - ask Tom"),
    entry(BOOK, "Highlight", "4-5", "The storms", "The wall keeps the sea out of Quay Street"),
    entry(BOOK, "Highlight", "4-6", "The storms", SECOND),
    entry(BOOK, "Bookmark", "6", ""),
)


def test_a_kindle_s_clippings_read_as_the_essay_s_highlights(tmp_path: Path) -> None:
    # (as a Kindle writes the file: a BOM at its start only, CRLF line ends)
    path = tmp_path / "My Clippings.txt"
    path.write_bytes(("\ufeff" + CLIPPINGS.replace("\n", "\r\n")).encode("utf-8"))
    made = ingest_file(path, "wall")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Harbour Wall",
        "Ann Lee and Tom Marsh",
        "2026-03-02",
    )
    assert blocks == [OPENING, "## The storms", SECOND]
    rules = {item.rule for item in made.report.removed}
    assert {KINDLE_ENTRY, KINDLE_NOTE, KINDLE_OTHER_BOOK, KINDLE_SUPERSEDED} <= rules
    assert "3 highlights of the essay read, of 7 entries" in made.edition


def test_the_book_s_title_and_its_inverted_authors_are_the_front_s_where_none_is_stated() -> None:
    read = kindle_clippings(normalise(clippings(entry(BOOK, "Highlight", "1-3", OPENING)) * 2))
    assert read.facts == {"title": "Keep the Harbour Wall", "author": "Ann Lee and Tom Marsh"}


def test_a_highlight_s_lines_are_parted_by_blank_lines_numbered_between_them() -> None:
    read = kindle_clippings(
        normalise(clippings(entry(BOOK, "Highlight", "1-3", "A", "B", "C")) * 2)
    )
    numbers = [line.number for line in read.lines]
    assert len(set(numbers)) == len(numbers) and numbers == sorted(numbers)
    assert [line.text for line in read.lines] == ["", "A", "", "B", "", "C"]


@pytest.mark.parametrize(
    "raw",
    [
        # `=` rules between an essay's parts
        f"{OPENING}\n==========\n{SECOND}\n==========\n",
        # one clipping quoted in an essay: lines outside the entries
        f"{OPENING}\n\n" + entry(BOOK, "Highlight", "1-2", SECOND) + entry(BOOK, "Note", "2", "x"),
        # a single entry
        entry(BOOK, "Highlight", "1-2", SECOND),
        # an entry whose metadata line is no Kindle's
        entry(BOOK, "Highlight", "1-2", SECOND).replace("- Your Highlight", "- My mark")
        + entry(BOOK, "Highlight", "2-3", OPENING),
    ],
)
def test_what_is_no_clippings_file_keeps_its_lines(raw: str) -> None:
    lines = normalise(raw)
    assert kindle_clippings(lines).lines == lines


def test_a_highlight_made_apart_from_another_it_is_part_of_stays() -> None:
    # The same words highlighted again further on (another location): both are the text's.
    raw = clippings(
        entry(BOOK, "Highlight", "1-2", "The wall stands."),
        entry(BOOK, "Highlight", "40-42", "The wall stands. It stood in 1881."),
    )
    read = kindle_clippings(normalise(raw))
    assert not any(item.rule == KINDLE_SUPERSEDED for item in read.removed)


@pytest.mark.parametrize(
    ("sum_text", "marked"),
    [
        ("for under £600,000.1", True),  # a sum in thousands, then its marker
        ("for under £600,000.25", False),  # pence
        ("for under £1,250.1", True),
        ("for under £600.1", False),  # no thousands: £600.1 could be a sum
        # (a review's: a decimal where the sentence goes on is the sum's)
        ("for $1,250.1 million in all.", False),
        ("about $2,500.1 per head.", False),
    ],
)
def test_a_marker_glued_after_a_sum_in_thousands(sum_text: str, marked: bool) -> None:
    text = f"The site opened {sum_text} Then it closed.\n\nNotes\n1. Accounts, 2020.\n"
    read = superscript_notes(normalise(text))
    assert bool(read.markers) is marked


# A journal article in Taylor & Francis's template, as Acrobat Reader copies it: a line a printed
# line, no blank line, the abstract in a narrower box, a page break with its foot and head.
ARTICLE = [
    "Harbour Studies, 2025",
    "Vol. 9, No. 1, 40–41",
    "https://doi.org/10.5555/hs.2025.0007",
    "RESEARCH NOTE",
    "Keeping the Harbour Wall: Costs and Choices for a Small",
    "Port",
    "Tomas Rehn",
    "Department of Coastal Studies, University of Tarnbridge, UK",
    "ARTICLE HISTORY",
    "Received 3 May 2025",
    "Accepted 1 August 2025",
    "Published online 9 September 2025",
    "KEYWORDS",
    "Harbours; sea walls;",
    "coastal towns",
    "ABSTRACT",
    "The harbour wall at Quay Street has stood since 1881 and",
    "keeps the sea from forty homes in every winter storm.",
    "It is failing: the mortar has gone from its lower courses",
    "and its face has bulged. This note weighs what a repair",
    "would cost against what the town would lose without the",
    "wall, and asks who should pay for the work and when it",
    "should start.",
    "1. The wall",
    "The wall is 300 metres long and was last repaired in 1962, when the borough rebuilt the",
    "seaward face after the great storm of that winter and raised the parapet by a metre.",
    "Since then the mortar has washed out of the lower courses, and the face has bulged by",
    "as much as a hand's width in the worst places, where the sea strikes it at high tide and",
    "the winter gales drive the shingle against the stones. A survey in the spring found",
    "cracks in a third of the copings and a hollow behind the wall near the old fish market.",
    "The borough's engineer thinks the wall will stand for another decade at most.",
    "2. The cost",
    "Nothing about the wall is cheap. Its stones came from a quarry that closed long ago, and",
    "a repair in matching stone needs masons who have worked on sea walls before, of whom",
    "there are few in the county; the work can only be done in the summer months, between",
    "the spring and autumn tides, when the lower courses stand clear of the water for hours.",
    "A full repair would cost about £2 million, spread over three years, and the county has",
    "CONTACT Tomas Rehn t.rehn@tarnbridge.example Department of Coastal Studies, Tarnbridge",
    "© 2025 Harbour Studies Society",
    "41 T. REHN",
    "offered half of it if the town finds the rest before the end of next year.",
    "Disclosure statement",
    "No potential conflict of interest was reported by the author.",
    "About the author",
    "Tomas Rehn teaches coastal engineering at the University of Tarnbridge.",
]


def test_a_journal_article_copied_from_a_viewer_reads_as_its_text() -> None:
    made = ingest_text("\n".join(ARTICLE) + "\n", "wall", "wall.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keeping the Harbour Wall: Costs and Choices for a Small Port",
        "Tomas Rehn",
        "2025-09-09",
    )
    assert blocks[0] == " ".join(ARTICLE[16:23])  # the abstract, one paragraph
    assert blocks[1] == "## 1\\. The wall"
    assert blocks[-2].endswith(
        "the county has offered half of it if the town finds the rest before the end of next year."
    )
    assert blocks[-1] == ARTICLE[-1]
    rules = {item.rule for item in made.report.removed}
    assert {ARTICLE_MASTHEAD, ARTICLE_FRONT, ARTICLE_SIDEBAR, ARTICLE_PAGES, ARTICLE_END} <= rules


@pytest.mark.parametrize(
    "cut",
    [
        lambda lines: [line for line in lines if not line.startswith("CONTACT")],  # no CONTACT
        lambda lines: [line for line in lines if line not in ("KEYWORDS", "ARTICLE HISTORY")],
        lambda lines: lines[:6] + lines[7:],  # no byline
    ],
)
def test_what_lacks_the_template_s_shape_keeps_its_lines(cut) -> None:
    lines = normalise("\n".join(cut(ARTICLE)))
    assert journal_article(lines).lines == lines


def test_a_running_head_is_a_page_number_beside_the_author_s_initials_or_the_journal() -> None:
    heads = ["42 T. REHN", "HARBOUR STUDIES 43", "43 T. Rehn", "42 A. REHN"]
    read = journal_article(normalise("\n".join(ARTICLE[:-4] + heads)))
    gone = [item.text for item in read.removed if item.rule == ARTICLE_PAGES]
    assert gone[-2:] == heads[:2]  # not in lower case, nor another's initials
    assert [line.text for line in read.lines][-2:] == heads[2:]


def test_an_essay_s_own_section_headed_funding_is_no_end_matter() -> None:
    # (a review's: the template's statement is a sentence the end matter follows; a section of
    # the essay goes on)
    body = ["Funding", "The county has set aside £1 million for the wall.", "It will not do."]
    raw = ARTICLE[:-4] + body + ARTICLE[-4:]
    _, blocks = edition_parts(ingest_text("\n".join(raw) + "\n", "wall", "wall.txt").edition)
    assert "## Funding" in blocks
    assert "The county has set aside £1 million for the wall." in blocks
    assert not any("Disclosure statement" in block for block in blocks)


def test_a_pdf_s_clippings_keep_a_short_highlight_that_another_holds_in_its_middle() -> None:
    # Clippings of a PDF give pages only: a highlight extended grows from one of its ends.
    def on_page(*text: str) -> str:
        return entry(BOOK, "Highlight", "1-2", *text).replace(" | location 1-2", "")

    raw = clippings(on_page("Costs"), on_page("Reuse costs a fifth: Costs of repair vary."))
    read = kindle_clippings(normalise(raw))
    assert not any(item.rule == KINDLE_SUPERSEDED for item in read.removed)
    extended = clippings(on_page("Costs of repair"), on_page("Costs of repair vary widely."))
    read = kindle_clippings(normalise(extended))
    assert any(item.rule == KINDLE_SUPERSEDED for item in read.removed)
