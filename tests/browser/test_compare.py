"""Comparison pages in a real browser, over http and from disk (see conftest.py)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import shared_theme

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, by_id, essay_page, open_page, same_page

WIDE = {"width": 1280, "height": 800}
NARROW = {"width": 390, "height": 844}
HIT = re.compile(r"\bsyn-related-hit\b")


@pytest.fixture
def theme(collection, alignment):
    return shared_theme(collection, alignment)


def theme_page(site_url: str, theme_id: str) -> str:
    return f"{site_url}themes/{theme_id}.html"


def column_boxes(page):
    return [page.locator(f'.syn-col[data-essay="{e}"]').bounding_box()
            for e in page.locator(".syn-col").evaluate_all("cs => cs.map(c => c.dataset.essay)")]


def test_columns_side_by_side_on_a_wide_screen(page, problems, site_url, theme, collection):
    page.set_viewport_size(WIDE)
    open_page(page, theme_page(site_url, theme.id))

    boxes = column_boxes(page)
    assert len(boxes) == len(collection.essays)
    assert len({round(b["y"]) for b in boxes}) == 1, "columns share a row"
    assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)
    assert all(a["x"] + a["width"] <= b["x"] for a, b in zip(boxes, boxes[1:]))
    problems.assert_none()


def test_columns_stack_on_a_narrow_screen_without_sideways_scrolling(page, problems, site_url,
                                                                      theme):
    page.set_viewport_size(NARROW)
    open_page(page, theme_page(site_url, theme.id))

    boxes = column_boxes(page)
    assert all(a["y"] + a["height"] <= b["y"] + 1 for a, b in zip(boxes, boxes[1:]))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= NARROW["width"]
    # The essay's name stays in view while its column scrolls past.
    title = page.locator(".syn-col-title").first
    expect(title).to_have_css("position", "sticky")
    problems.assert_none()


def test_toggle_hides_and_shows_a_column(page, problems, site_url, theme, collection):
    page.set_viewport_size(WIDE)
    open_page(page, theme_page(site_url, theme.id))
    first = collection.essays[0].id
    column = page.locator(f'.syn-col[data-essay="{first}"]')

    toggle = page.locator(f'.syn-toggle[value="{first}"]')
    expect(toggle).to_be_visible()
    toggle.uncheck()
    expect(column).to_be_hidden()
    toggle.check()
    expect(column).to_be_visible()
    problems.assert_none()


def test_hovering_a_paragraph_lights_its_related_passages(page, problems, site_url, theme):
    page.set_viewport_size(WIDE)
    open_page(page, theme_page(site_url, theme.id))
    source = page.locator(".syn-col .syn-para").filter(
        has=page.locator("xpath=self::*[contains(@data-related, '-p')]")).first
    related = source.get_attribute("data-related").split()
    on_page = [r for r in related if by_id(page, r).count()]
    if not on_page:
        pytest.skip("no related passage of this paragraph is on the same theme page")

    source.hover()
    expect(by_id(page, on_page[0])).to_have_class(HIT)
    page.mouse.move(0, 0)
    expect(by_id(page, on_page[0])).not_to_have_class(HIT)
    problems.assert_none()


def test_chips_and_related_links_lead_to_existing_anchors(page, problems, site_url, essay):
    open_page(page, essay_page(site_url, essay.id))
    links = page.locator(".syn-chip, .syn-related-link").evaluate_all(
        "links => links.map(a => a.href)")
    assert links, "an essay page shows themes and related passages"
    anchors: dict[str, set[str]] = {}
    for href in links:
        target, anchor = href.split("#")
        anchors.setdefault(target, set()).add(anchor)
    for target, wanted in sorted(anchors.items()):  # each page opened once
        page.goto(target)
        found = set(page.locator("[id]").evaluate_all("els => els.map(e => e.id)"))
        assert wanted <= found, f"{target} lacks {sorted(wanted - found)}"
    problems.assert_none()


def test_search_finds_a_compared_phrase_on_its_essay_page_first(page, problems, site_url,
                                                                  theme, alignment, collection):
    paragraph = collection.paragraphs[alignment.paragraphs_on(theme.id)[0]]
    words = [w for w in paragraph.text.split() if w.isalpha()]
    phrase = " ".join(words[len(words) // 2:len(words) // 2 + 4])
    open_page(page, site_url + "index.html")

    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill(phrase[:-1])
    query.press(phrase[-1])
    results = page.locator(SEARCH_RESULT_LINK)
    expect(results.first).to_have_attribute(
        "href", same_page(essay_page(site_url, paragraph.essay_id)))
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert not any("/themes/" in h for h in hrefs[:3]), hrefs
    problems.assert_none()


def test_footnote_tooltip_works_on_a_comparison_page(page, problems, site_url, collection,
                                                     alignment):
    # The first theme page holding a note that has text.
    for theme in alignment.themes:
        cited = [(p, label) for pid in alignment.paragraphs_on(theme.id)
                 for p in [collection.paragraphs[pid]] for label in p.footnotes
                 if not collection.essay(p.essay_id).footnotes[label].missing]
        if cited:
            break
    else:
        pytest.skip("no theme page cites a note with text")
    paragraph, label = cited[0]
    open_page(page, theme_page(site_url, theme.id))

    page.locator(f'.syn-col a.footnote-ref[href="#fn:{paragraph.essay_id}-{label}"]').first.hover()
    tooltip = page.locator(".md-tooltip2.md-tooltip2--active")
    expect(tooltip).to_be_visible()
    note = collection.essay(paragraph.essay_id).footnotes[label].text
    expect(tooltip).to_contain_text(note[:40])
    problems.assert_none()
