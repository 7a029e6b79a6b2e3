"""``dhr report`` against hand-made cases whose figures are worked out here, by hand.

Four invented reviews and the period 1 January to 30 June 2023:

* AA01: notified 1 November 2022, decided 20 November 2022 (on time, before the period), Home
  Office told 10 January 2023, 21 days after its due date of 20 December 2022 (a delay request
  gives the reason, naming the victim); the draft went to the family on 1 June 2023 and no
  feedback came by 30 June: 15 days overdue. In progress. Two recommendations (Training,
  Policy); one action completed on 15 March 2023 (target 31 March), one due 31 May 2023 and not
  done: 30 days overdue.
* BB02: notified 1 February 2023 (opened in the period), decided 15 March 2023: due 1 March, 14
  days late; Home Office told 20 March 2023 (due 15 April: on time). In progress. Two
  recommendations: Training, worded nearly as AA01's, and Record keeping; neither has a target
  date (both open).
* CC03: notified 2021, published 10 April 2023 (in the period), after the QA Panel's letter of
  30 March 2023 (on time). One recommendation (Training), target 28 February 2023, completed 1
  May 2023: in the period, after its target.
* DD04: published in 2021, so not covered; its action due 31 December 2022 is 181 days overdue
  on 30 June 2023, and its Guidelines recommendation is not counted.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from pipeline.cli import cli
from pipeline.errors import VerificationError
from pipeline.report import gather, run_report
from pipeline.report.cases import Period
from tests.reproducible import assert_undated_package, next_clock_window

START, END = dt.date(2023, 1, 1), dt.date(2023, 6, 30)
PERIOD = Period(START, END)
TRAINING_A = "All agencies should deliver training on coercive control to frontline staff."
TRAINING_B = "All agencies should deliver training on coercive control for front-line staff."


def _rec(text: str, category: str, target: str | None = None, completed: str | None = None
         ) -> dict:
    item = {"recommendation": text, "category": category, "action": "An action.",
            "lead_agency": "Westmere Council", "outcome": "An outcome."}
    if target:
        item["target_date"] = target
    if completed:
        item["completed"] = completed
    return item


def write_case(folder: Path, case_id: str, **sections) -> Path:
    """A case.yaml with what the report reads; nothing else in the folder."""
    folder.mkdir(parents=True)
    data = {"case_id": case_id, "title": f"Review {case_id}", "csp": "Westmere Community Safety "
            "Partnership", "scoping_period": {"start": "2019-01-01", "end": "2021-12-31"},
            "agencies": [{"name": "Westmere Police"}], **sections}
    (folder / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                      encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def four(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("cases")
    a = write_case(
        root / "a", "AA01",
        subjects=[{"name": "Olwen Tarrant", "role": "victim", "sex": "Female"},
                  {"name": "Bram Tarrant", "role": "perpetrator", "relationship": "husband"}],
        milestones={"notification": "2022-11-01", "decision": "2022-11-20",
                    "home_office_notified": "2023-01-10", "draft_to_family": "2023-06-01"},
        delay_requests=[{"date": "2022-12-15", "rule": "home_office_notified",
                         "reason": "Olwen Tarrant's sister asked for time before the Home "
                                   "Office was told."}],
        recommendations=[_rec(TRAINING_A, "Training", "2023-03-31", "2023-03-15"),
                         _rec("The council should revise its policy on home visits.", "policy",
                              "2023-05-31")])
    b = write_case(
        root / "b", "BB02",
        subjects=[{"name": "Petra Vance", "role": "victim"}],
        milestones={"notification": "2023-02-01", "decision": "2023-03-15",
                    "home_office_notified": "2023-03-20"},
        recommendations=[_rec(TRAINING_B, "Training"),
                         _rec("GP practices should record who attends with a patient.",
                              "Record keeping")])
    c = write_case(
        root / "c", "CC03",
        subjects=[{"name": "Ivo Brandt", "role": "victim"}],
        milestones={"notification": "2021-03-01", "decision": "2021-03-20",
                    "home_office_notified": "2021-03-25"},
        publication={"qa_panel_letter": {"date": "2023-03-30", "reference": "HO-1"},
                     "family_told": "2023-04-03", "date": "2023-04-10"},
        recommendations=[_rec("Housing officers should ask about abuse at every tenancy "
                              "visit.", "Training", "2023-02-28", "2023-05-01")])
    d = write_case(
        root / "d", "DD04",
        subjects=[{"name": "Mina Okoro", "role": "victim"}],
        milestones={"notification": "2020-01-10", "decision": "2020-02-01",
                    "home_office_notified": "2020-02-10"},
        publication={"qa_panel_letter": {"date": "2021-05-01", "reference": "HO-2"},
                     "family_told": "2021-05-10", "date": "2021-06-01"},
        recommendations=[_rec("Guidance on stalking should be issued.", "Guidelines",
                              "2022-12-31")])
    return [a, b, c, d]


def test_reviews_opened_in_progress_and_published(four: list[Path]) -> None:
    facts = gather(four, PERIOD).facts
    covered = {r.case_id: r for r in facts.covered}
    assert sorted(covered) == ["AA01", "BB02", "CC03"]  # DD04 was published in 2021
    assert [r.case_id for r in facts.covered if r.opened_in_period] == ["BB02"]
    assert [r.case_id for r in facts.covered if r.published_in_period] == ["CC03"]
    assert [r.case_id for r in facts.covered if r.in_progress] == ["AA01", "BB02"]


def test_timeliness_by_rule(four: list[Path]) -> None:
    facts = gather(four, PERIOD).facts
    rules = {r.rule: r for r in facts.rules}
    assert set(rules) == {"Decision to review", "Home Office notified",
                          "Family feedback on draft", "Publication after QA Panel agreement"}
    assert rules["Decision to review"].counts == {"on time": 0, "late": 1, "overdue": 0,
                                                  "not yet due": 0}
    assert rules["Decision to review"].days_late == [14]
    assert rules["Home Office notified"].counts == {"on time": 1, "late": 1, "overdue": 0,
                                                    "not yet due": 0}
    assert rules["Home Office notified"].lateness() == "21 days"
    assert rules["Family feedback on draft"].counts["overdue"] == 1
    assert rules["Publication after QA Panel agreement"].counts["on time"] == 1
    misses = [(m.case_id, m.rule, m.state, m.days_late) for m in facts.misses]
    assert misses == [("AA01", "Home Office notified", "late", 21),
                      ("AA01", "Family feedback on draft", "overdue", 15),
                      ("BB02", "Decision to review", "late", 14)]
    # The reason is the delay request's, the victim's name replaced by her role.
    assert facts.misses[0].reason == ("the victim's sister asked for time before the Home "
                                      "Office was told.")


def test_recommendations_by_category_and_what_recurs(four: list[Path]) -> None:
    facts = gather(four, PERIOD).facts
    from pipeline.report.learning import by_category

    counts = by_category(facts.recommendations)
    assert {k: v for k, v in counts.items() if v} == {"Training": 3, "Policy": 1,
                                                      "Record keeping": 1}
    assert counts["Guidelines"] == 0  # DD04's is not in the period's reviews
    recurring = [(r.kind, r.theme, r.case_ids) for r in facts.recurring]
    assert recurring == [("category", "Training", ("AA01", "BB02", "CC03")),
                         ("recommendation", TRAINING_A, ("AA01", "BB02"))]


def test_actions_completed_and_overdue(four: list[Path]) -> None:
    facts = gather(four, PERIOD).facts
    completed_in_period = sorted((a.case_id, a.source) for a in facts.actions
                                 if a.completed in PERIOD)
    assert completed_in_period == [("AA01", "recommendation 1"), ("CC03", "recommendation 1")]
    overdue = sorted((a.case_id, a.days_overdue) for a in facts.actions
                     if a.status == "overdue")
    assert overdue == [("AA01", 30), ("DD04", 181)]


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_report_says_it_and_names_no_one(four: list[Path], tmp_path: Path) -> None:
    summary = run_report(four, START, END, tmp_path / "out")
    assert (summary.opened, summary.published, summary.in_progress) == (1, 1, 2)
    assert (summary.late, summary.overdue_deadlines, summary.overdue_actions) == (2, 1, 2)
    text = _docx_text(summary.csp_report)
    assert "1 review opened in the period, 1 review published, and 2 reviews in progress" in text
    assert "OFFICIAL – SENSITIVE" in Document(str(summary.csp_report)).sections[0].header \
        .paragraphs[0].text
    for name in ("Olwen", "Tarrant", "Petra", "Vance", "Ivo Brandt", "Mina", "Review AA01"):
        assert name not in text
    assert "the victim's sister asked for time" in text
    assert "[For the DHR sub-group to complete]" in text  # finance, risks, tasks
    document = Document(str(summary.csp_report))
    alts = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert len(alts) == 3 and all(alts)
    assert "Training: 3 recommendations" in alts[1]
    assert sorted(p.name for p in (tmp_path / "out" / "publish").iterdir()) == [
        "headline_data_2023-01-01_2023-06-30.docx", "headline_data_2023-01-01_2023-06-30.xlsx"]


def test_the_same_cases_give_the_same_bytes(four: list[Path], tmp_path: Path) -> None:
    first = run_report(four, START, END, tmp_path / "one")
    next_clock_window()
    second = run_report(four, START, END, tmp_path / "two")
    for one, two in ((first.csp_report, second.csp_report),
                     *zip(first.headline, second.headline, strict=True)):
        assert one.read_bytes() == two.read_bytes(), one.name
        assert_undated_package(one)
    with zipfile.ZipFile(first.csp_report) as package:
        pictures = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(pictures) == 3
        assert all(b"Software" not in package.read(n) for n in pictures)


FIRST = ("Anwen", "Berit", "Carys", "Delphine", "Esmae", "Fenna", "Gwilym")


def _victim(number: int, sex: str, ethnicity: str, relationship: str, *, age: int | None = None,
            born: str | None = None, published: str | None = None) -> dict:
    victim = {"name": f"{FIRST[number - 1]} Quillfeather", "role": "victim", "sex": sex,
              "ethnicity": ethnicity}
    if age is not None:
        victim["age"] = age
    if born:
        victim["date_of_birth"] = born
    sections = {"subjects": [victim, {"name": f"{FIRST[number - 1]} Drummond",
                                      "role": "perpetrator",
                                      "relationship": relationship}],
                "milestones": {"notification": "2023-02-01"},
                "recommendations": [{"recommendation": f"Recommendation {number}.",
                                     "category": "Policy" if number == 7 else "Training"}]}
    if published:
        sections["publication"] = {"qa_panel_letter": {"date": "2023-03-01", "reference": "R"},
                                   "family_told": "2023-03-02", "date": published}
    return sections


def test_headline_counts_with_suppression(tmp_path: Path) -> None:
    """Seven victims. By hand: by sex, Female 6, Male 1; by age, 25–34 4 (one from her date of
    birth and date of death), 35–44, 45–54 and 65–74 1 each; by ethnic group, White 4, Black,
    Asian and Mixed 1 each; by relationship, Partner 5 (partner, husband, boyfriend, wife),
    Former partner 1, Son 1. Reviews: 2 published in the period, 5 in progress.

    Relationship: Former partner and Son are fewer than 5; beside a total of 7 they would add up
    to 2, so Partner (5) is hidden too; but with Partner at least 5 the two small ones are then
    exactly 1 each, and nothing else is left to hide in that column: the total goes. Every table
    of victims (and of reviews, one victim each) shares that total, so all of them hide it, and
    the other counts of 5 or more can stay. Recommendations: Training 6, Policy 1 of 7: the 1
    is hidden and, beside the shown total, the 6 too."""
    people = [
        _victim(1, "Female", "White: British", "Partner", age=30, published="2023-05-01"),
        _victim(2, "female", "White", "partner", age=31, published="2023-06-01"),
        _victim(3, "Female", "White: Irish", "Ex-partner", age=28),
        _victim(4, "Female", "Black British: Caribbean", "Husband", age=40),
        _victim(5, "Female", "Asian: Pakistani", "Son", age=45),
        _victim(6, "Female", "Mixed: White and Asian", "Boyfriend", born="1990-03-15"),
        _victim(7, "Male", "White: Other White", "wife", age=70),
    ]
    dirs = []
    for number, sections in enumerate(people, start=1):
        if number == 6:
            sections["date_of_death"] = "2023-01-20"  # 32 at death: 25–34
        dirs.append(write_case(tmp_path / f"v{number}", f"HV0{number}", **sections))
    data = gather(dirs, PERIOD).headline
    tables = {title: dict(zip(labels, (row[0] for row in table.cells), strict=True))
              | {"Total": table.total} for title, labels, _, table in data.tables}
    few, hidden = "fewer than 5", "not shown"
    assert tables["Reviews"] == {"Published in the period": few,
                                 "In progress at the end of the period": 5, "Total": hidden}
    assert tables["Victims by sex"] == {"Female": 6, "Male": few, "Other or not recorded": 0,
                                        "Total": hidden}
    assert tables["Victims by age at death"] == {
        "Under 16": 0, "16–24": 0, "25–34": few, "35–44": few, "45–54": few, "55–64": 0,
        "65–74": few, "75 and over": 0, "Not recorded": 0, "Total": hidden}
    assert tables["Victims by ethnic group"] == {
        "Asian or Asian British": few, "Black, Black British, Caribbean or African": few,
        "Mixed or multiple ethnic groups": few, "White": few, "Other ethnic group": 0,
        "Not recorded": 0, "Total": hidden}
    assert tables["Relationship of the perpetrator to the victim"] == {
        "Partner": 5, "Former partner": few, "Son, daughter or grandchild": few,
        "Parent or step-parent": 0, "Other family member": 0,
        "Other (friend, carer, acquaintance or other)": 0, "Not recorded": 0, "Total": hidden}
    recommendations = tables["Recommendations by Home Office category"]
    assert {k: v for k, v in recommendations.items() if v != 0} == {
        "Training": hidden, "Policy": few, "Total": 7}
    # No published count anywhere is from 1 to 4.
    for table in tables.values():
        assert all(not isinstance(v, int) or v == 0 or v >= 5 for v in table.values())
    # The workbook says the same.
    summary = run_report(dirs, START, END, tmp_path / "out")
    book = openpyxl.load_workbook(summary.headline[0])
    rows = {row[0]: row[1] for row in book["By sex"].iter_rows(min_row=2, values_only=True)}
    assert rows == {"Female": 6, "Male": few, "Other or not recorded": 0, "Total": hidden}
    assert "Quillfeather" not in _docx_text(summary.headline[1])


def test_a_name_in_the_headline_data_refuses_everything(
        four: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.report import headline

    method = headline.method
    monkeypatch.setattr(headline, "method",
                        lambda data: [*method(data), "With thanks to Olwen and her family."])
    out = tmp_path / "out"
    with pytest.raises(VerificationError) as refused:
        run_report(four, START, END, out)
    message = str(refused.value)
    assert message.startswith("publish/headline_data_2023-01-01_2023-06-30.docx: verification "
                              "found a name (AA01 case.yaml subjects[1] (victim)) in "
                              "word/document.xml paragraph")
    assert "AA01 case.yaml subjects[1] (victim)" in message
    assert "Olwen" not in message
    assert not (out / "publish").exists()
    assert not list((out / "restricted").glob("*.docx"))
    problems = (out / "restricted" / "report_verification_problems.csv").read_text("utf-8-sig")
    assert "Olwen" in problems  # the details stay in the restricted folder


def test_verification_reads_every_cell_of_the_workbook(four: list[Path], tmp_path: Path) -> None:
    from pipeline.report.headline import headline_workbook

    gathered = gather(four, PERIOD)
    path = tmp_path / "headline.xlsx"
    path.write_bytes(headline_workbook(gathered.headline))
    gathered.guard.verify_xlsx(path, "headline.xlsx")  # clean as made
    book = openpyxl.load_workbook(path)
    book["By sex"]["C4"] = "Petra Vance"
    book.save(path)
    with pytest.raises(VerificationError, match=r"BB02 case\.yaml subjects"):
        gathered.guard.verify_xlsx(path, "headline.xlsx")


def test_the_command(four: list[Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", *map(str, four), "--from", "2023-01-01",
                                      "--to", "2023-06-30", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1 opened, 1 published, 2 in progress at the end (AA01, BB02, CC03)" in result.output
    assert "csp_report_2023-01-01_2023-06-30.docx" in result.output
    backwards = CliRunner().invoke(cli, ["report", str(four[0]), "--from", "2023-06-30",
                                         "--to", "2023-01-01", "--out", str(tmp_path)])
    assert backwards.exit_code == 1
    assert "before it starts" in backwards.output
