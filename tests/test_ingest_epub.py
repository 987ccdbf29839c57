"""An EPUB e-book, the zip itself, read as the page of its essay (epubbook.py; its zip and
package in epubpackage.py, its notes through the book in booknotes.py).

The shape (collection XX's xc, raw/xc.epub, written blind: pandoc 3.9's EPUB 3 of the essay's
Markdown, `--split-level=1 --toc --epub-title-page=true`): a zip whose `mimetype` says
`application/epub+zip`; `META-INF/container.xml` naming `EPUB/content.opf`, whose metadata is
the book's (dc:title as the text's; dc:creator "H. Mortensson-Ruiz" where the text says
"Helga Mortensson-Ruiz"; dc:date 2024-04-22 where the text says 19 April 2024; a publisher,
rights, a blurb, subjects, a series and its number, accessibility metas), whose spine reads
a cover (an SVG around a PNG, named by the guide and the landmarks), a title page
(`epub:type="titlepage"`: the title, the series as a subtitle, the creator, the publisher, the
OPF's date, the rights), the nav (linear, in the spine: its contents and hidden landmarks),
then six chapters: the title a third time over the byline's two lines (`div.byline`: the name,
the date) and the standfirst; three sections, one opening with a pull quote (`div.pullquote`,
a paraphrase of the sentence under it); the closing summary at the end of the third; "About
the author" over the bio; "Notes" over an `epub:type="endnotes"` list whose items hold each
note in a `span id="note-n"` and a `↩︎` back-link into the chapter of its call
(`<sup><a href="ch006.xhtml#note-1" epub:type="noteref">1</a></sup>`).

First contact (d9ed7ac): refused ("the raw text is a zip archive (a Word .docx, an
OpenDocument .odt, an EPUB), not text: save the document as plain text …"): 0 of 12
paragraphs, 0 of 2 notes, no front, 0 of 18 blocks. Now: 12 of 12 paragraphs and 2 of 2 notes
exact but for the book's typographic apostrophes (’, the editor's '), the front (title, the
author as the text writes her, the text's date) right, 18 blocks of 18 in order; the cover,
the title page, the nav, the title again, the byline, the pull quote, the label over the bio
and the OPF's metadata left out and listed, each at its line in its own part; no warning.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from synoptic.epubbook import BYLINE, LEFT_DOCUMENT, METADATA, TITLE_AGAIN, same_person
from synoptic.epubpackage import MAX_PART_BYTES
from synoptic.errors import SynopticError
from synoptic.htmlpage import PULL_QUOTE_PARAPHRASE
from synoptic.ingest import ingest_file, ingest_text
from synoptic.load import load_essay
from synoptic.sourcefile import read_raw_text
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA, straight
from test_ingest_org_mode import HOSTILE

XC_NOT_THE_ESSAY = (
    "H. Mortensson-Ruiz",  # the OPF's creator, the title page's
    "2024-04-22",  # the OPF's date
    "Occasional Papers",  # the series, the title page's subtitle
    "Kestrel Valley Polytechnic Press",  # the publisher
    "internal circulation",  # the rights
    "Should Kestrel Valley examine",  # the blurb
    "Assessment; oral examinations",  # the subjects
    "urn:uuid",
    "file0.png",  # the cover
    "Table of Contents",  # the landmarks
    "sound like a clear thinker",  # the pull quote
    "About the author",
    "↩",
    "Talk, But Keep",  # the title, three times over the text
    "<",
)


def test_collection_xx_xc_reads_whole() -> None:
    made = ingest_file(DATA / "collection_xx" / "raw" / "xc.epub", "xc")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_xx" / "essays" / "xc.md").read_text("utf-8"))
    # the OPF's title; the author as the byline writes the OPF's "H. Mortensson-Ruiz"; the
    # text's date, not the OPF's 2024-04-22
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Talk, But Keep the Tape Running",
        "Helga Mortensson-Ruiz",
        "2024-04-19",
    )
    assert meta["publisher"] == "unknown"
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    # (the book's apostrophes are typographic, the editor's straight)
    assert [straight(block) for block in blocks] == [straight(block) for block in want[1]]
    body = "\n".join(blocks) + "\n"
    assert not any(cut in body for cut in XC_NOT_THE_ESSAY)
    left = {(item.rule, item.text, item.line) for item in made.report.removed}
    texts = " ".join(item.text for item in made.report.removed)
    for part, what in (
        ("EPUB/text/cover.xhtml", "cover"),
        ("EPUB/text/title_page.xhtml", "title page"),
        ("EPUB/nav.xhtml", "navigation document (its table of contents)"),
    ):
        assert any(rule == LEFT_DOCUMENT.format(what=what, name=part) for rule, _, _ in left)
    chapter = "EPUB/text/ch001.xhtml"
    assert (TITLE_AGAIN.format(name=chapter), "Talk, But Keep the Tape Running", 14) in left
    assert (BYLINE.format(name=chapter), "Helga Mortensson-Ruiz", 16) in left
    pulled = (f"{PULL_QUOTE_PARAPHRASE} (EPUB/text/ch003.xhtml)", 15)
    assert [(rule, line) for rule, _, line in left if "pull quote" in rule] == [pulled]
    opf = METADATA.format(name="EPUB/content.opf")
    assert (opf, "creator: H. Mortensson-Ruiz", 9) in left and (opf, "date: 2024-04-22", 7) in left
    assert "publisher: Kestrel Valley Polytechnic Press" in texts
    assert any("an EPUB e-book (EPUB 3.0)" in shape for shape in made.report.shapes)
    assert made.report.warnings == ()


# --- a book made here ---------------------------------------------------------------------------

CONTAINER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>\n"
)
METADATA_3 = (
    "<dc:title>Dig the Drains</dc:title>\n"
    '<dc:creator id="c1">A. Weller</dc:creator>\n'
    '<meta refines="#c1" property="role" scheme="marc:relators">aut</meta>\n'
    "<dc:date>2026-02-03</dc:date>\n"
    "<dc:publisher>Allotment Society Press</dc:publisher>\n"
)
TEXT = "<p>Every plot on the east side floods in a wet February, as the committee knows.</p>"


def xhtml(body: str, body_attributes: str = "") -> str:
    """An XHTML content document as an EPUB's maker writes it."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n'
        f"<head><title>x</title></head>\n<body{body_attributes}>\n{body}\n</body>\n</html>\n"
    )


