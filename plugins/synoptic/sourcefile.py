"""Reading a source file as text: one rule for editions, themes, annotations and raw texts.

Sources arrive by pull request and from extraction tools, so the bytes are untrusted: a file
may be missing, be a folder, not be UTF-8 (read only where it is a raw text that is an HTML
page, .htm or .html, declaring a charset a browser reads, as a browser reads it, or an RTF
document, in the code page it names: `read_raw_text`; an edition, themes.yml or an annotation
is UTF-8 or refused), carry a byte-order mark or Windows line endings, or hold control
characters pasted from a terminal. Each is either accepted (BOM, CRLF) or refused with the
file, the line and what to do; nothing past this module sees raw bytes, but a document's
that is a zip archive of parts with a reader of its own (an EPUB, a Word document, an
OpenDocument text: `ZIP_DOCUMENTS`), given whole to that reader, and a saved page's that is a
MIME message no UTF-8 (`SourceText.data`).
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser
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
#: The raw texts a browser reads as HTML pages (and as XHTML: an EPUB's chapters): only these
#: are read in a charset they declare.
HTML_SUFFIXES = frozenset({".htm", ".html", ".xhtml", ".xht"})
#: The encoding an XML declaration names, where the file opens with one (an XHTML document's,
#: an EPUB's chapter's: `<?xml version="1.0" encoding="windows-1252"?>`), as its bytes read
#: as Latin-1 give it.
XML_ENCODING = re.compile(
    r"\A(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*([\"'])([A-Za-z][\w.:-]*)\1"
)
#: How far a browser looks for a page's declared charset (the HTML standard's prescan).
PRESCAN_BYTES = 1024
#: The WHATWG Encoding Standard's encodings a page may declare, each with its labels and the
#: Python codec that reads it (where Python's codec of the same name differs from the
#: browser's, the browser's superset: Shift_JIS is Windows' cp932, EUC-KR cp949, GBK gb18030,
#: Big5 big5hkscs). Any other label (`base64`, `unicode-escape`, `utf-7`, `cp037`, …) is no
#: charset a browser reads. UTF-16 declared in a page's ASCII bytes is read as UTF-8, and
#: x-user-defined as windows-1252 (the HTML standard's prescan); "replacement" reads as one
#: U+FFFD, which no page means, so a page that declares it is refused.
WHATWG_ENCODINGS = (
    ("UTF-8", "utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    ("IBM866", "cp866", "866 cp866 csibm866 ibm866"),
    (
        "ISO-8859-2",
        "iso8859_2",
        "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    ),
    (
        "ISO-8859-3",
        "iso8859_3",
        "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    ),
    (
        "ISO-8859-4",
        "iso8859_4",
        "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    ),
    (
        "ISO-8859-5",
        "iso8859_5",
        "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
        "iso_8859-5:1988",
    ),
    (
        "ISO-8859-6",
        "iso8859_6",
        "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
        "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    ),
    (
        "ISO-8859-7",
        "iso8859_7",
        "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 "
        "iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    ),
    (
        "ISO-8859-8",
        "iso8859_8",
        "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
        "iso88598 iso_8859-8 iso_8859-8:1988 visual",
    ),
    ("ISO-8859-8-I", "iso8859_8", "csiso88598i iso-8859-8-i logical"),
    (
        "ISO-8859-10",
        "iso8859_10",
        "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    ),
    ("ISO-8859-13", "iso8859_13", "iso-8859-13 iso8859-13 iso885913"),
    ("ISO-8859-14", "iso8859_14", "iso-8859-14 iso8859-14 iso885914"),
    (
        "ISO-8859-15",
        "iso8859_15",
        "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    ),
    ("ISO-8859-16", "iso8859_16", "iso-8859-16"),
    ("KOI8-R", "koi8_r", "cskoi8r koi koi8 koi8-r koi8_r"),
    ("KOI8-U", "koi8_u", "koi8-ru koi8-u"),
    ("macintosh", "mac_roman", "csmacintosh mac macintosh x-mac-roman"),
    (
        "windows-874",
        "cp874",
        "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    ),
    ("windows-1250", "cp1250", "cp1250 windows-1250 x-cp1250"),
    ("windows-1251", "cp1251", "cp1251 windows-1251 x-cp1251"),
    (
        "windows-1252",
        "cp1252",
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
        "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    ),
    ("windows-1253", "cp1253", "cp1253 windows-1253 x-cp1253"),
    (
        "windows-1254",
        "cp1254",
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
        "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254",
    ),
    ("windows-1255", "cp1255", "cp1255 windows-1255 x-cp1255"),
    ("windows-1256", "cp1256", "cp1256 windows-1256 x-cp1256"),
    ("windows-1257", "cp1257", "cp1257 windows-1257 x-cp1257"),
    ("windows-1258", "cp1258", "cp1258 windows-1258 x-cp1258"),
    ("x-mac-cyrillic", "mac_cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    (
        "GBK",
        "gb18030",
        "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    ),
    ("gb18030", "gb18030", "gb18030"),
    ("Big5", "big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    ("EUC-JP", "euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    ("ISO-2022-JP", "iso2022_jp", "csiso2022jp iso-2022-jp"),
    (
        "Shift_JIS",
        "cp932",
        "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    ),
    (
        "EUC-KR",
        "cp949",
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
        "ksc5601 ksc_5601 windows-949",
    ),
    (
        "replacement",
        None,
        "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement",
    ),
    ("UTF-8", "utf-8", "unicodefffe utf-16be"),  # UTF-16BE, read as UTF-8 from a page's meta
    (
        "UTF-8",
        "utf-8",
        "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",  # UTF-16LE
    ),
    ("windows-1252", "cp1252", "x-user-defined"),  # as the HTML standard's prescan reads it
)
#: Each label (lower case, as the standard compares them) → (the encoding, its Python codec).
ENCODING_OF_LABEL = {
    label: (name, codec) for name, codec, labels in WHATWG_ENCODINGS for label in labels.split()
}
#: The charset inside a `<meta http-equiv=Content-Type content="text/html; charset=…">`'s
#: content (the HTML standard's "extracting a character encoding from a meta element").
CONTENT_CHARSET = re.compile(
    r"charset[\t\n\f\r ]*=[\t\n\f\r ]*(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\f\r ;\"']+))", re.I
)
#: An RTF document's start: a raw text so opening is read by its reader (rtfdocument.py); an
#: edition, themes.yml or an annotation so opening is refused.
RTF_START = b"{\\rtf"
#: A zip archive's start (its first entry's local header).
ZIP_START = b"PK\x03\x04"
#: The `mimetype` entry a zip document of OCF's or ODF's makes first, stored: its name and
#: value stand from byte 30 on (`mimetypeapplication/epub+zip`).
MIMETYPE_AT = 30
MIMETYPE_BYTES = 100  # (the longest media type a document's `mimetype` holds is ~60 bytes)
#: What Python's zipfile raises on an archive it cannot read: no zip, or cut short
#: (BadZipFile, EOFError, OSError), an entry encrypted or compressed in a way it does not know
#: (RuntimeError, NotImplementedError's kind), or whose data is damaged (zlib.error,
#: ValueError).
ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, RuntimeError, zlib.error, ValueError)


@dataclass(frozen=True)
class ZipDocument:
    """A kind of document that is a zip archive of parts, read by a reader of its own (its
    bytes given whole to it: `SourceText.data`): what it is, as a refusal names it, and how its
    archive says it is one: the `mimetype` entry it holds (EPUB's and OpenDocument's formats
    ask for one, first), or, where it holds none or its kind writes none (Word's), a part of
    its own; and the file name's ending it goes by."""

    what: str
    mimetype: str
    part: str
    suffix: str

    def holds(self, archive: zipfile.ZipFile) -> bool:
        """Whether the archive is a document of this kind."""
        names = set(archive.namelist())
        if "mimetype" not in names or not self.mimetype:
            return self.part in names
        with archive.open("mimetype") as entry:
            said = entry.read(MIMETYPE_BYTES)
        return said.decode("ascii", "replace").strip() == self.mimetype

    def opens(self, data: bytes) -> bool:
        """Whether the bytes open with this kind's `mimetype` entry (what says a zip that does
        not open was meant as one; a kind that holds none says nothing so)."""
        return bool(self.mimetype) and data.startswith(
            f"mimetype{self.mimetype}".encode(), MIMETYPE_AT
        )


#: The zip documents ingest reads, each by a reader of its own (ingest's `PAGE_KINDS`); any
#: other zip archive is refused as `DOCUMENTS` says.
ZIP_DOCUMENTS = (
    ZipDocument("an EPUB e-book", "application/epub+zip", "META-INF/container.xml", ".epub"),
    ZipDocument(
        "an OpenDocument text (.odt)",
        "application/vnd.oasis.opendocument.text",
        "content.xml",
        ".odt",
    ),
    # (Word's packages hold no `mimetype`: its main part says it)
    ZipDocument("a Word document (.docx)", "", "word/document.xml", ".docx"),
)
#: A zip archive none of `ZIP_DOCUMENTS`, refused: what it may be, and what to do.
ZIP_NONE = (
    "a zip archive that is none of the documents ingest reads (a Word .docx, an OpenDocument "
    ".odt, an EPUB): a spreadsheet, a presentation? Save the document as plain text, or "
    "convert it (pandoc -t plain FILE -o FILE.txt), and give that"
)

#: A document's file given where its text was meant: what it is, and how to get its text.
DOCUMENTS = (
    (
        b"%PDF-",
        "a PDF, not its text: extract the text first (pdftotext -layout FILE.pdf FILE.txt, or "
        "copy it from a PDF reader into a text file) and give that",
    ),
    (
        ZIP_START,
        ZIP_NONE,
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "an old Word document (.doc), not text: save it as plain text (or antiword FILE.doc > "
        "FILE.txt) and give that",
    ),
    (
        RTF_START,
        "an RTF document, not text: save it as plain text (textutil -convert txt FILE.rtf, or "
        "File › Save As) and give that",
    ),
)


@dataclass(frozen=True)
class Declared:
    """The charset an HTML page declares: its label as written, the encoding a browser reads
    for it (the WHATWG name, None for a label no browser knows) and the Python codec of that
    (None where a browser reads none: "replacement")."""

    label: str
    encoding: str | None
    codec: str | None

    @property
    def whose(self) -> str:
        """ "the charset the page declares", and its label where it is no name of the
        encoding's ("('ISO_8859-1')")."""
        named = "" if self.label.lower() == str(self.encoding).lower() else f" ('{self.label}')"
        return f"the charset the page declares{named}"

    @property
    def said(self) -> str:
        """What the page declares, as the report and refusals say it: "windows-1252, the charset
        the page declares"."""
        return f"{self.encoding}, {self.whose}"


@dataclass(frozen=True)
class SourceText:
    """A source's text, and the charset it was read in where that was not UTF-8 (an HTML page's
    declared charset), for the ingest report to say."""

    text: str
    declared: Declared | None = None
    #: A MIME message's bytes (a page saved as MHTML), where they are no UTF-8: each of its
    #: parts names its own charset, and is decoded in it from these (mhtml.py); the text is
    #: then these bytes read as UTF-8 with replacements, for its headers to be read. Or a zip
    #: document's (`ZIP_DOCUMENTS`), for its reader: the text is then empty.
    data: bytes | None = None

    @property
    def read_in(self) -> str | None:
        """The report's line on the charset, or None for UTF-8."""
        if self.declared is None:
            return None
        return (
            f"not UTF-8: read as {self.declared.said}; if its words read wrong, the page is in "
            "another charset: "
            "convert it to UTF-8 (iconv -f CHARSET -t utf-8 FILE > NEW.html)"
        )


def read_source(path: Path, what: str = "the file", pages: bool = False) -> str:
    """The text of `path`, UTF-8 (a BOM allowed), line endings normalised to `\\n`.

    `what` names the file for the user ("the edition", "the raw text"). With `pages` (a raw
    text), form feeds are kept: pdftotext opens every page after the first with one, and
    ingest's layout reads them (`layout.SPACES`); so are vertical tabs (soft line breaks, read
    by `slidedeck`); anywhere else either is refused.
    """
    return _read(path, what, pages, html=False).text


def read_raw_text(path: Path) -> SourceText:
    """A raw text as `read_source` reads it with its pages, and, where it is an HTML page
    (.htm, .html) that is not UTF-8, in the charset it declares (`declared_charset`), as a
    browser reads it; the charset is returned for the report to say. A MIME message of related
    parts (a page saved as MHTML) that is not UTF-8 is returned with its bytes, for each part to
    be decoded in its own charset (`SourceText.data`; a part in no charset a browser knows,
    or a message that is no saved page, is refused as any text not UTF-8 is:
    `refuse_not_utf8`). An RTF document (opening `{\\rtf`) is read a byte a character, for its
    reader to decode in the code page it names (rtfdocument.py); a zip document ingest reads
    (`ZIP_DOCUMENTS`: an EPUB, a Word document, an OpenDocument text) is returned as its
    bytes, for its reader."""
    return _read(path, "the raw text", pages=True, html=path.suffix.lower() in HTML_SUFFIXES)


#: A MIME message's head whose parts are related (`multipart/related`: a saved page's), in its
#: first 4,096 bytes (its headers are ASCII).
MIME_RELATED = re.compile(rb"(?is)\A(?:[\w-]+:[^\n]*\n|[ \t][^\n]*\n)*?[^\n]*multipart/related")


def refuse_unread(path: Path | str, data: bytes) -> None:
    """Refuse a raw text's bytes that no reader read: a zip with what to do (one that does not
    open, as `zip_document` says), any other at the line of its first byte that is no UTF-8."""
    if data.startswith(ZIP_START):
        zip_document(path, data)
        raise SynopticError(path, None, f"the raw text is {ZIP_NONE}")
    refuse_not_utf8(path, data)


def refuse_not_utf8(path: Path | str, data: bytes, what: str = "the raw text") -> None:
    """Refuse bytes that are no UTF-8, at the line of the first byte that is none."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SynopticError(
            path,
            line,
            f"{what} is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8 (a "
            "Windows program's text: iconv -f windows-1252 -t utf-8 FILE > NEW.txt)",
        ) from None


def _read(path: Path, what: str, pages: bool, html: bool) -> SourceText:
    if not path.exists():
        raise SynopticError(path, None, f"{what} does not exist; check the path")
    if path.is_dir():
        raise SynopticError(path, None, f"{what} is a folder; give the path of a file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SynopticError(path, None, f"cannot read {what}: {error.strerror}") from None
    return decoded(data, path, what, pages, html)


def decoded(data: bytes, path: Path | str, what: str, pages: bool, html: bool) -> SourceText:
    """The text of a source's bytes, as `_read` reads a file's (a part of a zip document too:
    an EPUB's XHTML, epubbook.py; `path` names it for an error)."""
    if pages and data.startswith(RTF_START):
        # An RTF document is 7-bit text whose bytes beyond ASCII, where a program writes them
        # raw, are its code page's: each read as one character, for its reader to decode
        # (rtfdocument.py).
        return SourceText(data.decode("latin-1").replace("\r\n", "\n").replace("\r", "\n"))
    if pages and data.startswith(ZIP_START) and zip_document(path, data) is not None:
        return SourceText("", data=data)
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
    declared = None
    try:
        # UTF-16 with its byte-order mark (Windows Notepad's "Unicode") says what it is.
        text = data.decode("utf-16" if data.startswith(UTF16_MARKS) else "utf-8-sig")
    except UnicodeDecodeError as error:
        # A page converted to UTF-8 often keeps its old declaration: UTF-8 is tried first (a
        # browser reads a page's byte-order mark before its meta, so one with a mark is UTF-8).
        if html and not data.startswith(codecs.BOM_UTF8):
            declared = declared_charset(data)
        if pages and declared is None and MIME_RELATED.match(data[:4096]):
            return SourceText(data.decode("utf-8", "replace").replace("\r\n", "\n"), None, data)
        if declared is None:
            line = data[: error.start].count(b"\n") + 1
            raise SynopticError(
                path,
                line,
                f"{what} is not UTF-8 text (byte 0x{data[error.start]:02x})"
                + (", and the page declares no charset" if html else "")
                + "; save it as UTF-8 (a Windows program's text: iconv -f windows-1252 -t utf-8 "
                "FILE > NEW.txt)",
            ) from None
        text = _as_declared(path, what, data, declared, error.start)
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
    return SourceText(text, declared)


def zip_document(path: Path | str, data: bytes) -> ZipDocument | None:
    """The kind of zip document the bytes are (`ZIP_DOCUMENTS`), or None for any other zip
    archive (refused as `DOCUMENTS` says); one that does not open as a zip (cut short,
    damaged) is refused with what to do, named by what its first entry or its name says it
    is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return next((kind for kind in ZIP_DOCUMENTS if kind.holds(archive)), None)
    except ZIP_ERRORS:
        suffix = Path(str(path)).suffix.lower()
        meant = next(
            (kind for kind in ZIP_DOCUMENTS if kind.opens(data) or kind.suffix == suffix), None
        )
        what = (
            f"{meant.what} whose zip archive does not open"
            if meant
            else ("a zip archive that does not open")
        )
        raise SynopticError(
            path,
            None,
            f"the raw text is {what} (it is cut short or damaged): download or export it "
            "again, and give that",
        ) from None


def declared_charset(data: bytes) -> Declared | None:
    """The charset an HTML page declares: an XHTML document's, its XML declaration's
    (`encoding="…"`, where the file opens with one); else as a browser's prescan finds it: in the
    page's first 1,024 bytes, the first `<meta>` element outside comments (and scripts) with a
    `charset` attribute, or an `http-equiv="Content-Type"` and a `content` naming a charset;
    a label no browser knows is passed over for a later meta's, as a browser does, and is
    returned (its encoding None) only where no meta declares one a browser knows. None where
    the page declares none. Python's HTML parser over the bytes read as Latin-1 (each byte one
    character) does the prescan's work: comments, attributes quoted or not, in any order."""
    head = data[:PRESCAN_BYTES].decode("latin-1")
    if xml := XML_ENCODING.match(head):
        # (an XHTML document: an XML reader's charset is its declaration's, before any meta)
        label = xml[2]
        encoding, codec = ENCODING_OF_LABEL.get(label.lower(), (None, None))
        return Declared(label, encoding, codec)
    prescan = _Prescan()
    try:
        prescan.feed(head)
    except (AssertionError, ValueError):  # (a malformed declaration in the parser's old code)
        pass
    return prescan.known or prescan.unknown


class _Prescan(HTMLParser):
    """The first declaration in `<meta>` elements a browser reads, and the first it does not."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.known: Declared | None = None
        self.unknown: Declared | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.known is not None:
            return
        values: dict[str, str] = {}
        for name, value in attrs:  # the first of an attribute given twice, as a browser reads
            values.setdefault(name, value or "")
        label = values.get("charset")
        if label is None and values.get("http-equiv", "").strip().lower() == "content-type":
            found = CONTENT_CHARSET.search(values.get("content", ""))
            label = (
                next((group for group in found.groups() if group is not None), None)
                if found
                else None
            )
        if label is None:
            return
        label = label.strip("\t\n\f\r ")
        encoding, codec = ENCODING_OF_LABEL.get(label.lower(), (None, None))
        if encoding is not None:
            self.known = Declared(label, encoding, codec)
        elif self.unknown is None and label:
            self.unknown = Declared(label, None, None)

    handle_startendtag = handle_starttag


def _as_declared(path: Path | str, what: str, data: bytes, declared: Declared, first: int) -> str:
    """The text of an HTML page that is not UTF-8 (its first byte not UTF-8's at `first`),
    decoded in the charset it declares (a Word page saved as "Web Page, Filtered":
    windows-1252); refused, with its line and what to do, where the charset is none a browser
    reads, or the page's bytes are not that charset's either."""
    advice = (
        "save it as UTF-8 from the charset it is in (iconv -f CHARSET -t utf-8 FILE > NEW.html) "
        "or declare that charset"
    )

    def refused(at: int, why: str) -> SynopticError:
        line = data[:at].count(b"\n") + 1
        return SynopticError(path, line, f"{what} {why}; {advice}")

    byte = f"byte 0x{data[first]:02x}"
    if declared.encoding is None:
        raise refused(
            first,
            f"is not UTF-8 text ({byte}), and the charset it declares, '{declared.label}', is "
            "not one a browser reads",
        )
    if declared.codec is None:
        raise refused(
            first,
            f"is not UTF-8 text ({byte}), and the charset it declares, '{declared.label}', is "
            "one a browser shows no text in",
        )
    if declared.encoding == "UTF-8":
        raise refused(
            first,
            f"is not UTF-8 text ({byte}), which a browser reads it as: the page declares "
            f"'{declared.label}'",
        )
    try:
        return data.decode(declared.codec)
    except UnicodeDecodeError as error:
        raise refused(
            error.start,
            f"is not {declared.encoding} text, {declared.whose}: "
            f"byte 0x{data[error.start]:02x} is none of "
            f"{declared.encoding}'s",
        ) from None
    except (LookupError, UnicodeError):  # (no codec of the table's should fail so)
        raise refused(
            first, f"cannot be read in the charset it declares, {declared.said}"
        ) from None
