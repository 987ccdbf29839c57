"""Ingest of a journal article in JATS XML (jats.py), and of the XML it is not.

Collection RR (DNA sampling of herbarium type specimens), written blind, holds in raw/rb.xml a
journal essay as a publisher's system writes it in JATS 1.2 (Journal Publishing DTD): the XML
declaration and JATS's DOCTYPE; `<front>` with the journal's metadata (ids, title, ISSN,
publisher) and the article's (two article ids, categories, the title and a running title, two
contributors as `<surname>`/`<given-names>` with ORCIDs and marks to their affiliations and to
a correspondence note, the affiliations, author notes holding the corresponding e-mail and an
unnumbered competing-interests note, four numeric dates: the epub `03`/`03`/`2026`, the issue's
month and year, received and accepted; volume, issue, permissions, the abstract, which is the
essay's summary paragraph, keywords, funding, counts); `<body>` of three `<sec>` with titles,
note calls as `<sup><xref ref-type="fn">`, citations as `<xref ref-type="bibr">` (one with
`<italic>et al</italic>.` inside); `<back>` with the bio, `<fn-group>` titled Notes (notes 1 to
3) and an author–date `<ref-list>`.

On first contact (main at fe08826) the XML was read as one block: 0 of its 11 paragraphs, 0 of
its 3 notes, its title, author and date unknown. Now it reads whole: 11 of 11 paragraphs, 3 of
3 notes, 3 headings and Notes, its title, authors (given names first) and epub date read, and
what is not the essay's (the front's metadata, the competing-interests note, the reference
list) left out and listed in the report, each with its line in the XML.
"""

from __future__ import annotations

import time

import pytest

from conftest import ROOT
from synoptic.errors import SynopticError
from synoptic.ingest import ingest_file, ingest_text
from synoptic.jats import FLOAT, FRONT_LEFT, REFERENCE, UNCALLED_NOTE, jats_article
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import straight

DATA = ROOT / "tests" / "data" / "collection_rr"

# What rb's XML holds that is not the essay's: none of it may reach the edition.
RB_NOT_THE_ESSAY = (
    "Collections Science and Practice",  # the journal's metadata
    "Halden Academic Press",
    "2950-4417",
    "10.48812",  # the DOI, and the references'
    "CSP-D-25",
    "Biology and life sciences",  # categories
    "Sampling type specimens for DNA",  # the running title (in lower case)
    "orcid.org",
    "Department of Botany",  # affiliations
    "E-mail",
    "competing interests",
    "Creative Commons",
    "herbarium type specimens destructive sampling",  # keywords
    "no specific funding",
    "Held in trust or held for use",  # the reference list
    "Methods in Herbarium Genomics",
    "Abstract",
    "References",
    "<",
)


def _rb() -> tuple[dict, list[str], str]:
    made = ingest_file(DATA / "raw" / "rb.xml", "rb")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made.edition


def test_collection_rr_reads_its_jats_article_whole() -> None:
    meta, blocks, edition = _rb()
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Sampling Type Specimens for DNA: Conditions for a Defensible Policy",
        "Teodora Quist and Rafael Annandale",
        "2026-03-03",
    )
    want_meta, want = edition_parts((DATA / "essays" / "rb.md").read_text("utf-8"))
    # every block, in order: 11 paragraphs (the abstract first, the bio last), 3 headings,
    # Notes and 3 notes
    assert [straight(block) for block in blocks] == [straight(block) for block in want]
    assert meta["summary"] == want_meta["summary"]
    assert not any(cut in block for block in blocks for cut in RB_NOT_THE_ESSAY)
    assert "Okafor et al. 2024" in blocks[6]  # (the citation's italics, no space before `.`)


