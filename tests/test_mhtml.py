"""A web page saved by a browser as MHTML (mhtml.py), and its near misses: an e-mail saved
whole, an HTML e-mail whose images are related parts, a page saved as HTML."""

from __future__ import annotations

import pytest

from synoptic.errors import SynopticError
from synoptic.ingest import ingest_text
from synoptic.mhtml import is_mhtml, mhtml_page
from test_ingest_collection_b import edition_parts

BOUNDARY = "----MultipartBoundary--abc123----"


def _mhtml(html_qp: str, parts: str = "", part_type: str = "text/html", first: str = "") -> str:
    """A page as Chrome saves it: its header, its HTML part quoted-printable (after `first`),
    other parts."""
    return (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://example.org/2025/05/tide\r\n"
        "Subject: The Tide Mill | Coast Notes\r\n"
        "Date: Fri, 23 May 2025 19:02:11 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{BOUNDARY}"\r\n\r\n\r\n'
        f"{first}"
        f"--{BOUNDARY}\r\n"
        f"Content-Type: {part_type}\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://example.org/2025/05/tide\r\n\r\n"
        f"{html_qp}\r\n"
        f"{parts}"
        f"--{BOUNDARY}--\r\n"
    ).replace("\r\n", "\n")  # (as read_source gives a raw text)


# The HTML, quoted-printable: `=3D` for `=`, soft breaks (`=` at a line's end) inside words
# and tags, a curly apostrophe's UTF-8 bytes as `=E2=80=99`, no charset in the part's header.
PAGE_QP = (
    '<!DOCTYPE html><html><head><meta http-equiv=3D"Content-Type" content=3D"text/h=\r\n'
    'tml; charset=3DUTF-8"><title>The Tide Mill | Coast Notes</title></head><body>\r\n'
    '<article><h1>The Tide Mill</h1><div class=3D"byline">By <a rel=3D"author">Ann=\r\n'
    ' Lee</a></div><time datetime=3D"2025-05-20T08:00:00Z">20 May 2025</time>\r\n'
    "<p>The mill=E2=80=99s wheel turned twice a day for two hundred years, and the vil=\r\n"
    "lage kept its time by it.</p>\r\n"
    "<p>It stopped in 1956. Nobody has asked since whether it should turn again.</p>=\r\n"
    "</article></body></html>"
)
CSS = (
    f"--{BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://example.org/site.css\r\n\r\n"
    "body { font-family: Georgia; }\r\n"
)
IMAGE = (
    f"--{BOUNDARY}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
    "Content-Location: https://example.org/mill.png\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAAB\r\n"
)


def test_a_page_saved_as_mhtml_reads_as_its_page() -> None:
    made = ingest_text(_mhtml(PAGE_QP, parts=CSS + IMAGE), "tide", "raw/tide.mhtml")
    meta, blocks = edition_parts(made.edition)
    # (the page's date, not the message's Date:, the day it was saved; its <h1>, not the
    # Subject: with the site's name)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The Tide Mill",
        "Ann Lee",
        "2025-05-20",
    )
    assert blocks == [
        "The mill’s wheel turned twice a day for two hundred years, and the village kept its "
        "time by it.",
        "It stopped in 1956. Nobody has asked since whether it should turn again.",
    ]
    assert "font-family" not in made.edition and "iVBOR" not in made.edition
    assert (
        "a web page saved as MHTML (one file): its HTML part read, decoded (quoted-printable, "
        "UTF-8), of 3 parts; the others left out, the page's styles and images (text/css, "
        "image/png)" in made.edition
    )


def test_a_page_marking_no_date_takes_none_from_the_day_it_was_saved() -> None:
    page = PAGE_QP.replace('<time datetime=3D"2025-05-20T08:00:00Z">20 May 2025</time>', "")
    meta, _ = edition_parts(ingest_text(_mhtml(page), "tide", "raw/tide.mhtml").edition)
    assert meta["date"] == "unknown"


def test_the_page_is_the_part_at_the_snapshot_s_address() -> None:
    # (a frame's page first, the snapshot's page after it)
    frame = (
        f"--{BOUNDARY}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable"
        "\r\nContent-Location: https://ads.example.net/frame\r\n\r\n"
        "<!DOCTYPE html><html><body><p>Buy a boat.</p></body></html>\r\n"
    )
    saved = mhtml_page(_mhtml(PAGE_QP, parts=CSS, first=frame))
    assert saved is not None and "Buy a boat" not in saved.page.text
    assert "two hundred years" in saved.page.text and saved.left_out == ("text/html", "text/css")


