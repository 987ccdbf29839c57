"""A word processor's document saved in its own format (a Word .docx, an OpenDocument .odt),
read as the page the word processor shows (docs/editions.md, "A Word document (.docx) or an
OpenDocument text (.odt)"): what its readers (docxdocument.py, odtdocument.py) find, in one
shape, and the page made of it. The RTF reader (rtfdocument.py) reads into its pieces (a
note's call among the words, set as the page's nodes by `inline`) and tables, and takes its
front's byline or date (`stated_front`), the file's properties offered (`unstated`) and the
warning for a table left out (`exhibit_warning`) from here.

A reader gives the body's blocks in order, each numbered as the body's blocks count from its
top, a table one (a paragraph: its words and its notes' calls, its style's names, its outline
level, whether its words are all bold, a list's kind, whether a sequence field numbers it; a
table: its rows of cells), the notes in the order of their calls, what it left out (headers
and footers, comments, tracked deletions, images, text boxes, hidden text, a table of
contents), the file's properties, who tracked changes. Of these, as the page a reader sees:

- a query left in the text, a paragraph wholly in brackets that opens with a label and a
  colon (`[ED: check the figures]`, `[AU: source?]`): the editor's or the author's, no text of
  the essay's: left out and listed, and the report warns;
- the front: the title the first paragraph, styled Title (or, in a document typed with no such
  style, short, no stop closing it, over a byline or a date); under it, each paragraph that is
  a byline (`Ann Lee`, `By Ann Lee`, `Ann Lee and Bo Ma`; two joined `A and B`) or a full date
  (`14 March 2024`, a date field's result as shown); a paragraph styled Subtitle is a
  standfirst or the title's second part, in no edition's text: left out, listed, and warned
  of. The file's properties (a working title, whoever saved it last, the days it was made
  and saved) are the file's, not the essay's: listed, and offered in a warning where the body
  gives no title, author or date;
- an exhibit: a caption (a paragraph styled Caption, or in a style based on it, Writer's Table
  and Figure; or numbered by a sequence field, `Table {SEQ Table}1: …`) is left out, and so is
  a table with its caption right above or under it (a caption opening `Table 1:` too), and
  the report warns; a table with no caption is read as a page's, a list of its rows;
- a heading: a paragraph of an outline level (its own, or its style's), set as a page's
  `<h2>` for level 1 (the title is the page's `<h1>`), `<h3>` for 2 and so on, which the page
  reads as it reads a page saved by a word processor (`h1` to `h3` sections, deeper ones
  subsections); a paragraph alone in bold, shaped as a heading (short, no stop closing it,
  capitalised, as long as a Title Case heading may be in any case) with a paragraph under it,
  is one too, at the level of the document's highest heading (a writer's heading by direct
  formatting);
- the notes, footnotes and endnotes alike, numbered in the order of their calls: the call set
  where it stands (`[^n]`), the note's text in the notes. No `Notes` heading is added (the
  document prints none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from bs4 import BeautifulSoup, NavigableString, Tag

from .errors import SynopticError
from .exhibits import TABLE_CAPTION
from .htmlpage import HtmlPage, clean_spaces, html_page, made_page, with_left_out
from .jats import Node
from .layout import HEADING_MAX_WORDS, SOFT_HYPHEN, ends_clause, starts_upper
from .metadata import TITLE_MAX_WORDS, metadata_line, name_byline, parse_date
from .names import and_joined

#: A query left in the text: a paragraph wholly in brackets that opens with a label of a few
#: words (`ED`, `AU`, `Note to editor`) and a colon.
QUERY = re.compile(r"\[\s*[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*:\s[^\[\]]*\]")
#: XML's white space (not a no-break space): a run of it in a paragraph's text is one space.
WHITE = re.compile(r"[ \t\r\n]+")
#: A byline or a date under the title holds this many words at most.
FRONT_WORDS = 12
#: The front matter of a page whose front is unknown, as `html_page` writes it.
NO_FRONT = "---\n---\n"
#: The properties offered where the body gives no date, as the readers name them.
DAYS = ("created", "modified")
#: A property's time stamp (`2024-02-26T09:14:00Z`): its day and its minute.
STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})")

#: Where the report's lines are, as its rules say it: the readers count the body's paragraphs.
WHERE = "line: the paragraph (or table) it stands in, counted from the top of the document's body"
HEADER = (
    "a word processor's document: a page's header or footer, no text of the essay's, line: "
    "the first paragraph of the pages it stands on"
)
PROPERTIES = (
    "a word processor's document: the file's properties (its title, authors, dates), not the "
    "essay's front, line 1: the top of the document (a property stands in no paragraph)"
)
COMMENT = f"a word processor's document: a reviewer's comment, {WHERE}"
DELETED = (
    f"a word processor's document: a tracked deletion (text deleted, kept in the file), {WHERE}"
)
HIDDEN = f"a word processor's document: hidden text (not shown nor printed), {WHERE}"
IMAGE = f"a word processor's document: an image or a drawing (its title and alt text), {WHERE}"
TEXT_BOX = (
    "a word processor's document: a text box or a frame beside the text (a figure's caption, "
    f"a sidebar), {WHERE}"
)
LISTING = f"a word processor's document: a table of contents or an index, {WHERE}"
#: A symbol font's own character (Symbol's, Wingdings'): a code in Unicode's private-use area,
#: no character a reader's font shows; listed by its code, for the editor to type what it is.
SYMBOL = f"a word processor's document: a symbol font's character (no Unicode one), {WHERE}"
#: The private-use area a symbol font's characters stand in: no text's.
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
CAPTION = f"a word processor's document: a caption (a table's or a figure's), {WHERE}"
TABLE = (
    "a word processor's document: a table with its caption, an exhibit (an edition has no "
    f"tables), {WHERE}"
)
SUBTITLE = (
    "a word processor's document: the subtitle under the title (a standfirst, or the title's "
    f"second part), {WHERE}"
)
QUERIED = f"a word processor's document: a query left in the text, in brackets, {WHERE}"


@dataclass(frozen=True)
class Call:
    """A note's call where it stands in its paragraph: the note's number."""

    number: int


#: A paragraph's piece: its words, or a note's call (all three readers', rtfdocument.py's too).
Piece = str | Call


@dataclass(frozen=True)
class Paragraph:
    pieces: tuple[Piece, ...]  # its words (a line break "\n") and its notes' calls
    line: int
    styles: tuple[str, ...] = ()  # its style's name and those it is based on, lower case
    level: int | None = None  # its outline level, 1 the highest; None for body text
    bold: bool = False  # every word of it in bold
    listed: str = ""  # a list's item: "ol" (numbered) or "ul"
    numbered: bool = False  # a sequence field numbers it (`Table {SEQ Table}1`): a caption
    dated: str = ""  # the kind of a date field it shows that is not locked (`DATE`)

    @property
    def text(self) -> str:
        return clean_spaces(joined(self.pieces))

    @property
    def calls(self) -> bool:
        return any(isinstance(piece, Call) for piece in self.pieces)


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[tuple[Piece, ...], ...], ...]
    line: int

    @property
    def text(self) -> str:
        """Its rows as the report lists them: cells parted by `·`, rows by `;`."""
        cells = [[clean_spaces(joined(cell)) for cell in row] for row in self.rows]
        return "; ".join(" · ".join(words for words in row if words) for row in cells)


Block = Paragraph | Table


@dataclass
class Words:
    """The words a reader is reading for one paragraph (or a note's, a comment's, a cell's):
    its pieces, whether each word's piece is bold, and what its fields say of it."""

    pieces: list[Piece] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    numbered: bool = False  # a sequence field numbers it (`Paragraph.numbered`)
    dated: str = ""  # `Paragraph.dated`
    listing: bool = False  # a field listing the document again shows it (a TOC's entry)

    def add(self, text: str, bold: bool) -> None:
        """Text of the file's, its runs of XML's white space one space (a line break is an
        element of its own: `broken`), a soft hyphen (U+00AD) none: a word processor shows
        it only where it breaks a word at a line's end."""
        self.pieces.append(WHITE.sub(" ", text).replace(SOFT_HYPHEN, ""))
        if text.strip():
            self.bold.append(bold)

    def broken(self) -> None:
        """A line break: a space in its paragraph, `<br>` on its page."""
        self.pieces.append("\n")

    def paragraph(self, line: int, **shape: Any) -> Paragraph | None:
        """The paragraph these words are, at its line and of its shape (`Paragraph`'s other
        fields); None where it holds no words nor a note's call."""
        if not clean_spaces(joined(self.pieces)) and not any(
            isinstance(piece, Call) for piece in self.pieces
        ):
            return None
        bold = bool(self.bold) and all(self.bold)
        return Paragraph(
            tuple(self.pieces), line, bold=bold, numbered=self.numbered, dated=self.dated, **shape
        )


class Based(Protocol):
    """A style of a reader's: what a style is based on is all `lineage` reads of it."""

    parent: str  # the name of the style it is based on


def lineage(styles: Mapping[str, Based], style: str) -> list[str]:
    """A style and those it is based on, its own first (a loop in the chain read once)."""
    chain: list[str] = []
    while style in styles and style not in chain:
        chain.append(style)
        style = styles[style].parent
    return chain


def inherited(styles: Mapping[str, Based], style: str, name: str) -> Any:
    """A property of a style (`name`), its own or, where it sets none, its base's."""
    values = (getattr(styles[each], name) for each in lineage(styles, style))
    return next((found for found in values if found is not None), None)


def cell_text(blocks: list[Block]) -> tuple[Piece, ...]:
    """A table's cell as one text: its paragraphs' pieces (a nested table's words), a space
    between two."""
    pieces: list[Piece] = []
    for block in blocks:
        pieces += [*block.pieces, " "] if isinstance(block, Paragraph) else [block.text, " "]
    return tuple(pieces)


class Reading(Protocol):
    """A reader, as `read_table` counts the body's blocks with it."""

    line: int  # the body's paragraphs and tables read
    in_table: int  # how deep in tables the blocks being read are


def read_table(
    reader: Reading, rows: Iterable[Iterable[Node]], blocks: Callable[[Node], list[Block]]
) -> Table | None:
    """A table of rows of cells (`blocks`, a cell's blocks as its reader reads them), each
    cell's blocks one text; one line of the body, its cells' paragraphs counted none
    (whatever stands in them is at its line); None where it has no rows."""
    reader.line += not reader.in_table
    reader.in_table += 1
    cells = tuple(tuple(cell_text(blocks(cell)) for cell in row) for row in rows)
    reader.in_table -= 1
    return Table(cells, reader.line) if cells else None


@dataclass(frozen=True)
class Document:
    """What a reader found in a document (see the module)."""

    blocks: tuple[Block, ...]
    notes: tuple[tuple[tuple[Piece, ...], int], ...]  # each note's pieces and its call's line
    left_out: tuple[tuple[int, str, str], ...]  # (line, words, why)
    properties: tuple[tuple[str, str], ...]  # the file's: (name, as the report says it; value)
    generator: str  # the program that saved it, as the file says
    tracked: tuple[str, ...] = ()  # who made the changes it still tracks
    #: whether its notes hold footnotes and endnotes both, numbered in the document as two
    #: series (1, 2 … and i, ii …) and in the edition as one, in the order of their calls
    two_series: bool = False


@dataclass(frozen=True)
class Front:
    """The title, author and day the paragraphs over the body state, the blocks left, what
    was left out with them, where each was read (as the report says it) and the warnings."""

    title: str
    author: str
    day: str
    blocks: tuple[Block, ...]
    left_out: tuple[tuple[int, str, str], ...]
    said: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class DocumentPage:
    """A document read as a page: what a `PageKind` of ingest.py holds."""

    page: HtmlPage  # the document as read (its left_out, the file's too)
    what: str  # the format, as the report names it ("a Word document (.docx)")
    generator: str
    notes: int
    bold_headings: int  # paragraphs alone in bold read as headings
    front_said: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def document_page(document: Document, what: str, path: str, empty: str) -> DocumentPage:
    """The page a document shows (see the module); where its body holds no words, refused
    with `empty` (its reader's words on where its words are)."""
    blocks = document.blocks
    queries = [block for block in blocks if is_query(block)]
    front = read_front(tuple(block for block in blocks if not is_query(block)), document.properties)
    found = exhibits(front.blocks)
    kept = tuple(block for index, block in enumerate(front.blocks) if index not in found)
    if not front.title and not any(block.text for block in kept):
        raise SynopticError(path, None, empty)
    levels = heading_levels(kept)
    head = made_page(front.title, front.author, front.day, "")
    page = html_page(head, prepare=set_document(kept, levels, document.notes), path=path)
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, None, empty)
    if page.text.startswith(NO_FRONT):  # (no front read: the text's rules read it)
        page = replace(page, text=page.text.removeprefix(NO_FRONT))
    listed = [
        (block.line, block.text, why)
        for index, why in found.items()
        if (block := front.blocks[index]).text
    ]
    queried = [(block.line, block.text, QUERIED) for block in queries]
    properties = [(1, f"{name}: {value}", PROPERTIES) for name, value in document.properties]
    warnings = [
        *front.warnings,
        *(query_warning(block) for block in queries),
        *tracked_warning(document.tracked),
        *([TWO_SERIES] if document.two_series else []),
        *(
            exhibit_warning(block)
            for index, why in found.items()
            if why == TABLE and isinstance(block := front.blocks[index], Table)
        ),
    ]
    return DocumentPage(
        with_left_out(page, document.left_out, front.left_out, listed, queried, properties),
        what,
        document.generator,
        len(document.notes),
        sum(1 for block in kept if id(block) in levels and not heading(block)),
        front.said,
        tuple(warnings),
    )


