"""The six-monthly report to the Community Safety Partnership Executive (protocol §106).

Volume of work (reviews opened, in progress and published), timeliness against each of the
protocol's timescales (how many on time, how late the others and why, from the delay requests
of §63), learning (recommendations by Home Office category, and the themes recurring across
reviews), and the action plans (completed and overdue). The developmental tasks, finance and
risks the protocol also asks for are not in case.yaml: their headings are left for the DHR
sub-group to complete, visibly blank. OFFICIAL – SENSITIVE on every page; reviews are named by
case id only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.dates import long_date
from pipeline.ooxml.restricted_document import OFFICIAL_SENSITIVE
from pipeline.report import charts
from pipeline.report.cases import Period, Review
from pipeline.report.learning import NOT_CATEGORISED, Recommendation, Recurring, by_category
from pipeline.report.timeliness import Miss, RuleTimeliness
from pipeline.report.word import bullet, new_document, picture, table, to_complete
from pipeline.wording import counted

MARKING = OFFICIAL_SENSITIVE
TITLE = "Domestic Homicide Reviews: report to the Community Safety Partnership Executive"
STAGE_WORDS = {"notified": "Notified", "decided": "Decided to review", "trawl": "Trawl",
               "panel": "Panel meetings", "drafting": "Drafting",
               "with the Home Office": "With the Home Office", "approved": "Approved",
               "published": "Published", "removed": "Removed from the website"}


@dataclass(frozen=True)
class ReportFacts:
    """Everything the report says, worked out before it is written."""

    period: Period
    partnership: str
    reviews: tuple[Review, ...]  # every case given, in order
    rules: tuple[RuleTimeliness, ...]
    misses: tuple[Miss, ...]
    recommendations: tuple[Recommendation, ...]  # of the reviews covered
    recurring: tuple[Recurring, ...]
    actions: tuple  # pipeline.review.actions.Action, of every case given

    @property
    def covered(self) -> list[Review]:
        return [r for r in self.reviews if r.covered]


def _ids(case_ids: Sequence[str]) -> str:
    return ", ".join(case_ids)


def _day(day) -> str:
    return long_date(day) if day else ""


def write_csp_report(facts: ReportFacts) -> tuple:
    """The report as a python-docx ``Document`` and the charts in it."""
    period = facts.period
    document = new_document(f"{TITLE}, {period.words}", MARKING)
    document.add_heading(TITLE, level=0)
    document.add_paragraph(facts.partnership).runs[0].bold = True
    document.add_paragraph(period.words)
    covered = facts.covered
    document.add_paragraph(
        f"The DHR sub-group reports to the Executive every six months (protocol §106). This "
        f"report covers the {counted(len(covered), 'review')} opened, in progress or published "
        f"from {period.words}, and the action plans of all "
        f"{counted(len(facts.reviews), 'review')} on the partnership's books. Reviews are named "
        f"by case id only. The figures are those recorded for each review at the end of the "
        f"period.")
    drawn = []
    _volume(document, facts)
    drawn += _timeliness(document, facts)
    drawn += _learning(document, facts)
    drawn += _actions(document, facts)
    document.add_heading("5. Developmental tasks, finance and risks", level=1)
    to_complete(document, "Ongoing developmental tasks",
                "The sub-group's developmental work in the period and planned.")
    to_complete(document, "Finance", "Spending in the period and commitments made "
                "(independent chairs, authors, advocacy).")
    to_complete(document, "Risks to the Partnership", "Risks associated with DHR work and how "
                "they are managed.")
    document.add_paragraph(f"Made by dhr-pipeline from the case.yaml of "
                           f"{_ids([r.case_id for r in facts.reviews])}.").runs[0].italic = True
    return document, drawn


def _volume(document, facts: ReportFacts) -> None:
    period = facts.period
    document.add_heading("1. Volume of work", level=1)
    covered = facts.covered
    opened = [r for r in covered if r.opened_in_period]
    published = [r for r in covered if r.published_in_period]
    progress = [r for r in covered if r.in_progress]
    document.add_paragraph(
        f"{counted(len(opened), 'review')} opened in the period, "
        f"{counted(len(published), 'review')} published, and "
        f"{counted(len(progress), 'review')} in progress on {long_date(period.end)}.")
    if not covered:
        return
    rows = [(r.case_id, _day(r.opened) or "not recorded",
             STAGE_WORDS.get(r.stage, r.stage),
             "yes" if r.opened_in_period else "",
             _day(r.published) if r.published_in_period else "")
            for r in covered]
    table(document, ("Case", "Opened", f"Stage on {long_date(period.end)}",
                     "Opened in the period", "Published in the period"), rows,
          widths=(2.2, 3.4, 4.0, 2.6, 3.4))


def _timeliness(document, facts: ReportFacts) -> list:
    document.add_heading("2. Timeliness", level=1)
    if not facts.rules:
        document.add_paragraph("No timescale fell due, was met or was overdue in the period.")
        return []
    document.add_paragraph(
        "Each of the protocol's timescales, counting the deadlines that fell due or were met in "
        "the period and those still overdue at its end. Late and overdue deadlines are listed "
        "below with the reasons recorded in each review's delay requests (§63).")
    labels = [r.label for r in facts.rules]
    chart = charts.stacked_bars(
        "Deadlines by timescale", labels,
        [("on time", [r.counts["on time"] for r in facts.rules], charts.GOOD),
         ("late", [r.counts["late"] for r in facts.rules], charts.LATE),
         ("overdue at the end", [r.counts["overdue"] for r in facts.rules], charts.OVERDUE),
         ("not yet due", [r.counts["not yet due"] for r in facts.rules], charts.WAITING)],
        "deadlines")
    picture(document, chart)
    rows = [(r.label, r.counts["on time"], r.counts["late"], r.lateness(),
             r.counts["overdue"], r.counts["not yet due"]) for r in facts.rules]
    totals = ("Total", *(sum(r.counts[k] for r in facts.rules)
                         for k in ("on time", "late")), "",
              sum(r.counts["overdue"] for r in facts.rules),
              sum(r.counts["not yet due"] for r in facts.rules))
    table(document, ("Timescale", "On time", "Late", "How late", "Overdue at the end",
                     "Not yet due"), [*rows, totals], widths=(5.6, 1.6, 1.4, 3.4, 2.2, 1.8),
          numbers=(1, 2, 4, 5), total=True)
    if facts.misses:
        document.add_heading("Late and overdue", level=2)
        table(document, ("Case", "Timescale", "Due", "Met", "Days late", "Reason (§63)"),
              [(m.case_id, f"{m.rule} ({m.reference})", _day(m.due),
                _day(m.done) if m.done else "not yet", m.days_late,
                m.reason or "No delay request recorded") for m in facts.misses],
              widths=(1.4, 3.0, 2.6, 2.6, 1.6, 5.4), numbers=(4,))
    return [chart]


def _learning(document, facts: ReportFacts) -> list:
    document.add_heading("3. Learning and recommendations", level=1)
    items = facts.recommendations
    if not items:
        document.add_paragraph("The reviews covered have no recommendations recorded yet.")
        return []
    counts = by_category(items)
    reviews = len({r.case_id for r in items})
    document.add_paragraph(
        f"{counted(len(items), 'recommendation')} from {counted(reviews, 'review')}, by the "
        f"Home Office's categories of recommendation.")
    labels = list(counts)
    chart = charts.bars("Recommendations by Home Office category", labels,
                        [counts[c] for c in labels], "recommendations")
    picture(document, chart)
    rows = []
    for category in labels:
        cases = list(dict.fromkeys(r.case_id for r in items if r.category == category))
        rows.append((category, counts[category], _ids(cases)))
    table(document, ("Category", "Recommendations", "Reviews"),
          [*rows, ("Total", len(items), "")], widths=(5.8, 4.0, 6.8), numbers=(1,), total=True)
    if counts.get(NOT_CATEGORISED):
        document.add_paragraph(f"{counted(counts[NOT_CATEGORISED], 'recommendation')} "
                               "without a category: add category: in case.yaml.")
    document.add_heading("Recurring themes", level=2)
    if not facts.recurring:
        document.add_paragraph("No theme recurs across the reviews covered.")
    for item in facts.recurring:
        if item.kind == "category":
            bullet(document, f"{item.theme}: {counted(item.count, 'recommendation')} in "
                             f"{_ids(item.case_ids)}.")
        else:
            bullet(document, f"Recommended in {_ids(item.case_ids)}, in nearly the same words: "
                             f"“{item.theme}”")
    return [chart]


def _actions(document, facts: ReportFacts) -> list:
    period = facts.period
    document.add_heading("4. Action plans", level=1)
    actions = facts.actions
    document.add_paragraph(
        f"Every action of every review, from its recommendations and its agencies' IMRs, as it "
        f"stood on {long_date(period.end)}.")
    if not actions:
        document.add_paragraph("No actions are recorded.")
        return []
    cases = list(dict.fromkeys(a.case_id for a in actions))
    rows = []
    done, overdue, open_ = [], [], []
    for case_id in cases:
        mine = [a for a in actions if a.case_id == case_id]
        completed = [a for a in mine if a.status == "completed"]
        in_period = [a for a in completed if a.completed in period]
        after = [a for a in in_period if a.target_date and a.completed > a.target_date]
        late = [a for a in mine if a.status == "overdue"]
        rows.append((case_id, len(mine), len(in_period), len(after), len(late),
                     len(mine) - len(completed) - len(late)))
        done.append(len(completed))
        overdue.append(len(late))
        open_.append(len(mine) - len(completed) - len(late))
    total = ("Total", *(sum(row[i] for row in rows) for i in range(1, 6)))
    table(document, ("Case", "Actions", "Completed in the period", "Of which after the target "
                     "date", f"Overdue on {long_date(period.end)}", "Open, not yet due"),
          [*rows, total], widths=(1.8, 1.8, 3.0, 3.2, 3.2, 2.8), numbers=(1, 2, 3, 4, 5),
          total=True)
    chart = charts.stacked_bars(f"Actions by review on {long_date(period.end)}", cases,
                                [("completed", done, charts.GOOD),
                                 ("overdue", overdue, charts.OVERDUE),
                                 ("open", open_, charts.WAITING)], "actions")
    picture(document, chart)
    late = sorted((a for a in actions if a.status == "overdue"),
                  key=lambda a: (-a.days_overdue, a.case_id, a.source))
    if late:
        document.add_heading("Overdue actions", level=2)
        table(document, ("Case", "Action", "Lead agency", "Target date", "Days overdue"),
              [(a.case_id, a.source[0].upper() + a.source[1:], a.lead_agency,
                _day(a.target_date), a.days_overdue) for a in late],
              widths=(1.4, 5.6, 4.2, 3.0, 2.4), numbers=(4,))
    return [chart]
