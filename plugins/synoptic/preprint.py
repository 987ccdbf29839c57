"""A preprint's front and its first page's foot: `pdftotext` of a paper set by a journal's, an
archive's or a series' template (elsarticle, arXiv, a working paper; docs/editions.md, "A
preprint").

A text is a preprint's when an `Abstract` label, alone on its line or opening the abstract
(`Abstract: This paper …`), stands among its first page's first lines, under a title and a line
of its authors' names (their affiliation marks glued on: `Priya Ashdowna , Tomas Rehnb`).
Then:

- a header above the title, the authors' line, the affiliations (`a Department of …`), their
  e-mail addresses, a date line, the `Abstract` label, the `Keywords:` lines and a series'
  notice under the abstract go; the abstract stays, the essay's first paragraph;
- on the first page, the notes on the authors go, and where the pages are marked (form feeds)
  the foot with `Preprint submitted to …` and its date; a note on the author that is a
  biography (`* Ann Lee is …`) is the body's last paragraph;
- arXiv's stamp goes (in any text), and so do section numbers on lines of their own;
- the title, the authors' names (without their marks) and the date are the front matter's;
- a list of references at the end (`References`, then entries such as `Okafor, N., 2021. From
  survey to stall …`) goes when the text cites its works by author and year (`(Okafor,
  2021)`): the works are named where they are cited. A list of numbered notes (`[1] …`) is
  the notes', read as notes are.

The title's lines stay in the text for `metadata.known_front`, which takes a known title
over however many lines the template set it. Anything else above the abstract is read as it
stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import Line, blocks_by_blank_lines, join_lines, looks_like_heading
from .metadata import names_people, parse_date

#: `Abstract` alone on its line, or opening the abstract's first line (`Abstract: This paper …`,
#: `Abstract—We …`).
ABSTRACT_LABEL = re.compile(r"(?:Abstract|ABSTRACT|A B S T R A C T)(?:[.:]?$|\s*[.:—–]\s*(?=\S))")
#: A date with its label (`This version: 3 February 2026`).
DATE_LABEL = re.compile(r"(?:This version|Version|First version|Draft|Date)\s*[:,]?\s*", re.I)
#: An institution, on an affiliation's line that carries no mark.
INSTITUTION = re.compile(
    r"\b(?:Universit\w*|Institut\w*|School|Department|College|Cent(?:re|er)|Laborator\w+"
    r"|Faculty|Foundation)\b"
)
#: A series' notice under a working paper's abstract (`Working papers are circulated for
#: discussion …`, `The views expressed are those of the authors …`).
SERIES_NOTICE = re.compile(
    r"(?:\w+ )?[Ww]orking [Pp]apers? (?:are|is) circulated|The views expressed (?:\w+ ){0,3}are "
    r"(?:those of )?the authors?"
)
KEYWORDS = re.compile(r"(?:Key\s?words|KEYWORDS|Index Terms|JEL [Cc]lassification)\s*[:.—–]")
REFERENCES = re.compile(r"(?:References|REFERENCES|Bibliography|BIBLIOGRAPHY|Works [Cc]ited)")
#: A work cited by its author and year: `(Okafor, 2021)`, `(Halloran and Pike, 2019)`, `Renfrew
#: (2023)`.
AUTHOR_YEAR = re.compile(
    r"(?P<name>[A-Z][\w’'-]+)(?: (?:and|&) [A-Z][\w’'-]+| et al\.)?(?:, | \()(?:1[5-9]|20)\d\d"
)
#: A work's entry in a list of references: its authors, then its year in brackets or after a
#: comma (`Halloran, D., Pike, S., 2019.`, `Abadie, A., … (2010).`).
ENTRY = re.compile(r"[A-Z][^\d]{0,160}?(?:\((?:1[5-9]|20)\d\d[a-z]?\)|, (?:1[5-9]|20)\d\d[a-z]?\.)")
SUBMITTED = re.compile(
    r"Preprint submitted to\s+\S.*?"
    r"(?:\s+(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}))?"
)
#: arXiv's stamp in the first page's margin, on a line of its own.
ARXIV_STAMP = re.compile(
    r"arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.-]+\]\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4})"
)
#: A note on the authors at the first page's foot, by its sign (`∗Corresponding author. E-mail: …`).
THANKS = re.compile(r"[∗*†‡§]\s*(?:Corresponding author|E-?mail)", re.I)
FOOT_NOTE = re.compile(r"(?:[∗*]\s*)?(?:Corresponding author|E-?mail address(?:es)?)\b", re.I)
#: An affiliation: its mark (a letter, a number, a sign), then an institution's name.
AFFILIATION = re.compile(r"(?P<mark>[a-z]|\d{1,2}|[∗*†‡§])\s?(?=[A-Z])")
#: Marks set as signs after a name (a corresponding author's, an equal contribution's).
SIGNS = re.compile(r"[∗*†‡§¶]")
AUTHOR_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
LONE_MARKS = re.compile(r"(?:[a-z]|\d{1,2})(?:,(?:[a-z]|\d{1,2}))*")
#: The label stands among the first page's first lines (a title, names, affiliations, a date).
LABEL_WITHIN = 25

PREPRINT_FRONT = (
    "a preprint's front: its authors' line (names and affiliation marks), the affiliations and "
    "e-mail addresses, a date, the Abstract label and the keywords"
)
PREPRINT_REFERENCES = (
    "a preprint's list of references (the text names each work where it cites it, by author "
    "and year)"
)
PREPRINT_SECTION = "a preprint's section number, on a line of its own above the section's heading"
PREPRINT_STAMP = "an archive's stamp in the first page's margin (arXiv:… [field] date)"
PREPRINT_FOOT = (
    "a preprint's first-page foot: a corresponding author's note, e-mail addresses, "
    "'Preprint submitted to …' and its date"
)


@dataclass
class Preprint:
    removed: list[Removed] = field(default_factory=list)  # removed where they stand
    foot: list[Removed] = field(default_factory=list)  # a page's furniture: the text runs on
    facts: dict[str, str] = field(default_factory=dict)
    # Lines that lose a label or a mark (`Abstract: This …`, `* Ann Lee is …`): their new text.
    retexts: dict[int, str] = field(default_factory=dict)
    bio: int | None = None  # the raw line of a note on the author that is a biography

    @property
    def sections(self) -> list[Removed]:
        """The section numbers set on lines of their own."""
        return [item for item in self.removed if item.rule == PREPRINT_SECTION]

    def read(self, lines: list[Line]) -> list[Line]:
        """The lines with their labels and marks taken off."""
        return [Line(line.number, self.retexts.get(line.number, line.text)) for line in lines]


def preprint_front(lines: list[Line], starts: list[int]) -> Preprint:
    """The front and first-page foot of a preprint (see the module), or nothing but an
    archive's stamp."""
    first_page = [line for line in lines if not starts or line.number < starts[0]]
    stamps = [line for line in first_page if ARXIV_STAMP.fullmatch(line.text.strip())]
    read = _front(first_page)
    if read is None:
        return Preprint(foot=_removed(stamps, PREPRINT_STAMP))
    front, label, facts = read
    below = [line for line in first_page if line.number > label.number]
    keywords = next((i for i, line in enumerate(below) if KEYWORDS.match(line.text.strip())), None)
    if keywords is not None:
        front += next(iter(blocks_by_blank_lines(below[keywords:])))
    blocks = blocks_by_blank_lines(below)
    front += [line for block in blocks if SERIES_NOTICE.match(block[0].text) for line in block]
    bio = next((block for block in blocks if _is_bio(block[0].text, facts["author"])), None)
    thanks = [line for line in below if THANKS.match(line.text.strip())]
    foot = first_page_foot(first_page) if starts else []
    for line in foot + stamps:
        text = line.text.strip()
        dated = SUBMITTED.fullmatch(text) or ARXIV_STAMP.fullmatch(text)
        date = parse_date(dated["date"] or "") if dated else parse_date(text)
        facts.setdefault("date", date) if date else None
    labelled = label.text.strip()
    retexts = {}
    if (inline := ABSTRACT_LABEL.match(labelled)) and inline.end() < len(labelled):
        # spaces for the label: the line keeps its width, which tells a full line from a short
        retexts[label.number] = " " * inline.end() + labelled[inline.end() :]
        front.remove(label)
    if bio:
        retexts[bio[0].number] = SIGNS.sub("", bio[0].text, count=1).strip()
    return Preprint(
        removed=_removed(front, PREPRINT_FRONT)
        + _removed(section_numbers(lines, starts), PREPRINT_SECTION)
        + _removed(cited_list(lines), PREPRINT_REFERENCES),
        foot=_removed(sorted(set(thanks + foot), key=lambda line: line.number), PREPRINT_FOOT)
        + _removed(stamps, PREPRINT_STAMP),
        facts=facts,
        retexts=retexts,
        bio=bio[0].number if bio else None,
    )


