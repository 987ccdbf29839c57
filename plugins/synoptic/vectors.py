"""TF-IDF vectors, unit rows and cosines: what the aligner needs of scikit-learn, without
importing it.

Importing scikit-learn costs about 0.7 s of CPU (it loads scipy.stats and much else at its
first import), which was nearly all of a curated build's alignment and 40 % of the whole
build of the seeds. Only discovery needs its factorisations (NMF, the SVD, the silhouette),
and imports it then. These functions compute what `TfidfVectorizer` (with a callable
analyzer, `sublinear_tf`, `max_df`, smooth idf, l2 norm), `normalize`, `cosine_similarity`
and `paired_cosine_distances` compute, in the same order of operations, so that the numbers
are the same to the last bit (`tests/test_vectors.py` holds them to scikit-learn's).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, issparse


def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (the Glasgow Information Retrieval Group's list).

    Read from the data module that holds them, without running scikit-learn's package
    import; where a release has moved that module, from the public import, slower.
    """
    spec = importlib.util.find_spec("sklearn")  # a top-level spec: nothing is imported
    locations = spec.submodule_search_locations if spec else None
    path = Path(locations[0]) / "feature_extraction" / "_stop_words.py" if locations else None
    if path is None or not path.is_file():
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return ENGLISH_STOP_WORDS
    data = importlib.util.spec_from_file_location("synoptic._english_stop_words", path)
    module = importlib.util.module_from_spec(data)
    data.loader.exec_module(module)
    return frozenset(module.ENGLISH_STOP_WORDS)


@dataclass(frozen=True)
class Tfidf:
    """A fitted TF-IDF weighting: the vocabulary (term → column, columns in term order) and
    each column's smoothed inverse document frequency."""

    analyzer: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(
        cls, texts: Iterable[str], analyzer: Callable[[str], list[str]], max_df: float
    ) -> tuple[Tfidf, csr_matrix]:
        """The weighting fitted on the texts, and their vectors (unit rows).

        Terms in more than `max_df` of the texts are dropped; log-scaled term frequency
        (1 + ln tf); idf = ln((1 + n) / (1 + df)) + 1.
        """
        seen: dict[str, int] = {}
        counts = _counts((analyzer(text) for text in texts), seen, grow=True)
        if not seen:
            raise ValueError("no words to compare: the paragraphs hold only stop words")
        frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        kept = np.flatnonzero(frequency <= max_df * counts.shape[0])
        if not len(kept):
            raise ValueError("no words to compare: every word is in most paragraphs")
        # Columns renumbered in term order, each row's entries left in the order the terms
        # were first met, as scikit-learn leaves them: sums over a row then add up in the
        # same order.
        counts = counts[:, kept]
        first_met = list(seen)
        terms = sorted(first_met[column] for column in kept)
        vocabulary = {term: column for column, term in enumerate(terms)}
        in_term_order = np.array([vocabulary[first_met[column]] for column in kept])
        counts.indices = in_term_order[counts.indices].astype(counts.indices.dtype)
        counts.has_sorted_indices = False
        frequency = frequency[kept].astype(float)
        frequency = frequency[np.argsort(in_term_order)] + 1.0
        idf = np.full_like(frequency, counts.shape[0] + 1, dtype=float)
        idf /= frequency
        np.log(idf, out=idf)
        idf += 1.0
        weighting = cls(analyzer, vocabulary, idf)
        return weighting, weighting._weighted(counts)

    @property
    def terms(self) -> np.ndarray:
        """Column → term."""
        return np.array(sorted(self.vocabulary, key=self.vocabulary.__getitem__), dtype=object)

    def transform(self, texts: Iterable[str]) -> csr_matrix:
        """Vectors of other texts in this weighting; terms it does not know are left out."""
        return self._weighted(
            _counts((self.analyzer(text) for text in texts), self.vocabulary, grow=False)
        )

    def _weighted(self, counts: csr_matrix) -> csr_matrix:
        vectors = csr_matrix(counts, dtype=float, copy=True)
        np.log(vectors.data, vectors.data)
        vectors.data += 1.0
        vectors.data *= self.idf[vectors.indices]
        return unit_rows(vectors)


def _counts(analysed: Iterable[list[str]], vocabulary: dict[str, int], grow: bool) -> csr_matrix:
    """Term counts per text, one row each; a new term takes the next column when `grow`."""
    columns: list[int] = []
    values: list[int] = []
    starts = [0]
    for terms in analysed:
        counter: dict[int, int] = {}
        for term in terms:
            column = vocabulary.get(term)
            if column is None:
                if not grow:
                    continue
                column = vocabulary[term] = len(vocabulary)
            counter[column] = counter.get(column, 0) + 1
        columns += counter
        values += counter.values()
        starts.append(len(columns))
    counts = csr_matrix(
        (
            np.array(values, dtype=np.intc),
            np.array(columns, dtype=np.int32),
            np.array(starts, dtype=np.int32),
        ),
        shape=(len(starts) - 1, len(vocabulary)),
    )
    counts.sort_indices()
    return counts


def unit_rows(matrix):
    """The rows scaled to unit length (a zero row stays zero); sparse stays sparse.

    As scikit-learn's `normalize` computes it, so the lengths are the same to the last bit.
    """
    if issparse(matrix):
        rows = csr_matrix(matrix, dtype=float, copy=True)
        # Each row's squares summed in the order its entries are stored (a product with a
        # vector of ones adds them so), not sorted first.
        squares = csr_matrix((rows.data * rows.data, rows.indices, rows.indptr), rows.shape)
        lengths = np.sqrt(squares @ np.ones(rows.shape[1]))
        lengths[lengths == 0.0] = 1.0
        rows.data /= np.repeat(lengths, np.diff(rows.indptr))
        return rows
    rows = np.array(matrix, dtype=float)
    lengths = np.sqrt(np.einsum("ij,ij->i", rows, rows))
    # As scikit-learn: a length under ten machine epsilons is a zero row's rounding.
    lengths[lengths < 10 * np.finfo(float).eps] = 1.0
    rows /= lengths[:, None]
    return rows


def cosines(left, right) -> np.ndarray:
    """Every row of `left` against every row of `right`: a dense rows × rows array."""
    products = unit_rows(left) @ unit_rows(right).T
    return products.toarray() if issparse(products) else np.asarray(products)


def paired_cosines(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row i of `left` against row i of `right`, clipped to 0–1 (rounding strays outside)."""
    difference = unit_rows(left) - unit_rows(right)
    distances = 0.5 * np.einsum("ij,ij->i", difference, difference)
    return np.clip(1 - distances, 0.0, 1.0)
