"""`python -m synoptic …` run in the test's own process: what it prints and its exit status.

The commands' behaviour is `synoptic.__main__.main(argv)`: a process per case would spend most
of its time importing the engine again. Each entry point is still run once as a process
(test_check.py, test_ingest_untrusted.py), as a contributor types it.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_synoptic(*args: str | Path, cwd: Path = ROOT) -> Ran:
    """`python -m synoptic ARGS` in `cwd`; an exception escaping `main` (a traceback a user
    would see) fails the test that ran it."""
    from synoptic.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as exit:  # argparse's usage errors and --help
            code = exit.code
    return Ran(code, out.getvalue(), err.getvalue())
