"""The ``dhr`` command: a thin layer over the stages.

Each command parses its arguments, calls one library function and prints a short summary.
Errors a user can cause arrive as :class:`~pipeline.errors.DhrError` and are printed as one
plain sentence; anything else is reported without a traceback (which could quote personal data)
unless ``--debug`` is given.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.errors import DhrError

_DEBUG = False


class _Group(click.Group):
    """Turns every error into one line on stderr and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DhrError as exc:
            if _DEBUG:
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # the output was piped to a command that stopped reading
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("Stopped; no outputs were changed.", err=True)
            sys.exit(130)
        except Exception as exc:
            if _DEBUG:
                raise
            click.echo(f"Error: unexpected failure ({type(exc).__name__}); nothing was written. "
                       "Run again with --debug and report the details to the tool's maintainers.",
                       err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dhr")
@click.option("--debug", is_flag=True, help="Show tracebacks (may include document text).")
@click.option("-v", "--verbose", is_flag=True, help="Log progress details (never document text).")
def cli(debug: bool, verbose: bool) -> None:
    """dhr: turn the paperwork of a Domestic Homicide Review into publishable reports."""
    global _DEBUG
    _DEBUG = debug
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def _case_folders(paths: tuple[Path, ...]) -> list[Path]:
    """The case folders among ``paths``. Given several (a shell pattern such as samples/*),
    files and folders without a case.yaml are skipped with a note; one path is used as given,
    so a mistyped case is still an error."""
    if len(paths) < 2:
        return list(paths)
    kept = [p for p in paths if (p / "case.yaml").is_file()]
    for path in paths:
        if path not in kept:
            click.echo(f"Skipped {path}: not a case folder (no case.yaml).", err=True)
    return kept


def _password() -> str | None:
    from pipeline.ingest.files import PASSWORD_VARIABLE

    return os.environ.get(PASSWORD_VARIABLE) or None


@cli.command("merge-chronology")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output).")
def merge_chronology_command(case_dir: Path, out: Path | None) -> None:
    """Merge every agency's chronology into one dated chronology.

    Reads the agencies listed in CASE_DIR/case.yaml and writes merged_chronology.xlsx, .docx,
    .csv and merge_report.json under OUT/restricted/, keeping the Key marks and DHRO notes
    typed in the last merged_chronology.xlsx. With a pseudonym map in case.yaml it also
    writes an anonymised, verified copy for panel papers under OUT/restricted/panel/.
    Protected files are opened with the review password in the DHR_PASSWORD environment
    variable.

    Example: dhr merge-chronology samples/northbridge-01
    """
    from tqdm import tqdm

    from pipeline.chronology import run_merge
    from pipeline.config import load_case

    agencies = len(load_case(case_dir).agencies)
    with tqdm(total=agencies, desc="Reading agencies", unit="agency", file=sys.stderr,
              disable=not sys.stderr.isatty(), leave=False) as bar:
        summary = run_merge(case_dir, out, _password(), progress=lambda _name: bar.update())
    totals = summary.report["totals"]
    click.echo(f"Merged {totals['entries_in_output']} entries from {agencies} agencies "
               f"({totals['rows_flagged']} flagged, {totals['blank_rows_skipped']} blank rows "
               f"skipped).")
    for agency in summary.report["agencies"]:
        for skipped in agency["skipped"]:
            click.echo(f"Warning: {agency['file']}: {skipped} has no chronology header and was "
                       "not read; name its columns in case.yaml if it holds entries.", err=True)
    if summary.carried.describe():
        click.echo(summary.carried.describe())
    click.echo(f"Restricted outputs in {summary.folder}:")
    for path in summary.outputs:
        if path not in summary.panel_outputs:
            click.echo(f"  {path.name}")
    if summary.panel is not None:
        found = summary.panel.people_found
        click.echo("Anonymised for panel papers (still OFFICIAL – SENSITIVE, not for "
                   f"publication) in {summary.folder / 'panel'}, verified:")
        for path in summary.panel_outputs:
            click.echo(f"  {path.name}")
        if found:
            click.echo(f"  {found} {'person' if found == 1 else 'people'} the pseudonym map "
                       "does not name became Person 1, Person 2 … (each the same in every "
                       "document of the case); add them to the map with 'dhr names'.")
    _case_review(summary.review, summary.stale)
    if summary.panel_note:
        click.echo(summary.panel_note)
    for warning in summary.warnings:
        click.echo(f"Warning: {warning}", err=True)


