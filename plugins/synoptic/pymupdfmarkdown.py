"""A PDF as pymupdf4llm's `to_markdown()` writes it (2.0 in layout mode, PyMuPDF's layout module
installed; its earlier releases in part): Markdown whose page furniture, exhibits and notes
stand among the paragraphs, read into the shapes markdownsource.py reads (docs/editions.md,
"A PDF by pymupdf4llm").

The text is pymupdf4llm's where it holds one of the program's own marks (a picture's text
between `Start of picture text` and `End of picture text`, a picture's stand-in `==> picture
[w x h] intentionally omitted <==`, a page's separator `--- end of page.page_number=2 ---`),
none in a code block (an essay that shows them), or where two of its headings at least are set
wholly in bold (`## **Heading**`, as it sets a bold font's heading) and nearly every line of
its text ends with the space the program leaves there. (The notes quotednotes.py reads are no
proof of the shape: an essay's quotation that opens with a number, `> 1 in 5 homes …`, under a
call of its own would prove it by being read.) Then:

- the pictures' text and stand-ins go (picturetext.py), the page separators go, the captioned
  tables, the figures' captions and their sources go (exhibits.py; an image alone on its line,
  `![](paper.pdf-0002-01.png)` as `write_images=True` writes it, is a picture beside them);
- the page numbers with the running heads and footers round them go (pagebreaks.py);
- the front: a title wrapped over two `#` lines (two blocks, a line that is no sentence under
  them: the byline) joined on the first; the lines above the `# Title` (a masthead: one-line
  blocks, `MASTHEAD_BLOCKS` at most, none a sentence nor a byline) go; the authors and the
  date set on one line under the title, the date in emphasis (`Ann Lee and Bo Ma _9 March
  2026_`: names alone, two to four words each, and a full date), are read as the front's
  author and date, the line listed; a keywords line (`**Keywords:** …`) among the first
  blocks under the title goes;
- the notes, block quotations at the pages' feet, and their `<sup>n</sup>` calls are read as
  Markdown's footnotes, set at the end (quotednotes.py).

Each line that goes is listed in the report. Any other Markdown (bold headings of an essay
written in Markdown, its quotations, its numbers alone) is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .exhibits import TABLE_EXHIBIT, exhibits
from .furniture import Removed, removed_lines
from .layout import Line, blocks_by_blank_lines, ends_sentence, markdown_heading
from .markdownsource import IMAGE
from .metadata import NAME_WORDS, metadata_line, names_people, parse_date
from .names import AUTHOR_SEPARATOR
from .pagebreaks import PAGE_NUMBER, page_breaks, run_on_breaks
from .pandocmarkdown import keywords_lines
from .picturetext import STANDIN, START, code_lines, picture_text
from .quotednotes import quoted_notes

MASTHEAD = "pymupdf4llm's Markdown of a PDF: the masthead above its # title"
KEYWORDS_UNDER_TITLE = "pymupdf4llm's Markdown of a PDF: the keywords under its front (Keywords: …)"
BYLINE_READ = (
    "pymupdf4llm's Markdown of a PDF: the authors and the date in emphasis on one line under its "
    "# title, read as the front's"
)
TITLE_JOINED = (
    "pymupdf4llm's Markdown of a PDF: the title's second # line, joined to its first (a long "
    "title wrapped)"
)
PAGE_SEPARATOR = "pymupdf4llm's page separator (--- end of page.page_number=n ---)"
SEPARATOR = re.compile(r"\s*-{3}\s*end of page\.page_number=\d+\s*-{3}\s*")
BOLD_HEADING = re.compile(r"\s{0,3}#{1,6}\s+(?:\*\*|__)[^*_].*(?:\*\*|__)\s*")
MIN_BOLD_HEADINGS = 2
TRAILING_SHARE = 0.8  # of its lines of text, those that end with one space
MASTHEAD_BLOCKS = 3
FRONT_BLOCKS = 4  # under the title: the byline, a summary, the keywords
# The names, then the date in emphasis: `Ann Lee and Bo Ma _9 March 2026_`.
READ_CALL = re.compile(r"\[\^\d{1,3}\]")  # (a call quotednotes.py read: `[^1]`)
NAMES_AND_DATE = re.compile(
    r"(?P<names>[^_*]+?)\s+(?P<mark>\*{1,2}|_{1,2})(?P<date>[^_*]+)(?P=mark)"
)


@dataclass(frozen=True)
class PdfMarkdown:
    lines: list[Line]
    found: bool = False
    notes: int = 0  # notes read from the pages' feet
    noted: tuple[int, ...] = ()  # their raw lines (`> 1 …`, now `[^1]: …`)
    called: tuple[int, ...] = ()  # the raw lines whose `<sup>n</sup>` calls are now `[^n]`
    pages: int = 0  # page numbers removed
    removed: list[Removed] = field(default_factory=list)
    warnings: tuple[str, ...] = ()
    facts: dict[str, str] = field(default_factory=dict)  # the author and date under the title


def is_pymupdf_markdown(lines: list[Line]) -> bool:
    """Whether the text is pymupdf4llm's (see the module)."""
    code = code_lines(lines)  # (an essay that shows the marks in its code is no PDF's)
    texts = [line.text for index, line in enumerate(lines) if not line.blank and index not in code]
    if any(
        START.match(text) or STANDIN.fullmatch(text) or SEPARATOR.fullmatch(text) for text in texts
    ):
        return True
    if sum(bool(BOLD_HEADING.fullmatch(text)) for text in texts) < MIN_BOLD_HEADINGS:
        return False
    prose = [text for text in texts if not text.lstrip().startswith(("|", "<"))]
    spaced = sum(text.endswith(" ") and not text.endswith("  ") for text in prose)
    return spaced >= TRAILING_SHARE * len(prose)


