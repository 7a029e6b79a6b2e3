"""``merged_chronology.docx``: the chronology as a landscape Word table for panel papers.

The header row repeats on every page, rows are tinted per agency, and every column the tool did
not recognise is carried into the Comment cell as ``Header: value`` so nothing is lost here
either; so are the tool's notes and the DHRO's. The Flags column gives one flag a line, with
"Key event" first when the DHRO (or the agency) marked the entry key.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from pipeline.chronology.columns import AGENCY_FILLS, MARKING, date_display, time_text
from pipeline.chronology.merge import KEY_MARKERS, Entry, MergeResult
from pipeline.ooxml.package import edit_part, replace_paragraph
from pipeline.ooxml.wordtable import table_xml

HEADERS = ("No.", "Date", "Seq.", "Time", "Agency and source", "Subject", "Event", "Action",
           "Comment and other details", "Flags")
# dxa (1/20 pt), summing to the 15,137 between A4 landscape's 1.5 cm margins. Flags holds
# "approximate" on one line at 9 pt with the cell margins; No. five digits; Seq. its header.
WIDTHS = (640, 1150, 620, 680, 1850, 1100, 3590, 2000, 2100, 1400)
KEY_EVENT = "Key event"
__all__ = ["HEADERS", "MARKING", "WIDTHS", "write_docx"]


def _comment(entry: Entry) -> str:
    lines = [entry.comment] if entry.comment else []
    lines += [f"{header}: {value}" for header, value in entry.extras.items()]
    if entry.source:
        lines.append(f"Source: {entry.source}")
    lines += [f"Note: {note}" for note in entry.notes]
    if entry.dhro_notes:
        lines.append(f"DHRO note: {entry.dhro_notes}")
    return "\n".join(lines)


def _flags(entry: Entry) -> str:
    """One flag a line (a narrow column then breaks between flags, never inside a word)."""
    key = [KEY_EVENT] if entry.key.strip().casefold() in KEY_MARKERS else []
    return "\n".join([*key, *entry.flags])


def _add_page_number(paragraph) -> None:
    """``Page N of M`` as Word fields, so numbers are right after any edit."""
    for label, field in (("Page ", "PAGE"), (" of ", "NUMPAGES")):
        paragraph.add_run(label)
        run = paragraph.add_run()
        begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement(
            "w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {field} "
        end.set(qn("w:fldCharType"), "end")
        run._r.extend([begin, instr, end])


def write_docx(result: MergeResult, path: Path) -> None:
    """Write the landscape Word version of the merged chronology."""
    case = result.case
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    normal = document.styles["Normal"]
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(0)
    what = f"{case.case_id} merged chronology" + (" (anonymised)" if result.panel else "")
    section.header.paragraphs[0].text = f"{MARKING} · {what}"
    _add_page_number(section.footer.paragraphs[0])
    properties = document.core_properties
    properties.title = what
    properties.author = ""
    properties.comments = MARKING

    heading = "Merged chronology (anonymised)" if result.panel else "Merged chronology"
    document.add_heading(f"{heading}: {case.title}", level=1)
    if result.panel:
        document.add_paragraph(
            "For the review panel. People are given the pseudonyms the family agreed, or "
            "Person 1, Person 2 … where the pseudonym map does not name them; identifiers are "
            "replaced by placeholders such as [phone number]. Still OFFICIAL – SENSITIVE: not "
            "for publication.")
    report = result.report
    flagged = report["totals"]["rows_flagged"]
    document.add_paragraph(
        f"{len(result.entries)} entries from {len(result.agencies)} agencies, "
        f"scoping period {case.scoping_start:%d/%m/%Y} to {case.scoping_end:%d/%m/%Y}. "
        f"{flagged} entries are flagged (approximate, undated, outside scope or possible "
        "duplicate); see the Flags column. Undated entries are listed last."
    )
    fills = {a.agency: AGENCY_FILLS[i % len(AGENCY_FILLS)].lstrip("#")
             for i, a in enumerate(result.agencies)}
    rows = (
        ((str(e.number), date_display(e), "" if e.seq is None else str(e.seq), time_text(e),
          f"{e.agency}\n{e.source_file}, {e.source_location}", e.subject, e.event, e.action,
          _comment(e), _flags(e)), fills.get(e.agency))
        for e in result.entries
    )
    marker = "DHR-MERGED-CHRONOLOGY-TABLE"
    document.add_paragraph(marker)
    buffer = io.BytesIO()
    document.save(buffer)
    table = table_xml(HEADERS, WIDTHS, rows)
    path.write_bytes(edit_part(buffer.getvalue(), "word/document.xml",
                               lambda xml: replace_paragraph(xml, marker, table)))