def _is_bio(text: str, authors: str) -> bool:
    """A note on the author, by its sign, that opens with the author's name: a biography (`*
    Callum Feraday is a senior research fellow …`)."""
    text = text.strip()
    first = authors.split(" and ")[0].split(", ")[0]
    return bool(SIGNS.match(text)) and SIGNS.sub("", text, count=1).strip().startswith(first)


def _front(first_page: list[Line]) -> tuple[list[Line], Line, dict[str, str]] | None:
    """The front's lines that go, the `Abstract` label's line, and the title, authors and
    date. The authors' line is the first block's under the title; a series' or a journal's
    header above the title goes (`Working Paper Series No. 2026-03`)."""
    texts = [line for line in first_page if not line.blank][:LABEL_WITHIN]
    label = next((line for line in texts if ABSTRACT_LABEL.match(line.text.strip())), None)
    if label is None:
        return None
    above = blocks_by_blank_lines([line for line in first_page if line.number < label.number])
    for at in range(1, len(above)):
        names, rest = _names_and_rest(above[at], above[at + 1 :])
        if names and (authors := author_names(" ".join(line.text for line in names), _marks(rest))):
            break
    else:
        return None
    header, title = [line for block in above[: at - 1] for line in block], above[at - 1]
    front = [*header, *names, label]
    facts = {"title": join_lines([line.text for line in title]), "author": _joined(authors)}
    for block in rest:
        if len(block) == 1 and (date := parse_date(DATE_LABEL.sub("", block[0].text.strip()))):
            front += block
            facts["date"] = date
        elif all(_about_authors(line.text.strip()) for line in block):
            front += block  # affiliations, e-mail addresses, a corresponding author's note
    return front, label, facts