def test_collection_rr_rb_s_report_says_what_was_read_and_lists_what_was_left_out() -> None:
    _, _, edition = _rb()
    report = "\n".join(line for line in edition.split("\n") if line.startswith("#"))
    assert "a journal article in JATS XML" in report
    assert "its epub date, 3 March 2026" in report  # which date, and the others beside it
    assert "collection March 2026" in report
    assert UNCALLED_NOTE in report
    assert "The authors have declared that no competing interests exist." in report
    assert REFERENCE in report and "Halvorsen M 2019" in report and "(line 151)" in report
    assert FRONT_LEFT in report and "Halden Academic Press" in report


# --- small articles of our own ----------------------------------------------------------------

DOCTYPE = (
    '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD '
    'v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">'
)


def _contrib(surname: str, given: str, kind: str = "author", style: str = "western") -> str:
    return (
        f'<contrib contrib-type="{kind}"><name name-style="{style}"><surname>{surname}</surname>'
        f"<given-names>{given}</given-names></name></contrib>"
    )


AUTHORS = f"<contrib-group>{_contrib('Lee', 'Ann')}</contrib-group>"
DATES = '<pub-date pub-type="epub"><day>5</day><month>6</month><year>2024</year></pub-date>'
BODY = (
    "<body><sec><title>Where the river bends</title>"
    "<p>The ferry has crossed at the bend since the mill was built, and it still does.</p>"
    "</sec></body>"
)


def _article(
    meta: str = "",
    body: str = BODY,
    back: str = "",
    title: str = "<title-group><article-title>Keep the Ferry</article-title></title-group>",
    authors: str = AUTHORS,
    dates: str = DATES,
    root: str = '<article dtd-version="1.3" xmlns:xlink="http://www.w3.org/1999/xlink">',
    prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE,
) -> str:
    return (
        f"{prolog}\n{root}\n<front><journal-meta><journal-title-group><journal-title>River "
        f"Studies</journal-title></journal-title-group></journal-meta>\n<article-meta>{title}"
        f"{authors}{dates}{meta}</article-meta></front>\n{body}\n<back>{back}</back>\n</article>\n"
    )


def _read(xml: str) -> tuple[dict, list[str], str]:
    made = ingest_text(xml, "t", "t.xml")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made.edition


def test_a_jats_article_s_front_title_author_date() -> None:
    meta, blocks, _ = _read(_article())
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the Ferry",
        "Ann Lee",
        "2024-06-05",
    )
    assert blocks == [
        "## Where the river bends",
        "The ferry has crossed at the bend since the mill was built, and it still does.",
    ]


def test_a_subtitle_follows_the_title_after_a_colon_or_its_own_stop() -> None:
    title = (
        "<title-group><article-title>Keep the Ferry</article-title>"
        "<subtitle>A Case for the Crossing</subtitle></title-group>"
    )
    assert _read(_article(title=title))[0]["title"] == "Keep the Ferry: A Case for the Crossing"
    asked = title.replace("Keep the Ferry", "Why Keep the Ferry?")
    assert _read(_article(title=asked))[0]["title"] == "Why Keep the Ferry? A Case for the Crossing"


def test_authors_given_names_first_in_order_an_eastern_name_surname_first_editors_not() -> None:
    authors = (
        f"<contrib-group>{_contrib('Lee', 'Ann')}{_contrib('Wang', 'Li', style='eastern')}"
        '<contrib contrib-type="author"><collab>The Ferry Group</collab></contrib>'
        f"{_contrib('Roe', 'Bo', kind='editor')}</contrib-group>"
    )
    meta, _, edition = _read(_article(authors=authors))
    assert meta["author"] == "Ann Lee, Wang Li and The Ferry Group"


