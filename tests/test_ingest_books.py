"""A book's or pamphlet's front and back pages, heads on facing pages, and a word processor's
Markdown (images by reference, a submission's note, headings in bold)."""

from __future__ import annotations

from synoptic.bookparts import BOOK_BACK, BOOK_FRONT
from synoptic.ingest import ingest_text
from synoptic.pages import page_furniture, page_starts
from test_ingest_collection_b import edition_parts, rules_by_text
from test_ingest_preprints import lines_of

GAP = "\n" * 6  # calibre sets five blank lines between an e-book's files
PARAGRAPH = (
    "The harbour wall was built in 1888 and has been patched every winter since, at a cost the "
    "town has never counted in one place; this essay counts it, and asks what a proper repair "
    "would cost the council and the harbour trust between them over the next twenty years."
)
ESSAY = f"The Harbour Wall{GAP}{PARAGRAPH}\n\nA second paragraph, short.\n"
E_BOOK = (
    "The Harbour Wall\n\nHarbour Papers No. 2\n\nAnn Lee and Bo Martin\n"
    f"{GAP}First published 4 May 2025 by the Harbour Society, Quay Street.\n\n"
    f"Text © Ann Lee 2025.{GAP}Contents\n\nThe Harbour Wall\n\nNotes{GAP}"
    f"The Harbour Wall\n\nAnn Lee and Bo Martin\n\n{PARAGRAPH}\n\nNotes\n\n1. A note.{GAP}"
    "Also in the Harbour Papers\n\nNo. 1 The Net Lofts (2024)\n"
)


def test_an_e_books_front_and_back_go_and_name_its_title_author_date_and_publisher() -> None:
    made = ingest_text(E_BOOK, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"], meta["publisher"]) == (
        "The Harbour Wall",
        "Ann Lee and Bo Martin",
        "2025-05-04",
        "the Harbour Society",
    )
    assert blocks[0] == PARAGRAPH
    rules = rules_by_text(made)
    assert rules["Text © Ann Lee 2025."] == rules["Contents"] == BOOK_FRONT
    assert rules["Also in the Harbour Papers"] == BOOK_BACK
    assert not any("Harbour Papers" in block for block in blocks)


def test_a_text_whose_first_page_is_its_title_alone_is_read_as_it_stands() -> None:
    # no imprint or contents page: a title set apart by blank lines is no book's front
    made = ingest_text(ESSAY, "lee", "raw/lee.txt")
    assert not any(item.rule == BOOK_FRONT for item in made.report.removed)
    assert edition_parts(made.edition)[0]["title"] == "The Harbour Wall"


def test_heads_on_facing_pages_go() -> None:
    pages = [
        "The text of the first page, which has no head.",
        "4 FRIENDS OF THE HARBOUR\nThe text of a left-hand page.",
        "SAVE THE HARBOUR WALL 5\nThe text of a right-hand page.",
        "6 FRIENDS OF THE HARBOUR\nThe text of another left-hand page.",
        "SAVE THE HARBOUR WALL 7\nThe text of another right-hand page.",
    ]
    text = "\n\f".join(pages) + "\n\f"
    heads = {item.text for item in page_furniture(lines_of(text), page_starts(text))}
    assert heads == {
        "4 FRIENDS OF THE HARBOUR",
        "SAVE THE HARBOUR WALL 5",
        "6 FRIENDS OF THE HARBOUR",
        "SAVE THE HARBOUR WALL 7",
    }


def test_a_word_processors_markdown_its_note_image_caption_and_bold_headings() -> None:
    markdown = (
        "**FOR PUBLICATION – The Mercury**  \nWords: 612\n\n# The Harbour Wall\n\n"
        f"*By Ann Lee*\n\n{PARAGRAPH}\n\n![][image1]\n\n*The wall in 1990. Photo: Ann Lee*\n\n"
        f"## **The cost**\n\n{PARAGRAPH}\n\n[image1]: <data:image/png;base64,iVBORw0KGgo=>\n"
    )
    made = ingest_text(markdown, "lee", "raw/lee.md")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"]) == ("The Harbour Wall", "Ann Lee")
    assert blocks == [PARAGRAPH, "## The cost", PARAGRAPH]
    removed = {item.text for item in made.report.removed}
    assert {"Words: 612", "![][image1]", "*The wall in 1990. Photo: Ann Lee*"} <= removed


def test_a_banner_above_a_pages_skip_link_is_the_sites() -> None:
    # LinkedIn's signed-out view sets a sign-in box, a sentence and all, above its skip link
    page = (
        "Agree & Join LinkedIn\n\nBy clicking Continue to join or sign in, you agree to "
        "LinkedIn's User Agreement, Privacy Policy, and Cookie Policy.\n\nSkip to main content\n"
        f"The Harbour Wall\n\nBy Ann Lee\n\n{PARAGRAPH}\n\nA second paragraph, short.\n"
    )
    made = ingest_text(page, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"]) == ("The Harbour Wall", "Ann Lee")
    assert blocks[0] == PARAGRAPH
