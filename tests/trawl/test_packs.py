"""What a request pack holds, read back from the protected files as an agency would open them."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document

from pipeline.cli import cli
from pipeline.drafts.imr import GUIDANCE_STYLE, SECTIONS
from pipeline.ingest.files import decrypt, is_encrypted
from pipeline.trawl import run_trawl
from tests.trawl.test_round_trip import PASSWORD, _case


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One trawl for the module's tests (each file's encryption costs a fraction of a second)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DHR_PASSWORD", PASSWORD)
        summary = run_trawl(_case(tmp_path_factory.mktemp("trawl") / "case"))
    return summary.folder / "eastfield-police"


def _open(path: Path) -> bytes:
    data = path.read_bytes()
    assert is_encrypted(data)
    return decrypt(data, path, PASSWORD)


def test_every_file_is_protected_and_opens_with_the_password(pack: Path) -> None:
    names = sorted(p.name for p in pack.iterdir())
    assert names == ["eastfield-police_chronology_return.xlsx",
                     "eastfield-police_covering_letter.docx",
                     "eastfield-police_imr_template.docx", "eastfield-police_trace_return.xlsx"]
    for path in pack.iterdir():
        assert _open(path).startswith(b"PK")


def test_chronology_return_checks_what_is_typed(pack: Path) -> None:
    book = openpyxl.load_workbook(
        io.BytesIO(_open(pack / "eastfield-police_chronology_return.xlsx")))
    assert book.sheetnames[:2] == ["Instructions", "Chronology"]
    assert book["Lists"].sheet_state == "hidden"
    instructions = "\n".join(str(v) for row in book["Instructions"].iter_rows(values_only=True)
                             for v in row if v)
    for expected in ("EF07", "Eastfield Police", "26 April 2022", "1 January 2019 to 31 January "
                     "2022", "Priya Castellano; 02/05/1990; victim", "dhr@example.org"):
        assert expected in instructions
    sheet = book["Chronology"]
    assert [c.value for c in sheet[1]] == ["Date", "Time", "Subject", "Event", "Action taken",
                                           "Comment", "Source"]
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert "OFFICIAL – SENSITIVE" in sheet.oddHeader.center.text
    rules = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    date = rules["A2"]
    assert date.type == "date" and date.errorStyle == "warning"
    assert date.formula1 == "DATE(1986,11,19)"  # the older subject's birth
    assert date.formula2 == "DATE(2022,4,26)"  # the chronology's return date
    assert rules["C2"].type == "list" and rules["C2"].formula1 == "'Lists'!$A$2:$A$3"
    assert [c.value for c in book["Lists"]["A"]][1:] == ["Priya Castellano", "Tobias Wrenfield"]


def test_trace_return_asks_each_subject(pack: Path) -> None:
    book = openpyxl.load_workbook(io.BytesIO(_open(pack / "eastfield-police_trace_return.xlsx")))
    rows = list(book["Trace return"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Subject", "Date of birth", "Role in the review", "Records held?")
    assert [r[:3] for r in rows[1:] if r[0]] == [("Priya Castellano", "02/05/1990", "victim"),
                                         ("Tobias Wrenfield (also known as Toby Wren)",
                                          "19/11/1986", "perpetrator")]
    choice = next(v for v in book["Trace return"].data_validations.dataValidation
                  if v.type == "list")
    assert choice.formula1 == '"Trace,No trace"' and str(choice.sqref).startswith("D2")
    assert [r[0] for r in book["Sign-off"].iter_rows(values_only=True)][:3] == [
        "Agency", "Completed by", "Job title"]


def test_imr_template_headings_are_those_drafts_reads(pack: Path) -> None:
    document = Document(io.BytesIO(_open(pack / "eastfield-police_imr_template.docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    known = {name for names in SECTIONS.values() for name in names}
    read = [h.split(". ", 1)[1].casefold() for h in headings]
    for section in ("agency involvement", "analysis", "good practice", "lessons learned",
                    "conclusions", "recommendations"):
        assert section in read and section in known
    guidance = [p.text for p in document.paragraphs if p.style.name == GUIDANCE_STYLE]
    assert "What did each agency know of the abuse?" in guidance  # the terms of reference
    assert document.tables[-1].rows[0].cells[0].text == "Recommendation"  # action plan
    assert "OFFICIAL – SENSITIVE" in document.sections[0].header.paragraphs[0].text


def test_covering_letter_gives_each_return_date(pack: Path) -> None:
    document = Document(io.BytesIO(_open(pack / "eastfield-police_covering_letter.docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "15 March 2022" in text and "To: Eastfield Police" in text
    assert "by 29 March 2022" in text  # trace return: 14 days after the trawl
    assert "by 26 April 2022" in text  # chronology and IMR: case.yaml chronology_due
    people = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert people[1] == ["Priya Castellano", "2 May 1990", "3 Quarry Lane, Eastfield"]
    assert people[2][0] == "Tobias Wrenfield (also known as Toby Wren)"  # search every name


def test_trawl_without_password_or_date_says_what_to_do(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DHR_PASSWORD", raising=False)
    case = _case(tmp_path / "case")
    result = CliRunner().invoke(cli, ["trawl", str(case)])
    assert result.exit_code == 1
    assert "set it in the DHR_PASSWORD environment variable" in result.output
    assert not (case / "output" / "trawl").exists()
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    text = (case / "case.yaml").read_text(encoding="utf-8")
    (case / "case.yaml").write_text(text.replace("  date: '2022-03-15'\n", ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["trawl", str(case)])
    assert result.exit_code == 1 and "trawl.date is missing" in result.output
