"""A web page saved by a text-mode browser (`lynx -dump`): the browser's marks taken out.

lynx numbers every link where it stands, glued before the link's text (`By [7]Gerald`), and
lists the addresses at the end under `References`, one per number, counting up from 1, each
number right-aligned in four columns (`   7. https://…`, `  12. https://…`), perhaps under
`Visible links:` and `Hidden links:`. It sets list items as `   * item` (`+`, `o` deeper down).
Those numbers, marks and addresses are the browser's, not the essay's: they are taken out (each
line listed for the report) before the page is read like any web page. A footnote marker or a
citation is told from a link mark by where it stands: glued *after* its word or stop
(`borough.[1]`) or set apart (`say [1].`), never glued before a word. Only a text that ends in
such a list of addresses, at least as many as its highest link mark, is taken for a dump; an
essay's own bibliography of numbered addresses (`1. https://…`, at the margin) is no such list.
A page a browser saves as text (Firefox's "Text Files") writes each link's address in angle
brackets after its words (`the report <https://…>`): where the text holds `SAVED_MIN_LINKS`
such addresses or more, they are taken out too (the report counts them), and the page is read
like any web page. Any other text is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .furniture import (
    BROWSER_FORM,
    BROWSER_IMAGE,
    BROWSER_LINKS,
    BROWSER_NAVIGATION,
    CAPTION,
    Removed,
)
from .layout import BULLETS, OPENING_QUOTES, Line, blocks_by_blank_lines, ends_sentence
from .metadata import POSTED_AT, line_date, metadata_line

# lynx's list of addresses under `References`: its sub-headings, and `   7. https://…` lines,
# the number right-aligned in four columns (lynx prints it as `%4d.`).
LINK_GROUPS = re.compile(r"(?:Visible|Hidden) links:?")
# (lynx prints an address as the page writes it: a `mailto:` link's subject and body, spaces
# and all, `mailto:?subject=Our schemes&body=…`)
REFERENCE = re.compile(
    r"(?P<column> *(?P<number>\d{1,4}))\.\s+(?:mailto:.*|[a-z][a-z0-9+.-]*:\S*\s*)"
)
REFERENCE_COLUMN = 4
# A link mark: glued before the link's first letter, digit or opening quote, never right after
# a word or a stop (that is a footnote marker: `borough.[1]`); before a space or a stop it is a
# citation (`say [1].`).
LINK_MARK = re.compile(
    rf"(?<![\w.,;:!?)\]’”\"'])\[(\d{{1,4}})\](?=[^\W_]|[{re.escape(OPENING_QUOTES)}])"
)
# A note's way back to its marker at its line's end, a link drawn `↩` (`2025. [19]↩`): the
# page's, as lynx numbers the notes' list itself.
WAY_BACK_LINK = re.compile(r"\s*\[\d{1,4}\]↩[\ufe0e\ufe0f]?(?:\s*\d{1,2})?\s*$")
# A superscript that is a link, as lynx shows it: `^` (its sign for `<sup>`), the link's mark
# and the superscript's number (`2023.^[15]1`): a note's marker, linked to its note.
LINKED_SUPERSCRIPT = re.compile(r"(?<=\S)\^\[\d{1,4}\](?P<n>\d{1,3})(?!\d)")
# lynx's form controls: a button (`(BUTTON) Accept all cookies`), a text field's underscores
# beside its label of a few words (`Search: ____`); not a blank to fill in a sentence, nor a
# line of underscores alone (lynx's rule).
BUTTON = re.compile(r"\((?:BUTTON|RESET|SUBMIT)\)")
TEXT_FIELD = re.compile(r"(?<!\S)_{8,}(?!\S)")
FIELD_LABEL_WORDS = 5
FORM_MAX_LINES = 4
# A link into the page itself, as lynx lists it: the page's address, then `#` and a part.
SELF_LINK = re.compile(r"(?P<number>\d{1,4})\.\s+(?P<address>https?://[^\s#]+)#[\w-]+")
# lynx's bullets, by depth, indented as its lists are.
DUMP_BULLET = re.compile(r"^(?P<indent>\s+)[*+o](?=\s+\S)")
# A row of links (a menu, "Back to Opinion  Share this article"): items set apart by wide gaps
# or by their marks, each a link of a few words, on lines standing apart (a paragraph's last
# line may be a link).
# A block of them is the site's when it holds two links or more: one link alone is shaped like
# a heading, and a linked title or heading is the essay's (where it stands, above the title or
# below the text, is read by the web page's rules, like any line).
LINK_ITEM = re.compile(r"(?:[*+o]\s+)?\[\d{1,4}\]\S.*")
# Between a row's items: a wide gap, or a space before the next link's mark (`[3]Home [4]News`).
ROW_ITEMS = re.compile(r"\s{2,}|(?<![*+o])\s+(?=\[\d{1,4}\])")
LINK_ITEM_WORDS = 4
ROW_MIN_LINKS = 2
# An image as lynx shows it, by its description in brackets, alone on its line: linked
# (`[2][Site logo]`), or above its caption (`[Saddler Street]` / `Saddler Street. Photo: …`).
# Another bracketed line is the page's (`[Editor's note: …]`, `[Smith 2020]`, `[Applause]`).
LINKED_IMAGE = re.compile(r"\[\d{1,4}\]\[[^\[\]]+\]")
IMAGE = re.compile(r"\[(?P<description>[^\[\]]+)\]")


@dataclass(frozen=True)
class Dump:
    lines: list[Line]  # the lines without the browser's marks (all of them if no dump)
    removed: list[Removed] = field(default_factory=list)
    link_marks: int = 0  # link marks taken out of the text
    found: bool = False
    addresses: int = 0  # a page saved as text: the links' addresses taken out (`saved_page`)
    page_url: str | None = None  # the page's own address (`page_address`), if its links give it
    facts: dict[str, str] = field(default_factory=dict)  # a saved post's title and date


# A link's address as a browser's text save writes it after the link's words.
SAVED_ADDRESS = re.compile(r"(?<=\S) <(?P<address>(?:https?|mailto|javascript|ftp):[^<>\s]*)>")
SAVED_MIN_LINKS = 3
#: A post's own address, by its path: its year (`/2026/03/…`) or a page (`….html`); not a list
#: of posts (`/search/label/…`, `/tag/…`) or an author's page.
POST_PATH = re.compile(r"/(?:19|20)\d\d/|\.html?$")
LISTING_PATH = re.compile(r"/(?:search|label|tags?|category|categories|authors?|profile)/")
SAVED_SITE = (
    "page saved as text: the site's lines above a post's title (its name, its description, "
    "the post's date)"
)


def saved_page(lines: list[Line]) -> Dump:
    """A page a browser saved as text: its links' addresses (`text <https://…>`, after a
    word) taken out and its list items as bullets, where it holds `SAVED_MIN_LINKS` different
    addresses or more; a blog post's title, date and address read (`permalinked_title`)."""
    addresses = Counter(m["address"] for line in lines for m in SAVED_ADDRESS.finditer(line.text))
    if len(addresses) < SAVED_MIN_LINKS:  # a page links to places, not to one
        return Dump(lines)
    title = permalinked_title(lines, addresses)
    site = [] if title is None else [line for line in lines[:title] if not line.blank]
    gone = {line.number for line in site}
    read = [
        Line(
            line.number,
            DUMP_BULLET.sub(
                lambda m: m["indent"] + BULLETS[0], SAVED_ADDRESS.sub("", line.text), count=1
            ),
        )
        for line in lines
        if line.number not in gone
    ]
    if title is None:
        return Dump(read, found=True, addresses=addresses.total())
    # The title stays in the text, where `metadata.known_front` takes it as the title it knows.
    link = SAVED_ADDRESS.search(lines[title].text)
    facts = {"title": lines[title].text[: link.start()].strip()}
    texts = [SAVED_ADDRESS.sub("", line.text).strip() for line in site]
    if dates := [date for text in texts if (date := line_date(text))]:
        facts["date"] = dates[0]  # Blogger's date heading, above the title
    return Dump(
        read,
        [Removed(line.number, text, SAVED_SITE) for line, text in zip(site, texts, strict=True)],
        found=True,
        addresses=addresses.total(),
        page_url=link["address"],
        facts=facts,
    )


