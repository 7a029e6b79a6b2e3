"""The trawl: request packs out to every agency, and their returns tracked and checked.

``dhr trawl`` writes one pack per agency under ``OUT/trawl/<agency>/`` (covering letter, trace
return, chronology return, IMR template), each protected with the review password. ``dhr
returns`` tracks what has arrived against the due dates, checks each return, writes each
agency's feedback beside its pack and the case's tracker workbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import CaseConfig, load_case
from pipeline.errors import ConfigError
from pipeline.outputs import AtomicOutputs
from pipeline.trawl.documents import covering_letter, imr_template
from pipeline.trawl.protect import encrypt_to, review_password
from pipeline.trawl.requests import Request, check_sendable, requests, slug
from pipeline.trawl.return_forms import chronology_workbook, trace_workbook
from pipeline.trawl.tracker import AgencyReturns, ResponseTime, response_times, track
from pipeline.trawl.workbooks import feedback_workbook, response_workbook, tracker_workbook

PACK_FILES = (("covering_letter.docx", covering_letter), ("trace_return.xlsx", trace_workbook),
              ("chronology_return.xlsx", chronology_workbook),
              ("imr_template.docx", imr_template))
FEEDBACK_NAME = "feedback.xlsx"
TRACKER_NAME = "returns_tracker.xlsx"


def trawl_folder(case: CaseConfig, out: Path | None) -> Path:
    """``OUT/trawl`` (``OUT`` is ``--out``, else ``CASE_DIR/output``)."""
    return (Path(out) if out else case.root / "output") / "trawl"


def pack_folder(request: Request, folder: Path) -> Path:
    """Where one agency's pack (and later its feedback) lives."""
    return folder / slug(request.agency.name)


@dataclass(frozen=True)
class TrawlSummary:
    """What ``dhr trawl`` wrote."""

    folder: Path
    packs: dict[str, tuple[Path, ...]]  # agency -> its files
    requests: tuple[Request, ...]


def run_trawl(case_dir: Path, out: Path | None = None) -> TrawlSummary:
    """Write every agency's request pack, each file protected with the review password."""
    case = load_case(case_dir, require_returns=False)
    check_sendable(case)
    wanted = requests(case)
    password = review_password("protect the request packs")
    folder = trawl_folder(case, out)
    packs: dict[str, tuple[Path, ...]] = {}
    with AtomicOutputs(folder) as outputs:
        for request in wanted:
            name = slug(request.agency.name)
            written = []
            for suffix, make in PACK_FILES:
                relative = f"{name}/{name}_{suffix}"
                (folder / name).mkdir(parents=True, exist_ok=True)
                encrypt_to(make(request), outputs.path(relative), password)
                written.append(folder / relative)
            packs[request.agency.name] = tuple(written)
    return TrawlSummary(folder, packs, tuple(wanted))


@dataclass(frozen=True)
class ReturnsSummary:
    """What ``dhr returns`` found and wrote for one case."""

    case: CaseConfig
    tracker: list[AgencyReturns]
    workbook: Path
    feedback: dict[str, Path]  # agency -> its feedback file (only agencies with problems)


def run_returns(case_dirs: list[Path], out: Path | None = None, today: dt.date | None = None,
                summary: Path | None = None) -> tuple[list[ReturnsSummary], list[ResponseTime]]:
    """Track and check every case's returns; write feedback, trackers and (``summary``) the
    response times across the cases."""
    today = today or dt.date.today()
    if out is not None and len(case_dirs) > 1:
        raise ConfigError("--out names one output folder, but several cases were given; leave "
                          "it out (each case's tracker goes under its own output folder).")
    password = review_password("open the returns and protect the feedback")
    cases = [load_case(d, require_returns=False) for d in case_dirs]
    trackers = [track(case, password, today) for case in cases]
    times = response_times(trackers)
    results = []
    for case, tracker in zip(cases, trackers, strict=True):
        folder = trawl_folder(case, out)
        feedback: dict[str, Path] = {}
        with AtomicOutputs(folder) as outputs:
            outputs.path(TRACKER_NAME).write_bytes(
                tracker_workbook(case.case_id, tracker, response_times([tracker])))
            for agency in tracker:
                place = pack_folder(agency.request, folder)
                if agency.problems:
                    place.mkdir(parents=True, exist_ok=True)
                    relative = f"{place.name}/{FEEDBACK_NAME}"
                    encrypt_to(feedback_workbook(agency), outputs.path(relative), password)
                    feedback[agency.agency] = folder / relative
        for agency in tracker:
            if agency.agency not in feedback:  # stale feedback would send back fixed problems
                (pack_folder(agency.request, folder) / FEEDBACK_NAME).unlink(missing_ok=True)
        results.append(ReturnsSummary(case, tracker, folder / TRACKER_NAME, feedback))
    if summary is not None:
        with AtomicOutputs(summary.parent) as outputs:
            outputs.path(summary.name).write_bytes(
                response_workbook([c.case_id for c in cases], times))
    return results, times


__all__ = ["FEEDBACK_NAME", "PACK_FILES", "TRACKER_NAME", "ReturnsSummary", "TrawlSummary",
           "run_returns", "run_trawl"]
