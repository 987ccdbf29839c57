"""Parts of a blog post's saved page that stand inside its article and are no essay's text
(htmlpage.py leaves each out and lists it in the report, with its line in the HTML):

- the excerpt set under the title: a paragraph inside the article's `<header>` whose words
  are the page's description for link previews (`<meta name="description">`,
  `og:description`, `twitter:description`), as Ghost's themes set `p.article-excerpt`; a
  paragraph of the post's own (not in a header), or one the description does not repeat
  whole, is read;
- the standfirst under the title: a paragraph of a sentence or two (`STANDFIRST_WORDS` words
  at most) that the `<header>` holding the article's headline sets after it, its class saying
  it is one (`dek`, `standfirst`, `strapline`: a magazine's sub-editor's line, not the
  writer's). A paragraph so classed outside the header, or before the headline (a kicker),
  or a header's paragraph in no such class, is read; one classed `subtitle` or `subheading`
  (`post-subtitle`) is read too, and the report warns of it with its line: a blog's theme sets
  the writer's own line so (Clean Blog's), and no such class says a sub-editor wrote it
  (review 41);
- the reading time beside the date (`• 4 min read`), and a magazine's update beside it
  (`Updated 25 March 2026`, `Last modified: 2026-03-25`, a date the word says is no
  publication's): words that do not count against the few a date's block may hold besides the
  date, so that the block goes with the date (the byline's `By` and name go with it);
- a pull quote: a `<blockquote>` set as display type (its class says so: Ghost's
  `kg-blockquote-alt`, `pullquote`) of six words or more whose words a paragraph beside it (one
  of the two blocks before it or after it) says again, word for word (Ghost sets it before the
  sentence it repeats); or, where no class says so (Medium's classes are generated names), one
  in quotation marks whose words the paragraph right above it has just said, word for word (a
  quotation quotes another's words, not the sentence just read); one a class says is a pull
  quote is one too where a paragraph further off says its words as whole sentences of its own
  (a magazine sets it where its layout has room: the article's closing sentence, paragraphs
  above it); a plain quotation, one the post says once, or says again further off (but for a
  classed one's whole sentences), or in the paragraph after it (quoted, then discussed), is a
  quotation, and is read;
- the header's fragments left over the post's first block once its title, author and date are
  read (Medium's `Member-only story`, `Published in`, `·`, `3 min read`, each an element of
  its own): the first blocks read, each a reading time, a separator alone, or words of
  `HEADER_WORDS` at most with no figure, comma or sentence's end, and among them a reading
  time or two separators (a short first line may be the essay's own: a dateline, `Odesa, 3
  March 2024`, or an epigraph's line, and stays; so do headings, lists and quotations).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from .layout import CLOSING_QUOTES, OPENING_QUOTES
from .metadata import DATE_FORMS
from .readabilitysummary import STANDFIRST_WORDS
from .sentences import split_sentences

#: A header's paragraph classed as a sub-editor's line under the title (a class token: `dek`,
#: `article-standfirst`, `c-strapline`): left out.
SUB_EDITOR_CLASS = re.compile(r"(?:^|[-_])(?:dek|deck|standfirst|strap(?:line)?)$", re.I)
#: A header's paragraph classed as a subtitle (`post-subtitle`, `subheading`): a blog's theme
#: sets the writer's own line so, as a magazine's may its sub-editor's: read, with a warning.
SUBTITLE_CLASS = re.compile(r"(?:^|[-_])(?:sub-?title|sub-?heading)$", re.I)
#: A post's reading time, with the separator before it (`• 4 min read`, `· 7 minute read`).
READING_TIME = re.compile(r"[·•|–—]?\s*\b\d{1,3}\s+min(?:ute)?s?\.?\s+read\b", re.I)
#: A date of any form a byline writes, its parts unnamed (to be one alternative of many).
ANY_DATE = "|".join(re.sub(r"\(\?P<\w+>", "(?:", form.pattern) for form in DATE_FORMS)
#: A magazine's update beside the publication's date (`Updated 25 March 2026`, `Last
#: modified: 2026-03-25, 14:12`): the word says the date is no publication's.
UPDATED = re.compile(
    rf"[·•|–—]?\s*\b(?:last\s+)?(?:updated|modified|edited)(?:\s+on)?:?\s+(?:{ANY_DATE})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.I,
)
#: The page's descriptions for link previews.
DESCRIPTIONS = ("description", "og:description", "twitter:description")
#: A pull quote's class: Ghost's `kg-blockquote-alt`, WordPress's `wp-block-pullquote`, a
#: theme's `pullquote`.
PULL_CLASS = re.compile(r"pull-?quote|blockquote-alt", re.I)
#: A pull quote repeats a sentence, not a phrase: its words at the fewest.
PULL_QUOTE_MIN_WORDS = 6
#: The share of a pull quote's words a sentence beside it says, in their order, where the
#: quote says it again in words of its own (a sub-editor's paraphrase: 7 of 9).
PARAPHRASE_SHARE = 2 / 3
WORD = re.compile(r"\w+")
#: A header's fragment holds this many words at most (`Member-only story`, `3 min read`).
HEADER_WORDS = 4
#: A separator alone, between a header's fragments.
SEPARATOR = re.compile(r"[·•|–—/]")
#: What makes a block more than a fragment: a heading's, a quotation's, a list's, a note's or
#: emphasis's start (a subtitle), a figure or a comma (a dateline's), a sentence's end.
NOT_A_FRAGMENT = re.compile(r"^(?:#|>|[-*+] |\[\^|\*|_)|\d|,|[.!?…:;][’”\"')]*$")


def header_fragments(blocks: list[str]) -> int:
    """How many of a post's first blocks (as its page is read, Markdown) are its header's
    fragments (see the module); 0 where they are not, or where nothing follows them."""
    run: list[str] = []
    for block in (block.strip() for block in blocks):
        timed, separator = READING_TIME.fullmatch(block), SEPARATOR.fullmatch(block)
        words = len(block.split()) <= HEADER_WORDS and not NOT_A_FRAGMENT.search(block)
        if not (timed or separator or words):
            break
        run.append(block)
    marks = sum(bool(SEPARATOR.fullmatch(block)) for block in run)
    marked = marks >= 2 or any(READING_TIME.fullmatch(block) for block in run)
    return len(run) if marked and len(run) < len(blocks) else 0


def words_of(text: str) -> str:
    """The words of a text, lower case, apostrophes and punctuation aside: `don’t` as `don t`."""
    return " ".join(WORD.findall(text.lower()))


def without_reading_time(text: str) -> str:
    """A byline's words without its reading time (`Jan 12, 2026 • 4 min read` → the date), nor
    its update's date (`24 March 2026 Updated 25 March 2026` → the first)."""
    return READING_TIME.sub(" ", UPDATED.sub(" ", text))


