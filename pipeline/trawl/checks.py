"""Checking a return before it is merged: the problems to send back to the agency.

Chronolator's lesson: a return is cheapest to fix before the merge, by the agency that wrote
it. Each check names the row (as the agency sees it) and says what to do; none quotes the text
of an entry, because the feedback travels by email and the terminal summary is seen by others.
A date as the agency typed it is quoted, so they can find it.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from pipeline.config import AgencyConfig, CaseConfig
from pipeline.dates import ParsedDate, long_date, parse_date
from pipeline.drafts.imr import SECTIONS, read_imr
from pipeline.errors import DhrError, IngestError
from pipeline.ingest import RawEntry, read_chronology
from pipeline.ingest.files import open_agency_file
from pipeline.ingest.tabulate import cell_text
from pipeline.trawl.return_forms import (
    NO_TRACE,
    SIGN_OFF_FIELDS,
    SIGN_OFF_SHEET,
    TRACE,
    TRACE_COLUMNS,
    TRACE_SHEET,
    subject_name,
)

TRACE_RETURN, CHRONOLOGY_RETURN, IMR_RETURN = "trace return", "chronology return", "IMR"
# IMR sections a completed IMR must have (the report's per-agency subsections read them).
REQUIRED_SECTIONS = ("involvement", "analysis", "lessons", "conclusions", "recommendations")
_SECTION_NAMES = {key: names[0].capitalize() for key, names in SECTIONS.items()}


@dataclass(frozen=True)
class Problem:
    """One thing to put right in a return, where it is, and what to do."""

    kind: str  # which return: trace return, chronology return or IMR
    where: str  # as the agency sees it: "sheet 'Chronology' row 12", "section 'Analysis'"
    problem: str


@dataclass(frozen=True)
class TraceResult:
    """What a trace return says: each subject's answer, and the problems found in it."""

    answers: dict[str, str]  # subject name -> Trace / No trace / ""
    problems: list[Problem]
    no_trace: bool = False  # no record of any subject asked about: nothing more is due


def without_path(error: Exception) -> str:
    """An error's message without the leading file path (the DHR Officer's own folders mean
    nothing to the agency the feedback goes to)."""
    text = str(error)
    return text.split(": ", 1)[1] if ": " in text and "/" in text.split(": ", 1)[0] else text


def _chronological(dated: list[tuple[RawEntry, ParsedDate]]) -> bool:
    """Whether the agency's own order claims to be chronological: more steps forward in time
    than back (a file in reverse order is merged as it is)."""
    forward = back = 0
    for (_, before), (_, after) in itertools.pairwise(dated):
        if after.date > before.date:
            forward += 1
        elif after.date < before.date:
            back += 1
    return forward > back


def _by_grid(dated: list[tuple[RawEntry, ParsedDate]]) -> list[list[tuple[RawEntry, ParsedDate]]]:
    """Dated rows grouped by the sheet or table they came from, in file order."""
    grids: dict[str, list[tuple[RawEntry, ParsedDate]]] = {}
    for raw, parsed in dated:
        grids.setdefault(raw.location.rsplit(" row ", 1)[0], []).append((raw, parsed))
    return list(grids.values())


def check_chronology(case: CaseConfig, index: int, password: str | None,
                     today: dt.date) -> list[Problem]:
    """Problems in one agency's chronology return: dates unreadable, outside the scoping period
    or in the future, rows out of order, empty events, repeated rows and unknown columns."""
    agency = case.agencies[index]
    chronology = read_chronology(agency, password, where=f"agencies[{index + 1}].chronology")
    received = agency.received.get("chronology") or today
    problems: list[Problem] = []

    def add(where: str, text: str) -> None:
        problems.append(Problem(CHRONOLOGY_RETURN, where, text))

    unknown: dict[str, str] = {}
    seen: dict[tuple, str] = {}
    dated: list[tuple[RawEntry, ParsedDate]] = []
    start, end = case.scoping_start, case.scoping_end
    for raw in chronology.entries:
        given = cell_text(raw.date)
        parsed = parse_date(raw.date, chronology.date1904)
        span = parsed.span()
        background = bool(raw.comment) and span is not None and span[1] < start
        if not given:
            add(raw.location, "No date: give the date of the contact, or the month or year if "
                              "that is all that is known.")
        elif span is None:
            add(raw.location, f"The date '{given}' cannot be read: write it as dd/mm/yyyy (or "
                              "the month and year, e.g. June 2020, if only that is known).")
        elif (span[1] < start or span[0] > end) and not background:  # explained background
            add(raw.location, f"The date '{given}' is outside the scoping period "
                              f"({long_date(start)} to {long_date(end)}): check it, and keep the "
                              "row only if it is relevant background, saying so in Comment.")
        if span is not None and span[0] > received:
            add(raw.location, f"The date '{given}' is after the return was received "
                              f"({long_date(received)}): check the year.")
        if span is not None:
            dated.append((raw, parsed))
        if not raw.event:
            add(raw.location, "The Event is empty: say what happened, or delete the row.")
        key = (given, cell_text(raw.time), raw.subject, raw.event, raw.action, raw.comment)
        if raw.event and key in seen:
            add(raw.location, f"Repeats {seen[key]} word for word: delete one of them.")
        seen.setdefault(key, raw.location)
        for header in raw.extras:
            unknown.setdefault(header, raw.location)
    for run in _by_grid(dated):  # a workbook with a sheet per person: each sheet's own order
        if len(run) > 2 and _chronological(run):
            for (before, earlier), (after, later) in itertools.pairwise(run):
                if later.date < earlier.date:
                    add(after.location, f"Dated before the row above ({before.location}): "
                                        "put the rows in date order, oldest first, or correct "
                                        "the date.")
    for header, first in unknown.items():
        add(f"column '{header}' (first used at {first})",
            "This column is not one of the return's (Date, Time, Subject, Event, Action taken, "
            "Comment, Source): it is kept as it is, but if what it holds belongs in one of "
            "those, move it there.")
    if not chronology.entries:
        add("the Chronology sheet", "No entries: list every contact in the scoping period, or "
                                    "answer 'No trace' on the trace return.")
    return problems


