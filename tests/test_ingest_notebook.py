"""A Jupyter notebook (`.ipynb`, nbformat 4), its Markdown cells read as a Markdown source
(notebook.py, markdownsource.py); any other JSON refused as before.

The shape (collection WW's wc, raw/wc.ipynb, written blind: nbformat 5.11 built it, nbclient
0.11 ran it in ipykernel, nbformat wrote it): JSON with a one-space indent, keys sorted, every
cell `{"cell_type", "id", "metadata", "source"}` (a code cell's `execution_count` and
`outputs` too), each source a list of lines, each line on a line of the JSON of its own.
Eighteen cells: a title cell (`# Title`, `**A and B**` with a hard break, `*date · what the
paper is*`); a colleague's note tagged `remove-cell`; a paragraph a cell, the headings sharing a
cell with the paragraph under them; three code cells with their outputs (printed lines, a result,
an error whose traceback is ANSI-coloured), the first cutting p4 in two (its last sentence alone
in the cell after it); note calls as `<sup><a href="#fn1">1</a></sup>`; `---` over the bio,
each author's sentence in `*…*` on a line of its own; `### Notes` over a list whose items open
with `<a id="fn1"></a>`; an empty code cell never run; the notebook's metadata (a working title
"skyline-pole-rule-v2", the authors, the kernel, the language).

First contact (81d3dfc): refused, "a JSON file (an object at its top), no text: … convert it to
text, Markdown or HTML first".
Now: 8 of 10 paragraphs exact, p1 differing only by the writer's `**rubber tips for everyone
who carries them**`, whose emphasis Markdown keeps, and p4 in two: its last sentence, alone in
the cell after the code's output, stays a paragraph of its own, the report asking the editor to
join them (nothing in the words tells a paragraph's last sentence from a paragraph of one); 2 of
2 notes; 17 blocks for 16; the front (title, both authors, the date) right; the tagged note,
code, outputs and metadata left out, each listed at its line in the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from synoptic.errors import SynopticError
from synoptic.ghostexport import OTHER_JSON
from synoptic.ingest import ingest_file, ingest_text
from synoptic.layout import EMPHASIS_MARK, normalise
from synoptic.load import load_essay
from synoptic.markdownsource import (
    MARKDOWN_BYLINE,
    MARKDOWN_DATELINE,
    MARKDOWN_INLINE_IMAGE,
    markdown_source,
)
from synoptic.notebook import (
    ATTACHMENT,
    CODE,
    HIDDEN,
    METADATA,
    OUTPUT,
    RAW,
    REMOVED,
    jupyter_notebook,
)
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA

WC_NOT_THE_ESSAY = (
    "DO, 16 Mar",  # the colleague's note, tagged remove-cell
    "Delete this cell",
    "Matched pairs",  # the outputs
    "Median difference",
    "19 of 23",
    "with_poles",
    "FileNotFoundError",
    "calder_2023",
    "[31m",
    "pairs = [",  # the code
    "import csv",
    "paper for the Glen Ardlar",  # the date line's other words
    "skyline-pole-rule-v2",  # the metadata
    "ipykernel",
    "<sup",  # the HTML of the notes
    "<a ",
    "fn1",
    "**Morag",
    "---",
)


def test_collection_ww_wc_reads_whole() -> None:
    made = ingest_file(DATA / "collection_ww" / "raw" / "wc.ipynb", "wc")
    meta, blocks = edition_parts(made.edition)
    want_meta, want = edition_parts(
        (DATA / "collection_ww" / "essays" / "wc.md").read_text("utf-8")
    )
    # the title cell's, never the metadata's working title
    assert (meta["title"], meta["author"], meta["date"]) == (
        "A Pole Rule for the Skyline, Not a Pole Ban",
        "Morag Inchbold and Daniel Oyelaran",
        "2024-03-18",
    )
    assert meta["summary"] == want_meta["summary"]
    # every block in order: p4's last sentence, alone after the code's output, a paragraph
    # of its own (warned of below), the bio one paragraph without its asterisks, `## Notes`;
    # the writer's `**…**` in p1 kept as Markdown keeps it
    bold = "**rubber tips for everyone who carries them**"
    assert bold in blocks[0]
    last = "Whatever poles do for a runner"
    (p4,) = [block for block in want if last in block]
    cut = p4.index(last)
    parted = [
        part
        for block in want
        for part in ([p4[:cut].strip(), p4[cut:]] if block == p4 else [block])
    ]
    assert [block.replace(bold, bold.strip("*")) for block in blocks] == parted
    assert not any(cut in block for block in blocks for cut in WC_NOT_THE_ESSAY)
    rules: dict[str, list[int]] = {}
    for removed in made.report.removed:
        rules.setdefault(removed.rule, []).append(removed.line)
    # each at its line in the file
    assert rules[REMOVED.format(tag="remove-cell")] == [23]
    assert rules[CODE] == [79, 136, 181]  # (the empty cell, never run, holds nothing)
    assert rules[OUTPUT.format(kind="printed, stdout")] == [72, 121]
    assert rules[OUTPUT.format(kind="its result: text/plain")] == [127]
    assert rules[OUTPUT.format(kind="an error, its traceback of 4 lines not shown")] == [169]
    assert rules[MARKDOWN_BYLINE] == [10] and rules[MARKDOWN_DATELINE] == [11]
    assert rules[METADATA.format(key="title")] == [261]
    assert rules[METADATA.format(key="authors")] == [236]
    left = {removed.text for removed in made.report.removed}
    assert "FileNotFoundError: [Errno 2] No such file or directory: " in " ".join(left)
    assert not any("\x1b" in text or "[31m" in text for text in left)
    assert made.report.warnings == (
        "a paragraph of one sentence after a code cell, at line 100: if it ends the paragraph "
        "at line 57, join them in the edition",
    )
    assert any("a Jupyter notebook (nbformat 4.5): 13 of its 18" in s for s in made.report.shapes)


# --- notebooks of my own making, written as nbformat writes them -------------------------------


def cell(kind: str, text: str, tags: tuple[str, ...] = (), **more) -> dict:
    """A cell: its source a list of lines (each but the last ending in its line end)."""
    metadata = {"tags": list(tags)} if tags else {}
    source = text.splitlines(keepends=True)
    if kind == "code":
        more = {"execution_count": 1, "outputs": [], **more}
    return {"cell_type": kind, "metadata": metadata, "source": source, **more}


def md(text: str, tags: tuple[str, ...] = (), **more) -> dict:
    return cell("markdown", text, tags, **more)


def code(text: str, *outputs: dict) -> dict:
    return cell("code", text, outputs=list(outputs))


def printed(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}


def notebook(*cells: dict, metadata: dict | None = None, nbformat: int = 4) -> str:
    """The notebook as nbformat writes it: cell ids from their places, keys sorted, a one-space
    indent, characters as they are."""
    numbered = [{"id": f"cell-{index}", **each} for index, each in enumerate(cells)]
    book = {
        "cells": numbered,
        "metadata": metadata or {"kernelspec": {"display_name": "Python 3", "name": "python3"}},
        "nbformat": nbformat,
        "nbformat_minor": 5,
    }
    return json.dumps(book, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


TITLE = md("# Why the Ferry Should Stay\n\n*Iona Bell*")
KEEP = md("The ferry carries four hundred people a day. Nobody has counted the cars.")
SPLITS = code("print(sum(counts))", printed("412\n"))
COST = md("## What it costs\n\nThe council pays little for it. The island pays much more.")


def read(raw: str, path: str = "f.ipynb"):
    """The edition's front and blocks, and its report."""
    made = ingest_text(raw, "f", path)
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made.report


