"""The aligner's TF-IDF vectors and cosines, held to scikit-learn's to the last bit: the
engine computes them itself only to spare curated builds scikit-learn's import."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity, paired_cosine_distances
from sklearn.preprocessing import normalize

from synoptic import vectors
from synoptic.align import terms_of
from synoptic.vectors import Tfidf, cosines, paired_cosines, unit_rows


@pytest.fixture(scope="module")
def texts(collection) -> list[str]:
    return [p.text for e in collection.essays for p in e.paragraphs]


def same(ours: csr_matrix, theirs) -> bool:
    """The same matrix, entry for entry in the same stored order."""
    theirs = csr_matrix(theirs)
    return (
        ours.shape == theirs.shape
        and np.array_equal(ours.indptr, theirs.indptr)
        and np.array_equal(ours.indices, theirs.indices)
        and np.array_equal(ours.data, theirs.data)
    )


@pytest.mark.parametrize("max_df", [0.5, 1.0, 0.2])
def test_tfidf_is_scikit_learns_to_the_last_bit(texts, max_df):
    weighting, ours = Tfidf.fit(texts, terms_of, max_df)
    reference = TfidfVectorizer(analyzer=terms_of, sublinear_tf=True, max_df=max_df)
    assert same(ours, reference.fit_transform(texts))
    assert list(weighting.terms) == list(reference.get_feature_names_out())
    assert np.array_equal(weighting.idf, reference.idf_)
    queries = ["Russia and China: a strategic partnership", "nothing known here", texts[3]]
    assert same(weighting.transform(queries), reference.transform(queries))


def test_a_collection_of_stop_words_only_is_refused():
    with pytest.raises(ValueError, match="only stop words"):
        Tfidf.fit(["the and of", "it is"], terms_of, 1.0)
    with pytest.raises(ValueError, match="every word"):
        Tfidf.fit(["power politics", "power politics"], terms_of, 0.5)


def test_unit_rows_cosines_and_paired_cosines_are_scikit_learns(texts):
    _, tfidf = Tfidf.fit(texts, terms_of, 0.5)
    # A product leaves a row's entries unsorted; one row zero, one only rounding away from it.
    sparse = tfidf @ csr_matrix(np.diag(np.linspace(0.5, 2.0, tfidf.shape[1])))
    assert same(unit_rows(sparse), normalize(sparse))
    rng = np.random.default_rng(7)
    dense = rng.random((6, 40))
    dense[2] = 0.0
    dense[4] = 1e-17
    assert np.array_equal(unit_rows(dense), normalize(dense))
    themes = rng.random((3, tfidf.shape[1]))
    assert np.array_equal(cosines(tfidf, themes), cosine_similarity(tfidf, themes))
    other = rng.random((6, 40))
    expected = np.clip(1 - paired_cosine_distances(dense, other), 0.0, 1.0)
    assert np.array_equal(paired_cosines(dense, other), expected)


def test_the_stop_words_are_scikit_learns_with_or_without_its_data_module(monkeypatch):
    assert vectors.english_stop_words() == ENGLISH_STOP_WORDS
    # A release that moved the data module: the public import, slower, gives the same list.
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert vectors.english_stop_words() == ENGLISH_STOP_WORDS
