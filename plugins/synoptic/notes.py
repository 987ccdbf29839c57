"""One footnote → the works it cites, as the note gives them (`ParsedCitation`).

Pure, and knows nothing of other notes. Notes come in many styles, so a note is tried against
each of them, strictest first, and a note that none fits yields what can still be told (its URL)
or nothing; never an error:

- Ibid. (`Ibid`, `Ibid., 45`, `ibidem`);
- a URL or DOI alone;
- author–date (Harvard, APA): `Lo B. 2015. Title. Venue.`, `Lo, B. (2015). Title. Journal, 3(2).`,
  and policy writing's `Harlan & Pryce, Eskerby Greenway Feasibility Study, 2025.` (a body's
  name, `Dunmere Health and Wellbeing Board`, one author);
- Chicago notes: `Bobo Lo, Title (London: Publisher, 2015), 12.`,
  `Author, “Article,” Journal 3, no. 2 (2019): 4–5.`, short form `Lo, Title, 45.`
- a standard by its designation (`IEC 61672-1:2013, Electroacoustics: Sound Level Meters`,
  `ISO 9001:2015`, `ASTM E84-21a, Standard Test Method …`): the body that issued it its author;
- a document by who issued it (`Calder District Council, Waste Statistics 2024–25.`,
  `Coastal Waters Agency, bathing water results, 2022 to 2025.`) or by its name and a place in
  it (`Draft Heritage Levy Bylaw, clause 14(2).`): reports, surveys, registers, bylaws.

Several works in one note are separated by `;`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

from .layout import is_english
from .model import Footnote
from .names import PARTICLES, is_name_word
from .sentences import FULL_STOP_END, split_sentences

# --- Patterns -------------------------------------------------------------------------------

#: A publication year, with the letter that tells apart works of one author and year (2015a).
YEAR = r"(?:1[5-9]|20)\d\d(?:[a-z](?![a-z]))?"
#: A year standing alone, not inside a longer number.
YEAR_ALONE = re.compile(rf"(?<!\d){YEAR}(?!\d)")
#: A year in brackets, as Chicago gives it after a journal's volume: "95, no. 3 (May 2016)".
BRACKETED_YEAR = re.compile(rf"\([^()]*?(?<!\d)({YEAR})(?!\d)")
#: A title's facts of publication in brackets after it, a year among them: "(Veld, 2024)".
BRACKETED_FACTS = re.compile(rf"\s*\([^()]*?(?<!\d){YEAR}(?!\d)[^()]*\)$")
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
#: Words opening a note that point to a work but are not part of it ("See also Lo …", "See,
#: for example, Lo …", "See, e.g., Lo").
LEADING_CUE = re.compile(
    r"^(?:(?:see\s+also|see|cf\.?|compare|and|also|for\s+example|e\.g\.)[,:]?\s+)+",
    re.IGNORECASE,
)
#: The same cues after a remark ("For a critical view, see Lo …"): the work starts after them.
EMBEDDED_CUE = re.compile(
    r"[,:;.]\s+(?:see\s+also|see|cf\.?|quoted\s+in|cited\s+in)\s+", re.IGNORECASE
)

#: A remark's "in" or "by" before a name: where a work may start (`led_in`).
PROSE_INTO = re.compile(r"\s(?:in|by)\s+(?=[A-Z])")

#: Author–date: the authors, then the year (in parentheses in APA, with the date APA may add),
#: then the rest after a full stop or comma. The authors hold no brackets or quotation marks,
#: which keeps Chicago notes, whose year comes late and inside brackets, out.
AUTHOR_DATE = re.compile(
    rf"^(?P<authors>[^()“”\"]+?)[\s,]+\(?(?P<year>{YEAR}|n\.\s?d)"
    r"(?:,[^().]*\))?\)?(?:[.,:]\s*(?P<rest>.*)|\s*)$"
)
#: A quoted title (Chicago articles; MHRA's in single marks, curly or typed: a reader of UU's
#: site found 'Dissection versus …' typed read as no title); a single-quoted one must close
#: before a space or stop, so that the apostrophe of "Russia’s" does not end it.
QUOTED_TITLE = re.compile(
    r"^(?:“(?P<curly>.+?)”|\"(?P<straight>.+?)\"|[‘'](?P<single>.+?)[’']"
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
#: A Chicago short note: a title and the page cited ("Lo, New World Disorder, 45."); a year
#: alone is no page ("Ashby Parish Council, Final Accounts, 2020.": a document and its year).
SHORT_TITLE = re.compile(rf"^(?P<title>.+?),\s*(?!{YEAR}\.?$){PAGE_RANGE}\.?$")
#: A question or exclamation ending a title that the venue follows ("Is Russia a threat? …").
QUESTION_END = re.compile(r"(?<=[?!])[”\"’]?\s+")
#: The last of several Chicago authors: "…, and Jane Doe, Title".
LAST_AUTHOR = re.compile(r"(?:and|&)\s")
#: Where authors part: commas, semicolons, "and", "&".
AUTHOR_SEPARATOR = re.compile(r",?\s+(?:and|&)\s+|\s*&\s*|\s*;\s*|,\s+")
#: "et al." closing an author list, with the comma some styles put before it.
ET_AL = re.compile(r",?\s*\b(?:et\s+al\b\.?|and\s+others)$")
#: Initials alone ("B.", "M. A.", "J.-P.", "BL"): in APA they follow the surname after a comma.
INITIALS = re.compile(r"(?:[A-Z]\.?[\s-]*){1,4}")
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
#: A month and day closing a book's facts, before their year, the facts' whole or after a comma
#: (`October`, `, 6 March`, `, March 6,`): a name that ends in a month's word is no date
#: ("Press of the Long March", "Theresa May": review 36).
PUBLISHED_ON = re.compile(
    r"(?:^|,)\s*(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
    r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
    r"(?:\s+\d{1,2})?[\s,]*$",
    re.IGNORECASE,
)
#: A report named by who issued it: `Publisher, Title, [Month] Year[, locator].` and perhaps a
#: remark after it (`Homes First, Listings Count, November 2025. Volunteers recorded …`), with
#: a month or a place in it (a page, a table, a question) to tell it from `Author, Title 2015`.
REPORT = re.compile(
    r"^(?P<publisher>[A-Z][^,()“”\"]*?),\s+(?P<title>[A-Z][^()“”\"]*?),?\s+"
    r"(?:(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+)?"
    rf"(?P<year>{YEAR})(?:,\s*(?P<locator>(?:pp?\.\s*\d|[a-z])[^.]*))?(?:\.(?:\s+.*)?)?$"
)
#: The bodies whose standards notes cite by designation (`ISO 9001:2015`, `BS EN 1317-2`,
#: `ANSI/ASHRAE Standard 62.1-2019`).
STANDARDS_BODIES = (
    "ISO|IEC|EN|BS|ANSI|IEEE|DIN|ASTM|NFPA|ASHRAE|CSA|AS|NZS|ITU-T|ETSI|CEN|CENELEC|SAE|JIS|UL|API"
)
#: A standard's designation (its bodies, a number, perhaps its year), then its title set apart
#: by a comma or a colon, or nothing: a remark that only names one ("IEEE 802.11 is the Wi-Fi
#: standard") runs on without.
STANDARD = re.compile(
    rf"^(?P<designation>(?P<body>(?:{STANDARDS_BODIES})(?:[ /](?:{STANDARDS_BODIES}))*)\s+"
    r"(?:Standard\s+)?(?P<number>[A-Z]{0,3}\s?\d[\w.-]*?)(?:[:-](?P<year>(?:19|20)\d\d))?)"
    r"(?:[,:]\s+(?P<rest>\S.*?))?[\s.]*$"
)
#: A law cited by its short title, as legal writing cites it: a capitalised name ending in a
#: word for legislation, then its year (`Copyright and Related Rights Act 1998`, `Land Reform
#: (Scotland) Act 2003`, `Civil Rights Act of 1964`), then nothing, or a place in it (`s. 21`,
#: `section 41`, `reg. 4`, `Schedule 2`) and what the note adds.
STATUTE = re.compile(
    r"^(?P<title>(?:The\s+)?(?:[A-Z][\w’'-]*|\([A-Z][\w ]*\))"
    r"(?:\s+(?:[A-Z][\w’'-]*|\([A-Z][\w ]*\)|and|of|the|for|to|on|in|&))*?"
    # (a name's word right before the word for law, never `and`: `Smith and Order 2019` is two
    # authors and a year, review 34)
    r"(?<!\sand)(?<!\sof)(?<!\sthe)(?<!\sfor)(?<!\sto)(?<!\son)(?<!\sin)(?<!\s&)"
    r"\s+(?:Act|Acts|Regulations|Order|Bill|Measure|Rules|Ordinance|Statute)"
    r"(?:\s+of)?\s+(?P<year>(?:1[6-9]|20)\d\d))(?![\w/-])"
    r"(?:\s*[,(]\s*(?P<rest>.*))?[\s.]*$"
)
#: The places in a law its citations give, abbreviated or whole, or its state (`as amended`).
#: A case at law by its parties, `A v B` (`R v Lo`, `Deverill v Hallam Vale Hospitals Trust`),
#: then its year in brackets and what follows it there (the court, a report): `(2022, county
#: court)`, `[2019] EWCA Civ 12`.
CASE_WORD = r"(?:[A-Z][\w’'&.-]*|of|and|the|for|&|in)"
CASE = re.compile(
    rf"^(?P<title>[A-Z][\w’'&.-]*(?:\s+{CASE_WORD})*?\s+v\.?\s+[A-Z][\w’'&.-]*(?:\s+{CASE_WORD})*?)"
    rf"\s*[(\[](?P<year>{YEAR})(?:[,\s]+(?P<court>[^()\[\]]*?))?[)\]]"
)
STATUTE_PLACE = re.compile(
    r"(?:(?i:ss?\.|sections?|regs?\.|regulations?|sch(?:ed)?\.|schedules?|paras?\.|"
    r"paragraphs?|arts?\.|articles?|pt\.|part|c\.|chapter|clause|title)\s*[\dA-Z]|as amended\b)"
)
#: Words that make what follows a standard's designation a sentence, not its title.
SENTENCE_VERBS = frozenset(
    "is are was were has have had said says will would should can could must does did".split()
)
#: A place in a document (`clause 14(2)`, `Appendix C`, `paragraph 4.3`, `table 4`, `volume
#: 3`, `p. 12`) or its number (`CAB/25/118`, `HDC-ENV-2026-04`).
LOCATOR = re.compile(
    r"(?:^|(?<=\s))(?:(?i:clause|section|schedule|article|appendix|annex|tables?|figure|"
    r"chapter|volume|paragraphs?|pp?\.)\s+[\dA-Z]|[A-Z]{2,}[/-][\w/-]*\d)"
)
#: Words that name a document (a report, a register, a bylaw): what a title of an issuer's
#: document holds, and a remark's apposition does not ("my grandmother", "a local resident").
DOCUMENT_WORDS = frozenset(
    """report reports review reviews survey surveys statistics accounts bylaw bylaws byelaw
    scheme petition log register records results classifications paper papers response
    answer return returns study plan strategy assessment minutes guidance note notice
    statement dataset data monitor budget case consultation order act regulations programme
    program audit evaluation analysis briefing submission agenda proposal proposals estimates
    census framework policy code standard standards directive decision judgment ruling
    inquiry bulletin brief factsheet handbook manual guide summary appraisal appraisals""".split()
)
#: Words a title leaves in lower case.
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with".split())
#: A word of a note, for `names_document`.
WORD = re.compile(r"[^\W\d_]+")
#: An href in a note's HTML: a linked "Available at" keeps its address only there.
HREF = re.compile(r'href="([^"]+)"')

#: …and inside the names of organisations, which author–date notes may give as authors.
ORGANISATION_WORDS = PARTICLES | {"of", "the", "for", "and", "on", "in", "at"}
#: A body's name, ending in the word for what it is: one author, whatever "and" it holds
#: ("Dunmere Health and Wellbeing Board", "Calder District Council Conservation Team").
BODY = re.compile(
    r"\b(?:Board|Council|Committee|Society|Partnership|Team|Trust|Agency|Authority|Association|"
    r"Institute|Foundation|Department|Ministry|Office|Service|Services|Commission|Group)$"
)
#: A person's name: at most this many words; an organisation's, at most ORGANISATION_LENGTH.
PERSON_LENGTH = 5
#: … and in a list of names that may be a title instead (`people`), at most this many.
NAME_LENGTH = 3
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


def split_top_level(text: str, separator: str = ";") -> list[str]:
    """Split at the separator outside brackets and quotation marks."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([“":
            depth += 1
        elif char in ")]”" and depth:
            depth -= 1
        elif not depth and i >= start and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_part(text: str) -> ParsedCitation | None:
    """The one work a note (or a part of it) cites; None when it names none."""
    text = LEADING_CUE.sub("", " ".join(text.split()))
    if IBID.match(text):
        return ParsedCitation(ibid=True)
    url, rest = take_url(text)
    for candidate in cue_candidates(rest):
        parsed = (
            parse_standard(candidate)
            or parse_statute(candidate)
            or parse_case(candidate)
            or parse_report(candidate)
            or parse_author_date(candidate)
            or parse_chicago(candidate)
            or parse_issued(candidate)
        )
        if parsed:
            return replace(parsed, url=url)
    if parsed := led_in(rest):
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


