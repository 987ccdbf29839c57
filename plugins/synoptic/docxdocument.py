"""A Word document (.docx: Office Open XML's WordprocessingML, as Word, LibreOffice Writer and
Google Docs save it), read as the page the word processor shows (docs/editions.md, "A Word
document (.docx) or an OpenDocument text (.odt)"; documentpage.py makes the page).

It is known by its parts (zippackage.py opens the zip): the package's relationships
(`_rels/.rels`) name its main part, whose root is `w:document`. That part's relationships
name the rest: the styles, the numbering, the footnotes, endnotes and comments, the headers
and footers, the links; `docProps/core.xml`, `app.xml` and `custom.xml` hold the file's
properties. What is read of the body (`w:body`), in order:

- a paragraph (`w:p`): its runs' text (`w:t`) wherever a run stands (in a link, a tracked
  insertion, a content control, a smart tag: an extractor that reads only a paragraph's own
  runs loses a link's words), a tab as a space, a line break (`w:br`) as a space in its
  paragraph, a page or column break as nothing, a soft hyphen as nothing, a non-breaking
  hyphen as U+2011; its style (`w:pStyle`) and the ones it is based on, by their names; its
  outline level, its own (`w:outlineLvl`) or its style's (or its style's name, Word's
  `heading 2`); whether every word is bold (the run's `w:b`, else its character style's, its
  paragraph style's, the document's default); a list's item (`w:numPr`, numbered unless its
  level's format is a bullet);
- a field: the result shown (between `separate` and `end`, or a `w:fldSimple`'s runs), never
  its instruction (`w:instrText`); a SEQ field numbers a caption; a DATE (TIME, SAVEDATE…)
  field not locked shows the day the file is opened; a TOC or INDEX field's result lists the
  document again, left out;
- a footnote's or an endnote's call (`w:footnoteReference`, `w:endnoteReference`): the call
  where it stands, the note's text (footnotes.xml, endnotes.xml; their separators are none)
  in the notes, in the order of the calls (an endnote's `i` is the document's numbering, not
  read);
- tracked changes: an insertion's runs (`w:ins`, `w:moveTo`) are the text; a deletion's
  (`w:del`'s `w:delText`, `w:moveFrom`) are not: left out, listed with their author;
- a table (`w:tbl`): its rows of cells, each cell's paragraphs one text.

Left out, each listed in the report at the paragraph it stands in (the body's paragraphs
counted from its top, a table one): comments (comments.xml, by their author,
at their reference), hidden text (`w:vanish`), images (a drawing's `wp:docPr` title and alt
text, `descr`; a VML picture's), text boxes (`w:txbxContent`, read once where a drawing gives
a fallback, `mc:AlternateContent`), embedded objects, tables of contents; the headers and
footers (each text once); the file's properties. Refused, with what to do: a part that is not
well-formed XML, or declares an entity; a zip that cannot be read (zippackage.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .documentpage import (
    COMMENT,
    DELETED,
    HEADER,
    HIDDEN,
    IMAGE,
    LISTING,
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
from .zippackage import Package, level_number, open_package, outermost, part_path, text_of

WHAT = "a Word document (.docx)"
#: Why a document whose body holds no words is refused.
EMPTY = (
    "a Word document with no text in its body (its words, if any, are in its headers, "
    "comments, text boxes or tracked deletions): check that the file holds the essay"
)
#: Each namespace's prefix as this reader names it (Strict Open XML's namespaces as the
#: Transitional ones: Word saves either).
PREFIXES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
    "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "wp",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://purl.oclc.org/ooxml/officeDocument/math": "m",
    "urn:schemas-microsoft-com:vml": "v",
    "urn:schemas-microsoft-com:office:office": "o",
    "http://schemas.openxmlformats.org/package/2006/relationships": "",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "ep",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties": "ep",
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties": "op",
    "http://purl.oclc.org/ooxml/officeDocument/customProperties": "op",
}
#: The core properties read, as the report names them.
CORE = {
    "dc:title": "title",
    "dc:subject": "subject",
    "dc:creator": "author",
    "cp:lastModifiedBy": "last saved by",
    "cp:keywords": "keywords",
    "dc:description": "description",
    "cp:category": "category",
    "cp:contentStatus": "status",
    "dc:language": "language",
    "dcterms:created": "created",
    "dcterms:modified": "modified",
    "cp:lastPrinted": "printed",
}
#: … and the extended ones (app.xml).
EXTENDED = {"ep:Company": "company", "ep:Manager": "manager"}
#: Elements that hold no words of the text: properties, marks of ranges, markers.
SILENT = frozenset(
    "w:pPr w:rPr w:tblPr w:tblGrid w:trPr w:tcPr w:sectPr w:sdtPr w:sdtEndPr w:proofErr "
    "w:bookmarkStart w:bookmarkEnd w:commentRangeStart w:commentRangeEnd w:permStart w:permEnd "
    "w:lastRenderedPageBreak w:footnoteRef w:endnoteRef w:annotationRef w:separator "
    "w:continuationSeparator w:delInstrText mc:Fallback".split()
)
#: What a run's mark stands for.
CHARACTERS = {"w:tab": " ", "w:ptab": " ", "w:noBreakHyphen": "\u2011"}
#: Fields whose result is a date the file gives (the day it is opened, saved, printed, made).
DATE_FIELDS = frozenset({"DATE", "TIME", "SAVEDATE", "PRINTDATE", "CREATEDATE"})
#: Fields whose result lists the document again.
LISTINGS = frozenset({"TOC", "INDEX", "TOA"})
#: A heading's style by its name (Word's built-in `heading 1` … `heading 9`).
HEADING_STYLE = re.compile(r"heading\s+([1-9])", re.I)
#: An outline level that is none: body text.
BODY_LEVEL = 9
#: The values of an on/off property that say off.
OFF = frozenset({"0", "false", "off", "none"})
#: The private-use area a symbol font's characters stand in (`w:sym`): no text's.
PRIVATE = range(0xE000, 0xF900)


@dataclass(frozen=True)
class Style:
    name: str  # lower case
    parent: str  # the style it is based on
    level: int | None  # outline level, 1 the highest
    bold: bool | None  # None: its base's
    numbering: str  # `numId` of the list it numbers, "" for none


@dataclass
class _Field:
    """A field being read: its instruction's words, whether its result is being read."""

    instruction: str = ""
    result: bool = False
    locked: bool = False

    @property
    def kind(self) -> str:
        return (self.instruction.split() or [""])[0].upper()


