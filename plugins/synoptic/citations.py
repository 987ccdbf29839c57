"""Footnotes → cited works: parse every note, resolve Ibid., merge the notes that cite one work.

Pure: reads a `Collection`, returns `References`; knows nothing of MkDocs or of rendering.

Notes come in many styles, so a note is tried against each of them, strictest first, and a note
that none fits yields what can still be told (its URL) or nothing; never an error:

- Ibid. (`Ibid`, `Ibid., 45`, `ibidem`);
- a URL or DOI alone;
- author–date (Harvard, APA): `Lo B. 2015. Title. Venue.`, `Lo, B. (2015). Title. Journal, 3(2).`;
- Chicago notes: `Bobo Lo, Title (London: Publisher, 2015), 12.`,
  `Author, “Article,” Journal 3, no. 2 (2019): 4–5.`, short form `Lo, Title, 45.`

Several works in one note are separated by `;`. Notes that cite nothing (commentary) are not in
`References.note_work`; `References.remarks` lists them so that none is lost without a word.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from .model import (
    UNKNOWN,
    AuthorMention,
    Citation,
    Collection,
    Essay,
    Footnote,
    References,
    UnresolvedNote,
    Work,
)
from .names import ascii_fold, slugify, unique_slug

# --- Patterns -------------------------------------------------------------------------------

#: A publication year, with the letter that tells apart works of one author and year (2015a).
YEAR = r"(?:1[5-9]|20)\d\d(?:[a-z](?![a-z]))?"
#: A year standing alone, not inside a longer number.
YEAR_ALONE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
#: A year in brackets, as Chicago gives it after a journal's volume: "95, no. 3 (May 2016)".
BRACKETED_YEAR = re.compile(rf"\([^()]*?(?<!\d)({YEAR})(?!\d)")
#: "Ibid." and its variants opening a note; what follows (a page, a remark) is the same work.
IBID = re.compile(r"ibid(?:em)?\b", re.IGNORECASE)
#: Web addresses, bare or with a scheme; stops at spaces and quotation marks.
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>“”\"]+")
#: A DOI written as `doi:10.…`; it is given back as a https://doi.org/ address.
DOI = re.compile(r"\bdoi:\s*(10\.\d{4,9}/\S+)", re.IGNORECASE)
#: Punctuation that ends the sentence around a URL rather than the URL itself.
URL_TRAILER = ".,;:)]’'"
#: "Accessed 5 May 2016", "[viewed …]", "(last accessed …)": when the note was read, not what.
ACCESSED = re.compile(
    r"[\[(]?\s*\b(?:last\s+)?(?:accessed|viewed)(?:\s+on)?:?\s+"
    r"(?=\d|[a-z]{3,9}\.?\s+\d)[^\])]*?(?:[\])]|\.(?=\s|$)|$)",
    re.IGNORECASE,
)
#: The words that introduce an address ("Available at:", "Retrieved from", "URL:").
AVAILABILITY = re.compile(
    r"\b(?:available\s+(?:at|from|online)|retrieved\s+from|online\s+at|"
    r"url\s*(?=:))\s*:?",
    re.IGNORECASE,
)
#: Brackets emptied by removing an address or an access date.
EMPTY_BRACKETS = re.compile(r"[(\[<]\s*[)\]>]")
#: Words opening a note that point to a work but are not part of it ("See also Lo …").
LEADING_CUE = re.compile(
    r"^(?:see\s+also|see|cf\.?|compare|and|also|for\s+example,?|e\.g\.,?)\s+", re.IGNORECASE
)
#: The same cues after a remark ("For a critical view, see Lo …"): the work starts after them.
EMBEDDED_CUE = re.compile(
    r"[,:;.]\s+(?:see\s+also|see|cf\.?|quoted\s+in|cited\s+in)\s+", re.IGNORECASE
)

#: Author–date: the authors, then the year (in parentheses in APA, with the date APA may add),
#: then the rest after a full stop or comma. The authors hold no brackets or quotation marks,
#: which keeps Chicago notes, whose year comes late and inside brackets, out.
AUTHOR_DATE = re.compile(
    rf"^(?P<authors>[^()“”\"]+?)[\s,]+\(?(?P<year>{YEAR}|n\.\s?d)"
    r"(?:,[^().]*\))?\)?(?:[.,:]\s*(?P<rest>.*)|\s*)$"
)
#: A quoted title (Chicago articles); a single-quoted one must close before a space or stop,
#: so that the apostrophe of "Russia’s" does not end it.
QUOTED_TITLE = re.compile(
    r"^(?:“(?P<curly>.+?)”|\"(?P<straight>.+?)\"|‘(?P<single>.+?)’"
    r"(?=[\s,.;]|$))\s*[,.]?\s*(?P<tail>.*)$"
)
#: A Chicago book: the title, then the publication facts in brackets, which hold the year.
BOOK_TITLE = re.compile(
    rf"^(?P<title>[^(]+?),?\s*\((?P<facts>[^()]*?(?<!\d){YEAR}[^()]*)\)"
    r"(?P<tail>.*)$"
)
#: A page or a range of pages, which says where in a work, not which work.
PAGE_RANGE = r"(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?"
PAGES = re.compile(PAGE_RANGE)
#: A Chicago short note: a title and the page cited ("Lo, New World Disorder, 45.").
SHORT_TITLE = re.compile(rf"^(?P<title>.+?),\s*{PAGE_RANGE}\.?$")
#: The end of a sentence: a full stop, perhaps a closing quotation mark, then a space.
SENTENCE_END = re.compile(r"\.[”\"’]?\s+")
#: A question or exclamation ending a title that the venue follows ("Is Russia a threat? …").
QUESTION_END = re.compile(r"(?<=[?!])[”\"’]?\s+")
#: A word whose full stop abbreviates it and does not end a sentence: an initial, "U.S.",
#: "No.", "Vol.", "ed." …
ABBREVIATION = re.compile(
    r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|No|Nos|Vol|Vols|pp?|eds?|Eds?|trans|"
    r"vs|St|Dr|Mr|Mrs|Ms|Jr|Sr|Inc|Ltd|Co|cf|al|ch|Ch"
)
#: The last of several Chicago authors: "…, and Jane Doe, Title".
LAST_AUTHOR = re.compile(r"(?:and|&)\s")
#: Where authors part: commas, semicolons, "and", "&".
AUTHOR_SEPARATOR = re.compile(r",?\s+(?:and|&)\s+|\s*&\s*|\s*;\s*|,\s+")
#: "et al." closing an author list, with the comma some styles put before it.
ET_AL = re.compile(r",?\s*\bet\s+al\b\.?$")
#: Initials alone ("B.", "M. A.", "J.-P.", "BL"): in APA they follow the surname after a comma.
INITIALS = re.compile(r"(?:[A-Z]\.?[\s-]*){1,4}")
#: One word of a name: letters, with the stops, hyphens and apostrophes names carry.
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d]|[.'’-])*")
#: A place of publication before the publisher ("London:", "Washington, DC:").
PLACE_PREFIX = re.compile(r"^[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*){0,2}:\s+")
#: Volume, issue, pages or date after a journal's name ("Foreign Affairs 95, no. 3 (2016)").
VOLUME_TAIL = re.compile(r"\s+(?:vol\.|no\.|\d|\().*$", re.IGNORECASE)
#: Where a venue's name ends and its place, date or a remark begins.
VENUE_END = re.compile(r"[,;]")
#: "in" before the book a chapter stands in.
LEADING_IN = re.compile(r"^in\s+", re.IGNORECASE)
#: A date where a venue would stand (web articles: `Author, “Title,” March 6, 2016`).
MONTH_START = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d", re.IGNORECASE
)
#: Apostrophes vanish from compared words: "Putin’s" and "Putin's" are one word.
APOSTROPHES = re.compile(r"['’‘`]")
#: A word of compared text, once folded to lower-case ASCII.
WORD = re.compile(r"[a-z0-9]+")
#: What two spellings of one address may differ by: scheme and "www.".
URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?")
#: Where the people of an essay's author field part: "A and B", "A, B & C".
PEOPLE_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*")
#: An href in a note's HTML: a linked "Available at" keeps its address only there.
HREF = re.compile(r'href="([^"]+)"')

#: Lower-case words that stand inside personal names ("Ludwig van Beethoven").
PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "le",
        "la",
        "al",
        "bin",
        "ibn",
        "y",
        "dos",
        "das",
        "ter",
    }
)
#: …and inside the names of organisations, which author–date notes may give as authors.
ORGANISATION_WORDS = PARTICLES | {"of", "the", "for", "and", "on", "in", "at"}
#: Words after a surname that are not the surname.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Titles of works shortened to this many words in work ids, to keep them readable.
ID_TITLE_WORDS = 10
#: A person's name: at most this many words; an organisation's, at most ORGANISATION_LENGTH.
PERSON_LENGTH = 5
ORGANISATION_LENGTH = 10
#: Chicago lists of authors longer than this are not looked for ("A, B, C, and D, Title").
MAX_CHICAGO_AUTHORS = 4


# --- Parsing one note -----------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedCitation:
    """What one note (or one `;`-separated part of it) says of the work it cites."""

    authors: tuple[str, ...] = ()  # as written; "et al." kept as a last element
    year: str | None = None
    title: str | None = None
    venue: str | None = None  # journal, newspaper, series or publisher
    url: str | None = None
    ibid: bool = False  # says "Ibid.": the work is the previous note's


def parse_note(text: str) -> list[ParsedCitation]:
    """The works a note cites, in order; [] for a note that cites none (commentary)."""
    parts = split_top_level(text)
    if len(parts) > 1:
        parsed = [parse_part(part) for part in parts]
        if all(parsed):
            return [p for p in parsed if p]
    # A `;` inside a title or an author list: the note is one work.
    single = parse_part(text)
    return [single] if single else []


def split_top_level(text: str) -> list[str]:
    """Split at semicolons outside brackets and quotation marks."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([“":
            depth += 1
        elif char in ")]”" and depth:
            depth -= 1
        elif char == ";" and not depth:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_part(text: str) -> ParsedCitation | None:
    """The one work a note (or a part of it) cites; None when it names none."""
    text = LEADING_CUE.sub("", " ".join(text.split()))
    if IBID.match(text):
        return ParsedCitation(ibid=True)
    url, rest = take_url(text)
    for candidate in cue_candidates(rest):
        parsed = parse_author_date(candidate) or parse_chicago(candidate)
        if parsed:
            return replace(parsed, url=url)
    return ParsedCitation(url=url) if url else None


