"""The text pymupdf4llm reads off a picture (a chart's labels, a diagram's words), which it
writes between two marks, and its stand-in for a picture it does not write out.

- pymupdf4llm 2.0 (layout mode): `<!-- Start of picture text -->` on a line, then the labels
  joined by `<br>` and `<!-- End of picture text -->` (on the same line or one below);
- its earlier releases: `**----- Start of picture text -----**<br>` … `**----- End of picture
  text -----**<br>` (in `to_text`, the same marks without the bold and the `<br>`);
- the stand-in for a picture: `**==> picture [170 x 53] intentionally omitted <==**`.

The lines from a start mark to its end mark go, listed, and so does a stand-in alone on its
line: a chart's labels, scrambled, are no sentence of the text. The end mark is sought in the
start mark's block only (up to a blank line, or the next start mark, `PICTURE_LINES` lines at
most): where it is not there, the start mark's line goes with the lines of labels right under
it (each holding `<br>`), and nothing more; the report warns. A sentence
that names the marks (an essay on the tool) is no mark: the mark stands alone on its line, or
opens it; and a line of code (in a ``` or ~~~ fence, or indented by four spaces under a blank
line: an essay that shows the tool's output) is no mark either.
"""

from __future__ import annotations

import re

from .furniture import Removed, removed_lines
from .layout import Line

PICTURE_TEXT = (
    "a picture's text as pymupdf4llm reads it (between its Start and End of picture text)"
)
PICTURE_STANDIN = "pymupdf4llm's stand-in for a picture it omits (==> picture [w x h] … <==)"
# The marks, with their own signs round them: an HTML comment, or dashes (in bold, or not).
START = re.compile(
    r"\s*(?:<!--\s*Start of picture text\s*-->"
    r"|(?:\*\*)?-{3,}\s*Start of picture text\s*-{3,}(?:\*\*)?)"
)
END = re.compile(
    r".*?(?:<!--\s*End of picture text\s*-->|(?:\*\*)?-{3,}\s*End of picture text\s*-{3,}(?:\*\*)?)"
    r"(?:<br>)?\s*"
)
STANDIN = re.compile(r"\s*(?:\*\*)?==> picture \[[\d.]+ x [\d.]+\][^<>]*<==(?:\*\*)?\s*")
PICTURE_LINES = 60  # a picture's text, at most
FENCE = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})")
INDENTED = re.compile(r"(?: {4}|\t)\s*\S")


def code_lines(lines: list[Line]) -> set[int]:
    """The indexes of `lines` that are Markdown's code: a fence's lines (with the fences; one
    left open runs to the end), and indented code (four spaces or a tab, under a blank line or
    under such code)."""
    found: set[int] = set()
    fence = ""
    for index, line in enumerate(lines):
        opening = FENCE.match(line.text)
        if fence:
            found.add(index)
            if opening and opening["fence"].startswith(fence) and not line.text.strip(" `~"):
                fence = ""
        elif opening and not (opening["fence"][0] == "`" and "`" in line.text[opening.end() :]):
            found.add(index)
            fence = opening["fence"]
        elif INDENTED.match(line.text) and (
            index == 0 or lines[index - 1].blank or index - 1 in found
        ):
            found.add(index)
    return found


def picture_text(lines: list[Line]) -> tuple[list[Removed], list[str]]:
    """The lines of pictures' text and stand-ins (see the module), each listed with its rule,
    and a warning for each start mark left open."""
    found: list[Removed] = []
    warnings: list[str] = []
    code = code_lines(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in code:
            pass  # (an essay's code that shows the marks)
        elif STANDIN.fullmatch(line.text):
            found.append(Removed.of(line, PICTURE_STANDIN))
        elif START.match(line.text):
            end = None
            for below in range(index, min(len(lines), index + PICTURE_LINES)):
                if END.fullmatch(lines[below].text):
                    end = below
                if end is not None or lines[below].blank:
                    break
                if below > index and START.match(lines[below].text):
                    break  # (the next picture's: this one does not close)
            if end is None:
                labels = [line]
                for below in lines[index + 1 : index + PICTURE_LINES]:
                    if below.blank or "<br>" not in below.text or START.match(below.text):
                        break
                    labels.append(below)
                found += removed_lines(labels, PICTURE_TEXT)
                said = f"{line.number}" + (f"–{labels[-1].number}" if len(labels) > 1 else "")
                warnings.append(
                    f"line {line.number}: a picture's text opens (Start of picture text) and "
                    f"does not close: only its mark and labels (lines {said}) went, the text "
                    "under them stays (check it against the PDF)"
                )
            else:
                found += removed_lines(
                    [below for below in lines[index : end + 1] if not below.blank], PICTURE_TEXT
                )
                index = end
        index += 1
    return found, warnings
