"""An Emacs Org-mode file (`.org`), read as the page Org's HTML exporter (ox-html, `C-c C-e h
h`) would make of it, then as any page saved as HTML (docs/editions.md, "An Emacs Org-mode
file"). Org's exporter is the reference for what is the text: what it leaves out, this reader
leaves out, each line listed in the report with its line in the file. Org's syntax is read in
orgsyntax.py; what of it the essay is, here.

It is known by its name (`.org`) or, whatever its name, by its first line that is not blank: an
Org keyword (`#+TITLE: …`) or Emacs's mode line (`-*- mode: org -*-`). Org's syntax, read line
by line as Org's parser (org-element) reads it:

- the keywords (`#+KEY: value`, `#+key:value`, anywhere outside a block): `#+TITLE`,
  `#+AUTHOR` (each line a name or names, `A and B`, `A, B`; joined `A and B`) and `#+DATE` (`4
  March 2024`, an Org timestamp `<2024-03-04 Mon>`) are the front (no `#+TITLE`: the file's
  name, as Org titles it, with a warning); every other (`#+EMAIL`, `#+OPTIONS`,
  `#+FILETAGS`, `#+STARTUP`, `#+LANGUAGE`) is the file's settings, left out; `#+EXCLUDE_TAGS`,
  `#+SELECT_TAGS`, `#+TODO` and the `#+OPTIONS` items `tasks:`, `arch:` and `d:` are read, as
  they decide what Org exports;
- headings (`*`, `**` … at a line's start): their TODO keyword, priority (`[#A]`), `COMMENT`,
  progress cookies (`[1/4]`, `[50%]`) and tags (`:erosion:safety:`, set out to a column) are
  no words of the title, left out; a subtree Org's exporter leaves out is left out whole: one
  tagged with an exclude tag (`:noexport:`), or, where a heading has a select tag (`:export:`),
  any tree outside the selected ones; a `COMMENT` heading's; an archived one's (`:ARCHIVE:`:
  its heading kept, what is under it left out, as `arch:headline`, Org's default, says); a
  task's where `#+OPTIONS: tasks:nil` says so. The footnotes' heading (`* Footnotes`, Org's
  footnote section) is no section: its definitions are the notes, anything else in it left out;
  a heading of 15 stars or more is an inline task (to its `END` line), which the exporter sets
  apart in a box, a note beside the text: left out, its lines listed;
- right under a heading, its planning line (`DEADLINE:`, `SCHEDULED:`, `CLOSED:`); drawers
  (`:PROPERTIES:` … `:END:`, `:LOGBOOK:`), clock lines: metadata, left out (another drawer is
  read, as Org exports it, unless `#+OPTIONS: d:` says otherwise);
- comments (`# …` lines, `#+BEGIN_COMMENT` blocks) and Emacs's file variables (`# Local
  Variables:` … `# End:`): left out;
- a paragraph is its lines (filled, hard-wrapped by `M-q`) up to a blank line or another
  element, its line breaks spaces; `\\\\` at a line's end a line break;
- `#+BEGIN_QUOTE` a block quotation, `#+BEGIN_VERSE` a quotation of its lines, `#+BEGIN_CENTER`
  and a block of another name (`#+BEGIN_aside`) their contents; source, example and export blocks,
  dynamic blocks, fixed-width (`: `) lines, tables and a `#+RESULTS:`' output are code and
  data, left out; a block opened and never closed is refused, at its line;
- an image (a link with no description to an image file, `[[file:img/scarp.jpg]]`) is left
  out, with its caption, name and attributes (`#+CAPTION:`, `#+NAME:`, `#+ATTR_HTML:`); a
  caption over anything else is left out too;
- plain lists (`-`, `+`, `*` indented, `1.`, `1)`), their items' checkboxes as signs (☑ ☐), a
  description item (`- term :: words`) as `term: words` (as Org's Markdown exporter sets it);
- inside a line: emphasis (`/italic/`, `*bold*`, `_underline_`, `=verbatim=`, `~code~`,
  `+strike+`, by Org's rules for what may stand around the marks) read as its words; a link
  (`[[url][words]]`) as its words, one with none as its address (`[[url]]`, `<url>`); a target
  (`<<name>>`) as nothing, a radio target as its words; an export snippet (`@@html:…@@`) left
  out; a macro (`{{{name}}}`) kept as typed, and warned of; an entity (`\\mdash{}`) and the
  special strings (`--`, `---`, `...`, `\\-`) as ox-html writes them;
- notes: a reference `[fn:1]`, `[fn:name]` calls the definition that opens a line, `[fn:1] …`
  (up to the next definition, a heading or two blank lines), wherever it stands; an inline
  note (`[fn::words]`, `[fn:name:words]`) is its own definition. The notes are numbered in
  the order the text first calls them, as Org numbers them; a definition nothing calls is left
  out (Org drops it) and warned of; a call no definition answers is written missing, warned of.

Each part of the page is made as an element at its line of the file, Org's words set into it
as text, never as markup: an Org file's `<script>` is words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from bs4 import BeautifulSoup, Tag

from .errors import SynopticError
from .htmlpage import HtmlPage, html_page, made_page, refuse_deep_nesting, with_left_out
from .layout import Line
from .metadata import parse_date
from .names import and_joined, author_names
from .orgsyntax import (
    AFFILIATED,
    BLOCK_BEGIN,
    CHECKBOX,
    COUNTER,
    DEFINITION,
    DESCRIPTION,
    DRAWER,
    FIRST_LINE,
    FIXED_WIDTH,
    FOOTNOTES,
    FRONT_KEYS,
    ITEM,
    KEYWORD,
    MAX_DEPTH,
    MODE_LINE,
    ORG_SUFFIX,
    PLANNING,
    TABLE,
    TIMESTAMP,
    Object,
    Run,
    Settings,
    TooDeep,
    definition_end,
    drawer_exported,
    indent,
    inline_task_end,
    objects,
    opens,
    read_settings,
    sections,
    starts_element,
    words,
)

#: Blocks whose lines are code or output, never prose (their contents are Org's to show as
#: code); a block of another name is read on (a quotation, a verse, a centred or special one).
CODE_BLOCKS = ("SRC", "EXAMPLE", "EXPORT")
#: The heading over the notes: ox-html's "Footnotes:", the edition's `Notes`.
NOTES = "Notes"
TAG_NAMES = {
    "paragraph": "p",
    "rule": "hr",
    "item": "li",
    "quote": "blockquote",
    "verse": "blockquote",
}
EMPHASIS_TAGS = {"*": "b", "/": "i", "_": "u", "+": "del", "=": "code", "~": "code"}
CHECKBOX_SIGNS = {"X": "☑", " ": "☐", "-": "☐"}

# --- what the report says ---------------------------------------------------------------------

FRONT = "an Org file: a keyword read as the front (#+TITLE, #+AUTHOR, #+DATE)"
KEYWORDS = "an Org file: a keyword line, the file's settings (#+OPTIONS, #+EMAIL, #+FILETAGS …)"
HEADING_MARKS = (
    "an Org file: a heading's TODO keyword, priority, progress cookie or tags, no words of its "
    "title"
)
SUBTREE = (
    "an Org file: a subtree Org's exporter leaves out (tagged :noexport:, a COMMENT or archived "
    "heading's, outside the trees tagged :export:, a task where #+OPTIONS says so)"
)
METADATA = (
    "an Org file: a heading's planning line, a drawer (:PROPERTIES:, :LOGBOOK:) or a clock line"
)
COMMENTS = "an Org file: a comment (a `# ` line, a #+BEGIN_COMMENT block), never exported"
FILE_VARIABLES = (
    "an Org file: Emacs's file variables (`# Local Variables:` … `# End:`, `-*- … -*-`)"
)
FIGURE = "an Org file: an image, or a caption, name or attributes set over an element (#+CAPTION)"
CODE = (
    "an Org file: code, data or output (a source, example or export block, a dynamic block, "
    "`: ` lines, a table, #+RESULTS), no prose"
)
FOOTNOTE_SECTION = "an Org file: the footnotes' heading and what it holds beside the definitions"
UNCALLED = "an Org file: a footnote's definition that nothing calls (Org's exporter drops it)"
SNIPPET = "an Org file: an export snippet, markup for another format (@@html:…@@)"
INLINE_TASK = (
    "an Org file: an inline task (a heading of 15 stars or more, to its END line), which Org's "
    "exporter sets apart in a box, a note beside the text"
)


@dataclass(frozen=True)
class Element:
    """A part of the text Org exports: a paragraph, a heading, a quotation, a verse, a list or
    its item, a division (a centred or special block's contents), a rule."""

    kind: str
    line: int
    said: tuple[Object, ...] = ()  # a paragraph's, a heading's, a verse's words, as Org's objects
    children: tuple[Element, ...] = ()
    level: int = 1  # a heading's
    ordered: bool = False  # a list's
    term: tuple[Object, ...] = ()  # a description item's


@dataclass(frozen=True)
class OrgFile:
    page: HtmlPage  # the page made of it, as read (its left_out, the Org file's lines too)
    headings: int
    notes: int
    warnings: tuple[str, ...] = ()


def org_file(raw: str, path: str) -> OrgFile | None:
    """The essay of an Org file (see the module), or None for a text that is no Org file (or
    an empty one: refused as any empty text)."""
    if not is_org(raw, path) or not raw.strip():
        return None
    lines = [Line(number, text) for number, text in enumerate(raw.split("\n"), start=1)]
    settings = read_settings(lines)
    reader = _Reader(path, settings)
    try:
        body = reader.document(lines)
        # (no `#+TITLE`: the file's name, as Org's exporter titles it, and a warning)
        said = " ".join(filter(None, (words(value) for value in settings.titles)))
        names = authors(settings.authors)
        day, date_warnings = the_day(settings.dates)
    except TooDeep as deep:  # (a keyword's value: at no line)
        raise SynopticError(
            path,
            deep.line or None,
            f"an Org file whose emphasis or notes nest more than {MAX_DEPTH} deep, as no "
            "essay's do: look there for marks never closed (`*`, `/`, `[fn::`), and close or "
            "delete them",
        ) from None
    if all(element.kind in ("heading", "rule") for element in body):
        raise SynopticError(
            path,
            None,
            "an Org file with no text Org's exporter would export: every line is a keyword, a "
            "comment, a drawer, or in a subtree left out (:noexport:, COMMENT); check that the "
            "file holds the essay, or take the tag off its subtree",
        )
    title = said or PurePath(path).stem
    author = and_joined(names) if names else ""
    page = html_page(
        made_page(title, author, day, ""),
        prepare=lambda soup: reader.set_into(soup, body),
        path=path,
    )
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, None, "an Org file that holds no text")
    notes_said = reader.note_warnings()  # (a definition nothing calls: listed as left out too)
    named = () if said else (NO_TITLE.format(name=title),)
    warnings = (*named, *date_warnings, *reader.warnings, *notes_said)
    return OrgFile(
        with_left_out(page, reader.left),
        sum(element.kind == "heading" for element in body),
        len(reader.numbers) - len(reader.unanswered()),
        tuple(warnings),
    )


