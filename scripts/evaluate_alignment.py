#!/usr/bin/env python3
"""`scripts/evaluate_alignment.py [--sources S] [--gold G...] [--methods M,...]`.

`python -m synoptic evaluate`: measures the aligner against hand readings. Kept for the habit
and for checkouts without the package installed; see docs/alignment.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from synoptic.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["evaluate", *sys.argv[1:]]))
