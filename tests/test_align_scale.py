"""The closed form of leave-one-out theme scores agrees with the dense computation."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from sklearn.preprocessing import normalize

from synoptic.align import left_out, left_out_dense, vector_sum


@pytest.mark.parametrize(
    "rows, duplicate",
    [
        (1, False),  # the only exemplar: the theme without it is its text alone
        (2, False),
        (2, True),  # one paragraph pinned twice: without one copy, the other remains
        (40, False),
    ],
)
def test_closed_form_matches_dense(rows, duplicate):
    rng = np.random.default_rng(rows)
    dense = rng.random((rows, 60)) * (rng.random((rows, 60)) < 0.2)
    dense[:, 0] += 0.1  # no empty exemplar
    if duplicate:
        dense[1] = dense[0]
    own = csr_matrix(normalize(dense))
    text = normalize(rng.random((1, 60)) * (rng.random((1, 60)) < 0.3))[0]
    total = vector_sum(own)
    scores, products = left_out(own, total, text)
    expected_scores, expected_products = left_out_dense(own, total, text, np.zeros((1, 60)))
    np.testing.assert_allclose(scores, expected_scores, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(
        products.toarray(), expected_products.toarray(), rtol=1e-12, atol=1e-12
    )


def test_vector_sum_is_numpys_sum_to_the_bit():
    rng = np.random.default_rng(7)
    dense = rng.random((50, 30)) * (rng.random((50, 30)) < 0.3)
    assert np.array_equal(vector_sum(csr_matrix(dense))[0], dense.sum(axis=0))
