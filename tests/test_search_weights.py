"""Search by paragraph: which elements get an entry of their own, and what each entry weighs."""

from __future__ import annotations

import pytest

from synoptic.search import (
    HEADING_SHARE,
    LIFT_CAP,
    NOTE,
    OTHER,
    PARAGRAPH,
    lift,
    own_entry,
    split_index,
)


@pytest.mark.parametrize(
    ("tag", "attrs", "expected"),
    [
        # the number the page shows (its place), not the one in the id
        (
            "div",
            {"id": "e-p12", "class": "syn-para syn-para--paragraph", "data-syn-number": "3"},
            (PARAGRAPH, "¶3"),
        ),
        ("li", {"id": "fn:e-3"}, (NOTE, "Note 3")),
        ("p", {"id": "about-theme", "data-syn-entry": "Theme"}, (OTHER, "Theme")),
        ("p", {"id": "about-theme", "data-syn-entry": ""}, None),  # no title, no entry
        ("div", {"id": "e-p1", "class": "syn-paragraph"}, None),  # a class only like it
        ("li", {"id": "item-1"}, None),
        ("section", {"id": "point-1"}, None),
    ],
)
def test_which_elements_get_an_entry_of_their_own(tag, attrs, expected):
    assert own_entry(tag, attrs) == expected


@pytest.mark.parametrize(
    ("words", "mean", "expected"),
    [
        (100, 100, 1.0),  # the mean: as its page
        (300, 100, 1.0),  # longer: never lowered
        (0, 100, 1.0),
        (50, 100, 2**0.6),  # half the mean
        (10, 100, LIFT_CAP),  # the cap
    ],
)
def test_a_paragraph_shorter_than_the_mean_is_lifted_up_to_a_cap(words, mean, expected):
    assert lift(words, mean) == pytest.approx(expected)


def test_lift_grows_as_a_paragraph_shortens():
    lifts = [lift(words, 120) for words in (120, 100, 80, 60, 40, 20)]
    assert lifts == sorted(lifts) and lifts[0] == 1.0 < lifts[-1] <= LIFT_CAP


ESSAY = """<article class="md-content__inner">
<h1>An essay</h1><p>Author A. Writer</p>
<h2 id="part">Part</h2>
<div class="syn-para" id="e-p1" data-syn-number="1"><p>{long}</p></div>
<div class="syn-para" id="e-p2" data-syn-number="2"><p>Few words here.</p></div>
</article>"""

THEME = """<article class="md-content__inner">
<h1>A theme</h1>
<p class="syn-theme-desc" id="about-theme" data-syn-entry="Theme"{boost}>What the essays share.</p>
<div class="syn-para" id="e-p1" data-syn-number="1">
<div data-search-exclude><p>A passage copied.</p></div></div>
</article>"""


def weights(pipeline=("stopWordFilter",), boost=' data-syn-boost="4"'):
    entries = [
        {"location": "essays/e.html", "title": "An essay", "text": "Author", "boost": 4},
        {"location": "essays/e.html#part", "title": "Part", "text": "…", "boost": 4},
        {"location": "themes/t.html", "title": "A theme", "text": "What the essays share.",
         "boost": 1.05},
    ]  # fmt: skip
    pages = {
        "essays/e.html": ESSAY.format(long=" ".join(["word"] * 27)),
        "themes/t.html": THEME.format(boost=boost),
    }
    index = {"config": {"lang": ["en"], "pipeline": list(pipeline)}, "docs": entries}
    return split_index(index, pages.get)


def test_boosts_go_to_paragraphs_short_ones_lifted_headings_a_little_below():
    docs = {d["location"]: d for d in weights()["docs"]}
    assert "boost" not in docs["essays/e.html"]  # title and metadata: not the essay's text
    assert docs["essays/e.html#e-p1"]["boost"] == 4  # 27 words: above the mean of 15
    assert docs["essays/e.html#e-p2"]["boost"] == round(4 * lift(3, 15), 3) > 4
    assert docs["essays/e.html#part"]["boost"] == round(4 * HEADING_SHARE, 3)


def test_a_theme_page_keeps_its_boost_and_its_description_goes_apart_with_its_own():
    docs = {d["location"]: d for d in weights()["docs"]}
    assert docs["themes/t.html"] == {
        "location": "themes/t.html",
        "title": "A theme",
        "text": "",
        "boost": 1.05,
    }
    assert docs["themes/t.html#about-theme"] == {
        "location": "themes/t.html#about-theme",
        "title": "Theme",
        "text": "<p>What the essays share.</p>",
        "boost": 4.0,
    }
    assert "themes/t.html#e-p1" not in docs  # the copied passage is left out


@pytest.mark.parametrize(
    ("pipeline", "expected"),
    [
        (["stopWordFilter"], []),
        (["stemmer", "stopWordFilter", "trimmer"], ["stemmer", "trimmer"]),
        ([], []),
    ],
)
def test_stop_words_are_indexed_and_other_pipeline_steps_kept(pipeline, expected):
    assert weights(pipeline)["config"]["pipeline"] == expected


@pytest.mark.parametrize("value", [None, "", "-1", "1e9", "4; x", "9999"])
def test_an_entry_without_a_plain_boost_of_its_own_has_none(value):
    attribute = "" if value is None else f' data-syn-boost="{value}"'
    docs = {d["location"]: d for d in weights(boost=attribute)["docs"]}
    assert "boost" not in docs["themes/t.html#about-theme"]
