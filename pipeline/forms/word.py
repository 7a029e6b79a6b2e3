"""The look of the forms: an A4 council form with the marking at the top and bottom of every
page, numbered section headings, label-and-answer tables and two kinds of blank.

A fact case.yaml could give but does not is written as :data:`NOT_RECORDED` in grey italics,
so a reader sees it is missing rather than forgotten; a box the form has no source for (a
signature, the sub-group's answer) is left empty for the DHR Officer to complete by hand.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from pipeline.ooxml.restricted_document import OFFICIAL_SENSITIVE, mark_pages

MARKING = OFFICIAL_SENSITIVE
NOT_RECORDED = "Not recorded in case.yaml"
GREY = RGBColor(0x59, 0x59, 0x59)
LABEL_FILL = "E7E6E6"  # the label column, as council forms shade it
HEADING_FILL = "1F3864"
TEXT_WIDTH = 17.0  # cm between the margins of an A4 page with 2 cm margins

# A cell value: text, ``None`` for a fact case.yaml does not give (NOT_RECORDED), :data:`EMPTY`
# for a box completed by hand, or lines of (label, fact) pairs such as ("Daniel: ", None).
EMPTY = ""
Lines = list[tuple[str, str | None]]
Value = str | None | Lines


def new_document(title: str) -> Document:
    """An A4 document in Arial with the marking centred in its header and footer."""
    document = Document()
    styles = document.styles
    for name, size in (("Normal", 10.5), ("Title", 18), ("Heading 1", 13), ("Heading 2", 11.5)):
        style = styles[name]
        style.font.name = "Arial"
        style.font.size = Pt(size)
        fonts = style.element.rPr.find(qn("w:rFonts"))
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        if name != "Normal":
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
            style.font.bold = True
    styles["Normal"].paragraph_format.space_after = Pt(4)
    styles["Heading 1"].paragraph_format.space_before = Pt(16)
    styles["Heading 2"].paragraph_format.space_before = Pt(12)
    styles["Heading 2"].paragraph_format.keep_with_next = True
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(2.0))
    mark_pages(document, MARKING)
    document.core_properties.author = "dhr-pipeline"
    document.core_properties.title = title
    return document


def shade(cell: _Cell, fill: str) -> None:
    """Fill a table cell with a colour (hex RGB)."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def fill(cell: _Cell, value: Value, bold: bool = False) -> None:
    """A cell's text; ``None`` as the grey NOT_RECORDED, EMPTY as an empty box."""
    paragraph = cell.paragraphs[0]
    if value is None:
        _missing(paragraph)
        return
    lines = [(line, "") for line in value.split("\n")] if isinstance(value, str) else value
    for number, (label, fact) in enumerate(lines):
        if number:
            paragraph = cell.add_paragraph()
        if label:
            paragraph.add_run(label).bold = bold
        if fact is None:
            _missing(paragraph)
        elif fact:
            paragraph.add_run(fact).bold = bold


def _missing(paragraph: Paragraph) -> None:
    run = paragraph.add_run(NOT_RECORDED)
    run.italic = True
    run.font.color.rgb = GREY


def given(text: str) -> str | None:
    """A fact as the form shows it: the text, or ``None`` (NOT_RECORDED) when empty."""
    return text or None


def _widths(table: Table, widths: Sequence[float]) -> None:
    """Column widths in cm, in the grid (LibreOffice reads it) and every cell (Word does); no
    row breaks across a page."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
        whole = OxmlElement("w:cantSplit")
        whole.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(whole)


def _repeat_header(table: Table) -> None:
    row = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row.append(header)


def answers(document: Document, rows: Sequence[tuple[str, Value]],
            widths: tuple[float, float] = (6.5, TEXT_WIDTH - 6.5)) -> Table:
    """A two-column table: a shaded question on the left, its answer on the right."""
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, (label, value) in zip(table.rows, rows, strict=True):
        fill(row.cells[0], label, bold=True)
        shade(row.cells[0], LABEL_FILL)
        fill(row.cells[1], value)
    _widths(table, widths)
    document.add_paragraph()
    return table


def grid(document: Document, header: Sequence[str], rows: Sequence[Sequence[Value]],
         widths: Sequence[float]) -> Table:
    """A table with a shaded header row (repeated on every page) and a row per entry."""
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        fill(cell, label, bold=True)
        shade(cell, LABEL_FILL)
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            fill(cell, value)
    _widths(table, widths)
    _repeat_header(table)  # after cantSplit, as the schema orders them
    document.add_paragraph()
    return table


def banner(document: Document, text: str) -> None:
    """A section heading (Heading 1) as a white band on dark blue across the page."""
    heading = document.add_heading(text.upper(), level=1)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), HEADING_FILL)
    heading._p.get_or_add_pPr().append(shading)
    for run in heading.runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def note(document: Document, text: str) -> None:
    """Guidance for whoever completes the form, in grey italics."""
    run = document.add_paragraph().add_run(text)
    run.italic = True
    run.font.color.rgb = GREY
