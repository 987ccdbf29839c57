"""A post from Medium's data export (Settings → Download your information, a file of its
`posts/` folder), read as the web page it is (docs/editions.md, "A post from Medium's data
export").

It is known by its markup: an `<article class="h-entry">` holding the title (`p-name`), the
post's body (`<section data-field="body" class="e-content">`) and Medium's footer, whose last
line says the file is an export (`Exported from Medium on March 6, 2026.`). A blog's own
`h-entry` (the microformats many sites write) says no such thing, and is read as any page.
Before the page is read (htmlpage.py), what the export sets around the post is taken out:

- the front: the title from `p-name`, the author from the footer's `p-author`, the date from
  its `<time class="dt-published">` (its `datetime`, else its words), never the export's date;
  the footer goes, each of its lines listed (the byline and date, the canonical link, the
  export's line);
- the summary section (`<section data-field="subtitle" class="p-summary">`, and a
  `data-field="description"` one), which the export's stylesheet hides: the subtitle the
  writer set, shown again in the body, or, where none was set, Medium's copy of the opening's
  first 140 characters, cut at a word and ending in `…`; it goes, listed;
- the title set again as the body's first graf (`graf--title`): it goes, listed;
- the heading over the post's notes (a `Notes` heading right above a list: Medium has no
  footnotes, so writers type the calls, `¹`, and list the notes) set at the level of the post's
  highest heading, as an edition heads its notes (Medium's small heading, `<h4>`, under big
  ones, `<h3>`, read `### Notes`).

The notes list and the calls are then read as any page's typed notes, and the bio Medium sets
right under them is set above them (authornote.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, PageElement, Tag

from .errors import SynopticError
from .htmlpage import BLOCKS, HtmlPage, clean_spaces, html_page, with_left_out
from .metadata import parse_date
from .pagetags import HEADINGS  # (a page's headings, `h1` to `h6`)
from .superscripts import is_notes_heading

#: Medium's marks, in the text before it is parsed: a page without them is no export of
#: Medium's (and is not parsed twice).
MEDIUM_MARKS = ("h-entry", "e-content", "p-name")
#: The footer's line that says the file is Medium's export.
EXPORTED = re.compile(r"Exported from Medium on\b", re.I)
#: The summary sections the export writes beside the body (its stylesheet hides them).
SUMMARY_FIELDS = ("subtitle", "description")
#: The marks of the footer's own lines: the byline and its date, the canonical link.
FOOTER_MARKS = ("p-author", "dt-published", "p-canonical")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

SUMMARY = (
    "a post from Medium's data export: its summary section (the subtitle shown again in the "
    "body, or Medium's copy of the opening's first words, cut off with `…`), hidden by the "
    "export's stylesheet, line of the HTML"
)
TITLE_AGAIN = (
    "a post from Medium's data export: the title set again as the body's first graf "
    "(`graf--title`), line of the HTML"
)
FOOTER = (
    "a post from Medium's data export: its footer (the byline and date, read as the front; the "
    "canonical link; the export's line, whose date is the export's, not the post's), line of "
    "the HTML"
)

NOT_MEDIUM_S = (
    "a post from Medium's data export whose footer holds text that is none of Medium's lines "
    "(the byline, the canonical link, the export's line): {listed}; left out with the footer, "
    "listed: if it is the post's, move it into the body and ingest it again"
)


@dataclass(frozen=True)
class MediumExport:
    page: HtmlPage  # the post as read (its left_out, the export's parts too)
    notes_heading: bool  # the notes' heading set at the post's headings' level
    warnings: tuple[str, ...] = ()


def is_medium_export(soup: BeautifulSoup) -> bool:
    """Whether the parsed page is a post of Medium's export: an `h-entry` article holding its
    title, its body and a footer that says the file is Medium's export (see the module)."""
    article = soup.find("article", class_="h-entry")
    if not isinstance(article, Tag):
        return False
    footer = export_footer(article)
    return (
        article.find(class_="p-name") is not None
        and article.find(class_="e-content") is not None
        and isinstance(footer, Tag)
        and EXPORTED.search(clean_spaces(footer.get_text(" "))) is not None
    )


