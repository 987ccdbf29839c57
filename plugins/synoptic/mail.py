"""An e-mail's text: an essay sent as a message, forwarded, perhaps quoted (`> ` before each
line of it) in the message that forwards it (docs/editions.md, "An essay sent by e-mail").

A text is an e-mail's when a message's header stands above its essay: a forwarding line
(`---------- Forwarded message ---------`, `-----Original Message-----`) and its `From:`,
`Date:`, `Subject:`, `To:` lines, or such lines at the very top naming sender and subject;
with nothing above it but a forwarder's short note (no byline, no date: an essay that quotes
an e-mail is the essay's, headers and all). Then:

- the headers go, and so does the forwarder's note above them; an earlier message of the
  thread below the essay (another header after the essay's text) goes whole;
- a text quoted whole (three lines in five opening with `>`) is read without one level of
  it, its bare `>` lines the blank lines between its paragraphs;
- at the foot, from the last line up while they are what a mail program or its writer sets
  below a message: a legal disclaimer, `Sent from my phone`, a signature (the few short
  lines under `-- `), a sign-off (`Kind regards,` and a name, a post, a number).

Each is listed in the report; `mail_facts` reads the innermost header's sender, date and
subject, for the front matter where the essay states none. Anything else is read as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import Line, blocks_by_blank_lines, ends_sentence, is_title_case
from .metadata import line_date, metadata_line

FORWARDED = re.compile(
    r"-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:", re.I
)
HEADER = re.compile(
    r"(?P<key>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To):(?:\s+(?P<value>.*)|$)", re.I
)
#: A header at the top of the text is one when it names both sender and subject.
TOP_HEADER_FIELDS = {"from", "subject"}
#: A forwarder's note above the message: a few lines of no byline or date.
NOTE_MAX_WORDS = 80
QUOTE = re.compile(r"\s*>\s?")
#: A text is quoted whole when at least this share of its lines open with `>`.
QUOTED_SHARE = 0.6
SIGNATURE_RULE = re.compile(r"--\s*")
SIGN_OFF = re.compile(
    r"(?:kind|best|warm|many)?\s*(?:regards|wishes|thanks|thank you|cheers|best)\s*[,.!]?", re.I
)
#: A signature's or a sign-off's lines: a name, a post, an address, a telephone number.
SIGNATURE_LINES = 6
SIGNATURE_MAX_CHARS = 70
CONTACT = re.compile(r"\d|@|www\.|https?://")
SENT_FROM = re.compile(
    r"Sent from my \S+(?: \S+)?|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail)(?: for \S+)?"
    r"|Get Outlook for \S+",
    re.I,
)
# A legal disclaimer: a message's own words about itself ("This email and any attachments are
# confidential …", "If you have received this message in error …"), not a sentence of the
# essay's that says "confidential".
DISCLAIMER = re.compile(
    r"(?:this (?:e-?mail|message|communication)\b.{0,120}?\b(?:confidential|privileged|"
    r"intended (?:solely |only )?for)|if you (?:have )?received this (?:e-?mail|message) in error"
    r"|confidentiality notice|disclaimer:\s*this (?:e-?mail|message))",
    re.I | re.S,
)
SUBJECT_PREFIX = re.compile(r"(?:(?:re|fwd?|fw)\s*:\s*)+", re.I)

MAIL_HEADER = "e-mail: a message's header (From:, Date:, Subject:, To:)"
MAIL_NOTE = "e-mail: the forwarder's note above the message"
MAIL_EARLIER = "e-mail: an earlier message of the thread, below the essay"
MAIL_SIGNATURE = "e-mail: a signature or sign-off (-- or Kind regards, then a name, a post)"
MAIL_PROGRAM = "e-mail: a mail program's line (Sent from my phone)"
MAIL_DISCLAIMER = "e-mail: a legal disclaimer closing the message"


@dataclass(frozen=True)
class MailText:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    unquoted: int = 0  # lines read without their `>`


def mail_text(lines: list[Line]) -> MailText:
    """The lines of an e-mail's text read as its essay's; any other text's as they are."""
    texts = [line for line in lines if not line.blank]
    headers = _headers(texts)
    if not headers:
        return MailText(lines)
    in_headers = set().union(*headers)
    above = [line for line in texts if line.number < min(in_headers)]
    if sum(len(line.text.split()) for line in above) > NOTE_MAX_WORDS or any(
        metadata_line(line.text) for line in above
    ):
        return MailText(lines)  # an essay quoting a message, or a message under a byline
    found = [(line, MAIL_NOTE) for line in above]
    numbers = {line.number for line in texts}
    found += [(line, MAIL_HEADER) for line in texts if line.number in in_headers]
    # A header below the essay's text opens an earlier message: it goes, to the end.
    earlier = next(
        (
            min(block)
            for block in headers[1:]
            if any(max(headers[0]) < n < min(block) for n in numbers - in_headers)
        ),
        None,
    )
    if earlier is not None:
        found += [
            (line, MAIL_EARLIER)
            for line in texts
            if line.number >= earlier and line.number not in in_headers
        ]
    gone = {line.number for line, _ in found}
    kept = [line for line in lines if line.number not in gone]
    quoted = [line for line in kept if not line.blank and QUOTE.match(line.text)]
    whole = len(quoted) >= QUOTED_SHARE * sum(not line.blank for line in kept)
    read = [_unquoted(line) if whole else line for line in kept]
    found += _foot(read)
    gone = {line.number for line, _ in found}
    removed = [
        Removed.of(line, rule) for line, rule in sorted(found, key=lambda item: item[0].number)
    ]
    unquoted = {line.number: line for line in read}
    out = [
        Line(line.number, "") if line.number in gone else unquoted.get(line.number, line)
        for line in lines
    ]
    return MailText(out, removed, len(quoted) if whole else 0)