def pymupdf_markdown(lines: list[Line]) -> PdfMarkdown:
    """The lines of pymupdf4llm's Markdown read (see the module); any other text's as they
    are."""
    if not is_pymupdf_markdown(lines):
        return PdfMarkdown(lines)
    pictures, warnings = picture_text(lines)
    code = code_lines(lines)
    separators = removed_lines(
        [
            line
            for index, line in enumerate(lines)
            if index not in code and SEPARATOR.fullmatch(line.text)
        ],
        PAGE_SEPARATOR,
    )
    # (an image pymupdf4llm wrote out, `write_images=True`, is a picture too: markdownsource.py
    # lists it as it goes)
    images = {line.number for line in lines if IMAGE.fullmatch(line.text.strip())}
    shown = exhibits(lines, {item.line for item in pictures} | images)
    removed = pictures + separators + shown
    lines = _blanked(lines, removed)
    pages = page_breaks(lines)
    warnings += run_on_breaks(lines, pages)
    lines = _blanked(lines, pages)
    noted = quoted_notes(lines)  # (first: calls on the title and the byline are read too)
    front, lines, facts = _front(noted.lines, warnings)
    if noted.unread:
        said = ", ".join(str(number) for number in noted.unread[:3])
        warnings.append(
            f"block quotations that open with a number (line {said}) were not read as notes: "
            "their numbers and the <sup> calls do not agree (check them against the PDF)"
        )
    if tables := [item.line for item in shown if item.rule == TABLE_EXHIBIT]:
        warnings.append(
            f"line {tables[0]}: a table went with its caption ({len(tables)} lines): an edition "
            "has no tables; where the essay needs its figures, set them by hand as a list"
        )
    removed = sorted(removed + pages + front, key=lambda item: item.line)
    numbers = sum(1 for item in pages if item.rule == PAGE_NUMBER)
    return PdfMarkdown(
        lines,
        True,
        noted.notes,
        noted.read,
        noted.called,
        numbers,
        removed,
        tuple(warnings),
        facts,
    )


