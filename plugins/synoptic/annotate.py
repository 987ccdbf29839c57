"""Start an annotation (`python -m synoptic annotate`): the file with its quote filled in.

With a quote, the words are looked up in every essay (or in the given paragraph's only) and the
file gets them as quote.exact, with about 32 characters of text either side as prefix and suffix.
With a paragraph alone, the opening words of the paragraph are quoted: the contributor edits them
to the words meant, and prefix and suffix with them. The file is never overwritten.
docs/contributing.md describes the format.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .anchoring import occurrences
from .annotations import NAME
from .errors import SynopticError
from .load import load_collection
from .model import Paragraph

#: About how many characters of text to record either side of the quote.
CONTEXT = 32

TEMPLATE = """\
---
essay: {essay}
paragraph: {paragraph}
quote:
  exact: {exact}
  prefix: {prefix}
  suffix: {suffix}
author: {author}
date: {today}
kind: comment        # comment | question | correction | contrast
# links:             # paragraphs of other essays: agrees | disagrees | extends | contrasts
#   - {{paragraph: OTHER-ESSAY-pN, relation: contrasts}}
tags: []
---
Say here what readers should know about the quoted words. Markdown: *emphasis*, **strong**,
[links](https://example.org), lists and quotations.
"""


def scaffold(
    name: str, quote: str | None, paragraph_id: str | None, author: str, sources: Path
) -> Path:
    """Write `sources/annotations/NAME.md` for the quote or paragraph; return its path."""
    if not NAME.match(name):
        raise SynopticError(name, None, "bad name: use lower-case letters, digits and hyphens")
    path = sources / "annotations" / f"{name}.md"
    paragraph, start, end = locate(quote, paragraph_id, sources / "essays")
    text = paragraph.text
    values = dict(
        essay=paragraph.essay_id,
        paragraph=paragraph.id,
        exact=text[start:end],
        prefix=words_before(text, start),
        suffix=words_after(text, end),
        author=author,
        today=date.today().isoformat(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as file:  # "x": never overwrite
            # JSON strings are YAML double-quoted strings: quotes and backslashes stay safe.
            file.write(
                TEMPLATE.format(
                    **{
                        key: json.dumps(value, ensure_ascii=False)
                        if key in ("exact", "prefix", "suffix", "author")
                        else value
                        for key, value in values.items()
                    }
                )
            )
    except FileExistsError:
        raise SynopticError(path, None, "already exists; choose another name") from None
    return path


def locate(quote: str | None, paragraph_id: str | None, essays: Path) -> tuple[Paragraph, int, int]:
    """The paragraph and the span of the quote in its text."""
    collection, _ = load_collection(essays)
    paragraphs = list(collection.paragraphs.values())
    if paragraph_id:
        paragraphs = [p for p in paragraphs if p.id == paragraph_id]
        if not paragraphs:
            raise SynopticError(essays, None, f"no paragraph {paragraph_id!r}")
    if not quote:
        return paragraphs[0], 0, len(words_after(paragraphs[0].text, 0).rstrip())
    exact = " ".join(quote.split())
    found = list(occurrences(exact, paragraphs))
    places = list(dict.fromkeys(p.id for p, _ in found))
    if not places:
        raise SynopticError(
            essays,
            None,
            "the quote is in no edition as written: copy it verbatim from sources/essays/",
        )
    if len(places) > 1:
        raise SynopticError(
            essays,
            None,
            f"the quote stands in {', '.join(places)}: add --paragraph to say which is meant",
        )
    paragraph, start = found[0]
    return paragraph, start, start + len(exact)


def words_before(text: str, start: int) -> str:
    """About CONTEXT characters before `start`, beginning with a whole word."""
    cut = max(0, start - CONTEXT)
    if cut and not text[cut - 1].isspace():
        space = text.find(" ", cut, start)
        cut = space + 1 if space >= 0 else cut
    return text[cut:start]


def words_after(text: str, end: int) -> str:
    """About CONTEXT characters after `end`, ending with a whole word."""
    cut = min(len(text), end + CONTEXT)
    if cut < len(text) and not text[cut].isspace():
        space = text.rfind(" ", end, cut)
        cut = space if space > end else cut
    return text[end:cut]
