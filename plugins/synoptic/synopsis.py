"""A theme's synopsis page as view data: rows (the theme's points) of cells (an essay's
passages on the point, or an explicit empty cell), and which essays stand side by side.

Pure: the renderer fills `synopsis.md.j2` with a `Synopsis`. The page's size grows with the
passages on the theme and with the rows × the default columns, never with essays × essays:
an essay outside the default columns has cells only where it has passages; the page's script
adds the empty cells of an essay a reader sets beside the others.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import Collection, Essay, Paragraph, Point, Theme
from .names import footnote_id, opening_words, point_anchor, written_names

#: Essays set side by side when a page opens: the ones with the most passages on the theme.
DEFAULT_COLUMNS = 3
#: Terms of a point shown as its label when an editor gave none.
LABEL_TERMS = 3
#: Words of its first passage that label a point whose passages share no distinctive term.
LABEL_WORDS = 7


@dataclass(frozen=True)
class Cell:
    """One essay's passages on one point, or none (an empty cell)."""

    essay: Essay
    position: int  # of the essay in the collection
    paragraphs: tuple[Paragraph, ...]
    shown: bool  # in the default columns; other essays' cells wait for the reader's choice
    #: note label → element id of the note under this cell: a note cited in two rows is shown
    #: in both, and only its first copy on the page has the essay's own id
    note_ids: dict[str, str] = field(default_factory=dict)
    #: an empty cell's pointers: the essay's passages in other rows that also answer this
    #: point (its "see also"), with their rows, as a synopsis says "see § N"
    elsewhere: tuple[tuple[Paragraph, int], ...] = ()


@dataclass(frozen=True)
class Row:
    point: Point
    label: str
    cells: tuple[Cell, ...]  # default columns in column order (empty cells too), then others
    #: the pointers of the essays outside the default columns that have nothing on the point
    #: but a passage elsewhere on it: (essay, its passage, that passage's row). Not cells: the
    #: page's script makes the empty cell of an essay a reader sets beside the others, and
    #: gives it these; as hidden cells they made a hundred essays' theme pages twice as large
    #: (row after row of an empty cell per essay, 11 → 20 MB).
    pointers: tuple[tuple[Essay, Paragraph, int], ...] = ()

    @property
    def anchor(self) -> str:
        return point_anchor(self.point.number)

    @property
    def speakers(self) -> tuple[Cell, ...]:
        """The cells with passages, in collection order: who speaks to the point."""
        return tuple(sorted((c for c in self.cells if c.paragraphs), key=lambda c: c.position))


@dataclass(frozen=True)
class Synopsis:
    theme: Theme
    columns: tuple[Essay, ...]  # the default columns, in collection order
    #: every essay with passages on the theme, in collection order, with how many
    essays: tuple[tuple[Essay, int], ...]
    silent: tuple[Essay, ...]  # essays with nothing on the theme
    rows: tuple[Row, ...]


def point_label(point: Point, passages: list[Paragraph]) -> str:
    """An editor's label, else the point's distinctive shared terms as its passages write them
    ("Central Asia", "joint"), else (they share none) the opening words of its first passage."""
    if point.label:
        return point.label
    if point.terms:
        texts = [p.text for p in passages]
        return " · ".join(written_names(list(point.terms[:LABEL_TERMS]), texts))
    return f"“{opening_words(passages[0], LABEL_WORDS)}”"


def build_synopsis(
    theme: Theme, points: list[Point], collection: Collection, columns: int = DEFAULT_COLUMNS
) -> Synopsis:
    paragraphs = collection.paragraphs
    order = {essay.id: n for n, essay in enumerate(collection.essays)}
    counts = Counter(paragraphs[pid].essay_id for point in points for pid in point.paragraph_ids)
    speaking = sorted(counts, key=order.__getitem__)
    chosen = set(sorted(speaking, key=lambda e: (-counts[e], order[e]))[:columns])
    shown = [collection.essay(e) for e in speaking if e in chosen]
    # row → essay → its passages in other rows that also answer the row, with their rows
    elsewhere: dict[int, dict[str, list[tuple[Paragraph, int]]]] = {}
    for point in points:
        for pid, number in point.see_also:
            at = elsewhere.setdefault(number, {}).setdefault(paragraphs[pid].essay_id, [])
            at.append((paragraphs[pid], point.number))
    rows = []
    copies: Counter[str] = Counter()  # how often each note id is on the page so far
    for point in points:
        by_essay: dict[str, list[Paragraph]] = {}
        for pid in point.paragraph_ids:
            by_essay.setdefault(paragraphs[pid].essay_id, []).append(paragraphs[pid])
        pointers = {
            e: tuple(found)
            for e, found in elsewhere.get(point.number, {}).items()
            if e not in by_essay
        }
        # The default columns, an empty cell where an essay has nothing; then the others: a
        # cell where they have passages (the row's pointers hold the rest).
        others = sorted(by_essay.keys() - chosen, key=order.__getitem__)
        cells = [
            Cell(
                collection.essay(e),
                order[e],
                tuple(by_essay.get(e, ())),
                e in chosen,
                {},
                pointers.get(e, ()),
            )
            for e in [essay.id for essay in shown] + others
        ]
        for cell in cells:
            for label in dict.fromkeys(label for p in cell.paragraphs for label in p.footnotes):
                own = footnote_id(cell.essay.id, label)
                copies[own] += 1
                cell.note_ids[label] = own if copies[own] == 1 else f"{own}.{copies[own]}"
        hidden = sorted(pointers.keys() - by_essay.keys() - chosen, key=order.__getitem__)
        rows.append(
            Row(
                point,
                point_label(point, [paragraphs[pid] for pid in point.paragraph_ids]),
                tuple(cells),
                tuple(
                    (collection.essay(e), there, number)
                    for e in hidden
                    for there, number in pointers[e]
                ),
            )
        )
    return Synopsis(
        theme,
        tuple(shown),
        tuple((collection.essay(e), counts[e]) for e in speaking),
        tuple(e for e in collection.essays if e.id not in counts),
        tuple(rows),
    )
