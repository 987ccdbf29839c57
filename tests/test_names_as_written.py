"""`names.as_written` reads the separators beyond ASCII as their ASCII kin (one character for
one), so that its per-term patterns compile fast: what it finds and returns is unchanged."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from synoptic.model import Essay
from synoptic.names import (
    BETWEEN,
    SEPARATORS,
    as_written,
    short_names,
    term_pattern,
    whole_name,
)

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def positions(pattern: str, text: str) -> list[int]:
    return [match.start() for match in re.finditer(pattern, text, re.IGNORECASE)]


@pytest.mark.parametrize(
    "before, after",
    [
        # The separators as `BETWEEN` had them, and as it has them after `SEPARATORS`.
        (r"[\s'’‐‑-]", BETWEEN.split("+")[0]),
        # A letter stays a letter, a non-letter a non-letter (the bounds of a term).
        (r"[^\W\d_]", r"[^\W\d_]"),
    ],
)
def test_separators_read_as_ascii_match_the_same_characters(before, after):
    assert positions(before, EVERY_CHARACTER) == positions(
        after, EVERY_CHARACTER.translate(SEPARATORS)
    )


@pytest.mark.parametrize(
    "texts, written",
    [
        (["the post‑Soviet space, a post‑Soviet state"], "post‑Soviet"),  # non-breaking hyphen
        (["the post‐Soviet space"], "post‐Soviet"),  # hyphen
        (
            ["of Russia’s Soviet past, of Russia's Soviet past, of Russia’s Soviet"],
            "Russia’s Soviet",
        ),
    ],
)
def test_the_text_is_returned_as_written_not_as_read(texts, written):
    term = "post soviet" if "post" in written else "russia soviet"
    assert as_written(term, texts) == written


def test_a_terms_pattern_is_compiled_once():
    assert term_pattern("gas pipeline") is term_pattern("gas pipeline")


TEXTS = [
    "The Dalebeck Air Network has run fourteen sensors, and the proposed Clean Air Order "
    "would stop burning on the valley floor.",
    "Figures from the Dalebeck Air Network, and the World Health Organization's guideline.",
    "Dalebeck Air Network data. So said Eugene B. Rumer in Central Asia. Russia's view.",
]


@pytest.mark.parametrize(
    "form, name",
    [
        ("Dalebeck Air", "Dalebeck Air Network"),  # the word after, each time
        ("Air Network", "Dalebeck Air Network"),  # the word before, once inside a sentence
        ("proposed Clean", "proposed Clean Air Order"),  # from a capitalised last word only
        ("Health", "World Health Organization"),  # the possessive's word, not its 's
        ("valley floor", "valley floor"),  # no capital to run on from
        ("Eugene", "Eugene"),  # an initial stops it
        ("Russia", "Russia"),
        ("Central Asia", "Central Asia"),
        ("Kremlin", "Kremlin"),  # not in the texts
    ],
)
def test_a_row_label_runs_a_term_on_to_the_whole_name(form, name):
    assert whole_name(form, TEXTS) == name


def test_a_capital_only_at_sentences_starts_runs_no_name_on():
    texts = ["Then Network failures came. Then Network costs rose."]
    assert whole_name("Network", texts) == "Network"


@pytest.mark.parametrize(
    "author, expected",
    [
        ("Eugene B. Rumer, Jr.", "Rumer 2026"),
        ("Ada Whitlow and Samuel Okafor", "Whitlow & Okafor 2026"),  # no co-author dropped
        ("Mairead Tolland & Dev Okafor", "Tolland & Okafor 2026"),
        ("A. Lo, B. Smith and C. Jones", "Lo et al. 2026"),
        ("Bryn Castell, Saltmarsh Ward", "Castell 2026"),  # a post after the name
        ("Lo, Bobo", "Lo 2026"),
        # (a review's: an empty part crashed every build; ";" parts authors; a body's name)
        ("Ada Whitlow and ,Samuel Okafor", "Whitlow & Okafor 2026"),
        ("Ada Whitlow; Samuel Okafor", "Whitlow & Okafor 2026"),
        ("Okafor, Samuel and Whitlow, Ada", "Okafor & Whitlow 2026"),
        ("Department of Health and Social Care", "Department of Health… 2026"),
    ],
)
def test_an_essays_short_name_names_its_authors(author: str, expected: str) -> None:
    essay = Essay("x", "A title", author, "2026-03-16", "-", "-", "-", "-", Path("x.md"))
    assert short_names([essay]) == {"x": expected}
