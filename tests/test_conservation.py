"""Nothing of the raw text is lost on its way to the reading page.

Each essay's raw words must appear on its rendered page in the same order. The only raw words
allowed to be missing are listed here, with the reason; any other loss fails the test.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import ROOT

#: Raw passages that are not in the reading text, per essay, and why. Metadata lines are
#: consumed into the front matter and shown in the page header in normalised form.
ARTIFACTS = {
    "gigitashvili-2016": ["Published 10 November 2016 Author Givi Gigitashvili"],
    # The web extraction repeats the title over two lines before the byline and date.
    "rumer-2017": ["Russia s China Policy This Bear Hug Is Real by Eugene Rumer July 17 2017"],
}
#: What the page adds around the text, left out of the comparison.
CHROME = (
    "a[rel=edit]",
    ".syn-essay-meta",
    ".syn-para-aside",
    ".syn-permalink",
    ".headerlink",
    ".footnote-backref",
    ".syn-missing-note",
    ".syn-also-cited",
)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def page_words(site: Path, essay_id: str) -> list[str]:
    article = BeautifulSoup(
        (site / "essays" / f"{essay_id}.html").read_text(encoding="utf-8"), "html.parser"
    ).select_one("article")
    for selector in CHROME:
        for element in article.select(selector):
            element.decompose()
    return words(article.get_text(" "))


def lost_passages(raw: list[str], page: list[str]) -> list[str]:
    matcher = difflib.SequenceMatcher(None, raw, page, autojunk=False)
    return [
        " ".join(raw[i1:i2])
        for op, i1, i2, _, _ in matcher.get_opcodes()
        if op in ("delete", "replace")
    ]


def test_raw_words_survive_in_order(site, collection):
    for essay in collection.essays:
        raw = words((ROOT / essay.raw).read_text(encoding="utf-8"))
        lost = lost_passages(raw, page_words(site, essay.id))
        # Footnote definitions lose their number: the list numbers them.
        expected = [label for label, note in essay.footnotes.items() if not note.missing]
        expected += ARTIFACTS.get(essay.id, [])
        compared = len(raw) - sum(len(passage.split()) for passage in lost)
        print(f"{essay.id}: {compared} of {len(raw)} raw words found in order on the page")
        assert sorted(lost) == sorted(expected), f"{essay.id} lost words"


def raw_footnotes(raw: str) -> tuple[int, int]:
    """Count footnote markers and definitions in a raw text, independently of ingest.

    Markers are `[n]` inside a line or a number standing on a line of its own (PDF
    extractions); definitions are lines that begin with `[n]`.
    """
    markers = definitions = 0
    for line in raw.splitlines():
        if re.match(r"\s*\[\d+\]", line):
            definitions += 1
            line = re.sub(r"\s*\[\d+\]", "", line, count=1)
        markers += len(re.findall(r"\[\d+\]", line))
        markers += bool(re.fullmatch(r"\s*\d{1,3}\s*", line))
    return markers, definitions


def test_footnote_accounting(site, collection):
    for essay in collection.essays:
        markers, definitions = raw_footnotes((ROOT / essay.raw).read_text(encoding="utf-8"))
        page = BeautifulSoup(
            (site / "essays" / f"{essay.id}.html").read_text(encoding="utf-8"), "html.parser"
        )
        references = page.select("article a.footnote-ref")
        with_text = page.select("article div.footnote li")
        notes = with_text + page.select("article div.footnote .syn-missing-note")
        print(
            f"{essay.id}: {markers} markers, {definitions} notes in the raw text; "
            f"{len(references)} references, {len(with_text)} notes with text, "
            f"{len(notes) - len(with_text)} notes missing on the page"
        )
        assert len(references) == markers
        assert len(with_text) == definitions
        assert len(notes) == len({r["href"] for r in references})  # one note per cited label
