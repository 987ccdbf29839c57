"""A Word document (.docx), read from its zip as the page the word processor shows
(docxdocument.py, documentpage.py, zippackage.py).

The shape (collection XX's xa, raw/xa.docx, written blind; saved by LibreOffice Writer 7.4.7.2
as "MS Word 2007 XML" from a flat ODT, 13,100 bytes): a zip of XML parts, each ONE line;
`_rels/.rels` names `word/document.xml` (and `docProps/core.xml`, `app.xml`), whose
relationships name the styles, numbering, footnotes, endnotes, comments, header and footer
parts, an image and two links. The body, in order: the title (style Title), a subtitle (style
Subtitle, a standfirst in no edition), the byline in Normal with direct italics ("By Nadia
Ferrante-Lusk"), the date in a style named "Author", an editor's note ("Editor note", red,
highlighted: "[ED: 812 words excl. notes. …]"), p1, Heading1, p2 with a `w:footnoteReference`,
p3 with "Faircloth Review" inside a `w:hyperlink`, p4 with a comment's range and reference,
Heading1, p5, a paragraph holding only an inline image (`wp:docPr descr=…`), its caption
(style Figure, based on Caption: "Figure {SEQ Figure}1: …"), p6, "Fairness and cost" (Body
Text with direct bold and keep-with-next: a heading by direct formatting only), p7 with a
tracked deletion (`w:del`/`w:delText`) and a tracked insertion (`w:ins`), p8 with a
`w:endnoteReference` (numbered lowerRoman) and a second deletion, a table's caption (style
Table: "Table {SEQ Table}1: …") over a 5×3 `w:tbl`, p9, p10 ending in a page break
(`w:br w:type="page"`), p11 (the bio: a `w:br` line break, a second link); the section's
header ("Faculty Bulletin · Spring 2024 · DRAFT – not for circulation") and footer ("Page
{PAGE} of {NUMPAGES}"); footnotes.xml and endnotes.xml with their separators first;
comments.xml (Rhodri Vance); core.xml (a working title, the author, Rhodri Vance as the last
to save it, other dates, a description naming "T.R.").

First contact (d9ed7ac): refused ("the raw text is a zip archive (a Word .docx, an OpenDocument
.odt, an EPUB), not text: save the document as plain text"): 0 of 11 paragraphs, 0 of 2 notes,
no front, 0 of 17 blocks. Now: 11 of 11 paragraphs and 2 of 2 notes as the editor's but for
the apostrophes, which the raw writes typographic (’) where the editor typed `'` (cmp.py: 6 of
11 exact, 1 of 2, the others differing by them alone); the front (title, author without its
"By", date) right; 16 blocks of 17, in order: the editor's `## Notes` is no heading of the
document's (it prints none). Left out, each listed at its paragraph: the header and footer,
the file's properties, the subtitle (warned of), the editor's note (a query, warned of), the
comment, the image and its caption, both deletions (the tracked changes warned of), the table
and its caption (warned of).
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic import zippackage
from synoptic.documentpage import (
    CAPTION,
    COMMENT,
    DELETED,
    HEADER,
    HIDDEN,
    IMAGE,
    LISTING,
    PROPERTIES,
    QUERIED,
    SUBTITLE,
    SYMBOL,
    TABLE,
    TEXT_BOX,
    TWO_SERIES,
)
from synoptic.errors import SynopticError
from synoptic.ingest import ingest_file, ingest_text
from synoptic.load import load_essay
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA, straight
from test_ingest_rtf import removed_at

XA = DATA / "collection_xx" / "raw" / "xa.docx"
XA_NOT_THE_ESSAY = (
    "A case for oral finals",  # the subtitle
    "By Nadia",  # the byline's "By"
    "[ED:",  # the editor's note
    "812 words",
    "Cross-reference",  # the comment
    "Rhodri Vance",
    "model hull",  # the image's alt text
    "Figure 1",  # its caption
    "A pilot viva in the Marine Engineering workshop",
    "Nobody has yet found",  # the deletions
    "disputes her arithmetic",
    "Table 1",  # the table's caption
    "Setting and checking",  # the table
    "Faculty Bulletin",  # the header
    "Page 4 of 5",  # the footer
    "Vivas piece v3",  # the properties
    "T.R.",
    "SEQ",  # the fields' instructions
    "PAGE",
    "lowerRoman",
    "<",
)


def test_collection_xx_xa_reads_whole() -> None:
    made = ingest_file(XA, "xa")
    # the Title paragraph, the byline under it without its "By", the date in the "Author"
    # style (not core.xml's working title, last editor or dates)
    blocks = the_edition(
        made,
        "xa",
        "Let Them Talk: Why Kestrel Valley Should Examine Its Engineers Aloud",
        "Nadia Ferrante-Lusk",
        "2024-03-14",
    )
    body = "\n".join(blocks)
    assert not any(cut in body for cut in XA_NOT_THE_ESSAY)
    assert "## Fairness and cost" in blocks  # (bold and alone: a heading)
    assert "the Faircloth Review, which" in body  # (a link's words)
    assert "a marking grid agreed in advance." in body  # (a tracked insertion)
    assert "Marine Engineering pilot. Before joining" in body  # (the bio's line break)
    assert "per year.[^2]" not in body and "a paper.[^2] But" in body  # (the endnote's call)
    # what went, each at its paragraph
    assert removed_at(made, HEADER) == [
        (1, "Faculty Bulletin · Spring 2024 · DRAFT – not for circulation"),
        (1, "Page 4 of 5"),
    ]
    assert removed_at(made, SUBTITLE) == [(2, "A case for oral finals in engineering")]
    assert [line for line, _ in removed_at(made, QUERIED)] == [5]
    assert removed_at(made, COMMENT) == [
        (
            10,
            "Rhodri Vance: Owen and Priya’s piece reads the same figures as leniency. "
            "Cross-reference, or let readers judge?",
        )
    ]
    assert removed_at(made, IMAGE) == [
        (
            13,
            "(an image) — Two examiners and a student beside a model hull in the Marine "
            "Engineering workshop",
        )
    ]
    assert removed_at(made, CAPTION) == [
        (14, "Figure 1: A pilot viva in the Marine Engineering workshop, May 2023.")
    ]
    assert removed_at(made, DELETED) == [
        (17, "Nadia Ferrante-Lusk: Nobody has yet found a reliable way round this."),
        (18, "Rhodri Vance: , though the union disputes her arithmetic"),
    ]
    assert [line for line, _ in removed_at(made, TABLE)] == [19, 20]
    properties = [words for _, words in removed_at(made, PROPERTIES)]
    assert {
        "title: Vivas piece v3 (bulletin) - WORKING",
        "author: Nadia Ferrante-Lusk",
        "last saved by: Rhodri Vance",
        "created: 2024-02-26 09:14",
        "modified: 2024-03-12 17:42",
    } <= set(properties)
    shapes = " ".join(made.report.shapes)
    assert "a Word document (.docx), saved by LibreOffice/7.4.7.2" in shapes
    assert "1 paragraph alone in bold read as a heading" in shapes
    assert "2 notes (footnotes and endnotes) in the order of their calls" in shapes
    assert "its author from the byline under it (line 3)" in shapes
    warnings = made.report.warnings
    assert len(warnings) == 5
    assert "the subtitle under the title, 'A case for oral finals" in warnings[0]
    assert "a query in brackets left out, '[ED: 812 words" in warnings[1]
    assert "still tracks changes (by Nadia Ferrante-Lusk and Rhodri Vance)" in warnings[2]
    # (its footnote and its endnote, `1` and `i`, the edition's [^1] and [^2])
    assert TWO_SERIES in warnings
    assert "a table with its caption left out as an exhibit (line 20)" in warnings[4]


def the_edition(made, name: str, title: str, author: str, date: str) -> list[str]:
    """The blocks of an edition of collection XX's, checked against the editor's: its front,
    and every block, in order (the raw's apostrophes typographic, the editor's straight; the
    document prints no Notes heading)."""
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((DATA / "collection_xx" / "essays" / f"{name}.md").read_text())
    assert (meta["title"], meta["author"], meta["date"]) == (title, author, date)
    assert straight(meta["summary"]) == straight(want_meta["summary"])
    assert [straight(block) for block in blocks] == [
        straight(block) for block in want if block != "## Notes"
    ]
    return blocks


# --- fixtures of my own, as Word writes a document ---------------------------------------------

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    # Word's built-in headings: named `heading N`, their outline level set too
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
    # a heading by its name alone, as another program writes it
    '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>'
    '<w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong Para"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Emph"><w:name w:val="Emph"/><w:rPr><w:b/></w:rPr>'
    "</w:style>"
)
CORE = (
    "<dc:title>Working title v2</dc:title><dc:creator>A. N. Other</dc:creator>"
    "<cp:lastModifiedBy>Bo Editor</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T08:00:00Z</dcterms:created>'
)
PROSE = "Every plot on the east side floods in a wet February. The committee should act."
MORE = "The drains were dug in 1962 and have not been cleared since that winter."


def docx(
    body: str,
    styles: str = STYLES,
    core: str = CORE,
    parts: dict[str, str] | None = None,
    sections: str = "",
    namespaces: str = NAMESPACES,
) -> bytes:
    """A .docx as Word writes one: its package's relationships, its main part (`body` and a
    last section, `sections` its header and footer references), its styles and properties,
    and `parts`, each a part under word/ by its relationship's type (`footnotes`, `header1`)."""
    parts = parts or {}
    rels = [("rIdS", "styles", "styles.xml")] + [
        (f"rId{name}", re.sub(r"\d+$", "", name), f"{name}.xml") for name in parts
    ]
    files = {
        "[Content_Types].xml": DECLARATION + "<Types/>",
        "_rels/.rels": DECLARATION
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" '
        'Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>",
        "docProps/core.xml": DECLARATION
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{core}</cp:coreProperties>",
        "word/_rels/document.xml.rels": DECLARATION
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="{rid}" Type="{RELATIONSHIPS}/{kind}" Target="{target}"/>'
            for rid, kind, target in rels
        )
        + "</Relationships>",
        "word/document.xml": DECLARATION
        + f"<w:document {namespaces}><w:body>{body}<w:sectPr>{sections}</w:sectPr>"
        "</w:body></w:document>",
        "word/styles.xml": DECLARATION + f"<w:styles {NAMESPACES}>{styles}</w:styles>",
    }
    files |= {
        f"word/{name}.xml": DECLARATION + part.replace("NAMESPACES", NAMESPACES)
        for name, part in parts.items()
    }
    return zipped(files)


