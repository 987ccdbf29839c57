"""Annotations: contributors' notes on passages of the essays, one Markdown file each.

`load_annotations` reads `sources/annotations/NAME.md` (YAML front matter, Markdown body) and
checks every field against the collection, reporting each problem at its line; `render_body`
turns a body into sanitised HTML; `anchor` finds where an annotation's quote stands in the essay
*now*, so that annotations survive edits of the editions. `docs/contributing.md` describes the
format and the anchoring rules for contributors. Nothing here imports MkDocs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import nh3
import yaml
from markdown_it import MarkdownIt
from rapidfuzz import fuzz

from .errors import SynopticError
from .load import ESSAY_ID
from .model import (Anchor, Annotation, AnnotationLink, Collection, Essay, Paragraph,
                    QuoteSelector)
from .yamlsource import FrontMatter, KeyPath, parse_front_matter, yaml_error

KEYS = ("essay", "paragraph", "quote", "author", "date", "kind", "links", "tags")
QUOTE_KEYS = ("exact", "prefix", "suffix")
AUTHOR_KEYS = ("name", "url")
LINK_KEYS = ("paragraph", "relation")
KINDS = ("comment", "question", "correction", "contrast")
RELATIONS = ("agrees", "disagrees", "extends", "contrasts")
#: Annotation names follow the rule of essay ids: they end up in URLs and element ids.
NAME = ESSAY_ID
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
QUOTE_KEY = re.compile(r"quote\s*:")

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
MARKDOWN = MarkdownIt("commonmark", {"html": False})

#: Anchoring thresholds, on rapidfuzz's 0–100 scale (100 − the percentage of characters that
#: must be inserted or deleted to turn one string into the other).
#: A fuzzy passage must be at least this similar to the quote.
QUOTE_THRESHOLD = 85.0
#: The chosen passage must rank this far above the runner-up: attaching an annotation to a
#: lookalike passage is worse than reporting it as orphaned.
MARGIN = 5.0
#: Share of a passage's rank that its surroundings' likeness to prefix and suffix carries.
CONTEXT_WEIGHT = 0.3
#: Rank added to a passage in the paragraph the annotation names: twice the margin, so that
#: between passages alike in words and surroundings the named paragraph decides, but a passage
#: elsewhere that is clearly closer in both still wins (the paragraph may have been moved).
PARAGRAPH_BONUS = 2 * MARGIN
#: Stands in for a passage already taken, so the next search of a paragraph finds another one.
MASK = "\x00"

@dataclass
class Problems:
    """The problems of one annotation file, each at the line of the value it is about."""

    path: Path
    lines: dict[KeyPath, int]
    errors: list[SynopticError] = field(default_factory=list)

    def add(self, at: KeyPath, message: str) -> None:
        self.errors.append(SynopticError(self.path, self.line(at), message))

    def line(self, at: KeyPath) -> int:
        while at not in self.lines:  # a missing key: report the mapping that lacks it
            at = at[:-1]
        return self.lines[at]


# --- loading ------------------------------------------------------------------------------

def load_annotations(folder: Path, collection: Collection
                     ) -> tuple[list[Annotation], list[SynopticError]]:
    """Every annotation in `folder`, in file-name order, and every problem found in them.

    An annotation with problems is still returned when its file could be read (its fields then
    hold what was written, or empty values), so that it is listed rather than lost.
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