def take_url(text: str) -> tuple[str | None, str]:
    """The note's first address, and the note without addresses, access dates and the words
    introducing them."""
    found = [(m.start(), m.group(0).rstrip(URL_TRAILER)) for m in URL.finditer(text)]
    found += [
        (m.start(), "https://doi.org/" + m.group(1).rstrip(URL_TRAILER)) for m in DOI.finditer(text)
    ]
    rest = DOI.sub(" ", URL.sub(" ", text))
    for pattern in (ACCESSED, AVAILABILITY, EMPTY_BRACKETS):
        rest = pattern.sub(" ", rest)
    rest = " ".join(rest.split()).strip(" .,;:")
    return (min(found)[1] if found else None), rest


def cue_candidates(text: str) -> list[str]:
    """The text, then what follows its last "see"/"cf." when a remark comes before the work."""
    cues = list(EMBEDDED_CUE.finditer(text))
    return [text] + ([text[cues[-1].end() :]] if cues else [])


def parse_author_date(text: str) -> ParsedCitation | None:
    """`Authors. Year. Title. Venue. …` (Harvard) or `Authors (Year). Title. Venue.` (APA)."""
    match = AUTHOR_DATE.match(text)
    if not match:
        return None
    authors = split_authors(match["authors"])
    if not looks_like_names(authors, ORGANISATION_WORDS, ORGANISATION_LENGTH):
        return None
    year = None if match["year"].startswith("n") else match["year"]
    segments = [s for s in sentences(match["rest"] or "") if not PAGES.fullmatch(s)]
    if len(segments) == 1:  # perhaps "Title? Venue", which sentences does not split
        segments = [s for s in QUESTION_END.split(segments[0], maxsplit=1) if s]
    title = clean_title(segments[0]) if segments else None
    venue = venue_of(segments[1]) if len(segments) > 1 else None
    return ParsedCitation(authors=authors, year=year, title=title, venue=venue)


