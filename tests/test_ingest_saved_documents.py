"""The readers that came of collection II, each on small texts of its own: a word processor's
document saved as text (writertext.py: a paragraph a line, a numbered notes heading over an
indented numbered list, digits glued after a stop) and a pandoc e-book as the PyPI epub2txt
prints it (epubtext.py: chapters' file names, a title page, notes at each chapter's end); each
fires on its shape and not on a near miss."""

from __future__ import annotations

from synoptic.authornote import ABOUT
from synoptic.epubtext import EPUB_BACK, EPUB_FRONT, epub_text
from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.writertext import WRITER_COUNT, WRITER_HEADING, writer_text
from test_ingest_collection_b import edition_parts
from test_ingest_extracts_and_chats import SECOND, THIRD

OPENING = (
    "The harbour wall has stood since 1881, and the town has never once asked what it would "
    "cost to lose it. This essay asks what the sea would take from us."
)
WRITER = (
    "Keep the Wall\nBy Ann Lee\n2 February 2026\n"
    f"{OPENING}\n1. The storms\n{SECOND}\n2. The money\n{THIRD}\n3. Notes\n"
    "    1. Harbour Board, Storm Log, 2025.\n    2. Engineers' survey, January 2026.\n"
    "Word count: 412\n"
)


def read(text: str):
    return writer_text(normalise(text))


def test_a_writer_text_reads_its_numbered_list_as_notes_and_its_glued_digits_as_markers() -> None:
    writer = read(WRITER)
    assert writer.notes == 2
    texts = [line.text for line in writer.lines if not line.blank]
    assert "Notes" in texts and "[1] Harbour Board, Storm Log, 2025." in texts
    assert any("over ten years.[1] Without" in text for text in texts)
    # (the heading's own words listed, as the edition writes `Notes`: a review's finding)
    assert [(item.line, item.rule) for item in writer.removed] == [
        (9, WRITER_HEADING),
        (12, WRITER_COUNT),
    ]
    meta, blocks = edition_parts(ingest_text(WRITER, "wall", "wall.txt").edition)
    assert "[^1]: Harbour Board, Storm Log, 2025." in blocks
    assert not any("Word count" in block for block in blocks)
    assert (meta["title"], meta["author"]) == ("Keep the Wall", "Ann Lee")


def test_a_writer_text_with_unnumbered_notes_heading_reads_too() -> None:
    assert read(WRITER.replace("3. Notes", "Notes")).notes == 2


def test_a_writer_text_whose_author_typed_the_markers_in_brackets_reads_too() -> None:
    # (review 28's probe 11: the list of notes was read as paragraphs, the markers left bare)
    typed = WRITER.replace("years.1", "years.[1]").replace("budget.2", "budget.[2]")
    writer = read(typed)
    assert (writer.notes, writer.glued) == (2, False)
    assert "[2] Engineers' survey, January 2026." in [line.text for line in writer.lines]
    # both kinds at once count no notes: glued digits and typed markers are not one series
    assert read(typed.replace("[2]", "2", 1)).notes == 0


def test_near_misses_of_a_writer_text_are_left_as_they_stand() -> None:
    lines = normalise(WRITER)
    for text in (
        # the glued digits do not count the items (a third item, or no marker at all)
        WRITER.replace("Word count: 412\n", "    3. A third source.\n"),
        WRITER.replace("years.1", "years."),
        # a list not indented is a paragraph's list, not Writer's numbered notes
        WRITER.replace("    1. ", "1. ").replace("    2. ", "2. "),
        # blank lines part the paragraphs: no paragraph-a-line export
        WRITER.replace(f"{OPENING}\n", f"{OPENING}\n\n"),
        # the notes heading's number does not follow the headings' (`5. Notes` after 1, 2)
        WRITER.replace("3. Notes", "5. Notes"),
        # a numbered list under a heading of another name
        WRITER.replace("3. Notes", "3. Sources we asked"),
    ):
        writer = read(text)
        assert writer.notes == 0 and not writer.removed
        assert [line.text for line in writer.lines] == [line.text for line in normalise(text)]
    assert read(WRITER).lines != lines  # (the shape itself is read)