def led_in(text: str) -> ParsedCitation | None:
    """An article a remark leads into by "in" or "by" ("The question is set out in Marlow and
    Pryde, "Terrace and Tenure", …": a reader of VV's site found it filed as a note citing no
    work): only where names follow, then a title in quotation marks, set as a title, then a
    journal and a year, as Chicago sets an article, so that a remark's own "in London, …" is
    no work."""
    for into in PROSE_INTO.finditer(text):
        candidate = text[into.end() :]
        authors, rest = chicago_authors(candidate)
        parsed = parse_chicago(candidate) if authors and QUOTED_TITLE.match(rest) else None
        # (an article's: a title set as one, a journal and a year after it; "in London, 'a
        # quiet week', as the diary says" and "coined by Putin, 'a partnership …', in 2014"
        # are remarks, review 42)
        if parsed and parsed.title[:1].isupper() and parsed.venue and parsed.year:
            return parsed
    return None


def parse_standard(text: str) -> ParsedCitation | None:
    """A standard cited by its designation (`STANDARD`), and its title where the note gives
    one: the body that issued it is its author (`IEC`, `ANSI/ASHRAE`), the designation and
    title its title, as a reader looks it up. A place in it (`clause 5.2`) is no title, nor a
    sentence; a title is set as one (capitalised): `UL 94, the test we use` is a remark."""
    match = STANDARD.match(text)
    # (a number of two digits at least, and no year alone: `CSA 2019, Annual Report` is a
    # report of that year, `AS 3, Kestrel Street …` a remark)
    digits = re.search(r"\d+", match["number"]) if match else None
    if not match or not digits or len(digits[0]) < 2 or YEAR_ALONE.fullmatch(match["number"]):
        return None
    rest = match["rest"] or ""
    if rest and not LOCATOR.match(rest) and not rest[0].isupper():
        return None
    # (a sentence after it says something of the standard: `ISO 8601: Dates are written …`)
    titled = rest and not LOCATOR.match(rest) and SENTENCE_VERBS.isdisjoint(WORD.findall(rest))
    title = match["designation"] + (f", {rest}" if titled else "")
    return ParsedCitation(authors=(match["body"],), year=match["year"], title=clean_title(title))