def parse_chicago(text: str) -> ParsedCitation | None:
    """`Author, “Article,” Journal 3 (2019)`, `Author, Title (Place: Publisher, 2015), 12`,
    or the short form `Author, Title, 12`."""
    authors, rest = chicago_authors(text)
    if match := QUOTED_TITLE.match(rest):
        title = match["curly"] or match["straight"] or match["single"]
        return ParsedCitation(
            authors=authors,
            year=year_in(match["tail"]),
            title=clean_title(title),
            venue=venue_of(match["tail"]),
        )
    if not authors:
        return None
    if match := BOOK_TITLE.match(rest):
        return ParsedCitation(
            authors=authors,
            year=year_in(match["facts"]),
            title=clean_title(match["title"]),
            venue=publisher_of(match["facts"]),
        )
    if match := SHORT_TITLE.match(rest):
        return ParsedCitation(authors=authors, title=clean_title(match["title"]))
    return None


def chicago_authors(text: str) -> tuple[tuple[str, ...], str]:
    """The authors before the first comma, or before the comma after "…, and Name"; () and the
    whole text when the note does not start with names."""
    chunks = text.split(", ")
    found: tuple[tuple[str, ...], str] = ((), text)
    for count in range(1, min(MAX_CHICAGO_AUTHORS, len(chunks) - 1) + 1):
        last = chunks[count - 1]
        if count > 1 and not LAST_AUTHOR.match(last):
            continue
        authors = split_authors(", ".join(chunks[:count]))
        if looks_like_names(authors, PARTICLES, PERSON_LENGTH):
            found = authors, ", ".join(chunks[count:])
    return found


