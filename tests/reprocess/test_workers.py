"""The parts of a batch that need no documents: the worker pool, the manifest, the change
comparison and the model fingerprint."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from pipeline.reprocess.changes import Paragraph, compare
from pipeline.reprocess.inputs import file_hash, model_fingerprint
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


def _die_leaving_a_child(folder: str) -> str:
    child = os.fork()
    if child == 0:  # the child holds the worker's pipe open, as a big merge's readers would
        time.sleep(60)
        os._exit(0)
    Path(folder, "child.pid").write_text(str(child), encoding="utf-8")
    os._exit(5)


def test_a_worker_dying_with_children_is_found_and_its_children_stopped(tmp_path: Path) -> None:
    started = time.monotonic()
    results = run_in_workers(_die_leaving_a_child, [str(tmp_path)], 1, _crashed)
    assert results == [f"crashed {tmp_path}: the worker process stopped unexpectedly "
                       "(exit code 5)"]
    assert time.monotonic() - started < 30  # not the child's 60 s: found without its pipe
    child = int((tmp_path / "child.pid").read_text(encoding="utf-8"))
    time.sleep(0.5)
    assert not _running(child)  # stopped with the worker's process group


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan is reaped by whoever adopts it, perhaps not yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_daemonic_process_runs_parallel_work_in_process() -> None:
    import multiprocessing

    from pipeline.parallel import map_in_processes

    def check(queue) -> None:  # as inside a Dask worker, which may not start children
        queue.put(map_in_processes(abs, [-1, -2, -3], workers=2))

    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=check, args=(queue,), daemon=True)
    process.start()
    assert queue.get(timeout=30) == [1, 2, 3]
    process.join()


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


def _paragraphs(*items: tuple[str, str]) -> list[Paragraph]:
    return [Paragraph(text, heading, text == heading) for text, heading in items]


def test_the_change_report_places_each_change_under_its_own_heading() -> None:
    before = _paragraphs(("Introduction", "Introduction"), ("Ann lived alone.", "Introduction"),
                         ("Analysis", "Analysis"), ("Agencies shared little.", "Analysis"))
    after = _paragraphs(("Introduction", "Introduction"), ("Analysis", "Analysis"),
                        ("Agencies shared almost nothing.", "Analysis"),
                        ("The GP did not ask.", "Analysis"))
    changes = compare("Overview Report", before, after)
    assert changes.blocks == [
        ("Introduction", ["Ann lived alone."], []),
        ("Analysis", ["Agencies shared little."],
         ["Agencies shared almost nothing.", "The GP did not ask."])]
    assert not compare("Overview Report", after, after).changed


def test_the_model_is_known_by_its_files_not_its_name(tmp_path: Path) -> None:
    model = tmp_path / "model"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text('{"name": "local"}', encoding="utf-8")
    (model / "ner" / "model").write_bytes(b"weights 1")
    first = model_fingerprint.__wrapped__(str(model))
    (model / "ner" / "model").write_bytes(b"weights 2")  # retrained in place
    assert model_fingerprint.__wrapped__(str(model)) != first
    assert model_fingerprint("no_such_model_package") == "missing"
