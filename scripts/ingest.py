#!/usr/bin/env python3
"""`scripts/ingest.py RAW --id ID [--out FILE] [--force] [--dry-run]`: `python -m synoptic ingest`.

Kept for the habit and for checkouts without the package installed; see docs/editions.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from synoptic.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["ingest", *sys.argv[1:]]))
