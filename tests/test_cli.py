"""`python -m synoptic …`: every subcommand run in process through `main`, on copies in tmp."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from synoptic.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
COLLECTION_B = ROOT / "tests" / "data" / "collection_b"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A copy of the project's sources (without the raw texts) to work on."""
    return Path(
        shutil.copytree(
            ROOT / "sources", tmp_path / "sources", ignore=shutil.ignore_patterns("raw")
        )
    )


@pytest.mark.parametrize(
    "command, option",
    [
        (["check"], "--sources"),
        (["ingest"], "--dry-run"),
        (["themes", "suggest"], "--sources"),
        (["ids"], "EDITION"),
        (["annotate"], "--quote"),
        (["evaluate"], "--methods"),
    ],
)
def test_every_subcommand_has_help(command, option, capsys) -> None:
    with pytest.raises(SystemExit) as exit:
        main([*command, "--help"])
    assert exit.value.code == 0
    assert option in capsys.readouterr().out


def test_check_passes_the_sources_and_fails_a_broken_edition(sources, capsys) -> None:
    assert main(["check", "--sources", str(sources)]) == 0
    assert capsys.readouterr().out.startswith("ok: 3 essays")
    edition = sources / "essays" / "rumer-2017.md"
    edition.write_text("no front matter\n", encoding="utf-8")
    assert main(["check", "--sources", str(sources)]) == 1
    assert f"{edition}:1: " in capsys.readouterr().out


def test_check_without_themes_yml_says_the_site_discovers_them(sources, capsys) -> None:
    # A new user, before suggesting themes, read "0 themes" as an error.
    assert main(["check", "--sources", str(sources)]) == 0
    assert "11 themes" in capsys.readouterr().out
    (sources / "themes.yml").unlink()
    assert main(["check", "--sources", str(sources)]) == 0
    out = capsys.readouterr().out
    assert "no themes.yml (the site discovers its themes)" in out and "0 themes" not in out


def test_ingest_writes_the_edition_once(tmp_path, capsys) -> None:
    raw = str(ROOT / "tests" / "data" / "ingest" / "web_page.txt")
    assert main(["ingest", raw, "--id", "web", "--out", str(tmp_path)]) == 0
    assert f"wrote {tmp_path / 'web.md'}" in capsys.readouterr().out
    assert "\n{#web-p1" in (tmp_path / "web.md").read_text(encoding="utf-8")
    assert main(["ingest", raw, "--id", "web", "--out", str(tmp_path)]) == 1
    assert "--force" in capsys.readouterr().err


def test_ingest_makes_the_folder_it_is_given(tmp_path, capsys) -> None:
    raw = str(ROOT / "tests" / "data" / "ingest" / "web_page.txt")
    folder = tmp_path / "sources" / "essays"  # a new collection's: not made yet
    assert main(["ingest", raw, "--id", "web", "--out", str(folder)]) == 0
    assert (folder / "web.md").is_file()
    assert main(["ingest", raw, "--id", "one", "--out", str(tmp_path / "one.md")]) == 0
    assert (tmp_path / "one.md").is_file()


def test_themes_suggest_prints_a_themes_file(capsys) -> None:
    assert main(["themes", "suggest", "--sources", str(COLLECTION_B)]) == 0
    assert "- id: " in capsys.readouterr().out


def test_ids_numbers_new_paragraphs_and_reports_bad_editions(tmp_path, capsys) -> None:
    edition = tmp_path / "x.md"
    edition.write_text("{#x-p4}\nOld.\n\nNew.\n", encoding="utf-8")
    assert main(["ids", str(edition)]) == 0
    assert edition.read_text(encoding="utf-8") == "{#x-p4}\nOld.\n\n{#x-p5}\nNew.\n"
    assert f"{edition}: 1 ids added" in capsys.readouterr().out
    twice = tmp_path / "y.md"
    twice.write_text("{#y-p1}\nA.\n\n{#y-p1}\nB.\n", encoding="utf-8")
    assert main(["ids", str(twice), str(tmp_path / "missing.md")]) == 1
    errors = capsys.readouterr().err
    assert str(twice) in errors and "missing.md" in errors
    assert twice.read_text(encoding="utf-8") == "{#y-p1}\nA.\n\n{#y-p1}\nB.\n"


def test_annotate_writes_the_quote_once_and_needs_a_place(sources, capsys) -> None:
    command = ["annotate", "bear-hug", "--quote", "truly without an alternative"]
    command += ["--author", "Jane Doe", "--sources", str(sources)]
    assert main(command) == 0
    text = (sources / "annotations" / "bear-hug.md").read_text(encoding="utf-8")
    assert "paragraph: rumer-2017-p2" in text and 'exact: "truly without an alternative"' in text
    assert main(command) == 1
    assert "already exists" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit:
        main(["annotate", "other", "--author", "Jane Doe", "--sources", str(sources)])
    assert exit.value.code == 2
    assert "give --quote, --paragraph or both" in capsys.readouterr().err


def test_evaluate_scores_a_collection_against_its_reading(capsys) -> None:
    gold = COLLECTION_B / "gold.yml"
    command = ["evaluate", "--sources", str(COLLECTION_B), "--gold", str(gold)]
    assert main([*command, "--methods", "tfidf"]) == 0
    out = capsys.readouterr().out
    assert "against gold.yml" in out
    assert [line.split()[0] for line in out.splitlines() if line.endswith(tuple("0123456789"))][
        -3:
    ] == ["discovery", "one", "nearest"]
    assert main([*command, "--methods", "embedding"]) == 1
    assert "embeddings.json" in capsys.readouterr().err
