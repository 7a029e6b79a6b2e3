"""Reading an Individual Management Review by its headings.

IMR authors follow the Home Office template loosely: "Agency involvement" may be "Summary of
involvement", "Lessons learned" may be "Lessons to be learnt". Each section is found by its
heading (a Word heading style, or a short bold paragraph) through a small synonym table, and its
paragraphs (lists included) are kept in order for the report's per-agency subsections.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document

from pipeline.errors import DraftsError
from pipeline.ingest.files import PASSWORD_VARIABLE, decrypt, is_encrypted

SECTIONS = {
    "involvement": ("agency involvement", "summary of involvement", "involvement",
                    "summary of agency involvement", "agency contact", "contact with the subjects",
                    "chronology summary", "the facts", "summary of contact"),
    "analysis": ("analysis", "analysis of involvement", "critical analysis",
                 "analysis of agency involvement"),
    "good_practice": ("good practice", "areas of good practice", "examples of good practice"),
    "lessons": ("lessons learned", "lessons learnt", "lessons to be learned",
                "lessons to be learnt", "learning", "lessons"),
    "recommendations": ("recommendations", "single agency recommendations",
                        "agency recommendations", "recommendations for the agency"),
    "conclusions": ("conclusions", "conclusion"),
}
# The style of the guidance in the IMR template a trawl sends out (pipeline/trawl/documents.py):
# never part of what the author wrote, so never read into the report.
GUIDANCE_STYLE = "DHR guidance"
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+", re.IGNORECASE)


@dataclass
class ImrSections:
    """An IMR's sections as lists of paragraphs, and its author where the IMR names one."""

    path: Path
    author: str = ""
    sections: dict[str, list[str]] = field(default_factory=dict)

    def get(self, key: str) -> list[str]:
        """Paragraphs of a section ([] when the IMR has none)."""
        return self.sections.get(key, [])


def _section_of(text: str) -> str | None:
    key = " ".join(_NUMBERING.sub("", text).strip().rstrip(":").casefold().split())
    for section, names in SECTIONS.items():
        if key in names:
            return section
    return None


def _is_heading(paragraph) -> bool:
    style = (paragraph.style.name if paragraph.style is not None else "").casefold()
    if style.startswith("heading") or style == "title":
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    return (bool(runs) and len(paragraph.text) < 80 and all(r.bold for r in runs)
            and _section_of(paragraph.text) is not None)


def _author(document) -> str:
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if len(cells) >= 2 and cells[0].casefold().rstrip(":") in ("imr author", "author",
                                                                       "name of author"):
                return cells[1]
    return ""


def read_imr(path: Path, where: str = "") -> ImrSections:
    """The IMR's sections; an error naming the file when it cannot be read or has none."""
    hint = f" (named in case.yaml {where})" if where else ""
    if not path.is_file():
        raise DraftsError(f"{path}: IMR not found{hint}; check the path or add "
                          "no_imr_reason for this agency.")
    data = path.read_bytes()
    if is_encrypted(data):  # agencies return IMRs protected with the review password
        data = decrypt(data, path, os.environ.get(PASSWORD_VARIABLE))
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for damaged files
        raise DraftsError(f"{path}: could not be read as a Word document{hint}; open it in "
                          "Word and save it as .docx.") from exc
    result = ImrSections(path, _author(document))
    current: str | None = None
    headed: set[str | None] = set()
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text or (paragraph.style is not None and paragraph.style.name == GUIDANCE_STYLE):
            continue
        if _is_heading(paragraph):
            current = _section_of(text)
            headed.add(current)
            continue
        if current is not None:
            result.sections.setdefault(current, []).append(text)
    if not {"involvement", "analysis"} & set(result.sections) and {"involvement",
                                                                    "analysis"} & headed:
        raise DraftsError(f"{path}: its 'Agency involvement' and 'Analysis' sections are "
                          f"empty{hint}; they need the author's own text (the grey guidance of "
                          "the IMR template does not count).")
    if not {"involvement", "analysis"} & set(result.sections):
        raise DraftsError(
            f"{path}: no recognisable IMR headings{hint}; the report needs at least an "
            "'Agency involvement' or an 'Analysis' heading (Word heading style).")
    return result
