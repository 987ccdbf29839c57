"""A book's pages as pypdf's layout mode gives them (`page.extract_text(extraction_mode=
"layout")`, each page's text joined to the next by one line break: no form feed), as
docs/editions.md describes ("A book chapter through pypdf's layout mode").

Layout mode keeps the page's geometry in spaces: a centred line opens with many spaces, and a
running head keeps its folio at the page's outer corner, set off from the head's words by a
wide gap (`98          The Unguarded Hour` on a verso, even, page; `     A Third Party in the
Room      99` on a recto, odd, one). Those heads, two at least, their folios counting up by one
from head to head (a page between two heads, a head on each page) and on the side their parity
says, mark where pages begin; a number alone, centred, right above the first of them and one
less than its folio is the chapter's opening page's drop folio.

With the pages so found:
- the heads and the drop folio go, listed, and the blank lines around them: a paragraph, and a
  word (`presen-` … `ted`), the page break cut runs on;
- each page's notes, a block under two blank lines at least that opens with the next note's
  number and a capital (`1 Of the 212 …`), its lines flush with its first, at the page's
  foot (under it blank lines and notes only, up to a head, a centred line or the text's end:
  a numbered list in the page's body stays), go to the text's end, where notes are read, the
  next note's number one more;
- a note's marker that the layout lifted onto a line of its own with the word after it
  (`2 I`, above `… within the statutory month.`) is set back as a lone marker, and the word
  after the line's first stop, where the marker goes (raisedmarkers.py);
- where the recto heads' words (the chapter's title) stand as a line above the first head,
  under a chapter's number (`CHAPTER SIX`, `Chapter 6`, `6`), the number goes and the title is
  the edition's; the lines above the number are the book's front pages (its title page, then
  a copyright page, known by an imprint's line, `Copyright ©`, `ISBN`, `First published`) and
  go, listed: the title page gives the author (its byline, in the case the copyright line
  writes the name), the copyright page the date (its day where it gives one, else the year);
  with no imprint's line, the lines above the number are kept, warned of with their byline;
- the chapter's first line, opening in capitals (a book's small capitals, `I HAVE BEEN
  ASKED, more than once`), is set in the author's case, warned of: a word of it stays in
  capitals, or capitalised, only where the text writes it so elsewhere (`the NHS`, `I`, a
  name).
A text short of the heads and their counting folios is read as it stands; where lines are
shaped as heads all the same (two, or one over a drop folio), the report names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .bookparts import BOOK_FRONT, IMPRINT_LINE, PUBLISHER, title_and_author
from .chapterfront import CHAPTER_NUMBER, CHAPTER_NUMBER_LINE, stated_date
from .furniture import Removed
from .layout import Line, ends_sentence, indent_of, is_all_caps
from .metadata import parse_date
from .raisedmarkers import ENTRY, STOP

#: A running head with its folio at the page's outer corner, a wide gap between them.
VERSO_HEAD = re.compile(r"(?P<folio>\d{1,3}) {4,}(?P<words>\S(?:.*\S)?)")
RECTO_HEAD = re.compile(r" {4,}(?P<words>\S(?:.*\S)?) {4,}(?P<folio>\d{1,3})")
HEAD_MAX_WORDS = 12
PAGE_MIN_LINES = 10  # a page holds this many lines of text at least
CENTRED = 8  # a drop folio, centred at the page's foot, opens with this many spaces at least
NOTE_GAP = 2  # blank lines above a page's notes (the footnote rule is not extracted)
#: A raised marker lifted with the word after it (`2 I`).
LIFTED = re.compile(r"(?P<label>\d{1,3}) (?P<word>[A-Z][\w’']*)")
#: Small capitals opening the chapter: two capitals' words at least, then lower case.
SMALL_CAPITALS = re.compile(r"(?P<caps>[A-Z][A-Z’']*(?:[ ,;:]+[A-Z][A-Z’']*)+)(?=[ ,;:]+[a-z])")
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

RUNNING_HEAD = "a book's running head with its folio (pypdf's layout mode: no form feed)"
DROP_FOLIO = "a chapter's opening page's folio, centred at its foot (pypdf's layout mode)"
CHAPTER_TITLE = "a book chapter's title over its text (the edition's title)"


@dataclass(frozen=True)
class LayoutPages:
    """The lines so read (see the module), what went, the facts the front pages state, and
    what the report says."""

    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    notes: tuple[int, ...] = ()  # the raw lines of the notes moved from the pages' feet
    pages: int = 0  # pages found by their heads
    warnings: tuple[str, ...] = ()

    def said(self) -> str:
        """What the report says was read."""
        lines = ", ".join(map(str, self.notes))
        moved = f"{len(self.notes)} note{'s' * (len(self.notes) != 1)}"
        notes = f", {moved} moved from their feet to the end (lines {lines})" if self.notes else ""
        return (
            f"a book's pages by pypdf's layout mode: {self.pages} read by their running heads "
            f"and folios, gone with the page breaks' gaps{notes}"
        )


def head_folio(text: str) -> tuple[int, str] | None:
    """A running head's folio and words, if the line is one: the folio at the outer corner,
    left on an even page, right on an odd one, the words no sentence."""
    for form, parity in ((VERSO_HEAD, 0), (RECTO_HEAD, 1)):
        head = form.fullmatch(text.rstrip())
        if head and int(head["folio"]) % 2 == parity:
            words = " ".join(head["words"].split())
            if len(words.split()) <= HEAD_MAX_WORDS and not ends_sentence(words):
                return int(head["folio"]), words
    return None


def running_heads(lines: list[Line]) -> list[tuple[int, int, str]]:
    """The index, folio and words of each running head, where two at least count up by one
    from head to head, a page of text at least between them; none otherwise."""
    heads = [(i, *found) for i, line in enumerate(lines) if (found := head_folio(line.text))]
    if len(heads) < 2:
        return []
    for (before, was, _), (after, now, _) in zip(heads, heads[1:]):
        texts = sum(not line.blank for line in lines[before:after])
        if now != was + 1 or texts < PAGE_MIN_LINES:
            return []
    return heads


def heads_unread(lines: list[Line]) -> tuple[str, ...]:
    """The warning for lines shaped as running heads that `running_heads` did not read: two
    or more whose folios do not count up by one (a blank page, a plate between), or one with
    a drop folio under it (a chapter's first two pages); kept in the text, so named."""
    heads = [(i, *found) for i, line in enumerate(lines) if (found := head_folio(line.text))]
    alone = len(heads) == 1 and drop_folio(lines, *heads[0][:2]) is not None
    if len(heads) < 2 and not alone:
        return ()
    said = "; ".join(f"{lines[i].text.strip()!r} (line {lines[i].number})" for i, _, _ in heads)
    return (
        f"lines shaped as a book's running heads with their folios, kept in the text: {said}. "
        "Their folios do not count up by one a page apart, or there is one alone, so no page "
        "of pypdf's layout mode is read: delete them from the edition if they are heads",
    )


def drop_folio(lines: list[Line], first_head: int, folio: int) -> int | None:
    """The index of the opening page's folio: a number alone, centred, one less than the
    first head's, the last line of text above it."""
    above = next((i for i in range(first_head - 1, -1, -1) if not lines[i].blank), None)
    if above is None:
        return None
    line = lines[above]
    if line.text.strip() == str(folio - 1) and indent_of(line.text) >= CENTRED:
        return above
    return None


def layout_pages(lines: list[Line]) -> LayoutPages:
    """The lines with a book's pages read (see the module); as they stand without the heads."""
    heads = running_heads(lines)
    if not heads:
        return LayoutPages(lines, warnings=heads_unread(lines))
    gone = {index: RUNNING_HEAD for index, _, _ in heads}
    folio = drop_folio(lines, heads[0][0], heads[0][1])
    if folio is not None:
        gone[folio] = DROP_FOLIO
    breaks = sorted(gone)
    notes, after = foot_notes(lines, breaks)
    front, facts, opens = chapter_opening(lines, heads)
    gone |= front
    kept: list[Line] = []
    for index, line in enumerate(lines):
        if index in gone or index in notes:
            continue
        if line.blank and _beside_break(lines, index, set(gone) | set(notes)):
            continue  # (the page break's gap: the paragraph it cut runs on)
        kept.append(line)
    cased = opening_capitals(kept, opens)
    recased = recased_lines(kept, cased)
    kept, moved = lifted_words(cased)
    ending = [Line(kept[-1].number + 0.5, "")] if kept else []
    for note in after:
        ending += [*(lines[i] for i in note), Line(lines[note[-1]].number + 0.5, "")]
    removed = [Removed.of(lines[i], rule) for i, rule in sorted(gone.items())]
    warnings = tuple(
        f"the word {word!r} lifted with note {label}'s marker (line {number}) set after the "
        "first stop of the line below, where the marker goes (check it against the source)"
        for number, label, word in moved
    )
    warnings += tuple(
        f"the chapter's opening capitals {was!r} (line {number}) set in the author's case, "
        f"{now!r}: a word in capitals stays so only where the text writes it so elsewhere "
        "(check an acronym or a name against the source)"
        for number, was, now in recased
    )
    if YEAR.fullmatch(facts.get("date", "")):
        warnings += (
            f"the date is the year alone the copyright page states ({facts['date']}): no day "
            "or month is given (check it against the source)",
        )
    warnings += front_kept(lines, front)
    notes_moved = tuple(lines[note[0]].number for note in after)
    return LayoutPages(kept + ending, removed, facts, notes_moved, len(heads), warnings)


def _beside_break(lines: list[Line], index: int, gone: set[int]) -> bool:
    """Whether a blank line stands in a page break's gap: only blank lines and lines gone
    between it and a line gone."""
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and lines[at].blank and at not in gone:
            at += step
        if at in gone:
            return True
    return False


def foot_notes(lines: list[Line], breaks: list[int]) -> tuple[set[int], list[list[int]]]:
    """The indexes of the lines of the pages' notes, and each note's: a block under
    `NOTE_GAP` blank lines opening with the next note's number and a capital, its lines
    flush with its first, up to a page's head, a change of indent (a centred line) or a blank
    line, and standing at a page's foot (`at_page_foot`); the numbers count from 1, and the
    first note stands above a page break."""
    found: list[list[int]] = []
    blanks = 0
    for index, line in enumerate(lines):
        if line.blank:
            blanks += 1
            continue
        entry = ENTRY.match(line.text)
        if blanks >= NOTE_GAP and entry and int(entry["label"]) == len(found) + 1:
            note = entry_lines(lines, index, breaks)
            if at_page_foot(lines, note[-1] + 1, breaks):
                found.append(note)
        blanks = 0
    if not found or not any(found[0][0] < at for at in breaks):
        return set(), []
    return {i for note in found for i in note}, found


def entry_lines(lines: list[Line], first: int, breaks: list[int]) -> list[int]:
    """The indexes of a numbered block's lines: its first, and those flush with it up to a
    page's head, a blank line or a change of indent."""
    block = [first]
    at = first + 1
    while (
        at < len(lines)
        and at not in breaks
        and not lines[at].blank
        and indent_of(lines[at].text) == indent_of(lines[first].text)
    ):
        block.append(at)
        at += 1
    return block


def at_page_foot(lines: list[Line], after: int, breaks: list[int]) -> bool:
    """Whether the lines from `after` on are a page's foot: blank lines and the page's other
    notes (numbered blocks) only, up to a page's head, the drop folio, a centred line (the
    next page's heading, where no head stands: `About the Author`) or the text's end. A
    numbered list in the page's body has the text's prose under it, and stays."""
    at = after
    while at < len(lines) and at not in breaks:
        text = lines[at].text
        if lines[at].blank:
            at += 1
        elif ENTRY.match(text):
            at = entry_lines(lines, at, breaks)[-1] + 1
        else:
            return indent_of(text) >= CENTRED
    return True


def chapter_opening(
    lines: list[Line], heads: list[tuple[int, int, str]]
) -> tuple[dict[int, str], dict[str, str], int | None]:
    """The lines of the book's front pages and the chapter's number and title, each with its
    rule, the facts they state, and the raw line the chapter's text opens on (see the module):
    none unless the recto heads' words stand as a line above the first head, under a chapter's
    number, an imprint's line above it."""
    rectos = {words.lower() for _, folio, words in heads if folio % 2}
    first = heads[0][0]
    title = next(
        (i for i in range(first) if " ".join(lines[i].text.split()).lower() in rectos), None
    )
    texts = [i for i in range(title or 0) if not lines[i].blank]
    if title is None or not texts or not CHAPTER_NUMBER.fullmatch(lines[texts[-1]].text.strip()):
        return {}, {}, None
    number, front = texts[-1], texts[:-1]
    imprint = next((i for i in front if IMPRINT_LINE.match(lines[i].text.strip())), None)
    gone = {number: CHAPTER_NUMBER_LINE, title: CHAPTER_TITLE}
    facts = {"title": " ".join(lines[title].text.split())}
    prose = next((i for i in range(title + 1, first) if _prose_line(lines[i].text)), None)
    opens = lines[prose].number if prose is not None else None
    if imprint is None:
        return gone, facts, opens
    gone |= {i: BOOK_FRONT for i in front}
    imprints = " ".join(lines[i].text for i in front if i >= imprint)
    named = title_and_author(lines[:imprint]).get("author")
    if named:
        facts["author"] = _as_written(named, imprints)
    if date := imprint_date(imprints):
        facts["date"] = date
    said = (PUBLISHER.search(lines[i].text.strip()) for i in front if i >= imprint)
    if publisher := next((found for found in said if found), None):
        facts["publisher"] = publisher["publisher"].strip()
    return gone, facts, opens


def front_kept(lines: list[Line], opening: dict[int, str]) -> tuple[str, ...]:
    """The warning for the lines above the chapter's number that no imprint's line marks as
    a book's front pages, kept (a title page with no copyright page after it, or lines of the
    essay's own), with the byline they may give; none where the front went or no line is
    there."""
    number = next((i for i, rule in opening.items() if rule == CHAPTER_NUMBER_LINE), None)
    if number is None or BOOK_FRONT in opening.values():
        return ()
    front = [line for line in lines[:number] if not line.blank]
    if not front:
        return ()
    said = "; ".join(f"{line.text.strip()!r} (line {line.number})" for line in front)
    named = title_and_author(lines[:number]).get("author")
    byline = f" The byline it may give: {_as_written(named, '')}." if named else ""
    return (
        f"the lines above the chapter's number, kept: {said}. No imprint's line (`Copyright "
        "©`, `ISBN`, `First published`) says they are a book's title page: delete them from "
        f"the edition if they are.{byline}",
    )


def imprint_date(imprints: str) -> str | None:
    """The date the copyright page states: a full one where it gives a day (`Copyright ©
    Tobias Wren-Hallett, 12 March 2026`: `2026-03-12`), else its first year (`2026`)."""
    if (day := stated_date(imprints)) and (date := parse_date(day)):
        return date
    years = YEAR.findall(imprints)
    return years[0] if years else None


def _prose_line(text: str) -> bool:
    """A line of the text's prose: flush left, and long (an epigraph is indented)."""
    return indent_of(text) == 0 and len(text.split()) >= 6


def _as_written(name: str, imprint: str) -> str:
    """A title page's name as the copyright page writes it (`TOBIAS WREN-HALLETT`: `Tobias
    Wren-Hallett`), else in title case where it is in capitals."""
    if said := re.search(re.escape(name), imprint, re.I):
        return said[0]
    if not is_all_caps(name):
        return name
    return re.sub(r"[^\W\d_]+", lambda word: word[0].capitalize(), name.lower())


def opening_capitals(lines: list[Line], opens: int | None) -> list[Line]:
    """The lines with the chapter's first line's opening capitals (a book's small capitals)
    in the author's case: lower case but the first letter, and a word the text writes
    capitalised elsewhere (`I`, a name)."""
    at = next((i for i, line in enumerate(lines) if line.number == opens), None)
    if at is None or not (caps := SMALL_CAPITALS.match(lines[at].text)):
        return lines
    rest = " ".join(line.text for line in lines if line.number != lines[at].number)
    words = caps["caps"]
    cased = re.sub(
        r"[^\W\d_][\w’']*",
        lambda word: _as_in(word[0], rest),
        words,
    )
    cased = cased[:1].upper() + cased[1:]
    return [
        *lines[:at],
        replace(lines[at], text=cased + lines[at].text[len(words) :]),
        *lines[at + 1 :],
    ]


def _as_in(word: str, text: str) -> str:
    """A word in capitals as the text writes it: in capitals where it does so after a word in
    lower case (an acronym, `the NHS`), capitalised where it does so (a name, `I`: not a
    sentence's first word), else in lower case."""
    for written in (word, word[:1] + word[1:].lower()):
        if len(written) > 1 and re.search(rf"\b[a-z][\w,;:]*\s+{re.escape(written)}\b", text):
            return written
    return word if word == "I" else word.lower()


def recased_lines(lines: list[Line], cased: list[Line]) -> list[tuple[int, str, str]]:
    """The raw line and its opening capitals, before and after, of each line
    `opening_capitals` recased (its opening capitals are as long in either case)."""
    recased = []
    for was, now in zip(lines, cased):
        if was.text != now.text and (caps := SMALL_CAPITALS.match(was.text)):
            recased.append((was.number, caps["caps"], now.text[: caps.end()]))
    return recased


def lifted_words(lines: list[Line]) -> tuple[list[Line], list[tuple[int, str, str]]]:
    """The lines with each marker the layout lifted with the word after it (`2 I`) set as a
    lone marker, and the word after the first stop of the line below, where the marker goes:
    between a line of prose that ends no sentence and one that holds a stop; and each word so
    moved (its raw line, the marker, the word)."""
    out, moved = list(lines), []
    for at in range(1, len(out) - 1):
        lifted = LIFTED.fullmatch(out[at].text.strip())
        above, below = out[at - 1], out[at + 1]
        if not lifted or above.blank or below.blank or ends_sentence(above.text):
            continue
        stop = STOP.search(below.text)
        if stop is None:
            continue
        text = below.text
        if stop.end() == len(text.rstrip()) and at + 2 < len(out) and not out[at + 2].blank:
            # (the stop ends the line: the word opens the next)
            after = out[at + 2]
            out[at + 2] = replace(after, text=f"{lifted['word']} {after.text.lstrip()}")
        else:
            out[at + 1] = replace(
                below, text=f"{text[: stop.end()]} {lifted['word']}{text[stop.end() :]}"
            )
        out[at] = replace(out[at], text=lifted["label"])
        moved.append((out[at].number, lifted["label"], lifted["word"]))
    return out, moved
