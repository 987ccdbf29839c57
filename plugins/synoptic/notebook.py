"""A Jupyter notebook (`.ipynb`, nbformat 4: JSON, as Jupyter, nbclient and nbconvert write it
through nbformat), its Markdown cells read as the Markdown they are (docs/editions.md, "A
Jupyter notebook").

It is known by its shape once parsed (`json`, nothing evaluated): an object holding `nbformat`
and a `cells` list (nbformat 3's `worksheets`, refused with how to upgrade it); a file named
`.ipynb` is JSON by its name: one that does not parse, or parses as no notebook, is refused.
Each cell is `{"cell_type": …, "metadata": {…}, "source": …}`, its source a list of lines (as
nbformat writes it, each line on a line of the JSON of its own) or one string.

- Each Markdown cell is the writer's Markdown: the cells are set one after another, a blank
  line between, and read by markdownsource.py as a Markdown source (its title, byline and
  date, headings, emphasis, notes, HTML), as any Markdown file is;
- a code cell (its source, and its outputs: what it printed, its result, a display, an error
  with its ANSI-coloured traceback) is no text of the essay's, however much its figures say
  the essay's again: left out, each listed, an output by the words it shows (its Markdown,
  else its plain text where that is more than Python's name for the object, which is all
  IPython gives a display of Markdown or HTML, else its HTML's words);
- a cell's tags, as Jupyter Book and nbconvert's TagRemovePreprocessor read them: a Markdown
  cell tagged `remove-cell` or `remove-input` (or `remove_cell`, `remove_input`) is left out
  of the page, so out of the essay, listed; one tagged `hide-cell` or `hide-input` is shown
  only behind a toggle: left out, listed, and warned of;
- a raw cell (passed to a converter's output as it stands) is left out, listed and warned of
  (one tagged for removal listed alone);
  a Markdown cell's attachments (its images' data) are left out, listed at their own lines;
- the notebook's metadata (its `title`, which is often the file's working name, its
  `authors`, its kernel and language) is the file's, not the essay's front: listed; where the
  Markdown states no title or author, the report offers the metadata's, never writes it.

A paragraph that a code cell cuts in two is one paragraph where the words show it: the cell
above the code ends in a paragraph, the cell below opens with one, and the text above ends
mid-clause (on a comma, a semicolon or a dash, or on a word that needs one after it: `…the
counts show a`), or the text below opens going on (its first word in lower case, `which is
why …`, or a comma, a semicolon, a closing bracket; a figure, `23 of them`, code, emphasis or
a quotation mark is no sign either way). A colon above (`The splits show:`, the code its
lead-in's), or no code cell between, keeps them apart. Each join is warned of, naming both
cells' lines: a cell boundary is otherwise a paragraph's. Where the words do not tell, the two
stay apart, warned of: a text above that ends with no stop (a lead-in to the code, `First we
plot the splits for each year`, a paragraph and never a heading guessed from its shape; or a
paragraph going on under the code), or a cell below that is one sentence alone (a paragraph's
last, set after the output it comments on, `Whatever poles do for a runner, they do not
shorten the race …`, or a paragraph of one sentence).

The lines are the file's: a Markdown line is numbered as the line of the JSON its source line
stands on, so the report's lines, those of the cells and outputs left out too, are the
notebook file's. A notebook whose sources are strings of several lines (not as nbformat
writes them) has its Markdown lines numbered as the text its cells make, one after another,
which the report says.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bs4 import BeautifulSoup

from .errors import SynopticError
from .furniture import Removed
from .ghostexport import json_kind, parsed_json
from .htmlpage import SILENT, clean_spaces
from .layout import BETWEEN_LINES, Line, ends_sentence, markdown_heading, normalise
from .markdownsource import FOOTNOTE_MARKER, HTML_NOTE_CALL
from .names import and_joined
from .sentences import split_sentences
from .sourcefile import CONTROL

SUFFIX = ".ipynb"
#: The nbformat this reader knows: Jupyter has written 4 since 2015 (4.0 to 4.5).
NBFORMAT = 4
#: A cell's tags (`-` or `_` between their words) that leave it out of the page (Jupyter Book,
#: nbconvert's TagRemovePreprocessor as its documentation configures it), and those that hide
#: it behind a toggle (Jupyter Book): a Markdown cell's source is its input.
REMOVING_TAGS = frozenset({"remove-cell", "remove-input"})
HIDING_TAGS = frozenset({"hide-cell", "hide-input"})
#: A terminal's escape sequence (an error's colours, `\x1b[31m`): no text, in an output's
#: words as the report lists them.
ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")
#: Python's name for an object that has no words of its own to show (its default repr): what
#: IPython gives a display of Markdown or HTML as its plain text.
DEFAULT_REPR = re.compile(r"<[\w.]+ object(?: at 0x[0-9a-fA-F]+)?>")
#: How a block of Markdown opens where it is no paragraph of prose: a heading, a quotation, a
#: table, HTML, an image, a list's item, emphasis over it (a caption), a fence, a rule.
NOT_PROSE = re.compile(r"\s*(?:[#>|<!*_+-]|\d{1,3}[.)](?:\s|$)|```|~~~|\$\$)")
#: What leaves a clause open at a text's end, a code cell under it: a comma, a semicolon, a
#: dash; a word that needs one after it (an article, a conjunction, a preposition that is no
#: particle: `in`, `on` may end a sentence, `the lights stay on`).
OPEN_CLAUSE_ENDS = ",;-–—"
OPEN_CLAUSE_WORDS = frozenset(
    "a an the and or but nor of for from with by to as at into onto per via than whose their "
    "its our your my each every".split()
)
#: What opens a text going on with the one above, beside a word in lower case.
GOING_ON = ",;)"

CODE = "a Jupyter notebook: a code cell's source, no text of the essay's"
OUTPUT = "a Jupyter notebook: a code cell's output ({kind}), no text of the essay's"
REMOVED = (
    "a Jupyter notebook: a Markdown cell tagged {tag}, which Jupyter Book and nbconvert leave "
    "out of the page"
)
HIDDEN = (
    "a Jupyter notebook: a Markdown cell tagged {tag}, which Jupyter Book shows only behind a "
    "toggle"
)
RAW = "a Jupyter notebook: a raw cell (passed to a converter's output as it stands)"
ATTACHMENT = "a Jupyter notebook: a Markdown cell's attachment (an image's data)"
METADATA = "a Jupyter notebook: its metadata ({key}), the file's, not the essay's front"
#: What the report calls an output that shows data (its kinds, `text/plain`, `image/png`).
SHOWN = {"execute_result": "its result", "display_data": "a display"}
UPGRADE = (
    "convert it, `jupyter nbconvert --to notebook --nbformat 4 FILE.ipynb` (which writes "
    "FILE.nbconvert.ipynb), and ingest that"
)
RESAVE = "open it in Jupyter and save it (nbformat writes every cell so), and ingest it again"
#: What a refusal calls a `.ipynb` file that does not parse, and what it asks for.
NOTEBOOK = "a Jupyter notebook"
TAKE_AGAIN = "take it again from where it was kept"

#: Where an offset of the file stands: its line.
LineOf = Callable[[int], int]


@dataclass(frozen=True)
class Cell:
    """A cell as read: its kind, its source's strings each with the line of the JSON it
    stands on (0 where it was not found), its tags, the line its source opens on, where in
    the file it opens (its id, else where the cell before it ended), and where the cell before
    it ended (its keys sorted, its `attachments` stand above its id)."""

    kind: str
    parts: tuple[tuple[str, int], ...]
    tags: frozenset[str]
    line: int
    start: int
    previous_end: int
    data: dict = field(compare=False, repr=False)  # (the cell's JSON object)

    @property
    def text(self) -> str:
        """Its source, as nbformat joins its strings."""
        return "".join(part for part, _ in self.parts)


@dataclass(frozen=True)
class Notebook:
    """A notebook read (see the module): its Markdown cells' lines as the later readers take
    them, what was left out, and what the report says of the reading."""

    lines: list[Line]
    text: str  # those lines' text, one after another
    version: str  # `4.5`
    cells: int  # cells in all
    read: int  # Markdown cells read
    code: int  # code cells left out
    outputs: int  # their outputs left out
    own_lines: bool  # the lines are the file's (else the text's the cells make)
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()
    title: str = ""  # the metadata's title and authors: offered, never written
    authors: str = ""
    #: The lines of the paragraphs that end a cell with no stop over a code cell: lead-ins to
    #: the code (`First we plot the splits for each year`), paragraphs, never headings guessed
    #: from their shape (the writer marks a notebook's headings with `#`).
    lead_ins: frozenset[float] = frozenset()


def jupyter_notebook(raw: str, path: str) -> Notebook | None:
    """The notebook's Markdown read (see the module), or None for a text that is no notebook;
    a file named `.ipynb` that is none, or one of another nbformat, is refused."""
    named = path.lower().endswith(SUFFIX)
    # (a file named .ipynb is JSON by its name, refused as a notebook where it does not parse;
    # one named .json, as any JSON file)
    found = (
        parsed_json(raw, path, SUFFIX, NOTEBOOK, TAKE_AGAIN) if named else parsed_json(raw, path)
    )
    if found is None:
        return None
    (parsed,) = found
    if not (isinstance(parsed, dict) and "nbformat" in parsed):
        if named:
            raise SynopticError(
                path,
                1,
                f"a file named {SUFFIX} that is no Jupyter notebook ({json_kind(parsed)} at its "
                f"top, no `nbformat` and `cells`): {RESAVE}",
            )
        return None
    line_of = _line_finder(raw)
    version = _number(parsed.get("nbformat"))
    if version != str(NBFORMAT):
        raise SynopticError(
            path,
            line_of(raw.find('"nbformat"')),
            f"a Jupyter notebook of nbformat {version} (this reads nbformat {NBFORMAT}, which "
            f"Jupyter has written since 2015): {UPGRADE}",
        )
    if not isinstance(parsed.get("cells"), list):
        raise SynopticError(
            path,
            line_of(raw.find('"cells"')),
            f"a Jupyter notebook whose cells are no list: {RESAVE}",
        )
    cells, end = _cells(parsed["cells"], raw, path, line_of)
    return _read(parsed, cells, raw, path, line_of, end)


def _number(value: object) -> str:
    """A version's number as the file gives it, or `?` where it gives no number."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else "?"


