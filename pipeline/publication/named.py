"""Who a published report names: the chair, the author and the panel members.

Published reviews name their chair and author (the QA Panel looks for their independence and
background) and, for transparency, the members of the panel with their roles and agencies. So
at publication these people, from case.yaml, are kept as written, in every form records use
("Helen Marchbank", "Ms Marchbank", "MARCHBANK, Helen"), unless case.yaml says ``named: false``
for one of them. Practitioners in the records are still anonymised.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.anonymise.pseudonyms import PseudonymMap, fold, name_forms
from pipeline.config import CaseConfig


def named_people(case: CaseConfig) -> list[tuple[str, str]]:
    """(role, name) of everyone the published report names, in case.yaml's order."""
    raw = case.extra
    people = []
    for role in ("chair", "author"):
        entry = raw.get(role)
        if isinstance(entry, dict) and entry.get("name") and entry.get("named", True):
            people.append((role, " ".join(str(entry["name"]).split())))
    for member in raw.get("panel") or []:
        if isinstance(member, dict) and member.get("name") and member.get("named", True):
            people.append(("panel member", " ".join(str(member["name"]).split())))
    return people


def kept_forms(name: str) -> list[str]:
    """The forms of a named person's name that stay as written: every form records use but a
    bare first name, which another person in the records may share."""
    forms = {form for form, _ in name_forms(name, name)}
    if len(name.split()) > 1:
        forms.discard(name.split()[0])
    return sorted(forms)


def publication_map(pmap: PseudonymMap, named: list[tuple[str, str]]) -> PseudonymMap:
    """The map publication uses: people the report names are kept, not pseudonymised (a map
    entry for one of them is set aside for publication)."""
    names = {fold(name) for _, name in named}
    people = tuple(p for p in pmap.people
                   if not {fold(p.name), *(fold(a) for a in p.aliases)} & names)
    keep = list(pmap.keep)
    for _, name in named:
        keep.extend(f for f in kept_forms(name) if f not in keep)
    return replace(pmap, people=people, keep=tuple(keep))
