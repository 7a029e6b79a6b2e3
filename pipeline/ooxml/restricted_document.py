"""The protective marking every restricted Word document carries: centred and bold at the top and
bottom of every page, so a printed page left on a desk still says what it is (the Word
counterpart of :mod:`pipeline.ooxml.restricted_sheet`)."""

from __future__ import annotations

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

OFFICIAL_SENSITIVE = "OFFICIAL – SENSITIVE"


def mark_pages(document: Document, marking: str = OFFICIAL_SENSITIVE) -> None:
    """``marking`` in the header and footer of every section of ``document``."""
    for section in document.sections:
        for part in (section.header, section.footer):
            paragraph = part.paragraphs[0]
            paragraph.text = marking
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.runs[0].bold = True
