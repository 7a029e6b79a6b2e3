"""Build the two Word templates the drafts stage fills in: the Overview Report and the Executive
Summary of a Domestic Homicide Review.

Why a script and not a hand-made .docx: every style, list and field is set here in one place, so
the templates can be rebuilt exactly (byte for byte) after a change, reviewed as code, and kept
in step with the context contract in ``pipeline/drafts/CONTEXT.md``. The generated files are
committed too, so a DHR Officer can open and adjust them in Word (see ``templates/README.md``).

The documents follow the Home Office model report structure and the local protocol: A4, Calibri,
a cover page, the "OFFICIAL – SENSITIVE until publication" marking on every page (Leicester
protocol §76), a table of contents, headings numbered by Word itself, named panel members (§54),
the author's independence statement (§50), requests to delay (§77) and the SMART action plan
(§80) as an appendix.

The templates use docxtpl tags. Every tag is written as a single run so that python-docx never
splits one across runs, and every ``{%p %}``, ``{%tr %}`` or subdocument tag sits alone in its
own paragraph or table row, which is what docxtpl needs to remove the paragraph or row cleanly.
Only the names listed in CONTEXT.md are used: the drafts code renders with ``StrictUndefined``.

Run from the repository root:  .venv/bin/python templates/make_templates.py  (or make templates)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
OVERVIEW_NAME = "overview_report.docx"
SUMMARY_NAME = "executive_summary.docx"

FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL = "1F3864"
BORDER_COLOUR = "A6A6A6"

# Fixed so that rebuilding the templates gives identical files (and clean diffs).
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

A4_SHORT, A4_LONG = Mm(210), Mm(297)
PORTRAIT_TEXT_MM = 160  # 210 mm less two 25 mm margins
LANDSCAPE_TEXT_MM = 257  # 297 mm less two 20 mm margins

TOC_INSTRUCTION = r'TOC \o "1-3" \h \z \u'
TOC_PLACEHOLDER = "Right-click to update the table of contents (Update Field)."
# Paragraph styles that publication looks for (pipeline/publication/marking.py): keep them if
# you make a partnership's own template.
MARKING_STYLE = "Protective Marking"
NOTICE_STYLE = "Pre-publication Notice"
STATUS_STYLE = "Publication Status"


# --------------------------------------------------------------------------- tables
@dataclass(frozen=True)
class Col:
    """One column of a repeating table: its heading, width and the Jinja text of its cell."""

    header: str
    width_mm: float
    cell: str


# --------------------------------------------------------------------------- low-level XML
def _set_fonts(rpr_parent: OxmlElement, name: str = FONT) -> None:
    """Give an ``rPr`` explicit fonts, dropping theme fonts (which would win over them)."""
    rpr = rpr_parent.get_or_add_rPr() if hasattr(rpr_parent, "get_or_add_rPr") else rpr_parent
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _add_field(paragraph: Paragraph, instruction: str, result: str, dirty: bool = False) -> None:
    """Append a complex field (begin, instruction, separate, cached result, end) as runs.

    A complex field rather than ``w:fldSimple`` because Word and LibreOffice both keep it as a
    real, updatable field, and the cached result is what shows before the first update.
    """
    begin = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    if dirty:
        fld_begin.set(qn("w:dirty"), "true")
    begin._r.append(fld_begin)

    instr_run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run._r.append(instr)

    separate = paragraph.add_run()
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    separate._r.append(fld_sep)

    paragraph.add_run(result)

    end = paragraph.add_run()
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    end._r.append(fld_end)


def _no_numbering(paragraph: Paragraph) -> None:
    """Switch a heading's automatic number off (``numId`` 0), e.g. for the appendices."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = 0