def medium_export(raw: str, path: str) -> MediumExport | None:
    """The post of Medium's data export (see the module), or None for any other text."""
    if not all(mark in raw for mark in MEDIUM_MARKS):
        return None
    soup = BeautifulSoup(raw, "html.parser")
    if not is_medium_export(soup):
        return None
    refuse_several_posts(soup, path)
    front, warnings = export_front(soup)
    markup = _MediumMarkup()
    page = html_page(raw, given=front, prepare=markup, path=path)
    if page is None:  # (the post's article alone, no page around it: read as any fragment)
        return None
    if markup.strange:
        warnings += (NOT_MEDIUM_S.format(listed="; ".join(markup.strange)),)
    return MediumExport(with_left_out(page, markup.left_out), markup.notes_heading, warnings)


def export_footer(article: Tag) -> Tag | None:
    """The article's own footer, Medium's: the `<footer>` that is the article's child; a
    footer inside the body (a quotation's attribution, `<blockquote>…<footer>`) is the post's."""
    footer = article.find("footer", recursive=False)
    return footer if isinstance(footer, Tag) else None


def refuse_several_posts(soup: BeautifulSoup, path: str) -> None:
    """Refuses a file of Medium's export that holds several posts (several `h-entry`
    articles): the export writes one post a file, and one edition cannot hold two posts' titles,
    bodies and footers; the error names each post with its line."""
    posts = soup.find_all("article", class_="h-entry")
    if len(posts) < 2:
        return
    named = "; ".join(f"{post_title(post)!r} (line {post.sourceline or 0})" for post in posts)
    raise SynopticError(
        path,
        posts[1].sourceline,
        f"a file of Medium's data export holding {len(posts)} posts ({named}): Medium's export "
        "writes one post a file; give each post's own .html from the export's posts/ folder, or "
        'split the file, one <article class="h-entry"> a file, and ingest each',
    )


def post_title(post: Tag) -> str:
    """A post's title, its `p-name`'s words; "" where it marks none."""
    title = post.find(class_="p-name")
    return clean_spaces(title.get_text(" ")) if isinstance(title, Tag) else ""


def medium_read_as(export: MediumExport) -> str:
    """The report's line on how a post of Medium's export was read."""
    levelled = "; its notes' heading set at the level of its other headings"
    heading = levelled if export.notes_heading else ""
    return (
        "a post from Medium's data export: read as a page saved as HTML, its title, author and "
        "date from its h-entry's p-name, p-author and dt-published (never the export's date); "
        f"its summary section, the title's graf and its footer left out, each listed{heading}"
    )


def export_front(soup: BeautifulSoup) -> tuple[dict[str, str], tuple[str, ...]]:
    """The title, author and date the export marks (`p-name`, `p-author`, `dt-published`), and
    the warnings where it marks no author or no published date (a draft's export)."""
    front: dict[str, str] = {}
    warnings: list[str] = []
    for key, mark in (("title", "p-name"), ("author", "p-author")):
        found = soup.find(class_=mark)
        if isinstance(found, Tag) and (words := clean_spaces(found.get_text(" "))):
            front[key] = words
    if day := published_day(soup.find(class_="dt-published")):
        front["date"] = day
    else:
        warnings.append(
            "a post from Medium's data export with no published date (`dt-published`; a draft's "
            "export has none): the date is written unknown (the export's date is not the "
            "post's); fill it in"
        )
    if "author" not in front:
        warnings.append(
            "a post from Medium's data export whose footer names no author (`p-author`): the "
            "author is written unknown; fill it in"
        )
    return front, tuple(warnings)


def published_day(time: object) -> str | None:
    """The day of Medium's `<time class="dt-published">`: its `datetime`'s, else its words'
    (`February 3, 2026`); None where neither gives one."""
    if not isinstance(time, Tag):
        return None
    if day := ISO_DAY.match(str(time.get("datetime") or "")):
        return day[0]
    return parse_date(clean_spaces(time.get_text(" ")))


