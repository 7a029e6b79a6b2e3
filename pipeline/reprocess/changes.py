"""The change report: what the published text says now that it did not say last time.

After Home Office QA feedback the panel signs the revised report off again and the family
liaison tells the family what changed (Leicester protocol §91–93, §104). They need the changed
passages, not two PDFs to compare by eye. The comparison is of the published (anonymised)
Word files, paragraph by paragraph in reading order, with changed words marked inside a
changed paragraph. The report still goes to ``restricted/``: it belongs to the panel until
publication.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

CHANGE_REPORT = "changes_since_last_publication.docx"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of published text, with the heading it sits under."""

    text: str
    heading: str
    is_heading: bool


@dataclass
class ReportChanges:
    """The differences in one published report."""

    title: str
    blocks: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    # (heading, paragraphs before, paragraphs after); an empty side is an addition or removal

    @property
    def changed(self) -> bool:
        return bool(self.blocks)


def published_text(path: Path) -> list[Paragraph]:
    """The paragraphs of a Word file in reading order (tables included), blanks left out."""
    from docx import Document
    from docx.oxml.ns import qn

    body = Document(str(path)).element.body
    paragraphs, heading = [], ""
    for p in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
        if not text:
            continue
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        is_heading = style is not None and (style.get(qn("w:val")) or "").startswith("Heading")
        if is_heading:
            heading = text
        paragraphs.append(Paragraph(text, heading, is_heading))
    return paragraphs


def compare(title: str, before: list[Paragraph], after: list[Paragraph]) -> ReportChanges:
    """The changed passages of one report, each under the heading where it now appears."""
    changes = ReportChanges(title)
    old, new = [p.text for p in before], [p.text for p in after]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        where = (after[j1] if j1 < len(after) else before[i1] if i1 < len(before) else None)
        heading = where.heading if where is not None else ""
        changes.blocks.append((heading, old[i1:i2], new[j1:j2]))
    return changes


def _marked(paragraph, before: str, after: str) -> None:
    """``after`` with words removed since ``before`` struck through and added words
    underlined (marks that do not depend on colour alone)."""
    from docx.shared import RGBColor

    old, new = before.split(), after.split()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new,
                                                      autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            run = paragraph.add_run(" ".join(old[i1:i2]) + " ")
            run.font.strike = True
            run.font.color.rgb = RGBColor(0xA0, 0x00, 0x00)
        if tag in ("insert", "replace"):
            run = paragraph.add_run(" ".join(new[j1:j2]) + " ")
            run.font.underline = True
            run.font.color.rgb = RGBColor(0x00, 0x50, 0x90)
        if tag == "equal":
            paragraph.add_run(" ".join(new[j1:j2]) + " ")


def write_change_report(case_id: str, reports: list[ReportChanges], path: Path) -> None:
    """A Word document listing every changed passage, report by report."""
    from docx import Document

    from pipeline.ooxml.package import save_package

    document = Document()
    document.core_properties.title = f"{case_id}: changes since the last publication"
    document.add_heading(f"{case_id}: changes since the last publication", level=0)
    document.add_paragraph(
        "The published reports were produced again after changes to their inputs. Below is "
        "every passage whose text differs from the previous publication: removed words are "
        "struck through, added words are underlined. Restricted until the revised reports "
        "are published.")
    for report in reports:
        document.add_heading(report.title, level=1)
        if not report.changed:
            document.add_paragraph("No change to the text.")
            continue
        document.add_paragraph(f"{len(report.blocks)} changed passage(s).")
        for heading, old, new in report.blocks:
            document.add_heading(f"Under “{heading}”" if heading else "At the start",
                                 level=2)
            pairs = min(len(old), len(new))
            for before, after in zip(old[:pairs], new[:pairs], strict=True):
                _marked(document.add_paragraph(style="List Bullet"), before, after)
            for text in old[pairs:]:
                run = document.add_paragraph(style="List Bullet").add_run(f"Removed: {text}")
                run.font.strike = True
            for text in new[pairs:]:
                run = document.add_paragraph(style="List Bullet").add_run(f"Added: {text}")
                run.font.underline = True
    save_package(document, path)