def org_read_as(read: OrgFile) -> str:
    """The report's line on how an Org file was read."""
    notes = f", {read.notes} note{'s' * (read.notes != 1)} from its footnotes" if read.notes else ""
    return (
        f"an Emacs Org-mode file: read as Org's HTML exporter reads it, {read.headings} "
        f"heading{'s' * (read.headings != 1)}{notes}; its front from #+TITLE, #+AUTHOR and "
        "#+DATE; its other keywords, tags, drawers, planning lines, comments, images, code and "
        "the subtrees Org leaves out listed with their lines in the file"
    )


NO_TITLE = (
    "an Org file with no #+TITLE: titled by its file's name, {name!r}, as Org's exporter titles "
    "it; write the essay's title into the edition's front matter"
)


def is_org(raw: str, path: str) -> bool:
    """Whether the text is an Org file: named `.org`, or opening with an Org keyword or a mode
    line that says Org."""
    if path.lower().endswith(ORG_SUFFIX):
        return True
    first = next((line for line in raw.lstrip("\ufeff").split("\n") if line.strip()), "")
    return bool(FIRST_LINE.match(first))


def authors(values: tuple[str, ...]) -> list[str]:
    """The names the `#+AUTHOR` lines give: each line a name or names (`A and B`, `A, B`,
    LaTeX's `A \\and B`), their markup read as words."""
    found = [
        name.strip()
        for value in values
        for name in author_names(words(value).replace("\\and", " and "))
    ]
    return list(dict.fromkeys(name for name in found if name))


