"""A message saved whole (`.eml`, a mail client's "Save as…"): its transport headers and its
MIME parts, encoded (quoted-printable, base64).

Python's `email` package reads it, as mail programs do: the plain-text part decoded (the HTML
part, the same post again, left out; with no plain part, the text is read as it is), and the
headers that say who, when and what (`From:`, `Date:`, `Subject:`) set over it, where the
e-mail rules read them (mail.py). A Substack-style sender, `Ann Lee from The Valley Floor`,
is the writer before "from" and the publication after it; the plain part's links, written as
their words and their address in brackets, read as their words, and its notes' links as the
notes' numbers (`_plain_links`).
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

# A saved message opens with its transport headers, one of these among them.
MIME_HEADER = re.compile(
    r"(?:MIME-Version|Content-Type|Received|Message-I[dD]|Delivered-To):", re.I
)
HEADER_LINE = re.compile(r"[\w-]+:\s|\s")  # a header, or a folded header's next line
KEPT = ("From", "Date", "Subject")
NOTE_ANCHOR = re.compile(
    r"^(?P<number>\d{1,3}) \[https?://\S+#footnote-anchor-(?P=number)\]\n\n", re.M
)
NOTE_MARKER = re.compile(r"(?P<number>\d{1,3}) \[https?://\S+#footnote-(?P=number)\]")
LINK_ADDRESS = re.compile(r" \[https?://[^\s\]]+\]")
# `Ann Lee from The Valley Floor`: a newsletter's sender, its writer and its publication
SENDER_FROM = re.compile(r"(?P<writer>.+?) from (?P<publication>.+)")


@dataclass(frozen=True)
class SavedMessage:
    text: str  # the headers kept, and the plain-text part decoded
    parts: int  # the message's parts, the one read among them
    encoding: str  # how that part was encoded ("quoted-printable", "base64", …)


def saved_message(raw: str) -> SavedMessage | None:
    """The message's plain text and its headers, if the raw text is a message saved whole:
    transport headers from its first line to a blank line, a MIME header among them."""
    head = raw.split("\n\n", 1)[0].split("\n")
    if not head or not all(HEADER_LINE.match(line) for line in head if line):
        return None
    if not any(MIME_HEADER.match(line) for line in head):
        return None
    message = email.message_from_string(raw, policy=policy.default)
    if not isinstance(message, EmailMessage):
        return None
    body = message.get_body(preferencelist=("plain",))
    if body is None:
        return None
    headers = [
        f"{key}: {_sender(str(message[key])) if key == 'From' else message[key]}"
        for key in KEPT
        if message[key]
    ]
    parts = sum(1 for part in message.walk() if not part.is_multipart())
    encoding = str(body.get("Content-Transfer-Encoding", "7bit")).lower()
    text = _plain_links(body.get_content().replace("\r\n", "\n"))
    return SavedMessage("\n".join(headers) + "\n\n" + text, parts, encoding)


def _plain_links(text: str) -> str:
    """A plain-text part's links as a newsletter's mailer writes them, read: a note's marker
    (`80.1 [https://…#footnote-1]`, note 1 after "80.") as `[1]`; a note's own number over its
    text (`1 [https://…#footnote-anchor-1]`, a blank line, the text) as `[1] ` before it; any
    other link's address in brackets after its words (`Network [https://…]`) gone."""
    text = NOTE_ANCHOR.sub(lambda m: f"[{m['number']}] ", text)
    text = NOTE_MARKER.sub(lambda m: f"[{m['number']}]", text)
    return LINK_ADDRESS.sub("", text)


def _sender(value: str) -> str:
    """The sender's name as the e-mail rules read it: a newsletter's writer, not its title."""
    name, _, address = value.partition("<")
    if found := SENDER_FROM.fullmatch(name.strip().strip('"')):
        return f"{found['writer']} <{address}" if address else found["writer"]
    return value
