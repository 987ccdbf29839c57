"""A journal article set in Taylor & Francis's template, copied from a PDF viewer (Acrobat
Reader's Ctrl+A, Ctrl+C: a line a printed line, no blank line), as docs/editions.md describes it.

The template sets the first page's front in a sidebar of labels in capitals, each alone on its
line (`ARTICLE HISTORY` over `Received …`, `Accepted …`, `Published online …`; `KEYWORDS` over
the keywords; `ABSTRACT` over the abstract), and at the page's foot the corresponding author's
line, `CONTACT` then the name and an e-mail address. The article is known by that line and two
of the labels among its first lines. Then, each line listed in the report:

- the masthead above the title goes (the journal's name, its volume and pages, the DOI, the
  section's label in capitals: the lines down to the last such one); the lines under it, down
  to the byline (the line that opens with the name the `CONTACT` line gives), are the title, the
  byline is the author, and the lines under it, down to the first label, the affiliations, which
  go;
- the labels go, with the history's lines and the keywords' lines under theirs; the history's
  `Published` date is the date (else its latest);
- the first page's foot (the `CONTACT` line and a `©` line beside it) and the running heads of
  the later pages (a page number beside the author's initials and surname in capitals, `24 P.
  RAMAN`, or beside the journal's name, `BURIAL GROUND PRACTICE 25`) go, and the paragraph they
  cut runs on;
- the end matter the template adds goes (`Disclosure statement` and its sentence, `Funding` and
  its, the heading `About the author` or `Notes on contributor` over the author's note, which
  stays).

The abstract stays as the first paragraph, set apart by blank lines: the template sets it in a
narrower box than the text, and a block of its own is read at its own measure. A text without
that shape is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import FULL_LINE, Line, blank_between, ends_sentence
from .metadata import date_in, names_people

FRONT_WITHIN = 40  # the sidebar's labels stand among the first lines
LABELS = ("ARTICLE HISTORY", "KEYWORDS", "ABSTRACT")
MIN_LABELS = 2
HISTORY = re.compile(r"(?:Received|Revised|Accepted|Published(?: online)?)\b", re.IGNORECASE)
PUBLISHED = re.compile(r"Published\b", re.IGNORECASE)
# The corresponding author's line: `CONTACT Priya Raman p.raman@raman-bgc.example …`.
CONTACT = re.compile(r"CONTACT\s+(?P<name>[^@]+?)\s+\S+@\S+")
COPYRIGHT = re.compile(r"(?:©|Copyright\b)")
# A masthead's lines: the volume and pages, the DOI, a section's label in capitals.
VOLUME = re.compile(r"Vol(?:ume)?\.?\s*\d+", re.IGNORECASE)
DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)10\.\S+", re.IGNORECASE)
JOURNAL_YEAR = re.compile(r"(?P<name>.*?\w),?\s+(?:19|20)\d\d")
AFFILIATIONS_MAX = 4
KEYWORD_MAX_CHARS = 40
ABSTRACT_MEASURED = 3  # the abstract's first lines give its box's measure
WIDER = 1.1  # a line this much longer than the abstract's box is the text's, under it
STATEMENTS = re.compile(r"(?:Disclosure statement|Funding|Data availability statement)")
STATEMENT_MAX_LINES = 3
NOTE_HEADINGS = re.compile(r"(?:About the authors?|Notes on contributors?)")
#: What may follow a statement of the template's end matter.
END_MATTER = re.compile(rf"{STATEMENTS.pattern}|{NOTE_HEADINGS.pattern}|Notes|References|ORCID\b.*")

ARTICLE_MASTHEAD = "a journal article (Taylor & Francis): the masthead above its title"
ARTICLE_FRONT = "a journal article: its title, byline and affiliations, read as the front matter"
ARTICLE_SIDEBAR = "a journal article: the first page's labels, history and keywords"
ARTICLE_PAGES = "a journal article: the first page's foot (CONTACT, ©) and the pages' running heads"
ARTICLE_END = "a journal article: the template's end matter (Disclosure statement, Funding, …)"


@dataclass(frozen=True)
class Article:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date


def journal_article(lines: list[Line]) -> Article:
    """The article's text without its template's apparatus (see the module), and the title,
    author and date its front gives; the lines as they are in any other text."""
    texts = [line for line in lines if not line.blank]
    labels = [i for i, line in enumerate(texts[:FRONT_WITHIN]) if line.text.strip() in LABELS]
    contact = next((m for line in texts if (m := CONTACT.match(line.text.strip()))), None)
    if len({texts[i].text.strip() for i in labels}) < MIN_LABELS or not contact:
        return Article(lines)
    name = contact["name"]
    byline = next(
        (
            i
            for i, line in enumerate(texts[: labels[0]])
            if line.text.strip().startswith(name) and names_people(line.text.strip())
        ),
        None,
    )
    if byline is None or not 0 < labels[0] - byline - 1 <= AFFILIATIONS_MAX:
        return Article(lines)
    masthead = _masthead(texts[:byline])
    if masthead >= byline:  # no title left under it
        return Article(lines)
    gone: dict[int, str] = {}
    gone.update({line.number: ARTICLE_MASTHEAD for line in texts[:masthead]})
    gone.update({line.number: ARTICLE_FRONT for line in texts[masthead : labels[0]]})
    sidebar, dates = _sidebar(texts, labels)
    gone.update({line.number: ARTICLE_SIDEBAR for line in sidebar})
    journal = JOURNAL_YEAR.match(texts[0].text.strip()) if masthead else None
    heads = _running_head(name, journal["name"] if journal else "")
    for index, line in enumerate(texts):
        text = line.text.strip()
        near_contact = any(
            CONTACT.match(other.text.strip()) for other in texts[max(index - 2, 0) : index + 3]
        )
        if CONTACT.match(text) or (COPYRIGHT.match(text) and near_contact) or heads.fullmatch(text):
            gone[line.number] = ARTICLE_PAGES
    gone.update({line.number: ARTICLE_END for line in end_matter(texts, labels[-1])})
    facts = {
        "title": " ".join(line.text.strip() for line in texts[masthead:byline]),
        "author": texts[byline].text.strip(),
    }
    published = [date for text, date in dates if PUBLISHED.match(text)]
    if date := (published or sorted(date for _, date in dates))[-1:]:
        facts["date"] = date[0]
    removed = [Removed.of(line, gone[line.number]) for line in texts if line.number in gone]
    kept = [line for line in lines if line.number not in gone]
    return Article(_abstract_apart(kept, texts, labels), removed, facts)


def _abstract_apart(kept: list[Line], texts: list[Line], labels: list[int]) -> list[Line]:
    """The lines with blank lines around the abstract, set in a narrower box than the text (a
    viewer's copy keeps no blank line): a block of its own, it is read at its own measure. It
    runs from the line under `ABSTRACT` to the first that ends a sentence and is short of its
    box or has a wider line under it."""
    label = next((i for i in labels if texts[i].text.strip() == "ABSTRACT"), None)
    if label is None:
        return kept
    numbers = [line.number for line in kept]
    below = [line for line in texts[label + 1 :] if line.number in numbers]
    box = max((len(line.text.strip()) for line in below[:ABSTRACT_MEASURED]), default=0)
    for line, after in zip(below, below[1:], strict=False):
        size = len(line.text.strip())
        if ends_sentence(line.text) and (
            size < FULL_LINE * box or len(after.text.strip()) > WIDER * box
        ):
            first, last = numbers.index(below[0].number), numbers.index(line.number)
            return [
                *kept[:first],
                blank_between(below[0], after=False),
                *kept[first : last + 1],
                blank_between(line),
                *kept[last + 1 :],
            ]
    return kept


def _masthead(front: list[Line]) -> int:
    """How many lines the masthead takes at the top: down to the last that states a volume or
    a DOI, or is a section's label in capitals right under those."""
    last = 0
    for index, line in enumerate(front):
        text = line.text.strip()
        if VOLUME.match(text) or DOI.search(text):
            last = index + 1
        elif last == index and last and text.isupper():
            last = index + 1  # the section's label (`PRACTICE AND POLICY`)
    return last


def _sidebar(texts: list[Line], labels: list[int]) -> tuple[list[Line], list[tuple[str, str]]]:
    """The labels and the lines under `ARTICLE HISTORY` and `KEYWORDS` (the history's dates,
    with their lines, apart)."""
    found: list[Line] = []
    dates: list[tuple[str, str]] = []
    for label in labels:
        found.append(texts[label])
        kind = texts[label].text.strip()
        for line in texts[label + 1 :]:
            text = line.text.strip()
            if text in LABELS:
                break
            if kind == "ARTICLE HISTORY" and HISTORY.match(text) and (date := date_in(text)):
                dates.append((text, date))
            elif not (
                kind == "KEYWORDS" and len(text) <= KEYWORD_MAX_CHARS and not ends_sentence(text)
            ):
                break
            found.append(line)
    return found, dates


def _running_head(name: str, journal: str) -> re.Pattern[str]:
    """A later page's head: its number beside the author's initials and surname in capitals
    (`24 P. RAMAN`, `P. RAMAN ET AL. 26`), or beside the journal's name in capitals."""
    *given, surname = name.split()
    short = " ".join(f"{part[0]}." for part in given) + f" {surname}"
    names = [re.escape(short.upper()) + r"(?:\s+(?:ET AL\.|AND\s+[A-Z. -]+))?"]
    if journal:
        names.append(re.escape(journal.upper()))
    who = "|".join(names)
    return re.compile(rf"\d{{1,4}}\s+(?:{who})|(?:{who})\s+\d{{1,4}}")


def end_matter(texts: list[Line], after: int) -> list[Line]:
    """The template's statements (their heading and sentence) and the heading over the
    author's note, below the front (the text's lines, blank lines aside; `after`: the front's
    last line's index). The manuscripts submitted to its journals set them too (a preprint's,
    `preprint.py`). A statement is the template's only where the end matter goes on after its
    sentence (another statement, the note's heading, the notes) or the text
    ends: a section of the essay headed `Funding` goes on with the essay."""
    found: list[Line] = []
    for index in range(after + 1, len(texts)):
        text = texts[index].text.strip()
        if NOTE_HEADINGS.fullmatch(text):
            found.append(texts[index])
        elif STATEMENTS.fullmatch(text):
            statement = texts[index + 1 : index + 1 + STATEMENT_MAX_LINES]
            end = next((i for i, line in enumerate(statement) if ends_sentence(line.text)), None)
            following = index + 1 + end + 1 if end is not None else None
            if following is not None and (
                following == len(texts) or END_MATTER.fullmatch(texts[following].text.strip())
            ):
                found += [texts[index], *statement[: end + 1]]
    return found
