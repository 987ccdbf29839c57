#!/usr/bin/env python3
"""Benchmark Synoptic against plain mkdocs-material: `scripts/bench.py [--sizes 3,10,30,100]`.

For each size N, a synthetic collection of N essays (`scripts/make_corpus.py`, discovery mode
unless `--themes`) is built twice, each a real `mkdocs build` in a child process:

- **plain**: the same theme and configuration with search on and the synoptic plugin off, the
  essays' own text (their editions without ids and front matter) as ordinary pages;
- **synoptic**: the project's mkdocs.yml and docs/ with the collection as its sources.

Each build is run `--runs` times (median reported). Measured: wall time, peak memory of the
build's process (`os.wait4`'s resource usage, per child), the plugin's phase timings (it logs
them at debug level), page count, site size, and the size of the search index against the
essays' own text. Results go to a Markdown table and, when matplotlib is installed, an SVG
plot, written into `--out` (default docs/performance.md) and as JSON to `--json`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from make_corpus import make_corpus  # noqa: E402

#: The plugin's phases, in build order; "mkdocs" is the rest of the build but for the plugin's
#: work after it: "search" (a search entry per paragraph) and "zip" (the offline copy).
PHASES = ("load", "align", "citations", "render", "mkdocs", "search", "zip")
#: Columns of the table per Synoptic build: "start" is the process's time outside the build
#: (before it: interpreter, imports, configuration; after it: the interpreter's exit), then the
#: phases.
COLUMNS = ("start", *PHASES)
TIMINGS = re.compile(r"synoptic timings: (\{.*\})")
#: mkdocs.yml's plugin entry for synoptic and its options, dropped for the plain build.
SYNOPTIC_ENTRY = re.compile(r"^  - synoptic:\n(?:      .*\n)*", re.MULTILINE)
ID_LINE = re.compile(r"^\{#[^}]*\}\n", re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


@dataclass
class Build:
    seconds: float  # wall clock
    cpu: float  # CPU seconds of the build process (user + system), which a busy machine
    # disturbs far less than the wall clock
    peak_mb: float
    #: "wall" and "cpu" → phase → seconds, as the plugin logs them (empty for plain builds)
    phases: dict[str, dict[str, float]] = field(default_factory=dict)


@dataclass
class Row:
    essays: int
    paragraphs: int
    plain: list[Build]
    synoptic: list[Build]
    plain_pages: int
    synoptic_pages: int
    plain_site_mb: float
    synoptic_site_mb: float
    plain_index_mb: float
    synoptic_index_mb: float
    text_mb: float

    def median(self, kind: str, what: str = "seconds") -> float:
        return statistics.median(getattr(b, what) for b in getattr(self, kind))

    def phase(self, name: str, clock: str = "cpu") -> float:
        """Median seconds of a phase of the Synoptic builds; "start" is the time outside the
        build (interpreter, imports, configuration; the exit)."""
        total = "seconds" if clock == "wall" else "cpu"
        if name == "start":
            return statistics.median(
                getattr(b, total) - sum(b.phases.get(clock, {}).values()) for b in self.synoptic
            )
        return statistics.median(b.phases.get(clock, {}).get(name, 0.0) for b in self.synoptic)


def run_build(project: Path, site: Path) -> Build:
    """One `mkdocs build` in a child process: its wall time, peak memory and phase timings."""
    shutil.rmtree(site, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "--verbose", "--site-dir", str(site)]
    with tempfile.TemporaryFile("w+") as log:
        start = time.perf_counter()
        child = subprocess.Popen(
            command, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        # wait4 gives this child's own resource usage, not the maximum over all children.
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    if child.returncode:
        raise SystemExit(f"build of {project} failed:\n{output[-3000:]}")
    found = TIMINGS.search(output)
    phases = json.loads(found.group(1)) if found else {}
    return Build(
        round(seconds, 3),
        round(usage.ru_utime + usage.ru_stime, 3),
        round(usage.ru_maxrss / 1024, 1),
        phases,
    )


def synoptic_project(target: Path, sources: Path) -> Path:
    """The project's own configuration and pages, with `sources` as its sources."""
    target.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "docs", target / "docs")
    shutil.copytree(sources, target / "sources")
    return target


