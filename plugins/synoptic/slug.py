"""Anchors for headings: readable, ASCII, unique within a page."""

from __future__ import annotations

import re
import unicodedata


def ascii_fold(text: str) -> str:
    """Lower-case ASCII: accents dropped from their letters, other non-ASCII dropped."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")


def unique_slug(text: str, taken: set[str]) -> str:
    """`slugify(text)`, suffixed -2, -3 … if the page already has it; records the result."""
    base = slugify(text) or "section"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug
