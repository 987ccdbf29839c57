"""`align.terms_by_weight`: the terms a score rests on, heaviest first, in the order a reader
reads them (numpy sorts them; the order is that of sorting (-weight, column) pairs)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from synoptic.align import TERMS_SHOWN, terms_by_weight

TERMS = ["gas", "pipeline", "gas pipeline", "arms", "sales", "arms sales", "yuan", "trade"]
SPACE = SimpleNamespace(term_names=TERMS)


@pytest.mark.parametrize(
    "weights, expected",
    [
        # Heaviest first; nothing of weight zero or below.
        ({"yuan": 0.2, "trade": 0.5, "arms": 0.0, "sales": -0.1}, ("trade", "yuan")),
        # Equal weights go by column, whatever order the row lists them in.
        ({"trade": 0.3, "yuan": 0.3, "gas": 0.3}, ("gas", "yuan", "trade")),
        # A phrase takes the place of its words; a term whose words are shown is left out.
        ({"gas": 0.9, "gas pipeline": 0.5, "pipeline": 0.4, "yuan": 0.1}, ("gas pipeline", "yuan")),
        # At most TERMS_SHOWN.
        (dict.fromkeys(["gas", "pipeline", "arms", "sales", "yuan", "trade"], 1.0), None),
    ],
)
def test_terms_by_weight(weights, expected):
    columns = np.array([TERMS.index(term) for term in reversed(weights)], dtype=np.int32)
    data = np.array([weights[term] for term in reversed(weights)])
    chosen = terms_by_weight(SPACE, data, columns)
    if expected is None:
        assert chosen == ("gas", "pipeline", "arms", "sales", "yuan")[:TERMS_SHOWN]
    else:
        assert chosen == expected
