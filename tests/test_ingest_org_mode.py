"""An Emacs Org-mode file (`.org`), read as the page Org's HTML exporter would make of it
(orgmode.py, Org's syntax in orgsyntax.py).

The shape (collection WW's wa, raw/wa.org, written blind: the writer's working file, filled by
Emacs 28.2 / Org 9.5.5 in batch, `M-q` on every paragraph at `fill-column` 70, the tags
aligned): `#+TITLE:` (a colon in it), `#+AUTHOR:`, `#+EMAIL:`, `#+DATE: 4 March 2024`,
`#+STARTUP:`, `#+OPTIONS:`, `#+FILETAGS:`, `#+LANGUAGE:`; two `# ` comment lines; the opening
summary before any heading; three `* ` headings, each with tags set out to column 77
(`:erosion:safety:`) and a `:PROPERTIES:` drawer (`:CUSTOM_ID:`, `:CREATED:` and its date);
a figure (two `#+CAPTION:` lines, `#+NAME:`, `#+ATTR_HTML:`, `[[file:img/scarp-2023-08.jpg]]`);
a `#+BEGIN_COMMENT` block holding a discarded draft of the next paragraph (the same first
sentence); `[fn:1]` and `[fn:2]` in the text (`half.[fn:1] I do not…` opening a line); a
`-----` rule over the bio (`/Carn Ardlar Skyline/`); a `* TODO … [1/4] :noexport:` subtree
(a `DEADLINE:`, a `:LOGBOOK:` drawer, a checklist holding a `#+BEGIN_QUOTE` of someone else's
words); `* Footnotes` with the definitions; `# Local Variables:` … `# End:`.

First contact (81d3dfc): every Org line kept as text: 4 of 10 paragraphs exact, 0 of 2 notes,
29 blocks for 16, front unknown (title, author, date), the keywords, drawers, tags, the
caption, the draft, the TODO subtree and the Local Variables published as paragraphs.
Now: 10 of 10 paragraphs exact, 2 of 2 notes exact, the front (title, author, date) right,
16 blocks of 16 in order (`## Notes` over the notes, as ox-html heads them); every line left
out listed with its line in the file, by what it is; no warning.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from synoptic.errors import SynopticError
from synoptic.ingest import ingest_file, ingest_text
from synoptic.load import load_essay
from synoptic.orgmode import (
    CODE,
    COMMENTS,
    FIGURE,
    FILE_VARIABLES,
    FOOTNOTE_SECTION,
    FRONT,
    HEADING_MARKS,
    INLINE_TASK,
    KEYWORDS,
    METADATA,
    SNIPPET,
    SUBTREE,
    UNCALLED,
)
from synoptic.orgsyntax import OPENINGS, objects, plain_words
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA

WA_NOT_THE_ESSAY = (
    "fen.garrow",  # #+EMAIL
    "showall",
    "toc:nil",
    "newsletter",  # #+FILETAGS
    "en-gb",
    "Draft 3",  # the comment lines
    "C-c C-e",
    "erosion",  # the tags
    "fairness",
    "veterans:",
    "CUSTOM_ID",  # the drawers
    "2024-02-18",
    "Photo: Ruth Calder",  # the caption
    "fig:scarp",
    "600px",
    "scarp-2023-08.jpg",
    "twelve runners",  # the draft in the comment block
    "ski sticks",
    "Before this goes to the committee",  # the TODO subtree
    "DEADLINE",
    "2024-03-08",
    "sandwiches",  # Hamish Lorne's words in its quote
    "190 to 420",
    "700 words",
    "Footnotes",
    "fill-column",
    "Local Variables",
    "[fn:",
    "#+",
    ":END:",
)


def test_collection_ww_wa_reads_whole() -> None:
    made = ingest_file(DATA / "collection_ww" / "raw" / "wa.org", "wa")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_ww" / "essays" / "wa.md").read_text("utf-8"))
    # the title with its colon; not the e-mail, nor the dates of the drawers and the deadline
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Leave the Sticks at the Stile: Why the Skyline Should Ban Poles",
        "Fenella Garrow",
        "2024-03-04",
    )
    assert meta["summary"] == want[0]["summary"]
    assert blocks == want[1]  # (the raw's words as the editor's, quotes and all)
    body = "\n".join(blocks)
    assert not [cut for cut in WA_NOT_THE_ESSAY if cut in body]
    assert body.count("That is not nostalgia.") == 1  # (the draft's first sentence, once)
    left = {(item.line, item.rule) for item in made.report.removed}
    assert {(1, FRONT), (3, KEYWORDS), (10, COMMENTS), (21, HEADING_MARKS)} <= left
    assert {(22, METADATA), (35, FIGURE), (39, FIGURE), (74, COMMENTS), (75, COMMENTS)} <= left
    assert {(120, SUBTREE), (130, SUBTREE), (138, FOOTNOTE_SECTION)} <= left
    assert {(147, FILE_VARIABLES), (149, FILE_VARIABLES)} <= left
    assert any("Emacs Org-mode file" in shape for shape in made.report.shapes)
    assert made.report.warnings == ()


def read(raw: str, path: str = "essay.org"):
    """The edition's front and blocks, and the report, of a text ingested as `path`."""
    made = ingest_text(raw, "og", path)
    return *edition_parts(made.edition), made.report


