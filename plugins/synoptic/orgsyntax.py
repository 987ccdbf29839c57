"""Emacs Org-mode's syntax, read as Org's own parser (org-element) reads it, for the reader of
an Org file (orgmode.py): the file's settings (its `#+KEYWORD:` lines, wherever they stand
outside a block), its headings (their TODO keyword, priority, `COMMENT`, progress cookies and
tags taken off their words), which subtrees Org's exporter leaves out (an exclude tag, a
`COMMENT` heading, an archived tree, the trees a select tag leaves aside, a task where
`#+OPTIONS: tasks:` says so), where a run of lines' drawers and blocks close, where a paragraph
and a footnote's definition end, what kind of element a line opens, and the objects inside a
paragraph's lines (emphasis, links, notes' calls, targets, export snippets, macros, line
breaks, entities, special strings). What of it is the essay is orgmode.py's to say.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .htmlpage import clean_spaces
from .layout import Line
from .orgentities import ENTITIES

# --- lines ------------------------------------------------------------------------------------

#: A file Org reads by its name; a first line that says Org by itself (a keyword, a mode line).
ORG_SUFFIX = ".org"
FIRST_LINE = re.compile(r"\s*#\+[A-Za-z_]+:|.*-\*-.*\b(?:mode:\s*)?org\b.*-\*-", re.I)
MODE_LINE = re.compile(r".*-\*-.*-\*-")
HEADING = re.compile(r"(?P<stars>\*+) (?P<rest>.*)$")
#: A heading this deep is an inline task, no section's (org-inlinetask's
#: `org-inlinetask-min-level`), closed by a heading line that says `END`.
INLINE_TASK_LEVEL = 15
INLINE_TASK_LINE = re.compile(rf"\*{{{INLINE_TASK_LEVEL},}} ")
INLINE_TASK_END = re.compile(r"\*+ [ \t]*END[ \t]*$")
TAGS = re.compile(r"(?:^|[ \t]+)(?P<tags>:(?:[\w@#%]+:)+)$")
PRIORITY = re.compile(r"\[#[A-Za-z0-9]\](?:[ \t]+|$)")
COOKIE = re.compile(r"[ \t]*\[(?:\d*/\d*|\d*%)\]")
# (org-element's: `#+KEY:` and the rest of the line, a space after the colon or none, `#+title:X`;
# the key runs to the last colon before a space, as Org's `\S-+:` does)
KEYWORD = re.compile(r"[ \t]*#\+(?P<key>\S+):[ \t]*(?P<value>.*?)[ \t]*$")
BLOCK_BEGIN = re.compile(r"[ \t]*#\+begin_(?P<kind>\S+)(?:[ \t].*)?$", re.I)
DYNAMIC_BEGIN = re.compile(r"[ \t]*#\+begin:(?:[ \t].*)?$", re.I)
BLOCK_END = re.compile(r"[ \t]*#\+end_(?P<kind>\S+)[ \t]*$", re.I)
DYNAMIC_END = re.compile(r"[ \t]*#\+end:[ \t]*$", re.I)
COMMENT = re.compile(r"[ \t]*#(?:[ \t]|$)")
LOCAL_VARIABLES = re.compile(r"[ \t]*#[ \t]+Local Variables:", re.I)
LOCAL_END = re.compile(r"[ \t]*#[ \t]+End:", re.I)
DRAWER = re.compile(r"[ \t]*:(?P<name>[\w-]+):[ \t]*$")
DRAWER_END = re.compile(r"[ \t]*:end:[ \t]*$", re.I)
PLANNING = re.compile(r"[ \t]*(?:DEADLINE|SCHEDULED|CLOSED):")
CLOCK = re.compile(r"[ \t]*CLOCK:")
RULE = re.compile(r"[ \t]*-{5,}[ \t]*$")
TABLE = re.compile(r"[ \t]*(?:\||\+-[-+]*\+[ \t]*$)")
FIXED_WIDTH = re.compile(r"[ \t]*:(?:[ \t]|$)")
ITEM = re.compile(r"(?P<indent>[ \t]*)(?P<bullet>[-+*]|\d+[.)])(?:[ \t]+(?P<rest>.*))?$")
COUNTER = re.compile(r"\[@(?:\d+|[A-Za-z])\][ \t]*")
CHECKBOX = re.compile(r"\[(?P<box>[ X-])\](?:[ \t]+|$)")
DESCRIPTION = re.compile(r"(?P<term>.*?\S)[ \t]+::(?:[ \t]+|$)")
DEFINITION = re.compile(r"\[fn:(?P<label>[\w-]+)\][ \t]*")
LATEX_BEGIN = re.compile(r"[ \t]*\\begin\{")
#: A date Org stamps (`<2024-03-04 Mon>`, `[2024-03-04 Mon 10:00]`): its day.
TIMESTAMP = re.compile(r"[<\[](?P<day>\d{4}-\d{2}-\d{2})(?:[ \t][^<>\[\]]*)?[>\]]")

#: Keywords that belong to the element under them (its caption, name, attributes, output).
AFFILIATED = ("CAPTION", "NAME", "HEADER", "PLOT", "RESULTS", "LABEL", "SOURCE", "TBLNAME")
FRONT_KEYS = ("TITLE", "AUTHOR", "DATE")
TODO_KEYS = ("TODO", "SEQ_TODO", "TYP_TODO")
#: The heading of Org's footnote section (`org-footnote-section`).
FOOTNOTES = "Footnotes"
#: Files Org shows as images where a link to one has no description (ox-html's inline rules).
IMAGE = re.compile(
    r"(?:file:|\.{0,2}/|https?://)?[^\s\[\]]*\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)", re.I
)

# --- inside a line ----------------------------------------------------------------------------

#: Where one of Org's objects opens, each bounded by what opens it, none reading on to the
#: text's end (a text of many openings never closed is read in one pass): a call to a note, a
#: link, an address, a radio target, a target, an export snippet and a macro (their ends found
#: apart), a line break, an entity (`\mdash`, `\mdash{}`: a name, then `{}` or no letter;
#: org-element's), an emphasis mark before a character that is no space (its end found apart).
OPENING = re.compile(
    r"(?P<call>\[fn:(?P<label>[\w-]*)(?P<inline>:)?)"
    r"|\[\[(?P<path>[^\[\]]+)\](?:\[(?P<words>(?:[^\[\]]|\[[^\[\]]*\])+)\])?\]"
    r"|<(?P<address>(?:https?|mailto|ftp|file|doi):[^\s<>]+)>"
    r"|<<<(?P<radio>[^<>\n]+)>>>"
    r"|<<(?P<target>[^<>\n]+)>>"
    r"|@@(?P<snippet>[\w-]+:)"
    r"|(?P<macro>\{\{\{)"
    r"|\\\\[ \t]*(?P<br>\n|$)"
    r"|\\(?P<entity>_ +|there4|sup[123]|frac[13][24]|[a-zA-Z]+)"
    r"(?:\{\}|(?![^\W\d_]))"
    r"|(?P<mark>[*/_+=~])(?=\S)"
)
# Org's emphasis (org-emphasis-regexp-components): a space, a dash, an opening bracket or
# quotation mark before the mark; a closing mark after a character that is no space, before a
# space, a dash or a stop; a body over two lines at most.
BEFORE_MARK = "-('\"{"
CLOSING_MARK = re.compile(r"(?<=\S)[*/_+=~](?=[\s\-.,:!?;'\")}\[\\]|\Z)")
#: ox-html's special strings (Org's default, `#+OPTIONS: -:t`), in its order: `\-` a soft
#: hyphen, `---` an em dash and `--` an en dash (where no dash follows), `...` an ellipsis.
SPECIAL_STRINGS = (
    (re.compile(r"\\-"), "\u00ad"),
    (re.compile(r"---(?=[^-])"), "\u2014"),
    (re.compile(r"--(?=[^-])"), "\u2013"),
    (re.compile(r"\.\.\."), "\u2026"),
)
#: Emphasis and notes nested deeper than this are refused: no essay's nest so, and reading them
#: stays well inside Python's stack; lists and blocks too (orgmode.py).
MAX_DEPTH = 40


@dataclass(frozen=True)
class Heading:
    line: Line
    level: int
    title: str  # its words, Org's markup still in them
    keyword: str  # TODO, DONE …, or ""
    tags: tuple[str, ...]
    commented: bool
    marks: tuple[str, ...]  # what is no words of its title, as typed: keyword, priority, tags


@dataclass(frozen=True)
class Settings:
    """What the file's keywords say: its front, and what decides what Org exports."""

    titles: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    dates: tuple[tuple[int, str], ...] = ()
    todo: frozenset[str] = frozenset({"TODO"})
    done: frozenset[str] = frozenset({"DONE"})
    exclude: frozenset[str] = frozenset({"noexport"})
    select: frozenset[str] = frozenset({"export"})
    filetags: frozenset[str] = frozenset()
    options: dict[str, str] = field(default_factory=dict)
    includes: tuple[tuple[int, str], ...] = ()


