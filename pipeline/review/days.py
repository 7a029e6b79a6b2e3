"""Counting calendar months and working days the way the protocol's timescales do.

*Months* (§25 "within one month", §29, §103 "36 months") are calendar months: the same day of
the month that many months later, or the last day of that month when it is shorter (31 January
+ 1 month = 28 February, or 29 February in a leap year).

*Working days* (§56 "at least 5 working days") are Monday to Friday except the bank holidays of
England and Wales, from the ``holidays`` package (``holidays.UK(subdiv="England")``; Wales has
the same bank holidays). The package computes them, with the one-off days it knows (the
Platinum Jubilee, the State Funeral, the Coronation), offline: no network is needed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

_ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months, kept within the month it lands in (31 January + 1
    month is 28 or 29 February); ``months`` may be negative."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    import holidays  # on first use: every command loads the configuration, few count days

    return frozenset(holidays.UK(subdiv="England", years=year))


def is_bank_holiday(day: dt.date) -> bool:
    """Whether ``day`` is a bank holiday in England and Wales (substitute days included)."""
    return day in _bank_holidays(day.year)


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a bank holiday in England and Wales."""
    return day.weekday() < 5 and not is_bank_holiday(day)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """The working days from ``start`` up to but not including ``end`` (``start`` counts when
    it is a working day, ``end`` never does); negative when ``end`` is before ``start``.

    Papers sent on Monday 25 April 2022 for a meeting on Tuesday 3 May 2022 had 5 working days
    (25–29 April; Monday 2 May was a bank holiday): ``working_days_between(sent, meeting)``.
    """
    if end < start:
        return -working_days_between(end, start)
    count, day = 0, start
    while day < end:
        count += is_working_day(day)
        day += _ONE_DAY
    return count


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``day`` (before it when ``count`` is negative);
    ``day`` itself when ``count`` is 0.

    ``add_working_days(meeting, -5)`` is the last day papers can go out and still give the panel
    5 working days: for a meeting on Tuesday 3 May 2022, Monday 25 April 2022. So
    ``working_days_between(add_working_days(d, -n), d) == n`` for a working day ``d``.
    """
    step = _ONE_DAY if count > 0 else -_ONE_DAY
    left = abs(count)
    while left:
        day += step
        left -= is_working_day(day)
    return day
