"""The merge-chronology stage: a case's agency chronologies in, the merged chronology out.

Before the merged workbook is replaced, the DHR Officer's Key marks and notes in it are read
and carried onto the new entries (:mod:`.dhro`). When the case has a pseudonym map, an
anonymised copy of the workbook and the Word file for panel papers goes to
``restricted/panel/``, verified like a publication (:mod:`.panel`); a leak refuses the whole
merge, which then writes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.chronology.dhro import Carried, carry_notes, read_previous
from pipeline.chronology.merge import Entry, MergeResult, merge_chronology
from pipeline.chronology.panel import (
    PANEL_DOCX,
    PANEL_FOLDER,
    PANEL_NAMES,
    PANEL_PROBLEMS,
    PANEL_XLSX,
    PanelCopy,
    make_panel_copy,
    panel_source,
    verify_word,
    verify_workbook,
)
from pipeline.chronology.write_csv import write_csv
from pipeline.chronology.write_docx import write_docx
from pipeline.chronology.write_xlsx import write_xlsx
from pipeline.config import CaseConfig, load_case
from pipeline.errors import DhrError, VerificationError
from pipeline.outputs import AtomicOutputs
from pipeline.parallel import Background, cpu_workers, paused_gc

OUTPUT_NAMES = ("merged_chronology.xlsx", "merged_chronology.docx", "merged_chronology.csv",
                "merge_report.json")
MERGED_CSV = OUTPUT_NAMES[2]  # what the later stages read
MERGED_XLSX = OUTPUT_NAMES[0]  # where the DHRO types Key marks and notes


@dataclass(frozen=True)
class MergeSummary:
    """What a merge wrote, for the CLI's summary. ``outputs`` is every file written, the
    panel copies (under ``panel/``) included."""

    folder: Path
    outputs: tuple[Path, ...]
    report: dict
    carried: Carried = field(default_factory=Carried)
    panel: PanelCopy | None = None
    panel_outputs: tuple[Path, ...] = ()
    panel_note: str = ""  # why there is no panel copy
    warnings: tuple[str, ...] = ()
    review: Path | None = None  # the case's anonymisation review, written with the panel copy
    stale: int = 0  # decisions in it whose text no document of the case holds any more


def default_out(case: CaseConfig, out: Path | None) -> Path:
    """``--out`` as given, else ``CASE_DIR/output``."""
    return Path(out) if out else case.root / "output"


PARALLEL_FROM_ENTRIES = 20_000


def write_merge_outputs(result: MergeResult, folder: Path, parallel: bool | None = None,
                        panel: PanelCopy | None = None) -> dict:
    """Write the four outputs under ``folder`` and, given a ``panel`` copy, its workbook and
    Word file under ``folder/panel/`` once both are verified: all or none. Returns the report.

    On big merges the workbooks and the Word files are written in forked processes while this
    one writes the CSV and the report (``parallel`` forces either way). A leak in a panel copy
    raises :class:`VerificationError` and nothing is written.
    """
    report = result.report
    result.extra_columns  # noqa: B018 - computed once here, not again in each writer process
    if panel is not None:
        panel.result.extra_columns  # noqa: B018
    if parallel is None:
        parallel = len(result.entries) >= PARALLEL_FROM_ENTRIES and cpu_workers() > 1
    with ExitStack() as stack:
        out = stack.enter_context(AtomicOutputs(folder))
        jobs = [(out, OUTPUT_NAMES[0], write_xlsx, result),
                (out, OUTPUT_NAMES[1], write_docx, result)]
        if panel is not None:
            papers = stack.enter_context(AtomicOutputs(folder / PANEL_FOLDER))
            jobs += [(papers, PANEL_XLSX, write_xlsx, panel.result),
                     (papers, PANEL_DOCX, write_docx, panel.result)]
        paths = {name: where.path(name) for where, name, _, _ in jobs}
        writers = [Background(str(where.folder / name), writer, data, paths[name],
                              enabled=parallel) for where, name, writer, data in jobs]
        write_csv(result, out.path(OUTPUT_NAMES[2]))
        report_text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        out.path(OUTPUT_NAMES[3]).write_text(report_text, encoding="utf-8")
        for writer in writers:
            writer.join()
        if panel is not None:
            shown = f"{PANEL_FOLDER}/{PANEL_XLSX}", f"{PANEL_FOLDER}/{PANEL_DOCX}"
            verify_workbook(paths[PANEL_XLSX], panel.forbidden, panel.keep, shown[0])
            verify_word(paths[PANEL_DOCX], panel.forbidden, panel.keep, shown[1])
    # The CSV is the newest output, so a workbook the DHRO saves after the merge is newer
    # than it (``dhr drafts`` then merges again, carrying the DHRO's Key marks into the CSV).
    csv_path = folder / OUTPUT_NAMES[2]
    os.utime(csv_path, ns=(csv_path.stat().st_atime_ns,
                           max(csv_path.stat().st_mtime_ns,
                               *((folder / n).stat().st_mtime_ns for n in OUTPUT_NAMES))))
    return report


def _clear_panel(folder: Path) -> bool:
    """Remove earlier panel copies (they would not match this merge); whether there were any."""
    found = False
    for name in PANEL_NAMES:
        path = folder / PANEL_FOLDER / name
        found |= path.is_file()
        path.unlink(missing_ok=True)
    return found


def _prepare_panel(case: CaseConfig, restricted: Path) -> tuple[object | None, dict, str]:
    """The case's map and decisions for the panel copy, or (None, {}, the warning) when the
    map or a decisions file cannot be read."""
    from pipeline.anonymise import load_map
    from pipeline.anonymise.case import case_decisions, case_map

    if case.pseudonym_map is None:
        return None, {}, ""
    try:
        return (case_map(case, load_map(case.pseudonym_map)), case_decisions(case, restricted),
                "")
    except DhrError as exc:  # the restricted merge does not need the map: it goes ahead
        return None, {}, (f"{exc} No anonymised copy for panel papers was written; put it "
                          "right and merge again.")


def run_merge(case_dir: Path, out: Path | None = None, password: str | None = None,
              progress: Callable[[str], None] | None = None, analyzer=None) -> MergeSummary:
    """Merge a case's chronologies into ``OUT/restricted/``, carrying over the DHRO's Key
    marks and notes, with the anonymised panel copies in ``OUT/restricted/panel/`` when the
    case has a pseudonym map (``analyzer``: the detection to use; built once per process)."""
    case = load_case(case_dir)
    folder = default_out(case, out) / "restricted"
    previous = read_previous(folder / MERGED_XLSX, password)  # unreadable: stop before writing
    pmap, decisions, problem = _prepare_panel(case, folder)
    with paused_gc():
        result = merge_chronology(case, password, progress)
        carried, result.orphans = carry_notes(result.entries, previous)
    panel, review, stale = None, None, 0
    if pmap is not None:
        if analyzer is None:
            from pipeline.anonymise.detect import build_analyzer, model_name

            analyzer = build_analyzer(model_name())
        from pipeline.anonymise import case as case_anonymisation

        anonymisation = case_anonymisation.anonymise_case(
            [panel_source(result), *case_anonymisation.load_sources(
                folder, case_anonymisation.REPORT_SOURCES)], pmap, analyzer, decisions, folder)
        panel = make_panel_copy(result, anonymisation.plan, pmap.keep)
        with AtomicOutputs(folder) as outputs:  # decisions are wanted even if a leak is found
            review = anonymisation.write_review(outputs)
        stale = len(anonymisation.stale)
    try:
        with paused_gc():
            report = write_merge_outputs(result, folder, panel=panel)
    except VerificationError as exc:
        from pipeline.anonymise.verify import with_details

        _clear_panel(folder)  # an earlier copy may hold the same leak: none goes out
        raise with_details(exc, folder / PANEL_PROBLEMS, "panel copies") from None
    (folder / PANEL_PROBLEMS).unlink(missing_ok=True)
    if panel is not None:  # the chronology's texts, for the reports' anonymisation
        basis = case_anonymisation.panel_basis(folder, decisions)
        case_anonymisation.save_sources(folder, [
            replace(s, basis=basis) for s in anonymisation.kept(
                {case_anonymisation.PANEL_SOURCE})])
    note = ""
    if panel is None:
        note = ("No anonymised copy for panel papers: case.yaml names no pseudonym map "
                "(pseudonym_map)." if not problem else "")
        if _clear_panel(folder):
            note = (note or "No anonymised copy for panel papers.") + (
                " The earlier copies in panel/ were removed: they no longer match the merge.")
    written = tuple(folder / n for n in OUTPUT_NAMES)
    papers = tuple(folder / PANEL_FOLDER / n for n in PANEL_NAMES) if panel else ()
    return MergeSummary(folder, written + papers, report, carried, panel, papers, note,
                        (problem,) if problem else (), review, stale)


__all__ = ["MERGED_CSV", "MERGED_XLSX", "OUTPUT_NAMES", "PANEL_FOLDER", "PANEL_NAMES", "Entry",
           "MergeResult", "MergeSummary", "merge_chronology", "run_merge", "write_merge_outputs"]
