"""Opening an agency's file: present, not empty, a format we read, decrypted if protected.

Agencies send protected workbooks by email with the review's one password (Leicester protocol
§46, §59). They are decrypted in memory only; the plain bytes never touch the disk.
"""

from __future__ import annotations

import io
from pathlib import Path

import msoffcrypto
from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError

from pipeline.errors import IngestError

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: .xls, or any encrypted file
ZIP_MAGIC = b"PK\x03\x04"
READABLE = {".xlsx", ".xlsm", ".xls", ".csv", ".txt", ".docx", ".doc", ".pdf"}
PASSWORD_VARIABLE = "DHR_PASSWORD"


def read_bytes(path: Path, where: str = "") -> bytes:
    """The file's bytes, or a plain error saying what is wrong with it."""
    hint = f" (check {where} in case.yaml)" if where else ""
    if not path.exists():
        raise IngestError(f"{path}: file not found{hint}.")
    if path.is_dir():
        raise IngestError(f"{path}: is a folder, not a file{hint}.")
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise IngestError(
            f"{path}: cannot read '{suffix or 'no extension'}' files; "
            "save it as .xlsx, .xls, .csv, .docx, .doc or .pdf and update case.yaml."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(
            f"{path}: cannot be opened ({exc.strerror}); check its permissions.") from exc
    if not data.strip():
        raise IngestError(f"{path}: the file is empty; ask the agency to send it again.")
    return data


def is_encrypted(data: bytes) -> bool:
    """Whether the bytes are a password-protected Office file."""
    if not data.startswith(CFB_MAGIC):
        return False
    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # not an Office compound file msoffcrypto knows: treat as plain
        return False


def decrypt(data: bytes, path: Path, password: str | None) -> bytes:
    """Plain bytes of a protected workbook or document, decrypted in memory."""
    if not password:
        raise IngestError(
            f"{path}: the file is password-protected; set the review password in the "
            f"{PASSWORD_VARIABLE} environment variable and run again."
        )
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    except (InvalidKeyError, DecryptionError) as exc:
        raise IngestError(
            f"{path}: the password in {PASSWORD_VARIABLE} does not open this file; "
            "check it with the agency that sent it."
        ) from exc
    except FileFormatError as exc:
        raise IngestError(f"{path}: protected in a way that cannot be decrypted; ask the agency "
                          "to send it protected with the review password.") from exc
    return out.getvalue()


def open_agency_file(path: Path, password: str | None, where: str = "") -> bytes:
    """Read (and if protected, decrypt) an agency's file.

    A protected old Word ``.doc`` is refused: it can only be read through LibreOffice, which
    would need the decrypted document on disk.
    """
    data = read_bytes(path, where)
    if not is_encrypted(data):
        return data
    if path.suffix.lower() == ".doc":
        raise IngestError(f"{path}: is a password-protected old Word .doc, which cannot be read "
                          "without saving it decrypted; ask the agency to send it as .docx "
                          "protected with the review password.")
    return decrypt(data, path, password)
