"""A WhatsApp chat exported as text, the essay pasted into it, as docs/editions.md describes it.

WhatsApp's "Export chat" writes each message as `12/03/2026, 09:41 - Name: text` (Android; the
date in the phone's order, the time in 24 or 12 hours) or `[12/03/2026, 09:41:05] Name: text`
(iPhone), a message's later lines with no prefix, and its own lines without a name (`… -
Messages and calls are end-to-end encrypted. …`). A text is read so only when it is such an
export: its first line is a message, it holds `MIN_MESSAGES` at least, most carry a contact's
name (a few capitalised words or a number: `Still at the stop. The sign says` is none), two
speakers at least (or WhatsApp's own line) are there, and a message follows the essay's last
pasted part (or WhatsApp's own line is there): a dated log, or an essay that opens by quoting a
chat, is read as it stands. A line with the prefix dated before the message it stands in (a
chat the essay quotes) is a line of that message, kept with its prefix, and a warning says so.
Then:

- the essay is the messages of the speaker who wrote the most words (the author, or whoever
  pasted the essay in), from the first that holds several lines (an essay pasted in parts: a
  title, a byline and a date; a heading and its paragraphs; the notes) to the last: those
  pasted parts, a message of one long paragraph (`LONG_WORDS` words or more) before the
  message that holds the notes, a heading alone in WhatsApp's bold (`*Heading*`) between
  parts, and a message that opens as the author's note about herself (the speaker's name and
  a verb or a comma, `layout.BIO_OPENING`: sent after the notes message, it is set above the
  notes; where two are sent so, neither moves and a warning says so);
- where another speaker pasted a text too (a message of several lines and `LONG_WORDS` words),
  the chat is not read: it is kept whole and a warning names both speakers and their lines;
- every other message goes: the other speakers', WhatsApp's own lines, the speaker's chat
  (short messages, a long one after the notes, `<Media omitted>`, `This message was deleted`),
  each line listed;
- each kept message's date, time and name are taken off its first line, each listed with its
  line, and a blank line parts two messages (one may start with a heading right under the
  last line of the one before); a line wholly in WhatsApp's bold is read without its
  asterisks; WhatsApp's `<This message was edited>` goes from the end of the message it marks.

The messages' dates are the chat's, never the essay's. Not read: the speaker's own emphasis
inside a paragraph (`*bold*`, `_italics_` stay as typed), a paragraph of fewer than
`LONG_WORDS` words sent alone (taken for chat), and an essay pasted by someone who also chats
at length (the speaker with the most words is taken for the essay's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import BIO_OPENING, Line, blank_between
from .names import PARTICLES, without_honorific

# A message's prefix: Android's `12/03/2026, 09:41 - `, iPhone's `[12/03/2026, 09:41:05] `.
DATE = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
TIME = r"\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
PREFIX = re.compile(rf"\u200e?(?:(?:{DATE}),? {TIME} - |\[(?:{DATE}),? {TIME}\] )")
STAMP = re.compile(
    r"\D*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{2,4}),? "
    r"(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::(?P<second>\d\d))?\s?(?P<half>[AaPp])?"
)
SPEAKER = re.compile(r"(?P<name>[^:\n]{1,60}?): (?P<text>.*)")
# A contact's name as WhatsApp writes it: a few capitalised words (a title's or an initial's
# stop at most: `Dr. Ann Lee`, `J. Parry`), a word that is no letter (an emoji), or a number.
PHONE = re.compile(r"\+?\d[\d ()-]{5,}\d")
NAME_WORDS = 5
NAME_CHARS = 40
# WhatsApp's own lines, with no name: the encryption notice, a group's changes and members.
APP_LINE = re.compile(
    r".*(?:end-to-end encrypted|created (?:the )?group|\badded\b|\bleft$|\bremoved\b|"
    r"changed (?:the|this|their|his|her|your)\b|joined using|security code|"
    r"disappearing messages|is a contact)",
    re.I,
)
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
WHATSAPP_PREFIX = "WhatsApp chat: a kept message's date, time and name"


@dataclass(frozen=True)
class Message:
    lines: list[Line]  # the first line without its prefix, then the later lines
    speaker: str | None  # None: WhatsApp's own line (or no contact's name)
    first: Line  # the first line as the export writes it, its prefix on it

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)

    @property
    def texts(self) -> list[str]:
        return [line.text.strip() for line in self.lines if not line.blank]

    @property
    def prefix(self) -> str:
        """The date, time and name the export set before the message's first line."""
        return self.first.text[: len(self.first.text) - len(self.lines[0].text)].strip()


@dataclass(frozen=True)
class Chat:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    speaker: str = ""  # whose messages are the essay
    messages: tuple[int, int] = (0, 0)  # the essay's messages, of all
    bio: int | None = None  # the raw line of the author's note sent after the notes
    warnings: tuple[str, ...] = ()  # what the editor must look at (the text kept as it is)


