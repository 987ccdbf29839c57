"""A Blogger blog exported by Google Takeout (`feed.atom`), read as its one live post
(bloggertakeout.py).

The shape (collection VV's va, raw/va.atom, written blind in Takeout's shape): an Atom feed
(`<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/
2018'>`, attributes in single quotes), the blog's id and title (its name, not the essay's),
then five entries: a draft (`blogger:type` POST, `blogger:status` DRAFT, its title escaped
twice, `&amp;#39;`), the live post, an About page (PAGE), a reader's comment and the author's
reply (COMMENT, `blogger:parent` the post's id). The post's `<title>`, `<author><name>`,
`<published>` (not `blogger:created` nor `<updated>`), a `blogger:metaDescription` (for search
engines), labels; its `<content type='html'>` the HTML escaped once, as Blogger's editor
writes it: `<div>`s with `<span>`s of a font, spacer `<div><br /></div>`s, a "Read more" jump
break, a photo in Blogger's caption table (`table.tr-caption-container`, the caption a
`td.tr-caption`), headings typed as bold lines and one `<h3>`, two paragraphs in one `<div>`
parted only by `<br /><br />`, later paragraphs in `<p>`s, the bio in `<i>`, `Notes` a bold
line, both notes typed in brackets in one `<p>` parted by a `<br />`.

First contact (32cccba): refused ("an XML file whose root is <feed>, not a journal article in
JATS XML … convert it to text, Markdown or HTML first"): 0 of 10 paragraphs, 0 of 2 notes, no
front, 0 of 16 blocks. Now: 10 of 10 paragraphs exact, 2 of 2 notes exact (note 1 keeps the
source's en dash, `12–41`, where the editor typed a hyphen), the front (title, author, date)
right, 16 blocks of 16 in order; the blog's title, the search description, the caption, the
draft, the page and both comments left out and listed, each at its line in the file.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from synoptic.bloggertakeout import BLOG, DESCRIPTION, OTHER_ENTRY, part_paragraphs
from synoptic.errors import SynopticError
from synoptic.htmlpage import FIGURE
from synoptic.ingest import ingest_file, ingest_text
from synoptic.ingest_report import Report
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA, straight

VV_NOT_THE_ESSAY = (
    "Test pits on the Vell terraces",  # the photo's caption
    "Why the Wendmoor journal is right",  # the search description
    "Replies to replies",  # the draft
    "farm diary entry",
    "Comments are moderated",  # the About page
    "Hannah Quill",  # the reader's comment
    "Good piece all the same",
    "look forward to it",  # the author's reply
    "findspots\n",  # a label
    "&nbsp;",
    "&#39;",
    "<",
    "\\[",  # (a typed note's number escaped as no call)
)


def test_collection_vv_va_reads_whole() -> None:
    made = ingest_file(DATA / "collection_vv" / "raw" / "va.atom", "va")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_vv" / "essays" / "va.md").read_text("utf-8"))
    # the entry's title (not the blog's), <author><name>, <published> (not blogger:created's 2
    # March nor <updated>'s 11 March, nor the draft's or the comments' dates)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Show Your Coordinates: The Case for Exact Findspots in Site Reports",
        "Ines Marlow",
        "2026-03-09",
    )
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    # (the source's en dash in note 1's pages, `12–41`, the editor's clean text a hyphen)
    assert [straight(block).replace("12–41", "12-41") for block in blocks] == [
        straight(block) for block in want[1]
    ]
    body = "\n".join(blocks) + "\n"
    assert not any(cut in body for cut in VV_NOT_THE_ESSAY)
    rules: dict[str, int] = {}
    for removed in made.report.removed:
        rules.setdefault(removed.rule, removed.line)  # (each rule's first line)
    assert rules[BLOG] == 4 and rules[OTHER_ENTRY] == 5 and rules[DESCRIPTION] == 37
    assert rules[FIGURE] == 36  # (the line the post's <content> is on)
    left = [item.text for item in made.report.removed if item.rule == OTHER_ENTRY]
    assert left[0] == "draft post: Replies to replies: Strayfield's farm diary"
    assert left[1] == "live page: About" and left[2].startswith("live comment: Hannah Quill: ")
    assert any("Blogger blog exported by Google Takeout" in shape for shape in made.report.shapes)
    assert made.report.warnings == ()


ATOM_OPEN = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<feed xmlns='http://www.w3.org/2005/Atom' "
    "xmlns:blogger='http://schemas.google.com/blogger/2018'>\n"
    "<id>tag:blogger.com,1999:blog-1</id>\n<title>Plot Notes</title>\n"
)

PARAGRAPHS = (
    '<div><span style="font-family: georgia;">Every plot on the east side floods in a wet '
    "February.</span></div><div><br /></div>"
    "<div>The committee should fund new drains this year.</div>"
)


def entry(title="Dig the Drains", content=PARAGRAPHS, typed="POST LIVE", more="") -> str:
    """An entry of the feed, its Blogger type and status (`typed`), its content escaped once as
    Takeout writes it."""
    kind, status = typed.split()
    escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    titled = f"<title>{title}</title>\n" if title else ""
    return (
        f"<entry>\n<id>tag:blogger.com,1999:blog-1.post-{abs(hash(title + kind))}</id>\n"
        f"<blogger:type>{kind}</blogger:type>\n<blogger:status>{status}</blogger:status>\n"
        "<author><name>Ann Weller</name><blogger:type>BLOGGER</blogger:type></author>\n"
        f"{titled}<content type='html'>{escaped}</content>\n{more}"
        "<blogger:created>2026-01-20T10:00:00.000Z</blogger:created>\n"
        "<published>2026-02-03T09:00:00Z</published>\n"
        "<updated>2026-02-10T11:00:00.000Z</updated>\n</entry>\n"
    )


def feed(*entries: str, opening: str = ATOM_OPEN) -> str:
    """A small Takeout feed of the entries."""
    return opening + "".join(entries) + "</feed>\n"


def read(raw: str) -> tuple[dict, list[str], Report]:
    """The front, the blocks and the report ingest makes of a small feed."""
    made = ingest_text(raw, "bt", "feed.atom")
    return (*edition_parts(made.edition), made.report)


def test_the_live_post_read_with_its_front_from_the_entry() -> None:
    meta, blocks, report = read(feed(entry(title="The Drains&amp;#39; Cost")))
    # the entry's title unescaped twice, as Takeout escapes it; <published>, not created nor
    # updated
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The Drains' Cost",
        "Ann Weller",
        "2026-02-03",
    )
    assert blocks == [
        "Every plot on the east side floods in a wet February.",
        "The committee should fund new drains this year.",
    ]
    assert [item.text for item in report.removed if item.rule == BLOG] == ["Plot Notes"]


def test_two_line_breaks_part_two_paragraphs_inside_one_div() -> None:
    content = (
        '<div><span style="font-family: georgia;">The drains are old.<br /><br />Nobody '
        "<b>mended</b> them.<br />\n<br />Not once.</span></div>"
    )
    _, blocks, report = read(feed(entry(content=content)))
    assert blocks == ["The drains are old.", "Nobody mended them.", "Not once."]
    assert any("2 blocks parted at line breaks" in shape for shape in report.shapes)


def test_one_line_break_parts_no_paragraph() -> None:
    # (near miss: a single break is a line of a paragraph, as in a poem's quoted lines)
    content = "<div>The drains are old,<br />and nobody mended them.</div>"
    _, blocks, _ = read(feed(entry(content=content)))
    assert len(blocks) == 1 and blocks[0].startswith("The drains are old,")


def test_notes_typed_in_one_paragraph_are_parted_at_their_line_breaks() -> None:
    content = (
        "<p>The drains are old.[1] Nobody mended them.[2]</p>"
        "<p><b>Notes</b></p><p>[1] Laid in 1931.<br />[2] Minutes of 1990, p. 4.</p>"
    )
    _, blocks, report = read(feed(entry(content=content)))
    assert blocks[-2:] == ["[^1]: Laid in 1931.", "[^2]: Minutes of 1990, p. 4."]
    assert blocks[0] == "The drains are old.[^1] Nobody mended them.[^2]"
    assert report.warnings == ()


def test_a_line_break_before_a_bracketed_number_parts_nothing_outside_typed_notes() -> None:
    # (near miss: the block opens with no typed note: a bracket on the next line is its text's)
    content = "<div>See the committee's list:<br />[2] is the plot by the gate.</div>"
    _, blocks, _ = read(feed(entry(content=content)))
    assert len(blocks) == 1


def test_line_breaks_in_a_table_s_cell_part_nothing() -> None:
    soup = BeautifulSoup("<table><tr><td>Plot 4<br /><br />Plot 5</td></tr></table>", "html.parser")
    assert part_paragraphs(soup) == 0 and len(soup.find_all("br")) == 2


def test_the_parted_paragraph_keeps_its_inline_elements() -> None:
    soup = BeautifulSoup(
        '<div class="a"><span class="f">One.<br /><br />Two.</span></div>', "html.parser"
    )
    assert part_paragraphs(soup) == 1
    parted = '<div class="a"><span class="f">{}</span></div>'
    assert str(soup) == parted.format("One.") + parted.format("Two.")


def test_blogger_s_caption_table_is_left_out_as_a_figure() -> None:
    content = (
        PARAGRAPHS + '<table class="tr-caption-container"><tbody><tr><td><a href="a.jpg">'
        '<img src="a.jpg" /></a></td></tr><tr><td class="tr-caption">The east plots in '
        "flood</td></tr></tbody></table><div>Forty pounds a plot.</div>"
    )
    _, blocks, report = read(feed(entry(content=content)))
    assert blocks[-1] == "Forty pounds a plot." and len(blocks) == 3
    assert [item.text for item in report.removed if item.rule == FIGURE] == [
        "The east plots in flood"
    ]


def test_drafts_pages_comments_and_the_description_are_left_out_and_listed() -> None:
    description = "<blogger:metaDescription>Why drains matter.</blogger:metaDescription>\n"
    raw = feed(
        entry(title="Notes for later", typed="POST DRAFT", content="<div>Ask Bo.</div>"),
        entry(more=description),
        entry(title="About", typed="PAGE LIVE", content="<div>We grow leeks.</div>"),
        entry(title="", typed="COMMENT LIVE", content="Quite right.<br /><br />Bo"),
    )
    _, blocks, report = read(raw)
    body = "\n".join(blocks)
    assert not any(cut in body for cut in ("Ask Bo", "leeks", "Quite right", "Why drains"))
    listed = [item.text for item in report.removed if item.rule == OTHER_ENTRY]
    assert listed == [
        "draft post: Notes for later",
        "live page: About",
        "live comment: Ann Weller: Quite right. Bo",
    ]
    assert [item.text for item in report.removed if item.rule == DESCRIPTION] == [
        "Why drains matter."
    ]


def test_a_lone_draft_is_read_with_a_warning() -> None:
    _, blocks, report = read(feed(entry(typed="POST DRAFT")))
    assert len(blocks) == 2
    assert any("not live (its status `DRAFT`" in warning for warning in report.warnings)


def test_several_live_posts_are_refused_naming_them() -> None:
    with pytest.raises(SynopticError, match=r"2 live posts \('One' \(LIVE, line 5\); 'Two'"):
        read(feed(entry(title="One"), entry(title="Two")))


def test_a_feed_of_pages_alone_is_refused() -> None:
    with pytest.raises(SynopticError, match="no post"):
        read(feed(entry(title="About", typed="PAGE LIVE")))


def test_another_atom_feed_is_refused_with_what_to_do() -> None:
    opening = (
        "<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'>\n"
        "<title>A site</title>\n"
    )
    raw = feed(
        "<entry><title>Post</title><content type='html'>Words.</content></entry>\n", opening=opening
    )
    with pytest.raises(
        SynopticError, match="no Blogger blog exported by Google Takeout.*Save Page As"
    ):
        read(raw)


def test_an_rss_feed_is_refused_as_before() -> None:
    # (near miss: an RSS feed that is no WordPress export: jats.py's refusal, unchanged)
    raw = "<?xml version='1.0'?>\n<rss version='2.0'><channel><title>A</title></channel></rss>\n"
    with pytest.raises(SynopticError, match="root is <rss>"):
        read(raw)


def test_a_declared_entity_is_refused() -> None:
    opening = ATOM_OPEN.replace("\n<feed", '\n<!DOCTYPE feed [<!ENTITY a "aaaa">]>\n<feed', 1)
    with pytest.raises(SynopticError, match="Blogger export.*refused: its DOCTYPE declares"):
        read(feed(entry(), opening=opening))


def test_a_feed_that_is_not_well_formed_is_refused_at_its_line() -> None:
    with pytest.raises(SynopticError, match=r"feed\.atom:8: a Blogger export.*not well-formed"):
        read(feed(entry()).replace("</blogger:status>", "</blogger:stat>", 1))


def test_content_nesting_too_deep_is_refused_not_a_traceback() -> None:
    deep = "<span>" * 400 + "Words." + "</span>" * 400
    with pytest.raises(SynopticError, match="nest"):
        read(feed(entry(content=f"<div>{deep}</div>")))


def xhtml_entry(content: str) -> str:
    """A live post whose content is Atom's XHTML (`type='xhtml'`): its elements the post's
    HTML, inside one `<div>` of XHTML's namespace (review 41's b_xhtml.atom)."""
    xhtml = f"<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>{content}</div>"
    return entry(content="").replace("<content type='html'>", xhtml, 1)


def test_xhtml_content_is_read_as_the_post_s_html() -> None:
    post = (
        "<p>Every plot on the east side floods in a wet February.</p>\n"
        "<p class='lead'>The committee should <b>fund</b> new drains &amp; ditches.</p>\n"
        "<p>&lt;script&gt; is what the sign said.</p>"
    )
    meta, blocks, report = read(feed(xhtml_entry(post)))
    assert meta["title"] == "Dig the Drains"
    # read as the same HTML escaped in Blogger's `type='html'` is: its text escaped stays text
    assert blocks == read(feed(entry(content=post)))[1]
    assert blocks[2] == "\\<script> is what the sign said."
    assert "Every plot on the east side" in blocks[0] and "xmlns" not in " ".join(blocks)


def test_a_live_post_with_no_content_is_refused_as_an_empty_post() -> None:
    for content in ("", "<div><br /></div>"):
        with pytest.raises(
            SynopticError,
            match=r"feed\.atom:5: .*post 'Dig the Drains' \(LIVE, "
            r"line 5\) has no text in its <content>",
        ) as refused:
            read(feed(entry(content=content)))
        assert "every line" not in str(refused.value)


def test_an_xhtml_content_with_no_text_is_refused_as_an_empty_post() -> None:
    with pytest.raises(SynopticError, match="has no text in its <content>"):
        read(feed(xhtml_entry("<p> </p>")))
