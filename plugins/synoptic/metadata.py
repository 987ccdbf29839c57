"""Ingest's front matter: the title, author, date, publisher and address a raw text states in
its first lines, recognised by their shape (docs/editions.md). What is not recognised stays in
the body; nothing is guessed (a value the text does not give is `unknown`).
"""

from __future__ import annotations

import re
from datetime import date

from lemminflect import getAllLemmas

from .layout import (
    Line,
    ends_clause,
    ends_sentence,
    is_all_caps,
    is_english,
    is_title_case,
    join_lines,
    looks_like_heading,
    markdown_heading,
    may_be_title,
    starts_upper,
    without_marks,
)
from .model import UNKNOWN
from .names import AUTHOR_SEPARATOR, HONORIFIC, is_name_word, without_honorific
from .sentences import first_sentence

# Metadata lines: each names the front-matter key it fills.
MONTHS = {
    name[:3]: number
    for number, name in enumerate(
        (
            "january february march april may june july august september october november december"
        ).split(),
        start=1,
    )
}
MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
# A day of the month, as a number or an ordinal ("May 4th, 2023", "the 4th of May 2023").
DAY = r"(?P<day>\d{1,2})(?P<ordinal>st|nd|rd|th)?"
DATE_FORMS = (
    re.compile(MONTH + r"\s+" + DAY + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?:[Tt]he\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})-(?P<num_month>\d{2})-(?P<day>\d{2})"),
    re.compile(MONTH + r",?\s+(?P<year>\d{4})"),
)
YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?,?"
TITLE_MAX_WORDS = 25  # a title above a byline may be long; a longer line is a paragraph
DRAFTED = "drafted"  # a history date's key, read as the date where none other is stated
# Between the names of an author line: "Jane Q. Doe, A. Lo and B. van Dyke".
NAME_SEPARATOR = re.compile(r",?\s+")
META_LINES = (
    (
        "author",
        re.compile(
            r"(?:(?:Posted|Written) [Bb]y|(?:POSTED|WRITTEN) BY|[Bb]y|BY|Authors?:?|AUTHORS?:?"
            r"|Words(?::| by)|Text:"
            # a report's or a submission's: "Prepared by", "Written evidence submitted by";
            # a member's statement appended to minutes: "Statement by Councillor …" (a
            # title first: "Statement by Morrowby Civic Society" may be a title)
            r"|(?:[A-Z][a-z]+ (?:[a-z]+ )?)?(?:[Ss]ubmitted|[Pp]repared|[Cc]ompiled) by:?"
            r"|(?:A )?[Ss]tatement by(?=\s+" + HONORIFIC.pattern + r"))"
            r"\s+(?P<value>\S.*)"
        ),
    ),
    ("publisher", re.compile(r"(?:Publisher:?|Published by)\s+(?P<value>\S.*)")),
    ("url", re.compile(r"(?:URL|Source):?\s+(?P<value>https?://\S+)")),
    # A web page's copyright line names its publisher: "© 2024 The Civic Ledger. All rights …"
    # ("Copyright" alone must have a year: "Copyright law …" is a sentence).
    (
        "publisher",
        re.compile(
            r"(?:(?:©|\([Cc]\))\s*(?:"
            + YEARS
            + r"\s+)?|(?:Copyright|COPYRIGHT)\s+(?:©\s*)?"
            + YEARS
            + r"\s+)(?P<value>(?=[^.]*[^\W\d_])[^.]{0,79}?[^.\s·|•])\.?"
            + r"(?:\s+All [Rr]ights [Rr]eserved\.?)?"
            # … a separator before the footer's next link, wrapped onto the next line
            + r"(?:\s+[·|•])?"
            # … and the footer's links after it, set apart by a wide gap
            + r"(?:\s{2,}(?i:privacy|terms|contact|cookies|about|accessibility|sitemap)\b.*)?"
        ),
    ),
    ("date", re.compile(r"(?:(?:Published|Publication date|Date)(?: on)?:?\s+)?(?P<value>.+)")),
    # A date in the document's history, not its publication's: a journal's "Received 2 May
    # 2026", a word processor's "Draft 3 — 14 April 2026". The essay's date where no line
    # states another (the latest such date: the state the text is in).
    (
        DRAFTED,
        re.compile(
            r"(?:(?:Received|Accepted|Submitted|Revised)(?: on)?:?\s+"
            r"|(?:Draft|Version|Revision)\s+\d{1,3}\s*[—–:,-]\s*)(?P<value>.+)"
        ),
    ),
)
# A web page's reading time or update line ("6 min read", "Updated …", "Listen · 6 min").
READING_TIME = re.compile(
    r"\b\d+\s+min(?:ute)?s?\.?\s+read\b|^(?:last\s+)?updated\b|^listen\b.*\b\d+\s+min"
    # … or a browser's reader view's estimate alone on its line ("8–10 minutes")
    r"|^\d{1,3}\s*[–-]\s*\d{1,3}\s+min(?:ute)?s?$",
    re.I,
)
COPYRIGHT = re.compile(r"©|\([Cc]\)|\bcopyright\b", re.I)
# What the report says of the lines `take_metadata` consumes whose words the front matter does
# not keep.
HISTORY_DATE = "a date of the document's history (Received, Revised, Draft N —), not kept"
SITE_PARTS = (
    "a byline row's reading time, hour, comment count or picture credit (not the author's), "
    "not kept"
)
NAME_BYLINE = (
    "a byline without 'By': its name is the author, a title, post, place or affiliation not kept"
)
AUTHOR_POST = "the author's post, place or affiliation, set between the byline and the date"
POST_ON_BYLINE = "the author's post after the name on a 'By' byline (`, Music Director`), not kept"
# The words that end a post set after a name (`Music Director`, `Senior Lecturer`, `Chair of
# the Board`): none is a given name or a common surname (no `Dean`, `Head`, `Fellow`).
POST_WORDS = frozenset(
    "Director Directors Editor Chair Chairman Chairwoman Chairperson Executive Manager Officer "
    "Secretary Treasurer Correspondent Reporter Columnist Lecturer Professor Researcher "
    "Consultant Adviser Advisor Coordinator Co-ordinator President Vice-President Founder "
    "Co-founder Trustee Delegate Representative Analyst Economist Campaigner Organiser "
    "Organizer Convenor Convener Curator Librarian Archivist Solicitor Barrister Surgeon "
    "Administrator Superintendent Commissioner Registrar Spokesperson Spokesman "
    "Spokeswoman".split()
)
POST_MAX_WORDS = 6
BYLINE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
# … and its date in a phrase, which a wrapped line may cut after "on".
NAME_DATE = re.compile(
    r"(?P<name>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}) (?P<date>(?:\d{1,2} )?[A-Z][a-z]{2,8}\.? .+)"
)
METADATA_MAX_CHARS = 300  # no byline, date or © line is longer
BY_ON_DATE = re.compile(
    r"(?P<posted>(?:Posted|Written|Published) )?[Bb]y (?P<name>.+?) on(?: (?P<date>.+))?"
)
# WordPress's other way round: "Posted on February 20, 2026 by Ann Lee" ("Published on … by
# The Guardian" names a publisher).
ON_DATE_BY = re.compile(r"Posted on (?P<date>.+?) by (?P<name>(?!The\b).+)")
# Blogger's, under the post: "Posted by Gwen Tallis at 10:14", perhaps with the comment count
# or a link to the post's links on its line ("… at 10:14 2 comments:").
POSTED_AT = re.compile(
    r"Posted by (?P<name>(?!The\b).+?) at \d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:No|\d+) comments?:?|\s+Links to this post)?"
)
# What a web byline's row sets beside the name and the date ("By Ann Lee | 9 May 2024 | 7 min
# read", "3 March 2026 | 6:00am | Comments (23)"): the site's reading time, the hour of posting
# and the comment count, no front-matter value, so the row's other parts are read without them.
SITE_PART = re.compile(
    r"\d{1,3}\s+min(?:ute)?s?\.?\s+read"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"|comments?\s*\(\d+\)|\d+\s+comments?"
    # a magazine's credit for the pictures beside the writer's ("Words: Ann Lee · Photographs:
    # Bo Ma"), whose name is no author's
    r"|(?:photo(?:graph)?s|pictures|images|illustrations?)(?::| by)\s.+",
    re.IGNORECASE,
)
# A row's separator alone on its line: a browser's copy of an inline row ("6 min read ·
# Mar 19, 2026") sets each of its spans on a line of its own, and the dot between them too.
LONE_SEPARATOR = re.compile(r"[|·•]")
# Between a web page's byline and its reading-time row the site may set a few short lines (the
# name again, a follow button, "Published in" and the publication).
SITE_LINES_UNDER_BYLINE = 6
JOINT = re.compile(r"\s+(?:and|&)\s+")  # between the names of a joint byline
BYLINE_WITHIN = 12  # an author line stands among a text's first lines
TITLE_LINES = 3  # a title is set over this many lines at most
TITLE_WORDS = 3  # … and a title a running head says again, this many words at least
PROSE_WORDS = 6  # a paragraph's sentence: longer than a date, a name or a post
# A standfirst, a sentence or two under the title, may stand above the byline.
STANDFIRST_WITHIN, STANDFIRST_WORDS = 3, 40
CAPS_TITLE_REST = 3  # a title in capitals breaks anywhere: its last line may hold a word or few
# A byline that does not say "By": a person's name, perhaps after a title and before their post
# and place, set apart by commas ("Dr Helena Marsh, Consultant Obstetrician, City Hospital").
NAME_WORDS = (2, 4)  # a full name: given name and surname, and a middle name or two
BYLINE_MAX_WORDS = 16
# Under such a byline, a paper may set the author's post and institution, a line each.
AFFILIATION_LINES = 2
AFFILIATION_WORDS = (2, 10)
CENTRED_INDENT = 4  # a centred line of a title stands this far from the margin at least
NOTE_LINES = 4  # an author's note's first sentence, wrapped, stands on this many lines at most
# A manuscript's address for letters under the byline: an e-mail address alone, or after a
# label (`Correspondence: a.lee@uni.ac.uk`, `Email: …`); one such line at most.
CONTACT = re.compile(
    r"(?:(?:Correspondence|Contact|E-?mail)(?: to)?\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.I,
)
CONTACT_LINES = 1
FRONT_LINES = TITLE_LINES + 1 + AFFILIATION_LINES  # a title's, a byline's and its post's
INSTITUTION = re.compile(
    r"\b(?:University|Universit[éà]|College|Institute|Institution|School|Centre|Center|"
    r"Department|Faculty|Laboratory|Lab|Hospital|Trust|Foundation|Council|Authority|Agency|"
    r"Ministry|Office|Society|Association|Academy|Museum|Library|Group|Unit|Observatory|"
    r"Ltd|LLP|Inc|plc)\b"
)
# A post and where it is held, in a profile's headline: "Ferry Pilot at Tollbury Harbour Board".
POST_AT = re.compile(r"(?:[A-Z][\w’'&-]*\s+){1,4}at\s+[A-Z]")
# The end of a line that runs on to the next: a comma, colon or dash, or a small word.
RUNS_ON = re.compile(
    r"(?:[,:;–—-]|\b(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|with))\s*$"
)


