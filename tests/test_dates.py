"""Dates as agencies write them, always read day-first."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import Precision, parse_date, parse_date_text, parse_time

D, M, Y, A, U = (Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.APPROXIMATE,
                 Precision.UNKNOWN)


@pytest.mark.parametrize(("text", "date", "time", "precision"), [
    ("14/03/2019", dt.date(2019, 3, 14), None, D),
    ("4/3/2019", dt.date(2019, 3, 4), None, D),  # day first, never 3 April
    ("14.03.19", dt.date(2019, 3, 14), None, D),
    ("14-03-2019", dt.date(2019, 3, 14), None, D),
    ("05/11/20", dt.date(2020, 11, 5), None, D),
    ("3rd March 2019", dt.date(2019, 3, 3), None, D),
    ("3 March 2019", dt.date(2019, 3, 3), None, D),
    ("22nd of May 2019", dt.date(2019, 5, 22), None, D),
    ("12-Mar-2019", dt.date(2019, 3, 12), None, D),
    ("12 Sept 2019", dt.date(2019, 9, 12), None, D),
    ("Tuesday 9 April 2019", dt.date(2019, 4, 9), None, D),
    ("March 3, 2019", dt.date(2019, 3, 3), None, D),
    ("2019-03-05", dt.date(2019, 3, 5), None, D),
    ("2019-03-05T22:15", dt.date(2019, 3, 5), dt.time(22, 15), D),
    ("14/03/2019 22:15", dt.date(2019, 3, 14), dt.time(22, 15), D),
    ("14/03/2019 10.15pm", dt.date(2019, 3, 14), dt.time(22, 15), D),
    ("14/03/2019 2215hrs", dt.date(2019, 3, 14), dt.time(22, 15), D),
    ("June 2019", dt.date(2019, 6, 1), None, M),
    ("Jun-19", dt.date(2019, 6, 1), None, M),
    ("06/2019", dt.date(2019, 6, 1), None, M),
    ("2018", dt.date(2018, 1, 1), None, Y),
    ("Spring 2018", dt.date(2018, 3, 1), None, A),
    ("summer of 2020", dt.date(2020, 6, 1), None, A),
    ("c. 2017", dt.date(2017, 1, 1), None, A),
    ("circa 2017", dt.date(2017, 1, 1), None, A),
    ("approx June 2019", dt.date(2019, 6, 1), None, A),
    ("approx. 14/03/2019", dt.date(2019, 3, 14), None, A),
    ("?14/03/2019", dt.date(2019, 3, 14), None, A),
    ("?03/2021", dt.date(2021, 3, 1), None, A),
    ("14/03/2019?", dt.date(2019, 3, 14), None, A),
    ("late 2018", dt.date(2018, 9, 1), None, A),  # the last third of the year, never 1 January
    ("14/03/2019 - 20/03/2019", dt.date(2019, 3, 14), None, A),
    ("43538", dt.date(2019, 3, 14), None, D),  # a serial number that became text
    ("unknown", None, None, U),
    ("n/k", None, None, U),
    ("", None, None, U),
    ("yesterday", None, None, U),  # never resolved against today
    ("last week", None, None, U),
    ("31/02/2019", None, None, U),
    ("14/13/2019", None, None, U),
    ("14/03/2019 25:70", None, None, U),
])
def test_text_dates(text: str, date: dt.date | None, time: dt.time | None,
                    precision: Precision) -> None:
    parsed = parse_date(text)
    assert (parsed.date, parsed.time, parsed.precision) == (date, time, precision)


@pytest.mark.parametrize(("value", "date1904", "date", "time", "precision"), [
    (dt.datetime(2019, 3, 14, 0, 0), False, dt.date(2019, 3, 14), None, D),
    (dt.datetime(2019, 3, 14, 22, 15), False, dt.date(2019, 3, 14), dt.time(22, 15), D),
    (dt.date(2019, 3, 14), False, dt.date(2019, 3, 14), None, D),
    (43538, False, dt.date(2019, 3, 14), None, D),  # Excel 1900 system
    (43538.0, False, dt.date(2019, 3, 14), None, D),
    (43538.75, False, dt.date(2019, 3, 14), dt.time(18, 0), D),
    (42076, True, dt.date(2019, 3, 14), None, D),  # Excel 1904 system
    (2018, False, dt.date(2018, 1, 1), None, Y),  # a year typed as a number
    (12, False, None, None, U),
    (True, False, None, None, U),
    (None, False, None, None, U),
])
def test_cell_values(value: object, date1904: bool, date: dt.date | None,
                     time: dt.time | None, precision: Precision) -> None:
    parsed = parse_date(value, date1904)
    assert (parsed.date, parsed.time, parsed.precision) == (date, time, precision)


@pytest.mark.parametrize(("value", "expected"), [
    ("22:15", dt.time(22, 15)),
    ("22.15", dt.time(22, 15)),
    ("2215", dt.time(22, 15)),
    ("2215hrs", dt.time(22, 15)),
    ("10:15pm", dt.time(22, 15)),
    ("9am", dt.time(9, 0)),
    ("12:00 am", dt.time(0, 0)),
    (dt.time(7, 5), dt.time(7, 5)),
    (0.5, dt.time(12, 0)),
    (dt.timedelta(hours=3, minutes=30), dt.time(3, 30)),
    (915, dt.time(9, 15)),
    ("", None),
    ("evening", None),
    ("25:00", None),
])
def test_times_in_their_own_column(value: object, expected: dt.time | None) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    ("June 2019", dt.date(2019, 6, 1), dt.date(2019, 6, 30)),
    ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
    ("c. 2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),  # a year, even if approximate
    ("14/03/2019", dt.date(2019, 3, 14), dt.date(2019, 3, 14)),
])
def test_span_follows_the_unit_the_text_named(text: str, start: dt.date, end: dt.date) -> None:
    assert parse_date(text).span() == (start, end)


@pytest.mark.parametrize(("given", "shown"), [
    ("14/02/2022", "14 February 2022"),
    ("June 2019", "June 2019"),
    ("06/2019", "June 2019"),
    ("2018", "2018"),
    ("?June 2020", "June 2020 (approximate)"),
    ("approx June 2019", "June 2019 (approximate)"),
    ("?14/03/2019", "14 March 2019 (approximate)"),
    ("c. 2017", "2017 (approximate)"),
    ("Spring 2022", "Spring 2022"),
    ("autumn of 2020", "Autumn 2020"),
    ("late 2021", "late 2021"),
    ("14/03/2019 - 20/03/2019", "14 March 2019 to 20 March 2019"),
    ("unknown", ""),
])
def test_a_date_is_written_no_more_precisely_than_it_was_given(given: str, shown: str) -> None:
    from pipeline.dates import written_date

    assert written_date(parse_date(given), given) == shown


# --- Weeks, parts of a year or month, periods and seasons: where they sort, what they span ---

@pytest.mark.parametrize(("text", "date", "precision", "resolution", "last"), [
    ("w/c 06/12/2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 12)),
    ("W/C 6th December 2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 12)),
    ("week commencing 06.12.21", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 12)),
    ("week ending 12/12/2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 12)),
    ("mid-2021", dt.date(2021, 5, 1), A, Y, dt.date(2021, 8, 31)),
    ("Mid 2021", dt.date(2021, 5, 1), A, Y, dt.date(2021, 8, 31)),
    ("early 2021", dt.date(2021, 1, 1), A, Y, dt.date(2021, 4, 30)),
    ("beginning of 2021", dt.date(2021, 1, 1), A, Y, dt.date(2021, 4, 30)),
    ("late 2021", dt.date(2021, 9, 1), A, Y, dt.date(2021, 12, 31)),
    ("the end of 2021", dt.date(2021, 9, 1), A, Y, dt.date(2021, 12, 31)),
    ("approx late 2021", dt.date(2021, 9, 1), A, Y, dt.date(2021, 12, 31)),
    ("end of March 2021", dt.date(2021, 3, 21), A, M, dt.date(2021, 3, 31)),
    ("mid-March 2021", dt.date(2021, 3, 11), A, M, dt.date(2021, 3, 20)),
    ("early Feb 2020", dt.date(2020, 2, 1), A, M, dt.date(2020, 2, 10)),
    ("late February 2020", dt.date(2020, 2, 21), A, M, dt.date(2020, 2, 29)),
    ("6-7 Dec 2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 7)),
    ("6–7 December 2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 7)),
    ("6th - 7th December 2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 7)),
    ("06/12/2021 - 07/12/2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 7)),
    ("06/12 - 07/12/2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 7)),
    ("between 6 and 7 December 2021", dt.date(2021, 12, 6), A, D, dt.date(2021, 12, 7)),
    ("30 Dec 2021 to 2 Jan 2022", dt.date(2021, 12, 30), A, D, dt.date(2022, 1, 2)),
    ("March - May 2019", dt.date(2019, 3, 1), A, M, dt.date(2019, 5, 31)),
    ("2019-2021", dt.date(2019, 1, 1), A, Y, dt.date(2021, 12, 31)),
    ("20/03/2019 - 14/03/2019", dt.date(2019, 3, 14), A, D, dt.date(2019, 3, 20)),  # reversed
    ("2021/12/06", dt.date(2021, 12, 6), D, D, dt.date(2021, 12, 6)),  # year first: 6 December
    ("2021.12.06", dt.date(2021, 12, 6), D, D, dt.date(2021, 12, 6)),
    ("Spring 2022", dt.date(2022, 3, 1), A, M, dt.date(2022, 5, 31)),
    ("summer 2020", dt.date(2020, 6, 1), A, M, dt.date(2020, 8, 31)),
    ("Autumn 2020", dt.date(2020, 9, 1), A, M, dt.date(2020, 11, 30)),
    ("Winter 2021", dt.date(2021, 12, 1), A, M, dt.date(2022, 2, 28)),
])
def test_vague_forms_sort_at_their_start_and_span_all_they_mean(
        text: str, date: dt.date, precision: Precision, resolution: Precision,
        last: dt.date) -> None:
    parsed = parse_date(text)
    assert (parsed.date, parsed.precision, parsed.resolution) == (date, precision, resolution)
    assert parsed.span() == (date, last)


@pytest.mark.parametrize("text", ["2021-22", "10:00-11:00", "14-03", "w/c", "late", "mid-",
                                  "6-7", "week ending soon"])
def test_things_that_only_look_like_periods_stay_undated(text: str) -> None:
    assert parse_date(text).date is None


def test_vague_forms_sort_in_the_order_they_mean() -> None:
    written = ["early 2021", "end of March 2021", "mid-2021", "June 2021", "late 2021",
               "6-7 Dec 2021", "w/c 13/12/2021", "2022"]
    assert sorted(written, key=lambda text: parse_date(text).date) == written
    assert parse_date("late 2021").date > parse_date("2021").date  # never 1 January


def _outside(text: str, start: dt.date, end: dt.date) -> bool:
    """The scoping check: outside only if the whole span is."""
    first, last = parse_date(text).span()
    return last < start or first > end


@pytest.mark.parametrize(("text", "start", "end", "outside"), [
    ("late 2021", dt.date(2021, 11, 1), dt.date(2022, 2, 14), False),
    ("late 2021", dt.date(2022, 1, 1), dt.date(2022, 2, 14), True),
    ("early 2021", dt.date(2021, 6, 1), dt.date(2022, 2, 14), True),
    ("mid-2021", dt.date(2021, 8, 1), dt.date(2022, 2, 14), False),
    ("w/c 06/12/2021", dt.date(2021, 12, 10), dt.date(2022, 2, 14), False),
    ("w/c 06/12/2021", dt.date(2021, 12, 13), dt.date(2022, 2, 14), True),
    ("6-7 Dec 2021", dt.date(2021, 12, 7), dt.date(2022, 2, 14), False),
    ("06/12/2021 - 07/12/2021", dt.date(2019, 1, 1), dt.date(2021, 12, 6), False),
    ("Spring 2022", dt.date(2019, 1, 1), dt.date(2022, 3, 1), False),
    ("Winter 2021", dt.date(2022, 2, 1), dt.date(2022, 12, 31), False),  # runs to February
    ("end of March 2021", dt.date(2021, 3, 25), dt.date(2022, 2, 14), False),
    ("end of March 2021", dt.date(2021, 4, 1), dt.date(2022, 2, 14), True),
])
def test_a_vague_date_is_outside_the_scope_only_if_all_of_it_is(
        text: str, start: dt.date, end: dt.date, outside: bool) -> None:
    assert _outside(text, start, end) is outside


@pytest.mark.parametrize(("given", "shown"), [
    ("w/c 06/12/2021", "week commencing 6 December 2021"),
    ("week ending 12/12/2021", "week ending 12 December 2021"),
    ("6-7 Dec 2021", "6 December 2021 to 7 December 2021"),
    ("06/12/2021 - 07/12/2021", "6 December 2021 to 7 December 2021"),
    ("March - May 2019", "March 2019 to May 2019"),
    ("mid-2021", "mid 2021"),
    ("end of March 2021", "end of March 2021"),
    ("approx late 2021", "late 2021"),
    ("2021/12/06", "6 December 2021"),
])
def test_new_forms_are_written_as_given(given: str, shown: str) -> None:
    from pipeline.dates import written_date

    assert written_date(parse_date(given), given) == shown


@pytest.mark.parametrize(("text", "day", "precision", "time"), [
    ("06/12/2021 10:00 - 11:00", dt.date(2021, 12, 6), Precision.DAY, dt.time(10, 0)),
    ("06/12/2021 to date", dt.date(2021, 12, 6), Precision.APPROXIMATE, None),
    ("late Dec 2021 - early Jan 2022", dt.date(2021, 12, 21), Precision.APPROXIMATE, None),
])
def test_a_period_whose_end_cannot_be_read_starts_at_its_beginning(
        text: str, day: dt.date, precision: Precision, time: dt.time | None) -> None:
    parsed = parse_date_text(text)
    assert (parsed.date, parsed.precision, parsed.time) == (day, precision, time)
