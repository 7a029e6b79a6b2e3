"""One case through merge → drafts → publish, each stage only if its inputs changed.

This is the unit of work a worker process (or a Dask worker) runs. It never raises: whatever
goes wrong becomes the case's result, a plain reason for the summary, so one bad case cannot
stop a batch. Reasons are the tool's own error sentences (which name files and never quote
document text) or, for a fault in the tool, just the kind of fault.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import DhrError
from pipeline.reprocess.inputs import (
    STAGES,
    drafts_inputs,
    merge_inputs,
    output_hashes,
    publish_inputs,
)
from pipeline.reprocess.manifest import Manifest


@dataclass(frozen=True)
class CaseTask:
    """What to do with one case folder."""

    case_dir: Path
    force: bool = False


@dataclass(frozen=True)
class StageResult:
    """One stage of one case."""

    ran: bool
    reason: str


@dataclass
class CaseResult:
    """What happened to one case: picklable, so it can come back from any worker."""

    case_dir: Path
    case_id: str = ""
    stages: dict[str, StageResult] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None
    failed_stage: str | None = None
    change_report: Path | None = None
    new_placeholders: tuple[str, ...] = ()  # placeholders new in the published text

    @property
    def ok(self) -> bool:
        return self.error is None


def failed(task: CaseTask, reason: str) -> CaseResult:
    """A case that produced no result of its own (its worker stopped, say)."""
    return CaseResult(Path(task.case_dir), error=reason)


def process_case(task: CaseTask, password: str | None = None) -> CaseResult:
    """Bring one case's outputs up to date; never raises for the case's own faults.

    ``password`` defaults to ``DHR_PASSWORD`` in this process's environment (on a Dask
    worker, the worker's own: the password never travels with the task).
    """
    started = time.perf_counter()
    result = CaseResult(Path(task.case_dir))
    if password is None:
        from pipeline.ingest.files import PASSWORD_VARIABLE

        password = os.environ.get(PASSWORD_VARIABLE) or None
    stage = "case.yaml"
    try:
        from pipeline.config import load_case

        case = load_case(task.case_dir)
        result.case_id = case.case_id
        runner = _CaseRunner(case, task.force, password, result)
        for stage in STAGES:
            runner.stage(stage)
        # The case has one anonymisation: a publication with new text gives the panel copy
        # new rules, so the merge runs again (and, were anything to follow, what follows it).
        for stage in STAGES:
            runner.stage(stage, again=True)
    except DhrError as exc:
        result.error, result.failed_stage = str(exc), stage
    except MemoryError:
        result.error, result.failed_stage = "ran out of memory", stage
    except Exception as exc:  # a fault in the tool: its message could quote a document
        command = {"drafts": "drafts", "publish": "publish"}.get(stage, "merge-chronology")
        result.error = (f"unexpected failure ({type(exc).__name__}); run 'dhr --debug "
                        f"{command}' on this case for details")
        result.failed_stage = stage
    result.seconds = time.perf_counter() - started
    return result


class _CaseRunner:
    """The three stages of one case, sharing its manifest."""

    def __init__(self, case, force: bool, password: str | None, result: CaseResult) -> None:
        self.case, self.force, self.password, self.result = case, force, password, result
        self.out = case.root / "output"
        self.restricted = self.out / "restricted"
        self.manifest = Manifest(self.out)

    def stage(self, name: str, again: bool = False) -> None:
        """Run the stage if its inputs changed; ``again``: a second pass, which neither forces
        it nor hides that it ran in the first."""
        inputs = self._inputs(name)
        decision = self.manifest.decide(name, inputs, self.force and not again)
        if not decision.run:
            if not again:
                self.result.stages[name] = StageResult(False, decision.reason)
            return
        earlier = self.result.stages.get(name)
        self.result.stages[name] = StageResult(True, decision.reason if not again or earlier
                                               is None or not earlier.ran else
                                               f"{earlier.reason}; again: {decision.reason}")
        try:
            outputs = getattr(self, f"_run_{name}")()
        except BaseException:
            self.manifest.forget(name)
            raise
        self.manifest.record(name, inputs, output_hashes(outputs, self.out))

    def _inputs(self, name: str) -> dict[str, str]:
        if name == "merge":
            return merge_inputs(self.case, self.restricted)
        if name == "drafts":
            from pipeline.drafts import TEMPLATES

            return drafts_inputs(self.case, self.restricted, TEMPLATES)
        return publish_inputs(self.case, self.restricted)

    def _run_merge(self) -> list[Path]:
        from pipeline.chronology import run_merge

        return list(run_merge(self.case.root, self.out, self.password).outputs)

    def _run_drafts(self) -> list[Path]:
        from pipeline.drafts import run_drafts

        return list(run_drafts(self.case.root, self.out, self.password,
                               merge_if_stale=False).outputs)

    def _run_publish(self) -> list[Path]:
        from pipeline.publication import REPORTS, REVIEW, run_publish
        from pipeline.reprocess.changes import previous_publication, record_publication

        names = [name for name, _ in REPORTS]
        publish = self.out / "publish"
        previous = previous_publication(self.restricted, publish, names)
        summary = run_publish(self.case.root, self.out, self.password)
        report, new = record_publication(self.case.case_id, previous, self.restricted,
                                         publish, names)
        if report is not None:  # a second pass publishing the same text keeps the first's
            self.result.change_report, self.result.new_placeholders = report, tuple(new)
        return [*summary.files, self.restricted / REVIEW,
                *(self.restricted / f"{name}_audit.csv" for name in names)]
