"""What the reports must never hold, and the text they quote with names replaced.

Both reports name reviews by case id only. The little free text they quote (the reasons of
delay requests, the recommendations) is rewritten with each case's pseudonym map, as the
published report has it; a subject case.yaml lists whom the map lacks becomes "the victim",
"the perpetrator" and so on. Before anything is written, each file is read back and searched,
as a publication is (:func:`pipeline.anonymise.verify.verify_docx`, and every cell of a
workbook with :func:`pipeline.chronology.panel.verify_workbook`), for every form of every name
in the maps and in ``subjects:`` (aliases too), the subjects' street addresses, dates of birth
and the police reference of the incident. A hit refuses the report and nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.anonymise.matcher import Matcher
from pipeline.anonymise.pseudonyms import Person, PseudonymMap, fold, load_map, name_variants
from pipeline.anonymise.rewrite import map_rules, replace_all
from pipeline.anonymise.verify import Forbidden, verify_docx
from pipeline.config import CaseConfig
from pipeline.dates import long_date

_HOUSE = re.compile(r"\d")
_ROLE_WORDS = {"victim": "the victim", "perpetrator": "the perpetrator", "child": "a child",
               "family": "a family member", "other": "another person"}


@dataclass
class Protection:
    """The forms to search for, the phrases to keep, and a rewriter per case."""

    forbidden: list[Forbidden] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    matchers: dict[str, Matcher] = field(default_factory=dict)

    def rewrite(self, case_id: str, text: str) -> str:
        """``text`` with the case's names replaced (map pseudonyms, else roles)."""
        matcher = self.matchers.get(case_id)
        return replace_all(matcher, text) if matcher is not None and text else text

    def verify_docx(self, path: Path, shown: str) -> dict:
        return verify_docx(path, self.forbidden, self.keep, shown)

    def verify_xlsx(self, path: Path, shown: str) -> dict:
        from pipeline.chronology.panel import verify_workbook

        return verify_workbook(path, self.forbidden, self.keep, shown)


def _map(case: CaseConfig) -> PseudonymMap:
    if case.pseudonym_map is not None and case.pseudonym_map.is_file():
        return load_map(case.pseudonym_map)
    return PseudonymMap((), (), ())


def _streets(address: str) -> list[str]:
    """The parts of an address with a house number ("14 Elm Road"): the town alone is no
    identifier, and may be the partnership's own name."""
    parts = [p.strip() for piece in address.split(";") for p in piece.split(",")]
    return [p for p in parts if _HOUSE.search(p) and len(p) > 4]


def _subject_forms(case: CaseConfig, index: int, subject) -> list[Forbidden]:
    where = f"{case.case_id} case.yaml subjects[{index}] ({subject.role})"
    forms: list[Forbidden] = []
    for name in (subject.name, *subject.aliases):
        forms += [(v.text, "name", where) for v in name_variants(name, "-") if len(v.text) > 2]
    forms += [(street, "address", where) for street in _streets(subject.address)]
    if subject.date_of_birth:
        born = subject.date_of_birth
        forms += [(born.isoformat(), "date of birth", where),
                  (born.strftime("%d/%m/%Y"), "date of birth", where),
                  (long_date(born), "date of birth", where)]
    return forms


def _extra_people(case: CaseConfig, pmap: PseudonymMap) -> list[Person]:
    """The subjects the map does not list, each becoming their role."""
    mapped = {fold(form) for p in pmap.people for form in (p.name, *p.aliases)}
    return [Person(s.name, _ROLE_WORDS.get(s.role, "another person"), s.aliases)
            for s in case.subjects if fold(s.name) not in mapped]


def _police_reference(case: CaseConfig) -> str:
    incident = case.extra.get("incident")
    value = incident.get("police_reference") if isinstance(incident, dict) else None
    return " ".join(str(value).split()) if value not in (None, "") else ""


def protection(cases: Sequence[CaseConfig], keep: Iterable[str] = ()) -> Protection:
    """What the reports about ``cases`` are checked against; ``keep`` adds phrases that are
    never taken for a name (the partnership's and the agencies' names, categories, rules)."""
    found = Protection(keep=list(dict.fromkeys(keep)))
    for case in cases:
        pmap = _map(case)
        rules = map_rules(pmap)
        found.forbidden += [(r.text, "name" if r.entity in ("PERSON", "PLACE") else r.entity,
                             f"{case.case_id} {r.origin}") for r in rules
                            if r.replacement is not None and r.entity != "KEEP"]
        found.keep += [k for k in pmap.keep if k not in found.keep]
        for index, subject in enumerate(case.subjects, start=1):
            found.forbidden += _subject_forms(case, index, subject)
        if reference := _police_reference(case):
            found.forbidden.append((reference, "police reference",
                                    f"{case.case_id} case.yaml incident.police_reference"))
        whole = PseudonymMap((*pmap.people, *_extra_people(case, pmap)), pmap.places, pmap.keep)
        found.matchers[case.case_id] = Matcher(map_rules(whole))
    found.forbidden = list(dict.fromkeys(found.forbidden))
    return found
