"""Ingest of an XHTML document opening with an XML declaration: one chapter of an EPUB, its
content document as an editor who unzips the book finds it (xhtmlpage.py).

Collection SS (patients recording their own consultations), written blind, holds in
raw/sc.xhtml Chapter 4 of an edited volume's EPUB 3 as a publisher's conversion tool writes
it: `<?xml version="1.0" encoding="utf-8"?>`, `<!DOCTYPE html>`, `<html>` in XHTML's namespace
with the `epub:` one; a head with the chapter's main title and a stylesheet; `<section
epub:type="chapter">` opening with a page-break marker, a `<header>` holding the chapter's
number (`Chapter 4`), the title split over `<h1>` and `<p epub:type="subtitle">`, and the
authors without `By`; a first paragraph whose first word a drop cap and small caps split
(`<span class="dropcap">H</span><span class="smallcaps">ospitals are under</span>`); two
headings; self-closing page-break markers (`<span epub:type="pagebreak" title="62"/>`) in
the middle of two sentences; note calls `<a epub:type="noteref" href="#fn1">1</a>` in `<sup>`;
the authors' note after an `<hr/>`; the notes as `<aside epub:type="footnote">` in a section
of their own after it, each numbered by its back-link followed by `.&nbsp;`, with no Notes
heading. No date anywhere (it lives in the book's OPF, not given).

On first contact (main at c04013b) it was refused: "an XHTML page whose XML declaration
(`<?xml …?>`) stands before its doctype: remove that line and ingest it again": 0 of 10
paragraphs, 0 of 2 notes, no front, 0 blocks of the 15 wanted. Now it reads as the page it is
(never by an XML parser): 10 of 10 paragraphs, 2 of 2 notes, its title (h1 and subtitle) and
authors read, 14 blocks of 15 (the 15th, the editor's `## Notes`, the raw does not set), the
page-break markers each listed in the report.
"""

from __future__ import annotations

import re
import socket
import time

import pytest

from conftest import ROOT
from synoptic.errors import SynopticError
from synoptic.ingest import ingest_file, ingest_text
from synoptic.sourcefile import read_raw_text
from synoptic.xhtmlpage import CHAPTER_LABEL, PAGE_BREAK, is_xhtml
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import straight

DATA = ROOT / "tests" / "data" / "collection_ss"

# What sc's XHTML holds that is not the essay's: none of it may reach a block.
SC_NOT_THE_ESSAY = (
    "epub:",
    "doc-",
    "Chapter 4",  # the chapter's number, in its header
    "page_6",
    "H ospitals",  # the drop cap parted from its word
    "fnref",
    "stylesheet",
    "&nbsp;",
    "\u00a0See",  # the no-break space after a note's number
    "<",
)


def test_collection_ss_sc_reads_whole() -> None:
    made = ingest_file(DATA / "raw" / "sc.xhtml", "sc")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((DATA / "essays" / "sc.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Recording With Permission: Conditions for a Hospital Policy",  # h1: the subtitle
        "Priya Sandoval and Malcolm Achterberg",
        "unknown",  # (the book's OPF, not given, holds it)
    )
    assert straight(meta["summary"]) == straight(want_meta["summary"])
    # every block, in order: 10 paragraphs, 2 headings, 2 notes (the raw sets no Notes heading)
    assert [straight(block) for block in blocks] == [
        straight(block) for block in want if block != "## Notes"
    ]
    assert not any(cut in block for block in blocks for cut in SC_NOT_THE_ESSAY)
    # (no print page's number inside a sentence: 61, 62 and 63 stand nowhere in the text)
    assert not any(re.search(r"\b6[123]\b", block) for block in blocks)
    report = "\n".join(line for line in made.edition.split("\n") if line.startswith("#"))
    assert f"{PAGE_BREAK}: '61' (line 11); '62' (line 20); '63' (line 26)" in report
    assert "an XHTML document opening with an XML declaration" in report
    assert "2 notes' calls read by their markup" in report


def _chapter(
    body: str,
    head: str = "<title>Keep the Ferry</title>",
    prolog: str = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n',
) -> str:
    """An EPUB's chapter of our own, as a conversion tool writes it, around `body`."""
    return (
        f'{prolog}<html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops">\n'
        f"<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


OPENING = (
    "<p>The ferry has crossed the estuary at the bend since the mill was built, and the town "
    "grew round its slipway.</p>"
)
SECOND = (
    "<p>A bridge would cost the council more than the ferry has cost in a century of running, "
    "and it would take the town's trade to the bypass.</p>"
)


def _read(raw: str, path: str = "t.xhtml") -> tuple[dict, list[str], str]:
    made = ingest_text(raw, "t", path)
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made.edition


def test_an_xhtml_chapter_reads_as_a_page_in_a_file_named_as_one() -> None:
    chapter = _chapter(
        f'<section epub:type="chapter">\n<h1>Keep the Ferry</h1>\n{OPENING}\n{SECOND}\n</section>'
    )
    for path in ("t.xhtml", "t.xht", "t.html", "t.htm", "T.XHTML"):
        meta, blocks, _ = _read(chapter, path)
        assert meta["title"] == "Keep the Ferry"
        assert blocks[0].startswith("The ferry has crossed") and len(blocks) == 2
    # (near misses: in a file named as no page, it is refused as before, with what to do)
    for path in ("t.xml", "t.txt"):
        with pytest.raises(SynopticError, match=r"XHTML page .* name it so, or remove that line"):
            ingest_text(chapter, "t", path)


def test_an_xml_declaration_over_an_html_root_in_no_xhtml_namespace_is_refused_as_before() -> None:
    page = _chapter(OPENING).replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    assert not is_xhtml(page, "t.xhtml")
    with pytest.raises(SynopticError, match=r"XHTML page .* remove that line"):
        ingest_text(page, "t", "t.xhtml")


def test_an_xhtml_1_strict_page_reads_and_its_dtd_is_never_fetched(monkeypatch) -> None:
    reached: list[object] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, where: reached.append(where))
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: reached.append(a))
    prolog = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
        'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    )
    meta, blocks, _ = _read(_chapter(f"<h1>Keep the Ferry</h1>{OPENING}", prolog=prolog))
    assert meta["title"] == "Keep the Ferry" and blocks[0].startswith("The ferry has crossed")
    assert reached == []


