"""The pull-request workflow's steps are make targets, and those targets work here."""

from __future__ import annotations

import os
import subprocess

import yaml

from conftest import ROOT


def workflow_commands() -> list[str]:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())
    return [
        step["run"]
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def test_workflow_runs_the_check_and_a_strict_build_through_make():
    assert workflow_commands() == ["make check", "make site"]


def test_make_check_and_make_site_pass(tmp_path):
    env = dict(os.environ, SITE_DIR=str(tmp_path / "site"))
    result = subprocess.run(
        ["make", "--no-print-directory", "check", "site"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok:" in result.stdout  # the check's summary line
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "synoptic.json").exists()
