"""``dhr status`` and ``dhr actions`` as library calls: load the cases, work out where each
stands on ``today`` (always given: library code never reads the clock), write the workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.config import CaseConfig, load_case
from pipeline.errors import ConfigError
from pipeline.outputs import AtomicOutputs
from pipeline.review.actions import Action, case_actions
from pipeline.review.status import CaseStatus, case_status
from pipeline.review.workbooks import actions_workbook, status_workbook

STATUS_WORKBOOK = Path("status.xlsx")
ACTIONS_WORKBOOK = Path("action_plans.xlsx")


def _cases(case_dirs: list[Path]) -> list[CaseConfig]:
    """Each case once (the trawl's and the tracker's loading: files not there yet are fine)."""
    cases: list[CaseConfig] = []
    for folder in case_dirs:
        case = load_case(folder, require_returns=False)
        if any(other.root == case.root for other in cases):
            continue
        if any(other.case_id == case.case_id for other in cases):
            raise ConfigError(f"case.yaml: two of the cases given have case_id {case.case_id}; "
                              "give each review its own case_id.")
        cases.append(case)
    return cases


def _write(path: Path, data: bytes) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ConfigError(f"{path}: --out names the workbook to write; end it in .xlsx.")
    with AtomicOutputs(path.parent if str(path.parent) else Path(".")) as outputs:
        outputs.path(path.name).write_bytes(data)
    return path


def run_status(case_dirs: list[Path], today: dt.date,
               out: Path | None = None) -> tuple[list[CaseStatus], Path]:
    """Every case's status on ``today``, and the workbook (``out``, else ./status.xlsx)."""
    statuses = [case_status(case, today) for case in _cases(case_dirs)]
    return statuses, _write(out or STATUS_WORKBOOK, status_workbook(statuses))


def run_actions(case_dirs: list[Path], today: dt.date,
                out: Path | None = None) -> tuple[list[Action], Path]:
    """Every action of every case on ``today``, and the tracker workbook (``out``, else
    ./action_plans.xlsx)."""
    cases = _cases(case_dirs)
    actions = [action for case in cases for action in case_actions(case, today)]
    return actions, _write(out or ACTIONS_WORKBOOK,
                           actions_workbook(actions, [c.case_id for c in cases]))
