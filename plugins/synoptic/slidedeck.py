"""A slide deck's speaker notes as Microsoft's `markitdown` prints a PowerPoint file, as
docs/editions.md describes it.

markitdown opens every slide with a comment line `<!-- Slide number: N -->` (the first slide's
is the text's first line, the others follow a blank line), then prints the slide's shapes from
the top down: its title as a `# ` line, every other text box a line for each of its paragraphs,
a table as a pipe table, a picture as `![alt](name.jpg)`; then, where the slide has speaker
notes, `### Notes:` and the notes, a paragraph a line with no blank line between. A talk written
out as an essay keeps its words in the notes; the slides are what the audience saw. It is known
by its comment lines, numbered 1 to n (two slides at least) with the first at the top, and by
notes under one slide at least. Then:

- the first slide is the title slide: its `# ` line is the title, its subtitle the authors and
  the date (a name line, a date line, or both on one line parted by a soft line break or a
  `·`: what stands between the names and the date, a society, a venue, is listed with it);
  its notes, if any, are the talk's first paragraphs;
- a slide with notes gives its notes, each line a paragraph; its title and text go, listed;
- a slide with no notes whose text is a numbered list from 1 under a notes' title (`Notes`,
  `Endnotes`, `References`) gives the notes, where the talk marks each (`[1]`); a list that
  nothing marks is a slide's, as below;
- a slide with no notes whose text is at most a short label of words (`Part 2`, which markitdown
  may print above the title; not a figure, `£340k`, nor a picture) divides the talk: its title
  is a heading and the label goes (two such slides with no talk between: the report warns);
- a slide with no notes whose text holds sentences gives them as paragraphs, under its title as
  a heading; a title over an author's note (`Ann Lee is …`, naming an author of the title
  slide) goes, as an `About the author` heading does;
- the last slide with notes or after them, where its title closes a talk (`Thank you`,
  `Questions?`), goes whole with its notes (a stage direction to the speaker), and the report
  warns (the slides with no notes after it, an appendix, go as any such slide does);
- any other slide with no notes (bullets, a table, a picture with no notes to speak them) goes,
  and the report warns.

A text without the comments, or a deck with no notes at all, is read as it stands. Every line's
vertical tab (PowerPoint's soft line break, as python-pptx gives it) is read as U+2028 is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed, removed_lines
from .layout import BIO_OPENING, Line, ends_sentence, set_apart, soft_broken
from .metadata import date_in, name_byline, names_people, parse_date
from .names import without_honorific

SLIDE = re.compile(r"<!-- Slide number: (?P<n>\d{1,4}) -->")
NOTES_LABEL = "### Notes:"
TITLE = re.compile(r"# (?P<text>\S.*)")
NOTES_TITLE = re.compile(r"(?i)(?:notes|endnotes|footnotes|references|sources)")
NOTE_ITEM = re.compile(r"(?P<n>\d{1,3})\.\s+(?P<text>\S.*)")
MARK = re.compile(r"\[(\d{1,3})\]")  # a note's marker in the speaker notes
CLOSING_TITLE = re.compile(
    r"(?i)(?:thank\s+you|thanks|(?:any\s+)?questions|q\s*&\s*a|discussion)\s*[.!?]*"
)
LABEL_WORDS = 4  # a section slide's label (`Part 2`, `Section three`)
LABEL = re.compile(r"[^\W\d_][^|\[\]()]*")  # … words, a letter first, no markup
PROSE_WORDS = 8  # a sentence of a slide's text: longer than a bullet
# A subtitle's fields: a soft line break, a dot, a bar, a spaced dash (`Ruth Ames – 12 May 2026`)
FIELDS = re.compile(r"\v|\s+[·|•–—]\s+")
# What a title slide may set before the names (`Presented by Ruth Ames`).
PRESENTED = re.compile(r"(?:(?:presented|prepared|written)\s+)?by\s+", re.IGNORECASE)

SLIDE_FRONT = "a slide deck by markitdown: its title slide (title, authors, date)"
SLIDE_SHOWN = "a slide deck by markitdown: a slide's title and text over the notes the talk is in"
SLIDE_MARKUP = "a slide deck by markitdown: its slide comment and speaker-notes label"
SLIDE_LABEL = "a slide deck by markitdown: a section slide's label"
SLIDE_BIO_TITLE = "a slide deck by markitdown: the slide's title over the author's note"
SLIDE_CLOSING = "a slide deck by markitdown: the closing slide and its speaker notes"
SLIDE_UNSPOKEN = "a slide deck by markitdown: a slide with no speaker notes and no sentence"


@dataclass(frozen=True)
class Slide:
    number: int
    comment: Line
    shown: list[Line]  # the slide's lines, blank ones aside
    label: Line | None = None  # `### Notes:`
    notes: list[Line] = field(default_factory=list)  # blank ones aside

    @property
    def title(self) -> Line | None:
        return next((line for line in self.shown if TITLE.fullmatch(line.text.strip())), None)

    @property
    def body(self) -> list[Line]:
        title = self.title
        return [line for line in self.shown if line is not title]


@dataclass(frozen=True)
class Deck:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # title, author, date
    slides: int = 0  # the deck's slides, where the text is one
    spoken: int = 0  # … and those with speaker notes
    warnings: tuple[str, ...] = ()


def slide_deck(lines: list[Line]) -> Deck:
    """The talk in a deck's speaker notes (see the module); the lines as they are otherwise,
    their soft line breaks read."""
    slides = _slides(lines)
    if not slides:
        return Deck([Line(line.number, soft_broken(line.text)) for line in lines])
    facts, removed = _title_slide(slides[0])
    kept = [Line(line.number, soft_broken(line.text)) for line in slides[0].notes]
    warnings: list[str] = []
    section: Line | None = None  # the last section slide's heading
    for slide in slides[1:]:
        removed.append(Removed.of(slide.comment, SLIDE_MARKUP))
        title, body = slide.title, slide.body
        # (a closing slide closes the talk where only slides with no notes follow it: an
        # appendix, backup slides)
        last = not any(later.notes for later in slides[slide.number :])
        if last and title and CLOSING_TITLE.fullmatch(_text(title)):
            gone = slide.shown + ([slide.label] if slide.label else []) + slide.notes
            removed += removed_lines(gone, SLIDE_CLOSING)
            if slide.notes:
                warnings.append(
                    f"slide {slide.number}, '{_text(title)}', closes the talk: its speaker "
                    f"notes (line {slide.notes[0].number}) are not read as the essay's; check"
                )
            continue
        if slide.label:
            removed += removed_lines(slide.shown, SLIDE_SHOWN) + [
                Removed.of(slide.label, SLIDE_MARKUP)
            ]
            kept += [Line(line.number, soft_broken(line.text)) for line in slide.notes]
            continue
        if (
            title
            and NOTES_TITLE.fullmatch(_text(title))
            and _numbered(body)
            and _marked(slides, len(body))
        ):
            kept.append(Line(title.number, "Notes"))
            for line in body:
                item = NOTE_ITEM.fullmatch(line.text.strip())
                assert item  # (read so by _numbered)
                kept.append(Line(line.number, f"[{item['n']}] {soft_broken(item['text'])}"))
            continue
        prose = [line for line in body if _is_prose(line.text)]
        if title and len(body) <= 1 and not prose and _is_label(body):
            if kept and kept[-1] is section:
                warnings.append(
                    f"slide {slide.number} (line {slide.comment.number}) is a section slide "
                    f"right after another ('{section.text}'), with no talk between: two headings "
                    "stand together; check"
                )
            kept.append(section := Line(title.number, _text(title)))
            removed += removed_lines(body, SLIDE_LABEL)
            continue
        if prose:
            if title and _about_author(prose[0].text, facts.get("author", "")):
                removed.append(Removed.of(title, SLIDE_BIO_TITLE))
            elif title:
                kept.append(Line(title.number, _text(title)))
            kept += [Line(line.number, soft_broken(line.text)) for line in prose]
            removed += removed_lines([line for line in body if line not in prose], SLIDE_SHOWN)
            continue
        removed += removed_lines(slide.shown, SLIDE_UNSPOKEN)
        if slide.shown:
            warnings.append(
                f"slide {slide.number} (line {slide.comment.number}) has no speaker notes and "
                "no sentence: its title and text were removed as a slide's; check"
            )
    spoken = sum(1 for slide in slides if slide.notes)
    listed = [Removed(item.line, soft_broken(item.text), item.rule) for item in removed]
    return Deck(set_apart(kept), listed, facts, len(slides), spoken, tuple(warnings))


def _slides(lines: list[Line]) -> list[Slide]:
    """The deck's slides where the text is markitdown's deck with speaker notes (see the
    module); none otherwise."""
    texts = [line for line in lines if not line.blank]
    if not texts or not (first := SLIDE.fullmatch(texts[0].text.strip())) or first["n"] != "1":
        return []
    starts = [i for i, line in enumerate(texts) if SLIDE.fullmatch(line.text.strip())]
    numbers = [int(SLIDE.fullmatch(texts[i].text.strip())["n"]) for i in starts]  # type: ignore[index]
    if len(starts) < 2 or numbers != list(range(1, len(starts) + 1)):
        return []
    slides: list[Slide] = []
    for at, end in zip(starts, [*starts[1:], len(texts)], strict=True):
        inside = texts[at + 1 : end]
        labels = [i for i, line in enumerate(inside) if line.text.strip() == NOTES_LABEL]
        if len(labels) > 1:
            return []  # one notes' label a slide: a second is some other text's
        if labels:
            slides.append(
                Slide(
                    len(slides) + 1,
                    texts[at],
                    inside[: labels[0]],
                    inside[labels[0]],
                    inside[labels[0] + 1 :],
                )
            )
        else:
            slides.append(Slide(len(slides) + 1, texts[at], inside))
    if not any(slide.notes for slide in slides):
        return []  # a deck with no notes: its slides are all there is
    return slides


def _title_slide(slide: Slide) -> tuple[dict[str, str], list[Removed]]:
    """The title, authors and date the first slide gives, and its lines, listed."""
    facts: dict[str, str] = {}
    if title := slide.title:
        facts["title"] = soft_broken(_text(title))
    for line in slide.body:
        for part in FIELDS.split(line.text.strip()):
            part = PRESENTED.sub("", part.strip(), count=1)
            # a name with a post or a body after it, a title before it (`Dr Ruth Ames,
            # Carrowmouth Harbour Trust`): the name, as a byline gives it (a review's probe)
            name = name_byline(part)
            if "author" not in facts and (name or names_people(part)) and len(part.split()) <= 12:
                facts["author"] = name or part
            elif "date" not in facts and (date := parse_date(part) or date_in(part)):
                facts["date"] = date
    gone = [slide.comment, *slide.shown] + ([slide.label] if slide.label else [])
    return facts, removed_lines(gone, SLIDE_FRONT)


def _text(line: Line) -> str:
    match = TITLE.fullmatch(line.text.strip())
    return match["text"].strip() if match else line.text.strip()


def _numbered(body: list[Line]) -> bool:
    numbers = [NOTE_ITEM.fullmatch(line.text.strip()) for line in body]
    return bool(body) and [int(m["n"]) if m else 0 for m in numbers] == list(
        range(1, len(body) + 1)
    )


def _marked(slides: list[Slide], count: int) -> bool:
    """Whether the talk's speaker notes mark notes 1 to `count` (`[1]`, `[2]`): a numbered
    list under `Sources` that nothing marks is a slide's list, no notes."""
    marks = {int(n) for slide in slides for line in slide.notes for n in MARK.findall(line.text)}
    return set(range(1, count + 1)) <= marks


def _is_prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and ends_sentence(text)


def _is_label(body: list[Line]) -> bool:
    """A section slide's label: a few words opening with a letter (`Part 2`, `Section three`);
    not a figure (`£340k`), a picture (`![Photo](Picture2.jpg)`) or a table's row."""
    return all(
        len(line.text.split()) <= LABEL_WORDS and LABEL.fullmatch(line.text.strip())
        for line in body
    )


def _about_author(text: str, authors: str) -> bool:
    """Whether the paragraph opens with an author's name and a verb or a comma (`Ann Lee is`)."""
    names = [name for name in re.split(r",\s*|\s+and\s+|\s*&\s*", authors) if name]
    text = without_honorific(text.strip())
    return any(re.match(re.escape(name) + BIO_OPENING, text) for name in names)
