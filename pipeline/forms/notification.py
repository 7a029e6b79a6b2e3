"""The notification form: the referral form of Appendix A of the DHR protocol (seeds 003),
completed from case.yaml.

Its parts follow the appendix: the referrer and the safeguarding lead, then Section 1 (the
deceased, others at the victim's address, the fatal incident, the suspect or perpetrator,
others at their address, the relationship, the children, other agencies, a brief summary and
the criteria for a review), Section 2 for the sub-group and Section 3 for the DHR Officer.
Each fact comes from case.yaml or is shown as not recorded; the criteria are set beside what
case.yaml records, and the Yes and No boxes are left for the sub-group: whether a death meets
the definition is theirs to decide (§20–22), never the tool's.
"""

from __future__ import annotations

from docx import Document

from pipeline.forms.facts import Facts, Person, shown
from pipeline.forms.word import (
    EMPTY,
    TEXT_WIDTH,
    Lines,
    Value,
    answers,
    banner,
    given,
    grid,
    new_document,
    note,
)
from pipeline.ooxml.package import package_bytes

SECTIONS = (
    "Referrer's details",
    "Safeguarding lead's details",
    "Section 1",
    "1.1 Details of the deceased person",
    "1.2 Details of others residing at the victim's address",
    "1.3 The fatal incident",
    "1.4 Suspect/perpetrator details",
    "1.5 Details of others residing at the suspect/perpetrator's address",
    "1.6 The relationship between the deceased and the suspect/perpetrator",
    "1.7 Children",
    "1.8 Other agencies with known involvement",
    "1.9 Brief summary of the case",
    "1.10 Criteria for a {short}",
    "Section 2: for completion at the {short} sub-group considering the referral",
    "Section 3: for completion by the {short} Officer",
)
ROLES = {"victim": "Victim", "perpetrator": "Suspect/perpetrator", "child": "Child",
         "family": "Family member", "other": "Other"}
# Appendix A's questions case.yaml has no key for: boxes completed by hand.
DECEASED_BY_HAND = (
    "Sexual orientation", "Country of birth",
    "Did the deceased person have caring responsibilities? (if yes, give details)",
    "Vulnerabilities (yes, and the extent if known; no; or not known): mental ill-health",
    "Problematic drug use", "Problematic alcohol use", "Pregnancy in the last 12 months",
    "Significant relationships (partner, carer, family members)",
    "Was the deceased person accessing services before the death? If so, which?",
    "Had the deceased person experienced domestic abuse by a current or previous partner or "
    "family member? If so, what is known?",
    "Had the deceased person's case been heard at MARAC? If so, when?",
)
SUSPECT_BY_HAND = (
    "Sexual orientation", "Country of birth",
    "Did the suspect/perpetrator have caring responsibilities? (if yes, give details)",
    "Vulnerabilities (yes, and the extent if known; no; or not known): mental ill-health",
    "Problematic drug use", "Problematic alcohol use",
    "Significant relationships (partner, carer, family members)",
    "Was the suspect/perpetrator accessing services before the death? If so, which?",
    "Had the suspect/perpetrator perpetrated domestic abuse against a previous partner or "
    "family member? If so, what is known?",
    "Managed or supervised by MAPPA, the Probation Service, or attending a perpetrator "
    "programme?",
)
RELATIONSHIP_FACTORS = ("Forced marriage", "Honour-based abuse", "Physical violence",
                        "Coercive control", "Stalking", "Digital stalking", "Financial abuse",
                        "Trafficking", "Kidnapping", "Immigration issues")
