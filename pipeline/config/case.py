"""``case.yaml``: what a review is, who it is about and where its agencies' records are.

Validated once into frozen dataclasses so every stage can trust it; a mistake names the field
(``agencies[3].chronology``) and says what to do. Every key is known (:mod:`pipeline.config.keys`):
a misspelt one is an error naming the nearest known key, never silently ignored. Optional
sections that later stages read (panel, recommendations, …) are kept in
:attr:`CaseConfig.extra` as written.

``milestones:`` (the review's timeline, read by ``dhr status``) is read into
:class:`Milestones`, each a date; the dates other sections already give (``trawl.date``, the
``publication:`` dates) stand in for the milestones they mean, and the report comes off the
website 36 months after publication (§103) unless ``milestones.removal_due`` says otherwise.

Every file case.yaml names must exist, except before the agencies have replied: the trawl and
the returns tracker load the case with ``require_returns=False``, where an agency needs only
its name and its chronology, IMR and trace return may be absent or not there yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.config import keys as known
from pipeline.config.publication import Publication, parse_publication, parse_review_type
from pipeline.config.values import optional_date, required_date
from pipeline.config.yaml_text import explain, load_yaml
from pipeline.errors import ConfigError
from pipeline.review.days import add_months

CANONICAL_COLUMNS = ("Date", "Time", "Subject", "Event", "Action", "Comment", "Source")
SUBJECT_ROLES = known.SUBJECT_ROLES
DEFAULT_RETURN_DAYS = 14
_REQUIRED = ("case_id", "title", "scoping_period", "agencies")
WEBSITE_MONTHS = 36  # §103: published reports stay on the council's website for 36 months


@dataclass(frozen=True)
class AgencyConfig:
    """One agency of the review and the files it sent (``None`` for one not sent yet)."""

    name: str
    chronology: Path | None  # None only when loaded with require_returns=False
    imr: Path | None = None
    columns: dict[str, str] = field(default_factory=dict)
    sheets: tuple[str, ...] | None = None
    no_imr_reason: str | None = None
    actions: tuple[dict, ...] = ()  # target dates and outcomes for the IMR's recommendations
    trace: Path | None = None  # the agency's returned trace workbook
    contact: str = ""  # who at the agency the request goes to
    received: dict[str, dt.date] = field(default_factory=dict)  # trace/chronology/imr: arrived


@dataclass(frozen=True)
class Subject:
    """A person the review is about, whom agencies search their records for."""

    name: str
    role: str  # one of SUBJECT_ROLES
    date_of_birth: dt.date | None = None
    address: str = ""
    aliases: tuple[str, ...] = ()
    sex: str = ""
    ethnicity: str = ""
    age: int | None = None


@dataclass(frozen=True)
class TrawlConfig:
    """``trawl:``: when the request packs went to the agencies and when the returns are due."""

    date: dt.date | None = None  # the date the request packs were sent
    return_days: int = DEFAULT_RETURN_DAYS
    chronology_due: dt.date | None = None
    imr_due: dt.date | None = None
    contact: str = ""  # the DHR Officer's name, email and phone for the covering letter
    reference: str = ""


@dataclass(frozen=True)
class Milestones:
    """``milestones:``: the review's timeline (seeds 003 §25–§103), ``None`` where not known.

    Fallbacks, so a date is never written twice: ``trawl_sent`` is ``trawl.date``,
    ``approval_letter`` is ``publication.qa_panel_letter.date``, ``family_told`` is
    ``publication.family_told`` and ``published`` is ``publication.date`` when the milestone is
    not given (given in both places, the two must agree); ``removal_due`` is 36 months after
    ``published`` (§103) unless given. Meetings (with ``papers_sent``) and delay requests (with
    ``rule`` and ``new_date``) stay in their own sections.
    """

    notification: dt.date | None = None  # the death came to the partnership's attention
    decision: dt.date | None = None  # the decision to review (§25: within one month)
    home_office_notified: dt.date | None = None  # §29: within the month of the decision
    chair_appointed: dt.date | None = None
    trawl_sent: dt.date | None = None  # §40: returns within 14 days
    draft_to_panel: dt.date | None = None  # §56: the panel has 14 days to comment
    panel_feedback: dt.date | None = None
    draft_to_family: dt.date | None = None
    family_feedback: dt.date | None = None
    submitted_to_home_office: dt.date | None = None
    qa_panel: dt.date | None = None  # the Home Office QA Panel's meeting
    approval_letter: dt.date | None = None  # its agreement to publication (§103)
    family_told: dt.date | None = None  # of the publication arrangements (§104)
    published: dt.date | None = None
    removal_due: dt.date | None = None  # §103: 36 months on the website
    removed: dt.date | None = None  # the day the report came off the website


@dataclass(frozen=True)
class CaseConfig:
    """A validated ``case.yaml``; paths are absolute, resolved against the case folder."""

    root: Path
    case_id: str
    title: str
    scoping_start: dt.date
    scoping_end: dt.date
    agencies: tuple[AgencyConfig, ...]
    csp: str = ""
    date_of_death: dt.date | None = None
    pseudonym_map: Path | None = None
    review_type: str = "dhr"  # dhr or dardr (Victims and Prisoners Act 2024, s.19)
    publication: Publication = field(default_factory=Publication)
    trawl: TrawlConfig | None = None
    subjects: tuple[Subject, ...] = ()
    milestones: Milestones = field(default_factory=Milestones)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def reference(self) -> str:
        """The reference agencies and the Home Office quote back: ``trawl.reference``, else the
        case id."""
        return (self.trawl.reference if self.trawl else "") or self.case_id

    @property
    def contact(self) -> str:
        """The DHR Officer's contact details (``trawl.contact``), or ``""``."""
        return (self.trawl.contact if self.trawl else "") or ""


