"""A Blogger blog exported by Google Takeout (`Takeout/Blogger/Blogs/NAME/feed.atom`: an Atom
feed in Blogger's 2018 namespace), its one live post read as the page Blogger would show
(docs/editions.md, "A Blogger blog exported by Google Takeout").

It is known by its root, a `<feed>` in Atom's namespace that declares Blogger's
(`http://schemas.google.com/blogger/2018`), whatever its prefix. It is parsed as jats.py parses
XML (expat, no DTD read, a declared entity refused before anything is expanded); an Atom feed
that declares no Blogger namespace (a site's feed, Blogger's older "Back up content" file) is
refused, with what to do. Each `<entry>` says what it is by Blogger's `type` (POST, PAGE,
COMMENT) and `status` (LIVE, DRAFT). The post's content, its HTML escaped once as the XML's
text, is handed to htmlpage.py's reading (BeautifulSoup's HTML parser, which expands nothing),
with:

- the title the entry's `<title>` (Takeout escapes it twice: `&amp;#39;` is an apostrophe),
  the author its `<author><name>`, the date its `<published>` (never `created`, when the draft
  was begun, nor `<updated>`): the front, which no element of the post's overrides (a
  `<time>` in a sentence, a quotation's `<cite class="quote-author">` stay its words);
- the paragraphs as Blogger's editor means them: a run of line breaks (`<br /><br />`) inside
  a `<div>` or a `<p>` parts two paragraphs (the editor writes no `<p>` for them); a line
  break before a note typed in brackets (`[2] …`) in a block that opens with one parts two
  notes; the editor's captioned photo (`<table class="tr-caption-container">`) is a figure,
  left out and listed with its caption;
- the content parsed as a fragment of its own, appended to the page's `<article>` node by node
  (never written into the page's string), at the line its `<content>` opens on.

The one live post is read; a feed holding no live post but one post (a draft) reads it with a
warning; a feed of several live posts, or of none and several drafts, is refused, naming each
with its line. What is left out, each listed with its line: the blog's own lines (its title),
the post's search description (`metaDescription`), and every other entry (drafts, pages,
readers' comments and the author's replies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from bs4 import BeautifulSoup, NavigableString, Tag

from .errors import SynopticError
from .htmlpage import (
    BLOCKS,
    HtmlPage,
    clean_spaces,
    html_page,
    made_page,
    refuse_deep_nesting,
    with_left_out,
)
from .jats import XML_START, Node, parse_or_refuse, root_start
from .wordpress import field, fragment

ATOM = "http://www.w3.org/2005/Atom"
#: Blogger's namespace in a Takeout feed (its elements' prefix, `blogger:`, is the file's).
BLOGGER = "http://schemas.google.com/blogger/2018"
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: The blocks Blogger's editor writes a paragraph in, which a run of line breaks parts.
PARAGRAPH_BLOCKS = ("div", "p")
#: A note typed in brackets at a line's start (`[2] Of 25 requests …`).
TYPED_NOTE = re.compile(r"\s*\[\d{1,3}\]")
#: Blogger's editor's photo with its caption: a table of this class, the caption a cell.
CAPTION_TABLE = "tr-caption-container"

BLOG = "a Blogger export (Google Takeout): the blog's own lines (its title), line of the XML"
DESCRIPTION = (
    "a Blogger export (Google Takeout): the post's search description (metaDescription), "
    "written for search engines, not the post's text, line of the XML"
)
OTHER_ENTRY = (
    "a Blogger export (Google Takeout): another entry than the post (a draft, a page, a "
    "reader's comment or a reply), line of the XML"
)
REDO = "export the blog again from takeout.google.com (Blogger), or save the post's page as HTML"


@dataclass(frozen=True)
class BloggerTakeout:
    page: HtmlPage  # the post as read (its left_out, the feed's too)
    parted: int  # the paragraphs and notes parted at line breaks, as Blogger shows them
    warnings: tuple[str, ...] = ()


def is_atom_feed(raw: str) -> bool:
    """A text that opens as XML whose root is a `<feed>` (the cheap look before it is parsed)."""
    return bool(XML_START.match(raw)) and raw.startswith("<feed", root_start(raw))


def blogger_takeout(raw: str, path: str) -> BloggerTakeout | None:
    """The live post of a Blogger Takeout feed (see the module), or None for any other text;
    an Atom feed of another program's refused."""
    if not is_atom_feed(raw):
        return None
    parsed = parse_or_refuse(raw, path, "a Blogger export (Google Takeout)", REDO)
    feed = parsed[0] if parsed else None
    if feed is None or feed.tag != "feed":
        return None  # (a `<feed…` that is no XML, or whose root is another: jats.py's refusal)
    prefix = blogger_prefix(feed)
    if prefix is None:
        raise SynopticError(
            path,
            feed.line,
            "an Atom feed that is no Blogger blog exported by Google Takeout (its <feed> declares "
            f"no namespace {BLOGGER}), the one feed ingest reads: save the post's page as HTML "
            "(the browser's Save Page As) and ingest that",
        )
    entries = feed.elements("entry")
    post, warnings = the_post(entries, prefix, path, feed)
    content = post_content(post)
    if not content.get_text().strip():
        raise SynopticError(path, post.line, no_content(post, prefix))
    parted = [0]
    page = html_page(
        post_html(post, feed), prepare=post_into(content, parted, path), path=path, made_head=True
    )
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, post.line, "a Blogger export whose post holds no text")
    return BloggerTakeout(
        with_left_out(page, around_the_post(feed, post, entries, prefix)),
        parted[0],
        warnings,
    )


