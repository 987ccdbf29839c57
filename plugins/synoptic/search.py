"""Search by paragraph: a phrase leads to the paragraph that holds it, not only to its heading.

Material's search indexes a page by sections between headings and ranks them without regard to
length (lunr's b = 0), so a section holding a phrase ranks as high as the phrase's paragraph
would, and the reader lands on the heading. After the build, every section that holds paragraphs
(`div.syn-para[id]`, not excluded from search) keeps its heading and the text outside them, and
each paragraph becomes an entry of its own at `PAGE#PARAGRAPH-ID` (each footnote likewise, at
`PAGE#fn:…`: the notes would otherwise weigh on the last section; and any element that asks for
one with `data-syn-entry`, such as a theme's description). The page's `search: boost` goes to
the paragraphs and headings (`split_page`); a short paragraph is lifted (`lift`) and a heading
weighs a little less than its paragraphs (`HEADING_SHARE`). Material's search has no phrase
queries (every word typed is a term of its own, with a trailing wildcard), so stop words are
kept in the index: "about", "with", "does" are often what sets a phrase's paragraph apart from
others with the same content words. Both copies of the index are rewritten:
`search_index.json` (served) and the offline plugin's `search_index.js` (file://).

The pages are read as the build writes them (`article_view`, kept by the plugin as each page is
rendered), not read back from the site: only their article, without what search would skip
whole (`search_view`: the asides of paragraphs, the rows of a synopsis), which at a hundred
essays is a fifth of the HTML. Material's search reads that view of the engine's pages without
their paragraphs as well (`material_view`): what it would make of them is replaced here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from html.parser import HTMLParser
from pathlib import Path

INDEX_JSON = Path("search") / "search_index.json"
INDEX_JS = Path("search") / "search_index.js"
JS_PREFIX = "var __index = "  # how the offline plugin wraps the index for file://
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
SKIPPED = {"script", "style", "object"}
#: Tags Material keeps in an entry's text (its result excerpts render them).
KEPT = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}
NUMBER = re.compile(r"(\d+)$")
PARAGRAPH, NOTE, OTHER = "paragraph", "note", "other"  # the elements given an entry of their own
HEADING = "heading"  # a section's own entry once its paragraphs have theirs
TAG = re.compile(r"<[^>]+>")
BOOST = re.compile(r"\d{1,3}(\.\d{1,3})?")
#: See `lift`: with 0.6 and 1.6, a paragraph of half the mean length is lifted 1.52 times.
LIFT_POWER = 0.6
LIFT_CAP = 1.6
#: A heading (its section's entry, once the paragraphs have theirs) weighs this share of its
#: page's boost: enough for a heading typed whole to lead to it (the title field weighs 5 times
#: a word of text), little enough that a heading sharing a word or two with a phrase, or an
#: essay heading that repeats a theme's label, does not outrank the paragraph or the theme page.
HEADING_SHARE = 0.925
#: An opening quotation mark before a word, in a paragraph's or a note's entry: a zero-width
#: space (which mkdocs.yml's separator counts) parts them, so that "useful" finds “useful one
#: last time” (UU's reader found nothing: lunr's token was "“useful", which no typed word
#: starts). Not in headings' and titles' entries: parted there too, an essay heading quoting a
#: theme's label ("… a “Marriage of Convenience”?") outranked the theme's page, and a paragraph
#: the heading typed whole.
OPENING_QUOTE = re.compile(r"[“‘\"](?=\w)")
QUOTE_PARTED = "\u200b"
#: A word of an entry's text with a letter or figure beyond ASCII.
ACCENTED = re.compile(r"\w*[^\W\d_a-zA-Z]\w*")
#: A tag of an entry's text, kept whole: a value of its attributes is no word of the text.
IN_TAG = re.compile(r"(<[^>]*>)")
#: Letters no Unicode decomposition takes to the plain letter a keyboard types for them.
PLAIN_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
#: Material's stop word filter, which the rewritten index goes without (see the module's doc).
STOP = "stopWordFilter"
EMPTY_ELEMENT = re.compile(r"<(\w+)>\s*</\1>")
#: Where the article of a Material page starts (`PageChunks` reads nothing before it).
ARTICLE = '<article class="md-content__inner'
#: A paragraph's aside on an essay page (paragraph.html.j2: its themes, counterparts and the
#: essays silent on them; no `div` and no heading inside), from its start to the first end of
#: a div: most of the page in a large collection, all of it excluded from search.
ASIDE = ('<div class="syn-para-aside" data-search-exclude>\n', "</div>\n")
#: The rows of a synopsis page (synopsis.md.j2), most of the page: each row's label is a
#: heading excluded from search, so that a row is a section that search leaves out whole,
#: with all it holds (its passages are excluded as well: a phrase leads to the essay).
ROWS = ("<!-- syn-rows -->\n", "<!-- /syn-rows -->\n")
#: Elements of the engine's pages that search leaves out whole (`data-search-exclude`) and
#: that hold no element of their own kind, no heading with an id and no entry, from their
#: start to their end: a synopsis's chooser of essays, list of points and column heads
#: (synopsis.md.j2), the overview's table (overview.md.j2). At a hundred essays, 590 KB that
#: Material's search and the search pass would parse only to skip.
EXCLUDED = (
    ('<details class="syn-chooser-fold" open hidden data-search-exclude>', "</details>\n"),
    (
        '<nav class="syn-point-list" id="points" aria-label="Points of this theme"'
        " data-search-exclude>\n",
        "</nav>\n",
    ),
    ('<div class="syn-colheads" aria-hidden="true" data-search-exclude>\n', "</div>\n"),
    (
        '<div class="syn-matrix-wrap" role="region" aria-label="Themes by essay" tabindex="0"'
        " data-search-exclude>\n",
        "</div>\n",
    ),
)
#: A paragraph of an essay page (paragraph.html.j2), and any div's start or end: the engine's
#: divs are balanced, and no text holds `<div` (it is escaped).
PARAGRAPH_DIV = re.compile(r'<div class="syn-para[ "]')
DIV_TAG = re.compile(r"<(/?)div\b")


@dataclass
class Chunk:
    """Text of one section of a page: outside its paragraphs (`paragraph` None) or in one."""

    section: str | None  # heading id; None for the page's top (the entry without a fragment)
    paragraph: str | None  # id of the paragraph, footnote or other element with an entry of its own
    kind: str = ""  # PARAGRAPH, NOTE or OTHER
    title: str = ""  # the title of that entry
    boost: float | None = None  # an OTHER entry's own boost (`data-syn-boost`)
    parts: list[str] = field(default_factory=list)

    @cached_property  # read after the page is parsed, twice for each chunk
    def text(self) -> str:
        return joined(self.parts)


def joined(parts) -> str:
    text, emptied = "".join(parts), 1
    while emptied:  # what search left out of a list or paragraph leaves no empty tags
        text, emptied = EMPTY_ELEMENT.subn("", text)
    return " ".join(text.split())  # runs of whitespace as one space, as `\s+` would match


@dataclass
class Open:
    tag: str
    skip: bool = False  # excluded from search, with everything inside it
    paragraph: str | None = None
    kind: str = ""
    title: str = ""
    boost: float | None = None
    heading: bool = False


class PageChunks(HTMLParser):
    """The article of a built page as chunks, in reading order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[Open] = []
        self.skips = 0  # elements of the stack that are skipped or headings
        self.in_article = False
        self.section: str | None = None
        self.seen_text = False
        self.chunks: list[Chunk] = [Chunk(None, None)]

    @property
    def skipping(self) -> bool:
        return self.skips > 0

    def chunk(self) -> Chunk:
        inner = next((e for e in reversed(self.stack) if e.paragraph), Open(""))
        last = self.chunks[-1]
        if (last.section, last.paragraph) != (self.section, inner.paragraph):
            last = Chunk(self.section, inner.paragraph, inner.kind, inner.title, inner.boost)
            self.chunks.append(last)
        return last

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article" and "md-content__inner" in (attrs.get("class") or "").split():
            self.in_article = True
            self.stack, self.skips = [], 0
            return
        if not self.in_article or tag in VOID:
            return
        element = Open(tag, skip=tag in SKIPPED or "data-search-exclude" in attrs)
        if tag == "h1":
            element.heading = True  # the page's title: the title of its entry, not text
        if tag in HEADINGS and attrs.get("id") and not self.skipping:
            element.heading = True
            # Like Material: a page's opening h1 names the page's own entry, not a section.
            if not (tag == "h1" and not self.seen_text and self.section is None):
                self.section = attrs["id"]
        own = own_entry(tag, attrs) if attrs.get("id") and not self.skipping else None
        if own:
            element.paragraph = attrs["id"]
            element.kind, element.title = own
            if element.kind == OTHER and BOOST.fullmatch(attrs.get("data-syn-boost") or ""):
                element.boost = float(attrs["data-syn-boost"])
        self.stack.append(element)
        self.skips += element.skip or element.heading
        if tag in KEPT and not self.skipping:
            self.chunk().parts.append(f"<{tag}>")

    def handle_endtag(self, tag):
        if not self.in_article:
            return
        if tag == "article" and all(element.tag != "article" for element in self.stack):
            self.in_article = False  # the article's end, closing whatever its HTML left open
            self.stack, self.skips = [], 0
            return
        if tag not in {element.tag for element in self.stack}:
            return  # a stray end tag
        while self.stack:
            element = self.stack[-1]
            if element.tag in KEPT and not self.skipping:
                self.chunk().parts.append(f"</{element.tag}>")
            self.stack.pop()
            self.skips -= element.skip or element.heading
            if element.tag == tag:
                break

    def handle_data(self, data):
        if self.in_article and not self.skipping:
            self.seen_text = self.seen_text or not data.isspace()
            self.chunk().parts.append(escape(data, quote=False))


