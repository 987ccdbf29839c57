"""A page of a Logseq graph (`pages/NAME.md` of a file-based graph): an outline of blocks, read as
the Markdown it stands for before Markdown is read.

It is known by its shape: `key:: value` properties (the page's, on its first lines with no
bullet, or a block's, under it) and, past the page's properties, nothing but blocks: `- text`
(a top-level block), a tab or two spaces then `- ` (a sub-block), a block's continuation lines
indented under it; and a property Logseq reads or writes itself (`title::`, `tags::` on the page,
`collapsed::`, `id::`, `logseq.order-list-type::` on a block), for a key of the writer's own
(`Term:: …`) over a Markdown list says nothing of Logseq. Then:

- the page's properties give the front: `title::`, `author::` (its `[[links]]` the names),
  `date::` (Logseq's journal link, `[[Mar 17th, 2026]]`); they and its other properties (tags,
  type, status) go, listed;
- every top-level block is a paragraph, its continuation lines joined; `- ## …` a heading; a
  block's properties (`collapsed:: true`, `id:: …`) go, listed;
- a block's sub-blocks are the writer's working notes (to-dos, a quotation, a reminder), no text
  of the essay: they go, listed, and the report warns, for they may hold text the writer meant;
  so does a top-level block that is a task (`TODO …`, `LATER …`);
- the sub-blocks of a block headed as notes (`- Notes`), each numbered (`1. …`, or Logseq's own
  numbered list, `logseq.order-list-type:: number`), are the notes, under that heading; where
  none is numbered and the text calls notes [1] to [n], one for each sub-block, they are read as
  those notes in order, and the report warns, naming their lines;
- in the text, a page link reads as its words (`[[dissecting room]]`, `[words]([[page]])`), a
  tag as its word (`#[[medical education]]`), but tags at a block's end, after its sentence's
  stop, go, as a block reference `((uuid))` does (its text is another block's, perhaps another
  page's): each listed; tags that follow no stop ("the campaign was called #MeToo") may be the
  sentence's own words: they read as words, and the report warns, naming their lines;
- an empty block (`-`) and a rule (`- ---`) go, listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import BETWEEN_LINES, Line
from .metadata import parse_date
from .names import and_joined
from .superscripts import NOTES_HEADING

# (a key Logseq writes: `collapsed`, `id`, `logseq.order-list-type`, `heading`)
PROPERTY = re.compile(r"(?P<key>[A-Za-z][\w.-]*)::(?:\s+(?P<value>.*))?")
BULLET = re.compile(r"(?P<indent>[\t ]*)-(?:[ \t]+(?P<text>.*))?")
INDENT = re.compile(r"[\t ]+")
PAGE_LINK = re.compile(r"\[\[(?P<page>[^\[\]]+)\]\]")
ALIASED_LINK = re.compile(r"\[(?P<words>[^\[\]]+)\]\(\[\[[^\[\]]+\]\]\)")
TAG = re.compile(r"(?<![\w#&/])#(?:\[\[(?P<page>[^\[\]]+)\]\]|(?P<word>[^\W\d_][\w/-]*))")
TRAILING_TAGS = re.compile(rf"(?:\s+{TAG.pattern})+\s*$")
SENTENCE_END = (
    ".!?\u2026:;)]\"'\u201d\u2019\u00bb"  # (a stop, or a bracket or quotation closing one)
)
BLOCK_REFERENCE = re.compile(r"\s*\(\([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\)\)")
RULE = re.compile(r"-{3,}|\*{3,}|_{3,}")
# The task markers Logseq reads at a block's start: a to-do is the writer's, no text.
TASK = re.compile(r"(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED)\s")
NUMBERED = re.compile(r"(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)")
NUMBERED_LIST = ("logseq.order-list-type", "number")
CALL = re.compile(r"\[(?P<number>\d{1,3})\]")
FRONT_KEYS = ("title", "author", "date")
# The properties Logseq itself reads on a page, or writes on a block: a sign Logseq wrote the
# file, as a key of the writer's own (`Term::`, `note::`) over a list is not (review 40, 12)
PAGE_KEYS = ("title", "alias", "tags", "icon", "template", "public", "filters")
BLOCK_KEYS = ("collapsed", "id", "heading")
MIN_BLOCKS = 3  # a page of prose: a list of two items with a property is no page

LOGSEQ_FRONT = "a Logseq page's property read as the front (its title, author or date)"
LOGSEQ_PROPERTY = "a Logseq page's or block's property (tags, type, status, collapsed, id)"
LOGSEQ_WORKING = (
    "a Logseq block's sub-block or task: the writer's working notes (check that none holds "
    "text meant for the essay)"
)
LOGSEQ_EMPTY = "a Logseq page's empty block or rule (`-`, `- ---`)"
LOGSEQ_REFERENCE = "a Logseq block reference `((uuid))`: its text is another block's"
LOGSEQ_TAG = "a Logseq tag at a block's end (`#surgery`)"


@dataclass
class Block:
    depth: int
    first: Line  # its bullet's line, the bullet taken off
    rest: list[Line] = field(default_factory=list)  # its continuation lines, unindented
    children: list[Block] = field(default_factory=list)

    def lines(self) -> list[Line]:
        """Its text's lines, its properties aside."""
        return [self.first] + [line for line in self.rest if not PROPERTY.fullmatch(line.text)]

    def properties(self) -> list[Line]:
        """Its property lines."""
        return [line for line in self.rest if PROPERTY.fullmatch(line.text)]

    def raw(self) -> list[Line]:
        """Every line of it and of its sub-blocks, in order."""
        return [self.first, *self.rest] + [line for child in self.children for line in child.raw()]


