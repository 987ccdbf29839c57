"""A word processor's document (paragraphs numbered by hand, a head over the byline, footers
printed last), a magazine's page (a drop cap, a kicker, a running head on two pages, a photo
credit in the byline) and a page copied whole from a browser (its elements stacked with no
blank line): the rules collection AA brought, each on a text of its own."""

from __future__ import annotations

import pytest

from synoptic.furniture import (
    DOCUMENT_STATUS,
    PAGE_NUMBER,
    REVIEW_COMMENT,
    RUNNING_HEAD,
    pictures,
    pull_quotes,
    status_line,
)
from synoptic.ingest import ingest_text
from synoptic.layout import Line, drop_caps, wrap_width
from synoptic.metadata import DOCUMENT_HEAD, KICKER, metadata_line, names_only
from synoptic.numbering import typed_numbering
from synoptic.pages import PAGE_ADDRESS, WORD_PROCESSOR_FOOT, page_furniture
from synoptic.thread import thread
from synoptic.transcript import OTHER_SPEAKER, TRANSCRIPT_HEADER, TRANSCRIPT_TURN, transcript
from test_ingest_collection_b import edition_parts, rules_by_text
from test_ingest_preprints import lines_of


def front(meta: dict) -> tuple[str, str, str]:
    """An edition's title, author and date."""
    return meta["title"], meta["author"], meta["date"]


LONG = (
    "The committee asked us to assess the application, and we have read the evidence it "
    "gathered with care over the winter, the modelling and the farmers' accounts alike."
)


def numbered(*openings: str) -> list[Line]:
    return lines_of("\n\n".join(f"\t{opening}\t{LONG}" for opening in openings))


def test_paragraph_numbers_in_sequence_and_their_sections_headings_numbers_go() -> None:
    text = (
        f"\t1.1\t{LONG}\n\n\t2.\tWhat the evidence supports\n\n\t2.1\t{LONG}\n\n"
        f"\t2.2\t{LONG}\n\n\t3.\tConditions\n\n\t3.1\t{LONG}\n\nNotes\n\n1.\tA note.\n\n"
        "2.\tAnother note."
    )
    found = typed_numbering(lines_of(text))
    assert found.paragraphs == ("1.1", "2.1", "2.2", "3.1")
    assert found.headings == 2
    texts = [line.text for line in found.lines if not line.blank]
    assert texts[:3] == [LONG, "What the evidence supports", LONG]
    assert texts[-2:] == ["1.\tA note.", "2.\tAnother note."]  # the notes keep their labels


@pytest.mark.parametrize(
    "openings",
    [
        ("1.1", "1.2", "2.1"),  # too few to be a numbering
        ("3.5", "2.5", "4.5", "1.5"),  # figures, in no sequence
    ],
)
def test_figures_that_open_paragraphs_are_no_numbering(openings: tuple[str, ...]) -> None:
    lines = numbered(*openings)
    assert typed_numbering(lines).lines == lines


def test_a_document_reads_its_title_under_the_byline_and_its_head_and_footers_go() -> None:
    raw = (
        "Inquiry into the river – written evidence – Lee\n\n\n\n"
        # the letterhead twice, as docx2txt prints Word's text box
        "School of Geography\n\nUniversity of Wessex\n\n" * 2 + "County Council\n\n"
        "Written evidence submitted by Dr Ann Lee and Professor Bo Ma (University of Wessex)\n\n"
        f"16 March 2026\n\nA licence with conditions:\nwhat a release would need\n\n"
        f"\t1.1\t{LONG}\n\n\t1.2\t{LONG}\n\n\t2.1\t{LONG}\n\n\t2.2\t{LONG}\n\n\n\n"
        "Page 2 of 3\n\nSubmitted to the Scrutiny Committee, County Council"
    )
    made = ingest_text(raw, "lee", "raw/lee.txt")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "A licence with conditions: what a release would need",
        "Ann Lee and Bo Ma",
        "2026-03-16",
    )
    assert blocks == [LONG] * 4
    rules = rules_by_text(made)
    assert rules["School of Geography"] == DOCUMENT_HEAD
    assert rules["Submitted to the Scrutiny Committee, County Council"] == WORD_PROCESSOR_FOOT
    assert "paragraphs numbered by hand (1.1 to 2.2): 4 numbers" in made.edition


