"""The returns tracker: for each agency, what was asked, when it is due, what has arrived, and
what is wrong with it (seeds 003 §40–42: returns within 14 days, tracked across trawls).

A return has arrived when case.yaml names its file and the file is there, or, for a return that
came another way (a trace answer by email), when its ``received:`` date is recorded without a
file. The date it arrived comes from the agency's ``received:`` dates. An agency whose trace
return says "No trace" for every subject owes nothing more; one with ``no_imr_reason`` owes no
IMR.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import CaseConfig
from pipeline.errors import ConfigError, DhrError
from pipeline.trawl.checks import (
    CHRONOLOGY_RETURN,
    IMR_RETURN,
    TRACE_RETURN,
    Problem,
    check_chronology,
    check_imr,
    check_trace,
    exists,
    without_path,
)
from pipeline.trawl.requests import Request, requests

KINDS = (TRACE_RETURN, CHRONOLOGY_RETURN, IMR_RETURN)
_RECEIVED_KEYS = {TRACE_RETURN: "trace", CHRONOLOGY_RETURN: "chronology", IMR_RETURN: "imr"}


@dataclass(frozen=True)
class ReturnStatus:
    """One return of one agency."""

    kind: str
    due: dt.date
    needed: bool
    arrived: bool
    received: dt.date | None  # when it arrived, if case.yaml records it
    today: dt.date

    @property
    def days_overdue(self) -> int:
        """Days past the due date of a return still awaited (0 when not overdue)."""
        if not self.needed or self.arrived:
            return 0
        return max((self.today - self.due).days, 0)

    @property
    def days_late(self) -> int:
        """Days after the due date that an arrived return came in (0 when on time or unknown)."""
        return max((self.received - self.due).days, 0) if self.arrived and self.received else 0

    @property
    def state(self) -> str:
        """A few words for the table: the date it arrived (and how late), not needed, overdue,
        or when it is due."""
        if not self.needed:
            return "not needed"
        if self.arrived:
            late = self.days_late
            when = f"received {self.received:%d/%m/%Y}" if self.received else "received"
            return when + (f", {late} day{'s' * (late != 1)} late" if late else "")
        if overdue := self.days_overdue:
            return f"OVERDUE {overdue} day{'s' * (overdue != 1)}"
        return f"due {self.due:%d/%m/%Y}"


@dataclass
class AgencyReturns:
    """Everything the tracker knows about one agency's returns."""

    request: Request
    returns: dict[str, ReturnStatus]
    no_trace: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def agency(self) -> str:
        return self.request.agency.name

    @property
    def days_overdue(self) -> int:
        """The longest any of its returns is overdue."""
        return max((r.days_overdue for r in self.returns.values()), default=0)

    def response_days(self, kind: str) -> int | None:
        """Days from the request to the return's arrival, when both dates are known."""
        status = self.returns[kind]
        if status.arrived and status.received:
            return (status.received - self.request.sent).days
        return None


def _arrived(path: Path | None, received: dt.date | None, where: str, key: str) -> bool:
    """Whether a return is in: its file is there, or it came without one on a recorded date.

    A file case.yaml names that is not there, with a date saying it arrived, is a mistake in
    case.yaml (a wrong path), not a return still awaited.
    """
    if path is None:
        return received is not None
    if path.is_file():
        return True
    if received is not None:
        raise ConfigError(f"case.yaml: {where}.{key} names a file that is not there, but "
                          f"{where}.received.{key} says it arrived; correct the path.")
    return False


def _checked(kind: str, check, *args):
    """A check's result, or (a file that cannot be read at all: a wrong password, another
    format, a damaged file) one problem saying so, so one bad return does not stop the rest."""
    try:
        return check(*args)
    except DhrError as exc:
        return [Problem(kind, "the whole file", without_path(exc))]


def track(case: CaseConfig, password: str | None, today: dt.date) -> list[AgencyReturns]:
    """The tracker for one case: every agency's returns, checked where they have arrived."""
    result = []
    for index, request in enumerate(requests(case)):
        agency = request.agency
        trace = _checked(TRACE_RETURN, check_trace, case, agency, password) \
            if exists(agency.trace) else None
        if isinstance(trace, list):  # the trace return could not be read at all
            trace_problems, trace = trace, None
        else:
            trace_problems = []
        no_trace = bool(trace and trace.no_trace)
        paths = {TRACE_RETURN: agency.trace, CHRONOLOGY_RETURN: agency.chronology,
                 IMR_RETURN: agency.imr}
        due = {TRACE_RETURN: request.trace_due, CHRONOLOGY_RETURN: request.chronology_due,
               IMR_RETURN: request.imr_due}
        needed = {TRACE_RETURN: True, CHRONOLOGY_RETURN: not no_trace,
                  IMR_RETURN: not no_trace and not agency.no_imr_reason}
        statuses = {
            kind: ReturnStatus(kind, due[kind], needed[kind],
                               _arrived(paths[kind], agency.received.get(_RECEIVED_KEYS[kind]),
                                        f"agencies[{index + 1}]", _RECEIVED_KEYS[kind]),
                               agency.received.get(_RECEIVED_KEYS[kind]), today)
            for kind in KINDS
        }
        problems = trace_problems + (list(trace.problems) if trace else [])
        if exists(agency.chronology):
            problems += _checked(CHRONOLOGY_RETURN, check_chronology, case, index, password,
                                 today)
        if exists(agency.imr) and needed[IMR_RETURN]:
            problems += check_imr(agency, f"agencies[{index + 1}].imr")
        result.append(AgencyReturns(request, statuses, no_trace, problems))
    return result


@dataclass(frozen=True)
class ResponseTime:
    """How long one agency takes to respond, across the cases given (§42)."""

    agency: str
    reviews: int
    median_days: dict[str, float | None]  # per kind of return: days from request to arrival
    longest_days: int | None
    late: int  # returns that arrived after their due date
    overdue: int  # returns still awaited after their due date


def response_times(cases: list[list[AgencyReturns]]) -> list[ResponseTime]:
    """Per agency name, over every case given: days from request to each return's arrival."""
    seen: dict[str, list[AgencyReturns]] = {}
    for tracker in cases:
        for agency in tracker:
            seen.setdefault(agency.agency, []).append(agency)
    result = []
    for name in sorted(seen, key=str.casefold):
        agencies = seen[name]
        days = {kind: [d for a in agencies if (d := a.response_days(kind)) is not None]
                for kind in KINDS}
        statuses = [s for a in agencies for s in a.returns.values()]
        every = [d for taken in days.values() for d in taken]
        result.append(ResponseTime(
            name, len(agencies),
            {kind: statistics.median(taken) if taken else None for kind, taken in days.items()},
            max(every) if every else None,
            sum(s.days_late > 0 for s in statuses), sum(s.days_overdue > 0 for s in statuses)))
    return result
