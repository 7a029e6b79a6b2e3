"""The letter telling the Home Office of the decision to hold a review (seeds 003 §23–24, §29).

The DHR Officer sends it, on behalf of the partnership, to the Home Office DHR enquiries inbox
within the month of the decision. It names the deceased, their age and date of death, the
relationship of the suspect or perpetrator, the dates of notification and decision, the chair
when one is appointed and the time the statutory guidance expects a review to take. A fact
case.yaml does not give is shown as not recorded; the letter is dated the day case.yaml says
the Home Office was told (``milestones.home_office_notified``), never the day it was made.
"""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.text.paragraph import Paragraph

from pipeline.forms.facts import Facts, months_after, shown
from pipeline.forms.word import GREY, NOT_RECORDED, Value, answers, given, new_document, note
from pipeline.ooxml.package import package_bytes

HOME_OFFICE = "DHREnquiries@homeoffice.gov.uk"
EXPECTED_MONTHS = 6  # the statutory guidance's expectation, from the decision


def _line(document: Document, label: str, value: str | None) -> Paragraph:
    """``Label: value``, the value in grey as NOT_RECORDED when case.yaml does not give it."""
    paragraph = document.add_paragraph()
    if label:
        paragraph.add_run(label).bold = True
    run = paragraph.add_run(value or NOT_RECORDED)
    if not value:
        run.italic = True
        run.font.color.rgb = GREY
    return paragraph


def decision_letter(facts: Facts) -> bytes:
    """The letter as the bytes of a .docx (the same facts give the same bytes)."""
    case, milestones = facts.case, facts.milestones
    name, short = facts.review_name, facts.review_short
    csp = case.csp or "the Community Safety Partnership"
    victims = facts.victims
    names = " and ".join(v.name for v in victims)
    document = new_document(f"{facts.reference}: decision to hold a {short}")

    sender = _line(document, "", case.csp)
    sender.runs[0].bold = bool(case.csp)
    sender.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if facts.contact:
        document.add_paragraph(facts.contact).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()
    document.add_paragraph(f"Home Office\nBy secure email to {HOME_OFFICE}")
    document.add_paragraph()
    _line(document, "Our reference: ", facts.reference)
    _line(document, "Date: ", shown(milestones.home_office_notified))
    document.add_paragraph()
    subject = document.add_paragraph(f"Decision to hold a {name}: the death of {names}")
    subject.runs[0].bold = True
    document.add_paragraph("Dear colleagues,")
    act = ("section 9 of the Domestic Violence, Crime and Victims Act 2004"
           + (", as substituted by section 19 of the Victims and Prisoners Act 2024"
              if facts.dardr else ""))
    document.add_paragraph(
        f"I write on behalf of {csp} to confirm its decision to hold a {name.lower()} into the "
        f"death of {names}, under {act}. The details of the review are below.")

    rows: list[tuple[str, Value]] = [("Community Safety Partnership", given(case.csp)),
                                     ("Our reference", facts.reference)]
    for victim in victims:
        rows += [
            ("Name of the deceased", victim.name),
            ("Age at death", given(facts.age(victim))),
            ("Sex", given(victim.sex)),
            ("Date of death", given(shown(facts.date_of_death(victim)))),
        ]
    suspects = facts.perpetrators
    rows.append(("Relationship of the suspect/perpetrator to the deceased",
                 [(f"{p.name}: " if len(suspects) > 1 else "", given(p.relationship))
                  for p in suspects] if suspects
                 else [("No suspect/perpetrator is listed in case.yaml.", "")]))
    due = (months_after(milestones.decision, EXPECTED_MONTHS) if milestones.decision
           else None)
    chair: Value = None
    if facts.chair:
        chair = facts.chair + (f", appointed {shown(milestones.chair_appointed)}"
                               if milestones.chair_appointed else "")
    rows += [
        ("Date the partnership was notified of the death", given(shown(milestones.notification))),
        ("Date of the decision to hold a review", given(shown(milestones.decision))),
        ("Independent chair", chair),
        ("Expected timescale",
         [(f"Within {EXPECTED_MONTHS} months of the decision, as the statutory guidance "
           "expects: by ", given(shown(due)))]),
    ]
    answers(document, rows, widths=(7.0, 10.0))
    if not facts.chair:
        document.add_paragraph("We will tell you the name of the independent chair once they "
                               "are appointed.")
    document.add_paragraph(
        "We will tell you of any significant delay to the review, and will send the overview "
        "report, executive summary and action plan to the Home Office Quality Assurance Panel "
        "when the partnership has agreed them.")
    if facts.contact:
        document.add_paragraph(f"Please direct any questions about this review to {facts.contact}.")
    document.add_paragraph("Yours faithfully,")
    for _ in range(2):
        document.add_paragraph()
    document.add_paragraph(f"{short} Officer, on behalf of {csp}")
    missing = milestones.home_office_notified is None or any(
        value is None or (isinstance(value, list) and any(fact is None for _, fact in value))
        for _, value in rows)
    if missing:
        note(document, "\"Not recorded in case.yaml\" marks a fact the case file does not give "
                       "yet: add it to case.yaml and make the letter again, or complete it by "
                       "hand, before sending.")
    return package_bytes(document)
