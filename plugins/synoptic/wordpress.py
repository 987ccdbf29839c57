"""A WordPress export file (WXR, "Tools → Export": an RSS 2.0 document with WordPress's `wp:`,
`content:`, `excerpt:` and `dc:` namespaces), its one post read as the page WordPress would
show (docs/editions.md, "A WordPress export file (WXR)").

It is known by its root, an `<rss>` whose `<channel>` holds a `<wp:wxr_version>`. It is parsed
as jats.py parses XML (expat, no DTD read, a declared entity refused before anything is
expanded); the post's content, the block editor's saved HTML in a CDATA section, is handed to
htmlpage.py's reading (BeautifulSoup's HTML parser, which expands nothing), with:

- the title the item's `<title>`; the author the `wp:author` whose login the item's
  `<dc:creator>` names, by its display name (the login alone is no name: where no `wp:author`
  maps it, the author is left unknown and a warning says so); the date the item's
  `wp:post_date` (else its `<pubDate>`), never the channel's `<pubDate>` (the export's) nor
  `wp:post_modified`: the front, which no element of the post's overrides (a `<time>` in a
  sentence, a quotation's `<cite class="quote-author">` stay its words);
- the block editor's footnotes, whose texts stand only in the post's `footnotes` postmeta (a
  JSON list of `{"content", "id"}`), read as the page's notes, each numbered as its call in
  the content shows it (`<sup data-fn="ID"><a href="#ID">1</a></sup>`), where the
  `<!-- wp:footnotes /-->` block (which holds no text) stands: after the content;
- the classic editor's content (no block editor's mark, `<!-- wp:… -->`), which WordPress
  parts into paragraphs only as it shows it (wpautop), parted so: at its top level, a blank
  line ends a paragraph, a single newline is a line break;
- the content and each note parsed as fragments of their own, appended to the page's
  `<article>` node by node, never written into the page's string (a content closing the
  article, `</article></body></html>`, ends nothing: what follows is read); the report's
  lines the file's: the content set at the line its `<content:encoded>` opens on, the notes
  at their postmeta's.

The one post (or page) published is read; a lone post or page of another status (a draft)
is read with a warning where none is published; an export holding several published posts,
or none published but several of other statuses, is refused, naming each with its line (and
its status), with how to pick one. What is left out, each listed with its line: the channel
(the site's title and tagline), the post's excerpt (the summary its author wrote for the
site's lists of posts: no text of the post's; the edition's summary is the post's own first
sentence, as every text's), the readers' comments (`wp:comment`), the other items
(attachments, menu items, drafts beside the post).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import partial
from itertools import chain
from operator import attrgetter
from typing import Any

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

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

#: The markup a note of the block editor's keeps (its words' links and emphasis).
INLINE_TAGS = frozenset("a abbr b br cite code em i q s small span strong sub sup u".split())

#: What a WordPress export says of itself, in its channel: the version of WXR it is in.
WXR_VERSION = "wp:wxr_version"
#: The kinds of item that are a site's writing (not an attachment, a menu's item, a block).
WRITINGS = ("post", "page")
PUBLISHED = "publish"
ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
#: A post's note's call in the block editor's markup, the id of the note it calls.
CALL_ID = "data-fn"
#: The highest number a note of a list of notes can show (htmlpage reads three digits).
NOTES_MAX = 999
#: How a warning names the kind of a JSON value that is no text.
JSON_KINDS = {
    dict: "an object",
    list: "a list",
    int: "a number",
    float: "a number",
    bool: "true or false",
}
#: The block editor's mark of a block in its saved HTML (`<!-- wp:paragraph -->`): a post
#: with none is the classic editor's, whose paragraphs WordPress makes only as it shows it.
BLOCK_MARK = re.compile(r"<!--\s*wp:")
#: What parts the classic editor's paragraphs: a blank line (wpautop's rule).
BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")

CHANNEL = (
    "a WordPress export file: its channel (the site's title and tagline, not the post's), "
    "line of the XML"
)
COMMENT = "a WordPress export file: a reader's comment on the post (wp:comment), line of the XML"
EXCERPT = (
    "a WordPress export file: the post's excerpt (excerpt:encoded), the summary its author "
    "wrote for the site's lists of posts, not the post's text, line of the XML"
)
OTHER_ITEM = (
    "a WordPress export file: another item than the post (an attachment, a menu's item, a "
    "draft), line of the XML"
)


@dataclass(frozen=True)
class WordPressExport:
    page: HtmlPage  # the post as read (its left_out, the export's too)
    kind: str  # the item's `wp:post_type`: post or page
    notes: int  # the notes read from its `footnotes` postmeta
    classic: bool = False  # its content the classic editor's, parted as WordPress shows it
    warnings: tuple[str, ...] = ()


def is_wordpress_export(raw: str) -> bool:
    """A text that opens as XML whose root is an `<rss>` and that names a WXR version (the
    cheap look before it is parsed: a feed of another kind is left to jats.py's refusal)."""
    return (
        bool(XML_START.match(raw))
        and raw.startswith("<rss", root_start(raw))
        and f"<{WXR_VERSION}>" in raw
    )


def field(node: Node, tag: str) -> str:
    """The text of the node's element `tag` (its CDATA's), its spaces at its ends gone; ""
    where it has none."""
    found = node.find(tag)
    if found is None:
        return ""
    return "".join(child for child in found.children if isinstance(child, str)).strip()


def wordpress_export(raw: str, path: str) -> WordPressExport | None:
    """The post of a WordPress export (see the module), or None for any other text."""
    if not is_wordpress_export(raw):
        return None
    parsed = parse_or_refuse(raw, path, "a WordPress export", "export the site or the post again")
    root = parsed[0] if parsed else None
    channel = root.find("channel") if root is not None and root.tag == "rss" else None
    if channel is None or channel.find(WXR_VERSION) is None:
        return None  # (the version named elsewhere: jats.py refuses it as another XML)
    item, warnings = the_post(channel, path)
    notes, numbered, note_warnings = footnotes(item)
    page = html_page(
        post_html(item, channel), prepare=post_into(item, numbered, path), path=path, made_head=True
    )
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, item.line, "a WordPress export whose post holds no text")
    author_warnings = () if post_author(item, channel) else (unmapped_author(item),)
    return WordPressExport(
        with_left_out(page, around_the_post(channel, item)),
        field(item, "wp:post_type"),
        notes,
        is_classic(field(item, "content:encoded")),
        (*warnings, *note_warnings, *author_warnings),
    )


