"""Editions (Markdown with front matter) → the data model.

Parsing is done by markdown-it-py, whose tokens keep their source lines (`Token.map`), so every
problem is reported as `file:line: what is wrong`. Problems that leave the essay readable are
returned as a list (the plugin logs them as warnings, which `mkdocs build --strict` turns into a
failed build); problems that leave nothing sensible to publish raise `SynopticError`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import SynopticError
from .mdparser import edition_parser
from .model import (
    FRONT_MATTER_KEYS,
    MISSING_NOTE,
    UNKNOWN,
    Collection,
    Essay,
    Footnote,
    NoteRefs,
    Paragraph,
    Section,
)
from .names import ESSAY_ID, footnote_id, footnote_ref_id, is_own_paragraph_id, unique_slug
from .schema import Mapping, Reader, Text, web_address
from .sourcefile import read_source
from .yamlsource import parse_front_matter

DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?\Z")  # ASCII: \d takes any digits
#: Bounds on what pages show whole: a title in the navigation, a summary on a card.
MAX_TITLE = 300
MAX_SUMMARY = 600
ID_LINE = re.compile(r"^\{#([^\s}]+)[^}]*\}\s*$")
#: A footnote reference as written in the source; one escaped (`\[^1]`) is text, no reference.
UNDEFINED_REF = re.compile(r"(?<!\\)(?:\\\\)*\[\^([^\]\s]+)\]")
#: Top-level blocks published as paragraphs, by markdown-it token type → Paragraph.kind.
BLOCK_KINDS = {
    "paragraph_open": "paragraph",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "blockquote_open": "quote",
    "fence": "code",
    "code_block": "code",
}
#: An inline note as other Markdown tools write it (`^[…]`), not escaped (`^\[`), outside a
#: code span (`CODE_SPAN`, where `^[A-Z]+$` is a pattern).
INLINE_NOTE = re.compile(r"(?<!\\)\^\[")
CODE_SPAN = re.compile(r"(`+).+?\1", re.DOTALL)
#: The classes an id line may give a paragraph (`{#x-p1 .epigraph}`); the page shows each as
#: `syn-CLASS`, so any other could take one of the engine's own (`.hidden`).
PARAGRAPH_CLASSES = ("epigraph",)
#: Attributes Markdown itself gives a block (an ordered list's first number); an attribute
#: line may set no other.
NATIVE_ATTRIBUTES = {"ordered_list_open": frozenset({"start"})}
#: Top-level blocks that hold no essay text and are not published as such: the front matter
#: (read apart) and a thematic break (`***`).
WORDLESS = frozenset({"hr", "front_matter"})


def make_parser(essay_id: str) -> MarkdownIt:
    """The edition parser (`mdparser.edition_parser`), its footnote references rendered with
    ids scoped by essay so that notes of several essays can share a page without colliding."""
    md = edition_parser()

    def footnote_ref(renderer, tokens: Sequence[Token], idx: int, options, env) -> str:
        meta = tokens[idx].meta
        return footnote_ref_html(essay_id, meta["label"], meta["subId"])

    def image(renderer, tokens: Sequence[Token], idx: int, options, env) -> str:
        # Shown as its description: an image would load from wherever its address points
        # (a reader's visit told to another host), and editions publish text (`image_problems`).
        return escape(alt_text(tokens[idx]), quote=False)

    md.add_render_rule("footnote_ref", footnote_ref)
    md.add_render_rule("image", image)
    return md


def alt_text(image: Token) -> str:
    return shown_text(image.children or [])


def shown_text(children: list[Token]) -> str:
    """The characters a reader sees of inline tokens: text, code, a break as a space, an
    image as its description; footnote markers and markup left out."""
    return "".join(
        " "
        if c.type in ("softbreak", "hardbreak")
        else alt_text(c)
        if c.type == "image"
        else c.content
        for c in children
        if c.type in ("text", "code_inline", "softbreak", "hardbreak", "image")
    )


def inline_note_problems(path: Path, tokens: list[Token]) -> list[SynopticError]:
    """Every inline note (`^[…]`, in a paragraph, heading or note), which shows as written."""
    return [
        SynopticError(
            path,
            token.map[0] + 1 if token.map else None,
            "an inline note (^[…]) is shown as written, not as a note: write [^n] where it "
            "stands and '[^n]: …' with its words at the end",
        )
        for token in tokens
        if token.type == "inline" and INLINE_NOTE.search(CODE_SPAN.sub("", token.content))
    ]


def image_problems(path: Path, tokens: list[Token]) -> list[SynopticError]:
    """Every image in the edition, which the site shows as its description only."""
    return [
        SynopticError(
            path,
            token.map[0] + 1 if token.map else None,
            f"an image ({child.attrGet('src')}) is shown as its description only "
            f"({alt_text(child)!r}): the site publishes no images from editions; write the "
            "description as text and remove the image",
        )
        for token in tokens
        if token.type == "inline"
        for child in token.children or ()
        if child.type == "image"
    ]


def footnote_ref_html(essay_id: str, label: str, occurrence: int) -> str:
    # A label is the edition's text like any other: markdown-it takes any run of characters
    # without a space or `]` (`[^<svg/onload=…>]`), so each part is escaped.
    ref = escape(footnote_ref_id(essay_id, label, occurrence))
    target = escape(footnote_id(essay_id, label))
    # Named for a screen reader: out of context, a link read "1" says nothing (a reader's review).
    return (
        f'<sup id="{ref}"><a class="footnote-ref" href="#{target}" '
        f'aria-label="Note {escape(label)}">{escape(label)}</a></sup>'
    )


def load_collection(essays_dir: Path) -> tuple[Collection, list[SynopticError]]:
    """Load every `*.md` edition in `essays_dir`, in file-name order."""
    essays: list[Essay] = []
    problems: list[SynopticError] = []
    seen_paragraphs: dict[str, Paragraph] = {}
    for path in sorted(essays_dir.glob("*.md")):
        essay, essay_problems = load_essay(path)
        problems += essay_problems
        if any(e.id == essay.id for e in essays):
            raise SynopticError(
                path, 2, f"duplicate essay id {essay.id!r}: every essay needs its own id"
            )
        for p in essay.paragraphs:
            if p.id in seen_paragraphs:
                first = seen_paragraphs[p.id]
                problems.append(
                    SynopticError(
                        path,
                        p.line,
                        f"duplicate paragraph id {p.id!r} "
                        f"(first used in essay {first.essay_id!r}, line "
                        f"{first.line}); give this paragraph a new id",
                    )
                )
            seen_paragraphs.setdefault(p.id, p)
        essays.append(essay)
    if not essays:
        raise SynopticError(
            essays_dir, None, "no editions (*.md) found; make one with scripts/ingest.py"
        )
    return Collection(essays), problems


def load_essay(path: Path) -> tuple[Essay, list[SynopticError]]:
    text = read_source(path, "the edition")
    lines = text.splitlines()
    meta, meta_problems = read_front_matter(path, text)
    essay = Essay(path=path, **{key: str(meta[key]) for key in FRONT_MATTER_KEYS})
    md = make_parser(essay.id)
    env: dict = {}
    tokens = md.parse(text, env)
    problems = (
        meta_problems
        + check_footnote_definitions(path, env)
        + unused_link_definitions(path, env)
        + image_problems(path, tokens)
        + inline_note_problems(path, tokens)
    )
    problems += build_body(essay, md, tokens, env, lines)
    if not essay.paragraphs:
        problems.append(
            SynopticError(
                path,
                len(lines) or 1,
                "the edition has no paragraphs: write the essay's text below the front matter",
            )
        )
    return essay, problems


def read_front_matter(path: Path, text: str) -> tuple[dict[str, str], list[SynopticError]]:
    """The front matter of the edition `text`, every value text (UNKNOWN where a value is
    refused), and the problems found. Problems that leave the essay without an id raise."""
    front = parse_front_matter(
        path,
        text,
        "the edition must start with YAML front matter between '---' lines (id, title, author, …)",
    )
    missing = [key for key in FRONT_MATTER_KEYS if front.values.get(key) in (None, "")]
    if missing:
        raise SynopticError(
            path,
            2,
            f"front matter lacks {', '.join(missing)} (write "
            f"'{UNKNOWN}' for what the text does not say)",
        )
    reader = Reader(path, front.lines, kind="front-matter")
    meta = EDITION.read(reader, front.values, ())
    if bad_id := reader.failed(("id",)):
        raise bad_id
    return {key: value or UNKNOWN for key, value in meta.items()}, reader.errors


def essay_id_problem(name: str, written: str) -> str | None:
    return (
        None
        if ESSAY_ID.match(written)
        else (f"essay id {written!r} must be lower-case letters, digits and hyphens")
    )


def date_problem(name: str, written: str) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY, a real day or month; or UNKNOWN."""
    parts = written.split("-")
    if written == UNKNOWN or (DATE.match(written) and is_date(*map(int, parts))):
        return None
    return f"bad {name} {written!r}: write YYYY-MM-DD, YYYY-MM or YYYY, or {UNKNOWN}"


