"""Discovered themes: a first draft of `themes.yml` for a collection that has none.

Pure: no MkDocs, no files. `discover(space, collection)` → themes and their exemplars, called
by `align.align` when there is no themes.yml; `python -m synoptic themes suggest` writes them
out for an editor (`suggest.py`).

- **Clusters** (`best_clustering`): the paragraphs of ordinary length are factorised into
  topics by non-negative matrix factorisation, for each k in `DISCOVERY_K`, and the k whose
  grouping has the best silhouette wins (on a sample in a large collection; details in
  `discover`).
- **Placement** (`align.assign` with the clusters): a paragraph is on the theme of its
  cluster, and on another when the rule places it there and it is at least as close to it as
  the least close paragraph of that theme's cluster.
- **Labels** (`Labeller.label`): the two or three phrases that set a cluster apart, as a
  reader would name it and as the essays write it: "Loading bays, bus stops and short-stay
  parking", not "loading · bays · says". A term's strength (`Labeller.strength`) is how much
  more the cluster's paragraphs use it than the others (the difference of the means), counted
  only when two of the cluster's paragraphs use it and twice when two of its essays do (a
  phrase one author repeats in one paragraph names the author, not the theme), times the
  share of its weight that falls inside the cluster (a word spread over every cluster, "far",
  "including", "day", is generic), times its inverse document frequency, zero for terms in
  more paragraphs than the cluster has and than a fifth of all (collection-wide subject
  words, as `points.label_weights` has them). Two-word phrases count `PHRASE_BONUS` times
  more: "traffic evaporation" says what "traffic" does not. The strongest phrases are then
  made as long as the paragraphs always say them (`extended`), joined where they overlap
  (`joined`) and written as the essays write them (`as_written`). A label says what is
  argued: names of places and people (`proper_name`) only where no other phrase is found, no
  `GENERIC` word ("case", "answer"), alone or in a phrase (`Labeller.lone_words`), and only
  what can name a thing: a phrase ending in a noun, a lone noun (`names_a_thing`).
- **Descriptions** (`described`) list the paragraphs placed on a theme by essay short name
  and number ("Ferreira 2024 ¶2, ¶3; Pettifer 2024 ¶8"), so an editor can read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
from lemminflect import getAllLemmas
from scipy.sparse import csr_matrix
from sklearn.decomposition import NMF, TruncatedSVD
from sklearn.metrics import silhouette_score

from .align import Space, centroid, clause_words, strongest_terms
from .model import Collection, Theme, ThemeAssignment
from .names import (
    always_capitalised,
    and_joined,
    bios,
    paragraph_number,
    short_names,
    written_names,
)
from .points import LABEL_MAX_DF, label_weights
from .vectors import unit_rows

#: The numbers of clusters discovery tries, and the seed that makes it deterministic.
DISCOVERY_K = range(2, 9)
#: Silhouettes closer than this are a tie, won by the smaller k (fewer themes read better).
SILHOUETTE_TOLERANCE = 0.01
SEED = 0
#: Paragraphs k is chosen on, at most (a seeded sample beyond, `best_clustering`): the silhouette
#: compares every pair, and at 4,000 paragraphs the seven silhouettes took longer than the
#: factorisations; the seven factorisations of all of them took 5 s.
SILHOUETTE_SAMPLE = 1000
#: How many phrases name a theme (the rest of its distinctive terms are its keywords too).
LABEL_TERMS = 3
#: A two-word phrase weighs this much more than a single word when labelling.
PHRASE_BONUS = 3.0
#: The strongest two-word phrases of a cluster a label is made of, at most.
CANDIDATES = 12
#: A term two essays of the cluster use weighs this much more than one essay's own.
ESSAYS_BONUS = 2.0
#: Words that name no subject in any essay: the words of arguing itself ("case", "answer",
#: "seen", "best"). A label takes none alone, nor a phrase that holds one ("honest answer",
#: "sound like"): the other word then names no subject either, or names it without this one.
GENERIC = frozenset(
    """answer answers argument arguments case cases example examples fact facts idea ideas
    kind lot matter matters ones part point points question questions reason reasons sense sort
    thing things way ways agree disagree believe think know say says said see seen tell tells told
    like want wants make making do does done did doing hold holds held best better worse""".split()
)
#: Words after which a noun stands, and never a verb's form: `said_as_a_noun`.
DETERMINERS = "|".join(
    "a an the this that these those its their his her our your my every each no any some "
    "another much more most less all both either neither whose".split()
)
#: Words after which a verb's form stands (`said_as_a_noun`), and after which its past does.
VERB_CUES = "to|will|would|can|could|should|may|might|must|shall|do|does|did|not|we|they|i|you|who"
PAST_CUES = "|has|have|had|was|were|is|are|be|been|being|he|she|it"
#: … and after which a verb's -s form does ("it makes", "which costs"), not its plural noun.
S_CUES = "it|he|she|which|who|one|what|also|often|always|never|only|still|rarely|usually"
#: Words that open a gerund's object or clause ("without pretending that …", "paying the
#: fee"): a gerund written before them more often than after a determiner is a verb's.
OBJECT_CUES = DETERMINERS + "|them|it|us|him|me|you"
#: Words that alone name no side of a theme, and in a phrase may: sums and shares ("Mossy Lane
#: and million", a reader found; "million pounds"; "cent", of "per cent", whose "per" is a stop
#: word) and "use" ("Use and families", a reader's review; "outdoor use").
VAGUE_ALONE = frozenset(
    "hundred hundreds thousand thousands million millions billion billions percent cent "
    "use uses".split()
)


def discover(
    space: Space, collection: Collection
) -> tuple[list[Theme], dict[str, tuple[str, ...]], list[Theme]]:
    """Themes found by clustering the paragraphs, labelled for a reader; their exemplars; and
    the same themes as they are scored (`align.theme_scores`).

    The themes scored are worded by the cluster's distinctive terms (the difference of the
    centroids, `distinctive_terms`), as discovered themes were labelled before, not by the
    reader's label and the list of paragraphs: the essays' names in that list would draw
    bylines and bios to the theme, and the phrases chosen for a reader would move the theme's
    vector. Scored by the label and list, discovery's pair F1 fell from 0.57 to 0.44
    on the seeds' first reading and from 0.42 to 0.38 on collection B.

    - Only paragraphs of ordinary length are clustered: epigraphs, and paragraphs shorter than
      a third of the collection's median (bylines, bios), have too few words to place a
      cluster, and a paragraph that shares no term with another essay has no place in a theme
      of several. All are still assigned to the themes found, by the same rule as any other.
    - The shared vectors are clustered (see align's docstring): clusters of the full vectors
      follow the authors, not the themes.
    - For each k in `DISCOVERY_K` below the number of paragraphs, the vectors are factorised
      into k topics by non-negative matrix factorisation (`NMF`, the usual topic model for
      TF-IDF), and each paragraph goes to its dominant topic. NMF rather than k-means because
      a paragraph of an essay is a mixture of themes: k-means places it by all of them at
      once, between clusters, while NMF lets each topic be made of the words of one theme.
      On the seed essays it raised discovery's pair F1 from 0.50 to 0.57 and hit@1 from 0.54
      to 0.58 (`scripts/evaluate_alignment.py`).
    - The k whose clustering has the best silhouette under cosine distance wins, measured
      after reducing the vectors by LSA (`TruncatedSVD`) to about √n dimensions: among a few
      dozen paragraphs, distances in the full vocabulary are nearly all alike and the
      silhouette cannot tell a good k from a bad one; in a handful of latent dimensions it
      can. On a few dozen points a difference in silhouette under `SILHOUETTE_TOLERANCE` is
      noise: such ties go to the smaller k. NMF's deterministic initialisation (`nndsvda`)
      and a fixed seed make the result the same on every run. Beyond `SILHOUETTE_SAMPLE`
      paragraphs, k is chosen on a seeded sample and then fitted to all (`best_clustering`).
    - Clusters are numbered in the reading order of their first paragraph (`theme-1`, …), so
      the same input always gives the same ids; each cluster's paragraphs are its exemplars,
      and `align.assign` places them on its theme. The themes' descriptions are written once
      every paragraph is placed (`described`).
    """
    rows = clustered_rows(space, collection)
    labels = best_clustering(space.shared[rows])
    clusters = [
        tuple(space.ids[rows[i]] for i in np.flatnonzero(labels == cluster))
        for cluster in dict.fromkeys(labels)
    ]
    themes: list[Theme] = []
    scored_as: list[Theme] = []
    exemplars: dict[str, tuple[str, ...]] = {}
    labeller = Labeller(space, {pid: collection.paragraphs[pid].text for pid in space.ids})
    for number, members in enumerate(clusters, start=1):
        strength = labeller.strength(members)
        terms = labeller.terms(strength)
        theme = Theme(
            id=f"theme-{number}",
            label=label_of(labeller.label(members, strength), number),
            description="",  # `described`, once the rule has placed the paragraphs
            keywords=terms,
            discovered=True,
        )
        themes.append(theme)
        distinctive = distinctive_terms(space, members)
        # Worded as discovered themes were before readers' labels, so scores did not move.
        scored_as.append(
            Theme(
                id=theme.id,
                label=" · ".join(distinctive[:LABEL_TERMS]),
                description=f"Found by clustering {len(members)} paragraphs; their distinctive "
                f"terms: {', '.join(distinctive)}.",
                keywords=distinctive,
                discovered=True,
            )
        )
        exemplars[theme.id] = members
    return themes, exemplars, scored_as


def clustered_rows(space: Space, collection: Collection) -> list[int]:
    """Rows of the paragraphs to cluster: not epigraphs, not the very short, and not those that
    share no term with another essay (they cannot anchor a theme of several essays)."""
    paragraphs = collection.paragraphs
    words = [paragraphs[pid].words for pid in space.ids]
    shortest = float(np.median(words)) / 3
    left_out = bios(collection)
    shared = np.diff(space.shared.indptr)  # per row, its terms (not a scipy row each: 0.3 s)
    return [
        i
        for i, pid in enumerate(space.ids)
        if words[i] >= shortest
        and "epigraph" not in paragraphs[pid].classes
        and shared[i]
        and pid not in left_out
    ]


def best_clustering(vectors: csr_matrix) -> np.ndarray:
    """Cluster labels of the best k (one cluster if no k can be tried).

    Beyond `SILHOUETTE_SAMPLE` paragraphs, k is chosen on a seeded sample of that many (the
    silhouette was measured on such a sample already), and only the chosen k is then fitted to
    all of them, both on the columns of the terms they use (`used_terms`). At a hundred essays
    (4,000 paragraphs) that took the clustering from 4.9 s to 0.9 s of CPU time, with the same
    k and the same clusters; up to `SILHOUETTE_SAMPLE` paragraphs nothing changes.
    """
    n = vectors.shape[0]
    if n <= SILHOUETTE_SAMPLE:
        return clustering(vectors)[1]
    sample = np.sort(np.random.RandomState(SEED).permutation(n)[:SILHOUETTE_SAMPLE])
    k, _ = clustering(used_terms(vectors[sample]))
    return topics(used_terms(vectors), k) if k else np.zeros(n, dtype=int)


def used_terms(vectors: csr_matrix) -> csr_matrix:
    """The rows without the columns of terms none of them uses. The shared vectors keep a
    column for every term of the collection, and the randomized SVDs of LSA and of NMF's
    initialisation cost in proportion to the columns: at a hundred essays, 122,000 of which
    the paragraphs clustered use 17,800 and a sample of a thousand 12,000."""
    return vectors[:, np.flatnonzero(vectors.getnnz(axis=0))]


def clustering(vectors: csr_matrix) -> tuple[int, np.ndarray]:
    """The k of the best clustering of the rows, and its labels (0 and one cluster if no k
    can be tried)."""
    n, features = vectors.shape
    dimensions = min(round(n**0.5), n - 1, features - 1)
    if dimensions < 1:
        return 0, np.zeros(n, dtype=int)
    reduced = unit_rows(TruncatedSVD(dimensions, random_state=SEED).fit_transform(vectors))
    # No more clusters than there are distinct points, nor topics than terms; and the
    # silhouette cannot judge a clustering of every point on its own, nor one of one cluster.
    distinct = len(np.unique(reduced.round(9), axis=0))
    tried = []
    for k in DISCOVERY_K:
        if k >= distinct or k > features:
            break
        labels = topics(vectors, k)
        if 1 < len(set(labels)) < n:
            # Measured on every row (in the seeded order it always had: the same to the bit).
            quality = silhouette_score(
                reduced, labels, metric="cosine", sample_size=n, random_state=SEED
            )
            tried.append((quality, k, labels))
    if not tried:
        return 0, np.zeros(n, dtype=int)
    best = max(quality for quality, _, _ in tried)
    return next(
        (k, labels) for quality, k, labels in tried if quality >= best - SILHOUETTE_TOLERANCE
    )


def topics(vectors: csr_matrix, k: int) -> np.ndarray:
    """Each row's dominant topic among k found by NMF."""
    factors = NMF(n_components=k, init="nndsvda", max_iter=2000, random_state=SEED)
    return factors.fit_transform(vectors).argmax(axis=1)


def distinctive_terms(space: Space, members: tuple[str, ...]) -> tuple[str, ...]:
    """The terms weighted more in the cluster than outside it, strongest first."""
    inside = set(members)
    others = tuple(pid for pid in space.ids if pid not in inside)
    return strongest_terms(space, centroid(space, members) - centroid(space, others))


@dataclass
class Labeller:
    """What labelling a cluster needs of the whole collection, computed once per discovery:
    every term's total weight, its document frequency and the bonus of phrases, and the
    paragraphs' texts (for three-word phrases and the case the essays write a phrase in)."""

    space: Space
    texts: dict[str, str]  # paragraph id → plain text
    total: np.ndarray = field(init=False)  # per term: its weight summed over all paragraphs
    df: np.ndarray = field(init=False)  # per term: in how many paragraphs it stands
    phrases: np.ndarray = field(init=False)  # per term: `phrase_factors`
    subject: set[str] = field(init=False)  # the terms too common to label (`label_weights`)

    def __post_init__(self) -> None:
        vectors = self.space.vectors
        self.total = np.asarray(vectors.sum(axis=0)).ravel()
        self.df = np.asarray((vectors > 0).sum(axis=0)).ravel()
        weights = label_weights(self.space)
        self.phrases = phrase_factors(self.space, weights)
        self.subject = {str(term) for term, weight in zip(self.space.terms, weights) if weight == 0}

    def strength(self, members: tuple[str, ...]) -> np.ndarray:
        """Per term: how distinctive of the cluster it is (see the module's docstring).
        Sparse throughout: a cluster of a large collection times its vocabulary would not fit
        in memory as a dense matrix."""
        space = self.space
        inside = [space.row(pid) for pid in members]
        rows = space.vectors[inside]
        used = (rows > 0).astype(float)
        # A term two of the cluster's paragraphs use (its only one's, in a cluster of one).
        recurs = np.asarray(used.sum(axis=0)).ravel() >= min(2, len(inside))
        # How many of the cluster's essays use it: said in two essays counts double.
        essays = np.array([space.essays[row] for row in inside])
        spread = sum(
            np.asarray(used[np.flatnonzero(essays == essay)].sum(axis=0)).ravel() > 0
            for essay in dict.fromkeys(essays)
        )
        inside_sum = np.asarray(rows.sum(axis=0)).ravel()
        outside = len(space.ids) - len(inside)
        mean_out = (self.total - inside_sum) / outside if outside else np.zeros_like(inside_sum)
        concentration = np.divide(
            inside_sum, self.total, out=np.zeros_like(self.total), where=self.total > 0
        )
        # Inverse document frequency; zero for the collection's subject words: terms in more
        # paragraphs than the cluster has and than `LABEL_MAX_DF` of all.
        n = len(space.ids)
        weights = np.where(
            self.df <= max(len(inside), LABEL_MAX_DF * n), np.log((1 + n) / (1 + self.df)) + 1, 0.0
        )
        distinct = np.maximum(inside_sum / len(inside) - mean_out, 0.0)
        bonus = np.where(spread >= 2, ESSAYS_BONUS, 1.0)
        return distinct * concentration * weights * self.phrases * recurs * bonus

    def terms(self, strength: np.ndarray) -> tuple[str, ...]:
        """The cluster's distinctive terms, strongest first, as many as
        `align.strongest_terms` gives: its keywords."""
        return strongest_terms(self.space, csr_matrix(strength))

    def label(self, members: tuple[str, ...], strength: np.ndarray) -> tuple[str, ...]:
        """The `LABEL_TERMS` phrases that name the cluster, as its essays write them: of its
        `CANDIDATES` strongest two-word phrases with no `GENERIC` word, the first, each made a
        word longer where the cluster's paragraphs always say it so (`extended`), two that
        overlap joined when the paragraphs say the three words together ("short stay" and
        "stay parking": "short-stay parking"). A proper name ("Lake Tarrow", `proper_name`)
        says where or who, not what is argued: names only where no other phrase is found.
        Single words only where fewer than two phrases are (`lone_words`)."""
        space, terms = self.space, self.space.terms
        positive = np.flatnonzero(strength > 0)
        order = positive[np.argsort(-strength[positive], kind="stable")]
        columns = [i for i in order if " " in terms[i] and GENERIC.isdisjoint(terms[i].split())][
            :CANDIDATES
        ]
        phrases = [str(terms[i]) for i in columns]
        # Only the paragraphs that say one of them are read again.
        inside = [space.row(pid) for pid in members]
        saying = np.asarray(space.vectors[inside][:, columns].sum(axis=1)).ravel() > 0
        holders = [pid for pid, says in zip(members, saying) if says] or list(members)
        said = Said([kept for pid in holders for kept in clause_words(self.texts[pid])], phrases)
        texts = [self.texts[pid] for pid in holders]
        longer = [
            words
            for words in (extended(p, said, self.subject) for p in phrases)
            if words and names_a_thing(words, texts) and not compound_tail(words, texts)
        ]
        # Stable: the common phrases first, strongest first; then the names.
        longer.sort(key=lambda words: proper_name(words, texts, space.names))
        chosen: list[str] = []
        for words in longer:
            chosen = joined(chosen, words, said)
        common = [c for c in chosen if not proper_name(c.split(), texts, space.names)]
        chosen = common or chosen
        chosen += self.lone_words(order, chosen, texts)
        # As the essays write each, run on to the whole name it stands in ("proposed Clean Air
        # Order", not "proposed Clean Air").
        return tuple(written_names(chosen, texts))

    def lone_words(self, order: np.ndarray, chosen: list[str], texts: list[str]) -> list[str]:
        """The single words a label of fewer than two phrases takes, strongest first, none
        `GENERIC` ("Deferred repairs and case"), none but nouns (`names_a_thing`), none shown
        already: two where no phrase is
        found, one beside one phrase, and then no name ("Expedition Prize Committee and
        Colonel"). A reader judged such a word worth its place six times in six ("Provenance
        review and dealers", "Energy prices and transportation"): it names a second side of
        the theme."""
        if len(chosen) >= 2:
            return []
        terms = self.space.terms
        shown = {word for c in chosen for word in c.split()}
        words = [
            i
            for i in order
            if " " not in terms[i]
            and terms[i] not in shown
            and terms[i] not in GENERIC
            and terms[i] not in VAGUE_ALONE
            and names_a_thing([str(terms[i])], texts)
            and not verb_s_form(str(terms[i]))
            and not (chosen and proper_name([str(terms[i])], texts, self.space.names))
        ]
        return [str(terms[i]) for i in words[: 2 - len(chosen)]]


def names_a_thing(words: list[str], texts: list[str]) -> bool:
    """Whether a word or phrase can name a thing argued about ("dealers", "sliding scale"):
    English puts a phrase's noun last, so its last word can be a noun, and its first word is
    not only an adverb. A verb, adverb or adjective names nothing ("Upper valley and sent",
    "Low light and kept", "total instructional", "chiefly family"). A noun by LemmInflect's
    lexicon (the word forms of the NIH SPECIALIST Lexicon), or a word it does not know (a
    compound, a rare noun: "bollards"), or a gerund ("parking", "catering": the lexicon has
    them as verbs only), or the end of a name or title the texts always write with capitals
    ("National Collections Act": the lexicon has "act" as a verb only)."""
    last, first = words[-1], getAllLemmas(words[0])
    readings = getAllLemmas(last)
    noun = not readings or "NOUN" in readings or last.endswith("ing")
    noun = noun and said_as_a_noun(words, readings.get("VERB", ()), texts)
    return (noun or always_capitalised(" ".join(words), texts)) and set(first) != {"ADV"}


def compound_tail(words: list[str], texts: list[str]) -> bool:
    """Whether the texts write the phrase only as the end of a hyphenated word's phrase: "seven
    studies" of "twenty-seven studies" (a reader of UU's site read "… and seven studies" as a
    wrong number; "twenty", a stop word, is no term to extend it by)."""
    phrase = r"\s+".join(map(re.escape, words))
    said = sum(len(re.findall(rf"\b{phrase}\b", t, re.I)) for t in texts)
    tails = sum(len(re.findall(rf"(?<=\w-){phrase}\b", t, re.I)) for t in texts)
    return said > 0 and tails == said


def said_as_a_noun(words: list[str], verb: tuple[str, ...], texts: list[str]) -> bool:
    """Whether the texts use a word that is also a verb's form as a noun, where that is in
    doubt (readers found "Decision fell and median time", "Given and scale" and "Publisher
    and read" naming nothing). A phrase ending in a gerund, plural nouns (`verb_s_form` judges
    a lone one) and a phrase ending in a verb's plain form ("median time") are not in doubt.

    - A phrase ending in a verb's past form the lexicon also lists as a noun ("decision fell",
      "price rose") is a noun's where the texts write it right after a determiner once ("a
      decision fell"): a noun in the singular has one somewhere, a verb's past never.
    - A lone word ("need", "given", "read") is a noun's unless the texts write it after a
      verb's cue ("to", "will", "we"; for a past form "was", "been") more often than after a
      determiner: a mass noun ("consent", "traffic") may stand after neither.
    - A lone gerund ("pretending", "parking") is a noun's unless the texts write it before an
      object ("without pretending that …") more often than after a determiner ("Written
      estimate and pretending", a reader's review of TT's site)."""
    last = words[-1]
    inflected = any(lemma != last for lemma in verb)
    # (a lone verb's -s form is a plural noun's too, "makes", "costs": in doubt, as below)
    s_form = len(words) == 1 and inflected and last.endswith("s") and not last.endswith("ss")
    gerund = last.endswith("ing")
    if not verb or (gerund and len(words) > 1) or (last.endswith("s") and not s_form):
        return True
    if len(words) > 1 and not inflected:
        return True
    phrase = r"\s+".join(map(re.escape, words))
    nouns = sum(len(re.findall(rf"\b(?:{DETERMINERS})\s+{phrase}\b", t, re.I)) for t in texts)
    if gerund:
        objects = sum(len(re.findall(rf"\b{phrase}\s+(?:{OBJECT_CUES})\b", t, re.I)) for t in texts)
        return objects <= nouns
    if len(words) > 1:
        return nouns > 0
    cues = S_CUES if s_form else VERB_CUES + (PAST_CUES if inflected else "")
    verbs = sum(len(re.findall(rf"\b(?:{cues})\s+{phrase}\b", t, re.I)) for t in texts)
    return verbs <= nouns


def labels_a_row(term: str) -> bool:
    """Whether a term may label a row of a discovered theme: a phrase, or a word that is not
    generic (`GENERIC`: "point", "says"), nor vague alone (`VAGUE_ALONE`: "cent", "million",
    "use"), and that can name a thing or say what
    kind (a noun or an adjective to LemmInflect's lexicon, a gerund, or a word it does not
    know), not a verb's form alone ("ask", "written", "followed"). Adjectives stay: a label
    joins its words into the phrase the passages say ("probationary" and "season")."""
    if " " in term:
        return True  # a phrase the passages say ("business case", "hold water")
    if term in GENERIC or term in VAGUE_ALONE:
        return False
    readings = getAllLemmas(term)
    return not readings or bool({"NOUN", "ADJ"} & readings.keys()) or term.endswith("ing")


def verb_s_form(word: str) -> bool:
    """A verb's -s form that the lexicon also lists as a rare noun of its own ("comes"): alone,
    the verb ("Retail park and comes"); in a phrase the noun may be meant ("human remains")."""
    readings = getAllLemmas(word)
    return (
        word.endswith("s")
        and readings.get("VERB", (word,))[0] != word
        and readings.get("NOUN") == (word,)
    )


def proper_name(words: list[str], texts: list[str], names: frozenset[str]) -> bool:
    """Whether a phrase is the name of a place, a person or a body ("Lake Tarrow", "Port
    Ashby", "Yevgeny Primakov"): the texts write it with capitals inside a sentence every time,
    as `align.names_in` tells a name, and it holds a word they never write otherwise (`names`).
    A title made of common words ("National Collections Act") says what kind of thing is at
    stake, and is no name here."""
    return not names.isdisjoint(words) and always_capitalised(" ".join(words), texts)


@dataclass
class Said:
    """What a cluster's paragraphs say, for its label: the three-word phrases in them, and the
    words on either side of each time they say one of some two-word phrases."""

    triples: set[str]
    around: dict[str, list[tuple[str | None, str | None]]]

    def __init__(self, runs: list[list[str | None]], phrases: list[str]) -> None:
        """`runs`: the paragraphs' clauses as `align.clause_words` gives them."""
        self.triples = set()
        self.around = {phrase: [] for phrase in phrases}
        for run in runs:
            padded = [None, *run, None]
            for i in range(1, len(padded) - 2):
                first, second, third = padded[i : i + 3]
                if first and second and third:
                    self.triples.add(f"{first} {second} {third}")
                if f"{first} {second}" in self.around:
                    self.around[f"{first} {second}"].append((padded[i - 1], third))


def extended(phrase: str, said: Said, subject: set[str]) -> list[str] | None:
    """A two-word phrase made a word longer when every time the paragraphs say it, they say
    the same word after it (or else before it): "cooperation organization" → "shanghai
    cooperation organization". None when that longer phrase holds two `subject` words: the
    phrase is then a piece of the collection's subject ("reallocating car", always followed
    by "lanes" in essays on reallocating car lanes) and names no theme."""
    words = phrase.split()
    before, after = ({side[k] for side in said.around.get(phrase, ())} for k in (0, 1))
    for longer, others in ((words + [*after], after), ([*before] + words, before)):
        if len(others) == 1 and None not in others:
            return longer if len(subject.intersection(longer)) < 2 else None
    return words


def joined(chosen: list[str], words: list[str], said: Said) -> list[str]:
    """The label's phrases with the phrase `words` added: in the place of one it contains, or
    of one it overlaps by a word when the paragraphs say the three words together; left out
    when a phrase shown holds it or its words are all shown already, or the label has
    `LABEL_TERMS` phrases."""
    for k, other in enumerate(chosen):
        mine = other.split()
        if within(words, mine):
            return chosen
        for longer in (words, mine + words[1:], words + mine[1:]):
            if (
                within(mine, longer)
                and within(words, longer)
                and (len(longer) == 2 or " ".join(longer) in said.triples)
            ):
                return chosen[:k] + [" ".join(longer)] + chosen[k + 1 :]
    if set(words) <= {word for other in chosen for word in other.split()}:
        return chosen
    return chosen + [" ".join(words)] if len(chosen) < LABEL_TERMS else chosen


def within(words: list[str], run: list[str]) -> bool:
    """Whether the words stand together, in order, in the run."""
    size = len(words)
    return any(run[i : i + size] == words for i in range(len(run) - size + 1))


def phrase_factors(space: Space, weights: np.ndarray) -> np.ndarray:
    """Per term: `PHRASE_BONUS` for a two-word phrase, 1 for a word; 0 for a phrase of the
    collection's subject: one with a word too common to be a term ("Russia relations"), or
    whose words are all too common to label a row of a synopsis ("car lanes", `weights` from
    `points.label_weights`). "Security council" stays: one of its words is distinctive."""
    vocabulary = {str(term) for term in space.terms}
    labelling = {str(term) for term, weight in zip(space.terms, weights) if weight > 0}
    return np.array(
        [
            1.0
            if " " not in term
            else PHRASE_BONUS
            * (set(term.split()) <= vocabulary and bool(set(term.split()) & labelling))
            for term in space.terms
        ]
    )


def label_of(terms: Iterable[str], number: int) -> str:
    """ "Loading bays, short stay and delivery windows": the phrases as a reader names a
    theme (a theme with no distinctive term is "Theme N")."""
    terms = list(terms)
    if not terms:
        return f"Theme {number}"
    text = and_joined(terms)
    return text[0].upper() + text[1:]


def described(
    themes: list[Theme], assignments: dict[str, list[ThemeAssignment]], collection: Collection
) -> list[Theme]:
    """The discovered themes, each described by the paragraphs the rule placed on it (more
    than its cluster gathered: a paragraph may be on several themes)."""
    names = short_names(collection.essays)
    on: dict[str, list[str]] = {theme.id: [] for theme in themes}
    for pid, assigned in assignments.items():
        for a in assigned:
            on[a.theme_id].append(pid)
    return [
        replace(theme, description=f"Gathers {listing(collection, on[theme.id], names)}.")
        for theme in themes
    ]


def listing(collection: Collection, ids: Iterable[str], names: dict[str, str]) -> str:
    """ "Ferreira 2024 ¶2, ¶3; Pettifer 2024 ¶8": paragraphs by essay short name and number,
    in collection order."""
    chosen = set(ids)
    parts = []
    for essay in collection.essays:
        numbers = [f"¶{paragraph_number(p)}" for p in essay.paragraphs if p.id in chosen]
        if numbers:
            parts.append(f"{names[essay.id]} {', '.join(numbers)}")
    return "; ".join(parts) if parts else "no paragraph"
