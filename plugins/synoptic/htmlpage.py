r"""A web page saved as HTML (a browser's "Save Page As…", a CMS's export), read as the
Markdown a converter such as html2text would make of it, so that the rules for a Markdown
source and for a web page read it.

It is known by its start: a doctype or an `<html>` tag, after any blank lines and comments; or
it is a fragment, a document's body as mammoth writes it (htmlfragment.py), with no front
matter where it marks no title. BeautifulSoup parses it (as browsers do, forgiving broken
markup). A byline broken by a line break is parted at it (htmlfragment.py). Where the page marks
its essay (one `<article>`, or one `<main>`, or the one article titled among cards of other
posts, Medium's), only that is read: what stands outside it (the site's
header, menus, sidebars, footer) is left out, each block listed in the report with its line in
the HTML. The text read is:

- a block of links alone, but for a word or two of label (`Tagged:`), that makes no sentence
  (tags, sharing buttons, the author's page) and a link round blocks (the next post's card):
  left out, each listed in the report with its line in the HTML;
- front matter: the title (a word processor's Title paragraph opening the text on a page it
  made, Word's `<p class=MsoTitle>` under `<meta name=Generator content="Microsoft Word …">` or
  Google Docs' `<p class="c7 title" id="h.…">` in its `<body class="… doc-content">`; else the
  `<h1>`; else the page's `<title>`), the author (an element whose class, `rel` or
  `data-testid` says `author`, or the page's `<meta name="author">`), the date (a `<time>`'s
  `datetime`, or the page's `article:published_time`) and the publisher (the site's name,
  `og:site_name`, unless it is the author's), each left out where it stood (with the few
  words around it in its block, `Written By`, `Posted`, listed where the report's front line
  does not name them). An element inside a sentence (`closes on <time>30 April</time>, and
  the board …`) is the text's, no byline nor dateline: its words stay. On a page an export's
  reader made (`made_page`), the front is its head's, the export's fields: no element of the
  post's is read as its author, date or publisher;
- the blocks in order, each between blank lines, the characters Markdown reads as syntax
  escaped (`\`, `` ` ``, `*`, `_`, brackets, `<`, and a line's opening `#`, `>`, `-`, `+` or
  number): a paragraph, a `<div>` holding text, a table as a list of its rows (`- 2020 ·
  3.1 m`); a heading as `## …` (`### …` below `<h3>`), whatever its first letter's case,
  its closing `#` escaped (the writer's, `number #`); a list's items as `- item` or
  `1. item`; a quotation's blocks as `> …`;
- a footnote's call (a link to `#fn1`, `<sup>1</sup>`, a number in a superscript linking to a
  place on the page, WordPress's `<sup data-fn><a href="#a3f1…">1</a></sup>`) as `[^1]`, and
  a list of notes (an `<ol>` or a section whose class or items' ids say footnotes) as
  `[^1]: note`, their links back (`↩`) left out;
- a figure (an image and its caption): left out and listed;
- a note set as a block of its own (Substack's `<div class="footnote">`: a link holding its
  number, whose id names it, `<a id="footnote-1" href="#footnote-anchor-1">1</a>`, and the
  note's text beside it) as `[^1]: note`, its number's link left out;
- a signup box inside the post (an element whose class or component name says `subscribe` or
  `subscription`, holding a form or an input: Substack's "Thanks for reading … Subscribe for
  free"): left out and listed; a class that says so over no form is read;
- the author's name shown alone over the post (in an element before its first paragraph), where
  only the page's `<meta name="author">` names the author (Substack's byline, a link to the
  author's profile): left out with it, as a marked author's element is;
- the readers' comments and the comment form (an element whose class or id says so:
  WordPress's `wp-block-comments`, `comments-area`, `comment-respond`, `id="comments"`), left
  out and listed, with their line in the HTML; a form's labels are no text of the page's;
- a byline's word or a separator alone in an element beside the author's (`<p>By</p>`,
  `<p>·</p>`, as a WordPress template sets a post's meta): left out with the name;
- a line break inside a block as a space; an image, a script, a style, a form, a video, an
  inline SVG and the `<head>` as nothing; what the page hides (`hidden`, `display: none`)
  left out and listed, with its line in the HTML.

What else the page sets around the essay (sharing buttons, tags, "Related" lists) comes through
as text, as a browser shows it: the web rules remove it and the report lists each, with its line
in the text read (the report's `where` says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from html import escape
from itertools import takewhile

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from .emit import escape_block_start, escape_closing_hashes
from .errors import SynopticError
from .htmlfragment import byline_lines, is_fragment
from .layout import ends_sentence
from .pagetags import is_tag_list
from .postparts import (
    excerpts,
    header_fragments,
    header_standfirsts,
    header_subtitles,
    pull_quotes,
    pull_quotes_paraphrasing,
    pull_quotes_set_apart,
    without_reading_time,
)
from .readabilitysummary import (
    STANDFIRST,
    signs_up,
    standfirst,
    summary_shape,
)
from .singlefile import singlefile_said
from .yamlsource import yaml_string

#: Elements nested deeper than this are refused, before the page is read: no page's text
#: nests so (a site's theme, twenty or thirty at most), and the walk over them (`_Reader`,
#: three of Python's frames an element) stays well inside Python's stack. Higher than jats.py's
#: 100: an HTML parser nests what is left open (`<p>` after `<p>`, no `</p>`), a paragraph in
#: the last, and an old page of a hundred paragraphs so set is read.
MAX_DEPTH = 200
#: A page's start: a doctype or an `<html>` tag, after blank lines and comments.
PAGE_START = re.compile(r"<(?:!doctype\s+html|html[\s>])", re.I)
#: What a saved page holds beside its start: a text that only opens with `<html>` is no page.
BLANK = re.compile(r"\s*")
PAGE_PART = re.compile(r"<(?:head|body)[\s>]|</html\s*>", re.I)
#: Elements that show no text of the essay's: a figure (its image, and the caption that goes
#: with it) is left out and listed.
FIGURE = "a web page saved as HTML: a figure (an image and its caption), line of the HTML"
#: Elements that show no text of the page's.
SILENT = frozenset(
    "head script style noscript template svg canvas img picture video audio iframe object "
    "embed form input button select textarea math".split()
)
#: Elements whose text is a block of its own (a line between blank lines).
BLOCKS = frozenset(
    "p div section article main header footer nav aside figure figcaption blockquote pre "
    "address dl dt dd table thead tbody tfoot tr caption ul ol li h1 h2 h3 h4 h5 h6 hr".split()
)
HEADINGS = {"h1": "## ", "h2": "## ", "h3": "## ", "h4": "### ", "h5": "### ", "h6": "### "}
#: Characters Markdown reads as syntax inside a line, and at its start (`# `, `> `, `- `, `1. `).
INLINE_SYNTAX = re.compile(r"([\\`*_\[\]<])")
#: A footnote's call: a link to `#fn1`, `#fn:1`, `#footnote-1`, `#note1` …, or `<sup>1</sup>`.
NOTE_TARGET = re.compile(r"#(?:fn|footnote|note|endnote)[-_:]?(?P<label>\d{1,3})", re.I)
NOTE_CALL_TEXT = re.compile(r"\[?(?P<label>\d{1,3})\]?")
#: A list of notes: its class, or its items' ids, say so.
#: (a class token: `footnotes`, `wp-block-footnotes`, `footnote-list`, `endnotes`; not
#: `release-notes` or `show-notes`, a page's own lists)
NOTES_CLASS = re.compile(r"(?:^|[-_])(?:foot|end)-?notes?(?:$|[-_])", re.I)
NOTES_ID = re.compile(r"(?:foot|end)?-?notes?", re.I)
NOTE_ID = re.compile(r"(?:fn|footnote|note|endnote)[-_:]?\d{1,3}$", re.I)
NOTE_NUMBER = re.compile(r"(?<=[a-z_:-])\d{1,3}$", re.I)
#: The link back from a note to its call.
BACK_LINK = re.compile(r"#(?:fn|footnote|note|endnote)?-?ref", re.I)
BACK_SIGNS = "↩↑︎"
SPACES = re.compile(r"\s+")
CALL = re.compile(r"\0(\d{1,3})\0")
SENTENCE_STOP = re.compile(r"\w[.!?]")


#: A page Word made (saved as "Web Page" or "Web Page, Filtered"): its `<meta name=Generator>`.
WORD_GENERATOR = re.compile(r"\s*Microsoft Word\b", re.I)
#: Google Docs' generated classes (`c7`), on its body and beside its paragraphs' style class.
GOOGLE_CLASS = re.compile(r"c\d+")
#: The author's element: its class or `rel` says so (`author`, `byline__name`, `p-author`).
AUTHOR_CLASS = re.compile(r"\bauthor\b|author-?name|byline.?name|p-author", re.I)
#: Words beside the author's name or the date in their block (`Written By`, `Posted on`): the
#: block goes with them where it holds no more.
FRONT_WORDS = 3
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Platforms whose pages give their own name as the site's (`og:site_name`): no publisher of
#: the posts they host (a Medium post read "Medium" as its publisher).
PLATFORMS = frozenset({"medium"})
OUTSIDE = "a web page saved as HTML: outside its essay (its <article> or <main>), line of the HTML"
AROUND = (
    "a web page saved as HTML: its navigation, a sidebar, or (no article marking the essay) its "
    "header or footer, line of the HTML"
)
SIGNUP = (
    "a web page saved as HTML: a signup box inside the post (a subscribe form and its words, "
    "or, a program having taken its form out, its heading, pitch and small print), line of the "
    "HTML"
)
#: A signup box: a class token or a component's name says `subscribe`, `subscription` or
#: `signup` (Ghost's `kg-signup-card`).
SIGNUP_NAME = re.compile(r"subscri(?:be|ption)|sign-?up|newsletter", re.I)
#: A signup box's words at most ("Thanks for reading … Subscribe for free to receive new
#: posts"): an element so named around more holds the post's own text, and is read.
SIGNUP_WORDS = 50
EXCERPT = (
    "a web page saved as HTML: the excerpt under the title (the page's description for link "
    "previews, shown again in the article's header), line of the HTML"
)
HEADER_STANDFIRST = (
    "a web page saved as HTML: the standfirst under the title (a sub-editor's line the "
    "article's header sets after its headline, its class saying so: `dek`, `standfirst`), "
    "line of the HTML"
)
HEADER = (
    "a web page saved as HTML: the post's header, what is left of it over the first block once "
    "its title, author and date are read (a badge, a byline's words, separators, the reading "
    "time), line of the HTML"
)
POST_PULL_QUOTE = (
    "a web page saved as HTML: a pull quote (a quotation saying again a sentence of the "
    "paragraph beside it), line of the HTML"
)
PULL_QUOTE_APART = (
    "a web page saved as HTML: a pull quote set apart from the sentences it repeats (its class "
    "says it is one, and a paragraph further off says its words as sentences of its own), "
    "line of the HTML"
)
PULL_QUOTE_PARAPHRASE = (
    "a web page saved as HTML: a pull quote saying again in words of its own a sentence of the "
    "paragraph beside it (its class says it is one), line of the HTML"
)
BYLINE = (
    "a web page saved as HTML: a byline or a dateline, its author's name or date read as the "
    "front (with the words beside them: `By`, `Posted on`, the reading time), line of the HTML"
)
HIDDEN = (
    "a web page saved as HTML: text the page hides (`hidden`, `display: none`), shown to no "
    "reader of the page, line of the HTML"
)
LINKS = (
    "a web page saved as HTML: a block of links alone (tags, sharing buttons, the author's "
    "page, the next and previous posts), line of the HTML"
)
#: A page's readers' comments and its comment form: an element whose class or id says so
#: (WordPress's `wp-block-comments`, `comments-area`, `comment-respond`; `id="comments"`).
COMMENTS_CLASS = re.compile(
    r"wp-block-comments|comments(?:-area|-section|-wrapper)?|comment-respond|comment-?list", re.I
)
COMMENTS_ID = re.compile(r"comments|respond|disqus_thread", re.I)
COMMENTS = "a web page saved as HTML: its readers' comments and the comment form, line of the HTML"
#: A byline's word, or a separator, alone in an element beside the author's name or the date
#: (`<p>By</p>`, `<p>·</p>`): it goes with them.
BYLINE_WORD = re.compile(r"(?:written |words |posted |published )?(?:by|on):?|[·•|–—/]", re.I)
#: Words a block of links may hold besides them (`Tagged:`, `Share on`).
LINK_LABEL_WORDS = 2


@dataclass(frozen=True)
class HtmlPage:
    text: str  # the page's text, as read (see the module)
    blocks: int  # the blocks read
    notes: int  # notes read from a list of notes
    #: blocks left out: (line of the HTML, text, why: OUTSIDE, LINKS or FIGURE)
    left_out: tuple[tuple[int, str, str], ...] = ()
    #: a readability program's article (readabilitysummary.py): which, as the report names it
    summary: str = ""
    warnings: tuple[str, ...] = ()  # what the report warns of (a summary's first paragraph)
    #: the front read from the page's elements: (the field, the element, its line in the HTML)
    front_from: tuple[tuple[str, str, int], ...] = ()
    #: what saved the page, where it says so (SingleFile's comment), as the report names it
    saved_by: str = ""


def made_page(title: str, author: str, day: str, site: str) -> str:
    """The page an export's platform would show round its post (WordPress, Blogger, Ghost):
    the title, the author, the day and the site's name in the head as a page gives them (the
    site's name read as the publisher, `og:site_name`: a reader of VV's site found the blog's
    and the newsletter's names nowhere), and an `<article>` holding the title's `<h1>`, into
    which the reader sets the post node by node: nothing of the post's is written into this
    string (a content closing the article had ended the page there, review 39)."""
    head = [f"<title>{escape(title)}</title>"]
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    if day:
        head.append(f'<meta property="article:published_time" content="{day}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{escape(site)}">')
    return (
        f"<html><head>{''.join(head)}</head><body><article><h1>{escape(title)}</h1>"
        "</article></body></html>\n"
    )


def with_left_out(page: HtmlPage, *more: Iterable[tuple[int, str, str]]) -> HtmlPage:
    """The page with more blocks left out beside its own: what a kind of page's reader took
    out before the page was read (a Notion page's properties, a note's embedded files, an
    export's other items), each (line, text, why), all in the order of their lines."""
    found = (*page.left_out, *(block for blocks in more for block in blocks))
    return replace(page, left_out=tuple(sorted(found)))


def is_page(raw: str) -> bool:
    """Whether the text is a saved page: a doctype or `<html>` after blank lines and comments
    (skipped one by one: a pattern nesting a lazy `.*?` in a repeat took seconds on a text
    opening with a few dozen comments, a review's probe), and a head, a body or an end."""
    at = BLANK.match(raw).end()
    while raw.startswith("<!--", at):
        end = raw.find("-->", at + 4)
        if end < 0:
            return False
        at = BLANK.match(raw, end + 3).end()
    return bool(PAGE_START.match(raw, at)) and bool(PAGE_PART.search(raw, at))


def html_page(
    raw: str,
    given: Mapping[str, str] | None = None,
    prepare: Callable[[BeautifulSoup], None] | None = None,
    path: str = "",
    made_head: bool = False,
) -> HtmlPage | None:
    """The text of a page saved as HTML, or None for any other text; `given`: the title,
    author and date known besides the page (an e-mail's headers), where the page marks none;
    `prepare`: what a kind of page's own markup says, read into the parsed page before it is
    read (an EPUB's `epub:type`, xhtmlpage.py); `path`: where the page is, for a refusal (a
    page nesting its elements deeper than `MAX_DEPTH`); `made_head`: the page's head is its
    reader's, written from an export's fields (`made_page`), which are the front."""
    summary = summary_shape(raw)  # (Readability.js's article may hold lines of bare text)
    if not (is_page(raw) or is_fragment(raw) or summary):
        return None
    soup = BeautifulSoup(raw, "html.parser")
    refuse_deep_nesting(soup, path)
    if prepare is not None:
        prepare(soup)
    # (after `prepare`: a Ghost or Blogger post's HTML is set into the page by it; review 41)
    close_open_items(soup)
    byline_lines(soup)  # (`By Ann Lee<br />Managing Partner`: the name alone on its line)
    body = soup.body or soup
    root = _essay_of(body)
    front, taken, front_from, bylines = _front(soup, root, made_head)
    shown_again = [(tag, BYLINE) for tag in bylines]
    shown_again += [(tag, EXCERPT) for tag in excerpts(soup, root)]
    # (a standfirst the description says whole is listed once, as the excerpt)
    excerpted = {id(tag) for tag, _ in shown_again}
    shown_again += [
        (tag, HEADER_STANDFIRST) for tag in header_standfirsts(root) if id(tag) not in excerpted
    ]
    beside = pull_quotes(root)
    shown_again += [(tag, POST_PULL_QUOTE) for tag in beside]
    apart = pull_quotes_set_apart(root, beside)
    shown_again += [(tag, PULL_QUOTE_APART) for tag in apart]
    paraphrases = pull_quotes_paraphrasing(root, beside + apart)
    shown_again += [(tag, PULL_QUOTE_PARAPHRASE) for tag in paraphrases]
    taken |= {id(tag) for tag, _ in shown_again}
    known = {**(given or {}), **front}
    front = {key: known[key] for key in ("title", "author", "date", "publisher") if key in known}
    listed = any(_is_notes(found) for found in body.find_all(("ol", "ul", "section"))) or any(
        _note_number_link(found) for found in body.find_all("div")
    )
    reader = _Reader(taken, listed, whole_body=root is body, forms_gone=bool(summary))
    reader.block(root)
    header = header_fragments(reader.lines) if "title" in front else 0
    reader.left_out += [(reader.where[i], reader.lines[i], HEADER) for i in range(header)]
    del reader.lines[:header], reader.where[:header]
    lead, warned = standfirst(reader.lines, reader.where, root) if summary else (0, ())
    reader.left_out += [(reader.where[i], reader.lines[i], STANDFIRST) for i in range(lead)]
    del reader.lines[:lead], reader.where[:lead]
    left = _Reader(taken | {id(root)}, listed)
    if root is not body:
        left.block(body)
    head = ["---", *(f"{key}: {yaml_string(value)}" for key, value in front.items()), "---"]
    # (a fragment or a program's summary marks no title, author or date: no front matter,
    # where none is found, which the report listed as a rule's lines, `---`)
    head = head if front or not (is_fragment(raw) or summary) else []
    text = "".join(f"{line}\n" for line in head) + "\n" + "\n\n".join(reader.lines) + "\n"
    outside = [(line, words, OUTSIDE) for line, words in zip(left.where, left.lines)]
    again = [
        (tag.sourceline or 0, clean_spaces(tag.get_text(" ")), why) for tag, why in shown_again
    ]
    left_out = sorted(outside + again + reader.left_out + left.left_out)
    return HtmlPage(
        text,
        len(reader.lines),
        reader.notes,
        tuple(left_out),
        summary,
        (*warned, *(subtitle_kept(tag, name) for tag, name in header_subtitles(root))),
        tuple((key, *front_from[key]) for key in front if key in front_from),
        singlefile_said(raw),
    )


def subtitle_kept(paragraph: Tag, name: str) -> str:
    """The report's warning of a paragraph under the title classed as a subtitle, read: a
    blog's theme sets the writer's own line so, a magazine its sub-editor's (review 41)."""
    words = clean_spaces(paragraph.get_text(" "))
    return (
        f"a web page saved as HTML: the paragraph under the title classed `{name}` (line "
        f"{paragraph.sourceline or 0} of the HTML, '{words}') is read as the essay's: a blog's "
        "theme sets the writer's own line so; if a sub-editor wrote it (a standfirst), delete "
        "it from the edition and its summary"
    )


def refuse_deep_nesting(soup: BeautifulSoup, path: str) -> None:
    """Refuse a page whose elements nest deeper than `MAX_DEPTH`, at the first such
    element's line, with what to do: its reading would run out of Python's stack."""
    deepest = _too_deep(soup)
    if deepest is None:
        return
    inside = " in ".join(f"<{tag.name}>" for tag in [deepest, *deepest.parents][:3])
    raise SynopticError(
        path,
        deepest.sourceline,
        f"a page whose elements nest more than {MAX_DEPTH} deep ({inside} …), as no page's text "
        "does: an element left open (a `<p>` or a `<font>` with no end tag) holds all that "
        "follows it; close or unnest them, or open the page in a browser, copy its text into a "
        "text file and ingest that",
    )


def close_open_items(soup: BeautifulSoup) -> None:
    """Close each list item a page left open where the next item opens, as a browser does:
    an HTML parser nests `<li>A<li>B` as B inside A (a page saved compressed, SingleFile's,
    drops the optional `</li>`), and a list of tags read so is one item of all their names.
    Each item set inside another, right in it, is moved after it, with what follows it. Run
    on the page as a kind's reader prepared it: the post it set in (Ghost's, Blogger's) too."""
    for item in soup.find_all("li"):
        outer = item.parent
        if not isinstance(outer, Tag) or outer.name != "li":
            continue
        following = [item, *item.next_siblings]
        for moved in reversed(following):
            outer.insert_after(moved.extract())


def _too_deep(soup: BeautifulSoup) -> Tag | None:
    """The first element, in the page's order, nested more than `MAX_DEPTH` deep, or None (a
    walk with a stack of its own, not Python's)."""
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH:
            return element
        stack += [
            (child, depth + 1) for child in reversed(element.contents) if isinstance(child, Tag)
        ]
    return None


def _hidden_words(element: Tag) -> str:
    """The words of an element the page hides, as the page would show them unhidden: none of
    an element inside that shows no text (a script, a style)."""
    texts = element.find_all(string=True)
    shown = [text for text in texts if not any(tag.name in SILENT for tag in text.parents)]
    return clean_spaces(" ".join(_shown(text) for text in shown))


def _hidden(tag: Tag) -> bool:
    """An element the page hides (`hidden`, `display: none`: a form's messages, a theme's
    templates; review 33)."""
    style = (tag.get("style") or "").replace(" ", "").lower()
    return tag.has_attr("hidden") or "display:none" in style


def _essay_of(body: Tag) -> Tag:
    """The element that holds the essay: the page's one `<article>`, else the one article
    titled among cards of other posts, else its one `<main>` (or `role="main"`), else its
    body. (A magazine's `<main>` holds the story's article and, after it, the related
    articles' cards, each an `<article>` of its own: the story is the essay, not the main,
    where it says more than all the rest of the main; review 41.)"""
    mains = body.find_all(lambda tag: tag.name == "main" or tag.get("role") == "main")
    articles = body.find_all("article")
    if len(articles) == 1:
        return articles[0]
    main = mains[0] if len(mains) == 1 else None
    story = _story_among_cards(articles, main)
    if story is not None:
        return story
    return main or body


def _story_among_cards(articles: list[Tag], main: Tag | None = None) -> Tag | None:
    """The post among cards of other posts (Medium's page: its story's `<article>`, then
    `<article>`s previewing more from the author and recommended posts; a magazine's, inside
    its `<main>`): the one article that holds the page's one `<h1>`, inside no other, and says
    more than all the others together, and, where the page has one `<main>`, is inside it and
    says more than all the rest of the main (its text outside any article too: a main holding
    a small titled header's article, then the post's body in a `<div>`, is the essay, not its
    header); None where no article is so marked."""
    titled = [article for article in articles if article.find("h1") is not None]
    if len(titled) != 1 or sum(len(article.find_all("h1")) for article in articles) != 1:
        return None
    story = titled[0]
    if story.find_parent("article") is not None:
        return None
    said = _words(story)
    if main is not None:
        inside = any(parent is main for parent in story.parents)
        return story if inside and said > _words(main) - said else None
    others = sum(_words(article) for article in articles if article is not story)
    return story if said > others else None


def _words(tag: Tag) -> int:
    """How many words an element shows, its children's included."""
    return len(tag.get_text(" ").split())


def _front(
    soup: BeautifulSoup, root: Tag, made_head: bool = False
) -> tuple[dict[str, str], set[int], dict[str, tuple[str, int]], list[Tag]]:
    """The title, author and date the page marks; the elements they were read from (to be
    left out where they stood); for the report, what each field was read from and at which
    line of the HTML; and the blocks left out with them whose words the report lists, those
    its front line does not name (a byline's `By`, `Posted on`). On a page whose head its
    reader made from an export's fields (`made_head`), the author, date and publisher are
    the head's: no element of the post's is read as one (a quotation's `<cite
    class="quote-author">` and a `<time>` in a sentence were, review 43)."""
    front: dict[str, str] = {}
    took: list[Tag] = []  # the elements left out where they stood
    read: dict[str, Tag] = {}  # each field's element
    heading = _title_paragraph(soup, root) or root.find("h1") or soup.find("h1")
    if isinstance(heading, Tag) and (title := clean_spaces(heading.get_text())):
        front["title"], read["title"] = title, heading
        took.append(heading)
    elif soup.title and (title := clean_spaces(soup.title.get_text())):
        front["title"], read["title"] = title, soup.title
    author = None if made_head else _marked(soup, root, _is_author)
    while isinstance(author, Tag) and isinstance(inner := author.find(_is_author), Tag):
        author = inner  # the name's own element, inside a block that says `Written By`
    if isinstance(author, Tag) and (name := clean_spaces(author.get_text())):
        front["author"], read["author"] = name, author
        block = _block_around(author, name)
        took += [block, *_byline_words_beside(block)]
    elif name := _meta(soup, "author"):
        front["author"], read["author"] = name, _meta_tag(soup, "author")
        if isinstance(shown := _name_shown_over_post(root, name), Tag):
            took.append(_block_around(shown, name))
    time = None if made_head else _marked(soup, root, lambda tag: tag.name == "time")
    if isinstance(time, Tag) and (day := DAY.match(time.get("datetime") or "")):
        front["date"], read["date"] = day[0], time
        # (its block with the post's reading time beside the date: `• 4 min read`)
        took.append(_block_around(time, clean_spaces(time.get_text()), without_reading_time))
    elif day := DAY.match(_meta(soup, "article:published_time")):
        front["date"], read["date"] = day[0], _meta_tag(soup, "article:published_time")
    # The site's name, as its pages give it to link previews: the publisher (not a blog
    # named after its author, who is no publisher of their own, nor a platform's name).
    site = _meta(soup, "og:site_name")
    if site and site != front.get("author") and site.lower() not in PLATFORMS:
        front["publisher"], read["publisher"] = site, _meta_tag(soup, "og:site_name")
    # … or on a platform, the publication the post is published in, as the page marks it
    # (Medium's `data-testid="publicationName"`, under "Published in")
    publication = None if made_head else soup.find(attrs={"data-testid": "publicationName"})
    if "publisher" not in front and isinstance(publication, Tag):
        if name := clean_spaces(publication.get_text()):
            front["publisher"], read["publisher"] = name, publication
    found = {key: (_element_said(tag), tag.sourceline or 0) for key, tag in read.items() if tag}
    # (the report's front line names the elements read, but for a made head's page, which
    # sets its title's alone: any other words taken are listed)
    named = {_said(tag) for key, tag in read.items() if tag and (key == "title" or not made_head)}
    taken = {id(tag) for tag in took}
    outer = [tag for tag in took if not any(id(parent) in taken for parent in tag.parents)]
    return front, taken, found, [tag for tag in outer if _said(tag) not in named]


def _marked(soup: BeautifulSoup, root: Tag, marks: Callable[[Tag], bool]) -> Tag | None:
    """The first element of the essay that `marks` a field of the front (an author's, a
    `<time>`), else the page's first, standing in no sentence (`_in_sentence`) nor quotation
    (a `<cite class="quote-author">` names who said it, not who wrote the page)."""

    def front_mark(tag: Tag) -> bool:
        return marks(tag) and tag.find_parent("blockquote") is None and not _in_sentence(tag)

    found = root.find(front_mark) or soup.find(front_mark)
    return found if isinstance(found, Tag) else None


def _said(tag: Tag) -> str:
    return clean_spaces(tag.get_text(" "))


def _element_said(tag: Tag) -> str:
    """An element the front was read from, as the report names it: `<h1>`, `<time>`, `<meta
    name="author">`, an author's element by its tag alone."""
    named = next((f'{key}="{tag[key]}"' for key in ("name", "property") if tag.get(key)), "")
    return f"<{tag.name} {named}>" if tag.name == "meta" and named else f"<{tag.name}>"


def front_said(front_from: tuple[tuple[str, str, int], ...]) -> str:
    """Where a page's front was read, for the report: `the title from its <h1> (line 6), …`
    (an element with no line, none said)."""
    return ", ".join(
        f"the {key} from its {element}" + (f" (line {line})" if line else "")
        for key, element, line in front_from
    )


def _title_paragraph(soup: BeautifulSoup, root: Tag) -> Tag | None:
    """The paragraph a word processor marks as the document's title by its style, where it
    opens the text (no heading nor paragraph with words before it), on a page the word
    processor made: Word's `<p class=MsoTitle>` (its Title style) on a page whose `<meta
    name=Generator>` says Microsoft Word ("Web Page, Filtered"); Google Docs' `<p class="c7
    title" id="h.…">` on a page of Google's (its body's class `doc-content`, or only generated
    classes, `c9`; a document downloaded as a web page). Their headings (`<h1>`) are the
    sections'. None on any other page (a site's `<p class="title">`, its name in the header or a
    related post's card, is no title over its `<h1>`), where the page opens otherwise, or the
    class is another's (`post-title`, `subtitle`)."""
    generator = soup.find("meta", attrs={"name": re.compile(r"generator", re.I)})
    word = isinstance(generator, Tag) and bool(WORD_GENERATOR.match(generator.get("content", "")))
    body = soup.body
    body_classes = (body.get("class") or ()) if isinstance(body, Tag) else ()
    google = "doc-content" in body_classes or (
        bool(body_classes) and all(GOOGLE_CLASS.fullmatch(name) for name in body_classes)
    )
    if not word and not google:
        return None
    for tag in root.find_all(("p", *HEADINGS)):
        if clean_spaces(tag.get_text()):
            return tag if tag.name == "p" and _is_title_style(tag, word, google) else None
    return None


def _is_title_style(paragraph: Tag, word: bool, google: bool) -> bool:
    """Word's Title style (`MsoTitle`), or Google Docs' (`title` beside generated classes, its
    id a heading's, `h.…`)."""
    classes = paragraph.get("class") or ()
    if word and any(name.lower() == "msotitle" for name in classes):
        return True
    return (
        google
        and "title" in classes
        and all(name == "title" or GOOGLE_CLASS.fullmatch(name) for name in classes)
        and str(paragraph.get("id", "")).startswith("h.")
    )


def _name_shown_over_post(root: Tag, name: str) -> Tag | None:
    """The element that shows the author's name, and nothing else, before the post's first
    paragraph (Substack's byline links the name to the author's profile, and marks it by no
    class): None where the name first stands in or after a paragraph."""
    for tag in root.find_all(True):
        if id(tag) == id(root) or tag.name in SILENT:
            continue
        if clean_spaces(tag.get_text()) == name and tag.name not in HEADINGS:
            return tag
        if tag.name == "p":
            return None
    return None


def _is_signup(tag: Tag, forms_gone: bool = False) -> bool:
    """A signup box set inside a post: its class or its component's name says `subscribe`
    or `subscription` (`subscription-widget-wrap-editor`, `SubscribeWidgetToDOM`), and it
    holds a form or an input, in `SIGNUP_WORDS` words at most (a class alone, over words, may
    be the post's own; so may one around the post's paragraphs and a form among them). Where
    a program took the page's forms out (`forms_gone`: readability's summary), the sign-up's
    small print under the form (`privacy notice`, `unsubscribe`), its last block under a
    heading or a pitch, stands for it (`signs_up`: a paragraph of the essay's own in such a
    class may say `unsubscribe`, review 38)."""
    said = " ".join([*(tag.get("class") or ()), tag.get("data-component-name") or ""])
    if not SIGNUP_NAME.search(said):
        return False  # (most elements: asked of every block, so no words are counted)
    formed = tag.find(("form", "input")) is not None
    if not formed and not (forms_gone and signs_up(_block_texts(tag))):
        return False
    # (its words outside the form: a form's button and its hidden messages, "Email sent!
    # Check your inbox …", are no text of the post's)
    words = len(tag.get_text(" ").split())
    words -= sum(len(form.get_text(" ").split()) for form in tag.find_all("form"))
    return words <= SIGNUP_WORDS


def _block_texts(tag: Tag) -> list[str]:
    """The words of each block an element holds (a block holding none), in order; the element's
    own where it holds no block."""
    inner = [found for found in tag.find_all(BLOCKS) if not found.find(BLOCKS)]
    texts = [clean_spaces(found.get_text(" ")) for found in inner or [tag]]
    return [text for text in texts if text]


def _note_number_link(tag: Tag) -> Tag | None:
    """A note set as a block of its own (Substack's `<div class="footnote">`): its class says
    a note, and its first link holds the note's number alone, its id naming the note
    (`<a id="footnote-1" href="#footnote-anchor-1">1</a>`); that link, or None."""
    if tag.name != "div" or not any(NOTES_CLASS.search(c) for c in tag.get("class") or ()):
        return None
    link = tag.find("a")
    if (
        not isinstance(link, Tag)
        or not NOTE_ID.match(link.get("id") or "")
        or not re.fullmatch(r"[0-9]{1,3}", link.get_text().strip())
        or tag.find(("ol", "ul", "p")) is None
    ):
        return None
    return link


def _byline_words_beside(block: Tag) -> list[Tag]:
    """The elements beside the author's block that hold a byline's word alone or a separator
    (`<p>By</p>`, `<p>·</p>`, as a WordPress template sets a post's meta)."""
    beside = [*block.find_previous_siblings(limit=2), *block.find_next_siblings(limit=2)]
    return [
        tag
        for tag in beside
        if isinstance(tag, Tag) and BYLINE_WORD.fullmatch(clean_spaces(tag.get_text()))
    ]


def _is_comments(tag: Tag) -> bool:
    """The page's readers' comments or its comment form (see COMMENTS_CLASS), holding no
    heading of the essay's title."""
    return (
        tag.name not in ("body", "main", "article", "html")
        and bool(
            any(COMMENTS_CLASS.fullmatch(name) for name in tag.get("class") or ())
            or COMMENTS_ID.fullmatch(tag.get("id") or "")
        )
        and tag.find("h1") is None
    )


def _is_author(tag: Tag) -> bool:
    said = " ".join(
        [
            *(tag.get("class") or ()),
            *(tag.get("rel") or ()),
            tag.get("itemprop") or "",
            tag.get("data-testid") or "",  # (Medium's `data-testid="authorName"`)
        ]
    )
    return (
        tag.name not in ("article", "body", "section")
        and bool(AUTHOR_CLASS.search(said))
        and (0 < len(tag.get_text().split()) <= 6)
    )


def _block_around(element: Tag, words: str, aside: Callable[[str], str] = str) -> Tag:
    """The element, or the block around it when the block holds only a few words more (once
    `aside` has taken from its text what does not count: a reading time beside a date). Its
    words counted as the page shows them (a quotation's last word and the `<cite>` under it
    had counted as one word, and the quotation went with the name; review 43)."""
    block = element.find_parent(BLOCKS)
    if block is None:
        return element
    beside = len(clean_spaces(aside(_shown(block))).split()) - len(words.split())
    return block if beside <= FRONT_WORDS else element


def _in_sentence(element: Tag) -> bool:
    """Whether an element stands inside a sentence of the text (`The consultation closes on
    <time>30 April</time>, and the board meets …`): the run of inline text it stands in says
    more than `FRONT_WORDS` words beside its own, and ends as a sentence does. It is the
    text's, no byline nor dateline: its words stay in their paragraph (review 43)."""
    run = clean_spaces(_run_of(element))
    beside = len(run.split()) - len(_shown(element).split())
    return beside > FRONT_WORDS and ends_sentence(run)


def _run_of(element: Tag) -> str:
    """The words of the run of inline text an element stands in, as a browser shows them: the
    outermost inline element around it, and the nodes beside that, up to the blocks on either
    side (a block's own words, for a block)."""
    if _is_block(element):
        return _shown(element)
    inline = element
    while isinstance(inline.parent, Tag) and not _is_block(inline.parent):
        inline = inline.parent
    before = list(takewhile(_not_block, inline.previous_siblings))
    after = takewhile(_not_block, inline.next_siblings)
    return "".join(_shown(node) for node in [*reversed(before), inline, *after])


def _is_block(node: object) -> bool:
    """A block (a paragraph, a list …), or an inline element around blocks, read as one."""
    return isinstance(node, Tag) and (node.name in BLOCKS or node.find(BLOCKS) is not None)


def _not_block(node: object) -> bool:
    return not _is_block(node)


def _shown(node: object) -> str:
    """A node's words as a browser shows them: its blocks (and a line break) apart, inline
    words touching; a comment's none."""
    if isinstance(node, Tag):
        words = "".join(_shown(child) for child in node.children)
        return f" {words} " if node.name in BLOCKS or node.name == "br" else words
    silent = (Comment, Declaration, Doctype, ProcessingInstruction)
    return str(node) if isinstance(node, NavigableString) and not isinstance(node, silent) else ""


def _meta_tag(soup: BeautifulSoup, name: str) -> Tag | None:
    """The page's `<meta>` of that name (or property), or None."""
    tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
    return tag if isinstance(tag, Tag) else None


def _meta(soup: BeautifulSoup, name: str) -> str:
    """The content of the page's `<meta>` of that name (or property), its spaces cleaned."""
    tag = _meta_tag(soup, name)
    return clean_spaces(tag.get("content") or "") if tag is not None else ""


class _Reader:
    """Walks the page, a block at a time (`block`), its inline text gathered (`inline`),
    leaving out the elements `skipped` (by `id`)."""

    def __init__(
        self,
        skipped: set[int],
        notes_listed: bool,
        whole_body: bool = False,
        forms_gone: bool = False,
    ) -> None:
        self.skipped = skipped
        self.forms_gone = forms_gone  # a program took the page's forms out (a signup's too)
        self.whole_body = whole_body  # no article or main marks the essay: the body is read
        self.notes_listed = notes_listed  # the page has a list of notes (`_is_notes`)
        self.lines: list[str] = []
        self.where: list[int] = []  # each line's line in the HTML
        self.notes = 0
        #: blocks left out: of links alone, figures (line of the HTML, text, why)
        self.left_out: list[tuple[int, str, str]] = []

    def block(self, element: Tag, prefix: str = "") -> None:
        """An element holding blocks: its runs of inline text between them each a block; a
        run of links alone, with a word or two of label (tags, sharing buttons), and a card
        that is a link round blocks (the next post's) are left out."""
        run: list[str] = []
        linked = 0  # the run's words in links
        unlinked: list[str] = []  # the run's words outside links
        for child in element.children:
            if isinstance(child, Tag) and self.passed_over(child):
                continue
            if isinstance(child, Tag) and (
                child.name in ("nav", "aside")
                or (self.whole_body and child.name in ("header", "footer"))
            ):
                # A page's menus and sidebars (and, where no article marks the essay, its
                # header and footer) are no essay's.
                self.left_out.append(
                    (child.sourceline or 0, clean_spaces(child.get_text(" ")), AROUND)
                )
            elif isinstance(child, Tag) and _is_comments(child):
                shown = clean_spaces(child.get_text(" "))
                self.left_out.append((child.sourceline or 0, shown, COMMENTS))
            elif isinstance(child, Tag) and (
                (child.name == "a" and child.find(BLOCKS)) or is_tag_list(child)
            ):
                self.left_out.append(
                    (child.sourceline or 0, clean_spaces(child.get_text(" ")), LINKS)
                )
            elif isinstance(child, Tag) and _is_signup(child, self.forms_gone):
                shown = clean_spaces(child.get_text(" "))
                if shown:
                    self.left_out.append((child.sourceline or 0, shown, SIGNUP))
            elif isinstance(child, Tag) and child.name == "figure":
                shown = clean_spaces(child.get_text(" ")) or "(an image)"
                self.left_out.append((child.sourceline or 0, shown, FIGURE))
            elif isinstance(child, Tag) and (child.name in BLOCKS or child.find(BLOCKS)):
                # (an inline element around blocks is a block: its blocks are not glued)
                self.run(run, linked, unlinked, prefix, element)
                run, linked, unlinked = [], 0, []
                self.element(child, prefix)
            else:
                run.append(words := self.inline(child))
                is_link = isinstance(child, Tag) and (
                    (child.name == "a" and not _note_call(child, self.notes_listed))
                    or _wraps_links(child, self.notes_listed)
                )
                linked += len(words.split()) if is_link else 0
                unlinked += [] if is_link else [words]
        self.run(run, linked, unlinked, prefix, element)

    def run(
        self, run: list[str], linked: int, unlinked: list[str], prefix: str, element: Tag
    ) -> None:
        text = clean_spaces(CALL.sub("", "".join(run)))
        # (a sentence of links, `Climate change is real.`, stays, and so do a sentence's words
        # beside a link, `Read it here. A page`)
        label = "".join(unlinked)
        if (
            linked
            and len(text.split()) - linked <= LINK_LABEL_WORDS
            and not ends_sentence(text)
            and not SENTENCE_STOP.search(label)
        ):
            self.left_out.append((element.sourceline or 0, text, LINKS))
        else:
            self.emit(run, prefix, element)

    def element(self, element: Tag, prefix: str) -> None:
        name = element.name
        if name in HEADINGS:
            self.heading(element, prefix)
        elif name in ("ul", "ol") or (name == "section" and _is_notes(element)):
            self.items(element, prefix)
        elif name == "blockquote":
            self.block(element, prefix + "> ")
        elif isinstance(number := _note_number_link(element), Tag):
            # (a note a block of its own: its number's link left out, its text the note's)
            self.skipped.add(id(number))
            self.notes += 1
            label = int(number.get_text().strip())
            self.emit([self.inline(element, True)], prefix + f"[^{label}]: ", element)
        elif name == "table":
            # A row a list's item, its cells apart: "- 2020 · 3.1 m" (an edition has no
            # tables; a row alone would read as a heading or run into the next).
            start = len(self.lines)
            for row in element.find_all("tr"):
                cells = [clean_spaces(self.inline(cell)) for cell in row.find_all(("td", "th"))]
                self.emit([" · ".join(cell for cell in cells if cell)], prefix + "- ", row)
            self.join_from(start)
        elif name != "hr":
            self.block(element, prefix)

    def items(self, element: Tag, prefix: str) -> None:
        """A list's items, one block (notes, each a block of its own)."""
        notes = _is_notes(element)
        items = element.find_all("li") if element.name == "section" else _own_items(element)
        if element.name == "section" and isinstance(title := element.find(HEADINGS), Tag):
            self.heading(title, prefix)  # (`Notes`)
        start = len(self.lines)
        for number, item in enumerate(items, start=1):
            # (a note's own label where its id gives one, `fn3`: its call says 3, not its place)
            own = item.get("id") or ""
            label = NOTE_NUMBER.search(own) if notes and NOTE_ID.match(own) else None
            number = int(label[0]) if label else number
            marker = f"[^{number}]: " if notes else f"{number}. " if element.name == "ol" else "- "
            self.notes += notes
            self.emit([self.inline(item, notes)], prefix + marker, item)
        if not notes:
            self.join_from(start)

    def join_from(self, start: int) -> None:
        """The lines from `start` on made one block (a list's items), at the first's line."""
        if len(self.lines) - start > 1:
            self.lines[start:] = ["\n".join(self.lines[start:])]
            del self.where[start + 1 :]

    def inline(self, node: object, in_note: bool = False) -> str:
        """The words of an inline node: a footnote's call as `[n]`, silent elements as
        nothing, a line break as a space; a block inside (a list in an item) as its words."""
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            return ""
        if isinstance(node, NavigableString):
            return str(node)
        if not isinstance(node, Tag) or self.passed_over(node):
            return ""
        if node.name == "br":
            return " "
        if in_note and node.name == "a" and _is_back_link(node):
            return ""
        if (label := _note_call(node, self.notes_listed)) is not None:
            return f"\0{label}\0"  # (a call: written `[^n]` once its words are escaped)
        words = "".join(self.inline(child, in_note) for child in node.children)
        # (a block inside, a list in an item, stands apart from the words around it)
        return f" {words} " if node.name in BLOCKS else words

    def passed_over(self, element: Tag) -> bool:
        """Whether an element is left unread: one `skipped`, one that shows no text of the
        page's (`SILENT`), or one the page hides, its words listed (they went unsaid, review
        43)."""
        if id(element) in self.skipped or element.name in SILENT:
            return True
        if not _hidden(element):
            return False
        if words := _hidden_words(element):
            self.left_out.append((element.sourceline or 0, words, HIDDEN))
        return True

    def heading(self, element: Tag, prefix: str) -> None:
        """A heading, `## …` (`### …` below `<h3>`), its text whole: a `#` closing it is the
        writer's (`Why we are number #`), escaped, not Markdown's closing sequence."""
        self.emit([self.inline(element)], prefix + HEADINGS[element.name], element, True)

    def emit(self, run: list[str], prefix: str, element: Tag, heading: bool = False) -> None:
        text = clean_spaces("".join(run)).strip(BACK_SIGNS + " ")
        if text:
            # (what opens a block at the line's start escaped as the edition escapes it: a
            # list's number by its `.`, as a backslash before a digit is no escape and stood
            # in the edition, review 37)
            escaped = escape_block_start(INLINE_SYNTAX.sub(r"\\\1", text))
            escaped = escape_closing_hashes(escaped) if heading else escaped
            self.lines.append(prefix + CALL.sub(r"[^\1]", escaped))
            self.where.append(element.sourceline or 0)


def clean_spaces(text: str) -> str:
    """The text's runs of white space as one space, none at its ends (jats.py's too)."""
    return SPACES.sub(" ", text).strip()


def _own_items(element: Tag) -> list[Tag]:
    return [child for child in element.children if isinstance(child, Tag) and child.name == "li"]


def _is_notes(element: Tag) -> bool:
    """A list of notes: its class says so (`footnotes`), or its items' ids do (`fn1`)."""
    if any(NOTES_CLASS.search(name) for name in element.get("class") or ()) or (
        NOTES_ID.fullmatch(element.get("id") or "")
    ):
        return True
    items = element.find_all("li")
    return bool(items) and all(NOTE_ID.match(item.get("id") or "") for item in items)


def _note_call(node: Tag, notes_listed: bool) -> str | None:
    """The label of a footnote's call: a link to a note, or a number set as a superscript
    (where the page lists notes: `notes_listed`)."""
    link = node if node.name == "a" else None
    if node.name == "sup":
        inner = node.find("a")
        link = inner if isinstance(inner, Tag) else None
        number = NOTE_CALL_TEXT.fullmatch(node.get_text().strip())
        # A bare superscript number is a call where the page lists notes, and not a unit's
        # power (`40 m<sup>2</sup>`) nor a formula's (`mc<sup>2</sup>`: glued to letters).
        if link is None and number and notes_listed and not _after_letters(node):
            return number["label"]
    # (on this page: a link to another page's note is a link)
    if link is not None and (target := NOTE_TARGET.fullmatch(link.get("href") or "")):
        shown = NOTE_CALL_TEXT.fullmatch(link.get_text().strip())
        return shown["label"] if shown else target["label"]
    # A number in a superscript that links to a place on this page, whatever its id
    # (WordPress's notes: `<sup data-fn=…><a href="#a3f1…">1</a></sup>`).
    if node.name == "sup" and link is not None and (link.get("href") or "").startswith("#"):
        shown = NOTE_CALL_TEXT.fullmatch(link.get_text().strip())
        return shown["label"] if shown else None
    return None


def _after_letters(node: Tag) -> bool:
    """Whether a letter stands right before the superscript ("m", "mc"), with no stop or
    closing quote between: a power, not a note's call (`surplus.<sup>1</sup>` is one)."""
    before = node.previous_sibling
    return isinstance(before, NavigableString) and bool(
        re.search(r"\d\s*[^\W\d_]{1,3}$|(?<![^\W\d_])[^\W\d_]{1,2}$", str(before))
    )


def _wraps_links(node: Tag, notes_listed: bool) -> bool:
    """A span whose words are all in the links inside it (a tag's link, `<span
    class="primary-tag"><a>Conservation</a></span>`), none of them a note's call. Not an
    emphasis around links: a line of linked titles in italics is a reading list (review 33)."""
    links = node.find_all("a")
    return (
        node.name == "span"
        and bool(links)
        and not any(_note_call(link, notes_listed) for link in links)
        and node.find("sup") is None
        and clean_spaces(node.get_text(" "))
        == clean_spaces(" ".join(link.get_text(" ") for link in links))
    )


def _is_back_link(link: Tag) -> bool:
    shown = link.get_text().strip()
    return bool(BACK_LINK.search(link.get("href") or "")) or (
        bool(shown) and all(char in BACK_SIGNS for char in shown)
    )
