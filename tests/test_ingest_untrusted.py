"""A raw text is untrusted input: ingest keeps every word as a word, fails clearly, never hangs.

Every edition here is read back with the site's own loader (`load.load_essay`), so what is
checked is what a reader would get.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from command_line import Ran, run_synoptic
from conftest import ROOT
from synoptic.errors import SynopticError
from synoptic.furniture import RULE, RULE_LINE
from synoptic.ingest import ingest_file, ingest_text
from synoptic.load import load_essay, make_parser
from synoptic.sourcefile import declared_charset, read_source


def load_edition(edition: str, folder: Path):
    path = folder / "t.md"
    path.write_text(edition, encoding="utf-8")
    return load_essay(path)


def visible(text: str) -> str:
    """The characters of a text, whitespace left out: what must survive, in order."""
    return "".join(text.split())


def read_back(raw: str, folder: Path) -> tuple[str, list, object]:
    """Ingest `raw`, load the edition; the text of its paragraphs, the problems, the essay."""
    edition = ingest_text(raw, "t", "t.txt").edition
    essay, problems = load_edition(edition, folder)
    return " ".join(p.text for p in essay.paragraphs), problems, essay


# --- escaping: one case per construct ---------------------------------------------------------

CONSTRUCTS = [
    "~~~",
    "~~~ python",
    "   ~~~",
    "```",
    "``` js",
    "~~~~~~",  # fences, also indented
    "    four spaces of indentation",
    "\tand a tab",  # indented code
    "# not a heading",
    "###### nor this",
    "#hashtag",  # ATX headings
    "***",
    "- - -",  # thematic breaks (`===`, `---`, `___`: rules, below)
    "> not a quotation",
    ">> nor this",
    "- not an item",
    "* nor this",
    "+ nor this",
    "1. nor a numbered item",
    "1) nor this",
    "[x]: http://example.com/ a reference definition vanishes",
    "[x]",
    "{#an-id}",
    "{.a-class}",
    "{#t-p9 .epigraph}",  # attribute lines
    "[^1] is literal",
    "[^x]: a footnote definition",
    "^[an inline note]",
    "<b>bold</b> and <script>alert(1)</script>",
    "<http://example.com>",
    "<!-- comment -->",
    "&amp; &#35; &copy; & co",
    "a \\ backslash\\",
    "\\*escaped\\*",
    "*emphasis* _and_ **strong** __too__",
    "`code` and ``more``",
    "![image](x.png) and [link](javascript:alert(1))",
    "| a | b |",
]


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_markdown_construct_in_raw_text_reads_back_as_its_characters(
    construct: str, tmp_path: Path
) -> None:
    raw = f"First paragraph.\n\n{construct}\n\nLast paragraph."
    text, problems, essay = read_back(raw, tmp_path)
    assert visible(text) == visible(raw)
    assert [p.kind for p in essay.paragraphs] == ["paragraph"] * 3
    assert [s.title for s in essay.sections if s.title] == []
    assert not essay.footnotes
    assert problems == []


@pytest.mark.parametrize("rule", ["===", "---", "___", "__________", "———", "~ ~ ~", "· · ·"])
def test_a_rule_line_is_layout_removed_and_reported(rule: str) -> None:
    # A separator drawn above the notes or under a heading is no text of the essay; it is
    # removed like page furniture, and the report lists it.
    made = ingest_text(f"First paragraph.\n\n{rule}\n\nLast paragraph.\n", "t", "t.txt")
    assert [(r.text, r.rule) for r in made.report.removed] == [(rule, RULE_LINE)]
    assert made.markdown.count("{#t-p") == 2
    # … and the break it drew stays where no blank line sets the parts apart
    made = ingest_text(f"First paragraph.\n{rule}\nLast paragraph.\n", "t", "t.txt")
    assert made.markdown.count("{#t-p") == 2


@pytest.mark.parametrize("sign", ["§", "⁂", "❧ ❧ ❧", "—"])
def test_a_sign_alone_in_its_block_is_a_break_and_in_a_paragraph_its_text(sign: str) -> None:
    made = ingest_text(f"First paragraph.\n\n{sign}\n\nLast paragraph.\n", "t", "t.txt")
    assert [(r.text, r.rule) for r in made.report.removed] == [(sign, RULE_LINE)]
    assert made.markdown.count("{#t-p") == 2
    # On a line of a paragraph's block it is the paragraph's (a review's probe: a `§` line
    # inside a wrapped paragraph was removed and the paragraph split).
    made = ingest_text(f"The Act says, in\n{sign}\nfour, what it says.\n", "t", "t.txt")
    assert not made.report.removed and made.markdown.count("{#t-p") == 1


def test_a_tilde_fence_line_no_longer_swallows_the_rest_of_the_essay(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {n} has words of its own, {n} of them." for n in range(1, 9)]
    raw = "\n\n".join(paragraphs[:3] + ["~~~"] + paragraphs[3:])
    text, problems, essay = read_back(raw, tmp_path)
    assert len(essay.paragraphs) == 9 and problems == []
    assert visible(text) == visible(raw)


def test_escaped_footnote_syntax_is_not_an_undefined_reference(tmp_path: Path) -> None:
    # Ingest writes `\[^1\]`: the loader reads the source's characters, where the escape
    # stands, and reports no reference the source never made.
    edition = ingest_text("A raw text that cites [^1] literally.\n", "t", "t.txt").edition
    assert "\\[^1]" in edition
    _, problems = load_edition(edition, tmp_path)
    assert problems == []


def test_heading_keeps_a_closing_hash_and_its_characters() -> None:
    edition = ingest_text("Some text.\n\nCosts & Benefits <2020> #\n\nMore.", "t", "t").markdown
    html = make_parser("t").render(edition)
    assert "<h2>Costs &amp; Benefits &lt;2020&gt; #</h2>" in html


# --- the property: any text of words and syntax characters reads back whole -----------------

WORDS = ["alpha", "beta", "gamma", "of", "the", "a1", "x-y"]
# Lower-case only: a line with a capital could be a title, a heading or a byline (by design).
SYNTAX = [
    "#",
    "##",
    "~~~",
    "```",
    "`",
    ">",
    "-",
    "*",
    "+",
    "_",
    "=",
    "===",
    "---",
    "1.",
    "2)",
    "[x]:",
    "[x]",
    "]",
    "[^1]",
    "[^x]:",
    "^[n]",
    "{#a}",
    "{.b}",
    "{",
    "}",
    "<b>",
    "</p>",
    "<http://a.b>",
    "<!--",
    "&amp;",
    "&#35;",
    "&",
    "\\",
    "\\*",
    "!",
    "|",
    ":",
]
INDENTS = ["", " ", "   ", "    ", "\t", "        "]


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Paragraphs of lines that start and go on with words and Markdown syntax characters."""
    tokens = st.sampled_from(WORDS + SYNTAX)
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        lines = [
            draw(st.sampled_from(INDENTS))
            + " ".join(draw(st.lists(tokens, min_size=1, max_size=8)))
            for _ in range(draw(st.integers(1, 4)))
        ]
        paragraphs.append("\n".join(lines) + " end.")  # a stop: no line stands as a heading
    return draw(st.sampled_from(["\n\n", "\n"])).join(paragraphs) + "\n"