# --- the file's settings ----------------------------------------------------------------------


def keyword_lines(lines: list[Line]) -> Iterator[tuple[Line, str, str]]:
    """Each keyword line outside a block, with its key (in capitals) and value."""
    run, index = Run.of(lines), 0
    while index < len(lines):
        line = lines[index]
        if begun := BLOCK_BEGIN.match(line.text):
            end = run.closing(index, f"#+END_{begun['kind'].upper()}")
            index = index + 1 if end is None else end + 1
            continue
        if found := KEYWORD.match(line.text):
            yield line, found["key"].upper(), found["value"]
        index += 1


def read_settings(lines: list[Line]) -> Settings:
    """The settings the file's keywords state (see `Settings`)."""
    titles, names, dates, includes = [], [], [], []
    todo, done, options = set(), set(), {}
    exclude = select = filetags = None
    for line, key, value in keyword_lines(lines):
        if key in FRONT_KEYS and not value:
            continue  # (`#+AUTHOR:` with nothing after it: no author)
        if key == "TITLE":
            titles.append(value)
        elif key == "AUTHOR":
            names.append(value)
        elif key == "DATE":
            dates.append((line.number, value))
        elif key in TODO_KEYS:
            # (`#+TODO: TODO WAIT | DONE`; with no `|`, the last keyword is the done one)
            said = [word.split("(")[0] for word in value.split()]
            at = said.index("|") if "|" in said else len(said) - 1
            todo |= set(said[:at])
            done |= {word for word in said[at:] if word != "|"}
        elif key == "EXCLUDE_TAGS":
            exclude = (exclude or set()) | set(value.split())
        elif key == "SELECT_TAGS":
            select = (select or set()) | set(value.split())
        elif key == "FILETAGS":
            filetags = (filetags or set()) | {tag for tag in value.split(":") if tag.strip()}
        elif key == "OPTIONS":
            options |= dict(re.findall(r"(\S+?):(\([^)]*\)|\S+)", value))
        elif key in ("INCLUDE", "SETUPFILE"):
            includes.append((line.number, f"#+{key}: {value}"))
    defaults = Settings()
    return Settings(
        tuple(titles),
        tuple(names),
        tuple(dates),
        frozenset(todo) or defaults.todo,
        frozenset(done) or defaults.done,
        defaults.exclude if exclude is None else frozenset(exclude),
        defaults.select if select is None else frozenset(select),
        frozenset(filetags or ()),
        options,
        tuple(includes),
    )