def the_post(channel: Node, path: str) -> tuple[Node, tuple[str, ...]]:
    """The one post (or page) published, and the warnings its choice calls for; an export
    holding several is refused, naming them, and one holding none (but a lone draft) too."""
    writings = [
        item for item in channel.elements("item") if field(item, "wp:post_type") in WRITINGS
    ]
    published = [item for item in writings if field(item, "wp:status") == PUBLISHED]
    status = partial(field, tag="wp:status")
    if chosen := one_published(writings, published, status, attrgetter("line")):
        return chosen
    raise SynopticError(
        path,
        (published or writings or [channel])[0].line,
        f"a WordPress export holding {held(published, writings)}: export the one post alone "
        "(Tools → Export → Posts, by its category or its dates), or delete the other <item>s "
        "from the file, and ingest it again",
    )


def one_published(
    writings: list[Any],
    published: list[Any],
    status: Callable[[Any], str],
    line: Callable[[Any], int],
) -> tuple[Any, tuple[str, ...]] | None:
    """The one published post of an export's posts (`writings`), with no warning; else its lone
    post of another status (a draft), with the warning that says so; else None (the export is
    refused, naming its posts). Shared with ghostexport.py: `status` and `line` read a post."""
    if len(published) == 1:
        return published[0], ()
    if not published and len(writings) == 1:
        draft = writings[0]
        return draft, (
            f"the export's one post is not published (its status `{status(draft)}`, line "
            f"{line(draft)}): read as the post; check it is the text meant",
        )
    return None


def held(published: list[Node], writings: list[Node]) -> str:
    """What an export whose post cannot be chosen holds, each post or page named with its
    line: several published, or none but several of other statuses (each status said), or
    none at all."""
    if published:
        named = "; ".join(f"{field(item, 'title')!r} (line {item.line})" for item in published)
        return f"{len(published)} published posts or pages ({named})"
    if writings:
        named = "; ".join(
            f"{field(item, 'title')!r} ({field(item, 'wp:status') or 'no status'}, line "
            f"{item.line})"
            for item in writings
        )
        return f"no published post or page, but {len(writings)} of other statuses ({named})"
    return "no post or page (only attachments or other items)"


