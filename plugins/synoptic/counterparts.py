"""Counterparts and points: which passages of other essays answer a paragraph, two-way.

Pure: no MkDocs, no files. `link(space, themes, assignments)` → (points per theme, related),
called by `align.align` once themes are assigned.

**Similarity** (`Similarity`): the cosine of the shared TF-IDF vectors (`align.Space.shared`).
When every paragraph has a current sentence embedding (`embeddings.py`, all-MiniLM-L6-v2,
computed once and stored with the sources), the mean of that cosine and the embeddings'
cosine: the model sees two authors make one point in different words ("junior partner",
"inferior partner", "overdependence"), which shared words cannot, and the TF-IDF half keeps
the names and terms the model blurs. LSA (`TruncatedSVD` of the same TF-IDF vectors,
`LSA_DIMENSIONS` latent dimensions, seeded) and its mean with TF-IDF were measured too and did
no better than TF-IDF alone on either reading; `METHOD` keeps them selectable for
`scripts/evaluate_alignment.py`. Figures in docs/alignment.md.

**Scale.** Passages are only compared within a theme (a counterpart shares a theme), as one
dense matrix per theme; for each passage only its best passage in each of the `CANDIDATES`
other essays that answer it best is kept (one numpy operation per essay and
`numpy.argpartition`), so no Python loop visits all pairs: 4,000 paragraphs of 100 essays take
about 1.5 s.

**Choice** (`choose`): each paragraph chooses, in each other essay, one passage that shares a
theme with it: one standing in the same point of a theme if there is one, else the most
similar; and it keeps the choices in the `MOST` essays that answer it best. Every choice is a
link both ways: the chosen passage lists the paragraph too, after its own choice in that essay
(a *reply*). A passage that many choose (a short essay's main argument) thus lists them all:
capping its list instead would leave those paragraphs with no answer in its essay, although it
has one (on the seed essays, a cap of two per essay and four in all cut hit@1 from 0.92 to
0.60 against the first reading).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy.sparse import csr_matrix
from threadpoolctl import threadpool_limits

from .model import Point, RelatedPassage, Theme, ThemeAssignment
from .points import Row, group, label_masks, label_weights, shared_terms
from .vectors import unit_rows

if TYPE_CHECKING:  # align imports this module: no import of it at run time
    from .align import Space

#: Without embeddings: "tfidf", "lsa" or "combined" (the mean of the two cosines).
METHOD = "tfidf"
#: Latent dimensions of LSA (fewer when the collection has fewer paragraphs or terms).
LSA_DIMENSIONS = 20
SEED = 0
#: Per paragraph and theme, the other essays whose best passage is a candidate counterpart.
CANDIDATES = 8
#: Other essays in which a paragraph chooses a counterpart, at most (those answering it best).
MOST = 4

#: Discovery mode: a paragraph's nearest passage in another essay is offered as a "nearest
#: passage" (`nearest_passages`) when it is closer than this share of the pairs of passages of
#: different essays (`cross_essay_scores`): clearly close, in the collection's own scale (0.24
#: on the seeds, 0.2 on collection B). Measured 0.75–0.95 (docs/alignment.md); below 0.85,
#: nearest passages that share only a word or two displace right answers.
NEAREST = 0.9
#: Discovery mode: the paragraphs whose pairs of different essays set that scale
#: (`cross_essay_scores`), at most; a seeded sample beyond.
TYPICAL_SAMPLE = 1000

#: Scores are rounded before ranking, so that ties break the same way on every machine.
DECIMALS = 6


@dataclass
class Similarity:
    """Cosine similarity of paragraphs by the rows of the space, computed per block of rows."""

    shared: csr_matrix  # L2-normalised TF-IDF rows (terms of two essays or more)
    latent: np.ndarray | None  # L2-normalised LSA or embedding rows, None for TF-IDF alone
    lexical: bool  # whether the TF-IDF cosine counts

    def among(self, rows: list[int]) -> np.ndarray:
        """The rows × rows similarity matrix, each score in 0–1."""
        return self.between(rows, rows)

    def between(self, rows: list[int], columns: list[int]) -> np.ndarray:
        """The rows × columns similarity matrix, each score in 0–1."""
        parts = []
        if self.lexical:
            parts.append((self.shared[rows] @ self.shared[columns].T).toarray())
        if self.latent is not None:
            parts.append(np.clip(self.latent[rows] @ self.latent[columns].T, 0.0, 1.0))
        return np.round(sum(parts) / len(parts), DECIMALS)


def similarity(
    space: Space, method: str = METHOD, embeddings: Mapping[str, np.ndarray] | None = None
) -> Similarity:
    if method == "embedding":  # the mean of the TF-IDF and the sentence embeddings' cosines
        return Similarity(
            space.shared, unit_rows(np.vstack([embeddings[pid] for pid in space.ids])), True
        )
    latent = None
    if method in ("lsa", "combined"):
        latent = lsa(space.shared)
    # Too few paragraphs or terms for a latent space: the words alone.
    return Similarity(space.shared, latent, method != "lsa" or latent is None)


def lsa(vectors: csr_matrix) -> np.ndarray | None:
    """The rows reduced to `LSA_DIMENSIONS` latent dimensions and normalised, or None when the
    matrix is too small to reduce."""
    dimensions = min(LSA_DIMENSIONS, vectors.shape[0] - 1, vectors.shape[1] - 1)
    if dimensions < 2:
        return None
    # Imported here: only this measure, which builds do not use, needs it (sklearn.decomposition
    # costs about 40 ms at every build's start).
    from sklearn.decomposition import TruncatedSVD

    # One BLAS thread: on two cores the randomized SVD is several times slower with more.
    with threadpool_limits(1):
        reduced = TruncatedSVD(dimensions, random_state=SEED).fit_transform(vectors)
    return unit_rows(reduced)


@dataclass(frozen=True)
class Candidate:
    """A pair of paragraphs of different essays that share a theme."""

    score: float
    same_point: bool
    theme_id: str  # the theme whose point they share, else the first (in theme order) of theirs


def link(
    space: Space,
    themes: list[Theme],
    assignments: dict[str, list[ThemeAssignment]],
    embeddings: Mapping[str, np.ndarray] | None = None,
    introduced: Mapping[str, str] | None = None,
) -> tuple[dict[str, list[Point]], dict[str, dict[str, list[RelatedPassage]]]]:
    """The points of every theme and the counterparts of every paragraph; measured with the
    paragraphs' sentence embeddings too when every paragraph has one (`embeddings.load`). A
    lead-in and the block it introduces (`introduced`: `leadins.lead_ins`) end in one row."""
    current = embeddings is not None and all(pid in embeddings for pid in space.ids)
    measure = similarity(space, "embedding" if current else METHOD, embeddings)
    position = positions(space.essays)
    grouped: dict[str, list[Row]] = {}
    row_of: dict[tuple[str, str], int] = {}  # (theme id, paragraph id) → row number
    candidates: dict[tuple[int, int], Candidate] = {}
    # theme id → (passage, a passage of another essay that finds it the nearest of its essay)
    nearest_on: dict[str, list[tuple[str, str]]] = {}
    for theme in themes:
        members = [space.row(pid) for pid in on_theme(space, theme.id, assignments)]
        scores = measure.among(members)
        essays = [space.essays[m] for m in members]
        per_essay = nearest_per_essay(scores, essays)
        pairs = nearest(scores, essays, per_essay)
        ids = [space.ids[m] for m in members]
        on = set(ids)
        grouped[theme.id] = group(
            ids,
            essays,
            [position[m] for m in members],
            scores,
            pairs,
            theme.points,
            [(a, b) for a, b in (introduced or {}).items() if a in on and b in on],
        )
        for number, row in enumerate(grouped[theme.id], start=1):
            row_of.update(((theme.id, pid), number) for pid in row.ids)
        _, where, codes = per_essay
        nearest_on[theme.id] = [
            (space.ids[members[mine]], space.ids[members[other]])
            for pair in pairs
            for mine, other in (pair, pair[::-1])
            if where[other, codes[mine]] == mine
        ]
        for a, b in pairs:
            i, j = members[a], members[b]
            same = row_of[(theme.id, space.ids[i])] == row_of[(theme.id, space.ids[j])]
            known = candidates.get((i, j))
            if known is None or (same and not known.same_point):
                candidates[(i, j)] = Candidate(float(scores[a, b]), same, theme.id)
    chosen = choose(candidates, space.essays)
    related = related_passages(space, assignments, chosen, candidates, row_of)
    points = points_of(
        space, {theme.id: theme for theme in themes}, grouped, related, row_of, nearest_on
    )
    if themes and all(theme.discovered for theme in themes):
        nearest_passages(space, assignments, related, measure.latent is None)
    return points, related


def on_theme(
    space: Space, theme_id: str, assignments: dict[str, list[ThemeAssignment]]
) -> list[str]:
    return [pid for pid in space.ids if any(a.theme_id == theme_id for a in assignments[pid])]


def positions(essays: list[str]) -> list[int]:
    """Each row's place in its essay (0, 1, …): rows come in reading order, essay by essay."""
    seen: dict[str, int] = defaultdict(int)
    places = []
    for essay in essays:
        places.append(seen[essay])
        seen[essay] += 1
    return places


