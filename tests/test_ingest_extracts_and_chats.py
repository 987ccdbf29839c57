"""The readers that came of collection HH, each on small texts of its own: a page's text as
`trafilatura --with-metadata` prints it (trafilatura.py), a WhatsApp chat's export with the
essay pasted into it (whatsapp.py), a lynx dump of an archived page (browserdump.py: a form
and its block, a wrapped row of links, a linked superscript, a note's way back), the author's
note below the notes (authornote.py); each fires on its shape and not on a
near miss."""

from __future__ import annotations

from synoptic.authornote import AUTHOR_NOTE_HEADING, author_note_above_notes
from synoptic.browserdump import browser_dump
from synoptic.furniture import BROWSER_FORM, BROWSER_NAVIGATION
from synoptic.ingest import Block, ingest_text
from synoptic.layout import normalise
from synoptic.trafilatura import TRAFILATURA_COMMENTS, TRAFILATURA_HEADER, trafilatura_text
from synoptic.whatsapp import WHATSAPP_CHAT, WHATSAPP_EDITED, WHATSAPP_PREFIX, whatsapp_chat
from test_ingest_collection_b import edition_parts

OPENING = (
    "The harbour wall has stood since 1881, and the town has never once asked what it would "
    "cost to lose it. This essay asks what the sea would take."
)
SECOND = (
    "The wall keeps the sea out of Quay Street in every winter storm, at a cost of £2.5 million "
    "over ten years.1 Without it the fish market floods, and so do the forty homes behind it."
)
THIRD = (
    "Repairs cannot wait for another winter, and the engineers say so in plain words; the "
    "council should find the money in its next budget.2"
)
HEADER = (
    "---\n"
    'title: "Keep the wall: why Porthwen must mend its harbour"\n'
    "author: Ann Lee; Bo Marsh\n"
    "url: https://www.porthwen.example/2026/02/02/keep-the-wall/\n"
    "hostname: porthwen.example\n"
    "description: The harbour wall has stood since 1881, and the town has never once asked "
    "[…]\n"
    "sitename: Porthwen Harbour Society\n"
    'date: "2026-02-02"\n'
    "categories: ['Opinion']\n"
    "fingerprint: 0a1b2c3d4e5f6a7b\n"
    "---\n"
)
BODY = (
    f"{OPENING}\nThe storms\n{SECOND}\n{THIRD}\nNotes\n- Harbour Board, Storm Log, 2025.\n"
    "- Engineers' survey, January 2026.\n"
    "Great piece, but who pays for it in the end?\nThe council, Tom, as the piece says.\n"
)


def test_a_trafilatura_text_reads_its_header_notes_and_not_its_comments() -> None:
    made = ingest_text(HEADER + BODY, "wall", "wall.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"], meta["publisher"]) == (
        "Keep the wall: why Porthwen must mend its harbour",
        "Ann Lee and Bo Marsh",
        "2026-02-02",
        "Porthwen Harbour Society",
    )
    assert meta["url"] == "https://www.porthwen.example/2026/02/02/keep-the-wall/"
    assert blocks == [
        OPENING,
        "## The storms",
        SECOND.replace("years.1", "years.[^1]"),
        THIRD.replace("budget.2", "budget.[^2]"),
        "## Notes",
        "[^1]: Harbour Board, Storm Log, 2025.",
        "[^2]: Engineers' survey, January 2026.",
    ]
    rules = {item.rule for item in made.report.removed}
    assert {TRAFILATURA_HEADER, TRAFILATURA_COMMENTS} <= rules
    assert "trafilatura --with-metadata" in made.edition