def is_date(year: int, month: int = 1, day: int = 1) -> bool:
    try:
        return bool(date(year, month, day))
    except ValueError:
        return False


def url_problem(name: str, written: str) -> str | None:
    return None if written == UNKNOWN else web_address(name, written)


#: An edition's front matter: every key of FRONT_MATTER_KEYS, each text (`unknown` where the
#: text does not say), bounded where a page shows it whole.
EDITION = Mapping(
    {key: Text() for key in FRONT_MATTER_KEYS}
    | {
        "id": Text(check=essay_id_problem),
        "date": Text(check=date_problem),
        "url": Text(check=url_problem),
        "title": Text(max_length=MAX_TITLE),
        "summary": Text(max_length=MAX_SUMMARY),
    }
)


def check_footnote_definitions(path: Path, env: dict) -> list[SynopticError]:
    """markdown-it drops a definition nobody references, and all but the last of a label's
    definitions (at the margin, indented, in a quotation or a list); say so instead of losing
    them."""
    lines: dict[str, list[int]] = {}
    set_attributes = []
    for label, line, attributes in env.get("note_definitions", []):
        lines.setdefault(label, []).append(line)
        if attributes:  # (never shown: a note's attribute line would vanish unsaid)
            set_attributes.append(attribute_problem(path, line - 1 or 1, attributes))
    refs = env.get("footnotes", {}).get("refs", {})
    problems = [
        SynopticError(
            path,
            lines.get(label[1:], [None])[0],
            f"footnote [^{label[1:]}] is defined but never referenced; add its "
            "marker to the text or delete the definition",
        )
        for label, idx in refs.items()
        if idx < 0
    ]
    return (
        problems
        + set_attributes
        + [
            SynopticError(
                path,
                line,
                f"footnote [^{label}] is defined again here (first at line {found[0]}), and only "
                "one definition can be shown: give each note its own label (and its marker in the "
                "text), or delete one",
            )
            for label, found in lines.items()
            for line in found[1:]
        ]
    )


