"""Annotation bodies come from strangers' pull requests: hostile input must come out harmless."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from synoptic.annotations import ALLOWED_TAGS, load_annotations, render_body, sanitise

PAYLOADS = yaml.safe_load(
    (Path(__file__).parent / "data" / "hostile_payloads.yml").read_text(encoding="utf-8")
)
BODIES = [body["markdown"] for body in PAYLOADS["bodies"]]
BODY_IDS = [f"{body['class']}-{n}" for n, body in enumerate(PAYLOADS["bodies"], start=1)]
FRONT_MATTER = PAYLOADS["front_matter"]
FORBIDDEN_TAGS = {
    "script",
    "style",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "img",
    "form",
    "base",
    "meta",
    "template",
    "noscript",
}
#: What a browser would run or load: checked after removing the whitespace and control
#: characters browsers ignore inside a URL's scheme.
DANGEROUS_URL = re.compile(r"(javascript|data|vbscript):")


class Elements(HTMLParser):
    """Every start tag of an HTML fragment with its attributes, entities decoded."""

    def __init__(self, fragment: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def assert_harmless(fragment: str) -> None:
    assert "<script" not in fragment.lower()
    for tag, attrs in Elements(fragment).found:
        assert tag in ALLOWED_TAGS and tag not in FORBIDDEN_TAGS, fragment
        assert not any(name.startswith("on") for name in attrs), fragment
        assert "style" not in attrs and "class" not in attrs and "id" not in attrs, fragment
        assert set(attrs) <= ({"href", "title", "rel"} if tag == "a" else set()), fragment
        for name in ("href", "src"):
            url = re.sub(r"[\x00-\x20]", "", attrs.get(name) or "").lower()
            assert not DANGEROUS_URL.match(url), fragment
        if tag == "a":
            assert attrs.get("rel") == "noopener nofollow", fragment


def test_the_corpus_covers_every_class_of_attack():
    classes = {body["class"] for body in PAYLOADS["bodies"]}
    assert len(BODIES) + len(FRONT_MATTER) >= 30
    assert {
        "script",
        "event handler",
        "url scheme",
        "markdown link",
        "markdown image",
        "autolink",
        "reference link",
        "attr_list",
        "svg",
        "mathml",
        "embed",
        "style",
        "malformed",
        "entities",
    } <= classes


@pytest.mark.parametrize("markdown", BODIES, ids=BODY_IDS)
def test_a_hostile_body_renders_harmless(markdown):
    body_html, _ = render_body(markdown)
    assert_harmless(body_html)


@pytest.mark.parametrize("markdown", BODIES, ids=BODY_IDS)
def test_hostile_raw_html_is_sanitised_too(markdown):
    # Raw HTML never reaches the sanitiser through render_body (markdown-it has html off);
    # this checks the second wall alone, should the first ever be opened.
    assert_harmless(sanitise(markdown))


def test_ordinary_markdown_keeps_its_form_and_its_links():
    body_html, body_text = render_body(
        "Some *emphasis*, **strength** and `code`.\n\n"
        '> A quotation\n\n- [a page](https://example.org/a "Title")\n'
        "- [mail](mailto:editors@example.org)\n- [relative](../about/)\n"
        "- <https://example.org/auto>\n\n1. one\n2. two\n\n```\npre\n```\n"
    )
    assert_harmless(body_html)
    for kept in (
        "<em>emphasis</em>",
        "<strong>strength</strong>",
        "<code>code</code>",
        "<blockquote>",
        '<a href="https://example.org/a" title="Title" rel="noopener nofollow">a page</a>',
        'href="mailto:editors@example.org"',
        'href="../about/"',
        'href="https://example.org/auto"',
        "<ol>",
        "<pre>",
    ):
        assert kept in body_html
    assert body_text.startswith("Some emphasis, strength and code. A quotation a page mail")


def test_body_text_is_plain_text():
    assert render_body("A &amp; B <b>bold</b>")[1] == "A & B <b>bold</b>"  # the page escapes it


@pytest.mark.parametrize(
    "case", FRONT_MATTER, ids=[f"{c['field']}-{n}" for n, c in enumerate(FRONT_MATTER, start=1)]
)
def test_front_matter_values_stay_plain_text(tmp_path, collection, case):
    front = {
        "essay": "rumer-2017",
        "quote": {"exact": "a genuine strategic partnership"},
        "author": {"name": "Jane Doe", "url": "https://example.org/jane"},
        "date": "2026-11-20",
        "kind": "comment",
        "tags": ["partnership"],
    }
    field, value = case["field"], case["value"]
    if field == "tags":
        front["tags"] = [value]
    elif field == "author":
        front["author"] = value
    else:
        parent, key = field.split(".")
        front[parent][key] = value
    folder = tmp_path / "annotations"
    folder.mkdir()
    (folder / "payload.md").write_text(
        f"---\n{yaml.safe_dump(front)}---\nBody.\n", encoding="utf-8"
    )
    (annotation,), errors = load_annotations(folder, collection)
    assert annotation.body_html == "<p>Body.</p>"
    if field == "author.url":  # a link the page would make: only http(s) is taken
        assert annotation.author_url is None
        assert [e.message for e in errors] == [
            f"author.url {value!r} must be an http:// or https:// address"
        ]
        return
    assert errors == []
    stored = {
        "author": annotation.author,
        "author.name": annotation.author,
        "tags": annotation.tags[0],
        "quote.exact": annotation.selector.exact,
    }[field]
    assert stored == value  # kept verbatim, as text for the page to escape, never as markup
