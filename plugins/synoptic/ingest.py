"""Ingest: turn raw extracted essay text (PDF or web page) into a Markdown edition.

The edition format is docs/editions.md. The work is a chain of small pure functions:

    normalise lines → group them into blocks → classify the blocks → take the front matter
    → recognise the epigraph and the headings → emit Markdown → number the paragraphs

Every rule is about the shape of the text, never about a particular essay, and no rule drops a
word: what is not recognised stays in the body as a paragraph, for the reviewer to see.
"""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .errors import SynopticError
from .ids import assign_ids, check_essay_id
from .model import FRONT_MATTER_KEYS, MISSING_NOTE, UNKNOWN

# --- characters -------------------------------------------------------------------------------

# Non-breaking spaces carry no meaning in prose; pdftotext and web pages scatter them anyway.
NBSPS = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\f": ""})
BULLETS = "•◦▪●‣"
OPENING_QUOTES = "“‘\"«„"
CLOSING_QUOTES = "”’\"»"
# What may follow the full stop of a sentence: closing quotes and brackets.
CLOSERS = CLOSING_QUOTES + "')]"
DASHES = "—–―-"

# --- patterns ---------------------------------------------------------------------------------

# A footnote marker as PDFs print it: a number alone on its line between a word and what follows.
MARKER_LINE = re.compile(r"\d{1,3}")
# A marker inside text, `[12]`; the space before it belongs to no word.
INLINE_MARKER = re.compile(r"\s*\[(\d{1,3})\]")
NOTE_START = re.compile(r"\[(\d{1,3})\]\s*")
# The end of a sentence: a stop, its closers, then a capital (or the end of the text).
SENTENCE_END = re.compile(r"[.!?][" + re.escape(CLOSERS) + r"]*(?=\s+[“‘\"(\[]?[A-Z0-9]|\s*$)")
# Words whose stop ends no sentence ("Mr. B. Smith", "e.g. Moscow"); a lone capital is an initial.
ABBREVIATIONS = frozenset("mr mrs ms dr prof st jr sr vs etc e.g i.e cf fig no vol pp".split())
ENDS_SENTENCE = re.compile(r"[.!?][" + re.escape(CLOSERS) + r"]*\s*$")
# A word broken at the line end by a hyphen; the hyphen is kept because it may be real.
BROKEN_WORD = re.compile(r"[^\W\d_]-$")

