"""Parts of a blog post's saved page that are no essay's text (postparts.py, read by
htmlpage.py): the excerpt under the title, the reading time beside the date, a pull quote;
and a signup card, a tag's link wrapped in a span. Each with its near misses."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from synoptic.htmlpage import EXCERPT, HEADER, LINKS, POST_PULL_QUOTE, SIGNUP, html_page
from synoptic.postparts import (
    excerpts,
    header_fragments,
    pull_quotes,
    without_reading_time,
    words_of,
)

SAID = "Bread rises when the yeast is warm and fed"
HEAD = f'<meta name="description" content="{SAID}.">'
QUOTE = "the oven matters less than the hour you give the dough"


def _page(inside: str, head: str = HEAD) -> str:
    return f"<html><head>{head}</head><body><article>{inside}</article></body></html>"


def _soup(inside: str, head: str = HEAD) -> BeautifulSoup:
    return BeautifulSoup(_page(inside, head), "html.parser")


def test_words_and_reading_times() -> None:
    assert words_of("Don’t  stop, now!") == "don t stop now"
    assert without_reading_time("Jan 12, 2026 • 4 min read").split() == ["Jan", "12,", "2026"]
    assert without_reading_time("3 May · 7 minute read").split() == ["3", "May"]
    # (a sentence about minutes and reading stays)
    assert without_reading_time("I read for 4 minutes.") == "I read for 4 minutes."


def test_the_excerpt_in_the_header_that_says_the_description_goes() -> None:
    soup = _soup(f"<header><h1>Bread</h1><p>{SAID}.</p></header><p>Body.</p>")
    assert [p.get_text() for p in excerpts(soup, soup.article)] == [f"{SAID}."]
    page = html_page(_page(f"<header><h1>Bread</h1><p>{SAID}.</p></header><p>Body.</p>"))
    assert SAID not in page.text and "Body." in page.text
    assert any(why == EXCERPT and text == f"{SAID}." for _, text, why in page.left_out)


@pytest.mark.parametrize(
    "inside",
    [
        # the first paragraph of the post says the description (an automatic excerpt): read
        f"<header><h1>Bread</h1></header><p>{SAID}.</p>",
        # a header's paragraph that says more than the description: read
        f"<header><h1>Bread</h1><p>{SAID}, and more besides.</p></header><p>Body.</p>",
    ],
)
def test_a_paragraph_of_the_post_or_a_longer_one_stays(inside: str) -> None:
    assert SAID in html_page(_page(inside)).text


def test_no_description_no_excerpt() -> None:
    soup = _soup(f"<header><p>{SAID}.</p></header>", head="")
    assert excerpts(soup, soup.article) == []


@pytest.mark.parametrize(
    ("inside", "kept"),
    [
        # set as display type (Ghost's class), before the sentence it repeats
        (
            f'<p>First.</p><blockquote class="kg-blockquote-alt">{QUOTE.capitalize()}.'
            f"</blockquote><p>Bakers say {QUOTE}.</p>",
            f"Bakers say {QUOTE}.",
        ),
        # Medium's: no class says so (its classes are generated names), the sentence's opening
        # set again in quotation marks under the paragraph just read (collection PP's ic)
        (
            f"<p>Bakers say {QUOTE}, and they are right.</p>"
            f'<blockquote class="ix iy"><p class="ja jb">“{QUOTE.capitalize()}.”</p></blockquote>'
            "<p>Next.</p>",
            f"Bakers say {QUOTE}, and",
        ),
    ],
)
def test_a_pull_quote_beside_the_sentence_it_repeats_goes(inside: str, kept: str) -> None:
    soup = _soup(inside)
    assert len(pull_quotes(soup.article)) == 1
    page = html_page(_page(inside))
    assert "> " not in page.text and kept in page.text
    assert any(why == POST_PULL_QUOTE for _, _, why in page.left_out)


@pytest.mark.parametrize(
    "inside",
    [
        # a quotation the post says once
        f"<p>First.</p><blockquote>{QUOTE}.</blockquote><p>Bakers disagree.</p>",
        # said again, but far off: the essay's own quotation, then discussed
        f"<blockquote>{QUOTE}.</blockquote><p>A.</p><p>B.</p><p>C.</p><p>They say {QUOTE}.</p>",
        # a short phrase said again: no sentence
        '<blockquote class="pullquote">Warm yeast.</blockquote><p>Use warm yeast.</p>',
        # a plain quotation the paragraph after it quotes again to discuss it (review 33)
        f"<p>First.</p><blockquote>{QUOTE}.</blockquote><p>Bakers say {QUOTE}.</p>",
        # in quotation marks, but said again by the paragraph after it, not the one above
        f"<p>First.</p><blockquote>“{QUOTE}.”</blockquote><p>Bakers say {QUOTE}.</p>",
        # saying again the paragraph above, but in no quotation marks: another's words quoted
        f"<p>Bakers say {QUOTE}.</p><blockquote>{QUOTE}.</blockquote><p>Next.</p>",
    ],
)
def test_quotations_that_are_no_pull_quotes_stay(inside: str) -> None:
    soup = _soup(inside)
    assert pull_quotes(soup.article) == []
    assert "\n> " in html_page(_page(inside)).text


def test_the_reading_time_beside_the_date_goes_with_it() -> None:
    inside = (
        '<div class="meta"><time datetime="2026-01-12">Jan 12, 2026</time>'
        '<span class="reading-time"><span>•</span> 4 min read</span></div><p>Body.</p>'
    )
    page = html_page(_page(inside))
    assert "min read" not in page.text and 'date: "2026-01-12"' in page.text


def test_a_signup_card_with_a_form_goes_and_a_signup_class_over_words_stays() -> None:
    card = (
        '<div class="kg-card kg-signup-card"><h2>Sign up for Bread Notes</h2>'
        '<form><input type="email"><button>Subscribe</button></form>'
        "<p>No spam.</p></div>"
    )
    page = html_page(_page(f"<p>Body.</p>{card}<p>More.</p>"))
    assert "Sign up" not in page.text and "No spam" not in page.text
    assert any(why == SIGNUP for _, _, why in page.left_out)
    words = '<div class="signup-advice"><p>Sign up early for the course.</p></div>'
    assert "Sign up early" in html_page(_page(f"<p>Body.</p>{words}")).text


def test_a_tag_s_link_in_a_span_is_a_block_of_links() -> None:
    inside = '<div class="tags"><span><a href="/tag/bread/">Baking</a></span></div><p>Body.</p>'
    page = html_page(_page(inside))
    assert "Baking" not in page.text
    assert any(why == LINKS and text == "Baking" for _, text, why in page.left_out)
    # (a span holding a link and words of its own is read)
    kept = '<div><span>Read <a href="/x">the survey</a> first</span></div><p>Body.</p>'
    assert "Read the survey first" in html_page(_page(kept)).text


@pytest.mark.parametrize(
    "blocks, cut",
    [
        # Medium's header, each word an element of its own, over the post's first paragraph
        (["Member-only story", "·", "Published in", "·", "3 min read", "·", "The post."], 6),
        (["3 min read", "The post."], 1),
        # … not without two separators or a reading time: a dateline, an epigraph's line
        (["LONDON", "The post."], 0),
        (["Know thyself", "The post."], 0),
        (["Odesa", "·", "The post."], 0),
        # … and never a dateline (review 34)
        (["Odesa, 3 March 2024", "·", "—", "The post."], 0),
        (["Odesa, 3 March 2024", "4 min read", "The post."], 0),
        # … nor a heading, a quotation, a list, a subtitle in emphasis or a sentence
        (["## Part one", "·", "The post."], 0),
        (["> Wait.", "·", "The post."], 0),
        (["*A subtitle*", "·", "The post."], 0),
        (["It rained.", "·", "The post."], 0),
        # … nor a page that is nothing else
        (["·", "3 min read"], 0),
    ],
)
def test_a_post_header_s_fragments_over_its_first_block_go(blocks: list[str], cut: int) -> None:
    assert header_fragments(blocks) == cut


def test_a_page_leaves_out_its_header_s_fragments_and_lists_them() -> None:
    inside = (
        "<p>Member-only story</p><h1>Loaves</h1><div><span>·</span></div><div>Published in</div>"
        f"<div><span>4 min read</span></div><p>{SAID}, and {QUOTE}.</p>"
    )
    page = html_page(_page(inside))
    assert page is not None
    assert page.text.split("---\n", 2)[2].strip() == f"{SAID}, and {QUOTE}."
    # (listed by their line in the HTML, here all one)
    assert sorted(text for _, text, why in page.left_out if why == HEADER) == sorted(
        ["Member-only story", "·", "Published in", "4 min read"]
    )
