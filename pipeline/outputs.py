"""Writing outputs so a failed run leaves no half-written file, and the same inputs give the
same bytes.

Each output is written to a temporary file in its own folder and renamed over the old one only
when every output of the run has been written, so users never open a truncated workbook and the
previous good set survives a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from types import TracebackType

from pipeline.errors import ConfigError, OutputError

# The earliest and latest times a zip member can hold (MS-DOS dates).
_EARLIEST, _LATEST = dt.datetime(1980, 1, 1, tzinfo=dt.UTC), dt.datetime(2107, 12, 31, 23, 59,
                                                                         58, tzinfo=dt.UTC)


def fixed_timestamp() -> dt.datetime:
    """The one date outputs carry where a format insists on a date: ``SOURCE_DATE_EPOCH`` when
    set, else 1980-01-01 00:00:00 UTC.

    The same inputs must give the same bytes (a rerun is checked by hashes, a published file by
    its SHA256SUMS), so no output holds the time it was written. Where a format allows a date to
    be left out it is (core properties of Word and Excel files, PDF Info and XMP dates); this
    date fills only the fields a format requires: the time of every zip member of a .docx or
    .xlsx and the header of the colour profile a PDF/A embeds. ``SOURCE_DATE_EPOCH`` (seconds
    since 1970, https://reproducible-builds.org/specs/source-date-epoch/) is the convention for
    choosing that date; without it, 1980-01-01 is the earliest a zip member can hold, the value
    Office and XlsxWriter use. Dates a zip cannot hold are clamped into its range.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return _EARLIEST
    try:
        when = dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise ConfigError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds since "
                          "1970; set it to one (e.g. $(git log -1 --format=%ct)) or unset it."
                          ) from exc
    return min(max(when, _EARLIEST), _LATEST)


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
