"""A raw text written in Markdown (a word processor's document converted by pandoc, a blog's
source): the Markdown that is not the essay's words read as what it stands for, in the forms the
rest of ingest reads (docs/editions.md, "A text exported from Markdown or a word processor").

- Footnotes: markers `[^1]` are read as `[1]`, definitions `[^1]: text` (their continuation
  lines indented) as the note `[1] text`.
- Backslash escapes (`\\$`, `\\*`, `\\[`), which pandoc writes before any character Markdown
  would read as syntax, are the characters they escape.
- A block set wholly in emphasis (`**By Ann Lee**`, `*10 March 2026*`, an author's note in
  italics over two lines) is read without the markers: a byline, a date or a note, not syntax.

- A static site's front matter (YAML between `---` lines, or TOML between `+++` lines, at the
  top) is read for its title, author and date, set as the lines that state them (`# Title`,
  `By NAME`, the date); its other fields (tags, draft, a summary) go, listed in the report.
- HTML comments (`<!-- more -->`) and a site generator's shortcodes (`{{< figure … >}}`,
  `{% include … %}`) alone on their lines go, listed in the report.
- Headings underlined (`Title` / `=====`, `Part` / `-----`: markdownify's, pandoc's before 3.0)
  are read as `# Title`, `## Part`; a link set over blocks of its own (a page's card to the
  previous or next post, its heading inside it) goes, listed in the report.
- HTML a writer sets in Markdown for notes (a Jupyter notebook's, whose Markdown has no
  footnotes): a call linked to its note, `<sup><a href="#fn1">1</a></sup>`, is read as `[1]`;
  a note's empty anchor, `<a id="fn1"></a>`, and its way back, `<a href="#fnref1">↩</a>`, go.
  The heading over the notes is set at the level of the text's sections (`### Notes` under
  `## ` sections: `## Notes`, as an edition heads its notes).
- The front under the `# Title`: a byline and a date set on lines of one block, parted by
  Markdown's hard line breaks (two spaces or a backslash at a line's end: a `<br>`), are lines
  of their own; a date line there that says what the piece is after a separator
  (`*18 March 2024 · paper for the committee*`) gives the date, its line listed.

- A code span (`` `df.head()` ``) is its code's characters, its backticks gone, as a page
  shows `<code>`: no emphasis, link, escape or note's call is read inside it. An image inside
  a line of text (`the ![gear](gear.png) button`, or a link around one) shows no words, as a
  page's `<img>` shows none: it goes, listed in the report, as one alone on its line does.

Its block quotations (`> ` before each line) are read as such (ingest.classify), and its
emphasis inside a sentence (`**strong**`, `_not_`) stays emphasis in the edition.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

import yaml

from .furniture import NEWSLETTER_MASTHEAD, RULE, Removed, is_caption, is_masthead
from .layout import (
    EMPHASIS_MARK,
    ESCAPED_CLOSING_HASHES,
    LITERAL_BRACKET,
    STRONG_MARK,
    Line,
    blank_between,
    blocks_by_blank_lines,
    ends_sentence,
    markdown_heading,
)
from .metadata import (
    BYLINE_SEPARATOR,
    NAME_WORDS,
    metadata_line,
    names_people,
    parse_date,
    repeats_title,
    states,
)
from .names import AUTHOR_SEPARATOR
from .pandocmarkdown import (
    KEYWORDS_LINE,
    TABLE,
    TABLE_CAPTION,
    keywords_lines,
    multiline_tables,
    spans_read,
)
from .superscripts import is_notes_heading
from .writertext import WORD_COUNT

FOOTNOTE_MARKER = re.compile(r"\[\^(\d{1,3})\]")
FOOTNOTE_DEFINITION = re.compile(r"(?P<indent>\s{0,3})\[\^(?P<label>\d{1,3})\]:\s*")
# A footnote's label that is a name (`[^cost]`): numbered in the order the text cites them.
NAMED_LABEL = r"(?P<label>[\w-]*[^\W\d][\w-]*)"
NAMED_DEFINITION = re.compile(rf"(?P<indent>\s{{0,3}})\[\^{NAMED_LABEL}\]:\s*")
NAMED_MARKER = re.compile(rf"\[\^{NAMED_LABEL}\](?!:)")
# Markdown's escapable characters: ASCII punctuation; and one escaped.
ESCAPABLE = re.compile(r"[!-/:-@\[-`{-~]")
ESCAPE = re.compile(rf"\\({ESCAPABLE.pattern})")
#: A number in brackets a made text escapes, `\[0\]`: the page's own characters, no call.
ESCAPED_NUMBER = re.compile(r"\\\[(?=\d{1,3}\\\])")
#: … but for one opening a line, a note's number as a page may set it (Google Docs' `[1]` link
#: back to its call, before the note's words): read as any text's note `[1] Source`.
TYPED_NOTE = re.compile(r"\s*\\\[\d{1,3}\\\]")
#: A line opening with an escaped `>` or `#`: the character, where `> ` would open a quotation
#: and `# ` a heading.
ESCAPED_START = re.compile(r"\s{0,3}\\[>#]")
# A link: its words, then its address (html2text's `[words](https://…)`, an export's link to
# another of its pages or files, Notion's `[words](Links%20Plan%207d2e….md)`); a footnote's
# reference as html2text sets it (`[1](#fn1)`), and its note's way back (`[↩](#fnref1)`). Not
# a bracket escaped, `\[y\](javascript:z)`: a page's words, as a made text escapes them (read
# as a link, its words were left between two backslashes, `\\y\\`, and its address dropped).
LINK = re.compile(
    r"(?<![!\\])\[(?P<words>[^\[\]]+)\]\("
    r"(?:(?:https?://|mailto:|javascript:|\.{0,2}/)[^()\s]*"
    r"|[^()\s]+\.(?:md|html?|pdf|csv|txt|docx?|xlsx?|pptx?)(?:#[^()\s]*)?)"
    r"(?:\s+\"[^\"]*\")?\)"
)
# (mammoth's, as markitdown sets a Word document's footnotes: `[[1]](#footnote-1)`, and the
# note's way back, `[↑](#footnote-ref-1)`)
NOTE_REFERENCE = re.compile(r"\[(\d{1,3})\]\(#fn[\w:-]*\)|\[\[(\d{1,3})\]\]\(#footnote-\d{1,3}\)")
BACK_LINK = re.compile(
    r"\s*\[[↩⏎^]\]\(#fnref[\w:-]*\)|\s*\[↑\]\(#footnote-ref-\d{1,3}\)"
    # (and as HTML, `<a href="#fnref1">↩</a>`)
    r"|\s*<a\s+href=[\"']#fnref[\w:-]*[\"']\s*>\s*[↩⏎^↑]\s*</a>"
)
# A note's call written in HTML inside Markdown, linked to its note: `<sup><a href="#fn1">1</a>
# </sup>` (its brackets too, `[1]`), `<a href="#fn1"><sup>1</sup></a>`, `<sup>[1](#fn1)</sup>`.
# A number raised with no link stays as written: `m<sup>2</sup>` is a power.
_TO_NOTE = r"\b[^<>]*?\shref=[\"']#[\w:.-]+[\"'][^<>]*>"
HTML_NOTE_CALL = re.compile(
    rf"<sup\b[^<>]*>\s*(?:<a{_TO_NOTE}\s*\[?(\d{{1,3}})\]?\s*</a>|\[\[?(\d{{1,3}})\]?\]\(#[\w:.-]+\))"
    rf"\s*</sup>|<a{_TO_NOTE}\s*<sup>\s*\[?(\d{{1,3}})\]?\s*</sup>\s*</a>",
    re.IGNORECASE,
)
# A link's target with no words, `<a id="fn1"></a>` (a note's, where its call leads): no text.
EMPTY_ANCHOR = re.compile(
    r"<a\b[^<>]*?\s(?:id|name)=[\"'][\w:.-]+[\"'][^<>]*>\s*</a>\s*", re.IGNORECASE
)
# Markdown's hard line break at a line's end: two spaces or more, or a backslash (a `<br>`).
LINE_BREAK = re.compile(r"(?: {2,}|\\)$")
MIN_LINKS = 2
# An image alone on its line, `![description](address)` or `![description][label]` (Google
# Docs' export); an HTML tag alone on its line.
IMAGE = re.compile(r"!\[[^\[\]]*\](?:\([^()\s]*\)|\[[^\[\]]+\])")
# An image, or a link around one (a badge, `[![build](…)](https://…)`); and one inside a
# line, with the spaces round it.
LINKED_IMAGE = re.compile(rf"\[{IMAGE.pattern}\]\([^()\s]*\)|{IMAGE.pattern}")
INLINE_IMAGE = re.compile(rf"(?P<before>[ \t]*)(?:{LINKED_IMAGE.pattern})(?P<after>[ \t]*)")
# A code span: a run of backticks, the code, the same run again (CommonMark's; not a backtick
# escaped, `\``). Its code is its characters: no escape, emphasis, link or note inside it.
CODE_SPAN = re.compile(r"(?<![`\\])(?P<ticks>`+)(?!`)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)")
# An address defined for a label (`[image1]: <data:image/png;base64,…>`, `[1]: https://… "Title"`;
# not a note written `[2]: Ibid.`).
DEFINITION = re.compile(
    r"\s{0,3}\[(?!\^)(?P<label>[^\[\]]+)\]:\s*(?:<[^<>]+>|(?:https?|mailto|data|ftp):\S+|/\S*"
    r"|#\S+|www\.\S+)(?:\s+[\"'(].*[\"')])?"
)
# A link to a defined label, read as its words (`[annual accounts][1]`).
REFERENCE_LINK = re.compile(r"(?<!!)\[(?P<words>[^\[\]]+)\]\[(?P<label>[^\[\]^]+)\]")
# A note a writer sets above a submitted piece's title (`FOR PUBLICATION – …`, `Contact: …`,
# `Words: 612`, `EMBARGO: …`), by how its line opens.
SUBMISSION = re.compile(
    r"\W*(?:for publication|not for publication|embargo(?:ed)?|word count|words:\s*\d|contact:)",
    re.IGNORECASE,
)
HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?>|<!--.*-->", re.IGNORECASE)
# A site generator's shortcode alone on its line: Hugo's `{{< … >}}` or `{{% … %}}`, Jekyll's
# (Liquid's) `{% … %}`.
SHORTCODE = re.compile(r"\{\{[<%].*[%>]\}\}|\{%.*%\}")
# A static site's front matter: YAML between `---` lines (or closed by `...`), TOML between
# `+++` lines, from the first line; its fields of the edition's front matter, and their keys.
FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
FRONT_MATTER_WITHIN = 80
FRONT_KEYS = {
    "title": ("title",),
    "author": ("author", "authors"),
    "date": ("date",),
    "publisher": ("publisher",),
}
# A page's property under its title, as Notion or Obsidian exports it: `Tags: …`.
PROPERTY = re.compile(r"\s*[A-Z][A-Za-z ]{2,24}:\s+\S.*(?<![.?!])\s*")
PROPERTY_BLOCK_WITHIN = 3  # the properties stand right under the title
FRONT_BLOCKS = 5  # the title, a byline, a date, a word count: the front's blocks
TITLE_WITHIN = 15  # the `# Title` stands among the first lines, under the site's header
MARKDOWN_ABOVE_TITLE = "Markdown source: above its # title (the site's name and menu)"
PREVIEW_LINES = 2  # a newsletter's preview text, among its archive's links
MARKDOWN_BYLINE = "Markdown source: the names alone, in emphasis under the title (the byline)"
MARKDOWN_DATELINE = (
    "Markdown source: the date line under the title, read as the date (its words after the "
    "date, what the piece is, not the essay's)"
)
MARKDOWN_IMAGE = "Markdown source: an image (its description, ![…](…), on a line of its own)"
MARKDOWN_INLINE_IMAGE = (
    "Markdown source: an image inside a line of text (![…](…)), which shows no words"
)
MARKDOWN_CAPTION = "Markdown source: an image's caption (a caption in emphasis right under it)"
MARKDOWN_SUBMISSION = "Markdown source: a submission's note to an editor above its # title"
MARKDOWN_COUNT = (
    "Markdown source: a submission's word count among the front's lines (`Word count: 582`)"
)
MARKDOWN_DEFINITION = (
    "Markdown source: an address defined for a label on a line of its own ([image1]: <data:…>)"
)
MARKDOWN_HTML = "Markdown source: an HTML tag or comment alone on its line (<aside>, <!-- more -->)"
MARKDOWN_SHORTCODE = "Markdown source: a site generator's shortcode on its line ({{< figure … >}})"
MARKDOWN_FRONT = "Markdown source: its front matter's other fields (tags, draft, a summary)"
FRONT_READ = (
    "Markdown source: its front matter's title, author, date, publisher or abstract, read as such"
)
# Markdown's line break inside a field's value: a backslash at its line's end.
HARD_BREAK = re.compile(r"\\\n")
# A field of front matter: its key at the line's start (its value may run on, indented).
FRONT_FIELD = re.compile(r"[\"']?([\w-]+)[\"']?\s*[:=]")
MARKDOWN_ATTRIBUTES = "Markdown source: a block's attributes on a line of its own ({: .notice})"
# kramdown's attribute list for the block above, alone on its line: `{: .notice}`, `{:toc}`.
ATTRIBUTES = re.compile(r"\{:[^{}]*\}")
MARKDOWN_PROPERTY = "Markdown source: a page's property under its title (Tags:, Status:)"
MARKDOWN_UNDERLINE = (
    "Markdown source: a heading's underline (`===` under a heading of level 1, `---` under one "
    "of level 2), read as its level"
)
MARKDOWN_CARD = (
    "Markdown source: a link set over blocks of its own (a card to another page, as markdownify "
    "writes a post's Previous / Next links with their headings)"
)
# A link's words opening a line, `[Previous`, and its address closing a later line, `…](/news/…
# "/news/…")`, and how many lines apart they may stand.
CARD_OPENING = re.compile(r"(?:.*\)\s+)?\[(?P<words>[^\[\]()]*)")
CARD_CLOSING = re.compile(r"[^\[\]]*\]\((?:https?://|/|\.{0,2}/|#)[^()\s]*(?:\s+\"[^\"]*\")?\)")
CARD_LINES = 8
# Two hyphens between figures: a range's en dash as pandoc's Markdown and LaTeX write it
# (`pp. 12--19`, a reader's review of OO); between words they stay as the writer typed them.
NUMBER_RANGE = re.compile(r"(?<=\d)--(?=\d)")
# A setext heading's underline (markdownify's and older pandoc's way with levels 1 and 2).
UNDERLINE = re.compile(r"(?P<mark>=|-)(?P=mark){2,}[ \t]*")
# Emphasis inside a sentence (`**strong**`, `_not_`): marked (layout.STRONG_MARK and
# EMPHASIS_MARK), and written back as Markdown's by emit.py.
# (a marker escaped, `\*loud\*`, is the character: no emphasis opens or closes there)
STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(?P<words>[^*_]+?)(?<=[^\s\\])\1")
EMPHASIS_SPAN = re.compile(r"(?<![\w*\\])([*_])(?=\S)(?P<words>[^*_]+?)(?<=[^\s\\])\1(?![\w*])")
EMPHASIS_MARKS = {"**": STRONG_MARK, "*": EMPHASIS_MARK}


# A block wholly in emphasis: the same marker opens its first line and closes its last, and
# none stands inside it.
EMPHASIS = re.compile(r"(?P<mark>\*\*|\*|__|_)(?=\S)")
# A line set wholly in emphasis (`*The lido in its last summer. Photo: …*`).
EMPHASISED_LINE = re.compile(r"(\*\*|\*|__|_)(?=\S)(?:(?!\1).)+(?<=\S)\1")


@dataclass(frozen=True)
class MarkupSource:
    lines: list[Line]
    footnotes: int = 0  # `[^n]:` definitions read as notes
    escapes: int = 0  # backslash escapes read as their characters
    emphasised: int = 0  # blocks set wholly in emphasis, read without the markers
    links: int = 0  # links read as their words, their addresses not kept
    removed: list[Removed] = field(default_factory=list)  # the page's lines (`_page_lines`)
    markdown: bool = False  # a Markdown source: its `> ` lines are block quotations too
    emphasis: bool = False  # … its emphasis marked (`EMPHASIS_MARKS`), for emit to write
    syntax: str = "Markdown"  # or "reStructuredText" (rstsource.py), for the report
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date its fields state
    #: The lines whose opening `>` or `#` the source escapes (`\> 50% of the sheets`, `\# 1
    #: priority`): its character, no quotation nor heading, though the escape is read away
    #: with the others.
    escaped_starts: frozenset[int] = frozenset()
    #: A made text whose page marks its notes' calls itself (`[^1]`): its `[n]` in brackets
    #: of its own are its words, marked (`literal_brackets`), not typed calls.
    calls_marked: bool = False

    @property
    def web_page(self) -> bool:
        """A web page converted to Markdown (html2text): a site's header of links above its
        `# Title`; its site's lines are read as a web page's."""
        return any(item.rule == MARKDOWN_ABOVE_TITLE for item in self.removed)


def markdown_source(lines: list[Line], known: bool = False, made: bool = False) -> MarkupSource:
    r"""The lines with a Markdown source's footnotes, escapes, links, images, properties and
    emphasised blocks read; the lines as they are in any other text. A text is a Markdown
    source when it defines footnotes (`[^1]: …`), or opens with a `# Title` (a submission's
    note above it aside) and has a `## Heading` below it, or has a `## Heading` and escapes a
    character or links words (`[words](https://…)`) twice, or is `known` to be one (an app's
    Markdown file, a Logseq page, read as such): elsewhere `\*`, `[^1]` and `> ` are the raw
    text's characters, read back as they are (docs/editions.md)."""
    lines, facts, front = site_front_matter(lines)
    texts = [line.text for line in lines if not line.blank]
    # A named note counts where the text cites it and it says something (`[^x]:` alone is none).
    cited = {m["label"] for text in texts for m in NAMED_MARKER.finditer(text)}
    definitions = sum(
        bool(FOOTNOTE_DEFINITION.match(text))
        or bool(
            (named := NAMED_DEFINITION.match(text))
            and named["label"] in cited
            and text[named.end() :].strip()
        )
        for text in texts
    )
    escapes = sum(len(ESCAPE.findall(text)) for text in texts)
    links = sum(len(LINK.findall(text)) for text in texts)
    # (a footnote's reference and its way back are links a converter wrote)
    references = sum(len(NOTE_REFERENCE.findall(text)) for text in texts)
    back = sum(len(BACK_LINK.findall(text)) for text in texts)
    headings = [heading[0] for text in texts if (heading := markdown_heading(text))]
    # (and its headings underlined, `Title` / `=====`, as markdownify and pandoc set them;
    # pandoc's multiline tables read first, whose rules of dashes are no underlines: review 33)
    tables, tabled = multiline_tables(lines)
    underlined, underlines = _setext_headings(tables)
    headings += [1] * len(underlines)
    # (the `# Title` first, or under a submission's note: `Words: 612`)
    top = texts[len(_submission_note(texts)) :][:1]
    titled = bool(top) and (markdown_heading(top[0]) or (0,))[0] == 1 and len(headings) > 1
    # Google Docs' images by reference and their data, with a heading: no other text has them
    exported = any(DEFINITION.fullmatch(text.rstrip()) for text in texts) and any(
        IMAGE.search(text) for text in texts
    )
    if not (
        known
        or front
        or definitions
        or titled
        or (
            headings
            and (escapes or links >= MIN_LINKS or exported or min(references, back) >= MIN_LINKS)
        )
    ):
        return MarkupSource(lines)
    lines = underlined
    front = front + [(line, MARKDOWN_UNDERLINE) for line in underlines]
    # pandoc's: a multiline table read as a list of its rows (above), its caption gone; the
    # keywords under its front matter (a paper's, converted from a word processor) gone
    captions = {line.number for line in tabled if line.text.lstrip()[:1] not in "-"}
    front += [(line, TABLE_CAPTION if line.number in captions else TABLE) for line in tabled]
    if front and (keywords := keywords_lines(lines)):
        front += [(line, KEYWORDS_LINE) for line in keywords]
        gone_keywords = {line.number for line in keywords}
        lines = [Line(line.number, "") if line.number in gone_keywords else line for line in lines]
    lines = _notes_heading_levelled(_front_broken(lines))
    page = _page_lines(lines)
    if "author" not in facts and (byline := _emphasised_byline(lines, page)):
        facts = {**facts, "author": byline[1]}
        page = sorted([*page, (byline[0], MARKDOWN_BYLINE)], key=lambda item: item[0].number)
    if "date" not in facts and (dateline := _dateline(lines, page)):
        facts = {**facts, "date": dateline[1]}
        page = sorted([*page, (dateline[0], MARKDOWN_DATELINE)], key=lambda item: item[0].number)
    removed = [
        Removed.of(line, rule)
        for line, rule in sorted(front + page, key=lambda item: item[0].number)
    ]
    gone = {line.number for line, _ in page}
    tags = {line.number for line, rule in page if rule == MARKDOWN_HTML}
    # A raw text holding the marks' own characters keeps its asterisks instead.
    marked = not any(mark in line.text for line in lines for mark in EMPHASIS_MARKS.values())
    emphasised, blocks = _emphasised_blocks(lines)
    lines = [
        replace(line, text=code_read(emphasised.get(line.number, line.text))) for line in lines
    ]
    lines, images = _inline_images(lines, gone)
    removed = sorted([*removed, *images], key=lambda item: item.line)
    read = []
    escaped_starts = set()
    calls_marked = made and marks_calls(texts)
    for line in _spans_read(lines, marked):
        if line.number in gone:
            continue
        text = _without_icon(line.text) if line.number - 1 in tags else line.text
        text = literal_brackets(text) if calls_marked else text
        text = FOOTNOTE_DEFINITION.sub(lambda m: f"{m['indent']}[{m['label']}] ", text, 1)
        # (a call in HTML first: it may hold html2text's `[1](#fn1)`)
        text = EMPTY_ANCHOR.sub("", HTML_NOTE_CALL.sub(_reference, text))
        text = NOTE_REFERENCE.sub(_reference, FOOTNOTE_MARKER.sub(r"[\1]", text))
        text = spans_read(text)[0]  # (pandoc's `[Legibility]{.underline}`)
        text = NUMBER_RANGE.sub("\u2013", text)  # (pandoc's and LaTeX's `pp. 12--19`)
        if ESCAPED_START.match(text):
            escaped_starts.add(line.number)
        read.append(replace(line, text=unescaped(BACK_LINK.sub("", text))))
    return MarkupSource(
        _named_notes(read),
        definitions,
        escapes,
        blocks,
        links,
        removed,
        markdown=True,
        emphasis=marked,
        facts=facts,
        escaped_starts=frozenset(escaped_starts),
        calls_marked=calls_marked,
    )


