"""A Ghost site's content export (Ghost Admin → Settings → Export content, one JSON file), read
as its one published post (ghostexport.py); any other JSON refused.

The shape (collection VV's vb, raw/vb.json, written blind; its `html` and `plaintext` made by
Ghost's own renderer): ONE line of JSON, `{"db":[{"meta":{"exported_on":…,"version":"5.115.1"},
"data":{…}}]}`, `data` holding Ghost's tables in alphabetical order (benefits, newsletters,
posts, posts_authors, posts_meta, posts_tags, products, roles, settings, tags, users…). Three
posts: a page "About The Spoil Heap", the essay (`type` post, `status` published), a draft. The
essay's text three times over: `lexical` (the editor's state, JSON in a JSON string), `html`
(Ghost's rendering: a callout card, a bookmark card, an image card with a caption, `<h2>`
sections, note calls typed `[1]`, an `<hr>`, the bio in `<em>`, `<h3>Notes</h3>` over an `<ol>`)
and `plaintext` (the cards' words run together). Its title and `published_at` in the row; its
authors only through `posts_authors` (sort_order 0, 1) → `users`, whose first is the site's
owner "The Spoil Heap", no author of the essay's; `published_by` one of them; `posts_meta`
(meta, Open Graph and e-mail titles, the feature image's caption), tags, settings (the site's
title, description, timezone).

First contact (32cccba): the whole JSON published as ONE paragraph of the essay
(`\\{"db":\\[{"meta":…`), front unknown (title, author, date), its `[1]` `[2]` calls read as
notes with no text: 0 of 11 paragraphs, 0 of 2 notes, 3 blocks for 17.
Now: 11 of 11 paragraphs exact, 2 of 2 notes exact, the front (title, both authors in their
order, the date) right, 17 blocks of 17 in order; the callout left out with a warning, the
bookmark and the image's caption left out, the page, the draft, the excerpt, the meta, the
tags, the users, the site's settings and the other tables left out and listed.
"""

from __future__ import annotations

import json

import pytest

from synoptic.errors import SynopticError
from synoptic.ghostexport import AROUND, CALLOUT, CARD, OTHER_POST, SITE, TABLE
from synoptic.htmlpage import FIGURE
from synoptic.ingest import ingest_file, ingest_text
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA, straight

VB_NOT_THE_ESSAY = (
    "This is our response",  # the callout
    "📌",
    "Consultation: findspot coordinates",  # the bookmark card
    "WJFA Editorial Board",
    "Fresh spoil beside a robbed pit",  # the image's caption
    "Two people who deal with heritage crime",  # the custom excerpt
    "A map for the nighthawks",  # the e-mail subject, og_title
    "Night detecting leaves little behind",  # the feature image's caption
    "About The Spoil Heap",  # the page
    "fortnightly newsletter",
    "Reply to Marlow",  # the draft
    "Pottery, coins, paperwork",  # a user's bio
    "Heritage crime, Findspots",  # the tags
    "view.Consultation",  # the plaintext's run-together cards
    "__GHOST_URL__",
    '"db"',
    "kg-",
    "<",
)


def test_collection_vv_vb_reads_whole() -> None:
    made = ingest_file(DATA / "collection_vv" / "raw" / "vb.json", "vb")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_vv" / "essays" / "vb.md").read_text("utf-8"))
    # the post's title; its authors by posts_authors' sort_order, not the owner "The Spoil
    # Heap" (users[0]); published_at (not created_at's 12 March, updated_at's 18 March)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Map for the Nighthawks: Why Exact Findspots Should Stay Out of Print",
        "Hannah Quill and Tomasz Reyes",
        "2026-03-16",
    )
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    assert [straight(block) for block in blocks] == [straight(block) for block in want[1]]
    body = "\n".join(blocks) + "\n"
    assert not any(cut in body for cut in VB_NOT_THE_ESSAY)
    assert body.count("The Wendmoor Journal of Field Archaeology wants") == 1  # (read once)
    rules = {removed.rule for removed in made.report.removed}
    assert {CALLOUT, FIGURE, OTHER_POST, TABLE} <= rules
    assert CARD.format(card=next(iter(BOOKMARK_WHY))) in rules
    left = " ".join(item.text for item in made.report.removed)
    assert "Reply to Marlow" in left and "About The Spoil Heap" in left
    assert any("Ghost site's content export" in shape for shape in made.report.shapes)
    assert len(made.report.warnings) == 1 and "callout card" in made.report.warnings[0]