#: The warning for a document whose footnotes and endnotes the edition numbers as one series.
TWO_SERIES = (
    "the document's footnotes and endnotes are two series (1, 2 … and i, ii …); the edition's "
    "notes are one, numbered in the order of their calls: check a note a text cites by its number"
)


def exhibit_warning(table: Table) -> str:
    """The warning for a table left out with its caption (rtfdocument.py's too)."""
    return (
        f"a table with its caption left out as an exhibit (line {table.line}): an edition "
        "has no tables; where the essay needs its figures, set them by hand as a list"
    )


def is_query(block: Block) -> bool:
    return isinstance(block, Paragraph) and bool(QUERY.fullmatch(block.text))


def query_warning(block: Paragraph) -> str:
    return (
        f"a query in brackets left out, {block.text[:80]!r} (line {block.line}): the editor's "
        "or the author's note on the text, not the essay's; check that it holds no words of it"
    )


def tracked_warning(authors: tuple[str, ...]) -> list[str]:
    if not authors:
        return []
    return [
        f"the document still tracks changes (by {and_joined(list(authors))}): what they "
        "inserted is read as its text, what they deleted is left out (listed); accept or "
        "reject the changes in the word processor, save it and ingest it again to be sure"
    ]


# --- the front --------------------------------------------------------------------------------


