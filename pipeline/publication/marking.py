"""A draft made into a published report: its marking, its notice and its status line.

Drafts carry "OFFICIAL – SENSITIVE until publication" at the top and bottom of every page and
on the cover, and a notice not to copy or forward them. A published report is a public
document: the marking becomes the published one (none unless case.yaml sets
``publication.marking``), the notice goes, and the cover's status line gives the date of
publication. The paragraphs are found by their styles (see ``templates/README.md``), so a
partnership's own template works if it uses the same style names; a pre-publication marking
left anywhere else is reported by :func:`leftover_marking`.
"""

from __future__ import annotations

from pipeline.config.publication import Publication
from pipeline.dates import long_date
from pipeline.drafts.context import MARKING
from pipeline.ooxml.docx_package import DocxPackage
from pipeline.ooxml.paragraphs import remove, set_text, styled_paragraphs

MARKING_STYLE = "Protective Marking"
NOTICE_STYLE = "Pre-publication Notice"
STATUS_STYLE = "Publication Status"


def make_published(package: DocxPackage, publication: Publication) -> None:
    """Give the package the marking, cover and status of a published report."""
    for paragraph in styled_paragraphs(package, MARKING_STYLE):
        if publication.marking:
            set_text(paragraph, [publication.marking])
        else:
            remove(paragraph)
    for paragraph in styled_paragraphs(package, NOTICE_STYLE):
        remove(paragraph)
    when = long_date(publication.date) if publication.date else "date to be confirmed"
    for paragraph in styled_paragraphs(package, STATUS_STYLE):
        set_text(paragraph, ["Published: ", when])


def leftover_marking(package: DocxPackage) -> list[str]:
    """Where the pre-publication marking is still written (part and paragraph)."""
    return [f"{part} {where}".strip() for part, where, text in package.located_texts()
            if where and MARKING.casefold() in text.casefold()]
