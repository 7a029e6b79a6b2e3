"""Packages written so the same content gives the same bytes: fixed member times, the order
given, no dates in the core properties of a generated document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from pipeline.errors import ConfigError
from pipeline.ooxml.package import edit_part, save_package, without_dates, write_parts
from pipeline.outputs import fixed_timestamp
from tests.reproducible import assert_undated_package, next_clock_window

CORE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:dcterms="http://purl.org/dc/terms/" '
        b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>NB01</dc:title>'
        b'<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-23T05:38:06Z</dcterms:created>'
        b'<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-23T05:38:06Z</dcterms:modified>'
        b'</cp:coreProperties>')


def _members(data: bytes) -> list[zipfile.ZipInfo]:
    return zipfile.ZipFile(io.BytesIO(data)).infolist()


def test_members_keep_their_order_and_have_one_header_but_the_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    names = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "docProps/core.xml"]
    data = write_parts((name, name.encode()) for name in names)
    infos = _members(data)
    assert [i.filename for i in infos] == names
    assert {(i.date_time, i.create_system, i.external_attr, i.compress_type) for i in infos} == {
        ((1980, 1, 1, 0, 0, 0), 3, 0o100644 << 16, zipfile.ZIP_DEFLATED)}
    assert write_parts((name, name.encode()) for name in names) == data


@pytest.mark.parametrize(("value", "member_time"), [
    ("1700000001", (2023, 11, 14, 22, 13, 20)),  # zip keeps even seconds
    ("0", (1980, 1, 1, 0, 0, 0)),  # before any date a zip can hold
    ("", (1980, 1, 1, 0, 0, 0)),
])
def test_source_date_epoch_chooses_the_one_date(monkeypatch: pytest.MonkeyPatch, value: str,
                                                member_time: tuple[int, ...]) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert _members(write_parts([("a.xml", b"<a/>")]))[0].date_time == member_time


def test_a_bad_source_date_epoch_is_one_plain_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ConfigError, match="SOURCE_DATE_EPOCH='yesterday' is not a whole number"):
        fixed_timestamp()


def test_core_dates_are_left_out_and_the_rest_kept() -> None:
    core = without_dates(CORE)
    assert b"<dc:title>NB01</dc:title>" in core
    assert b"created" not in core and b"modified" not in core and b"2026" not in core


def test_edit_part_edits_one_part_and_finishes_the_package() -> None:
    package = write_parts([("docProps/core.xml", CORE), ("word/document.xml", b"<w>old</w>"),
                           ("word/styles.xml", b"<s/>")])
    edited = edit_part(package, "word/document.xml", lambda xml: xml.replace("old", "new"))
    with zipfile.ZipFile(io.BytesIO(edited)) as archive:
        assert archive.namelist() == ["docProps/core.xml", "word/document.xml", "word/styles.xml"]
        assert archive.read("word/document.xml") == b"<w>new</w>"
        assert archive.read("word/styles.xml") == b"<s/>"
        assert b"2026" not in archive.read("docProps/core.xml")


def test_saving_the_same_document_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    """python-docx and openpyxl stamp "now" on every member and (openpyxl) in the properties."""

    def save(folder: Path) -> None:
        folder.mkdir()
        document = Document()
        document.core_properties.title = "Panel papers"
        document.add_paragraph("Chronology")
        save_package(document, folder / "panel.docx")
        book = openpyxl.Workbook()
        book.active.append(["Decision", "redact"])
        save_package(book, folder / "review.xlsx")

    save(tmp_path / "one")
    next_clock_window()
    save(tmp_path / "two")
    for name in ("panel.docx", "review.xlsx"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
        assert_undated_package(tmp_path / "one" / name)
    assert Document(str(tmp_path / "one" / "panel.docx")).core_properties.title == "Panel papers"
    assert openpyxl.load_workbook(tmp_path / "one" / "review.xlsx").active["B1"].value == "redact"
