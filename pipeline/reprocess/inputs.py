"""What each stage of a case reads, as content hashes: the facts a rerun is decided on.

Hashes, never modification times: a file copied, restored from backup or merely touched is the
same input, and an edit that keeps the time stamp is still an edit. Each stage's inputs are
listed by a label a DHR Officer recognises (``chronologies/police.xlsx``, ``pseudonym map``),
so the summary can say why a stage ran. The inputs of a later stage include the outputs of the
earlier one, so a rerun whose output is byte-for-byte the same stops there.

Passwords are never inputs: a wrong one fails the merge, and a hash of one would be a clue.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from functools import cache
from importlib import metadata
from pathlib import Path

import yaml

from pipeline.config import CaseConfig
from pipeline.outputs import fixed_timestamp

STAGES = ("merge", "drafts", "publish")
MISSING = "missing"
_PACKAGE = Path(__file__).resolve().parents[1]
# Libraries whose upgrade can change an output's bytes or text.
_LIBRARIES = ("python-calamine", "openpyxl", "xlsxwriter", "python-docx", "docxtpl",
              "docxcompose", "jinja2", "lxml", "matplotlib", "spacy", "presidio-analyzer",
              "names", "english-words", "pikepdf")
# The files of a spaCy model that decide what it finds: a retrained model at the same path, or
# a new release of the model package, must publish again.
_MODEL_FILES = frozenset({"meta.json", "config.cfg", "model"})
_MERGE_KEYS = ("case_id", "title", "scoping_period", "pseudonym_map")
_MERGE_AGENCY_KEYS = ("name", "chronology", "columns", "sheets")


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes, or ``missing``."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return MISSING


def _value_hash(value: object) -> str:
    text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def tool_fingerprint() -> str:
    """The tool's own version: every source and settings file of the package, the versions of
    the libraries that shape the outputs and the fixed date outputs carry. A changed
    recogniser, template helper or column synonym is a changed tool, whatever the version
    number says."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in {".py", ".yaml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update(fixed_timestamp().isoformat().encode())  # SOURCE_DATE_EPOCH, if set
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


@cache
def model_fingerprint(name: str) -> str:
    """The spaCy model by content: a folder given as a path, or an installed model package
    (found without importing it)."""
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or spec.origin is None:
            return MISSING
        folder = Path(spec.origin).parent
    files = sorted(p for p in folder.rglob("*") if p.name in _MODEL_FILES and p.is_file())
    return _value_hash([name, *(f"{p.relative_to(folder).as_posix()}={file_hash(p)}"
                                for p in files)])


def program_fingerprint(names: tuple[str, ...], beside: str | None = None) -> str:
    """An installed program's build, found by any of its ``names``: LibreOffice (a new one
    can lay out the PDFs differently) by its ``versionrc``, Tesseract (which reads the
    pictures) by its binary."""
    program = next(filter(None, map(shutil.which, names)), None)
    if program is None:
        return MISSING
    real = Path(os.path.realpath(program))
    return file_hash(real.parent / beside if beside else real)


def _label(path: Path, root: Path) -> str:
    """A path as the user sees it: relative to the case folder where it can be."""
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:  # another drive on Windows
        return str(path)


def _files(paths: list[Path], root: Path) -> dict[str, str]:
    return {_label(p, root): file_hash(p) for p in paths}


def _raw_case(case: CaseConfig) -> dict:
    return yaml.safe_load((case.root / "case.yaml").read_text(encoding="utf-8")) or {}


