r"""An RTF document as a word processor saves it (LibreOffice Writer's, Word's, TextEdit's
"Rich Text Format"), read as the page the word processor shows (docs/editions.md, "An RTF
document").

It is known by its start, `{\rtf`. RTF is a language of groups (`{…}`) and control words
(`\par`, `\b`, `\fs24`): a group's formatting ends with it, and a group that opens with a
destination (`\fonttbl`, `\info`, `\footnote`, `{\*\…}`) holds something other than the body's
text. A small reader of its own reads it, token by token, keeping what a library drops:
striprtf gives the text alone, a tracked deletion's words kept, headings, notes and comments
run into the paragraphs; pandoc is a binary of its own, outside the Python the project
installs. What is read:

- the text: `\'hh` bytes in the document's code page (`\ansicpg`, `\mac`, `\pc`; a font's
  `\fcharset` switching it; a double-byte page's two bytes one character), `\uN` characters
  (two halves of a surrogate pair one character) with the `\ucN` fallback after each
  skipped, the named characters (`\emdash`, `\rquote`, `\~` …), `\\`, `\{`, `\}`; a
  control character typed raw in the file is none (RTF is 7-bit text), one written as a
  character (`\'07`, `\u27`) is refused at its line;
- the paragraphs (`\par`; `\pard` resets their properties), a manual line break (`\line`) as
  a space in its paragraph, an empty paragraph as nothing;
- a heading: a paragraph of an outline level (`\outlinelevelN`, its own, or its style's by
  the level it sets or its name, `heading 2`, Word's, or the one's it is based on); the
  highest level the document uses a section (`##`), any deeper a subsection (`###`); the
  outline list's number before it (`{\listtext …}`) is the document's apparatus, not read;
- a list's items (paragraphs of a list, `\lsN`; or, WordPad's, of Word 6's numbering,
  `{\*\pn\pnlvlblt …}` or `\pnlvlbody`), numbered where their `\listtext` (`\pntext`) is a
  number;
- the front: the title the first paragraph, styled Title (or, in a document typed with no
  such style, short, no stop closing it, over a byline or a date); under it, the paragraphs
  that are a byline (`Ann Lee`, `By Ann Lee`, `Ann Lee and Bo Ma`, one a paragraph joined
  `A and B`) or a full date (`11 March 2024`, a DATE field's result as shown), a subtitle
  (styled Subtitle) read past and kept; the file's properties (`\info`: its title, subject,
  authors, dates) are the file's, not the essay's front: listed, and offered in a warning
  where the body gives no title, author or date;
- fields: the result shown (`\fldrslt`), never the instruction (`\fldinst`); a date shown by
  a DATE field that is not locked (`\fldlock`) is the day the file was saved, and the report
  warns; a table of contents (TOC) or an index (INDEX), the document listed again, left out;
- footnotes and endnotes (`{\*\footnote …}`, Writer's, or `{\footnote …}`, Word's), written
  inside their paragraphs where their calls stand: the call there, the note's text in the
  notes, numbered in the order of their calls (`\chftn`, the number shown, is not read);
- tracked changes: an insertion (`\revised`) is the text, a deletion (`\deleted`) is none:
  left out with its author (the revision table's), and the report warns that changes are
  still tracked;
- a table (`\trowd` … `\cell` … `\row`) with a caption right above or under it (a paragraph
  styled Caption, or one based on it, or one opening `Table 1:` of 60 words at most, paired as
  a PDF's are: exhibits.py) is an exhibit: left out with it, and the report warns; a table
  with no caption is read as any page's, a list of its rows.

Left out, each listed in the report with its line in the file: the page headers and footers
(`\header`, `\footerl` …, each text once: a section repeats its page style's), the file's
properties, reviewers' comments (`\annotation`, with their author, `\atnauthor`), deleted and
hidden (`\v`) text, pictures, drawings and embedded objects in the body, a text box's words
(`\shptxt`; Word 95's `\dptxbxtext`: a sidebar, a pull quote; in a header or a note, that
header's or note's words), captions. Skipped as the format means them to be: the font, colour,
style, list and revision tables (read for the styles' names and levels, the fonts' character
sets, the revisions' authors), and every destination a reader may ignore (`{\*\…}`) that this
reader does not read. Refused, with what to do: a file whose groups do not close (cut short),
close before its end or nest more than 100 deep; a control character in its text; an e-mail's
body wrapping HTML or text (Outlook's `\fromhtml`, `\fromtext`); a document with no text in its
body.
"""

from __future__ import annotations

import codecs
import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from bs4 import BeautifulSoup, Tag

from .documentpage import (
    NO_FRONT,
    Call,
    Piece,
    Table,
    exhibit_warning,
    inline,
    joined,
    stated_front,
    unstated,
)
from .errors import SynopticError
from .exhibits import opens_caption, table_captions
from .htmlpage import HtmlPage, clean_spaces, html_page, made_page, with_left_out
from .metadata import TITLE_MAX_WORDS
from .names import and_joined
from .sourcefile import CONTROL

