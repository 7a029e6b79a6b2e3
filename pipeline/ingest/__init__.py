"""Ingest: one agency's chronology file, whatever its shape, as a list of raw entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import AgencyConfig
from pipeline.errors import IngestError
from pipeline.ingest.files import PASSWORD_VARIABLE, open_agency_file
from pipeline.ingest.grids import Grid, read_grids
from pipeline.ingest.tabulate import (
    GridCounts,
    RawEntry,
    cell_text,
    find_header,
    is_blank_row,
    tabulate,
)

# The first cells of the sheets the trawl's chronology return adds around its Chronology sheet
# (pipeline/trawl/return_forms.py): expected, never holding entries, so skipped without a warning.
INSTRUCTIONS_TITLE = "Instructions for this return"
LISTS_TITLE = "Lists for the drop-downs"


def _is_return_form_sheet(grid: Grid) -> bool:
    first = next((r for r in grid.rows if not is_blank_row(r)), [])
    return bool(first) and cell_text(first[0]) in (INSTRUCTIONS_TITLE, LISTS_TITLE)


@dataclass
class AgencyChronology:
    """What was read from one agency's file, with the count of every row."""

    agency: str
    path: Path
    entries: list[RawEntry]
    grids: list[GridCounts]
    skipped: list[str] = field(default_factory=list)  # grids with no chronology header
    date1904: bool = False

    def total(self, name: str) -> int:
        """Sum of one count over the file's grids."""
        return sum(getattr(g, name) for g in self.grids)


def _table_likeness(grid: Grid) -> tuple[int, int]:
    """How much a grid looks like it holds the entries: rows of two or more filled cells, then
    filled rows. A cover or notes sheet is a few one-cell lines; a chronology is a table."""
    filled = [r for r in grid.rows if not is_blank_row(r)]
    wide = sum(1 for r in filled if sum(1 for v in r if cell_text(v)) >= 2)
    return wide, len(filled)


def _has_header(grid: Grid, agency: AgencyConfig) -> bool:
    try:
        find_header(grid, agency.columns, agency.chronology)
    except IngestError:
        return False
    return True


def read_chronology(agency: AgencyConfig, password: str | None,
                    where: str = "") -> AgencyChronology:
    """Read an agency's chronology: every sheet or table, each row accounted for.

    Sheets or tables with no chronology header (a cover sheet, a layout table) are skipped and
    reported by position ("sheet 1 of 3"), but only when another one in the same file has a
    header; a file with none is an error naming the sheet that looks most like the entries
    and the row that looks like its header, by position only (sheet names and headers may be
    people's names).
    ``agency.sheets`` limits which sheets are read.
    """
    path = agency.chronology
    grids = read_grids(open_agency_file(path, password, where), path, password)
    if agency.sheets is not None:
        names = {g.name for g in grids}
        if missing := [i for i, s in enumerate(agency.sheets) if s not in names]:
            kind = grids[0].kind if grids else "sheet"
            number = missing[0] + 1  # counted from 1, as case.yaml's agencies are
            listed = f"{where.rsplit('.', 1)[0]}.sheets[{number}]" if where else f"sheet {number}"
            raise IngestError(f"{path}: has no {kind} named as case.yaml {listed} says (the file "
                              f"has {len(grids)} {kind}s); check the spelling of that name.")
        grids = [g for g in grids if g.name in agency.sheets]
    filled = [g for g in grids if not all(is_blank_row(r) for r in g.rows)]
    if not filled:
        raise IngestError(f"{path}: has no entries; ask the agency to send its chronology again.")
    usable = [g for g in filled if agency.sheets is not None or _has_header(g, agency)]
    if not usable:
        likeliest = max(filled, key=_table_likeness)  # the first of equals
        find_header(likeliest, agency.columns, path)  # raises, saying where to look
    result = AgencyChronology(agency.name, path, [], [], date1904=any(g.date1904 for g in usable))
    result.skipped = [g.label for g in filled
                      if g not in usable and not _is_return_form_sheet(g)]
    per_subject = len(usable) > 1 and usable[0].kind == "sheet"
    for grid in usable:
        entries, counts = tabulate(grid, agency.columns, path,
                                   subject=grid.name if per_subject else "",
                                   start_position=len(result.entries))
        result.entries.extend(entries)
        result.grids.append(counts)
    return result


__all__ = ["INSTRUCTIONS_TITLE", "LISTS_TITLE", "PASSWORD_VARIABLE", "AgencyChronology",
           "RawEntry", "read_chronology"]