def epub(
    tmp_path: Path,
    documents: list[tuple[str, str] | tuple[str, str, str]],
    metadata: str = METADATA_3,
    version: str = "3.0",
    guide: str = "",
    more: dict[str, str] | None = None,
    name: str = "book.epub",
) -> Path:
    """An EPUB of the documents (each its name under OEBPS/, its XHTML, and its itemref's and
    item's attributes, `linear="no"`, `properties="nav"`), in the spine in that order."""
    items = "".join(
        f'<item id="d{i}" href="{doc[0]}" media-type="application/xhtml+xml" {extra(doc, 1)}/>'
        for i, doc in enumerate(documents)
    )
    refs = "".join(f'<itemref idref="d{i}" {extra(doc, 0)}/>' for i, doc in enumerate(documents))
    opf = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<package version="{version}" '
        'xmlns="http://www.idpf.org/2007/opf" unique-identifier="id">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:opf="http://www.idpf.org/2007/opf">\n'
        f'<dc:identifier id="id">urn:uuid:1</dc:identifier>\n{metadata}</metadata>\n'
        f"<manifest>{items}</manifest>\n<spine>{refs}</spine>\n{guide}</package>\n"
    )
    parts = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf,
        **{f"OEBPS/{doc[0]}": doc[1] for doc in documents},
        **(more or {}),
    }
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        for part, text in parts.items():
            archive.writestr(part, text)
    return path


def extra(document: tuple[str, ...], item: int) -> str:
    """A document's itemref's (0) or item's (1) attributes: `linear="no"` is the itemref's,
    `properties="…"` the item's."""
    said = document[2] if len(document) > 2 else ""
    return said if said.startswith("properties") == bool(item) else ""


def read(path: Path) -> tuple[dict, list[str], object]:
    made = ingest_file(path, "t")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made.report


# --- the book's front and back matter -----------------------------------------------------------

NAV = xhtml(
    '<nav epub:type="toc"><h1>Contents</h1><ol><li><a href="ch1.xhtml">The Drains</a></li>'
    '</ol></nav>\n<nav epub:type="landmarks" hidden="hidden"><ol>'
    '<li><a epub:type="colophon" href="end.xhtml">Colophon</a></li></ol></nav>'
)