def code_read(text: str) -> str:
    """A line with each code span read as its code's characters, its backticks gone, as a page
    shows `<code>`: each character Markdown could read as syntax escaped, so that no later
    rule reads it (no emphasis, link or note inside code), and `unescaped` gives it back; a
    bracket marked as the text's own (`LITERAL_BRACKET`: no `[1]` in code is a note's call).
    A space at both ends of the code goes, as CommonMark takes it off (`` `` `x` `` ``)."""

    def read(span: re.Match) -> str:
        code = span["code"]
        if code[:1] == code[-1:] == " " and code.strip():
            code = code[1:-1]
        return ESCAPABLE.sub(r"\\\g<0>", code.replace("[", LITERAL_BRACKET))

    return CODE_SPAN.sub(read, text)


def _inline_images(lines: list[Line], gone: set[int]) -> tuple[list[Line], list[Removed]]:
    """The lines without the images inside their text (`… and ![img](attachment:a.png).`), a
    line of images alone gone, and each image listed: an image shows no words of the text's,
    as a page's `<img>` shows none (one alone on its line is the page's, `_page_lines`)."""
    read, removed = [], []
    for line in lines:
        images = [] if line.number in gone else list(INLINE_IMAGE.finditer(line.text))
        removed += [Removed(line.number, m[0].strip(), MARKDOWN_INLINE_IMAGE) for m in images]
        text = INLINE_IMAGE.sub(_image_gone, line.text) if images else line.text
        if text.strip() or not images:  # (a line of images alone goes whole)
            read.append(replace(line, text=text))
    return read, removed


