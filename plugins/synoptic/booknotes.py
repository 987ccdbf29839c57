"""The notes of a book set in documents of its own (an EPUB's chapters and its notes'
document), numbered through the book in the order of their calls, as epubbook.py reads them
before its documents make one page.

A link calls a note where its markup says so (`epub:type="noteref"`, `role="doc-noteref"`),
or where it shows a number (`1`, `[1]`) in a superscript or points to a note's id (`#fn1`,
`#note-1`), and its target is a note, in the same document or in another
(`ch006.xhtml#note-1`, pandoc's endnotes in a file of their own): the note is the list's
item, the `<aside>` or the element its markup says is a note that the target is or stands in,
else the block (a `<div id="fn1">`, pandoc's EPUB 2); a target that is a call itself (a link,
or a superscript around one) makes the link a link back, and a target in a section of the
text (an element holding a heading) makes it a link into the text. The notes are numbered 1
to n in the order of their first calls (pandoc numbers each chapter's notes from 1, and each
chapter's `#fn1` is its own), each call a link to `#fnN` showing N; a call to no note the book
holds keeps its number, a note without text, and is warned of. A note's links back to its
calls go: a link its markup says is one (`backlink`), one showing only a sign (`↩︎`), or one
pointing to a call (and the stop after a number so shown: `1. See …`). The notes are set in
one list (`<section epub:type="endnotes"><ol>`, each an item `id="fnN"`) where the last of
them stood in the text: after what held it and nothing else with words (a chapter's notes'
section, a notes document's list under its heading, which stays over them); or, where that
was no document of the text, at the text's end. What held them and holds no words now goes.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from .epubpackage import Document, in_book
from .htmlpage import NOTE_ID, clean_spaces
from .xhtmlpage import AFTER_NUMBER, CALL_NUMBER, HEADINGS, NOTE_KINDS, kinds

#: A link back from a note to its call, by the signs it shows (pandoc's `↩︎`).
BACK_SIGNS = frozenset("↩↑︎\ufe0e\ufe0f")


@dataclass(frozen=True)
class Call:
    link: Tag
    note: Tag | None  # the note it calls, or None where the book holds none at its target
    target: str  # where it points, as written


def book_notes(documents: list[Document], read: list[Document]) -> tuple[int, list[str]]:
    """The book's notes numbered 1 to n in the order of their first calls, their calls made
    `#fnN` links showing N, their links back taken off, and set in one list where the last of
    them stood (see the module); how many, and the warnings of calls to no note."""
    targets = {
        (document.name, str(tag["id"])): tag
        for document in documents
        for tag in document.body.find_all(id=True)
    }
    home = {id(tag): document for document in documents for tag in document.body.find_all(True)}
    calls = [
        call
        for document in read
        for link in document.body.find_all("a", href=True)
        if (call := note_call(document, link, targets))
    ]
    if not calls:
        return 0, []
    called = {id(call.link) for call in calls} | {
        id(up) for call in calls for up in call.link.parents if up.name == "sup"
    }
    numbers: dict[int | str, int] = {}
    notes: list[tuple[int, Tag]] = []
    warnings = []
    for call in calls:
        key: int | str = id(call.note) if call.note is not None else call.target
        if key not in numbers:
            numbers[key] = len(numbers) + 1
            if call.note is not None:
                notes.append((numbers[key], call.note))
            else:
                warnings.append(
                    f"a note's call (line {call.link.sourceline}) points to `{call.target}`, "
                    f"where the book holds no note: note {numbers[key]} is left without text; "
                    "check the call against the book"
                )
        number = numbers[key]
        call.link.attrs = {"href": f"#fn{number}", "epub:type": "noteref"}
        call.link.clear()
        call.link.append(str(number))
    for _, note in notes:
        without_back_links(note, home[id(note)], targets, called)
    if notes:
        gathered(notes, home, read)
    return len(notes), warnings


def note_call(document: Document, link: Tag, targets: dict[tuple[str, str], Tag]) -> Call | None:
    """The call a link makes, or None for a link that calls no note: one its markup says
    calls a note (`noteref`, showing a number), or one showing a number, in a superscript or
    pointing to a note's id (`#fn1`), whose target is a note (not its call: that is a link
    back)."""
    href = str(link["href"])
    fragment = urlsplit(href).fragment
    shown = CALL_NUMBER.fullmatch(clean_spaces(link.get_text()))
    if not fragment or shown is None or "backlink" in kinds(link):
        return None
    part = in_book(posixpath.dirname(document.name), href) or document.name
    target = targets.get((part, unquote(fragment)))
    if "noteref" not in kinds(link) and (
        target is None
        or not (link.find_parent("sup") or link.find("sup") or NOTE_ID.match(fragment))
    ):
        return None
    if target is not None and (target.name == "a" or is_call_around(target)):
        return None  # (a link back to the call)
    note = note_at(target) if target is not None else None
    if target is not None and note is None:
        return None  # (a link into the text, a section's: no note)
    return Call(link, note, href)


def is_call_around(target: Tag) -> bool:
    """Whether an element only wraps a link (a call's `<sup id="fnref1"><a …>1</a></sup>`)."""
    link = target.find("a")
    return isinstance(link, Tag) and clean_spaces(target.get_text()) == clean_spaces(
        link.get_text()
    )


def note_at(target: Tag) -> Tag | None:
    """The note a call's target is or stands in: a list's item, an `<aside>`, an element its
    markup says is a note, else the block it is or stands in; None where that holds a
    heading (a section of the text, which a link points to)."""
    for element in (target, *target.parents):
        if element.name in ("body", "html", "[document]"):
            break
        if element.find(HEADINGS) is not None:
            return None
        if element.name in ("li", "aside") or kinds(element) & NOTE_KINDS:
            return element
    block = target if target.name in ("p", "div") else target.find_parent(("p", "div"))
    if block is None or block.name == "body" or block.find(HEADINGS) is not None:
        return None
    return block


def without_back_links(
    note: Tag, document: Document, targets: dict[tuple[str, str], Tag], called: set[int]
) -> None:
    """A note's links back to its calls taken off: a link its markup says is one, showing
    only a sign (`↩︎`), or pointing to a call (the stop after a number so shown too:
    `1. See …`)."""
    for link in note.find_all("a"):
        shown = clean_spaces(link.get_text())
        href = str(link.get("href") or "")
        part = in_book(posixpath.dirname(document.name), href) or document.name
        target = targets.get((part, unquote(urlsplit(href).fragment)))
        if not (
            "backlink" in kinds(link)
            or (shown and set(shown) <= BACK_SIGNS)
            or (target is not None and id(target) in called)
        ):
            continue
        after = link.next_sibling
        link.extract()
        if CALL_NUMBER.fullmatch(shown) and isinstance(after, NavigableString):
            after.replace_with(AFTER_NUMBER.sub("", str(after), count=1))


def gathered(notes: list[tuple[int, Tag]], home: dict[int, Document], read: list[Document]) -> None:
    """The notes set in one list, in their numbers' order, where the last of them stood in the
    text (after what held it and nothing else: a chapter's notes' section, a document of
    notes' list under its heading), or, where that is out of the text, at its end; what held
    them and now holds no words taken away."""
    last = max((note for _, note in notes), key=lambda note: note.sourceline or 0)
    maker = BeautifulSoup("", "html.parser")
    section = maker.new_tag("section", attrs={"class": "footnotes", "epub:type": "endnotes"})
    listed = maker.new_tag("ol")
    section.append(listed)
    if any(document is home[id(last)] for document in read):
        anchor = last
        while (
            isinstance(anchor.parent, Tag)
            and anchor.parent.name != "body"
            and holds_only(anchor.parent, {id(note) for _, note in notes})
        ):
            anchor = anchor.parent
        anchor.insert_after(section)
    else:
        read[-1].body.append(section)
    held = []
    for number, note in sorted(notes, key=lambda numbered: numbered[0]):
        held.append(note.parent)
        note.name = "li"
        note.attrs = {"id": f"fn{number}", "epub:type": "endnote"}
        listed.append(note.extract())
    for container in held:
        emptied(container)


def holds_only(element: Tag, notes: set[int]) -> bool:
    """Whether an element holds notes and nothing else with words (a rule, `<hr>`, aside)."""
    return all(
        id(child) in notes or not (isinstance(child, Tag) and clean_spaces(child.get_text()))
        for child in element.children
        if isinstance(child, Tag) or str(child).strip()
    )


def emptied(element: Tag | None) -> None:
    """An element that held notes taken away where it holds no words now, and so up."""
    while isinstance(element, Tag) and element.name not in ("body", "html", "[document]"):
        if clean_spaces(element.get_text()) or element.find(("img", "svg", "table")):
            return
        up = element.parent
        element.decompose()
        element = up