def _para_border(paragraph: Paragraph, colour: str, fill: str | None = None) -> None:
    """Box a paragraph (used for the protective marking on the cover)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "12")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), colour)
        borders.append(edge)
    # pBdr and shd must come before spacing/jc in pPr; insert after the style if any.
    anchor = ppr.find(qn("w:pStyle"))
    position = 0 if anchor is None else list(ppr).index(anchor) + 1
    ppr.insert(position, borders)
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        ppr.insert(position + 1, shd)


# --------------------------------------------------------------------------- document set-up
def _configure_styles(doc: DocxDocument) -> None:
    """Calibri everywhere, UK English, council-report sizes and spacing, plus our own styles.

    Fonts are set on every style (not just Normal) and theme fonts are removed, because the
    stock heading styles point at the theme's "Headings" font, which would override Calibri.
    """
    styles_el = doc.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(default_rpr)
    lang = default_rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "en-GB")
    for rfonts in styles_el.iter(qn("w:rFonts")):
        if any(rfonts.get(qn(a)) for a in ("w:asciiTheme", "w:hAnsiTheme")):
            _set_fonts(rfonts.getparent())

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    _set_fonts(normal.element)

    heading_specs = (("Heading 1", 16, 18, 6), ("Heading 2", 13, 12, 4), ("Heading 3", 11.5, 10, 3))
    for name, size, before, after in heading_specs:
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = NAVY
        pf = style.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        pf.keep_with_next = True
        pf.line_spacing = 1.0
        _set_fonts(style.element)

    title = doc.styles["Title"]
    title.font.size = Pt(26)
    title.font.color.rgb = NAVY
    title.paragraph_format.space_after = Pt(18)
    title.paragraph_format.line_spacing = 1.0
    subtitle = doc.styles["Subtitle"]
    subtitle.font.size = Pt(20)
    subtitle.font.italic = False
    subtitle.font.color.rgb = NAVY
    subtitle.paragraph_format.space_after = Pt(12)

    toc_heading = doc.styles["TOC Heading"]
    toc_heading.base_style = doc.styles["Normal"]  # the stock one inherits Heading 1's number
    toc_heading.font.size = Pt(16)
    toc_heading.font.bold = True
    toc_heading.font.color.rgb = NAVY
    toc_heading.paragraph_format.space_after = Pt(12)

    # Word's own TOC styles (style ids TOC1..TOC3), so an updated contents looks right.
    for level, (indent, bold, before) in enumerate(
        ((0, True, 4), (5, False, 0), (10, False, 0)), 1
    ):
        toc = _paragraph_style(doc, f"toc {level}", style_id=f"TOC{level}")
        toc.paragraph_format.left_indent = Mm(indent)
        toc.paragraph_format.space_before = Pt(before)
        toc.paragraph_format.space_after = Pt(2)
        toc.font.bold = bold

    caption = doc.styles["Caption"]
    caption.font.size = Pt(9)
    caption.font.bold = False
    caption.font.italic = True
    caption.font.color.rgb = GREY
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_after = Pt(12)
    caption.element.remove(caption.element.find(qn("w:semiHidden")))

    bullet = doc.styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(4)

    for name in ("Header", "Footer"):
        style = doc.styles[name]
        style.font.size = Pt(9)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = 1.0

    table_text = _paragraph_style(doc, "Table Text")
    table_text.font.size = Pt(10)
    table_text.paragraph_format.space_after = Pt(2)
    table_text.paragraph_format.line_spacing = 1.0
    table_heading = _paragraph_style(doc, "Table Heading", base="Table Text")
    table_heading.font.bold = True
    table_heading.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    table_heading.paragraph_format.keep_with_next = True
    table_small = _paragraph_style(doc, "Table Text Small", base="Table Text")
    table_small.font.size = Pt(9)
    table_small_heading = _paragraph_style(doc, "Table Heading Small", base="Table Heading")
    table_small_heading.font.size = Pt(9)
    after_table = _paragraph_style(doc, "After Table")
    after_table.font.size = Pt(6)
    after_table.paragraph_format.space_after = Pt(6)
    after_table.paragraph_format.line_spacing = 1.0
    label = _paragraph_style(doc, "Label")
    label.font.bold = True
    label.font.color.rgb = NAVY
    label.paragraph_format.space_before = Pt(6)
    label.paragraph_format.space_after = Pt(4)
    label.paragraph_format.keep_with_next = True
    cover = _paragraph_style(doc, "Cover Text")
    cover.font.size = Pt(12)
    cover.paragraph_format.space_after = Pt(4)
    # Publication finds these three by their style names: the marking paragraphs become the
    # published marking (or go), the notice goes, and the status line gets the publication date.
    marking = _paragraph_style(doc, MARKING_STYLE)
    marking.font.size = Pt(14)
    marking.font.bold = True
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marking.paragraph_format.space_before = Pt(6)
    marking.paragraph_format.space_after = Pt(6)
    header_marking = _paragraph_style(doc, f"{MARKING_STYLE} Header", base="Header")
    header_marking.font.size = Pt(10)
    header_marking.font.bold = True
    header_marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    notice = _paragraph_style(doc, NOTICE_STYLE, base="Cover Text")
    notice.font.size = Pt(10)
    notice.font.color.rgb = GREY
    _paragraph_style(doc, STATUS_STYLE, base="Cover Text")
    # Tag paragraphs vanish when rendered; grey and small so editors see the report text first.
    tag = _paragraph_style(doc, "Template Tag")
    tag.font.size = Pt(8)
    tag.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
    tag.paragraph_format.space_after = Pt(0)


def _paragraph_style(
    doc: DocxDocument, name: str, base: str = "Normal", style_id: str | None = None
) -> ParagraphStyle:
    """Add a named paragraph style (editors can restyle every table, say, in one place)."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True
    if style_id:
        style.element.styleId = style_id
    _set_fonts(style.element)
    return style