#: What an RTF document opens with (its version's number after it).
RTF_START = "{\\rtf"
#: One token: a control word and its number (the space after it is its delimiter, no text), a
#: byte in the code page, a control symbol, a group's brace, a line's end, or a run of text.
TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?"
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z])"
    r"|(?P<brace>[{}])"
    r"|(?P<newline>\n)"
    r"|(?P<text>[^\\{}\n]+)"
    r"|(?P<stray>\\)",  # (a backslash closing the file)
)
#: Characters of the file that are no text's: RTF's text ignores them (a NUL closing a file).
#: Written as characters (`\'07`, `\u27`), a control character is the document's, refused.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Groups nested deeper than this are refused: a word processor's nest a few deep (collection
#: WW's wb.rtf, LibreOffice's, 7), and a file nesting thousands is a program's error.
MAX_DEPTH = 100
#: Words that stand for a character.
CHARACTERS = {
    "tab": "\t",
    "line": "\n",  # a manual line break: a space in its paragraph
    "emdash": "—",
    "endash": "–",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
    "bullet": "•",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "zwj": "\u200d",
    "zwnj": "\u200c",
}
#: Control symbols that stand for a character (`\-`, an optional hyphen, shows none).
SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}"}
#: The code page each font's `\fcharset` names (0 and 1: the document's own).
CHARSET_CODE_PAGES = {
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
    134: "cp936",
    136: "cp950",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
}
#: The document's character set by its word, where no `\ansicpg` names the code page.
DOCUMENT_CHARSETS = {"ansi": "cp1252", "mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
#: Destinations that hold no text of the body's: tables of fonts, colours, lists, revisions'
#: ids, a document's data, index and contents entries, separators of notes.
SKIPPED = frozenset(
    "colortbl listtable listoverridetable filetbl rsidtbl pgdsctbl xmlnstbl mmathPr themedata "
    "colorschememapping latentstyles datastore pgptbl protusertbl fchars lchars template "
    "nextfile private xe tc tcn txe rxe bxe pxe ixe ftnsep ftnsepc ftncn aftnsep aftnsepc "
    "aftncn nonshppict userprops docvar atnid atnicn atntime atnref atndate atrfstart atrfend "
    "bkmkstart bkmkend fldtype pnseclvl pntxta pntxtb listpicture".split()
)
#: Destinations of pictures and objects, as the report names them.
PICTURES = {"pict": "picture", "shppict": "picture", "object": "embedded object"}
#: A drawing: a shape (Word 97's `\shp`), a group of them, a drawing object (Word 95's `\do`,
#: and Word 97's again in `\shprslt`, for readers that know no shapes) …
SHAPES = frozenset({"shp", "shpgrp", "do"})
#: … and its text box's words.
TEXT_BOXES = frozenset({"shptxt", "dptxbxtext"})
#: The levels of Word 6's paragraph numbering (`{\*\pn …}`, WordPad's lists) that make a
#: paragraph a list's item: bulleted, numbered (`\pnlvlcont`, numbering going on unseen
#: between a list's parts, and `\pnlvlN`, a heading's number, make none).
LIST_LEVELS = frozenset({"pnlvlblt", "pnlvlbody"})
#: A page's header and footer, of every kind (all pages, left, right, first).
HEADERS = frozenset("header headerl headerr headerf footer footerl footerr footerf".split())
#: The properties of `\info` read as text, as the report names them.
INFO_TEXTS = {
    "title": "title",
    "subject": "subject",
    "author": "author",
    "operator": "last saved by",
    "keywords": "keywords",
    "doccomm": "comments",
    "comment": "comments",
    "company": "company",
    "manager": "manager",
    "category": "category",
}
#: … and its dates.
INFO_TIMES = {
    "creatim": "created",
    "revtim": "revised",
    "printim": "printed",
    "buptim": "backed up",
}
TIME_PARTS = ("yr", "mo", "dy", "hr", "min")
#: Fields whose result is a date the file gives (the day it is opened, saved, printed, made).
DATE_FIELDS = frozenset({"DATE", "TIME", "CREATEDATE", "SAVEDATE", "PRINTDATE"})
#: An outline level that is none: body text.
BODY_LEVEL = 9
#: A heading's style by its name (Word's built-in `heading 1` … `heading 9`).
HEADING_STYLE = re.compile(r"heading\s+([1-9])", re.I)
#: A list item's number in its `\listtext` (`1.`, `iv)`, `a.`): a numbered list.
NUMBERED = re.compile(r"\s*[\dA-Za-z]{1,5}[.)]")
#: The words that say a document wraps an e-mail's body (Outlook's RTF), and what they wrap.
WRAPPING = {"fromhtml": "HTML", "fromtext": "text"}
#: Fields whose result lists the document again, left out, as the report names them.
LISTINGS = {"TOC": "a table of contents", "INDEX": "an index"}

HEADER = "an RTF document: a page's header or footer, no text of the essay's, line of the RTF"
INFO = (
    "an RTF document: the file's properties (\\info: its title, subject, authors, dates), not "
    "the essay's front, line of the RTF"
)
COMMENT = "an RTF document: a reviewer's comment (an annotation), line of the RTF"
DELETED = "an RTF document: a tracked deletion (text deleted, kept in the file), line of the RTF"
HIDDEN = "an RTF document: hidden text (not shown nor printed), line of the RTF"
PICTURE = "an RTF document: a picture, a drawing or an embedded object, line of the RTF"
TEXT_BOX = (
    "an RTF document: a text box's words (a sidebar, a pull quote: set beside the text, not in "
    "it), line of the RTF"
)
LISTING = "an RTF document: {what}, a field listing the document again, line of the RTF"
CAPTION = "an RTF document: a caption (a table's or a picture's), line of the RTF"
TABLE = (
    "an RTF document: a table with its caption, an exhibit (an edition has no tables), line of "
    "the RTF"
)


@dataclass
class _Sink:
    """Where a destination's words go: their pieces, and the line of the first word."""

    pieces: list[Piece] = field(default_factory=list)
    line: int = 0

    def add(self, piece: Piece, line: int) -> None:
        if not self.line and (isinstance(piece, Call) or piece.strip()):
            self.line = line
        self.pieces.append(piece)

    def text(self) -> str:
        return clean_spaces(joined(self.pieces))

    def clear(self) -> None:
        """Emptied for the next paragraph: the body's sink is one, so ending a paragraph sets
        nothing in the groups that write to it (however deep they nest)."""
        self.pieces, self.line = [], 0


@dataclass
class _Field:
    """A field: its instruction's words (`DATE \\@"d MMMM yyyy"`), whether it is locked."""

    instruction: str = ""
    locked: bool = False

    @property
    def kind(self) -> str:
        return (self.instruction.split() or [""])[0].upper()


@dataclass
class _Group:
    """What a group holds of its parent's state, and what it sets: where its words go (`sink`,
    none where they are no text; `skip`, a group read past whole), the destination it is in
    (`dest`: a table's entries), what closing its destination does, and the character and
    paragraph properties the words take."""

    skip: bool = False
    sink: _Sink | None = None
    dest: str = ""
    closing: Callable[[], None] | None = None
    ignorable: bool = False  # (`\*` just read: an unknown destination is skipped)
    uc: int = 1
    font: int | None = None  # the font its words are in (None: the document's default)
    style: int = 0
    outline: int | None = None
    in_table: bool = False
    listed: bool = False
    deleted: int | None = None  # a tracked deletion: its author's number in the revision table
    hidden: bool = False
    inserted: bool = False
    field: _Field | None = None  # the field whose result the words are
    text_box: _Sink | None = None  # in a shape: where its text box's words go


@dataclass(frozen=True)
class Style:
    name: str
    based_on: int | None
    outline: int | None


@dataclass(frozen=True)
class Paragraph:
    pieces: tuple[Piece, ...]
    line: int
    style: int
    outline: int | None  # its own outline level, where it sets one
    listed: bool
    list_text: str
    dated: _Field | None  # a date field whose result it shows

    @property
    def text(self) -> str:
        return clean_spaces(joined(self.pieces))


Block = Paragraph | Table


@dataclass(frozen=True)
class Parsed:
    """What the reader found in the document."""

    blocks: tuple[Block, ...]
    notes: tuple[tuple[int, tuple[Piece, ...], int], ...]  # (number, pieces, line)
    styles: dict[int, Style]
    left_out: tuple[tuple[int, str, str], ...]
    info: dict[str, tuple[str, int]]  # the file's properties by name: (value, line)
    generator: str
    code_page: str
    tracked: tuple[str, ...]  # the authors of tracked changes
    unread_code_page: str = ""  # a code page Python has no codec for


@dataclass(frozen=True)
class Front:
    """The title, author and day read from the paragraphs over the body, the blocks left, and
    where each was read, as the report says it."""

    title: str
    author: str
    day: str
    blocks: tuple[Block, ...]
    said: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class RtfDocument:
    page: HtmlPage  # the document as read (its left_out, the file's)
    generator: str  # the program that saved it, as the file says (`{\*\generator …}`)
    code_page: str
    notes: int
    front_said: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def rtf_document(raw: str, path: str) -> RtfDocument | None:
    """The document an RTF file holds (see the module), or None for a text that is none."""
    if not raw.lstrip("\ufeff").startswith(RTF_START):
        return None
    parsed = _Reader(path).read(raw.lstrip("\ufeff"))
    front = read_front(parsed)
    if not any(block.text for block in front.blocks) and not front.title:
        raise SynopticError(
            path,
            1,
            "an RTF document with no text in its body (its words, if any, are in its headers, "
            "comments, tracked deletions or properties): check that the file holds the essay",
        )
    captioned = captioned_tables(front.blocks, parsed.styles)
    blocks = [block for index, block in enumerate(front.blocks) if index not in captioned]
    head = made_page(front.title, front.author, front.day, "")
    page = html_page(head, prepare=set_document(blocks, parsed), path=path)
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, 1, "an RTF document that reads as no page")
    if page.text.startswith(NO_FRONT):  # (no front read: no rule of the text's either)
        page = replace(page, text=page.text.removeprefix(NO_FRONT))
    left = [
        (block.line, block.text, captioned[index])
        for index, block in enumerate(front.blocks)
        if index in captioned and block.text
    ]
    warnings = [*front.warnings, *document_warnings(parsed, captioned, front.blocks)]
    return RtfDocument(
        with_left_out(page, parsed.left_out, left),
        parsed.generator,
        parsed.code_page,
        len(parsed.notes),
        front.said,
        tuple(warnings),
    )