def post_author(item: Node, channel: Node) -> str:
    """The display name of the author whose login the item's `<dc:creator>` names; "" where no
    `wp:author` of the channel maps it."""
    login = field(item, "dc:creator")
    for author in channel.elements("wp:author"):
        if login and field(author, "wp:author_login") == login:
            return field(author, "wp:author_display_name")
    return ""


def unmapped_author(item: Node) -> str:
    """The warning for a post whose author's login no `wp:author` of the channel names."""
    return (
        f"the post's author is named only by the login `{field(item, 'dc:creator')}` (line "
        f"{item.line}), which no wp:author of the export maps to a name: the author is left "
        "unknown; write it into the edition's front matter"
    )


def post_date(item: Node) -> str:
    """The post's date, `YYYY-MM-DD`: its `wp:post_date` (a draft's is `0000-00-00`: none),
    else its `<pubDate>`; "" where neither gives one."""
    if (day := ISO_DAY.match(field(item, "wp:post_date"))) and day[1] != "0000":
        return day[0]
    try:
        return parsedate_to_datetime(field(item, "pubDate")).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def footnotes(item: Node) -> tuple[int, list[tuple[int, str, str]], tuple[str, ...]]:
    """The block editor's notes, from the post's `footnotes` postmeta: how many, each as
    (line, its number, its HTML), numbered as its call in the content shows it; and the
    warnings (an entry that is no list of notes; of a note, `numbered_notes`)."""
    entry = next(
        (
            meta
            for meta in item.elements("wp:postmeta")
            if field(meta, "wp:meta_key") == "footnotes"
        ),
        None,
    )
    if entry is None:
        return 0, [], ()
    value = entry.find("wp:meta_value")
    line = entry.line if value is None else value.line
    try:
        listed = json.loads(field(entry, "wp:meta_value") or "[]")
    except ValueError:
        listed = None
    if not isinstance(listed, list) or not all(isinstance(note, dict) for note in listed):
        return (
            0,
            [],
            (
                f"the post's footnotes entry (line {line}) is no list of notes as the block editor "
                "writes it (JSON, each `content` and `id`): its notes are not read; copy them "
                "into the edition",
            ),
        )
    return numbered_notes(listed, calls(field(item, "content:encoded")), line)


def numbered_notes(
    listed: list[dict], called: dict[str, str], line: int
) -> tuple[int, list[tuple[int, str, str]], tuple[str, ...]]:
    """The notes of a footnotes entry (at `line`), each numbered as its call shows it (`called`:
    each note's id, with its number), in their numbers' order, and the warnings: a note whose
    content is no text (a JSON object, a list) is not read; a note nothing calls takes the
    first number no call shows that a list of notes can (`free_numbers`), the number the
    warning and the edition say."""
    free = free_numbers(set(called.values()))
    numbered, warnings = [], []
    for note in listed:
        content = note.get("content")
        if content is not None and not isinstance(content, str):
            kind = JSON_KINDS.get(type(content), "a value")
            warnings.append(
                f"a footnote whose content is no text but {kind} (line {line}): not read; copy "
                "its text from the post into the edition"
            )
            continue
        number = called.get(note["id"]) if isinstance(note.get("id"), str) else None
        if number is None:
            number = next(free, "")  # (none left past a thousand notes)
            read = f"read as note {number}" if number else "not read, no number left to it"
            warnings.append(
                f"a footnote nothing in the post calls (line {line}), {read}; check it against "
                "the source"
            )
        if number:
            numbered.append((line, number, content or ""))
    return len(numbered), sorted(numbered, key=lambda note: int(note[1])), tuple(warnings)


def free_numbers(taken: set[str]) -> Iterator[str]:
    """The numbers a note nothing calls may take: those no call shows, after the highest call's
    where a list of notes can show them (three digits, as htmlpage reads a note's id, `fn999`),
    else the lowest."""
    top = max((int(number) for number in taken), default=0)
    wanted = chain(range(top + 1, NOTES_MAX + 1), range(1, top))
    return (str(number) for number in wanted if str(number) not in taken)