# A date's weekday and hour, which its day and year make redundant.
WEEKDAY = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+", re.I
)
CLOCK = re.compile(
    r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?$",
    re.I,
)


def parse_date(text: str) -> str | None:
    """ISO 8601 for a full date or a month and year (YYYY-MM, as editions require), else None;
    a weekday before it and an hour after it are read past ("Wednesday 4 March 2026 6:00 am")."""
    text = CLOCK.sub("", WEEKDAY.sub("", text.strip()))
    for form in DATE_FORMS:
        match = form.fullmatch(text)
        if not match:
            continue
        parts = match.groupdict()
        month = parts.get("num_month") or MONTHS.get(parts["month"][:3].lower())
        if not month:
            continue
        # ("1th May", "May 22rd": a slip, no day to publish; the month and year stand)
        slip = parts.get("ordinal") and parts["ordinal"] != ordinal_suffix(int(parts["day"]))
        if not parts.get("day") or slip:
            return f"{int(parts['year']):04d}-{int(month):02d}"
        try:
            return date(int(parts["year"]), int(month), int(parts["day"])).isoformat()
        except ValueError:
            return None
    return None


def ordinal_suffix(day: int) -> str:
    """The suffix English writes after a day's number: 1st, 2nd, 3rd, 11th–13th, 21st."""
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date_in(text: str) -> str | None:
    """The date a line states among other things (a transcript's header, `Mon, Mar 09, 2026
    7:32PM • 07:43`, `March 2026`; a post's time, `Mar 2, 2026, 07:48 AM · Edited …`)."""
    for form in DATE_FORMS:  # (a full date first; a month and year where there is none)
        if (match := form.search(text)) and (found := parse_date(match[0])):
            return found
    return None


def finer_date(stated: str | None, known: str | None) -> bool:
    """Whether `known` is a day of the month `stated` gives (`2026-02-24` of `2026-02`)."""
    return bool(stated and known and len(stated) == 7 and known.startswith(f"{stated}-"))