# --- reading the tokens ---------------------------------------------------------------------


class _Reader:
    """Reads an RTF document's tokens in order: a stack of groups, each with the state its
    words take (`_Group`), the body's paragraphs and tables, the notes, what is left out."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.line = 1
        self.stack: list[_Group] = []
        self.body = _Sink()
        self.blocks: list[Block] = []
        self.notes: list[tuple[int, tuple[Piece, ...], int]] = []
        self.styles: dict[int, Style] = {}
        self.fonts: dict[int, str] = {}  # a font's number → its character set's code page
        self.default_font = 0  # (`\deffN`)
        self.font = 0  # the font table's entry being read
        self.left_out: list[tuple[int, str, str]] = []
        self.headers: set[str] = set()
        self.info: dict[str, tuple[str, int]] = {}
        self.authors: list[str] = []  # the revision table's
        self.tracked: dict[str, None] = {}
        self.generator = ""
        self.code_page = "cp1252"
        self.unread_code_page = ""
        self.commenter = ""
        self.list_text = ""
        self.dated: _Field | None = None
        self.cell = _Sink()
        self.row: list[tuple[Piece, ...]] = []
        self.rows: list[tuple[tuple[Piece, ...], ...]] = []
        self.rows_line = 0
        self.bytes = bytearray()
        self.bytes_line = 0
        self.fallback = 0  # characters of a `\uN`'s fallback still to skip
        self.aside: tuple[str, str, int, list[str]] | None = None  # (why, who, line, words)
        self.closed = False  # the document's group has closed
        self.entry: dict[str, int | str | None] = {}  # the style sheet's entry being read
        self.time: dict[str, int] = {}  # the file's date being read (`\creatim` …)

    def words_outside(self) -> SynopticError:
        return SynopticError(
            self.path,
            self.line,
            "an RTF document with words after its group closes (`{\\rtf1 …}`): its braces do "
            "not match; open it in a word processor and save it again",
        )

    @property
    def group(self) -> _Group:
        return self.stack[-1]

    def read(self, raw: str) -> Parsed:
        at, end = 0, len(raw)
        while at < end:
            token = TOKEN.match(raw, at)
            at = token.end()
            kind = "word" if token.lastgroup == "arg" else token.lastgroup  # (a word's number)
            if kind != "hex":
                self.flush_bytes()
            if kind == "brace":
                self.fallback = 0
                if token["brace"] == "{" and self.closed:
                    raise self.words_outside()
                if token["brace"] == "{":
                    self.open()
                else:
                    self.close()
                continue
            if kind == "newline":
                self.line += 1
                continue
            if not self.stack:
                if raw[at - 1 :].strip(" \t\n\x00"):
                    raise self.words_outside()
                break
            if self.fallback and kind in ("text", "hex", "word", "symbol"):
                at = self.skip_fallback(token, at)
                continue
            if kind == "hex":
                self.add_byte(int(token["hex"], 16))
            elif kind == "text":
                self.text(token["text"])
            elif kind == "word":
                arg = token["arg"]
                number = int(arg) if arg is not None else None
                if token["word"] == "bin" and number:
                    at += number  # (binary data, a picture's: no text)
                else:
                    self.word(token["word"], number)
            elif kind == "symbol":
                self.symbol(token["symbol"])
        if self.stack:
            raise SynopticError(
                self.path,
                self.line,
                f"an RTF document cut short: {len(self.stack)} of its groups still open at its "
                "end, as in a file not saved whole or truncated on its way; save it again from "
                "the word processor",
            )
        self.end_paragraph()
        self.end_rows()
        return Parsed(
            tuple(self.blocks),
            tuple(self.notes),
            self.styles,
            tuple(self.left_out),
            self.info,
            self.generator,
            self.code_page,
            tuple(self.tracked),
            self.unread_code_page,
        )

    # --- groups

    def open(self) -> None:
        if not self.stack:
            self.stack.append(_Group(sink=self.body))
            return
        if len(self.stack) >= MAX_DEPTH:
            raise SynopticError(
                self.path,
                self.line,
                f"an RTF document whose groups nest more than {MAX_DEPTH} deep, as no word "
                "processor's do: a program wrote it wrong; open it in a word processor and save "
                "it again",
            )
        parent = self.group
        child = copy.copy(parent)
        child.closing, child.ignorable = None, False
        if parent.dest in ("stylesheet", "revtbl", "fonttbl") and not parent.skip:
            child.dest = parent.dest + " entry"
            child.sink = _Sink()
            child.closing = self.entry_closing(parent.dest, child)
        self.stack.append(child)

    def close(self) -> None:
        if not self.stack:
            raise SynopticError(
                self.path,
                self.line,
                "an RTF document whose braces do not match: a group closes that never opened; "
                "open it in a word processor and save it again",
            )
        group = self.stack.pop()
        self.closed = not self.stack
        if group.closing is not None and not group.skip:
            self.flush_aside()
            group.closing()

    def entry_closing(self, table: str, group: _Group) -> Callable[[], None]:
        """What an entry of the style sheet, the revision table or the font table does once
        read: its name kept."""
        entry: dict[str, int | str | None] = {"number": 0, "kind": "s"}
        self.entry = entry

        def closing() -> None:
            name = group.sink.text().rstrip(";").strip() if group.sink else ""
            if table == "stylesheet" and entry["kind"] == "s":
                # (Word's aliases follow the name: `heading 1,H1`)
                self.styles[entry["number"]] = Style(
                    name.split(",")[0].strip(), entry.get("based_on"), entry.get("outline")
                )
            elif table == "revtbl":
                self.authors.append(name)

        return closing

    def destination(self, sink: _Sink | None, closing: Callable[[], None] | None = None) -> None:
        """The group is a destination: its words go to `sink` (none: no text), and closing it
        does `closing`."""
        group = self.group
        group.sink, group.closing, group.ignorable = sink, closing, False
        group.deleted, group.hidden, group.inserted, group.field = None, False, False, None

    def skip(self) -> None:
        self.group.skip, self.group.ignorable = True, False

    # --- words

    def word(self, name: str, number: int | None) -> None:
        group = self.group
        if group.skip:
            return
        if group.dest.startswith(("stylesheet ", "fonttbl")) and self.entry_word(name, number):
            return
        if self.destination_word(name, number):
            return
        if group.ignorable:
            self.skip()  # (an ignorable destination this reader does not read)
            return
        if name in CHARACTERS:
            self.add(CHARACTERS[name])
        elif name == "u" and number is not None:
            self.add(chr(number % 65536))
            self.fallback = group.uc
        elif name == "uc":
            group.uc = max(number or 0, 0)
        elif name in ("par", "sect"):
            self.paragraph_end()
        elif name in ("cell", "nestcell"):
            self.cell_end()
        elif name in ("row", "nestrow"):
            self.row_end()
        elif name == "pard":
            group.style, group.outline, group.in_table, group.listed = 0, None, False, False
        elif name == "plain":
            group.deleted, group.hidden, group.inserted = None, False, False
            group.font = None
        elif name == "s":
            group.style = number or 0
        elif name == "outlinelevel":
            group.outline = number
        elif name == "intbl" or (name == "itap" and number):
            group.in_table = True
        elif name == "ls":
            group.listed = bool(number)
        elif name in LIST_LEVELS and group.dest == "pn" and len(self.stack) > 1:
            self.stack[-2].listed = True  # (the paragraph's, the group `{\*\pn …}` is in)
        elif name == "deleted":
            group.deleted = None if number == 0 else group.deleted or 0
        elif name == "revauthdel":
            group.deleted = number if group.deleted is not None else None
        elif name == "revised":
            group.inserted = number != 0
        elif name == "revauth" and group.inserted:
            self.tracked[self.author(number)] = None
        elif name == "v":
            group.hidden = number != 0
        elif name == "f":
            group.font = number or 0
        elif name == "ansicpg" and number:
            self.code_page = self.set_code_page(number)
        elif name in DOCUMENT_CHARSETS and len(self.stack) == 1:
            self.code_page = DOCUMENT_CHARSETS[name]
        elif name == "deff" and len(self.stack) == 1:
            self.default_font = number or 0
        elif name == "fldlock" and group.field is not None:
            group.field.locked = True
        elif name in INFO_TIMES or (name in TIME_PARTS and group.dest in INFO_TIMES):
            self.time_word(name, number)

    def destination_word(self, name: str, number: int | None) -> bool:
        """A word that opens a destination, its group's words then read for it; True where it
        was one."""
        group = self.group
        if name in SKIPPED:
            self.skip()
        elif name in ("fonttbl", "stylesheet", "revtbl"):
            self.destination(None)
            group.dest = name
        elif name == "info":
            self.destination(None)
            group.dest = "info"
        elif group.dest == "info" and name in INFO_TEXTS:
            self.destination(sink := _Sink(), self.info_closing(name, sink))
        elif name == "generator":
            self.destination(sink := _Sink(), lambda: self.set_generator(sink))
        elif name in HEADERS:
            self.destination(sink := _Sink(), lambda: self.header_read(sink))
        elif name == "footnote":
            self.destination(sink := _Sink(), self.note_closing(sink, group.sink))
        elif name == "atnauthor":
            self.destination(sink := _Sink(), lambda: setattr(self, "commenter", sink.text()))
        elif name == "annotation":
            self.destination(sink := _Sink(), lambda: self.comment_read(sink))
        elif name in ("listtext", "pntext"):
            self.destination(sink := _Sink(), lambda: setattr(self, "list_text", sink.text()))
        elif name == "pn":
            self.destination(None)  # (read for its level: a list's item, or none)
            group.dest = "pn"
        elif name == "field":
            group.field = _Field()
        elif name == "fldinst":
            self.destination(sink := _Sink(), self.instruction_closing(sink, group.field))
        elif name == "fldrslt" and group.field is not None and group.field.kind in LISTINGS:
            # (a table of contents, an index: the document's headings or words listed again)
            what = LISTINGS[group.field.kind]
            self.destination(sink := _Sink(), lambda: self.listing_read(sink, what))
        elif name == "fldrslt":
            group.ignorable = False  # (its words are the parent's: the result shown)
        elif name in WRAPPING and len(self.stack) == 1:
            raise SynopticError(
                self.path,
                self.line,
                f"an RTF document that wraps an e-mail's {WRAPPING[name]} (Outlook's "
                f"\\{name}), no document a word processor saved: save the message as HTML (or "
                "its text as a .txt file) and ingest that",
            )
        elif name in PICTURES:
            if group.sink is self.body:  # (a header's logo is the header's)
                self.left_out.append((self.line, f"(a {PICTURES[name]})", PICTURE))
            self.skip()
        elif name in SHAPES:
            self.shape()
        elif name in TEXT_BOXES and group.text_box is not None:
            self.destination(group.text_box)
        elif name == "shpinst" and group.text_box is not None:
            group.ignorable = False  # (its settings no text, its text box read)
        elif name == "shprslt":
            self.skip()  # (the shape again, as a drawing object: its words once)
        else:
            return False
        return True

    def shape(self) -> None:
        """A drawing: its settings no text; in the body, its text box's words listed (a
        sidebar, a pull quote: beside the text, not in its flow), or the drawing where it holds
        none; elsewhere its words are where it stands (a header's, a note's); in a group of
        shapes, the group's."""
        group = self.group
        box, closing = group.text_box, None  # (a shape of a group: the group's box)
        if box is None and group.sink is self.body:
            box = _Sink()
            closing = partial(self.shape_read, box, self.line)
        elif box is None:
            box = group.sink
        self.destination(None, closing)
        group.text_box = box

    def entry_word(self, name: str, number: int | None) -> bool:
        """A word of a table's entry: a style's number, kind, base and outline level; a font's
        number and character set. True where it was one."""
        entry = self.entry
        if name in ("s", "cs", "ds", "ts"):
            entry["number"], entry["kind"] = number or 0, name
        elif name == "sbasedon":
            entry["based_on"] = number
        elif name == "outlinelevel":
            entry["outline"] = number
        elif name == "f" and self.group.dest.startswith("fonttbl"):
            self.font = number or 0
        elif name == "fcharset" and self.group.dest.startswith("fonttbl"):
            if number in CHARSET_CODE_PAGES:  # (0 and 1, the document's own: none)
                self.fonts[self.font] = CHARSET_CODE_PAGES[number]
        else:
            return False
        return True

    def symbol(self, char: str) -> None:
        group = self.group
        if group.skip:
            return
        if char == "*":
            group.ignorable = True
        elif char == "\n":
            self.line += 1
            self.paragraph_end()  # (a backslash closing a line: `\par`)
        elif char in SYMBOLS:
            self.add(SYMBOLS[char])

    def text(self, words: str) -> None:
        """A run of text: its characters beyond ASCII are bytes of the code page (RTF is 7-bit;
        a file read as Latin-1 holds its 8-bit bytes so)."""
        if self.group.skip:
            return
        self.group.ignorable = False
        for part in re.split(r"([\x80-\xff]+)", CONTROLS.sub("", words)):
            if part and "\x80" <= part[0] <= "\xff":
                for char in part:
                    self.add_byte(ord(char))
                self.flush_bytes()
            elif part:
                self.add(part.replace("\t", " "))

    def skip_fallback(self, token: re.Match, at: int) -> int:
        """Skip the `\\uN`'s fallback: one character of a run, a byte or a word counts one."""
        if token.lastgroup == "text":
            words = token["text"]
            taken = min(self.fallback, len(words))
            self.fallback -= taken
            if taken < len(words):
                self.text(words[taken:])
            return at
        self.fallback -= 1
        return at

    # --- bytes and characters

    def set_code_page(self, number: int) -> str:
        name = {65001: "utf-8", 10000: "mac_roman"}.get(number, f"cp{number}")
        try:
            codecs.lookup(name)
        except LookupError:
            self.unread_code_page = str(number)
            return "cp1252"
        return name

    def codec(self) -> str:
        """The code page of the words' font, else the document's."""
        font = self.group.font
        return self.fonts.get(self.default_font if font is None else font, self.code_page)

    def add_byte(self, byte: int) -> None:
        if self.group.skip:
            return
        if not self.bytes:
            self.bytes_line = self.line
        self.bytes.append(byte)

    def flush_bytes(self) -> None:
        """The bytes read since the last other token, decoded together (a double-byte code
        page's character is two)."""
        if not self.bytes:
            return
        data, self.bytes = bytes(self.bytes), bytearray()
        if self.stack and not self.group.skip:
            self.add(data.decode(self.codec(), "replace"), self.bytes_line)

    def add(self, piece: Piece, line: int = 0) -> None:
        """Words (or a note's call) where the group's words go: a deletion's and hidden words
        aside, left out."""
        group = self.group
        line = line or self.line
        if group.skip or group.sink is None:
            return
        if isinstance(piece, str) and (found := CONTROL.search(piece)):
            raise self.control_character(found[0], line)
        if isinstance(piece, str) and (group.deleted is not None or group.hidden):
            why = DELETED if group.deleted is not None else HIDDEN
            who = self.author(group.deleted) if group.deleted is not None else ""
            if why == DELETED:
                self.tracked[who] = None
            if self.aside and self.aside[:2] == (why, who):
                self.aside[3].append(piece)
            else:
                self.flush_aside()
                self.aside = (why, who, line, [piece])
            return
        if isinstance(piece, Call) or piece.strip():
            self.flush_aside()
        if group.field is not None and group.field.kind in DATE_FIELDS and group.sink is self.body:
            self.dated = group.field
        group.sink.add(piece, line)

    def flush_aside(self) -> None:
        if self.aside is None:
            return
        why, who, line, words = self.aside
        self.aside = None
        if said := clean_spaces(joined(words)):
            self.left_out.append((line, f"{who}: {said}" if who else said, why))

    def control_character(self, char: str, line: int) -> SynopticError:
        """A control character the document's text holds (written `\\'07`, `\\u27`), refused
        at its line as a raw text holding one is (sourcefile.py): a terminal or an HTML parser
        acts on it, and an edition holding one is refused."""
        code = ord(char)
        return SynopticError(
            self.path,
            line,
            f"an RTF document whose text holds the control character U+{code:04X} (written "
            f"`\\u{code}` or a byte, `\\'{code:02x}`), which no text needs: delete it there "
            "(in the word processor, or in the file at that line), save, and ingest again",
        )

    def author(self, number: int | None) -> str:
        """A revision's author by their number in the revision table."""
        if number is not None and 0 <= number < len(self.authors):
            return self.authors[number]
        return "an author the file does not name"

    # --- paragraphs, cells, rows

    def paragraph_end(self) -> None:
        group = self.group
        if group.sink is not self.body:
            if group.sink is not None:
                group.sink.add(" ", self.line)  # (a note's paragraphs, a comment's: one text)
            return
        if group.in_table:
            self.cell.pieces += [*self.body.pieces, " "]
            self.cell.line = self.cell.line or self.body.line
            self.body.clear()
            return
        self.end_paragraph()

    def end_paragraph(self) -> None:
        self.flush_aside()
        body, group = self.body, self.group if self.stack else _Group()
        if body.pieces and (body.text() or any(isinstance(p, Call) for p in body.pieces)):
            self.end_rows()
            self.blocks.append(
                Paragraph(
                    tuple(body.pieces),
                    body.line,
                    group.style,
                    group.outline,
                    group.listed,
                    self.list_text,
                    self.dated,
                )
            )
        self.list_text, self.dated = "", None
        self.body.clear()

    def cell_end(self) -> None:
        if self.group.sink is not self.body:  # (a table in a header, a note: its words)
            if self.group.sink is not None:
                self.group.sink.add(" ", self.line)
            return
        self.flush_aside()
        pieces = [*self.cell.pieces, *self.body.pieces]
        line = self.cell.line or self.body.line
        self.row.append(tuple(pieces))
        self.rows_line = self.rows_line or line or self.line
        self.cell = _Sink()
        self.body.clear()

    def row_end(self) -> None:
        if self.row and self.group.sink is self.body:
            self.rows.append(tuple(self.row))
        self.row = []

    def end_rows(self) -> None:
        """The rows read since the last paragraph outside a table: a table."""
        if self.rows:
            self.blocks.append(Table(tuple(self.rows), self.rows_line))
        self.rows, self.rows_line = [], 0

    # --- destinations read

    def shape_read(self, box: _Sink, line: int) -> None:
        """A drawing in the body read: its text box's words listed, else the drawing."""
        if said := box.text():
            self.left_out.append((box.line or line, said, TEXT_BOX))
        else:
            self.left_out.append((line, "(a drawing)", PICTURE))

    def info_closing(self, name: str, sink: _Sink) -> Callable[[], None]:
        def closing() -> None:
            if value := sink.text():
                said = INFO_TEXTS[name]
                self.info.setdefault(said, (value, sink.line or self.line))
                self.left_out.append((sink.line or self.line, f"{said}: {value}", INFO))

        return closing

    def time_word(self, name: str, number: int | None) -> None:
        """A date of the file's properties (`{\\creatim\\yr2024\\mo2\\dy28\\hr20\\min14}`)."""
        group = self.group
        if name in INFO_TIMES:
            self.destination(None)
            group.dest, group.field = name, None
            self.time = {}
            line = self.line

            def closing() -> None:
                if self.time.get("yr"):
                    parts = [self.time.get(part, 0) for part in TIME_PARTS]
                    when = "{:04d}-{:02d}-{:02d} {:02d}:{:02d}".format(*parts)
                    self.info.setdefault(INFO_TIMES[name], (when, line))
                    self.left_out.append((line, f"{INFO_TIMES[name]}: {when}", INFO))

            group.closing = closing
        else:
            self.time[name] = number or 0

    def set_generator(self, sink: _Sink) -> None:
        self.generator = sink.text().rstrip(";").strip()

    def header_read(self, sink: _Sink) -> None:
        """A header's or a footer's text, listed once (a section repeats its page style's)."""
        if (said := sink.text()) and said not in self.headers:
            self.headers.add(said)
            self.left_out.append((sink.line or self.line, said, HEADER))

    def note_closing(self, sink: _Sink, outer: _Sink | None) -> Callable[[], None]:
        """A note read: its text kept, numbered in order, and its call where the note stands
        (`outer`: its paragraph's words)."""

        def closing() -> None:
            number = len(self.notes) + 1
            self.notes.append((number, tuple(sink.pieces), sink.line or self.line))
            if outer is not None:
                outer.add(Call(number), self.line)

        return closing

    def listing_read(self, sink: _Sink, what: str) -> None:
        if said := sink.text():
            self.left_out.append((sink.line or self.line, said, LISTING.format(what=what)))

    def comment_read(self, sink: _Sink) -> None:
        who = self.commenter or "a reviewer the file does not name"
        if said := sink.text():
            self.left_out.append((sink.line or self.line, f"{who}: {said}", COMMENT))
        self.commenter = ""

    def instruction_closing(self, sink: _Sink, found: _Field | None) -> Callable[[], None]:
        def closing() -> None:
            if found is not None:
                found.instruction = sink.text()

        return closing