def test_markdown_cells_are_read_as_markdown_a_blank_line_between_cells() -> None:
    meta, blocks, report = read(notebook(TITLE, KEEP, SPLITS, COST))
    assert (meta["title"], meta["author"]) == ("Why the Ferry Should Stay", "Iona Bell")
    assert blocks == [
        "The ferry carries four hundred people a day. Nobody has counted the cars.",
        "## What it costs",
        "The council pays little for it. The island pays much more.",
    ]
    assert any(
        shape.startswith("a Jupyter notebook (nbformat 4.5): 3 of its 4") for shape in report.shapes
    )


def test_the_lines_are_the_file_s() -> None:
    raw = notebook(TITLE, KEEP, SPLITS, md("---\n\nThe end of it."))
    read_lines = jupyter_notebook(raw, "f.ipynb").lines
    file_lines = raw.split("\n")
    for line in read_lines:
        if not line.blank:  # (a Markdown line at the line of the JSON it stands on)
            assert json.dumps(line.text)[:-1] in file_lines[int(line.number) - 1]
    _, _, report = read(raw)
    rule = next(item for item in report.removed if item.text == "---")
    assert file_lines[rule.line - 1].strip() == '"---\\n",'
    printed_at = next(item for item in report.removed if item.text == "412")
    assert file_lines[printed_at.line - 1].strip() == '"412\\n"'