@dataclass(frozen=True)
class LogseqPage:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    blocks: int = 0  # top-level blocks read as paragraphs and headings
    notes: int = 0
    working: int = 0  # lines of sub-blocks and tasks left out, as listed
    references: int = 0  # block references left out
    notes_in_order: tuple[int, ...] = ()  # the lines of unnumbered notes, numbered in order
    tags_kept: tuple[int, ...] = ()  # the lines whose closing tags follow no stop, kept as words

    @property
    def found(self) -> bool:
        return bool(self.blocks)


def logseq_page(lines: list[Line]) -> LogseqPage:
    """The page read as Markdown (see the module), its front in `facts`; the lines as they are
    when they are no Logseq page's."""
    start = next((i for i, line in enumerate(lines) if not line.blank), len(lines))
    end = start
    while end < len(lines) and PROPERTY.fullmatch(lines[end].text.strip()):
        end += 1
    page_properties = lines[start:end]
    blocks = _outline(lines[end:])
    if blocks is None or len(blocks) < MIN_BLOCKS:
        return LogseqPage(lines)
    if not _logseq_written(page_properties, blocks):
        return LogseqPage(lines)  # (a Markdown list: nothing says Logseq wrote it)
    facts = _front(page_properties)
    removed = [
        Removed.of(line, LOGSEQ_FRONT if _key(line) in facts else LOGSEQ_PROPERTY)
        for line in page_properties
    ]
    read: list[Line] = []
    paragraphs = notes = 0
    calls = _calls(blocks)
    in_order: list[int] = []
    tags_kept: list[int] = []
    for block in blocks:
        removed += [Removed.of(line, LOGSEQ_PROPERTY) for line in block.properties()]
        text = block.first.text.strip()
        numbered = _numbered_notes(block)
        if numbered is None and (numbered := _notes_in_order(block, calls)) is not None:
            in_order += [child.first.number for child in block.children]
        if not text and not block.rest or RULE.fullmatch(text):
            removed.append(Removed(block.first.number, f"- {text}".strip(), LOGSEQ_EMPTY))
            removed += _working(block.children)
            continue
        if TASK.match(text + " "):
            removed += _working([block])
            continue
        if numbered is not None:
            read += [block.first, _blank(block.first), *numbered, _blank(numbered[-1])]
            notes += len(block.children)
            removed += [
                Removed.of(line, LOGSEQ_PROPERTY)
                for child in block.children
                for line in child.properties()
            ]
            removed += _notes_left_out(block)
            continue
        paragraphs += 1
        removed += _working(block.children)
        tags_kept += [line.number for line in block.lines() if _tags_kept(line)]
        for line in block.lines():
            plain, gone = _inline(line)
            read.append(plain)
            removed += gone
        read.append(_blank(block.lines()[-1]))
    # (counted as listed, line by line, so the warning's count is the listing's: review 40, 14)
    working = sum(item.rule == LOGSEQ_WORKING for item in removed)
    references = sum(item.rule == LOGSEQ_REFERENCE for item in removed)
    removed.sort(key=lambda item: item.line)
    return LogseqPage(
        read,
        removed,
        facts,
        paragraphs,
        notes,
        working,
        references,
        notes_in_order=tuple(in_order),
        tags_kept=tuple(tags_kept),
    )