def load_annotation(path: Path, collection: Collection
                    ) -> tuple[Annotation | None, list[SynopticError]]:
    if path.suffix != ".md" or not NAME.match(path.stem):
        return None, [SynopticError(path, 1, f"bad file name {path.name!r}: name annotations "
                                             "NAME.md, NAME in lower-case letters, digits and "
                                             "hyphens")]
    try:
        source = read_source(path)
    except SynopticError as error:
        return None, [error]
    problems = Problems(path, source.lines)
    front = source.values
    check_keys(problems, front, KEYS, ())
    essay_id = read_essay(problems, front, collection)
    author, author_url = read_author(problems, front)
    body_html, body_text = render_body(source.body)
    if not body_text:
        problems.errors.append(SynopticError(path, source.body_line, "the body is empty: say "
                                             "below the front matter what readers should know"))
    return Annotation(
        id=path.stem, path=path, essay_id=essay_id, selector=read_quote(problems, front),
        paragraph_id=read_paragraph(problems, front, collection, essay_id),
        author=author, author_url=author_url, date=read_date(problems, front),
        kind=read_choice(problems, front, ("kind",), KINDS),
        links=read_links(problems, front, collection, essay_id),
        tags=read_tags(problems, front), body_html=body_html, body_text=body_text,
    ), sorted(problems.errors, key=lambda error: error.line or 0)


def read_source(path: Path) -> FrontMatter:
    try:
        text = path.read_text(encoding="utf-8-sig")  # -sig: a BOM is no text
    except UnicodeDecodeError as error:
        raise SynopticError(path, None, f"not UTF-8 text ({error.reason}); save the file as "
                                        "UTF-8") from None
    try:
        return parse_front_matter(path, text, "an annotation starts with YAML front matter "
                                              "between '---' lines (essay, quote, author, date, "
                                              "kind)")
    except yaml.YAMLError as error:
        # YAML's words without its own "in <unicode string>, line …": the file and line of the
        # problem head the message already.
        what = ", ".join(filter(None, (getattr(error, "context", None),
                                       getattr(error, "problem", None)))) or str(error)
        raise yaml_error(path, error, f"malformed front matter: {what}", unmarked=2) from None


def name_of(at: KeyPath) -> str:
    """How a contributor would name the value: quote.exact, links[1].relation."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in at)[1:]


def check_keys(problems: Problems, mapping: dict, allowed: tuple[str, ...], at: KeyPath) -> None:
    for key in mapping:
        if key not in allowed:
            problems.add(at + (str(key),), f"unknown key {name_of(at + (str(key),))!r}; "
                                           f"allowed: {', '.join(allowed)}")


def read_text(problems: Problems, mapping: dict, at: KeyPath, required: str = "") -> str:
    """The text at `at` of `mapping`; '' when absent (reported if `required` says why)."""
    return as_text(problems, mapping.get(at[-1]), at, required)


def as_text(problems: Problems, value: Any, at: KeyPath, required: str = "") -> str:
    """`value` if it is text; '' otherwise, reported: YAML reads `1994` or `no` as no text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.add(at, f"{name_of(at)} is missing: {required}")
        return value or ""
    if isinstance(value, str):
        return value
    problems.add(at, f"{name_of(at)} must be text (put it in quotes)")
    return ""


def read_mapping(problems: Problems, mapping: dict, at: KeyPath, keys: tuple[str, ...]) -> dict:
    value = mapping.get(at[-1])
    if isinstance(value, dict):
        check_keys(problems, value, keys, at)
        return value
    if value is not None:
        problems.add(at, f"{name_of(at)} must be a mapping of {', '.join(keys)}")
    return {}


def read_list(problems: Problems, mapping: dict, at: KeyPath) -> list:
    value = mapping.get(at[-1])
    if isinstance(value, list):
        return value
    if value is not None:
        problems.add(at, f"{name_of(at)} must be a list, e.g. [a, b]")
    return []


def read_essay(problems: Problems, front: dict, collection: Collection) -> str:
    known = ", ".join(e.id for e in collection.essays)
    essay_id = read_text(problems, front, ("essay",), f"the id of the essay annotated ({known})")
    if essay_id and essay_of(collection, essay_id) is None:
        problems.add(("essay",), f"unknown essay {essay_id!r}; known: {known}")
    return essay_id


def essay_of(collection: Collection, essay_id: str) -> Essay | None:
    return next((e for e in collection.essays if e.id == essay_id), None)


