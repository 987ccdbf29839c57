"""Paragraph breaks recovered from extraction layouts, and the ingest report on each layout.

The fixtures are one essay written for the purpose (tests/data/ingest/make_layouts.py), laid out
as extractions lay text out. Each paragraph ingest finds must be one or more whole paragraphs of
the essay, never a part of one: a missed break joins two paragraphs, a false one would cut one.
"""

from __future__ import annotations

import importlib.util
import re

import pytest

from conftest import ROOT
from synoptic.ingest import ingest_file, ingest_text
from synoptic.layout import Line, group_lines, normalise, wrap_width

DATA = ROOT / "tests" / "data" / "ingest"
_spec = importlib.util.spec_from_file_location("make_layouts", DATA / "make_layouts.py")
make_layouts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_layouts)

ID_LINE = re.compile(r"^\{#[a-z0-9-]+-p\d+\}\n", re.MULTILINE)


def body_blocks(markdown: str) -> list[str]:
    body = markdown.split("\n---\n", 1)[1]
    return [ID_LINE.sub("", block).strip() for block in body.strip().split("\n\n")]


def essay_units() -> list[tuple[str, str]]:
    """The essay's headings and paragraphs in reading order, as ("heading"|"p", text)."""
    units = []
    for heading, paragraph in make_layouts.ESSAY:
        if heading:
            units.append(("heading", heading))
        units.append(("p", paragraph))
    return units