def test_the_books_front_and_back_matter_are_left_out_and_listed(tmp_path: Path) -> None:
    documents = [
        ("cover.xhtml", xhtml('<div><img src="cover.png" alt="Cover"/></div>')),
        (
            "title.xhtml",
            xhtml('<section epub:type="titlepage"><h1>Dig the Drains</h1><p>A. Weller</p>'),
        ),
        ("nav.xhtml", NAV, 'properties="nav"'),
        ("ch1.xhtml", xhtml(f"<h1>Why now</h1>{TEXT}")),
        ("end.xhtml", xhtml("<p>Set in Garamond by the Society's press, in its own time.</p>")),
        ("ded.xhtml", xhtml("<p>For the plot holders.</p>", ' epub:type="dedication"')),
        ("plate.xhtml", xhtml('<p><img src="plan.png" alt=""/></p>')),
    ]
    guide = '<guide><reference type="cover" href="cover.xhtml"/></guide>'
    meta, blocks, report = read(epub(tmp_path, documents, guide=guide))
    assert blocks == ["## Why now", TEXT[3:-4]]
    listed = {item.rule: item.text for item in report.removed}
    for name, what, words in (
        ("cover.xhtml", "cover", "cover.png"),
        ("plate.xhtml", "page without words (an image: a cover, a plate)", "plan.png"),
        ("title.xhtml", "title page", "Dig the Drains A. Weller"),
        ("nav.xhtml", "navigation document (its table of contents)", "Contents The Drains"),
        ("end.xhtml", "colophon", "Set in Garamond"),
        ("ded.xhtml", "dedication", "For the plot holders."),
    ):
        assert words in listed[LEFT_DOCUMENT.format(what=what, name=f"OEBPS/{name}")]
    assert meta["title"] == "Dig the Drains"


def test_an_unmarked_title_page_before_the_text_goes_as_pandocs_epub_2(tmp_path: Path) -> None:
    # pandoc's EPUB 2: no epub:type; its title page the title, the authors, the date
    page = xhtml('<h1 class="title">Dig the Drains</h1><p class="author">A. Weller</p>')
    documents = [("title_page.xhtml", page), ("ch1.xhtml", xhtml(f"<h1>Why now</h1>{TEXT}"))]
    metadata = (
        '<dc:title>Dig the Drains</dc:title><dc:creator opf:role="aut">A. Weller</dc:creator>'
    )
    meta, blocks, report = read(epub(tmp_path, documents, metadata, version="2.0"))
    assert blocks[0] == "## Why now" and "A. Weller" not in "\n".join(blocks)
    what = "title page (no sentence, the book's title)"
    assert LEFT_DOCUMENT.format(what=what, name="OEBPS/title_page.xhtml") in {
        item.rule for item in report.removed
    }
    # a page of short lines that does not state the title, or stands after the text, stays
    kept = [("ch1.xhtml", xhtml(TEXT)), ("after.xhtml", xhtml("<h1>Dig the Drains</h1>"))]
    _, blocks, _ = read(epub(tmp_path, kept, metadata, version="2.0"))
    assert blocks[-1] == "## Dig the Drains"


def test_a_document_out_of_the_reading_order_goes_its_notes_read(tmp_path: Path) -> None:
    call = '<p>Floods come each February.<a epub:type="noteref" href="pop.xhtml#n1">1</a></p>'
    notes = xhtml('<aside epub:type="footnote" id="n1"><p>The March minutes.</p></aside>')
    extra_page = xhtml("<p>An offer for members, which is no part of the essay at all.</p>")
    documents = [
        ("ch1.xhtml", xhtml(call)),
        ("pop.xhtml", notes, 'linear="no"'),
        ("offer.xhtml", extra_page, 'linear="no"'),
    ]
    _, blocks, report = read(epub(tmp_path, documents))
    assert blocks == ["Floods come each February.[^1]", "[^1]: The March minutes."]
    assert "An offer for members" in " ".join(item.text for item in report.removed)


