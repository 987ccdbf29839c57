"""The rules that came of collection KK (tests/data/collection_kk/README.md), each on small
texts of its own: a running title atop a later page (pages.running_titles), a pull quote in
quotation marks over lines repeating the sentence just read (furniture.pull_quotes), a post
after the name on a "By" byline (metadata.post_after_names), odt2txt's notes printed inside
their paragraphs (odttext), and the label `About the authors` over the author's note
(authornote.about_heading_over_note). Each beside the near-misses it must leave alone.
"""

from __future__ import annotations

from synoptic.authornote import ABOUT_HEADING, about_heading_over_note
from synoptic.furniture import pull_quotes
from synoptic.ingest import Block, ingest_text
from synoptic.layout import normalise
from synoptic.metadata import metadata_line, post_after_names
from synoptic.odttext import odt_text
from synoptic.pages import RUNNING_TITLE, page_furniture, page_starts, running_titles
from test_ingest_collection_b import edition_parts

SENTENCES = (
    "The reservoir was built in 1931 and has supplied the town ever since that year. "
    "Its dam was raised once, in 1968, when the valley's mills still needed the water. "
)

# --- a running title atop a later page --------------------------------------------------------

PAPER = (
    "Keeping the Reservoir Open to Walkers\n\nBy Ann Lee\n3 March 2026\n\n"
    + SENTENCES
    + "\nThe trust now\nproposes to close\n\n"
    "\fValley Water Trust · Paper 4\n\nKeeping the Reservoir Open to Walkers\n\n"
    "the path in winter. " + SENTENCES + "\n"
)


def _titles(raw: str) -> set[int]:
    return running_titles(normalise(raw), set(page_starts(raw)))


def test_the_title_set_again_atop_a_later_page_goes_with_the_head_above_it() -> None:
    assert _titles(PAPER) == {10, 12}
    rules = {item.line: item.rule for item in page_furniture(normalise(PAPER), page_starts(PAPER))}
    assert rules[10] == rules[12] == RUNNING_TITLE


def test_a_running_title_is_no_heading_and_the_cut_paragraph_runs_on() -> None:
    made = ingest_text(PAPER, "rt", "paper.txt")
    meta, blocks = edition_parts(made.edition)
    assert meta["title"] == "Keeping the Reservoir Open to Walkers"
    assert not any(block.startswith("#") for block in blocks)
    assert any("proposes to close the path in winter." in block for block in blocks)
    assert "Valley Water Trust" not in made.markdown


def test_the_title_said_again_lower_on_a_page_or_without_pages_stays() -> None:
    lower = PAPER.replace(
        "\fValley Water Trust · Paper 4\n\nKeeping",
        "\fValley Water Trust · Paper 4\n\nA line.\n\nMore of it here.\n\nKeeping",
    )
    assert _titles(lower) == set()
    assert _titles(PAPER.replace("\f", "")) == set()  # no pages known


def test_a_sentence_above_the_title_atop_a_page_keeps_the_page_whole() -> None:
    # the page opens with the text's own sentence, then a heading that says the title
    ran_on = PAPER.replace("\fValley Water Trust · Paper 4", "\fthe path, as it was.")
    assert _titles(ran_on) == set()


def test_a_short_title_set_again_is_left_to_the_other_rules() -> None:
    # two words may be a heading's as well as a title's
    short = PAPER.replace("Keeping the Reservoir Open to Walkers", "Open Reservoirs")
    assert _titles(short) == set()


# --- a pull quote over lines that repeats the sentence just read --------------------------------

OPENING = "Every borough now faces the same choice about its parks and what they cost to run.\n\n"
CUT = (
    "The council cut the budget twice. Gardeners were moved to other work. "
    "A park without keepers is a park nobody owns.\n\n"
)
CLOSING = "\nThe last paragraph says what the council should now do about it all.\n"


