"""An EPUB e-book (EPUB 2 or 3, as pandoc, Calibre, Sigil or a publisher's tool writes it),
read as the page of its essay (docs/editions.md, "An EPUB e-book").

Its zip and package are read within bounds by epubpackage.py: the spine's XHTML documents, in
order, are the essay's, less the book's front and back matter, each left out and listed with
its words: the navigation document (its table of contents and landmarks, wherever the spine
puts it); a document the book's markup says is a cover, a title page, a table of contents, a
copyright page, a colophon, an index, a dedication (its `<body>`'s or its first element's
`epub:type` or `role`, the nav's landmarks, the OPF's guide); one holding no words (a cover's
image); before the first document holding a sentence, one holding none that states the book's
title (a title page no markup names: pandoc's EPUB 2); and one the spine sets out of the
reading order (`linear="no"`), whose notes are read where the text calls them. Then:

- the notes, wherever they are, numbered through the book in the order of their calls and set
  in one list where the last of them stood (booknotes.py);
- the title is the OPF's `dc:title` (its main one): the book's, which the text's first heading,
  where it says it again, repeats (that heading goes, listed); where the OPF gives none, that
  heading;
- the author: a line before the text's first sentence holding names alone that are the OPF's
  creators as the text writes them (`Helga Mortensson-Ruiz` for `H. Mortensson-Ruiz`: the same
  surname, the given names' initials) is the byline, read as the author, its names as written,
  and goes (listed); where the text has none, the creators the OPF names authors (`aut`, or no
  role said) are the author, and the report warns (a catalogue's form, which may not be the
  essay's words);
- the date: the text's own, a line before its first sentence stating it (read as any text's);
  where it states none, the OPF's publication date where it is a day or a month (`dc:date`,
  EPUB 2's `opf:event="publication"`); a stamp with a time of day (`2026-12-05T16:47:13Z`) is
  the making's, pandoc's where it was given no date, offered in a warning, never written;
- the rest of the OPF's metadata (the publisher, rights, description, subjects, the series,
  identifiers, a creator the byline names otherwise, their refinements) is the book's, and
  listed; its NCX, stylesheets, images and fonts hold no words of the text, and are not read.

Each document's parts are read as xhtmlpage.py reads a chapter's (its page breaks, its number
over its title, a subtitle), and the page the documents make, one after another, as a page
saved as HTML (htmlpage.py: a figure, a pull quote, a list of notes), its notes' calls and
notes by their markup (xhtmlpage.py). The report's lines are each document's own, its rule
or its warning naming the document.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from .booknotes import book_notes
from .epubpackage import (
    Document,
    Package,
    Parts,
    in_book,
    is_epub,
    local,
    parsed,
    read_package,
    spine_documents,
)
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
from .jats import all_words
from .layout import ends_sentence
from .metadata import PROSE_WORDS, metadata_line, name_byline
from .names import and_joined, author_names, without_honorific
from .xhtmlpage import HEADINGS, EpubSemantics, kinds

#: The front and back matter the book's markup names (EPUB 3's `epub:type`, DPUB-ARIA's roles
#: without `doc-`, the nav's landmarks; EPUB 2's guide's types, read as these), each as the
#: report says it: no text of the essay's.
MATTER = {
    "cover": "cover",
    "titlepage": "title page",
    "halftitlepage": "half-title page",
    "frontispiece": "frontispiece",
    "toc": "table of contents",
    "landmarks": "landmarks",
    "loi": "list of illustrations",
    "lot": "list of tables",
    "page-list": "list of pages",
    "copyright-page": "copyright page",
    "colophon": "colophon",
    "imprint": "imprint",
    "index": "index",
    "seriespage": "list of the series",
    "dedication": "dedication",
}
GUIDE_TYPES = {"title-page": "titlepage", "copyright": "copyright-page"}
#: A stamp of the making (a time of day after the date), not a date a writer gives.
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T")
#: A date an edition writes: a day, or a month.
DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")

LEFT_DOCUMENT = "an EPUB: its {what}, in its spine, no text of the essay's ({name}), line of it"
LEFT_OUT_OF_ORDER = (
    'an EPUB: a document out of its reading order (`linear="no"`), no text of the essay\'s '
    "({name}), line of it"
)
METADATA = "an EPUB: its package's metadata, the book's, not the text's ({name}), line of it"
TITLE_AGAIN = "an EPUB: the book's title again, over its text ({name}), line of it"
BYLINE = "an EPUB: the byline over its text, read as the author ({name}), line of it"


@dataclass(frozen=True)
class EpubBook:
    page: HtmlPage  # the book's text as read (its left_out, the book's too)
    version: str  # the package's EPUB version
    read: int  # the spine's documents read as the text
    left: int  # the spine's documents left out
    notes: int  # the notes read, numbered through the book
    front: str  # where the front came from, as the report says it
    warnings: tuple[str, ...] = ()


def epub_book(raw: str, path: str, data: bytes | None = None) -> EpubBook | None:
    """The essay an EPUB holds (see the module), or None for a file that is no EPUB (its
    bytes, `data`, are read: the text of a zip, `raw`, is none); one that cannot be read is
    refused, with what to do."""
    if data is None or not is_epub(data):
        return None
    parts = Parts(data, path)
    package = read_package(parts)
    documents, others = spine_documents(parts, package)
    matter = front_and_back(documents, package, parts)
    read = [document for document in documents if document.name not in matter]
    if not read:
        raise SynopticError(
            path,
            None,
            "an EPUB whose spine holds no document of text (only its "
            + ", ".join(dict.fromkeys(matter.values()))
            + "): check that the file is the e-book of the essay",
        )
    notes, note_warnings = book_notes(documents, read)
    semantics = EpubSemantics()
    for document in read:
        semantics.read_parts(document.soup)
    title_node = package.title
    title = clean_spaces(all_words(title_node)) if title_node else ""
    taken = title_again(read[0], title) if title else []
    if not title:
        title, taken = text_title(read[0])
    author, byline, author_warnings = book_author(read[0], package)
    day, date_warnings = book_day(read[0], package)
    used = [title_node] if title_node else []
    used += [] if byline else package.authors
    used += [package.date] if day and package.date else []

    def into(soup: BeautifulSoup) -> None:
        for document in read:
            soup.article.extend(list(document.body.contents))
        refuse_deep_nesting(soup, path)
        semantics.read_notes(soup)

    page = html_page(made_page(title, author, day, ""), prepare=into, path=path, made_head=True)
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, None, "an EPUB whose text could not be read")
    lines = Lines(tuple(documents))
    page = with_left_out(page, semantics.left_out)  # (page breaks, chapters' numbers)
    page = replace(
        page,
        left_out=tuple(lines.item(item) for item in page.left_out),
        warnings=tuple(lines.text(warning) for warning in page.warnings),
    )
    page = with_left_out(
        page,
        taken,
        byline,
        matter_left_out(documents, matter),
        others,
        metadata_left_out(package, {id(node) for node in used}),
    )
    warnings = (*note_warnings, *author_warnings, *date_warnings, *semantics.warnings)
    front = front_said(title_node is not None, bool(byline), author, day)
    return EpubBook(
        page,
        package.version,
        len(read),
        len(documents) - len(read),
        notes,
        front,
        tuple(lines.text(warning) for warning in warnings),
    )


def front_said(titled: bool, byline: bool, author: str, day: str) -> str:
    """Where the front was read, as the report says it."""
    said = [
        "its title the OPF's dc:title"
        if titled
        else "its title its first heading (the OPF gives none)"
    ]
    if author:
        said.append(
            "its author the byline over its text (the OPF's creators as it writes them)"
            if byline
            else "its author the OPF's creators (no line over its text names them)"
        )
    said.append("its date the OPF's dc:date" if day else "its date the text's, where it says one")
    return ", ".join(said)


# --- the book's front and back matter ---------------------------------------------------------


def front_and_back(documents: list[Document], package: Package, parts: Parts) -> dict[str, str]:
    """The documents that are no text of the essay's, each with what it is (see the module)."""
    said = {name: GUIDE_TYPES.get(kind, kind) for name, kind in package.guide.items()}
    nav = next((document for document in documents if document.name == package.nav), None)
    if nav is None and package.nav and parts.holds(package.nav):
        nav = parsed(parts, package.nav, 0)  # (a nav out of the spine: its landmarks alone)
    if nav is not None:
        said.update(landmarks(nav))
    matter: dict[str, str] = {}
    first_text = next(
        (i for i, document in enumerate(documents) if any(map(is_sentence, block_words(document)))),
        len(documents),
    )
    title = clean_spaces(all_words(package.title)) if package.title else ""
    for index, document in enumerate(documents):
        marked = [
            kind for kind in (said.get(document.name, ""), *own_kinds(document)) if kind in MATTER
        ]
        if document.name == package.nav:
            matter[document.name] = "navigation document (its table of contents)"
        elif marked:
            matter[document.name] = MATTER[marked[0]]
        elif not document.words():
            matter[document.name] = "page without words (an image: a cover, a plate)"
        elif index < first_text and title and states(document, title):
            matter[document.name] = "title page (no sentence, the book's title)"
        elif not document.linear:
            matter[document.name] = ""
    return matter