def metadata_line(text: str) -> dict[str, str] | None:
    """The front-matter keys and values a line states, if it is a metadata line.

    A web page often sets its byline and date on one line, split by a bar or a dot
    ("By Ann Lee | 9 May 2024"): each part is read as a line of its own; a blog writes them
    in a phrase ("Posted by Ann Lee on March 3, 2026").
    """
    if len(text) > METADATA_MAX_CHARS:
        return None  # a paragraph: bounded work on a long line
    text = without_marks(text)  # `Posted by *Ann Lee* on …` in a Markdown source
    if (phrase := BY_ON_DATE.fullmatch(text.strip())) and names_people(phrase["name"]):
        if not phrase["date"]:
            # cut after "on" by the wrapping: a blog's phrase only ("By Friday Ann Lee on / the
            # committee …" is a sentence: a code review's probe)
            return {"author": phrase["name"]} if phrase["posted"] else None
        if parsed := parse_date(phrase["date"]):
            return {"author": phrase["name"], "date": parsed}
    phrase = ON_DATE_BY.fullmatch(text.strip())
    if phrase and names_people(phrase["name"]) and (parsed := parse_date(phrase["date"])):
        return {"author": phrase["name"], "date": parsed}
    if (phrase := POSTED_AT.fullmatch(text.strip())) and names_people(phrase["name"]):
        return {"author": phrase["name"]}
    split = [part for part in BYLINE_SEPARATOR.split(text.strip()) if part]
    parts = [part for part in split if not SITE_PART.fullmatch(part)] or split
    found: list[tuple[str, str] | None] = []
    for part in parts:
        statement = _statement(part)
        # In a row (`Ann Lee Mar 5, 2026 • 6 min read`), a name and a date may share a part.
        found += [statement] if statement or len(split) < 2 else _name_and_date(part)
    if not all(found):
        return None
    stated = dict(found)
    return stated if len(stated) == len(found) else None  # a key twice: a sentence with a bar


def _name_and_date(part: str) -> list[tuple[str, str] | None]:
    """A row's name and date with no word between (Ghost's `Ann Lee Mar 5, 2026 • 6 min
    read`): the author and the date, or [None] when the part is no such thing. The words
    before the date may be the site's section ("Tuesday Market", "Long Read", "City Desk": a
    code review's probes): a name whose last word is an English word (by LemmInflect's
    lexicon) is taken for one, and only the date is read (a surname like Hill is lost so)."""
    match = NAME_DATE.fullmatch(part.strip())
    name = match["name"] if match else ""
    if not (name and names_people(name) and (parsed := parse_date(match["date"]))):
        return [None]
    # Imported here: loading its lexicon costs a tenth of a second, which only such rows need.

    if getAllLemmas(name.split()[-1].lower()):
        return [("date", parsed)]
    return [("author", name), ("date", parsed)]


def _statement(text: str) -> tuple[str, str] | None:
    for key, pattern in META_LINES:
        match = pattern.fullmatch(text.strip())
        if not match:
            continue
        value = match["value"].strip()
        if key == "author":
            value = names_only(value)
            if not names_people(value):
                continue
        if key in ("date", DRAFTED):
            parsed = parse_date(value)
            if parsed:
                return key, parsed
            continue
        return key, value
    return None


# An author line's affiliation in brackets after the names: "… (University of Wessex)".
BRACKETED_AFFILIATION = re.compile(r"\s*\([^()]*\)$")
# The names' titles: "Dr", "Professor" before a name, the first or one after a separator.
TITLED_NAME = re.compile(r"(^|,\s*|\s(?:and|&)\s)" + HONORIFIC.pattern)


def names_only(value: str) -> str:
    """An author line's names without their titles, the affiliation bracketed after them
    ("Dr Helen Marsh and Professor Kwame Adeyemi (University of Wessex)") and the post set
    after them (`post_after_names`); a name that would be left a word alone keeps its title
    (`Dr Seuss`, `Mr. Lee`: a pen name, a surname)."""
    value = BRACKETED_AFFILIATION.sub("", value)
    value = value[: -len(post)] if (post := post_after_names(value)) else value
    untitled = TITLED_NAME.sub(r"\1", value)
    names = [name for name in AUTHOR_SEPARATOR.split(untitled) if name]
    return untitled if all(len(name.split()) >= 2 for name in names) else value


def post_after_names(value: str) -> str:
    """The post a byline sets after the names, with the comma before it (`, Music Director` of
    `Ann Lee, Music Director`; `, Director of Music`), or "": the last part after a comma, of
    a few capitalised words (`of`, `the`, `and` between), whose last word, or the word before
    `of`, ends a post (`POST_WORDS`), after a name of two words at least. `Ann Lee, Bo Ma` and
    `Ann Lee, James Dean` name two people."""
    head, comma, post = value.rpartition(",")
    words = post.split()
    if not comma or not 0 < len(words) <= POST_MAX_WORDS or len(head.split()) < 2:
        return ""
    if not all(word[:1].isupper() or word in ("of", "the", "and", "&") for word in words):
        return ""
    ending = words[: words.index("of")] if "of" in words else words
    if not ending or ending[-1] not in POST_WORDS or not names_people(head.split(",")[-1]):
        return ""
    return value[len(head) :]


def states(text: str, key: str) -> bool:
    """Whether a line is a metadata line that states `key` ("author": a byline)."""
    return key in (metadata_line(text) or {})


def byline_names(lines: list[Line]) -> tuple[str, ...]:
    """The names of the author line among a text's first lines ("Ann Lee", "Bo Ma"), if any."""
    texts = [line.text for line in lines if not line.blank][:BYLINE_WITHIN]
    author = next(
        (found["author"] for text in texts if (found := metadata_line(text)) and "author" in found),
        "",
    )
    return tuple(name for name in AUTHOR_SEPARATOR.split(author) if name)


def name_byline(text: str) -> str | None:
    """The name a byline without "By" gives (without a title before it, a post or a place
    after it); None when the line is no such byline: a name of two to four name words, then
    only capitalised parts set apart by commas, no stop."""
    text = text.strip()
    if len(text.split()) > BYLINE_MAX_WORDS or not text or text[-1] in ".,;:!?":
        return None
    name, *posts = (part.strip() for part in text.split(","))
    name = without_honorific(name)
    low, high = NAME_WORDS
    if not (low <= len(name.split()) <= high and names_people(name)) and not joint_names(name):
        return None
    if not all(post and starts_upper(post) for post in posts):
        return None
    return name


def joint_names(text: str) -> bool:
    """Two or three full names joined by "and" or "&" ("Tobias Renwick and Hana Lindqvist"), a
    joint byline without "By": each name of two to four name words."""
    low, high = NAME_WORDS
    people = JOINT.split(text)
    return 2 <= len(people) <= 3 and all(
        low <= len(person.split()) <= high and names_people(person) for person in people
    )


def post_byline(text: str) -> bool:
    """Whether a line is shaped as a byline that names a title or post beside the name ("Dr
    Ann Lee", "Ann Lee, Consultant Obstetrician"): never a title, even where nothing confirms
    it is a byline (a name alone may be a title: "Remembering John Berger")."""
    return bool(name_byline(text)) and ("," in text or bool(HONORIFIC.match(text.strip())))


