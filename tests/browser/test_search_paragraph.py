"""Search by paragraph: a phrase leads to the paragraph that holds it, first, over http and file://."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, by_id, open_page
from .test_reading import MIN_WORD, contains_phrase, middle_windows, words

FIRST_GROUP = ".md-search-result__item >> nth=0"


def unique_phrase(target, paragraphs) -> str | None:
    """Four content words in a row, nearest the middle of `target`, that no other paragraph has."""
    others = [words(p.text) for p in paragraphs if p is not target]
    for window in middle_windows(target.text.split()):
        phrase = " ".join(window)
        if all(token.isalpha() and len(token) >= MIN_WORD for token in window) and not any(
            contains_phrase(text, phrase) for text in others
        ):
            return phrase
    return None


def second_paragraph_phrase(collection):
    """The second paragraph of the first section (under a heading) that has two, and four
    content words from its middle, in a row, that no other paragraph of the collection holds."""
    paragraphs = [p for essay in collection.essays for p in essay.paragraphs]
    for essay in collection.essays:
        for section in essay.sections:
            if section.anchor is None or len(section.paragraphs) < 2:
                continue
            target = section.paragraphs[1]
            phrase = unique_phrase(target, paragraphs)
            if phrase:
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


SAMPLED = 5  # phrases typed per run, spread over the collection
#: Of the sampled phrases, how many must lead to their paragraph first. Measured over every
#: paragraph of the collection, 24 of 30 do: the others share their words with a heading or with
#: a theme's description, which Material weighs above a paragraph's text.
FIRST_AT_LEAST = 4


def distinctive_phrases(collection):
    """(paragraph, phrase) for every paragraph of 12 words or more: the four content words in a
    row nearest its middle that no other paragraph holds."""
    paragraphs = [p for essay in collection.essays for p in essay.paragraphs]
    for target in paragraphs:
        tokens = target.text.split()
        if len(tokens) < 12:
            continue
        phrase = unique_phrase(target, paragraphs)
        if phrase:
            yield target, phrase


def first_result(page, phrase: str) -> str:
    """The href of the highest scored entry of the first result group."""
    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill(phrase[:-1])
    query.press(phrase[-1])
    page.locator(FIRST_GROUP).locator(SEARCH_RESULT_LINK).first.wait_for()
    return page.locator(FIRST_GROUP).evaluate(
        """group => [...group.querySelectorAll('a.md-search-result__link')].reduce(
            (best, a) => Number(a.querySelector('article').dataset.mdScore) > best.score
                ? {score: Number(a.querySelector('article').dataset.mdScore), href: a.href}
                : best, {score: -1, href: ''}).href"""
    )


def test_sampled_phrases_lead_to_their_paragraphs_first(page, problems, site_url, collection):
    phrases = list(distinctive_phrases(collection))
    assert len(phrases) >= SAMPLED
    step = len(phrases) // SAMPLED
    missed = []
    for target, phrase in phrases[::step][:SAMPLED]:
        open_page(page, site_url + "index.html")  # a fresh page: no results of the last query
        href = first_result(page, phrase)
        if not re.search(
            rf"essays/{re.escape(target.essay_id)}\.html(\?[^#]*)?#{re.escape(target.id)}$", href
        ):
            missed.append((phrase, target.id, href))
    assert len(missed) <= SAMPLED - FIRST_AT_LEAST, missed
    problems.assert_none()
