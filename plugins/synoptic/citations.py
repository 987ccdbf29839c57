"""Footnotes → cited works: parse every note, resolve Ibid., merge the notes that cite one work.

Pure: reads a `Collection`, returns `References`; knows nothing of MkDocs or of rendering. How
one note is read is `notes`; when two citations are one work, `works`; who of the collection's
authors its essays name, `mentions`.

Notes that cite nothing (commentary) are not in `References.note_work`; `References.remarks`
lists them so that none is lost without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .mentions import find_mentions
from .model import Citation, Collection, Essay, NoteRef, References, Work
from .names import unique_slug
from .notes import ParsedCitation, note_text, parse_note
from .works import citation_order, first_surname, id_text, merge, same_work, url_key

#: What a work shares with every citation of it that `same_work` accepts (`index_keys`).
IndexKey = tuple[str, str | None]


@dataclass(eq=False)  # each one a work of its own, hashed by identity
class CitedWork:
    """A work being gathered: what each note citing it says, and those notes."""

    parsed: list[ParsedCitation] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    account: ParsedCitation = field(default_factory=ParsedCitation)  # merge(parsed)
    work_id: str = ""  # set once all works are known (ids depend on their order)
    keys: tuple[IndexKey, ...] = ()  # index_keys(account), where `Gathered` files it

    def add(self, parsed: ParsedCitation, citation: Citation) -> None:
        self.parsed.append(parsed)
        self.account = merge(self.parsed)
        if not self.citations or self.citations[-1] != citation:  # "Lo 2015; Lo 2015, 12"
            self.citations.append(citation)


def index_keys(citation: ParsedCitation) -> tuple[IndexKey, ...]:
    """What a work matching `citation` shares with it, by `same_work`: the first surname, or,
    when both give an address, the address."""
    surname = ("surname", first_surname(citation))
    return (surname, ("url", url_key(citation.url))) if citation.url else (surname,)


@dataclass
class Gathered:
    """The works gathered so far, filed by `index_keys`: a citation is compared with the few
    works it could be, not with every work of the collection (which grew with its square)."""

    works: list[CitedWork] = field(default_factory=list)
    index: dict[IndexKey, dict[CitedWork, None]] = field(default_factory=dict)

    def matching(self, parsed: ParsedCitation) -> list[CitedWork]:
        candidates = dict.fromkeys(
            work for key in index_keys(parsed) for work in self.index.get(key, ())
        )
        return [work for work in candidates if same_work(work.account, parsed)]

    def new(self) -> CitedWork:
        self.works.append(CitedWork())
        return self.works[-1]

    def add(self, work: CitedWork, parsed: ParsedCitation, citation: Citation) -> None:
        """`work.add`, refiled: the merged account may name more authors or an address."""
        work.add(parsed, citation)
        for key in work.keys:
            del self.index[key][work]
        work.keys = index_keys(work.account)
        for key in work.keys:
            self.index.setdefault(key, {})[work] = None


def resolve(collection: Collection) -> References:
    """Every note of every essay resolved to the work it cites, works merged across essays."""
    gathered = Gathered()
    note_work: dict[tuple[str, str], CitedWork] = {}
    unresolved: list[NoteRef] = []
    remarks: list[NoteRef] = []
    for essay in collection.essays:
        citing = citing_paragraphs(essay)
        previous: list[CitedWork] = []  # the works of the previous note, for Ibid.
        for label, footnote in essay.footnotes.items():
            if footnote.missing:
                unresolved.append(NoteRef(essay.id, label, citing.get(label, ())))
                previous = []
                continue
            current = []
            for parsed in parse_note(note_text(footnote)):
                work, ibid = place(parsed, previous, gathered)
                gathered.add(work, parsed, Citation(essay.id, label, citing.get(label, ()), ibid))
                current.append(work)
            if current:
                note_work[essay.id, label] = current[0]
            else:
                remarks.append(NoteRef(essay.id, label, citing.get(label, ())))
            previous = current
    works = make_works(gathered.works)
    return References(
        works=works,
        note_work={key: cited.work_id for key, cited in note_work.items()},
        unresolved=unresolved,
        mentions=find_mentions(collection),
        remarks=remarks,
    )


def place(
    parsed: ParsedCitation, previous: list[CitedWork], gathered: Gathered
) -> tuple[CitedWork, bool]:
    """The work a citation belongs to, and whether it was found as Ibid.

    Ibid. is the previous note's work (its last, if it cites several); with no previous work
    (first note, or after a missing or commentary note) it is kept as an entry of its own.
    Otherwise the one gathered work it matches, or a new one when it matches none or, being
    too short to tell, several.
    """
    if parsed.ibid and previous:
        return previous[-1], True
    matches = [] if parsed.ibid else gathered.matching(parsed)
    if len(matches) == 1:
        return matches[0], False
    return gathered.new(), False


def citing_paragraphs(essay: Essay) -> dict[str, tuple[str, ...]]:
    """Footnote label → ids of the paragraphs whose text cites it."""
    citing: dict[str, tuple[str, ...]] = {}
    for paragraph in essay.paragraphs:
        for label in dict.fromkeys(paragraph.footnotes):
            citing[label] = citing.get(label, ()) + (paragraph.id,)
    return citing


def make_works(gathered: list[CitedWork]) -> list[Work]:
    """The works, sorted, each given an id unique in the collection (and `work_id` set).

    Ids are handed out in sorted order, so a collision takes -2, -3 … in that order and does
    not depend on which essay cited the work first.
    """
    taken: set[str] = set()
    works = []
    # sorted() is stable: works that sort alike stay in the order they were first cited.
    for cited in sorted(gathered, key=lambda c: citation_order(c.account)):
        m = cited.account
        cited.work_id = unique_slug(id_text(m, cited.citations[0]), taken)
        works.append(
            Work(
                id=cited.work_id,
                authors=m.authors,
                year=m.year,
                title=m.title,
                venue=m.venue,
                url=m.url,
                citations=list(cited.citations),
            )
        )
    return works
