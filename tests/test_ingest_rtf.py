r"""An RTF document as a word processor saves it, read as the page the word processor shows
(rtfdocument.py).

The shape (collection WW's wb, raw/wb.rtf, written blind; saved by LibreOffice Writer 7.4.7.2
from a flat ODT, 13,792 bytes of 7-bit text): `{\rtf1\ansi\deff3…`, the font table, the
colour table, the style sheet (Normal, `Heading 2` at `\outlinelevel1`, Title, Byline,
Dateline, Text Body, Bio, Caption, Footnote, Header, Footer, Table Contents …), a list table
(the outline numbering Heading 2 hangs on), the revision table (`Unknown; Tomasz Reid`),
`{\*\generator …}` and `{\info …}` (another title, "Skyline poles - newsletter draft 3", a
subject with another date, `\author` twice, "Tom Reid" and "Tomasz Reid", the creation and
revision times); the page style's header and footer inside `{\*\pgdsctbl …}`, then the
section's, the same again (the newsletter's running head; "Page {PAGE} of {NUMPAGES}"); then
the body, every paragraph ending `\par`, no blank line: the title (Title), the byline (Byline),
the date (Dateline, a locked DATE field: `fldinst DATE \\@"d\\ MMMM\\ yyyy"`, `fldrslt 11
March 2024`), p1, an empty paragraph, three Heading 2 paragraphs each with an empty
`{\listtext\pard\plain \tab}`, footnotes written inside p2 and p9 where their calls stand
(`{\super \chftn{\*\footnote \chftn … text}}`), a three-row table (`\trowd … \cell … \row`)
after p4 and its caption (Caption, `Table 1: …`), a reviewer's comment inside p6
(`{\*\atnauthor Morag Inchbold}\chatn{\*\annotation …}`), a tracked deletion inside p7
(`{\deleted\revauthdel1 … He finished fourth …}`), the bio (Bio) with a `\line`; every
apostrophe `\u8217\'92`, every dash `\u8211\'96`, "Siân" `Si\u226\'e2n`.

First contact (81d3dfc): refused ("an RTF document, not text: save it as plain text"): 0 of 11
paragraphs, 0 of 2 notes, no front, 0 of 17 blocks. Now: 11 of 11 paragraphs and 2 of 2 notes
as the editor's, but for the apostrophes, which the raw writes typographic (`’`, `\u8217`)
where the editor typed `'`; the front (title, author, date) right; 16 blocks of 17, in order:
the editor's `## Notes` is no heading of the document's (its footnotes print none); the
headers and footers, the file's properties, the table and its caption, the comment and the
deleted sentence left out, each listed at its line in the file; the tracked change and the
table warned of.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.errors import SynopticError
from synoptic.ingest import ingest_file, ingest_text
from synoptic.load import load_essay
from synoptic.rtfdocument import (
    CAPTION,
    COMMENT,
    DELETED,
    HEADER,
    HIDDEN,
    INFO,
    LISTING,
    PICTURE,
    TABLE,
    TEXT_BOX,
)
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA, straight

WB = DATA / "collection_ww" / "raw" / "wb.rtf"
WB_NOT_THE_ESSAY = (
    "Skyline poles - newsletter draft 3",  # the file's title
    "AGM 20 April 2024",  # its subject
    "Tom Reid",
    "Spring Newsletter 2024",  # the header
    "Page 2 of 2",  # the footer
    "Cause of injury",  # the table
    "Slip or fall on wet rock",
    "Table 1",  # its caption
    "Do you have the 2021 splits",  # the comment
    "Morag Inchbold",
    "He finished fourth",  # the tracked deletion
    "DATE",  # the field's instruction
    "MMMM",
    "LibreOffice",
    "Liberation Serif",  # the font table
    "Heading 2",  # the style sheet
    "\\",  # no control word, no escape
    "{",
)


def removed_at(made, rule: str) -> list[tuple[int, str]]:
    """The lines the report lists as removed by a rule, with their words."""
    return [(item.line, item.text) for item in made.report.removed if item.rule == rule]


def test_collection_ww_wb_reads_whole() -> None:
    made = ingest_file(WB, "wb")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((DATA / "collection_ww" / "essays" / "wb.md").read_text())
    # the Title paragraph, the byline under it, the locked DATE field's result (not \info's
    # title, authors, creation or revision dates)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Poles Are Not the Problem",
        "Tomasz Reid",
        "2024-03-11",
    )
    assert straight(meta["summary"]) == straight(want_meta["summary"])
    # every block, in order: 11 paragraphs, 3 headings, 2 notes (the raw's apostrophes are
    # typographic, the editor's straight; the document prints no Notes heading)
    assert [straight(block) for block in blocks] == [
        straight(block) for block in want if block != "## Notes"
    ]
    body = "\n".join(blocks)
    assert not any(cut in body for cut in WB_NOT_THE_ESSAY)
    assert "Dr Siân Pryce" in body and "Calder’s" in body  # (`\u226\'e2`, `\u8217\'92`)
    assert "fourteen times. He has used poles" in body  # (the bio's `\line`, a space)
    # what went, each at its line in the file
    assert removed_at(made, HEADER) == [
        (47, "Glen Ardlar Hill Runners – Spring Newsletter 2024 – The pole debate (2 of 3)"),
        (49, "Page 2 of 2"),
    ]
    assert removed_at(made, COMMENT) == [
        (92, "Morag Inchbold: Do you have the 2021 splits as well? Two years is thin. M.")
    ]
    assert removed_at(made, DELETED) == [
        (98, "Tomasz Reid: He finished fourth, and nobody thought to ban the stick.")
    ]
    assert [line for line, _ in removed_at(made, TABLE)] == [78, 84]
    info = [words for _, words in removed_at(made, INFO)]
    assert {"title: Skyline poles - newsletter draft 3", "author: Tom Reid"} <= set(info)
    assert "created: 2024-02-28 20:14" in info
    shapes = " ".join(made.report.shapes)
    assert "an RTF document (cp1252, saved by LibreOffice/7.4.7.2" in shapes
    assert "2 notes from inside their paragraphs" in shapes
    assert "its date from the DATE field shown under it (line 59)" in shapes
    warnings = made.report.warnings
    assert len(warnings) == 2
    assert "still tracks changes (by Tomasz Reid)" in warnings[0]
    assert "a table with its caption left out as an exhibit (line 78)" in warnings[1]


# --- fixtures of my own, as the word processors write ----------------------------------------

STYLES = (
    r"{\stylesheet{\s0 Normal;}{\s1\sbasedon0\outlinelevel0 heading 1,H1;}"
    r"{\s2\sbasedon1\outlinelevel1 heading 2;}{\s3\sbasedon1 heading 3;}{\s15\sbasedon0 Title;}"
    r"{\s16\sbasedon0 Subtitle;}{\s22\sbasedon0 Caption;}{\s23\sbasedon22 Table;}"
    r"{\*\cs10 Default Paragraph Font;}}"
)
INFO_GROUP = r"{\info{\title Working title v2}{\author A. N. Other}{\creatim\yr2025\mo4\dy1}}"
PROSE = "Every plot on the east side floods in a wet February. The committee should act."


def rtf(*lines: str, head: str = STYLES, info: str = INFO_GROUP) -> str:
    """An RTF document as Word writes one: its tables, then a paragraph a line."""
    return (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}"
        r"{\f1\fswiss\fcharset204 Arial Cyr;}}{\colortbl;\red0\green0\blue0;}"
        + head
        + r"{\*\generator Microsoft Word 16.0;}"
        + info
        + "\n"
        + "\n".join(lines)
        + "\n}"
    )


def styled(style: int, words: str) -> str:
    return rf"\pard\plain\s{style} {words}\par"


def plain(words: str) -> str:
    return rf"\pard\plain {words}\par"


def read(raw: str):
    """The edition's front, its blocks, and the report."""
    made = ingest_text(raw, "t", "t.rtf")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made


