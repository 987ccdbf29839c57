"""Names: the ids, anchors and page addresses the engine makes, and how a reader names essays
and paragraphs. One pure module, so that every other module makes them the same way.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .model import UNKNOWN, Collection, Essay, Paragraph

# --- ids ----------------------------------------------------------------------------------

#: An essay id (also a theme id, an annotation's name): lower-case words of letters and digits
#: joined by single hyphens; it ends up in file names, URLs and element ids.
ESSAY_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
#: A paragraph id written in running text, e.g. an annotation's "(rumer-2017-p2)".
PARAGRAPH_ID_IN_TEXT = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)*-p[0-9]+\b")


def paragraph_id(essay_id: str, number: int) -> str:
    return f"{essay_id}-p{number}"


def is_own_paragraph_id(essay_id: str, paragraph_id_: str) -> bool:
    """Whether the id is `ESSAY-pN` of this essay: only that form is unique on every page."""
    return re.fullmatch(re.escape(essay_id) + r"-p[0-9]+", paragraph_id_) is not None


def footnote_id(essay_id: str, label: str) -> str:
    return f"fn:{essay_id}-{label}"


def footnote_ref_id(essay_id: str, label: str, occurrence: int = 0) -> str:
    # Python-Markdown's scheme (fnref:, fnref2:, …), which Material's styles expect.
    prefix = "fnref" if occurrence == 0 else f"fnref{occurrence + 1}"
    return f"{prefix}:{essay_id}-{label}"


def point_anchor(number: int) -> str:
    """The anchor of a row of a synopsis page."""
    return f"point-{number}"


# --- names of people ------------------------------------------------------------------------

#: Lower-case words that stand inside personal names ("Ludwig van Beethoven").
PARTICLES = frozenset(
    "van von der den de del della di da du le la al bin ibn y dos das ter".split()
)
#: One word of a name: a letter, then letters and the stops, hyphens and apostrophes names carry.
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d]|[.'’-])*")


#: The titles a byline or an author's note may set before a name ("Dr", "Associate Professor",
#: "Prof. Dr."): not part of the name.
HONORIFIC = re.compile(
    r"(?:(?:Associate |Assistant )?(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Councillor"
    r"|Cllr)\.?\s+)+"
)


def and_joined(items: list[str], conjunction: str = "and") -> str:
    """ "Ann Lee, Bo Ma and Cy Ng" ("title, author or date" with `or`): the items as English
    lists them."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def authors_listed(authors: tuple[str, ...]) -> str:
    """A work's authors as a reference list sets them: "Marr and Danvers" (joined by a comma
    alone, two surnames read as one name, surname first: a reader's review); names inverted
    round a comma ("Lee, A.") parted by semicolons where there are three or more; "et al."
    after the names, as written."""
    if authors[-1:] == ("et al.",) and len(authors) > 1:  # (not "Smith and et al.")
        return f"{authors_listed(authors[:-1])} et al."
    if len(authors) > 2 and any("," in name for name in authors):
        return f"{'; '.join(authors[:-1])} and {authors[-1]}"
    return and_joined(list(authors))


def without_honorific(text: str) -> str:
    """The text without the titles it may open with ("Dr Anneke Fairlie is …")."""
    text = text.lstrip()
    return text[title.end() :] if (title := HONORIFIC.match(text)) else text


def is_name_word(word: str, lower_words: frozenset[str] = PARTICLES) -> bool:
    """A capitalised word or an initial ("Lo", "B.", "J.-P."), or one of the lower-case words
    that stand inside names."""
    return NAME_WORD.fullmatch(word) is not None and (word[0].isupper() or word in lower_words)


# --- heading anchors ------------------------------------------------------------------------


