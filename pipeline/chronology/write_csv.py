"""``merged_chronology.csv``: the plain-text record, one row per input row (DESIGN.md)."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.chronology.columns import iso, output_headers, row_values
from pipeline.chronology.merge import MergeResult


def write_csv(result: MergeResult, path: Path) -> None:
    """UTF-8 with a byte-order mark, so Excel on Windows opens names with accents correctly."""
    extras = result.extra_columns
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(output_headers(extras))
        for entry in result.entries:
            values = row_values(entry, extras)
            values[1] = iso(entry.date)
            writer.writerow(values)
