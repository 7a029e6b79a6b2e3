"""The DHRO's Key marks and notes, typed in the merged workbook, survive the next merge: on the
entry from the same source row, flagged when that row changed, listed when it is gone."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from pipeline.chronology import run_merge
from pipeline.chronology.merge import NOTE_CHANGED
from pipeline.drafts.context import key_events, read_merged
from pipeline.errors import IngestError
from tests.conftest import SAMPLE_PASSWORD, CaseMaker, encrypt, write_csv

HEADER = ["Date", "Event", "Action"]
ROWS = [["01/02/2020", "First visit by the housing officer.", "Logged."],
        ["03/02/2020", "Neighbour reported shouting at the flat.", "Police informed."],
        ["05/02/2020", "Tenant asked for a transfer.", "Form sent."]]


@pytest.fixture
def case(tmp_path: Path, make_case: CaseMaker) -> Path:
    write_csv(tmp_path / "housing.csv", [HEADER, *ROWS])
    write_csv(tmp_path / "gp.csv", [HEADER, ["02/02/2020", "Seen for low mood.", "Reviewed."]])
    return make_case([{"name": "Housing", "chronology": "housing.csv"},
                      {"name": "GP", "chronology": "gp.csv"}])


def _workbook(case: Path) -> Path:
    return case / "output" / "restricted" / "merged_chronology.xlsx"


def _column(sheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name)


def _annotate(case: Path, notes: dict[str, tuple[str | None, str | None]],
              flags: dict[str, str] | None = None) -> None:
    """Type a Key and a note (as a DHRO would, in Excel) on the rows whose event starts so."""
    path = _workbook(case)
    book = openpyxl.load_workbook(path)
    sheet = book["Chronology"]
    event, key, note, flag = (_column(sheet, n) for n in ("Event", "Key", "DHRO notes", "Flags"))
    for row in sheet.iter_rows(min_row=2):
        for start, (mark, text) in notes.items():
            if str(row[event].value).startswith(start):
                row[key].value, row[note].value = mark, text
        for start, value in (flags or {}).items():
            if str(row[event].value).startswith(start):
                row[flag].value = value
    book.save(path)


def _entries(case: Path) -> dict[str, dict[str, object]]:
    """Event -> the row of the merged workbook, by header."""
    sheet = openpyxl.load_workbook(_workbook(case))["Chronology"]
    headers = [c.value for c in sheet[1]]
    return {row[headers.index("Event")]: dict(zip(headers, row, strict=True))
            for row in sheet.iter_rows(min_row=2, values_only=True)}


def _orphans(case: Path) -> list[dict[str, object]]:
    book = openpyxl.load_workbook(_workbook(case))
    if "Orphaned notes" not in book.sheetnames:
        return []
    sheet = book["Orphaned notes"]
    headers = [c.value for c in sheet[1]]
    return [dict(zip(headers, row, strict=True))
            for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_notes_and_key_survive_a_re_merge_and_the_key_reaches_the_drafts(case: Path) -> None:
    run_merge(case)
    _annotate(case, {"Neighbour": ("yes", "Ask the police for the log."),
                     "Seen for": (None, "GP to confirm the medication.")})
    summary = run_merge(case)
    assert summary.carried.kept == 2 and summary.carried.describe().startswith("2 DHRO notes")
    rows = _entries(case)
    neighbour = rows["Neighbour reported shouting at the flat."]
    assert (neighbour["Key"], neighbour["DHRO notes"]) == ("Yes", "Ask the police for the log.")
    assert rows["Seen for low mood."]["DHRO notes"] == "GP to confirm the medication."
    assert not rows["Seen for low mood."]["Key"]
    assert not any(NOTE_CHANGED in (r["Flags"] or "") for r in rows.values())
    with (summary.folder / "merged_chronology.csv").open(encoding="utf-8-sig") as handle:
        merged = {r["Event"]: r for r in csv.DictReader(handle)}
    assert merged["Neighbour reported shouting at the flat."]["Key"] == "Yes"
    assert merged["Seen for low mood."]["DHRO notes"] == "GP to confirm the medication."
    events = key_events({}, read_merged(summary.folder / "merged_chronology.csv"))
    assert [e["event"] for e in events] == ["Neighbour reported shouting at the flat."]
    run_merge(case)  # and again: nothing changes
    assert _entries(case) == rows


def test_a_note_moves_with_its_row_when_the_agency_inserts_rows_above(case: Path) -> None:
    run_merge(case)
    _annotate(case, {"Tenant asked": ("Yes", "Transfer: check the outcome.")})
    write_csv(case / "housing.csv", [HEADER, ["31/01/2020", "Tenancy signed.", ""], *ROWS])
    summary = run_merge(case)
    assert summary.carried.moved == 1
    row = _entries(case)["Tenant asked for a transfer."]
    assert (row["Key"], row["DHRO notes"]) == ("Yes", "Transfer: check the outcome.")
    assert row["Source location"] == "row 5" and NOTE_CHANGED not in (row["Flags"] or "")
    assert "carried from row 4" in row["Tool notes"]


def test_a_changed_source_row_keeps_its_note_flagged_until_the_dhro_clears_the_flag(
        case: Path) -> None:
    run_merge(case)
    _annotate(case, {"Neighbour": ("Yes", "Ask the police for the log.")})
    changed = [*ROWS]
    changed[1] = ["03/02/2020", "Neighbour reported a fight at the flat.", "Police informed."]
    write_csv(case / "housing.csv", [HEADER, *changed])
    summary = run_merge(case)
    assert summary.carried.changed == 1
    row = _entries(case)["Neighbour reported a fight at the flat."]
    assert row["DHRO notes"] == "Ask the police for the log." and row["Key"] == "Yes"
    assert NOTE_CHANGED in row["Flags"]
    assert summary.report["flags"][NOTE_CHANGED] == 1
    flags = openpyxl.load_workbook(_workbook(case))["Flags"]
    assert NOTE_CHANGED in [r[3] for r in flags.iter_rows(min_row=2, values_only=True)]

    run_merge(case)  # not yet checked by the DHRO: still flagged
    assert NOTE_CHANGED in _entries(case)["Neighbour reported a fight at the flat."]["Flags"]
    _annotate(case, {}, flags={"Neighbour": ""})  # checked: the DHRO deletes the flag
    run_merge(case)
    row = _entries(case)["Neighbour reported a fight at the flat."]
    assert not row["Flags"] and row["DHRO notes"] == "Ask the police for the log."


def test_a_removed_row_keeps_its_note_on_the_orphaned_notes_sheet(case: Path) -> None:
    run_merge(case)
    _annotate(case, {"Tenant asked": (None, "Was the transfer refused?")})
    write_csv(case / "housing.csv", [HEADER, *ROWS[:2]])
    summary = run_merge(case)
    assert summary.carried.orphaned == 1
    assert "'Orphaned notes' sheet" in summary.carried.describe()
    (orphan,) = _orphans(case)
    assert (orphan["Agency"], orphan["Source location"], orphan["Event"], orphan["DHRO notes"]) \
        == ("Housing", "row 4", "Tenant asked for a transfer.", "Was the transfer refused?")
    assert not any(r["DHRO notes"] for r in _entries(case).values())
    run_merge(case)  # kept merge after merge
    assert len(_orphans(case)) == 1
    write_csv(case / "housing.csv", [HEADER, *ROWS])  # the row comes back
    run_merge(case)
    assert _orphans(case) == []
    assert _entries(case)["Tenant asked for a transfer."]["DHRO notes"] == (
        "Was the transfer refused?")


def test_an_agency_key_column_marks_key_until_the_dhro_clears_it(case: Path) -> None:
    write_csv(case / "housing.csv", [[*HEADER, "Key event?"], [*ROWS[0], "Y"],
                                     [*ROWS[1], ""], [*ROWS[2], "x"]])
    run_merge(case)
    rows = _entries(case)
    assert rows["First visit by the housing officer."]["Key"] == "Yes"
    assert not rows["Neighbour reported shouting at the flat."]["Key"]
    assert rows["First visit by the housing officer."]["Key event?"] == "Y"  # theirs, kept
    _annotate(case, {"Tenant asked": ("", None)})  # the DHRO disagrees
    run_merge(case)
    rows = _entries(case)
    assert not rows["Tenant asked for a transfer."]["Key"]
    assert rows["First visit by the housing officer."]["Key"] == "Yes"


def test_a_protected_workbook_is_read_with_the_review_password(case: Path) -> None:
    run_merge(case)
    _annotate(case, {"Seen for": ("Yes", "Protected by the DHRO.")})
    encrypt(_workbook(case), SAMPLE_PASSWORD)
    run_merge(case, password=SAMPLE_PASSWORD)
    assert _entries(case)["Seen for low mood."]["DHRO notes"] == "Protected by the DHRO."
    encrypt(_workbook(case), SAMPLE_PASSWORD)
    before = {p.name: p.read_bytes() for p in _workbook(case).parent.iterdir()}
    with pytest.raises(IngestError) as refused:
        run_merge(case)
    assert str(refused.value).startswith(f"{_workbook(case)}: the merged chronology from the "
                                         "last run is password-protected")
    assert {p.name: p.read_bytes() for p in _workbook(case).parent.iterdir()} == before


def test_an_unreadable_workbook_stops_the_merge_and_changes_nothing(case: Path) -> None:
    run_merge(case)
    _workbook(case).write_bytes(b"PK\x03\x04 not a workbook any more")
    before = {p.name: p.read_bytes() for p in _workbook(case).parent.iterdir()}
    with pytest.raises(IngestError) as failed:
        run_merge(case)
    message = str(failed.value)
    assert message.startswith(f"{_workbook(case)}: the merged chronology from the last run "
                              "could not be read")
    assert "Nothing was changed." in message
    assert {p.name: p.read_bytes() for p in _workbook(case).parent.iterdir()} == before


def test_a_workbook_from_before_the_dhro_columns_carries_nothing(case: Path) -> None:
    run_merge(case)
    book = openpyxl.load_workbook(_workbook(case))
    sheet = book["Chronology"]
    sheet.delete_cols(_column(sheet, "Key") + 1, 2)  # Key and DHRO notes
    book.save(_workbook(case))
    assert run_merge(case).carried.describe() == ""


def test_dhr_drafts_merges_again_when_the_dhro_saved_the_workbook(case: Path) -> None:
    from pipeline.config import load_case
    from pipeline.drafts import merged_chronology

    run_merge(case)
    config = load_case(case)
    assert merged_chronology(config, case / "output", None) == (
        case / "output" / "restricted" / "merged_chronology.csv", False)
    _annotate(case, {"Tenant asked": ("Yes", None)})
    csv_path, merged = merged_chronology(config, case / "output", None)
    assert merged
    assert [e["event"] for e in key_events({}, read_merged(csv_path))] == [
        "Tenant asked for a transfer."]
    assert merged_chronology(config, case / "output", None)[1] is False


def test_a_row_whose_text_the_workbook_cannot_hold_exactly_is_not_taken_as_changed(
        case: Path) -> None:
    write_csv(case / "gp.csv", [HEADER, ["02/02/2020", "Seen for\x0b low mood.\r\nBP taken.", ""]])
    run_merge(case)
    _annotate(case, {"Seen for": ("Yes", "Check the BP.")})
    assert run_merge(case).carried.kept == 1
    row = next(r for e, r in _entries(case).items() if e.startswith("Seen for"))
    assert row["DHRO notes"] == "Check the BP." and not row["Flags"]