BOOKMARK_WHY = ("a bookmark card (a linked page's preview: its title, description, publisher)",)

BODY = (
    "<p>Every plot on the east side floods in a wet February.[1]</p>"
    "<h2>The drains</h2><p>The committee should fund new drains this year.</p>"
    "<h3>Notes</h3><ol><li>The minutes of the March meeting.</li></ol>"
)


def post(
    post_id="p1",
    title="Dig the Drains",
    html=BODY,
    status="published",
    kind="post",
    published_at="2026-02-03T09:00:00.000Z",
    **more,
) -> dict:
    """A row of Ghost's `posts` table, its fields as Ghost writes them."""
    return {
        "id": post_id,
        "title": title,
        "slug": str(title).lower().replace(" ", "-"),
        "lexical": '{"root":{"children":[]}}',
        "html": html,
        "plaintext": "the same text again",
        "type": kind,
        "status": status,
        "created_at": "2026-01-20T10:00:00.000Z",
        "updated_at": "2026-02-10T10:00:00.000Z",
        "published_at": published_at,
        "published_by": "u3",
        **more,
    }


USERS = [
    {"id": "1", "name": "The Allotment Society", "bio": "The site."},
    {"id": "u2", "name": "Ann Weller", "bio": "Plot 14."},
    {"id": "u3", "name": "Ben Okoro", "bio": "Plot 9."},
]


def export(posts=None, authors=None, settings=None, **tables) -> str:
    """A Ghost export of the posts (one published post by default), its first post written by
    Ann Weller then Ben Okoro (rows given out of their order), one JSON line as Ghost writes."""
    posts = [post()] if posts is None else posts
    authors = (
        [
            {"id": "a2", "post_id": "p1", "author_id": "u3", "sort_order": 1},
            {"id": "a1", "post_id": "p1", "author_id": "u2", "sort_order": 0},
        ]
        if authors is None
        else authors
    )
    data = {
        "posts": posts,
        "posts_authors": authors,
        "settings": settings or [{"key": "title", "value": "The Allotment Society"}],
        "users": USERS,
        **tables,
    }
    meta = {"exported_on": 1774003333407, "version": "5.115.1"}
    return json.dumps({"db": [{"meta": meta, "data": data}]}, ensure_ascii=False)


def read(raw: str, path: str = "site.ghost.json"):
    """The edition's front and blocks, and the report, of a text ingested as `path`."""
    made = ingest_text(raw, "gx", path)
    return *edition_parts(made.edition), made.report


def test_the_post_read_with_its_front_from_the_row_and_its_authors() -> None:
    meta, blocks, report = read(export())
    # the authors in posts_authors' sort_order, not the owner (users[0]) nor published_by alone
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Dig the Drains",
        "Ann Weller and Ben Okoro",
        "2026-02-03",
    )
    assert blocks == [
        "Every plot on the east side floods in a wet February.[^1]",
        "## The drains",
        "The committee should fund new drains this year.",
        "## Notes",
        "[^1]: The minutes of the March meeting.",
    ]
    assert report.warnings == ()


def test_a_markdown_card_s_footnotes_are_read_as_notes() -> None:
    card = (
        '<!--kg-card-begin: markdown--><p>Every plot floods.<sup class="footnote-ref">'
        '<a href="#fn1" id="fnref1">[1]</a></sup></p>\n<hr class="footnotes-sep">\n'
        '<section class="footnotes">\n<ol class="footnotes-list">\n<li id="fn1" '
        'class="footnote-item"><p>The minutes. <a href="#fnref1" class="footnote-backref">↩︎'
        "</a></p>\n</li>\n</ol>\n</section>\n<!--kg-card-end: markdown-->"
    )
    assert read(export([post(html=card)]))[1] == ["Every plot floods.[^1]", "[^1]: The minutes."]


