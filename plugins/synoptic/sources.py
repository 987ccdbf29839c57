"""Everything under `sources/`, read and checked: editions, themes, annotations and anchors,
and the editor's description of the collection (`about.md`).

The build and `python -m synoptic check` read the same inputs by the same rules through
`load_sources`, so a contributor's check passes exactly when the build would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from bs4 import BeautifulSoup

from . import embeddings
from .anchoring import anchor_all
from .annotations import load_annotations, render_body
from .errors import SynopticError
from .load import load_collection
from .model import AnnotationIndex, Collection, Theme
from .pagetags import HEADINGS
from .sentences import sentence_ends
from .sourcefile import read_source
from .themes import load_themes


@dataclass
class Sources:
    collection: Collection
    themes: list[Theme] | None  # None: there is no themes.yml, themes are discovered
    annotations: AnnotationIndex
    #: paragraph id → sentence embedding (sources/embeddings.json), None without a current file
    embeddings: dict[str, np.ndarray] | None = None
    #: the editor's description of the collection (sources/about.md), sanitised HTML; "" if none
    about_html: str = ""


def load_sources(folder: Path) -> tuple[Sources, list[SynopticError]]:
    """The sources and every problem found in them, in reading order: editions, themes,
    embeddings, annotations, anchors. Raises `SynopticError` only when nothing past it can be
    read."""
    collection, problems = load_collection(folder / "essays")
    themes = None
    themes_file = folder / "themes.yml"
    if themes_file.exists():  # without it, themes are discovered by clustering
        themes, theme_problems = load_themes(themes_file, collection)
        problems += theme_problems
    vectors, vector_problems = embeddings.load(folder, collection)
    problems += vector_problems
    annotations, annotation_problems = load_annotations(folder / "annotations", collection)
    anchors, anchor_problems = anchor_all(annotations, collection)
    # An annotation that could not be anchored is listed with the first reason given for it.
    reasons: dict[Path, str] = {}
    for problem in anchor_problems:
        reasons.setdefault(problem.path, problem.message)
    orphans = {a.id: reasons.get(a.path, "") for a in annotations if a.id not in anchors}
    index = AnnotationIndex(annotations, anchors, orphans)
    about_html, about_problems = load_about(folder / "about.md")
    return (
        Sources(collection, themes, index, vectors, about_html),
        problems + annotation_problems + anchor_problems + about_problems,
    )


#: How long a page's description may be: search engines show about this much of it.
DESCRIPTION_MAX = 160
#: Spaces before a stop: where an element ended before it ("<em>bins</em>.").
SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])")


def description_of(about_html: str) -> str:
    """Every page's description (search results, link previews) where mkdocs.yml gives none:
    the first sentence of the editor's description of the collection, cut at a clause's end
    or a word with "…" past `DESCRIPTION_MAX` characters; "" where there is none (mkdocs.yml
    gave the seeds' "Essays on Russia’s China policy …" to every collection: a reader of VV's
    site found it on every page)."""
    soup = BeautifulSoup(about_html, "html.parser")
    for heading in soup.find_all(HEADINGS):  # (a heading over it is no sentence of it)
        heading.decompose()
    words = " ".join(soup.get_text(" ").split())
    text = SPACE_BEFORE_STOP.sub(r"\1", words)  # ("<em>bins</em>." read "bins .")
    # (the prose's sentence ends: not a title's or an initial's stop, "Dr. Anna", "A. N. Other")
    end = next(sentence_ends(text), None)
    first = text[: end.end()] if end else text
    if len(first) <= DESCRIPTION_MAX:
        return first
    # (at a clause's end where one falls in its second half: "… from different vantage
    # points…", not "… vantage points: a short…")
    kept = first[: DESCRIPTION_MAX - 1]
    clause = max(kept.rfind(mark) for mark in ":;,")
    cut = kept[:clause] if clause > DESCRIPTION_MAX // 2 else kept.rsplit(" ", 1)[0]
    return cut.rstrip(",;: ") + "…"


def load_about(path: Path) -> tuple[str, list[SynopticError]]:
    """The editor's description of the collection, for the About page: Markdown read as an
    annotation's body is (its raw HTML is text, the rest sanitised to prose and links); "" where
    there is none, or it cannot be read (the problem is returned)."""
    if not path.exists():
        return "", []
    try:
        return render_body(read_source(path, "the collection's description"))[0], []
    except SynopticError as problem:
        return "", [problem]