def calls(content: str) -> dict[str, str]:
    """The notes' calls in the block editor's HTML: each note's id, with the number its call
    shows (`<sup data-fn="ID" class="fn"><a href="#ID">1</a></sup>`)."""
    soup = BeautifulSoup(content, "html.parser")
    found = {}
    for call in soup.find_all("sup", attrs={CALL_ID: True}):
        if (shown := clean_spaces(call.get_text())).isdecimal() and len(shown) <= 3:
            found[str(call[CALL_ID])] = str(int(shown))
    return found


def post_html(item: Node, channel: Node) -> str:
    """The page WordPress would show round the post (`made_page`): the item's title, whatever
    headings its content holds (an <h1> in the content had taken its place, review 39), its
    author, its day and the site's title, the channel's."""
    site = clean_spaces(field(channel, "title"))
    return made_page(field(item, "title"), post_author(item, channel), post_date(item), site)


def post_into(
    item: Node, notes: list[tuple[int, str, str]], path: str
) -> Callable[[BeautifulSoup], None]:
    """What sets the post into the page `post_html` made, once parsed: its content, parsed as
    a fragment of its own from the line its `<content:encoded>` opens on, appended to the
    article node by node, then its notes as the block editor lists them (`<ol
    class="wp-block-footnotes">`, each `<li id="fnN">`) at their postmeta's line; a content
    nesting too deep refused as any page's."""
    found = item.find("content:encoded")
    line = item.line if found is None else found.line
    content = field(item, "content:encoded")

    def set_post(soup: BeautifulSoup) -> None:
        post = fragment(content, line)
        if is_classic(content):
            classic_paragraphs(post, line + content.count("\n"))
        soup.article.extend(list(post.contents))
        if notes:
            listed = soup.new_tag(
                "ol", attrs={"class": "wp-block-footnotes"}, sourceline=notes[0][0]
            )
            for note_line, number, html in notes:
                note = soup.new_tag("li", attrs={"id": f"fn{number}"}, sourceline=note_line)
                note.extend(list(inline(fragment(html, note_line)).contents))
                listed.append(note)
            soup.article.append(listed)
        refuse_deep_nesting(soup, path)

    return set_post


def fragment(html: str, line: int) -> BeautifulSoup:
    """HTML of the post's (its content, a note) parsed on its own, its elements' lines the
    file's: the text set at `line`."""
    return BeautifulSoup("\n" * max(line - 1, 0) + html, "html.parser")


def is_classic(content: str) -> bool:
    """Whether the post's content is the classic editor's: text with no block editor's mark,
    which WordPress parts into paragraphs only as it shows it (wpautop)."""
    return bool(content.strip()) and not BLOCK_MARK.search(content)


def classic_paragraphs(post: BeautifulSoup, last_line: int) -> None:
    """The classic editor's post as WordPress shows it (wpautop's rule, at the content's top
    level): each run of text and inline elements between its blocks parted at its blank lines
    into paragraphs, a single newline inside one a line break; each paragraph at the file's
    line its words open on (`last_line`: the content's last)."""
    runs: list[list[PageElement]] = [[]]
    lines: dict[int, int] = {}  # (each text's line, by its id)
    for child in list(post.contents):
        if isinstance(child, Tag) and child.name in BLOCKS:
            runs.append([])
        elif type(child) is not NavigableString:
            runs[-1].append(child)  # (an inline element, a comment)
        else:
            parts = blank_line_parts(str(child), line_at_end(child, last_line))
            texts = [NavigableString(text) for text, _ in parts]
            lines |= {id(text): line for text, (_, line) in zip(texts, parts)}
            child.replace_with(*texts)
            runs[-1].append(texts[0])
            runs += [[text] for text in texts[1:]]
    for run in runs:
        said = [node for node in run if words_of(node)]
        if said:
            line = said[0].sourceline if isinstance(said[0], Tag) else lines[id(said[0])]
            paragraph = post.new_tag("p", sourceline=line)
            run[0].insert_before(paragraph)
            paragraph.extend(run)
            line_breaks(paragraph, post)


