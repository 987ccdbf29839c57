"""A web page's text as `trafilatura --with-metadata` prints it, as docs/editions.md describes it.

trafilatura (a library and command that extracts a page's main text) prints, with its metadata,
a header between two `---` lines, a `key: value` line for each field it found: `title`,
`author` (several joined by `; `), `url`, `hostname`, `description` (a site's excerpt, the
post's opening words), `sitename`, `date` (ISO, quoted), `categories`, `tags`, `fingerprint` (a
hash of the text), `id`, `license`, `image`, `pagetype`. It is known by that header: `---` on
the first line, every line under it a field of those names down to the closing `---`, and
among them a `fingerprint` and the page's `url` or `hostname` (a static site's front matter has
no fingerprint). Then:

- the header goes; its title is the title, its authors the author (`A; B` read as `A and B`),
  its date the date, its site's name the publisher and its url the page's address;
- the text under it is a block a line, never wrapped, with no blank line between: each line is
  read as a block of its own (a blank line numbered between two raw lines is set between);
- a site's typed notes (a `Notes` heading over a `<ol>`) come as `- ` items, their numbers
  dropped, and the `<sup>` markers in the text as bare digits glued after a stop (`at dusk.1
  A further`): where the digits glued after a stop, read in order, count 1 to n for the n
  items under the last such heading, they are the markers (`dusk.[1]`) and the items the notes
  (`[1] …`), numbered in order; otherwise both stay as they are and the report says so;
- trafilatura appends the page's comments after the post, with nothing to set them apart:
  below the notes read as notes they go, each listed, and the report says how many to check;
  an author's note under its own heading there (`About the author`) stays, for `authornote`
  to set above the notes. With no notes read to end the post, nothing goes and the report
  warns that its last paragraphs may be readers' comments.

A text without the header is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .authornote import ABOUT
from .furniture import Removed
from .layout import Line, set_apart
from .names import and_joined

FENCE = "---"
FIELD = re.compile(r"(?P<key>[a-z]+): (?P<value>.*)")
KEYS = frozenset(
    {
        "title",
        "author",
        "url",
        "hostname",
        "description",
        "sitename",
        "date",
        "categories",
        "tags",
        "fingerprint",
        "id",
        "license",
        "comments",
        "image",
        "pagetype",
        "filedate",
        "language",
    }
)
HEADER_MAX_LINES = 20
NOTES_HEADINGS = frozenset({"Notes", "Footnotes", "Endnotes", "References", "Sources"})
ITEM = re.compile(r"- (?=\S)")
# A `<sup>` number trafilatura left glued after a word's stop (`dusk.1 A`, `nine.2`): a letter
# and a stop or a closing quote before it, a space or the line's end after it.
GLUED_MARKER = re.compile(r"(?<=[^\W\d_][.,;:!?’”\"')])(?P<n>\d{1,3})(?=\s|$)")
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")

TRAFILATURA_HEADER = "trafilatura --with-metadata: its header of the page's fields"
TRAFILATURA_COMMENTS = "trafilatura: the page's comments, appended below the post and its notes"


@dataclass(frozen=True)
class Extract:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date, publisher, url
    found: bool = False
    notes: int = 0  # notes read from `- ` items, their markers bracketed
    warnings: tuple[str, ...] = ()


def trafilatura_text(lines: list[Line]) -> Extract:
    """The post's lines under trafilatura's header, its notes read and the comments below them
    gone, with the header's facts (see the module); the lines as they are without the header."""
    end = _header_end(lines)
    if end is None:
        return Extract(lines)
    fields = {m["key"]: _unquoted(m["value"]) for line in lines[1:end] if (m := _field(line))}
    header = [line for line in lines[: end + 1] if not line.blank]
    facts = _facts(fields)
    body = lines[end + 1 :]
    notes_at = _notes_heading(body)
    warnings: list[str] = []
    if notes_at is None:
        warnings.append(
            "trafilatura appends a page's comments below the post with nothing to set them "
            "apart, and this post has no notes to end it: check that its last paragraphs are "
            "the author's"
        )
        return Extract(
            set_apart(body), _removed(header, TRAFILATURA_HEADER), facts, True, 0, tuple(warnings)
        )
    items = _items(body, notes_at)
    below = [line for line in body[notes_at + 1 + len(items) :] if not line.blank]
    author_note = _author_note(below)
    comments = below[: len(below) - len(author_note)]
    above = body[:notes_at]
    markers = [(i, m) for i, line in enumerate(above) for m in GLUED_MARKER.finditer(line.text)]
    numbers = [int(m["n"]) for _, m in markers]
    read = bool(items) and numbers == list(range(1, len(items) + 1))
    if read:
        above = [Line(line.number, GLUED_MARKER.sub(r"[\g<n>]", line.text)) for line in above]
        items = [
            Line(line.number, f"[{n}] {ITEM.sub('', line.text.strip(), count=1)}")
            for n, line in enumerate(items, start=1)
        ]
    else:
        # (the list under the heading may be the post's own, its last paragraphs below it)
        warnings.append(
            f"trafilatura's text: {len(items)} notes under `{body[notes_at].text.strip()}` "
            f"(line {body[notes_at].number}) but {len(numbers)} numbers glued after a stop in "
            "the text, not counting 1 to n: neither read as notes and markers, and nothing "
            "below them taken for comments; mark them by hand"
        )
        items, author_note, comments = body[notes_at + 1 :], [], []
    if comments:
        warnings.append(
            f"trafilatura's text: {len(comments)} lines below the notes taken for readers' "
            f"comments (from line {comments[0].number}) and left out: check that none is the "
            "author's"
        )
    kept = above + [body[notes_at]] + items + author_note
    return Extract(
        set_apart(kept),
        _removed(header, TRAFILATURA_HEADER) + _removed(comments, TRAFILATURA_COMMENTS),
        facts,
        True,
        len(items) if read else 0,
        tuple(warnings),
    )


