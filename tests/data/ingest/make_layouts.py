"""Lay one short essay out the ways extractions do, to test ingest's paragraph recovery.

The essay below was written for these tests. `python tests/data/ingest/make_layouts.py` writes
one raw text per layout next to this file; tests/test_layouts.py checks that the files are
what this script makes and that ingest gives back the essay's paragraphs from each of them.

Lines are wrapped the way a typesetter wraps them: by printed width, not by characters, so
a full line of narrow letters holds more characters than a full line of wide ones, as in a
PDF extraction.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = "Shared Water: How Villages Govern Their Ditches"
BYLINE = "by Mara Ellison"
# (heading or None, paragraph) in reading order.
ESSAY: list[tuple[str | None, str]] = [
    (
        None,
        "Every irrigation ditch is an argument that has been settled for the moment. "
        "Water runs downhill, and the farms along a ditch sit one below the other, so the "
        "family at the head of the channel can always take more than its share before anyone "
        "downstream sees a drop. Economists have long predicted that such arrangements must "
        "fail: each user gains the whole benefit of taking a little extra water, while the cost "
        "is spread among all the others. Yet in valleys on several continents, ditches dug "
        "centuries ago still carry water to fields whose owners have never signed a contract "
        "with one another. This essay asks what keeps them running. It argues that the answer "
        "lies less in the goodwill of neighbours than in a set of plain, visible and slightly "
        "tedious rules, and in the people whose job it is to enforce them.",
    ),
    (
        None,
        "The puzzle is older than the theory that names it. Long before anyone wrote about "
        "the tragedy of the commons, village councils kept ledgers of who had opened a gate, "
        "for how many hours, and on which day of the week. The ledgers were not kept for "
        "pleasure. They were kept because memory is partial, and because a dispute that can be "
        "settled by reading a page is cheaper than one that must be settled by shouting. Where "
        "the ledgers survive, they show something the theory did not expect: the rules change "
        "often, but slowly, and almost always in the direction of making cheating easier to "
        "see. A rule that nobody can check is soon ignored. A rule that anybody can check "
        "tends to last.",
    ),
    (
        "Who Keeps the Ditch",
        "Most ditch systems have an officer whose title varies from place to "
        "place but whose work is much the same. He, or increasingly she, walks the channel at "
        "dawn, reads the gates, clears the debris and hears complaints. The office is rarely "
        "paid well. In many villages it rotates among the households, so that every family "
        "takes a turn at being the one who must tell a neighbour that his gate has been open "
        "too long. That rotation matters. A keeper who will soon be an ordinary user again has "
        "every reason to be fair, because the next keeper will remember how he behaved.",
    ),
    (
        None,
        "The keeper's power rests on information rather than on force. He cannot stop a "
        "determined thief at midnight, and he does not try. What he can do is make sure that "
        "the theft is known by morning. Gates are painted, locks are numbered, and the level of "
        "water at each turnout is marked on a post that everyone passes on the way to the "
        "fields. When the level at a lower farm falls without explanation, the keeper does not "
        "need a confession; the marks on the posts tell him where to look, and the whole "
        "valley knows that he knows.",
    ),
    (
        None,
        "Sanctions, when they come, are small at first. A family caught taking extra water "
        "for the first time may be asked only to clear an extra stretch of the channel. A "
        "second offence costs a day of water, a third a week. Outsiders often find these "
        "penalties absurdly mild, but their mildness is the point. A fine that a family can "
        "pay without ruin is a fine that the council will actually impose, and a penalty that "
        "is always imposed deters more than a harsh one that is usually forgiven. The "
        "graduated scale also leaves room for error, since the keeper is sometimes wrong.",
    ),
    (
        None,
        "None of this works without a place where rules can be changed. The users of a "
        "ditch meet, usually once a year, often in the week before the first water is "
        "released. The meeting is long and frequently dull. Its minutes record arguments about "
        "the depth of a culvert, the cost of a new headgate, the fairness of a schedule that "
        "favours the farms with older rights. But the dullness hides a real achievement: the "
        "people who live under the rules are the people who write them, and a farmer who has "
        "lost a vote knows that he may win it next year.",
    ),
    (
        "Rules That Outlast Their Makers",
        "Why do such arrangements last for generations? Part "
        "of the answer is that they are built into the landscape. A schedule of turns becomes "
        "a pattern of gates and channels, and once the concrete is poured the old agreement is "
        "cheaper to keep than to renegotiate. Another part is that the rules are taught by "
        "practice rather than by instruction. Children walk the ditch with their parents, see "
        "the marks on the posts, and learn what a fair share looks like long before they could "
        "explain it.",
    ),
    (
        None,
        "There are failures, and they are instructive. Ditch systems tend to collapse when "
        "an outside authority takes over the work of monitoring without taking over the trust "
        "that made monitoring acceptable. A distant agency may install meters and send bills, "
        "but if the users no longer see each other's gates, suspicion grows faster than any "
        "meter can measure. In several valleys, the arrival of a modern water board was "
        "followed within a decade by more theft, not less, because the old visible checks had "
        "been replaced by invisible ones that nobody local could read.",
    ),
    (
        None,
        "Scarcity is the other great test. In a wet year almost any rule will do, because "
        "there is enough water to forgive mistakes. In a drought the same rules are asked to "
        "divide a shrinking flow among people who are all, at once, in danger of losing a "
        "harvest. The systems that survive droughts are those that decided in advance what "
        "would happen when water ran short. Some cut every share by the same proportion; "
        "others protect the oldest rights in full. Either choice can be defended. What cannot "
        "be defended, and rarely survives, is a rule invented in the middle of the crisis.",
    ),
    (
        None,
        "It would be easy to romanticise these institutions, and a good deal of writing "
        "about them does. They are not democracies of equals. Older rights often belong to "
        "older families, and the schedule of turns can preserve inequalities that began with "
        "a land grant three centuries ago. Women and tenants have often been excluded from the "
        "annual meeting. A fair account has to hold both facts together: these are durable "
        "ways of sharing a scarce resource, and they are also ways of keeping some people at "
        "the head of the ditch and others at its tail.",
    ),
    (
        None,
        "What, then, can a larger society learn from a village ditch? Not that small is "
        "always beautiful, nor that markets and states are the enemies of cooperation. The "
        "lesson is narrower and more useful. Shared resources are governed well when the people "
        "who use them can see what others take, can change the rules they live under, and can "
        "punish cheating in small steps that everyone believes will really be taken. Where "
        "those conditions hold, water keeps running downhill to the farms that need it. Where "
        "they fail, no theory will save the ditch.",
    ),
]

NARROW = set("fijlrt.,;:'’!|()- ")
WIDE = set("mwMW")


def printed_width(text: str) -> float:
    """A rough width in ems: narrow and wide letters, capitals a little wider."""
    return sum(
        0.5 if c in NARROW else 1.5 if c in WIDE else 1.2 if c.isupper() else 1.0 for c in text
    )


HYPHENATE_MIN = 7  # letters: a shorter word goes whole to the next line
FRAGMENT_MIN = 3  # letters left on either side of a hyphen


def _hyphenated(line: str, word: str, measure: float) -> tuple[str, str] | None:
    """The longest first part of `word` that fits on `line` with a hyphen, and the rest."""
    letters = len(word.rstrip(".,;:!?’”"))
    if letters < HYPHENATE_MIN or not word[:letters].isalpha():
        return None
    for cut in range(letters - FRAGMENT_MIN, FRAGMENT_MIN - 1, -1):
        if printed_width(f"{line} {word[:cut]}-") <= measure:
            return f"{line} {word[:cut]}-", word[cut:]
    return None


def wrap(paragraph: str, measure: float, indent: str = "", hyphenate: bool = False) -> list[str]:
    """Lines of at most `measure` printed width; the first one indented by `indent`; long
    words that do not fit broken with a hyphen when `hyphenate`."""
    lines: list[str] = []
    line = indent
    for word in paragraph.split():
        candidate = f"{line} {word}" if line.strip() else line + word
        if line.strip() and printed_width(candidate) > measure:
            broken = _hyphenated(line, word, measure) if hyphenate else None
            lines.append(broken[0] if broken else line)
            candidate = broken[1] if broken else word
        line = candidate
    return [*lines, line]


def page_lines(measure: float, indent: str = "", hyphenate: bool = False) -> list[tuple[str, bool]]:
    """The essay as (line, starts a block) pairs: title, byline, headings, wrapped paragraphs."""
    lines = [(TITLE, True), (BYLINE, True)]
    for heading, paragraph in ESSAY:
        if heading:
            lines.append((heading, True))
        wrapped = wrap(paragraph, measure, indent, hyphenate)
        lines += [(wrapped[0], True)] + [(line, False) for line in wrapped[1:]]
    return lines


def double_spaced() -> str:
    """pdftotext's layout of some PDFs: a blank line after every line, no paragraph marks.

    A trailing space after each wrapped line, and a space before the first line of a page.
    """
    out = []
    for number, (line, _) in enumerate(page_lines(80)):
        out.append((" " if number % 40 == 39 else "") + line + " ")
    return "\n\n".join(out) + "\n"


def hard_wrapped() -> str:
    """Single-spaced lines, no blank line anywhere: the paragraph breaks are lost."""
    return "\n".join(line for line, _ in page_lines(66)) + "\n"


def indented() -> str:
    """Single-spaced, no blank lines, every paragraph's first line indented."""
    return "\n".join(line for line, _ in page_lines(72, indent="    ")) + "\n"


