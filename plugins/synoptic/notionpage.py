r"""A page exported from Notion as HTML (*Export › HTML*, one page), read as the web page it is
(docs/editions.md, "A page exported from Notion as HTML").

It is known by its markup: an `<article>` whose class is `page` and a font's (`sans`, `serif`,
`mono`), holding Notion's `<h1 class="page-title">` and its `<div class="page-body">`. Before
the page is read (htmlpage.py), what Notion's markup says is read into the shapes a page's
reading knows:

- the properties table under the title (`<table class="properties">`, a database's fields, a
  row each, its class naming the property's type, `property-row-person`): a person property's
  people are the author (each person a `<span class="user">` of their own, beside an avatar or,
  with none, an icon holding the initial, `H`, that a text extraction glues to the names:
  `Isobel MarrHHugh Danvers`), a date property's day the date (`<time>@March 14, 2026</time>`,
  Notion's `@` before it); the table goes, each row listed, the rest (a status, tags, the
  page's created time) no text of the essay's. Where several properties of a type could be
  the author or the date, the one whose name says so (`Authors`, `Publication date`) is, else
  none, and the report warns;
- a callout (`<figure class="… callout">`: an icon, then its text) is a paragraph of the text:
  its icon goes, and so does a bold label opening it (`<strong>In brief. </strong>`, a few
  words ending in a stop or a colon), listed;
- a toggle (`<ul class="toggle"><li><details><summary>…`) folds away what the writers keep for
  themselves (a working note, "Delete this toggle before export"): it goes, listed with its
  summary and content and warned of (a working note and a section of the essay folded away
  look alike), unless it holds a heading or a call of one of the page's notes, as the
  essay's own folded section would: then it is read, its summary a paragraph (a toggle inside
  it judged on its own; inside one that goes, it goes with it, in its entry);
- a numbered list is one `<ol class="numbered-list" start="N">` an item (Notion writes each
  item its own list): a run of them is one list, numbered from their `start`; they are the
  page's notes where the heading right above them says notes (`Notes`, `Endnotes`), or where
  they close the page and the text calls each of their numbers as the writers type a call,
  `[1]` (Notion has no footnotes): a list amid the text is the essay's, steps say, even where
  its numbers stand in brackets elsewhere (`See [1] and [2]`, review 39).

Notion writes every apostrophe as `&#x27;`: an HTML parser reads it, as any entity.

A database exported (its page's body its table of pages, `<table class="collection-content">`,
a row a page, and no text besides) is no essay: it is refused, naming the pages it lists, with
what to do (export the essay's page itself). A page holding a database beside its text is
read, the table as any page's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, Tag

from .errors import SynopticError
from .htmlpage import HtmlPage, clean_spaces, html_page, with_left_out
from .layout import INLINE_MARKER  # (a call typed in the text, `[1]`: Notion has no footnotes)
from .metadata import parse_date
from .names import and_joined
from .pagetags import HEADINGS  # (a page's headings, `h1` to `h6`)
from .superscripts import is_notes_heading  # (`Notes`, `Endnotes`: the heading over notes)

#: Notion's marks, in the text before it is parsed: a page that has neither is no export of
#: Notion's (and is not parsed twice).
NOTION_MARKS = ('class="page-title"', 'class="page-body"')
#: The page's article: its class `page` and the font the page is set in.
PAGE_FONTS = frozenset({"sans", "serif", "mono"})
#: A database's table of its pages, a row a page (its title's cell `cell-title`).
DATABASE = "collection-content"
#: The most pages a refused database's export names.
DATABASE_NAMED = 5
#: A property's type, as its row's class names it.
ROW_TYPE = re.compile(r"property-row-(\S+)")
#: The names of the properties that are the author and the date, where several could be.
AUTHOR_NAME = re.compile(r"\b(?:authors?|by|writers?|byline)\b", re.I)
DATE_NAME = re.compile(r"\bpubli", re.I)
#: A date property's value: Notion's `@` before the day, and a range's end after `→`.
DATE_VALUE = re.compile(r"@?\s*([^→]+)")
#: A callout's label: a bold run of a few words opening its text, ending in a stop or a colon.
LABEL_WORDS = 4
LABEL_END = re.compile(r"[.:—–]\s*$")

FRONT_PROPERTY = (
    "a page exported from Notion: a property read as the front (a person property's people the "
    "author, a date property's day the date), line of the HTML"
)
OTHER_PROPERTY = (
    "a page exported from Notion: a property of the page's database (a status, tags, the "
    "page's created or edited time), no text of the essay's, line of the HTML"
)
CALLOUT_LABEL = (
    "a page exported from Notion: a callout's bold label (its text read as a paragraph), line "
    "of the HTML"
)
TOGGLE = (
    "a page exported from Notion: a toggle's folded content, its summary first (the writers' "
    "working note, no essay text: it holds no heading and calls no note), line of the HTML"
)


@dataclass(frozen=True)
class NotionPage:
    page: HtmlPage  # the page as read (its left_out, the properties' and toggles' too)
    notes: int  # items of numbered lists read as notes
    warnings: tuple[str, ...] = ()


def is_notion_page(soup: BeautifulSoup) -> bool:
    """Whether the parsed page is Notion's export: its article of class `page` and a font's,
    holding the page's title and its body (see the module)."""
    article = soup.find("article")
    classes = set(article.get("class") or ()) if isinstance(article, Tag) else set()
    return (
        isinstance(article, Tag)
        and "page" in classes
        and bool(classes & PAGE_FONTS)
        and article.find(class_="page-title") is not None
        and article.find(class_="page-body") is not None
    )


