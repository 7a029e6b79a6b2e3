"""The tool's own settings, kept as YAML beside this module so they can be read and changed
without touching code (column synonyms, flag thresholds)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).parent
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[\W_]+")
# Where a camelCase or PascalCase name starts a new word: contactDate, EventDetails, IMRComments.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def normalise_header(text: object) -> str:
    """A header reduced to lower-case words, the same for every way systems write it.

    ``'Date (dd/mm/yyyy):'`` is ``'date'``; ``contact_date``, ``contactDate``, ``CONTACT DATE``
    and ``Contact-Date`` are all ``'contact date'``; ``Date/Time`` is ``'date time'``.
    """
    cleaned = _CAMEL.sub(" ", _BRACKETS.sub(" ", str(text))).replace("&", " and ")
    return " ".join(_NON_WORD.sub(" ", cleaned.casefold()).split())


@dataclass(frozen=True)
class FlagSettings:
    """Thresholds for the merge's flags."""

    duplicate_similarity: float
    duplicate_min_length: int
    header_search_rows: int


@cache
def column_synonyms() -> dict[str, str]:
    """Normalised header -> canonical column, from ``column_synonyms.yaml``."""
    raw = yaml.safe_load((_HERE / "column_synonyms.yaml").read_text(encoding="utf-8"))
    return {normalise_header(h): canonical for canonical, headers in raw.items() for h in headers}


@cache
def flag_settings() -> FlagSettings:
    """Flag thresholds from ``flags.yaml``."""
    raw = yaml.safe_load((_HERE / "flags.yaml").read_text(encoding="utf-8"))
    return FlagSettings(
        duplicate_similarity=float(raw["possible_duplicate"]["similarity"]),
        duplicate_min_length=int(raw["possible_duplicate"]["min_length"]),
        header_search_rows=int(raw["header_search_rows"]),
    )
