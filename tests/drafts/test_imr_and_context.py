"""IMR sections by their headings; the context's checks on case.yaml; strict rendering."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate

from pipeline.config import load_case
from pipeline.drafts.context import (
    ChronologySummary,
    build_context,
    long_date,
    read_merged,
    recommendations,
)
from pipeline.drafts.imr import read_imr
from pipeline.drafts.render import render
from pipeline.errors import DraftsError
from tests.conftest import CaseMaker, write_xlsx


def _imr(path: Path, sections: list[tuple[str, list[str]]], bold_headings: bool = False) -> Path:
    document = Document()
    document.add_heading("Individual Management Review", level=0)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "IMR author", "Pat Example"
    for heading, paragraphs in sections:
        if bold_headings:
            document.add_paragraph().add_run(heading).bold = True
        else:
            document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(path)
    return path


@pytest.mark.parametrize("bold", [False, True])
def test_imr_sections_by_heading_synonyms(tmp_path: Path, bold: bool) -> None:
    path = _imr(tmp_path / "imr.docx", [
        ("1. Introduction", ["Intro."]),
        ("2. Summary of involvement", ["First contact.", "Second contact."]),
        ("3. Analysis of involvement", ["Why it happened."]),
        ("Areas of good practice", ["Prompt response."]),
        ("Lessons to be learnt", ["Check history."]),
        ("Single agency recommendations", ["Amend guidance.", "Audit quarterly."]),
    ], bold_headings=bold)
    imr = read_imr(path)
    assert imr.author == "Pat Example"
    assert imr.get("involvement") == ["First contact.", "Second contact."]
    assert imr.get("analysis") == ["Why it happened."]
    assert imr.get("good_practice") == ["Prompt response."]
    assert imr.get("lessons") == ["Check history."]
    assert imr.get("recommendations") == ["Amend guidance.", "Audit quarterly."]


def test_imr_without_headings_or_missing(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Just prose, no headings at all.")
    document.save(tmp_path / "flat.docx")
    with pytest.raises(DraftsError, match=r"flat\.docx: no recognisable IMR headings"):
        read_imr(tmp_path / "flat.docx")
    with pytest.raises(DraftsError, match=r"gone\.docx: IMR not found \(named in case\.yaml x"):
        read_imr(tmp_path / "gone.docx", "x")


GOOD_RECOMMENDATION = {"recommendation": "Train staff", "scope": "local", "action": "Deliver",
                       "lead_agency": "CSP", "target_date": dt.date(2023, 6, 30),
                       "outcome": "All staff trained", "category": "training"}


@pytest.mark.parametrize(("change", "message"), [
    ({"lead_agency": None}, "recommendations[1].lead_agency is missing"),
    ({"target_date": ""}, "recommendations[1].target_date is missing"),
    ({"outcome": None}, "recommendations[1].outcome is missing"),
    ({"scope": "global"}, "recommendations[1].scope must be local, regional or national"),
    ({"category": "Risk"}, "recommendations[1].category 'Risk' is not a Home Office category"),
    ({"target_date": "soon"}, "recommendations[1].target_date is not a date"),
])
def test_recommendations_need_their_smart_fields(change: dict, message: str) -> None:
    with pytest.raises(DraftsError, match=message.replace("[", r"\[").replace("]", r"\]")):
        context_for({"recommendations": [{**GOOD_RECOMMENDATION, **change}]})


def test_recommendation_category_is_normalised() -> None:
    rows = recommendations({"recommendations": [GOOD_RECOMMENDATION]})
    assert rows[0]["category"] == "Training" and rows[0]["number"] == "1"
    assert rows[0]["target_date"] == "30 June 2023"


def context_for(extra: dict, tmp: Path | None = None) -> dict:
    import tempfile

    import yaml

    folder = Path(tmp or tempfile.mkdtemp())
    write_xlsx(folder / "a.xlsx", {"S": [["Date", "Event"], ["01/02/2020", "Visit"]]})
    (folder / "case.yaml").write_text(yaml.safe_dump({
        "case_id": "T", "title": "Review & more", "scoping_period": {"start": "2019-01-01",
                                                                     "end": "2021-12-31"},
        "agencies": [{"name": "A", "chronology": "a.xlsx"}], **extra}, default_flow_style=False),
        encoding="utf-8")
    summary = ChronologySummary(Counter({"A": 1}), {"A": dt.date(2020, 2, 1)},
                                {"A": dt.date(2020, 2, 1)}, {"A": [dt.date(2020, 2, 1)]}, [])
    return build_context(load_case(folder), summary)


def test_a_thin_case_still_gives_every_key() -> None:
    context = context_for({})
    assert context["panel"] == [] and context["recommendations"] == []
    assert context["chair"] == {"name": "", "background": ""}
    assert context["agencies"][0]["contacts"] == 1 and context["agencies"][0]["has_imr"] is False
    assert context["agencies"][0]["first"] == "1 February 2020"
    assert context["marking"] == "OFFICIAL – SENSITIVE until publication"


def test_key_events_from_case_and_from_the_chronology(tmp_path: Path,
                                                      make_case: CaseMaker) -> None:
    csv_path = tmp_path / "m.csv"
    csv_path.write_text("Date,Agency,Event,Key\n2020-03-01,A,Arrest after assault,yes\n"
                        "2020-04-01,A,Routine visit,\n,A,Undated,\n", encoding="utf-8")
    summary = read_merged(csv_path)
    assert summary.counts["A"] == 3 and summary.last["A"] == dt.date(2020, 4, 1)
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Event"], ["01/02/2020", "Visit"]]})
    case = load_case(make_case([{"name": "A", "chronology": "a.xlsx"}], key_events=[
        {"date": "2020-02-01", "agency": "A", "label": "First referral"},
        {"date": "Spring 2021", "agency": "A", "label": "Moved out"}]))
    events = build_context(case, summary)["key_events"]
    assert [(e["date"], e["event"], e["exact"]) for e in events] == [
        ("1 February 2020", "First referral", True), ("1 March 2020", "Arrest after assault", True),
        ("Spring 2021", "Moved out", False)]


def test_dates_in_the_report_are_no_more_precise_than_the_record(tmp_path: Path,
                                                               make_case: CaseMaker) -> None:
    long_event = ("Visible bruising to her face and arms was seen by the health visitor during "
                  "a home visit, and she said she had fallen")
    rows = [["Date", "Date precision", "Date as given", "Agency", "Event", "Flags", "Key"],
            ["2020-06-01", "approximate", "?June 2020", "A", "Seen at home", "approximate", "y"],
            ["2022-03-01", "approximate", "Spring 2022", "A", "Moved", "approximate", "yes"],
            ["2018-01-01", "year", "2018", "A", long_event, "outside scope", "yes"],
            ["2020-05-06", "day", "06/05/2020", "B", "Visit", "", ""],
            ["", "unknown", "n/k", "B", "Undated call", "undated", ""]]
    path = tmp_path / "m.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\n",
                    encoding="utf-8")
    summary = read_merged(path)
    assert summary.first_text["A"] == "2018" and summary.last_text["A"] == "Spring 2022"
    write_xlsx(tmp_path / "a.xlsx", {"S": [["Date", "Event"], ["01/02/2020", "Visit"]]})
    case = load_case(make_case([{"name": "A", "chronology": "a.xlsx"},
                                {"name": "B", "chronology": "a.xlsx"}]))
    context = build_context(case, summary)
    shown = {e["event"]: e["date"] for e in context["key_events"]}
    assert shown == {"Seen at home": "June 2020 (approximate)", "Moved": "Spring 2022",
                     long_event: "2018"}  # the table keeps the whole entry
    assert context["chronology"] == {"entries": 5, "in_scope": 3, "outside": 1, "undated": 1}
    by_agency = {c["agency"]: c for c in context["contact_counts"]}
    assert by_agency["A"] | {} == {"agency": "A", "count": 2, "outside": 1, "undated": 0,
                                   "entries": 3}
    assert by_agency["B"]["undated"] == 1 and by_agency["B"]["count"] == 1
    assert context["total_contacts"] == 3


def test_long_dates() -> None:
    assert long_date(dt.date(2022, 2, 4)) == "4 February 2022"
    assert long_date("2022-02-14") == "14 February 2022" and long_date(None) == ""


def _template(path: Path, *lines: str) -> Path:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_render_is_strict_and_escaped(tmp_path: Path) -> None:
    template = DocxTemplate(str(_template(tmp_path / "t.docx", "{{ title }}", "{{ csp }}")))
    render(template, {"title": "Review & <more>", "csp": "CSP"}, tmp_path / "o.docx",
           tmp_path / "t.docx")
    assert [p.text for p in Document(str(tmp_path / "o.docx")).paragraphs] == [
        "Review & <more>", "CSP"]
    unknown = DocxTemplate(str(_template(tmp_path / "u.docx", "{{ titel }}")))
    with pytest.raises(DraftsError, match=r"u\.docx: uses unknown variable\(s\) titel"):
        render(unknown, {"title": "x"}, tmp_path / "o2.docx", tmp_path / "u.docx")
    nested = DocxTemplate(str(_template(tmp_path / "n.docx", "{{ chair.nmae }}")))
    with pytest.raises(DraftsError, match=r"n\.docx: the template could not be filled in"):
        render(nested, {"chair": {"name": "x"}}, tmp_path / "o3.docx", tmp_path / "n.docx")