FRONT = (styled(15, "Dig the Drains"), plain("By Ann Lee"), plain("2 May 2025"))


def test_the_front_is_the_title_paragraph_and_the_byline_and_date_under_it() -> None:
    meta, blocks, made = read(rtf(*FRONT, plain(PROSE)))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Dig the Drains",
        "Ann Lee",
        "2025-05-02",
    )
    assert blocks == [PROSE]
    # the file's properties are listed, never the front
    assert "title: Working title v2" in [words for _, words in removed_at(made, INFO)]
    assert not made.report.warnings


def test_a_second_author_and_a_subtitle_under_the_title() -> None:
    meta, blocks, made = read(
        rtf(
            styled(15, "Dig the Drains"),
            styled(16, "A case for the east side"),
            plain("Ann Lee"),
            plain("Bo Ma"),
            plain("2 May 2025"),
            plain(PROSE),
        )
    )
    assert (meta["author"], meta["date"]) == ("Ann Lee and Bo Ma", "2025-05-02")
    # (a subtitle is the writer's, kept, warned of; a paragraph, as the document sets it: a
    # document's headings are its styles' and outline levels', never a short line's, review 44)
    assert blocks == ["A case for the east side", PROSE]
    assert "a subtitle under the title, 'A case for the east side' (line 3)" in " ".join(
        made.report.warnings
    )


