"""A journal article in JATS XML (the NISO standard, Z39.96: a publisher's system's article, as
PubMed Central, PLOS, eLife and others give it), read as the Markdown a converter would make
of it, so that the rules for a Markdown source read it (docs/editions.md, "A journal article in
JATS XML").

It is known by its root: an `<article>` holding a `<front>`, with JATS's DOCTYPE (`-//NLM//DTD
JATS …`, the older `-//NLM//DTD Journal …`), a `dtd-version`, or a namespace JATS uses (XLink,
MathML, ALI). It is parsed by expat (the standard library's XML parser) and never trusted:
no DTD is read (external or internal), a DOCTYPE that declares an entity (an entity bomb, an
external entity reaching for a file or an address) is refused before anything is expanded,
and an entity the JATS DTD would define (`&nbsp;`, `&mdash;`) is read as HTML names it.

What is read:

- front matter: the title (`<article-title>`, and its `<subtitle>` after a colon), the
  authors (each `<contrib contrib-type="author">`'s `<given-names>` then `<surname>`, in the
  order the article lists them; a `name-style="eastern"` name surname first; a `<string-name>`
  or a `<collab>` as written), the date (the first of the article's `<pub-date>`s an editor
  would give: its electronic publication, `epub` or `date-type="pub"` with
  `publication-format="electronic"`; then its print one; then the issue's, `collection`; the
  dates of its history, received and accepted, never), said in the report;
- the abstract (the first that is no graphical abstract nor a teaser, nor a translation) as
  the opening paragraphs, its own title (`Abstract`) left out;
- the body: each `<sec>`'s `<title>` as a heading (`##`, `###` under it), its `<label>` before
  it; `<p>` as paragraphs; a `<list>` as a list; a `<disp-quote>` as a quotation; a note's
  call (`<xref ref-type="fn">`, and a `<fn>` set where it is called) as `[^n]`; any other
  reference (`<xref ref-type="bibr">`, a citation) as its words; emphasis as its words;
- the back: the acknowledgements and appendices as the body's sections, the authors' bio
  (`<bio>`, in `<back>` or a contributor's) as the last paragraphs, and the notes
  (`<fn-group>`, under its title) as `[^n]: note`.

What is left out, each listed in the report with its line in the XML: the journal's
metadata, the article's ids, categories, running title, affiliations, author notes (the
correspondence and a note with no number that nothing calls, such as the competing
interests'), its other dates, volume and issue, permissions, keywords, funding and counts;
figures, tables and display formulas (their captions); the reference list (each reference);
a note nothing calls and that has no number.

Any other XML (an RSS or Atom feed, a TEI text, DocBook) is refused, with what to do; so is
an XHTML page opening with an XML declaration that is not read as one (xhtmlpage.py: in a
file not named as a page, or its `<html>` in no XHTML namespace; without the declaration, it
reads as a page saved as HTML), and a text that declares itself XML but is not well-formed,
with the parser's line.
"""

from __future__ import annotations

import html.entities
import re
from dataclasses import dataclass, field
from xml.parsers import expat

from .emit import escape_block_start, escape_closing_hashes
from .errors import SynopticError
from .htmlpage import INLINE_SYNTAX, clean_spaces
from .names import and_joined
from .yamlsource import yaml_string

#: A text that says it is XML: its declaration, or a JATS DOCTYPE, or an `<article>` at its
#: start (after a byte order mark and blank lines).
XML_START = re.compile(r"\ufeff?\s*<(?:\?xml\s|!DOCTYPE\s+article\b|article[\s>])")
DECLARED = re.compile(r"\ufeff?\s*<(?:\?xml\s|!DOCTYPE\s)")
#: JATS's DOCTYPE (and NLM's before it: the Journal Publishing and Archiving DTDs 2.x–3.0).
JATS_DOCTYPE = re.compile(r"JATS|//NLM//DTD\s+(?:Journal|Book)", re.I)
#: Namespaces a JATS article declares on its root: XLink, MathML, ALI, JATS's own.
JATS_NAMESPACES = (
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/1998/Math/MathML",
    "http://www.niso.org/schemas/ali/1.0/",
    "http://jats.nlm.nih.gov",
)
CALL = re.compile(r"\0(\d{1,3})\0")

