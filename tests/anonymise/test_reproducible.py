"""Anonymising the same document twice gives the same bytes: document, review and audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.anonymise import anonymise_docx
from pipeline.anonymise.pseudonyms import parse_map
from tests.anonymise.hiding_places import MAP, build
from tests.reproducible import assert_undated_package, different_files, next_clock_window

pytestmark = pytest.mark.slow


def test_anonymising_twice_gives_the_same_bytes(tmp_path: Path, analyzer) -> None:
    source = build(tmp_path / "draft.docx")
    outputs = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        report = anonymise_docx(source, folder / "draft.docx", parse_map(MAP), analyzer)
        assert report.review_items  # the review workbook has rows to compare
        outputs.append(folder)
        next_clock_window()
    assert different_files(*outputs) == []
    assert_undated_package(outputs[0] / "restricted" / "draft_review.xlsx")
    # The anonymised document keeps its author's properties, dates included; only the zip
    # member times are the pipeline's.
    assert_undated_package(outputs[0] / "draft.docx", core_dates=True)
