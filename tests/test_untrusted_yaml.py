"""Every YAML-bearing source is untrusted: one table of hostile and edge cases, run in-process.

Each row: the source (an edition's front matter, a theme of themes.yml, an annotation), a line
of the valid example replaced by another, whether the result is accepted or refused, and words
of the message. Refused means a `SynopticError` with the file and a line, raised or returned;
accepted means no problem at all. The two denial-of-service cases (an alias bomb, a long quote
that matches nothing) are timed on the seed collection.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from synoptic.anchoring import anchor_all
from synoptic.annotations import load_annotations
from synoptic.errors import SynopticError
from synoptic.load import load_collection, load_essay
from synoptic.sources import load_sources
from synoptic.themes import load_themes
from test_annotations import VALID  # the valid examples the loaders' own tests start from
from test_load import FRONT

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_ESSAYS = Path(__file__).parent / "data" / "sources" / "essays"

EDITION = FRONT + "\n{#gamma-p1}\nText.\n"
THEMES = """\
themes:
  - id: partnership
    label: The partnership
    description: Genuine or convenient.
    pin: [alpha-p2]
    exclude: [beta-p1]
"""
ANNOTATION = VALID
ALIAS_BOMB = "\n".join(
    ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    + [f"lol{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
)
LONG = "x" * 601
#: A 1,000-character quote made of the essay's own words, in an order no passage has.
UNMATCHED = " ".join(["regime partnership Beijing Kremlin relationship"] * 20)[:1000].strip()

# (case, source, line replaced (or "" to append), replacement, outcome, message words)
CASES = [
    ("edition valid", "edition", "", "", "accepted", ""),
    (
        "edition duplicate key",
        "edition",
        "title: Gamma",
        "title: Gamma\ntitle: Delta",
        "refused",
        "duplicate key 'title' (first on line 3)",
    ),
    (
        "edition title mapping",
        "edition",
        "title: Gamma",
        "title: {a: b}",
        "refused",
        "title must be text, not a mapping",
    ),
    (
        "edition author number",
        "edition",
        "author: unknown",
        "author: 42",
        "refused",
        "author must be text, not a number (put it in quotes)",
    ),
    (
        "edition date list",
        "edition",
        "date: unknown",
        "date: [2017, 07]",
        "refused",
        "date must be text, not a list",
    ),
    (
        "edition impossible date",
        "edition",
        "date: unknown",
        "date: 2017-13-45",
        "refused",
        "bad date '2017-13-45': write YYYY-MM-DD, YYYY-MM or YYYY, or unknown",
    ),
    (
        "edition date in words",
        "edition",
        "date: unknown",
        'date: "July 2017"',
        "refused",
        "bad date 'July 2017'",
    ),
    (
        "edition date unquoted year",
        "edition",
        "date: unknown",
        "date: 2017",
        "refused",
        "date must be text, not a number",
    ),
    (
        "edition date in other digits",
        "edition",
        "date: unknown",
        'date: "２０１７"',
        "refused",
        "bad date",
    ),
    ("edition date day", "edition", "date: unknown", "date: 2017-07-17", "accepted", ""),
    ("edition date month", "edition", "date: unknown", 'date: "2017-07"', "accepted", ""),
    ("edition date year", "edition", "date: unknown", 'date: "2017"', "accepted", ""),
    (
        "edition javascript url",
        "edition",
        "url: unknown",
        'url: "javascript:alert(1)"',
        "refused",
        "url 'javascript:alert(1)' must be an http:// or https:// address",
    ),
    (
        "edition data url",
        "edition",
        "url: unknown",
        'url: "data:text/html,x"',
        "refused",
        "must be an http:// or https:// address",
    ),
    (
        "edition relative url",
        "edition",
        "url: unknown",
        'url: "//evil.example/x"',
        "refused",
        "must be an http:// or https:// address",
    ),
    (
        "edition https url",
        "edition",
        "url: unknown",
        "url: https://example.org/essay",
        "accepted",
        "",
    ),
    (
        "edition long summary",
        "edition",
        "summary: unknown",
        f"summary: {LONG}",
        "refused",
        "summary is 601 characters long; at most 600 are allowed",
    ),
    (
        "edition long title",
        "edition",
        "title: Gamma",
        f"title: {'t' * 301}",
        "refused",
        "at most 300 are allowed",
    ),
    (
        "edition alias",
        "edition",
        "publisher: unknown",
        "publisher: &p unknown\nraw2: *p",
        "refused",
        "YAML anchors and aliases",
    ),
    (
        "edition control character",
        "edition",
        "title: Gamma",
        'title: "Gam\\ama"',
        "refused",
        "title holds the control character U+0007",
    ),
    ("edition id number", "edition", "id: gamma", "id: 42", "refused", "id must be text"),
    (
        "edition binary value",
        "edition",
        "raw: sources/raw/gamma.txt",
        "raw: !!binary aGk=",
        "refused",
        "raw must be text (put it in quotes)",
    ),
    (
        "edition python tag",
        "edition",
        "raw: sources/raw/gamma.txt",
        "raw: !!python/object/apply:os.system [ls]",
        "refused",
        "malformed front matter",
    ),
    ("theme valid", "theme", "", "", "accepted", ""),
    (
        "theme duplicate key",
        "theme",
        "    label: The partnership",
        "    label: The partnership\n    label: Again",
        "refused",
        "duplicate key 'label' (first on line 3)",
    ),
    (
        "theme label mapping",
        "theme",
        "    label: The partnership",
        "    label: {a: b}",
        "refused",
        "label of theme 'partnership' must be text, not a mapping",
    ),
    (
        "theme long label",
        "theme",
        "    label: The partnership",
        f"    label: {'l' * 301}",
        "refused",
        "at most 300 are allowed",
    ),
    (
        "theme alias",
        "theme",
        "    pin: [alpha-p2]",
        "    pin: &p [alpha-p2]\n    keywords: *p",
        "refused",
        "YAML anchors and aliases",
    ),
    ("theme point", "theme", "", "    points: [[alpha-p2, beta-p2]]", "accepted", ""),
    (
        "theme labelled point",
        "theme",
        "",
        "    points: [{label: On trade, paragraphs: [alpha-p3, beta-p2]}]",
        "accepted",
        "",
    ),
    (
        "theme point of two adjacent paragraphs",
        "theme",
        "",
        "    points: [[alpha-p2, alpha-p3, beta-p2]]",
        "accepted",
        "",
    ),
    (
        "theme point unknown id",
        "theme",
        "",
        "    points: [[alpha-p2, alpha-p99]]",
        "refused",
        "'points:' names paragraph 'alpha-p99', which no edition has",
    ),
    (
        "theme point excluded id",
        "theme",
        "",
        "    points: [[alpha-p2, beta-p1]]",
        "refused",
        "paragraph 'beta-p1' is in point 1 and in the exclude list of theme 'partnership'",
    ),
    (
        "theme point id twice",
        "theme",
        "",
        "    points: [[alpha-p2], [alpha-p2, beta-p2]]",
        "refused",
        "paragraph 'alpha-p2' is in point 1 of theme 'partnership' already",
    ),
    (
        "theme point two far paragraphs of one essay",
        "theme",
        "",
        "    points: [[alpha-p2, alpha-p4]]",
        "refused",
        "a point holds one paragraph of each essay, or two adjacent ones",
    ),
    (
        "theme point not a list",
        "theme",
        "",
        "    points: [alpha-p2]",
        "refused",
        "points[0] of theme 'partnership' must be a list of paragraph ids, or {label: TEXT, "
        "paragraphs: [ids]}",
    ),
    ("theme empty point", "theme", "", "    points: [[]]", "refused", "point 1 names no paragraph"),
    (
        "theme unknown point key",
        "theme",
        "",
        "    points: [{label: x, paragraph: [alpha-p2]}]",
        "refused",
        "unknown theme key 'points[0].paragraph'",
    ),
    ("annotation valid", "annotation", "", "", "accepted", ""),
    (
        "annotation duplicate key",
        "annotation",
        "kind: contrast",
        "kind: contrast\nkind: comment",
        "refused",
        "duplicate key 'kind' (first on line 10)",
    ),
    (
        "annotation alias bomb",
        "annotation",
        "tags: [partnership]",
        ALIAS_BOMB,
        "refused",
        "YAML anchors and aliases (&name, *name) are not allowed",
    ),
    (
        "annotation nested too deep",
        "annotation",
        "tags: [partnership]",
        "tags: " + "[" * 5000 + "]" * 5000,
        "refused",
        "nested more than 20 deep",
    ),
    (
        "annotation one-letter quote",
        "annotation",
        '  exact: "a genuine strategic partnership"',
        '  exact: "a"',
        "refused",
        "quote.exact 'a' is too short",
    ),
    (
        "annotation one short word",
        "annotation",
        '  exact: "a genuine strategic partnership"',
        '  exact: "the"',
        "refused",
        "is too short to say which passage is meant",
    ),
    (
        "annotation one long word",
        "annotation",
        '  exact: "a genuine strategic partnership"\n  prefix: "have developed into "',
        '  exact: "transformation"\n  prefix: "a complete "',
        "accepted",
        "",
    ),
    (
        "annotation long quote",
        "annotation",
        '  exact: "a genuine strategic partnership"',
        f'  exact: "{"q " * 501}"',
        "refused",
        "quote.exact is 1,002 characters long; at most 1,000 are allowed",
    ),
    (
        "annotation long prefix",
        "annotation",
        '  prefix: "have developed into "',
        f'  prefix: "{"p" * 301}"',
        "refused",
        "quote.prefix is 301 characters long",
    ),
    (
        "annotation unmatched long quote",
        "annotation",
        '  exact: "a genuine strategic partnership"',
        f'  exact: "{UNMATCHED}"',
        "refused",
        "quote not found",
    ),
    (
        "annotation author number",
        "annotation",
        'author: {name: "Jane Doe", url: "https://example.org/jane"}',
        "author: 42",
        "refused",
        "author must be text, not a number",
    ),
    (
        "annotation impossible date",
        "annotation",
        "date: 2026-11-20",
        "date: 2017-13-45",
        "refused",
        "bad date '2017-13-45'",
    ),
    (
        "annotation tag list",
        "annotation",
        "tags: [partnership]",
        "tags: [[a]]",
        "refused",
        "tags[0] must be text, not a list",
    ),
    (
        "annotation kind mapping",
        "annotation",
        "kind: contrast",
        "kind: {a: b}",
        "refused",
        "kind must be text, not a mapping",
    ),
    (
        "annotation author url scheme",
        "annotation",
        'author: {name: "Jane Doe", url: "https://example.org/jane"}',
        'author: {name: J, url: "javascript:alert(1)"}',
        "refused",
        "author.url 'javascript:alert(1)' must be an http:// or https:// address",
    ),
    (
        "annotation author list",
        "annotation",
        'author: {name: "Jane Doe", url: "https://example.org/jane"}',
        "author: [Jane, Doe]",
        "refused",
        'author must be a name, or {name: "Name", url: "https://…"}',
    ),
    (
        "annotation control character",
        "annotation",
        "tags: [partnership]",
        'tags: ["a\\x1bb"]',
        "refused",
        "tags[0] holds the control character U+001B",
    ),
]


def source(base: str, old: str, new: str) -> str:
    if not old:  # append: after the last line of the front matter or file
        if base.startswith("---"):
            head, body = base[4:].split("---\n", 1)
            return f"---\n{head}{new}\n---\n{body}"
        return base + new + "\n"
    assert old in base, old
    return base.replace(old, new, 1)


def problems_of(kind: str, text: str, folder: Path, collection) -> tuple[Path, list]:
    """Load `text` as a source of `kind`; the problems raised or returned."""
    folder.mkdir()
    path = (
        folder
        / {"edition": "gamma.md", "theme": "themes.yml", "annotation": "jane-on-rumer.md"}[kind]
    )
    path.write_text(text, encoding="utf-8")
    try:
        if kind == "edition":
            return path, load_essay(path)[1]
        if kind == "theme":
            return path, load_themes(path, load_collection(FIXTURE_ESSAYS)[0])[1]
        annotations, errors = load_annotations(folder, collection)
        return path, errors + anchor_all(annotations, collection)[1]
    except SynopticError as error:
        return path, [error]


@pytest.mark.parametrize(
    "kind, old, new, outcome, words", [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_case_is_accepted_or_refused_with_file_line_and_words(
    tmp_path, collection, kind, old, new, outcome, words
):
    base = {"edition": EDITION, "theme": THEMES, "annotation": ANNOTATION}[kind]
    path, problems = problems_of(kind, source(base, old, new), tmp_path / "sources", collection)
    if outcome == "accepted":
        assert problems == []
        return
    matching = [p for p in problems if words in p.message]
    assert matching, problems
    assert all(Path(p.path) == path and p.line for p in matching), matching
    assert "{'" not in matching[0].message and "['" not in matching[0].message  # no reprs


def test_the_table_is_large_and_covers_every_source():
    assert len(CASES) >= 25
    assert {case[1] for case in CASES} == {"edition", "theme", "annotation"}
    assert {case[4] for case in CASES} == {"accepted", "refused"}


def test_points_are_loaded_labelled_and_pinned(tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text(
        THEMES + "    points:\n      - [alpha-p3, beta-p2]\n"
        "      - {label: The claim, paragraphs: [alpha-p4]}\n",
        encoding="utf-8",
    )
    (theme,), problems = load_themes(path, load_collection(FIXTURE_ESSAYS)[0])
    assert problems == []
    assert [(p.paragraph_ids, p.label, p.line) for p in theme.points] == [
        (("alpha-p3", "beta-p2"), None, 8),
        (("alpha-p4",), "The claim", 9),
    ]
    assert theme.pin == ("alpha-p2", "alpha-p3", "beta-p2", "alpha-p4")


# --- denial of service: each well under the 10 s a check of the seed collection may take ------


@pytest.fixture
def seed_sources(tmp_path) -> Path:
    return Path(
        shutil.copytree(
            ROOT / "sources", tmp_path / "sources", ignore=shutil.ignore_patterns("raw")
        )
    )


@pytest.mark.parametrize(
    "old, new, words",
    [
        ("tags: [partnership]", ALIAS_BOMB, "YAML anchors and aliases"),
        (
            '  exact: "a genuine strategic partnership"',
            f'  exact: "{UNMATCHED}"',
            "quote not found",
        ),
    ],
    ids=["alias bomb", "unmatched 1000-character quote"],
)
def test_a_hostile_annotation_is_checked_quickly(seed_sources, old, new, words):
    essay = "essay: gigitashvili-2016\nparagraph: gigitashvili-2016-p4"  # the longest paragraphs
    text = source(ANNOTATION, old, new).replace(
        "essay: rumer-2017\nparagraph: rumer-2017-p2", essay
    )
    (seed_sources / "annotations" / "hostile.md").write_text(text, encoding="utf-8")
    began = time.perf_counter()
    _, problems = load_sources(seed_sources)
    took = time.perf_counter() - began
    assert any(words in p.message for p in problems), problems
    assert took < 10, f"{took:.1f} s"
