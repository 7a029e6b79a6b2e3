"""Every shape agencies really send: exported header names, old Word .doc, PDF reports.

Every file is real: written with openpyxl or python-docx, converted by LibreOffice, or drawn
with Pillow. Every name and number in them is invented (phone numbers from Ofcom's drama range).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import olefile
import pdfplumber
import pikepdf
import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image, ImageDraw

from pipeline.chronology import merge_chronology
from pipeline.config import AgencyConfig, load_case, normalise_header
from pipeline.errors import IngestError
from pipeline.ingest import read_chronology
from pipeline.office import convert
from tests.conftest import CaseMaker, write_csv, write_docx_table, write_xlsx


def agency(path: Path, **kwargs: object) -> AgencyConfig:
    return AgencyConfig(name="Test Agency", chronology=path, **kwargs)


# --- Headers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "normalised"), [
    ("contact_date", "contact date"),
    ("contactDate", "contact date"),
    ("EventDetails", "event details"),
    ("CONTACT_DATE", "contact date"),
    ("IMRAuthorComments", "imr author comments"),
    ("Date/Time", "date time"),
    ("Date (dd/mm/yyyy):", "date"),
])
def test_every_header_is_normalised_the_same_way(given: str, normalised: str) -> None:
    assert normalise_header(given) == normalised


@pytest.mark.parametrize("header", [
    ["contact_date", "event", "outcome"],  # a housing CSV export
    ["contactDate", "EventDetails", "actionTaken"],  # camelCase
    ["CONTACT_DATE", "EVENT_DETAILS", "OUTCOME"],
    ["Occurrence Date", "Occurrence Details", "Outcome"],  # police exports
    ["Date Recorded", "Incident Details", "Action Taken"],
    ["Log Date", "Entry Text", "Result"],
    ["Date/Time", "Incident Summary", "Outcome"],
    ["Entered Date", "Consultation Text", "Plan"],  # health
    ["Case Note Date", "Note", "Outcome"],  # social care
    ["Case Note Date", "Observation", "Decision"],
])
def test_exported_header_names_are_read(tmp_path: Path, header: list[str]) -> None:
    path = write_csv(tmp_path / "housing.csv", [
        header,
        ["12/03/2019", "Tenancy visit; Ms Rowan Pike not at home.", "Card left"],
        ["13/03/2019", "Call from 07700 900123 about a repair.", ""],
    ])
    result = read_chronology(agency(path), None)
    assert [(e.date, e.event) for e in result.entries] == [
        ("12/03/2019", "Tenancy visit; Ms Rowan Pike not at home."),
        ("13/03/2019", "Call from 07700 900123 about a repair.")]
    if header[2] != "Result":  # an unknown header is kept under its own name
        assert result.entries[0].action == "Card left"
    else:
        assert result.entries[0].extras == {"Result": "Card left"}


def test_the_date_it_happened_wins_over_the_date_it_was_typed(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "police.xlsx", {"Occurrences": [
        ["Date Recorded", "Occurrence Date", "Occurrence Details"],
        ["20/03/2019", "14/03/2019", "Report of a disturbance at the address."]]})
    entry = read_chronology(agency(path), None).entries[0]
    assert entry.date == "14/03/2019"
    assert entry.extras == {"Date Recorded": "20/03/2019"}


def test_a_row_holding_a_date_is_never_taken_for_the_header(tmp_path: Path) -> None:
    # A form block above the table: its labels are column names, but the row holds a date.
    path = write_xlsx(tmp_path / "sc.xlsx", {"Chronology": [
        ["Date", dt.date(2022, 3, 1), "Note", "Prepared for the panel by Jo Marsh"],
        [],
        ["Case Note Date", "Note"],
        ["14/03/2019", "Home visit to Ms Rowan Pike."],
    ]})
    result = read_chronology(agency(path), None)
    assert [e.event for e in result.entries] == ["Home visit to Ms Rowan Pike."]
    assert result.grids[0].header_row == 3


def test_no_header_anywhere_names_the_sheet_with_the_entries_by_position(
        tmp_path: Path) -> None:
    rows = [["Ref", "Officer", "What happened"]]
    rows += [[f"R{i}", "PC Dana Holt", f"Visit number {i} to the address."] for i in range(6)]
    path = write_xlsx(tmp_path / "police.xlsx", {
        "Notes": [["Notes for the DHR panel"], ["Sent by the review officer"]],
        "Rowan Pike": rows,  # sheets are often named after the people in them
        "Empty": [[None]],
    })
    with pytest.raises(IngestError) as caught:
        read_chronology(agency(path), None)
    message = str(caught.value)
    assert "police.xlsx (sheet 2 of 3): no header row with a date column and an event column" \
        in message
    assert "the row that looks like the header is row 1 (3 headings)" in message
    assert "Ref" not in message and "What happened" not in message  # a header may be a name
    assert "Rowan" not in message and "Notes for the DHR panel" not in message
    assert "'Notes'" not in message and "columns:" in message


def test_a_title_cell_is_never_quoted_as_a_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [["Chronology of Rowan Pike"], [],
                                                  ["Ref", "Worker"], ["A1", "Dana Holt"]]})
    with pytest.raises(IngestError) as caught:
        read_chronology(agency(path), None)
    assert "(sheet 1 of 1)" in str(caught.value)
    assert "Rowan" not in str(caught.value)
    assert "the row that looks like the header is row 3 (2 headings)" in str(caught.value)
    assert "Worker" not in str(caught.value)


# --- Dates through the merge: sorted and scoped over their whole span -------------------------

def test_vague_dates_sort_and_scope_over_their_whole_span(
        tmp_path: Path, make_case: CaseMaker) -> None:
    # the scoping period is 2019-01-01 .. 2021-12-31
    write_xlsx(tmp_path / "a.xlsx", {"S": [
        ["Date", "Event"],
        ["late 2018", "late 2018"],  # September to December 2018: outside
        ["Winter 2018", "Winter 2018"],  # December 2018 to February 2019: partly inside
        ["w/c 31/12/2018", "week commencing"],  # runs into January 2019: inside
        ["28/12/2018 - 02/01/2019", "a period"],  # inside
        ["2021/12/06", "year first with slashes"],
        ["6-7 Dec 2021", "a range"],
        ["mid-2021", "mid-2021"],
        ["June 2021", "June 2021"],
        ["early 2021", "early 2021"],
        ["end of March 2021", "end of March"],
        ["beginning of 2022", "early 2022"],  # January to April 2022: outside
    ]})
    case = load_case(make_case([{"name": "A", "chronology": "a.xlsx"}]))
    entries = merge_chronology(case, None).entries
    assert [e.event for e in entries] == [
        "late 2018", "Winter 2018", "a period", "week commencing", "early 2021", "end of March",
        "mid-2021", "June 2021", "year first with slashes", "a range", "early 2022"]
    flags = {e.event: e.flags for e in entries}
    assert flags["late 2018"] == ["approximate", "outside scope"]
    assert flags["early 2022"] == ["approximate", "outside scope"]
    for event in ("Winter 2018", "week commencing", "a period", "a range", "mid-2021"):
        assert flags[event] == ["approximate"], event
    assert flags["year first with slashes"] == []


# --- Old Word .doc, through LibreOffice ------------------------------------------------------

def _docx_chronology(path: Path, rows: list[list[str]], repeat_header: bool = True) -> Path:
    document = Document()
    document.add_paragraph("Northbridge Police – chronology for the review panel")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"  # ruled, as system reports print them
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if repeat_header:
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(flag)
    document.save(str(path))
    return path


def _as_doc(docx: Path) -> Path:
    """The document saved as Word 97-2003 by LibreOffice (by way of .odt: LibreOffice 7.4 drops
    a python-docx table when it saves a .docx straight to .doc)."""
    odt, = convert([docx], "odt", docx.parent / "odt")
    doc, = convert([odt], "doc:MS Word 97", docx.parent / "sent")
    assert doc.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # a real Word 97-2003 file
    return doc


@pytest.mark.slow
def test_an_old_word_doc_is_read_through_libreoffice(tmp_path: Path) -> None:
    source = write_docx_table(tmp_path / "source.docx", [
        ["Date", "Summary", "Outcome"],
        ["01/02/2020", "Outreach call to Ms Rowan Pike", "Support accepted"],
        ["03/02/2020", "Text message from 07700 900456", "Logged"],
        ["", "Follow-up call", "Weekly calls"],
    ])
    document = Document(str(source))
    document.tables[0].cell(2, 0).merge(document.tables[0].cell(3, 0))  # one date, two rows
    document.save(str(source))
    result = read_chronology(agency(_as_doc(source)), None)
    assert [(e.date, e.event, e.action) for e in result.entries] == [
        ("01/02/2020", "Outreach call to Ms Rowan Pike", "Support accepted"),
        ("03/02/2020", "Text message from 07700 900456", "Logged"),
        ("03/02/2020", "Follow-up call", "Weekly calls"),
    ]
    assert result.entries[0].location == "table 1 row 2"


@pytest.mark.slow
def test_a_protected_doc_is_refused_plainly(tmp_path: Path) -> None:
    source = write_docx_table(tmp_path / "source.docx", [["Date", "Summary"],
                                                         ["01/02/2020", "Call"]])
    doc = _as_doc(source)
    with olefile.OleFileIO(str(doc), write_mode=True) as ole:  # as Word marks a protected file
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[0x0B] |= 0x01  # FibBase.fEncrypted
        ole.write_stream("WordDocument", bytes(stream))
    with pytest.raises(IngestError, match=r"source\.doc: is a password-protected old Word \.doc"
                                          r".*send it as \.docx"):
        read_chronology(agency(doc), "the-review-password")


def test_a_doc_without_libreoffice_says_what_to_do(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.office.find_soffice", lambda: None)
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # a compound file
    with pytest.raises(IngestError, match=r"old\.doc: old Word \.doc files are read through "
                                          r"LibreOffice, which is not installed; install it, or"):
        read_chronology(agency(path), None)


def test_a_doc_that_is_not_a_word_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.doc"
    path.write_bytes(b"just some text")
    with pytest.raises(IngestError, match=r"notes\.doc: is not a Word document"):
        read_chronology(agency(path), None)


# --- PDF reports ---------------------------------------------------------------------------

HEADER = ["Occurrence Date", "Occurrence Details", "Outcome"]


def _occurrences(count: int) -> list[list[str]]:
    return [[f"{day % 28 + 1:02d}/{day // 28 + 1:02d}/2020",
             f"Occurrence {day}: officers attended the address after a call from 07700 900"
             f"{day:03d} and spoke to both parties; no offences were disclosed at the time.",
             "Filed" if day % 2 else "Referred to MARAC"]
            for day in range(count)]


@pytest.mark.slow
@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_pdf_table_over_two_pages_is_read_with_every_row(tmp_path: Path,
                                                           repeat_header: bool) -> None:
    rows = _occurrences(12)
    source = _docx_chronology(tmp_path / "police.docx", [HEADER, *rows], repeat_header)
    pdf, = convert([source], "pdf", tmp_path / "sent")
    with pdfplumber.open(pdf) as opened:
        assert len(opened.pages) == 2  # the table runs on over the page break
    result = read_chronology(agency(pdf), None)
    assert [(e.date, e.event, e.action) for e in result.entries] == [tuple(r) for r in rows]
    assert result.total("repeated_headers_dropped") == (1 if repeat_header else 0)
    assert len(result.grids) == 1  # one chronology, not one per page
    assert result.entries[0].location == "page 1, row 2"
    assert result.entries[-1].location.startswith("page 2, row ")


@pytest.mark.slow
def test_a_protected_pdf_opens_with_the_review_password(tmp_path: Path) -> None:
    source = _docx_chronology(tmp_path / "gp.docx", [["Entered Date", "Consultation Text"],
                                                     ["02/03/2021", "Telephone consultation."]])
    plain, = convert([source], "pdf", tmp_path / "plain")
    path = tmp_path / "gp.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="s3cret-review", owner="owner-pw"))
    entries = read_chronology(agency(path), "s3cret-review").entries
    assert [(e.date, e.event) for e in entries] == [("02/03/2021", "Telephone consultation.")]
    with pytest.raises(IngestError, match=r"gp\.pdf: the PDF is password-protected; set"):
        read_chronology(agency(path), None)
    with pytest.raises(IngestError, match=r"gp\.pdf: the password in DHR_PASSWORD does not"):
        read_chronology(agency(path), "wrong")


@pytest.mark.slow
def test_a_pdf_with_text_but_no_table_is_refused(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Summary of involvement: the service had two contacts in 2020.")
    document.save(str(tmp_path / "letter.docx"))
    pdf, = convert([tmp_path / "letter.docx"], "pdf", tmp_path / "sent")
    with pytest.raises(IngestError, match=r"letter\.pdf: has text but no ruled tables"):
        read_chronology(agency(pdf), None)


def test_a_scanned_pdf_is_refused_with_what_to_ask_for(tmp_path: Path) -> None:
    page = Image.new("RGB", (1240, 1754), "white")  # an A4 page scanned at 150 dpi
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 200, 1140, 600), outline="black", width=3)
    draw.text((120, 220), "Date   Event   Outcome", fill="black")
    draw.text((120, 260), "01/02/2020   Call to Ms Rowan Pike   NFA", fill="black")
    path = tmp_path / "scan.pdf"
    page.save(path, "PDF", resolution=150)
    with pytest.raises(IngestError, match=r"scan\.pdf: is a scanned PDF with no text to read; "
                                          r"ask the agency for the spreadsheet or Word version"):
        read_chronology(agency(path), None)


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 not really a pdf")
    with pytest.raises(IngestError, match=r"broken\.pdf: could not be read as a PDF"):
        read_chronology(agency(path), None)
