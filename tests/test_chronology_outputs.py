"""The merged chronology's files: what a DHR Officer opens, checked by reading them back."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT

from pipeline.chronology import (
    OUTPUT_NAMES,
    PANEL_FOLDER,
    PANEL_NAMES,
    merge_chronology,
    run_merge,
    write_merge_outputs,
)
from pipeline.chronology.columns import MARKING
from pipeline.config import load_case
from pipeline.errors import IngestError
from tests.conftest import CaseMaker, write_csv, write_xlsx
from tests.reproducible import assert_undated_package, different_files, next_clock_window


@pytest.fixture
def merged(tmp_path: Path, make_case: CaseMaker) -> Path:
    write_xlsx(tmp_path / "police.xlsx", {"S": [
        ["Date", "Time", "Event details", "Action taken", "Incident Ref"],
        [dt.date(2019, 3, 14), "22:15", "Call from <neighbour> & friend", "Attended", "NBP/1"],
        ["June 2019", "", "Month only", "", ""],
        ["c. 2018", "", "Approximate year", "", ""],
        ["n/k", "", "Undated entry", "", ""],
    ]})
    write_xlsx(tmp_path / "gp.xlsx", {"S": [["Consultation date", "Clinical notes"],
                                            [43600, "Seen for low mood"]]})
    case = make_case([{"name": "Police", "chronology": "police.xlsx"},
                      {"name": "GP", "chronology": "gp.xlsx"}])
    return run_merge(case, tmp_path / "out").folder


def test_all_four_outputs_are_written_under_restricted(merged: Path) -> None:
    assert merged.name == "restricted"
    assert sorted(p.name for p in merged.iterdir()) == sorted(OUTPUT_NAMES)


def test_csv_follows_the_design_contract(merged: Path) -> None:
    with (merged / "merged_chronology.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for column in ("Date", "Time", "Date precision", "Agency", "Event", "Action", "Comment",
                   "Flags", "Source file", "Source location"):
        assert column in rows[0]
    first = rows[0]
    assert (first["Date"], first["Time"], first["Date precision"]) == ("2018-01-01", "",
                                                                       "approximate")
    police = next(r for r in rows if r["Incident Ref"] == "NBP/1")
    assert (police["Date"], police["Time"], police["Event"]) == (
        "2019-03-14", "22:15", "Call from <neighbour> & friend")
    assert police["Source file"] == "police.xlsx"
    assert police["Source location"] == "sheet 'S' row 2"
    gp = next(r for r in rows if r["Agency"] == "GP")
    assert gp["Date"] == "2019-05-15"  # an Excel serial number
    assert rows[-1]["Date"] == "" and rows[-1]["Flags"] == "undated"
    assert rows[-1]["Date as given"] == "n/k"


def test_workbook_looks_like_a_dhro_made_it(merged: Path) -> None:
    book = openpyxl.load_workbook(merged / "merged_chronology.xlsx")
    assert book.sheetnames == ["Chronology", "Flags", "Summary"]
    sheet = book["Chronology"]
    assert sheet.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(sheet.max_column - 1)  # the hidden check is last
    assert sheet.auto_filter.ref == f"A1:{last}6"
    headers = [c.value for c in sheet[1]]
    assert headers[:4] == ["No.", "Date", "Seq.", "Time"] and "Incident Ref" in headers
    assert headers[12:16] == ["Flags", "Tool notes", "Key", "DHRO notes"]
    assert sheet.column_dimensions["I"].width > 40  # Event is wide
    assert sheet.column_dimensions[openpyxl.utils.get_column_letter(sheet.max_column)].hidden
    rows = {r[8].value: r for r in sheet.iter_rows(min_row=2)}
    police = rows["Call from <neighbour> & friend"]
    assert police[1].value == dt.datetime(2019, 3, 14)  # a real date, not text
    assert police[1].number_format == "dd/mm/yyyy"
    assert police[8].alignment.wrap_text
    assert rows["Month only"][1].number_format == "mmm yyyy"
    assert rows["Approximate year"][1].number_format == '"c. "yyyy'  # as written
    assert rows["Undated entry"][1].value is None
    gp = rows["Seen for low mood"]
    assert police[0].fill.fgColor.rgb != gp[0].fill.fgColor.rgb  # one colour per agency
    assert police[0].fill.fgColor.rgb == rows["Month only"][0].fill.fgColor.rgb

    flags = [r for r in book["Flags"].iter_rows(min_row=2, values_only=True)]
    assert ("approximate" in {r[3] for r in flags}) and ("undated" in {r[3] for r in flags})
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[2][:5] == ("Agency", "2018", "2019", "Undated", "Total")
    assert summary[3][:5] == ("Police", 1, 2, 1, 4)
    assert summary[4][:5] == ("GP", 0, 1, 0, 1)


def test_every_sheet_prints_the_marking_and_page_numbers(merged: Path) -> None:
    book = openpyxl.load_workbook(merged / "merged_chronology.xlsx")
    for sheet in book.worksheets:
        assert sheet.oddHeader.center.text == MARKING, sheet.title
        assert sheet.oddFooter.center.text == MARKING
        assert sheet.oddFooter.left.text == "T01 merged chronology"
        assert sheet.oddFooter.right.text == "Page &P of &N"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert book["Chronology"].print_title_rows == book["Flags"].print_title_rows == "$1:$1"
    assert book.properties.description == MARKING
    document = Document(str(merged / "merged_chronology.docx"))
    assert document.sections[0].header.paragraphs[0].text.startswith(MARKING)


def test_word_version_is_landscape_with_a_repeating_header(merged: Path) -> None:
    document = Document(str(merged / "merged_chronology.docx"))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    table = document.tables[0]
    header = table.rows[0]
    assert header._tr.trPr is not None and header._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
    assert [c.text for c in header.cells][:4] == ["No.", "Date", "Seq.", "Time"]
    texts = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(texts) == 5
    police = next(t for t in texts if t[6] == "Call from <neighbour> & friend")
    assert police[1:4] == ["14/03/2019", "1", "22:15"]
    assert "Incident Ref: NBP/1" in police[8]  # unknown columns are not lost here either
    assert next(t for t in texts if t[6] == "Month only")[1] == "Jun 2019"
    assert texts[-1][1] == "n/k" and texts[-1][2] == "" and texts[-1][9] == "undated"
    assert "OFFICIAL" in section.header.paragraphs[0].text


def test_report_counts_every_row(merged: Path) -> None:
    report = json.loads((merged / "merge_report.json").read_text(encoding="utf-8"))
    assert report["reconciled"] is True
    assert report["totals"]["rows_read"] == 5 == report["totals"]["entries_in_output"]
    assert [a["agency"] for a in report["agencies"]] == ["Police", "GP"]
    undated = [p for p in report["problems"] if "undated" in p["flags"]]
    assert undated[0]["source_location"] == "sheet 'S' row 5"


def test_same_inputs_give_the_same_csv_and_report(tmp_path: Path, make_case: CaseMaker,
                                                  merged: Path) -> None:
    again = run_merge(merged.parent.parent, tmp_path / "again").folder
    for name in ("merged_chronology.csv", "merge_report.json"):
        assert (again / name).read_bytes() == (merged / name).read_bytes()


def test_parallel_writers_give_the_same_files(merged: Path, tmp_path: Path) -> None:
    result = merge_chronology(load_case(merged.parent.parent), None)
    write_merge_outputs(result, tmp_path / "par", parallel=True)
    write_merge_outputs(result, tmp_path / "seq", parallel=False)
    assert different_files(tmp_path / "par", tmp_path / "seq") == []


def test_two_merges_give_the_same_bytes_and_no_date_of_their_own(
        sample_case: Path, sample_password: str, tmp_path: Path) -> None:
    one = run_merge(sample_case, tmp_path / "one", sample_password)
    next_clock_window()
    two = run_merge(sample_case, tmp_path / "two", sample_password)
    from pipeline.anonymise.case import CASE_REVIEW, SOURCES

    assert sorted(p.name for p in two.folder.iterdir()) == sorted(
        [*OUTPUT_NAMES, PANEL_FOLDER, CASE_REVIEW, SOURCES])  # the case's review, its texts
    assert sorted(p.name for p in (two.folder / PANEL_FOLDER).iterdir()) == sorted(PANEL_NAMES)
    assert different_files(one.folder, two.folder) == []
    for name in ("merged_chronology.xlsx", "merged_chronology.docx", CASE_REVIEW,
                 *(f"{PANEL_FOLDER}/{n}" for n in PANEL_NAMES)):
        assert_undated_package(one.folder / name)


def test_a_failed_run_leaves_the_previous_outputs_and_no_part_files(
        merged: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in merged.iterdir()}
    (tmp_path / "gp.xlsx").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(IngestError):
        run_merge(merged.parent.parent, tmp_path / "out")
    assert {p.name: p.read_bytes() for p in merged.iterdir()} == before


def test_a_writer_failure_leaves_no_half_written_files(merged: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.chronology as stage

    def broken(result: object, path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(stage, "write_csv", broken)
    out = tmp_path / "fresh"
    with pytest.raises(OSError):
        write_merge_outputs(merge_chronology(load_case(merged.parent.parent), None), out,
                            parallel=False)
    assert list(out.iterdir()) == []


def test_illegal_xml_characters_from_exports_do_not_break_the_files(
        tmp_path: Path, make_case: CaseMaker) -> None:
    write_csv(tmp_path / "a.csv", [["Date", "Event"], ["01/01/2020", "Line\x0bbreak"]])
    folder = run_merge(make_case([{"name": "A", "chronology": "a.csv"}])).folder
    sheet = openpyxl.load_workbook(folder / "merged_chronology.xlsx")["Chronology"]
    assert sheet["I2"].value == "Linebreak"
    assert Document(str(folder / "merged_chronology.docx")).tables[0].rows[1].cells[6].text == (
        "Linebreak")


def test_seq_and_one_flag_a_line(merged: Path) -> None:
    with (merged / "merged_chronology.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Date"], r["Seq."]) for r in rows] == [
        ("2018-01-01", "1"), ("2019-03-14", "1"), ("2019-05-15", "1"), ("2019-06-01", "1"),
        ("", "")]
    sheet = openpyxl.load_workbook(merged / "merged_chronology.xlsx")["Chronology"]
    assert [r[2] for r in sheet.iter_rows(min_row=2, values_only=True)] == [1, 1, 1, 1, None]
    table = Document(str(merged / "merged_chronology.docx")).tables[0]
    assert table.rows[1].cells[9].text == "approximate\noutside scope"


def test_approximate_dates_show_as_written_and_sort_as_dates(tmp_path: Path,
                                                             make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "homes.xlsx", {"S": [
        ["Date", "Event"],
        ["Spring 2021", "Repair reported"],
        ["late 2021", "Rent arrears letter"],
        ["w/c 06/12/2021", "Visit attempted"],
        [dt.date(2021, 7, 1), "Exact date"],
    ]})
    case = make_case([{"name": "Homes", "chronology": "homes.xlsx"}])
    folder = run_merge(case, tmp_path / "out").folder
    sheet = openpyxl.load_workbook(folder / OUTPUT_NAMES[0])["Chronology"]
    header = [c.value for c in sheet[1]]
    shown = {row[header.index("Event")].value: row[header.index("Date")]
             for row in sheet.iter_rows(min_row=2)}
    assert [row[header.index("Event")].value for row in sheet.iter_rows(min_row=2)] == [
        "Repair reported", "Exact date", "Rent arrears letter", "Visit attempted"]
    spring, late, week = (shown[e] for e in ("Repair reported", "Rent arrears letter",
                                              "Visit attempted"))
    assert spring.value == dt.datetime(2021, 3, 1) and spring.number_format == '"Spring "yyyy'
    assert late.value == dt.datetime(2021, 9, 1) and late.number_format == '"late "yyyy'
    assert week.value == dt.datetime(2021, 12, 6)
    assert week.number_format == '"w/c 06/12/"yyyy'
    assert shown["Exact date"].number_format == "dd/mm/yyyy"
