"""A preprint's front and its first page's foot: `pdftotext` of a paper set by a journal's, an
archive's or a series' template (elsarticle, arXiv, a working paper; docs/editions.md, "A
preprint").

A text is a preprint's when an `Abstract` label, alone on its line or opening the abstract
(`Abstract: This paper …`), stands among its first page's first lines, under a title and its
authors' names (their affiliation marks glued on: `Priya Ashdowna , Tomas Rehnb`). Then:

- a series' header above the title, the authors' names, their affiliations and e-mail
  addresses, a date line and the `Abstract` label go; and, under the abstract (down to the
  first heading), the `Keywords:` lines and a series' notice; the abstract stays, the essay's
  first paragraph;
- on the first page, the notes on the authors go, and where the pages are marked (form feeds)
  the foot with `Preprint submitted to …` and its date; a note on the author that is a
  biography (`* Ann Lee is …`) is the body's last paragraph;
- arXiv's stamp goes (in any text), and so do section numbers on lines of their own;
- the title, the authors' names (without their marks) and the date are the front matter's;
  a title block set without blank lines (a journal's over two columns: the title's lines, the
  author over the affiliation, the correspondence, the history's `Received … | Published online
  …` line, which dates the paper by its publication) is read as one set with them;
- a list of references at the end (`References`, then entries such as `Okafor, N., 2021. From
  survey to stall …`) goes when the text cites most of its works by author and year (`(Okafor,
  2021)`) and cites nothing by number (its `[1]` markers are notes only where notes so
  numbered stand below the list): the works are named where they are cited;
- Taylor & Francis's end matter, which its manuscripts carry too (`Disclosure statement`,
  `Funding` and their sentences, `Notes on contributors` over the authors' note, which stays:
  `journalarticle.end_matter`), goes.

The title's lines stay in the text for `metadata.known_front`, which takes a known title
over however many lines the template set it. Anything else above the abstract is read as it
stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed, removed_lines
from .journalarticle import ARTICLE_END, CONTACT, HISTORY, end_matter
from .layout import (
    INLINE_MARKER,
    SMALL_WORDS,
    Line,
    blocks_by_blank_lines,
    ends_sentence,
    is_all_caps,
    join_lines,
    looks_like_heading,
)
from .metadata import names_people, parse_date
from .names import and_joined, without_honorific

#: `Abstract` alone on its line, or opening the abstract's first line (`Abstract: This paper …`,
#: `Abstract—We …`).
ABSTRACT_LABEL = re.compile(r"(?:Abstract|ABSTRACT|A B S T R A C T)(?:[.:]?$|\s*[.:—–]\s*(?=\S))")
#: A keywords' line: its label, then a stop, a dash or a capital; or the label alone, set in
#: bold, over terms in lower case parted by semicolons (`Keywords destructive sampling;
#: herbaria; …`, a journal's line read through `pdftotext`).
KEYWORDS = re.compile(
    r"(?:Key\s?words|KEY\s?WORDS|Index Terms|JEL (?:[Cc]lassification|[Cc]odes))"
    r"(?:\s*[:.—–]|\s+(?=[A-Z]))"
    r"|(?:Key\s?words|KEY\s?WORDS)\s+(?=(?:[^\W\d][\w’'-]*(?: [\w’'-]+){0,4};\s*)+"
    r"[^\W\d][\w’'-]*(?: [\w’'-]+){0,4};?\s*$)"
)
#: A date with its label (`This version: 3 February 2026`).
DATE_LABEL = re.compile(r"(?:This version|Version|First version|Draft|Date)\s*[:,]?\s*", re.I)
#: A series' or a journal's header above the title (`Working Paper Series No. 2026-03`, `Policy
#: Brief`, `Vol. 12, Issue 3`); else a line of capitals (`KESSFORD INSTITUTE FOR PUBLIC POLICY`).
HEADER = re.compile(
    r".*\b(?:(?:Working|Discussion|Policy|Occasional|Research) (?:Papers?|Briefs?|Notes?)\b"
    r"|(?:Series|Vol\.|Volume|Issue|No\.) ?\d)"
)
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
REFERENCES = re.compile(r"(?:References|REFERENCES|Bibliography|BIBLIOGRAPHY|Works [Cc]ited)")
#: A work cited by its authors and year: `(Okafor, 2021)`, `(Halloran and Pike, 2019)`,
#: `Abadie et al. (2010)`, `(Kessford City Council, 2025)`, Chicago's `(Pennant 2021)`.
CITATION = re.compile(
    r"(?P<names>[A-Z][\w’'-]+(?:,? (?:and |& )?[A-Z][\w’'-]+)*)(?: et al\.)?(?:, | \(| )"
    r"(?P<year>(?:1[5-9]|20)\d\d)"
)
#: A work's entry in a list of references: its authors, then its year in brackets or after a
#: comma or a stop (`Halloran, D., Pike, S., 2019.`, `Abadie, A., … (2010).`, Chicago's
#: `Delahunt, S. 2018.`).
REFERENCE_ENTRY = re.compile(
    r"(?P<first>[A-Z][\w’'-]+)[^\d]{0,160}?(?:\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)"
    r"|(?:,|\.) (?P<year2>(?:1[5-9]|20)\d\d)[a-z]?\.)"
)
SUBMITTED = re.compile(
    r"Preprint submitted to\s+\S.*?"
    r"(?:\s+(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}))?"
)
#: arXiv's stamp in the first page's margin, on a line of its own.
ARXIV_STAMP = re.compile(
    r"arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.-]+\]\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4})"
)
#: A note on the authors (`∗Corresponding author. E-mail: …`, `Email addresses: …`); set at the
#: foot of the first page, it opens with its sign (`THANKS`).
AUTHORS_NOTE = re.compile(
    r"(?P<sign>[∗*†‡§]\s*)?(?:Corresponding author|E-?mail(?: address(?:es)?)?)\b", re.I
)
#: An affiliation: its mark (a letter, a number, a sign), then an institution's name.
AFFILIATION = re.compile(r"(?P<mark>[a-z]|\d{1,2}|[∗*†‡§])\s?(?=[A-Z])")
#: Marks set as signs after a name (a corresponding author's, an equal contribution's).
SIGNS = re.compile(r"[∗*†‡§¶]")
#: IEEE's grades after a name (`Ann Lee, Member, IEEE, and Bo Ma, Senior Member, IEEE`).
IEEE_GRADE = re.compile(
    r",?\s*(?:(?:Student|Senior|Life|Graduate Student)\s+)?(?:Member|Fellow),?\s*IEEE"
)
AUTHOR_SEPARATOR = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*[&·]\s*")
LONE_MARKS = re.compile(r"(?:[a-z]|\d{1,2})(?:,(?:[a-z]|\d{1,2}))*")
#: The label stands among the first page's first lines (a title, names, affiliations, a date).
LABEL_WITHIN = 25

PREPRINT_FRONT = (
    "a preprint's front: a series' header, its authors' names (and affiliation marks), the "
    "affiliations and e-mail addresses, a date, the Abstract label, the keywords and a series' "
    "notice"
)
PREPRINT_REFERENCES = (
    "a preprint's list of references (the text names each work where it cites it, by author "
    "and year)"
)
PREPRINT_SECTION = "a preprint's section number, on a line of its own above the section's heading"
PREPRINT_STAMP = "an archive's stamp in the first page's margin (arXiv:… [field] date)"
PREPRINT_FOOT = (
    "a preprint's first-page foot: notes on the authors, e-mail addresses, "
    "'Preprint submitted to …' and its date"
)
PREPRINT_MARK = "a preprint's label or mark, taken off its line (the line is read without it)"


@dataclass
class Preprint:
    removed: list[Removed] = field(default_factory=list)  # removed where they stand
    sections: list[Removed] = field(default_factory=list)  # section numbers: removed too
    foot: list[Removed] = field(default_factory=list)  # a page's furniture: the text runs on
    # Labels and marks taken off their lines (`Abstract:`, a note's `*`): the lines stay, read
    # as `retexts` gives them; listed for the report.
    taken: list[Removed] = field(default_factory=list)
    retexts: dict[int, str] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)
    bio: int | None = None  # the raw line of a note on the author that is a biography

    def read(self, lines: list[Line]) -> list[Line]:
        """The lines with their labels and marks taken off."""
        return [Line(line.number, self.retexts.get(line.number, line.text)) for line in lines]


@dataclass
class Front:
    """What a preprint's front states, and its lines that go."""

    label: Line  # the `Abstract` label's line
    authors: list[str]
    facts: dict[str, str]
    lines: list[Line]