def test_an_entity_bomb_in_an_xhtml_page_s_doctype_is_refused_before_anything_is_read() -> None:
    levels = ['<!ENTITY a0 "ferry">'] + [
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    ]
    prolog = '<?xml version="1.0"?>\n<!DOCTYPE html [\n' + "\n".join(levels) + "\n]>\n"
    started = time.perf_counter()
    with pytest.raises(SynopticError, match=r"^t.xhtml:3: .*declares an entity, `a0`"):
        ingest_text(_chapter("<p>The &a9; crossing.</p>", prolog=prolog), "t", "t.xhtml")
    assert time.perf_counter() - started < 1
    # … a byte order mark before the declaration too (the check began at the first character,
    # and a page opening with one was read, its entity left as `&a9`)
    with pytest.raises(SynopticError, match=r"declares an entity, `a0`"):
        ingest_text(_chapter("<p>The &a9; crossing.</p>", prolog="\ufeff" + prolog), "t", "t.xhtml")


def test_an_external_entity_in_an_xhtml_page_is_never_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the ferry's keys are under the mat", "utf-8")
    prolog = f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
    with pytest.raises(SynopticError, match=r"declares an entity, `x`") as refused:
        ingest_text(_chapter("<p>Read: &x;</p>", prolog=prolog), "t", "t.xhtml")
    assert "keys" not in str(refused.value)
    # (a DOCTYPE naming a DTD of its own, declaring nothing: read, the file never opened)
    prolog = f'<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "{secret.as_uri()}">\n'
    _, _, edition = _read(_chapter(f"<h1>Keep the Ferry</h1>{OPENING}", prolog=prolog))
    assert "keys" not in edition and "The ferry has crossed" in edition


def test_a_jats_article_and_an_rss_feed_behind_a_declaration_read_as_before() -> None:
    article = (
        '<?xml version="1.0"?>\n<article dtd-version="1.3"><front><article-meta><title-group>'
        "<article-title>Keep the Ferry</article-title><subtitle>A Case</subtitle></title-group>"
        "</article-meta></front><body><p>The ferry stays.</p></body></article>\n"
    )
    for path in ("t.xml", "t.xhtml"):  # (its root says JATS, whatever the file's name)
        meta, blocks, _ = _read(article, path)
        assert meta["title"] == "Keep the Ferry: A Case" and blocks == ["The ferry stays."]
    feed = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Ferry</title></channel></rss>'
    for path in ("t.xml", "t.html"):
        with pytest.raises(SynopticError, match=r"root is <rss>, not a journal article"):
            ingest_text(feed, "t", path)


