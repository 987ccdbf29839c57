"""An EPUB's zip archive and its package (the OPF), read within bounds: the parts of a book
epubbook.py reads as the page of its essay.

An EPUB is known by its `mimetype` entry (`application/epub+zip`; or, with none, by its
`META-INF/container.xml`: sourcefile.py's `ZIP_DOCUMENTS`). The container names the package
document, whose `<metadata>` is the book's (Dublin Core elements and EPUB 3's `<meta>`s that
refine them: a title's type, a creator's role), whose `<manifest>` lists the book's parts
(their names relative to the OPF, `%20`s and all), whose `<spine>` orders the XHTML documents
a reader pages through (`linear="no"`: out of that order), and whose `<guide>` (EPUB 2's)
names some of them (`cover`, `title-page`, `toc`). The container, the OPF and an encryption
list are read by expat as jats.py reads XML (no DTD read, no entity expanded, an entity
declared refused, at its line); each XHTML document of the spine as xhtmlpage.py reads an
EPUB's chapter, as HTML (BeautifulSoup), after its prolog (the XML declaration, the DOCTYPE,
an entity declared in it refused), its elements' lines numbered on through the book, one
document after another.

Nothing is read past the bounds: `MAX_PARTS` entries, `MAX_PART_BYTES` a part and
`MAX_BOOK_BYTES` in all, as the zip's directory declares the parts' sizes, which Python's
zipfile reads no more than (a zip bomb refused before it is unpacked); a part the book
encrypts (a shop's DRM, listed in `META-INF/encryption.xml`) is refused with what to do, and
so is a zip cut short, a part its package names that the zip does not hold, and XML that is
not well-formed, each naming the part, and its line where it has one.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

from .errors import SynopticError
from .htmlpage import clean_spaces, refuse_deep_nesting
from .jats import Node, all_words, parse_or_refuse, root_start
from .sourcefile import ZIP_DOCUMENTS, ZIP_ERRORS, decoded
from .xhtmlpage import XML_DECLARATION, refuse_declared_entities

EPUB = next(kind for kind in ZIP_DOCUMENTS if kind.mimetype == "application/epub+zip")
CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
PACKAGE_TYPE = "application/oebps-package+xml"
XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})
#: Bounds on what is read of the zip, as its directory declares the parts' sizes: an essay's
#: book is a few hundred kilobytes, a long novel's a few megabytes.
MAX_PARTS = 10_000
MAX_PART_BYTES = 8 * 2**20
MAX_BOOK_BYTES = 64 * 2**20
NOT_XHTML = "an EPUB: a document of its spine that is no XHTML ({name}, {media}), not read"
DAMAGED = (
    "an EPUB whose zip archive does not open (it is cut short or damaged): download or export "
    "the e-book again, and give that"
)


@dataclass(frozen=True)
class Item:
    """A part of the book its manifest lists: its name in the zip, its media type and
    properties (EPUB 3's `nav`, `cover-image`)."""

    name: str
    media: str
    properties: frozenset[str]


@dataclass(frozen=True)
class Package:
    """The OPF's reading of the book: its name in the zip, its version, its metadata's
    elements, the spine's documents in order (each with whether it is in the reading order),
    what the guide says of its documents, and its navigation document."""

    name: str
    version: str
    metadata: tuple[Node, ...]
    spine: tuple[tuple[Item, bool], ...]
    guide: dict[str, str]
    nav: str  # the navigation document's name (EPUB 3's), in the spine or not; "" for none

    def said(self, element: Node) -> dict[str, str]:
        """What the metadata's `<meta refines="#id">` say of an element (its role, its
        title's type), by property."""
        refined = f"#{element.attrs.get('id', '')}"
        return {
            meta.attrs.get("property", ""): clean_spaces(all_words(meta))
            for meta in self.metadata
            if local(meta.tag) == "meta" and meta.attrs.get("refines") == refined
        }

    def elements(self, name: str) -> list[Node]:
        """The metadata's Dublin Core elements of a name (`title`, `creator`), in order."""
        return [element for element in self.metadata if local(element.tag) == name]

    @property
    def title(self) -> Node | None:
        """The book's main title: the one refined as `main`, else the first."""
        titles = self.elements("title")
        main = [title for title in titles if self.said(title).get("title-type") == "main"]
        return (main or titles or [None])[0]

    @property
    def authors(self) -> list[Node]:
        """The creators the book names as its authors: role `aut` (EPUB 2's `opf:role`, EPUB
        3's refinement), or none said."""
        return [
            creator
            for creator in self.elements("creator")
            if (
                creator.attrs.get("opf:role")
                or creator.attrs.get("role")
                or self.said(creator).get("role")
                or "aut"
            )
            == "aut"
        ]

    @property
    def date(self) -> Node | None:
        """The book's publication date: the first `dc:date` whose EPUB 2 event is the
        publication's, or is not said."""
        dated = self.elements("date")
        return next(
            (date for date in dated if date.attrs.get("opf:event", "publication") == "publication"),
            None,
        )


@dataclass(frozen=True, eq=False)
class Document:
    """An XHTML document of the spine, parsed: its name in the zip, its page, the line of the
    book's page its first line is (its lines are numbered on from the documents before it),
    and its lines."""

    name: str
    soup: BeautifulSoup
    offset: int
    lines: int
    linear: bool = True

    @property
    def body(self) -> Tag:
        return self.soup.body or self.soup

    def words(self) -> str:
        return clean_spaces(self.body.get_text(" "))


def is_epub(data: bytes) -> bool:
    """Whether the bytes are a zip archive an EPUB's `mimetype` says is one (or, with none,
    holding `META-INF/container.xml`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return EPUB.holds(archive)
    except ZIP_ERRORS:
        return False


class Parts:
    """The book's parts, read from its zip within the bounds (see the module)."""

    def __init__(self, data: bytes, path: str) -> None:
        self.path = path
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
        except ZIP_ERRORS:
            raise SynopticError(path, None, DAMAGED) from None
        infos = self.archive.infolist()
        if len(infos) > MAX_PARTS:
            raise SynopticError(
                path,
                None,
                f"an EPUB whose zip holds {len(infos):,} parts, more than any book's "
                f"({MAX_PARTS:,}): check that the file is the e-book of the essay",
            )
        self.sizes = {info.filename: info.file_size for info in infos}
        self.left = MAX_BOOK_BYTES
        self.encrypted: frozenset[str] = frozenset()
        if ENCRYPTION in self.sizes:
            self.encrypted = encrypted(self)

    def holds(self, name: str) -> bool:
        return name in self.sizes

    def read(self, name: str) -> bytes:
        """A part's bytes, within the bounds; one the zip does not hold, or encrypted, or
        larger than a book's, refused."""
        size = self.sizes.get(name)
        if size is None:
            raise SynopticError(
                self.path,
                None,
                f"an EPUB whose package names a part its zip does not hold, `{name}`: the "
                "e-book is incomplete; export it again",
            )
        if name in self.encrypted:
            raise SynopticError(
                self.path,
                None,
                f"an EPUB whose text is encrypted (`{name}`, listed in {ENCRYPTION}: a shop's "
                "DRM): its words cannot be read; open it in the reading app it was bought "
                "for, copy the essay's text into a text file, and ingest that",
            )
        if size > min(MAX_PART_BYTES, self.left):
            raise SynopticError(
                self.path,
                None,
                f"an EPUB whose part `{name}` would be {size:,} bytes unpacked, more than a "
                "book's text holds (a zip bomb?): check that the file is the e-book of the "
                "essay",
            )
        self.left -= size
        try:
            with self.archive.open(name) as part:
                return part.read()
        except ZIP_ERRORS:
            raise SynopticError(self.path, None, DAMAGED) from None

    def text(self, name: str, what: str) -> str:
        """A part's text (UTF-8, or the charset its XML declaration names), its line ends
        `\\n`; refused, naming the part, as any source is (control characters, no text)."""
        return decoded(self.read(name), self.where(name), what, pages=False, html=True).text

    def where(self, name: str) -> str:
        """A part as an error names it: the book, then the part."""
        return f"{self.path} ({name})"

    def xml(self, name: str, what: str) -> Node:
        """A part's XML, parsed as jats.py parses it (no DTD read, no entity expanded)."""
        found = parse_or_refuse(
            self.text(name, what), self.where(name), what, "export the e-book again"
        )
        if found is None:
            raise SynopticError(
                self.where(name), 1, f"{what} that is no XML: export the e-book again"
            )
        return found[0]


def encrypted(parts: Parts) -> frozenset[str]:
    """The parts `META-INF/encryption.xml` lists as encrypted (a font obfuscated is one too,
    but no document of text is read of those)."""
    root = parts.xml(ENCRYPTION, "an EPUB's list of encrypted parts")
    return frozenset(
        unquote(node.attrs.get("URI", ""))
        for node in root.walk()
        if local(node.tag) == "CipherReference"
    )


def read_package(parts: Parts) -> Package:
    """The book's package: the OPF the container names, its metadata, manifest, spine and
    guide."""
    if not parts.holds(CONTAINER):
        raise SynopticError(
            parts.path,
            None,
            f"an EPUB without its {CONTAINER}, which names the book's package: the e-book is "
            "incomplete; export it again",
        )
    container = parts.xml(CONTAINER, "an EPUB's container")
    rootfiles = [node for node in container.walk() if local(node.tag) == "rootfile"]
    names = [
        node.attrs.get("full-path", "")
        for node in rootfiles
        if node.attrs.get("media-type", PACKAGE_TYPE) == PACKAGE_TYPE
    ]
    if not names or not names[0]:
        raise SynopticError(
            parts.where(CONTAINER),
            container.line,
            "an EPUB's container that names no package document (a `<rootfile full-path=…>`): "
            "export the e-book again",
        )
    name = unquote(names[0])
    opf = parts.xml(name, "an EPUB's package document (OPF)")
    if local(opf.tag) != "package":
        raise SynopticError(
            parts.where(name),
            opf.line,
            f"an EPUB's package document whose root is `<{opf.tag}>`, not `<package>`: "
            "export the e-book again",
        )
    section = {local(node.tag): node for node in opf.elements()}
    here = posixpath.dirname(name)
    manifest = {
        node.attrs.get("id", ""): Item(
            in_book(here, node.attrs.get("href", "")),
            node.attrs.get("media-type", ""),
            frozenset(node.attrs.get("properties", "").split()),
        )
        for node in children(section.get("manifest"), "item")
    }
    refs = children(section.get("spine"), "itemref")
    spine = tuple(
        (manifest[ref.attrs.get("idref", "")], ref.attrs.get("linear", "yes") != "no")
        for ref in refs
        if ref.attrs.get("idref", "") in manifest
    )
    if not spine:
        raise SynopticError(
            parts.where(name),
            opf.line,
            "an EPUB's package whose spine names no document of its manifest: the e-book is "
            "incomplete; export it again",
        )
    # (a reference to a place inside a document, `index_split_000.html#toc`, marks that place,
    # not the document: a one-file book's guide names its contents so, review 44)
    guide = {
        in_book(here, node.attrs.get("href", "")): node.attrs.get("type", "").lower()
        for node in children(section.get("guide"), "reference")
        if not urlsplit(node.attrs.get("href", "")).fragment
    }
    navs = [item.name for item in manifest.values() if "nav" in item.properties]
    metadata = tuple(section["metadata"].elements()) if "metadata" in section else ()
    version = opf.attrs.get("version", "")
    return Package(name, version, metadata, spine, guide, navs[0] if navs else "")


def local(tag: str) -> str:
    """An element's name without its prefix (`dc:title` → `title`)."""
    return tag.rpartition(":")[2]


def children(node: Node | None, name: str) -> list[Node]:
    """A node's elements of a name (its prefix aside), or none."""
    return [child for child in node.elements() if local(child.tag) == name] if node else []


def in_book(here: str, href: str) -> str:
    """A link's part in the zip, from the folder of the part that links (`text/ch001.xhtml`
    from `EPUB/` → `EPUB/text/ch001.xhtml`), its `%20`s decoded, its fragment dropped."""
    target = unquote(urlsplit(href).path)
    return posixpath.normpath(posixpath.join(here, target)) if target else ""


def spine_documents(
    parts: Parts, package: Package
) -> tuple[list[Document], list[tuple[int, str, str]]]:
    """The spine's XHTML documents, parsed, their lines numbered on through the book; and
    the spine's items that are no XHTML, as the report lists them."""
    documents: list[Document] = []
    others = []
    offset = 1  # (the page made above them holds line 1)
    for item, linear in package.spine:
        if item.media not in XHTML_TYPES:
            others.append((0, item.name, NOT_XHTML.format(name=item.name, media=item.media)))
            continue
        document = parsed(parts, item.name, offset, linear)
        documents.append(document)
        offset += document.lines
    return documents, others


def parsed(parts: Parts, name: str, offset: int, linear: bool = True) -> Document:
    """One XHTML document, read as xhtmlpage.py reads a chapter: as HTML, its prolog (the XML
    declaration, a DOCTYPE) set aside on lines left blank; an entity declared refused, and a
    document nesting too deep; its elements' lines numbered on from `offset`."""
    where = parts.where(name)
    text = parts.text(name, "an EPUB's XHTML document")
    refuse_declared_entities(text, where)
    declaration = XML_DECLARATION.match(text)
    start = root_start(text, declaration.end() if declaration else 0)
    soup = BeautifulSoup("\n" * text.count("\n", 0, start) + text[start:], "html.parser")
    refuse_deep_nesting(soup, where)
    for tag in soup.find_all(True):
        tag.sourceline = (tag.sourceline or 1) + offset
    return Document(name, soup, offset, text.count("\n") + 1, linear)
