"""Hostile annotations in a real browser: no dialog opens and no payload script runs."""

from __future__ import annotations

import pytest

PAGES = ("annotations.html", "essays/rumer-2017.html", "themes/partnership.html")


@pytest.fixture(params=["http", "file"])
def hostile_url(request, hostile_site):
    if request.param == "file":
        return hostile_site.as_uri() + "/"
    return request.getfixturevalue("hostile_http_url")


@pytest.mark.parametrize("path", PAGES)
def test_no_payload_runs(page, hostile_url, hostile_site, path):
    if not (hostile_site / path).exists():
        pytest.skip(f"{path} is not in this build")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_url + path)
    page.wait_for_load_state("load")
    # Payloads wait for a pointer or focus: give every element of every annotation both, from
    # the page itself (one round trip), and one real hover for good measure.
    page.evaluate("""() => document.querySelectorAll(
        '.syn-annotation, .syn-annotation *, .syn-orphans *').forEach(element => {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'animationstart'])
        element.dispatchEvent(new Event(type, {bubbles: true}));
      if (element.focus) element.focus();
    })""")
    page.locator(".syn-annotation").first.hover()
    page.wait_for_timeout(200)  # a payload's timer would have fired by now
    assert dialogs == []
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
