"""Every picture in a Word file is found, whatever points at it, and one taken out leaves no
image behind (Word's SVG copy included)."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Mm
from lxml import etree
from PIL import Image

from pipeline.ooxml.docx_package import DocxPackage
from pipeline.ooxml.ns import NSMAP, qn
from pipeline.ooxml.pictures import (
    drop_unused_images,
    image_parts,
    list_pictures,
    remove_picture,
    unreadable_parts,
)

SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _with_svg_copy(tmp_path: Path) -> DocxPackage:
    """A picture as Word saves an SVG: a PNG for older readers and the SVG beside it."""
    document = Document()
    document.add_paragraph("Before.")
    document.add_picture(io.BytesIO(_png("red")), width=Mm(20))
    document.add_paragraph("After.")
    document.add_picture(io.BytesIO(_png("blue")), width=Mm(20))
    document.save(str(tmp_path / "p.docx"))
    package = DocxPackage((tmp_path / "p.docx").read_bytes())
    package.raw["word/media/copy.svg"] = b"<svg xmlns='http://www.w3.org/2000/svg'/>"
    package.order.append("word/media/copy.svg")
    rels = package.xml["word/_rels/document.xml.rels"]
    etree.SubElement(rels, f"{{{NSMAP['rel']}}}Relationship", Id="rIdSvg", Type=IMAGE,
                     Target="media/copy.svg")
    blip = next(package.xml["word/document.xml"].iter(qn("a:blip")))
    ext = etree.SubElement(etree.SubElement(blip, qn("a:extLst")), qn("a:ext"))
    etree.SubElement(ext, f"{{{SVG_NS}}}svgBlip").set(qn("r:embed"), "rIdSvg")
    return package


def test_every_reference_to_an_image_is_a_picture_with_its_place(tmp_path: Path) -> None:
    pictures = list_pictures(_with_svg_copy(tmp_path))
    assert [(p.part, p.paragraph, p.media.rsplit(".", 1)[-1]) for p in pictures] == [
        ("word/document.xml", 2, "png"), ("word/document.xml", 2, "svg"),
        ("word/document.xml", 4, "png")]
    assert len({p.sha256 for p in pictures}) == 3


def test_a_picture_taken_out_takes_its_svg_copy_with_it(tmp_path: Path) -> None:
    package = _with_svg_copy(tmp_path)
    first = list_pictures(package)[0]
    assert remove_picture(package, first, "[Picture removed before publication]")
    left = list_pictures(package)
    assert [p.paragraph for p in left] == [4] and image_parts(package) == {left[0].media}
    body = "".join(package.xml["word/document.xml"].itertext())
    assert "[Picture removed before publication]" in body
    assert drop_unused_images(package) == []


def test_charts_and_diagrams_with_text_are_named(tmp_path: Path) -> None:
    package = _with_svg_copy(tmp_path)
    assert unreadable_parts(package) == []
    package.order.append("word/diagrams/data1.xml")
    package.xml["word/diagrams/data1.xml"] = etree.fromstring(
        f"<dgm:dataModel xmlns:dgm='urn:x' xmlns:a='{NSMAP['a']}'><a:t>A name</a:t>"
        "</dgm:dataModel>")
    assert unreadable_parts(package) == ["word/diagrams/data1.xml"]
