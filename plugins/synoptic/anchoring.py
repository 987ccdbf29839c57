"""Anchoring: where an annotation's quote stands in its essay *now*, so that annotations survive
edits of the editions, and never move to a lookalike passage.

The quote is looked for in its essay, first as written, then approximately (rapidfuzz); the
annotation's own paragraph and its prefix and suffix decide between passages, and an annotation
that cannot be placed surely is reported by name rather than attached to the wrong words.
`docs/contributing.md` describes the rules for contributors.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz

from .errors import SynopticError
from .model import Anchor, Annotation, Collection, Paragraph, QuoteSelector

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
#: How alike prefix and suffix must be to the surroundings of a passage outside the named
#: paragraph for the annotation to move there: the same words elsewhere are a lookalike
#: unless what stands around them is what stood around the quote.
CONTEXT_THRESHOLD = 75.0
#: Stands in for a passage already taken, so the next search of a paragraph finds another one.
MASK = "\x00"


@dataclass(frozen=True)
class Candidate:
    """A passage that may be the annotated one."""

    paragraph: Paragraph
    start: int
    end: int
    method: str  # "exact" or "fuzzy"
    similarity: float  # of the quote to the passage, 0–100
    context: float | None  # of prefix and suffix to its surroundings, 0–100; None: not given
    rank: float  # similarity, with surroundings and the named paragraph taken into account


def anchor(annotation: Annotation, collection: Collection) -> tuple[Anchor | None, str | None]:
    """Where the annotation's quote stands now, or None and why not.

    The quote is looked for in its essay only, first as written, then approximately (see the
    thresholds above). When the paragraph the annotation names no longer holds the words as
    written, it is searched approximately too: a light edit there must not send the annotation
    to the same words elsewhere. A passage outside the named paragraph is taken only if its
    surroundings match prefix and suffix; among the rest the best must rank MARGIN above the
    next.
    """
    selector = annotation.selector
    essay = collection.find(annotation.essay_id)
    if essay is None:
        return None, f"essay {annotation.essay_id!r} is not in the collection"
    if not selector.exact:
        return None, "the quote is empty"
    named = next((p for p in essay.paragraphs if p.id == annotation.paragraph_id), None)
    found = [
        make_candidate(
            selector, paragraph, start, start + len(selector.exact), "exact", 100.0, named
        )
        for paragraph, start in occurrences(selector.exact, essay.paragraphs)
    ]
    if named and named not in (c.paragraph for c in found):
        found += fuzzy_candidates(selector, [named], named)
    if not any(c.method == "exact" for c in found):
        found += fuzzy_candidates(selector, [p for p in essay.paragraphs if p is not named], named)
    if named is None:
        return choose(found, [])
    own = [c for c in found if c.paragraph is named]
    movable = [c for c in found if c.paragraph is not named and may_move(c)]
    return choose(own + movable, [c for c in found if c not in own and c not in movable], named)


def may_move(elsewhere: Candidate) -> bool:
    """Whether an annotation may leave its named paragraph for this passage: only if what
    stands around it is what stood around the quote (without prefix or suffix, never)."""
    return elsewhere.context is not None and elsewhere.context >= CONTEXT_THRESHOLD


def occurrences(exact: str, paragraphs: list[Paragraph]) -> Iterator[tuple[Paragraph, int]]:
    """Every place where `exact` stands verbatim, overlapping ones included."""
    for paragraph in paragraphs:
        start = paragraph.text.find(exact)
        while start >= 0:
            yield paragraph, start
            start = paragraph.text.find(exact, start + 1)


def fuzzy_candidates(
    selector: QuoteSelector, paragraphs: list[Paragraph], named: Paragraph | None
) -> list[Candidate]:
    return [
        make_candidate(selector, paragraph, start, end, "fuzzy", similarity, named)
        for paragraph in paragraphs
        for start, end, similarity in passages(selector.exact, paragraph.text)
    ]


def passages(exact: str, text: str) -> Iterator[tuple[int, int, float]]:
    """The two passages of `text` most like `exact`, with their similarity.

    Two, so that a lookalike in the same paragraph is seen as a runner-up.
    """
    for _ in range(2):
        found = fuzz.partial_ratio_alignment(exact, text)
        if not (found and found.score):
            break
        start, end = fit(exact, text, found.dest_start, found.dest_end)
        yield start, end, fuzz.ratio(exact, text[start:end])
        text = text[:start] + MASK * (end - start) + text[end:]


def fit(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The passage near text[start:end] most like `exact`, preferring whole words.

    The aligner compares windows as long as the quote, so a passage that an edit made longer
    or shorter would be cut mid-word; the ends are moved to where the likeness is greatest.
    One end is moved at a time, twice over: 4·reach comparisons rather than reach², which kept
    a long quote that matches nothing busy for minutes.
    """
    reach = max(3, len(exact) // 10)
    first, last = max(0, start - reach), min(len(text), end + reach)

    def likeness(span: tuple[int, int]) -> tuple[float, int, int]:
        return (
            fuzz.ratio(exact, text[span[0] : span[1]]),
            word_edges(text, *span),
            -abs(span[1] - span[0] - len(exact)),
        )

    best = (start, end)
    for _ in range(2):
        best = max(
            ((s, best[1]) for s in range(first, min(start + reach, best[1] - 1) + 1)),
            key=likeness,
            default=best,
        )
        best = max(
            ((best[0], e) for e in range(max(end - reach, best[0] + 1), last + 1)),
            key=likeness,
            default=best,
        )
    return best


def word_edges(text: str, start: int, end: int) -> int:
    """How many ends of text[start:end] fall between words (0, 1 or 2)."""
    return (start == 0 or not text[start - 1].isalnum() or not text[start].isalnum()) + (
        end == len(text) or not text[end].isalnum() or not text[end - 1].isalnum()
    )


def make_candidate(
    selector: QuoteSelector,
    paragraph: Paragraph,
    start: int,
    end: int,
    method: str,
    similarity: float,
    named: Paragraph | None,
) -> Candidate:
    context = context_similarity(selector, paragraph.text, start, end)
    rank = (
        similarity
        if context is None
        else ((1 - CONTEXT_WEIGHT) * similarity + CONTEXT_WEIGHT * context)
    )
    if paragraph is named:
        rank += PARAGRAPH_BONUS
    return Candidate(paragraph, start, end, method, similarity, context, rank)


def context_similarity(selector: QuoteSelector, text: str, start: int, end: int) -> float | None:
    """How alike prefix and suffix are to the text around a passage (None: neither given)."""
    scores = (
        [fuzz.ratio(selector.prefix, text[max(0, start - len(selector.prefix)) : start])]
        if selector.prefix
        else []
    )
    if selector.suffix:
        scores.append(fuzz.ratio(selector.suffix, text[end : end + len(selector.suffix)]))
    return sum(scores) / len(scores) if scores else None


def choose(
    candidates: list[Candidate], refused: list[Candidate], named: Paragraph | None = None
) -> tuple[Anchor | None, str | None]:
    """The best of `candidates`; `refused` are passages outside the named paragraph whose
    surroundings do not match, named in the reason when nothing else will do."""
    ranked = sorted(candidates, key=lambda c: c.rank, reverse=True)
    if not ranked or ranked[0].similarity < QUOTE_THRESHOLD:
        lookalike = max(
            (c for c in refused if c.similarity >= QUOTE_THRESHOLD),
            key=lambda c: c.rank,
            default=None,
        )
        if lookalike and named:
            return None, not_moved(named, ranked, lookalike)
        closest = (
            f"the closest passage ({ranked[0].paragraph.id}) is {ranked[0].similarity:.0f}% similar"
            if ranked
            else "the essay is empty"
        )
        return None, (
            f"quote not found: {closest}, and at least {QUOTE_THRESHOLD:.0f}% is "
            "needed; correct quote.exact to the words as they stand now"
        )
    best = ranked[0]
    if len(ranked) > 1 and best.rank - ranked[1].rank < MARGIN:
        return None, ambiguity(ranked)
    return Anchor(
        paragraph_id=best.paragraph.id,
        start=best.start,
        end=best.end,
        method=best.method,
        score=round(best.similarity / 100, 3),
    ), None


def not_moved(named: Paragraph, ranked: list[Candidate], lookalike: Candidate) -> str:
    own = next((c for c in ranked if c.paragraph is named), None)
    there = (
        f"its closest passage there is {own.similarity:.0f}% similar"
        if own
        else "nothing there is like it"
    )
    around = (
        "no quote.prefix or quote.suffix tells whether they are the passage annotated"
        if lookalike.context is None
        else f"the text around them is only {lookalike.context:.0f}% like quote.prefix and "
        f"quote.suffix (at least {CONTEXT_THRESHOLD:.0f}% is needed to move it)"
    )
    words = "the same words" if lookalike.method == "exact" else "words like it"
    return (
        f"quote not found in its paragraph {named.id} ({there}, and at least "
        f"{QUOTE_THRESHOLD:.0f}% is needed); {words} stand in {lookalike.paragraph.id}, "
        f"but {around}, so the annotation is not moved there; correct quote.exact to the "
        "words as they stand now, or paragraph if the passage has moved"
    )


def ambiguity(ranked: list[Candidate]) -> str:
    if all(c.method == "exact" for c in ranked):
        places = ", ".join(c.paragraph.id for c in ranked)
        return (
            f"quote ambiguous: it stands {len(ranked)} times ({places}) and its prefix, "
            "suffix and paragraph do not tell which is meant; quote more words or add "
            "quote.prefix / quote.suffix"
        )
    first, second = ranked[:2]
    as_written = (
        ""
        if any(c.method == "exact" for c in ranked)
        else "the quote is not in the essay as written, and "
    )
    return (
        f"too weak a match: {as_written}its closest passages ({first.paragraph.id}, "
        f"{first.similarity:.0f}% similar; {second.paragraph.id}, "
        f"{second.similarity:.0f}%) are too alike to choose between; correct quote.exact "
        "to the words as they stand now"
    )


def anchor_all(
    annotations: list[Annotation], collection: Collection
) -> tuple[dict[str, Anchor], list[SynopticError]]:
    """Anchors by annotation id; every annotation left out has an error saying why, at the
    line of its `quote:`.

    The error fails a strict build; a lenient one lists the annotation as orphaned.
    """
    anchors: dict[str, Anchor] = {}
    errors: list[SynopticError] = []
    for annotation in annotations:
        found, reason = anchor(annotation, collection)
        if found:
            anchors[annotation.id] = found
        else:
            errors.append(
                SynopticError(
                    annotation.path,
                    annotation.quote_line,
                    f"cannot anchor annotation {annotation.id!r}: {reason}",
                )
            )
    return anchors, errors