def parse_statute(text: str) -> ParsedCitation | None:
    """A law cited by its short title and year (`STATUTE`): the title and year its title, no
    author (a reader looks it up by its name). Read as authors and a year, `Copyright and
    Related Rights Act 1998, section 41` was by "Copyright" and "Related Rights Act"."""
    match = STATUTE.match(text)
    rest = match["rest"] if match else None
    if not match or (rest and not STATUTE_PLACE.match(rest)):
        return None
    return ParsedCitation(year=match["year"], title=clean_title(match["title"]))


def parse_case(text: str) -> ParsedCitation | None:
    """A case at law cited by its parties and year (`CASE`): their names its title, no author,
    the court its venue. Read as authors and a year, `Deverill v Hallam Vale Hospitals Trust
    (2022, county court)` was by "Deverill v Hallam Vale Hospitals Trust" (a reader's review)."""
    match = CASE.match(text)
    if not match:
        return None
    court = (match["court"] or "").strip(" ,")
    return ParsedCitation(year=match["year"], title=match["title"], venue=court or None)


def parse_report(text: str) -> ParsedCitation | None:
    """`Publisher, Title, Month Year[, locator].` or `Publisher, Title Year, locator.`: a report,
    survey or register cited by who issued it (`REPORT`); the publisher is its author, whole
    ("Pellow & Strand Consulting"). Without a month or a locator, or with a title of one word,
    it may be authors and a year, and is left to the other forms."""
    match = REPORT.match(text)
    if not match or not (match["month"] or match["locator"]) or len(match["title"].split()) < 2:
        return None
    publisher = match["publisher"].strip()
    people = split_authors(publisher)  # "Mearsheimer and Walt": authors, not a publisher
    organisation = looks_like_name(
        publisher.replace(" & ", " and "), ORGANISATION_WORDS, ORGANISATION_LENGTH
    )
    if not organisation or (len(people) > 1 and all(len(n.split()) <= 2 for n in people)):
        return None
    return ParsedCitation(
        authors=(publisher,), year=match["year"], title=clean_title(match["title"])
    )