@pytest.mark.parametrize(
    ("dates", "date"),
    [
        # the epub before the and the history's, whatever their order
        (
            '<pub-date pub-type="collection"><month>7</month><year>2024</year></pub-date>'
            '<pub-date pub-type="epub"><day>05</day><month>06</month><year>2024</year></pub-date>'
            '<history><date date-type="received"><day>1</day><month>1</month><year>2024</year>'
            "</date></history>",
            "2024-06-05",
        ),
        # JATS 1.2's electronic publication before its print one
        (
            '<pub-date date-type="pub" publication-format="print"><day>1</day><month>8</month>'
            "<year>2024</year></pub-date>"
            '<pub-date date-type="pub" publication-format="electronic"><day>2</day>'
            "<month>7</month><year>2024</year></pub-date>",
            "2024-07-02",
        ),
        # the month and year where no other is given
        ('<pub-date pub-type="collection"><month>3</month><year>2026</year></pub-date>', "2026-03"),
        # its ISO attribute where it has one
        (
            '<pub-date pub-type="epub" iso-8601-date="2025-11-30"><year>2025</year></pub-date>',
            "2025-11-30",
        ),
        # the history's dates alone: no date of publication
        (
            '<history><date date-type="accepted"><day>9</day><month>2</month><year>2026</year>'
            "</date></history>",
            "unknown",
        ),
    ],
)
def test_the_date_an_editor_gives(dates: str, date: str) -> None:
    assert str(_read(_article(dates=dates))[0]["date"]) == date


def test_the_abstract_opens_the_text_its_title_no_heading_a_graphical_abstract_left_out() -> None:
    meta_xml = (
        '<abstract abstract-type="graphical"><p>A picture of the ferry.</p></abstract>'
        "<abstract><title>Abstract</title><p>The ferry should stay, for three reasons.</p>"
        "</abstract>"
        "<kwd-group><kwd>ferries</kwd></kwd-group>"
    )
    meta, blocks, edition = _read(_article(meta=meta_xml))
    assert blocks[0] == "The ferry should stay, for three reasons."
    assert not any(
        "Abstract" in block or "picture" in block or "ferries" in block for block in blocks
    )
    assert meta["summary"] == "The ferry should stay, for three reasons."
    assert "A picture of the ferry." in edition  # (listed in the report)


def test_sections_nested_labelled_lists_and_quotations() -> None:
    body = (
        "<body><sec><label>1.</label><title>Crossings</title><p>First we count the crossings.</p>"
        "<sec><title>By season</title><p>Summer carries most.</p>"
        '<list list-type="bullet"><list-item><p>cars</p></list-item><list-item><p>bikes</p>'
        "</list-item></list>"
        "<disp-quote><p>The ferry is the town.</p></disp-quote></sec></sec></body>"
    )
    _, blocks, _ = _read(_article(body=body))
    assert blocks == [
        "## 1\\. Crossings",
        "First we count the crossings.",
        "### By season",
        "Summer carries most.",
        "- cars\n- bikes",
        "> The ferry is the town.",
    ]


def test_a_paragraph_opening_with_a_sign_that_opens_a_block_is_a_paragraph() -> None:
    # (review 37: `&gt; 50% of the sheets` became a quotation, its `>` lost)
    body = (
        "<body><p>Herbaria guard their type specimens.</p><p>&gt; 50% of the sheets yielded DNA."
        "</p><p># 1 priority is the sheets.</p><p>2026. The rules changed.</p></body>"
    )
    _, blocks, _ = _read(_article(body=body))
    assert blocks == [
        "Herbaria guard their type specimens.",
        "\\> 50% of the sheets yielded DNA.",
        "\\# 1 priority is the sheets.",
        "2026\\. The rules changed.",
    ]


