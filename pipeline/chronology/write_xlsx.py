"""``merged_chronology.xlsx``: the workbook a DHR Officer would have built by hand.

Sheets: Chronology (frozen header, filter, wrapped text, real dates shown dd/mm/yyyy, one fill
colour per agency, the DHRO's Key and DHRO notes columns to fill in), Flags (one row per flag,
with its reason), Orphaned notes (only when a DHRO note's source row has gone) and Summary
(entries per agency per year, and the reconciliation of rows read against rows merged). Every
sheet prints landscape, one page wide, its header row on every page and the protective marking
at the top and bottom of every page.

The restricted workbook ends with a hidden column, empty but where a DHRO note is flagged as
written on an older text of its source row: the check of that text, which the next merge
compares (:mod:`pipeline.chronology.dhro`). The anonymised copy for panel papers has none.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import xlsxwriter

from pipeline.chronology.columns import (
    AGENCY_FILLS,
    DHRO_COLUMNS,
    KEY,
    MARKING,
    output_headers,
    row_values,
)
from pipeline.chronology.merge import FLAG_ORDER, YES, Entry, MergeResult
from pipeline.dates import Precision
from pipeline.ooxml.sheetdata import DATE, NUMBER, TEXT, rows_xml, splice_rows

_WIDTHS = {
    "No.": 6, "Date": 11, "Seq.": 5, "Time": 7, "Date precision": 11, "Date as given": 14,
    "Agency": 22, "Subject": 16, "Event": 60, "Action": 40, "Comment": 40, "Source": 14,
    "Flags": 18, "Tool notes": 30, "Key": 6, "DHRO notes": 40, "Source file": 26,
    "Source location": 22,
}
_DATE_FORMATS = {Precision.MONTH: "mmm yyyy", Precision.YEAR: "yyyy"}
_SHEET_PART = "xl/worksheets/sheet1.xml"  # Chronology is the first sheet added
CHRONOLOGY, FLAGS, ORPHANS, SUMMARY = "Chronology", "Flags", "Orphaned notes", "Summary"
CHECK_COLUMN = "Event text check (do not edit)"  # hidden; see pipeline.chronology.dhro
ORPHAN_COLUMNS = ("Agency", "Source file", "Source location", "Date as given", "Event",
                  "Key", "DHRO notes", "Why", CHECK_COLUMN)
ORPHAN_REASON = "its source row is no longer in the agency's file"


def _as_given(entry: Entry) -> str:
    """A number format that shows an approximate date as written: the text quoted, its year
    the cell's own (``"Spring "yyyy``), so Excel still knows the cell is a date."""
    def quoted(text: str) -> str:
        return f'"{text}"' if text else ""

    given = entry.date_given.replace('"', "'").replace("\\", "/")
    year = str(entry.date.year)
    if year not in given:
        return quoted(given)
    before, _, after = given.rpartition(year)
    return f"{quoted(before)}yyyy{quoted(after)}"


def _header_text(text: str) -> str:
    """Text for an Excel header or footer, where ``&`` starts a code."""
    return text.replace("&", "&&")


def mark_sheet(sheet, title: str, repeat_header: bool = True) -> None:
    """The protective marking centred at the top and bottom of every printed page, the title
    and page X of Y in the footer, landscape, one page wide, the header row on every page (the
    look of :func:`pipeline.ooxml.restricted_sheet.mark_restricted`)."""
    marking = f'&C&"Calibri,Bold"{_header_text(MARKING)}'
    sheet.set_header(marking)
    sheet.set_footer(f"&L{_header_text(title)}{marking}&RPage &P of &N")
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    if repeat_header:
        sheet.repeat_rows(0)


def workbook_title(result: MergeResult) -> str:
    """What the workbook is, for its properties and page footers."""
    suffix = " (anonymised for panel papers)" if result.panel else ""
    return f"{result.case.case_id} merged chronology{suffix}"


