"""A talk's transcript, as a transcription service exports it (Otter's `Name  00:04`, a turn's
speaker and time on a line of its own over what was said; Rev's `Name (00:04):`).

The essay is what its speaker said, a turn a paragraph: the speakers' and times' lines go, and
so do the other speakers' turns (a host's introduction, the audience, questions), listed in the
report; the speaker of most words is the author. Above the first turn stands the service's
header (the recording's name, which is no title, its date and length, keywords, the speakers),
which gives the date; a `Transcribed by …` line goes. What a speaker says in passing (a filler,
a heading spoken as a sentence) is the transcript's, and stays. Only a text that is turns
through and through is read so: an essay that quotes a programme (`Opening Remarks 09:30`) or a
chat (`Tom Hargreaves 19:02`) is an essay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import Removed, removed_lines
from .layout import Line, block_starts, ends_sentence
from .metadata import date_in, names_people

TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
# A turn's head: the speaker's name (a name, or `Speaker 3`) and the time, on a line alone.
TURN = re.compile(
    rf"(?P<speaker>[A-Z][\w.'’-]*(?: [\w.'’-]+){{0,3}}?)\s*(?:\s|\()(?P<time>{TIME})\)?:?"
)
UNNAMED = re.compile(r"Speaker \d{1,2}")
TRANSCRIBED_BY = re.compile(r"(?:Transcribed|Transcript) by\b.*", re.IGNORECASE)
MIN_TURNS = 3
HEADER_LINES = 12  # a service's header: the recording's name, date, keywords, speakers

TRANSCRIPT_HEADER = (
    "a transcript's header (the recording's name, date and length, keywords, speakers)"
)
TRANSCRIPT_TURN = "a transcript's speaker and time over each turn"
OTHER_SPEAKER = "a transcript: another speaker's turn (a host, the audience, questions)"
TRANSCRIBER = "a transcript: the transcription service's line"


@dataclass(frozen=True)
class Transcript:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # the speaker (author), the date


def transcript(lines: list[Line]) -> Transcript:
    """The talk in a transcript's lines (see the module); the lines as they are when they are
    no transcript: `MIN_TURNS` turns at least, every one a head over its words."""
    heads = [
        i
        for i, line in enumerate(lines)
        if (turn := TURN.fullmatch(line.text.strip()))
        and _is_speaker(turn["speaker"])
        and i + 1 < len(lines)
        and not lines[i + 1].blank
        and not TURN.fullmatch(lines[i + 1].text.strip())
    ]
    if len(heads) < MIN_TURNS or not _all_turns(lines, heads):
        return Transcript(lines)
    turns: list[tuple[str, list[Line]]] = []
    for start, end in zip(heads, [*heads[1:], len(lines)], strict=False):
        speaker = TURN.fullmatch(lines[start].text.strip())["speaker"]
        turns.append((speaker, [line for line in lines[start + 1 : end] if not line.blank]))
    words: dict[str, int] = {}
    for speaker, said in turns:
        words[speaker] = words.get(speaker, 0) + sum(len(line.text.split()) for line in said)
    author = max(words, key=lambda speaker: (words[speaker], speaker))
    header = [line for line in lines[: heads[0]] if not line.blank]
    credits = [
        line for _, said in turns for line in said if TRANSCRIBED_BY.fullmatch(line.text.strip())
    ]
    others = [line for speaker, said in turns if speaker != author for line in said]
    removed = (
        removed_lines(header, TRANSCRIPT_HEADER)
        + removed_lines([lines[i] for i in heads], TRANSCRIPT_TURN)
        + removed_lines([line for line in others if line not in credits], OTHER_SPEAKER)
        + removed_lines(credits, TRANSCRIBER)
    )
    gone = {item.line for item in removed}
    facts = {} if UNNAMED.fullmatch(author) else {"author": author}
    if date := next((found for line in header if (found := date_in(line.text))), None):
        facts["date"] = date
    kept = [line for line in lines if line.number not in gone]
    return Transcript(kept, sorted(removed, key=lambda item: item.line), facts)


def _all_turns(lines: list[Line], heads: list[int]) -> bool:
    """Whether the text is turns through and through: under the first head, every block is a
    turn (its head over what was said) but the service's closing line, and above it no
    sentence stands (the service's header, not an essay quoting a programme or a chat)."""
    above = [line.text for line in lines[: heads[0]] if not line.blank]
    if any(ends_sentence(text) for text in above) or len(above) > HEADER_LINES:
        return False
    starts = {i for i in block_starts(lines) if i >= heads[0]}
    blocks = [i for i in starts if not TRANSCRIBED_BY.fullmatch(lines[i].text.strip())]
    return set(blocks) <= set(heads)


def _is_speaker(name: str) -> bool:
    """A speaker's label: a full name, or the service's `Speaker 3` (a word and a time alone,
    `Updated 10:14` over a live blog's entry, is no turn's head)."""
    return bool(UNNAMED.fullmatch(name)) or (len(name.split()) >= 2 and names_people(name))