def zipped(files: dict[str, str | bytes]) -> bytes:
    data = BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return data.getvalue()


def p(*runs: str, style: str = "", properties: str = "") -> str:
    """A paragraph: its style, its properties, its runs (words given as a plain run)."""
    styled = f'<w:pStyle w:val="{style}"/>' if style else ""
    content = "".join(run if run.startswith("<") else r(run) for run in runs)
    return f"<w:p><w:pPr>{styled}{properties}</w:pPr>{content}</w:p>"


def r(words: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{words}</w:t></w:r>'


def read(data: bytes):
    """The edition's front, its blocks, and the ingest."""
    made = ingest_text("", "t", "t.docx", data)
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made


FRONT = p("Dig the Drains", style="Title") + p("By Ann Lee") + p("2 May 2025")


def test_the_front_is_the_title_paragraph_and_the_byline_and_date_under_it() -> None:
    meta, blocks, made = read(docx(FRONT + p(PROSE)))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Dig the Drains",
        "Ann Lee",
        "2025-05-02",
    )
    assert blocks == [PROSE]
    # the file's properties are listed, never the front
    assert (1, "title: Working title v2") in removed_at(made, PROPERTIES)
    assert (1, "last saved by: Bo Editor") in removed_at(made, PROPERTIES)
    assert not made.report.warnings


