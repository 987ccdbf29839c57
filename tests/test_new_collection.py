"""docs/new-collection.md, run: its commands in order on collection B's raw texts, in a
temporary project, the editor's steps done as the page describes them; one real
`mkdocs build --strict`. And collection B itself: editions that match its labels."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from synoptic.load import load_collection

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "new-collection.md"
COLLECTION_B = ROOT / "tests" / "data" / "collection_b"
#: What the page's table says ingest finds in each raw text.
FOUND = {"alpha": 11, "beta": 11, "gamma": 11}


def commands(page: str) -> list[str]:
    """The lines of the page's `sh` blocks, in order, run with this interpreter."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", page, flags=re.S):
        for line in block.splitlines():
            if line.strip():
                lines.append(
                    line.replace(".venv/bin/python", f'"{sys.executable}"').replace(
                        ".venv/bin/mkdocs", f'"{sys.executable}" -m mkdocs'
                    )
                )
    return lines


def run(command: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SYNOPTIC_EDIT_URI", None)  # as on a newcomer's machine
    result = subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def correct_editions(project: Path) -> None:
    """Step 3 as an editor does it: the corrected editions of the collection, whose raw
    texts are now in the project's sources/raw/."""
    for edition in sorted((COLLECTION_B / "essays").glob("*.md")):
        text = edition.read_text(encoding="utf-8")
        (project / "sources" / "essays" / edition.name).write_text(
            text.replace("tests/data/collection_b/raw/", "sources/raw/"), encoding="utf-8"
        )


def curate(project: Path) -> str:
    """Step 5, a little of it: a theme renamed and described, a byline-like pin dropped."""
    path = project / "sources" / "themes.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    theme = next(t for t in data["themes"] if "loading bays" in t["keywords"])
    theme.update(
        id="kerb-space",
        label="Kerb space, loading and parking",
        description="Who the kerb is for: loading bays, short-stay parking, bus stops.",
    )
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return theme["label"]


def test_the_walkthrough_runs_from_empty_sources_to_a_site(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    # (step 6: the editor names the site, whose home page is headed so)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^site_name: .*$", "site_name: Kerb Space & <Streets>", config)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "sources", project / "sources")  # the demo's, which step 1 removes
    shutil.copytree(COLLECTION_B / "raw", project / "incoming")
    steps = commands(PAGE.read_text(encoding="utf-8"))
    assert any("themes suggest" in s for s in steps) and any("--strict" in s for s in steps)
    label = None
    for step in steps:
        if "synoptic check" in step:  # step 3 (then 5, once themes are suggested) before it
            if (project / "sources" / "themes.yml").exists():
                label = curate(project)
            else:
                correct_editions(project)
        result = run(step, project)
        ingested = re.search(r"--id (\w+)$", step)
        if ingested and "--dry-run" not in step:
            found = re.search(r"^paragraphs: (\d+)", result.stdout, flags=re.M)
            assert int(found.group(1)) == FOUND[ingested.group(1)]  # as the page's table says
            assert "# ingest report" in (
                project / "sources" / "essays" / f"{ingested.group(1)}.md"
            ).read_text(encoding="utf-8")
        if "themes suggest" in step:
            suggested = yaml.safe_load((project / "sources" / "themes.yml").read_text())
            assert len(suggested["themes"]) >= 2
    page = project / "site" / "themes" / "kerb-space.html"
    assert page.exists() and label in page.read_text(encoding="utf-8")
    # No pencil leading into this tool's repository: edit links are the editor's to set.
    beta = BeautifulSoup((project / "site" / "essays" / "beta.html").read_text(), "html.parser")
    assert beta.select_one("article h1") and not beta.select("a[rel=edit]")
    # The About page tells of this collection, none of the demo's (mkdocs.yml's description,
    # in every page's head, is the editor's to change: step 6).
    about = BeautifulSoup((project / "site" / "about.html").read_text(), "html.parser")
    article = about.select_one("article")
    assert "Russia" not in article.get_text()
    assert len(article.select(".syn-about a[href^='essays/']")) == 3
    home = BeautifulSoup((project / "site" / "index.html").read_text(), "html.parser")
    assert home.select_one("article h1").get_text().rstrip("¶") == "Kerb Space & <Streets>"


def test_collection_b_editions_match_its_labels():
    collection, problems = load_collection(COLLECTION_B / "essays")
    assert problems == []
    labels = yaml.safe_load((COLLECTION_B / "labels.yml").read_text(encoding="utf-8"))
    gold = yaml.safe_load((COLLECTION_B / "gold.yml").read_text(encoding="utf-8"))
    assert list(collection.paragraphs) == list(labels["paragraphs"]) == list(gold["paragraphs"])
    for pid, entry in labels["paragraphs"].items():
        assert gold["paragraphs"][pid]["kind"] == entry["kind"]
        assert gold["paragraphs"][pid].get("themes", []) == entry.get("themes", [])
