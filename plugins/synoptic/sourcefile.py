"""Reading a source file as text: one rule for editions, themes, annotations and raw texts.

Sources arrive by pull request and from extraction tools, so the bytes are untrusted: a file
may be missing, be a folder, not be UTF-8, carry a byte-order mark or Windows line endings, or
hold control characters pasted from a terminal. Each is either accepted (BOM, CRLF) or refused
with the file, the line and what to do; nothing past this function sees raw bytes.
"""

from __future__ import annotations

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
    """The text of `path`, UTF-8 (a BOM allowed), line endings normalised to `\\n`.

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
