r"""A page's article as readability-lxml gives it: `Document(page).summary()`, what an archiving
or read-it-later pipeline stores of a web page; and the same program's partial summary, and
Mozilla's Readability.js's article.

- It is known by the element the program writes round the article it kept (`summary_shape`):
  - `summary()`: the text opens with `<html><body><div>` (no doctype, no `<head>`:
    readability makes a new document, a body holding one `<div>`, and appends the article's
    element to it) and ends with `</div></body></html>`;
  - `summary(html_partial=True)`: the text is that `<div>` alone, with no attribute (nothing
    before it, an element right inside it, nothing after its end);
  - Readability.js's `content`: the text opens with its page's `<div id="readability-page-1"
    class="page">` and ends with a `</div>`. Readability.js strips classes but `page`, so the
    class rules below seldom find a standfirst or a newsletter box in it: they are read.
  htmlpage.py reads it as any page saved as HTML.
- What readability drops is the page round the article: its head (so the `<title>`, the meta
  author and date), and the article's header (the headline, the byline, the `<time>`); the
  file holds no title, author or date, and they stay unknown. The report says so, for the
  editor to fill them in (`unstated_front`), and offers the name an author's note among the
  last paragraphs opens with (`Ines Markham is a health journalist …`), which is no byline.
- What it keeps that is no essay's, left out and listed:
  - the standfirst it pulls to the top of the article (readability-lxml 0.9 moves there the
    elements before the article whose class says `standfirst`, `dek`, `subtitle`, and keeps
    that class): the first block, of `STANDFIRST_WORDS` words at most, before a paragraph, its
    element so classed (`STANDFIRST_CLASS`), that speaks of its author in the third person as
    a sub-editor's line does, ending in a reporting verb and who says it (`…, argues a
    campaigner who learned why the hard way`, `…, writes Ann Lee`). A first paragraph quoting
    someone (`“…,” says the surgeon`) is the essay's own, and stays. One of that shape in no
    such class stays too, and the report warns with its line: an essay may open on reported
    speech as well (`Every doctor forgets …, says the nurse who …`, review 38);
  - a newsletter box with its form gone (readability drops forms and inputs): an element
    whose class says `newsletter`, `signup` or `subscribe` (as a saved page's box does, see
    htmlpage.py) in a sign-up's shape, its last block the sign-up's small print (`By signing
    up you agree to our privacy notice`, `unsubscribe at any time`) under a block or more
    (its heading, its pitch), which go with it. A box of one block is read, small print or
    not: an essay's paragraph on newsletters may say `unsubscribe` (review 38).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bs4 import BeautifulSoup, Tag

from .layout import BIO_VERB
from .names import and_joined, is_name_word

#: The document readability writes round the article: `<html><body><div>` first, nothing before
#: it, and its end.
SUMMARY_START = re.compile(r"<html><body><div>\s*<")
SUMMARY_END = re.compile(r"</div>\s*</body>\s*</html>\s*$")
SUMMARY = (
    "readability-lxml's summary of a page (`<html><body><div>` and no head: the article alone, "
    "the page's title, byline and date dropped by the program)"
)
#: `summary(html_partial=True)`: the `<div>` alone, no attribute, an element right inside.
PARTIAL_START = re.compile(r"<div><")
DIV_END = re.compile(r"</div>\s*$")
PARTIAL = (
    "readability-lxml's partial summary of a page (`summary(html_partial=True)`, a `<div>` "
    "alone: the article alone, the page's title, byline and date dropped by the program)"
)
#: Readability.js's article: its first page's `<div>`.
READABILITY_JS_START = re.compile(r'\s*<div id="readability-page-1" class="page">')
READABILITY_JS = (
    'Mozilla Readability\'s article of a page (`<div id="readability-page-1" class="page">`: '
    "the article alone, the page's title, byline and date dropped by the program)"
)
STANDFIRST = (
    "readability-lxml's summary: the standfirst it pulls to the top of the article (a "
    "sub-editor's line speaking of the author in the third person), line of the HTML"
)
#: The class a page gives its standfirst, which readability keeps (a class token:
#: `article-header__standfirst`, `c-dek`, `article-subtitle`, `strapline`).
STANDFIRST_CLASS = re.compile(r"(?:^|[-_])(?:standfirst|dek|deck|subtitle|strap(?:line)?)$", re.I)
UNMARKED_STANDFIRST = (
    "the first paragraph (line {line} of the HTML) ends as a standfirst does, a reporting verb "
    "and who says it, but no class marks it one (`standfirst`, `dek`): kept as the essay's own; "
    "remove it if it is the sub-editor's line over the article: {text!r}"
)
#: A block's words, as a key its element's text and its Markdown (escaped) share.
WORDS = re.compile(r"[^\W_]+")
#: A standfirst is a sentence or two.
STANDFIRST_WORDS = 50
#: The verbs a standfirst reports its author's case by, set before who says it.
REPORTING_VERBS = (
    "argues|writes|says|explains|contends|insists|warns|suggests|believes|maintains|claims"
    "|proposes|reckons|urges|asks|reflects|recalls"
)
#: The block's end: a reporting verb after a comma or a dash (not after a closing quotation
#: mark: a quotation's speaker), then who says it, a person (`a campaigner who …`, `our health
#: editor`) or a name (`Ann Lee`), to the block's end.
THIRD_PERSON_CLAUSE = re.compile(
    rf"(?<![”\"’'])\s*[,–—]\s+(?:{REPORTING_VERBS})\s+"
    r"(?:(?:a|an|the|our|one|this|its)\s+\w|[A-Z])[^.!?]*[.!]?$"
)
#: What opens a block that is no paragraph, as a page is read: a heading, a quotation, a
#: list's item, a note.
NOT_A_PARAGRAPH = re.compile(r"(?:#|>|[-*+] |\d+\\?[.)] |\[\^)")
OPENING_QUOTES = "“\"‘'"
#: A newsletter box's small print, under its form: what only a sign-up says.
SMALL_PRINT = re.compile(
    r"\bunsubscribe\b|\bprivacy (?:notice|policy|statement)\b|\bby (?:signing up|subscribing)\b",
    re.I,
)
#: An author's note among the last paragraphs opens with a name (two to four words) and a verb.
BIO_WITHIN = 2
BIO_NAME = re.compile(rf"((?:[^\W\d_][\w.’'-]*\s+){{1,3}}[^\W\d_][\w’'-]*){BIO_VERB}")
#: Words that open a sentence as a name would, capitalised, and are none.
NOT_NAMES = frozenset(
    "The This That These Those Our My Your Its His Her Their We One A An In On At".split()
)
FRONT_KEYS = ("title", "author", "date")


def is_readability_summary(raw: str) -> bool:
    """Whether the text is readability-lxml's summary of a page (see the module)."""
    return bool(SUMMARY_START.match(raw)) and bool(SUMMARY_END.search(raw))


