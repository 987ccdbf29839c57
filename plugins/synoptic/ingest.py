"""Ingest: turn raw extracted essay text (PDF or web page) into a Markdown edition.

The edition format is docs/editions.md. The work is a chain of small pure functions:

    lines → paragraphs of lines (layout.py) → classify the blocks → take the front matter
    → recognise the epigraph and the headings → emit Markdown → number the paragraphs
    → report what was found (ingest_report.py)

Every rule is about the shape of the text, never about a particular essay, and no rule drops a
word: what is not recognised stays in the body as a paragraph, for the reviewer to see. What
is not meant as Markdown is escaped, so the edition reads back as exactly the raw words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .errors import SynopticError
from .ids import assign_ids, check_essay_id
from .ingest_report import Report, make_report, with_report
from .layout import (
    BULLETS,
    CLOSING_QUOTES,
    INLINE_MARKER,
    MARKER_LINE,
    OPENING_QUOTES,
    Line,
    ends_clause,
    group_lines,
    is_all_caps,
    looks_like_heading,
    normalise,
    word_core,
)
from .model import FRONT_MATTER_KEYS, MISSING_NOTE, UNKNOWN
from .names import is_name_word
from .sentences import first_sentence
from .sourcefile import read_source

DASHES = "—–―-"

# --- patterns ---------------------------------------------------------------------------------

NOTE_START = re.compile(r"\[(\d{1,3})\]\s*")
# A word broken at the line end by a hyphen; the hyphen is kept because it may be real.
BROKEN_WORD = re.compile(r"[^\W\d_]-\Z")
SUMMARY_MAX = 300  # characters: a summary is a sentence, not the essay
NAME_MAX_WORDS = 5
EPIGRAPH_MAX_WORDS = 80
EPIGRAPH_WITHIN = 3  # an epigraph stands among the first blocks of the body

# Metadata lines: each names the front-matter key it fills.
MONTHS = {
    name[:3]: number
    for number, name in enumerate(
        (
            "january february march april may june july august september october november december"
        ).split(),
        start=1,
    )
}
MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
DATE_FORMS = (
    re.compile(MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})\s+" + MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<num_month>\d{2})-(?P<day>\d{2})"),
    re.compile(MONTH + r",?\s+(?P<year>\d{4})"),
)
# Between the names of an author line: "Jane Q. Doe, A. Lo and B. van Dyke".
NAME_SEPARATOR = re.compile(r",?\s+")
META_LINES = (
    ("author", re.compile(r"(?:[Bb]y|BY|Authors?:?|AUTHORS?:?)\s+(?P<value>\S.*)")),
    ("publisher", re.compile(r"(?:Publisher:?|Published by)\s+(?P<value>\S.*)")),
    ("url", re.compile(r"(?:URL|Source):?\s+(?P<value>https?://\S+)")),
    ("date", re.compile(r"(?:(?:Published|Publication date|Date)(?: on)?:?\s+)?(?P<value>.+)")),
)


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "heading", "list", "note" or "epigraph"
    text: str  # one line of text, "[n]" markers still as in the raw; empty for a list
    line: int  # first raw line
    single_line: bool = True  # stood on one raw line: only such a block can be a heading
    items: tuple[str, ...] = ()  # list items
    label: str = ""  # note label
    attribution: str = ""  # epigraph


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
    a new note only where the block itself starts with one.
    """
    in_notes = _is_note_start(block[0].text)
    groups: list[list[Line]] = []
    for index, line in enumerate(block):
        if index == 0 or _is_bullet(line.text) or (in_notes and _is_note_start(line.text)):
            groups.append([])
        groups[-1].append(line)
    return groups


# --- joining lines into text ------------------------------------------------------------------


