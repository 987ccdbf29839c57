"""Search by paragraph: a phrase leads to the paragraph that holds it, not only to its heading.

Material's search indexes a page by sections between headings and ranks them without regard to
length (lunr's b = 0), so a section holding a phrase ranks as high as the phrase's paragraph
would, and the reader lands on the heading. After the build, every section that holds paragraphs
(`div.syn-para[id]`, not excluded from search) keeps its heading and the text outside them, and
each paragraph becomes an entry of its own at `PAGE#PARAGRAPH-ID` (each footnote likewise, at
`PAGE#fn:…`: the notes would otherwise weigh on the last section); the page's own entry gives its
`search: boost` up to them (`page_entry`). Both copies of the index are
rewritten: `search_index.json` (served) and the offline plugin's `search_index.js` (file://).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
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
EMPTY_ELEMENT = re.compile(r"<(\w+)>\s*</\1>")


@dataclass
class Chunk:
    """Text of one section of a page: outside its paragraphs (`paragraph` None) or in one."""

    section: str | None  # heading id; None for the page's top (the entry without a fragment)
    paragraph: str | None  # id of the paragraph or footnote
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return joined(self.parts)


def joined(parts) -> str:
    text, emptied = "".join(parts), 1
    while emptied:  # what search left out of a list or paragraph leaves no empty tags
        text, emptied = EMPTY_ELEMENT.subn("", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Open:
    tag: str
    skip: bool = False  # excluded from search, with everything inside it
    paragraph: str | None = None
    heading: bool = False


class PageChunks(HTMLParser):
    """The article of a built page as chunks, in reading order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[Open] = []
        self.in_article = False
        self.section: str | None = None
        self.seen_text = False
        self.chunks: list[Chunk] = [Chunk(None, None)]

    @property
    def skipping(self) -> bool:
        return any(element.skip or element.heading for element in self.stack)

    def chunk(self) -> Chunk:
        paragraph = next((e.paragraph for e in reversed(self.stack) if e.paragraph), None)
        last = self.chunks[-1]
        if (last.section, last.paragraph) != (self.section, paragraph):
            last = Chunk(self.section, paragraph)
            self.chunks.append(last)
        return last

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article" and "md-content__inner" in (attrs.get("class") or "").split():
            self.in_article = True
            self.stack = []
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
        if (
            attrs.get("id")
            and not self.skipping
            and (
                (tag == "div" and "syn-para" in (attrs.get("class") or "").split())
                or (tag == "li" and attrs["id"].startswith("fn:"))
            )
        ):
            element.paragraph = attrs["id"]
        self.stack.append(element)
        if tag in KEPT and not self.skipping:
            self.chunk().parts.append(f"<{tag}>")

    def handle_endtag(self, tag):
        if not self.in_article:
            return
        if tag == "article" and all(element.tag != "article" for element in self.stack):
            self.in_article = False  # the article's end, closing whatever its HTML left open
            self.stack = []
            return
        if tag not in {element.tag for element in self.stack}:
            return  # a stray end tag
        while self.stack:
            element = self.stack[-1]
            if element.tag in KEPT and not self.skipping:
                self.chunk().parts.append(f"</{element.tag}>")
            self.stack.pop()
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


def paragraph_title(element_id: str) -> str:
    """ "¶ N" or "Note N": short, so that the title (weighted above text) adds no words to match."""
    number = NUMBER.search(element_id)
    name = "Note" if element_id.startswith("fn:") else "¶"
    return f"{name} {number.group(1)}" if number else name


def page_entry(entry: dict) -> dict:
    """The page's own entry without the page's `search: boost`, which its parts keep.

    Material multiplies the score of a page's own entry by up to 5 against 2 for its sections
    (one more for being a page), so with the boost as well the page's title and metadata would
    outrank the paragraph a phrase comes from, and a theme page the label typed whole.
    """
    return {key: value for key, value in entry.items() if key != "boost"}


def split_page(entries: list[dict], page: str, html: str) -> list[dict]:
    """The entries of one page (`page` is their location without fragment), paragraphs apart."""
    chunks = page_chunks(html)
    paragraphs = [chunk for chunk in chunks if chunk.paragraph]
    if not paragraphs:
        return entries
    result = []
    for entry in entries:
        _, _, fragment = entry["location"].partition("#")
        section = fragment or None
        own = [chunk for chunk in paragraphs if chunk.section == section]
        itself = entry if section else page_entry(entry)
        if not own:
            result.append(itself)
            continue
        rest = joined(
            part
            for chunk in chunks
            if chunk.section == section and not chunk.paragraph
            for part in chunk.parts
        )
        result.append({**itself, "text": rest})
        result.extend(
            {
                **entry,
                "location": f"{page}#{chunk.paragraph}",
                "title": paragraph_title(chunk.paragraph),
                "text": chunk.text,
            }
            for chunk in own
        )
    return result


def split_index(index: dict, read_page: Callable[[str], str | None]) -> dict:
    """The search index with paragraphs as entries; `read_page(location)` gives a page's HTML."""
    pages: dict[str, list[dict]] = {}
    for entry in index["docs"]:
        pages.setdefault(entry["location"].partition("#")[0], []).append(entry)
    docs = []
    for page, entries in pages.items():
        html = read_page(page)
        docs.extend(split_page(entries, page, html) if html and "syn-para" in html else entries)
    return {**index, "docs": docs}


def index_paragraphs(site: Path) -> None:
    """Rewrite the built site's search index (and its offline copy) with paragraph entries."""
    index_file = site / INDEX_JSON
    if not index_file.is_file():
        return  # search is off

    def read_page(location: str) -> str | None:
        path = site / (
            location + "index.html" if location.endswith("/") or not location else location
        )
        return path.read_text(encoding="utf-8") if path.is_file() else None

    index = split_index(json.loads(index_file.read_text(encoding="utf-8")), read_page)
    data = json.dumps(index, separators=(",", ":"))
    index_file.write_text(data, encoding="utf-8")
    if (site / INDEX_JS).is_file():
        (site / INDEX_JS).write_text(JS_PREFIX + data, encoding="utf-8")
