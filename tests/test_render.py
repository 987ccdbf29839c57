"""Rendering on the fixture corpus with a hand-made alignment: no MkDocs, no aligner."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from synoptic.discovery import listing
from synoptic.export import export
from synoptic.load import load_collection
from synoptic.model import (
    Alignment,
    Anchor,
    Annotation,
    AnnotationIndex,
    AnnotationLink,
    AuthorMention,
    Citation,
    Essay,
    Footnote,
    NoteRef,
    Paragraph,
    Point,
    QuoteSelector,
    References,
    RelatedPassage,
    Section,
    Theme,
    ThemeAssignment,
    Work,
)
from synoptic.names import relative_url, short_names
from synoptic.render import (
    NAMED_SILENT,
    Renderer,
    as_set,
    bio_heading,
    bio_labels,
    footnote_refs,
    highlight_terms,
    toc_tokens,
)

FIXTURES = Path(__file__).parent / "data" / "sources" / "essays"


@pytest.fixture
def collection():
    return load_collection(FIXTURES)[0]


@pytest.fixture
def alignment(collection):
    themes = [
        Theme("partnership", "Partnership", "Genuine or convenient?"),
        Theme("trade", "Trade", "Economic ties."),
    ]
    assignments = {p.id: [] for p in collection.paragraphs.values()}
    assignments["alpha-p2"] = [ThemeAssignment("partnership", 0.9, True, ())]
    assignments["alpha-p3"] = [ThemeAssignment("trade", 0.4, False, ("trade",))]
    assignments["beta-p1"] = [ThemeAssignment("partnership", 0.5, False, ("partnership",))]
    assignments["alpha-p1"] = [ThemeAssignment("partnership", 0.2, False, ())]
    related = {pid: {} for pid in assignments}
    related["alpha-p3"] = {"beta": []}  # beta has nothing on trade
    related["alpha-p2"] = {
        "beta": [RelatedPassage("beta-p1", "beta", 0.5, ("partnership",), "partnership", 1, True)]
    }
    related["beta-p1"] = {
        "alpha": [
            RelatedPassage("alpha-p2", "alpha", 0.5, ("partnership",), "partnership", 1, True),
            RelatedPassage("alpha-p4", "alpha", 0.1, (), reply=True),
        ]
    }
    related["alpha-p1"] = {"beta": [RelatedPassage("beta-p2", "beta", 0.3, (), nearest=True)]}
    points = {
        "partnership": [
            Point(
                "partnership",
                1,
                ("alpha-p2", "beta-p1"),
                None,
                ("partnership",),
                False,
                see_also=(("beta-p1", 2),),
            ),
            Point("partnership", 2, ("alpha-p1",), "An editor's label", (), True),
        ],
        "trade": [Point("trade", 1, ("alpha-p3",), None, ("trade",), False)],
    }
    return Alignment(themes, assignments, related, points)


@pytest.fixture
def references():
    work = Work(
        "smith-2015-a-book",
        ("Smith J.",),
        "2015",
        "A book",
        "Publisher",
        None,
        [Citation("alpha", "1", ("alpha-p2",), False), Citation("beta", "1", ("beta-p2",), False)],
    )
    return References(
        works=[work],
        note_work={("alpha", "1"): work.id, ("beta", "1"): work.id},
        unresolved=[NoteRef("alpha", "2", ("alpha-p3",))],
        mentions=[AuthorMention("beta-p2", "alpha", "Ann Example")],
        remarks=[NoteRef("beta", "3", ("beta-p1",))],
    )


def annotation(name: str, essay: str, kind: str, links=()) -> Annotation:
    return Annotation(
        id=name,
        path=Path(f"{name}.md"),
        essay_id=essay,
        selector=QuoteSelector("genuine and strategic"),
        paragraph_id=None,
        author="Ed <b>Itor</b>",
        author_url=None,
        date="2026-11-23",
        kind=kind,
        links=tuple(links),
        tags=("t",),
        body_html="<p>Body of " + name + "</p>",
        body_text="Body of " + name,
    )


@pytest.fixture
def annotations():
    text = "Alpha says the partnership is genuine and strategic."
    start = text.index("genuine and strategic")
    contrast = annotation(
        "contrast-one", "alpha", "contrast", [AnnotationLink("beta-p1", "disagrees")]
    )
    orphan = annotation("lost-one", "alpha", "comment")
    return AnnotationIndex(
        [contrast, orphan],
        {
            "contrast-one": Anchor(
                "alpha-p2", start, start + len("genuine and strategic"), "exact", 1.0
            )
        },
        {"lost-one": "quote not found"},
    )


@pytest.fixture
def renderer(collection, alignment, references, annotations):
    return Renderer(collection, alignment, references, annotations, False)


def page(renderer: Renderer, src: str) -> BeautifulSoup:
    source = next(p for p in renderer.pages() if p.src_uri == src)
    return BeautifulSoup(source.markdown.split("---", 2)[2], "html.parser")


@pytest.mark.parametrize(
    "from_src, to_src, directory_urls, expected",
    [
        ("index.md", "essays/a.md", False, "essays/a.html"),
        ("essays/a.md", "essays/b.md", False, "b.html"),
        ("essays/a.md", "themes/t.md", False, "../themes/t.html"),
        ("themes/index.md", "themes/t.md", False, "t.html"),
        ("essays/a.md", "index.md", True, "../../"),
        ("index.md", "essays/a.md", True, "essays/a/"),
        ("themes/index.md", "themes/t.md", True, "t/"),
    ],
)
def test_relative_url(from_src, to_src, directory_urls, expected):
    assert relative_url(from_src, to_src, directory_urls) == expected


@pytest.mark.parametrize("directory_urls", [False, True])
def test_the_renderers_links_are_relative_urls(
    collection, alignment, references, annotations, directory_urls
):
    renderer = Renderer(collection, alignment, references, annotations, directory_urls)
    pages = [
        "index.md",
        "references.md",
        "essays/a.md",
        "essays/b.md",
        "themes/index.md",
        "themes/t.md",
    ]
    for from_src in pages:  # each link asked for twice, from each page: made once, kept
        for to_src in pages * 2:
            expected = relative_url(from_src, to_src, directory_urls)
            assert renderer.link(from_src, to_src) == expected, (from_src, to_src)


def test_highlight_marks_terms_in_text_only():
    html = '<p>Trade and <a href="trade.html" title="trade">trades</a> of TRADE</p>'
    assert highlight_terms(html, ("trade",)) == (
        '<p><mark class="syn-term">Trade</mark> and <a href="trade.html" title="trade">trades'
        '</a> of <mark class="syn-term">TRADE</mark></p>'
    )


def test_highlight_marks_terms_side_by_side_as_one():
    html = "<p>Port Ashby and Ashby's port, Portland, port  Ashby, port-side</p>"
    assert highlight_terms(html, ("port", "ashby")) == (
        '<p><mark class="syn-term">Port Ashby</mark> and <mark class="syn-term">Ashby</mark>'
        '\'s <mark class="syn-term">port</mark>, Portland, <mark class="syn-term">port  Ashby'
        "</mark>, port-side</p>"
    )


def test_a_phrase_is_marked_hyphenated_too():
    html = "<p>Self-catering lets and self catering, not catering</p>"
    assert highlight_terms(html, ("self catering",)) == (
        '<p><mark class="syn-term">Self-catering</mark> lets and <mark class="syn-term">self '
        "catering</mark>, not catering</p>"
    )


def test_footnote_refs_number_repeated_references(collection):
    refs = footnote_refs(collection.essay("alpha"))
    assert refs["alpha-p2"] == [("1", "fnref:alpha-1"), ("1", "fnref2:alpha-1")]
    assert refs["alpha-p3"] == [("2", "fnref:alpha-2")]


def test_synopsis_row_sets_the_essays_passages_side_by_side(renderer):
    soup = page(renderer, "themes/partnership.md")
    rows = soup.select("[data-point]")
    assert [(r["data-point"], r["id"]) for r in rows] == [
        ("partnership-1", "point-1"),
        ("partnership-2", "point-2"),
    ]
    cells = rows[0].select(".syn-cell")
    assert [c["data-essay"] for c in cells] == ["alpha", "beta"]
    assert [p["id"] for p in cells[0].select(".syn-para")] == ["alpha-p2"]
    assert cells[0].select_one(".syn-badge--curated") is not None
    assert cells[1].select_one(".syn-badge--automatic") is not None  # a curated theme's
    assert cells[1].select_one("mark.syn-term").get_text() == "partnership"
    assert cells[1].select_one(".syn-para")["data-related"] == "alpha-p2"
    # the cell's notes come with it, pointing back to a reference on this page
    assert cells[0].select_one(".footnote li")["id"] == "fn:alpha-1"
    assert cells[0].select_one(".footnote-backref")["href"] == "#fnref:alpha-1"
    link = cells[0].select_one(".syn-para-where a")
    assert link["href"] == "../essays/alpha.html#alpha-p2"
    assert link.get_text(strip=True).startswith("¶2")
    assert cells[1].select_one(".syn-see-also a")["href"] == "#point-2"
    assert cells[1].select_one(".syn-see-also").get_text() == "Also answers row 2"
    # named for a screen reader as its row is (a reader's review: "row 2" alone said nothing)
    assert cells[1].select_one(".syn-see-also a")["aria-label"] == "row 2: An editor's label"
    # above the text, so that a cell cut to a height ("Show all") still shows it
    assert cells[1].select_one(".syn-see-also").find_next_sibling("div")["class"] == [
        "syn-para-text"
    ]
    # labels: the row's shared terms, or an editor's
    labels = [r.select_one(".syn-row-label").get_text(" ", strip=True) for r in rows]
    assert labels == ["1 partnership", "2 An editor's label curated"]
    # its number's link named for a screen reader: "1" alone says nothing (a reader's review)
    assert [r.select_one(".syn-row-number")["aria-label"] for r in rows] == ["Row 1", "Row 2"]
    assert [a["href"] for a in soup.select(".syn-point-list a")] == ["#point-1", "#point-2"]


def test_synopsis_shows_an_empty_cell_where_an_essay_is_silent(renderer):
    soup = page(renderer, "themes/partnership.md")
    empty = soup.select_one('[data-point="partnership-2"] .syn-cell[data-essay="beta"]')
    assert "syn-cell--empty" in empty["class"]
    # Beta's passage of row 1 also answers row 2: its empty cell there says where to look.
    assert empty.select_one(".syn-empty").get_text() == "— nothing on this point — see ¶1 (row 1)"
    assert empty.select_one(".syn-elsewhere a")["href"] == "#beta-p1"
    trade = page(renderer, "themes/trade.md")  # beta says nothing on the whole theme
    assert [c["data-essay"] for c in trade.select(".syn-cell")] == ["alpha"]
    silent = trade.select_one(".syn-silent")
    assert silent.get_text(" ", strip=True) == "Nothing on this theme in Beta ."
    # not inside the chooser, which a phone folds and which is hidden without scripts
    assert silent.find_parent(["details", "fieldset"]) is None


def test_synopsis_text_is_excluded_from_search(renderer):
    soup = page(renderer, "themes/partnership.md")
    blocks = soup.select(".syn-cell .syn-para-text, .syn-cell .footnote")
    assert blocks and all(block.has_attr("data-search-exclude") for block in blocks)


def test_a_note_cited_in_two_rows_has_an_id_per_copy(collection):
    """alpha-p2 and alpha-p3 both cite note 1 in the fixture? No: build rows that share one."""
    from synoptic.synopsis import build_synopsis

    theme = Theme("t", "T", "d")
    points = [
        Point("t", 1, ("alpha-p2",), None, (), False),
        Point("t", 2, ("alpha-p2",), None, (), False),
    ]
    rows = build_synopsis(theme, points, collection).rows
    assert rows[0].cells[0].note_ids == {"1": "fn:alpha-1"}
    assert rows[1].cells[0].note_ids == {"1": "fn:alpha-1.2"}


def test_an_essay_outside_the_default_columns_gets_pointers_not_empty_cells(collection):
    from synoptic.synopsis import build_synopsis

    theme = Theme("t", "T", "d")
    # One column: alpha, with two passages, is shown; beta's row-1 passage also answers row 2.
    points = [
        Point("t", 1, ("alpha-p2", "beta-p1"), None, (), False, (("beta-p1", 2),)),
        Point("t", 2, ("alpha-p3",), None, (), False),
    ]
    rows = build_synopsis(theme, points, collection, columns=1).rows
    assert [c.essay.id for c in rows[1].cells] == ["alpha"]  # no hidden empty cell for beta
    assert [(e.id, p.id, n) for e, p, n in rows[1].pointers] == [("beta", "beta-p1", 1)]
    assert [c.essay.id for c in rows[0].cells] == ["alpha", "beta"]  # beta's passage: a cell


def test_overview_matrix_counts_and_links(renderer):
    soup = page(renderer, "themes/index.md")
    rows = soup.select(".syn-matrix tbody tr")
    assert [r.th.a.get_text() for r in rows] == ["Partnership", "Trade"]
    cells = rows[0].select("td")
    assert [c.select_one(".syn-count").get_text() for c in cells] == ["2 ¶", "1 ¶"]
    assert cells[1].a["href"] == "partnership.html?essays=beta,alpha"
    assert "syn-heat--5" in cells[1]["class"]  # beta's share (9 of 16 words) is the largest
    empty = rows[1].select("td")[1]
    assert "syn-heat--0" in empty["class"]
    assert empty.a is None and empty.get_text() == "0 ¶"  # nothing there: no link to follow
    # A reader adding up a column finds more than 100 % where paragraphs share themes.
    assert "more than 100 %" in soup.select_one("#overview").get_text()


def test_essay_page_chips_and_related_links(renderer):
    soup = page(renderer, "essays/alpha.md")
    chip = soup.select_one("#alpha-p2 .syn-chip")
    assert chip["href"] == "../themes/partnership.html#alpha-p2"
    assert "syn-chip--curated" in chip["class"]
    # its title in a reader's words, not "Automatic: score 0.40; shared terms" (a review),
    # nor "closeness 0.40 of 1", which a reader of MM's site could not interpret
    assert soup.select_one("#alpha-p3 .syn-chip--automatic")["title"] == (
        "Placed on this theme by the program, by the words it shares with it: trade"
    )
    assert chip["title"] == "Placed on this theme by an editor"
    counterpart = soup.select_one("#alpha-p2 .syn-counterparts li")
    assert counterpart["data-essay"] == "beta"
    assert counterpart.select_one(".syn-related-link")["href"] == "beta.html#beta-p1"
    assert counterpart.select_one(".syn-related-link").get_text() == "Beta ¶1"
    assert counterpart.select_one(".syn-opening").get_text().startswith("“")
    row = counterpart.select_one(".syn-row-link")
    assert row["href"] == "../themes/partnership.html#point-1"
    assert row.get_text() == "Partnership, row 1"
    none = soup.select_one("#alpha-p3 .syn-related-none")
    assert none.get_text(" ", strip=True) == "Nothing on this theme in Beta ."
    # a passage close in wording where the other essay has nothing on the theme says so
    nearest = soup.select_one("#alpha-p1 .syn-counterparts li")
    # (what it is, no doubt cast: readers found such passages right more often than the
    # choice on the program's rough themes; the doubt is in its title)
    assert nearest.select_one(".syn-nearest").get_text() == "nearest in wording"
    assert nearest.select_one(".syn-nearest")["title"].endswith("set it elsewhere")
    assert nearest.select_one(".syn-row-link") is None
    # two-way: a passage that chose this paragraph is listed too, compactly
    beta = page(renderer, "essays/beta.md").select_one("#beta-p1 .syn-counterparts li")
    assert [a["href"] for a in beta.select(".syn-replies a")] == ["alpha.html#alpha-p4"]
    # … on a line of its own under the counterpart (five cross-references on one line were
    # hard to read, a reader's review)
    assert beta.select_one(".syn-replies").parent["class"] == ["syn-also"]
    assert soup.select_one("#alpha-p3 .syn-related-link") is None
    assert soup.select_one("#alpha-p4 .syn-para-aside") is None


def test_a_nearest_passage_on_the_paragraphs_theme_links_its_row(renderer):
    # Discovery may offer a passage nearest in wording before its choice on a theme; where
    # that passage stands in one of the paragraph's rows, the page says which, and never
    # "not on its themes".
    alpha_p2 = renderer.paragraphs["alpha-p2"]
    on_theme = RelatedPassage("beta-p1", "beta", 0.3, (), nearest=True)
    assert renderer.counterpart_row(alpha_p2, on_theme) == ("partnership", 1)
    off_theme = RelatedPassage("beta-p2", "beta", 0.3, (), nearest=True)
    assert renderer.counterpart_row(alpha_p2, off_theme) is None


def test_export_shape(collection, alignment, references):
    data = json.loads(json.dumps(export(collection, alignment, references)))
    assert [e["id"] for e in data["essays"]] == ["alpha", "beta"]
    p2 = data["essays"][0]["paragraphs"][1]
    assert p2 == {
        "id": "alpha-p2",
        "text": p2["text"],
        "themes": ["partnership"],
        "footnotes": [
            {"label": "1", "text": "Smith J. 2015. A book. Publisher.", "missing": False}
        ],
    }
    assert data["themes"][0] == {
        "id": "partnership",
        "label": "Partnership",
        "description": "Genuine or convenient?",
        "paragraphs": ["alpha-p1", "alpha-p2", "beta-p1"],
        "points": [["alpha-p2", "beta-p1"], ["alpha-p1"]],
    }
    assert data["related"]["beta-p1"] == ["alpha-p2", "alpha-p4"]
    assert data["works"] == [
        {
            "id": "smith-2015-a-book",
            "authors": ["Smith J."],
            "year": "2015",
            "title": "A book",
            "venue": "Publisher",
            "url": None,
            "citations": [
                {"essay": "alpha", "note": "1", "ibid": False, "paragraphs": ["alpha-p2"]},
                {"essay": "beta", "note": "1", "ibid": False, "paragraphs": ["beta-p2"]},
            ],
        }
    ]


def test_mkdocs_gets_placeholders_for_the_html_of_the_pages(renderer):
    pages = {p.src_uri: p for p in renderer.pages()}
    markdown, blocks = pages["references.md"].for_mkdocs()
    assert list(blocks) == ["<!-- synoptic:html 1 -->"] and blocks["<!-- synoptic:html 1 -->"]
    assert 'class="syn-works"' not in markdown and "## Works" in markdown
    assert 'id="work-smith-2015-a-book"' in blocks["<!-- synoptic:html 1 -->"]
    assert "synoptic:html" not in blocks["<!-- synoptic:html 1 -->"]
    assert 'class="syn-mentions"' in markdown  # not marked: left to Python-Markdown
    essay = pages["essays/alpha.md"]
    markdown, blocks = essay.for_mkdocs()
    assert markdown == essay.parts()[0] + "\n<!-- synoptic:body -->\n"
    assert blocks == {"<!-- synoptic:body -->": essay.parts()[1].strip()}


def test_references_page_lists_works_citations_unresolved_and_mentions(renderer, collection):
    # (the remark's note, which the fixture's essay lacks: a remark is a note with text)
    collection.essay("beta").footnotes["3"] = Footnote("3", "A <em>remark</em>.", "A remark.")
    soup = page(renderer, "references.md")
    work = soup.select_one("#work-smith-2015-a-book")
    assert "syn-work--repeated" in work["class"]
    assert "Cited 2 times" in work.get_text()
    assert [a["href"] for a in work.select("li a")] == [
        "essays/alpha.html#alpha-p2",
        "essays/beta.html#beta-p2",
    ]
    assert soup.select_one(".syn-unresolved a")["href"] == "essays/alpha.html#alpha-p3"
    assert soup.select_one(".syn-remarks a")["href"] == "essays/beta.html#beta-p1"
    remark = soup.select_one(".syn-remarks .syn-remark")  # the note's words, not its number only
    assert remark.decode_contents() == "A <em>remark</em>."
    assert remark.has_attr("data-search-exclude")
    assert (
        soup.select_one(".syn-mentions")
        .get_text(" ", strip=True)
        .startswith("Beta ¶2 names Ann Example")
    )


def test_a_references_page_with_no_work_says_so_under_no_empty_heading(
    collection, alignment, annotations
):
    none = References([], {}, [], [])
    soup = page(Renderer(collection, alignment, none, annotations, False), "references.md")
    assert "cite no work" in soup.get_text()
    assert "0 distinct" not in soup.get_text() and "## Works" not in soup.get_text()


def test_a_references_page_counts_one_work_and_one_citation_in_the_singular(
    collection, alignment, annotations
):
    # (a reader of QQ's site read "1 distinct work, 1 citations")
    work = Work("lee-2024", ("Lee",), "2024", "Bread", None, None)
    work.citations.append(Citation("alpha", "1", ("alpha-p1",), False))
    one = References([work], {("alpha", "1"): work.id}, [], [])
    soup = page(Renderer(collection, alignment, one, annotations, False), "references.md")
    assert "1 distinct\nwork, 1 citation." in soup.get_text()


def test_note_cited_elsewhere_says_so_on_essay_and_comparison_pages(renderer):
    also = page(renderer, "essays/alpha.md").select_one('[id="fn:alpha-1"] .syn-also-cited')
    # (each to the note itself: "Beta, note 1" led to the paragraph calling it, a reader found)
    assert [a["href"] for a in also.select("a")] == [
        "beta.html#fn:beta-1",
        "../references.html#work-smith-2015-a-book",
    ]
    assert "Beta, note 1" in also.get_text()
    compared = page(renderer, "themes/partnership.md")
    assert compared.select_one('[id="fn:alpha-1"] .syn-also-cited') is not None


def test_named_author_links_to_their_essay(collection, alignment):
    mentions = References([], {}, [], [AuthorMention("beta-p2", "alpha", "okapi")])
    renderer = Renderer(collection, alignment, mentions, AnnotationIndex(), False)
    soup = page(renderer, "essays/beta.md")
    link = soup.select_one("#beta-p2 a.syn-author-link")
    assert link.get_text() == "okapi" and link["href"] == "alpha.html"


def test_annotation_highlights_its_quote_and_shows_by_its_paragraph(renderer):
    soup = page(renderer, "essays/alpha.md")
    paragraph = soup.select_one("#alpha-p2")
    assert paragraph.select_one("mark.syn-annotated").get_text() == "genuine and strategic"
    aside = paragraph.select_one("aside#annotation-contrast-one")
    assert "Body of contrast-one" in aside.get_text()
    assert "Ed <b>Itor</b>" in aside.get_text()  # front-matter values are text, not markup
    assert aside.select_one(".syn-annotation-links a")["href"] == "beta.html#beta-p1"
    assert paragraph.get_text().count("Alpha says the partnership") == 1  # text not hidden


def test_contrast_annotation_appears_on_the_linked_essay_and_the_theme_page_once(renderer):
    beta = page(renderer, "essays/beta.md")
    aside = beta.select_one("#beta-p1 aside#annotation-contrast-one")
    assert aside.select_one(".syn-annotation-quote a")["href"] == "alpha.html#alpha-p2"
    theme = page(renderer, "themes/partnership.md")  # holds alpha-p2 and beta-p1
    shown = theme.select("#annotation-contrast-one")
    assert len(shown) == 1 and shown[0].name == "details"  # a compact marker, once
    assert shown[0].find_parent(class_="syn-cell")["data-essay"] == "alpha"
    assert shown[0].summary.get_text() == "Contrast · Ed <b>Itor</b>"
    assert shown[0].select_one(".syn-annotation-links a")["href"] == "../essays/beta.html#beta-p1"
    assert "shown above" not in theme.get_text()


def test_annotations_page_lists_by_essay_author_kind_and_orphans(renderer):
    soup = page(renderer, "annotations.md")
    assert (
        soup.select_one("#annotation-contrast-one .syn-annotation-body").get_text(strip=True)
        == "Body of contrast-one"
    )
    index = [li.get_text(" ", strip=True) for li in soup.select(".syn-annotation-index li")]
    # (each named by its quote's opening words too: two on one paragraph differ)
    assert index == [
        "Ed <b>Itor</b> : Contrast on Example 2020 ¶2, “genuine and strategic”",
        "contrast : Contrast on Example 2020 ¶2, “genuine and strategic”",
    ]
    orphan = soup.select_one(".syn-orphans li").get_text(" ", strip=True)
    assert orphan.startswith("Comment by Ed <b>Itor</b> on Example 2020 (file lost-one.md)")
    assert "quote not found" in orphan


def test_annotations_page_without_annotations_says_so(collection, alignment, references):
    soup = page(
        Renderer(collection, alignment, references, AnnotationIndex(), False), "annotations.md"
    )
    assert "## By" not in soup.get_text()  # no empty "By essay", "By author", "By kind"
    assert soup.get_text(" ", strip=True).count("There are no annotations yet.") == 1
    assert "propose the first: see\n[Contributing](contributing.md)." in soup.get_text()
    assert "sources/annotations" not in soup.get_text()  # a contributor's words, on their page


def test_legend_of_a_discovered_theme_has_no_curated_badge(collection, alignment, references):
    discovered = dataclasses.replace(
        alignment, themes=[dataclasses.replace(t, discovered=True) for t in alignment.themes]
    )
    renderer = Renderer(collection, discovered, references, AnnotationIndex(), False)
    synopsis = page(renderer, "themes/partnership.md")
    legend = synopsis.select_one(".syn-theme-legend")
    assert "found by the program, not chosen by an editor" in legend.get_text()
    assert "themes.yml" not in legend.get_text()  # a reader's page, not an editor's
    assert legend.select_one(".syn-badge--curated") is None
    # … said once: no passage repeats "automatic" (a reader's review)
    assert synopsis.select(".syn-para") and not synopsis.select(".syn-badge--automatic")
    curated = page(
        Renderer(collection, alignment, references, AnnotationIndex(), False),
        "themes/partnership.md",
    )
    assert curated.select_one(".syn-theme-legend .syn-badge--curated") is not None
    # A discovered theme's description lists its paragraphs, each a link to it in its essay
    # (a reader's review found the numbers no links), in discovery's words.
    on = [
        pid
        for pid, a in alignment.assignments.items()
        if any(x.theme_id == "partnership" for x in a)
    ]
    described = synopsis.select_one(".syn-theme-desc")
    names = short_names(collection.essays)
    assert described.get_text() == f"Gathers {listing(collection, on, names)}."
    assert len(described.select("a")) == len(on)
    assert described.select_one("a")["href"].startswith("../essays/")
    assert curated.select_one(".syn-theme-desc").select("a") == []


def test_essays_with_nothing_on_a_paragraph_are_named_when_few_and_counted_when_many(
    renderer, collection
):
    few = collection.essays[:2]
    named = BeautifulSoup(str(renderer.essay_names(few)), "html.parser")
    assert [span["data-essay"] for span in named.select("[data-essay]")] == [e.id for e in few]
    many = (collection.essays * 3)[: NAMED_SILENT + 1]
    assert str(renderer.essay_names(many)) == f"{NAMED_SILENT + 1} other essays"


def test_essay_page_lists_the_notes_its_headings_and_notes_call(renderer, collection):
    # A note called from a heading, and one called only from another note (finding of a
    # review: their markers led nowhere, their words were on the references page only).
    essay = collection.essay("alpha")
    essay.sections[1].refs = (("h", "fnref:alpha-h"),)
    marker = '<sup id="fnref:alpha-n"><a class="footnote-ref" href="#fn:alpha-n">n</a></sup>'
    essay.footnotes["1"].html += marker
    essay.footnotes["1"].refs = (("n", "fnref:alpha-n"),)
    essay.footnotes["h"] = Footnote("h", "From a heading.", "From a heading.")
    essay.footnotes["n"] = Footnote("n", "From a note.", "From a note.")
    notes = page(renderer, "essays/alpha.md").select_one(".footnote")
    backs = {li["id"]: li.select_one(".footnote-backref")["href"] for li in notes.select("li")}
    assert backs["fn:alpha-h"] == "#fnref:alpha-h" and backs["fn:alpha-n"] == "#fnref:alpha-n"
    # listed under its label, as its marker reads, not as the list's second item
    lettered = notes.select_one('[id="fn:alpha-h"]')
    assert lettered["class"] == ["syn-note--lettered"] and not lettered.has_attr("value")
    assert lettered.p["data-syn-label"] == "h"
    assert notes.select_one('[id="fn:alpha-1"]')["value"] == "1"
    # A theme page shows no headings; a note its passage's note calls is read on the essay's
    # page (listed under every cell, its copies would need ids of their own).
    theme = page(renderer, "themes/partnership.md")
    assert not theme.select('[id="fn:alpha-h"], [id="fn:alpha-n"]')
    assert theme.select_one('[id="fn:alpha-1"] .footnote-ref')["href"] == (
        "../essays/alpha.html#fn:alpha-n"
    )


def test_an_essay_on_the_theme_with_no_close_answer_is_not_called_silent(
    collection, alignment, references, annotations
):
    # Discovery withdraws faint answers: beta has a passage on partnership, so "nothing on
    # this theme in Beta" would be false (a reader's review of a discovered site).
    alignment.related["alpha-p1"] = {"beta": []}  # (its row, 2, holds nothing of beta's)
    soup = page(Renderer(collection, alignment, references, annotations, False), "essays/alpha.md")
    assert soup.select_one("#alpha-p1 .syn-related-none") is None
    faint = soup.select_one("#alpha-p1 .syn-related-faint")
    assert faint.get_text(" ", strip=True) == (
        "No close counterpart in Beta : its passages on this theme make other points."
    )
    assert faint.select_one("[data-essay]")["data-essay"] == "beta"


@pytest.mark.parametrize(
    ("on_theme", "nearest", "choice_text"),
    [
        # A passage nearest in wording but off the paragraph's themes comes first; the passage
        # on its theme, which lists the paragraph back, is named after it (two-way on the page).
        (False, "nearest in wording", "on this paragraph’s theme: ¶1 ( Partnership, row 1 )"),
        # … on the paragraph's theme too, in another row: the one beside the paragraph in its
        # row is named after it (a reader's review: the essay page gave ¶1, "nearest in
        # wording", where the theme page set ¶10 beside the paragraph).
        (True, "nearest in wording", "in this paragraph’s row: ¶1 ( Partnership, row 1 )"),
    ],
)
def test_a_nearer_passage_shown_first_keeps_the_choice_on_the_theme_in_view(
    collection, alignment, references, annotations, on_theme, nearest, choice_text
):
    if on_theme:
        alignment.assignments["beta-p2"] = [ThemeAssignment("partnership", 0.3, False, ())]
        alignment.points["partnership"][1] = Point(
            "partnership", 2, ("alpha-p1", "beta-p2"), "An editor's label", (), True
        )
    alignment.related["alpha-p2"] = {
        "beta": [
            RelatedPassage("beta-p2", "beta", 0.6, (), nearest=True),
            RelatedPassage("beta-p1", "beta", 0.5, (), "partnership", 1, True),
        ]
    }
    soup = page(Renderer(collection, alignment, references, annotations, False), "essays/alpha.md")
    item = soup.select_one("#alpha-p2 .syn-counterparts li")
    assert item.select_one(".syn-related-link")["href"] == "beta.html#beta-p2"
    assert item.select_one(".syn-nearest").get_text() == nearest
    if on_theme:  # (its own row linked, the one beside the paragraph after it)
        assert item.select_one(".syn-row-link")["href"] == "../themes/partnership.html#point-2"
    choice = item.select_one(".syn-choice")
    assert choice.get_text(" ", strip=True) == choice_text
    assert choice.parent["class"] == ["syn-also"]  # (under the counterpart's line)
    assert [a["href"] for a in choice.select("a")] == [
        "beta.html#beta-p1",
        "../themes/partnership.html#point-1",
    ]


def test_themes_the_program_found_are_said_to_be_so_where_themes_are_shown(
    collection, alignment, references, annotations
):
    # Folded under "How to read this page" only, a reader took the themes for an editor's.
    curated = Renderer(collection, alignment, references, annotations, False)
    assert not page(curated, "themes/partnership.md").select(".syn-discovered")
    alignment.themes = [dataclasses.replace(t, discovered=True) for t in alignment.themes]
    found = Renderer(collection, alignment, references, annotations, False)
    for src in ("themes/partnership.md", "themes/index.md"):
        notice = page(found, src).select_one(".syn-discovered")
        assert "not yet reviewed by an editor" in notice.get_text()
        assert notice.has_attr("data-search-exclude")
    assert "not yet reviewed" in found.theme_list("index.md")


def test_a_passage_beside_the_paragraph_in_its_row_is_its_counterpart_on_the_page(
    collection, alignment, references, annotations
):
    # No answer close enough was kept, but the synopsis sets beta-p1 beside alpha-p2: the
    # essay page says so rather than "no close counterpart" (a reader's review of HH's site).
    alignment.related["alpha-p2"] = {"beta": []}
    soup = page(Renderer(collection, alignment, references, annotations, False), "essays/alpha.md")
    item = soup.select_one("#alpha-p2 .syn-counterparts li")
    assert item.select_one(".syn-related-link")["href"] == "beta.html#beta-p1"
    assert item.select_one(".syn-row-link").get_text() == "Partnership, row 1"
    assert soup.select_one("#alpha-p2 .syn-related-faint") is None


def _essay_with_bios(author: str, headed: bool):
    """An essay with a body paragraph and two authors' notes, the edition's own heading over
    them or not."""

    def paragraph(number: int, text: str) -> Paragraph:
        return Paragraph(f"e-p{number}", "e", "paragraph", (), "", text, (), None, number, number)

    body, first, second = paragraph(1, "Body."), paragraph(2, "Ann is."), paragraph(3, "Bo is.")
    sections = [Section(None, None, 2, [body])]
    if headed:
        sections.append(Section("About the authors", "about", 2, [first, second]))
    else:
        sections[0].paragraphs += [first, second]
    return Essay("e", "T", author, "d", "p", "u", "r", "s", Path("e.md"), sections)


@pytest.mark.parametrize(
    ("author", "headed", "label", "entries"),
    [
        ("Ann Lee", False, {"e": "e-p2"}, ["syn_front", "syn_about_author"]),
        ("Ann Lee and Bo Ek", False, {"e": "e-p2"}, ["syn_front", "syn_about_author"]),
        ("Ann Lee", True, {}, ["syn_front", "about"]),
    ],
)
def test_the_page_heads_an_authors_note_once_unless_the_edition_does(
    author, headed, label, entries
):
    essay = _essay_with_bios(author, headed)
    assert bio_labels([essay], frozenset({"e-p2", "e-p3"})) == label
    toc = toc_tokens(essay, label.get("e"))
    assert [entry["id"] for entry in toc] == entries
    if label:
        assert toc[-1]["name"] == bio_heading(essay)
        assert bio_heading(essay).endswith("authors") == (" and " in author)


def test_the_author_s_note_is_listed_before_the_edition_s_own_notes_heading():
    # (review 32: LL's editions end in their own `## Notes`; the contents listed the author's
    # note after it, where the page sets it before)
    essay = _essay_with_bios("Ann Lee", False)
    body = essay.sections[0]
    essay.sections = [
        Section(None, None, 2, body.paragraphs[:1]),
        Section("Keeping the names", "keeping", 2, body.paragraphs[1:]),
        Section("Notes", "notes", 2, []),
    ]
    toc = toc_tokens(essay, "e-p2")
    assert [entry["id"] for entry in toc] == ["syn_front", "keeping", "syn_about_author", "notes"]


@pytest.mark.parametrize(
    "title, held, bios, entries",
    [
        # A manuscript's bio after its notes list (NN): the page's own two headings, once each
        (
            "Notes",
            ["e-p2", "e-p3"],
            {"e-p2", "e-p3"},
            ["syn_front", "syn_about_author", "syn_notes"],
        ),
        # … the bio first, thanks after it (review 34: "Notes" stood twice)
        ("Notes", ["e-p2", "e-p3"], {"e-p2"}, ["syn_front", "syn_about_author", "syn_notes"]),
        # … a heading of the essay's own, or a notes heading over the text, stay
        ("Coda", ["e-p2", "e-p3"], {"e-p2", "e-p3"}, ["syn_front", "coda", "syn_notes"]),
        (
            "Notes",
            ["e-p1", "e-p2", "e-p3"],
            {"e-p2"},
            ["syn_front", "notes", "syn_about_author", "syn_notes"],
        ),
    ],
)
def test_a_notes_heading_over_the_authors_note_heads_the_notes(title, held, bios, entries):
    essay = _essay_with_bios("Ann Lee", False)
    paragraphs = essay.sections[0].paragraphs
    essay.sections = [
        Section(None, None, 2, [p for p in paragraphs if p.id not in held]),
        Section(title, title.lower(), 2, [p for p in paragraphs if p.id in held]),
    ]
    essay.footnotes = {"1": Footnote("1", "A note.", "A note.")}
    shown = as_set(essay, frozenset(bios))
    toc = toc_tokens(shown, bio_labels([shown], frozenset(bios)).get("e"))
    assert [entry["id"] for entry in toc] == entries


def test_a_phrase_s_word_most_passages_say_is_marked_inside_the_phrase_only(
    collection, alignment, references, annotations
):
    # (a reader's review: LL's "patients", a word of "sickest patients", was marked in every
    # cell) "the" stands in 3 of the 6 paragraphs, more than a fifth and more than two
    alignment.points["partnership"][0] = dataclasses.replace(
        alignment.points["partnership"][0], terms=("partnership", "the claim")
    )
    renderer = Renderer(collection, alignment, references, annotations, False)
    assert renderer.common_words() == frozenset({"the"})
    marks = [m.get_text() for m in page(renderer, "themes/partnership.md").select("mark")]
    assert "the claim" in marks and "claim" not in marks  # (the phrase whole, as one mark)
    assert not any(mark.lower() == "the" for mark in marks)


@pytest.mark.parametrize(
    "authors, year, title, cite",
    [
        (("Smith J.",), "2015", "A book", "Smith J. (2015). A book. Publisher."),
        # Two surnames joined by a comma read as one name, surname first (a reader's review:
        # "Marr, Danvers (2026)")
        (("Marr", "Danvers"), "2026", "A paper", "Marr and Danvers (2026). A paper. Publisher."),
        (
            ("Lee, A.", "Ma, B.", "Ng, C."),
            "2020",
            "A book",
            "Lee, A.; Ma, B. and Ng, C. (2020). A book. Publisher.",
        ),
        (("Mbeki", "et al."), "2024", "A series", "Mbeki et al. (2024). A series. Publisher."),
        # A law known by its title: by its title, its year once (NN's Act was "Unknown
        # author (1998). Copyright and Related Rights Act 1998.")
        ((), "1998", "Housing Act 1998", "Housing Act 1998. Publisher."),
        ((), "2024", "Draft Heritage Levy Bylaw", "Draft Heritage Levy Bylaw (2024). Publisher."),
        ((), "2024", None, "Unknown author (2024). Publisher."),
    ],
)
def test_a_work_is_listed_by_its_authors_else_by_its_title(
    collection, alignment, references, annotations, authors, year, title, cite
):
    work = dataclasses.replace(references.works[0], authors=authors, year=year, title=title)
    listed = dataclasses.replace(references, works=[work])
    soup = page(Renderer(collection, alignment, listed, annotations, False), "references.md")
    assert " ".join(soup.select_one(".syn-work-cite").get_text().split()) == cite


def test_a_row_that_only_points_to_a_counterpart_says_where_it_stands(renderer, collection):
    # A reader read "Drafting and tools, row 1" as the counterpart's row, where the row showed
    # its essay's cell empty and "see ¶8 (row 2)": the link now says "(¶8 in row 2)" beside it.
    number = collection.paragraphs["beta-p1"].number
    assert renderer.held_elsewhere(("partnership", 2), "beta-p1") == f"¶{number} in row 1"
    assert renderer.held_elsewhere(("partnership", 1), "beta-p1") == ""
    assert renderer.held_elsewhere(("trade", 1), "beta-p1") == ""  # on no row of that theme