def nearest(
    scores: np.ndarray,
    essays: list[str],
    per_essay: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b, where b is a's most similar passage in one of the `CANDIDATES`
    other essays that answer a best (or the other way round).

    One loop per essay, each a numpy operation over the theme's rows (`nearest_per_essay`,
    given where the caller has it): the cost grows with the theme's size times the number of
    essays, and only a few pairs per row are kept.
    """
    best, where, codes = per_essay or nearest_per_essay(scores, essays)
    best = best.copy()
    n, count = best.shape
    if count < 2:
        return []
    best[np.arange(n), codes] = -1.0  # not its own essay
    k = min(CANDIDATES, count - 1)
    top = np.argpartition(-best, k - 1, axis=1)[:, :k]
    rows = np.repeat(np.arange(n), k)
    kept = best[rows, top.ravel()] >= 0
    other = where[rows, top.ravel()]
    pairs = np.sort(np.column_stack([rows[kept], other[kept]]), axis=1)
    return [(int(a), int(b)) for a, b in np.unique(pairs, axis=0)]


def nearest_per_essay(
    scores: np.ndarray, essays: list[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row and essay (in `np.unique` order), the best score there and the row that has it,
    and each row's essay as that order's number: one numpy operation per essay."""
    names, codes = np.unique(essays, return_inverse=True)
    n, count = len(essays), len(names)
    best = np.full((n, count), -1.0)
    where = np.zeros((n, count), dtype=int)
    for essay in range(count):
        columns = np.flatnonzero(codes == essay)
        block = scores[:, columns]
        first = block.argmax(axis=1)  # the first of equals: reading order breaks ties
        best[:, essay] = block[np.arange(n), first]
        where[:, essay] = columns[first]
    return best, where, codes