def test_a_source_written_as_one_string_is_read() -> None:
    book = json.loads(notebook(TITLE, KEEP, COST))
    for each in book["cells"]:
        each["source"] = "".join(each["source"])
    raw = json.dumps(book, indent=1)  # (and its non-ASCII escaped: `\\u2019`)
    meta, blocks, report = read(raw.replace("counted", "counted\u2019s"))
    assert meta["author"] == "Iona Bell" and blocks[-1].startswith("The council pays little")
    # (a string of several lines: the lines numbered as the cells' text, and the report says so)
    assert any("numbered as the text its cells make" in shape for shape in report.shapes)
    one_line = json.loads(notebook(KEEP, COST))
    one_line["cells"][1]["source"] = ["The council pays little for it."]
    text = json.dumps(one_line, indent=1)
    assert jupyter_notebook(text, "f.ipynb").own_lines


def test_code_cells_and_their_outputs_are_left_out_each_listed() -> None:
    error = {
        "ename": "KeyError",
        "evalue": "'ferry'",
        "output_type": "error",
        "traceback": ["\x1b[31m---------\x1b[39m", "\x1b[31mKeyError\x1b[39m: 'ferry'"],
    }
    shown = {
        "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure size 640x480>"]},
        "metadata": {},
        "output_type": "display_data",
    }
    raw = notebook(
        TITLE,
        KEEP,
        code("plot(counts)\ncounts['ferry']", printed("\x1b[1m412\x1b[0m\n"), shown, error),
        COST,
    )
    _, blocks, report = read(raw)
    assert not any("412" in block or "plot" in block or "Figure" in block for block in blocks)
    left = {(item.rule, item.text) for item in report.removed}
    assert (CODE, "plot(counts) counts['ferry']") in left
    assert (OUTPUT.format(kind="printed, stdout"), "412") in left  # (its colours gone)
    assert (OUTPUT.format(kind="a display: image/png, text/plain"), "<Figure size 640x480>") in left
    assert (
        OUTPUT.format(kind="an error, its traceback of 2 lines not shown"),
        "KeyError: 'ferry'",
    ) in left


def test_a_program_s_markdown_output_is_left_out_with_a_warning() -> None:
    said = {
        "data": {"text/markdown": "The ferry **must** stay."},
        "metadata": {},
        "output_type": "display_data",
    }
    _, blocks, report = read(notebook(TITLE, KEEP, code("display(Markdown(s))", said)))
    assert not any("must" in block for block in blocks)
    assert any("a code cell's output in Markdown" in warning for warning in report.warnings)


@pytest.mark.parametrize("tag", ["remove-cell", "remove_cell", "remove-input", "remove_input"])
def test_a_markdown_cell_tagged_for_removal_is_left_out_and_listed(tag: str) -> None:
    note = md("> Iain: check the counts before this goes out.", (tag, "other"))
    _, blocks, report = read(notebook(TITLE, note, KEEP))
    assert not any("Iain" in block for block in blocks)
    listed = [item for item in report.removed if "Iain" in item.text]
    assert [item.rule for item in listed] == [REMOVED.format(tag=tag.replace("_", "-"))]
    assert not any("Iain" in warning for warning in report.warnings)


def test_a_hidden_cell_is_left_out_with_a_warning_and_an_output_tag_leaves_markdown_as_it_is() -> (
    None
):
    hidden = md("The timetable is below, if you want it.", ("hide-cell",))
    kept = md("The council pays little for it. The island pays much more.", ("remove-output",))
    _, blocks, report = read(notebook(TITLE, KEEP, hidden, kept))
    assert blocks[-1] == "The council pays little for it. The island pays much more."
    assert not any("timetable" in block for block in blocks)
    assert HIDDEN.format(tag="hide-cell") in {item.rule for item in report.removed}
    assert any("hidden by its tag hide-cell" in warning for warning in report.warnings)


def test_a_raw_cell_is_left_out_with_a_warning() -> None:
    _, blocks, report = read(notebook(TITLE, KEEP, cell("raw", "\\newpage"), COST))
    assert not any("newpage" in block for block in blocks)
    assert RAW in {item.rule for item in report.removed}
    assert any("a raw cell" in warning for warning in report.warnings)
    # (one tagged for removal is listed and no doubt; an empty one holds nothing)
    _, _, report = read(
        notebook(TITLE, KEEP, cell("raw", "\\\\newpage", ("remove-cell",)), cell("raw", ""))
    )
    assert [item.rule for item in report.removed].count(RAW) == 1 and not report.warnings


