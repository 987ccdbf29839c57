"""The lines ingest removes as not the essay's, one rule at a time, and the rules that read a
raw text's front lines and line ends (furniture.py, metadata.py, layout.py)."""

from __future__ import annotations

import pytest

from synoptic.furniture import (
    PAGE_NUMBER,
    PULL_QUOTE,
    RUNNING_HEAD,
    WEB_BOTTOM,
    WEB_CAPTION,
    WEB_TIME,
    WEB_TOP,
    Removed,
    pull_quotes_in_runs,
    site_of_title,
    without,
)
from synoptic.ingest import ingest_text
from synoptic.layout import Hyphens, Line, ends_sentence, join_lines, normalise
from synoptic.metadata import metadata_line
from synoptic.superscripts import superscript_notes
from synoptic.webinserts import WEB_STANDFIRST

# Text lines of a made-up hard-wrapped essay: each different, none a sentence's end.
TEXT = [f"line {n} of a wrapped paragraph that runs on and on across" for n in range(60)]


def paged(every: int, furniture: list[str]) -> str:
    """TEXT with the furniture lines (page number, running head, …) put in every `every` lines."""
    out: list[str] = []
    for n, line in enumerate(TEXT):
        if n and n % every == 0:
            out += [item.replace("N", str(n // every)) for item in furniture]
        out.append(line)
    return "\n".join(out) + ".\n"


def removed(raw: str) -> list[tuple[str, str]]:
    return [(item.text, item.rule) for item in ingest_text(raw, "t", "t.txt").report.removed]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            paged(15, ["N", "A HEAD"]),
            [("1", PAGE_NUMBER), ("A HEAD", RUNNING_HEAD)] * 1
            + [("2", PAGE_NUMBER), ("A HEAD", RUNNING_HEAD)]
            + [("3", PAGE_NUMBER), ("A HEAD", RUNNING_HEAD)],
            id="a head once a page, and the number beside it",
        ),
        pytest.param(
            paged(4, ["A Refrain"]), [], id="a line repeated every few lines is the text's own"
        ),
        pytest.param(
            "\n".join(["Part 1", *TEXT[:12], "Part 2", *TEXT[12:52], "Part 3", *TEXT[52:]]) + ".",
            [],
            id="three numbered headings at uneven intervals are the essay's",
        ),
        pytest.param(
            "\n".join(
                [*TEXT[:15], "FOOT p. 1", *TEXT[15:30], "FOOT p. 2", *TEXT[30:45], "FOOT p. 3"]
                + [*TEXT[45:54], "FOOT p. 4", *TEXT[54:]]
            )
            + ".",
            [(f"FOOT p. {n}", RUNNING_HEAD) for n in range(1, 5)],
            id="a running foot comes sooner on a short last page",
        ),
        pytest.param(
            "\n".join(
                [*TEXT[:20], "Page 1", "A HEAD AS LONG AS A LINE OF TEXT", *TEXT[20:40], "Page 2"]
                + ["A HEAD AS LONG AS A LINE OF TEXT", *TEXT[40:], "Page 3"]
            ),
            [("Page 1", PAGE_NUMBER), ("A HEAD AS LONG AS A LINE OF TEXT", RUNNING_HEAD)]
            + [("Page 2", PAGE_NUMBER), ("A HEAD AS LONG AS A LINE OF TEXT", RUNNING_HEAD)]
            + [("Page 3", PAGE_NUMBER)],
            id="three pages: a head seen twice, each time beside a page number",
        ),
        pytest.param(
            "\n".join([*TEXT[:20], "A Refrain", *TEXT[20:40], "A Refrain", *TEXT[40:]]) + ".",
            [],
            id="a line seen twice, with no page number beside it, is the text's own",
        ),
        pytest.param(
            "\n".join([*TEXT[:25], "A Working Paper 26/03", "1", *TEXT[25:50]])
            + "\n".join(
                ["", "A Working Paper 26/03", "2", *TEXT[50:], "A Working Paper 26/03", "3"]
            ),
            [("A Working Paper 26/03", RUNNING_HEAD), ("1", PAGE_NUMBER)]
            + [("A Working Paper 26/03", RUNNING_HEAD), ("2", PAGE_NUMBER)]
            + [("A Working Paper 26/03", RUNNING_HEAD), ("3", PAGE_NUMBER)],
            id="a foot beside each page number comes sooner on a short last page, as it does",
        ),
        pytest.param(
            "\n".join([*TEXT[:25], "A Refrain", *TEXT[25:50], "A Refrain", *TEXT[50:]])
            + "\nA Refrain",
            [],
            id="a line thrice, the last sooner, with no page number beside it, is the text's",
        ),
        pytest.param(
            paged(15, ["Page N"]),
            [("Page 1", PAGE_NUMBER), ("Page 2", PAGE_NUMBER), ("Page 3", PAGE_NUMBER)],
            id="lone numbers counting pages at page intervals",
        ),
        pytest.param(
            paged(15, ["| N"]),
            [("| 1", PAGE_NUMBER), ("| 2", PAGE_NUMBER), ("| 3", PAGE_NUMBER)],
            id="page numbers set off by a bar",
        ),
        pytest.param(
            "\n".join([*TEXT[:3], "1", *TEXT[3:20], "2", *TEXT[20:22], "3", *TEXT[22:]]) + ".",
            [],
            id="footnote markers on their own lines count up, but not at page intervals",
        ),
        pytest.param(
            paged(15, ["- N -"]) + "\n4\n",
            [
                ("- 1 -", PAGE_NUMBER),
                ("- 2 -", PAGE_NUMBER),
                ("- 3 -", PAGE_NUMBER),
                ("4", PAGE_NUMBER),
            ],
            id="the last page may be short",
        ),
    ],
)
def test_page_furniture(raw: str, expected: list[tuple[str, str]]) -> None:
    assert removed(raw) == expected