def test_each_documents_parts_are_read_as_a_chapters(tmp_path: Path) -> None:
    # a page break mid-sentence, a chapter's number over its title: each listed at its line
    one = xhtml(
        '<p>Plots on the east side flood<span epub:type="pagebreak" id="p7" title="7"/> in a '
        "wet February, as the committee knows.</p>"
    )
    two = xhtml(f'<p class="chapter-number">Chapter 2</p><h1>The remedy</h1>{TEXT}')
    _, blocks, report = read(epub(tmp_path, [("ch1.xhtml", one), ("ch2.xhtml", two)]))
    assert blocks[0] == ("Plots on the east side flood in a wet February, as the committee knows.")
    assert blocks[1:] == ["## The remedy", TEXT[3:-4]]
    listed = {(item.text, item.line, item.rule.rpartition(" (")[2]) for item in report.removed}
    assert ("7", 6, "OEBPS/ch1.xhtml)") in listed and ("Chapter 2", 6, "OEBPS/ch2.xhtml)") in listed


# --- the notes ----------------------------------------------------------------------------------


def chapter(title: str, *paragraphs: str, notes: str = "") -> str:
    """A chapter as pandoc's EPUB 3 writes it, its notes after its section."""
    section = f'<section class="level1"><h1>{title}</h1>{"".join(paragraphs)}</section>'
    after = f'<section class="footnotes" epub:type="footnotes"><hr/>{notes}</section>'
    return xhtml(section + (after if notes else ""), ' epub:type="bodymatter"')


def pandoc_call(number: int) -> str:
    return (
        f'<a href="#fn{number}" class="footnote-ref" id="fnref{number}" epub:type="noteref">'
        f"{number}</a>"
    )


def pandoc_note(number: int, text: str) -> str:
    return f'<aside epub:type="footnote" id="fn{number}"><p>{text}</p></aside>'


def test_chapters_notes_are_numbered_through_the_book_in_the_order_of_their_calls(
    tmp_path: Path,
) -> None:
    # pandoc numbers each chapter's notes from 1, each chapter's `#fn1` its own
    one = chapter(
        "The problem", f"<p>Plots flood.{pandoc_call(1)}</p>", notes=pandoc_note(1, "Minutes.")
    )
    two = chapter(
        "The remedy",
        f"<p>Fund drains.{pandoc_call(1)} Mend the gate.{pandoc_call(2)}</p>",
        notes=pandoc_note(1, "Treasurer.") + pandoc_note(2, "Broken since 2019."),
    )
    _, blocks, report = read(epub(tmp_path, [("ch1.xhtml", one), ("ch2.xhtml", two)]))
    assert blocks == [
        "## The problem",
        "Plots flood.[^1]",
        "## The remedy",
        "Fund drains.[^2] Mend the gate.[^3]",
        "[^1]: Minutes.",
        "[^2]: Treasurer.",
        "[^3]: Broken since 2019.",
    ]
    assert report.notes == 3 and report.missing_notes == 0


def test_endnotes_in_their_own_document_are_read_in_the_order_of_their_calls(
    tmp_path: Path,
) -> None:
    # the notes listed out of their calls' order, each in a span, a back-link after it; a
    # note called twice keeps its number
    def call(number: int) -> str:
        return (
            f'<sup><a href="notes.xhtml#note-{number}" id="ref-{number}" '
            f'epub:type="noteref">{number}</a></sup>'
        )

    def note(number: int, text: str) -> str:
        return (
            f'<li><p><span id="note-{number}">{text}</span> <a href="ch1.xhtml#ref-{number}" '
            'epub:type="backlink">↩︎</a></p></li>'
        )

    text = xhtml(f"<p>Plots flood.{call(2)} Drains cost.{call(1)} Again.{call(2)}</p>")
    notes = xhtml(
        '<section epub:type="endnotes"><h1>Notes</h1><ol>'
        f"{note(1, 'The treasurer.')}{note(2, 'The minutes.')}</ol></section>"
    )
    documents = [("ch1.xhtml", text), ("notes.xhtml", notes)]
    _, blocks, report = read(epub(tmp_path, documents, "<dc:title>Drains</dc:title>"))
    assert blocks == [
        "Plots flood.[^1] Drains cost.[^2] Again.[^1]",
        "## Notes",
        "[^1]: The minutes.",
        "[^2]: The treasurer.",
    ]
    # (a note called again is any text's doubt)
    assert report.warnings == (
        "footnote markers out of order (1 after 2): page numbers taken for markers? check "
        "them against the raw text",
    )


