"""Copies of the bundled sample case for benchmarks, each usable on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "northbridge-01"
PASSWORD = "Northbridge-DHR-2022"


def copy_sample(dest: Path) -> Path:
    """The sample case without its outputs, its map path made absolute."""
    shutil.copytree(SAMPLE, dest, ignore=shutil.ignore_patterns("output"))
    text = (dest / "case.yaml").read_text(encoding="utf-8").replace(
        "../../pseudonym_maps/", f"{ROOT}/pseudonym_maps/")
    (dest / "case.yaml").write_text(text, encoding="utf-8")
    return dest