def the_day(dates: tuple[tuple[int, str], ...]) -> tuple[str, tuple[str, ...]]:
    """The day `#+DATE` states (a timestamp's, or a date written out), and a warning where it
    states none that reads as a date."""
    if not dates:
        return "", ()
    number, value = dates[0]
    if stamped := TIMESTAMP.search(value):
        return stamped["day"], ()
    if day := parse_date(words(value)):
        return day, ()
    return "", (
        f"an Org file's #+DATE (line {number}) reads as no date: {value!r}; the date is left "
        "unknown: write it into the edition's front matter",
    )


class _Reader:
    """Reads the file's sections into the elements Org exports, listing what it leaves out
    (`left`: line, text, why), gathering the footnotes' definitions and numbering their calls
    as the page is made (`set_into`)."""

    def __init__(self, path: str, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self.left: list[tuple[int, str, str]] = []
        self.warnings: list[str] = [
            f"an Org file's {said} (line {number}) brings in another file's text, which is not "
            "read; if the essay's text is there, export the file to Org with its includes "
            "(`C-c C-e O o`) and ingest that"
            for number, said in settings.includes
        ]
        #: each definition's label: its lines and its elements (an inline note's: no lines, and
        #: its words' objects)
        self.definitions: dict[str, tuple[list[Line], tuple[Element, ...] | tuple[Object, ...]]]
        self.definitions = {}
        self.numbers: dict[str, int] = {}  # each called label's number, in calling order
        self.calls: dict[str, int] = {}  # each label's first call's line
        self.soup = BeautifulSoup("", "html.parser")  # (the page's, once `set_into` has it)
        self.top = 1  # the level of the sections: the shallowest headings exported
        self.depth = 0  # how deep the lists and blocks being read nest

    # - the text's structure -

    def document(self, lines: list[Line]) -> list[Element]:
        """The elements of every section Org exports, in order."""
        if lines and MODE_LINE.match(lines[0].text) and not KEYWORD.match(lines[0].text):
            self.leave(lines[:1], FILE_VARIABLES)
            lines = lines[1:]
        elements: list[Element] = []
        for section in sections(lines, self.settings):
            head, body = section.heading, section.body
            if head is None:
                elements += self.elements(body)
            elif section.skipped:
                self.leave([head.line, *body], SUBTREE)
            elif head.title == FOOTNOTES and not head.keyword:
                self.leave([head.line], FOOTNOTE_SECTION)
                self.elements(body, leaving=FOOTNOTE_SECTION)
            else:
                self.left += [(head.line.number, mark, HEADING_MARKS) for mark in head.marks]
                if head.title:
                    said = objects(head.title, head.line.number)
                    elements.append(Element("heading", head.line.number, said, level=head.level))
                if section.archived:
                    self.leave(body, SUBTREE)
                    continue
                if body and PLANNING.match(body[0].text):
                    self.leave(body[:1], METADATA)
                    body = body[1:]
                elements += self.elements(body)
        return elements

    def leave(self, lines: list[Line], why: str) -> None:
        self.left += [(line.number, line.text.strip(), why) for line in lines if not line.blank]

    def elements(self, lines: list[Line], leaving: str = "") -> list[Element]:
        """The elements of a run of lines (a section, an item, a block's contents); `leaving`:
        why what Org would export of them is left out, each line listed (the footnotes'
        section, beside its definitions)."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise SynopticError(
                self.path,
                lines[0].number if lines else None,
                f"an Org file whose lists or blocks nest more than {MAX_DEPTH} deep, as no "
                "essay's do: check the indentation of its lists there",
            )
        made: list[Element] = []
        affiliated: list[Line] = []  # (a caption, a name, over the element under it)
        run, index = Run.of(lines), 0
        while index < len(lines):
            line = lines[index]
            key = KEYWORD.match(line.text)
            if line.blank:
                self.leave(affiliated, FIGURE)
                affiliated, index = [], index + 1
            elif key and key["key"].upper() not in ("BEGIN", "END"):
                name = key["key"].upper()
                if name in AFFILIATED or name.startswith("ATTR_"):
                    affiliated.append(line)
                else:
                    self.leave([line], FRONT if name in FRONT_KEYS else KEYWORDS)
                index += 1
            else:
                listed, warned = len(self.left), len(self.warnings)
                end, element = self.element(run, index, affiliated)
                if element is not None and leaving:
                    del self.left[listed:], self.warnings[warned:]
                    self.leave(affiliated + lines[index:end], leaving)
                elif element is not None:
                    made.append(element)
                affiliated, index = [], end
        self.leave(affiliated, FIGURE)
        self.depth -= 1
        return made

    def element(self, run: Run, index: int, affiliated: list[Line]) -> tuple[int, Element | None]:
        """The element that opens at `index`: the index after it, and what Org exports of it
        (None where it exports nothing: what it holds is listed)."""
        lines = run.lines
        line, text = lines[index], lines[index].text
        if any(KEYWORD.match(each.text)["key"].upper() == "RESULTS" for each in affiliated):
            # (a source block's output under `#+RESULTS:`, whatever its shape: code's)
            end = self.span(run, index)
            self.leave(affiliated + lines[index:end], CODE)
            return end, None
        kind = opens(run, index)
        if kind == "file variables":
            end = (run.closing(index, "# End:") or index) + 1
            self.leave(lines[index:end], FILE_VARIABLES)
            return end, None
        if kind == "comment":
            self.leave([line], COMMENTS)
            return index + 1, None
        if kind == "block":
            return self.block(run, index, BLOCK_BEGIN.match(text)["kind"], affiliated)
        if kind == "dynamic block":
            if (end := run.closing(index, "#+END:")) is None:
                raise self.unclosed(line.number, "#+BEGIN:", "#+END:")
            self.leave(lines[index : end + 1], CODE)
            return end + 1, None
        if kind == "drawer":
            name = DRAWER.match(text)["name"].upper()
            return self.drawer(lines, index, run.closing(index, ":END:"), name)
        if (drawn := DRAWER.match(text)) and drawn["name"].upper() in ("PROPERTIES", "LOGBOOK"):
            raise self.unclosed(line.number, f":{drawn['name']}:", ":END:")
        if kind == "clock":
            self.leave([line], METADATA)
            return index + 1, None
        if kind == "rule":
            return index + 1, Element("rule", line.number)
        if kind in ("table", "fixed width"):
            shape = TABLE if kind == "table" else FIXED_WIDTH
            end = next(
                (i for i in range(index, len(lines)) if not shape.match(lines[i].text)), len(lines)
            )
            self.leave(affiliated + lines[index:end], CODE)
            return end, None
        if kind == "definition":
            return self.definition(lines, index)
        if kind == "inline task":
            end = inline_task_end(lines, index)
            self.leave(lines[index:end], INLINE_TASK)
            return end, None
        if kind == "item":
            return self.plain_list(lines, index, ITEM.match(text))
        # (what else opens a paragraph: a keyword the caller did not read, a LaTeX environment)
        return self.paragraph(run, index, affiliated)

    def span(self, run: Run, index: int) -> int:
        """The index after the element at `index`, what reading it found forgotten."""
        listed, warned, known = len(self.left), len(self.warnings), dict(self.definitions)
        end, _ = self.element(run, index, [])
        del self.left[listed:], self.warnings[warned:]
        self.definitions = known
        return end

    def unclosed(self, number: int, opened: str, closing: str) -> SynopticError:
        return SynopticError(
            self.path,
            number,
            f"an Org file whose {opened} is never closed by {closing} (Org then reads its lines "
            f"as text, a comment's or a drawer's too): add the {closing} line where it ends, "
            "and ingest the file again",
        )

    def block(
        self, run: Run, index: int, kind: str, affiliated: list[Line]
    ) -> tuple[int, Element | None]:
        """A `#+BEGIN_KIND` … `#+END_KIND` block: a quotation, a verse, a division of its
        contents; a comment or code left out."""
        lines, end = run.lines, run.closing(index, f"#+END_{kind.upper()}")
        number = lines[index].number
        if end is None:
            raise self.unclosed(number, f"#+BEGIN_{kind}", f"#+END_{kind}")
        inside, after, name = lines[index + 1 : end], end + 1, kind.upper()
        if name == "COMMENT":
            self.leave(lines[index:after], COMMENTS)
            return after, None
        if name in CODE_BLOCKS:
            self.leave(affiliated + lines[index:after], CODE)
            return after, None
        self.leave(affiliated, FIGURE)
        if name == "VERSE":
            verse = "\\\\\n".join(line.text.strip() for line in inside if not line.blank)
            return after, Element("verse", number, objects(verse + "\n", number))
        children = tuple(self.elements(inside))
        return after, Element("quote" if name == "QUOTE" else "division", number, children=children)

    def drawer(
        self, lines: list[Line], index: int, end: int, name: str
    ) -> tuple[int, Element | None]:
        """A drawer: its contents read where `#+OPTIONS: d:` exports it (Org's default: every
        drawer but a LOGBOOK; never the properties), else left out."""
        if name == "PROPERTIES" or not drawer_exported(name, self.settings.options.get("d")):
            self.leave(lines[index : end + 1], METADATA)
            return end + 1, None
        self.warnings.append(
            f"an Org file's drawer :{name}: (line {lines[index].number}) read as text, as Org "
            "exports it; if it holds the writer's notes, delete them from the edition"
        )
        children = tuple(self.elements(lines[index + 1 : end]))
        return end + 1, Element("division", lines[index].number, children=children)

    def definition(self, lines: list[Line], index: int) -> tuple[int, None]:
        """A footnote's definition: its elements kept for the notes, wherever it stands."""
        found = DEFINITION.match(lines[index].text)
        label, number = found["label"], lines[index].number
        if label in self.definitions:
            raise SynopticError(
                self.path,
                number,
                f"an Org file whose footnote [fn:{label}] is defined twice (also at line "
                f"{self.definitions[label][0][0].number}): keep one definition, and ingest it "
                "again",
            )
        end = definition_end(lines, index)
        first = Line(number, " " * found.end() + lines[index].text[found.end() :])
        said = tuple(self.elements([first, *lines[index + 1 : end]]))
        self.definitions[label] = (lines[index:end], said)
        return end, None

    def plain_list(
        self, lines: list[Line], index: int, item: re.Match
    ) -> tuple[int, Element | None]:
        """A plain list: its items at one indentation, each up to a line indented no deeper
        than its bullet; two blank lines end the list."""
        at, ordered = indent(lines[index]), item["bullet"][0].isdigit()
        items: list[Element] = []
        while index < len(lines):
            found = ITEM.match(lines[index].text)
            if not found or indent(lines[index]) != at or lines[index].text.startswith("*"):
                break
            end, blanks = index + 1, 0
            while end < len(lines) and blanks < 2:
                if lines[end].blank:
                    blanks += 1
                elif indent(lines[end]) <= at:
                    break
                else:
                    blanks = 0
                end += 1
            items.append(self.item(lines[index], found, lines[index + 1 : end]))
            index = end
            if blanks == 2:
                break
            while index < len(lines) and lines[index].blank:
                index += 1
        return index, Element("list", items[0].line, children=tuple(items), ordered=ordered)

    def item(self, first: Line, found: re.Match, rest: list[Line]) -> Element:
        """A list's item: its counter taken off, its checkbox a sign, a description's term."""
        said = COUNTER.sub("", found["rest"] or "", count=1)
        sign = ""
        if box := CHECKBOX.match(said):
            sign, said = CHECKBOX_SIGNS[box["box"]] + " ", said[box.end() :]
        term: tuple[Object, ...] = ()
        if (described := DESCRIPTION.match(said)) and not found["bullet"][0].isdigit():
            term, said = objects(described["term"], first.number), said[described.end() :]
        column = indent(first) + len(found["bullet"]) + 1
        opening = [Line(first.number, " " * column + sign + said)] if said or sign else []
        children = self.elements(opening + rest)
        return Element("item", first.number, children=tuple(children), term=term)

    def paragraph(self, run: Run, index: int, affiliated: list[Line]) -> tuple[int, Element | None]:
        """A paragraph: its lines up to a blank line or another element's; one that is an image
        alone is left out with its caption."""
        lines, end = run.lines, index + 1
        while end < len(lines) and not lines[end].blank and not starts_element(run, end):
            end += 1
        # (its lines as Org's parser holds them, each to its end: `---` closing the paragraph is
        # a dash, as the exporter writes it)
        text = "".join(line.text.strip() + "\n" for line in lines[index:end])
        said = objects(text, lines[index].number)
        self.leave(affiliated, FIGURE)
        if any(each.kind == "image" for each in said) and all(
            each.kind == "image" or not each.words.strip() for each in said
        ):
            self.leave(lines[index:end], FIGURE)
            return end, None
        return end, Element("paragraph", lines[index].number, said)

    # - the page -

    def set_into(self, soup: BeautifulSoup, body: list[Element]) -> None:
        """Set the elements into the page `made_page` made, each at its line of the file, and
        the notes after them."""
        self.soup = soup
        # (pandoc writes a document's sections `**`, under no `*`)
        self.top = min((e.level for e in body if e.kind == "heading"), default=1)
        for element in body:
            soup.article.append(self.tag(element))
        self.notes_into(soup)
        refuse_deep_nesting(soup, self.path)

    def tag(self, element: Element) -> Tag:
        """The page's element for one of Org's, as ox-html makes it (the shallowest headings
        exported, `*` as a rule, an `<h2>`, a deeper heading one level under it; a verse's lines
        a quotation's, no line of it a heading)."""
        kind, line = element.kind, element.line
        if kind == "heading":
            name = "h2" if element.level == self.top else "h4"
        elif kind == "list":
            name = "ol" if element.ordered else "ul"
        else:
            name = TAG_NAMES.get(kind, "div")
        made = self.soup.new_tag(name, sourceline=line)
        words = made
        if kind == "verse":
            words = self.soup.new_tag("p", sourceline=line)
            made.append(words)
        self.inline_into(words, element.said)
        if element.term:
            self.inline_into(words, element.term)
            words.append(": ")
        for child in element.children:
            made.append(self.tag(child))
        return made

    def inline_into(self, tag: Tag, said: tuple[Object, ...]) -> None:
        """Org's objects set into an element as text (its calls to notes as the page's calls),
        what the page shows none of listed."""
        for each in said:
            if each.kind in ("text", "macro"):
                tag.append(each.words)
            elif each.kind == "emphasis":
                marked = self.soup.new_tag(EMPHASIS_TAGS[each.words])
                self.inline_into(marked, each.inner or ())
                tag.append(marked)
            elif each.kind == "code":
                marked = self.soup.new_tag("code")
                marked.append(each.words)
                tag.append(marked)
            elif each.kind == "break":
                tag.append(self.soup.new_tag("br"))
            elif each.kind == "call":
                tag.append(self.call(each))
            else:  # (an image, an export snippet)
                self.left.append(
                    (each.line, each.words, FIGURE if each.kind == "image" else SNIPPET)
                )
            if each.kind == "macro":
                self.warnings.append(
                    f"an Org file's macro {each.words!r} (line {each.line}) kept as typed: Org's "
                    "exporter would put its value there; write that into the edition"
                )

    def call(self, called: Object) -> Tag:
        """A call to a note, numbered in the order the text first calls it, as `<sup><a
        href="#fnN">N</a></sup>`; an inline note's words its definition."""
        label = called.words
        if called.inner is not None:
            label = label or f"(inline {len(self.numbers) + 1})"  # (an anonymous note's own)
            self.definitions.setdefault(label, ([], called.inner))
        self.calls.setdefault(label, called.line)
        number = self.numbers.setdefault(label, len(self.numbers) + 1)
        sup = self.soup.new_tag("sup")
        link = self.soup.new_tag("a", href=f"#fn{number}")
        link.append(str(number))
        sup.append(link)
        return sup

    def notes_into(self, soup: BeautifulSoup) -> None:
        """The notes, in their numbers' order, as a list of footnotes under a heading after the
        text, as ox-html sets them (its "Footnotes:", the edition's `Notes`); a note's own calls
        numbered as it is read."""
        listed = soup.new_tag("ol", attrs={"class": "footnotes"})
        done: set[str] = set()
        while waiting := [label for label in self.numbers if label not in done]:
            for label in waiting:
                done.add(label)
                if label not in self.definitions:
                    continue
                lines, said = self.definitions[label]
                line = lines[0].number if lines else self.calls[label]
                item = soup.new_tag("li", id=f"fn{self.numbers[label]}", sourceline=line)
                if lines:
                    for element in said:
                        item.append(self.tag(element))
                else:  # (an inline note: its words)
                    self.inline_into(item, said)
                listed.append(item)
        if listed.contents:
            heading = soup.new_tag("h2", sourceline=listed.contents[0].sourceline)
            heading.append(NOTES)
            soup.article.extend([heading, listed])

    def unanswered(self) -> list[str]:
        """The labels called that no definition answers."""
        return [label for label in self.numbers if label not in self.definitions]

    def note_warnings(self) -> list[str]:
        """Warnings of calls no definition answers, and of definitions nothing calls (left
        out, their lines listed)."""
        warnings = [
            f"an Org file's footnote [fn:{label}] (line {self.calls[label]}) has no definition "
            "(Org's exporter stops there): its note is written missing; add its text"
            for label in self.unanswered()
        ]
        for label, (lines, _) in self.definitions.items():
            if label not in self.numbers:
                self.leave(lines, UNCALLED)
                warnings.append(
                    f"an Org file's footnote definition [fn:{label}] (line {lines[0].number}) is "
                    "called by nothing, and left out as Org's exporter leaves it; if the text "
                    f"should call it, add [fn:{label}] where it belongs"
                )
        return warnings
