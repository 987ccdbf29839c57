"""marks.mark_span: the words of a passage marked inside HTML text, never between tags."""

from __future__ import annotations

import pytest

from synoptic.marks import mark_span

OPEN, CLOSE = "<mark>", "</mark>"
LIST = "<ul>\n<li>first item here</li>\n<li>second item</li>\n</ul>"
NOTE = (
    '<p>A <em>genuine</em> <strong>strategic</strong> partnership<sup id="fnref:x-1">'
    '<a class="footnote-ref" href="#fn:x-1">1</a></sup> and &amp; more.</p>'
)


@pytest.mark.parametrize(
    "html, start, end, expected",
    [
        # plain text "first item here second item": a quote across two list items
        (
            LIST,
            6,
            22,
            "<ul>\n<li>first <mark>item here</mark></li>\n<li><mark>second</mark> item</li>\n</ul>",
        ),
        # a span across inline tags: the space between them is marked, the footnote label is not
        # text and stays as it was
        (
            NOTE,
            2,
            31,
            "<p>A <em><mark>genuine</mark></em><mark> </mark><strong><mark>strategic"
            '</mark></strong><mark> partnership</mark><sup id="fnref:x-1"><a class='
            '"footnote-ref" href="#fn:x-1">1</a></sup> and &amp; more.</p>',
        ),
        # an entity counts as the one character it stands for
        (
            NOTE,
            32,
            37,
            '<p>A <em>genuine</em> <strong>strategic</strong> partnership<sup id="fnref:'
            'x-1"><a class="footnote-ref" href="#fn:x-1">1</a></sup> <mark>and &amp;'
            "</mark> more.</p>",
        ),
        (
            "<p>Line one<br />\nline two</p>",
            5,
            13,
            "<p>Line <mark>one</mark><br /><mark>\nline</mark> two</p>",
        ),
    ],
)
def test_marks_fall_inside_text_only(html, start, end, expected):
    assert mark_span(html, start, end, OPEN, CLOSE) == expected


def test_no_mark_stands_between_block_tags():
    marked = mark_span(
        "<ol>\n<li>\n<p>one two</p>\n</li>\n<li>\n<p>three four</p>\n</li>\n</ol>",
        4,
        13,
        OPEN,
        CLOSE,
    )
    assert marked.count(OPEN) == 2 and "</li><mark>" not in marked
    assert "<mark>\n</mark>" not in marked and "two</mark></p>" in marked


def test_a_span_past_the_text_marks_nothing():
    assert mark_span("<p>short</p>", 2, 40, OPEN, CLOSE) is None