def test_digits_that_do_not_count_the_notes_are_left_and_reported() -> None:
    # a third number glued after a stop (`it.3`): the digits count 3, 1, 2 for two notes
    raw = HEADER + BODY.replace("lose it.", "lose it.3")
    read = trafilatura_text(normalise(raw))
    assert read.found and read.notes == 0
    assert any("not counting 1 to n" in warning for warning in read.warnings)
    texts = [line.text for line in read.lines]
    assert "- Harbour Board, Storm Log, 2025." in texts and SECOND in texts
    # Nothing below a list not read as notes is taken for comments: the list may be the
    # post's own, its last paragraphs below it (a review's probe lost three so).
    assert any("Great piece" in text for text in texts)


def test_an_author_s_note_below_the_notes_is_no_comment() -> None:
    raw = HEADER + BODY.replace("Great piece", "About the author\nAnn Lee writes. Great piece")
    texts = [line.text for line in trafilatura_text(normalise(raw)).lines]
    assert "About the author" in texts


def test_a_trafilatura_text_without_notes_keeps_its_last_lines_and_warns() -> None:
    raw = HEADER + f"{OPENING}\n{THIRD.replace('budget.2', 'budget.')}\nA reader's comment.\n"
    read = trafilatura_text(normalise(raw))
    assert [line.text for line in read.lines if not line.blank][-1] == "A reader's comment."
    assert any("comments" in warning for warning in read.warnings)


def test_sums_and_dates_glued_to_nothing_are_no_markers() -> None:
    read = trafilatura_text(normalise(HEADER + BODY))
    second = next(line.text for line in read.lines if line.text.startswith("The wall"))
    assert "£2.5 million" in second and "years.[1]" in second


def test_a_static_site_s_front_matter_is_no_trafilatura_header() -> None:
    # Hugo's front matter: no fingerprint, and fields of its own
    hugo = "---\ntitle: Keep the wall\ndate: 2026-02-02\nurl: /keep-the-wall/\ndraft: false\n---\n"
    lines = normalise(hugo + BODY)
    assert trafilatura_text(lines).lines == lines and not trafilatura_text(lines).found
    # a fingerprint, but no page's address or host: no page trafilatura read
    bare = "---\ntitle: Keep the wall\nfingerprint: 0a1b2c3d\n---\n"
    assert not trafilatura_text(normalise(bare + BODY)).found
    # the header's fields further down the text, not on its first line
    assert not trafilatura_text(normalise("Preface.\n" + HEADER + BODY)).found


def chat(*messages: tuple[str, str]) -> str:
    """An Android export: each message under its prefix, its later lines as they are."""
    return "".join(
        f"02/02/2026, 10:{n:02d} - {name}: {text}\n" for n, (name, text) in enumerate(messages)
    )


ESSAY_FIRST = (
    "*Keep the wall: why Porthwen must mend its harbour*\nBy Ann Lee\n2 February 2026\n\n"
    f"{OPENING}\n\n*The storms*\n\n{SECOND.replace('years.1', 'years.[1]')}"
)
CLOSING = "The wall is the town's, and so is the choice: mend it now."
ESSAY_SECOND = f"{THIRD.replace('budget.2', 'budget.[2]')}\n\n{CLOSING}"
NOTES = "Notes\n1.\tHarbour Board, Storm Log, 2025.\n2.\tEngineers' survey, January 2026."
BIO = (
    "Ann Lee chairs the Porthwen Harbour Society and has fished from the harbour for thirty years."
)