def landmarks(nav: Document) -> dict[str, str]:
    """What the nav document's landmarks say of the book's documents (`titlepage`, `cover`,
    `toc`), by their names in the zip."""
    found = {}
    here = posixpath.dirname(nav.name)
    for marks in nav.soup.find_all(lambda tag: "landmarks" in kinds(tag)):
        for link in marks.find_all("a", href=True):
            if urlsplit(str(link["href"])).fragment:
                continue  # (a place inside a document, not the document: see epubpackage)
            for kind in kinds(link):
                found.setdefault(in_book(here, str(link["href"])) or nav.name, kind)
    return found


def own_kinds(document: Document) -> set[str]:
    """What a document's markup says it is: its `<body>`'s kinds and its first element's
    (`<section epub:type="titlepage">`)."""
    first = document.body.find(True)
    return kinds(document.body) | (kinds(first) if isinstance(first, Tag) else set())


def block_words(document: Document) -> list[str]:
    """The words of each of a document's blocks that holds no other, in order."""
    return [
        words
        for block in document.body.find_all(BLOCKS)
        if not block.find(BLOCKS) and (words := clean_spaces(block.get_text(" ")))
    ]


def is_sentence(words: str) -> bool:
    """A paragraph's words: a sentence of a few words or more (no title, name or date)."""
    return ends_sentence(words) and len(words.split()) >= PROSE_WORDS


