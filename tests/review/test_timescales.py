"""Each timescale rule of the protocol, pinned with dates worked out by hand."""

from __future__ import annotations

import datetime as dt
import inspect
from pathlib import Path

import pytest

from pipeline.config import load_case
from pipeline.review.timescales import Deadline, deadlines, timeline
from tests.review.helpers import write_case

D = dt.date


def _case(tmp_path: Path, **sections):
    return load_case(write_case(tmp_path / "case", **sections), require_returns=False)


def _one(tmp_path: Path, rule: str, today: dt.date, **sections) -> Deadline:
    found = [d for d in deadlines(_case(tmp_path, **sections), today) if d.rule == rule]
    assert len(found) == 1, found
    return found[0]


def _short(d: Deadline) -> tuple:
    return d.due, d.done, d.state, d.days_late


def test_the_api_never_reads_the_clock() -> None:
    assert list(inspect.signature(deadlines).parameters) == ["case", "today", "soon_days"]
    assert [f for f in Deadline.__dataclass_fields__] == [
        "case_id", "rule", "reference", "due", "done", "state", "days_late", "reason"]


@pytest.mark.parametrize(("milestones", "today", "expected"), [
    # Notified 31 January 2022: one calendar month ends on 28 February (no 31st).
    ({"notification": "2022-01-31"}, D(2022, 2, 20), (D(2022, 2, 28), None, "due soon", 0)),
    ({"notification": "2022-01-31"}, D(2022, 2, 10), (D(2022, 2, 28), None, "not yet due", 0)),
    ({"notification": "2022-01-31"}, D(2022, 3, 1), (D(2022, 2, 28), None, "overdue", 1)),
    ({"notification": "2022-01-31", "decision": "2022-02-28"}, D(2022, 6, 1),
     (D(2022, 2, 28), D(2022, 2, 28), "on time", 0)),
    ({"notification": "2022-01-31", "decision": "2022-03-02"}, D(2022, 6, 1),
     (D(2022, 2, 28), D(2022, 3, 2), "late", 2)),
    # 2024 is a leap year: 29 February.
    ({"notification": "2024-01-31", "decision": "2024-02-29"}, D(2024, 6, 1),
     (D(2024, 2, 29), D(2024, 2, 29), "on time", 0)),
    # A decision dated after "today" has not happened yet.
    ({"notification": "2022-01-31", "decision": "2022-02-25"}, D(2022, 2, 20),
     (D(2022, 2, 28), None, "due soon", 0)),
    ({}, D(2022, 6, 1), (None, None, "not applicable", 0)),
])
def test_decision_within_one_month(tmp_path: Path, milestones: dict, today: dt.date,
                                   expected: tuple) -> None:
    decision = _one(tmp_path, "Decision to review", today, milestones=milestones)
    assert decision.reference == "§25" and decision.case_id == "WV01"
    assert _short(decision) == expected


def test_home_office_within_the_month_of_the_decision(tmp_path: Path) -> None:
    # Read as one calendar month after the decision: 31 January -> 28 February.
    told = _one(tmp_path, "Home Office notified", D(2022, 6, 1),
                milestones={"decision": "2022-01-31", "home_office_notified": "2022-03-01"})
    assert (told.reference, *_short(told)) == ("§29", D(2022, 2, 28), D(2022, 3, 1), "late", 1)


@pytest.mark.parametrize(("papers_sent", "today", "expected"), [
    # Meeting Tuesday 3 May 2022; Monday 2 May a bank holiday: papers by Monday 25 April.
    ("2022-04-25", D(2022, 5, 10), (D(2022, 4, 25), D(2022, 4, 25), "on time", 0)),
    ("2022-04-26", D(2022, 5, 10), (D(2022, 4, 25), D(2022, 4, 26), "late", 1)),
    (None, D(2022, 4, 20), (D(2022, 4, 25), None, "due soon", 0)),
    (None, D(2022, 4, 27), (D(2022, 4, 25), None, "overdue", 2)),
    # The meeting has been held and case.yaml does not say when its papers went out.
    (None, D(2022, 5, 4), (D(2022, 4, 25), None, "not applicable", 0)),
])
def test_panel_papers_five_working_days_before(tmp_path: Path, papers_sent: str | None,
                                               today: dt.date, expected: tuple) -> None:
    meeting = {"date": "2022-05-03", "purpose": "First meeting"}
    if papers_sent:
        meeting["papers_sent"] = papers_sent
    papers = _one(tmp_path, "Panel papers", today, meetings=[meeting])
    assert papers.reference == "§56"
    assert _short(papers) == expected


