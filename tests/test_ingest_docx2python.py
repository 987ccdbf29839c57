"""A Word document through docx2python's `.text` (docx2pythontext.py): its placeholders read as
notes, its header and footer gone; texts that resemble it left alone. Fixtures of our own
(collection MM's ib showed the shape)."""

from __future__ import annotations

from ingest_lines import lines_of, texts
from synoptic.docx2pythontext import FOOTER, HEADER, docx2python_text
from synoptic.ingest import ingest_text

MANUSCRIPT = (
    "Harbour Society Newsletter — draft, not for circulation\n\n"
    "Why the Ferry Must Stay\n\n"
    "By Ann Lee-Hart\n\n"
    "4 March 2026\n\n"
    "The ferry carried forty thousand people last year.----footnote1---- Most were commuters.\n\n"
    "Closing it would cost the town more than it saves.----footnote2----\n\n"
    "Lee-Hart, “Why the Ferry Must Stay” — page 1\n\n\n\n"
    "footnote1)\t Harbour Trust, Annual Report 2025, p. 3.\n\n"
    "footnote2)\t Council budget papers, January 2026."
)


def test_placeholders_and_notes_are_read_and_header_and_footer_go() -> None:
    read = docx2python_text(lines_of(MANUSCRIPT))
    assert read.notes == 2
    assert texts(read.lines) == [
        "Why the Ferry Must Stay",
        "By Ann Lee-Hart",
        "4 March 2026",
        "The ferry carried forty thousand people last year.[1] Most were commuters.",
        "Closing it would cost the town more than it saves.[2]",
        "Notes",
        "[1] Harbour Trust, Annual Report 2025, p. 3.",
        "[2] Council budget papers, January 2026.",
    ]
    assert [(item.line, item.rule) for item in read.removed] == [(1, HEADER), (13, FOOTER)]
    assert read.warnings and "line 1 ('Harbour Society Newsletter" in read.warnings[0]
    numbers = [line.number for line in read.lines]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def test_a_document_without_a_header_keeps_its_title() -> None:
    text = MANUSCRIPT.split("\n\n", 1)[1]  # (no header line: the title first)
    read = docx2python_text(lines_of(text))
    assert texts(read.lines)[0] == "Why the Ferry Must Stay"
    assert [item.rule for item in read.removed] == [FOOTER]


def test_without_a_footer_the_first_line_stays() -> None:
    text = MANUSCRIPT.replace("Lee-Hart, “Why the Ferry Must Stay” — page 1\n\n", "")
    read = docx2python_text(lines_of(text))
    assert read.notes == 2 and not read.removed
    assert texts(read.lines)[0].startswith("Harbour Society Newsletter")


def test_a_last_paragraph_is_no_footer() -> None:
    text = MANUSCRIPT.replace(
        "Lee-Hart, “Why the Ferry Must Stay” — page 1", "We should keep it for 2026."
    )
    read = docx2python_text(lines_of(text))
    assert "We should keep it for 2026." in texts(read.lines)
    assert not read.removed


def test_placeholders_that_do_not_count_alike_are_left_alone() -> None:
    for text in (
        MANUSCRIPT.replace("footnote2)\t Council budget papers, January 2026.", ""),
        MANUSCRIPT.replace("----footnote2----", "----footnote3----"),
        "A text that explains docx2python writes ----footnote1---- for a call.",
    ):
        lines = lines_of(text)
        read = docx2python_text(lines)
        assert read.lines == lines and read.notes == 0 and not read.removed


def test_a_manuscript_by_docx2python_reads_its_front_and_notes() -> None:
    made = ingest_text(MANUSCRIPT, "fx", "x.txt")
    assert 'title: "Why the Ferry Must Stay"' in made.edition
    assert "[^1]: Harbour Trust, Annual Report 2025, p. 3." in made.edition
    assert "footnote" not in made.edition.split("\n---\n", 1)[1]
    assert "Harbour Society Newsletter" not in made.edition.split("\n---\n", 1)[1]
    assert any("the Word document's header" in warning for warning in made.report.warnings)