def _line_finder(raw: str) -> LineOf:
    """Where an offset of the raw text stands: its line (1 for -1, an offset not found)."""
    ends = [found.start() for found in re.finditer("\n", raw)]
    return lambda offset: bisect_right(ends, offset - 1) + 1 if offset >= 0 else 1


def _located(raw: str, value: str, start: int) -> int:
    """The offset of a string, as JSON writes it (its characters as they are, or escaped as
    `\\uXXXX`), in the raw text from `start`; -1 where it is not found."""
    for encoded in dict.fromkeys((json.dumps(value, ensure_ascii=False), json.dumps(value))):
        if (at := raw.find(encoded, start)) >= 0:
            return at
    return -1


def _source(cell: dict) -> list[str] | None:
    """A cell's source as the strings it is written in (a list of lines, or one string), or
    None where it is neither."""
    source = cell.get("source", "")
    if isinstance(source, str):
        return [source]
    if isinstance(source, list) and all(isinstance(part, str) for part in source):
        return source
    return None


def _cells(cells: list, raw: str, path: str, line_of: LineOf) -> tuple[list[Cell], int]:
    """The cells read, each with its source's lines and where they stand in the file (looked
    for in order: each cell from where the one before it ended); and where the last ended.
    A cell of no kind nbformat 4 knows, or whose source is no text, is refused."""
    read, at = [], 0
    for number, item in enumerate(cells, 1):
        cell = item if isinstance(item, dict) else {}
        kind, source, name = cell.get("cell_type"), _source(cell), cell.get("id")
        opening = _located(raw, name, at) if isinstance(name, str) else -1
        start = opening if opening >= 0 else at
        if kind not in ("markdown", "code", "raw") or source is None:
            raise SynopticError(
                path,
                line_of(start),
                f"a Jupyter notebook whose cell {number} is no cell nbformat {NBFORMAT} writes "
                f"(its cell_type {kind!r}, its source a string or a list of strings): {RESAVE}",
            )
        parts, end = [], start
        for part in source:
            # (a string not found, written with other escapes, leaves the cell's lines unknown)
            found = _located(raw, part, end) if end >= 0 else -1
            end = found + 1 if found >= 0 else -1
            parts.append((part, line_of(found) if found >= 0 else 0))
        metadata = cell.get("metadata") if isinstance(cell.get("metadata"), dict) else {}
        tags = metadata.get("tags") if isinstance(metadata.get("tags"), list) else []
        first = next((line for _, line in parts if line), line_of(start))
        read.append(
            Cell(
                kind,
                tuple(parts),
                frozenset(tag.replace("_", "-") for tag in tags if isinstance(tag, str)),
                first,
                start,
                at,
                cell,
            )
        )
        at = max(end, at, start + 1)
    return read, at


