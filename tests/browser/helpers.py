"""Pages and elements the browser tests share."""

from __future__ import annotations

import re

from playwright.sync_api import Page

SEARCH_QUERY = 'input[data-md-component="search-query"]'  # the label is the mobile button
SEARCH_RESULT_LINK = ".md-search-result__link"


def essay_page(site_url: str, essay_id: str) -> str:
    return f"{site_url}essays/{essay_id}.html"


def same_page(url: str) -> re.Pattern:
    """`url` with any query (search adds `?h=`) or fragment."""
    return re.compile(re.escape(url) + r"([?#].*)?$")


def by_id(page: Page, element_id: str):
    # An attribute selector, not `#id`: note ids hold a colon (fn:essay-1).
    return page.locator(f'[id="{element_id}"]')


def open_page(page: Page, url: str) -> None:
    """Open `url` and wait until its search index is loaded.

    The index is the last thing a page asks for (after the load event, from the search
    worker), so by then every request of the page load has been made, with no fixed wait.
    """
    with page.context.expect_event("requestfinished", is_search_index):
        page.goto(url)


def is_search_index(request) -> bool:
    # search_index.json over http; search_index.js, loaded by the iframe-worker shim, on file:
    return "/search/search_index." in request.url
