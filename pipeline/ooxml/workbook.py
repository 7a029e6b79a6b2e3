"""Facts about an .xlsx package that cell readers do not report."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from pipeline.ooxml.ns import NSMAP


def uses_1904_dates(xlsx: bytes) -> bool:
    """Whether the workbook counts serial dates from 1904 (``workbookPr/@date1904``).

    Matters only for serial numbers stored as plain numbers: real date cells are converted by
    the reader, but a bare 43538 means a different day in each system.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(xlsx)) as package:
            root = etree.fromstring(package.read("xl/workbook.xml"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return False
    pr = root.find("ss:workbookPr", NSMAP)
    return pr is not None and pr.get("date1904", "").lower() in ("1", "true")

