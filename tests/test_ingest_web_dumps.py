"""Web pages in the shapes a text-mode browser and a mailer give them: the rules of
browserdump.py (lynx -dump), of furniture.py for newsletters and pull quotes, and the soft
hyphen (layout.py), one at a time."""

from __future__ import annotations

import textwrap

import pytest

from synoptic.browserdump import browser_dump, is_form_control, page_address
from synoptic.furniture import (
    BROWSER_IMAGE,
    BROWSER_LINKS,
    BROWSER_NAVIGATION,
    PULL_QUOTE,
    WEB_BOTTOM,
    WEB_MAILER,
    WEB_TOP,
)
from synoptic.ingest import ingest_text
from synoptic.layout import Line, join_lines, normalise
from test_ingest_collection_b import edition_parts

PROSE = (
    "A sentence of the essay that runs on long enough to be a paragraph of its own, with "
    "a stop at its end. And a second sentence that says a little more about it, longer than "
    "any line a page sets."
)
WRAPPED = [
    "   A sentence of the essay that runs on long enough to be a paragraph of its",
    "   own, with a stop at its end. And a second sentence that says a little",
    "   more about it, and a third that goes on until the line is full again.",
]


def dump(body: list[str], references: int) -> str:
    """A lynx dump: the body, then its list of `references` addresses."""
    refs = [f"{n:>4}. https://example.org/{n}" for n in range(1, references + 1)]
    return "\n".join(body + ["", "References", "", *refs]) + "\n"


def removed(raw: str) -> list[tuple[str, str]]:
    return [(item.text, item.rule) for item in ingest_text(raw, "t", "t.txt").report.removed]


def dumped(raw: str) -> list[str]:
    return [line.text for line in browser_dump(normalise(raw)).lines]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("   By [1]Ann Lee", "   By Ann Lee"),  # a link mark before its text
        ("   [1]regatta and the folk festival fall", "   regatta and the folk festival fall"),
        ("   the borough.[1] Self-catering", "   the borough.[1] Self-catering"),  # a note
        ("   the council’s own [1]Visitor Review", "   the council’s own Visitor Review"),
        ("   the shoulders[1] of", "   the shoulders[1] of"),  # glued after a word: a note
        ("   (see [1]the review)", "   (see the review)"),
        ("   a list [1] of", "   a list [1] of"),  # neither glued before nor after: left
        ("   their critics say [1]. One", "   their critics say [1]. One"),  # a citation
        ("   the housing stock [1], and", "   the housing stock [1], and"),
        ("   the [1]“Visitor Review”", "   the “Visitor Review”"),  # before an opening quote
        ("   [1]2025 in figures", "   2025 in figures"),  # … or a digit
    ],
)
def test_link_marks_stand_before_a_link_s_text_note_markers_after_a_word(
    line: str, expected: str
) -> None:
    assert dumped(dump([line, *WRAPPED], 1))[0] == expected


