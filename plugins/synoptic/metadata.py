"""Ingest's front matter: the title, author, date, publisher and address a raw text states in
its first lines, recognised by their shape (docs/editions.md). What is not recognised stays in
the body; nothing is guessed (a value the text does not give is `unknown`).
"""

from __future__ import annotations

import re
from datetime import date

from .layout import (
    Line,
    join_lines,
    looks_like_heading,
    markdown_heading,
    may_be_title,
    starts_upper,
)
from .model import UNKNOWN
from .names import is_name_word

# Metadata lines: each names the front-matter key it fills.
MONTHS = {
    name[:3]: number
    for number, name in enumerate(
        (
            "january february march april may june july august september october november december"
        ).split(),
        start=1,
    )
}
MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
DATE_FORMS = (
    re.compile(MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})\s+" + MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<num_month>\d{2})-(?P<day>\d{2})"),
    re.compile(MONTH + r",?\s+(?P<year>\d{4})"),
)
YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?,?"
TITLE_MAX_WORDS = 25  # a title above a byline may be long; a longer line is a paragraph
# Between the names of an author line: "Jane Q. Doe, A. Lo and B. van Dyke".
NAME_SEPARATOR = re.compile(r",?\s+")
META_LINES = (
    ("author", re.compile(r"(?:[Bb]y|BY|Authors?:?|AUTHORS?:?)\s+(?P<value>\S.*)")),
    ("publisher", re.compile(r"(?:Publisher:?|Published by)\s+(?P<value>\S.*)")),
    ("url", re.compile(r"(?:URL|Source):?\s+(?P<value>https?://\S+)")),
    # A web page's copyright line names its publisher: "© 2024 The Civic Ledger. All rights …"
    # ("Copyright" alone must have a year: "Copyright law …" is a sentence).
    (
        "publisher",
        re.compile(
            r"(?:(?:©|\([Cc]\))\s*(?:"
            + YEARS
            + r"\s+)?|(?:Copyright|COPYRIGHT)\s+(?:©\s*)?"
            + YEARS
            + r"\s+)(?P<value>[^.]{0,79}?[^.\s])\.?(?:\s+All [Rr]ights [Rr]eserved\.?)?"
            # … and the footer's links after it, set apart by a wide gap
            + r"(?:\s{2,}(?i:privacy|terms|contact|cookies|about|accessibility|sitemap)\b.*)?"
        ),
    ),
    ("date", re.compile(r"(?:(?:Published|Publication date|Date)(?: on)?:?\s+)?(?P<value>.+)")),
)
BYLINE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
# A web byline's reading time ("By Ann Lee | 9 May 2024 | 7 min read"): the site's estimate,
# no front-matter value, so the line's other parts are read without it.
READING_TIME_PART = re.compile(r"\d{1,3}\s+min(?:ute)?s?\.?\s+read", re.IGNORECASE)
AUTHOR_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
BYLINE_WITHIN = 12  # an author line stands among a text's first lines
TITLE_LINES = 3  # a title is set over this many lines at most
# The end of a line that runs on to the next: a comma, colon or dash, or a small word.
RUNS_ON = re.compile(
    r"(?:[,:;–—-]|\b(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|with))\s*$"
)


def parse_date(text: str) -> str | None:
    """ISO 8601 for a full date or a month and year (YYYY-MM, as editions require), else None."""
    for form in DATE_FORMS:
        match = form.fullmatch(text.strip())
        if not match:
            continue
        parts = match.groupdict()
        month = parts.get("num_month") or MONTHS.get(parts["month"][:3].lower())
        if not month:
            continue
        if not parts.get("day"):
            return f"{int(parts['year']):04d}-{int(month):02d}"
        try:
            return date(int(parts["year"]), int(month), int(parts["day"])).isoformat()
        except ValueError:
            return None
    return None


def metadata_line(text: str) -> dict[str, str] | None:
    """The front-matter keys and values a line states, if it is a metadata line.

    A web page often sets its byline and date on one line, split by a bar or a dot
    ("By Ann Lee | 9 May 2024"): each part is read as a line of its own.
    """
    parts = [part for part in BYLINE_SEPARATOR.split(text.strip()) if part]
    parts = [part for part in parts if not READING_TIME_PART.fullmatch(part)] or parts
    found = [_statement(part) for part in parts]
    if not all(found):
        return None
    stated = dict(found)
    return stated if len(stated) == len(found) else None  # a key twice: a sentence with a bar


def _statement(text: str) -> tuple[str, str] | None:
    for key, pattern in META_LINES:
        match = pattern.fullmatch(text.strip())
        if not match:
            continue
        value = match["value"].strip()
        if key == "author" and not names_people(value):
            continue
        if key == "date":
            parsed = parse_date(value)
            if parsed:
                return key, parsed
            continue
        return key, value
    return None


