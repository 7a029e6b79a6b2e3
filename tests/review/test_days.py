"""Calendar months and working days, with England and Wales bank holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.review.days import (
    add_months,
    add_working_days,
    is_bank_holiday,
    working_days_between,
)

D = dt.date


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2022, 1, 31), 1, D(2022, 2, 28)),  # month end: February is shorter
    (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
    (D(2022, 3, 31), 1, D(2022, 4, 30)),
    (D(2022, 12, 15), 1, D(2023, 1, 15)),  # across the year
    (D(2024, 2, 29), 36, D(2027, 2, 28)),  # 36 months on the website from a leap day
    (D(2023, 7, 17), 36, D(2026, 7, 17)),
    (D(2022, 3, 31), -1, D(2022, 2, 28)),
])
def test_calendar_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_bank_holidays_are_england_and_wales() -> None:
    assert is_bank_holiday(D(2022, 5, 2))  # Early May bank holiday, Monday
    assert is_bank_holiday(D(2022, 6, 3))  # Platinum Jubilee
    assert is_bank_holiday(D(2021, 12, 28))  # Boxing Day substitute (26th was a Sunday)
    assert not is_bank_holiday(D(2022, 1, 4))  # 2 January is a holiday in Scotland only
    assert not is_bank_holiday(D(2022, 3, 17))  # St Patrick's Day: Northern Ireland only


@pytest.mark.parametrize(("meeting", "latest"), [
    # Tue 3 May 2022, after the Monday 2 May holiday: Fri 29, Thu 28, Wed 27, Tue 26, Mon 25.
    (D(2022, 5, 3), D(2022, 4, 25)),
    # Tue 4 Jan 2022: Mon 3 Jan (New Year substitute), 27 and 28 Dec (Christmas and Boxing Day
    # substitutes) are holidays: Fri 31, Thu 30, Wed 29 Dec, Fri 24, Thu 23 Dec.
    (D(2022, 1, 4), D(2021, 12, 23)),
    # Wed 20 Apr 2022, after Easter (Good Friday 15, Easter Monday 18 April): Tue 19, Thu 14,
    # Wed 13, Tue 12, Mon 11 April.
    (D(2022, 4, 20), D(2022, 4, 11)),
    # An ordinary week: Fri 11 Mar 2022 -> Fri 4 Mar.
    (D(2022, 3, 11), D(2022, 3, 4)),
])
def test_five_working_days_before_a_meeting(meeting: dt.date, latest: dt.date) -> None:
    assert add_working_days(meeting, -5) == latest
    assert working_days_between(latest, meeting) == 5
    assert working_days_between(latest + dt.timedelta(days=1), meeting) == 4


def test_working_days_forwards_and_between() -> None:
    assert add_working_days(D(2022, 4, 14), 1) == D(2022, 4, 19)  # over the Easter weekend
    assert add_working_days(D(2022, 4, 14), 0) == D(2022, 4, 14)
    assert working_days_between(D(2022, 4, 25), D(2022, 5, 3)) == 5
    assert working_days_between(D(2022, 5, 3), D(2022, 4, 25)) == -5
    assert working_days_between(D(2022, 5, 3), D(2022, 5, 3)) == 0