def test_a_link_back_showing_the_notes_number_goes_with_its_stop(tmp_path: Path) -> None:
    # pandoc's EPUB 2: no markup; the call a link to `#fn1`, the note a `div#fn1` opening with
    # a number linking back to the call
    text = (
        '<div class="section"><h1>One</h1><p>Plots flood.<a href="#fn1" class="footnote-ref" '
        'id="fnref1">1</a></p></div><div class="footnotes"><hr/><div id="fn1"><p>'
        '<a href="#fnref1" class="footnote-back">1</a>. The minutes, see chapter '
        '<a href="#top">7</a>.</p></div></div>'
    )
    metadata = "<dc:title>Drains</dc:title>"
    _, blocks, _ = read(epub(tmp_path, [("ch1.xhtml", xhtml(text))], metadata, version="2.0"))
    assert blocks == ["## One", "Plots flood.[^1]", "[^1]: The minutes, see chapter 7."]


def test_a_call_to_no_note_is_a_note_without_text_and_warned_of(tmp_path: Path) -> None:
    text = xhtml('<p>Plots flood.<a epub:type="noteref" href="gone.xhtml#n1">1</a></p>')
    _, blocks, report = read(epub(tmp_path, [("ch1.xhtml", text)]))
    assert blocks[0] == "Plots flood.[^1]" and report.missing_notes == 1
    (warned,) = [warning for warning in report.warnings if "no note" in warning]
    assert "line 6 of OEBPS/ch1.xhtml" in warned and "gone.xhtml#n1" in warned


def test_a_number_linking_into_the_text_is_no_call(tmp_path: Path) -> None:
    cross = "<p>As chapter <sup><a href='ch2.xhtml#s2'>2</a></sup> says.</p>"
    one = xhtml(f"<h1>One</h1>{TEXT}{cross}")
    two = xhtml(f'<section id="s2"><h1>Two</h1>{TEXT}</section>')
    _, blocks, report = read(epub(tmp_path, [("ch1.xhtml", one), ("ch2.xhtml", two)]))
    assert "As chapter 2 says." in blocks and report.notes == 0


# --- the front ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "catalogued", "same"),
    [
        ("Helga Mortensson-Ruiz", "H. Mortensson-Ruiz", True),
        ("Helga Mortensson-Ruiz", "Mortensson-Ruiz, Helga", True),
        ("Dr Ann Lee", "Ann Lee", True),
        ("Ann Lee", "Bo Lee", False),
        ("Ann Lee", "Ann Leigh", False),
        ("Lee", "Ann Lee", False),
    ],
)
def test_a_name_as_the_text_writes_a_creator(written: str, catalogued: str, same: bool) -> None:
    assert same_person(written, catalogued) is same


def test_the_byline_names_the_creators_as_the_text_writes_them(tmp_path: Path) -> None:
    metadata = (
        "<dc:title>Dig the Drains</dc:title><dc:creator>A. Weller</dc:creator>"
        "<dc:creator>Ben Okoro</dc:creator><dc:date>2026-02-03</dc:date>"
    )
    text = xhtml(f"<h1>Dig the Drains</h1><p>By Ann Weller and Ben Okoro</p>{TEXT}")
    meta, blocks, report = read(epub(tmp_path, [("ch1.xhtml", text)], metadata))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Dig the Drains",
        "Ann Weller and Ben Okoro",
        "2026-02-03",  # (the text states none: the OPF's day)
    )
    assert blocks == [TEXT[3:-4]] and report.warnings == ()


def test_without_a_byline_the_creators_are_the_author_and_the_report_warns(
    tmp_path: Path,
) -> None:
    # a line naming another, or a creator the byline leaves out: warned of
    text = xhtml(f"<h1>Dig the Drains</h1><p>Cy Ng</p>{TEXT}")
    meta, blocks, report = read(epub(tmp_path, [("ch1.xhtml", text)]))
    assert meta["author"] == "A. Weller" and blocks[0].endswith("Cy Ng")  # (kept, as read)
    assert [w for w in report.warnings if "the book's creator as its OPF names it" in w]
    two = METADATA_3 + "<dc:creator>Bo Ma</dc:creator>"
    text = xhtml(f"<p>Ann Weller</p>{TEXT}")
    meta, _, report = read(epub(tmp_path, [("ch1.xhtml", text)], two))
    assert meta["author"] == "Ann Weller"
    assert [w for w in report.warnings if "names 'Bo Ma' among the book's creators" in w]
    # an editor (`edt`) is no author; no creator at all: unknown
    edited = '<dc:title>T</dc:title><dc:creator opf:role="edt">Ed Itor</dc:creator>'
    meta, _, _ = read(epub(tmp_path, [("ch1.xhtml", xhtml(TEXT))], edited, version="2.0"))
    assert meta["author"] == "unknown"


