"""A web page's text as inscriptis prints it: its blocks indented by the HTML's nesting.

inscriptis (`inscript page.html`, `inscriptis.get_text`) prints a page a block a line, never
wrapped, a blank line for a block's margin, and indents each line by the depth of the elements
around it: the article's paragraphs all at one depth (eight spaces, say), the page's header,
menus, notes and footer at others, a box set inside the article deeper. Lists come as `* item`
and ` 1. item`. It is known by that: most lines indented, at three depths or more, two of
them above the article's (the page's elements around it), and the text's paragraphs (long
lines ending a sentence, of a paragraph's length, never wrapped) at
one depth, seven words in ten of theirs at least, five paragraphs or more. Then:

- the article is the run from its first paragraph at that depth to its last, and the lines
  right under it as deep or deeper (its foot, still inside its element);
- above it, the page's lists go (navigation, a numbered breadcrumb, the share links, a `Key
  points` box), each with the short label over it, set shallower (`Main navigation`): the
  title, byline, date and the rest are the web rules' (a list's items would push the byline
  out of the lines where they look for it);
- inside it, a box nested deeper than its paragraphs (a newsletter's sign-up: its name, a
  line or two, its button), none of its lines a paragraph and one of them no sentence, goes;
  so does its foot under its last paragraph when no line of it is a sentence (`Topics` and
  its tags);
- below it, a section under a notes heading (`Notes`, its numbered items, the way back `↑`
  at their ends taken off), one under `References` or `Sources` (as it stands) and one under
  `About the author(s)` (its note, the authors' cards under it gone) stay; everything else
  there (related cards, a newsletter box, the footer, a cookie notice) is the page's and goes,
  and the report says how many sentences went with it.

A text that is not so indented is read as it stands.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .authornote import ABOUT
from .furniture import Removed
from .layout import Line, ends_sentence
from .superscripts import is_notes_heading

LIST_ITEM = re.compile(r"\s*(?:[*•-]|\d{1,3}\.)\s+\S")
NOTE_ITEM = re.compile(r"\s*\d{1,3}\.\s+\S")
WAY_BACK = re.compile(r"\s*↑\s*$")
SOURCES = re.compile(r"(?:references|sources|bibliography|works cited)", re.I)
PARAGRAPH_WORDS = 20  # a paragraph's line: this many words at least, ending a sentence
PARAGRAPH_CHARS = 160  # a paragraph's median line: unwrapped, longer than any terminal's line
MIN_PARAGRAPHS = 5
AT_DEPTH = 0.7  # of the paragraphs' words, at the article's depth
INDENTED = 0.7  # of the lines that hold text, indented
MIN_DEPTHS = 3
SHALLOWER_DEPTHS = 2  # depths above the article's with more than list items: the page's
LABEL_WORDS = 4  # a list's label (`Main navigation`, `Key points`)
HEADING_WORDS = 8

NESTED_TOP = "inscriptis page: a list above the article (navigation, breadcrumb, sharing, a box)"
NESTED_BOX = "inscriptis page: a box nested inside the article, deeper than its paragraphs"
NESTED_FOOT = "inscriptis page: the article's foot under its last paragraph (its topics, tags)"
NESTED_BELOW = "inscriptis page: below the article (related pages, newsletter, footer, cookies)"
NESTED_CARDS = "inscriptis page: the authors' cards under their note"


@dataclass(frozen=True)
class NestedPage:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    depth: int = 0  # the article's paragraphs' indentation; 0: no such page
    ways_back: int = 0  # `↑` taken off the notes' ends
    warnings: tuple[str, ...] = ()


def _depth(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip(" "))


def _is_paragraph(text: str) -> bool:
    return (
        len(text.split()) >= PARAGRAPH_WORDS and ends_sentence(text) and not LIST_ITEM.match(text)
    )


def _is_heading(text: str) -> bool:
    """A short line of no sentence, no list's item: a section's name."""
    text = text.strip()
    return (
        0 < len(text.split()) <= HEADING_WORDS
        and not ends_sentence(text)
        and not LIST_ITEM.match(text)
    )


def article_depth(lines: list[Line]) -> int:
    """The depth of the article's paragraphs where the lines are inscriptis's (see the module);
    0 where they are not."""
    texts = [line for line in lines if not line.blank]
    paragraphs = [line for line in texts if _is_paragraph(line.text)]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return 0
    indented = sum(1 for line in texts if _depth(line) > 0)
    if indented < INDENTED * len(texts) or len({_depth(line) for line in texts}) < MIN_DEPTHS:
        return 0
    lengths = sorted(len(line.text.strip()) for line in paragraphs)
    if lengths[len(lengths) // 2] < PARAGRAPH_CHARS:
        return 0  # wrapped: a terminal's, a mail's lines
    words: Counter[int] = Counter()
    for line in paragraphs:
        words[_depth(line)] += len(line.text.split())
    depth, share = words.most_common(1)[0]
    count = sum(1 for line in paragraphs if _depth(line) == depth)
    if depth == 0 or share < AT_DEPTH * words.total() or count < MIN_PARAGRAPHS:
        return 0
    # (the article inside the page's elements: two depths or more above its own that hold
    # more than a list's items, as a page's header and the section around the article set
    # them; an essay whose paragraphs are indented under flush headings, a poem set deeper, or
    # an outline's items set in by a space, has one: review 33)
    above = {
        _depth(line) for line in texts if _depth(line) < depth and not LIST_ITEM.match(line.text)
    }
    if len(above) < SHALLOWER_DEPTHS:
        return 0
    # never wrapped: a paragraph's line has a blank line or a shallower/other line under it,
    # never a lower-case line going on at its depth
    by_number = {line.number: line for line in lines}
    for line in paragraphs:
        after = by_number.get(line.number + 1)
        if (
            after
            and not after.blank
            and _depth(after) == depth
            and after.text.strip()[:1].islower()
        ):
            return 0
    return depth


def _lists_with_labels(texts: list[Line]) -> list[Line]:
    """The list items among the lines, with the short label right above each list, set
    shallower than its items."""
    taken: list[Line] = []
    for i, line in enumerate(texts):
        if not LIST_ITEM.match(line.text):
            continue
        taken.append(line)
        first = i == 0 or not LIST_ITEM.match(texts[i - 1].text)
        if first and i > 0:
            label = texts[i - 1]
            if (
                _depth(label) < _depth(line)
                and len(label.text.split()) <= LABEL_WORDS
                and not ends_sentence(label.text)
            ):
                taken.insert(len(taken) - 1, label)
    return taken


def _boxes(texts: list[Line], depth: int) -> list[Line]:
    """Runs of two lines or more nested deeper than the paragraphs, no list's items, none of
    them a paragraph and one of them no sentence (a sign-up box: its name, its button)."""
    runs: list[list[Line]] = []
    previous = False
    for line in texts:
        deeper = _depth(line) > depth and not LIST_ITEM.match(line.text)
        if deeper and previous:
            runs[-1].append(line)
        elif deeper:
            runs.append([line])
        previous = deeper
    return [
        line
        for run in runs
        if len(run) >= 2
        and not any(_is_paragraph(line.text) for line in run)
        and any(not ends_sentence(line.text) for line in run)
        for line in run
    ]


def _kept_sections(below: list[Line]) -> tuple[list[Line], list[Line], int]:
    """Of the lines below the article, the notes' section and the author's note (with the
    `↑` off the notes' ends), the authors' cards, and how many ways back went."""
    kept: list[Line] = []
    cards: list[Line] = []
    ways_back = 0
    i = 0
    while i < len(below):
        head = below[i]
        name = head.text.strip()
        notes, about = is_notes_heading(name), ABOUT.fullmatch(name) is not None
        listed = SOURCES.fullmatch(name) is not None
        if not (_is_heading(name) and (notes or about or listed)):
            i += 1
            continue
        j = i + 1
        while j < len(below) and (
            _depth(below[j]) > _depth(head)
            or (_depth(below[j]) == _depth(head) and not _is_heading(below[j].text))
        ):
            j += 1
        kept.append(head)
        for line in below[i + 1 : j]:
            if notes and NOTE_ITEM.match(line.text) and WAY_BACK.search(line.text):
                kept.append(Line(line.number, WAY_BACK.sub("", line.text)))
                ways_back += 1
            elif about and LIST_ITEM.match(line.text):
                cards.append(line)
            else:
                kept.append(line)
        i = j
    return kept, cards, ways_back


def nested_page(lines: list[Line]) -> NestedPage:
    """The page's article, its notes and author's note, without the page around them (see the
    module); the lines as they are where they are no inscriptis page's."""
    depth = article_depth(lines)
    if not depth:
        return NestedPage(lines)
    texts = [line for line in lines if not line.blank]
    at = [i for i, line in enumerate(texts) if _depth(line) == depth and _is_paragraph(line.text)]
    first, last = at[0], at[-1]
    end = last
    while end + 1 < len(texts) and _depth(texts[end + 1]) >= depth:
        end += 1
    top, below = texts[:first], texts[end + 1 :]
    foot = texts[last + 1 : end + 1]
    foot = [] if any(ends_sentence(line.text) for line in foot) else foot
    boxes = _boxes(texts[first : last + 1], depth)
    kept, cards, ways_back = _kept_sections(below)
    kept_numbers = {line.number for line in kept}
    carded = {line.number for line in cards}
    gone_below = [line for line in below if line.number not in kept_numbers | carded]
    removed = (
        _removed(_lists_with_labels(top), NESTED_TOP)
        + _removed(boxes, NESTED_BOX)
        + _removed(foot, NESTED_FOOT)
        + _removed(cards, NESTED_CARDS)
        + _removed(gone_below, NESTED_BELOW)
    )
    gone = {item.line for item in removed}
    rewritten = {line.number: line for line in kept}
    out = [rewritten.get(line.number, line) for line in lines if line.number not in gone]
    sentences = sum(1 for line in gone_below if ends_sentence(line.text))
    warnings = (
        (
            f"inscriptis page: {sentences} sentences below the article went with the page "
            f"(from line {gone_below[0].number}): check that none is the essay's",
        )
        if sentences
        else ()
    )
    return NestedPage(out, sorted(removed, key=lambda item: item.line), depth, ways_back, warnings)


def _removed(lines: list[Line], rule: str) -> list[Removed]:
    return [Removed(line.number, line.text.strip(), rule) for line in lines]
