"""A web page saved by a browser as one file, MHTML (Chrome's and Edge's "Webpage, Single
File", `.mhtml`; Internet Explorer's `.mht`): the page's HTML and what it shows (its styles,
its images) as the parts of one MIME message (RFC 2557).

It is known by its MIME header, not by its file's name: the first lines, up to a blank line,
are a message's headers, the message is `multipart/related`, and it is a saved page's, not a
mail's: Chrome's `Snapshot-Content-Location:` (the page's address), or a sender `<Saved by
Blink>` (`<Saved by Windows Internet Explorer 8>`), or no sender and no recipient at all. An
e-mail whose HTML holds its images as related parts names its sender and recipient, and is
read as a message saved whole is (mime.py). Then:

- the page is the part at the snapshot's address (`Content-Location:`), else the part the
  message names as its start (`start="<cid>"`), else its first `text/html` part;
- that part is decoded as its encoding says (quoted-printable, whose soft line breaks fall
  inside words and tags, its UTF-8 bytes `=E2=80=99`; base64), in the charset its header
  names, else the one its HTML declares (Chrome sets `<meta http-equiv="Content-Type" …
  charset=UTF-8>` first in its head and names none in the part's header), else UTF-8;
- the HTML is read as a page saved as HTML is (`htmlpage`): its title, author and date are
  the page's own. The message's `Date:` is the day the page was saved, and its `Subject:` the
  page's `<title>` with the site's name: neither is read;
- the other parts (a style sheet, the logo, the photographs: `text/css`, `image/…`, a frame's
  page) are left out, and the report names their types.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from .errors import SynopticError
from .htmlpage import HtmlPage, html_page
from .sourcefile import ENCODING_OF_LABEL, declared_charset

HEADER_LINE = re.compile(r"[\w-]+:(?:\s|$)|\s")  # a header, or a folded header's next line
#: A browser's mark as the sender of the pages it saves: `From: <Saved by Blink>`.
SAVED_BY = re.compile(r"From:\s*<?Saved by\b", re.I)
SNAPSHOT = re.compile(r"Snapshot-Content-Location:", re.I)
MAILED = re.compile(r"(?:From|To):", re.I)
RELATED = re.compile(r"Content-Type:\s*multipart/related\b", re.I)
#: A page of frames (`<frameset>`, IE's saved pages of old), and its frames' addresses.
FRAMESET = re.compile(rb"<frameset\b", re.I)
FRAME_SOURCE = re.compile(rb"""<i?frame\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)
#: Charsets of one byte a character: bytes that read as UTF-8 (and are not ASCII) under one of
#: these named are most likely UTF-8, the header lying (a file converted, its header kept).
SINGLE_BYTE = re.compile(r"windows-12\d\d|iso-8859-\d+|koi8|macintosh|ibm866|x-mac", re.I)


@dataclass(frozen=True)
class SavedPage:
    page: HtmlPage  # the HTML part, read as a page saved as HTML
    parts: int  # the message's parts, the one read among them
    encoding: str  # how that part was encoded ("quoted-printable", "base64", …)
    charset: str  # the charset it was decoded in
    left_out: tuple[str, ...]  # the other parts' types (`text/css`, `image/png`), in order
    #: what the report warns of: a charset a part's header names that its bytes belie, a
    #: charset read as another, a page of frames whose frame was read
    warnings: tuple[str, ...] = ()


def is_mhtml(raw: str) -> bool:
    """Whether the text is a page saved as MHTML (see the module): a MIME header, of a
    `multipart/related` message a browser saved, not a mail."""
    head = raw.split("\n\n", 1)[0]
    lines = head.split("\n")
    if not lines[0] or not all(HEADER_LINE.match(line) for line in lines if line):
        return False
    unfolded = re.sub(r"\n[ \t]+", " ", head)
    if not RELATED.search(unfolded):
        return False
    said = [line for line in lines if line and not line[0].isspace()]
    saved = any(SNAPSHOT.match(line) or SAVED_BY.match(line) for line in said)
    return saved or not any(MAILED.match(line) for line in said)


