"""Timeliness against each of the protocol's rules over a period (§63, §106).

The deadlines are :func:`pipeline.review.timescales.deadlines`, worked out as things stood at the
end of the period. A deadline belongs to the period when it fell due in it, was met in it, or
was still overdue at its end (an old deadline still open is still a problem). Each rule then
counts how many were met on time, how many late (and by how much), how many were still overdue
at the end of the period, and how many were not yet due; the reasons are the ones the review's
delay requests give (§63), with names in them replaced from each case's pseudonym map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pipeline.report.cases import Period

COUNTED = ("on time", "late", "overdue", "not yet due")


@dataclass(frozen=True)
class Miss:
    """A deadline met late or still overdue, for the list under the table."""

    case_id: str
    rule: str
    reference: str
    due: dt.date
    done: dt.date | None
    state: str  # late or overdue
    days_late: int
    reason: str


@dataclass
class RuleTimeliness:
    """One rule's deadlines in the period."""

    rule: str
    reference: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    days_late: list[int] = field(default_factory=list)  # of those met late
    reasons: list[str] = field(default_factory=list)  # distinct, in order met

    @property
    def label(self) -> str:
        return f"{self.rule} ({self.reference})" if self.reference else self.rule

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def lateness(self) -> str:
        """"3, 10 and 21 days" for the deadlines met late; "" when none were."""
        if not self.days_late:
            return ""
        days = sorted(self.days_late)
        words = [str(d) for d in days]
        text = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
        return f"{text} day{'s' if days != [1] else ''}"


def in_period(deadline, period: Period) -> bool:
    """Whether a deadline is one the period's report counts."""
    if deadline.state == "not applicable" or deadline.due is None:
        return False
    return (deadline.due in period or deadline.done in period
            or deadline.state == "overdue")


def timeliness(deadlines: Iterable, period: Period,
               rewrite: Callable[[str, str], str] = lambda case_id, text: text
               ) -> tuple[list[RuleTimeliness], list[Miss]]:
    """Per rule (in the order first met) and the misses, of ``deadlines`` (any objects with
    :class:`pipeline.review.timescales.Deadline`'s fields). ``rewrite(case_id, text)``
    anonymises a reason."""
    rules: dict[tuple[str, str], RuleTimeliness] = {}
    misses: list[Miss] = []
    for deadline in deadlines:
        if not in_period(deadline, period):
            continue
        state = deadline.state if deadline.state in COUNTED else "not yet due"
        entry = rules.setdefault((deadline.rule, deadline.reference),
                                 RuleTimeliness(deadline.rule, deadline.reference))
        entry.counts[state] += 1
        reason = rewrite(deadline.case_id, deadline.reason) if deadline.reason else ""
        if state == "late":
            entry.days_late.append(deadline.days_late)
        if state in ("late", "overdue"):
            if reason and reason not in entry.reasons:
                entry.reasons.append(reason)
            misses.append(Miss(deadline.case_id, deadline.rule, deadline.reference,
                               deadline.due, deadline.done, state, deadline.days_late, reason))
    misses.sort(key=lambda m: (m.case_id, m.due, m.rule))
    return list(rules.values()), misses


def case_deadlines(cases: Sequence, period: Period) -> list:
    """Every deadline of every case, as things stood at the end of the period."""
    from pipeline.review.timescales import deadlines

    return [d for case in cases for d in deadlines(case, period.end)]
