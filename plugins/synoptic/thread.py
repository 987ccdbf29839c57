"""An essay posted as a thread (Mastodon's, X's, Bluesky's), copied from a browser.

It is known by its posts' counters, `1/12` to `12/12` opening each post's words (a thread's
sign, `🧵`, or an emoji may stand before it), three at least, counting up to the same total,
under the author's handle (`@ruthgrows@kester.social`). Then:

- the counters and the signs before them go, and a leading emoji goes from a post's first
  line (`🌱 Four hundred names`, a heading set as a post's first line);
- the lines between the posts go: the display name and the handle (`@ruthgrows@kester.social`)
  over each post, the times (`Mar 2`), the reactions' counts under it (`1`, `23 boosts · 41
  favorites`), the hashtags' line;
- the first post's first line is the title where a paragraph follows it; the display name is
  the author (its emoji aside), and the first post's full date is the date;
- after the last post, a link's preview card (the site's address alone, then its page's title
  and description) and every reply by another account go.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .furniture import DOMAIN, Removed, removed_lines
from .layout import Line, ends_sentence
from .metadata import date_in, names_people

# (and the post's words after it: `1/3` alone is a printed page's number)
COUNTER = re.compile(r"(?P<sign>[^\w\s]{1,3}\s*)?(?P<n>\d{1,3})/(?P<of>\d{1,3})\s+(?=\S)")
HANDLE = re.compile(r"@[\w.]+(?:@[\w.-]+)?")
SHORT_DATE = re.compile(r"[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2}|\d{1,2}[smhd]")
COUNTS = re.compile(r"\d[\d,.]*[kKmM]?(?:\s+\w+)?(?:\s+·\s+\d[\d,.]*[kKmM]?(?:\s+\w+)?)*")
HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)*")
# A post's full time, as its page sets it (`Mar 2, 2026, 07:48 AM · Edited …`).
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
MIN_POSTS = 3

THREAD = "a thread: the posts' names, handles, times, counts and counters, hashtags, replies"


@dataclass(frozen=True)
class Thread:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date
    posts: int = 0


def thread(lines: list[Line]) -> Thread:
    """The essay in a thread's posts (see the module); the lines as they are when they are no
    thread."""
    counters = _counters(lines)
    handles = [i for i, line in enumerate(lines) if HANDLE.fullmatch(line.text.strip())]
    # (a handle over the first post: a numbered list's `1/3 …` is no thread)
    if len(counters) < MIN_POSTS or not handles or handles[0] > counters[0]:
        return Thread(lines)
    first, last = counters[0], counters[-1]
    own = lines[handles[0]].text.strip() if handles and handles[0] < first else None
    name = _without_emoji(lines[handles[0] - 1].text) if own and handles[0] > 0 else ""
    site = {
        line.number
        for i, line in enumerate(lines)
        if i < first or (not line.blank and i not in counters and _is_site_line(line, name, own))
    }
    # after the last post: a link's card and the replies of other accounts
    others = [i for i in handles if i > last and lines[i].text.strip() != own]
    card = next(
        (i for i in range(last + 1, len(lines)) if DOMAIN.fullmatch(lines[i].text.strip())), None
    )
    ends = [i for i in (card, others[0] - 1 if others else None) if i is not None]
    if ends:
        site |= {line.number for line in lines[min(ends) :] if not line.blank}
    facts: dict[str, str] = {}
    if name and names_people(name):
        facts["author"] = name
    # the first post's full time, over it or under its text
    stamped = (line for line in lines[: counters[1]] if line.number in site)
    if date := next((found for line in stamped if (found := date_in(line.text))), None):
        facts["date"] = date
    read: list[Line] = []
    for i, line in enumerate(lines):
        if line.number in site:
            continue
        text = line.text
        if i in counters:
            text = _without_emoji(COUNTER.sub("", text.strip(), count=1))
            if i == first and _titled(lines, i):
                facts["title"] = text
                site.add(line.number)
                continue
        read.append(Line(line.number, text))
    removed = removed_lines(
        [line for line in lines if line.number in site and not line.blank], THREAD
    )
    return Thread(read, removed, facts, len(counters))


def _counters(lines: list[Line]) -> list[int]:
    """The lines that open a post with its counter, `1/N` to `N/N` in order."""
    found: list[int] = []
    total = None
    for i, line in enumerate(lines):
        match = COUNTER.match(line.text.strip())
        if not match or (i and not lines[i - 1].blank):
            continue
        n, of = int(match["n"]), int(match["of"])
        if n == len(found) + 1 and (total is None or of == total):
            found.append(i)
            total = of
    return found if found and total == len(found) else []


def _is_site_line(line: Line, name: str, own: str | None) -> bool:
    """A line a thread's page sets between the posts, not a post's."""
    text = line.text.strip()
    return bool(
        (own and text == own)
        or (name and _without_emoji(text) == name)
        or SHORT_DATE.fullmatch(text)
        or COUNTS.fullmatch(text)
        or HASHTAGS.fullmatch(text)
        or (CLOCK_TIME.search(text) and date_in(text) and not ends_sentence(text))
    )


def _titled(lines: list[Line], at: int) -> bool:
    """Whether the first post's first line is a title: a short line, no sentence, with a
    paragraph under it."""
    text = COUNTER.sub("", lines[at].text.strip(), count=1)
    below = next((line for line in lines[at + 1 :] if not line.blank), None)
    return (
        not ends_sentence(text)
        and len(text.split()) <= 25
        and below is not None
        and ends_sentence(below.text)
    )


def _without_emoji(text: str) -> str:
    """The text without the emoji and signs at its ends (`Ruth Okafor 🌱`, `🌱 Heading`)."""
    words = text.split()
    while words and all(unicodedata.category(c).startswith("S") for c in words[0]):
        words.pop(0)
    while words and all(unicodedata.category(c).startswith("S") for c in words[-1]):
        words.pop()
    return " ".join(words)