def test_the_text_runs_on_across_a_page_break() -> None:
    raw = paged(15, ["", "N", "", "A HEAD", ""])
    made = ingest_text(raw, "t", "t.txt")
    assert made.report.paragraphs == 1 and "A HEAD" not in made.markdown


def test_too_many_repeated_lines_are_the_text_repeating_itself() -> None:
    raw = "\n".join(f"{TEXT[0]} {n % 3}" for n in range(60)) + "."
    assert removed(raw) == []


PROSE = "This is a paragraph of the essay, a whole sentence of some length and weight."
SITE = ["Skip to content", "The Daily Example", "Home   News   Sport"]


def web(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            web(*SITE, "A Title Here", "By Ann Smith", PROSE, PROSE),
            [(text, WEB_TOP) for text in SITE],
            id="short lines above the title, known by the byline under it",
        ),
        pytest.param(
            web(*SITE, "A Title Here", "A standfirst: what the essay says.", "By Ann Smith", PROSE),
            # the standfirst is the site's summary (webinserts.py), removed first
            [("A standfirst: what the essay says.", WEB_STANDFIRST)]
            + [(text, WEB_TOP) for text in SITE],
            id="the title is above the standfirst, not the debris above it",
        ),
        pytest.param(
            web("A Title Here", "A Title", "Here", "By Ann Smith", PROSE, PROSE),
            [],
            id="a title and its repeats above the byline are no debris",
        ),
        pytest.param(
            web("Skip to content", "This line is a sentence.", "A Title", "By Ann Smith", PROSE),
            [],
            id="nothing above the title goes unless all of it is debris",
        ),
        pytest.param(
            web("A Title", "By Ann Smith", "4 min read", PROSE, "Last updated 3 May 2024", PROSE),
            [("4 min read", WEB_TIME), ("Last updated 3 May 2024", WEB_TIME)],
            id="reading time and update lines",
        ),
        pytest.param(
            web(PROSE, PROSE, "Share this", "Sign up to our newsletter today.", "More Stories"),
            [
                ("Share this", WEB_BOTTOM),
                ("Sign up to our newsletter today.", WEB_BOTTOM),
                ("More Stories", WEB_BOTTOM),
            ],
            id="sharing and subscription lines after the last prose",
        ),
        pytest.param(
            web(PROSE, "Notes", "[1] A note.", "Follow us"),
            [("Follow us", WEB_BOTTOM)],
            id="a note ends the scan from the bottom",
        ),
        pytest.param(
            web(PROSE, PROSE, "Published 3 May 2024", "Author Ann Smith", "Share"),
            [("Share", WEB_BOTTOM)],
            id="metadata lines at the bottom are kept for the front matter",
        ),
        pytest.param(
            web("Site", "Home   News   Opinion   Climate   Sport   Events   Sign in", "A Title")
            + web("By Ann Smith  |  3 May 2024", PROSE),
            [
                ("Site", WEB_TOP),
                ("Home   News   Opinion   Climate   Sport   Events   Sign in", WEB_TOP),
            ],
            id="a menu bar of many items; a byline with its date",
        ),
        pytest.param(
            web(PROSE, "More from Opinion", "Why the tram, and not the bus, is back in town"),
            [
                ("More from Opinion", WEB_BOTTOM),
                ("Why the tram, and not the bus, is back in town", WEB_BOTTOM),
            ],
            id="long headlines under a list heading",
        ),
        pytest.param(
            web(PROSE, "Why the tram, and not the bus, is back in town", "Share"),
            [("Share", WEB_BOTTOM)],
            id="without a list heading above, a long unpunctuated line is kept",
        ),
        pytest.param(
            web("Site", "News > Schools", "The Week Is Too Short. It Costs Parents.")
            + web("By Ann Smith · 3 May 2024", "Listen · 6 min", PROSE),
            [("Site", WEB_TOP), ("News > Schools", WEB_TOP), ("Listen · 6 min", WEB_TIME)],
            id="a headline ending in a stop is the title, not a standfirst under a breadcrumb",
        ),
        pytest.param(
            web(
                PROSE, "Parents wait at the gate on the east side. Photo: Ann Lee / The Post", PROSE
            ),
            [("Parents wait at the gate on the east side. Photo: Ann Lee / The Post", WEB_CAPTION)],
            id="a caption ending with its photo credit",
        ),
        pytest.param(
            web(PROSE, "[1] Smith 2020, p. 4", "[2] Ibid", "Share this article"),
            [("Share this article", WEB_BOTTOM)],
            id="short notes at the end of a web page are the essay's",
        ),
        pytest.param(
            web(
                PROSE, "It was the first dry summer. Image: a cracked riverbed near the mill", PROSE
            ),
            [],
            id="a sentence naming an image is no caption",
        ),
        pytest.param(web("Just A Heading", "Another One"), [], id="no prose, nothing removed"),
        pytest.param(
            web(PROSE, "Photo: a tram at the depot. (Illustrative)", PROSE),
            [("Photo: a tram at the depot. (Illustrative)", WEB_CAPTION)],
            id="an image caption between paragraphs",
        ),
        pytest.param(
            web(PROSE, "Images: the old depot", PROSE, "Getty Images", PROSE),
            [("Images: the old depot", WEB_CAPTION), ("Getty Images", WEB_CAPTION)],
            id="a caption cue or an agency opens it",
        ),
        pytest.param(
            web(PROSE, "Riders wait at the stop on Mill Lane (AP Photo/J. Doe)", PROSE),
            [("Riders wait at the stop on Mill Lane (AP Photo/J. Doe)", WEB_CAPTION)],
            id="a credit in brackets closes it",
        ),
        pytest.param(
            web(PROSE, "Costs and Benefits (2024 Figures)", PROSE, "Imagine: no cars.", PROSE),
            [],
            id="a heading with brackets and a sentence are no captions",
        ),
    ],
)
def test_web_debris(raw: str, expected: list[tuple[str, str]]) -> None:
    assert removed(raw) == expected