def test_panel_papers_over_christmas_and_easter(tmp_path: Path) -> None:
    case = _case(tmp_path, meetings=[
        {"date": "2022-01-04", "papers_sent": "2021-12-23"},  # by Thursday 23 December
        {"date": "2022-04-20", "papers_sent": "2022-04-12"},  # by Monday 11 April (Easter)
    ])
    items = [i for i in timeline(case, D(2022, 6, 1)) if i.key == "panel_papers"]
    assert [(i.about, *_short(i.deadline)) for i in items] == [
        ("meeting of 4 January 2022", D(2021, 12, 23), D(2021, 12, 23), "on time", 0),
        ("meeting of 20 April 2022", D(2022, 4, 11), D(2022, 4, 12), "late", 1)]


def test_fourteen_days_for_feedback_on_drafts(tmp_path: Path) -> None:
    sections = {"milestones": {"draft_to_panel": "2022-11-01", "panel_feedback": "2022-11-16",
                               "draft_to_family": "2022-12-01"}}
    panel = _one(tmp_path, "Panel feedback on draft", D(2022, 12, 20), **sections)
    family = _one(tmp_path, "Family feedback on draft", D(2022, 12, 20), **sections)
    assert _short(panel) == (D(2022, 11, 15), D(2022, 11, 16), "late", 1)
    assert _short(family) == (D(2022, 12, 15), None, "overdue", 5)


@pytest.mark.parametrize(("milestones", "today", "expected"), [
    ({"approval_letter": "2023-06-21", "published": "2023-07-17"}, D(2023, 8, 1),
     (D(2023, 7, 17), D(2023, 6, 21), "on time", 0)),
    # Published three days before the QA Panel agreed: the agreement came late.
    ({"approval_letter": "2023-07-20", "published": "2023-07-17"}, D(2023, 8, 1),
     (D(2023, 7, 17), D(2023, 7, 20), "late", 3)),
    ({"published": "2023-07-17"}, D(2023, 8, 1), (D(2023, 7, 17), None, "overdue", 15)),
    # A publication date set, the agreement not yet in: needed within 14 days.
    ({"published": "2023-07-17"}, D(2023, 7, 10), (D(2023, 7, 17), None, "due soon", 0)),
])
def test_publication_after_the_qa_panel(tmp_path: Path, milestones: dict, today: dt.date,
                                        expected: tuple) -> None:
    published = _one(tmp_path, "Publication after QA Panel agreement", today,
                     milestones=milestones)
    assert published.reference == "§103"
    assert _short(published) == expected


@pytest.mark.parametrize(("removed", "today", "expected"), [
    (None, D(2026, 4, 1), (D(2026, 7, 17), None, "not yet due", 0)),  # 107 days ahead
    (None, D(2026, 5, 1), (D(2026, 7, 17), None, "due soon", 0)),  # 77: within 90 days
    (None, D(2026, 7, 20), (D(2026, 7, 17), None, "overdue", 3)),
    ("2026-07-10", D(2026, 7, 20), (D(2026, 7, 17), D(2026, 7, 10), "on time", 0)),
])
def test_thirty_six_months_on_the_website(tmp_path: Path, removed: str | None,
                                          today: dt.date, expected: tuple) -> None:
    milestones = {"published": "2023-07-17", **({"removed": removed} if removed else {})}
    removal = _one(tmp_path, "Removal from the website", today, milestones=milestones)
    assert _short(removal) == expected


