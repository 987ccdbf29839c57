"""A note exported from Evernote (an ENEX file: "Export note", Evernote 10 and before), read as
the web page its content is (docs/editions.md, "A note exported from Evernote (ENEX)").

It is known by its root: an XML declaration, then (past its DOCTYPE) `<en-export>`. The
export is parsed as jats.py parses XML (expat, no DTD read, any entity declared refused before
anything is expanded); one `<note>` is read, and an export of several is refused, naming them.
The note's content is a second XML document (ENML) in a CDATA section: its prolog is set
aside (a DOCTYPE that declares an entity refused, as an XHTML page's is) and its `<en-note>`
read as a page saved as HTML is (htmlpage.py: BeautifulSoup's HTML reading, which reads no DTD
and expands no entity; `&nbsp;`, which only ENML's DTD defines, is read as HTML names it).

What its markup and its writer's habits say is read into the page first:

- the front: the note's `<title>`, the author its `<note-attributes>` give (as written:
  `AT&amp;T&#39;s` is `AT&T's`, the parser's pieces of text joined); the date, where
  the note's first line is the writer's own, short and ending in a date (`For the Journal,
  opinion page. 12 March 2026`): that date, the line left out and listed; else the day the
  note was created, with a warning (it is when the note was begun, not published);
- a block alone in bold, short, with no stop at its end and text after it (Evernote's
  `<div><b>…</b></div>`, where the writer made a heading bold): a heading, at the level of
  the note's other headings;
- notes typed by hand: where the note's last list is set under a heading that says notes
  (`Notes`, `Endnotes`, a line alone or in bold) or closes the note, and its text calls each of
  its items once, in order, as a number in parentheses (`neighbour.&nbsp;(1)`), the calls are
  notes' calls and the list's items the notes; anything standing after a list under such a
  heading (the writer's message to the editor: a word count, "please crop") is no text of the
  essay's, left out, listed and warned of. A list elsewhere (steps in the middle of the
  essay) is the essay's, and so are its numbers in parentheses and what follows it;
- an embedded file (`<en-media>`, and each `<resource>`: its data in base64) is left out and
  listed, with its type and name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from .errors import SynopticError
from .htmlpage import HtmlPage, clean_spaces, html_page, with_left_out
from .jats import DECLARED, Node, all_words, parse_or_refuse, root_start
from .metadata import parse_date
from .pagetags import HEADINGS  # (a page's headings, `h1` to `h6`)
from .superscripts import is_notes_heading
from .xhtmlpage import ENTITY_DECLARATION

#: The export's root, past its prolog.
ROOT = re.compile(r"<en-export[\s>/]")
#: Evernote's time stamps (`20260310T201503Z`): the day.
STAMP = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})T")
#: A note's call typed by hand: a number in parentheses, after a word or a stop and at most a
#: space (a non-breaking one, as Evernote keeps a typed double space).
TYPED_CALL = re.compile(r"(?<=[\w.,;:!?’”)\"'])[ \u00a0]?\((\d{1,3})\)(?=[\s\u00a0]|$)")
#: The longest first line read as the writer's own over the text (a venue and a date).
FIRST_LINE_WORDS = 25
#: How many words a date typed at a line's end is read from, the longest first (a weekday's
#: `Saturday 4 January 2025`, then `4 January 2025`).
DATE_WORDS = (4, 3)
#: The longest bold block read as a heading.
HEADING_WORDS = 12
BLOCKS = ("div", "p", *HEADINGS, "ol", "ul", "blockquote", "table", "pre")

MEDIA = "a note exported from Evernote: a file it embeds (an image), line of the ENEX"
ENCRYPTED = "a note exported from Evernote: text encrypted in it (a cipher), line of the ENEX"
FIRST_LINE = (
    "a note exported from Evernote: the writer's line over the text, its date typed by hand "
    "(read as the date), line of the ENEX"
)
AFTER_NOTES = (
    "a note exported from Evernote: a line after its notes (the writer's message to the "
    "editor), line of the ENEX"
)


@dataclass(frozen=True)
class EvernoteNote:
    page: HtmlPage  # the note's content as read (its left_out, the resources' too)
    date: str  # where its date was read from, as the report says it
    calls: int  # notes' calls typed by hand, `(1)`, read as calls
    headings: int  # blocks in bold alone read as headings
    warnings: tuple[str, ...] = ()


def is_enex(raw: str) -> bool:
    """An ENEX export: an XML declaration, then `<en-export>` as its root."""
    return bool(DECLARED.match(raw)) and bool(ROOT.match(raw, root_start(raw)))


def evernote_note(raw: str, path: str) -> EvernoteNote | None:
    """The note an ENEX export holds, read (see the module), or None for any other text."""
    if not is_enex(raw):
        return None
    parsed = parse_or_refuse(raw, path, "an Evernote export", "export the note again")
    if parsed is None:
        return None
    note = _the_note(parsed[0], path)
    content = note.find("content")
    enml, line = _enml(content) if content is not None else ("", note.line)
    start = root_start(enml)
    if not enml.startswith("<en-note", start):
        raise SynopticError(
            path, line, "an Evernote note with no <en-note> in its content: no text to read"
        )
    if found := ENTITY_DECLARATION.search(enml, 0, start):
        raise SynopticError(
            path,
            line + enml.count("\n", 0, found.start()),
            f"an Evernote note whose content's DOCTYPE declares an entity, `{found[1]}`; "
            "entities are never expanded in a raw text: remove the DOCTYPE's declarations",
        )
    front = _front(note)
    # (the reading sets the date in the front it is given, before the page's front is made)
    reading = _EnmlReading(_day(note, "created"), front)
    # (the content's lines where they stand in the export: the report's lines are the file's)
    padded = "\n" * (line - 1 + enml.count("\n", 0, start)) + enml[start:]
    page = html_page(f"<html><body>{padded}</body></html>", given=front, prepare=reading, path=path)
    if page is None:  # (never: the page above has a body; no trace all the same)
        raise SynopticError(path, line, "an Evernote note whose content holds no text to read")
    resources = [(res.line, _resource(res), MEDIA) for res in note.elements("resource")]
    return EvernoteNote(
        with_left_out(page, reading.left_out, resources),
        reading.said_date,
        reading.calls,
        reading.headings,
        tuple(reading.warnings),
    )


def evernote_read_as(note: EvernoteNote) -> str:
    """The report's line on how an Evernote export was read."""
    calls = f", {note.calls} notes' calls typed as `(1)` read as calls" if note.calls else ""
    bold = f", {note.headings} bold lines alone read as headings" if note.headings else ""
    return (
        "a note exported from Evernote (ENEX): its content (ENML) read as a page saved as HTML, "
        f"never by an XML parser that reads a DTD or expands an entity; the date {note.date}"
        f"{calls}{bold}; its embedded files left out, each listed"
    )