def test_a_whatsapp_export_reads_as_the_essay_pasted_into_it() -> None:
    raw = "02/02/2026, 09:58 - Messages and calls are end-to-end encrypted. Learn more.\n" + chat(
        ("Tom Reed", "Morning Ann! References numbered like [1] please"),
        ("Ann Lee", "Will do. Pasting it now in two bits"),
        ("Ann Lee", ESSAY_FIRST),
        ("Tom Reed", "Got it so far"),
        ("Ann Lee", "*Repairs*"),
        ("Ann Lee", ESSAY_SECOND + "\n"),
        ("Ann Lee", NOTES + " <This message was edited>"),
        ("Ann Lee", "<Media omitted>"),
        ("Tom Reed", "Lovely, and a line about yourself?"),
        ("Ann Lee", BIO),
        ("Ann Lee", "Is that ok?"),
    )
    made = ingest_text(raw, "wall", "wall.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the wall: why Porthwen must mend its harbour",
        "Ann Lee",
        "2026-02-02",
    )
    assert blocks == [
        OPENING,
        "## The storms",
        SECOND.replace("years.1", "years.[^1]"),
        "## Repairs",
        THIRD.replace("budget.2", "budget.[^2]"),
        CLOSING,
        BIO,
        "## Notes",
        "[^1]: Harbour Board, Storm Log, 2025.",
        "[^2]: Engineers' survey, January 2026.",
    ]
    removed = {item.text: item.rule for item in made.report.removed}
    assert removed["<This message was edited>"] == WHATSAPP_EDITED
    assert removed["02/02/2026, 10:07 - Ann Lee: <Media omitted>"] == WHATSAPP_CHAT
    assert "a WhatsApp chat's export: 5 of its 12 messages read, Ann Lee's" in made.edition


def test_a_whatsapp_export_with_no_message_of_several_lines_is_left_as_it_stands() -> None:
    # a chat, and nothing pasted into it: no essay to read out of it
    raw = chat(("Ann Lee", "Morning!"), ("Tom Reed", "Hi Ann"), ("Ann Lee", "See you at ten"))
    lines = normalise(raw)
    assert whatsapp_chat(lines).lines == lines and not whatsapp_chat(lines).speaker


def test_an_essay_that_quotes_a_chat_is_no_chat_export() -> None:
    # the messages below the essay's first line are the essay's own quotation
    raw = f"{OPENING}\n\n" + chat(("Ann Lee", "Help"), ("Tom Reed", "Coming"), ("Ann Lee", "Now"))
    lines = normalise(raw)
    assert whatsapp_chat(lines).lines == lines
    # and two messages are too few to be a chat's export
    two = chat(("Ann Lee", ESSAY_FIRST), ("Tom Reed", "Thanks"))
    assert whatsapp_chat(normalise(two)).lines == normalise(two)


def test_a_date_and_time_without_the_export_s_dash_or_brackets_is_no_message() -> None:
    text = "12/03/2026, 09:41: the meeting opened.\n" * 4
    assert whatsapp_chat(normalise(text)).lines == normalise(text)


# The review's probes (a text not of a chat's shape read as one; a chat misread), each on a
# small text of its own: a reader that fires on another shape is worse than a shape missed, no
# line goes unlisted, and where it cannot tell, the reader keeps the text and warns.
ENCRYPTED = "02/02/2026, 09:58 - Messages and calls are end-to-end encrypted. Learn more.\n"


def test_a_dated_log_with_no_contact_s_name_is_no_chat_export() -> None:
    # a diary's dated entries, one with a colon in it: no names, no chat
    raw = (
        "12/03/2026, 07:10 - Left the house for the 07:15 bus, as I do every Thursday.\n"
        "12/03/2026, 07:40 - Still at the stop. The sign says: bus delayed, no reason given.\n"
        f"{OPENING}\n\n{SECOND}\n"
        "12/03/2026, 08:05 - The bus arrives, full, and the driver waves us on.\n"
        f"12/03/2026, 09:20 - Reached the hospital five minutes late.\n\n{CLOSING}\n"
    )
    lines = normalise(raw)
    read = whatsapp_chat(lines)
    assert (read.lines, read.removed, read.speaker) == (lines, [], "")
    # one name alone, with no line of the app's, is a log too (a note to self each day)
    one = raw.replace(" - ", " - Ann Lee: ").replace("says: bus", "says bus")
    assert whatsapp_chat(normalise(one)).lines == normalise(one)


