"""``case.yaml``: what a review is and where its agencies' records are.

Validated once into frozen dataclasses so every stage can trust it; a mistake names the field
(``agencies[3].chronology``) and says what to do. Optional sections that later stages read
(panel, recommendations, …) are kept in :attr:`CaseConfig.extra` untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.config.publication import Publication, parse_publication, parse_review_type
from pipeline.dates import Precision, parse_date
from pipeline.errors import ConfigError

CANONICAL_COLUMNS = ("Date", "Time", "Subject", "Event", "Action", "Comment", "Source")
_AGENCY_KEYS = {"name", "chronology", "imr", "columns", "sheets", "no_imr_reason", "actions"}
_REQUIRED = ("case_id", "title", "scoping_period", "agencies")


@dataclass(frozen=True)
class AgencyConfig:
    """One agency of the review and the files it sent."""

    name: str
    chronology: Path
    imr: Path | None = None
    columns: dict[str, str] = field(default_factory=dict)
    sheets: tuple[str, ...] | None = None
    no_imr_reason: str | None = None
    actions: tuple[dict, ...] = ()  # target dates and outcomes for the IMR's recommendations


@dataclass(frozen=True)
class CaseConfig:
    """A validated ``case.yaml``; paths are absolute, resolved against the case folder."""

    root: Path
    case_id: str
    title: str
    scoping_start: dt.date
    scoping_end: dt.date
    agencies: tuple[AgencyConfig, ...]
    csp: str = ""
    date_of_death: dt.date | None = None
    pseudonym_map: Path | None = None
    review_type: str = "dhr"  # dhr or dardr (Victims and Prisoners Act 2024, s.19)
    publication: Publication = field(default_factory=Publication)
    extra: dict[str, Any] = field(default_factory=dict)


def _date(value: Any, where: str) -> dt.date:
    parsed = parse_date(value)
    if parsed.date is None or parsed.precision is not Precision.DAY:
        raise ConfigError(f"case.yaml: {where} is not a date; write it as YYYY-MM-DD.")
    return parsed.date


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str | int | float) or not str(value).strip():
        raise ConfigError(f"case.yaml: {where} must be a non-empty text value.")
    return str(value).strip()


def _agency(raw: Any, index: int, root: Path) -> AgencyConfig:
    where = f"agencies[{index}]"
    if not isinstance(raw, dict):
        raise ConfigError(
            f"case.yaml: {where} must be a mapping with at least name and chronology.")
    unknown = sorted(set(raw) - _AGENCY_KEYS)
    if unknown:
        raise ConfigError(
            f"case.yaml: {where} has unknown key(s) {', '.join(map(str, unknown))}; "
            f"allowed keys are {', '.join(sorted(_AGENCY_KEYS))}."
        )
    for key in ("name", "chronology"):
        if key not in raw:
            raise ConfigError(f"case.yaml: {where}.{key} is missing.")
    columns_raw = raw.get("columns") or {}
    if not isinstance(columns_raw, dict):
        raise ConfigError(f"case.yaml: {where}.columns must map column names to headers.")
    columns: dict[str, str] = {}
    for canonical, header in columns_raw.items():
        match = next((c for c in CANONICAL_COLUMNS if c.lower() == str(canonical).lower()), None)
        if match is None:
            raise ConfigError(
                f"case.yaml: {where}.columns has unknown column '{canonical}'; "
                f"use one of {', '.join(CANONICAL_COLUMNS)}."
            )
        columns[match] = _text(header, f"{where}.columns.{canonical}")
    sheets = raw.get("sheets")
    if sheets is not None and (
        not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets)
    ):
        raise ConfigError(f"case.yaml: {where}.sheets must be a list of sheet names.")
    imr = raw.get("imr")
    actions = raw.get("actions") or []
    if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
        raise ConfigError(f"case.yaml: {where}.actions must be a list of mappings (one per IMR "
                          "recommendation: target_date, outcome, milestones, completed).")
    return AgencyConfig(
        name=_text(raw["name"], f"{where}.name"),
        chronology=root / _text(raw["chronology"], f"{where}.chronology"),
        imr=root / _text(imr, f"{where}.imr") if imr else None,
        columns=columns,
        sheets=tuple(sheets) if sheets is not None else None,
        no_imr_reason=raw.get("no_imr_reason"),
        actions=tuple(actions),
    )


def load_case(case_dir: Path) -> CaseConfig:
    """Read and validate ``CASE_DIR/case.yaml``."""
    case_dir = Path(case_dir)
    if not case_dir.is_dir():
        raise ConfigError(f"{case_dir}: no such case folder; give the folder that holds case.yaml.")
    path = case_dir / "case.yaml"
    if not path.is_file():
        raise ConfigError(f"{path}: not found; every case folder needs a case.yaml (see README).")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        at = f" near line {line + 1}" if line is not None else ""
        raise ConfigError(f"{path}: not valid YAML{at}; check the indentation and quotes.") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: must be a YAML mapping of keys such as case_id and agencies.")
    for key in _REQUIRED:
        if key not in raw or raw[key] in (None, "", []):
            raise ConfigError(f"case.yaml: {key} is missing.")
    period = raw["scoping_period"]
    if not isinstance(period, dict) or not {"start", "end"} <= set(period):
        raise ConfigError("case.yaml: scoping_period needs start and end dates.")
    start = _date(period["start"], "scoping_period.start")
    end = _date(period["end"], "scoping_period.end")
    if end < start:
        raise ConfigError("case.yaml: scoping_period.end is before scoping_period.start.")
    if not isinstance(raw["agencies"], list):
        raise ConfigError("case.yaml: agencies must be a list.")
    root = case_dir.resolve()
    agencies = tuple(_agency(a, i, root) for i, a in enumerate(raw["agencies"], start=1))
    names = [a.name.casefold() for a in agencies]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise ConfigError(f"case.yaml: agency '{dupes[0]}' is listed more than once.")
    death = raw.get("date_of_death")
    pmap = raw.get("pseudonym_map")
    known = {*_REQUIRED, "csp", "date_of_death", "pseudonym_map", "review_type", "publication"}
    return CaseConfig(
        root=root,
        case_id=_text(raw["case_id"], "case_id"),
        title=_text(raw["title"], "title"),
        scoping_start=start,
        scoping_end=end,
        agencies=agencies,
        csp=str(raw.get("csp") or ""),
        date_of_death=_date(death, "date_of_death") if death else None,
        pseudonym_map=(root / _text(pmap, "pseudonym_map")).resolve() if pmap else None,
        review_type=parse_review_type(raw.get("review_type")),
        publication=parse_publication(raw.get("publication")),
        extra={k: v for k, v in raw.items() if k not in known},
    )