def read_front(blocks: tuple[Block, ...], properties: tuple[tuple[str, str], ...]) -> Front:
    """The title the first paragraph gives (`title_paragraph`), and under it the author and the
    day the paragraphs that are a byline or a date give, each taken from the body; a subtitle
    under the title left out; where the body gives none of them, the file's properties
    offered in a warning, never written as the essay's."""
    how = title_paragraph(blocks)
    if not how:
        warned = unstated(dict(properties), title=True, author=True, date=True)
        return Front("", "", "", blocks, (), (), tuple(warned))
    first = blocks[0]
    said = [f"its title from {how} (line {first.line})"]
    names: list[str] = []
    day, taken, left, warnings = "", 1, [], []
    for block in blocks[1:]:
        stated = front_statement(block)
        if stated is None and block_styles(block) == ("subtitle",):
            left.append((block.line, block.text, SUBTITLE))
            warnings.append(
                f"the subtitle under the title, {block.text!r} (line {block.line}), left out: "
                "a standfirst, or the title's second part; if it is the essay's, add it"
            )
        elif stated is None or (day and "date" in stated):
            break
        elif author := stated.get("author"):
            names.append(author)
            said.append(f"its author from the byline under it (line {block.line})")
        if stated and stated.get("date"):
            day = stated["date"]
            said.append(f"its date from the date under it (line {block.line})")
            warnings += unlocked_date(block)
        taken += 1
    author = and_joined(names) if names else ""
    warnings += unstated(dict(properties), title=False, author=not author, date=not day)
    return Front(first.text, author, day, blocks[taken:], tuple(left), tuple(said), tuple(warnings))