def running_heads() -> str:
    """Single-spaced and hard-wrapped, pages of 20 lines with a running head and a folio."""
    out = []
    for number, (line, _) in enumerate(page_lines(66)):
        if number and number % 20 == 0:
            out += ["", f"{number // 20 + 1}", "", "THE VALLEY QUARTERLY", ""]
        out.append(line)
    return "\n".join(out) + "\n"


def hyphenated() -> str:
    """Single-spaced, indented first lines, words broken at line ends with a hyphen."""
    return "\n".join(line for line, _ in page_lines(60, indent="   ", hyphenate=True)) + "\n"


PAGE = 20  # lines of text on a page


def double_spaced_pages() -> str:
    """Double-spaced, pages of 20 lines ending in a page number and a running head, the way
    pdftotext puts the head of the next page after the number of the last."""
    out = []
    for number, (line, _) in enumerate(page_lines(80)):
        if number and number % PAGE == 0:
            out += [str(number // PAGE), "SHARED WATER"]
        out.append(line)
    return "\n\n".join(out) + f"\n\n{len(page_lines(80)) // PAGE + 1}\n"


# A news site's page around the essay, as a browser's "save as text" keeps it.
SITE_TOP = ["Skip to content", "The Valley Review", "Home   Water   Land   Weather   Subscribe"]
SECTION = "Essays | Water"
DATE = "12 May 2023"
READING_TIME = "Updated 14 May 2023 · 7 min read"
SITE_BOTTOM = [
    "Share this essay",
    "Email   Print   Copy link",
    "Sign up for The Valley Review's weekly letter on rural life.",
    "More from Essays",
    "© 2023 The Valley Review. All rights reserved.",
]


# Image captions a page's text copy keeps between paragraphs, after the paragraph numbered.
CAPTIONS = {
    3: "Photo: the keeper's post at the upper turnout, marked in white paint.",
    7: "Farmers wait outside the village hall before the annual meeting (Valley Review archive)",
}


def web_page() -> str:
    """One paragraph per line, blank lines between, the site's lines above and below, image
    captions among the paragraphs."""
    body = [
        line
        for number, (heading, paragraph) in enumerate(ESSAY, start=1)
        for line in (heading, paragraph, CAPTIONS.get(number))
        if line
    ]
    lines = [*SITE_TOP, SECTION, TITLE, BYLINE, DATE, READING_TIME, *body, *SITE_BOTTOM]
    return "\n\n".join(lines) + "\n"


# A second essay, written for these tests, with footnotes and numbers that are content (a year,
# `Year 9`, `2.5`, `CO2`): markers are `[n]` here; the superscript layout glues bare digits.
NOTED_FRONT = [
    "Rain in the Margins: What Parish Weather Diaries Record",
    "By Tomas Whitcombe",
    "3 June 2024",
]
NOTED_ESSAY: list[tuple[str | None, str]] = [
    (
        None,
        "Long before there were weather stations in every county, clergy, schoolteachers and "
        "farmers kept diaries of the weather in the margins of their working lives. One rector "
        "copied his predecessors' notebooks into a single ledger in 1998 and found an unbroken "
        "series of morning readings that began in 1841.[1] Such records are patchy, and their "
        "instruments were rarely checked, but they are local in a way that no national network "
        "can be: they record not the average of a region but what fell on one garden, long "
        "before anyone measured the CO2 in its air.",
    ),
    (
        "Reading an Amateur Record",
        "The first task is to decide what a diarist meant. A note of heavy rain in one hand "
        "may describe 2.5 millimetres; in another, a storm that flooded the lane. Historians "
        "have learned to read each writer against the wet and dry days of neighbours who kept "
        "diaries of their own[2], so that a habit of exaggeration shows up as a steady bias "
        "rather than as a change in the climate. Where two diaries agree on the days but "
        "disagree on the amounts, the days are usually the safer evidence, and the secondary "
        "evidence of crops and floods decides the rest.",
    ),
    (
        None,
        "The second task is to find out how the gauge was kept. A copper funnel under a pear "
        "tree catches less than one in the open, and a tree grows. Several diaries record the "
        "moment the gauge was moved, often with an apology, and the series can be joined "
        "across that moment by comparing a few months of readings taken in both places. Year 9 "
        "pupils at the village school repeated that test in 2019 with two plastic gauges and "
        "found a difference of nearly a tenth, which is about what the old diarist had "
        "guessed.[3]",
    ),
    (
        None,
        "None of this makes a parish diary a substitute for a modern instrument. What it "
        "offers is a long view of one place, set down by people who had to live with the "
        "weather and had no theory to defend. Checked against each other, the diaries show how "
        "the wet seasons of a valley have shifted over two centuries. The diarists wrote for "
        "themselves; read with care, they also wrote for us.[4]",
    ),
]
NOTES = [
    "Parish of Ashcombe, Rain Book 1841-1998, copied by the Revd H. Lyle, 1998, unpublished.",
    'M. Oduya, "Reading Amateur Weather Diaries", Journal of Local Climate 7 (2016): 41-58.',
    'Ashcombe School Science Club, "Two Gauges, One Garden", poster, 2019.',
    "On such records in general, see T. Whitcombe, Weather in the Parish (Ashby: Fieldgate "
    "Press, 2021), 12.",
]


def superscripts() -> str:
    """A PDF's superscript markers as bare digits glued to their words (`1841.1`), notes as
    `1 Source …` under a `Notes` heading; single-spaced, hard-wrapped, words hyphenated."""
    lines = list(NOTED_FRONT)
    for heading, paragraph in NOTED_ESSAY:
        if heading:
            lines.append(heading)
        lines += wrap(re.sub(r"\[(\d+)\]", r"\1", paragraph), 68, hyphenate=True)
    lines.append("Notes")
    for number, note in enumerate(NOTES, start=1):
        lines += wrap(f"{number} {note}", 68)
    return "\n".join(lines) + "\n"


FOOT_PAGE = 9  # lines of text on a page of the footnoted layout
RUNNING_HEAD = "RAIN IN THE MARGINS"


def foot_notes() -> str:
    """Notes at the foot of each page, as `1 Source …` with unindented run-on lines, markers as
    bare digits glued to their words; single-spaced, hard-wrapped, pages set apart by blank
    lines, each after the first under a running head and none numbered."""
    body = []
    for heading, paragraph in NOTED_ESSAY:
        if heading:
            body.append(heading)
        body += wrap(re.sub(r"\[(\d+)\]", r"\1", paragraph), 64)
    pages = [body[start : start + FOOT_PAGE] for start in range(0, len(body), FOOT_PAGE)]
    lines = list(NOTED_FRONT) + [""]
    for number, page in enumerate(pages):
        if number:
            lines += [RUNNING_HEAD, ""]
        lines += page
        cited = [n for n in range(1, len(NOTES) + 1) if re.search(rf"[a-z.)]{n}\b", " ".join(page))]
        if cited:
            lines.append("")
            for n in cited:
                lines += wrap(f"{n} {NOTES[n - 1]}", 64)
        lines.append("")
    return "\n".join(lines)


LAYOUTS = {
    "double_spaced_unmarked.txt": double_spaced,
    "double_spaced_pages.txt": double_spaced_pages,
    "hard_wrapped.txt": hard_wrapped,
    "hyphenated.txt": hyphenated,
    "indented.txt": indented,
    "running_heads.txt": running_heads,
    "superscripts.txt": superscripts,
    "foot_notes.txt": foot_notes,
    "web_debris.txt": web_page,
}


if __name__ == "__main__":
    for name, layout in LAYOUTS.items():
        (HERE / name).write_text(layout(), encoding="utf-8")
        print(f"wrote {HERE / name}")