def line_date(text: str) -> str | None:
    """The date a line states, alone or with what a web page sets beside it (the reading
    time: "Apr 9, 2026 · 6 min read"), if it is such a line."""
    parts = [part for part in BYLINE_SEPARATOR.split(text.strip()) if part]
    stated = [_statement(part) for part in parts if not READING_TIME.search(part)]
    values = [found for found in stated if found]
    if not values or len(values) < len(stated):
        return None
    return next((value for key, value in values if key in ("date", DRAFTED)), None)


def front_bylines(lines: list[Line]) -> dict[int, str]:
    """The byline that does not say "By", among a text's first lines: {its raw line: the name}.

    Its shape alone says little (a heading, an epigraph's attribution, a venue, a subtitle may
    be a few capitalised words, with a post or a place after a comma), so it must stand where a
    byline stands: below the title (a line that is no sentence and does not run on into it, or
    a standfirst under it) and
    right above the date (or a web page's dated reading-time row, `_dated_row_below`), with a
    title above that does not hold the name; and the name must come again where an author's
    does, opening their note or in the copyright line ("Helena Marsh is a consultant…"), not
    opening the text as an obituary's subject does (`_names_author`), unless a profile's
    headline of posts stands under it (LinkedIn's "Planning Director at X Council | …").
    "Guest Column", "Royal Festival Hall, London" and "Dr Martin Luther King Jr, Letter from
    Birmingham Jail" over a date are no author (a code review's probes).
    """
    texts = [line for line in lines if not line.blank]
    top = texts[:BYLINE_WITHIN]
    said = [index for index, line in enumerate(top) if states(line.text, "author")]
    if said:  # the byline says "By": only the post it may have under it
        return _posts_under(top, said[0])
    for index in range(1, len(top) - 1):
        found = name_byline(top[index].text)
        above = top[index - 1].text
        if not found:
            continue
        posts: list[Line] = []
        if not (line_date(top[index + 1].text) or _dated_row_below(texts, index, found)):
            posts = _affiliations_below(top, index, _note_opening(texts[index + 1 :], found))
            after = index + 1 + len(posts)
            if not posts or after >= len(texts) or not line_date(texts[after].text):
                continue
        # (a standfirst may stand between the title and the name: a sentence or two under it)
        standfirst = index >= 2 and is_standfirst(above) and may_be_title(top[index - 2].text)
        if not (standfirst or may_be_title(above)) or RUNS_ON.search(above):
            continue
        # A profile's headline under the name says whose it is as well as a note would.
        headline = any(_is_headline_of_posts(line.text.strip()) for line in posts)
        if found not in above and (headline or _names_author(texts[index + 1 :], found)):
            return {line.number: found for line in [top[index], *posts]}
    return {}


def _posts_under(top: list[Line], index: int) -> dict[int, str]:
    """The lines of the author's post or place between a byline that says "By" and the date
    (`By Cllr Maeve Tolland` / `Independent, Strand ward` / `2 March 2026`), each with the
    byline's name: at most `AFFILIATION_LINES`, each a few words opening in capitals, no
    sentence, colon or date, no byline of its own, under a byline with a title over it (a
    title under the byline, over the date, is no post). None if the date does not follow."""
    author = (metadata_line(top[index].text) or {}).get("author")
    if not author or index == 0 or not may_be_title(top[index - 1].text):
        return {}
    posts: list[Line] = []
    contacts = 0  # (an address to write to does not count among the posts)
    # (the posts, a contact line and the date at most: a bound of its own)
    for line in top[index + 1 : index + 2 + AFFILIATION_LINES + CONTACT_LINES]:
        text = line.text.strip()
        if line_date(text):
            return {post.number: author for post in posts}
        if CONTACT.fullmatch(text) and contacts < CONTACT_LINES:
            # A manuscript's address for letters (`Correspondence: a.lee@uni.ac.uk`)
            contacts += 1
            posts.append(line)
            continue
        if len(posts) - contacts >= AFFILIATION_LINES:
            return {}
        low, high = AFFILIATION_WORDS
        if (
            metadata_line(text)
            or ends_clause(text)
            or ends_sentence(text)
            or ":" in text  # a question or a property of its own (`Q: why did it close?`)
            or not (starts_upper(text) and low <= len(text.split()) <= high)
            or (_co_author(text) and not INSTITUTION.search(text))  # (`Kestrian Books Council`)
        ):
            return {}
        posts.append(line)
    return {}


def _note_opening(texts: list[Line], name: str) -> str:
    """The first sentence of the author's note about herself (`Helen Marrack is a chartered
    acoustician and director of Marrack Acoustics in Penhallow.`), spaces made single; empty
    where no line after the first paragraph opens with the name (see `_names_author`)."""
    first = next((k for k, line in enumerate(texts) if ends_sentence(line.text)), len(texts))
    for k in range(first + 1, len(texts)):
        text = without_honorific(texts[k].text).strip()
        if text.startswith(name) and text != name:
            joined = " ".join(" ".join(line.text.split()) for line in texts[k : k + NOTE_LINES])
            return first_sentence(joined) or ""
    return ""


def _co_author(text: str) -> bool:
    """A co-author's name on a line of its own under a byline (`Tom Reyes`, `And Owen
    Pascoe`): people's names, one word of them no English word (`Senior Correspondent` is a
    post: English words both)."""
    name = re.sub(r"^(?:and|&)\s+", "", text, flags=re.IGNORECASE)
    return names_people(name) and any(
        not is_english(word.lower()) for word in re.findall(r"[^\W\d_]+", name)
    )


def _affiliations_below(top: list[Line], index: int, note: str = "") -> list[Line]:
    """The lines of the byline's post and institution set under the name, above the date
    (a working paper's "University of Castlemere"): at most `AFFILIATION_LINES`, each a few
    words in Title Case naming an institution, with no stop and no date. A co-author's name, a
    post alone or a line of the title there is no affiliation (a code review's probes: each
    gave a wrong author or lost a title's words), unless the author's note names it, word for
    word, in its first sentence (`note`: a firm, `Marrack Acoustics, Penhallow`, that the note
    says she directs: `… director of Marrack Acoustics in Penhallow.`)."""
    below = top[index + 1 : index + 1 + AFFILIATION_LINES]
    posts = []
    for line in below:
        text = line.text.strip()
        if text == top[index].text.strip():
            posts.append(line)  # the name again: a profile's picture, then its link
            continue
        if _is_headline_of_posts(text):
            posts.append(line)  # a profile's headline: "Planning Director at X Council | …"
            continue
        if line_date(text) or not AFFILIATION_WORDS[0] <= len(text.split()) <= AFFILIATION_WORDS[1]:
            break
        if ends_clause(text) or not (starts_upper(text) and is_title_case(text)):
            break
        if _named_in(text, note):
            posts.append(line)  # (the author's note says where she works)
            continue
        if name_byline(text) or not INSTITUTION.search(text):
            break  # a co-author, a post ("Obstetrician and Campaigner"), a title's line
        posts.append(line)
    return posts


def _named_in(text: str, note: str) -> bool:
    """Each of the line's parts parted by commas stands in the note, word for word."""
    parts = [" ".join(part.split()) for part in text.split(",")]
    return bool(note) and all(part and re.search(rf"\b{re.escape(part)}\b", note) for part in parts)