def build_body(
    essay: Essay, md: MarkdownIt, tokens: list[Token], env: dict, lines: list[str]
) -> list[SynopticError]:
    """Fill the essay's sections, paragraphs and footnotes from the token stream.

    Every top-level block is published or reported: a paragraph, list, quotation or code block
    becomes a Paragraph, a heading a Section, a note a Footnote; a thematic break holds no
    words; anything else is a problem naming its line.
    """
    problems: list[SynopticError] = []
    # Section anchors share the page with paragraph ids: never give one a paragraph's id.
    anchors: set[str] = {str(t.attrs["id"]) for t in tokens if "id" in t.attrs}
    section = Section(title=None, anchor=None, level=2)
    essay.sections.append(section)
    applied_ids: set[str] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "footnote_block_open":  # descend: its notes are read one by one
            i += 1
            continue
        end = closing_index(tokens, i)
        if token.type == "heading_open":
            if set(token.attrs) - {"id"}:  # (an id alone: `dangling_id_lines` says so)
                problems += drop_set_attributes(essay.path, [token])
            inline = tokens[i + 1]
            title = plain_text([inline])
            if not title:
                problems.append(
                    SynopticError(
                        essay.path,
                        token.map[0] + 1 if token.map else None,
                        "a heading without words would not be shown (a note marker alone "
                        "is no heading): write its words, or move the marker into the text "
                        "and delete the heading",
                    )
                )
            section = Section(
                title=title,
                anchor=unique_slug(title, anchors),
                level=int(token.tag[1]),
                html=md.renderer.render(inline.children or [], md.options, env),
                refs=note_refs(essay.id, [inline]),
            )
            essay.sections.append(section)
        elif token.type in BLOCK_KINDS:
            paragraph, paragraph_problems = make_paragraph(
                essay, md, tokens[i : end + 1], env, section, len(essay.paragraphs) + 1
            )
            problems += paragraph_problems
            applied_ids.add(paragraph.id)
            section.paragraphs.append(paragraph)
        elif token.type == "footnote_open":
            footnote = make_footnote(essay, md, tokens[i : end + 1], env)
            essay.footnotes[footnote.label] = footnote
        elif token.type not in WORDLESS and token.type != "footnote_block_close":
            problems.append(
                SynopticError(
                    essay.path,
                    token.map[0] + 1 if token.map else None,
                    f"a block of kind {token.type!r} is not supported in "
                    "an edition and would not be published; rewrite it "
                    "as a paragraph, list or quotation",
                )
            )
        i = end + 1
    if not essay.sections[0].paragraphs and len(essay.sections) > 1:
        del essay.sections[0]
    problems += dangling_id_lines(essay.path, lines, applied_ids, tokens)
    return problems


