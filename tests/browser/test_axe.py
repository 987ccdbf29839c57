"""Accessibility: axe-core finds no WCAG 2.0/2.1 A or AA violation on any page type, wide or narrow.

Over http only: axe judges the rendered page, which is the same served or opened from disk.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .helpers import SEARCH_QUERY, open_page

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SIZES = {"1280": {"width": 1280, "height": 800}, "390": {"width": 390, "height": 844}}
SEARCH_BUTTON = 'label.md-header__button[for="__search"]'  # shown on narrow screens only
PAGES = [
    pytest.param("index.html", id="home"),
    pytest.param("essays/rumer-2017.html", id="essay"),
    pytest.param("themes/partnership.html", id="theme"),
    pytest.param("themes/index.html", id="overview"),
    pytest.param("references.html", id="references"),
    pytest.param("annotations.html", id="annotations"),
    pytest.param("search", id="search-open"),
]

axe = Axe()


def settle(page) -> None:
    """Let transitions end: axe measures colours as painted, half-faded text fails contrast."""
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")


def open_search(page, word: str) -> None:
    if page.locator(SEARCH_BUTTON).is_visible():
        page.locator(SEARCH_BUTTON).click()
    page.locator(SEARCH_QUERY).click()
    page.keyboard.type(word)
    page.locator(".md-search-result__item").first.wait_for()


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} element(s), e.g. "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in violations
    )


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_violations(page, http_site_url, path, size):
    page.set_viewport_size(SIZES[size])
    open_page(page, http_site_url + ("index.html" if path == "search" else path))
    if path == "search":
        open_search(page, "partnership")
    # What a reader unfolds is judged too (the legend "How to read this page", annotations).
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    settle(page)
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_A_AA}, "resultTypes": ["violations"]},
    )
    violations = results.response["violations"]
    assert not violations, f"{path} at {size}px:\n{describe(violations)}"
