"""Every person-like name in a case, before the first anonymisation, to build the map from.

A DHR Officer builds the family-agreed pseudonym map by reading every chronology, IMR and the
author's prose for the people in them, and still misses the neighbour named once in a footnote
or the nickname one agency uses. ``dhr names`` reads them all with the detection anonymisation
itself uses (one plan over every text of the case, as publication plans both reports at once),
so the list holds exactly what anonymisation would find: the map's own forms, and the names it
would replace with ``Person N``. Each name is counted, located and grouped with its likely
variants (one person is "Kelly Nash", "Kel" and "Mrs Nash"), and named by the map entry it
probably belongs to. The decisions made in the workbook go back into the map with ``--apply``
(:mod:`pipeline.anonymise.map_edit`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.anonymise.nicknames import is_diminutive, owner_of
from pipeline.anonymise.pseudonyms import (
    TITLES,
    PseudonymMap,
    derive_variants,
    fold,
    load_map,
    name_forms,
)
from pipeline.anonymise.rewrite import plan_replacements
from pipeline.config import CaseConfig
from pipeline.errors import AnonymiseError

CANDIDATES = "name_candidates.xlsx"
IN_MAP, PROBABLY, NOT_IN_MAP = "in the map", "probably in the map", "not in the map"
_TITLE = re.compile(r"^(?:" + "|".join(TITLES) + r")\.?$", re.IGNORECASE)  # MRS NASH too
_TITLES = {t.casefold(): t for t in TITLES}
_PLACES_SHOWN = 6


@dataclass(frozen=True)
class CaseText:
    """One piece of text read from the case: which file, where in it, and the text."""

    file: str  # relative to the case folder, as the DHR Officer finds it
    place: str  # "sheet 'Police' row 6, Event", "paragraph 12"
    text: str


@dataclass
class Candidate:
    """A person-like name, every place it stands, and what the map says about it."""

    key: str  # folded, one space between words: the name whatever its case
    spellings: Counter[str] = field(default_factory=Counter)
    places: list[tuple[str, str, str]] = field(default_factory=list)  # file, place, context
    found_by: set[str] = field(default_factory=set)
    owners: tuple[int, ...] = ()  # people whose form it is (two or more: a shared form)
    probable: int | None = None  # the person it is probably a form of, when not in the map
    group: int = 0

    @property
    def text(self) -> str:
        """The spelling used most, preferring one not all in capitals ("Kelly" to "KELLY")."""
        return max(self.spellings, key=lambda s: (not s.isupper(), self.spellings[s]))

    @property
    def count(self) -> int:
        return len(self.places)

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(file for file, _, _ in self.places))

    @property
    def status(self) -> str:
        if self.owners:
            return IN_MAP
        return PROBABLY if self.probable is not None else NOT_IN_MAP

    @property
    def person(self) -> int | None:
        """The one map entry this name belongs to, or probably belongs to."""
        return self.owners[0] if len(self.owners) == 1 else self.probable


def name_key(text: str) -> str:
    """A name folded, with one space between words: "KELLY  Nash" is "kelly nash"."""
    return " ".join(fold(text).split())


def split_title(text: str) -> tuple[str | None, str]:
    """(title, the rest): "Mrs Jo Nash" is ("Mrs", "Jo Nash"); a name is added to the map
    without its title, or the title itself would become a form of the name."""
    words = text.split()
    title = None
    while len(words) > 1 and _TITLE.match(words[0]):
        title = title or _TITLES[words[0].rstrip(".").casefold()]  # as the map writes it
        words.pop(0)
    return title, " ".join(words)


def _related(short: str, full: str) -> bool:
    """Whether two given names can be one person's: the same, or one a nickname or part of the
    other ("Kel" and "Kelly", "Kelly-Ann" and "Kelly")."""
    for a, b in ((short, full), (full, short)):
        if any(fold(part) == fold(b) or is_diminutive(part, b) for part in a.split("-")):
            return True
    return False


class MapIndex:
    """What the map says about a name: whose form it is, or whose nickname it probably is."""

    def __init__(self, pmap: PseudonymMap) -> None:
        self.pmap = pmap
        self._variants = {name_key(v.text): v for v in derive_variants(pmap)}
        self._forms = [frozenset(name_key(form) for written in (p.name, *p.aliases)
                                 for form, _ in name_forms(written, p.pseudonym))
                       for p in pmap.people]

    def owners(self, text: str) -> tuple[int, ...]:
        """The person whose form ``text`` is in the map; every claimant of a shared form."""
        key = name_key(text)
        variant = self._variants.get(key)
        if variant is None or variant.kind == "place":
            return ()
        if variant.owner is not None:
            return (variant.owner,)
        return tuple(i for i, forms in enumerate(self._forms) if key in forms)

    def has_form(self, text: str, index: int) -> bool:
        """Whether ``text`` is one of the forms person ``index``'s names yield ("Mrs Nash",
        "NASH, Kelly"), whoever the map finally gives it to."""
        return name_key(text) in self._forms[index]

    def probable(self, text: str) -> int | None:
        """The one person a name not in the map is probably a form of: "Kel" (a nickname of
        Kelly Nash), "Kelly-Ann Nash" (her surname, a longer form of her given name)."""
        words = split_title(text)[1].split()
        if len(words) == 1:
            return owner_of(words[0], self.pmap)
        owners = {index for index, person in enumerate(self.pmap.people)
                  for form in (person.name, *person.aliases)
                  if len(form.split()) > 1 and fold(form.split()[-1]) == fold(words[-1])
                  and _related(words[0], form.split()[0])}
        return owners.pop() if len(owners) == 1 else None

    def label(self, index: int) -> str:
        """A map entry as messages name it: by number and pseudonym, never the real name."""
        person = self.pmap.people[index]
        return f"people[{person.entry or index + 1}] (pseudonym '{person.pseudonym}')"


def context(text: str, start: int, end: int, words: int = 6) -> str:
    """A few words either side of ``text[start:end]``, the name marked with « » (split on
    spaces only, so "«Colin»." keeps its full stop)."""
    before, after = text[:start].split(" "), text[end:].split(" ")
    shown = (("…" if len(before) > words + 1 else "") + " ".join(before[-(words + 1):])
             + f"«{text[start:end]}»" + " ".join(after[:words + 1])
             + ("…" if len(after) > words + 1 else ""))
    return " ".join(shown.split())


def _found_by(rule) -> str:
    return f"pseudonym map ({rule.kind})" if rule.detector == "map" else "name detection"


def find_candidates(texts: list[CaseText], pmap: PseudonymMap, analyzer) -> list[Candidate]:
    """Every person-like name in ``texts``, found as anonymisation would find it: one plan
    for all the texts (a name found in one is looked for in all), then every text searched."""
    plan = plan_replacements([t.text for t in texts], pmap, analyzer)
    index = MapIndex(pmap)
    found: dict[str, Candidate] = {}
    for piece in texts:
        for hit in plan.matcher.find(piece.text):
            if hit.rule.entity != "PERSON":
                continue
            key = name_key(hit.original)
            candidate = found.setdefault(key, Candidate(key))
            candidate.spellings[" ".join(hit.original.split())] += 1
            candidate.places.append((piece.file, piece.place,
                                     context(piece.text, hit.start, hit.end)))
            candidate.found_by.add(_found_by(hit.rule))
    for candidate in found.values():
        candidate.owners = index.owners(candidate.text)
        if not candidate.owners:
            candidate.probable = index.probable(candidate.text)
    group_candidates(list(found.values()), len(pmap.people))
    return sorted(found.values(), key=lambda c: (c.group, -c.count, c.key))


def _same_person(a: Candidate, b: Candidate) -> bool:
    """Whether two names not in the map read as one person's: a shared surname ("Joyce
    Pemberton", "Mrs Pemberton"), or a given name and its nickname or part ("Kel", "Kelly
    Brown")."""
    first, second = split_title(a.text)[1].split(), split_title(b.text)[1].split()
    if len(first) > 1 and len(second) > 1:
        return fold(first[-1]) == fold(second[-1])
    if len(first) > 1:
        first, second = second, first
    word = second[-1] if len(second) > 1 else None  # the other's surname, if it has one
    return (word is not None and fold(first[0]) == fold(word)) or _related(first[0], second[0])