def test_a_head_with_a_sentence_in_it_is_no_documents_head() -> None:
    raw = (
        "School of Geography\n\nWe wrote this for the council.\n\nCounty Council\n\n"
        f"By Ann Lee\n\n16 March 2026\n\nA licence with conditions\n\n{LONG}\n"
    )
    meta, blocks = edition_parts(ingest_text(raw, "lee", "raw/lee.txt").edition)
    assert meta["title"] != "A licence with conditions"
    assert "We wrote this for the council." in blocks


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Dr Ann Lee", "Ann Lee"),
        ("By Ann Lee (University of Wessex)", "Ann Lee"),
        ("By Ann Lee, Dr Bo Ma and Professor Cy Ng", "Ann Lee, Bo Ma and Cy Ng"),
        ("Prepared by Ann Lee", "Ann Lee"),
        ("Written evidence submitted by Ann Lee", "Ann Lee"),
        ("Words: Ruth Ellery · Photographs: Sam Tidy", "Ruth Ellery"),
    ],
)
def test_an_author_line_gives_the_names_alone(line: str, author: str) -> None:
    assert metadata_line(line) == {"author": author}


def test_evidence_submitted_by_a_body_names_no_author() -> None:
    assert metadata_line("Evidence submitted by the County Council") is None
    assert names_only("Dr Ann Lee (Wessex)") == "Ann Lee"


def test_a_drop_cap_is_set_back_on_its_word() -> None:
    lines, joined = drop_caps(lines_of("T\n\nhe Trust has applied.\n\nA\n\nbeaver family."))
    assert [line.text for line in lines if not line.blank] == [
        "The Trust has applied.",
        "A beaver family.",
    ]
    assert joined == 2
    # a letter under a line of text is a label, not a drop cap
    labelled = lines_of("Options\nB\n\nbelow the weir.")
    assert drop_caps(labelled) == (labelled, 0)


MAGAZINE_LINE = "the water where it does little harm, and they"


def magazine(kicker: str, title: str) -> str:
    column = "\n".join([MAGAZINE_LINE] * 8)
    return (
        f"6\n\nVALE WILD · ISSUE 58 · 2 MARCH 2026\n\n{kicker}\n\n{title}\n\n"
        "Words: Ruth Ellery · Photographs: Sam Tidy\n\n"
        "T\n\nhe Trust has applied to release four beaver\n"
        f"{column}\nrebuild the wetland.\n\nvalewild.org.uk\n\n"
        f"\fVALE WILD · ISSUE 58 · 2 MARCH 2026\n\n7\n\n{column}\nkeep the valley.\n\n\f"
    )


def test_a_magazines_page_reads_its_kicker_masthead_and_drop_cap() -> None:
    made = ingest_text(magazine("RIVERS", "Let the beavers\nback into the Lenn"), "el", "raw/el")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "Let the beavers back into the Lenn",
        "Ruth Ellery",
        "2026-03-02",
    )
    assert blocks[0].startswith("The Trust has applied to release four beaver the water")
    rules = rules_by_text(made)
    assert rules["RIVERS"] == KICKER
    assert rules["valewild.org.uk"] == PAGE_ADDRESS
    assert rules["6"] == rules["7"] == PAGE_NUMBER
    assert rules["VALE WILD · ISSUE 58 · 2 MARCH 2026"] == RUNNING_HEAD
    assert not any("VALE WILD" in block or block in ("6", "7") for block in blocks)


def test_a_title_in_capitals_keeps_the_capitals_over_it() -> None:
    """`LIGHTS OUT` over `WHY FELLBRIDGE SHOULD DIM ITS STREETS` is no kicker."""
    made = ingest_text(
        magazine("LIGHTS OUT", "WHY FELLBRIDGE SHOULD DIM\nITS STREETS"), "el", "raw/el"
    )
    assert not any(item.rule == KICKER for item in made.report.removed)


def test_a_page_number_with_its_count_is_one_even_alone() -> None:
    lines = lines_of(f"{LONG}\n\nPage 2 of 3\n\nSubmitted to the Committee")
    rules = {item.text: item.rule for item in page_furniture(lines)}
    assert set(rules) == {"Page 2 of 3", "Submitted to the Committee"}
    # lines under it that say sentences are the text's
    lines = lines_of(f"{LONG}\n\nPage 2 of 3\n\n{LONG}")
    assert [item.text for item in page_furniture(lines)] == ["Page 2 of 3"]