def blogger_prefix(feed: Node) -> str | None:
    """The prefix a feed in Atom's namespace gives Blogger's (`blogger`), or None where it is
    no Atom feed or declares no Blogger namespace."""
    if feed.attrs.get("xmlns") != ATOM:
        return None
    declared = (
        key[len("xmlns:") :]
        for key, value in feed.attrs.items()
        if key.startswith("xmlns:") and value == BLOGGER
    )
    return next(declared, None)


def kind(entry: Node, prefix: str) -> tuple[str, str]:
    """An entry's Blogger type and status (`POST`, `LIVE`), each "" where it gives none."""
    return field(entry, f"{prefix}:type").upper(), field(entry, f"{prefix}:status").upper()


def title(entry: Node) -> str:
    """An entry's title as its blog shows it: Takeout escapes it twice (`&amp;#39;`), once
    for the XML, once as HTML's text."""
    return clean_spaces(unescape(field(entry, "title")))


def the_post(
    entries: list[Node], prefix: str, path: str, feed: Node
) -> tuple[Node, tuple[str, ...]]:
    """The one live post, and the warnings its choice calls for; a feed holding several is
    refused, naming them, and one holding none (but a lone post of another status) too."""
    posts = [entry for entry in entries if kind(entry, prefix)[0] == "POST"]
    live = [entry for entry in posts if kind(entry, prefix)[1] == "LIVE"]
    if len(live) == 1 or (not live and len(posts) == 1):
        post = (live or posts)[0]
        return post, () if live else (not_live(post, prefix),)
    named = "; ".join(
        f"{title(entry)!r} ({kind(entry, prefix)[1] or 'no status'}, line {entry.line})"
        for entry in (live or posts)
    )
    held = (
        f"{len(live)} live posts ({named})"
        if live
        else f"no live post, but {len(posts)} of other statuses ({named})"
        if posts
        else "no post (only pages or comments)"
    )
    raise SynopticError(
        path,
        (live or posts or [feed])[0].line,
        f"a Blogger export holding {held}: delete the other posts' <entry>s from the file (or "
        "save the post's page as HTML) and ingest it again",
    )


def not_live(post: Node, prefix: str) -> str:
    """The warning for a feed's one post read though it is not live (a draft, a post
    scheduled)."""
    return (
        f"the feed's one post is not live (its status `{kind(post, prefix)[1] or 'none'}`, "
        f"line {post.line}): read as the post; check it is the text meant"
    )


def post_date(entry: Node) -> str:
    """The post's date, `YYYY-MM-DD`: its `<published>`'s day; "" where it gives none."""
    day = ISO_DAY.match(field(entry, "published"))
    return day[0] if day else ""


