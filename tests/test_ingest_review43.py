"""Review 43, a red team's findings 5 to 8 on the raw readers (its raw files: collection TT's
and VV's exports with a post's markup added, and small pages).

5. A post's own `<time datetime>` and an element classed `author` (a quotation's `<cite
   class="quote-author">`, a span) replaced the export's author and date (WordPress, Blogger,
   Ghost), and their words went with no report line: "30 April" from its sentence, a
   four-word quotation whole. Now an export's fields are the front of the page its reader
   makes; on any page, an element inside a sentence or a quotation is the text's; the words
   a page's front takes beside its name or date are listed.
6. An `<h2>` opening in lower case read as a paragraph `## iPhone and the future`; a
   heading's closing ` #` went. Now a heading element is a heading, its text whole.
7. An Evernote note's title and author gained spaces round each reference (`AT & T ' s`).
8. Text a page hides was dropped unlisted; now it is listed.
"""

from __future__ import annotations

import json

import pytest

from synoptic.emit import escape_closing_hashes
from synoptic.htmlpage import BYLINE, HIDDEN, html_page
from synoptic.ingest import ingest_text
from synoptic.jats import Node, all_words
from synoptic.layout import markdown_heading
from test_ingest_blogger_takeout import entry, feed
from test_ingest_collection_b import edition_parts
from test_ingest_evernote import enex
from test_ingest_ghost_export import export, post
from test_ingest_jats import _article as jats_article
from test_ingest_jats import _contrib
from test_ingest_jats import _read as read_jats
from test_ingest_new_collections import DATA
from test_ingest_wordpress_export import item, wxr

# --- 5: a post's markup and the export's front ---------------------------------------------

SENTENCE = "The consultation closes on 30 April, and the board meets in May to decide."
QUOTATION = "Precision is not publication."
#: The red team's markup (finding 5): a `<time>` inside a sentence, a quotation's author.
MARKUP = (
    '<p>The consultation closes on <time datetime="2026-04-30">30 April</time>, and the board '
    "meets in May to decide.</p><blockquote><p>Precision is not publication.</p>"
    '<cite class="quote-author">Jane Quoted</cite></blockquote>'
)
#: … and a span classed `author` beside a `<time>` in a short line (Ghost's case).
INTERVIEW = (
    '<p>Interview by <span class="author">Mallory Evil</span> on '
    '<time datetime="1999-12-31">New Year</time></p>'
)
PARAGRAPH = "<p>The committee should fund new drains this year, and ask the council for half.</p>"


def _front_and_text(raw: str, path: str) -> tuple[tuple[str, str], str]:
    meta, blocks = edition_parts(ingest_text(raw, "rt", path).edition)
    return (meta["author"], meta["date"]), "\n".join(blocks)


@pytest.mark.parametrize(
    ("raw", "path", "front"),
    [
        (wxr(item(content=MARKUP + PARAGRAPH)), "site.xml", ("Ann Weller", "2026-02-03")),
        (feed(entry(content=MARKUP + PARAGRAPH)), "feed.atom", ("Ann Weller", "2026-02-03")),
        (
            export([post(html=MARKUP + INTERVIEW + PARAGRAPH)]),
            "site.ghost.json",
            ("Ann Weller and Ben Okoro", "2026-02-03"),
        ),
    ],
    ids=["wordpress", "blogger", "ghost"],
)
def test_an_export_s_fields_are_its_front_and_the_post_s_markup_keeps_its_words(
    raw: str, path: str, front: tuple[str, str]
) -> None:
    read, text = _front_and_text(raw, path)
    assert read == front  # (not Jane Quoted, Mallory Evil, 2026-04-30 nor 1999-12-31)
    assert SENTENCE in text and QUOTATION in text and "Jane Quoted" in text
    if path.endswith(".json"):
        assert "Interview by Mallory Evil on New Year" in text


PUBLISHED_POST = ("post", "published")


