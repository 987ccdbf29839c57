"""An Obsidian note: Markdown with the app's own syntax, read before Markdown's.

It is known by its wiki-links (`[[Skarra Narrows|Narrows]]`), two at least outside code. Then,
outside code (a fenced block, a span in backticks: an essay on wiki markup quotes `[[Main
Page]]` as it is):

- a wiki-link reads as the words it shows (`Narrows`; `[[Dunvaig]]`, the page's name), in the
  text and in the properties (`author: "[[Catriona Bell]]"`); a highlight (`==did not sail==`)
  as its words;
- an embed alone on its line (`![[slipway-queue.jpg|640]]`), a comment (`%%…%%`, on a line or
  over lines from a `%%` to the next), a block's id (` ^a1b2c3` at a line's end) go;
- a callout's first line (`> [!info] About the author`) goes and its lines are read as text (an
  author's note set in a box); where it has no other line, its title is its text (`> [!warning]
  The 2025 figures are provisional`); a to-do callout (`> [!todo]`, its checklist) goes whole,
  and so does a quote callout whose words the note says elsewhere (a pull quote);
- after the text, a line of tags alone (`#skarra #ferry`) and a line of links alone (`Related:
  [[…]] · [[…]]`) go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed, removed_lines
from .layout import Line

# (one followed by an address is a Markdown link whose words are in brackets: a converted Word
# footnote's marker, `[[1]](#footnote-1)`, is no wiki-link)
WIKI_LINK = re.compile(
    r"(?<!!)\[\[(?P<target>[^\[\]|#^]+)(?:[#^][^\[\]|]*)?(?:\|(?P<shown>[^\[\]]+))?\]\](?!\()"
)
EMBED = re.compile(r"!\[\[[^\[\]]+\]\]")
# (between spaces and words: `height==0` is no highlight, nor `%d%%` a comment)
HIGHLIGHT = re.compile(r"(?<![\w=])==(?=\S)(?P<words>[^=]+?)(?<=\S)==(?![\w=])")
COMMENT = re.compile(r"(?:^|\s+)%%(?=\S).*?(?<=\S)%%(?!\w)")
BLOCK_COMMENT = "%%"  # alone on its line: a comment over lines, to the next
CODE_SPAN = re.compile(r"`[^`]*`")
FENCE = re.compile(r"\s*(?:```|~~~)")
BLOCK_ID = re.compile(r"\s+\^[\w-]+$")
CALLOUT = re.compile(r">\s*\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)")
QUOTED = re.compile(r">\s?")
TAGS = re.compile(r"#[\w/-]+(?:\s+#[\w/-]+)*")
LINKS_LINE = re.compile(r"(?:[\w ]{1,20}:\s*)?\[\[[^\]]+\]\](?:\s*[·,|•]\s*\[\[[^\]]+\]\])*")
MIN_LINKS = 2
#: Callouts that hold the writer's own notes to self, no text of the essay.
PRIVATE = frozenset({"todo", "task", "tasks"})

OBSIDIAN = (
    "an Obsidian note's own lines (embeds, comments, to-do and pull-quote boxes, tags, related "
    "links)"
)
CALLOUT_TITLE = "an Obsidian callout's title line (its text is read as the text's)"


@dataclass(frozen=True)
class ObsidianNote:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    links: int = 0  # wiki-links read as their words


def obsidian_note(lines: list[Line]) -> ObsidianNote:
    """The note's lines in plain Markdown's terms (see the module); the lines as they are when
    they are no Obsidian note's."""
    code = _code_lines(lines)
    links = sum(
        len(WIKI_LINK.findall(CODE_SPAN.sub("", line.text)))
        for line in lines
        if line.number not in code
    )
    if links < MIN_LINKS:
        return ObsidianNote(lines)
    gone: list[Line] = []
    titles: list[Line] = []
    body = " ".join(line.text for line in lines)
    read: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        if line.number in code:
            read.append(line)
        elif callout := CALLOUT.fullmatch(text):
            box = [line]
            while index + 1 < len(lines) and lines[index + 1].text.lstrip().startswith(">"):
                index += 1
                box.append(lines[index])
            said = " ".join(QUOTED.sub("", item.text.strip(), count=1) for item in box[1:])
            kind = callout["kind"].lower()
            quoted = (
                kind in ("quote", "cite")
                and said.strip()
                and _words(said) in _words(_without(body, box))
            )
            if kind in PRIVATE or quoted:
                gone += box
            elif len(box) == 1 and callout["title"].strip():
                read.append(Line(line.number, callout["title"].strip()))  # its title its text
            else:
                titles.append(line)
                read += [
                    Line(item.number, QUOTED.sub("", item.text.strip(), count=1))
                    for item in box[1:]
                ]
        elif text == BLOCK_COMMENT:
            end = next(
                (i for i in range(index + 1, len(lines)) if lines[i].text.strip() == BLOCK_COMMENT),
                None,
            )
            if end is None:
                read.append(line)
            else:
                gone += lines[index : end + 1]
                index = end
        elif EMBED.fullmatch(text) or COMMENT.fullmatch(text) or _trailing(lines, index):
            gone.append(line)
        else:
            read.append(line)
        index += 1
    read = [line if line.number in code else Line(line.number, _plain(line.text)) for line in read]
    removed = removed_lines(gone, OBSIDIAN) + removed_lines(titles, CALLOUT_TITLE)
    return ObsidianNote(read, sorted(removed, key=lambda item: item.line), links)


def _code_lines(lines: list[Line]) -> set[int]:
    """The numbers of the lines inside fenced code blocks, fences included."""
    inside, found = False, set()
    for line in lines:
        fence = FENCE.match(line.text) is not None
        if inside or fence:
            found.add(line.number)
        if fence:
            inside = not inside
    return found


def _trailing(lines: list[Line], index: int) -> bool:
    """A line of tags alone or of links alone, among the note's last lines (its notes aside)."""
    text = lines[index].text.strip()
    if not (TAGS.fullmatch(text) or LINKS_LINE.fullmatch(text)):
        return False
    after = [line.text for line in lines[index + 1 :] if line.text.strip()]
    return all(
        TAGS.fullmatch(rest.strip()) or LINKS_LINE.fullmatch(rest.strip()) or rest.startswith("[^")
        for rest in after
    )


def _plain(text: str) -> str:
    """A line's text with its links read as their words, its highlights, comments and block id
    taken out; a span in backticks as it is."""
    parts = re.split(r"(`[^`]*`)", text)
    for i in range(0, len(parts), 2):  # (the odd parts are code spans)
        part = WIKI_LINK.sub(lambda link: (link["shown"] or link["target"]).strip(), parts[i])
        parts[i] = HIGHLIGHT.sub(r"\g<words>", COMMENT.sub("", part))
    return BLOCK_ID.sub("", "".join(parts))


def _without(body: str, box: list[Line]) -> str:
    """The note's text without the box's lines."""
    for line in box:
        body = body.replace(line.text, " ", 1)
    return body


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", _plain(text).lower()))
