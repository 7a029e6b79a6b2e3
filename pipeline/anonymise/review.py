"""The review loop: what a person must check, their decisions, and the audit of every change.

The review workbook lists each placeholder and each ambiguous detection with a little context
and a Decision column (redact / keep / pseudonym) with a drop-down. Filled in and given back
with ``--decisions``, it makes the next run apply those decisions, so a reviewed case
reprocesses to the same result. All three files are restricted: they hold the originals.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, fields
from pathlib import Path

import openpyxl
import yaml
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from pipeline.anonymise.pseudonyms import fold
from pipeline.errors import ConfigError
from pipeline.ooxml.package import save_package

ACTIONS = ("redact", "keep", "pseudonym")
_HEADERS = ("Detected text", "Type", "Found by", "Replaced with", "Context", "Score",
            "Suggested action", "Decision", "Pseudonym (if decision is pseudonym)")


@dataclass
class ReviewItem:
    """Something a reviewer should look at."""

    original: str
    entity: str
    detector: str
    replacement: str
    context: str
    score: float
    suggestion: str
    decision: str = ""
    value: str = ""  # the pseudonym, when the decision is pseudonym


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one detected text."""

    original: str
    action: str  # redact, keep or pseudonym
    value: str = ""


def review_rows(items: list[ReviewItem]) -> list[list[object]]:
    """The rows of the review sheet, as written and as read back."""
    return [[item.original, item.entity, item.detector, item.replacement, item.context,
             round(item.score, 2), item.suggestion, item.decision or None, item.value or None]
            for item in items]


STALE = "No longer found"  # the sheet of decisions whose text no document holds any more


def read_review_rows(path: Path, sheet_name: str = "Review") -> list[list[object]] | None:
    """The rows of one sheet of an existing review workbook (``None`` when there is none to
    read; no rows when the sheet is not there)."""
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        if sheet_name not in book.sheetnames:
            return []
        rows = [list(r) + [None] * (len(_HEADERS) - len(r))
                for r in book[sheet_name].iter_rows(min_row=2, values_only=True)]
    except Exception:  # missing or damaged: it is simply written again
        return None
    return [[None if c == "" else c for c in r[:len(_HEADERS)]] for r in rows if any(r)]


AGAIN = "Then run again with --decisions pointing at this file."


