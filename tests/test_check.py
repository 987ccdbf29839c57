"""`python -m synoptic check` and `scripts/new_annotation.py`: each run once as a contributor
runs it, in a process of its own; the other cases in the test's process (`command_line`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from command_line import Ran, run_synoptic

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *map(str, args)], cwd=ROOT, capture_output=True, text=True
    )


def check(sources: Path) -> Ran:
    return run_synoptic("check", "--sources", sources)


@pytest.fixture
def sources(tmp_path) -> Path:
    """A copy of the project's sources to break."""
    return Path(
        shutil.copytree(
            ROOT / "sources", tmp_path / "sources", ignore=shutil.ignore_patterns("raw")
        )
    )


def test_the_project_sources_pass():
    result = run("-m", "synoptic", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: 3 essays") and "annotations" in result.stdout


def test_a_broken_annotation_fails_with_file_and_line(sources):
    path = sources / "annotations" / "junior-partner.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("kind: contrast", "kind: rant").replace(
            "its junior partner status vis-à-vis Beijing",
            "its leadership of the Eurasian continent",
        ),
        encoding="utf-8",
    )
    result = check(sources)
    assert result.returncode == 1
    lines = text.splitlines()
    assert f"{path}:{lines.index('kind: contrast') + 1}: kind 'rant'" in result.stdout
    assert f"{path}:{lines.index('quote:') + 1}: cannot anchor" in result.stdout


def test_a_broken_edition_is_reported_too(sources):
    (sources / "essays" / "rumer-2017.md").write_text("no front matter\n", encoding="utf-8")
    result = check(sources)
    assert result.returncode == 1
    assert f"{sources / 'essays' / 'rumer-2017.md'}:1: " in result.stdout


def test_a_scaffolded_annotation_passes_the_check(sources):
    made = run(
        "scripts/new_annotation.py",
        "bear-hug",
        "--quote",
        "truly without an alternative",
        "--author",
        "Jane Doe",
        "--sources",
        sources,
    )
    assert made.returncode == 0, made.stderr
    text = (sources / "annotations" / "bear-hug.md").read_text(encoding="utf-8")
    assert "paragraph: rumer-2017-p2" in text and 'exact: "truly without an alternative"' in text
    assert 'prefix: "Beijing, this relationship is "' in text
    assert 'suffix: " for Russia’s leaders. Russian"' in text
    assert check(sources).returncode == 0
    again = run_synoptic(
        "annotate",
        "bear-hug",
        "--paragraph",
        "rumer-2017-p3",
        "--author",
        "Jane Doe",
        "--sources",
        sources,
    )
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.parametrize(
    "args, words",
    [
        (["Bad_Name", "--paragraph", "rumer-2017-p2"], "bad name"),
        (["fine", "--quote", "the West"], "add --paragraph"),
        (["fine", "--quote", "words nobody wrote"], "in no edition as written"),
        (["fine", "--paragraph", "rumer-2017-p99"], "no paragraph 'rumer-2017-p99'"),
    ],
)
def test_the_scaffold_refuses_what_it_cannot_do(sources, args, words):
    result = run_synoptic("annotate", *args, "--author", "Jane Doe", "--sources", sources)
    assert result.returncode == 1 and words in result.stderr
    assert not (sources / "annotations" / "fine.md").exists()


def test_a_key_written_twice_in_themes_fails_naming_both_lines(sources):
    path = sources / "themes.yml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    label = next(n for n, line in enumerate(lines, start=1) if line.startswith("    label:"))
    lines.insert(label, lines[label - 1])  # the same key again on the next line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check(sources)
    assert result.returncode == 1
    assert (
        f"{path}:{label + 1}: duplicate key 'label' (first on line {label}); keep one of the two"
    ) in result.stdout


def test_check_finds_the_sources_where_mkdocs_yml_says(tmp_path):
    from synoptic.__main__ import configured_sources

    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: x\nedit_uri: !ENV [X, 'e/']\nplugins:\n  - search\n"
        "  - synoptic:\n      sources: texts\n",
        encoding="utf-8",
    )
    assert configured_sources(config) == tmp_path / "texts"
    config.write_text("site_name: x\nplugins:\n  - synoptic\n", encoding="utf-8")
    assert configured_sources(config) == tmp_path / "sources"
    assert configured_sources(tmp_path / "missing.yml") == Path("sources")