def ascii_fold(text: str) -> str:
    """Lower-case ASCII: accents dropped from their letters, other non-ASCII dropped."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")


def unique_slug(text: str, taken: set[str]) -> str:
    """`slugify(text)`, suffixed -2, -3 … if the page already has it; records the result."""
    base = slugify(text) or "section"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


# --- pages ----------------------------------------------------------------------------------

OVERVIEW = "themes/index.md"
#: Navigation titles of the folders of generated pages.
NAV_SECTIONS = {"essays": "Essays", "themes": "Themes"}
REFERENCES = "references.md"
ANNOTATIONS = "annotations.md"


def essay_uri(essay_id: str) -> str:
    return f"essays/{essay_id}.md"


def theme_uri(theme_id: str) -> str:
    return f"themes/{theme_id}.md"


def page_url(src_uri: str, directory_urls: bool) -> str:
    """Where MkDocs writes the page made from `src_uri`, as a URL path from the site root."""
    stem = src_uri.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative_url(from_src: str, to_src: str, directory_urls: bool, anchor: str = "") -> str:
    """A link from one page to another that works on a host and from `file://` alike."""
    here = page_url(from_src, directory_urls)
    start = here if here.endswith("/") or not here else posixpath.dirname(here)
    target = page_url(to_src, directory_urls)
    url = posixpath.relpath(target or ".", start or ".")
    if target.endswith("/") or target == "":
        url = url.rstrip("/") + "/"
    return url + (f"#{anchor}" if anchor else "")


# --- what a reader calls them ---------------------------------------------------------------


def display_title(essay: Essay) -> str:
    """The title, or, where the text gives none, its first heading in editor's brackets."""
    if essay.title != UNKNOWN:
        return essay.title
    first_heading = next((s.title for s in essay.sections if s.title), None)
    return f"[{first_heading}]" if first_heading else f"[Untitled essay {essay.id}]"


#: Words of a passage quoted to name it (the "opening words" of a counterpart).
OPENING_WORDS = 12
#: Words a shortened title does not end on.
SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def short_names(essays: list[Essay]) -> dict[str, str]:
    """Essay id → a name for tight places: the author's surname and year ("Rumer 2017"), two
    authors' ("Whitlow & Okafor 2026"), the first of more ("Lo et al. 2015"), else the
    title's first words; names that would be alike get a, b, … after the year."""
    names = {essay.id: short_name(essay) for essay in essays}
    alike = Counter(names.values())
    seen: Counter[str] = Counter()
    for essay in essays:
        name = names[essay.id]
        if alike[name] > 1:
            names[essay.id] = f"{name}{chr(ord('a') + seen[name])}"
            seen[name] += 1
    return names


def short_name(essay: Essay) -> str:
    year = essay.date[:4] if essay.date[:4].isdigit() else ""
    surnames = author_surnames(essay.author) if essay.author != UNKNOWN else []
    if len(surnames) > 2:
        who = f"{surnames[0]} et al."
    elif surnames:
        who = " & ".join(surnames)
    else:  # no author, or a body ("Department of Health and Social Care"): its first words
        who = first_words(essay.author if essay.author != UNKNOWN else display_title(essay))
    return " ".join(filter(None, (who, year)))


def author_surnames(author: str) -> list[str]:
    """Each author's surname, or [] for a body's name (it holds "of", "for", "the": no person's
    does). Authors part at ";", "and" and "&"; a comma parts them too before an "and" ("A. Lo,
    B. Smith and C. Jones"), unless it turns a name round ("Okafor, Samuel"); after the last
    name it gives a post ("Bryn Castell, Saltmarsh Ward")."""
    if BODY_WORDS & set(author.split()):
        return []
    parts = [p.strip() for p in re.split(r"\s*;\s*|\s+(?:and|&)\s+", author) if p.strip()]
    names = []
    for n, part in enumerate(parts):
        pieces = [piece.strip() for piece in part.split(",") if piece.strip()]
        listed = n < len(parts) - 1 and all(len(piece.split()) > 1 for piece in pieces)
        names += pieces if listed else pieces[:1]
    return [name.split()[-1] for name in names if name.split()]


#: Words in a body's name that no person's holds.
BODY_WORDS = frozenset("of for the on in at".split())


def first_words(text: str) -> str:
    """A name's or title's first three words, not ending on a small one, "…" if cut."""
    words = text.strip("[]").split()
    kept = words[:3]
    while len(kept) > 1 and kept[-1].lower() in SMALL_WORDS:
        kept.pop()
    return " ".join(kept) + ("…" if len(words) > len(kept) else "")


def paragraph_number(paragraph: Paragraph) -> str:
    """What a reader calls the paragraph ("¶ 12"): its place in the essay, in reading order."""
    return str(paragraph.number)


def opening_words(paragraph: Paragraph, count: int = OPENING_WORDS) -> str:
    """The paragraph's first words, an ellipsis where they stop short: a sentence that ends
    there ends with its stop ("… up Mill Walk."), not with a stop and an ellipsis."""
    words = paragraph.text.split()
    opening = " ".join(words[:count])
    if len(words) <= count or opening[-1] in ".!?":
        return opening
    return opening.rstrip(",;:–—-") + "…"