def logseq_read_as(page: LogseqPage) -> str:
    """The report's line on how a Logseq page was read."""
    notes = (
        f", {page.notes} note{'s' * (page.notes != 1)} from its notes block's sub-blocks"
        if page.notes
        else ""
    )
    plural = "s" * (page.references != 1)
    references = f", {page.references} block reference{plural} left out" if page.references else ""
    return (
        f"a page of a Logseq graph: its properties read as the front, {page.blocks} top-level "
        f"blocks as its paragraphs and headings{notes}{references}"
    )


def logseq_warnings(page: LogseqPage) -> tuple[str, ...]:
    """The report's warnings on a Logseq page: what was left out that may be text, and notes
    numbered by their order alone."""
    warnings = []
    if page.working:
        plural = "s" * (page.working != 1)
        warnings.append(
            f"a Logseq page: {page.working} line{plural} of sub-blocks and tasks (the writer's "
            "working notes) left out, each listed; check that none holds text meant for the essay"
        )
    if page.tags_kept:
        lines = _numbers(page.tags_kept)
        warnings.append(
            f"a Logseq page: tags at a block's end that follow no stop kept as words (lines "
            f"{lines}); check whether each is a word of the sentence or the writer's tag"
        )
    if page.notes_in_order:
        lines = _numbers(page.notes_in_order)
        warnings.append(
            f"a Logseq page: its notes block's sub-blocks bear no numbers; read as notes 1 to "
            f"{len(page.notes_in_order)} in the order of the text's calls (lines {lines}); check "
            "that each note answers its call"
        )
    return tuple(warnings)


def _numbers(lines: tuple[int, ...]) -> str:
    """The line numbers, as the report names them: `6, 7`."""
    return ", ".join(str(number) for number in lines)


def _outline(lines: list[Line]) -> list[Block] | None:
    """The top-level blocks of the lines, each with its continuation lines and sub-blocks; None
    where a line is no block's (text at the margin with no bullet: no outline)."""
    top: list[Block] = []
    open_blocks: list[Block] = []  # the open block at each depth
    for line in lines:
        if line.blank:
            continue
        if bullet := BULLET.fullmatch(line.text.rstrip()):
            depth = _depth(bullet["indent"])
            if depth > len(open_blocks):
                return None  # (a sub-block under no block)
            block = Block(depth, Line(line.number, bullet["text"] or ""))
            del open_blocks[depth:]
            (open_blocks[-1].children if open_blocks else top).append(block)
            open_blocks.append(block)
        elif open_blocks and INDENT.match(line.text):
            open_blocks[-1].rest.append(Line(line.number, line.text.strip()))
        else:
            return None
    return top


def _depth(indent: str) -> int:
    """A bullet's depth: a tab a level (Logseq's default), or two spaces."""
    return indent.count("\t") + len(indent.replace("\t", "")) // 2


def _every(blocks: list[Block]) -> list[Block]:
    """The blocks and all their sub-blocks."""
    return [each for block in blocks for each in (block, *_every(block.children))]


def _logseq_written(page_properties: list[Line], blocks: list[Block]) -> bool:
    """Whether a property says Logseq wrote the outline: a page property Logseq reads
    (`title::`, `tags::`) on its first lines, or a block property Logseq writes itself
    (`collapsed::`, `id::`, `heading::`, `logseq.order-list-type::`)."""
    block_keys = [_key(line) for block in _every(blocks) for line in block.properties()]
    return any(_key(line) in PAGE_KEYS for line in page_properties) or any(
        key in BLOCK_KEYS or key.startswith("logseq.") for key in block_keys
    )


def _key(line: Line) -> str:
    """A property line's key, in lower case."""
    found = PROPERTY.fullmatch(line.text.strip())
    return found["key"].lower() if found else ""


def _front(properties: list[Line]) -> dict[str, str]:
    """The title, author and date the page's properties state: links read as their words, the
    author's several links as names joined, the date Logseq's journal link read."""
    facts: dict[str, str] = {}
    for line in properties:
        found = PROPERTY.fullmatch(line.text.strip())
        key, value = found["key"].lower(), (found["value"] or "").strip()
        if key not in FRONT_KEYS or key in facts or not value:
            continue
        linked = PAGE_LINK.findall(value)
        if key == "author" and linked:
            facts[key] = and_joined([" ".join(name.split()) for name in linked])
        elif key == "date":
            if day := parse_date(PAGE_LINK.sub(r"\g<page>", value)):
                facts[key] = day
        else:
            facts[key] = " ".join(PAGE_LINK.sub(r"\g<page>", value).split())
    return facts