def choose(
    candidates: dict[tuple[int, int], Candidate], essays: list[str]
) -> dict[int, list[tuple[int, int]]]:
    """Row → its own choices: per other essay, the best candidate there (one in the same
    point first, then by score), in the `MOST` other essays that answer it best."""
    best: dict[tuple[int, str], tuple[int, int]] = {}
    for pair in candidates:
        for mine, theirs in (pair, pair[::-1]):
            key = (mine, essays[theirs])
            if key not in best or rank(candidates, pair) < rank(candidates, best[key]):
                best[key] = pair
    chosen: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (mine, _), pair in best.items():
        chosen[mine].append(pair)
    return {
        mine: sorted(pairs, key=lambda pair: rank(candidates, pair))[:MOST]
        for mine, pairs in chosen.items()
    }


def rank(candidates: dict[tuple[int, int], Candidate], pair: tuple[int, int]) -> tuple:
    """Sort key, best first: a pair in the same point, then by score, then in reading order."""
    return not candidates[pair].same_point, -candidates[pair].score, pair


def related_passages(
    space: Space,
    assignments: dict[str, list[ThemeAssignment]],
    chosen: dict[int, list[tuple[int, int]]],
    candidates: dict[tuple[int, int], Candidate],
    row_of: dict[tuple[str, str], int],
) -> dict[str, dict[str, list[RelatedPassage]]]:
    """Paragraph id → other essay id → its counterparts there: its own choice first, then the
    passages there that chose it (replies), best first.

    An essay with no passage on any of the paragraph's themes is listed with an empty list
    (it has nothing on them); an essay outside its `MOST` choices that chose nothing of it is
    left out.
    """
    links = {pair for pairs in chosen.values() for pair in pairs}
    explained = explain(space, sorted(links))
    own = {(mine, pair) for mine, pairs in chosen.items() for pair in pairs}
    by_row: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for pair in links:
        by_row[pair[0]].append(pair)
        by_row[pair[1]].append(pair)
    speaks = essays_on_themes(space, assignments)
    order = {essay: k for k, essay in enumerate(dict.fromkeys(space.essays))}
    related: dict[str, dict[str, list[RelatedPassage]]] = {}
    for i, pid in enumerate(space.ids):
        heard = set().union(*(speaks[a.theme_id] for a in assignments[pid]))
        answers: dict[str, list[RelatedPassage]] = {
            essay: [] for essay in order.keys() - heard if essay != space.essays[i]
        }
        ranked = sorted(by_row[i], key=lambda pair: ((i, pair) not in own, rank(candidates, pair)))
        for pair in ranked:
            j = pair[1] if pair[0] == i else pair[0]
            candidate = candidates[pair]
            answers.setdefault(space.essays[j], []).append(
                RelatedPassage(
                    space.ids[j],
                    space.essays[j],
                    candidate.score,
                    explained[pair],
                    theme_id=candidate.theme_id,
                    point=row_of[(candidate.theme_id, space.ids[j])],
                    same_point=candidate.same_point,
                    reply=(i, pair) not in own,
                )
            )
        # Collection order of the essays, as the page lists them.
        related[pid] = {essay: answers[essay] for essay in sorted(answers, key=order.get)}
    return related


