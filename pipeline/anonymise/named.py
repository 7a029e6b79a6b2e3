"""Who a published report names: the chair, the author and the panel members.

Published reviews name their chair and author (the QA Panel looks for their independence and
background) and, for transparency, the members of the panel with their roles and agencies. So
at publication these people, from case.yaml, are kept as written wherever their full name
stands ("Helen Marchbank", "Ms Helen Marchbank", "MARCHBANK, Helen"). Shorter forms ("Ms
Marchbank", "Marchbank") are not kept: a relative or practitioner in the records may share the
surname, so those forms are anonymised or reviewed like any other. A person with ``named:
false`` on any of their entries (chair, author or panel) is named nowhere, and needs a
pseudonym in the map. Practitioners in the records are still anonymised.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.anonymise.pseudonyms import TITLES, PseudonymMap, fold
from pipeline.config import CaseConfig


def _entries(case: CaseConfig) -> list[tuple[str, str, bool]]:
    """(where in case.yaml, name, named) for the chair, the author and each panel member."""
    raw = case.extra
    found = []
    for role in ("chair", "author"):
        entry = raw.get(role)
        if isinstance(entry, dict) and entry.get("name"):
            found.append((role, " ".join(str(entry["name"]).split()),
                          entry.get("named", True) is not False))
    for index, member in enumerate(raw.get("panel") or [], start=1):
        if isinstance(member, dict) and member.get("name"):
            found.append((f"panel[{index}]", " ".join(str(member["name"]).split()),
                          member.get("named", True) is not False))
    return found


def _withheld(case: CaseConfig) -> set[str]:
    return {fold(name) for _, name, named in _entries(case) if not named}


def named_people(case: CaseConfig) -> list[tuple[str, str]]:
    """(role, name) of everyone the published report names, in case.yaml's order; a person
    withheld in one entry is withheld in all."""
    withheld = _withheld(case)
    roles = {"chair": "chair", "author": "author"}
    return [(roles.get(where, "panel member"), name) for where, name, _ in _entries(case)
            if fold(name) not in withheld]


def unnamed_without_pseudonym(case: CaseConfig, pmap: PseudonymMap) -> list[str]:
    """Gate reasons: people case.yaml says not to name whom the map gives no pseudonym."""
    mapped = {fold(f) for p in pmap.people for f in (p.name, *p.aliases)}
    reasons, seen = [], set()
    for where, name, named in _entries(case):
        key = fold(name)
        if not named and key not in mapped and key not in seen:
            seen.add(key)
            reasons.append(f"case.yaml: {where} is not to be named (named: false) but the "
                           "pseudonym map has no entry for them; add one with the pseudonym to "
                           "publish (a role, such as 'Police Panel Member').")
    return reasons


def kept_forms(name: str) -> list[str]:
    """The forms of a named person's name that stay as written: the full name, with or
    without a title, and surname first."""
    words = name.split()
    forms = {name, *(f"{title} {name}" for title in TITLES)}
    if len(words) > 1:
        forms.add(f"{words[-1]}, {' '.join(words[:-1])}")
        if len(words) > 2:
            forms.add(f"{words[0]} {words[-1]}")
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
