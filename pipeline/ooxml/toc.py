"""A Word table of contents written out in full, because LibreOffice never builds one.

LibreOffice prints a TOC field's cached result as it finds it (even the PAGEREF fields inside
it), so a template's "Right-click to update" placeholder is what a PDF would show, and
``w:updateFields`` would make Word ask to change a published file on opening. The result is
rewritten here from plain :class:`ContentsEntry` values, one ``TOC1``-``TOC3`` paragraph each
(number and text on tab stops, the page number on a dotted right tab), linked to hidden ``_Toc``
bookmarks on the headings, as Word itself writes it. The field keeps its instruction, so Word
users can still update it; the page numbers come from a converted PDF
(:mod:`pipeline.publication.contents`).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from pipeline.ooxml.ns import NSMAP, qn
from pipeline.ooxml.package import repack

DOCUMENT, STYLES, SETTINGS = "word/document.xml", "word/styles.xml", "word/settings.xml"
TEXT_WIDTH = 9071  # twips: A4 portrait with 25 mm margins, when no section says otherwise
MAX_LEVEL = 3  # the templates' field is TOC \o "1-3"
_BOOKMARK = re.compile(r"_Toc\d{5}")  # ours only: Word names its own with nine digits
_HEADING_ID = re.compile(r"Heading([1-9])")
_HEADING_NAME = re.compile(r"heading ([1-9])", re.IGNORECASE)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True, remove_blank_text=False)
_VAL, _ID, _NAME = qn("w:val"), qn("w:id"), qn("w:name")
_FLD_CHAR, _INSTR, _FLD_TYPE = qn("w:fldChar"), qn("w:instrText"), qn("w:fldCharType")
_P, _PPR, _R = qn("w:p"), qn("w:pPr"), qn("w:r")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a contents page; ``page`` None leaves the page number out."""

    level: int
    number: str
    text: str
    page: int | None


def body_headings(docx: bytes) -> list[tuple[int, str]]:
    """(level, text) of the headings a TOC \\o "1-3" \\u field lists, in document order."""
    parts = _read_parts(docx)
    body = _parse(parts[DOCUMENT]).find(qn("w:body"))
    return [(level, text) for level, text, _ in _headings(body, _style_levels(parts))]


def has_contents_field(docx: bytes) -> bool:
    """Whether the document has a TOC field for :func:`write_contents` to fill."""
    body = _parse(_read_parts(docx)[DOCUMENT]).find(qn("w:body"))
    return _contents_field(body) is not None


def write_contents(docx: bytes, entries: list[ContentsEntry]) -> bytes:
    """The package with the first TOC field's result replaced by ``entries``, linked to their
    headings when they are the headings, one for one; the input itself when there is no field.

    Earlier entries and bookmarks written here are replaced, never added to, so writing the
    same entries again gives the same bytes.
    """
    parts = _read_parts(docx)
    root = _parse(parts[DOCUMENT])
    body = root.find(qn("w:body"))
    field = _contents_field(body)
    if field is None:
        return docx
    begin, separate, end = field
    begin.attrib.pop(qn("w:dirty"), None)
    _remove_bookmarks(root)
    headings = _headings(body, _style_levels(parts))
    anchors: list[str | None] = [None] * len(entries)
    if [e.level for e in entries] == [level for level, _, _ in headings]:
        anchors = _add_bookmarks(root, [p for _, _, p in headings])
    styles = _parse(parts[STYLES]) if STYLES in parts else None
    width = _text_width(_paragraph(separate))
    paragraphs = [_entry_paragraph(entry, anchor, _entry_layout(entry, entries, styles, width))
                  for entry, anchor in zip(entries, anchors, strict=True)]
    _replace_result(separate, end, paragraphs)
    edits = {DOCUMENT: lambda _: _serialise(root)}
    if SETTINGS in parts:
        settings = _parse(parts[SETTINGS])
        for element in settings.findall(qn("w:updateFields")):
            settings.remove(element)
        edits[SETTINGS] = lambda _: _serialise(settings)
    return repack(docx, edits)


# -- reading -------------------------------------------------------------------------------


def _read_parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        names = set(archive.namelist())
        return {name: archive.read(name) for name in (DOCUMENT, STYLES, SETTINGS)
                if name in names}


def _parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, _PARSER)


def _serialise(root: etree._Element) -> str:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                          standalone=True).decode("utf-8")


def _outline_level(ppr: etree._Element | None) -> int | None:
    """The 1-based outline level a ``w:pPr`` sets; 10 is body text (``w:outlineLvl`` 9)."""
    element = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if element is None or not (element.get(_VAL) or "").isdigit():
        return None
    return int(element.get(_VAL)) + 1