# --- headings ---------------------------------------------------------------------------------


def heading(line: Line, settings: Settings) -> Heading | None:
    """The heading a line opens (stars at its start, then a space), or None."""
    found = HEADING.match(line.text)
    if not found:
        return None
    rest, marks = found["rest"].strip(), []
    keyword = ""
    first = rest.split(" ", 1)[0]
    if first in settings.todo | settings.done:
        keyword, rest = first, rest[len(first) :].lstrip()
        marks.append(first)
    if priority := PRIORITY.match(rest):
        marks.append(priority[0].strip())
        rest = rest[priority.end() :]
    commented = rest == "COMMENT" or rest.startswith("COMMENT ")
    if commented:
        rest = rest[len("COMMENT") :].lstrip()
    tags: tuple[str, ...] = ()
    if tagged := TAGS.search(rest):
        tags = tuple(tag for tag in tagged["tags"].split(":") if tag)
        rest = rest[: tagged.start()]
    marks += [cookie.strip() for cookie in COOKIE.findall(rest)]
    rest = COOKIE.sub("", rest).strip()
    if tagged:
        marks.append(tagged["tags"])
    return Heading(line, len(found["stars"]), rest, keyword, tags, commented, tuple(marks))


@dataclass(frozen=True)
class Section:
    heading: Heading | None  # None: the text before the first heading
    body: list[Line]
    skipped: bool = False  # left out whole by Org's exporter
    archived: bool = False  # its heading exported, what is under it left out


