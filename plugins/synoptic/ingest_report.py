"""The ingest report: what ingest found in a raw text, and what an editor should look at.

Printed after every ingest and written as YAML comment lines at the top of the edition's front
matter (the loader ignores them; the editor deletes them once read). It counts what was made,
names the layout that was recognised, and warns where the layout probably defeated the rules:
a paragraph too long to be one, too few paragraphs for the words, lines that repeat like
running heads, numbers that stand where page numbers would, sentence ends where a break may
hide. It lists every line removed as not the essay's (furniture.py), with the rule.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

from .furniture import RULES, Removed, repeated_lines
from .layout import INLINE_MARKER, LIGATURES, MARKER_LINE, Hyphens, Layout, Line
from .metadata import BYLINE_WITHIN, metadata_line, name_byline, post_byline
from .names import paragraph_id
from .webinserts import RULES as INSERT_RULES

if TYPE_CHECKING:  # ingest imports this module; the type is only named here
    from .ingest import Block

LONG_PARAGRAPH = 400  # words: longer, and a paragraph break was probably lost
FEW_PARAGRAPHS = 5  # fewer paragraphs than this …
MANY_WORDS = 1500  # … in more words than this: breaks were probably lost
SHOWN = 3  # line numbers or labels named in one warning
UNSEEN_SHOWN = 12  # … but the editor must look at each place a break may hide
NUMBERED_KINDS = ("paragraph", "list", "quote", "epigraph")
HEADER = "ingest report (read it, then delete these comment lines):"
#: A line break (as YAML or any reader of lines counts one) or another control character, in a
#: report line: its values come from the raw file (a Ghost export's version, a note call's
#: address, an MHTML part's header), and each line is a comment of the edition's front matter,
#: so a break there wrote the edition's front and body (review 43's red team).
BREAKS = re.compile(r"[ \t]*[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]+[ \t]*")
BREAK_SHOWN = " ⏎ "
#: A character that reorders the text around it (a right-to-left override, an isolate), from a
#: raw file's value: shown as one replaced, so that a terminal shows the report's words in order
#: (review 44: a .docx's properties).
REORDERING = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Report:
    paragraphs: int
    words: int
    longest: tuple[str, int] | None  # paragraph id, words
    headings: int
    notes: int
    missing_notes: int
    shapes: tuple[str, ...]
    removed: tuple[Removed, ...]  # lines not the essay's, in raw order
    unseen: tuple[int, ...]  # raw lines after which a break cannot be seen
    warnings: tuple[str, ...]

    def lines(self) -> list[str]:
        """The report's lines, each one line whatever the raw file's values hold."""
        longest = f"; longest {self.longest[0]}, {self.longest[1]:,} words" if self.longest else ""
        lines = [
            HEADER,
            f"paragraphs: {self.paragraphs} ({self.words:,} words{longest})",
            f"headings: {self.headings}; notes: {self.notes} "
            f"({self.missing_notes} without text in the source)",
            "shapes: " + "; ".join(self.shapes),
            *removals(self.removed),
            *(f"warning: {warning}" for warning in self.warnings),
        ]
        return [REORDERING.sub("\ufffd", BREAKS.sub(BREAK_SHOWN, line)).rstrip() for line in lines]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def with_report(markdown: str, report: Report) -> str:
    """The edition with the report as comment lines right after the opening `---`."""
    opening, rest = markdown.split("\n", 1)
    return "\n".join([opening, *(f"# {line}" for line in report.lines()), rest])


def _words(text: str) -> int:
    return len(INLINE_MARKER.sub(" ", text).split())


def _block_words(block: Block) -> int:
    return sum(map(_words, (block.text, *block.items, block.attribution)))


def shapes(layout: Layout, lines: list[Line]) -> tuple[str, ...]:
    """The layouts recognised, in the words an editor uses for them."""
    # (a text made of a file's markup, a page's or an article's: its lines' layout and its
    # Markdown are that text's, made here, no shape of the file's; review 39)
    found = [] if layout.made_of_markup else raw_layout(layout)
    if layout.saved_addresses:
        found.append(
            f"web page saved as text by a browser: {layout.saved_addresses} links' addresses"
            " <…> removed"
        )
    elif layout.link_marks is not None:
        found.append(
            f"text-mode browser dump (lynx -dump): {layout.link_marks} link marks [n] before"
            " link texts removed"
        )
    if layout.syntax and not layout.made_of_markup:
        parts = zip(
            layout.markdown,
            (
                "footnotes read as notes",
                "backslash escapes read as their characters",
                "blocks set wholly in emphasis read without the markers",
                "links read as their words (addresses not kept)",
            ),
        )
        read = ", ".join(f"{count} {what}" for count, what in parts if count)
        found.append(f"{layout.syntax} source" + (f": {read}" if read else ""))
    if layout.unquoted:
        found.append(f"e-mail quoted whole: {layout.unquoted} lines read without their '>'")
    if numbers := layout.typed_numbers[0]:
        headings = layout.typed_numbers[1]
        found.append(
            f"paragraphs numbered by hand ({numbers[0]} to {numbers[-1]}): {len(numbers)} numbers"
            + (f" and {headings} headings' section numbers" if headings else "")
            + " taken off (the edition numbers its paragraphs)"
        )
    if any(layout.wiki_page):
        found.append(
            f"wiki page: {layout.wiki_page[0]} headings' edit links taken off, "
            f"{layout.wiki_page[1]} references (`^ …`) read as notes"
        )
    if layout.saved_message:
        parts, encoding, part = layout.saved_message
        found.append(
            f"a message saved whole (.eml): its {part} part read, decoded ({encoding}), of "
            f"{parts} parts; its headers but From, Date and Subject left out (line numbers are "
            "the decoded text's)"
        )
    if layout.mhtml:
        parts, encoding, charset, others = layout.mhtml
        kinds = ", ".join(dict.fromkeys(others)) or "none"
        found.append(
            f"a web page saved as MHTML (one file): its HTML part read, decoded ({encoding}, "
            f"{charset}), of {parts} parts; the others left out, the page's styles and images "
            f"({kinds}); the message's Date (the day it was saved) and Subject not read"
        )
    if layout.html_page:
        blocks, notes, front = layout.html_page
        listed = f", {notes} note{'s' * (notes != 1)} from its list of notes" if notes else ""
        front = f"; its front read from its elements: {front}" if front else ""
        found.append(
            f"a web page saved as HTML: read as Markdown made of its elements, {blocks} blocks"
            f"{listed}{front}; scripts, styles, images and forms left out (line numbers are that "
            "Markdown's, a block a line between blank lines, but where they say the HTML's)"
        )
    if layout.obsidian_links:
        found.append(f"Obsidian note: {layout.obsidian_links} [[links]] read as their words")
    if layout.word_fields[0]:
        found.append(
            f"a Word document's fields' codes (HYPERLINK, PAGE, …) taken out: "
            f"{layout.word_fields[0]}"
        )
    if layout.kindle[1]:
        found.append(
            f"a Kindle's clippings (My Clippings.txt): {layout.kindle[0]} highlights of the "
            f"essay read, of {layout.kindle[1]} entries"
        )
    if layout.discourse_posts:
        found.append(
            f"a Discourse topic's raw page: the first of its {layout.discourse_posts} posts read"
        )
    found += layout.read_as
    if layout.back_links[0]:
        found.append(
            f"notes copied from a page with their ways back (↩): {layout.back_links[0]}, "
            "numbered in order"
        )
    if layout.joined_back_links:
        found.append(
            f"notes joined on one line, each ended by its way back (↩): "
            f"{layout.joined_back_links}, read apart and numbered in order"
        )
    if layout.gutenberg:
        found.append(
            "Project Gutenberg e-book: its header, licence and volunteers' lines taken off; "
            f"{layout.gutenberg[0]} [Footnote] blocks read as notes at the end, "
            f"{layout.gutenberg[1]} spans in _underscores_ as emphasis"
        )
    if layout.drop_caps:
        found.append(
            "drop caps (a first letter set large, apart) set back on their word: "
            f"{layout.drop_caps}"
        )
    if layout.soft_hyphens:
        found.append(f"soft hyphens (invisible break points) removed: {layout.soft_hyphens}")
    if layout.hyphens and (layout.hyphens.rejoined or layout.hyphens.kept):
        found.append(hyphenation(layout.hyphens))
    if layout.inferred:
        counts = ", ".join(f"{evidence}: {n}" for evidence, n in sorted(layout.inferred.items()))
        found.append(f"paragraph breaks inferred: {sum(layout.inferred.values())} ({counts})")
    if layout.ligatures:
        found.append(
            "PDF ligatures written as letters (a font's forms, not the author's characters): "
            + ", ".join(f"{n} {char} → {LIGATURES[char]}" for char, n in layout.ligatures.items())
        )
    style = footnote_style(lines, layout.superscripts)
    if layout.note_symbols:
        symbols = ", ".join(layout.note_symbols)
        style = f"{len(layout.note_symbols)} symbols as markers ({symbols}), numbered in that order"
    found.append("footnote style: " + style)
    if layout.foot_notes[0]:
        notes, pages = layout.foot_notes
        found.append(
            f"footnotes at the foot of the page: {notes} on {pages} page{'s' * (pages > 1)}, "
            "moved to the end (a paragraph they cut runs on)"
        )
    return tuple(found)


def raw_layout(layout: Layout) -> list[str]:
    """The raw text's layout, as its lines show it: spaced, marked, wrapped or a line a
    paragraph."""
    found = []
    if layout.double_spaced:
        found.append("double-spaced (a blank line after every line)")
    if layout.marked:
        found.append("paragraph ends marked by two trailing spaces")
    if layout.width:
        found.append(f"hard-wrapped (full lines of {layout.width} characters or more)")
    if layout.web:
        found.append("web page (one paragraph per line)")
    return found


def hyphenation(hyphens: Hyphens) -> str:
    """The line-end hyphens, each named: the editor checks the guesses."""
    parts = [
        f"{len(found)} {verb} ({', '.join(found)})"
        for verb, found in (("rejoined", hyphens.rejoined), ("kept", hyphens.kept))
        if found
    ]
    return "words broken at a line end: " + ", ".join(parts)


def footnote_style(lines: list[Line], superscripts: int = 0) -> str:
    """How the raw text marks its notes (`lines` as read, before superscripts are bracketed)."""
    texts = [line.text.strip() for line in lines]
    # A marker follows its word on the next line; a page number stands between blank lines.
    alone = sum(
        1 for before, text in zip(texts, texts[1:]) if before and MARKER_LINE.fullmatch(text)
    )
    inline = sum(1 for text in texts for _ in INLINE_MARKER.finditer(text[1:]))
    styles = [f"{alone} numbers on their own lines (PDF)"] if alone else []
    styles += [f"{inline} [n] markers in the text"] if inline else []
    styles += (
        [f"{superscripts} numbers glued to their words (PDF superscripts), {superscripts} notes"]
        if superscripts
        else []
    )
    return " and ".join(styles) or "no footnote markers"


def _listed(numbers: list[int]) -> str:
    return f"{', '.join(map(str, numbers[:SHOWN]))}{', …' if len(numbers) > SHOWN else ''}"


def running_heads(lines: list[Line]) -> list[str]:
    """Short lines that recur (numbers aside) but were not removed: too close together to be
    once a page, so left for the editor."""
    return [
        f"the line {found[0][1].text.strip()!r} occurs {len(found)} times (lines "
        f"{_listed([line.number for _, line in found])}): "
        "a running head or footer? delete it from the edition"
        for found in repeated_lines(lines).values()
    ]


def removals(removed: tuple[Removed, ...]) -> list[str]:
    """Every line removed, by rule: the same text once with all its lines."""
    by_rule: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for item in removed:
        by_rule[item.rule][item.text].append(item.line)
    return [
        f"removed, {rule}: "
        + "; ".join(
            f"{text!r} (line{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))})"
            for text, numbers in texts.items()
        )
        # In the rules' order; a rule not listed there still comes, last: no line goes unsaid.
        for rule in dict.fromkeys([*RULES, *INSERT_RULES, *by_rule])
        if (texts := by_rule.get(rule))
    ]


def _lines_listed(numbers: list[int]) -> str:
    """ "line 12" or "lines 12, 40, …" (the first `UNSEEN_SHOWN`), and how many in all."""
    shown = ", ".join(map(str, numbers[:UNSEEN_SHOWN])) + (
        ", …" if len(numbers) > UNSEEN_SHOWN else ""
    )
    return f"line{'s' if len(numbers) > 1 else ''} {shown} ({len(numbers)} in all)"


def unseen_breaks(unseen: list[int]) -> list[str]:
    """Where a break would leave no trace: listed, as the editor must look at each."""
    if not unseen:
        return []
    return [
        f"a paragraph may also end after {_lines_listed(unseen)}: a sentence ends there on a "
        "full line and the next line starts with a capital, so the layout cannot show whether "
        "a paragraph ends; check against the source"
    ]


def column_breaks(joined: list[int]) -> list[str]:
    """Where a blank line was read as a column break inside a paragraph: listed, as the
    editor must look at each."""
    if not joined:
        return []
    return [
        f"a paragraph runs on across the blank line after {_lines_listed(joined)}: a full line "
        "that ends no sentence, then lower case, read as a column break; check against the source"
    ]


def opening_headings(blocks: list[Block], lines: list[Line]) -> list[str]:
    """A heading shaped as a byline among the headings before the first paragraph ("Dr Anneke
    Fairlie", "Ann Lee"): an author's line the front matter did not take (a new user found a
    working paper's byline, affiliation and title's second line left as headings, with no word
    of it here). Section headings there ("Part One", "Background") are no sign of it. Or a
    heading above the date or byline the front matter read: a title's line the title did not
    take, or a subtitle (a title may break anywhere, and nothing tells the two apart)."""
    lead = list(takewhile(lambda block: block.kind == "heading", blocks))
    rest = " ".join(block.text for block in blocks[len(lead) :])
    # A name with a title or a post, or one the text names again (its author's note): "Part
    # One" is shaped as a name too.
    names = [
        block
        for block in lead
        if post_byline(block.text) or ((name := name_byline(block.text)) and name in rest)
    ]
    shown = "; ".join(f"{block.text!r} (line {block.line})" for block in lead)
    if names:
        return [
            f"the edition opens with a heading shaped as a byline among {shown}: the author, "
            "their affiliation or a title's second line left as headings? move them to the "
            "front matter by hand"
        ]
    # Above the date or byline the front matter read: between the title and it.
    front = [line.number for line in lines[:BYLINE_WITHIN] if metadata_line(line.text)]
    among = [block for block in lead if front and block.line < max(front)]
    if not among:
        return []
    shown = "; ".join(f"{block.text!r} (line {block.line})" for block in among)
    return [
        f"the edition opens with a heading above the front matter's date or byline: {shown}: a "
        "title's second line, or a subtitle? join it to the title by hand where it is one"
    ]


def out_of_order_markers(blocks: list[Block]) -> list[str]:
    """Footnote labels that do not follow the one before: page numbers taken for markers?"""
    labels = [
        int(m[1])
        for block in blocks
        if block.kind != "note"
        for text in (block.text, *block.items)
        for m in INLINE_MARKER.finditer(text)
    ]
    odd = [
        f"{now} after {before}"
        for before, now in zip(labels, labels[1:])
        if now not in (before, before + 1)
    ]
    if not odd:
        return []
    return [
        f"footnote markers out of order ({'; '.join(odd[:SHOWN])}): page numbers taken "
        "for markers? check them against the raw text"
    ]


def unmatched_notes(layout: Layout) -> list[str]:
    """Numbered notes that superscript markers glued to words seem to point to, but do not
    count up to: the markers stay digits in the text, the notes paragraphs."""
    if not layout.unmatched_notes:
        return []
    line, notes, markers = layout.unmatched_notes
    return [
        f"the {notes} numbered notes from line {line} are not matched by the numbers glued to "
        f"words (1 to {markers} found, counting up): superscript footnote markers left as "
        "digits? mark each [^n] and its note [^n]: by hand"
    ]


def unread_feet(layout: Layout) -> list[str]:
    """Footnote rules at pages' feet whose notes were not read (footnotes.py): the lines under
    each stay where they stand, and may run into a paragraph the page break cut."""
    if not (rules := layout.unread_foot_rules):
        return []
    return [
        f"footnote rules at pages' feet ({_lines_listed(list(rules))}) stand over lines not "
        "read as notes (their numbers do not count on with the markers in the text): the notes "
        "stay in the text and may run into a paragraph the page break cut; move them by hand"
    ]


def notes_without_markers(layout: Layout) -> list[str]:
    """catdoc's notes at the end, their markers dropped from the text (wordfields.py)."""
    if not (count := layout.word_fields[1]):
        return []
    return [
        f"{count} notes stand at the end without their markers (catdoc drops them): read as "
        "notes 1, 2, …; place each [^n] in the text where the note is called"
    ]


