"""Search by paragraph: sections of a built page split into one search entry per paragraph."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from synoptic.search import (
    INDEX_JS,
    INDEX_JSON,
    JS_PREFIX,
    article_view,
    index_paragraphs,
    joined,
    material_view,
    search_view,
    split_index,
    typed_plain,
    without,
)

PAGE = """<html><body><nav><h2 id="nav">Navigation</h2></nav>
<article class="md-content__inner md-typeset">
<h1>The essay</h1>
<div class="syn-essay-meta"><dl><dt>Author</dt><dd>A. Writer</dd></dl></div>
<div class="syn-para syn-para--paragraph" id="e-p1" data-syn-number="1"><p>Opening words here.</p>
<a class="syn-permalink" href="#e-p1" data-search-exclude>¶</a></div>
<h2 id="first">First <em>part</em><a class="headerlink" href="#first">¶</a></h2>
<div class="syn-para" id="e-p2" data-syn-number="2"><p>Alpha &amp; beta.</p>
<div class="syn-para-aside" data-search-exclude>
<p>Related: other essay</p>
</div>
</div>
<div class="syn-para" id="e-p3" data-syn-number="3"><ul><li>Gamma<sup>1</sup></li></ul></div>
<h2 id="notes">Notes</h2><p>Free text.</p>
<div class="footnote"><ol><li id="fn:e-1"><p>A note.<a class="footnote-backref"
href="#fnref:e-1">↩</a></p>
</li></ol></div>
<p>Left open
</article><footer><p>Footer text</p></footer></body></html>"""

ENTRIES = [
    {
        "location": "essays/e.html",
        "title": "The essay",
        "text": "Author A. Writer Opening",
        "boost": 2,
    },
    {
        "location": "essays/e.html#first",
        "title": "First part",
        "text": "Alpha beta Gamma",
        "boost": 2,
    },
    {"location": "essays/e.html#notes", "title": "Notes", "text": "<p>Free text.</p>", "boost": 2},
    {"location": "about.html", "title": "About", "text": "About the site"},
]


def index(entries):
    return {"config": {"lang": ["en"]}, "docs": entries}


def split(pages):
    return split_index(index(ENTRIES), pages.get)["docs"]


def test_each_paragraph_and_note_is_an_entry_under_its_section():
    docs = split({"essays/e.html": PAGE, "about.html": "<article>no paragraphs</article>"})
    assert [(d["location"], d["title"], d["text"]) for d in docs] == [
        ("essays/e.html", "The essay", "AuthorA. Writer"),
        ("essays/e.html#e-p1", "¶1", "<p>Opening words here.</p>"),
        ("essays/e.html#first", "First part", ""),
        ("essays/e.html#e-p2", "¶2", "<p>Alpha &amp; beta.</p>"),
        ("essays/e.html#e-p3", "¶3", "<ul><li>Gamma<sup>1</sup></li></ul>"),
        ("essays/e.html#notes", "Notes", "<p>Free text.</p> <p>Left open"),
        ("essays/e.html#fn:e-1", "Note 1", "<li><p>A note.↩</p> </li>"),
        ("about.html", "About", "About the site"),
    ]


def test_a_word_after_an_opening_quotation_mark_is_parted_from_it_in_a_paragraphs_entry():
    # (UU's reader: "useful" found nothing written “useful one last time”; lunr's token kept
    # the mark). A heading's entry keeps it whole (see the separator's cases below).
    page = PAGE.replace("Opening words here.", '“Useful” and ‘apt’ and "plain" words.')
    docs = split({"essays/e.html": page})
    texts = {d["location"]: (d["title"], d["text"]) for d in docs}
    assert texts["essays/e.html#e-p1"][1] == (
        '<p>“\u200bUseful” and ‘\u200bapt’ and "\u200bplain" words.</p>'
    )


def test_an_accented_word_is_followed_by_its_plain_form_hidden():
    # (a reader typed "Tomas" and found nothing written "Tomás": lunr matches letter for letter)
    page = PAGE.replace("Opening words here.", "Tomás Núñez’s naïve café, Søren’s m² &amp; don’t.")
    docs = split({"essays/e.html": page, "about.html": "<article>no paragraphs</article>"})
    texts = {d["location"]: d["text"] for d in docs}
    assert texts["essays/e.html#e-p1"] == (
        "<p>Tomás<span hidden>Tomas</span> Núñez<span hidden>Nunez</span>’s "
        "naïve<span hidden>naive</span> café<span hidden>cafe</span>, "
        "Søren<span hidden>Soren</span>’s m²<span hidden>m2</span> &amp; don’t.</p>"
    )
    # a tag's attributes are none of the text's words (Material's entries keep none today)
    tagged = {"text": '<a href="#n" aria-label="Núñez, note 1">Núñez</a>'}
    assert typed_plain(tagged)["text"] == (
        '<a href="#n" aria-label="Núñez, note 1">Núñez<span hidden>Nunez</span></a>'
    )
    # every other entry, with nothing to strip, as it was
    assert texts["essays/e.html#e-p2"] == "<p>Alpha &amp; beta.</p>"
    assert texts["about.html"] == "About the site"


def test_paragraph_entries_keep_the_pages_other_fields():
    docs = split({"essays/e.html": PAGE})
    assert next(d for d in docs if d["location"].endswith("#e-p1"))["boost"] == 2


def test_the_boost_of_a_split_page_goes_to_its_parts_not_its_own_entry():
    docs = {d["location"]: d for d in split({"essays/e.html": PAGE})}
    assert "boost" not in docs["essays/e.html"]
    assert docs["essays/e.html#e-p2"]["boost"] == docs["essays/e.html#notes"]["boost"] == 2
    assert split({}) == ENTRIES  # a page left whole keeps it


def test_pages_without_paragraphs_or_html_are_left_alone():
    assert split({}) == ENTRIES
    excluded = PAGE.replace(
        '<article class="md-content__inner md-typeset">',
        '<article class="md-content__inner md-typeset"><div data-search-exclude>',
    ).replace("</article>", "</div></article>")
    assert split({"essays/e.html": excluded}) == ENTRIES


def test_the_article_view_of_a_page_splits_as_the_page_does():
    view = article_view(PAGE)
    assert view.startswith("<article") and "syn-para-aside" not in view
    assert split({"essays/e.html": view}) == split({"essays/e.html": PAGE})
    assert article_view('<article class="md-content__inner"><p>No paragraphs</p>') is None
    assert article_view('<div><p class="syn-para">Not in an article</p></div>') is None


@pytest.mark.parametrize(
    "html",
    [
        "no marks",
        "a[1]b",
        "a[1]b[2]c",
        "[1[2]3]",  # ends at the first end after the start
        "a[1",  # a start without an end is kept
        "a]b[c",
        "[]]",
    ],
)
def test_cutting_between_marks_is_cutting_a_lazy_pattern(html):
    assert without(html, ("[", "]")) == re.sub(r"\[.*?\]", "", html, flags=re.DOTALL)


@pytest.mark.parametrize(
    "text", [" a  b\n", "a\u00a0\u00a0b", "a\u2028b\u3000", "\x1ca\x1fb", "a\u200bb", "\t"]
)
def test_an_entrys_text_has_runs_of_whitespace_as_one_space(text):
    assert joined([text]) == re.sub(r"\s+", " ", text).strip()


def test_the_article_view_reuses_the_view_of_the_content_made_already():
    content = PAGE[PAGE.index("<h1>") : PAGE.index("</article>")]
    view = search_view(content)
    assert article_view(PAGE, content, view) == article_view(PAGE)
    # Content the page does not hold (another plugin changed it): made again from the page.
    assert article_view(PAGE, "<p>elsewhere</p>", "<p>stale</p>") == article_view(PAGE)


def test_materials_view_lacks_the_paragraphs_whole_and_nothing_else():
    view = material_view(search_view(PAGE))
    assert 'class="syn-para' not in view and "Opening words" not in view
    assert "Gamma" not in view and "A. Writer" in view and "A note." in view
    assert '<h2 id="first">' in view and '<h2 id="notes">' in view
    assert view.count("<div") == view.count("</div>")
    # A paragraph holding divs of its own (an annotation's body) goes with them.
    nested = '<p>x</p><div class="syn-para " id="p"><div><div></div></div>t</div><p>y</p>'
    assert material_view(nested) == "<p>x</p><p>y</p>"
    assert material_view('<div class="syn-para " id="p"><div>') == (
        '<div class="syn-para " id="p"><div>'  # unbalanced: left as it is
    )


def test_rewrites_the_served_index_and_its_offline_copy(tmp_path):
    (tmp_path / INDEX_JSON).parent.mkdir()
    (tmp_path / INDEX_JSON).write_text(json.dumps(index(ENTRIES)), encoding="utf-8")
    (tmp_path / INDEX_JS).write_text("stale", encoding="utf-8")

    index_paragraphs(tmp_path, {"essays/e.html": article_view(PAGE)})

    served = json.loads((tmp_path / INDEX_JSON).read_text(encoding="utf-8"))
    assert len(served["docs"]) == len(ENTRIES) + 4
    offline = (tmp_path / INDEX_JS).read_text(encoding="utf-8")
    assert offline.startswith(JS_PREFIX)
    assert json.loads(offline.removeprefix(JS_PREFIX)) == served


def separator() -> re.Pattern:
    """mkdocs.yml's search separator, which lunr applies to the index and to what is typed."""
    config = (Path(__file__).parents[1] / "mkdocs.yml").read_text(encoding="utf-8")
    line = re.search(r"(?m)^\s*separator: .*$", config)
    assert line
    return re.compile(yaml.safe_load(line[0])["separator"])


