"""The drafts stage: the Overview Report and Executive Summary, assembled from the case.

``run_drafts`` merges the chronology first when it is older than its inputs, builds the context
(:mod:`pipeline.drafts.context`), draws the timeline, includes the author's prose from
``narrative/<section>.docx`` as subdocuments (a highlighted "[Author to complete: …]" where
there is none) and renders both templates. Everything it writes is restricted: drafts hold real
names until publication anonymises them.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Mm

from pipeline.config import CaseConfig, load_case
from pipeline.drafts.context import NARRATIVE_SECTIONS, build_context, read_merged
from pipeline.drafts.render import open_template, render
from pipeline.drafts.timeline import TimelineData
from pipeline.errors import DraftsError
from pipeline.outputs import AtomicOutputs

TEMPLATES = Path(os.environ.get("DHR_TEMPLATES", Path(__file__).resolve().parents[2] /
                                "templates"))
OVERVIEW, SUMMARY, TIMELINE = ("overview_report_draft.docx", "executive_summary_draft.docx",
                               "overview_report_timeline.png")
TIMELINE_DATA = "overview_report_timeline.json"  # what the picture is drawn from (restricted)
TIMELINE_PICTURE = "DHR timeline"  # the picture's name in the drafts, found again at publication
TEMPLATE_NAMES = ("overview_report.docx", "executive_summary.docx")
PLACEHOLDER = "[Author to complete: {}]"


@dataclass(frozen=True)
class DraftsSummary:
    """What the drafts stage wrote."""

    folder: Path
    outputs: tuple[Path, ...]
    placeholders: tuple[str, ...]  # narrative sections still to write
    merged: bool  # whether the chronology had to be merged first


def section_title(key: str) -> str:
    """``key_issues`` as a reader would name it: "Key issues"."""
    return key.replace("_", " ").capitalize()


def narrative_path(case: CaseConfig, key: str) -> Path | None:
    """The author's file for a section: named in case.yaml ``narrative:``, else by convention."""
    named = (case.extra.get("narrative") or {}).get(key)
    if named:
        path = case.root / str(named)
        if not path.is_file():
            raise DraftsError(f"{path}: narrative for '{key}' not found (named in case.yaml "
                              "narrative:); check the path.")
        return path
    path = case.root / "narrative" / f"{key}.docx"
    return path if path.is_file() else None


def _prose(template, case: CaseConfig) -> tuple[dict, list[str]]:
    prose, missing = {}, []
    for key in NARRATIVE_SECTIONS:
        path = narrative_path(case, key)
        if path is not None:
            try:
                prose[key] = template.new_subdoc(str(path))
            except Exception as exc:  # python-docx raises several types for damaged files
                raise DraftsError(f"{path}: could not be read as a Word document; save it "
                                  "again as .docx.") from exc
            continue
        missing.append(key)
        sub = template.new_subdoc()
        run = sub.add_paragraph().add_run(PLACEHOLDER.format(section_title(key)))
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        run.bold = True
        prose[key] = sub
    return prose, missing


def merged_chronology(case: CaseConfig, out: Path, password: str | None,
                      merge_if_stale: bool = True) -> tuple[Path, bool]:
    """The merged chronology CSV, merged again first when any input is newer (unless the
    caller keeps it current itself)."""
    from pipeline.chronology import MERGED_CSV, MERGED_XLSX, run_merge

    csv_path = out / "restricted" / MERGED_CSV
    if not merge_if_stale:
        if not csv_path.is_file():
            raise DraftsError(f"{csv_path}: the merged chronology is missing; run "
                              f"'dhr merge-chronology {case.root}' first.")
        return csv_path, False
    # The merged workbook too: a Key marked or a note typed there since reaches the CSV (and
    # the key events) only through a new merge, which carries them over.
    inputs = [case.root / "case.yaml", *(a.chronology for a in case.agencies),
              out / "restricted" / MERGED_XLSX]
    newest = max((p.stat().st_mtime for p in inputs if p.exists()), default=0)
    if csv_path.is_file() and csv_path.stat().st_mtime >= newest:
        return csv_path, False
    run_merge(case.root, out, password)
    return csv_path, True


def timeline_data(case: CaseConfig, summary) -> TimelineData:
    """What the timeline picture shows: every dated contact by agency, the key events (dated
    at their precision), the scoping period and the date of death."""
    from pipeline.drafts.context import key_events
    from pipeline.drafts.timeline import Contact, KeyEvent

    contacts = [Contact(agency.name, day) for agency in case.agencies
                for day in summary.days.get(agency.name, [])]
    events = [KeyEvent(e["day"], e["event"], e["agency"] or None, e["date"], e["exact"])
              for e in key_events(case.extra, summary)]
    return TimelineData(contacts, events, case.scoping_start, case.scoping_end,
                        case.date_of_death, f"{case.case_id}: contacts by agency")


def run_drafts(case_dir: Path, out: Path | None = None, password: str | None = None,
               merge_if_stale: bool = True) -> DraftsSummary:
    """Write both drafts and the timeline picture under ``OUT/restricted/``.

    ``merge_if_stale=False`` is for callers that keep the merge current themselves (batch
    reprocessing decides by content hashes, where modification times would mislead).
    """
    from docxtpl import InlineImage

    case = load_case(case_dir)
    out = Path(out) if out else case.root / "output"
    csv_path, merged = merged_chronology(case, out, password, merge_if_stale)
    summary = read_merged(csv_path)
    context = build_context(case, summary)
    folder = out / "restricted"
    naming = context["review"]
    with tempfile.TemporaryDirectory() as scratch:
        picture = Path(scratch) / TIMELINE
        drawing = timeline_data(case, summary)
        alt_text = drawing.draw(picture).alt_text
        placeholders: list[str] = []
        with AtomicOutputs(folder) as outputs:
            for name, template_name in zip((OVERVIEW, SUMMARY), TEMPLATE_NAMES, strict=True):
                template_path = TEMPLATES / template_name
                template = open_template(template_path)
                prose, missing = _prose(template, case)
                placeholders = placeholders or missing
                filled = {**context, "n": prose,
                          "timeline": InlineImage(template, str(picture), width=Mm(165))}
                target = outputs.path(name)
                render(template, filled, target, template_path)
                _finish(target, picture.read_bytes(), alt_text, naming)
            outputs.path(TIMELINE).write_bytes(picture.read_bytes())
            outputs.path(TIMELINE_DATA).write_text(drawing.to_json(), encoding="utf-8")
    return DraftsSummary(folder, (folder / OVERVIEW, folder / SUMMARY, folder / TIMELINE,
                                  folder / TIMELINE_DATA), tuple(placeholders), merged)


def _finish(path: Path, picture: bytes, alt_text: str, naming: dict) -> None:
    """Name the timeline picture (by its bytes: an author's own pictures are left alone) so
    publication can draw it again, give it alt text (docxtpl leaves it empty), and say in the
    properties what kind of review this is; saved, like every package, so the same drafts are
    the same bytes."""
    from docx import Document

    from pipeline.ooxml.package import save_package

    document = Document(str(path))
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        if document.part.related_parts[blip.embed].blob == picture:
            doc_pr = shape._inline.docPr
            doc_pr.set("name", TIMELINE_PICTURE)
            doc_pr.set("descr", alt_text)
            doc_pr.set("title", "Timeline of agency contacts")
    document.core_properties.subject = naming["name"]
    document.core_properties.keywords = naming["short"]
    save_package(document, path)


__all__ = ["DraftsSummary", "run_drafts"]