def test_two_bylines_are_joined_and_a_subtitle_is_left_out_and_warned_of() -> None:
    meta, blocks, made = read(
        docx(
            p("Dig the Drains", style="Title")
            + p("A case for the east side", style="Subtitle")
            + p("Ann Lee")
            + p("Bo Ma")
            + p("2 May 2025")
            + p(PROSE)
        )
    )
    assert (meta["author"], meta["date"]) == ("Ann Lee and Bo Ma", "2025-05-02")
    assert blocks == [PROSE]
    assert removed_at(made, SUBTITLE) == [(2, "A case for the east side")]
    assert "the subtitle under the title, 'A case for the east side'" in made.report.warnings[0]


def test_a_subtitle_that_is_a_byline_is_the_author() -> None:
    meta, blocks, _ = read(
        docx(p("Dig the Drains", style="Title") + p("By Ann Lee", style="Subtitle") + p(PROSE))
    )
    assert meta["author"] == "Ann Lee" and blocks == [PROSE]


def test_a_document_typed_with_no_styles_reads_its_short_first_paragraph_over_a_byline() -> None:
    meta, blocks, made = read(docx(p("Dig the Drains") + p("Ann Lee") + p(PROSE)))
    assert (meta["title"], meta["author"], blocks) == ("Dig the Drains", "Ann Lee", [PROSE])
    assert "the first paragraph, over a byline or a date" in " ".join(made.report.shapes)