def test_an_attachment_and_its_image_line_are_left_out_and_listed() -> None:
    pictured = md(
        "![The slipway](attachment:slip.png)\n\nThe slipway is sound.",
        attachments={"slip.png": {"image/png": "iVBORw0KGgo="}},
    )
    _, blocks, report = read(notebook(TITLE, KEEP, pictured))
    assert blocks[-1] == "The slipway is sound." and not any("![" in block for block in blocks)
    assert (ATTACHMENT, "slip.png (image/png)") in {(i.rule, i.text) for i in report.removed}


# --- a paragraph a code cell cuts in two ------------------------------------------------------


@pytest.mark.parametrize(
    ("above", "below", "why"),
    [
        ("The counts for the week show a", "steady four hundred a day.", "ends mid-clause"),
        ("The counts show a steady load.", "which is why the council counts them.", "lower case"),
    ],
)
def test_a_paragraph_a_code_cell_cuts_is_one_where_the_words_show_it(
    above: str, below: str, why: str
) -> None:
    _, blocks, report = read(notebook(TITLE, KEEP, md(above), SPLITS, md(below)))
    assert blocks[-1] == f"{above} {below}"
    (warning,) = report.warnings
    assert warning.startswith("a paragraph read as one across a code cell") and why in warning


def test_one_sentence_alone_after_a_code_cell_stays_a_paragraph_warned_of() -> None:
    # a paragraph's last sentence set after the output it comments on, or a paragraph of one
    # sentence: the words do not tell, so the editor is asked (WW's wc cuts its p4 so)
    above, below = (
        "The counts show a steady load.",
        "Whatever the council says, it is four hundred.",
    )
    _, blocks, report = read(notebook(TITLE, KEEP, md(above), SPLITS, md(below)))
    assert blocks[-2:] == [above, below]
    (warning,) = report.warnings
    assert warning.startswith("a paragraph of one sentence after a code cell, at line ")
    assert warning.endswith("join them in the edition")


@pytest.mark.parametrize(
    "cells",
    [
        # a paragraph of several sentences after the code: a paragraph of its own
        (
            md("The counts show a steady load."),
            SPLITS,
            md("Cars are another matter. Nobody counts them."),
        ),
        # a lead-in to the code, ending in a colon: the code is what it introduces
        (md("The counts show this:"), SPLITS, md("Cars are another matter. Nobody counts them.")),
        # no code between: a cell is a paragraph
        (
            md("The counts show a steady load."),
            md("Whatever the council says, it is four hundred."),
        ),
        # a heading below the code, and a caption in emphasis
        (md("The counts show a steady load."), SPLITS, md("## Cars")),
        (md("The counts show a steady load."), SPLITS, md("*Counts for March.*")),
        # a heading above the code
        (md("## Counts"), SPLITS, md("Whatever the council says, it is four hundred.")),
    ],
)
def test_a_cell_boundary_is_a_paragraph_s_where_the_words_do_not_show_one(cells) -> None:
    meta, blocks, report = read(notebook(TITLE, *cells))
    assert not any("across a code cell" in warning for warning in report.warnings)
    texts = [
        line
        for each in cells
        if each["cell_type"] == "markdown"
        for line in ["".join(each["source"])]
    ]
    assert [block for block in blocks if block] == [t.strip("*") for t in texts]


# --- the front: the Markdown's, never the metadata's -------------------------------------------


def test_the_metadata_s_title_and_authors_are_offered_never_written() -> None:
    metadata = {"title": "ferry-v3", "authors": [{"name": "Iona Bell"}, {"name": "Tam Rae"}]}
    meta, blocks, report = read(notebook(KEEP, COST, metadata=metadata))
    assert (meta["title"], meta["author"]) == ("unknown", "unknown")
    assert blocks[0].startswith("The ferry carries")
    assert (
        "the title is unknown: the notebook's metadata gives 'ferry-v3' (title), the file's, "
        "which may not be the essay's; if it is, write it into the front matter"
    ) in report.warnings
    assert any("'Iona Bell and Tam Rae' (authors)" in warning for warning in report.warnings)
    # where the Markdown states them, the metadata is listed, not offered
    meta, _, report = read(notebook(TITLE, KEEP, metadata=metadata))
    assert (meta["title"], meta["author"]) == ("Why the Ferry Should Stay", "Iona Bell")
    assert not any("metadata gives" in warning for warning in report.warnings)
    assert (METADATA.format(key="title"), "ferry-v3") in {(i.rule, i.text) for i in report.removed}


