"""Writing Office packages (zips of XML parts) so the same content gives the same bytes, and
editing one part of a package as text, copying the rest.

Libraries write the time of the save into a package: python-docx and openpyxl stamp every zip
member with it, openpyxl and XlsxWriter put it in ``docProps/core.xml`` as the created and
modified dates. Every .docx and .xlsx the pipeline makes is written by :func:`write_parts`
(members in the order given, each with :func:`pipeline.outputs.fixed_timestamp`) and, when it
is one the pipeline generated, without those two dates (they are optional in a package). Small
documents are saved through :func:`save_package`; big generated ones are finished by
:func:`edit_part` in the pass that splices their content, so they are zipped only once.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

from lxml import etree

from pipeline.ooxml.ns import qn
from pipeline.outputs import fixed_timestamp

CORE_PROPERTIES = "docProps/core.xml"
_CORE_DATES = (qn("dcterms:created"), qn("dcterms:modified"))
_PARSER = etree.XMLParser(resolve_entities=False, remove_blank_text=False)


_REGULAR_FILE = 0o100644 << 16  # a Unix file, rw-r--r--


def _zip_member(name: str, when: tuple[int, ...]) -> zipfile.ZipInfo:
    """A member header that depends on nothing but ``name`` and the fixed time: the same "made
    on Unix, rw-r--r--" on every system (zipfile would otherwise say which it runs on)."""
    info = zipfile.ZipInfo(name, when)
    info.create_system = 3
    info.external_attr = _REGULAR_FILE
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_parts(parts: Iterable[tuple[str, bytes]], compresslevel: int | None = None) -> bytes:
    """A zip of ``(name, bytes)`` parts, in the order given, every member with the same header
    but its name. ``compresslevel`` is zlib's (None: its default; 1 is fastest)."""
    when = fixed_timestamp().timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(_zip_member(name, when), data, compresslevel=compresslevel)
    return out.getvalue()


def without_dates(core: bytes) -> bytes:
    """``docProps/core.xml`` without ``dcterms:created`` and ``dcterms:modified``.

    Libraries fill them with the time of the save (or a template's date); both are optional,
    and Word and Excel open a package without them.
    """
    root = etree.fromstring(core, _PARSER)
    for element in list(root.iter(*_CORE_DATES)):
        element.getparent().remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def repack(package: bytes, edits: Mapping[str, Callable[[str], str]] | None = None,
           compresslevel: int | None = None) -> bytes:
    """A generated package as the pipeline writes it: each part in ``edits`` replaced by
    ``edit(part_text)``, no dates in its core properties, members in their original order
    written by :func:`write_parts`."""
    edits = edits or {}

    def parts() -> Iterator[tuple[str, bytes]]:
        with zipfile.ZipFile(io.BytesIO(package)) as source:
            for info in source.infolist():
                data = source.read(info)
                if info.filename in edits:
                    data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
                if info.filename == CORE_PROPERTIES:
                    data = without_dates(data)
                yield info.filename, data

    return write_parts(parts(), compresslevel)


class _Saveable(Protocol):
    def save(self, target: io.BytesIO, /) -> object: ...


def package_bytes(document: _Saveable) -> bytes:
    """A python-docx ``Document``, docxtpl template or openpyxl ``Workbook`` as the bytes of
    its file, through :func:`repack`, so the same content always gives the same bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    return repack(buffer.getvalue())


def save_package(document: _Saveable, path: Path) -> None:
    """:func:`package_bytes` written to ``path``."""
    Path(path).write_bytes(package_bytes(document))


def edit_part(package: bytes, part: str, edit: Callable[[str], str]) -> bytes:
    """The generated package with ``part`` replaced by ``edit(part_text)`` and the rest copied,
    finished as :func:`repack` does in the same pass (fastest compression: used for big parts).
    """
    return repack(package, {part: edit}, compresslevel=1)


def replace_paragraph(xml: str, marker: str, replacement: str) -> str:
    """``xml`` with the ``w:p`` holding ``marker`` (a unique text) replaced by ``replacement``."""
    at = xml.index(marker)
    start = max(xml.rfind("<w:p>", 0, at), xml.rfind("<w:p ", 0, at))
    end = xml.index("</w:p>", at) + len("</w:p>")
    return xml[:start] + replacement + xml[end:]