def test_a_delay_request_moves_the_due_date_and_gives_its_reason(tmp_path: Path) -> None:
    sections = {"milestones": {"notification": "2022-01-31", "decision": "2022-03-10"},
                "delay_requests": [{"date": "2022-02-20", "rule": "Decision to review",
                                    "new_date": "2022-03-15",
                                    "reason": "The police asked for time to consult the CPS."}]}
    decision = _one(tmp_path, "Decision to review", D(2022, 6, 1), **sections)
    assert _short(decision) == (D(2022, 3, 15), D(2022, 3, 10), "on time", 0)
    assert decision.reason == "The police asked for time to consult the CPS."


def test_a_delay_for_one_meeting_moves_only_that_meeting(tmp_path: Path) -> None:
    case = _case(tmp_path, meetings=[{"date": "2022-05-03", "papers_sent": "2022-04-28"},
                                     {"date": "2022-07-19", "papers_sent": "2022-07-12"}],
                 delay_requests=[{"date": "2022-04-20", "rule": "panel_papers",
                                  "new_date": "2022-04-28", "reason": "IMRs late"}])
    items = [i for i in timeline(case, D(2022, 8, 1)) if i.key == "panel_papers"]
    assert [(*_short(i.deadline), i.deadline.reason, i.delays) for i in items] == [
        (D(2022, 4, 28), D(2022, 4, 28), "on time", 0, "IMRs late", (1,)),
        (D(2022, 7, 12), D(2022, 7, 12), "on time", 0, "", ())]


def test_a_delay_without_a_rule_explains_what_was_late_at_the_time(tmp_path: Path) -> None:
    sections = {"milestones": {"notification": "2022-01-31", "decision": "2022-03-10",
                               "draft_to_panel": "2022-11-01", "panel_feedback": "2022-11-10"},
                "delay_requests": [{"date": "2022-02-25", "reason": "The trial date moved."}]}
    case = _case(tmp_path, **sections)
    found = {d.rule: d for d in deadlines(case, D(2023, 1, 1))}
    assert found["Decision to review"].state == "late"
    assert found["Decision to review"].reason == "The trial date moved."
    assert found["Panel feedback on draft"].reason == ""  # on time, and long after


def test_trawl_returns_from_the_tracker(tmp_path: Path) -> None:
    case = _case(tmp_path, trawl={"date": "2022-03-15"}, agencies=[
        {"name": "Westvale Police", "received": {"trace": "2022-03-24"}},
        {"name": "Westvale Housing"},
        {"name": "Westvale Health", "received": {"trace": "2022-04-01"}}])
    items = [i for i in timeline(case, D(2022, 4, 5)) if i.key == "trawl_return"]
    # 14 days from 15 March: due 29 March.
    assert [(i.about, i.deadline.reference, *_short(i.deadline)) for i in items] == [
        ("Westvale Police", "§40", D(2022, 3, 29), D(2022, 3, 24), "on time", 0),
        ("Westvale Housing", "§40", D(2022, 3, 29), None, "overdue", 7),
        ("Westvale Health", "§40", D(2022, 3, 29), D(2022, 4, 1), "late", 3)]


def test_trawl_returns_without_a_trawl_section(tmp_path: Path) -> None:
    case = _case(tmp_path, milestones={"trawl_sent": "2022-03-15"},
                 agencies=[{"name": "Westvale Police"}])
    (item,) = [i for i in timeline(case, D(2022, 3, 20)) if i.key == "trawl_return"]
    assert _short(item.deadline) == (D(2022, 3, 29), None, "due soon", 0)


def test_trawl_returns_when_the_tracker_cannot_run(tmp_path: Path) -> None:
    # The trace file named is not there although a date says it arrived: the tracker stops
    # (a wrong path); the status still counts from the dates case.yaml gives.
    case = _case(tmp_path, trawl={"date": "2022-03-15"}, agencies=[
        {"name": "Westvale Police", "trace": "returns/trace.xlsx",
         "received": {"trace": "2022-03-30"}}])
    (item,) = [i for i in timeline(case, D(2022, 4, 5)) if i.key == "trawl_return"]
    assert _short(item.deadline) == (D(2022, 3, 29), D(2022, 3, 30), "late", 1)