def test_a_title_cell_with_two_authors_a_hard_break_and_a_dateline() -> None:
    title = md(
        "# Why the Ferry Should Stay\n\n**Iona Bell and Tam Rae**  \n"
        "*3 March 2026 · a paper for the harbour board*"
    )
    meta, blocks, report = read(notebook(title, KEEP))
    assert (meta["author"], meta["date"]) == ("Iona Bell and Tam Rae", "2026-03-03")
    assert blocks == [KEEP["source"][0]]
    listed = {item.rule: item.text for item in report.removed}
    assert listed[MARKDOWN_DATELINE] == "*3 March 2026 · a paper for the harbour board*"
    # the byline with a backslash's hard break, no emphasis, the date alone under it
    plain = md("# Why the Ferry Should Stay\n\nBy Iona Bell\\\n3 March 2026")
    meta, _, _ = read(notebook(plain, KEEP))
    assert (meta["author"], meta["date"]) == ("Iona Bell", "2026-03-03")


def test_a_notebook_with_no_notes_and_notes_in_cells_of_their_own() -> None:
    _, blocks, report = read(notebook(TITLE, KEEP))
    assert report.notes == 0 and blocks == [KEEP["source"][0]]
    # calls linked in HTML, the notes a list under their heading in a cell of their own
    called = md(
        'The ferry runs at a loss.<sup><a href="#fn1">1</a></sup> So do roads.'
        '<sup><a href="#fn2">2</a></sup>'
    )
    notes = md(
        '### Notes\n\n1. <a id="fn1"></a>The accounts, 2025.\n2. <a id="fn2"></a>The budget.'
    )
    _, blocks, report = read(notebook(TITLE, md("## Costs\n\nIt is cheap."), called, SPLITS, notes))
    assert blocks[-4:] == [
        "The ferry runs at a loss.[^1] So do roads.[^2]",
        "## Notes",
        "[^1]: The accounts, 2025.",
        "[^2]: The budget.",
    ]
    assert report.notes == 2
    # Markdown's footnotes, as Jupyter Book reads them
    noted = md("The ferry runs at a loss.[^cost]\n\n[^cost]: The accounts, 2025.")
    _, blocks, report = read(notebook(TITLE, noted))
    assert blocks == ["The ferry runs at a loss.[^1]", "[^1]: The accounts, 2025."]


# --- hostile values: text, escaped as the pipeline escapes any --------------------------------

HOSTILE = notebook(
    md(
        "# The <script>alert(1)</script> Ferry [x](javascript:alert(2))\n\n"
        "*Iona <b onclick=x>Bell</b>*"
    ),
    md(
        "## Costs <script>alert(3)</script> {: onclick=alert(4)}\n\n"
        "The ferry [runs](javascript:alert(5)) at <script>alert(6)</script> a loss.[^1] "
        "{: onclick=alert(7)}"
    ),
    md("{: onclick=alert(8)}"),
    md("[^1]: See <script>alert(9)</script> and [this](javascript:alert(10))."),
    metadata={"title": "<script>alert(11)</script>\n# injected", "authors": ["\n---\nx"]},
)


def test_hostile_values_come_out_as_text_escaped(tmp_path: Path) -> None:
    made = ingest_text(HOSTILE, "h", "h.ipynb")
    meta, blocks = edition_parts(made.edition)
    # the title as its characters (front matter is text); the body's HTML and brackets escaped
    assert meta["title"] == "The <script>alert(1)</script> Ferry [x](javascript:alert(2))"
    assert "The ferry \\[runs](javascript:alert(5)) at \\<script>alert(6)\\</script>" in blocks[2]
    assert (
        blocks[-1] == "[^1]: See \\<script>alert(9)\\</script> and \\[this](javascript:alert(10))."
    )
    # the report's lines stay comments: no value of the file's breaks out of them
    front = made.edition.split("\n---\n", 1)[0].split("\n")[1:]
    assert all(line.startswith("# ") or ": " in line for line in front)
    assert "'<script>alert(11)</script> # injected'" in str(made.report)
    # read back by the site's loader: words, never markup
    path = tmp_path / "h.md"
    path.write_text(made.edition, encoding="utf-8")
    essay, problems = load_essay(path)
    assert not problems
    html = " ".join(p.html for p in essay.paragraphs)
    html += " ".join(note.html for note in essay.footnotes.values())
    assert "<script" not in html and 'href="javascript' not in html and "<b " not in html
    assert "alert(6)" in essay.paragraphs[0].text and "{: onclick=alert(7)}" in html
    assert [section.title for section in essay.sections][-2:] == [
        "Iona <b onclick=x>Bell</b>",  # (names with markup are no byline: text, escaped)
        "Costs <script>alert(3)</script> {: onclick=alert(4)}",
    ]