def notion_page(raw: str, path: str) -> NotionPage | None:
    """The text of a page exported from Notion as HTML (see the module), or None for any other
    text."""
    if not all(mark in raw for mark in NOTION_MARKS):
        return None
    soup = BeautifulSoup(raw, "html.parser")
    if not is_notion_page(soup):
        return None
    refuse_database(soup, path)
    front, warnings = properties_front(soup)
    markup = _NotionMarkup()
    page = html_page(raw, given=front, prepare=markup, path=path)
    if page is None:
        return None
    return NotionPage(
        with_left_out(page, markup.left_out), markup.notes, (*warnings, *markup.warnings)
    )


def notion_read_as(notion: NotionPage) -> str:
    """The report's line on how a Notion page was read."""
    notes = f", {notion.notes} notes from its numbered lists" if notion.notes else ""
    return (
        "a page exported from Notion as HTML: read as a page saved as HTML, its properties "
        f"table read as the front (its people the author, its date the date){notes}"
    )


def refuse_database(soup: BeautifulSoup, path: str) -> None:
    """Refuse a database exported: a Notion page whose body holds its table of pages and no
    text besides, naming the pages it lists, with what to do (see the module)."""
    body = soup.find(class_="page-body")
    tables = body.find_all("table", class_=DATABASE) if isinstance(body, Tag) else []
    if not tables or _words_besides(body, tables):
        return
    pages = [
        clean_spaces(cell.get_text())
        for table in tables
        for cell in table.find_all("td", class_="cell-title")
    ]
    named = "; ".join(repr(name) for name in pages[:DATABASE_NAMED])
    more = " …" if len(pages) > DATABASE_NAMED else ""
    listed = f"{len(pages)} pages ({named}{more})" if pages else "no page"
    raise SynopticError(
        path,
        tables[0].sourceline,
        f"a Notion database, not a page: its export lists {listed} and holds no text of "
        "theirs; export the essay's page itself (open it in Notion, ••• › Export › HTML) and "
        "ingest that",
    )


def properties_front(soup: BeautifulSoup) -> tuple[dict[str, str], tuple[str, ...]]:
    """The author and the date the page's properties give (see the module), and the report's
    warnings where several properties could be one and none says which."""
    rows = [row for table in soup.find_all("table", class_="properties") for row in _rows(table)]
    front: dict[str, str] = {}
    warnings: list[str] = []
    people = _one_property(rows, "person", AUTHOR_NAME, "author", warnings)
    if people is not None and (names := property_people(people)):
        front["author"] = and_joined(names)
    day = _one_property(rows, "date", DATE_NAME, "date", warnings)
    if day is not None and (found := property_date(day)):
        front["date"] = found
    return front, tuple(warnings)


def property_people(row: Tag) -> list[str]:
    """The people of a person property, each as Notion sets them (`<span class="user">`), the
    icon beside each (an avatar, or the initial where there is none) left aside."""
    names = []
    for user in row.find_all("span", class_="user"):
        words = " ".join(
            str(text)
            for text in user.find_all(string=True)
            if not any(
                "user-icon" in (up.get("class") or ()) for up in text.parents if up is not user
            )
        )
        if name := clean_spaces(words):
            names.append(name)
    return names


