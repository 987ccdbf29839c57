"""Layout: where a raw extraction's paragraphs begin and end, from the evidence of its lines.

Extractions keep the typesetter's lines but often lose the blank lines between paragraphs:
a PDF extraction may put a blank line after every line (double-spaced), or none at all
(single-spaced hard-wrapped). The evidence that is left is the line itself: a line that ends a
sentence although the next word would have fitted on it, a line indented at the start of a
paragraph, a short line standing alone (a heading, a byline). This module measures that
evidence and groups the lines into paragraphs; it also says which layout it found, for the
ingest report. It reads the shape of the text, not its words (but to tell a broken word from a
compound at a line-end hyphen, by the words the text itself uses).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from .names import without_honorific

# --- characters -------------------------------------------------------------------------------

# Non-breaking spaces carry no meaning in prose; pdftotext and web pages scatter them anyway.
# Unicode line and paragraph separators would break YAML and line counting: plain spaces too.
SPACES = str.maketrans(
    {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\f": "", "\u2028": " ", "\u2029": " "}
    # … and invisible characters no essay types: the combining grapheme joiner a newsletter
    # pads its preview with (Mailchimp's `͏ ‌ ͏ ‌`), a word joiner, a byte-order mark
    | dict.fromkeys(["\u034f", "\u2060", "\ufeff"], "")
)
# … and the zero-width spaces and non-joiners in such padding, two or more in a run (a single
# non-joiner is a spelling's, in Persian or Hindi)
INVISIBLE_PADDING = re.compile(r"[\u034f\u200b\u200c](?:\s*[\u034f\u200b\u200c])+\s*")
# PDF ligatures (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) are a font's presentation forms of letter pairs,
# not the author's characters: written as their letters (ﬁ → fi), a word is one word however
# the font set it (search, hyphen joins, the reader's copy and paste).
LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
# U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN are the hyphen a typesetter sets for `-` (groff
# -Tutf8 sets U+2010 for every hyphen of its source, and for the one it breaks a word with at a
# line's end): the author's `-`, written so, and read so at a line's end (`Hyphens`).
HYPHENS = {"\u2010": "-", "\u2011": "-"}
LETTERS = str.maketrans({**LIGATURES, **HYPHENS})
# A soft hyphen marks where a word may break and is never seen unless it does: inside a line
# it is nothing; at a line end it broke the word there, which is joined again (`_glue`).
SOFT_HYPHEN = "\u00ad"
INNER_SOFT_HYPHEN = re.compile(SOFT_HYPHEN + r"(?!\s*$)")
# A Markdown source's emphasis inside a sentence (`**strong**`, `_not_`), marked with
# characters of Unicode's private use, which no escaping touches (markdownsource.py).
STRONG_MARK, EMPHASIS_MARK = "\ue001", "\ue000"
# A bracket a page's text holds before a number and its `]`, `a[b[0]]` (a made text's words,
# escaped by the reader that made it): its character, no note's call, marked with another
# character of private use so that no rule reads `[0]` as a call (markdownsource.py, ingest's
# typed calls no note answers), and written back as `\[` by emit.py (review 39, finding 14).
LITERAL_BRACKET = "\ue002"
# (Google Docs sets ● ○ ■ by depth; other programs • ◦ ▪.)
BULLETS = "•◦▪●‣○■"
OPENING_QUOTES = '“‘"«„'
CLOSING_QUOTES = '”’"»'
QUOTE_PAIRS = dict(zip(OPENING_QUOTES, '”’"»“'))  # each opening quote's closing one
# What may follow the full stop of a sentence: closing quotes and brackets.
CLOSERS = CLOSING_QUOTES + "')]"

# A footnote marker as PDFs print it: a number alone on its line between a word and what follows.
MARKER_LINE = re.compile(r"\d{1,3}")
# A marker inside text, `[12]`; the space before it belongs to no word.
INLINE_MARKER = re.compile(r" ?\[(\d{1,3})\]")
ENDS_SENTENCE = re.compile(r"[.!?][" + re.escape(CLOSERS) + r"]*\s*$")
# A footnote marker after the stop (`closing.[1]`) does not keep the sentence open.
TRAILING_MARKER = re.compile(r"\s*\[\d{1,3}\]\s*$")

# --- heading shape ----------------------------------------------------------------------------

SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to vs via with".split()
)
HEADING_MAX_WORDS = 12  # a Title Case or ALL CAPS heading
PLAIN_HEADING_MAX_WORDS = 8  # a sentence-case heading must be shorter: less evidence
MARKUP_HEADING_WORDS = 25  # … but a `#` heading of a Markdown source, a title's length

# --- line widths ------------------------------------------------------------------------------

MIN_MEASURED_LINES = 6  # fewer lines say nothing reliable about a wrap width
MEASURED_MIN_CHARS = 4  # shorter lines are markers, page numbers, stops: not measured
WIDEST_SHARES = (0.9, 0.8)  # the quantiles of line lengths that may be the widest usual line
FULL_LINE = 0.75  # a line this share of the widest usual line or more is a full line
NARROWER = 0.9  # a block whose own wrap width is under this share of the text's has its own
WRAPPED_SHARE = 0.5  # a text is hard-wrapped when at least this share of its lines is full
MAX_WRAP = 160  # no page or screen sets lines wider; a longer line is a whole paragraph
INDENT = 2  # a first-line indent is at least this many spaces (pdftotext puts 1 at page tops)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line of the raw file, for error messages
    text: str  # spaces normalised; trailing spaces kept, they may mark a paragraph end

    @property
    def blank(self) -> bool:
        return not self.text.strip()


#: A blank line a reader sets between two raw lines (a paragraph's end the raw text shows in its
#: own way: a Kindle's line break inside a highlight, an abstract's narrower box) is numbered
#: between them, `n + BETWEEN_LINES`: no raw line's number is then given twice.
BETWEEN_LINES = 0.5


def blank_between(line: Line, after: bool = True) -> Line:
    """A blank line right after the raw line (or right before it, `after=False`)."""
    return Line(line.number + (BETWEEN_LINES if after else -BETWEEN_LINES), "")


def set_apart(lines: list[Line]) -> list[Line]:
    """The lines that hold text, a blank line between each two: for a program that prints a
    block a line, never wrapped, however short (trafilatura, epub2txt, a word processor's
    text)."""
    apart: list[Line] = []
    for line in lines:
        if line.blank:
            continue
        if apart:
            apart.append(blank_between(apart[-1]))
        apart.append(line)
    return apart


@dataclass
class Layout:
    """What the lines showed: for the ingest report and for grouping."""

    double_spaced: bool = False
    marked: bool = False  # paragraph ends marked by two trailing spaces
    width: int | None = None  # shortest usual full line, when hard-wrapped
    long_lines: bool = False  # lines longer than any wrap width: one paragraph per line
    inferred: dict[str, int] = field(default_factory=dict)  # breaks inferred, by evidence
    # Raw lines that end a sentence on a full line before a capital: a paragraph may end
    # there, but the layout cannot show it (the next word would not have fitted either way).
    unseen: list[int] = field(default_factory=list)
    # Raw lines after which a blank line was read as a column break inside a paragraph.
    joined: list[int] = field(default_factory=list)
    hyphens: Hyphens | None = None  # line-end hyphens, judged when lines are joined
    superscripts: int = 0  # footnote markers found glued to their words (superscripts.py)
    notes_at: frozenset[int] = frozenset()  # … and the raw lines where their notes start
    unmatched_notes: tuple[int, int, int] | None = None  # … or notes they fall short of
    note_restarts: tuple[int, ...] = ()  # … or two lists of notes that both fit them
    note_symbols: tuple[str, ...] = ()  # notes marked by symbols (`*`, `†`: symbolnotes.py)
    authors: tuple[str, ...] = ()  # the byline's names: a bio opens with one
    ligatures: Counter[str] = field(default_factory=Counter)  # … written as their letters
    foot_notes: tuple[int, int] = (0, 0)  # notes found at the feet of pages, pages (footnotes.py)
    unread_foot_rules: tuple[int, ...] = ()  # … and footnote rules over notes not read there
    soft_hyphens: int = 0  # soft hyphens in the raw text, taken out
    link_marks: int | None = None  # a text-mode browser's link marks taken out (if a dump)
    saved_addresses: int = 0  # … or a page saved as text: its links' addresses taken out
    unquoted: int = 0  # an e-mail's lines quoted whole, read without their `>` (mail.py)
    # paragraph numbers typed by hand taken off ("1.1", …), and headings' section numbers
    typed_numbers: tuple[tuple[str, ...], int] = ((), 0)
    wiki_page: tuple[int, int] = (
        0,
        0,
    )  # a wiki page's headings' edit links, references read as notes
    # a message saved whole: its parts, the encoding of the part read, and which it was
    saved_message: tuple[int, str, str] | None = None
    # a page saved as HTML: its blocks, its notes, where its front was read (htmlpage.front_said)
    html_page: tuple[int, int, str] | None = None
    # the text read is Markdown made of a file's markup: its layout no shape of the file's
    made_of_markup: bool = False
    # a page saved as MHTML: its parts, the HTML part's encoding and charset, the others' types
    mhtml: tuple[int, str, str, tuple[str, ...]] | None = None
    obsidian_links: int = 0  # an Obsidian note's `[[links]]`, read as their words
    # notes copied from a page with their ways back (`↩`), numbered in order; or (blocks ending
    # in a way back, markers) where the two do not count alike (backlinks.py)
    back_links: tuple[int, tuple[int, int] | None] = (0, None)
    # notes a copy of a page joined on one line, each ended by its way back, read apart
    joined_back_links: int = 0
    # a Word document's fields' codes taken out, and its notes read at the end without markers
    word_fields: tuple[int, int] = (0, 0)
    # a Project Gutenberg e-book's `[Footnote n: …]` notes moved to the end, `_italics_` marked
    gutenberg: tuple[int, int] | None = None
    drop_caps: int = 0  # paragraphs' first letters set apart (drop caps), set back on their word
    # a Kindle's clippings: the essay's highlights read, of the entries in the file (kindle.py)
    kindle: tuple[int, int] = (0, 0)
    discourse_posts: int = 0  # a Discourse topic's posts, the first read (discourse.py)
    # what the later readers of a whole text's shape read, in the report's words (a page's text
    # from trafilatura, a chat's export, …), and where they are unsure
    read_as: tuple[str, ...] = ()
    read_warnings: tuple[str, ...] = ()
    # a Markdown source's footnotes `[^n]:`, escapes, blocks wholly in emphasis (markdownsource)
    markdown: tuple[int, int, int, int] = (0, 0, 0, 0)
    syntax: str = ""  # a markup source's: "Markdown" or "reStructuredText" (rstsource.py)

    @property
    def markup(self) -> bool:
        """A markup source's: its links read as their words leave short lines mid-paragraph."""
        return bool(self.syntax)

    @property
    def web(self) -> bool:
        """Neither wrapped nor spaced: a web page's one paragraph per line."""
        return not self.width and not self.double_spaced

    def infer(self, evidence: str) -> None:
        self.inferred[evidence] = self.inferred.get(evidence, 0) + 1