def summary_shape(raw: str) -> str:
    """Which readability program's article the text is, as the report names it (`SUMMARY`,
    `PARTIAL`, `READABILITY_JS`), or "" for any other text (see the module)."""
    if is_readability_summary(raw):
        return SUMMARY
    if READABILITY_JS_START.match(raw) and DIV_END.search(raw):
        return READABILITY_JS
    if PARTIAL_START.match(raw) and DIV_END.search(raw) and _one_element(raw):
        return PARTIAL
    return ""


def _one_element(raw: str) -> bool:
    """Whether the text is one element, nothing beside it (a fragment's `<div>` round its first
    blocks, then more, is no partial summary)."""
    tops = BeautifulSoup(raw, "html.parser").contents
    return sum(1 for top in tops if isinstance(top, Tag) or str(top).strip()) == 1


def standfirst_blocks(blocks: Sequence[str]) -> int:
    """How many of the first blocks read (Markdown, a block a string) are shaped as the
    standfirst the summary pulled to the top: 1 where the first is (see the module), else 0."""
    if len(blocks) < 2 or not all(_is_paragraph(block) for block in blocks[:2]):
        return 0
    first = blocks[0].strip()
    if len(first.split()) > STANDFIRST_WORDS or first[:1] in OPENING_QUOTES:
        return 0
    return 1 if THIRD_PERSON_CLAUSE.search(first) else 0


def marked_standfirsts(article: Tag) -> frozenset[tuple[str, ...]]:
    """The words of each element of the article whose class says it is a standfirst."""
    return frozenset(
        _words(found.get_text(" ")) for found in article.find_all(class_=STANDFIRST_CLASS)
    )


def standfirst(
    blocks: Sequence[str], where: Sequence[int], article: Tag
) -> tuple[int, tuple[str, ...]]:
    """How many of the first blocks read are the standfirst, to leave out: 1 where the first is
    shaped as one and its element's class says so; and the report's warning where it is shaped
    as one in no such class (kept: the essay may open so, see the module)."""
    if not standfirst_blocks(blocks):
        return 0, ()
    if _words(blocks[0]) in marked_standfirsts(article):
        return 1, ()
    return 0, (UNMARKED_STANDFIRST.format(line=where[0], text=blocks[0].strip()),)


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORDS.findall(text))


def _is_paragraph(block: str) -> bool:
    return not NOT_A_PARAGRAPH.match(block.lstrip())


def has_small_print(text: str) -> bool:
    """Whether a box's words hold a sign-up's small print (`privacy notice`, `unsubscribe`)."""
    return bool(SMALL_PRINT.search(text))


def signs_up(blocks: Sequence[str]) -> bool:
    """Whether a box's blocks (their words, in order), its form gone, are a sign-up's: the small
    print its last block, under its heading or pitch (see the module)."""
    return len(blocks) > 1 and has_small_print(blocks[-1])


def bio_name(paragraphs: Sequence[str]) -> str:
    """The name an author's note opens with, among the last `BIO_WITHIN` paragraphs (`Ann Lee
    is a journalist …`), or "": the author, maybe, where nothing else names one."""
    for text in reversed(paragraphs[-BIO_WITHIN:]):
        found = BIO_NAME.match(text.strip().strip("*_"))
        words = found[1].split() if found else []
        if words and words[0] not in NOT_NAMES and all(map(is_name_word, words)):
            return " ".join(words)
    return ""


def unstated_front(front: Mapping[str, str], unknown: str, offered: str) -> tuple[str, ...]:
    """The report's warning where the summary leaves the title, author or date unknown (the
    program dropped them), naming the bio's name as the author's, maybe; none where all three
    are known."""
    missing = [key for key in FRONT_KEYS if front.get(key, unknown) == unknown]
    if not missing:
        return ()
    maybe = (
        f"; the author's note opens with a name, {offered}: the author, maybe (not written)"
        if offered and "author" in missing
        else ""
    )
    return (
        f"the source gives no {and_joined(missing, 'or')}: a readability program's article "
        f"(readability-lxml's summary, Mozilla Readability's) keeps the article alone, and "
        f"the page's head, headline, byline and date are gone; they are "
        f"written unknown, fill them in from the page itself{maybe}",
    )
