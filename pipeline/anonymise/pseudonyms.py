"""The family-agreed pseudonym map, and every form of each name that records actually use.

Records say "Amira", "Ms Okafor-Lane", "OKAFOR-LANE, Amira", "A. Okafor-Lane", "Mira" and
"Amira's". Each person in the map yields all of these forms (variants), each with the pseudonym
form it becomes. Where two people share a form (a mother and daughter with one surname) the form
goes to the person it fits best (their own title, their full name); a bare shared surname that
fits both equally becomes the neutral ``[name]`` and is listed for review, never left as it was.

Messages about a bad map name the entry by its position and pseudonym, never by the real name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.errors import ConfigError

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "PC", "DC", "DS", "DI", "DCI", "DSI",
          "Sgt", "Insp", "PCSO", "Nurse", "Sister", "Cllr", "Rev", "Sir", "Dame", "Lady", "Lord")
AMBIGUOUS = "[name]"
# Forms that are ordinary words in addresses; a bare part of a hyphenated surname that is one of
# these is matched only with a title ("Ms Lane"), so "Elm Lane" is not read as a person.
_PLACE_WORDS = {"lane", "road", "street", "hill", "green", "park", "wood", "field", "brook",
                "bank", "way", "close", "court", "house", "hall", "cross", "gate", "well"}

_PERSON_KEYS = {"name", "aliases", "title", "pseudonym", "role"}
_PLACE_KEYS = {"name", "pseudonym"}
_TOP_KEYS = {"people", "places", "keep"}

# How well a form identifies its owner; the stronger claim wins a shared form.
STRENGTH = {
    "full name": 60, "alias": 55, "title and full name": 60, "title and surname (own title)": 50,
    "surname, forename": 50, "initial and surname": 45, "first and last name": 58,
    "place": 60, "title and surname": 30, "first name": 25, "surname": 20,
    "part of surname": 20, "title and part of surname": 28, "title and initial": 15,
}


@dataclass(frozen=True)
class Person:
    """One person in the map."""

    name: str
    pseudonym: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    role: str | None = None
    entry: int = 0  # its place in the map file (people[N]), for messages; 0 when not from one


@dataclass(frozen=True)
class Place:
    """An address or place name and what it becomes."""

    name: str
    pseudonym: str


@dataclass(frozen=True)
class PseudonymMap:
    """A validated pseudonym map."""

    people: tuple[Person, ...]
    places: tuple[Place, ...]
    keep: tuple[str, ...]


@dataclass(frozen=True)
class Variant:
    """A form of a real name that may appear in a document, and what replaces it."""

    text: str
    replacement: str
    kind: str
    owner: int | None  # index into people; None for places and ambiguous forms

    @property
    def ambiguous(self) -> bool:
        """A shared form that could not be given to one person."""
        return self.replacement == AMBIGUOUS


class _FoldTable(dict):
    """Each character's folded form, worked out the first time it is met: ``str.translate``
    then folds a whole part of a document in one C loop."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[0] if code > 127 else ch
        folded = base.lower() if len(base.lower()) == 1 else ch
        self[code] = "'" if folded in "\u2018\u2019" else folded
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, character for character (``'Zoë'`` is ``'zoe'``).

    Keeps one character per input character so positions found in the folded text are
    positions in the original.
    """
    return text.translate(_FOLD)


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} must be a non-empty text value.")
    return " ".join(value.split())


def _entries(raw: object, key: str, allowed: set[str], where: str) -> list[dict]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: {key} must be a list.")
    for index, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: {key}[{index}] must be a mapping with name and pseudonym.")
        if unknown := sorted(set(entry) - allowed):
            raise ConfigError(f"{where}: {key}[{index}] has unknown key(s) {', '.join(unknown)}; "
                              f"allowed keys are {', '.join(sorted(allowed))}.")
    return raw


def parse_map(raw: object, where: str = "pseudonym map") -> PseudonymMap:
    """Validate a map already read from YAML."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a YAML mapping with people, places and keep.")
    if unknown := sorted(set(raw) - _TOP_KEYS):
        raise ConfigError(f"{where}: unknown key(s) {', '.join(map(str, unknown))}; "
                          "allowed keys are keep, people, places.")
    people = []
    for index, entry in enumerate(_entries(raw.get("people"), "people", _PERSON_KEYS, where), 1):
        label = f"{where}: people[{index}]"
        pseudonym = _text(entry.get("pseudonym"), f"{label}.pseudonym")
        label = f"{label} (pseudonym '{pseudonym}')"
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            raise ConfigError(f"{label}: aliases must be a list.")
        title = entry.get("title")
        people.append(Person(
            name=_text(entry.get("name"), f"{label}.name"), pseudonym=pseudonym,
            aliases=tuple(_text(a, f"{label}.aliases") for a in aliases),
            title=_text(title, f"{label}.title").rstrip(".") if title is not None else None,
            role=str(entry["role"]) if entry.get("role") else None, entry=index,
        ))
    places = [
        Place(_text(e.get("name"), f"{where}: places[{i}].name"),
              _text(e.get("pseudonym"), f"{where}: places[{i}].pseudonym"))
        for i, e in enumerate(_entries(raw.get("places"), "places", _PLACE_KEYS, where), 1)
    ]
    keep = raw.get("keep") or []
    if not isinstance(keep, list):
        raise ConfigError(f"{where}: keep must be a list of names that are never redacted.")
    pmap = PseudonymMap(tuple(people), tuple(places),
                        tuple(_text(k, f"{where}: keep") for k in keep))
    _check_clashes(pmap, where)
    return pmap


