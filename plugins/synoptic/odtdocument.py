"""An OpenDocument text (.odt: ODF 1.2 or 1.3, as LibreOffice Writer, Google Docs and Word save
it), read as the page the word processor shows (docs/editions.md, "A Word document (.docx) or
an OpenDocument text (.odt)"; documentpage.py makes the page).

It is known by its parts (zippackage.py opens the zip): its `mimetype` (a text's, or a text
template's, where the zip holds one) and `content.xml`, whose body is an `office:text`.
`styles.xml` holds the named styles and the master pages (their headers and footers),
`meta.xml` the file's properties. What is read of the body, in order:

- a paragraph (`text:p`) or a heading (`text:h`, at its `text:outline-level`; a paragraph
  whose style sets a default outline level is one too): its text wherever it stands (in a
  span, a link, a field), its runs of white space one space (`text:s`, a space each; a tab
  one), a line break (`text:line-break`) a space in its paragraph, a page break nothing, a
  soft hyphen (U+00AD) nothing; its style's name and the names of those it is based on (an
  automatic style, its direct formatting, is read through to its parent); whether every word
  is bold (`fo:font-weight`, a span's style's, else its paragraph's);
- a list's items (`text:list`), numbered where its list style's level is a number's;
- a field (`text:date`, `text:page-number`, `text:sequence`, `text:title` …): the result it
  shows; a sequence (`Table {sequence}1`) numbers a caption; a date that is not fixed shows the
  day the file is opened;
- a footnote or an endnote (`text:note`), written inside its paragraph where its call stands:
  the call there, its body (`text:note-body`) in the notes, in the order of the calls (its
  citation, `1` or `i`, is the document's numbering, not read);
- tracked changes: an insertion (`text:change-start` … `text:change-end`) is the text; a
  deletion's words are kept in its change region, in `text:tracked-changes` at the top of the
  body, and its place marked (`text:change`): left out, listed there with its author (a
  deletion marked nowhere, at the top);
- a table (`table:table`): its rows of cells (a header row's too), each cell's paragraphs one.

Left out, each listed in the report at the paragraph it stands in (the body's paragraphs
counted from its top, a table one, a list's items each): comments (`office:annotation`,
inline in a paragraph, with their author), frames (`draw:frame`: an image with its title and
description, `svg:title`, `svg:desc`; a text box, `draw:text-box`, with its paragraphs, a
caption among them) and other drawings, hidden text, a table of contents and any other index;
the headers and footers of the master pages (each text once); the file's properties. Refused,
with what to do: a part that is not well-formed XML, or declares an entity; a zip that cannot
be read (zippackage.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .documentpage import (
    COMMENT,
    DELETED,
    HEADER,
    HIDDEN,
    IMAGE,
    LISTING,
    PRIVATE_USE,
    SYMBOL,
    TEXT_BOX,
    Block,
    Call,
    Document,
    DocumentPage,
    Paragraph,
    Piece,
    Table,
    Words,
    document_page,
    inherited,
    joined,
    lineage,
    listed_once,
    property_value,
    read_table,
)
from .htmlpage import clean_spaces
from .jats import Node
from .zippackage import Package, level_number, open_package, text_of

WHAT = "an OpenDocument text (.odt)"
#: Why a document whose body holds no words is refused.
EMPTY = (
    "an OpenDocument text with no text in its body (its words, if any, are in its headers, "
    "comments, frames or tracked deletions): check that the file holds the essay"
)
#: What an OpenDocument text's `mimetype` part says it is (a text, a text's template).
MIMETYPES = frozenset(
    {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"}
)
#: Each namespace's prefix as this reader names it.
PREFIXES = {
    f"urn:oasis:names:tc:opendocument:xmlns:{name}:1.0": prefix
    for name, prefix in (
        ("office", "office"),
        ("style", "style"),
        ("text", "text"),
        ("table", "table"),
        ("drawing", "draw"),
        ("xsl-fo-compatible", "fo"),
        ("svg-compatible", "svg"),
        ("meta", "meta"),
    )
} | {"http://purl.org/dc/elements/1.1/": "dc", "http://www.w3.org/1999/xlink": "xlink"}
#: The properties read (meta.xml), as the report names them.
META = {
    "dc:title": "title",
    "dc:subject": "subject",
    "meta:initial-creator": "author",
    "dc:creator": "last saved by",
    "meta:keyword": "keywords",
    "dc:description": "description",
    "dc:language": "language",
    "meta:creation-date": "created",
    "dc:date": "modified",
    "meta:print-date": "printed",
    "meta:printed-by": "printed by",
}
#: A master page's headers and footers, of every kind.
HEADERS = frozenset(
    f"style:{part}{kind}" for part in ("header", "footer") for kind in ("", "-left", "-first")
)
#: Indexes: the document listed again (their body, `text:index-body`, read for the report).
INDEXES = frozenset(
    "text:table-of-content text:illustration-index text:table-index text:object-index "
    "text:user-index text:alphabetical-index text:bibliography".split()
)
#: Elements that hold no words of the text (declarations, forms, marks, a ruby's reading).
SILENT = frozenset(
    "text:sequence-decls text:variable-decls text:user-field-decls text:dde-connection-decls "
    "office:forms text:tracked-changes text:soft-page-break text:note-citation text:ruby-text "
    "office:annotation-end text:bookmark text:bookmark-start text:bookmark-end text:change-start "
    "text:change-end text:reference-mark text:reference-mark-start text:reference-mark-end "
    "text:toc-mark text:alphabetical-index-mark text:user-index-mark text:number".split()
)
#: What a mark in a paragraph stands for (a space each: `text:s` is a run of them).
CHARACTERS = {"text:s": " ", "text:tab": " "}
#: Font weights that are bold (`bold`, or 600 and over).
BOLD = frozenset({"bold", "600", "700", "800", "900"})


@dataclass(frozen=True)
class Style:
    name: str  # as the word processor shows it, lower case
    parent: str
    automatic: bool  # direct formatting, named by the program (`P1`, `T1`): no style of its own
    level: int | None  # the outline level it sets, 1 the highest
    bold: bool | None  # None: its parent's
    hidden: bool | None = None  # its text not shown (`text:display="none"`); None: its parent's


def odt_document(raw: str, path: str, data: bytes | None = None) -> DocumentPage | None:
    """The document an .odt file holds, read as a page (see the module); None for a file of
    another kind."""
    package = open_package(data, path, WHAT)
    if package is None:
        return None
    mimetype = package.part("mimetype")
    if mimetype is not None and mimetype.decode("ascii", "replace").strip() not in MIMETYPES:
        return None
    content = package.xml("content.xml", PREFIXES)
    body = content.find("office:body") if content is not None else None
    text = body.find("office:text") if body is not None else None
    if content is None or text is None:
        return None
    return document_page(_Reader(package, content).read(text), WHAT, path, EMPTY)


class _Reader:
    """Reads an OpenDocument text's body in order, with its styles, notes, comments, tracked
    changes, headers and footers (see the module)."""

    def __init__(self, package: Package, content: Node) -> None:
        self.package = package
        self.shared = package.xml("styles.xml", PREFIXES)
        self.styles = {**read_styles(self.shared), **read_styles(content)}
        self.lists = {**list_styles(self.shared), **list_styles(content)}
        self.line = 0  # the body's paragraphs and tables read
        self.in_table = 0  # how deep in tables the blocks being read are
        self.notes: list[tuple[tuple[Piece, ...], int]] = []
        self.note_kinds: set[str] = set()  # the classes of note called: footnote, endnote
        self.left_out: list[tuple[int, str, str]] = []
        self.deletions: dict[str, tuple[str, str]] = {}  # a change's id → (author, words)
        self.tracked: dict[str, None] = {}

    def read(self, text: Node) -> Document:
        for changes in text.elements("text:tracked-changes"):
            self.changes(changes)
        blocks = self.blocks(text.elements(), "")
        # (a deletion whose place no `text:change` marks: listed at the top)
        self.left_out += [(1, f"{who}: {words}", DELETED) for who, words in self.deletions.values()]
        meta = self.package.xml("meta.xml", PREFIXES)
        return Document(
            tuple(blocks),
            tuple(self.notes),
            tuple(self.left_out + self.headers()),
            tuple(properties(meta)),
            clean_spaces(text_of(meta, "meta:generator")),
            tuple(self.tracked),
            two_series=len(self.note_kinds) > 1,
        )

    # --- blocks

    def blocks(self, nodes: Iterable[Node], listed: str, depth: int = 0) -> list[Block]:
        """The paragraphs, list items and tables among block-level elements, in order
        (`listed`: the list style of the list they are items of, at `depth`)."""
        found: list[Block | None] = []
        for node in nodes:
            if node.tag in ("text:p", "text:h"):
                kind = self.lists.get(listed, {}).get(depth, "ul") if listed else ""
                found.append(self.paragraph(node, kind))
            elif node.tag == "text:list":
                style = node.attrs.get("text:style-name", listed)
                items = node.elements("text:list-item", "text:list-header")
                found += self.blocks(
                    (n for item in items for n in item.elements()), style, depth + 1
                )
            elif node.tag == "table:table":
                found.append(self.table(node))
            elif node.tag in INDEXES:
                self.index(node)
            elif node.tag.startswith("draw:"):
                self.drawing(node)
            elif node.tag not in SILENT:  # (a section: read through)
                found += self.blocks(node.elements(), listed, depth)
        return [block for block in found if block is not None]

    def paragraph(self, node: Node, listed: str) -> Paragraph | None:
        self.line += not self.in_table
        style = node.attrs.get("text:style-name", "")
        words = Words()
        self.content(node.children, words, bool(inherited(self.styles, style, "bold")))
        own = heading_level(node) if node.tag == "text:h" else None
        level = own or inherited(self.styles, style, "level")
        return words.paragraph(
            self.line,
            # (an automatic style, the paragraph's direct formatting, is read through)
            styles=tuple(
                self.styles[each].name
                for each in lineage(self.styles, style)
                if not self.styles[each].automatic
            ),
            level=level,
            listed="" if level is not None else listed,
        )

    def table(self, node: Node) -> Table | None:
        """A table: its rows of cells (`table:table-cell`), as `read_table` reads them."""
        rows = (row.elements("table:table-cell") for row in table_rows(node))
        return read_table(self, rows, lambda cell: self.blocks(cell.elements(), ""))

    def index(self, node: Node) -> None:
        """A table of contents or an index: its entries, left out, listed."""
        entries = [found for body in node.elements("text:index-body") for found in body.elements()]
        line = self.line + 1
        said = clean_spaces(joined(self.aside(entries)))
        if said:
            self.left_out.append((line, said, LISTING))

    # --- words

    def content(self, nodes: list[Node | str], words: Words, bold: bool) -> None:
        """A paragraph's content, in order, into `words` (`bold`: whether its words are)."""
        for node in nodes:
            if isinstance(node, str):
                # (a symbol font's character, in the private-use area: listed, review 44)
                for found in PRIVATE_USE.findall(node):
                    self.left_out.append((self.line, f"U+{ord(found):04X}", SYMBOL))
                words.add(PRIVATE_USE.sub("", node), bold)
            elif node.tag in CHARACTERS:
                words.add(CHARACTERS[node.tag], bold)
            elif node.tag == "text:line-break":
                words.broken()
            elif node.tag in SILENT:
                continue
            elif node.tag == "text:note":
                body = node.find("text:note-body")
                self.notes.append(
                    (self.aside(body.elements() if body is not None else []), self.line)
                )
                self.note_kinds.add(node.attrs.get("text:note-class", "footnote"))
                words.pieces.append(Call(len(self.notes)))
            elif node.tag == "office:annotation":
                self.comment(node)
            elif node.tag == "text:change":
                self.deleted(node.attrs.get("text:change-id", ""))
            elif node.tag.startswith("draw:") and node.tag != "draw:a":
                self.drawing(node)
            elif node.tag in ("text:hidden-text", "text:hidden-paragraph"):
                if said := node.attrs.get("text:string-value", ""):
                    self.left_out.append((self.line, said, HIDDEN))
            else:  # (a span, a link, a field: its words, as shown)
                words.numbered = words.numbered or node.tag == "text:sequence"
                if (
                    node.tag in ("text:date", "text:time")
                    and node.attrs.get("text:fixed") != "true"
                ):
                    words.dated = words.dated or node.tag.partition(":")[2].upper()
                style = node.attrs.get("text:style-name", "")
                if node.tag == "text:span" and inherited(self.styles, style, "hidden"):
                    # (Writer's hidden characters: a span whose style shows none, review 44)
                    if said := clean_spaces(text_of(node)):
                        self.left_out.append((self.line, said, HIDDEN))
                    continue
                own = inherited(self.styles, style, "bold") if node.tag == "text:span" else None
                self.content(node.children, words, bold if own is None else own)

    def aside(self, nodes: Iterable[Node]) -> tuple[Piece, ...]:
        """The words of blocks outside the body's (a note's, a comment's, a frame's, a
        header's): one text, its line breaks spaces, read apart from the body's paragraphs (a
        frame among them left out as the body's are)."""
        words = Words()
        for node in nodes:
            if node.tag in ("text:p", "text:h"):
                self.content(node.children, words, False)
            elif node.tag == "draw:frame":
                self.drawing(node)
            elif node.tag not in SILENT and not node.tag.startswith(("dc:", "meta:", "svg:")):
                words.pieces += self.aside(node.elements())
            words.pieces.append(" ")
        return tuple(p.replace("\n", " ") if isinstance(p, str) else p for p in words.pieces)

    def comment(self, node: Node) -> None:
        who = clean_spaces(text_of(node, "dc:creator")) or "a reviewer the file does not name"
        if said := clean_spaces(joined(self.aside(node.elements()))):
            self.left_out.append((self.line, f"{who}: {said}", COMMENT))

    def drawing(self, node: Node) -> None:
        """A frame or a drawing, left out, listed: an image by its title and description; a
        text box's words, or a shape's (an image in them listed apart)."""
        line = max(self.line, 1)
        if node.tag == "draw:frame" and node.find("draw:text-box") is None:
            what = "an embedded object" if node.find("draw:object") is not None else "an image"
            said = [clean_spaces(text_of(node, tag)) for tag in ("svg:title", "svg:desc")]
            self.left_out.append((line, " — ".join([f"({what})", *filter(None, said)]), IMAGE))
        elif said := clean_spaces(joined(self.aside(node.elements()))):
            self.left_out.append((line, said, TEXT_BOX))

    # --- tracked changes

    def changes(self, node: Node) -> None:
        """The changes still tracked: who made each, and each deletion's words, kept apart for
        their places (`text:change`)."""
        for region in node.elements("text:changed-region"):
            for change in region.elements():
                who = (
                    clean_spaces(text_of(change, "dc:creator"))
                    or "an author the file does not name"
                )
                self.tracked[who] = None
                said = clean_spaces(joined(self.aside(change.elements())))
                if change.tag == "text:deletion" and said:
                    key = region.attrs.get("text:id") or region.attrs.get("xml:id", "")
                    self.deletions[key] = (who, said)

    def deleted(self, key: str) -> None:
        if key in self.deletions:
            who, said = self.deletions.pop(key)
            self.left_out.append((self.line, f"{who}: {said}", DELETED))

    def headers(self) -> list[tuple[int, str, str]]:
        """The master pages' headers and footers (their fields' results as shown), each once."""
        masters = self.shared.find("office:master-styles") if self.shared is not None else None
        said = [
            (1, clean_spaces(joined(self.aside(part.elements()))))
            for page in (masters.elements("style:master-page") if masters is not None else ())
            for part in page.elements()
            if part.tag in HEADERS
        ]
        return listed_once(said, HEADER)