def whatsapp_chat(lines: list[Line]) -> Chat:
    """The essay's lines of a WhatsApp chat's export (see the module); the lines as they are
    in any other text."""
    messages, quoted = _messages(lines)
    if len(messages) < MIN_MESSAGES or not _an_export(messages):
        return Chat(lines)
    words: dict[str, int] = {}
    for message in messages:
        if message.speaker:
            words[message.speaker] = words.get(message.speaker, 0) + message.words
    if not words:
        return Chat(lines)
    speaker = max(words, key=lambda name: words[name])
    if pasters := _pasted_by_others(messages, speaker):
        return Chat(lines, warnings=(pasters,))
    kept, bio, warnings = _essay(messages, speaker)
    if not kept:
        return Chat(lines)
    last_paste = max(i for i in kept if len(messages[i].texts) > 1)
    if last_paste == len(messages) - 1 and not any(_app_line(m) for m in messages):
        return Chat(lines)  # (its last message holds the prose to the end: a quotation)
    read: list[Line] = []
    removed: list[Removed] = []
    for index, message in enumerate(messages):
        if index not in kept:
            whole = [message.first, *message.lines[1:]]
            removed += [Removed.of(line, WHATSAPP_CHAT) for line in whole if not line.blank]
            continue
        removed.append(Removed(message.first.number, message.prefix, WHATSAPP_PREFIX))
        if read:
            read.append(blank_between(message.lines[0], after=False))
        body = list(message.lines)
        last = max(i for i, line in enumerate(body) if not line.blank)
        if edited := EDITED.search(body[last].text):
            removed.append(Removed(body[last].number, edited[0].strip(), WHATSAPP_EDITED))
            body[last] = Line(body[last].number, body[last].text[: edited.start()])
        read += [_unbolded(line) for line in body]
    removed.sort(key=lambda item: item.line)
    warnings += _quoted_warnings(messages, kept, quoted)
    return Chat(read, removed, speaker, (len(kept), len(messages)), bio, tuple(warnings))


def _messages(lines: list[Line]) -> tuple[list[Message], list[int]]:
    """The chat's messages, each its lines, and the raw lines of the prefixed lines read as a
    message's own lines (dated before the message they stand in: a chat quoted in a pasted
    text); none where the first line is no message."""
    texts = [line for line in lines if not line.blank]
    if not texts or not PREFIX.match(texts[0].text):
        return [], []
    stamps = [stamp for line in lines if (stamp := _stamp(line.text))]
    orders = _date_orders(stamps)
    messages: list[Message] = []
    quoted: list[int] = []
    latest: tuple[int, ...] | None = None
    for line in lines:
        prefix = PREFIX.match(line.text)
        stamp = _stamp(line.text) if prefix else None
        if prefix and messages and latest and stamp and _before(stamp, latest, orders):
            quoted.append(line.number)
            prefix = None
        if prefix is None:
            if messages:
                messages[-1].lines.append(line)
            continue
        latest = stamp
        rest = line.text[prefix.end() :]
        spoken = SPEAKER.fullmatch(rest)
        if spoken and _name_shaped(spoken["name"]):
            messages.append(Message([Line(line.number, spoken["text"])], spoken["name"], line))
        else:
            messages.append(Message([Line(line.number, rest)], None, line))
    for message in messages:  # (the blank lines after a message part it from the next)
        while len(message.lines) > 1 and message.lines[-1].blank:
            message.lines.pop()
    return messages, quoted


def _an_export(messages: list[Message]) -> bool:
    """Whether the messages are a chat's: most carry a contact's name, and two speakers at
    least (or WhatsApp's own line) are there; a dated log or diary is none."""
    named = [message.speaker for message in messages if message.speaker]
    return 2 * len(named) > len(messages) and (
        len(set(named)) > 1 or any(_app_line(message) for message in messages)
    )


def _app_line(message: Message) -> bool:
    return message.speaker is None and APP_LINE.match(message.lines[0].text) is not None


def _name_shaped(name: str) -> bool:
    """Whether a message's name is a contact's (see `PHONE`): no sentence, no clause."""
    name = name.strip().lstrip("~").strip()
    if PHONE.fullmatch(name):
        return True
    words = name.split()
    if not 0 < len(words) <= NAME_WORDS or len(name) > NAME_CHARS:
        return False
    for word in words:
        bare = word[:-1] if word.endswith(".") and len(word) <= 4 else word
        if re.search(r"[.,;:!?\"]", bare):
            return False
        if bare[0].isalpha() and not bare[0].isupper() and bare not in PARTICLES:
            return False
    return True


def _pasted_by_others(messages: list[Message], speaker: str) -> str:
    """The warning, where another speaker also pasted a text (a message of several lines and
    `LONG_WORDS` words): whose the essay is, the editor chooses."""
    pasted: dict[str, list[int]] = {}
    for message in messages:
        if message.speaker and len(message.texts) > 1 and message.words >= LONG_WORDS:
            pasted.setdefault(message.speaker, []).append(message.first.number)
    if len(pasted) < 2 or speaker not in pasted:
        return ""
    who = "; ".join(
        f"{name}'s at line{'s' if len(at) > 1 else ''} {', '.join(map(str, at))}"
        for name, at in pasted.items()
    )
    return (
        f"a WhatsApp chat's export, not read: more than one speaker pasted a text of several "
        f"lines ({who}); the chat is kept whole: cut it to the essay's messages"
    )