@settings(max_examples=200, derandomize=True, deadline=None)
@given(hostile_texts())
def test_every_character_of_a_hostile_text_reads_back_in_paragraphs(raw: str) -> None:
    edition = ingest_text(raw, "t", "t.txt").edition
    body = edition.split("\n---\n", 1)[1]
    assert not re.search(r"(?<!\\)(?:\\\\)*\[\^", body)  # no footnote syntax of ours
    with tempfile.TemporaryDirectory() as folder:
        essay, problems = load_edition(edition, Path(folder))
    text = " ".join(p.text for p in essay.paragraphs)
    drawn = [line for line in raw.split("\n") if RULE.fullmatch(line.strip())]  # reported
    assert visible(text) == visible(
        "\n".join(line for line in raw.split("\n") if line not in drawn)
    )
    assert {p.kind for p in essay.paragraphs} == {"paragraph"}
    assert [s.title for s in essay.sections if s.title] == [] and not essay.footnotes
    assert problems == []


# --- front matter: plain text only ------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Title <img src=x onerror=alert(1)>", 'A “Title”: with \\ and " and {braces}', "Title # Hash"],
)
def test_a_title_from_the_first_line_is_a_plain_string(title: str) -> None:
    front = ingest_text(f"{title}\n\nThe body.", "t", "t").markdown.split("---\n")[1]
    meta = yaml.safe_load(front)
    assert meta["title"] == title
    assert all(isinstance(value, str) for value in meta.values())


