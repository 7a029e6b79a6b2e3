"""The notification forms: the referral form of the protocol's Appendix A and the letter
telling the Home Office of the decision to hold a review (seeds 003 §6–§29).

``dhr forms`` writes both into ``OUT/restricted/`` from case.yaml (``subjects:``,
``incident:``, ``milestones:``, ``chair:``), together or not at all, the same bytes for the
same case.yaml. A fact case.yaml does not give is shown as not recorded, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.config import load_case
from pipeline.forms.facts import Facts, read_facts
from pipeline.forms.letter import decision_letter
from pipeline.forms.notification import notification_form
from pipeline.outputs import AtomicOutputs

FORM_NAME = "notification_form.docx"
LETTER_NAME = "home_office_decision_letter.docx"


@dataclass(frozen=True)
class FormsSummary:
    """What ``dhr forms`` wrote."""

    folder: Path
    paths: tuple[Path, ...]
    facts: Facts


def run_forms(case_dir: Path, out: Path | None = None) -> FormsSummary:
    """Write the notification form and the Home Office letter for a case.

    The case is read as at the start of a review, before any agency has replied (an agency
    needs only its name).
    """
    case = load_case(case_dir, require_returns=False)
    facts = read_facts(case)
    folder = (Path(out) if out else case.root / "output") / "restricted"
    documents = ((FORM_NAME, notification_form(facts)), (LETTER_NAME, decision_letter(facts)))
    with AtomicOutputs(folder) as outputs:
        for name, data in documents:
            outputs.path(name).write_bytes(data)
    return FormsSummary(folder, tuple(folder / name for name, _ in documents), facts)