def sections(lines: list[Line], settings: Settings) -> list[Section]:
    """The file's sections in order, each marked with whether Org's exporter leaves it out."""
    found: list[tuple[Heading | None, list[Line]]] = [(None, [])]
    for line in lines:
        if (head := heading(line, settings)) and head.level < INLINE_TASK_LEVEL:
            found.append((head, []))
        else:
            found[-1][1].append(line)
    heads = [head for head, _ in found[1:]]
    selected = selected_headings(heads, settings)
    options = settings.options
    made: list[Section] = [Section(None, found[0][1])]
    skipping = 0  # the level under which every heading is left out (0: none)
    for head, body in found[1:]:
        if skipping and head.level > skipping:
            made.append(Section(head, body, skipped=True))
            continue
        skipping = 0
        tags = set(head.tags) | settings.filetags
        task = head.keyword and (
            options.get("tasks") == "nil"
            or (options.get("tasks") == "todo" and head.keyword in settings.done)
            or (options.get("tasks") == "done" and head.keyword not in settings.done)
        )
        archived = "ARCHIVE" in head.tags and options.get("arch") != "t"
        if (
            tags & settings.exclude
            or (selected is not None and id(head) not in selected)
            or head.commented
            or task
            or (archived and options.get("arch") == "nil")
        ):
            made.append(Section(head, body, skipped=True))
            skipping = head.level
        elif archived:
            made.append(Section(head, body, archived=True))
            skipping = head.level
        else:
            made.append(Section(head, body))
    return made


def selected_headings(heads: list[Heading], settings: Settings) -> set[int] | None:
    """Where a heading carries a select tag (`:export:`), the headings Org exports (by `id`):
    each so tagged, with the headings over it and under it; None where none does (or the
    file's own tags select it all)."""
    if settings.filetags & settings.select or not any(
        set(head.tags) & settings.select for head in heads
    ):
        return None
    chosen: set[int] = set()
    for index, head in enumerate(heads):
        if not set(head.tags) & settings.select:
            continue
        level = head.level
        for over in reversed(heads[:index]):  # (its ancestors)
            if over.level < level:
                chosen.add(id(over))
                level = over.level
        chosen.add(id(head))
        for under in heads[index + 1 :]:  # (its subtree)
            if under.level <= head.level:
                break
            chosen.add(id(under))
    return chosen


# --- blocks of lines --------------------------------------------------------------------------


def indent(line: Line) -> int:
    text = line.text.expandtabs(8)
    return len(text) - len(text.lstrip(" "))


@dataclass(frozen=True)
class Run:
    """A run of lines (the file's, a section's, an item's, a block's contents) and the lines
    that may close a drawer or a block in it, by what they say (`:END:`, `#+END_QUOTE`,
    `#+END:`, `# End:`), each found once: a file of many openings never closed is read in one
    pass, not one for each."""

    lines: list[Line]
    closings: dict[str, list[int]]

    @classmethod
    def of(cls, lines: list[Line]) -> Run:
        closings: dict[str, list[int]] = {}
        for index, line in enumerate(lines):
            if closing := closing_said(line.text):
                closings.setdefault(closing, []).append(index)
        return cls(lines, closings)

    def closing(self, start: int, closing: str) -> int | None:
        """The index of the first line after `start` that says `closing`, or None."""
        found = self.closings.get(closing, [])
        at = bisect_right(found, start)
        return found[at] if at < len(found) else None


