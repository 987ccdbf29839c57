"""A wiki's page (MediaWiki's) copied whole from a browser.

It is known by its headings, each with its edit link glued on (`Who pays[edit]`), two at least,
or by the skip links under its title (`Jump to navigation Jump to search`; a page that opens
with its skip link is any site's). Then:

- the first line is the title, its namespace aside (`Essay:The Blower Ban …`); the site's
  tagline under it (`From KestleWiki, the …`) and the skip links go;
- a notice box (`This page is an essay by …. It contains the opinions of its authors …`) and a
  shortcut's box (`Shortcut` / `KW:BLOWERBAN`) go; a notice that names who wrote the page and
  when gives the author and the date;
- the contents box (`Contents`, then `1<TAB>Who pays`, …) goes, and so does `See also` with
  its links;
- the headings lose their edit links, and the references (`^ Prices quoted …`, the list's
  numbers not copied) are the notes, numbered in order (`^ a b …`, a note cited twice, loses
  its back links);
- from the categories' line down (`Categories: …`, the menus, `This page was last edited on
  …`, a second date), everything is the wiki's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import SKIP_LINK, Removed, removed_lines
from .layout import Line
from .metadata import AUTHOR_SEPARATOR, date_in, names_people
from .superscripts import is_notes_heading

EDIT_LINK = re.compile(r"\s*\[edit(?: source)?\]\s*$")
TAGLINE = re.compile(r"From [^,]{2,60}(?:, the\b.*)?")
NAMESPACE = re.compile(r"[A-Z][A-Za-z]{1,20}(?: talk)?:(?=\S)")
NOTICE = re.compile(r".*\bIt contains the (?:advice or )?opinions? of\b.*", re.IGNORECASE)
NOTICE_BY = re.compile(
    r"\bby (?P<names>[A-Z][^,.]{2,80}?)"
    r"(?:,|\.|\s+(?:first |and first )?(?:posted|written|published)\b)"
)
NOTICE_ON = re.compile(r"\b(?:posted|written|published) on (?P<rest>.+)")
SHORTCUT = re.compile(r"Shortcuts?")
SHORTCUT_NAME = re.compile(r"[A-Z]{1,5}:\S+")
CONTENTS = re.compile(r"Contents")
CONTENTS_ENTRY = re.compile(r"\d{1,2}(?:\.\d{1,2})*\t\S.*")
SEE_ALSO = re.compile(r"See also")
CATEGORIES = re.compile(r"Categor(?:y|ies):\s.*")
REFERENCE = re.compile(r"\^\s+(?:[a-z]\s+)*")  # `^ ` and a note's back links (`^ a b `)
# MediaWiki's skip links, its own words (any site's `Skip to content` is no wiki's sign)
JUMP_LINKS = re.compile(r"Jump to (?:navigation|content)\b")
EDIT_LINKS_MIN = 2
SKIP_LINKS_WITHIN = 4  # the skip links stand under the title, among the first lines
NOTICE_WITHIN = 12  # the notice boxes stand among the page's first lines

WIKI = "wiki page: the site's lines (tagline, skip links, notices, contents, see also, menus)"


@dataclass(frozen=True)
class WikiPage:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title; author and date, if stated
    edit_links: int = 0  # headings' edit links taken off
    references: int = 0  # references read as notes


def wiki_page(lines: list[Line]) -> WikiPage:
    """The page's own lines, its headings and notes as an edition's (see the module); the lines
    as they are when they are no wiki page's."""
    texts = [line for line in lines if not line.blank]
    edits = [line for line in texts if EDIT_LINK.search(line.text)]
    # (skip links under the title: a page whose first line is one is any site's)
    skips = [line for line in texts[1:SKIP_LINKS_WITHIN] if JUMP_LINKS.match(line.text.strip())]
    if not texts or (len(edits) < EDIT_LINKS_MIN and not skips):
        return WikiPage(lines)
    site: list[Line] = list(skips)
    facts = {}
    if not SKIP_LINK.match(texts[0].text.strip()):
        site.append(texts[0])
        facts["title"] = NAMESPACE.sub("", texts[0].text.strip(), count=1)
        if len(texts) > 1 and TAGLINE.fullmatch(texts[1].text.strip()):
            site.append(texts[1])
    for line in texts[:NOTICE_WITHIN]:
        if NOTICE.fullmatch(line.text.strip()):
            site.append(line)
            facts |= _notice_facts(line.text)
    site += _boxes(texts)
    ending = next(
        (i for i, line in enumerate(texts) if CATEGORIES.fullmatch(line.text.strip())), None
    )
    if ending is not None:
        site += texts[ending:]
    site = list({line.number: line for line in site}.values())
    gone = {line.number for line in site}
    edited = {line.number for line in edits}
    read: list[Line] = []
    number = 0
    in_references = False
    for line in lines:
        if line.number in gone:
            continue
        text = EDIT_LINK.sub("", line.text) if line.number in edited else line.text
        if line.number in edited:
            in_references = text.strip() == "References" or is_notes_heading(text.strip())
        elif in_references and (reference := REFERENCE.match(text)):
            number += 1
            text = f"[{number}] {text[reference.end() :]}"
        read.append(Line(line.number, text))
    removed = removed_lines(sorted(site, key=lambda line: line.number), WIKI)
    return WikiPage(read, removed, facts, len(edits), number)


def _boxes(texts: list[Line]) -> list[Line]:
    """The shortcut's box, the contents box and `See also` with its links."""
    found: list[Line] = []
    for i, line in enumerate(texts):
        text = EDIT_LINK.sub("", line.text).strip()
        if SHORTCUT.fullmatch(text):
            found += [line, *_run(texts[i + 1 :], SHORTCUT_NAME.fullmatch)]
        elif CONTENTS.fullmatch(text):
            entries = _run(texts[i + 1 :], CONTENTS_ENTRY.fullmatch)
            found += [line, *entries] if entries else []
        elif SEE_ALSO.fullmatch(text) and EDIT_LINK.search(line.text):
            found += [line, *_run(texts[i + 1 :], lambda said: not EDIT_LINK.search(said))]
    return found


def _run(texts: list[Line], test) -> list[Line]:
    """The lines from the first, one right under the other, that pass the test."""
    run: list[Line] = []
    for line in texts:
        if (run and line.number != run[-1].number + 1) or not test(line.text.strip()):
            break
        run.append(line)
    return run


def _notice_facts(text: str) -> dict[str, str]:
    """Who wrote the page and when, where its notice says so ("This page is an essay by Ann
    Lee and Bo Ma, first posted on 17 March 2026.")."""
    facts = {}
    if (by := NOTICE_BY.search(text)) and all(
        names_people(name) for name in AUTHOR_SEPARATOR.split(by["names"].strip()) if name
    ):
        facts["author"] = by["names"].strip()
    if (on := NOTICE_ON.search(text)) and (date := date_in(on["rest"])):
        facts["date"] = date
    return facts
