"""case.yaml ``milestones:``: typed dates, fallbacks from the sections that already give them,
and the dates of meetings' papers and delay requests checked like the rest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.config import load_case
from pipeline.config.case import delay_rule
from pipeline.errors import ConfigError
from tests.review.helpers import write_case


def _load(tmp_path: Path, **sections):
    return load_case(write_case(tmp_path / "case", **sections), require_returns=False)


def test_milestones_are_dates_with_fallbacks(tmp_path: Path) -> None:
    case = _load(tmp_path, milestones={"notification": "2022-01-31", "decision": "28/02/2022"},
                 trawl={"date": "2022-03-15"},
                 publication={"qa_panel_letter": {"date": "2024-02-01"},
                              "family_told": "2024-02-10", "date": "2024-02-29"})
    m = case.milestones
    assert (m.notification, m.decision) == (dt.date(2022, 1, 31), dt.date(2022, 2, 28))
    assert m.trawl_sent == dt.date(2022, 3, 15)  # trawl.date
    assert m.approval_letter == dt.date(2024, 2, 1)  # publication.qa_panel_letter.date
    assert m.family_told == dt.date(2024, 2, 10)
    assert m.published == dt.date(2024, 2, 29)
    assert m.removal_due == dt.date(2027, 2, 28)  # 36 months (§103), kept in February
    assert m.home_office_notified is None and m.removed is None


def test_no_milestones_at_all(tmp_path: Path) -> None:
    m = _load(tmp_path).milestones
    assert all(value is None for value in vars(m).values())


def test_removal_due_given_stands(tmp_path: Path) -> None:
    m = _load(tmp_path, milestones={"published": "2023-07-17",
                                    "removal_due": "2025-07-17"}).milestones
    assert m.removal_due == dt.date(2025, 7, 17)


@pytest.mark.parametrize(("sections", "message"), [
    ({"milestones": {"decision": "March 2022"}},
     "case.yaml: milestones.decision is not a date; write it as YYYY-MM-DD."),
    ({"milestones": {"decison": "2022-03-01"}}, "did you mean `decision`?"),
    ({"milestones": ["2022-03-01"]}, "milestones must be a mapping"),
    ({"milestones": {"published": "2023-07-18"}, "publication": {"date": "2023-07-17"}},
     "milestones.published and publication.date give different dates"),
    ({"milestones": {"published": "2023-07-17", "removal_due": "2023-01-01"}},
     "milestones.removal_due is before the publication date"),
    ({"meetings": [{"date": "2022-05-03", "papers_sent": "late April"}]},
     "case.yaml: meetings[1].papers_sent is not a date"),
    ({"delay_requests": [{"date": "2022-03-01", "reason": "Trial", "rule": "decision",
                          "new_date": "soon"}]},
     "case.yaml: delay_requests[1].new_date is not a date"),
    ({"delay_requests": [{"reason": "Trial", "rule": "the inquest"}]},
     "delay_requests[1].rule is not one of the timescale rules"),
    ({"delay_requests": [{"date": "2022-03-01", "rule": "decision"}]},
     "delay_requests[1] names a rule but gives neither new_date nor reason"),
])
def test_mistakes_are_named(tmp_path: Path, sections: dict, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, **sections)
    assert message in str(caught.value)


def test_evidence_is_a_known_key(tmp_path: Path) -> None:
    case = _load(tmp_path, recommendations=[{"recommendation": "R", "completed": "2023-01-01",
                                             "evidence": "Audit report"}],
                 agencies=[{"name": "Westvale Police",
                            "actions": [{"completed": "2023-01-01", "evidence": "Minutes"}]}])
    assert case.agencies[0].actions[0]["evidence"] == "Minutes"


@pytest.mark.parametrize(("text", "key"), [
    ("panel_papers", "panel_papers"), ("Panel papers", "panel_papers"),
    ("decision to review", "decision"), ("Removal-from-the-website", "removal_due"),
    ("nothing like it", None),
])
def test_delay_rules_by_key_or_plain_name(text: str, key: str | None) -> None:
    assert delay_rule(text) == key