# --- styles -----------------------------------------------------------------------------------


def style_names(number: int, styles: dict[int, Style]) -> list[str]:
    """The names of a paragraph's style and of those it is based on, lower case, its own
    first (a loop in the chain read once)."""
    names: list[str] = []
    seen: set[int] = set()
    while number in styles and number not in seen:
        seen.add(number)
        names.append(styles[number].name.lower())
        number = styles[number].based_on
    return names


def heading_level(block: Block, styles: dict[int, Style]) -> int | None:
    """A paragraph's outline level (0 the highest): its own, else its style's, by the level
    the style sets or by its name (`heading 2`, Word's), else the one's it is based on; None
    for body text and tables."""
    if not isinstance(block, Paragraph):
        return None
    level, number, seen = block.outline, block.style, set()
    while level is None and number in styles and number not in seen:
        seen.add(number)
        style = styles[number]
        named = HEADING_STYLE.fullmatch(style.name)
        level = style.outline if style.outline is not None or not named else int(named[1]) - 1
        number = style.based_on
    return level if level is not None and 0 <= level < BODY_LEVEL else None


def styled(block: Block, styles: dict[int, Style], name: str) -> bool:
    """Whether a paragraph's style is `name`, or based on it."""
    return isinstance(block, Paragraph) and name in style_names(block.style, styles)