def test_a_chat_line_quoted_in_a_pasted_part_stays_a_line_of_it() -> None:
    quoted = "01/02/2026, 21:02 - Jo Parry: if they shut the quay I will not come any more"
    first = ESSAY_FIRST.replace(
        f"{OPENING}\n\n", f"{OPENING}\n\nOne reader put it to me:\n\n{quoted}\n\n"
    )
    raw = ENCRYPTED + chat(
        ("Tom Reed", "Morning Ann!"),
        ("Ann Lee", first),
        ("Tom Reed", "Got it so far"),
        ("Ann Lee", ESSAY_SECOND),
        ("Ann Lee", NOTES),
        ("Tom Reed", "Lovely, thank you"),
    )
    read = whatsapp_chat(normalise(raw))
    texts = [line.text for line in read.lines]
    assert quoted in texts and SECOND.replace("years.1", "years.[1]") in texts
    assert not [item for item in read.removed if "Jo Parry" in item.text]
    at = next(line.number for line in normalise(raw) if line.text == quoted)
    assert any(f"(line {at})" in warning for warning in read.warnings)
    _, blocks = edition_parts(ingest_text(raw, "wall", "wall.txt").edition)
    assert SECOND.replace("years.1", "years.[^1]") in blocks


def test_two_speakers_pasting_texts_leave_the_chat_whole_and_warn() -> None:
    # the editor pastes the piece the author answers, longer than her essay: whose is the essay?
    reference = "\n".join([OPENING, SECOND, THIRD, CLOSING] * 2)
    raw = ENCRYPTED + chat(
        ("Tom Reed", f"For reference, the piece you are answering:\n{reference}"),
        ("Ann Lee", "Will do"),
        ("Ann Lee", ESSAY_FIRST),
        ("Tom Reed", "Got it so far"),
        ("Ann Lee", ESSAY_SECOND),
        ("Ann Lee", NOTES),
        ("Tom Reed", "Lovely, thank you"),
    )
    lines = normalise(raw)
    read = whatsapp_chat(lines)
    assert (read.lines, read.removed, read.speaker) == (lines, [], "")
    [warning] = read.warnings
    at = next(line.number for line in lines if "Ann Lee: *Keep the wall" in line.text)
    assert f"(Tom Reed's at line 2; Ann Lee's at line {at})" in warning
    assert warning in ingest_text(raw, "wall", "wall.txt").report.warnings  # the editor's


def test_an_essay_opening_with_a_quoted_chat_is_no_chat_export() -> None:
    # the last "message" runs to the end and holds all the prose: a quotation, not an export
    raw = chat(
        ("Ann", "hello, are you coming to the meeting tonight?"),
        ("Bo", "can't, the bus doesn't run after six"),
        ("Cy", f"same here, no way to get back\n\nThe harbour\n\n{OPENING}\n\n{SECOND}"),
    )
    lines = normalise(raw + "\nBy Dana Reyes\n")
    assert whatsapp_chat(lines).lines == lines and not whatsapp_chat(lines).removed


def test_only_the_author_s_note_after_the_notes_moves_and_her_chat_there_goes() -> None:
    long_chat = (
        "One more thing Tom, before I forget: the storm figures in the first note are the "
        "Harbour Board's own, so please do not let the subs call them the council's, because "
        "the council will jump on that straight away and we will argue about it for a week."
    )
    after = [
        ("Tom Reed", "Lovely, and a line about yourself?"),
        ("Ann Lee", BIO),
        ("Ann Lee", "Ann Lee took the photo herself, so there is no credit to add."),
        ("Ann Lee", long_chat),
        ("Ann Lee", "Ann Lee again, sorry, new phone"),
        ("Tom Reed", "Thanks!"),
    ]
    raw = ENCRYPTED + chat(
        ("Tom Reed", "Morning Ann!"),
        ("Ann Lee", ESSAY_FIRST),
        ("Ann Lee", ESSAY_SECOND),
        ("Ann Lee", NOTES),
        *after,
    )
    read = whatsapp_chat(normalise(raw))
    bio_line = next(line.number for line in normalise(raw) if line.text.endswith(BIO))
    assert read.bio == bio_line and not read.warnings
    removed = {item.text.split(": ", 1)[-1]: item.rule for item in read.removed}
    assert removed[long_chat] == removed["Ann Lee again, sorry, new phone"] == WHATSAPP_CHAT
    assert removed["Ann Lee took the photo herself, so there is no credit to add."] == (
        WHATSAPP_CHAT
    )
    _, blocks = edition_parts(ingest_text(raw, "wall", "wall.txt").edition)
    assert blocks[-4:] == [BIO, "## Notes", *blocks[-2:]] and long_chat not in blocks
    # two notes about herself after the notes: neither moves, both stay, and a warning says so
    twice = raw + f"02/02/2026, 10:59 - Ann Lee: {BIO.replace('thirty', 'forty')}\n"
    read = whatsapp_chat(normalise(twice))
    assert read.bio is None and "2 messages after the notes" in read.warnings[0]
    assert BIO.replace("thirty", "forty") in [line.text for line in read.lines]