def permalinked_title(lines: list[Line], addresses: Counter[str]) -> int | None:
    """The index of a saved blog post's title: above the first line that ends a sentence, a
    line that is one link (no bullet, no byline) to the post's own address, which the page
    links to again below: the address Blogger's footer links (`Posted by … at 10:14 <…>`), or
    one shaped as a post's (`POST_PATH`). Not the site's name, linked to its home page. None
    where no line is such a link."""
    footer = {
        m["address"]
        for line in lines
        if POSTED_AT.match(SAVED_ADDRESS.sub("", line.text).strip())
        for m in SAVED_ADDRESS.finditer(line.text)
    }
    for index, line in enumerate(lines):
        text = line.text.strip()
        plain = SAVED_ADDRESS.sub("", text).strip()
        link = SAVED_ADDRESS.search(text)
        if (
            link
            and link.end() == len(text)
            and plain
            and not plain.startswith(tuple(BULLETS + "*+"))
            and not metadata_line(plain)
            and addresses[link["address"]] > 1
            and (link["address"] in footer or _is_post_address(link["address"]))
        ):
            return index
        if ends_sentence(plain):
            return None  # the text has begun: no title above it is linked
    return None


def _is_post_address(address: str) -> bool:
    path = urlsplit(address).path
    return bool(POST_PATH.search(path)) and not LISTING_PATH.search(path)


