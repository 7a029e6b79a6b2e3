"""The publish stage: the two reports, anonymised, finished and verified, into ``publish/``.

Each draft gets the marking, notice and status of a published report (:mod:`.marking`) and
its pictures read by OCR (:mod:`.ocr`). Both are then anonymised with the case's one plan
(:mod:`pipeline.anonymise.case`), made from all their text, the timeline's labels, the OCR text
and the panel chronology's text: the map (the chair, author and panel kept as named,
:mod:`pipeline.anonymise.named`), detection, the placeholders given before and the case
review's decisions, so a person has one placeholder in every document of the case and one
decision covers them all. The timeline is drawn again from
anonymised labels, other pictures are kept or taken out as the review decided
(:mod:`.pictures`). Then the gate (:mod:`.gate`): QA, placeholders, the protocol's approval
facts and an undecided review item each stop publication. Then British English and the
anonymised title, the real contents page (:mod:`.contents`), tagged PDF/A-2 in one LibreOffice
run, and every published file read back (text, metadata, and alt text, where the drawn
picture's words are) and searched for every real name, form, place and detected original. Only
when all of that passes are the files moved into ``publish/``; a failed check removes what
was there. ``preview`` writes watermarked PDFs into ``restricted/`` whatever the gate says.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.anonymise import load_map, read_docx
from pipeline.anonymise.case import (
    CASE_REVIEW,
    PANEL_SOURCE,
    CaseAnonymisation,
    Source,
    anonymise_case,
    case_decisions,
    case_map,
    load_sources,
    panel_in_step,
    save_sources,
)
from pipeline.anonymise.named import named_people, unnamed_without_pseudonym
from pipeline.anonymise.pseudonyms import PseudonymMap, fold
from pipeline.anonymise.review import Decision, write_audit
from pipeline.anonymise.rewrite import (
    Prepared,
    RewriteResult,
    apply_plan,
    prepare_package,
    pseudonymise_text,
)
from pipeline.anonymise.verify import (
    PROBLEMS,
    Leak,
    find_leaks,
    refuse,
    verify_docx,
    with_details,
)
from pipeline.config import CaseConfig, load_case
from pipeline.drafts import OVERVIEW, SUMMARY, TIMELINE_DATA, TIMELINE_PICTURE
from pipeline.drafts.timeline import TimelineData
from pipeline.errors import ConfigError, PublicationRefused, PublishError, VerificationError
from pipeline.ooxml.docx_package import DocxPackage, PackageError
from pipeline.ooxml.package import save_package
from pipeline.ooxml.pictures import (
    Picture,
    drop_unused_images,
    image_parts,
    list_pictures,
    remove_picture,
    replace_picture,
    unreadable_parts,
)
from pipeline.outputs import AtomicOutputs
from pipeline.publication.contents import fill_contents
from pipeline.publication.gate import marking_left, readiness, undecided, unreadable
from pipeline.publication.marking import leftover_marking, make_published
from pipeline.publication.ocr import read_picture
from pipeline.publication.pdf import convert_to_pdf, read_pdf
from pipeline.publication.pictures import (
    REMOVED,
    PictureCheck,
    picture_decision,
    picture_key,
    without_metadata,
)
from pipeline.publication.stable import stabilise_pdf

REPORTS = (("overview_report", OVERVIEW), ("executive_summary", SUMMARY))
LABELS = {"overview_report": "Overview Report", "executive_summary": "Executive Summary"}
VERIFICATION, MANIFEST = "verification.json", "SHA256SUMS"
PUBLISHED = frozenset({f"{n}.{e}" for n, _ in REPORTS for e in ("docx", "pdf")}
                      | {VERIFICATION, MANIFEST})
REVIEW = CASE_REVIEW  # restricted: one review for every document of the case
PICTURES = "publication_pictures"  # restricted: each picture to review, by its hash
WATERMARK = "DRAFT – NOT FOR PUBLICATION"


@dataclass(frozen=True)
class PublishSummary:
    """What was published (or previewed), and what stands in the way of publishing."""

    folder: Path
    files: tuple[Path, ...]
    verification: dict
    warnings: tuple[str, ...] = ()
    review: Path | None = None
    new_placeholders: tuple[str, ...] = ()  # people no earlier run had given a placeholder
    stale: int = 0  # decisions whose text no document of the case holds any more
    panel_in_step: bool = True  # the panel copy has the reports' placeholders


@dataclass
class _Report:
    """One report on its way to publication."""

    name: str
    path: Path  # the staged .docx
    result: RewriteResult
    checks: list[PictureCheck] = field(default_factory=list)
    drawn: list[tuple[str, bytes]] = field(default_factory=list)  # (where, PNG) of redrawn
    kept: list[Picture] = field(default_factory=list)  # pictures the review approved

    @property
    def label(self) -> str:
        return LABELS.get(self.name, self.name)


def prepare_for_pdf(path: Path, title: str, language: str = "en-GB") -> None:
    """British English as the document's language and the anonymised review title as its
    title: both are read by screen readers and carried into the PDF."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document(str(path))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        holder = OxmlElement("w:rPrDefault")
        rpr = OxmlElement("w:rPr")
        holder.append(rpr)
        defaults.insert(0, holder)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    document.core_properties.language = language
    document.core_properties.title = title
    save_package(document, path)


