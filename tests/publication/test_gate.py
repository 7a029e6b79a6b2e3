"""The publication gate: every reason a review is not ready is one line, nothing reaches
publish/ until all are met, and a preview can be made whatever they say."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.drafts import run_drafts
from pipeline.errors import PublicationRefused
from pipeline.publication import run_publish
from pipeline.publication.pdf import read_pdf
from tests.conftest import small_case

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def unready(tmp_path_factory: pytest.TempPathFactory, analyzer) -> tuple[Path, list[str]]:
    """A case with a QA gap, an unwritten section, a date to be confirmed and no approval."""
    case = small_case(tmp_path_factory.mktemp("gate") / "case")
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    for key in ("equality", "completed", "publication"):
        del data[key]
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    (case / "narrative" / "lessons.docx").unlink()
    run_drafts(case)
    with pytest.raises(PublicationRefused) as refused:
        run_publish(case, analyzer=analyzer)
    return case, refused.value.reasons


@pytest.mark.parametrize("expected", [
    "QA: Equality and diversity are not addressed (case.yaml equality).",
    "QA: Lessons to be learned are not written (narrative/lessons.docx).",
    "QA: overview_report_draft.docx: [Author to complete: Lessons]",
    "QA: overview_report_draft.docx: date of completion to be confirmed",
    "QA: executive_summary_draft.docx: [date to be confirmed]",
    "case.yaml: publication.qa_panel_letter needs the date and reference of the Home Office "
    "Quality Assurance Panel's letter agreeing the report for publication.",
    "case.yaml: publication.family_told needs the date the family was told of the publication "
    "arrangements.",
    "case.yaml: publication.date needs the date of publication (it is shown on the cover).",
])
def test_each_reason_is_one_line(unready: tuple[Path, list[str]], expected: str) -> None:
    _, reasons = unready
    assert expected in reasons


def test_nothing_is_published_and_the_command_says_why(unready: tuple[Path, list[str]]) -> None:
    case, reasons = unready
    assert not any((case / "output" / "publish").glob("*"))
    result = CliRunner().invoke(cli, ["publish", str(case)])
    assert result.exit_code == 1
    assert f"publication refused ({len(reasons)} reasons); nothing was published:" in \
        result.stderr
    for reason in reasons:
        assert f"  - {reason}" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_preview_is_made_whatever_the_gate_says(unready: tuple[Path, list[str]]) -> None:
    case, reasons = unready
    result = CliRunner().invoke(cli, ["publish", str(case), "--preview"])
    assert result.exit_code == 0, result.stderr
    restricted = case / "output" / "restricted"
    previews = [restricted / "overview_report_preview.pdf",
                restricted / "executive_summary_preview.pdf"]
    assert result.stdout.startswith(f"Preview (restricted, watermarked, not for publication) "
                                    f"in {restricted}:")
    for reason in reasons:
        assert f"Not yet publishable: {reason}" in result.stdout
    pages = read_pdf(previews[0]).pages
    # The watermark runs corner to corner; read in drawing order its letters come together.
    raw = subprocess.run(["pdftotext", "-raw", str(previews[0]), "-"], check=True,
                         capture_output=True, text=True).stdout.split("\f")
    watermarked = ["DRAFT–NOTFORPUBLICATION" in "".join(page.split()) for page in raw
                   if page.strip()]
    assert all(watermarked) and len(watermarked) == len([p for p in pages if p.strip()]) > 5
    assert "OFFICIAL – SENSITIVE until publication" in pages[0]  # still a restricted draft
    assert previews[1].is_file()
    assert not any((case / "output" / "publish").glob("*"))
