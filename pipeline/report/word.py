"""Word documents for the reports: the marking on every page, plain tables, charts with alt text.

Made with python-docx and saved through :func:`pipeline.ooxml.package.package_bytes`, so the same
figures give the same bytes (no save time anywhere in the file).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from pipeline.ooxml.restricted_document import mark_pages
from pipeline.report.charts import Chart

BLANK = "[For the DHR sub-group to complete]"


def new_document(title: str, marking: str = "") -> Document:
    """A document in Arial 11 with ``marking`` centred and bold in its header and footer, the
    language British English and ``title`` as its title property."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    _language(normal)
    for name in ("Title", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = "Arial"
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    for margin in ("left_margin", "right_margin"):
        setattr(section, margin, Cm(2.2))
    if marking:
        mark_pages(document, marking)
    properties = document.core_properties
    properties.title = title
    properties.author = "dhr-pipeline"
    properties.last_modified_by = ""
    properties.revision = 1
    return document


def _language(style) -> None:
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")


def table(document: Document, header: Sequence[str], rows: Sequence[Sequence[object]],
          widths: Sequence[float] = (), numbers: Sequence[int] = (),
          total: bool = False) -> None:
    """A bordered table with a bold header row repeated on each page; columns ``numbers``
    (0-based) right-aligned; ``total`` makes the last row bold. A space after it."""
    grid = document.add_table(rows=0, cols=len(header))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    for values in [header, *rows]:
        cells = grid.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.text = "" if value is None else str(value)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            if index in numbers:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in paragraph.runs:
                run.font.size = Pt(9.5)
            if widths:
                cell.width = Cm(widths[index])
    if widths:  # fixed widths, which Word and LibreOffice both keep
        grid.autofit = False
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = Cm(width)
    heading = grid.rows[0]
    for cell in heading.cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in grid.rows:  # a row is never split across two pages
        trpr = row._tr.get_or_add_trPr()
        trpr.append(trpr.makeelement(qn("w:cantSplit"), {}))
    trpr = heading._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:tblHeader"), {}))
    if total and rows:
        for cell in grid.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    document.add_paragraph()


def picture(document: Document, chart: Chart, width_cm: float = 16.0) -> None:
    """The chart, its alt text (title and description) set for screen readers."""
    document.add_picture(io.BytesIO(chart.png), width=Cm(width_cm))
    shape = document.inline_shapes[-1]
    doc_pr = shape._inline.docPr
    doc_pr.set("title", chart.title)
    doc_pr.set("descr", chart.alt_text)
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.LEFT


def bullet(document: Document, text: str) -> None:
    document.add_paragraph(text, style="List Bullet")


def to_complete(document: Document, heading: str, what: str) -> None:
    """A section the tool cannot write, left visibly blank for the sub-group."""
    document.add_heading(heading, level=2)
    document.add_paragraph(what)
    document.add_paragraph(BLANK).runs[0].italic = True