def test_each_kept_message_s_date_time_and_name_is_listed() -> None:
    raw = ENCRYPTED + chat(
        ("Tom Reed", "Morning Ann!"),
        ("Ann Lee", ESSAY_FIRST),
        ("Tom Reed", "Got it so far"),
        ("Ann Lee", ESSAY_SECOND),
        ("Ann Lee", NOTES),
        ("Tom Reed", "Lovely, thank you"),
    )
    lines = normalise(raw)
    starts = [line.number for line in lines if line.text.startswith("02/02/2026, 10:0")]
    made = ingest_text(raw, "wall", "wall.txt")
    prefixes = {
        item.line: item.text for item in made.report.removed if item.rule == WHATSAPP_PREFIX
    }
    assert prefixes == {
        starts[1]: "02/02/2026, 10:01 - Ann Lee:",
        starts[3]: "02/02/2026, 10:03 - Ann Lee:",
        starts[4]: "02/02/2026, 10:04 - Ann Lee:",
    }
    assert "'02/02/2026, 10:01 - Ann Lee:' (line 3)" in made.edition


# A lynx dump of a page (an archive's copy), in the shapes HH's hc showed: a cookie banner and a
# search box with their buttons, a breadcrumb wrapped at the margin, notes linked as
# superscripts (`^[9]1`), each note's way back (`[11]↩`), the author's note under its own
# heading below the notes, a `mailto:` address with spaces in the list of links.
DUMP = """   [1]Skip to main content

   We use cookies to make this site work.
   [2]Read our cookie policy
   (BUTTON) Accept all cookies (BUTTON) Reject non-essential cookies

   Search ____________________ (BUTTON) Search

   [3]Home > [4]Research > [5]Coastal Towns Policy Unit > [6]Policy
   notes

                        Keep the wall: why Porthwen must mend it

   By [7]Ann Lee · 2 February 2026

   The harbour wall has stood since 1881, and the town has never once
   asked what it would cost to lose it. This essay asks what the sea
   would take.^[8]1

   Repairs cannot wait for another winter, and the engineers say so in
   plain words; the council should find the money in its next budget.^[9]2

Notes

    1. Harbour Board, [10]Storm Log, 2025. [11]↩
    2. Engineers' survey, January 2026. [12]↩

About the author

   Ann Lee chairs the Porthwen Harbour Society and has fished from the
   harbour for thirty years.

Related notes

     * [13]Bus passes: who gains?
     * [14]Beach huts and the balance sheet

References

   1. https://example.org/wall#main
   2. https://example.org/cookies/
   3. https://example.org/
   4. https://example.org/research/
   5. https://example.org/ctpu/
   6. https://example.org/ctpu/notes/
   7. https://example.org/staff/ann-lee/
   8. https://example.org/wall#fn1
   9. https://example.org/wall#fn2
  10. https://example.org/storm-log/
  11. https://example.org/wall#fnref1
  12. https://example.org/wall#fnref2
  13. mailto:?subject=Our wall&body=https://example.org/wall
  14. https://example.org/huts/
"""