def title_paragraph(blocks: tuple[Block, ...]) -> str:
    """How the first paragraph is the title, as the report says it, or "" where it is none:
    styled Title; or, in a document typed with no such style, short, no stop closing it, right
    over a byline or a date."""
    first = blocks[0] if blocks else None
    if not isinstance(first, Paragraph):
        return ""
    if first.styles[:1] == ("title",):
        return "the paragraph styled Title"
    short = len(first.text.split()) <= TITLE_MAX_WORDS and not first.text.endswith(".")
    under = next((block for block in blocks[1:] if block_styles(block) != ("subtitle",)), None)
    if short and not first.calls and under is not None and front_statement(under):
        return "the first paragraph, over a byline or a date"
    return ""


def block_styles(block: Block) -> tuple[str, ...]:
    """A paragraph's own style's name (lower case), none for a table or an unstyled one."""
    return block.styles[:1] if isinstance(block, Paragraph) else ()


def front_statement(block: Block) -> dict[str, str] | None:
    """The author or the full date a short paragraph under the title states, or None: a
    byline (`Ann Lee`, `By Ann Lee`, `Ann Lee and Bo Ma`), a date (`14 March 2024`, a field's
    result), or both on one line (`Ann Lee · 9 May 2024`)."""
    if not isinstance(block, Paragraph) or block.level is not None or block.calls:
        return None
    return stated_front(block.text)