def post_html(entry: Node, feed: Node) -> str:
    """The page Blogger would show round the post (`made_page`): its title, author and day, and
    the blog's title, the feed's."""
    author = entry.find("author")
    name = clean_spaces(unescape(field(author, "name"))) if author is not None else ""
    return made_page(title(entry), name, post_date(entry), title(feed))


def no_content(post: Node, prefix: str) -> str:
    """The refusal of a post whose content holds no text (its `<content>` empty, or markup
    alone): the file holds no essay, which is no rule's doing."""
    return (
        f"a Blogger export whose post {title(post)!r} ({kind(post, prefix)[1] or 'no status'}, "
        f"line {post.line}) has no text in its <content>: write the post in Blogger (or check "
        "it is the post meant), export the blog again, or save the post's page as HTML"
    )


def post_content(entry: Node, placed: bool = True) -> BeautifulSoup:
    """An entry's content as HTML parsed: Blogger's (`type='html'`, its HTML escaped once as
    the XML's text) parsed as a fragment of its own, from the line its `<content>` opens on
    where it is `placed` (the post's; a comment's words need no line, and a long feed's lines
    padded for each would cost); Atom's XHTML (`type='xhtml'`, its elements the HTML itself)
    made of those elements, at their lines; an empty one where there is none."""
    found = entry.find("content")
    if found is not None and found.attrs.get("type") == "xhtml":
        return xhtml_fragment(found)
    line = (entry.line if found is None else found.line) if placed else 1
    return fragment(field(entry, "content"), line)


def xhtml_fragment(content: Node) -> BeautifulSoup:
    """Atom's XHTML content as HTML parsed: its elements (their names without a prefix, their
    attributes without the namespaces' and prefixed ones), its text as text (what the XML
    escaped stays escaped: no markup is made of it), each element at its line; the one `<div>`
    that holds it, which Atom says is no part of it, left out."""
    soup = BeautifulSoup("", "html.parser")
    nodes = content.children
    texts = "".join(child for child in nodes if isinstance(child, str))
    if len(content.elements()) == 1 and local(content.elements()[0].tag) == "div":
        nodes = content.elements()[0].children if not texts.strip() else nodes
    append_nodes(soup, soup, nodes)
    return soup


def local(tag: str) -> str:
    """An XML element's name without its prefix, as HTML names it (`xhtml:p` → `p`)."""
    return tag.rsplit(":", 1)[-1].lower()


def append_nodes(soup: BeautifulSoup, parent: Tag, nodes: list[Node | str]) -> None:
    """The XML's nodes appended to `parent` as HTML's elements and text (jats.py's parse nests
    no deeper than its MAX_DEPTH: the walk stays inside Python's stack)."""
    for node in nodes:
        if isinstance(node, str):
            parent.append(NavigableString(node))
            continue
        attrs = {
            name: value.split() if name == "class" else value
            for name, value in node.attrs.items()
            if ":" not in name and name != "xmlns"
        }
        element = soup.new_tag(local(node.tag), attrs=attrs)
        element.sourceline = node.line
        parent.append(element)
        append_nodes(soup, element, node.children)


def post_into(post: BeautifulSoup, parted: list[int], path: str):
    """What sets the post into the page `post_html` made, once parsed: its content parsed
    (`post_content`), its paragraphs parted as Blogger shows them (their count added to
    `parted`), appended to the article node by node; a content nesting too deep refused as
    any page's."""

    def set_post(soup: BeautifulSoup) -> None:
        refuse_deep_nesting(post, path)  # (before it is walked: a runaway nesting refused)
        captions_as_figures(post)
        parted[0] += part_paragraphs(post)
        soup.article.extend(list(post.contents))
        refuse_deep_nesting(soup, path)

    return set_post


def captions_as_figures(post: BeautifulSoup) -> None:
    """Blogger's captioned photo (a table of class `tr-caption-container`, the caption its
    `tr-caption` cell) as the figure it is, which a page's reading leaves out and lists."""
    for table in post.find_all("table", class_=CAPTION_TABLE):
        table.name = "figure"