def _with_post_markup(path: str, markup: str) -> str:
    """A collection's export (the red team's raw files' bases) with `markup` opening its
    post: as the XML's CDATA (WordPress), its text escaped once (Blogger), or its html."""
    raw = (DATA / path).read_text("utf-8")
    if path.endswith(".xml"):
        start = "<content:encoded><![CDATA["
        return raw.replace(start, start + markup, 1)
    if path.endswith(".atom"):
        escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        start = "<content type='html'>"
        at = raw.index(start, raw.index("<blogger:status>LIVE")) + len(start)  # (the post's)
        return raw[:at] + escaped + raw[at:]
    parsed = json.loads(raw)
    posts = parsed["db"][0]["data"]["posts"]
    published = next(row for row in posts if (row["type"], row["status"]) == PUBLISHED_POST)
    published["html"] = markup + published["html"]
    return json.dumps(parsed, ensure_ascii=False)


@pytest.mark.parametrize(
    ("path", "markup", "front"),
    [
        ("collection_tt/raw/ta.xml", MARKUP, ("Maren Hollis", "2026-03-09")),
        ("collection_vv/raw/va.atom", MARKUP, ("Ines Marlow", "2026-03-09")),
        ("collection_vv/raw/vb.json", INTERVIEW, ("Hannah Quill and Tomasz Reyes", "2026-03-16")),
    ],
    ids=["05-wordpress", "05b-blogger", "05c-ghost"],
)
def test_the_red_team_s_exports_keep_their_front_and_words(
    path: str, markup: str, front: tuple[str, str]
) -> None:
    read, text = _front_and_text(_with_post_markup(path, markup), path)
    assert read == front
    said = [SENTENCE, QUOTATION] if markup == MARKUP else ["Interview by Mallory Evil on New Year"]
    assert all(words in text for words in said)


def _page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head><title>T</title>{head}</head><body><article>{body}"


def test_on_a_page_a_time_in_a_sentence_is_no_date_and_keeps_its_words() -> None:
    page = html_page(_page(f"<h1>Title</h1>{MARKUP}</article></body></html>"))
    assert page is not None
    assert "date" not in page.text.split("\n---\n")[0]
    assert SENTENCE in page.text and QUOTATION in page.text
    assert "author: " not in page.text  # (a quotation's cite names who said it)


def test_on_a_page_a_dateline_is_the_date_and_the_words_taken_with_it_listed() -> None:
    body = (
        '<h1>Title</h1><p>Posted on <time datetime="2024-05-03">3 May 2024</time></p>'
        '<p>By <span class="author">Ann Lee</span></p>' + PARAGRAPH + "</article></body></html>"
    )
    page = html_page(_page(body))
    assert page is not None
    assert 'author: "Ann Lee"' in page.text and 'date: "2024-05-03"' in page.text
    listed = [(words, line) for line, words, why in page.left_out if why == BYLINE]
    assert listed == [("By Ann Lee", 1), ("Posted on 3 May 2024", 1)]
    assert "Posted" not in page.text and "By" not in page.text


def test_a_made_page_s_front_lists_the_name_it_takes_from_over_the_post() -> None:
    # (a made head names the author; the post shows the name alone over its first paragraph:
    # taken, and since the report writes no front line for a made page, listed)
    one = [{"id": "a1", "post_id": "p1", "author_id": "u2", "sort_order": 0}]
    made = export([post(html="<p>Ann Weller</p>" + PARAGRAPH)], authors=one)
    report = ingest_text(made, "rt", "site.ghost.json").report
    assert [item.text for item in report.removed if item.rule == BYLINE] == ["Ann Weller"]


# --- 6: headings ----------------------------------------------------------------------------


def test_a_heading_element_is_a_heading_whatever_its_case_and_keeps_its_closing_hash() -> None:
    body = (
        "<h1>Title words</h1><p>One paragraph of the essay, long enough to be read as prose.</p>"
        "<h2>iPhone and the future</h2><p>Another paragraph of the essay, read as prose.</p>"
        "<h2>de Gaulle and the veto</h2><p>A third paragraph of the essay, read as prose.</p>"
        "<h2>Why we are number #</h2><p>A fourth paragraph of the essay, read as prose.</p>"
        "<p># 1 priority is the sheets.</p></article></body></html>"
    )
    _, blocks = edition_parts(ingest_text(_page(body), "h6", "page.html").edition)
    assert [block for block in blocks if block.startswith("#")] == [
        "## iPhone and the future",
        "## de Gaulle and the veto",
        "## Why we are number \\#",
    ]
    assert "\\# 1 priority is the sheets." in blocks  # (a paragraph's `#` escaped: no heading)