def _names_and_rest(block: list[Line], rest: list[list[Line]]) -> tuple[list[Line], list]:
    """The authors' lines of a block, and the blocks under them: the affiliations may stand
    right under the names (`Ann Lee1 and Bo Ma2` / `1School of …`)."""
    split = next(
        (i for i, line in enumerate(block) if _about_authors(line.text.strip())), len(block)
    )
    return block[:split], ([block[split:]] if block[split:] else []) + rest


def _marks(blocks: list[list[Line]]) -> set[str]:
    return {
        found["mark"]
        for block in blocks
        for line in block
        if not parse_date(line.text) and (found := AFFILIATION.match(line.text.strip()))
    }


def _about_authors(text: str) -> bool:
    """An affiliation (marked, or naming an institution), an e-mail address, a note on the
    corresponding author."""
    return bool(
        AFFILIATION.match(text) or INSTITUTION.search(text) or "@" in text or FOOT_NOTE.match(text)
    )


def _removed(lines: list[Line], rule: str) -> list[Removed]:
    return [Removed(line.number, line.text.strip(), rule) for line in lines]


def section_numbers(lines: list[Line], starts: list[int]) -> list[Line]:
    """The section numbers a template sets on lines of their own above their headings (LaTeX's
    `article`: `1`, a blank line, `Why Kessford tried a cordon`), counting up from 1; a page's
    number (the last line above a page's start) is no section's."""
    texts = [line for line in lines if not line.blank]
    found: list[Line] = []
    for line, following in zip(texts, texts[1:], strict=False):
        if (
            line.text.strip() == str(len(found) + 1)
            and line.number + 1 not in starts
            and looks_like_heading(following.text.strip())
        ):
            found.append(line)
    return found


def author_names(text: str, marks: set[str]) -> list[str]:
    """The names on a preprint's authors' line, without the affiliation marks set after them
    (`Priya Ashdowna , Tomas Rehnb`, `Ann Lee1,∗ and Bo Ma2`); none if it names no people.

    A letter glued to a name is a mark when every name ends in one of the affiliations' marks:
    a name of its own may end in `a`."""
    parts = [part for part in AUTHOR_SEPARATOR.split(SIGNS.sub("", text).strip()) if part]
    names = []
    for part in parts:
        if LONE_MARKS.fullmatch(part):
            continue  # `Ann Lee a,b` split at its comma
        words = part.split()
        while len(words) > 1 and LONE_MARKS.fullmatch(words[-1]):
            words.pop()
        names.append(re.sub(r"\d+$", "", " ".join(words)))
    letters = marks - set("0123456789")
    if names and letters and all(name[-1:] in letters for name in names):
        names = [name[:-1] for name in names]
    if not names or not all(names_people(name) and len(name.split()) > 1 for name in names):
        return []
    return names


def cited_list(lines: list[Line]) -> list[Line]:
    """The closing list of references, its heading and the blocks of entries under it (`Okafor,
    N., 2021. From …`, `Kessford City Council (2025) Cordon …`), when the text above it cites
    one of its works by author and year; none otherwise. A block that opens no entry ends it
    (an author's biography, a page's note)."""
    heading = next(
        (i for i in reversed(range(len(lines))) if REFERENCES.fullmatch(lines[i].text.strip())),
        None,
    )
    if heading is None:
        return []
    listed: list[Line] = []
    for block in blocks_by_blank_lines(lines[heading + 1 :]):
        if not ENTRY.match(block[0].text.strip()):
            break
        listed += block
    cited = {found["name"] for line in lines[:heading] for found in AUTHOR_YEAR.finditer(line.text)}
    if not any(line.text.lstrip().startswith(name) for line in listed for name in cited):
        return []
    return [lines[heading], *listed]


def first_page_foot(page: list[Line]) -> list[Line]:
    """The blocks at the first page's foot that a preprint's template sets there (a page
    number below them is furniture already): from the last up, while each is a note on the
    authors, the `Preprint submitted to` line or its date."""
    foot: list[Line] = []
    for block in reversed(blocks_by_blank_lines(page)):
        first = block[0].text.strip()
        if len(block) == 1 and first.isdigit():
            continue  # the page number
        if (
            FOOT_NOTE.match(first)
            or SUBMITTED.fullmatch(first)
            or (len(block) == 1 and parse_date(first))
        ):
            foot = block + foot
        else:
            break
    if not any(SUBMITTED.fullmatch(line.text.strip()) for line in foot):
        return []  # notes on the authors at a page's foot, with no template's line, are a text's
    return foot


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
