"""The look every restricted workbook shares, so a DHR Officer knows one when they see it.

A header row that stays in view (bold, grey, filtered), columns wide enough to read, wrapped
text, drop-downs for the cells a person fills in, and the protective marking printed at the top
and bottom of every page: a printed sheet left on a desk still says it is not for publication.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = "D9D9D9"


def write_table(sheet: Worksheet, columns: Sequence[tuple[str, float]],
                rows: Sequence[Sequence[object]]) -> None:
    """``rows`` under a header of ``columns`` (name, width): header bold, frozen and filtered,
    every cell wrapped and top-aligned so long context reads in place."""
    sheet.append([name for name, _ in columns])
    for row in rows:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    for number, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    top = Alignment(wrap_text=True, vertical="top")
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = top
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"


def mark_restricted(sheet: Worksheet, marking: str, title: str) -> None:
    """The protective marking above and below every printed page, the page number beside the
    title, the header row repeated, landscape and one page wide."""
    for header_footer in (sheet.oddHeader, sheet.oddFooter):
        header_footer.center.text = marking.replace("&", "&&")
        header_footer.center.font = "Calibri,Bold"
    sheet.oddFooter.left.text = title.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def choice_column(sheet: Worksheet, column: int, rows: int, choices: Sequence[str] | str,
                  prompt: str, strict: bool = True) -> None:
    """A drop-down on ``column`` (1-based) for ``rows`` data rows (at least a few hundred, so a
    row added by hand gets one too). ``choices`` is a list of words, or a range such as
    ``'Map entries'!$A$2:$A$9``; ``strict=False`` lets a person type something else (a
    warning, not a refusal)."""
    source = choices if isinstance(choices, str) else '"' + ",".join(choices) + '"'
    letter = get_column_letter(column)
    check = DataValidation(type="list", formula1=source, allow_blank=True,
                           showErrorMessage=True, errorStyle="stop" if strict else "warning",
                           errorTitle=sheet.cell(1, column).value, error=prompt,
                           showInputMessage=True, promptTitle=sheet.cell(1, column).value,
                           prompt=prompt)
    sheet.add_data_validation(check)
    check.add(f"{letter}2:{letter}{max(rows + 1, 500)}")
