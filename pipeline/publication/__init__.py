"""The publish stage: anonymised, accessible PDFs of both reports, verified before release.

Both drafts are anonymised with the case's map (and its reviewed decisions), set to British
English, converted to tagged PDF/A-2 in one LibreOffice run (then stripped of the time of the
run, :mod:`pipeline.publication.stable`, so the same drafts publish as the same bytes), and
every published file is read back and searched for every real name, form, place and detected
original. Only when all of
that passes are the files moved into ``publish/``; a failed check removes what was there.
IMRs, chronologies, drafts, the map, the review and the audit never reach ``publish/``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipeline.anonymise import anonymise_docx, load_map, read_decisions, restricted_folder
from pipeline.anonymise.rewrite import pseudonymise_text
from pipeline.anonymise.verify import find_leaks, verify_docx
from pipeline.config import load_case
from pipeline.drafts import OVERVIEW, SUMMARY
from pipeline.errors import ConfigError, PublishError, VerificationError
from pipeline.ooxml.package import save_package
from pipeline.outputs import AtomicOutputs
from pipeline.publication.pdf import convert_to_pdf, read_pdf
from pipeline.publication.stable import stabilise_pdf

REPORTS = (("overview_report", OVERVIEW), ("executive_summary", SUMMARY))
VERIFICATION, MANIFEST = "verification.json", "SHA256SUMS"
PUBLISHED = frozenset({f"{n}.{e}" for n, _ in REPORTS for e in ("docx", "pdf")}
                      | {VERIFICATION, MANIFEST})


@dataclass(frozen=True)
class PublishSummary:
    """What was published."""

    folder: Path
    files: tuple[Path, ...]
    verification: dict


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


def verify_pdf(path: Path, forbidden: list[tuple[str, str]], keep: list[str]) -> dict:
    """Search everything readable in the PDF; raise on any hit, naming the place and kind."""
    content = read_pdf(path)
    leaks = find_leaks(content.texts, forbidden, keep)
    if leaks:
        where, kind = leaks[0]
        raise VerificationError(f"{path.name}: verification found a {kind} in the PDF's {where}; "
                                "nothing was published. Add the missing name or form to the "
                                "pseudonym map and run again.")
    if not content.tagged:
        raise VerificationError(f"{path.name}: the PDF is not tagged, so it is not accessible; "
                                "nothing was published.")
    if content.pdfa != "2":
        raise VerificationError(f"{path.name}: the PDF is not PDF/A-2; nothing was published.")
    return {"places_checked": sorted(content.texts), "tagged": content.tagged,
            "pdfa_part": content.pdfa, "language": content.language, "title": content.title}


def _decisions(case) -> dict:
    named = case.extra.get("review_decisions")
    if not named:
        return {}
    return read_decisions(case.root / str(named))


def _clear(folder: Path) -> None:
    for name in PUBLISHED:
        (folder / name).unlink(missing_ok=True)


def run_publish(case_dir: Path, out: Path | None = None, password: str | None = None,
                analyzer=None) -> PublishSummary:
    """Publish the case's two reports to ``OUT/publish/``."""
    case = load_case(case_dir)
    out = Path(out) if out else case.root / "output"
    restricted, publish = out / "restricted", out / "publish"
    drafts = [restricted / draft for _, draft in REPORTS]
    if not all(d.is_file() for d in drafts):
        raise PublishError(f"{restricted}: there are no drafts to publish yet; run "
                           f"'dhr drafts {case_dir}' first.")
    if case.pseudonym_map is None:
        raise ConfigError("case.yaml: pseudonym_map is missing; publication needs the "
                          "family-agreed pseudonyms.")
    pmap = load_map(case.pseudonym_map)
    decisions = _decisions(case)
    title = pseudonymise_text(pmap, case.title)
    try:
        return _publish(case, pmap, decisions, title, restricted, publish, password, analyzer)
    except VerificationError:
        _clear(publish)  # a refused publication leaves nothing from earlier runs either
        raise


def _publish(case, pmap, decisions, title: str, restricted: Path, publish: Path,
             password: str | None, analyzer) -> PublishSummary:
    with tempfile.TemporaryDirectory(prefix="dhr-publish-") as scratch:
        staging = Path(scratch)
        staged, forbidden, checks = [], [], {}
        for name, draft in REPORTS:
            target = staging / f"{name}.docx"
            report = anonymise_docx(restricted / draft, target, pmap, analyzer, decisions,
                                    password)
            prepare_for_pdf(target, title)
            forbidden.extend(report.forbidden)
            staged.append(target)
            checks[target.name] = report.verification
            for private in (report.review, report.audit):  # restricted: never published
                shutil.copy2(private, restricted / private.name)
        shutil.rmtree(restricted_folder(staged[0]), ignore_errors=True)
        keep = list(pmap.keep)
        for docx in staged:
            checks[docx.name] |= verify_docx(docx, forbidden, keep)
        for pdf in convert_to_pdf(staged, staging):
            stabilise_pdf(pdf)  # before the checks: what is verified is what is published
            checks[pdf.name] = verify_pdf(pdf, forbidden, keep)
        kinds: dict[str, int] = {}
        for _, kind in forbidden:
            kinds[kind] = kinds.get(kind, 0) + 1
        verification = {"case_id": case.case_id, "result": "passed", "files": checks,
                        "identifiers_searched_for": kinds}
        files = sorted(staged + [staging / f"{n}.pdf" for n, _ in REPORTS])
        sums = "".join(f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n"
                       for f in files)
        with AtomicOutputs(publish) as outputs:
            for f in files:
                outputs.path(f.name).write_bytes(f.read_bytes())
            outputs.path(VERIFICATION).write_text(json.dumps(verification, indent=2) + "\n",
                                                  encoding="utf-8")
            outputs.path(MANIFEST).write_text(sums, encoding="utf-8")
    return PublishSummary(publish, (*(publish / f.name for f in files), publish / VERIFICATION,
                                    publish / MANIFEST), verification)


def anonymise_to_pdf(source: Path, output: Path, pmap, decisions=None, password=None,
                     analyzer=None) -> dict:
    """Any Word document as an anonymised, verified, accessible PDF (review and audit go to
    ``restricted/`` beside the output, as for a .docx)."""
    from pipeline.errors import OutputError

    output = Path(output)
    if not output.parent.is_dir():
        raise OutputError(f"{output.parent}: the output folder does not exist; create it or "
                          "choose another.")
    with tempfile.TemporaryDirectory(prefix="dhr-pdf-") as scratch:
        staged = Path(scratch) / f"{output.stem}.docx"
        report = anonymise_docx(source, staged, pmap, analyzer, decisions, password)
        prepare_for_pdf(staged, pseudonymise_text(pmap, _title_of(source)))
        pdf = convert_to_pdf([staged], Path(scratch))[0]
        stabilise_pdf(pdf)
        checks = verify_pdf(pdf, list(report.forbidden), list(pmap.keep))
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


__all__ = ["PUBLISHED", "PublishSummary", "anonymise_to_pdf", "run_publish"]
