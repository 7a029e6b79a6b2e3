"""Reading Word tables (``w:tbl``) cell by cell, with merged cells counted once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from pipeline.ooxml.ns import NSMAP, qn


@dataclass(frozen=True, slots=True)
class MergedAbove:
    """A cell vertically merged into the one above it (``w:vMerge`` without ``restart``).

    Word shows one cell; the text belongs to the first row. Callers decide whether the value
    carries down (a date shared by two entries) or counts once (a paragraph of narrative).
    """

    text: str


def cell_text(tc: etree._Element) -> str:
    """The visible text of a ``w:tc``: paragraphs joined by newlines, deleted text left out."""
    paragraphs = []
    for p in tc.iterfind(".//w:p", NSMAP):
        parts = []
        for node in p.iter(qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:tab")):
            if node.tag == qn("w:t"):
                parts.append(node.text or "")
            else:
                parts.append("\t" if node.tag == qn("w:tab") else "\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs).strip()


# Compiled once; also works on python-docx's element classes, whose own xpath() takes no
# namespaces argument.
_BODY_TABLES = etree.XPath("./w:tbl | ./w:sdt/w:sdtContent/w:tbl", namespaces=NSMAP)
_ROW_CELLS = etree.XPath("./w:tc | ./w:sdt/w:sdtContent/w:tc", namespaces=NSMAP)


def body_tables(body: etree._Element) -> list[etree._Element]:
    """Top-level tables of a document body, including those wrapped in content controls."""
    return _BODY_TABLES(body)


def _row_cells(tr: etree._Element) -> Iterator[etree._Element]:
    yield from _ROW_CELLS(tr)


def table_rows(tbl: etree._Element) -> list[list[str | MergedAbove | None]]:
    """The table as rows of grid columns.

    A horizontally merged cell (``w:gridSpan``) gives its text once, in its first column, and
    ``None`` in the columns it spans; a vertically continued cell gives :class:`MergedAbove`
    with the text of the cell it continues.
    """
    rows: list[list[str | MergedAbove | None]] = []
    above: dict[int, str] = {}
    for tr in tbl.iterfind("w:tr", NSMAP):
        row: list[str | MergedAbove | None] = []
        before = tr.find("w:trPr/w:gridBefore", NSMAP)
        if before is not None:
            row.extend([None] * int(before.get(qn("w:val"), "0")))
        for tc in _row_cells(tr):
            span_el = tc.find("w:tcPr/w:gridSpan", NSMAP)
            span = int(span_el.get(qn("w:val"), "1")) if span_el is not None else 1
            vmerge = tc.find("w:tcPr/w:vMerge", NSMAP)
            column = len(row)
            if vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue":
                row.append(MergedAbove(above.get(column, "")))
            else:
                text = cell_text(tc)
                above[column] = text
                row.append(text)
            row.extend([None] * (span - 1))
        rows.append(row)
    return rows