@pytest.mark.parametrize(
    ("raw", "is_dump"),
    [
        pytest.param(dump(["   By [1]Ann Lee", *WRAPPED], 1), True, id="lynx"),
        pytest.param(
            dump(["   By [1]Ann Lee", *WRAPPED], 2)
            .replace("References\n\n", "References\n\n   Visible links:\n")
            .replace("   2.", "   Hidden links:\n   2."),
            True,
            id="lynx, visible and hidden links",
        ),
        pytest.param(dump(["   By Ann Lee", *WRAPPED], 1), False, id="no link mark in the text"),
        pytest.param(
            dump(["   By [1]Ann Lee", *WRAPPED], 2).replace("   2.", "   3."),
            False,
            id="addresses not counting up",
        ),
        pytest.param(
            dump(["   By [1]Ann Lee", *WRAPPED], 1) + "   A sentence after the list.\n",
            False,
            id="text after the list",
        ),
        pytest.param(
            "\n".join(["By [1]Ann Lee", *WRAPPED, "", "References", "", "1. Lo, B. 2015. A Book."]),
            False,
            id="a bibliography, not addresses",
        ),
        pytest.param(
            dump(["   By [1]Ann Lee", *WRAPPED], 1).replace("   1. https", "1. https"),
            False,
            id="addresses at the margin, not in lynx's column",
        ),
        pytest.param(
            dump(["   By [2]Ann Lee", *WRAPPED], 1), False, id="a mark beyond the addresses"
        ),
        pytest.param(
            "\n".join(
                ["A review puts it at one per cent [1], and a register [2] would measure it.", ""]
                + ["References", "", "   1. https://example.org/1", "   2. https://example.org/2"]
            ),
            False,
            id="citations set apart from their words",
        ),
    ],
)
def test_a_dump_is_known_by_its_list_of_addresses_at_the_end(raw: str, is_dump: bool) -> None:
    assert browser_dump(normalise(raw)).found == is_dump


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("   * [1]Home  * [2]News  * [3]Opinion", BROWSER_NAVIGATION),
        ("   * [1]Home\n   * [2]Contact", BROWSER_NAVIGATION),  # two links in one block
        ("   [1]Back to Opinion  [2]Share this article", BROWSER_NAVIGATION),
        # Collection M's ma: a menu's items one space apart, each after its mark.
        ("   [1]Home [2]News [3]What's On", BROWSER_NAVIGATION),
        ("   [1]Opinion > [2]Town centre", BROWSER_NAVIGATION),  # a breadcrumb
        # An image as lynx shows it, by its description: linked, or above its caption (below).
        ("   [1][Courier logo]", BROWSER_IMAGE),
        # One link alone is shaped like a heading: where it stands decides, as on any web page.
        ("   * [1]Contact", WEB_TOP),
        ("   [1]Visitor Economy Review estimates that overnight guests", WEB_TOP),
        ("   * [1]A link in a list item that is a whole sentence.", None),
    ],
)
def test_a_row_of_links_is_the_site_s_navigation(line: str, rule: str | None) -> None:
    raw = dump([line, "", "Title of It", "", "   By [3]Ann Lee", "", *WRAPPED], 3)
    report = ingest_text(raw, "t", "t.txt").report
    rows = line.count("\n") + 1  # the raw lines the row stands on
    assert {r.rule for r in report.removed if r.line <= rows} == ({rule} if rule else set())
    rules = [(r.text, r.rule) for r in report.removed]
    # lynx's list of addresses is removed, each line listed
    assert ("References", BROWSER_LINKS) in rules
    assert ("3. https://example.org/3", BROWSER_LINKS) in rules


def test_a_linked_title_or_heading_is_the_essay_s() -> None:
    """A blog links its title and headings to themselves: one link alone in its block is text,
    its mark taken out."""
    body = ["   [1]Home  [2]Opinion", "", "[3]Why the Old Town Matters", "", "   By [4]Ann Lee"]
    body += ["", *WRAPPED, "", "[5]What a Cap Would Do", "", *WRAPPED, "", *WRAPPED]
    made = ingest_text(dump(body, 5), "t", "t.txt")
    assert 'title: "Why the Old Town Matters"' in made.markdown
    assert "\n## What a Cap Would Do\n" in made.markdown
    navigation = [r.text for r in made.report.removed if r.rule == BROWSER_NAVIGATION]
    assert navigation == ["[1]Home  [2]Opinion"]


def test_a_dump_s_bullets_make_a_list_and_its_numbered_notes_are_notes() -> None:
    body = [
        "Title of It",
        "",
        "   By [1]Ann Lee",
        "",
        *WRAPPED[:2],
        "   more about it.[1]",
        "",
        "     * A first item of the list, long enough to wrap over to the next",
        "       line as lynx wraps it.",
        "     * A second item.",
        "",
        "Notes",
        "",
        "   1. The source of the note, wrapped over two lines as lynx wraps a",
        "      numbered list.",
    ]
    edition = ingest_text(dump(body, 1), "t", "t.txt").markdown
    assert (
        "- A first item of the list, long enough to wrap over to the next line as lynx" in edition
    )
    assert "\n- A second item.\n" in edition
    assert "more about it.[^1]" in edition
    assert (
        "[^1]: The source of the note, wrapped over two lines as lynx wraps a numbered list."
        in (edition)
    )
    assert 'author: "Ann Lee"' in edition


