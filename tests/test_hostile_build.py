"""Hostile sources built into the real site: nothing executable reaches the HTML.

The hostile site (tests/conftest.py) holds the payload corpus in annotations, in an edition's
front matter, headings and paragraphs, and in a theme's label and description.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from conftest import BREAKOUT, HOSTILE_ESSAY, HOSTILE_FILE_TITLE, HOSTILE_THEME, HOSTILE_TITLE

DANGEROUS_URL = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)
PAYLOAD_CODE = re.compile(r"alert\(|msgbox\(|evil\.example")
FORBIDDEN = ("iframe", "object", "embed", "svg", "math", "form", "base", "meta[http-equiv]")


def test_payload_annotations_are_published(hostile_site):
    page = BeautifulSoup((hostile_site / "annotations.html").read_text(), "html.parser")
    shown = {a["id"] for a in page.select("[id^=annotation-hostile-]")}
    assert len(shown) >= 70, "payload annotations are listed, not dropped"
    orphans = page.select_one(".syn-orphans").get_text()
    assert "hostile-front-8" in orphans  # its quote is markup found nowhere: orphaned


def test_built_html_holds_nothing_executable(hostile_site):
    pages = sorted(hostile_site.rglob("*.html"))
    assert hostile_site / "essays" / f"{HOSTILE_ESSAY}.html" in pages
    assert hostile_site / "themes" / f"{HOSTILE_THEME}.html" in pages
    assert hostile_site / "essays" / "mallory-2027.html" in pages
    for path in pages:
        soup = BeautifulSoup(path.read_text(), "html.parser")
        for element in soup.find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            assert not handlers, f"{path.name}: {element.name} has {handlers}"
            assert "style" not in element.attrs or not element.find_parent(
                class_="syn-annotation"
            ), f"{path.name}: inline style in an annotation"
            for name in ("href", "src", "action", "formaction", "xlink:href"):
                value = element.get(name) or ""
                assert not DANGEROUS_URL.match(value), f"{path.name}: {name}={value}"
        for script in soup.find_all("script"):
            assert not PAYLOAD_CODE.search(script.get_text() + str(script.get("src"))), (
                f"{path.name}: {script}"
            )
        for annotation in soup.select(".syn-annotation, .syn-orphans, .syn-about"):
            for tag in FORBIDDEN + ("script", "img", "style"):
                assert not annotation.select(tag), f"{path.name}: <{tag}> in {annotation}"


def test_the_collection_s_description_is_shown_sanitised(hostile_site):
    about = BeautifulSoup((hostile_site / "about.html").read_text(), "html.parser")
    shown = about.select_one(".syn-about")
    assert shown is not None and len(shown.select("p")) > 20  # the payloads, as text
    assert shown.select("table tr")  # and the essays' table after them


def test_every_page_s_description_is_the_collection_s_first_sentence_as_text(hostile_site):
    # (the theme sets mkdocs.yml's site_description into an attribute unescaped: made of the
    # sources' words, it is escaped by the plugin, and a quotation mark ends nothing)
    for path in (hostile_site / "index.html", hostile_site / "essays" / f"{HOSTILE_ESSAY}.html"):
        head = BeautifulSoup(path.read_text(), "html.parser").head
        assert head.find("meta", attrs={"name": "description"})["content"].startswith(BREAKOUT)
        assert not head.find("img") and not head.find(attrs={"onmouseover": True})


def test_hostile_titles_are_text_everywhere(hostile_site):
    """A title is shown as the characters it has: in <title>, the header and the navigation."""
    essay = BeautifulSoup(
        (hostile_site / "essays" / f"{HOSTILE_ESSAY}.html").read_text(), "html.parser"
    )
    assert essay.title.get_text().startswith(HOSTILE_TITLE)
    topics = [t.get_text(strip=True) for t in essay.select(".md-header__topic .md-ellipsis")]
    assert HOSTILE_TITLE.strip() in topics
    home = BeautifulSoup((hostile_site / "index.html").read_text(), "html.parser")
    nav = [a.get_text(" ", strip=True) for a in home.select(".md-nav__link")]
    assert " ".join(HOSTILE_TITLE.split()) in nav
    assert any(text.startswith("<img src=x onerror=alert(1)>") for text in nav)


def test_hostile_headings_are_text(hostile_site):
    """Headings of an edition are rendered like its paragraphs: a link to `javascript:` is no
    link, an attribute list is text, a closing `#` that the source escaped is kept."""
    essay = BeautifulSoup(
        (hostile_site / "essays" / f"{HOSTILE_ESSAY}.html").read_text(), "html.parser"
    )
    headings = essay.select("article h2")
    assert len(headings) > 50
    texts = [h.get_text().removesuffix("¶") for h in headings]
    assert "<script>alert(1)</script>" in texts
    assert any('{: onclick="alert(1)"' in text for text in texts)
    for heading in headings:
        assert not heading.select("img, script, svg, iframe, [onclick], [onerror]")
        for link in heading.select("a[href]"):
            assert urlsplit(link["href"]).scheme in ("", "http", "https"), link


def test_hostile_essay_url_is_not_a_link(hostile_site):
    essay = BeautifulSoup(
        (hostile_site / "essays" / f"{HOSTILE_ESSAY}.html").read_text(), "html.parser"
    )
    meta = essay.select_one(".syn-essay-meta")
    assert "javascript" not in str(meta.select("a"))


def test_a_title_yaml_cannot_read_is_still_the_page_title(hostile_site):
    """The title's U+FFFE and U+2028 reach the page's front matter as YAML escapes, so that
    MkDocs reads the front matter and never the title as Markdown."""
    soup = BeautifulSoup((hostile_site / "essays" / "mallory-2027.html").read_text(), "html.parser")
    assert soup.title.get_text().startswith(HOSTILE_FILE_TITLE)
    article = soup.select_one("article")
    assert "search:" not in article.get_text() and not article.select("hr + p a")
    edit = soup.select_one("a[rel=edit]")["href"]  # the file name quoted into the address
    assert edit.endswith("/sources/essays/mallory%22%3E%3Csvg%20onload%3Dalert%281%29%3E.md")
    assert soup.select_one(".footnote li")["id"] == "fn:mallory-2027-<svg/onload=alert(1)>"


def test_footer_links_name_a_hostile_title_as_written(hostile_site):
    # The theme escapes the footer's aria-label itself: the title, already escaped for the
    # places MkDocs prints it raw, was escaped twice ("&amp;lt;img …" read aloud).
    labels = [
        link["aria-label"]
        for path in sorted(hostile_site.rglob("*.html"))
        for link in BeautifulSoup(path.read_text(), "html.parser").select("a.md-footer__link")
        if "</title>" in link["aria-label"]
    ]
    assert labels and all(label.endswith(f": {HOSTILE_TITLE}") for label in labels), labels