@cli.command("trawl")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output); packs go in OUT/trawl/.")
def trawl_command(case_dir: Path, out: Path | None) -> None:
    """Write a request pack for every agency in case.yaml.

    Each pack (OUT/trawl/<agency>/) holds a covering letter, the trace return, the chronology
    return workbook and the IMR template, every file protected with the review password in
    DHR_PASSWORD. Dates come from case.yaml's trawl: section (returns due 14 days after the
    trawl unless it says otherwise).

    Example: dhr trawl samples/northbridge-01
    """
    from pipeline.dates import long_date
    from pipeline.trawl import run_trawl
    from pipeline.wording import counted

    summary = run_trawl(case_dir, out)
    first = summary.requests[0] if summary.requests else None
    click.echo(f"Request packs for {counted(len(summary.packs), 'agency', 'agencies')} in "
               f"{summary.folder}, each file "
               "protected with the review password.")
    if first is not None:
        click.echo(f"Sent {long_date(first.sent)}; trace returns due {long_date(first.trace_due)}"
                   f", chronologies {long_date(first.chronology_due)}, IMRs "
                   f"{long_date(first.imr_due)}.")
    for paths in summary.packs.values():
        click.echo(f"  {paths[0].parent.name}/ ({len(paths)} files)")


@cli.command("returns")
@click.argument("case_dirs", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder for a single case (default: CASE_DIR/output).")
@click.option("--today", "today", type=click.DateTime(["%Y-%m-%d"]),
              help="Count overdue days to this date (YYYY-MM-DD) instead of today.")
@click.option("--summary", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the agencies' response times across all the cases given.")
def returns_command(case_dirs: tuple[Path, ...], out: Path | None, today,
                    summary: Path | None) -> None:
    """Track and check the agencies' returns.

    For each agency: when the trace return, chronology and IMR were requested and are due,
    which have arrived, how many days overdue, and 'no trace' answers. Each return that has
    arrived is checked; the problems to send back are written, protected, to
    OUT/trawl/<agency>/feedback.xlsx, and the tracker to OUT/trawl/returns_tracker.xlsx.

    Example: dhr returns samples/northbridge-01 --today 2022-04-01
    """
    from pipeline.trawl import run_returns
    from pipeline.wording import counted

    results, times = run_returns(_case_folders(case_dirs), out,
                                 today.date() if today else None, summary)
    for result in results:
        click.echo(f"{result.case.case_id}: returns")
        header = ["Agency", "Trace return", "Chronology", "IMR", "Problems"]
        rows = [[a.agency, *(s.state for s in a.returns.values()),
                 f"{len(a.problems)}{' (no trace)' if a.no_trace else ''}"]
                for a in result.tracker]
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            click.echo("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True))
                       .rstrip())
        overdue = [a for a in result.tracker if a.days_overdue]
        click.echo(f"  {len(overdue)} of {counted(len(result.tracker), 'agency', 'agencies')} "
                   f"overdue; {counted(sum(len(a.problems) for a in result.tracker), 'problem')}"
                   " to send back.")
        click.echo(f"  Tracker: {result.workbook}")
        for path in result.feedback.values():
            click.echo(f"  Feedback: {path}")
    if len(results) > 1 or summary:
        click.echo("Response times across the cases (days from request to return):")
        for t in times:
            medians = ", ".join(f"{kind} {days:g}" for kind, days in t.median_days.items()
                                if days is not None) or "none received"
            click.echo(f"  {t.agency} ({counted(t.reviews, 'review')}): median {medians}; "
                       f"{t.late} late, {t.overdue} overdue")
    if summary:
        click.echo(f"Written to {summary}")


@cli.command("forms")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output); the forms go in OUT/restricted/.")
def forms_command(case_dir: Path, out: Path | None) -> None:
    """Write the notification form and the letter telling the Home Office of the decision.

    notification_form.docx follows the referral form of the protocol's Appendix A (the
    deceased, others at the address, the incident, the suspect/perpetrator, the relationship,
    the children, the criteria for a review); home_office_decision_letter.docx is the letter
    to the Home Office DHR enquiries inbox. Both come from case.yaml's subjects:, incident:,
    milestones: and chair: sections; a fact case.yaml does not give is shown as "Not recorded
    in case.yaml", never guessed.

    Example: dhr forms samples/northbridge-01
    """
    from pipeline.forms import run_forms
    from pipeline.forms.word import NOT_RECORDED

    summary = run_forms(case_dir, out)
    click.echo(f"Notification forms in {summary.folder} (OFFICIAL – SENSITIVE):")
    for path in summary.paths:
        click.echo(f"  {path.name}")
    click.echo(f"Facts case.yaml does not give are marked \"{NOT_RECORDED}\"; add them to "
               "case.yaml and run again, or complete them by hand.")


def _today(value) -> dt.date:
    """``--today`` as a date, else the real today (only the CLI reads the clock)."""
    return value.date() if value else dt.date.today()


@cli.command("status")
@click.argument("case_dirs", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--today", "today", type=click.DateTime(["%Y-%m-%d"]),
              help="Work out the status on this date (YYYY-MM-DD) instead of today.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="The workbook to write (default: status.xlsx in the current folder).")
def status_command(case_dirs: tuple[Path, ...], today, out: Path | None) -> None:
    """Where each review stands, its next statutory step, and what is overdue.

    One line per case (stage, next statutory step, its due date), then everything overdue or
    due within 14 days: the protocol's timescales (decision, Home Office, trawl returns, panel
    papers in working days, feedback on drafts, publication, 36 months on the website, due
    soon within 90 days), overdue actions and agencies' overdue returns. Writes a workbook with
    a Summary sheet and a sheet per case (named by case id). Exit status 1 when anything is
    overdue, so a scheduler can run it.

    Example: dhr status samples/* --today 2023-03-01
    """
    from pipeline.dates import long_date
    from pipeline.review.run import run_status
    from pipeline.wording import counted

    day = _today(today)
    statuses, workbook = run_status(_case_folders(case_dirs), day, out)
    click.echo(f"Status on {long_date(day)}:")
    header = ["Case", "Stage", "Next statutory step", "Due"]
    rows = []
    for status in statuses:
        step = status.next_step
        rows.append([status.case.case_id, status.stage,
                     f"{step.describe()} {step.deadline.reference}" if step else "none due",
                     long_date(step.deadline.due) if step and step.deadline.due else ""])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        click.echo("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True))
                   .rstrip())
    for status in statuses:
        if status.concerns:
            click.echo(f"{status.case.case_id}: {len(status.overdue)} overdue, "
                       f"{len(status.due_soon)} due soon")
            for concern in status.concerns:
                click.echo(f"  {concern.line()}")
    overdue = sum(len(s.overdue) for s in statuses)
    soon = sum(len(s.due_soon) for s in statuses)
    click.echo(f"{counted(len(statuses), 'case')}: {overdue} overdue, {soon} due soon. "
               f"Workbook (restricted): {workbook}")
    if overdue:
        sys.exit(1)


@cli.command("actions")
@click.argument("case_dirs", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--today", "today", type=click.DateTime(["%Y-%m-%d"]),
              help="Work out each action's status on this date (YYYY-MM-DD) instead of today.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="The tracker workbook to write (default: action_plans.xlsx in the current "
                   "folder).")
def actions_command(case_dirs: tuple[Path, ...], today, out: Path | None) -> None:
    """Track every action of every case in one workbook.

    The actions are each case's recommendations and every agency's IMR recommendations
    (agencies[].actions), with lead agency, target date, milestones and status: completed
    (completed: a date, with evidence:), overdue, due soon (within 14 days) or open. IMRs
    protected with the review password are read with DHR_PASSWORD.

    Example: dhr actions samples/* --out action_plans.xlsx
    """
    from pipeline.review.actions import STATUSES
    from pipeline.review.run import run_actions
    from pipeline.wording import counted

    actions, workbook = run_actions(_case_folders(case_dirs), _today(today), out)
    counts = ", ".join(f"{sum(a.status == s for a in actions)} {s}" for s in STATUSES)
    cases = len({a.case_id for a in actions})
    click.echo(f"{counted(len(actions), 'action')} across {counted(cases, 'case')}: {counts}.")
    for action in actions:
        if action.status == "overdue":
            click.echo(f"  OVERDUE  {action.case_id} {action.source}: "
                       f"{counted(action.days_overdue, 'day')}")
    click.echo(f"Tracker (restricted): {workbook}")


@cli.command("report")
@click.argument("case_dirs", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@click.option("--from", "start", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="The first day of the period (YYYY-MM-DD).")
@click.option("--to", "end", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="The last day of the period (YYYY-MM-DD).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (default: the current folder): the report goes in "
                   "OUT/restricted/, the headline data in OUT/publish/.")
@click.option("--threshold", type=click.IntRange(min=3), default=5, show_default=True,
              help="Counts below this are not published in the headline data.")
def report_command(case_dirs: tuple[Path, ...], start, end, out: Path | None,
                   threshold: int) -> None:
    """The partnership's reports across reviews for a period.

    OUT/restricted/csp_report_FROM_TO.docx is the six-monthly report to the Community Safety
    Partnership Executive (OFFICIAL – SENSITIVE): reviews opened, in progress and published;
    timeliness against each of the protocol's timescales, with the reasons for delays; the
    recommendations by Home Office category and the themes recurring across reviews; actions
    completed and overdue; with charts. OUT/publish/headline_data_FROM_TO.xlsx and .docx are
    the annual headline data for publication: victims by sex, age band, ethnic group and
    relationship, and recommendations by category, with small numbers suppressed. Reviews are
    named by case id only; every file is verified, like a publication, before any is written.

    Example: dhr report samples/* --from 2024-01-01 --to 2024-12-31
    """
    from pipeline.report import run_report

    summary = run_report(_case_folders(case_dirs), start.date(), end.date(), out, threshold)
    click.echo(f"Reviews, {summary.period.words}: {summary.opened} opened, {summary.published} "
               f"published, {summary.in_progress} in progress at the end "
               f"({', '.join(summary.covered) or 'none'}).")
    click.echo(f"Timeliness: {summary.late} deadlines met late, {summary.overdue_deadlines} "
               f"overdue at the end; actions overdue: {summary.overdue_actions}.")
    click.echo(f"Report to the CSP Executive (OFFICIAL – SENSITIVE): {summary.csp_report}")
    click.echo(f"Headline data for publication ({summary.suppressed}):")
    for path in summary.headline:
        click.echo(f"  {path}")


@cli.command("anonymise")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--map", "map_path", required=True, type=click.Path(path_type=Path),
              help="The pseudonym map (YAML).")
@click.option("--out", "output", required=True, type=click.Path(path_type=Path),
              help="The anonymised document to write (.docx, or .pdf for a verified PDF).")
@click.option("--decisions", type=click.Path(path_type=Path),
              help="A filled-in review workbook (or YAML) from an earlier run.")
def anonymise_command(source: Path, map_path: Path, output: Path,
                      decisions: Path | None) -> None:
    """Anonymise any Word document with a pseudonym map and name detection.

    Writes OUT, and beside it in restricted/ a review workbook (placeholders and shared names
    to check, with a Decision column) and an audit log of every replacement. The output is
    re-read and refused if any real name or identifier is left. A protected .docx is opened
    with DHR_PASSWORD.

    Example: dhr anonymise draft.docx --map pseudonym_maps/northbridge-01.yaml --out anon.docx
    """
    from pipeline.anonymise import anonymise_docx, load_map, read_decisions

    pmap = load_map(map_path)
    chosen = read_decisions(decisions) if decisions else None
    if output.suffix.lower() == ".pdf":
        from pipeline.publication import anonymise_to_pdf

        checks = anonymise_to_pdf(source, output, pmap, chosen, _password())
        click.echo(f"Anonymised {source.name} to a tagged PDF/A-{checks['pdfa_part']}: "
                   f"{sum(checks['replacements'].values())} replacements; "
                   f"{checks['review_items']} items to review; verified.")
        click.echo(f"Output: {output}")
        return
    report = anonymise_docx(source, output, pmap, decisions=chosen, password=_password())
    by = ", ".join(f"{k} {v}" for k, v in sorted(report.replacements.items())) or "none"
    click.echo(f"Anonymised {source.name}: {sum(report.replacements.values())} replacements "
               f"({by}); {report.review_items} items to review; verified "
               f"{report.verification['parts_checked']} parts.")
    removed = report.clean
    click.echo(f"Removed: {removed.comments} comments, {removed.tracked_changes} tracked changes, "
               f"{removed.hidden_runs} hidden text runs, {removed.embedded_objects} embedded "
               f"objects, {len(removed.parts_removed)} parts, {removed.properties_cleared} "
               "author properties.")
    click.echo(f"Output: {report.output}")
    click.echo(f"Restricted (never publish): {report.review}, {report.audit}")


@cli.command("names")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output).")
@click.option("--apply", "workbook", type=click.Path(dir_okay=False, path_type=Path),
              help="Add the decisions of a filled-in name_candidates.xlsx to the case's "
                   "pseudonym map.")
def names_command(case_dir: Path, out: Path | None, workbook: Path | None) -> None:
    """List every person-like name in the case, to build the pseudonym map from.

    Reads every chronology, IMR and narrative file of the case with the anonymiser's own
    detection and writes OUT/restricted/name_candidates.xlsx: each name, where it stands,
    its probable variants and the map entry it probably belongs to, with a Decision column.
    With --apply, adds the decided rows to the map named in case.yaml, keeping its comments
    and order. Protected files are opened with DHR_PASSWORD.

    Example: dhr names samples/northbridge-01
    """
    if workbook is not None:
        from pipeline.anonymise.map_edit import apply_decisions

        for line in apply_decisions(case_dir, workbook, out).lines():
            click.echo(line)
        return
    from pipeline.anonymise.candidates import run_names

    summary = run_names(case_dir, out, _password())
    for warning in summary.warnings:
        click.echo(f"Warning: {warning}", err=True)
    click.echo(summary.sentence())
    click.echo(f"Decide each in {summary.workbook} (restricted), then run:")
    click.echo(f"  dhr names {case_dir} --apply {summary.workbook}")


@cli.command("drafts")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output).")
def drafts_command(case_dir: Path, out: Path | None) -> None:
    """Draft the Overview Report and Executive Summary from the case.

    Fills the templates from case.yaml, the merged chronology (merged again first when an
    input changed), the IMRs and the author's prose in CASE_DIR/narrative/<section>.docx.
    Writes overview_report_draft.docx, executive_summary_draft.docx and the timeline picture
    under OUT/restricted/.

    Example: dhr drafts samples/northbridge-01
    """
    from pipeline.drafts import run_drafts

    summary = run_drafts(case_dir, out, _password())
    if summary.merged:
        click.echo("Merged the chronology first (an input had changed).")
    click.echo(f"Drafts in {summary.folder} (restricted):")
    for path in summary.outputs:
        click.echo(f"  {path.name}")
    if summary.placeholders:
        click.echo("Sections still to write (narrative/<section>.docx): "
                   + ", ".join(summary.placeholders))


@cli.command("qa")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output).")
def qa_command(case_dir: Path, out: Path | None) -> None:
    """Check the case and its drafts against what the Home Office QA Panel looks for.

    Prints one line per gap (the same as restricted/qa_checklist.xlsx) and exits 1 while gaps
    remain, 0 when the review is ready.

    Example: dhr qa samples/northbridge-01
    """
    from pipeline.drafts.qa import run_qa

    checks, checklist = run_qa(case_dir, out)
    gaps = [gap for check in checks for gap in check.gaps]
    for gap in gaps:
        click.echo(f"Gap: {gap}")
    ready = sum(check.ready for check in checks)
    click.echo(f"{ready} of {len(checks)} criteria met; checklist: {checklist}")
    if gaps:
        sys.exit(1)


