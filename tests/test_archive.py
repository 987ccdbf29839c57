"""The offline zip: the whole site under one folder, never itself nor the server's 404 page, the
same bytes every time."""

import zipfile
import zlib

from synoptic.archive import FOLDER, LEVEL, ZIP_NAME, write_site_zip


def make_site(root):
    for name, text in {"index.html": "home", "essays/a.html": "a", "search/i.js": "var x"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_packs_every_file_under_one_folder_but_not_itself(tmp_path):
    site = make_site(tmp_path)
    (site / ZIP_NAME).write_bytes(b"a zip of an earlier build")
    (site / "404.html").write_text("a server's page, broken on disk")
    with zipfile.ZipFile(write_site_zip(site)) as archive:
        assert archive.namelist() == [
            f"{FOLDER}/{name}" for name in ("essays/a.html", "index.html", "search/i.js")
        ]
        assert archive.read(f"{FOLDER}/essays/a.html") == b"a"


def test_same_site_same_bytes(tmp_path):
    first = write_site_zip(make_site(tmp_path / "one")).read_bytes()
    second = write_site_zip(make_site(tmp_path / "two")).read_bytes()
    assert first == second


def test_members_are_deflated_at_the_fast_level(tmp_path):
    site = make_site(tmp_path)
    text = " ".join(f"word{n % 97} other{n % 89}" for n in range(5000)).encode()
    (site / "big.html").write_bytes(text)
    with zipfile.ZipFile(write_site_zip(site)) as archive:
        info = archive.getinfo(f"{FOLDER}/big.html")
        assert archive.read(info) == text
    # Raw deflate at LEVEL: zlib's stream less its 2-byte header and 4-byte checksum.
    assert info.compress_size == len(zlib.compress(text, LEVEL)) - 6
    assert info.compress_size != len(zlib.compress(text, 6)) - 6