def _configure_numbering(doc: DocxDocument) -> None:
    """Create the multilevel list that numbers Heading 1-3 ("1", "1.1", "1.1.1").

    The list levels name the heading styles (``w:pStyle``) and the styles name the list
    (``w:numPr``), which is how Word's own "link level to style" works: numbers follow the
    headings when sections are moved, added or deleted, in Word and LibreOffice alike.
    The stock bullet (a Symbol-font glyph) is also swapped for a plain "•" in Calibri.
    """
    numbering = doc.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids) + 1, max(num_ids) + 1

    levels = []
    for ilvl, (style_id, indent) in enumerate(
        (("Heading1", 567), ("Heading2", 709), ("Heading3", 851))
    ):
        text = ".".join(f"%{i + 1}" for i in range(ilvl + 1))
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="{style_id}"/><w:suff w:val="tab"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/>'
            "</w:pPr></w:lvl>"
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:nsid w:val="4448520A"/><w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="4448520B"/><w:name w:val="DHR Headings"/>'
        + "".join(levels)
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)  # abstractNum elements must precede num elements
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    numbering.append(num)

    for ilvl, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        num_pr = doc.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        if ilvl:
            num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id

    bullet_num = doc.styles["List Bullet"].element.pPr.numPr.numId.val
    for num_el in numbering.iter(qn("w:num")):
        if int(num_el.get(qn("w:numId"))) == bullet_num:
            bullet_abstract = num_el.find(qn("w:abstractNumId")).get(qn("w:val"))
    for abstract_el in numbering.iter(qn("w:abstractNum")):
        if abstract_el.get(qn("w:abstractNumId")) == bullet_abstract:
            lvl = abstract_el.find(qn("w:lvl"))
            lvl.find(qn("w:lvlText")).set(qn("w:val"), "•")
            _set_fonts(lvl.find(qn("w:rPr")))


def _configure_settings(doc: DocxDocument) -> None:
    """Ask Word/LibreOffice to refresh fields (the contents, page counts) when opened.

    ``w:updateFields`` has a fixed place in the settings schema; it goes before the first
    element that must follow it, or Word may call the file corrupt.
    """
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    followers = (
        "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
        "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
        "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
        "w:captions", "w:readModeInkLockDown", "w:smartTagType", "w:schemaLibrary",
        "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
    )  # fmt: skip
    for tag in followers:
        anchor = settings.find(qn(tag))
        if anchor is not None:
            anchor.addprevious(update)
            break
    else:
        settings.append(update)
    font_lang = settings.find(qn("w:themeFontLang"))
    if font_lang is not None:
        font_lang.set(qn("w:val"), "en-GB")


def _configure_package(doc: DocxDocument, title: str) -> None:
    """Neutral, fixed document properties; drop python-docx's sample thumbnail.

    docxtpl renders the core properties through Jinja too, so they hold no tags here (an
    escaped "&" would end up doubly escaped in a property).
    """
    props = doc.core_properties
    props.title = title
    props.subject = ""  # set by the drafts from the review type
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.language = "en-GB"
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    rels = doc.part.package.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            rels.pop(r_id)


