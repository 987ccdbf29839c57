"""The points of a theme: its passages grouped into the rows of a synopsis.

Pure: arrays and ids in, rows out. `counterparts.link` calls `group` once per theme.

**The rule** (`group`). A row holds passages of different essays that answer each other. Every
passage starts in a row of its own; then pairs of passages of different essays are taken most
similar first, and the rows of a pair are joined when

- the joined row still has at most one passage of each essay, or two that stand next to each
  other in their essay (a point made over two paragraphs), and
- the passages of the two rows are, on average over their pairs of different essays, at least
  `JOIN` similar (average linkage: one close pair is not enough to bring two rows together,
  so a row does not drift from point to point as it grows).

An editor's rows (`points:` in themes.yml) are kept as written: nothing joins them, and the
rest are computed around them. A passage no other essay answers keeps a row of its own. A
lead-in ("put it better than I can:") ends in the row of the block it introduces
(`kept_together`).

**Order.** Rows follow the reading order of the collection: a row stands where its first
passage stands (collection order of the essays, then reading order within an essay). So the
first essay's passages come in its own order, and the rows that the first essay has nothing on
come after, in the order of the next essay that has a passage in them.

**Labels** (`shared_terms`): the terms the row's passages share, strongest first: a term's
strength is its second-largest TF-IDF weight among the row's essays (so it must weigh in two
essays at least), times its inverse document frequency again, so that rarer terms lead; terms
in more than `LABEL_MAX_DF` of the collection's paragraphs (and in more than two) name the
collection's subject ("China", "interests") and never label a row, nor does a phrase of such
words only ("Russia China"). A row of one essay is labelled by its own strongest terms on the
same footing. Only terms that say something of the theme may label its rows and be marked in
its cells (`label_mask`): a name ("Kremlin", "Central Asia": `align.names_in`), or a term with a
word of the theme's own label, description or keywords (what the editor, or discovery, says
the theme is about). Rare but common-English words two passages happen to share ("held",
"addition", "contrast", "past quarter") are no sign that they make the same point. A
discovered theme's keywords are the machine's, verbs among them: its rows are not labelled by
a word that names nothing ("point", "ask", "written": `discovery.labels_a_row`; a reader read
"point · refusals · tenure" and "ask · stay · written" as filler).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .model import PinnedPoint, Theme

if TYPE_CHECKING:
    from .align import Space

#: Least average similarity of two rows' passages for the rows to be joined.
JOIN = 0.12
#: Terms in more than this share of the paragraphs never label a row.
LABEL_MAX_DF = 0.2


@dataclass(frozen=True)
class Row:
    """A point before it is numbered and labelled."""

    ids: tuple[str, ...]  # in the order the theme's passages were given
    pinned: bool = False
    label: str | None = None


def group(
    ids: list[str],
    essays: list[str],
    places: list[int],
    scores: np.ndarray,
    pairs: list[tuple[int, int]],
    pinned: tuple[PinnedPoint, ...] = (),
    together: list[tuple[str, str]] | None = None,
) -> list[Row]:
    """The rows of one theme, in row order (see the module's docstring).

    `ids` are the theme's passages in collection and reading order, `essays` and `places`
    their essay and place in it, `scores` their similarity matrix, `pairs` the pairs of
    passages of different essays worth trying (each passage's nearest: trying every pair
    would cost the square of the theme's size). The passages of a pair `together` (a lead-in
    and what it introduces, adjacent) end in one row: `kept_together`.
    """
    index = {pid: k for k, pid in enumerate(ids)}
    fixed = {index[pid] for point in pinned for pid in point.paragraph_ids if pid in index}
    members: dict[int, list[int]] = {k: [k] for k in range(len(ids)) if k not in fixed}
    leader = {k: k for k in members}  # passage → the first passage of its row
    codes = np.unique(essays, return_inverse=True)[1] if ids else np.zeros(0, dtype=int)
    tried = sorted(
        (-float(scores[a, b]), a, b)
        for a, b in pairs
        if scores[a, b] >= JOIN and a not in fixed and b not in fixed
    )
    for _, a, b in tried:
        ra, rb = leader[a], leader[b]
        if ra == rb or not fits(members[ra] + members[rb], essays, places):
            continue
        if linkage(members[ra], members[rb], codes, scores) < JOIN:
            continue
        first, second = sorted((ra, rb))
        members[first] += members.pop(second)
        for k in members[first]:
            leader[k] = first
    for first, second in together or ():
        if index[first] in leader and index[second] in leader:
            kept_together(index[first], index[second], members, leader, essays, places)
    found = [(min(m), Row(tuple(ids[k] for k in sorted(m)))) for m in members.values() if m]
    kept = []
    for point in pinned:
        # Collection order like every row; an id off the theme (if any) after the others.
        written = sorted(point.paragraph_ids, key=lambda pid: index.get(pid, len(ids)))
        kept.append((index.get(written[0], len(ids)), Row(tuple(written), True, point.label)))
    return [row for _, row in sorted(found + kept, key=lambda item: item[0])]


def kept_together(
    lead: int,
    introduced: int,
    members: dict[int, list[int]],
    leader: dict[int, int],
    essays: list[str],
    places: list[int],
) -> None:
    """Put a lead-in in the row of the passage it introduces: its whole row where the two rows
    fit in one, else the lead-in alone where it fits there (the passage it introduces is the
    point; "put it better than I can:" is not), else nothing."""
    mine, theirs = leader[lead], leader[introduced]
    if mine == theirs:
        return
    if fits(members[mine] + members[theirs], essays, places):
        moved = members[mine]
    elif fits(members[theirs] + [lead], essays, places):
        moved = [lead]
    else:
        return
    members[theirs] = members[theirs] + moved
    members[mine] = [k for k in members[mine] if k not in moved]
    for k in moved:
        leader[k] = theirs


def fits(row: list[int], essays: list[str], places: list[int]) -> bool:
    """At most one passage per essay, or two neighbours in one essay."""
    by_essay: dict[str, list[int]] = {}
    for k in row:
        by_essay.setdefault(essays[k], []).append(places[k])
    return all(len(p) == 1 or (len(p) == 2 and abs(p[0] - p[1]) == 1) for p in by_essay.values())


def linkage(first: list[int], second: list[int], codes: np.ndarray, scores: np.ndarray) -> float:
    """Mean similarity over the pairs of the two rows' passages of different essays (`codes`:
    each passage's essay as a number)."""
    other = codes[first][:, None] != codes[second][None, :]
    return float(scores[np.ix_(first, second)][other].mean()) if other.any() else 0.0


def label_weights(space: Space) -> np.ndarray:
    """Per term: its inverse document frequency, zero for terms too common to label a row."""
    n = len(space.ids)
    df = np.asarray((space.shared > 0).sum(axis=0)).ravel()
    idf = np.log((1 + n) / (1 + df)) + 1
    # In a handful of paragraphs every shared term is in a fifth of them: two may still label.
    return np.where(df <= max(2, LABEL_MAX_DF * n), idf, 0.0)


def label_masks(space: Space, themes: list[Theme], weights: np.ndarray) -> dict[str, np.ndarray]:
    """Theme id → `weights` (from `label_weights`) kept for the terms that may label a row of
    the theme and zero for the rest (see the module's docstring). What does not depend on the
    theme is worked out once: a hundred essays have over 100,000 terms."""
    from .align import WORD

    columns = np.flatnonzero(weights)
    # As Python lists: reading numpy's elements one by one costs more than the loop's work.
    terms = space.terms[columns].tolist()
    labelling = set(terms)
    named = np.zeros(len(weights), dtype=bool)
    thing = np.ones(len(weights), dtype=bool)  # may label a discovered theme's rows
    by_stem: dict[str, list[int]] = {}
    for column, term in zip(columns.tolist(), terms):
        words = term.split()
        if len(words) > 1 and labelling.isdisjoint(words):  # "russia china": the subject
            continue
        named[column] = any(word in space.names for word in words)
        for word in words:
            by_stem.setdefault(stem(word), []).append(column)
    if any(theme.discovered for theme in themes):
        # (discovery has loaded its lexicon: a curated build never pays for it)
        from .discovery import labels_a_row

        for column, term in zip(columns.tolist(), terms):
            thing[column] = labels_a_row(term)
    masks = {}
    for theme in themes:
        text = " ".join(
            [
                theme.label,
                theme.description,
                *theme.keywords,
                *(p.label or "" for p in theme.points),
            ]
        )
        about = named.copy()
        for word_stem in {stem(word) for word in WORD.findall(text.lower())}:
            about[by_stem.get(word_stem, [])] = True
        if theme.discovered:
            about &= thing
        masks[theme.id] = np.where(about, weights, 0.0)
    return masks


def stem(word: str) -> str:
    """What "sanctions", "sanctioned" and "sanction" share: the first five letters."""
    return word[:5]


def shared_terms(space: Space, ids: tuple[str, ...], weights: np.ndarray) -> tuple[str, ...]:
    """The label of a row: the distinctive terms its passages share (see the module's
    docstring); `weights` from `label_weights`."""
    from .align import row_arrays, terms_by_weight  # align imports this module via counterparts

    rows = [space.row(pid) for pid in ids]
    # Only the terms the row uses, as a small dense block, read straight from the CSR arrays:
    # slicing the matrix by rows, then by columns, cost more than the rest of the labelling.
    parts = [row_arrays(space.shared, row) for row in rows]
    columns = np.unique(np.concatenate([used for _, used in parts]))
    dense = np.zeros((len(rows), len(columns)))
    for k, (values, used) in enumerate(parts):
        dense[k, np.searchsorted(columns, used)] = values
    essays = [space.essays[row] for row in rows]
    # Per essay, each term's largest weight in the essay's passages of the row.
    strongest = np.vstack(
        [
            dense[[k for k, e in enumerate(essays) if e == essay]].max(axis=0)
            for essay in dict.fromkeys(essays)
        ]
    )
    if len(strongest) > 1:
        strongest = np.sort(strongest, axis=0)[-2:]  # the second largest is the shared part
    terms = terms_by_weight(space, strongest[0] * weights[columns], columns)
    said = {space.term_names[c] for row in rows for c in row_arrays(space.vectors, row)[1].tolist()}
    return phrased(terms, said)


def phrased(terms: tuple[str, ...], said: set[str]) -> tuple[str, ...]:
    """The label's words that the passages say together, as the phrase they make, where the
    first of them stands: "Pelham Cross", "self-catering", "short-term", not "cross · pelham",
    "catering · self", "short · term" (words come strongest first; `said`: the terms of the
    row's passages)."""
    chosen = list(terms)
    while found := _said_together(chosen, said):
        first, second, phrase = found
        chosen[first] = phrase
        del chosen[second]
    return tuple(chosen)


def _said_together(words: list[str], said: set[str]) -> tuple[int, int, str] | None:
    """Two single words of the label, the first two that `said` holds as a phrase, and it."""
    for i, first in enumerate(words):
        for j in range(i + 1, len(words)):
            second = words[j]
            if " " in first + second:
                continue
            for phrase in (f"{first} {second}", f"{second} {first}"):
                if phrase in said:
                    return i, j, phrase
    return None