def _not_yes_no(value: Any, where: str) -> None:
    if isinstance(value, bool):
        raise ConfigError(f"case.yaml: {where} is read as true or false (YAML reads yes, no, on "
                          "and off that way); put the value in quotes.")


def _text(value: Any, where: str) -> str:
    _not_yes_no(value, where)
    if not isinstance(value, str | int | float) or not str(value).strip():
        raise ConfigError(f"case.yaml: {where} must be a non-empty text value.")
    return str(value).strip()


def _optional_text(value: Any, where: str) -> str:
    if value in (None, ""):
        return ""
    _not_yes_no(value, where)
    if not isinstance(value, str | int | float):
        raise ConfigError(f"case.yaml: {where} must be text (or left out).")
    return " ".join(str(value).split())


def _whole(value: Any, where: str, lowest: int, what: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
        raise ConfigError(f"case.yaml: {where} must be {what}.")
    return value


class _Reader:
    """Validates one case.yaml, knowing the line of every key for unknown-key messages."""

    def __init__(self, root: Path, lines: dict[int, dict[Any, int]]) -> None:
        self.root = root
        self.lines = lines

    def keys(self, mapping: dict, allowed: tuple[str, ...], where: str = "") -> None:
        known.check_keys(mapping, allowed, where, self.lines.get(id(mapping)))

    def mapping(self, value: Any, where: str, allowed: tuple[str, ...]) -> dict:
        """A section that must be a mapping of ``allowed`` keys (``{}`` when left empty)."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ConfigError(f"case.yaml: {where} must be a mapping with any of "
                              f"{', '.join(allowed)}.")
        self.keys(value, allowed, where)
        return value

    def text_items(self, value: Any, where: str) -> tuple[str, ...]:
        """A list of text items; an item YAML read as ``key: value`` had a colon in it."""
        if value is None:
            return ()
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            raise ConfigError(f"case.yaml: {where} must be a list of text items.")
        for index, item in enumerate(items, start=1):
            if isinstance(item, dict) and len(item) == 1:
                line = next(iter(self.lines.get(id(item), {}).values()), None)
                raise ConfigError(f"{known.at(line)}: {where}[{index}] contains a colon, so it "
                                  "is read as a key and a value; put the whole item in quotes.")
            if not isinstance(item, str | int | float) or isinstance(item, bool):
                raise ConfigError(f"case.yaml: {where}[{index}] must be text.")
        return tuple(" ".join(str(item).split()) for item in items)

    def records(self, raw: dict) -> None:
        """Unknown keys in the sections later stages read (chair, panel, recommendations …)."""
        for section, allowed in known.RECORD_KEYS.items():
            value = raw.get(section)
            if isinstance(value, dict):
                self.keys(value, allowed, section)
            elif isinstance(value, list):
                for index, item in enumerate(value, start=1):
                    if isinstance(item, dict):
                        self.keys(item, allowed, f"{section}[{index}]")
        for section in known.TEXT_LIST_KEYS:
            if isinstance(raw.get(section), list):
                self.text_items(raw[section], section)

    def agency(self, raw: Any, index: int, require_returns: bool) -> AgencyConfig:
        where = f"agencies[{index}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"case.yaml: {where} must be a mapping with at least name and "
                              "chronology.")
        self.keys(raw, known.AGENCY_KEYS, where)
        if "name" not in raw:
            raise ConfigError(f"case.yaml: {where}.name is missing.")
        if require_returns and raw.get("chronology") in (None, ""):
            raise ConfigError(f"case.yaml: {where}.chronology is missing; add the path of the "
                              "agency's chronology (it may wait until the agency has sent it, "
                              "but the merge needs it).")
        columns_raw = raw.get("columns") or {}
        if not isinstance(columns_raw, dict):
            raise ConfigError(f"case.yaml: {where}.columns must map column names to headers.")
        columns: dict[str, str] = {}
        for canonical, header in columns_raw.items():
            match = next((c for c in CANONICAL_COLUMNS if c.lower() == str(canonical).lower()),
                         None)
            if match is None:
                raise ConfigError(
                    f"case.yaml: {where}.columns has unknown column '{canonical}'; "
                    f"use one of {', '.join(CANONICAL_COLUMNS)}."
                )
            columns[match] = _text(header, f"{where}.columns.{canonical}")
        sheets = raw.get("sheets")
        if sheets is not None and (
            not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets)
        ):
            raise ConfigError(f"case.yaml: {where}.sheets must be a list of sheet names.")
        actions = raw.get("actions") or []
        if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
            raise ConfigError(f"case.yaml: {where}.actions must be a list of mappings (one per "
                              "IMR recommendation: target_date, outcome, milestones, "
                              "completed).")
        for number, action in enumerate(actions, start=1):
            self.keys(action, known.ACTION_KEYS, f"{where}.actions[{number}]")
        received = self.mapping(raw.get("received"), f"{where}.received", known.RECEIVED_KEYS)
        return AgencyConfig(
            name=_text(raw["name"], f"{where}.name"),
            chronology=self.path(raw.get("chronology"), f"{where}.chronology"),
            imr=self.path(raw.get("imr"), f"{where}.imr"),
            columns=columns,
            sheets=tuple(sheets) if sheets is not None else None,
            no_imr_reason=raw.get("no_imr_reason"),
            actions=tuple(actions),
            trace=self.path(raw.get("trace"), f"{where}.trace"),
            contact=_optional_text(raw.get("contact"), f"{where}.contact"),
            received={key: required_date(value, f"{where}.received.{key}")
                      for key, value in received.items() if value not in (None, "")},
        )

    def path(self, value: Any, where: str) -> Path | None:
        return self.root / _text(value, where) if value not in (None, "") else None

    def subject(self, raw: Any, index: int) -> Subject:
        where = f"subjects[{index}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"case.yaml: {where} must be a mapping with at least name and role.")
        self.keys(raw, known.SUBJECT_KEYS, where)
        for key in ("name", "role"):
            if raw.get(key) in (None, ""):
                raise ConfigError(f"case.yaml: {where}.{key} is missing"
                                  + (f"; give one of {', '.join(SUBJECT_ROLES)}."
                                     if key == "role" else "."))
        role = _text(raw["role"], f"{where}.role").casefold()
        if role not in SUBJECT_ROLES:
            near = known.suggestion(role, SUBJECT_ROLES)
            hint = f"did you mean `{near}`?" if near else \
                "use other for anyone else, such as a friend or neighbour."
            raise ConfigError(f"case.yaml: {where}.role is not one of "
                              f"{', '.join(SUBJECT_ROLES)}; {hint}")
        age = raw.get("age")
        return Subject(
            name=_text(raw["name"], f"{where}.name"),
            role=role,
            date_of_birth=optional_date(raw.get("date_of_birth"), f"{where}.date_of_birth"),
            address=_optional_text(raw.get("address"), f"{where}.address"),
            aliases=self.text_items(raw.get("aliases"), f"{where}.aliases"),
            sex=_optional_text(raw.get("sex"), f"{where}.sex"),
            ethnicity=_optional_text(raw.get("ethnicity"), f"{where}.ethnicity"),
            age=None if age in (None, "") else _whole(
                age, f"{where}.age", 0, "a whole number of years (or left out)"),
        )

    def subjects(self, value: Any) -> tuple[Subject, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise ConfigError("case.yaml: subjects must be a list, one entry per person "
                              "starting with '- name:'.")
        return tuple(self.subject(s, i) for i, s in enumerate(value, start=1))

    def trawl(self, value: Any) -> TrawlConfig | None:
        if value is None:
            return None
        raw = self.mapping(value, "trawl", known.TRAWL_KEYS)
        days = raw.get("return_days")
        trawl = TrawlConfig(
            date=optional_date(raw.get("date"), "trawl.date"),
            return_days=DEFAULT_RETURN_DAYS if days in (None, "") else _whole(
                days, "trawl.return_days", 1, "a whole number of days, 1 or more"),
            chronology_due=optional_date(raw.get("chronology_due"), "trawl.chronology_due"),
            imr_due=optional_date(raw.get("imr_due"), "trawl.imr_due"),
            contact=_optional_text(raw.get("contact"), "trawl.contact"),
            reference=_optional_text(raw.get("reference"), "trawl.reference"),
        )
        for key in ("chronology_due", "imr_due"):
            due = getattr(trawl, key)
            if trawl.date and due and due < trawl.date:
                raise ConfigError(f"case.yaml: trawl.{key} is before trawl.date.")
        return trawl

    def milestones(self, value: Any, trawl: TrawlConfig | None,
                   publication: Publication) -> Milestones:
        raw = self.mapping(value, "milestones", known.MILESTONE_KEYS)
        given = {key: optional_date(raw.get(key), f"milestones.{key}")
                 for key in known.MILESTONE_KEYS}
        elsewhere = {"trawl_sent": (trawl.date if trawl else None, "trawl.date"),
                     "approval_letter": (publication.letter_date,
                                         "publication.qa_panel_letter.date"),
                     "family_told": (publication.family_told, "publication.family_told"),
                     "published": (publication.date, "publication.date")}
        for key, (other, where) in elsewhere.items():
            if given[key] and other and given[key] != other:
                raise ConfigError(f"case.yaml: milestones.{key} and {where} give different "
                                  f"dates; give the date once, as {where}, or make them agree.")
            given[key] = given[key] or other
        if given["published"] and given["removal_due"] is None:
            given["removal_due"] = add_months(given["published"], WEBSITE_MONTHS)
        if given["published"] and given["removal_due"] < given["published"]:
            raise ConfigError("case.yaml: milestones.removal_due is before the publication "
                              "date.")
        return Milestones(**given)

    def timeline_dates(self, raw: dict) -> None:
        """The dates of ``meetings[].papers_sent`` and ``delay_requests[].new_date``, and the
        rule each delay request names (:data:`~pipeline.config.keys.DELAY_RULES`)."""
        for section, key in (("meetings", "papers_sent"), ("delay_requests", "new_date")):
            items = raw.get(section)
            for index, item in enumerate(items if isinstance(items, list) else (), start=1):
                if isinstance(item, dict):
                    optional_date(item.get(key), f"{section}[{index}].{key}")
        requests = raw.get("delay_requests")
        for index, item in enumerate(requests if isinstance(requests, list) else (), start=1):
            if isinstance(item, dict) and item.get("rule") not in (None, ""):
                where = f"delay_requests[{index}].rule"
                if delay_rule(_text(item["rule"], where)) is None:
                    raise ConfigError(f"case.yaml: {where} is not one of the timescale rules; "
                                      "use one of: "
                                      + "; ".join(f"{key} ({name})" for key, name
                                                  in known.DELAY_RULES.items()) + ".")
                if item.get("new_date") in (None, "") and not item.get("reason"):
                    raise ConfigError(f"case.yaml: delay_requests[{index}] names a rule but "
                                      "gives neither new_date nor reason.")

    def publication(self, value: Any) -> Publication:
        raw = self.mapping(value, "publication", known.PUBLICATION_KEYS)
        self.mapping(raw.get("qa_panel_letter"), "publication.qa_panel_letter",
                     known.LETTER_KEYS)
        return parse_publication(value)


def delay_rule(text: str) -> str | None:
    """The key of the timescale rule a delay request names, by key (``panel_papers``) or plain
    name (``Panel papers``), in any case and with spaces, hyphens or underscores; ``None`` when
    it names none."""
    def plain(words: str) -> str:
        return "_".join(words.casefold().replace("-", " ").replace("_", " ").split())

    wanted = plain(str(text))
    return next((key for key, name in known.DELAY_RULES.items()
                 if wanted in (key, plain(name))), None)


def _read(path: Path) -> tuple[Any, dict[int, dict[Any, int]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not saved as UTF-8 text; save it again with the UTF-8 "
                          "encoding.") from exc
    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        raise ConfigError(explain(text, exc)) from exc


def _check_files(case: CaseConfig) -> None:
    """Every file case.yaml names is there (require_returns=True)."""
    for index, agency in enumerate(case.agencies, start=1):
        where = f"agencies[{index}]"
        if agency.chronology is not None and not agency.chronology.exists():
            raise ConfigError(f"{agency.chronology}: file not found (check {where}.chronology "
                              "in case.yaml, or wait for the agency's return).")
        if agency.imr is not None and not agency.imr.exists():
            raise ConfigError(f"{agency.imr}: IMR not found (named in case.yaml {where}.imr); "
                              "check the path, or wait for the agency's return.")
        if agency.trace is not None and not agency.trace.exists():
            raise ConfigError(f"{agency.trace}: trace return not found (named in case.yaml "
                              f"{where}.trace); check the path, or wait for the agency's "
                              "return.")
    if case.pseudonym_map is not None and not case.pseudonym_map.exists():
        raise ConfigError(f"{case.pseudonym_map}: pseudonym map not found (pseudonym_map in "
                          "case.yaml); create the file (it may start as 'people: []') or "
                          "correct the path, then run again.")
    narrative = case.extra.get("narrative") or {}
    for key, named in narrative.items() if isinstance(narrative, dict) else ():
        if named and not (case.root / str(named)).is_file():
            raise ConfigError(f"{case.root / str(named)}: narrative for '{key}' not found "
                              "(named in case.yaml narrative:); check the path.")
    decisions = case.extra.get("review_decisions")
    if decisions and not (case.root / str(decisions)).is_file():
        raise ConfigError(f"{case.root / str(decisions)}: decisions file not found "
                          "(review_decisions in case.yaml); check the path.")


def load_case(case_dir: Path, require_returns: bool = True) -> CaseConfig:
    """Read and validate ``CASE_DIR/case.yaml``.

    ``require_returns`` (the default, for the merge, drafts, publication and reprocessing):
    every agency names its chronology and every file case.yaml names exists. ``False`` (for
    the trawl and the returns tracker, before the agencies have replied): an agency needs only
    its name, and its chronology, IMR and trace return, the pseudonym map and the narrative
    files may be absent or not there yet.
    """
    case_dir = Path(case_dir)
    if not case_dir.is_dir():
        raise ConfigError(f"{case_dir}: no such case folder; give the folder that holds case.yaml.")
    path = case_dir / "case.yaml"
    if not path.is_file():
        raise ConfigError(f"{path}: not found; every case folder needs a case.yaml (see README).")
    raw, lines = _read(path)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: must be a YAML mapping of keys such as case_id and agencies.")
    root = case_dir.resolve()
    reader = _Reader(root, lines)
    reader.keys(raw, known.TOP_LEVEL_KEYS)
    for key in _REQUIRED:
        if key not in raw or raw[key] in (None, "", []):
            raise ConfigError(f"case.yaml: {key} is missing.")
    period = raw["scoping_period"]
    if not isinstance(period, dict) or not {"start", "end"} <= set(period):
        raise ConfigError("case.yaml: scoping_period needs start and end dates.")
    reader.keys(period, known.SCOPING_KEYS, "scoping_period")
    start = required_date(period["start"], "scoping_period.start")
    end = required_date(period["end"], "scoping_period.end")
    if end < start:
        raise ConfigError("case.yaml: scoping_period.end is before scoping_period.start.")
    if not isinstance(raw["agencies"], list):
        raise ConfigError("case.yaml: agencies must be a list, one entry per agency starting "
                          "with '- name:' (a dash and a space).")
    agencies = tuple(reader.agency(a, i, require_returns)
                     for i, a in enumerate(raw["agencies"], start=1))
    names = [a.name.casefold() for a in agencies]
    if dupes := sorted({n for n in names if names.count(n) > 1}):
        raise ConfigError(f"case.yaml: agency '{dupes[0]}' is listed more than once.")
    reader.records(raw)
    reader.timeline_dates(raw)
    death = raw.get("date_of_death")
    pmap = raw.get("pseudonym_map")
    publication = reader.publication(raw.get("publication"))
    trawl = reader.trawl(raw.get("trawl"))
    case = CaseConfig(
        root=root,
        case_id=_text(raw["case_id"], "case_id"),
        title=_text(raw["title"], "title"),
        scoping_start=start,
        scoping_end=end,
        agencies=agencies,
        csp=str(raw.get("csp") or ""),
        date_of_death=required_date(death, "date_of_death") if death else None,
        pseudonym_map=(root / _text(pmap, "pseudonym_map")).resolve() if pmap else None,
        review_type=parse_review_type(raw.get("review_type")),
        publication=publication,
        trawl=trawl,
        subjects=reader.subjects(raw.get("subjects")),
        milestones=reader.milestones(raw.get("milestones"), trawl, publication),
        extra={k: v for k, v in raw.items() if k in known.EXTRA_KEYS},
    )
    if require_returns:
        _check_files(case)
    return case