def states(document: Document, title: str) -> bool:
    """Whether one of the document's blocks is the book's title."""
    return any(same_words(words, title) for words in block_words(document))


def same_words(one: str, other: str) -> bool:
    return clean_spaces(one).casefold() == clean_spaces(other).casefold()


def matter_left_out(
    documents: list[Document], matter: dict[str, str]
) -> list[tuple[int, str, str]]:
    """Each document left out, as the report lists it: its words (or its images' names), at
    its body's line."""
    listed = []
    for document in documents:
        if document.name not in matter:
            continue
        what = matter[document.name]
        images = [
            str(image.get("src") or image.get("xlink:href") or "")
            for image in document.body.find_all(("img", "image"))
        ]
        words = document.words() or ", ".join(filter(None, images)) or "(nothing)"
        rule = (
            LEFT_DOCUMENT.format(what=what, name=document.name)
            if what
            else LEFT_OUT_OF_ORDER.format(name=document.name)
        )
        listed.append((line_in(document, document.body), words, rule))
    return listed


def line_in(document: Document, tag: Tag) -> int:
    """A tag's line in its own document."""
    return max((tag.sourceline or 0) - document.offset, 1)


# --- the front ----------------------------------------------------------------------------------


def front_blocks(document: Document) -> list[Tag]:
    """The blocks of words (holding no other) before the document's first sentence."""
    found = []
    for block in document.body.find_all(BLOCKS):
        words = clean_spaces(block.get_text(" "))
        if block.find(BLOCKS) or not words:
            continue
        if is_sentence(words):
            break
        found.append(block)
    return found