def part_paragraphs(post: BeautifulSoup) -> int:
    """The post's paragraphs as Blogger shows them: a `<div>` or `<p>` parted at each run of
    two line breaks or more, and at a line break before a note typed in brackets where the
    block opens with one (`[1] …<br />[2] …`); how many partings were made."""
    made = 0
    for run in break_runs(post):
        block = paragraph_block(run[0])
        if block is not None and (len(run) > 1 or opens_typed_notes(block, run[-1])):
            split_after(block, run, post)
            made += 1
    return made


def break_runs(post: BeautifulSoup) -> list[list[Tag]]:
    """The post's line breaks, in runs: breaks side by side (spaces alone between), each run
    in the document's order."""
    runs: list[list[Tag]] = []
    for brk in post.find_all("br"):
        before = brk.previous_sibling
        while isinstance(before, NavigableString) and not before.strip():
            before = before.previous_sibling
        if runs and before is runs[-1][-1]:
            runs[-1].append(brk)
        else:
            runs.append([brk])
    return runs


def paragraph_block(brk: Tag) -> Tag | None:
    """The `<div>` or `<p>` a line break parts, where only inline elements stand between (a
    break in a table's cell or a list's item parts none)."""
    for parent in brk.parents:
        if parent.name in PARAGRAPH_BLOCKS:
            return parent
        if parent.name in BLOCKS or parent.name in ("td", "th", "li", "[document]"):
            return None
    return None


def opens_typed_notes(block: Tag, brk: Tag) -> bool:
    """Whether a single line break stands between notes typed in brackets: the block opens
    with one (`[1] …`) and the words after the break too (`[2] …`)."""
    after = brk.next_sibling
    words = after.get_text() if isinstance(after, Tag) else str(after or "")
    return bool(TYPED_NOTE.match(block.get_text())) and bool(TYPED_NOTE.match(words))


def split_after(block: Tag, run: list[Tag], post: BeautifulSoup) -> None:
    """The block parted at a run of line breaks: what follows the run, inside the same inline
    elements (a `<span>`'s font), moved into a block of its own after it; the breaks gone."""
    tail: Tag | None = None
    node: Tag = run[-1]
    while node is not block:
        parent = node.parent
        copy = post.new_tag(parent.name, attrs=dict(parent.attrs))
        copy.sourceline = parent.sourceline
        if tail is not None:
            copy.append(tail)
        for after in list(node.next_siblings):
            copy.append(after.extract())
        tail, node = copy, parent
    for brk in run:
        brk.decompose()
    block.insert_after(tail)


def around_the_post(
    feed: Node, post: Node, entries: list[Node], prefix: str
) -> list[tuple[int, str, str]]:
    """What the feed holds besides the post, each as the report lists it (line, text, why): the
    blog's title, the post's search description, every other entry (its type, and its title,
    or a comment's author and words)."""
    left = []
    found = feed.find("title")
    if found is not None and (words := title(feed)):
        left.append((found.line, words, BLOG))
    found = post.find(f"{prefix}:metaDescription")
    if found is not None and (words := clean_spaces(unescape(field(post, found.tag)))):
        left.append((found.line, words, DESCRIPTION))
    for entry in entries:
        if entry is post:
            continue
        what, status = kind(entry, prefix)
        author = entry.find("author")
        said = post_content(entry, placed=False).get_text(" ")
        who = clean_spaces(field(author, "name")) if author is not None else ""
        words = title(entry) or (f"{who}: {clean_spaces(said)}" if who else clean_spaces(said))
        label = " ".join(part.lower() for part in (status, what) if part) or "entry"
        left.append((entry.line, f"{label}: {words}", OTHER_ENTRY))
    return left


def blogger_read_as(takeout: BloggerTakeout) -> str:
    """The report's line on how a Blogger Takeout feed was read."""
    parted = (
        f", {takeout.parted} block{'s' * (takeout.parted != 1)} parted at line breaks "
        "(`<br /><br />`, a typed note's line) as Blogger shows them"
        if takeout.parted
        else ""
    )
    return (
        "a Blogger blog exported by Google Takeout (an Atom feed): its one live post read as a "
        f"page saved as HTML (the XML by expat, no DTD read, no entity expanded){parted}; its "
        "title, author (<author><name>) and date (<published>) from the entry, its publisher the "
        "blog's title; the blog's title, the post's search description, drafts, pages and "
        "comments left out, each listed"
    )
