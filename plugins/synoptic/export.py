"""The collection and its alignment → `synoptic.json`, the machine-readable export.

Researchers build on this file: its shape is documented in docs/export.md and only grows.
"""

from __future__ import annotations

import json

from .model import Alignment, Collection, References


def export(collection: Collection, alignment: Alignment, references: References) -> dict:
    return {
        "essays": [
            {
                "id": essay.id,
                "title": essay.title,
                "author": essay.author,
                "paragraphs": [
                    {
                        "id": p.id,
                        "text": p.text,
                        "themes": [a.theme_id for a in alignment.assignments.get(p.id, [])],
                        "footnotes": [
                            footnote_record(essay.footnotes[label])
                            for label in dict.fromkeys(p.footnotes)
                            if label in essay.footnotes
                        ],
                    }
                    for p in essay.paragraphs
                ],
            }
            for essay in collection.essays
        ],
        "themes": [
            {
                "id": theme.id,
                "label": theme.label,
                "description": theme.description,
                "paragraphs": alignment.paragraphs_on(theme.id),
                "points": [
                    list(point.paragraph_ids) for point in alignment.points.get(theme.id, [])
                ],
            }
            for theme in alignment.themes
        ],
        "related": {
            pid: [
                r.paragraph_id
                for r in sorted(
                    (r for passages in by_essay.values() for r in passages),
                    key=lambda r: (-r.score, r.paragraph_id),
                )
            ]
            for pid, by_essay in alignment.related.items()
        },
        "works": [
            {
                "id": work.id,
                "authors": list(work.authors),
                "year": work.year,
                "title": work.title,
                "venue": work.venue,
                "url": work.url,
                "citations": [
                    {
                        "essay": c.essay_id,
                        "note": c.label,
                        "ibid": c.ibid,
                        "paragraphs": list(c.paragraph_ids),
                    }
                    for c in work.citations
                ],
            }
            for work in references.works
        ],
    }


def footnote_record(note) -> dict:
    return {"label": note.label, "text": note.text, "missing": note.missing}


def export_json(collection: Collection, alignment: Alignment, references: References) -> str:
    return (
        json.dumps(export(collection, alignment, references), ensure_ascii=False, indent=2) + "\n"
    )
