"""The merged chronology for panel papers: anonymised with the case's map and detection, the
same placeholder in every row and both files, marked, and verified like a publication."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from pipeline.anonymise.case import CASE_REVIEW
from pipeline.chronology import PANEL_FOLDER, run_merge
from pipeline.chronology.columns import MARKING
from pipeline.chronology.panel import (
    PANEL_DOCX,
    PANEL_PROBLEMS,
    PANEL_XLSX,
    verify_word,
    verify_workbook,
)
from pipeline.cli import cli
from pipeline.errors import VerificationError
from tests.conftest import HEADER, SMALL_MAP, write_csv, write_xlsx

UNMAPPED = "Rachel Dawson"  # a neighbour the map does not name
PHONE = "07700 900123"
MAPPED = ("Nadia", "Brook", "Colin", "Hale", "Mill Lane")


def _case(case: Path, **extra: object) -> Path:
    """Two agencies naming the mapped couple, an unmapped neighbour (in both agencies' rows)
    and a phone number; the map of tests.conftest.SMALL_MAP."""
    case.mkdir(parents=True, exist_ok=True)
    write_csv(case / "police.csv", [
        [*HEADER, "contact_type"],
        ["12/03/2020", "21:40", "Nadia Brook", f"Nadia Brook called from {PHONE} to say Colin "
         "Hale had pushed her at 7 Mill Lane.", "DASH completed: medium risk.", "", "Call"],
        ["12/03/2020", "23:10", "Colin Hale", f"Neighbour {UNMAPPED} said she heard shouting "
         "and saw Mr Hale leave.", "Statement taken.", "", "Visit"]])
    write_xlsx(case / "gp.xlsx", {"Consultations": [
        ["Date", "Event", "Action", "Contact type"],
        ["14/05/2020", f"Nadia Brook came with her neighbour {UNMAPPED}, who said Colin was "
         "controlling her money.", "Referred to the outreach service.", "Face to face"]]})
    (case / "map.yaml").write_text(yaml.safe_dump(SMALL_MAP), encoding="utf-8")
    data = {"case_id": "EM01", "title": "Domestic Homicide Review into the death of Nadia Brook",
            "scoping_period": {"start": "2019-06-01", "end": "2021-06-01"},
            "pseudonym_map": "map.yaml",
            "agencies": [{"name": "Eastmere Police", "chronology": "police.csv"},
                         {"name": "Eastmere Health Centre", "chronology": "gp.xlsx"}], **extra}
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return case


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Path:
    case = _case(tmp_path_factory.mktemp("panel") / "case")
    summary = run_merge(case, analyzer=analyzer)
    assert summary.panel is not None and summary.panel.people_found == 1
    assert [p.name for p in summary.panel_outputs] == [PANEL_XLSX, PANEL_DOCX]
    return summary.folder


def _workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    texts = list(book.sheetnames)
    for sheet in book.worksheets:
        texts += [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
        texts += [sheet.oddHeader.center.text or "", sheet.oddFooter.left.text or ""]
    props = book.properties
    return "\n".join([*texts, props.title or "", props.description or ""])


def _document_text(path: Path) -> str:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    section = document.sections[0]
    texts += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
    texts += [document.core_properties.title or ""]
    return "\n".join(texts)


def test_no_mapped_name_or_phone_number_is_left_in_either_file(panel: Path) -> None:
    workbook = _workbook_text(panel / PANEL_FOLDER / PANEL_XLSX)
    document = _document_text(panel / PANEL_FOLDER / PANEL_DOCX)
    for text in (workbook, document):
        for name in (*MAPPED, UNMAPPED, "Dawson", PHONE):
            assert name not in text
        assert "Ann called from [phone number]" in text and "the family home" in text
        assert "Eastmere Police" in text and "Eastmere Health Centre" in text  # agencies kept
    assert "death of Ann" in document  # the title too
    restricted = _workbook_text(panel / "merged_chronology.xlsx")
    assert UNMAPPED in restricted and "Nadia Brook" in restricted  # the restricted one is whole


def test_an_unmapped_person_has_one_placeholder_in_every_row_and_both_files(panel: Path) -> None:
    sheet = openpyxl.load_workbook(panel / PANEL_FOLDER / PANEL_XLSX)["Chronology"]
    headers = [c.value for c in sheet[1]]
    events = [r[headers.index("Event")] for r in sheet.iter_rows(min_row=2, values_only=True)]
    table = Document(str(panel / PANEL_FOLDER / PANEL_DOCX)).tables[0]
    cells = [row.cells[6].text for row in table.rows[1:]]
    assert events == cells  # the same text in both files
    found = [e for e in events if "neighbour" in e.casefold()]
    assert len(found) == 2
    assert all("Person 1" in e for e in found), found  # one person, one placeholder, 2 agencies


def test_the_panel_copies_are_marked_on_every_page(panel: Path) -> None:
    for path in (panel / "merged_chronology.xlsx", panel / PANEL_FOLDER / PANEL_XLSX):
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            assert sheet.oddHeader.center.text == MARKING, (path.name, sheet.title)
            assert sheet.oddFooter.center.text == MARKING
            assert sheet.oddFooter.right.text == "Page &P of &N"
            assert sheet.page_setup.orientation == "landscape"
        assert book["Chronology"].print_title_rows == "$1:$1"
        assert book["Flags"].print_title_rows == "$1:$1"
        assert book.properties.description == MARKING
    assert "anonymised" in openpyxl.load_workbook(
        panel / PANEL_FOLDER / PANEL_XLSX)["Chronology"].oddFooter.left.text
    header = Document(str(panel / PANEL_FOLDER / PANEL_DOCX)).sections[0].header
    assert header.paragraphs[0].text.startswith(MARKING)


def test_the_panel_workbook_has_no_hidden_text_checks_or_data_of_the_dhro(panel: Path) -> None:
    sheet = openpyxl.load_workbook(panel / PANEL_FOLDER / PANEL_XLSX)["Chronology"]
    headers = [c.value for c in sheet[1]]
    assert headers[-1] != "Event text check (do not edit)"
    assert not any(d.hidden for d in sheet.column_dimensions.values())


def _plant(path: Path, text: str) -> None:
    book = openpyxl.load_workbook(path)
    book["Chronology"]["J3"] = f"Seen with {text}."
    book.save(path)


def test_verification_finds_a_planted_name_and_names_the_cell_not_the_text(
        panel: Path, tmp_path: Path, analyzer) -> None:
    from pipeline.anonymise import load_map
    from pipeline.anonymise.case import anonymise_case, case_map
    from pipeline.chronology import merge_chronology
    from pipeline.chronology.panel import make_panel_copy, panel_source
    from pipeline.config import load_case

    case = load_case(panel.parent.parent)
    merged, pmap = merge_chronology(case, None), case_map(case, load_map(case.pseudonym_map))
    plan = anonymise_case([panel_source(merged)], pmap, analyzer, {}, panel).plan
    copy = make_panel_copy(merged, plan, pmap.keep)
    workbook = tmp_path / "planted.xlsx"
    shutil.copy(panel / PANEL_FOLDER / PANEL_XLSX, workbook)
    verify_workbook(workbook, copy.forbidden, copy.keep)  # as written: clean
    _plant(workbook, "Colin Hale")
    with pytest.raises(VerificationError) as refused:
        verify_workbook(workbook, copy.forbidden, copy.keep, "panel/x.xlsx")
    message = str(refused.value)
    assert message.startswith("panel/x.xlsx: verification found a name")
    assert "sheet 'Chronology' row 3, column J 'Action' (entry No. 2)" in message
    assert "Colin" not in message and "Hale" not in message and "pseudonym 'Ben'" in message

    sheet_name = tmp_path / "sheet.xlsx"
    book = openpyxl.load_workbook(panel / PANEL_FOLDER / PANEL_XLSX)
    book["Summary"].title = f"{UNMAPPED} notes"  # a sheet name
    book["Flags"].oddHeader.left.text = "Nadia"  # a header
    book.save(sheet_name)
    with pytest.raises(VerificationError) as refused:
        verify_workbook(sheet_name, copy.forbidden, copy.keep, "x.xlsx")
    where = {leak.where for leak in refused.value.leaks}
    assert {"xl/workbook.xml sheet names", "sheet 'Flags' header, footer and page setup"} <= where
    assert UNMAPPED not in str(refused.value)

    document = tmp_path / "planted.docx"
    word = Document(str(panel / PANEL_FOLDER / PANEL_DOCX))
    word.tables[0].rows[2].cells[7].paragraphs[0].add_run(f" Call {PHONE}.")
    word.save(str(document))
    with pytest.raises(VerificationError) as refused:
        verify_word(document, copy.forbidden, copy.keep, "panel/x.docx")
    assert "table row 2 (entry No. 2), column 'Action'" in str(refused.value)
    assert "900123" not in str(refused.value)


def test_a_leak_refuses_the_merge_and_writes_nothing(tmp_path: Path, analyzer) -> None:
    """A review decision keeping a mapped name: the rewrite leaves it, verification finds it."""
    case = _case(tmp_path / "case", review_decisions="decisions.yaml")
    (case / "decisions.yaml").write_text(yaml.safe_dump(
        {"decisions": [{"text": "Colin Hale", "action": "keep"}]}), encoding="utf-8")
    restricted = case / "output" / "restricted"
    restricted.mkdir(parents=True)
    (restricted / "panel").mkdir()
    (restricted / "panel" / PANEL_XLSX).write_bytes(b"an earlier copy")
    with pytest.raises(VerificationError) as refused:
        run_merge(case, analyzer=analyzer)
    message = str(refused.value)
    assert message.startswith(f"{PANEL_FOLDER}/{PANEL_XLSX}: verification found a name")
    assert "column I 'Event'" in message and "Colin" not in message and "Hale" not in message
    assert str(restricted / PANEL_PROBLEMS) in message
    problems = list(csv.reader(io.StringIO((restricted / PANEL_PROBLEMS).read_text("utf-8-sig"))))
    assert any("Colin" in row[5] for row in problems[1:])  # the text, in the restricted file
    # Nothing written, and the earlier panel copy gone with it; only the problems and the
    # case's review, where the decision that caused it is changed.
    assert sorted(p.name for p in restricted.rglob("*") if p.is_file()) == sorted(
        [PANEL_PROBLEMS, CASE_REVIEW])


def test_without_a_map_there_is_no_panel_copy_and_the_summary_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(tmp_path / "case")
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    del data["pseudonym_map"]
    (case / "case.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["merge-chronology", str(case)])
    assert result.exit_code == 0, result.stderr
    assert "No anonymised copy for panel papers: case.yaml names no pseudonym map" in result.stdout
    assert not (case / "output" / "restricted" / PANEL_FOLDER).exists()


def test_a_broken_map_still_merges_and_warns(tmp_path: Path) -> None:
    case = _case(tmp_path / "case")
    (case / "map.yaml").write_text("people: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["merge-chronology", str(case)])
    assert result.exit_code == 0, result.stderr
    assert "Warning: " in result.stderr and "map.yaml" in result.stderr
    assert (case / "output" / "restricted" / "merged_chronology.csv").is_file()
    assert not (case / "output" / "restricted" / PANEL_FOLDER / PANEL_XLSX).exists()


def test_the_cli_lists_the_panel_copies(tmp_path: Path, analyzer) -> None:
    case = _case(tmp_path / "case")
    result = CliRunner().invoke(cli, ["merge-chronology", str(case)])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Anonymised for panel papers (still OFFICIAL – SENSITIVE" in out
    assert f"  {PANEL_XLSX}\n  {PANEL_DOCX}\n" in out
    assert "1 person the pseudonym map does not name became Person 1" in out
