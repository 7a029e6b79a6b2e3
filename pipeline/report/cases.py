"""The reviews a report covers, and where each stood in the period.

A review is **opened** on its notification (else the decision to review, else ``commissioned:``);
**published** on ``milestones.published`` (which ``publication.date`` stands in for). In a
period it is *opened in the period* when that day falls in it, *published in the period*
likewise, and *in progress* when it was opened by the period's end (or its opening is not
recorded) and not published by then. The report covers the reviews that are any of these; a
review published before the period, or opened after it, is counted only for its actions (action
plans run on after publication). Reviews are named by case id, never by title: a title holds
the victim's name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import CaseConfig, load_case
from pipeline.dates import Precision, long_date, parse_date
from pipeline.errors import ConfigError


@dataclass(frozen=True)
class Period:
    """The days a report covers, both ends included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ConfigError(f"the period ends ({long_date(self.end)}) before it starts "
                              f"({long_date(self.start)}); give --from before --to.")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def words(self) -> str:
        """``1 January 2023 to 30 June 2023``."""
        return f"{long_date(self.start)} to {long_date(self.end)}"

    @property
    def slug(self) -> str:
        """``2023-01-01_2023-06-30``, for file names."""
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


@dataclass(frozen=True)
class Review:
    """One case as the report sees it."""

    case: CaseConfig
    opened: dt.date | None
    published: dt.date | None
    stage: str  # at the end of the period (pipeline.review.status.stage)
    opened_in_period: bool
    published_in_period: bool
    in_progress: bool  # at the end of the period

    @property
    def case_id(self) -> str:
        return self.case.case_id

    @property
    def covered(self) -> bool:
        """Whether the review is one the report is about (opened, in progress or published
        in the period)."""
        return self.opened_in_period or self.published_in_period or self.in_progress


def _commissioned(case: CaseConfig) -> dt.date | None:
    value = case.extra.get("commissioned")
    if value in (None, ""):
        return None
    parsed = parse_date(value)
    if parsed.date is None or parsed.precision is not Precision.DAY:
        raise ConfigError(f"{case.root / 'case.yaml'}: commissioned is not a date; write it as "
                          "YYYY-MM-DD.")
    return parsed.date


def opened_on(case: CaseConfig) -> dt.date | None:
    """The day the review began: notification, else decision, else ``commissioned:``."""
    milestones = case.milestones
    return milestones.notification or milestones.decision or _commissioned(case)


def review(case: CaseConfig, period: Period) -> Review:
    """Where ``case`` stood in ``period``."""
    from pipeline.review.status import stage

    opened = opened_on(case)
    published = case.milestones.published
    started = opened is None or opened <= period.end
    return Review(
        case=case,
        opened=opened,
        published=published,
        stage=stage(case, period.end),
        opened_in_period=opened in period,
        published_in_period=published in period,
        in_progress=started and (published is None or published > period.end),
    )


def load_cases(case_dirs: Sequence[Path]) -> list[CaseConfig]:
    """Each case once (before the agencies' files are in, as for the trawl), in the order
    given; two folders with one case id are refused (the report names reviews by it)."""
    seen: dict[Path, CaseConfig] = {}
    for folder in case_dirs:
        case = load_case(Path(folder), require_returns=False)
        seen.setdefault(case.root, case)
    cases = list(seen.values())
    ids = [c.case_id.casefold() for c in cases]
    if clash := sorted({c.case_id for c in cases if ids.count(c.case_id.casefold()) > 1}):
        raise ConfigError(f"two case folders have the case id {clash[0]}; the report names "
                          "reviews by case id, so give each review its own.")
    if not cases:
        raise ConfigError("no case folders given; name at least one CASE_DIR.")
    return cases