def test_the_date_is_the_day_published_at_was_where_the_site_is() -> None:
    late = [post(published_at="2026-02-03T23:30:00.000Z")]
    berlin = [{"key": "timezone", "value": "Europe/Berlin"}]
    assert read(export(late, settings=berlin))[0]["date"] == "2026-02-04"
    assert read(export(late))[0]["date"] == "2026-02-03"  # (no zone said: UTC's day)
    unknown = [{"key": "timezone", "value": "Mars/Olympus"}]
    assert read(export(late, settings=unknown))[0]["date"] == "2026-02-03"


def test_a_post_no_row_of_posts_authors_names_has_no_author_and_a_warning() -> None:
    meta, _, report = read(export(authors=[]))
    assert meta["author"] == "unknown"  # (not the owner, users[0], nor published_by)
    assert any("posts_authors" in warning for warning in report.warnings)


def test_callout_bookmark_and_image_caption_left_out_and_listed() -> None:
    cards = (
        '<p>The drains flood.</p><div class="kg-card kg-callout-card kg-callout-card-grey">'
        '<div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Reply by Friday.'
        '</div></div><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
        'href="https://example.org/"><div class="kg-bookmark-title">The council’s plan</div>'
        '</a></figure><figure class="kg-card kg-image-card kg-card-hascaption"><img src="a.jpg">'
        "<figcaption>The east plots in February</figcaption></figure>"
        "<p>The committee should act.</p>"
    )
    meta, blocks, report = read(export([post(html=cards)]))
    assert blocks == ["The drains flood.", "The committee should act."]
    left = {item.rule: item.text for item in report.removed}
    assert left[CALLOUT] == "💡 Reply by Friday."
    assert left[CARD.format(card=BOOKMARK_WHY[0])] == "The council’s plan"
    assert left[FIGURE] == "The east plots in February"
    assert [w for w in report.warnings if "callout card" in w and "Reply by Friday" in w]


def test_pages_drafts_meta_tags_users_and_other_tables_left_out_and_listed() -> None:
    posts = [
        post("p0", "About Us", "<p>We grow leeks.</p>", kind="page"),
        post(custom_excerpt="Why the drains matter."),
        post("p2", "Notes to self", "<p>Ask Ben.</p>", status="draft", published_at=None),
    ]
    raw = export(
        posts,
        posts_meta=[{"post_id": "p1", "email_subject": "Drains!", "meta_title": "Drains | AS"}],
        tags=[{"id": "t1", "name": "Plots"}],
        posts_tags=[{"post_id": "p1", "tag_id": "t1"}],
        newsletters=[{"id": "n1", "name": "Weekly"}],
    )
    meta, blocks, report = read(raw)
    assert meta["title"] == "Dig the Drains" and "We grow leeks." not in blocks
    left = {(item.rule, item.text) for item in report.removed}
    assert (OTHER_POST, "page (published): About Us") in left
    assert (OTHER_POST, "post (draft): Notes to self") in left
    assert (AROUND.format(what="custom excerpt (a teaser)"), "Why the drains matter.") in left
    assert (AROUND.format(what="meta (email_subject)"), "Drains!") in left
    assert (AROUND.format(what="tags"), "Plots") in left
    assert (SITE.format(what="user (a profile, its bio)"), "Ann Weller: Plot 14.") in left
    assert (SITE.format(what="setting (title)"), "The Allotment Society") in left
    assert (TABLE, "newsletters: 1 row") in left


def test_several_published_posts_are_refused_naming_each() -> None:
    posts = [post(), post("p2", "Mend the Fence")]
    with pytest.raises(SynopticError, match="2 published posts .*'Dig the Drains'.*'Mend the"):
        read(export(posts))


def test_several_drafts_and_no_published_post_are_refused_naming_each() -> None:
    posts = [post(status="draft"), post("p2", "Mend the Fence", status="scheduled")]
    with pytest.raises(SynopticError, match="no published post, but 2 .*draft.*scheduled"):
        read(export(posts))


def test_an_export_of_pages_alone_is_refused() -> None:
    with pytest.raises(SynopticError, match="no post"):
        read(export([post(kind="page")]))


def test_a_lone_draft_is_read_with_a_warning() -> None:
    meta, _, report = read(export([post(status="draft", published_at=None)]))
    assert meta["title"] == "Dig the Drains" and meta["date"] == "unknown"
    assert any("not published (its status `draft`" in warning for warning in report.warnings)