def closing_said(text: str) -> str:
    """What a line that may close a drawer or a block says, in capitals (`#+END_QUOTE`), or
    "" for any other line."""
    if DRAWER_END.match(text):
        return ":END:"
    if found := BLOCK_END.match(text):
        return f"#+END_{found['kind'].upper()}"
    if DYNAMIC_END.match(text):
        return "#+END:"
    return "# End:" if LOCAL_END.match(text) else ""


def definition_end(lines: list[Line], start: int) -> int:
    """The index after a footnote's definition opened at `start`: up to the next definition or
    two blank lines (a heading ends its section already)."""
    index = start + 1
    while index < len(lines):
        if DEFINITION.match(lines[index].text):
            break
        if lines[index].blank and index + 1 < len(lines) and lines[index + 1].blank:
            break
        index += 1
    return index


#: The lines that open an element of their own, in the order they are told apart (org-element's
#: paragraph separators, `org-element-paragraph-separate`): a paragraph runs on through any
#: other line. The one list of them: where a paragraph ends (`starts_element`) and what the
#: line opens (orgmode.py's reader).
OPENINGS = (
    ("file variables", LOCAL_VARIABLES),
    ("comment", COMMENT),
    ("block", BLOCK_BEGIN),
    ("dynamic block", DYNAMIC_BEGIN),
    ("keyword", KEYWORD),
    ("drawer", DRAWER),  # (closed by an `:END:` line: see `opens`)
    ("clock", CLOCK),
    ("rule", RULE),
    ("table", TABLE),
    ("fixed width", FIXED_WIDTH),
    ("definition", DEFINITION),
    ("latex environment", LATEX_BEGIN),
    ("inline task", INLINE_TASK_LINE),
    ("item", ITEM),  # (a `*` at the line's start opens a heading, never an item)
)


def opens(run: Run, index: int) -> str:
    """The kind of element the line opens (see `OPENINGS`), or "" for a line of a paragraph."""
    text = run.lines[index].text
    for kind, pattern in OPENINGS:
        if not (found := pattern.match(text)):
            continue
        if kind == "drawer" and (
            found["name"].upper() == "END" or run.closing(index, ":END:") is None
        ):
            return ""  # (a drawer never closed is text, as Org reads it)
        if kind == "item" and text.startswith("*"):
            return ""
        return kind
    return ""


def starts_element(run: Run, index: int) -> bool:
    """Whether the line opens an element of its own, ending a paragraph."""
    return opens(run, index) != ""


def inline_task_end(lines: list[Line], index: int) -> int:
    """The index after an inline task opened at `index`: after the next heading line where it
    says `END`, else after the task's own line (org-element's)."""
    after = next((i for i in range(index + 1, len(lines)) if HEADING.match(lines[i].text)), None)
    if after is not None and INLINE_TASK_END.match(lines[after].text):
        return after + 1
    return index + 1


def drawer_exported(name: str, option: str | None) -> bool:
    """Whether `#+OPTIONS: d:` exports a drawer of this name: Org's default, `(not
    "LOGBOOK")`; `d:nil` none, `d:t` every one, `d:("A" "B")` those, `d:(not "A")` all but
    those."""
    if option is None:
        return name != "LOGBOOK"
    if option in ("nil", "t"):
        return option == "t"
    named = {word.upper() for word in re.findall(r'"([^"]*)"', option)}
    return (name not in named) if option.lstrip("(").startswith("not") else name in named


# --- inside a line ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Object:
    """One of Org's objects in a text: `kind` text, emphasis, code, break, call, image, snippet
    or macro; `words` a text's (its special strings and entities read as ox-html writes them), a
    code's, an emphasis's mark, a call's label, an image's, a snippet's or a macro's as typed;
    `line` the line of the file it opens on; `inner` an emphasis's objects, or an inline note's
    (a note's reference: None)."""

    kind: str
    words: str
    line: int
    inner: tuple[Object, ...] | None = None