def group_candidates(candidates: list[Candidate], people: int) -> None:
    """Number the groups of names that are probably one person: the map's own people first,
    in map order (by the map, or by a nickname of theirs), then the rest by how often they
    occur."""
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_person: dict[int, int] = {}
    for i, candidate in enumerate(candidates):
        if (person := candidate.person) is not None:
            parent[root(i)] = root(by_person.setdefault(person, i))
    loose = [i for i, c in enumerate(candidates) if c.person is None and not c.owners]
    for n, i in enumerate(loose):
        for j in loose[n + 1:]:
            if _same_person(candidates[i], candidates[j]):
                parent[root(j)] = root(i)
    members: dict[int, list[Candidate]] = {}
    for i, candidate in enumerate(candidates):
        members.setdefault(root(i), []).append(candidate)

    def order(group: list[Candidate]) -> tuple:
        person = next((c.person for c in group if c.person is not None), None)
        first = min(c.key for c in group)
        return (people if person is None else person, -sum(c.count for c in group), first)

    for number, group in enumerate(sorted(members.values(), key=order), start=1):
        for candidate in group:
            candidate.group = number


def variants_of(candidates: list[Candidate]) -> dict[int, str]:
    """Each group's names, most used first: "Kelly Nash / Kel / Mrs Nash"."""
    groups: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(candidate.group, []).append(candidate)
    return {number: " / ".join(c.text for c in sorted(group, key=lambda c: (-c.count, c.key)))
            for number, group in groups.items()}


