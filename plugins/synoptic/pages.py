"""A PDF's pages, where its extraction marks them with form feeds (`pdftotext` sets one at each
page's end): the running heads and feet found page by page, the page numbers, and a digital
library's cover sheet (JSTOR's, Project MUSE's), with what it says of the article. Without form
feeds, `page_furniture` reads the heads furniture.py finds by their spacing alone.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .folioheads import folio_heads
from .furniture import (
    DOMAIN,
    FIRST_PAGE_HEAD,
    PAGE_NUMBER,
    RUNNING_HEAD,
    Removed,
    first_page_head,
    heads_beside_numbers,
    is_masthead,
    lone_number,
    page_numbers,
    removed_lines,
    running_heads,
)
from .layout import Line, ends_sentence
from .metadata import names_people

COVER = "a digital library's cover sheet, the first page (JSTOR's: Stable URL, terms, download)"
# A browser's print stamp on every page: the date and time of printing, the page's address.
PRINT_STAMP = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}|https?://\S+$")
PRINT_REACH = 6  # … and a printed page's header or footer, among its first or last lines
HEAD_REACH = 3  # with the pages known, a head or foot stands among a page's first or last lines
HEAD_WORDS = 4  # … and says the words of another page's (numbers aside), four at least
FIRST_TOP_PAGES = 3
PAGED_MAX_CHARS = 160  # … a browser's print header or footer (a date, the title, the address)
# A digital library's cover sheet (JSTOR's) names the article's stable address and the download.
COVER_SHEET = re.compile(
    r"stable url:\s*https?://|for additional information about this article$", re.I
)
# A journal's issue as a cover sheet names it: "Heritage & Place, Volume 18, Number 1, …".
JOURNAL_ISSUE = re.compile(r"(?P<journal>[^,]{3,80}),\s+Vol(?:ume|\.)\s*\d+\b.*")
# A running head: the page's number beside a name ("Lisgard 45", "46 Heritage & Place").
NUMBERED_HEAD = re.compile(r"\d{1,4}\s+(?P<after>\D+)|(?P<before>\D+?)\s+\d{1,4}")
NAMED_HEAD_WORDS = 4
# A page's number with the count of pages ("Page 2 of 3"): only a page's foot or head says it.
PAGE_OF = re.compile(r"[Pp]age\s+\d{1,4}\s+of\s+\d{1,4}")
PAGE_ADDRESS = "a page's foot or head that is a site's address alone (`valewild.org.uk`)"
WORD_PROCESSOR_FEET = 2  # the lines under a number that end a text: its page's footer
FOOT_WORDS = 16
WORD_PROCESSOR_FOOT = (
    "page foot (under a page number at the text's end, as a converter of a word processor's "
    "file prints its footers, after the body)"
)
COVER_FIELD = re.compile(r"(?P<key>Author\(s\)|Authors?|Source):\s+(?P<value>\S.*)")
# A sentence's stop inside a line, the next one starting (`… Lido. The council's`).
SENTENCE_INSIDE = re.compile(r"[.!?][”’\"')]*\s+[A-Z]")
RUNNING_TITLE = (
    "running title (the title set again atop a later page, with the page's head above it)"
)
TITLE_REACH = 6  # the title stands among the first page's first lines that hold text
MIN_PAGE_LINES = 12  # a page of text holds this many lines at least (`numbered_page_ends`)
LAST_PAGE_LINES = 3  # … but the last, which may hold the end of a paragraph and a number
TITLE_WORDS = 3  # … and says three words at least (a word or two may be a heading's too)


def page_starts(raw: str) -> list[int]:
    """The raw line numbers on which pages begin, where the text marks them with form feeds
    (pdftotext sets one at each page's end); none where it does not."""
    starts = []
    for number, line in enumerate(raw.split("\n"), start=1):
        if line.startswith("\f"):
            starts.append(number)
        elif line.endswith("\f"):
            starts.append(number + 1)
    return starts


def numbered_page_ends(raw: str) -> list[int]:
    """The raw line numbers on which pages begin where an extraction joins its pages' texts
    with a blank line and sets no other (pypdf's `extract_text()`, each page's text ending in
    a line break, joined by one): every blank line stands under a page's number alone, the
    numbers count up from 1 to the last line's, and each page holds `MIN_PAGE_LINES` lines at
    least; none in any other text (a text with blank lines between its paragraphs sets more)."""
    lines = raw.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    blanks = [index for index, line in enumerate(lines) if not line.strip()]
    if not blanks or len(lines) < MIN_PAGE_LINES * (len(blanks) + 1):
        return []
    numbers = [lines[index - 1].strip() if index else "" for index in blanks + [len(lines)]]
    if numbers != [str(page) for page in range(1, len(blanks) + 2)]:
        return []
    edges = [-1, *blanks, len(lines)]
    if any(after - before - 1 < MIN_PAGE_LINES for before, after in zip(edges, edges[1:])):
        return []
    return [index + 2 for index in blanks]


def lone_number_page_ends(raw: str) -> list[int]:
    """The raw line numbers on which pages begin where an extraction joins its pages' texts
    with no line between them and sets no blank line at all (PyMuPDF's `page.get_text()`, a
    page's lines each on a line, the pages concatenated): the lines that are a number alone
    count up from 1, two at least, the last the text's last line, every page before it holds
    `MIN_PAGE_LINES` lines at least and the last `LAST_PAGE_LINES`, and no foot said alike
    stands above each number (where one does, the page rules read the pages by it); none in
    any other text (a text with a blank line, a number alone that does not count so)."""
    lines = raw.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or any(not line.strip() for line in lines):
        return []
    alone = [index for index, line in enumerate(lines) if line.strip().isdigit()]
    numbers = [int(lines[index].strip()) for index in alone]
    if len(alone) < 2 or numbers != list(range(1, len(alone) + 1)) or alone[-1] != len(lines) - 1:
        return []
    # (a foot said alike beside each number: the page rules read those pages without this)
    if len({words_of(lines[index - 1]) for index in alone}) == 1:
        return []
    edges = [-1, *alone]
    sizes = [after - before for before, after in zip(edges, edges[1:])]
    if any(size < MIN_PAGE_LINES for size in sizes[:-1]) or sizes[-1] < LAST_PAGE_LINES:
        return []
    return [index + 2 for index in alone[:-1]]


#: Page numbers: below this (a year, `2019`, heads a chronicle's section, no page).
PAGE_NUMBER_BELOW = 1000
#: A section's name alone (`Part` / `2`, `Chapter` / `3`): a heading over its number, no head.
SECTION_WORDS = frozenset(
    "part chapter section book act scene canto letter day week month year lesson step stage "
    "unit volume appendix".split()
)


def headed_page_starts(raw: str, marked: bool = False) -> list[int]:
    """The raw line numbers on which pages begin where an extraction sets each page's head
    and then its number first (pdfium follows the content stream, and a template draws its
    head and folio before the body) and joins its pages' texts with a blank line, setting no
    other: every page, the first too, opens with a line that ends no sentence over a number
    alone, the numbers count up by one from any below `PAGE_NUMBER_BELOW` (a journal's pages,
    `17`, `18`; a year is a section's), every page holds `MIN_PAGE_LINES` lines at least and
    the last `LAST_PAGE_LINES`; and the text shows it is a PDF's pages, not sections each a
    heading over its number (a chronicle's `The first winter` / `2019`, a report's `Part one`
    / `1`): pdfium's own marks in it (`marked`: U+FFFE, `pdfiumtext`), or a head said again
    atop another page (a section's name alone, `Part`, aside), or a page that opens in lower
    case (a sentence or a word the page break cut, `ted alertness, a weakness`). None in any
    other text (a blank line that no head and number follow, numbers that do not count so)."""
    lines = raw.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    blanks = [index for index, line in enumerate(lines) if not line.strip()]
    if not blanks or any(after - before < 2 for before, after in zip(blanks, blanks[1:])):
        return []
    tops = [0, *(index + 1 for index in blanks)]
    if any(top + 1 >= len(lines) for top in tops):
        return []
    if not heads_over_counted_folios(
        [lines[top] for top in tops], [lines[top + 1] for top in tops]
    ):
        return []
    if (lone_number(lines[tops[-1] + 1]) or 0) >= PAGE_NUMBER_BELOW:
        return []
    edges = [*tops, len(lines) + 1]
    sizes = [after - before - 1 for before, after in zip(edges, edges[1:])]
    if any(size < MIN_PAGE_LINES for size in sizes[:-1]) or sizes[-1] < LAST_PAGE_LINES:
        return []
    if not (marked or _heads_said_again(lines, tops) or _page_runs_on(lines, tops)):
        return []
    return [top + 1 for top in tops[1:]]


def _heads_said_again(lines: list[str], tops: list[int]) -> bool:
    """Whether two pages' heads say the same words (numbers aside), not a section's name alone:
    a running head, set again page after page."""
    said = [words_of(lines[top]) for top in tops]
    return any(
        words and not set(words) <= SECTION_WORDS and said.count(words) > 1 for words in said
    )


def _page_runs_on(lines: list[str], tops: list[int]) -> bool:
    """Whether a page after the first opens in lower case under its head and number: the
    page break cut a sentence or a word (no section opens so)."""
    return any(top + 2 < len(lines) and lines[top + 2].strip()[:1].islower() for top in tops[1:])


def heads_over_folios(lines: list[Line], starts: set[int]) -> set[int]:
    """With the pages known, two at least: each page's first line where on every page it
    stands over a number alone and those numbers count up by one (a head drawn before the
    body, its folio after it: `headed_page_starts`), however the heads differ from page to
    page (a journal's name on the first, the author and title on the next)."""
    pages = _pages(lines, starts)
    if len(pages) < 2 or any(len(page) < 2 for page in pages):
        return set()
    if not heads_over_counted_folios([p[0].text for p in pages], [p[1].text for p in pages]):
        return set()
    return {page[0].number for page in pages}


def heads_over_counted_folios(heads: list[str], folios: list[str]) -> bool:
    """Whether each page's first line is a head over its folio, as `headed_page_starts` and
    `heads_over_folios` read them: the folios numbers alone counting up by one, the heads
    ending no sentence and no number themselves."""
    numbers = [lone_number(folio) for folio in folios]
    if None in numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return False
    return not any(ends_sentence(head) or lone_number(head) is not None for head in heads)


def words_of(text: str) -> tuple[str, ...]:
    """A line's words, numbers aside, in lower case: what heads say alike page to page."""
    return tuple(re.findall(r"[^\W\d_]+", text.lower()))


def page_furniture(lines: list[Line], starts: list[int] | None = None) -> list[Removed]:
    """Running heads and feet, page numbers, a journal's head on the first page and a digital
    library's cover sheet; `starts`: the lines that begin pages, where the raw text marks them
    (`page_starts`)."""
    pages = set(starts or ())
    cover = cover_sheet(lines, sorted(pages))
    heads = (
        running_heads(lines)
        | paged_heads(lines, pages)
        | named_heads(lines, pages, cover)
        | printed_edges(lines, pages)
        | heads_over_folios(lines, pages)
        # (a book's heads read by their folios, where no page break is marked)
        | (folio_heads(lines) if not pages else set())
    )
    numbers = page_numbers(lines, heads) | paged_numbers(lines, pages) | counted_pages(lines)
    heads |= heads_beside_numbers(lines, numbers)
    rules = {  # (a later rule names a line two rules take)
        **dict.fromkeys(running_titles(lines, pages, bool(cover)), RUNNING_TITLE),
        **dict.fromkeys(
            word_processor_feet(lines, numbers) if not pages else (), WORD_PROCESSOR_FOOT
        ),
        **dict.fromkeys(page_addresses(lines, pages), PAGE_ADDRESS),
        **dict.fromkeys(first_page_head(lines, heads), FIRST_PAGE_HEAD),
        **dict.fromkeys(numbers, PAGE_NUMBER),
        **dict.fromkeys(heads, RUNNING_HEAD),
    }
    return cover + [Removed.of(line, rules[line.number]) for line in lines if line.number in rules]


def running_titles(lines: list[Line], starts: set[int], cover: bool = False) -> set[int]:
    """With the pages known: a later page's line, among its first `HEAD_REACH`, that sets again to
    the letter (in any case) a line of the first page's top (its first `TITLE_REACH` lines: the
    title), of `TITLE_WORDS` words at least and no sentence; with the lines above it on that
    page, when each is as short and no sentence either (a board paper's `Calderbridge
    Philharmonic · Board Paper 7B` over its title, atop page 2, a head said once in two pages).
    Where a line above reads as the text's (a sentence run on from the page before), nothing on
    that page goes; the title said again lower down a page, or in a sentence, is the text's. The
    title's part before a colon counts as the title (`_title_and_short_title`), and a head's
    line under it goes with it where the page break cut a sentence (`_head_under`). Under a
    digital library's cover sheet (`cover`), the text's first page is the second, which sets the
    title the cover gives."""
    pages = _pages(lines, starts)[1 if cover else 0 :]
    if len(pages) < 2:
        return set()
    # (in any case: a running head may set the title in sentence case, `Fees, favours and
    # turnaround` atop page 2 of `Fees, Favours and Turnaround: What …`)
    first = {
        said.casefold()
        for line in pages[0][:TITLE_REACH]
        if len(words_of(line.text)) >= TITLE_WORDS and not _sentence_like(line.text)
        for said in _title_and_short_title(line.text)
    }
    found: set[int] = set()
    for page in pages[1:]:
        for at, line in enumerate(page[:HEAD_REACH]):
            if " ".join(line.text.split()).casefold() not in first:
                continue
            if all(not _sentence_like(above.text) for above in page[:at]):
                found |= {above.number for above in page[: at + 1]} | _head_under(page, at)
            break
    return found


def _title_and_short_title(text: str) -> set[str]:
    """A title line as set, and its part before a colon where that says `TITLE_WORDS` words at
    least: the short title a running head gives (`Counting the Wrong Thing` atop page 2 of
    `Counting the Wrong Thing: The Case Against …`)."""
    said = " ".join(text.split())
    short = said.split(": ", 1)[0] if ": " in said else ""
    return {said, short} if len(words_of(short)) >= TITLE_WORDS else {said}


def _head_under(page: list[Line], at: int) -> set[int]:
    """The lines under a running title (at `at`) that are the page's head too: each no
    sentence and no more than half as wide as the page's widest line (`WSCTS Briefing Paper 7
    · March 2026`), up to a line, among the page's first `HEAD_REACH`, that goes on in lower
    case with the sentence the page break cut, which no line of the text can stand before (a
    heading, a paragraph's opening); none where the page goes on otherwise (a line of the
    text's own, full, or with a sentence ending inside it, runs on to the next)."""
    widest = max(len(line.text.strip()) for line in page)
    for below in range(at + 1, min(len(page), HEAD_REACH + 1)):
        text = page[below].text.strip()
        if text[:1].islower():
            return {line.number for line in page[at + 1 : below]}
        if _sentence_like(text) or SENTENCE_INSIDE.search(text) or 2 * len(text) > widest:
            return set()
    return set()


def _sentence_like(text: str) -> bool:
    """A line that a page's head or title is not: a sentence, a clause, or a long line."""
    text = text.strip()
    return (
        ends_sentence(text)
        or text[-1:] in ",;:"
        or not text[:1].isupper()
        or len(text) > PAGED_MAX_CHARS / 2
    )


def page_addresses(lines: list[Line], starts: set[int]) -> set[int]:
    """With the pages known: a page's first or last line that is a site's address alone, as a
    magazine sets its own at a page's foot (the text cites an address in a sentence or a note)."""
    if not starts:
        return set()
    edges = (line for page in _pages(lines, starts) for line in {page[0], page[-1]})
    return {line.number for line in edges if DOMAIN.fullmatch(line.text.strip())}


def counted_pages(lines: list[Line]) -> set[int]:
    """The lines that number a page with the count of pages ("Page 2 of 3"), wherever they
    stand: a single one is a page's number too (docx2txt prints a footer once, at the end)."""
    return {line.number for line in lines if PAGE_OF.fullmatch(line.text.strip())}


def word_processor_feet(lines: list[Line], numbers: set[int]) -> set[int]:
    """The lines under a page number that end the text, when they are short and no sentence
    (a footer's "Submitted to the Committee, Wessex County Council"): a converter of a word
    processor's file (docx2txt) prints the footers once, after the body and its notes. Only in
    a text with no page breaks: where the pages are known, a line under a page's number is the
    page's (a letter's sign-off on its last page)."""
    texts = [line for line in lines if not line.blank]
    at = next(
        (i for i in range(len(texts) - 1, -1, -1) if texts[i].number in numbers),
        None,
    )
    below = texts[at + 1 :] if at is not None else []
    if not below or len(below) > WORD_PROCESSOR_FEET:
        return set()
    if any(ends_sentence(line.text) or len(line.text.split()) > FOOT_WORDS for line in below):
        return set()
    return {line.number for line in below}


def paged_numbers(lines: list[Line], starts: set[int]) -> set[int]:
    """With the pages known: the lone numbers that end their pages (the line above a page's
    start, or the text's last) or stand among their first `HEAD_REACH` lines, where such
    numbers count up by one from page to page on half the pages or more (a template may leave
    the first page unnumbered). A number under a lead-in (`… members voting to keep the
    charge:` / `12`) is the text's."""
    texts = [line for line in lines if not line.blank]
    if not starts or not texts:
        return set()
    # … or that stand among their first lines (a magazine's, over or under its running head)
    tops = {line.number for page in _pages(lines, starts) for line in page[:HEAD_REACH]}
    ending = [
        (value, line)
        for above, line, following in zip([None, *texts], texts, [*texts[1:], None], strict=False)
        if (value := lone_number(line.text)) is not None
        and not (above and above.text.rstrip().endswith(":"))
        and (
            following is None
            or line.number in tops
            or any(line.number < start <= following.number for start in starts)
        )
    ]
    counted = {
        numbered.number
        for (value, first), (next_value, second) in zip(ending, ending[1:], strict=False)
        if next_value == value + 1
        for numbered in (first, second)
    }
    return counted if 2 * len(counted) >= len(starts) else set()


def printed_edges(lines: list[Line], starts: set[int]) -> set[int]:
    """With three pages or more, printed from a browser (its stamp, the date and time of
    printing or the page's address, said on every page): the lines said to the letter among
    every page's first or last `PRINT_REACH` lines, however short or whole a sentence (the
    stamp, the page's title, a site's cookie banner printed above each page's footer)."""
    pages = _pages(lines, starts)
    if len(pages) < FIRST_TOP_PAGES:
        return set()
    edges = [
        {
            " ".join(line.text.split()): line
            for line in [*page[:PRINT_REACH], *page[-PRINT_REACH:]]
            if len(line.text.strip()) <= PAGED_MAX_CHARS  # (a paragraph's line is no edge's)
        }
        for page in pages
    ]
    said = set.intersection(*(set(edge) for edge in edges))
    if not any(PRINT_STAMP.search(text) for text in said):
        return set()  # (a report's headings atop its pages, a poem's refrain: the text's)
    found = {edge[text].number for edge in edges for text in said}
    # Edges that would leave half the pages empty: the text repeats itself.
    emptied = sum(all(line.number in found for line in page) for page in pages)
    return found if emptied <= len(pages) / 2 else set()


def _pages(lines: list[Line], starts: set[int]) -> list[list[Line]]:
    """The text lines of each page, the pages starting at `starts`."""
    pages: list[list[Line]] = [[]]
    for line in lines:
        if line.number in starts:
            pages.append([])
        if not line.blank:
            pages[-1].append(line)
    return [page for page in pages if page]


def paged_heads(lines: list[Line], starts: set[int]) -> set[int]:
    """With the pages known (`page_starts`): the lines among a page's first or last
    `HEAD_REACH` lines that say, numbers aside, what such a line says on more than half the
    pages (two at least), or that and more (a first page's head adds its issue): a running
    head or foot, however the pages' lengths vary (a cover sheet, a short last page) and
    whether it numbers the page ("118 Journal of …, Vol. 41" and "Journal of …, Vol. 41" over
    "119"; "This content downloaded from … on …"; a browser's print header and footer, its
    address and "2/4"). The first page's first lines are its title and byline, not heads, even
    where later pages' heads repeat the title with their numbers; only a line set atop the
    later pages to the letter is one there. Lines that open alike by chance ("I have a dream
    that one day …") differ further on, and stay; heads that would leave half the pages empty
    are the text repeating itself, and stay too."""
    pages = _pages(lines, starts)
    if len(pages) < 2:
        return set()
    # (with three pages at least: a second page may open with the title, as its first did;
    # with two, a masthead, which names an issue or a date, no title)
    later_tops = {
        " ".join(line.text.split())
        for page in pages[1:]
        for line in page[:HEAD_REACH]
        if len(pages) >= FIRST_TOP_PAGES or is_masthead(line.text)
    }
    edges: list[tuple[int, Line, tuple[str, ...]]] = []
    for index, page in enumerate(pages):
        # the first page's top: only a line set atop later pages to the letter (a browser's
        # print header, dated), not the title they repeat with their numbers
        top = (
            page[:HEAD_REACH]
            if index
            else [line for line in page[:HEAD_REACH] if " ".join(line.text.split()) in later_tops]
        )
        for line in {*top, *page[-HEAD_REACH:]}:
            words = words_of(line.text)
            if len(line.text.strip()) <= PAGED_MAX_CHARS and len(words) >= HEAD_WORDS:
                edges.append((index, line, words))
    said = {words for _, _, words in edges}
    found: dict[tuple[str, ...], list[tuple[int, Line]]] = defaultdict(list)
    for index, line, words in edges:
        # the shortest thing said that this line says first
        key = min(
            (words[:n] for n in range(HEAD_WORDS, len(words) + 1) if words[:n] in said), key=len
        )
        found[key].append((index, line))
    repeated = [
        seen
        for seen in found.values()
        if len({index for index, _ in seen}) > max(1, len(pages) / 2)
    ]
    tops = {page[0].number for page in pages}
    heads = {line.number for seen in [*repeated, *facing_heads(found, tops)] for _, line in seen}
    # Heads that would leave half the pages empty: the text repeats itself.
    emptied = sum(all(line.number in heads for line in page) for page in pages)
    return heads if emptied <= len(pages) / 2 else set()


def facing_heads(
    found: dict[tuple[str, ...], list[tuple[int, Line]]], tops: set[int]
) -> list[list[tuple[int, Line]]]:
    """A book's heads on facing pages: a page's first line said on every other page, numbered
    and ending no sentence (`4 FRIENDS OF SALTINGS LIDO` on the left-hand pages), and another
    on the pages between (`BRING BACK THE SALTINGS 5` on the right, the page after one of the
    first's): neither heads half the pages, the two together do. A line that says more than
    the head (`© Friends of Saltings Lido 2026. Please pass this`) is none."""
    numbered = {
        key: [
            (index, line)
            for index, line in seen
            if line.number in tops
            and re.search(r"\d", line.text)
            and not ends_sentence(line.text)
            and words_of(line.text) == key
        ]
        for key, seen in found.items()
    }
    sides = {
        key: {index for index, _ in seen}
        for key, seen in numbered.items()
        if len(seen) >= 2 and len({index % 2 for index, _ in seen}) == 1
    }
    return [
        numbered[key]
        for key, these in sides.items()
        if any(
            other != key and any(abs(mine - theirs) == 1 for mine in these for theirs in those)
            for other, those in sides.items()
        )
    ]


def named_heads(lines: list[Line], starts: set[int], cover: list[Removed]) -> set[int]:
    """With a cover sheet: a page's first line that is its number beside a name the cover
    gives, the author's or the journal's (`Lisgard 45`, `46 Heritage & Place`), though it heads
    that page only (alternate pages' heads say different things)."""
    named = {word for item in cover for word in words_of(item.text)}
    found = set()
    top = False  # the next line that is no blank one opens a page
    for line in lines:
        top = top or line.number in starts
        if line.blank or not top:
            continue
        top = False
        head = NUMBERED_HEAD.fullmatch(line.text.strip())
        words = words_of(head["after"] or head["before"]) if head else ()
        if named and 0 < len(words) <= NAMED_HEAD_WORDS and set(words) <= named:
            found.add(line.number)
    return found


def cover_sheet(lines: list[Line], starts: list[int]) -> list[Removed]:
    """A digital library's cover sheet, the first page of its PDF (JSTOR's: the title,
    `Author(s): …`, `Source: …`, `Stable URL: …`, its terms and `This content downloaded from
    …`): the whole first page, where the pages are known and that page names a stable address,
    or both the author and the source; `cover_facts` reads its author and source. (Every page
    of the article says "This content downloaded…": that alone is no cover sheet.)"""
    if not starts:
        return []
    first = [line for line in lines if line.number < starts[0] and not line.blank]
    fields = {
        field["key"][:6].lower()
        for line in first
        if (field := COVER_FIELD.fullmatch(line.text.strip()))
    }
    if not (
        any(COVER_SHEET.match(line.text.strip()) for line in first)
        or fields >= {"author", "source"}
    ):
        return []
    return removed_lines(first, COVER)


def cover_facts(removed: list[Removed]) -> dict[str, str]:
    """The author and the publication a cover sheet names (`Author(s): Ann Lee`, `Source:
    Journal of Planning, Vol. 41, …`), for the front matter where the text names neither."""
    facts = {}
    cover = [item for item in removed if item.rule == COVER]
    for item in cover:
        if field := COVER_FIELD.fullmatch(item.text):
            key = "author" if field["key"].lower().startswith("author") else "publisher"
            facts[key] = re.split(r",|\s+Vol\b", field["value"])[0].strip()
        elif issue := JOURNAL_ISSUE.fullmatch(item.text):
            facts.setdefault("publisher", issue["journal"].strip())
            # Project MUSE's sheet: the title's lines, then the author's, over the issue
            blocks = _runs([other for other in cover if other.line < item.line])
            if len(blocks) >= 2 and len(blocks[-1]) == 1 and names_people(blocks[-1][0].text):
                facts.setdefault("author", blocks[-1][0].text)
                facts.setdefault("title", " ".join(other.text for other in blocks[-2]))
    return facts


def _runs(items: list[Removed]) -> list[list[Removed]]:
    """The items in runs of consecutive lines (a blank line between two runs)."""
    runs: list[list[Removed]] = []
    for item in items:
        if runs and item.line == runs[-1][-1].line + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs
