"""People of the collection named in its essays: which paragraphs name the author of another
essay. Pure.
"""

from __future__ import annotations

import re

from .model import UNKNOWN, AuthorMention, Collection

#: Where the people of an essay's author field part: "A and B", "A, B & C".
PEOPLE_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*")
#: A run of word characters: what `name_pattern`'s edges (`(?<!\w)`, `(?!\w)`) delimit.
WORD_RUN = re.compile(r"\w+")


def find_mentions(collection: Collection) -> list[AuthorMention]:
    """Paragraphs naming the author of another essay, in collection and reading order.

    A name can only stand in a paragraph that has every word of its surname, so each
    paragraph runs only the patterns whose surname's first word it has (a word index): every
    pattern over every paragraph grew with the square of the collection.
    """
    patterns = [
        (essay.id, person)
        for essay in collection.essays
        if essay.author != UNKNOWN
        for person in split_people(essay.author)
    ]
    by_word: dict[str | None, list[tuple[int, str, re.Pattern[str]]]] = {}
    for number, (essay_id, person) in enumerate(patterns):
        pattern = name_pattern(person)
        surname_words = WORD_RUN.findall(person.split()[-1])
        by_word.setdefault(surname_words[0] if surname_words else None, []).append(
            (number, essay_id, pattern)
        )
    unindexed = by_word.pop(None, [])
    mentions: list[AuthorMention] = []
    for paragraph in collection.paragraphs.values():
        # In the patterns' order, as the sort below breaks ties of position by it.
        candidates = sorted(
            unindexed
            + [
                candidate
                for word in set(WORD_RUN.findall(paragraph.text))
                for candidate in by_word.get(word, ())
            ]
        )
        found = sorted(
            (
                (m.start(), AuthorMention(paragraph.id, essay_id, m.group(0)))
                for _, essay_id, pattern in candidates
                if essay_id != paragraph.essay_id
                for m in pattern.finditer(paragraph.text)
            ),
            key=lambda pair: pair[0],
        )
        mentions += dict.fromkeys(mention for _, mention in found)
    return mentions


def split_people(author: str) -> list[str]:
    """An essay's author field may name several people: "A and B", "A, B & C"."""
    return [p for p in PEOPLE_SEPARATOR.split(author) if p]


def name_pattern(person: str) -> re.Pattern[str]:
    """The person's full name, or their given name or its initial, then any initials or
    middle names, then the surname: "Eugene Rumer" finds "Eugene B. Rumer" and "E. Rumer"."""
    *given, last = person.split()
    if not given:
        return re.compile(rf"(?<!\w){re.escape(last)}(?!\w)")
    first, *middle = given
    middles = "".join(rf"|\s+{re.escape(m)}" for m in middle)
    return re.compile(
        rf"(?<!\w)(?:{re.escape(first)}|{re.escape(first[0])}\.)"
        rf"(?:\s*[A-Z]\.{middles})*\s+{re.escape(last)}(?!\w)"
    )
