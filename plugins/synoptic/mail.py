"""An e-mail's text: an essay sent as a message, forwarded, perhaps quoted (`> ` before each
line of it) in the message that forwards it (docs/editions.md, "An essay sent by e-mail").

- A forwarded message's header (`---------- Forwarded message ---------`, then `From:`,
  `Date:`, `Subject:`, `To:`) and a header at the top of the text go, listed in the report.
- A text quoted whole, most of its lines opening with `>`, is read without one level of it:
  its bare `>` lines are the blank lines between its paragraphs.
- A signature, the few short lines under a `-- ` line, goes; so do a mail program's line
  (`Sent from my phone`) and a legal disclaimer closing the message.

Anything else is read as it stands: a text that quotes a few lines (`> ` in a Markdown
source, an essay quoting a letter) is no e-mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed
from .layout import Line, blocks_by_blank_lines, ends_sentence

FORWARDED = re.compile(
    r"-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:", re.I
)
HEADER = re.compile(r"(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To):(?:\s|$)", re.I)
#: A header at the top of the text is one when it names both sender and subject.
TOP_HEADER_FIELDS = {"from", "subject"}
QUOTE = re.compile(r"\s*>\s?")
#: A text is quoted whole when at least this share of its lines open with `>`.
QUOTED_SHARE = 0.6
SIGNATURE_RULE = re.compile(r"--\s*")
#: A signature's lines: a name, a post, an address, a telephone number.
SIGNATURE_LINES = 6
SIGNATURE_MAX_CHARS = 70
SENT_FROM = re.compile(r"(?:Sent from my|Sent from|Get Outlook for)\s+\S+(?:\s+\S+){0,2}\s*", re.I)
DISCLAIMER = re.compile(
    r"(?:this (?:e-?mail|message)\b.{0,80}\bconfidential|confidentiality notice|disclaimer\b)",
    re.I,
)

MAIL_HEADER = "e-mail: a message's header (From:, Date:, Subject:, To:)"
MAIL_SIGNATURE = "e-mail: a signature (the short lines under its '-- ')"
MAIL_PROGRAM = "e-mail: a mail program's line (Sent from my phone)"
MAIL_DISCLAIMER = "e-mail: a legal disclaimer closing the message"


@dataclass(frozen=True)
class MailText:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    unquoted: int = 0  # lines read without their `>`


def mail_text(lines: list[Line]) -> MailText:
    """The lines of an e-mail's text read as its essay's; any other text's as they are."""
    headers = _headers(lines)
    quoted = [line for line in lines if not line.blank and QUOTE.match(line.text)]
    texts = [line for line in lines if not line.blank and line.number not in headers]
    whole = bool(texts) and len(quoted) >= QUOTED_SHARE * len(texts)
    if not (headers or whole):
        return MailText(lines)
    unquoted = [_unquoted(line) if whole else line for line in lines]
    found = [(line, MAIL_HEADER) for line in lines if line.number in headers]
    kept = [line for line in unquoted if line.number not in headers]
    found += [(line, MAIL_SIGNATURE) for line in _signatures(kept)]
    found += [(line, MAIL_PROGRAM) for line in kept if SENT_FROM.fullmatch(line.text.strip())]
    found += [(line, MAIL_DISCLAIMER) for line in _disclaimer(kept)]
    gone = {line.number for line, _ in found}
    removed = [
        Removed(line.number, line.text.strip(), rule)
        for line, rule in sorted(found, key=lambda item: item[0].number)
    ]
    read = [Line(line.number, "") if line.number in gone else line for line in unquoted]
    return MailText(read, removed, len(quoted) if whole else 0)


def _headers(lines: list[Line]) -> set[int]:
    """The lines of the message's headers: each forwarding rule and the header lines under it,
    and a header at the top of the text (`From:` and `Subject:` among its first lines)."""
    found: set[int] = set()
    texts = [line for line in lines if not line.blank]
    for index, line in enumerate(texts):
        rule = FORWARDED.fullmatch(line.text.strip()) is not None
        if rule or (index == 0 and _top_header(texts)):
            found |= {line.number} if rule else set()
            for below in texts[index + rule :]:
                if not HEADER.match(below.text.strip()):
                    break
                found.add(below.number)
    return found


def _top_header(texts: list[Line]) -> bool:
    fields = []
    for line in texts:
        match = HEADER.match(line.text.strip())
        if not match:
            break
        fields.append(match[0].split(":")[0].lower())
    return TOP_HEADER_FIELDS <= set(fields)


def _unquoted(line: Line) -> Line:
    match = QUOTE.match(line.text)
    return Line(line.number, line.text[match.end() :]) if match else line


def _signatures(lines: list[Line]) -> list[Line]:
    """The `-- ` lines and the short lines under each, up to a blank line: at most
    `SIGNATURE_LINES`, none a sentence; more, or a sentence, and it is no signature."""
    found = []
    for index, line in enumerate(lines):
        if not SIGNATURE_RULE.fullmatch(line.text):
            continue
        block = []
        for below in lines[index + 1 :]:
            if below.blank:
                break
            block.append(below)
        if 0 < len(block) <= SIGNATURE_LINES and all(
            len(below.text.strip()) <= SIGNATURE_MAX_CHARS and not ends_sentence(below.text)
            for below in block
        ):
            found += [line, *block]
    return found


def _disclaimer(lines: list[Line]) -> list[Line]:
    """The message's last block, when it is a legal disclaimer."""
    blocks = blocks_by_blank_lines(lines)
    if not blocks or not DISCLAIMER.match(blocks[-1][0].text.strip()):
        return []
    return blocks[-1]
