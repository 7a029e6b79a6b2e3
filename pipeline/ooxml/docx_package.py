"""A .docx package opened for anonymisation: every part, every place text can hide.

Names hide well beyond ``document.paragraphs``: headers and footers of every kind, footnotes,
endnotes, comments, tracked deletions, text boxes (DrawingML and their VML fallback), content
controls, field codes, hyperlink targets in the relationship parts, image alt text, document
properties, customXml, ``people.xml``, the thumbnail and embedded objects. This module removes
what must never be published and offers every remaining piece of text as a :class:`TextSlot`
whose spans can be replaced, across run boundaries, keeping the formatting of the run where a
name starts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lxml import etree

from pipeline.ooxml.ns import NSMAP, qn
from pipeline.ooxml.package import write_parts

# Parts removed whole: comments, co-authors, bound data, previews and embedded files.
_REMOVED_PARTS = re.compile(
    r"^(word/comments[^/]*\.xml|word/people\.xml|customXml/.*|docProps/thumbnail\.[^/]+"
    r"|word/embeddings/.*|word/activeX/.*|word/[^/]*afchunk[^/]*|word/afchunk.*)$",
    re.IGNORECASE,
)
# Word XML elements removed with their content: deletions, formatting-change records, comment
# anchors, embedded objects, pasted chunks, and the request to keep tracking changes.
_DROP = [qn(t) for t in (
    "w:del", "w:moveFrom", "w:rPrChange", "w:pPrChange", "w:sectPrChange", "w:tblPrChange",
    "w:tblGridChange", "w:trPrChange", "w:tcPrChange", "w:numberingChange", "w:cellDel",
    "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd",
    "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference", "w:object", "w:altChunk",
    "w:trackRevisions", "w:attachedTemplate", "w:customXmlInsRangeStart",
    "w:customXmlDelRangeStart",
)]
# Elements whose content is kept in place of the element itself (insertions are accepted).
_UNWRAP = [qn(t) for t in ("w:ins", "w:moveTo", "w:cellIns", "w:customXml", "w:smartTag")]
_ALT_TEXT = (("wp:docPr", ("descr", "title", "name")), ("pic:cNvPr", ("descr", "title", "name")),
             ("v:shape", ("alt", "title")), ("v:imagedata", ("o:title",)),
             ("v:textpath", ("string",)),
             ("w:alias", ("w:val",)), ("w:tag", ("w:val",)), ("w:fldSimple", ("w:instr",)),
             ("w:hyperlink", ("w:tooltip",)), ("w:docVar", ("w:val",)))
# Properties are matched by local name in any namespace: tools write them under surprising
# prefixes (python-docx with docxcompose loaded puts lastModifiedBy in the custom namespace).
_PEOPLE_PROPERTIES = {"creator", "lastModifiedBy", "Manager", "Company"}
_COUNTER_PROPERTIES = {"created", "modified", "revision", "lastPrinted", "TotalTime", "Pages",
                       "Words", "Characters", "CharactersWithSpaces", "Lines", "Paragraphs",
                       "Application", "AppVersion", "DocSecurity", "ScaleCrop", "SharedDoc",
                       "LinksUpToDate", "HyperlinksChanged", "i4", "bool", "filetime", "i8",
                       "r8", "int", "Template"}
_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True, remove_blank_text=False)
# Font declarations: the font table and embedded fonts, run fonts, the theme's font scheme and
# DrawingML text fonts. They name typefaces (the theme lists "Shruti", "Latha", "Raavi" …).
_FONT_PARTS = re.compile(r"^word/(fontTable\.xml|fonts/.*)$")
_FONT_DECLARATIONS = {qn(t) for t in ("w:rFonts", "w:font", "w:altName", "w:sym", "a:latin",
                                      "a:ea", "a:cs", "a:sym", "a:font")}
_FONT_SCHEME = qn("a:fontScheme")
_TEXT = qn("w:t")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class PackageError(Exception):
    """The bytes are not a readable Word package."""


@dataclass
class TextSlot:
    """One place holding text: a paragraph's runs, a field code, or one attribute."""

    part: str
    kind: str  # "paragraph", "field code", "alt text", "property", "link target"
    index: int
    text: str
    _nodes: list[tuple[etree._Element, str | None]] = field(repr=False, default_factory=list)

    def replace(self, spans: list[tuple[int, int, str]]) -> None:
        """Replace ``[start, end)`` spans of :attr:`text` (non-overlapping) in the document.

        A span across several runs is written into the run where it starts; the rest of its
        text is removed from the following runs, whose formatting is otherwise untouched.
        """
        if not spans:
            return
        if self._nodes and self._nodes[0][1] is not None:  # an attribute value
            element, attribute = self._nodes[0]
            element.set(attribute, _apply(self.text, spans))
            self.text = element.get(attribute)
            return
        bounds, offset = [], 0
        for element, _ in self._nodes:
            length = len(element.text or "")
            bounds.append((element, offset, offset + length))
            offset += length
        # Right to left, so the offsets of spans still to do are not moved by earlier edits.
        for start, end, replacement in sorted(spans, reverse=True):
            placed = False
            for element, node_start, node_end in bounds:
                if node_end <= start or node_start >= end:
                    continue
                text = element.text or ""
                cut_from = max(start, node_start) - node_start
                cut_to = min(end, node_end) - node_start
                element.text = text[:cut_from] + ("" if placed else replacement) + text[cut_to:]
                element.set(_XML_SPACE, "preserve")
                placed = True
        self.text = "".join(e.text or "" for e, _ in self._nodes)


