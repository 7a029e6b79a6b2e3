"""The two Word documents of a request pack: the covering letter and the IMR template.

The IMR template follows the Home Office structure (Multi-Agency Statutory Guidance, 2016), and
its section headings are the ones ``dhr drafts`` reads (:data:`pipeline.drafts.imr.SECTIONS`),
so a completed IMR feeds the Overview Report as it stands. The guidance under each heading is in
its own paragraph style, which the IMR reader skips: guidance an author forgot to delete never
reaches the report.
"""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor

from pipeline.dates import long_date
from pipeline.drafts.imr import GUIDANCE_STYLE
from pipeline.ooxml.package import package_bytes
from pipeline.ooxml.restricted_document import mark_pages
from pipeline.trawl.requests import MARKING, Request
from pipeline.trawl.return_forms import ALSO_KNOWN_AS

# (heading, guidance) in the Home Office IMR order; the headings drafts reads are marked in
# pipeline.drafts.imr.SECTIONS.
IMR_SECTIONS = (
    ("Introduction", "Say who you are, your role, and that you had no involvement with the "
     "subjects and do not manage anyone who did. Say who in your agency has signed this IMR off."),
    ("Terms of reference", "Address each of the review's terms of reference and key lines of "
     "enquiry, listed below."),
    ("Sources of information", "List the records, systems and policies you examined and the "
     "staff you spoke to (by role)."),
    ("Agency involvement", "Summarise your agency's contact with each subject in the scoping "
     "period, in date order. The detail belongs in the chronology return; here, tell the story "
     "of your involvement."),
    ("Analysis", "Analyse your agency's involvement against the terms of reference: what was "
     "known, what was done and why, whether it followed policy, and whether it was good enough. "
     "Consider equality and diversity, risk assessment, information sharing and the voice of "
     "the victim."),
    ("Good practice", "Describe practice that went beyond what was expected."),
    ("Lessons learned", "State what your agency has learned, and what has already changed."),
    ("Conclusions", "Your conclusions about your agency's involvement."),
    ("Recommendations", "One paragraph per recommendation for your agency, each specific and "
     "measurable. Complete the action plan table below for each."),
)
ACTION_PLAN_COLUMNS = ("Recommendation", "Action", "Lead officer", "Target date",
                       "Outcome and how it will be measured")
AUTHOR_ROWS = ("Agency", "IMR author", "Job title", "Signed off by (senior manager)",
               "Date signed off")


def _document(request: Request, landscape: bool = False) -> Document:
    """A document with the protective marking in its header and footer."""
    document = Document()
    styles = document.styles
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin"):
        setattr(section, margin, Cm(2.2))
    mark_pages(document, MARKING)
    document.core_properties.author = "dhr-pipeline"
    document.core_properties.title = f"{request.reference}: {request.agency.name}"
    return document


def _table(document: Document, header: tuple[str, ...] | None, rows: list[tuple[str, ...]],
           widths: tuple[float, ...] = ()) -> None:
    """A bordered table (bold header row, optional column widths in cm), a space after it."""
    table = document.add_table(rows=0, cols=len(header or rows[0]))
    table.style = "Table Grid"
    for values in ([header] if header else []) + rows:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, values, widths or (None,) * len(cells),
                                      strict=True):
            cell.text = value
            if width:
                cell.width = Cm(width)
    if header:
        for cell in table.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    document.add_paragraph()


def imr_template(request: Request) -> bytes:
    """The Individual Management Review template for one agency."""
    document = _document(request)
    guidance = document.styles.add_style(GUIDANCE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    guidance.base_style = document.styles["Normal"]
    guidance.font.italic = True
    guidance.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    document.add_heading("Individual Management Review", level=0)
    document.add_paragraph(f"{request.review_name} {request.reference}"
                           + (f", {request.case.csp}" if request.case.csp else ""))
    document.add_paragraph(
        f"Return by {long_date(request.imr_due)}, protected with the review password. Text in "
        "this grey italic style is guidance: it is never copied into the review's reports, "
        "and you may delete it.", style=GUIDANCE_STYLE)
    _table(document, None, [(label, request.agency.name if label == "Agency" else "")
                             for label in AUTHOR_ROWS], widths=(6.0, 10.6))
    terms = [str(t) for t in request.case.extra.get("terms_of_reference") or []]
    for number, (heading, advice) in enumerate(IMR_SECTIONS, start=1):
        document.add_heading(f"{number}. {heading}", level=1)
        document.add_paragraph(advice, style=GUIDANCE_STYLE)
        if heading == "Terms of reference":
            for term in terms:
                document.add_paragraph(term, style=GUIDANCE_STYLE)
        if heading == "Recommendations":
            _table(document, ACTION_PLAN_COLUMNS, [("",) * len(ACTION_PLAN_COLUMNS)],
                   widths=(4.4, 4.4, 2.6, 2.2, 3.0))
    return package_bytes(document)


def covering_letter(request: Request) -> bytes:
    """The letter that goes with the pack: what is asked, of whom, by when, and how to return."""
    case = request.case
    document = _document(request)
    if case.csp:
        heading = document.add_paragraph(case.csp)
        heading.runs[0].bold = True
    document.add_paragraph(long_date(request.sent))
    document.add_paragraph(f"To: {request.agency.name}"
                           + (f", {request.agency.contact}" if request.agency.contact else ""))
    subject = document.add_paragraph(f"{request.review_name} {request.reference}: "
                                     "request to search your records")
    subject.runs[0].bold = True
    document.add_paragraph("Dear colleague,")
    period = f"{long_date(case.scoping_start)} to {long_date(case.scoping_end)}"
    document.add_paragraph(
        f"{case.csp or 'The Community Safety Partnership'} has commissioned a "
        f"{request.review_name.lower()}. Please search every system your agency holds for "
        f"the people listed below and tell us whether you hold any record of them in the "
        f"scoping period, {period}.")
    people = [(s.name + (f"{ALSO_KNOWN_AS}{', '.join(s.aliases)})" if s.aliases else ""),
               long_date(s.date_of_birth) if s.date_of_birth else "", s.address or "")
              for s in case.subjects]
    _table(document, ("Name", "Date of birth", "Address"), people, widths=(5.0, 4.0, 7.6))
    document.add_paragraph("Enclosed, each protected with the review password:")
    due = {
        "trace": long_date(request.trace_due),
        "chronology": long_date(request.chronology_due),
        "imr": long_date(request.imr_due),
    }
    for line in (
        f"the trace return: whether you hold records on each person, the systems you checked "
        f"and a short summary of your involvement, by {due['trace']};",
        f"the chronology return: if you hold records, every contact in the scoping period, by "
        f"{due['chronology']};",
        f"the Individual Management Review (IMR) template: if you hold records, an analysis of "
        f"your involvement by an author who had no part in it and does not manage anyone who "
        f"did, by {due['imr']}.",
    ):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph(
        "Please secure the records now, so that nothing is lost or changed while the review "
        "takes place. Do not contact the family or friends of the people named: the chair "
        "will do so. Return the completed files by secure email, still protected with the "
        f"review password, to {request.contact}.")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph(request.contact)
    return package_bytes(document)