def test_web_rules_leave_a_hard_wrapped_text_alone() -> None:
    raw = "\n".join([*TEXT, "ends.", "Notes", "More Stories"]) + "\n"
    assert removed(raw) == []


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("© 2024 The Daily Example. All rights reserved.", "The Daily Example"),
        ("Copyright 2019–2024 Example Press", "Example Press"),
        ("(c) Some Site", "Some Site"),
        ("(c) 2026 Some Site. All rights reserved.   Privacy   Terms", "Some Site"),
        ("© 2024 The  Civic Ledger", "The  Civic Ledger"),
        ("Copyright law is a maze", None),
    ],
)
def test_a_copyright_line_names_the_publisher(line: str, publisher: str | None) -> None:
    assert metadata_line(line) == ({"publisher": publisher} if publisher else None)


def test_front_lines_run_into_the_first_paragraph_are_split_off() -> None:
    long_title = "A Title of Many Words: Thirteen of Them in All, Which Is Long for a Heading"
    wrapped = [
        "The first paragraph of the essay begins here and runs on for a while",
        "across lines of about the same length, as a typesetter wraps them on",
        "a page, until it comes to an end with a full stop like any paragraph.",
    ]
    raw = "\n\n".join([long_title, "By Ann Smith", "4 February 2024", *wrapped * 3]) + "\n"
    markdown = ingest_text(raw, "t", "t.txt").markdown
    assert f'title: "{long_title}"' in markdown
    assert 'author: "Ann Smith"' in markdown and 'date: "2024-02-04"' in markdown
    assert "\nThe first paragraph" in markdown


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("and then it closed.[1]", True),
        ("a question?”[12]", True),
        ("a marker mid-sentence[3]", False),
        ("no stop here", False),
    ],
)
def test_a_footnote_marker_after_the_stop_ends_the_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@pytest.mark.parametrize(
    ("words", "wrapped", "joined"),
    [
        pytest.param("educa-tion", True, "education", id="fragments no word of the text"),
        pytest.param("educa-tion", False, "educa-tion", id="… but only in a wrapped text"),
        pytest.param("second-ary second", True, "secondary", id="one fragment no word"),
        pytest.param("penhal-low low", True, "penhallow", id="… either one"),
        pytest.param("long-standing standing long", True, "long-standing", id="both are words"),
        pytest.param("long-term", True, "long-term", id="… of English (LemmInflect)"),
        pytest.param("smart-phones", True, "smart-phones", id="… even of a word it lacks"),
        pytest.param("class-rooms class rooms", True, "classrooms", id="joined, an English word"),
        pytest.param("edu-cation education", False, "education", id="written whole elsewhere"),
        pytest.param("well-known well-known", True, "well-known", id="hyphenated elsewhere"),
    ],
)
def test_line_end_hyphens(words: str, wrapped: bool, joined: str) -> None:
    broken, *rest = words.split()
    left, right = broken.split("-")
    lines = [Line(1, f"the {left}-"), Line(2, f"{right} goes on"), Line(3, " ".join(rest))]
    hyphens = Hyphens.of(lines, wrapped)
    assert join_lines([f"the {left}-", f"{right} goes on"], hyphens) == f"the {joined} goes on"
    assert (hyphens.rejoined or hyphens.kept) == [broken]


