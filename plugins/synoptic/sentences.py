"""Sentences: which stops end one. Shared by ingest (an edition's summary is its first sentence)
and the note parser (an author–date citation's parts are its sentences). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .layout import CLOSERS

#: The end of a sentence of prose: a stop, its closers, then a capital (or the end of the text).
PROSE_END = re.compile(r"[.!?][" + re.escape(CLOSERS) + r"]*(?=\s+[“‘\"(\[]?[A-Z0-9]|\s*$)")
#: The end of a part of a citation: a full stop, perhaps a closing quotation mark, then a space
#: (a title may end on "?" and go on, and a part may start lower-case).
FULL_STOP_END = re.compile(r"\.[”\"’]?\s+")
#: Words whose stop ends no sentence ("Mr. B. Smith", "Foreign Affairs 95, No. 3").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr inc ltd co".split()  # of people and firms
    + "vs etc cf fig al no nos vol vols p pp ed eds trans ch".split()  # of references
)
#: …and those with stops inside ("e.g.", "i.e.", "U.S.").
DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
#: The word before a stop; the look-back is bounded so that a long text costs no more.
LAST_WORD = re.compile(r"[\w.]*\Z")
LOOK_BACK = 12


def after_abbreviation(text: str, stop: int) -> bool:
    """Whether the word before the stop at `stop` is an initial or an abbreviation."""
    last = LAST_WORD.search(text, max(0, stop - LOOK_BACK), stop)
    word = last[0] if last else ""
    return (
        (len(word) == 1 and word.isupper())
        or word.lower() in ABBREVIATIONS
        or DOTTED.fullmatch(word) is not None
    )


def sentence_ends(text: str, end: re.Pattern[str] = PROSE_END) -> Iterator[re.Match[str]]:
    """The matches of `end` that end a sentence, passing over abbreviations and initials."""
    return (match for match in end.finditer(text) if not after_abbreviation(text, match.start()))


def first_sentence(text: str) -> str | None:
    """Up to the first stop that ends a sentence; None if none does."""
    end = next(sentence_ends(text), None)
    return text[: end.end()] if end else None


def split_sentences(text: str, end: re.Pattern[str] = PROSE_END) -> list[str]:
    """The sentences, without their stops and the spaces between them."""
    parts, start = [], 0
    for match in sentence_ends(text, end):
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [p.strip(" .") for p in parts if p.strip(" .")]
