"""A document saved as a zip of XML parts (a Word .docx, an OpenDocument .odt), opened without
trusting it (docs/editions.md, "A Word document (.docx) or an OpenDocument text (.odt)").

The bytes are an archive a stranger may have made: only the parts a reader asks for are
read, each at most `PART_BYTES` once inflated and all of them `READ_BYTES` together, counted
as they are inflated (a zip's sizes are its own say: a zip bomb's lie), and a zip listing more
entries than any document does is refused; an entry that is encrypted, or compressed by a
method Python does not read, is refused with what to do. A part is parsed as jats.py parses
XML (expat: no DTD read, an entity declared refused before anything is expanded), and its
elements' prefixes are made the ones a format's readers name (`w:p`, `text:p`), by the
namespace each is bound to: a program may bind its own prefixes (`ns0:`) or the format's Strict
namespaces, and the names read stay the same.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from io import BytesIO

from .errors import SynopticError
from .jats import Node, all_words, parse_or_refuse
from .sourcefile import ZIP_ERRORS, ZIP_START

#: The most a part is read to, inflated: a book's document.xml is a few megabytes.
PART_BYTES = 64 * 1024 * 1024
#: The most all the parts read hold together, inflated.
READ_BYTES = 256 * 1024 * 1024
#: The most entries a document's zip lists: a document holds a few dozen parts, with its images.
ENTRIES = 20_000
#: A level's number, as a format's attributes give it.
LEVEL = re.compile(r"[0-9]{1,2}")
#: What to do with a document a program wrote wrong.
RESAVE = "open it in its word processor and save it again"


@dataclass
class Package:
    """A zip package's parts, read on demand within their bounds (see the module)."""

    archive: zipfile.ZipFile
    path: str  # the file, as an error names it
    kind: str  # what the file is, as an error says it ("a Word document")
    read_bytes: int = 0
    names: frozenset[str] = field(default_factory=frozenset)

    def part(self, name: str) -> bytes | None:
        """A part's bytes, None where the package holds no such part."""
        if name not in self.names:
            return None
        budget = min(PART_BYTES, READ_BYTES - self.read_bytes)
        try:
            with self.archive.open(name) as stream:
                data = stream.read(budget + 1)
        except RuntimeError:  # (zipfile's word for an entry behind a password)
            raise self.refused(f"part {name} is encrypted", "save it without a password") from None
        except NotImplementedError:
            raise self.refused(
                f"part {name} is compressed by a method Python does not read",
                "open it in its word processor and save it again",
            ) from None
        except ZIP_ERRORS as error:
            raise self.refused(f"part {name} cannot be read ({error})", RESAVE) from None
        if len(data) > budget:
            raise self.refused(
                f"part {name} holds more than a document's text does (over {budget:,} "
                "bytes inflated, or the document's parts together over "
                f"{READ_BYTES:,}), as a zip bomb does",
                "save the essay alone in a new document, or as plain text",
            )
        self.read_bytes += len(data)
        return data

    def xml(self, name: str, prefixes: Mapping[str, str]) -> Node | None:
        """A part's root element, its elements' and attributes' names with the prefixes
        `prefixes` gives their namespaces (`prefixes`: namespace → prefix); None where the
        package holds no such part."""
        data = self.part(name)
        if data is None:
            return None
        try:
            text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
        except UnicodeDecodeError:
            raise self.refused(f"part {name} is not XML in UTF-8 (nor in UTF-16)", RESAVE) from None
        parsed = parse_or_refuse(text, self.path, f"{self.kind}'s part {name}", RESAVE)
        if parsed is None:
            raise self.refused(f"part {name} is not well-formed XML", RESAVE)
        return named(parsed[0], prefixes)

    def refused(self, why: str, advice: str) -> SynopticError:
        return SynopticError(self.path, None, f"{self.kind} whose {why}: {advice}")


def open_package(data: bytes | None, path: str, kind: str) -> Package | None:
    """The zip package the bytes are, None for bytes that are no zip (or none given); a zip
    that cannot be opened is refused, with what to do (`kind`: what it should be, as an error
    says it)."""
    if not data or not data.startswith(ZIP_START):
        return None
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        names = archive.namelist()
    except ZIP_ERRORS as error:
        raise SynopticError(
            path,
            None,
            f"the raw text is a zip archive that cannot be opened ({error}): cut short or "
            "damaged on its way; open the document in its word processor and save it again, "
            "or save it as plain text and give that",
        ) from None
    if len(names) > ENTRIES:
        raise SynopticError(
            path,
            None,
            f"the raw text is a zip archive of {len(names):,} entries, more than any "
            "document's parts: save the essay as plain text and give that",
        )
    return Package(archive, path, kind, names=frozenset(names))


def part_path(base: str, target: str) -> str:
    """A relationship's target as a path in the package: relative to the folder of the part
    `base` whose relationships name it, or from the package's root where it opens with `/`."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


def named(root: Node, prefixes: Mapping[str, str]) -> Node:
    """The tree with each element's and attribute's prefix the one `prefixes` gives its
    namespace (a namespace it does not know keeps the prefix the file gives it), the
    namespace declarations (`xmlns:…`) left as they were. A walk with a stack of its own."""
    stack: list[tuple[Node, dict[str, str]]] = [(root, {})]
    while stack:
        node, outer = stack.pop()
        scope = {**outer, **_declared(node.attrs)}
        node.tag = _renamed(node.tag, scope, prefixes, element=True)
        node.attrs = {
            (key if key.startswith("xmlns") else _renamed(key, scope, prefixes)): value
            for key, value in node.attrs.items()
        }
        stack += [(child, scope) for child in node.elements()]
    return root


def _declared(attrs: dict[str, str]) -> dict[str, str]:
    """The prefixes an element binds (`xmlns:w="…"`; `xmlns="…"`, the default, as "")."""
    return {
        key.partition(":")[2]: value
        for key, value in attrs.items()
        if key == "xmlns" or key.startswith("xmlns:")
    }


def _renamed(
    name: str, scope: dict[str, str], prefixes: Mapping[str, str], element: bool = False
) -> str:
    """A name with the prefix `prefixes` gives its namespace; an unprefixed attribute is in
    no namespace, an unprefixed element in the default one."""
    prefix, _, local = name.rpartition(":")
    if not prefix and not element:
        return name
    known = prefixes.get(scope.get(prefix, ""))
    if known is None:
        return name
    return f"{known}:{local}" if known else local


def text_of(node: Node | None, *tags: str) -> str:
    """An element's text (jats.py's `all_words`); with `tags`, the text of its descendants so
    named, joined in order (a deletion's runs: `w:delText`)."""
    if node is None:
        return ""
    return "".join(all_words(found) for found in outermost(node, tags)) if tags else all_words(node)


def outermost(node: Node, tags: tuple[str, ...]) -> list[Node]:
    """An element's descendants named one of `tags` (none inside another), in order."""
    found: list[Node] = []
    stack = list(reversed(node.elements()))
    while stack:
        child = stack.pop()
        if child.tag in tags:
            found.append(child)
        else:
            stack += reversed(child.elements())
    return found


def level_number(said: str | None) -> int | None:
    """A level an attribute gives (`text:outline-level="2"`, `w:val="0"`), None for none or
    for anything else (`²`, a number of a thousand digits)."""
    return int(said) if said is not None and LEVEL.fullmatch(said) else None