def descriptions(soup: BeautifulSoup) -> set[str]:
    """The words of the page's descriptions for link previews, each as `words_of` gives them."""
    found = set()
    for name in DESCRIPTIONS:
        for attr in ("name", "property"):
            tag = soup.find("meta", attrs={attr: name})
            if isinstance(tag, Tag) and (said := words_of(str(tag.get("content") or ""))):
                found.add(said)
    return found


def excerpts(soup: BeautifulSoup, root: Tag) -> list[Tag]:
    """The paragraphs inside a `<header>` of the essay's element that say the page's
    description whole: the excerpt set under the title."""
    said = descriptions(soup)
    if not said:
        return []
    return [
        paragraph
        for header in root.find_all("header")
        for paragraph in header.find_all("p")
        if words_of(paragraph.get_text(" ")) in said
    ]


def header_standfirsts(root: Tag) -> list[Tag]:
    """The standfirst under the title: each paragraph of a sentence or two, classed as a
    sub-editor's line, set after the headline inside the `<header>` that holds it (see the
    module)."""
    return [paragraph for paragraph, _ in _under_headline(root, SUB_EDITOR_CLASS)]


def header_subtitles(root: Tag) -> list[tuple[Tag, str]]:
    """The paragraphs of a sentence or two set after the headline inside the `<header>` that
    holds it, classed as a subtitle (`post-subtitle`, `subheading`), each with that class: the
    writer's own line as a blog's theme sets it, or a sub-editor's, which no such class tells
    apart; read, and the report warns of each (see the module)."""
    return _under_headline(root, SUBTITLE_CLASS)


def _under_headline(root: Tag, classed: re.Pattern[str]) -> list[tuple[Tag, str]]:
    """Each paragraph of `STANDFIRST_WORDS` words at most set after the headline inside the
    `<header>` that holds it, one of its classes `classed`, with that class."""
    found = []
    for header in root.find_all("header"):
        headline = header.find("h1")
        if not isinstance(headline, Tag):
            continue
        # (the header's elements in the page's order: a paragraph before the headline is a
        # kicker's)
        order = {id(tag): at for at, tag in enumerate(header.find_all(True))}
        for paragraph in header.find_all("p"):
            names = [str(name) for name in paragraph.get("class") or () if classed.search(name)]
            short = 0 < len(paragraph.get_text(" ").split()) <= STANDFIRST_WORDS
            if names and short and order[id(paragraph)] > order[id(headline)]:
                found.append((paragraph, names[0]))
    return found


