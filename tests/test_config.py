"""case.yaml: validated once, each mistake named by its field or line, with what to do."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import load_case
from pipeline.config.keys import NARRATIVE_KEYS, TOP_LEVEL_KEYS
from pipeline.errors import ConfigError


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return folder


def _touch(*paths: Path) -> None:
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")


GOOD = """
case_id: T1
title: Review
csp: Northbridge CSP
date_of_death: 2022-02-14
scoping_period: {start: 2019-02-14, end: 14/02/2022}
pseudonym_map: ../maps/t1.yaml
agencies:
  - name: Police
    chronology: police.xlsx
    imr: police_imr.docx
    columns: {date: When, EVENT: What happened}
panel: [{name: Chair}]
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The case folder, with the files GOOD names (the map beside it, as in the sample)."""
    case = tmp_path / "case"
    _touch(case / "police.xlsx", case / "police_imr.docx", tmp_path / "maps" / "t1.yaml")
    return case


def test_a_good_case(folder: Path) -> None:
    case = load_case(_write(folder, GOOD))
    assert case.case_id == "T1"
    assert (case.scoping_start, case.scoping_end) == (dt.date(2019, 2, 14), dt.date(2022, 2, 14))
    agency = case.agencies[0]
    assert agency.chronology == folder.resolve() / "police.xlsx"
    assert agency.columns == {"Date": "When", "Event": "What happened"}
    assert (agency.trace, agency.contact, agency.received) == (None, "", {})
    assert case.pseudonym_map == (folder / "../maps/t1.yaml").resolve()
    assert case.extra == {"panel": [{"name": "Chair"}]}  # kept for later stages
    assert (case.trawl, case.subjects) == (None, ())


@pytest.mark.parametrize(("text", "message"), [
    ("- a list", "must be a YAML mapping"),
    (GOOD.replace("case_id: T1\n", ""), "case.yaml: case_id is missing"),
    (GOOD.replace("scoping_period: {start: 2019-02-14, end: 14/02/2022}",
                  "scoping_period: {start: 2019-02-14}"), "scoping_period needs start and end"),
    (GOOD.replace("end: 14/02/2022", "end: soon"), "scoping_period.end is not a date"),
    (GOOD.replace("end: 14/02/2022", "end: 2018-01-01"), "end is before"),
    (GOOD.replace("    chronology: police.xlsx\n", ""), "agencies[1].chronology is missing"),
    (GOOD.replace("EVENT: What happened", "Narrative: What happened"),
     "agencies[1].columns has unknown column 'Narrative'"),
    (GOOD.replace("name: Police", "name: ''"), "agencies[1].name must be a non-empty"),
    (GOOD.replace("panel:", "  - name: police\n    chronology: police.xlsx\npanel:"),
     "agency 'police' is listed more than once"),
    (GOOD.replace("date_of_death: 2022-02-14", "date_of_death: last year"),
     "date_of_death is not a date"),
    (GOOD.replace("date_of_death: 2022-02-14", "date_of_death: 2022-02-30"),
     "case.yaml: date_of_death is not a date; write it as YYYY-MM-DD."),
    (GOOD.replace("case_id: T1", "case_id: NO"),
     "case.yaml: case_id is read as true or false (YAML reads yes, no, on and off that way); "
     "put the value in quotes."),
    (GOOD.split("agencies:")[0] + "agencies: {name: Police}\n",
     "agencies must be a list, one entry per agency starting with '- name:'"),
    (GOOD + "subjects: Ann Smith\n", "subjects must be a list, one entry per person"),
])
def test_mistakes_name_the_field(folder: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(_write(folder, text))


@pytest.mark.parametrize(("text", "message"), [
    (GOOD.replace("date_of_death:", "date_of_deth:"),
     "case.yaml line 5: `date_of_deth` is not a known key; did you mean `date_of_death`?"),
    (GOOD.replace("csp:", "Title:"), "case.yaml line 4: the top level has a key that is not "
                                     "known (not shown here, as it may hold a name); did you "
                                     "mean `title`?"),
    (GOOD + "zzz: 1\n", "case.yaml line 14: `zzz` is not a known key; the known keys at the "
                        "top level are case_id, title, csp,"),
    (GOOD.replace("chronology: police.xlsx", "chronolgy: police.xlsx"),
     "case.yaml line 10: `agencies[1].chronolgy` is not a known key; did you mean `chronology`?"),
    (GOOD + "imr: x.docx\n", "case.yaml line 14: `imr` is not a top-level key; it belongs to an "
                             "agency, so indent it under that agency's `- name:` line."),
    (GOOD.replace("end: 14/02/2022", "end: 14/02/2022, ends: 2022-02-14"),
     "case.yaml line 6: `scoping_period.ends` is not a known key; did you mean `end`?"),
    (GOOD.replace("    columns:", "    recieved: {trace: 2022-03-01}\n    columns:"),
     "`agencies[1].recieved` is not a known key; did you mean `received`?"),
    (GOOD.replace("    columns:", "    received: {trace: 2022-03-01, chronolgy: 2022-04-01}\n"
                                   "    columns:"),
     "case.yaml line 12: `agencies[1].received.chronolgy` is not a known key; did you mean "
     "`chronology`?"),
    (GOOD + "trawl: {date: 2022-03-15, return_day: 10}\n",
     "case.yaml line 14: `trawl.return_day` is not a known key; did you mean `return_days`?"),
    (GOOD + "subjects:\n  - name: A B\n    role: victim\n    dob: 1990-01-01\n",
     "case.yaml line 17: `subjects[1].dob` is not a known key; the known keys in subjects[1] "
     "are name, role, date_of_birth,"),
    (GOOD.replace("panel: [{name: Chair}]", "panel: [{name: Chair, agnecy: CSP}]"),
     "case.yaml line 13: `panel[1].agnecy` is not a known key; did you mean `agency`?"),
    (GOOD + "recommendations:\n  - recommendation: x\n    lead_agncy: y\n",
     "`recommendations[1].lead_agncy` is not a known key; did you mean `lead_agency`?"),
    (GOOD.replace("    columns:", "    actions: [{target_dat: 2023-01-01}]\n    columns:"),
     "`agencies[1].actions[1].target_dat` is not a known key; did you mean `target_date`?"),
    (GOOD + "publication: {qa_panel_leter: {date: 2023-01-01}}\n",
     "case.yaml line 14: `publication.qa_panel_leter` is not a known key; did you mean "
     "`qa_panel_letter`?"),
    (GOOD + "narrative: {analyis: a.docx}\n",
     "`narrative.analyis` is not a known key; did you mean `analysis`?"),
])
def test_an_unknown_key_names_the_nearest_known_one(folder: Path, text: str,
                                                     message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(_write(folder, text))


def test_every_key_the_sample_uses_is_known(sample_case: Path) -> None:
    case = load_case(sample_case)
    assert {"panel", "recommendations", "key_events", "glossary", "equality"} <= set(case.extra)
    assert set(case.extra) <= set(TOP_LEVEL_KEYS)


def test_narrative_sections_match_the_drafts() -> None:
    from pipeline.drafts.context import NARRATIVE_SECTIONS

    assert NARRATIVE_KEYS == NARRATIVE_SECTIONS


@pytest.mark.parametrize(("text", "message", "hidden"), [
    (GOOD.replace("title: Review", "title: Review: the death of Ann Smith"),
     'case.yaml line 3: the value of `title` contains a colon; put the whole value in quotes, '
     'e.g. title: "…".', "Ann"),
    (GOOD.replace("    chronology:", "\tchronology:"),
     "case.yaml line 10: a tab is used for indentation; indent with spaces only", ""),
    (GOOD.replace("    chronology:", "     chronology:"),
     "case.yaml line 10: `chronology` does not line up with the keys above it", ""),
    (GOOD.replace("    imr:", "   imr:"),
     "case.yaml line 11: `imr` does not line up with the lines above it", ""),
    (GOOD.replace("title: Review", 'title: "Review of Ann Smith'),
     "case.yaml line 3: the quote that opens the value of `title` is never closed", "Ann"),
    (GOOD.replace("title: Review", "title: 'Ann Smith's review'"),
     "case.yaml line 3: the value of `title` is in single quotes and also contains an "
     "apostrophe; write the apostrophe twice ('')", "Ann"),
    (GOOD + "terms_of_reference:\n  - Ann Smith's friend: what did she know?\n",
     "case.yaml line 15: terms_of_reference[1] contains a colon, so it is read as a key and a "
     "value; put the whole item in quotes.", "Ann"),
    (GOOD + "case_id: T2\n", "case.yaml line 14: `case_id` is given twice in the same section "
                             "(also on line 2)", ""),
    ("case_id: [unclosed", "case.yaml: not valid YAML near line 1: the list that opens with [ "
                           "there is never closed; add the closing ].", ""),
])
def test_yaml_mistakes_say_what_to_fix(folder: Path, text: str, message: str,
                                       hidden: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)) as error:
        load_case(_write(folder, text))
    assert "\n" not in str(error.value)
    if hidden:
        assert hidden not in str(error.value)  # a value is never quoted: it may hold a name


def test_missing_folder_and_missing_case_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such case folder"):
        load_case(tmp_path / "nope")
    with pytest.raises(ConfigError, match=r"case\.yaml: not found"):
        load_case(tmp_path)


@pytest.mark.parametrize(("change", "message"), [
    (lambda c: (c / "police.xlsx").unlink(),
     "police.xlsx: file not found (check agencies[1].chronology in case.yaml, or wait for the "
     "agency's return)."),
    (lambda c: (c / "police_imr.docx").unlink(),
     "police_imr.docx: IMR not found (named in case.yaml agencies[1].imr); check the path, or "
     "wait for the agency's return."),
    (lambda c: (c.parent / "maps" / "t1.yaml").unlink(),
     "t1.yaml: pseudonym map not found (pseudonym_map in case.yaml); create the file"),
])
def test_a_file_case_yaml_names_must_exist(folder: Path, change, message: str) -> None:
    _write(folder, GOOD)
    change(folder)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(folder)


@pytest.mark.parametrize(("addition", "message"), [
    ("narrative: {analysis: narrative/nope.docx}\n",
     "nope.docx: narrative for 'analysis' not found (named in case.yaml narrative:)"),
    ("review_decisions: decisions.yaml\n",
     "decisions.yaml: decisions file not found (review_decisions in case.yaml)"),
])
def test_other_named_files_must_exist(folder: Path, addition: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(_write(folder, GOOD + addition))


def test_drafts_refuses_a_wrong_map_path(folder: Path) -> None:
    _write(folder, GOOD.replace("../maps/t1.yaml", "../maps/t2.yaml"))
    result = CliRunner().invoke(cli, ["drafts", str(folder)])
    assert result.exit_code == 1
    assert "t2.yaml: pseudonym map not found (pseudonym_map in case.yaml)" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (folder / "output").exists()


BEFORE_RETURNS = """
case_id: T1
title: Review
scoping_period: {start: 2019-02-14, end: 2022-02-14}
pseudonym_map: maps/not-yet.yaml
trawl:
  date: 2022-03-15
  chronology_due: 2022-04-26
  imr_due: 31/05/2022
  contact: DHR Officer, dhr@example.org, 0116 496 0123
  reference: NB-DHR-01