# The definitions the criteria are set against, quoted from the Acts.
DHR_DEFINITION = (
    "Section 9(1) of the Domestic Violence, Crime and Victims Act 2004: a domestic homicide "
    "review is a review of the circumstances in which the death of a person aged 16 or over "
    "has, or appears to have, resulted from violence, abuse or neglect by (a) a person to whom "
    "he was related or with whom he was or had been in an intimate personal relationship, or "
    "(b) a member of the same household as himself, held with a view to identifying the "
    "lessons to be learnt from the death. Where a victim took their own life and the "
    "circumstances give rise to concern, a review should also be undertaken (Multi-agency "
    "Statutory Guidance, 2016, paragraph 18)."
)
DARDR_DEFINITION = (
    "Section 9 of the Domestic Violence, Crime and Victims Act 2004, as substituted by section "
    "19 of the Victims and Prisoners Act 2024: a domestic abuse related death review is a "
    "review of the circumstances of the death of a person held (a) where the death has, or "
    "appears to have, resulted from domestic abuse towards the person within the meaning of "
    "the Domestic Abuse Act 2021, and (b) with a view to identifying the lessons to be learned "
    "from the death. Under that Act, abuse is domestic abuse when the two people are each "
    "aged 16 or over and personally connected (sections 1 and 2)."
)


def _person_rows(facts: Facts, person: Person | None, deceased: bool) -> list[tuple[str, Value]]:
    """The personal details of a victim (``deceased``) or a suspect/perpetrator."""
    who = "deceased person" if deceased else "suspect/perpetrator"
    p = person or Person(0, "", "perpetrator")  # none listed: every fact blank
    age = facts.age(p) if person is not None else ""
    died = facts.date_of_death(p) if deceased else p.date_of_death
    rows: list[tuple[str, Value]] = [
        (f"Full name of the {who}", given(p.name)),
        ("Also known as", given(", ".join(p.aliases))),
        ("Date of birth", given(shown(p.date_of_birth))),
        ("Age at death" if deceased else "Age at the date of death", given(age)),
        ("Date of death" if deceased else "Date of death (if the suspect/perpetrator has died)",
         given(shown(died))),
        ("Sex", given(p.sex)),
        ("Ethnicity", given(p.ethnicity)),
        ("Nationality", given(p.nationality)),
        ("Religion or belief", given(p.religion)),
        ("Home address", given(p.address)),
        ("Occupation", given(p.occupation)),
        ("Disability", given(p.disability)),
    ]
    if not deceased:
        rows.insert(2, ("Relationship to the deceased", given(p.relationship)))
    rows += [(question, EMPTY) for question in (DECEASED_BY_HAND if deceased else SUSPECT_BY_HAND)]
    return rows


def _numbered(people: tuple, person: Person) -> str:
    return f"{person.name} ({people.index(person) + 1} of {len(people)})"


def _household(document: Document, facts: Facts, person: Person | None, whose: str,
               several: bool = False) -> None:
    """The other subjects case.yaml gives ``person``'s address, with a blank row to add more
    (``several``: one of several victims or suspects, named)."""
    if several and person is not None:
        whose = f"{whose} {person.name}"
    header = ("Name", "Date of birth", "Role in the review", "Relationship to the victim",
              "Contact details (telephone and email)")
    widths = (4.0, 2.7, 2.8, 3.5, 4.0)
    if person is None or not person.address:
        note(document, f"The {whose}'s address is not recorded in case.yaml, so no one can be "
                       "listed from it; add anyone who lived there by hand.")
        grid(document, header, [(EMPTY,) * len(header)], widths)
        return
    others = facts.at_address_of(person)
    note(document, f"The subjects case.yaml gives the {whose}'s address ({person.address}), "
                   "compared as written. Add anyone else who lived there by hand.")
    rows = [(p.name, given(shown(p.date_of_birth)), ROLES[p.role],
             "Not applicable" if p.role == "victim" else given(p.relationship), EMPTY)
            for p in others] or [(EMPTY,) * len(header)]
    if not others:
        note(document, "case.yaml gives no other subject this address.")
    grid(document, header, rows, widths)


def _relationship_lines(facts: Facts) -> Lines:
    victims = " and ".join(v.name for v in facts.victims)
    if not facts.perpetrators:
        return [("No suspect/perpetrator is listed in case.yaml.", "")]
    return [(f"{p.name} to {victims}: ", given(p.relationship)) for p in facts.perpetrators]


def _age_lines(facts: Facts, people: tuple[Person, ...], what: str) -> Lines:
    return [(f"{what} of {p.name}: ", given(facts.age(p))) for p in people]


