"""The shapes collection FF brought, on texts of our own: a Project Gutenberg e-book, a copy
from a browser's reader view, notes with their ways back (`↩︎`), a Word document's fields as
catdoc prints them, and an essay appended to another document. Each rule leaves a text
without its sign as it was."""

from __future__ import annotations

from synoptic.appendix import appended_essay
from synoptic.backlinks import back_linked_notes
from synoptic.gutenberg import gutenberg_text
from synoptic.ingest import ingest_text
from synoptic.layout import EMPHASIS_MARK, normalise
from synoptic.readerview import reader_view
from synoptic.wordfields import FIELD_CODE_RULE, HEADER_AND_FOOTER, word_fields
from test_ingest_collection_b import edition_parts, removal_rules

PARAGRAPH = (
    "The harbour wall was built in 1841 and has been patched every winter since, at a cost "
    "the town can no longer carry alone."
)


def texts(lines) -> list[str]:
    """The lines that are not blank, each run of spaces one space."""
    return [" ".join(line.text.split()) for line in lines if not line.blank]


# --- a Project Gutenberg e-book -----------------------------------------------------------

ETEXT = """The Project Gutenberg eBook of The Harbour Wall

This ebook is for the use of anyone anywhere in the United States.

Title: The Harbour Wall: A Plea
       for Its Repair

Author: Ann Lee

Release date: April 18, 2026 [eBook #1]

*** START OF THE PROJECT GUTENBERG EBOOK THE HARBOUR WALL ***

Transcriber's Note: Italics are _underscored_.

                     THE HARBOUR WALL

                            BY
                          ANN LEE

                      2 March 2026

[Illustration: The wall
in 1900.]

The harbour wall was built in _1841 and has
been_ patched every winter since.[1]

[Footnote 1: Town records,
_Harbour Book_.]

It cannot be patched much longer.

                          THE END

*** END OF THE PROJECT GUTENBERG EBOOK THE HARBOUR WALL ***

Section 1. General Terms of Use
"""


def test_a_gutenberg_e_book_gives_its_work_its_front_and_its_notes() -> None:
    read = gutenberg_text(normalise(ETEXT))
    assert read.facts == {
        "title": "The Harbour Wall: A Plea for Its Repair",  # its field runs on, indented
        "author": "Ann Lee",
        "date": "2026-03-02",  # the title page's, not the release date
    }
    mark = EMPHASIS_MARK
    assert texts(read.lines) == [
        f"The harbour wall was built in {mark}1841 and has",
        f"been{mark} patched every winter since.[1]",
        "It cannot be patched much longer.",
        "[1] Town records,",  # the note, moved to the end, its bracket closed
        f"{mark}Harbour Book{mark}.",
    ]
    assert (read.notes, read.italics) == (1, 2)
    # The note's first line keeps its length (`[Footnote 1: ` as `[1]` and spaces): a short
    # line would end a hard-wrapped paragraph there.
    note = next(line for line in read.lines if line.text.startswith("[1]"))
    assert len(note.text) == len("[Footnote 1: Town records,")
    rules = {item.rule.split(":")[0] for item in read.removed}
    assert rules == {
        "Project Gutenberg's header",
        "Project Gutenberg",  # its volunteers' lines, the title page, the pictures, the end
        "Project Gutenberg's licence, from its END line down",
    }
    assert "Section 1. General Terms of Use" in {item.text for item in read.removed}


def test_a_gutenberg_edition_writes_its_italics_and_notes() -> None:
    meta, blocks = edition_parts(ingest_text(ETEXT, "hw", "hw.txt").markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The Harbour Wall: A Plea for Its Repair",
        "Ann Lee",
        "2026-03-02",
    )
    assert blocks == [
        "The harbour wall was built in *1841 and has been* patched every winter since.[^1]",
        "It cannot be patched much longer.",
        "[^1]: Town records, *Harbour Book*.",
    ]


def test_a_centred_block_that_does_not_give_the_title_is_no_title_page() -> None:
    # An epigraph centred over the first paragraph stays the text's.
    text = ETEXT.replace("THE HARBOUR WALL\n", "THE SEA WILL HAVE IT\n", 1)
    read = gutenberg_text(normalise(text))
    assert "THE SEA WILL HAVE IT" in [line.strip() for line in texts(read.lines)]
    assert "date" not in read.facts


def test_a_text_without_gutenberg_s_frame_is_left_as_it_is() -> None:
    lines = normalise(ETEXT.replace("*** START OF", "START OF"))
    assert gutenberg_text(lines).lines == lines


# --- a browser's reader view ------------------------------------------------------------------

READER = """harbourwatch.org.uk
Save the Harbour Wall
Ann Lee
3–4 minutes

Opinion

The wall was built in 1841, and it is failing.

Ann Lee, Bo Ma

2 Mar 2026 • 3 min read

The wall was built in 1841, and it is failing. Repairs are overdue.
"""


