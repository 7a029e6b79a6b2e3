"""The trawl round trip: packs out, returns filled in as an agency would (with mistakes), the
tracker listing exactly those mistakes, then the corrected returns merged with no columns:."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from pipeline.cli import cli
from pipeline.drafts.imr import read_imr
from pipeline.ingest.files import decrypt, is_encrypted
from pipeline.trawl.protect import encrypt_to

PASSWORD = "Test-Trawl-2024"
SENT = dt.date(2022, 3, 15)
AGENCIES = ("Eastfield Police", "Eastfield Homes", "Eastfield Dental Practice")
SUBJECTS = [
    {"name": "Priya Castellano", "role": "victim", "date_of_birth": "1990-05-02",
     "address": "3 Quarry Lane, Eastfield"},
    {"name": "Tobias Wrenfield", "role": "perpetrator", "date_of_birth": "1986-11-19",
     "aliases": ["Toby Wren"]},
]


def _case(root: Path) -> Path:
    root.mkdir()
    data = {
        "case_id": "EF07",
        "title": "Domestic Homicide Review into the death of Priya Castellano",
        "csp": "Eastfield Community Safety Partnership",
        "scoping_period": {"start": "2019-01-01", "end": "2022-01-31"},
        "trawl": {"date": SENT.isoformat(), "contact": "DHR Officer, dhr@example.org",
                  "chronology_due": "2022-04-26"},
        "subjects": SUBJECTS,
        "terms_of_reference": ["What did each agency know of the abuse?"],
        "agencies": [{"name": name} for name in AGENCIES],
    }
    (root / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return root


def _open(path: Path) -> bytes:
    data = path.read_bytes()
    assert is_encrypted(data), f"{path.name} is not protected"
    return decrypt(data, path, PASSWORD)


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _fill_chronology(pack: Path, dest: Path, rows: list[list[object]], extra: str = "") -> None:
    book = openpyxl.load_workbook(io.BytesIO(_open(pack)))
    sheet = book["Chronology"]
    if extra:
        sheet.cell(1, 8, extra)
        sheet.cell(2, 8, "PC 4521")
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(number, column, value)
    buffer = io.BytesIO()
    book.save(buffer)
    encrypt_to(buffer.getvalue(), dest, PASSWORD)


def _fill_trace(pack: Path, dest: Path, answers: list[tuple[str, str, str]],
                signed: bool = True) -> None:
    book = openpyxl.load_workbook(io.BytesIO(_open(pack)))
    sheet = book["Trace return"]
    for number, (answer, systems, summary) in enumerate(answers, start=2):
        sheet.cell(number, 4, answer)
        sheet.cell(number, 5, systems)
        sheet.cell(number, 6, summary)
    if signed:
        sign = book["Sign-off"]
        for row in sign.iter_rows():
            if row[0].value == "Completed by":
                row[1].value = "Records Manager"
            if row[0].value == "Date completed":
                row[1].value = dt.datetime(2022, 3, 25)
    buffer = io.BytesIO()
    book.save(buffer)
    encrypt_to(buffer.getvalue(), dest, PASSWORD)


def _fill_imr(pack: Path, dest: Path, skip: str = "") -> None:
    """Author's text under every heading but ``skip``; the grey guidance left in place."""
    document = Document(io.BytesIO(_open(pack)))
    document.tables[0].rows[1].cells[1].text = "Inspector A. Author"
    for heading in [p for p in document.paragraphs if p.style.name == "Heading 1"]:
        if skip and skip in heading.text:
            continue
        written = document.add_paragraph(f"Author's text for {heading.text}.")
        heading._p.addnext(written._p)
    encrypt_to(_save(document), dest, PASSWORD)


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


GOOD_ROWS = [
    [dt.datetime(2019, 3, 4), dt.time(9, 30), "Priya Castellano", "Welfare visit.", "Advice.",
     "", "Log"],
    [dt.datetime(2020, 6, 1), None, "Tobias Wrenfield", "Arrested for assault.", "Charged.", "",
     "Custody"],
    ["June 2020", None, "Priya Castellano", "Safety plan agreed.", "", "", "Log"],
    [dt.datetime(2021, 8, 9), None, "Priya Castellano", "Call about noise.", "Visit made.", "",
     "Log"],
]


