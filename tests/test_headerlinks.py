"""Headings' permalinks named on the pages Python-Markdown renders (headerlinks.py)."""

from __future__ import annotations

from bs4 import BeautifulSoup
from markdown import Markdown

from synoptic.headerlinks import NAME, HeaderLinkNamesExtension


def _html(text: str, permalink: bool = True) -> BeautifulSoup:
    md = Markdown(
        extensions=["toc", HeaderLinkNamesExtension()],
        extension_configs={"toc": {"permalink": permalink}},
    )
    return BeautifulSoup(md.convert(text), "html.parser")


def test_a_headings_permalink_is_named() -> None:
    link = _html("## Essays\n\nText with a [link](#x).").select_one("h2 a.headerlink")
    assert link["aria-label"] == NAME and link.get_text() == "¶"


def test_other_links_and_headings_without_permalinks_are_left_alone() -> None:
    html = _html("## Essays\n\nText with a [link](#x).", permalink=False)
    assert html.select_one("a.headerlink") is None
    assert not html.select_one("a[href='#x']").has_attr("aria-label")