def test_note_calls_and_notes_citations_as_words_emphasis_as_words() -> None:
    body = (
        '<body><sec><title>Costs</title><p>It costs little (<xref ref-type="bibr" rid="r1">'
        'Ng <italic>et al</italic>. 2020</xref>).<sup><xref ref-type="fn" rid="n1">1</xref>'
        '</sup> It earns more.<xref ref-type="fn" rid="n2">*</xref></p></sec></body>'
    )
    back = (
        "<fn-group><title>Notes</title>"
        '<fn id="n1"><label>1</label><p>Counted in 2023.</p></fn>'
        '<fn id="n2"><label>*</label><p>By the council\'s figures.</p></fn>'
        '<fn fn-type="conflict"><p>The author declares no competing interests.</p></fn>'
        "</fn-group>"
        '<ref-list><title>References</title><ref id="r1"><mixed-citation>Ng A, Bo C (2020) '
        "Ferries. River Studies 3: 1–9.</mixed-citation></ref></ref-list>"
    )
    _, blocks, edition = _read(_article(body=body, back=back))
    assert blocks[1] == "It costs little (Ng et al. 2020).[^1] It earns more.[^2]"
    # (a note labelled `*` numbered after the others; one that nothing calls and has no number
    # left out, listed)
    assert blocks[2:] == ["## Notes", "[^1]: Counted in 2023.", "[^2]: By the council's figures."]
    assert "competing interests" not in "\n".join(blocks)
    assert "Ferries. River Studies" not in "\n".join(blocks)
    report = edition.split("\n---\n")[0]
    assert UNCALLED_NOTE in report and REFERENCE in report and "Ng A, Bo C (2020)" in report


def test_a_note_set_where_it_is_called() -> None:
    body = (
        '<body><p>The bend is sharp.<fn id="f1"><p>About forty degrees.</p></fn> It is.</p></body>'
    )
    _, blocks, _ = _read(_article(body=body))
    assert blocks == ["The bend is sharp.[^1] It is.", "[^1]: About forty degrees."]


def test_the_bio_after_the_body_above_the_notes_figures_and_tables_left_out() -> None:
    body = (
        '<body><p>The ferry runs hourly.<xref ref-type="fn" rid="n1">1</xref></p>'
        '<fig id="f1"><label>Figure 1</label><caption><p>The ferry at dawn.</p></caption>'
        '<graphic xlink:href="f1.png"/></fig>'
        "<table-wrap><caption><p>Table 1: crossings by year</p></caption><table><tr><td>2020"
        "</td></tr></table></table-wrap><p>It always has.</p></body>"
    )
    back = (
        '<fn-group><fn id="n1"><label>1</label><p>Since 1902.</p></fn></fn-group>'
        "<bio><title>About the author</title><p>Ann Lee keeps the ferry's log.</p></bio>"
    )
    _, blocks, edition = _read(_article(body=body, back=back))
    assert blocks == [
        "The ferry runs hourly.[^1]",
        "It always has.",
        "Ann Lee keeps the ferry's log.",
        "[^1]: Since 1902.",
    ]
    report = edition.split("\n---\n")[0]
    assert FLOAT in report and "The ferry at dawn." in report and "crossings by year" in report


def test_an_entity_the_jats_dtd_defines_reads_as_html_names_it() -> None:
    body = "<body><p>The ferry&nbsp;crossing&mdash;all of it.</p></body>"
    # (the no-break space read as a space, as every text's is)
    assert _read(_article(body=body))[1] == ["The ferry crossing—all of it."]


def test_an_article_with_no_declaration_but_jats_s_namespaces() -> None:
    meta, blocks, _ = _read(_article(prolog=""))
    assert meta["title"] == "Keep the Ferry" and blocks[0] == "## Where the river bends"


# --- near misses: the XML that is no JATS article, and XML never to expand -------------------


def test_an_rss_feed_is_refused_with_what_to_do() -> None:
    feed = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>River news</title><item>'
        "<title>Ferry stays</title><description>The council voted.</description></item>"
        "</channel></rss>\n"
    )
    with pytest.raises(SynopticError, match=r"root is <rss>, not a journal article in JATS XML"):
        ingest_text(feed, "t", "t.xml")


def test_a_tei_text_is_refused() -> None:
    tei = (
        '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text>'
        "<body><p>The ferry stays.</p></body></text></TEI>\n"
    )
    with pytest.raises(SynopticError, match=r"root is <TEI>"):
        ingest_text(tei, "t", "t.xml")