def mhtml_page(raw: str, raw_path: str = "", data: bytes | None = None) -> SavedPage | None:
    """The page an MHTML file saves, read (see the module); None for any other text. `data`,
    where given, is the file's bytes (no UTF-8: a part in its own charset, IE's 8bit
    windows-1252), read as the message; else the text's UTF-8 is."""
    if not is_mhtml(raw):
        return None
    message = email.message_from_bytes(
        raw.encode("utf-8") if data is None else data, policy=policy.default
    )
    assert isinstance(message, EmailMessage)  # (policy.default's)
    leaves = [part for part in message.walk() if not part.is_multipart()]
    root = _root(message, leaves)
    if root is None:
        raise SynopticError(
            raw_path,
            1,
            "a page saved as MHTML with no HTML part: open the file in a browser, save the "
            'page as "Webpage, HTML Only", and ingest that',
        )
    warnings: list[str] = []
    body = root.get_payload(decode=True) or b""
    if FRAMESET.search(body):
        root, body = _frame(root, body, leaves, raw_path)
        warnings.append(
            "a page of frames (`<frameset>`): its frame's page read, "
            f"{str(root.get('Content-Location', '')).strip() or 'the next HTML part'}; check that "
            "it is the essay, not the site's menu"
        )
    html, charset = _decoded(body, root.get_content_charset())
    warnings += _charset_warnings(body, root.get_content_charset(), charset)
    html = html.replace("\r\n", "\n").replace("\r", "\n")
    where = f"{raw_path} (its HTML part, decoded)"  # (a refusal's line is that part's)
    page = html_page(html, path=where) or html_page(f"<html><body>{html}</body></html>", path=where)
    assert page is not None  # (html_page reads any text so wrapped)
    encoding = str(root.get("Content-Transfer-Encoding", "7bit")).lower()
    others = tuple(part.get_content_type() for part in leaves if part is not root)
    return SavedPage(page, len(leaves), encoding, charset, others, tuple(warnings))


def _frame(
    root: EmailMessage, body: bytes, leaves: list[EmailMessage], raw_path: str
) -> tuple[EmailMessage, bytes]:
    """For a page of frames, the frame's page that holds the text: the HTML part at a frame's
    address, the frame with the most text of them; else the file is refused, the frames named."""
    sources = [source.decode("latin-1") for source in FRAME_SOURCE.findall(body)]
    pages = [part for part in leaves if part is not root and part.get_content_type() == "text/html"]
    framed = [
        part
        for part in pages
        if any(
            str(part.get("Content-Location", "")).strip().endswith(source.lstrip("./"))
            for source in sources
        )
    ] or pages
    best = max(
        ((len(part.get_payload(decode=True) or b""), index) for index, part in enumerate(framed)),
        default=None,
    )
    if best is None:
        named = ", ".join(f"`{source}`" for source in sources) or "none named"
        raise SynopticError(
            raw_path,
            1,
            f"a page of frames (`<frameset>`) saved as MHTML whose frames' pages ({named}) are "
            "not in the file: open the frame that shows the essay on its own (its address in the "
            'browser\'s "Open frame in new tab"), save that page, and ingest it',
        )
    part = framed[best[1]]
    return part, part.get_payload(decode=True) or b""


def _charset_warnings(body: bytes, named: str | None, read: str) -> list[str]:
    """The report's warnings on the charset a part was read in: a charset read as another
    (`x-user-defined` as windows-1252), and a header's charset of one byte a character over
    bytes that read as UTF-8 (a file converted to UTF-8, its header left: words such as
    `plantâ€™s`)."""
    warnings = []
    label = (named or "").strip().lower()
    if label == "x-user-defined":
        warnings.append(
            "its HTML part names the charset x-user-defined, read as windows-1252 (as a "
            "browser's prescan reads it): if its words read wrong, convert the part to UTF-8"
        )
    if SINGLE_BYTE.fullmatch(read) and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return warnings
        where = "its header" if named else "its HTML's <meta>"
        warnings.append(
            f"its HTML part was read in {read}, the charset {where} names, but its bytes read "
            "as UTF-8 (the file converted, its charset left as it was?): if its words read "
            f'wrong ("Ã©" for "é"), change the charset {where} names to utf-8 and ingest it '
            "again"
        )
    return warnings


def _root(message: EmailMessage, leaves: list[EmailMessage]) -> EmailMessage | None:
    """The page's part: at the snapshot's address, else the message's start, else the first
    `text/html` part; None where there is none."""
    pages = [part for part in leaves if part.get_content_type() == "text/html"]
    address = str(message.get("Snapshot-Content-Location", "")).strip()
    start = str(message.get_param("start", "") or "").strip()
    for part in pages:
        if address and str(part.get("Content-Location", "")).strip() == address:
            return part
    for part in pages:
        if start and str(part.get("Content-ID", "")).strip() == start:
            return part
    return pages[0] if pages else None


def _decoded(data: bytes, named: str | None) -> tuple[str, str]:
    """The part's HTML as text, and the charset read: the part's header's, else the one its
    HTML declares, else UTF-8 (bytes no charset reads, as UTF-8 with replacements). Only a
    charset a browser knows is read (sourcefile's table: `base64` or `rot13` are none)."""
    declared = declared_charset(data.lstrip())
    labels = (named, declared.label if declared else None, "utf-8")
    for label in labels:
        encoding, codec = ENCODING_OF_LABEL.get((label or "").strip().lower(), (None, None))
        if not codec:
            continue
        try:
            return data.decode(codec), encoding
        except (LookupError, UnicodeError):
            continue
    return data.decode("utf-8", "replace"), "UTF-8"
