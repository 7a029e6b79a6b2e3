"""Dates as agencies write them, read the UK way (day first).

Agency chronologies mix real Excel dates, serial numbers that lost their format, and free text
such as ``3rd March 2019``, ``14.03.19``, ``June 2019`` or ``c. 2017``. Each value becomes a
:class:`ParsedDate` with a precision, so a month-only or approximate entry can be sorted and
flagged without pretending to be exact. Nothing is ever resolved against today's date: a word
such as ``yesterday`` has no date we can know, so it stays undated with its text kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class Precision(StrEnum):
    """How much of a date the record actually states."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a record; ``date`` is ``None`` when it could not be understood.

    For month, year and approximate precision ``date`` is the first day the text allows
    (``June 2019`` is 2019-06-01, ``late 2021`` 2021-09-01) so entries still sort sensibly;
    ``precision`` says how far to trust it, and ``resolution`` (day, month or year) what unit
    the text named, so that ``c. 2018`` is shown and scoped as a year, not as 1 January.
    ``end`` is the last day the text allows when it is not the end of that unit: a stated
    period (``6-7 Dec 2021``), a week (``w/c 06/12/2021``), a season (``Spring 2022`` runs to
    31 May) or part of a month or year (``late 2021`` is September to December).
    """

    date: dt.date | None
    time: dt.time | None
    precision: Precision
    resolution: Precision = Precision.DAY
    end: dt.date | None = None

    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day the stated date could mean (``None`` when undated).

        The scoping check uses it: a date is outside the scoping period only if all of it is.
        """
        if self.date is None:
            return None
        if self.end is not None:
            return self.date, self.end
        if self.resolution is Precision.MONTH:
            return self.date, _month_end(self.date)
        if self.resolution is Precision.YEAR:
            return self.date, dt.date(self.date.year, 12, 31)
        return self.date, self.date


UNDATED = ParsedDate(None, None, Precision.UNKNOWN)

_EXCEL_1900_BASE = dt.datetime(1899, 12, 30)
_EXCEL_1904_BASE = dt.datetime(1904, 1, 1)
_SERIAL_MIN, _SERIAL_MAX = 10_000, 2_958_465  # 1927-05-18 .. 9999-12-31
_YEAR_MIN, _YEAR_MAX = 1900, 2100

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?"
_TIME_RE = (
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?\s*(?:hrs?)?"
    r"|(?P<h2>\d{1,2})\s*(?P<ampm2>am|pm)"
    r"|(?P<hhmm>\d{4})\s*(?:hrs?|hours)"
)
_TIME_TAIL = rf"(?:[\st,]+(?:at\s+)?(?P<time>{_TIME_RE}))?"

_ISO = re.compile(  # 2019-03-05, and year-first with slashes or dots: 2021/12/06
    rf"^(?P<y>\d{{4}})(?P<sep>[-/.])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_TIME_TAIL}$")
_NUMERIC = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<d>\d{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<mo>\d{{1,2}})\s*(?P=sep)\s*"
    rf"(?P<y>\d{{4}}|\d{{2}}){_TIME_TAIL}$"
)
_NAMED = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/]*"
    rf"(?P<mon>{_MONTH_RE})\.?,?[\s\-/]+(?P<y>\d{{4}}|\d{{2}}){_TIME_TAIL}$"
)
_NAMED_MONTH_FIRST = re.compile(
    rf"^(?:{_WEEKDAY_RE},?\s+)?(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y>\d{{4}}){_TIME_TAIL}$"
)
_MONTH_YEAR = re.compile(rf"^(?P<mon>{_MONTH_RE})\.?[\s\-/,]+(?P<y>\d{{4}}|\d{{2}})$")
_NUMERIC_MONTH_YEAR = re.compile(r"^(?P<mo>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})$")
_SEASON_YEAR = re.compile(
    r"^(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>\d{4})$")
