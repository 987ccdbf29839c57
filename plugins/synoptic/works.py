"""Work identity: whether two citations name one work, the fullest account of a work its
notes give, and the text a work's id and place in the list are made of. Pure.
"""

from __future__ import annotations

import re
from functools import cache

from .model import Citation
from .names import ascii_fold, slugify
from .notes import INITIALS, ParsedCitation, named_authors

#: Apostrophes vanish from compared words: "Putin’s" and "Putin's" are one word.
APOSTROPHES = re.compile(r"['’‘`]")
#: A word of compared text, once folded to lower-case ASCII.
WORD = re.compile(r"[a-z0-9]+")
#: What two spellings of one address may differ by: scheme and "www.".
URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?")
#: Words after a surname that are not the surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Words that make an author a body, listed by its whole name, not by a surname ("World Health
#: Organization" under W, not O; "Wendmouth Police" after "Wendmouth Borough Council").
BODY_WORDS = frozenset(
    """academy agency alliance assembly association authority bank board centre center charity
    clinic coalition college commission committee company consortium corporation council court
    department federation forum fund foundation government group hospital infirmary
    inspectorate institute institution laboratory library ministry museum network observatory
    office organisation organization parliament partnership police press registry service
    services society team tribunal trust union university""".split()
)
#: … that are surnames too: a name of two words ending in one is a person's ("Robert Service",
#: "Eyal Press", "Margaret Court"), of more a body's ("Oxford University Press").
SURNAMES_TOO = frozenset(
    "bank center centre court forum fund group office press service trust union".split()
)
#: Titles of works shortened to this many words in work ids, to keep them readable.
ID_TITLE_WORDS = 10


def words(text: str) -> tuple[str, ...]:
    """Lower-case ASCII words: what is left of a text once case, accents, punctuation and
    apostrophes are set aside; "&" counts as "and"."""
    return tuple(WORD.findall(ascii_fold(APOSTROPHES.sub("", text.replace("&", " and ")))))


@cache  # compared per pair of citations that may be one work: the same names, over and over
def surname(author: str) -> str:
    """The surname of a name in any order: "Lo B.", "B. Lo", "Bobo Lo", "Lo, Bobo" → "lo".

    The part before a comma, else the last word that is neither an initial nor a suffix
    ("Jr."), which is the surname whether the initials come before it or after.
    """
    name = author.split(",")[0] if "," in author else author
    candidates = [
        w
        for w in name.split()
        if not INITIALS.fullmatch(w) and "".join(words(w)) not in NAME_SUFFIXES
    ]
    return "".join(words(candidates[-1] if candidates else name))


def first_surname(citation: ParsedCitation) -> str | None:
    return surname(citation.authors[0]) if citation.authors else None


def main_title(citation: ParsedCitation) -> tuple[str, ...]:
    """The title's words before any subtitle: notes often drop the subtitle."""
    return words(citation.title.split(":")[0]) if citation.title else ()


def url_key(url: str) -> str:
    return URL_PREFIX.sub("", url.lower()).rstrip("/")


def same_work(a: ParsedCitation, b: ParsedCitation) -> bool:
    """Whether two citations name one work, tolerant of how notes abbreviate.

    Two full citations (year and title) agree on surname, year and main title, and their
    subtitles, where both give one, share a word (`other_subtitles`). A short one
    (no year: Chicago short notes; or no title: "Lo 2015") agrees on surname, on what it gives,
    and its title words may stand anywhere in the other's ("Bear Hug" in "…: This Bear Hug
    Is Real"). A citation that is only an address agrees with the same address.
    """
    if a.url and b.url and not (a.title and b.title):
        return url_key(a.url) == url_key(b.url)
    if first_surname(a) != first_surname(b) or (a.year and b.year and a.year != b.year):
        return False
    title_a, title_b = main_title(a), main_title(b)
    if title_a and title_b:
        if other_subtitles(a, b):
            return False
        return title_a == title_b if (a.year and b.year) else contains_run(title_a, title_b)
    return bool(a.year and b.year)


#: Words two subtitles may share without being one: they say nothing of what a work is.
SUBTITLE_FILLER = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to"})


def subtitle(citation: ParsedCitation) -> frozenset[str]:
    """The words of the title's subtitle, after its colon, but for filler; none without one."""
    if not citation.title or ":" not in citation.title:
        return frozenset()
    return frozenset(words(citation.title.split(":", 1)[1])) - SUBTITLE_FILLER


def other_subtitles(a: ParsedCitation, b: ParsedCitation) -> bool:
    """Whether two titles on one main title go on to subtitles that share no word: a body's
    two reports ("Noise Camera Pilot: Twelve-Month Monitoring Report" and "… : Event Logs",
    which a reader's review found listed as one work), not one title a note shortened."""
    first, second = subtitle(a), subtitle(b)
    return bool(first and second) and first.isdisjoint(second)


def contains_run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the shorter word sequence stands, unbroken, in the longer."""
    short, long = sorted((a, b), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def merge(parsed: list[ParsedCitation]) -> ParsedCitation:
    """The fullest account of a work its notes give: the longest list of names and the longest
    title (a note may drop co-authors or a subtitle); else what the first note gives."""

    def first(name: str) -> str | None:
        return next((getattr(p, name) for p in parsed if getattr(p, name)), None)

    return ParsedCitation(
        authors=max((p.authors for p in parsed), key=named_authors),
        year=first("year"),
        title=max((p.title for p in parsed if p.title), key=len, default=None),
        venue=first("venue"),
        url=first("url"),
    )


def citation_order(citation: ParsedCitation) -> tuple:
    """First author's surname (a body's whole name; the title, for anonymous works), year,
    title; works of which nothing is known last."""
    first = words(citation.authors[0]) if citation.authors else ()
    person = len(first) == 2 and first[-1] in SURNAMES_TOO
    name = (
        (" ".join(first) if BODY_WORDS & set(first) and not person else first_surname(citation))
        or " ".join(words(citation.title or ""))
        or url_key(citation.url or "")
    )
    return (not name, name, citation.year or "", words(citation.title or ""))


def id_text(citation: ParsedCitation, first: Citation) -> str:
    """What a work's id is made of: surname, year and title; else its address; else the note."""
    parts = [first_surname(citation) or "", citation.year or ""]
    parts += words(citation.title or "")[:ID_TITLE_WORDS]
    candidates = (
        " ".join(p for p in parts if p),
        url_key(citation.url or ""),
        f"{first.essay_id} note {first.label}",
    )
    return next(text for text in candidates if slugify(text))
