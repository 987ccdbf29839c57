"""Review 29's findings on the newest rules (probes in /work/scratch/review29/probes), each
with a small fixture of its own: a rule that once lost an essay's text, pasted a note into a
sentence or invented a heading, and a near miss where the rule must not fire."""

from __future__ import annotations

from synoptic.ingest import ingest_text
from test_ingest_collection_b import edition_parts


def edition(raw: str):
    made = ingest_text(raw, "x", "raw.txt")
    meta, blocks = edition_parts(made.markdown)
    return made, meta, blocks


# --- 03: `Responses (3)`, Medium's comment count or an essay's own heading -----------------------

ESSAY_OPENING = (
    "Why the Library Should Stay Open Late\n\nBy Ann Lee\n\n4 May 2026\n\n"
    "The county asked the town's schools what a late library would mean to them, and every "
    "school answered before the end of the month.\n\n"
)
REPLIES = (
    "Responses (2)\n\nWendle Primary School\n\n"
    "The school would send its homework club to the library twice a week if it stayed open.\n\n"
    "Dunmere Academy\n\n"
    "The academy supports the proposal and would lend two staff to the evening sessions.\n\n"
)
CONCLUSION = "The case for late opening is therefore stronger than the county's paper allows.\n"


def test_an_essays_own_responses_heading_over_named_replies_keeps_its_text() -> None:
    made, _, blocks = edition(ESSAY_OPENING + REPLIES + CONCLUSION)
    assert CONCLUSION.strip() in blocks
    assert any("homework club" in block for block in blocks)
    assert "readers' comments" not in made.edition


def test_medium_s_responses_under_its_form_still_go() -> None:
    medium = (
        "Responses (2)\n\nWrite a response\n\nWhat are your thoughts?\n\n"
        "Jen Penrose\nMar 14, 2026\n\nSpot on. The late opening would help us all.\n\n5\n\nReply\n"
    )
    made, _, blocks = edition(ESSAY_OPENING + CONCLUSION + "\n" + medium)
    assert blocks[-1] == CONCLUSION.strip()
    assert "readers' comments" in made.edition
    # a responder's name over a date, with no form, is Medium's too
    bare = "Responses (1)\n\nJen Penrose\nMar 14, 2026\n\nSpot on. The late opening would help.\n"
    made, _, blocks = edition(ESSAY_OPENING + CONCLUSION + "\n" + bare)
    assert blocks[-1] == CONCLUSION.strip()