#: What may stand between two words of a phrase as a label writes them: spaces, hyphens and
#: apostrophes (’, ‐ and ‑ too, read as ' and - by `SEPARATORS`), and a one-letter word
#: ("Russia's natural"); nothing else of the text (a mark, a tag) comes into a label.
BETWEEN = r"[\s'-]+(?:[^\W\d_][\s'-]+)?"
#: The separators beyond ASCII, read as their ASCII kin where `as_written` looks for a term,
#: one character for one: a character class holding a character beyond Latin-1 took `re` four
#: times as long to compile (0.24 ms a pattern), and at a hundred essays the synopses' row
#: labels compile 1,600 patterns.
SEPARATORS = str.maketrans("’‐‑", "'--")
#: A word the text breaks off a sentence with: what stands before it is a sentence's start. A
#: name's initial is no sentence's end ("Eugene B. Rumer": "Rumer" is written as a name).
SENTENCE_START = re.compile(r"(?:^|(?<!\b[A-Z])[.!?:;]\s+|[\"“‘(\[]\s*)$")


#: A term's first word, as a sentence may have capitalised it.
FIRST_WORD = re.compile(r"[^\W\d_]+")


def as_written(term: str, texts: list[str]) -> str:
    """The term in the case and spelling the texts write it most often ("Security Council",
    "post-Soviet space"), not counting a sentence's capitalised first word. Where the texts
    write it only at a sentence's start, as they write it there if every word has a capital
    ("Northvale Regional Council has asked…": a sentence capitalises its first word, not the
    others); else as they write it there, its first word as they write that word inside a
    sentence ("Ruth Calder's survey shows…" and "Dr Ruth Calder": "Ruth Calder's survey", where
    a reader of WW's site read "Ruth calder survey"), or, never written so, with its capital
    beside another word's ("Russian-Chinese"), else in lower case ("Stone pitching is…")."""
    forms = written_forms(term, texts)
    if forms:
        return forms.most_common(1)[0][0]
    opening = [form for form, _ in written_forms(term, texts, opening=True).most_common()]
    named = [
        form
        for form in opening
        if len(form.split()) > 1 and all(word[0].isupper() for word in WORD_OF_TWO.findall(form))
    ]
    if named or not opening:
        return named[0] if named else term
    first = FIRST_WORD.match(opening[0])
    if not first:
        return term
    rest = opening[0][first.end() :]
    inside = written_forms(first[0], texts).most_common(1)
    named = any(word[0].isupper() for word in WORD_OF_TWO.findall(rest))
    return (inside[0][0] if inside else first[0] if named else first[0].lower()) + rest


#: A capitalised word a name runs on with ("Network" after "Dalebeck Air"): two letters at
#: least (an initial, "Eugene B.", stops the name) and no possessive's `'s` (the name is
#: "World Health Organization" where the texts write "Organization's").
RUN_ON_WORD = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*")
#: Characters before a term where `_word_before` looks for the name's word and a sentence's end.
BEFORE_WINDOW = 80
NAME_MAX_WORDS = 5


def whole_name(form: str, texts: list[str]) -> str:
    """The form run on to the whole name the texts always write it in ("Dalebeck Air" →
    "Dalebeck Air Network", "proposed Clean" → "proposed Clean Air Order"): where every time
    the texts write it, the same capitalised word follows its capitalised last word, or stands
    before its capitalised first word (inside a sentence once at least: a sentence's first
    word has a capital whatever it is), that word is the name's. The form as it is where they
    write it otherwise, or not at all."""
    for _ in range(NAME_MAX_WORDS - len(form.split())):
        if not (form[:1].isupper() or form.split()[-1][:1].isupper()):
            return form  # (most terms: nothing to run on from, and no text to search)
        pattern = re.compile(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])")
        spans = [
            (text, match.start(), match.end()) for text in texts for match in pattern.finditer(text)
        ]
        if not spans:
            return form
        words = form.split()
        after = {_word_after(text, end) for text, _, end in spans}
        found = [_word_before(text, start) for text, start, _ in spans]
        before = {word for word, _ in found}
        inside = any(not opens for _, opens in found)
        if words[-1][0].isupper() and len(after) == 1 and None not in after:
            form = f"{form} {after.pop()}"
        elif words[0][0].isupper() and len(before) == 1 and None not in before and inside:
            form = f"{before.pop()} {form}"
        else:
            return form
    return form