def test_a_page_break_marker_goes_with_its_number_and_keeps_what_it_holds() -> None:
    body = (
        "<h1>Keep the Ferry</h1>\n"
        "<p>The ferry has crossed the estuary at the bend since the mill was built, <span "
        'epub:type="pagebreak" id="page_12" title="12"/>and the town grew round its slipway.</p>\n'
        # (its number as its text, as some tools set it; DPUB-ARIA's role alone)
        "<p>A bridge would cost the council more than the ferry has cost in a century, <span "
        'role="doc-pagebreak" id="p13">13</span>and it would take the trade to the bypass.</p>\n'
        # (a marker that holds the rest of the sentence, as an HTML5 parser reads `<span …/>`)
        '<p>The slipway needs mending before the winter, <span epub:type="pagebreak" '
        'title="14">which the fares alone cannot pay for.</span></p>'
    )
    made = ingest_text(_chapter(body), "t", "t.xhtml")
    _, blocks = edition_parts(made.edition)
    assert blocks == [
        "The ferry has crossed the estuary at the bend since the mill was built, and the town "
        "grew round its slipway.",
        "A bridge would cost the council more than the ferry has cost in a century, and it "
        "would take the trade to the bypass.",
        "The slipway needs mending before the winter, which the fares alone cannot pay for.",
    ]
    assert f"{PAGE_BREAK}: '12' (line 9); 'p13' (line 10); '14' (line 11)" in made.edition


def test_a_subtitle_marked_as_one_is_read_into_the_title() -> None:
    header = (
        '<header><h1>Keep the Ferry</h1><p epub:type="subtitle">A Case for the Crossing</p>'
        "</header>"
    )
    assert (
        _read(_chapter(header + OPENING))[0]["title"] == "Keep the Ferry: A Case for the Crossing"
    )
    inside = '<h1>Who Pays? <span role="doc-subtitle">The Ferry\'s Cost</span></h1>'
    assert _read(_chapter(inside + OPENING))[0]["title"] == "Who Pays? The Ferry's Cost"
    # (near miss: a class that says subtitle, no markup's: a standfirst, read as a paragraph)
    classed = '<h1>Keep the Ferry</h1><p class="subtitle">Why the town needs it still.</p>'
    meta, blocks, _ = _read(_chapter(classed + OPENING))
    assert meta["title"] == "Keep the Ferry" and blocks[0] == "Why the town needs it still."


def test_the_head_s_title_stands_where_the_body_has_no_heading() -> None:
    meta, blocks, _ = _read(_chapter(OPENING + SECOND, head="<title>Keep the Ferry</title>"))
    assert meta["title"] == "Keep the Ferry" and len(blocks) == 2


def test_a_drop_cap_s_letter_is_joined_to_its_word() -> None:
    body = (
        '<h1>Keep the Ferry</h1><p class="first"><span class="dropcap">T</span><span '
        'class="smallcaps">he ferry has</span> crossed the estuary at the bend since the mill '
        "was built.</p>"
    )
    assert _read(_chapter(body))[1] == [
        "The ferry has crossed the estuary at the bend since the mill was built."
    ]


NOTED = (
    "<h1>Keep the Ferry</h1>\n"
    '<p>The ferry has crossed the estuary since the mill was built.<a epub:type="noteref" '
    'href="#n-a">1</a> The town grew round its slipway.</p>\n'
    '<p>A bridge would cost the council more.<sup><a role="doc-noteref" href="#n-b">2</a></sup> '
    "It would take the trade away.</p>\n"
)
NOTES = (
    '<aside epub:type="footnote" id="n-a"><p><a href="#r1" role="doc-backlink">1</a>.\u00a0'
    "Harbour minutes, 1911.</p></aside>\n"
    '<aside role="doc-footnote" id="n-b"><p><a href="#r2" epub:type="backlink">2</a>) '
    "Council budget, 2025.</p></aside>"
)
NOTED_BLOCKS = [
    "The ferry has crossed the estuary since the mill was built.[^1] The town grew round its "
    "slipway.",
    "A bridge would cost the council more.[^2] It would take the trade away.",
    "[^1]: Harbour minutes, 1911.",
    "[^2]: Council budget, 2025.",
]


def test_notes_marked_as_footnotes_are_read_with_their_calls() -> None:
    section = f'<section epub:type="footnotes">\n{NOTES}\n</section>'
    for body in (
        f'<section epub:type="chapter">\n{NOTED}{section}\n</section>',
        NOTED + section,
    ):
        assert _read(_chapter(body))[1] == NOTED_BLOCKS


def test_notes_set_after_their_paragraphs_are_gathered_at_the_end() -> None:
    first, second = NOTES.split("\n")
    paragraphs = NOTED.split("\n")
    body = "\n".join([paragraphs[0], paragraphs[1], first, paragraphs[2], second])
    assert _read(_chapter(f'<section epub:type="chapter">{body}</section>'))[1] == NOTED_BLOCKS


