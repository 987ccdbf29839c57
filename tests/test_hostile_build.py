"""Hostile annotations built into the real site: nothing executable reaches the HTML."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

DANGEROUS_URL = re.compile(r"^\s*(javascript|data|vbscript):", re.IGNORECASE)
PAYLOAD_CODE = re.compile(r"alert\(|msgbox\(|evil\.example")
FORBIDDEN = ("iframe", "object", "embed", "svg", "math", "form", "base", "meta[http-equiv]")


def test_payload_annotations_are_published(hostile_site):
    page = BeautifulSoup((hostile_site / "annotations.html").read_text(), "html.parser")
    shown = {a["id"] for a in page.select("[id^=annotation-hostile-]")}
    assert len(shown) >= 70, "payload annotations are listed, not dropped"
    orphans = page.select_one(".syn-orphans").get_text()
    assert "hostile-front-8" in orphans  # its quote is markup found nowhere: orphaned


def test_built_html_holds_nothing_executable_from_annotations(hostile_site):
    pages = [hostile_site / "annotations.html", hostile_site / "essays" / "rumer-2017.html"]
    pages += sorted((hostile_site / "themes").glob("*.html"))
    for path in pages:
        soup = BeautifulSoup(path.read_text(), "html.parser")
        for element in soup.find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            assert not handlers, f"{path.name}: {element.name} has {handlers}"
            assert "style" not in element.attrs or not element.find_parent(
                class_="syn-annotation"), f"{path.name}: inline style in an annotation"
            for name in ("href", "src", "action", "formaction", "xlink:href"):
                value = element.get(name) or ""
                assert not DANGEROUS_URL.match(value), f"{path.name}: {name}={value}"
        for script in soup.find_all("script"):
            assert not PAYLOAD_CODE.search(script.get_text() + str(script.get("src"))), \
                f"{path.name}: {script}"
        for annotation in soup.select(".syn-annotation, .syn-orphans"):
            for tag in FORBIDDEN + ("script", "img", "style"):
                assert not annotation.select(tag), f"{path.name}: <{tag}> in {annotation}"
