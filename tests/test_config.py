"""case.yaml: validated once, each mistake named by its field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pipeline.config import load_case
from pipeline.errors import ConfigError


def _write(folder: Path, text: str) -> Path:
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return folder


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


def test_a_good_case(tmp_path: Path) -> None:
    case = load_case(_write(tmp_path, GOOD))
    assert case.case_id == "T1"
    assert (case.scoping_start, case.scoping_end) == (dt.date(2019, 2, 14), dt.date(2022, 2, 14))
    agency = case.agencies[0]
    assert agency.chronology == tmp_path.resolve() / "police.xlsx"
    assert agency.columns == {"Date": "When", "Event": "What happened"}
    assert case.pseudonym_map == (tmp_path / "../maps/t1.yaml").resolve()
    assert case.extra == {"panel": [{"name": "Chair"}]}  # kept for later stages


@pytest.mark.parametrize(("text", "message"), [
    ("case_id: [unclosed", "not valid YAML near line 1"),
    ("- a list", "must be a YAML mapping"),
    (GOOD.replace("case_id: T1\n", ""), "case.yaml: case_id is missing"),
    (GOOD.replace("scoping_period: {start: 2019-02-14, end: 14/02/2022}",
                  "scoping_period: {start: 2019-02-14}"), "scoping_period needs start and end"),
    (GOOD.replace("end: 14/02/2022", "end: soon"), "scoping_period.end is not a date"),
    (GOOD.replace("end: 14/02/2022", "end: 2018-01-01"), "end is before"),
    (GOOD.replace("chronology: police.xlsx", "chronolgy: police.xlsx"),
     "agencies[1] has unknown key(s) chronolgy"),
    (GOOD.replace("    chronology: police.xlsx\n", ""), "agencies[1].chronology is missing"),
    (GOOD.replace("EVENT: What happened", "Narrative: What happened"),
     "agencies[1].columns has unknown column 'Narrative'"),
    (GOOD.replace("name: Police", "name: ''"), "agencies[1].name must be a non-empty"),
    (GOOD.replace("panel:", "  - name: police\n    chronology: b.csv\npanel:"),
     "agency 'police' is listed more than once"),
    (GOOD.replace("date_of_death: 2022-02-14", "date_of_death: last year"),
     "date_of_death is not a date"),
])
def test_mistakes_name_the_field(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(_write(tmp_path, text))


def test_missing_folder_and_missing_case_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such case folder"):
        load_case(tmp_path / "nope")
    with pytest.raises(ConfigError, match=r"case\.yaml: not found"):
        load_case(tmp_path)


@pytest.mark.parametrize(("addition", "message"), [
    ("review_type: inquest\n", "review_type must be dhr (Domestic Homicide Review) or dardr"),
    ("publication: {qa_panel_leter: {date: 2023-01-01}}\n",
     "publication has unknown key 'qa_panel_leter' (did you mean 'qa_panel_letter'?)"),
    ("publication: {date: next spring}\n", "publication.date is not a date"),
    ("publication: {qa_panel_letter: {date: 2023-01-01, ref: X}}\n",
     "publication.qa_panel_letter has unknown key 'ref'"),
    ("publication: {marking: [OFFICIAL]}\n", "publication.marking must be text"),
])
def test_publication_and_review_type_mistakes_name_the_field(tmp_path: Path, addition: str,
                                                              message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_case(_write(tmp_path, GOOD + addition))


def test_review_type_and_publication_facts_are_read(tmp_path: Path) -> None:
    case = load_case(_write(tmp_path, GOOD + "review_type: DARDR\npublication:\n"
                            "  qa_panel_letter: {date: 2023-06-21, reference: HO-1}\n"
                            "  family_told: 03/07/2023\n  date: 2023-07-17\n"))
    assert case.review_type == "dardr"
    facts = case.publication
    assert (facts.letter_date, facts.letter_reference, facts.family_told, facts.date,
            facts.marking) == (dt.date(2023, 6, 21), "HO-1", dt.date(2023, 7, 3),
                               dt.date(2023, 7, 17), "")
    assert load_case(_write(tmp_path, GOOD)).review_type == "dhr"
