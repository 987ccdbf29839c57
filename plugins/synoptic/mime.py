"""A message saved whole (`.eml`, a mail client's "Save as…"): its transport headers and its
MIME parts, encoded (quoted-printable, base64, 8bit).

It is known by its headers, from the first line to a blank line, `From:` and `Date:` among
them and a MIME header (`MIME-Version:` or `Content-Type:`). Python's `email` package reads it,
as mail programs do, and the text read is:

- the plain-text part, decoded, under the headers that say who, when and what (`From:`,
  `Date:`, `Subject:`), where the e-mail rules read them (mail.py); where that part forwards a
  message itself (`---------- Forwarded message ---------`), the part alone, whose own header
  the e-mail rules read;
- a message attached whole (a forward as an attachment): that message, read the same way;
- a text attached (`essay.txt`) under a short covering note: the attachment, under the
  sender's headers.

A newsletter's message (a `List-Unsubscribe:` header) writes a link's address in brackets
after its words, and its notes' links as numbers: read as words and notes (`_plain_links`);
its sender, `Ann Lee from The Valley Floor`, is the writer before "from". A message with no
plain text (HTML only) is read by its HTML part, as a page saved as HTML is.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from .errors import SynopticError
from .htmlpage import html_page
from .mail import FORWARDED, header_facts

HEADER_LINE = re.compile(r"[\w-]+:(?:\s|$)|\s")  # a header, or a folded header's next line
MIME_HEADER = re.compile(r"(?:MIME-Version|Content-Type):", re.I)
NEEDED = (re.compile(r"From:", re.I), re.compile(r"Date:", re.I))
KEPT = ("From", "Date", "Subject")
COVERING_NOTE_WORDS = 60  # a covering note over an attached text is a few lines
NOTE_ANCHOR = re.compile(
    r"^(?P<number>\d{1,3}) \[https?://\S+#footnote-anchor-(?P=number)\]\n\n", re.M
)
NOTE_MARKER = re.compile(r"(?P<number>\d{1,3}) \[https?://\S+#footnote-(?P=number)\]")
# (a newsletter's plain part writes a link as its words and its address in square brackets)
BRACKETED_ADDRESS = re.compile(r" \[https?://[^\s\]]+\]")
# `Ann Lee from The Valley Floor`: a newsletter's sender, its writer and its publication
SENDER_FROM = re.compile(r"(?P<writer>.+?) from (?P<publication>.+)")


@dataclass(frozen=True)
class SavedMessage:
    text: str  # the headers kept, and the plain text decoded
    parts: int  # the message's parts, the one read among them
    encoding: str  # how that part was encoded ("quoted-printable", "base64", …)
    part: str = "plain-text"  # which part was read: "plain-text", or "HTML" (none plain)


def saved_message(raw: str, raw_path: str = "") -> SavedMessage | None:
    """The message's plain text and its headers, if the raw text is a message saved whole (see
    the module); None for any other text."""
    head = raw.split("\n\n", 1)[0].split("\n")
    if not all(HEADER_LINE.match(line) for line in head if line):
        return None
    if not any(MIME_HEADER.match(line) for line in head):
        return None
    if not all(any(needed.match(line) for line in head) for needed in NEEDED):
        return None
    # (as bytes: a part sent as 8bit UTF-8 is decoded as its charset says)
    message = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    if not isinstance(message, EmailMessage):
        return None
    parts = sum(1 for part in message.walk() if not part.is_multipart())
    return _read(message, parts, raw_path)


def _read(message: EmailMessage, parts: int, raw_path: str) -> SavedMessage:
    """The text of a message: see the module."""
    attached = next(
        (part for part in message.walk() if part.get_content_type() == "message/rfc822"), None
    )
    if attached is not None and isinstance(inner := attached.get_payload(0), EmailMessage):
        return _read(inner, parts, raw_path)
    body = message.get_body(preferencelist=("plain",))
    if body is None:
        return _html_only(message, parts, raw_path)
    text = _content(body)
    files = [
        part
        for part in message.iter_attachments()
        if part.get_content_type() == "text/plain" and part is not body
    ]
    if files and len(text.split()) <= COVERING_NOTE_WORDS:
        body, text = files[0], _content(files[0])  # the essay attached, under a short note
    newsletter = message["List-Unsubscribe"] is not None
    if newsletter:
        text = _plain_links(text)
    encoding = str(body.get("Content-Transfer-Encoding", "7bit")).lower()
    if FORWARDED.search(text):
        return SavedMessage(text, parts, encoding)  # the forwarded header is the essay's
    said = {key: str(message[key] or "") for key in KEPT}
    if newsletter:
        said["From"] = _sender(said["From"])
    headers = [f"{key}: {value}" for key, value in said.items()]
    return SavedMessage("\n".join(headers) + "\n\n" + text, parts, encoding)


def _html_only(message: EmailMessage, parts: int, raw_path: str) -> SavedMessage:
    """A message with no plain text: its HTML part read as a page saved as HTML is
    (`htmlpage`), the subject, sender and date its title, author and date where the page
    marks none; refused with what to do where it has no HTML either."""
    part = message.get_body(preferencelist=("html",))
    if part is None:
        raise SynopticError(
            raw_path,
            1,
            "a message saved whole with no text part, plain or HTML: open it in a mail "
            "program, save the message as text, and ingest that",
        )
    html = _content(part)
    given = header_facts((key, str(message[key] or "")) for key in KEPT)
    where = f"{raw_path} (its HTML part, decoded)"  # (a refusal's line is that part's)
    page = html_page(html, given, path=where) or html_page(
        f"<html><body>{html}</body></html>", given, path=where
    )
    encoding = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
    return SavedMessage(page.text if page else html, parts, encoding, "HTML")


def _content(part: EmailMessage) -> str:
    """A part's text, decoded; a charset Python does not know (`unknown-8bit`) read as UTF-8."""
    try:
        text = part.get_content()
    except LookupError:
        text = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    return str(text).replace("\r\n", "\n")


def _plain_links(text: str) -> str:
    """A newsletter's plain-text links, read: a note's marker (`80.1 [https://…#footnote-1]`,
    note 1 after "80.") as `[1]`; a note's own number over its text (`1
    [https://…#footnote-anchor-1]`, a blank line, the text) as `[1] ` before it; any other
    link's address in brackets after its words (`Network [https://…]`) gone."""
    text = NOTE_ANCHOR.sub(lambda m: f"[{m['number']}] ", text)
    text = NOTE_MARKER.sub(lambda m: f"[{m['number']}]", text)
    return BRACKETED_ADDRESS.sub("", text)


def _sender(value: str) -> str:
    """A newsletter's sender's name as the e-mail rules read it: its writer, not its title."""
    name, _, address = value.partition("<")
    if found := SENDER_FROM.fullmatch(name.strip().strip('"')):
        return f"{found['writer']} <{address}" if address else found["writer"]
    return value
