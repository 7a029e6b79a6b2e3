"""Reading one value of case.yaml: the same rule, and the same message, wherever it is read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pipeline.dates import Precision, parse_date
from pipeline.errors import ConfigError


def required_date(value: Any, where: str) -> dt.date:
    """An exact date (YYYY-MM-DD, or a date YAML already read); an error naming ``where``."""
    parsed = parse_date(value)
    if parsed.date is None or parsed.precision is not Precision.DAY:
        raise ConfigError(f"case.yaml: {where} is not a date; write it as YYYY-MM-DD.")
    return parsed.date


def optional_date(value: Any, where: str) -> dt.date | None:
    """:func:`required_date`, or ``None`` when the value is left out or empty."""
    return None if value in (None, "") else required_date(value, where)