@dataclass
class _MediumMarkup:
    """Takes out what the export sets around the post (see the module), in the parsed page
    before it is read; what it removed, with its line, kept for the report."""

    left_out: list[tuple[int, str, str]] = field(default_factory=list)
    notes_heading: bool = False
    strange: list[str] = field(default_factory=list)  # the footer's texts none of Medium's

    def __call__(self, soup: BeautifulSoup) -> None:
        article = soup.find("article", class_="h-entry")
        if not isinstance(article, Tag):
            return
        for name in SUMMARY_FIELDS:
            for summary in article.find_all("section", attrs={"data-field": name}):
                self.remove(summary, SUMMARY)
        body = article.find(class_="e-content")
        title = body.find(class_="graf--title") if isinstance(body, Tag) else None
        if isinstance(title, Tag):
            self.remove(title, TITLE_AGAIN)
        if isinstance(footer := export_footer(article), Tag):
            # (each of its texts listed, the byline, the canonical link, the export's line, and
            # any other, in a `<p>` or not: the footer goes whole, and nothing may go unlisted)
            for line, words, medium_s in footer_texts(footer):
                self.left_out.append((line, words, FOOTER))
                if not medium_s:
                    self.strange.append(f"{words!r} (line {line})")
            footer.decompose()
        if isinstance(body, Tag):
            self.notes_heading = notes_heading_levelled(body)

    def remove(self, element: Tag, why: str) -> None:
        """The element gone, listed with its line and words."""
        self.listed(element, why)
        element.decompose()

    def listed(self, element: Tag, why: str) -> None:
        """The element listed with its line and words, for the report."""
        self.left_out.append((element.sourceline or 0, clean_spaces(element.get_text(" ")), why))


def footer_texts(footer: Tag) -> list[tuple[int, str, bool]]:
    """Every text of the footer with its line: each block in it (Medium's `<p>`s, or a `<div>`),
    and each run of words between them outside any block, as one; and whether it is one of
    Medium's lines (marked `p-author`, `dt-published` or `p-canonical`, or the export's line)."""
    texts: list[tuple[int, str, bool]] = []
    run: list[PageElement] = []
    for child in [*footer.children, None]:  # (None: the last run ends)
        if child is None or (isinstance(child, Tag) and child.name in BLOCKS):
            texts.append(_text_of(run, footer))
            run = []
            if isinstance(child, Tag):
                texts.append(_text_of([child], footer))
        elif not isinstance(child, Comment):
            run.append(child)
    return [text for text in texts if text[1]]


def _text_of(elements: list[PageElement], footer: Tag) -> tuple[int, str, bool]:
    """The words of a run of the footer's elements, the line of its first tag (else the
    footer's), and whether they are one of Medium's lines (see `footer_texts`)."""
    words = clean_spaces(
        " ".join(
            element.get_text(" ") if isinstance(element, Tag) else str(element)
            for element in elements
        )
    )
    tags = [element for element in elements if isinstance(element, Tag)]
    marked = any(
        set(tag.get_attribute_list("class")) & set(FOOTER_MARKS) or tag.find(class_=FOOTER_MARKS)
        for tag in tags
    )
    line = tags[0].sourceline if tags and tags[0].sourceline else footer.sourceline or 0
    return line, words, marked or EXPORTED.search(words) is not None


def notes_heading_levelled(body: Tag) -> bool:
    """The heading right above a list that says notes (`Notes`) set at the level of the body's
    highest other heading, where it stands lower (Medium's small heading under big ones);
    whether one was."""
    headings = body.find_all(HEADINGS)
    for heading in headings:
        after = heading.find_next_sibling(True)
        if not (isinstance(after, Tag) and after.name in ("ol", "ul")):
            continue
        if not is_notes_heading(clean_spaces(heading.get_text(" "))):
            continue
        # (`h3` < `h4`: a heading's name orders its levels)
        others = [found.name for found in headings if found is not heading]
        if others and min(others) < heading.name:
            heading.name = min(others)
            return True
    return False