def _image_gone(image: re.Match) -> str:
    """What stands where an image stood in a line: a space between words, nothing before a
    stop or at the line's ends."""
    return " " if image["before"] and image["after"] else ""


def unescaped(text: str) -> str:
    """A line's escapes read as their characters, but for a `#` heading's escaped closing `#`
    (`## Why we are number \\#`): read here, it would be taken for Markdown's closing
    sequence and dropped; `markdown_heading` reads it as the heading's own."""
    kept = ESCAPED_CLOSING_HASHES.search(text) if text.lstrip().startswith("#") else None
    end = kept.start() if kept else len(text)
    return ESCAPE.sub(r"\1", text[:end]) + text[end:]


def marks_calls(texts: list[str]) -> bool:
    """Whether a made text's page marked its notes' calls itself (a link to a note, a
    superscript: `[^1]` in the Markdown made of it, not a definition's `[^1]:`)."""
    return any(
        match.end() == len(text) or text[match.end()] != ":"
        for text in texts
        for match in FOOTNOTE_MARKER.finditer(text)
    )


def literal_brackets(text: str) -> str:
    """A made text's line with each number in brackets it escapes, `\\[0\\]`, marked as its
    characters (`LITERAL_BRACKET`): where the page marks its calls, no typed `[n]` is one.
    One opening the line stays a note's number (`TYPED_NOTE`)."""
    opening = TYPED_NOTE.match(text)
    at = opening.end() if opening else 0
    return text[:at] + ESCAPED_NUMBER.sub(LITERAL_BRACKET, text[at:])


