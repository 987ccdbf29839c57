"""A Discourse topic as the forum serves it at `/raw/<topic id>`, as docs/editions.md describes it.

Discourse serves a topic's raw page as the Markdown source of every post, each under a header
`username | 2026-03-11 09:12:30 UTC | #1` and a blank line, the posts parted by a line of 25
hyphens between blank lines (its `PostsController#markdown_num`). It is known by that shape:
the first line a post's header, every later header right under a parting line, every parting
line over a header or at the end. Then:

- the topic's first post is the text; every other post goes (replies, quoting the essay or not;
  a moderator's action, whose raw text is empty), with the headers and the parting lines. The
  header's user is the poster, who may post for the author, and its time the post's last edit:
  neither is read as the author or the date;
- above the author's `# Title` in the first post, a preface the poster set over a thematic
  break (`---`: a moderator's "Posting this on behalf of …", a link that Discourse shows as a
  preview) goes with the break, when it is a few blocks, none a heading.

The post's Markdown is then read as any Markdown source's (markdownsource.py). A text without
the shape is read as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import Line, blocks_by_blank_lines

HEADER = re.compile(
    r"(?P<user>[\w.-]{1,60}) \| (?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC)"
    r" \| #(?P<n>\d{1,6})"
)
PARTING = "-" * 25
TITLE = re.compile(r"#\s+\S")  # the author's `# Title` (Discourse keeps the topic's title apart)
BREAK = re.compile(r"(?:-{3,}|\*{3,}|_{3,})")  # a thematic break alone on its line
PREFACE_MAX_BLOCKS = 4
PREFACE_MAX_WORDS = 120

DISCOURSE_POSTS = "a Discourse topic (/raw/): a post's header, the line between posts, other posts"
DISCOURSE_PREFACE = "a Discourse topic: the poster's preface above the author's # title, its rule"


@dataclass(frozen=True)
class Topic:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    posts: int = 0  # the topic's posts, the first kept


def discourse_topic(lines: list[Line]) -> Topic:
    """The first post's lines of a Discourse topic's raw page (see the module), its preface
    aside; the lines as they are in any other text."""
    headers = _headers(lines)
    if not headers:
        return Topic(lines)
    end = headers[1] if len(headers) > 1 else len(lines)
    # the first post runs to the parting line above the second header (or the text's end)
    parting = max(
        (i for i in range(headers[0], end) if lines[i].text.strip() == PARTING), default=end
    )
    post = lines[headers[0] + 1 : parting]
    preface = {line.number for line in _preface(post)}
    kept = {line.number for line in post} - preface
    gone = [line for line in lines if line.number not in kept and not line.blank]
    return Topic(
        [line for line in lines if line.number in kept],
        [
            Removed.of(line, DISCOURSE_PREFACE if line.number in preface else DISCOURSE_POSTS)
            for line in gone
        ],
        len(headers),
    )


def _headers(lines: list[Line]) -> list[int]:
    """The indexes of the posts' headers where the lines have a topic's shape; none if not."""
    texts = [(i, line.text.strip()) for i, line in enumerate(lines) if not line.blank]
    if not texts or not HEADER.fullmatch(texts[0][1]):
        return []
    headers = [texts[0][0]]
    numbers = [int(HEADER.fullmatch(texts[0][1])["n"])]
    for (_, text), following in zip(texts, texts[1:] + [(None, "")], strict=True):
        if text != PARTING:
            continue
        header = HEADER.fullmatch(following[1])
        if header:
            headers.append(following[0])
            numbers.append(int(header["n"]))
        elif following[0] is not None:
            return []  # a parting line inside a post: a rule of its own, no topic
    # every header under a parting line, the posts numbered upwards (a deleted one leaves a gap)
    if len(headers) != sum(bool(HEADER.fullmatch(text)) for _, text in texts):
        return []
    if numbers != sorted(set(numbers)):
        return []
    return headers


def _preface(post: list[Line]) -> list[Line]:
    """The poster's lines above a thematic break over the author's `# Title`: a few blocks,
    none a heading; none where the post has no such title under a break."""
    texts = [i for i, line in enumerate(post) if not line.blank]
    at = next((i for i in texts if TITLE.match(post[i].text)), None)
    if at is None:
        return []
    above = [i for i in texts if i < at]
    if not above or not BREAK.fullmatch(post[above[-1]].text.strip()):
        return []
    lines = post[: above[-1]]
    blocks = blocks_by_blank_lines(lines)
    words = sum(len(line.text.split()) for line in lines)
    if (
        not blocks
        or len(blocks) > PREFACE_MAX_BLOCKS
        or words > PREFACE_MAX_WORDS
        or any(line.text.lstrip().startswith("#") for line in lines)
    ):
        return []
    return post[: above[-1] + 1]