def test_a_docbook_article_has_no_front_and_is_no_jats_article() -> None:
    docbook = (
        '<?xml version="1.0"?>\n<article xmlns="http://docbook.org/ns/docbook" version="5.0">'
        "<info><title>Keep the Ferry</title></info><para>The ferry stays.</para></article>\n"
    )
    with pytest.raises(SynopticError, match=r"root is <article>, not a journal article"):
        ingest_text(docbook, "t", "t.xml")


def test_an_xhtml_page_opening_with_an_xml_declaration_is_refused_where_no_page_is_named() -> None:
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
        'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://'
        'www.w3.org/1999/xhtml"><head><title>Keep the Ferry</title></head><body><p>The ferry '
        "stays.</p></body></html>\n"
    )
    # (in a file named as XML, refused with what to do; as .xhtml it reads: test_ingest_xhtml)
    with pytest.raises(SynopticError, match=r"XHTML page .* remove that line"):
        ingest_text(page, "t", "t.xml")
    # (without the declaration, it is a page saved as HTML, read as before)
    made = ingest_text(page.split("\n", 1)[1], "t", "t.xml")
    assert "The ferry stays." in made.edition and "<html" not in made.edition


def test_an_entity_bomb_is_refused_before_anything_is_expanded() -> None:
    levels = ['<!ENTITY a0 "ferry">'] + [
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    ]
    bomb = (
        f'<?xml version="1.0"?>\n<!DOCTYPE article [{"".join(levels)}]>\n<article '
        'dtd-version="1.3"><front><article-meta/></front><body><p>&a9;</p></body></article>\n'
    )
    started = time.perf_counter()
    with pytest.raises(SynopticError, match=r"declares an entity, `a0`; entities are never"):
        ingest_text(bomb, "t", "t.xml")
    assert time.perf_counter() - started < 1


