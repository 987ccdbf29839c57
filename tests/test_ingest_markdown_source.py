"""A raw text written in Markdown (pandoc's conversion of a word processor's document;
collection M's mb): its footnotes, escapes, emphasised byline and quotations read as what they
stand for; any other text's `\\*`, `[^1]` and `>` read back as the characters they are."""

from __future__ import annotations

import pytest

from synoptic.ingest import ingest_text
from synoptic.layout import normalise
from synoptic.markdownsource import (
    FRONT_READ,
    MARKDOWN_FRONT,
    MARKDOWN_IMAGE,
    MARKDOWN_INLINE_IMAGE,
    markdown_source,
)
from synoptic.metadata import metadata_line
from test_ingest_collection_b import edition_parts

PANDOC = """# Closing the Street

**By Ann Lee**

*10 March 2026*

The count was taken on a single Saturday in June, when the market was
on.[^1] It cost \\$310,000, and \\[the council\\] says more.

## What residents said

One neighbour put it to me:

> I have lived here for thirty-one years. Nobody from the Town Hall
> has knocked on my door.

*Ann Lee runs a hardware shop on the street and chairs the traders'
association.*

[^1]: Town Council, pedestrian count, Saturday 14 June 2025, with a
    note that runs on.
"""


def test_a_pandoc_document_reads_as_its_words_notes_and_quotation() -> None:
    made = ingest_text(PANDOC, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Closing the Street",
        "Ann Lee",
        "2026-03-10",
    )
    assert blocks == [
        "The count was taken on a single Saturday in June, when the market was on.[^1] It cost "
        "$310,000, and \\[the council] says more.",
        "## What residents said",
        "One neighbour put it to me:",
        "> I have lived here for thirty-one years. Nobody from the Town Hall has knocked on my "
        "door.",
        "Ann Lee runs a hardware shop on the street and chairs the traders' association.",
        "[^1]: Town Council, pedestrian count, Saturday 14 June 2025, with a note that runs on.",
    ]
    assert any(shape.startswith("Markdown source: 1 footnotes") for shape in made.report.shapes)


@pytest.mark.parametrize(
    "raw",
    [
        "First paragraph.\n\n\\*escaped\\* and [^1] literal\n\n> not a quotation\n",
        # escapes without a `## Heading`, a heading without escapes: no Markdown source
        "First paragraph.\n\n## Costs\n\n> not a quotation, and [^1] no note.\n",
    ],
)
def test_any_other_text_keeps_its_characters(raw: str) -> None:
    source = markdown_source(normalise(raw))
    assert not source.markdown and [line.text for line in source.lines] == raw.split("\n")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("3 March 2026 | 6:00am | Comments (23)", {"date": "2026-03-03"}),
        ("By Ann Lee | 9 May 2024 | 7 min read", {"author": "Ann Lee", "date": "2024-05-09"}),
        ("9 May 2024 · 18:30 BST · 12 comments", {"date": "2024-05-09"}),
        ("Tuesday's Comments (23)", None),  # no date: no row of the byline
    ],
)
def test_a_byline_row_s_hour_and_comment_count_are_the_site_s(line, stated) -> None:
    assert metadata_line(line) == stated


ARGUMENT = (
    "The argument over the lido has become a contest between memory and money, and both sides "
    "are partly right in what they say about it."
)
TANK = (
    "As an engineer I would ask the council for a survey of the tank, **before** any "
    "contract, and _not_ after it."
)
# Notion sets a paragraph a line, however long.
NOTION = f"""# Reopening the Lido: What Would Have to Be True

Author: Ann Lee
Date: March 10, 2026
Tags: Engineering, Lido
Status: Published

{ARGUMENT}

<aside>
💡 If the council remembers one thing, it should be the cover that staff pull across.
</aside>

## The tank

{TANK}

> I live four doors from the gate and I'd love to hear children in that pool again.
"""


def test_a_notion_page_reads_as_its_words() -> None:
    made = ingest_text(NOTION, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Reopening the Lido: What Would Have to Be True",
        "Ann Lee",
        "2026-03-10",
    )
    assert blocks[1:] == [
        "If the council remembers one thing, it should be the cover that staff pull across.",
        "## The tank",
        "As an engineer I would ask the council for a survey of the tank, **before** any "
        "contract, and *not* after it.",
        "> I live four doors from the gate and I'd love to hear children in that pool again.",
    ]
    assert [item.text for item in made.report.removed] == [
        "Tags: Engineering, Lido",
        "Status: Published",
        "<aside>",
        "</aside>",
    ]


