"""Pictures in a .docx: where each one stands, its bytes, and the two edits publication needs.

A picture is a ``a:blip`` (DrawingML) or ``v:imagedata`` (VML) in a story part, pointing
through the part's relationships at a media part. Text search cannot see inside one, so
publication lists every picture with its place (part and paragraph) and its bytes, and either
replaces the bytes (a picture the tool drew again from anonymised text) or takes the picture out
(:func:`remove_picture`), leaving a short note where it stood.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lxml import etree

from pipeline.ooxml.docx_package import DocxPackage, resolve_target
from pipeline.ooxml.ns import NSMAP, qn

_HOLDERS = (qn("wp:inline"), qn("wp:anchor"))
_REFERENCES = ((qn("a:blip"), (qn("r:embed"), qn("r:link"))),
               (qn("v:imagedata"), (qn("r:id"),)))
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class Picture:
    """One picture as it stands in the document."""

    part: str  # the story part holding it, e.g. ``word/document.xml``
    paragraph: int  # 1-based paragraph of that part
    media: str  # the media part, e.g. ``word/media/image2.png``
    name: str  # ``wp:docPr/@name``
    alt_text: str
    sha256: str
    data: bytes = field(repr=False, compare=False)
    _element: etree._Element = field(repr=False, compare=False, default=None)  # a:blip …

    @property
    def where(self) -> str:
        """``word/document.xml paragraph 212`` (no document text)."""
        return f"{self.part} paragraph {self.paragraph}"


def _doc_pr(element: etree._Element) -> etree._Element | None:
    holder = next((a for a in element.iterancestors() if a.tag in _HOLDERS), None)
    return None if holder is None else holder.find("wp:docPr", NSMAP)


def _media_of(package: DocxPackage, part: str, rel_id: str) -> str | None:
    rels = package.xml.get(str(PurePosixPath(part).parent / "_rels" /
                               f"{PurePosixPath(part).name}.rels"))
    if rels is None:
        return None
    for rel in rels.iterfind("rel:Relationship", NSMAP):
        if rel.get("Id") == rel_id and rel.get("TargetMode") != "External":
            target = str(resolve_target(PurePosixPath(part).parent, rel.get("Target", "")))
            return target if target in package.raw else None
    return None


def list_pictures(package: DocxPackage) -> list[Picture]:
    """Every picture in every story part, in document order (a picture used twice is listed
    at each place it stands)."""
    found = []
    for part in package.order:
        root = package.xml.get(part)
        if root is None or not part.startswith("word/") or part.endswith(".rels"):
            continue
        paragraphs = list(root.iter(qn("w:p")))  # held, so each element keeps its proxy
        for tag, attributes in _REFERENCES:
            for element in root.iter(tag):
                rel_id = next((element.get(a) for a in attributes if element.get(a)), None)
                media = _media_of(package, part, rel_id) if rel_id else None
                if media is None:
                    continue
                paragraph = next(element.iterancestors(qn("w:p")), None)
                number = next((n for n, p in enumerate(paragraphs, 1) if p is paragraph), 0)
                doc_pr = _doc_pr(element)
                found.append(Picture(
                    part, number, media,
                    doc_pr.get("name", "") if doc_pr is not None else "",
                    (doc_pr.get("descr", "") if doc_pr is not None else element.get(qn("o:title"),
                                                                                      "")),
                    hashlib.sha256(package.raw[media]).hexdigest(), package.raw[media],
                    element))
    return sorted(found, key=lambda p: (package.order.index(p.part), p.paragraph))


def replace_picture(package: DocxPackage, picture: Picture, data: bytes, alt_text: str) -> None:
    """Put ``data`` in the picture's media part and ``alt_text`` on it (the picture keeps its
    place, size and name)."""
    package.raw[picture.media] = data
    doc_pr = _doc_pr(picture._element)
    if doc_pr is not None:
        doc_pr.set("descr", alt_text)
    for properties in _picture_properties(picture._element):
        properties.set("descr", alt_text)


def _picture_properties(element: etree._Element) -> list[etree._Element]:
    holder = next((a for a in element.iterancestors() if a.tag in _HOLDERS), None)
    return [] if holder is None else list(holder.iter(qn("pic:cNvPr")))


def remove_picture(package: DocxPackage, picture: Picture, note: str) -> None:
    """Take the picture out of the document, ``note`` in its place; its media part goes too
    when nothing else shows it."""
    element = picture._element
    container = next((a for a in element.iterancestors()
                      if a.tag in (qn("w:drawing"), qn("w:pict"))), None)
    if container is None:
        return
    run = container.getparent()
    text = etree.Element(qn("w:t"))
    text.text = note
    text.set(_XML_SPACE, "preserve")
    run.replace(container, text)
    if not any(p.media == picture.media for p in list_pictures(package)):
        package.drop_part(picture.media)