def test_a_byline_of_two_names_in_any_order_of_the_front() -> None:
    meta, _, _ = read(
        rtf(
            styled(15, "Dig the Drains"),
            plain("4 May 2025"),
            plain("Ann Lee and Bo Ma"),
            plain(PROSE),
        )
    )
    assert (meta["author"], meta["date"]) == ("Ann Lee and Bo Ma", "2025-05-04")


def test_a_document_typed_with_no_styles_reads_its_short_first_paragraph_over_a_byline() -> None:
    raw = rtf(
        r"{\b Why the Drains Matter}\par",
        "Ann Lee\\par",
        "2 May 2025\\par",
        PROSE + "\\par",
        head="",
    )
    meta, blocks, _ = read(raw)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Why the Drains Matter",
        "Ann Lee",
        "2025-05-02",
    )
    assert blocks == [PROSE]


def test_no_title_nor_byline_warns_and_offers_the_file_s_properties_unwritten() -> None:
    meta, blocks, made = read(rtf(plain(PROSE), plain("A second paragraph of the essay.")))
    assert (meta["title"], meta["author"], meta["date"]) == ("unknown", "unknown", "unknown")
    assert blocks == [PROSE, "A second paragraph of the essay."]
    warned = " ".join(made.report.warnings)
    assert "no paragraph styled Title" in warned and "'Working title v2'" in warned
    assert "'A. N. Other' as the file's author" in warned
    assert "created 2025-04-01 00:00" in warned
    assert "---" not in made.edition.split("id: t")[0].split("\n", 1)[1]  # (no rule listed)


def test_a_date_field_not_locked_is_read_with_a_warning_and_its_instruction_never() -> None:
    date = r'{\field{\*\fldinst  DATE \\@ "d MMMM yyyy" }{\fldrslt 2 May 2025}}\par'
    meta, blocks, made = read(
        rtf(styled(15, "Dig the Drains"), plain("Ann Lee"), r"\pard " + date, plain(PROSE))
    )
    assert meta["date"] == "2025-05-02" and blocks == [PROSE]
    assert "is a DATE field that is not locked" in " ".join(made.report.warnings)
    locked = date.replace(r"{\field", r"{\field\fldlock")
    _, _, made = read(
        rtf(styled(15, "Dig the Drains"), plain("Ann Lee"), r"\pard " + locked, plain(PROSE))
    )
    assert not made.report.warnings


def test_a_field_s_result_is_its_text_and_its_instruction_is_not() -> None:
    link = (
        r'{\field{\*\fldinst {HYPERLINK "https://example.org/x"}}'
        r"{\fldrslt {the council\rquote s map}}}"
    )
    _, blocks, _ = read(rtf(*FRONT, plain(f"See {link} for the plots.")))
    assert blocks == ["See the council’s map for the plots."]


def test_headings_by_outline_level_by_word_s_style_name_and_by_the_style_based_on() -> None:
    _, blocks, _ = read(
        rtf(
            *FRONT,
            styled(1, "The drains"),
            plain(PROSE),
            styled(2, "East side"),
            styled(3, "West side"),  # (`heading 3`, no level of its own: its name's)
            r"\pard\plain\outlinelevel0 A heading set by hand\par",
            r"\pard\plain\s2\outlinelevel9 Body text in a heading's style, a sentence.\par",
        )
    )
    assert blocks == [
        "## The drains",
        PROSE,
        "### East side",
        "### West side",
        "## A heading set by hand",
        "Body text in a heading's style, a sentence.",
    ]


def test_the_outline_list_s_number_is_no_word_of_the_heading() -> None:
    heading = r"\pard\plain\s1{\listtext\pard\plain 1.\tab}\ls1 The drains\par"
    _, blocks, _ = read(rtf(*FRONT, heading, plain(PROSE)))
    assert blocks == ["## The drains", PROSE]


def test_notes_written_inside_their_paragraphs_as_writer_and_word_write_them() -> None:
    writer = r"{\super\chftn{\*\footnote\chftn\pard\plain\s28{\tab Minutes of March.}}}"
    word = (
        r"{\super\chftn}{\footnote\pard\plain{\super\chftn} The council\rquote s survey.\par"
        r" Its page 4.}"
    )
    _, blocks, made = read(
        rtf(*FRONT, plain("Every plot floods." + writer + " The drains fail." + word))
    )
    assert blocks == [
        "Every plot floods.[^1] The drains fail.[^2]",
        "[^1]: Minutes of March.",
        "[^2]: The council’s survey. Its page 4.",
    ]
    assert "2 notes from inside their paragraphs" in " ".join(made.report.shapes)


