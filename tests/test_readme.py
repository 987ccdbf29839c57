"""README.md opens with the two commands and names every module of the engine with its job."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    block = re.search(r"```(?:sh|bash)?\n(.*?)```", README, re.DOTALL)
    assert block is not None and README.index("```") < README.index("\n## ")
    commands = [line.split("#")[0].strip() for line in block[1].splitlines() if line.strip()]
    assert commands == ["make serve", "make test"]


def test_the_table_of_modules_names_every_module():
    # (23 modules had gone unlisted: the table is where a newcomer learns the layout)
    table = README[README.index("## The engine, one job per module") :]
    table = table[: table.index("\n## ")]
    modules = sorted(p.name for p in (ROOT / "plugins" / "synoptic").glob("*.py"))
    unlisted = [m for m in modules if m != "__init__.py" and f"`{m}`" not in table]
    assert unlisted == []