def _reference(match: re.Match) -> str:
    """A footnote's reference as a marker: `[1](#fn1)`, `[[1]](#footnote-1)`, `<sup><a
    href="#fn1">1</a></sup>` → `[1]`."""
    return f"[{next(label for label in match.groups() if label)}]"


def _named_notes(lines: list[Line]) -> list[Line]:
    """Footnotes with named labels (`[^cost]`, `[^cost]: …`, kramdown's and pandoc's) numbered
    as those tools number them, in the order the text first cites them, after any numbered
    ones (`[^1]`, read already as `[1]`); only labels the text defines (`[^aeiou]` in a
    regular expression is no note), and never inside code (read already as its characters,
    its brackets marked: `code_read`)."""
    defined = {m["label"] for line in lines if (m := NAMED_DEFINITION.match(line.text))}
    taken = [int(m[1]) for line in lines for m in re.finditer(r"\[(\d{1,3})\]", line.text)]
    order: dict[str, int] = {}
    for line in lines:
        if not NAMED_DEFINITION.match(line.text):
            for match in NAMED_MARKER.finditer(line.text):
                if match["label"] in defined:
                    order.setdefault(match["label"], max(taken, default=0) + len(order) + 1)
    if not order:
        return lines
    read = []
    for line in lines:
        text = NAMED_DEFINITION.sub(
            lambda m: f"{m['indent']}[{order[m['label']]}] " if m["label"] in order else m[0],
            line.text,
            1,
        )
        text = NAMED_MARKER.sub(
            lambda m: f"[{order[m['label']]}]" if m["label"] in order else m[0], text
        )
        read.append(replace(line, text=text))
    return _notes_in_order(read, {f"[{n}] " for n in order.values()})


