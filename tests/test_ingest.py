"""Readers: every shape of agency chronology becomes the same raw entries, every row counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlwt
from docx import Document

from pipeline.config import AgencyConfig
from pipeline.dates import parse_date
from pipeline.errors import IngestError
from pipeline.ingest import read_chronology
from tests.conftest import HEADER, encrypt, write_csv, write_docx_table, write_xlsx

ROWS = [
    [dt.date(2019, 3, 14), "22:15", "Victim", "Police attended after a 999 call.", "DASH done",
     "Good practice"],
    [dt.date(2019, 4, 2), "", "Victim", "GP appointment; low mood.", "Referral", ""],
]


def agency(path: Path, **kwargs: object) -> AgencyConfig:
    return AgencyConfig(name="Test Agency", chronology=path, **kwargs)


def test_xlsx_with_title_rows_above_the_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Chronology": [
        ["Northbridge Police – chronology"], ["Prepared for the panel"], [], HEADER, *ROWS,
    ]})
    result = read_chronology(agency(path), None)
    assert [e.event for e in result.entries] == [r[3] for r in ROWS]
    assert parse_date(result.entries[0].date).date == dt.date(2019, 3, 14)  # a real date
    assert not isinstance(result.entries[0].date, str)
    assert result.entries[0].location == "sheet 'Chronology' row 5"
    counts = result.grids[0]
    assert (counts.header_row, counts.rows_above_header, counts.rows_read) == (4, 3, 2)


def test_every_sheet_is_read_and_named_as_the_subject(tmp_path: Path) -> None:
    header = ["Date of contact", "Narrative", "Outcome"]
    path = write_xlsx(tmp_path / "a.xlsx", {
        "Victim": [header, ["14/03/2019", "Assessment visit", "Care plan"]],
        "Perpetrator": [header, ["15/03/2019", "Phone call", "None"],
                        ["16/03/2019", "Home visit", "NFA"]],
    })
    result = read_chronology(agency(path), None)
    assert [(e.subject, e.event) for e in result.entries] == [
        ("Victim", "Assessment visit"), ("Perpetrator", "Phone call"),
        ("Perpetrator", "Home visit")]


def test_blank_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [HEADER, ROWS[0], [None] * 6, ["", " "],
                                                  ROWS[1]]})
    result = read_chronology(agency(path), None)
    assert len(result.entries) == 2
    assert result.total("blank_rows_skipped") == 2
    assert result.total("rows_read") == 4


def test_excel_serials_stored_as_numbers_1900_and_1904(tmp_path: Path) -> None:
    rows = [["Consultation date", "Clinical notes"], [43538, "Seen in clinic"]]
    s1900 = read_chronology(agency(write_xlsx(tmp_path / "a.xlsx", {"S": rows})), None)
    assert s1900.entries[0].date == 43538
    assert s1900.date1904 is False
    s1904 = read_chronology(
        agency(write_xlsx(tmp_path / "b.xlsx", {"S": rows}, date1904=True)), None)
    assert s1904.date1904 is True


def test_unknown_columns_are_kept_with_their_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [
        ["Date", "Details", "Incident Ref", None], ["14/03/2019", "Call", "NBP/1", "stray"]]})
    entry = read_chronology(agency(path), None).entries[0]
    assert entry.extras == {"Incident Ref": "NBP/1", "Column D": "stray"}


def test_headers_match_synonyms_whatever_their_case_and_punctuation(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [
        ["DATE (dd/mm/yyyy):", "CLINICAL NOTES", "Action / Outcome", "Analysis"],
        ["14/03/2019", "Seen", "Plan", "Comment"]]})
    entry = read_chronology(agency(path), None).entries[0]
    assert (entry.date, entry.event, entry.action, entry.comment) == (
        "14/03/2019", "Seen", "Plan", "Comment")


def test_case_yaml_column_override(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [
        ["When", "What happened", "Response", "Details"], ["14/03/2019", "Visit", "NFA", "x"]]})
    entry = read_chronology(agency(path, columns={"Date": "When", "Event": "What happened",
                                                  "Action": "Response"}), None).entries[0]
    assert (entry.date, entry.event, entry.action) == ("14/03/2019", "Visit", "NFA")
    assert entry.extras == {"Details": "x"}  # the synonym gives way to the override


def test_xls_workbook(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Chronology")
    date_style = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    for c, h in enumerate(["Date", "Event", "Action"]):
        sheet.write(0, c, h)
    sheet.write(1, 0, dt.datetime(2020, 2, 3), date_style)
    sheet.write(1, 1, "Strategy meeting")
    sheet.write(1, 2, "Section 47")
    book.save(str(tmp_path / "c.xls"))
    entry = read_chronology(agency(tmp_path / "c.xls"), None).entries[0]
    assert parse_date(entry.date).date == dt.date(2020, 2, 3)
    assert not isinstance(entry.date, str | float)
    assert entry.event == "Strategy meeting"


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("utf-8-sig", ","), ("cp1252", ","), ("utf-8", ";"), ("utf-8", "\t")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "h.csv", [
        ["Date", "Details", "Action"],
        ["12/03/2019", "Tenant’s door repaired, £85 recharge", "Closed"],
        ["13/03/2019", "Visit\nno answer", ""]], encoding, delimiter)
    entries = read_chronology(agency(path), None).entries
    assert entries[0].event == "Tenant’s door repaired, £85 recharge"
    assert entries[1].event == "Visit\nno answer"
    assert entries[0].location == "row 2"


def test_word_table_repeated_header_and_merged_cells(tmp_path: Path) -> None:
    path = write_docx_table(tmp_path / "w.docx", [
        ["Date", "Summary", "Outcome / Analysis"],
        ["01/02/2020", "Outreach call", "Support accepted"],
        ["Date", "Summary", "Outcome / Analysis"],  # the header again, mid-table
        ["03/02/2020", "Merged text", ""],
        ["06/05/2021", "MARAC", "Actions"],
        ["", "Follow-up call", "Weekly calls"],
    ])
    document = Document(str(path))
    table = document.tables[0]
    table.cell(3, 1).merge(table.cell(3, 2))  # Summary and Outcome as one cell
    table.cell(4, 0).merge(table.cell(5, 0))  # one date over two entries
    document.save(str(path))
    result = read_chronology(agency(path), None)
    assert [(e.date, e.event, e.comment) for e in result.entries] == [
        ("01/02/2020", "Outreach call", "Support accepted"),
        ("03/02/2020", "Merged text", ""),  # counted once, not twice
        ("06/05/2021", "MARAC", "Actions"),
        ("06/05/2021", "Follow-up call", "Weekly calls"),  # the merged date carries down
    ]
    assert result.total("repeated_headers_dropped") == 1
    assert result.entries[0].location == "table 1 row 2"


def test_a_cover_sheet_without_a_header_is_skipped_and_reported(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Cover": [["Notes for the panel"]],
                                            "Chronology": [HEADER, ROWS[0]]})
    result = read_chronology(agency(path), None)
    assert len(result.entries) == 1
    assert result.skipped == ["sheet 1 of 2"]  # by position: sheet names may be people's


def test_sheets_option_limits_what_is_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"A": [HEADER, ROWS[0]], "B": [HEADER, ROWS[1]]})
    result = read_chronology(agency(path, sheets=("B",)), None)
    assert [e.event for e in result.entries] == [ROWS[1][3]]
    with pytest.raises(IngestError, match=r"no sheet named as case\.yaml sheet 1 says"):
        read_chronology(agency(path, sheets=("C",)), None)


def test_protected_workbook_opens_with_the_review_password(tmp_path: Path) -> None:
    path = encrypt(write_xlsx(tmp_path / "p.xlsx", {"S": [HEADER, *ROWS]}), "s3cret-review")
    assert len(read_chronology(agency(path), "s3cret-review").entries) == 2
    with pytest.raises(IngestError, match=r"p\.xlsx: the file is password-protected; set"):
        read_chronology(agency(path), None)
    with pytest.raises(IngestError, match=r"p\.xlsx: the password in DHR_PASSWORD does not"):
        read_chronology(agency(path), "wrong")


def test_protected_word_chronology(tmp_path: Path) -> None:
    path = write_docx_table(tmp_path / "w.docx", [["Date", "Summary"], ["01/02/2020", "Call"]])
    encrypt(path, "pw")
    assert read_chronology(agency(path), "pw").entries[0].event == "Call"


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.xlsx", r"missing\.xlsx: file not found"),
    (lambda d: _write(d / "empty.xlsx", b""), r"empty\.xlsx: the file is empty"),
    (lambda d: _write(d / "bad.xlsx", b"PK\x03\x04 not really a zip"),
     r"bad\.xlsx: could not be read as an Excel workbook"),
    (lambda d: _write(d / "text.xlsx", b"hello"), r"text\.xlsx: is not an Excel workbook"),
    (lambda d: _write(d / "bad.docx", b"PK\x03\x04 nope"),
     r"bad\.docx: could not be read as a Word document"),
    (lambda d: _write(d / "old.doc", b"x"), r"old\.doc: is not a Word document"),
    (lambda d: _write(d / "old.wps", b"x"), r"old\.wps: cannot read '\.wps' files"),
    (lambda d: write_xlsx(d / "blank.xlsx", {"S": [[None], [None]]}),
     r"blank\.xlsx: has no entries"),
    (lambda d: write_docx_table(d / "nt.docx", [["", ""]]), r"nt\.docx: has no entries"),
])
def test_bad_files_give_one_plain_sentence(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_chronology(agency(make(tmp_path)), None)


def test_no_date_or_event_column_says_where_the_headings_are_without_quoting_them(
        tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kim Lowry": [
        ["Chronology"], ["Ref", "Officer", "Notes by Kim Lowry"], ["1", "PC", "x"]]})
    with pytest.raises(IngestError) as caught:
        read_chronology(agency(path), None)
    message = str(caught.value)
    assert "a.xlsx (sheet 1 of 1): no header row with a date column and an event column" \
        in message
    assert "the row that looks like the header is row 2 (3 headings)" in message
    assert "Kim" not in message and "Officer" not in message  # a sheet or a heading: a name?
    assert "columns:" in message


def test_headers_found_never_quote_data_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [["14/03/2019", "Jane Doe hit at 12 High St"]]})
    with pytest.raises(IngestError) as caught:
        read_chronology(agency(path), None)
    assert "Jane" not in str(caught.value) and "12 High" not in str(caught.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_real_dates_in_a_1904_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "mac.xlsx", {"S": [["Date", "Event"],
                                                    [dt.date(2019, 3, 14), "Seen"]]},
                      date1904=True, number_format="dd/mm/yyyy")
    entry = read_chronology(agency(path), None).entries[0]
    assert parse_date(entry.date).date == dt.date(2019, 3, 14)
