"""What a news site sets into an article's text (webinserts.py): each rule removes its insert
from a web page and lists it, and leaves alone the essay's lines that look a little like one."""

from __future__ import annotations

import pytest

from synoptic.furniture import WEB_BOTTOM, WEB_TIME
from synoptic.ingest import ingest_text
from synoptic.metadata import SITE_PARTS, metadata_line
from synoptic.webinserts import (
    WEB_AD,
    WEB_COOKIES,
    WEB_PROMO,
    WEB_SHARE,
    WEB_STANDFIRST,
    is_ad_label,
    is_cookie_notice,
    is_promo,
    is_share_row,
)

# A paragraph as a web page's text copy sets it: one line, longer than any page's line.
PROSE = (
    "This is a paragraph of the essay, a whole sentence of some length and weight, which goes "
    "on for a while so that the page reads as a web page does, one paragraph to a line."
)
OTHER = PROSE.replace("This is a paragraph", "Here is another paragraph")
LAST = PROSE.replace("This is a paragraph", "And here is the last paragraph")


def web(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def removed(raw: str) -> list[tuple[str, str]]:
    return [(item.text, item.rule) for item in ingest_text(raw, "t", "t.txt").report.removed]


@pytest.mark.parametrize(
    ("insert", "rule"),
    [
        ("Advertisement", WEB_AD),
        ("ADVERTISEMENT", WEB_AD),
        ("Sponsored content", WEB_AD),
        ("Share  Facebook  X  WhatsApp  Email  Copy link", WEB_SHARE),
        ("Follow us | Facebook | Instagram", WEB_SHARE),
        ("Read more: Council sets dates for the heat network exhibition", WEB_PROMO),
        ("See also: Why the tram is back", WEB_PROMO),
        ("Have your say: email letters@example.org with your views.", WEB_PROMO),
    ],
)
def test_an_insert_between_paragraphs_is_removed_and_listed(insert: str, rule: str) -> None:
    raw = web("A Title Here", "By Ann Smith", PROSE, insert, OTHER, LAST)
    assert removed(raw) == [(insert, rule)]
    assert insert not in ingest_text(raw, "t", "t.txt").markdown


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money",  # a heading
        "Share the load",  # a heading, its words a single space apart
        "Advertising and its discontents",  # a heading about advertising
        "Advertisement is everywhere now.",  # a sentence
        "Read more about this in the council's own report.",  # no colon after the cue
        "Home truths",  # a heading
        "Listen: the river is speaking, and it says enough.",  # a short paragraph, no link
        "We use cookies, the company's notice says, to know you.",  # the essay's, on tracking
    ],
)
def test_the_essay_s_lines_like_an_insert_stay(line: str) -> None:
    raw = web("A Title Here", "By Ann Smith", PROSE, line, OTHER, LAST)
    assert removed(raw) == []


def test_a_last_paragraph_that_sends_the_reader_on_stays() -> None:
    # "Read more …" ending the essay is its own sentence, not a link: no colon, and prose.
    last = "Read more about the pit's history in the county archive, which keeps every survey."
    raw = web("A Title Here", "By Ann Smith", PROSE, OTHER, last)
    assert removed(raw) == []


def test_a_sites_read_more_link_below_the_last_paragraph_goes() -> None:
    raw = web("A Title Here", "By Ann Smith", PROSE, OTHER, LAST, "Read more about the pit")
    assert removed(raw) == [("Read more about the pit", WEB_BOTTOM)]


def test_a_link_below_the_last_paragraph_is_left_to_the_bottom_rule() -> None:
    raw = web("A Title Here", "By Ann Smith", PROSE, OTHER, "Related: Why the tram is back")
    assert removed(raw) == [("Related: Why the tram is back", WEB_BOTTOM)]


def test_a_cookie_notice_above_or_below_the_article_is_removed_with_the_footer() -> None:
    notice = "We use cookies to improve your experience. You can accept all cookies."
    raw = web("A Title Here", "By Ann Smith", PROSE, OTHER, notice, "About us  Contact  Terms")
    assert removed(raw) == [(notice, WEB_COOKIES), ("About us  Contact  Terms", WEB_BOTTOM)]
    # a banner of more words than a link is still no last paragraph
    long = notice + " We also share them with partners to measure ads and analyse our traffic."
    raw = web("A Title Here", "By Ann Smith", PROSE, OTHER, long, "About us  Contact  Terms")
    assert removed(raw) == [(long, WEB_COOKIES), ("About us  Contact  Terms", WEB_BOTTOM)]
    raw = web(notice, "A Title Here", "By Ann Smith", PROSE, OTHER)
    assert removed(raw) == [(notice, WEB_COOKIES)]
    assert 'title: "A Title Here"' in ingest_text(raw, "t", "t.txt").markdown