HTML2TEXT = """[Lido Friends](https://lido.example.org/)

[Home](https://lido.example.org/)  [The
Campaign](https://lido.example.org/campaign/)

# Why the Town Should Reopen the Lido

Posted by [Ann Lee](https://lido.example.org/author/ann/) on
March 3, 2026

The town will decide on 26 March whether to reopen the lido, and the [feasibility
study](https://lido.example.org/study.pdf) says it can be done for a sum the grants
mostly cover.[1](#fn1) I think it should say yes.

![The terraces in January](https://lido.example.org/terraces.jpg)

The running deficit is modest next to what the town already spends on leisure,
and the return is a generation of children who can swim in an air-
source heated pool.

## Notes

  1. Lido Friends, petition, 14 January 2026. [↩](#fnref1)

Tags: [lido](https://lido.example.org/tag/lido/), [swimming](https://lido.example.org/tag/swim/)

### Share this:

  * [Facebook](https://facebook.example.com/)
  * [Email](mailto:?body=x)

### Related

[The lido at ninety](https://lido.example.org/2024/ninety/)
June 14, 2024

© 2026 Lido Friends ·
[Privacy](https://lido.example.org/privacy/)
"""


def test_a_web_page_converted_by_html2text_reads_as_its_words() -> None:
    made = ingest_text(HTML2TEXT, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"], meta["publisher"]) == (
        "Why the Town Should Reopen the Lido",
        "Ann Lee",
        "2026-03-03",
        "Lido Friends",
    )
    assert blocks == [
        "The town will decide on 26 March whether to reopen the lido, and the feasibility "
        "study says it can be done for a sum the grants mostly cover.[^1] I think it should "
        "say yes.",
        "The running deficit is modest next to what the town already spends on leisure, and "
        "the return is a generation of children who can swim in an air-source heated pool.",
        "## Notes",
        "[^1]: Lido Friends, petition, 14 January 2026.",
    ]


def test_a_byline_in_emphasis_is_read_as_the_byline() -> None:
    made = ingest_text(
        "# The Pool Reopens\n\nPosted by *Ann Lee* on 3 March 2026\n\n"
        "The lido opened in 1934 and closed in 2011, and the pool is *still closed.*\n\n"
        "## Next\n\nThe council estimates the capital sum at two million pounds.\n",
        "t",
        "t.txt",
    )
    meta, blocks = edition_parts(made.markdown)
    assert (meta["author"], meta["date"]) == ("Ann Lee", "2026-03-03")
    assert blocks[0].startswith("The lido opened") and "*still closed.*" in blocks[0]


HUGO = """---
title: "Fortnightly Bins: A Better Deal"
date: 2026-03-12
authors: [Helena Marchbank, Tom Rendle]
tags:
  - waste
draft: false
---

Harrowmere District Council is proposing to collect general rubbish
every two weeks instead of every week.[^1]

<!-- more -->

{{< figure src="/images/cell.jpg" caption="The landfill cell." >}}

## Why change now

Every year the district spends about £6.8 million on it.

[^1]: Cabinet report, March 2026.
"""


def test_a_static_site_s_front_matter_gives_the_title_authors_and_date() -> None:
    made = ingest_text(HUGO, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Fortnightly Bins: A Better Deal",
        "Helena Marchbank and Tom Rendle",
        "2026-03-12",
    )
    assert blocks[0] == (
        "Harrowmere District Council is proposing to collect general rubbish every two weeks "
        "instead of every week.[^1]"
    )
    assert blocks[1:3] == [
        "## Why change now",
        "Every year the district spends about £6.8 million on it.",
    ]
    assert [(item.line, item.text) for item in made.report.removed] == [
        (1, "---"),
        (2, 'title: "Fortnightly Bins: A Better Deal"'),
        (3, "date: 2026-03-12"),
        (4, "authors: [Helena Marchbank, Tom Rendle]"),
        (5, "tags:"),
        (6, "- waste"),
        (7, "draft: false"),
        (8, "---"),
        (13, "<!-- more -->"),
        (15, '{{< figure src="/images/cell.jpg" caption="The landfill cell." >}}'),
    ]
    read = [item.line for item in made.report.removed if item.rule == FRONT_READ]
    assert read == [2, 3, 4]
    assert meta["publisher"] == "unknown"


def test_front_matter_s_publisher_is_the_edition_s() -> None:
    # (a page saved as HTML writes its site's name there: htmlpage)
    made = ingest_text(HUGO.replace("draft: false\n", "publisher: The Valley Review\n"), "t", "t")
    assert edition_parts(made.markdown)[0]["publisher"] == "The Valley Review"


@pytest.mark.parametrize(
    "front",
    [
        # TOML, Hugo's other front matter
        '+++\ntitle = "Fortnightly Bins"\nauthor = "Ann Lee"\ndate = 2026-03-12\n+++\n',
        # YAML closed by `...`
        "---\ntitle: Fortnightly Bins\nauthor: Ann Lee\ndate: 12 March 2026\n...\n",
    ],
    ids=["toml", "yaml dots"],
)
def test_front_matter_in_other_fences_is_read(front: str) -> None:
    meta, _ = edition_parts(
        ingest_text(front + "\n" + HUGO.split("---\n", 2)[2], "t", "t").markdown
    )
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Fortnightly Bins",
        "Ann Lee",
        "2026-03-12",
    )