def test_no_title_nor_byline_offers_the_file_s_properties_unwritten() -> None:
    meta, blocks, made = read(docx(p(PROSE) + p(MORE)))
    assert meta["title"] != "Working title v2" and meta["author"] != "A. N. Other"
    warned = " ".join(made.report.warnings)
    assert "the file's properties give 'Working title v2'" in warned
    assert "the file's properties name 'A. N. Other'" in warned
    assert "created 2025-04-01 08:00" in warned
    assert blocks[-2:] == [PROSE, MORE]


def field(instruction: str, result: str, lock: str = "") -> str:
    """A complex field, as Word writes it: begin, its instruction, separate, its result, end."""
    locked = f' w:fldLock="{lock}"' if lock else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{locked}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


@pytest.mark.parametrize(("lock", "warned"), [("", True), ("1", False)])
def test_a_date_field_shows_its_result_and_is_warned_of_where_not_locked(lock, warned) -> None:
    title = p("Dig the Drains", style="Title") + p("Ann Lee")
    date = p(field('DATE \\@ "d MMMM yyyy"', "2 May 2025", lock))
    meta, blocks, made = read(docx(title + date + p(PROSE)))
    assert meta["date"] == "2025-05-02" and blocks == [PROSE]
    assert "MMMM" not in made.edition
    assert any("is a DATE field that is not fixed" in w for w in made.report.warnings) is warned


def test_a_field_s_result_is_its_text_and_its_instruction_is_not() -> None:
    link = field('HYPERLINK "https://example.com/drains"', "the drains report")
    simple = '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple>'
    _, blocks, made = read(docx(FRONT + p("See ", link, " on all ", simple, " pages.")))
    assert blocks == ["See the drains report on all 12 pages."]
    assert "HYPERLINK" not in made.edition and "example.com" not in made.edition


def test_headings_by_outline_level_by_word_s_style_name_and_by_their_own_level() -> None:
    _, blocks, _ = read(
        docx(
            FRONT
            + p("The drains", style="Heading1")
            + p(PROSE)
            + p("Their cost", style="H2")  # (named `heading 2`, no level set)
            + p(MORE)
            + p("In 1962", style="Heading3")
            + p(PROSE)
            + p("The verdict", properties='<w:outlineLvl w:val="0"/>')
            + p(MORE)
        )
    )
    # level 1 and 2 are the page's sections, as a word processor's web page has them (its
    # h1 and h2); level 3 a subsection
    assert blocks == [
        "## The drains",
        PROSE,
        "## Their cost",
        MORE,
        "### In 1962",
        PROSE,
        "## The verdict",
        MORE,
    ]


def test_a_paragraph_alone_in_bold_shaped_as_a_heading_is_one() -> None:
    _, blocks, made = read(
        docx(
            FRONT
            + p(PROSE)
            + p(r("The drains", "<w:b/>"))  # (direct formatting)
            + p(MORE)
            + p("Their cost", style="Strong")  # (a style in bold)
            + p(PROSE)
            + p(r("Bold and ", "<w:b/>"), r("partly", '<w:rStyle w:val="Emph"/>'))
            + p(MORE)
            + p(r("A sentence in bold, as a warning.", "<w:b/>"))
            + p(r(LONG, "<w:b/>"))  # (bold: a heading of ten words in sentence case)
            + p(PROSE)
            + p(r(LONG, '<w:b w:val="0"/>'))  # (not bold: too long for its shape alone)
            + p(MORE)
            + p(r(LONG, "<w:b/>"))  # (nothing under it)
        )
    )
    assert blocks == [
        PROSE,
        "## The drains",
        MORE,
        "## Their cost",
        PROSE,
        "## Bold and partly",
        MORE,
        "A sentence in bold, as a warning.",
        f"## {LONG}",
        PROSE,
        LONG,
        MORE,
        LONG,
    ]
    assert "4 paragraphs alone in bold read as headings" in " ".join(made.report.shapes)


LONG = "Where the drains run under the lane and the old culvert"


NOTES = (
    '<w:{kind}s NAMESPACES><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
    '</w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
    "<w:continuationSeparator/></w:r></w:p></w:{kind}>{notes}</w:{kind}s>"
)


def notes(kind: str, *texts: str) -> str:
    """A footnotes or endnotes part: its separators, then its notes, ids from 1."""
    written = "".join(
        f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>{r(" " + text)}</w:p>'
        f"<w:p>{r('Its second paragraph.')}</w:p></w:{kind}>"
        for number, text in enumerate(texts, start=1)
    )
    return NOTES.format(kind=kind, notes=written)