# --- lines ------------------------------------------------------------------------------------


# A soft line break (U+2028, TextEdit's, kept by `textutil`) before a date: a byline's row, its
# parts set apart (`By Ann Lee` / `12 March 2026`); any other is a space (a title or a
# paragraph broken inside).
# A date spelled out, day first or month first: `12 March 2026`, `March 12, 2026`.
SPELLED_DATE = r"\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}"
DATE_AFTER_SOFT_BREAK = re.compile(rf"\u2028(?=\s*(?:{SPELLED_DATE}))")
# A note's first line in plain digits: its number, a space and a capital (`1 Availability …`).
PLAIN_NOTE_START = r"\d{1,3}\s+[A-Z]"


def soft_broken(text: str) -> str:
    """The text with its vertical tabs (PowerPoint's and Word's soft line break, as python-pptx
    and python-docx give it: markitdown's text) read as a soft break U+2028 is: a dot before a
    date set apart by it, a space elsewhere."""
    if "\v" not in text:
        return text
    return DATE_AFTER_SOFT_BREAK.sub(" · ", text.replace("\v", "\u2028")).replace("\u2028", " ")


def block_starts(lines: list[Line]) -> list[int]:
    """The indexes of the lines that open a block (the first, or one after a blank line)."""
    return [i for i, line in enumerate(lines) if not line.blank and (i == 0 or lines[i - 1].blank)]