@pytest.mark.parametrize(
    "raw",
    [
        # a rule under the first line, then prose: no front matter
        "---\nThe council met on Tuesday: the vote was close.\n---\n\nA paragraph of the text.\n",
        # fields that state no title, author or date
        "---\nlayout: post\n---\n\nA paragraph of the text.\n",
        # fields that do not parse
        "---\ntitle: [unclosed\n---\n\nA paragraph of the text.\n",
    ],
    ids=["prose", "no fields", "broken"],
)
def test_what_is_no_front_matter_keeps_its_lines(raw: str) -> None:
    made = ingest_text(raw, "t", "t.txt")
    assert not any("front matter" in item.rule for item in made.report.removed)
    assert "A paragraph of the text." in made.markdown


@pytest.mark.parametrize(
    ("front", "title", "first"),
    [
        # no title among the fields: the body's `# Title` is the title
        ("", "The Whole Title", "Harrowmere District Council"),
        # … the same title: read once
        ("title: The whole title\n", "The Whole Title", "Harrowmere District Council"),
        # another title: the fields' (pandoc's LaTeX sets `\section` as `#`)
        ("title: Bins and Food\n", "Bins and Food", "## The Whole Title"),
    ],
    ids=["no title field", "the same", "another"],
)
def test_a_body_s_own_title_under_front_matter(front: str, title: str, first: str) -> None:
    raw = f"---\n{front}author: Ann Lee\ndate: 2026-03-12\n---\n\n# The Whole Title\n\n"
    made = ingest_text(raw + HUGO.split("---\n", 2)[2], "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (title, "Ann Lee", "2026-03-12")
    assert blocks[0].startswith(first)


def test_a_paper_s_abstract_in_front_matter_is_its_first_paragraph() -> None:
    raw = (
        "---\nabstract: |\n  The order can work, but only if its conditions are\n"
        "  tightened.\nauthor:\n- Dr Osric Penhallow\ndate: 19 March 2026\n"
        "title: Conditions for Consent\n---\n\n# What the Survey Found\n\n"
        "Our team inspected 140 roofs between June and November 2025.\n"
    )
    made = ingest_text(raw, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Conditions for Consent",
        "Dr Osric Penhallow",
        "2026-03-19",
    )
    assert blocks[:2] == [
        "The order can work, but only if its conditions are tightened.",
        "## What the Survey Found",
    ]
    assert {item.rule for item in made.report.removed} == {FRONT_READ, MARKDOWN_FRONT}


def test_a_jekyll_post_s_nested_author_named_notes_and_attributes() -> None:
    raw = """---
title: "Vans, lockers and what a rural library is for"
author:
  name: Dr Nadia Fenwick
  url: https://example.org/about/
date: 2026-03-05 08:00:00 +0000
---

Visits to Dunstock are down by about a third since 2019.[^survey] The
[consultation
result](https://example.org/result), with 71 per cent opposed, cost little.[^cost]
{: .notice}

## Notes

[^cost]: My calculation from the finance annex.

[^survey]: The council's survey of 2025.
"""
    made = ingest_text(raw, "t", "t.txt")
    meta, blocks = edition_parts(made.markdown)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Vans, lockers and what a rural library is for",
        "Dr Nadia Fenwick",
        "2026-03-05",
    )
    assert blocks[0] == (
        "Visits to Dunstock are down by about a third since 2019.[^1] The consultation "
        "result, with 71 per cent opposed, cost little.[^2]"
    )
    # numbered in the order the text cites them, as kramdown numbers them
    assert blocks[-2:] == [
        "[^1]: The council's survey of 2025.",
        "[^2]: My calculation from the finance annex.",
    ]
    assert "{: .notice}" in [item.text for item in made.report.removed]


#: Code spans, an image inside a sentence and a badge alone on its line (review 43, finding 14).
CODE_AND_IMAGES = "\n\n".join(
    [
        "# Closing the Street",
        "## Counts",
        "Call `count(*args)` with `[^1]` and ``a ` b``, not \\`this\\`.[^1]",
        "Press the ![gear](gear.png) button.",
        "[![build](https://ci.example/badge.svg)](https://ci.example)",
        "[^1]: The count.",
    ]
)


def test_a_code_span_is_its_characters_and_an_image_in_a_line_shows_no_words() -> None:
    # a code span came out with its backticks escaped, `\`*args*\``, and an image inside a
    # sentence as its syntax, `!\[gear](gear.png)`: in any Markdown source
    made = ingest_text(CODE_AND_IMAGES, "t", "t.md")
    assert edition_parts(made.edition)[1][1:3] == [
        "Call count(\\*args) with \\[^1] and a \\` b, not \\`this\\`.[^1]",
        "Press the button.",
    ]
    listed = {(item.rule, item.text) for item in made.report.removed}
    assert (MARKDOWN_INLINE_IMAGE, "![gear](gear.png)") in listed
    badge = "[![build](https://ci.example/badge.svg)](https://ci.example)"
    assert (MARKDOWN_IMAGE, badge) in listed  # (a linked image alone on its line)
