"""Annotations: validation with lines, and anchoring that survives edits of the editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.anchoring import QUOTE_THRESHOLD, anchor, anchor_all
from synoptic.annotations import load_annotations
from synoptic.model import Annotation, Collection, Essay, Paragraph, QuoteSelector, Section

ROOT = Path(__file__).resolve().parent.parent
VALID = """\
---
essay: rumer-2017
paragraph: rumer-2017-p2
quote:
  exact: "a genuine strategic partnership"
  prefix: "have developed into "
  suffix: ". Although the Kremlin"
author: {name: "Jane Doe", url: "https://example.org/jane"}
date: 2026-11-20
kind: contrast
links:
  - {paragraph: gigitashvili-2016-p12, relation: disagrees}
tags: [partnership]
---
Body in *Markdown*.
"""


def write(folder: Path, text: str, name: str = "jane-on-rumer.md") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def edit(line: int, replacement: str | None) -> str:
    """VALID with its line `line` (1-based) replaced, or removed when `replacement` is None."""
    lines = VALID.splitlines()
    lines[line - 1 : line] = [] if replacement is None else [replacement]
    return "\n".join(lines) + "\n"


def test_a_valid_annotation_loads_with_every_field(tmp_path, collection):
    annotations, errors = load_annotations(tmp_path / "annotations", collection)
    assert (annotations, errors) == ([], [])  # no folder: no annotations, no error
    path = write(tmp_path / "annotations", VALID)
    (annotation,), errors = load_annotations(tmp_path / "annotations", collection)
    assert errors == []
    assert annotation.id == "jane-on-rumer" and annotation.path == path
    assert annotation.essay_id == "rumer-2017" and annotation.paragraph_id == "rumer-2017-p2"
    assert annotation.selector == QuoteSelector(
        "a genuine strategic partnership", "have developed into ", ". Although the Kremlin"
    )
    assert (annotation.author, annotation.author_url) == ("Jane Doe", "https://example.org/jane")
    assert (annotation.date, annotation.kind, annotation.tags) == (
        "2026-11-20",
        "contrast",
        ("partnership",),
    )
    assert [(link.paragraph_id, link.relation) for link in annotation.links] == [
        ("gigitashvili-2016-p12", "disagrees")
    ]
    assert annotation.body_html == "<p>Body in <em>Markdown</em>.</p>"
    assert annotation.body_text == "Body in Markdown."


def test_the_author_may_be_a_plain_name(tmp_path, collection):
    write(tmp_path / "annotations", edit(8, 'author: "Jane Doe"'))
    (annotation,), errors = load_annotations(tmp_path / "annotations", collection)
    assert errors == [] and (annotation.author, annotation.author_url) == ("Jane Doe", None)


# One case per kind of error: (what is wrong, the file, the line reported, words of the message).
INVALID = [
    ("bad YAML", edit(9, "date: [2026"), 10, "malformed front matter"),
    ("not a mapping", "---\n- a list\n- not a mapping\n---\nBody.\n", 2, "must be a mapping"),
    ("no front matter", "Just a body.\n", 1, "starts with YAML front matter"),
    ("unknown key", edit(13, "tags: [partnership]\ncolour: red"), 14, "unknown key 'colour'"),
    ("unknown nested key", edit(7, '  sufix: ". Although"'), 7, "unknown key 'quote.sufix'"),
    ("unknown essay", edit(2, "essay: nobody-2020"), 2, "unknown essay 'nobody-2020'"),
    ("missing essay", edit(2, None), 2, "essay is missing"),
    (
        "unknown paragraph",
        edit(3, "paragraph: rumer-2017-p99"),
        3,
        "unknown paragraph 'rumer-2017-p99'",
    ),
    (
        "paragraph of another essay",
        edit(3, "paragraph: gigitashvili-2016-p12"),
        3,
        "is in essay 'gigitashvili-2016', not in 'rumer-2017'",
    ),
    ("missing quote.exact", edit(5, None), 4, "quote.exact is missing"),
    ("empty quote.exact", edit(5, '  exact: "  "'), 5, "quote.exact is missing"),
    ("quote not text", edit(5, "  exact: 1994"), 5, "quote.exact must be text"),
    ("missing author", edit(8, None), 2, "author is missing"),
    (
        "author without name",
        edit(8, 'author: {url: "https://example.org"}'),
        8,
        "author.name is missing",
    ),
    ("unknown kind", edit(10, "kind: rant"), 10, "kind 'rant' is not one of"),
    (
        "unknown relation",
        edit(12, "  - {paragraph: gigitashvili-2016-p12, relation: hates}"),
        12,
        "links[0].relation 'hates' is not one of",
    ),
    (
        "link to the same essay",
        edit(12, "  - {paragraph: rumer-2017-p3, relation: agrees}"),
        12,
        "links go to other essays",
    ),
    (
        "link to an unknown paragraph",
        edit(12, "  - {paragraph: nobody-p1, relation: agrees}"),
        12,
        "names unknown paragraph 'nobody-p1'",
    ),
    ("link not a mapping", edit(12, "  - gigitashvili-2016-p12"), 12, "links[0] must be"),
    ("impossible date", edit(9, "date: 2026-11-31"), 9, "bad date '2026-11-31'"),
    ("date in words", edit(9, "date: 20 November 2026"), 9, "bad date"),
    (
        "javascript author url",
        edit(8, 'author: {name: J, url: "javascript:alert(1)"}'),
        8,
        "must be an http:// or https:// address",
    ),
    ("tags not a list", edit(13, "tags: partnership"), 13, "tags must be a list"),
    ("empty body", VALID.replace("Body in *Markdown*.\n", ""), 15, "the body is empty"),
]


@pytest.mark.parametrize(
    "text, line, words", [case[1:] for case in INVALID], ids=[case[0] for case in INVALID]
)
def test_each_problem_is_reported_at_its_line(tmp_path, collection, text, line, words):
    path = write(tmp_path / "annotations", text)
    annotations, errors = load_annotations(tmp_path / "annotations", collection)
    matching = [e for e in errors if words in e.message]
    assert matching and all((e.path, e.line) == (path, line) for e in matching), errors
    assert str(matching[0]).startswith(f"{path}:{line}: ")


def test_an_annotation_with_problems_is_still_listed(tmp_path, collection):
    write(tmp_path / "annotations", edit(10, "kind: rant"))
    annotations, errors = load_annotations(tmp_path / "annotations", collection)
    # What the schema refuses is not passed on: the kind is left empty, the rest kept.
    assert [(a.kind, a.author) for a in annotations] == [("", "Jane Doe")] and len(errors) == 1


@pytest.mark.parametrize("name", ["Jane.md", "jane_doe.md", "-jane.md", "jane.txt", "jane.md.bak"])
def test_a_bad_file_name_is_reported_and_not_listed(tmp_path, collection, name):
    path = write(tmp_path / "annotations", VALID, name)
    write(tmp_path / "annotations", "", ".gitkeep")  # hidden files are no annotations
    annotations, errors = load_annotations(tmp_path / "annotations", collection)
    assert annotations == []
    assert [(e.path, e.line) for e in errors] == [(path, 1)] and "bad file name" in str(errors[0])


def test_the_seeded_annotations_are_valid_and_anchor_exactly(collection):
    annotations, errors = load_annotations(ROOT / "sources" / "annotations", collection)
    assert errors == [] and len(annotations) >= 6
    anchors, errors = anchor_all(annotations, collection)
    assert errors == []
    assert {a.method for a in anchors.values()} == {"exact"} and len(anchors) == len(annotations)
    assert sum(a.kind == "contrast" and bool(a.links) for a in annotations) >= 2


# --- anchoring --------------------------------------------------------------------------

RUMER = [
    "Russia’s relations with China have undergone a complete transformation in the past "
    "quarter century and have developed into a genuine strategic partnership. Although the "
    "Kremlin no doubt is aware of its junior partner status vis-à-vis Beijing, this "
    "relationship is truly without an alternative for Russia’s leaders.",
    "Russian foreign policy is controlled exclusively by a narrow circle of the country’s "
    "elite, whose chief preoccupation is with preserving domestic stability and the security "
    "of the ruling regime.",
    "The West’s insistence on domestic change in Russia makes it an incompatible partner for "
    "the Kremlin. Beijing, by contrast, does not confront Moscow with such demands.",
]
OTHER = [
    "Since the end of the bipolar confrontation, Russia-China relations have developed "
    "into a genuine strategic partnership based on common interests."
]
QUOTE = QuoteSelector(
    "a genuine strategic partnership", "have developed into ", ". Although the Kremlin"
)


def make_collection(essays: dict[str, list[str]]) -> Collection:
    """Essays of one section each, their paragraphs numbered ESSAY-p1, ESSAY-p2, …"""

    def essay(essay_id: str, texts: list[str]) -> Essay:
        paragraphs = [
            Paragraph(
                id=f"{essay_id}-p{n}",
                essay_id=essay_id,
                kind="paragraph",
                classes=(),
                html=f"<p>{text}</p>",
                text=text,
                footnotes=(),
                section=None,
                line=n,
                number=n,
            )
            for n, text in enumerate(texts, start=1)
        ]
        return Essay(
            id=essay_id,
            title=essay_id,
            author="unknown",
            date="unknown",
            publisher="unknown",
            url="unknown",
            raw="unknown",
            summary="",
            path=Path(f"{essay_id}.md"),
            sections=[Section(title=None, anchor=None, level=2, paragraphs=paragraphs)],
        )

    return Collection([essay(essay_id, texts) for essay_id, texts in essays.items()])


def annotated(
    selector: QuoteSelector = QUOTE,
    paragraph: str | None = "rumer-p1",
    path: Path = Path("a.md"),
    quote_line: int | None = None,
) -> Annotation:
    return Annotation(
        id=path.stem,
        path=path,
        essay_id="rumer",
        selector=selector,
        paragraph_id=paragraph,
        author="Jane Doe",
        author_url=None,
        date="2026-11-20",
        kind="comment",
        links=(),
        tags=(),
        body_html="",
        body_text="",
        quote_line=quote_line,
    )


def anchored_text(
    paragraphs: list[str], selector: QuoteSelector = QUOTE, paragraph: str | None = "rumer-p1"
) -> tuple[str, str, str, float]:
    """Anchor in essay 'rumer' made of `paragraphs`: (paragraph id, text, method, score)."""
    collection = make_collection({"rumer": paragraphs, "other": OTHER})
    found, reason = anchor(annotated(selector, paragraph), collection)
    assert found, reason
    text = collection.paragraphs[found.paragraph_id].text[found.start : found.end]
    return found.paragraph_id, text, found.method, found.score


def refusal(
    paragraphs: list[str], selector: QuoteSelector = QUOTE, paragraph: str | None = "rumer-p1"
) -> str:
    found, reason = anchor(
        annotated(selector, paragraph), make_collection({"rumer": paragraphs, "other": OTHER})
    )
    assert found is None
    return reason or ""


def test_an_exact_quote_anchors_exactly():
    assert anchored_text(RUMER) == ("rumer-p1", QUOTE.exact, "exact", 1.0)


def test_a_repeated_quote_is_told_apart_by_prefix_and_suffix():
    repeated = RUMER[2] + " Some call it a genuine strategic partnership; others doubt it."
    paragraphs = [RUMER[0], RUMER[1], repeated]
    assert anchored_text(paragraphs, paragraph=None)[0] == "rumer-p1"
    later = QuoteSelector(QUOTE.exact, "Some call it ", "; others doubt it")
    assert anchored_text(paragraphs, later, paragraph=None)[0] == "rumer-p3"


def test_a_quote_standing_twice_in_the_same_words_is_ambiguous():
    twice = RUMER[2] + " It is a genuine strategic partnership." * 2
    reason = refusal([RUMER[1], twice], QuoteSelector(QUOTE.exact), paragraph=None)
    assert reason.startswith("quote ambiguous") and "2 times" in reason


def test_a_typo_fixed_inside_the_quote_is_found_again():
    # The edition read "partnershp" when the annotation was written; it has been corrected.
    typo = QuoteSelector("a genuine strategic partnershp", QUOTE.prefix, QUOTE.suffix)
    paragraph, text, method, score = anchored_text(RUMER, typo)
    assert (paragraph, text, method) == ("rumer-p1", "a genuine strategic partnership", "fuzzy")
    assert QUOTE_THRESHOLD / 100 <= score < 1


def test_a_sentence_inserted_before_the_quote_moves_the_anchor():
    inserted = RUMER[0].replace(
        "and have developed into", "and, as every observer now agrees, they have grown into"
    )
    paragraph, text, method, _ = anchored_text(["A sentence inserted. " + RUMER[0], *RUMER[1:]])
    assert (paragraph, text, method) == ("rumer-p1", QUOTE.exact, "exact")
    # The prefix no longer matches and the words have changed: the quote alone still leads.
    typo = QuoteSelector("a genuine strategic partnershp", QUOTE.prefix, QUOTE.suffix)
    assert anchored_text([inserted, *RUMER[1:]], typo)[:3] == (
        "rumer-p1",
        "a genuine strategic partnership",
        "fuzzy",
    )


def test_a_paragraph_moved_and_renumbered_is_followed():
    # The annotated paragraph is now the third, and the id it was recorded under names another.
    moved = [RUMER[1], RUMER[2], RUMER[0]]
    assert anchored_text(moved)[:3] == ("rumer-p3", QUOTE.exact, "exact")
    typo = QuoteSelector("a genuine strategic partnershp", QUOTE.prefix, QUOTE.suffix)
    assert anchored_text(moved, typo)[:3] == (
        "rumer-p3",
        "a genuine strategic partnership",
        "fuzzy",
    )


def test_a_deleted_quote_is_a_clear_error_naming_file_and_quote_line():
    gone = RUMER[0].replace(" and have developed into a genuine strategic partnership", "")
    collection = make_collection({"rumer": [gone, *RUMER[1:]], "other": OTHER})
    anchors, errors = anchor_all([annotated(path=Path("a.md"), quote_line=4)], collection)
    path = Path("a.md")
    assert anchors == {}
    assert [(e.path, e.line) for e in errors] == [(path, 4)]  # the line of `quote:`
    assert "quote not found" in errors[0].message and f"{QUOTE_THRESHOLD:.0f}%" in str(errors[0])


LOOKALIKE = QuoteSelector("the partnership is genuinely lasting", "Some say that ", ", and others")


def test_a_lookalike_passage_is_refused_when_nothing_tells_it_apart():
    # The annotated sentence was rewritten; two near copies of it remain, in other words
    # around them: choosing one would attach the note to a passage nobody annotated.
    first = "Observers agree that the partnership is genuine and lasting in most respects."
    second = "Critics concede that the partnership is genuine and lasting for the present."
    reason = refusal([RUMER[0], first, second], LOOKALIKE, paragraph=None)
    assert reason.startswith("too weak a match") and "rumer-p2" in reason and "rumer-p3" in reason


def test_a_lookalike_loses_to_the_passage_whose_surroundings_match():
    first = "Some say that the partnership is genuine and lasting, and others disagree."
    second = "Critics concede that the partnership is genuine and lasting for the present."
    assert anchored_text([RUMER[0], second, first], LOOKALIKE, paragraph=None)[:3] == (
        "rumer-p3",
        "the partnership is genuine and lasting",
        "fuzzy",
    )


def test_between_equal_lookalikes_the_named_paragraph_decides():
    first = "Observers agree that the partnership is genuine and lasting in most respects."
    second = "Critics concede that the partnership is genuine and lasting for the present."
    assert anchored_text([RUMER[0], first, second], LOOKALIKE, paragraph="rumer-p3")[0] == (
        "rumer-p3"
    )


def test_a_quote_is_never_anchored_in_another_essay():
    gone = RUMER[0].replace("a genuine strategic partnership", "a relationship")
    reason = refusal([gone, *RUMER[1:]])
    assert reason.startswith("quote not found") and "other" not in reason
    collection = make_collection({"rumer": RUMER, "other": OTHER})
    assert (
        anchor(annotated(QuoteSelector(QUOTE.exact, "relations have developed into ")), collection)[
            0
        ].paragraph_id
        == "rumer-p1"
    )


def test_an_annotation_of_an_unknown_essay_or_empty_quote_is_not_anchored():
    collection = make_collection({"rumer": RUMER})
    assert anchor(annotated(QuoteSelector("")), collection) == (None, "the quote is empty")
    stray = Annotation(**{**vars(annotated()), "essay_id": "nobody"})
    assert anchor(stray, collection) == (None, "essay 'nobody' is not in the collection")


# --- lookalikes: an annotation stays in its own paragraph ------------------------------------

ELSEWHERE = RUMER[2] + " Critics doubt it is a genuine strategic partnership at all."


def test_a_light_edit_in_its_own_paragraph_keeps_the_annotation_there():
    # The quoted words were edited in rumer-p1; the words as quoted stand in rumer-p3, in
    # other surroundings. Before, the exact words elsewhere won and the annotation jumped.
    edited = RUMER[0].replace("a genuine strategic partnership", "a genuine, strategic partnership")
    assert anchored_text([edited, RUMER[1], ELSEWHERE])[:3] == (
        "rumer-p1",
        "a genuine, strategic partnership",
        "fuzzy",
    )


@pytest.mark.parametrize(
    "selector, why",
    [
        (QUOTE, "the text around them is only 31% like quote.prefix and quote.suffix"),
        (QuoteSelector(QUOTE.exact), "no quote.prefix or quote.suffix tells whether"),
    ],
    ids=["context differs", "no context"],
)
def test_the_same_words_elsewhere_are_not_taken_when_the_context_differs(selector, why):
    rewritten = RUMER[0].replace("a genuine strategic partnership", "an alliance in all but name")
    reason = refusal([rewritten, RUMER[1], ELSEWHERE], selector)
    assert reason.startswith("quote not found in its paragraph rumer-p1"), reason
    assert "the same words stand in rumer-p3" in reason and why in reason
    assert "so the annotation is not moved there" in reason


def test_the_annotation_moves_when_the_context_moved_with_the_words():
    # The paragraph was split: the annotated sentence, with its surroundings, is now rumer-p3,
    # and rumer-p1 (the id recorded) holds the rest.
    first, rest = RUMER[0].split(". Although", 1)
    paragraphs = [
        "Russia’s relations with China have changed.",
        RUMER[1],
        "They have developed into a genuine strategic partnership. Although" + rest,
    ]
    assert anchored_text(paragraphs)[:3] == ("rumer-p3", QUOTE.exact, "exact")