def _the_note(root: Node, path: str) -> Node:
    """The export's one note; an export of none or of several is refused, naming them."""
    notes = root.elements("note")
    if len(notes) == 1:
        return notes[0]
    if not notes:
        raise SynopticError(path, root.line, "an Evernote export holding no note: no text to read")
    titles = "; ".join(repr(_words(note.find("title"))) for note in notes[:10])
    raise SynopticError(
        path,
        notes[1].line,
        f"an Evernote export of {len(notes)} notes ({titles}{' …' if len(notes) > 10 else ''}): "
        "export each essay's note alone (select the one note, File → Export Note) and ingest each",
    )


def _words(node: Node | None) -> str:
    """An element's text, its children's included, its spaces as one."""
    return clean_spaces(all_words(node)) if node is not None else ""


def _enml(content: Node) -> tuple[str, int]:
    """The content's ENML document, and the export's line it begins on (past the blank run
    before its CDATA section)."""
    text = "".join(child for child in content.children if isinstance(child, str))
    stripped = text.lstrip()
    return stripped, content.line + text.count("\n", 0, len(text) - len(stripped))


def _day(note: Node, tag: str) -> str:
    """The day of a note's time stamp (`<created>20260310T201503Z</created>`), ISO, or ""."""
    found = STAMP.match(_words(note.find(tag)))
    return "-".join(found.groups()) if found else ""