# --- the front --------------------------------------------------------------------------------


def read_front(parsed: Parsed) -> Front:
    """The title the first paragraph gives (`title_paragraph`), and under it the author and
    the day the paragraphs that are a byline or a date give (a subtitle read past, kept),
    each taken from the body; where the body gives none, the file's properties are offered in
    a warning, never written as the essay's."""
    blocks, styles = list(parsed.blocks), parsed.styles
    # (the file's properties, offered where the body states no title, author or date)
    info = {name: value for name, (value, _) in parsed.info.items()}
    days = INFO_TIMES.values()
    how = title_paragraph(blocks, styles)
    if not how:
        warned = unstated(info, title=True, author=True, date=True, days=days)
        return Front("", "", "", tuple(blocks), (), tuple(warned))
    first = blocks[0]
    said = [f"its title from {how} (line {first.line})"]
    names: list[str] = []
    day, taken, warnings = "", {0}, []
    for index, block in enumerate(blocks[1:], start=1):
        if styled(block, styles, "subtitle"):
            warnings.append(  # (kept: the writer's own line, or the title's second part)
                f"a subtitle under the title, '{block.text}' (line {block.line}), is kept in "
                "the text: if it is the title's, join it to the title in the front matter"
            )
            continue
        stated = front_statement(block, styles)
        if stated is None or (day and "date" in stated):
            break
        taken.add(index)
        if author := stated.get("author"):
            names.append(author)
            said.append(f"its author from the byline under it (line {block.line})")
        if stated.get("date"):
            day = stated["date"]
            how = "the DATE field shown" if block.dated else "the date"
            said.append(f"its date from {how} under it (line {block.line})")
            warnings += unlocked_date(block)
    author = and_joined(names) if names else ""
    warnings += unstated(info, title=False, author=not author, date=not day, days=days)
    kept = tuple(block for index, block in enumerate(blocks) if index not in taken)
    return Front(first.text, author, day, kept, tuple(said), tuple(warnings))


