"""Editions as untrusted input: every case a hostile or careless contributor can write, as a
table (issue 9). Each row is an edition body (or whole file) and what must come of it: the
loader publishes it (and, where said, what the model then holds) or reports a problem whose
message contains the fragment, at the line given. All in-process: no build."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from synoptic.errors import SynopticError
from synoptic.load import load_essay
from synoptic.render import front_matter_text, markdown_text, web_address
from test_load import FRONT

FRONT_LINES = FRONT.count("\n")


@dataclass(frozen=True)
class Case:
    name: str
    body: str | bytes  # the body after the front matter; bytes: the whole file as written
    refused: str = ""  # a fragment of the expected message; "" when the edition is accepted
    line: int | None = None  # the line of the problem, counted in the body (1 = its first)
    holds: str = ""  # accepted: a text the published paragraphs' text must contain
    html_lacks: str = ""  # accepted: a CSS selector nothing in the paragraphs' or headings' HTML
    #                       may match


P1 = "{#gamma-p1}\n"
CASES = [
    # Blocks that used to vanish: published, or refused with the reason.
    Case(
        "fence left open swallows paragraphs",
        P1 + "Text.\n\n~~~\n\n{#gamma-p2}\nMore.\n",
        refused="code block (~~~) opened here runs over the id line",
        line=4,
    ),
    Case(
        "backtick fence left open",
        P1 + "Text.\n\n```\n\n{#gamma-p2}\nMore.\n",
        refused="code block (```) opened here runs over the id line",
        line=4,
    ),
    Case("closed fence is published", P1 + "```\nverbatim words\n```\n", holds="verbatim words"),
    Case("indented block is published", P1 + "    indented words\n", holds="indented words"),
    Case(
        "link definition would vanish",
        P1 + "Text.\n\n[note]: https://example.org\n",
        refused="Markdown link definition, which is never shown",
        line=4,
    ),
    Case(
        "thematic break holds no words", P1 + "Text.\n\n***\n\n{#gamma-p2}\nMore.\n", holds="More."
    ),
    Case("escaped footnote syntax is text", P1 + "A \\[^1] in the text.\n", holds="A [^1] in"),
    Case(
        "escaped backslash, then a reference",
        P1 + "A path\\\\[^8]\n",
        refused="footnote reference [^8] has no definition",
        line=2,
    ),
    Case(
        "undefined footnote reference",
        P1 + "A claim.[^9]\n",
        refused="footnote reference [^9] has no definition",
        line=2,
    ),
    Case(
        "defined but unused footnote",
        P1 + "Text.\n\n[^4]: A note.\n",
        refused="footnote [^4] is defined but never referenced",
        line=4,
    ),
    Case("edition with no body", "", refused="the edition has no paragraphs"),
    Case(
        "edition with headings only", "## Only a heading\n", refused="the edition has no paragraphs"
    ),
    Case("paragraph without id", "Text.\n", refused="paragraph has no id", line=1),
    Case(
        "id line before nothing",
        P1 + "Text.\n\n{#gamma-p2}\n",
        refused="id line {#gamma-p2} is not followed by a paragraph",
        line=4,
    ),
    # Ids that would collide with other ids of a page.
    Case("id of a footnote", "{#fn:gamma-1}\nText.\n", refused="is not of the form gamma-pN"),
    Case(
        "id of a section anchor", "{#main-argument}\nText.\n", refused="is not of the form gamma-pN"
    ),
    Case("id of a column", "{#col-gamma}\nText.\n", refused="is not of the form gamma-pN"),
    Case(
        "id with another essay's prefix",
        "{#rumer-2017-p2}\nText.\n",
        refused="is not of the form gamma-pN",
        line=1,
    ),
    Case("id with a suffix", "{#gamma-p2b}\nText.\n", refused="is not of the form gamma-pN"),
    # Bytes: encodings, line endings, control characters.
    Case("BOM is accepted", b"\xef\xbb\xbf" + (FRONT + P1 + "Text.\n").encode(), holds="Text."),
    Case(
        "CRLF line endings are accepted",
        (FRONT + P1 + "Text on\nlines.\n").replace("\n", "\r\n").encode(),
        holds="Text on lines.",
    ),
    Case(
        "Latin-1 is refused",
        (FRONT + P1 + "Caf\xe9.\n").encode("latin-1"),
        refused="is not UTF-8 text (byte 0xe9); save it as UTF-8",
    ),
    # an edition is UTF-8 whatever charset it declares: an HTML page's declaration is read
    # only in a raw text (a declared "base64" crashed the build with a LookupError)
    Case(
        "Latin-1 declaring a charset is refused",
        b'<!-- edition -->\n<meta charset="base64">\n'
        + (FRONT + P1 + "Caf\xe9.\n").encode("latin-1"),
        refused="is not UTF-8 text (byte 0xe9); save it as UTF-8",
    ),
    Case(
        "Latin-1 declaring windows-1252 is refused",
        b'<meta charset="windows-1252">\n' + (FRONT + P1 + "Caf\xe9.\n").encode("latin-1"),
        refused="is not UTF-8 text (byte 0xe9); save it as UTF-8",
    ),
    Case("NUL is refused", P1 + "Text\x00.\n", refused="control character U+0000", line=2),
    Case("BEL is refused", P1 + "Text\x07.\n", refused="control character U+0007", line=2),
    Case("ESC is refused", P1 + "Text\x1b[31m.\n", refused="control character U+001B", line=2),
    # A raw text's page break (pdftotext) has no place in an edition.
    Case("a form feed is refused", P1 + "Text.\n\fMore.\n", refused="U+000C", line=3),
    # Markup in text: shown as characters, never run.
    Case(
        "raw HTML is text",
        P1 + "<img src=x onerror=alert(1)>\n",
        holds="<img src=x onerror=alert(1)>",
        html_lacks="img",
    ),
    Case("javascript: link", P1 + "[x](javascript:alert(1))\n", html_lacks="a[href]"),
    Case("vbscript: link", P1 + "[x](vbscript:msgbox(1))\n", html_lacks="a[href]"),
    Case("data: link", P1 + "[x](data:text/html,x)\n", html_lacks="a[href]"),
    Case("data: image", P1 + "![x](data:image/png;base64,iVBORw0KGgo=)\n", html_lacks="img[src]"),
    Case("file: link", P1 + "[x](file:///etc/passwd)\n", html_lacks="a[href]"),
    Case(
        "attribute list on a paragraph",
        P1 + 'Text\n{: onclick="alert(1)"}\n',
        holds="{: onclick=",
        html_lacks="[onclick]",
    ),
    Case(
        "heading link to javascript:",
        "## [x](javascript:alert(1))\n\n" + P1 + "Text.\n",
        html_lacks="a[href]",
    ),
    Case(
        "heading attribute list",
        "## *x*{: onclick=alert(1)}\n\n" + P1 + "Text.\n",
        html_lacks="[onclick]",
    ),
    Case(
        "heading image onerror",
        '## ![x](x" onerror="alert(1))\n\n' + P1 + "Text.\n",
        html_lacks="[onerror]",
    ),
    # Images: each a request to wherever it points (a reader's visit told to a tracker), shown
    # as its description, and reported.
    Case(
        "image from another host",
        P1 + "A claim.![](https://tracker.example/pixel.gif)\n",
        refused="(https://tracker.example/pixel.gif) is shown as its description only",
        line=2,
        html_lacks="img",
    ),
    # A footnote label is text of the edition: markdown-it takes any run without a space or `]`.
    Case(
        "footnote label that is markup",
        P1 + "Text.[^<svg/onload=alert(1)>]\n\n[^<svg/onload=alert(1)>]: A note.\n",
        holds="Text.",
        html_lacks="svg, [onload]",
    ),
    Case(
        "footnote label with a quotation mark",
        P1 + 'Text.[^a"onmouseover="alert(1)]\n\n[^a"onmouseover="alert(1)]: A note.\n',
        holds="Text.",
        html_lacks="[onmouseover]",
    ),
    Case(
        "footnote defined twice",
        P1 + "Text.[^1]\n\n[^1]: First.\n[^1]: Second.\n",
        refused="footnote [^1] is defined again here (first at line",
        line=5,
    ),
    Case(
        "footnote defined twice, the first indented and in a quotation",
        P1 + "Text.[^1]\n\n{#gamma-p2}\n> Quoted.\n>\n> [^1]: First.\n\n   [^1]: Second.\n",
        refused="footnote [^1] is defined again here (first at line",
        line=9,
    ),
    Case(
        "a quotation left empty by a note's definition",
        P1 + "Text.[^1]\n\n{#gamma-p2}\n> [^1]: The note.\n",
        refused="this block has no words to show",
        line=5,
    ),
    Case(
        "an inline note",
        P1 + "Text.^[An inline note.]\n",
        refused="an inline note (^[…]) is shown as written",
        line=2,
    ),
    Case(
        "an inline note in a heading",
        "## Part^[A note.]\n\n" + P1 + "Text.\n",
        refused="an inline note (^[…]) is shown as written",
        line=1,
    ),
    Case("a pattern in a code span", P1 + "Match `^[A-Z]+$` to it.\n", holds="^[A-Z]+$"),
    # Attribute lines: the id line holds the id (and .epigraph); nothing may hide, restyle or
    # rename a block.
    Case(
        "hidden attribute on an id line",
        "{#gamma-p1 hidden=hidden}\nText.\n",
        refused="an attribute line sets hidden=hidden on this block",
        line=1,
        html_lacks="[hidden]",
    ),
    Case(
        "style on an id line",
        '{#gamma-p1 style="position:fixed"}\nText.\n',
        refused="sets style=position:fixed",
        line=1,
        html_lacks="[style]",
    ),
    Case(
        "class of the engine's on an id line",
        "{#gamma-p1 .hidden}\nText.\n",
        refused="the id line gives the class .hidden",
        line=1,
    ),
    Case(
        "attribute line inside a quotation",
        P1 + "> Quoted.\n>\n> {#rumer-2017-p2 hidden=hidden}\n> Hidden.\n",
        refused="an attribute line sets id, hidden=hidden on this block",
        line=4,
        html_lacks="[id], [hidden]",
    ),
    Case(
        "attribute line over a heading",
        "{.hidden}\n## Part\n\n" + P1 + "Text.\n",
        refused="an attribute line sets class on this block",
        line=1,
        html_lacks=".hidden",
    ),
    Case(
        "attribute line over a note's definition",
        P1 + 'Text.[^1]\n\n{style="display:none"}\n[^1]: A note.\n',
        refused="an attribute line sets style=display:none",
        line=4,
    ),
    Case(
        "image description over two lines",
        P1 + "![Map of\nthe town](m.png)\n",
        refused="('Map of the town')",
        line=2,
    ),
    Case("an epigraph's class", "{#gamma-p1 .epigraph}\n> Words.\n", holds="Words."),
    Case("a list's first number", P1 + "3. three\n4. four\n", holds="three four"),
    # Headings: what has no words cannot be shown.
    Case(
        "heading of a note marker alone",
        "## [^h]\n\n" + P1 + "Text.\n\n[^h]: A note.\n",
        refused="a heading without words would not be shown",
        line=1,
    ),
]


def write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / "gamma.md"
    if isinstance(case.body, bytes):
        path.write_bytes(case.body)
    else:
        path.write_text(FRONT + case.body, encoding="utf-8")
    return path


def outcome(path: Path) -> tuple[object, list[SynopticError]]:
    try:
        return load_essay(path)
    except SynopticError as error:
        return None, [error]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_edition_case(tmp_path, case):
    essay, problems = outcome(write(tmp_path, case))
    if case.refused:
        matching = [p for p in problems if case.refused in p.message]
        assert matching, [str(p) for p in problems]
        if case.line is not None:
            assert matching[0].line == FRONT_LINES + case.line
    else:
        assert problems == [], [str(p) for p in problems]
        assert case.holds in " ".join(p.text for p in essay.paragraphs)
    if case.html_lacks and essay:  # what a lenient build would publish all the same
        fragments = [p.html for p in essay.paragraphs] + [s.html for s in essay.sections]
        for fragment in fragments + [note.html for note in essay.footnotes.values()]:
            assert not BeautifulSoup(fragment, "html.parser").select(case.html_lacks), fragment


def test_a_note_of_several_blocks_keeps_each_apart(tmp_path):
    body = P1 + "Text.[^1]\n\n[^1]: First.\n\n    Second.\n\n        code line\n\n    - an item\n"
    essay, problems = load_essay(write(tmp_path, Case("", body)))
    assert problems == []
    note = essay.footnotes["1"]
    assert note.html == "First.<br>\nSecond.<br>\n<code>code line</code><br>\nan item"
    assert note.text == "First. Second. code line an item"


def test_an_image_is_shown_as_its_description(tmp_path):
    body = "## ![Figure 1: trade, 2000–2016](f.png)\n\n" + P1 + "See ![the *chart*](c.png).\n"
    essay, problems = load_essay(write(tmp_path, Case("", body)))
    assert len(problems) == 2
    assert essay.sections[-1].title == "Figure 1: trade, 2000–2016"
    assert essay.paragraphs[0].html == "<p>See the chart.</p>"


def test_note_references_count_those_in_headings_and_notes(tmp_path):
    """Each reference's element id, as the parser numbered it: a heading's reference to a note
    comes before the paragraph's, which is the note's second (`fnref2:`)."""
    body = "## Part[^1]\n\n" + P1 + "Text.[^1][^2]\n\n[^1]: One, see[^2].\n[^2]: Two.\n"
    essay, problems = load_essay(write(tmp_path, Case("", body)))
    assert problems == []
    assert essay.sections[-1].refs == (("1", "fnref:gamma-1"),)
    assert essay.paragraphs[0].refs == (("1", "fnref2:gamma-1"), ("2", "fnref:gamma-2"))
    assert essay.footnotes["1"].refs == (("2", "fnref2:gamma-2"),)
    assert 'id="fnref2:gamma-1"' in essay.paragraphs[0].html


def test_headings_keep_their_characters(tmp_path):
    """`<` and `&` show without a stray backslash; an escaped closing `#` is kept."""
    essay, problems = load_essay(write(tmp_path, Case("", "## A < B & C \\#\n\n" + P1 + "T.\n")))
    assert problems == []
    heading = essay.sections[0]
    assert heading.title == "A < B & C #"
    assert heading.html == "A &lt; B &amp; C #"


def test_section_anchor_never_takes_a_paragraph_id(tmp_path):
    essay, problems = load_essay(write(tmp_path, Case("", "## Gamma p1\n\n" + P1 + "T.\n")))
    assert problems == []
    assert essay.sections[0].anchor != "gamma-p1"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<img src=x onerror=alert(1)>", '"&lt;img src=x onerror=alert(1)&gt;"'),
        ('a "quoted" \\ title', '"a &#x27;quoted&#x27; \\\\ title"'.replace("&#x27;", "&quot;")),
        ("line\nbreak", '"line\\nbreak"'),
    ],
)
def test_front_matter_text_is_yaml_of_escaped_html(text, expected):
    assert front_matter_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a\ufffe [x](#x){: autofocus onfocus=alert(1)}",  # YAML refuses U+FFFE
        "a\uffff b",
        "a\x85--- [x](#x){: onfocus=alert(1)}",  # YAML line breaks, then a document marker
        "a\u2028--- b",
        "a\u2029... b",
        "a\x9f\xad b \U000e0001 😀",
    ],
)
def test_front_matter_text_always_reads_back_as_yaml(text):
    # Unreadable front matter is read by MkDocs as the page's Markdown, attr_list and all.
    assert yaml.safe_load(f"title: {front_matter_text(text)}\n") == {"title": html.escape(text)}


@pytest.mark.parametrize(
    "text, forbidden",
    [
        ("[x](javascript:alert(1))", "["),
        ("*x*{: onclick=alert(1)}", "{"),
        ("<script>", "<"),
        ("Title #", "#"),
    ],
)
def test_markdown_text_leaves_no_markdown_syntax(text, forbidden):
    written = markdown_text(text)
    assert forbidden not in re.sub(r"&#?\w+;", "", written)  # only character references
    assert html.unescape(written) == text


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,x", False),
        ("vbscript:x", False),
        ("//evil.example/x", False),
        ("unknown", False),
        ("", False),
        ("https://[::1", False),
    ],
)
def test_web_address_allows_only_http(url, kept):
    assert bool(web_address(url)) is kept
    assert web_address(url) in ("", url)