def pull_quotes(root: Tag) -> list[Tag]:
    """The quotations whose words a paragraph of the post says again (see the module)."""
    found = []
    for quote in root.find_all("blockquote"):
        words = words_of(quote.get_text(" "))
        # (WordPress's block editor classes the figure around the quote, `wp-block-pullquote`,
        # and names the author in a `<cite>` inside it: the figure is the pull quote, and its
        # words the quote's without that name)
        if isinstance(figure := quote.parent, Tag) and _pull_figure(figure):
            quote = figure
            cited = " ".join(cite.get_text(" ") for cite in figure.find_all("cite"))
            words = words.removesuffix(" " + words_of(cited)) if cited else words
        if len(words.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        if PULL_CLASS.search(" ".join(quote.get("class") or ())):
            # (set beside the paragraph it repeats: a quotation said again pages later is the
            # essay's own, quoted and then discussed)
            beside = [*quote.find_previous_siblings(limit=2), *quote.find_next_siblings(limit=2)]
        elif quoted(quote.get_text(" ")):
            # (a plain quotation the next paragraph quotes again to discuss it is the essay's
            # own: review 33)
            beside = quote.find_previous_siblings(limit=1)
        else:
            continue
        said = [words_of(tag.get_text(" ")) for tag in beside if tag.name == "p"]
        if any(f" {words} " in f" {paragraph} " for paragraph in said):
            found.append(quote)
    return found


def pull_quotes_set_apart(root: Tag, beside: list[Tag]) -> list[Tag]:
    """The quotations a class says are pull quotes, not among those found `beside` the
    sentence they repeat, whose words a paragraph further off says as whole sentences of its
    own (see the module)."""
    found = []
    for quote in root.find_all("blockquote"):
        words = words_of(quote.get_text(" "))
        if quote in beside or len(words.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        if PULL_CLASS.search(" ".join(quote.get("class") or ())) and _said_as_sentences(
            words, root, quote
        ):
            found.append(quote)
    return found


def pull_quotes_paraphrasing(root: Tag, found: list[Tag]) -> list[Tag]:
    """The blocks a class says are pull quotes, not `found` already, that say a sentence of a
    paragraph beside them again in words of their own (see the module)."""
    paraphrases = []
    for quote in root.find_all(_classed_pull_quote):
        words = words_of(quote.get_text(" ")).split()
        if quote in found or any(up in found for up in quote.parents):
            continue
        if len(words) < PULL_QUOTE_MIN_WORDS:
            continue
        beside = [*quote.find_previous_siblings(limit=2), *quote.find_next_siblings(limit=2)]
        sentences = [
            words_of(sentence).split()
            for paragraph in beside
            if paragraph.name == "p"
            for sentence in split_sentences(paragraph.get_text(" "))
        ]
        if any(
            _in_order(words, sentence) >= PARAPHRASE_SHARE * len(words) for sentence in sentences
        ):
            paraphrases.append(quote)
    return paraphrases


def _classed_pull_quote(tag: Tag) -> bool:
    """A `<blockquote>`, or a `<div>` or `<aside>` holding no quotation of its own, whose
    class says it is a pull quote."""
    classed = bool(PULL_CLASS.search(" ".join(tag.get("class") or ())))
    held = tag.name in ("div", "aside") and tag.find("blockquote") is None
    return classed and (tag.name == "blockquote" or held)


def _in_order(words: list[str], sentence: list[str]) -> int:
    """How many of the words the sentence says in their order (their longest common run, gaps
    allowed)."""
    row = [0] * (len(sentence) + 1)
    for word in words:
        last = 0
        for at, said in enumerate(sentence, start=1):
            last, row[at] = row[at], last + 1 if word == said else max(row[at], row[at - 1])
    return row[-1]


def _said_as_sentences(words: str, root: Tag, quote: Tag) -> bool:
    """Whether a paragraph of the post, outside the quote, says its words as whole sentences
    of its own (one or more, from a sentence's start to a sentence's end)."""
    for paragraph in root.find_all("p"):
        if paragraph is quote or quote in paragraph.parents or paragraph in quote.parents:
            continue
        if paragraph.find_parent("blockquote") is not None:
            continue  # (another quotation's words are no paragraph's own)
        sentences = [words_of(sentence) for sentence in split_sentences(paragraph.get_text(" "))]
        for start in range(len(sentences)):
            for end in range(start + 1, len(sentences) + 1):
                if " ".join(sentences[start:end]) == words:
                    return True
    return False


def _pull_figure(figure: Tag) -> bool:
    """A figure classed as a pull quote that holds a quotation alone (WordPress's
    `<figure class="wp-block-pullquote"><blockquote>…</blockquote></figure>`)."""
    held = [child for child in figure.children if isinstance(child, Tag)]
    return (
        figure.name == "figure"
        and bool(PULL_CLASS.search(" ".join(figure.get("class") or ())))
        and [child.name for child in held] == ["blockquote"]
    )


def quoted(text: str) -> bool:
    """Whether a text stands whole in quotation marks (`“…”`, a stop inside or after them)."""
    text = text.strip().rstrip(".")
    return text[:1] in OPENING_QUOTES and text[-1:] in CLOSING_QUOTES