def plain_project(target: Path, sources: Path) -> Path:
    """The same site without the plugin: the essays' text as ordinary Markdown pages."""
    target.mkdir(parents=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    (target / "mkdocs.yml").write_text(SYNOPTIC_ENTRY.sub("", config), encoding="utf-8")
    shutil.copytree(REPO / "docs", target / "docs")
    essays = target / "docs" / "essays"
    essays.mkdir()
    for edition in sorted((sources / "essays").glob("*.md")):
        (essays / edition.name).write_text(essay_text(edition), encoding="utf-8")
    return target


def essay_text(edition: Path) -> str:
    """An edition as a plain page: its title, then its body without paragraph ids."""
    text = edition.read_text(encoding="utf-8")
    title = re.search(r"^title: \"?(.*?)\"?$", text, re.MULTILINE)
    body = ID_LINE.sub("", FRONT_MATTER.sub("", text))
    return f"# {title.group(1) if title else edition.stem}\n{body}"


def megabytes(paths) -> float:
    return round(sum(p.stat().st_size for p in paths if p.is_file()) / 1e6, 2)


def measure(essays: int, paragraphs: int, runs: int, themes: bool, work: Path) -> Row:
    folder = work / f"n{essays}"
    shutil.rmtree(folder, ignore_errors=True)
    sources = folder / "sources"
    make_corpus(essays, paragraphs, sources, ingest=True, themes=themes)
    plain = plain_project(folder / "plain", sources)
    synoptic = synoptic_project(folder / "synoptic", sources)
    builds = {"plain": [], "synoptic": []}
    for _ in range(runs):  # interleaved, so that a slow moment of the machine hits both
        for kind, project in (("plain", plain), ("synoptic", synoptic)):
            builds[kind].append(run_build(project, project / "site"))
            print(f"N={essays} {kind}: {builds[kind][-1]}", file=sys.stderr)
    sites = {kind: project / "site" for kind, project in (("plain", plain), ("synoptic", synoptic))}
    return Row(
        essays,
        paragraphs,
        builds["plain"],
        builds["synoptic"],
        *(len(list(sites[k].rglob("*.html"))) for k in ("plain", "synoptic")),
        *(megabytes(sites[k].rglob("*")) for k in ("plain", "synoptic")),
        *(megabytes([sites[k] / "search" / "search_index.json"]) for k in ("plain", "synoptic")),
        megabytes((plain / "docs" / "essays").glob("*.md")),
    )


#: Edits `--serve` times: (label, file under sources/, text to replace, page that shows it).
#: The seed collection's own files, so that the sizes are those of real essays.
SERVE_EDITS = (
    (
        "annotation",
        "annotations/junior-partner.md",
        "differ on\nthe tense.",
        "essays/rumer-2017.html",
    ),
    ("edition", "essays/rumer-2017.md", "genuine strategic partnership.", "essays/rumer-2017.html"),
)


def serve_latency(work: Path, repeats: int) -> dict[str, list[float]]:
    """Seconds from saving an edit to `mkdocs serve` serving the page that shows it, for an
    annotation and an edition of the seed collection (three essays), `repeats` times each."""
    project = synoptic_project(work / "serve", REPO / "sources")
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--livereload",
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    latencies: dict[str, list[float]] = {}
    try:
        for label, name, old, page in SERVE_EDITS:
            url = f"http://127.0.0.1:{port}/{page}"
            wait_for(url, "</html>", 120)  # the first build
            path = project / "sources" / name
            original = path.read_text(encoding="utf-8")
            for n in range(1, repeats + 1):
                marker = f"{label}edit{n}"  # a word of its own, to tell this edit's page
                start = time.perf_counter()
                path.write_text(original.replace(old, f"{old[:-1]} {marker}.", 1), encoding="utf-8")
                wait_for(url, marker, 60)
                latencies.setdefault(label, []).append(round(time.perf_counter() - start, 2))
            path.write_text(original, encoding="utf-8")
            wait_for(url, marker, 60, present=False)
    finally:
        server.terminate()
        server.wait()
    return latencies


def wait_for(url: str, text: str, timeout: float, present: bool = True) -> None:
    """Poll `url` until its page contains `text` (or, with `present=False`, no longer does)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if (text in response.read().decode("utf-8")) == present:
                    return
        except OSError:  # not serving yet, or rebuilding
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} did not {'show' if present else 'drop'} {text!r} within {timeout} s")


def exponent(rows: list[Row], low: int, high: int, value) -> float | None:
    """Least-squares slope of log(value) against log(N) over the sizes from low to high."""
    points = [
        (math.log(r.essays), math.log(value(r)))
        for r in rows
        if low <= r.essays <= high and value(r) > 0
    ]
    if len(points) < 2:
        return None
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sum(
        (x - mean_x) ** 2 for x, _ in points
    )


def table(rows: list[Row]) -> str:
    head = [
        "essays",
        "wall s plain / syn.",
        "ratio",
        "CPU s plain / syn.",
        "CPU ratio",
        *(f"{p} CPU s" for p in COLUMNS),
        "peak MB plain / syn.",
        "pages plain / syn.",
        "site MB plain / syn.",
        "search index MB plain / syn.",
        "essays' text MB",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        plain, ours = r.median("plain"), r.median("synoptic")
        plain_cpu, ours_cpu = r.median("plain", "cpu"), r.median("synoptic", "cpu")
        cells = [
            r.essays,
            f"{plain:.2f} / {ours:.2f}",
            f"{ours / plain:.1f}×",
            f"{plain_cpu:.2f} / {ours_cpu:.2f}",
            f"{ours_cpu / plain_cpu:.1f}×",
            *(f"{r.phase(p):.2f}" for p in COLUMNS),
            f"{r.median('plain', 'peak_mb'):.0f} / {r.median('synoptic', 'peak_mb'):.0f}",
            f"{r.plain_pages} / {r.synoptic_pages}",
            f"{r.plain_site_mb:.1f} / {r.synoptic_site_mb:.1f}",
            f"{r.plain_index_mb:.2f} / {r.synoptic_index_mb:.2f}",
            f"{r.text_mb:.2f}",
        ]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def plot(rows: list[Row], path: Path) -> bool:
    """Build time against N, log-log, as SVG; False when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return False
    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    # A fixed hash salt and no date: the same numbers give the same bytes.
    plt.rcParams.update({"svg.hashsalt": "synoptic-bench", "svg.fonttype": "none"})
    sizes = [r.essays for r in rows]
    figure, axes = plt.subplots(figsize=(6, 4))
    axes.plot(sizes, [r.median("plain", "cpu") for r in rows], "o-", label="plain mkdocs-material")
    axes.plot(
        sizes, [r.median("synoptic", "cpu") for r in rows], "s-", label="Synoptic, whole build"
    )
    axes.plot(sizes, [r.phase("align") for r in rows], "^--", label="Synoptic, alignment")
    axes.set(xscale="log", yscale="log", xlabel="essays", ylabel="CPU seconds (median)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)
    return True


def findings(rows: list[Row], serve: dict[str, list[float]] | None) -> list[str]:
    """The table, the growth exponents and the serve latencies of one run, as Markdown lines."""
    slopes = [
        (name, slope)
        for name, slope in (
            ("alignment", exponent(rows, 10, 100, lambda r: r.phase("align"))),
            ("whole build", exponent(rows, 10, 100, lambda r: r.median("synoptic", "cpu"))),
            ("plain build", exponent(rows, 10, 100, lambda r: r.median("plain", "cpu"))),
        )
        if slope is not None
    ]
    lines = [
        table(rows),
        "",
        "Growth between 10 and 100 essays (least-squares slope of log CPU time against log N): "
        + (
            ", ".join(f"{name} N^{slope:.2f}" for name, slope in slopes)
            if slopes
            else "needs two sizes from 10 to 100"
        )
        + ".",
        "",
    ]
    if serve:
        lines += [
            "Under `mkdocs serve` (`--serve`), seconds from saving an edit to the page "
            "showing it, on the",
            "seed collection (three essays): "
            + "; ".join(
                f"{label} {statistics.median(times):.2f} (each: "
                f"{', '.join(f'{t:.2f}' for t in times)})"
                for label, times in serve.items()
            )
            + ".",
            "",
        ]
    return lines


#: The plot's line in a report: it shows the newest results only.
PLOT_LINE = "![Build time against the number of essays](assets/performance.svg)"


def earlier_results(text: str, label: str) -> list[str]:
    """The results of an earlier report (its first table and everything after it but the
    plot), under a heading `label` for the newest of them: what `--keep-previous` keeps."""
    lines = text.splitlines()
    first = next((k for k, line in enumerate(lines) if line.startswith("| essays")), None)
    if first is None:
        return []
    return [f"## {label}", "", *(line for line in lines[first:] if line != PLOT_LINE)]


#: The page is for contributors, kept out of the site's search as the other contributors' pages
#: are (the front matter docs/performance.md holds: `make bench` wrote `boost: 0.5` back).
PAGE_FRONT_MATTER = [
    "---",
    "# A page for contributors, kept out of the site's search: readers search the essays, themes",
    "# and annotations, whose ranking then never moves with these pages' words (lunr weighs a",
    "# word by every entry of the index, and a phrase's paragraph lost first place to a theme's",
    "# title after an edit of this page alone). The navigation leads here.",
    "search:",
    "  exclude: true",
    "---",
    "",
]


def report(
    run: dict,
    plotted: bool,
    baseline: dict | None,
    baseline_label: str,
    earlier: list[str] | None = None,
) -> str:
    settings, rows = run["settings"], run["rows"]
    mode = "a themes.yml naming the topics" if settings["themes"] else "discovery (no themes.yml)"
    lines = [
        *PAGE_FRONT_MATTER,
        "# Performance",
        "",
        "Synoptic against a plain mkdocs-material build of the same essays' text (same theme,",
        "search on, plugin off), on synthetic collections from `scripts/make_corpus.py` "
        f"({settings['paragraphs']}",
        f"paragraphs per essay, {mode}). Median of {settings['runs']} run(s) per build. CPU "
        "time (user +",
        "system, of the build process) is the steadier measure on a shared machine; on an idle",
        "one it is close to the wall clock, as the build runs on one thread. Peak memory is the",
        "build process's maximum resident set. Phases are the plugin's own timings: \"start\" is",
        "the process outside the build (before it: interpreter, imports, configuration; after",
        'it: the exit), "mkdocs" the rest of the build (reading, rendering and writing every',
        'page), "search" and "zip" the plugin\'s work after it (a search entry per paragraph,',
        "the offline copy). Rerun with",
        "",
        "```sh",
        f".venv/bin/python scripts/bench.py --sizes {','.join(str(r.essays) for r in rows)} "
        f"--runs {settings['runs']}" + (" --themes" if settings["themes"] else ""),
        "```",
        "",
        "(`make bench` runs it at 3, 10, 30 and 100 essays, three builds each, and installs "
        "matplotlib",
        "for the plot first: `SIZES=` and `RUNS=` change them.)",
        "",
        *findings(rows, run["serve"]),
    ]
    if plotted:
        lines += [PLOT_LINE, ""]
    if baseline:
        lines += [f"## {baseline_label}", "", *findings(baseline["rows"], baseline["serve"])]
    lines += earlier or []
    return "\n".join(lines)


def load_run(path: Path) -> dict:
    """A run as `--json` wrote it: settings, rows and serve latencies."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = [
        Row(**{**row, **{kind: [Build(**b) for b in row[kind]] for kind in ("plain", "synoptic")}})
        for row in data["builds"]
    ]
    return {"settings": data.get("settings", {}), "rows": rows, "serve": data.get("serve")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3,10,30,100", help="numbers of essays, e.g. 3,10")
    parser.add_argument("--paragraphs", type=int, default=40, help="paragraphs per essay")
    parser.add_argument("--runs", type=int, default=3, help="builds per size and kind")
    parser.add_argument("--themes", action="store_true", help="with a themes.yml")
    parser.add_argument("--work", type=Path, help="folder for the projects (default: temporary)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "performance.md")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument(
        "--serve",
        type=int,
        default=0,
        metavar="K",
        help="also time K edits of an annotation and of an edition under mkdocs serve",
    )
    parser.add_argument(
        "--from-json",
        type=Path,
        metavar="FILE",
        help="measure nothing: write the report of a run saved with --json",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="a run saved with --json to report below, for comparison",
    )
    parser.add_argument("--baseline-label", default="Baseline", help="its section's title")
    parser.add_argument(
        "--keep-previous",
        metavar="LABEL",
        help="keep the results already in --out below the new ones, the newest of them "
        "under this title",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        run = load_run(args.from_json)
    else:
        with tempfile.TemporaryDirectory(prefix="synoptic-bench-") as temporary:
            work = args.work or Path(temporary)
            run = {
                "settings": {
                    "paragraphs": args.paragraphs,
                    "runs": args.runs,
                    "themes": args.themes,
                },
                "rows": [
                    measure(int(n), args.paragraphs, args.runs, args.themes, work)
                    for n in args.sizes.split(",")
                ],
                "serve": serve_latency(work, args.serve) if args.serve else None,
            }
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "settings": run["settings"],
                    "builds": [asdict(r) for r in run["rows"]],
                    "serve": run["serve"],
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    svg = args.out.parent / "assets" / "performance.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    baseline = load_run(args.baseline) if args.baseline else None
    earlier = (
        earlier_results(args.out.read_text(encoding="utf-8"), args.keep_previous)
        if args.keep_previous and args.out.is_file()
        else []
    )
    args.out.write_text(
        report(run, plot(run["rows"], svg), baseline, args.baseline_label, earlier),
        encoding="utf-8",
    )
    print("\n".join(findings(run["rows"], run["serve"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