def left_out(report) -> set[tuple[str, str]]:
    """What the report lists as left out: (rule, text) each."""
    return {(item.rule, item.text) for item in report.removed}


FRONT_LINES = "#+TITLE: Dig the Drains\n#+AUTHOR: Ann Weller\n#+DATE: 3 February 2026\n\n"


# --- the front --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("authors", "named"),
    [
        ("#+AUTHOR: Ann Weller and Ben Okoro\n", "Ann Weller and Ben Okoro"),
        ("#+AUTHOR: Ann Weller, Ben Okoro\n", "Ann Weller and Ben Okoro"),
        ("#+AUTHOR: Ann Weller \\and Ben Okoro\n", "Ann Weller and Ben Okoro"),  # (LaTeX's)
        ("#+AUTHOR: Ann Weller\n#+AUTHOR: Ben Okoro\n", "Ann Weller and Ben Okoro"),
        ("#+AUTHOR: /Ann Weller/\n", "Ann Weller"),  # (its markup read as words)
    ],
)
def test_the_authors_are_joined_a_and_b(authors: str, named: str) -> None:
    meta, _, _ = read(f"#+TITLE: Dig the Drains\n{authors}\nEvery plot floods.\n")
    assert meta["author"] == named


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("3 February 2026", "2026-02-03"),
        ("<2026-02-03 Tue>", "2026-02-03"),  # (an Org timestamp, active)
        ("[2026-02-03 Tue 09:30]", "2026-02-03"),  # (inactive, with its time)
        ("2026-02-03", "2026-02-03"),
    ],
)
def test_the_date_is_the_day_date_states(date: str, day: str) -> None:
    meta, _, report = read(f"#+TITLE: Dig the Drains\n#+DATE: {date}\n\nEvery plot floods.\n")
    assert meta["date"] == day and report.warnings == ()


def test_a_date_that_reads_as_none_is_unknown_no_title_the_file_s_name_each_warned_of() -> None:
    meta, blocks, report = read("#+DATE: {{{time(%Y)}}}\n\nEvery plot floods.\n", "a/drains.org")
    assert (meta["title"], meta["date"]) == ("drains", "unknown")  # (as Org's exporter titles it)
    assert blocks == ["Every plot floods."]  # (no line of the text taken for a title)
    assert [w for w in report.warnings if "no #+TITLE: titled by its file's name, 'drains'" in w]
    assert [w for w in report.warnings if "#+DATE (line 1) reads as no date" in w]


def test_keywords_other_than_the_front_are_left_out_and_listed() -> None:
    raw = "#+TITLE: T\n#+EMAIL: a@b.example\n#+OPTIONS: toc:nil\n#+LANGUAGE: en\n\nText.\n"
    _, blocks, report = read(raw)
    assert blocks == ["Text."]
    assert {(FRONT, "#+TITLE: T"), (KEYWORDS, "#+EMAIL: a@b.example")} <= left_out(report)
    assert (KEYWORDS, "#+OPTIONS: toc:nil") in left_out(report)


