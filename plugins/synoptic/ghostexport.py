"""A Ghost site's content export (Ghost Admin → Settings → Export content: one JSON file,
`{"db": [{"meta": {…}, "data": {"posts": […], "users": […], …}}]}`), its one published post
read as the page Ghost would show (docs/editions.md, "A Ghost site's content export (JSON)").

It is known by its shape once parsed (`json`, nothing evaluated): an object whose `db` list
opens with an entry holding `meta` and `data.posts`. Any other JSON (an object or a list at its
top, or in a file named `.json` a lone string, number or null) is no text of an essay's, and
is refused with what to do: publishing its syntax as a paragraph was the first contact's
reading. A text is JSON only where its file is named `.json` (one that does not parse refused
at the line where it breaks) or where it parses whole as an object or a list, whatever its
name: a Markdown or text file that opens as JSON might (`{"note": "a"} is how I began.`) and
does not parse is text, read as text.

The post is read from its `html` (what Ghost's renderer made of the editor's state): its
`lexical` (or `mobiledoc`) is the same text as the editor keeps it, and its `plaintext` the
same text again, its cards' words run together; read once, from the HTML. Around it:

- the title the post's `title`; the authors only through `posts_authors` (the post's rows in
  their `sort_order`) → `users` (their `name`), never the site's owner as such, nor
  `published_by` (who pressed Publish); the date its `published_at`, the day it was in the
  site's `timezone` (a setting), never `created_at`, `updated_at` or the export's date: the
  front, which no element of the post's overrides (a span classed `author`, a `<time>`);
- Ghost's cards that are no text of the post's (`kg-card`): a bookmark (a link's preview: the
  linked page's title, description and publisher), a button, a product, a signup form, a file,
  an audio or video player, an embed: left out, listed; a callout (a boxed aside with its
  emoji) left out too, listed, with a warning (its words are the post's author's, set aside
  from the text: check them); an image's caption left out with its figure (htmlpage.py);
- the notes: a list of notes under a Notes heading read as any page's.

The one published post (`type` post, `status` published) is read; a lone post of another
status (a draft) is read with a warning where none is published; an export holding several
published posts, or none but several drafts, is refused, naming each. Left out, each listed:
the other posts and pages, the post's custom excerpt and its meta (search and social titles,
the e-mail subject, the feature image's caption), its tags, the users, the site's title and
description, and every other table of the export by its name and rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bs4 import BeautifulSoup, Tag

from .errors import SynopticError
from .htmlpage import (
    HtmlPage,
    clean_spaces,
    html_page,
    made_page,
    refuse_deep_nesting,
    with_left_out,
)
from .names import and_joined
from .wordpress import fragment, one_published

#: What a text parsed whole as JSON opens with where it holds an object or a list (the cheap
#: look before a text not named `.json` is parsed: any other is no JSON ingest reads).
JSON_OPENS = ("{", "[")
#: What a refusal calls a file named `.json` that does not parse, and what it asks for.
JSON_FILE = "a JSON file"
EXPORT_AGAIN = "export it again"
#: The classes of Ghost's cards that hold no text of the post's (a link's preview, a form, a
#: player, an embedded page), each with what the report says it is.
FURNITURE_CARDS = {
    "kg-bookmark-card": "a bookmark card (a linked page's preview: its title, description, "
    "publisher)",
    "kg-button-card": "a button card",
    "kg-product-card": "a product card",
    "kg-signup-card": "a signup card (a newsletter's form)",
    "kg-file-card": "a file card (a download)",
    "kg-audio-card": "an audio card (a player)",
    "kg-video-card": "a video card (a player)",
    "kg-embed-card": "an embed card (another site's page)",
}
CALLOUT_CARD = "kg-callout-card"
#: What the report lists a post's meta by (`posts_meta`): titles and descriptions for search
#: engines, social sites and the newsletter's e-mail, the feature image's caption.
META_FIELDS = (
    "meta_title",
    "meta_description",
    "og_title",
    "og_description",
    "twitter_title",
    "twitter_description",
    "email_subject",
    "feature_image_alt",
    "feature_image_caption",
)
#: The tables read (the posts, and what names the post's authors and the site's time zone).
READ_TABLES = frozenset(
    {"posts", "posts_authors", "users", "settings", "posts_meta", "tags", "posts_tags"}
)
PUBLISHED = "published"

CARD = (
    "a Ghost site's content export: {card} in the post's html, no text of the post's, line of "
    "the JSON"
)
CALLOUT = (
    "a Ghost site's content export: a callout card in the post's html (a boxed aside, its "
    "emoji and its words), line of the JSON"
)
OTHER_POST = (
    "a Ghost site's content export: another post or page than the post read (a page, a draft), "
    "line of the JSON"
)
AROUND = "a Ghost site's content export: the post's {what}, not its text, line of the JSON"
SITE = "a Ghost site's content export: the site's {what}, not the post's, line of the JSON"
TABLE = "a Ghost site's content export: a table not read, line of the JSON"
OTHER_JSON = (
    "a JSON file ({kind} at its top), no text: JSON is data a program writes, and its syntax "
    "is no essay's; convert it to text, Markdown or HTML first (the program that wrote it may "
    "export its texts so), and ingest that"
)


@dataclass(frozen=True)
class GhostExport:
    page: HtmlPage  # the post as read (its left_out, the export's too)
    version: str  # Ghost's version, as the export's meta says it
    authors: int  # the authors read from posts_authors
    cards: int  # the cards left out of the post's html
    warnings: tuple[str, ...] = ()


def ghost_export(raw: str, path: str) -> GhostExport | None:
    """The post of a Ghost export (see the module), or None for a text that is no JSON; any
    other JSON is refused."""
    found = parsed_json(raw, path)
    if found is None:
        return None
    (parsed,) = found
    data = export_data(parsed)
    if data is None:
        raise SynopticError(path, 1, OTHER_JSON.format(kind=json_kind(parsed)))
    posts = rows(data, "posts")
    post, warnings = the_post(posts, raw, path)
    html = text(post, "html")
    if not html.strip():
        raise SynopticError(
            path,
            line_of(raw, post),
            f"a Ghost export whose post {text(post, 'title')!r} has no html (Ghost renders it "
            "when the post is saved): open the post in Ghost's editor, save it, export again",
        )
    line = line_of(raw, post)
    post_soup = fragment(html, line)
    cards, card_warnings = cards_left_out(post_soup, line)
    authors = post_authors(post, data)
    site = setting(data, "title")  # (the site's name: the publisher)
    byline = and_joined(authors) if authors else ""  # (`A`, `A and B`, `A, B and C`)
    head_html = made_page(text(post, "title"), byline, post_day(post, data), site)
    page = html_page(head_html, prepare=set_post(post_soup, path), path=path, made_head=True)
    if page is None:  # (never: the page made has its head and body)
        raise SynopticError(path, line, "a Ghost export whose post holds no text")
    author_warnings = () if authors else (no_author(post, line),)
    return GhostExport(
        with_left_out(page, cards, around_the_post(post, data, raw)),
        export_version(parsed),
        len(authors),
        len(cards),
        (*warnings, *card_warnings, *author_warnings),
    )


def parsed_json(
    raw: str, path: str, suffix: str = ".json", what: str = JSON_FILE, again: str = EXPORT_AGAIN
) -> tuple[object] | None:
    """The file's JSON value, alone in a tuple (a value may be null): a file named `suffix`'s
    whatever it is (a lone string, number or null too: JSON, no text), one that does not parse
    refused at its line, as `what` (notebook.py's `.ipynb`, "a Jupyter notebook"), with what
    to do `again`; any other file's where it parses whole as an object or a list. None for any
    other text: its first words alone (`{"note": "a"} is how I began.`) make no file JSON, nor
    does a lone quotation (`"…"`)."""
    named = path.lower().endswith(suffix)
    if not named and not raw.lstrip("\ufeff \t\r\n").startswith(JSON_OPENS):
        return None
    try:
        value = json.loads(raw.lstrip("\ufeff"))
    except (ValueError, RecursionError) as error:  # (json's errors: a ValueError's kind)
        if not named:
            return None  # (a text that does not parse whole, whatever it opens with)
        raise refused_json(error, path, what, again) from None
    return (value,) if named or isinstance(value, (dict, list)) else None


def json_kind(value: object) -> str:
    """What a JSON value is, as the refusal of any other JSON names it (`an object`)."""
    if isinstance(value, bool):  # (before a number: Python's True is an int)
        return "true or false"
    kinds = {dict: "an object", list: "a list", str: "a string"}
    return "null" if value is None else kinds.get(type(value), "a number")


def refused_json(
    error: Exception, path: str, what: str = JSON_FILE, again: str = EXPORT_AGAIN
) -> SynopticError:
    """The refusal of a file named as JSON (`what` it is) that Python's `json` does not read:
    at the line it breaks on, or where it is no syntax's fault (nesting too deep, a number too
    long), said so; with what to do `again`."""
    if isinstance(error, json.JSONDecodeError):
        return SynopticError(
            path,
            error.lineno,
            f"{what} that does not parse ({error.msg}, column {error.colno}): repair it, or "
            f"{again}",
        )
    return SynopticError(  # (a number too long to read, nesting too deep)
        path,
        1,
        f"{what} that Python's json cannot read (nesting too deep, a number too long): {again}",
    )


def export_data(parsed: object) -> dict | None:
    """The tables of a Ghost export (`db[0].data`, holding `posts`, whose `db[0]` has its
    `meta`), or None for any other JSON."""
    db = parsed.get("db") if isinstance(parsed, dict) else None
    entry = db[0] if isinstance(db, list) and db and isinstance(db[0], dict) else {}
    data = entry.get("data")
    if "meta" in entry and isinstance(data, dict) and isinstance(data.get("posts"), list):
        return data
    return None


def export_version(parsed: dict) -> str:
    """Ghost's version, as a Ghost export's `db[0].meta` says it ("" where it says none)."""
    meta = parsed["db"][0]["meta"]
    return text(meta, "version") if isinstance(meta, dict) else ""


def rows(data: dict, table: str) -> list[dict]:
    """The rows of one of the export's tables, those that are objects ([] where none)."""
    found = data.get(table)
    return [row for row in found if isinstance(row, dict)] if isinstance(found, list) else []