def test_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    case = _case(tmp_path / "case")
    output = _run("trawl", str(case))
    assert "3 agencies" in output and "29 March 2022" in output  # 14 days after 15 March
    packs = case / "output" / "trawl"
    police, homes, dental = (packs / s for s in
                             ("eastfield-police", "eastfield-homes", "eastfield-dental-practice"))

    # What an agency fills in, with the mistakes agencies make.
    returned = case / "returns"
    returned.mkdir()
    _fill_trace(police / "eastfield-police_trace_return.xlsx", returned / "police_trace.xlsx",
                [("Trace", "Niche RMS, PND", "Incidents 2019-2021."),
                 ("Trace", "", "Arrest 2020.")])  # systems checked missing on row 3
    _fill_trace(dental / "eastfield-dental-practice_trace_return.xlsx",
                returned / "dental_trace.xlsx",
                [("No trace", "Patient records", ""), ("No trace", "Patient records", "")])
    bad_rows = [
        GOOD_ROWS[0],
        ["31/02/2021", None, "Priya Castellano", "Visit attempted.", "", "", "Log"],  # row 3
        [dt.datetime(2016, 1, 5), None, "Tobias Wrenfield", "Old caution.", "", "", "PNC"],  # 4
        GOOD_ROWS[1],  # row 5
        [dt.datetime(2019, 5, 1), None, "Priya Castellano", "Call logged.", "", "", "Log"],  # 6
        [dt.datetime(2021, 2, 2), None, "Priya Castellano", "", "Closed.", "", "Log"],  # 7
        GOOD_ROWS[3],  # row 8
        GOOD_ROWS[3],  # row 9: a repeat
        [dt.datetime(2023, 1, 9), None, "Priya Castellano", "Review.", "", "", "Log"],  # row 10
    ]
    _fill_chronology(police / "eastfield-police_chronology_return.xlsx",
                     returned / "police_chronology.xlsx", bad_rows, extra="Officer")
    _fill_imr(police / "eastfield-police_imr_template.docx", returned / "police_imr.docx",
              skip="Lessons learned")
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    data["agencies"][0].update(trace="returns/police_trace.xlsx",
                               chronology="returns/police_chronology.xlsx",
                               imr="returns/police_imr.docx",
                               received={"trace": "2022-03-25", "chronology": "2022-04-20",
                                         "imr": "2022-05-03"})
    data["agencies"][2].update(trace="returns/dental_trace.xlsx",
                               received={"trace": "2022-03-31"})
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    output = _run("returns", str(case), "--today", "2022-05-10")
    assert "OVERDUE 42 days" in output  # Homes: trace due 29 March, nothing by 10 May
    tracker = openpyxl.load_workbook(packs / "returns_tracker.xlsx")
    problems = [(r[1], r[2], r[3]) for r in tracker["Problems"].iter_rows(min_row=2,
                                                                           values_only=True)]
    found = {(kind, where.split(" (")[0], text.split(":")[0].split(" (")[0])
             for kind, where, text in problems}
    chrono = "chronology return"
    assert found == {
        ("trace return", "sheet 'Trace return' row 3", "Name the systems that were checked."),
        (chrono, "sheet 'Chronology' row 3", "The date '31/02/2021' cannot be read"),
        (chrono, "sheet 'Chronology' row 4", "The date '05/01/2016' is outside the scoping period"),
        (chrono, "sheet 'Chronology' row 4", "Dated before the row above"),
        (chrono, "sheet 'Chronology' row 6", "Dated before the row above"),
        (chrono, "sheet 'Chronology' row 7", "The Event is empty"),
        (chrono, "sheet 'Chronology' row 9", "Repeats sheet 'Chronology' row 8 word for word"),
        (chrono, "sheet 'Chronology' row 10", "The date '09/01/2023' is after the return was "
                                              "received"),
        (chrono, "sheet 'Chronology' row 10", "The date '09/01/2023' is outside the scoping "
                                              "period"),
        (chrono, "column 'Officer'", "This column is not one of the return's"),
        ("IMR", "section 'Lessons learned'", "Empty"),
    }, problems
    rows = {r[0]: r for r in tracker["Returns"].iter_rows(min_row=2, values_only=True)}
    assert rows["Eastfield Dental Practice"][-3] == "yes"  # no trace: nothing more due
    assert "not needed" in rows["Eastfield Dental Practice"][5]
    assert rows["Eastfield Homes"][-2] == 42
    feedback = openpyxl.load_workbook(io.BytesIO(_open(police / "feedback.xlsx")))
    assert feedback["Feedback"].max_row == len(problems) + 1
    assert not (homes / "feedback.xlsx").exists()

    # The agency puts it right; the tracker is clear and the merge needs no columns: setting.
    _fill_chronology(police / "eastfield-police_chronology_return.xlsx",
                     returned / "police_chronology.xlsx", GOOD_ROWS)
    _fill_trace(police / "eastfield-police_trace_return.xlsx", returned / "police_trace.xlsx",
                [("Trace", "Niche RMS", "Incidents."), ("Trace", "Niche RMS", "Arrest.")])
    _fill_imr(police / "eastfield-police_imr_template.docx", returned / "police_imr.docx")
    data["agencies"] = [data["agencies"][0]]
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    output = _run("returns", str(case), "--today", "2022-05-10")
    assert "0 problems" in output
    assert not (police / "feedback.xlsx").exists()
    imr = read_imr(returned / "police_imr.docx")  # protected: opened with DHR_PASSWORD
    assert imr.author == "Inspector A. Author"
    assert imr.get("lessons") == ["Author's text for 7. Lessons learned."]  # no guidance
    output = _run("merge-chronology", str(case))
    assert "Merged 4 entries" in output
    assert "Warning" not in output
    merged = openpyxl.load_workbook(case / "output" / "restricted" / "merged_chronology.xlsx")
    rows = list(merged["Chronology"].iter_rows(values_only=True))
    events = [r[rows[0].index("Event")] for r in rows[1:]]
    assert events == ["Welfare visit.", "Arrested for assault.", "Safety plan agreed.",
                      "Call about noise."]  # 1 June 2020, then "June 2020" (its first day)