def _quoted(text: str) -> list[str]:
    return [line.text for line in pull_quotes(normalise(text))]


def test_a_quote_over_lines_repeating_the_last_sentence_above_is_a_pull_quote() -> None:
    quote = "“A park without keepers is a\npark nobody owns.”\n"
    assert _quoted(OPENING + CUT + quote + CLOSING) == [
        "“A park without keepers is a",
        "park nobody owns.”",
    ]


def test_a_block_quotation_over_lines_stays() -> None:
    # another's words, which the paragraph above does not end with
    quote = "“A park without keepers is a\npark nobody owns, said the report.”\n"
    assert _quoted(OPENING + CUT + quote + CLOSING) == []
    # the paragraph's first sentence, not the one just read
    quote = "“The council cut the budget\ntwice.”\n"
    assert _quoted(OPENING + CUT + quote + CLOSING) == []
    # without quotation marks: a paragraph of its own
    plain = "A park without keepers is a\npark nobody owns.\n"
    assert _quoted(OPENING + CUT + plain + CLOSING) == []


# --- a post after the name on a "By" byline ------------------------------------------------------


def test_a_post_after_the_name_is_not_the_author() -> None:
    assert post_after_names("Ann Lee, Music Director") == ", Music Director"
    assert post_after_names("Ann Lee, Director of Music") == ", Director of Music"
    assert post_after_names("Ann Lee, Local Democracy Reporter") == ", Local Democracy Reporter"
    assert metadata_line("By Ann Lee, Music Director") == {"author": "Ann Lee"}


def test_names_after_a_comma_are_authors() -> None:
    for names in ("Ann Lee, Bo Ma", "Ann Lee, James Dean", "Ann Lee, Bo Ma and Cy Ng", "Ann Lee"):
        assert post_after_names(names) == ""
        assert metadata_line(f"By {names}") == {"author": names}
    assert post_after_names("Lee, Director") == ""  # no name of two words before it
    assert post_after_names("Ann Lee, director of the trust's music") == ""  # no post's shape


def test_a_post_on_the_byline_is_listed_in_the_report() -> None:
    raw = "The Title of It All\n\nBy Ann Lee, Music Director\n3 March 2026\n\n" + SENTENCES
    made = ingest_text(raw, "post", "post.txt")
    assert edition_parts(made.edition)[0]["author"] == "Ann Lee"
    assert [item.text for item in made.report.removed] == ["By Ann Lee, Music Director"]


# --- odt2txt's notes printed inside their paragraphs --------------------------------------------

ODT = """
A Title Over the Letter

By Ann Lee

3 March 2026

The first paragraph says what the letter is for and why it is
written now, before the vote.

Background
----------

Before 2009 the panel knew every candidate by name, and the
committee found that most believed the result settled.1

Survey of 146 candidates, conducted in 2016.

After the screen, that figure fell to one in eight. Nobody
wants to go back.

The change in who plays here followed, with players of colour
holding nine positions by now2

Committee figures, from the published list.

and more coming. That is the point of it.

We ask the board to reject the proposal.
"""


def test_odt2txt_notes_go_to_the_end_and_their_paragraphs_join_again() -> None:
    read = odt_text(normalise(ODT))
    texts = [line.text for line in read.lines if not line.blank]
    assert read.notes == 2
    joined = "committee found that most believed the result settled.[1] After the screen, that"
    assert f"{joined} figure fell to one in eight. Nobody" in texts
    assert "holding nine positions by now[2] and more coming. That is the point of it." in texts
    assert texts[-2:] == [
        "[1] Survey of 146 candidates, conducted in 2016.",
        "[2] Committee figures, from the published list.",
    ]
    # a capital after the note may open the next paragraph: joined, with a warning; a lower-case
    # word runs the sentence on, with none
    assert len(read.warnings) == 1 and "line 19" in read.warnings[0]