def text(row: dict, key: str) -> str:
    """A row's field where it is text ("" where it is none: null, a number, a list)."""
    value = row.get(key)
    return value if isinstance(value, str) else ""


def line_of(raw: str, row: dict) -> int:
    """The line of the JSON a row opens on: that of its id's first appearance as a value (an
    export is one line, Ghost's; a pretty-printed one has many), else 1."""
    found = raw.find(json.dumps(text(row, "id"))) if text(row, "id") else -1
    return raw.count("\n", 0, found) + 1 if found >= 0 else 1


def the_post(posts: list[dict], raw: str, path: str) -> tuple[dict, tuple[str, ...]]:
    """The one published post (a page is the site's, not a post), and the warnings its choice
    calls for; an export holding several published posts, or none but several drafts, is
    refused, naming each with its line."""
    writings = [post for post in posts if text(post, "type") in ("", "post")]
    published = [post for post in writings if text(post, "status") == PUBLISHED]
    if chosen := one_published(
        writings, published, partial(text, key="status"), partial(line_of, raw)
    ):
        return chosen
    named = "; ".join(
        f"{text(post, 'title')!r} ({text(post, 'status') or 'no status'}, line "
        f"{line_of(raw, post)})"
        for post in (published or writings)
    )
    held = (
        f"{len(published)} published posts ({named})"
        if published
        else f"no published post, but {len(writings)} of other statuses ({named})"
        if writings
        else "no post (pages alone, or nothing)"
    )
    raise SynopticError(
        path,
        line_of(raw, (published or writings or [{}])[0]),
        f"a Ghost export holding {held}: copy the post meant from the site (its page saved as "
        "HTML), or delete the other posts from the export's `posts`, and ingest it again",
    )


