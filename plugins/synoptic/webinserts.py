"""What a news site sets into an article's text, between its paragraphs: an advertisement's
label, a sharing row, a "Read more: …" link to another article, a cookie notice, and the
standfirst the site writes between the headline and the byline.

These rules run on a web page only (one paragraph per line), before the site's lines above the
title and below the text are looked for (furniture.py): once the inserts are gone, the title
stands right above the byline and the last line of prose is the essay's. Each rule asks for a
shape no essay's paragraph or heading has on its own: a label alone on its line, a row of
buttons set apart by wide gaps, a cue followed by a colon. What is removed is listed in the
report with its rule, as every removal is.
"""

from __future__ import annotations

import re

from .furniture import COUNT, MENU_GAP, MENU_ITEM_WORDS, MENU_MIN_ITEMS, Removed
from .layout import (
    Line,
    blocks_by_blank_lines,
    ends_clause,
    ends_sentence,
    is_title_case,
    join_lines,
    may_be_title,
)
from .metadata import BYLINE_WITHIN, states

WEB_AD = "web page: an advertisement's label (Advertisement, Sponsored) on its own line"
WEB_SHARE = "web page: a sharing row (Share or Follow, then buttons set apart by wide gaps)"
WEB_PROMO = "web page: a link to other pages (Read more:, See also:, Have your say:, …)"
WEB_COOKIES = "web page: a cookie notice (We use cookies …)"
WEB_STANDFIRST = "web page: the standfirst between the title and the byline (the site's summary)"
WEB_SIGNUP = "web page: a newsletter's sign-up box (its call, its button, its e-mail field)"
WEB_RANKED = "web page: a list of the site's articles (Most read, then numbered headlines)"
RULES = (WEB_STANDFIRST, WEB_SHARE, WEB_AD, WEB_PROMO, WEB_COOKIES, WEB_SIGNUP, WEB_RANKED)

# A list of the site's articles between paragraphs: its heading, then headlines numbered or
# bulleted, a line each ("Most read" / "1   Man charged after …").
RANKED_HEADING = re.compile(
    r"(?:most (?:read|popular|viewed|shared)|trending now|popular now)(?: (?:today|this week))?",
    re.IGNORECASE,
)
RANKED_ENTRY = re.compile(r"(?P<rank>\d{1,2})\.?\s+\S.*")
RANKED_MIN_ENTRIES = 3

# The label a site prints over an advertisement's slot, the whole line: "Advertisement",
# "ADVERTISEMENT", "Sponsored content", "Advertisement · Scroll to continue".
AD_LABEL = re.compile(
    r"(?:advert(?:isement)?|sponsored(?: content)?|paid (?:content|partnership)|ad)"
    r"(?:\s*[-–—·|:]?\s*(?:scroll|continue|story continues|article continues)[\w\s]*)?",
    re.IGNORECASE,
)
# A sharing or following row starts with its cue, then its buttons ("Share  Facebook  X").
SHARE_CUE = re.compile(r"(?:share|share (?:this|on)(?: \w+)?|follow(?: us)?)", re.IGNORECASE)
# A link a site sets between paragraphs: its cue, a colon, then the other page's title or the
# invitation ("Read more: Council sets dates …", "Have your say: email letters@…").
PROMO = re.compile(
    r"(?:read more|read also|also read|read next|see also|related|more on this(?: story)?|"
    r"have your say|don['’]t miss|most read|recommended|sign up)\s*:\s*\S",
    re.IGNORECASE,
)
PROMO_MAX_WORDS = 20
# An e-mail or web address: where a site's call sends the reader.
ADDRESS = re.compile(r"\S+@\S+\.\w|https?://|www\.")
# A cookie notice opens by saying so; a consent banner may run to a few sentences.
COOKIES = re.compile(
    r"(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies\b"
    r"|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site\b.*\bcookies\b",
    re.IGNORECASE,
)
COOKIES_MAX_WORDS = 60
# A dedication or an epigraph's address under the title: the author's, not the site's.
DEDICATION = re.compile(r"(?:for|to|in memory of)\s", re.IGNORECASE)
# … and asks the reader to choose, or is a line of a few words.
BARE_NOTICE_WORDS = 8
CONSENT = re.compile(
    r"\b(?:accept all|reject all|allow all|manage (?:your )?(?:preferences|settings|cookies)|"
    r"cookie (?:policy|settings|preferences)|privacy policy|by clicking|"
    r"you (?:can|may) (?:accept|reject|refuse|change|manage|opt|withdraw))\b",
    re.IGNORECASE,
)


