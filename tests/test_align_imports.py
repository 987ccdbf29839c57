"""What a build imports: with a themes.yml, aligning loads neither discovery nor scikit-learn
at all (its import, about 0.7 s of CPU, is paid only when themes are discovered)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
HEAVY = ("synoptic.discovery", "sklearn", "sklearn.decomposition")

ALIGN = """
import json, sys
from pathlib import Path
from synoptic.align import align
from synoptic.sources import load_sources

sources, problems = load_sources(Path(sys.argv[1]))
assert not problems, problems
alignment = align(sources.collection, None if sys.argv[2] == "discover" else sources.themes)
assert alignment.themes
print(json.dumps([name for name in {heavy} if name in sys.modules]))
"""


@pytest.mark.parametrize("mode, loaded", [("curated", []), ("discover", list(HEAVY))])
def test_heavy_imports_only_when_themes_are_discovered(mode, loaded):
    script = ALIGN.format(heavy=HEAVY)
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "sources"), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == loaded


LIMIT = """
import json, sys
from pathlib import Path
import synoptic.align
from synoptic.sources import load_sources

loaded = []  # at each one-thread limit align sets: is scikit-learn (and its BLAS) loaded yet?
limit = synoptic.align.threadpool_limits
def watched(*args, **kwargs):
    loaded.append("sklearn" in sys.modules)
    return limit(*args, **kwargs)
synoptic.align.threadpool_limits = watched

sources, problems = load_sources(Path(sys.argv[1]))
synoptic.align.align(sources.collection, None)
print(json.dumps(loaded))
"""


def test_discovery_loads_scikit_learn_before_the_one_thread_limit():
    # A limit holds only for the thread pools loaded when it is set: scikit-learn loads
    # SciPy's BLAS, and imported after the limit, NMF ran on every core (1.5 s of CPU in
    # 1.1 s of alignment at three essays).
    result = subprocess.run(
        [sys.executable, "-c", LIMIT, str(ROOT / "sources")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == [True]