def _front(note: Node) -> dict[str, str]:
    """The note's title and author (the date is the content's reading's: its first line)."""
    attributes = note.find("note-attributes")
    author = _words(attributes.find("author")) if attributes is not None else ""
    front = {"title": _words(note.find("title")), "author": author}
    return {key: value for key, value in front.items() if value}


def _resource(resource: Node) -> str:
    """A resource as the report lists it: its type and file's name (its data never)."""
    attributes = resource.find("resource-attributes")
    name = _words(attributes.find("file-name")) if attributes is not None else ""
    kind = _words(resource.find("mime")) or "a file"
    return f"{kind} {name}".strip() + " (its data in base64)"


class _EnmlReading:
    """Reads what an Evernote note's writer typed (see the module) into the parsed content
    before it is read as a page; what it removed, with its line, kept for the report."""

    def __init__(self, created: str, front: dict[str, str]) -> None:
        self.created = created
        self.front = front  # the note's title and author: its date is set here
        self.said_date = ""
        self.calls = 0
        self.headings = 0
        self.left_out: list[tuple[int, str, str]] = []
        self.warnings: list[str] = []

    def __call__(self, soup: BeautifulSoup) -> None:
        note = soup.find("en-note")
        if not isinstance(note, Tag):
            return
        note.name = "div"
        for media in note.find_all("en-media"):
            kind = str(media.get("type") or "a file")
            self.left_out.append((media.sourceline or 0, f"<en-media type={kind}>", MEDIA))
            media.decompose()
        for crypt in note.find_all("en-crypt"):  # (its words are a cipher's, no text's)
            line = crypt.sourceline or 0
            self.left_out.append((line, "<en-crypt> (encrypted text)", ENCRYPTED))
            self.warnings.append(
                f"encrypted text (line {line}) left out: decrypt it in Evernote and export the "
                "note again"
            )
            crypt.decompose()
        for todo in note.find_all("en-todo"):  # (a checklist's box, ticked or not, as its sign)
            todo.replace_with("☑ " if str(todo.get("checked")).lower() == "true" else "☐ ")
        blocks = [tag for tag in note.find_all(BLOCKS, recursive=False) if _text(tag)]
        self.first_line(blocks)
        self.bold_headings(note, blocks)
        self.typed_notes(note, blocks)

    def first_line(self, blocks: list[Tag]) -> None:
        """The writer's own line over the text, short and ending in a date: its date the
        essay's, the line left out; else the day the note was created, warned of."""
        first = blocks[0] if blocks else None
        words = _text(first).split() if first is not None else []
        typed = _date_typed_last(words)
        if first is not None and typed and len(words) <= FIRST_LINE_WORDS and len(blocks) > 1:
            self.front["date"], as_typed = typed
            self.said_date = f"typed in its first line ({as_typed})"
            self.left_out.append((first.sourceline or 0, _text(first), FIRST_LINE))
            blocks.remove(first)
            first.decompose()
            return
        if self.created:
            self.front["date"] = self.created
        self.said_date = (
            f"the day the note was created ({self.created})" if self.created else "none"
        )
        if self.created:
            self.warnings.append(
                f"the date is the day the Evernote note was created ({self.created}), when it "
                "was begun, not published: no date is typed in its first line; check it"
            )

    def bold_headings(self, note: Tag, blocks: list[Tag]) -> None:
        """A block alone in bold, short, with no stop at its end and text after it: a heading,
        at the level of the note's other headings (`<h2>` where it has none)."""
        levels = [tag.name for tag in note.find_all(HEADINGS)]
        level = min(levels) if levels else "h2"
        for block in blocks[:-1]:
            if block.name != "div" or not _all_bold(block):
                continue
            words = _text(block)
            if len(words.split()) <= HEADING_WORDS and words[-1] not in ".!?:;,":
                block.name = level
                self.headings += 1

    def typed_notes(self, note: Tag, blocks: list[Tag]) -> None:
        """The note's last list as its notes, where it stands under a heading that says notes
        or closes the note and its text calls each item once, in order, as `(n)`; what stands
        after that list left out (see the module)."""
        lists = [block for block in blocks if block.name == "ol"]
        if not lists or not _stands_as_notes(lists[-1], blocks):
            return
        notes = lists[-1]
        items = notes.find_all("li", recursive=False)
        before = blocks[: blocks.index(notes)]
        strings = [
            text
            for block in before
            for text in block.find_all(string=True)
            if isinstance(text, NavigableString)
        ]
        found = [(text, call) for text in strings for call in TYPED_CALL.finditer(str(text))]
        if [int(call[1]) for _, call in found] != list(range(1, len(items) + 1)):
            return
        for text in {id(text): text for text, _ in found}.values():
            _call_links(text)
        notes["class"] = "footnotes"
        for number, item in enumerate(items, start=1):
            item["id"] = f"fn{number}"
        self.calls = len(found)
        for after in blocks[blocks.index(notes) + 1 :]:
            self.left_out.append((after.sourceline or 0, _text(after), AFTER_NOTES))
            self.warnings.append(
                f"a line after the note's notes left out, as no text of the essay's (the "
                f"writer's message to the editor?): {_text(after)[:80]!r}; check it"
            )
            after.decompose()