def read_paragraph(problems: Problems, front: dict, collection: Collection,
                   essay_id: str) -> str | None:
    paragraph_id = read_text(problems, front, ("paragraph",))
    if not paragraph_id:
        return None
    paragraph = collection.paragraphs.get(paragraph_id)
    if paragraph is None:
        problems.add(("paragraph",), f"unknown paragraph {paragraph_id!r}")
    elif paragraph.essay_id != essay_id:
        problems.add(("paragraph",), f"paragraph {paragraph_id!r} is in essay "
                                     f"{paragraph.essay_id!r}, not in {essay_id!r}")
    return paragraph_id


def read_quote(problems: Problems, front: dict) -> QuoteSelector:
    quote = read_mapping(problems, front, ("quote",), QUOTE_KEYS)
    exact = " ".join(read_text(problems, quote, ("quote", "exact"),
                               "copy the words annotated from the essay").split())
    # Paragraph text has its whitespace collapsed; so must the selector, or a line break in a
    # YAML string would defeat an exact match. The spaces that join context to quote stay.
    prefix, suffix = (re.sub(r"\s+", " ", read_text(problems, quote, ("quote", key)))
                      for key in ("prefix", "suffix"))
    return QuoteSelector(exact=exact, prefix=prefix, suffix=suffix)


def read_author(problems: Problems, front: dict) -> tuple[str, str | None]:
    """`author: Name` or `author: {name: Name, url: https://…}`."""
    required = 'write author: "Name" or author: {name: "Name", url: "https://…"}'
    if isinstance(front.get("author"), dict):
        author = read_mapping(problems, front, ("author",), AUTHOR_KEYS)
        name = read_text(problems, author, ("author", "name"), required)
        url = read_text(problems, author, ("author", "url")) or None
    else:
        name, url = read_text(problems, front, ("author",), required), None
    if url and not is_web_address(url):
        problems.add(("author", "url"), f"author.url {url!r} must be an http:// or https:// "
                                        "address")
        url = None
    return name.strip(), url


def is_web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def read_date(problems: Problems, front: dict) -> str:
    written = read_text(problems, front, ("date",), "the day you wrote it, as YYYY-MM-DD")
    if written and not is_iso_day(written):
        problems.add(("date",), f"bad date {written!r}: write the day as YYYY-MM-DD")
    return written


def is_iso_day(written: str) -> bool:
    try:  # fromisoformat alone also takes 20261120 and 2026-W47-5
        return bool(ISO_DAY.match(written)) and bool(date.fromisoformat(written))
    except ValueError:
        return False


def read_choice(problems: Problems, mapping: dict, at: KeyPath, choices: tuple[str, ...]) -> str:
    value = read_text(problems, mapping, at, f"one of {', '.join(choices)}")
    if value and value not in choices:
        problems.add(at, f"{name_of(at)} {value!r} is not one of {', '.join(choices)}")
    return value


def read_links(problems: Problems, front: dict, collection: Collection,
               essay_id: str) -> tuple[AnnotationLink, ...]:
    """Links to paragraphs of other essays; a bad link is reported and left out."""
    links = (read_link(problems, item, ("links", index), collection, essay_id)
             for index, item in enumerate(read_list(problems, front, ("links",))))
    return tuple(link for link in links if link)


def read_link(problems: Problems, item: Any, at: KeyPath, collection: Collection,
              essay_id: str) -> AnnotationLink | None:
    if not isinstance(item, dict):
        problems.add(at, f"{name_of(at)} must be {{paragraph: ID, relation: RELATION}}")
        return None
    check_keys(problems, item, LINK_KEYS, at)
    relation = read_choice(problems, item, at + ("relation",), RELATIONS)
    paragraph_id = read_text(problems, item, at + ("paragraph",),
                             "the id of a paragraph of another essay")
    paragraph = collection.paragraphs.get(paragraph_id)
    if paragraph is None:
        if paragraph_id:
            problems.add(at + ("paragraph",), f"{name_of(at)} names unknown paragraph "
                                              f"{paragraph_id!r}")
    elif paragraph.essay_id == essay_id:
        problems.add(at + ("paragraph",), f"{name_of(at)} names {paragraph_id!r} of the "
                                          "annotated essay; links go to other essays")
    elif relation in RELATIONS:
        return AnnotationLink(paragraph_id=paragraph_id, relation=relation)
    return None