def call(kind: str, number: int) -> str:
    superscript = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    return f'<w:r>{superscript}<w:{kind}Reference w:id="{number}"/></w:r>'


def test_footnotes_and_endnotes_are_numbered_in_the_order_of_their_calls() -> None:
    body = (
        FRONT
        + p("An endnote first.", call("endnote", 1))
        + p("A footnote next.", call("footnote", 1), " And another.", call("footnote", 2))
    )
    parts = {
        "footnotes": notes("footnote", "Footnote one.", "Footnote two."),
        "endnotes": notes("endnote", "Endnote i."),
    }
    _, blocks, made = read(docx(body, parts=parts))
    assert blocks == [
        "An endnote first.[^1]",
        "A footnote next.[^2] And another.[^3]",
        "[^1]: Endnote i. Its second paragraph.",
        "[^2]: Footnote one. Its second paragraph.",
        "[^3]: Footnote two. Its second paragraph.",
    ]
    assert "3 notes (footnotes and endnotes)" in " ".join(made.report.shapes)


def test_a_document_with_no_notes_has_none() -> None:
    _, blocks, made = read(docx(FRONT + p(PROSE), parts={"footnotes": notes("footnote")}))
    assert blocks == [PROSE] and "[^" not in made.edition


def test_tracked_changes_insertions_read_deletions_and_moves_left_out() -> None:
    inserted = f'<w:ins w:id="1" w:author="Bo Ma">{r(" in a wet February")}</w:ins>'
    deleted = (
        '<w:del w:id="2" w:author="Bo Ma"><w:r><w:delText>and in March</w:delText></w:r></w:del>'
    )
    moved = f'<w:moveFrom w:id="3" w:author="Cy Ng">{r("A moved sentence.")}</w:moveFrom>'
    _, blocks, made = read(
        docx(FRONT + p("Every plot floods", inserted, deleted, ".") + p(PROSE, moved))
    )
    assert blocks == ["Every plot floods in a wet February.", PROSE]
    assert removed_at(made, DELETED) == [
        (4, "Bo Ma: and in March"),
        (5, "Cy Ng: A moved sentence."),
    ]
    assert "still tracks changes (by Bo Ma and Cy Ng)" in made.report.warnings[0]


def test_comments_hidden_text_images_and_text_boxes_left_out_and_listed() -> None:
    comments = (
        '<w:comments NAMESPACES><w:comment w:id="7" w:author="Morag Inchbold"><w:p><w:r>'
        "<w:annotationRef/></w:r>" + r("Source?") + "</w:p></w:comment></w:comments>"
    )
    image = (
        '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" title="Drains" '
        'descr="A flooded plot in February"/></wp:inline></w:drawing></w:r>'
    )
    box = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<wp:docPr id="2" name="Text Box 2"/><wps:txbx><w:txbxContent>'
        + p("A sidebar on drains.")
        + "</w:txbxContent></wps:txbx></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        "<v:textbox><w:txbxContent>"
        + p("A sidebar on drains.")
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    vml = (
        '<w:r><w:pict><v:shape alt="An old map"><v:imagedata o:title="Map"/></v:shape></w:pict>'
        "</w:r>"
    )
    body = (
        FRONT
        + p(
            "Every plot floods",
            '<w:commentRangeStart w:id="7"/>',
            r(" in a wet February"),
            '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>',
            r(" (see the map)", "<w:vanish/>"),
            ".",
        )
        + p(image)
        + p(MORE, box, vml)
    )
    _, blocks, made = read(docx(body, parts={"comments": comments}))
    assert blocks == ["Every plot floods in a wet February.", MORE]
    assert removed_at(made, COMMENT) == [(4, "Morag Inchbold: Source?")]
    assert removed_at(made, HIDDEN) == [(4, " (see the map)")]
    assert removed_at(made, IMAGE) == [
        (5, "(an image) — Drains — A flooded plot in February"),
        (6, "(an image) — An old map — Map"),
    ]
    assert removed_at(made, TEXT_BOX) == [(6, "A sidebar on drains.")]  # (once, not its fallback)


def test_headers_and_footers_are_listed_once_each() -> None:
    header = f"<w:hdr NAMESPACES>{p('Spring Newsletter')}</w:hdr>"
    footer = f"<w:ftr NAMESPACES>{p('Page ', field('PAGE', '2'))}</w:ftr>"
    references = (
        '<w:headerReference w:type="default" r:id="rIdheader1"/>'
        '<w:footerReference w:type="default" r:id="rIdfooter1"/>'
    )
    # a first section ends with its paragraph, its header the same as the last section's
    first = p(PROSE, properties=f"<w:sectPr>{references}</w:sectPr>")
    _, blocks, made = read(
        docx(
            FRONT + first + p(MORE),
            parts={"header1": header, "footer1": footer},
            sections=references,
        )
    )
    assert blocks == [PROSE, MORE]
    assert sorted(removed_at(made, HEADER)) == [(1, "Page 2"), (1, "Spring Newsletter")]


