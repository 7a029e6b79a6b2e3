"""``merged_chronology.xlsx``: the workbook a DHR Officer would have built by hand.

Sheets: Chronology (frozen header, filter, wrapped text, real dates shown dd/mm/yyyy, one fill
colour per agency), Flags (one row per flag, with its reason) and Summary (entries per agency
per year, and the reconciliation of rows read against rows merged).
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import xlsxwriter

from pipeline.chronology.columns import AGENCY_FILLS, output_headers, row_values
from pipeline.chronology.merge import FLAG_ORDER, MergeResult
from pipeline.dates import Precision
from pipeline.ooxml.sheetdata import DATE, NUMBER, TEXT, rows_xml, splice_rows

_WIDTHS = {
    "No.": 6, "Date": 11, "Time": 7, "Date precision": 11, "Date as given": 14, "Agency": 22,
    "Subject": 16, "Event": 60, "Action": 40, "Comment": 40, "Source": 14, "Flags": 18,
    "Notes": 30, "Source file": 26, "Source location": 22,
}
_DATE_FORMATS = {Precision.MONTH: "mmm yyyy", Precision.YEAR: "yyyy"}
_SHEET_PART = "xl/worksheets/sheet1.xml"  # Chronology is the first sheet added


def _flags_sheet(book: xlsxwriter.Workbook, result: MergeResult, bold, wrap) -> None:
    sheet = book.add_worksheet("Flags")
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


def _summary_sheet(book: xlsxwriter.Workbook, result: MergeResult, bold) -> None:
    sheet = book.add_worksheet("Summary")
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


def write_xlsx(result: MergeResult, path: Path) -> None:
    """Write the workbook; the Chronology rows are spliced in as XML for speed, in the pass that
    also leaves XlsxWriter's "now" out of the core properties
    (:func:`pipeline.ooxml.package.edit_part`): the workbook is zipped once more, not twice."""
    extras = result.extra_columns
    headers = output_headers(extras)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": f"{result.case.case_id} merged chronology",
                         "comments": "OFFICIAL - SENSITIVE: restricted, not for publication"})
    bold = book.add_format({"bold": True, "bg_color": "#BFBFBF", "text_wrap": True,
                            "valign": "top", "border": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    sheet = book.add_worksheet("Chronology")
    sheet.write_row(0, 0, headers, bold)
    for col, header in enumerate(headers):
        sheet.set_column(col, col, _WIDTHS.get(header, 20), wrap)
    last_row = len(result.entries) + 1
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, last_row - 1, len(headers) - 1)
    sheet.set_landscape()
    sheet.repeat_rows(0)
    sheet.fit_to_pages(1, 0)

    agencies = list(dict.fromkeys(a.agency for a in result.agencies))
    styles: dict[tuple[str, Precision], list[int]] = {}  # (agency, resolution) -> styles
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
    _flags_sheet(book, result, bold, wrap)
    _summary_sheet(book, result, bold)
    book.close()

    rows = ((row_values(e, extras), styles[(e.agency, e.resolution)]) for e in result.entries)
    kinds = [NUMBER, DATE, *[TEXT] * (len(headers) - 2)]
    data = splice_rows(buffer.getvalue(), _SHEET_PART, rows_xml(rows, 2, kinds),
                       last_row, len(headers) - 1)
    path.write_bytes(data)
