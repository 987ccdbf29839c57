# An epigraph's attribution that names its source after a comma (`— Margaret Ellery, Letters to
# a House Officer (1931)`, Collection SS's sb): the file's other tests come with layoutpages.py.
from __future__ import annotations

from synoptic.ingest import attribution


def test_an_attribution_may_name_its_source_after_a_comma() -> None:
    assert attribution("— Ann Lee, Letters to a Young Nurse (1931)") == (
        "Ann Lee, Letters to a Young Nurse (1931)"
    )
    assert attribution("— Ann Lee") == "Ann Lee"
    # near misses: a sentence after a dash, a name too long before its comma, no dash
    assert attribution("— and then the river rose, and the town went under.") is None
    assert attribution("— One Two Three Four Five Six, Letters (1931)") is None
    assert attribution("Ann Lee, Letters to a Young Nurse (1931)") is None