def _criteria(document: Document, facts: Facts) -> None:
    """The definition's tests beside what case.yaml records; Yes and No left to the sub-group."""
    victims, suspects = facts.victims, facts.perpetrators
    cause: Value = [("Cause of death: ", given(facts.incident.cause_of_death))]
    if facts.dardr:
        rows: list[tuple[str, Value]] = [
            ("Has the death, or does it appear to have, resulted from domestic abuse towards "
             "the deceased, within the meaning of the Domestic Abuse Act 2021 (including a "
             "death by suicide)?", cause),
            ("Domestic Abuse Act 2021, section 1: were the deceased and the person whose "
             "behaviour is in question each aged 16 or over?",
             _age_lines(facts, victims, "Age at death")
             + _age_lines(facts, suspects, "Age at the date of death")),
            ("Domestic Abuse Act 2021, section 2: were they personally connected (married, civil "
             "partners or engaged, in or formerly in an intimate personal relationship, each a "
             "parent of the same child, or relatives)?", _relationship_lines(facts)),
        ]
    else:
        addresses: Lines = [(f"{p.name}: ", given(p.address)) for p in (*victims, *suspects)]
        shared = [p.name for p in suspects for v in victims if p in facts.at_address_of(v)]
        if shared:
            addresses.append((f"case.yaml gives {' and '.join(shared)} the deceased's address.",
                              ""))
        rows = [
            ("Must be met in all cases: is the deceased person aged 16 or over?",
             _age_lines(facts, victims, "Age at death")),
            ("One of these must also be met. Has the death, or does it appear to have, resulted "
             "from violence, abuse or neglect by (a) a person to whom the deceased was related "
             "or with whom they were or had been in an intimate personal relationship?",
             _relationship_lines(facts)),
            ("(b) a member of the same household as the deceased?", addresses),
            ("Did the deceased take their own life (suicide), in circumstances that give rise "
             "to concern? (statutory guidance, paragraph 18)", cause),
        ]
    grid(document, ("Criterion", "What case.yaml records", "Yes", "No"),
         [(question, recorded, EMPTY, EMPTY) for question, recorded in rows],
         (7.2, 7.0, 1.4, 1.4))
    note(document, DARDR_DEFINITION if facts.dardr else DHR_DEFINITION)
    note(document, "The Yes and No boxes are for the referrer and the sub-group: whether the "
                   "definition is met is for them to decide on what is known.")


