"""An essay posted as a thread (Mastodon's, X's, Bluesky's), copied from a browser.

It is known by its posts' counters, `1/12` to `12/12` opening each post's words (a thread's
sign, `🧵`, or an emoji may stand before it), three at least, counting up to the same total,
each under the author's handle (`@ruthgrows@kester.social`; X's `@ruthgrows` / `·` / `Mar 2`),
with nothing above the first post but the page's lines (the name, the handle, a time). Then:

- the counters and the signs before them go, and a leading emoji goes from a post's first
  line (`🌱 Four hundred names`, a heading set as a post's first line);
- the page's lines between the posts go: over each post, the display name, the handle and the
  time (`Mar 2`); under it, the reactions' counts (`1`, `23 boosts · 41 favorites`), the
  post's full time (`Mar 2, 2026, 07:48 AM · Edited …`), the hashtags' line, X's `·`. A post's
  own lines (`412 names`, a list, a meeting's date and hour) are the essay's;
- another account's reply between the posts goes, and after the last post, a preview card of
  a link the post gives (its site's address alone, its page's title and description) and every
  reply by another account;
- the first post's first line is the title where it is shaped as one (a heading, or words in
  Title Case) and a paragraph follows it; the display name is the author (its emoji aside),
  and the first post's full time the date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .furniture import COUNT, DOMAIN, Removed, removed_lines
from .layout import Line, ends_sentence, is_title_case, looks_like_heading
from .metadata import LONE_SEPARATOR, date_in, names_people

COUNTER = re.compile(r"(?P<sign>[^\w\s]{1,3}\s*)?(?P<n>\d{1,3})/(?P<of>\d{1,3})\s+(?=\S)")
HANDLE = re.compile(r"@[\w.]+(?:@[\w.-]+)?")
SHORT_DATE = re.compile(r"[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2}|\d{1,2}[smhd]")
# The reactions' counts under a post: a bare number, or numbers with what they count.
REACTION = (
    COUNT.pattern
    + r"(?:\s+(?:boosts?|reblogs?|favou?rites?|likes?|reposts?|quotes?|replies|views|bookmarks))?"
)
COUNTS = re.compile(rf"{REACTION}(?:\s+(?:·\s+)?{REACTION})*", re.IGNORECASE)
HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)*")
# A post's full time, as its page sets it, perhaps beside the edits or the client: Mastodon's
# `Mar 2, 2026, 07:48 AM · Edited …`, X's `7:48 AM · Mar 2, 2026` (a meeting's "Thursday 26
# March 2026, 18:30" in a post is none).
POST_TIME = re.compile(
    r"[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2} [AP]M(?:\s*·.*)?"
    r"|\d{1,2}:\d{2} [AP]M · [A-Z][a-z]{2} \d{1,2}, \d{4}(?:\s*·.*)?"
)
URL = re.compile(r"https?://(?:www\.)?([^/\s]+)")
MIN_POSTS = 3

THREAD = "a thread: the posts' names, handles, times, counts and counters, hashtags, replies"


@dataclass(frozen=True)
class Thread:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date


def thread(lines: list[Line]) -> Thread:
    """The essay in a thread's posts (see the module); the lines as they are when they are no
    thread."""
    # (a text with no three lines that open with a counter is no thread: bounded work)
    if sum(COUNTER.match(line.text.lstrip()) is not None for line in lines) < MIN_POSTS:
        return Thread(lines)
    texts = [_without_format_chars(line.text) for line in lines]
    counters = _counters(lines, texts)
    if len(counters) < MIN_POSTS:
        return Thread(lines)
    handle = _handle_above(lines, texts, counters[0])
    own = texts[handle]
    name = _without_emoji(texts[handle - 1]) if handle > 0 else ""
    page = _PageLines(name, own)
    if not all(page.says(texts[i]) for i in range(counters[0]) if not lines[i].blank):
        return Thread(lines)  # an essay over a quoted thread: its own lines above
    site = set(range(counters[0]))
    for previous, counter in zip(counters, counters[1:], strict=False):
        header = page.run_above(lines, texts, counter, previous)
        site |= set(range(header, counter))
        site |= _replies(lines, texts, previous, header, own, page)
    site |= _after_last(lines, texts, counters[-1], own, page)
    facts: dict[str, str] = {"author": name} if name and names_people(name) else {}
    if date := next(
        (found for i in sorted(site) if i < counters[1] and (found := _post_date(texts[i]))), None
    ):
        facts["date"] = date
    read: list[Line] = []
    for i, line in enumerate(lines):
        if i in site and not line.blank:  # (blank lines still part the posts)
            continue
        text = line.text
        if i in counters:
            text = _without_emoji(COUNTER.sub("", texts[i], count=1))
            if i == counters[0] and _titled(text, lines[i + 1 :]):
                facts["title"] = text
                site.add(i)
                continue
        read.append(Line(line.number, text))
    gone = [lines[i] for i in sorted(site) if not lines[i].blank]
    return Thread(read, removed_lines(gone, THREAD), facts)


@dataclass(frozen=True)
class _PageLines:
    """What a thread's page sets around its posts: the author's display name and handle."""

    name: str
    own: str

    def says(self, text: str) -> bool:
        """Whether a line is the page's, not a post's."""
        return self.heads(text) or self.tails(text)

    def heads(self, text: str) -> bool:
        """Whether a line is one the page sets over a post: the name, the handle, the time."""
        return bool(
            text == self.own
            or (self.name and _without_emoji(text) == self.name)
            or SHORT_DATE.fullmatch(text)
            or LONE_SEPARATOR.fullmatch(text)
        )

    def tails(self, text: str) -> bool:
        """Whether a line is one the page sets under a post: counts, its full time, hashtags."""
        return bool(
            COUNTS.fullmatch(text)
            or HASHTAGS.fullmatch(text)
            or LONE_SEPARATOR.fullmatch(text)
            or _post_date(text)
        )

    def run_above(
        self, lines: list[Line], texts: list[str], at: int, floor: int, header: bool = True
    ) -> int:
        """Where the page's lines right above line `at` start (down to line `floor`): a post's
        head (with `header`), then the last post's tail."""
        start = at
        for says in (self.heads, self.tails) if header else (self.tails,):
            while start - 1 > floor and (lines[start - 1].blank or says(texts[start - 1])):
                start -= 1
        return start


