"""Action plans after publication: every action of every case, and how it stands.

A case's actions are its own recommendations (``recommendations[]``: the action, lead agency,
target date, milestones, outcome and category) and each agency's single-agency ones: the
recommendations of its IMR, paired in order with ``agencies[].actions[]`` (target date,
milestones, outcome), as the drafts pair them. An action is **completed** once ``completed:``
gives the day it was (``evidence:`` says how that is known), **overdue** when its target date
has passed without that, **due soon** within 14 days of it, and otherwise **open**.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pipeline.config import AgencyConfig, CaseConfig
from pipeline.config.values import optional_date
from pipeline.errors import DhrError

STATUSES = ("completed", "overdue", "due soon", "open")
SOON_DAYS = 14


@dataclass(frozen=True)
class Action:
    """One action of one case, with its status on a given day."""

    case_id: str
    source: str  # "recommendation 3", "Northbridge Police IMR recommendation 2"
    recommendation: str
    action: str
    lead_agency: str
    category: str
    target_date: dt.date | None
    milestones: str
    outcome: str
    completed: dt.date | None
    evidence: str
    status: str  # one of STATUSES
    days_overdue: int  # days past the target date of an overdue action, else 0


def _text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def action_status(target: dt.date | None, completed: dt.date | None, today: dt.date,
                  soon_days: int = SOON_DAYS) -> tuple[str, int]:
    """The status and days overdue of an action (a completion after ``today`` has not
    happened yet)."""
    if completed is not None and completed <= today:
        return "completed", 0
    if target is None:
        return "open", 0
    if today > target:
        return "overdue", (today - target).days
    return ("due soon" if (target - today).days <= soon_days else "open"), 0


def _action(case: CaseConfig, raw: dict, where: str, source: str, recommendation: str,
            lead: str, today: dt.date, soon_days: int) -> Action:
    target = optional_date(raw.get("target_date"), f"{where}.target_date")
    completed = optional_date(raw.get("completed"), f"{where}.completed")
    status, days = action_status(target, completed, today, soon_days)
    return Action(case.case_id, source, recommendation,
                  _text(raw.get("action")) or recommendation, lead,
                  _text(raw.get("category")), target, _text(raw.get("milestones")),
                  _text(raw.get("outcome")), completed, _text(raw.get("evidence")), status, days)


def _imr_recommendations(agency: AgencyConfig, index: int) -> list[str]:
    """The recommendations of the agency's IMR, or none when it has no IMR yet or it cannot be
    read (protected without ``DHR_PASSWORD``, damaged): its actions are listed all the same."""
    if agency.imr is None or not agency.imr.is_file():
        return []
    from pipeline.drafts.imr import read_imr

    try:
        return read_imr(agency.imr, f"agencies[{index}].imr").get("recommendations")
    except DhrError:
        return []


def case_actions(case: CaseConfig, today: dt.date, soon_days: int = SOON_DAYS) -> list[Action]:
    """Every action of the case: its recommendations, then each agency's IMR actions."""
    result = []
    raw = case.extra.get("recommendations")
    for number, item in enumerate(raw if isinstance(raw, list) else [], start=1):
        if isinstance(item, dict):
            result.append(_action(case, item, f"recommendations[{number}]",
                                  f"recommendation {number}", _text(item.get("recommendation")),
                                  _text(item.get("lead_agency")), today, soon_days))
    for index, agency in enumerate(case.agencies, start=1):
        texts = _imr_recommendations(agency, index)
        for number in range(1, max(len(texts), len(agency.actions)) + 1):
            item = agency.actions[number - 1] if number <= len(agency.actions) else {}
            result.append(_action(case, item, f"agencies[{index}].actions[{number}]",
                                  f"{agency.name} IMR recommendation {number}",
                                  texts[number - 1] if number <= len(texts) else "",
                                  agency.name, today, soon_days))
    return result