def _field(line: Line) -> re.Match[str] | None:
    match = FIELD.fullmatch(line.text.strip())
    return match if match and match["key"] in KEYS else None


def _header_end(lines: list[Line]) -> int | None:
    """The index of the header's closing `---`; None where the text opens with no header of
    trafilatura's fields (see the module)."""
    if not lines or lines[0].text.strip() != FENCE:
        return None
    keys = set()
    for index, line in enumerate(lines[1 : HEADER_MAX_LINES + 1], start=1):
        text = line.text.strip()
        if text == FENCE:
            found = "fingerprint" in keys and bool(keys & {"url", "hostname"})
            return index if found else None
        match = _field(line)
        if match is None:
            return None  # a line no field of trafilatura's: another text's front matter
        keys.add(match["key"])
    return None


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].replace('\\"', '"')
    return value


def _facts(fields: dict[str, str]) -> dict[str, str]:
    facts = {}
    if fields.get("title"):
        facts["title"] = fields["title"]
    if names := [name.strip() for name in fields.get("author", "").split(";") if name.strip()]:
        facts["author"] = and_joined(names)
    if ISO_DATE.fullmatch(fields.get("date", "")):
        facts["date"] = fields["date"]
    if fields.get("sitename"):
        facts["publisher"] = fields["sitename"]
    if fields.get("url", "").startswith(("http://", "https://")):
        facts["url"] = fields["url"]
    return facts


def _notes_heading(body: list[Line]) -> int | None:
    """The index of the last notes heading with `- ` items right under it."""
    found = None
    for index, line in enumerate(body[:-1]):
        if line.text.strip() in NOTES_HEADINGS and ITEM.match(body[index + 1].text.strip()):
            found = index
    return found


def _author_note(below: list[Line]) -> list[Line]:
    """The author's note the template sets below the notes, under its own heading (`About the
    author`): kept, for `authornote` to set above the notes; the lines after it are no
    comments either."""
    at = next((i for i, line in enumerate(below) if ABOUT.fullmatch(line.text.strip(" :"))), None)
    return below[at:] if at is not None else []


def _items(body: list[Line], heading: int) -> list[Line]:
    items = []
    for line in body[heading + 1 :]:
        if not ITEM.match(line.text.strip()):
            break
        items.append(line)
    return items


def _removed(lines: list[Line], rule: str) -> list[Removed]:
    return [Removed.of(line, rule) for line in lines]
