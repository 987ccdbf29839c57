"""Emacs Org-mode's syntax, read as Org's own parser (org-element) reads it, for the reader of
an Org file (orgmode.py): the file's settings (its `#+KEYWORD:` lines, wherever they stand
outside a block), its headings (their TODO keyword, priority, `COMMENT`, progress cookies and
tags taken off their words), which subtrees Org's exporter leaves out (an exclude tag, a
`COMMENT` heading, an archived tree, the trees a select tag leaves aside, a task where
`#+OPTIONS: tasks:` says so), where a run of lines' drawers and blocks close, where a paragraph
and a footnote's definition end, and the objects inside a paragraph's lines (emphasis, links,
notes' calls, targets, export snippets, macros, line breaks). What of it is the essay is
orgmode.py's to say.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from .htmlpage import clean_spaces
from .layout import Line

# --- lines ------------------------------------------------------------------------------------

#: A file Org reads by its name; a first line that says Org by itself (a keyword, a mode line).
ORG_SUFFIX = ".org"
FIRST_LINE = re.compile(r"\s*#\+[A-Za-z_]+:|.*-\*-.*\b(?:mode:\s*)?org\b.*-\*-", re.I)
MODE_LINE = re.compile(r".*-\*-.*-\*-")
HEADING = re.compile(r"(?P<stars>\*+) (?P<rest>.*)$")
TAGS = re.compile(r"(?:^|[ \t]+)(?P<tags>:(?:[\w@#%]+:)+)$")
PRIORITY = re.compile(r"\[#[A-Za-z0-9]\](?:[ \t]+|$)")
COOKIE = re.compile(r"[ \t]*\[(?:\d*/\d*|\d*%)\]")
KEYWORD = re.compile(r"[ \t]*#\+(?P<key>[^\s:]+):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
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

# Org's emphasis: what may stand before and after the marks (org-emphasis-regexp-components:
# a space, a dash, an opening bracket or quotation mark before; a space, a dash or a stop
# after), a body that neither opens nor closes with a space, over two lines at most.
BEFORE = r"(?<![^\s\-('\"{])"
AFTER = r"(?![^\s\-.,:!?;'\")}\[\\])"
OBJECT = re.compile(
    r"(?P<call>\[fn:(?P<label>[\w-]*)(?P<inline>:)?)"
    r"|\[\[(?P<path>[^\[\]]+)\](?:\[(?P<words>(?:[^\[\]]|\[[^\[\]]*\])+)\])?\]"
    r"|<(?P<address>(?:https?|mailto|ftp|file|doi):[^\s<>]+)>"
    r"|<<<(?P<radio>[^<>\n]+)>>>"
    r"|<<(?P<target>[^<>\n]+)>>"
    r"|@@(?P<snippet>[\w-]+:.*?)@@"
    r"|(?P<macro>\{\{\{.*?\}\}\})"
    r"|\\\\[ \t]*(?P<br>\n|$)"
    rf"|{BEFORE}(?P<mark>[*/_+=~])(?P<body>\S|\S[^\n]*?(?:\n[^\n]*?)?\S)(?P=mark){AFTER}",
    re.S,
)


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
            yield line, found["key"].upper(), found["value"] or ""
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
        if head := heading(line, settings):
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


def starts_element(run: Run, index: int) -> bool:
    """Whether the line opens an element of its own, ending a paragraph (org-element's
    paragraph separators)."""
    text = run.lines[index].text
    if drawn := DRAWER.match(text):
        return drawn["name"].upper() != "END" and run.closing(index, ":END:") is not None
    return bool(
        KEYWORD.match(text)
        or BLOCK_BEGIN.match(text)
        or DYNAMIC_BEGIN.match(text)
        or COMMENT.match(text)
        or TABLE.match(text)
        or FIXED_WIDTH.match(text)
        or RULE.match(text)
        or DEFINITION.match(text)
        or LATEX_BEGIN.match(text)
        or (ITEM.match(text) and not text.startswith("*"))
    )


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


def objects(text: str) -> Iterator[tuple[str, str, int, str | None]]:
    """Org's objects in a paragraph's text, in order, each (kind, words, offset, inner): text;
    emphasis (words: its mark, inner: its text); code (its words); a line break; a call
    (words: its label, inner: an inline note's words, or None); an image or an export snippet
    (what is left out); a macro (kept as typed)."""
    at = 0
    while at < len(text):
        found = OBJECT.search(text, at)
        if found is None:
            break
        start = found.start()
        if start > at:
            yield "text", text[at:start], at, None
        if found["call"]:
            call = footnote_call(text, found)
            if call is None:
                yield "text", found[0], start, None
                at = found.end()
                continue
            label, inline, end = call
            yield "call", label, start, inline
            at = end
            continue
        if path := found["path"]:
            said = found["words"]
            if said is None and IMAGE.fullmatch(path):
                yield "image", found[0], start, None
            else:
                yield "text", said if said is not None else link_words(path), start, None
        elif found["address"]:
            yield "text", found["address"], start, None
        elif found["radio"]:
            yield "text", found["radio"], start, None
        elif found["snippet"]:
            yield "snippet", found[0], start, None
        elif found["macro"]:
            yield "macro", found["macro"], start, None
        elif found["br"] is not None:
            yield "break", "", start, None
        elif found["mark"] and found["mark"] in "=~":
            yield "code", found["body"], start, None
        elif found["mark"]:
            yield "emphasis", found["mark"], start, found["body"]
        # (a target, `<<name>>`, shows nothing)
        at = found.end()
    if at < len(text):
        yield "text", text[at:], at, None


def footnote_call(text: str, found: re.Match) -> tuple[str, str | None, int] | None:
    """A call to a note at `found` (`[fn:label]`, or an inline one, `[fn::words]`,
    `[fn:label:words]`, its brackets balanced): its label, its words (None for a reference)
    and where it ends; None where it is none."""
    label, after = found["label"], found.end()
    if not found["inline"]:
        return (label, None, after + 1) if label and text.startswith("]", after) else None
    depth = 0
    for index in range(after, len(text)):
        if text[index] == "[":
            depth += 1
        elif text[index] == "]":
            if depth == 0:
                return label, text[after:index].strip(), index + 1
            depth -= 1
    return None


def link_words(path: str) -> str:
    """What a link with no description shows: its address, an internal link's target without
    its sign (`*Heading`, `#custom-id`)."""
    return path[1:] if path[:1] in "*#" else path


def words(text: str) -> str:
    """Org's inline markup read as plain words (a keyword's value: a title, a name, a date)."""
    said = []
    for kind, value, _, inner in objects(text):
        if kind in ("text", "code", "macro"):
            said.append(value)
        elif kind == "emphasis":
            said.append(words(inner or ""))
        elif kind == "break":
            said.append(" ")
    return clean_spaces("".join(said))
