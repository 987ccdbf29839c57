"""Discovered themes: labels a reader understands, how paragraphs are placed on them,
`themes suggest` and its round trip, nearest passages and faint answers in discovery mode, and
the bar of issue 12 (discovery beats both baselines on both metrics)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import yaml
from scipy.sparse import csr_matrix
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from synoptic import counterparts
from synoptic.__main__ import main
from synoptic.align import WORD, align, assign, clause_words, make_space, theme_scores
from synoptic.discovery import (
    GENERIC,
    LABEL_TERMS,
    Labeller,
    Said,
    bios,
    compound_tail,
    discover,
    extended,
    joined,
    labels_a_row,
    names_a_thing,
    proper_name,
    verb_s_form,
)
from synoptic.evaluate import nearest_neighbours, parse_gold, score_alignment, two_way
from synoptic.load import load_collection
from synoptic.model import Alignment, RelatedPassage, Theme, ThemeAssignment
from synoptic.names import as_written
from synoptic.suggest import suggest_themes
from synoptic.themes import load_themes

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
COLLECTION_B = DATA / "collection_b"


@pytest.fixture(scope="module")
def collection_b():
    collection, problems = load_collection(COLLECTION_B / "essays")
    assert not problems
    return collection


@pytest.fixture(scope="module")
def discovered_b(collection_b):
    return align(collection_b, None)


def test_labels_are_phrases_not_subject_words(discovered_b):
    labels = [theme.label for theme in discovered_b.themes]
    assert any("loading bays" in label.lower() for label in labels), labels
    # Two overlapping phrases joined, as the essays write them.
    assert any("short-stay parking" in label for label in labels), labels
    for theme in discovered_b.themes:
        assert theme.label[0].isupper()
        assert 1 <= len(theme.label.split(", ")) <= 2  # "A, B and C" or "A and B" or "A"
        # At least one phrase names every theme; the subject of every essay names none.
        assert " " in theme.label
        assert "car lanes" not in theme.label.lower() and "bus lanes" not in theme.label.lower()
    phrases = [k for theme in discovered_b.themes for k in theme.keywords if " " in k]
    assert len(phrases) >= len(discovered_b.themes)  # phrases come first where there are any


@pytest.mark.parametrize(
    "sources, shown, not_shown",
    [
        # Two phrases joined, hyphen kept; the names (Security Council, the Shanghai
        # Cooperation Organization) give way to the phrases that say what is argued.
        (ROOT / "sources", ["post-Soviet space"], ["Security Council", "Shanghai"]),
        # Extended and capitalised: a title of common words, not a name.
        (DATA / "collection_f", ["National Collections Act"], ["Colonel Harrow Pike"]),
        # "Lake Tarrow, drought surcharge and reservoir level": where, then what.
        (DATA / "collection_e", ["Drought surcharge"], ["Lake Tarrow", "Calder Basin"]),
    ],
)
def test_labels_say_what_is_argued_as_the_essays_spell_it(sources, shown, not_shown):
    collection, _ = load_collection(sources / "essays")
    themes = align(collection, None).themes
    labels = " | ".join(theme.label for theme in themes)
    assert all(phrase in labels for phrase in shown), labels
    assert not any(phrase in labels for phrase in not_shown), labels
    texts = [p.text for p in collection.paragraphs.values()]
    names = make_space(collection).names
    for theme in themes:
        parts = re.split(r", | and ", theme.label)
        words = {word for part in parts for word in WORD.findall(part.lower())}
        assert GENERIC.isdisjoint(words), theme.label
        named = [proper_name(WORD.findall(part.lower()), texts, names) for part in parts]
        assert all(named) or not any(named), theme.label  # names only when nothing else


@pytest.mark.parametrize(
    "phrase, texts, names, name",
    [
        # Capitalised inside a sentence every time, and holding a word never written otherwise.
        (
            "lake tarrow",
            ["The level of Lake Tarrow fell.", "Then the lake rose."],
            {"tarrow"},
            True,
        ),
        ("yevgeny primakov", ["as Yevgeny Primakov said"], {"yevgeny", "primakov"}, True),
        # Once in lower case: not a name.
        ("port ashby", ["in Port Ashby", "the port ashby pilot"], {"ashby"}, False),
        # Never inside a sentence: nothing tells.
        ("port ashby", ["Port Ashby rose."], {"ashby"}, False),
        # A title of common words says what kind of thing is at stake.
        ("collections act", ["under the National Collections Act"], set(), False),
        # Common words: no name.
        ("drought surcharge", ["the drought surcharge"], set(), False),
    ],
)
def test_proper_name(phrase, texts, names, name):
    assert proper_name(phrase.split(), texts, frozenset(names)) is name


LONE = np.array(
    ["deferred repairs", "case", "pipes", "deferred", "bollards", "answer", "scheme", "million"]
)


@pytest.mark.parametrize(
    "strength, chosen, words",
    [
        # Beside a phrase, the strongest word; never a generic one ("Deferred repairs and
        # case"), nor one the phrase shows, nor a name.
        ([0.9, 1.5, 0.4, 2.0, 0.8, 0, 0, 0], ["deferred repairs"], ["pipes"]),
        # No phrase: the two strongest words, a name among them, the generic left out.
        ([0, 0, 0, 0, 0.4, 0.35, 0.3, 0], [], ["bollards", "scheme"]),
        # Two phrases: no word.
        ([0.9, 0.5, 2.0, 0, 0, 0, 0, 0], ["deferred repairs", "bus stops"], []),
        # A sum's word alone names no side of a theme ("Mossy Lane and million").
        ([0, 0, 0.4, 0, 0, 0, 0, 0.9], ["mossy lane"], ["pipes"]),
    ],
)
def test_lone_words(strength, chosen, words):
    strength = np.array(strength, dtype=float)
    order = np.argsort(-strength, kind="stable")
    order = order[strength[order] > 0]
    labeller = SimpleNamespace(space=SimpleNamespace(terms=LONE, names=frozenset({"bollards"})))
    texts = ["They met at Bollards on the quay, and Bollards stayed shut."]  # a name
    assert Labeller.lone_words(labeller, order, chosen, texts) == words


@pytest.mark.parametrize(
    "words, texts, thing",
    [
        (["scheme"], [], True),
        (["dealers"], [], True),
        (["bollards"], [], True),  # unknown to the lexicon: may be a noun
        (["sent"], [], False),  # a verb alone
        (["human", "remains"], [], True),  # a noun, though also a verb's -s form
        (["kept"], [], False),
        (["chiefly"], [], False),  # an adverb
        (["sliding", "scale"], [], True),
        (["total", "instructional"], [], False),  # the phrase's last word is no noun
        (["chiefly", "family"], [], False),  # nor is an adverb its first
        (["short", "stay", "parking"], [], True),  # a gerund names an activity
        # A title the texts always write with capitals, though "act" is no noun to the lexicon.
        (["national", "collections", "act"], ["under the National Collections Act"], True),
        (["national", "collections", "act"], ["we must act"], False),
        # A verb's past the lexicon also lists as a noun, named only after a determiner.
        (["decision", "fell"], ["Time to first decision fell by fourteen days."], False),
        (["second", "crew"], ["A second crew would cost more."], True),  # "crow"'s past too
        (["median", "time"], ["Median time fell."], True),  # a verb's plain form: no doubt
        # A lone word a verb may be: a noun's unless the verb's cues outnumber determiners.
        (["read"], ["Editors read each report; we read them twice."], False),
        (["read"], ["The read took an hour."], True),
        (["given"], ["Reviewers are given a fee, given the scale."], False),
        (["consent"], ["Planning consent was refused."], True),  # a mass noun, after neither
        (["need"], ["We need reviewers; they need time; the need is plain."], False),
        # … and a lone verb's -s form a plural noun's too: a noun's unless it follows its subject
        # ("Conversation and makes", a reader of SS's site; OO's "Needs and policy")
        (["makes"], ["It makes me careful; it makes the talk stiff."], False),
        (["needs"], ["The hospital needs a policy; it needs one soon."], False),
        (["costs"], ["The costs fall on the trust; its costs rise."], True),
        (["remains"], [], True),  # (no text: not in doubt)
        # … and a lone gerund a verb's where it takes an object more often than a determiner
        # ("Written estimate and pretending", a reader of TT's site: "without pretending that")
        (
            ["pretending"],
            ["They publish a range without pretending that all cats are alike."],
            False,
        ),
        (["parking"], ["The parking is full; parking the car costs more."], True),
        (["parking"], [], True),  # (no text: a noun to readers, as "short stay parking")
    ],
)
def test_names_a_thing(words, texts, thing):
    assert names_a_thing(words, texts) is thing


@pytest.mark.parametrize(
    "words, texts, tail",
    [
        # (a reader of UU's site: "seven studies" of "twenty-seven studies", a wrong number)
        (["seven", "studies"], ["None of the twenty-seven studies followed them."], True),
        (["water", "swimming"], ["Open-water swimming; open-water swimming again."], True),
        (["seven", "studies"], ["Of twenty-seven studies, seven studies used MCQs."], False),
        (["heat", "pumps"], ["Air-source heat pumps are cheap."], False),  # no hyphen before
        (["seven", "studies"], [], False),
    ],
)
def test_a_phrase_written_only_as_a_hyphenated_words_tail_names_nothing(words, texts, tail):
    assert compound_tail(words, texts) is tail


@pytest.mark.parametrize(
    "word, verb",
    [
        ("comes", True),  # alone, the verb, though the lexicon has a noun "comes"
        ("remains", True),
        ("plots", False),  # a plural noun
        ("crew", False),  # a noun, though also a verb's past ("crow")
        ("fees", False),
    ],
)
def test_verb_s_form(word, verb):
    assert verb_s_form(word) is verb


@pytest.mark.parametrize(
    ("term", "labels"),
    [
        ("ask", False),  # a verb alone: filler in a row's label (a reader's review)
        ("written", False),
        ("point", False),  # generic
        ("tenure", True),
        ("probationary", True),  # an adjective: joined into "probationary season"
        ("parking", True),  # a gerund
        ("bollards", True),  # a word the lexicon does not know
        ("hold water", True),  # a phrase the passages say
        # vague alone, as theme labels take them: "cent" of "per cent", a sum, "use"
        ("cent", False),
        ("million", False),
        ("use", False),
        ("million pounds", True),
        ("outdoor use", True),
    ],
)
def test_what_may_label_a_discovered_theme_s_row(term: str, labels: bool) -> None:
    assert labels_a_row(term) is labels


def test_an_auxiliary_verb_is_no_word_of_a_label():
    # "does" is a noun too to the lexicon (does and stags): collection N's "Fellbridge does and
    # meeting" read "What Fellbridge does" as a thing argued.
    collection, _ = load_collection(DATA / "collection_n" / "essays")
    labels = [theme.label for theme in align(collection, None).themes]
    assert not any("does" in WORD.findall(label.lower()) for label in labels), labels


def test_a_verb_is_no_lone_word_of_a_label():
    terms = np.array(["upper valley", "sent", "public"])
    labeller = SimpleNamespace(space=SimpleNamespace(terms=terms, names=frozenset()))
    order = np.array([0, 1, 2])
    words = Labeller.lone_words(labeller, order, ["upper valley"], ["Bills were sent out."])
    assert words == ["public"]


@pytest.mark.parametrize(
    "term, texts, written",
    [
        ("security council", ["Russia sits on the Security Council."], "Security Council"),
        # Only at a sentence's start, but every word capitalised: a name.
        (
            "northvale regional council",
            ["Northvale Regional Council has asked."],
            "Northvale Regional Council",
        ),
        # One word at a sentence's start tells nothing.
        ("northvale", ["Northvale has asked."], "northvale"),
        # … but a name's initial ends no sentence (the seeds' "Eugene B. Rumer" labelled a row
        # "rumer")
        ("rumer", ["As Eugene B. Rumer puts it."], "Rumer"),
        ("post soviet", ["In the post-Soviet space; post-Soviet states."], "post-Soviet"),
        ("russia natural", ["China is Russia’s natural ally."], "Russia’s natural"),
        # A sentence's first word is capitalised for the sentence, not for the phrase.
        ("loading bays", ["Loading bays matter. So do loading bays."], "loading bays"),
        ("loading bays", ["Loading bays matter."], "loading bays"),
        # Only at a sentence's start, some words capitalised: as written there, the first word
        # as the texts write it inside a sentence (a reader of WW's site read "Ruth calder
        # survey"), else with its capital beside another's, else in lower case.
        (
            "ruth calder survey",
            ["Ruth Calder's survey shows it.", "We read Dr Ruth Calder's notes."],
            "Ruth Calder's survey",
        ),
        ("russian chinese", ["Russian-Chinese ties grew."], "Russian-Chinese"),
        ("stone pitching", ["Stone pitching costs money."], "stone pitching"),
        # Words a clause break parts are no phrase ("oil. Pipeline").
        ("oil pipeline", ["They sell oil. Pipeline politics follow."], "oil pipeline"),
        ("gas price", ["the (gas) price"], "gas price"),
        ("united states", ["The U.S. objects."], "united states"),  # not as written: as read
        ("star wars", ["a *[Star](x) Wars* (.+?) plan"], "star wars"),
        # Hostile text: nothing but the words, spaces, hyphens and apostrophes is taken.
        ("security council", ["the Security</b><b>Council"], "security council"),
        ("security council", ["the Security\u2028\tCouncil met"], "Security Council"),
        ("security council", ["the Security-’-Council met"], "Security-’-Council"),
    ],
)
def test_as_written(term, texts, written):
    assert as_written(term, texts) == written


def runs(*texts: str) -> list[list[str | None]]:
    return [kept for text in texts for kept in clause_words(text)]


@pytest.mark.parametrize(
    "phrase, texts, longer",
    [
        # Always followed by the same word: one word longer.
        (
            "genuine strategic",
            ["A genuine strategic partnership.", "Not a genuine strategic partnership yet."],
            ["genuine", "strategic", "partnership"],
        ),
        # Else always preceded by the same word.
        (
            "cooperation organization",
            ["The Shanghai Cooperation Organization.", "In the Shanghai Cooperation Organization"],
            ["shanghai", "cooperation", "organization"],
        ),
        # Followed by different words: as it is.
        ("loading bays", ["loading bays vanish", "loading bays stay"], ["loading", "bays"]),
        # Followed once by the end of a clause: as it is.
        ("loading bays", ["loading bays vanish", "no loading bays."], ["loading", "bays"]),
        # Always said as two of the collection's subject words ("car", "lanes" below) and
        # another: a piece of the subject, no label.
        ("reallocating car", ["reallocating car lanes", "reallocating car lanes"], None),
        # Not always: as it is.
        (
            "reallocating car",
            ["reallocating car lanes", "reallocating car space"],
            ["reallocating", "car"],
        ),
    ],
)
def test_extended(phrase, texts, longer):
    said = Said(runs(*texts), [phrase])
    assert extended(phrase, said, {"car", "lanes"}) == longer


def test_joined():
    said = Said(runs("short stay parking", "short stay parking"), ["short stay", "stay parking"])
    assert joined(["short stay"], ["stay", "parking"], said) == ["short stay parking"]
    assert joined(["stay parking"], ["short", "stay"], said) == ["short stay parking"]
    # Overlapping phrases the paragraphs never say together stay apart.
    assert joined(["short stay"], ["stay", "overnight"], said) == ["short stay", "stay overnight"]
    # A phrase a longer one shown holds, or whose words are all shown, is left out.
    assert joined(["short stay parking"], ["stay", "parking"], said) == ["short stay parking"]
    assert joined(["bus stops", "short stay"], ["stay", "bus"], said) == ["bus stops", "short stay"]
    # A longer phrase takes the place of the one it holds.
    assert joined(["stay parking"], ["short", "stay", "parking"], said) == ["short stay parking"]
    full = [f"a{n} b{n}" for n in range(LABEL_TERMS)]
    assert joined(full, ["loading", "bays"], said) == full


def test_descriptions_list_every_paragraph_on_the_theme(collection_b, discovered_b):
    for theme in discovered_b.themes:
        listed = {
            (essay, int(number))
            for part in theme.description.removeprefix("Gathers ").rstrip(".").split("; ")
            for essay, numbers in [part.split(" 2024 ")]
            for number in re.findall(r"¶(\d+)", numbers)
        }
        names = {"alpha": "Ferreira", "beta": "Pettifer", "gamma": "Reinholt"}
        on = {
            (names[pid.split("-")[0]], int(pid.rsplit("-p", 1)[1]))
            for pid in discovered_b.paragraphs_on(theme.id)
        }
        assert listed == on, theme.id
    assert "¶2" in discovered_b.themes[0].description  # Ferreira's safety paragraph


def test_a_paragraph_is_on_its_clusters_theme_and_on_others_as_close_as_their_cluster():
    collection, _ = load_collection(COLLECTION_B / "essays")
    space = make_space(collection)
    with threadpool_limits(1):  # as align does: NMF oversubscribes the cores otherwise
        themes, clusters, scored_as = discover(space, collection)
    scores = theme_scores(space, scored_as, clusters)
    assignments = assign(space, themes, scores, clusters)
    secondary = 0
    for col, theme in enumerate(themes):
        least = min(scores.scores[space.row(pid), col] for pid in clusters[theme.id])
        for pid, assigned in assignments.items():
            if pid in clusters[theme.id]:
                assert theme.id in {a.theme_id for a in assigned}
            elif any(a.theme_id == theme.id for a in assigned):
                secondary += 1
                assert scores.scores[space.row(pid), col] >= least
    assert secondary  # not vacuous
    # Without clusters (curated themes) the rule alone places them: nothing is forced.
    plain = assign(space, themes, scores)
    assert plain != assignments
    assert not any(a.curated for assigned in assignments.values() for a in assigned)


def test_suggest_round_trips_through_load_themes(tmp_path, collection_b, discovered_b):
    text = suggest_themes(collection_b, discovered_b)
    path = tmp_path / "themes.yml"
    path.write_text(text, encoding="utf-8")
    themes, problems = load_themes(path, collection_b)
    assert problems == []
    # … its keywords those that may label a row ("point", "use", a verb alone would draw any
    # paragraph to the theme once the editor keeps the draft)
    assert [(t.id, t.label, t.description, t.keywords) for t in themes] == [
        (t.id, t.label, t.description, tuple(k for k in t.keywords if labels_a_row(k)))
        for t in discovered_b.themes
    ]
    for theme in themes:
        # Pins: one per essay, at most three, each on the theme as discovered.
        essays = [pid.rsplit("-p", 1)[0] for pid in theme.pin]
        assert 1 <= len(theme.pin) <= 3 and len(set(essays)) == len(essays)
        assert all(pid in discovered_b.paragraphs_on(theme.id) for pid in theme.pin)
    assert "# 0." in text and "# also on it:" in text  # scores for the editor


def test_a_suggested_draft_built_as_it_is_keeps_the_bios_off_every_theme(tmp_path):
    # Discovery leaves the bios out; the draft excludes them, or a curated build of it would
    # place them by their names (a new user's review of collection I).
    collection, _ = load_collection(DATA / "collection_i" / "essays")
    left_out = bios(collection)
    assert len(left_out) == 3
    path = tmp_path / "themes.yml"
    path.write_text(suggest_themes(collection, align(collection, None)), encoding="utf-8")
    themes, problems = load_themes(path, collection)
    assert problems == [] and all(set(t.exclude) == left_out for t in themes)
    curated = align(collection, themes)
    assert not any(curated.assignments[pid] for pid in left_out)


def test_suggest_survives_hostile_text(tmp_path, collection_b):
    hostile = 'a "quoted": label # not a comment\nthemes: [] \u2028 \\ end'
    theme = Theme("theme-1", hostile, hostile, keywords=(hostile, "]"), discovered=True)
    pid = next(iter(collection_b.paragraphs))
    alignment = Alignment([theme], {pid: [ThemeAssignment("theme-1", 0.3, False, ())]}, {})
    path = tmp_path / "themes.yml"
    path.write_text(suggest_themes(collection_b, alignment), encoding="utf-8")
    themes, problems = load_themes(path, collection_b)
    assert problems == []
    assert themes[0].keywords == (hostile, "]")  # as written, line breaks included
    assert themes[0].label == " ".join(hostile.split()) and themes[0].pin == (pid,)


def test_themes_suggest_command(capsys, tmp_path):
    assert main(["themes", "suggest", "--sources", str(COLLECTION_B)]) == 0
    out = capsys.readouterr().out
    assert yaml.safe_load(out)["themes"][0]["id"] == "theme-1"
    (tmp_path / "essays").mkdir()
    assert main(["themes", "suggest", "--sources", str(tmp_path)]) == 1
    assert "no editions" in capsys.readouterr().err


def test_nearest_passages_are_flagged_close_and_two_way(collection_b, discovered_b):
    nearest = [
        (pid, r)
        for pid, by_essay in discovered_b.related.items()
        for passages in by_essay.values()
        for r in passages
        if r.nearest
    ]
    assert nearest  # the rule fires on this collection
    on = {pid: {a.theme_id for a in assigned} for pid, assigned in discovered_b.assignments.items()}
    space = make_space(collection_b)
    placed = [space.row(pid) for pid in space.ids if on[pid]]
    close = np.quantile(counterparts.cross_essay_scores(space, placed), counterparts.NEAREST)
    for pid, passage in nearest:
        assert passage.theme_id is None and passage.point is None
        assert passage.score >= close > 0.1
        assert on[pid] and on[passage.paragraph_id]  # never a byline or a bio
        back = discovered_b.related[passage.paragraph_id][pid.rsplit("-p", 1)[0]]
        assert pid in [r.paragraph_id for r in back]


def test_no_nearest_passages_on_curated_themes():
    collection, _ = load_collection(ROOT / "sources" / "essays")
    themes, _ = load_themes(ROOT / "sources" / "themes.yml", collection)
    curated = align(collection, themes)
    assert not any(
        r.nearest
        for by_essay in curated.related.values()
        for passages in by_essay.values()
        for r in passages
    )


def passage(pid: str, score: float, reply: bool = False) -> RelatedPassage:
    return RelatedPassage(pid, pid.split("-")[0], score, (), reply=reply)


def test_faint_first_answers_are_withdrawn_both_ways():
    space = SimpleNamespace(ids=["a-p1", "a-p2", "b-p1", "b-p2"], essays=["a", "a", "b", "b"])
    related = {
        # a-p1's first answer in b is faint: it is offered nothing there, and b-p1 and b-p2
        # no longer list it.
        "a-p1": {"b": [passage("b-p1", 0.05), passage("b-p2", 0.3, reply=True)]},
        "a-p2": {"b": [passage("b-p2", 0.1), passage("b-p1", 0.2, reply=True)]},  # 0.1: kept
        "b-p1": {"a": [passage("a-p2", 0.2), passage("a-p1", 0.05, reply=True)]},
        "b-p2": {"a": [passage("a-p2", 0.1), passage("a-p1", 0.3, reply=True)]},
    }
    counterparts.withdraw_faint(space, related, 0.1)
    assert related == {
        "a-p1": {"b": []},
        "a-p2": {"b": [passage("b-p2", 0.1), passage("b-p1", 0.2, reply=True)]},
        "b-p1": {"a": [passage("a-p2", 0.2)]},
        "b-p2": {"a": [passage("a-p2", 0.1)]},
    }


def test_cross_essay_scores_are_those_of_passages_of_different_essays():
    vectors = csr_matrix(
        normalize(np.array([[1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1]], dtype=float))
    )
    space = SimpleNamespace(shared=vectors, essays=["a", "a", "b", "b", "c"])
    # Pairs of different essays: (0,2) 0, (0,3) 0, (0,4) .71, (1,2) .71, (1,3) 0, (1,4) .5,
    # (2,4) 0, (3,4) .71, each both ways; the median is .25.
    scores = counterparts.cross_essay_scores(space, [0, 1, 2, 3, 4])
    assert sorted(scores) == pytest.approx(
        sorted([0, 0, 0, 0.707107, 0.707107, 0.5, 0, 0.707107] * 2)
    )
    assert np.median(scores) == pytest.approx(0.25)
    assert counterparts.cross_essay_scores(space, [0, 1]).size == 0  # one essay: no pair
    many = SimpleNamespace(shared=csr_matrix(np.eye(3000)), essays=["a", "b"] * 1500)
    sample = counterparts.cross_essay_scores(many, list(range(3000)))
    assert 490_000 <= sample.size <= 500_000 and not sample.any()  # 1,000 paragraphs, sampled


def test_discovery_links_stay_two_way(discovered_b):
    assert two_way(discovered_b) == (1.0, two_way(discovered_b)[1])
    # Faint answers were withdrawn: some paragraph is offered nothing in an essay that has
    # passages on its themes.
    assert any(
        passages == [] and {a.theme_id for a in discovered_b.assignments[pid]}
        for pid, by_essay in discovered_b.related.items()
        for passages in by_essay.values()
    )


@pytest.mark.parametrize(
    "sources, gold",
    [
        (ROOT / "sources", DATA / "alignment_gold.yml"),
        (ROOT / "sources", DATA / "alignment_gold_b.yml"),
        (ROOT / "sources", DATA / "alignment_gold_c.yml"),
        (COLLECTION_B, COLLECTION_B / "gold.yml"),
        (DATA / "collection_d", DATA / "collection_d" / "labels.yml"),
        pytest.param(
            DATA / "collection_c",
            DATA / "collection_c" / "labels.yml",
            marks=pytest.mark.xfail(
                strict=True,
                reason="every essay of C speaks to every theme: one theme 46 of 56 trials, "
                "discovery 45; nearest neighbours' F1 0.47, discovery's 0.44 (docs/alignment.md, "
                "Why collection C fails)",
            ),
        ),
        *(
            pytest.param(
                DATA / f"collection_{name}",
                DATA / f"collection_{name}" / "labels.yml",
                marks=pytest.mark.xfail(strict=True, reason=reason),
            )
            for name, reason in (
                ("e", "held out: nearest neighbours 36 of 50 trials, discovery 34; F1 0.47, 0.42"),
                (
                    "i",
                    "held out: one theme 24 of 48 trials, discovery and nearest neighbours 23; "
                    "nearest neighbours' F1 0.41, discovery's 0.34",
                ),
                (
                    "j",
                    "held out: one theme 22 of 46 trials, discovery and nearest neighbours 21; "
                    "nearest neighbours' F1 0.54, discovery's 0.32",
                ),
                (
                    "l",
                    "held out: nearest neighbours' F1 0.53, discovery's 0.46 (hit@1 0.59 against "
                    "0.57 and 0.56)",
                ),
                (
                    "m",
                    "held out: nearest neighbours' F1 0.54, discovery's 0.53 (hit@1 0.74 against "
                    "0.64 and 0.62)",
                ),
                (
                    "o",
                    "held out: nearest neighbours' F1 0.80, discovery's 0.53 (hit@1 0.78 against "
                    "0.74 and 0.72)",
                ),
                (
                    "n",
                    "held out: nearest neighbours' F1 0.57, discovery's 0.52 (hit@1 0.64 against "
                    "0.52 and 0.52)",
                ),
                (
                    "s",
                    "held out: nearest neighbours' F1 0.61, discovery's 0.56 (hit@1 0.79 against "
                    "0.67 and 0.67)",
                ),
                (
                    "t",
                    "held out: nearest neighbours' F1 0.81, discovery's 0.60; one theme's hit@1 "
                    "0.80, discovery's 0.77",
                ),
                (
                    "u",
                    "held out: nearest neighbours' F1 0.64, discovery's 0.44 (hit@1 0.67 against "
                    "0.65 and 0.65)",
                ),
                (
                    "x",
                    "held out: nearest neighbours' F1 0.54, discovery's 0.44; one theme 25 of 44 "
                    "trials, discovery and nearest neighbours 24",
                ),
                (
                    "ee",
                    "held out (a saved e-mail, textutil, a commented Google Doc): nearest "
                    "neighbours' F1 0.63, discovery's 0.62; one theme's and nearest neighbours' "
                    "hit@1 27 of 44 trials, discovery's 26",
                ),
                (
                    "dd",
                    "held out (an Obsidian note, a newsletter, a raw PDF): nearest neighbours' F1 "
                    "0.55, discovery's 0.51 (hit@1 29 of 42 trials against 27 and 27)",
                ),
                (
                    "cc",
                    "held out (a thread, a printed page, a Notion export): nearest neighbours' F1 "
                    "0.56, discovery's 0.45 (hit@1 30 of 46 trials against 28 and 28)",
                ),
                (
                    "aa",
                    "since two authors' notes about themselves are left out of discovery as one "
                    "author's are (a reader's review): one theme 33 of 50 trials, discovery and "
                    "nearest neighbours 32 (F1 0.49 against 0.38 and 0.42)",
                ),
                (
                    "gg",
                    "held out (a Discourse topic, Kindle clippings, a journal PDF copied from "
                    "Acrobat), scored as it came: nearest neighbours' F1 0.55, discovery's 0.44 "
                    "(hit@1 0.67 against 0.52 and 0.50)",
                ),
                (
                    "hh",
                    "held out (a page's text by trafilatura, a WhatsApp export, a lynx dump of an "
                    "archived page), scored as it came: nearest neighbours' F1 0.58, discovery's "
                    "0.33; hit@1 20 of 42 trials for discovery and one theme, 19 for nearest "
                    "neighbours",
                ),
                (
                    "ii",
                    "held out (an e-book by epub2txt, a Writer document saved as text, a "
                    "manuscript by pandoc's plain text), scored as it came: nearest neighbours' "
                    "F1 0.485, discovery's 0.475 (hit@1 31 of 50 trials against 27 and 27)",
                ),
                (
                    "ll",
                    "held out (a Squarespace post by markdownify, a briefing paper by pypdf, a "
                    "Word manuscript by markitdown), scored as it came: nearest neighbours' F1 "
                    "0.52, discovery's 0.49, one theme's 0.27; hit@1 0.52 against 0.56 and 0.56",
                ),
                (
                    "oo",
                    "held out (a Ghost post saved whole by Chrome, a think tank's page through "
                    "inscriptis, a Word paper through pandoc's Markdown), scored as it came: "
                    "nearest neighbours' F1 0.58, discovery's 0.46 (0.42 since a lead-in and "
                    "its quotation share their themes), one theme's 0.24; hit@1 28 of 44 trials "
                    "against 24 and 23",
                ),
                (
                    "jj",
                    "held out (a slide deck's speaker notes by markitdown, a Medium post copied "
                    "whole, a memo typeset by groff for a terminal), scored as it came: nearest "
                    "neighbours' F1 0.54, discovery's 0.44 (hit@1 27 of 44 trials against 26 "
                    "and 26)",
                ),
                (
                    "ss",
                    "scored as it came (a magazine page through readability-lxml's summary, a "
                    "book chapter by pypdf's layout mode, an EPUB's chapter XHTML): discovery's "
                    "F1 0.21 against one theme's 0.23 and nearest neighbours' 0.14; hit@1 0.24 "
                    "against 0.21 and 0.24",
                ),
                (
                    "tt",
                    "scored as it came (a WordPress export file, an Evernote note's ENEX, a "
                    "Notion page exported as HTML): discovery's F1 0.43 against one theme's 0.43 "
                    "and nearest neighbours' 0.34; hit@1 0.48 against 0.48 and 0.50",
                ),
                (
                    "uu",
                    "scored as it came (a report PDF converted by Docling, a post from Medium's "
                    "data export, a Logseq page): discovery's F1 0.47 against one theme's 0.27 "
                    "and nearest neighbours' 0.56; hit@1 0.61 against 0.65 and 0.63",
                ),
                (
                    "vv",
                    "scored as it came (a Blogger blog exported by Google Takeout, a Ghost "
                    "site's content export, a page saved by SingleFile): discovery's F1 0.40 "
                    "against one theme's 0.44 and nearest neighbours' 0.39; hit@1 0.61 against "
                    "0.52 and 0.52",
                ),
                (
                    "ww",
                    "scored as it came (an Org-mode file filled by Emacs, an RTF document saved "
                    "by LibreOffice Writer, a Jupyter notebook run by nbclient): discovery's F1 "
                    "0.58 against one theme's 0.27 and nearest neighbours' 0.42; hit@1 0.50 "
                    "against 0.52 and 0.50",
                ),
                (
                    "xx",
                    "scored as it came (a Word document and an OpenDocument text saved by "
                    "LibreOffice Writer, an EPUB written by pandoc): discovery's F1 0.36 against "
                    "one theme's 0.34 and nearest neighbours' 0.36; hit@1 0.58 against 0.54 and "
                    "0.52",
                ),
            )
        ),
        # F failed when held out (33 of 54 trials against nearest neighbours' 35), and passes
        # since bios are left out of discovery (docs/alignment.md): no longer held out.
        (DATA / "collection_f", DATA / "collection_f" / "labels.yml"),
        # G and H, written blind after this round's changes to discovery, and scored as they came
        (DATA / "collection_g", DATA / "collection_g" / "labels.yml"),
        (DATA / "collection_h", DATA / "collection_h" / "labels.yml"),
        # K, written blind after every change above, and scored as it came.
        (DATA / "collection_k", DATA / "collection_k" / "labels.yml"),
        # P, written blind two rounds later (ingest's changes only between), scored as it came;
        # Q and R after it, the same way.
        (DATA / "collection_p", DATA / "collection_p" / "labels.yml"),
        (DATA / "collection_q", DATA / "collection_q" / "labels.yml"),
        (DATA / "collection_r", DATA / "collection_r" / "labels.yml"),
        # V, written blind a round later (ingest's changes only between), scored as it came.
        (DATA / "collection_v", DATA / "collection_v" / "labels.yml"),
        # W, a round later still, the same way; and Y (three academic papers) and Z (a
        # pamphlet, a Markdown export, an e-book) a round later (AA, with them then, is held
        # out above since two authors' notes about themselves are left out).
        (DATA / "collection_w", DATA / "collection_w" / "labels.yml"),
        (DATA / "collection_y", DATA / "collection_y" / "labels.yml"),
        (DATA / "collection_z", DATA / "collection_z" / "labels.yml"),
        # BB (a talk's transcript, a wiki's page, a briefing note), a round later still.
        (DATA / "collection_bb", DATA / "collection_bb" / "labels.yml"),
        # FF (a reader view's copy, minutes read by catdoc, a Project Gutenberg e-book), three
        # rounds later, scored as it came: F1 0.51 against 0.28 and 0.43, hit@1 0.58 against
        # 0.50 and 0.50.
        (DATA / "collection_ff", DATA / "collection_ff" / "labels.yml"),
        # KK (a board paper by pdfminer, a Writer letter by odt2txt, a groff -ms paper), scored
        # as it came: F1 0.53 against 0.41 (one theme) and 0.42 (nearest neighbours), hit@1
        # 0.69 against 0.62 and 0.58.
        (DATA / "collection_kk", DATA / "collection_kk" / "labels.yml"),
        # MM (a WordPress post by BeautifulSoup, a Word manuscript by docx2python, a two-column
        # paper by PyMuPDF), scored as it came: F1 0.47 against 0.43 (one theme) and 0.41
        # (nearest neighbours), hit@1 0.71 against 0.69 and 0.69.
        (DATA / "collection_mm", DATA / "collection_mm" / "labels.yml"),
        # NN (a book chapter PDF by pdfplumber, a Substack post saved as HTML, a Word
        # manuscript by python-docx), scored as it came: F1 0.60 against 0.35 (one theme) and
        # 0.53 (nearest neighbours), hit@1 0.70 against 0.65 and 0.65.
        (DATA / "collection_nn", DATA / "collection_nn" / "labels.yml"),
        # PP (a PDF paper by pymupdf4llm, a Word document by mammoth, a Medium post saved
        # whole), scored as it came: F1 0.54 against 0.28 (one theme) and 0.52 (nearest
        # neighbours), hit@1 0.67 against 0.62 and 0.62.
        (DATA / "collection_pp", DATA / "collection_pp" / "labels.yml"),
        # QQ (a Word page saved as "Web Page, Filtered", a Google Doc downloaded as a web page,
        # a reportlab PDF read by pypdfium2), scored as it came: F1 0.61 against 0.28 (one
        # theme) and 0.60 (nearest neighbours), hit@1 0.65 against 0.62 and 0.62.
        (DATA / "collection_qq", DATA / "collection_qq" / "labels.yml"),
        # RR (a magazine page saved by Chrome as MHTML, a journal article in JATS XML, a
        # two-column PDF by pdftotext -layout), scored as it came: F1 0.52 against 0.41 (one
        # theme) and 0.44 (nearest neighbours), hit@1 0.66 against 0.61 and 0.61.
        (DATA / "collection_rr", DATA / "collection_rr" / "labels.yml"),
    ],
)
def test_discovery_beats_both_baselines_on_both_metrics(sources, gold):
    # Issue 12's bar, TF-IDF alone (no embeddings: a new collection has none), as
    # docs/alignment.md reports it: every paragraph on one theme, and plain nearest neighbours.
    collection, _ = load_collection(sources / "essays")
    labels = parse_gold(yaml.safe_load(gold.read_text(encoding="utf-8")))
    essay_of = {pid: p.essay_id for pid, p in collection.paragraphs.items()}
    one_theme = [Theme("all", "Everything", "Every paragraph.", pin=tuple(collection.paragraphs))]
    pairs, hits = score_alignment(align(collection, None), labels, essay_of)
    for baseline, links in (
        (align(collection, one_theme), False),
        (nearest_neighbours(collection), True),
    ):
        base_pairs, base_hits = score_alignment(baseline, labels, essay_of, links)
        assert pairs.f1 > base_pairs.f1 and hits.all > base_hits.all


def test_discovery_margins_on_halves_of_collection_b(collection_b, discovered_b):
    # scripts/discovery_margins.py: the first margin is the whole collection's, as
    # score_alignment gives it; the halves' margins vary around it and are seeded.
    sys.path.insert(0, str(ROOT / "scripts"))
    from discovery_margins import margins

    gold = parse_gold(yaml.safe_load((COLLECTION_B / "gold.yml").read_text(encoding="utf-8")))
    essay_of = {pid: p.essay_id for pid, p in collection_b.paragraphs.items()}
    alignments = {
        "discovery": (discovered_b, False),
        "nearest": (nearest_neighbours(collection_b), True),
    }
    found = margins(alignments, gold, essay_of, samples=40)
    assert set(found) == {("nearest", "F1"), ("nearest", "hit@1")}
    pairs, hits = score_alignment(discovered_b, gold, essay_of)
    base_pairs, base_hits = score_alignment(alignments["nearest"][0], gold, essay_of, True)
    assert found["nearest", "F1"][0] == pytest.approx(pairs.f1 - base_pairs.f1)
    assert found["nearest", "hit@1"][0] == pytest.approx(hits.all - base_hits.all)
    for values in found.values():
        assert len(values) == 41 and len(set(values[1:].round(6))) > 1
    again = margins(alignments, gold, essay_of, samples=40)
    assert all(np.array_equal(found[key], again[key]) for key in found)


def test_bios_are_on_no_discovered_theme():
    collection, _ = load_collection(DATA / "collection_f" / "essays")
    found = bios(collection)
    # the last paragraph of each essay, opening with its author's name
    assert found == {"sigma-p11", "tau-p12", "upsilon-p13"}
    discovered = align(collection, None)
    assert all(discovered.assignments[pid] == [] for pid in found)
    assert all(
        pid not in point.paragraph_ids
        for pid in found
        for points in discovered.points.values()
        for point in points
    )
    seeds, _ = load_collection(ROOT / "sources" / "essays")
    assert bios(seeds) == {"rumer-2017-p4"}  # "Eugene B. Rumer is …", the author "Eugene Rumer"


def test_a_bio_that_gives_the_author_s_title_is_a_bio(tmp_path):
    # A new user's walkthrough: "Dr Anneke Fairlie is …" under the author "Anneke Fairlie" was
    # clustered as a theme's paragraph; the other way round too. A title inside a paragraph
    # opens no note.
    folder = tmp_path / "essays"
    folder.mkdir()
    body = "The minibus plan rests on a pilot whose figures were never audited by anyone outside."
    for essay, author, note in (
        ("fa", "Anneke Fairlie", "Dr Anneke Fairlie is a lecturer in transport at Castlemere."),
        ("fb", "Dr Anneke Fairlie", "Anneke Fairlie teaches transport at Castlemere."),
        ("fc", "Anneke Fairlie", "Meanwhile Dr Anneke Fairlie disagreed, as her study shows."),
    ):
        (folder / f"{essay}.md").write_text(
            f'---\nid: {essay}\ntitle: "T"\nauthor: "{author}"\ndate: "2026-01-01"\n'
            "publisher: unknown\nurl: unknown\nraw: unknown\nsummary: unknown\n---\n\n"
            f"{{#{essay}-p1}}\n{body}\n\n{{#{essay}-p2}}\n{note}\n",
            encoding="utf-8",
        )
    collection, problems = load_collection(folder)
    assert not problems
    assert bios(collection) == {"fa-p2", "fb-p2"}


def test_two_authors_note_opening_with_either_name_is_a_bio():
    # A reader's review of collection EE's site: "Gareth Pryce has fitted … Alys Corrin is …",
    # under "Gareth Pryce and Alys Corrin", stood on a theme with counterparts.
    collection, _ = load_collection(DATA / "collection_ee" / "essays")
    assert "eb-p11" in bios(collection)
    assert align(collection, None).assignments["eb-p11"] == []