def test_a_fragment_broken_twice_is_still_no_word_of_the_text() -> None:
    lines = normalise("the penhal-\nlow and the penhal-\nlow again; low")
    hyphens = Hyphens.of(lines, wrapped=True)
    assert join_lines([line.text for line in lines], hyphens).count("penhallow") == 2


# --- footnote markers printed as superscripts -------------------------------------------------

NOTES = "Notes\n1 First source, 2001.\n2 Second source, with a line\nthat runs on, 2003.\n"


@pytest.mark.parametrize(
    ("raw", "markers"),
    [
        pytest.param("A claim.1 Another claim2, end.\n" + NOTES, 2, id="after a stop or a word"),
        pytest.param("It began in 1841.1 Then “so.”2\n" + NOTES, 2, id="after a year, a quote"),
        pytest.param(
            "Year 9 read 2.5 pages on CO2 today.1 MP3 and p.7 then more.2\n" + NOTES,
            2,
            id="numbers that are content stay",
        ),
        pytest.param("A claim.1 Another.3\n" + NOTES, 0, id="markers must count up"),
        pytest.param("A claim.1 Another.2 A third.3\n" + NOTES, 0, id="… to the notes"),
        pytest.param("A claim.1 Another.2\n" + NOTES.replace("Notes\n", ""), 2, id="no heading"),
        pytest.param("A claim.1 Another.\n1 Source, 2001.\n", 0, id="one note needs a heading"),
        pytest.param("A claim.1 Another.\nNotes\n1 Source, 2001.\n", 1, id="… and has one"),
        pytest.param("A claim.1 Another.2\n[1] A note.\n[2] A note.\n", 0, id="not [n] notes"),
    ],
)
def test_superscript_markers(raw: str, markers: int) -> None:
    found = superscript_notes(normalise(raw))
    assert found.markers == markers == len(found.notes_at)
    text = "\n".join(line.text for line in found.lines)
    assert (text == raw) is (markers == 0)
    if markers:
        assert [f"[{n}]" in text.split("\n")[0] for n in (1, 2)][:markers] == [True] * markers
        assert "Year 9 read 2.5 pages on CO2" in text or "Year" not in raw
        assert "\n[1] " in text and "\nthat runs on" in text or markers == 1


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("It cost £13.20.1 Then it rose.2", "It cost £13.20.[1] Then it rose.[2]"),
        # a sum's digits, a version's second point, a sum without pence: content
        ("It cost £3.201 in all.1 Then more.2", "It cost £3.201 in all.[1] Then more.[2]"),
        ("Version 1.20.1 shipped.1 Then more.2", "Version 1.20.1 shipped.[1] Then more.[2]"),
        ("Fares of £2.1 More.1 Then more.2", "Fares of £2.1 More.[1] Then more.[2]"),
    ],
)
def test_a_marker_after_a_sum_with_its_pence(sentence: str, marked: str) -> None:
    # A sum written with its pence or cents takes no further decimal point: a number glued
    # after its stop is a marker, as after a year's (`in 1998.3`).
    found = superscript_notes(normalise(sentence + "\n" + NOTES))
    assert found.markers == 2 and found.lines[0].text == marked