def written_names(terms: list[str], texts: list[str]) -> list[str]:
    """The terms as the texts write them (`as_written`), each run on to its whole name
    (`whole_name`), once each; a form that another then holds ("Air Network" beside "Dalebeck
    Air Network") says nothing more, and goes: a label's words."""
    names = list(dict.fromkeys(whole_name(as_written(term, texts), texts) for term in terms))
    return [name for name in names if not any(_holds(other, name) for other in names)]


def _holds(name: str, part: str) -> bool:
    """Whether a longer name holds the other as its words ("Asia-Pacific" holds no "Asia")."""
    # `in` first: most pairs share no words, and a pattern compiled for each pair cost 0.2 s of
    # CPU at a hundred essays (past `re`'s cache).
    return (
        name != part
        and part in name
        and bool(re.search(rf"(?<![\w'’-]){re.escape(part)}(?![\w'’-])", name))
    )


def _word_after(text: str, end: int) -> str | None:
    """The capitalised word right after `end`, one space apart."""
    found = RUN_ON_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return found[0] if found else None


def _word_before(text: str, start: int) -> tuple[str | None, bool]:
    """The capitalised word right before `start`, one space apart, and whether it opens a
    sentence."""
    window = text[max(0, start - BEFORE_WINDOW) : start]  # (not the whole passage each time)
    found = re.search(r"(?<![^\W\d_])([A-Z][^\W\d_]+) $", window)
    if not found:
        return None, False
    return found[1], bool(SENTENCE_START.search(window[: found.start()]))


def always_capitalised(term: str, texts: list[str]) -> bool:
    """Whether the texts write every word of the term with a capital each time they write it
    inside a sentence ("Lake Tarrow"; not "lake" in "the lake recovers"), and do so at least
    once."""
    forms = written_forms(term, texts)
    return bool(forms) and all(
        word[0].isupper() for form in forms for word in WORD_OF_TWO.findall(form)
    )


#: A word of two letters or more: the words of a term, not the one-letter word of "Russia's".
WORD_OF_TWO = re.compile(r"[^\W\d_]{2,}")


def written_forms(term: str, texts: list[str], opening: bool = False) -> Counter[str]:
    """How often the texts write the term in each of its forms inside a sentence (see
    `as_written`); with `opening`, at a sentence's start instead."""
    pattern = term_pattern(term)
    forms: Counter[str] = Counter()
    for text in texts:
        for match in pattern.finditer(text.translate(SEPARATORS)):
            start, end = match.span()
            if bool(SENTENCE_START.search(text[:start])) is opening:
                forms[" ".join(text[start:end].split())] += 1
    return forms


@lru_cache(maxsize=4096)
def term_pattern(term: str) -> re.Pattern[str]:
    """The term's words, in any case, with `BETWEEN` between them and no letter either side:
    compiled once per term, as the same terms label row after row."""
    return re.compile(
        r"(?<![^\W\d_])" + BETWEEN.join(map(re.escape, term.split())) + r"(?![^\W\d_])",
        re.IGNORECASE,
    )


# --- authors' notes about themselves ---------------------------------------------------------

#: Between the names of a byline's authors: "Ann Lee, Bo Ma and Cy Ng", "A & B".
AUTHOR_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
#: An author's note about themselves stands among the last paragraphs of the essay.
BIO_WITHIN = 2


def author_names(byline: str) -> list[str]:
    """The names of a byline ("Ann Lee, Bo Ma and Cy Ng" → three)."""
    return [name for name in AUTHOR_SEPARATOR.split(byline) if name.strip()]


def bios(collection: Collection) -> frozenset[str]:
    """The authors' notes about themselves: one of an essay's last `BIO_WITHIN` paragraphs
    that opens with its author's name ("Eugene B. Rumer is a Senior Fellow …"). They argue
    nothing; discovered by their names and places, they stood in themes as points and were
    offered as counterparts (a reader's review of a collection built by discovery)."""
    found = []
    for essay in collection.essays:
        if essay.author == UNKNOWN:
            continue
        # Each of the authors ("Gareth Pryce and Alys Corrin": a note may open with either).
        names = [without_honorific(name).split() for name in author_names(essay.author)]
        for paragraph in essay.paragraphs[-BIO_WITHIN:]:
            # "Dr Anneke Fairlie is …" under the author "Anneke Fairlie", or the other way round
            words = [w.strip(".,;:()*_") for w in without_honorific(paragraph.text).split()]
            if any(
                len(name) >= 2 and words[:1] == name[:1] and name[-1] in words[: len(name) + 2]
                for name in names
            ):
                found.append(paragraph.id)
    return frozenset(found)
