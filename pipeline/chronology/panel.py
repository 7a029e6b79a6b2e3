"""The merged chronology anonymised for panel papers, and verified like a publication.

Panel papers travel by email, so the panel gets a copy of the merged chronology (workbook and
Word file) in which every text cell is anonymised: subject, event, action, comment, source,
the agencies' own columns, the tool's and the DHRO's notes, the date as given, the source file
and location, and the review's title. Agency names, dates, times and numbers are kept.

The plan is the case's one plan (:mod:`pipeline.anonymise.case`): made from all that text and
the reports' (as the last publication kept them), with the case's pseudonym map, the detection
publication uses, the placeholders given before and the case review's decisions, so a person has
one placeholder in every row, in both files and in the published reports.
Both files are then read back and searched, every cell, sheet name, header and footer and
document property, for every real name, form, place and detected original
(:func:`pipeline.anonymise.verify.find_leaks`). A hit raises the
:class:`~pipeline.errors.VerificationError` publication raises, naming the file and the row and
column, never the text; the caller then writes nothing.

The copies are still OFFICIAL – SENSITIVE and marked so on every page.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from pipeline.chronology.columns import CORE_COLUMNS
from pipeline.chronology.merge import Entry, MergeResult

PANEL_FOLDER = "panel"  # under OUT/restricted/
PANEL_XLSX = "merged_chronology_anonymised.xlsx"
PANEL_DOCX = "merged_chronology_anonymised.docx"
PANEL_NAMES = (PANEL_XLSX, PANEL_DOCX)
PANEL_PROBLEMS = "merged_chronology_anonymised_verification_problems.csv"  # in restricted/


@dataclass(frozen=True)
class PanelCopy:
    """The anonymised merged chronology, and what its files are checked against."""

    result: MergeResult
    forbidden: tuple[tuple[str, str, str], ...]  # (text, kind, origin) replaced everywhere
    keep: tuple[str, ...]
    replacements: int  # cells changed
    people_found: int  # people the map does not name, given Person 1, Person 2 …


def _entry_texts(entry: Entry) -> Iterator[str]:
    yield from (entry.subject, entry.event, entry.action, entry.comment, entry.source,
                entry.date_given, *entry.extras.values(), *entry.notes, entry.dhro_notes,
                entry.key, entry.source_file, entry.source_location)


def panel_source(result: MergeResult):  # -> pipeline.anonymise.case.Source
    """The merged chronology's texts, as the case's anonymisation reads them."""
    from pipeline.anonymise.case import PANEL_SOURCE, Source

    case = result.case
    texts = [case.title, case.case_id, *result.extra_columns]
    for entry in result.entries:
        texts.extend(_entry_texts(entry))
    return Source(PANEL_SOURCE, "Panel chronology",
                  tuple(dict.fromkeys(t for t in texts if t and t.strip())))


def make_panel_copy(result: MergeResult, plan, keep: tuple[str, ...]) -> PanelCopy:
    """The merged chronology with every text anonymised by the case's ``plan`` (see the
    module's notes); ``keep``: the phrases the map keeps, agencies' names included."""
    from pipeline.anonymise.review import placeholders_in

    case = result.case
    done: dict[str, str] = {"": ""}

    def anonymised(text: str) -> str:
        if text not in done:
            done[text] = plan.apply(text)
        return done[text]

    entries = [replace(
        e, subject=anonymised(e.subject), event=anonymised(e.event),
        action=anonymised(e.action), comment=anonymised(e.comment),
        source=anonymised(e.source), date_given=anonymised(e.date_given),
        extras={anonymised(k): anonymised(v) for k, v in e.extras.items()},
        notes=[anonymised(n) for n in e.notes], flags=list(e.flags),
        key=anonymised(e.key), dhro_notes=anonymised(e.dhro_notes),
        source_file=anonymised(e.source_file),
        source_location=anonymised(e.source_location)) for e in result.entries]
    copy = MergeResult(replace(case, title=anonymised(case.title),
                               case_id=anonymised(case.case_id)),
                       entries, result.agencies, panel=True)
    people = set().union(*map(placeholders_in, done.values()))
    changed = sum(1 for text, new in done.items() if text != new)
    return PanelCopy(copy, tuple(plan.forbidden), tuple(keep), changed, len(people))


# -- verification ------------------------------------------------------------------------------

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Z]+)(\d+)$")
# Codes of an Excel header or footer (&L, &C, &R, &P, &"Font,Bold", &12, &K00FF00 …): text
# after "&L" has no word boundary before it until the code is taken out.
_HEADER_CODE = re.compile(r'&(?:&|"[^"]*"|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|\d+|.)', re.S)
_HEADERS_FOOTERS = {f"{_MAIN}{side}{part}" for side in ("odd", "even", "first")
                    for part in ("Header", "Footer")}
_OUR_SHEETS = {"Chronology", "Flags", "Orphaned notes", "Summary"}
_OUR_HEADERS = {*CORE_COLUMNS, "Flag", "Detail", "Agency and source", "Comment and other details",
                "Why", "Rows read", "Total", "Undated"}


def header_footer_text(text: str) -> str:
    """An Excel header or footer as it prints: codes as spaces, ``&&`` as ``&``."""
    return _HEADER_CODE.sub(lambda m: "&" if m.group() == "&&" else " ", text)


def _all_text(root: etree._Element, skip: set[etree._Element] = frozenset()) -> str:
    """Every element text and attribute value under ``root``, outside ``skip``'s subtrees;
    headers and footers as they print."""
    pieces: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element in skip:
            continue
        pieces.extend(element.attrib.values())
        if element.text:
            pieces.append(header_footer_text(element.text) if element.tag in _HEADERS_FOOTERS
                          else element.text)
    return "\n".join(pieces)


def _subtrees(root: etree._Element, tags: Iterable[str]) -> set[etree._Element]:
    found: set[etree._Element] = set()
    for tag in tags:
        for top in root.iter(tag):
            found.update(top.iter())
    return found


def _cell_value(cell: etree._Element, shared: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
    value = cell.findtext(f"{_MAIN}v") or ""
    formula = cell.findtext(f"{_MAIN}f") or ""
    if kind == "s" and value.isdigit() and int(value) < len(shared):
        value = shared[int(value)]
    return "\n".join(t for t in (value, formula) if t)


def _sheet_label(name: str, index: int) -> str:
    # A sheet name is shown only when it is one of the tool's own: a message never quotes text
    # that could be a name.
    return f"sheet '{name}'" if name in _OUR_SHEETS else f"sheet {index}"


def _workbook_pieces(data: bytes) -> list[tuple[str, str, str]]:
    """(part, where, text) for everything in an .xlsx a reader or a properties viewer sees:
    each cell (by row and column), each sheet's header, footer and setup, sheet names and
    properties. Font names are left out: they name typefaces, not people."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = {name: etree.fromstring(blob) for name, blob in parts.items()
           if name.endswith((".xml", ".rels"))}
    shared_root = xml.get("xl/sharedStrings.xml")
    shared = ["".join(t.text or "" for t in si.iter(f"{_MAIN}t"))
              for si in shared_root.iter(f"{_MAIN}si")] if shared_root is not None else []
    used: set[int] = set()
    targets = {r.get("Id"): r.get("Target", "") for r in
               xml.get("xl/_rels/workbook.xml.rels", etree.Element("x")).iter(
                   f"{_PACKAGE_RELS}Relationship")}
    sheets = {}
    for index, sheet in enumerate(xml["xl/workbook.xml"].iter(f"{_MAIN}sheet"), start=1):
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), "")
        target = targets.get(rid, "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        sheets[part] = _sheet_label(sheet.get("name", ""), index)
    pieces: list[tuple[str, str, str]] = []
    for part, label in sheets.items():
        root = xml.get(part)
        if root is None:
            continue
        cells = list(root.iter(f"{_MAIN}c"))
        values: dict[str, str] = {}
        for cell in cells:
            values[cell.get("r", "")] = _cell_value(cell, shared)
            if cell.get("t") == "s" and (cell.findtext(f"{_MAIN}v") or "").isdigit():
                used.add(int(cell.findtext(f"{_MAIN}v")))
        headers = {}
        for ref, text in values.items():
            match = _REF.match(ref)
            if match and match.group(2) == "1":
                headers[match.group(1)] = text
        numbered = headers.get("A") == "No."
        for ref, text in values.items():
            match = _REF.match(ref)
            if not text or not match:
                continue
            column, row = match.groups()
            header = headers.get(column, "")
            shown = f"'{header}'" if header in _OUR_HEADERS else "(an agency's own column)" \
                if header else ""
            where = f"row {row}, column {column}" + (f" {shown}" if shown else "")
            number = values.get(f"A{row}", "")
            if numbered and row != "1" and number.isdigit():
                where += f" (entry No. {number})"
            pieces.append((label, where, text))
        outside = _subtrees(root, [f"{_MAIN}sheetData"])
        pieces.append((label, "header, footer and page setup", _all_text(root, outside)))
    book = xml["xl/workbook.xml"]
    names = list(book.iter(f"{_MAIN}sheet"))
    pieces.append(("xl/workbook.xml", "sheet names", "\n".join(n.get("name", "") for n in names)))
    pieces.append(("xl/workbook.xml", "", _all_text(book, set(names))))
    for name, root in xml.items():
        if name in sheets or name == "xl/workbook.xml":
            continue
        if name == "xl/sharedStrings.xml":
            unused = [s for i, s in enumerate(shared) if i not in used]
            if unused:
                pieces.append((name, "strings no cell uses", "\n".join(unused)))
            continue
        fonts = _subtrees(root, [f"{_DRAWING}fontScheme", f"{_MAIN}font"])
        pieces.append((name, "", _all_text(root, fonts)))
    pieces += [(name, "", blob.decode("latin-1")) for name, blob in parts.items()
               if name not in xml]
    return pieces


def _docx_pieces(data: bytes) -> list[tuple[str, str, str]]:
    """(part, where, text) for every part of the Word file, a table cell named by its row,
    entry number and column."""
    from pipeline.chronology.write_docx import HEADERS
    from pipeline.ooxml.docx_package import DocxPackage
    from pipeline.ooxml.ns import qn

    package = DocxPackage(data)
    cells: dict[int, str] = {}
    body = package.xml["word/document.xml"]
    for number, paragraph in enumerate(body.iter(qn("w:p")), start=1):
        cell = next((a for a in paragraph.iterancestors(qn("w:tc"))), None)
        if cell is None:
            continue
        row = cell.getparent()
        table = row.getparent()
        rows = [r for r in table if r.tag == qn("w:tr")]
        row_index = rows.index(row)
        column = [c for c in row if c.tag == qn("w:tc")].index(cell)
        header = HEADERS[column] if column < len(HEADERS) else f"column {column + 1}"
        if row_index == 0:
            cells[number] = f"table header, column '{header}'"
            continue
        first = "".join(t.text or "" for t in next(c for c in row if c.tag == qn("w:tc")).iter(
            qn("w:t")))
        entry = f" (entry No. {first})" if first.isdigit() else ""
        cells[number] = f"table row {row_index}{entry}, column '{header}'"
    pieces = []
    for part, where, text in package.located_texts():
        if part == "word/document.xml" and where.startswith("paragraph "):
            where = cells.get(int(where.split()[1]), where)
        pieces.append((part, where, text))
    return pieces


def _verify(pieces: list[tuple[str, str, str]], forbidden, keep, name: str) -> dict:
    from pipeline.anonymise.verify import find_leaks, refuse

    forbidden = list(forbidden)
    if leaks := find_leaks(pieces, forbidden, list(keep)):
        raise refuse(name, leaks)
    return {"places_checked": len(pieces), "forms_checked": len(forbidden),
            "by_kind": dict(Counter(f[1] for f in forbidden))}


def verify_workbook(path: Path, forbidden, keep, name: str | None = None) -> dict:
    """Search every cell, sheet name, header and footer and property of the written .xlsx;
    raise :class:`~pipeline.errors.VerificationError` (holding the leaks) on any hit, naming
    ``name`` (the user's file, not a scratch path), the sheet, row and column."""
    return _verify(_workbook_pieces(Path(path).read_bytes()), forbidden, keep,
                   name or str(path))


def verify_word(path: Path, forbidden, keep, name: str | None = None) -> dict:
    """The same for the Word file: every part, a table cell named by row and column."""
    return _verify(_docx_pieces(Path(path).read_bytes()), forbidden, keep, name or str(path))