def test_an_external_entity_is_never_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the ferry's keys are under the mat", "utf-8")
    xxe = _article(
        prolog=(
            f'<?xml version="1.0"?>\n<!DOCTYPE article [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        ),
        body="<body><p>Read: &x;</p></body>",
    )
    with pytest.raises(SynopticError, match=r"declares an entity, `x`") as refused:
        ingest_text(xxe, "t", "t.xml")
    assert "keys" not in str(refused.value)


def test_an_external_dtd_is_never_fetched_an_entity_it_would_define_unknown_is_refused() -> None:
    xml = _article(
        prolog='<?xml version="1.0"?>\n<!DOCTYPE article SYSTEM "http://127.0.0.1:9/jats.dtd">',
        body="<body><p>The &ferryman; rows.</p></body>",
    )
    # (with its line, and the advice that works: no DOCTYPE declares it to remove; review 37,
    # finding 14)
    with pytest.raises(SynopticError, match=r"`&ferryman;`, which is neither") as refused:
        ingest_text(xml, "t", "t.xml")
    assert "t.xml:6:" in str(refused.value)
    assert "replace `&ferryman;` there" in str(refused.value)


def test_a_declared_entity_is_refused_at_its_line() -> None:
    xml = '<?xml version="1.0"?>\n<!DOCTYPE article [\n<!ENTITY x "ferry">\n]>\n<article/>\n'
    with pytest.raises(SynopticError, match=r"^t.xml:3: .*declares an entity, `x`"):
        ingest_text(xml, "t", "t.xml")


# --- review 37: no input ends in a traceback ------------------------------------------------


def test_a_note_labelled_in_superscript_digits_is_numbered() -> None:
    # (finding 2: `<label>²</label>` was `int('²')`, a ValueError)
    body = (
        '<body><p>The ferry stays<xref ref-type="fn" rid="n2">²</xref> and crosses at the '
        "bend, as it has done since the mill was built.</p></body>"
    )
    back = '<fn-group><fn id="n2"><label>²</label><p>Since 1902.</p></fn></fn-group>'
    blocks = _read(_article(body=body, back=back))[1]
    assert blocks[0].startswith("The ferry stays[^2] and") and "[^2]: Since 1902." in blocks


@pytest.mark.parametrize(
    "date",
    [
        '<pub-date pub-type="epub"><day>²</day><month>³</month><year>2024</year></pub-date>',
        '<pub-date pub-type="epub" iso-8601-date="2024-13-40"><year>2024</year></pub-date>',
        '<pub-date pub-type="epub" iso-8601-date="2024-00"/>',
    ],
)
def test_a_date_of_odd_digits_is_no_date_and_no_traceback(date: str) -> None:
    assert _read(_article(dates=date))[0]["date"] == "unknown"  # (and no traceback)


def test_elements_nested_past_any_article_s_are_refused_with_their_line() -> None:
    # (finding 3: 3,000 nested <italic> were a RecursionError)
    deep = "<italic>" * 3000 + "deep" + "</italic>" * 3000
    xml = _article(body=f"<body>\n<p>Deep {deep}</p></body>")
    with pytest.raises(SynopticError, match=r"^t.xml:7: .*nest more than 100 deep"):
        ingest_text(xml, "t", "t.xml")
    # (what an article nests, forty deep, reads)
    nested = "<italic>" * 40 + "deep" + "</italic>" * 40
    assert _read(_article(body=f"<body><p>The ferry runs {nested}.</p></body>"))[1] == [
        "The ferry runs deep."
    ]


def test_an_article_with_no_declaration_and_an_html_entity_is_read() -> None:
    # (finding 7: expat's undefined entity, with no DOCTYPE, read it as a paragraph of tags)
    body = "<body><p>The ferry&nbsp;crossing&mdash;all of it.</p></body>"
    meta, blocks, _ = _read(_article(prolog="", body=body))
    assert meta["title"] == "Keep the Ferry" and blocks == ["The ferry crossing—all of it."]
    # (behind an XML declaration alone too, its lines the file's)
    meta, blocks, _ = _read(_article(prolog='<?xml version="1.0"?>', body=body))
    assert blocks == ["The ferry crossing—all of it."]
    broken = _article(prolog='<?xml version="1.0"?>', body="<body><p>A &nbsp <p></body>")
    with pytest.raises(SynopticError, match=r"^t.xml:5: .*not well-formed"):
        ingest_text(broken, "t", "t.xml")


def test_a_text_opening_as_xml_that_is_none_is_read_as_text_and_the_report_says_so() -> None:
    made = ingest_text(
        "<article><p>The ferry crossed at the bend<br> and still does, as it has since the "
        "mill was built.</p></article>\n",
        "t",
        "t.txt",
    )
    assert "# warning: the text opens as XML (`<article>…`) but is no well-formed XML" in (
        made.edition
    )
    assert "mismatched tag, line 1" in made.edition


def test_an_inline_formula_is_read_in_one_form_and_the_report_says_which() -> None:
    # (finding 5: its TeX source and its MathML were both read)
    tex = (
        "<inline-formula><alternatives><tex-math><![CDATA[\\documentclass{article}"
        "\\begin{document}$y=x^2$\\end{document}]]></tex-math><mml:math><mml:mi>y</mml:mi>"
        "<mml:mo>=</mml:mo><mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math>"
        '<inline-graphic xlink:href="f1.gif"/></alternatives></inline-formula>'
    )
    mathml = (
        '<inline-formula><mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML"><mml:mi>n'
        "</mml:mi><mml:mo>+</mml:mo><mml:mn>1</mml:mn></mml:math></inline-formula>"
    )
    image = '<inline-formula><inline-graphic xlink:href="f2.gif"/></inline-formula>'
    body = (
        f"<body><p>The yield is {tex} per sheet, {mathml} sheets a day, and {image} at "
        "most, since the mill was built.</p></body>"
    )
    made = ingest_text(_article(body=body), "t", "t.xml")
    blocks = edition_parts(made.edition)[1]
    assert blocks == [
        "The yield is y=x^2 per sheet, n+1 sheets a day, and \\[formula] at most, since "
        "the mill was built."
    ]
    assert (
        "its inline formulas each read in one form: 'y=x^2' (its TeX, line 6); 'n+1' (its "
        "MathML's text, line 6); '[formula]' (no words of its own (an image), line 6)"
    ) in made.edition


def test_xml_not_well_formed_is_refused_with_its_line() -> None:
    broken = _article(body="<body><p>The ferry <italic>stays.</p></body>")
    with pytest.raises(SynopticError) as refused:
        ingest_text(broken, "t", "t.xml")
    body_line = broken.split("\n").index("<body><p>The ferry <italic>stays.</p></body>") + 1
    assert refused.value.line == body_line and "not well-formed XML (mismatched tag)" in str(
        refused.value
    )


def test_a_text_that_is_no_xml_is_not_read_as_such() -> None:
    assert jats_article("The ferry stays.\n\nIt always has.\n", "t.txt") is None
    assert jats_article("<article>\n<p>A page's fragment</p>\n", "t.html") is None


# --- review 37: smaller misreadings ----------------------------------------------------------


def test_a_numbered_citation_s_call_in_superscript_is_left_out_and_listed() -> None:
    # (finding 12: `sequencing<sup><xref ref-type="bibr">3</xref></sup>` read "sequencing3")
    body = (
        '<body><p>The ferry crossed<sup><xref ref-type="bibr" rid="r3">3</xref>,<xref '
        'ref-type="bibr" rid="r4">4</xref></sup> at the bend (<xref ref-type="bibr" rid="r1">'
        "Okafor 2024</xref>) since the mill was built, and it still does.</p></body>"
    )
    made = ingest_text(_article(body=body), "t", "t.xml")
    assert edition_parts(made.edition)[1] == [
        "The ferry crossed at the bend (Okafor 2024) since the mill was built, and it still does."
    ]
    assert "a numbered citation's call in superscript" in made.edition and "'3 , 4'" in (
        made.edition
    )


def test_a_box_under_the_body_is_a_section_its_title_a_heading() -> None:
    # (finding 13: its title was listed as "a label standing alone")
    body = (
        "<body><boxed-text><title>Box 2</title><p>The ferry has crossed at the bend since the "
        "mill was built.</p></boxed-text></body>"
    )
    assert _read(_article(body=body))[1][:2] == [
        "## Box 2",
        "The ferry has crossed at the bend since the mill was built.",
    ]


def test_a_collaboration_is_its_own_name_not_its_members() -> None:
    # (finding 13: "Consortium B X Y")
    authors = (
        "<contrib-group><contrib contrib-type='author'><collab>Ferry Consortium<contrib-group>"
        f"{_contrib('Lee', 'Ann')}</contrib-group></collab></contrib></contrib-group>"
    )
    assert _read(_article(authors=authors))[0]["author"] == "Ferry Consortium"


@pytest.mark.parametrize("kind", ["structured", "key-points", "author"])
def test_an_abstract_of_any_kind_but_a_graphical_one_or_a_teaser_opens_the_text(kind) -> None:
    # (finding 13: an abstract-type outside a short allowlist was left out as front matter)
    meta = (
        '<abstract abstract-type="teaser"><p>Ferries!</p></abstract>'
        f'<abstract abstract-type="{kind}"><p>The ferry stays at the bend.</p></abstract>'
    )
    assert _read(_article(meta=meta))[1][0] == "The ferry stays at the bend."


def test_an_html_file_holding_an_html_article_fragment_is_read_as_a_page() -> None:
    # (finding 15: it was refused as "an XML file whose root is <article>")
    page = (
        "<article><h1>A post</h1><p>The ferry has crossed at the bend since the mill was "
        "built.</p><p>And it still does, every hour.</p></article>\n"
    )
    made = ingest_text(page, "t", "t.html")
    meta, blocks = edition_parts(made.edition)
    assert meta["title"] == "A post" and blocks[0].startswith("The ferry has crossed")
    # (the same in a text file is XML, and no JATS article: refused, as before)
    with pytest.raises(SynopticError, match=r"an XML file whose root is <article>"):
        ingest_text(page, "t", "t.txt")