def test_a_reader_view_gives_its_title_and_every_author() -> None:
    read = reader_view(normalise(READER))
    assert read.facts == {"title": "Save the Harbour Wall", "author": "Ann Lee and Bo Ma"}
    # The tag, the excerpt and the byline go; the date line stays for the front matter.
    assert texts(read.lines) == [
        "2 Mar 2026 • 3 min read",
        "The wall was built in 1841, and it is failing. Repairs are overdue.",
    ]


def test_a_reader_view_keeps_a_post_header_whose_byline_is_not_the_credited_name() -> None:
    read = reader_view(normalise(READER.replace("Ann Lee, Bo Ma", "Cy Dunn, Bo Ma")))
    assert read.facts["author"] == "Ann Lee"
    assert "Opinion" in texts(read.lines)


def test_a_text_opening_with_an_address_but_no_estimate_is_no_reader_view() -> None:
    lines = normalise(READER.replace("3–4 minutes\n", "Read on.\n"))
    assert reader_view(lines).lines == lines


# --- notes with their ways back ------------------------------------------------------------------


def test_notes_with_their_ways_back_are_numbered_in_order() -> None:
    lines = normalise(
        "A claim.[1] Another.[2]\n\nFirst source. ↩︎\n\nSecond source, cited twice. ↩︎ ↩︎2\n"
    )
    read, count, unmatched = back_linked_notes(lines)
    assert (count, unmatched) == (2, None)
    assert texts(read) == [
        "A claim.[1] Another.[2]",
        "[1] First source.",
        "[2] Second source, cited twice.",
    ]


def test_an_arrow_that_does_not_end_the_text_makes_no_note() -> None:
    lines = normalise("Press ↩\n\nThe essay's last paragraph.\n")
    assert back_linked_notes(lines) == (lines, 0, None)


# --- a Word document's fields, as catdoc prints them ---------------------------------------------

CATDOC = (
    f'{PARAGRAPH}\n\nSee the report at   HYPERLINK "https://example.org/r" \n'
    "example.org/r for the figures. The PAGE of the ledger is torn.\n\n"
    " First note, its marker gone.\n\n Second note.\n\n"
    "Harbour Trust\tPage   PAGE  \n\\* MERGEFORMAT  1  of   NUMPAGES   \\* MERGEFORMAT  5\n"
)


def test_word_fields_lose_their_codes_and_catdoc_notes_are_read() -> None:
    read = word_fields(normalise(CATDOC))
    assert texts(read.lines) == [
        PARAGRAPH,
        "See the report at",
        "example.org/r for the figures. The PAGE of the ledger is torn.",  # a word, no code
        "[1] First note, its marker gone.",
        "[2] Second note.",
    ]
    assert (read.codes, read.notes) == (3, 2)  # a link, a page number, a count of pages
    line = next(line for line in read.lines if line.text.startswith("See the report"))
    assert len(line.text) == len('See the report at   HYPERLINK "https://example.org/r" ')
    # Each code listed where it stood; the footer, after the notes, gone whole.
    assert [(item.line, item.rule) for item in read.removed] == [
        (3, FIELD_CODE_RULE),
        (10, FIELD_CODE_RULE),
        (10, HEADER_AND_FOOTER),
        (11, FIELD_CODE_RULE),
        (11, HEADER_AND_FOOTER),
    ]


def test_a_text_with_no_code_of_word_s_own_is_left_as_it_is() -> None:
    lines = normalise(CATDOC.replace("HYPERLINK", "LINK").replace("MERGEFORMAT", "FORMAT"))
    lines = [line for line in lines if "NUMPAGES" not in line.text]
    assert word_fields(lines).lines == lines


def test_indented_blocks_with_markers_in_the_text_are_no_lost_notes() -> None:
    read = word_fields(normalise(CATDOC.replace("torn.", "torn.[1]")))
    assert read.notes == 0


# --- an essay appended to another document -------------------------------------------------------

MINUTES = (
    "MINUTES of the meeting\n\nItem 1\tAPOLOGIES\n\nNone were received.\n\n\f\n"
    "APPENDIX A\n\n(to minute 4)\n\nSave the Harbour Wall\n\nStatement by Councillor Ann Lee\n\n"
    f"2 March 2026\n\n{PARAGRAPH}\n"
)


def test_an_essay_appended_to_minutes_is_read_without_them() -> None:
    made = ingest_text(MINUTES, "hw", "hw.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Save the Harbour Wall",
        "Ann Lee",
        "2026-03-02",
    )
    assert blocks == [PARAGRAPH]
    assert any(rule.startswith("appendix:") for rule in removal_rules(made))


def test_a_report_s_own_appendix_has_no_byline_and_stays() -> None:
    text = MINUTES.replace("Statement by Councillor Ann Lee", "Table 1: Repairs since 1990")
    lines = normalise(text)
    starts = [line.number for line in lines if line.text.startswith("APPENDIX")]
    assert appended_essay(lines, starts) == []
