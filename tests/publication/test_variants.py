"""Publication as partnerships configure it: a Domestic Abuse Related Death Review, a published
marking, a panel member who is not named, no glossary, and people who share their names with
fonts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml
from docx import Document

from pipeline.drafts import run_drafts
from pipeline.publication import run_publish
from pipeline.publication.pdf import read_pdf
from tests.conftest import SMALL_MAP, small_case

pytestmark = pytest.mark.slow
FRIENDS = {"Shruti Raman": "Asha", "Latha Krishnan": "Friend A", "Georgia Finch": "Neighbour A"}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Path:
    case = tmp_path_factory.mktemp("variants") / "case"
    small_case(case, review_type="dardr",
               title="Domestic Abuse Related Death Review into the death of Nadia Brook",
               publication={"qa_panel_letter": {"date": "2022-09-01", "reference": "HO-1"},
                            "family_told": "2022-09-15", "date": "2022-10-03",
                            "marking": "OFFICIAL"})
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    data["panel"][1]["named"] = False
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    people = [*SMALL_MAP["people"],
              {"name": "Tobias Renn", "pseudonym": "Police Panel Member"},
              *({"name": n, "pseudonym": p} for n, p in FRIENDS.items())]
    (case / "pseudonym_map.yaml").write_text(yaml.safe_dump({**SMALL_MAP, "people": people}),
                                             encoding="utf-8")
    prose = Document()
    run = prose.add_paragraph().add_run("Shruti Raman and Latha Krishnan were her friends; "
                                        "Georgia Finch lived next door.")
    run.font.name = "Georgia"
    prose.save(str(case / "narrative" / "background.docx"))
    run_drafts(case)
    run_publish(case, analyzer=analyzer)
    return case / "output" / "publish"


def test_people_named_like_fonts_are_published(published: Path) -> None:
    text = read_pdf(published / "overview_report.pdf").texts["page text"]
    assert "Asha and Friend A were her friends; Neighbour A lived next door." in text
    for real in FRIENDS:
        assert real not in text
    with zipfile.ZipFile(published / "overview_report.docx") as archive:
        theme = archive.read("word/theme/theme1.xml").decode()
        styles = archive.read("word/document.xml").decode()
    assert 'typeface="Shruti"' in theme and 'w:ascii="Georgia"' in styles  # fonts, not people


def test_a_dardr_is_called_one_and_says_what_it_covers(published: Path) -> None:
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        content = read_pdf(published / name)
        flat = " ".join(content.texts["page text"].split())
        assert "Domestic Abuse Related Death Review" in flat
        assert "Domestic Homicide Review" not in flat and "domestic homicide" not in flat
    overview = " ".join(read_pdf(published / "overview_report.pdf").texts["page text"].split())
    assert "as amended by section 19 of the Victims and Prisoners Act 2024" in overview


def test_the_published_marking_is_on_every_page_and_the_draft_one_is_gone(
        published: Path) -> None:
    pages = [p for p in read_pdf(published / "overview_report.pdf").pages if p.strip()]
    assert all("OFFICIAL" in page for page in pages)
    joined = "\n".join(pages)
    assert "SENSITIVE" not in joined and "Do not copy or forward" not in joined
    assert "Published: 3 October 2022" in joined


def test_an_unnamed_panel_member_is_anonymised_and_the_chair_is_named(published: Path) -> None:
    text = " ".join(read_pdf(published / "overview_report.pdf").texts["page text"].split())
    assert "Morag Ellison" in text and "Tobias Renn" not in text
    assert "Police Panel Member" in text


def test_empty_appendices_leave_no_page_and_no_blank_last_page(published: Path) -> None:
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        pages = read_pdf(published / name).pages
        body = [p for p in pages if p.strip()]
        assert "Glossary" not in "\n".join(body) and "None." not in body[-1]
        words = body[-1].split()
        assert len(words) > 20, (name, body[-1])  # the last page has content
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        text = " ".join(read_pdf(published / name).texts["page text"].split())
        assert "Appendix A: Action plan" in text and "Requests to delay" not in text