# --- refused, with what to do ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "line", "said"),
    [
        ('{\n "cells": [\n  {"cell_type": "markdown",}\n ]\n}', 3, "does not parse ("),
        ('{"nbformat": 3, "worksheets": []}', 1, "nbformat 3"),
        ('{"nbformat": "4", "cells": []}', 1, "nbformat ?"),
        ('{"nbformat": 4, "cells": {}}', 1, "cells are no list"),
        ('{"posts": []}', 1, "no Jupyter notebook"),
        ('"a lone string"', 1, "no Jupyter notebook"),
        ("", 1, "does not parse ("),
    ],
)
def test_a_notebook_that_cannot_be_read_is_refused_with_what_to_do(
    raw: str, line: int, said: str
) -> None:
    with pytest.raises(SynopticError) as refused:
        ingest_text(raw, "f", "f.ipynb")
    assert refused.value.line == line and said in refused.value.message


def test_a_cell_nbformat_does_not_write_is_refused_at_its_line() -> None:
    book = json.loads(notebook(TITLE, KEEP))
    book["cells"][1]["source"] = {"not": "text"}
    raw = json.dumps(book, indent=1)
    with pytest.raises(SynopticError) as refused:
        ingest_text(raw, "f", "f.ipynb")
    assert "cell 2 is no cell nbformat 4 writes" in refused.value.message
    assert '"cell-1"' in raw.split("\n")[refused.value.line - 1]


def test_a_notebook_with_no_markdown_to_read_is_refused() -> None:
    with pytest.raises(SynopticError, match="no Markdown cell to read"):
        ingest_text(notebook(SPLITS, md("A note.", ("remove-cell",))), "f", "f.ipynb")


def test_a_control_character_in_a_markdown_cell_is_refused_at_its_line() -> None:
    raw = notebook(TITLE, md("The ferry\x07 stays."))
    with pytest.raises(SynopticError) as refused:
        ingest_text(raw, "f", "f.ipynb")
    assert "U+0007" in refused.value.message
    assert "\\u0007" in raw.split("\n")[refused.value.line - 1]


def test_a_notebook_saved_under_another_name_is_read_and_other_json_refused_as_before() -> None:
    meta, blocks, _ = read(notebook(TITLE, KEEP), "ferry.json")
    assert meta["title"] == "Why the Ferry Should Stay" and len(blocks) == 1
    with pytest.raises(SynopticError) as refused:
        ingest_text('{"cells": "no nbformat"}', "f", "f.json")
    assert refused.value.message == OTHER_JSON.format(kind="an object")
    # a text opening with a brace that does not parse whole is text, as before
    assert jupyter_notebook('{"nbformat": 4} is how it began.', "f.txt") is None


# --- the Markdown rules a notebook's cells called for (markdownsource.py): any Markdown's -----


def source(text: str):
    return markdown_source(normalise(text), known=True)


@pytest.mark.parametrize(
    "call",
    [
        '<sup><a href="#fn1">1</a></sup>',
        "<sup><a href='#fn1' id='r1'>[1]</a></sup>",
        '<sup id="fnref1"><a class="ref" href="#note-1">1</a></sup>',
        '<a href="#fn1"><sup>1</sup></a>',
        "<sup>[1](#fn1)</sup>",
    ],
)
def test_an_html_call_linked_to_its_note_is_a_call(call: str) -> None:
    read_lines = source(f"The ferry runs at a loss.{call} So do roads.").lines
    assert read_lines[0].text == "The ferry runs at a loss.[1] So do roads."


def test_a_raised_number_with_no_link_and_a_note_s_anchor_and_way_back() -> None:
    read_lines = source(
        "It covers 40 m<sup>2</sup>.\n\n"
        '1. <a id="fn1"></a>The accounts. <a href="#fnref1">↩</a>\n'
        "2. <a name='fn2'></a>The budget."
    ).lines
    assert [line.text for line in read_lines if not line.blank] == [
        "It covers 40 m<sup>2</sup>.",
        "1. The accounts.",
        "2. The budget.",
    ]