def read_tags(problems: Problems, front: dict) -> tuple[str, ...]:
    tags = read_list(problems, front, ("tags",))
    return tuple(tag for index, tag in enumerate(tags)
                 if as_text(problems, tag, ("tags", index), "a word or two"))


# --- the body -----------------------------------------------------------------------------

def render_body(markdown: str) -> tuple[str, str]:
    """A body's Markdown → (sanitised HTML, plain text)."""
    body_html = sanitise(MARKDOWN.render(markdown))
    return body_html, " ".join(html.unescape(TEXT_ONLY.clean(body_html)).split())


def sanitise(fragment: str) -> str:
    """Only the tags, attributes and link schemes of ALLOWED_TAGS and SANITISER survive."""
    return SANITISER.clean(fragment).strip()


# --- anchoring ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """A passage that may be the annotated one."""

    paragraph: Paragraph
    start: int
    end: int
    similarity: float  # of the quote to the passage, 0–100
    rank: float  # similarity, with surroundings and the named paragraph taken into account


def anchor(annotation: Annotation, collection: Collection) -> tuple[Anchor | None, str | None]:
    """Where the annotation's quote stands now, or None and why not.

    The quote is looked for in its essay only, first as written, then approximately (see the
    thresholds above). Among several passages the best must rank MARGIN above the next.
    """
    selector = annotation.selector
    essay = essay_of(collection, annotation.essay_id)
    if essay is None:
        return None, f"essay {annotation.essay_id!r} is not in the collection"
    if not selector.exact:
        return None, "the quote is empty"
    exact = [candidate(selector, paragraph, start, start + len(selector.exact), 100.0,
                       annotation.paragraph_id)
             for paragraph, start in occurrences(selector.exact, essay.paragraphs)]
    if exact:
        return choose(exact, "exact")
    return choose([candidate(selector, paragraph, start, end, similarity,
                             annotation.paragraph_id)
                   for paragraph, start, end, similarity in passages(selector.exact, essay)],
                  "fuzzy")


def occurrences(exact: str, paragraphs: list[Paragraph]) -> Iterator[tuple[Paragraph, int]]:
    """Every place where `exact` stands verbatim, overlapping ones included."""
    for paragraph in paragraphs:
        start = paragraph.text.find(exact)
        while start >= 0:
            yield paragraph, start
            start = paragraph.text.find(exact, start + 1)


def passages(exact: str, essay: Essay) -> Iterator[tuple[Paragraph, int, int, float]]:
    """The two passages of each paragraph most like `exact`, with their similarity.

    Two, so that a lookalike in the same paragraph is seen as a runner-up.
    """
    for paragraph in essay.paragraphs:
        text = paragraph.text
        for _ in range(2):
            found = fuzz.partial_ratio_alignment(exact, text)
            if not (found and found.score):
                break
            start, end = fit(exact, text, found.dest_start, found.dest_end)
            yield paragraph, start, end, fuzz.ratio(exact, text[start:end])
            text = text[:start] + MASK * (end - start) + text[end:]