# A sign-up box's e-mail field, as a page's copy keeps its placeholder: "Email address".
EMAIL_FIELD = re.compile(
    r"(?:your |(?:enter|type) your )?e-?mail(?: address)?\s*(?:\.\.\.|…)?", re.IGNORECASE
)
# … and what stands over it: its button, its call ("Sign up for the newsletter", "Get new posts
# from X straight to your inbox.").
SIGNUP = re.compile(
    r"\b(?:subscribe|sign up|newsletter|inbox|get (?:new|the latest) posts)\b", re.IGNORECASE
)
SIGNUP_LINES = 4  # the box's lines over its field
SIGNUP_BELOW = 2  # … and under it: its button, the terms of signing up
BOX_NAME_WORDS = 8
SIGNUP_TERMS = re.compile(r"by (?:signing up|subscribing|clicking)\b|you can unsubscribe\b", re.I)
SIGNUP_BUTTON = re.compile(r"subscribe|sign up|join(?: now)?|get updates", re.IGNORECASE)


def signup_box(texts: list[Line], prose: set[int]) -> list[Line]:
    """A newsletter's sign-up box between paragraphs: an e-mail field alone on its line, and
    over it its button ("Subscribe") and the lines of a few words or one sentence that ask
    the reader to sign up, and the box's name over them; under it, its button and its terms
    ("By signing up you agree …"); no line of the essay's prose (`prose`: their numbers)."""
    found: list[Line] = []
    for index, line in enumerate(texts):
        if not EMAIL_FIELD.fullmatch(line.text.strip()):
            continue
        box = [line]
        for above in reversed(texts[max(0, index - SIGNUP_LINES) : index]):
            text = above.text.strip()
            if above.number in prose or len(text.split()) > PROMO_MAX_WORDS:
                break
            if not SIGNUP.search(text):
                # the box's name over its call ("Get the Gazette's Morning Briefing")
                if len(box) > 1 and len(text.split()) <= BOX_NAME_WORDS and not ends_clause(text):
                    box.append(above)
                break
            box.append(above)
        # under the field, its button and the terms of signing up
        for below in texts[index + 1 : index + 1 + SIGNUP_BELOW]:
            text = below.text.strip()
            if below.number in prose or not (
                SIGNUP_BUTTON.fullmatch(text) or SIGNUP_TERMS.match(text)
            ):
                break
            box.append(below)
        # a field with no button by it is no box: an essay may print "Email address"
        if any(SIGNUP_BUTTON.fullmatch(item.text.strip()) for item in box):
            found += sorted(box, key=lambda item: item.number)
    return found


def ranked_list(texts: list[Line], prose: set[int]) -> list[Line]:
    """A list of the site's articles: a heading of its own (`Most read`, `Trending now`; not
    `Top stories`, which an essay may head its own list with) and under it headlines ranked 1,
    2, 3…, a line each and no sentence of prose among them; three at least (a bulleted list
    under `Most popular` is an essay's own)."""
    found: list[Line] = []
    for index, line in enumerate(texts):
        if line.number in prose or not RANKED_HEADING.fullmatch(line.text.strip()):
            continue
        entries = []
        for below in texts[index + 1 :]:
            text = below.text.strip()
            entry = RANKED_ENTRY.fullmatch(text)
            if below.number in prose or not entry or ends_sentence(text):
                break
            if int(entry["rank"]) != len(entries) + 1:
                break  # ranked 1, 2, 3…
            entries.append(below)
        if len(entries) >= RANKED_MIN_ENTRIES:
            found += [line, *entries]
    return found


def is_ad_label(text: str) -> bool:
    return AD_LABEL.fullmatch(text.strip()) is not None


def is_share_row(text: str) -> bool:
    """A cue and at least two buttons, each item of a few words, set apart by wide gaps or
    bars, no sentence and no number among them: "Share  Facebook  X  Email" (not the heading
    "Share the load", whose words a single space sets apart, nor a table's head "Share  2019
    2020")."""
    items = MENU_GAP.split(text.strip())
    return (
        len(items) >= MENU_MIN_ITEMS
        and SHARE_CUE.fullmatch(items[0]) is not None
        and all(
            len(item.split()) <= MENU_ITEM_WORDS
            and not ends_clause(item)
            and not COUNT.search(item)
            for item in items
        )
    )