def test_a_text_opening_with_an_org_keyword_is_read_as_org_whatever_its_name() -> None:
    meta, blocks, _ = read(FRONT_LINES + "Every plot floods.\n", "essay.txt")
    assert meta["title"] == "Dig the Drains" and blocks == ["Every plot floods."]
    mode_line = "# -*- mode: org -*-\nEvery plot floods.\n\n* The drains\nThey are old.\n"
    _, blocks, report = read(mode_line, "essay.txt")
    assert blocks == ["Every plot floods.", "## The drains", "They are old."]
    assert (FILE_VARIABLES, "# -*- mode: org -*-") in left_out(report)


def test_a_text_that_is_no_org_file_is_read_as_before() -> None:
    raw = "Dig the Drains\n\n* every plot floods\n* the drains are old\n\n#+ is no keyword.\n"
    _, blocks, report = read(raw, "notes.txt")  # (its first line no keyword: no Org file)
    assert blocks[0] == "- every plot floods\n- the drains are old"
    assert not [shape for shape in report.shapes if "Org" in shape]
    # (named `.org`, the same text is Org's: its `* ` lines are headings)
    _, blocks, _ = read(raw.replace("* e", "* E").replace("* t", "* T"), "notes.org")
    assert ["## Every plot floods", "## The drains are old"] == blocks[1:3]


# --- headings and subtrees --------------------------------------------------------------------


def test_a_heading_s_keyword_priority_cookie_and_tags_are_no_words_of_it() -> None:
    raw = (
        "#+TITLE: T\n#+TODO: TODO NEXT | DONE\n\nText.\n\n"
        "* NEXT [#A] The drains [1/3] [33%]        :work:plots:\nMore.\n"
        "** DONE Their cost\nMuch.\n*** Deeper\nStill.\n"
    )
    _, blocks, report = read(raw)
    assert blocks == [
        "Text.",
        "## The drains",
        "More.",
        "### Their cost",
        "Much.",
        "### Deeper",
        "Still.",
    ]
    left = left_out(report)
    assert {(HEADING_MARKS, "NEXT"), (HEADING_MARKS, "[#A]"), (HEADING_MARKS, "[1/3]")} <= left
    assert {(HEADING_MARKS, ":work:plots:"), (HEADING_MARKS, "DONE")} <= left


@pytest.mark.parametrize(
    "heading",
    [
        "* Notes to self :noexport:",
        "* COMMENT Notes to self",
        "* TODO [#B] COMMENT Notes to self",
        "* Notes to self :private:",  # (under `#+EXCLUDE_TAGS: private`)
    ],
)
def test_a_subtree_org_leaves_out_is_left_out_whole_and_listed(heading: str) -> None:
    raw = (
        "#+TITLE: T\n#+EXCLUDE_TAGS: noexport private\n\nText.\n\n"
        f"{heading}\nAsk Ben.\n** Under it\nCall the council.\n* The drains\nThey are old.\n"
    )
    _, blocks, report = read(raw)
    assert blocks == ["Text.", "## The drains", "They are old."]
    assert {(SUBTREE, "Ask Ben."), (SUBTREE, "Call the council.")} <= left_out(report)


def test_an_archived_subtree_keeps_its_heading_as_org_s_default_does() -> None:
    raw = "#+TITLE: T\n\nText.\n\n* Old plans :ARCHIVE:\nGone.\n** Older\nLong gone.\n"
    _, blocks, report = read(raw)
    assert blocks == ["Text.", "## Old plans"]
    assert {(SUBTREE, "Gone."), (SUBTREE, "Long gone.")} <= left_out(report)
    _, blocks, _ = read(raw.replace("#+TITLE: T", "#+TITLE: T\n#+OPTIONS: arch:nil"))
    assert blocks == ["Text."]


