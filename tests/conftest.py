"""Shared fixtures: real `mkdocs build --strict` runs into temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


@dataclass
class Build:
    returncode: int
    output: str
    site: Path


def mkdocs_build(project: Path, site: Path, strict: bool = True) -> Build:
    """Run a real `mkdocs build` of the project whose mkdocs.yml is in `project`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = MKDOCS + ["build", "--site-dir", str(site)] + (["--strict"] if strict else [])
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    return Build(result.returncode, result.stdout + result.stderr, site)


def copy_project(target: Path, sources: Path | None = None) -> Path:
    """A copy of the project (config, docs, sources) to build with other sources."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", target / "docs")
    shutil.copytree(sources or ROOT / "sources", target / "sources")
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The project's own site, built once for the whole test run."""
    build = mkdocs_build(ROOT, tmp_path_factory.mktemp("site") / "site")
    assert build.returncode == 0, build.output
    return build.site


@pytest.fixture(scope="session")
def collection():
    from synoptic.load import load_collection

    loaded, problems = load_collection(ROOT / "sources" / "essays")
    assert not problems, problems
    return loaded


@pytest.fixture(scope="session")
def alignment(collection):
    """The alignment the site is built from: sources/themes.yml, or discovery without it."""
    from synoptic.align import align
    from synoptic.themes import load_themes

    themes_file = ROOT / "sources" / "themes.yml"
    themes = None
    if themes_file.exists():
        themes, problems = load_themes(themes_file, collection)
        assert not problems, problems
    return align(collection, themes)


def shared_theme(collection, alignment):
    """The theme that most essays speak to (first such in theme order)."""
    def essays_on(theme):
        on = set(alignment.paragraphs_on(theme.id))
        return sum(any(p.id in on for p in e.paragraphs) for e in collection.essays)
    return max(alignment.themes, key=essays_on)
