"""The data model: plain dataclasses, built by `load` and read by everything after it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

#: Front-matter keys an edition may carry; anything else is an error (a typo would
#: otherwise vanish silently).
FRONT_MATTER_KEYS = ("id", "title", "author", "date", "publisher", "url", "raw", "summary")
#: Metadata the source text does not give is written as this, never guessed.
UNKNOWN = "unknown"
#: The whole text of a footnote definition whose marker stands in the raw text but whose
#: note text does not: the marker is kept and rendered with an explicit notice.
MISSING_NOTE = "(note text not in the source)"


#: Note references in a text, in order: (the note's label, the id of the reference's element,
#: which counts the note's references before it in the whole edition, headings and notes too).
NoteRefs = tuple[tuple[str, str], ...]


@dataclass
class Footnote:
    """A note of one essay, keyed by its label as written in the edition (`[^3]` → "3")."""

    label: str
    html: str  # rendered note text, inline HTML; empty when missing
    text: str  # plain text of the note; empty when missing
    missing: bool = False
    refs: NoteRefs = ()  # the notes this note references (a note may call another)


@dataclass
class Paragraph:
    """One block of an essay with a stable id: a paragraph, a list, or a quotation."""

    id: str
    essay_id: str
    kind: str  # "paragraph", "list", "quote" or "code"
    classes: tuple[str, ...]
    html: str  # rendered block, footnote references included
    text: str  # plain text, footnote markers left out
    footnotes: tuple[str, ...]  # labels of the notes it references, in order
    section: str | None  # title of the heading it stands under
    line: int  # first line of the block in the edition
    # Its place in the essay, 1, 2, … in reading order: what a reader calls it ("¶12"). Not
    # the number in its id, which stays when paragraphs are split or inserted (editions.md).
    number: int
    refs: NoteRefs = ()  # its note references, in order

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Section:
    """A heading and the paragraphs under it; the first section of an essay may lack one."""

    title: str | None  # plain text of the heading
    anchor: str | None
    level: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    html: str = ""  # the heading's inline HTML, rendered like any text of the edition
    refs: NoteRefs = ()  # note references in the heading


@dataclass
class Essay:
    id: str
    title: str
    author: str
    date: str
    publisher: str
    url: str
    raw: str
    summary: str
    path: Path  # the edition file
    sections: list[Section] = field(default_factory=list)
    footnotes: dict[str, Footnote] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

    @property
    def word_count(self) -> int:
        return sum(p.words for p in self.paragraphs)


@dataclass
class Collection:
    """Every essay of the site, in collection order (edition file name)."""

    essays: list[Essay]

    def essay(self, essay_id: str) -> Essay:
        """The essay of this id; KeyError if there is none (see `find` where there may not be)."""
        return self.essays_by_id[essay_id]

    def find(self, essay_id: str) -> Essay | None:
        """The essay of this id, or None: for ids that come from the sources, unchecked."""
        return self.essays_by_id.get(essay_id)

    @cached_property  # `essay` is called per paragraph on every page
    def essays_by_id(self) -> dict[str, Essay]:
        return {e.id: e for e in reversed(self.essays)}  # the first essay of an id wins

    @cached_property  # read in loops; a collection is not changed once loaded
    def paragraphs(self) -> dict[str, Paragraph]:
        return {p.id: p for e in self.essays for p in e.paragraphs}


@dataclass(frozen=True)
class PinnedPoint:
    """An editor's row of a theme's synopsis (`points:` in themes.yml): paragraphs of
    different essays that answer each other on one point, kept together as written."""

    paragraph_ids: tuple[str, ...]
    label: str | None = None  # shown as the row's label instead of its shared terms
    line: int | None = None  # where it is written in themes.yml


@dataclass
class Theme:
    """A theme of the comparison, from `themes.yml` or discovered by clustering."""

    id: str
    label: str
    description: str
    keywords: tuple[str, ...] = ()
    pin: tuple[str, ...] = ()  # paragraph ids an editor says belong to the theme
    exclude: tuple[str, ...] = ()  # paragraph ids an editor says do not
    line: int | None = None  # where it is defined in themes.yml; None when discovered
    discovered: bool = False  # made by clustering and labelled by its top terms
    points: tuple[PinnedPoint, ...] = ()  # rows an editor fixed; the rest are computed


@dataclass(frozen=True)
class ThemeAssignment:
    """A paragraph's membership of a theme, and why."""

    theme_id: str
    score: float  # similarity of paragraph and theme, 0–1
    curated: bool  # pinned by an editor rather than assigned by the aligner
    terms: tuple[str, ...]  # the terms paragraph and theme share, strongest first


@dataclass(frozen=True)
class RelatedPassage:
    """A paragraph of another essay that speaks to the same point."""

    paragraph_id: str
    essay_id: str
    score: float  # 0–1
    terms: tuple[str, ...]  # the terms both paragraphs share, strongest first
    #: a theme both are on (the one whose point they share, if any) and the number of the
    #: counterpart's row there: where the synopsis shows it
    theme_id: str | None = None
    point: int | None = None
    same_point: bool = False  # both stand in that row
    #: listed because that passage chose this paragraph as its counterpart, while this
    #: paragraph's own choice in that essay (listed first) is another
    reply: bool = False
    #: discovery mode only: not on a theme the paragraph is on (the other essay has none of
    #: its themes), offered because it is the passage there nearest in wording and clearly
    #: close (`counterparts.NEAREST`); theme_id and point are then None
    nearest: bool = False


