"""Readers: every sheet, CSV or Word table of an agency file as a plain grid of cell values.

Grids know nothing of chronologies; :mod:`pipeline.ingest.tabulate` finds the header and the
entries in them. Keeping the two apart means a new format is one small reader.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import python_calamine
from docx import Document

from pipeline.errors import IngestError
from pipeline.ingest.files import CFB_MAGIC, ZIP_MAGIC
from pipeline.ooxml.tables import MergedAbove, body_tables, table_rows
from pipeline.ooxml.workbook import uses_1904_dates

Cell = object  # str | float | int | bool | date | datetime | time | timedelta | MergedAbove | None


@dataclass
class Grid:
    """One sheet, CSV file or Word table.

    ``first_row`` is the number a user sees for ``rows[0]`` (Excel row 1, CSV line 1, table
    row 1) so locations in the merged chronology point back to the source.
    """

    name: str
    kind: str  # "sheet", "csv" or "table"
    rows: list[list[Cell]]
    first_row: int = 1
    date1904: bool = False

    def location(self, index: int) -> str:
        """Where ``rows[index]`` is in the source file, in the user's terms."""
        number = self.first_row + index
        if self.kind == "sheet":
            return f"sheet '{self.name}' row {number}"
        if self.kind == "table":
            return f"{self.name} row {number}"
        return f"row {number}"


def read_excel(data: bytes, path: Path) -> list[Grid]:
    """Every sheet of an .xlsx/.xls workbook (python-calamine: fast, real dates kept)."""
    if not (data.startswith(ZIP_MAGIC) or data.startswith(CFB_MAGIC)):
        raise IngestError(f"{path}: is not an Excel workbook; it may be damaged or renamed. "
                          "Open it in Excel, save it as .xlsx and run again.")
    date1904 = data.startswith(ZIP_MAGIC) and uses_1904_dates(data)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        grids = []
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            grids.append(Grid(name, "sheet", rows, 1, date1904))
    except Exception as exc:  # calamine raises several types for damaged files
        raise IngestError(f"{path}: could not be read as an Excel workbook; it may be damaged. "
                          "Open it in Excel, save it again and rerun.") from exc
    return grids


def _decode(data: bytes) -> str:
    """CSV text: UTF-8 with or without BOM, else Windows-1252 (Excel's 'CSV' on UK Windows)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes, path: Path) -> list[Grid]:
    """A CSV file as one grid; the delimiter (comma, semicolon, tab, bar) is detected."""
    text = _decode(data)
    if "\x00" in text:
        raise IngestError(f"{path}: is not a text CSV file; save it from Excel as "
                          "'CSV UTF-8' and run again.")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows: list[list[Cell]] = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise IngestError(f"{path}: is not a well-formed CSV file ({exc}); "
                          "open it in Excel and save it again as CSV.") from exc
    return [Grid(path.name, "csv", rows)]


def read_docx_tables(data: bytes, path: Path) -> list[Grid]:
    """Every top-level table of a Word document, merged cells counted once."""
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for damaged packages
        raise IngestError(f"{path}: could not be read as a Word document; it may be damaged. "
                          "Open it in Word, save it as .docx and run again.") from exc
    tables = body_tables(document.element.body)
    return [Grid(f"table {i}", "table", table_rows(t)) for i, t in enumerate(tables, start=1)]


def read_grids(data: bytes, path: Path) -> list[Grid]:
    """The grids of an agency file, by its extension."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return read_csv(data, path)
    if suffix == ".docx":
        return read_docx_tables(data, path)
    return read_excel(data, path)


__all__ = ["Cell", "Grid", "MergedAbove", "read_grids"]
