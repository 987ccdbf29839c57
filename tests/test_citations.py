"""The citations engine: the parser on every note of the corpus and on the styles new essays
will bring; Ibid.; one work however often and however it is cited; unresolved markers; authors
of the collection named in its essays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic.citations import resolve
from synoptic.load import load_collection
from synoptic.model import (
    AuthorMention,
    Citation,
    Collection,
    Essay,
    Footnote,
    NoteRef,
    Paragraph,
    References,
    Section,
)
from synoptic.notes import ParsedCitation, address_lost, parse_note
from synoptic.works import citation_order

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = yaml.safe_load(
    (Path(__file__).parent / "data" / "citations_expected.yml").read_text(encoding="utf-8")
)
GIGI = "gigitashvili-2016"
LO = "Lo B. 2015. Russia and the new world disorder. Chatham House."


def citation(authors=(), year=None, title=None, venue=None, url=None, ibid=False):
    return ParsedCitation(tuple(authors), year, title, venue, url, ibid)


@pytest.fixture(scope="module")
def references(collection) -> References:
    return resolve(collection)


def counts(references: References) -> dict[str, int]:
    return {w.id: len(w.citations) for w in references.works}


# --- The corpus, against the fixture --------------------------------------------------------


def test_fixture_holds_every_note_of_the_corpus_as_written(collection):
    corpus = {(e.id, label): note for e in collection.essays for label, note in e.footnotes.items()}
    fixture = {
        (essay_id, label): entry
        for essay_id, notes in EXPECTED.items()
        for label, entry in notes.items()
    }
    assert set(fixture) == set(corpus)
    for key, note in corpus.items():
        assert fixture[key].get("missing", False) == note.missing, key
        assert fixture[key].get("text", "") == note.text, key


@pytest.mark.parametrize(
    "essay_id, label, entry",
    [
        (essay_id, label, entry)
        for essay_id, notes in EXPECTED.items()
        for label, entry in notes.items()
        if "text" in entry
    ],
)
def test_parser_on_every_note_of_the_corpus(essay_id, label, entry):
    assert parse_note(entry["text"]) == [citation(**c) for c in entry["citations"]]


def test_corpus_works_and_how_often_each_is_cited(references):
    assert counts(references) == {
        "gabuev-2015-a-soft-alliance-russia-china-relations-after-the-ukraine-crisis": 1,
        "kortunov-2016-how-not-to-talk-with-russia": 3,
        "kotkin-2016-putins-perpetual-geopolitics": 2,  # 6 and its Ibid. 7
        "krastev-2014-the-new-european-disorder": 1,
        "laruelle-2013-putins-turn-to-traditionalism-nationalism": 1,
        "liik-2015-how-to-talk-with-russia": 1,
        "lo-2015-russia-and-the-new-world-disorder": 2,
        "stent-2015-russia-china-and-the-west-after-crimea": 2,  # 12 and its Ibid 13
        "ward-2016-how-putins-desire-to-restore-russia-to-great-power-status": 1,
    }
    assert [w.id for w in references.works] == list(counts(references))  # sorted by surname


def test_corpus_citations_name_their_notes_and_paragraphs_in_order(references):
    work = next(w for w in references.works if w.id.startswith("kortunov"))
    assert work.citations == [
        Citation(GIGI, "3", ("gigitashvili-2016-p5",), False),
        Citation(GIGI, "9", ("gigitashvili-2016-p7",), False),
        Citation(GIGI, "11", ("gigitashvili-2016-p10",), False),
    ]
    assert (work.authors, work.year, work.venue) == (
        ("Kortunov",),
        "2016",
        "European council of foreign relations",
    )


def test_corpus_ibid_is_the_previous_notes_work(references):
    assert references.note_work[GIGI, "7"] == references.note_work[GIGI, "6"]
    assert references.note_work[GIGI, "13"] == references.note_work[GIGI, "12"]
    stent = next(w for w in references.works if w.id == references.note_work[GIGI, "13"])
    assert stent.citations[-1] == Citation(GIGI, "13", ("gigitashvili-2016-p11",), True)


def test_corpus_every_note_with_text_is_resolved(collection, references):
    assert sorted(references.note_work) == sorted((GIGI, str(n)) for n in range(1, 15))
    assert references.remarks == []


def test_corpus_unresolved_markers_each_with_its_paragraph(references):
    where = {
        "1": 2,
        "2": 3,
        "3": 5,
        "4": 6,
        "5": 6,
        "6": 6,
        "7": 7,
        "8": 9,
        "9": 11,
        "10": 12,
        "11": 14,
        "12": 15,
        "13": 15,
    }
    assert references.unresolved == [
        NoteRef("identity-narratives", label, (f"identity-narratives-p{p}",))
        for label, p in where.items()
    ]


def test_corpus_mentions_rumer_in_identity_narratives_only(references):
    # rumer-2017-p4 and gigitashvili-2016-p1 name their own essay's author: not mentions.
    assert references.mentions == [
        AuthorMention("identity-narratives-p15", "rumer-2017", "Eugene B. Rumer")
    ]


def test_resolve_is_deterministic(references):
    again, _ = load_collection(ROOT / "sources" / "essays")
    assert resolve(again) == references


# --- The parser on the styles new essays will bring -----------------------------------------


@pytest.mark.parametrize(
    "note, expected",
    [
        # Chicago: book, article, newspaper, journal volume and issue, several authors.
        (
            "Bobo Lo, Russia and the New World Disorder (London: Chatham House, 2015), 12.",
            [citation(["Bobo Lo"], "2015", "Russia and the New World Disorder", "Chatham House")],
        ),
        (
            "Bobo Lo, Russia and the New World Disorder (Washington, DC: Brookings, 2015).",
            [citation(["Bobo Lo"], "2015", "Russia and the New World Disorder", "Brookings")],
        ),
        # a date's month is no publisher ("Interim Evaluation. October." on MM's references)
        (
            "Brennock Society, Reviewer Fee Pilot: Interim Evaluation (October 2025), table 4.",
            [citation(["Brennock Society"], "2025", "Reviewer Fee Pilot: Interim Evaluation")],
        ),
        (
            "Bobo Lo, Russia and the New World Disorder (Chatham House, 6 March 2016).",
            [citation(["Bobo Lo"], "2016", "Russia and the New World Disorder", "Chatham House")],
        ),
        (  # … nor is a name that starts as a month's does
            "Ana Reyes, Sound and Record (London: Decca, 2012).",
            [citation(["Ana Reyes"], "2012", "Sound and Record", "Decca")],
        ),
        (  # … nor one that ends in a month's word (review 36)
            "Ana Reyes, Sound and Record (London: Press of the Long March, 2012).",
            [citation(["Ana Reyes"], "2012", "Sound and Record", "Press of the Long March")],
        ),
        (
            'Eugene Rumer, "This Bear Hug Is Real," Carnegie Papers 3, no. 2 (2017): 4–5, '
            "https://carnegie.org/bear-hug.",
            [
                citation(
                    ["Eugene Rumer"],
                    "2017",
                    "This Bear Hug Is Real",
                    "Carnegie Papers",
                    "https://carnegie.org/bear-hug",
                )
            ],
        ),
        (
            "Steven Ward, “How Putin’s Desire Matters,” Washington Post, March 6, 2016, "
            "https://www.washingtonpost.com/x.",
            [
                citation(
                    ["Steven Ward"],
                    "2016",
                    "How Putin’s Desire Matters",
                    "Washington Post",
                    "https://www.washingtonpost.com/x",
                )
            ],
        ),
        (
            "Ivan Krastev, Mark Leonard, and Jane Doe, The New European Disorder (London: ECFR, "
            "2014), 3.",
            [
                citation(
                    ["Ivan Krastev", "Mark Leonard", "Jane Doe"],
                    "2014",
                    "The New European Disorder",
                    "ECFR",
                )
            ],
        ),
        # Chicago short notes.
        ("Lo, New World Disorder, 45.", [citation(["Lo"], title="New World Disorder")]),
        ("Rumer, “Bear Hug,” 3.", [citation(["Rumer"], title="Bear Hug")]),
        # APA: "&", initials after the comma, volume and issue, a DOI address, a full date.
        (
            "Smith, J. A., Doe, B., & Roe, C. (2019). Sino-Russian security ties. Survival, 61(2), "
            "33–50. https://doi.org/10.1080/00396338.2019.1589087",
            [
                citation(
                    ["Smith, J. A.", "Doe, B.", "Roe, C."],
                    "2019",
                    "Sino-Russian security ties",
                    "Survival",
                    "https://doi.org/10.1080/00396338.2019.1589087",
                )
            ],
        ),
        (
            "Ward, S. (2016, March 6). How Putin’s desire matters. The Washington Post.",
            [citation(["Ward, S."], "2016", "How Putin’s desire matters", "The Washington Post")],
        ),
        (
            # A remark leading into an article by "in" (a reader of VV's site found it filed as
            # a note citing no work); a remark's own "in London, …" is no work (below)
            'The question is set out in Marlow and Pryde, "Terrace and Tenure", Wendmoor '
            "Journal 38 (2023), pp. 12-41.",
            [citation(["Marlow", "Pryde"], "2023", "Terrace and Tenure", "Wendmoor Journal")],
        ),
        ("It happened in London, Paris and Rome in 2015.", []),
        ("We stayed in London, 'a quiet week', as the diary says.", []),
        ("The phrase was coined by Putin, 'a partnership of convenience', in 2014.", []),
        (
            # MHRA: a title in single marks, curly or typed, and "and others" for "et al."
            # (a reader of UU's site: the typed marks left the title, the venue doubled, and
            # "and others" made the note cite no work)
            "H. Lindqvist and R. Okafor, 'Dissection versus digital anatomy', Journal of "
            "Anatomical Education 19 (2025), 211–29.",
            [
                citation(
                    ["H. Lindqvist", "R. Okafor"],
                    "2025",
                    "Dissection versus digital anatomy",
                    "Journal of Anatomical Education",
                )
            ],
        ),
        (
            "N. Mbeki and others, ‘Variation in colic arterial supply’, Clinical Anatomy "
            "Reports 31 (2024), 58–66.",
            [
                citation(
                    ["N. Mbeki", "et al."],
                    "2024",
                    "Variation in colic arterial supply",
                    "Clinical Anatomy Reports",
                )
            ],
        ),
        # Author–date variants.
        (
            "Smith J. et al. 2019. Sino-Russian security ties. Survival.",
            [citation(["Smith J.", "et al."], "2019", "Sino-Russian security ties", "Survival")],
        ),
        (
            "Lo B. n.d. Russia and the new world disorder. London: Chatham House.",
            [citation(["Lo B."], None, "Russia and the new world disorder", "Chatham House")],
        ),
        (
            "Kortunov. 2016. Is Russia a threat? Foreign affairs.",
            [citation(["Kortunov"], "2016", "Is Russia a threat?", "Foreign affairs")],
        ),
        ("Lo 2015, 12.", [citation(["Lo"], "2015")]),
        (
            "Rumer E. B. 2017. Russia and the U.S. in Asia. Carnegie Endowment. Vol. 3.",
            [
                citation(
                    ["Rumer E. B."], "2017", "Russia and the U.S. in Asia", "Carnegie Endowment"
                )
            ],
        ),
        (
            "Ministry of Foreign Affairs. 2016. Foreign policy concept. Available at: "
            "http://www.mid.ru/x [Accessed 5 May 2017].",
            [
                citation(
                    ["Ministry of Foreign Affairs"],
                    "2016",
                    "Foreign policy concept",
                    url="http://www.mid.ru/x",
                )
            ],
        ),
        # Addresses alone.
        (
            "https://www.mid.ru/en/foreign_policy/-/asset/id/2542248",
            [citation(url="https://www.mid.ru/en/foreign_policy/-/asset/id/2542248")],
        ),
        (
            "Available at: <http://kremlin.ru/news/47173> (accessed May 5, 2017).",
            [citation(url="http://kremlin.ru/news/47173")],
        ),
        (
            "doi:10.1080/00396338.2019.1589087.",
            [citation(url="https://doi.org/10.1080/00396338.2019.1589087")],
        ),
        # Commentary cites nothing; a remark before a work is set aside.
        ("This is the author’s translation from the Russian.", []),
        ("The crisis began in 2014. It has not ended.", []),
        ("Putin, quoted by the press in 2014, said so.", []),
        ("", []),
        (
            "See " + LO,
            [citation(["Lo B."], "2015", "Russia and the new world disorder", "Chatham House")],
        ),
        (
            "For a critical view, see " + LO,
            [citation(["Lo B."], "2015", "Russia and the new world disorder", "Chatham House")],
        ),
        # Ibid., and several works in one note.
        ("Ibid., 45.", [citation(ibid=True)]),
        ("ibidem, p. 12", [citation(ibid=True)]),
        (
            "Ibid.; see also " + LO,
            [
                citation(ibid=True),
                citation(["Lo B."], "2015", "Russia and the new world disorder", "Chatham House"),
            ],
        ),
        (
            LO[:-1] + "; Kortunov. 2016. How not to talk with Russia. ECFR.",
            [
                citation(["Lo B."], "2015", "Russia and the new world disorder", "Chatham House"),
                citation(["Kortunov"], "2016", "How not to talk with Russia", "ECFR"),
            ],
        ),
        # A semicolon that does not part works.
        (
            "Lo B. 2015. Russia; a new world disorder. Chatham House.",
            [citation(["Lo B."], "2015", "Russia; a new world disorder", "Chatham House")],
        ),
        # A report by who issued it, with a month or a place in it, and a remark after it.
        (
            "Homes First Aldermouth, Old Town Listings Count, November 2025. Volunteers counted.",
            [citation(["Homes First Aldermouth"], "2025", "Old Town Listings Count")],
        ),
        (
            "Harbour Traders’ Association, Members’ Survey 2025, question 14. Of 112 members, 37.",
            [citation(["Harbour Traders’ Association"], "2025", "Members’ Survey")],
        ),
        (
            "Pellow & Strand Consulting for Aldermouth Council, Visitor Economy Review 2025, "
            "pp. 12–15.",
            [
                citation(
                    ["Pellow & Strand Consulting for Aldermouth Council"],
                    "2025",
                    "Visitor Economy Review",
                )
            ],
        ),
        # … but two people and a year are authors and a year, as before.
        ("Lo and Smith 2015, p. 12.", [citation(["Lo", "Smith"], "2015")]),
        # A document by who issued it, in the other shapes policy notes take: a title in lower
        # case, a period's years (its end the nearest to the document's), a place in it and no
        # year, a remark after a semicolon; a document named alone, then a place in it.
        (
            "Northmere Offshore Wind, draft scheme, circulated in March 2026.",
            [citation(["Northmere Offshore Wind"], "2026", "draft scheme")],
        ),
        (
            "Coastal Waters Agency, bathing water classifications for Marrowby Bay, 2022 to 2025.",
            [
                citation(
                    ["Coastal Waters Agency"],
                    "2025",
                    "bathing water classifications for Marrowby Bay",
                )
            ],
        ),
        (
            "Calder District Council, Waste and Reuse Statistics 2024–25.",
            [citation(["Calder District Council"], "2024", "Waste and Reuse Statistics 2024–25")],
        ),
        (
            "Brindlecombe Borough Council, Cabinet Report CAB/25/118, paragraph 4.3.",
            [citation(["Brindlecombe Borough Council"], None, "Cabinet Report CAB/25/118")],
        ),
        (
            "Pell Valley School District, Annual Report 2024; applications counted per post.",
            [citation(["Pell Valley School District"], "2024", "Annual Report 2024")],
        ),
        # A year alone after a title is the document's year, not a page (Chicago's short form).
        (
            "Ashby Parish Council, Woodland Burial Ground: Final Accounts, 2020.",
            [citation(["Ashby Parish Council"], "2020", "Woodland Burial Ground: Final Accounts")],
        ),
        (
            "Draft Calverholm Heritage Levy Bylaw, clause 14(2).",
            [citation([], None, "Draft Calverholm Heritage Levy Bylaw")],
        ),
        # `Authors, Title, Year.`: the authors before the title, a body's name one author
        (
            "Harlan & Pryce, Eskerby Greenway Feasibility Study, 2025.",
            [citation(["Harlan", "Pryce"], "2025", "Eskerby Greenway Feasibility Study")],
        ),
        (
            "Dunmere Health and Wellbeing Board, Continence and Isolation in Old Age, 2024.",
            [
                citation(
                    ["Dunmere Health and Wellbeing Board"],
                    "2024",
                    "Continence and Isolation in Old Age",
                )
            ],
        ),
        (
            "Ann Lee and Bo Ma, Toilets in Eleven Towns, Coast Policy Unit Working Paper 14, 2025.",
            [
                citation(
                    ["Ann Lee", "Bo Ma"],
                    "2025",
                    "Toilets in Eleven Towns",
                    "Coast Policy Unit Working Paper 14",
                )
            ],
        ),
        (
            "Northvale Regional Council, Maternity Options Appraisal, Annex C (2026).",
            [citation(["Northvale Regional Council"], "2026", "Maternity Options Appraisal")],
        ),
        (
            "Ashby Borough Council, Swimming Attainment Survey, Key Stage 2 (2025).",
            [
                citation(
                    ["Ashby Borough Council"], "2025", "Swimming Attainment Survey, Key Stage 2"
                )
            ],
        ),
        (
            "Alder District Council and Brent Health Board, Noise Survey Report, 2025.",
            [
                citation(
                    ["Alder District Council", "Brent Health Board"], "2025", "Noise Survey Report"
                )
            ],
        ),
        # … not where the parts may all be names: a list of authors, as before (a review's)
        ("Smith, Jones and Brown, 2021.", [citation(["Smith", "Jones", "Brown"], "2021")]),
        (
            "Helen Marrack, Owen Pascoe and Ruth Ames, 2024.",
            [citation(["Helen Marrack", "Owen Pascoe", "Ruth Ames"], "2024")],
        ),
        (
            "Ames, Da Silva and Van der Berg, 2024.",
            [citation(["Ames", "Da Silva", "Van der Berg"], "2024")],
        ),
        (
            "Ann Baker, Tom Fisher and Sue Hunter, 2021.",  # English surnames
            [citation(["Ann Baker", "Tom Fisher", "Sue Hunter"], "2021")],
        ),
        ("Smith, J., Jones, K., 2021.", [citation(["Smith, J.", "Jones, K."], "2021")]),
        # A standard by its designation: its body the author (a reader's review found IEC
        # 61672-1 among the remarks), a place in it no title
        (
            "IEC 61672-1:2013, Electroacoustics: Sound Level Meters, Part 1: Specifications.",
            [
                citation(
                    ["IEC"],
                    "2013",
                    "IEC 61672-1:2013, Electroacoustics: Sound Level Meters, "
                    "Part 1: Specifications",
                )
            ],
        ),
        (
            "ANSI/ASHRAE Standard 62.1-2019, Ventilation for Acceptable Indoor Air Quality.",
            [
                citation(
                    ["ANSI/ASHRAE"],
                    "2019",
                    "ANSI/ASHRAE Standard 62.1-2019, Ventilation for Acceptable Indoor Air Quality",
                )
            ],
        ),
        ("See BS EN 1317-2:2010, clause 5.2.", [citation(["BS EN"], "2010", "BS EN 1317-2:2010")]),
        ("ASTM E84-21a.", [citation(["ASTM"], None, "ASTM E84-21a")]),
        # … a sentence after it is no title (review 32)
        ("ISO 8601: Dates are written year first.", [citation(["ISO"], None, "ISO 8601")]),
        # … not a remark that names one, nor a word in capitals before a number or a year
        ("IEEE 802.11 is the Wi-Fi standard, which the report ignores.", []),
        ("UL 94, the test the maker chose.", []),
        ("AS 2 cars passed, we counted.", []),
        ("AS 3, Kestrel Street was closed.", []),
        ("CSA 2019, Annual Report.", [citation(["CSA"], "2019", "Annual Report")]),
        # A law by its short title and year: no author (NN's note read "Copyright" and
        # "Related Rights Act" as its authors), a place in it no title
        (
            "Copyright and Related Rights Act 1998, section 41, as amended in 2011.",
            [citation([], "1998", "Copyright and Related Rights Act 1998")],
        ),
        ("Housing Act 1988, s. 21.", [citation([], "1988", "Housing Act 1988")]),
        # A case at law by its parties: no author, its court the venue; a cue before it with
        # its comma ("See, for example,") is no author either (a reader of SS's site saw
        # "See (2022). for example, Deverill v …")
        (
            "See, for example, Deverill v Hallam Vale Hospitals Trust (2022, county court), "
            "where a covert recording was admitted.",
            [citation([], "2022", "Deverill v Hallam Vale Hospitals Trust", "county court")],
        ),
        ("R v Lo [2019] EWCA Civ 12.", [citation([], "2019", "R v Lo")]),
        ("See, e.g., Lo (2019).", [citation(["Lo"], "2019")]),
        ("Planning Act 2008 (c. 29), s. 104.", [citation([], "2008", "Planning Act 2008")]),
        (
            "Land Reform (Scotland) Act 2003.",
            [citation([], "2003", "Land Reform (Scotland) Act 2003")],
        ),
        (
            "Civil Rights Act of 1964, Title VII.",
            [citation([], "1964", "Civil Rights Act of 1964")],
        ),
        (
            "The Water Supply Regulations 2016, reg. 4 (as amended).",
            [citation([], "2016", "The Water Supply Regulations 2016")],
        ),
        # A book's facts in brackets after its title are not the title's ("… Book Buyers (Veld")
        (
            "Kestrian Guild of Literary Translators, Readers and Translators: A Survey of Book "
            "Buyers (Veld, 2024), table 3.",
            [
                citation(
                    ["Kestrian Guild of Literary Translators"],
                    "2024",
                    "Readers and Translators: A Survey of Book Buyers",
                )
            ],
        ),
        # … nor is a figure's thousands separator a segment's end (review 34)
        (
            "Calder District Council, Waste Statistics for 12,000 Households 2024–25.",
            [
                citation(
                    ["Calder District Council"],
                    "2024",
                    "Waste Statistics for 12,000 Households 2024–25",
                )
            ],
        ),
        # A body, then its document's name: no author named "Fixed-Fee Pilot" (PP's note)
        (
            "Vallandry Law Society, Fixed-Fee Pilot 2024: Summary of Results (Carrowmere, "
            "2025), tables 2 and 5.",
            [
                citation(
                    ["Vallandry Law Society"],
                    "2025",
                    "Fixed-Fee Pilot 2024: Summary of Results",
                    "Carrowmere",
                )
            ],
        ),
        (
            "Lorn and Isles Council, Marine Services Annual Report 2025, table 3.",
            [citation(["Lorn and Isles Council"], "2025", "Marine Services Annual Report 2025")],
        ),
        # … not authors and a year, the last named Order (review 34)
        ("Smith and Order 2019, chapter 3.", [citation(["Smith", "Order"], "2019", "chapter 3")]),
        # … not authors and a year before a title about one
        (
            "Smith and Jones 2019, Housing Act reform.",
            [citation(["Smith", "Jones"], "2019", "Housing Act reform")],
        ),
        # … but a remark that opens with a name, a date or a description is no work.
        ("Ann Example, however, argued in 2015 that the fee was too low.", []),
        ("Ostby Town Council, which met in 2024, did not vote.", []),
        ("Figures from the Ostby Town Council budget paper, November 2025, table 4.", []),
        ("The committee agenda was published on 14 January 2026; no notice was given.", []),
        ("Ostby Town Council, budget paper on the greenway.", []),  # no date, no place in it
        # (a review's: a person or place, an apposition, a year; a name, a place in nothing)
        ("Mary Jones, my grandmother, died in 1998.", []),
        ("Bob Smith, a local resident, recalled the flood of 1953.", []),
        ("East Anglia, the driest region, recorded 2019 lows.", []),
        ("The Council, table 4.", []),
        ("Ann Example, Chapter 3.", []),
    ],
)
def test_parser_on_other_styles(note, expected):
    assert parse_note(note) == expected


#: Pieces of notes, so that random notes reach deep into the parser, not only its first test.
NOTE_PIECES = [
    "Lo",
    "B.",
    "Bobo",
    "2015",
    "n.d.",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "“",
    "”",
    '"',
    "’",
    "&",
    "and",
    "et al.",
    "Ibid",
    "See",
    "https://x.org/a.",
    "doi:10.1/x",
    "Available at:",
    "Accessed 5 May 2016",
    "London:",
    "no. 2",
    "45–6",
    "Title",
]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(st.sampled_from(NOTE_PIECES), max_size=25).map(" ".join),
        st.lists(st.sampled_from(NOTE_PIECES), max_size=25).map("".join),
    )
)
def test_parser_never_fails_on_any_text(text):
    assert all(isinstance(c, ParsedCitation) for c in parse_note(text))


# --- Resolving synthetic collections --------------------------------------------------------


def essay(
    essay_id: str,
    notes: dict[str, str | None],
    author: str = "unknown",
    texts: dict[str, str] | None = None,
) -> Essay:
    """An essay whose paragraph pN cites note N; a note of None has no text in the source.
    `texts` adds paragraphs with text and no note."""
    paragraphs = [
        Paragraph(
            f"{essay_id}-p{label}", essay_id, "paragraph", (), "", "text", (label,), None, 1, 1
        )
        for label in notes
    ]
    paragraphs += [
        Paragraph(pid, essay_id, "paragraph", (), "", text, (), None, 1, 1)
        for pid, text in (texts or {}).items()
    ]
    footnotes = {
        label: Footnote(label, "", text or "", missing=text is None)
        for label, text in notes.items()
    }
    return Essay(
        essay_id,
        "Title",
        author,
        "unknown",
        "unknown",
        "unknown",
        "raw",
        "",
        Path(f"{essay_id}.md"),
        [Section(None, None, 2, paragraphs)],
        footnotes,
    )


def resolve_notes(*essays: dict[str, str | None]) -> References:
    return resolve(Collection([essay(f"e{n}", notes) for n, notes in enumerate(essays, 1)]))


def test_one_work_however_and_wherever_it_is_cited():
    references = resolve_notes(
        {"1": LO, "2": "Krastev & Leonard. 2014. The new European disorder. ECFR."},
        {
            "1": "Bobo Lo, Russia and the New World Disorder (London: Chatham House, 2015), 12.",
            "2": "Lo, B. (2015). Russia and the New World Disorder. Chatham House.",
            "3": "Lo, New World Disorder, 45.",
            "4": "Lo 2015, 12.",
            "5": "B. Lo, “Russia and the New World Disorder,” 2015.",
        },
    )
    lo = references.works[1]
    assert lo.id == "lo-2015-russia-and-the-new-world-disorder"
    assert [(c.essay_id, c.label) for c in lo.citations] == [
        ("e1", "1"),
        ("e2", "1"),
        ("e2", "2"),
        ("e2", "3"),
        ("e2", "4"),
        ("e2", "5"),
    ]
    assert len(references.works) == 2


def test_one_work_despite_et_al_case_and_punctuation():
    references = resolve_notes(
        {
            "1": "Smith J., Doe A. and Roe B. 2019. Russia, China, and the West After Crimea. "
            "Survival.",
            "2": "Smith et al. 2019. Russia, China and the west after Crimea. Survival.",
            "3": "Smith, J. (2019). Russia, China & the West after Crimea: A Reckoning. Survival.",
        }
    )
    assert counts(references) == {
        "smith-2019-russia-china-and-the-west-after-crimea-a-reckoning": 3
    }
    work = references.works[0]  # the fullest account: all the authors, the subtitle
    assert work.authors == ("Smith J.", "Doe A.", "Roe B.")
    assert work.title == "Russia, China & the West after Crimea: A Reckoning"


def test_other_year_title_or_author_is_another_work():
    references = resolve_notes(
        {
            "1": "Liik. 2015. How to talk with Russia. ECFR.",
            "2": "Liik. 2015. How not to talk with Russia. ECFR.",
            "3": "Liik. 2016. How to talk with Russia. ECFR.",
            "4": "Kortunov. 2015. How to talk with Russia. ECFR.",
        }
    )
    assert len(references.works) == 4


def test_short_note_matching_several_works_is_an_entry_of_its_own():
    references = resolve_notes(
        {
            "1": "Lo B. 2015. Russia. Chatham House.",
            "2": "Lo B. 2015. China. Chatham House.",
            "3": "Lo 2015, 12.",
        }
    )
    assert sorted(counts(references).values()) == [1, 1, 1]


def test_addresses_alone_are_one_work_when_they_are_one_address():
    references = resolve_notes(
        {
            "1": "https://www.ecfr.eu/paper/",
            "2": "http://ecfr.eu/paper",
            "3": "https://ecfr.eu/other",
        }
    )
    assert counts(references) == {"ecfr-eu-other": 1, "ecfr-eu-paper": 2}


def test_ibid_with_nothing_before_it_is_kept_as_an_entry_of_its_own():
    references = resolve_notes(
        {"1": "Ibid.", "2": LO, "3": None, "4": "Ibid., 3.", "5": "Emphasis added.", "6": "Ibid."}
    )
    ids = [w.id for w in references.works]
    assert ids == [
        "lo-2015-russia-and-the-new-world-disorder",
        "e1-note-1",
        "e1-note-4",
        "e1-note-6",
    ]  # works of which nothing is known come last
    nothing = references.works[1]
    assert (nothing.authors, nothing.year, nothing.title, nothing.url) == ((), None, None, None)
    assert nothing.citations == [Citation("e1", "1", ("e1-p1",), False)]
    assert references.note_work["e1", "4"] == "e1-note-4"


def test_ibid_after_several_works_is_the_last_of_them():
    references = resolve_notes(
        {"1": LO + "; Kortunov. 2016. How not to talk with Russia. ECFR.", "2": "Ibid."}
    )
    assert references.note_work["e1", "2"] == "kortunov-2016-how-not-to-talk-with-russia"


def test_note_citing_several_works_is_a_citation_of_each():
    references = resolve_notes({"1": LO[:-1] + "; Kortunov. 2016. How not to talk. ECFR."})
    assert references.note_work["e1", "1"] == "lo-2015-russia-and-the-new-world-disorder"
    assert [[(c.label, c.paragraph_ids) for c in w.citations] for w in references.works] == [
        [("1", ("e1-p1",))],
        [("1", ("e1-p1",))],
    ]


def test_the_same_work_twice_in_one_note_is_one_citation():
    references = resolve_notes({"1": LO[:-1] + "; Lo 2015, 12."})
    assert counts(references) == {"lo-2015-russia-and-the-new-world-disorder": 1}


def test_commentary_is_listed_not_dropped():
    collection = Collection([essay("e1", {"1": "Emphasis added.", "2": LO, "3": None})])
    references = resolve(collection)
    assert [(r.essay_id, r.label) for r in references.remarks] == [("e1", "1")]
    assert list(references.note_work) == [("e1", "2")]
    assert references.unresolved == [NoteRef("e1", "3", ("e1-p3",))]


def test_address_of_a_link_is_read_from_the_notes_html():
    one = essay("e1", {"1": LO})
    one.footnotes["1"] = Footnote(
        "1", LO + ' <a href="https://x.org/a?b=1&amp;c=2">here</a>', LO + " here"
    )
    assert resolve(Collection([one])).works[0].url == "https://x.org/a?b=1&c=2"


def test_work_ids_are_unique_when_slugs_collide():
    words = "one two three four five six seven eight nine ten"
    references = resolve_notes(
        {"1": f"Lo B. 2015. {words} eleven. X.", "2": f"Lo B. 2015. {words} twelve. X."}
    )
    slug = "lo-2015-" + words.replace(" ", "-")
    assert [w.id for w in references.works] == [slug, slug + "-2"]


# --- Authors of the collection named in its essays ------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("As Eugene Rumer puts it", "Eugene Rumer"),
        ("As Eugene B. Rumer puts it", "Eugene B. Rumer"),
        ("As E. Rumer puts it", "E. Rumer"),
        ("As E.B. Rumer puts it", "E.B. Rumer"),
        ("As Rumer puts it", None),
        ("As Eugenia Rumer puts it", None),
        ("As Eugene Rumerov puts it", None),
    ],
)
def test_mentions_name_the_author_in_full_or_by_initials(text, name):
    collection = Collection(
        [
            essay("rumer", {}, author="Eugene Rumer"),
            essay("other", {}, author="Ann Example and Bo Lo", texts={"other-p1": text}),
            essay("anon", {}, texts={"anon-p1": "Ann Example says, B. Lo too"}),
        ]
    )
    expected = [
        AuthorMention("anon-p1", "other", "Ann Example"),
        AuthorMention("anon-p1", "other", "B. Lo"),
    ]
    if name:
        expected.insert(0, AuthorMention("other-p1", "rumer", name))
    assert resolve(collection).mentions == expected


def test_an_unknown_author_is_nobody_to_mention():
    collection = Collection(
        [essay("anon", {}), essay("other", {}, texts={"other-p1": "An unknown author"})]
    )
    assert resolve(collection).mentions == []


@pytest.mark.parametrize(
    ("html", "lost"),
    [
        ("Krastev &amp; Leonard. 2014. The new European disorder. Available at:", True),
        ("Ward S. 2016. How Putin’s desire matters. Retrieved from: ", True),
        ('Ward S. 2016. Available at: <a href="https://example.org/a">example.org/a</a>', False),
        ("The figures are available at the council offices.", False),
    ],
)
def test_a_note_announcing_an_address_it_does_not_give_is_known(html, lost):
    text = re.sub(r"<[^>]+>", "", html).replace("&amp;", "&")
    assert address_lost(Footnote("1", html, text)) is lost


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # A body's two reports on one main title: their subtitles share no word.
        (
            "Noise Camera Pilot: Twelve-Month Monitoring Report",
            "Noise Camera Pilot: Event Logs, April 2025 to February 2026",
            False,
        ),
        # A note that drops or shortens the subtitle names the same work.
        ("Noise Camera Pilot: Twelve-Month Monitoring Report", "Noise Camera Pilot", True),
        (
            "Noise Camera Pilot: Twelve-Month Monitoring Report",
            "Noise Camera Pilot: Twelve-Month Report",
            True,
        ),
    ],
)
def test_subtitles_tell_two_works_of_one_main_title_apart(first, second, one):
    from synoptic.works import same_work

    council = ("Wendmouth Borough Council",)
    assert same_work(citation(council, "2026", first), citation(council, "2026", second)) is one


def test_works_are_listed_by_surname_and_bodies_by_their_whole_name():
    # A reader's review: "Wendmouth Police" came after "World Health Organization" (by their
    # last words, "police" and "organization"), not after "Wendmouth Borough Council".
    works = [
        citation(["World Health Organization"], "2018", "Environmental Noise Guidelines"),
        citation(["Wendmouth Police"], "2025", "Speeding Complaints"),
        citation(["Ann Zeller"], "2020", "Quiet Streets"),
        citation(["Wendmouth Borough Council"], "2026", "Noise Camera Pilot"),
        citation(["B. Lo"], "2015", "Axis of Convenience"),
        # … but a person whose surname is a body's word too (review 32): by the surname
        citation(["Robert Service"], "2009", "Trotsky"),
        citation(["Eyal Press"], "2021", "Dirty Work"),
        citation(["Oxford University Press"], "2020", "Style Guide"),
    ]
    assert [w.authors[0] for w in sorted(works, key=citation_order)] == [
        "B. Lo",
        "Oxford University Press",
        "Eyal Press",
        "Robert Service",
        "Wendmouth Borough Council",
        "Wendmouth Police",
        "World Health Organization",
        "Ann Zeller",
    ]