def page_chunks(html: str) -> list[Chunk]:
    parser = PageChunks()
    parser.feed(html)
    parser.close()
    return [chunk for chunk in parser.chunks if chunk.text]


def own_entry(tag: str, attrs: dict) -> tuple[str, str] | None:
    """(kind, title) of the entry an element (with an id) is given of its own, None if none.

    A paragraph is "¶N" and a footnote "Note N": short, so that the title (weighted above text)
    adds no words to match. "¶N" is one token to the search (its separator is space, hyphens
    and brackets; the site's pipeline trims nothing): "¶ 7" made "7" a word of every essay's
    ¶7, which "Proposal 7" then found before the paragraphs saying it (a reader's review).
    Any other element asks for an entry with `data-syn-entry="TITLE"`, and a boost with
    `data-syn-boost="N"` (not `data-search-…`: Material deletes those attributes from the
    page).
    """
    element_id = attrs["id"]
    if tag == "div" and "syn-para" in (attrs.get("class") or "").split():
        # the number the page shows (its place in the essay), not the one in its id; an
        # author's note shows none, and is entitled as its heading (`data-syn-entry`: a reader
        # found "¶11" in the results, and no number on the page)
        return PARAGRAPH, attrs.get("data-syn-entry") or f"¶{attrs['data-syn-number']}"
    number = NUMBER.search(element_id)
    suffix = f" {number.group(1)}" if number else ""
    if tag == "li" and element_id.startswith("fn:"):
        return NOTE, "Note" + suffix
    title = attrs.get("data-syn-entry")
    return (OTHER, title) if title else None