def stated_front(text: str) -> dict[str, str] | None:
    """The author or the full date a paragraph's text under the title states, or None (the
    readers' `front_statement`, a paragraph's shape aside: rtfdocument.py's too)."""
    if len(text.split()) > FRONT_WORDS:
        return None
    if (found := metadata_line(text)) and set(found) <= {"author", "date"}:
        stated = dict(found)
    elif day := parse_date(text):
        stated = {"date": day}
    elif name := name_byline(text):
        stated = {"author": name}
    else:
        return None
    # (a month and a year, `March 2024`, is no day the page's front holds: read as the text's)
    return None if len(stated.get("date", "0000-00-00")) != 10 else stated


def unlocked_date(block: Block) -> list[str]:
    """The warning for a date shown by a field that is not locked (see `Paragraph.dated`)."""
    if not isinstance(block, Paragraph) or not block.dated:
        return []
    return [
        f"the date under the title, {block.text!r} (line {block.line}), is a {block.dated} "
        "field that is not fixed: the word processor shows the day the file is opened (or "
        "saved, printed), and the file keeps the day it was last saved; check it against the "
        "essay's date"
    ]


def unstated(
    given: Mapping[str, str],
    title: bool,
    author: bool,
    date: bool,
    days: Iterable[str] = DAYS,
) -> list[str]:
    """The warnings for the parts of the front the body does not state (each True where it
    does not): what the file's properties (`given`, by the report's names; the days among
    them, `days`) give instead, offered, not written (rtfdocument.py's too)."""
    warnings = []
    if title:
        offered = f" (the file's properties give '{given['title']}')" if "title" in given else ""
        warnings.append(
            "no paragraph styled Title opens the document, nor a short one over a byline or a "
            f"date: the title is left to the text's rules{offered}; check it"
        )
    if author:
        offered = (
            f"; the file's properties name '{given['author']}' as the file's author: if they "
            "wrote the essay, write the name into the edition's front matter"
            if "author" in given
            else ""
        )
        warnings.append(f"no byline under the title: the author is read from the text{offered}")
    if date:
        offered = "; ".join(f"{name} {given[name]}" for name in days if name in given)
        warnings.append(
            "no date under the title: the date is read from the text"
            + (f" (the file's properties: {offered})" if offered else "")
        )
    return warnings