def title_paragraph(blocks: list[Block], styles: dict[int, Style]) -> str:
    """How the first paragraph is the title, as the report says it, or "" where it is none:
    styled Title; or, in a document typed with no such style (its title in bold, or in a
    heading's style), short, no stop closing it, right over a byline or a date."""
    first = blocks[0] if blocks else None
    if not isinstance(first, Paragraph):
        return ""
    if style_names(first.style, styles)[:1] == ["title"]:
        return "the paragraph styled Title"
    under = next((block for block in blocks[1:] if not styled(block, styles, "subtitle")), None)
    short = len(first.text.split()) <= TITLE_MAX_WORDS and not first.text.endswith(".")
    calls = any(isinstance(piece, Call) for piece in first.pieces)
    if short and not calls and under is not None and front_statement(under, styles):
        return "the first paragraph, over a byline or a date"
    return ""


def front_statement(block: Block, styles: dict[int, Style]) -> dict[str, str] | None:
    """The author or the full date a short paragraph under the title states, or None: a
    byline (`Ann Lee`, `By Ann Lee`, `Ann Lee and Bo Ma`), a date (`11 March 2024`, a field's
    result), or both on one line (`Ann Lee · 9 May 2024`)."""
    if not isinstance(block, Paragraph) or heading_level(block, styles) is not None:
        return None
    if any(isinstance(piece, Call) for piece in block.pieces):
        return None
    return stated_front(block.text)


