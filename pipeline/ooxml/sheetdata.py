"""Rows of a worksheet (``ss:sheetData``) written as XML text, fast.

XlsxWriter and openpyxl cost 6-13 µs a cell in Python; a merge of 100,000 entries has well over
a million cells. The workbook is still built by XlsxWriter (styles, widths, panes, filters, the
small sheets); only the rows of one big sheet are generated here and spliced into its package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from pipeline.ooxml.package import edit_part
from pipeline.ooxml.text import escape_markup, xml_text

EXCEL_MAX_CELL = 32_767
_EPOCH = dt.date(1899, 12, 30)


def column_letters(index: int) -> str:
    """Excel's name for a zero-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def excel_serial(value: dt.date | dt.datetime) -> float:
    """Days since Excel's 1900 epoch, with the time of day as the fraction."""
    if isinstance(value, dt.datetime):
        delta = value - dt.datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86_400
    return float((value - _EPOCH).days)


NUMBER, DATE, TEXT = "number", "date", "text"


def _cell_template(letter: str, kind: str, style: int, slot: int, empty: bool) -> str:
    """One cell of a row template; ``{0}`` is the row number, ``{slot}`` the value."""
    ref = f'r="{letter}{{0}}" s="{style}"'
    if empty:
        return f"<c {ref}/>"
    if kind == TEXT:
        return f'<c {ref} t="inlineStr"><is><t xml:space="preserve">{{{slot}}}</t></is></c>'
    return f"<c {ref}><v>{{{slot}}}</v></c>"


def _text_value(value: object) -> str:
    text = value if value.__class__ is str else ("" if value is None else str(value))
    if len(text) > EXCEL_MAX_CELL:
        text = text[: EXCEL_MAX_CELL - 40] + " […continued in the CSV file]"
    return xml_text(text)


def _texts(values: list[object]) -> list[str]:
    """Escaped texts of a row: joined, escaped once and split, unless a value needs care."""
    joined = _SEPARATOR.join(values)  # type: ignore[arg-type]
    if (len(joined) > EXCEL_MAX_CELL or joined.count(_SEPARATOR) != len(values) - 1
            or _NEEDS_CARE.search(joined)):
        return [_text_value(v) for v in values]
    return escape_markup(joined).split(_SEPARATOR)


_SEPARATOR = "\x00"  # cannot occur in a value that passes the checks below
_NEEDS_CARE = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def rows_xml(rows: Iterable[tuple[Sequence[object], Sequence[int]]], first_row: int,
             kinds: Sequence[str]) -> Iterable[str]:
    """``<row>`` elements for (values, style indexes) pairs, one per row.

    ``kinds`` gives each column's type: :data:`TEXT` (inline strings; empty text is an empty
    string cell, so fills are unbroken), :data:`NUMBER`, or :data:`DATE` (``date``/``datetime``
    as a serial; ``None`` gives an empty styled cell). Each distinct style list and pattern of
    missing numbers gets one format string, so a row costs one ``str.format``.
    """
    letters = [column_letters(i) for i in range(len(kinds))]
    others = [i for i, kind in enumerate(kinds) if kind != TEXT]
    text_columns = [i for i, kind in enumerate(kinds) if kind == TEXT]
    order = others + text_columns  # template slots: numbers and dates first, then texts
    slot_of = {column: slot for slot, column in enumerate(order, start=1)}
    templates: dict[tuple[int, tuple[bool, ...]], str] = {}
    for number, (values, styles) in enumerate(rows, start=first_row):
        missing = tuple(values[i] is None for i in others)
        key = (id(styles), missing)
        template = templates.get(key)
        if template is None:
            gaps = dict(zip(others, missing, strict=True))
            cells = "".join(
                _cell_template(letters[i], kinds[i], styles[i], slot_of[i], gaps.get(i, False))
                for i in range(len(kinds))
            )
            template = templates[key] = f'<row r="{{0}}">{cells}</row>'
        filled: list[object] = [number]
        for i in others:
            value = values[i]
            if value is None:
                filled.append("")
            elif kinds[i] == DATE:
                filled.append(f"{excel_serial(value):g}")  # type: ignore[arg-type]
            else:
                filled.append(value)
        texts = [v if v.__class__ is str else ("" if v is None else str(v))
                 for v in (values[i] for i in text_columns)]
        filled.extend(_texts(texts))
        yield template.format(*filled)


def splice_rows(xlsx: bytes, sheet_part: str, rows: Iterable[str], last_row: int,
                last_column: int) -> bytes:
    """The package with ``rows`` appended to ``sheet_part``'s sheetData and its dimension set,
    finished by :func:`pipeline.ooxml.package.edit_part` (no dates, fixed member times).

    ``sheet_part`` was written by XlsxWriter holding only its header row, so ``</sheetData>``
    occurs once and the dimension element is XlsxWriter's own.
    """

    def edit(sheet: str) -> str:
        head, tail = sheet.replace("<sheetData/>", "<sheetData></sheetData>").split(
            "</sheetData>", 1)
        dimension_start = head.find("<dimension ref=")
        if dimension_start >= 0:
            dimension_end = head.index("/>", dimension_start) + 2
            ref = f"A1:{column_letters(last_column)}{last_row}"
            head = f'{head[:dimension_start]}<dimension ref="{ref}"/>{head[dimension_end:]}'
        return f"{head}{''.join(rows)}</sheetData>{tail}"

    return edit_part(xlsx, sheet_part, edit)