def property_date(row: Tag) -> str | None:
    """The day a date property gives (`@March 14, 2026`; a range's start, `@March 14, 2026 →
    March 16, 2026`), ISO 8601, or None."""
    time = row.find("time") or row.find("td")
    found = DATE_VALUE.match(clean_spaces(time.get_text())) if isinstance(time, Tag) else None
    return parse_date(found[1]) if found else None


def _rows(table: Tag) -> list[tuple[str, str, Tag]]:
    """The table's properties: each its type (`person`, `date`, `created_time`), its name (the
    row's heading), and its row."""
    found = []
    for row in table.find_all("tr"):
        kind = next((m[1] for c in row.get("class") or () if (m := ROW_TYPE.fullmatch(c))), "")
        heading = row.find("th")
        found.append(
            (kind, clean_spaces(heading.get_text()) if isinstance(heading, Tag) else "", row)
        )
    return found


def _one_property(
    rows: list[tuple[str, str, Tag]],
    kind: str,
    named: re.Pattern[str],
    what: str,
    warnings: list[str],
) -> Tag | None:
    """The row of the one property of a type (`person`, `date`), or of the one of them whose
    name says what it is (`named`); None where there is none, or several and no name says
    which (warned)."""
    typed = [(name, row) for found, name, row in rows if found == kind]
    if len(typed) > 1:
        typed = [(name, row) for name, row in typed if named.search(name)]
        if len(typed) != 1:
            warnings.append(
                f"a page exported from Notion: several {kind} properties and no one named as the "
                f"{what} ({', '.join(name for _, name, _ in typed) or 'none named so'}): the "
                f"{what} is written unknown, fill it in"
            )
            return None
    return typed[0][1] if typed else None


@dataclass
class _NotionMarkup:
    """Reads Notion's markup into the shapes a page's reading knows (see the module), in the
    parsed page before it is read; what it removed, with its line, kept for the report."""

    left_out: list[tuple[int, str, str]] = field(default_factory=list)
    notes: int = 0
    warnings: list[str] = field(default_factory=list)

    def __call__(self, soup: BeautifulSoup) -> None:
        for table in soup.find_all("table", class_="properties"):
            self.properties(table)
        for callout in soup.find_all("figure", class_="callout"):
            self.callout(callout)
        calls = set(INLINE_MARKER.findall(soup.get_text(" ")))
        for toggle in soup.find_all("ul", class_="toggle"):
            if not toggle.decomposed:  # (a toggle inside one gone went, and was listed, with it)
                self.toggle(toggle)
        for first in soup.find_all("ol", class_="numbered-list"):
            if first.parent is not None and not _continues_list(first):
                self.numbered_run(first, calls)

    def properties(self, table: Tag) -> None:
        """The properties table gone, each row listed: the author's and the date's as the
        front, the others as metadata."""
        for kind, name, row in _rows(table):
            why = FRONT_PROPERTY if kind in ("person", "date") else OTHER_PROPERTY
            # (a person property's people as read, not their icons' initials between them)
            people = property_people(row) if kind == "person" else []
            cells = " ".join(cell.get_text(" ") for cell in row.find_all("td"))
            value = ", ".join(people) or clean_spaces(cells)
            self.left_out.append((row.sourceline or 0, f"{name} · {value}", why))
        table.decompose()

    def callout(self, callout: Tag) -> None:
        """A callout made a paragraph: its icon gone, and a bold label opening its text."""
        for icon in callout.find_all(class_="icon"):
            holder = icon.parent
            # (the icon's own block, `<div style="font-size:1.5em">`, where it holds no more)
            alone = holder is not callout and clean_spaces(holder.get_text()) == clean_spaces(
                icon.get_text()
            )
            (holder if alone else icon).decompose()
        callout.name = "div"
        bold = callout.find(("strong", "b"))
        if isinstance(bold, Tag) and _opens_text(callout, bold) and _is_label(bold.get_text()):
            self.left_out.append(
                (bold.sourceline or 0, clean_spaces(bold.get_text()), CALLOUT_LABEL)
            )
            bold.decompose()

    def toggle(self, toggle: Tag) -> None:
        """A toggle gone, listed, where nothing says it is the essay's (see the module); else
        read, its summary a paragraph."""
        own_calls = set(INLINE_MARKER.findall(toggle.get_text(" ")))
        if toggle.find(HEADINGS) is not None or own_calls & _note_numbers(toggle):
            for summary in toggle.find_all("summary"):
                summary.name = "p"
            return
        line = toggle.sourceline or 0
        self.left_out.append((line, clean_spaces(toggle.get_text(" ")), TOGGLE))
        # (what a toggle holds cannot tell a working note from a section of the essay folded
        # away: each one gone is warned of, as a whole section of the text may be)
        self.warnings.append(toggle_warning(toggle, line))
        toggle.decompose()

    def numbered_run(self, first: Tag, calls: set[str]) -> None:
        """A run of Notion's numbered lists made one list, its items numbered from their
        `start`; the page's notes where the heading above says so, or where the run closes
        the page and the text calls each."""
        run = [first, *_run_after(first)]
        items = [
            (_start(found), item) for found in run for item in found.find_all("li", recursive=False)
        ]
        for found in run[1:]:
            for _, item in items:
                if item.parent is found:
                    first.append(item.extract())
            found.decompose()
        heading = first.find_previous_sibling(True)
        said = (
            isinstance(heading, Tag)
            and heading.name in HEADINGS
            and is_notes_heading(clean_spaces(heading.get_text()))
        )
        numbers = [str(number) for number, _ in items]
        called = bool(numbers) and set(numbers) <= calls and _closes_page(first)
        if not (said or called):
            return
        first["class"] = [*(first.get("class") or ()), "footnotes"]
        for number, item in items:
            item["id"] = f"fn{number}"  # (a page's note's own label, as its id gives it)
            self.notes += 1