def parse_issued(text: str) -> ParsedCitation | None:
    """A document cited by who issued it or by its name, as policy writing's notes give them:
    `Issuer, title[, …]` with a year or a place in it somewhere (`Calder District Council,
    Waste and Reuse Statistics 2024–25.`, `Coastal Waters Agency, bathing water results, 2022
    to 2025.`, `Brindlecombe Borough Council, Cabinet Report CAB/25/118, paragraph 4.3.`), or
    `Name, place in it` (`Draft Calverholm Heritage Levy Bylaw, clause 14(2).`). The issuer
    is a capitalised name of two words or more, and the document is named by a word for a
    document (`DOCUMENT_WORDS`): a remark opening with a name ("Mary Jones, my grandmother,
    died in 1998", "The Council, table 4") names none."""
    # (a remark after `;`; a book's facts in brackets are one segment: `Title (Veld, 2024)`)
    # (`, `: a figure's thousands are no segment, `12,000 Households`: review 34)
    segments = [s.strip(" .") for s in split_top_level(text.split("; ")[0], ", ")]
    if len(segments) < 2 or not all(segments) or not is_document_name(segments[0]):
        return None
    if LOCATOR.match(segments[1]):  # `Name, clause 14(2)`: the name is the document's
        return (
            ParsedCitation(title=clean_title(segments[0])) if names_document(segments[0]) else None
        )
    rest = ", ".join(segments[1:])
    if not (YEAR_ALONE.search(rest) or LOCATOR.search(rest)):
        return None
    if not (names_document(segments[1]) or is_title(segments[1])):
        return None
    # After the title, the last year: a period's end ("2015 to 2024") is nearest to when the
    # document came out; else the title's own first ("Statistics 2024–25").
    years = YEAR_ALONE.findall(", ".join(segments[2:])) or YEAR_ALONE.findall(segments[1])[:1]
    title = BRACKETED_FACTS.sub("", segments[1])
    return ParsedCitation(
        authors=(segments[0],), year=years[-1] if years else None, title=clean_title(title)
    )