def test_odt2txt_text_gives_its_edition_with_notes() -> None:
    made = ingest_text(ODT, "od", "letter.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Title Over the Letter",
        "Ann Lee",
        "2026-03-03",
    )
    assert blocks[-2:] == [
        "[^1]: Survey of 146 candidates, conducted in 2016.",
        "[^2]: Committee figures, from the published list.",
    ]
    assert sum(not block.startswith(("#", "[^")) for block in blocks) == 4
    assert any("odt2txt" in warning for warning in made.report.warnings)


def _unread(raw: str) -> bool:
    read = odt_text(normalise(raw))
    return read.notes == 0 and read.lines == normalise(raw)


def test_glued_numbers_that_are_no_odt2txt_notes_are_left_alone() -> None:
    # a marker inside a paragraph (a PDF's superscript): odt2txt breaks the paragraph at each
    assert _unread(ODT.replace("by now2\n", "by now.2 And\n"))
    # notes defined at the end, or under a heading: another shape's
    assert _unread(ODT + "\n1 Survey of 146 candidates.\n")
    assert _unread(ODT + "\nNotes\n")
    # one marker only, or numbers that do not count 1 to n
    assert _unread(ODT.replace("by now2", "by now"))
    assert _unread(ODT.replace("by now2", "by now3"))
    # a label's number (`annex A.1`, `CO2`) is no marker
    assert _unread(ODT.replace("settled.1", "in annex A.1").replace("by now2", "by now"))
    # what follows the marker is a heading, a paragraph too long for a note, or no sentence
    assert _unread(ODT.replace("Survey of 146 candidates, conducted in 2016.", "Results\n-------"))
    assert _unread(ODT.replace("Survey of 146", "Survey " + "of many " * 40))
    assert _unread(ODT.replace("conducted in 2016.", "conducted in"))


# --- the label `About the authors` over the author's note ---------------------------------------


def _blocks(*texts: str) -> list[Block]:
    return [
        Block("heading", text[3:], n) if text.startswith("## ") else Block("paragraph", text, n)
        for n, text in enumerate(texts, start=1)
    ]


def test_the_label_over_the_author_s_note_goes() -> None:
    blocks = _blocks("Body.", "## About the authors", "Ann Lee is a viola player.", "Signed.")
    moved = about_heading_over_note(blocks, ("Ann Lee",))
    assert [block.text for block in moved.blocks] == [
        "Body.",
        "Ann Lee is a viola player.",
        "Signed.",
    ]
    assert [(item.text, item.rule) for item in moved.removed] == [
        ("About the authors", ABOUT_HEADING)
    ]


def test_the_label_over_the_author_s_note_goes_above_the_notes_heading() -> None:
    # (an EPUB's documents: the author's, then the notes' under their own heading; the
    # heading over the notes is no body's)
    blocks = [
        *_blocks("Body.", "## About the author", "Ann Lee is a viola player.", "## Notes"),
        Block("note", "The minutes.", 5, label="1"),
    ]
    moved = about_heading_over_note(blocks, ("Ann Lee",))
    assert [block.text for block in moved.blocks] == [
        "Body.",
        "Ann Lee is a viola player.",
        "Notes",
        "The minutes.",
    ]
    assert [item.text for item in moved.removed] == ["About the author"]


def test_a_section_about_the_authors_that_is_no_note_stays() -> None:
    for blocks in (
        _blocks("Body.", "## About the authors", "We met in 2019 at a rehearsal."),
        _blocks("Body.", "## About the authors", "Ann Lee is a viola player.", "## Notes"),
        _blocks("Body.", "## About the authors"),
        _blocks("Body.", "## About the orchestra", "Ann Lee is a viola player."),
    ):
        assert about_heading_over_note(blocks, ("Ann Lee",)).blocks == blocks
    blocks = _blocks("## About the authors", "Ann Lee is a viola player.")
    assert about_heading_over_note(blocks, ()).blocks == blocks
