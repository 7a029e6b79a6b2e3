"""Is the review ready for the Home Office Quality Assurance Panel?

The checks follow what the Panel looks for (Leicester protocol §50, §54, §78–80): agencies,
family and friends consulted; analysis present, not only narrative; lessons and an action plan
whose every row has a lead, a target date and an outcome measure; an independence statement;
the panel named; equality and diversity addressed; every agency in the chronology with an IMR
or a recorded reason; no placeholder left in the drafts. Each gap is one plain line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from docx import Document
from openpyxl.styles import Alignment, Font, PatternFill

from pipeline.config import CaseConfig, load_case
from pipeline.drafts import OVERVIEW, SUMMARY, narrative_path
from pipeline.drafts.context import ChronologySummary, agency_context, recommendations
from pipeline.drafts.imr import read_imr
from pipeline.errors import DraftsError
from pipeline.ooxml.package import save_package
from pipeline.outputs import AtomicOutputs

ANALYSIS_MIN_WORDS = 150
CHECKLIST = "qa_checklist.xlsx"


@dataclass(frozen=True)
class Check:
    """One QA criterion and, when it is not met, what is missing."""

    criterion: str
    gaps: tuple[str, ...]

    @property
    def ready(self) -> bool:
        """Whether the criterion is met."""
        return not self.gaps


def _words(path: Path | None) -> int:
    if path is None:
        return 0
    return sum(len(p.text.split()) for p in Document(str(path)).paragraphs)


def _people(case: CaseConfig) -> list[Check]:
    raw = case.extra
    panel = raw.get("panel") or []
    panel_gaps = [] if panel else ["The review panel members are not listed (case.yaml panel)."]
    for index, member in enumerate(panel, start=1):
        for field in ("name", "role", "agency"):
            if not isinstance(member, dict) or not str(member.get(field) or "").strip():
                panel_gaps.append(f"Panel member {index} has no {field} (case.yaml "
                                  f"panel[{index}].{field}).")
    chair, author = raw.get("chair") or {}, raw.get("author") or {}
    named = [f"The {who} is not named (case.yaml {who}.name)." for who, value in
             (("chair", chair), ("author", author)) if not str(value.get("name") or "").strip()]
    independence = [] if str(author.get("independence") or "").strip() else [
        "The author's statement of independence is missing (case.yaml author.independence)."]
    return [Check("The review panel is named, with role and agency", tuple(panel_gaps)),
            Check("The chair and author are named", tuple(named)),
            Check("The author's independence is stated", tuple(independence))]


def _consultation(case: CaseConfig) -> list[Check]:
    raw = case.extra
    return [
        Check("Terms of reference are set out", () if raw.get("terms_of_reference") else (
            "The terms of reference are missing (case.yaml terms_of_reference).",)),
        Check("The family was consulted", () if str(raw.get("family_involvement") or "").strip()
              else ("How the family was involved is not recorded (case.yaml "
                    "family_involvement).",)),
        Check("Friends, colleagues, neighbours and community were consulted",
              () if str(raw.get("friends_involvement") or "").strip() else (
                  "How friends and the wider community were involved is not recorded "
                  "(case.yaml friends_involvement).",)),
        Check("Equality and diversity are addressed", () if raw.get("equality") else (
            "Equality and diversity are not addressed (case.yaml equality).",)),
    ]


def _agencies(case: CaseConfig) -> tuple[Check, list[list[str]]]:
    gaps, analyses = [], []
    for index, agency in enumerate(case.agencies, start=1):
        if agency.imr is None:
            if not agency.no_imr_reason:
                gaps.append(f"{agency.name} has no IMR and no recorded reason (case.yaml "
                            f"agencies[{index}].imr or no_imr_reason).")
            continue
        try:
            analyses.append(read_imr(agency.imr, f"agencies[{index}].imr").get("analysis"))
        except DraftsError as exc:
            gaps.append(str(exc))
    return Check("Every agency has an IMR or a recorded reason", tuple(gaps)), analyses


def _analysis_and_lessons(case: CaseConfig, imr_analyses: list[list[str]]) -> list[Check]:
    gaps = []
    words = _words(narrative_path(case, "analysis"))
    if words < ANALYSIS_MIN_WORDS:
        gaps.append(f"The author's analysis (narrative/analysis.docx) has {words} words; the "
                    f"Panel expects analysis, not only narrative (at least {ANALYSIS_MIN_WORDS}).")
    if case.agencies and not any(imr_analyses):
        gaps.append("No IMR has an Analysis section.")
    lessons = [] if narrative_path(case, "lessons") else [
        "Lessons to be learned are not written (narrative/lessons.docx)."]
    return [Check("Analysis is present, not only narrative", tuple(gaps)),
            Check("Lessons to be learned are identified", tuple(lessons))]


def _action_plan(case: CaseConfig) -> Check:
    gaps = []
    try:
        own = recommendations(case.extra)
    except DraftsError as exc:
        return Check("The action plan is complete", (str(exc),))
    if not own:
        gaps.append("There are no recommendations (case.yaml recommendations).")
    empty = ChronologySummary(Counter(), {}, {}, {}, [])
    try:
        _, single = agency_context(case, empty)
    except DraftsError as exc:
        single = []
        gaps.append(str(exc))
    labels = {"lead_agency": "lead", "target_date": "target date", "outcome": "outcome measure"}
    for row in [{**r, "source": "Overview Report"} for r in own] + single:
        missing = [label for key, label in labels.items() if not row.get(key)]
        if missing:
            gaps.append(f"Action plan row {row['number']} ({row['source']}) has no "
                        f"{' or '.join(missing)}.")
    return Check("The action plan is complete: every row has a lead, a target date and an "
                 "outcome measure", tuple(gaps))


# Text that says a draft is not finished: the drafts' own placeholders, "to be confirmed", TBC.
_UNFINISHED = re.compile(r"\[Author to complete:|to be confirmed|\bTBC\b", re.IGNORECASE)
# The templates' own placeholders, safe to quote: a section's name in lower case after its
# capital ("[Author to complete: Key issues]"). Anything else is named by where it is only,
# since the author's prose may hold personal data.
_OWN_PLACEHOLDER = re.compile(r"\[Author to complete: [A-Za-z][a-z ,'’-]{0,60}\]|\[(?:date )?to "
                              r"be confirmed\]|date of completion to be confirmed")


def unfinished_text(path: Path) -> list[str]:
    """Where a draft (tables, headers, footers and notes included) still says it is
    unfinished: the placeholder when it is one of the templates' own, else its place."""
    from pipeline.ooxml.docx_package import DocxPackage, PackageError

    try:
        package = DocxPackage(path.read_bytes())
    except (OSError, PackageError):
        return [f"{path.name} could not be read; run 'dhr drafts' again"]
    lines = []
    for part, where, text in package.located_texts():
        if not where or not _UNFINISHED.search(text):
            continue
        own = _OWN_PLACEHOLDER.findall(text)
        place = "" if part == "word/document.xml" else f"{part} "
        lines.extend(own or [f"{place}{where} says it is unfinished ('to be confirmed' or "
                             "'TBC')"])
    return lines


