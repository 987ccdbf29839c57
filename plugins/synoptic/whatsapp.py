"""A WhatsApp chat exported as text, the essay pasted into it, as docs/editions.md describes it.

WhatsApp's "Export chat" writes each message as `12/03/2026, 09:41 - Name: text` (Android; the
date in the phone's order, the time in 24 or 12 hours) or `[12/03/2026, 09:41:05] Name: text`
(iPhone), a message's later lines with no prefix, and its own lines without a name (`… -
Messages and calls are end-to-end encrypted. …`). A text is read so only when its first line
is such a message and it holds `MIN_MESSAGES` at least. Then:

- the essay is the messages of the speaker who wrote the most words (the author, or whoever
  pasted the essay in), from the first that holds several lines (an essay pasted in parts: a
  title, a byline and a date; a heading and its paragraphs; the notes) to the last: those
  pasted parts, a message of one long paragraph (`LONG_WORDS` words or more), a heading alone
  in WhatsApp's bold (`*Heading*`) between parts, and a message that opens with the speaker's
  own name (the author's note about herself: sent after the message that holds the notes, it
  is set above them);
- every other message goes: the other speakers', WhatsApp's own lines, the speaker's chat
  (short messages, `<Media omitted>`, `This message was deleted`), each line listed;
- each message's date, time and name are taken off its first line, and a blank line parts two
  messages (one may start with a heading right under the last line of the one before); a line
  wholly in WhatsApp's bold is read without its asterisks; WhatsApp's `<This message was
  edited>` goes from the end of the message it marks.

The messages' dates are the chat's, never the essay's. Not read: the speaker's own emphasis
inside a paragraph (`*bold*`, `_italics_` stay as typed), and an essay pasted by someone who
also chats at length (the speaker with the most words is taken for the essay's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import Line, blank_between

# A message's prefix: Android's `12/03/2026, 09:41 - `, iPhone's `[12/03/2026, 09:41:05] `.
DATE = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
TIME = r"\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
PREFIX = re.compile(rf"\u200e?(?:(?:{DATE}),? {TIME} - |\[(?:{DATE}),? {TIME}\] )")
SPEAKER = re.compile(r"(?P<name>[^:\n]{1,60}?): (?P<text>.*)")
EDITED = re.compile(r"\s*<This message was edited>\s*$")
BOLD_LINE = re.compile(r"\*(?P<text>[^*\s](?:[^*]*[^*\s])?)\*")
NOTES_HEADINGS = ("Notes", "Footnotes", "Endnotes", "References", "Sources")
NOTE_LINE = re.compile(r"\[?\d{1,3}[.)\]]?\s")  # `1.\tText`, `[1] Text`, `1 Text`
MIN_MESSAGES = 3
LONG_WORDS = 40

WHATSAPP_CHAT = (
    "WhatsApp chat: a message not the essay's (another speaker's, the app's own, the "
    "author's chat around the essay)"
)
WHATSAPP_EDITED = "WhatsApp chat: the app's <This message was edited> at a message's end"


@dataclass(frozen=True)
class Message:
    lines: list[Line]  # the first line without its prefix, then the later lines
    speaker: str | None  # None: WhatsApp's own line
    first: Line  # the first line as the export writes it, its prefix on it

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)

    @property
    def texts(self) -> list[str]:
        return [line.text.strip() for line in self.lines if not line.blank]


@dataclass(frozen=True)
class Chat:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    speaker: str = ""  # whose messages are the essay
    messages: tuple[int, int] = (0, 0)  # the essay's messages, of all
    bio: int | None = None  # the raw line of the author's note sent after the notes


def whatsapp_chat(lines: list[Line]) -> Chat:
    """The essay's lines of a WhatsApp chat's export (see the module); the lines as they are
    in any other text."""
    messages = _messages(lines)
    if len(messages) < MIN_MESSAGES:
        return Chat(lines)
    words: dict[str, int] = {}
    for message in messages:
        if message.speaker:
            words[message.speaker] = words.get(message.speaker, 0) + message.words
    if not words:
        return Chat(lines)
    speaker = max(words, key=lambda name: words[name])
    kept = _essay(messages, speaker)
    if not kept:
        return Chat(lines)
    read: list[Line] = []
    removed: list[Removed] = []
    bio = None
    notes = _notes_message(messages, kept)
    for index, message in enumerate(messages):
        if index not in kept:
            whole = [message.first, *message.lines[1:]]
            removed += [Removed.of(line, WHATSAPP_CHAT) for line in whole if not line.blank]
            continue
        if read:
            read.append(blank_between(message.lines[0], after=False))
        body = list(message.lines)
        last = max(i for i, line in enumerate(body) if not line.blank)
        if edited := EDITED.search(body[last].text):
            removed.append(Removed(body[last].number, edited[0].strip(), WHATSAPP_EDITED))
            body[last] = Line(body[last].number, body[last].text[: edited.start()])
        if index > notes and message.texts[0].startswith(speaker + " "):
            bio = message.lines[0].number
        read += [_unbolded(line) for line in body]
    removed.sort(key=lambda item: item.line)
    return Chat(read, removed, speaker, (len(kept), len(messages)), bio)


def _messages(lines: list[Line]) -> list[Message]:
    """The chat's messages, each its lines; none where the first line is no message."""
    texts = [line for line in lines if not line.blank]
    if not texts or not PREFIX.match(texts[0].text):
        return []
    messages: list[Message] = []
    for line in lines:
        prefix = PREFIX.match(line.text)
        if prefix is None:
            if messages:
                messages[-1].lines.append(line)
            continue
        rest = line.text[prefix.end() :]
        spoken = SPEAKER.fullmatch(rest)
        if spoken:
            messages.append(Message([Line(line.number, spoken["text"])], spoken["name"], line))
        else:
            messages.append(Message([Line(line.number, rest)], None, line))
    for message in messages:  # (the blank lines after a message part it from the next)
        while len(message.lines) > 1 and message.lines[-1].blank:
            message.lines.pop()
    return messages


def _essay(messages: list[Message], speaker: str) -> set[int]:
    """The indexes of the messages that are the essay's (see the module)."""
    own = [i for i, message in enumerate(messages) if message.speaker == speaker]
    pasted = [i for i in own if len(messages[i].texts) > 1]
    if not pasted:
        return set()
    kept = set(pasted)
    for i in own:
        texts = messages[i].texts
        if i < pasted[0] or len(texts) != 1:
            continue
        text = texts[0]
        if (
            len(text.split()) >= LONG_WORDS
            or text.startswith(speaker + " ")
            or (BOLD_LINE.fullmatch(text) and i < pasted[-1])
        ):
            kept.add(i)
    return kept


def _notes_message(messages: list[Message], kept: set[int]) -> int:
    """The index of the essay's message that holds its notes (a `Notes` line over numbered
    lines); the chat's length where none does."""
    for index in sorted(kept):
        texts = messages[index].texts
        if any(
            text.rstrip(":") in NOTES_HEADINGS and NOTE_LINE.match(below)
            for text, below in zip(texts, texts[1:], strict=False)
        ):
            return index
    return len(messages)


def _unbolded(line: Line) -> Line:
    """A line wholly in WhatsApp's bold (`*Heading*`) without its asterisks."""
    bold = BOLD_LINE.fullmatch(line.text.strip())
    return Line(line.number, bold["text"]) if bold else line
