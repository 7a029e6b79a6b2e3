"""Shared fixtures: real agency files built in tmp_path, and the bundled sample case."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import msoffcrypto
import msoffcrypto.format.ooxml
import openpyxl
import pytest
import urllib3  # noqa: F401 - see below
import yaml
from docx import Document

# urllib3 (pulled in by Presidio through tldextract and requests) probes for IPv6 support by
# creating (never connecting) a socket when first imported. Importing it here, at collection,
# keeps that probe out of the tests, where pytest-socket blocks every socket.

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CASE = ROOT / "samples" / "northbridge-01"
SAMPLE_PASSWORD = "Northbridge-DHR-2022"
SAMPLE_MAP = ROOT / "pseudonym_maps" / "northbridge-01.yaml"
HEADER = ["Date", "Time", "Subject", "Event details", "Action taken", "Comments"]


@pytest.fixture
def sample_case() -> Path:
    return SAMPLE_CASE


@pytest.fixture
def sample_password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DHR_PASSWORD", SAMPLE_PASSWORD)
    return SAMPLE_PASSWORD


def copy_sample(dest: Path, map_inside: bool = False) -> Path:
    """A copy of the sample case, without outputs, for a test to change. Its map is the bundled
    one, or (``map_inside``) a copy in the case folder for a test that edits the map."""
    shutil.copytree(SAMPLE_CASE, dest, ignore=shutil.ignore_patterns("output"))
    data = yaml.safe_load((dest / "case.yaml").read_text(encoding="utf-8"))
    data["pseudonym_map"] = str(SAMPLE_MAP)
    if map_inside:
        shutil.copy(SAMPLE_MAP, dest / "pseudonym_map.yaml")
        data["pseudonym_map"] = "pseudonym_map.yaml"
    (dest / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                    encoding="utf-8")
    return dest


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]],
               date1904: bool = False, number_format: str | None = None) -> Path:
    """A workbook with one sheet per key, rows written as given (real dates stay dates)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if date1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        if number_format:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, dt.date):
                        cell.number_format = number_format
    book.save(path)
    return path


def encrypt(path: Path, password: str) -> Path:
    """Replace an .xlsx/.docx with its password-protected version (as agencies send them)."""
    plain = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt(password, out)
    path.write_bytes(out.getvalue())
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_docx_table(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    document = Document()
    document.add_paragraph("Chronology")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)
    return path


CaseMaker = Callable[..., Path]


@pytest.fixture
def make_case(tmp_path: Path) -> CaseMaker:
    """Write case.yaml for agencies whose files the test has made in tmp_path."""

    def make(agencies: list[dict], **extra: object) -> Path:
        data = {
            "case_id": "T01",
            "title": "Test review",
            "scoping_period": {"start": "2019-01-01", "end": "2021-12-31"},
            "agencies": agencies,
            **extra,
        }
        (tmp_path / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False),
                                            encoding="utf-8")
        return tmp_path

    return make


@pytest.fixture(scope="session")
def analyzer():
    """The analyzer (spaCy model + recognisers), loaded once for the whole session."""
    from pipeline.anonymise.detect import build_analyzer, model_name

    return build_analyzer(model_name())  # the same cache entry the stages use