# --- exhibits and headings --------------------------------------------------------------------


def is_caption(block: Block) -> bool:
    return isinstance(block, Paragraph) and (block.numbered or "caption" in block.styles)


def exhibits(blocks: tuple[Block, ...]) -> dict[int, str]:
    """The blocks left out, by index, each with why: a caption, and a table with its caption
    right above it or, where none is, right under it (a paragraph opening `Table 1:` there is
    one too), the two left out together."""
    found = {index: CAPTION for index, block in enumerate(blocks) if is_caption(block)}
    for index, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        for side in (index - 1, index + 1):
            beside = blocks[side] if 0 <= side < len(blocks) else None
            free = found.get(side, CAPTION) == CAPTION  # (not another table's already)
            table_said = isinstance(beside, Paragraph) and TABLE_CAPTION.match(beside.text)
            if free and (side in found or table_said):
                found[index] = found[side] = TABLE
                break
    return found


def heading_levels(blocks: tuple[Block, ...]) -> dict[int, int]:
    """Each block's heading level, by its `id`: a paragraph's outline level, or, for a
    paragraph alone in bold and shaped as a heading with a paragraph under it, the level of
    the document's highest heading (1 where it has none)."""
    levels = {id(block): block.level for block in blocks if heading(block)}
    top = min(levels.values(), default=1)
    for block, under in zip(blocks, blocks[1:], strict=False):
        if (
            isinstance(block, Paragraph)
            and block.bold
            and not block.listed
            and block.level is None
            and not block.calls
            and bold_heading_shape(block.text)
            and isinstance(under, Paragraph)
            and not heading(under)
        ):
            levels[id(block)] = top
    return levels


def bold_heading_shape(text: str) -> bool:
    """Shaped as a heading, where bold says it is one: opening in capitals, no stop or comma
    closing it, and as long as a Title Case heading may be (`HEADING_MAX_WORDS`) in any case
    (a line in sentence case is a heading by its shape alone at eight words: layout.py)."""
    return len(text.split()) <= HEADING_MAX_WORDS and not ends_clause(text) and starts_upper(text)