def _check_clashes(pmap: PseudonymMap, where: str) -> None:
    seen: dict[str, int] = {}
    for index, person in enumerate(pmap.people, start=1):
        for form in (person.name, *person.aliases):
            other = seen.setdefault(fold(form), index)
            if other != index:
                raise ConfigError(f"{where}: people[{index}] (pseudonym '{person.pseudonym}') "
                                  f"repeats a name or alias of people[{other}]; list each "
                                  "person once, with all their names.")
    real_words = {fold(w) for p in pmap.people for f in (p.name, *p.aliases)
                  for w in f.replace("-", " ").split()}
    real_words |= {fold(p.name) for p in pmap.places}
    for index, person in enumerate(pmap.people, start=1):
        clash = [w for w in person.pseudonym.replace("-", " ").split() if fold(w) in real_words]
        if fold(person.pseudonym) in real_words or clash:
            raise ConfigError(f"{where}: people[{index}] has a pseudonym that is also a real name "
                              "or alias in the map; choose a pseudonym no one in the review "
                              "is called.")


def load_map(path: Path) -> PseudonymMap:
    """Read and validate a pseudonym map file."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: pseudonym map not found; check the path given with --map "
                          "or pseudonym_map in case.yaml.")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid YAML; check the indentation and quotes.") from exc
    return parse_map(raw, str(path))


# Words that make a pseudonym a role ("Outreach Worker A"), not a forename and surname.
_ROLE_WORDS = {
    "worker", "officer", "nurse", "doctor", "gp", "manager", "social", "support", "outreach",
    "police", "practitioner", "visitor", "author", "chair", "neighbour", "friend", "colleague",
    "teacher", "consultant", "advocate", "idva", "isva", "lead", "coordinator", "assistant",
    "sergeant", "constable", "inspector", "detective", "health", "housing", "clinician",
    "psychiatrist", "therapist", "midwife", "paramedic", "solicitor", "partner", "relative",
    "member", "staff", "person", "child", "mother", "father", "sister", "brother", "son",
    "daughter", "aunt", "uncle", "cousin", "grandmother", "grandfather", "employer", "imr",
}


def _is_personal(pseudonym: str) -> bool:
    """Whether a pseudonym reads as forename + surname ("Jane Smith"), not a role
    ("Outreach Worker A", "GP A") whose every form should become the whole pseudonym."""
    words = pseudonym.split()
    return (len(words) >= 2 and all(w[:1].isupper() and w.isalpha() and len(w) > 1 for w in words)
            and not any(w.casefold() in _ROLE_WORDS for w in words))


def _person_variants(index: int, person: Person) -> list[Variant]:
    pseudonym = person.pseudonym
    words = pseudonym.split()
    personal = _is_personal(pseudonym)
    p_first = words[0] if personal else pseudonym
    p_last = words[-1] if personal else pseudonym
    found: list[Variant] = []

    def add(text: str, replacement: str, kind: str) -> None:
        found.append(Variant(text, replacement, kind, index))

    for number, form in enumerate((person.name, *person.aliases)):
        parts = form.split()
        whole = "full name" if number == 0 else "alias"
        add(form, pseudonym if len(parts) > 1 or number == 0 else p_first, whole)
        if len(parts) == 1:
            for title in TITLES:
                add(f"{title} {form}", f"{title} {p_last}" if personal else pseudonym,
                    "title and surname (own title)" if title == person.title
                    else "title and surname")
            continue
        first, last = parts[0], parts[-1]
        if len(parts) > 2:
            add(f"{first} {last}", pseudonym, "first and last name")
        add(first, p_first, "first name")
        add(last, p_last, "surname")
        add(f"{last}, {first}", f"{p_last}, {p_first}" if personal else pseudonym,
            "surname, forename")
        for initial in (f"{first[0]}.", first[0]):
            add(f"{initial} {last}", pseudonym, "initial and surname")
        add(f"{first[0]}.{last}", pseudonym, "initial and surname")
        if person.title:  # "Mrs P" in minutes and notes, for the person who is Mrs P…
            add(f"{person.title} {last[0]}", f"{person.title} {p_last[0]}" if personal
                else pseudonym, "title and initial")
        for title in TITLES:
            own = title == person.title
            add(f"{title} {last}", f"{title} {p_last}" if personal else pseudonym,
                "title and surname (own title)" if own else "title and surname")
            add(f"{title} {form}", f"{title} {pseudonym}" if personal else pseudonym,
                "title and full name")
        if "-" in last:
            for part in last.split("-"):
                if len(part) > 1:
                    if fold(part) not in _PLACE_WORDS:
                        add(part, p_last, "part of surname")
                    for title in TITLES:
                        add(f"{title} {part}", f"{title} {p_last}" if personal else pseudonym,
                            "title and part of surname")
    return found


def name_variants(name: str, replacement: str) -> list[Variant]:
    """Every form records use of a name found by a detector, so "TIERNEY, Ibrahim", "Mr
    Tierney" and "IBRAHIM TIERNEY" follow "Ibrahim Tierney"."""
    return _person_variants(-1, Person(name, replacement))


