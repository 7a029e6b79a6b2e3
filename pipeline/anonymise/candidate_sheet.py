"""``name_candidates.xlsx``: the names of a case for the DHR Officer to decide, and reading
those decisions back.

One row per name as found, rows of one probable person together (a group number and the
group's variants on every row, so a filter on one group shows all of them). The officer fills
in Decision (a drop-down), Map entry (a drop-down of the map's people), Pseudonym and Notes;
``dhr names --apply`` reads only those. The workbook holds real names: it is restricted, and
says so on screen and on paper.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from pipeline.anonymise.candidates import Candidate, MapIndex, places_text, variants_of
from pipeline.anonymise.pseudonyms import PseudonymMap
from pipeline.chronology.write_docx import MARKING
from pipeline.config import CaseConfig
from pipeline.errors import ConfigError
from pipeline.ooxml.package import save_package
from pipeline.ooxml.restricted_sheet import choice_column, mark_restricted, write_table

SHEET, ENTRIES = "Name candidates", "Map entries"
MAP_TO, NEW_PERSON, NOT_A_PERSON = "map to existing", "new person", "not a person"
DECISIONS = (MAP_TO, NEW_PERSON, NOT_A_PERSON)
NAME, DECISION, ENTRY, PSEUDONYM, NOTES = ("Name as found", "Decision", "Map entry",
                                           "Pseudonym", "Notes")
COLUMNS = (("Group", 7), (NAME, 24), ("Count", 7), ("Variants in group", 34),
           ("In the map", 13), ("Map person", 32), ("Found by", 22), ("Files", 30),
           ("Places (file, where: words around it)", 72), (DECISION, 17), (ENTRY, 30),
           (PSEUDONYM, 20), (NOTES, 30))
_FIRST_DECISION_COLUMN = len(COLUMNS) - 3  # Decision, 1-based
HOW_TO = (
    "RESTRICTED: this workbook holds the real names found in the case's records.",
    "Each row is a name as the records write it; rows of one group are probably one person.",
    "In the map: 'in the map' names are already replaced (nothing to decide unless the map is "
    "wrong); 'probably in the map' names look like a form of the Map person; others are new.",
    f"Decision '{MAP_TO}': the name is another name of a person in the map; it is added to "
    "their aliases. Map entry: choose people[N] (on the Map entries sheet) or write a "
    "pseudonym; leave it blank to use the Map person shown.",
    f"Decision '{NEW_PERSON}': a person the map does not have yet; write their agreed "
    "Pseudonym. A title (Mrs, DC) is kept as their title, not as part of the name.",
    f"Decision '{NOT_A_PERSON}': not a person (a building, a service); it is added to keep "
    "and never replaced.",
    "Leave Decision blank to decide later. Then run: dhr names CASE_DIR --apply "
    "<this workbook>. The map's comments and order are kept; run 'dhr names' again to see "
    "the result.",
)


def _row(candidate: Candidate, index: MapIndex, variants: dict[int, str]) -> list[object]:
    people = candidate.owners or ((candidate.probable,) if candidate.probable is not None
                                  else ())
    return [candidate.group, candidate.text, candidate.count, variants[candidate.group],
            candidate.status, " or ".join(index.label(i) for i in people) or None,
            ", ".join(sorted(candidate.found_by)), "\n".join(candidate.files),
            places_text(candidate), None, None, None, None]


def write_candidates(candidates: list[Candidate], pmap: PseudonymMap, case: CaseConfig,
                     path: Path) -> None:
    """The workbook: the names, the map's people to choose from, and how to use it."""
    index = MapIndex(pmap)
    variants = variants_of(candidates)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    write_table(sheet, COLUMNS, [_row(c, index, variants) for c in candidates])
    title = f"{case.case_id} name candidates"
    mark_restricted(sheet, MARKING, title)
    choice_column(sheet, _FIRST_DECISION_COLUMN, len(candidates), DECISIONS,
                  f"Choose {', '.join(DECISIONS)}, or leave blank to decide later.")
    entries = book.create_sheet(ENTRIES)
    write_table(entries, (("Map entry", 34), ("Name", 26), ("Aliases", 34), ("Title", 8),
                          ("Role", 30)),
                [[index.label(i), p.name, ", ".join(p.aliases) or None, p.title, p.role]
                 for i, p in enumerate(pmap.people)])
    mark_restricted(entries, MARKING, title)
    if pmap.people:
        choice_column(sheet, _FIRST_DECISION_COLUMN + 1, len(candidates),
                      f"'{ENTRIES}'!$A$2:$A${len(pmap.people) + 1}",
                      "Choose the person in the map, or write the pseudonym of a person "
                      "added in this workbook.", strict=False)
    notes = book.create_sheet("How to use")
    write_table(notes, (("How to use this workbook", 120),), [[line] for line in HOW_TO])
    mark_restricted(notes, MARKING, title)
    save_package(book, path)


@dataclass(frozen=True)
class NameDecision:
    """One row the DHR Officer decided: what the name is, and where it goes in the map."""

    row: int  # the workbook row, for messages
    text: str
    action: str  # one of DECISIONS
    entry: str = ""  # Map entry as written: people[N], a pseudonym, or blank
    pseudonym: str = ""


def _cell(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def read_name_decisions(path: Path) -> tuple[list[NameDecision], int]:
    """The decided rows of a filled-in workbook, and how many rows are still undecided."""
    if not path.is_file():
        raise ConfigError(f"{path}: workbook not found; give the name_candidates.xlsx that "
                          "'dhr names' wrote (in the case's output/restricted folder).")
    not_ours = ConfigError(f"{path}: not a name candidates workbook made by 'dhr names'; give "
                           "the name_candidates.xlsx it wrote.")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a file it cannot read
        raise not_ours from exc
    try:
        if SHEET not in book.sheetnames:
            raise not_ours
        return _decided_rows(book[SHEET].iter_rows(values_only=True), path)
    finally:
        book.close()


def _decided_rows(rows: Iterator[tuple], path: Path) -> tuple[list[NameDecision], int]:
    header = [_cell(h) for h in next(rows, ())]
    try:
        at = {name: header.index(name) for name in (NAME, DECISION, ENTRY, PSEUDONYM)}
    except ValueError as exc:
        raise ConfigError(f"{path}: the '{SHEET}' sheet has lost its column headers; run "
                          "'dhr names' again and copy the decisions into the new workbook."
                          ) from exc
    decided, undecided = [], 0
    for number, row in enumerate(rows, start=2):
        cells = [_cell(c) for c in (*row, *[None] * len(header))]
        text, action = cells[at[NAME]], cells[at[DECISION]].casefold()
        if not action:
            undecided += bool(text)
            continue
        if action not in DECISIONS:
            raise ConfigError(f"{path}: row {number}: the decision is not one of "
                              f"{', '.join(DECISIONS)}; choose one from the drop-down.")
        if not text:
            raise ConfigError(f"{path}: row {number}: has a decision but no {NAME}; put the "
                              "name back or clear the decision.")
        decided.append(NameDecision(number, text, action, cells[at[ENTRY]],
                                    cells[at[PSEUDONYM]]))
    return decided, undecided
