"""A page's article as readability-lxml's `summary()` gives it (readabilitysummary.py): known by
its `<html><body><div>` and no head; its standfirst pulled to the top, a newsletter box with its
form gone, left out; its front, which the program dropped, warned of. And the near misses: a
page saved whole, a first paragraph that quotes someone, a box that says no small print."""

from __future__ import annotations

import pytest

from synoptic.errors import SynopticError
from synoptic.htmlpage import SIGNUP
from synoptic.ingest import ingest_text
from synoptic.readabilitysummary import (
    PARTIAL,
    READABILITY_JS,
    STANDFIRST,
    SUMMARY,
    bio_name,
    is_readability_summary,
    standfirst_blocks,
    summary_shape,
)
from test_ingest_collection_b import edition_parts

BODY = (
    "<p>Ferries on the estuary still run to a timetable set in 1978, when the town had half "
    "its people and no bridge. The council keeps it because nobody has asked it to change.</p>\n"
    "<h2>What the timetable costs</h2>\n"
    "<p>A crossing every forty minutes means a nurse on the early shift waits on the slipway "
    "for half an hour. Two more boats at dawn would end that, and cost less than the car park "
    "the council is building on the other side.</p>\n"
    "<p>The boats are there. What is missing is a decision, and a council willing to take it "
    "before the summer timetable is printed again.</p>\n"
    "<p><em>Rowan Pell is a maritime historian and a ferry user. He lives in Kessingland.</em>"
    "</p>\n"
)
STANDFIRST_LINE = (
    "The boats are there, and the slipway too. The council should add two dawn crossings, "
    "argues a historian who takes the ferry every day"
)
NEWSLETTER = (
    '<div class="newsletter-box">\n  <h3>The Estuary Weekly</h3>\n'
    "  <p>Our best stories from the coast, in your inbox every Monday.</p>\n  \n"
    '  <p>By signing up you agree to our <a href="/privacy">privacy notice</a>. You can '
    "unsubscribe at any time.</p>\n</div>\n"
)


def _summary(inner: str) -> str:
    """What readability-lxml's `summary()` writes: a new document round the article's element."""
    return f'<html><body><div><div class="story-body">\n{inner}</div></div></body></html>'


def _saved(inner: str) -> str:
    """The same article in a page saved whole: a doctype and a head."""
    return (
        "<!DOCTYPE html>\n<html><head><title>Ferries</title></head><body>\n"
        f"<article>\n{inner}</article>\n</body></html>\n"
    )


def _read(raw: str) -> tuple[dict, list[str], str]:
    made = ingest_text(raw, "ferry", "raw/ferry.html")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, str(made.report)


def test_a_summary_is_known_by_its_document_and_no_head() -> None:
    assert is_readability_summary(_summary(BODY))
    assert not is_readability_summary(_saved(BODY))
    # (a page whose body opens with a div, but with a head, or with more after its end)
    assert not is_readability_summary(f"<html><head></head><body><div>{BODY}</div></body></html>")
    assert not is_readability_summary(_summary(BODY) + "\n<p>more</p>")


# Review 38, finding 12: the partial summary and Mozilla Readability's article (the probes
# `sum1p.html` and `moz.html`) are read as the summary is.
def _partial(inner: str) -> str:
    """What readability-lxml's `summary(html_partial=True)` writes: the `<div>` alone."""
    return f'<div><div class="story-body">\n{inner}</div>\n</div>'


def _readability_js(inner: str) -> str:
    """What Mozilla Readability's `parse().content` holds: its first page's `<div>`."""
    return f'<div id="readability-page-1" class="page"><div>\n{inner}</div></div>'