def nearest_passages(
    space: Space,
    assignments: dict[str, list[ThemeAssignment]],
    related: dict[str, dict[str, list[RelatedPassage]]],
    displace: bool,
) -> None:
    """Discovery mode: in each other essay where a paragraph has no counterpart (the essay has
    none of its themes), its nearest passage there in wording is offered when their TF-IDF
    cosine is clearly close (at least the `NEAREST` quantile of the cosines of passages of
    different essays, `cross_essay_scores`), flagged `nearest`, and the paragraph is listed
    there too (two-way, as a reply, after that passage's own counterparts). Only paragraphs
    on a theme take part: one on none (a byline, a bio) has no counterparts.

    With `displace` (counterparts measured by TF-IDF alone), the nearest passage also comes
    first where the paragraph has a counterpart there that is less near (its choice on a
    theme stays listed after it): the first answer is then never farther than plain nearest
    neighbours' when that one is clearly close. With sentence embeddings the choice on a
    theme already sees more than shared words, and displacing it by TF-IDF nearness did
    worse (hit@1 on the seeds 0.65 → 0.62 and 0.58 → 0.52); so there only the empty case.

    Discovered themes are a rough first reading: a point one essay makes may land in a theme
    the other essay's passage on it missed. Below the threshold the nearest passage shares
    only a word or two, and nothing more is offered. Curated themes never get such links:
    there the editor's themes are the answer.

    With `displace`, faint answers are then withdrawn (`withdraw_faint`): those no closer than
    two passages of different essays typically are (the median of `cross_essay_scores`).
    """
    essays = list(dict.fromkeys(space.essays))
    placed = np.array([r for r, pid in enumerate(space.ids) if assignments[pid]], dtype=int)
    typical = cross_essay_scores(space, placed.tolist())
    if not typical.size:
        return  # paragraphs on a theme in one essay only: no other essay to answer in
    close = float(np.quantile(typical, NEAREST))
    # Every placed row's vector as a column, once: an essay's few rows times this is the
    # cheaper way round for scipy's product (0.3 s against 0.55 s for a hundred essays).
    placed_columns = space.shared[placed].T.tocsr()
    # Row × essay → the row of its first answer there (-1 for none), and whether it has an
    # answer of its own there (not only replies): what the loop below asks of `related` for
    # every placed row and essay, looked up once.
    code = {essay: k for k, essay in enumerate(essays)}
    first_answer = np.full((len(space.ids), len(essays)), -1)
    own_answer = np.zeros((len(space.ids), len(essays)), dtype=bool)
    for row, pid in enumerate(space.ids):
        for essay, passages in related[pid].items():
            if passages:
                first_answer[row, code[essay]] = space.row(passages[0].paragraph_id)
                own_answer[row, code[essay]] = any(not p.reply for p in passages)
    of_placed = np.array(space.essays)[placed]
    found: list[tuple[np.ndarray, ...]] = []  # per essay: rows, their nearest there, scores
    for essay in essays:
        others, columns = placed[of_placed != essay], placed[of_placed == essay]
        if not (others.size and columns.size):
            continue
        # The TF-IDF cosines of the other essays' rows with this essay's, as
        # `Similarity.between` gives them (summed term by term in another order: equal once
        # rounded, on the 30- and 100-essay corpora of scripts/make_corpus.py).
        products = (space.shared[columns] @ placed_columns).toarray().T
        scores = np.round(products[of_placed != essay], DECIMALS)
        best = scores.argmax(axis=1)  # the first of equals: reading order breaks ties
        nearest, score = columns[best], scores[np.arange(len(others)), best]
        there = first_answer[others, code[essay]]
        answered = there >= 0
        # Where it has its counterpart there (unless a nearer passage displaces it), nothing.
        free = ~answered if not displace else ~answered | (there != nearest)
        # Each first answer's score, from its column among the essay's placed rows.
        first = np.zeros(len(others))
        first[answered] = scores[answered, np.searchsorted(columns, there[answered])]
        offered = free & (score >= np.maximum(close, first))
        found.append((others[offered], nearest[offered], score[offered]))
    links = within_most(*map(np.concatenate, zip(*found)), own_answer, code, space.essays)
    explained = explain(space, sorted({tuple(sorted((i, j))) for i, j, _ in links}))
    for mine, theirs, score in links:
        terms = explained[tuple(sorted((mine, theirs)))]
        own = related[space.ids[mine]].setdefault(space.essays[theirs], [])
        own[:] = [
            RelatedPassage(space.ids[theirs], space.essays[theirs], score, terms, nearest=True)
        ] + [p for p in own if p.paragraph_id != space.ids[theirs]]
        back = related[space.ids[theirs]].setdefault(space.essays[mine], [])
        if all(p.paragraph_id != space.ids[mine] for p in back):
            back.append(
                RelatedPassage(
                    space.ids[mine], space.essays[mine], score, terms, reply=True, nearest=True
                )
            )
    for pid, by_essay in related.items():  # collection order of the essays, as before
        related[pid] = {essay: by_essay[essay] for essay in sorted(by_essay, key=code.get)}
    if displace:
        withdraw_faint(space, related, float(np.median(typical)))


