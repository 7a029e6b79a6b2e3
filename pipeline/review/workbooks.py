"""The workbooks ``dhr status`` and ``dhr actions`` write: restricted (OFFICIAL – SENSITIVE),
in the look every restricted workbook of the tool shares. Sheets are named by case id, never by
title (a title holds the victim's name)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from openpyxl import Workbook

from pipeline.dates import long_date
from pipeline.ooxml.package import package_bytes
from pipeline.ooxml.restricted_sheet import choice_column, mark_restricted, write_table
from pipeline.review.actions import STATUSES, Action
from pipeline.review.status import CaseStatus

MARKING = "OFFICIAL – SENSITIVE"
SUMMARY = "Summary"
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def _dates(book: Workbook) -> None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if hasattr(cell.value, "year"):
                    cell.number_format = "dd/mm/yyyy"


def sheet_names(case_ids: Sequence[str]) -> list[str]:
    """A sheet name per case id: the characters Excel refuses removed, 31 characters at most,
    each different from the others and from the Summary sheet."""
    taken = {SUMMARY.casefold()}
    names = []
    for case_id in case_ids:
        base = _NOT_IN_SHEET_NAMES.sub("-", case_id).strip("'")[:31] or "Case"
        name, number = base, 2
        while name.casefold() in taken:
            suffix = f" ({number})"
            name, number = base[:31 - len(suffix)] + suffix, number + 1
        taken.add(name.casefold())
        names.append(name)
    return names


ACTION_COLUMNS = (("Case", 10), ("Source", 28), ("Recommendation", 50), ("Action", 60),
                  ("Lead agency", 28), ("Category", 22), ("Target date", 12),
                  ("Milestones", 50), ("Status", 12), ("Completed", 12), ("Evidence", 40),
                  ("Days overdue", 10), ("Outcome", 50))


def actions_workbook(actions: Sequence[Action], case_ids: Sequence[str]) -> bytes:
    """One row per action across the cases, with a drop-down of the statuses."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    write_table(sheet, ACTION_COLUMNS, [
        (a.case_id, a.source, a.recommendation, a.action, a.lead_agency, a.category,
         a.target_date, a.milestones, a.status, a.completed, a.evidence,
         a.days_overdue or None, a.outcome) for a in actions])
    choice_column(sheet, 9, len(actions), STATUSES,
                  "The status on the day the tracker was written (completed, overdue, due soon, "
                  "open); record a completion in case.yaml (completed, evidence).", strict=False)
    mark_restricted(sheet, MARKING, f"Action plans: {', '.join(case_ids)}")
    _dates(book)
    return package_bytes(book)


SUMMARY_COLUMNS = (("Case", 10), ("Stage", 20), ("Next statutory step", 48), ("Reference", 10),
                   ("Due", 12), ("Overdue", 10), ("Due soon", 10))
CASE_COLUMNS = (("Kind", 10), ("What", 52), ("Reference", 10), ("Due", 12), ("Done", 12),
                ("State", 14), ("Days late", 10), ("Delay requests", 12), ("Reason", 60))


def _case_rows(status: CaseStatus) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for item in status.items:
        d = item.deadline
        rows.append(("deadline", item.describe(), d.reference, d.due, d.done, d.state,
                     d.days_late or None, ", ".join(map(str, item.delays)) or None, d.reason))
    for concern in status.concerns:
        if concern.kind != "deadline":
            rows.append((concern.kind, concern.what, concern.reference or None, concern.due,
                         None, concern.state, concern.days or None, None, None))
    return rows


def status_workbook(statuses: Sequence[CaseStatus]) -> bytes:
    """A Summary sheet (a row per case) and a sheet per case: every deadline, and the actions
    and returns overdue or due soon."""
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY
    day = long_date(statuses[0].today) if statuses else ""
    rows = []
    for status in statuses:
        step = status.next_step
        rows.append((status.case.case_id, status.stage, step.describe() if step else None,
                     step.deadline.reference if step else None,
                     step.deadline.due if step else None, len(status.overdue),
                     len(status.due_soon)))
    write_table(summary, SUMMARY_COLUMNS, rows)
    mark_restricted(summary, MARKING, f"Status of the reviews on {day}")
    names = sheet_names([s.case.case_id for s in statuses])
    for name, status in zip(names, statuses, strict=True):
        sheet = book.create_sheet(name)
        write_table(sheet, CASE_COLUMNS, _case_rows(status))
        mark_restricted(sheet, MARKING, f"{status.case.case_id}: status on {day}")
    _dates(book)
    return package_bytes(book)
