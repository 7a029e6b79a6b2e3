"""The two workbooks an agency fills in: the trace return and the chronology return.

Both open on an instructions sheet that says what to do and by when, carry the protective
marking on every printed page, and check what is typed as it is typed (Excel data validation):
a drop-down for the trace answer and the subject, dates that must be dates in a sensible range.
Date checks warn rather than refuse, because "June 2020" or "c. 2019" is sometimes the truth.
The chronology sheet's headings are the merge's own column names, so a return merges without
any ``columns:`` setting in case.yaml.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.dates import long_date
from pipeline.ingest import INSTRUCTIONS_TITLE, LISTS_TITLE
from pipeline.ooxml.package import package_bytes
from pipeline.ooxml.restricted_sheet import choice_column, mark_restricted, write_table
from pipeline.trawl.requests import MARKING, Request

INSTRUCTIONS_SHEET = "Instructions"
TRACE_SHEET = "Trace return"
SIGN_OFF_SHEET = "Sign-off"
CHRONOLOGY_SHEET = "Chronology"
LISTS_SHEET = "Lists"
TRACE, NO_TRACE = "Trace", "No trace"

TRACE_COLUMNS = (("Subject", 26), ("Date of birth", 13), ("Role in the review", 18),
                 ("Records held?", 14), ("Systems checked", 30),
                 ("Summary of involvement", 60), ("Involvement from", 14),
                 ("Involvement to", 14))
SIGN_OFF_FIELDS = ("Completed by", "Job title", "Email", "Telephone", "Date completed",
                   "Other agencies that may hold records")
CHRONOLOGY_COLUMNS = (("Date", 12), ("Time", 8), ("Subject", 22), ("Event", 60),
                      ("Action taken", 40), ("Comment", 36), ("Source", 18))
ROWS = 500  # rows that carry the checks and formats; more can be added by copying one
_CHRONOLOGY_GUIDANCE = (
    ("Date", "The date of the contact or event as dd/mm/yyyy. If only the month or year is "
     "known, write it as it is known (June 2020, Spring 2021, c. 2019) and accept the warning."),
    ("Time", "The time as hh:mm, if recorded."),
    ("Subject", "Who the entry is about: choose from the list, or type the names of everyone it "
     "is about."),
    ("Event", "What happened, factually, as recorded at the time: one contact or event per row. "
     "Include missed appointments, referrals made and received, and information shared with or "
     "received from other agencies. Name practitioners by their role."),
    ("Action taken", "What your agency did as a result, including decisions to take no action."),
    ("Comment", "Optional: the IMR author's comment. Analysis belongs in the IMR."),
    ("Source", "The record or system the entry comes from (e.g. the case management system)."),
)


ALSO_KNOWN_AS = " (also known as "


def subject_name(cell: str) -> str:
    """The subject's name from a trace return's Subject cell (without the other names)."""
    return cell.split(ALSO_KNOWN_AS, 1)[0].strip()


def _subject_rows(request: Request) -> list[tuple[str, str, str]]:
    """Name (with any other names the person is known by), date of birth and role."""
    return [(s.name + (f"{ALSO_KNOWN_AS}{', '.join(s.aliases)})" if s.aliases else ""),
             s.date_of_birth.strftime("%d/%m/%Y") if s.date_of_birth else "", s.role)
            for s in request.case.subjects]


def _instructions(book: Workbook, request: Request, what: str,
                  steps: Sequence[tuple[str, str]]) -> None:
    """The first sheet: the review, the agency, the subjects, what to do and by when."""
    case = request.case
    sheet = book.active
    sheet.title = INSTRUCTIONS_SHEET
    due = request.trace_due if what == "trace return" else request.chronology_due
    lines: list[tuple[str, str]] = [
        (INSTRUCTIONS_TITLE, ""),
        ("Review", f"{request.review_name} {request.reference}"
                   + (f", {case.csp}" if case.csp else "")),
        ("Agency", request.agency.name),
        ("This workbook", what.capitalize()),
        ("Return by", f"{long_date(due)}, protected with the review password"
                      + (f", to {request.contact}" if request.contact else "") + "."),
        ("Scoping period", f"{long_date(case.scoping_start)} to {long_date(case.scoping_end)}. "
                           "Include earlier contacts only where they are relevant background, "
                           "and say so in the Comment column."),
        ("", ""),
        ("Subjects", "Search your records for each of these people (name, date of birth, role "
                     "in the review):"),
        *(("", "; ".join(filter(None, row))) for row in _subject_rows(request)),
        ("", ""),
        ("What to do", ""),
        *steps,
        ("", ""),
        ("Please", "Do not rename the sheets or change the column headings: the returns are "
                   "merged as they are. Keep this workbook protected with the review password "
                   "when you send it back, and do not contact the family."),
    ]
    for label, text in lines:
        sheet.append([label, text])
    sheet["A1"].font = Font(bold=True, size=14)
    for row in sheet.iter_rows(min_row=2):
        row[0].font = Font(bold=True)
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 100
    mark_restricted(sheet, MARKING, f"{request.reference} {what}: {request.agency.name}")
    sheet.print_title_rows = None
    sheet.page_setup.orientation = "portrait"


def _lists(book: Workbook, request: Request) -> str:
    """A hidden sheet of the subjects' names, the source of the Subject drop-down (a list
    written into the rule itself cannot hold a comma)."""
    sheet = book.create_sheet(LISTS_SHEET)
    names = [s.name for s in request.case.subjects] or ["(no subjects in case.yaml)"]
    sheet.append([LISTS_TITLE])
    for name in names:
        sheet.append([name])
    sheet.sheet_state = "hidden"
    return f"'{LISTS_SHEET}'!$A$2:$A${len(names) + 1}"


def _date_check(sheet: Worksheet, column: str, first: dt.date, last: dt.date,
                prompt: str) -> None:
    """Dates between ``first`` and ``last``, shown dd/mm/yyyy; a warning, not a refusal."""
    check = DataValidation(
        type="date", operator="between",
        formula1=f"DATE({first.year},{first.month},{first.day})",
        formula2=f"DATE({last.year},{last.month},{last.day})",
        allow_blank=True, showErrorMessage=True, errorStyle="warning",
        errorTitle="Check the date",
        error=(f"Expected a date as dd/mm/yyyy between {first:%d/%m/%Y} and {last:%d/%m/%Y}. "
               "If the date is only approximate, choose Yes to keep what you typed."),
        showInputMessage=True, promptTitle="Date", prompt=prompt)
    sheet.add_data_validation(check)
    check.add(f"{column}2:{column}{ROWS + 1}")
    for row in range(2, ROWS + 2):
        sheet[f"{column}{row}"].number_format = "dd/mm/yyyy"


def earliest_date(request: Request) -> dt.date:
    """The earliest date a return may hold: the oldest subject's birth, else 20 years before the
    scoping period (background history is often older than the period itself)."""
    births = [s.date_of_birth for s in request.case.subjects if s.date_of_birth]
    start = request.case.scoping_start
    return min(births) if births else dt.date(start.year - 20, 1, 1)


def trace_workbook(request: Request) -> bytes:
    """The trace return: for each subject, records held or not, the systems checked and a short
    summary of involvement (seeds 003 §40–41), and who completed it."""
    book = Workbook()
    _instructions(book, request, "trace return", (
        ("1", f"On the '{TRACE_SHEET}' sheet, choose '{TRACE}' or '{NO_TRACE}' for each "
              "subject after searching every system your agency holds."),
        ("2", "Name the systems you checked, including for a 'No trace' answer."),
        ("3", "Where you hold records, give a short summary of your involvement and its dates."),
        ("4", f"Complete the '{SIGN_OFF_SHEET}' sheet."),
    ))
    sheet = book.create_sheet(TRACE_SHEET)
    rows = [[name, dob, role, "", "", "", None, None]
            for name, dob, role in _subject_rows(request)]
    write_table(sheet, TRACE_COLUMNS, rows)
    choice_column(sheet, 4, len(rows), (TRACE, NO_TRACE),
                  f"Choose '{TRACE}' if your agency holds any record of this person, "
                  f"'{NO_TRACE}' if it holds none.")
    for column in ("G", "H"):
        _date_check(sheet, column, earliest_date(request), request.trace_due,
                    "First or last date of your agency's involvement, as dd/mm/yyyy.")
    mark_restricted(sheet, MARKING, f"{request.reference} trace return: {request.agency.name}")
    sign_off = book.create_sheet(SIGN_OFF_SHEET)
    sign_off.append(["Agency", request.agency.name])
    for label in SIGN_OFF_FIELDS:
        sign_off.append([label, None])
    for cell in sign_off["A"]:
        cell.font = Font(bold=True)
    sign_off.column_dimensions["A"].width = 36
    sign_off.column_dimensions["B"].width = 60
    row = SIGN_OFF_FIELDS.index("Date completed") + 2
    sign_off.cell(row, 2).number_format = "dd/mm/yyyy"
    mark_restricted(sign_off, MARKING, f"{request.reference} trace return: {request.agency.name}")
    sign_off.print_title_rows = None
    return package_bytes(book)


def chronology_workbook(request: Request) -> bytes:
    """The chronology return: instructions, then one row per contact under the merge's own
    headings, with drop-downs and date checks."""
    book = Workbook()
    _instructions(book, request, "chronology return", (
        ("1", f"On the '{CHRONOLOGY_SHEET}' sheet, enter one row for every contact your agency "
              "had with any subject in the scoping period, oldest first."),
        *_CHRONOLOGY_GUIDANCE,
    ))
    sheet = book.create_sheet(CHRONOLOGY_SHEET)
    write_table(sheet, CHRONOLOGY_COLUMNS, [])
    _date_check(sheet, "A", earliest_date(request), request.chronology_due,
                "The date of the contact as dd/mm/yyyy (approximate dates as known).")
    times = DataValidation(type="time", operator="between", formula1="0", formula2="0.999988",
                           allow_blank=True, showErrorMessage=True, errorStyle="warning",
                           errorTitle="Check the time", error="Expected a time as hh:mm.")
    sheet.add_data_validation(times)
    times.add(f"B2:B{ROWS + 1}")
    for row in range(2, ROWS + 2):
        sheet[f"B{row}"].number_format = "hh:mm"
    choice_column(sheet, 3, ROWS, _lists(book, request),
                  "Who the entry is about: choose from the list, or type every name.",
                  strict=False)
    top = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2, max_row=ROWS + 1):
        for cell in row:
            cell.alignment = top
    mark_restricted(sheet, MARKING,
                    f"{request.reference} chronology return: {request.agency.name}")
    return package_bytes(book)