def test_a_partial_summary_and_readability_js_are_known_and_read_so() -> None:
    assert summary_shape(_summary(BODY)) == SUMMARY
    assert summary_shape(_partial(BODY)) == PARTIAL
    assert summary_shape(_readability_js(BODY)) == READABILITY_JS
    # (a fragment whose first blocks a `<div>` holds, then more; one whose `<div>` has a class)
    assert summary_shape(f"<div><p>A first.</p></div>\n{BODY}<div><p>x</p></div>") == ""
    assert summary_shape(f'<div class="story"><p>A first.</p>{BODY}</div>') == ""
    inner = BODY.replace("<p>The boats are there.", NEWSLETTER + "<p>The boats are there.")
    for raw, shape in ((_partial, PARTIAL), (_readability_js, READABILITY_JS)):
        meta, blocks, report = _read(raw(f"<p class='standfirst'>{STANDFIRST_LINE}</p>\n{inner}"))
        assert shape in report
        assert blocks[0].startswith("Ferries on the estuary")
        assert not any("Estuary Weekly" in block for block in blocks)
        assert meta["title"] == "unknown"
        assert "warning: the source gives no title, author or date" in report


def test_the_standfirst_pulled_to_the_top_goes_and_is_listed() -> None:
    meta, blocks, report = _read(_summary(f"<p class='standfirst'>{STANDFIRST_LINE}</p>\n{BODY}"))
    assert STANDFIRST_LINE not in blocks
    assert blocks[0].startswith("Ferries on the estuary")
    assert meta["summary"].startswith("Ferries on the estuary")
    assert f"removed, {STANDFIRST}: '{STANDFIRST_LINE}'" in report
    assert SUMMARY in report


@pytest.mark.parametrize(
    "first",
    [
        # a quotation's speaker: the essay's own opening
        "“Nobody waits for a ferry by choice,” says the harbour master.",
        # the clause, but in a paragraph too long for a standfirst
        " ".join(["The crossing is slow."] * 12) + " That is the case, argues a historian",
        # no reporting clause: a short first paragraph of the essay's
        "The boats are there, and the slipway too.",
    ],
)
def test_a_first_paragraph_of_the_essays_own_stays(first: str) -> None:
    _, blocks, report = _read(_summary(f"<p>{first}</p>\n{BODY}"))
    assert blocks[0] == first.replace("*", "\\*")
    assert STANDFIRST not in report


# Review 38, finding 5: an essay's own first paragraph ending in reported speech (the probe
# `sum2.html`, readability-lxml 0.9's summary of a page whose first paragraph is the essay's).
REPORTED = (
    "Every doctor forgets what the patient said last week, says the nurse who has worked beside "
    "them for thirty years."
)


def test_a_first_paragraph_shaped_as_a_standfirst_in_no_standfirst_class_stays_warned() -> None:
    _, blocks, report = _read(_summary(f"<p>{REPORTED}</p>\n{BODY}"))
    assert blocks[0] == REPORTED
    assert STANDFIRST not in report
    assert (
        "warning: the first paragraph (line 2 of the HTML) ends as a standfirst does, a "
        "reporting verb and who says it, but no class marks it one (`standfirst`, `dek`): kept "
        f"as the essay's own; remove it if it is the sub-editor's line over the article: "
        f"{REPORTED!r}"
    ) in report
    # (the same in a class that says standfirst, as readability keeps it: the sub-editor's line)
    _, blocks, report = _read(_summary(f"<p class='article__dek'>{REPORTED}</p>\n{BODY}"))
    assert REPORTED not in blocks
    assert f"removed, {STANDFIRST}: {REPORTED!r}" in report
    assert "no class marks it one" not in report


def test_a_standfirst_stays_on_a_page_saved_whole_or_over_a_heading() -> None:
    # (a page saved whole has its own rules for its header: this one is readability's)
    _, blocks, _ = _read(_saved(f"<p>{STANDFIRST_LINE}</p>\n{BODY}"))
    assert STANDFIRST_LINE in blocks
    assert standfirst_blocks([STANDFIRST_LINE, "## What the timetable costs", "A text."]) == 0
    assert standfirst_blocks([STANDFIRST_LINE, "A paragraph of the essay."]) == 1
    assert standfirst_blocks([STANDFIRST_LINE]) == 0


