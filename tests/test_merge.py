"""The merge: order, flags, nothing lost — on built cases and on the bundled sample."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import msoffcrypto
import openpyxl
import python_calamine
from docx import Document

from pipeline.chronology import merge_chronology
from pipeline.config import load_case
from pipeline.dates import Precision
from tests.conftest import SAMPLE_PASSWORD, CaseMaker, write_csv, write_xlsx


def test_order_is_date_time_agency_then_position_with_undated_last(
        tmp_path: Path, make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "b.xlsx", {"S": [
        ["Date", "Time", "Event"],
        ["14/03/2019", "09:00", "B morning"],
        ["unknown", "", "B undated"],
        ["14/03/2019", "", "B no time"],
        ["13/03/2019", "23:00", "B day before"],
    ]})
    write_csv(tmp_path / "a.csv", [
        ["Date", "Details"], ["14/03/2019 09:00", "A morning"], ["n/k", "A undated"],
        ["14/03/2019 09:00", "A second at nine"]])
    case = load_case(make_case([{"name": "Beta", "chronology": "b.xlsx"},
                                {"name": "Alpha", "chronology": "a.csv"}]))
    result = merge_chronology(case, None)
    assert [e.event for e in result.entries] == [
        "B day before", "B no time", "A morning", "A second at nine", "B morning",
        "A undated", "B undated"]
    assert [e.number for e in result.entries] == list(range(1, 8))
    assert result.entries[-1].flags == ["undated"]
    assert result.entries[-1].date_given == "unknown"  # the original text is kept


def test_flags(tmp_path: Path, make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "a.xlsx", {"S": [
        ["Date", "Event"],
        ["Spring 2020", "Approximate season"],
        ["c. 2018", "Before the review period"],
        ["15/06/2022", "After the review period"],
        ["June 2019", "A month is not approximate"],
        ["n/k", "Undated"],
        ["06/05/2021", "MARAC meeting held. Case discussed; safety plan agreed."],
    ]})
    write_xlsx(tmp_path / "b.xlsx", {"S": [
        ["Date", "Event"],
        ["06/05/2021", "MARAC meeting held. Case discussed, safety plan agreed."],
        ["06/05/2021", "An unrelated home visit by the housing officer about repairs."],
    ]})
    case = load_case(make_case([{"name": "A", "chronology": "a.xlsx"},
                                {"name": "B", "chronology": "b.xlsx"}]))
    flags = {e.event: e.flags for e in merge_chronology(case, None).entries}
    assert flags["Approximate season"] == ["approximate"]
    assert flags["Before the review period"] == ["approximate", "outside scope"]
    assert flags["After the review period"] == ["outside scope"]
    assert flags["A month is not approximate"] == []
    assert flags["Undated"] == ["undated"]
    assert flags["MARAC meeting held. Case discussed; safety plan agreed."] == [
        "possible duplicate"]
    assert flags["MARAC meeting held. Case discussed, safety plan agreed."] == [
        "possible duplicate"]
    assert flags["An unrelated home visit by the housing officer about repairs."] == []


def test_duplicates_name_each_other_and_need_two_agencies(
        tmp_path: Path, make_case: CaseMaker) -> None:
    text = "Strategy discussion held with all agencies and a safety plan agreed."
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Event"], ["01/02/2020", text],
                                           ["01/02/2020", text]]})
    write_xlsx(tmp_path / "b.xlsx", {"S": [["Date", "Event"], ["01/02/2020", text + " Done."]]})
    case = load_case(make_case([{"name": "A", "chronology": "a.xlsx"},
                                {"name": "B", "chronology": "b.xlsx"}]))
    entries = merge_chronology(case, None).entries
    assert all(e.flags == ["possible duplicate"] for e in entries)
    b = next(e for e in entries if e.agency == "B")
    assert sorted(b.notes) == ["possible duplicate of entry 1 (A)",
                               "possible duplicate of entry 2 (A)"]
    a_notes = [n for e in entries if e.agency == "A" for n in e.notes]
    assert a_notes == ["possible duplicate of entry 3 (B)"] * 2  # same agency: not a pair


def test_time_column_that_is_not_a_time_is_kept(tmp_path: Path, make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Time", "Event"],
                                           ["01/02/2020", "evening", "Call"]]})
    entry = merge_chronology(load_case(make_case([{"name": "A", "chronology": "a.xlsx"}])),
                             None).entries[0]
    assert entry.time is None
    assert entry.extras == {"Time as given": "evening"}
    assert entry.notes == ["time not understood; kept as given"]


def test_parallel_reading_gives_the_same_result(tmp_path: Path, make_case: CaseMaker) -> None:
    agencies = []
    for n in range(3):
        write_xlsx(tmp_path / f"a{n}.xlsx", {"S": [["Date", "Event"], *[
            [dt.date(2020, 1, 1) + dt.timedelta(days=i * (n + 1)), f"Agency {n} entry {i}"]
            for i in range(40)]]})
        agencies.append({"name": f"Agency {n}", "chronology": f"a{n}.xlsx"})
    case = load_case(make_case(agencies))
    one = merge_chronology(case, None, workers=1)
    two = merge_chronology(case, None, workers=2)
    assert [(e.number, e.agency, e.date, e.event) for e in one.entries] == [
        (e.number, e.agency, e.date, e.event) for e in two.entries]
    assert one.report == two.report


# -- the bundled sample case: nothing lost -------------------------------------------------

EVENT_HEADERS = {"event details", "narrative", "clinical notes", "details", "summary", "entry",
                 "what happened"}


def _count_entries(rows: list[list[object]]) -> int:
    """Rows below the header with event text: counted without the tool's readers."""
    for index, row in enumerate(rows):
        cells = [str(c or "").strip().lower() for c in row]
        found = [i for i, c in enumerate(cells) if c in EVENT_HEADERS]
        if found:
            column, header = found[0], cells[found[0]]
            return sum(1 for r in rows[index + 1:]
                       if len(r) > column and str(r[column] or "").strip()
                       and str(r[column]).strip().lower() != header)
    return 0


