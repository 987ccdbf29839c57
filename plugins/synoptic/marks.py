"""Marking words inside a paragraph's HTML without touching its tags.

The engine knows paragraphs as plain text (`Paragraph.text`: whitespace collapsed, footnote
markers left out) and as HTML. These functions find places in the text and wrap them in the
HTML: shared terms, names of the collection's authors, the passage an annotation quotes.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable
from functools import lru_cache
from html.parser import HTMLParser


def wrap_in_text(
    html: str,
    phrases: tuple[str, ...],
    wrap: Callable[[str], str],
    flags: re.RegexFlag = re.IGNORECASE,
    runs: bool = False,
) -> str:
    """Wrap each whole-word occurrence of the phrases in the text of `html` (not a part of a
    hyphenated word): `wrap` receives the occurrence, HTML-escaped, and returns its markup;
    with `runs`, phrases that follow one another with only spaces between are one occurrence.
    Text inside a link or a footnote reference is left alone (a link in a link is no link)."""
    if not phrases:
        return html
    pattern = phrase_pattern(phrases, flags)
    out: list[str] = []
    in_link = 0
    for kind, piece in Events(html).events:
        if kind != "text":
            in_link += {"start": 1, "end": -1}.get(kind, 0) * (tag_name(piece) == "a")
            out.append(piece)
        elif in_link:
            out.append(htmllib.escape(piece, quote=False))
        else:
            last = 0
            for start, end in occurrences(pattern, piece, runs):
                out.append(htmllib.escape(piece[last:start], quote=False))
                out.append(wrap(htmllib.escape(piece[start:end], quote=False)))
                last = end
            out.append(htmllib.escape(piece[last:], quote=False))
    return "".join(out)


@lru_cache(maxsize=4096)
def phrase_pattern(phrases: tuple[str, ...], flags: re.RegexFlag) -> re.Pattern[str]:
    """Any one of the phrases as a whole word, longest first: compiled once for the cells of a
    synopsis row, which mark the same terms (a compilation costs as much as marking a cell)."""
    # A phrase's words may be joined by a hyphen as well as a space ("self-catering").
    one = "|".join(
        r"[\s\-\u2010]+".join(map(re.escape, t.split()))
        for t in sorted(phrases, key=len, reverse=True)
    )
    # Whole words, and not a part of a hyphenated word ("catering" in "self-catering").
    return re.compile(rf"(?<![\w\-\u2010])(?:{one})(?![\w\-\u2010])", flags)


def occurrences(pattern: re.Pattern[str], text: str, runs: bool):
    """(start, end) of each match of `pattern` in `text`; with `runs`, matches with only
    whitespace between them are one. The same spans as one pattern repeating the phrases
    after `\\s+`, which took twice as long to compile."""
    spans: list[list[int]] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if runs and spans and start > spans[-1][1] and text[spans[-1][1] : start].isspace():
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return spans


def highlight_terms(html: str, terms: tuple[str, ...]) -> str:
    """Mark the terms a passage shares with the others of its row; terms side by side are
    one mark ("Port Ashby", not "Port" and "Ashby" apart)."""
    return wrap_in_text(
        html, terms, lambda words: f'<mark class="syn-term">{words}</mark>', runs=True
    )


def mark_span(html: str, start: int, end: int, open_tag: str, close_tag: str) -> str | None:
    """Wrap characters `start`–`end` of the paragraph's plain text, wherever they fall in
    `html`; a span crossing tags is wrapped piece by piece, inside text only (never between
    block tags such as `</li>` and `<li>`). None if the text of `html` does not reproduce the
    plain text (then nothing should be marked rather than the wrong words)."""
    events = Events(html).events
    out: list[str] = []
    position = 0  # in the plain text
    pending_space = False  # whitespace seen but not yet counted: runs collapse to one space
    for index, (kind, piece) in enumerate(events):
        if kind != "text":
            out.append(piece)
            continue
        # Whitespace beside a block tag is layout, not text: it is counted, never marked.
        markable = piece.strip() or not (is_block(events, index - 1) or is_block(events, index + 1))
        run: list[str] = []
        for char in piece:
            if char.isspace():
                pending_space = position > 0
                inside = markable and start < position < end  # a space between marked words
            else:
                if pending_space:
                    position += 1
                    pending_space = False
                inside = start <= position < end
                position += 1
            if run and not inside:  # leaving a marked run
                out.append(open_tag + htmllib.escape("".join(run), quote=False) + close_tag)
                run = []
            if inside:
                run.append(char)
            else:
                out.append(htmllib.escape(char, quote=False))
        if run:
            out.append(open_tag + htmllib.escape("".join(run), quote=False) + close_tag)
    return "".join(out) if position >= end else None


#: Tags whose start or end is a block boundary: whitespace next to them is not text.
BLOCK_TAGS = {
    "p",
    "li",
    "ul",
    "ol",
    "blockquote",
    "div",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "aside",
    "figure",
    "figcaption",
}


def is_block(events: list[tuple[str, str]], index: int) -> bool:
    return (
        0 <= index < len(events)
        and events[index][0] in ("start", "end")
        and (tag_name(events[index][1]) in BLOCK_TAGS)
    )


def tag_name(tag: str) -> str:
    return tag.strip("</>").split()[0].lower() if tag.strip("</>") else ""


class Events(HTMLParser):
    """An HTML fragment as ("start" | "end" | "other", markup as written) and ("text",
    decoded text) events, footnote references (whose labels the plain text leaves out) as
    "other" markup whole."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, str]] = []
        self.skipping = 0  # depth inside a footnote reference's <sup>
        self.feed(fragment)
        self.close()

    def add(self, kind: str, piece: str) -> None:
        if self.skipping:
            self.events[-1] = (
                "other",
                self.events[-1][1]
                + (htmllib.escape(piece, quote=False) if kind == "text" else piece),
            )
        else:
            self.events.append((kind, piece))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping and tag == "sup":
            self.skipping += 1
        self.add("start", self.get_starttag_text() or "")
        if not self.skipping and tag == "sup" and (dict(attrs).get("id") or "").startswith("fnref"):
            self.events[-1] = ("other", self.events[-1][1])
            self.skipping = 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.add("start", self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        self.add("end", f"</{tag}>")
        if self.skipping and tag == "sup":
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        self.add("text", data)

    def handle_comment(self, data: str) -> None:
        self.add("other", f"<!--{data}-->")
