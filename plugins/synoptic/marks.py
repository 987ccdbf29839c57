"""Marking words inside a paragraph's HTML without touching its tags.

The engine knows paragraphs as plain text (`Paragraph.text`: whitespace collapsed, footnote
markers left out) and as HTML. These functions find places in the text and wrap them in the
HTML: shared terms, names of the collection's authors, the passage an annotation quotes.
"""

from __future__ import annotations

import html as htmllib
import re

TAG = re.compile(r"(<[^>]*>)")
#: A footnote reference (its label is not part of the paragraph's plain text) or any tag.
MARKUP = re.compile(r'(<sup id="fnref[^"]*">.*?</sup>|<[^>]*>)', re.DOTALL)


def wrap_in_text(html: str, phrases: tuple[str, ...], wrap: str,
                 flags: re.RegexFlag = re.IGNORECASE) -> str:
    """Wrap each whole-word occurrence of the phrases in the text of `html` with `wrap`, a
    format string whose `{}` receives the occurrence."""
    if not phrases:
        return html
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(phrases, key=len,
                                                                        reverse=True))
                         + r")\b", flags)
    return "".join(part if part.startswith("<") else
                   pattern.sub(lambda m: wrap.format(m.group(1)), part)
                   for part in TAG.split(html))


def highlight_terms(html: str, terms: tuple[str, ...]) -> str:
    """Mark the terms a paragraph shares with a theme."""
    return wrap_in_text(html, terms, '<mark class="syn-term">{}</mark>')


def mark_span(html: str, start: int, end: int, open_tag: str, close_tag: str) -> str | None:
    """Wrap characters `start`–`end` of the paragraph's plain text, wherever they fall in
    `html`; a span crossing tags is wrapped piece by piece. None if the text of `html` does not
    reproduce the plain text (then nothing should be marked rather than the wrong words)."""
    out: list[str] = []
    position = 0  # in the plain text
    pending_space = False  # whitespace seen but not yet counted: runs collapse to one space
    for piece in MARKUP.split(html):
        if piece.startswith("<"):
            out.append(piece)
            continue
        for char in htmllib.unescape(piece):
            if char.isspace():
                pending_space = position > 0
                inside = start < position < end  # a space between marked words is marked
                out.append((open_tag if inside else "") + char + (close_tag if inside else ""))
                continue
            if pending_space:
                position += 1
                pending_space = False
            inside = start <= position < end
            out.append((open_tag if inside else "") + htmllib.escape(char, quote=False)
                       + (close_tag if inside else ""))
            position += 1
    return merge_marks("".join(out), open_tag, close_tag) if position >= end else None


def merge_marks(html: str, open_tag: str, close_tag: str) -> str:
    """Join the one-character marks `mark_span` makes into runs."""
    return html.replace(close_tag + open_tag, "")
