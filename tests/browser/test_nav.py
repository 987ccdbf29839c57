"""The side bar: nothing in it drawn over anything else, also when its list is scrolled."""

from __future__ import annotations

from .helpers import essay_page, open_page

VISIBLE_BOXES = """() => [...document.querySelectorAll(
    '.md-nav--primary .md-nav__title, .md-nav--primary .md-nav__link')]
  .map(e => [e.textContent.trim().replace(/\\s+/g, ' '), e.getBoundingClientRect()])
  .filter(([, r]) => r.width > 0 && r.height > 0)
  .map(([text, r]) => [text, r.top, r.bottom, r.left, r.right])"""


def overlapping(boxes):
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if min(a[2], b[2]) - max(a[1], b[1]) > 1 and min(a[4], b[4]) - max(a[3], b[3]) > 1
    ]


def test_side_bar_items_do_not_overlap_when_scrolled(page, http_site_url, collection):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_page(page, essay_page(http_site_url, collection.essays[-1].id))
    page.locator(".md-sidebar--primary .md-sidebar__scrollwrap").evaluate(
        "wrap => { wrap.scrollTop = 150; }"
    )
    boxes = page.evaluate(VISIBLE_BOXES)
    assert len(boxes) > 10
    assert not overlapping(boxes)


IN_DRAWER = "() => !!document.activeElement.closest('.md-sidebar--primary')"


def test_a_closed_drawer_takes_no_focus_and_an_open_one_does(page, http_site_url, collection):
    """At 390 px Material's closed drawer is only moved off screen: its links would be a dozen
    invisible tab stops before the text."""
    page.set_viewport_size({"width": 390, "height": 844})
    open_page(page, essay_page(http_site_url, collection.essays[-1].id))
    stops = []
    for _ in range(8):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(IN_DRAWER))
    assert not any(stops)
    page.locator("label.md-header__button[for=__drawer]").click()
    drawer = page.locator(".md-sidebar--primary")
    page.wait_for_function(
        "e => getComputedStyle(e).visibility === 'visible'", arg=drawer.element_handle()
    )
    page.locator(".md-sidebar--primary a.md-nav__link").first.focus()
    assert page.evaluate(IN_DRAWER)
