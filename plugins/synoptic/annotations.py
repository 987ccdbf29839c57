"""Annotations: contributors' notes on passages of the essays, one Markdown file each.

`load_annotations` reads `sources/annotations/NAME.md` (YAML front matter, Markdown body) and
checks every field against the collection, reporting each problem at its line; `render_body`
turns a body into sanitised HTML. Where a quote stands now is `anchoring`'s job.
`docs/contributing.md` describes the format for contributors. Nothing here imports MkDocs.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import nh3

from .errors import SynopticError
from .mdparser import body_parser
from .model import Annotation, AnnotationLink, Collection, QuoteSelector
from .names import ESSAY_ID
from .schema import Either, ListOf, Mapping, Reader, Text, one_of, web_address
from .sourcefile import read_source
from .yamlsource import parse_front_matter

KINDS = ("comment", "question", "correction", "contrast")
RELATIONS = ("agrees", "disagrees", "extends", "contrasts")
#: Annotation names follow the rule of essay ids: they end up in URLs and element ids.
NAME = ESSAY_ID
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
#: A quote shorter than this, or a single word shorter than MIN_WORD, stands in too many places
#: to say which passage is meant, and is found again after an edit by chance alone.
MIN_QUOTE = 3
MIN_WORD = 5
#: Bounds on what an approximate search compares: a quote is a passage, not a page, and the
#: context either side of it a few words (the scaffold writes about 32 characters).
MAX_QUOTE = 1000
MAX_CONTEXT = 300
AUTHOR_HELP = 'write author: "Name" or author: {name: "Name", url: "https://…"}'


def iso_day(name: str, written: str) -> str | None:
    return None if is_iso_day(written) else f"bad {name} {written!r}: write the day as YYYY-MM-DD"


def is_iso_day(written: str) -> bool:
    try:  # fromisoformat alone also takes 20261120 and 2026-W47-5
        return bool(ISO_DAY.match(written)) and bool(date.fromisoformat(written))
    except ValueError:
        return False


def quotable(name: str, exact: str) -> str | None:
    words = exact.split()
    if len(" ".join(words)) >= MIN_QUOTE and (len(words) > 1 or len(words[0]) >= MIN_WORD):
        return None
    return (
        f"{name} {exact!r} is too short to say which passage is meant: quote at least "
        f"{MIN_WORD} letters of one word, or a few words"
    )


#: The front matter of an annotation; `docs/contributing.md` describes it for contributors.
ANNOTATION = Mapping(
    {
        "essay": Text(
            required="the id of the essay annotated (its edition's file name, without .md)"
        ),
        "paragraph": Text(),
        "quote": Mapping(
            {
                "exact": Text(
                    required="copy the words annotated from the essay",
                    max_length=MAX_QUOTE,
                    check=quotable,
                ),
                "prefix": Text(max_length=MAX_CONTEXT),
                "suffix": Text(max_length=MAX_CONTEXT),
            }
        ),
        "author": Either(
            text=Text(required=AUTHOR_HELP),
            mapping=Mapping({"name": Text(required=AUTHOR_HELP), "url": Text(check=web_address)}),
            expected='a name, or {name: "Name", url: "https://…"}',
        ),
        "date": Text(required="the day you wrote it, as YYYY-MM-DD", check=iso_day),
        "kind": Text(required=f"one of {', '.join(KINDS)}", check=one_of(KINDS)),
        "links": ListOf(
            Mapping(
                {
                    "paragraph": Text(required="the id of a paragraph of another essay"),
                    "relation": Text(
                        required=f"one of {', '.join(RELATIONS)}", check=one_of(RELATIONS)
                    ),
                }
            ),
            example="[{paragraph: ID, relation: agrees}]",
        ),
        "tags": ListOf(Text(required="a word or two")),
    }
)

#: What a body may contain once rendered. Raw HTML is never parsed (markdown-it's `html` is
#: off), so this list is a second wall, behind which only plain prose and links survive.
ALLOWED_TAGS = {"p", "em", "strong", "a", "code", "pre", "blockquote", "ul", "ol", "li", "br"}
SANITISER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags={"script", "style"},  # dropped with their content, not shown as text
    attributes={"*": set(), "a": {"href", "title"}},  # "*": no lang/title on every tag either
    url_schemes={"http", "https", "mailto"},  # relative URLs pass; every other scheme is cut
    link_rel="noopener nofollow",
    strip_comments=True,
)
TEXT_ONLY = nh3.Cleaner(tags=set())
MARKDOWN = body_parser()


# --- loading ------------------------------------------------------------------------------


def load_annotations(
    folder: Path, collection: Collection
) -> tuple[list[Annotation], list[SynopticError]]:
    """Every annotation in `folder`, in file-name order, and every problem found in them.

    An annotation with problems is still returned when its file could be read (a field then
    holds what was written, or an empty value where that was refused), so that it is listed
    rather than lost.
    """
    annotations: list[Annotation] = []
    errors: list[SynopticError] = []
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    for path in files:
        if path.name.startswith(".") or path.is_dir():  # .gitkeep and the like
            continue
        annotation, problems = load_annotation(path, collection)
        errors += problems
        if annotation:
            annotations.append(annotation)
    return annotations, errors


def load_annotation(
    path: Path, collection: Collection
) -> tuple[Annotation | None, list[SynopticError]]:
    if path.suffix != ".md" or not NAME.match(path.stem):
        return None, [
            SynopticError(
                path,
                1,
                f"bad file name {path.name!r}: name annotations "
                "NAME.md, NAME in lower-case letters, digits and "
                "hyphens",
            )
        ]
    try:
        source = parse_front_matter(
            path,
            read_source(path, "the annotation"),
            "an annotation starts with YAML front matter between '---' "
            "lines (essay, quote, author, date, kind)",
        )
    except SynopticError as error:
        return None, [error]
    reader = Reader(path, source.lines)
    front = ANNOTATION.read(reader, source.values, ())
    essay_id = check_essay(reader, front["essay"], collection)
    paragraph_id = check_paragraph(reader, front["paragraph"], collection, essay_id)
    links = check_links(reader, front["links"], collection, essay_id)
    author = front["author"] if isinstance(front["author"], dict) else {"name": front["author"]}
    quote = front["quote"]
    body_html, body_text = render_body(source.body)
    problems = reader.errors
    if not body_text:
        problems.append(
            SynopticError(
                path,
                source.body_line,
                "the body is empty: say below the front matter what readers should know",
            )
        )
    return Annotation(
        id=path.stem,
        path=path,
        essay_id=essay_id,
        # Paragraph text has its whitespace collapsed; so must the selector, or a line break in
        # a YAML string would defeat an exact match. The spaces that join context to quote stay.
        selector=QuoteSelector(
            exact=" ".join(quote["exact"].split()),
            prefix=re.sub(r"\s+", " ", quote["prefix"]),
            suffix=re.sub(r"\s+", " ", quote["suffix"]),
        ),
        paragraph_id=paragraph_id,
        author=(author.get("name") or "").strip(),
        author_url=author.get("url") or None,
        date=front["date"],
        kind=front["kind"],
        links=links,
        tags=tuple(front["tags"]),
        body_html=body_html,
        body_text=body_text,
        quote_line=reader.line(("quote",)),
    ), sorted(problems, key=lambda error: error.line or 0)


def check_essay(reader: Reader, essay_id: str, collection: Collection) -> str:
    if essay_id and collection.find(essay_id) is None:
        known = ", ".join(e.id for e in collection.essays)
        reader.add(("essay",), f"unknown essay {essay_id!r}; known: {known}")
    return essay_id


def check_paragraph(
    reader: Reader, paragraph_id: str, collection: Collection, essay_id: str
) -> str | None:
    if not paragraph_id:
        return None
    paragraph = collection.paragraphs.get(paragraph_id)
    if paragraph is None:
        reader.add(("paragraph",), f"unknown paragraph {paragraph_id!r}")
    elif paragraph.essay_id != essay_id:
        reader.add(
            ("paragraph",),
            f"paragraph {paragraph_id!r} is in essay {paragraph.essay_id!r}, not in {essay_id!r}",
        )
    return paragraph_id


def check_links(
    reader: Reader, links: list[dict], collection: Collection, essay_id: str
) -> tuple[AnnotationLink, ...]:
    """Links to paragraphs of other essays; a bad link is reported and left out."""
    kept = []
    for index, link in enumerate(links):
        at, paragraph_id = ("links", index, "paragraph"), link["paragraph"]
        paragraph = collection.paragraphs.get(paragraph_id)
        if paragraph is None:
            if paragraph_id:
                reader.add(at, f"{reader.name(at[:2])} names unknown paragraph {paragraph_id!r}")
        elif paragraph.essay_id == essay_id:
            reader.add(
                at,
                f"{reader.name(at[:2])} names {paragraph_id!r} of the annotated "
                "essay; links go to other essays",
            )
        elif link["relation"]:
            kept.append(AnnotationLink(paragraph_id=paragraph_id, relation=link["relation"]))
    return tuple(kept)


# --- the body -----------------------------------------------------------------------------


def render_body(markdown: str) -> tuple[str, str]:
    """A body's Markdown → (sanitised HTML, plain text)."""
    body_html = sanitise(MARKDOWN.render(markdown))
    return body_html, " ".join(html.unescape(TEXT_ONLY.clean(body_html)).split())


def sanitise(fragment: str) -> str:
    """Only the tags, attributes and link schemes of ALLOWED_TAGS and SANITISER survive."""
    return SANITISER.clean(fragment).strip()