def test_the_widest_usual_line_allows_a_fifth_of_lines_longer() -> None:
    """A magazine's column of 45 characters, with a joined line in every six (its hyphens taken
    out) and a wider standfirst: still hard-wrapped."""
    column = [("x" * 44) if k % 6 else ("y" * 88) for k in range(60)]
    assert wrap_width(lines_of("\n".join(column))) is not None


def test_a_pages_elements_stacked_with_no_blank_line_are_each_a_unit() -> None:
    """LinkedIn's page copied whole: the menu, the title, a button and the name twice, then
    the profile's headline, with no blank line between."""
    raw = (
        "Agree & Join LinkedIn\n\nBy clicking Continue to join or sign in, you agree to the "
        "User Agreement.\n\nSkip to main content\nLinkedIn\nArticles\nPeople\nJobs\nJoin now\n"
        "Sign in\nWhy the valley can't carry the cost of wild beavers\nReport this article\n"
        "Gareth Pryce\nGareth Pryce\nBeef farmer | Chair, Lenn Valley Farmers' Group\n\n"
        f"Published Mar 9, 2026\n+ Follow\n\n{LONG} {LONG}\n\nA second paragraph, short.\n"
    )
    made = ingest_text(raw, "pryce", "raw/pryce.txt")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "Why the valley can't carry the cost of wild beavers",
        "Gareth Pryce",
        "2026-03-09",
    )
    assert blocks[0] == f"{LONG} {LONG}"


# --- collection BB's shapes: a talk's transcript, a wiki's page, antiword's briefing note ----

TURN_TEXT = (
    "Kestleford Borough Council decides in May whether to stop using petrol leaf blowers on its "
    "own land, and I want to persuade you that it should say yes."
)
TRANSCRIPT = (
    "Civic Society spring talk - leaf blowers\n\nMon, Mar 09, 2026 7:32PM • 07:43\n\n"
    "SUMMARY KEYWORDS\nblowers, petrol, leaf\n\n"
    "SPEAKERS\nImogen Farrant, Martin Hale, Speaker 3\n\n"
    "Martin Hale  00:04\nGood evening, everyone. Please welcome Imogen Farrant.\n\n"
    f"Imogen Farrant  00:56\n{TURN_TEXT}\n\nSpeaker 3  03:02\nHear, hear.\n\n"
    f"Imogen Farrant  03:06\n{TURN_TEXT}\n\nImogen Farrant  05:02\n{TURN_TEXT}\n\n\n\n"
    "Transcribed by https://otter.ai"
)


def test_a_transcripts_speaker_is_the_author_and_her_turns_the_paragraphs() -> None:
    made = ingest_text(TRANSCRIPT, "farrant", "raw/farrant.txt")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "unknown",
        "Imogen Farrant",
        "2026-03-09",
    )
    assert blocks == [TURN_TEXT] * 3
    rules = rules_by_text(made)
    assert rules["Hear, hear."] == OTHER_SPEAKER
    assert rules["Imogen Farrant  00:56"] == TRANSCRIPT_TURN
    assert rules["Civic Society spring talk - leaf blowers"] == TRANSCRIPT_HEADER


def test_lines_that_look_like_turns_now_and_then_are_no_transcript() -> None:
    lines = lines_of(f"Opening hours 10:30\n{TURN_TEXT}\n\nClosing 17:00\n{TURN_TEXT}")
    assert transcript(lines).lines == lines
    # a live blog's entries, each under its hour
    lines = lines_of("\n\n".join(f"Updated 10:{n}4\n{TURN_TEXT}" for n in range(5)))
    assert transcript(lines).lines == lines


WIKI_PAGE = (
    "Essay:The Blower Ban Will Hurt the People Who Keep Kestleford Tidy\n"
    "From KestleWiki, the Kestleford community wiki\nJump to navigation Jump to search\n\n"
    "This page is an essay by Gareth Pole and Nia Okafor, first posted on 17 March 2026. It "
    "contains the opinions of its authors and is not a policy.\nShortcut\nKW:BLOWERBAN\n\n"
    f"{LONG}\n\nContents\n1\tWho pays\n2\tSee also\n3\tReferences\nWho pays[edit]\n\n"
    f"{LONG}[1]\n\nSee also[edit]\nKestleford leaf blower proposal (2026)\n"
    "References[edit]\n^ Prices quoted by three suppliers.\n"
    "Categories: Essays | Environment\nNavigation menu\nLog in\n"
    " This page was last edited on 21 March 2026, at 09:42.\n"
)