def test_numbered_lines_not_counting_from_one_are_no_notes() -> None:
    body = [
        "   By [1]Ann Lee",
        "",
        *WRAPPED[:2],
        "   more about it.[1]",
        "",
        "Notes",
        "",
        "   2. Not a note.",
        "   3. Nor this.",
    ]
    edition = ingest_text(dump(body, 1), "t", "t.txt").markdown
    assert "[^1]: (note text not in the source)" in edition
    assert "[^2]" not in edition and "Not a note." in edition


SITE_TOP = "Title of the Letter"


@pytest.mark.parametrize(
    ("line", "masthead", "publisher"),
    [
        (
            "THE QUAYSIDE LETTER — Aldermouth University Policy Forum — Issue 42",
            True,
            "THE QUAYSIDE LETTER",
        ),
        ("The Echo | Opinion | Tuesday 10 March 2026", True, "The Echo"),
        ("The Weekly Post · Vol. 3", True, "The Weekly Post"),
        ("Tuesday 10 March 2026 | The Echo", True, None),  # its first part is the date
        # a site's link, a section, a place or the author is no publication (a second review)
        ("Home | News | Opinion | 10 March 2026", True, None),
        ("Aldermouth — 10 March 2026", True, None),
        ("Ann Lee | 10 March 2026", True, None),
        ("Dr Ann Lee | 10 March 2026", True, None),  # the author, with a title
        ("Local News | Health | 10 March 2026", True, None),  # sections, not a name
        ("The Quayside Letter and the Aldermouth University Policy Forum Review", False, None),
        ("Aldermouth University — Department of Economics — Policy Forum", False, None),  # no date
    ],
)
def test_a_masthead_names_a_date_or_an_issue_and_its_publication_first(
    line: str, masthead: bool, publisher: str | None
) -> None:
    raw = "\n\n".join([line, SITE_TOP, "By Ann Lee", PROSE, PROSE]) + "\n"
    assert ((line, WEB_TOP) in removed(raw)) == masthead
    edition = ingest_text(raw, "t", "t.txt").markdown
    assert (f'publisher: "{publisher}"' if publisher else "publisher: unknown") in edition
    # the text states no date: the masthead's is taken
    assert ('date: "2026-03-10"' in edition) == ("March 2026" in line)


@pytest.mark.parametrize(
    ("line", "anywhere"),
    [
        ("View this email in your browser", True),
        ("View in browser", True),
        ("Unsubscribe | Update preferences", True),
        ("Manage your subscription", True),
        ("Forward to a friend", True),
        # A sentence may be the letter's own: the mailer's only above or below the letter.
        ("Having trouble viewing this email? Click here.", False),
        ("You are receiving this email because you signed up for our letter.", False),
        ("You received this newsletter because you are a member.", False),
        ("Unsubscribe from half of them, a friend told me, and see what you miss.", False),
    ],
)
def test_a_mailer_s_lines_are_removed_above_and_below_the_letter_and_no_sentence_inside_it(
    line: str, anywhere: bool
) -> None:
    for at, mailer in ((0, True), (3, anywhere), (5, True)):  # top, inside, foot
        texts = [SITE_TOP, "By Ann Lee", PROSE, PROSE, PROSE]
        texts.insert(at, line)
        assert ((line, WEB_MAILER) in removed("\n\n".join(texts) + "\n")) == mailer, at


@pytest.mark.parametrize(
    "prose",
    [
        "Open the council's map in a browser and count the key safes on one street.",
        "You are receiving this letter from a reader because the council would not print it.",
    ],
)
def test_the_essay_s_own_sentences_on_browsers_and_mail_stay(prose: str) -> None:
    assert removed("\n\n".join([SITE_TOP, "By Ann Lee", PROSE, prose, PROSE]) + "\n") == []


@pytest.mark.parametrize(
    ("line", "removed_at_the_foot"),
    [
        ("Aldermouth Policy Forum, 2 College Row, Aldermouth AM1 4QR, United Kingdom", True),
        ("The Courier, 100 Main Street, Springfield, IL 62701", True),
        ("The town has 4,000 homes and two of them are on Quay Street and Coombe Road", False),
        ("Write to me at The Old Mill, 4 Quay Street, Aldermouth AM1 4QR.", False),  # a sentence
    ],
)
def test_a_postal_address_at_the_foot_is_the_newsletter_s(
    line: str, removed_at_the_foot: bool
) -> None:
    raw = "\n\n".join([SITE_TOP, "By Ann Lee", PROSE, PROSE, line, "Forward to a friend"]) + "\n"
    assert ((line, WEB_BOTTOM) in removed(raw)) == removed_at_the_foot