def preprint_front(lines: list[Line], starts: list[int]) -> Preprint:
    """The front and first-page foot of a preprint (see the module), or nothing but an
    archive's stamp."""
    texts = [line for line in lines if not line.blank]
    first_page = [line for line in lines if not starts or line.number < starts[0]]
    stamps = [line for line in first_page if ARXIV_STAMP.fullmatch(line.text.strip())]
    front = read_front(first_page)
    if front is None:
        return Preprint(foot=removed_lines(stamps, PREPRINT_STAMP))
    under = under_abstract(first_page, front.label)
    notices = [
        line for block in under if SERIES_NOTICE.match(block[0].text.strip()) for line in block
    ]
    bio = next((block for block in under if _is_bio(block[0].text, front.authors)), None)
    if bio is None:  # at the first page's foot, over its notes (groff's `.FS *`, `\thanks`)
        below = [line for line in first_page if line.number > front.label.number]
        bio = next(([line] for line in below if _is_bio(line.text, front.authors)), None)
    thanks = [
        line
        for line in first_page
        if line.number > front.label.number and (note := AUTHORS_NOTE.match(line.text.strip()))
        if note["sign"]
    ]
    foot = first_page_foot(first_page) if starts else []
    facts = {**front.facts}
    if "date" not in facts and (date := _stated_date(foot + stamps)):
        facts["date"] = date
    taken, retexts = _taken_off(front.label, bio)
    return Preprint(
        removed=removed_lines(front.lines + keywords(under) + notices, PREPRINT_FRONT)
        + removed_lines(cited_list(lines), PREPRINT_REFERENCES)
        + removed_lines(taylor_and_francis_end(texts, front.label), ARTICLE_END),
        sections=removed_lines(section_numbers(lines, starts), PREPRINT_SECTION),
        foot=removed_lines(sorted({*thanks, *foot}, key=lambda line: line.number), PREPRINT_FOOT)
        + removed_lines(stamps, PREPRINT_STAMP),
        taken=taken,
        retexts=retexts,
        facts=facts,
        bio=bio[0].number if bio else None,
    )