def test_superscript_notes_are_footnotes_and_the_report_names_the_style() -> None:
    made = ingest_text("A claim.1 Another claim2, end.\n\n" + NOTES, "t", "t.txt")
    assert "A claim.[^1] Another claim[^2], end." in made.markdown
    assert "[^2]: Second source, with a line that runs on, 2003." in made.markdown
    assert made.report.notes == 2 and made.report.paragraphs == 1
    style = made.report.shapes[-1]
    assert style == "footnote style: 2 numbers glued to their words (PDF superscripts), 2 notes"


def test_notes_the_glued_numbers_fall_short_of_are_a_warning() -> None:
    raw = "A claim.1 Another claim, end.\n\n" + NOTES  # the second marker was lost
    report = ingest_text(raw, "t", "t.txt").report
    assert report.notes == 0 and report.shapes[-1] == "footnote style: no footnote markers"
    assert any(
        "the 2 numbered notes from line 4 are not matched" in w and "(1 to 1 found" in w
        for w in report.warnings
    ), report.warnings


def test_a_byline_and_date_on_one_line_fill_both() -> None:
    assert metadata_line("By Ann Smith | 3 May 2024") == {
        "author": "Ann Smith",
        "date": "2024-05-03",
    }
    assert metadata_line("By Ann Smith | By Bo Ma") is None  # a key twice: not a byline


def test_a_bio_opening_with_the_authors_name_is_a_paragraph_of_its_own() -> None:
    """The text's last line is full, so only the author's name shows where the bio starts."""
    body = [f"{line} of the text, and it runs on." for line in TEXT[:6]]
    raw = "\n".join(
        ["A Title", "By Ann Smith", "", *body, "Ann Smith is a writer living by the sea."]
    )
    made = ingest_text(raw + "\n", "t", "t.txt")
    assert made.markdown.split("{#t-p2}\n")[1].startswith("Ann Smith is a writer")


