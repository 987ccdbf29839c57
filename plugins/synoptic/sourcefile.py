"""Reading a source file as text: one rule for editions, themes, annotations and raw texts.

Sources arrive by pull request and from extraction tools, so the bytes are untrusted: a file
may be missing, be a folder, not be UTF-8 (read only where it is an HTML page that declares
its character set, as a browser reads it), carry a byte-order mark or Windows line endings, or
hold control characters pasted from a terminal. Each is either accepted (BOM, CRLF) or refused
with the file, the line and what to do; nothing past this function sees raw bytes.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import SynopticError

#: C0 controls other than tab, line feed, vertical tab and form feed, DEL, and the C1 controls:
#: invisible, and some (NUL, ESC) change what a terminal or an HTML parser does with the text
#: after them.
CONTROL_BUT_PAGES = re.compile(r"[\x00-\x08\x0d-\x1f\x7f-\x9f]")
#: … and the form feed and vertical tab, which only a raw text may hold: pdftotext starts each
#: page with a form feed; a vertical tab is PowerPoint's soft line break as python-pptx gives it
#: (markitdown's text of a slide deck), read as U+2028 is (`layout.soft_broken`).
CONTROL = re.compile(rf"[\f\v]|{CONTROL_BUT_PAGES.pattern}")


UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
#: An HTML page's declared character set, as a browser finds it in the page's first 1,024
#: bytes: `<meta charset="…">`, or `<meta http-equiv=Content-Type content="text/html;
#: charset=…">` (Word's "Web Page, Filtered" declares `windows-1252`; the attributes unquoted,
#: in either order, a line break anywhere a space may stand).
HTML_START = re.compile(rb"\s*<(?:!--|!doctype\s+html|html[\s>]|head[\s>]|meta\s)", re.I)
DECLARED_CHARSET = re.compile(rb"<meta\s[^>]*?\bcharset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.I)
#: Labels a browser reads as windows-1252 (the HTML standard's encoding table): a page that
#: says Latin-1 or ASCII is decoded as windows-1252, its bytes 0x80–0x9F curly quotes and
#: dashes, not control characters.
WINDOWS_1252_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"}
)
#: A document's file given where its text was meant: what it is, and how to get its text.
DOCUMENTS = (
    (
        b"%PDF-",
        "a PDF, not its text: extract the text first (pdftotext -layout FILE.pdf FILE.txt, or "
        "copy it from a PDF reader into a text file) and give that",
    ),
    (
        b"PK\x03\x04",
        "a zip archive (a Word .docx, an OpenDocument .odt, an EPUB), not text: save the "
        "document as plain text, or convert it (pandoc -t plain FILE -o FILE.txt), and give that",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "an old Word document (.doc), not text: save it as plain text (or antiword FILE.doc > "
        "FILE.txt) and give that",
    ),
    (
        b"{\\rtf",
        "an RTF document, not text: save it as plain text (textutil -convert txt FILE.rtf, or "
        "File › Save As) and give that",
    ),
)


def read_source(path: Path, what: str = "the file", pages: bool = False) -> str:
    """The text of `path`, UTF-8 (a BOM allowed), line endings normalised to `\\n`; an HTML
    page that is not UTF-8 in the character set it declares (`declared_charset`).

    `what` names the file for the user ("the edition", "the raw text"). With `pages` (a raw
    text), form feeds are kept: pdftotext opens every page after the first with one, and
    ingest's layout reads them (`layout.SPACES`); so are vertical tabs (soft line breaks, read
    by `slidedeck`); anywhere else either is refused.
    """
    if not path.exists():
        raise SynopticError(path, None, f"{what} does not exist; check the path")
    if path.is_dir():
        raise SynopticError(path, None, f"{what} is a folder; give the path of a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SynopticError(path, None, f"cannot read {what}: {error.strerror}") from None
    for magic, kind in DOCUMENTS:
        if data.startswith(magic):
            raise SynopticError(path, None, f"{what} is {kind}")
    if not data.startswith(UTF16_MARKS) and data[:2000].count(0) > len(data[:2000]) // 4:
        raise SynopticError(
            path,
            None,
            f"{what} looks like UTF-16 text without its byte-order mark; save it as UTF-8 "
            "(iconv -f UTF-16LE -t UTF-8 FILE > NEW.txt)",
        )
    try:
        # UTF-16 with its byte-order mark (Windows Notepad's "Unicode") says what it is.
        text = data.decode("utf-16" if data.startswith(UTF16_MARKS) else "utf-8-sig")
    except UnicodeDecodeError as error:
        text = _as_declared(data)
        if text is None:
            line = data[: error.start].count(b"\n") + 1
            raise SynopticError(
                path,
                line,
                f"{what} is not UTF-8 text (byte 0x{error.object[error.start]:02x}); save it as "
                "UTF-8 (a Windows program's text: iconv -f windows-1252 -t utf-8 FILE > NEW.txt)",
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if match := (CONTROL_BUT_PAGES if pages else CONTROL).search(text):
        line = text.count("\n", 0, match.start()) + 1
        raise SynopticError(
            path,
            line,
            f"{what} holds the control character "
            f"U+{ord(match.group()):04X}, which no text needs; "
            "delete it",
        )
    return text


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the character set an HTML page declares in its first 1,024 bytes
    (see DECLARED_CHARSET), or None: for a text that is no HTML page, a page that declares
    none, or one Python does not know. A label a browser reads as windows-1252 is that; UTF-16
    and UTF-32 are no charset a page's bytes can declare in ASCII (the standard says so too)."""
    head = data[:1024]
    if not HTML_START.match(head) or not (found := DECLARED_CHARSET.search(head)):
        return None
    label = found[1].decode("ascii").lower()
    label = "windows-1252" if label in WINDOWS_1252_LABELS else label
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name


def _as_declared(data: bytes) -> str | None:
    """The text of an HTML page that is not UTF-8, decoded in the charset it declares (a Word
    page saved as "Web Page, Filtered": windows-1252); None where it declares none, or its
    bytes are not that charset's either. UTF-8 is tried first: a page converted to UTF-8 often
    keeps its old declaration, and reads as it did."""
    charset = declared_charset(data)
    if charset is None:
        return None
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        return None