def _glue(previous: str, line: str, after_marker: bool) -> str:
    """What goes between the previous line and the next one."""
    if after_marker and line[0] in ".,;:!?)]" + CLOSING_QUOTES:
        return ""  # `present)[1].`: the stop belongs to the sentence, not to a new word
    if BROKEN_WORD.search(previous) and line[0].islower():
        return ""
    return " "


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one, putting stand-alone marker numbers back as `[n]`.

    `present)` / `1` / `.` becomes `present)[1].`. A hyphen at a line end is kept (it may be a
    real hyphen, and dropping it could merge two words), but no space is put after it.
    """
    pieces: list[str] = []
    after_marker = False
    for line in (stripped for line in lines if (stripped := line.strip())):
        if pieces and MARKER_LINE.fullmatch(line):
            pieces.append(f"[{line}]")
            after_marker = True
            continue
        if pieces:
            pieces.append(_glue(pieces[-1], line, after_marker))
        pieces.append(line)
        after_marker = False
    # Any run of spaces, tabs or exotic spaces is one space: markers and stops rely on it.
    return re.sub(r"\s+", " ", "".join(pieces))


# --- classifying blocks -----------------------------------------------------------------------


def classify(group: list[Line]) -> Block:
    """A group of lines is a list item, a note definition or (for now) a paragraph."""
    text = join_lines([line.text for line in group])
    single = len(group) == 1
    if text[0] in BULLETS:
        item = text.lstrip(BULLETS).strip()
        return Block("list", "", group[0].number, single, items=(item,))
    if note := NOTE_START.match(text):
        return Block("note", text[note.end() :], group[0].number, single, label=note[1])
    return Block("paragraph", text, group[0].number, single)


def is_heading(block: Block) -> bool:
    return block.kind == "paragraph" and block.single_line and looks_like_heading(block.text)


# --- metadata ---------------------------------------------------------------------------------


def parse_date(text: str) -> str | None:
    """ISO 8601 for a full date or a month and year (YYYY-MM, as editions require), else None."""
    for form in DATE_FORMS:
        match = form.fullmatch(text.strip())
        if not match:
            continue
        parts = match.groupdict()
        month = parts.get("num_month") or MONTHS.get(parts["month"][:3].lower())
        if not month:
            continue
        if not parts.get("day"):
            return f"{int(parts['year']):04d}-{int(month):02d}"
        try:
            return date(int(parts["year"]), int(month), int(parts["day"])).isoformat()
        except ValueError:
            return None
    return None


def metadata_line(text: str) -> tuple[str, str] | None:
    """The front-matter key and value a line states, if it is a metadata line."""
    for key, pattern in META_LINES:
        match = pattern.fullmatch(text.strip())
        if not match:
            continue
        value = match["value"].strip()
        if key == "author" and not names_people(value):
            continue
        if key == "date":
            parsed = parse_date(value)
            if parsed:
                return key, parsed
            continue
        return key, value
    return None


def names_people(text: str) -> bool:
    """Whether the text is a person's name, or several: a capitalised word, then name words
    and the "and" or "&" between names."""
    first, *rest = NAME_SEPARATOR.split(text)
    return is_name_word(first, frozenset()) and all(
        word in ("and", "&") or is_name_word(word) for word in rest
    )


def _metadata_of(group: list[Line]) -> dict[str, str] | None:
    """A group made only of metadata lines gives their values; any other group, None."""
    found = [metadata_line(line.text) for line in group]
    if not all(found):
        return None
    return dict(pair for pair in found if pair)


def _comparable(text: str) -> list[str]:
    # Web pages repeat the title with other quotes and without its colon.
    return re.findall(r"\w+", text.lower().replace("’", "'").replace("'", ""))


def take_title(groups: list[list[Line]]) -> tuple[str, list[list[Line]]]:
    """The first line is the title if it looks like one; repeats of it right after are dropped."""
    first = groups[0]
    # A text of one line is all body; a metadata line is not a title.
    if len(groups) < 2 or len(first) != 1 or metadata_line(first[0].text):
        return UNKNOWN, groups
    title = join_lines([first[0].text])
    if not looks_like_heading(title):
        return UNKNOWN, groups
    rest = groups[1:]
    wanted = _comparable(title)
    seen: list[str] = []
    for count, group in enumerate(rest, start=1):
        seen += _comparable(join_lines([line.text for line in group]))
        if seen != wanted[: len(seen)]:
            break
        if seen == wanted:
            return title, rest[count:]
    return title, rest


def take_metadata(
    groups: list[list[Line]],
) -> tuple[dict[str, str], list[list[Line]]]:
    """Consume groups made only of metadata lines, the first time each key is stated."""
    found: dict[str, str] = {}
    kept = []
    for group in groups:
        values = _metadata_of(group)
        if values and not found.keys() & values.keys():
            found.update(values)
        else:
            kept.append(group)
    return found, kept


# --- epigraph ---------------------------------------------------------------------------------


def attribution(text: str) -> str | None:
    """The name in an attribution line (`— Lord Palmerston`, `Lord Palmerston`), if it is one."""
    name = text.lstrip(DASHES + " ")
    words = name.split()
    if not words or len(words) > NAME_MAX_WORDS or ends_clause(name):
        return None
    if name != text:  # a leading dash says it outright
        return name
    if is_all_caps(name) or not all(word_core(word)[:1].isupper() for word in words):
        return None
    return name


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


def mark_headings(blocks: list[Block]) -> list[Block]:
    return [replace(b, kind="heading") if is_heading(b) else b for b in blocks]


def merge_lists(blocks: list[Block]) -> list[Block]:
    """Consecutive list items make one list: one block, one id."""
    merged: list[Block] = []
    for block in blocks:
        if block.kind == "list" and merged and merged[-1].kind == "list":
            merged[-1] = replace(merged[-1], items=merged[-1].items + block.items)
        else:
            merged.append(block)
    return merged


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


# --- Markdown ---------------------------------------------------------------------------------

# Inline syntax: backslash, code, emphasis, brackets (links, images, footnotes, reference
# definitions), `<` where it could open a tag or an autolink, `&` where it makes an entity.
INLINE_SYNTAX = re.compile(r"[\\`*_\[]|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
# What opens another block at the start of a line: a heading, a quotation, a list item, a
# `~~~` fence (a backtick fence is already escaped inline), an attribute line, `1.` or `1)`.
BLOCK_START = re.compile(r"^(?:([#>+\-~{])|(\d{1,9})([.)]))")
# A heading's closing sequence: ` #` at its end would be dropped from the title.
CLOSING_HASHES = re.compile(r"(?<= )(#+)$")


def escape_inline(text: str) -> str:
    """Escape what Markdown would read as syntax inside a line: the edition holds words only."""
    return INLINE_SYNTAX.sub(lambda m: "\\" + m[0], text)


def escape_block_start(text: str) -> str:
    """Escape what would open another block at the start of a line."""
    return BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text)


def render_text(text: str) -> str:
    """Escape the words, then turn the raw `[n]` markers into footnote references."""
    parts = INLINE_MARKER.split(text)
    # re.split with one group alternates: text, label, text, label, …, text.
    pieces = [
        escape_inline(part) if index % 2 == 0 else f"[^{part}]" for index, part in enumerate(parts)
    ]
    return escape_block_start("".join(pieces))


def render_block(block: Block) -> str:
    if block.kind == "heading":
        return "## " + CLOSING_HASHES.sub(r"\\\1", render_text(block.text))
    if block.kind == "list":
        return "\n".join("- " + render_text(item) for item in block.items)
    if block.kind == "note":
        return f"[^{block.label}]: " + (render_text(block.text) if block.text else MISSING_NOTE)
    if block.kind == "epigraph":
        quote, name = render_text(block.text), render_text(block.attribution)
        return f"{{.epigraph}}\n> {quote}\n>\n> — {name}"
    return render_text(block.text)


def front_matter(values: dict[str, str]) -> str:
    """YAML front matter; text from the essay is quoted (JSON strings are valid YAML)."""
    lines = ["---"]
    for key in FRONT_MATTER_KEYS:
        value = values.get(key, UNKNOWN)
        plain = key in ("id", "raw") or value == UNKNOWN
        lines.append(f"{key}: {value if plain else json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines + ["---"])


# --- the whole ------------------------------------------------------------------------------


def ingest_text(raw: str, essay_id: str, raw_path: str) -> Ingested:
    """The edition of a raw text: front matter and body, every paragraph numbered."""
    check_essay_id(essay_id, raw_path)
    lines = normalise(raw)
    grouped, layout = group_lines(lines)
    groups = [item for group in grouped for item in split_items(group)]
    if not groups:
        raise SynopticError(raw_path, None, "the raw text is empty")
    title, groups = take_title(groups)
    metadata, groups = take_metadata(groups)
    blocks = [classify(group) for group in groups]
    if not blocks:
        raise SynopticError(raw_path, None, "the raw text has metadata but no body")
    blocks = merge_lists(mark_headings(mark_epigraph(blocks)))
    blocks = add_missing_notes(blocks, raw_path)
    values = {
        **metadata,
        "id": essay_id,
        "title": title,
        "raw": raw_path,
        "summary": summary_of(blocks),
    }
    body = "\n\n".join(render_block(block) for block in blocks)
    markdown = assign_ids(f"{front_matter(values)}\n\n{body}\n", essay_id, raw_path)
    return Ingested(markdown, make_report(essay_id, lines, blocks, layout))


def repo_relative(path: Path) -> str:
    """The raw path as the edition records it: from the repository root when inside it."""
    root = Path(__file__).resolve().parents[2]
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def ingest_file(path: Path | str, essay_id: str) -> Ingested:
    """Read a raw file (UTF-8; see sourcefile) and return its edition."""
    path = Path(path)
    return ingest_text(read_source(path, "the raw text"), essay_id, repo_relative(path))