def post_authors(post: dict, data: dict) -> list[str]:
    """The names of the post's authors, in their `sort_order`: its `posts_authors` rows, each
    user's `name` (a user the export does not hold, or unnamed, is skipped)."""
    names = {text(user, "id"): clean_spaces(text(user, "name")) for user in rows(data, "users")}
    own = [row for row in rows(data, "posts_authors") if row.get("post_id") == post.get("id")]
    ordered = sorted(own, key=lambda row: sort_key(row.get("sort_order")))
    found = [names.get(text(row, "author_id"), "") for row in ordered]
    return list(dict.fromkeys(name for name in found if name))


def sort_key(order: object) -> float:
    """A `sort_order` as a number to sort by (one that is none, last)."""
    return order if isinstance(order, (int, float)) and not isinstance(order, bool) else 1e9


def setting(data: dict, key: str) -> str:
    """The value of one of the site's settings (`settings`: its title, its timezone), or ""."""
    return next((text(row, "value") for row in rows(data, "settings") if row.get("key") == key), "")


def post_day(post: dict, data: dict) -> str:
    """The post's date, `YYYY-MM-DD`: its `published_at` (UTC) as the day it was where the
    site is (its `timezone` setting; UTC where none is known); "" where it has none."""
    try:
        when = datetime.fromisoformat(text(post, "published_at").replace("Z", "+00:00"))
    except ValueError:
        return ""
    zone = setting(data, "timezone")
    try:
        when = when.astimezone(ZoneInfo(zone)) if zone and when.tzinfo else when
    except (ZoneInfoNotFoundError, ValueError, OverflowError):
        pass  # (a zone Python does not know, a time at the calendar's ends: the day in UTC)
    return when.date().isoformat()