def verify_pdf(path: Path, forbidden: list, keep: list[str], name: str | None = None) -> dict:
    """Search everything readable in the PDF (page by page); raise on any hit, naming the
    place and kind, and on a PDF that is not tagged PDF/A-2."""
    content = read_pdf(path)
    shown = name or path.name
    pieces = [("page text", f"page {n}", text) for n, text in enumerate(content.pages, 1)]
    pieces += [(where, "", text) for where, text in content.texts.items() if where != "page text"]
    if leaks := find_leaks(pieces, forbidden, keep):
        raise refuse(shown, leaks)
    if not content.tagged:
        raise VerificationError(f"{shown}: the PDF is not tagged, so it is not accessible; "
                                "nothing was published.")
    if content.pdfa != "2":
        raise VerificationError(f"{shown}: the PDF is not PDF/A-2; nothing was published.")
    return {"places_checked": sorted(content.texts), "tagged": content.tagged,
            "pdfa_part": content.pdfa, "language": content.language, "title": content.title}


def _clear(folder: Path) -> None:
    for name in PUBLISHED:
        (folder / name).unlink(missing_ok=True)


def run_publish(case_dir: Path, out: Path | None = None, password: str | None = None,
                analyzer=None, preview: bool = False) -> PublishSummary:
    """Publish the case's two reports to ``OUT/publish/``, or (``preview``) watermarked PDFs
    to ``OUT/restricted/`` whatever the gate says. Raises :class:`PublicationRefused` with
    every reason when the review is not ready."""
    case = load_case(case_dir)
    out = Path(out) if out else case.root / "output"
    restricted, publish = out / "restricted", out / "publish"
    if not all((restricted / draft).is_file() for _, draft in REPORTS):
        raise PublishError(f"{restricted}: there are no drafts to publish yet; run "
                           f"'dhr drafts {case_dir}' first.")
    if case.pseudonym_map is None:
        raise ConfigError("case.yaml: pseudonym_map is missing; publication needs the "
                          "family-agreed pseudonyms.")
    reasons = readiness(case, restricted)
    named = named_people(case)
    full_map = load_map(case.pseudonym_map)
    reasons += unnamed_without_pseudonym(case, full_map)
    pmap = case_map(case, full_map)
    decisions = case_decisions(case, restricted)
    if analyzer is None:
        from pipeline.anonymise.detect import build_analyzer, model_name

        analyzer = build_analyzer(model_name())
    try:
        with tempfile.TemporaryDirectory(prefix="dhr-publish-") as scratch:
            staging = Path(scratch)
            drafts = [_read_draft(name, restricted / draft, case, password, restricted,
                                  preview) for name, draft in REPORTS]
            anonymisation, reports = _stage_all(drafts, pmap, decisions, analyzer, staging,
                                                restricted)
            review = _write_review(reports, anonymisation, restricted)
            for draft in drafts:
                reasons += unreadable(draft.name, draft.unreadable)
            for report in reports if not preview else ():
                reasons += marking_left(report.name, leftover_marking(report.result.package))
            reasons += undecided(anonymisation.undecided({r.label for r in reports}), review,
                                 anonymisation.new_placeholders)
            if reasons and not preview:
                raise PublicationRefused(reasons)
            if not preview:
                _account_for_pictures(reports)
            for report in reports:  # British English and the anonymised title
                prepare_for_pdf(report.path, report.result.apply(case.title))
            if preview:
                summary = _preview(reports, pmap, restricted, staging, reasons, review)
            else:
                summary = _release(reports, case, pmap, named, restricted, publish, staging,
                                   review)
            return replace(summary, new_placeholders=tuple(anonymisation.new_placeholders),
                           stale=len(anonymisation.stale),
                           panel_in_step=panel_in_step(restricted, decisions))
    except VerificationError as exc:
        if not preview:
            _clear(publish)  # a refused publication leaves nothing from earlier runs either
        raise with_details(exc, restricted / PROBLEMS, "published files") from None