def match_units(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Check each block against the essay: a heading, or a run of whole paragraphs.

    Returns the problems found (empty when every block is whole paragraphs in order) and the
    paragraphs whose end was missed (each joined to the next in one block).
    """
    units, problems, missed, at = essay_units(), [], [], 0
    for block in blocks:
        if block.startswith("## "):
            if units[at] != ("heading", block[3:]):
                problems.append(f"unexpected heading {block!r}")
            at += 1
            continue
        joined = []
        while at < len(units) and " ".join(joined) != block:
            joined.append(units[at][1])
            at += 1
        if " ".join(joined) != block:
            problems.append(f"not whole paragraphs: {block[:60]!r}…")
            break
        missed += joined[:-1]
    return problems, missed


def last_line(raw: str, paragraph: str) -> int:
    """The raw line number of the paragraph's last line."""
    for number, line in enumerate(raw.split("\n"), start=1):
        if len(line.strip()) > 20 and paragraph.endswith(line.strip()):
            return number
    raise AssertionError(f"no line ends {paragraph[-40:]!r}")


def test_fixtures_are_what_the_script_makes() -> None:
    for name, layout in make_layouts.LAYOUTS.items():
        assert (DATA / name).read_text(encoding="utf-8") == layout(), name


# Before layout inference (commit e8c632e) the unmarked, hard-wrapped and indented files gave 4,
# 1 and 1 paragraphs and no heading; before furniture removal (branch ingest) running heads and
# page numbers stood in the text, and the web page's debris made 9 more blocks. The essay has 11
# paragraphs and 2 headings; a paragraph whose last line is nearly full leaves no evidence of its
# end and stays joined to the next: the report lists the line, as it lists every line removed.
@pytest.mark.parametrize(
    ("name", "paragraphs", "shape"),
    [
        ("double_spaced_unmarked.txt", 9, "double-spaced"),
        ("double_spaced_pages.txt", 9, "double-spaced"),
        ("hard_wrapped.txt", 9, "hard-wrapped"),
        ("running_heads.txt", 9, "hard-wrapped"),
        ("indented.txt", 11, "indented first line"),
        ("hyphenated.txt", 11, "words broken at a line end: 13 rejoined"),
        ("web_debris.txt", 11, "web page"),
    ],
)
def test_layout_paragraphs_are_recovered_without_false_breaks(
    name: str, paragraphs: int, shape: str
) -> None:
    made = ingest_file(DATA / name, "v")
    # Both fragments of `head-` / `gate` are words of the text: the hyphen is kept (and listed).
    blocks = [b.replace("head-gate", "headgate") for b in body_blocks(made.markdown)]
    problems, missed = match_units(blocks)
    assert problems == []
    assert sum(not b.startswith("## ") for b in blocks) == paragraphs == made.report.paragraphs
    assert made.report.headings == 2
    assert 'title: "Shared Water: How Villages Govern Their Ditches"' in made.markdown
    assert 'author: "Mara Ellison"' in made.markdown
    assert shape in "; ".join(made.report.shapes)
    # No break is missed silently: each missed one is among the lines the report points at.
    raw = (DATA / name).read_text(encoding="utf-8")
    assert len(missed) == 11 - paragraphs
    assert {last_line(raw, paragraph) for paragraph in missed} <= set(made.report.unseen)


def test_hyphens_are_judged_by_the_text_s_own_words() -> None:
    shapes = "; ".join(ingest_file(DATA / "hyphenated.txt", "v").report.shapes)
    assert "13 rejoined (led-gers, compla-ints, matt-ers," in shapes
    assert "1 kept (head-gate)" in shapes


@pytest.mark.parametrize(
    ("name", "removed"),
    [
        ("running_heads.txt", {"THE VALLEY QUARTERLY", "2", "3", "4", "5"}),
        ("double_spaced_pages.txt", {"SHARED WATER", "1", "2", "3", "4"}),
        (
            "web_debris.txt",  # the © line is not removed: it names the publisher
            {*make_layouts.SITE_TOP, make_layouts.SECTION, make_layouts.READING_TIME}
            | set(make_layouts.SITE_BOTTOM[:-1])
            | set(make_layouts.CAPTIONS.values()),  # captions, not headings
        ),
        ("hard_wrapped.txt", set()),
        ("hyphenated.txt", set()),
        ("indented.txt", set()),
    ],
)
def test_lines_not_the_essays_are_removed(name: str, removed: set[str]) -> None:
    assert {item.text for item in ingest_file(DATA / name, "v").report.removed} == removed


def noted_essay() -> tuple[list[str], list[str]]:
    """The footnoted essay's edition blocks: headings and paragraphs, then the notes."""
    want = [
        unit
        for heading, paragraph in make_layouts.NOTED_ESSAY
        for unit in ([f"## {heading}"] if heading else []) + [paragraph.replace("[", "[^")]
    ]
    return want, [f"[^{n}]: {note}" for n, note in enumerate(make_layouts.NOTES, start=1)]


def test_superscript_markers_and_their_notes_become_footnotes() -> None:
    made = ingest_file(DATA / "superscripts.txt", "rain")
    want, notes = noted_essay()
    assert body_blocks(made.markdown) == [*want, "## Notes", *notes]
    assert 'date: "2024-06-03"' in made.markdown and 'author: "Tomas Whitcombe"' in made.markdown
    shapes = "; ".join(made.report.shapes)
    assert "footnote style: 4 numbers glued to their words (PDF superscripts), 4 notes" in shapes
    # `second-` / `ary`: "second" is a word of the text, "ary" is not, so the word is rejoined.
    assert "4 rejoined (natio-nal, second-ary, plas-tic, diar-ist)" in shapes
    assert made.report.warnings == ()


def test_each_removal_is_in_the_report_with_its_line_and_rule() -> None:
    report = ingest_file(DATA / "running_heads.txt", "v").report
    lines = report.lines()
    assert (
        "removed, running head (a short line repeated at page intervals): "
        "'THE VALLEY QUARTERLY' (lines 24, 49, 74, 99)"
    ) in lines
    numbers = next(line for line in lines if line.startswith("removed, page number"))
    assert "'2' (line 22); '3' (line 47); '4' (line 72); '5' (line 97)" in numbers
    assert not any("is only a number" in w or "occurs" in w for w in report.warnings)


def test_a_web_page_s_front_matter_comes_from_among_its_debris() -> None:
    made = ingest_file(DATA / "web_debris.txt", "v")
    assert 'date: "2023-05-12"' in made.markdown
    assert 'publisher: "The Valley Review"' in made.markdown  # from the © line
    assert "Skip to content" not in made.markdown and "min read" not in made.markdown


# --- the evidence, one rule at a time ---------------------------------------------------------

WRAPPED = [
    "The lines of this made-up paragraph are wrapped at a width of about",
    "sixty characters, as a typesetter would wrap them on a narrow",
    "page, and each of them is nearly as long as the widest one.",
]


def groups_of(text_lines: list[str]) -> list[str]:
    groups, _ = group_lines(normalise("\n".join(text_lines)))
    return [" ".join(line.text.strip() for line in group) for group in groups]


NEXT = ["    " + WRAPPED[0], *WRAPPED[1:]]  # the same paragraph, its first line indented


@pytest.mark.parametrize(
    ("lines", "groups"),
    [
        pytest.param(
            [*WRAPPED, "Short end.", *WRAPPED],
            2,
            id="a short line ending a sentence ends its paragraph",
        ),
        pytest.param([*WRAPPED, *WRAPPED], 1, id="a full line ending a sentence does not"),
        pytest.param(
            [*WRAPPED, "Short end,", *WRAPPED], 1, id="nor a short line inside a sentence"
        ),
        pytest.param(
            [*WRAPPED, "Short end.", "and goes on in lower case", *WRAPPED[1:]],
            1,
            id="nor a short line followed by a lower-case word",
        ),
        pytest.param(
            [*WRAPPED, "Short end.", "12", ". More text follows on a line", *WRAPPED],
            1,
            id="nor a line followed by a footnote number",
        ),
        pytest.param([*WRAPPED, *NEXT], 2, id="an indented first line starts a paragraph"),
        pytest.param(
            [*WRAPPED, " " + WRAPPED[0], *WRAPPED[1:]],
            1,
            id="a one-space indent (a page top in pdftotext) does not",
        ),
        pytest.param(
            [*WRAPPED, "A Heading Line", *WRAPPED], 3, id="a heading-like line stands alone"
        ),
        pytest.param(
            [*WRAPPED[:2], "x " * 90 + "end.", *WRAPPED],
            2,
            id="a line wider than any page is a whole paragraph",
        ),
    ],
)
def test_break_evidence(lines: list[str], groups: int) -> None:
    assert len(groups_of(lines)) == groups


def test_no_width_is_guessed_from_few_or_ragged_lines() -> None:
    assert wrap_width(normalise("\n".join(WRAPPED))) is None  # too few lines
    ragged = [("word " * n).strip() + "." for n in (1, 30, 4, 22, 9, 40, 2, 15)]
    assert wrap_width(normalise("\n".join(ragged))) is None
    assert wrap_width([Line(n, t) for n, t in enumerate(WRAPPED * 3)]) == 59


def test_inferred_breaks_are_counted_by_evidence_and_unseen_ones_listed() -> None:
    _, layout = group_lines(normalise("\n".join(WRAPPED + ["Short end.", *WRAPPED])))
    # Line 3 ends a sentence on a full line before a capital: a break there would not show.
    assert (layout.width, layout.inferred, layout.unseen) == (59, {"short line": 1}, [3])


# --- the report -------------------------------------------------------------------------------


def test_report_of_each_seed_shape() -> None:
    seeds = ROOT / "sources" / "raw"
    web = ingest_file(seeds / "000_d6973017b9a87e16.txt", "g").report
    pdf = ingest_file(seeds / "001_4dbc2641d6b75a79.txt", "i").report
    assert web.shapes == (
        "web page (one paragraph per line)",
        "footnote style: 14 [n] markers in the text",
    )
    assert pdf.shapes[:3] == (
        "double-spaced (a blank line after every line)",
        "paragraph ends marked by two trailing spaces",
        "hard-wrapped (full lines of 88 characters or more)",
    )
    assert pdf.shapes[-1] == "footnote style: 13 numbers on their own lines (PDF)"
    assert (pdf.paragraphs, pdf.headings, pdf.notes, pdf.missing_notes) == (17, 5, 13, 13)
    assert web.warnings == pdf.warnings == ()


def paragraph(words: int, word: str = "word") -> str:
    return " ".join([word] * words) + "."


@pytest.mark.parametrize(
    ("raw", "warning"),
    [
        (paragraph(401), "t-p1 has 401 words: look for a lost paragraph break"),
        (
            "\n\n".join([paragraph(380, "Word")] * 4),
            "only 4 paragraphs in 1,520 words: paragraph breaks were probably lost",
        ),
        ("Text.\n\n37\n\nMore text.", "t-p2 is only a number: a page number?"),
        ("A[1] b[2] c[7] d[3].", "footnote markers out of order (7 after 2; 3 after 7)"),
        (
            "\n\n".join(["Running Head", "Some text."] * 3),
            "the line 'Running Head' occurs 3 times (lines 1, 5, 9)",
        ),
        # (headings alone: an edition of no paragraph, said; review 40)
        ("## One\n\n## Two\n", "no paragraph found: the edition holds no text of an essay"),
    ],
)
def test_report_warnings(raw: str, warning: str) -> None:
    warnings = ingest_text(raw, "t", "t.txt").report.warnings
    assert any(warning in w for w in warnings), warnings


def test_no_warning_on_a_sound_text() -> None:
    raw = "\n\n".join(paragraph(50, f"w{n}") for n in range(6))
    assert ingest_text(raw, "t", "t.txt").report.warnings == ()


def test_report_is_comment_lines_atop_the_front_matter() -> None:
    made = ingest_text("Some text.[1]\n\n[1] A note.\n", "t", "t.txt")
    lines = made.edition.split("\n")
    assert lines[0] == "---"
    assert lines[1] == "# ingest report (read it, then delete these comment lines):"
    comments = [line for line in lines if line.startswith("# ")]
    assert comments == [f"# {line}" for line in made.report.lines()]
    assert "\n".join(line for line in lines if line not in comments) == made.markdown


def test_the_report_shown_in_the_docs_is_what_ingest_prints() -> None:
    docs = (ROOT / "docs" / "editions.md").read_text(encoding="utf-8")
    block = docs.split("```yaml\n---\n", 1)[1].split("\nid: ", 1)[0]
    shown = [line.removeprefix("# ") for line in block.splitlines()]
    report = ingest_file(DATA / "running_heads.txt", "valley-2024").report
    assert shown == report.lines()


def test_notes_at_the_foot_of_each_page_move_to_the_end_and_cut_paragraphs_run_on() -> None:
    # Another layout than collection I's PDF: notes as `1 Source …` with unindented run-on
    # lines, markers as bare digits, pages set apart by blank lines under a running head.
    made = ingest_file(DATA / "foot_notes.txt", "rain")
    want, notes = noted_essay()
    assert body_blocks(made.markdown) == [*want, *notes]  # the PDF prints no Notes heading
    shapes = "; ".join(made.report.shapes)
    assert "footnotes at the foot of the page: 4 on 4 pages, moved to the end" in shapes
    assert [item.text for item in made.report.removed] == [make_layouts.RUNNING_HEAD] * 3
