"""``output/manifest.json``: what each stage last read and wrote, by content hash.

A stage is redone when its inputs differ from the recorded ones, or when one of its recorded
outputs is gone or no longer the file it wrote (someone deleted or edited it). The manifest is
rewritten atomically after every stage that ran, so an interrupted batch keeps what it finished.
It holds file names and hashes only, never document text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.outputs import AtomicOutputs
from pipeline.reprocess.inputs import file_hash

MANIFEST = "manifest.json"
FORMAT = 1


@dataclass(frozen=True)
class Decision:
    """Whether a stage runs, and why, in words for the summary."""

    run: bool
    reason: str


class Manifest:
    """The stages of one case's output folder."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.path = self.out / MANIFEST
        self.stages: dict[str, dict] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):  # none yet, or damaged: rebuild everything
            return
        if isinstance(data, dict) and data.get("format") == FORMAT:
            self.stages = dict(data.get("stages") or {})

    def decide(self, stage: str, inputs: dict[str, str], force: bool = False) -> Decision:
        """Run ``stage`` unless its inputs and outputs are exactly as recorded."""
        if force:
            return Decision(True, "forced")
        recorded = self.stages.get(stage)
        if recorded is None:
            return Decision(True, "first run")
        before = recorded.get("inputs", {})
        changed = sorted(k for k in inputs.keys() | before.keys()
                         if inputs.get(k) != before.get(k))
        if changed:
            return Decision(True, "changed: " + ", ".join(changed))
        for name, digest in sorted(recorded.get("outputs", {}).items()):
            now = file_hash(self.out / name)
            if now != digest:
                what = "missing" if now == "missing" else "edited"
                return Decision(True, f"output {what}: {name}")
        return Decision(False, "up to date")

    def record(self, stage: str, inputs: dict[str, str], outputs: dict[str, str]) -> None:
        """Remember a stage that finished, and save at once."""
        self.stages[stage] = {"inputs": inputs, "outputs": outputs}
        self._save()

    def forget(self, stage: str) -> None:
        """A stage that failed has no trustworthy outputs: it runs next time."""
        if self.stages.pop(stage, None) is not None:
            self._save()

    def _save(self) -> None:
        text = json.dumps({"format": FORMAT, "stages": self.stages}, indent=2, sort_keys=True)
        with AtomicOutputs(self.out) as outputs:
            outputs.path(MANIFEST).write_text(text + "\n", encoding="utf-8")
