"""A post from Medium's data export (Settings → Download your information, `posts/`), read as
its post (mediumexport.py).

The shape (collection UU's ub, raw/ub.html, written blind as Medium's export writes a post):
the export's fixed stylesheet in the head (it hides the header and the summary section); an
`<article class="h-entry">` holding `<header><h1 class="p-name">` (the title), `<section
data-field="subtitle" class="p-summary">` (no subtitle set: Medium's copy of the opening's
first 140 characters, cut at a word and ending in `…`), `<section data-field="body"
class="e-content">` of two sections of `graf`s: the title again as the first graf
(`graf--title`), paragraphs, `<h3>` headings, a figure with its caption, a pull quote, calls
typed as `¹ ²`; after the writer's section break a small heading `<h4>Notes</h4>`, the notes
as an `<ol class="postList">` without numbers and the bio in italics; then the `<footer>`:
`By <a class="p-author h-card">…</a> on <time class="dt-published" datetime="…">…</time>.`, a
canonical link and `Exported from Medium on March 6, 2026.` (the export's date, not the
post's).

First contact (912629a): 11 of 11 paragraphs exact, 2 of 2 notes, the front right; but the
truncated summary and the title's graf kept as blocks, the notes' heading `### Notes`, the bio
below the notes, `By on .` and the export's line kept: 21 blocks for 17.
Now: 11 of 11 paragraphs, 2 of 2 notes, the front right, 17 blocks of 17 in order; the summary,
the title's graf and the footer's lines left out and listed.
"""

from __future__ import annotations

import pytest

from synoptic.errors import SynopticError
from synoptic.htmlpage import POST_PULL_QUOTE
from synoptic.ingest import ingest_file, ingest_text
from synoptic.mediumexport import FOOTER, SUMMARY, TITLE_AGAIN, medium_export
from test_ingest_collection_b import edition_parts
from test_ingest_new_collections import DATA, straight

UU_NOT_THE_ESSAY = (
    "than its…",  # the summary's truncated copy of p1
    "By on",  # the footer's byline, its name and date taken
    "Exported from",
    "March 6, 2026",  # the export's date
    "Canonical link",
    "refurbishment",  # the figure's caption
    "### Notes",
    "<",
)


def test_collection_uu_ub_reads_whole() -> None:
    made = ingest_file(DATA / "collection_uu" / "raw" / "ub.html", "ub")
    meta, blocks = edition_parts(made.edition)
    want = edition_parts((DATA / "collection_uu" / "essays" / "ub.md").read_text("utf-8"))
    # p-name, p-author, dt-published: not the export's date (6 March)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "The First Patient Has No Substitute",
        "Eilidh Marr",
        "2026-02-03",
    )
    assert straight(meta["summary"]) == straight(want[0]["summary"])
    assert [straight(block) for block in blocks] == [straight(block) for block in want[1]]
    body = "\n".join(blocks) + "\n"
    assert not any(cut in body for cut in UU_NOT_THE_ESSAY)
    # the title once (in the front), p1 once, whole; the pull quote's sentence once, in p5
    assert "The First Patient Has No Substitute" not in body
    assert body.count("Maddersfield Medical School wants to close") == 1
    assert body.count("call the person on their table") == 1
    rules: dict[str, int] = {}
    for removed in made.report.removed:
        rules.setdefault(removed.rule, removed.line)  # (each rule's first line)
    assert rules[SUMMARY] == 66 and rules[TITLE_AGAIN] == 70 and rules[FOOTER] == 72
    assert rules[POST_PULL_QUOTE] == 70
    assert any("Medium's data export" in shape for shape in made.report.shapes)
    assert made.report.warnings == ()


BIO = "<p class='graf graf--p'><em>Ann Weller is a nurse who writes about hospitals.</em></p>"
FOOT = (
    '<footer><p>By <a href="https://medium.com/@ann" class="p-author h-card">Ann Weller</a> '
    'on <a href="https://medium.com/p/1"><time class="dt-published" '
    'datetime="2025-11-04T09:00:00.000Z">November 4, 2025</time></a>.</p>'
    '<p><a href="https://medium.com/@ann/x-1" class="p-canonical">Canonical link</a></p>'
    '<p>Exported from <a href="https://medium.com">Medium</a> on January 9, 2026.</p></footer>'
)
BODY = (
    "<h3 class='graf graf--h3 graf--leading graf--title'>Night Shifts</h3>"
    "<p class='graf graf--p'>Wards change at night, and so do the people who run them.¹ Every "
    "nurse knows the hour when the corridor goes quiet.</p>"
    "<h3 class='graf graf--h3'>The quiet hour</h3>"
    "<p class='graf graf--p'>At four the lights dim and the patients sleep. That is when the "
    "mistakes happen, and when they are caught.</p>"
    "<h4 class='graf graf--h4 graf--leading'>Notes</h4>"
    "<ol class='postList'><li class='graf graf--li'>Ward survey, 2024.</li></ol>" + BIO
)