def test_a_wiki_page_gives_its_title_notice_headings_and_references() -> None:
    made = ingest_text(WIKI_PAGE, "pole", "raw/pole.txt")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "The Blower Ban Will Hurt the People Who Keep Kestleford Tidy",
        "Gareth Pole and Nia Okafor",
        "2026-03-17",
    )
    assert blocks == [
        LONG,
        "## Who pays",
        f"{LONG}[^1]",
        "## References",
        "[^1]: Prices quoted by three suppliers.",
    ]
    assert "wiki page: 3 headings' edit links taken off, 1 references" in made.edition


def test_a_picture_mark_goes_with_the_caption_under_it() -> None:
    lines = lines_of(f"{LONG}\n\n[pic]\n\nFigure 1: Sound level at 15 m, dB(A)\n\n{LONG}")
    assert [item.text for item in pictures(lines)] == [
        "[pic]",
        "Figure 1: Sound level at 15 m, dB(A)",
    ]


def test_a_briefing_notes_head_and_cover_table_go_over_its_title_and_byline() -> None:
    raw = (
        "[pic]\n\n          KESTLEFORD BOROUGH COUNCIL\n\n          Scrutiny Committee\n\n"
        "|Meeting: |Scrutiny Committee, 14 April 2026 |\n|Report author: |Dr Ravi Sandhu |\n\n"
        "     Petrol Leaf Blowers in Kestleford: What the Evidence Supports\n\n"
        f"By Dr Ravi Sandhu\n\n24 March 2026\n\n1. Noise and air\n\n{LONG}\n"
    )
    made = ingest_text(raw, "sandhu", "raw/sandhu.txt")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "Petrol Leaf Blowers in Kestleford: What the Evidence Supports",
        "Ravi Sandhu",
        "2026-03-24",
    )
    assert blocks == ["## 1\\. Noise and air", LONG]


# --- collection CC's shapes: a thread, a page printed from a browser, a Notion export ----------

POST = "The Links Plan would create 240 full plots on the back nine, more than doubling them."


def test_a_threads_posts_are_the_essay_and_its_names_handles_and_counts_go() -> None:
    posts = "".join(
        f"Mar 2\nRuth Okafor 🌱\n@ruthgrows@kester.social\n\n{n}/4 {POST}\n\n1\n\n" for n in (2, 3)
    )
    raw = (
        "Ruth Okafor 🌱\n@ruthgrows@kester.social\n\n🧵 1/4 Let Kestermouth Dig\n\n"
        f"{POST}\n\n#Kestermouth #allotments\n\nMar 2, 2026, 07:48 AM · Edited\n23 boosts · 41 "
        f"favorites\n\n{posts}Mar 2\nRuth Okafor 🌱\n@ruthgrows@kester.social\n\n4/4 🌱 Notes\n"
        "[1] A source.\nkestermouth.gov.uk\nA page's title\n1\n\nMar 2\nGordon Reece\n"
        "@greece@mastodon.scot\n\n@ruthgrows Good thread.\n"
    )
    made = ingest_text(raw, "okafor", "raw/okafor.txt")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == (
        "Let Kestermouth Dig",
        "Ruth Okafor",
        "2026-03-02",
    )
    assert blocks == [POST] * 3 + ["## Notes", "[^1]: A source."]


def test_a_numbered_list_or_printed_pages_numbers_are_no_thread() -> None:
    pages = lines_of(f"{LONG}\n\n1/3 {LONG}\n\n2/3 {LONG}\n\n3/3 {LONG}")
    assert thread(pages).lines == pages  # no handle over the first: a list's items


def test_a_page_printed_from_a_browser_loses_its_print_header_footer_and_banner() -> None:
    page = (
        "10/03/2026, 09:12\n\nKeep the Links | Comment | Courier\n\n{body}\n\n"
        "We and our partners use cookies to personalise content.\nManage choices Accept all\n\n"
        "https://www.courier.co.uk/opinion/keep-the-links/\n\n{n}/3\n"
    )
    bodies = [f"{LONG} It is page {n}." for n in (1, 2, 3)]
    raw = "\f".join(page.format(body=body, n=n) for n, body in enumerate(bodies, start=1))
    made = ingest_text(raw, "pryce", "raw/pryce.txt")
    _, blocks = edition_parts(made.edition)
    assert blocks == bodies
    rules = rules_by_text(made)
    assert rules["10/03/2026, 09:12"] == rules["Manage choices Accept all"] == RUNNING_HEAD
    assert rules["2/3"] == PAGE_NUMBER


