"""What pandoc's Markdown writer (`pandoc -s doc.docx -t markdown`) sets that a Markdown source
read by markdownsource.py would otherwise keep as words:

- a bracketed span with attributes, `[Legibility]{.underline}`, `[word]{#id .smallcaps}`: its
  words (pandoc keeps Word's underline, small capitals and bookmarks so). A bracket that is no
  span (`[sic]`, `[1]{x}` with no attribute's sign) stays;
- a multiline table: a rule of dashes over its rows, a rule of column dashes under its header
  (`----- ------ -----`), its rows (wrapped within their columns, blank lines between them) and
  a closing rule of dashes; read as a list of its rows, cells apart (`• Drapery · 151 · 1.6`),
  as a pipe table is (layout.pipe_tables: an edition has no tables), each cell's lines joined;
- the table's caption, a paragraph under it (or over it) that opens with `:` or `Table:`:
  left out, listed in the report;
- the keywords a paper's front sets under the front matter (`**Keywords:** a; b; c`, wrapped
  over lines): left out, listed in the report.
"""

from __future__ import annotations

import re

from .layout import BULLETS, Line

#: A bracketed span with attributes: its words, then `{` and a class, an id or a key's value.
SPAN = re.compile(r"(?<![\\!\]])\[(?P<words>[^\[\]^][^\[\]]*)\]\{(?:[.#][\w-]|[\w-]+=)[^{}]*\}")
#: Inline code, whose characters are as typed.
CODE_SPAN = re.compile(r"(`+[^`]*`+)")
#: A multiline table's outer rule: dashes alone, indented at most a few spaces.
EDGE = re.compile(r" {0,3}-{10,}\s*")
#: The rule under its header: columns of dashes, apart.
COLUMNS = re.compile(r" {0,3}-{2,}(?: +-{2,})+\s*")
#: A table's caption, as pandoc sets it: `: words` or `Table: words`.
CAPTION = re.compile(r" {0,3}(?:Table)?: +\S")
#: The keywords' line a paper's front sets (in bold or not).
KEYWORDS = re.compile(r"(?:\*\*|__)?(?:key ?words|index terms)(?:\*\*|__)?:", re.I)
TABLE_ROWS_MAX = 60  # a table's lines, at most, between its rules
KEYWORDS_WITHIN = 3  # lines from the text's first
KEYWORD_WORDS = 5  # a keyword's words at most: a list of terms, no sentence
MARK = re.compile(r"\*\*|__")

TABLE = "Markdown source: a table's rules of dashes (pandoc's multiline table, its rows kept)"
TABLE_CAPTION = "Markdown source: a table's caption (`: Table 1: …`, pandoc's, under its table)"
KEYWORDS_LINE = "Markdown source: the keywords under the front matter (`**Keywords:** …`)"


def spans_read(text: str) -> tuple[str, int]:
    """The text with each bracketed span read as its words, a span inside another too
    (`[[Grisaille]{.smallcaps}]{.underline}`), and how many there were; not inside code
    (`` `[Legibility]{.underline}` ``, an essay on the syntax: review 33)."""
    parts = CODE_SPAN.split(text)  # (code spans at the odd places)
    count = 0
    for index in range(0, len(parts), 2):
        found = 1
        while found:
            parts[index], found = SPAN.subn(lambda m: m["words"], parts[index])
            count += found
    return "".join(parts), count


