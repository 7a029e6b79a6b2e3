"""The merge-chronology stage: a case's agency chronologies in, the merged chronology out."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.chronology.merge import Entry, MergeResult, merge_chronology
from pipeline.chronology.write_csv import write_csv
from pipeline.chronology.write_docx import write_docx
from pipeline.chronology.write_xlsx import write_xlsx
from pipeline.config import CaseConfig, load_case
from pipeline.outputs import AtomicOutputs
from pipeline.parallel import Background, cpu_workers, paused_gc

OUTPUT_NAMES = ("merged_chronology.xlsx", "merged_chronology.docx", "merged_chronology.csv",
                "merge_report.json")
MERGED_CSV = OUTPUT_NAMES[2]  # what the later stages read


@dataclass(frozen=True)
class MergeSummary:
    """What a merge wrote, for the CLI's one-line summary."""

    folder: Path
    outputs: tuple[Path, ...]
    report: dict


def default_out(case: CaseConfig, out: Path | None) -> Path:
    """``--out`` as given, else ``CASE_DIR/output``."""
    return Path(out) if out else case.root / "output"


PARALLEL_FROM_ENTRIES = 20_000


def write_merge_outputs(result: MergeResult, folder: Path, parallel: bool | None = None) -> dict:
    """Write the four outputs under ``folder`` (all or none) and return the report.

    On big merges the workbook and the Word file are written in forked processes while this one
    writes the CSV and the report (``parallel`` forces either way).
    """
    report = result.report
    result.extra_columns  # noqa: B018 - computed once here, not again in each writer process
    if parallel is None:
        parallel = len(result.entries) >= PARALLEL_FROM_ENTRIES and cpu_workers() > 1
    with AtomicOutputs(folder) as out:
        writers = [
            Background(str(folder / name), writer, result, out.path(name), enabled=parallel)
            for name, writer in ((OUTPUT_NAMES[0], write_xlsx), (OUTPUT_NAMES[1], write_docx))
        ]
        write_csv(result, out.path(OUTPUT_NAMES[2]))
        report_text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        out.path(OUTPUT_NAMES[3]).write_text(report_text, encoding="utf-8")
        for writer in writers:
            writer.join()
    return report


def run_merge(case_dir: Path, out: Path | None = None, password: str | None = None,
              progress: Callable[[str], None] | None = None) -> MergeSummary:
    """Merge a case's chronologies into ``OUT/restricted/``."""
    case = load_case(case_dir)
    folder = default_out(case, out) / "restricted"
    with paused_gc():
        result = merge_chronology(case, password, progress)
        report = write_merge_outputs(result, folder)
    return MergeSummary(folder, tuple(folder / n for n in OUTPUT_NAMES), report)


__all__ = ["MERGED_CSV", "OUTPUT_NAMES", "Entry", "MergeResult", "MergeSummary", "merge_chronology",
           "run_merge", "write_merge_outputs"]
