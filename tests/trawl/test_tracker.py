"""The tracker's bookkeeping: what counts as arrived, overdue or not needed, and response times
across cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import load_case
from pipeline.trawl.tracker import track
from tests.trawl.test_round_trip import PASSWORD, _case


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
