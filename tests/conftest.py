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


#: The edit address the project's own site is built with (mkdocs.yml's SYNOPTIC_EDIT_URI).
EDIT_URI = "https://github.com/owner/essays/edit/main/docs/"


def mkdocs_build(project: Path, site: Path, strict: bool = True) -> Build:
    """Run a real `mkdocs build` of the project whose mkdocs.yml is in `project`, with pages'
    edit links to `EDIT_URI`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SYNOPTIC_EDIT_URI=EDIT_URI)
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
    """The alignment the site is built from: sources/themes.yml (or discovery without it), and
    the paragraphs' embeddings where sources/embeddings.json is current."""
    from synoptic import embeddings
    from synoptic.align import align
    from synoptic.themes import load_themes

    themes_file = ROOT / "sources" / "themes.yml"
    themes = None
    if themes_file.exists():
        themes, problems = load_themes(themes_file, collection)
        assert not problems, problems
    vectors, problems = embeddings.load(ROOT / "sources", collection)
    assert not problems, problems
    return align(collection, themes, vectors)


def shared_theme(collection, alignment):
    """The theme that most essays speak to (first such in theme order)."""

    def essays_on(theme):
        on = set(alignment.paragraphs_on(theme.id))
        return sum(any(p.id in on for p in e.paragraphs) for e in collection.essays)

    return max(alignment.themes, key=essays_on)


def hostile_annotation(
    body: str = "Text.", author: object = "Mallory", tags: object = (), exact: str | None = None
) -> str:
    front = {
        "essay": "rumer-2017",
        "quote": {"exact": exact or "genuine strategic partnership"},
        "author": author,
        "date": "2026-11-23",
        "kind": "comment",
        "tags": list(tags),
    }
    return "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body + "\n"


#: The essay and the theme made of hostile payloads, in every field a source file has.
HOSTILE_ESSAY = "mallory-2026"
HOSTILE_THEME = "mallory"
HOSTILE_TITLE = "<img src=x onerror=alert(1)> </title><script>alert(1)</script> & co #"


def hostile_edition(bodies: list[str]) -> str:
    """An edition whose front matter, headings and paragraphs are the payloads."""
    front = {
        "id": HOSTILE_ESSAY,
        "title": HOSTILE_TITLE,
        "author": "<script>alert(1)</script>",
        "date": "2026-01-01",
        "publisher": "<svg onload=alert(1)>",
        "url": "javascript:alert(1)",
        "raw": "unknown",
        "summary": "<img src=x onerror=alert(1)> [x](javascript:alert(1))",
    }
    body = []
    for n, payload in enumerate(bodies, start=1):
        body += [f"## {' '.join(payload.split())}", "", f"{{#{HOSTILE_ESSAY}-p{n}}}", payload, ""]
    return "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + "\n".join(body)


#: An edition whose file name, title and note label carry what its content does not: the name
#: goes into the edit link, the title into the page's YAML front matter (U+FFFE and a YAML
#: line break would make MkDocs read it as Markdown, attr_list and all), the label into the
#: note's reference.
HOSTILE_FILE = 'mallory"><svg onload=alert(1)>.md'
HOSTILE_FILE_TITLE = (
    "Nameless \ufffe [x](#x){: autofocus onfocus=alert(1) } \u2028--- {: onclick=x}"
)


def hostile_file_edition() -> str:
    front = {
        "id": "mallory-2027",
        "title": HOSTILE_FILE_TITLE,
        "author": "Mallory",
        "date": "2027-01-01",
        "publisher": "unknown",
        "url": "unknown",
        "raw": "unknown",
        "summary": "unknown",
    }
    label = "<svg/onload=alert(1)>"
    # Accented names: search finds them typed plain (a hidden plain form follows each in the
    # index), and that form is no way in for markup.
    body = f"{{#mallory-2027-p1}}\nA claim by Tomás Núñez.[^{label}]\n\n[^{label}]: A note.\n"
    return "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n\n" + body


def hostile_theme() -> dict:
    return {
        "id": HOSTILE_THEME,
        "label": "<img src=x onerror=alert(1)> \ufffe *x*{: onclick=alert(1)}",
        "description": "<script>alert(1)</script> [x](javascript:alert(1)) {: onclick=x}",
        "keywords": ["<b onmouseover=alert(1)>"],
        "pin": [f"{HOSTILE_ESSAY}-p1", f"{HOSTILE_ESSAY}-p2", "rumer-2017-p2"],
    }


#: A sentence that ends a quoted attribute and opens an element, as a collection's first
#: sentence: every page's description (`sources.description_of`).
BREAKOUT = 'Essays " onmouseover="alert(1)"><img src=x onerror=alert(2)> on bins.'


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The project's site with every payload of the hostile corpus in every kind of source:
    an annotation per payload, an edition whose front matter, headings and paragraphs are
    payloads, a theme whose label and description are, and the collection's description
    (`sources/about.md`) made of them all.

    Built leniently: some payloads are rightly errors (a `javascript:` author link, a quote
    that is markup), and a lenient build must still publish nothing executable from them.
    """
    payloads = yaml.safe_load(
        (ROOT / "tests" / "data" / "hostile_payloads.yml").read_text(encoding="utf-8")
    )
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    sources = project / "sources"
    (sources / "essays" / f"{HOSTILE_ESSAY}.md").write_text(
        hostile_edition([p["markdown"] for p in payloads["bodies"]]), encoding="utf-8"
    )
    (sources / "essays" / HOSTILE_FILE).write_text(hostile_file_edition(), encoding="utf-8")
    themes = yaml.safe_load((sources / "themes.yml").read_text(encoding="utf-8"))
    themes["themes"].append(hostile_theme())
    (sources / "themes.yml").write_text(
        yaml.safe_dump(themes, allow_unicode=True), encoding="utf-8"
    )
    # The editor's description of the collection, shown on the About page: every payload,
    # after a sentence that would end the attribute every page's description stands in.
    (sources / "about.md").write_text(
        "\n\n".join([BREAKOUT, *(p["markdown"] for p in payloads["bodies"])]), encoding="utf-8"
    )
    folder = project / "sources" / "annotations"
    for n, payload in enumerate(payloads["bodies"], start=1):
        (folder / f"hostile-body-{n}.md").write_text(
            hostile_annotation(payload["markdown"]), encoding="utf-8"
        )
    for n, payload in enumerate(payloads["front_matter"], start=1):
        field, value = payload["field"], payload["value"]
        fields = {
            "author": {"author": value},
            "author.name": {"author": {"name": value}},
            "author.url": {"author": {"name": "Mallory", "url": value}},
            "tags": {"tags": [value]},
            "quote.exact": {"exact": value},
        }[field]
        (folder / f"hostile-front-{n}.md").write_text(
            hostile_annotation(**fields), encoding="utf-8"
        )
    build = mkdocs_build(project, project / "site", strict=False)
    assert build.returncode == 0, build.output
    return build.site