def _numbered_notes(block: Block) -> list[Line] | None:
    """A notes block's sub-blocks as numbered notes (`1. text`, their lines joined), where its
    text is a notes heading and every sub-block is numbered, by its digits or by Logseq's
    numbered list; None otherwise."""
    if not block.children or not _headed_as_notes(block):
        return None
    notes = []
    for number, child in enumerate(block.children, 1):
        text = _note_text(child)
        listed = any(
            (_key(line), (PROPERTY.fullmatch(line.text)["value"] or "").strip()) == NUMBERED_LIST
            for line in child.properties()
        )
        if not NUMBERED.fullmatch(text) and not listed:
            return None
        notes.append(
            Line(child.first.number, text if NUMBERED.match(text) else f"{number}. {text}")
        )
    return _spaced(notes)


def _notes_in_order(block: Block, calls: int) -> list[Line] | None:
    """A notes block's sub-blocks, none numbered, as the notes 1 to n in order, where the text
    calls just those n notes ([1] to [n]), one for each sub-block; None otherwise (they stay
    working notes, listed: review 40, finding 13)."""
    children = block.children
    if not children or len(children) != calls or not _headed_as_notes(block):
        return None
    texts = [_note_text(child) for child in children]
    if any(NUMBERED.fullmatch(text) for text in texts):
        return None  # (some numbered, some not: no order to trust)
    return _spaced(
        [
            Line(child.first.number, f"{n}. {text}")
            for n, (child, text) in enumerate(zip(children, texts), 1)
        ]
    )


def _headed_as_notes(block: Block) -> bool:
    """Whether the block's text is a notes heading (`Notes`, `## Footnotes:`)."""
    return bool(NOTES_HEADING.fullmatch(block.first.text.strip().lstrip("#").strip().rstrip(":")))


def _calls(blocks: list[Block]) -> int:
    """How many notes the top-level blocks' text calls, where its calls are [1] to [n] with
    none missing; 0 otherwise."""
    numbers = {
        int(call["number"])
        for block in blocks
        for line in block.lines()
        for call in CALL.finditer(line.text)
    }
    return len(numbers) if numbers == set(range(1, len(numbers) + 1)) else 0


def _note_text(child: Block) -> str:
    """A note's text: its sub-block's lines joined, links and tags read as words."""
    return " ".join(_inline(line)[0].text for line in child.lines())


def _spaced(notes: list[Line]) -> list[Line]:
    """The notes, a blank line after each but the last."""
    return [line for note in notes for line in (note, _blank(note))][:-1]


def _notes_left_out(block: Block) -> list[Removed]:
    """What a notes block holds beyond its heading and its notes, each line listed as working
    notes: its own continuation lines and its notes' sub-blocks (a remark or a page range, which
    no rule can tell from a note's text: review 40, finding 2)."""
    own = [Removed.of(line, LOGSEQ_WORKING) for line in block.lines()[1:]]
    return own + _working([each for child in block.children for each in child.children])


def _working(blocks: list[Block]) -> list[Removed]:
    """Every line of the blocks, each listed as the writer's working notes."""
    return [Removed.of(line, LOGSEQ_WORKING) for block in blocks for line in block.raw()]


def _inline(line: Line) -> tuple[Line, list[Removed]]:
    """A line of text with its page links and tags read as their words, its block references and
    its closing tags taken out (each listed)."""
    text, gone = line.text, []
    for reference in BLOCK_REFERENCE.finditer(text):
        gone.append(Removed(line.number, reference[0].strip(), LOGSEQ_REFERENCE))
    text = BLOCK_REFERENCE.sub("", text)
    if (tags := TRAILING_TAGS.search(text)) and text[: tags.start()].rstrip()[-1:] in SENTENCE_END:
        gone.append(Removed(line.number, tags[0].strip(), LOGSEQ_TAG))
        text = text[: tags.start()]
    text = TAG.sub(lambda tag: tag["page"] or tag["word"], text)
    text = PAGE_LINK.sub(r"\g<page>", ALIASED_LINK.sub(r"\g<words>", text))
    return Line(line.number, text), gone


def _tags_kept(line: Line) -> bool:
    """Whether the line ends in tags that follow no sentence's stop ("was called #MeToo"): they
    read as words, for the last may be the sentence's own (review 40, finding 11)."""
    text = BLOCK_REFERENCE.sub("", line.text)
    tags = TRAILING_TAGS.search(text)
    # (tags alone on the line follow no words: `""` is in SENTENCE_END, and they go)
    return bool(tags) and text[: tags.start()].rstrip()[-1:] not in SENTENCE_END


def _blank(line: Line) -> Line:
    """A blank line right after the line: a block's end, which Markdown marks so."""
    return Line(line.number + BETWEEN_LINES, "")
