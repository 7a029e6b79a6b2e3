"""Pictures in a .docx: where each one stands, its bytes, and the two edits publication needs.

A picture is any element (``a:blip``, Word's SVG copy, ``v:imagedata``, a VML fill …) that
points through its part's relationships at an image part. Text search cannot see inside one,
so publication lists every picture with its place (part and paragraph) and its bytes, and either
replaces the bytes (a picture the tool drew again from anonymised text) or takes the picture out
(:func:`remove_picture`), leaving a short note where it stood; an image nothing shows any more
goes with it (:func:`drop_unused_images`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lxml import etree

from pipeline.ooxml.docx_package import DocxPackage, resolve_target
from pipeline.ooxml.ns import NSMAP, qn

_HOLDERS = (qn("wp:inline"), qn("wp:anchor"))
_R = NSMAP["r"]
_IMAGE_TYPE = "/image"  # the end of an image relationship's type
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


def _images_of(package: DocxPackage, part: str) -> dict[str, str]:
    """rel id -> image part, for the image relationships of one part."""
    path = PurePosixPath(part)
    rels = package.xml.get(str(path.parent / "_rels" / f"{path.name}.rels"))
    found = {}
    for rel in rels.iterfind("rel:Relationship", NSMAP) if rels is not None else ():
        if rel.get("TargetMode") != "External" and rel.get("Type", "").endswith(_IMAGE_TYPE):
            target = str(resolve_target(path.parent, rel.get("Target", "")))
            if target in package.raw:
                found[rel.get("Id", "")] = target
    return found


def image_parts(package: DocxPackage) -> set[str]:
    """Every part some relationship calls an image, and everything under ``word/media/``."""
    found = {name for name in package.raw if name.startswith("word/media/")}
    for part in package.order:
        if part.endswith(".xml"):
            found |= set(_images_of(package, part).values())
    return found


def list_pictures(package: DocxPackage) -> list[Picture]:
    """Every use of a picture in every part, in document order: any element pointing through
    a relationship at an image (``a:blip``, Word's SVG copy, an artistic effect's original,
    ``v:imagedata``, a VML fill …). A picture used twice is listed at each place it stands."""
    found = []
    for part in package.order:
        root = package.xml.get(part)
        images = _images_of(package, part) if root is not None else {}
        if not images:
            continue
        paragraphs = list(root.iter(qn("w:p")))  # held, so each element keeps its proxy
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            media = next((images[v] for k, v in element.attrib.items()
                          if k.startswith(f"{{{_R}}}") and v in images), None)
            if media is None:
                continue
            paragraph = next(element.iterancestors(qn("w:p")), None)
            number = next((n for n, p in enumerate(paragraphs, 1) if p is paragraph), 0)
            doc_pr = _doc_pr(element)
            found.append(Picture(
                part, number, media, doc_pr.get("name", "") if doc_pr is not None else "",
                (doc_pr.get("descr", "") if doc_pr is not None else element.get(qn("o:title"),
                                                                                  "")),
                hashlib.sha256(package.raw[media]).hexdigest(), package.raw[media], element))
    return found


def replace_picture(package: DocxPackage, picture: Picture, data: bytes,
                    alt_text: str | None = None) -> None:
    """Put ``data`` in the picture's image part and, when given, ``alt_text`` on it (the
    picture keeps its place, size and name)."""
    package.raw[picture.media] = data
    if alt_text is None:
        return
    doc_pr = _doc_pr(picture._element)
    if doc_pr is not None:
        doc_pr.set("descr", alt_text)
    for properties in _picture_properties(picture._element):
        properties.set("descr", alt_text)


def _picture_properties(element: etree._Element) -> list[etree._Element]:
    holder = next((a for a in element.iterancestors() if a.tag in _HOLDERS), None)
    return [] if holder is None else list(holder.iter(qn("pic:cNvPr")))


def remove_picture(package: DocxPackage, picture: Picture, note: str) -> bool:
    """Take the picture out of the document, ``note`` in its place; ``False`` when it stands
    somewhere it cannot be taken out of (a chart, say)."""
    element = picture._element
    container = next((a for a in element.iterancestors()
                      if a.tag in (qn("w:drawing"), qn("w:pict"))), None)
    run = container.getparent() if container is not None else None
    if run is None or run.tag != qn("w:r"):
        return False
    text = etree.Element(qn("w:t"))
    text.text = note
    text.set(_XML_SPACE, "preserve")
    run.replace(container, text)
    drop_unused_images(package)
    return True


def drop_unused_images(package: DocxPackage) -> list[str]:
    """Remove every image part nothing shows any more (a picture taken out, or its SVG copy),
    so that no unseen picture travels with the file; returns their names."""
    used = {p.media for p in list_pictures(package)}
    unused = sorted(image_parts(package) - used)
    for name in unused:
        package.drop_part(name)
    return unused


_UNREADABLE = ("word/charts/", "word/diagrams/")


def unreadable_parts(package: DocxPackage) -> list[str]:
    """Chart and diagram (SmartArt) parts that hold text: the anonymiser rewrites Word text,
    not theirs, so a name in a genogram drawn as SmartArt could not be replaced."""
    return [name for name in package.order
            if name.startswith(_UNREADABLE) and not name.endswith(".rels")
            and (root := package.xml.get(name)) is not None
            and any((e.text or "").strip() for e in root.iter() if isinstance(e.tag, str))]