def test_endnotes_as_a_list_are_read_numbered_by_their_calls() -> None:
    calls = NOTED.replace("#n-a", "notes.xhtml#en1").replace("#n-b", "notes.xhtml#en2")
    items = (
        '<li id="en1"><p>Harbour minutes, 1911.</p></li>'
        '<li id="en2"><p>Council budget, 2025.</p></li>'
    )
    # (its items typed, or the list's section alone)
    typed = items.replace("<li ", '<li epub:type="endnote" ')
    for notes in (f"<ol>{typed}</ol>", f'<section role="doc-endnotes"><ol>{items}</ol></section>'):
        assert _read(_chapter(calls + notes))[1] == NOTED_BLOCKS


def test_a_call_to_another_file_s_note_is_a_call_and_a_call_with_no_number_is_warned_of() -> None:
    calls = NOTED.replace("#n-a", "notes.xhtml#n1").replace(">2</a>", ">*</a>")
    meta, blocks, edition = _read(_chapter(calls))
    assert blocks[0].endswith("built.[^1] The town grew round its slipway.")
    assert "(note text not in the source)" in blocks[-1]
    assert "# warning: a note's call shows no number, `*` (line 10)" in edition


def test_a_note_with_no_number_is_numbered_by_its_place_and_warned_of() -> None:
    notes = '<aside epub:type="footnote" id="x1"><p>Harbour minutes, 1911.</p></aside>'
    meta, blocks, edition = _read(_chapter(OPENING + notes))
    assert blocks[-1] == "[^1]: Harbour minutes, 1911."
    assert "numbered 1 by its place" in edition


def test_an_xhtml_chapter_in_another_charset_is_read_in_its_declaration_s(tmp_path) -> None:
    chapter = _chapter(
        "<h1>Keep the Ferry</h1><p>The ferry\u2019s crossing stays, as it has since the mill was "
        "built.</p>",
        head='<meta charset="utf-8"/><title>Keep the Ferry</title>',  # (the declaration wins)
        prolog="<?xml version='1.0' encoding='windows-1252'?>\n<!DOCTYPE html>\n",
    )
    path = tmp_path / "ch01.xhtml"
    path.write_bytes(chapter.encode("cp1252"))
    assert read_raw_text(path).declared.encoding == "windows-1252"
    made = ingest_file(path, "t")
    assert "The ferry\u2019s crossing stays" in made.edition
    assert "read as windows-1252, the charset the page declares" in made.edition
    # (near miss: a page with no declaration reads its meta's, as before)
    page = tmp_path / "page.html"
    page.write_bytes(
        b'<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>caf\xe9</p>'
        b"</body></html>"
    )
    assert read_raw_text(page).declared.encoding == "windows-1252"


def test_the_chapter_s_number_over_its_title_is_removed_and_listed() -> None:
    body = (
        '<section epub:type="chapter"><p class="chapter-number">Chapter 4</p>'
        f"<h1>Keep the Ferry</h1>{OPENING}{SECOND}</section>"
    )
    meta, blocks, edition = _read(_chapter(body))
    assert meta["title"] == "Keep the Ferry" and len(blocks) == 2
    assert f"{CHAPTER_LABEL}: 'Chapter 4' (line 8)" in edition
    # (near miss: a paragraph of the text's, not a number, over the title stays)
    kept = body.replace("Chapter 4", "Ferries have run here since 1820.")
    assert _read(_chapter(kept))[1][0] == "Ferries have run here since 1820."


def test_a_chapter_nesting_a_note_s_elements_too_deep_is_refused_at_the_line() -> None:
    # (review 38's probe `x_deepnote.xhtml`: a RecursionError's traceback, before; expat's
    # reading, jats.py, refused it before the XHTML door)
    chain = "<span>" * 2000 + "Harbour minutes." + "</span>" * 2000
    body = f'{NOTED}<aside epub:type="footnote" id="n-a">\n{chain}</aside>'
    with pytest.raises(
        SynopticError, match=r"^ch\.xhtml:12: a page whose elements nest more than 200 deep"
    ):
        ingest_text(_chapter(body), "t", "ch.xhtml")


def test_a_number_linked_in_a_note_s_words_is_its_text_not_its_number() -> None:
    # (review 38's probe `x_notelink7.xhtml`: the note went to number 7, its "7" deleted, and
    # call 3 was left with no text; with "2", a refusal of a note given twice)
    for shown in ("7", "2"):
        notes = (
            '<aside epub:type="footnote" id="n-a"><p>Harbour minutes, 1911.</p></aside>\n'
            f'<aside epub:type="footnote" id="n-b"><p>See chapter <a href="ch07.xhtml#top">'
            f"{shown}</a>, above, for the budget.</p></aside>"
        )
        assert _read(_chapter(NOTED + notes))[1][-2:] == [
            "[^1]: Harbour minutes, 1911.",
            f"[^2]: See chapter {shown}, above, for the budget.",
        ]