def test_a_pull_quote_in_quotation_marks_over_two_lines_without_its_stop_goes() -> None:
    lines = lines_of(
        f"{LONG}\n\nGates would close. Open ground for everyone would become private ground for a\n"
        "few hundred plot-\nholders. And more.\n\n“Open ground for everyone would become private "
        f"ground for a\nfew hundred plot-holders”\n\n{LONG}"
    )
    assert [line.number for line in pull_quotes(lines)] == [7, 8]


def test_a_wrapped_standfirst_between_the_title_and_the_byline_leaves_the_title() -> None:
    raw = (
        "Skip to main content\nNews Sport Opinion\n\nKeep the Links a Links\n\n"
        "The back nine is not surplus land, say a former head greenkeeper and the captain\n"
        "of the women's section. Digging it up would cost the town far more than it saves\n\n"
        f"By Alan Pryce\nMonday 9 March 2026, 6:00am · 6 min read\n\n{LONG}\n\n{LONG}\n"
    )
    meta, _ = edition_parts(ingest_text(raw, "pryce", "raw/pryce.txt").edition)
    assert (meta["title"], meta["author"]) == ("Keep the Links a Links", "Alan Pryce")


def test_an_exports_link_to_another_of_its_pages_reads_as_its_words() -> None:
    raw = (
        "# The Links Plan\n\nAuthor: Helen Marsh\n\n## Demand\n\n"
        "Done that way, the [Links Plan](Links%20Plan%207d2e.md) could meet a need.\n"
    )
    _, blocks = edition_parts(ingest_text(raw, "marsh", "raw/marsh.md").edition)
    assert blocks[-1] == "Done that way, the Links Plan could meet a need."


# --- collection DD's shapes: an Obsidian note, a newsletter through html2text, pdftotext -raw --


def test_an_obsidian_notes_links_callouts_and_tags_are_read_as_its_text() -> None:
    raw = (
        '---\ntitle: Why Skarra needs its bridge\nauthor: "[[Catriona Bell]]"\n'
        "date: 2026-01-12\n---\n# Why Skarra needs its bridge\n\n"
        "> [!todo] Before it goes up\n> - [x] Check figures\n\n"
        "The council's [[Skarra Fixed Link OBC|outline business case]] for a link across the "
        "[[Skarra Narrows|Narrows]] %%check this%% is ==our first real chance==. ^p1\n\n"
        "![[slipway-queue.jpg|640]]\n\nA bridge does not close at night, and a boat does.\n\n"
        "> [!quote]\n> A bridge does not close at night.\n\n> [!info] About the author\n"
        "> Catriona Bell teaches at Skarra Primary School.\n\n#skarra #ferry\n\n"
        "Related: [[Ferry log]] · [[Replies]]\n"
    )
    made = ingest_text(raw, "bell", "raw/bell.md")
    meta, blocks = edition_parts(made.edition)
    assert (meta["title"], meta["author"]) == ("Why Skarra needs its bridge", "Catriona Bell")
    assert blocks == [
        "The council's outline business case for a link across the Narrows is our first real "
        "chance.",
        "A bridge does not close at night, and a boat does.",
        "Catriona Bell teaches at Skarra Primary School.",
    ]


def test_a_newsletters_name_masthead_and_links_over_its_letter_go() -> None:
    raw = (
        "[Subscribe](http://eepurl.com/x)[Past Issues](https://archive.example.com/h)\n\n"
        "[ Translate ](javascript:;)\n\n[RSS](https://archive.example.com/feed)\n\n"
        "A new boat and a second crew: why we say keep the ferry. \u034f \u200c \u034f \u200c\n\n"
        "[View this email in your browser](https://archive.example.com/v)\n\n# Ferry Tales\n\n"
        "**Newsletter of the Friends of the Ferry · Issue 14 · Tuesday 3 February 2026**\n\n"
        "## Keep the boat: the case against a Skarra bridge\n\n"
        f"_Donald MacAskill and Ishbel Grant_\n\n{LONG}\n\n### A better boat\n\n{LONG}\n"
    )
    meta, blocks = edition_parts(ingest_text(raw, "ferry", "raw/ferry.md").edition)
    assert front(meta) == (
        "Keep the boat: the case against a Skarra bridge",
        "Donald MacAskill and Ishbel Grant",
        "2026-02-03",
    )
    assert blocks == [LONG, "## A better boat", LONG]