def test_a_block_each_of_whose_lines_is_in_emphasis_is_read_without_the_markers() -> None:
    read_lines = source("*Iona Bell runs the café.*\n*Tam Rae skippers the ferry.*\n").lines
    assert [line.text for line in read_lines[:2]] == [
        "Iona Bell runs the café.",
        "Tam Rae skippers the ferry.",
    ]
    # (emphasis by two markers: each line's emphasis stays, as before)
    mixed = source("*Iona Bell runs the café.*\n_Tam Rae skippers the ferry._\n").lines
    assert mixed[0].text == f"{EMPHASIS_MARK}Iona Bell runs the café.{EMPHASIS_MARK}"


def test_the_notes_heading_is_set_at_the_sections_level() -> None:
    lines = source("# Title\n\n## Costs\n\nText.\n\n### Notes\n\n[^1]: A note.\n\n### Cars\n").lines
    texts = [line.text for line in lines if not line.blank]
    assert "## Notes" in texts and "### Cars" in texts  # (a subsection stays as it is)


def test_a_standfirst_under_the_title_with_a_hard_break_stays_whole() -> None:
    lines = source("# Title\n\nThe ferry stays.  \nThe council says so.\n\n## Costs\n").lines
    assert [line.number for line in lines[:4]] == [1, 2, 3, 4]


# --- review 43's findings on this reader (2, 3, 11, 13, 14) --------------------------------------


def output(kind: str, **data) -> dict:
    """A display's output, its data by kind (`text_plain` for `text/plain`)."""
    shown = {key.replace("_", "/", 1): value for key, value in data.items()}
    return {"data": shown, "metadata": {}, "output_type": kind}


@pytest.mark.parametrize(
    "below",
    [
        "23 of them carried poles, and most were over sixty.",  # (a figure: no sign)
        "`df.head()` shows the first rows, which look fine.",  # (code: no sign)
        "iPhone owners carried none, and most were over sixty.",  # (a name)
        "*Most* carried poles, and most were over sixty.",  # (emphasis: no sign)
    ],
)
def test_a_cell_below_opening_with_no_word_in_lower_case_is_a_paragraph(below: str) -> None:
    # finding 2: the first letter was read, not the first word (`23 of them` opened in
    # lower case by its `of`, `` `df.head()` `` by its `df`)
    above = "Here is the count of finishers."
    _, blocks, report = read(notebook(TITLE, KEEP, md(above), SPLITS, md(below)))
    assert blocks[-2] == above and not any("across a code cell" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("The counts rose all week,", "and the council never looked at them."),
        ("The counts rose all week —", "Tuesday's most of all."),
        ("The counts show a steady load;", "The council counts none."),
        ("The counts for the week show a", "Steady four hundred a day."),
        ("The counts show a steady load.", ", and the council never looked at them."),
    ],
)
def test_a_paragraph_is_joined_across_code_where_its_clause_is_open(above: str, below: str) -> None:
    _, blocks, report = read(notebook(TITLE, KEEP, md(above), SPLITS, md(below)))
    assert blocks[-1] == f"{above} {below}"
    assert any("across a code cell" in warning for warning in report.warnings)


def test_a_lead_in_with_no_stop_over_code_is_a_paragraph_warned_of_and_no_summary() -> None:
    # finding 2: `First we plot the splits for each year` was joined to the paragraph under
    # the code (its lead-in, read as "ends no sentence"), and the whole became the summary
    lead_in = "First we plot the splits for each year"
    below = "The median gap is eight seconds, which is nothing."
    raw = notebook(TITLE, md(lead_in), SPLITS, md(below), SPLITS, md("Load the data"), SPLITS)
    meta, blocks, report = read(raw)
    # (paragraphs, not headings guessed from their shape: the writer typed no `#`)
    assert blocks == [lead_in, below, "Load the data"]
    assert meta["summary"] == below
    (warning, *_) = report.warnings
    assert warning.startswith("a paragraph that ends with no stop before a code cell, at line ")
    assert warning.endswith("join them in the edition")
    assert not any("across a code cell" in w for w in report.warnings)
    # (a colon above is the code's lead-in, no doubt; a short line with no code under it is
    # read as any Markdown's)
    _, blocks, report = read(
        notebook(TITLE, md("The splits show:"), SPLITS, md(below + " " + below))
    )
    assert not report.warnings and blocks == ["The splits show:", f"{below} {below}"]