def _apply(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(spans, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


@dataclass
class CleanReport:
    """What was removed from the package before any text was looked at."""

    parts_removed: list[str] = field(default_factory=list)
    embedded_objects: int = 0
    comments: int = 0
    tracked_changes: int = 0
    hidden_runs: int = 0
    properties_cleared: int = 0


class DocxPackage:
    """The parts of a .docx, XML parts parsed, ready to clean, read and rewrite."""

    def __init__(self, data: bytes) -> None:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                self.order = [i.filename for i in archive.infolist()]
                self.raw = {name: archive.read(name) for name in self.order}
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise PackageError("not a zip package") from exc
        if "word/document.xml" not in self.raw:
            raise PackageError("no word/document.xml")
        self.xml: dict[str, etree._Element] = {}
        for name, blob in self.raw.items():
            if name.endswith((".xml", ".rels")) or name == "[Content_Types].xml":
                try:
                    self.xml[name] = etree.fromstring(blob, _PARSER)
                except etree.XMLSyntaxError as exc:
                    raise PackageError(f"damaged part {name}") from exc

    # -- cleaning ---------------------------------------------------------------------------

    def clean(self) -> CleanReport:
        """Remove comments, tracked deletions, hidden text, embedded objects, bound data,
        previews and people in properties. Insertions are accepted."""
        report = CleanReport()
        for name in list(self.order):
            if _REMOVED_PARTS.match(name):
                report.parts_removed.append(name)
                if name.startswith(("word/embeddings/", "word/activeX/")) or "afchunk" in name:
                    report.embedded_objects += 1
                if name.startswith("word/comments"):
                    report.comments += len(self.xml.get(name, etree.Element("x")).findall(
                        "w:comment", NSMAP))
                self.drop_part(name)
        for name, root in self.xml.items():
            if not name.startswith("word/") or name.endswith(".rels"):
                continue
            for element in list(root.iter(*_DROP)):
                if element.tag in (qn("w:del"), qn("w:moveFrom"), qn("w:rPrChange"),
                                   qn("w:pPrChange")):
                    report.tracked_changes += 1
                if element.tag == qn("w:object"):
                    report.embedded_objects += 1
                parent = element.getparent()
                if parent is None:
                    continue
                if element.tag == qn("w:commentReference") and parent.tag == qn("w:r"):
                    element, parent = parent, parent.getparent()
                _remove(element)
            for element in list(root.iter(*_UNWRAP)):
                if element.tag in (qn("w:ins"), qn("w:moveTo")):
                    report.tracked_changes += 1
                _unwrap(element)
            for vanish in list(root.iter(qn("w:vanish"), qn("w:specVanish"))):
                if vanish.get(qn("w:val"), "true").lower() in ("0", "false", "off"):
                    continue
                rpr = vanish.getparent()
                run = rpr.getparent() if rpr is not None else None
                if run is not None and run.tag == qn("w:r"):
                    report.hidden_runs += 1
                    _remove(run)
        report.properties_cleared = self._clear_people_properties()
        return report

    def drop_part(self, name: str) -> None:
        """Remove a part with every relationship and content-type entry that names it."""
        self.order.remove(name)
        self.raw.pop(name, None)
        self.xml.pop(name, None)
        target = PurePosixPath(name)
        for rels_name, root in self.xml.items():
            if not rels_name.endswith(".rels"):
                continue
            source_dir = PurePosixPath(rels_name).parent.parent
            for rel in list(root.iterfind("rel:Relationship", NSMAP)):
                if rel.get("TargetMode") == "External":
                    continue
                resolved = resolve_target(source_dir, rel.get("Target", ""))
                if resolved == target:
                    root.remove(rel)
        types = self.xml.get("[Content_Types].xml")
        if types is not None:
            for override in list(types.iterfind("ct:Override", NSMAP)):
                if override.get("PartName", "").lstrip("/") == name:
                    types.remove(override)

    def _clear_people_properties(self) -> int:
        cleared = 0
        for name in ("docProps/core.xml", "docProps/app.xml"):
            root = self.xml.get(name)
            if root is None:
                continue
            for element in root.iter():
                if isinstance(element.tag, str) and etree.QName(element).localname in \
                        _PEOPLE_PROPERTIES:
                    cleared += bool(element.text)
                    element.text = ""
        return cleared

    # -- reading and rewriting --------------------------------------------------------------

    def slots(self) -> Iterator[TextSlot]:
        """Every piece of text left in the package, in a stable order."""
        for name in self.order:
            root = self.xml.get(name)
            if root is None:
                continue
            if name.endswith(".rels"):
                yield from self._link_slots(name, root)
            elif name.startswith("docProps/"):
                yield from self._property_slots(name, root)
            elif name.startswith("word/"):
                yield from self._story_slots(name, root)

    def _story_slots(self, name: str, root: etree._Element) -> Iterator[TextSlot]:
        index = 0
        for paragraph in root.iter(qn("w:p")):
            for tag, kind in ((qn("w:t"), "paragraph"), (qn("w:instrText"), "field code")):
                nodes = [t for t in paragraph.iter(tag) if _nearest_paragraph(t) is paragraph]
                if nodes:
                    text = "".join(t.text or "" for t in nodes)
                    yield TextSlot(name, kind, index, text, [(t, None) for t in nodes])
            index += 1
        for tag, attributes in _ALT_TEXT:
            for element in root.iter(qn(tag)):
                for attribute in attributes:
                    key = qn(attribute) if ":" in attribute else attribute
                    value = element.get(key)
                    if value:
                        yield TextSlot(name, "alt text" if tag not in ("w:fldSimple",)
                                       else "field code", index, value, [(element, key)])
                        index += 1

    def _property_slots(self, name: str, root: etree._Element) -> Iterator[TextSlot]:
        """Every text in the properties parts but counters and dates (fail safe: a property
        the tool does not know is still anonymised)."""
        index = 0
        for element in root.iter():
            if (isinstance(element.tag, str) and element.text and element.text.strip()
                    and etree.QName(element).localname not in _COUNTER_PROPERTIES):
                yield TextSlot(name, "property", index, element.text, [(element, None)])
                index += 1

    def _link_slots(self, name: str, root: etree._Element) -> Iterator[TextSlot]:
        for index, rel in enumerate(root.iterfind("rel:Relationship", NSMAP)):
            if rel.get("TargetMode") == "External" and rel.get("Target"):
                yield TextSlot(name, "link target", index, rel.get("Target"), [(rel, "Target")])

    def located_texts(self) -> Iterator[tuple[str, str, str]]:
        """(part, where in it, text) for everything a reader, a metadata viewer or a screen
        reader can reach: each paragraph's text, each attribute value and element text, and
        the raw bytes of other parts (pictures). Font declarations are left out: they name
        typefaces ("Shruti", "Georgia"), never people."""
        for name in self.order:
            if _FONT_PARTS.match(name):
                continue
            root = self.xml.get(name)
            if root is None:
                yield name, "", self.raw[name].decode("latin-1")
                continue
            pieces = []
            scheme = {e for f in root.iter(_FONT_SCHEME) for e in f.iter()}  # a theme's fonts
            for element in root.iter():
                if not isinstance(element.tag, str):
                    continue
                if element.tag not in _FONT_DECLARATIONS and element not in scheme:
                    pieces.extend(element.attrib.values())
                if element.text and element.tag != _TEXT:  # text: paragraph by paragraph
                    pieces.append(element.text)
            if pieces:
                yield name, "", "\n".join(pieces)
            for number, paragraph in enumerate(root.iter(qn("w:p")), start=1):
                text = "".join(t.text or "" for t in paragraph.iter(qn("w:t"))
                               if _nearest_paragraph(t) is paragraph)
                if text:
                    yield name, f"paragraph {number}", text

    def part_texts(self) -> dict[str, str]:
        """All text and attribute values of every part, for a final search for leaks."""
        texts: dict[str, list[str]] = {}
        for name, _, text in self.located_texts():
            texts.setdefault(name, []).append(text)
        return {name: "\n".join(pieces) for name, pieces in texts.items()}

    def to_bytes(self) -> bytes:
        """The package as a zip, parts in their original order, written by
        :func:`pipeline.ooxml.package.write_parts` (the same parts give the same bytes). The
        document's own properties, dates included, are kept: it is the author's document."""
        return write_parts(
            (name, etree.tostring(self.xml[name], xml_declaration=True, encoding="UTF-8",
                                  standalone=True) if name in self.xml else self.raw[name])
            for name in self.order)


def _nearest_paragraph(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        parent = parent.getparent()
    return parent


def _remove(element: etree._Element) -> None:
    """Remove an element with its content (WordprocessingML has no mixed-content tails)."""
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    position = parent.index(element)
    for child in list(element):
        if child.tag == qn("w:customXmlPr") or child.tag == qn("w:smartTagPr"):
            continue
        parent.insert(position, child)
        position += 1
    parent.remove(element)


def resolve_target(source_dir: PurePosixPath, target: str) -> PurePosixPath:
    """A relationship's target as a part name, from the folder of the part that holds it."""
    if target.startswith("/"):
        return PurePosixPath(target.lstrip("/"))
    parts: list[str] = []
    for piece in (source_dir / target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return PurePosixPath(*parts)