def names_document(text: str) -> bool:
    return not DOCUMENT_WORDS.isdisjoint(word.lower() for word in WORD.findall(text))


def is_title(text: str) -> bool:
    """Whether the text is set as a title is: capitalised, and so are most of its words but
    the small ones ("Outcomes of Planned Birth by Setting in Women at Low Risk")."""
    words = [w for w in WORD.findall(text) if w.lower() not in TITLE_SMALL_WORDS]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) > 1 and text[:1].isupper() and 2 * capitals > len(words)


def is_document_name(text: str) -> bool:
    return len(text.split()) > 1 and looks_like_name(
        text.replace(" & ", " and "), ORGANISATION_WORDS, ORGANISATION_LENGTH
    )


def parse_author_date(text: str) -> ParsedCitation | None:
    """`Authors. Year. Title. Venue. …` (Harvard), `Authors (Year). Title. Venue.` (APA), or
    `Authors, Title, Year.` (`titled_before_year`; a body's name, `BODY`, is one author)."""
    match = AUTHOR_DATE.match(text)
    if not match:
        return None
    who, named_title, series = (match["authors"], None, None)
    if not match["rest"]:
        who, named_title, series = titled_before_year(match["authors"])
    authors = (who,) if one_body(who) else split_authors(who)
    if not looks_like_names(authors, ORGANISATION_WORDS, ORGANISATION_LENGTH):
        return None
    # A body and, after its comma, neither a body nor people: the body's document, named
    # (`Vallandry Law Society, Fixed-Fee Pilot 2024: Summary …` was by "Fixed-Fee Pilot").
    if len(authors) > 1 and any(one_body(name) for name in authors):
        if not all(one_body(name) or people(name) for name in authors):
            return None
    year = None if match["year"].startswith("n") else match["year"]
    if named_title:
        return ParsedCitation(
            authors=authors, year=year, title=clean_title(named_title), venue=series
        )
    parts = split_sentences(match["rest"] or "", FULL_STOP_END)
    segments = [s for s in parts if not PAGES.fullmatch(s)]
    if len(segments) == 1:  # perhaps "Title? Venue", which full stops do not split
        segments = [s for s in QUESTION_END.split(segments[0], maxsplit=1) if s]
    title = clean_title(segments[0]) if segments else None
    venue = venue_of(segments[1]) if len(segments) > 1 else None
    return ParsedCitation(authors=authors, year=year, title=title, venue=venue)