def _placeholders(folder: Path) -> Check:
    drafts = [folder / OVERVIEW, folder / SUMMARY]
    if not all(p.is_file() for p in drafts):
        return Check("No placeholder is left in the drafts",
                     ("The drafts have not been made yet; run 'dhr drafts' first.",))
    gaps = [f"{path.name}: {line}" for path in drafts for line in unfinished_text(path)]
    return Check("No placeholder or \"to be confirmed\" is left in the drafts", tuple(gaps))


def check_case(case: CaseConfig, folder: Path) -> list[Check]:
    """Every QA check for the case and its drafts in ``folder`` (OUT/restricted)."""
    agencies, analyses = _agencies(case)
    return [*_people(case), *_consultation(case), agencies, *_analysis_and_lessons(case, analyses),
            _action_plan(case), _placeholders(folder)]


def write_checklist(checks: list[Check], path: Path) -> None:
    """The checklist workbook: every criterion, Ready or Gap, and the gaps."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "QA checklist"
    sheet.append(["Criterion", "Result", "What is missing"])
    for check in checks:
        sheet.append([check.criterion, "Ready" if check.ready else "Gap", "\n".join(check.gaps)])
        sheet.cell(sheet.max_row, 2).fill = PatternFill(
            "solid", fgColor="C6EFCE" if check.ready else "FFC7CE")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABC", (60, 10, 100), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    save_package(book, path)


def run_qa(case_dir: Path, out: Path | None = None) -> tuple[list[Check], Path]:
    """Check the case, write ``restricted/qa_checklist.xlsx``, return the checks and its path."""
    case = load_case(case_dir)
    folder = (Path(out) if out else case.root / "output") / "restricted"
    checks = check_case(case, folder)
    with AtomicOutputs(folder) as outputs:
        write_checklist(checks, outputs.path(CHECKLIST))
    return checks, folder / CHECKLIST
