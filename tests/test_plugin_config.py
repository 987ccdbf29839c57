"""The plugin's `on_config` adds what its pages need from Python-Markdown: a project whose
mkdocs.yml lists no Markdown extensions still builds strictly, its generated pages unchanged."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_project, mkdocs_build


def test_a_project_without_markdown_extensions_gets_the_same_generated_pages(tmp_path, site):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    bare = re.sub(r"^markdown_extensions:\n(?:[ -].*\n)+", "", text, flags=re.MULTILINE)
    assert bare != text and "permalink" not in bare
    config.write_text(bare, encoding="utf-8")
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    generated = [
        path.relative_to(site)
        for folder in ("essays", "themes")
        for path in sorted((site / folder).rglob("*.html"))
    ] + [Path("references.html"), Path("annotations.html")]
    assert len(generated) > 10
    for page in generated:
        assert (build.site / page).read_bytes() == (site / page).read_bytes(), page
    assert 'class="headerlink" href="#works"' in (build.site / "references.html").read_text(
        encoding="utf-8"
    )