# Metadata lines: each names the front-matter key it fills.
MONTHS = {
    name[:3]: number
    for number, name in enumerate(
        "january february march april may june july august september october november december"
        .split(),
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
# A person's name, or several: capitalised words, initials, and the particles names carry.
NAME_WORD = r"(?:[A-Z][\w.’'-]*|and|&|de|del|van|von|der|da|di|le|la|bin|al)"
NAME = r"(?P<value>[A-Z][\w.’'-]*(?:,?\s+" + NAME_WORD + r")*)"
META_LINES = (
    ("author", re.compile(r"(?:[Bb]y|BY|Authors?:?|AUTHORS?:?)\s+" + NAME)),
    ("publisher", re.compile(r"(?:Publisher:?|Published by)\s+(?P<value>\S.*)")),
    ("url", re.compile(r"(?:URL|Source):?\s+(?P<value>https?://\S+)")),
    ("date", re.compile(r"(?:(?:Published|Publication date|Date)(?: on)?:?\s+)?(?P<value>.+)")),
)

# --- heading shape ----------------------------------------------------------------------------

SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to vs via with".split()
)
HEADING_MAX_WORDS = 12  # a Title Case or ALL CAPS heading
PLAIN_HEADING_MAX_WORDS = 8  # a sentence-case heading must be shorter: less evidence
NAME_MAX_WORDS = 5
EPIGRAPH_MAX_WORDS = 80
EPIGRAPH_WITHIN = 3  # an epigraph stands among the first blocks of the body
SHORT_LINE = 0.6  # a wrapped line shorter than this share of the usual width ends its paragraph


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line of the raw file, for error messages
    text: str  # spaces normalised; trailing spaces kept, they may mark a paragraph end

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "heading", "list", "note" or "epigraph"
    text: str  # one line of text, "[n]" markers still as in the raw; empty for a list
    line: int  # first raw line
    single_line: bool = True  # stood on one raw line: only such a block can be a heading
    items: tuple[str, ...] = ()  # list items
    label: str = ""  # note label
    attribution: str = ""  # epigraph


# --- lines ------------------------------------------------------------------------------------


def normalise(raw: str) -> list[Line]:
    """Split into numbered lines with uniform line ends and plain spaces."""
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [Line(n, line.translate(NBSPS)) for n, line in enumerate(text.split("\n"), start=1)]


def is_double_spaced(lines: list[Line]) -> bool:
    """A blank line after nearly every line, and lines wrapped mid-sentence.

    Web extractions also put a blank after every line, but there each line is a whole
    paragraph; only in a wrapped text does the next line go on in lower case.
    """
    texts = [i for i, line in enumerate(lines) if not line.blank]
    if len(texts) < 4:
        return False
    spaced = sum(1 for i in texts if i + 1 < len(lines) and lines[i + 1].blank)
    wrapped = sum(1 for i, j in zip(texts, texts[1:]) if lines[j].text.strip()[0].islower())
    return spaced >= 2 * len(texts) / 3 and wrapped >= len(texts) / 4


def ends_sentence(text: str) -> bool:
    return bool(ENDS_SENTENCE.search(text))


def _blocks_by_blank_lines(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


def _continues(block: list[Line], previous: list[Line]) -> bool:
    """A page break splits a sentence: the rest comes indented after a blank line."""
    first = block[0].text
    rest = first.lstrip()
    return (
        first != rest
        and (rest[0].islower() or rest[0] in ",;:)]")
        and not ends_sentence(previous[-1].text)
    )


def single_spaced_blocks(lines: list[Line]) -> list[list[Line]]:
    """Blocks are separated by blank lines, except page-break continuations."""
    blocks: list[list[Line]] = []
    for block in _blocks_by_blank_lines(lines):
        if blocks and _continues(block, blocks[-1]):
            blocks[-1] = blocks[-1] + block
        else:
            blocks.append(block)
    return blocks


def double_spaced_blocks(lines: list[Line]) -> list[list[Line]]:
    """Every line is followed by a blank, so single blanks mean nothing.

    A paragraph ends at a line with two trailing spaces (the extractor's mark), at a real blank
    line (two blanks or more in a row), or at a short line that ends a sentence: the last line
    of a paragraph is the only short one in a wrapped text.
    """
    width = statistics.median(len(line.text.strip()) for line in lines if not line.blank)
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
        text = line.text.strip()
        short = len(text) < SHORT_LINE * width
        if line.text.endswith("  ") or (short and ends_sentence(text)):
            blocks.append([])
    return [block for block in blocks if block]


def group_blocks(lines: list[Line]) -> list[list[Line]]:
    if is_double_spaced(lines):
        return double_spaced_blocks(lines)
    return single_spaced_blocks(lines)


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


def _glue(text: str, line: str, after_marker: bool) -> str:
    """What goes between the text so far and its next line."""
    if after_marker and line[0] in ".,;:!?)]" + CLOSING_QUOTES:
        return ""  # `present)[1].`: the stop belongs to the sentence, not to a new word
    if BROKEN_WORD.search(text) and line[0].islower():
        return ""
    return " "


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one, putting stand-alone marker numbers back as `[n]`.

    `present)` / `1` / `.` becomes `present)[1].`. A hyphen at a line end is kept (it may be a
    real hyphen, and dropping it could merge two words), but no space is put after it.
    """
    text = ""
    after_marker = False
    for line in (stripped for line in lines if (stripped := line.strip())):
        if text and MARKER_LINE.fullmatch(line):
            text += f"[{line}]"
            after_marker = True
            continue
        if text:
            text += _glue(text, line, after_marker)
        text += line
        after_marker = False
    return re.sub(r"[ \t]+", " ", text)


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


def _core(word: str) -> str:
    return word.lstrip(OPENING_QUOTES + "('[")


def is_title_case(text: str) -> bool:
    cores = [_core(word) for word in text.split()]
    significant = [c for c in cores if c[:1].isalpha() and c.lower() not in SMALL_WORDS]
    return all(c[0].isupper() for c in significant)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _starts_upper(text: str) -> bool:
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper()


def _ends_clause(text: str) -> bool:
    """Ends with a stop or a comma: prose, not a heading (a question mark may end a title)."""
    return INLINE_MARKER.sub("", text).rstrip(CLOSERS)[-1:] in ".,;:!"


def looks_like_heading(text: str) -> bool:
    """A short line, no closing punctuation, capitalised as headings are."""
    words = text.split()
    if not words or _ends_clause(text) or not _starts_upper(text):
        return False
    if len(words) <= PLAIN_HEADING_MAX_WORDS:
        return True
    return len(words) <= HEADING_MAX_WORDS and (is_title_case(text) or is_all_caps(text))


def is_heading(block: Block) -> bool:
    return block.kind == "paragraph" and block.single_line and looks_like_heading(block.text)


# --- metadata ---------------------------------------------------------------------------------


def parse_date(text: str) -> str | None:
    """ISO 8601 for a full date, the text as given for a month and year, else None."""
    for form in DATE_FORMS:
        match = form.fullmatch(text.strip())
        if not match:
            continue
        parts = match.groupdict()
        month = parts.get("num_month") or MONTHS.get(parts["month"][:3].lower())
        if not month:
            continue
        if not parts.get("day"):
            return text.strip()
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
        if key == "date":
            parsed = parse_date(value)
            if parsed:
                return key, parsed
            continue
        return key, value
    return None


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
    if not words or len(words) > NAME_MAX_WORDS or _ends_clause(name):
        return None
    if name != text:  # a leading dash says it outright
        return name
    if is_all_caps(name) or not all(_core(word)[:1].isupper() for word in words):
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
            return sentence
    return UNKNOWN


def first_sentence(text: str) -> str | None:
    """Up to the first stop that ends a sentence, passing over abbreviations and initials."""
    for end in SENTENCE_END.finditer(text):
        word = re.search(r"[\w.]*$", text[: end.start()])
        last = word[0] if word else ""
        if not (len(last) == 1 and last.isupper()) and last.lower() not in ABBREVIATIONS:
            return text[: end.end()]
    return None


# --- Markdown ---------------------------------------------------------------------------------


def escape_inline(text: str) -> str:
    """Escape what Markdown would read as syntax inside a line: the edition holds words only."""
    text = re.sub(r"([\\`*_\[<])", r"\\\1", text)
    return re.sub(r"&(?=#?\w+;)", r"\\&", text)


def escape_block_start(text: str) -> str:
    """Escape what would open another block at the start of a line: `#`, `>`, `-`, `1.`, `{`."""
    text = re.sub(r"^([#>+\-{])", r"\\\1", text)
    return re.sub(r"^(\d{1,9})([.)])", r"\1\\\2", text)


def render_text(text: str) -> str:
    """Escape the words, then turn the raw `[n]` markers into footnote references."""
    parts = INLINE_MARKER.split(text)
    # re.split with one group alternates: text, label, text, label, …, text.
    pieces = [
        escape_inline(part) if index % 2 == 0 else f"[^{part}]"
        for index, part in enumerate(parts)
    ]
    return escape_block_start("".join(pieces))


def render_block(block: Block) -> str:
    if block.kind == "heading":
        return "## " + render_text(block.text)
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


def ingest_text(raw: str, essay_id: str, raw_path: str) -> str:
    """The edition of a raw text: front matter and body, every paragraph numbered."""
    check_essay_id(essay_id, raw_path)
    groups = [item for group in group_blocks(normalise(raw)) for item in split_items(group)]
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
    return assign_ids(f"{front_matter(values)}\n\n{body}\n", essay_id, raw_path)


def repo_relative(path: Path) -> str:
    """The raw path as the edition records it: from the repository root when inside it."""
    root = Path(__file__).resolve().parents[2]
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def ingest_file(path: Path | str, essay_id: str) -> str:
    """Read a raw file (UTF-8) and return its edition."""
    path = Path(path)
    label = repo_relative(path)
    data = path.read_bytes()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SynopticError(label, line, "not UTF-8 text; convert it before ingesting") from None
    return ingest_text(raw, essay_id, label)