def _set_page(section: Section, landscape: bool = False) -> None:
    """A4 with 25 mm margins (20 mm for the landscape action plan, which needs the width)."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (
        (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
    )
    side = Mm(20) if landscape else Mm(25)
    section.left_margin = section.right_margin = side
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def _header_footer(section: Section, report: str) -> None:
    """Marking at the top and bottom of every page, and "Page N of M" in the footer.

    Government Security Classifications put the marking at both top and bottom. Later
    sections (the landscape appendix) inherit these by "link to previous".
    """
    header = section.header
    top = header.paragraphs[0]
    top.style = f"{MARKING_STYLE} Header"
    top.add_run("{{ marking }}")
    sub = header.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub_run = sub.add_run(f"{{{{ csp }}}} · {{{{ review.name }}}} {{{{ case_id }}}} · {report}")
    sub_run.font.color.rgb = GREY
    sub_run.font.size = Pt(8)

    footer = section.footer
    pages = footer.paragraphs[0]
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pages.add_run("Page ")
    _add_field(pages, "PAGE", "1")
    pages.add_run(" of ")
    _add_field(pages, "NUMPAGES", "1")
    bottom = footer.add_paragraph(style=f"{MARKING_STYLE} Header")
    bottom.add_run("{{ marking }}")


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite the .docx with fixed timestamps so rebuilding gives identical bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- builder
class ReportBuilder:
    """Writes one report with docxtpl tags, one helper per kind of block.

    The helpers exist so that each tag is written in exactly one run and each block tag gets a
    paragraph (or table row) to itself, the two rules docxtpl relies on.
    """

    def __init__(self, report: str) -> None:
        self.report = report
        self.doc: DocxDocument = Document()
        _configure_styles(self.doc)
        _configure_numbering(self.doc)
        _configure_settings(self.doc)
        _configure_package(self.doc, report)
        section = self.doc.sections[0]
        _set_page(section)
        _header_footer(section, report)
        # The stock document starts with no paragraphs; keep it that way.
        self.text_width_mm = PORTRAIT_TEXT_MM

    # ---- paragraphs
    def para(self, text: str = "", style: str | None = None, bold: bool = False) -> Paragraph:
        """A paragraph holding ``text`` as a single run (tags included)."""
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            run = paragraph.add_run(text)
            if bold:
                run.bold = True
        return paragraph

    def runs(self, parts: Sequence[tuple[str, bool]], style: str | None = None) -> Paragraph:
        """A paragraph of several runs, each (text, bold); each tag stays inside one run."""
        paragraph = self.doc.add_paragraph(style=style)
        for text, bold in parts:
            run = paragraph.add_run(text)
            run.bold = bold
        return paragraph

    def tag(self, statement: str) -> Paragraph:
        """A paragraph that docxtpl replaces by a block tag, e.g. ``tag("for x in xs")``."""
        return self.para(f"{{%p {statement} %}}", style="Template Tag")

    def subdoc(self, key: str) -> Paragraph:
        """The author's prose for a section (a docxtpl Subdoc), alone in its paragraph."""
        return self.para(f"{{{{p n.{key} }}}}", style="Template Tag")

    def heading(self, text: str, level: int = 1, numbered: bool = True) -> Paragraph:
        """A real Heading 1/2/3 paragraph (so the TOC and Word's navigation pane see it)."""
        paragraph = self.doc.add_paragraph(style=f"Heading {level}")
        paragraph.add_run(text)
        if not numbered:
            _no_numbering(paragraph)
        return paragraph

    def placeholder(self, label: str) -> Paragraph:
        """A highlighted "[Author to complete: …]" paragraph, as the drafts code uses."""
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(f"[Author to complete: {label}]")
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return paragraph

    def text_or_placeholder(self, variable: str, label: str) -> None:
        """Show a text variable, or the author's placeholder when the case has none."""
        self.tag(f"if {variable}")
        self.para(f"{{{{ {variable} }}}}")
        self.tag("else")
        self.placeholder(label)
        self.tag("endif")

    def paragraphs(self, expression: str, var: str = "x", style: str | None = None) -> None:
        """One paragraph per item of a list of strings."""
        self.tag(f"for {var} in {expression}")
        self.para(f"{{{{ {var} }}}}", style=style)
        self.tag("endfor")

    def bullets(
        self,
        expression: str,
        item: str,
        var: str = "x",
        intro: str | None = None,
        empty: str | None = None,
        empty_placeholder: str | None = None,
    ) -> None:
        """A bulleted list, with a "None." line or a placeholder when the list is empty.

        The introducing sentence sits inside the non-empty branch, so that "The following
        will receive copies:" is never followed by nothing.
        """
        self.tag(f"if {expression}")
        if intro:
            self.para(intro)
        self.tag(f"for {var} in {expression}")
        self.para(item, style="List Bullet")
        self.tag("endfor")
        if empty or empty_placeholder:
            self.tag("else")
            if empty_placeholder:
                self.placeholder(empty_placeholder)
            else:
                self.para(empty)
        self.tag("endif")

    def page_break(self) -> None:
        """A paragraph holding only a page break."""
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- tables
    def table(
        self,
        columns: Sequence[Col],
        loop: str,
        items: str,
        intro: str | None = None,
        empty: str | None = None,
        empty_placeholder: str | None = None,
        total: Sequence[str] | None = None,
        small: bool = False,
    ) -> Table:
        """A table whose data row repeats for each item (``{%tr for … %}`` rows).

        The table only appears when the list has items; otherwise a sentence or placeholder
        does, so that an empty list never leaves a table of headings with nothing under them.
        The introducing sentence, if any, is shown only with the table.
        """
        text_style = "Table Text Small" if small else "Table Text"
        head_style = "Table Heading Small" if small else "Table Heading"
        self.tag(f"if {items}")
        if intro:
            self.para(intro)
        table = self.doc.add_table(rows=0, cols=len(columns))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _table_look(table)

        head = table.add_row()
        _repeat_header(head)
        for cell, col in zip(head.cells, columns, strict=True):
            cell.paragraphs[0].style = self.doc.styles[head_style]
            cell.paragraphs[0].add_run(col.header)
            _shade(cell, HEADER_FILL)

        loop_row = table.add_row()
        loop_row.cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
        data = table.add_row()
        _cant_split(data)
        for cell, col in zip(data.cells, columns, strict=True):
            cell.paragraphs[0].style = self.doc.styles[text_style]
            cell.paragraphs[0].add_run(col.cell)
        end_row = table.add_row()
        end_row.cells[0].paragraphs[0].add_run("{%tr endfor %}")
        if total:
            total_row = table.add_row()
            _cant_split(total_row)
            for cell, text in zip(total_row.cells, total, strict=True):
                cell.paragraphs[0].style = self.doc.styles[text_style]
                if text:
                    cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E2F3")

        for row in table.rows:
            for cell, col in zip(row.cells, columns, strict=True):
                cell.width = Mm(col.width_mm)
        for grid_col, col in zip(table.columns, columns, strict=True):
            grid_col.width = Mm(col.width_mm)

        self.para(style="After Table")  # a little air, and keeps two tables from merging
        if empty or empty_placeholder:
            self.tag("else")
            if empty_placeholder:
                self.placeholder(empty_placeholder)
            else:
                self.para(empty)
        self.tag("endif")
        return table

    # ---- sections
    def new_section(self, landscape: bool) -> None:
        """Start a new page in a new section, switching orientation (headers carry over)."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        _set_page(section, landscape=landscape)
        self.text_width_mm = LANDSCAPE_TEXT_MM if landscape else PORTRAIT_TEXT_MM

    def save(self, path: Path) -> None:
        """Save with fixed timestamps (see ``_deterministic_zip``)."""
        buffer = io.BytesIO()
        self.doc.save(buffer)
        path.write_bytes(_deterministic_zip(buffer.getvalue()))


def _table_look(table: Table) -> None:
    """Light grey rules and a little cell padding: easier to read than Word's black grid."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), BORDER_COLOUR)
        borders.append(edge)
    margins = parse_xml(
        f"<w:tblCellMar {nsdecls('w')}>"
        '<w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
    )
    # Schema order in tblPr: … jc, …, tblBorders, shd, tblLayout, tblCellMar, tblLook.
    look = tbl_pr.find(qn("w:tblLook"))
    layout = tbl_pr.find(qn("w:tblLayout"))
    before = layout if layout is not None else look
    if before is not None:
        before.addprevious(borders)
    else:
        tbl_pr.append(borders)
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


