"""The drafts of the sample case, and what the QA check says when pieces are taken away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from docx import Document
from docxtpl import DocxTemplate

from pipeline.cli import cli
from pipeline.config import load_case
from pipeline.drafts import (
    OVERVIEW,
    SUMMARY,
    TEMPLATES,
    TIMELINE,
    TIMELINE_DATA,
    TIMELINE_PICTURE,
    run_drafts,
)
from pipeline.drafts.context import build_context, read_merged
from pipeline.drafts.qa import run_qa
from pipeline.drafts.render import unknown_variables
from pipeline.errors import DraftsError
from tests.conftest import copy_sample

pytestmark = pytest.mark.slow


@pytest.fixture
def case(tmp_path: Path, sample_case: Path, sample_password: str) -> Path:
    """A copy of the sample case that a test may change."""
    return copy_sample(tmp_path / "case")


@pytest.fixture
def drafted(case: Path) -> Path:
    run_drafts(case, password="Northbridge-DHR-2022")
    return case / "output" / "restricted"


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_every_template_variable_is_in_the_context(drafted: Path, case: Path) -> None:
    context = build_context(load_case(case), read_merged(drafted / "merged_chronology.csv"))
    context |= {"n": {}, "timeline": ""}
    for name in ("overview_report.docx", "executive_summary.docx"):
        assert unknown_variables(DocxTemplate(str(TEMPLATES / name)), context) == set(), name


def test_overview_report_sections_in_the_home_office_order(drafted: Path) -> None:
    document = Document(str(drafted / OVERVIEW))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = ["Introduction", "Timescales", "Confidentiality", "Terms of Reference",
                "Methodology", "Involvement of family", "Contributors", "review panel",
                "Author of the overview report", "Parallel reviews", "Equality and diversity",
                "Dissemination", "Background information", "Chronology", "Overview",
                "Analysis", "Conclusions", "Lessons to be learned", "Recommendations"]
    position = 0
    for wanted in expected:
        found = [i for i, h in enumerate(headings) if wanted.casefold() in h.casefold()]
        assert found and found[-1] >= position, (wanted, headings)
        position = found[0]
    text = _text(drafted / OVERVIEW)
    assert "OFFICIAL – SENSITIVE until publication" in text
    for appendix in ("Action Plan", "delay", "Glossary"):
        assert appendix.casefold() in text.casefold()


def test_each_source_reaches_the_report(drafted: Path, case: Path) -> None:
    raw = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    text = _text(drafted / OVERVIEW)
    for member in raw["panel"]:
        assert member["name"] in text and member["agency"] in text  # panel table
    assert raw["author"]["independence"].split(".")[0] in text  # independence statement
    assert raw["terms_of_reference"][0] in text
    assert raw["recommendations"][0]["recommendation"] in text
    assert raw["glossary"][0]["meaning"] in text
    # the IMRs: each agency's involvement and its recommendations as single-agency actions
    imr = Document(str(case / "imrs" / "northbridge_police_imr.docx"))
    recommendation = next(p.text for p in imr.paragraphs if p.style.name == "List Number")
    assert recommendation in text
    # the merged chronology: contacts per agency
    assert "67" in text


def test_the_authors_prose_is_kept_with_its_formatting(drafted: Path, case: Path) -> None:
    narrative = Document(str(case / "narrative" / "analysis.docx"))
    bold = [r.text for p in narrative.paragraphs for r in p.runs if r.bold and r.text.strip()]
    first = next(p.text for p in narrative.paragraphs if len(p.text) > 40)
    report = Document(str(drafted / OVERVIEW))
    assert first in [p.text for p in report.paragraphs]
    assert not bold or any(r.bold and r.text == bold[0] for p in report.paragraphs
                           for r in p.runs)


def test_a_missing_section_shows_a_highlighted_placeholder(case: Path) -> None:
    (case / "narrative" / "conclusions.docx").unlink()
    summary = run_drafts(case, password="Northbridge-DHR-2022")
    assert summary.placeholders == ("conclusions",)
    report = Document(str(summary.outputs[0]))
    runs = [r for p in report.paragraphs for r in p.runs
            if r.text == "[Author to complete: Conclusions]"]
    assert runs and runs[0].font.highlight_color is not None
    checks, _ = run_qa(case)
    gaps = [g for c in checks for g in c.gaps]
    assert any("[Author to complete: Conclusions]" in g for g in gaps)


def test_timeline_picture_is_embedded_with_alt_text_and_saved(drafted: Path) -> None:
    assert (drafted / TIMELINE).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = Document(str(drafted / OVERVIEW))
    shapes = list(report.inline_shapes)
    assert shapes
    doc_pr = shapes[0]._inline.docPr
    alt = doc_pr.get("descr")
    assert alt.startswith("NB01: contacts by agency. Timeline of contacts by 7 agencies")
    assert "date of death" in alt and doc_pr.get("name") == TIMELINE_PICTURE
    # The draft is restricted: its picture shows the labels as written, real names included.
    assert "Amira killed at home (14 February 2022" in alt
    assert json.loads((drafted / TIMELINE_DATA).read_text())["events"][-1]["label"] == \
        "Amira killed at home"


def test_same_inputs_same_documents(case: Path, tmp_path: Path) -> None:
    one = run_drafts(case, tmp_path / "one", "Northbridge-DHR-2022")
    two = run_drafts(case, tmp_path / "two", "Northbridge-DHR-2022")
    for a, b in zip(one.outputs[:2], two.outputs[:2], strict=True):
        assert _text(a) == _text(b)
    assert one.outputs[2].read_bytes() == two.outputs[2].read_bytes()


def test_executive_summary(drafted: Path) -> None:
    text = _text(drafted / SUMMARY)
    for section in ("review process", "Contributors", "panel members", "Chair and author",
                    "Terms of reference", "Summary chronology", "Key issues", "Conclusions",
                    "Lessons", "Recommendations"):
        assert section.casefold() in text.casefold(), section


def test_the_sample_case_is_ready_for_the_qa_panel(drafted: Path, case: Path) -> None:
    checks, checklist = run_qa(case)
    assert [g for c in checks for g in c.gaps] == []
    assert checklist.is_file()


@pytest.mark.parametrize(("change", "gap"), [
    (lambda d: d.pop("panel"), "The review panel members are not listed"),
    (lambda d: d["panel"][0].pop("agency"), "Panel member 1 has no agency"),
    (lambda d: d["author"].pop("independence"), "statement of independence is missing"),
    (lambda d: d.pop("family_involvement"), "How the family was involved is not recorded"),
    (lambda d: d.pop("friends_involvement"), "How friends and the wider community"),
    (lambda d: d.pop("equality"), "Equality and diversity are not addressed"),
    (lambda d: d.pop("terms_of_reference"), "terms of reference are missing"),
    (lambda d: d.pop("recommendations"), "There are no recommendations"),
    (lambda d: d["agencies"][0].pop("imr"), "has no IMR and no recorded reason"),
    (lambda d: d["agencies"][0].pop("actions"), "Action plan row 1.1 (Northbridge Police IMR)"),
])
def test_each_qa_rule_names_its_gap(drafted: Path, case: Path, change, gap: str) -> None:
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    change(data)
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["qa", str(case)])
    assert result.exit_code == 1
    assert any(line.startswith("Gap: ") and gap in line for line in result.stdout.splitlines())


def test_qa_analysis_must_be_more_than_narrative(drafted: Path, case: Path) -> None:
    from docx import Document as New

    short = New()
    short.add_paragraph("Agencies missed chances.")
    short.save(case / "narrative" / "analysis.docx")
    checks, _ = run_qa(case)
    assert any("has 3 words" in g for c in checks for g in c.gaps)


def test_qa_before_drafts_says_what_to_run(case: Path) -> None:
    result = CliRunner().invoke(cli, ["qa", str(case)])
    assert result.exit_code == 1 and "run 'dhr drafts' first" in result.stdout


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["agencies"][0].__setitem__("imr", "imrs/missing.docx"),
     "missing.docx: IMR not found (named in case.yaml agencies[1].imr)"),
    (lambda d: d.__setitem__("narrative", {"analysis": "narrative/nope.docx"}),
     "nope.docx: narrative for 'analysis' not found"),
    (lambda d: d["recommendations"][0].pop("lead_agency"),
     "recommendations[1].lead_agency is missing"),
])
def test_bad_input_is_one_plain_sentence(case: Path, change, message: str) -> None:
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    change(data)
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["drafts", str(case)])
    assert result.exit_code == 1 and message in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1


def test_a_flat_imr_is_refused(case: Path) -> None:
    flat = Document()
    flat.add_paragraph("No headings here.")
    flat.save(case / "imrs" / "northbridge_police_imr.docx")
    with pytest.raises(DraftsError, match="no recognisable IMR headings"):
        run_drafts(case, password="Northbridge-DHR-2022")
