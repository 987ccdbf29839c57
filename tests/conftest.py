"""Shared fixtures: real `mkdocs build --strict` runs into temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

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


def hostile_annotation(body: str = "Text.", author: object = "Mallory", tags: object = (),
                       exact: str | None = None) -> str:
    front = {"essay": "rumer-2017", "quote": {"exact": exact or "genuine strategic partnership"},
             "author": author, "date": "2026-11-23", "kind": "comment", "tags": list(tags)}
    return "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body + "\n"


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The project's site with an annotation for every payload of the hostile corpus.

    Built leniently: some payloads are rightly errors (a `javascript:` author link, a quote
    that is markup), and a lenient build must still publish nothing executable from them.
    """
    payloads = yaml.safe_load((ROOT / "tests" / "data" / "hostile_payloads.yml")
                              .read_text(encoding="utf-8"))
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    folder = project / "sources" / "annotations"
    for n, payload in enumerate(payloads["bodies"], start=1):
        (folder / f"hostile-body-{n}.md").write_text(hostile_annotation(payload["markdown"]),
                                                     encoding="utf-8")
    for n, payload in enumerate(payloads["front_matter"], start=1):
        field, value = payload["field"], payload["value"]
        fields = {"author": {"author": value}, "author.name": {"author": {"name": value}},
                  "author.url": {"author": {"name": "Mallory", "url": value}},
                  "tags": {"tags": [value]}, "quote.exact": {"exact": value}}[field]
        (folder / f"hostile-front-{n}.md").write_text(hostile_annotation(**fields),
                                                      encoding="utf-8")
    build = mkdocs_build(project, project / "site", strict=False)
    assert build.returncode == 0, build.output
    return build.site
