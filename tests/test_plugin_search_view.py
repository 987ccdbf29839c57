"""Material's search reads essay pages without their paragraphs' asides (`plugin.ASIDE`): that
must take away exactly the asides, which it would skip anyway, and nothing it would index."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from synoptic.plugin import ASIDE

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
        view = BeautifulSoup(ASIDE.sub("", html), "html.parser")
        assert not view.select(".syn-para-aside"), path.name
        assert list(view.stripped_strings) == list(full.stripped_strings), path.name
        assert [str(h) for h in view.find_all(HEADINGS)] == [
            str(h) for h in full.find_all(HEADINGS)
        ], path.name
    assert asides_seen > 0
