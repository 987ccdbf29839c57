"""Review 29's findings on the newest rules (probes in /work/scratch/review29/probes), each
with a small fixture of its own: a rule that once lost an essay's text, pasted a note into a
sentence or invented a heading, and a near miss where the rule must not fire."""

from __future__ import annotations

from synoptic.furniture import CAPTION
from synoptic.ingest import ingest_text
from test_ingest_collection_b import edition_parts


def edition(raw: str):
    made = ingest_text(raw, "x", "raw.txt")
    meta, blocks = edition_parts(made.markdown)
    return made, meta, blocks


# --- 03: `Responses (3)`, Medium's comment count or an essay's own heading -----------------------

ESSAY_OPENING = (
    "Why the Library Should Stay Open Late\n\nBy Ann Lee\n\n4 May 2026\n\n"
    "The county asked the town's schools what a late library would mean to them, and every "
    "school answered before the end of the month.\n\n"
)
REPLIES = (
    "Responses (2)\n\nWendle Primary School\n\n"
    "The school would send its homework club to the library twice a week if it stayed open.\n\n"
    "Dunmere Academy\n\n"
    "The academy supports the proposal and would lend two staff to the evening sessions.\n\n"
)
CONCLUSION = "The case for late opening is therefore stronger than the county's paper allows.\n"


def test_an_essays_own_responses_heading_over_named_replies_keeps_its_text() -> None:
    made, _, blocks = edition(ESSAY_OPENING + REPLIES + CONCLUSION)
    assert CONCLUSION.strip() in blocks
    assert any("homework club" in block for block in blocks)
    assert "readers' comments" not in made.edition


def test_medium_s_responses_under_its_form_still_go() -> None:
    medium = (
        "Responses (2)\n\nWrite a response\n\nWhat are your thoughts?\n\n"
        "Jen Penrose\nMar 14, 2026\n\nSpot on. The late opening would help us all.\n\n5\n\nReply\n"
    )
    made, _, blocks = edition(ESSAY_OPENING + CONCLUSION + "\n" + medium)
    assert blocks[-1] == CONCLUSION.strip()
    assert "readers' comments" in made.edition
    # a responder's name over a date, with no form, is Medium's too
    bare = "Responses (1)\n\nJen Penrose\nMar 14, 2026\n\nSpot on. The late opening would help.\n"
    made, _, blocks = edition(ESSAY_OPENING + CONCLUSION + "\n" + bare)
    assert blocks[-1] == CONCLUSION.strip()


# --- 01, 02: a memo typeset for a terminal by groff -ms (terminalpages.py, footnotes.py) ----------

PAGE = 30  # lines a page (nroff's default is 66)
FOOT = PAGE - 3  # the line of a page's foot (ms centres `.DA`'s date there)
OPENING = [
    "",
    "",
    "          The Case for a Winter Timetable",
    "",
    "                    Ann Lee",
    "",
    "     The ferry has crossed the estuary every hour",
    "since 1962, and the county now proposes to stop it",
    "at seven in the evening.1 We think that would cut the",
    "town in two, as the trial of last winter showed.",
    "",
    "     Two hundred people use the late crossings on a",
    "weekday, most of them going to or from work at the",
    "hospital.2 For them the bridge is a forty-minute",
    "drive round the head of the",
    "───────────",
    "  1 County Transport Plan, March 2026.",
]
LONG_NOTE = [
    "  2 Ferry census, March 2026, taken by the users'",
    "group over four weeks of the winter timetable and",
    "checked against the",
]
CARRIED = ["crew's own counts for the same weeks."]
SECOND_PAGE = [
    "",
    "",
    "                       -2-",
    "",
    "",
    "estuary, which takes longer in the dark.",
    "",
    "     The county's saving is £80,000 a year, less than",
    "the cost of one more bus, and the crews could be",
    "kept on for less, as the union has said.3 The town",
    "would keep its",
]
THIRD_NOTE = ["───────────", "  3 Union letter to the county, April 2026."]
LAST_PAGE = [
    "",
    "",
    "                       -3-",
    "",
    "",
    "evening boats at little cost.",
    "",
    "     Ann Lee chairs the Ferry Users' Group.",
]


def typeset(pages: list[list[str]], foot: str = "") -> str:
    """Pages of `PAGE` lines, each padded with blank lines, `foot` on each page's line `FOOT`."""
    lines: list[str] = []
    for page in pages:
        padded = page + [""] * (PAGE - len(page))
        if foot:
            padded[FOOT] = foot
        lines += padded
    return "\n".join(lines).rstrip("\n") + "\n"