def test_a_newsletter_box_with_its_form_gone_goes_in_a_summary() -> None:
    inner = BODY.replace("<p>The boats are there.", NEWSLETTER + "<p>The boats are there.")
    _, blocks, report = _read(_summary(inner))
    assert not any("Estuary Weekly" in block or "unsubscribe" in block for block in blocks)
    assert f"removed, {SIGNUP}: 'The Estuary Weekly Our best stories" in report
    # Near misses: on a page saved whole a box with no form is read (its forms are not
    # gone: a box of words is the post's own), and so is a summary's box with no small print.
    _, blocks, _ = _read(_saved(inner))
    assert "## The Estuary Weekly" in blocks
    plain = NEWSLETTER.split("  <p>By signing")[0] + "  <p>It is free, and weekly.</p>\n</div>\n"
    _, blocks, _ = _read(_summary(BODY.replace("<p>The boats", plain + "<p>The boats")))
    assert "## The Estuary Weekly" in blocks


# Review 38, finding 6: the essay's own paragraph in a box classed `newsletter`, saying
# "unsubscribe" (the probe `sum1.html`): no sign-up's shape, no heading or pitch over it.
LIBRARIAN = (
    "The one I kept was a weekly note from a retired librarian. Her last line each week was the "
    "same: unsubscribe whenever you like, dear, I will not mind. I never did."
)


def test_an_essays_paragraph_in_a_newsletter_class_is_no_signup_box() -> None:
    box = f'<div class="newsletter">\n<p>{LIBRARIAN}</p>\n</div>\n'
    _, blocks, report = _read(_summary(BODY.replace("<p>The boats", box + "<p>The boats")))
    assert LIBRARIAN in blocks
    assert SIGNUP not in report
    # (the small print alone, with no heading or pitch over it, is read too: nothing is lost)
    box = '<div class="newsletter"><p>You can unsubscribe at any time.</p></div>\n'
    _, blocks, _ = _read(_summary(BODY.replace("<p>The boats", box + "<p>The boats")))
    assert "You can unsubscribe at any time." in blocks


def test_the_front_the_summary_dropped_is_warned_of_with_the_bios_name() -> None:
    meta, _, report = _read(_summary(BODY))
    assert (meta["title"], meta["author"], meta["date"]) == ("unknown",) * 3
    assert "warning: the source gives no title, author or date: a readability program's" in (report)
    assert "opens with a name, Rowan Pell: the author, maybe (not written)" in report
    # a headline the program kept is the title: only what is missing is named
    meta, _, report = _read(_summary(f"<h1>Two More Boats</h1>\n{BODY}"))
    assert meta["title"] == "Two More Boats"
    assert "warning: the source gives no author or date:" in report
    # a page saved whole that names none is not warned so (its front is read by other rules)
    _, _, report = _read(_saved(BODY.replace("<p><em>Rowan", "<p><em>Then Rowan")))
    assert "the source gives no" not in report


def test_a_bios_name_is_a_name_opening_one_of_the_last_paragraphs() -> None:
    assert bio_name(["A text.", "Ann de Vries is a lecturer.", "A last word."]) == "Ann de Vries"
    assert bio_name(["Ann Lee is a lecturer.", "A text.", "A last word."]) == ""
    assert bio_name(["The Harbour Board is to blame."]) == ""  # (no name: "The …")
    assert bio_name(["In March 2024 was the vote."]) == ""
    assert bio_name(["*Rowan Pell writes on ferries.*"]) == "Rowan Pell"


@pytest.mark.parametrize(
    "raw",
    [
        "<html><body><div></div></body></html>",
        "<html><body><div><div><p></p></div></div></body></html>",
        "<html><body><div><div><h3>Only a heading</h3></div></div></body></html>",
        "<html><body><div><p>, argues a</p><p>x</p></div></body></html>",
    ],
)
def test_an_empty_or_odd_summary_ends_in_no_traceback(raw: str) -> None:
    try:
        ingest_text(raw, "odd", "raw/odd.html")
    except SynopticError:
        pass
