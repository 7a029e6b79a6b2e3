"""What one agency is asked for, and by when: the facts every document of a request pack shares.

The protocol (seeds 003 §38–43, §47) asks each agency first to search its records for the
subjects ("trace / no trace", within 14 days, the systems checked recorded on the return), then
for a detailed chronology and an Individual Management Review. One :class:`Request` per agency
holds what the covering letter, the return workbooks and the IMR template all say, so they
never disagree about a date or a name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from pipeline.config import AgencyConfig, CaseConfig
from pipeline.config.publication import REVIEW_TYPES
from pipeline.errors import ConfigError
from pipeline.ooxml.restricted_document import OFFICIAL_SENSITIVE

MARKING = OFFICIAL_SENSITIVE


@dataclass(frozen=True)
class Request:
    """One agency's request: who, for which review, and when each return is due."""

    case: CaseConfig
    agency: AgencyConfig
    sent: dt.date
    trace_due: dt.date
    chronology_due: dt.date
    imr_due: dt.date

    @property
    def review_name(self) -> str:
        """"Domestic Homicide Review" or "Domestic Abuse Related Death Review"."""
        return REVIEW_TYPES[self.case.review_type][0]

    @property
    def reference(self) -> str:
        """The reference agencies quote back (:attr:`CaseConfig.reference`)."""
        return self.case.reference

    @property
    def contact(self) -> str:
        """Who at the partnership receives the returns (:attr:`CaseConfig.contact`)."""
        return self.case.contact


def slug(name: str) -> str:
    """A folder or file name for an agency: lower case, ASCII, words joined by hyphens."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    plain = re.sub(r"['’]", "", plain)  # Women's Aid -> womens-aid
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-") or "agency"


def trawl_dates(case: CaseConfig) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """When the packs went out and when the trace, chronology and IMR returns are due.

    The trace return is due ``return_days`` (default 14) after the trawl; the chronology and
    the IMR on their own dates when case.yaml sets them, else with the trace return.
    """
    trawl = case.trawl
    if trawl is None or trawl.date is None:
        raise ConfigError("case.yaml: trawl.date is missing; add the date the request packs go "
                          "out, e.g. trawl: {date: 2022-03-15}.")
    trace_due = trawl.date + dt.timedelta(days=trawl.return_days)
    return (trawl.date, trace_due, trawl.chronology_due or trace_due,
            trawl.imr_due or trawl.chronology_due or trace_due)


def check_sendable(case: CaseConfig) -> None:
    """What a pack cannot go out without: the people to search for, and where to reply."""
    if not case.subjects:
        raise ConfigError("case.yaml: subjects is missing; list the people the agencies are to "
                          "search for (name, role, date_of_birth) before the trawl.")
    if case.trawl is None or not case.trawl.contact:
        raise ConfigError("case.yaml: trawl.contact is missing; say who the agencies return "
                          "their files to (name, email, telephone).")


def requests(case: CaseConfig) -> list[Request]:
    """One request per agency listed in case.yaml."""
    sent, trace_due, chronology_due, imr_due = trawl_dates(case)
    folders: dict[str, int] = {}
    for number, agency in enumerate(case.agencies, start=1):
        if (other := folders.setdefault(slug(agency.name), number)) != number:
            raise ConfigError(f"case.yaml: agencies[{other}] and agencies[{number}] have names "
                              "too alike to give each its own pack folder; name them apart.")
    return [Request(case, agency, sent, trace_due, chronology_due, imr_due)
            for agency in case.agencies]
