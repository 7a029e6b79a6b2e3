"""Protecting what goes out by email: every request pack and feedback file is encrypted with the
review's one password (Leicester protocol §46, §59), so a misdirected email discloses nothing.

Office's own "Encrypt with Password" (ECMA-376 agile encryption), written by msoffcrypto-tool:
the agency opens the file in Excel or Word with the password, as they would a protected return.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile

from pipeline.errors import ConfigError
from pipeline.ingest.files import PASSWORD_VARIABLE


def review_password(purpose: str) -> str:
    """The review password from ``DHR_PASSWORD``; an error saying how to set it when absent.

    ``purpose`` completes the sentence "… is needed to …".
    """
    password = os.environ.get(PASSWORD_VARIABLE, "")
    if not password:
        raise ConfigError(f"the review password is needed to {purpose}; set it in the "
                          f"{PASSWORD_VARIABLE} environment variable and run again.")
    return password


def encrypt_to(plain: bytes, path: Path, password: str) -> None:
    """Write an .xlsx or .docx (given as bytes) to ``path``, encrypted with ``password``."""
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    path.write_bytes(out.getvalue())