def notification_form(facts: Facts) -> bytes:
    """The completed form as the bytes of a .docx (the same facts give the same bytes)."""
    case, short = facts.case, facts.review_short
    headings = [h.format(short=short) for h in SECTIONS]
    document = new_document(f"{facts.reference}: {facts.review_name} notification form")
    document.add_paragraph(f"{facts.review_name}: notification and referral form",
                           style="Title")
    answers(document, [("Community Safety Partnership", given(case.csp)),
                       ("Review reference", facts.reference)])
    note(document, f"In the structure of the referral form of the partnership's {short} "
                   "protocol (Appendix A), completed from case.yaml. \"Not recorded in "
                   "case.yaml\" marks a fact the case file does not give yet: it is never "
                   "guessed. Empty boxes are for the referrer, the sub-group or the "
                   f"{short} Officer to complete.")
    sections = iter(headings)

    def heading(level: int = 2) -> None:
        text = next(sections)
        if level == 1:
            banner(document, text)
        else:
            document.add_heading(text, level=level)

    heading()
    grid(document, ("Name, agency and job title, telephone and email",),
         [(given(facts.incident.referred_by),)], (TEXT_WIDTH,))
    answers(document, [("Signature of referrer", EMPTY),
                       ("Date of referral to the safeguarding lead", EMPTY)])
    heading()
    grid(document, ("Name", "Agency and job title", "Telephone and email"),
         [(EMPTY, EMPTY, EMPTY)], (5.0, 6.0, 6.0))
    answers(document, [("Signature of safeguarding lead", EMPTY),
                       ("Date of referral to the partnership", EMPTY)])

    heading(1)
    heading()
    victims = facts.victims
    for victim in victims:
        if len(victims) > 1:
            document.add_paragraph(_numbered(victims, victim)).runs[0].bold = True
        answers(document, _person_rows(facts, victim, deceased=True))
    heading()
    for victim in victims:
        _household(document, facts, victim, "victim", several=len(victims) > 1)

    heading()
    incident = facts.incident
    answers(document, [
        ("Date of the incident", given(shown(incident.date))),
        ("Time", given(incident.time)),
        ("Address or location of the incident", given(incident.location)),
        ("Cause of death", given(incident.cause_of_death)),
        ("Police reference", given(incident.police_reference)),
        ("Coroner", given(incident.coroner)),
        ("Criminal proceedings", given(incident.criminal_proceedings)),
        ("Who is the lead investigator?", EMPTY),
        ("Could this case form part of an investigation of multiple victims or offenders?",
         EMPTY),
        ("Have simultaneous referrals been made (or are they planned) to the Safeguarding "
         "Adults Board or the Safeguarding Children Partnership?", EMPTY),
    ])

    heading()
    suspects = facts.perpetrators
    if not suspects:
        note(document, "case.yaml lists no subject with role perpetrator.")
    for suspect in suspects or (None,):
        if len(suspects) > 1:
            document.add_paragraph(_numbered(suspects, suspect)).runs[0].bold = True
        answers(document, _person_rows(facts, suspect, deceased=False))
    heading()
    for suspect in suspects or (None,):
        _household(document, facts, suspect, "suspect/perpetrator", several=len(suspects) > 1)

    heading()
    answers(document, [("Relationship of the suspect/perpetrator to the deceased",
                        _relationship_lines(facts))])
    grid(document, ("Known or believed to be a factor in the relationship?", "Yes", "No",
                    "Not known"),
         [(factor, EMPTY, EMPTY, EMPTY) for factor in RELATIONSHIP_FACTORS],
         (9.8, 2.4, 2.4, 2.4))

    heading()
    children = facts.role("child")
    if not children:
        note(document, "case.yaml lists no subject with role child.")
    grid(document, ("Name", "Date of birth", "Age at the date of death", "Address",
                    "Relationship to the victim"),
         [(c.name, given(shown(c.date_of_birth)), given(facts.age(c)), given(c.address),
           given(c.relationship)) for c in children] or [(EMPTY,) * 5],
         (3.8, 2.8, 2.4, 4.5, 3.5))

    heading()
    grid(document, ("Agency", "Contact: name, telephone and email", "Reason for involvement"),
         [(EMPTY, EMPTY, EMPTY)] * 3, (5.0, 6.0, 6.0))

    heading()
    grid(document, ("The events and circumstances",), [(given(incident.summary),)],
         (TEXT_WIDTH,))

    heading()
    _criteria(document, facts)

    heading(1)
    subjects = [(f"{p.name} ({ROLES[p.role].lower()})", "") for p in facts.people]
    answers(document, [
        (f"Does the referral meet the criteria for a {short}?", "Yes / No"),
        ("Who are the relevant people for the trawl? (the subjects in case.yaml)", subjects),
        ("How far back should agencies search? (the scoping period)",
         f"{shown(case.scoping_start)} to {shown(case.scoping_end)}"),
    ])

    heading(1)
    milestones = facts.milestones
    chair: Value = [(facts.chair, "")] if facts.chair else None
    if facts.chair and milestones.chair_appointed:
        chair = [(f"{facts.chair}, appointed {shown(milestones.chair_appointed)}", "")]
    answers(document, [
        ("Date the referral (notification of the death) was received",
         given(shown(milestones.notification))),
        ("Referral considered by the sub-group on", EMPTY),
        ("Recommendation of the sub-group", EMPTY),
        ("Recommendation notified to the chair of the partnership on", EMPTY),
        ("Decision of the chair of the partnership, dated", given(shown(milestones.decision))),
        ("Decision notified to the Home Office on",
         given(shown(milestones.home_office_notified))),
        ("Independent chair of the review", chair),
    ])
    return package_bytes(document)
