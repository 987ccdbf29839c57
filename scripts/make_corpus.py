#!/usr/bin/env python3
"""Make a synthetic collection for benchmarks:
`scripts/make_corpus.py N M OUT [--ingest] [--themes]`.

N raw essays of M paragraphs each, in the shape of the seed texts (`sources/raw/`): a title, a
"by" line and a date, paragraphs separated by blank lines with Title Case section headings,
`[n]` footnote markers in the text and the notes at the end in author–date style (some of them
"Ibid."), and now and then the name of another essay's author in the text.

Paragraphs are drawn from a few latent topics, each a vocabulary of its own, mixed into common
words, so that an aligner has real structure to find: each essay leans on two or three topics,
and paragraphs on one topic share words across essays. Everything comes from a seeded random
generator: the same arguments always give the same bytes.

OUT gets `raw/*.txt`. With `--ingest` it also gets `essays/*.md`, made by the project's own
ingest (as `scripts/ingest.py` makes them), so that OUT can serve as a project's `sources/`;
with `--themes` also a `themes.yml` naming the topics (without it, themes are discovered).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "plugins"))

#: The latent topics: id → (label, words). Words are what a passage on the topic says.
TOPICS = {
    "energy": (
        "Energy and pipelines",
        """pipeline gas oil export contract gazprom rosneft
        pricing reserves siberia refinery tanker supply demand buyer seller discount lng
        terminal field drilling volumes barrels market revenue power siberia""".split(),
    ),
    "security": (
        "Military and security ties",
        """military exercises arms sales weapons
        missile defense submarine navy drills fighter jets technology transfer deterrence
        doctrine alliance troops border garrison bomber patrols interoperability""".split(),
    ),
    "asia": (
        "Central Asia and connectivity",
        """central asia kazakhstan kyrgyzstan corridor
        railway belt road silk eurasian union integration customs infrastructure loans
        investment transit caspian uzbekistan ports logistics""".split(),
    ),
    "regime": (
        "Regime and domestic politics",
        """regime elite kremlin protests opposition
        legitimacy stability sovereignty revolution conservatism ideology propaganda
        repression elections oligarchs siloviki succession nationalism""".split(),
    ),
    "order": (
        "World order and the West",
        """multipolar order hegemony unilateralism
        sanctions western institutions norms liberal america europe nato expansion
        multilateral veto council brics summit coalition""".split(),
    ),
    "economy": (
        "Trade and finance",
        """trade turnover yuan rouble currency banks payments
        swap reserves investment tariffs manufacturing machinery imports exports surplus
        deficit credit bonds dedollarisation""".split(),
    ),
}
#: Words any paragraph may use, whatever its topic.
COMMON = """relations partnership policy interests cooperation strategy leaders officials
    analysts decade period question approach balance influence power position role
    development change pressure prospects limits conditions moment view argument""".split()
GLUE = [
    "the",
    "of",
    "and",
    "in",
    "to",
    "a",
    "with",
    "for",
    "on",
    "that",
    "as",
    "by",
    "which",
    "is",
    "was",
    "has",
    "have",
    "will",
    "more",
    "its",
    "their",
    "between",
    "over",
]
GIVEN = """Anna Boris Chen Dmitri Elena Fiona Grigory Hana Ivan Julia Kirill Lena Mikhail Nadia
    Oleg Pavel Qing Rosa Sergei Tatiana Umar Vera Wei Xenia Yuri Zoya""".split()
SURNAMES = """Abramov Belova Carlsen Dawson Egorov Fischer Gordon Hartley Ivanova Jensen Kovacs
    Lindqvist Morozov Novak Ortega Petrova Quinn Rossi Sokolov Tanaka Ulyanov Volkov Walsh
    Xu Yakovlev Zhang""".split()
VENUES = [
    "Foreign affairs",
    "Survival",
    "International affairs",
    "Carnegie Endowment",
    "Europe-Asia studies",
    "Asia policy",
    "Russian analytical digest",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
#: Paragraphs per section; a heading opens each section after the first.
SECTION = 8
SEED = 13
#: Made-up words added to each topic, to the common words and to each author's own: a real
#: collection's vocabulary runs to tens of thousands of terms, and the cost of alignment grows
#: with it. Words are drawn by Zipf's law (the k-th most frequent with weight 1/k).
TOPIC_EXTRA, COMMON_EXTRA, OWN_WORDS = 1500, 3000, 150
SYLLABLES = (
    "ba be bi bo ca co da de di do fa fe ga go ha ka ke ki ko la le li lo ma me mi mo "
    "na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zo"
).split()


class Vocabulary:
    """Words drawn by Zipf's law, the given words most frequent."""

    def __init__(self, words: list[str]):
        self.words = words
        self.cumulative = list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self.cumulative)[0]


def made_up(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """`count` new pronounceable words of two to four syllables, none in `taken`."""
    words: list[str] = []
    while len(words) < count:
        word = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4)))
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


def vocabularies() -> tuple[dict[str, Vocabulary], Vocabulary, random.Random, set[str]]:
    """Per topic and common vocabularies; the generator and the words taken, for authors'."""
    rng = random.Random(SEED)
    taken = {w for _, words in TOPICS.values() for w in words} | set(COMMON) | set(GLUE)
    topics = {
        topic: Vocabulary(words + made_up(rng, TOPIC_EXTRA, taken))
        for topic, (_, words) in TOPICS.items()
    }
    return topics, Vocabulary(COMMON + made_up(rng, COMMON_EXTRA, taken)), rng, taken