@dataclass(frozen=True)
class Point:
    """One row of a theme's synopsis: the passages of different essays that answer each other
    on one point of the theme. Every paragraph on a theme is in exactly one of its points."""

    theme_id: str
    number: int  # 1, 2, … in row order on the theme page; anchor `point-N`
    paragraph_ids: tuple[str, ...]  # in collection order, then reading order
    label: str | None  # an editor's label (pinned points), else None
    terms: tuple[str, ...]  # the distinctive terms its passages share, strongest first
    pinned: bool  # kept as an editor wrote it in themes.yml
    #: (paragraph id in this row, number of another row of the theme where it has a strong
    #: counterpart): the synopsis prints "Also answers row N" there
    see_also: tuple[tuple[str, int], ...] = ()


@dataclass
class Alignment:
    """The result of aligning a collection: themes, who is on which, and counterparts."""

    themes: list[Theme]
    #: paragraph id → its themes, best first (empty list: on no theme)
    assignments: dict[str, list[ThemeAssignment]]
    #: paragraph id → other essay id → its counterparts there, best first
    related: dict[str, dict[str, list[RelatedPassage]]]
    #: theme id → its points (synopsis rows), in row order
    points: dict[str, list[Point]] = field(default_factory=dict)

    def paragraphs_on(self, theme_id: str) -> list[str]:
        """Ids of the paragraphs on a theme, in collection and reading order."""
        return [
            pid
            for pid, themes in self.assignments.items()
            if any(a.theme_id == theme_id for a in themes)
        ]


@dataclass(frozen=True)
class Citation:
    """One footnote of one essay, resolved to the work it cites."""

    essay_id: str
    label: str  # the footnote's label
    paragraph_ids: tuple[str, ...]  # the paragraphs whose text cites this note
    ibid: bool  # the note says "Ibid." and was resolved to the previous note's work


@dataclass
class Work:
    """A distinct work cited in the collection, however many notes cite it."""

    id: str  # stable slug, e.g. "lo-2015-russia-and-the-new-world-disorder"
    authors: tuple[str, ...]  # as the notes give them, e.g. ("Lo B.",)
    year: str | None
    title: str | None
    venue: str | None  # journal, series or publisher
    url: str | None
    citations: list[Citation] = field(default_factory=list)


@dataclass(frozen=True)
class NoteRef:
    """A footnote of an essay, and the paragraphs whose text cites it."""

    essay_id: str
    label: str
    paragraph_ids: tuple[str, ...]


@dataclass(frozen=True)
class AuthorMention:
    """A paragraph that names the author of another essay of the collection."""

    paragraph_id: str
    essay_id: str  # the essay the named person wrote
    name: str  # the name as it stands in the text


@dataclass
class References:
    works: list[Work]  # sorted by first author, then year, then title
    note_work: dict[tuple[str, str], str]  # (essay id, footnote label) → work id
    #: footnote markers whose note text is not in the source
    unresolved: list[NoteRef]
    mentions: list[AuthorMention]
    #: notes with text that cite no work (remarks, not references), listed so none is lost
    remarks: list[NoteRef] = field(default_factory=list)


@dataclass(frozen=True)
class QuoteSelector:
    """The annotated text, as in the W3C Web Annotation model's TextQuoteSelector."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class AnnotationLink:
    paragraph_id: str  # a paragraph of another essay
    relation: str  # agrees, disagrees, extends or contrasts


@dataclass
class Annotation:
    """A contributor's note on a passage of an essay, from `sources/annotations/*.md`."""

    id: str  # the file name without .md
    path: Path
    essay_id: str
    selector: QuoteSelector
    paragraph_id: str | None  # where the quote was when the annotation was written
    author: str
    author_url: str | None
    date: str
    kind: str  # comment, question, correction or contrast
    links: tuple[AnnotationLink, ...]
    tags: tuple[str, ...]
    body_html: str  # sanitised HTML of the Markdown body
    body_text: str
    quote_line: int | None = None  # line of `quote:` in its file, where anchoring is reported


@dataclass(frozen=True)
class Anchor:
    """Where an annotation's quote stands now, in a paragraph's plain text."""

    paragraph_id: str
    start: int  # character offsets into Paragraph.text
    end: int
    method: str  # "exact" or "fuzzy"
    score: float  # 1.0 for exact matches


@dataclass
class AnnotationIndex:
    """The collection's annotations and where they stand now."""

    annotations: list[Annotation] = field(default_factory=list)
    anchors: dict[str, Anchor] = field(default_factory=dict)  # annotation id → anchor
    orphans: dict[str, str] = field(default_factory=dict)  # annotation id → why not anchored