def test_a_document_with_no_notes_has_none() -> None:
    _, blocks, made = read(rtf(*FRONT, plain(PROSE)))
    assert not any(block.startswith("[^") for block in blocks)
    assert "notes from inside" not in " ".join(made.report.shapes)


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        (r"caf\'e9", "café"),  # a byte of the code page (1252)
        (r"\uc1\u8217\'92", "’"),  # a character and its fallback, skipped
        (r"\uc0\u8212 x", "—x"),  # no fallback: the space is the word's delimiter
        (r"\u-3913?", "\uf0b7"),  # a negative number: 65536 less
        (r"\uc1\u-10179?\u-8704?", "😀"),  # two halves of a surrogate pair, one character
        (r"{\f1\'cf\'f0\'e8}", "При"),  # a font of another character set (\fcharset204)
        (r"\emdash\endash\lquote\rquote\ldblquote\rdblquote\bullet{}", "—–‘’“”•"),
        (r"\bullet here", "•here"),  # (the space after a word is its delimiter)
        (r"a\~b", "a b"),  # (a no-break space, a space as any text's)
        (r"co\-operate", "cooperate"),  # an optional hyphen shows none
        (r"\\ \{ \}", "\\ { }"),
    ],
)
def test_the_characters_of_the_text(written: str, read_as: str) -> None:
    made = ingest_text(rtf(*FRONT, plain(f"It says {written} here, and more words.")), "t", "t.rtf")
    assert f"It says {read_as} here" in made.markdown.replace("\\\\", "\\").replace("\\{", "{")


def test_the_default_font_s_character_set_reads_the_words_set_in_no_font() -> None:
    raw = rtf(*FRONT, plain(r"\'cf\'f0\'e8\'e2\'e5\'f2 {\f0 caf\'e9}.")).replace(
        r"\deff0", r"\deff1"
    )
    _, blocks, _ = read(raw)
    assert blocks == ["Привет café."]


def test_a_code_page_of_its_own_and_bytes_written_raw(tmp_path: Path) -> None:
    raw = rtf(*FRONT, plain(r"Za\'bf\'f3\'b3\'e6 g\'ea\'9cl\'b9 ja\'9f\'f1.")).replace(
        r"\ansicpg1252", r"\ansicpg1250"
    )
    _, blocks, _ = read(raw)
    assert blocks == ["Zażółć gęślą jaźń."]
    path = tmp_path / "raw.rtf"
    path.write_bytes(rtf(*FRONT, plain("Caf\xe9 au lait.")).encode("latin-1"))  # (8-bit, raw)
    _, blocks = edition_parts(ingest_file(path, "t").edition)
    assert blocks == ["Café au lait."]


def test_comments_deletions_and_hidden_text_left_out_and_listed_insertions_read() -> None:
    revisions = r"{\*\revtbl {Unknown;}{Bo Ma;}}"
    text = (
        r"Every plot floods.{\*\atnid BM}{\*\atnauthor Bo Ma}\chatn{\*\annotation{\*\atndate 1}"
        r"\pard\plain Which plots?} {\deleted\revauthdel1 The pumps are old. }"
        r"{\revised\revauth1 The drains fail.}{\v  secret words}"
    )
    made = ingest_text(rtf(*FRONT, plain(text), head=STYLES + revisions), "t", "t.rtf")
    _, blocks = edition_parts(made.edition)
    assert blocks == ["Every plot floods. The drains fail."]
    assert removed_at(made, COMMENT) == [(5, "Bo Ma: Which plots?")]
    assert removed_at(made, DELETED) == [(5, "Bo Ma: The pumps are old.")]
    assert removed_at(made, HIDDEN) == [(5, "secret words")]
    assert "still tracks changes (by Bo Ma)" in " ".join(made.report.warnings)


def test_headers_and_footers_are_listed_once_each() -> None:
    header = (
        r"{\header\pard\plain Allotment News \endash  Spring\par}"
        r"{\footerl\pard\plain Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}"
    )
    made = ingest_text(rtf(header, header, *FRONT, plain(PROSE)), "t", "t.rtf")
    assert removed_at(made, HEADER) == [(2, "Allotment News – Spring"), (2, "Page 1")]
    assert "Allotment News" not in made.markdown and "Page 1" not in made.markdown