# --- the front, above the abstract -----------------------------------------------------------


def read_front(first_page: list[Line]) -> Front | None:
    """The front above the `Abstract` label: its header, title, authors (their first block
    under the title whose lines read as people's names, each block of a name over its
    affiliation after it), affiliations and date. None where no such front stands there."""
    texts = [line for line in first_page if not line.blank][:LABEL_WITHIN]
    label = next((line for line in texts if ABSTRACT_LABEL.match(line.text.strip())), None)
    if label is None:
        return None
    above = title_block(
        blocks_by_blank_lines([line for line in first_page if line.number < label.number])
    )
    for at in range(1, len(above)):
        names, rest = _names_and_rest(above[at], above[at + 1 :])
        authors = author_names([line.text for line in names], _marks(rest))
        if authors:
            break
    else:
        return None
    header = [line for block in above[:at] if _is_header(block) for line in block]
    title = [line for block in above[:at] if not _is_header(block) for line in block]
    if not title:
        return None
    gone = [*header, *names] + ([label] if _label_alone(label) else [])
    facts: dict[str, str] = {"title": join_lines([line.text for line in title])}
    for block in rest:
        more, affiliations = _names_and_rest(block, [])
        also = author_names([line.text for line in more], _marks(rest)) if more else []
        if len(block) == 1 and (date := parse_date(DATE_LABEL.sub("", block[0].text.strip()))):
            gone += block
            facts["date"] = date
        elif len(block) == 1 and (date := history_date(block[0].text)):
            gone += block
            facts.setdefault("date", date)
        elif also and affiliations:  # a name over its affiliation, as the first
            authors += also
            gone += block
        elif all(
            _about_authors(line.text.strip()) or history_date(line.text) for line in block
        ) or (
            block[0].text.strip().startswith(tuple(f"{name}," for name in authors))
            and not ends_sentence(join_lines([line.text for line in block]))
        ):
            # affiliations (`Ifeoma Askew, School of Engineering, …`, `Callum Brede, Brede
            # Marine Consulting, …`), e-mail addresses, a note on the corresponding author; a
            # date set right under an affiliation (`4 March 2026`, no blank line between), a
            # journal's history line there (`Received … | Published online …`)
            gone += block
            dated = (
                parse_date(DATE_LABEL.sub("", line.text.strip())) or history_date(line.text)
                for line in block[1:]
            )
            if "date" not in facts and (date := next((d for d in dated if d), None)):
                facts["date"] = date
    facts["author"] = and_joined(authors)
    return Front(label, authors, facts, gone)


