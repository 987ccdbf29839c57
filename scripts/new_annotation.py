#!/usr/bin/env python3
"""Start an annotation: write sources/annotations/NAME.md with its quote filled in.

    scripts/new_annotation.py NAME --quote "words of the essay" --author "Your Name"
    scripts/new_annotation.py NAME --paragraph rumer-2017-p2 --author "Your Name"

With --quote the words are looked up in every essay (or in --paragraph's only) and the file
gets them as quote.exact, with about 32 characters of text either side as prefix and suffix.
With --paragraph alone, the opening words of the paragraph are quoted: edit them to the words
you mean, and prefix and suffix with them. The file is never overwritten. docs/contributing.md
describes the format.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The package lives in plugins/; this works whether or not it is also pip-installed.
sys.path.insert(0, str(REPO / "plugins"))

from synoptic.anchoring import occurrences  # noqa: E402
from synoptic.annotations import NAME  # noqa: E402
from synoptic.errors import SynopticError  # noqa: E402
from synoptic.load import load_collection  # noqa: E402
from synoptic.model import Paragraph  # noqa: E402

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="file name without .md: lower case, digits, hyphens")
    parser.add_argument("--quote", help="the exact words annotated, as the edition has them")
    parser.add_argument("--paragraph", help="the id of the paragraph annotated")
    parser.add_argument("--author", required=True, help="your name, as it should be shown")
    parser.add_argument("--sources", type=Path, default=REPO / "sources")
    args = parser.parse_args(argv)
    if not (args.quote or args.paragraph):
        parser.error("give --quote, --paragraph or both")
    try:
        path = scaffold(args.name, args.quote, args.paragraph, args.author, args.sources)
    except (SynopticError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {path}; write the body, then run: .venv/bin/python -m synoptic check")
    return 0


def scaffold(
    name: str, quote: str | None, paragraph_id: str | None, author: str, sources: Path
) -> Path:
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


if __name__ == "__main__":
    sys.exit(main())
