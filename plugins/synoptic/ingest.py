"""Ingest: turn raw extracted essay text (PDF or web page) into a Markdown edition.

The edition format is docs/editions.md. The work is a chain of small pure functions:

    lines → without page furniture and web debris (furniture.py) → superscript footnote
    markers bracketed (superscripts.py) → paragraphs of lines, joined (layout.py) → classify
    the blocks → take the front matter (metadata.py) → recognise the epigraph and the headings
    → emit Markdown (emit.py) → number the paragraphs (ids.py) → report what was found
    (ingest_report.py)

Every rule is about the shape of the text, never about a particular essay, and no rule drops a
word silently: a line removed as a running head, a page number or web debris is listed in the
report; what is not recognised stays in the body as a paragraph, for the reviewer to see. What
is not meant as Markdown is escaped, so the edition reads back as exactly the raw words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .appendix import appended_essay
from .authornote import about_heading_over_note, author_note_above_notes
from .backlinks import back_linked_notes, joined_back_linked_notes
from .bloggertakeout import BloggerTakeout, blogger_read_as, blogger_takeout
from .bookparts import book_parts, figures_and_pull_quotes
from .browserdump import Dump, browser_dump
from .chapterfront import ChapterFront, chapter_front
from .copyslug import COPY_SLUG, copy_slug
from .discourse import Topic, discourse_topic
from .docling import DoclingMarkdown, docling_markdown, docling_read_as
from .documentpage import DocumentPage, document_read_as
from .docx2pythontext import Docx2PythonText, docx2python_text
from .docxdocument import word_document
from .emit import front_matter, render_block
from .endmark import end_mark
from .epubbook import EpubBook, epub_book, epub_read_as
from .epubtext import EpubText, epub_text
from .errors import SynopticError
from .evernote import EvernoteNote, evernote_note, evernote_read_as
from .exhibits import flattened_tables
from .footnotes import foot_notes
from .furniture import (
    RUNNING_HEAD,
    Removed,
    closing_notice,
    contents_list,
    converter_header,
    headings_list,
    is_newsletter,
    is_web_page,
    masthead_facts,
    notice_facts,
    pictures,
    removed_lines,
    review_comments,
    rule_lines,
    site_of_title,
    skip_link_top,
    status_line,
    web_debris,
    without,
)
from .ghostexport import GhostExport, ghost_export, ghost_read_as
from .gutenberg import Etext, gutenberg_text
from .htmlpage import HtmlPage, front_said, html_page
from .ids import assign_ids, check_essay_id
from .ingest_report import Report, make_report, with_report
from .jats import XML_START, JatsArticle, jats_article, unread_xml
from .journalarticle import Article, journal_article
from .kindle import Clippings, kindle_clippings
from .layout import (
    BULLETS,
    CLOSING_QUOTES,
    INLINE_MARKER,
    LITERAL_BRACKET,
    OPENING_QUOTES,
    SOFT_HYPHEN,
    Hyphens,
    Layout,
    Line,
    drop_caps,
    ends_clause,
    group_lines,
    indent_of,
    is_all_caps,
    join_lines,
    ligatures,
    looks_like_heading,
    markdown_heading,
    markdown_lists,
    measure,
    normalise,
    numbered_lists,
    pipe_tables,
    unemphasised,
    without_marks,
    word_core,
)
from .layoutpages import LayoutPages, layout_pages
from .listnotes import ListNotes, list_notes
from .logseq import LogseqPage, logseq_page, logseq_read_as, logseq_warnings
from .mail import MailText, mail_facts, mail_text
from .manuscriptfront import manuscript_front
from .markdownsource import FRONT_READ, MARKDOWN_FRONT, MarkupSource, markdown_source
from .mediumexport import MediumExport, medium_export, medium_read_as
from .metadata import (
    DOCUMENT_HEAD,
    KICKER,
    REPEATED_TITLE,
    byline_names,
    finer_date,
    front_bylines,
    kicker_over_title,
    known_front,
    split_front,
    take_metadata,
    take_title,
    title_by_byline,
    title_ending_running_head,
    title_in_running_head,
)
from .mhtml import SavedPage, mhtml_page
from .mime import SavedMessage, saved_message
from .model import UNKNOWN
from .names import PARTICLES
from .nestedpage import NestedPage, nested_page
from .notebook import Notebook, jupyter_notebook, notebook_read_as, offered_front
from .notionpage import NotionPage, notion_page, notion_read_as
from .numbering import typed_numbering
from .obsidian import ObsidianNote, obsidian_note
from .odtdocument import odt_document
from .odttext import OdtText, odt_text
from .orgmode import OrgFile, org_file, org_read_as
from .pages import (
    cover_facts,
    headed_page_starts,
    lone_number_page_ends,
    numbered_page_ends,
    page_furniture,
    page_starts,
)
from .pdfiumtext import PdfiumText, pdfium_text, unjoined_warning
from .preprint import preprint_front
from .pymupdfmarkdown import PdfMarkdown, pymupdf_markdown
from .raisedmarkers import RaisedMarkers, raised_markers
from .readabilitysummary import bio_name, unstated_front
from .readerview import ReaderView, reader_view
from .rstsource import rst_source
from .rtfdocument import RtfDocument, rtf_document, rtf_read_as
from .sentences import first_sentence
from .slidedeck import Deck, slide_deck
from .sourcefile import read_raw_text, refuse_unread
from .splitbyline import split_byline
from .superscripts import superscript_notes
from .symbolnotes import symbol_notes
from .terminalpages import page_date, page_edges, terminal_pages
from .thread import Thread, thread
from .trafilatura import Extract, trafilatura_text
from .transcript import Transcript, transcript
from .twocolumns import TwoColumns, two_columns
from .webinserts import web_inserts
from .whatsapp import Chat, whatsapp_chat
from .wiki import WikiPage, wiki_page
from .wordfields import WordFields, word_fields
from .wordpress import WordPressExport, wordpress_export, wordpress_read_as
from .writertext import WriterText, writer_text
from .xhtmlpage import XhtmlPage, xhtml_page, xhtml_read_as

DASHES = "—–―-"

# --- patterns ---------------------------------------------------------------------------------

NOTE_START = re.compile(r"\[(\d{1,3})\]:?\s*")  # `[1] text`, `[1]: text`
AUTHORS_APART = re.compile(r",\s*|\s+and\s+|\s*&\s*")  # `Ann Lee, Bo Ma and Cy Ng`
SUMMARY_MAX = 300  # characters: a summary is a sentence, not the essay
NAME_MAX_WORDS = 5
ATTRIBUTION_MAX_WORDS = 14  # a name and its source after a comma (`— Ann Lee, Letters Home`)
EPIGRAPH_MAX_WORDS = 80
EPIGRAPH_WITHIN = 3  # an epigraph stands among the first blocks of the body


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "heading", "list", "note", "quote" or "epigraph"
    text: str  # one line of text, "[n]" markers still as in the raw; empty for a list
    line: int  # first raw line
    single_line: bool = True  # stood on one raw line: only such a block can be a heading
    items: tuple[str, ...] = ()  # list items
    bullets: tuple[tuple[int, str], ...] = ()  # each item's indent and bullet: its depth
    label: str = ""  # note label
    attribution: str = ""  # epigraph
    level: int = 2  # heading


@dataclass(frozen=True)
class Ingested:
    """An edition as made, and the report on it for the editor."""

    markdown: str  # the edition as it is kept: front matter and body, every paragraph numbered
    report: Report

    @property
    def edition(self) -> str:
        """The edition as written: the report as comment lines atop the front matter."""
        return with_report(self.markdown, self.report)


# --- items inside a paragraph's lines ---------------------------------------------------------


def _is_bullet(text: str) -> bool:
    return text.lstrip().startswith(tuple(BULLETS))


def _is_note_start(text: str) -> bool:
    return bool(NOTE_START.match(text.lstrip()))


def split_items(block: list[Line]) -> list[list[Line]]:
    """Split at each bullet line, and at each note line of a block of notes.

    A wrapped paragraph line may begin with an inline marker (`[3] and so on`), so `[n]` starts
    a new note only where the block itself starts with one, or with a heading line ("Notes")
    right above its first note, as a text with no blank line inside its list of notes has it.
    """
    in_notes = _is_note_start(block[0].text) or (
        len(block) > 1 and _is_note_start(block[1].text) and looks_like_heading(block[0].text)
    )
    groups: list[list[Line]] = []
    for index, line in enumerate(block):
        if index == 0 or _is_bullet(line.text) or (in_notes and _is_note_start(line.text)):
            groups.append([])
        groups[-1].append(line)
    return groups


# A line of a block quotation: `>` and a space at its start (`>` alone on a blank line of it;
# `>>`, a quotation inside it, read as the same quotation).
QUOTED_LINE = re.compile(r"^\s{0,3}(?:> ?)+(?=\S|$)")
# A quotation's attribution under it: a dash, then a name or a source of a few words.
# (as many words as `attribution` allows a name and its source)
ATTRIBUTION_LINE = re.compile(rf"[—–]\s*\S(?:\S*\s+){{0,{ATTRIBUTION_MAX_WORDS - 1}}}\S*")


# --- classifying blocks -----------------------------------------------------------------------


def classify(
    group: list[Line],
    hyphens: Hyphens | None = None,
    markdown: bool = False,
    escaped_starts: frozenset[int] = frozenset(),
    made: bool = False,
) -> Block:
    """A group of lines is a list item, a note definition, a `#` heading (in a Markdown source,
    `markdown`, a longer one too; in Markdown made of a page's markup, `made`, any), a block
    quotation or (for now) a paragraph; no heading nor quotation where a Markdown source
    escapes the line's opening `#` or `>` (`escaped_starts`)."""
    text = join_lines([line.text for line in group], hyphens)
    single = len(group) == 1
    headed = group[0].number not in escaped_starts
    if single and headed and (heading := markdown_heading(text, markdown, made)):
        # An edition's headings are of level 2 or 3: the title stands above them.
        level = min(max(heading[0], 2), 3)
        return Block("heading", unemphasised(heading[1]), group[0].number, level=level)
    if text[0] in BULLETS:
        item = text.lstrip(BULLETS).strip()
        bullet = (indent_of(group[0].text), text[0])
        return Block("list", "", group[0].number, single, items=(item,), bullets=(bullet,))
    if note := NOTE_START.match(text):
        return Block("note", text[note.end() :], group[0].number, single, label=note[1])
    # A quotation's attribution may stand under its `> ` lines, unquoted (`— Joseph Addison`).
    attributed = len(group) > 1 and bool(ATTRIBUTION_LINE.fullmatch(group[-1].text.strip()))
    quoted_lines = group[:-1] if attributed else group
    if (markdown or len(quoted_lines) > 1) and all(
        QUOTED_LINE.match(line.text) and line.number not in escaped_starts for line in quoted_lines
    ):
        # A block quotation: `> ` before each of its lines, in a Markdown source or, in any
        # text, over two lines or more (as an e-mail quotes); one line of a plain text that
        # opens with `>` may be its own character (`> 40 per cent`).
        quoted = join_lines([QUOTED_LINE.sub("", line.text) for line in quoted_lines], hyphens)
        if attributed:
            quoted += " " + group[-1].text.strip()
        return Block("quote", quoted, group[0].number, single)
    return Block("paragraph", text, group[0].number, single)


def top_headings(blocks: list[Block]) -> list[Block]:
    """The headings with the highest level the text uses set at 2, an edition's section
    level (a blog post's sections are `###` under its page's title)."""
    shift = min((block.level for block in blocks if block.kind == "heading"), default=2) - 2
    if shift <= 0:
        return blocks
    return [
        replace(block, level=block.level - shift) if block.kind == "heading" else block
        for block in blocks
    ]


def is_heading(block: Block) -> bool:
    return block.kind == "heading" or (
        block.kind == "paragraph" and block.single_line and looks_like_heading(block.text)
    )


# --- epigraph ---------------------------------------------------------------------------------


def attribution(text: str) -> str | None:
    """The name in an attribution line (`— Lord Palmerston`, `Lord Palmerston`), if it is one."""
    name = text.lstrip(DASHES + " ")
    words = name.split()
    if name != text:  # a leading dash says it outright, the name perhaps with its source
        who = name.split(", ", 1)[0].split()  # (`— Ann Lee, Letters Home (1931)`)
        sourced = len(who) <= NAME_MAX_WORDS and len(words) <= ATTRIBUTION_MAX_WORDS
        return name if who and sourced and _name_shaped(who) and not ends_clause(name) else None
    if not words or len(words) > NAME_MAX_WORDS or ends_clause(name):
        return None
    if is_all_caps(name) or not all(word_core(word)[:1].isupper() for word in words):
        return None
    return name


def _name_shaped(words: list[str]) -> bool:
    """Whether words are a name's or a source's (`Ann Lee`, `Ecclesiastes 3:1`, `Charles de
    Gaulle`): none in lower case but a name's particles (`Of course not`, a line of dialogue
    under a question, is none)."""
    return not any(word[:1].islower() and word not in PARTICLES for word in words)


def is_quotation(block: Block) -> bool:
    text = block.text
    return (
        block.kind == "paragraph"
        and len(text.split()) <= EPIGRAPH_MAX_WORDS
        and (text[0] in OPENING_QUOTES or text.rstrip()[-1] in CLOSING_QUOTES)
    )


def mark_epigraph(blocks: list[Block]) -> list[Block]:
    """A quotation near the top followed by a name line becomes the epigraph."""
    for index in range(min(EPIGRAPH_WITHIN, len(blocks) - 1)):
        quote, name_block = blocks[index], blocks[index + 1]
        name = attribution(name_block.text) if name_block.single_line else None
        if is_quotation(quote) and name and name_block.kind == "paragraph":
            epigraph = replace(quote, kind="epigraph", attribution=name)
            return blocks[:index] + [epigraph] + blocks[index + 2 :]
        if is_heading(quote):
            break
    return blocks


# --- lists, headings, notes -------------------------------------------------------------------


def mark_headings(blocks: list[Block], paragraphs: frozenset[float] = frozenset()) -> list[Block]:
    """The blocks that look like headings marked so, but those a reader knows are paragraphs
    (`paragraphs`, by their lines: a notebook's lead-ins to its code)."""
    return [
        replace(b, kind="heading") if is_heading(b) and b.line not in paragraphs else b
        for b in blocks
    ]


def merge_lists(blocks: list[Block]) -> list[Block]:
    """Consecutive list items make one list: one block, one id."""
    merged: list[Block] = []
    for block in blocks:
        if block.kind == "list" and merged and merged[-1].kind == "list":
            last = merged[-1]
            merged[-1] = replace(
                last, items=last.items + block.items, bullets=last.bullets + block.bullets
            )
        else:
            merged.append(block)
    return merged


def moved_to_the_end(blocks: list[Block], line: int | None) -> list[Block]:
    """The blocks with the one that starts on raw line `line` (a preprint's biography of its
    author, a note on its title page) last of the body: above the notes and their heading."""
    moving = [block for block in blocks if block.line == line]
    rest = [block for block in blocks if block.line != line]
    at = next((i for i, block in enumerate(rest) if block.kind == "note"), len(rest))
    if 0 < at < len(rest) and rest[at - 1].kind == "heading":
        at -= 1
    return rest[:at] + moving + rest[at:]


def _referenced(blocks: list[Block]) -> list[str]:
    """Labels of the markers, each once, in reading order."""
    texts = [text for block in blocks for text in (block.text, *block.items)]
    labels = [m[1] for text in texts for m in INLINE_MARKER.finditer(text)]
    return list(dict.fromkeys(labels))


def add_missing_notes(blocks: list[Block], path: str) -> list[Block]:
    """Every marker keeps its reference; a note the source lacks is written as missing."""
    defined: dict[str, int] = {}
    for block in blocks:
        if block.kind != "note":
            continue
        if block.label in defined:
            first = defined[block.label]
            message = f"note [{block.label}] is given twice (also at line {first}); keep one"
            raise SynopticError(path, block.line, message)
        defined[block.label] = block.line
    missing = [label for label in _referenced(blocks) if label not in defined]
    return blocks + [Block("note", "", blocks[-1].line, label=label) for label in missing]


def unanswered_calls(blocks: list[Block]) -> list[tuple[str, int]]:
    """The `[n]` no note of the text answers, each (its label, its block's line), in order."""
    defined = note_labels(blocks)
    return [
        (found[1], block.line)
        for block in blocks
        for text in (block.text, *block.items)
        for found in INLINE_MARKER.finditer(text)
        if found[1] not in defined
    ]


def unanswered_as_words(blocks: list[Block]) -> list[Block]:
    """A made text's `[n]` that no note answers, typed in its page's words (`a[b[0]]`, `See
    [1] and [2]` over a list of steps), kept as its words, their brackets marked
    (`LITERAL_BRACKET`), not calls to notes written missing. Only for a page that marks no
    call itself, whose typed `[n]` may be the writer's calls (Notion's, Medium's, a Google
    Docs page's: their notes read by the later rules); a page that marks its calls has its
    `[n]` marked already (markdownsource.literal_brackets). Review 39, finding 14."""
    defined = note_labels(blocks)
    return [
        replace(
            block,
            text=_as_words(block.text, defined),
            items=tuple(_as_words(item, defined) for item in block.items),
        )
        for block in blocks
    ]


def note_labels(blocks: list[Block]) -> set[str]:
    """The labels of the text's notes."""
    return {block.label for block in blocks if block.kind == "note"}


def _as_words(text: str, defined: set[str]) -> str:
    """The text with each `[n]` no note answers (not in `defined`) marked as its words."""
    return INLINE_MARKER.sub(
        lambda found: found[0] if found[1] in defined else found[0].replace("[", LITERAL_BRACKET),
        text,
    )


def unanswered_warning(unanswered: list[tuple[str, int]]) -> tuple[str, ...]:
    """The report's warning of a made text's `[n]` kept as its words (`unanswered_as_words`),
    naming each with its line; none where there is none."""
    if not unanswered:
        return ()
    named = "; ".join(f"'[{label}]' (line {line})" for label, line in unanswered)
    return (
        f"a number in brackets in the page's text that no note of the page answers, kept as "
        f"its words, no call: {named}; if it calls a note, give the page the note (a list of "
        "notes under a Notes heading) and ingest it again",
    )


def summary_of(blocks: list[Block]) -> str:
    """The first sentence of the first paragraph that has one: the text's words, not ours."""
    for block in blocks:
        if block.kind != "paragraph":
            continue
        if sentence := first_sentence(INLINE_MARKER.sub("", block.text)):
            return shorten(sentence, SUMMARY_MAX)
    return UNKNOWN


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut after a whole word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


# --- the whole ------------------------------------------------------------------------------


# A LaTeX document's preamble or body: its markup is no extraction's text.
LATEX = re.compile(r"\\(?:documentclass|begin\{document\})\b")


def refuse_typesetting_source(raw: str, raw_path: str) -> None:
    """A LaTeX source (its first line that is no comment opens with `\\documentclass` or
    `\\begin{document}`) is refused with the command that makes a text ingest reads: its
    commands (`\\section{…}`, `\\footnote{…}`, `~`, `%` comments) are no extraction's. A
    text that quotes LaTeX further down is no LaTeX source."""
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip() or line.startswith("%"):
            continue  # a LaTeX file may open with comments (`% !TEX program = …`)
        if LATEX.match(line):
            raise SynopticError(
                raw_path,
                number,
                "a LaTeX source, not a text extracted from a PDF or a web page: convert it "
                "first, `pandoc -s -f latex -t markdown-smart FILE.tex -o FILE.md` (its title, "
                "author, date, abstract, headings, footnotes and emphasis kept, its dashes and "
                "quotes as characters), and ingest FILE.md",
            )
        return


@dataclass(frozen=True)
class Shapes:
    """What the readers of a whole text's shape found, each reading the lines the one before
    left: (a page saved as HTML, or a journal article in JATS XML, read as Markdown first) a
    saved message, a slide deck's speaker notes, mail, an Obsidian note, a Project
    Gutenberg e-book, a Word document's fields as catdoc prints them, a Kindle's clippings, a
    Discourse topic's raw page, a WhatsApp chat's export, a web page's text as trafilatura
    prints it, a markup source, a browser's dump, a reader view's copy, a talk's transcript, a
    wiki's page, a thread of posts, a journal article's template, a document's review comments,
    a word processor's text, a PDF's text by pdfium."""

    text: str  # the raw text, or a saved message's plain text, decoded, or a page's text
    where: str  # the file, as an error names it
    message: SavedMessage | None
    page: HtmlPage | None
    mhtml: SavedPage | None  # a page saved as MHTML: its HTML part, read as `page`
    jats: JatsArticle | None  # a journal article in JATS XML, read as Markdown
    mail: MailText
    logseq: LogseqPage  # a page of a Logseq graph, read as Markdown
    note: ObsidianNote
    etext: Etext
    fields: WordFields
    source: MarkupSource
    dump: Dump  # its lines: what every reader left; its removed: the readers' from it on
    reader: ReaderView
    talk: Transcript
    wiki: WikiPage
    posts: Thread
    topic: Topic
    clips: Clippings
    article: Article
    extract: Extract
    nested: NestedPage
    chat: Chat
    writer: WriterText
    listed: ListNotes
    odt: OdtText
    docx: Docx2PythonText
    docling: DoclingMarkdown
    pdfmd: PdfMarkdown
    epub: EpubText
    deck: Deck
    raised: RaisedMarkers
    laid: LayoutPages
    chapter: ChapterFront
    pdfium: PdfiumText
    columns: TwoColumns
    unread_xml: str = ""  # a text opening as XML that is none, read as text: the warning
    # What the reader of the file's kind read (`PAGE_KINDS`: one of these, or none):
    xhtml: XhtmlPage | None = None  # an XHTML document (an EPUB's chapter), read as a page
    notion: NotionPage | None = None  # a page exported from Notion, read as a page
    medium: MediumExport | None = None  # a post from Medium's data export, read as a page
    enex: EvernoteNote | None = None  # a note exported from Evernote, its content read as a page
    wxr: WordPressExport | None = None  # a WordPress export file: its post, read as a page
    blogger: BloggerTakeout | None = None  # a Blogger feed from Google Takeout: its live post
    ghost: GhostExport | None = None  # a Ghost site's content export: its post, read as a page
    rtf: RtfDocument | None = None  # an RTF document, read as the page its word processor shows
    org: OrgFile | None = None  # an Emacs Org-mode file, read as the page Org's exporter makes
    book: EpubBook | None = None  # an EPUB e-book: its spine's documents read as one page
    word: DocumentPage | None = None  # a Word document (.docx), read as the page Word shows
    #: an OpenDocument text (.odt), read as the page its word processor shows
    opendocument: DocumentPage | None = None
    #: a Jupyter notebook: its Markdown cells read as a Markdown source, numbered as its lines
    notebook: Notebook | None = None
    #: the text read is Markdown this program made of the file's markup (a page's, an
    #: article's, an HTML message's): its layout and its syntax are no shape of the file's
    made: bool = False


@dataclass(frozen=True)
class PageKind:
    """A kind of file its own reader reads as a page (`read_shapes`): the `Shapes` field that
    holds what the reader read (its `page`, the page), the reader ((the text, its path) → what
    it read, or None for a file of another kind; with `reads_bytes`, a message's bytes too),
    and what an error's line counts in."""

    field: str
    reader: Callable[..., Any]
    text_from: str
    read_as: Callable[[Any], str] | None = None  # what it read, said for the report's shapes
    reads_bytes: bool = False
    #: its reader writes the page's head itself (`htmlpage.made_page`): the lines the front is
    #: read at are none of the file's, and its own line in the report says where it came from
    writes_head: bool = False
    #: its reader reads the document's headings (its styles, outline levels, bold lines): no
    #: short line of its body is taken for one by its shape ("Signed Ann Lee", review 44)
    reads_headings: bool = False


#: A page saved as MHTML: its HTML part, decoded; the one reader of a message's bytes (a
#: document's zip has its own: `BYTES_KINDS`).
MHTML = PageKind(
    "mhtml", mhtml_page, "the page's text, read from its HTML part, decoded", reads_bytes=True
)
#: The kinds of file read as a page by a reader of their own, tried in this order (the first
#: that reads a file wins), before a page saved as HTML: Notion's and Medium's exports are
#: pages of their own making; an XHTML chapter, a WordPress export, a Blogger feed and an
#: Evernote note are XML whose HTML a page's reader reads, before any other XML (JATS, or
#: refused: `jats_article`); a Ghost export is JSON whose post's HTML a page's reader reads
#: (any other JSON refused there); an RTF document is known by its opening `{\rtf`, no other
#: kind's; an Org file is text in Org's syntax, known by its name or its first line, made into
#: the page Org's HTML exporter would make of it; an EPUB is a zip, whose bytes alone are given
#: (sourcefile's `ZIP_DOCUMENTS`), its spine's XHTML read as one page; a Word document and an
#: OpenDocument text are zips too, read from their bytes, each known by its parts.
PAGE_KINDS = (
    PageKind("notion", notion_page, "the page's text, read from its HTML", notion_read_as),
    PageKind("medium", medium_export, "the page's text, read from its HTML", medium_read_as),
    PageKind("xhtml", xhtml_page, "the page's text, read from its XHTML as HTML", xhtml_read_as),
    PageKind(
        "wxr",
        wordpress_export,
        "the post's text, read from its WordPress export's HTML",
        wordpress_read_as,
        writes_head=True,
    ),
    PageKind(
        "blogger",
        blogger_takeout,
        "the post's text, read from its Blogger feed's HTML",
        blogger_read_as,
        writes_head=True,
    ),
    PageKind(
        "ghost",
        ghost_export,
        "the post's text, read from its Ghost export's html",
        ghost_read_as,
        writes_head=True,
    ),
    MHTML,
    PageKind(
        "enex",
        evernote_note,
        "the note's text, read from its content, ENML, as HTML",
        evernote_read_as,
    ),
    PageKind(
        "rtf",
        rtf_document,
        "the document's text, read from its RTF",
        rtf_read_as,
        writes_head=True,
        reads_headings=True,
    ),
    PageKind(
        "org",
        org_file,
        "the essay's text, read from its Org markup as Org's HTML exporter reads it",
        org_read_as,
        writes_head=True,
    ),
    PageKind(
        "book",
        epub_book,
        "the book's text, read from its spine's XHTML documents as one page",
        epub_read_as,
        reads_bytes=True,
        writes_head=True,
    ),
    PageKind(
        "word",
        word_document,
        "the document's text, read from its WordprocessingML",
        document_read_as,
        reads_bytes=True,
        writes_head=True,
        reads_headings=True,
    ),
    PageKind(
        "opendocument",
        odt_document,
        "the document's text, read from its content.xml",
        document_read_as,
        reads_bytes=True,
        writes_head=True,
        reads_headings=True,
    ),
)
#: The kinds read from a file's bytes (a saved page's that are no UTF-8, a zip document's).
BYTES_KINDS = tuple(kind for kind in PAGE_KINDS if kind.reads_bytes)


def read_shapes(raw: str, raw_path: str, data: bytes | None = None) -> Shapes:
    """Every reader of a whole text's shape, in turn (see `Shapes`); `data`, a MIME message's
    bytes where they are no UTF-8 (`SourceText.data`), for an MHTML's parts, or a zip
    document's (an EPUB's), for its reader."""
    # (a notebook first: JSON, whose Markdown cells are the writer's own, no page's or
    # message's; any other JSON is refused by the Ghost export's reader)
    notebook = jupyter_notebook(raw, raw_path) if data is None else None
    kinds = () if notebook else PAGE_KINDS if data is None else BYTES_KINDS
    kind, read = next(
        ((kind, read) for kind in kinds if (read := read_kind(kind, raw, raw_path, data))),
        (None, None),
    )
    if data is not None and read is None:
        refuse_unread(raw_path, data)  # (a message that is no saved page, a zip no document)
    markup = data is None and not notebook  # (a text that may be a page, XML or a message)
    page = read.page if read else html_page(raw, path=raw_path) if markup else None
    jats = None if page or not markup else jats_article(raw, raw_path)  # (other XML refused)
    if markup and not page and not jats and raw_path.lower().endswith((".html", ".htm")):
        # (an .html file holding an HTML `<article>` fragment alone: read as a page)
        wrapped = f"<html><body>{raw}</body></html>"
        page = html_page(wrapped, path=raw_path) if XML_START.match(raw) else None
    message = None if page or jats or not markup else saved_message(raw, raw_path)
    # (a text opening as XML, `<article …`, that is none: read as text, and the report says so)
    unread = "" if page or jats or message or not markup else unread_xml(raw)
    # (its plain text, decoded, under the headers that say who, when and what; an error's line
    # is that text's, and says so; a page's, the text read from its HTML; an article's, from
    # its XML)
    where = (
        f"{raw_path} ({kind.text_from})"
        if kind
        else f"{raw_path} (its Markdown cells' text, read as Markdown)"
        if notebook
        else f"{raw_path} (the page's text, read from its HTML)"
        if page
        else f"{raw_path} (the article's text, read from its JATS XML)"
        if jats
        else f"{raw_path} (the message's plain text, decoded)"
        if message
        else raw_path
    )
    text = (
        notebook.text
        if notebook
        else page.text
        if page
        else jats.text
        if jats
        else message.text
        if message
        else raw
    )
    pdfium = pdfium_text(text)  # (a PDF's text by pdfium: its broken lines set again)
    if pdfium.found:
        where = f"{raw_path} (pdfium's text, its words broken at U+FFFE set on their lines again)"
    text = pdfium.text  # (and any text without its noncharacters)
    columns = two_columns(text)  # (`pdftotext -layout`'s two columns side by side, read apart)
    if columns.found:
        where = f"{raw_path} (its pages' two columns read one after the other)"
    text = columns.text
    # (first: it reads the vertical tabs of every text; a notebook's lines, the file's)
    deck = slide_deck(notebook.lines if notebook else normalise(text))
    mail = mail_text(deck.lines)
    # (a Logseq page's outline read as Markdown first: its `[[links]]` are no Obsidian note's)
    logseq = logseq_page(mail.lines)
    note = obsidian_note(logseq.lines)
    epub = epub_text(note.lines)
    etext = gutenberg_text(epub.lines)
    fields = word_fields(etext.lines)
    clips = kindle_clippings(fields.lines)
    topic = discourse_topic(clips.lines)
    chat = whatsapp_chat(topic.lines)
    extract = trafilatura_text(chat.lines)
    nested = nested_page(extract.lines)
    writer = writer_text(nested.lines)
    listed = list_notes(writer.lines)
    odt = odt_text(listed.lines)
    docx = docx2python_text(odt.lines)
    docling = docling_markdown(docx.lines)  # (a PDF's Markdown by Docling: its notes read)
    pdfmd = pymupdf_markdown(docling.lines)  # (a PDF's Markdown: its pages' furniture gone first)
    made = bool(page or jats or (message and message.part == "HTML"))
    # (a made text's `[0]` escaped in the page's words is no call where the page marks its
    # own: markdownsource.literal_brackets)
    source = rst_source(pdfmd.lines) or markdown_source(
        pdfmd.lines, known=logseq.found or bool(notebook), made=made
    )
    source = without_made_front(source) if made else source
    dump = browser_dump(source.lines)
    reader = reader_view(dump.lines)
    talk = transcript(reader.lines)
    wiki = wiki_page(talk.lines)
    posts = thread(wiki.lines)
    article = journal_article(posts.lines)
    commented, comments = review_comments(article.lines)
    commented, typed_front = manuscript_front(commented)
    laid = layout_pages(commented)  # (a book's pages by pypdf's layout mode: heads, feet, front)
    chapter = chapter_front(laid.lines)
    raised = raised_markers(chapter.lines)  # (before page numbers: a lone `1` is no page's)
    commented = raised.lines
    outside = [Removed(*left_out) for left_out in (page or jats).left_out] if page or jats else []
    outside += notebook.removed if notebook else ()
    dump = replace(
        dump,
        lines=commented,
        removed=outside
        + deck.removed
        + logseq.removed
        + epub.removed
        + clips.removed
        + topic.removed
        + chat.removed
        + extract.removed
        + nested.removed
        + writer.removed
        + docx.removed
        + docling.removed
        + pdfmd.removed
        + dump.removed
        + reader.removed
        + talk.removed
        + wiki.removed
        + posts.removed
        + article.removed
        + comments
        + typed_front
        + laid.removed
        + chapter.removed
        + raised.removed,
    )
    return Shapes(
        text=text,
        where=where,
        message=message,
        page=page,
        **{each.field: read if each is kind else None for each in PAGE_KINDS},
        jats=jats,
        mail=mail,
        logseq=logseq,
        note=note,
        etext=etext,
        fields=fields,
        source=source,
        dump=dump,
        reader=reader,
        talk=talk,
        wiki=wiki,
        posts=posts,
        topic=topic,
        clips=clips,
        article=article,
        extract=extract,
        nested=nested,
        chat=chat,
        writer=writer,
        listed=listed,
        odt=odt,
        docx=docx,
        docling=docling,
        pdfmd=pdfmd,
        epub=epub,
        deck=deck,
        raised=raised,
        laid=laid,
        chapter=chapter,
        pdfium=pdfium,
        columns=columns,
        unread_xml=unread,
        notebook=notebook,
        made=made,
    )


def read_kind(kind: PageKind, raw: str, path: str, data: bytes | None) -> Any:
    """What the kind's reader reads of the file, or None (see `PageKind`)."""
    return kind.reader(raw, path, data) if kind.reads_bytes else kind.reader(raw, path)


def without_made_front(source: MarkupSource) -> MarkupSource:
    """The Markdown a reader made of a file's markup, without the report's lines of the front
    matter it wrote over it: no lines of the file's (line 2 of a WordPress export is its
    `<rss>` tag, review 39); the reader's own line says where the front was read."""
    made = (MARKDOWN_FRONT, FRONT_READ)
    return replace(source, removed=[item for item in source.removed if item.rule not in made])


def read_as(shapes: Shapes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the later readers of a whole text's shape read, for the report, and their warnings."""
    found: list[str] = []
    if shapes.page and shapes.page.summary:
        found.append(shapes.page.summary)
    if shapes.page and shapes.page.saved_by:
        found.append(shapes.page.saved_by)  # (SingleFile's: its saved date, not the essay's)
    if shapes.jats:
        jats = shapes.jats
        notes = f", {jats.notes} note{'s' * (jats.notes != 1)} from its notes" if jats.notes else ""
        found.append(
            f"a journal article in JATS XML: read as Markdown made of its elements, "
            f"{jats.blocks} blocks{notes}; the date {jats.date}; its front's metadata, "
            "figures, tables and reference list left out, each listed (line numbers are that "
            "Markdown's, a block a line between blank lines, but where they say the XML's)"
            + (
                "; its inline formulas each read in one form: "
                + "; ".join(f"{words!r} ({how}, line {line})" for line, how, words in jats.formulas)
                if jats.formulas
                else ""
            )
        )
    found += [
        kind.read_as(read)
        for kind in PAGE_KINDS
        if kind.read_as and (read := getattr(shapes, kind.field))
    ]
    if shapes.logseq.found:
        found.append(logseq_read_as(shapes.logseq))
    if shapes.notebook:
        found.append(notebook_read_as(shapes.notebook))
    if shapes.extract.found:
        notes = f", {shapes.extract.notes} notes from its list" if shapes.extract.notes else ""
        found.append(f"a page's text by trafilatura --with-metadata: its header read{notes}")
    if shapes.nested.depth:
        back = (
            f", the way back `↑` taken off {shapes.nested.ways_back} notes"
            if shapes.nested.ways_back
            else ""
        )
        found.append(
            f"a web page's text by inscriptis: its article read from the lines indented as its "
            f"paragraphs ({shapes.nested.depth} spaces), the page around it gone{back}"
        )
    if shapes.chat.speaker:
        kept, messages = shapes.chat.messages
        found.append(
            f"a WhatsApp chat's export: {kept} of its {messages} messages read, "
            f"{shapes.chat.speaker}'s, without their dates, times and names"
        )
    if shapes.epub.removed:
        notes = f", {shapes.epub.notes} notes from its chapters' ends" if shapes.epub.notes else ""
        found.append(f"an e-book by pandoc as epub2txt prints it: its title page read{notes}")
    if shapes.writer.notes:
        markers = "the digits glued after a stop" if shapes.writer.glued else "its [n] markers"
        found.append(
            f"a word processor's document saved as text: {shapes.writer.notes} notes read "
            f"from its numbered list, their markers from {markers}"
        )
    if shapes.listed.notes:
        found.append(
            f"a word processor's text: {shapes.listed.notes} notes read from the lines under "
            "its notes' heading, numbered by the digits glued after the body's stops"
        )
    if shapes.chapter.author:
        found.append(
            f"a book chapter's opening page: its author's name in capitals read as its byline "
            f"({shapes.chapter.author})"
        )
    if shapes.laid.pages:
        found.append(shapes.laid.said())
    if shapes.raised.markers:
        found.append(
            f"a PDF's note markers on lines of their own above their lines: "
            f"{shapes.raised.markers} set after the first stop of the line below, where the "
            "text cannot show their place (check them against the source)"
        )
    if shapes.pdfium.found:
        joined = (
            f", {shapes.pdfium.joined} lines its raised note numbers broke joined again"
            if shapes.pdfium.joined
            else ""
        )
        found.append(
            f"a PDF's text by pdfium: {shapes.pdfium.hyphens} words broken at a line's end "
            f"(U+FFFE, the line break gone) set on their lines again{joined} (this report's "
            "line numbers are those of the text so restored, not the raw file's: a line "
            "broken again adds one, a line joined again takes one away)"
        )
    if shapes.columns.found:
        notes = (
            f", {shapes.columns.notes} notes at their columns' feet set at their pages' feet"
            if shapes.columns.notes
            else ""
        )
        found.append(
            f"a PDF's text by pdftotext -layout, its pages set in two columns side by side: "
            f"{shapes.columns.pages} pages read column by column, left then right{notes} (this "
            "report's line numbers are the raw file's: a line of a column, the line whose half "
            "it is)"
        )
    if shapes.deck.slides:
        found.append(
            f"a slide deck by markitdown: the talk read from the speaker notes of "
            f"{shapes.deck.spoken} of its {shapes.deck.slides} slides"
        )
    if shapes.odt.notes:
        found.append(
            f"an OpenDocument text by odt2txt: {shapes.odt.notes} notes read from inside their "
            "paragraphs, each paragraph joined again"
        )
    if shapes.docx.notes:
        found.append(
            f"a Word document by docx2python: {shapes.docx.notes} notes read from its "
            "placeholders (`----footnote1----`, `footnote1)`)"
        )
    if shapes.docling.found:
        found.append(docling_read_as(shapes.docling))
    if shapes.pdfmd.found:
        notes = (
            f", {shapes.pdfmd.notes} notes read from its pages' feet (`> 1 …` as `[^1]: …`, "
            f"lines {', '.join(map(str, shapes.pdfmd.noted))}; their `<sup>` calls as `[^n]`, "
            f"lines {', '.join(map(str, shapes.pdfmd.called))})"
            if shapes.pdfmd.notes
            else ""
        )
        pages = f", {shapes.pdfmd.pages} page numbers gone" if shapes.pdfmd.pages else ""
        found.append(f"a PDF's Markdown by pymupdf4llm{pages}{notes}")
    warnings = (
        shapes.epub.warnings
        + shapes.docling.warnings
        + shapes.pdfmd.warnings
        + shapes.extract.warnings
        + shapes.chat.warnings
    )
    warnings += shapes.docx.warnings + shapes.listed.warnings + shapes.nested.warnings
    warnings += shapes.columns.warnings + shapes.laid.warnings
    if shapes.pdfium.strays:
        warnings += (
            f"removed {len(shapes.pdfium.strays)} noncharacters, no text's characters (pdfium "
            "gives U+FFFE for a hyphen at a line's end; these stood where no word or range was "
            "broken): "
            + "; ".join(f"{code} (line {line})" for line, code in shapes.pdfium.strays)
            + "; check the text there against the source",
        )
    if shapes.pdfium.unjoined:
        warnings += (unjoined_warning(shapes.pdfium.unjoined),)
    if shapes.unread_xml:
        warnings += (shapes.unread_xml,)
    for kind in PAGE_KINDS:
        if read := getattr(shapes, kind.field):
            warnings += read.warnings
    warnings += logseq_warnings(shapes.logseq)
    warnings += shapes.notebook.warnings if shapes.notebook else ()
    if shapes.page:
        warnings += shapes.page.warnings
    return tuple(found), warnings + shapes.deck.warnings + shapes.odt.warnings


def read_title(
    groups: list[list[Line]],
    repeated: list[tuple[Line, str]],
    stated: str | None,
    bylines: dict[int, str],
    removed: list[Removed],
) -> tuple[str, list[list[Line]], list[Removed]]:
    """The title, the groups left, and the lines taken with it.

    The title a cover or a message's header gives, as the text repeats it; else the one a
    source states (a static site's front matter, a book's title page, a wiki's or a thread's
    first line); else the front's: under a kicker, and over or under a byline where a
    document's head (a letterhead, an addressee) stands first, whose first line is no title.
    """
    if said := [line.text for line, rule in repeated if rule == REPEATED_TITLE]:
        return join_lines(said), groups, []  # as the text writes it
    if stated:
        return stated, groups, []
    slug, groups = copy_slug(split_front(groups, bylines), bylines)
    kicker, groups = kicker_over_title(groups, bylines)
    taken = removed_lines(slug, COPY_SLUG) + removed_lines(kicker, KICKER)
    heads = [item.text for item in removed if item.rule == RUNNING_HEAD]
    if headed := (
        title_ending_running_head(groups, heads, bylines)
        or title_by_byline(groups, bylines)
        or title_in_running_head(groups, heads, bylines)
    ):
        title, groups, head = headed
        return title, groups, taken + removed_lines(head, DOCUMENT_HEAD)
    title, groups = take_title(groups, bylines)
    return title, groups, taken


def ingest_text(raw: str, essay_id: str, raw_path: str, data: bytes | None = None) -> Ingested:
    """The edition of a raw text: front matter and body, every paragraph numbered; `data`, a
    page saved as MHTML's bytes where they are no UTF-8, or a zip document's (sourcefile's
    `SourceText.data`)."""
    check_essay_id(essay_id, raw_path)
    # (line ends as `read_source` gives them, so that a caller's raw text reads as its file
    # does: pdfium ends its lines in `\r\n`, and its rules read `\n`)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    refuse_typesetting_source(raw, raw_path)
    shapes = read_shapes(raw, raw_path, data)
    raw, where, message = shapes.text, shapes.where, shapes.message
    mail, note, etext, fields = shapes.mail, shapes.note, shapes.etext, shapes.fields
    source, dump = shapes.source, shapes.dump
    reader, talk, wiki, posts = shapes.reader, shapes.talk, shapes.wiki, shapes.posts
    starts = (
        page_starts(raw)
        or numbered_page_ends(raw)
        or lone_number_page_ends(raw)
        or headed_page_starts(raw, marked=shapes.pdfium.found)
    )
    typeset = [] if starts else terminal_pages(raw)  # (a terminal's pages: no form feed)
    starts = starts or typeset[1:]  # (as form feeds mark them: where pages 2 to n begin)
    # (a two-column page's head, set apart by `two_columns`, is no line of the article's front)
    preprint = preprint_front(
        without(dump.lines, list(shapes.columns.removed), across=False), starts
    )
    dump = replace(dump, lines=preprint.read(dump.lines))
    edges = page_edges(dump.lines, typeset)
    edged = {item.line for item in edges}
    furniture = (
        edges
        # (a preprint's section numbers, lone numbers like its pages', are not counted among them)
        + [
            item
            for item in page_furniture(without(dump.lines, preprint.sections, across=False), starts)
            if item.line not in edged
        ]
        + contents_list(dump.lines)
        + headings_list(dump.lines)
        + converter_header(dump.lines)
        + pictures(dump.lines)
        + status_line(dump.lines)
        + appended_essay(dump.lines, starts)
        + (skipped := skip_link_top(dump.lines))
        + preprint.foot
        + list(shapes.columns.removed)
    )
    # (read without the pages' furniture: a line goes by one rule, and its report says which)
    book = book_parts(without(dump.lines, furniture, across=False), starts)
    signed = frozenset({preprint.bio} if preprint.bio else ())  # (its sign taken off)
    feet = foot_notes(dump.lines, {item.line for item in furniture}, signed)
    ends = end_mark(without(dump.lines, furniture, across=False))  # (`ENDS`: parts, not joins)
    lines = without(
        without(feet.lines, furniture, across=True),
        preprint.removed + preprint.sections + book.removed + ends,
        across=False,
    )
    removed = (
        mail.removed
        + note.removed
        + etext.removed
        + fields.removed
        + source.removed
        + dump.removed
        + furniture
        + preprint.removed
        + preprint.sections
        + preprint.taken
        + book.removed
        + ends
    )
    # (before a web page's rules: short notes at its end would go as its bottom)
    lines, back_links, unmatched_back_links = back_linked_notes(lines)
    numbering = typed_numbering(lines)
    lines, capitals = drop_caps(numbering.lines)
    lines, split = split_byline(lines)  # (`By` / name / `·` / date: one byline)
    removed += split
    bylines = front_bylines(lines)  # read before a web page's date line goes with its debris
    layout = measure(lines)
    layout.syntax = source.syntax if source.markdown else ""
    # A markup source's blank lines part its paragraphs: never a double-spaced extraction's.
    layout.double_spaced = layout.double_spaced and not source.markdown
    layout.ligatures, layout.foot_notes = ligatures(raw), (feet.notes, feet.pages)
    layout.unread_foot_rules = feet.unread
    layout.soft_hyphens = raw.count(SOFT_HYPHEN)
    layout.unquoted = mail.unquoted
    layout.typed_numbers = (numbering.paragraphs, numbering.headings)
    layout.drop_caps = capitals
    layout.back_links = (back_links, unmatched_back_links)
    layout.obsidian_links = note.links
    layout.kindle = (shapes.clips.highlights, shapes.clips.entries)
    layout.discourse_posts = shapes.topic.posts
    layout.read_as, layout.read_warnings = read_as(shapes)
    layout.gutenberg = (etext.notes, etext.italics) if etext.removed else None
    layout.word_fields = (fields.codes, fields.notes)
    layout.saved_message = (message.parts, message.encoding, message.part) if message else None
    layout.made_of_markup = shapes.made
    layout.html_page = page_said(shapes)
    if saved := shapes.mhtml:
        layout.mhtml = (saved.parts, saved.encoding, saved.charset, saved.left_out)
    layout.wiki_page = (wiki.edit_links, wiki.references)
    layout.markdown = (source.footnotes, source.escapes, source.emphasised, source.links)
    if source.markdown and layout.hyphens:
        # Markdown is not typeset: a hyphen at a line's end is the word's (`air-` / `source`),
        # unless the text writes the word whole elsewhere.
        layout.hyphens.wrapped = False
    layout.link_marks = dump.link_marks if dump.found else None
    layout.saved_addresses = dump.addresses
    # A dump is a web page, wrapped for a terminal; an e-mail's text part, one wrapped for mail;
    # html2text's Markdown, one converted.
    wrapped = bool(layout.width)
    # (a source in markup is set a paragraph a line, as a web page: it is no web page by that)
    web_page = (
        (layout.web and not source.markdown)
        or dump.found
        or source.web_page
        # (a terminal's typeset pages justify their lines: a centred title's doubled spaces
        # are no menu bar's gaps)
        or (is_web_page(lines) and not typeset)
        or bool(skipped)  # (its skip link gone with the banner over it)
    )
    if web_page or is_newsletter(lines, wrapped):
        inserts = web_inserts(
            lines, wrapped, bylines
        )  # first: then the title and the last prose show
        lines, removed = without(lines, inserts, across=False), removed + inserts
        debris = web_debris(lines, bylines, wrapped)
        lines, removed = without(lines, debris, across=False), removed + debris
    else:
        # (a web page's © line is the site's bottom, which the web rules read; read in the
        # text's order, before the notes at the pages' feet went to its end)
        notice = closing_notice(without(dump.lines, furniture, across=False))
        lines, removed = without(lines, notice, across=False), removed + notice
        if book.removed or starts:
            # A book's page, and a magazine's, set figures and pull quotes as a web page does.
            shown = figures_and_pull_quotes(lines)
            shown += [item for item in flattened_tables(lines) if item not in shown]
            lines, removed = without(lines, shown, across=False, parting=True), removed + shown
    # (after a web page's rules: its notes, joined on one line, are then its last line)
    lines, layout.joined_back_links = joined_back_linked_notes(lines)
    symbols = symbol_notes(lines)
    layout.note_symbols = symbols.symbols
    noted = superscript_notes(
        markdown_lists(pipe_tables(symbols.lines)), placed=bool(feet.notes), made=shapes.made
    )
    # (after the notes are read: a list of notes under `Notes` is no list of the body's)
    noted = replace(noted, lines=numbered_lists(noted.lines))
    layout.superscripts, layout.notes_at = noted.markers, noted.notes_at
    layout.unmatched_notes = noted.unmatched
    layout.note_restarts = noted.restarts
    # A rule set between parts (above the notes, under a heading) is removed once the notes
    # are read, and the break it drew stays: a blank line.
    rules = rule_lines(noted.lines)
    drawn = {item.line for item in rules}
    body = [Line(line.number, "") if line.number in drawn else line for line in noted.lines]
    removed += rules
    layout.authors = byline_names(body) or tuple(bylines.values())
    grouped, layout = group_lines(body, layout)
    if dump.found or source.markdown:
        # A browser, and Markdown, set a blank line between paragraphs: none is unseen.
        layout.unseen.clear()
    groups = [item for group in grouped for item in split_items(group)]
    if not groups:
        if not removed:
            raise SynopticError(where, None, "the raw text is empty")
        # (every line went by a rule: say which, for the editor to see what was read so)
        rules = "; ".join(dict.fromkeys(item.rule for item in removed))
        raise SynopticError(
            where,
            None,
            f"no paragraph is left: every line of the raw text was removed ({len(removed)} "
            f"lines, by: {rules}); check that the file holds the essay itself",
        )
    # A cover sheet and a message's header may give the title and author the text repeats.
    facts = {
        **page_date(edges),
        **cover_facts(removed),
        **mail_facts(removed),
        **preprint.facts,
        **dump.facts,
        **reader.facts,
        **talk.facts,
        **wiki.facts,
        **posts.facts,
        **etext.facts,
        **shapes.clips.facts,
        **shapes.article.facts,
        **shapes.extract.facts,
        **shapes.epub.facts,
        **shapes.deck.facts,
        **shapes.docling.facts,
        **shapes.pdfmd.facts,
        **shapes.laid.facts,
        **shapes.logseq.facts,
        **notice_facts(removed),
    }
    facts.update(book.facts)
    groups, repeated = known_front(groups, facts.get("title"), facts.get("author"))
    stated = (
        source.facts.get("title")
        or etext.facts.get("title")
        or reader.facts.get("title")
        or book.facts.get("title")
        or wiki.facts.get("title")
        or posts.facts.get("title")
        or shapes.article.facts.get("title")
        or shapes.extract.facts.get("title")
        or shapes.epub.facts.get("title")
        or shapes.deck.facts.get("title")
        or shapes.laid.facts.get("title")
        or shapes.logseq.facts.get("title")
    )
    title, groups, taken = read_title(groups, repeated, stated, bylines, removed)
    removed += taken
    metadata, groups, unkept = take_metadata(groups, bylines)
    removed += [Removed.of(line, rule) for line, rule in repeated + unkept]
    blocks = [
        classify(group, layout.hyphens, source.markdown, source.escaped_starts, shapes.made)
        for group in groups
    ]
    if not blocks:
        raise SynopticError(where, None, "the raw text has metadata but no body")
    not_headings = shapes.notebook.lead_ins if shapes.notebook else frozenset()
    if any(kind.reads_headings and getattr(shapes, kind.field) for kind in PAGE_KINDS):
        not_headings = frozenset(block.line for block in blocks)  # (its reader's headings alone)
    blocks = merge_lists(mark_headings(mark_epigraph(blocks), not_headings))
    blocks = moved_to_the_end(moved_to_the_end(blocks, preprint.bio), shapes.chat.bio)
    # (the author's note a page's template sets below the notes, under its own heading)
    named = metadata.get("author") or facts.get("author") or source.facts.get("author") or ""
    authors = layout.authors + tuple(AUTHORS_APART.split(named))
    author_note = author_note_above_notes(blocks, authors)
    blocks, removed = author_note.blocks, removed + author_note.removed
    labelled = about_heading_over_note(blocks, authors)
    blocks, removed = labelled.blocks, removed + labelled.removed
    blocks = top_headings(blocks)
    if shapes.made and not source.calls_marked:
        layout.read_warnings += unanswered_warning(unanswered_calls(blocks))
        blocks = unanswered_as_words(blocks)
    blocks = add_missing_notes(blocks, where)
    # A masthead names the publication and the date where no line of the text states them;
    # so do a cover sheet and a message's header (its subject, the title, too); a text
    # browser's list of links, the page's own address.
    values = {
        # (the site's name after the title in a page's title line: where nothing else names one)
        **site_of_title(removed, title, metadata.get("author") or facts.get("author")),
        **facts,
        **masthead_facts(removed, metadata.get("author")),
        **({"url": dump.page_url} if dump.page_url else {}),
        **metadata,
        **source.facts,  # a static site's front matter states them outright
        "id": essay_id,
        "title": title if title != UNKNOWN else facts.get("title", UNKNOWN),
        # a month the front states, made a day by a notice's full date in it
        **({"date": facts["date"]} if finer_date(metadata.get("date"), facts.get("date")) else {}),
        "raw": raw_path,
        "summary": summary_of(blocks),
    }
    # (a Markdown source's emphasis, and a Project Gutenberg e-book's italics)
    emphasis = source.emphasis or bool(etext.italics)
    if emphasis or shapes.made:  # front matter is plain text (a made text's brackets too)
        values = {key: without_marks(value) for key, value in values.items()}
    if shapes.notebook:  # (its metadata's title and authors offered, never written)
        layout.read_warnings += offered_front(values, UNKNOWN, shapes.notebook)
    if shapes.page and shapes.page.summary:
        # (the program dropped the page's front: the editor is told, and offered the name an
        # author's note opens with, never written as the author)
        paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
        layout.read_warnings += unstated_front(values, UNKNOWN, bio_name(paragraphs))
    body = "\n\n".join(render_block(block, emphasis) for block in blocks)
    markdown = assign_ids(f"{front_matter(values)}\n\n{body}\n", essay_id, where)
    if shapes.columns.found:  # (the report's line numbers, the raw file's: twocolumns.origins)
        lines, blocks, layout, removed = raw_numbers(
            shapes.columns.origin, lines, blocks, layout, removed
        )
    return Ingested(markdown, make_report(essay_id, lines, blocks, layout, removed))


def page_said(shapes: Shapes) -> tuple[int, int, str] | None:
    """A page's blocks, its notes, and where its front was read, for the report; None for any
    other text. An export's post has its front from the export, which its reader's line says:
    the page its reader made sets them at no line of the file's (`PageKind.writes_head`)."""
    if not shapes.page:
        return None
    made = any(kind.writes_head and getattr(shapes, kind.field) for kind in PAGE_KINDS)
    front = "" if made else front_said(shapes.page.front_from)
    return shapes.page.blocks, shapes.page.notes, front


def raw_numbers(
    origin: tuple[int, ...],
    lines: list[Line],
    blocks: list[Block],
    layout: Layout,
    removed: list[Removed],
) -> tuple[list[Line], list[Block], Layout, list[Removed]]:
    """The report's lines, blocks, layout and removed lines numbered as the raw file's lines
    they came from (a two-column page's lines were read in another order, and its halves and
    edges set on lines of their own); a raw line removed by two rules, or as two parts of one
    edge, listed once (its first rule's)."""

    def raw(number: int) -> int:
        return origin[number - 1] if 0 < number <= len(origin) else number

    listed: dict[tuple[int, str], Removed] = {}
    for item in removed:
        listed.setdefault((raw(item.line), item.text), replace(item, line=raw(item.line)))
    return (
        [replace(line, number=raw(line.number)) for line in lines],
        [replace(block, line=raw(block.line)) for block in blocks],
        replace(
            layout,
            unseen=[raw(n) for n in layout.unseen],
            joined=[raw(n) for n in layout.joined],
            note_restarts=tuple(raw(n) for n in layout.note_restarts),
        ),
        list(listed.values()),
    )


def repo_relative(path: Path) -> str:
    """The raw path as the edition records it: from the repository root when inside it."""
    root = Path(__file__).resolve().parents[2]
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def ingest_file(path: Path | str, essay_id: str) -> Ingested:
    """Read a raw file (UTF-8, or an HTML page's declared charset; see sourcefile) and return its
    edition, its report saying the charset where it was not UTF-8."""
    path = Path(path)
    source = read_raw_text(path)
    made = ingest_text(source.text, essay_id, repo_relative(path), source.data)
    if source.read_in is None:
        return made
    return replace(made, report=replace(made.report, shapes=(source.read_in, *made.report.shapes)))