@pytest.mark.parametrize(
    "written, words",
    [
        # either apostrophe, the few letters English contracts after it dropped
        ("Primakov’s doctrine", ["Primakov", "doctrine"]),
        ("Primakov's doctrine", ["Primakov", "doctrine"]),
        ("don’t or won't", ["don", "or", "won"]),
        ("they’re", ["they"]),
        # any other apostrophe parts the word: typed or pasted, the same words
        ("O’Brien at five o'clock", ["O", "Brien", "at", "five", "o", "clock"]),
        # quotation marks: the closing one parts, the opening one stays (a heading quoting a
        # theme's label rose above the theme's page)
        ("‘color revolutions’ (SCO)", ["‘color", "revolutions", "SCO"]),
        # … but in a paragraph's entry the plugin parts it from its word (`OPENING_QUOTE`)
        ("“\u200buseful one", ["“", "useful", "one"]),
        # a currency's sign: the figure typed without it is the word
        ("£212,000 or $4.2 million, €150", ["212,000", "or", "4.2", "million,", "150"]),
        ("₹500, ₽90 or ₦12", ["500,", "90", "or", "12"]),
        # a dash, typed as a hyphen or set as an en or em dash: the same words
        ("2024–25—and 2024-25", ["2024", "25", "and", "2024", "25"]),
    ],
)
def test_words_part_at_either_apostrophe_and_a_currency_sign(
    written: str, words: list[str]
) -> None:
    # (the JavaScript and Python patterns agree on these: ASCII word boundaries)
    assert [word for word in separator().split(written) if word] == words
