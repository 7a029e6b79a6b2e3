"""One anonymisation per case: a person has one placeholder in both published reports, the
timeline picture and the panel chronology; one review decides them all, and keeps its
placeholders and decisions when a report is redrafted.

A small case whose author writes about a neighbour the map does not name: in full in the
Overview Report's analysis (where detection finds him), and only as a lower-case surname in the
lessons the Executive Summary also carries (where, read alone, detection misses him). He is in
the police chronology too. A second person, a caller, is in a key event: both reports list it,
and the timeline picture draws it.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from pipeline.anonymise.case import (
    CASE_REVIEW,
    EARLIER_REVIEW,
    SOURCES,
    case_decisions,
    panel_in_step,
)
from pipeline.anonymise.pseudonyms import parse_map
from pipeline.anonymise.review import STALE
from pipeline.anonymise.rewrite import plan_replacements, prepare_package
from pipeline.chronology import PANEL_FOLDER, run_merge
from pipeline.chronology.panel import PANEL_XLSX
from pipeline.config import load_case
from pipeline.drafts import run_drafts
from pipeline.errors import PublicationRefused
from pipeline.publication import run_publish
from pipeline.publication.pdf import read_pdf
from pipeline.reprocess.changes import Paragraph, new_placeholders, write_change_report
from tests.conftest import PROSE, SMALL_MAP, small_case, write_prose

pytestmark = pytest.mark.slow
FOUND = "the panel heard from Yusuf Brannigan, a neighbour, who called the police twice."
MISSED = "the neighbour's calls (brannigan) were not linked to the earlier reports."
DROPPED = "Gideon Farrow, a lodger, said he heard nothing."
CALLER = "Colette Haverford"
NEW = "the panel also heard from Oksana Whitlow, who lived opposite."


def _review_rows(restricted: Path, sheet: str = "Review") -> dict[str, list]:
    book = openpyxl.load_workbook(restricted / CASE_REVIEW)
    if sheet not in book.sheetnames:
        return {}
    return {str(r[0]): list(r) for r in book[sheet].iter_rows(min_row=2, values_only=True)
            if r[0]}


def _decide(restricted: Path, decisions: dict[str, tuple[str, str]],
            others: str = "redact") -> None:
    """Fill the Decision column: the named texts as given, anything else undecided ``others``."""
    path = restricted / CASE_REVIEW
    book = openpyxl.load_workbook(path)
    for row in book["Review"].iter_rows(min_row=2):
        text = row[0].value
        if not text:
            continue
        if text in decisions:
            row[7].value, row[8].value = decisions[text]
        elif not row[7].value:
            row[7].value = others
    book.save(path)


def _texts(case: Path) -> dict[str, str]:
    publish = case / "output" / "publish"
    return {name: read_pdf(publish / f"{name}.pdf").texts["page text"]
            for name in ("overview_report", "executive_summary")}


def _alt_text(case: Path) -> str:
    document = Document(str(case / "output" / "publish" / "overview_report.docx"))
    return " ".join(s._inline.docPr.get("descr") or "" for s in document.inline_shapes)


def _panel_cells(case: Path) -> str:
    book = openpyxl.load_workbook(case / "output" / "restricted" / PANEL_FOLDER / PANEL_XLSX)
    return "\n".join(str(c) for r in book["Chronology"].iter_rows(values_only=True)
                     for c in r if c)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Path:
    folder = small_case(tmp_path_factory.mktemp("case-anonymisation") / "case", key_events=[
        {"date": "2021-02-02", "agency": "Eastmere Police", "label": f"{CALLER} calls 999"}])
    police = folder / "chronologies" / "police.csv"
    rows = list(csv.reader(io.StringIO(police.read_text(encoding="utf-8"))))
    rows.append(["03/02/2021", "", "Nadia Brook", "Call from a neighbour, Yusuf Brannigan, "
                 "reporting shouting.", "Officers attended.", ""])
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    police.write_text(out.getvalue(), encoding="utf-8")
    write_prose(folder / "narrative" / "analysis.docx", PROSE, FOUND, DROPPED)
    write_prose(folder / "narrative" / "lessons.docx", MISSED)
    run_drafts(folder)
    return folder


@pytest.fixture(scope="module")
def first(case: Path, analyzer) -> dict:
    """The first publication: refused until the one review is decided, then published."""
    restricted = case / "output" / "restricted"
    with pytest.raises(PublicationRefused) as refused:
        run_publish(case, analyzer=analyzer)
    rows = _review_rows(restricted)
    _decide(restricted, {})
    summary = run_publish(case, analyzer=analyzer)
    run_merge(case, analyzer=analyzer)  # the panel copy, now with the reports' texts
    in_step = panel_in_step(restricted, case_decisions(load_case(case), restricted))
    return {"refused": str(refused.value), "rows": rows, "summary": summary,
            "texts": _texts(case), "alt": _alt_text(case), "panel": _panel_cells(case),
            "in step after the merge": in_step}


def _placeholder(rows: dict[str, list], text: str) -> str:
    replaced = str(rows[text][3])
    assert re.fullmatch(r"Person \d+", replaced), replaced
    return replaced


def test_the_executive_summary_alone_would_keep_the_surname(case: Path, analyzer) -> None:
    """The premise: anonymised on its own, the Executive Summary would keep "brannigan"."""
    draft = case / "output" / "restricted" / "executive_summary_draft.docx"
    texts = prepare_package(draft.read_bytes()).texts
    assert MISSED in texts and not any("Yusuf" in t for t in texts)
    plan = plan_replacements(texts, parse_map(SMALL_MAP), analyzer)
    assert plan.apply(MISSED) == MISSED


def test_one_person_one_placeholder_in_both_pdfs_the_picture_and_the_panel_copy(
        first: dict) -> None:
    person = _placeholder(first["rows"], "Yusuf Brannigan")
    overview, summary = first["texts"]["overview_report"], first["texts"]["executive_summary"]
    assert f"heard from {person}, a neighbour" in overview
    assert f"calls ({person}) were not linked" in summary  # found in the other report only
    assert f"calls ({person}) were not linked" in overview
    assert f"Call from a neighbour, {person}, reporting shouting." in first["panel"]
    caller = _placeholder(first["rows"], CALLER)
    assert caller != person
    assert f"{caller} calls 999" in overview and f"{caller} calls 999" in summary
    assert f"{caller} calls 999" in first["alt"]  # the timeline, drawn from the same rules
    for text in (overview, summary, first["alt"], first["panel"]):
        assert "brannigan" not in text.lower() and "haverford" not in text.lower()


def test_one_review_lists_each_item_once_with_every_document_it_is_in(
        case: Path, first: dict) -> None:
    restricted = case / "output" / "restricted"
    assert "anonymisation review items have no decision" in first["refused"]
    assert CASE_REVIEW in first["refused"] and "Brannigan" not in first["refused"]
    assert not (restricted / EARLIER_REVIEW).exists()
    assert not list(restricted.glob("*_review.xlsx")) or \
        [p.name for p in restricted.glob("*_review.xlsx")] == [CASE_REVIEW]
    context = str(first["rows"]["Yusuf Brannigan"][4])
    assert "Overview Report (2): the panel heard from […], a neighbour" in context
    assert "Executive Summary (1): the neighbour's calls ([…]) were not linked" in context
    assert "Panel chronology (1): Call from a neighbour, […], reporting" in context
    assert sum(1 for text in first["rows"] if "brannigan" in text.lower()) == 1
    rows = _review_rows(restricted)
    assert all(row[7] for row in rows.values())  # every item decided, none twice
    assert first["summary"].stale == 0
    # The panel copy was made before the reports brought their names: publication says so,
    # and the next merge brings it in step.
    assert not first["summary"].panel_in_step and first["in step after the merge"]
    assert {p.name for p in (restricted / SOURCES).iterdir()} == {
        "overview_report.json", "executive_summary.json", "panel_chronology.json"}


def test_one_decision_changes_both_reports_and_a_redraft_keeps_placeholders(
        case: Path, first: dict, analyzer) -> None:
    restricted = case / "output" / "restricted"
    neighbour = _placeholder(first["rows"], "Yusuf Brannigan")
    lodger = _placeholder(first["rows"], "Gideon Farrow")
    _decide(restricted, {"Yusuf Brannigan": ("pseudonym", "Neighbour A")})
    run_publish(case, analyzer=analyzer)
    texts = _texts(case)
    assert "heard from Neighbour A, a neighbour" in texts["overview_report"]
    assert "calls (Neighbour A) were not linked" in texts["executive_summary"]
    assert neighbour not in texts["executive_summary"]

    # The author redrafts: a new person before everyone else, the lodger taken out.
    write_prose(case / "narrative" / "analysis.docx", PROSE, NEW, FOUND)
    run_drafts(case)
    with pytest.raises(PublicationRefused) as refused:
        run_publish(case, analyzer=analyzer)
    rows = _review_rows(restricted)
    newcomer = _placeholder(rows, "Oksana Whitlow")
    assert int(newcomer.split()[1]) > max(int(neighbour.split()[1]), int(lodger.split()[1]))
    assert f"1 anonymisation review item has no decision ({newcomer} given for the first " \
        "time)" in str(refused.value)
    assert rows["Yusuf Brannigan"][7:9] == ["pseudonym", "Neighbour A"]  # kept
    assert "Gideon Farrow" not in rows
    stale = _review_rows(restricted, STALE)
    assert stale["Gideon Farrow"][3] == lodger and stale["Gideon Farrow"][7] == "redact"
    _decide(restricted, {})
    summary = run_publish(case, analyzer=analyzer)
    assert summary.stale == 1
    texts = _texts(case)
    assert f"also heard from {newcomer}, who lived opposite" in texts["overview_report"]
    assert "heard from Neighbour A, a neighbour" in texts["overview_report"]

    # The lodger comes back: his decision and placeholder are there for him.
    write_prose(case / "narrative" / "analysis.docx", PROSE, NEW, FOUND, DROPPED)
    run_drafts(case)
    run_publish(case, analyzer=analyzer)
    assert f"{lodger}, a lodger, said he heard nothing" in _texts(case)["overview_report"]
    assert "Gideon Farrow" in _review_rows(restricted) and not _review_rows(restricted, STALE)


def test_the_change_report_names_the_placeholders_new_in_the_published_text(
        tmp_path: Path) -> None:
    before = {"overview_report": [Paragraph("Person 1 and Person 2 spoke.", "", False)]}
    after = {"overview_report": [Paragraph("Person 1, Person 3 and Person 12 spoke.", "",
                                           False)]}
    assert new_placeholders(before, after) == ["Person 3", "Person 12"]
    path = tmp_path / "changes.docx"
    write_change_report("EM01", [], path, ["Person 3", "Person 12"])
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "New placeholders" in text and "Person 3, Person 12" in text


def test_the_batch_summary_names_the_new_placeholders(tmp_path: Path) -> None:
    from pipeline.reprocess import summary_rows
    from pipeline.reprocess.case import CaseResult, StageResult

    result = CaseResult(tmp_path, "EM01", {"merge": StageResult(False, "up to date"),
                                           "drafts": StageResult(True, "changed: case.yaml"),
                                           "publish": StageResult(True, "changed: drafts")},
                        change_report=tmp_path / "changes.docx",
                        new_placeholders=("Person 3", "Person 12"))
    assert summary_rows([result])[1][-1] == ("ok, published text changed; new placeholders: "
                                             "Person 3, Person 12")


def test_the_case_review_is_read_as_decisions_with_its_stale_sheet(tmp_path: Path) -> None:
    from pipeline.anonymise.review import ReviewItem, read_decisions, write_review

    item = ReviewItem("Ada Quill", "PERSON", "NER", "Person 1", "", 0.9, "", "redact")
    gone = ReviewItem("Ben Osric", "", "", "Person 2", "", 1.0, "", "pseudonym", "Uncle B")
    write_review([item], tmp_path / "r.xlsx", stale=[gone])
    decided = read_decisions(tmp_path / "r.xlsx")
    assert decided["ada quill"].action == "redact"
    assert decided["ben osric"].value == "Uncle B"