def row(*cells: str) -> str:
    return (
        r"\trowd\cellx2000\cellx4000"
        + "".join(rf"\pard\intbl {cell}\cell" for cell in cells)
        + r"\row"
    )


def test_a_table_with_its_caption_is_an_exhibit_and_one_without_is_a_list_of_its_rows() -> None:
    table = [row("Year", "Width"), row("2015", "0.9 m"), row("2023", "1.7 m")]
    captioned = rtf(
        *FRONT, plain(PROSE), *table, styled(22, "Table 1: Path widths."), plain("After.")
    )
    made = ingest_text(captioned, "t", "t.rtf")
    assert edition_parts(made.edition)[1] == [PROSE, "After."]
    assert [words for _, words in removed_at(made, TABLE)] == [
        "Year · Width; 2015 · 0.9 m; 2023 · 1.7 m",
        "Table 1: Path widths.",
    ]
    # a caption typed over the table in no caption's style, by its words
    over = rtf(*FRONT, plain(PROSE), plain("Table 2. Path widths."), *table, plain("After."))
    assert edition_parts(ingest_text(over, "t", "t.rtf").edition)[1] == [PROSE, "After."]
    bare = rtf(*FRONT, plain(PROSE), *table, plain("After."))
    assert edition_parts(ingest_text(bare, "t", "t.rtf").edition)[1] == [
        PROSE,
        "- Year · Width\n- 2015 · 0.9 m\n- 2023 · 1.7 m",
        "After.",
    ]


def test_a_caption_in_a_style_based_on_caption_is_left_out() -> None:
    made = ingest_text(
        rtf(*FRONT, plain(PROSE), styled(23, "Figure 1: The east side.")), "t", "t.rtf"
    )
    assert edition_parts(made.edition)[1] == [PROSE]
    assert removed_at(made, CAPTION) == [(6, "Figure 1: The east side.")]


def test_pictures_and_a_table_of_contents_left_out_and_listed() -> None:
    picture = r"{\*\shppict{\pict\pngblip 89504e47}}{\nonshppict{\pict\wmetafile8 0100}}"
    contents = r'{\field{\*\fldinst TOC \\o "1-3"}{\fldrslt The drains\tab 1\par East side\tab 2}}'
    made = ingest_text(
        rtf(*FRONT, r"\pard " + contents + r"\par", plain(picture + PROSE)), "t", "t.rtf"
    )
    assert edition_parts(made.edition)[1] == [PROSE]
    assert removed_at(made, PICTURE) == [(6, "(a picture)")]
    assert removed_at(made, LISTING.format(what="a table of contents")) == [
        (5, "The drains 1 East side 2")
    ]


def test_list_items_line_breaks_and_empty_paragraphs() -> None:
    items = [
        r"{\listtext 1.\tab}\pard\plain\ls2 Dig the drains\par",
        r"{\listtext 2.\tab}\pard\plain\ls2 Fund the pumps\par",
        plain("And then, once the drains are dug, these:"),
        r"{\listtext \'b7\tab}\pard\plain\ls3 A bullet\par",
        r"{\listtext \'b7\tab}\pard\plain\ls3 Another\par",
    ]
    raw = rtf(*FRONT, plain(PROSE + r"\line Signed, the committee."), plain(""), *items)
    _, blocks, _ = read(raw)
    assert blocks == [
        PROSE + " Signed, the committee.",
        "1. Dig the drains\n2. Fund the pumps",
        "And then, once the drains are dug, these:",
        "- A bullet\n- Another",
    ]


def test_textedit_s_rtf_its_lines_ended_by_a_backslash() -> None:
    raw = (
        "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
        "{\\colortbl;\\red255\\green255\\blue255;}\n{\\*\\expandedcolortbl;;}\n"
        "\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n"
        "\\f0\\fs24 \\cf0 Why the Drains Matter\\\n"
        "Ann Lee\\\n2 May 2025\\\n\\\n" + PROSE + "\\\nIt\\'92s the town\\uc0\\u8217 s.}"
    )
    meta, blocks, _ = read(raw)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Why the Drains Matter",
        "Ann Lee",
        "2025-05-02",
    )
    assert blocks == [PROSE, "It’s the town’s."]


HOSTILE = (
    "<script>alert(1)</script> [x](javascript:alert(1)) [y](javascript:y) \\{: onclick=alert(1)\\}"
)


