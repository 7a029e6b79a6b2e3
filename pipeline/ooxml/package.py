"""Editing one part of an Office package (a zip of XML parts) as text, copying the rest.

Used where a big generated part must not pass through an element tree: building and moving a
100,000-row table in lxml costs minutes; splicing its markup into the part costs a second.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable


def edit_part(package: bytes, part: str, edit: Callable[[str], str]) -> bytes:
    """The package with ``part`` replaced by ``edit(part_text)``; other parts copied as-is."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data = edit(data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return out.getvalue()


def replace_paragraph(xml: str, marker: str, replacement: str) -> str:
    """``xml`` with the ``w:p`` holding ``marker`` (a unique text) replaced by ``replacement``."""
    at = xml.index(marker)
    start = max(xml.rfind("<w:p>", 0, at), xml.rfind("<w:p ", 0, at))
    end = xml.index("</w:p>", at) + len("</w:p>")
    return xml[:start] + replacement + xml[end:]