def closing_index(tokens: list[Token], start: int) -> int:
    """Index of the token that closes the block opened at `start` (itself if not an opener)."""
    if tokens[start].nesting != 1:
        return start
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def make_paragraph(
    essay: Essay, md: MarkdownIt, block: list[Token], env: dict, section: Section, position: int
) -> tuple[Paragraph, list[SynopticError]]:
    opener = block[0]
    line = opener.map[0] + 1
    attrs = dict(opener.attrs)
    problems: list[SynopticError] = []
    paragraph_id = str(attrs.pop("id", ""))
    if not paragraph_id:
        # Published under a provisional id so the text is not lost, but flagged: links to a
        # provisional id would break as soon as a paragraph is inserted before it.
        paragraph_id = f"{essay.id}-unnumbered-{position}"
        problems.append(
            SynopticError(
                essay.path,
                line,
                f"paragraph has no id; run scripts/assign_ids.py {essay.path} to give it one",
            )
        )
    elif not is_own_paragraph_id(essay.id, paragraph_id):
        # Ids share pages with other essays' ids, note ids and section anchors: only the
        # essay's own `ESSAY-pN` form is sure to be unique among them.
        problems.append(
            SynopticError(
                essay.path,
                line - 1 if line > 1 else line,
                f"paragraph id {paragraph_id!r} is not of the form "
                f"{essay.id}-pN (N a number); ids name their essay. Give "
                "it the next free number, or delete the id line and run "
                "scripts/assign_ids.py",
            )
        )
    classes = tuple(str(attrs.pop("class", "")).split())
    problems += [
        SynopticError(
            essay.path,
            line - 1 if line > 1 else line,
            f"the id line gives the class .{name}, which an edition may not set (the only one "
            f"is {', '.join('.' + c for c in PARAGRAPH_CLASSES)}); remove it",
        )
        for name in classes
        if name not in PARAGRAPH_CLASSES
    ]
    classes = tuple(name for name in classes if name in PARAGRAPH_CLASSES)
    opener.attrs = attrs
    problems += drop_set_attributes(essay.path, block)
    inlines = [t for t in block if t.type == "inline"]
    problems += [
        SynopticError(
            essay.path,
            t.map[0] + 1 if t.map else line,
            f"footnote reference [^{label}] has no definition; add "
            f"'[^{label}]: …' at the end (or '[^{label}]: {MISSING_NOTE}')",
        )
        for t in inlines
        for label in undefined_refs(t, env)
    ]
    kind = BLOCK_KINDS[opener.type]
    refs = note_refs(essay.id, inlines)
    text = " ".join(opener.content.split()) if kind == "code" else plain_text(inlines)
    if kind == "code":
        problems += swallowed_id_lines(essay.path, opener)
    elif not text:
        problems.append(
            SynopticError(
                essay.path,
                line,
                "this block has no words to show (a note's definition inside a quotation or "
                "list is read as a note, and leaves it empty): write its words, or delete it "
                "and its id line",
            )
        )
    return Paragraph(
        id=paragraph_id,
        essay_id=essay.id,
        kind=kind,
        classes=classes,
        html=md.renderer.render(block, md.options, env).strip(),
        text=text,
        footnotes=tuple(label for label, _ in refs),
        section=section.title,
        line=line,
        number=position,
        refs=refs,
    ), problems


def drop_set_attributes(path: Path, block: list[Token]) -> list[SynopticError]:
    """Drops, and reports, what an attribute line sets on a block (`{hidden}`, `{style="…"}`,
    an id or class inside a quotation or list) beyond the paragraph's own id and class: it
    would hide or restyle the text, or give a second element another paragraph's id."""
    problems = []
    for token in block:
        native = NATIVE_ATTRIBUTES.get(token.type, frozenset())
        kept = {name: value for name, value in token.attrs.items() if name in native}
        if kept != token.attrs and token.map:
            set_here = {name: value for name, value in token.attrs.items() if name not in kept}
            problems.append(attribute_problem(path, token.map[0] or 1, set_here))
        token.attrs = kept
    return problems


