"""The protocol's timescales (seeds 003), applied to one case: what was due when, and whether it
was done in time.

Each rule, its paragraph, and how its due date is counted (months and working days as in
:mod:`pipeline.review.days`):

============================  =====  ======================================================
Decision to review            §25    one calendar month after ``milestones.notification``
Home Office notified          §29    "within the month of the decision": read as one
                                     calendar month after ``milestones.decision``
Trawl return                  §40    each agency's trace return, 14 days (``trawl.return_days``)
                                     after the trawl, from the returns tracker: one deadline
                                     per agency
Panel papers                  §56    at least 5 working days before each meeting: sent on or
                                     before the 5th working day before it (``meetings[]``
                                     ``date`` and ``papers_sent``); one deadline per meeting
Panel feedback on draft       §56    14 days from ``draft_to_panel`` to ``panel_feedback``
Family feedback on draft      §56    14 days from ``draft_to_family`` to ``family_feedback``
Publication after QA Panel    §103   the QA Panel's agreement (``approval_letter``) is due by
agreement                            the publication date: a report published first is late
Removal from the website      §103   36 months after publication (``removal_due``) unless
                                     ``removed`` earlier; "due soon" 90 days ahead, not 14
============================  =====  ======================================================

The six-monthly report to the CSP Executive (§106) is the partnership's, not a case's, and is
not counted here.

A date later than ``today`` has not happened yet (so ``--today`` shows a case as it stood).
A deadline whose start is not known is "not applicable"; so is the papers deadline of a meeting
already held when case.yaml does not record when its papers went out.

Delay requests (§63, ``delay_requests[]``): one that names a ``rule`` (by key or plain name,
:data:`~pipeline.config.keys.DELAY_RULES`) gives that deadline its ``reason``, and its
``new_date`` becomes the due date. For a rule with several deadlines (an agency or a meeting
each) it applies to those it was about: with ``new_date``, the latest due on or before it;
otherwise the first due on or after the request's ``date``. A request that names no rule gives
its reason to every late or overdue deadline that was running on the request's date.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import CaseConfig
from pipeline.config.case import delay_rule
from pipeline.config.keys import DELAY_RULES
from pipeline.dates import Precision, long_date, parse_date
from pipeline.errors import DhrError
from pipeline.review.days import add_months, add_working_days, working_days_between

__all__ = ["REFERENCES", "RULES", "STATES", "AgencyReturn", "Deadline", "Item",
           "add_working_days", "agency_returns", "deadlines", "meetings", "timeline",
           "working_days_between"]

STATES = ("on time", "late", "overdue", "due soon", "not yet due", "not applicable")
RULES = DELAY_RULES  # key -> plain name
REFERENCES = {"decision": "§25", "home_office_notified": "§29", "trawl_return": "§40",
              "panel_papers": "§56", "panel_feedback": "§56", "family_feedback": "§56",
              "published": "§103", "removal_due": "§103"}
SOON_DAYS = 14
REMOVAL_SOON_DAYS = 90
FEEDBACK_DAYS = 14  # §56
PAPERS_WORKING_DAYS = 5  # §56
DEFAULT_RETURN_DAYS = 14  # §40
TRACE_RETURN, CHRONOLOGY_RETURN, IMR_RETURN = "trace return", "chronology return", "IMR"


@dataclass(frozen=True)
class Deadline:
    """One timescale of one case: when it was due, when it was done, and how it stands."""

    case_id: str
    rule: str  # plain name, e.g. "Decision to review"
    reference: str  # protocol paragraph, e.g. "§25"
    due: dt.date | None
    done: dt.date | None
    state: str  # one of: "on time", "late", "overdue", "due soon", "not yet due", "not applicable"
    days_late: int  # days after due (late or overdue), else 0
    reason: str  # from delay_requests (matching rule or covering the date), '' if none


@dataclass(frozen=True)
class Item:
    """A deadline with what it is about, for ``dhr status``: the rule's key, the agency or
    meeting (never a person), and the delay requests (1-based) that gave it its reason."""

    deadline: Deadline
    key: str
    about: str = ""  # "Northbridge Police", "meeting of 3 May 2022"
    delays: tuple[int, ...] = ()

    def describe(self) -> str:
        """``Trawl return (Northbridge Police)``: the rule and what it is about."""
        return self.deadline.rule + (f" ({self.about})" if self.about else "")


@dataclass(frozen=True)
class AgencyReturn:
    """One return of one agency, from the returns tracker (or case.yaml's dates alone)."""

    agency: str
    kind: str  # trace return, chronology return or IMR
    due: dt.date
    needed: bool
    arrived: bool
    received: dt.date | None

    def done(self, today: dt.date) -> dt.date | None:
        """The day it arrived, if by ``today``."""
        return self.received if self.arrived and self.received and self.received <= today \
            else None

    def awaited(self, today: dt.date) -> bool:
        """Needed and not in by ``today``."""
        if not self.needed:
            return False
        return not self.arrived or (self.received is not None and self.received > today)

    def days_overdue(self, today: dt.date) -> int:
        return max((today - self.due).days, 0) if self.awaited(today) else 0


def _by(day: dt.date | None, today: dt.date) -> dt.date | None:
    """``day`` if it has happened by ``today``."""
    return day if day is not None and day <= today else None


def _day(value: object) -> dt.date | None:
    parsed = parse_date(value)
    return parsed.date if parsed.date is not None and parsed.precision is Precision.DAY \
        else None


def meetings(case: CaseConfig) -> list[tuple[dt.date, dt.date | None]]:
    """The panel's meetings (``meetings[]`` with a date to the day), in date order, each with
    the day its papers went out (``papers_sent``) when recorded."""
    raw = case.extra.get("meetings")
    found = [(day, _day(item.get("papers_sent"))) for item in
             (raw if isinstance(raw, list) else []) if isinstance(item, dict)
             and (day := _day(item.get("date"))) is not None]
    return sorted(found, key=lambda pair: pair[0])


def _exists(path: Path | None) -> bool:
    return path is not None and path.is_file()


def _fallback_returns(case: CaseConfig) -> list[AgencyReturn]:
    """The returns from case.yaml's dates alone (no file opened): due 14 days (``return_days``)
    after the trawl, arrived when a ``received`` date or the named file is there."""
    trawl = case.trawl
    sent = (trawl.date if trawl else None) or case.milestones.trawl_sent
    if sent is None:
        return []
    trace_due = sent + dt.timedelta(days=trawl.return_days if trawl else DEFAULT_RETURN_DAYS)
    chronology_due = (trawl.chronology_due if trawl else None) or trace_due
    imr_due = (trawl.imr_due if trawl else None) or chronology_due
    result = []
    for agency in case.agencies:
        for kind, key, due, path in ((TRACE_RETURN, "trace", trace_due, agency.trace),
                                     (CHRONOLOGY_RETURN, "chronology", chronology_due,
                                      agency.chronology),
                                     (IMR_RETURN, "imr", imr_due, agency.imr)):
            received = agency.received.get(key)
            result.append(AgencyReturn(agency.name, kind, due,
                                       kind != IMR_RETURN or not agency.no_imr_reason,
                                       received is not None or _exists(path), received))
    return result


def agency_returns(case: CaseConfig, today: dt.date) -> list[AgencyReturn]:
    """Every agency's returns: from :func:`pipeline.trawl.tracker.track` when case.yaml has a
    ``trawl:`` section (opening returned files with ``DHR_PASSWORD``, so a "no trace" answer
    means nothing more is owed); when the tracker cannot run (no password, no trawl date, a
    path that is wrong), from case.yaml's dates alone."""
    if case.trawl is not None:
        from pipeline.ingest.files import PASSWORD_VARIABLE
        from pipeline.trawl.tracker import track

        try:
            tracker = track(case, os.environ.get(PASSWORD_VARIABLE) or None, today)
        except (DhrError, OSError):  # no trawl date, a wrong path, a folder unreadable
            return _fallback_returns(case)
        return [AgencyReturn(agency.agency, status.kind, status.due, status.needed,
                             status.arrived, status.received)
                for agency in tracker for status in agency.returns.values()]
    return _fallback_returns(case)


@dataclass
class _Clock:
    """A deadline being worked out: its start (for delay requests that name no rule)."""

    key: str
    start: dt.date | None
    due: dt.date | None
    done: dt.date | None
    about: str = ""
    unrecorded: bool = False  # a meeting already held without its papers' date
    soon: int = SOON_DAYS
    arrived_undated: bool = False  # a return that is in, on a date not recorded
    reasons: tuple[str, ...] = ()
    delays: tuple[int, ...] = ()


def _clocks(case: CaseConfig, today: dt.date,
            returns: list[AgencyReturn]) -> list[_Clock]:
    m = case.milestones
    clocks = [
        _Clock("decision", m.notification,
               add_months(m.notification, 1) if m.notification else None,
               _by(m.decision, today)),
        _Clock("home_office_notified", m.decision,
               add_months(m.decision, 1) if m.decision else None,
               _by(m.home_office_notified, today)),
    ]
    sent = (case.trawl.date if case.trawl else None) or m.trawl_sent
    for status in returns:
        if status.kind == TRACE_RETURN:
            done = status.done(today)
            clocks.append(_Clock("trawl_return", sent, status.due, done, status.agency,
                                 arrived_undated=done is None and not status.awaited(today)))
    for day, papers in meetings(case):
        due = add_working_days(day, -PAPERS_WORKING_DAYS)
        done = _by(papers, today)
        clocks.append(_Clock("panel_papers", due, due, done, f"meeting of {long_date(day)}",
                             unrecorded=done is None and day < today))
    for key, start in (("panel_feedback", m.draft_to_panel),
                       ("family_feedback", m.draft_to_family)):
        clocks.append(_Clock(key, start,
                             start + dt.timedelta(days=FEEDBACK_DAYS) if start else None,
                             _by(getattr(m, key), today)))
    clocks.append(_Clock("published", m.submitted_to_home_office or m.approval_letter,
                         m.published, _by(m.approval_letter, today)))
    clocks.append(_Clock("removal_due", m.published, m.removal_due, _by(m.removed, today),
                         soon=REMOVAL_SOON_DAYS))
    return clocks


@dataclass(frozen=True)
class _Delay:
    number: int
    date: dt.date | None
    reason: str
    rule: str | None
    new_date: dt.date | None


def _delays(case: CaseConfig) -> list[_Delay]:
    raw = case.extra.get("delay_requests")
    result = []
    for number, item in enumerate(raw if isinstance(raw, list) else [], start=1):
        if isinstance(item, dict):
            rule = item.get("rule")
            result.append(_Delay(number, _day(item.get("date")),
                                 " ".join(str(item.get("reason") or "").split()),
                                 delay_rule(str(rule)) if rule not in (None, "") else None,
                                 _day(item.get("new_date"))))
    return result


def _chosen(delay: _Delay, clocks: list[_Clock]) -> list[_Clock]:
    """The deadlines of its rule a delay request is about (see the module's description)."""
    ruled = [c for c in clocks if c.key == delay.rule]
    dated = [c for c in ruled if c.due is not None]
    if len(ruled) <= 1 or not dated:
        return ruled
    if delay.new_date is not None:
        before = [c for c in dated if c.due <= delay.new_date]
        pick = max(c.due for c in before) if before else min(c.due for c in dated)
    elif delay.date is not None:
        after = [c for c in dated if c.due >= delay.date]
        pick = min(c.due for c in after) if after else max(c.due for c in dated)
    else:
        return ruled
    return [c for c in dated if c.due == pick]


def _state(clock: _Clock, today: dt.date) -> tuple[str, int]:
    due, done = clock.due, clock.done
    if due is None or clock.unrecorded:
        return "not applicable", 0
    if done is not None:
        return ("late", (done - due).days) if done > due else ("on time", 0)
    if clock.arrived_undated:  # in by today, on a day not recorded
        return ("on time", 0) if today <= due else ("not applicable", 0)
    if today > due:
        return "overdue", (today - due).days
    return ("due soon" if (due - today).days <= clock.soon else "not yet due"), 0


def timeline(case: CaseConfig, today: dt.date, soon_days: int = SOON_DAYS,
             returns: list[AgencyReturn] | None = None) -> list[Item]:
    """Every deadline of the case in the order of the review, with what each is about.

    ``returns`` are the agencies' returns when the caller already has them
    (:func:`agency_returns`); ``soon_days`` is how near a due date is "due soon" (removal from
    the website: 90 days)."""
    clocks = _clocks(case, today, agency_returns(case, today) if returns is None else returns)
    for clock in clocks:
        if clock.soon == SOON_DAYS:
            clock.soon = soon_days
    delays = _delays(case)
    for delay in delays:
        if delay.rule is None:
            continue
        for clock in _chosen(delay, clocks):
            if delay.new_date is not None:
                clock.due = delay.new_date
            clock.reasons += (delay.reason,) if delay.reason else ()
            clock.delays += (delay.number,)
    items = []
    for clock in clocks:
        state, days = _state(clock, today)
        if state in ("late", "overdue"):
            end = clock.done or today
            for delay in delays:
                if delay.rule is None and delay.date is not None and delay.reason \
                        and (clock.start or clock.due) <= delay.date <= end:
                    clock.reasons += (delay.reason,)
                    clock.delays += (delay.number,)
        deadline = Deadline(case.case_id, RULES[clock.key], REFERENCES[clock.key], clock.due,
                            clock.done, state, days, "; ".join(clock.reasons))
        items.append(Item(deadline, clock.key, clock.about, clock.delays))
    return items


def deadlines(case: CaseConfig, today: dt.date, soon_days: int = SOON_DAYS) -> list[Deadline]:
    """Every deadline of the case (:func:`timeline` without what each is about)."""
    return [item.deadline for item in timeline(case, today, soon_days)]

