"""``dhr status``: where each review stands, its next statutory step, and everything overdue or
due soon.

A case's **stage** is that of the furthest step of the review that has happened by ``today``
(by the review's order, not by date): notified, decided (decision, Home Office notified, chair
appointed), trawl, panel (a meeting held), drafting (a draft to the panel or the family, their
feedback), with the Home Office (submitted, QA Panel), approved (approval letter, family told),
published, removed. A case with none of these recorded is "notified": it is in the tool because
a death was notified. Its **next statutory step** is the pending deadline due first.

What needs attention: every deadline overdue or due soon (within 14 days; the report's removal
from the website within 90), every action overdue or due within 14 days, and every chronology or
IMR return overdue or due within 14 days (trace returns are deadlines already). Nothing here
quotes a person's name: deadlines are named by their rule, agency or meeting date, actions by
their number and lead agency.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.config import CaseConfig
from pipeline.dates import long_date
from pipeline.review.actions import Action, case_actions
from pipeline.review.timescales import (
    REMOVAL_SOON_DAYS,
    SOON_DAYS,
    TRACE_RETURN,
    AgencyReturn,
    Item,
    agency_returns,
    meetings,
    timeline,
)
from pipeline.wording import counted

STAGES = ("notified", "decided", "trawl", "panel", "drafting", "with the Home Office",
          "approved", "published", "removed")
_STAGE_MILESTONES = {
    "notified": ("notification",),
    "decided": ("decision", "home_office_notified", "chair_appointed"),
    "trawl": ("trawl_sent",),
    "panel": (),  # a meeting held
    "drafting": ("draft_to_panel", "panel_feedback", "draft_to_family", "family_feedback"),
    "with the Home Office": ("submitted_to_home_office", "qa_panel"),
    "approved": ("approval_letter", "family_told"),
    "published": ("published",),
    "removed": ("removed",),
}
_PENDING = ("overdue", "due soon", "not yet due")


@dataclass(frozen=True)
class Concern:
    """One thing that needs attention: overdue, or due soon."""

    case_id: str
    kind: str  # "deadline", "action" or "return"
    what: str  # "Trawl return (Northbridge Police)", "Recommendation 3 action (lead …)"
    reference: str  # the protocol paragraph, or "" for an action
    due: dt.date | None
    state: str  # "overdue" or "due soon"
    days: int  # days overdue (0 when due soon)
    note: str = ""  # "within 90 days", "delay request 2"

    def line(self) -> str:
        """One line for the terminal, without names of people."""
        reference = f" {self.reference}" if self.reference else ""
        due = f"{'target' if self.kind == 'action' else 'due'} " \
            f"{long_date(self.due) if self.due else 'not set'}"
        when = f"{due}, {counted(self.days, 'day')} overdue" if self.state == "overdue" else due
        note = f" ({self.note})" if self.note else ""
        return f"{self.state.upper():<8}  {self.what}{reference}: {when}{note}"


@dataclass(frozen=True)
class CaseStatus:
    """One case on one day."""

    case: CaseConfig
    today: dt.date
    stage: str
    items: list[Item]
    actions: list[Action]
    returns: list[AgencyReturn]
    concerns: list[Concern]

    @property
    def next_step(self) -> Item | None:
        """The pending deadline due first (overdue ones first of all)."""
        pending = [i for i in self.items if i.deadline.state in _PENDING and i.deadline.due]
        return min(pending, key=lambda i: i.deadline.due) if pending else None

    @property
    def overdue(self) -> list[Concern]:
        return [c for c in self.concerns if c.state == "overdue"]

    @property
    def due_soon(self) -> list[Concern]:
        return [c for c in self.concerns if c.state == "due soon"]


def stage(case: CaseConfig, today: dt.date) -> str:
    """The stage of the furthest step of the review that has happened by ``today``."""
    reached = "notified"
    held = any(day <= today for day, _ in meetings(case))
    for name in STAGES:
        keys = _STAGE_MILESTONES[name]
        if any((day := getattr(case.milestones, key)) and day <= today for key in keys) \
                or (name == "panel" and held):
            reached = name
    return reached


def _deadline_concern(item: Item) -> Concern:
    d = item.deadline
    notes = []
    if item.key == "removal_due" and d.state == "due soon":
        notes.append(f"within {REMOVAL_SOON_DAYS} days")
    if item.delays:
        notes.append(", ".join(f"delay request {n}" for n in item.delays))
    return Concern(d.case_id, "deadline", item.describe(), d.reference, d.due, d.state,
                   d.days_late if d.state == "overdue" else 0, "; ".join(notes))


def _action_concern(action: Action) -> Concern:
    if action.source.startswith("recommendation"):  # the case's own: say who leads it
        lead = f" (lead {action.lead_agency})" if action.lead_agency else ""
        what = f"{action.source[0].upper()}{action.source[1:]} action{lead}"
    else:  # "Northbridge Police IMR recommendation 2": the agency leads its own
        what = f"{action.source} action"
    return Concern(action.case_id, "action", what, "", action.target_date, action.status,
                   action.days_overdue)


def _return_concern(case_id: str, status: AgencyReturn, today: dt.date,
                    soon_days: int) -> Concern | None:
    if status.kind == TRACE_RETURN or not status.awaited(today):
        return None
    if today > status.due:
        return Concern(case_id, "return", f"{status.kind[0].upper()}{status.kind[1:]} "
                       f"({status.agency})", "§40", status.due, "overdue",
                       status.days_overdue(today))
    if (status.due - today).days <= soon_days:
        return Concern(case_id, "return", f"{status.kind[0].upper()}{status.kind[1:]} "
                       f"({status.agency})", "§40", status.due, "due soon", 0)
    return None


def case_status(case: CaseConfig, today: dt.date, soon_days: int = SOON_DAYS) -> CaseStatus:
    """Where one case stands on ``today``: its stage, every deadline, its actions and returns,
    and what needs attention."""
    returns = agency_returns(case, today)
    items = timeline(case, today, soon_days, returns)
    actions = case_actions(case, today, soon_days)
    concerns = [_deadline_concern(i) for i in items if i.deadline.state in ("overdue",
                                                                             "due soon")]
    concerns += [_action_concern(a) for a in actions if a.status in ("overdue", "due soon")]
    concerns += [c for r in returns if (c := _return_concern(case.case_id, r, today,
                                                             soon_days))]
    concerns.sort(key=lambda c: c.state != "overdue")  # overdue first, each in its order
    return CaseStatus(case, today, stage(case, today), items, actions, returns, concerns)
