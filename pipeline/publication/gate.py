"""The publication gate: what must be true before a report reaches ``publish/``.

A published review is a public document about a real death, so nothing unfinished,
unreviewed or unapproved may go out: the QA check passes (no gap, no placeholder, nothing "to
be confirmed"), the protocol's conditions for publication are recorded in case.yaml (the Home
Office QA Panel's letter agreeing the report, the family told of the arrangements, the date;
seeds/003 §103–104), and every item of the anonymisation review has a decision. Each unmet
condition is one plain line; ``dhr publish --preview`` shows the result whatever they say.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import CaseConfig


def _approval(case: CaseConfig) -> list[str]:
    facts = case.publication
    reasons = []
    if facts.letter_date is None or not facts.letter_reference:
        reasons.append("case.yaml: publication.qa_panel_letter needs the date and reference of "
                       "the Home Office Quality Assurance Panel's letter agreeing the report "
                       "for publication.")
    if facts.family_told is None:
        reasons.append("case.yaml: publication.family_told needs the date the family was told "
                       "of the publication arrangements.")
    if facts.date is None:
        reasons.append("case.yaml: publication.date needs the date of publication (it is shown "
                       "on the cover).")
    if facts.date and facts.letter_date and facts.date < facts.letter_date:
        reasons.append("case.yaml: publication.date is before the QA Panel's letter; a review "
                       "is published only after the Panel has agreed it.")
    if facts.date and facts.family_told and facts.family_told > facts.date:
        reasons.append("case.yaml: publication.family_told is after publication.date; the "
                       "family is told of the arrangements before the report is published.")
    return reasons


def readiness(case: CaseConfig, restricted: Path) -> list[str]:
    """Every reason, known before anonymising, not to publish yet: QA gaps (placeholders and
    "to be confirmed" included) and missing approval facts."""
    from pipeline.drafts.qa import check_case

    gaps = [f"QA: {gap}" for check in check_case(case, restricted) for gap in check.gaps]
    return gaps + _approval(case)


def undecided(count: int, review: Path, new: list[str] = ()) -> list[str]:
    """The reason for review items still without a decision, naming the workbook and the
    placeholders given for the first time."""
    if not count:
        return []
    items = "item has" if count == 1 else "items have"
    first = f" ({', '.join(new)} given for the first time)" if new else ""
    return [f"{count} anonymisation review {items} no decision{first}; choose keep, redact or "
            f"pseudonym for each in the Decision column of {review} and run again."]


def unreadable(report: str, parts: list[str]) -> list[str]:
    """Reasons for charts and diagrams whose text the anonymiser cannot rewrite."""
    return [f"{report}: {part} (a chart or diagram) holds text the tool cannot anonymise; "
            "paste it into the author's file as a picture instead." for part in parts]


def marking_left(report: str, places: list[str]) -> list[str]:
    """Reasons for a pre-publication marking publication could not replace."""
    return [f"{report}: the pre-publication marking is still in {where}; give that paragraph "
            "the 'Protective Marking' style." for where in places]
