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
    (``June 2019`` is 2019-06-01) so entries still sort sensibly; ``precision`` says how far
    to trust it, and ``resolution`` (day, month or year) what unit the text named, so that
    ``c. 2018`` is shown and scoped as a year, not as 1 January.
    """

    date: dt.date | None
    time: dt.time | None
    precision: Precision
    resolution: Precision = Precision.DAY

    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day the stated date could mean (``None`` when undated)."""
        if self.date is None:
            return None
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

_ISO = re.compile(rf"^(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME_TAIL}$")
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
_RANGE_SPLIT = re.compile(r"\s+(?:-|to|until)\s+")

# Words that make a stated date approximate; stripped before the date itself is read.
_APPROX_PREFIX = re.compile(
    r"^(?:\?+\s*|(?:c|ca|circa|approx|approximately|about|around|est|estimated|roughly"
    r"|early|mid|late|end of|beginning of|start of|before|after|by)\b\.?\s*(?:in\s+)?)",
)
_APPROX_SUFFIX = re.compile(r"(?:\s*\?+|\s*\(?\b(?:approx|approximately|estimated|est)\b\.?\)?)$")


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
            return ParsedDate(dt.date(int(m.group("y")), _SEASONS[m.group("season")], 1), None,
                              Precision.APPROXIMATE, Precision.MONTH)
    except ValueError:
        return None
    if (m := _YEAR.match(text)) and _YEAR_MIN <= int(m.group("y")) <= _YEAR_MAX:
        return ParsedDate(dt.date(int(m.group("y")), 1, 1), None, Precision.YEAR, Precision.YEAR)
    return None


@lru_cache(maxsize=65_536)
def parse_date_text(text: str, date1904: bool = False) -> ParsedDate:
    """Read a date written as text, UK day-first; :data:`UNDATED` when it cannot be read."""
    cleaned = " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split()).lower()
    if not cleaned:
        return UNDATED
    if _SERIAL.match(cleaned):
        return parse_serial(float(cleaned), date1904)
    approximate = False
    while True:
        stripped = _APPROX_SUFFIX.sub("", _APPROX_PREFIX.sub("", cleaned, count=1)).strip(" ,")
        if stripped == cleaned:
            break
        approximate, cleaned = True, stripped
    parsed = _exact(cleaned) or _partial(cleaned)
    if parsed is None and (parts := _RANGE_SPLIT.split(cleaned, maxsplit=1)) and len(parts) == 2:
        # "14/03/2019 - 20/03/2019": the start of a stated period, not a point in time.
        first = _exact(parts[0]) or _partial(parts[0])
        if first is not None:
            parsed, approximate = first, True
    if parsed is None:
        return UNDATED
    if approximate or parsed.precision is Precision.APPROXIMATE:
        return ParsedDate(parsed.date, parsed.time, Precision.APPROXIMATE, parsed.resolution)
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
_SHOWN_QUALIFIER = re.compile(r"^(early|mid|late|end of|beginning of|start of|before|after|by)"
                              r"\b[\s.-]*(?:in\s+)?", re.IGNORECASE)


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
    (approximate)"), a season or a qualifier stays as written ("Spring 2022", "late 2021"), and
    a stated period shows both ends. ``given`` is the text the agency wrote, where there was
    one. Empty when there is no date.
    """
    if parsed.date is None:
        return ""
    if parsed.precision is not Precision.APPROXIMATE:
        return _at_resolution(parsed)
    cleaned = " ".join(str(given).replace("\u2013", "-").replace("\u2014", "-").split())
    plain = _APPROX_SUFFIX.sub("", cleaned.lower()).strip(" ,")
    if (season := _SEASON_YEAR.match(_APPROX_PREFIX.sub("", plain, count=1).strip())):
        return f"{_SEASON_NAMES[season.group('season')]} {season.group('y')}"
    parts = _RANGE_SPLIT.split(plain, maxsplit=1)
    if len(parts) == 2:
        first, last = parse_date_text(parts[0]), parse_date_text(parts[1])
        if first.date is not None and last.date is not None:
            return f"{written_date(first, parts[0])} to {written_date(last, parts[1])}"
    if qualifier := _SHOWN_QUALIFIER.match(plain):
        return f"{qualifier.group(1)} {_at_resolution(parsed)}"
    return f"{_at_resolution(parsed)} (approximate)"