def name_forms(name: str, replacement: str) -> list[tuple[str, str]]:
    """(form, replacement) of :func:`name_variants`."""
    return [(v.text, v.replacement) for v in name_variants(name, replacement)]


def derive_variants(pmap: PseudonymMap) -> list[Variant]:
    """Every form of every real name and place, each resolved to one replacement.

    A form claimed by more than one person goes to the strongest claim; equal claims by
    different people give :data:`AMBIGUOUS`.
    """
    claims: dict[str, list[Variant]] = {}
    for index, person in enumerate(pmap.people):
        for variant in _person_variants(index, person):
            claims.setdefault(fold(variant.text), []).append(variant)
    for place in pmap.places:
        claims.setdefault(fold(place.name), []).append(Variant(place.name, place.pseudonym,
                                                               "place", None))
    resolved = []
    for options in claims.values():
        best = max(STRENGTH[v.kind] for v in options)
        top = [v for v in options if STRENGTH[v.kind] == best]
        if len({(v.owner, v.replacement) for v in top}) == 1:
            resolved.append(top[0])
        else:
            resolved.append(Variant(top[0].text, AMBIGUOUS, "ambiguous", None))
    return sorted(resolved, key=lambda v: (-len(v.text), fold(v.text)))


def real_names(pmap: PseudonymMap) -> list[str]:
    """Every real name, alias and place as written in the map (for verification)."""
    return [f for p in pmap.people for f in (p.name, *p.aliases)] + [p.name for p in pmap.places]