def attribute_problem(path: Path, line: int, attributes: dict) -> SynopticError:
    written = ", ".join(
        name if name in ("id", "class") else f"{name}={value}" for name, value in attributes.items()
    )
    return SynopticError(
        path,
        line,
        f"an attribute line sets {written} on this block, which an edition may not do (it "
        "would hide, restyle or rename the text); an id line holds only the paragraph's id, "
        "before a top-level block: remove the rest",
    )


def note_refs(essay_id: str, inlines: list[Token]) -> NoteRefs:
    """The note references in these inline tokens, with the ids the parser gave them."""
    return tuple(
        (c.meta["label"], footnote_ref_id(essay_id, c.meta["label"], c.meta["subId"]))
        for t in inlines
        for c in t.children or ()
        if c.type == "footnote_ref"
    )


def swallowed_id_lines(path: Path, block: Token) -> list[SynopticError]:
    """A code block holding id lines is a fence left open by mistake: it swallowed paragraphs."""
    content_start = block.map[0] + (2 if block.type == "fence" else 1)
    return [
        SynopticError(
            path,
            block.map[0] + 1,
            f"a code block ({block.markup or 'indented'}) opened here runs over "
            f"the id line at line {content_start + n}, so the paragraphs after it "
            "would be shown as code; close the block, or escape its opening "
            f"(\\{(block.markup or ' ')[0]}) if it is text",
        )
        for n, line in enumerate(block.content.splitlines())
        if ID_LINE.match(line)
    ][:1]


def undefined_refs(inline: Token, env: dict) -> list[str]:
    """Labels of footnote references written in the source that no definition answers.

    The source's own characters are read, not the text tokens: an escaped `\\[^1]` is text.
    """
    defined = env.get("footnotes", {}).get("refs", {})
    return [
        m.group(1)
        for m in UNDEFINED_REF.finditer(inline.content)
        if f":{m.group(1)}" not in defined
    ]


def plain_text(inlines: list[Token]) -> str:
    """The words a reader sees, footnote markers left out, blocks joined by a space."""
    return " ".join(" ".join(shown_text(inline.children or []) for inline in inlines).split())


def make_footnote(essay: Essay, md: MarkdownIt, block: list[Token], env: dict) -> Footnote:
    label = block[0].meta["label"]
    # Each block of the note (its paragraphs, a list's items, a code block) as inline HTML and
    # words: the note is shown as one paragraph, its blocks on lines of their own.
    pieces = [
        (md.renderer.render(t.children or [], md.options, env), plain_text([t]))
        if t.type == "inline"
        else (f"<code>{escape(t.content.strip())}</code>", " ".join(t.content.split()))
        for t in block[1:-1]
        if t.type in ("inline", "fence", "code_block")
    ]
    text = " ".join(words for _, words in pieces)
    if text == MISSING_NOTE:
        return Footnote(label=label, html="", text="", missing=True)
    html = "<br>\n".join(piece for piece, _ in pieces)
    refs = note_refs(essay.id, [t for t in block if t.type == "inline"])
    return Footnote(label=label, html=html, text=text, refs=refs)


def dangling_id_lines(
    path: Path, lines: list[str], applied: set[str], tokens: list[Token]
) -> list[SynopticError]:
    """An id line not followed by a block is swallowed by markdown-it; report it (unless a
    code block swallowed it, which `swallowed_id_lines` reports with its cause)."""
    in_code = {
        n
        for t in tokens
        if t.type in ("fence", "code_block") and t.map
        for n in range(t.map[0] + 1, t.map[1] + 1)
    }
    return [
        SynopticError(
            path,
            n,
            f"id line {{#{m.group(1)}}} is not followed by a paragraph; "
            "put it on the line just above the paragraph it names",
        )
        for n, line in enumerate(lines, start=1)
        if (m := ID_LINE.match(line)) and m.group(1) not in applied and n not in in_code
    ]


def unused_link_definitions(path: Path, env: dict) -> list[SynopticError]:
    """A link reference definition (`[x]: address`) is not shown: its words would vanish."""
    return [
        SynopticError(
            path,
            ref["map"][0] + 1 if ref.get("map") else None,
            f"the line '[{label.lower()}]: {ref['href']}' is a Markdown link "
            "definition, which is never shown; escape its bracket (\\[) if it is "
            "text",
        )
        for label, ref in env.get("references", {}).items()
    ]
