"""The context a report template receives, assembled from the case's own files.

Everything comes from somewhere the author or DHR Officer maintains: ``case.yaml`` (panel,
terms of reference, recommendations …), the merged chronology (contacts per agency, key
events), the IMRs (per-agency involvement, analysis, lessons, single-agency recommendations)
and the author's prose in ``narrative/``. Nothing is typed twice, so a regenerated draft is
always in step with its inputs. The keys are the contract in ``CONTEXT.md`` beside this file.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.config import CaseConfig
from pipeline.dates import Precision, parse_date
from pipeline.drafts.imr import ImrSections, read_imr
from pipeline.errors import DraftsError

MARKING = "OFFICIAL – SENSITIVE until publication"
NARRATIVE_SECTIONS = ("introduction", "background", "overview", "analysis", "conclusions",
                      "lessons", "key_issues")
SCOPES = ("local", "regional", "national")
REQUIRED_RECOMMENDATION = ("recommendation", "action", "lead_agency", "target_date", "outcome")
_DATE_FIELDS = ("date", "target_date", "completed")
_TEXT_FIELDS = ("victim", "condolences", "circumstances", "confidentiality", "methodology",
                "family_involvement", "friends_involvement")


@cache
def categories() -> tuple[str, ...]:
    """The Home Office recommendation categories (``recommendation_categories.yaml``)."""
    path = Path(__file__).parent.parent / "config" / "recommendation_categories.yaml"
    return tuple(yaml.safe_load(path.read_text(encoding="utf-8")))


def long_date(value: Any, where: str = "") -> str:
    """A date as a report writes it ("14 February 2022"); empty when not given."""
    if value in (None, ""):
        return ""
    parsed = parse_date(value)
    if parsed.date is None or parsed.precision is not Precision.DAY:
        raise DraftsError(f"case.yaml: {where} is not a date; write it as YYYY-MM-DD.")
    return f"{parsed.date.day} {parsed.date:%B %Y}"


def _text(raw: dict, key: str) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int | float):
        raise DraftsError(f"case.yaml: {key} must be text.")
    return str(value).strip()


def _record(item: Any, where: str, fields: tuple[str, ...]) -> dict[str, str]:
    """One mapping with the given fields (missing ones empty), e.g. the chair."""
    if not isinstance(item, dict):
        raise DraftsError(f"case.yaml: {where} must be a mapping with {', '.join(fields)}.")
    row = {}
    for name in fields:
        cell = item.get(name)
        if name in _DATE_FIELDS or isinstance(cell, dt.date):
            row[name] = long_date(cell, f"{where}.{name}")
        else:
            row[name] = "" if cell is None else str(cell).strip()
    return row


def _records(raw: dict, key: str, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """A list of mappings with the given fields (missing ones empty), e.g. the panel."""
    value = raw.get(key) or []
    if not isinstance(value, list):
        raise DraftsError(f"case.yaml: {key} must be a list.")
    return [_record(item, f"{key}[{index}]", fields) for index, item in enumerate(value, 1)]


def _texts(raw: dict, key: str) -> list[str]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DraftsError(f"case.yaml: {key} must be a list of text items.")
    return [v.strip() for v in value]


def recommendations(raw: dict) -> list[dict[str, str]]:
    """The review's recommendations with their SMART fields, checked."""
    rows = _records(raw, "recommendations", ("recommendation", "scope", "action", "lead_agency",
                                             "milestones", "target_date", "completed",
                                             "outcome", "category"))
    allowed = {c.casefold(): c for c in categories()}
    for number, row in enumerate(rows, start=1):
        where = f"case.yaml: recommendations[{number}]"
        for name in REQUIRED_RECOMMENDATION:
            if not row[name]:
                raise DraftsError(f"{where}.{name} is missing; every recommendation needs "
                                  f"{', '.join(REQUIRED_RECOMMENDATION)}.")
        if row["scope"] and row["scope"].casefold() not in SCOPES:
            raise DraftsError(f"{where}.scope must be local, regional or national.")
        if row["category"]:
            if row["category"].casefold() not in allowed:
                raise DraftsError(f"{where}.category '{row['category']}' is not a Home Office "
                                  f"category; use one of: {'; '.join(categories())}.")
            row["category"] = allowed[row["category"].casefold()]
        row["number"] = str(number)
    return rows


@dataclass
class ChronologySummary:
    """What the report needs from the merged chronology."""

    counts: Counter
    first: dict[str, dt.date]
    last: dict[str, dt.date]
    days: dict[str, list[dt.date]]
    key_rows: list[dict[str, str]]


