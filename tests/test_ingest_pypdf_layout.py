# Collection SS's sb: a book chapter typeset with reportlab (5.5 x 8.5 in, justified, hyphenated,
# fi/fl ligatures, mirrored margins) and read back by pypdf 7.1.1's layout mode
# (`page.extract_text(extraction_mode="layout")`), the pages joined by one line break, no form
# feed. The text holds a title page (the book's title in capitals, a subtitle, the author in
# capitals, the publisher and its city, centred by leading spaces), a copyright page (the year
# alone, a CIP line, an ISBN, `Typeset in …`), the chapter's pages 97-99 (`CHAPTER SIX` over
# its title, an epigraph and its `— name, source` line, the first line in small capitals, a
# drop folio `97` centred at the opening page's foot, a verso head `98   The Unguarded Hour`
# and a recto head `A Third Party in the Room   99`, the folios at the outer corners, a word cut
# by a page break, `presen-` … `ted`, footnotes under two blank lines at the pages' feet, one
# cutting a paragraph, their markers lifted onto lines of their own, one with the next word,
# `2 I`, a `❧` section break) and an "About the Author" page.
# On first contact (c04013b): 7 of 11 paragraphs, 0 of 2 notes, 38 blocks for 16, the title
# `THE UNGUARDED HOUR`, no author, no date: the title and copyright pages read as headings and
# paragraphs, the heads and folios inside paragraphs (`97 98 The Unguarded Hour`), the notes
# read into the text, `I HAVE BEEN ASKED` kept in capitals, `About the Author` a heading.
# Now (layoutpages.py): 11 of 11 paragraphs (the epigraph as an epigraph), 2 of 2 notes (the
# clean text's `2024-25` the raw's `2024–25`), its front (title, author, the year), 15 blocks
# for 16 (the raw sets no Notes heading).
from __future__ import annotations

from pathlib import Path

from synoptic.bookparts import BOOK_FRONT
from synoptic.chapterfront import CHAPTER_NUMBER_LINE
from synoptic.ingest import attribution, ingest_file, ingest_text
from synoptic.layout import Line
from synoptic.layoutpages import (
    CHAPTER_TITLE,
    DROP_FOLIO,
    RUNNING_HEAD,
    head_folio,
    layout_pages,
    lifted_words,
    opening_capitals,
    running_heads,
)
from test_ingest_collection_b import edition_parts

DATA = Path(__file__).parent / "data" / "collection_ss"

SB_NOT_THE_ESSAY = (
    "UNGUARDED HOUR",  # the title page
    "A Physician",
    "HARROW & FINCH",
    "CASTLEBRIDGE",
    "First published",  # the copyright page
    "Copyright ©",
    "All rights reserved",
    "ISBN",
    "Typeset in",
    "CHAPTER SIX",
    "97",  # the folios and the running heads
    "98",
    "99",
    "presen-",
    "I HAVE BEEN",
    "About the Author",
    "❧",
)


def straight(text: str) -> str:
    """The text with straight quotes and the en dash the clean text writes as a hyphen."""
    return text.translate(str.maketrans("‘’“”–", "''\"\"-"))


def test_collection_ss_sb_reads_whole() -> None:
    made = ingest_file(DATA / "raw" / "sb.txt", "sb")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((DATA / "essays" / "sb.md").read_text("utf-8"))
    assert (meta["title"], meta["author"]) == (want_meta["title"], want_meta["author"])
    assert meta["date"] == "2026"  # the year alone the copyright page states: no day
    assert straight(meta["summary"]) == straight(want_meta["summary"])
    assert meta["publisher"] == "Harrow & Finch Ltd"
    # the epigraph, as an epigraph: its quotation over its attribution
    quote, name = want[0].split(" - ")
    assert straight(blocks[0]) == f"> {quote}\n>\n> — {name}"
    assert [straight(block) for block in blocks[1:]] == [
        straight(block) for block in want[1:] if block != "## Notes"
    ]
    assert not any(cut in block for block in blocks for cut in SB_NOT_THE_ESSAY)
    assert "the date is the year alone the copyright page states (2026)" in "\n".join(
        made.report.warnings
    )
    assert "the word 'I' lifted with note 2's marker (line 133)" in "\n".join(made.report.warnings)


def lines_of(text: str) -> list[Line]:
    return [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]


PROSE = "the quick words of a line of prose run on to the next and on"


