"""The offline zip: the whole site under one folder, never itself, the same bytes every time."""

import zipfile

from synoptic.archive import FOLDER, ZIP_NAME, write_site_zip


def make_site(root):
    for name, text in {"index.html": "home", "essays/a.html": "a", "search/i.js": "var x"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_packs_every_file_under_one_folder_but_not_itself(tmp_path):
    site = make_site(tmp_path)
    (site / ZIP_NAME).write_bytes(b"a zip of an earlier build")
    with zipfile.ZipFile(write_site_zip(site)) as archive:
        assert archive.namelist() == [
            f"{FOLDER}/{name}" for name in ("essays/a.html", "index.html", "search/i.js")
        ]
        assert archive.read(f"{FOLDER}/essays/a.html") == b"a"


def test_same_site_same_bytes(tmp_path):
    first = write_site_zip(make_site(tmp_path / "one")).read_bytes()
    second = write_site_zip(make_site(tmp_path / "two")).read_bytes()
    assert first == second