def set_post(post: BeautifulSoup, path: str):
    """What sets the post's parsed html into the page `post_page` made, node by node; a post
    nesting too deep refused as any page's."""

    def into(soup: BeautifulSoup) -> None:
        soup.article.extend(list(post.contents))
        refuse_deep_nesting(soup, path)

    return into


def has_class(tag: Tag, name: str) -> bool:
    """Whether an element's classes hold `name`."""
    classes = tag.get("class") or []
    return name in (classes.split() if isinstance(classes, str) else classes)


def cards_left_out(
    post: BeautifulSoup, line: int
) -> tuple[list[tuple[int, str, str]], tuple[str, ...]]:
    """Ghost's cards that hold no text of the post's taken out of its parsed html, each as the
    report lists it (line, words, why), and a warning per callout (its words are the author's:
    whether they are the essay's only the editor can say)."""
    left, warnings = [], []
    for card in post.find_all(class_="kg-card"):
        if card.parent is None:
            continue  # (inside a card already taken)
        words = clean_spaces(card.get_text(" "))
        if has_class(card, CALLOUT_CARD):
            left.append((card.sourceline or line, words, CALLOUT))
            warnings.append(
                f"a callout card in the post (line {card.sourceline or line}) left out as an "
                f"aside: {words[:80]!r}; if it is the essay's text, add it to the edition"
            )
            card.decompose()
            continue
        named = next((why for name, why in FURNITURE_CARDS.items() if has_class(card, name)), "")
        if named:
            left.append((card.sourceline or line, words, CARD.format(card=named)))
            card.decompose()
    return left, tuple(warnings)


def no_author(post: dict, line: int) -> str:
    """The warning for a post that no row of `posts_authors` gives a named user."""
    return (
        f"the post {text(post, 'title')!r} (line {line}) has no author the export names "
        "(posts_authors → users): the author is left unknown; write it into the edition's front "
        "matter"
    )


def around_the_post(post: dict, data: dict, raw: str) -> list[tuple[int, str, str]]:
    """What the export holds besides the post's html, each as the report lists it (line,
    words, why): the other posts, the post's excerpt, meta and tags, the users, the site's
    title and description, the other tables."""
    line = line_of(raw, post)
    left = [
        (
            line_of(raw, other),
            f"{text(other, 'type') or 'post'} ({text(other, 'status')}): "
            f"{clean_spaces(text(other, 'title'))}",
            OTHER_POST,
        )
        for other in rows(data, "posts")
        if other is not post
    ]
    if excerpt := clean_spaces(text(post, "custom_excerpt")):
        left.append((line, excerpt, AROUND.format(what="custom excerpt (a teaser)")))
    for meta in rows(data, "posts_meta"):
        if meta.get("post_id") == post.get("id"):
            for key in META_FIELDS:
                said = BeautifulSoup(text(meta, key), "html.parser").get_text()
                if words := clean_spaces(said):
                    left.append((line_of(raw, meta), words, AROUND.format(what=f"meta ({key})")))
    tags = {text(tag, "id"): text(tag, "name") for tag in rows(data, "tags")}
    own = [row for row in rows(data, "posts_tags") if row.get("post_id") == post.get("id")]
    if named := [tags.get(text(row, "tag_id"), "") for row in own]:
        left.append((line, ", ".join(filter(None, named)), AROUND.format(what="tags")))
    for user in rows(data, "users"):
        said = clean_spaces(f"{text(user, 'name')}: {text(user, 'bio')}".strip(": "))
        left.append((line_of(raw, user), said, SITE.format(what="user (a profile, its bio)")))
    for setting in rows(data, "settings"):
        if setting.get("key") in ("title", "description") and text(setting, "value"):
            what = f"setting ({setting['key']})"
            left.append((line_of(raw, setting), text(setting, "value"), SITE.format(what=what)))
    for table, found in data.items():
        if table not in READ_TABLES and isinstance(found, list) and found:
            left.append((1, f"{table}: {len(found)} row{'s' * (len(found) != 1)}", TABLE))
    return left


def ghost_read_as(export: GhostExport) -> str:
    """The report's line on how a Ghost export was read."""
    cards = f", {export.cards} card{'s' * (export.cards != 1)} left out" if export.cards else ""
    return (
        f"a Ghost site's content export (JSON, Ghost {export.version or 'of no version said'}): "
        f"its one post read from its html as a page saved as HTML{cards}; its title and date "
        f"(published_at) from the post, its {export.authors} author"
        f"{'s' * (export.authors != 1)} from posts_authors → users, its publisher the site's "
        "title (settings); its lexical and plaintext "
        "(the same text again) not read; the other posts, the users, settings and tables left "
        "out, each listed"
    )
