"""Ingest (raw text → edition) and paragraph ids: one test per rule, the seeds, a property."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from command_line import run_synoptic

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from synoptic.errors import SynopticError  # noqa: E402
from synoptic.ids import assign_ids  # noqa: E402
from synoptic.ingest import ingest_file, ingest_text  # noqa: E402
from synoptic.layout import is_double_spaced, normalise  # noqa: E402
from synoptic.metadata import parse_date  # noqa: E402
from synoptic.model import FRONT_MATTER_KEYS, MISSING_NOTE, UNKNOWN  # noqa: E402

DATA = ROOT / "tests" / "data" / "ingest"
RAW = ROOT / "sources" / "raw"
ESSAYS = ROOT / "sources" / "essays"
SEEDS = {
    "gigitashvili-2016": "000_d6973017b9a87e16.txt",
    "identity-narratives": "001_4dbc2641d6b75a79.txt",
    "rumer-2017": "004_c6992a374abc538e.txt",
}
ID_LINE = re.compile(r"^\{#([a-z0-9-]+-p\d+)[^}]*\}$", re.MULTILINE)
REFERENCE = re.compile(r"\[\^(\d+)\](?!:)")
DEFINITION = re.compile(r"^\[\^(\d+)\]: (.*)$", re.MULTILINE)


def ingest(raw: str, essay_id: str = "t") -> str:
    return ingest_text(raw, essay_id, "sources/raw/t.txt").edition


def split(edition: str) -> tuple[dict[str, str], str]:
    """Front matter (parsed) and body of an edition."""
    _, front, body = edition.split("---\n", 2)
    return yaml.safe_load(front), body


def body_of(raw: str) -> str:
    return split(ingest(raw))[1]


def blocks(body: str) -> list[str]:
    """The body's blocks without their id lines."""
    return [ID_LINE.sub("", b).strip() for b in body.strip().split("\n\n")]


# --- lines and paragraphs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "paragraphs"),
    [
        pytest.param(
            "The first paragraph is\nwrapped over three\nlines of text.\n\nThe second is not.\n",
            ["The first paragraph is wrapped over three lines of text.", "The second is not."],
            id="hard-wrapped lines join",
        ),
        pytest.param(
            "A sentence cut by a page\n\n\u00a0break goes on.\n\n New sentence, new paragraph.\n",
            ["A sentence cut by a page break goes on.", "New sentence, new paragraph."],
            id="a page-break continuation joins the paragraph it continues",
        ),
    ],
)
def test_lines_join_into_paragraphs(raw: str, paragraphs: list[str]) -> None:
    assert blocks(body_of(raw)) == paragraphs


def test_hyphen_at_line_end_is_kept_and_no_word_is_lost() -> None:
    body = body_of("A well-\nknown fact, and a dash –\nthen more words.\n")
    assert "A well-known fact, and a dash – then more words." in body


def test_double_spaced_layout_ends_paragraphs_at_marks() -> None:
    body = split(ingest_file(DATA / "double_spaced.txt", "d").edition)[1]
    assert blocks(body) == [
        "The first paragraph of a paper wraps over several lines, as a PDF extraction prints "
        "it, with a blank line after each line of the text and a mark at its end (present)[^1].",
        "## Section Heading",
        "The second paragraph goes on after a page break, which the extractor printed as a line "
        "starting with a space, and it cites a source[^2].",
        "The third paragraph begins after a short line that ends a sentence and it has no other "
        "mark of its end, because the extractor left none here.",
        f"[^1]: {MISSING_NOTE}",
        f"[^2]: {MISSING_NOTE}",
    ]


def test_one_paragraph_per_line_is_not_mistaken_for_double_spacing() -> None:
    raw = "".join(f"Paragraph number {n} is a whole sentence.\n\n" for n in range(6))
    assert not is_double_spaced(normalise(raw))
    assert len(ID_LINE.findall(ingest(raw))) == 6


def test_marker_number_on_its_own_line_joins_word_and_punctuation() -> None:
    raw = "They said so (in the present)\n1\n. And later\n2\nthey did not.\n"
    assert "They said so (in the present)[^1]. And later[^2] they did not." in body_of(raw)


def test_inline_marker_becomes_reference_without_the_space_before() -> None:
    body = body_of("One claim.” [1] Another claim.[2]\n\n[1] A.\n\n[2] B.\n")
    assert "One claim.”[^1] Another claim.[^2]" in body