def heading(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.level is not None


# --- the page ---------------------------------------------------------------------------------


def set_document(
    blocks: tuple[Block, ...],
    levels: dict[int, int],
    notes: tuple[tuple[tuple[Piece, ...], int], ...],
) -> Callable[[BeautifulSoup], None]:
    """What sets the blocks into the page `made_page` made, each at its line: a heading of
    level n as `<h(n+1)>` (the title is the `<h1>`), a list's items in one list, a table as its
    rows, each paragraph as `<p>`; the notes as a list of notes (`<ol class="footnotes">`)."""

    def into(soup: BeautifulSoup) -> None:
        article = soup.article
        listed: Tag | None = None
        for block in blocks:
            if isinstance(block, Table):
                element = soup.new_tag("table", sourceline=block.line)
                for row in block.rows:
                    element.append(soup.new_tag("tr", sourceline=block.line))
                    for cell in row:
                        element.contents[-1].append(tag(soup, "td", block.line, cell))
            elif (level := levels.get(id(block))) is not None:
                element = tag(soup, f"h{min(level + 1, 6)}", block.line, block.pieces)
            elif block.listed:
                if listed is None or listed.name != block.listed:
                    listed = soup.new_tag(block.listed, sourceline=block.line)
                    article.append(listed)
                listed.append(tag(soup, "li", block.line, block.pieces))
                continue
            else:
                element = tag(soup, "p", block.line, block.pieces)
            listed = None
            article.append(element)
        if notes:
            listing = soup.new_tag("ol", attrs={"class": "footnotes"}, sourceline=notes[0][1])
            for number, (pieces, line) in enumerate(notes, start=1):
                listing.append(tag(soup, "li", line, pieces, id=f"fn{number}"))
            article.append(listing)

    return into


def tag(soup: BeautifulSoup, name: str, line: int, pieces: tuple[Piece, ...], **attrs: str) -> Tag:
    """An element holding a block's pieces (as `inline` sets them), at its line."""
    element = soup.new_tag(name, attrs=attrs, sourceline=line)
    element.extend(inline(soup, pieces))
    return element


def inline(soup: BeautifulSoup, pieces: tuple[Piece, ...]) -> list[NavigableString | Tag]:
    """A paragraph's pieces as the page's nodes: its words as text (never markup: what they
    say, `<script>`, stays words), a manual line break as `<br>`, a note's call as a
    superscript linking to its note."""
    nodes: list[NavigableString | Tag] = []
    run: list[Piece] = []
    for piece in [*pieces, None]:
        if isinstance(piece, str):
            run.append(piece)
            continue
        for index, words in enumerate(joined(run).split("\n")):
            if index:
                nodes.append(soup.new_tag("br"))
            nodes.append(NavigableString(words))
        run = []
        if isinstance(piece, Call):
            call = soup.new_tag("sup")
            link = soup.new_tag("a", attrs={"href": f"#fn{piece.number}"})
            link.string = str(piece.number)
            call.append(link)
            nodes.append(call)
    return nodes


# --- the report -------------------------------------------------------------------------------


def document_read_as(read: DocumentPage) -> str:
    """The report's line on how a word processor's document was read."""
    saved = f", saved by {read.generator}" if read.generator else ""
    notes = (
        f", {read.notes} note{'s' * (read.notes != 1)} (footnotes and endnotes) in the order "
        "of their calls"
        if read.notes
        else ""
    )
    bold = (
        f", {read.bold_headings} paragraph{'s' * (read.bold_headings != 1)} alone in bold read "
        f"as {'headings' if read.bold_headings != 1 else 'a heading'}"
        if read.bold_headings
        else ""
    )
    front = f"; {', '.join(read.front_said)}" if read.front_said else ""
    return (
        f"{read.what}{saved}: read as a page, its paragraphs, headings by their outline level"
        f"{bold}{notes}{front}; its headers and footers, the file's properties, comments, "
        "tracked deletions, images, text boxes and captioned tables left out, each listed "
        "(line numbers count its paragraphs from the top of its body)"
    )


def listed_once(found: list[tuple[int, str]], why: str) -> list[tuple[int, str, str]]:
    """Each text listed once, at its first line (a header every section repeats)."""
    first: dict[str, int] = {}
    for line, text in found:
        if text:
            first.setdefault(text, line)
    return [(line, text, why) for text, line in first.items()]


def property_value(value: str) -> str:
    """A property's value as the report lists it: its spaces cleaned, a time stamp as its day
    and minute (`2024-02-26T09:14:00Z` as `2024-02-26 09:14`)."""
    value = clean_spaces(value)
    stamp = STAMP.match(value)
    return f"{stamp[1]} {stamp[2]}" if stamp else value


def joined(pieces: Iterable[Piece]) -> str:
    """The words of pieces (a note's call aside), a character written as two `\\uN` (the two
    halves of a surrogate pair, as Word writes a character beyond U+FFFF in RTF) made one."""
    text = "".join(piece for piece in pieces if isinstance(piece, str))
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