def history_date(text: str) -> str | None:
    """The date of a journal's history line (`Received 2 December 2025 | Accepted 28 January
    2026 | Published online 20 February 2026`, its parts set apart by bars or semicolons, each
    a stage and its date): the publication's, else the latest; none for any other line."""
    parts = [part.strip() for part in re.split(r"\s*[|;]\s*", text.strip()) if part.strip()]
    dated = [
        (stage[0], parse_date(re.sub(r"^(?:on\b)?\s*:?\s*", "", part[stage.end() :].strip())))
        if (stage := HISTORY.match(part))
        else ("", None)
        for part in parts
    ]
    if not dated or not all(date for _, date in dated):
        return None
    published = [date for stage, date in dated if stage.lower().startswith("published")]
    return published[-1] if published else max(date for _, date in dated)


def taylor_and_francis_end(texts: list[Line], label: Line) -> list[Line]:
    """Taylor & Francis's end matter (`journalarticle.end_matter`), in a manuscript of its
    template: one whose front gives the corresponding author's `CONTACT` line; a preprint's
    own closing section headed `Funding` is its text (a review's probe)."""
    front = [line for line in texts if line.number < label.number]
    if not any(CONTACT.match(line.text.strip()) for line in front):
        return []
    return end_matter(texts, texts.index(label))


def title_block(blocks: list[list[Line]]) -> list[list[Line]]:
    """The blocks with a title block set without blank lines split: `pandoc -s -t plain` sets
    the title, the authors (joined by `; `, or one author over the date) and the date one under
    the other, with no blank line between; a journal's title block over two columns sets the
    title, the author over the affiliation, the correspondence and the history's dates so
    (`pdftotext -layout`'s page, docs/editions.md). Each line from the names down then stands
    as a block of its own under the title's lines, as a template sets them. The first block
    that is no header (a journal's kicker, `PERSPECTIVE`, above) is the one read."""
    at = next((i for i, block in enumerate(blocks) if not _is_header(block)), None)
    if at is None:
        return blocks
    first = blocks[at]
    names = next(
        (
            i
            for i, line in enumerate(first)
            if i
            and is_name_line(line.text)
            and not _in_title(first, i)
            # (authors joined by `; `, or one author right over the date or the affiliation)
            and (
                ";" in line.text
                or (
                    i + 1 < len(first)
                    and (
                        parse_date(first[i + 1].text)
                        or INSTITUTION.search(first[i + 1].text)
                        or "@" in first[i + 1].text
                    )
                )
            )
        ),
        None,
    )
    if names is None:
        return blocks
    return [*blocks[:at], first[:names], *([line] for line in first[names:]), *blocks[at + 1 :]]


#: A line's last word that leaves its sentence open (a preposition, an article, a conjunction).
OPEN_END = re.compile(
    r"\b(?:of|the|a|an|in|on|at|to|for|by|with|from|and|or|about|after|before|between|"
    r"into|under|upon|through|against|among|towards?|des?|du|la|le|von|van|di)\s*[:,–—-]?$",
    re.IGNORECASE,
)


def _in_title(block: list[Line], i: int) -> bool:
    """A name inside the title's run (`The Herbarium Letters of` / `Joseph Dalton Hooker` / `at
    the University of Glasgow`): the line above it ends with a preposition or an article, or
    the line below it goes on in lower case. The name is the title's subject, no author's."""
    above = block[i - 1].text.strip()
    below = block[i + 1].text.strip() if i + 1 < len(block) else ""
    return bool(OPEN_END.search(above)) or (below[:1].islower())


