"""MkDocs events → the engine. Nothing here parses, aligns or renders by itself."""

from __future__ import annotations

import gc
import hashlib
import html as html_text
import json
import logging
import os
import posixpath
import re
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .archive import write_site_zip
from .citations import resolve
from .config import SynopticConfig
from .errors import SynopticError
from .export import export_json
from .headerlinks import HeaderLinkNamesExtension
from .model import Alignment, Collection, Theme
from .names import NAV_SECTIONS
from .render import Renderer, markdown_text
from .search import article_view, index_paragraphs, material_view, search_view
from .sources import description_of, load_sources

log = logging.getLogger("mkdocs.plugins.synoptic")

ASSETS = Path(__file__).parent / "assets"
#: Where a hand-written page asks for the site's name (mkdocs.yml's `site_name`).
SITE_NAME = "<!-- synoptic:site-name -->"
#: An element id in the engine's HTML (its attribute values are always double-quoted, and
#: hold no `"`), when a space stands before it (`element_ids`).
ELEMENT_ID = re.compile(r'id="([^"]*)"')


class SynopticPlugin(BasePlugin[SynopticConfig]):
    def __init__(self):
        super().__init__()
        #: step → (key of its inputs, its result), kept from one `mkdocs serve` rebuild to the
        #: next so that a rebuild redoes only the steps whose inputs changed
        self.cache: dict[str, tuple[str, Any]] = {}
        self.serving = False

    def on_startup(self, command: str, dirty: bool) -> None:
        # Defining on_startup also makes MkDocs keep this instance, and so the cache, between
        # the rebuilds of `mkdocs serve`.
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # What the last build froze (`long_lived`) may go now that serve rebuilds. Not at the
        # end of a build: frozen, the collector's last pass as the process exits leaves them
        # alone (0.5 s of CPU at a hundred essays).
        gc.unfreeze()
        # Seconds per phase of this build, by the wall clock and in CPU time (which a busy
        # machine disturbs less), logged at debug level when it ends (scripts/bench.py reads
        # them); "mkdocs" is the rest of the build, from here to the end.
        self.timings: dict[str, dict[str, float]] = {"wall": {}, "cpu": {}}
        self.started = clocks()
        self.sources_dir = Path(config.config_file_path).parent / self.config.sources
        self.renderer: Renderer | None = None
        self.editions: dict[str, str] = {}
        self.tocs: dict[str, list[dict]] = {}
        if self.serving:
            # The last build's pages and renderer are garbage now, held in reference cycles (a
            # Renderer is its templates' global `r`): only a full pass frees them, and the
            # engine's pass is paused and then frozen (`long_lived`). Without it, each rebuild
            # of `mkdocs serve` kept the one before.
            gc.collect()
        #: src_uri → placeholder → the HTML it stands for (`PageSource.for_mkdocs`), put in place
        #: by `on_page_content`
        self.blocks: dict[str, dict[str, str]] = {}
        self.html_pages: set[str] = set()  # src_uri of the pages all HTML
        self.withheld: str | None = None  # the content of the page Material's search is reading
        #: src_uri → the `search_view` of its content, made for Material's search and kept for
        #: the page's `article_view`
        self.content_views: dict[str, str] = {}
        #: page location → what the search pass reads of it (`search.article_view`), kept as
        #: pages are written rather than read back from the site
        self.search_views: dict[str, str] = {}
        # Only Material's search skips `data-search-exclude`: another would index the asides.
        self.material_search = "material/search" in config.plugins
        self.page_order: dict[str, int] = {}
        if not self.config.enabled:
            return config
        config.extra_css.append("assets/synoptic/synoptic.css")
        config.extra_javascript.append("assets/synoptic/synoptic.js")
        # What the generated pages need from Python-Markdown, added when mkdocs.yml lacks it
        # (as mkdocstrings adds its own extension). They are raw HTML, which needs no extension,
        # but for the Markdown headings of the references and annotations pages: `toc` (in
        # MkDocs' defaults) with permalinks, like those the engine gives essay headings. A
        # permalink the project chose is kept.
        toc = next(
            (n for n in config.markdown_extensions if n in ("toc", "markdown.extensions.toc")),
            None,
        )
        if toc is None:
            toc = "toc"
            config.markdown_extensions.append(toc)
            log.debug("added the Markdown extension toc, which the generated pages need")
        if not config.mdx_configs.setdefault(toc, {}).get("permalink"):
            config.mdx_configs[toc]["permalink"] = True
            log.debug("set toc: permalink: true, which the generated pages' headings need")
        # (and those permalinks named, as the engine's are: `headerlinks.py`)
        config.markdown_extensions.append(HeaderLinkNamesExtension())
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        with long_lived():
            return self.add_pages(files, config)

    def add_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """Load, align, resolve and render: the engine's pages added to MkDocs' files."""
        try:
            with self.phase("load"):
                sources, problems = self.cached(
                    "sources", self.source_files, lambda: load_sources(self.sources_dir)
                )
        except SynopticError as err:
            raise PluginError(str(err)) from None
        if problems and config.strict:
            # Raised, not only logged: `mkdocs build --strict -q` drops the warnings that
            # strict mode counts, and the build would pass.
            raise PluginError(
                f"{len(problems)} problem(s) in the sources:\n"
                + "\n".join(str(problem) for problem in problems)
            )
        # Warnings, not exceptions: a non-strict build still publishes every paragraph and
        # lists annotations it could not anchor as orphaned.
        for problem in problems:
            log.warning(str(problem))
        collection = sources.collection
        if not config.site_description:
            # The collection says what it is (mkdocs.yml gave the seeds' description to every
            # collection). Escaped: the theme sets it into an attribute as it stands (MkDocs'
            # templates do not escape), and these are the sources' words.
            config.site_description = html_text.escape(description_of(sources.about_html)) or None
        # An annotation changes neither the alignment nor the citations: keyed by the essays
        # (and themes), an annotation edit reuses both, an edition edit redoes them.
        with self.phase("align"):
            alignment = self.cached(
                "align",
                lambda: (collection.essays, sources.themes, sources.embeddings is not None),
                lambda: align(collection, sources.themes, sources.embeddings),
            )
        with self.phase("citations"):
            references = self.cached(
                "citations", lambda: collection.essays, lambda: resolve(collection)
            )
        with self.phase("render"):
            self.renderer = Renderer(
                collection,
                alignment,
                references,
                sources.annotations,
                config.use_directory_urls,
                sources.about_html,
            )
            pages = self.renderer.pages()
            exported = export_json(collection, alignment, references)
        for number, page in enumerate(pages):
            self.page_order[page.src_uri] = number
            content, self.blocks[page.src_uri] = page.for_mkdocs()
            if page.html:
                self.html_pages.add(page.src_uri)
            # Not in the nav MkDocs makes (nor reported as missing from mkdocs.yml's): on_nav
            # places them itself.
            files.append(
                File.generated(
                    config, page.src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV
                )
            )
            if page.edition:
                self.editions[page.src_uri] = page.edition
            if page.toc:
                self.tocs[page.src_uri] = page.toc
        files.append(File.generated(config, "synoptic.json", content=exported))
        for asset in sorted(ASSETS.iterdir()):
            files.append(
                File.generated(config, f"assets/synoptic/{asset.name}", abs_src_path=str(asset))
            )
        return files

    def cached(self, step: str, inputs: Callable[[], object], compute: Callable[[], Any]) -> Any:
        """The step's result from the last build if its inputs are unchanged, else computed.

        Only `mkdocs serve` keeps results (a build computes everything once), keyed by a digest
        of the inputs' repr: the model is dataclasses, whose repr is their whole content.
        """
        if not self.serving:
            return compute()
        key = hashlib.sha256(repr(inputs()).encode("utf-8")).hexdigest()
        if self.cache.get(step, (None,))[0] != key:
            self.cache[step] = (key, compute())
        return self.cache[step][1]

    def source_files(self) -> list[tuple[str, int, int]]:
        """Every file under sources/ by path, size and modification time."""
        files = sorted(path for path in self.sources_dir.rglob("*") if path.is_file())
        return [(str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in files]

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if not self.config.enabled:
            return markdown
        if page.file.src_uri in self.page_order and "title" in page.meta:
            # Written HTML-escaped (`render.front_matter_text`), as MkDocs prints titles raw:
            # marked as markup, so that the theme's own escape (`| e`, the footer links'
            # aria-label) does not escape it twice ("Russia &amp;amp; China" read aloud).
            page.meta["title"] = Markup(page.meta["title"])
        edition = self.editions.get(page.file.src_uri)
        if edition and config.edit_uri:
            # Edit links of generated pages point at the edition in sources/, not at docs/;
            # its name quoted, as the theme prints the link unescaped (a file may be named
            # `x"><svg onload=…>.md`).
            page.edit_url = urljoin(
                urljoin(config.repo_url or "", config.edit_uri),
                quote(Path(os.path.relpath(edition, config.docs_dir)).as_posix()),
            )
        for placeholder, fill in (self.renderer.placeholders() if self.renderer else {}).items():
            if placeholder in markdown:
                markdown = markdown.replace(placeholder, fill(page.file.src_uri))
        # The site's name where a page asks for it (the home page's heading: a new collection's
        # site named itself in mkdocs.yml and still headed its home page "Synoptic", readers'
        # reviews of three); its characters as text, never markup.
        return markdown.replace(SITE_NAME, str(markdown_text(config.site_name)))

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        blocks = self.blocks.get(page.file.src_uri, {})
        for placeholder, block in blocks.items():
            html = html.replace(placeholder, block, 1)
        if blocks:
            # As MkDocs' own scan of raw HTML would have found them, for the links of
            # hand-written pages to anchors of this one.
            page.present_anchor_ids = (page.present_anchor_ids or set()) | {
                found for block in blocks.values() for found in element_ids(block)
            }
        # Essay pages render their headings themselves: give MkDocs (side bar, search sections)
        # the table of contents it cannot find in raw HTML.
        if page.file.src_uri in self.tocs:
            page.toc = get_toc(self.tocs[page.file.src_uri])
        return html

    # Material's search reads every element of a page's content, the ones it then skips for
    # `data-search-exclude` too, at a cost that grows with them: it gets the page without the
    # asides of its paragraphs and the rows of a synopsis (`search.search_view`: they add nothing
    # to its index, no text it keeps, no section it indexes) and without the paragraphs, whose
    # entries the search pass makes (`search.material_view`), and the page has them back before
    # it is written.
    @event_priority(100)  # before the search plugin (0)
    def _search_view(self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation):
        if self.material_search and page.file.src_uri in self.html_pages and page.content:
            self.withheld = page.content
            view = search_view(page.content)
            self.content_views[page.file.src_uri] = view
            page.content = material_view(view)
        return context

    @event_priority(-100)  # after it, before the theme renders the page
    def _page_view(self, context: dict, page: Page, config: MkDocsConfig, nav: Navigation):
        if self.withheld is not None:
            page.content, self.withheld = self.withheld, None
        return context

    on_page_context = CombinedEvent(_search_view, _page_view)

    @event_priority(-100)  # the page as written, after other plugins changed it
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self.config.enabled:
            view = article_view(
                output, page.content or "", self.content_views.pop(page.file.src_uri, None)
            )
            if view is not None:
                self.search_views[page.url] = view
        return output

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        if not self.config.enabled:
            return nav
        # Readers come for the essays and themes: their pages, which no nav lists (they are
        # made by the build), go right after the home page, one section per folder, essays in
        # collection order and themes in the order of themes.yml, as on the overview.
        listed = {id(page) for page in pages_in(nav.items)}
        unlisted = sorted(
            (
                f
                for f in files.documentation_pages()
                if f.generated_by and f.page and id(f.page) not in listed
            ),
            key=lambda f: self.page_order.get(f.src_uri, len(self.page_order)),
        )
        folders: dict[str, list[Page]] = {}
        for file in unlisted:
            folders.setdefault(posixpath.dirname(file.src_uri), []).append(file.page)
        ours: list[Page | Section] = []
        for folder, pages in folders.items():
            if not folder:
                ours += pages
                continue
            section = Section(NAV_SECTIONS.get(folder, folder.capitalize()), pages)
            for page in pages:
                page.parent = section
            ours.append(section)
        nav.items = nav.items[:1] + ours + nav.items[1:]
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
        if self.config.enabled:
            with self.phase("search"):
                index_paragraphs(Path(config.site_dir), self.search_views)
        # Every build: the home page links to the zip, whichever pages the site has.
        with self.phase("zip"):
            write_site_zip(Path(config.site_dir))
        for clock, now in clocks().items():
            phases = self.timings[clock]
            phases["mkdocs"] = now - self.started[clock] - sum(phases.values())
        log.debug(
            "synoptic timings: %s",
            json.dumps(
                {
                    clock: {name: round(seconds, 4) for name, seconds in phases.items()}
                    for clock, phases in self.timings.items()
                }
            ),
        )

    @contextmanager
    def phase(self, name: str):
        start = clocks()
        try:
            yield
        finally:
            for clock, now in clocks().items():
                phases = self.timings[clock]
                phases[name] = phases.get(name, 0.0) + now - start[clock]

    def on_serve(self, server, config: MkDocsConfig, builder):
        if not self.config.enabled:
            return server
        server.watch(str(self.sources_dir))
        return server


def align(collection: Collection, themes: list[Theme] | None, embeddings) -> Alignment:
    """`align.align`, imported when a build first aligns: it brings SciPy (about 0.3 s of
    imports; scikit-learn too, twice that, when themes are discovered), which MkDocs would
    otherwise load with the plugin's configuration, for a disabled plugin or a command that
    builds nothing as well."""
    from .align import align as aligned

    return aligned(collection, themes, embeddings)


@contextmanager
def long_lived():
    """The cyclic garbage collector paused while the engine makes what lives as long as the
    build (the model, the alignment, the pages), and those objects then frozen (`gc.freeze`)
    until the next build starts (`on_config`): its full passes went over all of them again and
    again, 0.5 s of CPU at a hundred essays, and found almost nothing to free (a few hundred
    objects). Freezing only spares them the collector: what is no longer referenced is freed
    as ever if it holds no reference cycle; cycles wait for the next build's `on_config`."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def element_ids(html: str) -> set[str]:
    """The ids of the elements of `html`: `id="` after a space. Found by its literal start and
    the space checked after, as a pattern starting with `\\s` tried every position of the page
    (0.12 s of CPU at a hundred essays, now 0.03 s)."""
    return {
        html_text.unescape(found.group(1))
        for found in ELEMENT_ID.finditer(html)
        if html[found.start() - 1 : found.start()].isspace()
    }


def clocks() -> dict[str, float]:
    """The wall clock and the process's CPU time, in seconds."""
    return {"wall": time.perf_counter(), "cpu": time.process_time()}


def pages_in(items):
    """The pages of a navigation tree, in reading order."""
    for item in items:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, Section):
            yield from pages_in(item.children)