def test_tasks_are_exported_unless_options_say_tasks_nil() -> None:
    raw = "#+TITLE: T\n\nText.\n\n* TODO Fund the drains\nThey are old.\n"
    assert read(raw)[1] == ["Text.", "## Fund the drains", "They are old."]
    without = read(raw.replace("#+TITLE: T", "#+TITLE: T\n#+OPTIONS: tasks:nil"))
    assert without[1] == ["Text."]


def test_a_select_tag_exports_its_trees_alone_and_the_text_before_them() -> None:
    raw = (
        "#+TITLE: T\n\nText.\n\n* Draft A\nOld words.\n* Parts\nIntro.\n"
        "** The drains :export:\nThey are old.\n** Aside\nNot this.\n"
    )
    _, blocks, report = read(raw)
    assert blocks == ["Text.", "## Parts", "Intro.", "### The drains", "They are old."]
    assert {(SUBTREE, "Old words."), (SUBTREE, "Not this.")} <= left_out(report)


def test_planning_drawers_and_clocks_are_left_out_a_drawer_of_another_name_read() -> None:
    raw = (
        "#+TITLE: T\n\n* The drains\nSCHEDULED: <2026-02-01 Sun>\n:PROPERTIES:\n:ID: x1\n:END:\n"
        ":LOGBOOK:\nCLOCK: [2026-02-01 Sun 10:00]--[2026-02-01 Sun 11:00] =>  1:00\n:END:\n"
        "They are old.\n\n:ASIDE:\nThe council knows.\n:END:\n"
    )
    _, blocks, report = read(raw)
    assert blocks == ["## The drains", "They are old.", "The council knows."]
    assert {(METADATA, "SCHEDULED: <2026-02-01 Sun>"), (METADATA, ":ID: x1")} <= left_out(report)
    assert [w for w in report.warnings if "drawer :ASIDE: (line 13) read as text" in w]
    _, blocks, _ = read(raw.replace("#+TITLE: T", "#+TITLE: T\n#+OPTIONS: d:nil"))
    assert blocks == ["## The drains", "They are old."]


# --- the text's elements ----------------------------------------------------------------------


def test_filled_lines_are_one_paragraph_up_to_a_blank_line() -> None:
    raw = FRONT_LINES + "Every plot floods in a\nwet February. The drains\nare old.\n\nNext.\n"
    assert read(raw)[1] == ["Every plot floods in a wet February. The drains are old.", "Next."]


def test_comments_comment_blocks_and_file_variables_are_left_out() -> None:
    raw = (
        FRONT_LINES + "# a note to self\nText.\n#+BEGIN_COMMENT\nOld draft.\n#+END_COMMENT\n\n"
        "More.\n\n# Local Variables:\n# fill-column: 70\n# End:\n"
    )
    _, blocks, report = read(raw)
    assert blocks == ["Text.", "More."]
    left = left_out(report)
    assert {(COMMENTS, "# a note to self"), (COMMENTS, "Old draft.")} <= left
    assert (FILE_VARIABLES, "# fill-column: 70") in left


def test_an_image_and_its_caption_are_left_out_an_image_in_a_sentence_too() -> None:
    raw = (
        FRONT_LINES + "Text.\n\n#+CAPTION: The east plots\n#+ATTR_HTML: :width 600px\n"
        "[[file:plots.jpg]]\n\nSee [[./map.png]] the map and [[file:plan.pdf][the plan]].\n"
    )
    _, blocks, report = read(raw)
    assert blocks == ["Text.", "See the map and the plan."]
    left = left_out(report)
    assert {(FIGURE, "#+CAPTION: The east plots"), (FIGURE, "[[file:plots.jpg]]")} <= left
    assert (FIGURE, "[[./map.png]]") in left


def test_code_tables_and_results_are_left_out() -> None:
    raw = (
        FRONT_LINES + "Text.\n\n#+begin_src python\nprint(1)\n#+end_src\n\n#+RESULTS:\n: 1\n\n"
        "#+CAPTION: Costs\n| year | cost |\n|------+------|\n| 2025 | 12 |\n\n#+BEGIN_EXAMPLE\n"
        "x = 1\n#+END_EXAMPLE\n#+BEGIN_EXPORT html\n<b>raw</b>\n#+END_EXPORT\nMore.\n"
    )
    _, blocks, report = read(raw)
    assert blocks == ["Text.", "More."]
    left = left_out(report)
    assert {(CODE, "print(1)"), (CODE, ": 1"), (CODE, "| 2025 | 12 |"), (CODE, "x = 1")} <= left
    assert {(CODE, "#+CAPTION: Costs"), (CODE, "<b>raw</b>")} <= left