def multiline_tables(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with each multiline table read as a list of its rows (see the module), and the
    lines that went: its rules and its caption, blank in their places. No closing rule within
    reach, no table."""
    out = list(lines)
    gone: list[Line] = []
    index = 0
    while index < len(lines):
        table = _table_at(lines, index)
        if table is None:
            index += 1
            continue
        rule, end = table
        columns = [m.span() for m in re.finditer(r"-+", lines[rule].text)]
        for first, last in _rows(lines, index + 1, rule) + _rows(lines, rule + 1, end):
            row = [line.text for line in lines[first:last]]
            cells = [_cell(row, span) for span in columns]
            out[first] = Line(
                lines[first].number, f"{BULLETS[0]} " + " · ".join(c for c in cells if c)
            )
            for at in range(first + 1, last):
                out[at] = Line(lines[at].number, "")
        caption = _caption(lines, end + 1) or _caption_above(lines, index)
        for at in [index, rule, end, *caption]:
            gone.append(lines[at])
            out[at] = Line(lines[at].number, "")
        index = end + 1
    return out, sorted(gone, key=lambda line: line.number)


def _table_at(lines: list[Line], index: int) -> tuple[int, int] | None:
    """(the header's rule, the closing rule) of a multiline table opening at `index`."""
    if not EDGE.fullmatch(lines[index].text) or (index and lines[index - 1].text.strip()):
        return None
    rule = next(
        (
            i
            for i in range(index + 1, min(index + 6, len(lines)))
            if COLUMNS.fullmatch(lines[i].text)
        ),
        None,
    )
    if rule is None or not all(lines[i].text.strip() for i in range(index + 1, rule)):
        return None
    for end in range(rule + 1, min(rule + TABLE_ROWS_MAX, len(lines))):
        if EDGE.fullmatch(lines[end].text):
            return rule, end
    return None


def _rows(lines: list[Line], start: int, end: int) -> list[tuple[int, int]]:
    """The rows between two rules: runs of lines between blank lines, (first, after last)."""
    rows: list[tuple[int, int]] = []
    at = start
    while at < end:
        if lines[at].text.strip():
            first = at
            while at < end and lines[at].text.strip():
                at += 1
            rows.append((first, at))
        else:
            at += 1
    return rows


def _cell(texts: list[str], span: tuple[int, int]) -> str:
    """A cell's words over the row's lines: the text under its column's dashes (a word that
    runs over the column's edge, read whole)."""
    start, end = span
    words = []
    for text in texts:
        # (from the last space at or before the column's start to the first space after its end)
        left = text.rfind(" ", 0, start + 1) + 1 if start < len(text) else len(text)
        right = text.find(" ", end) if text.find(" ", end) >= 0 else len(text)
        words.append(text[left:right].strip())
    return MARK.sub("", " ".join(word for word in words if word)).strip()


def _caption(lines: list[Line], start: int) -> list[int]:
    """The caption's lines under the table: after one blank line, a paragraph opening `: `."""
    at = start + 1 if start < len(lines) and not lines[start].text.strip() else start
    if at >= len(lines) or not CAPTION.match(lines[at].text):
        return []
    found = []
    while at < len(lines) and lines[at].text.strip():
        found.append(at)
        at += 1
    return found


def _caption_above(lines: list[Line], index: int) -> list[int]:
    """The caption's lines over the table, a paragraph opening `: ` right above its blank line."""
    at = index - 2
    found: list[int] = []
    while at >= 0 and lines[at].text.strip():
        found.insert(0, at)
        at -= 1
    return found if found and CAPTION.match(lines[found[0]].text) else []


def keywords_lines(lines: list[Line]) -> list[Line]:
    """The keywords' paragraph among the first lines of the text (see the module)."""
    texts = [i for i, line in enumerate(lines) if line.text.strip()]
    for index in texts[:KEYWORDS_WITHIN]:
        if KEYWORDS.match(lines[index].text.strip()):
            found = []
            at = index
            while at < len(lines) and lines[at].text.strip():
                found.append(lines[at])
                at += 1
            # (a list of terms, not a paragraph that opens so: review 33)
            said = KEYWORDS.sub("", " ".join(line.text for line in found), count=1)
            terms = [term for term in re.split(r"[;,·]", said.strip(" .")) if term.strip()]
            if len(terms) >= 2 and all(len(term.split()) <= KEYWORD_WORDS for term in terms):
                return found
            return []
    return []