def _notes_in_order(lines: list[Line], starts: set[str]) -> list[Line]:
    """The notes (lines opening with one of `starts`, `[2] `) set in the order of their
    numbers, where the source defines them in another: each note read as one line (the lines
    that go on with it joined to it), on the lines where the notes stood."""
    firsts = [
        index
        for index, line in enumerate(lines)
        if any(line.text.lstrip().startswith(start) for start in starts)
    ]
    read = list(lines)
    texts = []
    for index in firsts:
        parts, below = [lines[index].text.strip()], index + 1
        while below < len(lines) and below not in firsts:
            line = lines[below]
            following = lines[below + 1].text if below + 1 < len(lines) else ""
            if line.blank and following[:1] not in (" ", "\t"):
                break  # a blank line ends the note, unless its next paragraph is indented
            parts += [line.text.strip()] if not line.blank else []
            read[below] = Line(line.number, "")
            below += 1
        texts.append(" ".join(parts))
    numbers = [int(re.match(r"\[(\d+)\]", text)[1]) for text in texts]
    if numbers == sorted(numbers):
        return lines  # in order: as they are
    for index, (_, text) in zip(firsts, sorted(zip(numbers, texts))):
        read[index] = Line(lines[index].number, text)
    return read


def _link_words(link: re.Match) -> str:
    """A link's words, apart from a link set right after it (a site's `[Subscribe](…)[Past
    Issues](…)`)."""
    words = link["words"].strip()
    return f"{words} " if link.string[link.end() : link.end() + 1] == "[" else words