def test_a_quotation_a_verse_and_a_special_block_are_read() -> None:
    raw = (
        FRONT_LINES + "Text.\n\n#+BEGIN_QUOTE\nDig deep, and\ndig early.\n#+END_QUOTE\n\n"
        "#+BEGIN_VERSE\nThe rain came down\n  on every plot\n#+END_VERSE\n\n"
        "#+BEGIN_aside\nThe council knows.\n#+END_aside\n"
    )
    assert read(raw)[1] == [
        "Text.",
        "> Dig deep, and dig early.",
        "> The rain came down on every plot",  # (a verse's lines: no line of it a heading)
        "The council knows.",
    ]


def test_plain_lists_their_checkboxes_descriptions_and_nesting() -> None:
    raw = (
        FRONT_LINES + "Three things:\n\n- dig the drains\n- [X] fund them\n  from the levy\n"
        "  1. in March\n  2) in May\n- cost :: 12 pounds\n+ [ ] ask Ben\n\n\nAfter the list.\n"
    )
    assert read(raw)[1] == [
        "Three things:",
        "- dig the drains\n- ☑ fund them from the levy in March in May\n- cost: 12 pounds\n"
        "- ☐ ask Ben",
        "After the list.",
    ]


def test_emphasis_links_and_targets_read_as_their_words() -> None:
    raw = FRONT_LINES + (
        "A /very/ *old* _drain_ =pipe= ~code~ +gone+ and a [[https://x.example][map]],\n"
        "<https://y.example/a> and [[https://z.example]]; <<here>>a <<<radio>>> word.\n"
        "Kept as typed: a/b/c, 2*3*4, snake_case_name, x+y+z, *not bold *.\n"
    )
    assert read(raw)[1] == [
        "A very old drain pipe code gone and a map, https://y.example/a and "
        "https://z.example; a radio word. Kept as typed: a/b/c, 2\\*3\\*4, snake\\_case\\_name, "
        "x+y+z, \\*not bold \\*."
    ]


def test_a_line_break_export_snippets_and_macros() -> None:
    raw = FRONT_LINES + "One line\\\\\ntwo @@html:<b>@@lines@@html:</b>@@ {{{n}}}.\n"
    _, blocks, report = read(raw)
    assert blocks == ["One line two lines {{{n}}}."]
    assert (SNIPPET, "@@html:<b>@@") in left_out(report)
    assert [w for w in report.warnings if "macro '{{{n}}}' (line 6) kept as typed" in w]


# --- notes ------------------------------------------------------------------------------------


def test_notes_are_numbered_in_the_order_the_text_calls_them_wherever_defined() -> None:
    raw = FRONT_LINES + (
        "First[fn:cost] then[fn:1] then inline[fn::Said at the [[https://x.example][meeting]].]"
        ".\n\n[fn:1] The minutes.\n\nStill the note.\n\n\nMore text.\n\n"
        "* Footnotes\n\n"
        "[fn:cost] Twelve pounds,\nthe treasurer says.\n\nA second paragraph of it.\n\n\n"
        "A stray line.\n"
    )
    _, blocks, report = read(raw)
    assert blocks == [
        "First[^1] then[^2] then inline[^3].",
        "More text.",
        "## Notes",
        "[^1]: Twelve pounds, the treasurer says. A second paragraph of it.",
        "[^2]: The minutes. Still the note.",  # (one blank line ends no definition)
        "[^3]: Said at the meeting.",
    ]
    left = left_out(report)
    assert {(FOOTNOTE_SECTION, "* Footnotes"), (FOOTNOTE_SECTION, "A stray line.")} <= left
    assert report.warnings == ()