def _shade(cell: _Cell, fill: str) -> None:
    """Fill a table cell with a solid colour."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _row_property(row: _Row, tag: str) -> None:
    """Add an on/off row property such as ``w:tblHeader`` or ``w:cantSplit``."""
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement(tag)
    if tag == "w:cantSplit":
        tr_pr.insert(0, element)  # cantSplit precedes tblHeader in trPr
    else:
        tr_pr.append(element)


def _repeat_header(row: _Row) -> None:
    """Repeat the heading row at the top of each page a long table runs onto."""
    _row_property(row, "w:cantSplit")
    _row_property(row, "w:tblHeader")


def _cant_split(row: _Row) -> None:
    """Keep a row on one page where it fits."""
    _row_property(row, "w:cantSplit")


# --------------------------------------------------------------------------- shared blocks
def _date_or_tbc(name: str) -> str:
    """A date variable, or a visible "[date to be confirmed]" when the case has none."""
    return f'{{{{ {name} or "[date to be confirmed]" }}}}'


CONTRIBUTOR_COLUMNS = (
    Col("Agency", 52, "{{ a.name }}"),
    Col("Contacts in the scoping period", 26, "{{ a.contacts }}"),
    Col("First and last entry", 36, "{% if a.first %}{{ a.first }} – {{ a.last }}{% endif %}"),
    Col(
        "IMR provided",
        46,
        "{% if a.has_imr %}Yes{% if a.imr_author %} ({{ a.imr_author }}){% endif %}"
        "{% else %}No{% if a.no_imr_reason %}: {{ a.no_imr_reason }}{% endif %}{% endif %}",
    ),
)
PANEL_COLUMNS = (
    Col("Name", 45, "{{ m.name }}"),
    Col("Role", 55, "{{ m.role }}"),
    Col("Agency", 60, "{{ m.agency }}"),
)
KEY_EVENT_COLUMNS = (
    Col("Date", 30, "{{ e.date }}"),
    Col("Agency", 45, "{{ e.agency }}"),
    Col("Event", 85, "{{ e.event }}"),
)
GLOSSARY_COLUMNS = (Col("Term", 40, "{{ g.term }}"), Col("Meaning", 120, "{{ g.meaning }}"))
RECOMMENDATION_COLUMNS = (
    Col("No.", 12, "{{ r.number }}"),
    Col("Recommendation", 88, "{{ r.recommendation }}"),
    Col("Scope", 20, "{{ r.scope }}"),
    Col("Category", 40, "{{ r.category }}"),
)
ACTION_PLAN_COLUMNS = (
    Col("No.", 10, "{{ r.number }}"),
    Col("Recommendation", 40, "{{ r.recommendation }}"),
    Col("Scope", 16, "{{ r.scope }}"),
    Col("Action to take", 40, "{{ r.action }}"),
    Col("Lead agency", 28, "{{ r.lead_agency }}"),
    Col("Key milestones", 35, "{{ r.milestones }}"),
    Col("Target date", 20, "{{ r.target_date }}"),
    Col(
        "Date of completion and outcome",
        40,
        "{% if r.completed %}Completed {{ r.completed }}. {% endif %}{{ r.outcome }}",
    ),
    Col("Source", 28, "{{ r.source }}"),
)


def cover(b: ReportBuilder) -> None:
    """Cover page: marking, CSP, title, which report, author, date; then a page break."""
    marking = b.para("{{ marking }}", style="Protective Marking")
    _para_border(marking, "C00000", fill="F2F2F2")
    for _ in range(3):
        b.para()
    csp = b.para("{{ csp }}", style="Cover Text")
    csp.runs[0].font.size = Pt(16)
    csp.runs[0].font.color.rgb = NAVY
    b.para("{{ review.name }}", style="Cover Text").runs[0].font.color.rgb = GREY
    b.para("{{ title }}", style="Title")
    b.para(b.report, style="Subtitle")
    for _ in range(2):
        b.para()
    details = (
        ("Review reference: ", "{{ case_id }}"),
        ("Independent chair: ", '{{ chair.name or "[to be confirmed]" }}'),
        ("Author: ", '{{ author.name or "[to be confirmed]" }}'),
        ("Date: ", '{{ completed or "Draft – date of completion to be confirmed" }}'),
    )
    for label, value in details:
        b.runs(((label, True), (value, False)), style="Cover Text")
    b.runs((("Status: ", True), ("draft for the review panel, not published", False)),
           style=STATUS_STYLE)
    for _ in range(6):
        b.para()
    b.para(
        "This report is marked {{ marking }}. Until the agreed date of publication it must "
        "be shared only with the review panel, the Community Safety Partnership and the Home "
        "Office. Do not copy or forward it.",
        style=NOTICE_STYLE,
    )
    b.page_break()


def contents(b: ReportBuilder) -> None:
    """Contents page: a real TOC field, refreshed when the document is opened."""
    b.para("Contents", style="TOC Heading")
    _add_field(b.para(), TOC_INSTRUCTION, TOC_PLACEHOLDER, dirty=True)
    b.page_break()


def contributors(b: ReportBuilder, level: int = 1) -> None:
    """The agencies that contributed, their contacts and whether they wrote an IMR."""
    b.heading("Contributors to the review", level)
    b.para(
        "The following agencies were asked for a chronology of their contact with the people "
        "in this review, and where their involvement was significant an Individual Management "
        "Review (IMR)."
    )
    b.table(
        CONTRIBUTOR_COLUMNS, "a in agencies", "agencies", empty_placeholder="contributing agencies"
    )


def panel(b: ReportBuilder, level: int = 1) -> None:
    """Every panel member named, with role and agency."""
    b.heading("The review panel members", level)
    b.para(
        "In the interests of transparency, the members of the review panel are listed below "
        "with their role and the agency they represent."
    )
    b.table(PANEL_COLUMNS, "m in panel", "panel", empty_placeholder="review panel members")


def chair_and_author(b: ReportBuilder, heading: str, level: int = 1) -> None:
    """Chair and author, their backgrounds and the author's statement of independence."""
    b.heading(heading, level)
    b.tag("if chair.name and chair.name == author.name")
    b.para(
        "{{ chair.name }} was the independent chair of the review panel and the author of "
        "this report."
    )
    b.tag("else")
    b.para(
        'The independent chair of the review panel was {{ chair.name or "[to be confirmed]" }}.'
        ' The author of this report was {{ author.name or "[to be confirmed]" }}.'
    )
    b.tag("endif")
    b.tag("if chair.background")
    b.para("{{ chair.background }}")
    b.tag("endif")
    b.tag("if author.background and author.background != chair.background")
    b.para("{{ author.background }}")
    b.tag("endif")
    b.para("Statement of independence", style="Label")
    b.text_or_placeholder("author.independence", "statement of independence")


