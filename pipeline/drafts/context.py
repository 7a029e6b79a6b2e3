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
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.chronology.merge import OUTSIDE_SCOPE
from pipeline.config import CaseConfig
from pipeline.config.publication import REVIEW_TYPES
from pipeline.dates import Precision, parse_date, parse_date_text, written_date
from pipeline.dates import long_date as _long
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
    return _long(parsed.date)


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
    """What the report needs from the merged chronology.

    ``counts`` is every entry of an agency; ``outside`` and ``undated`` say how many of them lie
    outside the scoping period or have no date, so a count in a public report can say what it
    covers. ``first_text``/``last_text`` are the first and last dates as the report shows them
    (no more precise than the record: "June 2019", "Spring 2020").
    """

    counts: Counter
    first: dict[str, dt.date]
    last: dict[str, dt.date]
    days: dict[str, list[dt.date]]
    key_rows: list[dict[str, str]]
    outside: Counter = field(default_factory=Counter)
    undated: Counter = field(default_factory=Counter)
    first_text: dict[str, str] = field(default_factory=dict)
    last_text: dict[str, str] = field(default_factory=dict)

    def in_scope(self, agency: str) -> int:
        """Entries of ``agency`` dated within the scoping period."""
        return self.counts[agency] - self.outside[agency] - self.undated[agency]


_PRECISION_RESOLUTION = {"month": Precision.MONTH, "year": Precision.YEAR}


def row_date(row: dict[str, str]) -> tuple[dt.date, str] | None:
    """A merged chronology row's date and the way a report shows it, at the precision the
    agency gave ("June 2020 (approximate)", never "1 June 2020"); ``None`` when undated."""
    if not row.get("Date"):
        return None
    day = dt.date.fromisoformat(row["Date"])
    precision = (row.get("Date precision") or "day").strip().casefold()
    if precision == "day":
        return day, _long(day)
    given = row.get("Date as given") or ""
    parsed = parse_date_text(given)
    if parsed.date != day:  # the text no longer reads as that date: say only what is known
        resolution = _PRECISION_RESOLUTION.get(precision, Precision.DAY)
        exact = Precision.APPROXIMATE if precision == "approximate" else resolution
        parsed = type(parsed)(day, None, exact, resolution)
    return day, written_date(parsed, given)


def _is_key(row: dict[str, str]) -> bool:
    marker = next((v for k, v in row.items() if k and k.casefold() in
                   ("key", "key event", "key event?")), "")
    return bool(marker) and marker.strip().casefold() in ("y", "yes", "key", "true", "1", "x")


def read_merged(path: Path) -> ChronologySummary:
    """Contacts per agency (how many, first and last, inside and outside the scoping period)
    and rows marked key, from the merged CSV."""
    summary = ChronologySummary(Counter(), {}, {}, defaultdict(list), [])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            agency = row["Agency"]
            summary.counts[agency] += 1
            flags = {f.strip() for f in (row.get("Flags") or "").split(";")}
            summary.outside[agency] += OUTSIDE_SCOPE in flags
            dated = row_date(row)
            if dated is None:
                summary.undated[agency] += 1
            else:
                day, shown = dated
                summary.days[agency].append(day)
                if agency not in summary.first or day < summary.first[agency]:
                    summary.first[agency], summary.first_text[agency] = day, shown
                if agency not in summary.last or day >= summary.last[agency]:
                    summary.last[agency], summary.last_text[agency] = day, shown
            if _is_key(row):
                summary.key_rows.append(row)
    summary.days = dict(summary.days)
    return summary


def agency_context(case: CaseConfig, summary: ChronologySummary) -> tuple[list[dict], list[dict]]:
    """Per-agency facts from the IMRs and the chronology, and their single-agency actions."""
    agencies, actions = [], []
    for index, agency in enumerate(case.agencies, start=1):
        imr: ImrSections | None = read_imr(agency.imr, f"agencies[{index}].imr") if agency.imr \
            else None
        agencies.append({
            "name": agency.name, "contacts": summary.in_scope(agency.name),
            "outside": summary.outside[agency.name], "undated": summary.undated[agency.name],
            "entries": summary.counts[agency.name],
            "first": summary.first_text.get(agency.name)
            or long_date(summary.first.get(agency.name)),
            "last": summary.last_text.get(agency.name) or long_date(summary.last.get(agency.name)),
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


def key_events(raw: dict, summary: ChronologySummary) -> list[dict[str, Any]]:
    """Key events from case.yaml and from chronology rows marked key, in date order, each
    dated at the precision it was given."""
    events = []
    for index, item in enumerate(raw.get("key_events") or [], start=1):
        if not isinstance(item, dict) or not item.get("date") or not item.get("label"):
            raise DraftsError(f"case.yaml: key_events[{index}] needs a date and a label.")
        parsed = parse_date(item["date"])
        if parsed.date is None:
            raise DraftsError(f"case.yaml: key_events[{index}].date is not a date.")
        events.append((parsed.date, written_date(parsed, str(item["date"])),
                       parsed.precision is Precision.DAY, str(item.get("agency") or ""),
                       " ".join(str(item["label"]).split())))
    for row in summary.key_rows:
        if dated := row_date(row):
            events.append((dated[0], dated[1], (row.get("Date precision") or "day") == "day",
                           row["Agency"], " ".join(row["Event"].split())))
    return [{"day": day, "date": shown, "exact": exact, "agency": agency, "event": label}
            for day, shown, exact, agency, label in sorted(events, key=lambda e: (e[0], e[3]))]


def review_naming(review_type: str) -> dict[str, Any]:
    """What a review of this type is called: "Domestic Homicide Review" (DHR) or, since
    section 19 of the Victims and Prisoners Act 2024, "Domestic Abuse Related Death Review"
    (DARDR), which also covers deaths that were not homicides."""
    name, short = REVIEW_TYPES[review_type]
    return {"name": name, "short": short, "lower": name.lower(), "dardr": review_type == "dardr"}


def build_context(case: CaseConfig, summary: ChronologySummary) -> dict[str, Any]:
    """Every plain value a template uses; the caller adds the timeline picture and prose."""
    raw = case.extra
    agencies, single_agency = agency_context(case, summary)
    own = recommendations(raw)
    context: dict[str, Any] = {
        "title": case.title, "case_id": case.case_id, "csp": case.csp, "marking": MARKING,
        "review": review_naming(case.review_type),
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
        "contact_counts": [{"agency": a["name"], "count": a["contacts"], "outside": a["outside"],
                            "undated": a["undated"], "entries": a["entries"]} for a in agencies],
        "total_contacts": sum(summary.in_scope(a) for a in summary.counts),
        "chronology": {"entries": sum(summary.counts.values()),
                       "in_scope": sum(summary.in_scope(a) for a in summary.counts),
                       "outside": sum(summary.outside.values()),
                       "undated": sum(summary.undated.values())},
        "recommendations": own,
        "action_plan": [{**r, "source": "Overview Report"} for r in own] + single_agency,
    }
    return context