def test_the_standfirst_between_the_title_and_the_byline_is_the_site_s() -> None:
    standfirst = "Residents fear rising bills and a forty-year contract with one supplier."
    raw = web("A Title Here", standfirst, "By Ann Smith", PROSE, OTHER)
    made = ingest_text(raw, "t", "t.txt")
    assert removed(raw) == [(standfirst, WEB_STANDFIRST)]
    assert 'title: "A Title Here"' in made.markdown and 'author: "Ann Smith"' in made.markdown


@pytest.mark.parametrize(
    "between",
    [
        "A Second Line Of The Headline.",  # a headline in Title Case, not a standfirst
        "Jump to the comments",  # no sentence
        "For my mother, who kept the house warm.",  # the author's dedication
    ],
)
def test_no_standfirst_but_a_sentence_under_the_title(between: str) -> None:
    raw = web("A Title Here", between, "By Ann Smith", PROSE, OTHER)
    assert all(rule != WEB_STANDFIRST for _, rule in removed(raw))


def test_a_byline_with_its_reading_time_gives_author_and_date() -> None:
    byline = "By Janet Pellow | 17 February 2026 | 7 min read"
    assert metadata_line(byline) == {"author": "Janet Pellow", "date": "2026-02-17"}
    made = ingest_text(web("A Title Here", byline, PROSE, OTHER), "t", "t.txt")
    assert 'author: "Janet Pellow"' in made.markdown and 'date: "2026-02-17"' in made.markdown
    # read for the front matter, and the site's part it does not keep is listed
    assert [(item.text, item.rule) for item in made.report.removed] == [(byline, SITE_PARTS)]


def test_a_reading_time_without_a_byline_is_still_removed() -> None:
    raw = web("A Title Here", "By Ann Smith", "Apr 9, 2026 · 6 min read", PROSE, OTHER)
    assert removed(raw) == [("Apr 9, 2026 · 6 min read", WEB_TIME)]
    assert metadata_line("7 min read") is None  # a reading time alone states nothing


@pytest.mark.parametrize(
    ("predicate", "text", "expected"),
    [
        (is_ad_label, "Advertisement · Scroll to continue", True),
        (is_ad_label, "Ad", True),
        (is_ad_label, "Adverts", False),
        (is_share_row, "Share  Facebook", False),  # one button: too few to be a row
        (is_share_row, "Share  this, then that.  Now", False),
        (is_promo, "Read more: " + "word " * 25, False),  # too long for a link
        (is_cookie_notice, "This website uses cookies to work.", True),
        (is_cookie_notice, "Cookies were baked for the meeting.", False),
        (is_cookie_notice, "We use cookies as a metaphor " + "here " * 60, False),
        # From a code review's probes: the essay's own sentences, and a table's head.
        (
            is_cookie_notice,
            "We use cookies, the banner says, as if that were a confession, when in truth it is "
            "a demand that we consent to something nobody has explained to us.",
            False,
        ),
        (
            is_cookie_notice,
            "We use cookies to improve your experience. You can accept all cookies or manage "
            "your preferences.",
            True,
        ),
        (is_promo, "Read more: the full report is online, and it is worth an evening.", False),
        (is_promo, "Recommended: that the council publish every contract in full.", False),
        (is_promo, "Read more: Council sets dates for the exhibition", True),
        (is_promo, "Have your say: email letters@gazette.example with your views.", True),
        (is_share_row, "Share  2019  2020  2021", False),
    ],
)
def test_the_shapes(predicate, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert predicate(text) is expected


@pytest.mark.parametrize("heading", ["1945", "1"])
def test_a_number_heading_under_a_dated_byline_stays(heading: str) -> None:
    # From a code review's probes: one bare number is no clap count; a site sets a reading
    # time or two counts (claps and comments) under a byline.
    raw = web("A Title Here", "By Ann Smith", "12 March 2025", heading, PROSE, OTHER)
    assert removed(raw) == [] and heading in ingest_text(raw, "t", "t.txt").markdown