def normalise(raw: str) -> list[Line]:
    """Numbered lines with plain spaces (line ends are already `\\n`: see sourcefile)."""
    raw = DATE_AFTER_SOFT_BREAK.sub(" · ", raw)
    return [
        Line(
            n,
            INNER_SOFT_HYPHEN.sub(
                "", INVISIBLE_PADDING.sub("", line).translate(SPACES).translate(LETTERS)
            ),
        )
        for n, line in enumerate(raw.split("\n"), start=1)
    ]


def ligatures(raw: str) -> Counter[str]:
    """The PDF ligatures of a raw text, by character, for the report."""
    return Counter(char for char in raw if char in LIGATURES)


def without_marks(text: str) -> str:
    """The text without a Markdown source's emphasis marks, its literal brackets their
    character again: plain, as front matter is."""
    return text.replace(STRONG_MARK, "").replace(EMPHASIS_MARK, "").replace(LITERAL_BRACKET, "[")


def unemphasised(text: str) -> str:
    """The text without the emphasis that wraps it whole (a heading set in bold, `## **Costs**`,
    as Google Docs exports it: a heading is its own emphasis)."""
    while len(text) > 2 and text[0] == text[-1] in (STRONG_MARK, EMPHASIS_MARK):
        if text[0] in text[1:-1]:
            break  # two spans (`**Costs** and **benefits**`), not one around the whole
        text = text[1:-1]  # (bold in italics too: `***What next***`)
    return text


def ends_sentence(text: str) -> bool:
    end = TRAILING_MARKER.sub("", text.rstrip()[-16:])  # the end is enough: bounded work
    return bool(ENDS_SENTENCE.search(end[-8:]))