@cli.command("publish")
@click.argument("case_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path),
              help="Output folder (default: CASE_DIR/output).")
@click.option("--preview", is_flag=True,
              help="Write watermarked 'DRAFT – NOT FOR PUBLICATION' PDFs into restricted/, "
                   "whatever the publication gate says.")
def publish_command(case_dir: Path, out: Path | None, preview: bool) -> None:
    """Publish the anonymised Overview Report and Executive Summary as accessible PDFs.

    Refuses, one line per reason, until the review is ready: QA passes with no placeholder
    or "to be confirmed" left, case.yaml records the Home Office QA Panel's letter, the date
    the family was told and the publication date (publication:), and every item the reports
    hold in restricted/anonymisation_review.xlsx (one review for every document of the case)
    has a decision. Then anonymises both drafts with the case's one set of rules (the chair,
    author and panel named), draws the timeline again from anonymised labels, fills in the
    contents page, converts to tagged PDF/A-2, re-reads every file (pictures by OCR) for any
    real name or identifier, and only then writes OUT/publish/.

    Example: dhr publish samples/northbridge-01
    """
    from pipeline.publication import run_publish

    summary = run_publish(case_dir, out, _password(), preview=preview)
    if preview:
        click.echo(f"Preview (restricted, watermarked, not for publication) in "
                   f"{summary.folder}:")
        for path in summary.files:
            click.echo(f"  {path.name}")
        for warning in summary.warnings:
            click.echo(f"Not yet publishable: {warning}")
    else:
        click.echo(f"Published {len(summary.files)} files to {summary.folder}:")
        for path in summary.files:
            click.echo(f"  {path.name}")
    if summary.new_placeholders:
        click.echo(f"New in this run: {', '.join(summary.new_placeholders)} (people no earlier "
                   "run had given a placeholder).")
    if not summary.panel_in_step:
        click.echo("The panel's anonymised chronology (restricted/panel/) was made before the "
                   "reports' latest names or decisions; run 'dhr merge-chronology "
                   f"{case_dir}' so it has the same placeholders.")
    _case_review(summary.review, summary.stale)