def _label_alone(label: Line) -> bool:
    """`Abstract` alone on its line (else it opens the abstract's first line)."""
    return ABSTRACT_LABEL.match(label.text.strip()).end() == len(label.text.strip())


def _is_header(block: list[Line]) -> bool:
    """A series' or a journal's header above the title (`KESSFORD INSTITUTE FOR PUBLIC
    POLICY` / `Working Paper Series No. 2026-03`), not a title's subtitle."""
    return all(is_all_caps(line.text) or HEADER.match(line.text.strip()) for line in block)


def _names_and_rest(
    block: list[Line], rest: list[list[Line]]
) -> tuple[list[Line], list[list[Line]]]:
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
        AFFILIATION.match(text)
        or INSTITUTION.search(text)
        or "@" in text
        or AUTHORS_NOTE.match(text)
    )


def author_names(lines: list[str], marks: set[str]) -> list[str]:
    """The names on a preprint's authors' lines, without the affiliation marks set after them
    (`Priya Ashdowna , Tomas Rehnb`, `Ann Lee1,∗ and Bo Ma2`, one name a line), their titles
    (`Dr`, `By`) and IEEE's grades; none if they name no people.

    A letter glued to a name is a mark when every name ends in one of the affiliations' marks:
    a name of its own may end in `a`. A name holds no small word of English (`The Case For
    …`, `Evidence From …`): such a line is a title's."""
    text = " , ".join(lines) if len(lines) > 1 else "".join(lines)
    text = SIGNS.sub("", IEEE_GRADE.sub("", text)).strip()
    names = []
    for part in (part for part in AUTHOR_SEPARATOR.split(text) if part):
        if LONE_MARKS.fullmatch(part):
            continue  # `Ann Lee a,b` split at its comma
        words = without_honorific(re.sub(r"^By\s+", "", part)).split()
        while len(words) > 1 and LONE_MARKS.fullmatch(words[-1]):
            words.pop()
        names.append(re.sub(r"\d+$", "", " ".join(words)))
    letters = marks - set("0123456789")
    if names and letters and all(name[-1:] in letters for name in names):
        names = [name[:-1] for name in names]
    if not names or not all(_is_name(name) for name in names):
        return []
    return names


def _is_name(name: str) -> bool:
    words = name.split()
    return (
        len(words) > 1
        and names_people(name)
        and not any(word.lower() in SMALL_WORDS for word in words)
    )


def is_name_line(text: str) -> bool:
    """A line of people's names and nothing else (`Priya Nandakumar and Owen Stiles`)."""
    names = [part for part in AUTHOR_SEPARATOR.split(text.strip()) if part]
    return bool(names) and all(_is_name(name) for name in names)


# --- under the abstract and at the first page's foot ----------------------------------------


def under_abstract(first_page: list[Line], label: Line) -> list[list[Line]]:
    """The first page's blocks from the abstract's down to the first heading."""
    blocks = blocks_by_blank_lines([line for line in first_page if line.number >= label.number])
    heading = next(
        (
            i
            for i, block in enumerate(blocks)
            if i and len(block) == 1 and _is_heading(block[0].text.strip())
        ),
        len(blocks),
    )
    return blocks[:heading]


def _is_heading(text: str) -> bool:
    return looks_like_heading(text) and not (
        KEYWORDS.match(text) or SERIES_NOTICE.match(text) or AUTHORS_NOTE.match(text)
    )


def keywords(under: list[list[Line]]) -> list[Line]:
    """The keywords' lines (`Keywords: …`, `JEL classification: …`) and the lines that go on
    with their list (after a comma or a semicolon, or in lower case); not a heading or a
    paragraph set right under them."""
    found: list[Line] = []
    for block in under:
        for line in block:
            text = line.text.strip()
            goes_on = (
                found
                and found[-1].number == line.number - 1
                and (found[-1].text.rstrip().endswith((",", ";")) or text[:1].islower())
            )
            if KEYWORDS.match(text) or goes_on:
                found.append(line)
    return found


