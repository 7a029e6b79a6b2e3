"""Checks shared by the tests that the same inputs give the same bytes.

Two runs compared byte for byte catch any ordering or random id; a time written by a library
shows only when the runs fall in different seconds, so :func:`next_clock_window` waits for that,
and :func:`assert_undated_package` and :func:`assert_undated_pdf` look for the known places a
time can hide whatever the clock does.
"""

from __future__ import annotations

import struct
import time
import zipfile
from pathlib import Path

from lxml import etree

from pipeline.ooxml.ns import qn
from pipeline.outputs import fixed_timestamp

PDF_VOLATILE_XMP = {"CreateDate", "ModifyDate", "MetadataDate", "DocumentID", "InstanceID"}


def next_clock_window() -> None:
    """Wait until the clock is in a later two-second window (a zip member's time resolution)
    than when called, so a "now" written before differs from one written after."""
    time.sleep(2.05 - time.time() % 2)


def different_files(one: Path, two: Path) -> list[str]:
    """Paths (relative) that differ between two folders, or are in only one of them."""
    def same(name: Path) -> bool:
        a, b = one / name, two / name
        return a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()

    names = {p.relative_to(folder) for folder in (one, two) for p in folder.rglob("*")
             if p.is_file()}
    return sorted(str(name) for name in names if not same(name))


def _zip_time() -> tuple[int, ...]:
    year, month, day, hour, minute, second = fixed_timestamp().timetuple()[:6]
    return (year, month, day, hour, minute, second - second % 2)  # zip keeps even seconds


def assert_undated_package(path: Path, core_dates: bool = False) -> None:
    """Every zip member of a .docx/.xlsx has the fixed time; ``docProps/core.xml`` has no
    created or modified date (unless ``core_dates``: a document keeps its author's)."""
    with zipfile.ZipFile(path) as package:
        times = {info.date_time for info in package.infolist()}
        assert times == {_zip_time()}, f"{path.name}: member times {times}"
        if core_dates:
            return
        core = etree.fromstring(package.read("docProps/core.xml"))
    found = [etree.QName(e).localname for e in core.iter(qn("dcterms:created"),
                                                         qn("dcterms:modified"))]
    assert not found, f"{path.name}: core properties hold {found}"


def assert_undated_pdf(path: Path) -> None:
    """No export time left in a PDF: not in Info, XMP, the trailer or a colour profile."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        assert not {"/CreationDate", "/ModDate"} & set(pdf.docinfo.keys())
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            left = {etree.QName(key).localname for key in meta} & PDF_VOLATILE_XMP
        assert not left, f"{path.name}: XMP holds {left}"
        assert "/DocChecksum" not in pdf.trailer
        profiles = [obj.read_bytes() for obj in pdf.objects
                    if isinstance(obj, pikepdf.Stream) and "/N" in obj]
        profiles = [p for p in profiles if p[36:40] == b"acsp"]
        assert profiles, f"{path.name}: no colour profile (a PDF/A has one)"
        when = fixed_timestamp()
        for profile in profiles:
            assert struct.unpack(">6H", profile[24:36]) == (
                when.year, when.month, when.day, when.hour, when.minute, when.second)