def test_a_jats_section_title_is_a_heading_whatever_its_case() -> None:
    body = (
        "<body><sec><title>mRNA and the number #</title><p>The ferry has crossed at the bend "
        "since the mill was built, and it still does.</p></sec></body>"
    )
    _, blocks, _ = read_jats(jats_article(body=body))
    assert blocks[0] == "## mRNA and the number \\#"


def test_a_markdown_source_s_escaped_closing_hash_stays_its_heading_s() -> None:
    heading = "## Why we are number \\#"
    blocks = ["# Title Words", "One paragraph of the essay, read as prose.[^1]", heading]
    blocks += ["Another paragraph of the essay, read as prose.", "[^1]: A note."]
    made = ingest_text("\n\n".join(blocks) + "\n", "m6", "essay.md")
    assert heading in edition_parts(made.edition)[1]


def test_an_escaped_closing_hash_is_the_heading_s_own() -> None:
    assert markdown_heading("## Why we are number \\#") == (2, "Why we are number #")
    assert markdown_heading("## Costs ##") == (2, "Costs")
    assert markdown_heading("## iPhone and the future") is None  # (a plain text's `#` line)
    assert markdown_heading("## iPhone and the future", made=True) == (2, "iPhone and the future")
    assert escape_closing_hashes("Why we are number ##") == "Why we are number \\##"


# --- 7: text chunks that touch ---------------------------------------------------------------


def test_text_chunks_that_touch_stay_touching_and_elements_stay_apart() -> None:
    name = Node(
        "name",
        {},
        1,
        [Node("given-names", {}, 1, ["Ann"]), Node("surname", {}, 1, ["O", "'", "Lee"])],
    )
    assert all_words(Node("title", {}, 1, ["AT", "&", "T", "'", "s"])) == "AT&T's"
    assert all_words(name) == "Ann O'Lee"


def test_a_jats_author_s_name_reads_as_written() -> None:
    authors = f"<contrib-group>{_contrib('O&apos;Lee', 'Ann')}</contrib-group>"
    meta, _, _ = read_jats(jats_article(authors=authors))
    assert meta["author"] == "Ann O'Lee"


def test_an_evernote_note_s_title_and_author_read_as_written() -> None:
    raw = enex(
        "<div>The hedges along the lane were cut too early this year, before the birds.</div>",
        title="AT&amp;T&#39;s Price List &lt;Draft&gt;",
    ).replace("Ada Quill", "Tomas O&apos;Reyburn")
    meta = edition_parts(ingest_text(raw, "ev", "note.enex").edition)[0]
    assert meta["title"] == "AT&T's Price List <Draft>"  # (was `AT & T ' s Price List < Draft >`)
    assert meta["author"] == "Tomas O'Reyburn"


# --- 8: what a page hides ---------------------------------------------------------------------


def test_what_a_page_hides_is_left_out_and_listed_with_its_line() -> None:
    body = (
        '<h1>Title</h1>\n<p>Shown words <span style="display: none">zqhidden</span> '
        "<span hidden>zqhiddentwo</span> after.</p>\n"
        '<div hidden><p>A hidden block.</p><script>var x = "no words";</script></div>\n'
        + PARAGRAPH
        + "</article></body></html>"
    )
    made = ingest_text(_page(body), "h8", "page.html")
    hidden = [(item.text, item.line) for item in made.report.removed if item.rule == HIDDEN]
    assert hidden == [("zqhidden", 2), ("zqhiddentwo", 2), ("A hidden block.", 3)]
    assert "zqhidden" not in made.edition.split("\n---\n", 1)[1]
    assert "Shown words after." in made.edition
