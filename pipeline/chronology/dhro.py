"""The DHR Officer's own columns, Key and DHRO notes, kept across merges.

The DHRO works in ``merged_chronology.xlsx``: marks key events and types notes for the panel.
Agencies then send corrected or longer chronologies and the chronology is merged again. Before
the new workbook replaces the old one, the old one is read and each note goes to the new entry
from the same source row: the same agency, source file and source location (``sheet 'Victim'
row 6``), whose event text still has the check (a short hash) of the text the note was written
against. Nothing the DHRO wrote is dropped:

- a row that moved (the agency inserted rows above it) is found by its text in the same file,
  and the note moves with it;
- a row whose text changed keeps the note, flagged ``note: source row changed``, until the DHRO
  deletes that flag from the Flags cell to say the note still applies;
- a row that is gone leaves its note on the *Orphaned notes* sheet, with the entry as it read,
  merge after merge, until the DHRO deletes it there (or the row comes back).

A note was written against the text its row shows (the Event cell), unless its row is flagged:
then the check of the older text is kept in the workbook's hidden last column, so the flag stays
until the DHRO deletes it.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.chronology.columns import DHRO_NOTES, KEY
from pipeline.chronology.merge import KEY_MARKERS, NOTE_CHANGED, YES, Entry, text_check
from pipeline.chronology.write_xlsx import CHECK_COLUMN, CHRONOLOGY, ORPHAN_REASON, ORPHANS
from pipeline.errors import DhrError, IngestError
from pipeline.ingest.files import PASSWORD_VARIABLE, decrypt, is_encrypted
from pipeline.ingest.tabulate import cell_text

_PLACE = ("Agency", "Source file", "Source location")
_ROW_NUMBER = re.compile(r"^(.*?)(\d+)$")


@dataclass
class DhroRow:
    """A row of the previous workbook: where its entry came from and what the DHRO wrote."""

    agency: str
    source_file: str
    source_location: str
    event: str
    basis: str  # the check of the text the note was written against
    key: str
    notes: str
    flagged: bool = False  # its Flags cell still says the source row changed
    date_given: str = ""
    orphan: bool = False  # from the Orphaned notes sheet

    @property
    def place(self) -> tuple[str, str, str]:
        return (self.agency, self.source_file, self.source_location)

    @property
    def written(self) -> bool:
        """Whether the DHRO wrote anything here."""
        return bool(self.key or self.notes)


@dataclass(frozen=True)
class Orphan:
    """A DHRO note (or Key mark) whose source row is no longer in the agency's file."""

    agency: str
    source_file: str
    source_location: str
    date_given: str
    event: str
    key: str
    notes: str
    basis: str
    reason: str = ORPHAN_REASON


@dataclass
class Previous:
    """What the last merge's workbook holds of the DHRO's (empty when there is none)."""

    rows: list[DhroRow] = field(default_factory=list)


@dataclass
class Carried:
    """What happened to the DHRO's notes and Key marks on this merge, for the summary."""

    kept: int = 0  # on the entry from the same source row
    moved: int = 0  # the source row moved in the agency's file
    changed: int = 0  # the source row now reads differently: flagged
    orphaned: int = 0  # the source row is gone: on the Orphaned notes sheet

    def describe(self) -> str:
        """One line for the summary, or empty when there was nothing to carry."""
        total = self.kept + self.moved + self.changed + self.orphaned
        if not total:
            return ""
        parts = [f"{total} DHRO {'note' if total == 1 else 'notes'} or Key marks carried over"]
        if self.moved:
            parts.append(f"{self.moved} moved with their source row")
        if self.changed:
            parts.append(f"{self.changed} on a changed source row, flagged '{NOTE_CHANGED}'")
        if self.orphaned:
            parts.append(f"{self.orphaned} whose source row is gone, on the '{ORPHANS}' sheet")
        return "; ".join(parts) + "."


def _key(value: object) -> str:
    text = cell_text(value)
    return YES if text.casefold() in KEY_MARKERS else text


def _columns(header: list[object]) -> dict[str, int]:
    return {cell_text(h): i for i, h in reversed(list(enumerate(header))) if cell_text(h)}


def _header_at(grid: list[list[object]]) -> int | None:
    return next((i for i, row in enumerate(grid[:5]) if set(_PLACE) <= set(_columns(row))),
                None)


def _rows(grid: list[list[object]], orphan: bool) -> list[DhroRow] | None:
    """The DHRO rows of a sheet, or None when it has none of the DHRO's columns (a workbook
    from before they existed: nothing to carry)."""
    header_at = _header_at(grid)
    if header_at is None:
        return None
    where = _columns(grid[header_at])
    if DHRO_NOTES not in where and KEY not in where:
        return None

    def value(row: list[object], name: str) -> str:
        index = where.get(name)
        return cell_text(row[index]) if index is not None and index < len(row) else ""

    found = []
    for row in grid[header_at + 1:]:
        event = value(row, "Event")
        found.append(DhroRow(
            value(row, "Agency"), value(row, "Source file"), value(row, "Source location"),
            event, value(row, CHECK_COLUMN) or text_check(event), _key(value(row, KEY)),
            value(row, DHRO_NOTES), NOTE_CHANGED in value(row, "Flags"),
            value(row, "Date as given"), orphan))
    return found