def test_the_charset_the_part_names_is_read_before_the_page_s() -> None:
    page = PAGE_QP.replace("=E2=80=99", "=92").replace("charset=3DUTF-8", "charset=3Dutf-8")
    raw = _mhtml(page, part_type="text/html; charset=windows-1252")
    saved = mhtml_page(raw)
    assert saved is not None and saved.charset == "windows-1252"
    assert "The mill’s wheel" in saved.page.text


def test_an_mhtml_file_with_no_html_part_is_refused_with_what_to_do() -> None:
    with pytest.raises(SynopticError, match="Webpage, HTML Only"):
        mhtml_page(_mhtml("body { color: red; }", part_type="text/css"), "raw/x.mhtml")


def test_an_e_mail_saved_whole_is_no_mhtml_and_reads_as_before() -> None:
    raw = (
        "From: Ann Lee <ann@example.org>\nTo: desk@example.org\nSubject: The Tide Mill\n"
        "Date: Tue, 20 May 2025 08:00:00 +0000\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable"
        "\n\nThe mill=E2=80=99s wheel turned twice a day for two hundred years, and the vil=\n"
        "lage kept its time by it.\n"
    )
    assert not is_mhtml(raw)
    made = ingest_text(raw, "tide", "raw/tide.eml")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The Tide Mill",
        "Ann Lee",
        "2025-05-20",
    )
    assert blocks[0].startswith("The mill’s wheel")
    assert "a message saved whole (.eml)" in made.edition and "MHTML" not in made.edition


def test_an_html_e_mail_with_its_images_related_is_read_as_a_message() -> None:
    # (multipart/related, as MHTML is, but sent: a sender and a recipient; its headers' date
    # and subject are the essay's where the HTML marks none)
    raw = (
        "From: Ann Lee <ann@example.org>\nTo: desk@example.org\nSubject: The Tide Mill\n"
        "Date: Tue, 20 May 2025 08:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; boundary="r1"\n\n--r1\n'
        "Content-Type: text/html; charset=UTF-8\n\n<html><body><p>The mill turned twice a "
        "day for two hundred years, and the village kept its time by it.</p></body></html>\n"
        "--r1\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
        "--r1--\n"
    )
    assert not is_mhtml(raw)
    made = ingest_text(raw, "tide", "raw/tide.eml")
    meta, _ = edition_parts(made.edition)
    assert (meta["title"], meta["date"]) == ("The Tide Mill", "2025-05-20")
    assert "its HTML part read" in made.edition and "MHTML" not in made.edition


def test_a_multipart_e_mail_with_an_html_alternative_is_no_mhtml() -> None:
    raw = (
        "From: Ann Lee <ann@example.org>\nSubject: The Tide Mill\n"
        "Date: Tue, 20 May 2025 08:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="a1"\n\n--a1\n'
        "Content-Type: text/plain; charset=UTF-8\n\nThe mill turned twice a day.\n--a1\n"
        "Content-Type: text/html; charset=UTF-8\n\n<p>The mill turned twice a day.</p>\n--a1--\n"
    )
    assert not is_mhtml(raw) and mhtml_page(raw) is None
    assert "plain-text part read" in ingest_text(raw, "tide", "raw/tide.eml").edition


def test_a_page_saved_as_html_is_no_mhtml() -> None:
    raw = "<!DOCTYPE html><html><body><p>The mill turned.</p></body></html>\n"
    assert not is_mhtml(raw) and mhtml_page(raw) is None


def test_a_related_message_with_no_sender_is_a_saved_page() -> None:
    # (another browser's MHTML: no Snapshot-Content-Location, no `Saved by`, no sender)
    raw = (
        _mhtml(PAGE_QP)
        .replace("From: <Saved by Blink>\n", "")
        .replace("Snapshot-Content-Location: https://example.org/2025/05/tide\n", "")
    )
    assert is_mhtml(raw)
    saved = mhtml_page(raw)
    assert saved is not None and "two hundred years" in saved.page.text


# --- review 37: an MHTML's bytes read as MIME, each part in its own charset -----------------

IE_8BIT = (
    b"From: <Saved by Windows Internet Explorer 8>\r\nSubject: T\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/related; type="text/html"; boundary="BB"\r\n\r\n'
    b'--BB\r\nContent-Type: text/html; charset="CHARSET"\r\nContent-Transfer-Encoding: 8bit\r\n'
    b"Content-Location: http://example.org/essay\r\n\r\n"
    b"<html><head><title>T</title></head><body><article><h1>The Tide Mill</h1><p>The "
    b"millWORD wheel turned twice a day for two hundred years, and the village kept its time "
    b"by it.</p></article></body></html>\r\n--BB--\r\n"
)