def _post_date(text: str) -> str | None:
    """The date of a post's full time line, if the line is one."""
    return date_in(text) if POST_TIME.fullmatch(text) else None


def _counters(lines: list[Line], texts: list[str]) -> list[int]:
    """The lines that open a post with its counter, `1/N` to `N/N` in order, each right under
    the same handle."""
    found: list[int] = []
    total = None
    for i, text in enumerate(texts):
        match = COUNTER.match(text)
        if not match or (i and not lines[i - 1].blank):
            continue
        above = _handle_above(lines, texts, i)
        if above < 0 or (found and texts[above] != texts[_handle_above(lines, texts, found[0])]):
            continue
        n, of = int(match["n"]), int(match["of"])
        if n == len(found) + 1 and (total is None or of == total):
            found.append(i)
            total = of
    return found if found and total == len(found) else []


def _handle_above(lines: list[Line], texts: list[str], at: int) -> int:
    """The index of the handle over the post at line `at` (-1 if none): right above it, or
    above its time and a separator (X's `@ruthgrows` / `·` / `Mar 2`)."""
    above = _above(lines, at)
    while above >= 0 and (
        SHORT_DATE.fullmatch(texts[above]) or LONE_SEPARATOR.fullmatch(texts[above])
    ):
        above = _above(lines, above)
    return above if above >= 0 and HANDLE.fullmatch(texts[above]) else -1


def _above(lines: list[Line], at: int) -> int:
    """The index of the nearest line with text above line `at` (-1 if none)."""
    return next((i for i in range(at - 1, -1, -1) if not lines[i].blank), -1)


def _replies(
    lines: list[Line], texts: list[str], start: int, end: int, own: str, page: _PageLines
) -> set[int]:
    """Between two posts (lines `start` to `end`): another account's reply, from the page's
    lines over its handle (its name, its time, the tail of the post it answers) down to the
    next post's, the author's own answer to it with it."""
    other = next(
        (i for i in range(start + 1, end) if HANDLE.fullmatch(texts[i]) and texts[i] != own),
        None,
    )
    if other is None:
        return set()
    # (and the tail of the post it answers: its counts, its full time)
    reply = _reply_start(lines, texts, other, start)
    return set(range(page.run_above(lines, texts, reply, start, header=False), end))


def _reply_start(lines: list[Line], texts: list[str], handle: int, floor: int) -> int:
    """Where another account's reply starts: its name over its handle, and a time over it."""
    start = handle
    for _ in range(2):  # the name, then the time
        above = _above(lines, start)
        if above <= floor or not (SHORT_DATE.fullmatch(texts[above]) or names_people(texts[above])):
            break
        start = above
    return start


def _after_last(
    lines: list[Line], texts: list[str], last: int, own: str, page: _PageLines
) -> set[int]:
    """After the last post's words: a preview card of a link the post gives (its site's
    address alone), every reply by another account, and the page's lines under the post."""
    linked = {match[1] for text in texts[last:] for match in URL.finditer(text)}
    ends = [len(lines)]
    ends += [
        i
        for i in range(last + 1, len(lines))
        if DOMAIN.fullmatch(texts[i]) and texts[i].removeprefix("www.") in linked
    ][:1]
    ends += [
        _reply_start(lines, texts, i, last)
        for i in range(last + 1, len(lines))
        if HANDLE.fullmatch(texts[i]) and texts[i] != own
    ][:1]
    cut = min(ends)
    # (over a reply, the last post's tail: its counts; no time of the page's stands under it)
    return set(range(page.run_above(lines, texts, cut, last, header=False), len(lines)))


def _titled(text: str, below: list[Line]) -> bool:
    """Whether the first post's first line is a title: a heading's or a title's shape, no
    sentence, with a paragraph under it."""
    paragraph = next((line for line in below if not line.blank), None)
    return (
        (looks_like_heading(text) or is_title_case(text))
        and not ends_sentence(text)
        and paragraph is not None
        and ends_sentence(paragraph.text)
    )


def _without_format_chars(text: str) -> str:
    """A line's text without format characters (a handle wrapped in direction marks, as a
    web app may set it) and the spaces around it."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf").strip()


def _without_emoji(text: str) -> str:
    """The text without the emoji and signs at its ends (`Ruth Okafor 🌱`, `🌱 Heading`)."""
    words = text.split()
    while words and all(unicodedata.category(c).startswith("S") for c in words[0]):
        words.pop(0)
    while words and all(unicodedata.category(c).startswith("S") for c in words[-1]):
        words.pop()
    return " ".join(words)
