"""The tracker's bookkeeping: what counts as arrived, overdue or not needed, and response times
across cases."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import load_case
from pipeline.errors import ConfigError
from pipeline.ingest.files import decrypt
from pipeline.trawl import run_trawl
from pipeline.trawl.protect import encrypt_to
from pipeline.trawl.tracker import track
from tests.conftest import write_xlsx
from tests.trawl.test_round_trip import PASSWORD, _case, _fill_trace


def _edit(case: Path, **agency_fields: dict) -> None:
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    for agency in data["agencies"]:
        agency.update(agency_fields.get(agency["name"], {}))
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_a_trace_answer_by_email_needs_only_its_date(tmp_path: Path) -> None:
    case = _case(tmp_path / "case")
    _edit(case, **{"Eastfield Police": {"received": {"trace": "2022-04-02"}},
                   "Eastfield Homes": {"no_imr_reason": "Merged into the council's IMR"}})
    police, homes, dental = track(load_case(case, require_returns=False), None,
                                  dt.date(2022, 4, 30))
    assert police.returns["trace return"].state == "received 02/04/2022, 4 days late"
    assert police.returns["chronology return"].state == "OVERDUE 4 days"
    assert homes.returns["IMR"].state == "not needed"
    assert dental.returns["trace return"].state == "OVERDUE 32 days"
    assert dental.days_overdue == 32
    early = track(load_case(case, require_returns=False), None, dt.date(2022, 3, 20))
    assert early[2].returns["trace return"].state == "due 29/03/2022"


def test_a_named_file_that_is_not_there_but_marked_received_is_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    case = _case(tmp_path / "case")
    _edit(case, **{"Eastfield Police": {"chronology": "returns/police.xlsx",
                                        "received": {"chronology": "2022-04-20"}}})
    result = CliRunner().invoke(cli, ["returns", str(case), "--today", "2022-05-01"])
    assert result.exit_code == 1
    assert "agencies[1].chronology names a file that is not there" in result.output
    assert "Traceback" not in result.output


def test_response_times_across_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    first, second = _case(tmp_path / "one"), _case(tmp_path / "two")
    _edit(first, **{"Eastfield Police": {"received": {"trace": "2022-03-25"}}})
    _edit(second, **{"Eastfield Police": {"received": {"trace": "2022-04-04"}}})
    summary = tmp_path / "all.xlsx"
    result = CliRunner().invoke(cli, ["returns", str(first), str(second), "--today",
                                      "2022-04-10", "--summary", str(summary)])
    assert result.exit_code == 0, result.output
    rows = {r[0]: r for r in openpyxl.load_workbook(summary)["Response times"].iter_rows(
        min_row=2, values_only=True)}
    # Requested 15 March: 10 and 20 days; the second was 6 days late (due 29 March).
    assert rows["Eastfield Police"][:3] == ("Eastfield Police", 2, 15)
    assert rows["Eastfield Police"][-2] == 1
    assert rows["Eastfield Homes"][2] is None and rows["Eastfield Homes"][-1] == 2
    assert "Eastfield Police (2 reviews): median trace return 15" in result.output
    tracker = first / "output" / "trawl" / "returns_tracker.xlsx"
    before = tracker.read_bytes()
    CliRunner().invoke(cli, ["returns", str(first), "--today", "2022-04-10"])
    assert tracker.read_bytes() == before  # no date of its own: the same inputs, the same bytes


def test_one_unreadable_return_is_a_problem_not_a_stop(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    case = _case(tmp_path / "case")
    (case / "trace.csv").write_text("Subject,Answer\nsomeone,No\n", encoding="utf-8")
    write_xlsx(case / "empty.xlsx", {"Chronology": [["Date", "Event"]]})
    write_xlsx(case / "homes.xlsx", {"Chronology": [
        ["Date", "Event", "Comment"],
        [dt.date(2015, 6, 1), "Tenancy began.", "Background: the start of the tenancy."],
        [dt.date(2016, 6, 1), "Rent review.", ""],
    ]})
    _edit(case, **{"Eastfield Police": {"trace": "trace.csv", "chronology": "empty.xlsx"},
                   "Eastfield Homes": {"chronology": "homes.xlsx"}})
    police, homes, _ = track(load_case(case, require_returns=False), PASSWORD,
                             dt.date(2022, 4, 30))
    assert [(p.kind, p.where) for p in police.problems] == [
        ("trace return", "the whole file"), ("chronology return", "the Chronology sheet")]
    assert "trace return sent with the request pack" in police.problems[0].problem
    assert str(case) not in police.problems[0].problem  # the DHRO's folders are not quoted
    # Background explained in Comment is not sent back; unexplained, it is.
    assert [p.where for p in homes.problems] == ["sheet 'Chronology' row 3"]


def test_no_trace_needs_every_subject_answered(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    case = _case(tmp_path / "case")
    run_trawl(case)
    pack = case / "output" / "trawl" / "eastfield-police" / "eastfield-police_trace_return.xlsx"
    _fill_trace(pack, case / "trace.xlsx", [("No trace", "Niche", "")])  # one row left
    book = openpyxl.load_workbook(io.BytesIO(decrypt((case / "trace.xlsx").read_bytes(),
                                                     case / "trace.xlsx", PASSWORD)))
    book["Trace return"].delete_rows(3)  # the second subject's row deleted by the agency
    buffer = io.BytesIO()
    book.save(buffer)
    encrypt_to(buffer.getvalue(), case / "trace.xlsx", PASSWORD)
    _edit(case, **{"Eastfield Police": {"trace": "trace.xlsx"}})
    police = track(load_case(case, require_returns=False), PASSWORD, dt.date(2022, 4, 30))[0]
    assert not police.no_trace
    assert police.returns["chronology return"].needed
    assert any("Subject 2 of the request is missing" in p.problem for p in police.problems)


def test_trawl_refuses_agencies_sharing_a_folder_and_a_case_without_subjects(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    case = _case(tmp_path / "case")
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    data["agencies"].append({"name": "Eastfield-Police"})
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"agencies\[1\] and agencies\[4\] have names too alike"):
        run_trawl(case)
    data["agencies"].pop()
    del data["subjects"]
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ConfigError, match="subjects is missing"):
        run_trawl(case)
    assert not (case / "output").exists()
