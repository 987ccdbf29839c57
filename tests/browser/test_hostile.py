"""Hostile sources in a real browser: no dialog opens and no payload script runs, on the pages
that show them (the payload essay and theme, the annotations, the overview, the home page's
navigation) and in search results, over http and from disk."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from conftest import HOSTILE_ESSAY, HOSTILE_THEME

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, open_page

PAGES = (
    "annotations.html",
    "essays/rumer-2017.html",
    f"essays/{HOSTILE_ESSAY}.html",
    f"themes/{HOSTILE_THEME}.html",
    "themes/index.html",
    "index.html",
    "references.html",
)


@pytest.fixture(params=["http", "file"])
def hostile_url(request, hostile_site):
    if request.param == "file":
        return hostile_site.as_uri() + "/"
    return request.getfixturevalue("hostile_http_url")


@pytest.fixture
def dialogs(page) -> list[str]:
    opened: list[str] = []
    page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    return opened


def test_no_payload_runs(page, hostile_url, hostile_site, dialogs):
    # The pages one after another in one tab: a new tab per page cost Chromium most of the time.
    ran: dict[str, list[str]] = {}
    for path in PAGES:
        assert (hostile_site / path).exists()
        page.goto(hostile_url + path)
        page.wait_for_load_state("load")
        # Payloads wait for a pointer or focus: give every element of the page both, from the
        # page itself (one round trip), and one real hover for good measure.
        page.evaluate("""() => document.querySelectorAll('article *, nav *').forEach(element => {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle',
                              'animationstart'])
            element.dispatchEvent(new Event(type, {bubbles: true}));
          if (element.focus) element.focus();
        })""")
        page.locator("article").first.hover()
        page.wait_for_timeout(200)  # a payload's timer would have fired by now
        if page.evaluate("() => typeof window.__pwned") != "undefined":
            dialogs.append("window.__pwned set")
        if dialogs:
            ran[path] = dialogs[:]
            dialogs.clear()
    assert ran == {}, f"payloads ran: {ran}"


def test_search_results_show_payloads_as_text(page, hostile_url, dialogs):
    open_page(page, hostile_url + "index.html")
    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill("onerro")  # Material searches on keyup: type the last character
    query.press("r")
    results = page.locator(SEARCH_RESULT_LINK)
    results.first.wait_for()
    assert results.count() > 0
    page.wait_for_timeout(200)
    assert dialogs == []
    assert page.locator(".md-search-result img, .md-search-result script").count() == 0


@pytest.mark.parametrize("typed", ["Nunez", "Núñez"])
def test_an_accented_name_is_found_typed_plain_and_shown_as_written(
    page, hostile_url, dialogs, typed
):
    """A reader types "Nunez" for "Núñez" (a reader found nothing typing "Tomas" for "Tomás"):
    the entry's hidden plain form matches, and the result shows the name as the essay writes it."""
    open_page(page, hostile_url + "index.html")
    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill(typed[:-1])  # Material searches on keyup: type the last character
    query.press(typed[-1])
    result = page.locator(SEARCH_RESULT_LINK, has_text="A claim by")
    result.first.wait_for()
    href = urlsplit(result.first.get_attribute("href"))
    assert href.path.endswith("essays/mallory-2027.html") and href.fragment == "mallory-2027-p1"
    shown = result.first.inner_text()
    assert "Tomás Núñez" in shown and "Nunez" not in shown and "Tomas " not in shown
    assert dialogs == []