FRONT_LEFT = "a journal article in JATS XML: its front's metadata, not the text's, line of the XML"
OWN_TITLE = (
    "a journal article in JATS XML: the own title of its abstract, of a bio or of a quotation "
    "(`Abstract`, `About the authors`), line of the XML"
)
UNCALLED_NOTE = (
    "a journal article in JATS XML: a note with no number that nothing calls (an author note, "
    "the competing interests', the funding's), not the text's, line of the XML"
)
FLOAT = (
    "a journal article in JATS XML: a figure, a table or a display formula (its caption), "
    "line of the XML"
)
REFERENCE = "a journal article in JATS XML: its reference list (a reference), line of the XML"
BACK_LEFT = (
    "a journal article in JATS XML: its back's apparatus (notes on the article, a glossary, "
    "another article inside it), line of the XML"
)
LABEL = "a journal article in JATS XML: a label standing alone, line of the XML"
CITATION_CALL = (
    "a journal article in JATS XML: a numbered citation's call in superscript (`sequencing³`), "
    "its reference list left out, line of the XML"
)
#: A numbered citation's call: its numbers, ranges and commas (`3`, `3,4`, `3–5`).
NUMBERED_CALL = re.compile(r"[\d\s,;–—\-]+")
#: The kinds of `<abstract>` that are not the one the text opens with: a graphical abstract, a
#: teaser, a table of contents' summary, a video's.
OTHER_ABSTRACTS = frozenset("graphical teaser toc web-summary video video-abstract".split())
#: Elements of HTML's, none of JATS's, in an `<article>` with no `<front>`: a page's fragment.
HTML_BLOCKS = frozenset("h1 h2 h3 h4 h5 h6 div section header footer ul ol blockquote".split())

#: Elements whose words are read as such inside a paragraph: everything else inline too, but
#: these are blocks of their own where they stand in a section.
FLOATS = frozenset(
    "fig fig-group table-wrap table-wrap-group disp-formula disp-formula-group graphic media "
    "supplementary-material chem-struct-wrap array code preformat".split()
)
SILENT = frozenset("inline-graphic alt-text long-desc object-id private-char".split())
#: A `<pub-date>`'s kind, as the editor prefers it: the article's electronic publication, its
#: print one, the issue's (JATS 1.0's `pub-type`; JATS 1.1 on, `date-type` and
#: `publication-format`).
DATE_PREFERENCE = (
    ("epub", ""),
    ("pub", "electronic"),
    ("epub-ppub", ""),
    ("ppub", ""),
    ("pub", "print"),
    ("pub", ""),
    ("collection", ""),
    ("ecollection", ""),
)
#: A TeX formula's math, out of the document a converter wraps it in (`\documentclass{article}
#: … \begin{document}$y=x^2$\end{document}`) and its delimiters (`$…$`, `\(…\)`).
TEX_DOCUMENT = re.compile(r"\\begin\{document\}(.*?)\\end\{document\}", re.S)
TEX_MATH = re.compile(r"^\$+(.*?)\$+$|^\\\((.*?)\\\)$", re.S)
ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")
MONTHS = "January February March April May June July August September October November December"


#: Elements nested deeper than this are refused: no article's markup nests so (a section in a
#: section, a list in a list item, emphasis in a link: twenty or thirty at most), and the
#: reader's walk over them stays well inside Python's stack.
MAX_DEPTH = 100
#: Superscript digits, as a note's label may be set (`<label>²</label>`): its number.
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: The prolog a DOCTYPE is set in where there is none (its XML declaration, if any), and one,
#: on no line of its own: the line numbers stay the file's.
PROLOG = re.compile(r"\ufeff?(?:\s*<\?xml\b[^>]*\?>)?")
DOCTYPE = re.compile(r"<!DOCTYPE\b", re.I)
BLANK = re.compile(r"[\s\ufeff]*")  # (a byte order mark first, as some tools write it)
NO_DTD = '<!DOCTYPE _ SYSTEM "about:none">'


class _Refused(Exception):
    """The XML asks for something never done with an untrusted file (an entity declared), at
    a line; or nests its elements deeper than any article does."""

    def __init__(self, message: str, line: int | None, advice: str) -> None:
        super().__init__(message)
        self.line = line
        self.advice = advice


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node | str] = field(default_factory=list)

    def find(self, *tags: str) -> Node | None:
        return next((child for child in self.elements() if child.tag in tags), None)

    def elements(self, *tags: str) -> list[Node]:
        return [
            child
            for child in self.children
            if isinstance(child, Node) and (not tags or child.tag in tags)
        ]

    def descendants(self, tag: str) -> list[Node]:
        """Its elements named `tag` at any depth, in the document's order."""
        return [node for node in self.walk() if node.tag == tag]

    def walk(self) -> list[Node]:
        """Its elements at any depth, in the document's order (a walk with a stack of its own,
        not Python's)."""
        found = []
        stack = list(reversed(self.elements()))
        while stack:
            child = stack.pop()
            found.append(child)
            stack += reversed(child.elements())
        return found


