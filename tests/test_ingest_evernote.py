"""A note exported from Evernote (ENEX), read by evernote.py.

# Collection TT's tb (raw/tb.enex), written blind: Evernote 10's "Export note", an
# `<en-export>` holding one `<note>`: its title, created and updated stamps (10 and 13 March:
# neither the essay's date), two tags, `<note-attributes>` with the author (the only byline),
# and its content as a second XML document (ENML) in CDATA: `<en-note>` with `<div>`
# paragraphs, `<div><br /></div>` for blank lines, two `<h2>` headings and one only bold
# (`<div><b>…</b></div>`, as is "Notes"), an embedded PNG (`<en-media>` and a `<resource>` of
# base64 data), a first line typed by the writer holding the date ("For the Calderwick Practice
# Journal, opinion page. 12 March 2026"), note calls typed as `&nbsp;(1)` (`&nbsp;` declared
# only in ENML's DTD), the notes as an `<ol>` of `<li><div>`, and, after them, the writer's
# message to the editor in italics ("Word count c. 720 … please crop before use").
# First contact (8dac0d1): refused, "an XML file whose root is <en-export>, not a journal
# article in JATS XML … convert it to text, Markdown or HTML first": 0 of 10 paragraphs, 0 of
# 2 notes, no front. Now: 10 of 10 paragraphs, 2 of 2 notes, the front whole (the title, the
# author from note-attributes, the date typed in the first line), 16 blocks of 16.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from synoptic.errors import SynopticError
from synoptic.evernote import evernote_note, is_enex
from synoptic.ingest import ingest_file, ingest_text
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import straight

DATA = ROOT / "tests" / "data"

TT_TB_NOT_THE_ESSAY = (
    "For the",  # the writer's first line (its date read as the date)
    "opinion page",
    "Word count",  # the writer's message to the editor, after the notes
    "please crop",
    "en-media",
    "iVBORw0KGgo",  # the image's data
    "(1)",  # the typed calls, now notes' calls
    "Practice Journal",
    "drafts",
    "desktop.mac",
)


def test_collection_tt_tb_reads_whole() -> None:
    raw = DATA / "collection_tt" / "raw" / "tb.enex"
    made = ingest_file(raw, "tb")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_tt" / "essays" / "tb.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Price List Is Not a Diagnosis",
        "Tomas Reyburn",
        "2026-03-12",  # typed in the first line, not created (10th) nor updated (13th)
    )
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    assert not any(cut in block for block in blocks for cut in TT_TB_NOT_THE_ESSAY)
    # every block, in order: the bold "Who pays for the night" and "Notes" are headings
    assert [straight(block) for block in blocks] == [straight(block) for block in want[1]]
    report = str(made.report)
    assert "a note exported from Evernote (ENEX)" in report
    assert "image/png theatre-list-tuesday.png" in report
    assert "warning: a line after the note's notes left out" in report


def enex(content: str, *, title: str = "A Small Essay", extra: str = "", notes: int = 1) -> str:
    """An ENEX export of `notes` notes (the same content each), as Evernote writes one."""
    note = (
        f"<note><title>{title}</title><created>20250102T101500Z</created>"
        "<updated>20250105T080000Z</updated>"
        "<note-attributes><author>Ada Quill</author></note-attributes>"
        '<content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
        f"<en-note>{content}</en-note>]]></content>{extra}</note>\n"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        '<en-export export-date="20250106T000000Z" application="Evernote">\n'
        + note * notes
        + "</en-export>\n"
    )


BODY = (
    "<div>The hedges along the lane were cut too early this year, before the birds had "
    "finished nesting.</div><div><br /></div>"
    "<div>The council says it follows the contract, and the contract says July.</div>"
)


def _edition(raw: str) -> tuple[dict, list[str], str]:
    made = ingest_text(raw, "ev", "raw/ev.enex")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, str(made.report)


def test_the_title_and_author_are_the_notes_and_the_date_the_day_it_was_created() -> None:
    meta, blocks, report = _edition(enex(BODY))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Small Essay",
        "Ada Quill",
        "2025-01-02",
    )
    assert len(blocks) == 2
    assert "the date is the day the Evernote note was created (2025-01-02)" in report


def test_a_first_line_ending_in_a_date_gives_the_date_and_goes() -> None:
    meta, blocks, report = _edition(
        enex("<div>Draft for the parish newsletter, 4 January 2025</div>" + BODY)
    )
    assert meta["date"] == "2025-01-04"
    assert not any("parish newsletter" in block for block in blocks)
    assert "the writer's line over the text" in report
    # a first line that is a sentence of the text, ending in no date, stays
    meta, blocks, _ = _edition(enex(BODY))
    assert blocks[0].startswith("The hedges")


def test_the_report_names_the_date_as_typed_in_the_first_line() -> None:
    # (review 39's code notes: the report named the last three words, a weekday left out)
    meta, _, report = _edition(
        enex("<div>Draft for the parish newsletter, Saturday 4 January 2025</div>" + BODY)
    )
    assert meta["date"] == "2025-01-04"
    assert "the date typed in its first line (Saturday 4 January 2025)" in report


def test_a_bold_line_alone_is_a_heading_but_a_bold_sentence_is_not() -> None:
    content = (
        "<div><b>Why the lane matters</b></div>" + BODY + "<div><b>The whole verge was cut, "
        "which no one wanted.</b></div><div>And the council did not answer.</div>"
    )
    _, blocks, _ = _edition(enex(content))
    assert "## Why the lane matters" in blocks
    assert not any(block.startswith("## The whole verge") for block in blocks)


TYPED_CALLS = "<div>The contract says July.&nbsp;(1) It was signed in 2019.&nbsp;(2)</div>"
TYPED_NOTES = (
    "<ol><li><div>Verge contract, clause 3.</div></li>"
    "<li><div>Council minutes, March 2019.</div></li></ol>"
)
READ_AS_NOTES = [
    "The contract says July.[^1] It was signed in 2019.[^2]",
    "[^1]: Verge contract, clause 3.",
    "[^2]: Council minutes, March 2019.",
]


def test_typed_calls_and_the_last_list_are_notes_and_what_follows_goes() -> None:
    content = (
        TYPED_CALLS
        + "<div><b>Notes</b></div>"
        + TYPED_NOTES
        + "<div><i>Please cut to 300 words before printing.</i></div>"
    )
    _, blocks, report = _edition(enex(content))
    assert blocks == [READ_AS_NOTES[0], "## Notes", *READ_AS_NOTES[1:]]
    assert not any("Please cut" in block for block in blocks)
    assert "warning: a line after the note's notes left out" in report


def test_typed_numbers_that_do_not_call_the_list_in_order_stay_text() -> None:
    content = (
        "<div>Two steps: (2) trim, then (1) clear.</div>"
        "<ol><li><div>Trim.</div></li><li><div>Clear.</div></li></ol>"
        "<div>After the list, a sentence of the text.</div>"
    )
    _, blocks, _ = _edition(enex(content))
    assert not any("[^" in block for block in blocks)
    assert "After the list, a sentence of the text." in blocks


def test_a_list_mid_note_is_the_essays_its_calls_and_what_follows_kept() -> None:
    # (review 39, finding 6: a list mid-note, under no Notes heading, was read as the notes,
    # the text's own enumeration as their calls, and the paragraphs after it left out as the
    # writer's message to the editor)
    content = (
        "<div>The law asks two things: (1) that prices be shown, and (2) that they be kept."
        "</div><ol><li>Step one.</li><li>Step two.</li></ol>"
        "<div>The essay goes on here after the list with many words.</div>"
        "<div>And a final paragraph of the essay.</div>"
    )
    _, blocks, report = _edition(enex(content))
    assert blocks[0] == (
        "The law asks two things: (1) that prices be shown, and (2) that they be kept."
    )
    assert blocks[1:] == [
        "1. Step one.\n2. Step two.",
        "The essay goes on here after the list with many words.",
        "And a final paragraph of the essay.",
    ]
    assert "a line after the note's notes" not in report


def test_a_list_closing_the_note_under_no_heading_is_its_notes() -> None:
    _, blocks, _ = _edition(enex(TYPED_CALLS + TYPED_NOTES))
    assert blocks == READ_AS_NOTES


def test_embedded_files_are_left_out_and_listed() -> None:
    resource = (
        '<resource><data encoding="base64">iVBORw0KGgoAAAA=</data><mime>image/jpeg</mime>'
        "<resource-attributes><file-name>lane.jpg</file-name></resource-attributes></resource>"
    )
    content = BODY + '<div><en-media hash="abc" type="image/jpeg" /></div>'
    _, blocks, report = _edition(enex(content, extra=resource))
    assert not any("iVBOR" in block or "en-media" in block for block in blocks)
    assert "image/jpeg lane.jpg (its data in base64)" in report


def test_encrypted_text_is_left_out_warned_of_and_a_checklist_keeps_its_ticks() -> None:
    # (review 39: an <en-crypt>'s cipher was published as a heading, and a ticked box's tick
    # was lost)
    content = (
        BODY + '<div><en-crypt hint="pin" cipher="AES" length="128">RU5DMHh5QUJDREVG'
        "</en-crypt></div>"
        '<div><en-todo checked="true"/>Ring the practice about the price list, as agreed.</div>'
    )
    _, blocks, report = _edition(enex(content))
    assert not any("RU5DMHh5" in block for block in blocks)
    assert "encrypted text (line" in report and "decrypt it in Evernote" in report
    assert "☑ Ring the practice about the price list, as agreed." in blocks


def test_an_export_of_several_notes_is_refused_naming_them() -> None:
    with pytest.raises(SynopticError, match=r"an Evernote export of 2 notes \('A Small Essay'"):
        _edition(enex(BODY, notes=2))


@pytest.mark.parametrize(
    "where",
    [
        "outer",  # the export's own DOCTYPE
        "inner",  # the content's (ENML's) DOCTYPE
    ],
)
def test_a_declared_entity_is_refused_never_expanded(where: str) -> None:
    raw = enex(BODY + "<div>&boom;</div>")
    bomb = '[<!ENTITY boom "BOOMBOOMBOOM">]'
    if where == "outer":
        raw = raw.replace('evernote-export4.dtd"', 'evernote-export4.dtd" ' + bomb)
    else:
        raw = raw.replace('enml2.dtd"', 'enml2.dtd" ' + bomb)
    with pytest.raises(SynopticError, match="declares an entity, `boom`"):
        _edition(raw)


def test_broken_xml_is_refused_with_its_line_not_a_traceback() -> None:
    raw = enex(BODY).replace("</note>", "")
    with pytest.raises(SynopticError, match="not well-formed XML"):
        _edition(raw)


def test_other_xml_is_still_refused_and_near_misses_are_no_export() -> None:
    with pytest.raises(SynopticError, match="root is <rss>"):
        ingest_text('<?xml version="1.0"?>\n<rss><channel/></rss>\n', "ev", "raw/ev.xml")
    # a text that names the export without being one (no XML declaration) is no export
    assert not is_enex("<en-export><note/></en-export>")
    assert evernote_note("An essay about <en-export> files.\n", "raw/ev.txt") is None