def indent_of(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def _quotation_goes_on(lines: list[Line]) -> bool:
    """Whether the first line opens a quotation it leaves open, the next goes on in lower
    case and the last closes it: one quotation, no line after a heading (a pull quote over
    the paragraph it cuts, its closing quote inside the block, stays apart)."""
    first, last = lines[0].text.strip(), lines[-1].text.strip()
    closing = QUOTE_PAIRS.get(first[:1])
    return (
        closing is not None
        and closing not in first[1:]
        and not _starts_paragraph(lines[1].text)
        and last.endswith(closing)
        and all(closing not in line.text for line in lines[1:-1])
    )


def _starts_paragraph(text: str) -> bool:
    """Could begin a paragraph: not a lower-case word or punctuation going on from before."""
    first = text.lstrip()[:1]
    return bool(first) and not first.islower() and first not in ".,;:!?)]" + CLOSERS


def is_double_spaced(lines: list[Line]) -> bool:
    """A blank line after nearly every line, and lines wrapped mid-sentence.

    Web extractions also put a blank after every line, but there each line is a whole
    paragraph; only in a wrapped text does the next line go on in lower case.
    """
    texts = [i for i, line in enumerate(lines) if not line.blank]
    if len(texts) < 4:
        return False
    spaced = sum(1 for i in texts if i + 1 < len(lines) and lines[i + 1].blank)
    wrapped = sum(
        1
        for i, j in zip(texts, texts[1:])
        if lines[j].text.strip()[0].islower() and not ends_sentence(lines[i].text)
    )
    return spaced >= 2 * len(texts) / 3 and wrapped >= len(texts) / 4


def _quantile(values: list[int], share: float) -> int:
    return values[round(share * (len(values) - 1))]


def wrap_width(lines: list[Line]) -> int | None:
    """The length below which a line is not full, if the text is hard-wrapped; else None.

    In a wrapped text most lines are full, so they gather just under the widest usual line
    (the 90th percentile: a longer line is an outlier). Proportional fonts make full lines
    vary by a tenth or so: the shorter usual full lines (lower quartile) give the width a
    line must fall clearly short of to be a paragraph's last line.
    """
    lengths = sorted(
        n
        for line in lines
        if len(line.text.strip()) >= MEASURED_MIN_CHARS
        and (n := len(line.text.rstrip().expandtabs(4)))
    )
    if len(lengths) < MIN_MEASURED_LINES:
        return None
    # The widest usual line: the longest tenth are outliers; where more are (a magazine's
    # joined lines, where its hyphens were taken out, and its wider standfirst), a fifth.
    for share in WIDEST_SHARES:
        widest = _quantile(lengths, share)
        full = [n for n in lengths if n >= FULL_LINE * widest]
        if widest <= MAX_WRAP and len(full) >= WRAPPED_SHARE * len(lengths):
            return _quantile(full, 0.25)
    return None


def measure(lines: list[Line]) -> Layout:
    double, width = is_double_spaced(lines), wrap_width(lines)
    return Layout(
        double_spaced=double,
        marked=double and any(line.text.endswith("  ") for line in lines if not line.blank),
        width=width,
        long_lines=any(len(line.text.strip()) > MAX_WRAP for line in lines),
        hyphens=Hyphens.of(lines, wrapped=bool(width)),
    )


# --- grouping lines into paragraphs -----------------------------------------------------------


def blocks_by_blank_lines(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


#: A line ending in one of these has ended a clause: a list's lead-in ("…without delay:"), a
#: pause ("…call ahead with —"). A column break cuts a sentence inside a clause.
CLAUSE_ENDS = ":;—–"
#: A word with a capital after its first letter is a name ("eBay", "iPhone"), which may open a
#: paragraph in lower case.
NAME_IN_LOWER_CASE = re.compile(r"[^\W\d_]+[A-Z]")


def _continues(block: list[Line], previous: list[Line], width: int | None) -> str | None:
    """How a page or column break splits a sentence, if it does (None if not): the rest comes
    after a blank line, in lower case (or a comma, a bracket going on, a sum: `£60,000`), below
    a line that ends no sentence. pdftotext indents it (`PAGE_TOP`); a column break leaves it flush
    (`COLUMN_BREAK`), and then the line above must be a full line of a hard-wrapped text that
    ends no clause either (the next word would not have fitted on it: it was wrapped, not
    ended; a paragraph's last line, a heading or a list's lead-in is not full), and the rest
    must not open with a name written in lower case ("eBay")."""
    first, last = block[0].text, previous[-1].text
    rest = first.lstrip()
    if not (rest[0].islower() or rest[0] in ",;:)]£$€") or ends_sentence(last):
        return None
    if first != rest:
        return PAGE_TOP
    if (
        not width
        or last.rstrip()[-1:] in CLAUSE_ENDS
        or NAME_IN_LOWER_CASE.match(rest)
        or _ended(last.rstrip(), rest, width)
    ):
        return None
    return COLUMN_BREAK


def single_spaced_blocks(
    lines: list[Line], width: int | None = None, joined: list[int] | None = None
) -> list[list[Line]]:
    """Blocks are separated by blank lines, except page- and column-break continuations; the
    raw lines where a column break was read so go to `joined`, for the report (a flush line in
    lower case is weaker evidence than pdftotext's indent)."""
    blocks: list[list[Line]] = []
    for block in blocks_by_blank_lines(lines):
        split = _continues(block, blocks[-1], width) if blocks else None
        if split:
            if split == COLUMN_BREAK and joined is not None:
                joined.append(blocks[-1][-1].number)
            blocks[-1] = blocks[-1] + block
        else:
            blocks.append(block)
    return blocks


def double_spaced_blocks(lines: list[Line]) -> list[list[Line]]:
    """Every line is followed by a blank, so single blanks mean nothing.

    A paragraph ends at a line with two trailing spaces (the extractor's mark) or at a real
    blank line (two blanks or more in a row); the other ends are inferred (`split_wrapped`).
    """
    blocks: list[list[Line]] = [[]]
    blanks = 0
    for line in lines:
        if line.blank:
            blanks += 1
            continue
        if blanks >= 2:
            blocks.append([])
        blanks = 0
        blocks[-1].append(line)
        if line.text.endswith("  "):
            blocks.append([])
    return [block for block in blocks if block]


INDENTED = "indented first line"
LINE_A_PARAGRAPH = "a line of a text set a paragraph a line"
#: … whose lines are paragraphs for the most part, four at least
PARAGRAPH_LINES = 4
BIO = "the author's name after a sentence (a bio)"
# What follows the author's name where their note about themselves starts: "Ann Lee is …",
# "Ann Lee, a fellow at …"; elsewhere the name is the essay's own words.
BIO_VERB = r"\s+(?:is|was|has|holds|teaches|works|writes|leads|directs|chairs|runs|lives)\b"
BIO_OPENING = rf"(?:,|{BIO_VERB})"
# A note may end without a stop, in an address or a bracketed year.
NOTE_END = re.compile(r"(?:https?://\S+|\))\s*$")
UNSEEN = "unseen"  # a sentence ends on a full line: a break there would leave no trace
PAGE_TOP = "page top"  # a sentence goes on, indented, at the top of the next page
COLUMN_BREAK = "column break"  # … or flush, after a blank line, in the next column
NOTE = "note"  # a numbered note starts: a block of its own, but no paragraph break


def _break_after(
    block: list[Line], index: int, start: int, layout: Layout, a_line: bool = False
) -> str | None:
    """The evidence that the paragraph ends after line `index` of `block`, if any (`a_line`:
    the block is set a paragraph a line, `_paragraph_a_line`, read once for it).

    `start` is the index of the paragraph's first line. A marker line never ends a
    paragraph and never starts one: it belongs to the word before it.
    """
    # Measured with its indent: an indented line has less room (a first-line indent).
    text, following = block[index].text.rstrip().expandtabs(4), block[index + 1].text
    if block[index + 1].number in layout.notes_at:
        return NOTE
    if block[start].number in layout.notes_at:
        # A note's lines go on until the next note (an indented line too, a short one), but
        # for the author's note after the last one, which opens with a verb after the name (a
        # note may cite "Jane Smith, Small Flats, 2019": the author's own work).
        last = block[start].number == max(layout.notes_at)
        ended = ends_sentence(text) or NOTE_END.search(text) is not None
        return BIO if last and ended and _names_author(following, layout, BIO_VERB) else None
    if MARKER_LINE.fullmatch(text.lstrip()) or MARKER_LINE.fullmatch(following.strip()):
        return None
    if layout.markup:
        return None  # blank lines part a markup source's paragraphs; its lines' widths vary
    if following.lstrip().startswith(tuple(BULLETS)):
        return None  # a bullet is an item of its own already (ingest.split_items)
    # A short line standing alone (a heading, a byline) whatever comes next; but a quotation
    # it opens and the block closes goes on (an indented epigraph set at its own measure,
    # `“Say what you know, and then say what you do not` / `know, … the join.”`).
    if layout.width and index == start and _ended(text, following, layout.width):
        return None if _quotation_goes_on(block[index:]) else "heading-like line"
    if layout.width is None and index == start and _before_whole_paragraph(block, index):
        return "short line before a paragraph's line"
    if a_line:
        return LINE_A_PARAGRAPH
    if not (_starts_paragraph(following) and ends_sentence(text)):
        return None
    if len(text) > MAX_WRAP:
        return "long line"  # no page sets a line this wide: the line is the paragraph
    if _opens_bio(text, following, layout):
        return BIO
    if layout.width is None:
        return None
    if indent_of(following) >= INDENT > indent_of(text):
        return INDENTED
    if _ended(text, following, layout.width):
        return "short line"
    after = block[index + 2].text if index + 2 < len(block) else ""
    if looks_like_heading(following.strip()) and _ended(following.strip(), after, layout.width):
        return "heading-like line"
    return UNSEEN


def _paragraph_a_line(block: list[Line]) -> bool:
    """A text set a paragraph a line with no blank line anywhere (TextEdit's or `textutil`'s
    export of a document): a third of its lines or more longer than any page sets them. Every line
    is then a unit of its own (a heading, a list's lead-in, an item, a note), as no line of
    such a text goes on on the next."""
    long = sum(len(line.text.strip()) > MAX_WRAP for line in block)
    return long >= PARAGRAPH_LINES and long >= len(block) / 3


def _before_whole_paragraph(block: list[Line], index: int) -> bool:
    """One paragraph a line, with no blank line between (a word processor's text: the block
    holds two paragraph lines or more): a short line that is a heading ("The arithmetic") or a
    sentence ("Who is out at 3 a.m.") stands alone above a line no page sets, a whole
    paragraph; it is not that paragraph's opening. Where blank lines part the paragraphs, a
    paragraph's sentences may stand a line each; but a block of two lines, a heading's and a
    whole paragraph's, is a heading glued to its first paragraph (a Medium post copied from a
    browser: `Thin evidence` / `The council's own records show …`): a heading ends no clause,
    so it is no sentence of the paragraph."""
    text, following = block[index].text, block[index + 1].text
    paragraphs = sum(len(line.text.strip()) > MAX_WRAP for line in block)
    glued = len(block) == 2 and looks_like_heading(text.strip())
    return (
        (paragraphs >= 2 or glued)
        and len(text.split()) <= HEADING_MAX_WORDS
        and len(following.strip()) > MAX_WRAP
        and _starts_paragraph(following)
        and (looks_like_heading(text.strip()) or ends_sentence(text))
    )


def _opens_bio(text: str, following: str, layout: Layout) -> bool:
    """After a sentence, "Ann Lee is a …" or "Ann Lee, a …": the author's note starts."""
    return ends_sentence(text) and _names_author(following, layout, BIO_OPENING)


def _names_author(line: str, layout: Layout, opening: str) -> bool:
    """The line opens with the byline's name and then `opening` (a verb, or a comma)."""
    # (a title before the name: "Dr Ann Lee is …", where the byline gives "Ann Lee")
    text = without_honorific(line.strip())
    return any(re.match(re.escape(name) + opening, text) for name in layout.authors)


def _ended(text: str, following: str, width: int) -> bool:
    """The next word would have fitted on this line: it was ended, not wrapped."""
    return len(text) + 1 + len((following.split() or [""])[0]) < width


def split_wrapped(block: list[Line], layout: Layout) -> list[list[Line]]:
    """Split a block of consecutive lines where a paragraph ends inside it."""
    parts: list[list[Line]] = [[block[0]]]
    own = wrap_width(block) if layout.width else None
    ended = sum(ends_sentence(line.text) for line in block[:-1])
    if own and own < NARROWER * layout.width and 2 * ended < len(block) - 1:
        # A paragraph set narrower than the text (a preprint's abstract, an indented quotation:
        # most of its lines end no sentence) is wrapped at its own measure, so its full lines
        # are no short ones; short lines that each end a sentence (questions and answers) are
        # lines of their own. (The copy shares the layout's tallies.)
        layout = replace(layout, width=own)
    a_line = layout.width is None and _paragraph_a_line(block)
    for index in range(len(block) - 1):
        start = index + 1 - len(parts[-1])
        evidence = _break_after(block, index, start, layout, a_line)
        if evidence == UNSEEN:
            if not layout.marked:  # marked ends are the extractor's word: nothing is unseen
                layout.unseen.append(block[index].number)
        elif evidence:
            if evidence != NOTE:
                layout.infer(evidence)
            parts.append([])
        parts[-1].append(block[index + 1])
    return parts


def _stacked_front(parts: list[list[Line]]) -> list[list[Line]]:
    """A page copied whole from a browser, a block element a line: above its first line of
    prose (a line no page wraps), lines with no blank between are its elements stacked (a
    menu, the title, a button, the author's name twice), each a unit of its own, never one
    paragraph; none of them ends a clause (a sentence there may run over lines)."""
    first = next(
        (k for k, part in enumerate(parts) if any(len(x.text.strip()) > MAX_WRAP for x in part)),
        0,
    )
    front = [
        [[line] for line in part]
        if not any(ends_clause(line.text.strip()) for line in part)
        else [part]
        for part in parts[:first]
    ]
    return [piece for pieces in front for piece in pieces] + parts[first:]


def group_lines(lines: list[Line], layout: Layout | None = None) -> tuple[list[list[Line]], Layout]:
    """The lines of each paragraph (or heading, list item, note), and the layout found
    (measured here unless given)."""
    layout = layout or measure(lines)
    blocks = (
        double_spaced_blocks(lines)
        if layout.double_spaced
        else single_spaced_blocks(lines, layout.width, layout.joined)
    )
    parts = [part for block in blocks for part in split_wrapped(block, layout)]
    if layout.web and layout.long_lines and not layout.markup:
        parts = _stacked_front(parts)
    if layout.inferred.get(INDENTED, 0) >= 2:
        layout.unseen.clear()  # where first lines are indented, a line not indented goes on
    return parts, layout


# --- the shape of one line --------------------------------------------------------------------


def word_core(word: str) -> str:
    return word.lstrip(OPENING_QUOTES + "('[")


def is_title_case(text: str) -> bool:
    cores = [word_core(word) for word in text.split()]
    significant = [c for c in cores if c[:1].isalpha() and c.lower() not in SMALL_WORDS]
    return all(c[0].isupper() for c in significant)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def starts_upper(text: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper()


def ends_clause(text: str) -> bool:
    """Ends with a stop or a comma: prose, not a heading (a question mark may end a title)."""
    return INLINE_MARKER.sub("", text[-40:]).rstrip(CLOSERS)[-1:] in ".,;:!"


def may_be_title(text: str) -> bool:
    """No closing stop, or a headline in Title Case, which may end in one ("The Week Is Too
    Short. It Costs Parents.")."""
    return not ends_clause(text) or is_title_case(text)


# A Markdown heading, as a text exported from Markdown writes one: `## Costs`, `### Costs ##`.
MARKDOWN_HEADING = re.compile(r"(?P<level>#{1,6})[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*")
#: A `#` heading's escaped closing `#`s (`## Why we are number \#`): the writer's own, no
#: closing sequence of Markdown's (which drops a ` #` ending a heading); the escape is read
#: here, after any other of the line's (markdownsource.unescaped).
ESCAPED_CLOSING_HASHES = re.compile(r"(?<=[ \t])\\(#+)(?=[ \t]*$)")
# A heading's text opening with a number and going on in words, which may be lower case: a
# year or a count ("1984 and after", a review's probe: it was read as a paragraph, `\## 1984`).
NUMBER_THEN_WORDS = re.compile(r"\d[\d,.]*\s+\S")
#: A year, or a span of years, alone ("2024", "2024–25"), as a heading's text.
YEAR_HEADING = re.compile(r"(?:1[5-9]|20)\d\d(?:\s*[–-]\s*\d{2,4})?")
# Markdown's list markers: a line that starts with one is an item when others in its block do.
MARKDOWN_ITEM = re.compile(r"(?P<indent>\s*)(?P<marker>[-*])\s+(?=\S)")
# Another marker after a wide gap: a site's menu bar as a text dump sets it (`* Home  * News`).
MENU_ITEMS = re.compile(r"\s{2,}[-*]\s")


def markdown_heading(text: str, markup: bool = False, made: bool = False) -> tuple[int, str] | None:
    """The level and text of a `#` heading line whose text looks like a heading (`# 1` and
    `# not a heading` are a line of text that starts with `#`). In a Markdown source
    (`markup`), the `#` says it: a longer heading in sentence case is one too (`## Keep the
    boat: the case against a Skarra bridge`), and one opening in lower case (`## iPhone and
    the future`), if it is no sentence; so is a `##` heading or deeper in any text, opening as
    a heading does (`## A different kind of test, not a better one`: `##` is Markdown's; `######
    nor this` is text). In Markdown this program
    made of a page's markup (`made`), a `#` line is a heading element's, a heading whatever
    its looks (`## iPhone and the future` had read as a paragraph, review 43)."""
    match = MARKDOWN_HEADING.fullmatch(text.strip())
    if not match:
        return None
    words = ESCAPED_CLOSING_HASHES.sub(r"\1", match["text"])
    if made:
        return len(match["level"]), words
    # ("## 1984 and after"; "## 2024", "## 2024–25": a year is a heading's, a page's number
    # not; "## iPhone and the future", "## de Gaulle and the veto": a word, whatever its case)
    numbered = NUMBER_THEN_WORDS.match(words) or YEAR_HEADING.fullmatch(words)
    opens = numbered or words[:1].isalpha() if markup else numbered or starts_upper(words)
    # (`##` and deeper: Markdown's, in any text; a lone `#` may be a count, `# 1 priority`)
    said = (markup or len(match["level"]) > 1) and opens and not ends_clause(words)
    if not (looks_like_heading(words) or (said and len(words.split()) <= MARKUP_HEADING_WORDS)):
        return None
    return len(match["level"]), words


def block_ranges(lines: list[Line]) -> list[range]:
    """The indexes of each block's lines (lines with no blank between), in order; a block may
    be empty (blank lines in a row)."""
    blanks = [index for index, line in enumerate(lines) if line.blank]
    starts = [0, *(index + 1 for index in blanks)]
    return [range(start, end) for start, end in zip(starts, [*blanks, len(lines)])]


def markdown_lists(lines: list[Line]) -> list[Line]:
    """The lines with Markdown's list items (`- Item`, `* Item`) marked as bullets, as ingest
    reads lists. A marker is an item's only where two lines or more of one block (lines with no
    blank between) start with it, each followed by a capital, or where every line of the block
    does (`- she reads the whole report;`, items that go on from a lead-in): one such line alone
    (`- not an item`), a lower-case word after it in a block of text (a dash running on from
    the line above) or a line of several items (a menu bar) is text."""
    # Each block's lines: line index, and its marker and whether a capital follows it (None
    # for a line that is no item).
    blocks: list[list[tuple[int, str | None, bool]]] = [[]]
    for index, line in enumerate(lines):
        if line.blank:
            blocks.append([])
            continue
        item = MARKDOWN_ITEM.match(line.text)
        if item and MENU_ITEMS.search(line.text, item.end()):
            item = None
        upper = bool(item) and starts_upper(line.text[item.end() :])
        blocks[-1].append((index, item["marker"] if item else None, upper))
    items: set[int] = set()
    for block in blocks:
        markers = {marker for _, marker, _ in block}
        if len(block) >= 2 and len(markers) == 1 and None not in markers:
            items |= {index for index, _, _ in block}
            continue
        count = Counter(marker for _, marker, upper in block if upper)
        items |= {index for index, marker, upper in block if upper and count[marker] >= 2}
    return [
        replace(line, text=MARKDOWN_ITEM.sub(rf"\g<indent>{BULLETS[0]} ", line.text, count=1))
        if index in items
        else line
        for index, line in enumerate(lines)
    ]


# A Markdown table's rule under its head: `|---|:---:|`, `--- | ---`.
TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def pipe_tables(lines: list[Line]) -> list[Line]:
    """The lines with each Markdown table (a block whose second line is its rule,
    `|---|---|`, every line holding a `|`) made a list of its rows, cells apart: `• Year ·
    Level`, `• 2020 · 3.1 m` (an edition has no tables; its rows glued into one paragraph
    read `| Year | Level | |---|---| | 2020 | 3.1 m |`). The rule goes."""
    rows: dict[int, str] = {}  # line index → the row as a list's item
    rules: set[int] = set()
    for block in block_ranges(lines):
        if (
            len(block) < 3
            or not TABLE_RULE.fullmatch(lines[block[1]].text.strip())
            or not all("|" in lines[i].text for i in block)
        ):
            continue
        rules.add(block[1])
        for i in block:
            cells = [cell.strip() for cell in lines[i].text.strip().strip("|").split("|")]
            rows[i] = f"{BULLETS[0]} " + " · ".join(cell for cell in cells if cell)
    return [
        replace(line, text=rows[i]) if i in rows else line
        for i, line in enumerate(lines)
        if i not in rules
    ]


# A numbered list's item as a text sets it: `1. Water it.`, `2) Give it room.`
NUMBERED_ITEM = re.compile(r"(?P<indent>\s*)(?P<n>\d{1,2})[.)]\s+(?=\S)")


def numbered_lists(lines: list[Line]) -> list[Line]:
    """The lines with the items of a numbered list (`1. Water it.`, `2. Give it room.`) marked
    as bullets, their numbers kept (`• 1. Water it.`: the edition numbers them again,
    `emit.render_block`). A block (lines with no blank between) is a numbered list where every
    line of it is an item, two or more, counting up by one. Numbered headings over their
    paragraphs in a hard-wrapped text (`1. Background`, lines of text, `2. Demand`), a
    numbered line alone and numbers that do not count up stay text."""
    marked = list(lines)
    for block in block_ranges(lines):
        items = [NUMBERED_ITEM.match(lines[i].text) for i in block]
        if len(items) < 2 or not all(items):
            continue
        numbers = [int(match["n"]) for match in items]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue
        for i, match in zip(block, items):
            indent = match["indent"]
            marked[i] = replace(
                lines[i], text=f"{indent}{BULLETS[0]} {lines[i].text[len(indent) :]}"
            )
    return marked


def looks_like_heading(text: str) -> bool:
    """A short line, no closing punctuation, capitalised as headings are."""
    words = text.split(maxsplit=HEADING_MAX_WORDS)
    if not words or len(words) > HEADING_MAX_WORDS or ends_clause(text):
        return False
    if not starts_upper(text):
        return False
    if len(words) <= PLAIN_HEADING_MAX_WORDS:
        return True
    return is_title_case(text) or is_all_caps(text)


# --- joining lines into text ------------------------------------------------------------------

# A word broken at the line end by a hyphen; the hyphen is kept because it may be real.
BROKEN_WORD = re.compile(r"[^\W\d_]-\Z")
LAST_WORD = re.compile(r"([^\W\d_]+)-\Z")
FIRST_WORD = re.compile(r"[^\W\d_]+")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass
class Hyphens:
    """Which line-end hyphens break a word (`educa-` / `tion`) and which belong to it
    (`long-` / `standing`), judged by the words the text itself uses elsewhere.

    The word written whole elsewhere joins; written with its hyphen elsewhere, it keeps it.
    Otherwise, in a hard-wrapped text (where typesetters break words), the hyphen joins when the
    joined form is an English word (`under-` / `standing`, by LemmInflect's lexicon) or when
    either fragment is no word, of the text or of English (`second-` / `ary`): a compound is
    made of words. Only two words whose joined form is no word keep it (`long-` / `term`,
    `head-` / `gate`): the report lists those for the editor. A capitalised word is a name's
    (`Black-` / `burn`), which the lexicon does not know: the text's own words decide.
    """

    counts: Counter[str]  # the text's words, but the fragments at line-end hyphens
    wrapped: bool
    rejoined: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, lines: list[Line], wrapped: bool) -> Hyphens:
        counts: Counter[str] = Counter()
        broken = False  # the line before ended in a broken word: this one starts its rest
        for line in (line.text.rstrip() for line in lines if not line.blank):
            words = [w.lower() for w in WORD.findall(line)]
            if broken and line.lstrip()[:1].islower():
                words = words[1:]
            broken = bool(BROKEN_WORD.search(line))
            counts.update(words[:-1] if broken else words)
        return cls(counts, wrapped)

    def known(self, word: str) -> bool:
        """A word the text uses, or an English word."""
        return bool(self.counts[word]) or is_english(word)

    def joins(self, left: str, right: str) -> bool:
        first, second = left.lower(), right.lower()
        if self.counts[first + second]:
            joined = True
        elif self.counts[f"{first}-{second}"]:
            joined = False
        elif left[:1].isupper():  # a name broken (`Black-` / `burn`): English says nothing
            joined = self.wrapped and not (self.counts[first] and self.counts[second])
        else:
            joined = self.wrapped and (
                is_english(first + second) or not (self.known(first) and self.known(second))
            )
        (self.rejoined if joined else self.kept).append(f"{left}-{right}")
        return joined


# The lexicon knows "one", "two", "hundred", but not the other numbers' words (`ten-` / `year`).
NUMBER_WORDS = frozenset(
    "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split()
)


# … nor the prepositions and conjunctions, which do not inflect: a typesetter breaks them too
# (`be‐` / `cause`, a review's probe of groff's text, whose halves are words both).
FUNCTION_WORDS = frozenset(
    "because although though against among amongst amid amidst upon until unless whereas "
    "towards toward despite during onto into whilst beneath every".split()
)


def is_english(word: str) -> bool:
    """Whether LemmInflect's lexicon of English knows the word (lower case), or it is a number's
    or a preposition's or conjunction's."""
    if word in NUMBER_WORDS or word in FUNCTION_WORDS:
        return True
    # Imported here: only a hyphen at a line's end asks (the lexicon loads in about 0.1 s).
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


def drop_caps(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines with each drop cap set back on its word, and how many: a paragraph's first
    letter set large, which pdftotext gives as a block of its own (`T`, a blank line, `he
    Trust has applied …`). `A` and `I` are words too: over a word that is one (`A` / `beaver
    family …`) they stay one (`A beaver`), unless letter and word make one (`A` / `round the
    pond` is "Around"; "A long time" is then read "Along time", a known limit)."""
    read = list(lines)
    joined = 0
    for i, line in enumerate(lines[:-2]):
        letter = line.text.strip()
        below = lines[i + 2] if lines[i + 1].blank else None
        if not (len(letter) == 1 and letter.isupper() and below and below.text[:1].islower()):
            continue
        if i and not lines[i - 1].blank:
            continue  # a letter under a line of text: a list's label, a grid's
        word = below.text.split()[0].lower().strip(".,;:")
        # `A` / `round …` is "Around", `A` / `beaver …` "A beaver": the word the letter makes
        # with the rest, where there is one (`amid`: FUNCTION_WORDS)
        whole = is_english(letter.lower() + word)
        glue = " " if letter in "AI" and is_english(word) and not whole else ""
        read[i], read[i + 2] = Line(line.number, ""), Line(below.number, letter + glue + below.text)
        joined += 1
    return read, joined


def _glue(previous: str, line: str, after_marker: bool, hyphens: Hyphens | None) -> str | None:
    """What goes between the previous line and the next one; None: drop the previous line's
    hyphen and join the word it broke."""
    if after_marker and line[0] in ".,;:!?)]" + CLOSING_QUOTES:
        return ""  # `present)[1].`: the stop belongs to the sentence, not to a new word
    if previous.endswith(SOFT_HYPHEN):
        return None
    if BROKEN_WORD.search(previous) and line[0].islower():
        left, right = LAST_WORD.search(previous), FIRST_WORD.match(line)
        if hyphens and left and right and hyphens.joins(left[1], right[0]):
            return None
        return ""
    return " "


def join_lines(lines: list[str], hyphens: Hyphens | None = None) -> str:
    """Join wrapped lines into one, putting stand-alone marker numbers back as `[n]`.

    `present)` / `1` / `.` becomes `present)[1].`. A hyphen at a line end is kept, with no
    space after it, unless `hyphens` says it broke a word: `educa-` / `tion` is `education`.
    """
    pieces: list[str] = []
    after_marker = False
    for line in (stripped for line in lines if (stripped := line.strip())):
        if pieces and MARKER_LINE.fullmatch(line):
            pieces.append(f"[{line}]")
            after_marker = True
            continue
        if pieces:
            glue = _glue(pieces[-1], line, after_marker, hyphens)
            if glue is None:
                pieces[-1] = pieces[-1][:-1]
            pieces.append(glue or "")
        pieces.append(line)
        after_marker = False
    # Any run of spaces, tabs or exotic spaces is one space: markers and stops rely on it.
    # … and a soft hyphen left at a paragraph's end broke nothing.
    return re.sub(r"\s+", " ", "".join(pieces)).replace(SOFT_HYPHEN, "")