def test_hostile_values_come_out_as_text(tmp_path: Path) -> None:
    raw = rtf(
        styled(15, f"Title {HOSTILE}"),
        plain("Ann Lee"),
        styled(1, f"Heading {HOSTILE}"),
        plain(f"Text {HOSTILE}." + r"{\super\chftn}{\footnote\pard\plain Note " + HOSTILE + "}"),
        info=r"{\info{\author <img src=x onerror=alert(1)>}}",
    )
    made = ingest_text(raw, "t", "t.rtf")
    meta, blocks = edition_parts(made.edition)
    said = (
        "<script>alert(1)</script> [x](javascript:alert(1)) [y](javascript:y) {: onclick=alert(1)}"
    )
    assert meta["title"] == f"Title {said}"
    escaped = (
        "\\<script>alert(1)\\</script> \\[x](javascript:alert(1)) \\[y](javascript:y) "
        "{: onclick=alert(1)}"
    )
    assert blocks == [f"## Heading {escaped}", f"Text {escaped}.[^1]", f"[^1]: Note {escaped}"]
    path = tmp_path / "t.md"
    path.write_text(made.edition, encoding="utf-8")
    essay, problems = load_essay(path)
    assert problems == []
    assert said in essay.paragraphs[0].text
    fragments = [p.html for p in essay.paragraphs] + [s.html for s in essay.sections]
    for fragment in fragments + [note.html for note in essay.footnotes.values()]:
        soup = BeautifulSoup(fragment, "html.parser")
        assert not soup.select("script, img, [onclick], [onerror], a[href^=javascript]"), fragment
    # the file's author, a property, listed as its words and offered as words, never read
    assert "author: <img src=x onerror=alert(1)>" in made.edition
    assert meta["author"] == "Ann Lee"


@pytest.mark.parametrize(
    ("raw", "refusal"),
    [
        (
            r"{\rtf1\ansi Text.\par",
            r"t\.rtf:1: an RTF document cut short: 1 of its groups still open",
        ),
        (
            "{\\rtf1\\ansi Text.\\par}}\n",
            r"t\.rtf:1: .*braces do not match: a group closes that never",
        ),
        ("{\\rtf1\\ansi Text.\\par}\n{more}", r"t\.rtf:2: .*words after its group closes"),
        ("{\\rtf1\\ansi Text.\\par}\nmore", r"t\.rtf:2: .*words after its group closes"),
        (
            r"{\rtf1\ansi\fbidis\ansicpg1252\deff0\fromhtml1 {\*\htmltag <p>}Text.}",
            r"t\.rtf:1: an RTF document that wraps an e-mail's HTML \(Outlook's \\fromhtml\)",
        ),
        (
            r"{\rtf1\ansi{\header Head\par}{\*\annotation A comment.}\par\par}",
            r"t\.rtf:1: an RTF document with no text in its body",
        ),
    ],
)
def test_an_unreadable_rtf_is_refused_with_what_to_do(raw: str, refusal: str) -> None:
    with pytest.raises(SynopticError, match=refusal):
        ingest_text(raw, "t", "t.rtf")


def test_a_text_that_only_mentions_rtf_is_read_as_text() -> None:
    made = ingest_text(
        "A Note on Formats\n\nWe saved it as {\\rtf1 text, and more words.\n", "t", "t.txt"
    )
    assert "rtf1" in made.markdown


# RTF's own tokens, and words, in any order: a file a program wrote wrong, or cut anywhere.
TOKENS = [
    "{", "}", "\\par ", "\\pard", "\\plain", "\\s1 ", "\\s15 ", "\\line ", "\\cell ", "\\row ",
    "\\trowd", "\\intbl ", "\\u8217", "\\uc0", "\\uc2", "\\'e9", "\\'9", "\\*", "\\footnote ",
    "\\chftn", "\\field", "\\fldinst ", "\\fldrslt ", "\\deleted ", "\\v ", "\\annotation ",
    "\\header ", "\\info ", "\\title ", "\\bin3 ", "\\ls1 ", "\\listtext ", "\\outlinelevel0 ",
    "\\\\", "\\{", "\\", "\n", "word ", "Ann Lee ", "2 May 2025 ", "<script> ",
    "[x](javascript:y) ", "\\pntext ", "\\pn ", "\\pnlvlblt ", "\\shp ", "\\shpgrp ",
    "\\shpinst ", "\\shptxt ", "\\shprslt ", "\\do ", "\\'1b",
]  # fmt: skip


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_any_rtf_is_read_or_refused_never_a_traceback(tokens: list[str]) -> None:
    raw = r"{\rtf1\ansi " + "".join(tokens) + "}"
    try:
        ingest_text(raw, "t", "t.rtf")
    except SynopticError as error:
        assert str(error.path).startswith("t.rtf")  # (the file, and what of it was read)


