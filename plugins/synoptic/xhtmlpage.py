"""An XHTML document opening with an XML declaration (one chapter of an EPUB, its content
document as it sits in the zip, `OEBPS/Text/ch04.xhtml`; an XHTML 1.0 page), read as the web
page it is (docs/editions.md, "One chapter of an EPUB (its XHTML)").

It is known by its start and its root: an XML declaration (`<?xml version="1.0" …?>`) first,
then, past comments and a DOCTYPE, an `<html>` in XHTML's namespace
(`xmlns="http://www.w3.org/1999/xhtml"`), in a file named as a page (`.xhtml`, `.xht`, `.html`,
`.htm`). It is never given to an XML parser: the declaration set aside with what stands
before the root (an instruction, comments, the DOCTYPE; their lines left blank, so that the
report's lines are the file's), BeautifulSoup's HTML reading reads it as a page
saved as HTML (htmlpage.py), which reads no DTD, fetches nothing and expands no entity; a
DOCTYPE that declares an entity (an entity bomb, an external entity) is refused all the same,
at its line, for no such page needs one; so is an empty one (`<html …/>`), as a page.
Its charset is the one its declaration names
(sourcefile.py), before any `<meta charset>`.

Before the page is read, what an EPUB's markup says of its parts (its `epub:type`, and the
DPUB-ARIA `role` beside it) is read as the page's shapes say it:

- a page-break marker (`pagebreak`, `doc-pagebreak`), the print page's number in its `title`
  or `id`, goes, its number with it where it holds it as text, and what it holds besides is
  kept (an HTML parser that reads `<span …/>` as an open tag puts the rest of the paragraph
  inside it); each is listed in the report, with its line;
- the chapter's number right before the first `<h1>` (`Chapter 4`, `IV`), or, where the page
  has no `<h1>`, as its first block, goes, listed;
- a subtitle (`subtitle`, `doc-subtitle`) beside the page's first `<h1>`, or inside it, is
  read into the title after a colon (a space where the title ends in `?`, `!` or `:`);
- a note's call (`noteref`, `doc-noteref`), a link holding its number, is the call of that
  note, wherever the link points (another file's notes, `notes.xhtml#n1`: where the page holds
  no such note, a warning names the file);
- a note (`footnote`, `endnote`, `rearnote`, `doc-footnote`, `doc-endnote`; an item of a list
  under `footnotes`, `endnotes`, `rearnotes`, `doc-endnotes`), an `<aside>` or a list's item
  wherever it stands, is one of the page's notes, numbered by its back-link's number (the
  number and the `.` after it taken off), else by its call's, else by its place; notes set
  among the text (an `<aside>` after its paragraph) are gathered where the last stands. A
  back-link is a link its markup says is one (`backlink`), or a link showing a number that
  opens the note or points back to its call (`href="#r1"`, the call's `id="r1"`): a number
  linked inside the note's words (`See chapter <a href="ch07.xhtml">7</a>`) is its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment

from .chapterfront import CHAPTER_NUMBER
from .errors import SynopticError
from .htmlpage import BLOCKS, SILENT, HtmlPage, clean_spaces, html_page, with_left_out
from .jats import root_start, with_subtitle
from .sourcefile import HTML_SUFFIXES

#: The XML declaration a document opens with (after a byte order mark and blank lines).
XML_DECLARATION = re.compile(r"\ufeff?\s*<\?xml\s[^>]*?\?>")
#: The root's start tag, in XHTML's namespace (a prefixed root, `<h:html>`, is no page's).
ROOT = re.compile(r"<html\b[^>]*>", re.I)
XHTML_NAMESPACE = re.compile(r"""\sxmlns\s*=\s*(["'])http://www\.w3\.org/1999/xhtml\1""")
ENTITY_DECLARATION = re.compile(r"<!ENTITY\s+%?\s*([^\s\"'>]+)")
#: The kinds of notes an EPUB's markup names (`epub:type`, and DPUB-ARIA's roles without `doc-`).
NOTE_KINDS = frozenset({"footnote", "endnote", "rearnote"})
NOTES_KINDS = frozenset({"footnotes", "endnotes", "rearnotes"})
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A note's call as its link shows it: a number, bracketed or not.
CALL_NUMBER = re.compile(r"\[?(\d{1,3})\]?")
#: What stands between a note's number and its text once the number is gone (`.&nbsp;`, `) `).
AFTER_NUMBER = re.compile(r"^[\s\u00a0]*[.):]?[\s\u00a0]*")

PAGE_BREAK = (
    'an EPUB\'s chapter (XHTML): a page-break marker (`epub:type="pagebreak"`, '
    '`role="doc-pagebreak"`), the print page\'s number as its attributes give it, line of the '
    "XHTML"
)

CHAPTER_LABEL = (
    "an EPUB's chapter (XHTML): the chapter's number over its title (the book's numbering), "
    "line of the XHTML"
)


@dataclass(frozen=True)
class XhtmlPage:
    page: HtmlPage  # the page as read (its left_out, the page breaks' too)
    page_breaks: int  # page-break markers removed
    calls: int  # links read as notes' calls by their markup (`noteref`)
    notes: int  # elements read as notes by their markup (`footnote`, `endnote`)
    warnings: tuple[str, ...] = ()


def is_xhtml(raw: str, path: str) -> bool:
    """An XHTML document: an XML declaration first, then (past comments, instructions and a
    DOCTYPE) an `<html>` root in XHTML's namespace, in a file named as a page."""
    declaration = XML_DECLARATION.match(raw)
    if not declaration or PurePath(path).suffix.lower() not in HTML_SUFFIXES:
        return False
    root = ROOT.match(raw, root_start(raw, declaration.end()))
    return bool(root and XHTML_NAMESPACE.search(root[0]))


def refuse_declared_entities(raw: str, path: str) -> None:
    """Refuse a DOCTYPE that declares an entity (an entity bomb, an entity naming a file or an
    address), at its line: nothing reads it, and no page needs one."""
    end = root_start(raw, 0)
    if found := ENTITY_DECLARATION.search(raw, 0, end):
        raise SynopticError(
            path,
            raw.count("\n", 0, found.start()) + 1,
            f"an XHTML page whose DOCTYPE declares an entity, `{found[1]}`; entities are never "
            "expanded in a raw text (an entity bomb, a file or an address reached for): remove "
            "the DOCTYPE's declarations (the lines between its `[` and `]`)",
        )


def xhtml_page(raw: str, path: str) -> XhtmlPage | None:
    """The text of an XHTML document (see the module), or None for any other text; one with
    no head, body or end, an empty `<html …/>`, is refused as the page it is."""
    if not is_xhtml(raw, path):
        return None
    refuse_declared_entities(raw, path)
    # (the prolog's lines left blank, the declaration's and an instruction's, `<?xml-stylesheet
    # …?>`, which no page's reading skips; its lines kept, for the report's to be the file's)
    root = root_start(raw, XML_DECLARATION.match(raw).end())
    semantics = EpubSemantics()
    page = html_page("\n" * raw.count("\n", 0, root) + raw[root:], prepare=semantics, path=path)
    if page is None:
        raise SynopticError(
            path,
            raw.count("\n", 0, root) + 1,
            "an XHTML page (its <html> in XHTML's namespace) with no <head>, no <body> and no "
            "end tag: it holds no text to read; check that the file is the chapter itself (an "
            "EPUB's content document, `OEBPS/Text/ch04.xhtml`) and ingest that",
        )
    return XhtmlPage(
        with_left_out(page, semantics.left_out),
        sum(why == PAGE_BREAK for _, _, why in semantics.left_out),
        semantics.calls,
        semantics.notes,
        tuple(semantics.warnings),
    )


def xhtml_read_as(xhtml: XhtmlPage) -> str:
    """The report's line on how an XHTML document was read."""
    breaks = (
        f", {_many(xhtml.page_breaks, 'page-break marker')} removed (each listed)"
        if xhtml.page_breaks
        else ""
    )
    calls = (
        f", {_many(xhtml.calls, *CALLS)} read by their markup (`noteref`)" if xhtml.calls else ""
    )
    notes = (
        f", {_many(xhtml.notes, 'note')} by their markup (`footnote`, `endnote`), their numbers "
        "from their back-links"
        if xhtml.notes
        else ""
    )
    return (
        "an XHTML document opening with an XML declaration (an EPUB's chapter): read as a page "
        f"saved as HTML, never by an XML parser (no DTD read, no entity expanded){breaks}"
        f"{calls}{notes}"
    )


#: A note's call and its plural, as the report counts them.
CALLS = ("note's call", "notes' calls")


def _many(count: int, word: str, plural: str = "") -> str:
    """`1 note`, `2 notes`: the count and the word it agrees with."""
    return f"{count} {word if count == 1 else plural or word + 's'}"


def kinds(tag: Tag) -> set[str]:
    """What the element's markup says it is: its `epub:type`s and its DPUB-ARIA roles
    (`doc-footnote` as `footnote`), in lower case."""
    said = []
    for name in ("epub:type", "role"):
        value = tag.get(name) or ""
        said += value if isinstance(value, list) else str(value).split()
    return {word.lower().removeprefix("doc-") for word in said}


class EpubSemantics:
    """Reads an EPUB's markup of its parts into the shapes a page's reading knows (see the
    module), in the parsed page before it is read; what it removed, with its line, and its
    warnings kept for the report. A book's reader (epubbook.py) reads each chapter's parts,
    then the notes of the page its chapters make."""

    def __init__(self) -> None:
        self.left_out: list[tuple[int, str, str]] = []
        self.warnings: list[str] = []
        self.calls = 0
        self.notes = 0
        self.call_ids: set[str] = set()  # the calls' own ids, where a note's back-link points
        #: the calls into another file (a notes file, `notes.xhtml#n1`): (its name, number, line)
        self.calls_out: list[tuple[str, str, int]] = []
        self.numbered: set[str] = set()  # the numbers of the notes read on the page

    def __call__(self, soup: BeautifulSoup) -> None:
        self.read_parts(soup)
        self.read_notes(soup)

    def read_parts(self, soup: BeautifulSoup) -> None:
        """A chapter's page breaks, its number over its title, its subtitle."""
        for marker in soup.find_all(lambda tag: "pagebreak" in kinds(tag)):
            self.page_break(marker)
        self.chapter_number(soup)
        self.subtitle(soup)

    def read_notes(self, soup: BeautifulSoup) -> None:
        """The page's notes' calls and its notes."""
        called = self.note_calls(soup)
        notes = soup.find_all(lambda tag: bool(kinds(tag) & NOTE_KINDS))
        if not notes:  # (a list of notes whose items say nothing: the list's kind says)
            lists = soup.find_all(lambda tag: bool(kinds(tag) & NOTES_KINDS))
            notes = [item for found in lists for item in found.find_all("li")]
        inside = {id(note) for note in notes}
        notes = [note for note in notes if not any(id(up) in inside for up in note.parents)]
        for place, note in enumerate(notes, start=1):
            self.note(note, called.get(str(note.get("id") or "")), place)
        if notes:
            self.unsection(self.gather(soup, notes))
        self.warn_of_notes_elsewhere()

    def page_break(self, marker: Tag) -> None:
        """A page-break marker removed, its page's number with it (as text, where it holds
        it), anything else it holds kept in its place."""
        number = str(marker.get("title") or marker.get("aria-label") or marker.get("id") or "")
        for text in marker.find_all(string=True, recursive=False):
            if (shown := clean_spaces(text)) and shown in (number, *re.findall(r"\d+", number)):
                text.extract()
        self.left_out.append((marker.sourceline or 0, number or "(no number)", PAGE_BREAK))
        marker.unwrap()

    def chapter_number(self, soup: BeautifulSoup) -> None:
        """The chapter's number set over its title (`<p class="chapter-number">Chapter 4</p>`
        right before the first `<h1>`; where the page has none, an EPUB 2's chapter titled in
        its head, its first block) removed: the book's numbering, no heading of the text."""
        heading = soup.find("h1")
        number = (
            heading.find_previous_sibling(True) if isinstance(heading, Tag) else _first_block(soup)
        )
        if isinstance(number, Tag) and CHAPTER_NUMBER.fullmatch(
            shown := clean_spaces(number.get_text())
        ):
            self.left_out.append((number.sourceline or 0, shown, CHAPTER_LABEL))
            number.extract()

    def subtitle(self, soup: BeautifulSoup) -> None:
        """The subtitle beside the page's first `<h1>` (in its header, or inside it) read into
        it, after a colon."""
        heading = soup.find("h1")
        if not isinstance(heading, Tag) or heading.parent is None:
            return
        found = heading.find(lambda tag: "subtitle" in kinds(tag)) or heading.parent.find(
            lambda tag: "subtitle" in kinds(tag), recursive=False
        )
        if not isinstance(found, Tag):
            return
        subtitle = clean_spaces(found.extract().get_text(" "))
        title = clean_spaces(heading.get_text())
        heading.clear()
        heading.append(with_subtitle(title, subtitle))

    def note_calls(self, soup: BeautifulSoup) -> dict[str, str]:
        """Each link its markup says is a note's call made one the page's reading knows (a
        link to `#fnN`, N the number it shows); the ids they pointed to, with their numbers."""
        called: dict[str, str] = {}
        for link in soup.find_all("a"):
            if "noteref" not in kinds(link):
                continue
            shown = CALL_NUMBER.fullmatch(clean_spaces(link.get_text()))
            if shown is None:
                self.warnings.append(
                    f"a note's call shows no number, `{clean_spaces(link.get_text())}` (line "
                    f"{link.sourceline}): read as its words; check the note against the source"
                )
                continue
            into, _, target = str(link.get("href") or "").rpartition("#")
            called[target] = shown[1]
            if into:
                self.calls_out.append((into, shown[1], link.sourceline or 0))
            if link.get("id"):
                self.call_ids.add(str(link["id"]))
            link["href"] = f"#fn{shown[1]}"
            self.calls += 1
        return called

    def note(self, note: Tag, called: str | None, place: int) -> None:
        """A note made an item of the page's notes, `id="fnN"`: N its back-link's number, else
        its call's, else its place (warned); the back-link and the stop after it taken off."""
        back = note.find(lambda tag: tag.name == "a" and "backlink" in kinds(tag)) or note.find(
            lambda tag: self.numbered_back_link(note, tag)
        )
        shown = CALL_NUMBER.fullmatch(clean_spaces(back.get_text())) if back else None
        if isinstance(back, Tag):
            after = back.next_sibling
            back.extract()
            if isinstance(after, NavigableString):  # (`.&nbsp;See, for example`)
                after.replace_with(AFTER_NUMBER.sub("", str(after), count=1))
        number = shown[1] if shown else called
        if number is None:
            number = str(place)
            self.warnings.append(
                f"a note with no number of its own (line {note.sourceline}), numbered {place} "
                "by its place; check it against its call"
            )
        note.name = "li"
        note["id"] = f"fn{number}"
        self.numbered.add(number)
        self.notes += 1

    def warn_of_notes_elsewhere(self) -> None:
        """A warning for each file the calls point into whose notes the page does not hold (an
        EPUB's notes file): they stand as notes without text, and the report's count alone
        would not say where their text is."""
        unheld = [call for call in self.calls_out if call[1] not in self.numbered]
        for into in dict.fromkeys(there for there, _, _ in unheld):
            listed = "; ".join(
                f"{number} (line {line})" for there, number, line in unheld if there == into
            )
            self.warnings.append(
                f"notes' calls point into another file, `{into}`, whose notes this page does "
                f"not hold: {listed}; each is a note without text: copy that file's notes (its "
                "`<aside>`s, or its list's items) into this one before its `</body>`, and ingest "
                "it again"
            )

    def numbered_back_link(self, note: Tag, tag: Tag) -> bool:
        """A link back from the note that its markup does not name: it shows a number, and
        it opens the note or points to a call's id. A number linked among the note's words
        (`See chapter <a href="ch07.xhtml#top">7</a>`) is the note's text, and stays."""
        href = str(tag.get("href") or "")
        return (
            tag.name == "a"
            and bool(CALL_NUMBER.fullmatch(clean_spaces(tag.get_text())))
            and (_opens(note, tag) or href.rpartition("#")[2] in self.call_ids)
        )

    def gather(self, soup: BeautifulSoup, notes: list[Tag]) -> Tag:
        """The notes set in a list of notes: the element around them where it holds nothing
        else (a heading aside), else a new one where the last of them stands."""
        around = notes[0].parent
        holds = [child for child in around.children if isinstance(child, Tag)] if around else []
        inside = {id(note) for note in notes}
        if (
            around is not None
            and around.name not in ("body", "article", "main", "html")
            and all(id(child) in inside or child.name in (*HEADINGS, "hr") for child in holds)
        ):
            if around.name not in ("ol", "ul"):
                around.name = "section"
            around["class"] = [*(around.get("class") or ()), "footnotes"]
            return around
        gathered = soup.new_tag("section", attrs={"class": "footnotes"})
        notes[-1].insert_after(gathered)
        for note in notes:
            gathered.append(note.extract())
        return gathered

    @staticmethod
    def unsection(notes: Tag) -> None:
        """The sections around the list of notes (the chapter's, `epub:type="chapter"`) made
        plain blocks: a page's reading takes a section whose every list item is a note for a
        list of notes, and the chapter's text around them would go."""
        for around in notes.find_parents("section"):
            around.name = "div"


def _opens(note: Tag, element: Tag) -> bool:
    """Whether the element opens the note: no word of the note's stands before it."""
    for node in note.descendants:
        if node is element:
            return True
        if isinstance(node, NavigableString) and not isinstance(node, Comment) and node.strip():
            return False
    return False


def _first_block(soup: BeautifulSoup) -> Tag | None:
    """The block around the first words of the page's body, or None where they stand in no
    block of their own (straight in the body, or in a block that holds more)."""
    body = soup.body or soup
    for text in body.find_all(string=True):
        if isinstance(text, Comment) or not text.strip() or text.find_parent(SILENT):
            continue
        return text.find_parent(BLOCKS)
    return None