def _style_levels(parts: dict[str, bytes]) -> dict[str | None, int | None]:
    """Paragraph style id (None: the default style) to the outline level it gives."""
    if STYLES not in parts:
        return {}
    styles = {s.get(qn("w:styleId")): s for s in _parse(parts[STYLES]).iter(qn("w:style"))
              if s.get(qn("w:type")) == "paragraph"}

    def level(style_id: str | None, seen: frozenset[str] = frozenset()) -> int | None:
        style = styles.get(style_id)
        if style is None or style_id in seen:
            return None
        name = style.find(qn("w:name"))
        for pattern, value in ((_HEADING_ID, style_id),
                               (_HEADING_NAME, name.get(_VAL) if name is not None else None)):
            if value and (match := pattern.fullmatch(value)):
                return int(match.group(1))
        own = _outline_level(style.find(qn("w:pPr")))
        if own is not None:
            return own
        based = style.find(qn("w:basedOn"))
        return level(based.get(_VAL), seen | {style_id}) if based is not None else None

    levels: dict[str | None, int | None] = {sid: level(sid) for sid in styles}
    default = [s for s in styles.values() if s.get(qn("w:default")) in ("1", "true")]
    levels[None] = levels[default[0].get(qn("w:styleId"))] if default else None
    return levels


def _headings(body: etree._Element,
              levels: dict[str | None, int | None]) -> list[tuple[int, str, etree._Element]]:
    found = []
    for p in body.iter(_P):
        if any(a.tag == qn("w:txbxContent") for a in p.iterancestors()):
            continue
        ppr = p.find(_PPR)
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        level = _outline_level(ppr)
        if level is None:
            level = levels.get(style.get(_VAL) if style is not None else None)
        text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
        if level is not None and level <= MAX_LEVEL and text:
            found.append((level, text, p))
    return found


def _contents_field(body: etree._Element
                    ) -> tuple[etree._Element, etree._Element, etree._Element] | None:
    """The begin, separate and end ``w:fldChar`` of the first TOC field (nested fields, such
    as the PAGEREFs in a result Word wrote, are stepped over)."""
    open_fields: list[list] = []  # [begin, instruction parts, separate]
    for element in body.iter(_FLD_CHAR, _INSTR):
        if element.tag == _INSTR:
            if open_fields and open_fields[-1][2] is None:
                open_fields[-1][1].append(element.text or "")
            continue
        kind = element.get(_FLD_TYPE)
        if kind == "begin":
            open_fields.append([element, [], None])
        elif kind == "separate" and open_fields:
            open_fields[-1][2] = element
        elif kind == "end" and open_fields:
            begin, instruction, separate = open_fields.pop()
            if separate is not None and "".join(instruction).split()[:1] == ["TOC"]:
                return begin, separate, element
    return None


def _paragraph(element: etree._Element) -> etree._Element:
    return next(a for a in element.iterancestors(_P))


def _text_width(paragraph: etree._Element) -> int:
    """The width between the margins of the section holding ``paragraph``."""
    sections = paragraph.xpath("(descendant::w:sectPr | following::w:sectPr)[1]",
                               namespaces=NSMAP)
    if not sections:
        return TEXT_WIDTH
    size, margins = sections[0].find(qn("w:pgSz")), sections[0].find(qn("w:pgMar"))
    try:
        left = margins.get(qn("w:left")) or margins.get(qn("w:start"))
        right = margins.get(qn("w:right")) or margins.get(qn("w:end"))
        return int(size.get(qn("w:w"))) - int(left) - int(right)
    except (AttributeError, TypeError, ValueError):
        return TEXT_WIDTH


# -- writing -------------------------------------------------------------------------------


def _remove_bookmarks(root: etree._Element) -> None:
    ids = set()
    for start in list(root.iter(qn("w:bookmarkStart"))):
        if _BOOKMARK.fullmatch(start.get(_NAME) or ""):
            ids.add(start.get(_ID))
            start.getparent().remove(start)
    for end in list(root.iter(qn("w:bookmarkEnd"))):
        if end.get(_ID) in ids:
            end.getparent().remove(end)