_YEAR = re.compile(r"^(?P<y>\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_TIME_ONLY = re.compile(rf"^(?:{_TIME_RE})$")
# Where a stated period splits in two: "14/03/2019 - 20/03/2019", "6-7 Dec 2021", "March to
# May 2019". Tried at each place in turn, only when the whole text is not a date.
_RANGE_SEPARATOR = re.compile(r"\s*-\s*|\s+(?:to|until|till|and)\s+")
_RANGE_START = re.compile(r"^(?:between|from)\s+")
_SEASON_END = {"spring": (5, 0), "summer": (8, 0), "autumn": (11, 0), "fall": (11, 0),
               "winter": (2, 1)}  # (last month, years on): winter 2021 runs to February 2022

# Words that make a stated date approximate; stripped before the date itself is read.
_APPROX_PREFIX = re.compile(
    r"^(?:\?+\s*|(?:c|ca|circa|approx|approximately|about|around|est|estimated|roughly"
    r"|before|after|by)\b\.?\s*(?:in\s+)?)",
)
_APPROX_SUFFIX = re.compile(r"(?:\s*\?+|\s*\(?\b(?:approx|approximately|estimated|est)\b\.?\)?)$")
# Part of a month or year: approximate, and only that third of it ("late 2021", "mid-March").
_PART_PREFIX = re.compile(
    r"^(?:(?P<early>early|(?:the\s+)?(?:beginning|start)\s+of)"
    r"|(?P<mid>mid|(?:the\s+)?middle\s+of)"
    r"|(?P<late>late|(?:towards\s+)?(?:the\s+)?end\s+of))(?![a-z])[\s.\-]*(?:in\s+)?")
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}  # thirds of a year
_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # thirds of a month
# A week named by its first or last day: "w/c 06/12/2021", "week ending 12 December 2021".
_WEEK_PREFIX = re.compile(
    r"^(?:(?P<commencing>w\s*/\s*[cb]|w\.[cb]\.|wc|wb|wk\s+comm?\.?|week\s+(?:commencing"
    r"|beginning|starting|of))|(?P<ending>w\s*/\s*e|w\.e\.|week\s+ending))(?![a-z])\.?:?\s*")


