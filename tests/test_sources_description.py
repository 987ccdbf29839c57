"""Every page's description where mkdocs.yml gives none: the first sentence of the collection's
own description (`sources.description_of`)."""

import pytest

from synoptic.sources import DESCRIPTION_MAX, description_of


@pytest.mark.parametrize(
    "about_html, described",
    [
        ("<p>Three essays on bins. More follows.</p>", "Three essays on bins."),
        (
            "<p>Three essays on <em>bins</em> and <a href='x'>lids</a>.</p>",
            "Three essays on bins and lids.",
        ),
        ("<p>No stop at all</p>", "No stop at all"),
        # a title's or an initial's stop ends no sentence, and a heading over it is none of it
        # (review 42: "Essays by Dr." was every page's description)
        ("<p>Essays by Dr. Ann Lee on bins. More.</p>", "Essays by Dr. Ann Lee on bins."),
        ("<p>Edited by A. N. Other. More.</p>", "Edited by A. N. Other."),
        ("<h2>About this collection</h2><p>Five essays. More.</p>", "Five essays."),
        ("", ""),
        # past the limit: cut at a clause's end in its second half, else at a word
        (
            "<p>" + "word " * 20 + "then a clause, " + "and more words " * 10 + "end.</p>",
            ("word " * 20 + "then a clause").strip() + "…",
        ),
        ("<p>" + "longword " * 40 + ".</p>", ("longword " * 17).strip() + "…"),
    ],
)
def test_a_collection_is_described_by_its_first_sentence(about_html, described):
    assert description_of(about_html) == described
    assert len(description_of(about_html)) <= DESCRIPTION_MAX
