"""A page exported from Notion as HTML (notionpage.py; docs/editions.md, "A page exported from
Notion as HTML").

The shape (collection TT's tc, raw/tc.html, written blind): Notion's *Export › HTML* of one
page, a long inline stylesheet in its head, then `<article class="page sans">`: a `<header>`
with `<h1 class="page-title">` and a properties table (`<table class="properties">`, a row a
database property, its class naming the type: Authors, a person property whose two people are
each a `<span class="user">`, the second beside an icon holding his initial, so that a text
extraction reads "Isobel MarrHHugh Danvers"; Publication date, `<time>@March 14, 2026</time>`;
Status; Tags; Created, `@March 2, 2026 4:17 PM`, no essay date); then `<div class="page-body">`,
a block id on every element: the summary in a gray callout (`<figure class="… callout">`, an
emoji icon, a bold "In brief." label), a toggle (`<ul class="toggle"><li><details>`) holding the
authors' working note (no essay text), headings, paragraphs with calls typed as ` [1]`, an empty
paragraph, a rule, the bio in emphasis, a Notes heading, each note its own `<ol class=
"numbered-list" start="N">`; apostrophes as `&#x27;`.

First contact (main, 8dac0d1): 9 of 10 paragraphs, 0 of 2 notes, author and date unknown, 19
blocks for 16: the callout left out as a figure, the properties table a list's block, the
toggle's working note read as the first paragraph (and the summary), the notes two lists' items
`1.` each, their calls notes without text. Now: 10 of 10, 2 of 2, the front read, 16 of 16.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from synoptic.errors import SynopticError
from synoptic.htmlpage import HtmlPage, with_left_out
from synoptic.ingest import ingest_text
from synoptic.notionpage import (
    CALLOUT_LABEL,
    FRONT_PROPERTY,
    OTHER_PROPERTY,
    TOGGLE,
    notion_page,
)
from test_ingest_collection_b import edition_parts

DATA = ROOT / "tests" / "data" / "collection_tt"

TC_NOT_THE_ESSAY = (
    "cspell",  # the stylesheet
    "MarrHHugh",  # the people's icons' initials between their names
    "Ready for layout",  # the other properties
    "Policy brief",
    "@March",
    "In brief",  # the callout's label
    "💡",
    "Before sending to the Board",  # the toggle's working note
    "Delete this toggle",
    "&#x27;",
    "1\\.",  # a note read as a numbered list's item
    "(note text not in the source)",
)


def _straight(text: str) -> str:
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def test_collection_tt_tc_reads_whole() -> None:
    raw = DATA / "raw" / "tc.html"
    made = ingest_text(raw.read_text("utf-8"), "tc", "tests/data/collection_tt/raw/tc.html")
    meta, blocks = edition_parts(made.edition)
    wmeta, want = edition_parts((DATA / "essays" / "tc.md").read_text("utf-8"))
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Prices, Yes, But Which Prices?",
        "Isobel Marr and Hugh Danvers",
        "2026-03-14",  # the Publication date, not the Created time (2 March)
    )
    assert _straight(meta["summary"]) == _straight(wmeta["summary"])
    # every block, in order: the callout's text the first paragraph, the notes as notes
    assert [_straight(block) for block in blocks] == [_straight(block) for block in want]
    assert not any(cut in block for block in blocks for cut in TC_NOT_THE_ESSAY)
    listed = {(removed.text, removed.rule) for removed in made.report.removed}
    assert ("In brief.", CALLOUT_LABEL) in listed
    assert ("Authors · Isobel Marr, Hugh Danvers", FRONT_PROPERTY) in listed
    assert ("Status · Ready for layout", OTHER_PROPERTY) in listed
    assert any(rule == TOGGLE and "Delete this toggle" in text for text, rule in listed)


def page(body: str, properties: str = "", article: str = "page sans") -> str:
    """A small page shaped as Notion exports one (none of TT's text)."""
    table = f'<table class="properties"><tbody>{properties}</tbody></table>' if properties else ""
    return (
        '<html><head><meta charset="utf-8"/><title>Ferry Fares</title><style>body{}</style></head>'
        f'<body><article id="a1" class="{article}"><header><h1 class="page-title">Ferry Fares</h1>'
        f'<p class="page-description"></p>{table}</header><div class="page-body">{body}</div>'
        "</article></body></html>"
    )


def row(kind: str, name: str, value: str) -> str:
    return (
        f'<tr class="property-row property-row-{kind}"><th><span class="icon property-icon">'
        f"<svg><path d='M1'></path></svg></span>{name}</th><td>{value}</td></tr>"
    )


PEOPLE = (
    '<span class="user"><img src="a.png" class="icon user-icon"/>Ada Quist</span>'
    '<span class="user"><span class="icon user-icon user-icon-inner">B</span>Bo Renn</span>'
)
PARAGRAPHS = (
    '<p id="p1" class="">The ferry&#x27;s fares rose twice this year, and islanders noticed.</p>'
    '<p id="p2" class="">A cap on fares would keep the crossing open to everyone who needs it.</p>'
)


def _read(raw: str) -> tuple[dict, list[str]]:
    return edition_parts(ingest_text(raw, "fx", "raw/fx.html").edition)


def test_a_person_propertys_people_are_the_author_each_apart() -> None:
    meta, blocks = _read(page(PARAGRAPHS, row("person", "Authors", PEOPLE)))
    assert meta["author"] == "Ada Quist and Bo Renn"  # (not "Ada QuistBBo Renn")
    assert not any("Quist" in block for block in blocks)


def test_a_date_property_is_the_date_and_the_created_time_is_not() -> None:
    properties = row("created_time", "Created", "<time>@May 2, 2025 9:05 AM</time>") + row(
        "date", "Published", "<time>@May 20, 2025</time>"
    )
    meta, blocks = _read(page(PARAGRAPHS, properties))
    assert meta["date"] == "2025-05-20"
    assert not any("@May" in block or "Created" in block for block in blocks)


def test_of_two_date_properties_the_one_named_for_publication_is_the_date() -> None:
    properties = row("date", "Deadline", "<time>@June 1, 2025</time>") + row(
        "date", "Publication date", "<time>@May 20, 2025 → May 22, 2025</time>"
    )
    meta, _ = _read(page(PARAGRAPHS, properties))
    assert meta["date"] == "2025-05-20"


def test_of_two_unnamed_date_properties_none_is_taken_and_the_report_warns() -> None:
    properties = row("date", "Deadline", "<time>@June 1, 2025</time>") + row(
        "date", "Review", "<time>@May 20, 2025</time>"
    )
    found = notion_page(page(PARAGRAPHS, properties), "raw/fx.html")
    assert found is not None
    assert "date:" not in found.page.text.split("---")[1]
    assert any("several date properties" in warning for warning in found.warnings)


def test_a_status_and_tags_are_left_out_and_listed() -> None:
    properties = row("select", "Status", "<span>Draft</span>") + row(
        "multi_select", "Tags", "<span>Transport</span><span>Islands</span>"
    )
    found = notion_page(page(PARAGRAPHS, properties), "raw/fx.html")
    assert found is not None
    assert "Draft" not in found.page.text and "Transport" not in found.page.text
    assert {text for _, text, why in found.page.left_out if why == OTHER_PROPERTY} == {
        "Status · Draft",
        "Tags · Transport Islands",
    }


CALLOUT = (
    '<figure id="c1" class="block-color-gray_background callout" style="display:flex">'
    '<div style="font-size:1.5em"><span class="icon">📌</span></div><div style="width:100%">'
    "<strong>{label}</strong>Fares should be capped at last year&#x27;s level.</div></figure>"
)


def test_a_callout_is_a_paragraph_its_icon_and_label_gone() -> None:
    _, blocks = _read(page(CALLOUT.format(label="Summary: ") + PARAGRAPHS))
    assert blocks[0] == "Fares should be capped at last year's level."


def test_a_callout_opening_with_bold_words_of_a_sentence_keeps_them() -> None:
    # (bold words that make no label, a sentence's start with no stop or colon, are its own)
    _, blocks = _read(page(CALLOUT.format(label="Not once ") + PARAGRAPHS))
    assert blocks[0] == "Not once Fares should be capped at last year's level."


TOGGLE_NOTE = (
    '<ul id="t1" class="toggle"><li><details open=""><summary>For Bo</summary>'
    '<p id="t2" class="">Check the fare table with the operator.</p></details></li></ul>'
)


def test_a_toggle_is_left_out_and_listed() -> None:
    found = notion_page(page(TOGGLE_NOTE + PARAGRAPHS), "raw/fx.html")
    assert found is not None
    assert "operator" not in found.page.text
    assert [text for _, text, why in found.page.left_out if why == TOGGLE] == [
        "For Bo Check the fare table with the operator."
    ]


def test_a_toggle_left_out_is_warned_of_with_its_line_and_summary() -> None:
    # (review 39, finding 15: a toggle holding a section of the essay went, listed only)
    folded = TOGGLE_NOTE.replace("For Bo", "Part two").replace(
        "Check the fare table with the operator.",
        "The essay goes on inside the toggle, with words of its own argument.",
    )
    made = ingest_text(page(PARAGRAPHS + folded), "fx", "raw/fx.html")
    assert "The essay goes on" not in made.edition.split("---")[-1]
    warnings = [warning for warning in made.report.warnings if "toggle" in warning]
    assert len(warnings) == 1
    assert "(line 1: 'Part two', 13 words folded under it)" in warnings[0]
    assert "turn it into text in Notion" in warnings[0]


INNER_TOGGLE = TOGGLE_NOTE.replace("For Bo", "Inner").replace("t1", "t3").replace("t2", "t4")


def test_a_toggle_inside_a_toggle_is_listed_once_with_it() -> None:
    # (review 39, finding 12: the inner toggle, gone with the outer, was listed again, empty,
    # at line 0)
    nested = TOGGLE_NOTE.replace("</details>", INNER_TOGGLE + "</details>")
    found = notion_page(page(PARAGRAPHS + nested), "raw/fx.html")
    assert found is not None
    assert [text for _, text, why in found.page.left_out if why == TOGGLE] == [
        "For Bo Check the fare table with the operator. Inner Check the fare table with the "
        "operator."
    ]


def test_a_toggle_inside_a_toggle_read_as_the_essays_is_judged_alone() -> None:
    outer = TOGGLE_NOTE.replace('<p id="t2"', '<h3 id="h">The timetable</h3><p id="t2"')
    found = notion_page(
        page(PARAGRAPHS + outer.replace("</details>", INNER_TOGGLE + "</details>")), ""
    )
    assert found is not None
    assert "The timetable" in found.page.text and "Inner" not in found.page.text
    assert [text for _, text, why in found.page.left_out if why == TOGGLE] == [
        "Inner Check the fare table with the operator."
    ]


def test_a_toggle_holding_a_heading_is_the_essays_and_read() -> None:
    folded = TOGGLE_NOTE.replace('<p id="t2"', '<h3 id="h">The timetable</h3><p id="t2"')
    found = notion_page(page(PARAGRAPHS + folded), "raw/fx.html")
    assert found is not None
    assert "Check the fare table with the operator." in found.page.text


NOTES = (
    '<h3 id="n0" class="">Notes</h3>'
    '<ol type="1" id="n1" class="numbered-list" start="1"><li>Island council minutes, 2024.</li>'
    '</ol><ol type="1" id="n2" class="numbered-list" start="2"><li>Operator accounts, 2025.</li>'
    "</ol>"
)
CALLED = PARAGRAPHS.replace("noticed.", "noticed. [1]").replace("needs it.", "needs it. [2]")


def test_numbered_lists_one_an_item_under_a_notes_heading_are_the_notes() -> None:
    _, blocks = _read(page(CALLED + NOTES))
    assert blocks[-2:] == ["[^1]: Island council minutes, 2024.", "[^2]: Operator accounts, 2025."]
    assert "noticed.[^1]" in blocks[0]


def test_numbered_lists_the_text_calls_are_notes_with_no_heading() -> None:
    _, blocks = _read(page(CALLED + NOTES.split("</h3>")[1]))
    assert blocks[-1] == "[^2]: Operator accounts, 2025."


def test_numbered_lists_neither_called_nor_under_notes_are_one_list() -> None:
    steps = NOTES.split("</h3>")[1]
    _, blocks = _read(page(PARAGRAPHS + steps))
    assert blocks[-1] == "1. Island council minutes, 2024.\n2. Operator accounts, 2025."


DATABASE = (
    '<table class="collection-content"><thead><tr><th>Name</th><th>Status</th></tr></thead>'
    '<tbody><tr id="r1"><td class="cell-title"><a href="Fares%201.html">Fares on the short '
    'crossing</a></td><td>Draft</td></tr><tr id="r2"><td class="cell-title"><a href="Fares%202'
    '.html">The winter timetable</a></td><td>Done</td></tr></tbody></table>'
)


def test_a_database_exported_is_refused_naming_its_pages_and_what_to_do() -> None:
    # (review 39, finding 8: a database's export, its table of pages, was read as an essay of
    # one paragraph, the database's name its title)
    with pytest.raises(SynopticError, match="a Notion database, not a page") as refused:
        ingest_text(page(DATABASE), "fx", "raw/fx.html")
    message = str(refused.value)
    assert "'Fares on the short crossing'; 'The winter timetable'" in message
    assert "export the essay's page itself" in message


def test_a_page_holding_a_database_beside_its_text_is_read() -> None:
    _, blocks = _read(page(PARAGRAPHS + DATABASE))
    assert blocks[0].startswith("The ferry's fares rose twice this year")
    assert blocks[-1].endswith("- The winter timetable · Done")  # (a row a line, as any page's)


def test_a_readers_blocks_left_out_join_the_pages_in_the_order_of_their_lines() -> None:
    # (the helper Notion's, Evernote's and WordPress's readers share, review 39's code notes:
    # `replace(page, left_out=tuple(sorted(…)))` was written in each)
    page_read = HtmlPage("text", 1, 0, ((5, "menu", "OUTSIDE"),))
    joined = with_left_out(page_read, [(9, "tags", "OTHER")], ((1, "status", "OTHER"),))
    assert joined.left_out == ((1, "status", "OTHER"), (5, "menu", "OUTSIDE"), (9, "tags", "OTHER"))
    assert (joined.text, joined.blocks) == ("text", 1)


@pytest.mark.parametrize(
    "raw",
    [
        # (a page with Notion's title class in another article's: no export of Notion's)
        page(PARAGRAPHS, article="post"),
        # (a page with no article at all)
        '<html><body><h1 class="page-title">A</h1><div class="page-body"><p>B.</p></div>'
        "</body></html>",
        "no page at all",
    ],
)
def test_near_misses_are_no_notion_page(raw: str) -> None:
    assert notion_page(raw, "raw/fx.html") is None


def test_a_blog_page_with_a_callout_class_reads_as_before() -> None:
    # (a page of another program's: its figure stays a figure, left out as before)
    raw = (
        "<html><head><title>T</title></head><body><article><h1>T</h1>"
        '<figure class="callout"><img src="x.png"/><figcaption>A caption.</figcaption></figure>'
        f"{PARAGRAPHS}</article></body></html>"
    )
    _, blocks = _read(raw)
    assert not any("caption" in block for block in blocks)


@pytest.mark.parametrize(
    "broken",
    [
        page("<ol class='numbered-list' start='x'><li>a</li></ol>" + PARAGRAPHS),
        page(PARAGRAPHS, row("person", "Authors", "<span class='user'></span>")),
        page(PARAGRAPHS, row("date", "Date", "<time>@someday</time>")),
        page('<figure class="callout"></figure>' + PARAGRAPHS),
        page('<ul class="toggle"></ul>' + PARAGRAPHS),
        page(PARAGRAPHS, '<tr class="property-row"><td>x</td></tr>'),
    ],
)
def test_broken_notion_markup_reads_without_a_traceback(broken: str) -> None:
    meta, blocks = _read(broken)
    assert meta["title"] == "Ferry Fares" and blocks


def test_numbered_lists_amid_the_text_are_its_steps_whatever_it_calls() -> None:
    # (review 39, finding 14, probe n6: steps read as notes, `See [1] and [2]` their calls,
    # because the numbers stand in brackets elsewhere in the text)
    steps = NOTES.split("</h3>")[1]
    after = '<p id="p9" class="">The crossing takes forty minutes either way.</p>'
    made = ingest_text(page(CALLED + steps + after), "fx", "raw/fx.html")
    _, blocks = edition_parts(made.edition)
    assert blocks[-2:] == [
        "1. Island council minutes, 2024.\n2. Operator accounts, 2025.",
        "The crossing takes forty minutes either way.",
    ]
    assert "islanders noticed. \\[1]" in blocks[0]
    assert made.report.notes == 0
    assert any("'[1]' (line" in warning for warning in made.report.warnings)