def author_of(number: int) -> str:
    """The author of essay `number`: distinct across the first 676 essays (given names cycle,
    and the surname shifts by one each cycle)."""
    given, cycle = number % len(GIVEN), number // len(GIVEN)
    return f"{GIVEN[given]} {SURNAMES[(7 * given + cycle) % len(SURNAMES)]}"


def essay_id(number: int) -> str:
    return f"{author_of(number).split()[1].lower()}-{number + 1:03d}"


def sentence(
    rng: random.Random,
    topic: Vocabulary,
    common: Vocabulary,
    own: list[str],
    mention: str | None = None,
) -> str:
    """One sentence on a topic: mostly its words, then common words and the author's own,
    with glue between them."""
    words = []
    for _ in range(rng.randint(9, 18)):
        draw = rng.random()
        word = (
            topic.draw(rng) if draw < 0.5 else common.draw(rng) if draw < 0.9 else rng.choice(own)
        )
        words += [rng.choice(GLUE), word] if rng.random() < 0.5 else [word]
    text = " ".join(words)
    if mention:
        text = f"as {mention} argues, {text}"
    return text[0].upper() + text[1:] + "."


def note(rng: random.Random, previous: str | None) -> str:
    """A footnote in author–date style, or Ibid. after another note."""
    if previous and rng.random() < 0.15:
        return "Ibid."
    surname = rng.choice(SURNAMES)
    topic = rng.choice(list(TOPICS))
    title = " ".join(rng.sample(TOPICS[topic][1], 4))
    return (
        f"{surname} {rng.choice(GIVEN)[0]}. {rng.randint(1995, 2024)}. "
        f"{title.capitalize()}. {rng.choice(VENUES)}."
    )


def make_essay(
    number: int,
    total: int,
    paragraphs: int,
    topic_words: dict[str, Vocabulary],
    common: Vocabulary,
    own: list[str],
) -> str:
    """The raw text of essay `number` of `total`."""
    rng = random.Random(f"{SEED}-{number}")
    topics = rng.sample(list(TOPICS), 3)
    title = f"{TOPICS[topics[0]][0]} after {2000 + number % 25}"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {2010 + number % 15}"
    lines = [title, "", f"by {author_of(number)}", date, ""]
    notes: list[str] = []
    for index in range(paragraphs):
        if index and index % SECTION == 0:
            heading = TOPICS[rng.choice(topics)][0]
            lines += [f"{heading} {index // SECTION}", ""]
        topic = rng.choices(topics, weights=(5, 3, 2))[0]
        mention = (
            author_of((number + 1) % total) if total > 1 and index == paragraphs // 2 else None
        )
        text = " ".join(
            sentence(rng, topic_words[topic], common, own, mention if n == 0 else None)
            for n in range(rng.randint(3, 6))
        )
        if rng.random() < 0.4:
            notes.append(note(rng, notes[-1] if notes else None))
            text += f"[{len(notes)}]"
        lines += [text, ""]
    lines += [f"[{n}] {text}" for n, text in enumerate(notes, start=1)]
    return "\n".join(lines) + "\n"


def themes_yml(ids: list[str]) -> str:
    """A themes.yml naming the latent topics (no pins: the aligner finds the paragraphs)."""
    out = ["themes:"]
    for topic, (label, words) in TOPICS.items():
        out += [
            f"  - id: {topic}",
            f"    label: {label}",
            f"    description: What the essays say on {label.lower()}.",
            f"    keywords: [{', '.join(words[:8])}]",
        ]
    return "\n".join(out) + "\n"


def make_corpus(
    essays: int, paragraphs: int, out: Path, ingest: bool = False, themes: bool = False
) -> list[str]:
    """Write the corpus into `out`; returns the essay ids in order."""
    ids = [essay_id(n) for n in range(essays)]
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    topic_words, common, rng, taken = vocabularies()
    for number, eid in enumerate(ids):
        text = make_essay(
            number, essays, paragraphs, topic_words, common, made_up(rng, OWN_WORDS, taken)
        )
        (raw / f"{eid}.txt").write_text(text, encoding="utf-8")
    if ingest:
        from synoptic.ingest import ingest_file

        (out / "essays").mkdir(exist_ok=True)
        (out / "annotations").mkdir(exist_ok=True)
        for eid in ids:
            edition = ingest_file(raw / f"{eid}.txt", eid).markdown  # without the report
            (out / "essays" / f"{eid}.md").write_text(edition, encoding="utf-8")
    if themes:
        (out / "themes.yml").write_text(themes_yml(ids), encoding="utf-8")
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("essays", type=int, help="number of essays (N)")
    parser.add_argument("paragraphs", type=int, help="paragraphs per essay (M)")
    parser.add_argument("out", type=Path, help="folder to write raw/ (and essays/) into")
    parser.add_argument("--ingest", action="store_true", help="also write the editions")
    parser.add_argument("--themes", action="store_true", help="also write a themes.yml")
    args = parser.parse_args(argv)
    ids = make_corpus(args.essays, args.paragraphs, args.out, args.ingest, args.themes)
    print(f"wrote {len(ids)} essays into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
