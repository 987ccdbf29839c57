"""Real `mkdocs build` runs, the HTML inspected with BeautifulSoup."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, copy_project, mkdocs_build

FIXTURE_SOURCES = ROOT / "tests" / "data" / "sources"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_paragraph_of_every_essay_is_published_with_a_permalink(site, collection):
    for essay in collection.essays:
        page = soup(site / "essays" / f"{essay.id}.html")
        blocks = page.select("article div.syn-para")
        assert [b["id"] for b in blocks] == [p.id for p in essay.paragraphs]
        for block in blocks:
            assert block.select_one("a.syn-permalink")["href"] == f"#{block['id']}"


def test_essay_page_header_and_headings(site, collection):
    from synoptic.render import display_title

    for essay in collection.essays:
        page = soup(site / "essays" / f"{essay.id}.html")
        assert page.select_one("article h1").get_text(strip=True) == display_title(essay)
        meta = {dt.get_text(): dt.find_next_sibling("dd").get_text()
                for dt in page.select(".syn-essay-meta dt")}
        assert meta["Author"] == essay.author and meta["Date"] == essay.date
        headings = [h.get_text().rstrip("¶") for h in page.select("article h2, article h3")]
        assert headings == [s.title for s in essay.sections if s.title]


def test_footnotes_reference_and_definition_counts(site, collection):
    for essay in collection.essays:
        page = soup(site / "essays" / f"{essay.id}.html")
        refs = page.select("article a.footnote-ref")
        assert len(refs) == sum(len(p.footnotes) for p in essay.paragraphs)
        notes = page.select("article div.footnote li")
        assert [n["id"] for n in notes] == [f"fn:{essay.id}-{label}" for label in essay.footnotes]
        for ref in refs:  # every reference leads to a note on the same page
            assert page.find(id=ref["href"][1:]) is not None
        missing = [n for n in notes if n.select_one(".syn-missing-note")]
        assert len(missing) == sum(f.missing for f in essay.footnotes.values())


def test_home_page_has_a_card_per_essay_linking_to_it(site, collection):
    page = soup(site / "index.html")
    cards = page.select(".syn-cards li")
    assert len(cards) == len(collection.essays)
    for card, essay in zip(cards, collection.essays):
        link = card.select_one("a")["href"]
        assert link == f"essays/{essay.id}.html" and (site / link).exists()
        assert f"{essay.word_count:,} words" in card.get_text()
        assert essay.summary in card.get_text()


def test_edit_links_point_at_the_edition(site, collection):
    for essay in collection.essays:
        edit = soup(site / "essays" / f"{essay.id}.html").select_one("a[rel=edit]")["href"]
        assert edit.endswith(f"/edit/main/sources/essays/{essay.id}.md")


def test_search_index_holds_every_essay(site, collection):
    index = json.loads((site / "search" / "search_index.json").read_text())
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    for essay in collection.essays:
        assert f"essays/{essay.id}.html" in locations


def test_no_page_loads_anything_from_another_host(site):
    for html in site.rglob("*.html"):
        page = soup(html)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"),
                          ("iframe", "src"), ("source", "src")):
            for element in page.find_all(tag):
                url = element.get(attr) or ""
                if tag == "link" and "stylesheet" not in (element.get("rel") or []) and \
                        "preload" not in (element.get("rel") or []):
                    continue
                assert not urlparse(url).netloc, f"{html.name}: {tag} loads {url}"


# --- bad input stops a strict build with file and line ----------------------------------

def with_edit(tmp_path: Path, name: str, old: str, new: str) -> Path:
    project = copy_project(tmp_path / "project", FIXTURE_SOURCES)
    path = project / "sources" / "essays" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project


@pytest.mark.parametrize("name, old, new, expected", [
    ("beta.md", "title: Beta", "title: [Beta", r"beta\.md:\d+: malformed front matter"),
    ("beta.md", "summary:", "colour: red\nsummary:",
     r"beta\.md:9: unknown front-matter key 'colour'"),
    ("beta.md", "id: beta", "id: alpha", r"beta\.md:2: duplicate essay id 'alpha'"),
    ("beta.md", "{#beta-p2}", "{#beta-p1}", r"beta\.md:16: duplicate paragraph id 'beta-p1'"),
    ("beta.md", "{#beta-p2}\n", "", r"beta\.md:15: paragraph has no id"),
    ("beta.md", "okapi", "okapi[^9]", r"beta\.md:16: footnote reference \[\^9\] has no "
                                      r"definition"),
], ids=["malformed-yaml", "unknown-key", "duplicate-essay", "duplicate-paragraph",
        "missing-id", "undefined-footnote"])
def test_bad_input_fails_strict_build_naming_file_and_line(tmp_path, name, old, new, expected):
    project = with_edit(tmp_path, name, old, new)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode != 0
    assert re.search(expected, build.output), build.output


def test_non_strict_build_still_publishes_a_paragraph_without_id(tmp_path):
    project = with_edit(tmp_path, "beta.md", "{#beta-p2}\n", "")
    build = mkdocs_build(project, tmp_path / "site", strict=False)
    assert build.returncode == 0, build.output
    assert "paragraph has no id" in build.output
    assert "okapi narwhal" in (build.site / "essays" / "beta.html").read_text()