def _read(
    parsed: dict, cells: list[Cell], raw: str, path: str, line_of: LineOf, end: int
) -> Notebook:
    """The notebook's Markdown cells read, the rest left out (see the module)."""
    removed: list[Removed] = []
    warnings: list[str] = []
    kept: list[list[Cell]] = []  # runs of Markdown cells read, each run a paragraph's cells
    between: list[Cell] = []  # the cells left out since the last read
    lead_ins: list[Cell] = []  # cells read that end with no stop over a code cell (`_leads_in`)
    outputs = 0
    for cell in cells:
        if cell.kind != "markdown" or cell.tags & (REMOVING_TAGS | HIDING_TAGS):
            if cell.kind == "code" and kept and _leads_in(kept[-1][-1]):
                lead_ins.append(kept[-1][-1])
            between.append(cell)
            left, said, shown = _left_out(cell, raw, line_of)
            removed, warnings, outputs = removed + left, warnings + said, outputs + shown
            continue
        _refuse_controls(cell, path)
        removed += _attachments(cell, raw, line_of)
        if kept and (why := _runs_on(kept[-1][-1], cell, between)):
            warnings.append(
                f"a paragraph read as one across a code cell: the Markdown cell at line "
                f"{cell.line} goes on with the one at line {kept[-1][-1].line} ({why}); if "
                "they are two paragraphs, part them in the edition"
            )
            kept[-1].append(cell)
        elif _markdown_lines(cell):
            if kept and (doubt := _may_run_on(kept[-1][-1], cell, between)):
                warnings.append(doubt)
            kept.append([cell])
        between = []
    if not kept:
        raise SynopticError(
            path,
            1,
            f"a Jupyter notebook with no Markdown cell to read ({len(cells)} cells: code, raw, or "
            "left out by their tags): its essay is its Markdown cells' text; write it in "
            "Markdown cells, or take the tags off, and ingest it again",
        )
    numbered, own, origins = _numbered(kept)
    text = "\n".join(text for _, text in numbered)
    lines = [
        replace(line, number=number)
        for line, (number, _) in zip(normalise(text), numbered, strict=True)
    ]
    last_blocks = [_last_block_line(numbered, origins, cell) for cell in lead_ins]
    metadata = parsed.get("metadata") if isinstance(parsed.get("metadata"), dict) else {}
    return Notebook(
        lines,
        text,
        f"{NBFORMAT}.{_number(parsed.get('nbformat_minor'))}",
        len(cells),
        sum(len(run) for run in kept),
        sum(cell.kind == "code" for cell in cells),
        outputs,
        own,
        (*removed, *_metadata(metadata, raw, line_of, end)),
        tuple(warnings),
        _shown(metadata.get("title")),
        _names(metadata.get("authors")),
        frozenset(last_blocks),
    )