@dataclass(frozen=True)
class JatsArticle:
    text: str  # the article as Markdown, its front matter first (see the module)
    blocks: int  # the blocks read
    notes: int  # the notes read from its notes
    date: str  # which of its dates is the date (`epub`), and which others it gives
    #: what is left out: (line of the XML, text, why)
    left_out: tuple[tuple[int, str, str], ...] = ()
    #: its inline formulas, each read in one form: (line of the XML, how, the words read)
    formulas: tuple[tuple[int, str, str], ...] = ()


def parse(raw: str) -> tuple[Node, str]:
    """The document's root element, and its DOCTYPE's public and system ids; an entity
    declared in it is refused (`_Refused`), before anything is expanded. A text with no
    DOCTYPE is parsed as if it named an external DTD (never read), so that an entity the JATS
    DTD would define (`&nbsp;`) is read as HTML names it there too, not an error."""
    raw = raw.lstrip("\ufeff")
    prolog = PROLOG.match(raw)
    if not DOCTYPE.search(raw, 0, root_start(raw)):
        raw = raw[: prolog.end()] + NO_DTD + raw[prolog.end() :]
    parser = expat.ParserCreate()  # (no namespace processing: `mml:math` keeps its prefix)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)  # no DTD is read
    stack: list[Node] = [Node("", {}, 0)]
    doctype: list[str] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if len(stack) > MAX_DEPTH:
            raise _Refused(
                f"its elements nest more than {MAX_DEPTH} deep (<{tag}> in "
                f"<{stack[-1].tag}> in <{stack[-2].tag}> …), as no article's markup does",
                parser.CurrentLineNumber,
                "unnest them (a converter's runaway markup: an <italic> in an <italic>), or "
                "convert the article to text, Markdown or HTML first",
            )
        node = Node(tag, attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def characters(data: str) -> None:
        stack[-1].children.append(data)

    def declared(name: str, *rest: object) -> None:
        raise _Refused(
            f"its DOCTYPE declares an entity, `{name}`; entities are never expanded in a raw "
            "text (an entity bomb, a file or an address reached for)",
            parser.CurrentLineNumber,
            "remove the DOCTYPE's declarations (the lines between its `[` and `]`)",
        )

    def skipped(name: str, is_parameter: bool) -> None:
        # An entity its external DTD would define, which is never read: HTML's of that name.
        if is_parameter or name not in html.entities.name2codepoint:
            sign = "%" if is_parameter else "&"
            raise _Refused(
                f"it uses an entity its DTD would define, `{sign}{name};`, which is neither "
                "HTML's nor read from the DTD (a DTD is never read)",
                parser.CurrentLineNumber,
                f"replace `{sign}{name};` there with the character or the words it stands for",
            )
        stack[-1].children.append(chr(html.entities.name2codepoint[name]))

    def doctype_start(name: str, system: str | None, public: str | None, internal: bool) -> None:
        if system != "about:none":  # (the one parse sets where there is none)
            doctype.extend([public or "", system or ""])

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared
    parser.SkippedEntityHandler = skipped
    parser.StartDoctypeDeclHandler = doctype_start
    parser.ExternalEntityRefHandler = lambda *args: 0  # (never fetched: an error)
    parser.Parse(raw.lstrip("\ufeff"), True)
    roots = stack[0].elements()
    return roots[0], " ".join(doctype)


def parse_or_refuse(
    raw: str, path: str, kind: str = "an XML file", redo: str = ""
) -> tuple[Node, str] | None:
    """`parse`'s root and DOCTYPE, the XML's refusals said as errors at their line (an entity
    declared, elements nested too deep; a declared XML text that is not well-formed), of `kind`
    ("an Evernote export") and with what to do again (`redo`); None for a text that declares
    no XML and is none (wordpress.py's and evernote.py's too)."""
    try:
        return parse(raw)
    except _Refused as refused:
        raise SynopticError(
            path, refused.line, f"{kind} refused: {refused}: {refused.advice}"
        ) from None
    except expat.ExpatError as error:
        if not DECLARED.match(raw):
            return None
        message = f"{kind} that is not well-formed XML ({expat.ErrorString(error.code)})"
        raise SynopticError(path, error.lineno, f"{message}: {redo}" if redo else message) from None


def root_start(raw: str, at: int = 0) -> int:
    """Where the root element's start tag stands past `at`: after blank lines, comments,
    processing instructions and a DOCTYPE (its internal subset, `[…]`, included; xhtmlpage.py's
    too)."""
    while True:
        at = BLANK.match(raw, at).end()
        if raw.startswith("<!--", at):
            end = raw.find("-->", at + 4)
            at = len(raw) if end < 0 else end + 3
        elif raw.startswith("<?", at):
            end = raw.find("?>", at + 2)
            at = len(raw) if end < 0 else end + 2
        elif DOCTYPE.match(raw, at):
            subset = raw.find("[", at)
            close = raw.find(">", at)
            if 0 <= subset < close:  # (a `>` inside the subset is no end of the DOCTYPE)
                end = raw.find("]", subset)
                close = raw.find(">", end) if end >= 0 else -1
            at = len(raw) if close < 0 else close + 1
        else:
            return at


def with_subtitle(title: str, subtitle: str) -> str:
    """A title and its subtitle as one: after a colon, or after a space where the title ends
    in a stop or a colon (`Who Pays? A Ferry's Cost`); either alone where the other is none
    (xhtmlpage.py's too)."""
    if title and subtitle:
        return title + (" " if title[-1] in ".?!:" else ": ") + subtitle
    return title or subtitle


def is_jats(root: Node, doctype: str) -> bool:
    """A JATS article: `<article>` holding `<front>`, with JATS's DOCTYPE, its version, or a
    namespace it declares."""
    if root.tag != "article" or root.find("front") is None:
        return False
    namespaces = [value for key, value in root.attrs.items() if key.startswith("xmlns")]
    return (
        bool(JATS_DOCTYPE.search(doctype))
        or "dtd-version" in root.attrs
        or any(value.startswith(JATS_NAMESPACES) for value in namespaces)
    )


def jats_article(raw: str, path: str) -> JatsArticle | None:
    """The article's text, or None for a text that is no XML; any other XML is refused, and
    so is XML that is not well-formed or declares an entity."""
    if not XML_START.match(raw):
        return None
    parsed = parse_or_refuse(raw, path)
    if parsed is None:
        return None  # (a text opening `<article …` that is no XML: a page's fragment)
    root, doctype = parsed
    if root.tag.rsplit(":", 1)[-1] == "html":
        raise SynopticError(
            path,
            1,
            "an XHTML page whose XML declaration (`<?xml …?>`) stands before its doctype, read "
            "as a page only in a file named as one (.xhtml, .xht, .html, .htm) and with its "
            '<html> in XHTML\'s namespace (xmlns="http://www.w3.org/1999/xhtml"): name it '
            "so, or remove that line, and ingest it again, as a page saved as HTML",
        )
    if not is_jats(root, doctype):
        if _html_article(root, raw, path):
            return None  # (an HTML page's `<article>` in an .html file: read as a page)
        raise SynopticError(
            path,
            root.line,
            f"an XML file whose root is <{root.tag}>, not a journal article in JATS XML (an "
            "<article> holding a <front>, the one XML ingest reads): convert it to text, "
            "Markdown or HTML first",
        )
    try:
        return _Reader().article(root)
    except RecursionError:  # (MAX_DEPTH keeps the walk inside the stack: never, but no trace)
        raise SynopticError(
            path,
            root.line,
            "a journal article in JATS XML whose elements nest too deep to read: unnest them, "
            "or convert the article to text, Markdown or HTML first",
        ) from None


def _html_article(root: Node, raw: str, path: str) -> bool:
    """An HTML file (.html, .htm) holding an HTML `<article>` fragment, well-formed: no
    declaration, no namespace, no `<front>`, and an element of HTML's in it (`<h1>`, `<div>`)."""
    return (
        path.lower().endswith((".html", ".htm"))
        and root.tag == "article"
        and not DECLARED.match(raw)
        and not any(key.startswith("xmlns") for key in root.attrs)
        and root.find("front") is None
        and any(node.tag in HTML_BLOCKS for node in _walk(root))
    )


def unread_xml(raw: str) -> str:
    """For a text that opens as XML (`<article …`, no declaration) and is read as text, its tags
    as words, because it is no well-formed XML: the warning the report gives; else ""."""
    if not XML_START.match(raw) or DECLARED.match(raw):
        return ""
    try:
        parse(raw)
    except expat.ExpatError as error:
        return (
            f"the text opens as XML (`{raw.lstrip()[:9]}…`) but is no well-formed XML "
            f"({expat.ErrorString(error.code)}, line {error.lineno}): it is read as text, its "
            "tags as words; a journal article in JATS XML: fix the XML there and ingest it "
            "again; a page's fragment: save the whole page as HTML and ingest that"
        )
    except _Refused:
        pass
    return ""


class _Reader:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.where: list[int] = []
        self.left_out: list[tuple[int, str, str]] = []
        self.labels: dict[str, str] = {}  # a note's id: its number
        self.notes: list[tuple[int, str]] = []  # (line, `[^n]: note`)
        self.bios: list[Node] = []
        self.formulas: list[tuple[int, str, str]] = []

    def article(self, root: Node) -> JatsArticle:
        front = root.find("front") or Node("front", {}, root.line)
        meta = front.find("article-meta") or Node("article-meta", {}, front.line)
        back = root.find("back")
        body = root.find("body")
        self._number_notes(root)
        facts, which = self.front(front, meta)
        abstract = self._abstract(meta)
        if abstract is not None:
            self.abstract(abstract)
        if body is not None:
            self.blocks(body, 0)
        fn_groups: list[Node] = []
        for part in back.elements() if back is not None else []:
            if part.tag in ("ack", "app-group", "app", "sec"):
                self.section(part, 1) if part.tag != "app-group" else self.blocks(part, 0)
            elif part.tag == "bio":
                self.bios.append(part)
            elif part.tag == "fn-group":
                fn_groups.append(part)
            elif part.tag == "ref-list":
                self.references(part)
            elif part.tag not in ("label", "title"):
                self.leave(part, BACK_LEFT)
        for bio in self.bios:
            self.bio(bio)
        for part in fn_groups:
            self.fn_group(part)
        for sub in root.elements("sub-article", "response", "floats-group"):
            self.leave(sub, BACK_LEFT)
        head = ["---", *(f"{key}: {yaml_string(value)}" for key, value in facts.items()), "---"]
        notes = len(self.notes)
        for line, note in sorted(self.notes, key=lambda item: _label_order(item[1])):
            self.lines.append(note)
            self.where.append(line)
        text = "".join(f"{line}\n" for line in head) + "\n" + "\n\n".join(self.lines) + "\n"
        blocks = len(self.lines) - notes
        return JatsArticle(
            text, blocks, notes, which, tuple(sorted(self.left_out)), tuple(self.formulas)
        )

    # --- the front ----------------------------------------------------------------------------

    def front(self, front: Node, meta: Node) -> tuple[dict[str, str], str]:
        facts: dict[str, str] = {}
        for part in front.elements():
            if part.tag != "article-meta":
                self.leave(part, FRONT_LEFT)
        group = meta.find("title-group")
        if group is not None:
            title = self.words(group.find("article-title"))
            subtitle = self.words(group.find("subtitle"))
            if title or subtitle:
                facts["title"] = with_subtitle(title, subtitle)
            for part in group.elements():
                if part.tag not in ("article-title", "subtitle"):
                    self.leave(part, FRONT_LEFT)
        if authors := _authors(meta):
            facts["author"] = and_joined(authors)
        dates = _dates(meta)
        if dates:
            kind, date = dates[0]
            # (a month and year as words: the front matter reads `March 2026`, not `2026-03`)
            facts["date"] = date if len(date) == 10 else _spoken(date)
            others = "; ".join(f"{other} {_spoken(day)}" for other, day in dates[1:])
            which = f"its {kind} date, {_spoken(date)}" + (
                f" (besides it: {others})" if others else ""
            )
        else:
            which = "no date of publication"
        abstract = self._abstract(meta)
        for part in meta.elements():
            if part.tag == "title-group" or part is abstract:
                continue
            if part.tag == "contrib-group":
                for contrib in part.elements("contrib"):
                    self.bios += contrib.elements("bio")
            if part.tag == "author-notes":
                # (its notes each listed as such: the competing interests', a note on equal
                # contributions; none is the text's)
                for note in part.elements():
                    self.leave(note, UNCALLED_NOTE if note.tag == "fn" else FRONT_LEFT)
                continue
            self.leave(part, FRONT_LEFT)
        return facts, which

    @staticmethod
    def _abstract(meta: Node) -> Node | None:
        """The abstract the text opens with: no graphical abstract, teaser nor summary for a
        table of contents (and no translation, `<trans-abstract>`, another element)."""
        for abstract in meta.elements("abstract"):
            kind = abstract.attrs.get("abstract-type", "").lower()
            if kind not in OTHER_ABSTRACTS:
                return abstract
        return None

    def abstract(self, abstract: Node) -> None:
        """Its paragraphs, its own title and its sections' (`Abstract`, `Methods`) left out."""
        self.blocks(abstract, 0, headings=False)

    # --- the body -----------------------------------------------------------------------------

    def blocks(self, node: Node, depth: int, prefix: str = "", headings: bool = True) -> None:
        """An element holding blocks: its paragraphs, its sections, and runs of words between."""
        run: list[str] = []
        for child in node.children:
            if isinstance(child, str) or child.tag not in BLOCK_TAGS:
                run.append(child if isinstance(child, str) else self.inline(child))
                continue
            self.emit(run, prefix, node.line)
            run = []
            self.block(child, depth, prefix, headings)
        self.emit(run, prefix, node.line)

    def block(self, node: Node, depth: int, prefix: str, headings: bool) -> None:
        tag = node.tag
        if tag in ("sec", "app", "ack", "boxed-text"):
            if headings:
                # (a box's title a heading at its section's level, `##` under `<body>`)
                self.section(node, max(depth, 1) if tag == "boxed-text" else depth + 1)
            else:
                self.blocks(node, depth, prefix, headings)
        elif tag == "title" or tag == "label":
            if tag == "title" and headings and depth > 0:
                label = node.attrs.get("_label", "")
                words = self.words(node)
                if words:
                    level = "## " if depth <= 1 else "### "
                    self.emit([f"{label} {words}".strip()], prefix + level, node.line, True)
            else:
                self.leave(node, OWN_TITLE if not headings else LABEL)
        elif tag == "p":
            self.blocks(node, depth, prefix, headings)
        elif tag == "list":
            ordered = node.attrs.get("list-type", "") in ("order", "alpha-lower", "roman-lower")
            items = node.elements("list-item")
            start = len(self.lines)
            for number, item in enumerate(items, start=1):
                marker = f"{number}. " if ordered else "- "
                self.emit([self.inline(item)], prefix + marker, item.line)
            if len(self.lines) - start > 1:
                self.lines[start:] = ["\n".join(self.lines[start:])]
                del self.where[start + 1 :]
        elif tag in ("disp-quote", "verse-group"):
            self.blocks(node, depth, prefix + "> ", headings=False)
        elif tag in FLOATS:
            self.leave(node, FLOAT)
        elif tag == "fn-group":
            self.fn_group(node)
        elif tag == "ref-list":
            self.references(node)
        else:
            self.blocks(node, depth, prefix, headings)

    def section(self, node: Node, depth: int) -> None:
        label = node.find("label")
        title = node.find("title")
        if title is not None and label is not None:
            title.attrs["_label"] = self.words(label)
        elif label is not None:
            self.leave(label, FRONT_LEFT)
        for child in node.children:
            if isinstance(child, Node) and child.tag == "label":
                continue
            if isinstance(child, Node) and child.tag == "sec-meta":
                self.leave(child, FRONT_LEFT)
            elif isinstance(child, Node) and child.tag in BLOCK_TAGS:
                self.block(child, depth, "", True)
            elif isinstance(child, Node) or child.strip():
                self.emit([child if isinstance(child, str) else self.inline(child)], "", node.line)

    def bio(self, bio: Node) -> None:
        """Its paragraphs, its own title (`About the authors`) left out."""
        self.blocks(bio, 0, headings=False)

    def fn_group(self, group: Node) -> None:
        title = group.find("title")
        numbered = [fn for fn in group.elements("fn") if fn.attrs.get("id") in self.labels]
        if title is not None and numbered and (words := self.words(title)):
            self.emit([words], "## ", title.line, True)
        for fn in group.elements("fn"):
            self.note(fn)

    def note(self, fn: Node) -> None:
        label = self.labels.get(fn.attrs.get("id", "")) or _numbered(self.words(fn.find("label")))
        if label is None:
            self.leave(fn, UNCALLED_NOTE)
            return
        words = clean_spaces(
            " ".join(
                self.inline(child) if isinstance(child, Node) else child
                for child in fn.children
                if not (isinstance(child, Node) and child.tag == "label")
            )
        )
        self.notes.append((fn.line, f"[^{label}]: " + self.escaped(words)))

    def references(self, refs: Node) -> None:
        for part in refs.elements():
            self.leave(part, REFERENCE)

    # --- words --------------------------------------------------------------------------------

    def _number_notes(self, root: Node) -> None:
        """Each note's number: its label's where it is a number, else (a `*`, a `†`, none) the
        next after the highest, in the order the text calls them; a note that has no label
        and is called by none has no number (it is the article's, not the text's). The
        front's notes and calls (an author's, on a contributor) are none of the text's."""
        parts = root.elements("body", "back")
        calls = [
            xref.attrs.get("rid", "")
            for part in parts
            for xref in part.descendants("xref")
            if xref.attrs.get("ref-type") == "fn"
        ]
        fns = [fn for part in parts for fn in part.descendants("fn") if fn.attrs.get("id")]
        used: set[int] = set()
        for fn in fns:
            label = fn.find("label")
            if number := _numbered(self.words(label)):
                self.labels[fn.attrs["id"]] = number
                used.add(int(number))
        order = [rid for rids in calls for rid in rids.split()]
        known = {fn.attrs["id"] for fn in fns}
        for rid in dict.fromkeys(order):
            if rid in known and rid not in self.labels:
                number = max(used, default=0) + 1
                self.labels[rid] = str(number)
                used.add(number)

    def inline(self, node: Node) -> str:
        """A node's words: a note's call as a placeholder (its number), a break as a space."""
        if node.tag in SILENT:
            return ""
        if node.tag == "break":
            return " "
        if node.tag == "xref" and node.attrs.get("ref-type") == "fn":
            rids = [rid for rid in node.attrs.get("rid", "").split() if rid in self.labels]
            if rids:
                return "".join(f"\0{self.labels[rid]}\0" for rid in rids)
        if node.tag == "fn":
            label = self.labels.get(node.attrs.get("id", ""))
            if label is None:
                # (a note set where it is called, with no label: numbered at its place)
                label = str(max(map(int, self.labels.values()), default=0) + 1)
                self.labels[node.attrs.get("id", f"_{node.line}")] = label
                node.attrs["id"] = node.attrs.get("id", f"_{node.line}")
            self.note(node)
            return f"\0{label}\0"
        if node.tag in FLOATS:
            self.leave(node, FLOAT)
            return ""
        if node.tag == "inline-formula":
            return self.formula(node)
        if node.tag == "sup" and _numbered_call(node):
            # (a numbered citation's call glued to its word, `sequencing³`: its list goes)
            self.leave(node, CITATION_CALL)
            return ""
        words = "".join(
            child if isinstance(child, str) else self.inline(child) for child in node.children
        )
        return f" {words} " if node.tag in BLOCK_TAGS else words

    def formula(self, node: Node) -> str:
        """An inline formula in one of its forms (`<alternatives>` holds a TeX source, MathML
        and an image of it, each the same formula): its TeX's math, else its MathML's text,
        else `[formula]` (an image alone); the form read is said in the report."""
        tex = next(iter(node.descendants("tex-math")), None)
        maths = [child for child in _walk(node) if child.tag.rsplit(":", 1)[-1] == "math"]
        if tex is not None and (source := clean_spaces(all_words(tex))):
            inner = TEX_DOCUMENT.search(source)
            math = clean_spaces(inner[1]) if inner else source
            if delimited := TEX_MATH.match(math):
                math = clean_spaces(delimited[1] if delimited[1] is not None else delimited[2])
            how, words = "its TeX", math
        elif maths and (text := clean_spaces(all_words(maths[0]).replace(" ", ""))):
            how, words = "its MathML's text", text
        else:
            how, words = "no words of its own (an image)", "[formula]"
        self.formulas.append((node.line, how, words))
        return words

    def words(self, node: Node | None) -> str:
        return clean_spaces(CALL.sub("", self.inline(node))) if node is not None else ""

    @staticmethod
    def escaped(text: str) -> str:
        # (as a page saved as HTML escapes its text: htmlpage.INLINE_SYNTAX, and what opens a
        # block at the line's start, `# `, `> `, `- `, `1. ` with its stop escaped)
        escaped = escape_block_start(INLINE_SYNTAX.sub(r"\\\1", text))
        return CALL.sub(r"[^\1]", escaped)

    def emit(self, run: list[str], prefix: str, line: int, heading: bool = False) -> None:
        """A block's line; a heading's closing `#` the writer's, escaped (htmlpage's too)."""
        text = clean_spaces("".join(run))
        if text:
            escaped = self.escaped(text)
            self.lines.append(prefix + (escape_closing_hashes(escaped) if heading else escaped))
            self.where.append(line)

    def leave(self, node: Node, why: str) -> None:
        words = clean_spaces(all_words(node))
        if words:
            self.left_out.append((node.line, words, why))


BLOCK_TAGS = (
    frozenset(
        "sec app ack boxed-text title label p list disp-quote verse-group fn-group ref-list "
        "sec-meta".split()
    )
    | FLOATS
)


def _numbered_call(sup: Node) -> bool:
    """A superscript that holds numbered citations' calls alone (`<sup><xref ref-type="bibr">
    3</xref>,<xref …>4</xref></sup>`)."""
    calls = sup.elements()
    return (
        bool(calls)
        and all(call.tag == "xref" and call.attrs.get("ref-type") == "bibr" for call in calls)
        and bool(NUMBERED_CALL.fullmatch(clean_spaces(all_words(sup))))
    )


def _walk(node: Node) -> list[Node]:
    """Its elements at any depth, in the document's order."""
    found: list[Node] = []
    stack = list(reversed(node.elements()))
    while stack:
        child = stack.pop()
        found.append(child)
        stack += reversed(child.elements())
    return found


def all_words(node: Node) -> str:
    """Its text at any depth, each element's parted by a space (a walk with a stack of its
    own, not Python's)."""
    words: list[str] = []
    stack: list[Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            words.append(item)
        else:
            stack += reversed(_parted(item.children))
    return "".join(words)


def _parted(children: list[Node | str]) -> list[Node | str]:
    """The children with a space between each two, but between two texts: expat hands a run
    of text over in chunks, parted at each reference (`AT&amp;T&#39;s` as `AT`, `&`, `T`,
    `'`, `s`), and chunks that touch stay touching (they read `AT & T ' s`, review 43)."""
    parted = children[:1]
    for before, child in zip(children, children[1:]):
        touching = isinstance(before, str) and isinstance(child, str)
        parted += [child] if touching else [" ", child]
    return parted


def _numbered(label: str) -> str | None:
    """A note's label that is its number (`1`, `12`, a superscript `²`), as the edition
    writes it."""
    label = label.translate(SUPERSCRIPTS)
    return str(int(label)) if label.isdecimal() and len(label) <= 3 else None


def _label_order(note: str) -> int:
    return int(re.match(r"\[\^(\d+)\]", note)[1])


def _authors(meta: Node) -> list[str]:
    """The authors' names as a byline gives them, in the article's order."""
    contribs = [c for group in meta.elements("contrib-group") for c in group.elements("contrib")]
    typed = [c for c in contribs if c.attrs.get("contrib-type", "author") == "author"]
    names = []
    for contrib in typed:
        name = contrib.find("name") or contrib.find("name-alternatives")
        if name is not None and name.tag == "name-alternatives":
            name = name.find("name")
        if name is not None:
            given = clean_spaces(all_words(name.find("given-names") or Node("", {}, 0)))
            surname = clean_spaces(all_words(name.find("surname") or Node("", {}, 0)))
            suffix = clean_spaces(all_words(name.find("suffix") or Node("", {}, 0)))
            parts = (
                [surname, given] if name.attrs.get("name-style") == "eastern" else [given, surname]
            )
            if full := " ".join(part for part in parts + [suffix] if part):
                names.append(full)
        elif (other := contrib.find("string-name", "collab")) is not None:
            # (a collaboration's own name, not its members', `<contrib-group>` inside it)
            own = Node(
                other.tag,
                {},
                other.line,
                [
                    child
                    for child in other.children
                    if not (isinstance(child, Node) and child.tag in ("contrib-group", "xref"))
                ],
            )
            if words := clean_spaces(all_words(own)):
                names.append(words)
    return names


def _dates(meta: Node) -> list[tuple[str, str]]:
    """The article's dates of publication, as ISO dates (a month and year where it gives no
    day), the one an editor gives first: (its kind, the date)."""
    found: list[tuple[int, str, str]] = []
    for pub in meta.elements("pub-date"):
        kind = pub.attrs.get("pub-type") or pub.attrs.get("date-type") or "pub"
        form = pub.attrs.get("publication-format", "")
        rank = next(
            (
                index
                for index, (want, wanted_form) in enumerate(DATE_PREFERENCE)
                if want == kind and (wanted_form == form or not wanted_form)
            ),
            len(DATE_PREFERENCE),
        )
        if date := _iso(pub):
            name = f"{kind} ({form})" if form else kind
            found.append((rank, name, date))
    # (a date with a day before one with none, of the same preference)
    found.sort(key=lambda item: (item[0], -len(item[2])))
    return [(name, date) for _, name, date in found]


def _iso(pub: Node) -> str | None:
    if match := ISO_DATE.fullmatch(pub.attrs.get("iso-8601-date", "").strip()):
        year, month, day = match.groups()
        if 1 <= int(month) <= 12 and (not day or 1 <= int(day) <= 31):
            return f"{year}-{month}-{day}" if day else f"{year}-{month}"
    parts = {
        tag: clean_spaces(all_words(pub.find(tag) or Node("", {}, 0)))
        for tag in ("day", "month", "year")
    }
    if not parts["year"].isdecimal() or not parts["month"].isdecimal():
        return None
    month = int(parts["month"])
    if not 1 <= month <= 12:
        return None
    if parts["day"].isdecimal() and 1 <= int(parts["day"]) <= 31:
        return f"{int(parts['year']):04d}-{month:02d}-{int(parts['day']):02d}"
    return f"{int(parts['year']):04d}-{month:02d}"


def _spoken(date: str) -> str:
    """`2026-03-03` as `3 March 2026`."""
    parts = date.split("-")
    month = MONTHS.split()[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
