"""Batch reprocessing: only what changed is redone, the same inputs give the same files, and
one bad case never stops the others."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from docx import Document

from pipeline.reprocess import reprocess
from pipeline.reprocess.case import CaseTask, process_case
from pipeline.reprocess.changes import CHANGE_REPORT
from pipeline.reprocess.manifest import MANIFEST
from tests.conftest import PROSE, SAMPLE_PASSWORD, SMALL_MAP, small_case, write_prose

pytestmark = pytest.mark.slow
DECISIONS = "review_decisions.yaml"


UNMAPPED = "Rachel Dawson"  # a person the map does not name: a placeholder and a review item
REDACTED = {"decisions": [{"text": UNMAPPED, "action": "redact"}]}
NAMED = {"decisions": [{"text": UNMAPPED, "action": "pseudonym",
                        "pseudonym": "Outreach Worker A"}]}
MAP = SMALL_MAP


def _prepare(case: Path) -> Path:
    """A small case ready to publish, as it looks once the author has reviewed it: two
    agencies, the map in the case folder, prose naming someone the map does not, and that
    person's placeholder confirmed in the decisions file. Small, so that each publication in
    these tests takes seconds."""
    small_case(case, review_decisions=DECISIONS)
    write_prose(case / "narrative" / "analysis.docx",
                "Nadia Brook's contact with agencies rose after Colin Hale moved in.",
                f"{UNMAPPED}, an outreach worker, visited the family twice.", PROSE)
    (case / DECISIONS).write_text(yaml.safe_dump(REDACTED), encoding="utf-8")
    return case


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Path:
    """A case brought fully up to date once; tests take copies of it."""
    case = _prepare(tmp_path_factory.mktemp("built") / "case")
    result = process_case(CaseTask(case), SAMPLE_PASSWORD)
    assert result.ok, result.error
    assert all(stage.ran for stage in result.stages.values())
    return case


@pytest.fixture
def case(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "case"
    shutil.copytree(built, copy)
    return copy


def _files(case: Path) -> dict[str, bytes]:
    out = case / "output"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


def _ran(case: Path, force: bool = False) -> dict[str, bool]:
    result = process_case(CaseTask(case, force), SAMPLE_PASSWORD)
    assert result.ok, result.error
    return {stage: done.ran for stage, done in result.stages.items()}


def _published_text(case: Path, name: str = "overview_report") -> str:
    document = Document(str(case / "output" / "publish" / f"{name}.docx"))
    return "\n".join(p.text for p in document.paragraphs)


def test_touching_nothing_redoes_nothing(case: Path) -> None:
    before = _files(case)
    later = os.stat(case / "case.yaml").st_mtime + 3600
    for path in case.rglob("*"):  # touched, not changed: modification times do not count
        os.utime(path, (later, later))
    assert _ran(case) == {"merge": False, "drafts": False, "publish": False}
    assert _files(case) == before


def test_a_changed_map_redoes_the_panel_copy_and_publish(case: Path) -> None:
    assert "Ben moved in" in _published_text(case)
    MAP["people"][1]["pseudonym"] = "Carl"
    (case / "pseudonym_map.yaml").write_text(yaml.safe_dump(MAP), encoding="utf-8")
    MAP["people"][1]["pseudonym"] = "Ben"
    # The merge's anonymised panel copy uses the map; the restricted CSV does not change, so
    # the drafts are not made again.
    assert _ran(case) == {"merge": True, "drafts": False, "publish": True}
    panel = Document(str(case / "output" / "restricted" / "panel" /
                         "merged_chronology_anonymised.docx"))
    assert "Carl" in " ".join(c.text for row in panel.tables[0].rows for c in row.cells)
    text = _published_text(case)
    assert "after Carl moved in" in text and "Ben" not in text.split()
    report = Document(str(case / "output" / "restricted" / CHANGE_REPORT))
    struck = [r.text for p in report.paragraphs for r in p.runs if r.font.strike]
    added = [r.text for p in report.paragraphs for r in p.runs if r.font.underline]
    assert any("Ben" in t for t in struck) and any("Carl" in t for t in added)
    assert not (case / "output" / "publish" / CHANGE_REPORT).exists()


def test_a_changed_decision_redoes_the_panel_copy_and_publish(case: Path) -> None:
    assert UNMAPPED not in _published_text(case)
    (case / DECISIONS).write_text(yaml.safe_dump(NAMED), encoding="utf-8")
    assert _ran(case) == {"merge": True, "drafts": False, "publish": True}
    assert "Outreach Worker A, an outreach worker" in _published_text(case)
    report = Document(str(case / "output" / "restricted" / CHANGE_REPORT))
    changed = [p for p in report.paragraphs if "Worker A, an outreach worker" in p.text]
    assert changed and any(r.font.underline for r in changed[0].runs)
    assert "No change to the text." in [p.text for p in report.paragraphs]  # the summary


def test_a_changed_template_redoes_drafts_and_publish(case: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.drafts

    templates = tmp_path / "templates"
    shutil.copytree(pipeline.drafts.TEMPLATES, templates,
                    ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(pipeline.drafts, "TEMPLATES", templates)
    assert _ran(case) == {"merge": False, "drafts": False, "publish": False}  # same content
    template = Document(str(templates / "overview_report.docx"))
    template.add_paragraph("This report follows the revised statutory guidance.")
    template.save(str(templates / "overview_report.docx"))
    assert _ran(case) == {"merge": False, "drafts": True, "publish": True}
    assert "revised statutory guidance" in _published_text(case)
    assert "revised statutory guidance" not in _published_text(case, "executive_summary")


def test_a_changed_chronology_redoes_every_stage(case: Path) -> None:
    csv_path = case / "chronologies" / "gp.csv"
    with csv_path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("03/05/2021,,Nadia Brook,Reported a broken window after a disturbance.,"
                     "Safety plan reviewed.,\r\n")
    assert _ran(case) == {"merge": True, "drafts": True, "publish": True}
    merged = (case / "output" / "restricted" / "merged_chronology.csv").read_text("utf-8")
    assert "broken window" in merged


def test_a_changed_condolence_does_not_merge_again(case: Path) -> None:
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    data["condolences"] += " Her family's courage is acknowledged."
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                    encoding="utf-8")
    assert _ran(case) == {"merge": False, "drafts": True, "publish": True}


def test_changed_prose_redoes_drafts_and_publish(case: Path) -> None:
    prose = case / "narrative" / "analysis.docx"
    document = Document(str(prose))
    document.add_paragraph("Colin Hale's drinking was known to his GP.")
    document.save(str(prose))
    assert _ran(case) == {"merge": False, "drafts": True, "publish": True}
    assert "Ben's drinking was known to his GP." in _published_text(case)


def test_a_failed_stage_is_redone_once_its_input_is_put_right(case: Path) -> None:
    map_path = case / "pseudonym_map.yaml"
    good = map_path.read_bytes()
    map_path.write_text("people: [unclosed\n", encoding="utf-8")
    result = process_case(CaseTask(case), SAMPLE_PASSWORD)
    assert not result.ok and result.failed_stage == "publish"
    assert "pseudonym_map.yaml" in result.error and "Nadia" not in result.error
    # The merge ran (its panel copy uses the map): without a readable map it writes none.
    assert result.stages["merge"].ran and not result.stages["drafts"].ran
    assert not (case / "output" / "restricted" / "panel" /
                "merged_chronology_anonymised.xlsx").exists()
    map_path.write_bytes(good)  # back as it was when publish last succeeded: still redone
    assert _ran(case) == {"merge": True, "drafts": False, "publish": True}


def test_changes_are_reported_against_the_last_publication_even_after_a_refusal(
        case: Path) -> None:
    for published in (case / "output" / "publish").iterdir():
        published.unlink()  # what a refused publication leaves
    (case / DECISIONS).write_text(yaml.safe_dump(NAMED), encoding="utf-8")
    assert _ran(case)["publish"]
    report = Document(str(case / "output" / "restricted" / CHANGE_REPORT))
    assert any("Worker A, an outreach worker" in p.text for p in report.paragraphs)
    assert "Executive Summary" in [p.text for p in report.paragraphs]


def test_a_deleted_output_is_made_again_and_force_redoes_all(case: Path) -> None:
    (case / "output" / "publish" / "overview_report.pdf").unlink()
    assert _ran(case) == {"merge": False, "drafts": False, "publish": True}
    assert (case / "output" / "publish" / "overview_report.pdf").is_file()
    assert not (case / "output" / "restricted" / CHANGE_REPORT).exists()  # text unchanged
    assert _ran(case, force=True) == {"merge": True, "drafts": True, "publish": True}


def test_two_clean_runs_give_the_same_bytes(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "case"
    shutil.copytree(built, again, ignore=shutil.ignore_patterns("output"))
    assert _ran(again) == {"merge": True, "drafts": True, "publish": True}
    first, second = _files(built), _files(again)
    assert first.keys() == second.keys()
    assert {MANIFEST, "publish/overview_report.pdf", "restricted/merged_chronology.xlsx",
            "restricted/overview_report_draft.docx"} <= first.keys()
    differ = sorted(name for name in first if first[name] != second[name])
    assert differ == []


def test_one_bad_case_does_not_stop_the_others(case: Path, tmp_path: Path) -> None:
    not_a_case = tmp_path / "notes"
    not_a_case.mkdir()
    no_map = tmp_path / "no-map"
    shutil.copytree(case, no_map)
    (no_map / "pseudonym_map.yaml").unlink()
    env = {**os.environ, "DHR_PASSWORD": SAMPLE_PASSWORD}
    done = subprocess.run([sys.executable, "-m", "pipeline", "reprocess", str(case),
                           str(not_a_case), str(no_map), "--workers", "2"],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    good = next(line for line in lines if line.startswith(f"{case} "))
    assert good.split()[1:4] == ["skipped", "skipped", "skipped"], done.stdout
    assert good.endswith("ok")
    bad = next(line for line in lines if line.startswith(f"{not_a_case} "))
    assert "FAILED" in bad and "case.yaml" in bad
    missing = next(line for line in lines if line.startswith(f"{no_map} "))
    assert "FAILED" in missing and "pseudonym_map.yaml" in missing
    assert f"failed: {not_a_case}, {no_map}." in lines[-1]
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.enable_socket  # the cluster talks over loopback only: nothing leaves the machine
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_the_same_batch_runs_on_a_dask_cluster(case: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("dask.distributed")
    monkeypatch.setenv("DHR_PASSWORD", SAMPLE_PASSWORD)  # workers read their own environment
    (case / DECISIONS).write_text(yaml.safe_dump(NAMED), encoding="utf-8")
    not_a_case = tmp_path / "notes"
    not_a_case.mkdir()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        results = reprocess([case, not_a_case], scheduler=cluster.scheduler_address)
    good, bad = results
    assert good.ok and {s: d.ran for s, d in good.stages.items()} == {
        "merge": True, "drafts": False, "publish": True}  # the panel copy uses the decisions
    assert not bad.ok and "case.yaml" in bad.error


def test_a_case_not_ready_to_publish_fails_with_every_reason(case: Path) -> None:
    from pipeline.reprocess import failure_details, summary_rows

    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    del data["publication"]
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = process_case(CaseTask(case), SAMPLE_PASSWORD)
    assert not result.ok and result.failed_stage == "publish"
    assert summary_rows([result])[1][-1] == ("FAILED: publication refused (3 reasons); nothing "
                                             "was published:")
    details = failure_details([result])
    assert len(details) == 3 and all(line.startswith(f"{case}: case.yaml: publication.")
                                     for line in details)
    assert (case / "output" / "publish" / "overview_report.pdf").is_file()  # left as it was
