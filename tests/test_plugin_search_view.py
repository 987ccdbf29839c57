"""Material's search reads essay pages without their paragraphs' asides (`search.ASIDE`): that
must take away exactly the asides, which it would skip anyway, and nothing it would index. It
reads synopsis pages without their rows (`search.ROWS`): each row must be a section search
leaves out whole; and without the other elements it would skip whole (`search.EXCLUDED`) and
without their paragraphs (`search.material_view`), whose entries the search pass makes. The
index must come out as if Material had read the whole page."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from material.plugins.search.plugin import SearchIndex

from synoptic.search import (
    ARTICLE,
    ASIDE,
    EXCLUDED,
    ROWS,
    material_view,
    search_view,
    spans,
    split_index,
    without,
)

HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


@pytest.mark.parametrize("built", ["site", "hostile_site"])
def test_the_search_view_of_an_essay_page_lacks_only_its_asides(built, request):
    pages = sorted((request.getfixturevalue(built) / "essays").glob("*.html"))
    asides_seen = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        full = BeautifulSoup(html, "html.parser")
        asides = full.select(".syn-para-aside")
        asides_seen += len(asides)
        for aside in asides:
            # What makes leaving it out harmless: excluded, no heading (a search section), and
            # no div (where the pattern would stop short of the aside's end).
            assert aside.has_attr("data-search-exclude"), path.name
            assert not aside.find(["div", *HEADINGS]), path.name
            aside.decompose()
        view = BeautifulSoup(without(html, ASIDE), "html.parser")
        assert not view.select(".syn-para-aside"), path.name
        assert list(view.stripped_strings) == list(full.stripped_strings), path.name
        assert [str(h) for h in view.find_all(HEADINGS)] == [
            str(h) for h in full.find_all(HEADINGS)
        ], path.name
    assert asides_seen > 0


@pytest.mark.parametrize("built", ["site", "hostile_site"])
def test_the_search_view_of_a_synopsis_page_lacks_only_its_rows(built, request):
    themes = request.getfixturevalue(built) / "themes"
    pages = sorted(set(themes.glob("*.html")) - {themes / "index.html"})  # not the overview
    rows_seen = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        cut = [html[start:end] for start, end in spans(html, ROWS)]
        assert len(cut) == 1, path.name
        for rows in cut:
            fragment = BeautifulSoup(rows, "html.parser")
            # Only rows, each a section whose heading (its first element) search excludes:
            # what it holds goes to that section, which search does not index.
            sections = fragment.find_all(recursive=False)
            assert sections and all(s.name == "section" for s in sections), path.name
            for section in sections:
                heading = section.find(HEADINGS)
                assert heading is section.find() and heading.has_attr("data-search-exclude")
                assert not section.select("[data-syn-entry]"), path.name
            rows_seen += len(sections)
        view = BeautifulSoup(without(html, ROWS), "html.parser")
        assert not view.select(".syn-row") and view.select("#about-theme"), path.name
    assert rows_seen > 0


@pytest.mark.parametrize("built", ["site", "hostile_site"])
@pytest.mark.parametrize("marks", EXCLUDED, ids=lambda marks: marks[0].split('"')[1])
def test_the_search_view_lacks_elements_search_would_skip_whole(built, marks, request):
    site = request.getfixturevalue(built)
    seen = 0
    for path in sorted([*(site / "essays").glob("*.html"), *(site / "themes").glob("*.html")]):
        html = path.read_text(encoding="utf-8")
        for start, end in spans(html, marks):
            elements = BeautifulSoup(html[start:end], "html.parser").find_all(recursive=False)
            # One element, excluded, ending at the first end tag of its kind: none inside it;
            # nothing search would index or make a section or an entry of.
            assert len(elements) == 1 and elements[0].has_attr("data-search-exclude")
            assert not elements[0].find(elements[0].name), path.name
            assert not elements[0].find(HEADINGS, id=True), path.name
            assert not elements[0].select("[data-syn-entry], .syn-para"), path.name
            seen += 1
        assert marks[0] not in search_view(html), path.name
    assert seen > 0


def material_entries(content: str, url: str) -> list[dict]:
    """The entries Material's search makes of a page whose content is `content`."""
    index = SearchIndex()
    index.add_entry_from_context(
        SimpleNamespace(meta={"search": {"boost": 4}}, content=content, toc=[], url=url, title="T")
    )
    return index.entries


@pytest.mark.parametrize("built", ["site", "hostile_site"])
def test_the_index_is_the_same_as_when_material_read_the_whole_page(built, request):
    site = request.getfixturevalue(built)
    pages = sorted([*(site / "essays").glob("*.html"), *(site / "themes").glob("*.html")])
    cut = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        article = html[html.index(ARTICLE) :]
        view = search_view(article)
        url = path.relative_to(site).as_posix()
        # Material reading the whole article, or only what the plugin gives it; the search
        # pass reading the article's search view, as the build does.
        whole, read = (
            split_index({"docs": material_entries(content, url)}, {url: view}.get)["docs"]
            for content in (article, material_view(view))
        )
        assert read == whole, path.name
        cut += len(view) - len(material_view(view))
    assert cut > 0