def unlocked_date(block: Paragraph) -> list[str]:
    """The warning for a date shown by a field that is not locked: the day the file was saved
    (a DATE field shows the day it is opened), perhaps not the essay's."""
    found = block.dated
    if found is None or found.locked:
        return []
    return [
        f"the date under the title, '{block.text}' (line {block.line}), is a {found.kind} "
        "field that is not locked: a word processor shows the day the file is opened (or "
        "saved, printed), and the file keeps the day it was last saved; check it against the "
        "essay's date"
    ]


# --- exhibits ---------------------------------------------------------------------------------


def captioned_tables(blocks: tuple[Block, ...], styles: dict[int, Style]) -> dict[int, str]:
    """The blocks left out as exhibits, by index, each with why: a paragraph styled Caption
    (or based on it), and a table with its caption right above or under it, paired as a PDF's
    are (exhibits.py: a caption opening `Table 1:` too, short; one under a table that is over
    another is that one's)."""
    found = {
        index: CAPTION for index, block in enumerate(blocks) if styled(block, styles, "caption")
    }

    def caption(index: int) -> bool:
        block = blocks[index]
        return isinstance(block, Paragraph) and (index in found or opens_caption(block.text))

    captions = table_captions(len(blocks), lambda index: isinstance(blocks[index], Table), caption)
    for table, above_or_under in captions.items():
        found[table] = found[above_or_under] = TABLE
    return found