RUNS_ON = "hospital.[^2] For them the bridge is a forty-minute drive round the head of the estuary"
THE_TOWN = "said.[^3] The town would keep its evening boats at little cost."


def test_a_footnote_groff_carries_to_the_next_pages_foot_is_one_note() -> None:
    second = SECOND_PAGE + ["───────────"] + CARRIED + THIRD_NOTE[1:]
    pages = [OPENING + LONG_NOTE, second, LAST_PAGE]
    made, _, blocks = edition(typeset(pages))
    assert blocks[-3:] == [
        "[^1]: County Transport Plan, March 2026.",
        "[^2]: Ferry census, March 2026, taken by the users' group over four weeks of the winter "
        "timetable and checked against the crew's own counts for the same weeks.",
        "[^3]: Union letter to the county, April 2026.",
    ]
    assert any(RUNS_ON in block for block in blocks)
    assert any(THE_TOWN in block for block in blocks)
    assert "footnote rules at pages' feet" not in made.edition


def test_lines_under_a_rule_that_go_on_with_no_note_are_left_and_warned() -> None:
    # the lines under the second page's rule open with a capital, no note numbered: no note's
    # rest; they stay where they stand, and the report says where
    carried = ["Crew's own counts for the same weeks."]
    pages = [OPENING + LONG_NOTE, SECOND_PAGE + ["───────────"] + carried, LAST_PAGE]
    made, _, blocks = edition(typeset(pages).replace("said.3", "said."))
    assert blocks[-1].endswith("and checked against the")
    assert carried[0] in blocks
    assert "footnote rules at pages' feet (line 42 (1 in all))" in made.edition
    # and where no note is read at all, every rule is named
    made, _, blocks = edition(typeset(pages).replace("said.3", "said.").replace("hospital.2", "x"))
    assert not any(block.startswith("[^") for block in blocks)
    assert "footnote rules at pages' feet (lines 16, 42 (2 in all))" in made.edition


def test_a_one_string_foot_alike_on_every_page_goes_and_dates_the_memo() -> None:
    note = ["  2 Ferry census, March 2026."]
    pages = [OPENING + note, SECOND_PAGE + THIRD_NOTE, LAST_PAGE]
    made, meta, blocks = edition(typeset(pages, foot="                   4 May 2026"))
    assert str(meta["date"]) == "2026-05-04"
    assert not any("4 May 2026" in block for block in blocks)
    assert blocks[-3:] == [
        "[^1]: County Transport Plan, March 2026.",
        "[^2]: Ferry census, March 2026.",
        "[^3]: Union letter to the county, April 2026.",
    ]
    assert any(RUNS_ON in block for block in blocks)
    assert "the same line at the same place on every page: '4 May 2026'" in made.edition


def test_a_line_alike_on_pages_but_not_at_one_place_on_each_stays() -> None:
    note = ["  2 Ferry census, March 2026."]
    pages = [OPENING + note, SECOND_PAGE + THIRD_NOTE, LAST_PAGE]
    text = typeset(pages, foot="                   4 May 2026").split("\n")
    text[PAGE + FOOT - 1], text[PAGE + FOOT] = text[PAGE + FOOT], ""  # a line higher on page 2
    made, _, _ = edition("\n".join(text))
    assert "the same line at the same place on every page" not in made.edition


# --- 04, 08: a deck's closing slide before an appendix; a figure's or a picture's slide ---------

TALK = (
    "The library has opened until eight on weekdays since 1998, and the county now proposes "
    "to close it at five."
)
SLIDES = (
    "<!-- Slide number: 1 -->\n# Keep the Library Open\nAnn Lee\v4 May 2026\n"
    f"\n<!-- Slide number: 2 -->\n# Where we are\nOpen until eight\n\n### Notes:\n{TALK}\n"
)
CLOSING = (
    "\n<!-- Slide number: 3 -->\n# Any questions?\n\n### Notes:\n"
    "Stop here and take questions. Pass round the petition.\n"
)
APPENDIX = (
    "\n<!-- Slide number: 4 -->\n# Appendix: hours compared\n| Town | Hours |\n| --- | --- |\n"
    "| Wendle | 8pm |\n"
)


def deck_edition(text: str):
    made = ingest_text(text, "x", "deck.md")
    return made, edition_parts(made.markdown)[1]


def test_a_closing_slide_before_an_appendix_closes_the_talk() -> None:
    made, blocks = deck_edition(SLIDES + CLOSING + APPENDIX)
    assert blocks == [TALK]
    assert "'Any questions?', closes the talk" in made.edition
    assert "slide 4 (line 18) has no speaker notes" in made.edition


