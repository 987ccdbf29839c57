"""A second code review's probes of this round's rules (/work/scratch/review16): each once lost
or changed an essay's words, its title, author or date."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_collection_b import ingested_probe

PROBES = Path(__file__).parent / "data" / "ingest" / "review16"


def made(name: str):
    return ingested_probe(PROBES / name)


def test_a_regular_expression_in_code_is_no_footnote() -> None:
    _, _, blocks = made("regex.md")
    assert not any("[^1]" in block for block in blocks) and "[^aeiou]" in " ".join(blocks)


def test_a_cited_label_no_note_defines_stays_the_text_s() -> None:
    _, _, blocks = made("md2.md")
    assert "(note text not in the source)" not in " ".join(blocks)


def test_named_and_numbered_notes_together_are_numbered_apart() -> None:
    _, _, blocks = made("md5.md")
    assert blocks[-3:] == [
        "[^1]: Ofwat, 2023.",
        "[^2]: National Audit Office, 2022.",
        "[^3]: Pipe replacement runs at 0.1 per cent a year.",
    ]


def test_a_named_note_of_two_paragraphs_stays_one_note() -> None:
    _, _, blocks = made("md6.md")
    assert blocks[-1].startswith("[^2]: A long note in two paragraphs.")
    assert blocks[-1].endswith("says what it recommended.")


@pytest.mark.parametrize(
    ("name", "date"), [("hugo1.md", "2024-05-12"), ("hugo2.md", "unknown"), ("md8.md", "unknown")]
)
def test_a_front_matter_date_is_a_date_or_none(name: str, date: str) -> None:
    assert made(name)[1]["date"] == date


def test_a_markdown_essay_quoting_latex_is_no_latex_source() -> None:
    _, meta, _ = made("latex.md")
    assert meta["title"] != "unknown"


def test_verse_closing_an_e_mailed_essay_is_no_signature() -> None:
    report, _, blocks = made("mail3.txt")
    assert "a road that the tide keeps" in " ".join(blocks)
    assert not any("signature" in item.rule for item in report.report.removed)


def test_a_last_paragraph_that_says_confidential_is_no_disclaimer() -> None:
    report, _, blocks = made("mail5.txt")
    assert not any(item.rule.endswith("closing the message") for item in report.report.removed)


@pytest.mark.parametrize("name", ["ranked1.txt", "ranked2.txt"])
def test_an_essay_s_own_list_of_stories_or_options_stays(name: str) -> None:
    report, _, _ = made(name)
    assert not any("site's articles" in item.rule for item in report.report.removed)


def test_a_paragraph_s_line_above_a_credit_stays() -> None:
    _, _, blocks = made("caption2.txt")
    assert any(block.startswith("She wrote beside each print") for block in blocks)


def test_a_two_page_text_whose_second_page_opens_with_the_title_keeps_it() -> None:
    assert made("titletop.txt")[1]["title"] != "unknown"
