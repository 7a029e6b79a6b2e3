"""A long Word table (``w:tbl``) built as XML text.

python-docx adds a row in about a millisecond and lxml moves a big foreign tree slowly; a merged
chronology can have 100,000 rows. The document around the table is still python-docx's; this
builds the table's markup, which :func:`pipeline.ooxml.package.replace_paragraph` splices in.
Paragraph spacing comes from the document's styles, so cells carry only their shading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.ooxml.text import xml_text

_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
_CELL_END = "</w:t></w:r></w:p></w:tc>"


def _cell_start(fill: str | None, bold: bool = False) -> str:
    shading = f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>' if fill \
        else ""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:tc>{shading}<w:p><w:r>{props}<w:t xml:space="preserve">'


def _text(text: str) -> str:
    text = xml_text(text)
    return text.replace("\n", _BREAK) if "\n" in text else text


def table_xml(headers: Sequence[str], widths: Sequence[int],
              rows: Iterable[tuple[Sequence[str], str | None]], header_fill: str = "D9D9D9") -> str:
    """Markup of a ``w:tbl`` (``w:`` prefix, declared by the part): a header row repeated on
    every page, then one row per (texts, fill).

    ``widths`` are in twentieths of a point (dxa), fixed so Word need not measure 100,000 rows;
    ``fill`` is a hex colour for the whole row, or None.
    """
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    header_start = _cell_start(header_fill, bold=True)
    parts = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
        ' w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>",
        *(f"{header_start}{_text(h)}{_CELL_END}" for h in headers),
        "</w:tr>",
    ]
    starts: dict[str | None, str] = {}
    for texts, fill in rows:
        start = starts.get(fill) or starts.setdefault(fill, _cell_start(fill))
        parts.append(f"<w:tr>{start}{f'{_CELL_END}{start}'.join(map(_text, texts))}"
                     f"{_CELL_END}</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)