def test_a_closing_title_with_the_talk_going_on_after_it_is_the_talks() -> None:
    # notes after it: the talk goes on, and the slide's notes are its words
    after = "The county's saving is small beside what the town would lose."
    more = f"\n<!-- Slide number: 4 -->\n# The cost\nA small saving\n\n### Notes:\n{after}\n"
    _, blocks = deck_edition(SLIDES + CLOSING + more)
    assert blocks == [TALK, "Stop here and take questions. Pass round the petition.", after]


FIGURE_SLIDES = (
    "\n<!-- Slide number: 3 -->\n# Cost of late opening\n£80k\n"
    "\n<!-- Slide number: 4 -->\n# The reading room at night\n![Photo](Picture3.jpg)\n"
    "\n<!-- Slide number: 5 -->\n# The saving\n\n### Notes:\n"
    "The county would save less than the cost of one more bus.\n"
)


def test_a_figures_or_a_pictures_slide_with_no_notes_is_no_section() -> None:
    made, blocks = deck_edition(SLIDES + FIGURE_SLIDES)
    assert not any(block.startswith("#") for block in blocks)
    assert "slide 3 (line 12) has no speaker notes" in made.edition
    assert "slide 4 (line 16) has no speaker notes" in made.edition


def test_a_section_slides_label_of_words_still_makes_a_heading() -> None:
    sections = FIGURE_SLIDES.replace("£80k", "Part 2").replace("![Photo](Picture3.jpg)", "Part 3")
    made, blocks = deck_edition(SLIDES + sections)
    assert "## Cost of late opening" in blocks and "## The reading room at night" in blocks
    assert "a section slide right after another ('Cost of late opening')" in made.edition


# --- 15: Medium's `Image by author` -----------------------------------------------------------


def test_a_credit_to_the_author_with_no_the_ends_a_caption() -> None:
    assert CAPTION.search("The reading room at closing time. Image by author.")
    assert CAPTION.search("The queue at the counter, a Tuesday. Photo by author")
    assert CAPTION.search("Image by author")
    assert CAPTION.search("Photo by the writer.")
    # the essay's sentence about an image, a credit that runs on, are no caption
    assert not CAPTION.search("She made the image by author's licence, not ours.")
    assert not CAPTION.search("The queue at the counter. Photo by author, who waited an hour.")
    assert not CAPTION.search("Image by author and reader alike is what the library offers.")


# --- 11: a line of strings set apart at the end of a terminal's text ---------------------------


def test_a_list_item_set_apart_at_the_texts_end_is_no_foot() -> None:
    annexes = LAST_PAGE + ["", "Annexes", "", "Annex A        Fares compared", ""]
    annexes += ["Annex B        Letters from the councils"]
    note = ["  2 Ferry census, March 2026."]
    made, _, blocks = edition(typeset([OPENING + note, SECOND_PAGE + THIRD_NOTE, annexes]))
    assert any("Letters from the councils" in block for block in blocks)
    assert "Annex B" not in made.edition.split("\nid: x")[0]


def test_a_foot_set_apart_on_the_same_line_of_each_page_still_goes() -> None:
    note = ["  2 Ferry census, March 2026."]
    pages = [OPENING + note, SECOND_PAGE + THIRD_NOTE, LAST_PAGE]
    text = typeset(pages, foot="FOOT")
    for part in ("Why", "Costs", "Close"):  # (a foot naming the page's section)
        text = text.replace("FOOT", f"Ferry Users' Group          {part}", 1)
    made, _, blocks = edition(text)
    assert not any(part in block for part in ("Why", "Costs", "Close") for block in blocks)
    assert "Ferry Users' Group          Close" in made.edition.split("\nid: x")[0]


# --- 14: a deck's `# Sources` list that the talk never marks ----------------------------------

SOURCES = (
    "\n<!-- Slide number: 3 -->\n# Sources\n1. County library survey, 2025\n"
    "2. Wendle Borough Council, budget papers, 2026\n"
)


def test_a_sources_slide_the_talk_never_marks_gives_no_notes() -> None:
    made, blocks = deck_edition(SLIDES + SOURCES)
    assert blocks == [TALK]
    assert "slide 3 (line 12) has no speaker notes" in made.edition
    assert "'1. County library survey, 2025' (line 14)" in made.edition


def test_a_sources_slide_the_talk_marks_gives_the_notes() -> None:
    marked = SLIDES.replace("at five.", "at five.[1] The budget papers agree.[2]")
    _, blocks = deck_edition(marked + SOURCES)
    assert blocks[-2:] == [
        "[^1]: County library survey, 2025",
        "[^2]: Wendle Borough Council, budget papers, 2026",
    ]