def test_a_call_with_no_definition_and_a_definition_nothing_calls_are_warned_of() -> None:
    raw = FRONT_LINES + "Text.[fn:2]\n\n[fn:1] Nobody calls me.\n"
    _, blocks, report = read(raw)
    assert blocks[0] == "Text.[^1]" and blocks[-1] == "[^1]: (note text not in the source)"
    assert (UNCALLED, "[fn:1] Nobody calls me.") in left_out(report)
    assert [w for w in report.warnings if "[fn:2] (line 5) has no definition" in w]
    assert [w for w in report.warnings if "[fn:1] (line 7) is called by nothing" in w]


def test_a_note_defined_twice_is_refused_at_its_line() -> None:
    with pytest.raises(SynopticError, match=r"\[fn:1\] is defined twice \(also at line 7\)") as e:
        read(FRONT_LINES + "Text.[fn:1]\n\n[fn:1] One.\n\n[fn:1] Two.\n")
    assert e.value.line == 9


# --- hostile values, refusals -----------------------------------------------------------------

HOSTILE = (
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "{: onclick=alert(1)}",
)


def test_hostile_values_everywhere_come_out_as_text(tmp_path: Path) -> None:
    bad = " ".join(HOSTILE)
    raw = (
        f"#+TITLE: Drains {bad}\n#+AUTHOR: Ann {bad}\n\nThe text {bad} and a "
        f"[[javascript:alert(1)][link]].[fn:1]\n\n* Heading {bad}\nMore.\n\n"
        f"[fn:1] A note {bad}.\n"
    )
    made = ingest_text(raw, "og", "essay.org")
    path = tmp_path / "og.md"
    path.write_text(made.edition, encoding="utf-8")
    essay, problems = load_essay(path)
    assert problems == []
    assert essay.title == f"Drains {bad}" and essay.author == f"Ann {bad}"
    assert essay.paragraphs[0].text.startswith(f"The text {bad} and a link.")
    assert essay.sections[-2].title == f"Heading {bad}"  # (the last: the notes')
    assert bad in essay.footnotes["1"].text
    shown = [essay.paragraphs[0].html, essay.footnotes["1"].html]
    for html in shown:
        assert not BeautifulSoup(html, "html.parser").select(
            "script, a[href^=javascript], [onclick]"
        )


@pytest.mark.parametrize(
    ("raw", "line", "said"),
    [
        ("Text.\n\n#+BEGIN_COMMENT\nsecret\n", 3, "#+BEGIN_COMMENT is never closed"),
        ("* H\n:PROPERTIES:\n:ID: x\n\nText.\n", 2, ":PROPERTIES: is never closed"),
        ("* H\n:LOGBOOK:\n- note\n", 2, ":LOGBOOK: is never closed"),
        ("Text.\n#+BEGIN: clocktable\n", 2, "#+BEGIN: is never closed"),
    ],
)
def test_a_block_or_drawer_never_closed_is_refused_at_its_line(
    raw: str, line: int, said: str
) -> None:
    with pytest.raises(SynopticError, match=re.escape(said)) as refused:
        read(raw)
    assert refused.value.line == line and "add the" in str(refused.value)


@pytest.mark.parametrize(
    "raw",
    [
        "#+TITLE: T\n# only a comment\n",
        "#+TITLE: T\n* Notes :noexport:\nAsk Ben.\n",
        "* Heading alone\n-----\n",
    ],
)
def test_a_file_with_no_text_org_would_export_is_refused(raw: str) -> None:
    with pytest.raises(SynopticError, match="no text Org's exporter would export"):
        read(raw)


def test_lists_nested_too_deep_are_refused_not_a_traceback() -> None:
    raw = "Text.\n\n" + "".join(" " * depth + "- item\n" for depth in range(200))
    with pytest.raises(SynopticError, match="nest more than"):
        read(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "[fn::never closed and [[a link\n",
        "* \n** TODO\n*** :tag:\nText [fn:] [[]] [[x][]] =\n",
        "- \n+ \n1. \n- [ ] ::\n  -\nText.\n",
        "#+BEGIN_QUOTE\n#+END_QUOTE\n#+CAPTION: x\n\nText /a\n\nb/ *c\n",
        "Text.\n:END:\n:DRAWER:\n#+RESULTS:\n\n[fn:x]\n",
    ],
)
def test_odd_org_files_end_in_text_or_a_refusal_never_a_traceback(raw: str) -> None:
    try:
        read(raw)
    except SynopticError:
        pass