def test_a_post_with_no_html_is_refused_with_what_to_do() -> None:
    with pytest.raises(SynopticError, match="has no html"):
        read(export([post(html=None)]))


def test_html_closing_the_article_keeps_its_words_inside_it() -> None:
    html = "<p>First words.</p></article></body></html><p>Still the post.</p>"
    _, blocks, _ = read(export([post(html=html)]))
    assert blocks == ["First words.", "Still the post."]


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ('{"name": "synoptic", "version": "1.0"}', "an object"),
        ('[{"title": "Dig the Drains", "body": "Every plot floods."}]', "a list"),
        ('{"db": [{"data": {"posts": "none"}}]}', "an object"),  # (no Ghost export's shape)
    ],
)
def test_any_other_json_is_refused_with_what_to_do(raw: str, kind: str) -> None:
    with pytest.raises(SynopticError, match=f"a JSON file \\({kind} at its top\\).*Markdown"):
        read(raw, "notes.txt")  # (known by its text, whatever the file's name)


def test_a_json_file_that_does_not_parse_is_refused_at_its_line() -> None:
    raw = '{\n  "title": "Dig the Drains",\n  "body": "Every plot floods"\n  "more": 1\n}\n'
    with pytest.raises(SynopticError, match="does not parse") as refused:
        read(raw)
    assert refused.value.line == 4


@pytest.mark.parametrize("raw", ["[" * 100_000 + "]" * 100_000, '{"n": 1' + "0" * 5000 + "}"])
def test_json_python_cannot_read_is_refused_not_a_traceback(raw: str) -> None:
    with pytest.raises(SynopticError, match="cannot read"):
        read(raw)


@pytest.mark.parametrize(
    "posts",
    [
        [post(title=7, html=["<p>x</p>"])],
        [post(html="<p>Words.</p>", published_at=12)],
        [post(html="<p>Words.</p>", published_at="9999-12-31T23:59:59Z")],  # (past the calendar)
        ["a post", post(html="<p>Words.</p>")],
    ],
)
def test_fields_of_other_kinds_end_in_no_traceback_nor_json_published(posts: list) -> None:
    authors = [{"post_id": "p1", "author_id": ["u2"], "sort_order": "a"}]
    raw = export(posts, authors, [{"key": "timezone", "value": "Pacific/Kiritimati"}])
    try:
        _, blocks, _ = read(raw)
    except SynopticError:
        return
    assert blocks == ["Words."]


@pytest.mark.parametrize(
    "raw",
    [
        "[1] Every plot floods in a wet February, the minutes say.\n\nThe drains are old.\n",
        "{Draft} Every plot floods in a wet February.\n\nThe drains are old.\n",
        '"Dig the drains," she said. Every plot floods in a wet February.\n',
    ],
)
def test_a_text_opening_as_json_might_is_read_as_before(raw: str) -> None:
    _, blocks, _ = read(raw, "notes.txt")
    assert "Every plot floods in a wet February" in " ".join(blocks)


@pytest.mark.parametrize(
    ("raw", "path"),
    [
        # (review 41's g_md_brace.md, g_md_list.md, g_txt_broken.txt: a text whose first words
        # are JSON's, or look so, is no JSON unless it parses whole)
        ('{"note": "a"} is how I began.\n\nEvery plot floods in a wet February.\n', "notes.md"),
        ('[{"a": 1}] opens this text.\n\nEvery plot floods in a wet February.\n', "notes.md"),
        ('{"so": I said, to the room.\n\nEvery plot floods in a wet February.\n', "notes.txt"),
        ('"Every plot floods in a wet February."\n', "notes.txt"),  # (a string, whole)
    ],
)
def test_a_text_not_named_json_that_is_no_json_whole_is_read_as_text(raw: str, path: str) -> None:
    _, blocks, _ = read(raw, path)
    assert "Every plot floods in a wet February" in " ".join(blocks)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [('"hello"', "a string"), ("42", "a number"), ("null", "null"), ("true", "true or false")],
)
def test_a_json_file_holding_no_object_nor_list_is_refused_as_any_other_json(
    raw: str, kind: str
) -> None:
    # (review 41's g_string.json: `"hello"` published, its quotes and all)
    with pytest.raises(SynopticError, match=f"a JSON file \\({kind} at its top\\)"):
        read(raw, "notes.json")