def unboosted(entry: dict) -> dict:
    return {key: value for key, value in entry.items() if key != "boost"}


def other_entry(entry: dict, boost: float | None) -> dict:
    return unboosted(entry) if boost is None else {**entry, "boost": boost}


def split_page(entries: list[dict], page: str, html: str) -> list[tuple[str, dict]]:
    """The entries of one page (`page` is their location without fragment), paragraphs apart,
    each with its kind: PARAGRAPH, NOTE, OTHER, HEADING (a section whose paragraphs went to
    entries of their own) or "" (an entry as Material made it)."""
    chunks = page_chunks(html)
    parts = [chunk for chunk in chunks if chunk.paragraph]
    if not parts:
        return [("", entry) for entry in entries]
    # Material multiplies the score of a page's own entry by up to 5 against 2 for its sections
    # (one more for being a page). On a page of paragraphs, the page's `search: boost` goes to
    # them and its headings, not to its own entry: with the boost as well, the page's title and
    # metadata would outrank the paragraph a phrase comes from, and a theme page its label.
    # An element asking for an entry (OTHER) is not the page's text: it gets the boost it states
    # (`data-syn-boost`), or none.
    text = any(chunk.kind == PARAGRAPH for chunk in parts)
    result = []
    for entry in entries:
        _, _, fragment = entry["location"].partition("#")
        section = fragment or None
        own = [chunk for chunk in parts if chunk.section == section]
        itself = unboosted(entry) if text and not section else entry
        if not own:
            result.append(("", itself))
            continue
        rest = joined(
            part
            for chunk in chunks
            if chunk.section == section and not chunk.paragraph
            for part in chunk.parts
        )
        heading = section and any(chunk.kind == PARAGRAPH for chunk in own)
        result.append((HEADING if heading else "", {**itself, "text": rest}))
        result.extend(
            (
                chunk.kind,
                {
                    **(other_entry(entry, chunk.boost) if chunk.kind == OTHER else entry),
                    "location": f"{page}#{chunk.paragraph}",
                    "title": chunk.title,
                    "text": OPENING_QUOTE.sub(lambda mark: mark[0] + QUOTE_PARTED, chunk.text),
                },
            )
            for chunk in own
        )
    return result