def terms_of_reference(b: ReportBuilder, level: int = 1) -> None:
    """The review's terms of reference as a bulleted list."""
    b.heading("Terms of reference", level)
    b.bullets(
        "terms_of_reference",
        "{{ x }}",
        intro="The review panel agreed the following terms of reference:",
        empty_placeholder="terms of reference agreed by the panel",
    )


def key_events_table(b: ReportBuilder, intro: str | None = None) -> None:
    """The summary chronology: the key events, one per row."""
    b.table(
        KEY_EVENT_COLUMNS,
        "e in key_events",
        "key_events",
        intro=intro,
        empty="No key events were recorded.",
    )


def recommendations_table(b: ReportBuilder, intro: str) -> None:
    """The review's own recommendations, numbered, with scope and Home Office category."""
    b.table(
        RECOMMENDATION_COLUMNS,
        "r in recommendations",
        "recommendations",
        intro=intro,
        empty="The review panel made no recommendations of its own.",
    )


def action_plan(b: ReportBuilder, heading: str, final: bool = False) -> None:
    """The SMART action plan on landscape pages, then back to portrait unless it ends the
    document (an empty portrait section would print as a blank last page)."""
    b.new_section(landscape=True)
    b.heading(heading, 1, numbered=False)
    b.table(
        ACTION_PLAN_COLUMNS,
        "r in action_plan",
        "action_plan",
        intro=(
            "The review panel translated its recommendations into the following specific, "
            "measurable, achievable, realistic and timely action plan. Recommendations from "
            "the agencies' IMRs are included as single-agency actions, with the agency named as "
            "the source. The {{ csp }} monitors progress against every action."
        ),
        empty_placeholder="action plan agreed by the panel",
        small=True,
    )
    if not final:
        b.new_section(landscape=False)