def read_merged(path: Path) -> ChronologySummary:
    """Contacts per agency (first and last dates) and rows marked key, from the merged CSV."""
    counts: Counter = Counter()
    first: dict[str, dt.date] = {}
    last: dict[str, dt.date] = {}
    days: dict[str, list[dt.date]] = defaultdict(list)
    key_rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            agency = row["Agency"]
            counts[agency] += 1
            if row["Date"]:
                day = dt.date.fromisoformat(row["Date"])
                days[agency].append(day)
                first[agency] = min(first.get(agency, day), day)
                last[agency] = max(last.get(agency, day), day)
            marker = next((v for k, v in row.items() if k and k.casefold() in
                           ("key", "key event", "key event?")), "")
            if marker and marker.strip().casefold() in ("y", "yes", "key", "true", "1", "x"):
                key_rows.append(row)
    return ChronologySummary(counts, first, last, dict(days), key_rows)


def agency_context(case: CaseConfig, summary: ChronologySummary) -> tuple[list[dict], list[dict]]:
    """Per-agency facts from the IMRs and the chronology, and their single-agency actions."""
    agencies, actions = [], []
    for index, agency in enumerate(case.agencies, start=1):
        imr: ImrSections | None = read_imr(agency.imr, f"agencies[{index}].imr") if agency.imr \
            else None
        agencies.append({
            "name": agency.name, "contacts": summary.counts.get(agency.name, 0),
            "first": long_date(summary.first.get(agency.name)),
            "last": long_date(summary.last.get(agency.name)),
            "has_imr": imr is not None, "no_imr_reason": agency.no_imr_reason or "",
            "imr_author": imr.author if imr else "",
            **{key: imr.get(key) if imr else [] for key in
               ("involvement", "analysis", "good_practice", "lessons", "recommendations")},
        })
        details = agency.actions
        for number, text in enumerate(imr.get("recommendations") if imr else [], start=1):
            extra = details[number - 1] if number <= len(details) else {}
            actions.append({
                "number": f"{index}.{number}", "recommendation": text, "scope": "local",
                "action": str(extra.get("action") or text), "lead_agency": agency.name,
                "milestones": str(extra.get("milestones") or ""),
                "target_date": long_date(extra.get("target_date"),
                                         f"agencies[{index}].actions[{number}].target_date"),
                "completed": long_date(extra.get("completed"),
                                       f"agencies[{index}].actions[{number}].completed"),
                "outcome": str(extra.get("outcome") or ""), "category": "",
                "source": f"{agency.name} IMR",
            })
    return agencies, actions


def key_events(raw: dict, summary: ChronologySummary) -> list[dict[str, str]]:
    """Key events from case.yaml and from chronology rows marked key, in date order."""
    events = []
    for index, item in enumerate(raw.get("key_events") or [], start=1):
        if not isinstance(item, dict) or not item.get("date") or not item.get("label"):
            raise DraftsError(f"case.yaml: key_events[{index}] needs a date and a label.")
        day = parse_date(item["date"]).date
        if day is None:
            raise DraftsError(f"case.yaml: key_events[{index}].date is not a date.")
        events.append((day, str(item.get("agency") or ""), str(item["label"]).strip()))
    for row in summary.key_rows:
        if row["Date"]:
            events.append((dt.date.fromisoformat(row["Date"]), row["Agency"], row["Event"][:90]))
    return [{"day": day, "date": long_date(day), "agency": agency, "event": label}
            for day, agency, label in sorted(events, key=lambda e: (e[0], e[1]))]


def build_context(case: CaseConfig, summary: ChronologySummary) -> dict[str, Any]:
    """Every plain value a template uses; the caller adds the timeline picture and prose."""
    raw = case.extra
    agencies, single_agency = agency_context(case, summary)
    own = recommendations(raw)
    context: dict[str, Any] = {
        "title": case.title, "case_id": case.case_id, "csp": case.csp, "marking": MARKING,
        "date_of_death": long_date(case.date_of_death),
        "scoping_start": long_date(case.scoping_start),
        "scoping_end": long_date(case.scoping_end),
        "commissioned": long_date(raw.get("commissioned"), "commissioned"),
        "completed": long_date(raw.get("completed"), "completed"),
        **{key: _text(raw, key) for key in _TEXT_FIELDS},
        "terms_of_reference": _texts(raw, "terms_of_reference"),
        "dissemination": _texts(raw, "dissemination"),
        "panel": _records(raw, "panel", ("name", "role", "agency")),
        "chair": _record(raw.get("chair") or {}, "chair", ("name", "background")),
        "author": _record(raw.get("author") or {}, "author",
                          ("name", "background", "independence")),
        "parallel_reviews": _records(raw, "parallel_reviews", ("name", "status")),
        "meetings": _records(raw, "meetings", ("date", "purpose")),
        "equality": _records(raw, "equality", ("characteristic", "consideration")),
        "delay_requests": _records(raw, "delay_requests", ("date", "reason", "outcome")),
        "glossary": _records(raw, "glossary", ("term", "meaning")),
        "agencies": agencies,
        "key_events": [{k: v for k, v in e.items() if k != "day"}
                       for e in key_events(raw, summary)],
        "contact_counts": [{"agency": a["name"], "count": a["contacts"]} for a in agencies],
        "total_contacts": sum(summary.counts.values()),
        "recommendations": own,
        "action_plan": [{**r, "source": "Overview Report"} for r in own] + single_agency,
    }
    return context
