"""The ingest report's lists of removed lines."""

from __future__ import annotations

from synoptic.furniture import Removed
from synoptic.ingest_report import removals


def test_a_removal_by_a_rule_the_report_does_not_list_is_still_said() -> None:
    # A new user found a dump's images removed and named nowhere: their rule had not been
    # added to the report's list of rules.
    lines = removals((Removed(3, "[Courier logo]", "a rule of tomorrow"),))
    assert lines == ["removed, a rule of tomorrow: '[Courier logo]' (line 3)"]