def chapter(first: str = "") -> str:
    """A small chapter's text as pypdf's layout mode gives it: an opening page with its drop
    folio, a verso and a recto page with their heads, a word cut by the page break, a note at
    a page's foot cutting a paragraph, and a marker lifted with the next word."""
    body = [f"{PROSE} {n}" for n in range(12)]
    return "\n".join(
        [
            "               CHAPTER TWO",
            "          Rivers Under Towns",
            "",
            first or "MOST RIVERS IN LINDFIELD run under the streets, and they run on",
            "as the old maps of Lindfield show, and the quick words of prose run on",
            *body,
            "and the water that ran past the mill was finally cul-",
            "",
            "",
            "                         41",
            "42                         Old Water",
            "",
            "verted in the year the mill closed its doors.",
            *body,
            "and the town kept the",
            "1",
            "culvert.",
            *body[:3],
            "",
            "",
            "1 A survey of the culverts was made in 1931.",
            "                          Rivers Under Towns                         43",
            "",
            "as the mill's owners already",
            "2 I",
            "kept the records of every culvert in the town, as the county did.",
            "doubt that they were ever read by anyone at all, and so the work",
            *body,
            "",
            "",
            "2 The records are in the county archive.",
        ]
    )


def test_a_verso_head_has_its_even_folio_left_a_recto_its_odd_folio_right() -> None:
    assert head_folio("42                         Old Water") == (42, "Old Water")
    assert head_folio("        Rivers Under Towns            43") == (43, "Rivers Under Towns")
    # near misses: the folio on the wrong side for its parity, a sentence, no wide gap
    assert head_folio("43                         Old Water") is None
    assert head_folio("        Rivers Under Towns            42") is None
    assert head_folio("12      The river rose in the night.") is None
    assert head_folio("42 Old Water") is None


def test_heads_count_only_where_their_folios_count_up_a_page_apart() -> None:
    lines = lines_of(chapter())
    assert [folio for _, folio, _ in running_heads(lines)] == [42, 43]
    # near misses: folios that skip a page, two heads with no page between them
    skipped = lines_of(chapter().replace("Towns                         43", "Towns        45"))
    assert running_heads(skipped) == []
    close = lines_of("42        Old Water\n" + "\n".join([PROSE] * 3) + "\n    Old      43")
    assert running_heads(close) == []


def test_the_pages_furniture_front_and_notes_are_read() -> None:
    read = layout_pages(lines_of(chapter()))
    texts = [line.text for line in read.lines]
    rules = {item.text: item.rule for item in read.removed}
    assert rules["CHAPTER TWO"] == CHAPTER_NUMBER_LINE
    assert rules["Rivers Under Towns"] == CHAPTER_TITLE
    assert rules["41"] == DROP_FOLIO
    assert rules["42                         Old Water"] == RUNNING_HEAD
    assert read.facts["title"] == "Rivers Under Towns"
    # the page break's gap gone: the cut word's halves stand on lines in a row
    cut = texts.index("and the water that ran past the mill was finally cul-")
    assert texts[cut + 1] == "verted in the year the mill closed its doors."
    # the notes at the end, in order, each a block; the paragraph they cut runs on
    assert [text for text in texts if text[:2] in ("1 ", "2 ")][-2:] == [
        "1 A survey of the culverts was made in 1931.",
        "2 The records are in the county archive.",
    ]
    assert texts[texts.index("as the mill's owners already") - 1] == PROSE + " 2"
    assert len(read.notes) == 2 and read.pages == 2
    assert "2 notes moved from their feet to the end (lines " in read.said()


def test_a_numbered_list_in_a_pages_body_is_no_note() -> None:
    # review 38's finding 3: a list after two blank lines, the text's prose under it, stays
    listed = "\n".join(
        [
            "The rules we agreed were few, and we set them out plainly:",
            "",
            "",
            "1 Ask before you record, every time.",
            "2 Keep the recording for yourself and your family.",
            "",
            "and the water that ran past the mill was finally cul-",
        ]
    )
    text = chapter().replace("and the water that ran past the mill was finally cul-", listed)
    read = layout_pages(lines_of(text))
    texts = [line.text for line in read.lines]
    at = texts.index("1 Ask before you record, every time.")
    assert texts[at - 3 : at + 2] == [
        "The rules we agreed were few, and we set them out plainly:",
        "",
        "",
        "1 Ask before you record, every time.",
        "2 Keep the recording for yourself and your family.",
    ]
    # the pages' own notes, at their feet, still go to the end
    assert len(read.notes) == 2
    assert texts[-3:-1] == ["", "2 The records are in the county archive."]


