#!/usr/bin/env python3
"""Make the edition of a raw essay text: `scripts/ingest.py RAW --id ID [--out DIR] [--force]`.

See docs/editions.md. The edition still has to be read against the raw text before committing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(REPO / "plugins"))

from synoptic.errors import SynopticError  # noqa: E402
from synoptic.ids import check_essay_id  # noqa: E402
from synoptic.ingest import ingest_file  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, help="the raw text file (UTF-8)")
    parser.add_argument("--id", required=True, dest="essay_id", help="essay id, e.g. smith-2024")
    parser.add_argument(
        "--out", type=Path, default=REPO / "sources" / "essays", help="folder of the editions"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing edition")
    args = parser.parse_args(argv)
    target = args.out / f"{args.essay_id}.md"
    try:
        check_essay_id(args.essay_id)
        # An edition is reviewed by hand once written: never overwrite it by accident.
        if target.exists() and not args.force:
            raise SynopticError(target, None, "edition exists; pass --force to overwrite it")
        edition = ingest_file(args.raw, args.essay_id)
    except SynopticError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(edition, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