def test_note_definitions_with_and_without_space() -> None:
    body = body_of("Text[1] and text[2].\n\n[1]First note.\n\n[2] Second note.\n")
    assert DEFINITION.findall(body) == [("1", "First note."), ("2", "Second note.")]


def test_notes_listed_under_a_heading_with_no_blank_line_between() -> None:
    raw = (
        "A first claim.[1] A second claim.[2]\n\nAnother paragraph.\n\n"
        "Notes\n[1] First source, 2020.\n[2] Second source, 2021.\n"
    )
    body = body_of(raw)
    assert DEFINITION.findall(body) == [("1", "First source, 2020."), ("2", "Second source, 2021.")]
    assert "## Notes" in body
    assert len(ID_LINE.findall(ingest(raw))) == 2  # the notes are no paragraph


def test_markers_without_notes_keep_references_and_get_missing_definitions() -> None:
    body = body_of("One\n1\n. Two\n2\n. Three[3] and three again[3].\n")
    assert REFERENCE.findall(body) == ["1", "2", "3", "3"]
    assert DEFINITION.findall(body) == [(n, MISSING_NOTE) for n in "123"]


def test_definition_without_marker_is_kept() -> None:
    body = body_of("A paragraph with no marker.\n\n[7] An orphan note.\n")
    assert DEFINITION.findall(body) == [("7", "An orphan note.")]


def test_a_note_given_twice_is_an_error_naming_the_line() -> None:
    with pytest.raises(SynopticError) as caught:
        ingest("Text[1].\n\n[1] One.\n\n[1] Again.\n")
    assert (caught.value.path, caught.value.line) == ("sources/raw/t.txt", 5)


def test_file_ending_mid_line_without_newline_keeps_its_last_words() -> None:
    last = "The last paragraph ends mid-line without a newline, as some files do"
    assert blocks(body_of(f"First paragraph.\n\n{last}"))[-1] == last


# --- headings, lists, epigraph ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The Limits of Partnership",  # Title Case
        "POLICY IMPLICATIONS",  # ALL CAPS
        "Russia’s interests and the West",  # short, sentence case
        "A Genuine Partnership or a “Marriage of Convenience”?",  # a question may be a title
    ],
)
def test_short_standalone_lines_become_headings_as_written(line: str) -> None:
    body = body_of(f"An opening paragraph.\n\n{line}\n\nA paragraph under it.\n")
    assert f"\n## {line}\n" in body
    assert len(ID_LINE.findall(body)) == 2  # a heading gets no id


@pytest.mark.parametrize(
    "line",
    [
        "This line ends with a full stop.",
        "Jane Doe is a research intern at the Institute of International Affairs",  # too long
        "lower case start is not a heading",
    ],
)
def test_other_standalone_lines_stay_paragraphs(line: str) -> None:
    assert "##" not in body_of(f"An opening paragraph.\n\n{line}\n\nMore text.\n")


def test_bullets_become_one_list_with_one_id() -> None:
    body = body_of(
        "Intro text.\n\nKEY POINTS\n  • First point\n  wraps here.\n  • Second point.\n\n• Third.\n"
    )
    assert "## KEY POINTS" in body
    assert "{#t-p2}\n- First point wraps here.\n- Second point.\n- Third." in body
    assert len(ID_LINE.findall(body)) == 2


def test_epigraph_becomes_classed_blockquote_with_attribution_last() -> None:
    body = split(ingest_file(DATA / "web_page.txt", "w").edition)[1]
    assert body.strip().startswith(
        "{#w-p1 .epigraph}\n"
        "> “The only thing we have to fear is fear itself. It is all there is.”\n"
        ">\n"
        "> — Franklin Roosevelt\n"
    )


def test_epigraph_attribution_may_start_with_a_dash() -> None:
    body = body_of("“Short quote.”\n\n– A. Person\n\nBody text.\n")
    assert "> “Short quote.”\n>\n> — A. Person" in body


def test_lines_of_a_plain_text_quoted_by_a_chevron_are_a_block_quotation() -> None:
    body = body_of("One.\n\n> Reading is to the mind\n> what exercise is to the body.\n\nTwo.\n")
    assert "\n> Reading is to the mind what exercise is to the body.\n" in body
    # … its attribution under it, unquoted, goes with it
    attributed = body_of(
        "One.\n\n> Reading is to the mind\n> what exercise is.\n— J. Addison\n\nTwo.\n"
    )
    assert "\n> Reading is to the mind what exercise is. — J. Addison\n" in attributed
    # One line opening with `>` may be the text's own character: it stays, escaped.
    assert "\\> 40 per cent of it." in body_of("One.\n\n> 40 per cent of it.\n\nTwo.\n")


