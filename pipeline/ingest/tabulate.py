"""From a grid to chronology entries: find the header wherever it stands, map its columns,
and account for every row below it.

Agencies put title rows above the header, repeat the header part-way down, leave blank rows,
and name columns in a dozen ways. Every row below the header ends up counted exactly once:
as an entry, as a blank row, or as a repeated header.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.config import column_synonyms, flag_settings, normalise_header
from pipeline.dates import Precision, parse_date
from pipeline.errors import IngestError
from pipeline.ingest.grids import Cell, Grid, MergedAbove
from pipeline.ooxml.sheetdata import column_letters

# Columns whose value belongs to every row a vertically merged cell spans.
_CARRIED_DOWN = {"Date", "Time", "Subject"}
_TEXT_COLUMNS = ("Subject", "Event", "Action", "Comment", "Source")


@dataclass(slots=True)
class RawEntry:
    """One row of an agency's chronology, values as the agency wrote them."""

    date: Cell
    time: Cell
    subject: str
    event: str
    action: str
    comment: str
    source: str
    extras: dict[str, str]
    location: str
    position: int


@dataclass
class GridCounts:
    """How every row of one grid was accounted for."""

    name: str
    header_row: int
    rows_above_header: int = 0
    rows_read: int = 0
    blank_rows_skipped: int = 0
    repeated_headers_dropped: int = 0
    entries: int = 0


@dataclass
class ColumnMap:
    """Which grid column holds each canonical column, and the headers of the rest."""

    canonical: dict[str, int]
    extras: dict[int, str]
    headers: dict[str, str] = field(default_factory=dict)  # canonical -> header as written


def cell_text(value: Cell) -> str:
    """A cell as the text a reader would see in Excel or Word."""
    if value is None:
        return ""
    if isinstance(value, MergedAbove):
        return value.text
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.date):
        text = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
        if isinstance(value, dt.datetime) and value.time():
            text += f" {value.hour:02d}:{value.minute:02d}"
        return text
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).strip()


def is_blank_row(row: list[Cell]) -> bool:
    """Whether a row holds nothing a reader would see (merged-down cells count as empty)."""
    for value in row:
        if value is None or value == "" or isinstance(value, MergedAbove):
            continue
        if not isinstance(value, str) or value.strip():
            return False
    return True


@cache
def _synonym_rank() -> dict[str, int]:
    """Each known header's place in the synonym table: the earlier, the stronger."""
    return {key: rank for rank, key in enumerate(column_synonyms())}


def map_columns(header: list[Cell], overrides: dict[str, str]) -> ColumnMap:
    """Map a header row: the case's ``columns:`` first, then the synonym table.

    When two columns match the same merged column (an export's "Occurrence Date" and "Date
    Recorded"), the one listed first in the synonym table is used (the first column, if they
    are the same synonym) and the other is kept under its own header.
    """
    synonyms, ranks = column_synonyms(), _synonym_rank()
    wanted = {normalise_header(h): c for c, h in overrides.items()}
    chosen: dict[str, tuple[int, int]] = {}  # canonical -> (rank, column)
    texts: dict[int, str] = {}
    for index, value in enumerate(header):
        text = cell_text(value)
        if not text:
            continue
        texts[index] = text
        key = normalise_header(text)
        canonical, rank = wanted.get(key), -1  # case.yaml's own names always win
        if canonical is None and synonyms.get(key) not in overrides:
            # the synonym table, unless case.yaml names another header for this column
            canonical, rank = synonyms.get(key), ranks.get(key, 0)
        if canonical and (canonical not in chosen or rank < chosen[canonical][0]):
            chosen[canonical] = (rank, index)
    result = ColumnMap({}, {})
    for canonical, (_, index) in sorted(chosen.items(), key=lambda item: item[1][1]):
        result.canonical[canonical] = index
        result.headers[canonical] = texts[index]
    used = {index for _, index in chosen.values()}
    result.extras = {index: text for index, text in texts.items() if index not in used}
    return result


def _holds_a_date(row: list[Cell]) -> bool:
    """Whether a row has a cell that is a date (a real date, or text read to the day or
    month): it is an entry, never a header, however its other cells read."""
    for value in row:
        if isinstance(value, dt.date):
            return True
        if isinstance(value, str) and not any(ch.isdigit() for ch in value):
            continue
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            parsed = parse_date(value)
            if parsed.date is not None and parsed.resolution is not Precision.YEAR:
                return True
    return False