def is_promo(text: str) -> bool:
    """ "Read more: Council sets dates …": a cue and its colon, then a short line that is
    another page's headline (a capital) or an address ("Have your say: email letters@…"); not
    "Read more about this in the council's report." (no colon), nor the essay's own "Read
    more: the full report is online…" or "Recommended: that the council publish…"."""
    match = PROMO.match(text.strip())
    if match is None or len(text.split()) > PROMO_MAX_WORDS:
        return False
    rest = text.strip()[match.end() - 1 :]
    return rest[:1].isupper() or ADDRESS.search(rest) is not None


def is_cookie_notice(text: str) -> bool:
    """A consent banner: it opens by saying the site uses cookies, and offers the reader a
    choice ("Accept all", "manage your preferences", "You can reject…") or says no more ("This
    website uses cookies to work."); an essay's paragraph on cookies goes on ("We use cookies,
    the banner says, as if that were a confession…")."""
    words = len(text.split())
    return (
        words <= COOKIES_MAX_WORDS
        and COOKIES.match(text.strip()) is not None
        and (CONSENT.search(text) is not None or words <= BARE_NOTICE_WORDS)
    )


def standfirst(texts: list[Line], bylines: dict[int, str] | None = None) -> list[Line]:
    """The site's summary of the article, which it sets between the headline and the byline:
    whole sentences, not in Title Case (a headline's second line is), right under a line that
    may be the title and right above an author's byline (with "By", or a name known as the
    byline: `bylines`), among the first lines; not the author's dedication ("For my mother, who
    kept the house warm."), which stays."""
    top = texts[:BYLINE_WITHIN]
    for index in range(2, len(top)):
        if not (states(top[index].text, "author") or top[index].number in (bylines or {})):
            continue
        title, between = top[index - 2].text, top[index - 1].text
        if (
            may_be_title(title)
            and ends_sentence(between)
            and not is_title_case(between)
            and not DEDICATION.match(between)
        ):
            return [top[index - 1]]
        return []
    return []


def _is_paragraph(text: str) -> bool:
    """A line of prose, longer than a link; a cookie notice is prose too, but the site's."""
    return (
        len(text.split()) > PROMO_MAX_WORDS and ends_sentence(text) and not is_cookie_notice(text)
    )


def web_inserts(
    lines: list[Line], wrapped: bool = False, bylines: dict[int, str] | None = None
) -> list[Removed]:
    """The site's inserts in a web page's text. A label, row or link is an insert above the
    last paragraph (a line of prose longer than a link), its first line aside; below it the
    rule for the site's bottom reads the site's lines (furniture.py). A cookie notice is one
    above the first paragraph or below the last."""
    texts = [line for line in lines if not line.blank]
    found = {line.number: Removed.of(line, WEB_STANDFIRST) for line in standfirst(texts, bylines)}
    # A paragraph is a line of a page copied a paragraph a line (blank lines or none between),
    # or, `wrapped` (a text browser's dump), a block of lines: its lines are never an insert.
    units = blocks_by_blank_lines(lines) if wrapped else [[line] for line in texts]
    paragraphs = [unit for unit in units if _is_paragraph(join_lines([line.text for line in unit]))]
    in_prose = {line.number for block in paragraphs for line in block}
    prose = [index for index, line in enumerate(texts) if line.number in in_prose]
    for line in texts[1 : prose[-1]] if prose else []:
        if line.number in in_prose:
            continue
        text = line.text.strip()
        rule = (
            WEB_AD
            if is_ad_label(text)
            else WEB_SHARE
            if is_share_row(text)
            else WEB_PROMO
            if is_promo(text)
            else None
        )
        if rule:
            found[line.number] = Removed(line.number, text, rule)
    for line in signup_box(texts, in_prose):
        found[line.number] = Removed.of(line, WEB_SIGNUP)
    for line in ranked_list(texts, in_prose):
        found[line.number] = Removed.of(line, WEB_RANKED)
    # A cookie banner stands above the article or below it; between two paragraphs, a line
    # that opens "We use cookies" is the essay's (on tracking, say).
    outside = texts[: prose[0]] + texts[prose[-1] + 1 :] if prose else texts
    for line in outside:
        if is_cookie_notice(line.text):
            found[line.number] = Removed.of(line, WEB_COOKIES)
    return [found[number] for number in sorted(found)]