def one_body(text: str) -> bool:
    """A body's name, whatever "and" it holds (`Dunmere Health and Wellbeing Board`): it ends in
    the word for what it is (`BODY`), no part before an "and" does (`Wendmouth Borough Council
    and Dunmere Health Board` are two) and no part after one opens with "the" (`Ruth Ames and
    the Carrowmouth Harbour Trust`: a person and a body)."""
    parts = re.split(r",?\s+(?:and|&)\s+|\s*&\s*", text)
    return (
        bool(BODY.search(text))
        and not any(BODY.search(part) for part in parts[:-1])
        and not any(part.lower().startswith("the ") for part in parts[1:])
    )


def people(text: str) -> bool:
    """Whether the text is a list of people's names (`Owen Pascoe and Ruth Ames`, `Da Silva`):
    names of `NAME_LENGTH` words at most, several joined by "and", or one with a word that is
    no English word (`Maternity Services Options Appraisal`, `Counting Boats` name documents)."""
    names = split_authors(text)
    if not looks_like_names(names, PARTICLES, NAME_LENGTH):
        return False
    if len(names) > 1:
        return True  # names joined by "and" (`Tom Fisher and Sue Hunter`, a review's probe)
    # (the lexicon loads only when a note of this form asks: curated builds do not pay it)
    return any(not is_english(word.lower()) for word in WORD.findall(names[0]))