def _header_like_row(grid: Grid, limit: int) -> str:
    """Where the row shaped like a header is, for an error message: its row number and how
    many cells it has, never its words (a header may be a person's name: "Notes by Jo").

    That is the first row with two or more cells and no date (a title or a note above a table
    is one cell; an entry holds a date).
    """
    for index, row in enumerate(grid.rows[:limit]):
        cells = [cell_text(v) for v in row if not isinstance(v, MergedAbove) and cell_text(v)]
        if len(cells) < 2 or _holds_a_date(row):
            continue
        return (f"the row that looks like the header is row {grid.first_row + index} "
                f"({len(cells)} headings), and none of them is known as a date or an event "
                "column")
    return "no row looks like a header"


def find_header(grid: Grid, overrides: dict[str, str], path: Path) -> tuple[int, ColumnMap]:
    """The index of the header row and its column map; an error when there is none.

    A row holding a date is an entry, not a header, even if its words match column names.
    """
    limit = flag_settings().header_search_rows
    for index, row in enumerate(grid.rows[:limit]):
        if is_blank_row(row):
            continue
        columns = map_columns(row, overrides)
        if ("Date" in columns.canonical and "Event" in columns.canonical
                and not _holds_a_date(row)):
            return index, columns
    where = "" if grid.kind == "csv" else f" ({grid.label})"
    needed = (
        f"the headers named in case.yaml ({', '.join(overrides.values())})"
        if overrides else "a date column and an event column"
    )
    raise IngestError(
        f"{path}{where}: no header row with {needed} in the first {limit} rows; "
        f"{_header_like_row(grid, limit)}. Open the file at that place and name this agency's "
        "date and event columns with 'columns:' in case.yaml."
    )


def tabulate(grid: Grid, overrides: dict[str, str], path: Path, subject: str = "",
             start_position: int = 0) -> tuple[list[RawEntry], GridCounts]:
    """The entries of one grid, and how every row below its header was accounted for.

    ``subject`` fills the Subject of rows that have none (a workbook with one sheet per person).
    """
    header_index, columns = find_header(grid, overrides, path)
    counts = GridCounts(grid.name, grid.first_row + header_index, rows_above_header=header_index)
    entries: list[RawEntry] = []
    mapped = columns.canonical
    slots = [mapped.get(c) for c in ("Date", "Time", *_TEXT_COLUMNS)]
    carried = [c in _CARRIED_DOWN for c in ("Date", "Time", *_TEXT_COLUMNS)]
    used = set(mapped.values())
    header_date = normalise_header(columns.headers["Date"])
    header_event = normalise_header(columns.headers["Event"])
    date_at, event_at = mapped["Date"], mapped["Event"]
    for offset, row in enumerate(grid.rows[header_index + 1:], start=header_index + 1):
        counts.rows_read += 1
        if is_blank_row(row):
            counts.blank_rows_skipped += 1
            continue
        size = len(row)
        first = row[date_at] if date_at < size else None
        if (isinstance(first, str) and normalise_header(first) == header_date
                and event_at < size and normalise_header(cell_text(row[event_at])) == header_event):
            counts.repeated_headers_dropped += 1
            continue
        values: list[Cell] = []
        for index, carry in zip(slots, carried, strict=True):
            cell = row[index] if index is not None and index < size else None
            if isinstance(cell, MergedAbove):
                cell = cell.text if carry else None
            values.append(cell)
        extras = {}
        for index, cell in enumerate(row):
            if index in used or isinstance(cell, MergedAbove):
                continue
            text = cell_text(cell)
            if text:
                extras[columns.extras.get(index) or f"Column {column_letters(index)}"] = text
        date, time, subject_text, event, action, comment, source = values
        entries.append(RawEntry(
            date=date, time=time, subject=cell_text(subject_text) or subject,
            event=cell_text(event), action=cell_text(action), comment=cell_text(comment),
            source=cell_text(source), extras=extras, location=grid.location(offset),
            position=start_position + len(entries),
        ))
    counts.entries = len(entries)
    return entries, counts