def table(*rows: tuple[str, ...]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{p(cell)}</w:tc>" for cell in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl><w:tblPr/><w:tblGrid/>{cells}</w:tbl>"


def test_a_table_with_its_caption_is_an_exhibit_and_one_without_is_a_list_of_its_rows() -> None:
    caption = p("Table ", field("SEQ Table \\* ARABIC", "1"), ": Plots flooded", style="Caption")
    typed = p("Table 2: Drains by year")  # (no style: a caption by its words, under the table)
    _, blocks, made = read(
        docx(
            FRONT
            + caption
            + table(("Year", "Plots"), ("2023", "14"))
            + p(PROSE)
            + table(("Drain", "Dug"), ("East", "1962"))
            + typed
            + p(MORE)
            + table(("Plot", "Tenant"), ("4", "Ann Lee"))
            + p(PROSE)
        )
    )
    assert blocks == [PROSE, MORE, "- Plot · Tenant\n- 4 · Ann Lee", PROSE]
    assert removed_at(made, TABLE) == [
        (4, "Table 1: Plots flooded"),
        (5, "Year · Plots; 2023 · 14"),
        (7, "Drain · Dug; East · 1962"),
        (8, "Table 2: Drains by year"),
    ]
    assert sum("left out as an exhibit" in w for w in made.report.warnings) == 2


def test_a_table_of_contents_is_left_out() -> None:
    # (a TOC's field opens in its first entry and closes in its last)
    toc = p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("The drains 1"),
    ) + p(r("Their cost 2"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    _, blocks, made = read(docx(FRONT + toc + p("The drains", style="Heading1") + p(PROSE)))
    assert blocks == ["## The drains", PROSE]
    assert removed_at(made, LISTING) == [(4, "The drains 1"), (5, "Their cost 2")]


NUMBERING = (
    "<w:numbering NAMESPACES>"
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
)


def item(words: str, number: int) -> str:
    return p(words, properties=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>')


def test_list_items_line_breaks_and_characters() -> None:
    _, blocks, _ = read(
        docx(
            FRONT
            + p(PROSE)
            + item("Dig the drains", 1)
            + item("Clear the culvert", 1)
            + p(MORE)
            + item("First the east side", 2)
            + item("Then the west", 2)
            + p(
                r("Ann Lee chairs the committee."),
                "<w:r><w:br/><w:t>She farms plot\u00ad4,</w:t><w:tab/><w:t>the</w:t>"
                "<w:noBreakHyphen/><w:t>wettest</w:t><w:softHyphen/><w:t>.</w:t>"
                '<w:br w:type="page"/></w:r>',
            ),
            parts={"numbering": NUMBERING},
        )
    )
    assert blocks == [
        PROSE,
        "- Dig the drains\n- Clear the culvert",
        MORE,
        "1. First the east side\n2. Then the west",
        # (a non-breaking hyphen the page's hyphen, a soft one nothing)
        "Ann Lee chairs the committee. She farms plot4, the-wettest.",
    ]


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("[ED: 812 words. Check the figures with Ann.]", False),
        ("[AU: source?]", False),
        ("[Note to editor: cut the last line]", False),
        ("[Applause]", True),  # (no label and colon: the text's own)
        ("[The minutes of 1962 are lost.]", True),
    ],
)
def test_a_query_in_brackets_is_left_out_and_warned_of(query: str, kept: bool) -> None:
    _, blocks, made = read(docx(FRONT + p(query) + p(PROSE)))
    assert (query in "\n".join(blocks).replace("\\", "")) is kept
    assert bool(removed_at(made, QUERIED)) is not kept
    assert any("a query in brackets left out" in w for w in made.report.warnings) is not kept


def test_a_strict_document_or_one_with_prefixes_of_its_own_reads_the_same() -> None:
    plain = docx(FRONT + p("The drains", style="Heading1") + p(PROSE))
    strict = docx(
        (FRONT + p("The drains", style="Heading1") + p(PROSE)).replace("w:", "x:"),
        namespaces=NAMESPACES.replace("xmlns:w=", "xmlns:x=").replace(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
        )
        + ' xmlns:w="urn:not-word"',
    )
    assert read(strict)[:2] == read(plain)[:2]


HOSTILE = (
    "&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) [y](javascript:y) "
    "{: onclick=alert(1)}"
)
SAID = "<script>alert(1)</script> [x](javascript:alert(1)) [y](javascript:y) {: onclick=alert(1)}"
ESCAPED = (
    "\\<script>alert(1)\\</script> \\[x](javascript:alert(1)) \\[y](javascript:y) "
    "{: onclick=alert(1)}"
)


def test_hostile_values_come_out_as_text(tmp_path: Path) -> None:
    body = (
        p(f"Title {HOSTILE}", style="Title")
        + p("Ann Lee")
        + p(f"Heading {HOSTILE}", style="Heading1")
        + p(f"Text {HOSTILE}.", call("footnote", 1))
    )
    core = "<dc:creator>&lt;img src=x onerror=alert(1)&gt;</dc:creator>"
    made = ingest_text(
        "", "t", "t.docx", docx(body, core=core, parts={"footnotes": notes("footnote", HOSTILE)})
    )
    assert_hostile_values_read_as_text(made, tmp_path, f"[^1]: {ESCAPED} Its second paragraph.")


def assert_hostile_values_read_as_text(made, tmp_path: Path, note: str) -> None:
    """The hostile values of a document's title, heading, text, note and author property, as
    the edition writes them (escaped, the title's as words) and as the site shows them (no
    markup of theirs)."""
    meta, blocks = edition_parts(made.edition)
    assert meta["title"] == f"Title {SAID}"
    assert blocks == [f"## Heading {ESCAPED}", f"Text {ESCAPED}.[^1]", note]
    path = tmp_path / "t.md"
    path.write_text(made.edition, encoding="utf-8")
    essay, problems = load_essay(path)
    assert problems == [] and SAID in essay.paragraphs[0].text
    fragments = [p.html for p in essay.paragraphs] + [s.html for s in essay.sections]
    for fragment in fragments + [note.html for note in essay.footnotes.values()]:
        soup = BeautifulSoup(fragment, "html.parser")
        assert not soup.select("script, img, [onclick], [onerror], a[href^=javascript]"), fragment
    # the file's author, a property, listed as its words, never read
    assert "author: <img src=x onerror=alert(1)>" in made.edition
    assert meta["author"] == "Ann Lee"


def encrypted(data: bytes) -> bytes:
    """A zip whose entries say they are encrypted (the flag bit 0 of each header)."""
    raw = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.find(signature)
        while at >= 0:
            raw[at + offset] |= 1
            at = raw.find(signature, at + 4)
    return bytes(raw)


GOOD = docx(FRONT + p(PROSE))


def with_entity(data: bytes) -> bytes:
    """The document with a DOCTYPE over its main part that declares an entity."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["word/document.xml"] = files["word/document.xml"].replace(
        b"<w:document", b'<!DOCTYPE w:document [<!ENTITY bomb "boom">]><w:document', 1
    )
    return zipped(files)


@pytest.mark.parametrize(
    ("data", "refusal"),
    [
        (GOOD[:300], r"t\.docx: the raw text is a zip archive that cannot be opened"),
        (
            zipped({"_rels/.rels": "<Relationships", "word/document.xml": "<w:document/>"}),
            r"t\.docx: a Word document \(\.docx\) whose part _rels/\.rels is not well-formed XML",
        ),
        (with_entity(GOOD), r"t\.docx:2: .*document\.xml refused: its DOCTYPE declares an entity"),
        (docx("<w:p><w:r><w:t>Words</w:t></w:r>"), r"document\.xml that is not well-formed XML"),
        (docx(p(" ", style="Title")), r"t\.docx: a Word document with no text in its body"),
        (
            zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "a.xml": "<a/>"}),
            r"t\.docx: the raw text is a zip archive that is none of the documents ingest reads",
        ),
        (encrypted(GOOD), r"t\.docx: a Word document \(\.docx\) whose part .* is encrypted"),
    ],
)
def test_an_unreadable_document_is_refused_with_what_to_do(data: bytes, refusal: str) -> None:
    with pytest.raises(SynopticError, match=refusal):
        ingest_text("", "t", "t.docx", data)


def test_a_part_larger_than_a_document_s_text_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(zippackage, "PART_BYTES", 200)
    with pytest.raises(SynopticError, match=r"whose part .* holds more than a document's text"):
        ingest_text("", "t", "t.docx", docx(FRONT + p(PROSE * 3)))


def test_the_command_reads_a_document_and_refuses_a_zip_of_another_kind(tmp_path: Path) -> None:
    from test_ingest_untrusted import ingest_cli

    good, other = tmp_path / "t.docx", tmp_path / "s.xlsx"
    good.write_bytes(GOOD)
    other.write_bytes(zipped({"xl/workbook.xml": "<workbook/>"}))
    assert ingest_cli(str(good), "--id", "t", "--out", str(tmp_path / "t.md")).returncode == 0
    assert "Every plot on the east side" in (tmp_path / "t.md").read_text()
    result = ingest_cli(str(other), "--id", "s", "--out", str(tmp_path / "s.md"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "s.xlsx: the raw text is a zip archive that is none of the documents" in result.stderr


# A document's pieces in any order, in paragraphs and tables: one a program wrote wrong.
RUN_PIECES = [
    r("words "), r("Ann Lee"), r("2 May 2025"), r("&lt;script&gt; [x](javascript:y) "),
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', "<w:r><w:instrText>TOC</w:instrText></w:r>",
    "<w:r><w:instrText>SEQ</w:instrText></w:r>", "<w:r><w:instrText>DATE</w:instrText></w:r>",
    "<w:r><w:br/></w:r>", '<w:r><w:footnoteReference w:id="1"/></w:r>',
    '<w:r><w:endnoteReference w:id="9"/></w:r>', '<w:r><w:commentReference w:id="x"/></w:r>',
    '<w:del w:author="A">' + r("gone") + "</w:del>", "<w:ins>" + r("in") + "</w:ins>",
    '<w:r><w:sym w:char="F0E0"/><w:sym w:char="zz"/><w:sym w:char="110000"/></w:r>',
    "<w:r><w:drawing><wp:docPr/></w:drawing></w:r>", "<w:r><mc:AlternateContent/></w:r>",
    r("hidden", "<w:vanish/>"), r("bold", "<w:b/>"), "<w:hyperlink>" + r("link") + "</w:hyperlink>",
]  # fmt: skip
PARAGRAPH_PROPERTIES = [
    "", '<w:pStyle w:val="Title"/>', '<w:pStyle w:val="Heading1"/>', '<w:pStyle w:val="Nope"/>',
    '<w:outlineLvl w:val="99"/>', '<w:outlineLvl w:val="²"/>', '<w:outlineLvl w:val="4"/>',
    '<w:numPr><w:numId w:val="7"/></w:numPr>', '<w:pStyle w:val="Caption"/>',
]  # fmt: skip
paragraphs = st.builds(
    lambda properties, runs: p(*runs, properties=properties),
    st.sampled_from(PARAGRAPH_PROPERTIES),
    st.lists(st.sampled_from(RUN_PIECES), max_size=8),
)
blocks = st.one_of(
    paragraphs, st.builds(lambda cells: table(tuple(cells)), st.lists(st.just("x"), max_size=3))
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(blocks, max_size=12))
def test_any_document_is_read_or_refused_never_a_traceback(body: list[str]) -> None:
    data = docx("".join(body), parts={"footnotes": notes("footnote", "A note.")})
    try:
        ingest_text("", "t", "t.docx", data)
    except SynopticError as error:
        assert str(error.path).startswith("t.docx")


def test_a_short_line_of_body_text_is_no_heading() -> None:
    # (review 44: "Signed Ann Lee" and "Our three reasons follow" read as `##` headings by
    # their shape; a document's headings are its styles', outline levels' and bold lines')
    made = ingest_text("", "t", "t.docx", docx(FRONT + p(PROSE) + p("Our three reasons follow")))
    assert "\nOur three reasons follow\n" in made.markdown
    assert "## Our three reasons follow" not in made.markdown


def test_a_symbol_font_s_own_character_is_listed_not_dropped() -> None:
    # (review 44: `w:sym` in Symbol's private-use code was dropped with no word; a Unicode one
    # is read as its character)
    arrow = '<w:r><w:sym w:font="Symbol" w:char="F0AE"/></w:r>'
    unicode_arrow = '<w:r><w:sym w:font="Cambria Math" w:char="2192"/></w:r>'
    made = ingest_text(
        "",
        "t",
        "t.docx",
        docx(FRONT + p(r("Drains "), arrow, r(" sewers "), unicode_arrow, r(" sea."))),
    )
    assert "Drains sewers → sea." in made.markdown
    assert ("Symbol F0AE", SYMBOL) in {(item.text, item.rule) for item in made.report.removed}
