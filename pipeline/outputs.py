"""Writing outputs so a failed run leaves no half-written file.

Each output is written to a temporary file in its own folder and renamed over the old one only
when every output of the run has been written, so users never open a truncated workbook and the
previous good set survives a failure.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import TracebackType

from pipeline.errors import OutputError


class AtomicOutputs:
    """A set of files published together, or not at all.

    >>> with AtomicOutputs(folder) as out:
    ...     out.path("merged.csv").write_text(...)
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._pending: dict[Path, Path] = {}

    def __enter__(self) -> AtomicOutputs:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot create the output folder ({exc.strerror}); "
                              "choose another with --out.") from exc
        if not os.access(self.folder, os.W_OK):
            raise OutputError(f"{self.folder}: the output folder is not writable; "
                              "choose another with --out.")
        return self

    def path(self, name: str) -> Path:
        """A temporary path to write ``name`` to; it becomes ``folder/name`` on success."""
        final = self.folder / name
        handle, temporary = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part",
                                             dir=self.folder)
        os.close(handle)
        self._pending[final] = Path(temporary)
        return Path(temporary)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            for final, temporary in self._pending.items():
                os.replace(temporary, final)
        else:
            for temporary in self._pending.values():
                temporary.unlink(missing_ok=True)
        self._pending.clear()