def _date_typed_last(words: list[str]) -> tuple[str, str] | None:
    """The date a line's last words make (`Saturday 4 January 2025`, `12 March 2026`), ISO,
    and those words as typed; None where they make none."""
    for count in DATE_WORDS:
        typed = " ".join(words[-count:])
        if found := parse_date(typed):
            return found, typed
    return None


def _stands_as_notes(listed: Tag, blocks: list[Tag]) -> bool:
    """Whether a list stands where a note's notes do: right under a heading (or a line alone)
    that says notes, or as the note's last block. (A list in the middle of the text, under no
    such heading, is the essay's: steps, or the points its sentence counts, `(1) … (2) …`.)"""
    at = blocks.index(listed)
    return at == len(blocks) - 1 or (at > 0 and is_notes_heading(_text(blocks[at - 1])))


def _text(tag: Tag | None) -> str:
    return clean_spaces(tag.get_text()) if isinstance(tag, Tag) else ""


def _all_bold(block: Tag) -> bool:
    """Whether every word of a block is inside bold (`<b>`, `<strong>`)."""
    bold = " ".join(
        _text(tag)
        for tag in block.find_all(("b", "strong"))
        if not tag.find_parent(("b", "strong"))
    )
    return bool(bold) and clean_spaces(bold) == _text(block)


def _call_links(text: NavigableString) -> None:
    """The typed calls in a run of text (`(1)`) replaced by links to their notes, as a page
    marks a note's call (`<sup><a href="#fn1">1</a></sup>`)."""
    soup = BeautifulSoup("", "html.parser")
    pieces: list[NavigableString | Tag] = []
    at = 0
    value = str(text)
    for call in TYPED_CALL.finditer(value):
        pieces.append(NavigableString(value[at : call.start()]))
        sup = soup.new_tag("sup")
        link = soup.new_tag("a", href=f"#fn{call[1]}")
        link.string = call[1]
        sup.append(link)
        pieces.append(sup)
        at = call.end()
    pieces.append(NavigableString(value[at:]))
    for piece in pieces:
        text.insert_before(piece)
    text.extract()