subjects:
  - name: Ann Smith
    role: Victim
    date_of_birth: 1988-07-23
    address: 14 Elm Road, Northbridge
    aliases: [Annie, A. Smith]
    sex: female
    ethnicity: White British
    age: 33
  - name: Bob Jones
    role: perpetrator
agencies:
  - name: Police
    contact: Public Protection Unit
    trace: returns/police_trace.xlsx
    received: {trace: 2022-03-24}
  - name: Homes
"""


def test_before_the_returns_an_agency_needs_only_its_name(folder: Path) -> None:
    case = load_case(_write(folder, BEFORE_RETURNS), require_returns=False)
    police, homes = case.agencies
    assert (police.chronology, police.imr, homes.trace) == (None, None, None)
    assert police.trace == folder.resolve() / "returns" / "police_trace.xlsx"  # not there yet
    assert (police.contact, police.received) == ("Public Protection Unit",
                                                 {"trace": dt.date(2022, 3, 24)})
    trawl = case.trawl
    assert trawl is not None
    assert (trawl.date, trawl.return_days, trawl.chronology_due, trawl.imr_due) == (
        dt.date(2022, 3, 15), 14, dt.date(2022, 4, 26), dt.date(2022, 5, 31))
    assert (trawl.contact, trawl.reference) == ("DHR Officer, dhr@example.org, 0116 496 0123",
                                                "NB-DHR-01")
    ann, bob = case.subjects
    assert (ann.name, ann.role, ann.date_of_birth, ann.address, ann.aliases, ann.sex,
            ann.ethnicity, ann.age) == ("Ann Smith", "victim", dt.date(1988, 7, 23),
                                        "14 Elm Road, Northbridge", ("Annie", "A. Smith"),
                                        "female", "White British", 33)
    assert (bob.role, bob.date_of_birth, bob.aliases, bob.age) == ("perpetrator", None, (), None)
    assert "trawl" not in case.extra and "subjects" not in case.extra


def test_the_merge_needs_the_returns(folder: Path) -> None:
    _write(folder, BEFORE_RETURNS)
    with pytest.raises(ConfigError, match=re.escape(
            "case.yaml: agencies[1].chronology is missing; add the path of the agency's "
            "chronology")):
        load_case(folder)
    _write(folder, BEFORE_RETURNS.replace("    contact: Public", "    chronology: c.xlsx\n"
                                          "    contact: Public")
           .replace("  - name: Homes\n", ""))
    with pytest.raises(ConfigError, match=re.escape("c.xlsx: file not found (check "
                                                    "agencies[1].chronology in case.yaml")):
        load_case(folder)
    _touch(folder / "c.xlsx")
    with pytest.raises(ConfigError, match=re.escape(
            "police_trace.xlsx: trace return not found (named in case.yaml agencies[1].trace)")):
        load_case(folder)
    _touch(folder / "returns" / "police_trace.xlsx")
    with pytest.raises(ConfigError, match=r"not-yet\.yaml: pseudonym map not found"):
        load_case(folder)
    _touch(folder / "maps" / "not-yet.yaml")
    assert load_case(folder).agencies[0].chronology == folder.resolve() / "c.xlsx"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("role: Victim", "role: victm",
     "case.yaml: subjects[1].role is not one of victim, perpetrator, child, family, other; did "
     "you mean `victim`?"),
    ("role: Victim", "role: neighbour",
     "subjects[1].role is not one of victim, perpetrator, child, family, other; use other for "
     "anyone else"),
    ("    role: perpetrator\n", "", "case.yaml: subjects[2].role is missing; give one of victim"),
    ("  - name: Bob Jones", "  - nme: Bob Jones",
     "`subjects[2].nme` is not a known key; did you mean `name`?"),
    ("age: 33", "age: about forty", "subjects[1].age must be a whole number of years"),
    ("date_of_birth: 1988-07-23", "date_of_birth: 1988",
     "subjects[1].date_of_birth is not a date; write it as YYYY-MM-DD."),
    ("aliases: [Annie, A. Smith]", "aliases: [{Annie: x}]",
     "subjects[1].aliases[1] contains a colon"),
    ("  date: 2022-03-15\n", "  date: 2022-03-15\n  return_days: 0\n",
     "trawl.return_days must be a whole number of days, 1 or more."),
    ("chronology_due: 2022-04-26", "chronology_due: 2022-03-01",
     "case.yaml: trawl.chronology_due is before trawl.date."),
    ("imr_due: 31/05/2022", "imr_due: end of May", "trawl.imr_due is not a date"),
    ("received: {trace: 2022-03-24}", "received: {trace: March}",
     "agencies[1].received.trace is not a date"),
    ("received: {trace: 2022-03-24}", "received: 2022-03-24",
     "agencies[1].received must be a mapping with any of trace, chronology, imr."),
    ("contact: Public Protection Unit", "contact: [a, b]", "agencies[1].contact must be text"),
])
def test_new_section_mistakes_name_the_field(folder: Path, old: str, new: str,
                                             message: str) -> None:
    assert old in BEFORE_RETURNS
    with pytest.raises(ConfigError, match=re.escape(message)) as error:
        load_case(_write(folder, BEFORE_RETURNS.replace(old, new)), require_returns=False)
    assert "Ann" not in str(error.value) and "Bob" not in str(error.value)


@pytest.mark.parametrize(("addition", "message"), [
    ("review_type: inquest\n", "review_type must be dhr (Domestic Homicide Review) or dardr"),
    ("publication: {date: next spring}\n", "publication.date is not a date"),
    ("publication: {qa_panel_letter: {date: 2023-01-01, ref: X}}\n",
     "`publication.qa_panel_letter.ref` is not a known key; the known keys in "
     "publication.qa_panel_letter are date, reference."),
    ("publication: {marking: [OFFICIAL]}\n", "publication.marking must be text"),
])
def test_publication_and_review_type_mistakes_name_the_field(folder: Path, addition: str,
                                                              message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(_write(folder, GOOD + addition))


def test_review_type_and_publication_facts_are_read(folder: Path) -> None:
    case = load_case(_write(folder, GOOD + "review_type: DARDR\npublication:\n"
                            "  qa_panel_letter: {date: 2023-06-21, reference: HO-1}\n"
                            "  family_told: 03/07/2023\n  date: 2023-07-17\n"))
    assert case.review_type == "dardr"
    facts = case.publication
    assert (facts.letter_date, facts.letter_reference, facts.family_told, facts.date,
            facts.marking) == (dt.date(2023, 6, 21), "HO-1", dt.date(2023, 7, 3),
                               dt.date(2023, 7, 17), "")
    assert load_case(_write(folder, GOOD)).review_type == "dhr"