def _case_review(review: Path | None, stale: int) -> None:
    """Where the case's one anonymisation review is, and what no longer applies in it."""
    if review is None:
        return
    click.echo(f"Anonymisation review for the whole case (restricted): {review}")
    if stale:
        decisions = "decision is" if stale == 1 else "decisions are"
        click.echo(f"  {stale} {decisions} for text no document of the case holds any more; "
                   "kept on its 'No longer found' sheet, in case the text comes back.")


@cli.command("reprocess")
@click.argument("case_dirs", nargs=-1, required=True,
                type=click.Path(file_okay=False, path_type=Path))
@click.option("--workers", type=click.IntRange(min=1),
              help="Cases processed at once (default: one per core).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on a Dask cluster, e.g. tcp://10.0.0.5:8786 (optional extra).")
@click.option("--force", is_flag=True, help="Redo every stage, whatever has changed.")
def reprocess_command(case_dirs: tuple[Path, ...], workers: int | None,
                      scheduler: str | None, force: bool) -> None:
    """Bring many cases up to date: merge, drafts and publish, only what changed.

    Each stage of each case runs only when one of its inputs changed since the last run
    (the case's files, case.yaml, the map, review decisions, templates, the author's prose,
    the tool itself), as recorded in CASE_DIR/output/manifest.json. Cases run in parallel;
    one failing case does not stop the others, and the exit status is 1 if any failed. When
    a case's published text changes, restricted/changes_since_last_publication.docx lists
    what changed.

    Example: dhr reprocess samples/* --workers 2
    """
    from tqdm import tqdm

    from pipeline.reprocess import distinct, reprocess

    finished: dict[int, object] = {}

    def done(index: int, result) -> None:
        finished[index] = result
        bar.update()

    with tqdm(total=len(distinct(case_dirs)), desc="Cases", unit="case", file=sys.stderr,
              disable=not sys.stderr.isatty()) as bar:
        try:
            results = reprocess(case_dirs, workers, scheduler, force, on_result=done)
        except KeyboardInterrupt:
            bar.close()
            _print_summary([finished[i] for i in sorted(finished)])
            click.echo("Stopped. The cases above are finished; any case that was running will "
                       "redo its unfinished stage next time.", err=True)
            sys.exit(130)
    failures = _print_summary(results)
    if failures:
        sys.exit(1)


def _print_summary(results: list) -> list:
    """The summary table, why each stage ran, change reports; returns the failed cases."""
    from pipeline.reprocess import failure_details, reasons, summary_rows

    rows = summary_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                       strict=False))
                   + "  " + row[-1])
    for line in reasons(results):
        click.echo(line)
    for line in failure_details(results):
        click.echo(line)
    for result in results:
        if result.change_report is not None:
            click.echo(f"Change report (restricted): {result.change_report}")
    failures = [r for r in results if not r.ok]
    click.echo(f"{len(results) - len(failures)} of {len(results)} cases up to date"
               + (f"; failed: {', '.join(str(r.case_dir) for r in failures)}." if failures
                  else "."))
    return failures


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="dhr")