def titled_before_year(text: str) -> tuple[str, str | None, str | None]:
    """What stands before the year in `Authors, Title[, Series], Year.` split into the authors,
    the title and the series (`Harlan & Pryce, Eskerby Greenway Feasibility Study`, `Priya
    Anand and Joe Whitlow, Community Toilet Schemes in Eleven Towns, Coastal Towns Policy Unit
    Working Paper 14`). The title is the first part after a comma that is set as one and names
    a document, or holds a title's small word or three words besides "and" and is no list of
    people or a body's name (`Counting Bins` may be a name, `Jones and Brown`, `Owen Pascoe and
    Ruth Ames` are two, `The Harbour Group` a body: the text is then left whole, as a list of
    authors). Parts set as titles after it are the title's (`…, Key Stage 2`) up to a place in
    the document (`Annex C`) or a series (`is_series`). Not where initials follow a comma:
    `Smith, J., Jones, K.` is a list of authors."""
    chunks = text.split(", ")
    if len(chunks) < 2 or any(INITIALS.fullmatch(chunk.strip()) for chunk in chunks):
        return text, None, None
    for start in range(1, len(chunks)):
        chunk = chunks[start]
        words = [word.lower() for word in WORD.findall(chunk) if word.lower() != "and"]
        small = not TITLE_SMALL_WORDS.isdisjoint(words)
        wordy = (len(words) >= 3 or small) and not BODY.search(chunk) and not people(chunk)
        if is_title(chunk) and (names_document(chunk) or wordy):
            end = start + 1  # the title's own parts after a comma (`…Survey, Key Stage 2`)
            while end < len(chunks) and is_title(chunks[end]) and not LOCATOR.match(chunks[end]):
                if is_series(chunks[end]):
                    return ", ".join(chunks[:start]), ", ".join(chunks[start:end]), chunks[end]
                end += 1
            return ", ".join(chunks[:start]), ", ".join(chunks[start:end]), None
    return text, None, None


def is_series(text: str) -> bool:
    """A series or a publisher after a title (`Coastal Towns Policy Unit Working Paper 14`): set
    as a title, naming a document or a body, and no place in a document (`Annex C`)."""
    named = names_document(text) or BODY.search(text) is not None
    return is_title(text) and named and not LOCATOR.match(text)


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
        and all(is_name_word(t, lower_words) for t in tokens)
    )


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
    """`London: Chatham House, 2015` → "Chatham House"; a date's month and day are none of it
    (`(October 2025)`, `(Chatham House, 6 March 2016)`: MM's reference read "October.")."""
    publisher = facts.split(":", 1)[-1]
    year = YEAR_ALONE.search(publisher)
    publisher = PUBLISHED_ON.sub("", publisher[: year.start()] if year else publisher)
    return named(publisher.strip(" ,;"))


def year_in(text: str) -> str | None:
    """The year of a Chicago tail: the one in brackets if there is one, else the first."""
    bracketed = BRACKETED_YEAR.search(text)
    if bracketed:
        return bracketed.group(1)
    match = YEAR_ALONE.search(text)
    return match.group(0) if match else None


#: The words announcing an address, closing a note that gives none.
ADDRESS_ANNOUNCED = re.compile(rf"(?:{AVAILABILITY.pattern})\s*$", re.IGNORECASE)


def address_lost(footnote: Footnote) -> bool:
    """Whether the note announces an address it does not give ("… Available at:" and nothing
    after: an extraction that lost the links), so that the page says so."""
    return not HREF.search(footnote.html) and bool(ADDRESS_ANNOUNCED.search(note_text(footnote)))


def note_text(footnote: Footnote) -> str:
    """The note's text with the addresses its links hold and its text does not show."""
    hrefs = [html.unescape(h) for h in HREF.findall(footnote.html)]
    return " ".join([footnote.text] + [h for h in hrefs if h not in footnote.text])


def named_authors(authors: tuple[str, ...]) -> int:
    return sum(1 for a in authors if a != "et al.")