EPUB = (
    "Keep the Wall\nKeep the WallKeep the WallThe stormsAbout the AuthorSupport us\nTitle Page\n"
    "Keep the Wall\nKeep the Wall\nHarbour Papers, No.\u00a02\nAnn Lee\nPorthwen Harbour Society\n"
    "2 February 2026\n© 2026 Porthwen Harbour Society.\n"
    f"ch001.xhtml\nKeep the Wall\n{OPENING}\nch002.xhtml\nThe storms\n{SECOND}\n{THIRD}\n"
    "Harbour Board, Storm Log, 2025.\nEngineers' survey, January 2026.\n"
    "ch003.xhtml\nAbout the Author\nAnn Lee chairs the Porthwen Harbour Society.\n"
    "ch004.xhtml\nSupport us\nGive to the wall fund at the harbour office."
)


def test_an_epub2txt_text_reads_its_title_page_chapters_and_notes() -> None:
    epub = read_epub(EPUB)
    assert epub.facts == {"title": "Keep the Wall", "author": "Ann Lee", "date": "2026-02-02"}
    assert epub.notes == 2
    texts = [line.text for line in epub.lines if not line.blank]
    assert texts[0] == OPENING and "The storms" in texts and "Keep the Wall" not in texts
    assert texts[-3:] == [
        "Notes",
        "[1] Harbour Board, Storm Log, 2025.",
        "[2] Engineers' survey, January 2026.",
    ]
    assert texts[-4] == "Ann Lee chairs the Porthwen Harbour Society."
    assert {item.rule for item in epub.removed} >= {EPUB_FRONT, EPUB_BACK}
    assert not any("wall fund" in text for text in texts)
    meta, blocks = edition_parts(ingest_text(EPUB, "wall", "wall.txt").edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Wall",
        "Ann Lee",
        "2026-02-02",
    )
    assert "[^2]: Engineers' survey, January 2026." in blocks


def test_an_epub2txt_text_renumbers_notes_that_restart_per_chapter() -> None:
    text = EPUB.replace(
        "ch003.xhtml\n",
        "ch003.xhtml\nThe money\nThe council must pay for it this year.1\nBudget, 2026.\n"
        "ch004.xhtml\n",
    ).replace("ch004.xhtml\nSupport", "ch005.xhtml\nSupport")
    texts = [line.text for line in read_epub(text).lines if not line.blank]
    assert "The council must pay for it this year.[3]" in texts and "[3] Budget, 2026." in texts


def test_near_misses_of_an_epub2txt_text_are_left_as_they_stand() -> None:
    for text in (
        EPUB.replace("ch002.xhtml", "ch007.xhtml"),  # chapters' names not in order
        EPUB.replace("ch002.xhtml\n", "")
        .replace("ch003", "ch002")
        .replace("ch004", "ch003")
        .replace("ch001.xhtml\n", ""),  # chapters' names not from ch001
        EPUB.replace("Title Page\nKeep the Wall\nKeep the Wall\n", "Title Page\n"),  # title once
        "An essay that names its files, ch001.xhtml and ch002.xhtml, in a sentence.\n"
        "ch001.xhtml is the first.\n",
    ):
        epub = read_epub(text)
        assert not epub.removed and not epub.facts and epub.notes == 0
    # glued digits that do not count 1 to n in a chapter: its lines kept, the report warns
    odd = read_epub(EPUB.replace("years.1", "years.3"))
    assert odd.notes == 0 and odd.warnings
    assert any(line.text == "Harbour Board, Storm Log, 2025." for line in odd.lines)


def read_epub(text: str):
    return epub_text(normalise(text))


# A code review's probes (review 28): each reader fires on its shape only, and keeps the text
# where it is unsure.


def test_an_essay_that_lists_chapter_files_is_not_read_as_an_epub2txt_text() -> None:
    listing = "ch001.xhtml\nch002.xhtml\nch003.xhtml\n"
    for text in (
        # blank lines part its paragraphs: epub2txt prints none
        "How Books Are Made\n\nBy Ruth Okafor\n\nHow Books Are Made\n\nMost readers never look "
        f"inside an e-book.\n\nThe folder holds:\n\n{listing}\nEach is a page.\n",
        # no blank line, but no contents line, no `Title Page`, and a name over a name
        "How Books Are Made\nBy Ruth Okafor\nHow Books Are Made\nMost readers never look "
        f"inside an e-book.\nThe folder holds:\n{listing}Each is a page.\n",
    ):
        epub = read_epub(text)
        assert not epub.removed and not epub.facts and epub.notes == 0
        assert [line.text for line in epub.lines] == [line.text for line in normalise(text)]


