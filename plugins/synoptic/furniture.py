"""Page furniture and web debris: the lines of a raw text that are not the essay's.

A PDF extraction keeps what the typesetter put on every page (a running head, a page number);
a web page keeps the site around the article (navigation, sharing links, "6 min read", the
copyright line). Each rule reads where a line stands and what shape it has; what a rule removes
is returned with the rule's name for the ingest report, so nothing is dropped silently.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace

from .layout import (
    BULLETS,
    CLOSING_QUOTES,
    INLINE_MARKER,
    OPENING_QUOTES,
    PLAIN_NOTE_START,
    SPELLED_DATE,
    Line,
    blocks_by_blank_lines,
    ends_clause,
    ends_sentence,
    is_title_case,
    join_lines,
    looks_like_heading,
    may_be_title,
)
from .metadata import (
    BYLINE_WITHIN,
    HISTORY_DATE,
    LONE_SEPARATOR,
    NAME_BYLINE,
    POSTCODE,
    POSTED_AT,
    READING_TIME,
    SITE_PARTS,
    date_in,
    line_date,
    metadata_line,
    names_people,
    parse_date,
    post_byline,
    repeats_title,
    row_of,
    states,
)

# --- the rules, named as the report names them ---------------------------------------------------

RUNNING_HEAD = "running head (a short line repeated at page intervals)"
PAGE_NUMBER = "page number (a lone number beside a running head, or counting pages)"
FIRST_PAGE_HEAD = "journal's head on the first page (the publication its running heads name)"
WEB_TOP = "web page: before the title (short lines without a sentence's punctuation)"
WEB_BUTTON = "web page: a button on the article, under its title (Report this article)"
WEB_TIME = "web page: reading time or update line"
WEB_SUBTITLE = "web page: subtitle (a line of no sentence between the title and the byline)"
WEB_REACTIONS = "web page: a row of reaction counts (icons and numbers: ♡ 214  💬 37  ↗ Share)"
WEB_COMMENTS = "web page: readers' comments (below a comment count after the text)"
WEB_UNDER_BYLINE = "web page: under the byline (the name again, buttons, counts, reading time)"
WEB_AUTHOR_CARD = "web page: the author's card below the text (Written by NAME … Follow)"
WEB_BOTTOM = "web page: after the last paragraph (short unpunctuated lines, sharing, ©)"
WEB_CAPTION = "web page: image caption or credit (opens with Photo:, Image:, … or ends in a credit)"
BROWSER_LINKS = "text-mode browser: its list of the links' addresses (lynx -dump References)"
BROWSER_NAVIGATION = "text-mode browser: a row of links (a menu, 'Back to …', 'Share …')"
BROWSER_IMAGE = "text-mode browser: an image, shown by its description in brackets ([logo])"
BROWSER_FORM = (
    "text-mode browser: a form and the few lines around it ((BUTTON), a text field's ____: a "
    "cookie banner, a search box)"
)
WEB_MAILER = "e-mail newsletter: the mailer's lines (view in browser, unsubscribe, why you get it)"
PULL_QUOTE = "pull quote (a sentence of the body repeated on a line of its own)"
PULL_QUOTE_IN_RUN = (
    "pull quote among lines with no blank line (a sentence of the body set again in quotation "
    "marks between two sentences; check that the text does not quote itself there)"
)
CONTENTS_LIST = "a book's title and contents list above the essay (an e-book's front)"
CONVERTER = "a converter's header above the document (unrtf's ### lines)"
DOCUMENT_STATUS = "a document's status over it (DRAFT for comment, EMBARGOED, CONFIDENTIAL)"
# (a status, not a title that opens with its word: "CONFIDENTIAL SOURCES AND THE PRESS", "Draft:
# The Case for …", "Draft horses pulled the plough")
STATUS = re.compile(
    r"(?:DRAFT|EMBARGOED|CONFIDENTIAL)(?:\s*$|\s*[–—-]|\s+(?:for|until|not|do|please)\b)"
    r"|(?:Draft|Embargoed) (?:for (?:comment|consultation|discussion|review)|until)\b"
    r"|NOT FOR (?:PUBLICATION|CIRCULATION|CITATION)\b"
)
STATUS_WORDS = 20
CLOSING_NOTICE = "a publication's notice closing the text (©, Published …, may be reproduced …)"
NOTICE_LINES = 6  # a notice stands among the text's last lines
NOTICE_MAX_WORDS = 60
NOTE_OPENING = re.compile(rf"\[\^?\w{{1,12}}\]:?\s|{PLAIN_NOTE_START}|[¹²³⁴⁵⁶⁷⁸⁹⁰]")
NOTICE_OPENING = re.compile(r"(?:©|\([Cc]\)|Copyright)\s*(?:©\s*)?\d{4}\b")
PUBLISHED_ON = re.compile(rf"\bPublished(?: on)?\s+(?P<date>{SPELLED_DATE})")
PICTURE = (
    "a converter's placeholder for a picture (antiword's [pic], textutil's U+FFFC) and the "
    "caption under it"
)
# antiword's mark where a picture stood; a caption in a block of its own may stand under it.
PICTURE_MARK = re.compile(r"\[pic\]|\ufffc")  # (`textutil`'s: an object replacement character)
HEADINGS_LIST = "a contents list above the text (its headings, each given again below it)"
HEADING_WORDS = 12
REVIEW_COMMENT = "a reviewer's comment left in the document (Google Docs: [a] markers, [a]text)"
RULE_LINE = "a rule: a line of underscores, dashes or equals signs, or * * *, set between parts"
BLOG_FOOTER = (
    "blog: the lines under its post (Blogger's, below 'Posted by NAME at 10:14': sharing, "
    "labels, comments, older and newer posts, the sidebar)"
)
RULES = (
    RUNNING_HEAD,
    PAGE_NUMBER,
    FIRST_PAGE_HEAD,
    BROWSER_LINKS,
    BROWSER_NAVIGATION,
    BROWSER_FORM,
    BROWSER_IMAGE,
    WEB_TOP,
    WEB_SUBTITLE,
    WEB_MAILER,
    WEB_TIME,
    WEB_REACTIONS,
    WEB_CAPTION,
    PULL_QUOTE,
    WEB_BOTTOM,
    BLOG_FOOTER,
    WEB_COMMENTS,
    WEB_UNDER_BYLINE,
    WEB_AUTHOR_CARD,
    RULE_LINE,
    CONTENTS_LIST,
    CONVERTER,
    REVIEW_COMMENT,
    NAME_BYLINE,
    HISTORY_DATE,
    SITE_PARTS,
)

REPEATED_MAX_CHARS = 80  # a running head or footer is a short line
REPEATS = 3  # … seen at least this often
PAGE_MIN_LINES = 10  # … at least this many text lines apart: once a page, not a refrain
HEADS_A_PAGE = 2  # a running head and a running foot
PAGE_SPREAD = 1.5  # page-number gaps (but the last page's) vary at most by this factor
# A rule: a line of underscores, dashes, box-drawing lines (`───`, groff's for a terminal) or
# equals signs; or a section break of spaced asterisks, tildes or dots (`* * *`, `~ ~ ~`, `· · ·`:
# `***` alone may be a text's own characters, `~~~` a fence).
RULE = re.compile(r"_{3,}|[-–—─━]{3,}|={3,}|\*(?:\s+\*){2,}|~(?:\s+~){2,}|·(?:\s+·){2,}")
# … or, in a block of its own (blank lines around: on a line of a block it is the block's
# text), an em or en dash alone (one or two) or a book's ornament (`§`, `⁂`, `❧ ❧ ❧`).
LONE_SIGN = re.compile(r"[—–]{1,2}|([§⁂❧❦☙✻✦✧◆◇])(?:\s*\1){0,2}")
# A page number alone on its line: "7", "Page 7", "Page 7 of 9", "7/9" (a browser's print),
# "- 7 -", or set off by a bar ("| 7", "7 |").
LONE_NUMBER = re.compile(
    r"(?:[Pp]age\s+|\|\s*)?(?P<page>\d{1,4})(?:\s+of\s+\d{1,4}|/(?P<of>\d{1,4}))?(?:\s*\|)?"
    r"|[-–—]\s*(?P<dashed>\d{1,4})\s*[-–—]"
)
DEBRIS_MAX_WORDS = 8  # navigation, "Share this article", a section name
TAGLINE_MAX_WORDS = 14
# A page's place in its site, over the title: "Home » Opinion » The Greenway Nobody Asked For".
BREADCRUMBS = re.compile(r"\s*[^\W\d][^»›]{0,30}(?:\s[»›]\s[^»›]{1,80}){1,4}\s*")
# A converter's header: `###  Translation from RTF performed by UnRTF, version 0.21.10`.
CONVERTER_HEADER = re.compile(r"###\s+Translation from RTF performed by UnRTF", re.I)
# A reviewer's comment in a Google Docs text: `[a]` glued after a word, `[a]text` at the end.
COMMENT_MARKER = re.compile(r"(?<=[\w.,;:!?)\]’”])\[(?P<label>[a-z]{1,2})\]")
COMMENT_LINE = re.compile(r"\[(?P<label>[a-z]{1,2})\]\S")
# … which Google Docs sets after the numbered notes (`[1]text`), or which names its commenter,
# or which have their replies between them.
NUMBERED_NOTE = re.compile(r"\[\d{1,3}\]\S")
COMMENTER = re.compile(r"\((?:[A-Z][\w.’'-]+\s?){1,4}\)\s*$")
# A book's contents list: its heading, then an entry a line (a title, its author or page).
CONTENTS = re.compile(r"(?:table of )?contents", re.I)
# … an entry of a book's: a title and its author (`The Case for It — Ann Lee`, `… by Ann Lee`)
# or its page (`The Case for It ..... 12`).
BOOK_ENTRY = re.compile(
    r"[^.!?]{3,120}?(?:\s[—–-]\s|\sby\s)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"
    r"|[^.!?]{3,120}?(?:\s*\.{2,}\s*|\s{2,})\d{1,4}"
)
# A heading's marks before a line's words, as html2text sets a site's widgets' titles.
MARKDOWN_HASHES = re.compile(r"^#{1,6}\s+")
# A site's address alone on its line: `hillcrestobserver.example.org`, `www.site.com`.
DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.I)
# A page's first link, for keyboards and screen readers: never a title.
SKIP_LINK = re.compile(
    r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article|search)\b", re.I
)
MENU_GAP = re.compile(r"\s{2,}|\s+[|·•]\s+")  # a web page's text copy keeps a menu's gaps
MENU_MIN_ITEMS = 3
# A site's button on the article itself, among a page's first lines: "Report this article",
# "Share this post", "Listen to this story", "Save article" (the essay says none of them alone).
ARTICLE_BUTTON = re.compile(
    r"(?:report|share|save|print|bookmark|flag|listen to)(?: this)? (?:article|post|story|page)",
    re.IGNORECASE,
)
WEB_PAGE_LINES = 8  # a web page's skip link or menu bar stands among its first lines
MENU_ITEM_WORDS = 3
SITE_NAME_WORDS = 5
BOILERPLATE_MAX_WORDS = 25
# What a site says around every article; only at the very end of a web page is it removed.
BOILERPLATE = re.compile(
    r"^(?:share|subscribe|sign up|follow|related|read more|more from|advertisement|comments?)\b"
    # a blog's widgets, whole: "Like this:", "Like Loading...", "Leave a comment", "Tags: …",
    # "Powered by WordPress" ("Like this, the town …" and "Powered by volunteers, …" are prose)
    r"|^(?:like this:|like loading\W*$|leave a (?:comment|reply)\W*$|tag(?:s|ged)?:\s|"
    r"(?:proudly )?powered by\s+\S+(?:\s+\S+)?\s*$|"
    # a blog's line under the post: "This entry was posted in Opinion and tagged …. Bookmark
    # the permalink."
    r"this entry was posted in\b.*\bpermalink\W*$)"
    r"|©|\bcopyright\b|all rights reserved|newsletter"
    # a newsletter's appeal under the post: "Thanks for reading X! Subscribe for free …"
    r"|^thank(?:s| you) for reading\b.*\bsubscribe\b"
    # a sign-up form's reassurance under its field: "We respect your privacy.", "We'll never
    # share your email.", "Unsubscribe at any time."
    r"|^we respect your privacy\W*$|^we(?:'ll|’ll| will)? never share your (?:email|details)\b"
    r"|^(?:you can )?unsubscribe (?:at )?any ?time\W*$",
    re.IGNORECASE,
)
# "Follow"/"Share" and what a site's own call never names after it (itself, the reader, a
# network: "Follow us", "Share this", "Share on X", "Follow @…"): the essay's words.
ESSAY_CALL = re.compile(
    r"(?:share|follow)\s+(?!(?:us|me|this|on|via)\b|@)|read more about\s", re.IGNORECASE
)
# Blogger's lines right under a post's footer: its share row, labels, comment count and form.
BLOGGER_LINE = re.compile(
    r"Email This|BlogThis|Labels:|Links to this post|Post a Comment|No comments:|\d+ comments?:",
    re.I,
)
# A web page's count of readers' comments, a line of its own: "37 Comments", "Comments (14)".
# Not "Comment 1", a consultation response's heading.
COMMENT_COUNT = re.compile(
    r"\d[\d,.]*k?\s+comments?|comments\s*(?:\(\d[\d,]*\)|:\s*\d[\d,]*)"
    # Medium's, over its readers' responses: "Responses (3)"
    r"|responses\s*\(\d[\d,]*\)"
    # WordPress's: "3 thoughts on “The Title”", "One response to “The Title”"
    r"|(?:\d+|one)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+[“\"‘'].+"
    # Substack's, over its comments: "Discussion about this post"
    r"|discussion about this (?:post|article)",
    re.I,
)
# Medium's count, a heading an essay may set too (a consultation's "Responses (3)" over the
# replies it quotes): the page's only with Medium's own lines under it (`medium_responses`).
MEDIUM_COUNT = re.compile(r"responses\s*\(\d[\d,]*\)", re.I)
# Medium's response form under its count: "Write a response", "What are your thoughts?".
MEDIUM_FORM = re.compile(r"write a response|what are your thoughts\?", re.I)
MEDIUM_LOOKAHEAD = 6
# A row of reactions: icons (symbols, not ©, ® or °), counts and a word or two (Share, Reply).
COUNT = re.compile(r"\d+(?:[.,]\d+)*[kKmM]?")
REACTION_WORDS_MAX = 2
#: The words a site sets beside its reaction counts.
REACTION_LABELS = frozenset(
    "share reply like likes comment comments repost restack save report listen".split()
)
# A button's label, alone on its line: what a site sets beside a byline or under an author's card
# (not "Share and share alike", not "Follow the money…").
BUTTON = re.compile(r"(?:\+\s*)?(?:follow|share|listen|subscribe|save|bookmark|clap)", re.I)
# A think tank's, a journal's button to the article's file: "Download PDF (184 KB)".
DOWNLOAD_BUTTON = re.compile(r"download (?:the )?(?:pdf|epub)(?: \(\d[\d.,]* ?[km]b\))?", re.I)
# An author's card below a post: "Written by NAME", a few short lines (followers, "Writer for …",
# a one-line blurb) and the button that closes it ("Follow").
WRITTEN_BY = re.compile(r"written by\s+(\S.*)", re.I)
CARD_LINES = 6
# Below an article, a heading over links to other articles, whose headlines may be long.
LIST_HEADING = re.compile(
    r"(?:more from|more in|related|read more|read next|recommended|most read|popular)\b", re.I
)
HEADLINE_MAX_WORDS = 16
# An entry of a numbered list (`1. https://…`): a note when the text cites its number (`[1]`).
NUMBERED_ENTRY = re.compile(r"(\d{1,3})\.\s")
# A publication's masthead above the title: its name, section, date or issue number, the parts
# set apart by bars or dashes ("The Echo | Opinion | Tuesday 10 March 2026", "… — Issue 42").
MASTHEAD_PARTS = re.compile(r"\s+[|·•—–]\s+")
SITE_NAME_WORDS = 8  # a site's name after the title in a page's title line, at most
ISSUE = re.compile(r"(?:issue|no\.?|number|vol(?:ume|\.)?|edition)\s*\d{1,4}", re.IGNORECASE)
# A section of a publication, not its name: "Local News | …", "Comment is Free | …".
SECTION = re.compile(
    r"\b(?:news|comment|opinion|health|sport|business|world|politics|culture|features|"
    r"analysis|letters|editorial|home|local|lifestyle|environment)\b",
    re.IGNORECASE,
)
# What a mailer sets around every e-mail newsletter, top and bottom, whatever the letter says.
# A line of this shape that is no sentence ("Unsubscribe | Update preferences") is the mailer's
# wherever it stands; a sentence ("You are receiving this email because …") only above the
# letter's first sentence or below its last, since the letter may say the same words
# ("Unsubscribe from half of them, a friend told me.").
MAILER = re.compile(
    r"^(?:view|read|open)\b.{0,30}\b(?:in|on)\s+(?:(?:your|a|the)\s+)?(?:web\s+)?browser\W*$"
    # Substack's: "View this post on the web at https://…"
    r"|^view this (?:post|email|issue) on the web at\s+\S+$"
    r"|^having trouble (?:viewing|reading)\b"
    r"|^you(?:\s+are|'re|’re)?\s+receiv(?:ing|ed)\s+this\s+(?:e-?mail|newsletter|message)\b"
    r"|^(?:unsubscribe|update (?:your )?(?:e-?mail )?preferences|manage (?:your )?"
    r"(?:preferences|subscription))\b"
    r"|^forward (?:this (?:e-?mail|newsletter) )?to a friend\b"
    r"|^(?:add us to your address book|why did (?:i|you) get this)\b",
    re.IGNORECASE,
)
# A plain-text e-mail sets a link's address after its words: "Unsubscribe (https://…)".
LINK_ADDRESS = re.compile(r"\s*[(<\[]https?://[^\s)>\]]*[)>\]]")
NEWSLETTER_LINES = 8  # the mailer's lines stand among the first or last lines of the text
PULL_QUOTE_MIN_WORDS = 6
# A pull quote is set beside the paragraph it quotes, a few blocks away at most (a heading or a
# paragraph between), unless quotation marks show it for one: further off, a line that repeats
# a sentence is the essay's refrain.
PULL_QUOTE_WITHIN = 3
PULL_QUOTE_LINES = 3  # … a pull quote in quotation marks is set over this many lines at most
READING_TIME_MAX_WORDS = 15
# An image's caption or credit, which a web page's text copy keeps between two paragraphs:
# it opens with a caption cue or a picture agency, or ends with a credit.
CAPTION_MAX_WORDS = 30
CREDIT = (
    r"photo\w*|pictures?|images?|illustrat\w*|credit\w*|caption|graphic|courtesy|file|stock|"
    r"archive|getty|reuters|ap|afp|pa|shutterstock|alamy|unsplash|pixabay|wikimedia"
)
# A credit in brackets: "(Image: Wendle Gazette)", "(Getty Images)"; alone on its line, the
# line above it is the caption it credits.
CREDIT_IN_BRACKETS = rf"\((?:[^()]*\b(?:{CREDIT})\b[^()]*|©[^()]*)\)"
CREDIT_ALONE = re.compile(CREDIT_IN_BRACKETS, re.IGNORECASE)
CAPTION = re.compile(
    r"^(?:photo(?:graph)?|picture|image|illustration|credit|caption|graphic)s?"
    r"(?:\s+(?:credit|caption))?\s*:"
    r"|^(?:figure|fig\.|plate)\s+\d+[.:]\s"  # a figure's number: "Figure 1. The seaward wall …"
    # … a stock photo's credit alone: "Photo by Ksenia Halloran / Unsplash", "Photo by Ann Lee
    # on Unsplash" (the photographer, then the library; "Photographs by Women of the Valley"
    # is a heading)
    r"|^photo by\s+(?-i:[A-Z])[^.!?/]{0,40}?(?:\s+/\s+|\s+on\s+)(?-i:[A-Z])[^.!?/]{0,30}$"
    r"|^(?:getty images|shutterstock|alamy|reuters|ap photo|afp)\b"
    rf"|{CREDIT_IN_BRACKETS}$"
    # … or ends with one: "… on the east side. Photo: Carla Mendez / The Courier"
    # (a name, capitalised: "Image: a cracked riverbed" is the essay's own sentence)
    r"|[.!?]\s+(?:photo(?:graph)?|picture|image|illustration)s?(?:\s+by\s+|\s*:\s*)"
    # (… "Photo by the author.", Medium's "Image by author")
    r"(?:(?-i:[A-Z])[^.!?]{0,59}|(?:the\s+)?(?:author|writer)\.?)$"
    # … or is one alone: "Image by author", "Photo by the author."
    r"|^(?:photo(?:graph)?|picture|image|illustration)s?\s+by\s+(?:the\s+)?(?:author|writer)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Removed:
    line: int  # raw line number
    text: str
    rule: str  # one of RULES

    @classmethod
    def of(cls, line: Line, rule: str) -> Removed:
        """A line removed by a rule, as the report lists it."""
        return cls(line.number, line.text.strip(), rule)


def removed_lines(lines: list[Line], rule: str) -> list[Removed]:
    """The lines, each removed by the rule."""
    return [Removed.of(line, rule) for line in lines]


# --- running heads and page numbers ------------------------------------------------------------


def repeated_lines(lines: list[Line], at_least: int = REPEATS) -> dict[str, list[tuple[int, Line]]]:
    """Short lines seen `at_least` times (digits aside), with their text-line ordinals.

    Notes and bullets may repeat their opening words; they are no running heads, and neither
    are page numbers.
    """
    seen: dict[str, list[tuple[int, Line]]] = defaultdict(list)
    texts = [line for line in lines if not line.blank]
    for ordinal, line in enumerate(texts):
        text = line.text.strip()
        if (
            len(text) <= REPEATED_MAX_CHARS
            and re.search(r"[^\W\d_]", text)
            and not re.match(r"\[\d+\]|[" + BULLETS + "]", text)
            and lone_number(text) is None  # "Page 3" is a page number
        ):
            seen[re.sub(r"\d+", "N", text)].append((ordinal, line))
    return {key: found for key, found in seen.items() if len(found) >= at_least}


def _page_spaced(ordinals: list[int], last_may_be_short: bool = False) -> bool:
    gaps = [b - a for a, b in zip(ordinals, ordinals[1:])]
    if not gaps or min(gaps) < PAGE_MIN_LINES:
        return False
    usual = gaps[:-1] if last_may_be_short and len(gaps) > 1 else gaps
    return max(usual) <= PAGE_SPREAD * min(usual)


def running_heads(lines: list[Line]) -> set[int]:
    """Raw line numbers of the running heads: repeated short lines once a page.

    A page holds a head and a foot at most: when more lines than that repeat, it is the text
    that repeats itself, and nothing is removed.
    """
    heads = {
        line.number
        for found in repeated_lines(lines).values()
        # A foot on a short last page comes sooner; with only three, two gaps must agree.
        if _page_spaced([ordinal for ordinal, _ in found], last_may_be_short=len(found) > REPEATS)
        for _, line in found
    }
    pages = sum(not line.blank for line in lines) / PAGE_MIN_LINES
    return heads if len(heads) <= HEADS_A_PAGE * pages else set()


def lone_number(text: str) -> int | None:
    match = LONE_NUMBER.fullmatch(text.strip())
    if not match or (match["of"] is not None and int(match["of"]) < int(match["page"])):
        return None  # (`12/3` is a day and a month, no page of three)
    return int(match["page"] or match["dashed"])


def page_numbers(lines: list[Line], heads: set[int]) -> set[int]:
    """Raw line numbers of the page numbers.

    A lone number is a page number when it stands next to a running head, or when it is one of
    three or more lone numbers counting up by one at page intervals (the last page may be
    short). A footnote marker on its own line counts up too, but right after its word and at
    the irregular intervals of the notes.
    """
    texts = [line for line in lines if not line.blank]
    numbers = [(o, n, line) for o, line in enumerate(texts) if (n := lone_number(line.text))]
    beside = {
        line.number
        for ordinal, _, line in numbers
        if any(texts[o].number in heads for o in (ordinal - 1, ordinal + 1) if 0 <= o < len(texts))
    }
    counting: set[int] = set()
    run: list[tuple[int, int, Line]] = []
    for item in numbers:
        if run and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        counting |= _counted_pages(run)
        run = [item]
    return beside | counting | _counted_pages(run)


def heads_beside_numbers(lines: list[Line], numbers: set[int]) -> set[int]:
    """Raw line numbers of the running heads a short document shows only twice.

    Three pages carry a head twice at most (the first page often has none), too few to tell a
    head from a refrain by repetition alone; a line is one when it repeats at page intervals
    and every time stands next to a page number. A foot beside the last page's number comes
    sooner on a short last page, as that number does.
    """
    texts = [line for line in lines if not line.blank]
    beside = {o for o, line in enumerate(texts) if line.number in numbers}
    return {
        line.number
        for found in repeated_lines(lines, at_least=2).values()
        if _page_spaced([ordinal for ordinal, _ in found], last_may_be_short=True)
        and all(ordinal - 1 in beside or ordinal + 1 in beside for ordinal, _ in found)
        for _, line in found
    }


def _counted_pages(run: list[tuple[int, int, Line]]) -> set[int]:
    if len(run) < REPEATS or not _page_spaced([o for o, _, _ in run], last_may_be_short=True):
        return set()
    return {line.number for _, _, line in run}


# --- web debris ---------------------------------------------------------------------------------


def _is_debris(text: str) -> bool:
    """Navigation, a section name, a sharing row: a few words, or a row of a few-word items
    set apart by wide gaps (a menu bar), no sentence in them."""
    items = MENU_GAP.split(text.strip())
    # a menu bar's items are a few words each; the site's name may lead it
    short = len(text.split()) <= DEBRIS_MAX_WORDS or (
        len(items) >= MENU_MIN_ITEMS
        and len(items[0].split()) <= SITE_NAME_WORDS
        and all(len(item.split()) <= MENU_ITEM_WORDS for item in items[1:])
        and all(re.search(r"[^\W\d_]", item) for item in items[1:])  # a table's figures: no menu
    )
    return short and not ends_clause(text) and not ends_sentence(text)


def _is_essay_sentence(text: str) -> bool:
    """A sentence that opens with a site's verb but speaks of something else ("Follow the
    money, and …", "Share the load.", "Read more about the pit's history in the county
    archive."): the essay's. A site's call names itself ("Follow us", "Share this article")
    and ends in no stop ("Read more about climate")."""
    return ends_sentence(text) and ESSAY_CALL.match(text) is not None


def _is_boilerplate(text: str) -> bool:
    """`text` stripped: what a site or a mailer sets below the article."""
    return _is_mailer(text) or (
        len(text.split()) <= BOILERPLATE_MAX_WORDS
        and (
            (BOILERPLATE.search(text) is not None and not _is_essay_sentence(text))
            # a postal address, which a newsletter's footer must give, on a line that is no
            # sentence (the essay's "Write to me at 4 Quay Street, AM1 4QR." is one)
            or (POSTCODE.search(text) is not None and not ends_sentence(text))
        )
    )


def is_masthead(text: str) -> bool:
    """Parts set apart by bars or dashes, one of them a date or an issue number."""
    parts = MASTHEAD_PARTS.split(text.strip())
    return (
        len(parts) > 1
        and len(text.split()) <= BOILERPLATE_MAX_WORDS
        and not ends_clause(text)
        and any(_dates_or_numbers(part) for part in parts)
    )


NEWSLETTER_MASTHEAD = "a newsletter's name as its # title, and its masthead under it"
#: The rules that take a masthead, whose parts give the publication and the date.
MASTHEAD_RULES = (WEB_TOP, RUNNING_HEAD, NEWSLETTER_MASTHEAD)


def masthead_facts(removed: list[Removed], author: str | None) -> dict[str, str]:
    """What a masthead removed above the title (or as a running head) states: the publication,
    in its first part if that part is a name of two words or more and not the author's
    ("Aldermouth Echo | Opinion | Tuesday 10 March 2026"; not "Home | News | …", "Opinion | …",
    "Jane Smith | …"), and its date; or else the date a reading-time line states ("Apr 9,
    2026 · 6 min read")."""
    timed = (line_date(item.text) for item in removed if item.rule == WEB_TIME)
    date = next((found for found in timed if found), None)
    facts = _masthead_facts(removed, author)
    return {"date": date, **facts} if date else facts


def site_of_title(removed: list[Removed], title: str, author: str | None) -> dict[str, str]:
    """The publisher a page's title line names, removed over the text: the title, then the
    site's name after a bar or a dash, as a browser's tab, a print's header or html2text
    give the page's <title> ("Patients Deserve to Know … — Westmarch Heart Patients'
    Association", "Keep the Links a Links | Comment | Kestermouth Courier"): its last part,
    where it is a name (capitalised, no figure, not the author's, not a section's)."""
    for item in removed:
        *said, site = MASTHEAD_PARTS.split(item.text.strip())
        if (
            said
            and repeats_title(title, said[:1])
            and site[:1].isupper()
            and len(site.split()) <= SITE_NAME_WORDS
            and not any(c.isdigit() for c in site)
            and not (author and author in site)
            and not SECTION.fullmatch(site)
        ):
            return {"publisher": site}
    return {}


def _masthead_facts(removed: list[Removed], author: str | None) -> dict[str, str]:
    for item in removed:
        if item.rule in MASTHEAD_RULES and is_masthead(item.text):
            first, *rest = MASTHEAD_PARTS.split(item.text.strip())
            facts = {}
            named = len(first.split()) > 1 and SECTION.search(first) is None
            if named and not (author and author in first) and not _dates_or_numbers(first):
                facts["publisher"] = first
            dates = [date for part in (first, *rest) if (date := _date_of(part))]
            if dates:
                facts["date"] = dates[0]
            return facts
    return {}


def _dates_or_numbers(part: str) -> bool:
    """A masthead's part that dates it or numbers its issue."""
    return bool(ISSUE.fullmatch(part) or _date_of(part))


def _date_of(part: str) -> str | None:
    """The date a masthead's part gives ("Tuesday 10 March 2026"), as ISO 8601."""
    return parse_date(part)


def _is_mailer(text: str) -> bool:
    text = LINK_ADDRESS.sub("", text).strip()
    return len(text.split()) <= BOILERPLATE_MAX_WORDS and bool(MAILER.search(text))


def is_web_page(lines: list[Line]) -> bool:
    """Whether a text is a web page's, by its first lines, whatever its layout (w3m's dump,
    wrapped, has no link marks): a skip link, or a menu bar (a row of a few-word items set
    apart by wide gaps: "Menu  Home  News  Opinion  About"), among them."""
    top = [line.text.strip() for line in lines if not line.blank][:WEB_PAGE_LINES]
    return any(SKIP_LINK.match(text) or _is_menu_bar(text) for text in top)


def _is_menu_bar(text: str) -> bool:
    """A row of a few-word items set apart by wide gaps, words without figures (a table's row
    of figures is none, nor a journal's head: `THE VALLEY QUARTERLY   Vol. 12   Spring 2024`)."""
    items = MENU_GAP.split(text.strip())
    return (
        len(items) >= MENU_MIN_ITEMS
        and all(re.search(r"[^\W\d_]", item) and not re.search(r"\d", item) for item in items)
        and _is_debris(text)
    )


def is_newsletter(lines: list[Line], wrapped: bool) -> bool:
    """Whether the text is an e-mail newsletter's: a mailer's line that is no sentence among
    its first or last lines ("View this email in your browser", "Unsubscribe"), whatever the
    letter's layout (a plain-text part is wrapped at 72 columns, not set a paragraph a line)."""
    texts = [line.number for line in lines if not line.blank]
    ends = set(texts[:NEWSLETTER_LINES] + texts[-NEWSLETTER_LINES:])
    # Only the blocks around the first and last lines are read (a long text's middle is not).
    near = [line for line in lines if not texts or _near_ends(line.number, texts)]
    return any(
        unit[0].number in ends and not ends_sentence(_unit_text(unit))
        for unit in _mailer_units(near, wrapped)
    )


def _near_ends(number: int, texts: list[int]) -> bool:
    reach = NEWSLETTER_LINES * 4  # the first and last lines' blocks
    return number <= texts[min(reach, len(texts) - 1)] or number >= texts[-min(reach, len(texts))]


def _mailer_units(lines: list[Line], wrapped: bool) -> list[list[Line]]:
    """The units a mailer's line may be: each line of a page set a paragraph a line; in a
    wrapped text, a whole block of lines (its sentence wrapped at 72 columns: "You are
    receiving this email because …" / "… on our website."), or a block's first line when the
    block goes on with a heading or a byline (the title under "View it online (https://…)").
    A line of a block of prose is never one ("Unsubscribe from half of them, …" opening a
    paragraph: a code review's probe)."""
    if not wrapped:
        return [[line] for line in lines if not line.blank and _is_mailer(line.text)]
    units = []
    for block in blocks_by_blank_lines(lines):
        stands_apart = [looks_like_heading(line.text) or metadata_line(line.text) for line in block]
        if _is_mailer(_unit_text(block)) and not any(stands_apart[1:]):
            units.append(block)
        elif (
            len(block) > 1
            and _is_mailer(block[0].text)
            and (stands_apart[1] or _whole_mailer_line(block[0].text))
        ):
            units.append(block[:1])
    return units


def _whole_mailer_line(text: str) -> bool:
    """A mailer's line that is the whole of one, though the letter runs on under it: it
    carries its link's address, or is a few words ("View this email in your browser");
    "Forward to a friend the ones you value, …" opening a paragraph is the essay's."""
    return bool(LINK_ADDRESS.search(text)) or (
        len(text.split()) <= DEBRIS_MAX_WORDS and not ends_sentence(text)
    )


def _unit_text(unit: list[Line]) -> str:
    return " ".join(line.text.strip() for line in unit)


def mailer_lines(lines: list[Line], wrapped: bool) -> list[Line]:
    """The lines an e-mail newsletter's mailer sets around the letter ("View this email in
    your browser", "Unsubscribe | Update preferences", "Forward to a friend"; `_mailer_units`):
    anywhere when they are no sentence, and above the letter (its byline or first sentence) or
    below its last sentence when they are."""
    texts = [line for line in lines if not line.blank]
    units = _mailer_units(lines, wrapped)
    mailer = {line.number for unit in units for line in unit}
    letter = [  # the letter's sentences: not the mailer's, nor a © line below them
        line.number
        for line in texts
        if ends_sentence(line.text) and line.number not in mailer and not metadata_line(line.text)
    ]
    first = min(
        [*letter[:1], *(line.number for line in texts if metadata_line(line.text))],
        default=len(lines) + 1,
    )
    last = letter[-1] if letter else -1
    return [
        line
        for unit in units
        if not ends_sentence(_unit_text(unit)) or not first <= unit[0].number <= last
        for line in unit
    ]


def pull_quotes(lines: list[Line]) -> list[Line]:
    """A line standing alone that repeats, word for word, whole sentences of a longer
    paragraph: a pull quote, the body's own words set again in display type, in quotation
    marks or beside the paragraph it quotes. The first and last paragraphs are the essay's
    (an opening or a closing refrain), and no pull quote: display type is set inside the text.
    On a web page every paragraph is one line, so the shape alone cannot tell. In quotation
    marks and without the sentence's stop, it may run over `PULL_QUOTE_LINES` lines (a block
    quotation over lines keeps its stop, and stays), and so may one that keeps its stop where
    it says again the sentences that end the block right above or below it, the words just
    read: a block quotation quotes another's words, not the sentence set beside it (a board
    paper's quote under the paragraph a page break cut, its last sentence)."""
    blocks = blocks_by_blank_lines(lines)
    # (a wrapped paragraph's lines joined as the edition joins them: `plot-` / `holders.`)
    texts = [join_lines([" ".join(line.text.split()) for line in block]) for block in blocks]
    paragraphs = [index for index, text in enumerate(texts) if ends_sentence(text)]
    found = []
    for index in range(len(texts)):
        text = texts[index]
        quoted = text.strip(OPENING_QUOTES + CLOSING_QUOTES + " ")
        marked = text[:1] in OPENING_QUOTES and text[-1:] in CLOSING_QUOTES
        # (display type in quotation marks may drop the sentence's stop, and then run over
        # lines: a block quotation keeps its stop)
        display = marked and not ends_sentence(quoted)
        if display:
            quoted += "."
        inside = paragraphs and paragraphs[0] < index < paragraphs[-1]
        beside = texts[max(0, index - 1) : index] + texts[index + 1 : index + 2]
        echo = marked and any(_ends_with_sentences(other, quoted) for other in beside)
        lines_set = len(blocks[index]) <= (PULL_QUOTE_LINES if display or echo else 1)
        if not (inside and lines_set and len(quoted.split()) >= PULL_QUOTE_MIN_WORDS):
            continue
        near = range(max(0, index - PULL_QUOTE_WITHIN), index + PULL_QUOTE_WITHIN + 1)
        sources = texts if marked else texts[near.start : near.stop]
        if ends_sentence(quoted) and any(_has_sentences(other, quoted) for other in sources):
            found += blocks[index]
    return found


def pull_quotes_in_runs(lines: list[Line]) -> list[Line]:
    """A pull quote set among lines with no blank line around it, as a PDF's extraction gives
    every paragraph: at most `PULL_QUOTE_LINES` lines, the first opening with a quotation mark
    right under a line that ends a sentence, the last closing it right over a line that opens
    one, and its words a sentence the text says elsewhere, word for word (`pull_quotes` finds
    it where blank lines part the blocks)."""
    texts = [line.text.strip() for line in lines]
    found: list[Line] = []
    for start, text in enumerate(texts):
        # (right under a line of text: a quotation set apart by blank lines is `pull_quotes`'
        # to judge, and a deed quoted whole, then again in a paragraph, stays)
        if text[:1] not in OPENING_QUOTES or not (start and ends_sentence(texts[start - 1])):
            continue
        end = next(
            (
                end
                for end in range(start, min(start + PULL_QUOTE_LINES, len(texts)))
                if texts[end][-1:] in CLOSING_QUOTES
            ),
            None,
        )
        if end is None or any(not texts[i] for i in range(start, end + 1)):
            continue
        after = texts[end + 1] if end + 1 < len(texts) else ""
        quoted = join_lines(texts[start : end + 1]).strip(OPENING_QUOTES + CLOSING_QUOTES + " ")
        quoted += "" if ends_sentence(quoted) else "."
        if len(quoted.split()) < PULL_QUOTE_MIN_WORDS or not after[:1].isupper():
            continue
        rest = join_lines(texts[:start] + texts[end + 1 :])
        if _has_sentences(rest, quoted):
            found += lines[start : end + 1]
    return found


def _ends_with_sentences(paragraph: str, sentences: str) -> bool:
    """Whether the paragraph ends with these sentences, and says more before them."""
    head = paragraph[: -len(sentences)].rstrip()
    return paragraph.endswith(sentences) and bool(head) and ends_sentence(head)


def _has_sentences(paragraph: str, sentences: str) -> bool:
    """Whether the paragraph says these sentences, from a sentence's start, and more."""
    if len(paragraph) <= len(sentences):
        return False
    start = paragraph.find(sentences)
    while start >= 0:
        end = start + len(sentences)
        if (start == 0 or ends_sentence(paragraph[:start])) and not paragraph[
            end : end + 1
        ].strip():
            return True
        start = paragraph.find(sentences, start + 1)
    return False


def _is_subtitle(text: str) -> bool:
    """A line under the title that is no sentence (no closing stop, no question mark: "What
    would it cost the valley?" is a standfirst) and no headline: in
    sentence case, and too long for a heading ("A midwife of nineteen years on what the plan
    would cost")."""
    return not (
        ends_clause(text) or ends_sentence(text) or is_title_case(text) or looks_like_heading(text)
    )


def debris_before_title(
    texts: list[Line], bylines: dict[int, str]
) -> tuple[list[Line], list[Line]]:
    """The site's lines above the article: everything before the title, when all of it is
    debris; and the subtitle under the title. The title is known by the byline or date under
    it (or a byline without "By", metadata.front_bylines): the first line above them with no
    closing stop, followed only by its own repeats, by a standfirst (whole sentences, which
    webinserts.standfirst takes where a "By" byline is under it) or by a subtitle (one line of
    no sentence, which goes)."""
    top = texts[:BYLINE_WITHIN]
    byline = _byline_index(top, bylines)
    if not byline:
        return [], []
    for title in range(byline):
        between = _run_on(top[title + 1 : byline])
        subtitle = len(between) == 1 and _is_subtitle(between[0])
        # A standfirst is a sentence, and no headline; nor is a byline's name and post a title.
        if (
            not may_be_title(top[title].text)
            or SKIP_LINK.match(top[title].text.strip())
            or post_byline(top[title].text)
            or not (
                repeats_title(top[title].text, between)
                or subtitle
                or all(ends_sentence(text) and not is_title_case(text) for text in between)
            )
        ):
            continue
        before = top[:title]
        # The site's lines: navigation, breadcrumbs, a masthead, and at most one tagline
        # between them ("Local news, views and the occasional grumble from the Vale"), not
        # above the title (its first line, over two: "… Why Wenmoor Connect Is the").
        other = [
            i
            for i, line in enumerate(before)
            if not (
                _is_debris(line.text) or is_masthead(line.text) or BREADCRUMBS.fullmatch(line.text)
            )
        ]
        site = len(other) <= 1 and all(
            0 < i < len(before) - 1 and _is_tagline(before[i].text) for i in other
        )
        return (before if site else []), (top[title + 1 : byline] if subtitle else [])
    return [], []


def _run_on(lines: list[Line]) -> list[str]:
    """The texts of the lines, a line that a lower-case line right under it goes on joined to
    it (a wrapped standfirst: `… and the captain` / `of the women's section. …`)."""
    texts: list[str] = []
    for line, above in zip(lines, [None, *lines], strict=False):
        text = line.text.strip()
        if above and line.number == above.number + 1 and text[:1].islower():
            texts[-1] = f"{texts[-1]} {text}"
        else:
            texts.append(text)
    return texts


def skip_link_top(lines: list[Line]) -> list[Removed]:
    """A web page's lines down to its skip link and the menu right under it: above the link,
    a banner over the page (a sign-in box, a cookie notice: `Agree & Join LinkedIn`, `By
    clicking Continue …`), the site's, sentences and all; under it, a menu's items, a line
    each (`Articles`, `People`, `Join now`), `MENU_MIN_ITEMS` at least, but a short title over
    the byline. Only under a banner: a page that opens with its skip link is the web rules'
    (`debris_before_title`). Read before the byline is looked for, which stands among the
    page's own first lines; and a button on the article among them (`Report this article`),
    which stands where a subtitle would."""
    texts = [line for line in lines if not line.blank]
    skip = next(
        (i for i, line in enumerate(texts[:WEB_PAGE_LINES]) if SKIP_LINK.match(line.text.strip())),
        None,
    )
    if not skip:
        return []  # no banner: the page's top is the web rules' (`debris_before_title`)
    menu = list(
        itertools.takewhile(
            lambda line: (
                len(line.text.split()) <= MENU_ITEM_WORDS
                and not ends_sentence(line.text)
                and not metadata_line(line.text)
            ),
            texts[skip + 1 :],
        )
    )
    after = texts[skip + 1 + len(menu) : skip + 2 + len(menu)]
    if after and metadata_line(after[0].text):
        menu = menu[:-1]  # the last short line, over the byline, is the title
    menu = menu if len(menu) >= MENU_MIN_ITEMS else []
    # (and the article's buttons under the title, where a subtitle would stand)
    start = skip + 1 + len(menu)
    buttons = [
        line
        for line in texts[start : start + BYLINE_WITHIN]
        if ARTICLE_BUTTON.fullmatch(line.text.strip())
    ]
    return removed_lines(texts[: skip + 1] + menu, WEB_TOP) + removed_lines(buttons, WEB_BUTTON)


def _is_tagline(text: str) -> bool:
    """A site's motto under its name: a line of a few words with no sentence's end."""
    return len(text.split()) <= TAGLINE_MAX_WORDS and not (ends_clause(text) or ends_sentence(text))


def _byline_index(top: list[Line], bylines: dict[int, str]) -> int | None:
    """Where the first byline or date line stands among the first lines."""
    return next(
        (i for i, line in enumerate(top) if metadata_line(line.text) or line.number in bylines),
        None,
    )


def _is_site_mark(text: str) -> bool:
    """A line only a site sets: a count alone ("214"), a button ("Share"), a reading time, a
    row of reactions, a row's separator alone ("·"), the site's address alone (a browser's
    reader view sets it under the byline), a button to the article's file ("Download PDF
    (184 KB)")."""
    text = text.strip()
    return bool(
        COUNT.fullmatch(text)
        or BUTTON.fullmatch(text)
        or DOWNLOAD_BUTTON.fullmatch(text)
        or READING_TIME.search(text)
        or LONE_SEPARATOR.fullmatch(text)
        or DOMAIN.fullmatch(text)
        or _is_reactions(text)
    )


def under_byline(texts: list[Line], bylines: dict[int, str]) -> list[Line]:
    """The site's lines between the byline and the text, as a post's page copied from a
    browser sets them (`Ron Gadsby` again, `Follow`, `Published in` / the publication, `6 min
    read`, the claps and comments as bare counts, `Listen`, `Share`): the short lines without
    a sentence's punctuation under the byline, down to the last that only a site sets (a count
    alone, a button, a reading time), when a reading time or two counts are among them, or
    when they are buttons drawn with their sign (LinkedIn's `+ Follow` under the date). A heading
    that opens the text stands below them all and stays; a date line stays for the front
    matter."""
    byline = _byline_index(texts[:BYLINE_WITHIN], bylines)
    if byline is None:
        return []
    run: list[Line] = []
    for line in texts[byline + 1 :]:
        if not (_is_debris(line.text) or metadata_line(line.text) or line.number in bylines):
            break
        run.append(line)
    marks = [index for index, line in enumerate(run) if _is_site_mark(line.text)]
    # A reading time, or the claps and the comments: one bare number may be a heading ("1945").
    counts = sum(bool(COUNT.fullmatch(line.text.strip())) for line in run)
    counted = counts >= 2 or any(READING_TIME.search(line.text) for line in run)
    if not marks:
        return []
    site = [line for line in run[: marks[-1] + 1] if not metadata_line(line.text)]
    # Or buttons drawn as buttons under the byline, its post and the date (LinkedIn's
    # `+ Follow`): a plain "Follow" or "Share" may be the text's first heading.
    others = [line.text.strip() for line in site if line.number not in bylines]
    buttons = bool(others) and all(
        text.startswith("+") and BUTTON.fullmatch(text) for text in others
    )
    return site if counted or buttons else []


def author_card(texts: list[Line]) -> list[Line]:
    """The author's card a post's page sets below the text: a line `Written by NAME`, a few
    short lines (followers, `Writer for …`, a one-line blurb, which may be a sentence) and the
    button that closes it (`Follow`), among the site's lines: every line below it is the
    site's (`debris_after_text`, the card aside). Without its button, or with a long line in
    it, or with prose below it, it is no card."""
    for index, line in enumerate(texts):
        written = WRITTEN_BY.fullmatch(line.text.strip())
        if not written or not names_people(written[1]):
            continue
        for end in range(index + 1, min(len(texts), index + 1 + CARD_LINES)):
            if BUTTON.fullmatch(texts[end].text.strip()):
                break
            if len(texts[end].text.split()) > BOILERPLATE_MAX_WORDS:
                return []
        else:
            return []
        card = texts[index : end + 1]
        site = {found.number for found in debris_after_text(texts[:index] + texts[end + 1 :])}
        # a date line there is kept for the front matter, as below any text (or read as the
        # date of a teaser's reading-time row)
        kept = (below.number in site or metadata_line(below.text) for below in texts[end + 1 :])
        return card if all(kept) else []
    return []


def reading_time_rows(texts: list[Line]) -> list[Line]:
    """Reading-time and update lines ("6 min read", "Updated …"), each with the lines of its
    row when a browser's copy has broken it at its separators (metadata.row_of: "6 min read" /
    "·" / "Mar 19, 2026"); not a byline that gives its reading time ("By Ann Lee | 9 May 2024 |
    7 min read"), which the front matter reads, the time aside (metadata.py)."""
    found: dict[int, Line] = {}
    for index, line in enumerate(texts):
        if (
            len(line.text.split()) <= READING_TIME_MAX_WORDS
            and READING_TIME.search(line.text)
            and not states(line.text, "author")  # a byline with its reading time: read
        ):
            found.update((mate.number, mate) for mate in row_of(texts, index))
    return [found[number] for number in sorted(found)]


def debris_after_text(texts: list[Line]) -> list[Line]:
    """The site's lines below the article: from the end up to the last line of prose.

    Metadata lines there (a date, an author, the © line naming the publisher) are kept for
    the front matter; a note ends the scan, like prose, and so does an entry of a numbered
    list the text cites (`1. https://…` under `References`, cited `[1]`). Headlines longer
    than debris count as the site's only under a list heading ("More from Opinion",
    "Related"). Without prose, nothing is removed.
    """
    found: list[Line] = []
    below: list[Line] = []  # what was found below the unconfirmed headlines
    headlines: list[Line] = []  # unconfirmed until a list heading stands above them
    cited = {m[1] for line in texts for m in INLINE_MARKER.finditer(line.text)}
    # Under a date the top states (above the first sentence), a date below the text is a
    # listed post's ("June 14, 2024").
    opening = next((i for i, line in enumerate(texts) if ends_sentence(line.text)), 0)
    dated = any(
        line_date(line.text) or "date" in (metadata_line(line.text) or {})
        for line in texts[: min(opening, 2 * BYLINE_WITHIN)]
    )
    for line in reversed(texts):
        text = MARKDOWN_HASHES.sub("", line.text.strip())  # html2text's `### Share this:`
        if dated and (found or headlines) and line_date(text):
            found.append(line)
            continue
        if metadata_line(text):
            continue
        entry = NUMBERED_ENTRY.match(text)
        # the essay's, like prose, whatever its shape
        note = re.match(r"\[\d+\]", text) or (entry and entry[1] in cited)
        if not note and (_is_debris(text) or _is_boilerplate(text)):
            if LIST_HEADING.match(text):
                found += headlines
                headlines = []
            found.append(line)
        elif not note and _is_headline(text):
            below = below if headlines else list(found)
            headlines.append(line)
        else:
            return sorted(below if headlines else found, key=lambda kept: kept.number)
    return []  # no prose above: nothing is known to be the site's


def blog_footer(texts: list[Line]) -> list[Line]:
    """Blogger's lines under its post: all below its footer, `Posted by NAME at 10:14` (the
    comment count perhaps on its line), where Blogger's own lines follow it (the share row,
    `Labels:`, `Post a Comment`, …): sharing, labels, comments and their dates, older and newer
    posts, the sidebar with its "About Me" prose. A blog that heads its post, or each entry of
    a live blog, with such a line has none of them under it."""
    for index in reversed(range(len(texts))):
        if POSTED_AT.fullmatch(texts[index].text.strip()) and any(
            BLOGGER_LINE.match(line.text.strip()) for line in texts[index + 1 : index + 4]
        ):
            return texts[index + 1 :]
    return []


def _is_reactions(text: str) -> bool:
    """Icons and counts, and a word or two: the row a web page sets under its byline and under
    each comment ("♡ 214  💬 37  ↗ Share", "♡ 41  Reply"); no sentence is made of icons."""
    icons = counts = words = 0
    for token in text.split():
        kinds = {unicodedata.category(char) for char in token}
        if "So" in kinds and kinds <= {"So", "Sm", "Mn"}:  # an icon: a pictograph, an arrow
            if any(char in "©®°" for char in token):
                return False
            icons += 1
        elif COUNT.fullmatch(token):
            counts += 1
        elif token.lower() in REACTION_LABELS:
            words += 1
        else:
            return False  # "✅ 3 schools reopened": a tally of the essay's own
    return icons > 0 and counts > 0 and words <= REACTION_WORDS_MAX


def readers_comments(texts: list[Line]) -> list[Line]:
    """The readers' comments under a web page's article: below a comment count standing on a
    line of its own ("37 Comments", "Comments (14)", "3 thoughts on “…”"), every line, the
    short ones too (a commenter's name, numbered or not, a date, "Reply", a form's fields), but
    the site's own (a © line, which names the publisher for the front matter, a reactions row,
    "Powered by …"), which `debris_after_text` reads.
    A comment count stands below the text: with no prose above it, it is not one; and the
    first comment opens with its writer's name or a date, not with prose ("Comments (2)" over
    a paragraph of the essay is its own heading)."""
    for index, line in enumerate(texts):
        if (
            COMMENT_COUNT.fullmatch(line.text.strip())
            and any(ends_sentence(above.text) for above in texts[:index])
            and index + 1 < len(texts)
            and _opens_a_comment(texts[index + 1].text)
            and _medium_responses(texts, index)
        ):
            return [
                below
                for below in texts[index + 1 :]
                if not (
                    _is_boilerplate(below.text.strip())
                    or _is_reactions(below.text)
                    or "publisher" in (metadata_line(below.text) or {})
                )
            ]
    return []


def _medium_responses(texts: list[Line], index: int) -> bool:
    """Whether a count at `index` that says "Responses (3)" stands over Medium's responses:
    its form ("Write a response", "What are your thoughts?") or a responder's name over the
    date (`Jen Penrose` / `Mar 14, 2026`) within the next lines. An essay's own section headed
    so (a consultation's replies, each under its body's name, no date) is the essay's. Any
    other count is left to its own shape."""
    if not MEDIUM_COUNT.fullmatch(texts[index].text.strip()):
        return True
    below = [line.text.strip() for line in texts[index + 1 : index + 1 + MEDIUM_LOOKAHEAD]]
    return any(MEDIUM_FORM.fullmatch(text) for text in below) or any(
        not ends_sentence(name) and line_date(date) for name, date in itertools.pairwise(below)
    )


def _opens_a_comment(text: str) -> bool:
    """A comment's first line: its writer's name (numbered or not) or its date, a short line;
    not a line of prose (a heading "One response to “The Plan”" over the essay's paragraph)."""
    text = NUMBERED_ENTRY.sub("", text.strip(), count=1)
    return bool(line_date(text)) or (_is_debris(text) and not ends_sentence(text))


def _is_headline(text: str) -> bool:
    # (a listed post's title may ask: `• Seaside bus passes: who gains?`)
    asks = text.lstrip().startswith(tuple(BULLETS)) and text.rstrip().endswith(("?", "!"))
    return len(text.split()) <= HEADLINE_MAX_WORDS and (asks or not ends_sentence(text))


def is_caption(text: str) -> bool:
    """A caption's shape: short, and opening or ending as captions do (`Photo: …`, `Figure 1.
    …`, `… (Getty Images)`)."""
    return len(text.split()) <= CAPTION_MAX_WORDS and CAPTION.search(text.strip()) is not None


def captions(texts: list[Line]) -> list[Line]:
    """Image captions and credits between two paragraphs (`Photo: pupils at lunch.`,
    `The valley in spring (Getty Images)`): short lines of a caption's shape; and a caption's
    line right above a credit alone on its line, standing apart from the text above (a blank
    line between) and ending no sentence (`Dunstock library, which opened in 1972, …` over
    `(Image: Wendle Gazette)`; a paragraph's last line over a credit is the paragraph's)."""
    found = [index for index, line in enumerate(texts[:-1]) if index and is_caption(line.text)]
    above = [
        index - 1
        for index in found
        if index > 1
        and index - 1 not in found
        and CREDIT_ALONE.fullmatch(texts[index].text.strip())
        and texts[index - 1].number == texts[index].number - 1
        and texts[index - 2].number < texts[index - 1].number - 1  # a blank line above it
        and not texts[index + 1].text.lstrip()[:1].islower()  # … and no sentence going on below
        and len(texts[index - 1].text.split()) <= CAPTION_MAX_WORDS
        and not ends_clause(texts[index - 1].text)
    ]
    return [texts[index] for index in sorted({*found, *above})]


def web_debris(lines: list[Line], bylines: dict[int, str], wrapped: bool = False) -> list[Removed]:
    """The site's lines of a web page, each with its rule (`bylines`: metadata.front_bylines;
    `wrapped`: a text browser's dump or an e-mail's text part, its paragraphs blocks of lines).
    Where two rules take a line, the later one in this order names it."""
    texts = [line for line in lines if not line.blank]
    comments = readers_comments(texts)
    commented = {line.number for line in comments}
    card = author_card([line for line in texts if line.number not in commented])
    carded = commented | {line.number for line in card}
    above_comments = [line for line in texts if line.number not in carded]
    site, subtitle = debris_before_title(texts, bylines)
    found = {
        line.number: Removed.of(line, rule)
        for rule, removed in (
            (WEB_UNDER_BYLINE, under_byline(texts, bylines)),
            (WEB_AUTHOR_CARD, card),
            (WEB_COMMENTS, comments),
            (WEB_REACTIONS, [line for line in texts if _is_reactions(line.text)]),
            (WEB_CAPTION, captions(texts)),
            (WEB_BOTTOM, _by_blocks(debris_after_text, above_comments, wrapped)),
            (BLOG_FOOTER, blog_footer(texts)),
            (WEB_TIME, reading_time_rows(texts)),
            (WEB_SUBTITLE, subtitle),
            (WEB_TOP, site),
            (WEB_MAILER, mailer_lines(lines, wrapped)),
        )
        for line in removed
    }
    # Among the text's own lines: a footer or a © line is no last paragraph, a caption no source.
    own = [line for line in lines if line.number not in found and not metadata_line(line.text)]
    for line in pull_quotes(own):
        found[line.number] = Removed.of(line, PULL_QUOTE)
    return [found[number] for number in sorted(found)]


def _by_blocks(rule, texts: list[Line], wrapped: bool) -> list[Line]:
    """A rule over a web page's lines, read over a wrapped page's blocks: each block (its lines
    one under the other, but a metadata line, which stands alone, and a list's items, each a
    unit) read as one line, and all its lines found when it is."""
    if not wrapped:
        return rule(texts)
    blocks: list[list[Line]] = []
    for line in texts:
        # A metadata line (a date, the © line) stands alone: the front matter reads it; a list's
        # item starts a unit of its own.
        alone = (
            metadata_line(line.text)
            or line.text.lstrip().startswith(tuple(BULLETS))
            or (blocks and metadata_line(blocks[-1][-1].text))
        )
        if blocks and line.number == blocks[-1][-1].number + 1 and not alone:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    joined = {block[0].number: block for block in blocks}
    found = rule([Line(block[0].number, join_lines([x.text for x in block])) for block in blocks])
    return [line for unit in found for line in joined[unit.number]]


def first_page_head(lines: list[Line], heads: set[int]) -> set[int]:
    """The first line when it is a journal's head: a journal sets its name atop the first page,
    above the title ("RURAL HEALTH REVIEW · ESSAY"), and again in the running head of every
    page ("Rural Health Review · Vol. 12 · 2026"). The line's first part names the publication
    a running head names, a running head that dates the issue or numbers it (a masthead): a
    running head that repeats the title (`Streets for People — Ann Lee`) dates nothing."""
    texts = [line for line in lines if not line.blank]
    if not texts or texts[0].number in heads:
        return set()
    first = MASTHEAD_PARTS.split(texts[0].text.strip())
    named = {
        MASTHEAD_PARTS.split(line.text.strip())[0].casefold()
        for line in texts
        if line.number in heads and is_masthead(line.text)
    }
    return {texts[0].number} if len(first) > 1 and first[0].casefold() in named else set()


def headings_list(lines: list[Line]) -> list[Removed]:
    """A document's contents set above its text with no `Contents` heading (Google Docs' table
    of contents in its text export): a block of two short lines or more, no sentence among
    them, before the first line of prose, each of which the text gives again below as a
    heading (a line over a line of prose: a site's name and `Follow` in an author's card below
    are no headings)."""
    texts = [line for line in lines if not line.blank]
    prose = next((line.number for line in texts if _is_prose(line.text)), None)
    if prose is None:
        return []
    # the headings below: lines over a line of prose
    later = {
        line.text.strip()
        for line, below in zip(texts, texts[1:])
        if line.number >= prose and _is_prose(below.text)
    }
    for block in blocks_by_blank_lines([line for line in lines if line.number < prose]):
        entries = [line.text.strip() for line in block]
        if len(block) >= 2 and all(
            len(text.split()) <= HEADING_WORDS and not ends_sentence(text) and text in later
            for text in entries
        ):
            return removed_lines(block, HEADINGS_LIST)
    return []


def _is_prose(text: str) -> bool:
    return ends_sentence(text) and len(text.split()) > HEADING_WORDS


def contents_list(lines: list[Line]) -> list[Removed]:
    """A book's contents list above the essay, as an e-book converted to text keeps it (an
    anthology's: `Contents`, then each essay's title and author, a line each), and the book's
    lines above it (its title); a date line among those stays, for the front matter. Only
    among the text's first lines, and only entries of no sentence up to a blank line."""
    texts = [line for line in lines if not line.blank]
    heading = next(
        (
            i
            for i, line in enumerate(texts[:BYLINE_WITHIN])
            if CONTENTS.fullmatch(line.text.strip())
        ),
        None,
    )
    if heading is None:
        return []
    entries: list[Line] = []
    previous = texts[heading].number
    for line in texts[heading + 1 :]:
        if line.number > previous + (1 if entries else 2):
            break  # one blank line may stand under the heading; the list ends at the next
        if ends_sentence(line.text) or not BOOK_ENTRY.fullmatch(line.text.strip()):
            return []  # the essay's own contents (`1 The history`) is its text
        entries.append(line)
        previous = line.number
    if len(entries) < 2:
        return []
    book = [line for line in texts[:heading] if not metadata_line(line.text)]
    if any(ends_sentence(line.text) for line in book):
        return []
    return removed_lines([*book, texts[heading], *entries], CONTENTS_LIST)


def pictures(lines: list[Line]) -> list[Removed]:
    """A converter's marks for pictures (`[pic]`, alone on a line), each with the caption in a
    block of its own right under it (`Figure 1: Sound level at 15 m …`)."""
    found: list[Line] = []
    for index, line in enumerate(lines):
        if not PICTURE_MARK.fullmatch(line.text.strip()):
            continue
        found.append(line)
        below = list(itertools.takewhile(lambda x: not x.blank, lines[index + 1 :]))
        if not below:  # the caption after a blank line
            rest = list(itertools.dropwhile(lambda x: x.blank, lines[index + 1 :]))
            below = list(itertools.takewhile(lambda x: not x.blank, rest))
        if below and is_caption(join_lines([x.text.strip() for x in below])):
            found += below
    return removed_lines(found, PICTURE)


def status_line(lines: list[Line]) -> list[Removed]:
    """A document's status, its first line (`DRAFT for comment – please do not circulate`,
    `EMBARGOED until 00:01 …`, `CONFIDENTIAL`): a word to its readers, not its title. A
    draft's history line (`Draft 3 — 14 April 2026`) dates it, and stays for the front matter."""
    first = next((line for line in lines if not line.blank), None)
    text = first.text.strip() if first else ""
    if not STATUS.match(text) or len(text.split()) > STATUS_WORDS or metadata_line(text):
        return []
    if date_in(text):
        return []  # (`DRAFT – 14 April 2026`, `Embargoed until … 14 April`: its date, kept)
    return removed_lines([first], DOCUMENT_STATUS)


def closing_notice(lines: list[Line]) -> list[Removed]:
    """A publication's notice closing the text, after its last sentence: a block among the
    last lines that opens with `©` or `Copyright` and a year, `NOTICE_MAX_WORDS` at most (`©
    2026 Institute for Coastal Infrastructure. Published 24 February 2026. This note may be
    reproduced …`): the publisher's, not the author's."""
    texts = [line for line in lines if not line.blank]
    for index in range(max(0, len(texts) - NOTICE_LINES), len(texts)):
        notice = _notice_block(texts[index:])
        opening = NOTICE_OPENING.match(notice[0].text.strip())
        above = texts[index - 1].text if index else ""
        said = sum(len(line.text.split()) for line in notice)
        if opening and ends_sentence(above) and said <= NOTICE_MAX_WORDS:
            return removed_lines(notice, CLOSING_NOTICE)
    return []


def _notice_block(texts: list[Line]) -> list[Line]:
    """The notice's lines: from its first, one right under the other, down to a note's
    opening (`[^1]:`, `1 Source`), which is the text's."""
    block = texts[:1]
    for line in texts[1:]:
        if line.number != block[-1].number + 1 or NOTE_OPENING.match(line.text.strip()):
            break
        block.append(line)
    return block


def notice_facts(removed: list[Removed]) -> dict[str, str]:
    """The date a closing notice states (`Published 24 February 2026.`)."""
    said = " ".join(item.text for item in removed if item.rule == CLOSING_NOTICE)
    published = PUBLISHED_ON.search(said)
    date = parse_date(published["date"].strip()) if published else None
    return {"date": date} if date else {}


def converter_header(lines: list[Line]) -> list[Removed]:
    """The lines a converter prints above the document: `unrtf --text`'s `### Translation from
    RTF performed by UnRTF …`, its `### font table …`, `### author: …` and the rule under them."""
    texts = [line for line in lines if not line.blank]
    if not texts or not CONVERTER_HEADER.match(texts[0].text.strip()):
        return []
    found = []
    for line in texts:
        if not (line.text.startswith("###") or RULE.fullmatch(line.text.strip())):
            break
        found.append(Removed.of(line, CONVERTER))
        if RULE.fullmatch(line.text.strip()):
            break
    return found


def review_comments(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """A document's reviewers' comments, as Google Docs' plain text keeps them: markers `[a]`,
    `[b]` … glued after words, and the comments as `[a]text` lines at the end, each with its
    replies under it. Only when every
    marker has its comment, and every comment its marker: the lines without the markers, and
    the comments' lines."""
    texts = [line for line in lines if not line.blank]
    tail = _comments_tail(texts)
    comments = [line for line in tail if COMMENT_LINE.match(line.text)]
    labels = [COMMENT_LINE.match(line.text)["label"] for line in comments]
    if not comments or labels != sorted(labels):
        return lines, []
    before = texts[len(texts) - len(tail) - 1] if len(texts) > len(tail) else None
    after_notes = before is not None and NUMBERED_NOTE.match(before.text) is not None
    signed = all(COMMENTER.search(line.text) for line in comments)
    # (a reply between two comments: lettered endnotes have none, a credit line after them is
    # no reply)
    answered = any(
        not COMMENT_LINE.match(line.text) and COMMENT_LINE.match(below.text)
        for line, below in zip(tail, tail[1:], strict=False)
    )
    if not (after_notes or signed or answered):
        return lines, []  # lettered endnotes (`[a]Minutes of …`) are the text's own
    gone = {line.number for line in tail}
    marked = [
        line for line in texts if line.number not in gone and COMMENT_MARKER.search(line.text)
    ]
    found = sorted({m["label"] for line in marked for m in COMMENT_MARKER.finditer(line.text)})
    if found != labels:
        return lines, []
    kept = [
        replace(line, text=COMMENT_MARKER.sub("", line.text))
        for line in lines
        if line.number not in gone
    ]
    return kept, removed_lines(tail, REVIEW_COMMENT)


def _comments_tail(texts: list[Line]) -> list[Line]:
    """The text's last lines, when they are comments (`[a]text`), each perhaps with its
    replies right under it (lines with no label, no blank line between); none otherwise."""
    for index, line in enumerate(texts):
        if not COMMENT_LINE.match(line.text):
            continue
        tail = texts[index:]
        if all(
            COMMENT_LINE.match(below.text) or below.number == above.number + 1
            for above, below in zip(tail, tail[1:], strict=False)
        ):
            return tail
    return []


def rule_lines(lines: list[Line]) -> list[Removed]:
    """Lines drawn, not written: `__________`, `-----`, `=====` (a word processor's separator
    above the notes, a plain-text heading's underline); no essay's text."""
    return [
        Removed.of(line, RULE_LINE)
        for index, line in enumerate(lines)
        if RULE.fullmatch(line.text.strip()) or _lone_sign(lines, index)
    ]


def _lone_sign(lines: list[Line], index: int) -> bool:
    """A dash or a book's ornament alone in its block, blank lines around it (`—`, a Word
    document's separator above the bio as markitdown sets it; `§` between parts); on a line
    of a block it is the block's text (a review's probe: a `§` line inside a paragraph)."""
    return (
        bool(LONE_SIGN.fullmatch(lines[index].text.strip()))
        and (index == 0 or lines[index - 1].blank)
        and (index + 1 == len(lines) or lines[index + 1].blank)
    )


def without(
    lines: list[Line], removed: list[Removed], across: bool, parting: bool = False
) -> list[Line]:
    """The lines but the removed ones; `across` a page break (page furniture), also the blank
    lines around them, since a page break is no paragraph break: the text runs on across it.
    `parting`: a run of removed lines between two lines of text leaves a blank line, where
    what was set between paragraphs stood among lines with no blank line (a pull quote in a
    PDF's extraction: `pull_quotes_in_runs`)."""
    gone = {r.line for r in removed}
    if not across:
        kept = []
        for index, line in enumerate(lines):
            if line.number not in gone:
                kept.append(line)
            elif (
                parting
                and kept
                and not kept[-1].blank
                and index + 1 < len(lines)
                and lines[index + 1].number not in gone
                and not lines[index + 1].blank
            ):
                kept.append(Line(line.number, ""))  # (the run's last line: the text goes on)
        return kept
    kept: list[Line] = []
    dropping = False  # inside a run of removed and blank lines
    for line in lines:
        if line.number in gone:
            while kept and kept[-1].blank:
                kept.pop()
            dropping = True
        elif not (dropping and line.blank):
            kept.append(line)
            dropping = False
    return kept