def mail_facts(removed: list[Removed]) -> dict[str, str]:
    """The innermost header's sender, date and subject (`From: Ann Lee <ann@…>`, `Date: Tue,
    3 Mar 2026 at 09:12`, `Subject: Fwd: The Title`), as the front matter's author, date and
    title, for where the essay states none."""
    fields = [
        (header["key"], header["value"] or "")
        for item in removed
        if item.rule == MAIL_HEADER and (header := HEADER.match(item.text))
    ]
    return header_facts(fields)


def header_facts(fields: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A message header's fields (name, value) as the front matter's author (the sender's
    name, its address aside), date (its hour read past) and title (the subject, `Fwd:`
    aside); the last of each wins, as the innermost header's does."""
    facts: dict[str, str] = {}
    for field_name, text in fields:
        key, value = field_name.lower(), text.strip()
        if key == "from" and (name := re.sub(r"\s*<[^>]*>|\S+@\S+", "", value).strip(' "')):
            facts["author"] = name
        elif key in ("date", "sent") and (date := line_date(value)):  # its hour read past
            facts["date"] = date
        elif key == "subject" and (title := SUBJECT_PREFIX.sub("", value).strip()):
            facts["title"] = title
    return facts


def _headers(texts: list[Line]) -> list[set[int]]:
    """The message headers, each the set of its lines: a forwarding line and the header lines
    under it, or header lines at the very top naming sender and subject."""
    found: list[set[int]] = []
    for index, line in enumerate(texts):
        rule = FORWARDED.fullmatch(line.text.strip()) is not None
        if not (rule or (index == 0 and _top_header(texts))):
            continue
        block = {line.number} if rule else set()
        for below in texts[index + rule :]:
            if not HEADER.match(below.text.strip()):
                break
            block.add(below.number)
        if len(block) > rule:
            found.append(block)
    return found


def _top_header(texts: list[Line]) -> bool:
    fields = []
    for line in texts:
        match = HEADER.match(line.text.strip())
        if not match:
            break
        fields.append(match["key"].lower())
    return TOP_HEADER_FIELDS <= set(fields)


def _unquoted(line: Line) -> Line:
    match = QUOTE.match(line.text)
    return Line(line.number, line.text[match.end() :]) if match else line


def _foot(lines: list[Line]) -> list[tuple[Line, str]]:
    """What a mail program or the message's writer sets at its foot, block by block from the
    last up, while the blocks are such: a disclaimer (the last block only), `Sent from …`,
    a signature under `-- `, a sign-off and the short lines under it."""
    found: list[tuple[Line, str]] = []
    blocks = [block for block in blocks_by_blank_lines(lines) if block][::-1]
    position = 0
    while position < len(blocks):
        block = blocks[position]
        texts = [line.text.strip() for line in block]
        above = blocks[position + 1] if position + 1 < len(blocks) else []
        if position == 0 and DISCLAIMER.match(" ".join(texts)):
            rule = MAIL_DISCLAIMER
        elif len(block) == 1 and SENT_FROM.fullmatch(texts[0]):
            rule = MAIL_PROGRAM
        elif _is_sign_off(texts[0]) and _signed(texts[1:]):
            rule = MAIL_SIGNATURE
        elif len(above) == 1 and _is_sign_off(above[0].text.strip()) and _signed(texts):
            # the sign-off alone, a blank line, then the name and post under it
            found += [(line, MAIL_SIGNATURE) for line in (*block, *above)]
            position += 2
            continue
        else:
            break
        found += [(line, rule) for line in block]
        position += 1
    return found


def _is_sign_off(text: str) -> bool:
    return bool(SIGNATURE_RULE.fullmatch(text) or SIGN_OFF.fullmatch(text))


def _signed(texts: list[str]) -> bool:
    """A signature's lines: a few, short, none a sentence, each a name, a post or an
    organisation (capitalised) or an address or a number (verse under `--` is none)."""
    return 0 < len(texts) <= SIGNATURE_LINES and all(
        len(text) <= SIGNATURE_MAX_CHARS
        and not ends_sentence(text)
        and (is_title_case(text) or CONTACT.search(text) is not None)
        for text in texts
    )
