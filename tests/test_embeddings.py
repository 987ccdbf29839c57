"""Stored sentence embeddings (synoptic/embeddings.py): read, checked, current or stale."""

from __future__ import annotations

import json

import numpy as np
import pytest

from synoptic import embeddings
from synoptic.align import align
from synoptic.errors import SynopticError


def stored(collection, change: str | None = None) -> dict:
    """A vector per paragraph (one axis per paragraph), fingerprinted from its text."""
    ids = list(collection.paragraphs)
    return {
        pid: (
            embeddings.fingerprint(
                collection.paragraphs[pid].text + (" edited" if pid == change else "")
            ),
            np.eye(len(ids))[k],
        )
        for k, pid in enumerate(ids)
    }


def test_a_written_file_reads_back_with_its_fingerprints(tmp_path, collection):
    vectors = stored(collection)
    path = tmp_path / embeddings.FILE
    path.write_text(embeddings.dump(vectors), encoding="utf-8")
    back = embeddings.read(path)
    assert list(back) == list(vectors)
    assert all(back[pid][0] == vectors[pid][0] for pid in vectors)
    assert all(np.allclose(back[pid][1], vectors[pid][1]) for pid in vectors)
    loaded, problems = embeddings.load(tmp_path, collection)
    assert problems == [] and set(loaded) == set(collection.paragraphs)


def test_an_edited_paragraph_makes_the_file_stale(tmp_path, collection):
    pid = next(iter(collection.paragraphs))
    (tmp_path / embeddings.FILE).write_text(embeddings.dump(stored(collection, change=pid)))
    loaded, problems = embeddings.load(tmp_path, collection)
    assert loaded is None
    assert pid in problems[0].message and "scripts/embed_paragraphs.py" in problems[0].message


def test_without_the_file_there_is_nothing_to_check(tmp_path, collection):
    assert embeddings.load(tmp_path, collection) == (None, [])


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("{not json", 1, "not JSON"),
        ('{"paragraphs": {}}', 1, "expected"),
        (
            '{"paragraphs": [\n{"id": "a-p1", "text": "x", "vector": [1, "2"]}]}',
            2,
            "vector of numbers",
        ),
        (
            '{"paragraphs": [\n{"id": "a-p1", "text": "x", "vector": [1e999]}]}',
            2,
            "vector of numbers",
        ),
        (
            '{"paragraphs": [\n{"id": "a-p1", "text": "x", "vector": [1, 2]},\n'
            '{"id": "a-p2", "text": "x", "vector": [1]}]}',
            3,
            "another length",
        ),
    ],
)
def test_a_malformed_file_is_reported_with_its_line(tmp_path, text, line, words):
    path = tmp_path / embeddings.FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SynopticError) as error:
        embeddings.read(path)
    assert error.value.line == line and words in error.value.message


def test_the_aligner_measures_with_current_embeddings(collection, alignment):
    # One axis per paragraph: no two paragraphs alike by embedding, so the scores are half
    # the TF-IDF cosine (the mean with 0), and the order of counterparts is TF-IDF's.
    vectors = {pid: vector for pid, (_, vector) in stored(collection).items()}
    plain_alignment = align(collection, alignment.themes)  # TF-IDF alone
    embedded = align(collection, alignment.themes, vectors)
    for pid, by_essay in embedded.related.items():
        for essay, passages in by_essay.items():
            plain = {r.paragraph_id: r.score for r in plain_alignment.related[pid].get(essay, [])}
            for r in passages:
                if r.paragraph_id in plain:
                    assert r.score == pytest.approx(plain[r.paragraph_id] / 2, abs=1e-5)


def test_the_stored_seed_embeddings_are_current(collection):
    from pathlib import Path

    folder = Path(__file__).parent.parent / "sources"
    if not (folder / embeddings.FILE).exists():
        pytest.skip("no stored embeddings")
    loaded, problems = embeddings.load(folder, collection)
    assert problems == [] and loaded is not None
    assert json.loads((folder / embeddings.FILE).read_text())["model"] == embeddings.MODEL