def _is_bio(text: str, authors: list[str]) -> bool:
    """A note on the author, by its sign, that opens with an author's name: a biography (`*
    Callum Feraday is a senior research fellow …`)."""
    text = " ".join(text.split())  # (a justified line's spaces)
    return bool(SIGNS.match(text)) and SIGNS.sub("", text, count=1).strip().startswith(
        tuple(authors)
    )


def _taken_off(label: Line, bio: list[Line] | None) -> tuple[list[Removed], dict[int, str]]:
    """The inline `Abstract:` label and the biography's sign, each taken off its line (the
    label's place kept in spaces: the line keeps its width, which tells a full line from a
    short one)."""
    taken, retexts = [], {}
    if not _label_alone(label):
        text = label.text.strip()
        end = ABSTRACT_LABEL.match(text).end()
        retexts[label.number] = " " * end + text[end:]
        taken.append(Removed(label.number, text[:end].strip(), PREPRINT_MARK))
    if bio:
        sign = SIGNS.match(bio[0].text.strip())
        retexts[bio[0].number] = bio[0].text.strip()[sign.end() :].strip()
        taken.append(Removed(bio[0].number, sign.group(), PREPRINT_MARK))
    return taken, retexts


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
            AUTHORS_NOTE.match(first)
            or SUBMITTED.fullmatch(first)
            or (len(block) == 1 and parse_date(first))
        ):
            foot = block + foot
        else:
            break
    if not any(SUBMITTED.fullmatch(line.text.strip()) for line in foot):
        return []  # notes on the authors at a page's foot, with no template's line, are a text's
    return foot


def _stated_date(lines: list[Line]) -> str | None:
    """The date the foot's `Preprint submitted to … February 17, 2026` or a date line, or
    arXiv's stamp, states."""
    for line in lines:
        text = line.text.strip()
        dated = SUBMITTED.fullmatch(text) or ARXIV_STAMP.fullmatch(text)
        if date := parse_date(dated["date"] or "") if dated else parse_date(text):
            return date
    return None


# --- the body: section numbers and the list of references ------------------------------------


def section_numbers(lines: list[Line], starts: list[int]) -> list[Line]:
    """The section numbers a template sets on lines of their own above their headings (LaTeX's
    `article`: `1`, a blank line, `Why Kessford tried a cordon`), counting up from 1; a page's
    number (a page's last line, or its first) is no section's."""
    texts = [line for line in lines if not line.blank]
    found: list[Line] = []
    for line, following in zip(texts, texts[1:], strict=False):
        if (
            line.text.strip() == str(len(found) + 1)
            and line.number not in starts
            and line.number + 1 not in starts
            and looks_like_heading(following.text.strip())
        ):
            found.append(line)
    return found


def cited_list(lines: list[Line]) -> list[Line]:
    """The closing list of references, its heading and the blocks of entries under it (`Okafor,
    N., 2021. From …`, `Kessford City Council (2025) Cordon …`), when the text above it cites
    most of its works by their first author and year and nothing by number (`[1]`); none
    otherwise. A block that opens no entry ends the list (an author's biography, a page's
    note)."""
    heading = next(
        (i for i in reversed(range(len(lines))) if REFERENCES.fullmatch(lines[i].text.strip())),
        None,
    )
    if heading is None:
        return []
    listed: list[Line] = []
    for block in blocks_by_blank_lines(lines[heading + 1 :]):
        if not REFERENCE_ENTRY.match(block[0].text.strip()):
            break
        listed += block
    above = " ".join(line.text.strip() for line in lines[:heading])  # a citation may wrap
    # (`[1]` markers cite the list by number, unless notes so numbered stand below it)
    notes = (
        any(
            INLINE_MARKER.match(line.text.strip())
            for line in lines
            if line.number > listed[-1].number
        )
        if listed
        else False
    )
    if not listed or (INLINE_MARKER.search(above) and not notes):
        return []
    cited = {
        (name, found["year"])
        for found in CITATION.finditer(above)
        for name in re.findall(r"[A-Z][\w’'-]+", found["names"])
    }
    entries = [
        (entry["first"], entry["year"] or entry["year2"])
        for line in listed
        if (entry := REFERENCE_ENTRY.match(line.text.strip()))
    ]
    if 2 * sum(entry in cited for entry in entries) < len(entries):
        return []
    return [lines[heading], *listed]