def _is_headline_of_posts(text: str) -> bool:
    """A profile's headline under the name (LinkedIn's): posts set apart by bars, each a few
    capitalised words with no stop, one of them naming an institution or where the post is
    held ("Ferry Pilot at Tollbury Harbour Board")."""
    parts = [part.strip() for part in text.split(" | ")]
    return (
        len(parts) > 1
        and any(INSTITUTION.search(part) or POST_AT.match(part) for part in parts)
        and all(
            part
            and len(part.split()) <= AFFILIATION_WORDS[1] + 2
            and starts_upper(part)
            and not ends_clause(part)
            for part in parts
        )
    )


def _names_author(texts: list[Line], name: str) -> bool:
    """Whether the lines name the author as an author's note or a copyright line does: a line
    after the first paragraph opening with the name ("Helena Marsh is a consultant…", "Dr Ann
    Lee (University of Tarnbridge) teaches…"), or a © line holding it. Not the subject of an
    obituary or an interview, whose name opens the text itself ("Helena Marsh, who has
    died…", "Zadie Smith: I never…")."""
    # A line opening with the name and going on (a page may repeat the name alone); of a joint
    # byline, with one of its names (a note on the authors takes them in turn).
    names = JOINT.split(name) if joint_names(name) else [name]
    opens = [
        any(
            (text := without_honorific(line.text).strip()).startswith(one) and text != one
            for one in names
        )
        for line in texts
    ]
    first = next((k for k, line in enumerate(texts) if ends_sentence(line.text)), len(texts))
    if any(opens[: first + 1]):
        return False  # the text opens with the name: the person it is about
    return any(opens[first + 1 :]) or any(
        COPYRIGHT.search(line.text) and name in line.text for line in texts
    )


def row_of(texts: list[Line], index: int) -> list[Line]:
    """The lines of the row `texts[index]` stands in: the lines a lone separator joins, one
    right under the other ("6 min read" / "·" / "Mar 19, 2026"), or the line alone."""
    start = end = index
    while _joins(texts, start - 1):
        start -= 2
    while _joins(texts, end + 1):
        end += 2
    return texts[start : end + 1]


def _joins(texts: list[Line], index: int) -> bool:
    """Whether `texts[index]` is a lone separator right between the lines around it."""
    if not 0 < index < len(texts) - 1 or not LONE_SEPARATOR.fullmatch(texts[index].text.strip()):
        return False
    above, below = texts[index - 1].number, texts[index + 1].number
    return above + 1 == texts[index].number == below - 1


def _dated_row_below(texts: list[Line], index: int, name: str) -> bool:
    """Whether a web page's reading-time row with a date stands below the byline `name` at
    `texts[index]`, perhaps broken over lines ("6 min read" / "·" / "Mar 19, 2026"), with only
    the site's lines between, a few at most: none longer than a name (a button, the name again,
    a publication) nor ending a clause, and no other name but one a line runs on into
    ("Published in" / the publication). A title or another byline between: not this one's."""
    timed = False  # a reading time stood above: a date under it is the row's, broken off
    for below in range(index + 1, min(len(texts), index + 2 + SITE_LINES_UNDER_BYLINE)):
        text = " ".join(line.text.strip() for line in row_of(texts, below))
        if line_date(text) and (timed or READING_TIME.search(text)):
            return True
        timed = timed or bool(READING_TIME.search(text))
        other = name_byline(text)
        named = other and other != name and not RUNS_ON.search(texts[below - 1].text)
        if named or ends_clause(text) or len(text.split()) > NAME_WORDS[1]:
            return False
    return False


def names_people(text: str) -> bool:
    """Whether the text is a person's name, or several: a capitalised word, then name words
    and the "and" or "&" between names."""
    first, *rest = NAME_SEPARATOR.split(text)
    return is_name_word(first, frozenset()) and all(
        word in ("and", "&") or is_name_word(word) for word in rest
    )


def _stated(line: Line, bylines: dict[int, str]) -> dict[str, str] | None:
    """What a line states for the front matter: a metadata line, or a byline found in place."""
    return {"author": bylines[line.number]} if line.number in bylines else metadata_line(line.text)


def _metadata_of(group: list[Line], bylines: dict[int, str]) -> dict[str, str] | None:
    """A group made only of metadata lines gives their values; any other group, None. A
    byline phrase wrapped over two lines ("Posted by Ann Lee on" / "March 3, 2026") is read
    whole."""
    found: dict[str, str] = {}
    for line in group:  # the first line that states nothing ends it: a paragraph's is long
        values = _stated(line, bylines)
        if not values:
            if len(group) == 2 and not bylines.keys() & {line.number for line in group}:
                return metadata_line(join_lines([line.text for line in group]))
            return None
        found.update(values)
    return found


def comparable_words(text: str) -> list[str]:
    """A text's words in lower case, apostrophes and punctuation aside: a title compared with
    its repeats."""
    # Web pages repeat the title with other quotes and without its colon.
    return re.findall(r"\w+", text.lower().replace("’", "'").replace("'", ""))


REPEATED_TITLE = "the title again, over the text, as a cover sheet or a header gives it"
REPEATED_AUTHOR = "the author's name again, over the text, as a cover sheet or a header gives it"


def known_front(
    groups: list[list[Line]], title: str | None, author: str | None
) -> tuple[list[list[Line]], list[tuple[Line, str]]]:
    """The groups without those over the text that say again a title and an author known
    already (a cover sheet's, a message's header): the title over one to `TITLE_LINES`
    groups (`Slate and Silicon: The Case for …` / `Chandlery Quarter`), the author's name."""
    found: list[tuple[Line, str]] = []
    index = 0
    while (title or author) and index < min(len(groups), FRONT_LINES):
        texts = [
            join_lines([line.text for line in group])
            for group in groups[index : index + TITLE_LINES]
        ]
        span = next(
            (
                n
                for n in range(1, TITLE_LINES + 1)
                if title and len(texts) >= n and repeats_title(title, texts[:n])
            ),
            0,
        )
        if span:
            found += [
                (line, REPEATED_TITLE) for group in groups[index : index + span] for line in group
            ]
            index += span
        elif author and comparable_words(texts[0]) == comparable_words(author):
            found += [(line, REPEATED_AUTHOR) for line in groups[index]]
            index += 1
        else:
            break
    return groups[index:], found


def repeats_title(title: str, texts: list[str]) -> bool:
    """Whether the texts, read in order, say the title again (web pages repeat it)."""
    return comparable_words(" ".join(texts)) == comparable_words(title)


def _is_title(text: str, below: list[list[Line]], bylines: dict[int, str]) -> bool:
    """A heading-like line; right above a byline or a date (or a standfirst over them: the
    groups `below`), a longer one too (no sentence)."""
    if looks_like_heading(text):
        return True
    short = len(text.split()) <= TITLE_MAX_WORDS
    return _metadata_below(below, bylines) and short and starts_upper(text) and may_be_title(text)