# --- collection EE's shapes: a message saved whole, textutil's text, a commented Google Doc ---

SAVED_MESSAGE = (
    "Delivered-To: sam@example.org\nReceived: by 2002:a05 with SMTP id k36;\n"
    "        Mon, 09 Mar 2026 00:01:49 -0700 (PDT)\n"
    "Subject: Why I Support the Clean Air Order\n"
    "From: Rhiannon Vale from The Valley Floor <valley@substack.com>\n"
    "Date: Mon, 09 Mar 2026 07:01:46 +0000\nMime-Version: 1.0\n"
    "List-Unsubscribe: <https://valley.substack.com/action/disable_email>\n"
    'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n'
    "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "View this post on the web at https://valley.substack.com/p/why\n\n"
    "The council wants to stop wood burning on the valley floor, and I think it is rig=\n"
    "ht: the readings pass 80.1 [https://valley.substack.com/p/why#footnote-1] The Air=\n"
    " Network [https://substack.com/redirect/2/eyJ] has shown it, costing =C2=A34,500.\n\n"
    "1 [https://valley.substack.com/p/why#footnote-anchor-1]\n\nThe network's summary.\n\n"
    "--b1\nContent-Type: text/html; charset=UTF-8\n\n<p>The same post</p>\n--b1--\n"
)


def test_a_message_saved_whole_gives_its_plain_part_and_headers() -> None:
    made = ingest_text(SAVED_MESSAGE, "vale", "raw/vale.eml")
    meta, blocks = edition_parts(made.edition)
    assert front(meta) == ("Why I Support the Clean Air Order", "Rhiannon Vale", "2026-03-09")
    assert blocks == [
        "The council wants to stop wood burning on the valley floor, and I think it is right: "
        "the readings pass 80.[^1] The Air Network has shown it, costing £4,500.",
        "[^1]: The network's summary.",
    ]
    assert "a message saved whole (.eml): its plain-text part read, decoded" in made.edition


def test_textutils_line_separator_parts_the_byline_and_its_date() -> None:
    raw = (
        "\ufffc\nDon't Put Out Kelsworth's Fires\nBy Gareth Pryce\u202812 March 2026\n"
        f"{LONG}\n{LONG}\n"
    )
    made = ingest_text(raw, "pryce", "raw/pryce.txt")
    meta, _ = edition_parts(made.edition)
    assert front(meta) == ("Don't Put Out Kelsworth's Fires", "Gareth Pryce", "2026-03-12")
    assert any(item.text == "\ufffc" for item in made.report.removed)


def test_a_google_docs_comments_with_their_replies_and_its_status_line_go() -> None:
    raw = (
        "DRAFT for comment – please do not circulate\n\nWhat the Sensors Can Tell Us\n\n"
        f"By Ines Marlow\n\n16 March 2026\n\n{LONG}[a]\n\n{LONG}[1][b]\n\n________________\n"
        "[1] A source.\n"
        "[a]Councillors may only read this paragraph?\nAgree with Tom. Or a box at the end?\n"
        "[b]A number here?\n"
    )
    made = ingest_text(raw, "marlow", "raw/marlow.txt")
    meta, blocks = edition_parts(made.edition)
    assert meta["title"] == "What the Sensors Can Tell Us"
    assert blocks == [LONG, f"{LONG}[^1]", "[^1]: A source."]
    rules = rules_by_text(made)
    assert rules["Agree with Tom. Or a box at the end?"] == REVIEW_COMMENT
    assert rules["DRAFT for comment – please do not circulate"] == DOCUMENT_STATUS


def test_a_drafts_history_line_is_no_status_line() -> None:
    """`Draft 3 — 14 April 2026` dates a document: the front matter reads it."""
    assert not status_line(lines_of("Draft 3 — 14 April 2026\n\nThe Title"))