def test_a_lynx_dump_of_an_archived_page_reads_as_its_essay() -> None:
    made = ingest_text(DUMP, "wall", "wall.txt")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"], meta["date"]) == (
        "Keep the wall: why Porthwen must mend it",
        "Ann Lee",
        "2026-02-02",
    )
    assert blocks == [
        "The harbour wall has stood since 1881, and the town has never once asked what it would "
        "cost to lose it. This essay asks what the sea would take.[^1]",
        "Repairs cannot wait for another winter, and the engineers say so in plain words; the "
        "council should find the money in its next budget.[^2]",
        "Ann Lee chairs the Porthwen Harbour Society and has fished from the harbour for thirty "
        "years.",
        "## Notes",
        "[^1]: Harbour Board, Storm Log, 2025.",
        "[^2]: Engineers' survey, January 2026.",
    ]
    rules = {item.text: item.rule for item in made.report.removed}
    assert rules["(BUTTON) Accept all cookies (BUTTON) Reject non-essential cookies"] == (
        BROWSER_FORM
    )
    assert rules["We use cookies to make this site work."] == BROWSER_FORM
    assert rules["notes"] == BROWSER_NAVIGATION  # (the breadcrumb's wrapped line)
    assert rules["About the author"] == AUTHOR_NOTE_HEADING


def test_a_form_s_buttons_take_only_a_short_block_with_them() -> None:
    # five lines and a button: a paragraph of the page, not a banner, stays for the rules after
    lines = normalise(
        "   [1]Home\n\n   One.\n   Two.\n   Three.\n   Four.\n   Five (BUTTON) Go\n\n"
        "References\n\n   1. https://example.org/\n"
    )
    read = browser_dump(lines)
    assert read.found and not any(item.rule == BROWSER_FORM for item in read.removed)
    # and a button named in words is no button
    lines = normalise(
        "   [1]Home\n\n   Press (the button) to accept.\n\n"
        "References\n\n   1. https://example.org/\n"
    )
    assert not any(item.rule == BROWSER_FORM for item in browser_dump(lines).removed)


def test_a_superscript_that_links_is_a_marker_and_other_carets_stay() -> None:
    lines = normalise(
        "   The sum^[1]2 is old, and x^2 is a square; see [2]the log.\n\n"
        "References\n\n   1. https://example.org/#fn2\n   2. https://example.org/log\n"
    )
    read = browser_dump(lines)
    assert read.lines[0].text == "   The sum[2] is old, and x^2 is a square; see the log."


def test_an_author_s_note_below_the_notes_moves_only_when_it_names_the_author() -> None:
    bio = Block("paragraph", "Dr Ann Lee, a harbour pilot, wrote this.", 9)
    body = [
        Block("paragraph", "Text.[1]", 1),
        Block("heading", "Notes", 2),
        Block("note", "A note.", 3, label="1"),
    ]
    about = Block("heading", "About the author", 8)
    moved = author_note_above_notes([*body, about, bio], ("Ann Lee",))
    assert [b.line for b in moved.blocks] == [1, 9, 2, 3] and moved.moved == 9
    assert [item.text for item in moved.removed] == ["About the author"]
    # with no heading over it it moves too; naming no author, or under another heading, it
    # stays where it stands
    assert [b.line for b in author_note_above_notes([*body, bio], ("Ann Lee",)).blocks] == [
        1,
        9,
        2,
        3,
    ]
    other = Block("paragraph", "Bo Ma is a harbour pilot.", 9)
    assert author_note_above_notes([*body, about, other], ("Ann Lee",)).moved is None
    comments = Block("heading", "Comments", 8)
    assert author_note_above_notes([*body, comments, bio], ("Ann Lee",)).moved is None
    # two paragraphs under the heading: no author's note alone
    assert author_note_above_notes([*body, about, bio, bio], ("Ann Lee",)).moved is None
