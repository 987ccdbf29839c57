"""A PDF as IBM's Docling writes it in Markdown (`docling paper.pdf --to md`, its document's
`export_to_markdown()`), read into the shapes markdownsource.py reads (docs/editions.md, "A PDF
converted by Docling").

Docling labels each piece of a page and writes it as a block between blank lines: every section
header `## ` (the publisher's line on a cover and the title too: it knows no levels), every
picture `<!-- image -->`, a table as a pipe table, its text HTML-escaped (`&amp;`). A page's
feet are text to it as any other: the notes stand in the flow where their page ended, each a
paragraph that opens with its number (`1 Maddersfield School …`), and a paragraph the page
broke is two blocks round them; the calls in the text are the digits glued after a stop
(`Office.1 Against`) or set apart by spaces (`teaching. 2  At`). A running head, a page's
number alone, a designer's box of key points are kept as it found them.

The text is Docling's where each of its headings is a `## ` one (two at least, no other level)
and it holds a picture's `<!-- image -->` or two notes at least at its pages' feet as above (a
numbered paragraph whose call stands in the text above it; a number after `No.`, `p.`, `Fig.`,
`Vol.` is no call). Then:

- the pictures go, with their captions and the tables with theirs (exhibits.py), each listed;
- the front: the title is the first `## ` over the authors' names or the date (the first
  `## ` where none stands so); the blocks above it (a cover's logo, publisher and series) go;
  the names alone and the date alone under it are read as the front's author and date; a
  line alone under it, or anywhere in the body, that says the title again without a stop (a
  page's running head) goes; a
  `## ` heading over a list alone, before the body's first paragraph (a box of key points),
  goes with its list;
- a page's number alone between paragraphs goes;
- the back cover: of the last one-line blocks that end no sentence, those from the first that
  holds an address's email, a URL or a notice (`©`) on go (each so marked, or short); the
  lines above it stay, with a warning (the essay's last words, as far as can be told);
- the page-foot notes are read as Markdown's footnotes, set at the end, their calls as `[^n]`
  (a note's number must count on from the last, and its call stand above it); a paragraph a
  note broke (the block above ends no sentence, the block below opens in lower case) is one
  again; a note that ends no sentence is warned of (its rest, on the next page's foot, is no
  numbered paragraph and stays in the text where it stands);
- the headings' section numbers (`## 2 What …`, on two headings at least, counting on from 1
  as sections do: 1, 2, 2.1, 2.2, 3) go, each heading named in the report;
- a word a line's end broke, left with its hyphen and a space (`refrig- eration`), is joined
  where the joined word is the text's or English (layout.py's lexicon), and kept, with a
  warning, where it is not;
- the entities Docling escapes (`&amp;`, `&lt;`, `&gt;`) are read as their characters.

Each line that goes is listed in the report. The notes' numbers are the PDF's: where a number
does not count on or its call is not found above it, the paragraph stays as it is, with a
warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .exhibits import exhibits
from .furniture import Removed, removed_lines
from .layout import Line, blocks_by_blank_lines, ends_sentence, is_english, markdown_heading
from .metadata import NAME_WORDS, names_people, parse_date
from .names import AUTHOR_SEPARATOR
from .pagebreaks import NOTICE
from .picturetext import code_lines

IMAGE = "<!-- image -->"
PICTURE = "Docling's Markdown of a PDF: a picture's placeholder (<!-- image -->)"
COVER = "Docling's Markdown of a PDF: the cover's lines above its title (publisher, series)"
BYLINE_READ = "Docling's Markdown of a PDF: the names or the date under its title, read so"
RUNNING_HEAD = "Docling's Markdown of a PDF: a page's running head (the title again, no sentence)"
BOX = "Docling's Markdown of a PDF: a box (a heading over a list alone) before the first paragraph"
PAGE_NUMBER = "Docling's Markdown of a PDF: a page's number alone between paragraphs"
BACK_COVER = (
    "Docling's Markdown of a PDF: its back cover after the last paragraph (lines that end no "
    "sentence, from an address's email, a URL or a notice with © on)"
)
ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
ENTITY = re.compile("|".join(ENTITIES))
MIN_HEADINGS = 2
MIN_NOTES = 2  # (one numbered paragraph under a stop's number is any writer's: `No.1` … `1 in 5`)
FRONT_BLOCKS = 3  # under the title: the names, the date, a picture
# A back cover's line: an address's email or a URL (with a notice, pagebreaks.NOTICE).
COVER_MARK = re.compile(r"\S+@\S+\.[^\W\d_]{2,}|\b(?:https?://|www\.)\S+")
COVER_WORDS = 30  # (longer, a line is a paragraph, marked or not)
SHORT_WORDS = 6
NUMBER_ALONE = re.compile(r"\s*\d{1,4}\s*")
PAGE_NOTE = re.compile(r"(?P<number>\d{1,3})\s+(?P<text>\S.*)")
# A call after a word's stop: glued (`Office.1 Against`), or set apart by one space before and
# two after (`teaching. 2  At`), as Docling leaves a raised number it read as text.
_AFTER_STOP = r"(?<=[^\W\d_][.,;:!?)\]’”'\"])"
GLUED_CALL = _AFTER_STOP + r"(?P<number>{n})(?=\s|$)"
SPACED_CALL = _AFTER_STOP + r" (?P<number>{n})(?:  +(?=\S)|\s*$)"
SECTION_NUMBER = re.compile(r"(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)")
# The words a number follows as its own (`No.1`, `p.1`, `Fig.1`, `Vol.1`): no note's call.
NUMBERING_WORD = re.compile(
    r"(?:no|nos|nr|p|pp|fig|figs|vol|vols|ch|chap|art|sec|op|eq|tab|pt|bk|ed|ex)[.]\Z",
    re.IGNORECASE,
)
BROKEN_HYPHEN = re.compile(r"(?P<left>[^\W\d_]+)- (?P<right>[a-z]+)")
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class DoclingMarkdown:
    """A text read as Docling's Markdown (see the module): its lines as the later readers take
    them, and what the report says of the reading; `found` False for any other text."""

    lines: list[Line]
    found: bool = False
    notes: tuple[int, ...] = ()  # the raw lines of the page-foot notes read
    joined: int = 0  # paragraphs a page's foot broke, one again
    numbers: tuple[int, ...] = ()  # the raw lines of the headings whose section numbers went
    mended: tuple[str, ...] = ()  # the words a line's end broke, joined (`refrig- eration`)
    removed: list[Removed] = field(default_factory=list)
    warnings: tuple[str, ...] = ()
    facts: dict[str, str] = field(default_factory=dict)  # the author and the date on the cover


def is_docling_markdown(lines: list[Line]) -> bool:
    """Whether the text is Docling's (see the module): its headings all `## `, two at least, and
    a picture's placeholder or two notes at least at its pages' feet whose calls stand above
    them (one is no evidence: `ranked No.1` over `1 in 5 players …` is any writer's)."""
    code = code_lines(lines)
    texts = [line.text for index, line in enumerate(lines) if not line.blank and index not in code]
    levels = [heading[0] for text in texts if (heading := markdown_heading(text))]
    if len(levels) < MIN_HEADINGS or set(levels) != {2}:
        return False
    return any(text.strip() == IMAGE for text in texts) or len(_page_notes(lines)[0]) >= MIN_NOTES


def docling_markdown(lines: list[Line]) -> DoclingMarkdown:
    """The lines of Docling's Markdown read (see the module); any other text's as they are."""
    if not is_docling_markdown(lines):
        return DoclingMarkdown(lines)
    lines = [Line(line.number, ENTITY.sub(lambda m: ENTITIES[m[0]], line.text)) for line in lines]
    images = [line for line in lines if line.text.strip() == IMAGE]
    removed = removed_lines(images, PICTURE) + exhibits(lines, {line.number for line in images})
    lines = _blanked(lines, removed)
    warnings: list[str] = []
    numbers = [
        block[0]
        for block in blocks_by_blank_lines(lines)
        if len(block) == 1 and NUMBER_ALONE.fullmatch(block[0].text)
    ]
    removed += removed_lines(numbers, PAGE_NUMBER)
    cover, closing = _back_cover(lines)
    removed += cover
    if closing:
        warnings.append(
            f"closing lines that end no sentence kept (line {', '.join(map(str, closing))}): "
            "no address or notice marks them as a back cover (check them against the PDF)"
        )
    lines = _blanked(lines, removed)
    lines, notes, joined, unread = _notes_read(lines)
    if unread:
        said = ", ".join(str(number) for number in unread[:3])
        warnings.append(
            f"paragraphs that open with a number (line {said}) were not read as notes at a "
            "page's foot: no call of that number stands above them (check them against the PDF)"
        )
    if unended := _notes_unended(lines, notes):
        warnings.append(
            f"notes at a page's foot that end no sentence (line {', '.join(map(str, unended))}): "
            "the rest may run onto the next page's foot and stand in the text as a paragraph "
            "(check them against the PDF)"
        )
    front, lines, facts = _front(lines)
    removed += front
    lines, taken = _section_numbers(lines)
    lines, mended, kept = _hyphens_mended(lines)
    if kept:
        warnings.append(
            f"a hyphen and a space inside a line kept ({', '.join(kept[:3])}): the joined word is "
            "no word the text or English knows (check them against the PDF)"
        )
    return DoclingMarkdown(
        lines,
        found=True,
        notes=tuple(notes),
        joined=joined,
        numbers=tuple(taken),
        mended=tuple(mended),
        removed=sorted(removed, key=lambda item: item.line),
        warnings=tuple(warnings),
        facts=facts,
    )


def docling_read_as(read: DoclingMarkdown) -> str:
    """What the report says of a text read as Docling's Markdown."""
    notes = (
        f", {len(read.notes)} notes read from its pages' feet (lines "
        f"{', '.join(map(str, read.notes))}) and their calls set as [^n]"
        if read.notes
        else ""
    )
    joined = (
        f", {read.joined} paragraph{'s' * (read.joined != 1)} a page's foot broke joined again"
        if read.joined
        else ""
    )
    numbers = (
        f", section numbers taken off the headings (line {', '.join(map(str, read.numbers))})"
        if read.numbers
        else ""
    )
    mended = f", words a line's end broke joined: {', '.join(read.mended)}" if read.mended else ""
    return f"a PDF's Markdown by Docling{notes}{joined}{numbers}{mended}"


def _blanked(lines: list[Line], removed: list[Removed]) -> list[Line]:
    gone = {item.line for item in removed}
    return [Line(line.number, "") if line.number in gone else line for line in lines]


def _calls(number: int) -> tuple[re.Pattern, re.Pattern]:
    """The spaced and the glued call of a note's number, in the order they are looked for."""
    return (
        re.compile(SPACED_CALL.format(n=number)),
        re.compile(GLUED_CALL.format(n=number)),
    )


def _call(text: str, number: int) -> re.Match | None:
    """The first call of a note's number in a line, spaced or else glued; a number after a
    word that numbers things (`No.1`, `p.1`, `Fig.1`) is that word's, not a call."""
    for pattern in _calls(number):
        for match in pattern.finditer(text):
            if not NUMBERING_WORD.search(text[: match.start()].rsplit(None, 1)[-1]):
                return match
    return None


def _prose(block: list[Line]) -> bool:
    """Whether a block is a paragraph's: no heading, no list, no table."""
    text = block[0].text.lstrip()
    return not (markdown_heading(text) or text.startswith(("- ", "* ", "|", "<!--")))


def _page_notes(lines: list[Line]) -> tuple[dict[int, tuple[int, Line]], list[int]]:
    """The page-foot notes: for each note's block (by its index among the blocks), its number
    and the line whose call it is; and the raw lines of numbered paragraphs read as none."""
    blocks = blocks_by_blank_lines(lines)
    found: dict[int, tuple[int, Line]] = {}
    unread: list[int] = []
    after = 0  # (a call stands below the last note's call)
    for index, block in enumerate(blocks):
        note = PAGE_NOTE.fullmatch(block[0].text.strip()) if len(block) == 1 else None
        if not note:
            continue
        number = int(note["number"])
        if number != len(found) + 1:
            if number <= len(found) + 3:  # (a number near the count: a note read wrong?)
                unread.append(block[0].number)
            continue
        called = next(
            (
                (at, line)
                for at in range(after, index)
                if at not in found and _prose(blocks[at])
                for line in blocks[at]
                if _call(line.text, number)
            ),
            None,
        )
        if called is None:
            unread.append(block[0].number)
            continue
        after = called[0]
        found[index] = (number, called[1])
    return found, unread


def _notes_read(lines: list[Line]) -> tuple[list[Line], list[int], int, list[int]]:
    """The lines with the page-foot notes taken out of the flow and set at the end as
    `[^n]: …`, their calls as `[^n]`, and each paragraph a note broke joined again; the notes'
    raw lines, how many paragraphs were joined, and the numbered paragraphs read as no notes."""
    found, unread = _page_notes(lines)
    if not found:
        return lines, [], 0, unread
    blocks = blocks_by_blank_lines(lines)
    called = {line.number: number for number, line in found.values()}
    read: list[Line] = []
    joined = 0
    kept = [index for index in range(len(blocks)) if index not in found]
    for position, index in enumerate(kept):
        block = [_with_call(line, called.get(line.number)) for line in blocks[index]]
        previous = kept[position - 1] if position else None
        if (
            previous is not None
            and index - previous > 1
            and all(at in found for at in range(previous + 1, index))
            and _prose(blocks[previous])
            and _prose(block)
            and not ends_sentence(blocks[previous][-1].text.strip())
            and block[0].text.lstrip()[:1].islower()
        ):  # (the paragraph a page's foot broke: its lines run on)
            read.extend(block)
            joined += 1
            continue
        if read:
            read.append(Line(block[0].number - 0.5, ""))
        read.extend(block)
    end = lines[-1].number if lines else 0
    for offset, index in enumerate(sorted(found, key=lambda at: found[at][0])):
        number, _ = found[index]
        text = PAGE_NOTE.fullmatch(blocks[index][0].text.strip())["text"]
        read += [
            Line(end + offset + 0.25, ""),
            Line(blocks[index][0].number, f"[^{number}]: {text}"),
        ]
    return read, [blocks[index][0].number for index in sorted(found)], joined, unread


def _notes_unended(lines: list[Line], notes: list[int]) -> list[int]:
    """The raw lines of the notes read whose text ends no sentence (a note a page cut short:
    its rest is no numbered paragraph, and may be read as the body's)."""
    read = set(notes)
    return [
        line.number
        for line in lines
        if line.number in read and not ends_sentence(line.text.strip())
    ]


def _with_call(line: Line, number: int | None) -> Line:
    """The line with its note call, glued or spaced, set as `[^n]` (the first one only)."""
    match = _call(line.text, number) if number is not None else None
    if match is None:
        return line
    spaced = match[0].startswith(" ")  # (its spaces go with it: one is set after the call)
    text = line.text[: match.start()] + f"[^{number}]{' ' * spaced}" + line.text[match.end() :]
    return Line(line.number, text.rstrip() if text.endswith("] ") else text)


def _back_cover(lines: list[Line]) -> tuple[list[Removed], list[int]]:
    """The back cover's lines, and the raw lines kept above it: of the last blocks of the flow
    (the notes at a page's foot aside), each one line that ends no sentence or holds a notice,
    the cover runs from the first that holds an address, a URL or a notice (`© 2026 …`) to the
    end, each of them so marked or short; the lines above it are the essay's as far as can be
    told (`In 2024 we saw 3`), kept, to be warned of."""
    blocks = blocks_by_blank_lines(lines)
    notes = _page_notes(lines)[0]
    closing: list[Line] = []
    for index in range(len(blocks) - 1, 0, -1):
        block = blocks[index]
        if index in notes:
            continue
        text = block[0].text.strip()
        if (
            len(block) > 1
            or not _prose(block)
            or not (NOTICE.search(text) or not ends_sentence(text))
        ):
            break
        closing.insert(0, block[0])
    else:
        return [], []  # (nothing but such lines: no text's end)
    start = next((at for at, line in enumerate(closing) if _cover_marked(line.text)), len(closing))
    cover = closing[start:]
    if not all(_cover_marked(line.text) or _short(line.text) for line in cover):
        start, cover = len(closing), []
    return removed_lines(cover, BACK_COVER), [line.number for line in closing[:start]]


def _cover_marked(text: str) -> bool:
    """Whether a line, of a cover's length, holds what a back cover holds: a notice (`©`), an
    email address or a URL."""
    return len(text.split()) <= COVER_WORDS and bool(NOTICE.search(text) or COVER_MARK.search(text))


def _short(text: str) -> bool:
    """Whether a line is a cover's short one (a publisher's name, a series)."""
    return len(text.split()) <= SHORT_WORDS


def _front(lines: list[Line]) -> tuple[list[Removed], list[Line], dict[str, str]]:
    """The cover read (see the module): what went, the lines with the title as `# Title`, and
    the author and the date the cover states."""
    blocks = blocks_by_blank_lines(lines)
    first = next(
        (
            index
            for index, block in enumerate(blocks)
            if _prose(block) and ends_sentence(block[-1].text.strip())
        ),
        len(blocks),
    )
    headings = [index for index in range(first) if _heading(blocks[index])]
    if not headings:
        return [], lines, {}
    title = next(
        (
            index
            for index in headings
            if any(_cover_fact(block) for block in _under_heading(blocks, index, first))
        ),
        headings[0],
    )
    words = _heading(blocks[title]) or ""
    removed = removed_lines([line for block in blocks[:title] for line in block], COVER)
    facts: dict[str, str] = {}
    for index in range(title + 1, first):
        block = blocks[index]
        fact = _cover_fact(block) if index <= title + FRONT_BLOCKS else {}
        if fact and not (fact.keys() & facts.keys()):
            facts |= fact
            removed += removed_lines(block, BYLINE_READ)
        elif len(block) == 1 and _says_title(block[0].text, words):
            removed += removed_lines(block, RUNNING_HEAD)
        elif _heading(block) and _box(blocks, index, first):
            removed += removed_lines(block + blocks[index + 1], BOX)
    removed += removed_lines(_running_heads(blocks[first:], words), RUNNING_HEAD)
    heading = blocks[title][0]
    lines = [Line(line.number, f"# {words}") if line is heading else line for line in lines]
    return removed, _blanked(lines, removed), facts


def _running_heads(blocks: list[list[Line]], title: str) -> list[Line]:
    """The body's running heads: a line alone in its block, no heading, that says the title
    again without a stop (a PDF sets one on every page, and Docling keeps each)."""
    return [
        block[0]
        for block in blocks
        if len(block) == 1 and _prose(block) and _says_title(block[0].text, title)
    ]


def _under_heading(blocks: list[list[Line]], index: int, first: int) -> list[list[Line]]:
    """The front's blocks under a heading, up to the next heading (`FRONT_BLOCKS` at most)."""
    under: list[list[Line]] = []
    for block in blocks[index + 1 : min(first, index + 1 + FRONT_BLOCKS)]:
        if _heading(block):
            break
        under.append(block)
    return under


def _heading(block: list[Line]) -> str | None:
    """A one-line block's heading words, where it is a `##` heading."""
    heading = markdown_heading(block[0].text) if len(block) == 1 else None
    return heading[1].strip() if heading else None


def _cover_fact(block: list[Line]) -> dict[str, str]:
    """The author or the date a cover's one-line block states alone: names (two to four words
    each, `and` between them) or a full date."""
    if len(block) != 1:
        return {}
    text = block[0].text.strip()
    if date := parse_date(text):
        return {"date": date}
    parts = [part for part in AUTHOR_SEPARATOR.split(text) if part]
    if parts and all(
        NAME_WORDS[0] <= len(part.split()) <= NAME_WORDS[1] and names_people(part) for part in parts
    ):
        return {"author": text}
    return {}


def _says_title(text: str, title: str) -> bool:
    """Whether a line, no sentence, says the title or its part before a colon (a running
    head, in any case)."""
    said = [word.lower() for word in WORD.findall(text)]
    head = [word.lower() for word in WORD.findall(title.split(":")[0])]
    return (
        not ends_sentence(text.strip())
        and bool(said)
        and said in (head, [w.lower() for w in WORD.findall(title)])
    )


def _box(blocks: list[list[Line]], index: int, first: int) -> bool:
    """Whether the heading at `index` is a box's: a list alone under it, before the first
    paragraph."""
    below = index + 1
    return (
        below < first
        and all(line.text.lstrip().startswith(("- ", "* ")) for line in blocks[below])
        and (below + 1 == first or _heading(blocks[below + 1]) is not None)
    )


def _section_numbers(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """The `##` headings without their section numbers (`## 2 What …`), where two at least
    carry one and the numbers count on as sections do (1, 2, 2.1, 2.2, 3 …: `## 12 Angry Men`
    over `## 10 Things …` are titles' words); and the raw lines of the headings changed."""
    numbered = [
        (line, match["number"])
        for line in lines
        if (heading := markdown_heading(line.text))
        and heading[0] == 2
        and (match := SECTION_NUMBER.match(heading[1]))
    ]
    if len(numbered) < MIN_HEADINGS or not _in_sequence([number for _, number in numbered]):
        return lines, []
    gone = {line.number for line, _ in numbered}
    return [
        Line(line.number, "## " + SECTION_NUMBER.sub("", markdown_heading(line.text)[1], 1))
        if line.number in gone
        else line
        for line in lines
    ], sorted(gone)


def _in_sequence(numbers: list[str]) -> bool:
    """Whether section numbers count on from 1, each the next at its level or the first of a
    level below (`2` then `2.1`), or the next at a level above (`2.3` then `3`)."""
    parts = [tuple(int(part) for part in number.split(".")) for number in numbers]
    return parts[0] == (1,) and all(
        _next_section(previous, number) for previous, number in zip(parts, parts[1:])
    )


def _next_section(previous: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """Whether a section's number comes straight after the one before it."""
    if len(number) == len(previous) + 1:
        return number == (*previous, 1)
    level = len(number)
    return level <= len(previous) and number == (*previous[: level - 1], previous[level - 1] + 1)


def _hyphens_mended(lines: list[Line]) -> tuple[list[Line], list[str], list[str]]:
    """The lines with each word a line's end broke (`refrig- eration`) joined where the joined
    word is one the text uses or English knows; the words joined, and those kept."""
    used = {word.lower() for line in lines for word in WORD.findall(line.text)}
    mended: list[str] = []
    kept: list[str] = []

    def mend(match: re.Match) -> str:
        whole = match["left"] + match["right"]
        if whole.lower() in used or is_english(whole.lower()):
            mended.append(whole)
            return whole
        kept.append(match[0])
        return match[0]

    read = [Line(line.number, BROKEN_HYPHEN.sub(mend, line.text)) for line in lines]
    return read, mended, kept
