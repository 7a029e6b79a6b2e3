"""A real .docx with a name in every place Word can hide one, for the anonymisation tests.

python-docx writes the body, tables, headers, footers, properties and a picture; the parts it
cannot make (footnotes, endnotes, comments, people.xml, customXml, custom properties, a
thumbnail, an embedded object, external hyperlinks) are added to the package directly, the way
Word itself stores them.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W}" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')

MAP = {
    "people": [
        {"name": "Amira Okafor-Lane", "aliases": ["Mira"], "title": "Ms", "pseudonym": "Jade",
         "role": "victim"},
        {"name": "Grace Okafor", "title": "Mrs", "pseudonym": "Ruth"},
        {"name": "Daniel Marsh", "aliases": ["Danny"], "title": "Mr", "pseudonym": "Lee"},
        {"name": "Zoë Brennan", "title": "Ms", "pseudonym": "Clare"},
    ],
    "places": [{"name": "14 Elm Road", "pseudonym": "the family home"}],
    "keep": ["Northbridge Police", "Northbridge Women's Aid"],
}
# Every real form planted somewhere below; none may survive anywhere in the output.
REAL = ["Amira", "Okafor-Lane", "Okafor", "Mira", "Grace", "Daniel", "Danny", "Marsh", "Zoë",
        "Zoe", "Brennan", "Elm Road", "07700 900417", "mira.okafor@example.org", "QQ 12 34 56 C"]


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = zlib.compress(b"\x00\xff\xff\xff")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def _p(xml: str) -> object:
    return parse_xml(f"<w:p {NS}>{xml}</w:p>")


def _run(text: str, props: str = "") -> str:
    properties = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def build(path: Path) -> Path:
    """Write the document; returns ``path``."""
    document = Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    section.header.paragraphs[0].text = "Review of the death of Amira Okafor-Lane"
    section.first_page_header.paragraphs[0].text = "OFFICIAL – SENSITIVE: Daniel Marsh"
    section.even_page_header.paragraphs[0].text = "Even header: Mrs Okafor"
    section.footer.paragraphs[0].text = "Prepared about Mira"
    section.first_page_footer.paragraphs[0].text = "First footer: Danny"
    section.even_page_footer.paragraphs[0].text = "Even footer: MARSH, Daniel"

    body = document.element.body

    def add(element: object) -> None:
        body.insert(len(body) - 1, element)  # before the section properties
    # A name split across runs at odd places, formatting differing on each side.
    add(_p(_run("Visit by Ms ", "<w:i/>") + _run("Oka", "<w:b/>") + _run("for-La")
                   + _run("ne", '<w:u w:val="single"/>') + _run(" and her mother, Mrs Okafor.")))
    document.add_paragraph("Amira's friend Zoe Brennan and ZOË BRENNAN met Mr Marsh at "
                           "14 Elm Road; phone 07700 900417; NI QQ 12 34 56 C. "
                           "Northbridge Police and Northbridge Women's Aid attended.")
    document.add_paragraph("Will said he will call. Okafor was mentioned.")  # 'will' stays
    # Nested table.
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Danny"
    inner = table.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Inner cell: Grace Okafor"
    # Tracked changes: an insertion (accepted) and a deletion (dropped).
    add(_p('<w:ins w:id="1" w:author="Amira Okafor-Lane" w:date="2022-01-01T00:00:00Z">'
                   + _run("Inserted: Daniel Marsh") + '</w:ins><w:del w:id="2" w:author="x" '
                   'w:date="2022-01-01T00:00:00Z"><w:r><w:delText>Deleted: Grace Okafor'
                   "</w:delText></w:r></w:del>"))
    # A formatting change record holding a name in its author.
    add(_p('<w:r><w:rPr><w:b/><w:rPrChange w:id="3" w:author="Daniel Marsh" '
                   'w:date="2022-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr>'
                   '<w:t>Bold now</w:t></w:r>'))
    # Hidden text.
    add(_p(_run("Visible. ") + _run("Hidden: Zoë Brennan", "<w:vanish/>")))
    # Text box: DrawingML with its VML fallback.
    box = ("<w:txbxContent><w:p>" + _run("Text box: Amira Okafor-Lane") + "</w:p></w:txbxContent>")
    add(_p(
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor "
        'distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="914400" cy="457200"/><wp:wrapNone/>'
        '<wp:docPr id="50" name="Text Box 1" descr="Box about Daniel Marsh"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>'
        f"{box}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id=\"tb1\" "
        'alt="VML alt: Grace Okafor" style="width:72pt;height:36pt"><v:textbox>'
        f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    # Content control with a named alias and tag.
    add(parse_xml(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Victim: Amira Okafor-Lane"/>'
        '<w:tag w:val="Okafor-Lane"/></w:sdtPr><w:sdtContent><w:p>'
        + _run("Control: Mira") + "</w:p></w:sdtContent></w:sdt>"))
    # Smart tag around a name.
    add(_p('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                   'w:element="PersonName">' + _run("Smart: Daniel Marsh") + "</w:smartTag>"))
    # Field codes: a complex field split over runs, and a simple field.
    add(_p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                   'xml:space="preserve"> HYPERLINK "mailto:mira.okafor@</w:instrText></w:r>'
                   '<w:r><w:instrText xml:space="preserve">example.org" </w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("email her")
                   + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                   '<w:fldSimple w:instr=" AUTHOR  Amira Okafor-Lane ">' + _run("author")
                   + "</w:fldSimple>"))
    # Comment anchors, footnote and endnote references, an embedded OLE object.
    add(_p('<w:commentRangeStart w:id="0"/>' + _run("Commented text")
                   + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
                   '<w:r><w:footnoteReference w:id="1"/></w:r>'
                   '<w:r><w:endnoteReference w:id="1"/></w:r>'
                   '<w:r><w:object><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" '
                   'ShapeID="o1" DrawAspect="Content" ObjectID="_1" r:id="rIdOle"/>'
                   "</w:object></w:r>"))
    # External hyperlinks (targets live in the relationships part).
    part = document.part
    mail = part.relate_to("mailto:mira.okafor@example.org",
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                          "hyperlink", is_external=True)
    web = part.relate_to("https://example.org/people/amira-okafor-lane",
                         "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                         "hyperlink", is_external=True)
    add(_p(f'<w:hyperlink r:id="{mail}">' + _run("write to her") + "</w:hyperlink>"
                   f'<w:hyperlink r:id="{web}">' + _run(" her page") + "</w:hyperlink>"))
    # A picture with alt text.
    picture = io.BytesIO(_png())
    document.add_picture(picture)
    for doc_pr in body.iter(f"{{{'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'}}}docPr"):
        if doc_pr.get("descr") is None:
            doc_pr.set("descr", "Photo of Amira Okafor-Lane at 14 Elm Road")
            doc_pr.set("title", "Mira")
    document.styles["Normal"].font.size = Pt(11)
    variables = parse_xml(f'<w:docVars {NS}><w:docVar w:name="victim" '
                          'w:val="Amira Okafor-Lane"/></w:docVars>')
    document.settings.element.append(variables)
    properties = document.core_properties
    properties.author = "Amira Okafor-Lane"
    properties.last_modified_by = "Daniel Marsh"
    properties.title = "DHR: the death of Amira Okafor-Lane"
    properties.subject = "Grace Okafor"
    properties.keywords = "Okafor-Lane; Marsh"
    properties.comments = "Drafted with Mira's mother"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_add_parts(buffer.getvalue()))
    return path


_EXTRA = {
    "word/footnotes.xml": f'<w:footnotes {NS}><w:footnote w:id="1"><w:p>'
                          + _run("Footnote: Okafor-Lane told Danny") + "</w:p></w:footnote>"
                          "</w:footnotes>",
    "word/endnotes.xml": f'<w:endnotes {NS}><w:endnote w:id="1"><w:p>'
                         + _run("Endnote: Grace Okafor") + "</w:p></w:endnote></w:endnotes>",
    "word/comments.xml": f'<w:comments {NS}><w:comment w:id="0" w:author="Zoë Brennan" '
                         'w:initials="ZB"><w:p>' + _run("Comment: ask Daniel Marsh")
                         + "</w:p></w:comment></w:comments>",
    "word/people.xml": '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/'
                       'wordml"><w15:person w15:author="Amira Okafor-Lane"/></w15:people>',
    "customXml/item1.xml": "<data><victim>Amira Okafor-Lane</victim></data>",
    "docProps/custom.xml": '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
                           '2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
                           'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-'
                           '101B-9397-08002B2CF9AE}" pid="2" name="Subject person"><vt:lpwstr>'
                           "Daniel Marsh</vt:lpwstr></property></Properties>",
    "docProps/thumbnail.jpeg": b"\xff\xd8Amira Okafor-Lane thumbnail\xff\xd9",
    "word/embeddings/oleObject1.bin": b"OLE Amira Okafor-Lane 07700 900417",
}
_TYPES = {
    "word/footnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml."
                          "footnotes+xml",
    "word/endnotes.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml."
                         "endnotes+xml",
    "word/comments.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml."
                         "comments+xml",
    "word/people.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
    "docProps/custom.xml": "application/vnd.openxmlformats-officedocument.custom-properties+xml",
}
_RELS = {
    "word/_rels/document.xml.rels": [
        ("rIdFn", "footnotes", "footnotes.xml"), ("rIdEn", "endnotes", "endnotes.xml"),
        ("rIdCm", "comments", "comments.xml"),
        ("rIdPeople", "http://schemas.microsoft.com/office/2011/relationships/people",
         "people.xml"),
        ("rIdOle", "oleObject", "embeddings/oleObject1.bin"),
        ("rIdCx", "customXml", "../customXml/item1.xml"),
    ],
    "_rels/.rels": [("rIdCustom", "custom-properties", "docProps/custom.xml"),
                    ("rIdThumb", "http://schemas.openxmlformats.org/package/2006/relationships/"
                     "metadata/thumbnail", "docProps/thumbnail.jpeg")],
}


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _normal(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _add_parts(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    existing = set(source.namelist())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename in _EXTRA:  # the template's own part: give it our content
                content = _EXTRA[info.filename]
                blob = content.encode("utf-8") if isinstance(content, str) else content
            if info.filename == "[Content_Types].xml":
                extra = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>'
                                for n, t in _TYPES.items())
                extra += '<Default Extension="bin" ContentType="application/vnd.openxmlformats-' \
                         'officedocument.oleObject"/><Default Extension="jpeg" ' \
                         'ContentType="image/jpeg"/>'
                blob = blob.replace(b"</Types>", extra.encode() + b"</Types>")
            if info.filename in _RELS:
                base = info.filename.replace("_rels/", "").removesuffix(".rels")
                folder = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
                rels = "".join(
                    f'<Relationship Id="{i}" Type="{t if t.startswith("http") else _REL + t}" '
                    f'Target="{part}"/>' for i, t, part in _RELS[info.filename]
                    if _normal(folder + part) not in existing)
                blob = blob.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            target.writestr(info, blob)
        for name, content in _EXTRA.items():
            if name in existing:
                continue
            target.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return out.getvalue()
