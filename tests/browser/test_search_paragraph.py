"""Search by paragraph: a phrase leads to the paragraph that holds it, first, over http and file://."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, by_id, open_page
from .test_reading import MIN_WORD, contains_phrase, middle_windows, words

FIRST_GROUP = ".md-search-result__item >> nth=0"


def second_paragraph_phrase(collection):
    """The second paragraph of the first section (under a heading) that has two, and four
    content words from its middle, in a row, that no other paragraph of the collection holds."""
    paragraphs = [p for essay in collection.essays for p in essay.paragraphs]
    for essay in collection.essays:
        for section in essay.sections:
            if section.anchor is None or len(section.paragraphs) < 2:
                continue
            target = section.paragraphs[1]
            others = [words(p.text) for p in paragraphs if p is not target]
            for window in middle_windows(target.text.split()):
                phrase = " ".join(window)
                if all(token.isalpha() and len(token) >= MIN_WORD for token in window) and not any(
                    contains_phrase(text, phrase) for text in others
                ):
                    return target, phrase
    pytest.fail("no section's second paragraph has four content words no other one has")


def test_phrase_leads_to_its_paragraph_first(page, problems, site_url, collection):
    target, phrase = second_paragraph_phrase(collection)
    open_page(page, site_url + "index.html")

    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill(phrase[:-1])
    query.press(phrase[-1])  # Material searches on keyup: one query, the whole phrase
    # A result group is a page and its best entries: the page link, then the entry that
    # scored highest of all the results.
    best = page.locator(FIRST_GROUP).locator(f'{SEARCH_RESULT_LINK}[href*="#"]').first
    expect(best).to_have_attribute(
        "href",
        re.compile(
            rf"essays/{re.escape(target.essay_id)}\.html(\?[^#]*)?#"
            rf"{re.escape(target.id)}$"
        ),
    )
    scores = page.locator("article[data-md-score]").evaluate_all(
        "articles => articles.map(a => Number(a.dataset.mdScore))"
    )
    assert float(best.locator("article").get_attribute("data-md-score")) == max(scores)

    best.click()
    assert urlsplit(page.url).fragment == target.id
    expect(by_id(page, target.id)).to_be_in_viewport()
    problems.assert_none()
