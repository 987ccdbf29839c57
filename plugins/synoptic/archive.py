"""The built site as one zip, so that a reader can take the collection away and read it offline.

The zip is written into the site it packs (and left out of itself): the hosted site offers it for
download from the home page, and every build has it, so that link is never dead.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

ZIP_NAME = "synoptic-offline.zip"
#: Everything unpacks into one folder, not loose files in the reader's download folder.
FOLDER = "synoptic"
#: The earliest time a zip can record: the same site gives the same bytes.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
#: A server's pages, which a copy read from disk never shows: MkDocs' 404 page links its styles
#: and pages from the site's root, which on disk is the file system's (a reader's review).
SERVER_ONLY = frozenset({"404.html"})
#: zlib's fastest level: at a hundred essays 0.26 s of CPU for an 11.2 MB zip, against 0.86 s
#: for 9.3 MB at the default level (6), on every build; the pages are HTML, which even the
#: fastest level shrinks to a fifth.
LEVEL = 1


def write_site_zip(site: Path) -> Path:
    """Pack every file of the built `site` but the server's (`SERVER_ONLY`) into
    `site/ZIP_NAME`, under FOLDER/; returns its path."""
    target = site / ZIP_NAME
    files = sorted(
        path
        for path in site.rglob("*")
        if path.is_file()
        and path != target
        and path.relative_to(site).as_posix() not in SERVER_ONLY
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{FOLDER}/{path.relative_to(site).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16  # rw-r--r--, whatever the build machine's umask
            # The level given here: a ZipInfo does not take the archive's.
            archive.writestr(info, path.read_bytes(), compresslevel=LEVEL)
    return target