def fit(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The passage near text[start:end] most like `exact`, preferring whole words.

    The aligner compares windows as long as the quote, so a passage that an edit made longer
    or shorter would be cut mid-word; the ends are moved to where the likeness is greatest.
    """
    reach = max(3, len(exact) // 10)
    spans = [(s, e) for s in range(max(0, start - reach), min(len(text), start + reach) + 1)
             for e in range(max(s + 1, end - reach), min(len(text), end + reach) + 1)]
    return max(spans, key=lambda span: (fuzz.ratio(exact, text[span[0]:span[1]]),
                                        word_edges(text, *span),
                                        -abs(span[1] - span[0] - len(exact))))


def word_edges(text: str, start: int, end: int) -> int:
    """How many ends of text[start:end] fall between words (0, 1 or 2)."""
    return ((start == 0 or not text[start - 1].isalnum() or not text[start].isalnum())
            + (end == len(text) or not text[end].isalnum() or not text[end - 1].isalnum()))


def candidate(selector: QuoteSelector, paragraph: Paragraph, start: int, end: int,
              similarity: float, named: str | None) -> Candidate:
    context = context_similarity(selector, paragraph.text, start, end)
    rank = similarity if context is None else (
        (1 - CONTEXT_WEIGHT) * similarity + CONTEXT_WEIGHT * context)
    if paragraph.id == named:
        rank += PARAGRAPH_BONUS
    return Candidate(paragraph, start, end, similarity, rank)


def context_similarity(selector: QuoteSelector, text: str, start: int,
                       end: int) -> float | None:
    """How alike prefix and suffix are to the text around a passage (None: neither given)."""
    scores = [fuzz.ratio(selector.prefix, text[max(0, start - len(selector.prefix)):start])
              ] if selector.prefix else []
    if selector.suffix:
        scores.append(fuzz.ratio(selector.suffix, text[end:end + len(selector.suffix)]))
    return sum(scores) / len(scores) if scores else None


def choose(candidates: list[Candidate], method: str) -> tuple[Anchor | None, str | None]:
    ranked = sorted(candidates, key=lambda c: c.rank, reverse=True)
    if not ranked or ranked[0].similarity < QUOTE_THRESHOLD:
        closest = (f"the closest passage ({ranked[0].paragraph.id}) is "
                   f"{ranked[0].similarity:.0f}% similar" if ranked else "the essay is empty")
        return None, (f"quote not found: {closest}, and at least {QUOTE_THRESHOLD:.0f}% is "
                      "needed; correct quote.exact to the words as they stand now")
    best = ranked[0]
    if len(ranked) > 1 and best.rank - ranked[1].rank < MARGIN:
        return None, ambiguity(ranked, method)
    return Anchor(paragraph_id=best.paragraph.id, start=best.start, end=best.end,
                  method=method, score=round(best.similarity / 100, 3)), None


def ambiguity(ranked: list[Candidate], method: str) -> str:
    if method == "exact":
        places = ", ".join(c.paragraph.id for c in ranked)
        return (f"quote ambiguous: it stands {len(ranked)} times ({places}) and its prefix, "
                "suffix and paragraph do not tell which is meant; quote more words or add "
                "quote.prefix / quote.suffix")
    first, second = ranked[:2]
    return (f"too weak a match: the quote is not in the essay as written, and its closest "
            f"passages ({first.paragraph.id}, {first.similarity:.0f}% similar; "
            f"{second.paragraph.id}, {second.similarity:.0f}%) are too alike to choose "
            "between; correct quote.exact to the words as they stand now")


def anchor_all(annotations: list[Annotation], collection: Collection
               ) -> tuple[dict[str, Anchor], list[SynopticError]]:
    """Anchors by annotation id; every annotation left out has an error saying why.

    The error fails a strict build; a lenient one lists the annotation as orphaned.
    """
    anchors: dict[str, Anchor] = {}
    errors: list[SynopticError] = []
    for annotation in annotations:
        found, reason = anchor(annotation, collection)
        if found:
            anchors[annotation.id] = found
        else:
            errors.append(SynopticError(annotation.path, quote_line(annotation.path),
                                        f"cannot anchor annotation {annotation.id!r}: {reason}"))
    return anchors, errors


def quote_line(path: Path) -> int | None:
    """The line of `quote:` in an annotation file (the model keeps no lines)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:  # the file went away since it was loaded: name the file alone
        return None
    return next((n for n, line in enumerate(lines, start=1) if QUOTE_KEY.match(line)), 1)
