"""Headings' permalinks named for a screen reader on the pages Python-Markdown renders (home,
how to read, references, about): its `toc` extension writes `<a class="headerlink">¶</a>`, a
bare sign read as "pilcrow" (a reader's review); the engine's own headings say "Link to this
heading" (essay.md.j2), and so do these now. A tree processor, run after `toc`'s."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

#: The name of a heading's permalink, as the engine's templates give it.
NAME = "Link to this heading"
#: After `toc`'s tree processor (priority 5), which writes the permalinks.
PRIORITY = 4


class HeaderLinkNames(Treeprocessor):
    def run(self, root: Element) -> None:
        for link in root.iter("a"):
            if "headerlink" in (link.get("class") or "").split() and not link.get("aria-label"):
                link.set("aria-label", NAME)


class HeaderLinkNamesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(HeaderLinkNames(md), "synoptic_headerlink_names", PRIORITY)
