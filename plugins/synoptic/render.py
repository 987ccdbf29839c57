"""The data model → page sources (Markdown with HTML blocks) through Jinja templates.

Pages are handed to MkDocs as Markdown so that Material builds the table of contents and the
search index from them as from any page; the blocks whose HTML the engine already produced
(paragraphs, footnotes) are written as raw HTML, which Python-Markdown passes through.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, StrictUndefined

from .load import footnote_id, footnote_ref_id
from .model import UNKNOWN, Collection, Essay


@dataclass(frozen=True)
class PageSource:
    """A page to add to the site: where it goes and its Markdown."""

    src_uri: str
    markdown: str
    edition: str | None = None  # the edition file the page is made from, for edit links


def template_environment() -> Environment:
    env = Environment(loader=PackageLoader("synoptic", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.globals.update(footnote_id=footnote_id, footnote_ref_id=footnote_ref_id,
                       UNKNOWN=UNKNOWN)
    env.filters["display_title"] = display_title
    return env


def display_title(essay: Essay) -> str:
    """The title, or, where the text gives none, its first heading in editor's brackets."""
    if essay.title != UNKNOWN:
        return essay.title
    first_heading = next((s.title for s in essay.sections if s.title), None)
    return f"[{first_heading}]" if first_heading else f"[Untitled essay {essay.id}]"


def essay_url(essay: Essay) -> str:
    return f"essays/{essay.id}.md"


def render_essay_page(env: Environment, essay: Essay) -> PageSource:
    markdown = env.get_template("essay.md.j2").render(essay=essay)
    return PageSource(essay_url(essay), markdown, edition=str(essay.path))


def page_url(src_uri: str, directory_urls: bool) -> str:
    """Where MkDocs writes the page made from `src_uri`, as a URL path from the site root."""
    stem = src_uri.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative_url(from_src: str, to_src: str, directory_urls: bool, anchor: str = "") -> str:
    """A link from one page to another that works on a host and from `file://` alike.

    Raw HTML is not rewritten by MkDocs, so the links the templates write are computed here.
    """
    here = page_url(from_src, directory_urls)
    start = here if here.endswith("/") or not here else posixpath.dirname(here)
    target = page_url(to_src, directory_urls)
    url = posixpath.relpath(target or ".", start or ".")
    if target.endswith("/") or target == "":
        url = url.rstrip("/") + "/"
    return url + (f"#{anchor}" if anchor else "")


def render_essay_cards(env: Environment, collection: Collection, from_page: str,
                       directory_urls: bool) -> str:
    """The home page's cards, with links relative to the page they are written into."""
    links = {e.id: relative_url(from_page, essay_url(e), directory_urls)
             for e in collection.essays}
    return env.get_template("essay_cards.md.j2").render(essays=collection.essays, links=links)


def render_pages(env: Environment, collection: Collection) -> list[PageSource]:
    return [render_essay_page(env, essay) for essay in collection.essays]
