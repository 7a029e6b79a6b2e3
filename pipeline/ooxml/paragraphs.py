"""Paragraphs found by their style, rewritten or removed: how publication turns a draft's
protective marking, pre-publication notice and status line into those of a published report.

Templates mark those paragraphs with named styles (``Protective Marking``, ``Pre-publication
Notice``, ``Publication Status``), which survive docxtpl, Word and LibreOffice and which a
partnership's own template can use too.
"""

from __future__ import annotations

from lxml import etree

from pipeline.ooxml.docx_package import DocxPackage
from pipeline.ooxml.ns import qn

_STYLES = "word/styles.xml"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _style_ids(package: DocxPackage, prefix: str) -> set[str]:
    """Ids of the paragraph styles whose names start with ``prefix`` (case ignored)."""
    root = package.xml.get(_STYLES)
    if root is None:
        return set()
    ids = set()
    for style in root.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        label = name.get(qn("w:val"), "") if name is not None else ""
        if style.get(qn("w:type")) == "paragraph" and label.casefold().startswith(
                prefix.casefold()):
            ids.add(style.get(qn("w:styleId"), ""))
    return ids


def styled_paragraphs(package: DocxPackage, prefix: str) -> list[etree._Element]:
    """Every ``w:p`` in every story part whose style name starts with ``prefix``."""
    ids = _style_ids(package, prefix)
    found = []
    for part in package.order:
        root = package.xml.get(part)
        if root is None or not part.startswith("word/") or part.endswith(".rels"):
            continue
        for paragraph in root.iter(qn("w:p")):
            style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            if style is not None and style.get(qn("w:val")) in ids:
                found.append(paragraph)
    return found


def set_text(paragraph: etree._Element, pieces: list[str]) -> None:
    """Give the paragraph's first runs the texts ``pieces`` (each keeps its run's formatting;
    the last run takes what is left) and empty the rest."""
    texts = [t for t in paragraph.iter(qn("w:t"))]
    if not texts:
        run = etree.SubElement(paragraph, qn("w:r"))
        texts = [etree.SubElement(run, qn("w:t"))]
    runs: list[etree._Element] = []
    for text in texts:
        if text.getparent() not in runs:
            runs.append(text.getparent())
    for index, run in enumerate(runs):
        run_texts = run.findall(qn("w:t"))
        value = pieces[index] if index < len(runs) - 1 and index < len(pieces) else (
            "".join(pieces[index:]) if index < len(pieces) else "")
        for position, element in enumerate(run_texts):
            element.text = value if position == 0 else ""
            element.set(_XML_SPACE, "preserve")


def remove(paragraph: etree._Element) -> None:
    """Remove the paragraph, unless it is the last block where one is required (a cell, a
    header, a text box, a note, a content control): then only empty it."""
    parent = paragraph.getparent()
    blocks = [c for c in parent if c.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt"))]
    if len(blocks) <= 1:
        set_text(paragraph, [""])
        return
    properties = paragraph.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    if properties is not None:  # the paragraph ends a section: keep the break, lose the text
        set_text(paragraph, [""])
        return
    parent.remove(paragraph)
