"""What the notification form and the Home Office letter may say: only what case.yaml says.

The forms are written at the start of a review, when much is not known yet, and they go to the
partnership's sub-group and the Home Office: a fact case.yaml does not give is ``None`` here,
and the documents show it as blank. Nothing is guessed: a relationship is never read from a
role, a household never from a similar address, an ethnicity never from a name.

The subjects' details that :class:`pipeline.config.Subject` does not hold yet (nationality,
occupation, disability, religion, relationship to the victim, date of death) are read from
case.yaml as written, in the same order as ``case.subjects``; the ``incident:`` and
``milestones:`` sections from ``case.extra``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pipeline.config import CaseConfig, Subject
from pipeline.config.publication import REVIEW_TYPES
from pipeline.config.yaml_text import load_yaml
from pipeline.dates import Precision, long_date, parse_date, parse_time
from pipeline.errors import ConfigError

# Each subject's own text details the forms show, in the form's order.
DETAIL_KEYS = ("nationality", "occupation", "disability", "religion", "relationship")
INCIDENT_TEXT = ("location", "summary", "cause_of_death", "police_reference", "coroner",
                 "criminal_proceedings", "referred_by")


@dataclass(frozen=True)
class Person:
    """One subject with every detail case.yaml gives (``""`` or ``None`` where it gives none)."""

    index: int  # 1-based position in subjects:, for messages
    name: str
    role: str
    aliases: tuple[str, ...] = ()
    date_of_birth: dt.date | None = None
    age: int | None = None  # as written in case.yaml
    sex: str = ""
    ethnicity: str = ""
    nationality: str = ""
    address: str = ""
    occupation: str = ""
    disability: str = ""
    religion: str = ""
    relationship: str = ""  # to the victim, as written
    date_of_death: dt.date | None = None  # the subject's own (a perpetrator who also died)


@dataclass(frozen=True)
class Incident:
    """``incident:``: the death and what followed, as written."""

    date: dt.date | None = None
    time: str = ""
    location: str = ""
    summary: str = ""
    cause_of_death: str = ""
    police_reference: str = ""
    coroner: str = ""
    criminal_proceedings: str = ""
    referred_by: str = ""


@dataclass(frozen=True)
class Milestones:
    """The dates of ``milestones:`` the forms use."""

    notification: dt.date | None = None
    decision: dt.date | None = None
    home_office_notified: dt.date | None = None
    chair_appointed: dt.date | None = None


@dataclass(frozen=True)
class Facts:
    """Everything the two documents say, read once so they never disagree."""

    case: CaseConfig
    people: tuple[Person, ...]
    incident: Incident
    milestones: Milestones
    chair: str

    @property
    def review_name(self) -> str:
        """"Domestic Homicide Review" or "Domestic Abuse Related Death Review"."""
        return REVIEW_TYPES[self.case.review_type][0]

    @property
    def review_short(self) -> str:
        """"DHR" or "DARDR"."""
        return REVIEW_TYPES[self.case.review_type][1]

    @property
    def dardr(self) -> bool:
        return self.case.review_type == "dardr"

    @property
    def reference(self) -> str:
        """The review's reference (:attr:`CaseConfig.reference`)."""
        return self.case.reference

    @property
    def contact(self) -> str:
        """The DHR Officer's contact details (:attr:`CaseConfig.contact`)."""
        return self.case.contact

    def role(self, role: str) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role == role)

    @property
    def victims(self) -> tuple[Person, ...]:
        return self.role("victim")

    @property
    def perpetrators(self) -> tuple[Person, ...]:
        return self.role("perpetrator")

    def date_of_death(self, victim: Person) -> dt.date | None:
        """The victim's own ``date_of_death``, else the case's."""
        return victim.date_of_death or self.case.date_of_death

    def when_died(self) -> dt.date | None:
        """The date ages are counted to for everyone but the victims: the (first) victim's
        date of death, else the incident's date."""
        for victim in self.victims:
            if (day := self.date_of_death(victim)) is not None:
                return day
        return self.incident.date

    def age(self, person: Person) -> str:
        """The person's age at the death (a victim's at their own), as case.yaml allows.

        From the date of birth when both dates are known; else ``age`` as written. When both
        are given and disagree, both are shown: the form never chooses between them.
        """
        on = (self.date_of_death(person) if person.role == "victim"
              else person.date_of_death or self.when_died())
        counted = years_between(person.date_of_birth, on) if person.date_of_birth and on else None
        if counted is None:
            return "" if person.age is None else str(person.age)
        if person.age is not None and person.age != counted:
            return f"{counted} (from the date of birth); case.yaml gives age {person.age}"
        return str(counted)

    def at_address_of(self, person: Person) -> tuple[Person, ...]:
        """The other subjects case.yaml gives the same address as ``person`` (as written:
        letter case, spacing and punctuation aside). Empty when ``person`` has no address."""
        if not person.address:
            return ()
        key = address_key(person.address)
        return tuple(p for p in self.people
                     if p.index != person.index and p.address and address_key(p.address) == key)


