r"""An HTML fragment, as a converter writes a document's body (mammoth's `convert_to_html()` of a
Word document: `<p>…</p><h2>…</h2>…<ol><li id="footnote-1">…</li></ol>`, with no `<html>`,
`<head>` or `<body>`), and a byline's line breaks in a page's block.

- A fragment is known by its shape: it opens (after blank lines) with a block's tag (`<p>`,
  `<h1>`…`<h6>`, `<div>`, `<ol>`, `<ul>`, `<table>`, `<blockquote>`), ends with a block's
  closing tag, every line of it opens with a tag (no line of plain text: a Markdown text that
  opens with `<p align="center">` goes on in Markdown), and it closes `FRAGMENT_MIN_BLOCKS`
  paragraphs or more. htmlpage.py reads it as it reads a saved page's body.
- A byline broken by a line break (`<p>By Ann Lee<br />Managing Partner, Lee & Co</p>`, as
  Word's Shift+Enter writes it): each of its lines a block of its own, so that the name is
  read alone and the post under it as the front's other lines are; only a block that opens
  with `By` and a name alone on its first line (`BYLINE_FIRST_LINE`), of `BYLINE_MAX_WORDS`
  words at most and `BYLINE_MAX_BREAKS` breaks.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

#: A fragment's start and end: a block's tag.
FRAGMENT_START = re.compile(r"\s*<(?:p|h[1-6]|div|ol|ul|table|blockquote)[\s>]", re.I)
FRAGMENT_END = re.compile(r"</(?:p|h[1-6]|div|ol|ul|table|blockquote)>\s*$", re.I)
FRAGMENT_MIN_BLOCKS = 3
PARAGRAPH_END = re.compile(r"</p>", re.I)
#: A byline's first line: `By` and a name, its words capitalised (`By Ann Lee`, `By Ann Lee and
#: Tom de Vries`), nothing else: `By the rivers of Babylon<br/>…` is verse (review 34).
BYLINE_FIRST_LINE = re.compile(
    r"(?i:(?:written\s+)?by)\s+[A-Z][\w.’'-]*"
    r"(?:\s+(?:[A-Z][\w.’'-]*|and|&|de|der|van|von|la|le|da|di|du|bin|ibn))*"
)
BYLINE_MAX_WORDS = 20
BYLINE_MAX_BREAKS = 2


def is_fragment(raw: str) -> bool:
    """Whether the text is an HTML fragment (see the module)."""
    if not FRAGMENT_START.match(raw) or not FRAGMENT_END.search(raw):
        return False
    if len(PARAGRAPH_END.findall(raw)) < FRAGMENT_MIN_BLOCKS:
        return False
    return all(line.lstrip().startswith("<") for line in raw.split("\n") if line.strip())


def byline_lines(soup: BeautifulSoup) -> int:
    """Each byline broken by line breaks made blocks of its lines (see the module), in place;
    how many bylines were so parted."""
    parted = 0
    for block in soup.find_all("p"):
        breaks = block.find_all("br", recursive=False)
        words = block.get_text(" ").split()
        if not breaks or len(breaks) > BYLINE_MAX_BREAKS or len(words) > BYLINE_MAX_WORDS:
            continue
        parts: list[list[object]] = [[]]
        for child in block.children:
            if isinstance(child, Tag) and child.name == "br":
                parts.append([])
            else:
                parts[-1].append(child)
        first = " ".join(_text(parts[0]).split())
        if not BYLINE_FIRST_LINE.fullmatch(first):
            continue
        if not all(_has_words(part) for part in parts):
            continue  # (a break at an end, or two in a row: no lines to part)
        previous = block
        for part in parts[1:]:
            line = soup.new_tag("p")
            for child in part:
                line.append(child.extract())
            previous.insert_after(line)
            previous = line
        for found in breaks:
            found.decompose()
        parted += 1
    return parted


def _text(part: list[object]) -> str:
    return "".join(
        str(child) if isinstance(child, NavigableString) else child.get_text()
        for child in part
        if isinstance(child, (NavigableString, Tag))
    )


def _has_words(part: list[object]) -> bool:
    return bool(_text(part).strip())