# --- the page ---------------------------------------------------------------------------------


def set_document(blocks: list[Block], parsed: Parsed) -> Callable[[BeautifulSoup], None]:
    """What sets the document's blocks into the page `made_page` made, node by node, each at
    its line of the file: a heading of the highest level the document uses as `<h2>`, any
    deeper as `<h4>` (a section, a subsection); a list's items in one list; a table as its
    rows; each paragraph as `<p>`; the notes as a list of notes (`<ol class="footnotes">`)."""
    styles = parsed.styles
    levels = sorted(
        {level for block in blocks if (level := heading_level(block, styles)) is not None}
    )

    def into(soup: BeautifulSoup) -> None:
        article = soup.article
        listed: Tag | None = None
        for block in blocks:
            level = heading_level(block, styles)
            if isinstance(block, Table):
                element = soup.new_tag("table", sourceline=block.line)
                for row in block.rows:
                    tr = soup.new_tag("tr", sourceline=block.line)
                    for cell in row:
                        td = soup.new_tag("td", sourceline=block.line)
                        td.extend(inline(soup, cell))
                        tr.append(td)
                    element.append(tr)
            elif level is not None:
                name = "h2" if level == levels[0] else "h4"
                element = soup.new_tag(name, sourceline=block.line)
                element.extend(inline(soup, block.pieces))
            elif block.listed:
                numbered = bool(NUMBERED.match(block.list_text))
                if listed is None or listed.name != ("ol" if numbered else "ul"):
                    listed = soup.new_tag("ol" if numbered else "ul", sourceline=block.line)
                    article.append(listed)
                item = soup.new_tag("li", sourceline=block.line)
                item.extend(inline(soup, block.pieces))
                listed.append(item)
                continue
            else:
                element = soup.new_tag("p", sourceline=block.line)
                element.extend(inline(soup, block.pieces))
            listed = None
            article.append(element)
        if parsed.notes:
            notes = soup.new_tag("ol", attrs={"class": "footnotes"}, sourceline=parsed.notes[0][2])
            for number, pieces, line in parsed.notes:
                note = soup.new_tag("li", attrs={"id": f"fn{number}"}, sourceline=line)
                note.extend(inline(soup, pieces))
                notes.append(note)
            article.append(notes)

    return into


# --- the report -------------------------------------------------------------------------------


def document_warnings(
    parsed: Parsed, exhibits: dict[int, str], blocks: tuple[Block, ...]
) -> list[str]:
    """The report's warnings on the document: changes still tracked, a table left out as an
    exhibit, a code page Python does not read."""
    warnings = []
    if parsed.tracked:
        warnings.append(
            f"the document still tracks changes (by {and_joined(list(parsed.tracked))}): its "
            "insertions are read as its text and its deletions left out (listed); accept or "
            "reject them in the word processor, save it and ingest it again to be sure"
        )
    tables = [blocks[index] for index, why in exhibits.items() if why == TABLE]
    for table in (block for block in tables if isinstance(block, Table)):
        warnings.append(exhibit_warning(table))
    if parsed.unread_code_page:
        warnings.append(
            f"the document's code page, {parsed.unread_code_page} (\\ansicpg), is none Python "
            "reads: its bytes beyond ASCII are read as windows-1252; check its accented letters"
        )
    return warnings


def rtf_read_as(document: RtfDocument) -> str:
    """The report's line on how an RTF document was read."""
    saved = f", saved by {document.generator}" if document.generator else ""
    notes = (
        f", {document.notes} note{'s' * (document.notes != 1)} from inside their paragraphs"
        if document.notes
        else ""
    )
    front = f"; {', '.join(document.front_said)}" if document.front_said else ""
    return (
        f"an RTF document ({document.code_page}{saved}): read as a page, its paragraphs, "
        f"headings by their outline level{notes}{front}; its headers and footers, the file's "
        "properties, comments, tracked deletions, pictures, text boxes and captioned tables left "
        "out, each listed"
    )
