#!/usr/bin/env python3
"""`scripts/assign_ids.py EDITION...`: `python -m synoptic ids`.

Gives every paragraph of an edition that lacks an id the next number never used in it. Kept
for the habit and for checkouts without the package installed; see docs/editions.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from synoptic.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["ids", *sys.argv[1:]]))
