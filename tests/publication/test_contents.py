"""Contents pages filled from LibreOffice's own layout: the PDF and the Word file list every
heading with the page it is printed on, linked to it, and nothing asks Word to update fields."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, Twips

from pipeline.errors import PublishError
from pipeline.ooxml.toc import ContentsEntry, body_headings, write_contents
from pipeline.publication.contents import fill_contents, read_outline
from pipeline.publication.pdf import convert_to_pdf

pytestmark = pytest.mark.slow

TOPICS = ("The review process", "Contributors to the review", "The review panel members",
          "Terms of reference", "Methodology", "Involvement of family and friends",
          "Parallel reviews", "Equality and diversity", "Dissemination", "Background",
          "Chronology", "Overview", "Analysis", "Conclusions", "Lessons to be learned",
          "Recommendations")
# A numbered heading and an unnumbered one whose texts start with digits, and an appendix.
HEADINGS = [(1, "The review process", True), (2, "2019 to 2020: lockdown", True)]
HEADINGS += [(level, text, True) for topic in TOPICS[1:]
             for level, text in ((1, topic), (2, f"{topic}: agencies"), (2, f"{topic}: family"))]
HEADINGS += [(1, "Appendix A: Action plan", False), (2, "2023 progress", False)]
PROSE = ("The panel read every agency's chronology and spoke with the family about what they "
         "had seen and what they had told services at the time. ") * 5
PLACEHOLDER = "Right-click to update the table of contents (Update Field)."
FIELD = (
    f'<w:p {nsdecls("w")}>'
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    f'<w:r><w:t>{PLACEHOLDER}</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
HEADING_NUMBERS = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
              f'<w:pStyle w:val="Heading{i + 1}"/><w:suff w:val="tab"/>'
              f'<w:lvlText w:val="{".".join(f"%{n + 1}" for n in range(i + 1))}"/>'
              f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 + 142 * i}" '
              f'w:hanging="{567 + 142 * i}"/></w:pPr></w:lvl>' for i in range(3))
    + "</w:abstractNum>")
ENTRY = re.compile(r"^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$")


def _write_report(path: Path, contents: bool = True) -> Path:
    """A report laid out like the templates: cover, contents field, numbered headings."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(HEADING_NUMBERS)
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    num_id = numbering.add_num(90).numId
    for level in (1, 2, 3):
        number = document.styles[f"Heading {level}"].element.get_or_add_pPr().get_or_add_numPr()
        number.get_or_add_ilvl().val = level - 1
        number.get_or_add_numId().val = num_id
        style = document.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.style_id, style.base_style = f"TOC{level}", document.styles["Normal"]
        style.paragraph_format.left_indent = Twips(283 * (level - 1))
        style.paragraph_format.space_after = Pt(3)
        style.font.bold = level == 1
    document.add_paragraph("Domestic Homicide Review", style="Title")
    document.add_paragraph("Overview report")
    document.add_page_break()
    # Based on Heading 1, as in Word's own templates, with its numbering switched off.
    title = document.styles["TOC Heading"].element.get_or_add_pPr().get_or_add_numPr()
    title.get_or_add_numId().val = 0
    document.add_paragraph("Contents", style="TOC Heading")
    if contents:
        document.element.body.insert(len(document.element.body) - 1, parse_xml(FIELD))
    document.add_page_break()
    for level, text, numbered in HEADINGS:
        heading = document.add_heading(text, level)
        if not numbered:
            heading._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = 0
        for _ in range(2):
            document.add_paragraph(PROSE)
    settings = document.settings.element
    update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    compat = settings.find(qn("w:compat"))
    settings.append(update) if compat is None else compat.addprevious(update)
    document.save(path)
    return path


