"""The workbooks the tracker writes: each agency's feedback, the case's tracker, and the
response times across cases. Feedback travels by email, so it is protected with the review
password; the tracker stays on the partnership's drive with the other restricted outputs."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook

from pipeline.ooxml.package import package_bytes
from pipeline.ooxml.restricted_sheet import mark_restricted, write_table
from pipeline.trawl.requests import MARKING
from pipeline.trawl.tracker import KINDS, AgencyReturns, ResponseTime


def _sheet(book: Workbook, title: str, columns: Sequence[tuple[str, float]],
           rows: Sequence[Sequence[object]], footer: str) -> None:
    sheet = book.create_sheet(title)
    write_table(sheet, columns, rows)
    mark_restricted(sheet, MARKING, footer)


def feedback_workbook(agency: AgencyReturns) -> bytes:
    """One agency's problems, a row each, to send back with the return."""
    book = Workbook()
    book.remove(book.active)
    request = agency.request
    _sheet(book, "Feedback", (("Return", 18), ("Where", 36), ("What to put right", 90)),
           [(p.kind, p.where, p.problem) for p in agency.problems],
           f"{request.reference} feedback on returns: {agency.agency}")
    return package_bytes(book)


def _returns_row(agency: AgencyReturns) -> list[object]:
    row: list[object] = [agency.agency, agency.request.sent]
    for kind in KINDS:
        status = agency.returns[kind]
        row += [status.due, status.state]
    return [*row, "yes" if agency.no_trace else "", agency.days_overdue or "",
            len(agency.problems) or ""]


_RETURNS_COLUMNS = (("Agency", 34), ("Requested", 12),
                    *((f"{kind[0].upper()}{kind[1:]} {what}", width)
                      for kind in KINDS for what, width in (("due", 12), ("", 24))),
                    ("No trace", 10), ("Days overdue", 10), ("Problems", 10))
_RESPONSE_COLUMNS = (("Agency", 34), ("Reviews", 9),
                     *((f"{kind[0].upper()}{kind[1:]}: median days", 14) for kind in KINDS),
                     ("Longest (days)", 12), ("Returns late", 10), ("Overdue now", 10))


def _response_rows(times: Sequence[ResponseTime]) -> list[list[object]]:
    return [[t.agency, t.reviews, *(t.median_days[kind] for kind in KINDS), t.longest_days,
             t.late, t.overdue] for t in times]


def tracker_workbook(case_id: str, tracker: Sequence[AgencyReturns],
                     times: Sequence[ResponseTime]) -> bytes:
    """The case's tracker: returns by agency, every problem found, and response times."""
    book = Workbook()
    book.remove(book.active)
    footer = f"{case_id} returns tracker"
    _sheet(book, "Returns", [(name.strip(), width) for name, width in _RETURNS_COLUMNS],
           [_returns_row(a) for a in tracker], footer)
    for row in book["Returns"].iter_rows(min_row=2):
        for cell in row:
            if hasattr(cell.value, "year"):
                cell.number_format = "dd/mm/yyyy"
    _sheet(book, "Problems", (("Agency", 34), ("Return", 18), ("Where", 36), ("Problem", 80)),
           [(a.agency, p.kind, p.where, p.problem) for a in tracker for p in a.problems], footer)
    _sheet(book, "Response times", _RESPONSE_COLUMNS, _response_rows(times), footer)
    return package_bytes(book)


def response_workbook(cases: Sequence[str], times: Sequence[ResponseTime]) -> bytes:
    """Response times across cases, for the partnership's view of each agency (§42)."""
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Response times", _RESPONSE_COLUMNS, _response_rows(times),
           f"Returns across {len(cases)} reviews: {', '.join(cases)}")
    return package_bytes(book)
