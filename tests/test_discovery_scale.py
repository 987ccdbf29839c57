"""Discovery at scale: k is chosen on a seeded sample of a large collection and fitted once to
all of it; below the sample size nothing is sampled and the clusters are those of before."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from threadpoolctl import threadpool_limits

from synoptic import discovery
from synoptic.align import make_space
from synoptic.load import load_collection

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
CLUSTERING = discovery.clustering  # as it is, before a test spies on it


def topical(rows: int, topics: int, seed: int = 1) -> tuple[csr_matrix, np.ndarray]:
    """Rows drawn from `topics` topics of 12 terms each, with a little noise, and columns no row
    uses between them (as the shared vectors have): the rows and each row's topic."""
    rng = np.random.RandomState(seed)
    truth = np.arange(rows) % topics
    dense = np.zeros((rows, topics * 24))
    for row, topic in enumerate(truth):
        dense[row, topic * 24 + rng.choice(12, 6, replace=False)] = rng.uniform(0.5, 1.0, 6)
        dense[row, rng.choice(topics * 24, 2) // 2 * 2] += rng.uniform(0.0, 0.2, 2)
    dense[:, 12::24] = 0.0
    dense[:, 13::24] = 0.0
    return csr_matrix(dense), truth


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two labellings group the rows alike, whatever the numbers of the groups."""
    pairs = set(zip(a.tolist(), b.tolist()))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


def test_k_chosen_on_a_sample_is_k_chosen_on_all(monkeypatch):
    vectors, truth = topical(300, 4)
    with threadpool_limits(1):
        k_all, on_all = discovery.clustering(vectors)
        monkeypatch.setattr(discovery, "SILHOUETTE_SAMPLE", 100)
        sampled = discovery.best_clustering(vectors)
    assert k_all == len(set(sampled)) == 4
    assert same_partition(sampled, on_all) and same_partition(sampled, truth)


@pytest.fixture
def seen(monkeypatch):
    """The shapes of the matrices `discovery.clustering` chooses k on, call after call."""
    shapes = []

    def spy(matrix):
        shapes.append(matrix.shape)
        return CLUSTERING(matrix)

    monkeypatch.setattr(discovery, "clustering", spy)
    return shapes


@pytest.mark.parametrize("sample", [120, 121, 500])
def test_nothing_is_sampled_up_to_the_sample_size(monkeypatch, seen, sample):
    vectors, _ = topical(120, 3)
    monkeypatch.setattr(discovery, "SILHOUETTE_SAMPLE", sample)
    with threadpool_limits(1):
        labels = discovery.best_clustering(vectors)
        expected = CLUSTERING(vectors)[1]
    # Every row and every column, unused ones too: the result is that of before, to the bit.
    assert seen == [vectors.shape]
    assert labels.tolist() == expected.tolist()


def test_above_the_sample_size_k_is_chosen_on_that_many_rows_of_used_terms(monkeypatch, seen):
    vectors, _ = topical(300, 4)
    monkeypatch.setattr(discovery, "SILHOUETTE_SAMPLE", 100)
    with threadpool_limits(1):
        labels = discovery.best_clustering(vectors)
    assert len(labels) == 300
    assert len(seen) == 1 and seen[0][0] == 100 and seen[0][1] < vectors.shape[1]


def test_used_terms_drops_only_the_columns_no_row_uses():
    vectors = csr_matrix(np.array([[0, 1.0, 0, 2.0], [0, 0, 0, 3.0], [0, 4.0, 0, 0]]))
    assert discovery.used_terms(vectors).toarray().tolist() == [[1, 2], [0, 3], [4, 0]]


#: Clusters discovery finds in each collection, as before sampling (all are far below the
#: sample size): a change here changes every discovered site.
CLUSTERS = {
    ROOT / "sources": 4,
    DATA / "collection_b": 5,
    DATA / "collection_c": 6,
    DATA / "collection_d": 4,
    DATA / "collection_e": 4,
    DATA / "collection_f": 7,
    DATA / "collection_g": 7,
    DATA / "collection_h": 5,
}


@pytest.mark.parametrize("folder", CLUSTERS, ids=lambda folder: folder.name)
def test_clusters_of_the_collections(folder):
    collection, problems = load_collection(folder / "essays")
    assert not problems
    with threadpool_limits(1):
        space = make_space(collection)
        rows = discovery.clustered_rows(space, collection)
        assert len(rows) <= discovery.SILHOUETTE_SAMPLE
        labels = discovery.best_clustering(space.shared[rows])
    assert len(set(labels.tolist())) == CLUSTERS[folder]