QUOTED = "The honest answer is that a cap is a blunt instrument."
BODY = f"There are alternatives to it. {QUOTED} Blunt instruments sometimes work."


@pytest.mark.parametrize(
    ("line", "pull_quote"),
    [
        (f"“{QUOTED}”", True),
        (QUOTED, True),  # without quotation marks
        (f"“{QUOTED} Blunt instruments sometimes work.”", True),  # two sentences
        ("“There are alternatives to it.”", False),  # too short to be set apart
        ("“The honest answer is that a cap is a blunt”", False),  # not a whole sentence
        ("“answer is that a cap is a blunt instrument.”", False),  # not from a sentence's start
        ("“The honest answer is that a cap is a sharp instrument.”", False),  # other words
    ],
)
def test_a_pull_quote_repeats_whole_sentences_of_the_body(line: str, pull_quote: bool) -> None:
    raw = "\n\n".join([SITE_TOP, "By Ann Lee", PROSE, line, "A Heading", BODY, PROSE]) + "\n"
    made = ingest_text(raw, "t", "t.txt")
    assert ((line, PULL_QUOTE) in [(r.text, r.rule) for r in made.report.removed]) == pull_quote
    assert made.markdown.count(QUOTED) == 1 + (not pull_quote and QUOTED in line)


REFRAIN = "The town is not for sale, whatever the agents say."
OPENING = f"{REFRAIN} Every summer more of its houses become holiday lets, and streets go dark."


@pytest.mark.parametrize(
    ("at", "line", "pull_quote"),
    [
        (3, REFRAIN, True),  # beside its source
        (6, REFRAIN, False),  # four blocks off: the essay says it again
        (6, f"“{REFRAIN}”", True),  # … unless quotation marks set it apart
        (8, REFRAIN, False),  # the last paragraph closes on a refrain
        (8, f"“{REFRAIN}”", False),
    ],
)
def test_a_pull_quote_stands_inside_the_text_quoted_or_beside_its_source(
    at: int, line: str, pull_quote: bool
) -> None:
    texts = [SITE_TOP, "By Ann Lee", OPENING, PROSE, PROSE, PROSE, PROSE, PROSE]
    texts.insert(at, line)
    made = ingest_text("\n\n".join(texts) + "\n", "t", "t.txt")
    assert ((line, PULL_QUOTE) in [(r.text, r.rule) for r in made.report.removed]) == pull_quote
    body = made.markdown.split("\n---\n", 1)[1]  # the front matter's summary quotes it too
    assert body.count(REFRAIN) == 1 + (not pull_quote)


@pytest.mark.parametrize(
    "footer",
    ["© 2026 Aldermouth Echo Ltd. All rights reserved.", "Share this article", ""],
)
def test_a_closing_refrain_stays_above_a_site_s_footer(footer: str) -> None:
    # The footer is no last paragraph of the essay (a second review: a © line was).
    texts = [SITE_TOP, "By Ann Lee", OPENING, PROSE, PROSE, REFRAIN, footer]
    made = ingest_text("\n\n".join(texts) + "\n", "t", "t.txt")
    assert REFRAIN not in [r.text for r in made.report.removed]


