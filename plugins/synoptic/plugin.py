"""MkDocs events → the engine. Nothing here parses, aligns or renders by itself."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .align import align
from .archive import write_site_zip
from .citations import resolve
from .config import SynopticConfig
from .errors import SynopticError
from .export import export_json
from .render import Renderer
from .search import index_paragraphs
from .sources import load_sources

log = logging.getLogger("mkdocs.plugins.synoptic")

ASSETS = Path(__file__).parent / "assets"
#: Where a hand-written page wants the essay cards.
CARDS_PLACEHOLDER = "<!-- synoptic:essay-cards -->"


class SynopticPlugin(BasePlugin[SynopticConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.sources_dir = Path(config.config_file_path).parent / self.config.sources
        self.renderer: Renderer | None = None
        self.editions: dict[str, str] = {}
        self.tocs: dict[str, list[dict]] = {}
        self.page_order: dict[str, int] = {}
        config.extra_css.append("assets/synoptic/synoptic.css")
        config.extra_javascript.append("assets/synoptic/synoptic.js")
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            sources, problems = load_sources(self.sources_dir)
        except SynopticError as err:
            raise PluginError(str(err)) from None
        # Warnings, not exceptions: a non-strict build still publishes every paragraph, lists
        # annotations it could not anchor as orphaned, and `mkdocs build --strict` fails.
        for problem in problems:
            log.warning(str(problem))
        collection = sources.collection
        alignment = align(collection, sources.themes)
        references = resolve(collection)
        self.renderer = Renderer(collection, alignment, references, sources.annotations,
                                 config.use_directory_urls)
        for number, page in enumerate(self.renderer.pages()):
            self.page_order[page.src_uri] = number
            files.append(File.generated(config, page.src_uri, content=page.markdown))
            if page.edition:
                self.editions[page.src_uri] = page.edition
            if page.toc:
                self.tocs[page.src_uri] = page.toc
        files.append(File.generated(config, "synoptic.json",
                                    content=export_json(collection, alignment, references)))
        for asset in sorted(ASSETS.iterdir()):
            files.append(File.generated(config, f"assets/synoptic/{asset.name}",
                                        abs_src_path=str(asset)))
        return files

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        edition = self.editions.get(page.file.src_uri)
        if edition and config.edit_uri:
            # Edit links of generated pages point at the edition in sources/, not at docs/.
            page.edit_url = urljoin(urljoin(config.repo_url or "", config.edit_uri),
                                    os.path.relpath(edition, config.docs_dir))
        if CARDS_PLACEHOLDER in markdown and self.renderer:
            markdown = markdown.replace(CARDS_PLACEHOLDER,
                                        self.renderer.essay_cards(page.file.src_uri))
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        # Essay pages render their headings themselves: give MkDocs (side bar, search sections)
        # the table of contents it cannot find in raw HTML.
        if page.file.src_uri in self.tocs:
            page.toc = get_toc(self.tocs[page.file.src_uri])
        return html

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        # Readers come for the essays and themes: list them right after the home page, before
        # the hand-written pages about the site.
        ours = [item for item in nav.items if isinstance(item, Section) and any(
            getattr(child, "file", None) and child.file.generated_by for child in item.children)]
        rest = [item for item in nav.items if item not in ours]
        # MkDocs sorts a folder's pages by file name; readers expect the essays in collection
        # order and the themes in the order of themes.yml, as on the overview.
        for section in ours:
            section.children.sort(key=lambda child: self.page_order.get(
                getattr(getattr(child, "file", None), "src_uri", ""), len(self.page_order)))
        nav.items = rest[:1] + ours + rest[1:]
        # MkDocs linked each page to its neighbours before this event: follow the new order.
        nav.pages = list(pages_in(nav.items))
        for before, after in zip([None, *nav.pages], [*nav.pages, None]):
            if before:
                before.next_page = after
            if after:
                after.previous_page = before
        return nav

    # Last of all, after the search plugin (0) and the offline plugin (-100) wrote the index and
    # its file:// copy: paragraphs become search entries, then the finished site is zipped.
    @event_priority(-200)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index_paragraphs(Path(config.site_dir))
        write_site_zip(Path(config.site_dir))

    def on_serve(self, server, config: MkDocsConfig, builder):
        server.watch(str(self.sources_dir))
        return server


def pages_in(items):
    """The pages of a navigation tree, in reading order."""
    for item in items:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, Section):
            yield from pages_in(item.children)
