"""The plugin under `mkdocs serve` redoes only what an edit touches; strict builds fail on every
problem in the sources, even in quiet mode."""

from __future__ import annotations

import os
import subprocess

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

import synoptic.plugin
from conftest import MKDOCS, copy_project


def counting(name, real, calls):
    """`real`, counting its calls in `calls[name]`."""

    def counted(*args):
        calls[name] += 1
        return real(*args)

    return counted


@pytest.fixture
def serve(tmp_path, monkeypatch):
    """Builds of a copied project as `mkdocs serve` runs them: a fresh configuration each
    time, the plugin instance kept; and how often each step of the engine ran."""
    project = copy_project(tmp_path / "project")
    # MkDocs keeps plugin instances in its (class-level) plugin cache: start and end empty.
    monkeypatch.setattr(MkDocsConfig.plugins, "plugin_cache", {})
    calls = {"load": 0, "align": 0, "resolve": 0}
    for name, attribute in (("load", "load_sources"), ("align", "align"), ("resolve", "resolve")):
        monkeypatch.setattr(
            synoptic.plugin, attribute, counting(name, getattr(synoptic.plugin, attribute), calls)
        )

    def rebuild():
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        return dict(calls)

    return project, rebuild, tmp_path / "site"


def test_rebuilds_redo_only_what_an_edit_touches(serve):
    project, rebuild, site = serve
    assert rebuild() == {"load": 1, "align": 1, "resolve": 1}
    # Nothing under sources/ changed (a docs/ edit): nothing is redone.
    assert rebuild() == {"load": 1, "align": 1, "resolve": 1}

    annotation = project / "sources" / "annotations" / "junior-partner.md"
    annotation.write_text(
        annotation.read_text(encoding="utf-8") + "\nAnnotationEdited.\n", encoding="utf-8"
    )
    assert rebuild() == {"load": 2, "align": 1, "resolve": 1}
    assert "AnnotationEdited" in (site / "essays" / "rumer-2017.html").read_text("utf-8")

    edition = project / "sources" / "essays" / "rumer-2017.md"
    text = edition.read_text(encoding="utf-8")
    edition.write_text(
        text.replace(
            "genuine strategic partnership.", "genuine strategic partnership EditionEdited.", 1
        ),
        encoding="utf-8",
    )
    assert rebuild() == {"load": 3, "align": 2, "resolve": 2}
    assert "EditionEdited" in (site / "essays" / "rumer-2017.html").read_text("utf-8")


def test_a_plain_build_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(MkDocsConfig.plugins, "plugin_cache", {})
    project = copy_project(tmp_path / "project")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    assert config.plugins["synoptic"].cache == {}


def test_strict_quiet_build_fails_on_a_source_problem(tmp_path):
    project = copy_project(tmp_path / "project")
    themes = project / "sources" / "themes.yml"
    text = themes.read_text(encoding="utf-8")
    themes.write_text(
        text.replace("gigitashvili-2016-p4,", "gigitashvili-2016-p999,", 1), encoding="utf-8"
    )
    line = text[: text.index("gigitashvili-2016-p4,")].count("\n") + 1
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        MKDOCS + ["build", "--strict", "-q", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert f"themes.yml:{line}:" in output and "gigitashvili-2016-p999" in output, output


def test_disabled_plugin_builds_the_hand_written_pages_only(tmp_path, monkeypatch):
    monkeypatch.setattr(MkDocsConfig.plugins, "plugin_cache", {})
    project = copy_project(tmp_path / "project")
    config_file = project / "mkdocs.yml"
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace(
            "      sources: sources", "      sources: sources\n      enabled: false"
        ),
        encoding="utf-8",
    )
    config = load_config(str(config_file), site_dir=str(tmp_path / "site"))
    build(config)
    assert (tmp_path / "site" / "about.html").exists()
    assert not (tmp_path / "site" / "essays").exists()


def test_missing_sources_folder_is_a_config_error(tmp_path):
    project = copy_project(tmp_path / "project")
    config_file = project / "mkdocs.yml"
    config_file.write_text(
        config_file.read_text(encoding="utf-8").replace("sources: sources", "sources: nowhere"),
        encoding="utf-8",
    )
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        MKDOCS + ["build", "-q", "--site-dir", str(tmp_path / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "nowhere" in result.stdout + result.stderr