def _reference_list(lines: list[Line]) -> tuple[int, int] | None:
    """Where lynx's list of addresses starts (its `References` line) and how many it lists, if
    the text ends in one: addresses numbered in lynx's column, counting up from 1 to the end."""
    numbers: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        if lines[index].blank:
            continue
        reference = REFERENCE.fullmatch(text)
        if reference and len(reference["column"]) == REFERENCE_COLUMN:
            numbers.append(int(reference["number"]))
        elif text.strip() == "References":
            counted = numbers[::-1] == list(range(1, len(numbers) + 1))
            return (index, len(numbers)) if numbers and counted else None
        elif not LINK_GROUPS.fullmatch(text.strip()):
            return None
    return None


def page_address(references: list[Line]) -> str | None:
    """The page's own address, as its links into itself give it: lynx lists a link to a part
    of the page (the skip link's `#main`, the comments' `#comments`) with the page's address
    before the `#`. The address two such links share, or the first link's (a skip link)."""
    addresses = [
        match["address"] for line in references if (match := SELF_LINK.fullmatch(line.text.strip()))
    ]
    first = SELF_LINK.fullmatch(references[0].text.strip()) if references else None
    counted = Counter(addresses).most_common(1)
    if counted and counted[0][1] >= 2:
        return counted[0][0]
    return first["address"] if first and first["number"] == "1" else None


def _is_link_row(text: str) -> bool:
    items = ROW_ITEMS.split(text.strip())
    return all(
        LINK_ITEM.fullmatch(item)
        and len(LINK_MARK.sub("", item).split()) <= LINK_ITEM_WORDS + 1  # the bullet
        and not ends_sentence(item)
        for item in items
    )


def is_form_control(text: str) -> bool:
    if BUTTON.search(text):
        return True
    label = TEXT_FIELD.sub(" ", text).split()
    return bool(TEXT_FIELD.search(text)) and 0 < len(label) <= FIELD_LABEL_WORDS


def _images(lines: list[Line]) -> set[int]:
    """The lines that show an image (`LINKED_IMAGE`, or `IMAGE` above its caption)."""
    texts = [line for line in lines if not line.blank]
    found = set()
    for line, below in zip(texts, [*texts[1:], None]):
        text = line.text.strip()
        image = IMAGE.fullmatch(text)
        captioned = (
            image is not None
            and below is not None
            and (
                CAPTION.search(below.text.strip()) is not None
                or below.text.strip().startswith(image["description"])
            )
        )
        if LINKED_IMAGE.fullmatch(text) or captioned:
            found.add(line.number)
    return found


def browser_dump(lines: list[Line]) -> Dump:
    """The lines without lynx's list of addresses, its rows of links, its images and its link
    marks, with its bullets as bullets; a page saved as text without its links' addresses
    (`saved_page`); unchanged if neither."""
    found = _reference_list(lines)
    if found is None:
        return saved_page(lines)
    start, references = found
    marks = [int(m[1]) for line in lines[:start] for m in LINK_MARK.finditer(line.text)]
    if not marks or max(marks) > references:  # each mark has its address
        return Dump(lines)
    removed = [Removed.of(line, BROWSER_LINKS) for line in lines[start:] if not line.blank]
    blocks = blocks_by_blank_lines(lines[:start])
    rows = {
        line.number
        for block in blocks
        if (
            all(_is_link_row(line.text) for line in block)
            # (a row wrapped at the margin: `[12]Coastal Towns > [13]Policy` / `notes`)
            or _is_link_row(" ".join(line.text.strip() for line in block))
        )
        and sum(len(LINK_MARK.findall(line.text)) for line in block) >= ROW_MIN_LINKS
        for line in block
    }
    forms = {
        line.number
        for block in blocks
        if len(block) <= FORM_MAX_LINES and any(is_form_control(line.text) for line in block)
        for line in block
    } - rows
    images = _images(lines[:start])
    removed += (
        [Removed.of(n, BROWSER_NAVIGATION) for n in lines if n.number in rows]
        + [Removed.of(n, BROWSER_IMAGE) for n in lines if n.number in images]
        + [Removed.of(n, BROWSER_FORM) for n in lines if n.number in forms]
    )
    rows |= images | forms
    kept: list[Line] = []
    taken = 0
    for line in lines[:start]:
        if line.number in rows:
            continue
        text, notes = LINKED_SUPERSCRIPT.subn(r"[\g<n>]", line.text)
        text, back = WAY_BACK_LINK.subn("", text)
        text, count = LINK_MARK.subn("", text)
        count += notes + back
        text = DUMP_BULLET.sub(lambda m: m["indent"] + BULLETS[0], text, count=1)
        taken += count
        kept.append(Line(line.number, text))
    while kept and kept[-1].blank:
        kept.pop()
    removed.sort(key=lambda item: item.line)
    references = [line for line in lines[start + 1 :] if REFERENCE.fullmatch(line.text)]
    return Dump(kept, removed, taken, found=True, page_url=page_address(references))
