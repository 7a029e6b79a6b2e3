"""Real case.yaml files in tmp_path for the review tests (invented names throughout)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

VICTIM = "Rosalind Quarterfield"  # invented: no message may quote it
TITLE = f"Domestic Homicide Review into the death of {VICTIM}, January 2022"


def write_case(folder: Path, case_id: str = "WV01", **sections: Any) -> Path:
    """A case folder whose case.yaml has the required keys, two agencies and ``sections``."""
    data: dict[str, Any] = {
        "case_id": case_id,
        "title": TITLE,
        "scoping_period": {"start": "2019-01-31", "end": "2022-01-31"},
        "subjects": [{"name": VICTIM, "role": "victim"}],
        "agencies": [{"name": "Westvale Police"}, {"name": "Westvale Housing"}],
    }
    data.update(sections)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return folder
