"""The loader on small editions: the model it builds and the problems it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.errors import SynopticError
from synoptic.load import load_collection, load_essay
from synoptic.names import paragraph_number

FIXTURES = Path(__file__).parent / "data" / "sources" / "essays"

FRONT = """---
id: gamma
title: Gamma
author: unknown
date: unknown
publisher: unknown
url: unknown
raw: sources/raw/gamma.txt
summary: unknown
---
"""


def edition(tmp_path: Path, body: str, front: str = FRONT, name: str = "gamma.md") -> Path:
    path = tmp_path / name
    path.write_text(front + body, encoding="utf-8")
    return path


def messages(problems: list[SynopticError]) -> list[str]:
    return [str(p) for p in problems]


def test_fixture_collection_model():
    collection, problems = load_collection(FIXTURES)
    assert problems == []
    assert [e.id for e in collection.essays] == ["alpha", "beta"]
    alpha = collection.essay("alpha")
    assert alpha.title == "Alpha: a “test” essay"
    assert [s.title for s in alpha.sections] == [None, "First part", "Second part"]
    assert [p.id for p in alpha.paragraphs] == ["alpha-p1", "alpha-p2", "alpha-p3", "alpha-p4"]
    assert [p.kind for p in alpha.paragraphs] == ["quote", "paragraph", "list", "paragraph"]
    assert alpha.paragraphs[0].classes == ("epigraph",)
    assert alpha.paragraphs[1].line == 20


def test_footnotes_are_scoped_by_essay_and_repeated_refs_get_distinct_ids():
    alpha = load_collection(FIXTURES)[0].essay("alpha")
    p2 = alpha.paragraphs[1]
    assert p2.footnotes == ("1", "1")
    assert 'id="fnref:alpha-1"' in p2.html and 'id="fnref2:alpha-1"' in p2.html
    assert 'href="#fn:alpha-1"' in p2.html
    assert alpha.footnotes["1"].text == "Smith J. 2015. A book. Publisher."
    assert alpha.footnotes["2"].missing and alpha.footnotes["2"].html == ""


def test_plain_text_leaves_markers_out_and_html_is_escaped():
    alpha = load_collection(FIXTURES)[0].essay("alpha")
    assert alpha.paragraphs[1].text == (
        "Alpha says the partnership is genuine and strategic. It repeats the claim."
    )
    assert "&lt;b&gt;tag&lt;/b&gt;" in alpha.paragraphs[3].html
    assert "<b>" not in alpha.paragraphs[3].html


def test_word_count_counts_paragraph_words():
    beta = load_collection(FIXTURES)[0].essay("beta")
    assert beta.word_count == 9 + 7


def test_paragraph_without_id_is_reported_with_its_line_and_kept(tmp_path):
    essay, problems = load_essay(edition(tmp_path, "\n{#gamma-p1}\nOne.\n\nTwo has no id.\n"))
    assert messages(problems) == [
        f"{tmp_path}/gamma.md:15: paragraph has no id; run scripts/assign_ids.py "
        f"{tmp_path}/gamma.md to give it one"
    ]
    assert [p.text for p in essay.paragraphs] == ["One.", "Two has no id."]


def test_undefined_footnote_reference_is_reported(tmp_path):
    _, problems = load_essay(edition(tmp_path, "\n{#gamma-p1}\nText.[^4]\n"))
    assert len(problems) == 1
    assert str(problems[0]).startswith(
        f"{tmp_path}/gamma.md:13: footnote reference [^4] has no definition"
    )


def test_unreferenced_definition_is_reported_not_dropped(tmp_path):
    _, problems = load_essay(edition(tmp_path, "\n{#gamma-p1}\nText.\n\n[^7]: Lonely.\n"))
    assert messages(problems) == [
        f"{tmp_path}/gamma.md:15: footnote [^7] is defined but never "
        "referenced; add its marker to the text or delete the "
        "definition"
    ]


def test_dangling_id_line_is_reported(tmp_path):
    _, problems = load_essay(edition(tmp_path, "\n{#gamma-p1}\nText.\n\n{#gamma-p2}\n"))
    assert [p.line for p in problems] == [15]
    assert "not followed by a paragraph" in str(problems[0])


def test_unknown_front_matter_key_names_its_line(tmp_path):
    front = FRONT.replace("summary: unknown\n", "summary: unknown\nauthour: X\n")
    _, problems = load_essay(edition(tmp_path, "\n{#gamma-p1}\nText.\n", front=front))
    assert messages(problems) == [
        f"{tmp_path}/gamma.md:10: unknown front-matter key 'authour'; "
        "allowed: id, title, author, date, publisher, url, raw, "
        "summary"
    ]


@pytest.mark.parametrize(
    "front, line, message",
    [
        (FRONT.replace("title: Gamma", "title: [unclosed"), 4, "malformed front matter"),
        (FRONT.replace("summary: unknown\n", ""), 2, "front matter lacks summary"),
        (FRONT.replace("id: gamma", "id: Gamma Essay"), 2, "must be lower-case letters"),
        ("# no front matter\n", 1, "must start with YAML front matter"),
    ],
)
def test_fatal_front_matter_errors(tmp_path, front, line, message):
    with pytest.raises(SynopticError) as raised:
        load_essay(edition(tmp_path, "\n{#gamma-p1}\nText.\n", front=front))
    assert raised.value.line == line
    assert message in raised.value.message


def test_paragraph_id_of_another_essay(tmp_path):
    """An id with another essay's prefix is refused where it is written (it would collide on
    theme pages), and the duplicate it makes is reported too."""
    edition(tmp_path, "\n{#gamma-p1}\nText.\n")
    edition(
        tmp_path,
        "\n{#gamma-p1}\nAgain.\n",
        front=FRONT.replace("id: gamma", "id: delta"),
        name="delta.md",
    )
    _, problems = load_collection(tmp_path)
    assert messages(problems) == [
        f"{tmp_path}/delta.md:12: paragraph id 'gamma-p1' is not of the form delta-pN (N a "
        "number); ids name their essay. Give it the next free number, or delete the id line "
        "and run scripts/assign_ids.py",
        f"{tmp_path}/gamma.md:13: duplicate paragraph id 'gamma-p1' (first used in essay "
        "'delta', line 13); give this paragraph a new id",
    ]


def test_duplicate_essay_id_is_fatal(tmp_path):
    edition(tmp_path, "\n{#gamma-p1}\nText.\n")
    edition(tmp_path, "\n{#other-p1}\nText.\n", name="zeta.md")
    with pytest.raises(SynopticError, match="duplicate essay id 'gamma'"):
        load_collection(tmp_path)


def test_a_paragraph_s_number_is_its_place_in_reading_order(tmp_path):
    # A new user split p2 and gave the new part the next number never used, p11: readers saw
    # "¶11" between ¶2 and ¶3. The id stays (links, themes and annotations name it); the number
    # a reader sees is the paragraph's place.
    body = "".join(
        f"\n{{#gamma-p{n}}}\n{text}\n"
        for n, text in ((1, "One."), (2, "Two."), (11, "Split."), (3, "Three."))
    )
    essay, problems = load_essay(edition(tmp_path, body))
    assert not problems
    assert [(p.id, paragraph_number(p)) for p in essay.paragraphs] == [
        ("gamma-p1", "1"),
        ("gamma-p2", "2"),
        ("gamma-p11", "3"),
        ("gamma-p3", "4"),
    ]
