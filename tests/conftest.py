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


# Plain prose for a publishable small case: no capitalised words a detector could take for a
# person, so the only review items are the ones a test plants.
PROSE = ("the review found that agencies saw the risk in parts and rarely together. each "
         "service recorded what it saw, but few asked what others knew, and no one brought "
         "the pieces into one picture of escalating control. referrals were made and then "
         "closed when contact was lost, without a check on who else was involved. the "
         "victim's disability and her partner's role as her carer made it harder for her to "
         "speak alone, and routine enquiry was often asked with him in the room. when risk "
         "rose at separation, the high risk assessment was not shared in time, and bail "
         "conditions were not used. the panel considers that a repeat referral would have "
         "brought the agencies together at the point of greatest danger. the learning is "
         "about professional curiosity, seeing people alone, treating concerns raised by "
         "family and neighbours as risk information, and acting on repeat incidents. these "
         "themes are reflected in the recommendations and in the single agency actions.")


def write_prose(path: Path, *paragraphs: str) -> Path:
    """A narrative section as an author would save it from Word."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def make_publishable(case: Path, **changes: object) -> Path:
    """Complete a thin case folder with everything ``dhr qa`` and the publication gate ask
    for (panel, chair and author, consultation, equality, an IMR with an analysis, every
    narrative section, a recommendation, the approval facts); keys already in case.yaml and
    narrative files already written are kept. ``changes`` are then set on case.yaml."""
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    imr = case / "imrs" / "first_agency_imr.docx"
    imr.parent.mkdir(exist_ok=True)
    report = Document()
    for heading, text in (("Agency involvement", "the agency had contact on several "
                           "occasions during the scoping period."),
                          ("Analysis", "contact was reactive; risk was not reassessed."),
                          ("Lessons learnt", "see the person alone and share risk.")):
        report.add_heading(heading, level=1)
        report.add_paragraph(text)
    report.save(str(imr))
    for index, agency in enumerate(data["agencies"]):
        if index == 0:
            agency.setdefault("imr", "imrs/first_agency_imr.docx")
        else:
            agency.setdefault("no_imr_reason", "Brief contact; its chronology was sufficient.")
    defaults = {
        "victim": "the victim", "commissioned": "2021-07-01", "completed": "2022-05-01",
        "condolences": "The panel offers its condolences to the family.",
        "circumstances": "She died at home in the summer of 2021.",
        "confidentiality": "Papers were shared securely.",
        "methodology": "Chronologies were merged and one agency wrote an IMR.",
        "family_involvement": "The chair met her mother twice.",
        "friends_involvement": "A friend spoke to the chair by telephone.",
        "terms_of_reference": ["To examine how agencies assessed risk."],
        "panel": [{"name": "Morag Ellison", "role": "Independent Chair and Author",
                   "agency": "Independent"},
                  {"name": "Tobias Renn", "role": "Detective Inspector",
                   "agency": data["agencies"][0]["name"]}],
        "chair": {"name": "Morag Ellison", "background": "A former probation manager."},
        "author": {"name": "Morag Ellison", "background": "A former probation manager.",
                   "independence": "She has no link with any agency in the review."},
        "meetings": [{"date": "2021-09-01", "purpose": "First panel meeting."}],
        "equality": [{"characteristic": "Sex", "consideration": "She was a woman."}],
        "dissemination": ["The family", "The panel agencies"],
        "recommendations": [{"recommendation": "Share risk at separation.", "scope": "local",
                             "action": "Revise the protocol.",
                             "lead_agency": data["agencies"][0]["name"],
                             "target_date": "2022-12-31", "outcome": "Audit shows sharing."}],
        "publication": {"qa_panel_letter": {"date": "2022-09-01", "reference": "HO-QAP-1"},
                        "family_told": "2022-09-15", "date": "2022-10-03"},
    }
    for key, value in defaults.items():
        data.setdefault(key, value)
    data.update(changes)
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                    encoding="utf-8")
    for section in ("introduction", "background", "overview", "analysis", "conclusions",
                    "lessons", "key_issues"):
        path = case / "narrative" / f"{section}.docx"
        if not path.is_file():
            write_prose(path, PROSE if section == "analysis" else
                        f"the {section.replace('_', ' ')} of the review.")
    return case


def small_case(case: Path, **changes: object) -> Path:
    """A small publishable case (two agencies, a two-person map): each publication takes
    seconds, not the sample's half minute."""
    (case / "chronologies").mkdir(parents=True)
    write_csv(case / "chronologies" / "police.csv", [
        HEADER,
        ["12/03/2020", "21:40", "Nadia Brook", "Nadia Brook called to say Colin Hale had pushed "
         "her at 7 Mill Lane.", "DASH completed: medium risk.", ""],
        ["02/02/2021", "", "Colin Hale", "Colin Hale arrested after a neighbour's call.",
         "Released under investigation.", ""]])
    write_csv(case / "chronologies" / "gp.csv", [
        HEADER,
        ["14/05/2020", "", "Nadia Brook", "Nadia Brook told the GP her partner controlled her "
         "money.", "Referred to the outreach service.", ""]])
    (case / "pseudonym_map.yaml").write_text(yaml.safe_dump(SMALL_MAP), encoding="utf-8")
    data = {"case_id": "EM01", "title": "Domestic Homicide Review into the death of Nadia Brook",
            "csp": "Eastmere Community Safety Partnership", "date_of_death": "2021-06-01",
            "scoping_period": {"start": "2019-06-01", "end": "2021-06-01"},
            "pseudonym_map": "pseudonym_map.yaml",
            "agencies": [{"name": "Eastmere Police", "chronology": "chronologies/police.csv"},
                         {"name": "Eastmere Health Centre",
                          "chronology": "chronologies/gp.csv"}]}
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return make_publishable(case, **changes)


SMALL_MAP = {"people": [{"name": "Nadia Brook", "title": "Ms", "pseudonym": "Ann",
                         "role": "victim"},
                        {"name": "Colin Hale", "title": "Mr", "pseudonym": "Ben",
                         "role": "perpetrator"}],
             "places": [{"name": "7 Mill Lane", "pseudonym": "the family home"}],
             "keep": ["Eastmere Police", "Eastmere Health Centre"]}
