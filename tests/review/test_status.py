"""dhr status and dhr actions through the CLI: the exit status a scheduler reads, the lines,
the workbooks, and no person's name in anything printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document

from pipeline.cli import cli
from pipeline.config import load_case
from pipeline.review.actions import case_actions
from pipeline.review.status import case_status, stage
from pipeline.review.workbooks import sheet_names
from tests.review.helpers import VICTIM, write_case

D = dt.date


def _run(*args: str):
    return CliRunner().invoke(cli, [*args])


@pytest.fixture
def late(tmp_path: Path) -> Path:
    """Notified 31 January 2022; no decision yet."""
    return write_case(tmp_path / "late", "WV01", milestones={"notification": "2022-01-31"})


@pytest.fixture
def on_time(tmp_path: Path) -> Path:
    """Decided in time; the Home Office to be told by 10 April 2022."""
    return write_case(tmp_path / "on-time", "WV02",
                      milestones={"notification": "2022-02-15", "decision": "2022-03-10"})


def test_overdue_exits_1_and_says_what(tmp_path: Path, late: Path) -> None:
    out = tmp_path / "status.xlsx"
    result = _run("status", str(late), "--today", "2022-03-10", "--out", str(out))
    assert result.exit_code == 1, result.output
    assert "WV01  notified  Decision to review §25  28 February 2022" in result.output
    assert "OVERDUE   Decision to review §25: due 28 February 2022, 10 days overdue" \
        in result.output
    assert VICTIM not in result.output and "Quarterfield" not in result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "WV01"]
    summary = list(book["Summary"].iter_rows(values_only=True))
    assert summary[1][:2] == ("WV01", "notified")
    assert summary[1][5:] == (1, 0)  # one overdue, none due soon
    assert book["WV01"].oddHeader.center.text == "OFFICIAL – SENSITIVE"
    rows = list(book["WV01"].iter_rows(min_row=2, values_only=True))
    assert rows[0][:3] == ("deadline", "Decision to review", "§25")
    assert rows[0][5:7] == ("overdue", 10)


def test_nothing_overdue_exits_0(tmp_path: Path, on_time: Path) -> None:
    out = tmp_path / "status.xlsx"
    result = _run("status", str(on_time), "--today", "2022-03-31", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "WV02  decided  Home Office notified §29  10 April 2022" in result.output
    assert "DUE SOON  Home Office notified §29: due 10 April 2022" in result.output
    assert "1 case: 0 overdue, 1 due soon." in result.output


def test_several_cases_one_sheet_each(tmp_path: Path, late: Path, on_time: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = _run("status", str(late), str(on_time), "--today", "2022-03-10")
    assert result.exit_code == 1
    book = openpyxl.load_workbook(tmp_path / "status.xlsx")  # the default: the current folder
    assert book.sheetnames == ["Summary", "WV01", "WV02"]
    assert "2 cases: 1 overdue, 0 due soon." in result.output


def test_a_bad_out_and_the_same_case_id_twice(tmp_path: Path, late: Path) -> None:
    result = _run("status", str(late), "--out", str(tmp_path / "status.txt"))
    assert result.exit_code == 1 and "end it in .xlsx" in result.output
    twin = write_case(tmp_path / "twin", "WV01")
    result = _run("status", str(late), str(twin), "--out", str(tmp_path / "s.xlsx"))
    assert result.exit_code == 1 and "two of the cases given have case_id WV01" in result.output


def test_removal_due_soon_says_within_90_days(tmp_path: Path) -> None:
    case = write_case(tmp_path / "case", milestones={"approval_letter": "2023-06-21",
                                                     "published": "2023-07-17"})
    result = _run("status", str(case), "--today", "2026-05-01", "--out",
                  str(tmp_path / "s.xlsx"))
    assert result.exit_code == 0, result.output
    assert "WV01  published  Removal from the website §103  17 July 2026" in result.output
    assert "DUE SOON  Removal from the website §103: due 17 July 2026 (within 90 days)" \
        in result.output


@pytest.mark.parametrize(("milestones", "meetings", "expected"), [
    ({}, [], "notified"),
    ({"notification": "2022-01-31", "decision": "2022-02-20"}, [], "decided"),
    ({"decision": "2022-02-20", "trawl_sent": "2022-03-01"}, [], "trawl"),
    ({"trawl_sent": "2022-03-01"}, [{"date": "2022-04-05"}], "panel"),
    ({"trawl_sent": "2022-03-01"}, [{"date": "2099-04-05"}], "trawl"),  # not held yet
    ({"draft_to_panel": "2022-11-01"}, [{"date": "2022-12-06"}], "drafting"),
    ({"submitted_to_home_office": "2023-02-10"}, [], "with the Home Office"),
    ({"approval_letter": "2023-06-21"}, [], "approved"),
    ({"approval_letter": "2023-06-21", "published": "2023-07-17"}, [], "published"),
    ({"published": "2023-07-17", "removed": "2026-07-17"}, [], "removed"),
    ({"published": "2099-07-17", "approval_letter": "2023-06-21"}, [], "approved"),
])
def test_stage_from_the_furthest_step(tmp_path: Path, milestones: dict, meetings: list,
                                      expected: str) -> None:
    case = load_case(write_case(tmp_path / "case", milestones=milestones, meetings=meetings),
                     require_returns=False)
    assert stage(case, D(2026, 11, 30)) == expected


def _imr(path: Path, *recommendations: str) -> Path:
    document = Document()
    for heading, paragraphs in (("Agency involvement", ["Two contacts in 2021."]),
                                ("Analysis", ["Risk was not assessed."]),
                                ("Recommendations", list(recommendations))):
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


@pytest.fixture
def with_actions(tmp_path: Path) -> Path:
    folder = tmp_path / "actions"
    _imr(folder / "imrs" / "police.docx", "Brief all supervisors on DASH.",
         "Audit disclosure decisions quarterly.")
    return write_case(folder, "WV03", recommendations=[
        {"recommendation": "Revise the MARAC protocol.", "action": "Protocol revised",
         "lead_agency": "Westvale CSP", "target_date": "2023-09-30",
         "milestones": "Draft by June", "category": "Multi-agency working"},
        {"recommendation": "Notify closures.", "lead_agency": "Westvale CSP",
         "target_date": "2022-12-31", "completed": "2022-12-15", "evidence": "Audit report"},
        {"recommendation": "Train assessors.", "lead_agency": "Westvale Adult Social Care",
         "target_date": "2023-10-10"},
    ], agencies=[
        {"name": "Westvale Police", "imr": "imrs/police.docx",
         "actions": [{"target_date": "2023-06-30", "completed": "2023-06-01",
                      "evidence": "Briefing register"},
                     {"target_date": "2023-09-01"}]},
        {"name": "Westvale Housing", "actions": [{"action": "Screen complaints",
                                                  "target_date": "2024-01-31"}]},
    ])


def test_every_action_with_its_status(with_actions: Path) -> None:
    case = load_case(with_actions, require_returns=False)
    actions = case_actions(case, D(2023, 10, 1))
    assert [(a.source, a.status, a.days_overdue) for a in actions] == [
        ("recommendation 1", "overdue", 1),
        ("recommendation 2", "completed", 0),
        ("recommendation 3", "due soon", 0),
        ("Westvale Police IMR recommendation 1", "completed", 0),
        ("Westvale Police IMR recommendation 2", "overdue", 30),
        ("Westvale Housing IMR recommendation 1", "open", 0),
    ]
    police = actions[3]
    assert police.action == "Brief all supervisors on DASH."  # the IMR's recommendation
    assert (police.lead_agency, police.completed, police.evidence) == (
        "Westvale Police", D(2023, 6, 1), "Briefing register")
    assert actions[5].action == "Screen complaints"


def test_overdue_actions_in_the_status(with_actions: Path) -> None:
    status = case_status(load_case(with_actions, require_returns=False), D(2023, 10, 1))
    lines = [c.line() for c in status.concerns]
    assert "OVERDUE   Recommendation 1 action (lead Westvale CSP): target 30 September 2023, " \
        "1 day overdue" in lines
    assert "OVERDUE   Westvale Police IMR recommendation 2 action: target 1 September 2023, " \
        "30 days overdue" in lines
    assert "DUE SOON  Recommendation 3 action (lead Westvale Adult Social Care): target " \
        "10 October 2023" in lines


def test_the_actions_tracker_workbook(tmp_path: Path, with_actions: Path, on_time: Path) -> None:
    out = tmp_path / "plans.xlsx"
    result = _run("actions", str(with_actions), str(on_time), "--today", "2023-10-01",
                  "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "6 actions across 1 case: 2 completed, 2 overdue, 1 due soon, 1 open." \
        in result.output
    assert "OVERDUE  WV03 Westvale Police IMR recommendation 2: 30 days" in result.output
    sheet = openpyxl.load_workbook(out)["Actions"]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Case", "Source", "Recommendation", "Action")
    first = dict(zip(header, rows[1], strict=True))
    assert first["Source"] == "recommendation 1" and first["Action"] == "Protocol revised"
    assert first["Status"] == "overdue" and first["Days overdue"] == 1
    assert first["Target date"].date() == D(2023, 9, 30)
    second = dict(zip(header, rows[2], strict=True))
    assert second["Completed"].date() == D(2022, 12, 15)
    assert second["Evidence"] == "Audit report"
    assert sheet.oddHeader.center.text == "OFFICIAL – SENSITIVE"
    assert len(rows) == 7


def test_a_target_date_that_is_not_a_date(tmp_path: Path) -> None:
    case = write_case(tmp_path / "case", recommendations=[{"recommendation": "R",
                                                           "target_date": "next spring"}])
    result = _run("actions", str(case), "--out", str(tmp_path / "a.xlsx"))
    assert result.exit_code == 1
    assert "recommendations[1].target_date is not a date" in result.output


def test_overdue_returns_in_the_status(tmp_path: Path) -> None:
    case = write_case(tmp_path / "case", trawl={"date": "2022-03-15",
                                                "chronology_due": "2022-04-26"},
                      agencies=[{"name": "Westvale Police", "received": {"trace": "2022-03-24"}}])
    status = case_status(load_case(case, require_returns=False), D(2022, 4, 28))
    lines = [c.line() for c in status.concerns]
    assert "OVERDUE   Chronology return (Westvale Police) §40: due 26 April 2022, " \
        "2 days overdue" in lines
    assert status.next_step is None  # the trace return (the §40 deadline) came in time


def test_sheet_names_are_case_ids_excel_accepts() -> None:
    assert sheet_names(["NB/01", "summary", "NB-01", "x" * 40]) == [
        "NB-01", "summary (2)", "NB-01 (2)", "x" * 31]


def test_a_pattern_such_as_samples_star_skips_what_is_not_a_case(tmp_path: Path,
                                                                  on_time: Path) -> None:
    script = tmp_path / "make_cases.py"
    script.write_text("print('not a case')\n", encoding="utf-8")
    result = _run("status", str(on_time), str(script), "--today", "2022-03-20",
                  "--out", str(tmp_path / "status.xlsx"))
    assert result.exit_code == 0, result.output
    assert "WV02" in result.output
    assert f"Skipped {script}: not a case folder (no case.yaml)." in result.output
    alone = _run("status", str(script), "--today", "2022-03-20")
    assert alone.exit_code == 1  # one path is used as given: a mistyped case is an error