def _flags_sheet(book: xlsxwriter.Workbook, result: MergeResult, bold, wrap) -> None:
    sheet = book.add_worksheet(FLAGS)
    headers = ["No.", "Date as given", "Agency", "Flag", "Detail", "Source file", "Source location"]
    sheet.write_row(0, 0, headers, bold)
    row = 0
    for entry in result.entries:
        details = "; ".join(entry.notes)
        for flag in entry.flags or ["note"]:
            if flag == "note" and not entry.notes:
                continue
            row += 1
            sheet.write_row(row, 0, [entry.number, entry.date_given, entry.agency, flag, details,
                                     entry.source_file, entry.source_location], wrap)
    for col, width in enumerate((6, 14, 26, 18, 50, 26, 22)):
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(row, 1), len(headers) - 1)
    mark_sheet(sheet, workbook_title(result))


def _orphans_sheet(book: xlsxwriter.Workbook, result: MergeResult, bold, wrap) -> None:
    """DHRO notes and Key marks whose source row has gone from the agency's file: kept here,
    with the entry as it read, until the DHRO moves or deletes them (never dropped)."""
    sheet = book.add_worksheet(ORPHANS)
    sheet.write_row(0, 0, ORPHAN_COLUMNS, bold)
    for row, orphan in enumerate(result.orphans, start=1):
        sheet.write_row(row, 0, [orphan.agency, orphan.source_file, orphan.source_location,
                                 orphan.date_given, orphan.event, orphan.key, orphan.notes,
                                 orphan.reason, orphan.basis], wrap)
    for col, width in enumerate((22, 26, 22, 14, 60, 6, 40, 30)):
        sheet.set_column(col, col, width)
    sheet.set_column(len(ORPHAN_COLUMNS) - 1, len(ORPHAN_COLUMNS) - 1, 18, None,
                     {"hidden": True})
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(result.orphans), 1), len(ORPHAN_COLUMNS) - 2)
    mark_sheet(sheet, workbook_title(result))


def _summary_sheet(book: xlsxwriter.Workbook, result: MergeResult, bold) -> None:
    sheet = book.add_worksheet(SUMMARY)
    years = sorted({e.date.year for e in result.entries if e.date})
    counts = Counter((e.agency, e.date.year if e.date else None) for e in result.entries)
    sheet.write(0, 0, f"{result.case.case_id}: entries per agency per year", bold)
    header = ["Agency", *map(str, years), "Undated", "Total"]
    sheet.write_row(2, 0, header, bold)
    report = result.report
    for row, agency in enumerate(report["agencies"], start=3):
        name = agency["agency"]
        values = [counts[(name, y)] for y in years] + [counts[(name, None)]]
        sheet.write_row(row, 0, [name, *values, sum(values)])
    total_row = 3 + len(report["agencies"])
    totals = [sum(counts[(a["agency"], y)] for a in report["agencies"]) for y in [*years, None]]
    sheet.write_row(total_row, 0, ["All agencies", *totals, sum(totals)], bold)

    start = total_row + 3
    sheet.write(start - 1, 0,
                "Reconciliation: every row read is merged, blank or a repeated header", bold)
    recon = ["Agency", "Rows read", "Blank rows skipped", "Repeated headers dropped",
             "Entries merged", "Entries flagged", *FLAG_ORDER]
    sheet.write_row(start, 0, recon, bold)
    for row, agency in enumerate(report["agencies"], start=start + 1):
        sheet.write_row(row, 0, [agency["agency"], agency["rows_read"],
                                 agency["blank_rows_skipped"], agency["repeated_headers_dropped"],
                                 agency["rows_merged"], agency["rows_flagged"],
                                 *(agency["flags"][f] for f in FLAG_ORDER)])
    t = report["totals"]
    sheet.write_row(start + 1 + len(report["agencies"]), 0,
                    ["All agencies", t["rows_read"], t["blank_rows_skipped"],
                     t["repeated_headers_dropped"], t["rows_merged"], t["rows_flagged"],
                     *(report["flags"][f] for f in FLAG_ORDER)], bold)
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, len(recon), 12)
    mark_sheet(sheet, workbook_title(result), repeat_header=False)