class TooDeep(Exception):
    """Objects nested more than `MAX_DEPTH` deep (emphasis in emphasis, a note in a note), at
    `line` of the file."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def objects(text: str, line: int = 0) -> tuple[Object, ...]:
    """Org's objects in a text whose first line is `line` of the file (a paragraph's, a
    heading's, a keyword's value), in order; an emphasis's and an inline note's read inside
    them, the text read once whatever they hold (see `Object`)."""
    return _Objects(text, line).within(0, len(text), 1)


class _Objects:
    """A text and where its objects may end, each found once for the whole text: where an
    emphasis mark may close, where each `[` is balanced, where `@@` and `}}}` stand."""

    def __init__(self, text: str, line: int) -> None:
        self.text, self.line = text, line
        self.newlines = [found.start() for found in re.finditer("\n", text)]
        self.closing_marks: dict[str, list[int]] = {}
        for found in CLOSING_MARK.finditer(text):
            self.closing_marks.setdefault(found[0], []).append(found.start())

    @cached_property
    def balanced(self) -> dict[int, int]:
        """Each `[` that a `]` balances, and where that `]` stands."""
        pairs, opened = {}, []
        for found in re.finditer(r"[\[\]]", self.text):
            if found[0] == "[":
                opened.append(found.start())
            elif opened:
                pairs[opened.pop()] = found.start()
        return pairs

    @cached_property
    def snippet_ends(self) -> list[int]:
        return [found.start() for found in re.finditer("(?=@@)", self.text)]

    @cached_property
    def macro_ends(self) -> list[int]:
        return [found.start() for found in re.finditer("(?=}}})", self.text)]

    def line_at(self, at: int) -> int:
        return self.line + bisect_left(self.newlines, at)

    def within(self, start: int, end: int, depth: int) -> tuple[Object, ...]:
        """The objects of the text from `start` to `end`, read as a text of its own (as Org
        reads an emphasis's or a note's contents)."""
        if depth > MAX_DEPTH:
            raise TooDeep(self.line_at(start))
        made: list[Object] = []
        at = plain = start  # (plain: where the text no object holds begins)
        while found := OPENING.search(self.text, at, end):
            read = self.object(found, start, end, depth)
            if read is None:  # (no object opens there: its characters are text)
                at = found.start() + 1
                continue
            if found.start() > plain:
                made.append(self.plain(plain, found.start()))
            if read[0] is not None:
                made.append(read[0])
            at = plain = read[1]
        if plain < end:
            made.append(self.plain(plain, end))
        return tuple(made)

    def plain(self, start: int, end: int) -> Object:
        return Object("text", special_strings(self.text[start:end]), self.line_at(start))

    def object(
        self, found: re.Match, start: int, end: int, depth: int
    ) -> tuple[Object | None, int] | None:
        """The object `found` opens (None: a target, which shows nothing) and the index after
        it; None where it opens none."""
        at, after = found.start(), found.end()
        line = self.line_at(at)
        if found["call"]:
            return self.call(found, end, depth)
        if path := found["path"]:
            said = found["words"]
            if said is None and IMAGE.fullmatch(path):
                return Object("image", found[0], line), after
            shown = link_words(path) if said is None else special_strings(said)
            return Object("text", shown, line), after
        if found["address"]:
            return Object("text", found["address"], line), after
        if found["radio"]:
            return Object("text", special_strings(found["radio"]), line), after
        if found["target"]:
            return None, after
        if found["snippet"] or found["macro"]:
            # (an export snippet runs to the next `@@`, a macro to the next `}}}`)
            kind = "snippet" if found["snippet"] else "macro"
            ends, size = (self.snippet_ends, 2) if kind == "snippet" else (self.macro_ends, 3)
            close = first_at(ends, after, end - size)
            if close is None:
                return None
            return Object(kind, self.text[at : close + size], line), close + size
        if found["br"] is not None:
            return Object("break", "", line), after
        if found["entity"]:
            shown = entity(found["entity"])
            return None if shown is None else (Object("text", shown, line), after)
        return self.emphasis(found, start, end, depth)

    def call(self, found: re.Match, end: int, depth: int) -> tuple[Object, int] | None:
        """A call to a note: a reference (`[fn:label]`), or an inline note (`[fn::words]`,
        `[fn:label:words]`, its brackets balanced) and its words' objects."""
        label, after, line = found["label"], found.end(), self.line_at(found.start())
        if not found["inline"]:
            closed = label and after < end and self.text[after] == "]"
            return (Object("call", label, line), after + 1) if closed else None
        close = self.balanced.get(found.start())
        if close is None or close >= end:
            return None
        words_start, words_end = after, close  # (the words without the spaces around them)
        while words_start < words_end and self.text[words_start].isspace():
            words_start += 1
        while words_end > words_start and self.text[words_end - 1].isspace():
            words_end -= 1
        inner = self.within(words_start, words_end, depth + 1)
        return Object("call", label, line, inner), close + 1

    def emphasis(
        self, found: re.Match, start: int, end: int, depth: int
    ) -> tuple[Object, int] | None:
        """Emphasis (or code, verbatim) opened by the mark at `found`, to the first mark that may
        close it; None where none does, or the mark may open nothing."""
        at, mark = found.start(), found["mark"]
        if at > start and not (self.text[at - 1].isspace() or self.text[at - 1] in BEFORE_MARK):
            return None
        close = self.closing(mark, at, end)
        if close is None:
            return None
        line = self.line_at(at)
        if mark in "=~":
            return Object("code", self.text[at + 1 : close], line), close + 1
        return Object("emphasis", mark, line, self.within(at + 1, close, depth + 1)), close + 1

    def closing(self, mark: str, at: int, end: int) -> int | None:
        """Where the first mark that closes emphasis opened at `at` stands, before `end`: after a
        body of a character at least, over two lines at most."""
        found = first_at(self.closing_marks.get(mark, []), at + 2, end - 2)
        text = self.text
        if found is None and end - 1 >= at + 2 and text[end - 1] == mark:
            # (the last character of a text read as its own closes before nothing)
            found = end - 1 if not text[end - 2].isspace() else None
        second = bisect_right(self.newlines, at) + 1  # (the second line break after the mark)
        if found is not None and second < len(self.newlines) and self.newlines[second] < found:
            return None
        return found