def _setext_headings(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with each heading underlined (`Title` / `=====`, `Part` / `-----`, as
    markdownify and pandoc before 3.0 set levels 1 and 2) read as `# Title`, `## Part`, its
    underline a blank line; and the underlines. A heading's line stands alone in its block, a
    blank line (or the text's start) above it and one (or the end) under its underline, and
    looks like a heading: a line of dashes under a sentence, or under a paragraph's last line,
    is a rule (an `<hr>`), read as such."""
    read, underlines = list(lines), []
    for index, (line, under) in enumerate(zip(lines, lines[1:])):
        mark = UNDERLINE.fullmatch(under.text.strip()) if not under.text[:1].isspace() else None
        if not mark or line.blank or (index > 0 and not lines[index - 1].blank):
            continue
        if index + 2 < len(lines) and not lines[index + 2].blank:
            continue
        level = 1 if mark["mark"] == "=" else 2
        heading = markdown_heading(f"{'#' * level} {line.text.strip()}", markup=True)
        if not heading or line.text.lstrip().startswith(("#", ">", "[", "-", "*", "|")):
            continue
        read[index] = replace(line, text=f"{'#' * level} {heading[1]}")
        read[index + 1] = Line(under.number, "")
        underlines.append(under)
    return read, underlines


def _spans_read(lines: list[Line], marked: bool) -> list[Line]:
    """The lines with each link read as its words, and each span of emphasis marked for the
    edition (`EMPHASIS_MARKS`), a span wrapped over lines too (`[Coastal Towns` / `Fund](…)`):
    each block is read whole, and split again at its lines. A link whose address and title
    were wrapped over lines of their own (markdownify's `Register](https://…/` /
    `"https://…/") began …`) leaves fewer lines than its block had: the block's last lines
    go, its text on the lines before them."""
    read: dict[int, str] = {}
    taken: set[int] = set()
    defined = {m["label"] for line in lines if (m := DEFINITION.fullmatch(line.text.rstrip()))}
    for block in blocks_by_blank_lines(lines):
        text = LINK.sub(_link_words, "\n".join(line.text for line in block))
        text = REFERENCE_LINK.sub(lambda m: m["words"] if m["label"] in defined else m[0], text)
        if marked:
            text = STRONG.sub(lambda m: f"{STRONG_MARK}{m['words']}{STRONG_MARK}", text)
            text = EMPHASIS_SPAN.sub(lambda m: f"{EMPHASIS_MARK}{m['words']}{EMPHASIS_MARK}", text)
        numbers = [line.number for line in block]
        parts = text.split("\n")
        read.update(zip(numbers, parts))
        taken.update(numbers[len(parts) :])
    return [
        replace(line, text=read.get(line.number, line.text))
        for line in lines
        if line.number not in taken
    ]


def _submission_note(texts: list[str]) -> list[str]:
    """The lines of a submission's note to an editor that open the text, above its `# Title`
    (`FOR PUBLICATION – The Mercury`, `Contact: …`, `Words: 612`); never a heading."""
    note = []
    for text in texts:
        if markdown_heading(text) or not SUBMISSION.match(text):
            break
        note.append(text)
    return note


def _above_title(lines: list[Line]) -> list[tuple[Line, str]]:
    """The lines above the source's `# Title`, among its first lines: a submission's note to
    an editor; and the site's name and menu as html2text sets them (`[Home](https://…)`), when
    none of them is a sentence."""
    texts = [line for line in lines if not line.blank][:TITLE_WITHIN]
    title = next(
        (i for i, line in enumerate(texts) if (markdown_heading(line.text) or (0,))[0] == 1), None
    )
    if title is None:
        return []
    note = len(_submission_note([line.text for line in texts[:title]]))
    found = [(line, MARKDOWN_SUBMISSION) for line in texts[:note]]
    found += _newsletter_masthead(texts, title)
    above = texts[note:title]
    # A site's header is its links (a pandoc document's own lines above an `# Introduction`
    # are its title and author: a code review's probe); a newsletter's archive sets its
    # preview text among them, a sentence or two, every other line a link.
    links = sum(len(LINK.findall(line.text)) for line in above)
    said = [line for line in above if ends_sentence(line.text)]
    # (the layout's rules and a logo between them are the archive's too)
    linked = all(
        LINK.search(line.text)
        or IMAGE.fullmatch(line.text.strip())
        or bool(RULE.fullmatch(line.text.strip()))
        for line in above
        if line not in said
    )
    preview = linked and len(said) <= PREVIEW_LINES and links >= 2 * MIN_LINKS
    if any(metadata_line(line.text) for line in above) or (said and not preview):
        return found
    return found + ([(line, MARKDOWN_ABOVE_TITLE) for line in above] if links >= MIN_LINKS else [])


def _newsletter_masthead(texts: list[Line], title: int) -> list[tuple[Line, str]]:
    """A newsletter's name as its `# …` and its masthead under it (`**Newsletter of … · Issue
    14 · Tuesday 3 February 2026**`), over the letter's own `## Title`: the publication's. A
    dateline or a byline under an essay's `# Title` (`*Jane Doe · 3 March 2026*`) is none, nor
    a masthead with no letter's title under it."""
    under = [line for line in texts[title + 1 :] if not bool(RULE.fullmatch(line.text.strip()))][:2]
    if len(under) < 2:
        return []
    masthead = under[0].text.strip().strip("*_")
    letter = markdown_heading(under[1].text, markup=True)
    if not (is_masthead(masthead) and letter and letter[0] > 1) or metadata_line(masthead):
        return []
    return [
        (texts[title], NEWSLETTER_MASTHEAD),
        (Line(under[0].number, masthead), NEWSLETTER_MASTHEAD),
    ]


def _without_icon(text: str) -> str:
    """A callout's first line without the icon the page sets before its words ("💡 If …")."""
    stripped = text.lstrip()
    if stripped[:1] and unicodedata.category(stripped[0]) == "So":
        return stripped[1:].lstrip("\ufe0f").lstrip()
    return text


def _page_lines(lines: list[Line]) -> list[tuple[Line, str]]:
    """The lines of a Markdown source that are its page's, not the essay's: an image alone on
    its line, an HTML tag alone on its line (a Notion callout's `<aside>`, its icon taken off
    the line after), and the page's properties under its title (`Tags: …`, `Status: …` beside
    `Author:` and `Date:`, which the front matter reads)."""
    found = _above_title(lines)
    found += [(line, MARKDOWN_CARD) for line in _link_cards(lines)]
    images = [line for line in lines if LINKED_IMAGE.fullmatch(line.text.strip())]
    found += [(line, MARKDOWN_IMAGE) for line in images]
    found += [(line, MARKDOWN_CAPTION) for line in _captions(lines, images)]
    found += [
        (line, MARKDOWN_DEFINITION) for line in lines if DEFINITION.fullmatch(line.text.rstrip())
    ]
    found += [(line, MARKDOWN_HTML) for line in lines if HTML_TAG.fullmatch(line.text.strip())]
    found += [
        (line, MARKDOWN_SHORTCODE) for line in lines if SHORTCODE.fullmatch(line.text.strip())
    ]
    found += [
        (line, MARKDOWN_ATTRIBUTES) for line in lines if ATTRIBUTES.fullmatch(line.text.strip())
    ]
    blocks = blocks_by_blank_lines(lines)
    # (a word count typed for an editor under the title, the byline or the date: a Word
    # manuscript's, as markitdown converts it)
    found += [
        (block[0], MARKDOWN_COUNT)
        for block in blocks[:FRONT_BLOCKS]
        if len(block) == 1 and WORD_COUNT.fullmatch(block[0].text.strip())
    ]
    for block in blocks[:PROPERTY_BLOCK_WITHIN]:
        if all(PROPERTY.fullmatch(line.text) for line in block) and any(
            metadata_line(line.text) for line in block
        ):
            found += [(line, MARKDOWN_PROPERTY) for line in block if not metadata_line(line.text)]
    return sorted(found, key=lambda item: item[0].number)


def _link_cards(lines: list[Line]) -> list[Line]:
    """The lines of links set over blocks of their own: a link's `[` opening a line (or after
    a link that closes on it, `…](/a "/a") [Next`), no `]` on it, its `](address)` closing a
    line within the next `CARD_LINES`, a blank line between (a link in prose stays inside its
    paragraph: its words are read, its address goes). A page's card to another (the previous
    and the next post, each with its heading, as markdownify writes them) is no essay's."""
    found: dict[int, Line] = {}
    index = 0
    while index < len(lines):
        opening = CARD_OPENING.fullmatch(lines[index].text.rstrip())
        if not opening or (index > 0 and not lines[index - 1].blank and index - 1 not in found):
            index += 1
            continue
        end = next(
            (
                below
                for below in range(index + 1, min(len(lines), index + 1 + CARD_LINES))
                if "]" in lines[below].text
            ),
            None,
        )
        card = lines[index : (end or index) + 1]
        if (
            end is None
            or not CARD_CLOSING.match(lines[end].text)
            or not any(line.blank for line in card)
        ):
            index += 1
            continue
        found.update((number, line) for number, line in enumerate(card, index))
        index = end if CARD_OPENING.fullmatch(lines[end].text.rstrip()) else end + 1
    return [line for number, line in sorted(found.items()) if not line.blank]


def _emphasised_byline(lines: list[Line], page: list[tuple[Line, str]]) -> tuple[Line, str] | None:
    """The byline as a newsletter sets it under the title: a line of names alone, wholly in
    emphasis (`_Donald MacAskill and Ishbel Grant_`), the block right under the title (the
    first heading that is not the page's, a newsletter's name); and the names. None where a
    line among the first states a byline itself (`By Jane Doe`): names in emphasis further
    down are an epigraph's or a list's."""
    gone = {line.number for line, _ in page}
    blocks = [
        block
        for block in blocks_by_blank_lines(lines)[:TITLE_WITHIN]
        if block[0].number not in gone
    ]
    if any(states(line.text, "author") for block in blocks for line in block):
        return None
    title = next(
        (i for i, block in enumerate(blocks) if markdown_heading(block[-1].text, markup=True)),
        None,
    )
    if title is None or title + 1 >= len(blocks) or len(blocks[title + 1]) != 1:
        return None
    line = blocks[title + 1][0]
    text = line.text.strip()
    names = text.strip("*_").strip()
    parts = [part for part in AUTHOR_SEPARATOR.split(names) if part]
    if (
        EMPHASISED_LINE.fullmatch(text)
        and not metadata_line(names)  # (`*By Ann Lee*`: a byline, read as such)
        and parts
        and all(NAME_WORDS[0] <= len(part.split()) <= NAME_WORDS[1] for part in parts)
        and all(names_people(part) for part in parts)
    ):
        return line, names
    return None


def _captions(lines: list[Line], images: list[Line]) -> list[Line]:
    """The caption under each image: the next block, one line set wholly in emphasis (`*The
    lido in its last summer. Photo: …*`)."""
    found = []
    blocks = blocks_by_blank_lines(lines)
    for image in images:
        after = next((block for block in blocks if block[0].number > image.number), None)
        text = after[0].text.strip() if after and len(after) == 1 else ""
        if EMPHASISED_LINE.fullmatch(text) and is_caption(text.strip("*_")):
            found.append(after[0])
    return found


def _emphasised_blocks(lines: list[Line]) -> tuple[dict[int, str], int]:
    """{line number: its text without the markers} for the blocks set wholly in emphasis, and
    how many blocks they are."""
    found: dict[int, str] = {}
    count = 0
    for block in blocks_by_blank_lines(lines):
        first, last = block[0].text.strip(), block[-1].text.strip()
        if each := _each_line_emphasised(block):
            count += 1
            found.update(each)
            continue
        opening = EMPHASIS.match(first)
        if not opening:
            continue
        mark = opening["mark"]
        inner = " ".join(line.text.strip() for line in block)[len(mark) : -len(mark)]
        if not last.endswith(mark) or last.endswith("\\" + mark) or mark[0] in inner:
            continue
        count += 1
        for index, line in enumerate(block):
            text = line.text.strip()
            if index == 0:
                text = text[len(mark) :]
            if index == len(block) - 1:
                text = text[: -len(mark)]
            found[line.number] = text
    return found, count


def _each_line_emphasised(block: list[Line]) -> dict[int, str]:
    """{line number: its text without the markers} for a block of two lines or more, each set
    wholly in emphasis by the same marker (an author's note a sentence a line, `*Ann Lee is
    …*` over `*Bo Ma is …*`: Markdown shows the whole block in italics); {} for any other."""
    spans = [_emphasis_of(line.text) for line in block]
    if len(block) < 2 or not all(spans) or len({span[0] for span in spans if span}) > 1:
        return {}
    return {line.number: span[1] for line, span in zip(block, spans) if span}


def _emphasis_of(text: str) -> tuple[str, str] | None:
    """The marker a line is set in wholly, and its words inside (`*3 March*`: `*`, `3 March`),
    or None for a line not so set."""
    span = EMPHASISED_LINE.fullmatch(text.strip())
    return (span[1], span[0][len(span[1]) : -len(span[1])]) if span else None


def _title_block(blocks: list[list[Line]]) -> int | None:
    """The index of the block that is the `# Title` alone, among the first blocks, or None."""
    return next(
        (
            index
            for index, block in enumerate(blocks[:TITLE_WITHIN])
            if len(block) == 1 and (markdown_heading(block[0].text, markup=True) or (0,))[0] == 1
        ),
        None,
    )


def _front_broken(lines: list[Line]) -> list[Line]:
    """The lines with the block right under the `# Title` parted at its hard line breaks
    (`**Ann Lee**` and two spaces over `*3 March 2026*`): a byline and a date set on lines of
    one block, as a page's `<br>` parts them, each a block of its own. A block that holds a
    sentence (a standfirst) stays whole."""
    blocks = blocks_by_blank_lines(lines)
    title = _title_block(blocks)
    under = blocks[title + 1] if title is not None and title + 1 < len(blocks) else []
    broken = under[:-1]
    if not broken or not all(LINE_BREAK.search(line.text) for line in broken):
        return lines
    if any(ends_sentence(line.text.rstrip(" \\")) for line in under):
        return lines
    parted = {line.number for line in broken}
    read: list[Line] = []
    for line in lines:
        if line.number in parted:
            read += [replace(line, text=line.text.rstrip(" \\")), blank_between(line)]
        else:
            read.append(line)
    return read


def _dateline(lines: list[Line], page: list[tuple[Line, str]]) -> tuple[Line, str] | None:
    """The date line under the `# Title` (or under the byline there) that says what the piece
    is after the date and a separator (`*18 March 2024 · paper for the committee*`, in
    emphasis or not), and its date; None where there is none. A line of the date alone, or of
    a byline and a date, is the front's rules' (`metadata_line`)."""
    gone = {line.number for line, _ in page}
    blocks = [block for block in blocks_by_blank_lines(lines) if block[0].number not in gone]
    title = _title_block(blocks)
    if title is None:
        return None
    for block in blocks[title + 1 : title + 3]:
        plain = (_emphasis_of(block[0].text) or ("", block[0].text))[1].strip()
        date, *rest = BYLINE_SEPARATOR.split(plain, 1)
        if len(block) == 1 and rest and not metadata_line(plain) and (day := parse_date(date)):
            return block[0], day
    return None


def _notes_heading_levelled(lines: list[Line]) -> list[Line]:
    """The lines with the heading over the notes (`### Notes`) set at the level of the text's
    sections, its highest headings under the title (`## `), as an edition heads its notes."""
    levels = [
        heading[0]
        for line in lines
        if (heading := markdown_heading(line.text, markup=True)) and heading[0] > 1
    ]
    top = min(levels, default=0)
    return [
        replace(line, text=f"{'#' * top} {heading[1]}")
        if (heading := markdown_heading(line.text, markup=True))
        and heading[0] > top
        and is_notes_heading(heading[1])
        else line
        for line in lines
    ]


def site_front_matter(lines: list[Line]) -> tuple[list[Line], dict[str, str], list]:
    """A static site's front matter (Hugo, Jekyll, Obsidian) read: the lines without it (blank
    in its place), the title, author and date it states for the edition's front matter, and its
    lines, each with its rule (`FRONT_READ` for those three fields, `MARKDOWN_FRONT` for the
    others). The body's own `# Title` is the title over them. Without front matter (a first line
    that is no fence, no closing fence, fields that do not parse or state none of the three),
    the lines as they are: a text may open with a rule (`---`)."""
    fences = FRONT_MATTER.get(lines[0].text.strip()) if lines else None
    end = next(
        (
            i
            for i, line in enumerate(lines[1:FRONT_MATTER_WITHIN], 1)
            if fences and line.text.strip() in fences
        ),
        None,
    )
    if end is None:
        return lines, {}, []
    source = "\n".join(line.text for line in lines[1:end])
    try:
        fields = yaml.safe_load(source) if fences[0] == "---" else tomllib.loads(source)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):  # `date: 2026-02-30`
        return lines, {}, []
    stated = _front_fields(fields) if isinstance(fields, dict) else {}
    if not stated:
        return lines, {}, []
    opening = next((line.text for line in lines[end + 1 :] if not line.blank), "")
    heading = markdown_heading(opening)
    if heading and heading[0] == 1 and repeats_title(stated.get("title", heading[1]), [heading[1]]):
        stated.pop("title", None)  # the body's `# Title` says it: read as the title there
    read = {name for key in stated for name in FRONT_KEYS[key]}
    # An abstract (pandoc's, of a paper) is the text's first paragraph, set where it stood.
    abstract = fields.get("abstract") if isinstance(fields.get("abstract"), str) else None
    if abstract:
        read.add("abstract")
    found, texts, key = [], [Line(line.number, "") for line in lines[: end + 1]], ""
    broken = False  # (past a line break in the field's value: an author's affiliation)
    for index, line in enumerate(lines[1:end], 1):
        if field := FRONT_FIELD.match(line.text):
            key, broken = field[1].lower(), False
            if key == "abstract" and abstract:
                texts[index] = Line(line.number, " ".join(abstract.split()))
        if not line.blank:
            found.append((line, FRONT_READ if key in read and not broken else MARKDOWN_FRONT))
        broken = broken or (key == "author" and line.text.rstrip().endswith("\\"))
    found = [(lines[0], MARKDOWN_FRONT), *found, (lines[end], MARKDOWN_FRONT)]
    return texts + lines[end + 1 :], stated, found


def _front_fields(fields: dict) -> dict[str, str]:
    """The title, author(s), date and publisher a front matter's fields state, as text, in that
    order."""
    stated: dict[str, str] = {}
    for key, names in FRONT_KEYS.items():
        value = next((fields[name] for name in names if fields.get(name)), None)
        # authors: [Ann Lee, Bob Roe], or Jekyll's `author: {name: Ann Lee, url: …}`
        listed = value if isinstance(value, list) else [value]
        listed = [item.get("name") if isinstance(item, dict) else item for item in listed]
        if key == "author" and listed and all(isinstance(item, str) for item in listed):
            # (pandoc's author over lines, a line break `\` after the name: an affiliation
            # under it, as a Word document's author paragraph sets it, is no name)
            value = " and ".join(HARD_BREAK.split(item)[0] for item in listed)
        if isinstance(value, date):  # YAML reads an ISO date as a date, TOML a datetime too
            value = value.isoformat()[:10]
        elif key == "date" and isinstance(value, str):
            # Hugo's quoted `'2024-05-12T10:00:00+01:00'`; a date no reader could place
            # (`12/05/2024`, `Sunday`) is none
            iso = re.match(r"\d{4}-\d{2}-\d{2}(?=$|[T ])", value.strip())
            value = parse_date(iso[0] if iso else value.strip()) or ""
        if isinstance(value, str) and value.strip():
            stated[key] = " ".join(value.split())
    return stated