def read_styles(root: Node | None) -> dict[str, Style]:
    """The paragraph and text styles of a part (its named ones, `office:styles`, and its
    automatic ones), by their names."""
    styles = {}
    for kind in ("office:styles", "office:automatic-styles"):
        group = root.find(kind) if root is not None else None
        for style in group.elements("style:style") if group is not None else ():
            name = style.attrs.get("style:name", "")
            shown = style.attrs.get("style:display-name") or name.replace("_20_", " ")
            level = style.attrs.get("style:default-outline-level")
            weight = text_of_attr(style, "fo:font-weight")
            display = text_of_attr(style, "text:display")
            styles[name] = Style(
                shown.lower(),
                style.attrs.get("style:parent-style-name", ""),
                kind == "office:automatic-styles",
                level_number(level) or None,
                None if weight is None else weight in BOLD,
                None if display is None else display == "none",
            )
    return styles


def text_of_attr(style: Node, name: str) -> str | None:
    """A style's text property (`style:text-properties`), None where it sets none."""
    found = style.find("style:text-properties")
    return found.attrs.get(name) if found is not None else None


def list_styles(root: Node | None) -> dict[str, dict[int, str]]:
    """Each list style's levels, by their number: "ol" (a number's) or "ul"."""
    found: dict[str, dict[int, str]] = {}
    for kind in ("office:styles", "office:automatic-styles"):
        group = root.find(kind) if root is not None else None
        for style in group.elements("text:list-style") if group is not None else ():
            found[style.attrs.get("style:name", "")] = {
                level_number(level.attrs.get("text:level", "1")): (
                    "ol" if level.tag == "text:list-level-style-number" else "ul"
                )
                for level in style.elements()
            }
    return found


def heading_level(node: Node) -> int:
    return level_number(node.attrs.get("text:outline-level")) or 1


def table_rows(table: Node) -> list[Node]:
    """A table's rows, its header rows and row groups' among them."""
    rows = []
    for child in table.elements():
        if child.tag == "table:table-row":
            rows.append(child)
        elif child.tag in ("table:table-header-rows", "table:table-rows", "table:table-row-group"):
            rows += table_rows(child)
    return rows


def properties(meta: Node | None) -> list[tuple[str, str]]:
    """The file's properties (meta.xml), its keywords one, its own (`meta:user-defined`) by
    their names."""
    top = meta.find("office:meta") if meta is not None else None
    found: dict[str, list[str]] = {}
    for node in top.elements() if top is not None else ():
        name = META.get(node.tag) or (
            node.attrs.get("meta:name", "") if node.tag == "meta:user-defined" else ""
        )
        if name and (said := property_value(text_of(node))):
            found.setdefault(name, []).append(said)
    return [(name, ", ".join(values)) for name, values in found.items()]