def _left_out(cell: Cell, raw: str, line_of: LineOf) -> tuple[list[Removed], list[str], int]:
    """A cell that is not read, as the report lists it, the warnings it calls for, and how
    many outputs it had: a code cell's source and outputs; a raw cell (warned of: a converter
    passes it into its page); a Markdown cell its tag leaves out (warned of where it is only
    hidden, behind a toggle)."""
    words = clean_spaces(cell.text)
    if cell.kind == "code":
        listed = _outputs(cell, raw, line_of)
        code = [Removed(cell.line, words, CODE)] if words else []
        said = [warning for _, warning in listed if warning]
        return code + [item for item, _ in listed], said, len(listed)
    if cell.kind == "raw":  # (an empty one holds nothing; one its tag removes is no doubt)
        said = [_aside_warning(cell, "a raw cell, passed to a converter's output")]
        if not words:
            return [], [], 0
        return [Removed(cell.line, words, RAW)], [] if cell.tags & REMOVING_TAGS else said, 0
    tag = min(cell.tags & REMOVING_TAGS, default="") or min(cell.tags & HIDING_TAGS)
    if tag in HIDING_TAGS:
        said = [_aside_warning(cell, f"a Markdown cell hidden by its tag {tag}")]
        return [Removed(cell.line, words, HIDDEN.format(tag=tag))], said, 0
    return [Removed(cell.line, words, REMOVED.format(tag=tag))], [], 0


