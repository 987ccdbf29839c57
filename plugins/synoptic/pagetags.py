"""A post's topics or tags as a page's template sets them below the post: a word or two of
label and a list of links (`<div class="article-tags"><span>Topics</span><ul><li><a
href="/topics/botany">Botany</a></li>…</ul></div>`), read by `htmlpage` as a block of links
alone is: left out and listed.

An element is such a list where it holds one list or more and no heading nor menu (`<nav>`),
every item of them a link alone of a few words (a tag's name, not a reading list's titles), no
item a note, and besides the items at most `LABEL_WORDS` words that make no sentence (`Topics`,
`Tagged:`). A list of links with a sentence beside it (`These sources I used:`), a heading over
it, or an item holding words beside its link is read.

A list of such links with no element round it is one where it stands in the article's
`<footer>` (a magazine's template sets `<ul class="tags">` there, beside the sharing buttons
and the author's box) or its class says tags or topics (`tags`, `post-topics`) and no paragraph
of text follows it in its article (but in a footer, an aside or a menu): a list of short links
amid the text, so classed or not, is the essay's (a reading list), and is read.
"""

from __future__ import annotations

import re

from bs4 import Tag

LABEL_WORDS = 2  # `Topics`, `Filed under`
TAG_WORDS = 3  # a tag's name: `Botany`, `Natural history museums`
HOLDERS = frozenset({"div", "section", "footer", "p", "span"})
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
SENTENCE = re.compile(r"\w[.!?]")
#: A list's class that says it lists the post's tags (a class token: `tags`, `post-topics`,
#: `article-categories`, `keywords`).
TAGS_CLASS = re.compile(r"(?:^|[-_])(?:tags?|topics?|categories|keywords)$", re.I)


def is_tag_list(tag: Tag) -> bool:
    """Whether the element is a post's topics or tags (see the module)."""
    if tag.name in ("ul", "ol") and _bare_tags_list(tag):
        return True
    if tag.name not in HOLDERS or tag.find((*HEADINGS, "nav")) is not None:
        return False
    items = [item for listed in tag.find_all(("ul", "ol")) for item in listed.find_all("li")]
    if not items or not all(_link_alone(item) for item in items):
        return False
    listed = {id(item) for item in items}
    label = " ".join(
        str(text)
        for text in tag.find_all(string=True)
        if not any(id(parent) in listed for parent in text.parents)
    )
    return len(label.split()) <= LABEL_WORDS and not SENTENCE.search(label)


def _bare_tags_list(listed: Tag) -> bool:
    """A list of tags' links with no element round it: in the article's footer, or classed as
    tags (see the module)."""
    footer = listed.find_parent("footer")
    # (the article's own footer, not the site's: its menu is the page's, left out as such)
    placed = footer is not None and footer.find_parent("article") is not None
    classed = any(TAGS_CLASS.search(name) for name in listed.get("class") or ())
    # (a list so classed amid the essay's paragraphs is the writer's: review 41)
    classed = classed and _after_the_text(listed)
    items = listed.find_all("li")
    return (placed or classed) and bool(items) and all(_link_alone(item) for item in items)


def _after_the_text(listed: Tag) -> bool:
    """Whether no paragraph of text follows the list inside the article that holds it (or
    the main, or the page's body), but in a footer, an aside or a menu (the comments' line,
    the author's box): the list stands after the essay's text."""
    holder = listed.find_parent(("article", "main")) or listed.find_parent("body")
    for paragraph in listed.find_all_next("p"):
        if holder is not None and not any(parent is holder for parent in paragraph.parents):
            break
        aside = paragraph.find_parent(("footer", "aside", "nav")) is not None
        if not aside and paragraph.get_text(strip=True):
            return False
    return True


def _link_alone(item: Tag) -> bool:
    """An item that is one link and nothing else, of a tag's few words, and no note's."""
    links = item.find_all("a")
    words = item.get_text(" ").split()
    return (
        len(links) == 1
        and 0 < len(words) <= TAG_WORDS
        and words == links[0].get_text(" ").split()
        and not re.fullmatch(r"#.*", links[0].get("href") or "")
        and item.find(("ul", "ol")) is None
    )
