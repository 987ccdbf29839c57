"""Align the paragraphs of a collection by theme, and find each paragraph's counterparts.

Pure: no MkDocs, no files. `align(collection, themes)` → `Alignment`.

**Representation.** Every paragraph is a TF-IDF vector (`vectors.Tfidf`, computed as
scikit-learn's `TfidfVectorizer` computes it) fitted on the paragraphs of the collection, so
that a word's weight says how much it distinguishes one passage from the others *of these
essays*:

- English stop words are dropped, and so are words in more than `MAX_DF` of the paragraphs: in
  essays on Russia and China, "Russia" names the subject, not a theme, and would otherwise make
  every paragraph look like every other.
- `sublinear_tf`: a word said five times is stronger evidence than a word said once, but not
  five times stronger; long paragraphs would otherwise win every comparison.
- Words and two-word phrases (`terms_of`): "strategic partnership", "Central Asia" and "great
  power" mean more than their words apart.
- "U.S." and "US" are read as "United States" first: the tokenizer would drop the one and the
  stop list the other.

Similarity is cosine (`vectors.cosines`); the vectors are
non-negative, so every score lies in 0–1.

**Two vocabularies.** Theme scores use every term: a theme may be worded in one essay's terms.
Counterparts and discovered clusters use only the terms that at least two essays use (the
*shared* vectors): a word only one author uses is no evidence that a passage of another essay
speaks to the same point, and it would dilute the vector's norm and favour passages of the
same author, whose style is the strongest signal in raw TF-IDF.

**Themes** (`theme_scores`): a theme's vector is Rocchio's query update, the TF-IDF vector of
its label, description and keywords moved towards the centroid of its exemplars (the pinned
paragraphs) and away from the centroid of its excluded ones. Pins thus teach the aligner the
theme's vocabulary as the essays use it, which a one-sentence description cannot. `ASSIGNMENT`
turns scores into assignments; `counterparts.link` groups each theme's passages into points
and chooses counterparts.

**Discovery** (`discovery.discover`): with no themes (`themes=None`), themes are found by
clustering and the same rule assigns them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, diags
from threadpoolctl import threadpool_limits

from . import counterparts
from .leadins import lead_ins
from .model import Alignment, Collection, Theme, ThemeAssignment
from .names import bios
from .sentences import split_sentences
from .vectors import Tfidf, cosines, english_stop_words, paired_cosines, unit_rows

#: Words in more than this share of the paragraphs name the subject of the essays, not a theme.
MAX_DF = 0.5
#: Rocchio weights: theme text, centroid of pinned paragraphs, centroid of excluded ones.
ROCCHIO = (1.0, 1.0, 0.25)
#: Blind feedback: paragraphs each theme takes as extra exemplars after a first round.
FEEDBACK = 2
#: How many shared terms explain a score.
TERMS_SHOWN = 5

US = re.compile(r"\bU\.\s?S\.|\bUS\b")
WORD = re.compile(r"[^\W\d_]{2,}")
CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”—–]")
#: English stop words, and "vis", which is what the tokenizer leaves of "vis-à-vis".
STOP_WORDS = english_stop_words() | {"vis"}


@dataclass(frozen=True)
class Rule:
    """The assignment rule: a paragraph takes its best theme if that scores at least `floor`,
    and every other theme that scores at least `floor` and at least `ratio` × its best.

    A margin relative to the best rather than a second fixed threshold, because the scores of
    long and short paragraphs, and of broad and narrow themes, live on different scales, while
    "nearly as good as its best theme" does not depend on the scale. The floor keeps bylines,
    bios and epigraphs, which share a word or two with everything, off every theme.
    """

    floor: float
    ratio: float


ASSIGNMENT = Rule(floor=0.04, ratio=0.5)


@dataclass
class Space:
    """The paragraphs of a collection as TF-IDF vectors, rows in reading order."""

    ids: list[str]
    essays: list[str]
    vectors: csr_matrix  # every term, L2-normalised
    shared: csr_matrix  # only the terms of two essays or more, L2-normalised
    vectorizer: Tfidf
    terms: np.ndarray  # column → term
    names: frozenset[str] = frozenset()  # `names_in` the paragraphs, lower-cased

    def __post_init__(self):
        # First row of each id, as `ids.index` would give, without its scan in hot loops.
        self.rows: dict[str, int] = {}
        for row, pid in enumerate(self.ids):
            self.rows.setdefault(pid, row)
        # The terms as Python strings: reading numpy's one by one costs more in hot loops.
        self.term_names: list[str] = self.terms.tolist()

    def row(self, pid: str) -> int:
        return self.rows[pid]


def align(
    collection: Collection,
    themes: list[Theme] | None,
    embeddings: Mapping[str, np.ndarray] | None = None,
) -> Alignment:
    """Assign themes to every paragraph and find its counterparts in the other essays
    (measured with the paragraphs' sentence embeddings too, when given: `embeddings.load`).

    On one BLAS thread: NMF's and the SVD's many small products oversubscribe the cores with
    the default threading (discovery took 10–12 s on two cores, 1.4 s on one thread).
    """
    discovering = themes is None
    if discovering:
        # Imported before the limit is set: the limit holds only for the thread pools of the
        # libraries already loaded, and scikit-learn's import loads SciPy's BLAS (imported
        # inside it, NMF ran on every core: 1.5 s of CPU in 1.1 s at three essays).
        from .discovery import described, discover  # discovery builds on this module
    with threadpool_limits(1):
        space = make_space(collection)
        if discovering:
            themes, exemplars, scored_as = discover(space, collection)
        else:
            exemplars, scored_as = {t.id: t.pin for t in themes}, themes
        introduced = lead_ins(collection)
        assignments = assign(
            space,
            themes,
            theme_scores(space, scored_as, exemplars),
            exemplars if discovering else None,
            introduced,
        )
        if discovering:
            assignments.update({pid: [] for pid in bios(collection)})  # they argue nothing
            themes = described(themes, assignments, collection)
        points, related = counterparts.link(space, themes, assignments, embeddings, introduced)
    return Alignment(themes=themes, assignments=assignments, related=related, points=points)


def make_space(collection: Collection) -> Space:
    paragraphs = [p for e in collection.essays for p in e.paragraphs]
    # Among four paragraphs or fewer, a word in half of them is no sign of the subject; it may
    # be all they have in common.
    max_df = MAX_DF if len(paragraphs) > 4 else 1.0
    vectorizer, vectors = Tfidf.fit((p.text for p in paragraphs), terms_of, max_df)
    essays = [p.essay_id for p in paragraphs]
    return Space(
        [p.id for p in paragraphs],
        essays,
        vectors,
        shared_vectors(vectors, essays),
        vectorizer,
        vectorizer.terms,
        names_in(p.text for p in paragraphs),
    )


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts always write with a capital inside a sentence ("Kremlin", "BRICS",
    "Central", "Asia"), lower-cased: names, as a reader tells them from common words."""
    # Each distinct spelling once: a collection has a few thousand, its paragraphs a hundred
    # times as many words.
    spellings: set[str] = set()
    for text in texts:
        for sentence in split_sentences(text):
            spellings.update(WORD.findall(sentence)[1:])  # a sentence's first word says nothing
    lower = {word.lower() for word in spellings if not word[0].isupper()}
    return frozenset({word.lower() for word in spellings} - lower)


def terms_of(text: str) -> list[str]:
    """The words of a text that are not stop words, and the bigrams of two such words that stand
    side by side within a clause.

    Not scikit-learn's own n-grams: it pairs words after removing the stop words between them,
    so "the partnership is a marriage of convenience" would yield "partnership marriage".
    """
    words: list[str] = []
    bigrams: list[str] = []
    for kept in clause_words(text):
        words += [w for w in kept if w]
        bigrams += [f"{a} {b}" for a, b in zip(kept, kept[1:]) if a and b]
    return words + bigrams


def clause_words(text: str) -> Iterator[list[str | None]]:
    """Per clause of a text, its words lower-cased, None in the place of each stop word: what
    `terms_of` pairs, and what discovery's labels extend to three-word phrases."""
    for clause in CLAUSE_BREAK.split(US.sub(" United States ", text).lower()):
        yield [w if w not in STOP_WORDS else None for w in WORD.findall(clause)]


def shared_vectors(vectors: csr_matrix, essays: list[str]) -> csr_matrix:
    """The vectors with the terms of a single essay zeroed (all terms if there is one essay)."""
    names = sorted(set(essays))
    used = np.vstack(
        [
            vectors[[i for i, e in enumerate(essays) if e == name]].getnnz(axis=0) > 0
            for name in names
        ]
    )
    keep = used.sum(axis=0) >= min(2, len(names))
    return unit_rows(vectors @ diags(keep.astype(float)))


@dataclass
class ThemeScores:
    """How close each paragraph is to each theme, and the theme vectors measured against."""

    vectors: np.ndarray  # theme × term
    scores: np.ndarray  # paragraph × theme, cosine
    #: (exemplar row, theme column) → (matrix, row in it): the exemplar's vector times its
    #: theme's vector without it, kept at the exemplar's own terms only. The held-out vectors
    #: themselves are not kept: one vocabulary-long row per exemplar took gigabytes at a
    #: hundred essays.
    held_out: dict[tuple[int, int], tuple[csr_matrix, int]]

    def weights(self, space: Space, row: int, col: int) -> tuple[np.ndarray, np.ndarray]:
        """Paragraph `row`'s vector times the vector its score on theme `col` was taken
        against: each shared term's part in the score, as (values, columns), read from the
        CSR arrays (slicing a row of a scipy matrix costs more than choosing its terms)."""
        if (row, col) in self.held_out:
            return row_arrays(*self.held_out[row, col])
        values, columns = row_arrays(space.vectors, row)
        return values * self.vectors[col][columns], columns


def theme_scores(
    space: Space, themes: list[Theme], exemplars: dict[str, tuple[str, ...]]
) -> ThemeScores:
    """The paragraph × theme scores, the themes' vectors moved towards their exemplars.

    Two rounds, Rocchio's blind (pseudo-relevance) feedback: after scoring with the given
    exemplars, each theme also takes as exemplars the `FEEDBACK` paragraphs that score highest
    on it among those whose best theme it is, and everything is scored again. A theme described
    in one sentence thereby learns the words the essays use for it, as pins teach it when an
    editor gives them.
    """
    if not themes:
        return ThemeScores(np.zeros((0, len(space.terms))), np.zeros((len(space.ids), 0)), {})
    texts = unit_rows(
        space.vectorizer.transform(" ".join((t.label, t.description, *t.keywords)) for t in themes)
    ).toarray()
    away = [centroid(space, t.exclude) for t in themes]
    first = scored(space, themes, texts, away, exemplars).scores
    best = first.argmax(axis=1)
    widened: dict[str, tuple[str, ...]] = {}
    for col, theme in enumerate(themes):
        known = {*exemplars[theme.id], *theme.exclude}
        candidates = [
            row
            for row in np.argsort(-first[:, col], kind="stable")
            if best[row] == col
            and first[row, col] >= ASSIGNMENT.floor
            and space.ids[row] not in known
        ]
        widened[theme.id] = exemplars[theme.id] + tuple(
            space.ids[row] for row in candidates[:FEEDBACK]
        )
    return scored(space, themes, texts, away, widened)


#: Dense cells (rows × vocabulary) worked on at once when scoring exemplars: about 16 MB.
CHUNK_CELLS = 2_000_000


def scored(
    space: Space,
    themes: list[Theme],
    texts: np.ndarray,
    away: list[np.ndarray],
    exemplars: dict[str, tuple[str, ...]],
) -> ThemeScores:
    """One round of `theme_scores`, given the themes' text vectors and excluded centroids.

    An exemplar's own score is taken against its theme rebuilt without it (leave one out):
    a paragraph compared with a centroid it is part of would look far closer than it is, and
    its inflated best score would crowd its other themes out of the `ASSIGNMENT` ratio.
    """
    vectors = np.vstack(
        [
            rocchio(texts[col], centroid(space, exemplars[t.id]), away[col])
            for col, t in enumerate(themes)
        ]
    )
    scores = cosines(space.vectors, vectors)
    held_out: dict[tuple[int, int], tuple[csr_matrix, int]] = {}
    for col, theme in enumerate(themes):
        rows = [space.row(pid) for pid in exemplars[theme.id]]
        if not rows:
            continue
        own = space.vectors[rows]
        total = vector_sum(own)
        if theme.exclude or not texts[col].any() or not np.diff(own.indptr).all():
            own_scores, products = left_out_dense(own, total, texts[col], away[col])
        else:
            own_scores, products = left_out(own, total, texts[col])
        scores[rows, col] = own_scores
        held_out.update(((row, col), (products, index)) for index, row in enumerate(rows))
    return ThemeScores(vectors, scores, held_out)


def left_out_dense(
    own: csr_matrix, total: np.ndarray, text: np.ndarray, away: np.ndarray
) -> tuple[np.ndarray, csr_matrix]:
    """Each exemplar's cosine with its theme rebuilt without it (the centroid of the others
    is the sum of all but one, normalised), and its weights times that vector at its own
    terms. Dense, a chunk of rows at a time, so that memory does not grow with their number
    times the vocabulary."""
    step = max(1, CHUNK_CELLS // max(1, own.shape[1]))
    scores, data = [], []
    for start in range(0, own.shape[0], step):
        chunk = own[start : start + step]
        dense = chunk.toarray()
        without = rocchio(text, unit_rows(total - dense), away)
        scores.append(paired_cosines(dense, without))
        per_row = np.repeat(np.arange(chunk.shape[0]), np.diff(chunk.indptr))
        data.append(chunk.data * without[per_row, chunk.indices])
    return (
        np.concatenate(scores),
        csr_matrix((np.concatenate(data), own.indices, own.indptr), shape=own.shape),
    )


def left_out(own: csr_matrix, total: np.ndarray, text: np.ndarray) -> tuple[np.ndarray, csr_matrix]:
    """What `left_out_dense` computes, in closed form from sparse products, for a theme
    without excluded paragraphs (nothing to cut at zero) whose text has terms and whose
    exemplars are not empty: discovery's case, where every clustered paragraph is an exemplar
    and the dense way costs exemplars × vocabulary (20 s at a hundred essays).

    With x an exemplar (unit length, non-negative), S the sum of all, t the theme's text and
    n = |S − x|, the vector left is v = t + (S − x)/n, so that x·v = t·x + (S·x − x·x)/n and
    |v|² = t·t + 2(t·S − t·x)/n + 1. When x is the only exemplar that is not a copy of it,
    S − x = 0 and v = t; otherwise n ≥ 1, as the others are non-negative unit vectors.
    Equal to the dense way up to rounding in the last digits.
    """
    lengths = np.diff(own.indptr)
    per_row = np.repeat(np.arange(own.shape[0]), lengths)
    total = total[0]
    tx, sx = own @ text, own @ total
    xx = np.asarray(own.multiply(own).sum(axis=1)).ravel()
    squared = total @ total - 2 * sx + xx
    alone = squared < 0.5  # S − x = 0, up to rounding
    inverse = np.where(alone, 0.0, 1 / np.sqrt(np.maximum(squared, 0.5)))
    vx = tx + (sx - xx) * inverse
    norm = np.sqrt(text @ text + np.where(alone, 0.0, 2 * (text @ total - tx) * inverse + 1))
    scores = np.clip(vx / (np.sqrt(xx) * norm), 0.0, 1.0)
    weights = text[own.indices] + (total[own.indices] - own.data) * inverse[per_row]
    products = own.data * weights / norm[per_row]
    return scores, csr_matrix((products, own.indices, own.indptr), shape=own.shape)


def vector_sum(rows: csr_matrix) -> np.ndarray:
    """The sum of the rows as one dense row, added up row after row as numpy sums a dense
    array along its first axis (so the result is the same to the last bit)."""
    total = np.zeros((1, rows.shape[1]))
    np.add.at(total[0], rows.indices, rows.data)
    return total


def rocchio(text: np.ndarray, towards: np.ndarray, away: np.ndarray) -> np.ndarray:
    """Rows of the theme's text vector moved towards each row of `towards`, away from `away`.

    Negative weights are cut to zero, as usual: a theme is described by the words it has.
    """
    text_weight, pin_weight, exclude_weight = ROCCHIO
    return unit_rows(
        np.maximum(text_weight * text + pin_weight * towards - exclude_weight * away, 0.0)
    )


def centroid(space: Space, ids: tuple[str, ...]) -> np.ndarray:
    """The normalised mean of some paragraphs' vectors, as one row (zero for none)."""
    if not ids:
        return np.zeros((1, len(space.terms)))
    return unit_rows(np.asarray(space.vectors[[space.row(pid) for pid in ids]].mean(axis=0)))


def assign(
    space: Space,
    themes: list[Theme],
    scores: ThemeScores,
    clusters: dict[str, tuple[str, ...]] | None = None,
    introduced: Mapping[str, str] | None = None,
) -> dict[str, list[ThemeAssignment]]:
    """Paragraph id → its themes, best first: the rule's choice, plus pins, minus excludes.

    Discovered themes come with the `clusters` that found them: a paragraph is always on the
    theme of the cluster that gathered it, and on another only if, besides the rule, it is at
    least as close to it as the least close of that theme's own cluster (a scale each theme
    sets itself, where a fixed floor fits one collection and not the next). A lead-in and the
    block it introduces (`introduced`: `leadins.lead_ins`) are each placed where either is.
    """
    gathered = [set((clusters or {}).get(theme.id, ())) for theme in themes]
    least = [
        min((scores.scores[space.row(pid), col] for pid in members), default=0.0)
        for col, members in enumerate(gathered)
    ]
    placed: dict[str, set[int]] = {}
    for row, pid in enumerate(space.ids):
        best = float(scores.scores[row].max(initial=0.0))
        placed[pid] = {
            col
            for col, theme in enumerate(themes)
            if pid in theme.pin
            or pid in gathered[col]
            or scores.scores[row, col] >= max(ASSIGNMENT.floor, ASSIGNMENT.ratio * best, least[col])
        }
    # (a chain, `A:` over `B:` over C, one set: each pair in reading order, then back)
    pairs = list((introduced or {}).items())
    for first, second in pairs + pairs[::-1]:
        placed[first] = placed[second] = placed[first] | placed[second]
    assignments: dict[str, list[ThemeAssignment]] = {}
    for row, pid in enumerate(space.ids):
        chosen = [
            ThemeAssignment(
                themes[col].id,
                round(float(scores.scores[row, col]), 4),
                pid in themes[col].pin,
                terms_by_weight(space, *scores.weights(space, row, col)),
            )
            for col in sorted(placed[pid])
            if pid not in themes[col].exclude
        ]
        assignments[pid] = sorted(chosen, key=lambda a: (-a.score, a.theme_id))
    return assignments


def strongest_terms(space: Space, weights: csr_matrix) -> tuple[str, ...]:
    """The terms of a one-row matrix with the largest positive weights, as a reader reads them.

    Given the element-wise product of two vectors, these are the shared terms that contribute
    most to their cosine. A phrase takes the place of its words ("domestic stability" rather
    than "domestic", "stability"), and a term whose words are all shown already is left out.
    Ties go by term order.
    """
    row = csr_matrix(weights)
    return terms_by_weight(space, row.data, row.indices)


def row_arrays(matrix: csr_matrix, row: int) -> tuple[np.ndarray, np.ndarray]:
    """A row of a CSR matrix as its (values, columns) arrays, without making a matrix of it."""
    span = slice(matrix.indptr[row], matrix.indptr[row + 1])
    return matrix.data[span], matrix.indices[span]


def terms_by_weight(space: Space, data: np.ndarray, indices: np.ndarray) -> tuple[str, ...]:
    """`strongest_terms` of the sparse row with these values at these columns: for callers
    holding a row's arrays already, as making a scipy matrix of each row costs more than
    choosing its terms."""
    positive = data > 0
    weights, columns = data[positive], indices[positive]
    # Heaviest first, ties by column (numpy's sort: a Python sort of pairs took 0.4 s of
    # alignment at a hundred essays).
    order = columns[np.lexsort((columns, -weights))].tolist()
    chosen: list[str] = []
    shown: set[str] = set()  # the words of the chosen terms (a term leaves only for a phrase
    # that holds its word, so this only grows)
    for index in order:
        term = space.term_names[index]
        words = term.split()
        if shown.issuperset(words):
            continue
        shown.update(words)
        place = next((i for i, c in enumerate(chosen) if c in words), len(chosen))
        chosen = (
            [c for c in chosen[:place] if c not in words]
            + [term]
            + [c for c in chosen[place:] if c not in words]
        )
        if len(chosen) == TERMS_SHOWN:
            break
    return tuple(chosen)