def _refuse_controls(cell: Cell, path: str) -> None:
    """A Markdown cell holding a control character (JSON writes it `\\u0007`) is refused at
    its line, as a raw text holding one is (sourcefile.py)."""
    for text, line in _markdown_lines(cell):
        if found := CONTROL.search(text):
            raise SynopticError(
                path,
                line or cell.line,
                f"a Markdown cell of the notebook holds the control character "
                f"U+{ord(found[0]):04X}, which no text needs: delete it, save, and ingest again",
            )


def _markdown_lines(cell: Cell) -> list[tuple[str, int]]:
    """A Markdown cell's lines (its source's strings joined, as nbformat reads them, and split
    at their line ends), each with the line of the JSON where it opens, the blank lines at its
    ends aside: a string of several lines (not nbformat's way) gives each the string's line."""
    lines, text, at = [], "", 0
    for part, line in cell.parts:
        for index, piece in enumerate(part.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if index:  # (a line ended in this string)
                lines.append((text, at or line))
                text, at = "", 0
            at = at or (line if piece else 0)
            text += piece
    if text:
        lines.append((text, at))
    texts = [text for text, _ in lines]
    start = next((i for i, text in enumerate(texts) if text.strip()), len(lines))
    end = len(lines) - next((i for i, text in enumerate(reversed(texts)) if text.strip()), 0)
    return lines[start:end]


def _numbered(
    runs: list[list[Cell]],
) -> tuple[list[tuple[float, str]], bool, list[Cell | None]]:
    """The Markdown cells' lines, each with its number, a blank line between cells but for a
    paragraph's that a code cell cut (a run); whether the numbers are the file's lines (each
    source line found on a line of its own, in order), else the text's, counted; and the cell
    each line is of (None for a blank line between cells)."""
    texts: list[tuple[int | None, str]] = []
    origins: list[Cell | None] = []
    for index, run in enumerate(runs):
        if index:
            texts.append((None, ""))  # (the blank line between cells)
            origins.append(None)
        for cell in run:
            found = [(line, text) for text, line in _markdown_lines(cell)]
            texts += found
            origins += [cell] * len(found)
    found = [line for line, _ in texts if line is not None]
    own = all(found) and all(a < b for a, b in zip(found, found[1:]))
    if not own:
        return [(number, text) for number, (_, text) in enumerate(texts, 1)], False, origins
    numbered: list[tuple[float, str]] = []
    for line, text in texts:
        # (a blank line between cells: `n + 0.5`, n the line above)
        numbered.append((line if line is not None else numbered[-1][0] + BETWEEN_LINES, text))
    return numbered, True, origins


def _last_block_line(
    numbered: list[tuple[float, str]], origins: list[Cell | None], cell: Cell
) -> float:
    """The number of the line where a cell's last block opens."""
    its = [(number, text) for (number, text), origin in zip(numbered, origins) if origin is cell]
    blank = max((index for index, (_, text) in enumerate(its) if not text.strip()), default=-1)
    return its[blank + 1][0]


def _runs_on(above: Cell, below: Cell, between: list[Cell]) -> str:
    """Why the Markdown cell below goes on with the paragraph that ends the one above, a code
    cell between (see the module), or "" where it does not: the text above ends mid-clause,
    or the text below opens in lower case."""
    ends = _paragraphs_across(above, below, between)
    if not ends:
        return ""
    ending, opening = ends
    if _ends_mid_clause(ending):
        return "the text above ends mid-clause"
    if _opens_going_on(opening):
        return "the text below opens in lower case"
    return ""


def _may_run_on(above: Cell, below: Cell, between: list[Cell]) -> str:
    """The doubt a code cell leaves between two paragraphs it does not join (see the module),
    or "": the text above ends with no stop (a lead-in to the code, or a paragraph going on
    below it); the cell below is one sentence alone (a paragraph's last, set after the output
    it comments on, or a paragraph of one sentence)."""
    ends = _paragraphs_across(above, below, between)
    if not ends:
        return ""
    if _ends_open(ends[0]):
        return (
            f"a paragraph that ends with no stop before a code cell, at line {above.line}: if it "
            f"goes on in the paragraph at line {below.line}, join them in the edition"
        )
    if len(_blocks(below)) == 1 and len(split_sentences(ends[1])) == 1:
        return (
            f"a paragraph of one sentence after a code cell, at line {below.line}: if it ends "
            f"the paragraph at line {above.line}, join them in the edition"
        )
    return ""


def _leads_in(cell: Cell) -> bool:
    """Whether a cell read, a code cell under it, ends in a paragraph with no stop (a lead-in
    to the code, `First we plot the splits for each year`)."""
    last = _blocks(cell)[-1:]
    return bool(last) and _prose(last[0]) and _ends_open(_without_calls(last[0]))


def _paragraphs_across(above: Cell, below: Cell, between: list[Cell]) -> tuple[str, str] | None:
    """The paragraph that ends the cell above and the one that opens the cell below, where a
    code cell stands between them; None where either cell has no paragraph of prose there."""
    if not any(cell.kind == "code" for cell in between):
        return None
    last, first = _blocks(above)[-1:], _blocks(below)[:1]
    if not last or not first or not (_prose(last[0]) and _prose(first[0])):
        return None
    return _without_calls(last[0]), first[0]


def _without_calls(text: str) -> str:
    """A paragraph without its notes' calls, which follow a stop (`race.<sup>…</sup>`,
    `race.[^1]`): its words' end."""
    return HTML_NOTE_CALL.sub("", FOOTNOTE_MARKER.sub("", text)).rstrip()


def _ends_open(text: str) -> bool:
    """Whether a paragraph ends with no stop, and no colon (`The splits show:`, the code its
    lead-in's)."""
    return not ends_sentence(text) and text[-1:] != ":"


def _ends_mid_clause(text: str) -> bool:
    """Whether a text ends leaving its clause open: on a comma, a semicolon or a dash, or on a
    word that needs one after it (`…show a`, `…for each year and`)."""
    words = text.split()
    return text[-1:] in OPEN_CLAUSE_ENDS or (bool(words) and words[-1] in OPEN_CLAUSE_WORDS)


def _opens_going_on(text: str) -> bool:
    """Whether a text opens going on with one above: on a comma, a semicolon or a closing
    bracket, or on a word in lower case (`which is why`; not a name such as `iPhone`). A
    figure (`23 of them`), code (`` `df.head()` ``), emphasis or a quotation mark opening it is
    no sign either way."""
    word = next(iter(text.split()), "")
    return word[:1] in GOING_ON or (word[:1].islower() and not any(c.isupper() for c in word))


def _blocks(cell: Cell) -> list[str]:
    """A Markdown cell's blocks (lines between blank lines), each joined on one line."""
    blocks, current = [], []
    for text, _ in [*_markdown_lines(cell), ("", 0)]:
        if text.strip():
            current.append(text.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    return blocks


def _prose(block: str) -> bool:
    """A block of words: no heading, list, quotation, table, HTML, caption in emphasis."""
    return not NOT_PROSE.match(block) and markdown_heading(block, markup=True) is None


def _plain(value: object) -> str:
    """An output's text (a string or a list of strings, as nbformat writes it) without its
    terminal's colours and control characters, its white space collapsed."""
    parts = value if isinstance(value, list) else [value]
    text = "".join(part for part in parts if isinstance(part, str))
    return clean_spaces(CONTROL.sub(" ", ESCAPE_SEQUENCE.sub("", text)))


def _outputs(cell: Cell, raw: str, line_of: LineOf) -> list[tuple[Removed, str]]:
    """A code cell's outputs, each as the report lists it (at the line of the JSON its first
    words stand on, else the cell's), and a warning where a program printed Markdown into the
    page (words that may be the writer's)."""
    found = cell.data.get("outputs")
    listed: list[tuple[Removed, str]] = []
    at = cell.start
    for output in found if isinstance(found, list) else []:
        if not isinstance(output, dict):
            continue
        kind = output.get("output_type")
        data = output.get("data") if isinstance(output.get("data"), dict) else {}
        kinds = ", ".join(_plain(key) for key in data)  # (`text/plain, image/png`)
        if kind == "stream":
            stream = "stderr" if output.get("name") == "stderr" else "stdout"
            text, said = _plain(output.get("text")), f"printed, {stream}"
        elif kind == "error":
            traceback = output.get("traceback")
            count = len(traceback) if isinstance(traceback, list) else 0
            text = _plain([_plain(output.get("ename")), ": ", _plain(output.get("evalue"))])
            said = f"an error, its traceback of {count} lines not shown"
        else:
            text = _output_words(data) or kinds
            said = f"{SHOWN.get(kind, 'of a kind nbformat does not write')}: {kinds}"
        first = next((part for part in _strings(output) if part.strip()), "")
        offset = _located(raw, first, at) if first else -1
        at = offset + 1 if offset >= 0 else at
        line = line_of(offset) if offset >= 0 else cell.line
        warning = ""
        if "text/markdown" in data:
            warning = (
                f"a code cell's output in Markdown (line {line}), left out: {text[:80]!r}; if "
                "it is the essay's text, add it to the edition"
            )
        listed.append((Removed(line, text, OUTPUT.format(kind=said)), warning))
    return listed


def _output_words(data: dict) -> str:
    """The words an output of data shows: its Markdown (a program's words printed into the
    page), else its plain text where it is more than Python's name for the object (IPython
    gives a display of Markdown or HTML `<IPython.core.display.HTML object>`), else its HTML's
    words (what a browser shows of it)."""
    if markdown := _plain(data.get("text/markdown")):
        return markdown
    plain = _plain(data.get("text/plain"))
    if plain and not DEFAULT_REPR.fullmatch(plain):
        return plain
    return _html_words(data.get("text/html")) or plain


def _html_words(value: object) -> str:
    """An output's HTML (a string or a list of strings) as a browser shows its words: its
    elements that show none (a table's `<style>`, a `<script>`) aside."""
    parts = value if isinstance(value, list) else [value]
    soup = BeautifulSoup("".join(part for part in parts if isinstance(part, str)), "html.parser")
    for element in soup.find_all(SILENT):
        element.decompose()
    return _plain(soup.get_text(" "))


def _strings(output: dict) -> list[str]:
    """An output's texts as the JSON writes them, in its order: where to find it in the file."""
    data = output.get("data") if isinstance(output.get("data"), dict) else {}
    texts = ("text/plain", "text/markdown", "text/html")  # (the first it holds)
    for value in (output.get("text"), *(data.get(kind) for kind in texts), output.get("ename")):
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [part for part in value if isinstance(part, str)]
    return []


def _attachments(cell: Cell, raw: str, line_of: LineOf) -> list[Removed]:
    """A Markdown cell's attachments (`![…](attachment:name.png)`'s data), each listed by its
    name and kinds at its line, else the cell's: looked for from the cell's own opening (every
    image JupyterLab pastes is `image.png`)."""
    found = cell.data.get("attachments")
    if not isinstance(found, dict):
        return []
    listed = []
    for name, data in found.items():
        kinds = ", ".join(data) if isinstance(data, dict) else ""
        at = _located(raw, name, cell.previous_end) if isinstance(name, str) else -1
        line = line_of(at) if at >= 0 else cell.line
        listed.append(Removed(line, f"{name} ({kinds})" if kinds else str(name), ATTACHMENT))
    return listed


def _aside_warning(cell: Cell, what: str) -> str:
    """The warning for words a notebook sets aside (a hidden cell, a raw cell), left out."""
    return (
        f"{what} (line {cell.line}), left out: {clean_spaces(cell.text)[:80]!r}; if it is the "
        "essay's text, add it to the edition"
    )


def _metadata(metadata: dict, raw: str, line_of: LineOf, start: int) -> list[Removed]:
    """The notebook's metadata, each key listed (its title, authors, kernel and language with
    their values; any other by its name alone) at its line, looked for after the cells."""
    listed = []
    for key, value in metadata.items():
        at = _located(raw, key, start) if isinstance(key, str) else -1
        said = {
            "title": _shown(value),
            "authors": _names(value),
            "kernelspec": _shown(value.get("display_name")) if isinstance(value, dict) else "",
            "language_info": (
                clean_spaces(f"{_shown(value.get('name'))} {_shown(value.get('version'))}")
                if isinstance(value, dict)
                else ""
            ),
        }.get(key, "")
        listed.append(Removed(line_of(at), said or _plain(key), METADATA.format(key=_plain(key))))
    return listed


def _shown(value: object) -> str:
    """A metadata value that is text, its white space collapsed ("" for any other)."""
    return clean_spaces(value) if isinstance(value, str) else ""


def _names(authors: object) -> str:
    """The metadata's `authors` (`[{"name": "Ann Lee"}, …]`, or names alone) joined `A and B`."""
    found = [
        _shown(author.get("name") if isinstance(author, dict) else author)
        for author in (authors if isinstance(authors, list) else [])
    ]
    names = [name for name in found if name]
    return and_joined(names) if names else ""


def offered_front(values: dict[str, str], unknown: str, notebook: Notebook) -> tuple[str, ...]:
    """The report's offer of the metadata's title and authors where the Markdown states no
    title or author (the front is the essay's words: a metadata's title is often the file's
    working name); none where it states them."""
    offers = (("title", notebook.title, "title"), ("author", notebook.authors, "authors"))
    return tuple(
        f"the {key} is unknown: the notebook's metadata gives {said!r} ({what}), the file's, "
        f"which may not be the essay's; if it is, write it into the front matter"
        for key, said, what in offers
        if said and values.get(key, unknown) == unknown
    )


def notebook_read_as(notebook: Notebook) -> str:
    """The report's line on how a notebook was read."""
    lines = (
        "its lines the file's (a Markdown line at the line of the JSON it stands on)"
        if notebook.own_lines
        else "its Markdown's lines numbered as the text its cells make, one after another (its "
        "sources are strings of several lines), the cells and outputs left out at the file's"
    )
    return (
        f"a Jupyter notebook (nbformat {notebook.version}): {notebook.read} of its "
        f"{notebook.cells} cells read as Markdown; {notebook.code} code cells and their "
        f"{notebook.outputs} outputs left out, and its metadata, each listed; {lines}"
    )