def write_xlsx(result: MergeResult, path: Path) -> None:
    """Write the workbook; the Chronology rows are spliced in as XML for speed, in the pass that
    also leaves XlsxWriter's "now" out of the core properties
    (:func:`pipeline.ooxml.package.edit_part`): the workbook is zipped once more, not twice."""
    extras = result.extra_columns
    headers = output_headers(extras)
    checked = not result.panel  # the restricted workbook carries the event text checks
    if checked:
        headers.append(CHECK_COLUMN)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    title = workbook_title(result)
    book.set_properties({"title": title, "comments": MARKING})
    bold = book.add_format({"bold": True, "bg_color": "#BFBFBF", "text_wrap": True,
                            "valign": "top", "border": 1})
    yours = book.add_format({"bold": True, "bg_color": "#FFE699", "text_wrap": True,
                             "valign": "top", "border": 1})  # the columns the DHRO fills in
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    sheet = book.add_worksheet(CHRONOLOGY)
    for col, header in enumerate(headers):
        sheet.write(0, col, header, yours if header in DHRO_COLUMNS else bold)
        sheet.set_column(col, col, _WIDTHS.get(header, 20), wrap)
    if checked:
        sheet.set_column(len(headers) - 1, len(headers) - 1, 18, wrap, {"hidden": True})
    last_row = len(result.entries) + 1
    shown = len(headers) - 1 - checked  # the filter leaves out the hidden check
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, last_row - 1, shown)
    mark_sheet(sheet, title)
    if not result.panel:
        key = headers.index(KEY)
        sheet.data_validation(1, key, max(last_row - 1, 500), key, {
            "validate": "list", "source": [YES, "No"], "error_type": "warning",
            "input_title": KEY, "input_message": "Yes marks a key event: it goes into the "
            "timeline and key events of the draft report at the next merge."})

    agencies = list(dict.fromkeys(a.agency for a in result.agencies))
    styles: dict[tuple[str, str], list[int]] = {}  # (agency, resolution or given) -> styles
    for index, agency in enumerate(agencies):
        fill = AGENCY_FILLS[index % len(AGENCY_FILLS)]
        base = {"bg_color": fill, "text_wrap": True, "valign": "top", "border": 1,
                "border_color": "#BFBFBF"}
        text = book.add_format(base)._get_xf_index()
        for precision in Precision:
            date_style = book.add_format(
                {**base, "num_format": _DATE_FORMATS.get(precision, "dd/mm/yyyy")}
            )._get_xf_index()
            styles[(agency, precision)] = [text, date_style, *[text] * (len(headers) - 2)]
        # An approximate date ("Spring 2020", "late 2021", "w/c 06/12/2021") is shown as the
        # agency wrote it, not as the first day it sorts by: the cell still holds that day, so
        # it sorts and filters as a date, and its number format is the given text around the
        # year ("Spring "yyyy).
        for entry in result.entries:
            if (entry.agency == agency and entry.date and entry.precision is Precision.APPROXIMATE
                    and (agency, entry.date_given) not in styles):
                date_style = book.add_format({**base, "num_format": _as_given(entry)})
                styles[(agency, entry.date_given)] = [text, date_style._get_xf_index(),
                                                      *[text] * (len(headers) - 2)]
    _flags_sheet(book, result, bold, wrap)
    if result.orphans and not result.panel:
        _orphans_sheet(book, result, bold, wrap)
    _summary_sheet(book, result, bold)
    book.close()

    def style(entry) -> list[int]:
        return styles.get((entry.agency, entry.date_given)) \
            if entry.precision is Precision.APPROXIMATE and entry.date \
            else styles[(entry.agency, entry.resolution)]

    if checked:
        rows = (([*row_values(e, extras), e.note_basis], style(e)) for e in result.entries)
    else:
        rows = ((row_values(e, extras), style(e)) for e in result.entries)
    kinds = [NUMBER, DATE, NUMBER, *[TEXT] * (len(headers) - 3)]
    data = splice_rows(buffer.getvalue(), _SHEET_PART, rows_xml(rows, 2, kinds),
                       last_row, len(headers) - 1)
    path.write_bytes(data)