def merge_inputs(case: CaseConfig, restricted: Path) -> dict[str, str]:
    """The chronologies and only the part of case.yaml the merge reads, so a new
    recommendation does not merge the chronology again; and what the anonymised copy for
    panel papers is made with (only with a map): the pseudonym map, the case review's
    decisions, the names the last publication found in the reports (the case has one
    anonymisation: a redrafted sentence without a name does not merge again) and the spaCy
    model. The DHRO's notes typed in the merged workbook are an
    output edited: the manifest redoes the merge for them."""
    from pipeline.anonymise.case import REPORT_SOURCES, rules_digest
    from pipeline.anonymise.detect import model_name

    raw = _raw_case(case)
    part = {key: raw.get(key) for key in _MERGE_KEYS}
    part["agencies"] = [{key: a.get(key) for key in _MERGE_AGENCY_KEYS}
                        for a in raw.get("agencies") or [] if isinstance(a, dict)]
    panel = {"pseudonym map": "none"}
    if case.pseudonym_map is not None:
        panel = {"pseudonym map": file_hash(case.pseudonym_map),
                 "review decisions": _decisions_hash(case, restricted),
                 "spaCy model": model_fingerprint(model_name()),
                 "names found in the reports": rules_digest(restricted, REPORT_SOURCES)}
    return {"tool": tool_fingerprint(), "case.yaml (agencies and period)": _value_hash(part),
            **_files([a.chronology for a in case.agencies if a.chronology is not None],
                     case.root), **panel}


def drafts_inputs(case: CaseConfig, restricted: Path, templates: Path) -> dict[str, str]:
    """case.yaml, the merged chronology, the IMRs, the author's prose and the templates."""
    from pipeline.chronology import MERGED_CSV
    from pipeline.drafts import TEMPLATE_NAMES, narrative_path
    from pipeline.drafts.context import NARRATIVE_SECTIONS

    # Exactly the prose files the drafts read; a section without one counts as missing, so
    # writing it later redoes the drafts.
    prose = [narrative_path(case, key) or case.root / "narrative" / f"{key}.docx"
             for key in NARRATIVE_SECTIONS]
    return {"tool": tool_fingerprint(), "case.yaml": file_hash(case.root / "case.yaml"),
            "merged chronology": file_hash(restricted / MERGED_CSV),
            **_files([a.imr for a in case.agencies if a.imr is not None], case.root),
            **_files(prose, case.root),
            **{f"template {name}": file_hash(templates / name) for name in TEMPLATE_NAMES}}


def publish_inputs(case: CaseConfig, restricted: Path) -> dict[str, str]:
    """The two drafts and what the timeline is drawn from, the map, the review (workbook and
    decisions file), case.yaml (the gate, the published title and marking), the spaCy model
    setting, LibreOffice and Tesseract."""
    from pipeline.anonymise.case import PANEL_SOURCE, texts_digest
    from pipeline.anonymise.detect import model_name
    from pipeline.drafts import TIMELINE_DATA
    from pipeline.publication import REPORTS

    return {"tool": tool_fingerprint(), "case.yaml": file_hash(case.root / "case.yaml"),
            **{f"draft {draft}": file_hash(restricted / draft) for _, draft in REPORTS},
            "timeline data": file_hash(restricted / TIMELINE_DATA),
            "panel chronology's text": texts_digest(restricted, [PANEL_SOURCE]),
            "pseudonym map": _optional(case.pseudonym_map),
            "review decisions": _decisions_hash(case, restricted),
            "spaCy model": model_fingerprint(model_name()),
            "LibreOffice": program_fingerprint(("soffice", "libreoffice"), "versionrc"),
            "Tesseract": program_fingerprint(("tesseract",))}


def _decisions_hash(case: CaseConfig, restricted: Path) -> str:
    """The decisions the case's anonymisation would apply (the case review's and the decisions
    file's), not the files' bytes: each stage copies decisions into the workbook and rewrites
    it with new items or fresh context, and neither changes what is decided."""
    from pipeline.anonymise.case import case_decisions
    from pipeline.errors import DhrError

    try:
        chosen = case_decisions(case, restricted)
    except DhrError as exc:  # unreadable: the publish stage will say so
        return _value_hash(str(exc))
    return _value_hash(sorted((k, d.action, d.value) for k, d in chosen.items()))


def _optional(path: Path | None) -> str:
    return "none" if path is None else file_hash(path)


def output_hashes(paths: list[Path], out: Path) -> dict[str, str]:
    """What a stage wrote, by path under the output folder."""
    return {p.relative_to(out).as_posix(): file_hash(p) for p in paths}