def _independent_count(path: Path) -> int:
    data = path.read_bytes()
    if data.startswith(b"\xd0\xcf\x11\xe0") and path.suffix == ".xlsx":
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=SAMPLE_PASSWORD)
        plain = io.BytesIO()
        office.decrypt(plain)
        data = plain.getvalue()
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(io.BytesIO(data))
        return sum(_count_entries([list(r) for r in s.iter_rows(values_only=True)])
                   for s in book.worksheets)
    if path.suffix == ".xls":
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        return sum(_count_entries(book.get_sheet_by_name(n).to_python()) for n in book.sheet_names)
    if path.suffix == ".csv":
        return _count_entries(list(csv.reader(io.StringIO(data.decode("cp1252")))))
    document = Document(io.BytesIO(data))
    total = 0
    for table in document.tables:
        rows = []
        for row in table.rows:
            seen, cells = set(), []
            for cell in row.cells:  # a merged cell appears once per grid column it spans
                cells.append("" if id(cell._tc) in seen else cell.text)
                seen.add(id(cell._tc))
            rows.append(cells)
        total += _count_entries(rows)
    return total


def test_sample_case_nothing_lost(sample_case: Path, sample_password: str) -> None:
    case = load_case(sample_case)
    result = merge_chronology(case, sample_password)
    report = result.report
    assert report["reconciled"] is True
    assert len(case.agencies) >= 6
    for agency, config in zip(report["agencies"], case.agencies, strict=True):
        assert agency["rows_merged"] == _independent_count(config.chronology), agency["agency"]
        assert agency["rows_read"] == (agency["blank_rows_skipped"] + agency["rows_merged"]
                                       + agency["repeated_headers_dropped"])
    totals = report["totals"]
    assert totals["rows_merged"] == totals["entries_in_output"] == len(result.entries) >= 60
    assert totals["blank_rows_skipped"] >= 1 and totals["repeated_headers_dropped"] >= 1


def test_sample_case_dates_and_flags(sample_case: Path, sample_password: str) -> None:
    result = merge_chronology(load_case(sample_case), sample_password)
    precisions = {e.precision for e in result.entries}
    assert {Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.APPROXIMATE,
            Precision.UNKNOWN} <= precisions
    flags = result.report["flags"]
    assert all(flags[f] >= 1 for f in ("approximate", "undated", "outside scope",
                                       "possible duplicate"))
    dated = [e.date for e in result.entries if e.date]
    assert dated == sorted(dated)
    assert all(e.date is None for e in result.entries[len(dated):])
    # the GP's serial numbers became real dates
    gp = [e for e in result.entries if e.agency == "Northbridge Health Centre"]
    assert gp and all(e.date and e.precision is Precision.DAY for e in gp)


def test_a_row_with_text_but_no_event_is_kept(tmp_path: Path, make_case: CaseMaker) -> None:
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Event"], [None, None], ["x", None]]})
    report = merge_chronology(load_case(make_case([{"name": "A", "chronology": "a.xlsx"}])),
                              None).report
    assert report["agencies"][0]["rows_merged"] == 1  # "x" alone is kept, undated
    assert report["agencies"][0]["blank_rows_skipped"] == 1


def test_same_day_entries_are_numbered_in_the_merged_order(tmp_path: Path,
                                                           make_case: CaseMaker) -> None:
    write_csv(tmp_path / "a.csv", [["Date", "Event"], ["14/03/2019 09:00", "A morning"],
                                   ["n/k", "A undated"], ["13/03/2019", "A day before"],
                                   ["14/03/2019", "A no time"], ["June 2019", "A month"]])
    write_csv(tmp_path / "b.csv", [["Date", "Event"], ["14/03/2019 08:00", "B early"],
                                   ["unknown", "B undated"]])
    case = load_case(make_case([{"name": "A", "chronology": "a.csv"},
                                {"name": "B", "chronology": "b.csv"}]))
    entries = merge_chronology(case, None).entries
    assert [(e.event, e.seq) for e in entries] == [
        ("A day before", 1), ("A no time", 1), ("B early", 2), ("A morning", 3),
        ("A month", 1), ("A undated", None), ("B undated", None)]


def test_agency_columns_with_the_same_words_are_one_column(tmp_path: Path,
                                                           make_case: CaseMaker) -> None:
    write_csv(tmp_path / "a.csv", [["Date", "Event", "contact_type", "Ref"],
                                   ["01/02/2020", "Call", "Phone", "A1"]])
    write_xlsx(tmp_path / "b.xlsx", {"S": [["Date", "Event", "Contact type", "Worker"],
                                           ["02/02/2020", "Visit", "Home visit", "W"]]})
    write_csv(tmp_path / "c.csv", [["Date", "Event", "CONTACT TYPE", "contact_type"],
                                   ["03/02/2020", "Letter", "Post", "Letter"]])
    case = load_case(make_case([{"name": "A", "chronology": "a.csv"},
                                {"name": "B", "chronology": "b.xlsx"},
                                {"name": "C", "chronology": "c.csv"}]))
    result = merge_chronology(case, None)
    assert result.extra_columns == ["contact_type", "Ref", "Worker"]  # as first seen
    assert [e.extras["contact_type"] for e in result.entries] == ["Phone", "Home visit",
                                                                   "Post; Letter"]
