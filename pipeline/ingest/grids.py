"""Readers: every sheet, CSV, Word table or PDF table of an agency file as a plain grid of cell
values.

Grids know nothing of chronologies; :mod:`pipeline.ingest.tabulate` finds the header and the
entries in them. Keeping the two apart means a new format is one small reader.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import python_calamine
from docx import Document

from pipeline.errors import IngestError
from pipeline.ingest.files import CFB_MAGIC, ZIP_MAGIC
from pipeline.office import OfficeError, convert
from pipeline.ooxml.tables import MergedAbove, body_tables, table_rows
from pipeline.ooxml.workbook import uses_1904_dates

Cell = object  # str | float | int | bool | date | datetime | time | timedelta | MergedAbove | None


@dataclass
class Grid:
    """One sheet, CSV file or Word table.

    ``first_row`` is the number a user sees for ``rows[0]`` (Excel row 1, CSV line 1, table
    row 1) so locations in the merged chronology point back to the source. ``number`` and
    ``count`` place the grid among the file's sheets or tables, so a message can name it by
    position ("sheet 2 of 3"), never by a name that may be a person's. ``places`` gives each
    row's location where rows are not numbered down from one start (a PDF table over pages).
    """

    name: str
    kind: str  # "sheet", "csv" or "table"
    rows: list[list[Cell]]
    first_row: int = 1
    date1904: bool = False
    number: int = 1
    count: int = 1
    places: list[str] | None = None

    @property
    def label(self) -> str:
        """The grid by its position in the file: ``sheet 2 of 3``, ``table 1 of 1``."""
        return f"{self.kind} {self.number} of {self.count}"

    def location(self, index: int) -> str:
        """Where ``rows[index]`` is in the source file, in the user's terms."""
        if self.places is not None:
            return self.places[index]
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
        names = workbook.sheet_names
        for number, name in enumerate(names, start=1):
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            grids.append(Grid(name, "sheet", rows, 1, date1904, number, len(names)))
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
    return [Grid(f"table {i}", "table", table_rows(t), number=i, count=len(tables))
            for i, t in enumerate(tables, start=1)]


def read_doc_tables(data: bytes, path: Path, timeout: float = 180) -> list[Grid]:
    """Every table of an old Word ``.doc``, converted to .docx by LibreOffice first.

    The copy LibreOffice reads and the .docx it writes live in a private temporary folder,
    named ``chronology.*`` (never the agency's file name), removed as soon as it is read.
    Protected ``.doc`` files never get here (see :func:`pipeline.ingest.files.open_agency_file`).
    """
    if data.startswith(ZIP_MAGIC):  # a .docx saved with the old extension
        return read_docx_tables(data, path)
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5].lower()
    if not (data.startswith(CFB_MAGIC) or start.startswith((b"{\\rtf", b"<"))):
        # neither Word 97-2003, nor the RTF or web page some systems save as .doc
        raise IngestError(f"{path}: is not a Word document; it may be damaged or renamed. Open "
                          "it in Word, save it as .docx and update case.yaml.")
    with tempfile.TemporaryDirectory(prefix="dhr-doc-") as folder:
        source = Path(folder) / "chronology.doc"
        source.write_bytes(data)
        try:
            converted, = convert([source], "docx:MS Word 2007 XML", Path(folder) / "out",
                                 timeout=timeout)
        except OfficeError as exc:
            if exc.reason == "missing":
                raise IngestError(f"{path}: old Word .doc files are read through LibreOffice, "
                                  "which is not installed; install it, or open the file in Word "
                                  "and save it as .docx.") from exc
            if exc.reason == "timeout":
                raise IngestError(f"{path}: LibreOffice took more than {timeout:g} s to open "
                                  "this .doc file; open it in Word, save it as .docx and update "
                                  "case.yaml.") from exc
            raise IngestError(f"{path}: LibreOffice could not open this .doc file; it may be "
                              "damaged. Open it in Word, save it as .docx and update "
                              "case.yaml.") from exc
        docx = converted.read_bytes()
    return read_docx_tables(docx, path)


def read_grids(data: bytes, path: Path, password: str | None = None) -> list[Grid]:
    """The grids of an agency file, by its extension (``password`` opens a protected PDF)."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return read_csv(data, path)
    if suffix == ".docx":
        return read_docx_tables(data, path)
    if suffix == ".doc":
        return read_doc_tables(data, path)
    if suffix == ".pdf":
        from pipeline.ingest.pdf import read_pdf_tables  # pdfplumber: only when needed

        return read_pdf_tables(data, path, password)
    return read_excel(data, path)


__all__ = ["Cell", "Grid", "MergedAbove", "read_grids"]