def word_count(text: str) -> int:
    return len(TAG.sub(" ", text).split())


def lift(words: int, mean: float) -> float:
    """How much a paragraph of `words` words is lifted above its page's boost.

    Material switches lunr's length normalisation off (b = 0), and a trailing wildcard on every
    term makes each form of a word a term of its own ("Russia", "Russia’s", "Russians",
    "Russia.”"): a long paragraph gathers forms and outranks a short one that holds the whole
    phrase. A paragraph shorter than the mean of the site's paragraphs gets a share of the
    normalisation back, (mean / words) ** LIFT_POWER, at most LIFT_CAP (a very short paragraph
    holding three words of a phrase would otherwise outrank the one holding all four). A longer
    one is not lowered: phrases come from long paragraphs as often (lowering them lost 2 of 30).
    """
    if words <= 0 or words >= mean:
        return 1.0
    return min(LIFT_CAP, (mean / words) ** LIFT_POWER)


def weighed(kind: str, entry: dict, mean: float) -> dict:
    """The entry with the boost its kind gets (`mean`: the mean words of a paragraph)."""
    factor = {PARAGRAPH: lift(word_count(entry["text"]), mean), HEADING: HEADING_SHARE}.get(
        kind, 1.0
    )
    if factor == 1.0:
        return entry
    return {**entry, "boost": round(entry.get("boost", 1) * factor, 3)}


def split_index(index: dict, read_page: Callable[[str], str | None]) -> dict:
    """The search index with paragraphs as entries; `read_page(location)` gives a page's HTML."""
    pages: dict[str, list[dict]] = {}
    for entry in index["docs"]:
        pages.setdefault(entry["location"].partition("#")[0], []).append(entry)
    docs: list[tuple[str, dict]] = []
    for page, entries in pages.items():
        html = read_page(page)
        own = html and ("syn-para" in html or "data-syn-entry" in html)
        docs.extend(split_page(entries, page, html) if own else [("", e) for e in entries])
    counts = [word_count(entry["text"]) for kind, entry in docs if kind == PARAGRAPH]
    mean = sum(counts) / len(counts) if counts else 0.0
    config = index.get("config", {})
    return {
        **index,
        "config": {**config, "pipeline": [f for f in config.get("pipeline", []) if f != STOP]},
        "docs": [typed_plain(weighed(kind, entry, mean)) for kind, entry in docs],
    }


