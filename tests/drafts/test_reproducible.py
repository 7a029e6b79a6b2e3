"""The drafts stage twice on the same case: the same bytes in every file, no date of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafts import OVERVIEW, SUMMARY, run_drafts
from pipeline.drafts.qa import run_qa
from tests.reproducible import assert_undated_package, different_files, next_clock_window

pytestmark = pytest.mark.slow


def test_two_drafts_and_qa_runs_give_the_same_bytes(sample_case: Path, sample_password: str,
                                                     tmp_path: Path) -> None:
    runs = []
    for out in (tmp_path / "one", tmp_path / "two"):
        summary = run_drafts(sample_case, out, sample_password)  # merges first: no output yet
        _, checklist = run_qa(sample_case, out)
        assert summary.merged and checklist.is_file()
        runs.append(out / "restricted")
        next_clock_window()
    one, two = runs
    assert different_files(one, two) == []
    for name in (OVERVIEW, SUMMARY, "qa_checklist.xlsx", "merged_chronology.docx",
                 "merged_chronology.xlsx"):
        assert_undated_package(one / name)