def places_text(candidate: Candidate) -> str:
    """Where a name stands, a line each, the first few only."""
    lines = [f"{file}, {place}: {words}" for file, place, words in
             candidate.places[:_PLACES_SHOWN]]
    if (more := candidate.count - _PLACES_SHOWN) > 0:
        lines.append(f"… and {more} more")
    return "\n".join(lines)


# Reading the case ---------------------------------------------------------------------------


def chronology_texts(case: CaseConfig, password: str | None) -> Iterator[CaseText]:
    """Every text cell of every agency's chronology, read as the merge reads them (so a
    protected or oddly laid out file is read the same way), with its row and column."""
    from pipeline.chronology.merge import merge_chronology

    arrived = tuple(a for a in case.agencies if a.chronology and a.chronology.is_file())
    for entry in merge_chronology(replace(case, agencies=arrived), password).entries:
        cells = (("Subject", entry.subject), ("Event", entry.event), ("Action", entry.action),
                 ("Comment", entry.comment), ("Source", entry.source), *entry.extras.items())
        for column, value in cells:
            if value and value.strip():
                yield CaseText(entry.source_file, f"{entry.source_location}, {column}", value)


def _place_in_docx(slot) -> str:
    """A piece of a Word file as a person finds it: "paragraph 12", "footnotes, paragraph 2"."""
    part = Path(slot.part).name.split(".")[0]
    where = "" if part == "document" else f"{part}, "
    return f"{where}{slot.kind} {slot.index + 1}"


def docx_texts(path: Path, label: str, password: str | None) -> Iterator[CaseText]:
    """Every piece of text anonymisation reads in a Word file (body, tables, notes, headers,
    alt text, properties), with where it stands."""
    from pipeline.anonymise import read_docx
    from pipeline.anonymise.rewrite import prepare_package
    from pipeline.ooxml.docx_package import PackageError

    try:
        prepared = prepare_package(read_docx(path, password))
    except PackageError as exc:
        raise AnonymiseError(f"{path}: could not be read as a Word document; open it in Word, "
                             "save it as .docx and run again.") from exc
    for slot in prepared.slots:
        if slot.text.strip():
            yield CaseText(label, _place_in_docx(slot), slot.text)


