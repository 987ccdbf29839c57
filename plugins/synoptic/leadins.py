"""Lead-ins: a paragraph that ends in a colon and the block it introduces.

"One resident put it better than I can:" and the resident's words under it make one point: set
apart, the synopsis showed the lead-in in one row, or on one theme, and the quotation in
another, a sentence that breaks off at its colon. The aligner keeps them together: the two are
on the same themes (`align.assign`) and end in one row of each (`points.kept_together`), as
two adjacent passages of one essay may stand (docs/alignment.md).
"""

from __future__ import annotations

from .model import Collection


def lead_ins(collection: Collection) -> dict[str, str]:
    """Paragraph id → the id of the block right after it under the same heading, for each
    paragraph whose text ends in a colon."""
    return {
        first.id: second.id
        for essay in collection.essays
        for section in essay.sections
        for first, second in zip(section.paragraphs, section.paragraphs[1:])
        if first.text.rstrip().endswith(":")
    }