def words_of(node: PageElement) -> str:
    """The words a node of the post shows (a comment none)."""
    if isinstance(node, Tag):
        return node.get_text().strip()
    return node.strip() if type(node) is NavigableString else ""


def line_at_end(text: NavigableString, last_line: int) -> int:
    """The line a text at the content's top level ends on: the next element's, less the
    newlines of the comments between (`last_line`: the content's last)."""
    between = 0
    for after in text.next_siblings:
        if isinstance(after, Tag) and after.sourceline:
            return after.sourceline - between
        between += str(after).count("\n")
    return last_line - between


def blank_line_parts(text: str, end: int) -> list[tuple[str, int]]:
    """A text parted at its blank lines, each part with the line its words open on (`end`: the
    line the text ends on)."""
    blanks = list(BLANK_LINE.finditer(text))
    spans = zip(
        [0, *(blank.end() for blank in blanks)], [*(blank.start() for blank in blanks), len(text)]
    )
    parts = []
    for start, stop in spans:
        opens = stop - len(text[start:stop].lstrip())
        parts.append((text[start:stop], end - text.count("\n", opens)))
    return parts


def line_breaks(paragraph: Tag, post: BeautifulSoup) -> None:
    """A paragraph's single newlines as line breaks (`<br>`, made by the post's parse), none
    at its ends."""
    texts = [child for child in paragraph.contents if type(child) is NavigableString]
    for text in texts:
        trimmed = str(text)
        trimmed = trimmed.lstrip() if text is paragraph.contents[0] else trimmed
        trimmed = trimmed.rstrip() if text is paragraph.contents[-1] else trimmed
        pieces: list[PageElement] = []
        for index, piece in enumerate(trimmed.split("\n")):
            pieces += [post.new_tag("br")] if index else []
            pieces.append(NavigableString(piece))
        text.replace_with(*pieces)


def inline(note: BeautifulSoup) -> BeautifulSoup:
    """A note's parsed HTML with its inline markup alone (a link, emphasis): a note is a line
    of the list of notes, and a heading or a list in it (`</li></ol><h1>…`, a review's probe)
    took the page's title."""
    for tag in note.find_all(True):
        if tag.name not in INLINE_TAGS:
            tag.insert_before(" ")  # (a block's words kept apart from the next block's)
            tag.insert_after(" ")
            tag.unwrap()
    return note


def around_the_post(channel: Node, post: Node) -> list[tuple[int, str, str]]:
    """What the export holds besides the post, each as the report lists it (line, text, why):
    the channel's title and tagline, the post's excerpt (its words, its markup aside), its
    comments, every other item."""
    left = [
        (found.line, words, CHANNEL)
        for found in channel.elements("title", "description")
        if (words := clean_spaces(field(channel, found.tag)))
    ]
    excerpt = post.find("excerpt:encoded")
    said = BeautifulSoup(field(post, "excerpt:encoded"), "html.parser").get_text()
    if excerpt is not None and (words := clean_spaces(said)):
        left.append((excerpt.line, words, EXCERPT))
    for comment in post.elements("wp:comment"):
        said = f"{field(comment, 'wp:comment_author')}: {field(comment, 'wp:comment_content')}"
        left.append((comment.line, clean_spaces(said), COMMENT))
    for item in channel.elements("item"):
        if item is not post:
            kind = field(item, "wp:post_type") or "item"
            left.append((item.line, f"{kind}: {clean_spaces(field(item, 'title'))}", OTHER_ITEM))
    return left


def wordpress_read_as(export: WordPressExport) -> str:
    """The report's line on how a WordPress export was read."""
    notes = (
        f", {export.notes} note{'s' * (export.notes != 1)} from its footnotes entry (postmeta)"
        if export.notes
        else ""
    )
    classic = (
        ", its content the classic editor's (no block markup), parted into paragraphs at its "
        "blank lines, a single newline a line break, as WordPress shows it (wpautop)"
        if export.classic
        else ""
    )
    return (
        f"a WordPress export file (WXR): its one {export.kind} read as a page saved as HTML "
        f"(the XML by expat, no DTD read, no entity expanded){notes}{classic}; its title, "
        "author (the login's display name) and date from the item, its publisher the channel's "
        "title; the channel, comments and other items left out, each listed"
    )
