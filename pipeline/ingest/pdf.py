"""Tables in text PDFs: the chronology a case-management system exported as a report.

Each page's ruled tables are read as grids (pdfplumber). A table that runs on over a page break
continues as the first table of the next page, laid out in the same columns: the two are joined,
so one chronology printed over ten pages is one grid and no row is lost (a header printed again
on each page is dropped by :mod:`pipeline.ingest.tabulate` like any repeated header). A row
broken by the page break is put back together: its second part starts the next page with the
first column empty and text only in columns the first part had text in. Every row keeps its
place, ``page 2, row 5``. A scanned PDF has no text to read: it is refused with a sentence that
says what to ask the agency for, never guessed at.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.errors import IngestError
from pipeline.ingest.files import PASSWORD_VARIABLE
from pipeline.ingest.grids import Cell, Grid, MergedAbove

_SAME_EDGE = 3.0  # points: a continuing table starts and ends where the previous one did
_ASK = "ask the agency for the spreadsheet or Word version"


@dataclass
class _Table:
    """One table as drawn on one page, before tables continuing over pages are joined."""

    page: int
    rows: list[list[Cell]]
    places: list[str]
    left: float
    right: float
    columns: int
    pages: list[int] = field(default_factory=list)

    def continues(self, previous: _Table) -> bool:
        """Whether this table carries on ``previous`` from the page before."""
        return (self.page == previous.pages[-1] + 1 and self.columns == previous.columns
                and abs(self.left - previous.left) <= _SAME_EDGE
                and abs(self.right - previous.right) <= _SAME_EDGE)

    def join(self, following: _Table) -> None:
        """Add the rows of the table that carries this one on over a page break, putting back
        together a row the break cut in two."""
        rows, places = list(following.rows), list(following.places)
        start = 1 if rows and rows[0] == self.rows[0] else 0  # the header printed again
        if (start < len(rows) and len(self.rows) > 1 and self.rows[-1] != self.rows[0]
                and _second_part(self.rows[-1], rows[start])):
            self.rows[-1] = [_joined_text(a, b) for a, b in zip_longest(self.rows[-1],
                                                                          rows.pop(start))]
            self.places[-1] += f" and {places.pop(start)}"
        self.rows.extend(rows)
        self.places.extend(places)
        self.pages.append(following.page)


def _filled(value: Cell) -> bool:
    return isinstance(value, str) and bool(value)


def _second_part(last: list[Cell], first: list[Cell]) -> bool:
    """Whether ``first`` (at the top of a page) is the rest of ``last`` (at the foot of the
    page before): its first column is empty where the row above has one, and it has text only
    in columns where the row above has text too."""
    if not last or not first or not _filled(last[0]) or _filled(first[0]):
        return False
    shown = [i for i, value in enumerate(first) if _filled(value)]
    return bool(shown) and all(i < len(last) and _filled(last[i]) for i in shown)


def _joined_text(above: Cell, below: Cell) -> Cell:
    if not _filled(below):
        return above
    return f"{above} {below}" if _filled(above) else below


def _damaged(path: Path) -> str:
    return (f"{path}: could not be read as a PDF; it may be damaged. Ask the agency to send it "
            "again, or to send the spreadsheet or Word version.")


def _scanned(page: pdfplumber.page.Page) -> bool:
    """A page with no text whose pictures cover most of it: a scan (a logo alone is not)."""
    if page.chars:
        return False
    covered = sum((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]) for i in page.images)
    return covered >= 0.5 * float(page.width) * float(page.height)


def _open(data: bytes, path: Path, password: str | None) -> pdfplumber.PDF:
    for attempt in dict.fromkeys(("", password or "")):
        try:
            pdf = pdfplumber.open(io.BytesIO(data), password=attempt)
            pdf.pages  # noqa: B018 - parses the page tree: a damaged file fails here
            return pdf
        except PdfminerException as exc:
            if not (exc.args and isinstance(exc.args[0], PDFPasswordIncorrect)):
                raise IngestError(_damaged(path)) from exc
        except Exception as exc:  # pdfminer raises many types for damaged files
            raise IngestError(_damaged(path)) from exc
    if not password:
        raise IngestError(f"{path}: the PDF is password-protected; set the review password in "
                          f"the {PASSWORD_VARIABLE} environment variable and run again.")
    raise IngestError(f"{path}: the password in {PASSWORD_VARIABLE} does not open this PDF; "
                      "check it with the agency that sent it.")


def _cells(raw: list[list[str | None]]) -> list[list[Cell]]:
    """Cell text with the PDF's line wrapping undone; a cell covered by the one above (a
    vertically merged date) is a :class:`MergedAbove` carrying that text."""
    rows: list[list[Cell]] = []
    above: dict[int, str] = {}
    for raw_row in raw:
        row: list[Cell] = []
        for index, value in enumerate(raw_row):
            if value is None:
                row.append(MergedAbove(above[index]) if above.get(index) else None)
                continue
            text = " ".join(value.split())
            above[index] = text
            row.append(text)
        rows.append(row)
    return rows


def _page_tables(page: pdfplumber.page.Page, number: int) -> list[_Table]:
    found = sorted(page.find_tables(), key=lambda t: (t.bbox[1], t.bbox[0]))
    tables = []
    for k, table in enumerate(found, start=1):
        rows = _cells(table.extract())
        if not rows:
            continue
        where = f"page {number}" + (f" table {k}" if len(found) > 1 else "")
        tables.append(_Table(number, rows, [f"{where}, row {r}" for r in range(1, len(rows) + 1)],
                             table.bbox[0], table.bbox[2], max(len(r) for r in rows), [number]))
    return tables


def read_pdf_tables(data: bytes, path: Path, password: str | None = None) -> list[Grid]:
    """The tables of a text PDF as grids, tables continuing over a page break joined."""
    pdf = _open(data, path, password)
    with pdf:
        pages = pdf.pages
        if not any(page.chars for page in pages):
            raise IngestError(f"{path}: is a scanned PDF with no text to read; {_ASK}.")
        if scanned := [n for n, page in enumerate(pages, start=1) if _scanned(page)]:
            raise IngestError(f"{path}: page {scanned[0]} of {len(pages)} is a scanned image with "
                              f"no text, so its entries cannot be read; {_ASK}.")
        joined: list[_Table] = []
        for number, page in enumerate(pages, start=1):
            for index, table in enumerate(_page_tables(page, number)):
                if index == 0 and joined and table.continues(joined[-1]):
                    joined[-1].join(table)
                else:
                    joined.append(table)
            page.flush_cache()  # a long report: keep one page's layout in memory at a time
    if not joined:
        raise IngestError(f"{path}: has text but no ruled tables to read a chronology from; "
                          f"{_ASK}.")
    return [Grid(f"table {i}", "table", t.rows, number=i, count=len(joined), places=t.places)
            for i, t in enumerate(joined, start=1)]