def within_most(
    mine: np.ndarray,
    theirs: np.ndarray,
    scores: np.ndarray,
    own_answer: np.ndarray,
    code: dict[str, int],
    essays: list[str],
) -> list[tuple[int, int, float]]:
    """The nearest-passage links (row `mine` to row `theirs`, their score) a paragraph may
    offer: all that take the place of its own answer in an essay, and in essays where it has
    none (or only replies), the closest ones, so many that it answers in `MOST` essays at most
    (a tenth of all pairs are "clearly close": in a large collection each paragraph would
    otherwise list dozens of essays, and every page grow with it). `own_answer`: row × essay
    (numbered by `code`) → whether the row has an answer of its own there.

    As arrays: a hundred essays make 170,000 candidate links, of which a few hundred are kept.
    """
    if not mine.size:
        return []
    essay_of = np.array([code[essay] for essay in essays])
    replaces = own_answer[mine, essay_of[theirs]]
    # Each row's links closest first (then in reading order), and how many of its links that
    # add an essay come before each one: it may add as many as `MOST` less its own answers.
    order = np.lexsort((theirs, -scores, mine))
    adds = (~replaces[order]).astype(int)
    before = np.cumsum(adds) - adds
    starts = np.flatnonzero(np.r_[True, mine[order][1:] != mine[order][:-1]])
    before -= np.repeat(before[starts], np.diff(np.r_[starts, len(order)]))
    room = MOST - own_answer.sum(axis=1)[mine[order]]
    kept = order[~adds.astype(bool) | (before < room)]
    kept = kept[np.lexsort((theirs[kept], mine[kept]))]
    return [(int(a), int(b), float(c)) for a, b, c in zip(mine[kept], theirs[kept], scores[kept])]


def cross_essay_scores(space: Space, rows: list[int]) -> np.ndarray:
    """The TF-IDF cosines of the pairs of passages of different essays among `rows` (a seeded
    sample of `TYPICAL_SAMPLE` of them beyond): how close passages of different essays are in
    this collection. Cosines run higher or lower with the paragraphs' length and the
    vocabulary the essays share; their median is how close two passages picked at random are
    (0.11 on the seeds, 0.085 on collection B)."""
    if len(rows) > TYPICAL_SAMPLE:
        rows = sorted(np.random.default_rng(SEED).choice(rows, TYPICAL_SAMPLE, replace=False))
    essays = np.array([space.essays[row] for row in rows])
    return Similarity(space.shared, None, True).among(rows)[essays[:, None] != essays[None, :]]