def _add_bookmarks(root: etree._Element, paragraphs: list[etree._Element]) -> list[str | None]:
    """Bookmark each paragraph whole with ids after every annotation id already used."""
    used = [int(v) for e in root.iter() if (v := e.get(_ID)) and v.lstrip("-").isdigit()]
    first = max(used, default=0) + 1
    names = []
    for index, p in enumerate(paragraphs):
        name, mark = f"_Toc{index + 1:05d}", str(first + index)
        start = etree.Element(qn("w:bookmarkStart"), {_ID: mark, _NAME: name})
        p.insert(1 if len(p) and p[0].tag == _PPR else 0, start)
        p.append(etree.Element(qn("w:bookmarkEnd"), {_ID: mark}))
        names.append(name)
    return names


def _style_indent(styles: etree._Element | None, level: int) -> int:
    """The left indent of style ``TOC{level}``, or a Word-like one when it is missing."""
    style = None
    if styles is not None:
        style = next((s for s in styles.iter(qn("w:style"))
                      if s.get(qn("w:styleId")) == f"TOC{level}"), None)
    if style is None:
        return 283 * (level - 1)
    ind = style.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    value = None if ind is None else ind.get(qn("w:left")) or ind.get(qn("w:start"))
    return int(value) if value and value.lstrip("-").isdigit() else 0


def _entry_layout(entry: ContentsEntry, entries: list[ContentsEntry],
                  styles: etree._Element | None, width: int) -> tuple[int, int, int]:
    """(indent, number column, right tab): the number column of a level fits its longest
    number, so every text of that level starts at the same place."""
    longest = max((len(e.number) for e in entries if e.level == entry.level), default=0)
    column = max(425 + 283 * (entry.level - 1), 115 * longest + 170)
    return _style_indent(styles, entry.level), column, width


def _element(tag: str, parent: etree._Element | None = None, **attributes: str
             ) -> etree._Element:
    attrib = {qn(f"w:{k}"): v for k, v in attributes.items()}
    if parent is None:
        return etree.Element(qn(tag), attrib)
    return etree.SubElement(parent, qn(tag), attrib)


def _entry_paragraph(entry: ContentsEntry, anchor: str | None,
                     layout: tuple[int, int, int]) -> etree._Element:
    indent, column, width = layout
    p = _element("w:p")
    ppr = _element("w:pPr", p)
    _element("w:pStyle", ppr, val=f"TOC{entry.level}")
    tabs = _element("w:tabs", ppr)
    if entry.number:
        _element("w:tab", tabs, val="left", pos=str(indent + column))
    _element("w:tab", tabs, val="right", leader="dot", pos=str(width))
    if entry.number:
        _element("w:ind", ppr, left=str(indent + column), hanging=str(column))
    holder = p if anchor is None else _element("w:hyperlink", p, anchor=anchor, history="1")
    run = _element("w:r", holder)
    if entry.number:
        _element("w:t", run).text = _ILLEGAL.sub("", entry.number)
        _element("w:tab", run)
    text = _element("w:t", run)
    text.text = _ILLEGAL.sub("", entry.text)
    text.set(_XML_SPACE, "preserve")
    if entry.page is not None:
        _element("w:tab", run)
        _element("w:t", run).text = str(entry.page)
    return p


def _child_of(paragraph: etree._Element, element: etree._Element) -> etree._Element:
    while element.getparent() is not paragraph:
        element = element.getparent()
    return element


def _replace_result(separate: etree._Element, end: etree._Element,
                    paragraphs: list[etree._Element]) -> None:
    """Put ``paragraphs`` between the field's separate and end, which stay where Word wants
    them: the field's start in the first paragraph, its end in the last."""
    first, last = _paragraph(separate), _paragraph(end)
    old = [first]
    while old[-1] is not last:
        following = old[-1].getnext()
        if following is None:  # the end is not in a following sibling: leave the field be
            return
        old.append(following)
    head_end = list(first).index(_child_of(first, separate))
    head = [c for c in list(first)[:head_end + 1] if c.tag != _PPR]
    tail = list(last)[list(last).index(_child_of(last, end)):]
    section = last.find(f"{_PPR}/{qn('w:sectPr')}")
    if not paragraphs:
        paragraphs = [_element("w:p")]
        if first.find(_PPR) is not None:
            paragraphs[0].append(first.find(_PPR))
    start = 1 if paragraphs[0].find(_PPR) is not None else 0
    for offset, child in enumerate(head):
        paragraphs[0].insert(start + offset, child)
    paragraphs[-1].extend(tail)
    if section is not None:
        ppr = paragraphs[-1].find(_PPR)
        if ppr is None:
            ppr = _element("w:pPr")
            paragraphs[-1].insert(0, ppr)
        ppr.append(section)
    parent, at = first.getparent(), first.getparent().index(first)
    for p in old:
        parent.remove(p)
    for offset, p in enumerate(paragraphs):
        parent.insert(at + offset, p)
