"""The data model → page sources (front matter, then Markdown or HTML) through Jinja templates.

The blocks whose HTML the engine already produced (paragraphs, footnotes) are written as raw
HTML, which MkDocs does not rewrite, so the links in it are computed here (`relative_url`).
Pages whose body is all HTML (essays, synopses, the overview) say so (`PageSource.html`): the
plugin hands MkDocs their front matter only and puts the body in place after, as
Python-Markdown would only pass it through, at a cost that grows with the page.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from markupsafe import escape as markupsafe_escape

from .marks import highlight_terms, mark_span, wrap_in_text
from .mdparser import is_web_address
from .model import (
    UNKNOWN,
    Alignment,
    Annotation,
    AnnotationIndex,
    AuthorMention,
    Collection,
    Essay,
    Footnote,
    Paragraph,
    References,
    RelatedPassage,
    Theme,
)
from .names import (
    ANNOTATIONS,
    OVERVIEW,
    PARAGRAPH_ID_IN_TEXT,
    REFERENCES,
    author_names,
    authors_listed,
    bios,
    display_title,
    essay_uri,
    footnote_id,
    opening_words,
    paragraph_number,
    point_anchor,
    relative_url,
    short_names,
    theme_uri,
)
from .notes import address_lost
from .points import LABEL_MAX_DF
from .superscripts import is_notes_heading
from .synopsis import Row, Synopsis, build_synopsis
from .yamlsource import yaml_string

HEAT_LEVELS = 5
#: Up to this many essays with nothing on a paragraph's themes are named under it; more are
#: counted ("in 47 other essays"): naming them would make every page grow with the collection
#: (a paragraph times the essays: 200,000 names at a hundred essays).
NAMED_SILENT = 4
#: A page's YAML front matter, as the templates write it (its values never span lines).
FRONT_MATTER = re.compile(r"---\n(?:.*\n)*?---\n")
#: A word of a paragraph, as the aligner reads its terms' words (`align.WORD`).
WORD = re.compile(r"[^\W\d_]{2,}")
#: What MkDocs gets for the body of a page that is HTML throughout (`PageSource.html`): a
#: comment, which Python-Markdown passes through as it is, for the plugin to replace.
BODY = "<!-- synoptic:body -->"
#: Around a block of a Markdown page's source that is HTML throughout, as the page shows it
#: (the references' list of works): MkDocs gets a comment in its place, as for BODY.
HTML_BLOCK = re.compile(
    r"^<!-- synoptic:html -->\n(.*?)^<!-- /synoptic:html -->$", re.DOTALL | re.MULTILINE
)


@dataclass(frozen=True)
class PageSource:
    """A page to add to the site: where it goes and its Markdown."""

    src_uri: str
    markdown: str
    edition: str | None = None  # the edition file the page is made from, for edit links
    #: The page's table of contents as MkDocs' toc tokens, for pages whose headings the engine
    #: renders itself (Python-Markdown's toc extension does not see raw HTML headings).
    toc: list[dict] = field(default_factory=list)
    #: Whether the body after the front matter is HTML throughout, as the page shows it.
    html: bool = False

    def parts(self) -> tuple[str, str]:
        """The front matter (with its `---` lines) and the body."""
        found = FRONT_MATTER.match(self.markdown)
        return (found.group(0), self.markdown[found.end() :]) if found else ("", self.markdown)

    def for_mkdocs(self) -> tuple[str, dict[str, str]]:
        """What MkDocs gets of the page, and the HTML its placeholders stand for (placeholder →
        HTML). Python-Markdown would parse HTML twice (MkDocs' anchor scan, md_in_html) only
        to pass it through as it is, at a cost that grows with it: a page all HTML gives it
        the front matter alone, a Markdown page its Markdown without the blocks marked HTML."""
        if self.html:
            front_matter, body = self.parts()
            return f"{front_matter}\n{BODY}\n", {BODY: body.strip()}
        blocks: dict[str, str] = {}

        def cut(found: re.Match[str]) -> str:
            placeholder = f"<!-- synoptic:html {len(blocks) + 1} -->"
            blocks[placeholder] = found.group(1).strip()
            return placeholder

        return HTML_BLOCK.sub(cut, self.markdown), blocks


# Text from the sources, written where something other than HTML reads it first --------------

#: ASCII punctuation that means something to Python-Markdown or its extensions (emphasis,
#: links, attribute lists `{: …}`, closing `#`s of headings, tables, footnotes, …).
MARKDOWN_PUNCTUATION = frozenset("\\`*_{}[]()#+-.!|~^:=$%")


def front_matter_text(text: str) -> Markup:
    """A text for a page's YAML front matter (its title): a YAML string of the HTML-escaped
    text. MkDocs prints `page.title` and nav titles without escaping, and YAML would undo any
    escape written for HTML in its own syntax, so the escape goes inside. A title YAML cannot
    read would not fail: MkDocs would read the front matter as the page's Markdown, and
    Python-Markdown's `attr_list` make the title markup (`yaml_string` escapes what it must)."""
    return Markup(yaml_string(html.escape(text)))


def markdown_text(text: str) -> Markup:
    """A text that Python-Markdown will read, as character references it leaves alone:
    neither markup (`<`, `&`) nor Markdown syntax (`[x](…)`, `{: onclick=…}`) survive."""
    return Markup(
        "".join(f"&#{ord(c)};" if c in MARKDOWN_PUNCTUATION else html.escape(c) for c in text)
    )


def web_address(url: str | None) -> str:
    """`url` if it is an http(s) address a link from the site may point to, else ''."""
    return url if url and is_web_address(url) else ""


def toc_tokens(essay: Essay, bio: str | None = None) -> list[dict]:
    """The essay's headings as MkDocs toc tokens, nested by level, after an entry under the
    essay's title for its front (author, date; `FRONT_ANCHOR`): Material's "Skip to content"
    goes to a page's first entry, and skipped the opening (a reader's review: the title,
    byline and ¶1, the essay's thesis), then, led to ¶1, the title and byline (another's).
    The page's own headings stand where the page sets them: over the author's note (`bio`,
    the paragraph the page sets it over: `bio_labels`), before any heading of the edition's
    below it (its own `## Notes`), and over the notes where the page sets that heading."""
    root: list[dict] = []
    open_items: list[dict] = []  # the last item at each depth, outermost first
    bio_item = (
        {"level": 2, "id": BIO_ANCHOR, "name": bio_heading(essay), "children": []} if bio else None
    )
    passed_bio = False  # the author's note has been passed in reading order
    top = min((s.level for s in essay.sections if s.title), default=2)
    name = html.escape(display_title(essay))
    root.append({"level": top, "id": FRONT_ANCHOR, "name": name, "children": []})
    for section in essay.sections:
        if bio_item and passed_bio and section.title:
            root.append(bio_item)
            open_items, bio_item = [], None
        passed_bio = passed_bio or any(p.id == bio for p in section.paragraphs)
        if not section.title:
            continue
        item = {
            "level": section.level,
            "id": section.anchor,
            "name": html.escape(section.title),
            "children": [],
        }
        while open_items and open_items[-1]["level"] >= section.level:
            open_items.pop()
        (open_items[-1]["children"] if open_items else root).append(item)
        open_items.append(item)
    if bio_item:
        root.append(bio_item)
    if notes_heading(essay):
        root.append({"level": 2, "id": NOTES_ANCHOR, "name": "Notes", "children": []})
    return root


#: The id of an essay page's front, its facts under its title (essay.md.j2).
FRONT_ANCHOR = "syn_front"
#: The id of the heading an essay page sets over its notes where the edition gives none.
NOTES_ANCHOR = "syn_notes"
#: The id of the heading an essay page sets over its author's note (`bio_labels`).
BIO_ANCHOR = "syn_about_author"


def bio_heading(essay: Essay) -> str:
    return "About the authors" if len(author_names(essay.author)) > 1 else "About the author"


def as_set(essay: Essay, bios: frozenset[str]) -> Essay:
    """The essay as its page sets it out: a closing notes heading whose first paragraph is the
    authors' note (`names.bios`: a manuscript's bio after its notes list, and what follows it,
    thanks) heads the notes, not the bio. The page sets `About the author(s)` over the bio and
    its own `Notes` over the notes; with the edition's heading kept, a reader's review found
    "Notes" over the bio, then "Notes" again over the notes."""
    last = essay.sections[-1] if essay.sections else None
    if not (
        last
        and last.title
        and is_notes_heading(last.title)
        and last.paragraphs
        and last.paragraphs[0].id in bios
    ):
        return essay
    unheaded = replace(last, title=None, anchor=None, html="", refs=())
    return replace(essay, sections=[*essay.sections[:-1], unheaded])


def bio_labels(essays: list[Essay], bios: frozenset[str]) -> dict[str, str]:
    """Essay id → the paragraph its page sets the heading `About the author(s)` over: its
    first author's note (`names.bios`), unless the edition's own heading stands right over
    it. A heading, not a label: a reader of a screen reader moves by headings, and the note
    is the essay's end matter, not part of its last section (a review)."""
    labels = {}
    for essay in essays:
        first = next((p for p in essay.paragraphs if p.id in bios), None)
        headed = any(s.title and s.paragraphs[:1] == [first] for s in essay.sections)
        if first is not None and not headed:
            labels[essay.id] = first.id
    return labels


def notes_heading(essay: Essay) -> bool:
    """Whether the essay's page sets its own `Notes` heading over the notes: it has notes and
    its edition does not end in a heading over them (`## Notes`, `## Endnotes`); a reader of
    a screen reader jumps to the notes by headings (a reader's review)."""
    last = essay.sections[-1] if essay.sections else None
    return bool(essay.footnotes) and not (last and last.title and not last.paragraphs)


def skip_to(anchor: str, name: str) -> list[dict]:
    """The toc of a page without headings of its own: one entry, where the content starts.
    Material's "Skip to content" link goes to a page's first toc entry, and only exists with
    one; the toc itself stays hidden on these pages (`hide: toc`)."""
    return [{"level": 2, "id": anchor, "name": html.escape(name), "children": []}]


def footnote_refs(essay: Essay) -> dict[str, list[tuple[str, str]]]:
    """Paragraph id → (label, reference id) of each footnote reference in it, so that a page
    showing only some paragraphs can point each note back to a reference it holds."""
    return {paragraph.id: list(paragraph.refs) for paragraph in essay.paragraphs}


class Counterpart(NamedTuple):
    """One line of a paragraph's counterparts on its essay's page (unpacked by the template)."""

    essay: Essay  # the other essay
    passage: RelatedPassage  # the passage there answering the paragraph
    replies: tuple[RelatedPassage, ...]  # other passages there that chose the paragraph
    #: its choice on the paragraph's themes, where the passage shown first is one nearer in
    #: wording (discovery)
    choice: RelatedPassage | None


@dataclass(frozen=True)
class Counterparts:
    found: list[Counterpart]  # in collection order
    silent: list[Essay]  # other essays with nothing on the paragraph's themes
    #: other essays with passages on its themes, none close enough to offer (discovery
    #: withdraws faint answers): not silent on the themes, but on this paragraph's point
    faint: list[Essay] = field(default_factory=list)


class Renderer:
    """Renders the pages of one collection and its alignment for one site configuration."""

    def __init__(
        self,
        collection: Collection,
        alignment: Alignment,
        references: References,
        annotations: AnnotationIndex,
        directory_urls: bool,
        about_html: str = "",
    ):
        self.collection = collection
        self.about_html = about_html  # sources/about.md, sanitised (`sources.load_about`)
        self.alignment = alignment
        self.references = references
        self.works = {w.id: w for w in references.works}
        self.annotations = annotations
        # paragraph id → annotations quoting it, and annotations linking to it
        self.quoting: dict[str, list[Annotation]] = defaultdict(list)
        self.linking: dict[str, list[Annotation]] = defaultdict(list)
        for annotation in annotations.annotations:
            if annotation.id in annotations.anchors:
                self.quoting[annotations.anchors[annotation.id].paragraph_id].append(annotation)
                for link in annotation.links:
                    self.linking[link.paragraph_id].append(annotation)
        self.directory_urls = directory_urls
        self.links: dict[tuple[str, str], str] = {}  # (from page, to page) → relative URL
        self.name_spans: dict[str, Markup] = {}  # essay id → its name for `essay_names`
        self.paragraphs = collection.paragraphs
        # Computed once: every page of the build reads them.
        self.refs = {
            pid: refs for essay in collection.essays for pid, refs in footnote_refs(essay).items()
        }
        self.on_theme = {t.id: set(alignment.paragraphs_on(t.id)) for t in alignment.themes}
        self.theme_essays = {  # theme id → the essays with a passage on it
            theme_id: {self.paragraphs[pid].essay_id for pid in pids}
            for theme_id, pids in self.on_theme.items()
        }
        # The authors' notes about themselves are the essays' end matter: set apart on the
        # essays' pages, and not counted among their words (a reader's review counted a bio
        # and a committee's sign-off in an essay's length and its themes' shares).
        self.bios = bios(collection)
        self.as_set = {essay.id: as_set(essay, self.bios) for essay in collection.essays}
        self.bio_labels = bio_labels(list(self.as_set.values()), self.bios)
        self.word_counts = {
            essay.id: sum(p.words for p in essay.paragraphs if p.id not in self.bios)
            for essay in collection.essays
        }
        self.themes = {t.id: t for t in alignment.themes}
        # Themes the program found, none an editor's: the pages say so where themes are shown.
        self.discovered = bool(alignment.themes) and all(t.discovered for t in alignment.themes)
        self.row_of = {  # (theme id, paragraph id) → its row in the theme's synopsis
            (theme_id, pid): point.number
            for theme_id, points in alignment.points.items()
            for point in points
            for pid in point.paragraph_ids
        }
        self.mentions: dict[str, list[AuthorMention]] = defaultdict(list)
        for mention in references.mentions:
            self.mentions[mention.paragraph_id].append(mention)
        # paragraph id → its HTML with its annotated quotes marked: the same on every page
        self.annotated: dict[str, str] = {}
        self.synopses: dict[str, Synopsis] = {}  # theme id → its synopsis
        self.env = Environment(
            loader=PackageLoader("synoptic", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # the package's templates do not change during a build
        )
        self.env.globals.update(
            UNKNOWN=UNKNOWN,
            OVERVIEW=OVERVIEW,
            FRONT_ANCHOR=FRONT_ANCHOR,
            NOTES_ANCHOR=NOTES_ANCHOR,
            BIO_ANCHOR=BIO_ANCHOR,
            bio_heading=bio_heading,
            footnote_id=footnote_id,
            notes_heading=notes_heading,
            point_anchor=point_anchor,
            r=self,
        )
        self.short_names = short_names(collection.essays)
        self._common: frozenset[str] | None = None  # `common_words`, once
        self.env.filters.update(
            authors_listed=authors_listed,
            display_title=display_title,
            front_matter_text=front_matter_text,
            markdown_text=markdown_text,
            web_address=web_address,
            short_name=lambda essay: self.short_names[essay.id],
            # Asked for the same paragraphs on page after page (a counterpart, a reply, a
            # cell): each paragraph's number and opening words are worked out once.
            paragraph_number=once_per_paragraph(paragraph_number),
            opening_words=once_per_paragraph(opening_words),
        )
        # A note listed under its number (`<li value>` takes ASCII digits only: not "²", "۱").
        self.env.tests["number_label"] = lambda label: label.isascii() and label.isdigit()
        self.env.tests["address_lost"] = address_lost

    def link(self, from_src: str, to_src: str, anchor: str = "") -> str:
        # Pages link to each other tens of thousands of times in a large collection: each link
        # is worked out once for each place it starts from. Without directory URLs, a page
        # is written in its source's folder (essays/a.md as essays/a.html), and a link from it
        # depends on that folder only: 8,300 pairs of pages at a hundred essays, 110 links.
        pair = (posixpath.dirname(from_src) if not self.directory_urls else from_src, to_src)
        if pair not in self.links:
            self.links[pair] = relative_url(from_src, to_src, self.directory_urls)
        return self.links[pair] + (f"#{anchor}" if anchor else "")

    def pages(self) -> list[PageSource]:
        return (
            [self.essay_page(e) for e in self.collection.essays]
            + [self.overview_page()]
            + [self.synopsis_page(t) for t in self.alignment.themes]
            + [self.references_page(), self.annotations_page()]
        )

    def essay_page(self, essay: Essay) -> PageSource:
        src = essay_uri(essay.id)
        essay = self.as_set[essay.id]
        markdown = self.env.get_template("essay.md.j2").render(essay=essay, src=src)
        return PageSource(
            src,
            markdown,
            edition=str(essay.path),
            toc=toc_tokens(essay, self.bio_labels.get(essay.id)),
            html=True,
        )

    def synopsis(self, theme: Theme) -> Synopsis:
        """The theme's synopsis, made once: its page, the overview and the home page read it."""
        if theme.id not in self.synopses:
            self.synopses[theme.id] = build_synopsis(
                theme, self.alignment.points.get(theme.id, []), self.collection
            )
        return self.synopses[theme.id]

    def synopsis_page(self, theme: Theme) -> PageSource:
        src = theme_uri(theme.id)
        markdown = self.env.get_template("synopsis.md.j2").render(s=self.synopsis(theme), src=src)
        return PageSource(src, markdown, toc=skip_to("about-theme", "About this theme"), html=True)

    def overview_page(self) -> PageSource:
        rows = [
            (
                theme,
                [self.coverage(theme, essay) for essay in self.collection.essays],
                [e.id for e in self.synopsis(theme).columns],
            )
            for theme in self.alignment.themes
        ]
        top = max((share for _, cells, _ in rows for _, share in cells), default=0) or 1
        markdown = self.env.get_template("overview.md.j2").render(
            src=OVERVIEW,
            rows=rows,
            essays=self.collection.essays,
            heat=lambda share: 0 if not share else max(1, round(share / top * HEAT_LEVELS)),
        )
        return PageSource(OVERVIEW, markdown, toc=skip_to("overview", "Themes × essays"), html=True)

    def coverage(self, theme: Theme, essay: Essay) -> tuple[int, float]:
        """How many paragraphs of the essay are on the theme, and what share of its words."""
        mine = self.on_theme_in(theme, essay)
        total = self.word_counts[essay.id]
        return len(mine), (sum(p.words for p in mine) / total if total else 0.0)

    def on_theme_in(self, theme: Theme, essay: Essay) -> list[Paragraph]:
        """The essay's paragraphs on the theme, in reading order."""
        return [p for p in essay.paragraphs if p.id in self.on_theme[theme.id]]

    def references_page(self) -> PageSource:
        markdown = self.env.get_template("references.md.j2").render(src=REFERENCES)
        return PageSource(REFERENCES, markdown)

    def annotations_page(self) -> PageSource:
        index = self.annotations
        placed = [a for a in index.annotations if a.id in index.anchors]
        markdown = self.env.get_template("annotations.md.j2").render(
            src=ANNOTATIONS,
            placed=placed,
            by=lambda attribute: group_by(placed, attribute),
            orphans=[
                (a, index.orphans.get(a.id, ""))
                for a in index.annotations
                if a.id not in index.anchors
            ],
        )
        return PageSource(ANNOTATIONS, markdown)

    def essay_cards(self, from_src: str) -> str:
        """The home page's cards, with links relative to the page they are written into."""
        return self.env.get_template("essay_cards.md.j2").render(
            essays=self.collection.essays, src=from_src
        )

    def about(self, from_src: str) -> str:
        """The collection as its sources give it, for the About page (`about.md.j2`)."""
        return self.env.get_template("about.md.j2").render(
            essays=self.collection.essays, src=from_src
        )

    def theme_list(self, from_src: str) -> str:
        """The themes with their synopsis pages and the overview, for a hand-written page."""
        return self.env.get_template("theme_list.md.j2").render(src=from_src)

    def placeholders(self) -> dict[str, Callable[[str], str]]:
        """What a hand-written page may ask for (`<!-- synoptic:NAME -->`): the text it stands
        for, made for the page it is written into (its src_uri)."""
        return {
            "<!-- synoptic:essay-cards -->": self.essay_cards,
            "<!-- synoptic:about -->": self.about,
            "<!-- synoptic:theme-list -->": self.theme_list,
        }

    # Helpers the templates call -----------------------------------------------------------

    def essay_link(self, from_src: str, essay_id: str, anchor: str = "") -> str:
        return self.link(from_src, essay_uri(essay_id), anchor)

    def theme_link(self, from_src: str, theme_id: str, anchor: str = "") -> str:
        return self.link(from_src, theme_uri(theme_id), anchor)

    def paragraph_link(self, from_src: str, paragraph_id: str) -> str:
        return self.essay_link(from_src, self.paragraphs[paragraph_id].essay_id, paragraph_id)

    def paragraph_name(self, paragraph_id: str) -> str:
        """How a reader names a paragraph: "Rumer 2017 ¶2"."""
        paragraph = self.paragraphs[paragraph_id]
        return f"{self.short_names[paragraph.essay_id]} ¶{paragraph_number(paragraph)}"

    def annotation_body(self, annotation: Annotation, src: str) -> str:
        """The body's sanitised HTML, a paragraph id written in it ("(rumer-2017-p2)") made a
        link that a reader can read: "Rumer 2017 ¶2"."""
        html = annotation.body_html
        for pid in PARAGRAPH_ID_IN_TEXT.findall(annotation.body_text):
            if pid in self.paragraphs:
                link = markupsafe_escape(self.paragraph_link(src, pid))
                name = markupsafe_escape(self.paragraph_name(pid))
                html = wrap_in_text(
                    html,
                    (pid,),
                    lambda words, link=link, name=name: (
                        f'<a href="{link}" title="{words}">{name}</a>'
                    ),
                )
        return html

    def essay_name(self, essay_id: str) -> str:
        return self.short_names.get(essay_id, essay_id)

    def essay_names(self, essays: list[Essay]) -> Markup:
        """ "A, B, C", each name marked with its essay's id: the essays with nothing on a
        paragraph's themes; "47 other essays" when they are more than `NAMED_SILENT`."""
        if len(essays) > NAMED_SILENT:
            return Markup("{} other essays").format(len(essays))
        for essay in essays:
            if essay.id not in self.name_spans:
                self.name_spans[essay.id] = Markup('<span data-essay="{}">{}</span>').format(
                    essay.id, self.short_names[essay.id]
                )
        return Markup(", ".join(self.name_spans[essay.id] for essay in essays))  # all Markup

    def themes_of(self, paragraph: Paragraph):
        return [
            (self.themes[a.theme_id], a) for a in self.alignment.assignments.get(paragraph.id, [])
        ]

    def counterparts(self, paragraph: Paragraph) -> Counterparts:
        """What the essay page says of a paragraph's counterparts, per other essay: its own
        choice there and the passages there that chose it (replies), or that the essay has
        nothing on its themes."""
        found, silent, faint = [], [], []
        speaking = set().union(
            *(self.theme_essays[a.theme_id] for a in self.alignment.assignments[paragraph.id])
        )
        for essay_id, passages in self.alignment.related.get(paragraph.id, {}).items():
            essay = self.collection.essay(essay_id)
            if not passages and (beside := self.row_mate(paragraph, essay_id)):
                # No answer close enough, but the synopsis sets a passage of the essay in the
                # paragraph's row: the page says what the theme page shows.
                passages = [beside]
            if not passages:
                (faint if essay_id in speaking else silent).append(essay)
                continue
            own = [p for p in passages if not p.reply]
            replies = tuple(p for p in passages if p.reply)
            shown = own[0] if own else replies[0]
            choice = next((p for p in own if not p.nearest), None) if shown.nearest else None
            found.append(Counterpart(essay, shown, replies if own else replies[1:], choice))
        return Counterparts(found, silent, faint)

    def row_mate(self, paragraph: Paragraph, essay_id: str) -> RelatedPassage | None:
        """The first passage of the essay in one of the paragraph's rows, if any."""
        for a in self.alignment.assignments.get(paragraph.id, []):
            number = self.row_of.get((a.theme_id, paragraph.id))
            points = self.alignment.points.get(a.theme_id, [])
            row = points[number - 1].paragraph_ids if number else ()
            for pid in row:
                if self.paragraphs[pid].essay_id == essay_id:
                    return RelatedPassage(pid, essay_id, 0.0, (), a.theme_id, number, True)
        return None

    def counterpart_row(
        self, paragraph: Paragraph, passage: RelatedPassage
    ) -> tuple[str, int] | None:
        """(theme id, row) in the synopsis of a theme the paragraph shares with its counterpart:
        the paragraph's row, where the counterpart stands beside it or the row's cell for its
        essay points to it ("see ¶12 (row 2)"; the counterpart's own row held another passage
        of this essay, or none, beside it: a reader's review found 20 of 51 links leading to a
        row without the paragraph); else the counterpart's row. A passage nearest in wording
        (discovery offers it before a choice on the theme, and says so) is no counterpart the
        rows point to: its own row, on one of the paragraph's themes, if it has one."""
        if passage.nearest:
            return next(
                (
                    (a.theme_id, self.row_of[a.theme_id, passage.paragraph_id])
                    for a in self.alignment.assignments.get(paragraph.id, [])
                    if (a.theme_id, passage.paragraph_id) in self.row_of
                ),
                None,
            )
        theme_id, own = passage.theme_id, self.row_of.get((passage.theme_id, paragraph.id))
        if own and self.shown_in_row(theme_id, own, passage.paragraph_id):
            return theme_id, own
        # (the paragraph's row sets another passage of that essay beside it, or points to none)
        return (theme_id, passage.point) if passage.point else None

    def common_words(self) -> frozenset[str]:
        """The words of the rows' phrases that more than `LABEL_MAX_DF` of the collection's
        paragraphs say (and more than two), as rows are never labelled by such a term: marked
        inside their phrase only. Worked out once."""
        if self._common is None:
            words = {
                word
                for points in self.alignment.points.values()
                for point in points
                for term in point.terms
                if " " in term
                for word in term.split()
            }
            counts: dict[str, int] = defaultdict(int)
            for paragraph in self.paragraphs.values() if words else ():
                for word in words.intersection(WORD.findall(paragraph.text.lower())):
                    counts[word] += 1
            limit = max(2, LABEL_MAX_DF * len(self.paragraphs))
            self._common = frozenset(word for word, n in counts.items() if n > limit)
        return self._common

    def in_own_row(self, paragraph: Paragraph, place: tuple[str, int] | None) -> bool:
        """Whether `place` (theme id, row: `counterpart_row`) is the paragraph's own row: a
        choice on the theme shown after a passage nearest in wording stands "in this
        paragraph's row" there."""
        return place is not None and self.row_of.get((place[0], paragraph.id)) == place[1]

    def held_elsewhere(self, place: tuple[str, int], pid: str) -> str:
        """Where the passage stands when row `place` (theme id, row) only points to it: "¶8 in
        row 2", said beside the link to the row, which shows the essay's cell empty there and
        "see ¶8 (row 2)" (a reader's review read "…, row 1" as the passage's own row); "" where
        the row holds it."""
        theme_id, number = place
        own = self.row_of.get((theme_id, pid))
        if own is None or own == number:
            return ""
        return f"¶{paragraph_number(self.paragraphs[pid])} in row {own}"

    def shown_in_row(self, theme_id: str, number: int, pid: str) -> bool:
        """Whether row `number` of the theme's synopsis holds the passage, or its essay's cell
        there is empty and points to it ("see ¶12 (row 2)": the passage's own row lists the
        row among those it also answers, `synopsis.build_synopsis`)."""
        points = self.alignment.points.get(theme_id, [])
        here = points[number - 1].paragraph_ids
        if pid in here:
            return True
        essay = self.paragraphs[pid].essay_id
        there = self.row_of.get((theme_id, pid))
        return (
            there is not None
            and all(self.paragraphs[q].essay_id != essay for q in here)
            and (pid, number) in points[there - 1].see_also
        )

    def paragraph_html(self, paragraph: Paragraph, src: str, terms: tuple[str, ...] = ()) -> str:
        """The paragraph's HTML with named collection authors linked to their essays and
        `terms` marked (on a synopsis page, the terms its row shares)."""
        html = self.annotated_html(paragraph)
        for mention in self.mentions.get(paragraph.id, []):
            href = markupsafe_escape(self.essay_link(src, mention.essay_id))
            html = wrap_in_text(
                html,
                (mention.name,),
                lambda words, href=href: (
                    f'<a class="syn-author-link" href="{href}" title="Author of an essay of this '
                    f'collection">{words}</a>'
                ),
                flags=re.NOFLAG,
            )
        return highlight_terms(html, terms)

    def cell_html(self, paragraph: Paragraph, src: str, row: Row, note_ids: dict[str, str]) -> str:
        """The paragraph in a synopsis cell: its row's terms marked, its note references
        pointing at the copies of the notes under this cell."""
        # The terms that make a row's cells agree, and their words (a label's phrase, "regime
        # change", is made of words the passages share), but a word most passages say (LL's
        # "patients", marked in every cell: a reader's review); a row of one essay agrees
        # with none.
        common = self.common_words()
        terms = row.point.terms + tuple(
            w for t in row.point.terms if " " in t for w in t.split() if w not in common
        )
        marked = self.paragraph_html(paragraph, src, terms if len(row.speakers) > 1 else ())
        # Each note named with its essay: a theme page holds several essays' "Note 2" (a
        # reader's review found three links of that name on one page).
        essay = html.escape(self.short_names[paragraph.essay_id])
        for label, note_id in note_ids.items():
            own = footnote_id(paragraph.essay_id, label)
            # (the markup is the engine's own: load.footnote_ref_html)
            marked = marked.replace(
                f'href="#{html.escape(own)}" aria-label="Note {html.escape(label)}"',
                f'href="#{html.escape(note_id)}" aria-label="{essay}, note {html.escape(label)}"',
            )
        return marked

    def row_related(self, paragraph: Paragraph, row: Row) -> list[str]:
        """The passages of the row to light up with this one: its counterparts there, else
        every passage of the other essays in the row."""
        in_row = [
            pid
            for pid in row.point.paragraph_ids
            if self.paragraphs[pid].essay_id != paragraph.essay_id
        ]
        related = {
            r.paragraph_id
            for passages in self.alignment.related.get(paragraph.id, {}).values()
            for r in passages
        }
        return [pid for pid in in_row if pid in related] or in_row

    @staticmethod
    def see_also(paragraph: Paragraph, row: Row) -> list[int]:
        return [number for pid, number in row.point.see_also if pid == paragraph.id]

    def annotated_html(self, paragraph: Paragraph) -> str:
        """The paragraph's HTML with the quotes of its annotations marked."""
        if paragraph.id not in self.annotated:
            html = paragraph.html
            for annotation in self.quoting.get(paragraph.id, []):
                anchor = self.annotations.anchors[annotation.id]
                marked = mark_span(
                    html,
                    anchor.start,
                    anchor.end,
                    '<mark class="syn-annotated" title="Annotated: see below">',
                    "</mark>",
                )
                html = marked or html  # unmarked rather than marked in the wrong place
            self.annotated[paragraph.id] = html
        return self.annotated[paragraph.id]

    def notes_of(self, essay: Essay, shown: list[Paragraph], essay_page: bool):
        """(label, note, id of the first reference to it on the page) for each note `shown`
        (paragraphs) reference, in the essay's order; on the essay's own page, the notes its
        headings call and those its notes call too (a theme page shows neither: a note a
        note calls links to the essay's page there, `note_html`)."""
        back: dict[str, str] = {}
        calls = [ref for paragraph in shown for ref in self.refs[paragraph.id]]
        if essay_page:
            calls += [ref for section in essay.sections for ref in section.refs]
        while calls:
            label, ref = calls.pop(0)
            if label not in back and label in essay.footnotes:
                back[label] = ref
                calls += essay.footnotes[label].refs if essay_page else ()
        return [
            (label, note, back[label]) for label, note in essay.footnotes.items() if label in back
        ]

    def note_html(
        self, essay: Essay, note: Footnote, src: str, note_ids: dict[str, str], essay_page: bool
    ) -> str:
        """A note's HTML on page `src`: elsewhere than on the essay's page, its references to
        notes the page does not list (a note a note calls) lead to them on the essay's page."""
        html_text = note.html
        for label, _ in note.refs:
            if label not in note_ids and not essay_page:
                own = html.escape(footnote_id(essay.id, label))
                there = html.escape(self.essay_link(src, essay.id))
                html_text = html_text.replace(f'href="#{own}"', f'href="{there}#{own}"')
        return html_text

    def also_cited(self, essay_id: str, label: str, src: str) -> list[tuple[str, str]]:
        """The other notes citing the same work as this one: (what to call it, a link to the
        note itself on its essay's page: "Beta, note 1" led to the paragraph calling it, a
        reader of UU's site found)."""
        work = self.works.get(self.references.note_work.get((essay_id, label), ""))
        if work is None:
            return []
        return [
            (
                self.citation_name(c, essay_id),
                self.essay_link(src, c.essay_id, footnote_id(c.essay_id, c.label)),
            )
            for c in work.citations
            if (c.essay_id, c.label) != (essay_id, label) and c.paragraph_ids
        ]

    def citation_name(self, citation, from_essay: str) -> str:
        where = (
            "this essay"
            if citation.essay_id == from_essay
            else display_title(self.collection.essay(citation.essay_id))
        )
        return f"{where}, note {citation.label}"

    def annotations_by(self, paragraph: Paragraph) -> list[tuple[Annotation, bool]]:
        """Annotations to show by a paragraph: those quoting it, then those linking to it
        from another essay's paragraph (flagged True)."""
        return [(a, False) for a in self.quoting.get(paragraph.id, [])] + [
            (a, True) for a in self.linking.get(paragraph.id, [])
        ]

    def quoted_text(self, annotation: Annotation) -> str:
        anchor = self.annotations.anchors[annotation.id]
        return self.paragraphs[anchor.paragraph_id].text[anchor.start : anchor.end]

    def anchored_paragraph(self, annotation: Annotation) -> Paragraph:
        return self.paragraphs[self.annotations.anchors[annotation.id].paragraph_id]

    def work_link(self, src: str, work_id: str) -> str:
        return self.link(src, REFERENCES, f"work-{work_id}")

    def assignment(self, paragraph: Paragraph, theme: Theme):
        return next(a for a in self.alignment.assignments[paragraph.id] if a.theme_id == theme.id)


def once_per_paragraph(function: Callable[[Paragraph], str]) -> Callable[[Paragraph], str]:
    """`function(paragraph)`, computed once per paragraph id."""
    done: dict[str, str] = {}

    def cached(paragraph: Paragraph) -> str:
        if paragraph.id not in done:
            done[paragraph.id] = function(paragraph)
        return done[paragraph.id]

    return cached


def group_by(annotations: list[Annotation], attribute: str) -> list[tuple[str, list[Annotation]]]:
    """Annotations grouped by an attribute's value, groups sorted, members in file order."""
    groups: dict[str, list[Annotation]] = defaultdict(list)
    for annotation in annotations:
        groups[getattr(annotation, attribute)].append(annotation)
    return sorted(groups.items())