def _sheet_rows(book, name: str) -> list[list[object]]:
    return [list(row) for row in book[name].iter_rows(values_only=True)] \
        if name in book.sheetnames else []


def check_trace(case: CaseConfig, agency: AgencyConfig, password: str | None) -> TraceResult:
    """Each subject answered, the systems checked named, involvement summarised, signed off."""
    path = agency.trace
    assert path is not None
    data = open_agency_file(path, password, "agencies[].trace")
    try:
        book = load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise IngestError(f"{path}: cannot be read as a trace return workbook; ask the agency "
                          "to complete the trace return sent with the request pack.") from exc
    rows = _sheet_rows(book, TRACE_SHEET)
    headers = [name for name, _ in TRACE_COLUMNS]
    if not rows or [cell_text(v) for v in rows[0][:len(headers)]] != headers:
        raise IngestError(f"{path}: is not the trace return sent with the request pack (no "
                          f"'{TRACE_SHEET}' sheet with its headings); ask the agency to use it.")
    problems: list[Problem] = []
    answers: dict[str, str] = {}
    at = {name: i for i, name in enumerate(headers)}
    for number, row in enumerate(rows[1:], start=2):
        row = row + [None] * (len(headers) - len(row))
        subject = subject_name(cell_text(row[at["Subject"]]))
        if not subject:
            continue
        where = f"sheet '{TRACE_SHEET}' row {number}"
        answer = cell_text(row[at["Records held?"]])
        answers[subject] = answer
        if answer not in (TRACE, NO_TRACE):
            problems.append(Problem(TRACE_RETURN, where, f"No answer: choose '{TRACE}' or "
                                                         f"'{NO_TRACE}'."))
        if not cell_text(row[at["Systems checked"]]):
            problems.append(Problem(TRACE_RETURN, where, "Name the systems that were checked."))
        if answer == TRACE and not cell_text(row[at["Summary of involvement"]]):
            problems.append(Problem(TRACE_RETURN, where,
                                    "Records are held: give a short summary of involvement."))
    for missing in [s.name for s in case.subjects if s.name not in answers]:
        problems.append(Problem(TRACE_RETURN, f"sheet '{TRACE_SHEET}'",
                                f"Subject {list(s.name for s in case.subjects).index(missing) + 1}"
                                " of the request is missing: add the row back and answer it."))
    sign_off = {cell_text(r[0]): r[1] if len(r) > 1 else None
                for r in _sheet_rows(book, SIGN_OFF_SHEET) if r and r[0]}
    for label in ("Completed by", "Date completed"):
        if label in SIGN_OFF_FIELDS and not cell_text(sign_off.get(label)):
            problems.append(Problem(TRACE_RETURN, f"sheet '{SIGN_OFF_SHEET}'",
                                    f"'{label}' is empty: complete the sign-off."))
    asked = [s.name for s in case.subjects] or list(answers)
    return TraceResult(answers, problems,
                       bool(asked) and all(answers.get(name) == NO_TRACE for name in asked))


def check_imr(agency: AgencyConfig, where: str) -> list[Problem]:
    """The IMR names its author and has something under every section the report reads."""
    assert agency.imr is not None
    try:
        imr = read_imr(agency.imr, where)
    except DhrError as exc:
        return [Problem(IMR_RETURN, "the whole document", without_path(exc))]
    problems = [Problem(IMR_RETURN, "the table at the top", "The IMR author is not named.")
                ] if not imr.author else []
    for key in REQUIRED_SECTIONS:
        if not imr.get(key):
            problems.append(Problem(IMR_RETURN, f"section '{_SECTION_NAMES[key]}'",
                                    "Empty: complete this section (the grey guidance text "
                                    "does not count)."))
    return problems


def exists(path: Path | None) -> bool:
    """Whether a return listed in case.yaml has arrived (its file is there)."""
    return path is not None and path.is_file()