HEAD = "Newsletters and Attention\nBy Jane Smith\n3 March 2026\n\n"


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        pytest.param(
            HEAD + f"{OPENING}\n\n{PROSE}\n\n{PROSE}\n\n{REFRAIN}\n",
            [f"\n{REFRAIN}\n"],
            id="a closing refrain, no pull quote",
        ),
        pytest.param(
            HEAD
            + f"{PROSE}\n\nUnsubscribe from half of them, a friend told me, and see what you miss."
            + f"\n\n{PROSE}\n\nWrite to me at The Old Mill, 4 Quay Street, Aldermouth AM1 4QR.\n",
            ["\nUnsubscribe from half of them,", "\nWrite to me at The Old Mill,"],
            id="a mailer's words and a postcode in the letter's sentences",
        ),
        pytest.param(
            HEAD
            + "Lets raise rents, by less than critics say [1]. A review puts it at one per cent"
            + " [2], and a register would measure it [3].\n\nReferences\n\n"
            + "\n".join(f"{n}. https://example.org/{n}" for n in (1, 2, 3))
            + "\n",
            ["critics say[^1].", "one per cent[^2],", "[^3]: https://example.org/3"],
            id="[n] citations and a numbered list of addresses: no lynx dump",
        ),
    ],
)
def test_an_ordinary_web_essay_loses_no_text(raw: str, kept: list[str]) -> None:
    made = ingest_text(raw, "t", "t.txt")
    assert made.report.removed == ()
    assert all(text in made.markdown for text in kept)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["accom\u00admodation is scarce"], "accommodation is scarce"),  # inside a line: nothing
        (["when accom\u00ad", "modation is scarce"], "when accommodation is scarce"),  # line end
        (["a well\u00ad", "known case"], "a wellknown case"),  # a soft hyphen only ever breaks
        (["the last word\u00ad"], "the last word"),  # … and at a paragraph's end breaks nothing
        (["the 1\u00a0% and £\u00a02"], "the 1 % and £ 2"),  # a non-breaking space is a space
    ],
)
def test_soft_hyphens_are_taken_out_non_breaking_spaces_kept_as_spaces(
    lines: list[str], joined: str
) -> None:
    assert join_lines([line.text for line in normalise("\n".join(lines))]) == joined


def test_the_report_counts_soft_hyphens_and_link_marks() -> None:
    shapes = "; ".join(ingest_text("A wa\u00adter line.\n", "t", "t.txt").report.shapes)
    assert "soft hyphens (invisible break points) removed: 1" in shapes
    raw = dump(["Title of It", "", "   By [1]Ann Lee", "", *WRAPPED], 1)
    shapes = "; ".join(ingest_text(raw, "t", "t.txt").report.shapes)
    assert "text-mode browser dump (lynx -dump): 1 link marks [n] before link texts" in shapes


# An e-mail newsletter's plain-text part, wrapped at 72 columns (collection N's na): the mailer
# sets each link's address after its words, and wraps its own sentences too.
LETTER = textwrap.fill(PROSE * 3, 72)
MAILER_TOP = "View this email in your browser (https://letter.example.org/47?e=7f3a)"
MAILER_FOOT = [
    "Forward to a friend (https://letter.example.org/forward?e=7f3a)",
    textwrap.fill(
        "You are receiving this email because you signed up for The Quay Letter at a stall"
        " or on our website.",
        72,
    ),
    "Unsubscribe (https://letter.example.org/u) | Update preferences (https://letter.example.org/p)",
]


def test_a_wrapped_newsletter_s_mailer_lines_go_with_their_addresses_and_wrapped_lines() -> None:
    raw = "\n\n".join([MAILER_TOP, "The Letter Title", "By Ann Lee", LETTER, LETTER, *MAILER_FOOT])
    made = ingest_text(raw + "\n", "t", "t.txt")
    gone = [item.text for item in made.report.removed if item.rule == WEB_MAILER]
    assert gone == [MAILER_TOP, *MAILER_FOOT[0:1], *MAILER_FOOT[1].split("\n"), MAILER_FOOT[2]]
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"]) == ("The Letter Title", "Ann Lee")
    assert blocks == [" ".join(LETTER.split())] * 2


def test_a_wrapped_essay_s_line_opening_like_a_mailer_s_stays() -> None:
    # Not a newsletter (no mailer's line at its top or foot): its lines are the essay's.
    inside = "Unsubscribe from half of them, a friend told me, and see what you miss in a"
    raw = "\n\n".join(
        ["The Letter Title", "By Ann Lee", LETTER, f"{LETTER}\n{inside}\nweek.", LETTER]
    )
    made = ingest_text(raw + "\n", "t", "t.txt")
    assert not made.report.removed and inside in " ".join(edition_parts(made.markdown)[1])


