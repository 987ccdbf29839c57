"""The ids of the HTML the plugin puts in place of its placeholders become the page's anchors,
as MkDocs' own scan of raw HTML would have found them (links from hand-written pages to them
are checked against these)."""

from __future__ import annotations

import pytest

from synoptic.plugin import element_ids


@pytest.mark.parametrize(
    "html, ids",
    [
        ('<div class="syn-para" id="a-p1"><p>Text</p></div>', {"a-p1"}),
        ('<li\nid="fn:a-1">', {"fn:a-1"}),  # any space before it
        ('<div data-id="x" id="y">', {"y"}),  # another attribute ending in id is none
        ('<h2 id="r&amp;d">', {"r&d"}),  # as the browser reads it
        ('id="z"', set()),  # not an attribute
        ('<p id="">', {""}),
        ("<p>no ids</p>", set()),
    ],
)
def test_element_ids_are_the_id_attributes(html, ids):
    assert element_ids(html) == ids