def first_heading(document: Document) -> Tag | None:
    """The document's first heading, where no sentence stands before it."""
    for block in front_blocks(document):
        if block.name in HEADINGS:
            return block
    return None


def title_again(document: Document, title: str) -> list[tuple[int, str, str]]:
    """The text's first heading taken out where it is the book's title again, as the report
    lists it."""
    heading = first_heading(document)
    if heading is None or not same_words(heading.get_text(" "), title):
        return []
    heading.extract()
    return [(line_in(document, heading), title, TITLE_AGAIN.format(name=document.name))]


def text_title(document: Document) -> tuple[str, list[tuple[int, str, str]]]:
    """Where the OPF gives no title: the text's first heading (taken out), or none."""
    heading = first_heading(document)
    if heading is None:
        return "", []
    title = clean_spaces(heading.get_text(" "))
    return title, title_again(document, title)


def book_author(
    document: Document, package: Package
) -> tuple[str, list[tuple[int, str, str]], tuple[str, ...]]:
    """The author (see the module): the byline over the text that names the OPF's creators as
    the text writes them (taken out, as the report lists it), else the creators the OPF names
    authors; and the warnings the choice calls for."""
    creators = [clean_spaces(all_words(node)) for node in package.authors]
    if not creators:
        return "", [], ()
    for block in front_blocks(document):
        words = clean_spaces(block.get_text(" "))
        names = author_names(byline_name(words))
        if not names or not all(any(same_person(n, c) for c in creators) for n in names):
            continue
        block.extract()
        unnamed = [c for c in creators if not any(same_person(n, c) for n in names)]
        warnings = (
            (
                f"the OPF names {and_joined(unnamed)!r} among the book's creators too, whom the "
                f"byline over its text ({words!r}) does not: if they are the essay's authors, "
                "add them to the front matter",
            )
            if unnamed
            else ()
        )
        byline = (line_in(document, block), words, BYLINE.format(name=document.name))
        return and_joined(names), [byline], warnings
    author = and_joined(creators)
    return (
        author,
        [],
        (
            f"the author is the book's creator as its OPF names it, {author!r}: no line over "
            "the text names it (its catalogue's form, which may not be the essay's); check it "
            "against the text",
        ),
    )


def byline_name(words: str) -> str:
    """The names a line holds alone (`By Ann Lee`, `Ann Lee and Bo Ma`), or ""."""
    stated = metadata_line(words) or {}
    if set(stated) == {"author"}:
        return stated["author"]
    return words if name_byline(words) == words else ""


def same_person(written: str, catalogued: str) -> bool:
    """Whether a name as the text writes it is a creator's as the OPF catalogues it: the same
    surname, and given names whose initials agree (`Helga Mortensson-Ruiz`, `H.
    Mortensson-Ruiz`; a catalogue's `Mortensson-Ruiz, Helga` turned round)."""
    surname, comma, given = catalogued.partition(",")
    if comma and given.strip():
        catalogued = f"{given} {surname}"
    ours = without_honorific(written).split()
    theirs = without_honorific(catalogued).split()
    if len(ours) < 2 or len(theirs) < 2 or not same_words(ours[-1], theirs[-1]):
        return False
    return all(
        mine[0].casefold() == other[0].casefold() for mine, other in zip(ours[:-1], theirs[:-1])
    )


