"""``dhr report``: the partnership's reports across reviews (protocol §106–§110).

Two outputs for a period:

* ``OUT/restricted/csp_report_<from>_<to>.docx``, the six-monthly report to the Community
  Safety Partnership Executive (:mod:`.csp_report`), OFFICIAL – SENSITIVE;
* ``OUT/publish/headline_data_<from>_<to>.xlsx`` and ``.docx``, the headline data for
  publication (:mod:`.headline`), with small-number suppression (:mod:`.suppression`).

Every file is read back and verified before any is written (:mod:`.names`); a leak refuses the
whole run, with the details in ``OUT/restricted/report_verification_problems.csv``. The files
are written together or not at all (:class:`pipeline.outputs.AtomicOutputs`), and the same cases
and period give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import VerificationError
from pipeline.outputs import AtomicOutputs
from pipeline.report.cases import Period, load_cases, review
from pipeline.report.suppression import DEFAULT_THRESHOLD

PROBLEMS = "report_verification_problems.csv"


@dataclass(frozen=True)
class ReportSummary:
    """What ``dhr report`` wrote and found."""

    period: Period
    csp_report: Path
    headline: tuple[Path, Path]
    covered: tuple[str, ...]  # case ids of the reviews the report is about
    opened: int
    published: int
    in_progress: int
    late: int  # deadlines met late in the period
    overdue_deadlines: int
    overdue_actions: int
    suppressed: str  # the headline data's summary line


def _partnership(cases) -> str:
    names = list(dict.fromkeys(c.csp for c in cases if c.csp))
    return names[0] if len(names) == 1 else "The Community Safety Partnership"


@dataclass(frozen=True)
class Gathered:
    """Everything both reports say, and what they are checked against."""

    facts: object  # pipeline.report.csp_report.ReportFacts
    headline: object  # pipeline.report.headline.Headline
    guard: object  # pipeline.report.names.Protection


def gather(case_dirs: Sequence[Path], period: Period,
           threshold: int = DEFAULT_THRESHOLD) -> Gathered:
    """Read the cases and work out both reports' figures (nothing is written)."""
    from pipeline.report import headline as public
    from pipeline.report.csp_report import ReportFacts
    from pipeline.report.learning import categories, read_recommendations, recurring
    from pipeline.report.names import protection
    from pipeline.report.timeliness import case_deadlines, timeliness
    from pipeline.review.actions import case_actions
    from pipeline.review.timescales import RULES

    cases = load_cases(case_dirs)
    reviews = [review(case, period) for case in cases]
    covered = [r for r in reviews if r.covered]
    partnership = _partnership(cases)
    keep = [partnership, *(c.csp for c in cases if c.csp),
            *(a.name for c in cases for a in c.agencies), *categories(), *RULES.values()]
    guard = protection(cases, keep)
    rules, misses = timeliness(case_deadlines(cases, period), period, guard.rewrite)
    recommendations = [item for r in covered
                       for item in read_recommendations(r.case, guard.rewrite)]
    actions = [a for case in cases for a in case_actions(case, period.end)]
    facts = ReportFacts(period, partnership, tuple(reviews), tuple(rules), tuple(misses),
                        tuple(recommendations), tuple(recurring(recommendations)),
                        tuple(actions))
    data = public.headline(period, partnership, reviews, recommendations, threshold)
    return Gathered(facts, data, guard)


def run_report(case_dirs: Sequence[Path], start: dt.date, end: dt.date, out: Path | None = None,
               threshold: int = DEFAULT_THRESHOLD) -> ReportSummary:
    """Both reports for the cases in ``case_dirs`` over ``start``–``end`` (both included)."""
    from pipeline.anonymise.verify import with_details
    from pipeline.ooxml.package import package_bytes
    from pipeline.report import headline as public
    from pipeline.report.csp_report import write_csp_report

    period = Period(start, end)
    out = Path(out) if out else Path.cwd()
    gathered = gather(case_dirs, period, threshold)
    facts, data, guard = gathered.facts, gathered.headline, gathered.guard
    names = {"report": f"csp_report_{period.slug}.docx",
             "xlsx": f"headline_data_{period.slug}.xlsx",
             "docx": f"headline_data_{period.slug}.docx"}
    restricted, publish = out / "restricted", out / "publish"
    with tempfile.TemporaryDirectory(prefix="dhr-report-") as scratch:
        staged = {
            "report": package_bytes(write_csp_report(facts)[0]),
            "docx": package_bytes(public.headline_document(data)),
            "xlsx": public.headline_workbook(data),
        }
        shown = {"report": f"restricted/{names['report']}", "xlsx": f"publish/{names['xlsx']}",
                 "docx": f"publish/{names['docx']}"}
        try:
            for key, content in staged.items():
                path = Path(scratch) / names[key]
                path.write_bytes(content)
                check = guard.verify_xlsx if key == "xlsx" else guard.verify_docx
                check(path, shown[key])
        except VerificationError as exc:
            raise with_details(exc, restricted / PROBLEMS, "report") from None
    with AtomicOutputs(restricted) as private:
        private.path(names["report"]).write_bytes(staged["report"])
        with AtomicOutputs(publish) as public_out:
            for key in ("xlsx", "docx"):
                public_out.path(names[key]).write_bytes(staged[key])
    (restricted / PROBLEMS).unlink(missing_ok=True)
    return ReportSummary(
        period=period,
        csp_report=restricted / names["report"],
        headline=(publish / names["xlsx"], publish / names["docx"]),
        covered=tuple(r.case_id for r in facts.covered),
        opened=sum(r.opened_in_period for r in facts.covered),
        published=sum(r.published_in_period for r in facts.covered),
        in_progress=sum(r.in_progress for r in facts.covered),
        late=sum(r.counts["late"] for r in facts.rules),
        overdue_deadlines=sum(r.counts["overdue"] for r in facts.rules),
        overdue_actions=sum(a.status == "overdue" for a in facts.actions),
        suppressed=public.summary(data),
    )


__all__ = ["Gathered", "ReportSummary", "gather", "run_report"]
