#!/usr/bin/env python3
"""`scripts/new_annotation.py NAME --quote WORDS --author NAME`: `python -m synoptic annotate`.

Starts sources/annotations/NAME.md with its quote filled in. Kept for the habit and for
checkouts without the package installed; see docs/contributing.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from synoptic.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["annotate", *sys.argv[1:]]))