def _metadata_below(below: list[list[Line]], bylines: dict[int, str]) -> bool:
    """Whether the first group states a byline or a date, or is a standfirst over one."""
    if not below:
        return False
    if _metadata_of(below[0], bylines):
        return True
    said = join_lines([line.text for line in below[0]])
    return len(below) > 1 and is_standfirst(said) and bool(_metadata_of(below[1], bylines))


def _runs_on(lines: list[Line]) -> bool:
    """Each line but the last runs on to the next: a comma, colon, dash or small word at its
    end, or a lower-case word after it; or both are set in capitals and the next is a title's
    last word or few (`… FOR FELLBRIDGE'S STREET` / `LIGHTS`), not a subtitle of its own
    (`LIGHTS OUT` / `WHY FELLBRIDGE SHOULD DIM ITS STREETS`, a code review's probe); or the
    lines are centred on one axis, as a typesetter for a terminal centres a title it breaks,
    and the first holds its subtitle after a colon already (`Noise  Cameras  on Trial: What
    Wendmouth's Pilot` / `Can and Cannot Tell Us`): a centred title over a centred subtitle
    (`Keep the Ferry` / `Why the Town Needs Its Boats`) is two lines that end as titles end."""
    subtitled = ": " in lines[0].text.strip() if lines else False
    return (subtitled and _centred(lines)) or all(
        RUNS_ON.search(line.text)
        or following.text.strip()[:1].islower()
        or (
            is_all_caps(line.text)
            and is_all_caps(following.text)
            and len(following.text.split()) <= CAPS_TITLE_REST
        )
        for line, following in zip(lines, lines[1:])
    )


def _centred(lines: list[Line]) -> bool:
    """Lines set centred, one under the other: each indented otherwise than the one above,
    the middles of the lines within a column of each other (an indented paragraph's lines
    share their indent, or their middles differ)."""
    indents = [len(line.text) - len(line.text.lstrip()) for line in lines]
    middles = [indent + len(line.text.strip()) / 2 for indent, line in zip(indents, lines)]
    return (
        len(lines) > 1
        and all(indent >= CENTRED_INDENT for indent in indents)
        and len(set(indents)) == len(indents)
        and max(middles) - min(middles) <= 1
    )


def is_standfirst(text: str) -> bool:
    """A sentence or two under a title: the article's summary, a site's or an author's."""
    return ends_sentence(text) and len(text.split()) <= STANDFIRST_WORDS


def split_front(groups: list[list[Line]], bylines: dict[int, str]) -> list[list[Line]]:
    """Split a title, byline and date run into the first paragraph off it.

    Without blank lines around them (a double-spaced extraction, where every line is spaced
    alike; a PDF's first page), the front lines join the first paragraph. A metadata line among
    the first lines, and the line above it (or the lines of a title set over two or three, each
    running on, or up to `FRONT_LINES` heading-like lines: a title, a byline without "By" and an
    affiliation; a standfirst under the title too), each stand alone.
    """
    first = groups[0]
    for start in range(FRONT_LINES + 1):
        above = first[:start]
        # a standfirst may stand under the title, over the byline (a sentence or two)
        title = above[:-1] if len(above) >= 2 and is_standfirst(above[-1].text) else above
        if title and not (
            may_be_title(title[-1].text)
            and (
                len(title) <= TITLE_LINES
                and _runs_on(title)
                or all(looks_like_heading(line.text) for line in title)
            )
        ):
            break  # prose above a metadata-like line: not a title
        end = start
        while end < len(first) and _stated(first[end], bylines):
            end += 1
        if end > start:
            rest = [first[end:]] if end < len(first) else []
            return [[line] for line in first[:end]] + rest + groups[1:]
    return groups


def title_set_over_lines(groups: list[list[Line]], bylines: dict[int, str]) -> int:
    """How many of the first groups hold the lines of one title broken by the typesetter
    (`The Old Town Is a Neighbourhood,` / `Not a Hotel`): two or three lines one right under
    the other, right above a byline or date (or a standfirst over it), each but the last
    running on (a comma, a colon, a dash or a small word at its end, or a lower-case word after
    it); 0 when there is none."""
    lines: list[Line] = []
    for count, group in enumerate(groups[:TITLE_LINES]):
        if lines and group[0].number != lines[-1].number + 1 or _metadata_of(group, bylines):
            break
        lines += group
        if len(lines) > TITLE_LINES:
            return 0
        if len(lines) > 1 and count + 1 < len(groups):
            if _runs_on(lines) and _metadata_below(groups[count + 1 :], bylines):
                return count + 1
    return 0


def take_title(groups: list[list[Line]], bylines: dict[int, str]) -> tuple[str, list[list[Line]]]:
    """The first line is the title if it looks like one; repeats of it right after are dropped.
    A title set over two or three lines above the byline is one title. A date line above it
    (a book's `Published March 2026` over the essay's title) is read past, and stays for the
    front matter."""
    # … only above a title with its byline (a diary's date over its entry's heading is not).
    stated = _metadata_of(groups[0], bylines) if len(groups) > 1 else None
    bylined = any(states(line.text, "author") for group in groups[1:4] for line in group)
    if stated and "author" not in stated and bylined:
        title, rest = _take_title(groups[1:], bylines)
        if title != UNKNOWN:
            return title, groups[:1] + rest
    return _take_title(groups, bylines)


def _take_title(groups: list[list[Line]], bylines: dict[int, str]) -> tuple[str, list[list[Line]]]:
    if count := title_set_over_lines(groups, bylines):
        title = join_lines([line.text for group in groups[:count] for line in group])
        if _is_title(title, groups[count:], bylines):
            return title, groups[count:]
    first = groups[0]
    # A text of one line is all body; a metadata line is not a title.
    if len(groups) < 2 or len(first) != 1 or _stated(first[0], bylines):
        return UNKNOWN, groups
    title = join_lines([first[0].text])
    # `# Title`: marked as a heading, the first is the title, whatever its length
    heading = markdown_heading(title, markup=True)
    title = heading[1] if heading else title
    if not (heading or _is_title(title, groups[1:], bylines)):
        return UNKNOWN, groups
    rest = groups[1:]
    wanted = comparable_words(title)
    seen: list[str] = []
    for count, group in enumerate(rest, start=1):
        seen += comparable_words(join_lines([line.text for line in group]))
        if seen != wanted[: len(seen)]:
            break
        if seen == wanted:
            return title, rest[count:]
    return title, rest


KICKER = "a section's name over the title (a kicker: a word or two in capitals)"
KICKER_WORDS = 2