def test_quotation_far_from_the_top_is_not_an_epigraph() -> None:
    raw = "One.\n\nTwo.\n\nThree.\n\n“A quotation.”\n\nSome Name\n"
    assert "epigraph" not in body_of(raw)


# --- characters and escaping ------------------------------------------------------------------


def test_nbsp_become_spaces_and_typography_is_kept() -> None:
    body = body_of("It’s “quoted” – vis-à-vis\u00a0the ‘pivot’\u00a0\u00a0… done.\n")
    assert "It’s “quoted” – vis-à-vis the ‘pivot’ … done." in body
    assert "\u00a0" not in body


# --- metadata ---------------------------------------------------------------------------------


def test_metadata_lines_fill_the_front_matter_and_leave_the_body() -> None:
    meta, body = split(ingest_file(DATA / "web_page.txt", "w").edition)
    assert meta["title"] == "A Study Of Things: Here Is The Subtitle"
    assert (meta["author"], meta["date"]) == ("Jane Q. Doe", "2021-03-03")
    assert (meta["publisher"], meta["url"]) == (UNKNOWN, UNKNOWN)
    assert meta["raw"] == "tests/data/ingest/web_page.txt"
    assert "Subtitle" not in body and "by Jane" not in body and "Published" not in body
    assert "Jane Q. Doe is a researcher at a university." in body  # a bio line stays


def test_front_matter_has_exactly_the_keys_and_unknowns() -> None:
    meta, _ = split(ingest("Just one paragraph, no metadata.\n"))
    assert tuple(meta) == FRONT_MATTER_KEYS
    assert [meta[k] for k in ("title", "author", "date", "publisher", "url")] == [UNKNOWN] * 5


@pytest.mark.parametrize(
    ("raw", "key", "value"),
    [
        ("Author: Ann Lee", "author", "Ann Lee"),
        ("July 17, 2017", "date", "2017-07-17"),
        ("10 November 2016", "date", "2016-11-10"),
        ("November 2016", "date", "2016-11"),
        ("May 4th, 2023", "date", "2023-05-04"),
        ("the 1st of March 2024", "date", "2024-03-01"),
        ("Publisher: Some Press", "publisher", "Some Press"),
        ("URL: https://example.org/essay", "url", "https://example.org/essay"),
    ],
)
def test_each_metadata_line(raw: str, key: str, value: str) -> None:
    meta, body = split(ingest(f"A body sentence.\n\n{raw}\n"))
    assert meta[key] == value
    assert raw not in body


def test_impossible_date_is_not_a_date() -> None:
    assert parse_date("February 30, 2017") is None
    assert parse_date("Smarch 3, 2017") is None
    assert parse_date("May 44th 2023") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1st May 2023", "2023-05-01"),
        ("May 2nd, 2023", "2023-05-02"),
        ("23rd May 2023", "2023-05-23"),
        ("11th May 2023", "2023-05-11"),
        ("12th May 2023", "2023-05-12"),
        ("31st May 2023", "2023-05-31"),
        # a wrong suffix: no day, the month and year stand (in either order: review 32)
        ("1th May 2023", "2023-05"),
        ("May 22rd, 2023", "2023-05"),
        ("11st May 2023", "2023-05"),
        ("3th May 2023", "2023-05"),
    ],
)
def test_an_ordinal_day_takes_its_own_suffix(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_summary_is_first_sentence_of_first_paragraph_with_one() -> None:
    raw = "Title Here\n\nA bio line without a stop\n\nIt says Mr. B. Smith wrote it.[1] More.\n"
    assert split(ingest(raw))[0]["summary"] == "It says Mr. B. Smith wrote it."
    assert split(ingest("no sentence here\n"))[0]["summary"] == UNKNOWN


# --- errors and the command line --------------------------------------------------------------


def test_empty_text_and_bad_id_are_errors() -> None:
    with pytest.raises(SynopticError, match="empty"):
        ingest(" \n\n\u00a0\n")
    with pytest.raises(SynopticError, match="lower-case"):
        ingest("Text.\n", "Bad_Id")


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / script), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_ingest_cli_writes_refuses_overwrite_and_bad_id(tmp_path: Path) -> None:
    raw = str(DATA / "web_page.txt")
    assert run_synoptic("ingest", raw, "--id", "web", "--out", str(tmp_path)).returncode == 0
    edition = tmp_path / "web.md"
    assert edition.read_text(encoding="utf-8") == ingest_file(DATA / "web_page.txt", "web").edition
    edition.write_text("reviewed", encoding="utf-8")
    refused = run_synoptic("ingest", raw, "--id", "web", "--out", str(tmp_path))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert edition.read_text(encoding="utf-8") == "reviewed"
    assert (
        run_synoptic("ingest", raw, "--id", "web", "--out", str(tmp_path), "--force").returncode
        == 0
    )
    assert edition.read_text(encoding="utf-8") != "reviewed"
    assert run_synoptic("ingest", raw, "--id", "Web!", "--out", str(tmp_path)).returncode == 1