def test_pandoc_s_rtf_reads_as_the_edition() -> None:
    # Another program's RTF (tests/data/ingest/pandoc/README.md): no styles, the title a centred
    # bold paragraph, `{\super\chftn}` calls, curly apostrophes; the document prints no Notes
    # heading, so the edition gains none.
    made = ingest_file(DATA / "ingest" / "pandoc" / "wa.rtf", "wa")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts(
        (DATA / "collection_ww" / "essays" / "wa.md").read_text("utf-8")
    )
    keys = ("title", "author", "date")
    assert [meta[key] for key in keys] == [want_meta[key] for key in keys]
    assert [straight(block) for block in blocks] == [b for b in want if b != "## Notes"]


# --- review 43's findings (docs/editions.md, "An RTF document") ---------------------------------


@pytest.mark.parametrize(
    ("written", "line", "code"),
    [
        (r"a bell\'07 rings", 6, "0007"),  # a byte of the code page
        (r"an escape\u27 [1m here", 6, "001B"),  # a character
        (r"\uc0\u127 x", 6, "007F"),  # DEL
    ],
)
def test_a_control_character_the_text_holds_is_refused_at_its_line(
    written: str, line: int, code: str
) -> None:
    raw = rtf(*FRONT, plain(PROSE), plain(f"Then {written}, and more words."))
    with pytest.raises(
        SynopticError, match=rf"t\.rtf:{line}: .*control character U\+{code}.*delete"
    ):
        ingest_text(raw, "t", "t.rtf")


def test_a_control_character_in_the_file_s_properties_or_a_header_is_refused_too() -> None:
    info = r"{\info{\title Evil\'1b[31m red}}"
    with pytest.raises(SynopticError, match=r"t\.rtf:1: .*control character U\+001B"):
        ingest_text(rtf(*FRONT, plain(PROSE), info=info), "t", "t.rtf")
    header = r"{\header Head\'1b[2J er\par}"
    with pytest.raises(SynopticError, match=r"t\.rtf:2: .*control character U\+001B"):
        ingest_text(rtf(header, *FRONT, plain(PROSE)), "t", "t.rtf")


def test_control_characters_typed_raw_in_the_file_are_no_text() -> None:
    # (RTF is 7-bit text: a raw control byte, DEL too, is none of the document's characters)
    _, blocks, _ = read(rtf(*FRONT, plain("Every plot\x7f floods\x00 in a wet\x1b February.")))
    assert blocks == ["Every plot floods in a wet February."]


WORDPAD_LIST = (
    r"\pard{\pntext\f0\'B7\tab}{\*\pn\pnlvlblt\pnf0\pnindent0{\pntxtb\'B7}}\fi-360\li720 "
    r"First item of the list\par",
    r"{\pntext\f0\'B7\tab}Second item of the list\par",
    r"\pard\sa200 Closing paragraph of the essay.\par",
)


def test_wordpad_s_list_its_items_marked_by_paragraph_numbering_is_a_list() -> None:
    _, blocks, _ = read(rtf(*FRONT, plain(PROSE), *WORDPAD_LIST))
    assert blocks == [
        PROSE,
        "- First item of the list\n- Second item of the list",
        "Closing paragraph of the essay.",
    ]
    numbered = (
        r"\pard{\pntext\f0 1.\tab}{\*\pn\pnlvlbody\pnf0\pnindent0\pnstart1\pndec{\pntxta.}}"
        r"\fi-360\li720 Dig the drains\par",
        r"{\pntext\f0 2.\tab}Fund the pumps\par",
    )
    _, blocks, _ = read(rtf(*FRONT, plain(PROSE), *numbered))
    assert blocks == [PROSE, "1. Dig the drains\n2. Fund the pumps"]


def test_word_s_silent_numbering_between_two_lists_is_no_list() -> None:
    # (Word 97 writes `\pnlvlcont` on the paragraphs between two parts of one list: their
    # numbering goes on unseen, they are no items)
    between = r"\pard{\*\pn \pnlvlcont\ilvl0\ls0\pnrnot0\pndec } A paragraph between the lists.\par"
    _, blocks, _ = read(rtf(*FRONT, plain(PROSE), between))
    assert blocks == [PROSE, "A paragraph between the lists."]