def years_between(born: dt.date, on: dt.date) -> int | None:
    """Whole years from ``born`` to ``on`` (``None`` if ``on`` is before ``born``)."""
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years if years >= 0 else None


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day when it has no such day."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def address_key(address: str) -> str:
    """An address compared as written, ignoring letter case, spacing and punctuation."""
    return " ".join(re.sub(r"[^\w]+", " ", address.casefold()).split())


def shown(day: dt.date | None) -> str:
    """``14 February 2022``, or ``""``."""
    return long_date(day) if day else ""


def _text(value: Any, where: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, bool):
        raise ConfigError(f"case.yaml: {where} is read as true or false (YAML reads yes, no, on "
                          "and off that way); put the value in quotes.")
    if isinstance(value, dt.date):
        return long_date(value)
    if not isinstance(value, str | int | float):
        raise ConfigError(f"case.yaml: {where} must be text (or left out).")
    return " ".join(str(value).split())


def _day(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    parsed = parse_date(value)
    if isinstance(value, bool) or parsed.date is None or parsed.precision is not Precision.DAY:
        raise ConfigError(f"case.yaml: {where} is not a date; write it as YYYY-MM-DD.")
    return parsed.date


def _section(case: CaseConfig, name: str) -> dict:
    value = case.extra.get(name)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"case.yaml: {name} must be a mapping of keys and values (or left "
                          "out).")
    return value


def _written_time(value: Any, line: str | None) -> str:
    """``incident.time`` as a reader expects it.

    YAML 1.1 reads an unquoted ``21:40`` as the number 1300 (minutes, base 60), so a whole
    number is read again from its line of case.yaml. A time that is not a clock time
    ("about 9pm", "between 21:30 and 21:45") is kept as written.
    """
    if value in (None, ""):
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        found = re.search(r"\btime\s*:\s*(['\"]?)([^'\"#,}]+)\1", line or "")
        value = found.group(2).strip() if found else None
        if value is None:
            raise ConfigError("case.yaml: incident.time was read as a number; write the time in "
                              "quotes, e.g. time: '21:40'.")
    text = _text(value, "incident.time")
    when = parse_time(text)
    return when.strftime("%H:%M") if when is not None else text


def _raw_subjects(case: CaseConfig) -> tuple[list, str | None]:
    """``subjects:`` and the text of ``incident.time``'s line, as case.yaml holds them."""
    text = (case.root / "case.yaml").read_text(encoding="utf-8")
    raw, lines = load_yaml(text)
    subjects = raw.get("subjects") if isinstance(raw, dict) else None
    incident = raw.get("incident") if isinstance(raw, dict) else None
    time_line = None
    if isinstance(incident, dict) and "time" in incident:
        number = lines.get(id(incident), {}).get("time")
        if number:
            time_line = text.splitlines()[number - 1]
    return (subjects if isinstance(subjects, list) else []), time_line


def _person(index: int, subject: Subject, raw: dict) -> Person:
    where = f"subjects[{index}]"
    details = {key: _text(getattr(subject, key, None) or raw.get(key), f"{where}.{key}")
               for key in DETAIL_KEYS}
    died = getattr(subject, "date_of_death", None) or raw.get("date_of_death")
    return Person(
        index=index, name=subject.name, role=subject.role, aliases=subject.aliases,
        date_of_birth=subject.date_of_birth, age=subject.age, sex=subject.sex,
        ethnicity=subject.ethnicity, address=subject.address,
        date_of_death=_day(died, f"{where}.date_of_death"), **details)


def read_facts(case: CaseConfig) -> Facts:
    """The facts of a validated case for the forms; a value of the wrong kind names its field."""
    raw_subjects, time_line = _raw_subjects(case)
    people = tuple(_person(i, subject, raw if isinstance(raw, dict) else {})
                   for i, (subject, raw) in enumerate(
                       zip(case.subjects, raw_subjects, strict=False), start=1))
    if not any(p.role == "victim" for p in people):
        raise ConfigError("case.yaml: no subject has role victim; add the person who died to "
                          "subjects (name, role: victim) before making the notification forms.")
    incident = _section(case, "incident")
    milestones = _section(case, "milestones")
    chair = case.extra.get("chair")
    return Facts(
        case=case,
        people=people,
        incident=Incident(
            date=_day(incident.get("date"), "incident.date"),
            time=_written_time(incident.get("time"), time_line),
            **{key: _text(incident.get(key), f"incident.{key}") for key in INCIDENT_TEXT}),
        milestones=Milestones(**{key: _day(milestones.get(key), f"milestones.{key}")
                                 for key in Milestones.__dataclass_fields__}),
        chair=_text(chair.get("name"), "chair.name") if isinstance(chair, dict) else "",
    )
