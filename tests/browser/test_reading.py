"""Reading pages in a real browser, served over http and opened from disk (see conftest.py).

Each test ends with `problems.assert_none()`: no console error, no page error and no request
to another host while it ran.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from synoptic.names import display_title

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, by_id, essay_page, open_page, same_page

# Found by inspecting the DOM of Material 9.8 after hovering a reference: the tooltip is a
# `div.md-tooltip2` appended to <body>, marked `md-tooltip2--active` while it is shown, with the
# note's HTML (back-link included) in `.md-tooltip2__inner`.
ACTIVE_TOOLTIP = ".md-tooltip2.md-tooltip2--active"
MISSING_NOTE_NOTICE = "Note text not in the source"
PHRASE_LENGTH = 4  # words typed into the search box
# Material's search ranks pages by terms, with a heading's terms weighted far above body text:
# a phrase of short function words ("an", "for") would lead to any page whose heading has one.
# Readers search content words; so does the test.
MIN_WORD = 4


# --- essays the marked tests need -----------------------------------------------------------


def first_present_note(essay) -> str | None:
    """The label of the first note referenced in the text whose text the source gives."""
    labels = (label for p in essay.paragraphs for label in p.footnotes)
    return next((label for label in labels if not essay.footnotes[label].missing), None)


def middle_paragraph(essay):
    return essay.paragraphs[len(essay.paragraphs) // 2]


def missing_notes(essay) -> list[str]:
    return [label for label, note in essay.footnotes.items() if note.missing]


# --- a phrase only one essay contains --------------------------------------------------------


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def contains_phrase(text_words: list[str], phrase: str) -> bool:
    return f" {phrase.lower()} " in f" {' '.join(text_words)} "


def middle_windows(tokens: list[str]) -> list[list[str]]:
    """Every run of PHRASE_LENGTH tokens, the one in the middle first, then outwards."""
    middle = (len(tokens) - PHRASE_LENGTH) // 2
    starts = sorted(range(len(tokens) - PHRASE_LENGTH + 1), key=lambda s: abs(s - middle))
    return [tokens[start : start + PHRASE_LENGTH] for start in starts]


def distinctive_phrase(essay, collection) -> str:
    """A few consecutive words from the middle of one of the essay's paragraphs.

    Content words only (no digits or punctuation for the search tokenizer to split, no
    words shorter than MIN_WORD), and a phrase no
    other essay contains. Material's search ranks documents by their terms, any of them, not
    by the phrase (and a short word matches as a prefix of many), so of those phrases the
    one with the most words no other essay uses is taken: they are what put this essay
    first. Deterministic: paragraphs in order, windows from each one's middle outwards, the
    first of the best.
    """
    others = [words(p.text) for e in collection.essays if e is not essay for p in e.paragraphs]
    other_words = {word for text_words in others for word in text_words}
    candidates = [
        " ".join(window)
        for p in essay.paragraphs
        for window in middle_windows(p.text.split())
        if all(token.isalpha() and len(token) >= MIN_WORD for token in window)
    ]
    unique = [
        phrase
        for phrase in candidates
        if not any(contains_phrase(text_words, phrase) for text_words in others)
    ]
    if not unique:
        pytest.fail(f"essay {essay.id} has no {PHRASE_LENGTH} words in a row only it contains")
    return max(unique, key=lambda phrase: len(set(words(phrase)) - other_words))


# --- tests -----------------------------------------------------------------------------------


def test_essay_page_opens(page, problems, site_url, essay):
    open_page(page, essay_page(site_url, essay.id))

    expect(page.locator(".md-content h1")).to_have_text(display_title(essay))
    shown = page.locator("div.syn-para").evaluate_all("blocks => blocks.map(b => b.id)")
    assert shown == [p.id for p in essay.paragraphs]
    for paragraph in (essay.paragraphs[0], essay.paragraphs[-1]):
        expect(by_id(page, paragraph.id)).to_be_visible()
    problems.assert_none()


def test_search_leads_to_essay(page, problems, site_url, essay, collection):
    phrase = distinctive_phrase(essay, collection)
    target = same_page(essay_page(site_url, essay.id))
    open_page(page, site_url + "index.html")

    query = page.locator(SEARCH_QUERY)
    query.click()
    # Material searches on keyup: filling all but the last character and typing that one
    # sends the whole phrase as the only query, so no result of a shorter prefix can be
    # mistaken for the answer.
    query.fill(phrase[:-1])
    query.press(phrase[-1])
    first_result = page.locator(SEARCH_RESULT_LINK).first
    expect(first_result).to_have_attribute("href", target)

    first_result.click()
    expect(page).to_have_url(target)
    expect(page.locator(".md-content h1")).to_have_text(display_title(essay))
    problems.assert_none()


@pytest.mark.essays(lambda essay: first_present_note(essay) is not None)
def test_footnote_tooltip_shows_note(page, problems, site_url, essay):
    label = first_present_note(essay)
    open_page(page, essay_page(site_url, essay.id))

    page.locator(f'a.footnote-ref[href="#fn:{essay.id}-{label}"]').first.hover()
    tooltip = page.locator(ACTIVE_TOOLTIP)
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(essay.footnotes[label].text)
    problems.assert_none()


@pytest.mark.essays(lambda essay: bool(missing_notes(essay)))
def test_missing_note_is_announced(page, problems, site_url, essay):
    open_page(page, essay_page(site_url, essay.id))

    for label in missing_notes(essay):
        note = by_id(page, f"fn:{essay.id}-{label}")
        expect(note).to_contain_text(MISSING_NOTE_NOTICE)
        # The note's number is shown (Material draws footnote back-links as hidden icons).
        number = note.locator(".footnote-backref")
        expect(number).to_have_text(label)
        expect(number).to_have_css("opacity", "1")
        assert number.bounding_box()["width"] > 2
    problems.assert_none()


def test_permalink_shows_on_hover(page, problems, site_url, essay):
    paragraph = by_id(page, middle_paragraph(essay).id)
    permalink = paragraph.locator("a.syn-permalink")
    open_page(page, essay_page(site_url, essay.id))

    expect(permalink).to_have_css("opacity", "0")
    paragraph.hover()
    expect(permalink).to_have_css("opacity", "1")
    problems.assert_none()


def test_paragraph_link_scrolls_into_view(page, problems, site_url, essay):
    target_id = middle_paragraph(essay).id
    open_page(page, f"{essay_page(site_url, essay.id)}#{target_id}")

    target = by_id(page, target_id)
    expect(target).to_be_in_viewport()
    assert page.evaluate("() => document.querySelector(':target')?.id") == target_id
    # In the viewport is not enough: Material's header stays on top and could hide it.
    header = page.locator("header.md-header").bounding_box()
    assert target.bounding_box()["y"] >= header["y"] + header["height"]
    problems.assert_none()


def test_a_paragraph_shows_its_number_in_the_margin_or_at_its_start(page, http_site_url, essay):
    # The site cites passages as "¶6"; a reader counting paragraphs to find one gave up.
    # (Style only: over http alone, as file:// draws it alike.)
    paragraph = middle_paragraph(essay)
    open_page(page, essay_page(http_site_url, essay.id))
    number = f"getComputedStyle(document.getElementById('{paragraph.id}'), '::before')"
    assert page.evaluate(f"{number}.content") == f'"{paragraph.number}" / ""'  # (no screen reader)
    assert page.evaluate(f"{number}.float") == "none"  # in the margin
    # a phone's: no margin, the number at the paragraph's start (a reader's review), and the
    # permalink on the screen
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate(f"{number}.content") == f'"{paragraph.number}" / ""'
    assert page.evaluate(f"{number}.float") == "left"
    permalink = page.locator(f"#{paragraph.id} > .syn-permalink")
    assert permalink.evaluate("link => link.getBoundingClientRect().left") >= 0


def test_a_notes_way_back_shows_where_nothing_hovers(browser, http_site_url, collection):
    # Material shows a note's ↩ on hover alone: a touch screen never showed it (a reader's
    # review). (Style only: over http alone.)
    essay = next(e for e in collection.essays if any(not n.missing for n in e.footnotes.values()))
    back = "getComputedStyle(document.querySelector('.footnote-backref')).opacity"
    for touch, shown in ((True, "1"), (False, "0")):
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, has_touch=touch, is_mobile=touch
        )
        page = context.new_page()
        page.goto(essay_page(http_site_url, essay.id))
        assert page.evaluate(back) == shown
        context.close()


def test_a_notes_way_back_shows_the_lines_above_its_marker(browser, http_site_url, collection):
    # At the header's margin a phone showed the marker's line alone, the sentence it ends
    # above the screen (a reader's review): three lines of text at least stand above it.
    essay = next(e for e in collection.essays if any(not n.missing for n in e.footnotes.values()))
    label = next(label for label, note in essay.footnotes.items() if not note.missing)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(essay_page(http_site_url, essay.id) + f"#fn:{essay.id}-{label}")
    page.locator(f'[id="fn:{essay.id}-{label}"] .footnote-backref').first.click()
    marker = page.locator(f'[id="fnref:{essay.id}-{label}"]')
    expect(marker).to_be_in_viewport()
    header = page.locator(".md-header").evaluate("h => h.getBoundingClientRect().bottom")
    line = float(marker.evaluate("m => getComputedStyle(m.closest('p')).lineHeight")[:-2])
    page.wait_for_function(f"() => location.hash === '#fnref:{essay.id}-{label}'")
    top = marker.evaluate("m => m.getBoundingClientRect().top")
    assert top - header >= 3 * line
    page.close()


def test_a_keyboard_opens_the_site_s_navigation_on_a_phone(browser, http_site_url):
    # Material's menu button there is a label: Tab never reached it and it had no name (a
    # reader's review).
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(http_site_url + "index.html")
    menu = page.locator('label.md-header__button[for="__drawer"]')
    expect(menu).to_have_attribute("aria-label", "Open the site's navigation")
    for _ in range(4):  # the skip link first, then the menu
        page.keyboard.press("Tab")
        if menu.evaluate("label => label === document.activeElement"):
            break
    assert menu.evaluate("label => label === document.activeElement")
    page.keyboard.press("Enter")
    expect(page.locator("#__drawer")).to_be_checked()
    expect(menu).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(page.locator("#__drawer")).not_to_be_checked()
    expect(menu).to_have_attribute("aria-expanded", "false")
    page.close()


def test_a_phone_folds_each_paragraphs_themes_and_counterparts(browser, http_site_url, essay):
    # On a phone the themes and counterparts under the paragraphs took as much height as the
    # text (a reader's review): there each paragraph's are folded under a button saying how
    # many; the paragraph an address leads to shows its own. (Over http alone: the script
    # reads no address but the fragment, alike from disk.)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(essay_page(http_site_url, essay.id))
    assert page.locator(".syn-para-aside").count() == page.locator(".syn-aside-toggle").count()
    aside = page.locator(".syn-para-aside:has(.syn-counterparts)").first
    button = aside.locator(".syn-aside-toggle")
    themes = aside.locator(".syn-chips > li").count()
    counterparts = aside.locator(".syn-counterparts > li").count()
    expect(button).to_have_text(re.compile(rf"^{themes} themes? · {counterparts} counterparts? "))
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(aside.locator(".syn-counterparts")).to_be_hidden()
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(aside.locator(".syn-counterparts")).to_be_visible()
    target = aside.evaluate("a => a.closest('.syn-para').id")
    page.goto(essay_page(http_site_url, essay.id) + f"#{target}")
    page.reload()
    expect(page.locator(f"#{target} > .syn-para-aside .syn-counterparts")).to_be_visible()
    # wide, nothing folds
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(essay_page(http_site_url, essay.id))
    expect(page.locator(".syn-aside-toggle")).to_have_count(0)
    expect(page.locator(".syn-counterparts").first).to_be_visible()
    page.close()


def test_skip_to_content_lands_under_the_essays_title(browser, http_site_url, essay):
    # Led to ¶1, the skip link passed the title and byline (a reader's review): its target,
    # the essay's front, shows with the title above it, on a phone too.
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(essay_page(http_site_url, essay.id))
    page.goto(essay_page(http_site_url, essay.id) + page.locator("a.md-skip").get_attribute("href"))
    header = page.locator(".md-header").evaluate("h => h.getBoundingClientRect().bottom")
    title = page.locator("article h1").evaluate("h => h.getBoundingClientRect().top")
    assert title >= header
    expect(page.locator(".syn-essay-meta")).to_be_in_viewport()
    page.close()
