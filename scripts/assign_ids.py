#!/usr/bin/env python3
"""Give every paragraph of an edition that lacks an id the next number never used in it.

`scripts/assign_ids.py sources/essays/ID.md ...`; the essay id is the file name (docs/editions.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(REPO / "plugins"))

from synoptic.errors import SynopticError  # noqa: E402
from synoptic.ids import assign_ids  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("editions", type=Path, nargs="+", metavar="EDITION")
    args = parser.parse_args(argv)
    status = 0
    for path in args.editions:
        try:
            text = path.read_text(encoding="utf-8")
            numbered = assign_ids(text, path.stem, str(path))
        except (OSError, SynopticError) as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        if numbered != text:
            path.write_text(numbered, encoding="utf-8")
        print(f"{path}: {numbered.count('{#') - text.count('{#')} ids added")
    return status


if __name__ == "__main__":
    sys.exit(main())