def split_authors(text: str) -> tuple[str, ...]:
    """`Krastev & Leonard.` → ("Krastev", "Leonard"); `Lo, B., & Smith, J.` → ("Lo, B.",
    "Smith, J."); `Smith J. et al.` → ("Smith J.", "et al.")."""
    et_al = ET_AL.search(text)
    names: list[str] = []
    for piece in AUTHOR_SEPARATOR.split(text[: et_al.start()] if et_al else text):
        piece = piece.strip()
        if names and INITIALS.fullmatch(piece):  # APA: the initials after "Surname,"
            names[-1] += ", " + piece
        elif piece:
            names.append(piece)
    return tuple(clean_author(n) for n in names) + (("et al.",) if et_al else ())


def clean_author(name: str) -> str:
    """Drop the full stop that ends the author list, not the one of a closing initial."""
    name = name.strip(" ,")
    last = name.split()[-1] if name.split() else ""
    if name.endswith(".") and not INITIALS.fullmatch(last):
        name = name[:-1]
    return name


def looks_like_names(authors: tuple[str, ...], lower_words: frozenset[str], max_words: int) -> bool:
    """Whether every author is a plausible name: capitalised words, initials and the few
    lower-case words names contain. This is what tells a citation from a remark."""
    return named_authors(authors) > 0 and all(
        looks_like_name(a, lower_words, max_words) for a in authors if a != "et al."
    )


def looks_like_name(name: str, lower_words: frozenset[str], max_words: int) -> bool:
    tokens = name.replace(",", " ").split()
    return (
        0 < len(tokens) <= max_words
        and tokens[0][0].isupper()
        and all(NAME_WORD.fullmatch(t) and (t[0].isupper() or t in lower_words) for t in tokens)
    )


def sentences(text: str) -> list[str]:
    """Split at full stops that end sentences, not at those of initials or abbreviations."""
    parts, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        if before and ABBREVIATION.fullmatch(before[-1].lstrip('(“"‘')):
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [p.strip(" .") for p in parts if p.strip(" .")]


def clean_title(title: str) -> str | None:
    return named(title.strip(' ,;:.“”"‘’'))


def named(text: str) -> str | None:
    """The text, if it has a letter: a number or a lone mark is no title, venue or publisher."""
    return text if any(c.isalpha() for c in text) else None


def venue_of(segment: str) -> str | None:
    """The journal, newspaper or publisher a segment names, without place, volume or date."""
    venue = PLACE_PREFIX.sub("", segment.strip())
    venue = LEADING_IN.sub("", VOLUME_TAIL.sub("", VENUE_END.split(venue)[0])).strip(' .“”"')
    return None if MONTH_START.match(venue) else named(venue)


def publisher_of(facts: str) -> str | None:
    """`London: Chatham House, 2015` → "Chatham House"."""
    publisher = facts.split(":", 1)[-1]
    year = YEAR_ALONE.search(publisher)
    return named((publisher[: year.start()] if year else publisher).strip(" ,;"))


def year_in(text: str) -> str | None:
    """The year of a Chicago tail: the one in brackets if there is one, else the first."""
    bracketed = BRACKETED_YEAR.search(text)
    if bracketed:
        return bracketed.group(1)
    match = YEAR_ALONE.search(text)
    return match.group(0) if match else None


def note_text(footnote: Footnote) -> str:
    """The note's text with the addresses its links hold and its text does not show."""
    hrefs = [html.unescape(h) for h in HREF.findall(footnote.html)]
    return " ".join([footnote.text] + [h for h in hrefs if h not in footnote.text])


# --- Telling works apart --------------------------------------------------------------------


def words(text: str) -> tuple[str, ...]:
    """Lower-case ASCII words: what is left of a text once case, accents, punctuation and
    apostrophes are set aside; "&" counts as "and"."""
    return tuple(WORD.findall(ascii_fold(APOSTROPHES.sub("", text.replace("&", " and ")))))


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

    Two full citations (year and title) agree on surname, year and main title. A short one
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
        return title_a == title_b if (a.year and b.year) else contains_run(title_a, title_b)
    return bool(a.year and b.year)