@dataclass
class _Draft:
    """A draft read, given its published state and its pictures read, before anonymising."""

    name: str
    prepared: Prepared
    checks: list[PictureCheck]
    timeline: TimelineData | None
    unreadable: list[str] = field(default_factory=list)  # parts whose text cannot be rewritten

    @property
    def also(self) -> list[str]:
        """Texts of the report outside its XML: every word the timeline shows, what OCR read."""
        drawn = []
        if self.timeline is not None:
            drawn = [self.timeline.title, *self.timeline.lanes,
                     *dict.fromkeys(c.lane for c in self.timeline.contacts),
                     *(e.label for e in self.timeline.events)]
        return [t for t in drawn if t] + [c.text for c in self.checks if c.text]


def _read_draft(name: str, draft: Path, case: CaseConfig, password: str | None,
                restricted: Path, preview: bool) -> _Draft:
    try:
        package = DocxPackage(read_docx(draft, password))
    except PackageError as exc:
        raise PublishError(f"{draft}: could not be read as a Word document ({exc}); run 'dhr "
                           "drafts' again.") from exc
    if not preview:
        make_published(package, case.publication)
    pictures = list_pictures(package)
    checks = _read_pictures(name, [p for p in pictures if p.name != TIMELINE_PICTURE],
                            restricted)
    timeline = _timeline(restricted) if any(p.name == TIMELINE_PICTURE for p in pictures) \
        else None
    return _Draft(name, prepare_package(package.to_bytes()), checks, timeline,
                  unreadable_parts(package))


def _stage_all(drafts: list[_Draft], pmap: PseudonymMap, decisions: dict[str, Decision],
               analyzer, staging: Path, restricted: Path
               ) -> tuple[CaseAnonymisation, list[_Report]]:
    """Anonymise the reports with the case's one plan, made from all their texts, the panel
    chronology's (as the last merge kept them) and the placeholders given before: a person
    found in either report, a label, a picture or the chronology has one placeholder in
    every document, and one decision applies to all of them."""
    sources = [Source(d.name, LABELS.get(d.name, d.name), (*d.prepared.texts, *d.also))
               for d in drafts]
    sources += load_sources(restricted, [PANEL_SOURCE])
    anonymisation = anonymise_case(sources, pmap, analyzer, decisions, restricted)
    reports = [_stage(draft, apply_plan(draft.prepared, anonymisation.plan), decisions,
                      staging) for draft in drafts]
    for report in reports:
        anonymisation.with_items(report.name, [c.item(_leaks(c, report), None)
                                               for c in report.checks])
    return anonymisation, reports


def _stage(draft: _Draft, result: RewriteResult, decisions: dict[str, Decision],
           staging: Path) -> _Report:
    """The anonymised report with its pictures settled: the timeline drawn again from
    anonymised labels, other pictures kept or taken out as the review decided."""
    report = _Report(draft.name, staging / f"{draft.name}.docx", result, draft.checks)
    by_hash = {c.picture.sha256: c for c in draft.checks}
    for picture in list_pictures(result.package):
        if picture.name == TIMELINE_PICTURE and draft.timeline is not None:
            drawn = draft.timeline.mapped(result.apply)
            png = staging / f"{draft.name}_timeline.png"
            info = drawn.draw(png)
            replace_picture(result.package, picture, png.read_bytes(), info.alt_text)
            report.drawn.append((picture.where, png.read_bytes()))
            continue
        check = by_hash[picture.sha256]
        choice = picture_decision(decisions.get(fold(picture_key(picture))), check)
        if choice == "redact" and not remove_picture(result.package, picture, REMOVED):
            raise PublishError(f"{check.report}: the picture at {picture.where} cannot be "
                               "taken out (it is part of a chart or diagram); remove it from "
                               "the author's file, or keep it, and run again.")
        if choice == "keep":
            report.kept.append(picture)
            replace_picture(result.package, picture, without_metadata(picture.data))
    drop_unused_images(result.package)
    report.path.write_bytes(result.package.to_bytes())
    return report