def toggle_warning(toggle: Tag, line: int) -> str:
    """The report's warning of a toggle left out: its line, its summary, its words, and what to
    do where it is the essay's."""
    summary = toggle.find("summary")
    said = clean_spaces(summary.get_text(" ")) if isinstance(summary, Tag) else ""
    words = len(toggle.get_text(" ").split()) - len(said.split())
    return (
        f"a toggle left out as the writers' working note, no text of the essay's (line {line}: "
        f"{said[:60]!r}, {words} words folded under it): check it; if it is the essay's, turn "
        "it into text in Notion (its block's menu › Turn into › Text) and export the page again"
    )


def _start(numbered: Tag) -> int:
    """A numbered list's first number (`start`), 1 where it gives none or no number."""
    start = str(numbered.get("start") or "1")
    return int(start) if start.isdigit() and len(start) <= 3 else 1


def _closes_page(numbered: Tag) -> bool:
    """Whether no words of the page follow the list: its last block, where the writers type
    their notes."""
    return not any(
        text.strip() and not isinstance(text, Comment) and numbered not in text.parents
        for text in numbered.find_all_next(string=True)
    )


def _continues_list(numbered: Tag) -> bool:
    """Whether a numbered list continues the one right before it (Notion's next item)."""
    before = numbered.find_previous_sibling(True)
    return (
        isinstance(before, Tag)
        and before.name == "ol"
        and "numbered-list" in (before.get("class") or ())
    )


def _run_after(first: Tag) -> list[Tag]:
    """The numbered lists right after the first, each continuing the run."""
    run = []
    for after in first.find_next_siblings(True):
        if after.name != "ol" or "numbered-list" not in (after.get("class") or ()):
            break
        run.append(after)
    return run


def _note_numbers(toggle: Tag) -> set[str]:
    """The numbers of the numbered lists after the toggle: the page's notes, maybe."""
    return {
        str(_start(found) + place)
        for found in toggle.find_all_next("ol", class_="numbered-list")
        for place, _ in enumerate(found.find_all("li", recursive=False))
    }


def _words_besides(holder: Tag, parts: list[Tag]) -> str:
    """The words of an element outside some of its parts."""
    inside = {id(part) for part in parts}
    return clean_spaces(
        " ".join(
            str(text)
            for text in holder.find_all(string=True)
            if not any(id(parent) in inside for parent in text.parents)
        )
    )


def _opens_text(block: Tag, element: Tag) -> bool:
    """Whether the element holds the block's first words."""
    first = next((text for text in block.find_all(string=True) if text.strip()), None)
    return first is not None and element in first.parents


def _is_label(text: str) -> bool:
    """A callout's label: a few words ending in a stop or a colon (`In brief.`, `Note:`)."""
    return 0 < len(text.split()) <= LABEL_WORDS and bool(LABEL_END.search(text))