def test_the_texts_date_the_opfs_day_and_a_stamp_offered(tmp_path: Path) -> None:
    text = xhtml(f"<p>19 April 2024</p>{TEXT}")
    meta, _, _ = read(epub(tmp_path, [("ch1.xhtml", text)]))
    assert meta["date"] == "2024-04-19"  # (the text's, not the OPF's 2026-02-03)
    stamped = "<dc:title>T</dc:title><dc:date>2026-12-05T16:47:13Z</dc:date>"
    meta, _, report = read(epub(tmp_path, [("ch1.xhtml", xhtml(TEXT))], stamped))
    assert meta["date"] == "unknown"
    assert [w for w in report.warnings if "'2026-12-05T16:47:13Z', is a stamp" in w]


def test_without_a_dc_title_the_texts_first_heading_is_the_title(tmp_path: Path) -> None:
    text = xhtml(f"<h1>Dig the Drains</h1><h2>Why now</h2>{TEXT}")
    meta, blocks, _ = read(epub(tmp_path, [("ch1.xhtml", text)], metadata=""))
    assert meta["title"] == "Dig the Drains" and blocks[0] == "## Why now"


# --- hostile values, refusals -------------------------------------------------------------------


def test_hostile_values_everywhere_come_out_as_text(tmp_path: Path) -> None:
    bad = " ".join(HOSTILE)
    escaped = bad.replace("<", "&lt;").replace(">", "&gt;")
    metadata = (
        f"<dc:title>Drains {escaped}</dc:title><dc:creator>Ann {escaped}</dc:creator>"
        "<dc:date>2026-02-03</dc:date>"
    )
    text = xhtml(
        f"<p>The text {escaped} and a <a href='javascript:alert(1)'>link</a>."
        '<a epub:type="noteref" href="#n1">1</a></p><script>alert(2)</script>'
        f"<h2 onclick='alert(3)'>Heading {escaped}</h2><p>More.</p>"
        f'<aside epub:type="footnote" id="n1"><p>A note {escaped}.</p></aside>'
    )
    made = ingest_file(epub(tmp_path, [("ch1.xhtml", text)], metadata), "eb")
    path = tmp_path / "eb.md"
    path.write_text(made.edition, encoding="utf-8")
    essay, problems = load_essay(path)
    assert problems == []
    assert essay.title == f"Drains {bad}" and essay.author == f"Ann {bad}"
    assert essay.paragraphs[0].text.startswith(f"The text {bad} and a link.")
    assert any(section.title == f"Heading {bad}" for section in essay.sections)
    assert bad in essay.footnotes["1"].text
    assert "alert(2)" not in made.edition
    for html in (essay.paragraphs[0].html, essay.footnotes["1"].html):
        assert not BeautifulSoup(html, "html.parser").select(
            "script, a[href^=javascript], [onclick]"
        )


def zipped(tmp_path: Path, parts: dict[str, str], mimetype: str = "application/epub+zip") -> Path:
    path = tmp_path / "bad.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        for part, text in parts.items():
            archive.writestr(part, text)
    return path


OPF_START = (
    '<?xml version="1.0"?>\n<package version="3.0" xmlns="http://www.idpf.org/2007/opf">\n'
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></metadata>\n'
)
ONE = (
    '<manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>'
    '<spine><itemref idref="a"/></spine></package>'
)