def test_many_openings_never_closed_are_read_in_bounded_time() -> None:
    raw = "#+TITLE: T\n\n" + "word and words\n:DRAWER:\n" * 10_000
    started = time.monotonic()
    _, blocks, _ = read(raw)
    assert len(blocks) == 1 and time.monotonic() - started < 20


def test_pandoc_s_org_reads_as_the_edition() -> None:
    # Another program's Org (tests/data/ingest/pandoc/README.md): lower-case keywords, a
    # CUSTOM_ID drawer under each heading, headings one level down.
    made = ingest_file(DATA / "ingest" / "pandoc" / "wb.org", "wb")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts(
        (DATA / "collection_ww" / "essays" / "wb.md").read_text("utf-8")
    )
    assert {**meta, "raw": ""} == {**want_meta, "raw": ""}
    assert blocks == want


def test_the_shallowest_headings_exported_are_the_sections() -> None:
    org = "#+TITLE: T\n\n** First part\n\nSome words here.\n\n*** A detail\n\nMore words.\n"
    made = ingest_text(org, "t", "t.org")
    assert "\n## First part\n" in made.markdown and "\n### A detail\n" in made.markdown


# --- review 43: a keyword with no space, one pass over a line, inline tasks, special strings
# and entities, one list of what opens an element --------------------------------------------


@pytest.mark.parametrize("path", ["essay.org", "essay.txt"])
@pytest.mark.parametrize(
    "keyword",
    ["#+title:My Essay: A Test", "#+TITLE:\tMy Essay: A Test", "#+title:  My Essay: A Test "],
)
def test_a_keyword_with_no_space_after_its_colon_is_a_keyword(keyword: str, path: str) -> None:
    # (Org's parser: `#+KEY:` and the rest of the line, trimmed; the first line of a text named
    # otherwise says it is Org's)
    raw = f"{keyword}\n#+author:Ann Lee\n\nThe opening paragraph of the essay, with words.\n"
    meta, blocks, report = read(raw, path)
    assert (meta["title"], meta["author"]) == ("My Essay: A Test", "Ann Lee")
    assert blocks == ["The opening paragraph of the essay, with words."]
    assert {(FRONT, keyword.strip()), (FRONT, "#+author:Ann Lee")} <= left_out(report)


def test_a_keyword_s_key_runs_to_its_last_colon_before_a_space_as_org_reads_it() -> None:
    # `#+title:Why:Because` is the key TITLE:WHY to Org's parser, and Emacs's export of it has no
    # title: a setting, listed, and the title the file's name, warned of
    meta, blocks, report = read("#+title:Why:Because\n\nThe text of the essay.\n")
    assert meta["title"] == "essay" and blocks == ["The text of the essay."]
    assert (KEYWORDS, "#+title:Why:Because") in left_out(report)
    assert [w for w in report.warnings if "no #+TITLE" in w]


@pytest.mark.parametrize(
    "text",
    [" *a" * 20_000, " =a" * 20_000, " [fn::a" * 6_000, " [fn::a\n" * 6_000, " {{{a(" * 6_000],
    ids=["emphasis", "code", "inline notes", "inline notes, filled", "macros"],
)
def test_a_text_of_many_openings_never_closed_is_read_in_one_pass(text: str) -> None:
    # Each opening looked for its end to the paragraph's end: 60 KB of `*a` took 51 s.
    started = time.perf_counter()
    said = objects(text, 1)
    assert time.perf_counter() - started < 2
    assert plain_words(said) == text  # (every character is text)