def test_assign_ids_cli_numbers_the_new_paragraph(tmp_path: Path) -> None:
    edition = tmp_path / "x.md"
    edition.write_text("{#x-p4}\nOld.\n\nNew.\n", encoding="utf-8")
    assert run("assign_ids.py", str(edition)).returncode == 0
    assert edition.read_text(encoding="utf-8") == "{#x-p4}\nOld.\n\n{#x-p5}\nNew.\n"


# --- the seeds --------------------------------------------------------------------------------


def raw_counts(raw: str) -> tuple[int, int]:
    """Markers and notes counted straight from a raw text, independently of ingest."""
    inline = re.findall(r"(?<!^)\[\d+\]", raw, re.MULTILINE)
    alone = re.findall(r"^\d{1,3}$", raw, re.MULTILINE)
    notes = re.findall(r"^\[\d+\]", raw, re.MULTILINE)
    return len(inline) + len(alone), len(notes)


@pytest.mark.parametrize(
    ("essay_id", "paragraphs", "markers", "notes", "author", "date"),
    [
        ("gigitashvili-2016", 13, 14, 14, "Givi Gigitashvili", "2016-11-10"),
        ("identity-narratives", 17, 13, 0, UNKNOWN, UNKNOWN),
        ("rumer-2017", 4, 0, 0, "Eugene Rumer", "2017-07-17"),
    ],
)
def test_seed(
    essay_id: str, paragraphs: int, markers: int, notes: int, author: str, date: str
) -> None:
    path = RAW / SEEDS[essay_id]
    assert raw_counts(path.read_text(encoding="utf-8")) == (markers, notes)
    edition = ingest_file(path, essay_id).markdown
    meta, body = split(edition)
    ids = ID_LINE.findall(body)
    assert ids == [f"{essay_id}-p{n}" for n in range(1, paragraphs + 1)]
    assert assign_ids(edition, essay_id) == edition  # no block lacks an id
    assert len(REFERENCE.findall(body)) == markers
    definitions = DEFINITION.findall(body)
    assert len(definitions) == markers
    assert sum(text != MISSING_NOTE for _, text in definitions) == notes
    assert (meta["author"], meta["date"], meta["raw"]) == (author, date, f"sources/raw/{path.name}")
    if essay_id == "identity-narratives":
        assert meta["title"] == UNKNOWN


@pytest.mark.parametrize("essay_id", sorted(SEEDS))
def test_committed_edition_is_what_ingest_makes_now(essay_id: str) -> None:
    # The editor deletes the report's comment lines: `markdown` is the edition without them.
    committed = (ESSAYS / f"{essay_id}.md").read_text(encoding="utf-8")
    assert committed == ingest_file(RAW / SEEDS[essay_id], essay_id).markdown


@pytest.mark.parametrize("name", sorted(SEEDS.values()))
def test_raw_copies_are_the_seeds_byte_for_byte(name: str) -> None:
    seed = Path("/work/shared/seeds") / name
    if not seed.exists():
        pytest.skip("the shared seeds are not on this machine")
    assert (RAW / name).read_bytes() == seed.read_bytes()


# --- no word is lost --------------------------------------------------------------------------

# Ingest consumes metadata lines and repeats of the title by design, so the generated body
# cannot make them: its words are lower case (a line of them is never a title or a name, and a
# one-line-per-paragraph reading of a wrapped text cannot repeat a title) and none is a
# metadata keyword ("by", "Author", "Published", month names).
BODY_WORDS = ["alpha", "beta", "the", "of", "it’s", "“quoted”", "régime", "well-", "x*y"]
# Heading words are each used once, so no heading repeats the title (a repeat is dropped).
HEADING_WORDS = ["Zeta", "Omega", "Kappa", "Sigma", "Lambda", "Theta", "Iota", "Rho", "Tau"]
# Words, words with a comma, words with an inline marker (kept with its word, as a line that
# starts with "[3]" in a one-line-per-paragraph text is a note), marker numbers on their own line.
TOKENS = st.sampled_from(
    BODY_WORDS + [w + "," for w in BODY_WORDS] + [w + " [3]" for w in BODY_WORDS] + ["\n7\n"]
)