@pytest.mark.parametrize(
    ("parts", "where", "said"),
    [
        ({}, "bad.epub", "an EPUB without its META-INF/container.xml"),
        (
            {"META-INF/container.xml": CONTAINER},
            "bad.epub",
            "names a part its zip does not hold, `OEBPS/content.opf`",
        ),
        (
            {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": OPF_START + "<manifest>"},
            "bad.epub (OEBPS/content.opf):4",
            "an EPUB's package document (OPF) that is not well-formed XML",
        ),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": '<?xml version="1.0"?>\n<!DOCTYPE p [\n<!ENTITY a "aaaa">\n'
                "]><package/>",
            },
            "bad.epub (OEBPS/content.opf):3",
            "declares an entity, `a`",
        ),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": OPF_START + ONE,
                "OEBPS/a.xhtml": '<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY b "x">\n]>\n'
                '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>',
            },
            "bad.epub (OEBPS/a.xhtml):3",
            "declares an entity, `b`",
        ),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": OPF_START + "<manifest/><spine/></package>",
            },
            "bad.epub (OEBPS/content.opf):2",
            "whose spine names no document of its manifest",
        ),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": OPF_START + ONE,
                "OEBPS/a.xhtml": xhtml("<p>x</p>"),
                "META-INF/encryption.xml": '<encryption xmlns:enc="http://www.w3.org/2001/04/'
                'xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference '
                'URI="OEBPS/a.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>',
            },
            "bad.epub",
            "whose text is encrypted (`OEBPS/a.xhtml`",
        ),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": OPF_START + ONE,
                "OEBPS/a.xhtml": xhtml("<p>x\x1b</p>"),
            },
            "bad.epub (OEBPS/a.xhtml):6",
            "holds the control character U+001B",
        ),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": OPF_START + ONE,
                "OEBPS/a.xhtml": xhtml('<div><img src="c.png"/></div>', ' epub:type="cover"'),
            },
            "bad.epub",
            "whose spine holds no document of text (only its cover)",
        ),
    ],
)
def test_an_epub_that_cannot_be_read_is_refused_with_what_to_do(
    tmp_path: Path, parts: dict[str, str], where: str, said: str
) -> None:
    with pytest.raises(SynopticError) as refused:
        ingest_file(zipped(tmp_path, parts), "t")
    assert str(refused.value).startswith(str(tmp_path / where)) and said in str(refused.value)


def test_a_part_larger_than_a_books_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    # (a zip bomb: a part of zeros deflates to a thousandth of its size)
    zeros = "\0" * (MAX_PART_BYTES + 1)
    path = tmp_path / "bomb.epub"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/content.opf", OPF_START + ONE)
        archive.writestr("OEBPS/a.xhtml", zeros)
    assert path.stat().st_size < MAX_PART_BYTES // 100
    with pytest.raises(SynopticError, match=r"would be 8,388,609 bytes unpacked"):
        ingest_file(path, "t")


def test_a_zip_that_is_no_epub_is_refused_as_before_and_an_epubs_bytes_read(
    tmp_path: Path,
) -> None:
    sheet = zipped(tmp_path, {"xl/workbook.xml": "<workbook/>"}, mimetype="")
    sheet = sheet.rename(tmp_path / "a.xlsx")
    with pytest.raises(SynopticError, match=r"a zip archive that is none of the documents"):
        ingest_file(sheet, "t")
    cut = tmp_path / "cut.epub"
    cut.write_bytes(epub(tmp_path, [("ch1.xhtml", xhtml(TEXT))]).read_bytes()[:200])
    with pytest.raises(SynopticError, match=r"an EPUB e-book whose zip archive does not open"):
        ingest_file(cut, "t")
    book = epub(tmp_path, [("ch1.xhtml", xhtml(TEXT))])
    source = read_raw_text(book)
    assert source.text == "" and source.data == book.read_bytes()


def test_a_text_is_never_read_as_an_epub() -> None:
    # (a text's reading is as before: the EPUB's reader reads bytes alone)
    text = "A Title\n\nBy Ann Lee\n\nA first paragraph of the essay, as text.\n"
    made = ingest_text(text, "t", "a.epub")
    assert "A first paragraph of the essay, as text." in made.edition


def test_a_guide_reference_to_a_place_inside_a_document_marks_no_document(tmp_path: Path) -> None:
    # (review 44: a one-file book, as Calibre writes one, whose guide names its contents
    # `index_split_000.html#toc`, was refused: "spine holds no document of text")
    guide = '<guide><reference type="toc" href="ch1.xhtml#toc"/></guide>'
    meta, blocks, report = read(epub(tmp_path, [("ch1.xhtml", xhtml(TEXT))], guide=guide))
    assert blocks == [TEXT[3:-4]]