def plain(word: str) -> str:
    """`word` as a keyboard without its accents types it: "Tomás" → "Tomas", "Søren" → "Soren"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def typed_plain(entry: dict) -> dict:
    """The entry with each accented word of its text followed by its `plain` form, hidden.

    lunr matches a typed word letter for letter, so "Tomas" found nothing where the essays write
    "Tomás" (a reader's review). The plain form stands in an element of its own, a word of its
    own to Material's tokenizer (it parts text at tags) that its results do not show (they
    render the entry's text as HTML); a word with nothing to strip gains nothing.
    """

    def followed(word: re.Match) -> str:
        typed = plain(word[0])
        return word[0] if typed == word[0] else f"{word[0]}<span hidden>{typed}</span>"

    text = entry.get("text", "")
    if not ACCENTED.search(text):
        return entry
    parts = IN_TAG.split(text)  # (text, tag, text, …: the tags at the odd places)
    return {
        **entry,
        "text": "".join(
            part if index % 2 else ACCENTED.sub(followed, part) for index, part in enumerate(parts)
        ),
    }


def article_view(html: str, content: str = "", view: str | None = None) -> str | None:
    """What `split_index` needs of a built page: the page from its article on (`PageChunks`
    reads nothing before it) as `search_view` gives it, or None for a page with nothing to
    split. `view`, when given, is the `search_view` of the page's `content` made already: it
    takes the content's place rather than being made again."""
    start = html.find(ARTICLE)
    if start < 0 or ("syn-para" not in html and "data-syn-entry" not in html):
        return None
    at = html.find(content, start) if content and view is not None else -1
    if at < 0:
        return search_view(html[start:])
    # The theme's markup around the content holds no aside and no rows: the same view.
    return html[start:at] + view + html[at + len(content) :]


def search_view(html: str) -> str:
    """The HTML of a page of the engine without what search leaves out whole, which it would
    parse only to skip: the asides of an essay's paragraphs, the rows of a synopsis, and the
    other elements `EXCLUDED` names."""
    for marks in (ASIDE, *EXCLUDED, ROWS):
        html = without(html, marks)
    return html


def spans(html: str, marks: tuple[str, str]) -> list[tuple[int, int]]:
    """Where `html` runs from the first mark to the next second mark after it, each time: as
    the pattern `first.*?second` would match, found by `str.find` (a regular expression took
    five times as long to find the lazy end)."""
    first, second = marks
    found: list[tuple[int, int]] = []
    start = html.find(first)
    while start >= 0:
        end = html.find(second, start + len(first))
        if end < 0:
            break
        found.append((start, end + len(second)))
        start = html.find(first, end + len(second))
    return found


def without(html: str, marks: tuple[str, str]) -> str:
    """`html` without its `spans` between the marks."""
    pieces, position = [], 0
    for start, end in spans(html, marks):
        pieces.append(html[position:start])
        position = end
    pieces.append(html[position:])
    return "".join(pieces)


def material_view(view: str) -> str:
    """What Material's search reads of a page of the engine: its `search_view` without the
    paragraphs of an essay, most of what is left. `split_page` gives each paragraph an entry of
    its own and the sections that hold paragraphs their text outside them, both from its own
    reading of the page: what Material would make of the paragraphs is replaced whole (its
    sections and their titles come from the headings, never inside a paragraph)."""
    pieces: list[str] = []
    position = 0
    for found in PARAGRAPH_DIV.finditer(view):
        if found.start() < position:
            continue
        depth = 0
        for tag in DIV_TAG.finditer(view, found.start()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                break
        if depth:
            break  # unbalanced (no page of the engine): the rest is read as it is
        pieces.append(view[position : found.start()])
        position = view.index(">", tag.end()) + 1
    pieces.append(view[position:])
    return "".join(pieces)


def index_paragraphs(site: Path, views: Mapping[str, str]) -> None:
    """Rewrite the built site's search index (and its offline copy) with paragraph entries;
    `views`: page location (as the index gives it, without fragment) → its `article_view`."""
    index_file = site / INDEX_JSON
    if not index_file.is_file():
        return  # search is off
    index = split_index(json.loads(index_file.read_text(encoding="utf-8")), views.get)
    data = json.dumps(index, separators=(",", ":"))
    index_file.write_text(data, encoding="utf-8")
    if (site / INDEX_JS).is_file():
        (site / INDEX_JS).write_text(JS_PREFIX + data, encoding="utf-8")