def test_a_number_linked_back_to_its_call_is_the_note_s_back_link_where_it_stands() -> None:
    # (no `backlink` in its markup: opening the note, or pointing to the call's id)
    calls = NOTED.replace('href="#n-b"', 'id="r2" href="#n-b"')
    notes = (
        '<aside epub:type="footnote" id="n-a"><p><a href="#r1">1</a>.\u00a0Harbour minutes, '
        "1911.</p></aside>\n"
        '<aside epub:type="footnote" id="n-b"><p>Council budget, 2025. <a href="#r2">2</a></p>'
        "</aside>"
    )
    assert _read(_chapter(calls + notes))[1] == NOTED_BLOCKS


def test_an_empty_xhtml_page_is_refused_as_the_page_it_is() -> None:
    # (review 38's probe `x_empty.xhtml`: refused as XML, asked to name the file as a page and
    # set its namespace, both done)
    empty = '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"/>\n'
    with pytest.raises(SynopticError, match=r"^t\.xhtml:2: an XHTML page .* no <body>") as refused:
        ingest_text(empty, "t", "t.xhtml")
    assert "name it so" not in str(refused.value)


def test_an_instruction_between_the_declaration_and_the_root_is_set_aside() -> None:
    # (a stylesheet's instruction, which the page's start does not skip: refused as XML before)
    prolog = '<?xml version="1.0"?>\n<?xml-stylesheet href="ch.css" type="text/css"?>\n'
    meta, blocks, _ = _read(_chapter(f"<h1>Keep the Ferry</h1>{OPENING}", prolog=prolog))
    assert meta["title"] == "Keep the Ferry" and blocks[0].startswith("The ferry has crossed")


def test_calls_into_another_file_s_notes_are_warned_of_naming_that_file() -> None:
    # (review 38's probe `x_inject.xhtml`: "1 without text" alone, the file not named)
    calls = NOTED.replace("#n-a", "notes.xhtml#n1").replace("#n-b", "notes.xhtml#n2")
    _, blocks, edition = _read(_chapter(calls))
    assert blocks[-2:] == [
        "[^1]: (note text not in the source)",
        "[^2]: (note text not in the source)",
    ]
    assert (
        "# warning: notes' calls point into another file, `notes.xhtml`, whose notes this page "
        "does not hold: 1 (line 9); 2 (line 10); each is a note without text: copy that file's "
        "notes"
    ) in edition
    # (near miss: the notes are on the page after all, under the ids the calls name)
    items = (
        '<ol><li epub:type="endnote" id="n1">Harbour minutes, 1911.</li>'
        '<li epub:type="endnote" id="n2">Council budget, 2025.</li></ol>'
    )
    _, blocks, edition = _read(_chapter(calls + items))
    assert "another file" not in edition and blocks == NOTED_BLOCKS


def test_the_chapter_s_number_opening_a_page_with_no_h1_is_removed_and_listed() -> None:
    # (review 38's probe `x_epub2.xhtml`: an EPUB 2's chapter titled in its head alone, its
    # number read as a heading, `## Chapter 4`)
    body = f'<div class="chapter">\n<p class="chapnum">Chapter 4</p>\n{OPENING}{SECOND}</div>'
    meta, blocks, edition = _read(_chapter(body))
    assert meta["title"] == "Keep the Ferry" and blocks[0].startswith("The ferry has crossed")
    assert len(blocks) == 2 and f"{CHAPTER_LABEL}: 'Chapter 4' (line 9)" in edition
    # … in words too, as a house style sets it (chapterfront's pattern, one for every reader)
    _, blocks, edition = _read(_chapter(body.replace("Chapter 4", "CHAPTER FOUR")))
    assert len(blocks) == 2 and f"{CHAPTER_LABEL}: 'CHAPTER FOUR' (line 9)" in edition
    # (near misses: a first paragraph of the text's, and a number in a block holding more)
    kept = body.replace("Chapter 4", "Ferries have run here since 1820.")
    assert _read(_chapter(kept))[1][0] == "Ferries have run here since 1820."
    _, blocks, edition = _read(_chapter(f"<div>IV <p>{OPENING[3:]}</div>"))
    assert blocks[0].endswith("IV") and CHAPTER_LABEL not in edition