SIDEBAR = (
    r"{\shp{\*\shpinst\shpleft0\shptop0\shpright2000\shpbottom1000{\sp{\sn shapeType}{\sv 202}}"
    r"{\shptxt \pard\plain A sidebar the writer typed: poles cost forty pounds.\par}}"
    r"{\shprslt{\*\do\dobxcolumn{\*\dptxbxtext\pard\plain A sidebar the writer typed: poles "
    r"cost forty pounds.\par}}}}"
)


def test_a_text_box_s_words_are_listed_once_and_its_shape_s_settings_never_read() -> None:
    made = ingest_text(
        rtf(*FRONT, plain(PROSE), plain(SIDEBAR + "Second paragraph.")), "t", "t.rtf"
    )
    _, blocks = edition_parts(made.edition)
    assert blocks == [PROSE, "Second paragraph."]
    assert removed_at(made, TEXT_BOX) == [
        (6, "A sidebar the writer typed: poles cost forty pounds.")
    ]
    assert removed_at(made, PICTURE) == []  # (the drawing is its words, listed)
    assert "shapeType" not in made.edition  # (the shape's settings)


def test_word_95_s_text_box_and_a_group_of_shapes_list_their_words() -> None:
    word95 = r"{\*\do\dobxpage\dobypage{\dptxbx{\dptxbxtext\pard\plain Pull quote.\par}}}"
    grouped = (
        r"{\shpgrp{\*\shpinst{\sp{\sn groupLeft}{\sv 0}}{\shp{\*\shpinst{\sp{\sn fFilled}"
        r"{\sv 1}}{\shptxt Boxed words\par}}}}}"
    )
    made = ingest_text(
        rtf(*FRONT, plain(PROSE), plain(word95 + grouped + "Second paragraph.")), "t", "t.rtf"
    )
    assert edition_parts(made.edition)[1] == [PROSE, "Second paragraph."]
    assert removed_at(made, TEXT_BOX) == [(6, "Boxed words"), (6, "Pull quote.")]


def test_a_drawing_with_no_words_is_listed_as_a_drawing() -> None:
    arrow = r"{\shp{\*\shpinst{\sp{\sn shapeType}{\sv 20}}}{\shprslt{\*\do\dobxcolumn\dpline}}}"
    made = ingest_text(rtf(*FRONT, plain(PROSE), plain(arrow + "After.")), "t", "t.rtf")
    assert edition_parts(made.edition)[1] == [PROSE, "After."]
    assert removed_at(made, PICTURE) == [(6, "(a drawing)")]
    assert removed_at(made, TEXT_BOX) == []


def test_groups_nested_past_any_word_processor_s_are_refused_at_their_line() -> None:
    raw = rtf(*FRONT, "{" * 150 + "\n" + plain(PROSE) + "}" * 150)
    with pytest.raises(SynopticError, match=r"t\.rtf:5: .*groups nest more than 100 deep"):
        ingest_text(raw, "t", "t.rtf")
    _, blocks, _ = read(rtf(*FRONT, "{" * 90 + plain(PROSE) * 3 + "}" * 90))
    assert blocks == [PROSE] * 3


def test_deleted_and_hidden_words_beyond_the_bmp_are_listed_as_one_character() -> None:
    revisions = r"{\*\revtbl {Unknown;}{Ann Lee;}}"
    text = r"Every plot floods.{\deleted\revauthdel1 Deleted \u-10179?\u-8704? smile.}"
    hidden = r"{\v hidden \u-10179?\u-8704? text}Second paragraph."
    made = ingest_text(
        rtf(*FRONT, plain(text), plain(hidden), head=STYLES + revisions), "t", "t.rtf"
    )
    assert removed_at(made, DELETED) == [(5, "Ann Lee: Deleted 😀 smile.")]
    assert removed_at(made, HIDDEN) == [(6, "hidden 😀 text")]


def test_a_long_paragraph_opening_table_under_a_table_is_the_text_s() -> None:
    # (as a PDF's exhibits are read: a caption holds 60 words at most; a paragraph arguing
    # from the table stays)
    table = [row("Year", "Width"), row("2015", "0.9 m")]
    argues = "Table 2. " + " ".join(["The paths widened every year, as the counts show."] * 7)
    made = ingest_text(rtf(*FRONT, plain(PROSE), *table, plain(argues)), "t", "t.rtf")
    assert edition_parts(made.edition)[1] == [PROSE, "- Year · Width\n- 2015 · 0.9 m", argues]
    assert removed_at(made, TABLE) == []
    short = "Table 2. The paths widened every year."
    made = ingest_text(rtf(*FRONT, plain(PROSE), *table, plain(short)), "t", "t.rtf")
    assert edition_parts(made.edition)[1] == [PROSE]
