"""A preprint's front and its first page's foot: `pdftotext` of a paper set by a journal's or an
archive's template (elsarticle, a working-paper series; docs/editions.md, "A preprint").

A text is a preprint's when an `Abstract` label stands alone on a line of its first page, under
a title and a line of its authors' names (their affiliation marks glued on, `Priya Ashdowna ,
Tomas Rehnb`). Then:

- the authors' line, the affiliations (`a Department of …`), their e-mail addresses, a date
  line, the `Abstract` label and the `Keywords:` line under the abstract go; the abstract
  stays, the essay's first paragraph;
- where the pages are marked (form feeds), the first page's foot goes: a corresponding
  author's and the e-mail addresses' notes, `Preprint submitted to …` and its date;
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
from .layout import Line, blocks_by_blank_lines, join_lines
from .metadata import names_people, parse_date

ABSTRACT_LABEL = re.compile(r"(?:Abstract|ABSTRACT|A B S T R A C T)[.:]?")
KEYWORDS = re.compile(r"(?:Key\s?words|KEYWORDS|Index Terms|JEL [Cc]lassification)\s*[:.—–]")
REFERENCES = re.compile(r"(?:References|REFERENCES|Bibliography|BIBLIOGRAPHY|Works [Cc]ited)")
#: A work cited by its author and year: `(Okafor, 2021)`, `(Halloran and Pike, 2019)`, `Renfrew
#: (2023)`.
AUTHOR_YEAR = re.compile(
    r"(?P<name>[A-Z][\w’'-]+)(?: (?:and|&) [A-Z][\w’'-]+| et al\.)?(?:, | \()(?:1[5-9]|20)\d\d"
)
SUBMITTED = re.compile(r"Preprint submitted to\s+\S.*")
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
PREPRINT_FOOT = (
    "a preprint's first-page foot: a corresponding author's note, e-mail addresses, "
    "'Preprint submitted to …' and its date"
)


@dataclass
class Preprint:
    removed: list[Removed] = field(default_factory=list)  # removed where they stand
    foot: list[Removed] = field(default_factory=list)  # a page's furniture: the text runs on
    facts: dict[str, str] = field(default_factory=dict)


def preprint_front(lines: list[Line], starts: list[int]) -> Preprint:
    """The front and first-page foot of a preprint (see the module), or nothing."""
    first_page = [line for line in lines if not starts or line.number < starts[0]]
    texts = [line for line in first_page if not line.blank][:LABEL_WITHIN]
    label = next((line for line in texts if ABSTRACT_LABEL.fullmatch(line.text.strip())), None)
    if label is None:
        return Preprint()
    above = blocks_by_blank_lines([line for line in first_page if line.number < label.number])
    if len(above) < 2:
        return Preprint()
    title, names, *rest = above
    marks = {
        found["mark"]
        for block in rest
        for line in block
        if not parse_date(line.text) and (found := AFFILIATION.match(line.text.strip()))
    }
    authors = author_names(" ".join(line.text for line in names), marks)
    if not authors:
        return Preprint()
    front = [*names, label]
    facts = {"title": join_lines([line.text for line in title]), "author": _joined(authors)}
    for block in rest:
        if len(block) == 1 and (date := parse_date(block[0].text)):
            front += block
            facts["date"] = date
        elif all(
            AFFILIATION.match(line.text.strip()) or "@" in line.text or FOOT_NOTE.match(line.text)
            for line in block
        ):
            front += block  # affiliations, e-mail addresses, a corresponding author's note
    below = [line for line in first_page if line.number > label.number]
    keywords = next((i for i, line in enumerate(below) if KEYWORDS.match(line.text.strip())), None)
    if keywords is not None:
        front += next(iter(blocks_by_blank_lines(below[keywords:])))
    foot = first_page_foot(first_page) if starts else []
    for line in foot:
        if "date" not in facts and (date := parse_date(line.text)):
            facts["date"] = date
    return Preprint(
        removed=[Removed(line.number, line.text.strip(), PREPRINT_FRONT) for line in front]
        + [
            Removed(line.number, line.text.strip(), PREPRINT_REFERENCES)
            for line in cited_list(lines)
        ],
        foot=[Removed(line.number, line.text.strip(), PREPRINT_FOOT) for line in foot],
        facts=facts,
    )


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
    """The closing list of references, heading and all, when the text above it cites one of
    its works by author and year; none otherwise."""
    heading = next(
        (i for i in reversed(range(len(lines))) if REFERENCES.fullmatch(lines[i].text.strip())),
        None,
    )
    if heading is None:
        return []
    listed = [line for line in lines[heading + 1 :] if not line.blank]
    cited = {found["name"] for line in lines[:heading] for found in AUTHOR_YEAR.finditer(line.text)}
    if not listed or not any(
        line.text.lstrip().startswith(f"{name},") for line in listed for name in cited
    ):
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