def kicker_over_title(
    groups: list[list[Line]], bylines: dict[int, str]
) -> tuple[list[Line], list[list[Line]]]:
    """A magazine's section name over the title (`RIVERS` over `Let the beavers` / `back into
    the Lenn`), and the groups without it: a word or two in capitals on a line of their own,
    over a title that is not set in capitals (`LIGHTS OUT` over `WHY FELLBRIDGE SHOULD DIM ITS
    STREETS` is a title and its subtitle) and that stands over its byline or date."""
    first = groups[0]
    text = first[0].text.strip()
    if len(groups) < 2 or len(first) != 1 or len(text.split()) > KICKER_WORDS:
        return [], groups
    if not (is_all_caps(text) and text.replace(" ", "").isalpha()):
        return [], groups
    title, rest = _take_title(groups[1:], bylines)
    if title == UNKNOWN or is_all_caps(title) or not _metadata_below(rest, bylines):
        return [], groups
    # A name in capitals over the title, where no line below says whose the text is, is the
    # author's (`MARTA KOWALCZYK` over a title and a date: a code review's probe).
    stated = [_metadata_of(group, bylines) or {} for group in rest[:2]]
    if names_people(text.title()) and not any("author" in found for found in stated):
        return [], groups
    return first, groups[1:]


DOCUMENT_HEAD = (
    "a document's head above its byline (a page header, a letterhead, an addressee, a copy "
    "slug), over a title set under the byline"
)
HEAD_MIN_LINES = 3  # fewer lines above a byline may be a title and its subtitle
# … unless one is a slug (`_is_slug`): a newspaper's copy line, parts set apart by spaced
# dashes, bars or arrows (`Carrowmouth Courier – Viewpoint – copy for the 5 March edition`).
SLUG_SEPARATOR = re.compile(r"\s+[–—|·•›»>/]\s+")
SLUG_PARTS = 3
# A postal address's code: a British postcode (`DT1 1XJ`), an American state and ZIP code.
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)\b")


def title_by_byline(
    groups: list[list[Line]], bylines: dict[int, str]
) -> tuple[str, list[list[Line]], list[Line]] | None:
    """A title set right over a byline that says "By" (or "Submitted by", …), or under it and the
    date, below a document's head
    (written evidence, a memo, a council's briefing note), the groups without it, and the
    head's lines; None when the text is not so set. The head is `HEAD_MIN_LINES` lines or
    more, none a sentence (a page header, a letterhead, the addressee's name and office, a
    cover's table); the title, one to three lines (each running on), no sentence; under the
    byline, over the text's first paragraph."""
    stated = [i for i, group in enumerate(groups[:BYLINE_WITHIN]) if _metadata_of(group, bylines)]
    # (a byline that says it is one, or one `front_bylines` confirmed by the authors' note: a
    # date alone under lines of a front is no sign of a head)
    if not stated or stated[0] == 0:
        return None
    byline = groups[stated[0]]
    if not (states(_title_of(byline), "author") or any(line.number in bylines for line in byline)):
        return None
    first = last = stated[0]
    while last + 1 < len(groups) and _metadata_of(groups[last + 1], bylines):
        last += 1
    over = groups[first - 1] if _titles(groups[first - 1]) and _is_head(groups[: first - 1]) else []
    head_end = first - 1
    if first >= 2 and _broken_title(groups[first - 2], groups[first - 1]):
        if _is_head(groups[: first - 2]):
            over, head_end = groups[first - 2] + groups[first - 1], first - 2
    under = (
        groups[last + 1]
        if _is_head(groups[:first])
        and last + 2 < len(groups)
        and is_prose(groups[last + 2])
        and _titles(groups[last + 1])
        # a section's heading there ("Introduction", "Summary of the main findings") is no title
        and not looks_like_heading(_title_of(groups[last + 1]))
        else []
    )
    # Both may be: the head's last line over the byline, a section's heading under the date.
    # The title says more than an office's name or a heading ("Introduction") does.
    if under and len(_title_of(under).split()) > len(_title_of(over).split()):
        rest = groups[first : last + 1] + groups[last + 2 :]
        return _title_of(under), rest, _lines(groups[:first])
    if over:
        return _title_of(over), groups[first:], _lines(groups[:head_end])
    return None


def _broken_title(upper: list[Line], lower: list[Line]) -> bool:
    """Two lines, each a group of its own, that are one title broken over them: the first holds
    the subtitle after a colon already (`Counting the Wrong Thing: The Case Against`), so the
    second (`Surgeon League Tables`), no sentence, is no subtitle of its own but the rest."""
    if len(upper) != 1 or len(lower) != 1:
        return False
    first, second = upper[0].text.strip(), lower[0].text.strip()
    return (
        ": " in first
        and not first.endswith(":")
        and starts_upper(second)
        and not ends_sentence(second)
        and ":" not in second
        and len(f"{first} {second}".split()) <= TITLE_MAX_WORDS
        and may_be_title(second)
    )


def title_in_running_head(
    groups: list[list[Line]], heads: list[str], bylines: dict[int, str]
) -> tuple[str, list[list[Line]], list[Line]] | None:
    """A report's title, which its running head ends with (`Briefing Note 26/03 A bridge to
    Skarra?`), on its cover under the publisher's and the series' lines: the title (with the
    subtitle under it, where that stands right over the byline or the date), the groups without
    it, and the cover's lines above it, which the head says before it; None when no line of the
    front is so repeated after others."""
    if not heads:
        return None
    said = {tuple(comparable_words(head)) for head in heads}
    # (a cover's lines are short: a group of more lines is a paragraph, no cover's line)
    front = [
        tuple(comparable_words(_title_of(group))) if len(group) <= TITLE_LINES else ()
        for group in groups[:BYLINE_WITHIN]
    ]
    for index, group in enumerate(groups[:BYLINE_WITHIN]):
        if is_prose(group) or _metadata_of(group, bylines):
            return None
        # the head says the cover's lines above it and this one, whole (`Briefing Note 26/03`
        # and `A bridge to Skarra?`), and this one opens as a title does
        if not starts_upper(_title_of(group)) or not any(
            sum(front[above:index], ()) + front[index] in said and _series(groups[above:index])
            for above in range(index)
        ):
            continue
        end = index + 1
        below = groups[end : end + 2]
        if (
            below
            and _titles(below[0])
            and not _metadata_of(below[0], bylines)
            and not names_people(_title_of(below[0]))  # (a name with no "By": the author's)
            and _metadata_below(below[1:], bylines)
        ):
            end += 1  # the subtitle, right over the byline
        title = join_lines([_title_of(part) for part in groups[index:end]])
        return title, groups[end:], _lines(groups[:index])
    return None