def _blanked(lines: list[Line], removed: list[Removed]) -> list[Line]:
    gone = {item.line for item in removed}
    return [Line(line.number, "") if line.number in gone else line for line in lines]


def _front(
    lines: list[Line], warnings: list[str]
) -> tuple[list[Removed], list[Line], dict[str, str]]:
    """The masthead above the `# Title` and the keywords under it, removed; the authors and
    the date on one line under it, read and removed (their note calls, `[^2]`, with them);
    the title's note calls taken off it (a warning added to `warnings`)."""
    blocks = blocks_by_blank_lines(lines)
    title = next(
        (index for index, block in enumerate(blocks[: MASTHEAD_BLOCKS + 1]) if _title_line(block)),
        None,
    )
    if title is None:
        return [], lines, {}
    removed: list[Removed] = []
    if calls := READ_CALL.findall(said := blocks[title][0].text):
        # (an acknowledgement's call on the title: taken off it, its note kept)
        lines = [
            Line(line.number, READ_CALL.sub("", said)) if line is blocks[title][0] else line
            for line in lines
        ]
        blocks = blocks_by_blank_lines(lines)
        warnings.append(
            f"line {blocks[title][0].number}: the note call{'s' if len(calls) > 1 else ''} "
            f"{' '.join(calls)} on the title taken off it; the note stays, with no call in the text"
        )
    last = title  # (a long title pymupdf4llm wraps over two `#` lines: joined on the first)
    if (
        title + 2 < len(blocks)
        and _title_line(blocks[title + 1])
        and len(blocks[title + 2]) == 1
        and not ends_sentence(blocks[title + 2][0].text.strip().strip("*_"))
    ):
        last = title + 1
        first, second = blocks[title][0], blocks[last][0]
        joined = f"# **{_title_words(first.text)} {_title_words(second.text)}**"
        lines = [Line(line.number, joined) if line is first else line for line in lines]
        removed += removed_lines([second], TITLE_JOINED)
    above = blocks[:title]
    if all(
        len(block) == 1
        and not ends_sentence(block[0].text.strip().strip("*_"))
        and not metadata_line(block[0].text.strip().strip("*_"))
        for block in above
    ):
        removed += removed_lines([block[0] for block in above], MASTHEAD)
    under = blocks[last + 1 : last + 1 + FRONT_BLOCKS]
    # (pandoc's rule: a list of terms, not a paragraph that opens so)
    keywords = [block for block in under if len(block) == 1 and keywords_lines(block)]
    removed += removed_lines([block[0] for block in keywords], KEYWORDS_UNDER_TITLE)
    lines = _blanked(lines, removed)
    facts: dict[str, str] = {}
    if under and len(under[0]) == 1 and (facts := _names_and_date(under[0][0].text)):
        removed += removed_lines(under[0], BYLINE_READ)
        lines = _blanked(lines, removed)
    return removed, lines, facts


def _title_line(block: list[Line]) -> bool:
    """Whether a block is one `#` heading line (the title, or its second line)."""
    return len(block) == 1 and (markdown_heading(block[0].text, markup=True) or (0,))[0] == 1


def _title_words(text: str) -> str:
    """A `# **Title**` line's words, without the `#` and the bold."""
    return (markdown_heading(text, markup=True) or (1, text))[1].strip().strip("*_").strip()


def _names_and_date(text: str) -> dict[str, str]:
    """The author and the date a line states that sets the names and then the date in
    emphasis (`Ann Lee and Bo Ma _9 March 2026_`); none where it is no such line."""
    found = NAMES_AND_DATE.fullmatch(READ_CALL.sub("", text).strip())
    date = parse_date(found["date"].strip()) if found else None
    if not found or not date:
        return {}
    names = found["names"].strip()
    parts = [part for part in AUTHOR_SEPARATOR.split(names) if part]
    if not parts or not all(
        NAME_WORDS[0] <= len(part.split()) <= NAME_WORDS[1] and names_people(part) for part in parts
    ):
        return {}
    return {"author": names, "date": date}
