"""Sentence embeddings of the paragraphs, computed once and stored with the sources.

`sources/embeddings.json` holds, per paragraph, a fingerprint of its text and its vector from
the all-MiniLM-L6-v2 sentence model. It is written by `scripts/embed_paragraphs.py`, which
needs PyTorch (in an environment of its own, see docs/alignment.md); reading it needs only
numpy, so building the site stays light. Where the file exists and every paragraph's vector
is current, counterparts and points are measured by the mean of the TF-IDF cosine and the
embeddings' cosine (`counterparts.Similarity`); a paragraph whose text changed since is
reported by `stale`, and the aligner falls back to TF-IDF alone rather than mix vectors of old
and new texts.

The file is untrusted input like any source: every entry is checked (id, fingerprint, a vector
of finite numbers of the stated length) and a problem is reported with its line.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import numpy as np

from .errors import SynopticError
from .model import Collection
from .sourcefile import read_source

FILE = "embeddings.json"
MODEL = "sentence-transformers/all-MiniLM-L6-v2"
#: Decimals kept per coordinate: the cosines move by less than 1e-3, the file stays small.
DECIMALS = 4


def fingerprint(text: str) -> str:
    """What a vector was computed from: the first 16 hex digits of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def dump(vectors: dict[str, tuple[str, np.ndarray]]) -> str:
    """The file's text: one paragraph a line, in the order given, so a review reads it."""
    lines = [f'{{"model": {json.dumps(MODEL)}, "paragraphs": [']
    entries = [
        json.dumps({"id": pid, "text": text, "vector": [round(float(x), DECIMALS) for x in vector]})
        for pid, (text, vector) in vectors.items()
    ]
    lines.append(",\n".join(entries))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def read(path: Path) -> dict[str, tuple[str, np.ndarray]]:
    """Paragraph id → (fingerprint, vector), every entry checked; raises `SynopticError`."""
    text = read_source(path, "the embeddings file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SynopticError(
            path,
            error.lineno,
            f"not JSON ({error.msg}); recompute it with scripts/embed_paragraphs.py",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("paragraphs"), list):
        raise SynopticError(
            path,
            1,
            'expected {"model": …, "paragraphs": [...]}; recompute it '
            "with scripts/embed_paragraphs.py",
        )
    vectors: dict[str, tuple[str, np.ndarray]] = {}
    width = None
    for entry in data["paragraphs"]:
        pid = entry.get("id") if isinstance(entry, dict) else None
        line = line_of(text, pid)
        vector = entry.get("vector") if isinstance(pid, str) else None
        if not (
            isinstance(vector, list)
            and vector
            and isinstance(entry.get("text"), str)
            and all(
                isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)
                for x in vector
            )
        ):
            raise SynopticError(
                path,
                line,
                "each entry needs an id, a text fingerprint and a "
                "vector of numbers; recompute the file",
            )
        width = width or len(vector)
        if len(vector) != width or pid in vectors:
            raise SynopticError(
                path,
                line,
                f"{pid}: a second entry, or a vector of another "
                "length than the first; recompute the file",
            )
        vectors[pid] = (entry["text"], np.array(vector, dtype=float))
    return vectors


def line_of(text: str, pid: object) -> int | None:
    where = text.find(json.dumps(pid)) if isinstance(pid, str) else -1
    return text.count("\n", 0, where) + 1 if where >= 0 else None


def stale(
    vectors: dict[str, tuple[str, np.ndarray]], collection: Collection, path: Path
) -> list[SynopticError]:
    """One problem naming the paragraphs with no vector, or one of a text since changed."""
    outdated = [
        pid
        for pid, p in collection.paragraphs.items()
        if vectors.get(pid, ("",))[0] != fingerprint(p.text)
    ]
    if not outdated:
        return []
    return [
        SynopticError(
            path,
            None,
            f"{len(outdated)} paragraph(s) changed or added since the "
            f"embeddings were computed ({', '.join(outdated[:3])}"
            f"{', …' if len(outdated) > 3 else ''}); recompute them "
            "with scripts/embed_paragraphs.py, or delete the file",
        )
    ]


def load(
    folder: Path, collection: Collection
) -> tuple[dict[str, np.ndarray] | None, list[SynopticError]]:
    """The current vectors of `folder/embeddings.json` (None without the file, or when any is
    stale), and the problems found."""
    path = folder / FILE
    if not path.exists():
        return None, []
    try:
        vectors = read(path)
    except SynopticError as error:
        return None, [error]
    problems = stale(vectors, collection, path)
    if problems:
        return None, problems
    return {pid: vector for pid, (_, vector) in vectors.items()}, []