def _essay(messages: list[Message], speaker: str) -> tuple[set[int], int | None, list[str]]:
    """The indexes of the messages that are the essay's (see the module), the raw line of the
    author's note sent after the notes, and the warnings."""
    own = [i for i, message in enumerate(messages) if message.speaker == speaker]
    pasted = [i for i in own if len(messages[i].texts) > 1]
    if not pasted:
        return set(), None, []
    notes = _notes_message(messages, pasted)
    end = notes if notes < len(messages) else pasted[-1]
    kept = set(pasted)
    bios: list[int] = []
    for i in own:
        texts = messages[i].texts
        if i < pasted[0] or len(texts) != 1:
            continue
        text = texts[0]
        if _opens_as_bio(text, speaker):
            kept.add(i)
            if i > notes:
                bios.append(i)
        elif i < end and (
            len(text.split()) >= LONG_WORDS or (BOLD_LINE.fullmatch(text) and i < pasted[-1])
        ):
            kept.add(i)
    if len(bios) < 2:
        bio = messages[bios[0]].lines[0].number if bios else None
        return kept, bio, []
    at = ", ".join(str(messages[i].first.number) for i in bios)
    return (
        kept,
        None,
        [
            f"a WhatsApp chat's export: {len(bios)} messages after the notes open as the "
            f"author's note about herself (lines {at}); each kept where it stands, below the "
            "notes: keep one and set it above them"
        ],
    )


def _opens_as_bio(text: str, speaker: str) -> bool:
    """Whether a message opens as the author's note about herself: her name (as the chat
    names her, her surname after it or not) and a verb or a comma (`Ann Lee is …`)."""
    name = re.escape(speaker.strip())
    return (
        re.match(rf"{name}(?:\s+[A-Z][\w'’-]*)?{BIO_OPENING}", without_honorific(text)) is not None
    )


def _notes_message(messages: list[Message], pasted: list[int]) -> int:
    """The index of the essay's message that holds its notes (a `Notes` line over numbered
    lines); the chat's length where none does."""
    for index in pasted:
        texts = messages[index].texts
        if any(
            text.rstrip(":") in NOTES_HEADINGS and NOTE_LINE.match(below)
            for text, below in zip(texts, texts[1:], strict=False)
        ):
            return index
    return len(messages)


def _quoted_warnings(messages: list[Message], kept: set[int], quoted: list[int]) -> list[str]:
    """A warning for each message's line that has the export's prefix but is dated before the
    message it stands in (read as that message's line: a chat the essay quotes)."""
    if not quoted:
        return []
    at = ", ".join(map(str, quoted))
    return [
        f"a WhatsApp chat's export: a line dated before the message it stands in, read as a "
        f"line of that message, its date, time and name kept (line{'s' if len(quoted) > 1 else ''}"
        f" {at}): a chat the essay quotes, or a message out of order"
    ]


def _stamp(text: str) -> tuple[int, ...] | None:
    """A prefix's date and time: (the date's first, its second number, the year, the minute
    of the day, the second); None where the line has no prefix."""
    if not PREFIX.match(text) or not (found := STAMP.match(text)):
        return None
    hour = int(found["hour"])
    if found["half"]:
        hour = hour % 12 + (12 if found["half"] in "Pp" else 0)
    year = int(found["year"])
    year += 2000 if year < 100 else 0
    second = int(found["second"] or 0)
    return int(found["a"]), int(found["b"]), year, hour * 60 + int(found["minute"]), second


def _date_orders(stamps: list[tuple[int, ...]]) -> tuple[bool, ...]:
    """The dates' possible orders (True: the day first), as the chat's own dates allow."""
    day_first = not any(stamp[1] > 12 for stamp in stamps)
    month_first = not any(stamp[0] > 12 for stamp in stamps)
    return tuple(order for order, possible in ((True, day_first), (False, month_first)) if possible)


def _before(stamp: tuple[int, ...], latest: tuple[int, ...], orders: tuple[bool, ...]) -> bool:
    """Whether a prefix is dated before the latest message's, in every order the dates allow."""

    def key(value: tuple[int, ...], day_first: bool) -> tuple[int, ...]:
        a, b, year, minute, second = value
        return (year, b, a, minute, second) if day_first else (year, a, b, minute, second)

    return bool(orders) and all(key(stamp, order) < key(latest, order) for order in orders)


def _unbolded(line: Line) -> Line:
    """A line wholly in WhatsApp's bold (`*Heading*`) without its asterisks."""
    bold = BOLD_LINE.fullmatch(line.text.strip())
    return Line(line.number, bold["text"]) if bold else line