def test_an_epub2txt_author_note_before_the_essay_keeps_the_chapters_after_it() -> None:
    text = EPUB.replace(
        f"ch002.xhtml\nThe storms\n{SECOND}\n{THIRD}\n"
        "Harbour Board, Storm Log, 2025.\nEngineers' survey, January 2026.\n"
        "ch003.xhtml\nAbout the Author\nAnn Lee chairs the Porthwen Harbour Society.\n",
        "ch002.xhtml\nAbout the Author\nAnn Lee chairs the Porthwen Harbour Society.\n"
        f"ch003.xhtml\nThe storms\n{SECOND}\n{THIRD}\n"
        "Harbour Board, Storm Log, 2025.\nEngineers' survey, January 2026.\n",
    )
    assert text.index("About the Author\nAnn") < text.index(SECOND)  # (the probe's order)
    epub = read_epub(text)
    texts = [line.text for line in epub.lines if not line.blank]
    assert not any(item.rule == EPUB_BACK for item in epub.removed)
    assert any(text.startswith("The wall keeps the sea out") for text in texts)
    assert epub.notes == 2 and epub.warnings


def test_an_epub2txt_chapter_headed_the_author_is_a_chapter() -> None:
    text = EPUB.replace("About the Author\n", "The Author\n")
    epub = read_epub(text)
    texts = [line.text for line in epub.lines if not line.blank]
    assert "The Author" in texts and "Give to the wall fund at the harbour office." in texts
    assert not any(item.rule == EPUB_BACK for item in epub.removed)
    assert ABOUT.fullmatch("About the Authors") and not ABOUT.fullmatch("The Author")


def test_an_epub2txt_chapter_with_a_stray_glued_digit_keeps_its_paragraph() -> None:
    text = EPUB.replace(
        "ch003.xhtml\n",
        "ch003.xhtml\nWhat We Ask\nTake the appraisal's option No.1 in its list.\nch004.xhtml\n",
    ).replace("ch004.xhtml\nSupport", "ch005.xhtml\nSupport")
    epub = read_epub(text)
    texts = [line.text for line in epub.lines if not line.blank]
    assert "Take the appraisal's option No.1 in its list." in texts
    assert epub.notes == 2 and not any("glued" in warning for warning in epub.warnings)


def test_an_epub2txt_glued_digit_inside_a_note_leaves_the_notes_as_they_are() -> None:
    for tail in ("see also Vol.3 of its annexes.", "as the Storm Log cites it.3"):
        text = EPUB.replace("January 2026.\n", f"January 2026, {tail}\n")
        epub = read_epub(text)
        texts = [line.text for line in epub.lines if not line.blank]
        assert epub.notes == 2
        assert THIRD.replace("budget.2", "budget.[2]") in texts
        assert f"[2] Engineers' survey, January 2026, {tail}" in texts


def test_an_epub2txt_author_is_not_the_publisher() -> None:
    own = read_epub(EPUB.replace("© 2026 Porthwen Harbour Society.", "© 2026 Ann Lee."))
    assert own.facts["author"] == "Ann Lee"
    two = read_epub(
        EPUB.replace("Ann Lee\nPorthwen", "Ann Lee\nBo Chen\nPorthwen").replace(
            "© 2026 Porthwen Harbour Society.\n", ""
        )
    )
    assert two.facts["author"] == "Ann Lee and Bo Chen"


def test_a_report_with_a_notes_section_before_others_is_not_read_as_a_writer_text() -> None:
    for text in (
        # a section after the notes: they are not the document's last
        WRITER.replace("Word count: 412\n", "4. What next\nThe council meets in May.\n"),
        # a digit after a single capital's stop is a label (`annex A.1`), not a marker
        WRITER.replace("years.1 Without", "years, as annex A.1 shows. Without"),
    ):
        writer = read(text)
        assert writer.notes == 0 and not writer.removed
        assert [line.text for line in writer.lines] == [line.text for line in normalise(text)]


def test_a_writer_word_count_line_is_a_count_not_a_sentence() -> None:
    sentence = "Word count: 14,000 signatures, the council's figures say, and I read them all."
    writer = read(WRITER.replace("Word count: 412", sentence))
    assert writer.notes == 2 and WRITER_COUNT not in [item.rule for item in writer.removed]
    assert sentence in [line.text for line in writer.lines]
    for count in ("Word count: 2,412 words", "Word count: 412 (without the notes)"):
        removed = read(WRITER.replace("Word count: 412", count)).removed
        assert [item.rule for item in removed] == [WRITER_HEADING, WRITER_COUNT]
