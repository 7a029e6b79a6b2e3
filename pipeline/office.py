"""Running headless LibreOffice to convert documents (old Word .doc to .docx, Word to PDF).

Every call gets its own throwaway profile folder: two LibreOffice processes sharing a profile
silently lose output, and a profile left behind holds recent-file lists. The whole process group
is ended on a timeout, so no ``soffice.bin`` is left running. Errors here are plain
:class:`OfficeError` s; each caller says what they mean for its own user.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

INSTALL_COMMAND = "sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui"


class OfficeError(Exception):
    """LibreOffice is missing, timed out or wrote nothing; ``reason`` says which."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason  # "missing", "timeout" or "failed"
        self.detail = detail


def find_soffice() -> str | None:
    """The LibreOffice executable, or ``None`` when it is not installed."""
    for name in ("soffice", "libreoffice"):
        if path := shutil.which(name):
            return path
    return None


def convert(documents: Sequence[Path], target: str, folder: Path,
            timeout: float = 300) -> list[Path]:
    """Convert every document with one headless LibreOffice process; the converted files.

    ``target`` is what ``--convert-to`` takes (``"docx"``, ``"pdf"``, or a format with its
    filter and options, ``'pdf:writer_pdf_Export:{…}'``). The files are written to ``folder``
    under each document's own stem; every one is checked to exist and not be empty.
    """
    program = find_soffice()
    if program is None:
        raise OfficeError("missing", f"LibreOffice is not installed; install it with: "
                                     f"{INSTALL_COMMAND}")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dhr-lo-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--nologo", "--convert-to", target, "--outdir", str(folder),
                   *map(str, documents)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, text=True, start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _end_group(process)
            raise OfficeError("timeout", f"LibreOffice took more than {timeout:g} s") from exc
        except BaseException:  # Ctrl-C: it runs in its own session, so it would outlive us
            _end_group(process)
            raise
    extension = target.split(":", 1)[0]
    converted = [folder / f"{Path(d).stem}.{extension}" for d in documents]
    if missing := [p.name for p in converted if not p.is_file() or p.stat().st_size == 0]:
        tail = (stderr or stdout).strip().splitlines()[-1:] or ["no message"]
        raise OfficeError("failed", f"LibreOffice did not write {', '.join(missing)} "
                                    f"({tail[0]})")
    return converted


def _end_group(process: subprocess.Popen[str]) -> None:
    """End LibreOffice and the processes it started (it runs as a wrapper and a child)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.communicate()
