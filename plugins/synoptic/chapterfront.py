"""A book chapter's opening page, as a PDF extraction gives it (pdfplumber's `extract_text()`
of an edited volume's chapter), as docs/editions.md describes: the text's first lines are the
chapter's number alone (`4`, `IV`, `Chapter 4`), the title (a line that ends no sentence), the
author's name in capitals, with no `By` (`MAREN ODUYA`), and perhaps a headnote, the book's
sentence on where the chapter comes from, holding a date (`First given as the Guild Lecture at
the Veld Book Festival, 3 February 2026`).

The number goes, listed; the name is read as the byline it is, in title case (`Maren Oduya`);
the headnote goes, listed, but for its date, which stands on its line as the front's date line,
for the front matter. Without all of the number, the title and a name in capitals over the
text, nothing changes: a text that opens with a number (a list's, a year), or a title over a
byline that says `By`, is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .furniture import Removed
from .layout import Line, ends_sentence, is_all_caps
from .metadata import DATE_FORMS, NAME_WORDS, line_date, names_people, parse_date

#: A chapter's number over its title, as books set it: `CHAPTER SIX`, `Chapter 6`, `6`, `VI`,
#: `Chapter Four` (case aside: small capitals and a house style's differ; layoutpages.py's and
#: xhtmlpage.py's too).
CHAPTER_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
)
CHAPTER_NUMBER = re.compile(
    rf"(?:chapter\s+)?(?:\d{{1,2}}|[ivxl]{{1,6}}|{'|'.join(CHAPTER_NUMBER_WORDS.split())})", re.I
)
TITLE_MAX_WORDS = 25
HEADNOTE_MAX_WORDS = 40

CHAPTER_NUMBER_LINE = "a book chapter's number over its title"
HEADNOTE = "a book's headnote under a chapter's byline (its date kept, as the front's date)"


@dataclass(frozen=True)
class ChapterFront:
    lines: list[Line]
    removed: list[Removed]
    author: str = ""  # the name read from capitals, in title case


def stated_date(text: str) -> str | None:
    """The words of the first full date a line states among others (`3 February 2026`)."""
    for form in DATE_FORMS[:3]:  # (a day, not a month alone)
        for match in form.finditer(text):
            if parse_date(match[0]):
                return match[0]
    return None


def capitals_name(text: str) -> str | None:
    """The name a line in capitals gives, in title case (`MAREN ODUYA`: `Maren Oduya`)."""
    text = text.strip()
    if not is_all_caps(text) or re.search(r"[\d.,;:!?]", text):
        return None
    name = " ".join(
        word.lower() if word in ("AND", "&") else word.capitalize() for word in text.split()
    )
    people = re.split(r"\s+(?:and|&)\s+", name)
    low, high = NAME_WORDS
    if not all(low <= len(person.split()) <= high for person in people):
        return None
    return name if names_people(name) else None


def chapter_front(lines: list[Line]) -> ChapterFront:
    """The lines with a chapter's front read (see the module)."""
    texts = [index for index, line in enumerate(lines) if not line.blank][:5]
    if len(texts) < 4:
        return ChapterFront(lines, [])
    number, title, name, headnote = (lines[index] for index in texts[:4])
    said = title.text.strip()
    if not (
        CHAPTER_NUMBER.fullmatch(number.text.strip())
        and said
        and not ends_sentence(said)
        and len(said.split()) <= TITLE_MAX_WORDS
        and not is_all_caps(said)
    ):
        return ChapterFront(lines, [])
    author = capitals_name(name.text)
    if not author:
        return ChapterFront(lines, [])
    removed = [Removed.of(number, CHAPTER_NUMBER_LINE)]
    changed = {texts[2]: replace(name, text=author)}
    date = stated_date(headnote.text)
    words = len(headnote.text.split())
    # (the date ends the headnote's line, and the text opens under it: a first line of the
    # text that states a date runs on into the next, or goes on past it)
    ends = date is not None and headnote.text.strip().rstrip(".)").endswith(date)
    opens = len(texts) > 4 and lines[texts[4]].text.strip()[:1].isupper()
    if ends and opens and not line_date(headnote.text) and words <= HEADNOTE_MAX_WORDS:
        removed.append(Removed.of(headnote, HEADNOTE))
        changed[texts[3]] = replace(headnote, text=date)
    kept = [changed.get(index, line) for index, line in enumerate(lines) if index != texts[0]]
    return ChapterFront(kept, removed, author)
