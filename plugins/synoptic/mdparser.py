"""The one Markdown reading of the sources: every `MarkdownIt` of the engine is made here.

Editions, their headings and footnotes, and annotation bodies are read by markdown-it-py with
the same preset, so that the loader, the id tool and the renderer agree on what a block is, and
no text from the sources passes through a second Markdown engine (Python-Markdown only sees the
HTML this produces, as raw HTML blocks).

Raw HTML is off: a `<` in a source is a character to show, not markup. Links are limited to
`SAFE_SCHEMES` and relative addresses, whatever markdown-it's own list would let through.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from mdit_py_plugins.attrs import attrs_block_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

#: Schemes a link from a source may use; a link without a scheme (relative, #anchor) is fine.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe_url(url: str) -> bool:
    """True for http(s) and mailto addresses and for relative ones; False for `javascript:`,
    `data:`, any other scheme, and addresses with control characters or spaces in the scheme."""
    if any(ord(c) < 32 or c == "\x7f" for c in url):
        return False
    try:
        scheme = urlsplit(url.strip()).scheme
    except ValueError:  # a malformed address (e.g. an unclosed IPv6 bracket) is no address
        return False
    return not scheme or scheme.lower() in SAFE_SCHEMES


def is_web_address(url: str) -> bool:
    """An absolute http(s) address: what a source may give as the address of a work or person."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and is_safe_url(url)


class SourceMarkdown(MarkdownIt):
    """CommonMark with raw HTML off and links limited to safe schemes."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return super().validateLink(url) and is_safe_url(url)


def edition_parser() -> SourceMarkdown:
    """The parser of editions: front matter, footnotes and attribute lines (`{#id .class}`).

    Notes are `[^label]` and their definitions: an inline note (`^[…]`) has no label to list
    it by, and stays text. Every definition's label and line are kept in the environment
    (`env["note_definitions"]`) before markdown-it keeps only the last of a label's."""
    md = (
        SourceMarkdown("commonmark", {"html": False})
        .use(front_matter_plugin)
        .use(footnote_plugin, inline=False)
        .use(attrs_block_plugin)
    )
    md.core.ruler.before("footnote_tail", "note_definitions", note_definitions)
    return md


def note_definitions(state: StateCore) -> None:
    """Each definition's (label, line, attributes an attribute line above it set)."""
    state.env["note_definitions"] = [
        (token.meta["label"], token.map[0] + 1, dict(token.attrs))
        for token in state.tokens
        if token.type == "footnote_reference_open"
    ]


def body_parser() -> SourceMarkdown:
    """The parser of annotation bodies: plain CommonMark, HTML off."""
    return SourceMarkdown("commonmark", {"html": False})
