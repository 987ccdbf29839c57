"""A code review's probes of the rules that came of collections S and T (/work/scratch/review15):
each once lost or changed an essay's words, its title, author or date, or crashed."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_collection_b import ingested_probe

PROBES = Path(__file__).parent / "data" / "ingest" / "review15"


def made(name: str):
    return ingested_probe(PROBES / name)


def removed(name: str) -> list[str]:
    return [item.text for item in made(name)[0].report.removed]


def test_a_title_repeated_as_later_pages_heads_stays_on_the_first() -> None:
    _, meta, _ = made("paged_title.txt")
    assert meta["title"] == "The Greenway Nobody Asked For"
    assert removed("paged_title.txt") == [
        "The Greenway Nobody Asked For    2",
        "The Greenway Nobody Asked For    3",
    ]


def test_lines_opening_alike_atop_pages_are_the_text_s() -> None:
    assert not removed("anaphora.txt")


def test_a_download_notice_on_every_page_is_no_cover_sheet() -> None:
    report, meta, _ = made("jstor_nocover.txt")
    assert meta["title"] == "The Greenway Nobody Asked For"
    assert all("cover sheet" not in item.rule for item in report.report.removed)


def test_published_on_a_date_by_a_publisher_names_no_author() -> None:
    assert made("pub_on_by.txt")[1]["author"] == "unknown"


def test_a_comment_count_over_the_essay_s_prose_is_its_heading() -> None:
    text = " ".join(made("web_resp.txt")[2])
    assert "Councillor Hart, who chairs" in text and "That letter did more" in text


def test_a_pelican_post_s_wrapped_fields_and_hashed_title_are_read() -> None:
    _, meta, blocks = made("pelican.rst")
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The Greenway Nobody Asked For",
        "Ann Lee, Bob Roe",
        "2026-03-19",
    )
    assert not any("nobody asked for it" in block for block in blocks)


def test_verse_under_a_double_dash_in_a_forwarded_essay_stays() -> None:
    _, meta, blocks = made("fwd_poem.txt")
    assert "Twice a day in the wind and rain" in " ".join(blocks)
    assert (meta["title"], meta["author"]) == ("The Last Ferry", "Ann Lee")


def test_an_essay_quoting_an_e_mail_keeps_the_message() -> None:
    report, meta, blocks = made("mail_quote.txt")
    assert not any(item.rule.startswith("e-mail") for item in report.report.removed)
    assert meta["title"] == "What My Father's Letters Taught Me"
    assert "Dad" in " ".join(blocks) and "From: John Lee" in " ".join(blocks)


@pytest.mark.parametrize(
    ("name", "title", "date"),
    [
        ("mail_letter.txt", "Why the Greenway Must Stay Open", "unknown"),
        ("mail_discl.txt", "The Greenway Nobody Asked For", "2026-03-03"),
    ],
)
def test_a_message_s_header_gives_what_the_text_does_not(name, title, date) -> None:
    report, meta, blocks = made(name)
    assert (meta["title"], meta["author"], meta["date"]) == (title, "Ann Lee", date)
    # an op-ed's closing disclosure is no mail program's disclaimer
    assert name != "mail_discl.txt" or blocks[-1].startswith("Disclaimer: the author chairs")


def test_a_markdown_essay_of_quotations_keeps_them_quotations() -> None:
    _, _, blocks = made("md_quotes.md")
    assert "> What will survive of us is love." in blocks


@pytest.mark.parametrize(
    ("name", "date"), [("fm_baddate.md", "unknown"), ("fm_flow.md", "2026-03-03")]
)
def test_front_matter_on_one_line_or_with_no_such_date(name, date) -> None:
    assert made(name)[1]["date"] == date


def test_a_journal_s_head_with_wide_gaps_is_no_menu_bar() -> None:
    assert not any(
        item.rule.startswith("web page") for item in made("pdf_gaps.txt")[0].report.removed
    )


def test_a_name_broken_at_a_line_end_joins() -> None:
    _, _, blocks = made("hyph1.txt")
    text = " ".join(blocks)
    assert "Blackburn" in text and "Ashford" in text and "without any notice" in text