def read_previous(path: Path, password: str | None) -> Previous:
    """The DHRO's Key marks and notes in the last merge's workbook (decrypted with the review
    password if the DHRO protected it). No workbook: nothing to carry. One that cannot be read
    is an error naming it, before anything is written."""
    path = Path(path)
    if not path.is_file():
        return Previous()
    import python_calamine

    advice = ("the DHRO's notes and Key marks in it are carried into the new merge, so it must "
              "be readable; open it in Excel and save it as .xlsx (or move it out of the output "
              "folder to merge without them) and run again. Nothing was changed.")
    try:
        data = path.read_bytes()
        if is_encrypted(data):
            try:
                data = decrypt(data, path, password)
            except DhrError as exc:
                raise IngestError(f"{path}: the merged chronology from the last run is "
                                  f"password-protected and {PASSWORD_VARIABLE} does not open "
                                  f"it; set the review password in {PASSWORD_VARIABLE} (or "
                                  "save the workbook without a password) and run again. "
                                  "Nothing was changed.") from exc
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                  for name in book.sheet_names}
    except DhrError:
        raise
    except Exception as exc:  # calamine raises several types for a damaged file
        raise IngestError(f"{path}: the merged chronology from the last run could not be read "
                          f"as a workbook; {advice}") from exc
    if all(_header_at(grid) is None for grid in sheets.values()):
        raise IngestError(f"{path}: the merged chronology from the last run has no sheet with "
                          f"the Agency, Source file and Source location columns; {advice}")
    # The Chronology sheet, or the sheet with its columns if the DHRO renamed it.
    order = [CHRONOLOGY, *(n for n in sheets if n not in (CHRONOLOGY, ORPHANS))]
    found = (_rows(sheets[name], False) for name in order if name in sheets)
    rows = next((r for r in found if r is not None), [])
    if ORPHANS in sheets:
        rows += _rows(sheets[ORPHANS], True) or []
    return Previous(rows)


def _row_number(location: str) -> tuple[str, int]:
    match = _ROW_NUMBER.match(location)
    return (match.group(1), int(match.group(2))) if match else (location, 0)


def _nearest(row: DhroRow, candidates: list[Entry]) -> Entry | None:
    """The candidate nearest the row's old place (same sheet or table, closest row)."""
    if not candidates:
        return None
    where, number = _row_number(row.source_location)

    def distance(entry: Entry) -> tuple[int, int]:
        other, at = _row_number(entry.source_location)
        return (other != where, abs(at - number))

    return min(candidates, key=distance)


def _add(entry: Entry, row: DhroRow) -> None:
    """The row's note and Key on ``entry`` (added to any note already there)."""
    if row.notes and row.notes not in entry.dhro_notes.split("\n\n"):
        entry.dhro_notes = f"{entry.dhro_notes}\n\n{row.notes}" if entry.dhro_notes else row.notes
    if row.key and (not entry.key or row.key == YES):
        entry.key = row.key


def carry_notes(entries: list[Entry], previous: Previous) -> tuple[Carried, list[Orphan]]:
    """Put each of the DHRO's notes and Key marks on the new entry from the same source row;
    flag those whose row changed, list those whose row is gone (see the module's notes)."""
    carried = Carried()
    if not previous.rows:
        return carried, []
    at: dict[tuple[str, str, str], Entry] = {}
    by_text: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        at[(entry.agency, entry.source_file, entry.source_location)] = entry
        by_text[(entry.agency, entry.source_file, entry.text_check())].append(entry)
    claimed: set[int] = set()
    later: list[DhroRow] = []
    # 1. The same source row, reading as it did: the note (and a Key left blank) stays.
    for row in previous.rows:
        entry = at.get(row.place)
        if entry is None:
            later.append(row)
            continue
        now = entry.text_check()
        confirmed = (row.basis != text_check(row.event) and not row.flagged
                     and text_check(row.event) == now)  # the DHRO deleted the flag
        if row.basis == now or confirmed:
            if not row.orphan:
                entry.key = row.key  # a Key the DHRO cleared stays clear
            _add(entry, row)
            claimed.add(id(entry))
            carried.kept += row.written
        else:
            later.append(row)
    orphans: list[Orphan] = []
    changed: list[tuple[DhroRow, Entry]] = []
    # 2. The same text elsewhere in the same file: the row moved.
    for row in (r for r in later if r.written):
        candidates = [e for e in by_text.get((row.agency, row.source_file, row.basis), [])
                      if id(e) not in claimed]
        entry = _nearest(row, candidates)
        if entry is not None:
            _add(entry, row)
            claimed.add(id(entry))
            entry.notes.append(f"DHRO note carried from {row.source_location}, where this "
                               "source row was at the last merge")
            carried.moved += 1
        elif not row.orphan and (entry := at.get(row.place)) is not None:
            changed.append((row, entry))
        else:
            orphans.append(Orphan(row.agency, row.source_file, row.source_location,
                                  row.date_given, row.event, row.key, row.notes, row.basis))
    # 3. The row is there but reads differently: the note stays, flagged, on its old text.
    for row, entry in changed:
        _add(entry, row)
        entry.note_basis = row.basis
        if NOTE_CHANGED not in entry.flags:
            entry.flags.append(NOTE_CHANGED)
            entry.notes.append("the source row has changed since the DHRO note was written; "
                               f"check the note, then delete '{NOTE_CHANGED}' from Flags")
        carried.changed += 1
    carried.orphaned = len(orphans)
    orphans.sort(key=lambda o: (o.agency, o.source_file, _row_number(o.source_location)))
    return carried, orphans
