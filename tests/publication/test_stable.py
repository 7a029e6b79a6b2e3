"""Publishing the same drafts twice gives the same bytes, and the PDFs stay tagged PDF/A-2."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from pathlib import Path

import pytest
from docx import Document

from pipeline.anonymise.pseudonyms import parse_map
from pipeline.drafts import run_drafts
from pipeline.publication import anonymise_to_pdf, run_publish, verify_pdf
from pipeline.publication.pdf import read_pdf
from pipeline.publication.stable import dated_icc_profile, stabilise_pdf
from tests.anonymise.hiding_places import MAP
from tests.conftest import small_case
from tests.reproducible import (
    assert_undated_package,
    assert_undated_pdf,
    different_files,
    next_clock_window,
)

pytestmark = pytest.mark.slow
PDFS = ("overview_report.pdf", "executive_summary.pdf")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, analyzer) -> tuple[Path, Path]:
    """A small case (timeline, contents, both reports) drafted once and published twice, into
    two output folders."""
    case = small_case(tmp_path_factory.mktemp("stable") / "case")
    one, two = (tmp_path_factory.mktemp("stable") / name for name in ("one", "two"))
    run_drafts(case, one)
    shutil.copytree(one / "restricted", two / "restricted")
    for out in (one, two):
        next_clock_window()
        run_publish(case, out, analyzer=analyzer)
    return one, two


def test_publishing_twice_gives_the_same_bytes(published: tuple[Path, Path]) -> None:
    one, two = published
    assert different_files(one, two) == []  # publish/ with SHA256SUMS, and the review files
    listed = (one / "publish" / "SHA256SUMS").read_text(encoding="utf-8").split()
    assert set(PDFS) <= set(listed)


def test_published_pdfs_have_no_export_time_and_stay_tagged_pdfa2(
        published: tuple[Path, Path]) -> None:
    folder = published[0] / "publish"
    verification = json.loads((folder / "verification.json").read_text(encoding="utf-8"))
    assert verification["result"] == "passed"
    for name in PDFS:
        assert_undated_pdf(folder / name)
        checks = verify_pdf(folder / name, [("Nadia Brook", "name")], [])
        assert checks["tagged"] and checks["pdfa_part"] == "2" and checks["language"] == "en-GB"
        assert "Ann" in checks["title"]


def test_published_word_files_have_no_dates(published: tuple[Path, Path]) -> None:
    for name in ("overview_report.docx", "executive_summary.docx"):
        assert_undated_package(published[0] / "publish" / name)


def test_stabilising_again_changes_nothing_and_follows_source_date_epoch(
        published: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = published[0] / "publish" / PDFS[1]
    again = tmp_path / original.name
    shutil.copy(original, again)
    stabilise_pdf(again)
    assert again.read_bytes() == original.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stabilise_pdf(again)
    assert_undated_pdf(again)  # the colour profile now dated 2023-11-14 22:13:20
    assert read_pdf(again).pdfa == "2"


def test_any_document_to_pdf_has_no_export_time(tmp_path: Path, analyzer) -> None:
    document = Document()
    document.core_properties.title = "Notes on Amira Okafor-Lane"
    document.add_paragraph("Amira Okafor-Lane met Daniel Marsh at 14 Elm Road.")
    document.save(tmp_path / "notes.docx")
    checks = anonymise_to_pdf(tmp_path / "notes.docx", tmp_path / "notes.pdf", parse_map(MAP),
                              analyzer=analyzer)
    assert checks["tagged"] and checks["pdfa_part"] == "2"
    assert_undated_pdf(tmp_path / "notes.pdf")
    assert_undated_package(tmp_path / "restricted" / "notes_review.xlsx")


def _profile(profile_id: bytes) -> bytes:
    """A minimal ICC header (128 bytes) and an empty tag table."""
    header = bytearray(132)
    header[0:4] = struct.pack(">I", 132)
    header[24:36] = struct.pack(">6H", 2026, 11, 23, 5, 38, 27)
    header[36:40] = b"acsp"
    header[44:48] = b"\x00\x00\x00\x01"  # flags: left out of the ID
    header[84:100] = profile_id
    return bytes(header)


@pytest.mark.parametrize("profile_id", [bytes(16), b"\x01" * 16])
def test_a_colour_profile_gets_the_fixed_date_and_a_matching_id(profile_id: bytes) -> None:
    from pipeline.outputs import fixed_timestamp

    dated = dated_icc_profile(_profile(profile_id), fixed_timestamp())
    when = fixed_timestamp()
    assert struct.unpack(">6H", dated[24:36]) == (when.year, when.month, when.day, when.hour,
                                                  when.minute, when.second)
    assert dated[:24] == _profile(profile_id)[:24] and dated[36:84] == _profile(profile_id)[36:84]
    if not any(profile_id):
        assert dated[84:100] == bytes(16)  # a v2 profile has no ID: none is invented
    else:  # ICC.1:2010 7.2.18: MD5 with flags, rendering intent and ID zeroed
        blank = bytearray(dated)
        blank[44:48], blank[64:68], blank[84:100] = bytes(4), bytes(4), bytes(16)
        assert dated[84:100] == hashlib.md5(bytes(blank)).digest()
