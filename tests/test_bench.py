"""The synthetic corpus and the benchmark (smoke test: three essays, one run)."""

from __future__ import annotations

import math
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402
import make_corpus  # noqa: E402

from synoptic.load import load_collection  # noqa: E402


def test_corpus_is_deterministic_and_shaped_like_the_seeds(tmp_path):
    ids = make_corpus.make_corpus(4, 12, tmp_path / "a", ingest=True, themes=True)
    make_corpus.make_corpus(4, 12, tmp_path / "b", ingest=True)
    for eid in ids:
        assert (tmp_path / "a" / "raw" / f"{eid}.txt").read_bytes() == (
            tmp_path / "b" / "raw" / f"{eid}.txt"
        ).read_bytes()
    collection, problems = load_collection(tmp_path / "a" / "essays")
    assert problems == []
    assert [e.id for e in collection.essays] == ids
    for essay in collection.essays:
        assert len(essay.paragraphs) == 12
        assert essay.author != "unknown" and essay.date != "unknown"
        assert essay.footnotes and not any(f.missing for f in essay.footnotes.values())
    assert (tmp_path / "a" / "themes.yml").exists()
    assert not (tmp_path / "b" / "themes.yml").exists()


@pytest.mark.parametrize(
    "sizes, times, slope",
    [
        ((10, 100), (1.0, 10.0), 1.0),
        ((10, 30, 100), (1.0, 9.0, 100.0), 2.0),  # exactly N^2
        ((3, 10, 300), (1.0, 2.0, 9.0), None),  # one size in the range: no fit
    ],
)
def test_exponent_is_the_log_log_slope_over_10_to_100(sizes, times, slope):
    rows = [
        bench.Row(n, 40, [], [bench.Build(t, t, 0)], 0, 0, 0, 0, 0, 0, 0)
        for n, t in zip(sizes, times)
    ]
    fitted = bench.exponent(rows, 10, 100, lambda r: r.synoptic[0].seconds)
    assert fitted == slope if slope is None else math.isclose(fitted, slope)


def test_bench_smoke(tmp_path):
    out = tmp_path / "performance.md"
    assert (
        bench.main(
            [
                "--sizes",
                "3",
                "--runs",
                "1",
                "--paragraphs",
                "12",
                "--out",
                str(out),
                "--work",
                str(tmp_path / "work"),
            ]
        )
        == 0
    )
    report = out.read_text(encoding="utf-8")
    row = next(line for line in report.splitlines() if line.startswith("| 3 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    head = next(line for line in report.splitlines() if line.startswith("| essays"))
    columns = [c.strip() for c in head.strip("|").split("|")]
    values = dict(zip(columns, cells))
    plain, synoptic = map(float, values["CPU s plain / syn."].split(" / "))
    assert plain > 0 and synoptic > 0
    assert float(values["align CPU s"]) > 0  # the plugin's timings were read
    plain_pages, synoptic_pages = map(int, values["pages plain / syn."].split(" / "))
    assert synoptic_pages > plain_pages >= 3


def test_a_paragraph_answers_in_a_few_essays_however_many_there_are(tmp_path):
    """Discovery's nearest passages included: without a bound, a paragraph of a large
    collection listed every essay with a clearly close passage (a tenth of all pairs), and the
    site grew with essays × essays."""
    from synoptic.align import align
    from synoptic.counterparts import MOST

    make_corpus.make_corpus(12, 8, tmp_path, ingest=True)
    collection, _ = load_collection(tmp_path / "essays")
    related = align(collection, None).related
    own = [
        sum(1 for passages in by_essay.values() if passages and not passages[0].reply)
        for by_essay in related.values()
    ]
    assert max(own) <= MOST
    assert any(p.nearest for by_essay in related.values() for ps in by_essay.values() for p in ps)


def test_earlier_results_are_kept_below_under_a_title_without_the_plot():
    earlier = "\n".join(
        [
            "# Performance",
            "Intro.",
            "| essays | ratio |",
            "|---|---|",
            "| 3 | 5.1× |",
            "",
            bench.PLOT_LINE,
            "",
            "## Older",
            "| essays | ratio |",
        ]
    )
    assert bench.earlier_results(earlier, "Before this round") == [
        "## Before this round",
        "",
        "| essays | ratio |",
        "|---|---|",
        "| 3 | 5.1× |",
        "",
        "",
        "## Older",
        "| essays | ratio |",
    ]
    assert bench.earlier_results("# Performance\nNo table yet.", "Before") == []


def test_the_report_keeps_the_page_out_of_search_as_the_docs_page_is():
    # (`make bench` wrote `boost: 0.5` over docs/performance.md's `exclude: true`)
    page = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8").splitlines()
    assert page[: len(bench.PAGE_FRONT_MATTER) - 1] == bench.PAGE_FRONT_MATTER[:-1]
    assert "  exclude: true" in bench.PAGE_FRONT_MATTER
