"""The offline copy: the zip the home page offers, unpacked and read from disk with no network."""

from __future__ import annotations

import zipfile

import pytest
from playwright.sync_api import expect

from synoptic.archive import FOLDER, ZIP_NAME

from .helpers import SEARCH_QUERY, SEARCH_RESULT_LINK, by_id, essay_page, open_page, same_page
from .test_reading import distinctive_phrase


@pytest.fixture(scope="session")
def offline_url(site, tmp_path_factory) -> str:
    """The unpacked copy's root as a file:// URL, ending in a slash."""
    folder = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(site / ZIP_NAME) as archive:
        archive.extractall(folder)
    return (folder / FOLDER).as_uri() + "/"


def test_the_hosted_home_page_offers_the_zip_and_the_copy_on_disk_does_not(
    page, problems, http_site_url, offline_url
):
    # The unpacked copy does not hold the zip: its offer was a dead link (a reader's review).
    open_page(page, http_site_url + "index.html")
    link = page.locator(f'.md-content a[href="{ZIP_NAME}"]')
    expect(link).to_be_visible()
    open_page(page, offline_url + "index.html")
    expect(link).to_be_hidden()
    expect(page.locator(".md-content")).to_contain_text("Open an essay")  # the rest stays
    problems.assert_none()


def test_reads_essay_theme_and_search_from_disk(page, problems, offline_url, collection, alignment):
    essay = collection.essays[0]
    open_page(page, essay_page(offline_url, essay.id))
    for paragraph in (essay.paragraphs[0], essay.paragraphs[-1]):
        expect(by_id(page, paragraph.id)).to_be_visible()

    theme = alignment.themes[0]
    open_page(page, f"{offline_url}themes/{theme.id}.html")
    expect(page.locator(".md-content h1")).to_be_visible()
    expect(page.locator("[data-essay]").first).to_be_attached()

    phrase = distinctive_phrase(essay, collection)
    query = page.locator(SEARCH_QUERY)
    query.click()
    query.fill(phrase[:-1])
    query.press(phrase[-1])  # Material searches on keyup: one query, the whole phrase
    expect(page.locator(SEARCH_RESULT_LINK).first).to_have_attribute(
        "href", same_page(essay_page(offline_url, essay.id))
    )
    problems.assert_none()
