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


#: The scores and hrefs of the entries shown, best first, once the results of a query are in.
RESULTS = """() => [...document.querySelectorAll('a.md-search-result__link')]
    .map(a => [Number(a.querySelector('article').dataset.mdScore), a.href])
    .sort((x, y) => y[0] - x[0])"""


def results(page, text: str) -> list[str]:
    """The hrefs of every entry found for `text`, best first (without Material's `?h=`)."""
    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill("")
    query.press("Backspace")  # Material searches on keyup: an empty query clears the results
    expect(page.locator(".md-search-result__item")).to_have_count(0)
    query.fill(text[:-1])
    query.press(text[-1])  # one query, the whole text
    page.locator(".md-search-result__item").first.wait_for()
    return [re.sub(r"\?[^#]*", "", href) for _, href in page.evaluate(RESULTS)]


def test_every_phrase_heading_and_theme_label_leads_to_its_place_first(
    page, problems, http_site_url, collection, alignment
):
    """Four content words in a row from the middle of every paragraph (stop words, words a theme's
    description or a heading shares, and words another paragraph has apart included), every
    heading and every theme's label: the best entry found is the paragraph, section or theme.
    Over http only: a page opened from disk loads the same index (test_build), the same lunr
    ranks it, and the first phrase's test runs over both."""
    site_url = http_site_url
    cases = [
        (phrase, rf"essays/{re.escape(p.essay_id)}\.html#{re.escape(p.id)}")
        for p, phrase in distinctive_phrases(collection)
    ]
    assert len(cases) >= 20
    # A heading with a possessive ("Russia’s national interests and the West") may lead to the
    # paragraph right under it: the word is "russia", a prefix that finds "Russian" too, which
    # the paragraph says as well (either apostrophe finds it: mkdocs.yml's separator).
    cases += [
        (
            section.title,
            rf"essays/{re.escape(essay.id)}\.html#"
            + (
                f"({re.escape(section.anchor)}|{re.escape(section.paragraphs[0].id)})"
                if "’" in section.title and section.paragraphs
                else re.escape(section.anchor)
            ),
        )
        for essay in collection.essays
        for section in essay.sections
        if section.title and section.anchor
    ]
    cases += [(t.label, rf"themes/{re.escape(t.id)}\.html") for t in alignment.themes]
    open_page(page, site_url + "index.html")
    missed = [
        (text, best)
        for text, want in cases
        if not re.search(rf"/{want}$", best := results(page, text)[0])
    ]
    assert not missed, missed
    problems.assert_none()


FIRST_PAGES = 5


def test_a_themes_description_still_finds_its_theme_page(page, problems, http_site_url, alignment):
    """The description is an entry of its own on the theme page, weighed as an essay's
    paragraph: a reader who types it finds the theme among the first pages listed (measured:
    1st to 4th, after the overview, whose own entry lists every description)."""
    described = [theme for theme in alignment.themes if theme.description]
    assert described
    open_page(page, http_site_url + "index.html")
    for theme in described:
        pages = list(
            dict.fromkeys(href.partition("#")[0] for href in results(page, theme.description))
        )
        assert any(p.endswith(f"/themes/{theme.id}.html") for p in pages[:FIRST_PAGES]), (
            theme.id,
            pages,
        )
    problems.assert_none()


def test_a_followed_result_marks_its_words_not_every_a(page, problems, site_url, collection):
    # Every word is indexed, so that a phrase finds its paragraph; Material marks the words of
    # a followed result inside any word, and "a" would be marked all over the page.
    target, phrase = second_paragraph_phrase(collection)
    open_page(page, site_url + "index.html")
    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill("a " + phrase[:-1])
    query.press(phrase[-1])
    page.locator(FIRST_GROUP).locator(f'{SEARCH_RESULT_LINK}[href*="#"]').first.click()
    assert urlsplit(page.url).fragment == target.id
    page.locator("mark[data-md-highlight]").first.wait_for()  # once the index has loaded
    marks = page.locator("mark[data-md-highlight]").all_inner_texts()
    assert marks and all(len(mark.strip()) > 2 for mark in marks)
    problems.assert_none()


def words_written(collection, pattern: str) -> list[tuple[object, str]]:
    """The first three (paragraph, word) where a paragraph's text matches `pattern`, the word
    being its first group."""
    return [
        (p, found[1])
        for essay in collection.essays
        for p in essay.paragraphs
        for found in re.finditer(pattern, p.text)
    ][:3]


def assert_found(page, typed: str, paragraph) -> None:
    """`typed` finds `paragraph` among its results."""
    want = f"essays/{paragraph.essay_id}.html#{paragraph.id}"
    assert any(href.endswith(want) for href in results(page, typed)), typed


@pytest.mark.parametrize(
    "opening",
    [
        # brackets: `(THAAD)`, `(Atlantists or …)` (a reader's review)
        pytest.param(r"\(", id="bracket"),
        # an opening quotation mark: `“business as usual.”`, `‘color revolutions’` (a reader of
        # UU's site: "useful", from “useful one last time”, found nothing)
        pytest.param(r"[“‘\"]", id="quotation"),
    ],
)
def test_a_word_that_opens_brackets_or_a_quotation_is_found(
    page, problems, site_url, collection, opening
):
    """A word typed finds the paragraph that writes it right after an opening bracket or
    quotation mark: lunr's tokens kept the mark, and no typed word starts with one."""
    written = words_written(collection, opening + r"(\w{4,})\b")
    assert written
    open_page(page, site_url + "index.html")
    for paragraph, word in written:
        assert_found(page, word, paragraph)
    problems.assert_none()


def test_a_word_typed_with_a_straight_apostrophe_finds_it_written_curly(
    page, problems, site_url, collection
):
    """A keyboard's apostrophe finds the essays' typographic one, and the other way round
    (`Primakov's` for `Primakov’s`, `don't` for `don’t`): lunr's tokens kept the apostrophe, so
    a reader who typed it found nothing."""
    curly = words_written(collection, r"\b(\w{4,}’\w+)")
    assert curly
    open_page(page, site_url + "index.html")
    for paragraph, word in curly:
        assert_found(page, word.replace("’", "'"), paragraph)
        assert_found(page, word, paragraph)
    problems.assert_none()