def contains_run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the shorter word sequence stands, unbroken, in the longer."""
    short, long = sorted((a, b), key=len)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


# --- Resolving a collection -----------------------------------------------------------------


@dataclass
class CitedWork:
    """A work being gathered: what each note citing it says, and those notes."""

    parsed: list[ParsedCitation] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    account: ParsedCitation = field(default_factory=ParsedCitation)  # merge(parsed)
    work_id: str = ""  # set once all works are known (ids depend on their order)

    def add(self, parsed: ParsedCitation, citation: Citation) -> None:
        self.parsed.append(parsed)
        self.account = merge(self.parsed)
        if not self.citations or self.citations[-1] != citation:  # "Lo 2015; Lo 2015, 12"
            self.citations.append(citation)


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


def named_authors(authors: tuple[str, ...]) -> int:
    return sum(1 for a in authors if a != "et al.")


def resolve(collection: Collection) -> References:
    """Every note of every essay resolved to the work it cites, works merged across essays."""
    gathered: list[CitedWork] = []
    note_work: dict[tuple[str, str], CitedWork] = {}
    unresolved: list[UnresolvedNote] = []
    remarks: list[UnresolvedNote] = []
    for essay in collection.essays:
        citing = citing_paragraphs(essay)
        previous: list[CitedWork] = []  # the works of the previous note, for Ibid.
        for label, footnote in essay.footnotes.items():
            if footnote.missing:
                unresolved.append(UnresolvedNote(essay.id, label, citing.get(label, ())))
                previous = []
                continue
            current = []
            for parsed in parse_note(note_text(footnote)):
                work, ibid = place(parsed, previous, gathered)
                work.add(parsed, Citation(essay.id, label, citing.get(label, ()), ibid))
                current.append(work)
            if current:
                note_work[essay.id, label] = current[0]
            else:
                remarks.append(UnresolvedNote(essay.id, label, citing.get(label, ())))
            previous = current
    works = make_works(gathered)
    return References(
        works=works,
        note_work={key: cited.work_id for key, cited in note_work.items()},
        unresolved=unresolved,
        mentions=find_mentions(collection),
        remarks=remarks,
    )


def place(
    parsed: ParsedCitation, previous: list[CitedWork], gathered: list[CitedWork]
) -> tuple[CitedWork, bool]:
    """The work a citation belongs to, and whether it was found as Ibid.

    Ibid. is the previous note's work (its last, if it cites several); with no previous work
    (first note, or after a missing or commentary note) it is kept as an entry of its own.
    Otherwise the one gathered work it matches, or a new one when it matches none or, being
    too short to tell, several.
    """
    if parsed.ibid and previous:
        return previous[-1], True
    matches = [] if parsed.ibid else [w for w in gathered if same_work(w.account, parsed)]
    if len(matches) == 1:
        return matches[0], False
    gathered.append(CitedWork())
    return gathered[-1], False


def citing_paragraphs(essay: Essay) -> dict[str, tuple[str, ...]]:
    """Footnote label → ids of the paragraphs whose text cites it."""
    citing: dict[str, tuple[str, ...]] = {}
    for paragraph in essay.paragraphs:
        for label in dict.fromkeys(paragraph.footnotes):
            citing[label] = citing.get(label, ()) + (paragraph.id,)
    return citing


def make_works(gathered: list[CitedWork]) -> list[Work]:
    """The works, sorted, each given an id unique in the collection (and `work_id` set).

    Ids are handed out in sorted order, so a collision takes -2, -3 … in that order and does
    not depend on which essay cited the work first.
    """
    taken: set[str] = set()
    works = []
    # sorted() is stable: works that sort alike stay in the order they were first cited.
    for cited in sorted(gathered, key=lambda c: citation_order(c.account)):
        m = cited.account
        cited.work_id = unique_slug(id_text(m, cited.citations[0]), taken)
        works.append(
            Work(
                id=cited.work_id,
                authors=m.authors,
                year=m.year,
                title=m.title,
                venue=m.venue,
                url=m.url,
                citations=list(cited.citations),
            )
        )
    return works


def citation_order(citation: ParsedCitation) -> tuple:
    """First author's surname (or the title, for anonymous works), year, title; works of
    which nothing is known last."""
    name = (
        first_surname(citation)
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


# --- People of the collection named in its essays -------------------------------------------

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