def withdraw_faint(
    space: Space, related: dict[str, dict[str, list[RelatedPassage]]], floor: float
) -> None:
    """Where a paragraph's first answer in another essay has a TF-IDF cosine under `floor`,
    nothing is offered there: its links to that essay are withdrawn, both ways (each passage
    there no longer lists it either), and the essay stays listed with none.

    Discovered themes place every essay on nearly every theme, so "the other essay has
    nothing on it" never comes from the themes alone; a first answer no closer than two
    passages picked at random (`cross_essay_scores`) is the sign that it has not. A floor in
    the collection's own scale, not a fixed number: TF-IDF cosines run higher or lower with
    the length of the paragraphs and the vocabulary the essays share. Measured on the three
    readings: hit@1 on collection B 0.58 → 0.66 (4 more trials rightly answered with
    nothing), on the seeds 0.67 → 0.65 and 0.54 → 0.56.
    """
    essay_of = dict(zip(space.ids, space.essays))
    faint = sorted(
        (pid, passage.paragraph_id)
        for pid, by_essay in related.items()
        for passages in by_essay.values()
        if passages and passages[0].score < floor
        for passage in passages
    )
    for a, b in faint:
        for mine, theirs in ((a, b), (b, a)):
            passages = related[mine].get(essay_of[theirs])
            if passages:
                passages[:] = [p for p in passages if p.paragraph_id != theirs]


def essays_on_themes(
    space: Space, assignments: dict[str, list[ThemeAssignment]]
) -> dict[str, set[str]]:
    """Theme id → the essays with a passage on it."""
    speaks: dict[str, set[str]] = defaultdict(set)
    for row, pid in enumerate(space.ids):
        for a in assignments[pid]:
            speaks[a.theme_id].add(space.essays[row])
    return speaks


def explain(space: Space, chosen: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[str, ...]]:
    """The terms each chosen pair shares, strongest first: one sparse product for them all."""
    from .align import row_arrays, terms_by_weight  # align imports this module at its top

    if not chosen:
        return {}
    left, right = (np.array(side) for side in zip(*chosen))
    products = space.shared[left].multiply(space.shared[right]).tocsr()
    return {pair: terms_by_weight(space, *row_arrays(products, k)) for k, pair in enumerate(chosen)}


def points_of(
    space: Space,
    themes: dict[str, Theme],
    grouped: dict[str, list[Row]],
    related: dict[str, dict[str, list[RelatedPassage]]],
    row_of: dict[tuple[str, str], int],
    nearest_on: dict[str, list[tuple[str, str]]],
) -> dict[str, list[Point]]:
    """The rows of each theme as `Point`s, labelled, with their "see also" references: a
    passage whose counterpart on the same theme stands in another row, or that a passage of
    another row finds the nearest of its essay there (`nearest_on`: a row's empty cell then
    points to it, "see ¶6 (row 1)", where it said "— nothing on this point —" of an essay whose
    passage on the row's subject stood in another row; a reader's review)."""
    allowed = label_masks(space, list(themes.values()), label_weights(space))
    result: dict[str, list[Point]] = {}
    for theme_id, theme_rows in grouped.items():
        nearest_of: dict[str, list[str]] = {}
        for mine, other in nearest_on.get(theme_id, []):
            nearest_of.setdefault(mine, []).append(other)
        made = []
        for number, row in enumerate(theme_rows, start=1):
            see_also = sorted(
                {
                    (pid, row_of[(theme_id, r.paragraph_id)])
                    for pid in row.ids
                    for passages in related[pid].values()
                    for r in passages
                    if row_of.get((theme_id, r.paragraph_id), number) != number
                }
                | {
                    (mine, row_of[(theme_id, other)])
                    for mine in row.ids
                    for other in nearest_of.get(mine, ())
                    if row_of[(theme_id, other)] != number
                }
            )
            made.append(
                Point(
                    theme_id,
                    number,
                    row.ids,
                    row.label,
                    shared_terms(space, row.ids, allowed[theme_id]),
                    row.pinned,
                    tuple(see_also),
                )
            )
        result[theme_id] = made
    return result
