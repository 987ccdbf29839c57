"""A magazine's article page saved by SingleFile (the browser extension, or single-file-cli):
one HTML file, read as any page saved as HTML (htmlpage.py, postparts.py, pagetags.py), the
comment SingleFile writes after the `<html>` tag quoted in the report (singlefile.py).

The shape (collection VV's vc, raw/vc.html, saved by the real single-file-cli 2.0.83 through
Chromium): `<!-- Page saved with SingleFile url: … saved date: Sat Dec 05 2026 … -->` first (the
day the page was saved, not the essay's), every style sheet inlined, images as `data:` URIs,
`<noscript>` kept, the HTML compressed (attributes' quotes and optional end tags dropped: no
`</li>`), schema.org JSON-LD in the head (headline, author, datePublished); in the body a cookie
banner, the site's header and menu, then `<main>`: breadcrumbs, the story's `<article>` (its
`<header>`: a kicker, the `<h1>`, the magazine's standfirst `p.dek`, a byline `By <a
rel=author>…</a> <time>24 March 2026</time> Updated 25 March 2026 6 min read`, share buttons;
the lead figure; the body with a newsletter box and a pull quote repeating the closing sentence
four paragraphs before it; the notes' section; the article's `<footer>`: tags as a bare `<ul>`,
the share buttons again, an author box `<h2>About Elspeth Varga</h2>` and the bio), then a
Related section of three cards, each an `<article>`, and a comments line; the site's footer.

First contact (main at 32cccba): 10 of 10 paragraphs, 2 of 2 notes, the front (title, author,
date) right, but 24 blocks for 16: the standfirst read as the first paragraph (and the
summary), `## By Updated 25 March 2026 6 min read` a heading, the pull quote kept, the tags a
heading, `## About Elspeth Varga`, `## Related` and its cards, the comments line kept, the bio
below them. Now: 10 of 10 paragraphs, 2 of 2 notes, the front right, 16 blocks of 16 in order,
each of those left out and listed in the report, the saved date quoted there as the save's.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from synoptic.authornote import AUTHOR_NOTE_HEADING
from synoptic.errors import SynopticError
from synoptic.htmlpage import (
    HEADER_STANDFIRST,
    LINKS,
    OUTSIDE,
    PULL_QUOTE_APART,
    PULL_QUOTE_PARAPHRASE,
    close_open_items,
    html_page,
)
from synoptic.ingest import ingest_file, ingest_text
from synoptic.ingest_report import Report
from synoptic.pagetags import is_tag_list
from synoptic.postparts import header_standfirsts, pull_quotes_set_apart, without_reading_time
from synoptic.singlefile import singlefile_said
from test_ingest_blogger_takeout import entry as blogger_entry
from test_ingest_blogger_takeout import feed as blogger_feed
from test_ingest_blogger_takeout import read as read_blogger
from test_ingest_collection_b import edition_parts
from test_ingest_ghost_export import export as ghost_export
from test_ingest_ghost_export import post as ghost_post
from test_ingest_ghost_export import read as read_ghost
from test_ingest_new_collections import DATA, straight

VV = DATA / "collection_vv"

# What vc's page holds that is not the essay's: none of it may reach a block.
VC_NOT_THE_ESSAY = (
    "Open coordinates or the old blur",  # the standfirst (p.dek)
    "Updated 25 March",  # the byline's update
    "min read",
    "> ",  # the pull quote
    "Metal detecting",  # the tags
    "About Elspeth Varga",  # the author box's heading
    "More from",
    "Related",
    "Nighthawks and the law",  # a related card
    "12 comments",
    "Stratigrapher Weekly",  # the newsletter box
    "Recording an eroding section",  # the lead figure's caption
    "cookies",
    "Share on",
    "SingleFile",
    "data:",
    "<",
)


def test_collection_vv_vc_reads_whole() -> None:
    made = ingest_file(VV / "raw" / "vc.html", "vc")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts((VV / "essays" / "vc.md").read_text("utf-8"))
    # the <h1>, the byline's rel=author, the <time> (not the update's 25 March, nor the
    # SingleFile comment's saved date in December)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Precise but Not Public: A Middle Course on Findspot Data",
        "Elspeth Varga",
        "2026-03-24",
    )
    # (the summary is the essay's first sentence, not the magazine's standfirst)
    assert straight(meta["summary"]) == straight(want_meta["summary"])
    # every block in order: 10 paragraphs (the bio above the notes), 3 headings, Notes, 2 notes
    assert [straight(block) for block in blocks] == [straight(block) for block in want]
    body = "\n".join(blocks)
    assert not any(cut in body for cut in VC_NOT_THE_ESSAY)
    # the pull quote's sentence stands once, in p9
    assert body.count("Precision and protection can both be had") == 1
    rules = {removed.rule: removed.text for removed in made.report.removed}
    assert rules[HEADER_STANDFIRST].startswith("Open coordinates or the old blur?")
    assert rules[PULL_QUOTE_APART].startswith("“Precision and protection")
    assert rules[AUTHOR_NOTE_HEADING] == "About Elspeth Varga"
    outside = [removed.text for removed in made.report.removed if removed.rule == OUTSIDE]
    assert "## Related" in outside and any(text.startswith("12 comments") for text in outside)
    links = [removed.text for removed in made.report.removed if removed.rule == LINKS]
    assert "Heritage data Publishing Metal detecting" in links
    shapes = " ".join(made.report.shapes)
    assert "a page saved by SingleFile from 'https://www.thestratigrapher.org/" in shapes
    assert "('Sat Dec 05 2026" in shapes and "not the essay's date" in shapes


def page(article: str, after: str = "", head: str = "", comment: str = "") -> str:
    """A magazine's page: its `<main>` holding the story's article, and what follows it."""
    return (
        f"<!DOCTYPE html><html>{comment}<head><title>Drains | The Plot</title>{head}</head>"
        f"<body><main><article>{article}</article>{after}</main></body></html>"
    )


BODY = (
    "<p>Every plot on the east side floods in a wet February. The drains were laid before any "
    "of us were born.</p><p>The committee should fund new drains this year. Half the cost "
    "could come from the council.</p>"
)


def read(raw: str) -> tuple[dict, list[str], Report]:
    """The front, the blocks and the report ingest makes of a small page."""
    made = ingest_text(raw, "sf", "sf.html")
    return (*edition_parts(made.edition), made.report)


def test_list_items_left_open_are_closed_as_a_browser_closes_them() -> None:
    soup = BeautifulSoup("<ul><li>One<li>Two<li>Three</ul>", "html.parser")
    close_open_items(soup)
    assert [item.get_text() for item in soup.find_all("li")] == ["One", "Two", "Three"]
    # (a list nested in an item stays in it)
    nested = BeautifulSoup("<ul><li>One<ul><li>Two</li></ul></li></ul>", "html.parser")
    close_open_items(nested)
    assert nested.find("li").get_text() == "OneTwo"
    # a list of steps left open reads an item a line, not one item of all
    _, blocks, _ = read(page(f"<h1>Drains</h1>{BODY}<ol><li>Dig.<li>Lay.<li>Fill.</ol>"))
    assert "1. Dig.\n2. Lay.\n3. Fill." in blocks


OPEN_STEPS = "<p>The committee should fund new drains.</p><ol><li>Dig.<li>Lay.<li>Fill.</ol>"


def test_list_items_left_open_in_what_a_reader_sets_into_the_page_are_closed() -> None:
    # (review 41: the items were closed before `prepare` set a Ghost or Blogger post's HTML
    # into the page, so the post's own were never)
    def set_post(soup: BeautifulSoup) -> None:
        soup.body.extend(BeautifulSoup(OPEN_STEPS, "html.parser").contents)

    read_in = html_page("<html><body></body></html>", prepare=set_post)
    assert "1. Dig.\n2. Lay.\n3. Fill." in read_in.text
    _, ghost, _ = read_ghost(ghost_export([ghost_post(html=OPEN_STEPS)]))
    assert "1. Dig.\n2. Lay.\n3. Fill." in ghost
    _, blogger, _ = read_blogger(blogger_feed(blogger_entry(content=OPEN_STEPS)))
    assert "1. Dig.\n2. Lay.\n3. Fill." in blogger


def test_a_bare_list_of_tags_in_the_article_s_footer_goes() -> None:
    tags = "<ul><li><a href=/t/drains>Drains</a><li><a href=/t/council>Council</a></ul>"
    _, blocks, report = read(page(f"<h1>Drains</h1>{BODY}<footer>{tags}</footer>"))
    assert not any("Council" in block for block in blocks)
    assert any(r.rule == LINKS and r.text == "Drains Council" for r in report.removed)
    # … and a list so classed, where no text of the essay follows it
    classed = BeautifulSoup(tags.replace("<ul>", "<ul class=post-tags>"), "html.parser")
    close_open_items(classed)
    assert is_tag_list(classed.ul)


def test_a_list_of_short_links_amid_the_text_or_in_the_site_s_footer_is_no_tags() -> None:
    reading = "<ul><li><a href=/a>Drain design</a><li><a href=/b>Soil maps</a></ul>"
    _, blocks, _ = read(page(f"<h1>Drains</h1>{BODY}{reading}"))
    assert "- Drain design\n- Soil maps" in blocks
    # the site's footer menu is the page's, left out as its footer, not as the post's tags
    site = page(f"<h1>Drains</h1>{BODY}").replace("</main>", f"</main><footer>{reading}</footer>")
    soup = BeautifulSoup(site, "html.parser")
    assert not is_tag_list(soup.footer.ul)


def test_a_list_classed_as_tags_goes_only_after_the_essay_s_text() -> None:
    # (review 41: `ul.topics` of two short links between two paragraphs was removed)
    topics = "<ul class=topics><li><a href=/a>Soil science</a></li><li><a href=/b>Rivers</a></ul>"
    first, second = BODY.split("</p>", 1)
    _, blocks, report = read(page(f"<h1>Drains</h1>{first}</p>{topics}{second}"))
    assert "- Soil science\n- Rivers" in blocks
    assert not any(r.rule == LINKS for r in report.removed)
    # after the essay's last paragraph it is the post's tags (a comments line after it aside)
    after = page(f"<h1>Drains</h1>{BODY}{topics}<footer><p>4 comments</p></footer>")
    _, blocks, report = read(after)
    assert not any("Rivers" in block for block in blocks)
    assert any(r.rule == LINKS and r.text == "Soil science Rivers" for r in report.removed)


CARDS = "".join(
    f"<li><article class=card><a href=/p{n}><h3>Another post {n}</h3><p>Its teaser {n}.</p></a>"
    "</article></li>"
    for n in range(3)
)


def test_the_titled_article_in_a_main_among_cards_is_the_essay() -> None:
    after = (
        f"<section class=related><h2>Related</h2><ul>{CARDS}</ul></section>"
        "<section><p><strong>4 comments.</strong> Sign in to join the discussion.</p></section>"
    )
    _, blocks, report = read(page(f"<h1>Drains</h1>{BODY}", after))
    assert not any(
        "Related" in block or "teaser" in block or "comments" in block for block in blocks
    )
    outside = [r.text for r in report.removed if r.rule == OUTSIDE]
    assert "## Related" in outside and any(text.startswith("4 comments") for text in outside)


def test_a_main_of_articles_none_titled_above_the_rest_is_read_whole() -> None:
    # (two articles, the h1 in neither: the main is the essay, as before)
    raw = page(f"{BODY}").replace("<main>", "<main><h1>Drains</h1>") + ""
    raw = raw.replace("</main>", "<article><p>A second piece of the page.</p></article></main>")
    _, blocks, _ = read(raw)
    assert "A second piece of the page." in blocks


SMALL_HEAD = "<main><article class=post-head><h1>The Essay</h1><p>{head}</p></article>"
MAIN_BODY = (
    "<div class=post-body><p>The first paragraph of the essay is long enough to be a paragraph "
    "of prose, and it goes on.</p><p>The second paragraph follows it here, and says more about "
    "the matter at hand today.</p></div><article class=card><a href=/x>More posts</a></article>"
    "</main>"
)


@pytest.mark.parametrize(
    "head", ["A short opening line that stands in the header box of the page.", "By Ann Lee"]
)
def test_a_main_whose_titled_article_is_a_small_header_is_read_whole(head: str) -> None:
    # (review 41's regression: the header's article won over the main, the body's paragraphs
    # were listed outside the essay, and a byline alone in the header left nothing to read)
    raw = (
        "<!DOCTYPE html><html><head><title>T</title><meta name=author content='Ann Lee'></head>"
        f"<body>{SMALL_HEAD.format(head=head)}{MAIN_BODY}</body></html>"
    )
    _, blocks, report = read(raw)
    assert [block for block in blocks if "paragraph" in block] == [
        "The first paragraph of the essay is long enough to be a paragraph of prose, and it "
        "goes on.",
        "The second paragraph follows it here, and says more about the matter at hand today.",
    ]
    assert not any(r.rule == OUTSIDE and "paragraph" in r.text for r in report.removed)


HEADER = (
    "<header><p class=kicker><a href=/opinion>Opinion</a></p><h1>Drains</h1>"
    "<p class={cls}>Wet plots and old pipes: the allotment society's chair makes her case.</p>"
    "</header>"
)


@pytest.mark.parametrize("cls", ["dek", "article-standfirst", "c-strapline"])
def test_the_standfirst_the_article_s_header_sets_under_the_title_goes(cls: str) -> None:
    meta, blocks, report = read(page(HEADER.format(cls=cls) + BODY))
    assert not any("Wet plots" in block for block in blocks)
    assert meta["summary"].startswith("Every plot on the east side floods")
    assert any(
        r.rule == HEADER_STANDFIRST and r.text.startswith("Wet plots") for r in report.removed
    )


@pytest.mark.parametrize(
    "article",
    [
        # a header's paragraph in no such class: read
        HEADER.format(cls="intro") + BODY,
        # so classed, but in the body, not the header
        "<header><h1>Drains</h1></header><p class=dek>Wet plots and old pipes: a case.</p>" + BODY,
        # so classed, but before the headline (a kicker's line)
        "<header><p class=dek>Wet plots and old pipes: a case.</p><h1>Drains</h1></header>" + BODY,
    ],
)
def test_paragraphs_that_are_no_header_standfirst_stay(article: str) -> None:
    soup = BeautifulSoup(page(article), "html.parser")
    assert header_standfirsts(soup.article) == []
    _, blocks, _ = read(page(article))
    assert any("Wet plots" in block for block in blocks)


@pytest.mark.parametrize("cls", ["post-subtitle", "subtitle", "subheading"])
def test_a_subtitle_under_the_title_is_the_writer_s_and_read_with_a_warning(cls: str) -> None:
    # (review 41: a blog's theme, Clean Blog's, sets the writer's own line as `post-subtitle`;
    # no class of `subtitle` says a sub-editor wrote it)
    own = "Why I wrote this, in my own words."
    header = f"<header><h1>Drains</h1><p class={cls}>{own}</p></header>"
    meta, blocks, report = read(page(header + BODY))
    assert blocks[0] == own and meta["summary"] == own
    assert not any(r.rule == HEADER_STANDFIRST for r in report.removed)
    warned = [warning for warning in report.warnings if own in warning]
    assert len(warned) == 1 and "line 1" in warned[0] and f"`{cls}`" in warned[0]
    soup = BeautifulSoup(page(header + BODY), "html.parser")
    assert header_standfirsts(soup.article) == []


def test_the_byline_with_its_update_and_reading_time_goes_with_the_date() -> None:
    byline = (
        "<div class=byline><span>By <a rel=author href=/a/ann>Ann Weller</a></span> "
        "<time datetime=2026-02-03>3 February 2026</time> <span>Updated 5 February 2026</span>"
        " <span>4 min read</span></div>"
    )
    meta, blocks, _ = read(page(f"<header><h1>Drains</h1>{byline}</header>{BODY}"))
    assert (meta["author"], meta["date"]) == ("Ann Weller", "2026-02-03")
    assert not any("Updated" in block or "min read" in block for block in blocks)
    assert without_reading_time("May 4, 2026 · Last modified: 2026-05-06, 14:12").split() == [
        "May",
        "4,",
        "2026",
    ]
    # (a sentence saying `updated` and no date after it is words)
    assert without_reading_time("We updated 3 records.") == "We updated 3 records."


QUOTE = "The committee should fund new drains this year."


def test_a_pull_quote_classed_as_one_set_far_from_its_sentence_goes() -> None:
    article = (
        f"<h1>Drains</h1><p>Plots flood.</p><blockquote class=pullquote><p>“{QUOTE}”</p>"
        "</blockquote><p>A.</p><p>B.</p><p>C.</p><p>Pipes are old. " + QUOTE + "</p>"
    )
    soup = BeautifulSoup(page(article), "html.parser")
    assert len(pull_quotes_set_apart(soup.article, [])) == 1
    _, blocks, report = read(page(article))
    assert not any(block.startswith(">") for block in blocks)
    assert any(r.rule == PULL_QUOTE_APART for r in report.removed)


@pytest.mark.parametrize(
    "quote",
    [
        # classed, but its words said far off inside another sentence (quoted, discussed)
        "<blockquote class=pullquote><p>“Fund new drains this year, all of them.”</p></blockquote>",
        # said far off as a sentence, but in no pull quote's class: a quotation
        f"<blockquote><p>“{QUOTE}”</p></blockquote>",
    ],
)
def test_quotations_said_again_far_off_that_are_no_pull_quotes_stay(quote: str) -> None:
    article = (
        f"<h1>Drains</h1><p>Plots flood.</p>{quote}<p>A.</p><p>B.</p><p>C.</p>"
        f"<p>Pipes are old. {QUOTE} They said: fund new drains this year, all of them, now.</p>"
    )
    _, blocks, _ = read(page(article))
    assert any(block.startswith("> ") for block in blocks)


SENTENCE = "A fluent talker can be mistaken for a clear thinker, and the panel knows it."
PARAPHRASE = "“A fluent talker can sound like a clear thinker.”"


@pytest.mark.parametrize(
    "quote",
    [
        f"<div class=pullquote><p>{PARAPHRASE}</p></div>",  # (pandoc's `::: pullquote`)
        f"<aside class=pull-quote><p>{PARAPHRASE}</p></aside>",
        f"<blockquote class=pullquote><p>{PARAPHRASE}</p></blockquote>",
    ],
)
def test_a_pull_quote_paraphrasing_the_sentence_beside_it_goes(quote: str) -> None:
    _, blocks, report = read(page(f"<h1>Vivas</h1>{quote}<p>{SENTENCE}</p>"))
    assert blocks == [SENTENCE]
    assert [r.text for r in report.removed if r.rule == PULL_QUOTE_PARAPHRASE] == [PARAPHRASE]


@pytest.mark.parametrize(
    "quote",
    [
        # a paraphrase in no pull quote's class: a quotation, read
        f"<blockquote><p>{PARAPHRASE}</p></blockquote>",
        f"<div><p>{PARAPHRASE}</p></div>",
        # classed, but the sentence beside it says too few of its words
        "<div class=pullquote><p>“A clear thinker may well be a slow talker too.”</p></div>",
    ],
)
def test_a_paraphrase_that_is_no_pull_quote_stays(quote: str) -> None:
    _, blocks, report = read(page(f"<h1>Vivas</h1>{quote}<p>{SENTENCE}</p>"))
    assert len(blocks) == 2 and blocks[1] == SENTENCE
    assert not [r for r in report.removed if r.rule == PULL_QUOTE_PARAPHRASE]


NOTES = (
    "<p>Drains flood.<sup><a href=#fn-1>1</a></sup></p><section class=footnotes><h2>Notes</h2>"
    "<ol><li id=fn-1>The council's survey of 2024.</ol></section>"
)


def with_author_box(name: str, bio: str) -> tuple[list[str], Report]:
    """The blocks and the report of a page by Ann Weller whose author box, after the notes,
    is headed `About {name}` over the bio."""
    box = f"<footer><section class=author-box><h2>About {name}</h2><p>{bio}</p></section></footer>"
    byline = "<p>By <a rel=author href=/a>Ann Weller</a></p>"
    _, blocks, report = read(page(f"<h1>Drains</h1>{byline}{BODY}{NOTES}{box}"))
    return blocks, report


def test_an_author_box_s_about_heading_naming_the_author_goes_and_the_bio_rises() -> None:
    bio = "Ann Weller is the society's chair and has kept plot 12 since 2009."
    blocks, report = with_author_box("Ann Weller", bio)
    assert blocks[-4:] == [
        "Drains flood.[^1]",
        bio,
        "## Notes",
        "[^1]: The council's survey of 2024.",
    ]
    assert any(
        r.rule == AUTHOR_NOTE_HEADING and r.text == "About Ann Weller" for r in report.removed
    )


def test_an_about_heading_naming_another_stays() -> None:
    bio = "Bo Marsh is the society's treasurer and keeps plot 3."
    blocks, _ = with_author_box("Bo Marsh", bio)
    assert blocks[-2:] == ["## About Bo Marsh", bio]


SAVED = (
    "<!--\n Page saved with SingleFile \n url: https://plot.example/drains/ \n saved date: Sat "
    "Dec 05 2026 14:15:45 GMT+0000 (Coordinated Universal Time)\n-->"
)


def test_singlefile_s_comment_is_quoted_and_its_saved_date_never_the_essay_s() -> None:
    said = singlefile_said(page("", comment=SAVED))
    assert said.startswith("a page saved by SingleFile from 'https://plot.example/drains/'")
    assert "('Sat Dec 05 2026 14:15:45" in said and "not the essay's date" in said
    # a page with no date of its own: unknown, never the save's
    meta, blocks, report = read(page(f"<h1>Drains</h1>{BODY}", comment=SAVED))
    assert meta["date"] == "unknown" and "Every plot on the east side floods" in blocks[0]
    assert any("a page saved by SingleFile" in shape for shape in report.shapes)
    # any other page, or a comment that is no SingleFile's: nothing said
    assert singlefile_said(page("", comment="<!-- saved date: 2026 -->")) == ""
    assert html_page(page(f"<h1>Drains</h1>{BODY}")).saved_by == ""


def test_singlefile_s_url_and_date_are_quoted_as_raw_text_a_line_s_worth_at_most() -> None:
    # (review 41's p_sf_hostile.html: its url and date are the file's words, quoted, never
    # said as the page's address in the report's own voice)
    hostile = (
        "<!--\n Page saved with SingleFile \n url: javascript:alert(1)<script>x</script>\n"
        " saved date: <b>today</b>\n-->"
    )
    said = singlefile_said(page("", comment=hostile))
    assert "from 'javascript:alert(1)<script>x</script>'," in said
    assert "saved date ('<b>today</b>')" in said
    long = SAVED.replace("drains/", "drains/" + "a" * 300).replace("(Coordinated", "x" * 500)
    said = singlefile_said(page("", comment=long))
    quoted = said.split("'")[1:4:2]  # (the url's and the date's, before "essay's")
    assert all(len(part) <= 80 and part.endswith("…") for part in quoted)


@pytest.mark.parametrize(
    "raw",
    [
        page("", comment="<!-- Page saved with SingleFile"),  # (a comment never closed)
        page("", comment="<!-- Page saved with SingleFile url: saved date: -->"),
        "<!DOCTYPE html><html><!-- Page saved with SingleFile -->" + "<li>" * 300,
        page("<ul><li>a<li>b<li><ul><li>c<li>d</ul><li>e</ul>" * 50),
    ],
)
def test_odd_saved_pages_read_without_a_traceback(raw: str) -> None:
    try:
        ingest_text(raw, "sf", "sf.html")
    except SynopticError:
        pass  # (refused, with its line: never a traceback)
