"""Ingest: one agency's chronology file, whatever its shape, as a list of raw entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import AgencyConfig
from pipeline.errors import IngestError
from pipeline.ingest.files import PASSWORD_VARIABLE, open_agency_file
from pipeline.ingest.grids import Grid, read_grids
from pipeline.ingest.tabulate import GridCounts, RawEntry, find_header, is_blank_row, tabulate


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
    reported, but only when another one in the same file has a header; a file with none is an
    error naming the headers found. ``agency.sheets`` limits which sheets are read.
    """
    path = agency.chronology
    grids = read_grids(open_agency_file(path, password, where), path)
    if agency.sheets is not None:
        names = {g.name for g in grids}
        if missing := [s for s in agency.sheets if s not in names]:
            raise IngestError(f"{path}: has no sheet named '{missing[0]}' (listed in case.yaml "
                              f"{where.rsplit('.', 1)[0]}.sheets).")
        grids = [g for g in grids if g.name in agency.sheets]
    filled = [g for g in grids if not all(is_blank_row(r) for r in g.rows)]
    if not filled:
        raise IngestError(f"{path}: has no entries; ask the agency to send its chronology again.")
    usable = [g for g in filled if agency.sheets is not None or _has_header(g, agency)]
    if not usable:
        find_header(filled[0], agency.columns, path)  # raises, naming the headers found
    result = AgencyChronology(agency.name, path, [], [], date1904=any(g.date1904 for g in usable))
    result.skipped = [f"{g.kind} '{g.name}'" for g in filled if g not in usable]
    per_subject = len(usable) > 1 and usable[0].kind == "sheet"
    for grid in usable:
        entries, counts = tabulate(grid, agency.columns, path,
                                   subject=grid.name if per_subject else "",
                                   start_position=len(result.entries))
        result.entries.extend(entries)
        result.grids.append(counts)
    return result


__all__ = ["PASSWORD_VARIABLE", "AgencyChronology", "RawEntry", "read_chronology"]
