"""The worker pool and the manifest: the parts of a batch that need no documents."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from pipeline.reprocess.inputs import file_hash
from pipeline.reprocess.manifest import MANIFEST, Manifest
from pipeline.reprocess.workers import run_in_workers


def _work(task: int) -> str:
    if task == 2:
        os._exit(7)  # a worker dying outright, as if killed for memory
    if task == 4:
        os.kill(os.getpid(), signal.SIGKILL)
    return f"done {task} in {os.getpid()}"


def _crashed(task: int, reason: str) -> str:
    return f"crashed {task}: {reason}"


def test_a_dying_worker_costs_only_its_own_task() -> None:
    seen: list[int] = []
    results = run_in_workers(_work, list(range(7)), 2, _crashed,
                             on_result=lambda index, _result: seen.append(index))
    assert results[2] == "crashed 2: the worker process stopped unexpectedly (exit code 7)"
    assert results[4] == "crashed 4: the worker process stopped unexpectedly (signal 9)"
    finished = [r for i, r in enumerate(results) if i not in (2, 4)]
    assert [r.split()[1] for r in finished] == ["0", "1", "3", "5", "6"]
    assert sorted(seen) == list(range(7))
    workers = {r.split()[-1] for r in finished}
    assert str(os.getpid()) not in workers  # all ran in worker processes
    assert len(workers) <= 2 + 2  # two workers, each dead one replaced once


def test_one_worker_runs_tasks_in_order() -> None:
    results = run_in_workers(_work, [0, 1, 3], 1, _crashed)
    assert [r.split()[:2] for r in results] == [["done", "0"], ["done", "1"], ["done", "3"]]
    assert len({r.split()[-1] for r in results}) == 1  # one process served them all


def test_the_manifest_says_why_a_stage_runs(tmp_path: Path) -> None:
    (tmp_path / "restricted").mkdir()
    output = tmp_path / "restricted" / "merged_chronology.csv"
    output.write_text("Date,Event\n", encoding="utf-8")
    manifest = Manifest(tmp_path)
    inputs = {"tool": "a", "chronologies/police.xlsx": "b"}
    assert manifest.decide("merge", inputs).reason == "first run"
    manifest.record("merge", inputs, {"restricted/merged_chronology.csv": file_hash(output)})
    again = Manifest(tmp_path)  # read back from disk
    assert again.decide("merge", inputs).run is False
    assert again.decide("merge", inputs, force=True).reason == "forced"
    changed = {**inputs, "chronologies/police.xlsx": "c", "chronologies/gp.csv": "d"}
    assert again.decide("merge", changed).reason == (
        "changed: chronologies/gp.csv, chronologies/police.xlsx")
    output.write_text("Date,Event\n2020-01-01,x\n", encoding="utf-8")
    assert again.decide("merge", inputs).reason == (
        "output edited: restricted/merged_chronology.csv")
    output.unlink()
    assert again.decide("merge", inputs).reason == (
        "output missing: restricted/merged_chronology.csv")
    again.forget("merge")
    assert json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))["stages"] == {}


@pytest.mark.parametrize("content", ["{not json", '{"format": 99, "stages": {"merge": {}}}'])
def test_a_damaged_or_foreign_manifest_rebuilds_everything(tmp_path: Path,
                                                           content: str) -> None:
    (tmp_path / MANIFEST).write_text(content, encoding="utf-8")
    assert Manifest(tmp_path).decide("merge", {"tool": "a"}).reason == "first run"