def first_at(positions: list[int], start: int, last: int) -> int | None:
    """The first of sorted positions from `start` on, if it is no later than `last`."""
    index = bisect_left(positions, start)
    return positions[index] if index < len(positions) and positions[index] <= last else None


def special_strings(text: str) -> str:
    """A text's special strings as ox-html writes them (see `SPECIAL_STRINGS`)."""
    for pattern, written in SPECIAL_STRINGS:
        text = pattern.sub(written, text)
    return text


def entity(name: str) -> str | None:
    """What ox-html writes for an entity (`mdash`, `_  ` a run of en spaces), or None for a
    name that is none (`\\foo`: a LaTeX command, kept as typed)."""
    if name.startswith("_"):  # (Org's table names a run of 20 at the most)
        return "\u2002" * (len(name) - 1) if len(name) <= 21 else None
    return ENTITIES.get(name)


def link_words(path: str) -> str:
    """What a link with no description shows: its address, an internal link's target without
    its sign (`*Heading`, `#custom-id`)."""
    return path[1:] if path[:1] in "*#" else path


def words(text: str) -> str:
    """Org's inline markup read as plain words (a keyword's value: a title, a name, a date)."""
    return clean_spaces(plain_words(objects(text)))


def plain_words(said: tuple[Object, ...]) -> str:
    """The words objects show, their markup left aside."""
    shown = []
    for each in said:
        if each.kind in ("text", "code", "macro"):
            shown.append(each.words)
        elif each.kind == "emphasis":
            shown.append(plain_words(each.inner or ()))
        elif each.kind == "break":
            shown.append(" ")
    return "".join(shown)
