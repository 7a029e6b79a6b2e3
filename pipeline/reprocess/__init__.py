"""Batch reprocessing: many cases through merge → drafts → publish, only what changed.

After Home Office QA feedback, or a change of template, recogniser or map, an area rebuilds
all its open reviews at once. Each case is decided on its own ``output/manifest.json``
(:mod:`pipeline.reprocess.manifest`): a stage runs only when one of its inputs changed
(:mod:`pipeline.reprocess.inputs`). Cases run in parallel worker processes
(:mod:`pipeline.reprocess.workers`) or on a Dask cluster
(:mod:`pipeline.reprocess.distributed`); one failing case never stops the others. When the
published text of a case changes, a change report goes to its ``restricted/`` folder
(:mod:`pipeline.reprocess.changes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline.errors import ReprocessError
from pipeline.parallel import cpu_workers
from pipeline.reprocess.case import CaseResult, CaseTask, failed, process_case
from pipeline.reprocess.inputs import STAGES


def reprocess(case_dirs: Iterable[Path], workers: int | None = None,
              scheduler: str | None = None, force: bool = False,
              on_result: Callable[[int, CaseResult], None] | None = None) -> list[CaseResult]:
    """Bring every case up to date; one result per distinct case folder, in the order given.

    ``workers`` defaults to the cores available; ``scheduler`` (``tcp://host:port``) sends the
    cases to a Dask cluster instead; ``force`` redoes every stage whatever the manifest says.
    """
    shown = distinct(case_dirs)
    if not shown:
        raise ReprocessError("no case folders were given; name one or more, e.g. "
                             "'dhr reprocess samples/northbridge-01'.")
    # Absolute paths travel with the tasks (a Dask worker has its own working folder); results
    # name each case as the user typed it.
    tasks = [CaseTask(path.resolve(), force) for path in shown]

    def named(index: int, result: CaseResult) -> None:
        result.case_dir = shown[index]
        if on_result is not None:
            on_result(index, result)

    if scheduler:
        from pipeline.reprocess.distributed import run_on_cluster

        return run_on_cluster(scheduler, tasks, named)
    from pipeline.reprocess.workers import run_in_workers

    return run_in_workers(process_case, tasks, workers or cpu_workers(), failed, named)


def distinct(case_dirs: Iterable[Path]) -> list[Path]:
    """Each folder once (two workers on one folder would overwrite each other's files)."""
    seen: dict[Path, Path] = {}
    for path in case_dirs:
        seen.setdefault(Path(path).resolve(), Path(path))
    return list(seen.values())


def summary_rows(results: list[CaseResult]) -> list[list[str]]:
    """The summary table: case, what each stage did, seconds, result."""
    rows = [["Case", *STAGES, "Seconds", "Result"]]
    for result in results:
        cells = []
        for stage in STAGES:
            done = result.stages.get(stage)
            if result.failed_stage == stage:
                cells.append("failed")
            elif done is None:
                cells.append("-")
            else:
                cells.append("ran" if done.ran else "skipped")
        if not result.ok:
            outcome = f"FAILED: {(result.error or '').splitlines()[0]}"
        elif result.change_report is not None:
            outcome = "ok, published text changed" + (
                f"; new placeholders: {', '.join(result.new_placeholders)}"
                if result.new_placeholders else "")
        else:
            outcome = "ok"
        rows.append([str(result.case_dir), *cells, f"{result.seconds:.1f}", outcome])
    return rows


def reasons(results: list[CaseResult]) -> list[str]:
    """Why each stage that ran was run, one line each."""
    return [f"{result.case_dir}: {stage} ran ({done.reason})"
            for result in results for stage, done in result.stages.items() if done.ran]


def failure_details(results: list[CaseResult]) -> list[str]:
    """The further lines of a failure (each reason a publication was refused)."""
    return [f"{result.case_dir}: {line.strip().removeprefix('- ')}" for result in results
            if not result.ok
            for line in (result.error or "").splitlines()[1:]]


__all__ = ["CaseResult", "distinct", "failure_details", "reasons", "reprocess", "summary_rows"]