@pytest.mark.parametrize(
    ("lines", "image"),
    [
        (["   [Saddler Street on a Saturday morning]", "   Saddler Street. Photo: Courier"], True),
        (["   [Saddler Street in May]", "   Saddler Street in May, before the bollards."], True),
        # A code review's probes: a bracketed line of the page's own is no image.
        (["   [Editor's note: the author owns a café on the street.]", *WRAPPED[:1]], False),
        (["   [Smith 2020]", *WRAPPED[:1]], False),
        (["   [Applause from the public gallery]", *WRAPPED[:1]], False),
    ],
)
def test_a_bracketed_line_is_an_image_above_its_caption(lines: list[str], image: bool) -> None:
    raw = dump(["Title of It", "", "   By [1]Ann Lee", "", *WRAPPED, "", *lines, "", *WRAPPED], 1)
    rules = {(item.text, item.rule) for item in ingest_text(raw, "t", "t.txt").report.removed}
    assert ((lines[0].strip(), BROWSER_IMAGE) in rules) is image


LONG_LINE = " ".join([PROSE] * 3)


def test_inserts_in_a_page_with_no_blank_line_go() -> None:
    # A code review's probe: a page copied a paragraph a line with no blank line between kept
    # its advertisement's label and its link once wrapped dumps were read by blocks.
    raw = "\n".join(
        [
            "Closing the Street",
            "By Ann Lee",
            LONG_LINE,
            "Advertisement",
            LONG_LINE,
            "Read more: Traders split as council prepares to vote",
            LONG_LINE,
            LONG_LINE,
        ]
    )
    gone = [item.text for item in ingest_text(raw + "\n", "t", "t.txt").report.removed]
    assert gone == ["Advertisement", "Read more: Traders split as council prepares to vote"]


def test_a_mailer_s_line_above_the_title_in_one_block_leaves_the_title() -> None:
    # A code review's probe: the title right under "View it online (https://…)" went with it.
    raw = "\n\n".join(
        [
            "Having trouble viewing this email? View it online (https://l.example.org/v)\n"
            "Lights Out for Fellbridge\nBy Ann Lee\n24 February 2026",
            LETTER,
            LETTER,
            "Unsubscribe (https://l.example.org/u)",
        ]
    )
    meta, _ = edition_parts(ingest_text(raw + "\n", "t", "t.txt").markdown)
    assert (meta["title"], meta["author"]) == ("Lights Out for Fellbridge", "Ann Lee")


@pytest.mark.parametrize("at", [0, 2, -1])
def test_a_newsletter_s_paragraph_opening_like_a_mailer_s_line_stays(at: int) -> None:
    # A code review's probes: in a wrapped newsletter (or a wrapped essay), a paragraph that
    # opens "Forward to a friend …" lost its wrapped lines as the mailer's.
    own = textwrap.fill(
        "Forward to a friend the ones you value, a colleague once told me, and let the rest go "
        "quietly; a letter nobody passes on is a letter nobody needs.",
        72,
    )
    texts = [LETTER, LETTER, LETTER]
    texts.insert(at if at >= 0 else len(texts), own)
    raw = "\n\n".join([MAILER_TOP, "The Letter Title", "By Ann Lee", *texts, MAILER_FOOT[2]])
    made = ingest_text(raw + "\n", "t", "t.txt")
    assert " ".join(own.split()) in edition_parts(made.markdown)[1]


@pytest.mark.parametrize(
    ("references", "address"),
    [
        (
            [
                "1. https://p.example/a#main",
                "2. https://p.example/",
                "3. https://p.example/a#comments",
            ],
            "https://p.example/a",
        ),
        (
            ["1. https://p.example/a#main", "2. https://p.example/"],
            "https://p.example/a",
        ),  # skip link
        (["1. https://p.example/", "2. https://q.example/b#part"], None),  # another page's part
    ],
)
def test_a_dump_s_links_into_itself_give_the_page_s_address(references, address) -> None:
    lines = [Line(n, f"   {text}") for n, text in enumerate(references, start=1)]
    assert page_address(lines) == address


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Search for: ____________________ (BUTTON) Search", True),
        ("Name * ____________________", True),
        ("(BUTTON) Accept all cookies", True),
        # (a review's: a blank to fill in a sentence, and lynx's rule, are no form)
        ("and leaves a line of ________________ for each. Fill it in.", False),
        ("__________________________________________________________________", False),
    ],
)
def test_a_form_control_is_a_button_or_a_field_beside_its_label(text: str, form: bool) -> None:
    assert is_form_control(text) is form