def unmatched_back_links(layout: Layout) -> list[str]:
    """Blocks at the end that end in a way back (↩), not as many as the markers (backlinks.py)."""
    if not (unmatched := layout.back_links[1]):
        return []
    blocks, markers = unmatched
    return [
        f"{blocks} blocks at the end end in a way back (↩) but the text has {markers} note "
        "markers: a note of two paragraphs, or a paragraph that ends in an arrow? they are left "
        "as they stand; write each note [^n]: by hand"
    ]


def restarted_notes(layout: Layout) -> list[str]:
    """Notes numbered from 1 again (by part), both lists as long as the markers count: which
    list a marker cites is not known, so none is matched."""
    if not layout.note_restarts:
        return []
    lines = " and ".join(str(line) for line in layout.note_restarts)
    return [
        f"the notes are numbered from 1 again (lines {lines}): which notes the numbers glued to "
        "words cite is not known, so they are left as digits; mark each [^n] and its note [^n]: "
        "by hand"
    ]


def make_report(
    essay_id: str, lines: list[Line], blocks: list[Block], layout: Layout, removed: list[Removed]
) -> Report:
    numbered = [block for block in blocks if block.kind in NUMBERED_KINDS]
    sizes = [(paragraph_id(essay_id, n), _block_words(b)) for n, b in enumerate(numbered, 1)]
    longest = max(sizes, key=lambda size: size[1], default=None)
    words = sum(size for _, size in sizes)
    warnings = [
        f"{pid} has {size:,} words: look for a lost paragraph break"
        for pid, size in sizes
        if size > LONG_PARAGRAPH
    ]
    if not numbered:
        # (a text of headings alone, or one whose every line a rule removed: review 40)
        warnings.append(
            "no paragraph found: the edition holds no text of an essay; check that the raw "
            "file is the essay's text, and read the lines listed as removed"
        )
    if words > MANY_WORDS and len(numbered) < FEW_PARAGRAPHS:
        warnings.append(
            f"only {len(numbered)} paragraphs in {words:,} words: paragraph breaks "
            "were probably lost; split the edition by hand"
        )
    warnings += [
        f"{pid} is only a number: a page number? delete it from the edition"
        for (pid, _), block in zip(sizes, numbered)
        if block.text.strip().isdigit()
    ]
    warnings += opening_headings(blocks, [line for line in lines if not line.blank])
    warnings += running_heads(lines) + out_of_order_markers(blocks) + unmatched_notes(layout)
    warnings += restarted_notes(layout) + notes_without_markers(layout) + unread_feet(layout)
    warnings += unmatched_back_links(layout) + list(layout.read_warnings)
    warnings += unseen_breaks(layout.unseen) + column_breaks(layout.joined)
    notes = [block for block in blocks if block.kind == "note"]
    return Report(
        paragraphs=len(numbered),
        words=words,
        longest=longest,
        headings=sum(block.kind == "heading" for block in blocks),
        notes=len(notes),
        missing_notes=sum(not block.text for block in notes),
        shapes=shapes(layout, lines),
        removed=tuple(removed),
        unseen=tuple(layout.unseen),
        warnings=tuple(warnings),
    )