# --------------------------------------------------------------------------- the reports
def build_overview() -> ReportBuilder:
    """The Overview Report, section by section in the Home Office model order."""
    b = ReportBuilder("Overview Report")
    cover(b)
    contents(b)

    b.heading("Introduction")
    b.para(
        "This report of a {{ review.lower }} examines how agencies responded to, and "
        "supported, {{ victim }}{% if review.dardr %}, who had experienced domestic abuse,"
        "{% endif %} before their death on "
        + _date_or_tbc("date_of_death")
        + ". The review was carried out on behalf of the {{ csp }} under section 9 of the "
        "Domestic Violence, Crime and Victims Act 2004{% if review.dardr %}, as amended by "
        "section 19 of the Victims and Prisoners Act 2024{% endif %}."
    )
    b.heading("Condolences", 2)
    b.text_or_placeholder("condolences", "condolences to the family")
    b.heading("Summary of the circumstances", 2)
    b.text_or_placeholder("circumstances", "summary of the circumstances")
    b.heading("Scope of the review", 2)
    b.para(
        "The review considered agencies' contact with the people in this review from "
        "{{ scoping_start }} to {{ scoping_end }}."
    )
    b.subdoc("introduction")

    b.heading("Timescales")
    b.para(
        "The {{ csp }} commissioned this review on " + _date_or_tbc("commissioned") + ". The "
        "review was completed on " + _date_or_tbc("completed") + "."
    )
    b.tag("if delay_requests")
    b.para("Requests to delay the review are set out in Appendix A.")
    b.tag("endif")
    b.table(
        (Col("Date", 40, "{{ m.date }}"), Col("Purpose", 120, "{{ m.purpose }}")),
        "m in meetings",
        "meetings",
        intro="The review panel met on the following dates:",
        empty_placeholder="dates of panel meetings",
    )

    b.heading("Confidentiality")
    b.text_or_placeholder("confidentiality", "confidentiality")
    b.para(
        "The findings of this review are confidential until publication: until then the report "
        "and its papers are available only to the participating officers and professionals "
        "and their line managers, under the Government Security Classifications."
    )

    terms_of_reference(b)

    b.heading("Methodology")
    b.text_or_placeholder("methodology", "methodology")

    b.heading("Involvement of family, friends, work colleagues, neighbours and the wider community")
    b.heading("Family", 2)
    b.text_or_placeholder("family_involvement", "how the family were involved")
    b.heading("Friends, work colleagues, neighbours and the wider community", 2)
    b.text_or_placeholder("friends_involvement", "how friends and the community were involved")

    contributors(b)
    panel(b)
    chair_and_author(b, "Author of the overview report")

    b.heading("Parallel reviews")
    b.bullets("parallel_reviews", "{{ r.name }}: {{ r.status }}", var="r", empty="None.")

    b.heading("Equality and diversity")
    b.para(
        "The review panel considered each of the protected characteristics in the Equality Act "
        "2010 (age, disability, gender reassignment, marriage and civil partnership, pregnancy "
        "and maternity, race, religion or belief, sex and sexual orientation) and whether any "
        "of them affected the services offered to the people in this review."
    )
    b.table(
        (
            Col("Characteristic", 45, "{{ q.characteristic }}"),
            Col("Consideration", 115, "{{ q.consideration }}"),
        ),
        "q in equality",
        "equality",
        empty_placeholder="equality and diversity considerations",
    )

    b.heading("Dissemination")
    b.bullets(
        "dissemination",
        "{{ x }}",
        intro="The following will receive copies of this report:",
        empty_placeholder="who will receive the report",
    )

    b.heading("Background information (the facts)")
    b.subdoc("background")

    b.heading("Chronology")
    b.para(
        "The agencies' chronologies were merged into a single chronology of "
        "{{ chronology.entries }} {{ 'entry' if chronology.entries == 1 else 'entries' }}, of "
        "which {{ chronology.in_scope }} {{ 'falls' if chronology.in_scope == 1 else 'fall' }} "
        "within the scoping period, from {{ scoping_start }} to {{ scoping_end }}"
        "{% if chronology.outside %}; {{ chronology.outside }} before or after it "
        "{{ 'is' if chronology.outside == 1 else 'are' }} included for context{% endif %}"
        "{% if chronology.undated %}; {{ chronology.undated }} could not be dated{% endif %}. "
        "Figure 1 shows when each agency was in contact."
    )
    timeline = b.para("{{ timeline }}")
    timeline.alignment = WD_ALIGN_PARAGRAPH.CENTER
    timeline.paragraph_format.keep_with_next = True
    b.para("Figure 1: Agency contacts over the scoping period", style="Caption")
    b.heading("Key events", 2)
    key_events_table(b, "The key events in the merged chronology were:")
    b.heading("Contacts by agency", 2)
    b.table(
        (
            Col("Agency", 72, "{{ c.agency }}"),
            Col("In the scoping period", 22, "{{ c.count }}"),
            Col("Before or after it", 22, "{{ c.outside }}"),
            Col("Undated", 22, "{{ c.undated }}"),
            Col("All entries", 22, "{{ c.entries }}"),
        ),
        "c in contact_counts",
        "contact_counts",
        empty="No agency contacts were recorded.",
        total=(
            "Total",
            "{{ chronology.in_scope }}",
            "{{ chronology.outside }}",
            "{{ chronology.undated }}",
            "{{ chronology.entries }}",
        ),
    )

    b.heading("Overview")
    b.subdoc("overview")
    b.tag("for a in agencies")
    b.heading("{{ a.name }}", 2)
    b.para(
        "{{ a.name }} recorded {{ a.contacts }} contact{{ '' if a.contacts == 1 else 's' }} "
        "with the people in this review within the scoping period"
        "{% if a.first %}; its chronology runs from {{ a.first }} to {{ a.last }}{% endif %}."
        "{% if a.outside or a.undated %} It also holds "
        "{% if a.outside %}{{ a.outside }} {{ 'entry' if a.outside == 1 else 'entries' }} "
        "before or after the scoping period{% endif %}"
        "{% if a.outside and a.undated %} and {% endif %}"
        "{% if a.undated %}{{ a.undated }} undated "
        "{{ 'entry' if a.undated == 1 else 'entries' }}{% endif %}.{% endif %}"
    )
    b.tag("if a.has_imr")
    b.para(
        "The agency provided an Individual Management Review"
        "{% if a.imr_author %}, written by {{ a.imr_author }}{% endif %}."
    )
    b.tag("else")
    b.para(
        "The agency did not provide an Individual Management Review"
        "{% if a.no_imr_reason %}: {{ a.no_imr_reason.rstrip('.') }}{% endif %}."
    )
    b.tag("endif")
    b.paragraphs("a.involvement", var="x")
    b.tag("endfor")

    b.heading("Analysis")
    b.subdoc("analysis")
    b.tag("for a in agencies if a.analysis or a.good_practice")
    b.heading("{{ a.name }}", 2)
    b.paragraphs("a.analysis", var="x")
    b.tag("if a.good_practice")
    b.para("Good practice", style="Label")
    b.paragraphs("a.good_practice", var="x", style="List Bullet")
    b.tag("endif")
    b.tag("endfor")

    b.heading("Conclusions")
    b.subdoc("conclusions")

    b.heading("Lessons to be learned")
    b.subdoc("lessons")
    b.tag("for a in agencies if a.lessons")
    b.heading("{{ a.name }}", 2)
    b.paragraphs("a.lessons", var="x")
    b.tag("endfor")

    b.heading("Recommendations")
    b.heading("Overview report recommendations", 2)
    recommendations_table(
        b,
        "The review panel makes the following recommendations. Each is set out with its "
        "actions, lead agency and target date in the action plan at the end of this report.",
    )
    b.heading("Single-agency recommendations", 2)
    b.tag('if agencies|selectattr("recommendations")|list')
    b.para(
        "The agencies' IMRs made the following recommendations for their own services. They "
        "appear in the action plan as single-agency actions."
    )
    b.tag("for a in agencies if a.recommendations")
    b.para("{{ a.name }}", style="Label")
    b.paragraphs("a.recommendations", var="x", style="List Bullet")
    b.tag("endfor")
    b.tag("else")
    b.para("None.")
    b.tag("endif")

    # Appendices that may be empty come first and only when they have something to say (no
    # page that says "None."); the action plan always ends the report on its landscape pages,
    # so an empty appendix leaves no blank page behind. Letters follow what is there.
    b.tag("if delay_requests")
    delays = b.heading("Appendix A: Requests to delay the review", 1, numbered=False)
    delays.paragraph_format.page_break_before = True
    b.table(
        (
            Col("Date", 30, "{{ d.date }}"),
            Col("Reason for the request", 75, "{{ d.reason }}"),
            Col("Outcome", 55, "{{ d.outcome }}"),
        ),
        "d in delay_requests",
        "delay_requests",
    )
    b.tag("endif")
    b.tag("if glossary")
    glossary = b.heading("Appendix {{ 'B' if delay_requests else 'A' }}: Glossary", 1,
                         numbered=False)
    glossary.paragraph_format.page_break_before = True
    b.table(GLOSSARY_COLUMNS, "g in glossary", "glossary")
    b.tag("endif")
    action_plan(b, "Appendix {{ 'ABC'[(1 if delay_requests else 0) + (1 if glossary else 0)] "
                "}}: Action plan", final=True)
    return b