def word_document(raw: str, path: str, data: bytes | None = None) -> DocumentPage | None:
    """The document a .docx file holds, read as a page (see the module); None for a file of
    another kind."""
    package = open_package(data, path, WHAT)
    if package is None:
        return None
    main = main_part(package)
    root = package.xml(main, PREFIXES) if main else None
    if root is None or root.tag != "w:document":
        return None
    return document_page(_Reader(package, main).read(root), WHAT, path, EMPTY)


def main_part(package: Package) -> str:
    """The main part the package's relationships name (`officeDocument`), "" for none."""
    found = relationships(package, "")
    return next((target for kind, target in found.values() if kind == "officeDocument"), "")


def relationships(package: Package, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships (the package's, for ""): each id → its type's last word
    (`styles`, `footnotes`, `hyperlink`) and its target, a path in the package (an address
    outside it as written)."""
    folder, _, name = part.rpartition("/")
    rels = package.xml(f"{folder}/_rels/{name}.rels".lstrip("/"), PREFIXES)
    found = {}
    for rel in rels.elements("Relationship") if rels is not None else ():
        target = rel.attrs.get("Target", "")
        if rel.attrs.get("TargetMode") != "External":
            target = part_path(part, target)
        found[rel.attrs.get("Id", "")] = (rel.attrs.get("Type", "").rpartition("/")[2], target)
    return found


class _Reader:
    """Reads a Word document's body in order, with its styles, numbering, notes, comments,
    headers and footers (see the module)."""

    def __init__(self, package: Package, main: str) -> None:
        self.package = package
        self.rels = relationships(package, main)
        # (the file's properties are the package's parts; the rest, the main part's)
        found = [*relationships(package, "").values(), *self.rels.values()]
        self.parts = {kind: target for kind, target in found}
        styles = self.part("styles")
        self.styles = read_styles(styles)
        self.default_style = default_style(styles)
        defaults = styles.descendants("w:rPrDefault") if styles is not None else []
        self.default_bold = any(on(found) for top in defaults for found in top.descendants("w:b"))
        self.formats = list_formats(self.part("numbering"))
        self.footnotes = notes_by_id(self.part("footnotes"), "w:footnote")
        self.endnotes = notes_by_id(self.part("endnotes"), "w:endnote")
        self.line = 0  # the body's paragraphs and tables read
        self.in_table = 0  # how deep in tables the blocks being read are
        self.fields: list[_Field] = []  # the fields open where the words are read
        self.notes: list[tuple[tuple[Piece, ...], int]] = []
        self.note_kinds: set[str] = set()  # the kinds of note called: footnotes, endnotes
        self.left_out: list[tuple[int, str, str]] = []
        self.tracked: dict[str, None] = {}
        self.comment_lines: dict[str, int] = {}
        self.headers: list[tuple[int, str]] = []  # (its section's first paragraph, its rel)
        self.section_start = 1

    def part(self, kind: str) -> Node | None:
        return self.package.xml(self.parts[kind], PREFIXES) if kind in self.parts else None

    def read(self, root: Node) -> Document:
        body = root.find("w:body")
        blocks = self.blocks(body.elements() if body is not None else [])
        if body is not None and (last := body.find("w:sectPr")) is not None:
            self.section(last)
        self.left_out += self.comments() + self.header_texts()
        return Document(
            tuple(blocks),
            tuple(self.notes),
            tuple(self.left_out),
            tuple(self.properties()),
            clean_spaces(text_of(self.part("extended-properties"), "ep:Application")),
            tuple(self.tracked),
            two_series=len(self.note_kinds) > 1,
        )

    # --- blocks

    def blocks(self, nodes: Iterable[Node]) -> list[Block]:
        """The paragraphs and tables among block-level elements, in order (a content
        control's or a custom element's read through)."""
        found: list[Block | None] = []
        for node in nodes:
            if node.tag == "w:p":
                found.append(self.paragraph(node))
            elif node.tag == "w:tbl":
                found.append(self.table(node))
            elif node.tag not in SILENT:
                found += self.blocks(node.elements())
        return [block for block in found if block is not None]

    def paragraph(self, node: Node) -> Paragraph | None:
        """A paragraph of the body (None for one with no words, or one listing the document
        again, left out)."""
        self.line += not self.in_table
        line, properties = self.line, node.find("w:pPr")
        style = value(properties, "w:pStyle") or self.default_style
        words = self.words([node])
        if properties is not None and (ends := properties.find("w:sectPr")) is not None:
            self.section(ends)
        if words.listing:  # (a table of contents' entry)
            if text := clean_spaces(joined(words.pieces)):
                self.left_out.append((line, text, LISTING))
            return None
        own = value(properties, "w:outlineLvl")
        level = outline(own) if own is not None else inherited(self.styles, style, "level")
        return words.paragraph(
            line,
            styles=tuple(self.styles[each].name for each in lineage(self.styles, style)),
            level=level,
            listed="" if level is not None else self.list_kind(properties, style),
        )

    def table(self, node: Node) -> Table | None:
        """A table: its rows (`w:tr`) of cells (`w:tc`), as `read_table` reads them."""
        rows = (row.elements("w:tc") for row in rows_of(node))
        return read_table(self, rows, lambda cell: self.blocks(cell.elements()))

    # --- words

    def words(self, paragraphs: Iterable[Node]) -> Words:
        """The words of paragraphs, in order, a space between two."""
        words = Words()
        for paragraph in paragraphs:
            style = value(paragraph.find("w:pPr"), "w:pStyle") or self.default_style
            self.content(paragraph.children, words, style)
            words.pieces.append(" ")
        return words

    def content(self, nodes: list[Node | str], words: Words, style: str) -> None:
        """A paragraph's content, in order, into `words`."""
        for node in nodes:
            if isinstance(node, str) or node.tag in SILENT:
                continue
            if node.tag == "w:r":
                self.run(node, words, style)
            elif node.tag in ("w:del", "w:moveFrom"):
                self.deleted(node)
            elif node.tag == "w:fldSimple":
                locked = on_value(node.attrs.get("w:fldLock"))
                self.fields.append(_Field(node.attrs.get("w:instr", ""), True, locked))
                self.content(node.children, words, style)
                self.fields.pop()
            elif node.tag == "m:t":  # (an equation's text)
                self.add(words, text_of(node), False)
            else:  # (a link, an insertion, a content control, a smart tag: read through)
                self.content(node.children, words, style)

    def run(self, node: Node, words: Words, style: str) -> None:
        properties = node.find("w:rPr")
        bold = self.run_bold(properties, style)
        hidden = properties is not None and any(map(on, properties.elements("w:vanish")))
        for child in node.elements():
            tag = child.tag
            if tag == "w:t":
                if hidden:
                    self.left_out.append((self.line, text_of(child), HIDDEN))
                else:
                    self.add(words, text_of(child), bold)
            elif tag in CHARACTERS:
                self.add(words, CHARACTERS[tag], bold)
            elif tag == "w:cr" or (
                tag == "w:br" and child.attrs.get("w:type", "textWrapping") == "textWrapping"
            ):
                self.add(words, "\n", bold)  # (a page's or a column's break: nothing)
            elif tag == "w:sym":
                code = child.attrs.get("w:char", "")
                if said := symbol(code):
                    self.add(words, said, bold)
                else:  # (review 44: dropped with no word)
                    font = child.attrs.get("w:font", "")
                    self.left_out.append((self.line, f"{font} {code}".strip(), SYMBOL))
            elif tag in ("w:footnoteReference", "w:endnoteReference"):
                self.call(child, words)
            elif tag == "w:commentReference":
                self.comment_lines.setdefault(child.attrs.get("w:id", ""), self.line)
            elif tag == "w:fldChar":
                self.field_char(child)
            elif tag == "w:instrText" and self.fields:
                self.fields[-1].instruction += text_of(child)
            elif tag in ("w:drawing", "w:pict", "w:object", "mc:AlternateContent"):
                self.drawing(child)

    def add(self, words: Words, text: str, bold: bool) -> None:
        """Words of the paragraph's (a line break, "\\n"), where they are no field's
        instruction."""
        if any(not found.result for found in self.fields):
            return
        kinds = {found.kind for found in self.fields}
        words.listing = words.listing or bool(kinds & LISTINGS)
        words.numbered = words.numbered or "SEQ" in kinds
        unlocked = (f.kind for f in self.fields if f.kind in DATE_FIELDS and not f.locked)
        words.dated = words.dated or next(unlocked, "")
        if text == "\n":
            words.broken()
        else:
            words.add(text, bold)

    def field_char(self, node: Node) -> None:
        """A field's start, the start of its result, its end."""
        kind = node.attrs.get("w:fldCharType")
        if kind == "begin":
            self.fields.append(_Field(locked=on_value(node.attrs.get("w:fldLock"))))
        elif kind == "separate" and self.fields:
            self.fields[-1].result = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def call(self, node: Node, words: Words) -> None:
        """A note's call: the call where it stands, the note's text in the notes."""
        notes = self.footnotes if node.tag == "w:footnoteReference" else self.endnotes
        note = notes.get(node.attrs.get("w:id", ""))
        if note is None or any(not found.result for found in self.fields):
            return
        self.notes.append((self.aside(note.elements("w:p")), self.line))
        self.note_kinds.add(node.tag)
        words.pieces.append(Call(len(self.notes)))

    def aside(self, paragraphs: Iterable[Node]) -> tuple[Piece, ...]:
        """The words of paragraphs outside the body's (a note's, a comment's, a text box's, a
        header's), read apart from the paragraph being read: one text, its line breaks
        spaces."""
        fields, self.fields = self.fields, []
        pieces = self.words(paragraphs).pieces
        self.fields = fields
        return tuple(p.replace("\n", " ") if isinstance(p, str) else p for p in pieces)

    def deleted(self, node: Node) -> None:
        """A tracked deletion: its words left out, listed with its author."""
        who = node.attrs.get("w:author", "") or "an author the file does not name"
        self.tracked[who] = None
        said = clean_spaces(text_of(node, "w:delText", "w:t"))
        if said:
            self.left_out.append((self.line, f"{who}: {said}", DELETED))

    def drawing(self, node: Node) -> None:
        """An image, a text box or an embedded object: left out, listed (a drawing's fallback,
        the same again, not read)."""
        if node.tag == "mc:AlternateContent":
            choice = node.find("mc:Choice")
            node = node if choice is None else choice
        if boxes := outermost(node, ("w:txbxContent",)):
            said = clean_spaces(joined(self.aside(p for box in boxes for p in box.elements("w:p"))))
            if said:
                self.left_out.append((self.line, said, TEXT_BOX))
            return
        described = [*node.descendants("wp:docPr"), *node.descendants("v:shape")]
        described += node.descendants("v:imagedata")
        said = [
            words
            for found in described
            for key in ("title", "o:title", "descr", "alt")
            if (words := clean_spaces(found.attrs.get(key, "")))
        ]
        what = "an embedded object" if node.tag == "w:object" else "an image"
        self.left_out.append((self.line, " — ".join([f"({what})", *dict.fromkeys(said)]), IMAGE))

    # --- styles

    def list_kind(self, properties: Node | None, style: str) -> str:
        """A list's item, "ol" or "ul" (by its level's format, `w:numFmt`), "" for none: its
        own list (`w:numPr`) or its style's."""
        numbering = properties.find("w:numPr") if properties is not None else None
        if numbering is not None:
            key, level = value(numbering, "w:numId") or "", value(numbering, "w:ilvl") or "0"
        else:
            key, level = inherited(self.styles, style, "numbering") or "", "0"
        if key in ("", "0"):
            return ""
        kind = self.formats.get((key, level), "decimal")
        return "" if kind == "none" else "ul" if kind == "bullet" else "ol"

    def run_bold(self, properties: Node | None, style: str) -> bool:
        """Whether a run is bold: its own `w:b`, else its character style's, else its
        paragraph style's, else the document's default."""
        own = properties.find("w:b") if properties is not None else None
        if own is not None:
            return on(own)
        for each in (value(properties, "w:rStyle") or "", style):
            if (found := inherited(self.styles, each, "bold")) is not None:
                return found
        return self.default_bold

    # --- outside the body

    def section(self, properties: Node) -> None:
        """A section's end: its headers and footers, listed at its first paragraph."""
        for reference in properties.elements("w:headerReference", "w:footerReference"):
            self.headers.append((self.section_start, reference.attrs.get("r:id", "")))
        self.section_start = self.line + 1

    def header_texts(self) -> list[tuple[int, str, str]]:
        """The headers' and footers' texts (their fields' results as shown), each once."""
        said = []
        for line, rel in self.headers:
            kind, target = self.rels.get(rel, ("", ""))
            root = self.package.xml(target, PREFIXES) if kind in ("header", "footer") else None
            if root is not None:
                said.append((line, clean_spaces(joined(self.aside(root.descendants("w:p"))))))
        return listed_once(said, HEADER)

    def comments(self) -> list[tuple[int, str, str]]:
        """Each comment with its author, at its reference's paragraph."""
        root, found = self.part("comments"), []
        for comment in root.elements("w:comment") if root is not None else ():
            who = comment.attrs.get("w:author", "") or "a reviewer the file does not name"
            said = clean_spaces(joined(self.aside(comment.descendants("w:p"))))
            line = self.comment_lines.get(comment.attrs.get("w:id", ""), 1)
            if said:
                found.append((line, f"{who}: {said}", COMMENT))
        return found

    def properties(self) -> list[tuple[str, str]]:
        """The file's properties: its core ones, its extended ones and its own (custom)."""
        found = []
        for kind, names in (("core-properties", CORE), ("extended-properties", EXTENDED)):
            root = self.part(kind)
            for node in root.elements() if root is not None else ():
                if node.tag in names and (said := property_value(text_of(node))):
                    found.append((names[node.tag], said))
        custom = self.part("custom-properties")
        for node in custom.elements("op:property") if custom is not None else ():
            if said := property_value(text_of(node)):
                found.append((node.attrs.get("name", ""), said))
        return found


def read_styles(root: Node | None) -> dict[str, Style]:
    """The styles by their id (`w:styleId`)."""
    styles = {}
    for style in root.elements("w:style") if root is not None else ():
        name = (value(style, "w:name") or "").lower()
        paragraph, run = style.find("w:pPr"), style.find("w:rPr")
        own = value(paragraph, "w:outlineLvl")
        named = HEADING_STYLE.fullmatch(name)
        bold = run.find("w:b") if run is not None else None
        numbering = paragraph.find("w:numPr") if paragraph is not None else None
        styles[style.attrs.get("w:styleId", "")] = Style(
            name,
            value(style, "w:basedOn") or "",
            outline(own) if own is not None else int(named[1]) if named else None,
            on(bold) if bold is not None else None,
            value(numbering, "w:numId") or "",
        )
    return styles


def default_style(root: Node | None) -> str:
    """The paragraph style a paragraph naming none is in (`w:default="1"`)."""
    for style in root.elements("w:style") if root is not None else ():
        if style.attrs.get("w:type") == "paragraph" and on_value(style.attrs.get("w:default")):
            return style.attrs.get("w:styleId", "")
    return ""


def list_formats(root: Node | None) -> dict[tuple[str, str], str]:
    """Each list's (`numId`) levels' formats (`bullet`, `decimal`, `none` …)."""
    abstract: dict[str, dict[str, str]] = {}
    for found in root.elements("w:abstractNum") if root is not None else ():
        abstract[found.attrs.get("w:abstractNumId", "")] = {
            level.attrs.get("w:ilvl", "0"): value(level, "w:numFmt") or ""
            for level in found.elements("w:lvl")
        }
    return {
        (number.attrs.get("w:numId", ""), level): kind
        for number in (root.elements("w:num") if root is not None else ())
        for level, kind in abstract.get(value(number, "w:abstractNumId") or "", {}).items()
    }


def notes_by_id(root: Node | None, tag: str) -> dict[str, Node]:
    """The notes of a notes part by their id, its separators aside."""
    return {
        note.attrs.get("w:id", ""): note
        for note in (root.elements(tag) if root is not None else ())
        if note.attrs.get("w:type", "normal") == "normal"
    }


def rows_of(table: Node) -> list[Node]:
    """A table's rows, through content controls; a nested table's are its own."""
    rows = []
    for child in table.elements():
        if child.tag == "w:tr":
            rows.append(child)
        elif child.tag not in SILENT and child.tag != "w:tbl":
            rows += rows_of(child)
    return rows


def outline(level: str) -> int | None:
    """An outline level as the document gives it (`0` the highest, `9` body text), 1 the
    highest; None for body text."""
    number = level_number(level)
    return number + 1 if number is not None and number < BODY_LEVEL else None


def value(node: Node | None, tag: str) -> str | None:
    """The value (`w:val`) of an element's child, None where it has no such child."""
    child = node.find(tag) if node is not None else None
    return child.attrs.get("w:val", "") if child is not None else None


def on(node: Node) -> bool:
    """Whether an on/off property is on (`<w:b/>`, `<w:b w:val="true"/>`)."""
    return node.attrs.get("w:val", "true").lower() not in OFF


def on_value(said: str | None) -> bool:
    """Whether an on/off attribute that may be absent is on (`w:fldLock="1"`)."""
    return said is not None and said.lower() not in OFF


def symbol(code: str) -> str:
    """A symbol's character (`w:sym w:char="2192"`), none for a symbol font's own."""
    number = int(code, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) else 0
    return chr(number) if 0 < number < 0x110000 and number not in PRIVATE else ""