def test_an_output_s_markdown_and_html_are_listed_by_their_words() -> None:
    # finding 3: IPython's display of Markdown or HTML gives its plain text as a placeholder,
    # which the report quoted in place of the program's words
    said = "**Result:** the median gap is 8 s, which is nothing."
    markdown = output(
        "display_data",
        text_markdown=said,
        text_plain="<IPython.core.display.Markdown object>",
    )
    html = output(
        "display_data",
        text_html=[
            "<style scoped>.dataframe td {color: red}</style>\n",
            "<p>Poles <b>help</b></p>",
        ],
        text_plain="<IPython.core.display.HTML object>",
    )
    alone = output("execute_result", text_html="<table><tr><td>19 of 23</td></tr></table>")
    frame = output("execute_result", text_html="<table><td>x</td></table>", text_plain="   a\n0  1")
    raw = notebook(TITLE, KEEP, code("show()", markdown, html, alone, frame))
    _, _, report = read(raw)
    listed = [item.text for item in report.removed if item.rule.startswith(OUTPUT.split("{")[0])]
    assert listed == [said, "Poles help", "19 of 23", "a 0 1"]
    (warning,) = [w for w in report.warnings if "output in Markdown" in w]
    assert repr(said) in warning and "IPython" not in str(report)
    lines = raw.split("\n")
    located = [item.line for item in report.removed if item.rule.startswith(OUTPUT.split("{")[0])]
    assert "19 of 23" in lines[located[2] - 1]  # (an HTML output alone, at its line)


def test_attachments_of_one_name_are_listed_each_at_its_line() -> None:
    # finding 11: every attachment was looked for from the file's top (JupyterLab names every
    # pasted image `image.png`), so each was listed at the first's line
    pasted = "![image.png](attachment:image.png)"
    raw = notebook(
        TITLE,
        md(f"The slipway is sound.\n\n{pasted}", attachments={"image.png": {"image/png": "AAA"}}),
        md(f"The pier is not.\n\n{pasted}", attachments={"image.png": {"image/png": "BBB"}}),
    )
    _, _, report = read(raw)
    (listed,) = {item.text for item in report.removed if item.rule == ATTACHMENT}
    lines = [item.line for item in report.removed if item.rule == ATTACHMENT]
    assert listed == "image.png (image/png)"
    file_lines = raw.split("\n")
    assert ['"AAA"' in file_lines[lines[0]], '"BBB"' in file_lines[lines[1]]] == [True, True]


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (
            '{\n "cells": [\n  {"cell_type": }\n ]\n}',
            "that does not parse (Expecting value, column ",
        ),
        ("[" * 100_000, "that Python's json cannot read (nesting too deep, a number too long)"),
    ],
)
def test_a_notebook_s_json_is_read_as_any_json_file_s(raw: str, said: str) -> None:
    # finding 13: the notebook read its JSON with a copy of ghostexport's reading; one now,
    # each refusal naming the file as what it is, with what to do
    with pytest.raises(SynopticError) as refused:
        ingest_text(raw, "f", "f.ipynb")
    message = refused.value.message
    assert message.startswith(f"a Jupyter notebook {said}")
    assert message.endswith("take it again from where it was kept")
    with pytest.raises(SynopticError) as refused:
        ingest_text(raw, "f", "f.json")
    assert refused.value.message.startswith(f"a JSON file {said}")


def test_a_code_span_is_its_code_s_words_and_an_image_in_a_line_goes_listed() -> None:
    # finding 14: `` `df.head()` `` came out as `\`df.head()\``, and an image inside a
    # sentence as the text `!\[img](attachment:a.png)`
    cell = md(
        "The function `df.head()` shows `[^x]`, ``a `b` c`` and `**kw**`, not `[1]`.\n\n"
        "Press the ![gear](attachment:g.png) button, or [![ci](https://x.org/b.svg)](https://x.org).",
        attachments={"g.png": {"image/png": "AAA"}},
    )
    made = ingest_text(notebook(TITLE, cell, md("[^x]: No note.")), "f", "f.ipynb")
    meta, blocks = edition_parts(made.edition)
    assert blocks[:2] == [
        "The function df.head() shows \\[^x], a \\`b\\` c and \\*\\*kw\\*\\*, not \\[1].",
        "Press the button, or.",
    ]
    assert meta["summary"] == "The function df.head() shows [^x], a `b` c and **kw**, not [1]."
    images = [item.text for item in made.report.removed if item.rule == MARKDOWN_INLINE_IMAGE]
    assert images == ["![gear](attachment:g.png)", "[![ci](https://x.org/b.svg)](https://x.org)"]
    assert (ATTACHMENT, "g.png (image/png)") in {(i.rule, i.text) for i in made.report.removed}