def test_a_large_org_file_of_openings_never_closed_is_ingested_in_bounded_time() -> None:
    raw = FRONT_LINES + " *a" * 20_000 + "\n\n" + " [fn::a" * 6_000 + "\n\n" + " [fn::a\n" * 6_000
    started = time.perf_counter()
    _, blocks, _ = read(raw)
    elapsed = time.perf_counter() - started
    print(f"150 KB Org file of openings never closed: {elapsed:.1f} s")
    assert elapsed < 20 and len(blocks) == 3


def test_emphasis_nested_too_deep_is_refused_at_its_line_not_a_traceback() -> None:
    # (each mark closes where its body ends in the next one's closing mark: `a/*/*…`)
    raw = FRONT_LINES + "Text.\n\n" + "*a /a " * 300 + "a" + "/*" * 300 + " end.\n"
    with pytest.raises(SynopticError, match="emphasis or notes nest more than 40 deep") as e:
        read(raw)
    assert e.value.line == 7


def test_an_inline_task_is_left_out_to_its_end_line_not_read_as_headings() -> None:
    raw = FRONT_LINES + (
        "* Inline task\n"
        "Text before the task.\n"
        "*************** TODO Check the figures :data:\n"
        "Ask Ben about table 4.\n"
        "*************** END\n"
        "A paragraph after the inline task.\n\n"
        "**************** A task of one line\n"
        "The last paragraph.\n"
    )
    _, blocks, report = read(raw)
    assert blocks == [
        "## Inline task",
        "Text before the task.",
        "A paragraph after the inline task.",
        "The last paragraph.",
    ]
    assert {
        (INLINE_TASK, "*************** TODO Check the figures :data:"),
        (INLINE_TASK, "Ask Ben about table 4."),
        (INLINE_TASK, "*************** END"),
        (INLINE_TASK, "**************** A task of one line"),
    } <= left_out(report)


def test_special_strings_and_entities_read_as_org_s_exporter_writes_them() -> None:
    # Emacs 28.2's export of the same file (Org 9.5.5, ox-html) writes each as here.
    raw = FRONT_LINES + (
        "* Dashes -- and dots ---\n"
        "A -- b, a --- b, a---b, four ----x, x...y, \\-soft and at the end ---\n\n"
        "\\mdash{}x \\alpha \\eacute{}t \\to \\S, \\\\alpha; kept: \\alphabet, =a--b=,\n"
        "<https://y.example/c--d> [[https://x.example/a--b]] [[https://x.example][desc -- x]].\n"
    )
    assert read(raw)[1] == [
        "## Dashes – and dots ---",  # (at a heading's end no character follows the dash)
        "A – b, a — b, a—b, four -—x, x…y, soft and at the end —",
        "—x α ét → §, \\\\α; kept: \\\\alphabet, a--b, https://y.example/c--d "
        "https://x.example/a--b desc – x.",
    ]


OPENING_LINES = {
    "file variables": "# Local Variables:\n# fill-column: 70\n# End:",
    "comment": "# a comment",
    "block": "#+BEGIN_QUOTE\nQuoted words.\n#+END_QUOTE",
    "dynamic block": "#+BEGIN: clocktable\n#+END:",
    "keyword": "#+OPTIONS: toc:nil",
    "drawer": ":NOTES:\nA note.\n:END:",
    "clock": "CLOCK: [2024-03-04 Mon 10:00]--[2024-03-04 Mon 11:00] =>  1:00",
    "rule": "-----",
    "table": "| a | b |",
    "fixed width": ": output",
    "definition": "[fn:1] A note.",
    "latex environment": "\\begin{equation}\nx = 1\n\\end{equation}",
    "inline task": "*************** TODO Check",
    "item": "- an item",
}


@pytest.mark.parametrize("kind", OPENING_LINES)
def test_a_line_that_opens_an_element_ends_the_paragraph_above_it(kind: str) -> None:
    # One list says what opens an element, for the paragraph's end and the reader alike: a clock
    # line was read as the paragraph's words.
    assert set(OPENING_LINES) == {kind for kind, _ in OPENINGS}
    raw = FRONT_LINES + "The paragraph above it.\n" + OPENING_LINES[kind] + "\n"
    _, blocks, _ = read(raw)
    assert blocks[0] == "The paragraph above it."