def prose_files(case: CaseConfig) -> tuple[list[tuple[Path, str]], list[str]]:
    """(path, label) of each IMR and narrative file the drafts read, and a warning for each
    one case.yaml names that is not there yet (its names cannot be listed)."""
    from pipeline.chronology.merge import relative_label as label  # as chronologies are named
    from pipeline.drafts import narrative_path
    from pipeline.drafts.context import NARRATIVE_SECTIONS
    from pipeline.errors import DraftsError

    files, warnings = [], []
    for number, agency in enumerate(case.agencies, start=1):
        if agency.imr is None:
            continue
        if agency.imr.is_file():
            files.append((agency.imr, label(agency.imr, case.root)))
        else:
            warnings.append(f"{label(agency.imr, case.root)} (agencies[{number}].imr in "
                            "case.yaml) is not there yet; its names are not listed. Run "
                            "'dhr names' again when it arrives.")
    for key in NARRATIVE_SECTIONS:
        try:
            path = narrative_path(case, key)
        except DraftsError as exc:
            warnings.append(f"{exc} Its names are not listed.")
            continue
        if path is not None:
            files.append((path, label(path, case.root)))
    return files, warnings


def case_map(case: CaseConfig) -> tuple[PseudonymMap, str | None]:
    """The case's map, or an empty one (with why) when there is none yet: the list is how a
    first map is made."""
    if case.pseudonym_map is None:
        return PseudonymMap((), (), ()), ("case.yaml names no pseudonym_map yet, so every name "
                                          "is listed as not in the map; add it before --apply.")
    if not case.pseudonym_map.is_file():
        return PseudonymMap((), (), ()), (f"{case.pseudonym_map}: the pseudonym map is not "
                                          "there yet, so every name is listed as not in the "
                                          "map; create it before --apply.")
    return load_map(case.pseudonym_map), None


@dataclass(frozen=True)
class NamesSummary:
    """What ``dhr names`` found and wrote, in counts (never the names)."""

    workbook: Path
    candidates: int
    files: int
    in_map: int
    probable: int
    new: int
    warnings: tuple[str, ...]

    def sentence(self) -> str:
        return (f"{self.candidates} person-like {'name' if self.candidates == 1 else 'names'} "
                f"found in {self.files} {'file' if self.files == 1 else 'files'}: "
                f"{self.in_map} already in the map, {self.probable} probably forms of people "
                f"in the map, {self.new} not in the map.")


def run_names(case_dir: Path, out: Path | None = None, password: str | None = None,
              analyzer=None) -> NamesSummary:
    """List every person-like name of the case in ``OUT/restricted/name_candidates.xlsx``."""
    from pipeline.anonymise.candidate_sheet import write_candidates
    from pipeline.chronology import default_out
    from pipeline.config import load_case
    from pipeline.outputs import AtomicOutputs

    case = load_case(case_dir, require_returns=False)  # the map is built while returns arrive
    pmap, note = case_map(case)
    texts = list(chronology_texts(case, password))
    files, warnings = prose_files(case)
    for path, label in files:
        texts.extend(docx_texts(path, label, password))
    if analyzer is None:
        from pipeline.anonymise.detect import build_analyzer, model_name

        analyzer = build_analyzer(model_name())
    candidates = find_candidates(texts, pmap, analyzer) if texts else []
    folder = default_out(case, out) / "restricted"
    with AtomicOutputs(folder) as outputs:
        write_candidates(candidates, pmap, case, outputs.path(CANDIDATES))
    statuses = Counter(c.status for c in candidates)
    return NamesSummary(folder / CANDIDATES, len(candidates),
                        len({f for c in candidates for f in c.files}), statuses[IN_MAP],
                        statuses[PROBABLY], statuses[NOT_IN_MAP],
                        tuple(([note] if note else []) + warnings))