@st.composite
def raw_texts(draw: st.DrawFn) -> str:
    """Paragraphs of wrapped lines, markers, bullets, headings, in either layout."""
    headings = iter(draw(st.permutations(HEADING_WORDS)))
    double = draw(st.booleans())
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 4)) == 0:
            paragraphs.append(next(headings))
            continue
        words = [*draw(st.lists(TOKENS, min_size=1, max_size=25)), draw(st.sampled_from(".!"))]
        width = draw(st.integers(1, 8))
        lines = [" ".join(words[i : i + width]) for i in range(0, len(words), width)]
        lead = draw(st.sampled_from(["", " ", "\u00a0", "  • "]))
        paragraphs.append("\n".join(lead + line for line in lines))
    if double:
        return "\n\n".join(p.replace("\n", "\n\n") + "  " for p in paragraphs)
    return "\n\n".join(paragraphs) + draw(st.sampled_from(["", "\n"]))


BROKEN = re.compile(r"([^\W\d_]+)-[ \t]*\n\s*([^\W\d_]+)")


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(raw_texts())
def test_ingest_never_loses_a_word(raw: str) -> None:
    """Every word is in the edition, or on a line the report lists as removed."""
    made = ingest_text(raw, "t", "sources/raw/t.txt")
    meta, body = split(made.edition)
    body = ID_LINE.sub("", body).replace(MISSING_NOTE, "")
    front = [meta[key] for key in ("title", "author") if meta[key] != UNKNOWN]
    lines = raw.split("\n")
    removed = {item.line for item in made.report.removed}
    assert all(lines[item.line - 1].strip() == item.text for item in made.report.removed)
    kept = "\n".join(line for n, line in enumerate(lines, start=1) if n not in removed)
    made_words = words(" ".join(front) + " " + body)
    # A word broken at a line end and rejoined is one word in the edition, as the report says.
    listed = re.search(r"\d+ rejoined \(([^)]*)\)", str(made.report))
    rejoined = {w.replace("-", "") for w in listed[1].split(", ")} if listed else set()
    kept = BROKEN.sub(lambda m: m[1] + m[2] if m[1] + m[2] in rejoined else m[0], kept)
    assert made_words == words(kept)


# --- paragraph ids ----------------------------------------------------------------------------

EDITION = """---
id: e
title: T
---

{#e-p1}
First.

## A heading

{#e-p3}
Third; the second was deleted.

New paragraph.

{.epigraph}
> A new quotation.

- a new
- list

[^1]: A note gets no id.
"""


def test_assign_ids_numbers_new_blocks_after_the_highest_and_keeps_the_rest() -> None:
    numbered = assign_ids(EDITION, "e")
    assert ID_LINE.findall(numbered) == ["e-p1", "e-p3", "e-p4", "e-p5", "e-p6"]
    assert "{#e-p4}\nNew paragraph." in numbered
    assert "{#e-p5 .epigraph}\n> A new quotation." in numbered
    assert "{#e-p6}\n- a new" in numbered
    assert "## A heading\n\n{#e-p3}" in numbered and "[^1]: A note gets no id." in numbered


def test_assign_ids_never_reuses_a_deleted_number() -> None:
    numbered = assign_ids(assign_ids(EDITION, "e").replace("{#e-p6}\n- a new\n- list\n", ""), "e")
    assert "e-p2" not in numbered
    more = assign_ids(numbered + "\nAnother one.\n", "e")
    assert ID_LINE.findall(more)[-1] == "e-p6"


def test_assign_ids_is_idempotent() -> None:
    once = assign_ids(EDITION, "e")
    assert assign_ids(once, "e") == once


def test_assign_ids_ignores_other_essays_ids_and_refuses_duplicates() -> None:
    assert ID_LINE.findall(assign_ids("{#f-p9}\nA.\n\nB.\n", "e")) == ["f-p9", "e-p1"]
    with pytest.raises(SynopticError, match="duplicate id 'e-p1'") as caught:
        assign_ids("{#e-p1}\nA.\n\n{#e-p1}\nB.\n", "e", "x.md")
    assert (caught.value.path, caught.value.line) == ("x.md", 5)