def _item_sheet(sheet, items: list[ReviewItem]) -> None:
    sheet.append(list(_HEADERS))
    for row in review_rows(items):
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    for column, width in zip("ABCDEFGHI", (24, 14, 16, 16, 60, 7, 40, 12, 28), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    choice = DataValidation(type="list", formula1=f'"{",".join(ACTIONS)}"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Decision",
                            error="Choose redact, keep or pseudonym.")
    sheet.add_data_validation(choice)
    choice.add(f"H2:H{max(len(items) + 1, 500)}")
    sheet.freeze_panes = "A2"


def write_review(items: list[ReviewItem], path: Path, again: str = AGAIN,
                 stale: list[ReviewItem] = ()) -> None:
    """The review workbook, one row per item, with a drop-down for the decision; ``again``
    tells the reader how to apply it. ``stale``: decisions whose text is no longer found,
    kept on a sheet of their own (they apply again if the text comes back)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Review"
    _item_sheet(sheet, items)
    if stale:
        _item_sheet(book.create_sheet(STALE), list(stale))
    notes = book.create_sheet("How to use")
    lines = [
        "RESTRICTED: this workbook holds the real text found in the document.",
        "For each row choose a Decision: redact (keep the placeholder), keep (the text is not "
        "personal, leave it), or pseudonym (write the pseudonym in the next column).",
        again,
    ]
    if stale:
        lines.append(f"The sheet '{STALE}' holds decisions for text no document holds any "
                     "more (a passage was redrafted, say). They are kept and apply again if "
                     "the text comes back; delete a row there to drop its decision.")
    for line in lines:
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    save_package(book, path)


def _decision(original: object, action: object, value: object, where: str) -> Decision | None:
    text = str(original or "").strip()
    chosen = str(action or "").strip().lower()
    if not text or not chosen:
        return None
    if chosen not in ACTIONS:
        raise ConfigError(f"{where}: decision '{chosen}' is not one of {', '.join(ACTIONS)}.")
    pseudonym = str(value or "").strip()
    if chosen == "pseudonym" and not pseudonym:
        raise ConfigError(f"{where}: decision is pseudonym but no pseudonym is given.")
    return Decision(text, chosen, pseudonym)


def read_decisions(path: Path) -> dict[str, Decision]:
    """Decisions from a filled-in review workbook or the equivalent YAML, by folded text.

    YAML form::

        decisions:
          - text: Kirsty Bell
            action: pseudonym
            pseudonym: Outreach Worker A
    """
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: decisions file not found.")
    found: list[Decision | None] = []
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML; check the indentation.") from exc
        entries = raw.get("decisions") if isinstance(raw, dict) else None
        if not isinstance(entries, list):
            raise ConfigError(f"{path}: expected a list under 'decisions:'.")
        for i, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict):
                raise ConfigError(f"{path}: decisions[{i}] must have text and action.")
            found.append(_decision(entry.get("text"), entry.get("action"),
                                   entry.get("pseudonym"), f"{path}: decisions[{i}]"))
    else:
        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            sheets = [book["Review"]] + ([book[STALE]] if STALE in book.sheetnames else [])
        except Exception as exc:  # openpyxl raises many types for a bad file
            raise ConfigError(f"{path}: not a review workbook made by 'dhr anonymise'.") from exc
        # Stale decisions first: a decision on the Review sheet wins.
        for sheet in reversed(sheets):
            found.extend(_sheet_decisions(sheet, path))
    return {fold(d.original): d for d in found if d is not None}


def _sheet_decisions(sheet, path: Path) -> list[Decision | None]:
    rows = sheet.iter_rows(values_only=True)
    header = [str(h or "") for h in next(rows, ())]
    try:
        text_at, decision_at = header.index(_HEADERS[0]), header.index(_HEADERS[7])
        value_at = header.index(_HEADERS[8])
    except ValueError as exc:
        raise ConfigError(f"{path}: the {sheet.title} sheet has lost its column headers."
                          ) from exc
    found = []
    for number, row in enumerate(rows, start=2):
        cells = list(row) + [None] * len(_HEADERS)
        where = f"{path}: row {number}" + ("" if sheet.title == "Review" else
                                           f" of the sheet '{sheet.title}'")
        found.append(_decision(cells[text_at], cells[decision_at], cells[value_at], where))
    return found


PICTURE_KEY = "picture "  # a picture's review item is this and its content hash
_PERSON_N = re.compile(r"Person (\d+)")
_PERSON_IN_TEXT = re.compile(r"\bPerson \d+\b")


def person_number(placeholder: str) -> int | None:
    """N of a "Person N" placeholder; ``None`` for anything else."""
    match = _PERSON_N.fullmatch(placeholder)
    return int(match.group(1)) if match else None


def placeholders_in(text: str) -> set[str]:
    """The "Person N" placeholders an anonymised text holds."""
    return set(_PERSON_IN_TEXT.findall(text))


def given_placeholders(path: Path) -> dict[str, str]:
    """The "Person N" each person was given in an earlier run, by folded text, from a review
    workbook's rows (both sheets); none when there is no workbook to read."""
    given: dict[str, str] = {}
    for sheet_name in (STALE, "Review"):
        for row in read_review_rows(path, sheet_name) or []:
            text, replaced = str(row[0] or ""), str(row[3] or "")
            if text and person_number(replaced):
                given[fold(text)] = replaced
    return given


def write_audit(rows: list, path: Path) -> None:
    """The audit log: one CSV row per replacement (restricted: it holds the originals)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        if not rows:
            writer.writerow(["part", "location", "entity", "detector", "original",
                             "replacement", "score"])
            return
        names = [f.name for f in fields(rows[0])]
        writer.writerow(names)
        writer.writerows([getattr(r, n) for n in names] for r in rows)