def _account_for_pictures(reports: list[_Report]) -> None:
    """Fail closed: every image left in a report is the redrawn timeline or one the review
    kept by its hash."""
    for report in reports:
        package = report.result.package
        shown = {p.media: p for p in list_pictures(package)}
        allowed = {p.media for p in report.kept} | {
            m for m, p in shown.items() if p.name == TIMELINE_PICTURE}
        if stray := sorted(image_parts(package) - allowed):
            raise PublishError(f"{report.name}: {stray[0]} is a picture nobody approved; "
                               "nothing was published. Report this to the tool's maintainers.")


def _read_pictures(name: str, pictures: list[Picture], restricted: Path) -> list[PictureCheck]:
    """OCR each distinct picture once, and save it where the reviewer can open it."""
    checks, read = [], {}
    folder = restricted / PICTURES
    for picture in pictures:
        saved = folder / f"{picture.sha256[:16]}{Path(picture.media).suffix}"
        if picture.sha256 not in read:
            read[picture.sha256] = read_picture(picture.data)
            folder.mkdir(parents=True, exist_ok=True)
            saved.write_bytes(picture.data)
        checks.append(PictureCheck(LABELS.get(name, name), picture, read[picture.sha256], saved))
    return checks


def _timeline(restricted: Path) -> TimelineData:
    path = restricted / TIMELINE_DATA
    try:
        return TimelineData.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PublishError(f"{path}: missing or damaged (the drafts may come from an earlier "
                           "version of the tool); run 'dhr drafts' again, then publish."
                           ) from exc


def _write_review(reports: list[_Report], anonymisation: CaseAnonymisation,
                  restricted: Path) -> Path:
    """The case review (each item of every document once, with the decisions so far), each
    report's audit, and the reports' texts kept for the merge's panel copy."""
    with AtomicOutputs(restricted) as outputs:
        anonymisation.write_review(outputs)
        for report in reports:
            write_audit(report.result.audit, outputs.path(f"{report.name}_audit.csv"))
    save_sources(restricted, anonymisation.kept({r.name for r in reports}))
    return restricted / REVIEW


def _leaks(check: PictureCheck, report: _Report) -> list[Leak]:
    """Known names and identifiers OCR read in a picture."""
    if not check.text:
        return []
    return find_leaks([("picture", check.picture.where, check.text)], report.result.forbidden,
                      [])


def _verify(reports: list[_Report], pmap: PseudonymMap, staging: Path, folder: str,
            watermark: str | None = None) -> tuple[dict, list[Path]]:
    """The real contents page, the PDFs, and every file searched; the checks made."""
    forbidden, keep = reports[0].result.forbidden, list(pmap.keep)  # one plan for all
    pdfs = fill_contents([r.path for r in reports],
                         lambda docs: convert_to_pdf(docs, staging / "pdf", watermark=watermark))
    checks: dict[str, dict] = {}
    for report, pdf in zip(reports, pdfs, strict=True):
        shown = f"{folder}/{report.name}"
        checks[f"{report.name}.docx"] = verify_docx(report.path, forbidden, keep,
                                                    f"{shown}.docx")
        stabilise_pdf(pdf)  # before the checks: what is verified is what is published
        checks[f"{report.name}.pdf"] = verify_pdf(pdf, forbidden, keep, f"{shown}.pdf")
    return checks, pdfs


def _pictures(reports: list[_Report]) -> list[dict]:
    found = []
    for report in reports:
        found += [{"file": f"{report.name}.docx", "where": where,
                   "sha256": hashlib.sha256(png).hexdigest(),
                   "published": "drawn at publication from verified, anonymised labels"}
                  for where, png in report.drawn]
        found += [{"file": f"{report.name}.docx", "where": p.where, "sha256": p.sha256,
                   "published": "kept by the review, after OCR (its metadata removed)"}
                  for p in report.kept]
    return found