def build_summary() -> ReportBuilder:
    """The Executive Summary: the short, publishable account of the review and its findings."""
    b = ReportBuilder("Executive Summary")
    cover(b)
    contents(b)

    b.heading("The review process")
    b.para(
        "This summary outlines the process undertaken by the {{ csp }} {{ review.lower }} "
        "panel in reviewing the death of {{ victim }} on " + _date_or_tbc("date_of_death") + "."
    )
    b.para(
        "The review was commissioned on "
        + _date_or_tbc("commissioned")
        + " and completed on "
        + _date_or_tbc("completed")
        + ". It considered agencies' contact with the people in "
        "this review from {{ scoping_start }} to {{ scoping_end }}."
        "{% if meetings %} The review panel met {{ meetings|length }} "
        "time{{ '' if meetings|length == 1 else 's' }}.{% endif %}"
    )
    b.tag("if circumstances")
    b.para("{{ circumstances }}")
    b.tag("endif")

    contributors(b)
    panel(b)
    chair_and_author(b, "Chair and author")
    terms_of_reference(b)

    b.heading("Summary chronology")
    key_events_table(
        b, "The key events in the agencies' contact with the people in this review were:"
    )

    b.heading("Key issues arising from the review")
    b.subdoc("key_issues")
    b.heading("Conclusions")
    b.subdoc("conclusions")
    b.heading("Lessons to be learned")
    b.subdoc("lessons")

    b.heading("Recommendations")
    recommendations_table(
        b,
        "The review panel makes the following recommendations. The action plan at the end of "
        "this summary sets out who will do what, by when, and with what intended outcome.",
    )

    # The glossary comes before the landscape action plan, so that a review without one
    # ends on the action plan rather than on an empty portrait page.
    b.tag("if glossary")
    b.heading("Appendix A: Glossary", 1, numbered=False)
    b.table(GLOSSARY_COLUMNS, "g in glossary", "glossary")
    b.tag("endif")
    action_plan(b, "Appendix {{ 'B' if glossary else 'A' }}: Action plan", final=True)
    return b


BUILDERS: dict[str, Callable[[], ReportBuilder]] = {
    OVERVIEW_NAME: build_overview,
    SUMMARY_NAME: build_summary,
}


def main(argv: Sequence[str] | None = None) -> None:
    """Write both templates (into ``templates/`` unless ``--out`` names another folder)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write the templates to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        path = args.out / name
        build().save(path)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