def test_a_headline_ending_in_a_stop_above_the_byline_is_the_title() -> None:
    made = ingest_text(
        "The Week Is Too Short. It Costs Parents.\nBy Ann Smith\n4 March 2026\n\n" + PROSE + "\n",
        "t",
        "t.txt",
    )
    assert 'title: "The Week Is Too Short. It Costs Parents."' in made.markdown
    assert 'author: "Ann Smith"' in made.markdown and made.report.paragraphs == 1


def test_a_byline_title_at_the_start_of_a_line_is_no_bio() -> None:
    body = [f"{line} of the text, and it runs on." for line in TEXT[:6]]
    lines = ["A Title", "By Ann Smith, Senior Fellow", "", *body[:3]]
    lines += ["Senior Fellow programmes are what the text discusses here at length.", *body[3:]]
    made = ingest_text("\n".join(lines) + "\n", "t", "t.txt")
    assert made.report.paragraphs == 1


# --- a pull quote among lines with no blank line (a PDF's extraction) --------------------------

RUN_BEFORE = (
    "The register counts deaths after surgery and nothing else at all. No published rate\n"
    "counts the operations that never happened. The families know it better than anyone.\n"
    "Nurses make decisions every hour that shape the outcome of every heart operation here.\n"
)
RUN_AFTER = "Supporters point to the fall in mortality since 2019 as proof that naming works.\n"


@pytest.mark.parametrize(
    ("quote", "taken"),
    [
        # the body's sentence set again in quotation marks, between two sentences: it goes
        ("“No published rate counts the operations that\nnever happened.”\n", True),
        # … not a quotation the text does not say elsewhere (a source's words)
        ("“No register counts the operations that were\nnever done at all.”\n", False),
        # … not one whose words run on into the line below (a sentence going on)
        ("“No published rate counts the operations that\nnever happened,” said one.\n", False),
    ],
)
def test_a_pull_quote_among_lines_goes_and_leaves_its_break(quote: str, taken: bool) -> None:
    raw = "The Count\n\nBy Ann Lee\n\n" + RUN_BEFORE + quote + RUN_AFTER
    lines = normalise(raw)
    found = pull_quotes_in_runs(lines)
    assert bool(found) is taken
    if taken:
        kept = without(lines, [Removed.of(line, PULL_QUOTE) for line in found], False, True)
        texts = [line.text for line in kept]
        # the quote gone, a blank line where it stood: the paragraphs around it part there
        at = texts.index(RUN_AFTER.strip())
        assert texts[at - 1] == "" and texts[at - 2].startswith("Nurses make")
        assert not any(text.startswith("“") for text in texts)


def test_a_quotation_set_apart_by_blank_lines_is_not_a_pull_quote_among_lines() -> None:
    # (a deed quoted whole, then said again in a paragraph: review 20's near miss)
    raw = RUN_BEFORE + "\n“No published rate counts the operations that\nnever happened.”\n\n"
    assert pull_quotes_in_runs(normalise(raw + RUN_AFTER)) == []


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "Keep the Links a Links — Westmarch Heart Patients' Association",
            "Westmarch Heart Patients' Association",
        ),
        ("Keep the Links a Links | Comment | Kestermouth Courier", "Kestermouth Courier"),
        ("Keep the links a links – Second Reader", "Second Reader"),
        # … not a section, an issue's number, the author, nor a line that is not the title's
        ("Keep the Links a Links | Opinion", None),
        ("Keep the Links a Links | Issue 42", None),
        ("Keep the Links a Links — Alan Pryce", None),
        ("Other Stories — Kestermouth Courier", None),
        ("Keep the Links a Links", None),
    ],
)
def test_a_page_s_title_line_names_its_site_as_the_publisher(line, publisher) -> None:
    removed = [Removed.of(Line(1, line), WEB_TOP)]
    found = site_of_title(removed, "Keep the Links a Links", "Alan Pryce")
    assert found == ({"publisher": publisher} if publisher else {})