def _release(reports: list[_Report], case: CaseConfig, pmap: PseudonymMap,
             named: list[tuple[str, str]], restricted: Path, publish: Path, staging: Path,
             review: Path) -> PublishSummary:
    checks, pdfs = _verify(reports, pmap, staging, "publish")
    facts = case.publication
    verification = {
        "case_id": case.case_id, "result": "passed", "files": checks,
        "identifiers_searched_for": dict(Counter(f[1] for f in reports[0].result.forbidden)),
        "pictures": _pictures(reports),
        "named_as_in_case_yaml": dict(Counter(role for role, _ in named)),
        "gate": {"qa": "passed", "review_items_undecided": 0,
                 "qa_panel_letter": {"date": str(facts.letter_date),
                                     "reference": facts.letter_reference},
                 "family_told": str(facts.family_told), "published": str(facts.date)},
    }
    files = sorted([r.path for r in reports] + pdfs, key=lambda p: p.name)
    sums = "".join(f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in files)
    with AtomicOutputs(publish) as outputs:
        for f in files:
            outputs.path(f.name).write_bytes(f.read_bytes())
        outputs.path(VERIFICATION).write_text(json.dumps(verification, indent=2) + "\n",
                                              encoding="utf-8")
        outputs.path(MANIFEST).write_text(sums, encoding="utf-8")
    (restricted / PROBLEMS).unlink(missing_ok=True)
    return PublishSummary(publish, (*(publish / f.name for f in files), publish / VERIFICATION,
                                    publish / MANIFEST), verification, review=review)


def _preview(reports: list[_Report], pmap: PseudonymMap, restricted: Path, staging: Path,
             reasons: list[str], review: Path) -> PublishSummary:
    """Watermarked PDFs for the panel to read, whatever the gate says; a leak found is a
    warning here (the file stays restricted), with its details in the problems file."""
    warnings = list(reasons)
    try:
        checks, pdfs = _verify(reports, pmap, staging, "restricted", watermark=WATERMARK)
    except VerificationError as exc:
        warnings.append(str(with_details(exc, restricted / PROBLEMS, "preview")))
        pdfs = [staging / "pdf" / f"{r.name}.pdf" for r in reports]
        for pdf in pdfs:
            stabilise_pdf(pdf)  # the same drafts preview as the same bytes, found leak or not
        checks = {}
    names = [f"{r.name}_preview.pdf" for r in reports]
    with AtomicOutputs(restricted) as outputs:
        for name, pdf in zip(names, pdfs, strict=True):
            outputs.path(name).write_bytes(pdf.read_bytes())
    return PublishSummary(restricted, tuple(restricted / n for n in names),
                          {"result": "preview", "files": checks}, tuple(warnings), review)


def anonymise_to_pdf(source: Path, output: Path, pmap, decisions=None, password=None,
                     analyzer=None) -> dict:
    """Any Word document as an anonymised, verified, accessible PDF (review and audit go to
    ``restricted/`` beside the output, as for a .docx)."""
    from pipeline.anonymise import anonymise_docx, restricted_folder
    from pipeline.errors import OutputError

    output = Path(output)
    if not output.parent.is_dir():
        raise OutputError(f"{output.parent}: the output folder does not exist; create it or "
                          "choose another.")
    with tempfile.TemporaryDirectory(prefix="dhr-pdf-") as scratch:
        staged = Path(scratch) / f"{output.stem}.docx"
        report = anonymise_docx(source, staged, pmap, analyzer, decisions, password)
        prepare_for_pdf(staged, pseudonymise_text(pmap, _title_of(source)))
        pdf = fill_contents([staged], lambda docs: convert_to_pdf(docs, Path(scratch)))[0]
        stabilise_pdf(pdf)
        checks = verify_pdf(pdf, list(report.forbidden), list(pmap.keep), str(output))
        private = restricted_folder(output)
        private.mkdir(exist_ok=True)
        for path in (report.review, report.audit):
            shutil.copy2(path, private / f"{output.stem}{path.name[len(staged.stem):]}")
        with AtomicOutputs(output.parent) as outputs:
            outputs.path(output.name).write_bytes(pdf.read_bytes())
    return {"replacements": report.replacements, "review_items": report.review_items, **checks}


def _title_of(path: Path) -> str:
    from docx import Document

    return Document(str(path)).core_properties.title or path.stem