def test_the_book_front_goes_and_gives_the_author_as_the_copyright_line_writes_him() -> None:
    front = "\n".join(
        [
            "THE DEEP TOWN",
            "",
            "          ALAN MACLEAN-ROSS",
            "",
            "               PELL BOOKS",
            "First published in 2025 by Pell Books",
            "Copyright © Alan MacLean-Ross, 2025",
            "ISBN 978-0-0000-0000-0",
        ]
    )
    read = layout_pages(lines_of(front + "\n" + chapter()))
    assert (read.facts["author"], read.facts["date"]) == ("Alan MacLean-Ross", "2025")
    assert read.facts["publisher"] == "Pell Books"
    assert {item.text for item in read.removed if item.rule == BOOK_FRONT} >= {
        "THE DEEP TOWN",
        "ALAN MACLEAN-ROSS",
        "ISBN 978-0-0000-0000-0",
    }
    assert any("the year alone" in warning for warning in read.warnings)
    # near miss: no imprint line above the chapter's number, no front taken
    assert "author" not in layout_pages(lines_of(chapter())).facts


def test_a_title_page_with_no_imprint_is_kept_and_warned_of_with_its_byline() -> None:
    # review 38's finding 10: the lines above the chapter's number stay, named in a warning
    front = "THE DEEP TOWN\n\n          ALAN MACLEAN-ROSS\n"
    read = layout_pages(lines_of(front + "\n" + chapter()))
    texts = [line.text for line in read.lines]
    assert texts[:3] == ["THE DEEP TOWN", "", "          ALAN MACLEAN-ROSS"]
    assert "author" not in read.facts
    (warning,) = [warning for warning in read.warnings if "chapter's number" in warning]
    assert "'THE DEEP TOWN' (line 1); 'ALAN MACLEAN-ROSS' (line 3)" in warning
    assert "The byline it may give: Alan Maclean-Ross." in warning
    # near miss: a chapter with nothing above its number warns of nothing
    assert not any("chapter's number" in w for w in layout_pages(lines_of(chapter())).warnings)


def test_a_copyright_line_giving_a_day_gives_the_date() -> None:
    # review 38's finding 8: the day the copyright line gives is the date, and no warning
    # says it gives none
    front = "\n".join(
        [
            "THE DEEP TOWN",
            "",
            "          ALAN MACLEAN-ROSS",
            "",
            "Copyright © Alan MacLean-Ross, 12 March 2026",
            "ISBN 978-0-0000-0000-0",
        ]
    )
    read = layout_pages(lines_of(front + "\n" + chapter()))
    assert read.facts["date"] == "2026-03-12"
    assert not any("the year alone" in warning for warning in read.warnings)


def test_a_text_without_counting_heads_reads_as_it_stands() -> None:
    # pdftotext -layout's table, a centred number, a heading: no page is found
    text = "\n".join(["   Year        Wells", "12          Northfield", PROSE, "       7", PROSE])
    lines = lines_of(text)
    assert layout_pages(lines).lines == lines
    assert layout_pages(lines).removed == []


def test_heads_whose_folios_skip_or_stand_alone_are_kept_and_warned_of() -> None:
    # review 38's finding 4: a page missing between two heads, or one page with its drop
    # folio: the text is read as it stands, and the report names the head-like lines
    skipped = lines_of(chapter().replace("Towns                         43", "Towns        45"))
    (warning,) = layout_pages(skipped).warnings
    assert "'42                         Old Water' (line 22)" in warning
    assert "'Rivers Under Towns        45' (line " in warning
    one_page = lines_of(chapter().split("\n                          Rivers Under Towns")[0])
    read = layout_pages(one_page)
    assert read.lines == one_page
    assert "'42                         Old Water' (line 22)" in read.warnings[0]
    # near miss: one head-like line with no drop folio under it (a table's row) warns nothing
    table = lines_of("   Year        Wells\n12          Northfield\n" + PROSE)
    assert layout_pages(table).warnings == ()