def test_summary_is_bounded_and_cut_at_a_word() -> None:
    raw = "Title Line\n\n" + "A sentence that goes on " + "and on " * 200 + "to its end."
    summary = yaml.safe_load(ingest_text(raw, "t", "t").markdown.split("---\n")[1])["summary"]
    assert len(summary) <= 301 and summary.endswith("on…")


# --- bad paths and the command line -----------------------------------------------------------


def ingest_cli(*args: str, cwd: Path = ROOT) -> Ran:
    return run_synoptic("ingest", *args, cwd=cwd)


def ingest_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as an editor types it, in a process of its own."""
    command = [sys.executable, "-m", "synoptic", "ingest", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: the raw text does not exist; check the path"),
        (lambda d: d, ": the raw text is a folder; give the path of a file"),
        (
            lambda d: (d / "l.txt", (d / "l.txt").write_bytes(b"ok\n\xe9\n"))[0],
            "l.txt:2: the raw text is not UTF-8 text",
        ),
        (
            lambda d: (d / "c.txt", (d / "c.txt").write_bytes(b"ok\n\x1b[31m\n"))[0],
            "c.txt:2: the raw text holds the control character U+001B",
        ),
        # A document given where its text was meant: what it is, and how to get the text.
        (
            lambda d: (d / "e.pdf", (d / "e.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\n"))[0],
            "e.pdf: the raw text is a PDF, not its text: extract the text first (pdftotext",
        ),
        # (a Word document is read: docxdocument.py; one cut short, refused)
        (
            lambda d: (d / "e.docx", (d / "e.docx").write_bytes(b"PK\x03\x04\x14\x00"))[0],
            "e.docx: the raw text is a Word document (.docx) whose zip archive does not open",
        ),
        # (an RTF document is read: rtfdocument.py; one cut short, refused)
        (
            lambda d: (d / "e.rtf", (d / "e.rtf").write_bytes(b"{\\rtf1\\ansi Text"))[0],
            "e.rtf:1: an RTF document cut short",
        ),
        (
            lambda d: (
                d / "u.txt",
                (d / "u.txt").write_bytes("A title\nText.\n".encode("utf-16-le")),
            )[0],
            "u.txt: the raw text looks like UTF-16 text without its byte-order mark",
        ),
    ],
)
def test_bad_raw_paths_give_one_line_and_no_traceback(make, message: str, tmp_path: Path) -> None:
    raw = make(tmp_path)
    with pytest.raises(SynopticError):
        ingest_file(raw, "t")
    result = ingest_cli(str(raw), "--id", "t", "--out", str(tmp_path / "t.md"))  # no exception
    assert result.returncode == 1
    assert message in result.stderr and result.stdout == ""
    assert not (tmp_path / "t.md").exists()


def test_a_utf_16_text_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Windows Notepad's "Unicode": UTF-16, which its byte-order mark says
    raw = tmp_path / "n.txt"
    raw.write_text("A Title\nBy Ann Lee\n\nA first paragraph, in Notepad’s Unicode.\n", "utf-16")
    assert "A first paragraph, in Notepad’s Unicode." in ingest_file(raw, "t").edition


def test_a_pdf_text_s_form_feeds_are_page_breaks_not_refused(tmp_path: Path) -> None:
    # pdftotext opens each page after the first with a form feed; a control character
    # anywhere else is still refused (above).
    page = "A line of the essay that runs on to the next page and\n"
    raw = tmp_path / "p.txt"
    raw.write_text("Title\n\n" + page * 3 + "1\n\fends here.\n\nAnother paragraph.\n")
    made = ingest_file(raw, "p")
    assert "\f" not in made.edition
    assert "next page and ends here." in made.edition


def test_ingest_command_writes_the_edition_with_its_report(tmp_path: Path) -> None:
    raw = ROOT / "tests" / "data" / "ingest" / "hard_wrapped.txt"
    out = tmp_path / "new" / "v.md"
    result = ingest_process(str(raw), "--id", "v", "--out", str(out))
    assert result.returncode == 0, result.stderr
    made = ingest_file(raw, "v")
    assert out.read_text(encoding="utf-8") == made.edition
    assert result.stdout == f"{made.report}\nwrote {out}\n"


def test_dry_run_prints_report_and_first_paragraphs_and_writes_nothing(tmp_path: Path) -> None:
    raw = ROOT / "tests" / "data" / "ingest" / "indented.txt"
    result = ingest_cli(str(raw), "--id", "v", "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ingest report (read it")
    assert "paragraphs: 11 (" in result.stdout
    assert "\nid: v\ntitle: " in result.stdout  # the front matter it found, for the editor
    assert "{#v-p1}\nEvery irrigation ditch is an argument" in result.stdout
    assert "{#v-p7}" not in result.stdout  # the first paragraphs only
    assert list(tmp_path.iterdir()) == []


def test_the_default_edition_path_is_made_when_missing(tmp_path: Path) -> None:
    raw = ROOT / "tests" / "data" / "ingest" / "indented.txt"
    assert ingest_cli(str(raw), "--id", "v", cwd=tmp_path).returncode == 0
    assert (tmp_path / "sources" / "essays" / "v.md").is_file()


def test_help_works_for_both_entry_points() -> None:
    assert "--dry-run" in ingest_process("--help").stdout
    script = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "ingest.py"), "--help"],
        capture_output=True,
        text=True,
    )
    assert script.returncode == 0 and "--dry-run" in script.stdout


# --- no hang ----------------------------------------------------------------------------------

BOUND = 30  # seconds, generous for a loaded CI machine; the measured time is printed


@pytest.mark.parametrize("wrapped", [False, True], ids=["one line", "hard-wrapped"])
def test_a_2_mb_raw_text_is_ingested_in_bounded_time(wrapped: bool, tmp_path: Path) -> None:
    words = "the *state* of [a] power, <b> & ~~~ `x` well- Mr. 1. policy ".split()
    # 2 MB, some 30,000 lines: a pass quadratic in lines or characters would take minutes
    text = " ".join(words[i % len(words)] for i in range(2_000_000 // 6))
    if wrapped:  # lines of about 70 characters, no blank line: the old join was quadratic
        text = re.sub(r"(.{60,70}?) ", "\\1\n", text)
    raw = tmp_path / "big.txt"
    raw.write_text(text + ".\n", encoding="utf-8")
    started = time.perf_counter()
    made = ingest_file(raw, "big")
    elapsed = time.perf_counter() - started
    print(f"2 MB raw text ({'hard-wrapped' if wrapped else 'one line'}): {elapsed:.1f} s")
    assert elapsed < BOUND
    meta = yaml.safe_load(made.markdown.split("---\n")[1])
    assert len(meta["summary"]) <= 301
    assert any("paragraph breaks were probably lost" in w for w in made.report.warnings)


@pytest.mark.parametrize(
    "name",
    ["harbour: draft.txt", "harbour #2.txt", "&anchor.txt", "[1].txt", "café/é.txt", "null", "1.5"],
)
def test_any_raw_file_name_reads_back_from_the_edition(name: str, tmp_path: Path) -> None:
    # The raw file's path is written into the edition's YAML: a colon or a `#` in it made the
    # edition unreadable, or cut the path at a comment.
    edition = ingest_text("A Title\n\nOne paragraph of text.\n", "harbour", name)
    essay, problems = load_edition(edition.edition, tmp_path)
    assert problems == [] and essay.raw == name


# An HTML page's declared character set (collection QQ's Word page, windows-1252): our own
# fixtures.
WORD_1252 = (
    b'<html>\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html;\r\n'
    b'charset=windows-1252">\r\n</head>\r\n<body>\r\n<p class=MsoTitle>The Ferry\x92s Last Run</p>'
    b"\r\n<p class=MsoNormal>It ran from 1921\x961968, and the town\x92s people miss it still."
    b"</p>\r\n<p class=MsoNormal>A second paragraph, about the pier.</p>\r\n</body>\r\n</html>\r\n"
)


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<html><head><meta charset="windows-1252">', "windows-1252"),
        (
            b"<html>\r\n<head>\r\n<meta http-equiv=Content-Type "
            b'content="text/html;\r\n charset=windows-1252">',
            "windows-1252",
        ),
        (
            b'<!DOCTYPE html><html><head><meta content="text/html; charset=ISO-8859-1" '
            b'http-equiv="content-type">',
            "windows-1252",
        ),
        # a browser's table, whatever the label's spelling: Latin-1's and ASCII's are
        # windows-1252, Shift_JIS is Windows' (cp932, NEC's circled numbers), UTF-16 in a
        # meta is UTF-8, x-user-defined windows-1252
        (b'<meta charset="ISO_8859-1">', "windows-1252"),
        (b"<meta charset=' CP819 '>", "windows-1252"),
        (b"<meta charset=ansi_x3.4-1968>", "windows-1252"),
        (b'<html><head><meta charset="shift_jis">', "Shift_JIS"),
        (b'<html><head><meta charset="utf-16le">', "UTF-8"),
        (b'<meta charset="x-user-defined">', "windows-1252"),
        (b"<!-- saved --><html><head><meta charset=koi8-r>", "KOI8-R"),
        # as a browser's prescan finds it: not in a comment, not in another attribute, not in a
        # description's words; a label no browser knows passed over for a later one
        (b'<!-- <meta charset="koi8-r"> --><meta charset="windows-1252">', "windows-1252"),
        (
            b'<meta name="description" content="Setting charset=koi8-r on a page">'
            b'<meta charset="windows-1252">',
            "windows-1252",
        ),
        (b'<meta name="x" data-charset="koi8-r"><meta charset="windows-1252">', "windows-1252"),
        (
            b'<meta http-equiv="refresh" content="5; charset=koi8-r"><meta charset=cp1251>',
            "windows-1251",
        ),
        (b'<meta charset="base64"><meta charset="windows-1250">', "windows-1250"),
        (b"<script>'<meta charset=koi8-r>'</script><meta charset=windows-1253>", "windows-1253"),
        # no declaration
        (b"<html><head><title>No declaration</title>", None),
        (b'<!-- <meta charset="koi8-r"> -->', None),
        (b'<p>A page that says charset="koi8-r" in its words.', None),
        (b"<html><head>" + b" " * 1100 + b'<meta charset="windows-1252">', None),  # too late
        # a label no browser knows, or no text: declared, but no encoding a browser reads
        (b'<html><head><meta charset="no-such-charset">', ""),
        (b'<meta charset="base64">', ""),
        (b'<meta charset="unicode-escape">', ""),
        (b'<meta charset="utf-7">', ""),
        (b'<meta charset="cp037">', ""),
        (b'<meta charset="iso-2022-kr">', "replacement"),
    ],
)
def test_the_charset_an_html_page_declares(head: bytes, charset: str | None) -> None:
    declared = declared_charset(head)
    assert (declared and (declared.encoding or "")) == charset


def test_an_html_page_in_the_charset_it_declares_is_read(tmp_path: Path) -> None:
    (path := tmp_path / "ferry.htm").write_bytes(WORD_1252)
    made = ingest_file(path, "f").edition
    assert 'title: "The Ferry’s Last Run"' in made and "1921–1968, and the town’s" in made
    # the report says which charset it was read in, for a page that lies about it
    assert "# shapes: not UTF-8: read as windows-1252, the charset the page declares;" in made
    latin = WORD_1252.replace(b"charset=windows-1252", b"charset=ISO_8859-1")
    (path := tmp_path / "latin.html").write_bytes(latin)
    made = ingest_file(path, "f").edition
    assert "the town’s people" in made and "the charset the page declares ('ISO_8859-1')" in made
    # a UTF-8 page says nothing of it
    (path := tmp_path / "utf8.html").write_bytes(WORD_1252.decode("cp1252").encode())
    assert "not UTF-8" not in ingest_file(path, "f").edition


@pytest.mark.parametrize(
    ("name", "raw", "refusal"),
    [
        # not UTF-8 and no page declaring a charset: refused, as before
        (
            "ferry.htm",
            WORD_1252.replace(b"\r\ncharset=windows-1252", b""),
            r"ferry.htm:6: the raw text is not UTF-8 text \(byte 0x92\), and the page declares "
            "no charset; .*iconv -f windows-1252",
        ),
        (
            "ferry.txt",
            b"The ferry\x92s last run was in 1968.\n\nA second paragraph.\n",
            r"ferry.txt:1: the raw text is not UTF-8 text \(byte 0x92\); .*iconv -f windows-1252",
        ),
        # only an HTML page's declaration is read: a plain text or Markdown quoting one is not
        (
            "quoted.txt",
            b'A page that says <meta charset="windows-1252"> is read so: the town\x92s page.\n',
            r"quoted.txt:1: the raw text is not UTF-8 text \(byte 0x92\); ",
        ),
        (
            "quoted.md",
            b'<!-- draft -->\n# The quay\n\nQuoting `<meta charset="koi8-r">`: the town\x92s.\n',
            r"quoted.md:4: the raw text is not UTF-8 text \(byte 0x92\); ",
        ),
        # declared windows-1252, but a byte windows-1252 does not have (0x81), lines after one
        # it has: that byte and its line are named, and the charset the page declares
        (
            "ferry.htm",
            WORD_1252.replace(b"second paragraph", b"second \x81 paragraph"),
            r"ferry.htm:9: the raw text is not windows-1252 text, the charset the page declares: "
            "byte 0x81 is none of windows-1252's; save it as UTF-8 from the charset it is in",
        ),
        # a label no browser reads (Python's codecs that are not text among them): refused,
        # never read in Python's codec nor a crash
        *(
            (
                "ferry.htm",
                WORD_1252.replace(b"windows-1252", label.encode()),
                rf"ferry.htm:7: the raw text is not UTF-8 text \(byte 0x92\), and the charset it "
                f"declares, '{label}', is not one a browser reads; save it as UTF-8",
            )
            for label in (
                "base64",
                "hex",
                "rot13",
                "uu",
                "zlib",
                "bz2",
                "undefined",
                "unicode-escape",
                "raw-unicode-escape",
                "utf-7",
                "cp037",
                "idna",
                "punycode",
                "mbcs",
                "palmos",
            )
        ),  # fmt: skip
        (
            "ferry.htm",
            WORD_1252.replace(b"windows-1252", b"utf-16"),
            r"ferry.htm:7: the raw text is not UTF-8 text \(byte 0x92\), which a browser reads it "
            "as: the page declares 'utf-16'",
        ),
        (
            "ferry.htm",
            WORD_1252.replace(b"windows-1252", b"hz-gb-2312"),
            r"ferry.htm:7: .*'hz-gb-2312', is one a browser shows no text in",
        ),
    ],
)
def test_text_that_is_not_utf_8_nor_its_declared_charset_is_refused(
    name: str, raw: bytes, refusal: str, tmp_path: Path
) -> None:
    (path := tmp_path / name).write_bytes(raw)
    with pytest.raises(SynopticError, match=refusal):
        ingest_file(path, "f")


def test_only_a_raw_html_page_is_read_in_the_charset_it_declares(tmp_path: Path) -> None:
    """themes.yml, an annotation, an edition are UTF-8: a declaration they quote is words."""
    (path := tmp_path / "themes.yml").write_bytes(
        b'<!-- <meta charset="koi8-r"> -->\n- id: t\n  label: Caf\xe9 quay\n'
    )
    with pytest.raises(SynopticError, match=r"themes.yml:3: themes.yml is not UTF-8 text"):
        read_source(path, "themes.yml")
    (path := tmp_path / "ferry.html").write_bytes(WORD_1252)
    with pytest.raises(SynopticError, match=r"ferry.html:7: the edition is not UTF-8 text"):
        read_source(path, "the edition", pages=True)


def test_a_page_in_utf_8_that_still_declares_its_old_charset_reads_as_utf_8(
    tmp_path: Path,
) -> None:
    converted = WORD_1252.decode("cp1252").encode("utf-8")  # (its meta unchanged)
    (path := tmp_path / "ferry.htm").write_bytes(converted)
    assert "the town’s people" in ingest_file(path, "f").edition