def title_ending_running_head(
    groups: list[list[Line]], heads: list[str], bylines: dict[int, str]
) -> tuple[str, list[list[Line]], list[Line]] | None:
    """A title set over two lines as groups of their own (`What the Sleep Science Can and
    Cannot` / `Promise`) that a later page's running head ends with, whole (`I. Brandvold What
    the Sleep Science Can and Cannot Promise`), or says alone, right over the byline or the
    date: the title joined, the groups under it, and the lines above it (a kicker, `COMMENTARY
    · NIGHT WORK`), none a sentence; None where the head says no two such lines joined (a
    title on one line is read by the other rules), or the first is a person's name (the author
    over a title on one line, the head saying both: `Jane Doe Keeping the Pier Open`)."""
    said = [tuple(comparable_words(head)) for head in heads]
    for index, group in enumerate(groups[: BYLINE_WITHIN - 1]):
        if is_prose(group) or _metadata_of(group, bylines):
            return None
        pair = groups[index : index + 2]
        if len(pair) < 2 or not all(len(part) == 1 and _titles(part) for part in pair):
            continue
        if not starts_upper(_title_of(pair[0])) or _metadata_of(pair[1], bylines):
            continue
        if names_people(_title_of(pair[0])):
            continue
        words = tuple(comparable_words(_title_of(pair[0]) + " " + _title_of(pair[1])))
        if len(words) < TITLE_WORDS or not any(
            len(head) >= len(words) and head[-len(words) :] == words for head in said
        ):
            continue
        if not _metadata_below(groups[index + 2 :], bylines):
            continue
        title = join_lines([_title_of(part) for part in pair])
        return title, groups[index + 2 :], _lines(groups[:index])
    return None


def _series(groups: list[list[Line]]) -> bool:
    """Whether the cover's lines the running head says before the title are a series' (its
    number in them: `Briefing Note 26/03`), not the title's own first line (`Keeping the Pier
    Open at`, `Who Pays for the Pier?`), which runs on or says no number."""
    lines = _lines(groups)
    return any(any(c.isdigit() for c in line.text) for line in lines) and not any(
        RUNS_ON.search(line.text) for line in lines
    )


def _lines(groups: list[list[Line]]) -> list[Line]:
    return [line for group in groups for line in group]


def _is_head(groups: list[list[Line]]) -> bool:
    """Whether the lines are a document's head, none a sentence: a slug among them
    (`SLUG_SEPARATOR`), or `HEAD_MIN_LINES` lines or more, furniture by their look, not a title
    and its subtitles: a line in capitals (a council's name), a table's row (`|Meeting: |…|`),
    an address (a postcode in it), or a line said twice (a letterhead Word stores twice)."""
    head = [line.text.strip() for line in _lines(groups)]
    if any(ends_sentence(text) for text in head):
        return False
    if len(head) < HEAD_MIN_LINES:  # but a slug, or a masthead, which no title or subtitle is
        return any(_is_slug(text) or _is_masthead(text) for text in head)
    furniture = (
        is_all_caps(text) or text.startswith("|") or POSTCODE.search(text) for text in head
    )
    return any(furniture) or len(set(head)) < len(head)


def _is_masthead(text: str) -> bool:
    """A report's masthead: a line in capitals whose parts a bar sets apart (`WESTMARCH SOCIETY
    OF CARDIOTHORACIC SURGEONS  |  BRIEFING PAPER 7`), the publisher and the series."""
    return is_all_caps(text) and len(re.split(r"\s+\|\s+", text)) >= 2


def _is_slug(text: str) -> bool:
    """A copy slug: `SLUG_PARTS` parts or more, one of them an instruction or a date, in lower
    case or with a figure (`copy for the 5 March edition`); a title's parts are words alike
    (`Homes – Jobs – Streets`, a review's probe)."""
    parts = SLUG_SEPARATOR.split(text)
    return len(parts) >= SLUG_PARTS and any(
        part[:1].islower() or any(c.isdigit() for c in part) for part in parts
    )


def _title_of(group: list[Line]) -> str:
    return join_lines([line.text.strip() for line in group])


def _titles(group: list[Line]) -> bool:
    """Whether the lines may be a title set over lines: three at most, each running on, and
    no sentence."""
    title = _title_of(group)
    return (
        len(group) <= TITLE_LINES
        and _runs_on(group)
        and len(title.split()) <= TITLE_MAX_WORDS
        and starts_upper(title)
        and may_be_title(title)
        and not ends_sentence(title)
    )


def take_metadata(
    groups: list[list[Line]], bylines: dict[int, str]
) -> tuple[dict[str, str], list[list[Line]], list[tuple[Line, str]]]:
    """Consume groups made only of metadata lines, the first time each key is stated (a
    document's history may give several dates: the latest is the date where none other is),
    above the text's first paragraph or below its last: between two paragraphs a date alone is
    the text's own (a diary's entry under its heading; a code review's probe).
    Also returned, for the report: the consumed lines whose words the front matter does not
    keep (a history date, a byline without "By" and the post beside its name, a byline row's
    reading time, hour or comment count), each with what the report says of it."""
    found: dict[str, str] = {}
    drafted: list[str] = []
    kept = []
    unkept: list[tuple[Line, str]] = []
    prose = [index for index, group in enumerate(groups) if is_prose(group)]
    first, last = (prose[0], prose[-1]) if prose else (len(groups), -1)
    if len(prose) > 1 and first < STANDFIRST_WITHIN and _words(groups[first]) <= STANDFIRST_WORDS:
        first = prose[1]  # a standfirst above the byline (a code review's probe)
    for index, group in enumerate(groups):
        values = None if first < index < last else _metadata_of(group, bylines)
        if values and (
            not found.keys() & values.keys() or _states_byline_again(group, bylines, found)
        ):
            if DRAFTED in values:
                drafted.append(values.pop(DRAFTED))
            found.update(values)
            unkept += [(line, rule) for line in group if (rule := _unkept(line, bylines))]
        else:
            kept.append(group)
    if drafted and "date" not in found:
        found["date"] = max(drafted)
    return found, kept, unkept


def _states_byline_again(group: list[Line], bylines: dict[int, str], found: dict[str, str]) -> bool:
    """Whether the group is the byline's affiliation, set on lines of its own under the name."""
    author = found.get("author")
    return author is not None and all(bylines.get(line.number) == author for line in group)


def _words(group: list[Line]) -> int:
    return sum(len(line.text.split()) for line in group)


def is_prose(group: list[Line]) -> bool:
    """A paragraph of the text: a sentence of a few words or more, no metadata line."""
    text = join_lines([line.text for line in group])
    return ends_sentence(text) and len(text.split()) >= PROSE_WORDS and not metadata_line(text)


def _unkept(line: Line, bylines: dict[int, str]) -> str | None:
    """What the report says of a line whose words the front matter does not all keep: a
    byline that says more than the name it gives, a history date, a row's site parts."""
    if line.number in bylines:
        text, name = line.text.strip(), bylines[line.number]
        if text == name:
            return None
        return NAME_BYLINE if name in text else AUTHOR_POST
    if states(line.text, DRAFTED):
        return HISTORY_DATE
    if states(line.text, "author") and post_after_names(line.text.strip()):
        return POST_ON_BYLINE
    parts = BYLINE_SEPARATOR.split(line.text.strip())
    return SITE_PARTS if any(SITE_PART.fullmatch(part) for part in parts) else None