def test_a_marker_lifted_with_the_next_word_sets_the_word_after_the_stop() -> None:
    lines = lines_of("as the mill's owners already\n2 I\nkept the records.\ndoubt that they")
    out, moved = lifted_words(lines)
    assert [line.text for line in out] == [
        "as the mill's owners already",
        "2",
        "kept the records.",
        "I doubt that they",
    ]
    assert moved == [(2, "2", "I")]
    inside = lines_of("the owners already\n2 They\nkept it. said so\nand more")
    assert lifted_words(inside)[0][2].text == "kept it. They said so"
    # near miss: a number and a word under a line that ends a sentence (a list's item)
    listed = lines_of("The steps are these.\n2 Open\nthe gate and walk on.")
    assert lifted_words(listed) == (listed, [])


def test_opening_small_capitals_are_set_in_the_authors_case() -> None:
    lines = lines_of(
        "MOST RIVERS IN LINDFIELD run under the streets\nas the old maps of Lindfield show"
    )
    out = opening_capitals(lines, 1)
    assert out[0].text == "Most rivers in Lindfield run under the streets"
    caps = lines_of("I HAVE BEEN ASKED, more than once, and I said so")
    assert opening_capitals(caps, 1)[0].text == "I have been asked, more than once, and I said so"
    # near miss: a line in capitals all through (a heading) is no small capitals' opening
    heading = lines_of("WHAT THE RIVER KEPT\nthe text")
    assert opening_capitals(heading, 1) == heading


def test_an_acronym_the_text_writes_in_capitals_stays_so_and_the_recasing_is_reported() -> None:
    # review 38's finding 9: `NHS`, in capitals after `the` elsewhere, stays; the line recased
    # is named in the report, an acronym written nowhere else being lower-cased
    lines = lines_of("WHEN THE NHS WAS YOUNG, the wards\nwere full, and the NHS paid")
    assert opening_capitals(lines, 1)[0].text == "When the NHS was young, the wards"
    read = layout_pages(lines_of(chapter("WHEN THE GP CAME, the streets of Lindfield ran on")))
    assert any(
        "'WHEN THE GP CAME' (line 4) set in the author's case, 'When the gp came'" in warning
        for warning in read.warnings
    )


def test_the_chapter_reads_whole_through_ingest() -> None:
    made = ingest_text(chapter(), "rv", "rv.txt")
    meta, blocks = edition_parts(made.edition)
    assert meta["title"] == "Rivers Under Towns"
    body = "\n".join(blocks)
    assert "Most rivers in Lindfield" in body
    assert "culverted in the year" in body
    assert "Old Water" not in body and "41" not in body
    assert blocks[-2:] == [
        "[^1]: A survey of the culverts was made in 1931.",
        "[^2]: The records are in the county archive.",
    ]
    assert "as the county did.[^2] I doubt that they" in body
    assert "culvert.[^1]" in body


def test_an_epigraph_without_attribution_stays_one_block() -> None:
    # review 38's finding 17: an indented quotation's short first line is no heading-like line
    # where the quotation goes on in lower case and closes at the block's end
    epigraph = (
        "          Rivers Under Towns\n\n"
        "        “Say what you know, and then say\n"
        "        what you do not know, and let the patient see the join.”\n\n"
    )
    text = chapter().replace("          Rivers Under Towns\n", epigraph)
    blocks = edition_parts(ingest_text(text, "rv", "rv.txt").edition)[1]
    quote = (
        "“Say what you know, and then say what you do not know, and let the patient see the join.”"
    )
    assert blocks[0] == quote

    assert attribution("— Ann Lee, Letters to a Young Nurse (1931)") == (
        "Ann Lee, Letters to a Young Nurse (1931)"
    )
    assert attribution("— Ann Lee") == "Ann Lee"
    # near misses: a sentence after a dash, a name too long before its comma, no dash
    assert attribution("— and then the river rose, and the town went under.") is None
    assert attribution("— One Two Three Four Five Six, Letters (1931)") is None
    assert attribution("Ann Lee, Letters to a Young Nurse (1931)") is None


def test_a_line_of_dialogue_after_a_dash_is_no_attribution() -> None:
    # review 38's finding 11: the words before the comma must be shaped as a name
    assert attribution("— Of course not, as long as you send me a copy") is None
    assert attribution("— Charles de Gaulle, Mémoires de guerre (1954)") is not None
    # a quotation's attribution as long as `attribution` allows is read under its `> ` lines
    name = "— Ann Lee, Letters to a Young Nurse on the Night Wards (1931)"  # (12 words)
    quoted = f"> The river keeps\n> what the town forgets.\n{name}"
    (block,) = edition_parts(ingest_text(quoted, "q", "q.md").edition)[1]
    assert block.startswith("> The river keeps what the town forgets. — Ann Lee, Letters")