def _ie(tmp_path, charset: bytes, word: bytes):
    from synoptic.ingest import ingest_file

    path = tmp_path / "page.mht"
    path.write_bytes(IE_8BIT.replace(b"CHARSET", charset).replace(b"WORD", word))
    made = ingest_file(path, "t")
    return edition_parts(made.edition)[1], made.edition


def test_an_ie_mht_whose_part_is_8bit_windows_1252_is_read_in_its_charset(tmp_path) -> None:
    # (finding 6: the whole file was decoded as UTF-8 first, and refused at byte 0x92)
    blocks, edition = _ie(tmp_path, b"windows-1252", b"\x92s")
    assert blocks == [
        "The mill’s wheel turned twice a day for two hundred years, and the village kept its "
        "time by it."
    ]
    assert "decoded (8bit, windows-1252)" in edition and "# warning" not in edition


def test_a_part_whose_single_byte_charset_its_utf8_bytes_belie_is_warned_of(tmp_path) -> None:
    # (finding 6's iconv, finding 16's lying header: read as the header says, as a browser
    # does, and warned of)
    blocks, edition = _ie(tmp_path, b"windows-1252", "’s".encode())
    assert "millâ€™s" in blocks[0]
    assert "# warning: its HTML part was read in windows-1252, the charset its header names, " in (
        edition
    )
    _, edition = _ie(tmp_path, b"x-user-defined", b"\x92s")
    assert "names the charset x-user-defined, read as windows-1252" in edition


def test_a_mime_message_not_utf8_that_is_no_saved_page_is_refused_as_before(tmp_path) -> None:
    from synoptic.ingest import ingest_file

    mail = IE_8BIT.replace(b"From: <Saved by Windows Internet Explorer 8>", b"From: a@b.org")
    path = tmp_path / "mail.eml"
    path.write_bytes(
        b"To: c@d.org\r\n" + mail.replace(b"CHARSET", b"windows-1252").replace(b"WORD", b"\x92s")
    )
    with pytest.raises(
        SynopticError, match=r"mail.eml:12: the raw text is not UTF-8 text \(byte 0x92\)"
    ):
        ingest_file(path, "t")


FRAMES = (
    "From: <Saved by Windows Internet Explorer 8>\nSubject: T\nMIME-Version: 1.0\n"
    'Content-Type: multipart/related; type="text/html"; boundary="BB"\n\n'
    '--BB\nContent-Type: text/html; charset="utf-8"\n'
    "Content-Location: http://example.org/index.html\n\n"
    "<html><head><title>Frames</title></head><frameset cols='20%,80%'><frame src='nav.html'>"
    "<frame src='essay.html'></frameset></html>\n"
    "ESSAY--BB--\n"
)
ESSAY_PART = (
    '--BB\nContent-Type: text/html; charset="utf-8"\n'
    "Content-Location: http://example.org/essay.html\n\n"
    "<html><body><article><h1>The Tide Mill</h1><p>The mill's wheel turned twice a day for "
    "two hundred years, and the village kept its time by it.</p></article></body></html>\n"
)


def test_a_page_of_frames_reads_its_frame_s_page_or_is_refused_naming_the_frames() -> None:
    # (finding 10: the frameset was read as the page, and nothing was left)
    made = ingest_text(FRAMES.replace("ESSAY", ESSAY_PART), "t", "t.mht")
    assert edition_parts(made.edition)[1][0].startswith("The mill's wheel turned")
    assert "a page of frames (`<frameset>`): its frame's page read, " in made.edition
    assert "http://example.org/essay.html" in made.edition
    with pytest.raises(
        SynopticError, match=r"t.mht:1: a page of frames .*`nav.html`, `essay.html`"
    ):
        ingest_text(FRAMES.replace("ESSAY", ""), "t", "t.mht")


def test_a_saved_page_nesting_too_deep_is_refused_at_its_html_part_s_line() -> None:
    deep = "<div>" * 3000 + "The mill." + "</div>" * 3000
    page = PAGE_QP.replace("</article>", f"</article>\r\n{deep}")
    with pytest.raises(SynopticError, match=r"^t\.mhtml \(its HTML part, decoded\):5: .*nest"):
        ingest_text(_mhtml(page), "t", "t.mhtml")
