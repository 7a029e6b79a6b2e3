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
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.anonymise.review import placeholders_in
from pipeline.outputs import AtomicOutputs
from pipeline.wording import counted

CHANGE_REPORT = "changes_since_last_publication.docx"
# The text of the last publication, kept beside the report: publish/ itself is emptied when a
# publication is refused, and replaced before the report is written.
BASELINE = "published_text.json"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of published text, with the heading it sits under."""

    text: str
    heading: str
    is_heading: bool


def new_placeholders(previous: dict[str, list[Paragraph]],
                     current: dict[str, list[Paragraph]]) -> list[str]:
    """"Person N" placeholders the published text holds now and did not before: people the
    family and the panel meet for the first time in the revised reports."""
    def found(texts: dict[str, list[Paragraph]]) -> set[str]:
        return {m for paragraphs in texts.values() for p in paragraphs
                for m in placeholders_in(p.text)}

    return sorted(found(current) - found(previous), key=lambda p: int(p.split()[1]))


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
        # A removal sits where it was; anything else where it is now.
        where = before[i1] if tag == "delete" else after[j1]
        changes.blocks.append((where.heading, old[i1:i2], new[j1:j2]))
    return changes


def _readable(path: Path) -> list[Paragraph] | None:
    try:
        return published_text(path)
    except Exception:  # python-docx raises several types for a damaged file: no baseline
        return None


def previous_publication(restricted: Path, publish: Path,
                         names: list[str]) -> dict[str, list[Paragraph]]:
    """The text last published: the kept baseline, else what ``publish/`` holds now (a
    publication made with ``dhr publish``); empty for a first publication."""
    try:
        kept = json.loads((restricted / BASELINE).read_text(encoding="utf-8"))
        return {name: [Paragraph(*p) for p in paragraphs] for name, paragraphs in kept.items()}
    except (FileNotFoundError, ValueError, TypeError, AttributeError):
        pass
    found = {name: _readable(publish / f"{name}.docx") for name in names}
    return {name: text for name, text in found.items() if text is not None}


def record_publication(case_id: str, previous: dict[str, list[Paragraph]], restricted: Path,
                       publish: Path, names: list[str]) -> tuple[Path | None, list[str]]:
    """Write the change report if the text differs from ``previous``, then keep the new text
    as the baseline. Returns the report written, if any, and the placeholders new in it."""
    current = {name: published_text(publish / f"{name}.docx") for name in names}
    reports = [compare(name.replace("_", " ").title(), previous.get(name, []), current[name])
               for name in names]
    written, new = None, []
    with AtomicOutputs(restricted) as outputs:
        if previous and any(r.changed for r in reports):
            new = new_placeholders(previous, current)
            write_change_report(case_id, reports, outputs.path(CHANGE_REPORT), new)
            written = restricted / CHANGE_REPORT
        kept = {name: [[p.text, p.heading, p.is_heading] for p in text]
                for name, text in current.items()}
        outputs.path(BASELINE).write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    return written, new


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


def write_change_report(case_id: str, reports: list[ReportChanges], path: Path,
                        new: list[str] = ()) -> None:
    """A Word document listing every changed passage, report by report, after the
    placeholders new in the published text (``new``)."""
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
    document.add_heading("New placeholders", level=1)
    if new:
        document.add_paragraph(
            f"The revised reports name {counted(len(new), 'person', 'people')} they did not "
            "name before, each by a placeholder used in every published document of the case: "
            f"{', '.join(new)}. Every other placeholder stands for the same person as in "
            "the previous publication.")
    else:
        document.add_paragraph("None: every placeholder stands for the same person as in "
                               "the previous publication.")
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