def _month_end(day: dt.date) -> dt.date:
    nxt = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _year(text: str) -> int:
    """Four-digit years as given; two-digit years the way Excel reads them (00-29 -> 2000s)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


def _time_from_match(m: re.Match[str]) -> dt.time | None:
    if m.group("hhmm"):
        hour, minute, second, ampm = int(m.group("hhmm")[:2]), int(m.group("hhmm")[2:]), 0, None
    elif m.group("h2"):
        hour, minute, second, ampm = int(m.group("h2")), 0, 0, m.group("ampm2")
    else:
        hour, minute = int(m.group("h")), int(m.group("m"))
        second, ampm = int(m.group("s") or 0), m.group("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        return None


def _embedded_time(m: re.Match[str]) -> dt.time | bool | None:
    """The time written after a date, ``None`` if none, ``False`` if present but impossible."""
    if not m.group("time"):
        return None
    found = _TIME_ONLY.match(m.group("time"))
    parsed = _time_from_match(found) if found else None
    return parsed if parsed is not None else False


def _exact(text: str) -> ParsedDate | None:
    """A date (and maybe time) stated to the day, or ``None``."""
    for pattern in (_ISO, _NUMERIC, _NAMED, _NAMED_MONTH_FIRST):
        m = pattern.match(text)
        if not m:
            continue
        month = int(m.group("mo")) if "mo" in m.groupdict() else _MONTHS[m.group("mon")]
        try:
            day = dt.date(_year(m.group("y")), month, int(m.group("d")))
        except ValueError:
            return None
        when = _embedded_time(m)
        if when is False:
            return None
        return ParsedDate(day, when or None, Precision.DAY)
    return None


def _partial(text: str) -> ParsedDate | None:
    """A month, season or year without a day, or ``None``."""
    try:
        if m := _MONTH_YEAR.match(text):
            return ParsedDate(dt.date(_year(m.group("y")), _MONTHS[m.group("mon")], 1), None,
                              Precision.MONTH, Precision.MONTH)
        if m := _NUMERIC_MONTH_YEAR.match(text):
            return ParsedDate(dt.date(int(m.group("y")), int(m.group("mo")), 1), None,
                              Precision.MONTH, Precision.MONTH)
        if m := _SEASON_YEAR.match(text):
            year, season = int(m.group("y")), m.group("season")
            last_month, years_on = _SEASON_END[season]
            end = _month_end(dt.date(year + years_on, last_month, 1))
            return ParsedDate(dt.date(year, _SEASONS[season], 1), None,
                              Precision.APPROXIMATE, Precision.MONTH, end)
    except ValueError:
        return None
    if (m := _YEAR.match(text)) and _YEAR_MIN <= int(m.group("y")) <= _YEAR_MAX:
        return ParsedDate(dt.date(int(m.group("y")), 1, 1), None, Precision.YEAR, Precision.YEAR)
    return None


def _last_day(parsed: ParsedDate) -> dt.date:
    span = parsed.span()
    assert span is not None
    return span[1]


def _borrowing(left: str, right: str) -> list[str]:
    """Ways to read the first half of a period that leaves out what the second half says:
    ``6`` of ``6-7 dec 2021`` is ``6 dec 2021``; ``06/12`` of ``06/12 - 07/12/2021`` is
    ``06/12/2021``."""
    words = right.split()
    ways = [left, *(f"{left} {' '.join(words[-k:])}" for k in range(1, len(words)))]
    numeric = re.match(r"^\d{1,2}(?P<sep>[/.])\d{1,2}$", left)
    if numeric and (whole := _NUMERIC.match(right)) and whole.group("sep") == numeric["sep"]:
        ways.append(f"{left}{numeric['sep']}{whole.group('y')}")
    return ways


def _split_range(text: str) -> tuple[str, str] | None:
    """The two halves of a stated period, each readable as a date on its own (the first with
    what it borrows from the second), or ``None``: ``6-7 dec 2021`` is ``6 dec 2021`` and
    ``7 dec 2021``."""
    text = _RANGE_START.sub("", text, count=1)
    for separator in _RANGE_SEPARATOR.finditer(text):
        left, right = text[:separator.start()].strip(), text[separator.end():].strip()
        if not left or not right or (_exact(right) or _partial(right)) is None:
            continue
        for way in _borrowing(left, right):
            if (_exact(way) or _partial(way)) is not None:
                return way, right
    return None


def _week(parsed: ParsedDate, ending: bool) -> ParsedDate:
    """The seven days of a week named by its first (or, ``ending``, its last) day."""
    if parsed.resolution is not Precision.DAY or parsed.date is None or parsed.end is not None:
        return parsed
    if ending:
        return ParsedDate(parsed.date - dt.timedelta(days=6), None, parsed.precision,
                          Precision.DAY, parsed.date)
    return ParsedDate(parsed.date, None, parsed.precision, Precision.DAY,
                      parsed.date + dt.timedelta(days=6))


def _part(parsed: ParsedDate, part: str) -> ParsedDate:
    """The early, middle or late third of a month or a year (``late 2021`` is September to
    December 2021, sorted at 1 September): never its first day."""
    day = parsed.date
    if day is None or parsed.end is not None or parsed.resolution is Precision.DAY:
        return parsed  # a day, a season or a period: the qualifier adds only "approximate"
    if parsed.resolution is Precision.YEAR:
        first, last = _PART_MONTHS[part]
        return ParsedDate(dt.date(day.year, first, 1), None, parsed.precision, Precision.YEAR,
                          _month_end(dt.date(day.year, last, 1)))
    first, last = _PART_DAYS[part]
    end = _month_end(day) if part == "late" else day.replace(day=last)
    return ParsedDate(day.replace(day=first), None, parsed.precision, Precision.MONTH, end)


def _left_of_range(text: str) -> ParsedDate | None:
    """A period whose end cannot be read ("06/12/2021 to date", "late dec 2021 - early jan
    2022") starts where its readable beginning says; "06/12/2021 10:00 - 11:00" is that day
    and time, and the rest an approximate start."""
    text = _RANGE_START.sub("", text, count=1)
    for separator in reversed(list(_RANGE_SEPARATOR.finditer(text))):
        left, right = text[:separator.start()].strip(), text[separator.end():].strip()
        if not (_TIME_ONLY.match(right) or re.search("[a-z]", right)):
            continue  # "2021-22" is no date and an end: it stays undated
        if left and (found := _exact(left) or _partial(left)) is not None:
            if _TIME_ONLY.match(right) and found.time is not None:
                return found
            return ParsedDate(found.date, found.time, Precision.APPROXIMATE, found.resolution,
                              found.end)
    return None


def _read(text: str) -> ParsedDate | None:
    """A date, a month, a season, a year or a stated period, without qualifiers."""
    if (parsed := _exact(text) or _partial(text)) is not None:
        return parsed
    if (halves := _split_range(text)) is None:
        return _left_of_range(text)
    first = _exact(halves[0]) or _partial(halves[0])
    last = _exact(halves[1]) or _partial(halves[1])
    assert first is not None and last is not None and first.date and last.date
    if last.date < first.date:  # written the wrong way round: still the period between them
        first, last = last, first
    # the start of a stated period, not a point in time; scoped over the whole of it
    return ParsedDate(first.date, first.time, Precision.APPROXIMATE, first.resolution,
                      max(_last_day(first), _last_day(last)))


@lru_cache(maxsize=65_536)
def parse_date_text(text: str, date1904: bool = False) -> ParsedDate:
    """Read a date written as text, UK day-first; :data:`UNDATED` when it cannot be read."""
    cleaned = " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split()).lower()
    if not cleaned:
        return UNDATED
    if _SERIAL.match(cleaned):
        return parse_serial(float(cleaned), date1904)
    approximate, part, week = False, "", ""
    while True:
        stripped = cleaned
        if not part and (m := _PART_PREFIX.match(stripped)):
            part = next(name for name in _PART_MONTHS if m.group(name))
            stripped = stripped[m.end():]
        elif not week and (m := _WEEK_PREFIX.match(stripped)):
            week = "ending" if m.group("ending") else "commencing"
            stripped = stripped[m.end():]
        stripped = _APPROX_SUFFIX.sub("", _APPROX_PREFIX.sub("", stripped, count=1)).strip(" ,")
        if stripped == cleaned:
            break
        approximate, cleaned = True, stripped
    parsed = _read(cleaned)
    if parsed is None:
        return UNDATED
    if week:
        parsed = _week(parsed, ending=week == "ending")
    if part:
        parsed = _part(parsed, part)
    if approximate or parsed.precision is Precision.APPROXIMATE:
        return ParsedDate(parsed.date, parsed.time, Precision.APPROXIMATE, parsed.resolution,
                          parsed.end)
    return parsed


def parse_serial(serial: float, date1904: bool = False) -> ParsedDate:
    """An Excel serial number stored as a plain number (1900 or 1904 date system)."""
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        return UNDATED
    base = _EXCEL_1904_BASE if date1904 else _EXCEL_1900_BASE
    moment = base + dt.timedelta(days=serial)
    moment = moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))
    when = moment.time() if moment.time() != dt.time(0) else None
    return ParsedDate(moment.date(), when, Precision.DAY)


def parse_date(value: object, date1904: bool = False) -> ParsedDate:
    """Read a date cell of any type: a real date, a serial number, a year, or text."""
    if value is None:
        return UNDATED
    if isinstance(value, dt.datetime):
        when = value.time().replace(microsecond=0)
        return ParsedDate(value.date(), when if when != dt.time(0) else None, Precision.DAY)
    if isinstance(value, dt.date):
        return ParsedDate(value, None, Precision.DAY)
    if isinstance(value, bool):
        return UNDATED
    if isinstance(value, int | float):
        if float(value).is_integer() and _YEAR_MIN <= value <= _YEAR_MAX:
            return ParsedDate(dt.date(int(value), 1, 1), None, Precision.YEAR, Precision.YEAR)
        return parse_serial(float(value), date1904)
    if isinstance(value, str):
        return parse_date_text(value, date1904)
    return UNDATED


@lru_cache(maxsize=4_096)
def _parse_time_text(text: str) -> dt.time | None:
    cleaned = " ".join(text.split()).lower().rstrip(".")
    if m := _TIME_ONLY.match(cleaned):
        return _time_from_match(m)
    if cleaned.isdigit() and len(cleaned) in (3, 4):  # 2215, 915
        hour, minute = divmod(int(cleaned), 100)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    return None


def parse_time(value: object) -> dt.time | None:
    """Read a time kept in its own column; ``None`` when blank or not a time."""
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        if 0 <= seconds < 86_400:
            return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and 0 <= value < 1:
        seconds = round(value * 86_400)
        return dt.time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    if isinstance(value, int | float) and float(value).is_integer():
        return _parse_time_text(str(int(value)))
    if isinstance(value, str):
        return _parse_time_text(value)
    return None


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # never the machine's locale
_SEASON_NAMES = {"spring": "Spring", "summer": "Summer", "autumn": "Autumn", "fall": "Autumn",
                 "winter": "Winter"}
# Qualifiers a reader should see as the agency wrote them ("late 2021", not "2021").
_SHOWN_QUALIFIER = re.compile(
    r"^(early|mid|late|(?:the )?(?:end|beginning|start|middle) of|towards the end of|before|after"
    r"|by)(?![a-z])[\s.-]*(?:in\s+)?", re.IGNORECASE)


def long_date(day: dt.date) -> str:
    """``14 February 2022``: the UK long form reports use."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _at_resolution(parsed: ParsedDate) -> str:
    day = parsed.date
    assert day is not None
    if parsed.resolution is Precision.YEAR:
        return str(day.year)
    if parsed.resolution is Precision.MONTH:
        return f"{_MONTH_NAMES[day.month - 1]} {day.year}"
    return long_date(day)


def written_date(parsed: ParsedDate, given: str = "") -> str:
    """A date as a public report should show it: no more precise than the record.

    ``June 2020`` stays a month and ``2018`` a year; an approximate date says so ("June 2020
    (approximate)"), a season, a week or a qualifier stays as written ("Spring 2022", "week
    commencing 6 December 2021", "late 2021"), and a stated period shows both ends ("6 December
    2021 to 7 December 2021"). ``given`` is the text the agency wrote, where there was one.
    Empty when there is no date.
    """
    if parsed.date is None:
        return ""
    if parsed.precision is not Precision.APPROXIMATE:
        return _at_resolution(parsed)
    cleaned = " ".join(str(given).replace("\u2013", "-").replace("\u2014", "-").split())
    plain = _APPROX_SUFFIX.sub("", cleaned.lower()).strip(" ,")
    if (season := _SEASON_YEAR.match(_APPROX_PREFIX.sub("", plain, count=1).strip())):
        return f"{_SEASON_NAMES[season.group('season')]} {season.group('y')}"
    if (week := _WEEK_PREFIX.match(plain)) and parsed.end is not None:
        if week.group("ending"):
            return f"week ending {long_date(parsed.end)}"
        return f"week commencing {long_date(parsed.date)}"
    if (halves := _split_range(_APPROX_PREFIX.sub("", plain, count=1).strip())) is not None:
        first, last = parse_date_text(halves[0]), parse_date_text(halves[1])
        if first.date is not None and last.date is not None:
            return f"{written_date(first, halves[0])} to {written_date(last, halves[1])}"
    if qualifier := (_SHOWN_QUALIFIER.match(plain)
                     or _SHOWN_QUALIFIER.match(_APPROX_PREFIX.sub("", plain, count=1))):
        return f"{qualifier.group(1)} {_at_resolution(parsed)}"
    return f"{_at_resolution(parsed)} (approximate)"