def book_day(document: Document, package: Package) -> tuple[str, tuple[str, ...]]:
    """The date to write where the text states none before its first sentence: the OPF's
    publication date, where it is a day or a month; a stamp of the making offered in a
    warning, never written."""
    for block in front_blocks(document):
        if "date" in (metadata_line(clean_spaces(block.get_text(" "))) or {}):
            return "", ()
    node = package.date
    said = clean_spaces(all_words(node)) if node else ""
    if not said:
        return "", ()
    if DAY.fullmatch(said):
        return said, ()
    why = (
        "a stamp of the e-book's making (a time of day: pandoc writes the moment it ran where "
        "it was given no date)"
        if STAMP.match(said)
        else "no date an edition writes"
    )
    return "", (
        f"the text states no date, and the OPF's dc:date, {said!r}, is {why}: not written; if "
        "it is the essay's date, write it into the front matter",
    )


def metadata_left_out(package: Package, used: set[int]) -> list[tuple[int, str, str]]:
    """The OPF's metadata, but what was read into the front (`used`) and what refines it, as
    the report lists it: each element, its name (or property) and its words."""
    used_ids = {
        f"#{node.attrs['id']}"
        for node in package.metadata
        if id(node) in used and "id" in node.attrs
    }
    listed = []
    for node in package.metadata:
        if id(node) in used or node.attrs.get("refines") in used_ids:
            continue
        name = node.attrs.get("property") or node.attrs.get("name") or local(node.tag)
        words = clean_spaces(all_words(node)) or node.attrs.get("content", "")
        refines = f" ({node.attrs['refines']})" if "refines" in node.attrs else ""
        listed.append((node.line, f"{name}{refines}: {words}", METADATA.format(name=package.name)))
    return listed


# --- the report's lines -------------------------------------------------------------------------

#: A line number in a warning of the page's reading (`line 14`, `line 14 of the HTML`).
LINE_SAID = re.compile(r"\bline (\d+)(?: of the HTML| of the XHTML)?")


@dataclass(frozen=True)
class Lines:
    """The book's page's lines, each a document's: its rule and its warnings say whose."""

    documents: tuple[Document, ...]

    def of(self, line: int) -> tuple[Document | None, int]:
        """The document a line of the book's page is in, and its line there."""
        for document in self.documents:
            if document.offset < line <= document.offset + document.lines:
                return document, line - document.offset
        return None, line

    def item(self, item: tuple[int, str, str]) -> tuple[int, str, str]:
        """A block the page's reading left out, at its line in its document, named."""
        line, words, why = item
        document, own = self.of(line)
        return (own, words, f"{why} ({document.name})") if document else item

    def text(self, warning: str) -> str:
        """A warning with its lines said as their documents'."""

        def said(found: re.Match[str]) -> str:
            document, own = self.of(int(found[1]))
            return f"line {own} of {document.name}" if document else found[0]

        return LINE_SAID.sub(said, warning)


def epub_read_as(book: EpubBook) -> str:
    """The report's line on how an EPUB was read."""
    notes = (
        f", {book.notes} note{'s' * (book.notes != 1)} numbered through the book in the order "
        "of their calls"
        if book.notes
        else ""
    )
    left = (
        f"; {book.left} left out (its cover, title page, contents and the like), each listed"
        if book.left
        else ""
    )
    return (
        f"an EPUB e-book (EPUB {book.version or 'of no version said'}): its spine's "
        f"{book.read} document{'s' * (book.read != 1)} of text read in order as one page, each "
        f"as an EPUB's chapter{notes}{left}; {book.front}; the rest of its package's metadata, "
        "the book's, listed; its NCX, stylesheets and images not read (the report's lines are "
        "each document's own, its rule naming it)"
    )