def byline_names(lines: list[Line]) -> tuple[str, ...]:
    """The names of the author line among a text's first lines ("Ann Lee", "Bo Ma"), if any."""
    texts = [line.text for line in lines if not line.blank][:BYLINE_WITHIN]
    author = next(
        (found["author"] for text in texts if (found := metadata_line(text)) and "author" in found),
        "",
    )
    return tuple(name for name in AUTHOR_SEPARATOR.split(author) if name)


def names_people(text: str) -> bool:
    """Whether the text is a person's name, or several: a capitalised word, then name words
    and the "and" or "&" between names."""
    first, *rest = NAME_SEPARATOR.split(text)
    return is_name_word(first, frozenset()) and all(
        word in ("and", "&") or is_name_word(word) for word in rest
    )


def _metadata_of(group: list[Line]) -> dict[str, str] | None:
    """A group made only of metadata lines gives their values; any other group, None."""
    found = [metadata_line(line.text) for line in group]
    if not all(found):
        return None
    return {key: value for values in found if values for key, value in values.items()}


def _comparable(text: str) -> list[str]:
    # Web pages repeat the title with other quotes and without its colon.
    return re.findall(r"\w+", text.lower().replace("’", "'").replace("'", ""))


def repeats_title(title: str, texts: list[str]) -> bool:
    """Whether the texts, read in order, say the title again (web pages repeat it)."""
    return _comparable(" ".join(texts)) == _comparable(title)


def _is_title(text: str, next_group: list[Line]) -> bool:
    """A heading-like line; right above a byline or a date, a longer one too (no sentence)."""
    if looks_like_heading(text):
        return True
    short = len(text.split()) <= TITLE_MAX_WORDS
    return bool(_metadata_of(next_group)) and short and starts_upper(text) and may_be_title(text)


def split_front(groups: list[list[Line]]) -> list[list[Line]]:
    """Split a title, byline and date run into the first paragraph off it.

    Without blank lines around them (a double-spaced extraction, where every line is spaced
    alike), the front lines join the first paragraph. A metadata line among the first lines,
    and the line above it, each stand alone.
    """
    first = groups[0]
    for start in (0, 1):
        if start and not may_be_title(first[0].text):
            break  # prose above a metadata-like line: not a title
        end = start
        while end < len(first) and metadata_line(first[end].text):
            end += 1
        if end > start:
            rest = [first[end:]] if end < len(first) else []
            return [[line] for line in first[:end]] + rest + groups[1:]
    return groups


def title_set_over_lines(groups: list[list[Line]]) -> int:
    """How many of the first groups hold the lines of one title broken by the typesetter
    (`The Old Town Is a Neighbourhood,` / `Not a Hotel`): two or three lines one right under
    the other, right above a byline or date, each but the last running on (a comma, a colon, a
    dash or a small word at its end, or a lower-case word after it); 0 when there is none."""
    lines: list[Line] = []
    for count, group in enumerate(groups[:TITLE_LINES]):
        if lines and group[0].number != lines[-1].number + 1 or _metadata_of(group):
            break
        lines += group
        if len(lines) > TITLE_LINES:
            return 0
        runs_on = all(
            RUNS_ON.search(line.text) or following.text.strip()[:1].islower()
            for line, following in zip(lines, lines[1:])
        )
        if len(lines) > 1 and runs_on and count + 1 < len(groups):
            if _metadata_of(groups[count + 1]):
                return count + 1
    return 0


def take_title(groups: list[list[Line]]) -> tuple[str, list[list[Line]]]:
    """The first line is the title if it looks like one; repeats of it right after are dropped.
    A title set over two or three lines above the byline is one title."""
    if count := title_set_over_lines(groups):
        title = join_lines([line.text for group in groups[:count] for line in group])
        if _is_title(title, groups[count]):
            return title, groups[count:]
    first = groups[0]
    # A text of one line is all body; a metadata line is not a title.
    if len(groups) < 2 or len(first) != 1 or metadata_line(first[0].text):
        return UNKNOWN, groups
    title = join_lines([first[0].text])
    title = heading[1] if (heading := markdown_heading(title)) else title  # `# Title`
    if not _is_title(title, groups[1]):
        return UNKNOWN, groups
    rest = groups[1:]
    wanted = _comparable(title)
    seen: list[str] = []
    for count, group in enumerate(rest, start=1):
        seen += _comparable(join_lines([line.text for line in group]))
        if seen != wanted[: len(seen)]:
            break
        if seen == wanted:
            return title, rest[count:]
    return title, rest


def take_metadata(
    groups: list[list[Line]],
) -> tuple[dict[str, str], list[list[Line]]]:
    """Consume groups made only of metadata lines, the first time each key is stated."""
    found: dict[str, str] = {}
    kept = []
    for group in groups:
        values = _metadata_of(group)
        if values and not found.keys() & values.keys():
            found.update(values)
        else:
            kept.append(group)
    return found, kept