def export(
    body: str = BODY,
    footer: str = FOOT,
    summary: str = "Wards change at night, and so do the people who…",
) -> str:
    """A small post of Medium's export: its title, summary, body and footer."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Night Shifts</title></head>"
        "<body><article class='h-entry'><header><h1 class='p-name'>Night Shifts</h1></header>"
        f"<section data-field='subtitle' class='p-summary'>{summary}</section>"
        "<section data-field='body' class='e-content'><section class='section section--body'>"
        f"<div class='section-content'>{body}</div></section></section>{footer}"
        "</article></body></html>\n"
    )


def read(raw: str) -> tuple[dict, list[str], object]:
    made = ingest_text(raw, "nw", "posts/night-shifts.html")
    meta, blocks = edition_parts(made.edition)
    return meta, blocks, made.report


def test_the_front_from_the_h_entry_and_the_footer_left_out_and_listed() -> None:
    meta, blocks, report = read(export())
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Night Shifts",
        "Ann Weller",
        "2025-11-04",  # dt-published, not the export's 9 January
    )
    assert not any("Exported" in block or "By on" in block for block in blocks)
    footer = [removed.text for removed in report.removed if removed.rule == FOOTER]
    assert footer == [
        "By Ann Weller on November 4, 2025 .",
        "Canonical link",
        "Exported from Medium on January 9, 2026.",
    ]


def test_the_summary_and_the_title_s_graf_left_out_and_listed() -> None:
    meta, blocks, report = read(export())
    assert blocks[0].startswith("Wards change at night, and so do the people who run them.")
    assert not any("who…" in block or block == "## Night Shifts" for block in blocks)
    listed = {(removed.text, removed.rule) for removed in report.removed}
    assert ("Wards change at night, and so do the people who…", SUMMARY) in listed
    assert ("Night Shifts", TITLE_AGAIN) in listed


def test_the_notes_heading_at_the_headings_level_and_the_bio_above_the_notes() -> None:
    meta, blocks, report = read(export())
    # (Medium's small heading under big ones: `## Notes`, not `### Notes`)
    assert blocks[-3:] == [
        "Ann Weller is a nurse who writes about hospitals.",
        "## Notes",
        "[^1]: Ward survey, 2024.",
    ]
    assert "## The quiet hour" in blocks
    assert any("run them.[^1] Every" in block for block in blocks)


def test_a_notes_heading_as_high_as_the_others_stays() -> None:
    body = BODY.replace("<h4 class='graf graf--h4 graf--leading'>Notes</h4>", "<h3>Notes</h3>")
    export_read = medium_export(export(body), "post.html")
    assert export_read is not None and not export_read.notes_heading
    assert "## Notes" in export_read.page.text


def test_a_draft_with_no_published_date_is_warned_of_not_dated_by_the_export() -> None:
    footer = FOOT.replace(FOOT[FOOT.index("on <a") : FOOT.index("</a>.</p>") + 4], "")
    meta, blocks, report = read(export(footer=footer))
    assert meta["date"] == "unknown"  # (not the export's 2026-01-09)
    assert any("no published date" in warning for warning in report.warnings)


def test_a_blog_s_own_h_entry_is_read_as_any_page() -> None:
    # An IndieWeb post: h-entry, p-name, e-content, a footer with p-author and dt-published,
    # but no export's line: no Medium export, and its summary is the post's own (as before).
    blog = export(footer=FOOT.replace("Exported from", "Powered by"), summary="A short summary.")
    assert medium_export(blog, "post.html") is None
    meta, blocks, report = read(blog)
    assert "A short summary." in blocks
    assert not any(removed.rule in (SUMMARY, TITLE_AGAIN, FOOTER) for removed in report.removed)


@pytest.mark.parametrize(
    "raw",
    [
        export(body=""),
        export(body="<h3 class='graf--title'></h3>", footer="<footer>Exported from Medium on"),
        export(
            footer="<footer><time class='dt-published' datetime='x'>soon</time>"
            "Exported from Medium on</footer>"
        ),
        "<html><body><article class='h-entry'><div class='p-name e-content'>"
        "<footer>Exported from Medium on</footer></div></article></body></html>",
    ],
)
def test_a_broken_export_reads_or_is_refused_never_a_traceback(raw: str) -> None:
    try:
        read(raw)
    except SynopticError:
        pass


def test_a_file_of_several_posts_is_refused_each_named_with_its_line() -> None:
    # (review 40, finding 1: two h-entries read as one edition titled by the first, the second
    # post's paragraphs under its title as a heading)
    second = export().replace("Night Shifts", "Day Shifts")
    raw = export().replace("</article>", "</article>\n" + second[second.index("<article") :])
    raw = raw[: raw.rindex("</body>")]
    with pytest.raises(SynopticError) as refused:
        ingest_text(raw, "nw", "posts/night-shifts.html")
    message = str(refused.value)
    assert "2 posts" in message and "one post a file" in message
    assert "'Night Shifts' (line 1)" in message and "'Day Shifts' (line 2)" in message


@pytest.mark.parametrize(
    "extra",
    [
        "<div>An essay paragraph the writer put after the byline, outside any p.</div>",
        "Loose footer text that is not in a p, with words.",
    ],
)
def test_every_text_of_the_footer_listed_and_what_is_none_of_medium_s_warned_of(
    extra: str,
) -> None:
    # (review 40, finding 3: only the footer's `<p>`s were listed, its other texts gone unlisted)
    footer = FOOT.replace("<footer>", f"<footer>{extra}")
    meta, blocks, report = read(export(footer=footer))
    words = extra.removeprefix("<div>").removesuffix("</div>")
    listed = {removed.text for removed in report.removed if removed.rule == FOOTER}
    assert listed == {
        words,
        "By Ann Weller on November 4, 2025 .",
        "Canonical link",
        "Exported from Medium on January 9, 2026.",
    }
    (warned,) = [warning for warning in report.warnings if "none of Medium's lines" in warning]
    assert f"{words!r} (line 1)" in warned
    assert meta["author"] == "Ann Weller"


def test_medium_s_own_footer_warns_of_nothing() -> None:
    meta, blocks, report = read(export())
    assert report.warnings == ()


QUOTED = (
    "<blockquote><p>The night is long for those who wait.</p>"
    "<footer>— Florence Nightingale, in a letter</footer></blockquote>"
)


def test_a_quotation_s_footer_in_the_body_stays_and_the_export_is_known() -> None:
    # (review 40, finding 8: the body's first `<footer>`, a quotation's, was taken for Medium's,
    # and the post was read as any page, its byline `By on .` and the export's line kept)
    meta, blocks, report = read(
        export(body=BODY.replace("<h3 class='graf graf--h3'>", QUOTED + "<h3>"))
    )
    assert (meta["author"], meta["date"]) == ("Ann Weller", "2025-11-04")
    assert "> — Florence Nightingale, in a letter" in blocks
    assert not any("Exported" in block or "By on" in block for block in blocks)
    footer = [removed.text for removed in report.removed if removed.rule == FOOTER]
    assert "Exported from Medium on January 9, 2026." in footer
    assert not any("Nightingale" in text for text in footer)


def test_a_blog_whose_body_footer_quotes_the_export_s_line_is_no_export() -> None:
    # (review 40, finding 8, the reverse: an h-entry's inner footer quoting the phrase)
    body = BODY + "<footer><p>How I moved: Exported from Medium on March 1, then here.</p></footer>"
    blog = export(
        body=body, footer="<footer><p>Posted by <span class='p-author'>Bo</span></p></footer>"
    )
    assert medium_export(blog, "post.html") is None
    meta, blocks, report = read(blog)
    assert not any(removed.rule == FOOTER for removed in report.removed)


def test_the_post_s_article_alone_is_no_export_and_reads_as_a_fragment() -> None:
    # (review 40, code notes: the branch for no page, said never to run, runs for the article
    # without its page; it is read as any `<article>` fragment, never a traceback)
    raw = export()
    fragment = raw[raw.index("<article") : raw.index("</body>")]
    assert medium_export(fragment, "post.html") is None
    made = ingest_text(fragment, "nw", "posts/night-shifts.html")
    assert "Wards change at night" in made.edition