def _page_texts(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout.split("\f")


def _contents_lines(pages: list[str]) -> dict[int, list[tuple[str, int]]]:
    """(number and text, page) of every line with a dotted leader, by the page it is on."""
    found: dict[int, list[tuple[str, int]]] = {}
    for index, text in enumerate(pages, 1):
        for line in text.splitlines():
            if match := ENTRY.match(line):
                found.setdefault(index, []).append((_label(match.group(1)),
                                                    int(match.group(2))))
    return found


def _label(text: str) -> str:
    return " ".join(text.split())


def _listed(pages: list[str]) -> list[tuple[str, int]]:
    contents = _contents_lines(pages)
    return [entry for index in sorted(contents) for entry in contents[index]]


def _word_entries(docx: bytes) -> list[ContentsEntry]:
    """The contents the Word file holds, read as Word shows them."""
    document = Document(io.BytesIO(docx))
    entries = []
    for paragraph in document.paragraphs:
        style = paragraph.style.style_id
        if style.startswith("TOC") and style[3:].isdigit():
            *number, text, page = paragraph.text.split("\t")
            entries.append(ContentsEntry(int(style[3:]), "".join(number), text, int(page)))
    return entries


def _part(docx: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return archive.read(name).decode("utf-8")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A report and a document without contents, filled by converting them together."""
    folder = tmp_path_factory.mktemp("contents")
    report, plain = _write_report(folder / "report.docx"), folder / "plain.docx"
    _write_report(plain, contents=False)
    original, plain_before = report.read_bytes(), plain.read_bytes()
    conversions = []

    def convert(documents: list[Path]) -> list[Path]:
        conversions.append(documents)
        return convert_to_pdf(documents, folder / "pdf")

    pdfs = fill_contents([report, plain], convert)
    return {"report": report, "plain": plain, "original": original, "plain_before": plain_before,
            "pdfs": pdfs, "conversions": len(conversions), "pages": _page_texts(pdfs[0])}


def test_the_pdf_contents_give_the_page_each_heading_is_printed_on(filled: dict) -> None:
    pages = filled["pages"]
    contents = _contents_lines(pages)
    assert len(contents) >= 2, "the contents should run over more than one page"
    entries = _word_entries(filled["report"].read_bytes())
    assert [e.text for e in entries] == [text for _, text, _ in HEADINGS]
    for entry in entries:
        label = _label(f"{entry.number} {entry.text}")
        printed = [index for index, body in enumerate(pages, 1) if index not in contents
                   and any(_label(line) == label for line in body.splitlines())]
        assert printed[:1] == [entry.page], f"{label!r} is printed on {printed}"
    numbers = {e.text: e.number for e in entries}
    assert numbers["2019 to 2020: lockdown"] == "1.1" and numbers["Recommendations"] == "16"
    assert numbers["Appendix A: Action plan"] == "" and numbers["2023 progress"] == ""
    assert filled["conversions"] == 2  # the placeholders gave the contents their final length


def test_the_word_file_holds_the_same_contents_and_asks_nothing_of_word(filled: dict) -> None:
    docx = filled["report"].read_bytes()
    assert [(_label(f"{e.number} {e.text}"), e.page)
            for e in _word_entries(docx)] == _listed(filled["pages"])
    assert [e.level for e in _word_entries(docx)] == [level for level, _, _ in HEADINGS]
    document = _part(docx, "word/document.xml")
    assert PLACEHOLDER not in document and 'TOC \\o "1-3"' in document
    assert "w:dirty" not in document
    assert "updateFields" not in _part(docx, "word/settings.xml")
    assert "updateFields" in _part(filled["original"], "word/settings.xml")


def test_writing_the_contents_again_gives_the_same_bytes(filled: dict) -> None:
    docx = filled["report"].read_bytes()
    entries = _word_entries(docx)
    assert write_contents(docx, entries) == docx
    once = write_contents(filled["original"], entries)
    assert write_contents(once, entries) == once
    names = re.findall(r'<w:bookmarkStart [^>]*w:name="([^"]+)"', _part(docx, "word/document.xml"))
    assert len(names) == len(HEADINGS) and not [n for n, c in Counter(names).items() if c > 1]


def test_a_document_without_contents_is_converted_and_left_alone(filled: dict) -> None:
    assert filled["plain"].read_bytes() == filled["plain_before"]
    assert filled["pdfs"][1].is_file()
    entries = [ContentsEntry(level, "", text, 3) for level, text in body_headings(
        filled["plain_before"])]
    assert write_contents(filled["plain_before"], entries) == filled["plain_before"]


def test_contents_entries_link_to_their_headings_pages(filled: dict) -> None:
    contents = _contents_lines(filled["pages"])
    with pikepdf.open(filled["pdfs"][0]) as pdf:
        index = {page.objgen: n for n, page in enumerate(pdf.pages, 1)}
        for number, lines in contents.items():
            links = sorted((a for a in pdf.pages[number - 1].get("/Annots", [])
                            if a.get("/Subtype") == "/Link"), key=lambda a: -a["/Rect"][3])
            assert len(links) == len(lines)
            for link, (text, page) in zip(links, lines, strict=True):
                target = link.get("/Dest")
                if target is None:
                    target = link["/A"]["/D"]
                assert index[target[0].objgen] == page, text


def test_the_outline_is_read_with_numbers_levels_and_pages(filled: dict) -> None:
    outline = [mark for mark in read_outline(filled["pdfs"][0]) if mark[1] != "Contents"]
    assert len(outline) == len(HEADINGS)
    assert outline[1][1] == "1.1 2019 to 2020: lockdown"
    assert outline[-1][1] == "2023 progress"
    assert [page for _, _, page in outline] == [page for _, page in _listed(filled["pages"])]


def test_contents_that_will_not_settle_are_refused(tmp_path: Path) -> None:
    report = _write_report(tmp_path / "report.docx")
    with pytest.raises(PublishError, match=r"report\.docx: the page numbers"):
        fill_contents([report], lambda documents: convert_to_pdf(documents, tmp_path),
                      max_passes=1)

