"""Word to accessible PDF with headless LibreOffice, and reading a PDF back for verification.

All documents of a run go through one ``soffice`` process with its own profile folder
(:func:`pipeline.office.convert`): start-up is paid once, and every expected PDF is checked to
exist. The export is PDF/A-2 and tagged (council websites must publish accessible
documents), with comments never exported.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import PublishError
from pipeline.office import OfficeError, convert

APT_COMMAND = ("sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui "
               "poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea")
FILTER = {
    "SelectPdfVersion": {"type": "long", "value": "2"},  # PDF/A-2
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "ExportNotes": {"type": "boolean", "value": "false"},
    "ExportNotesInMargin": {"type": "boolean", "value": "false"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
    "UseLosslessCompression": {"type": "boolean", "value": "true"},
}


def convert_to_pdf(documents: list[Path], folder: Path, timeout: int = 600,
                   watermark: str | None = None) -> list[Path]:
    """Convert every document to PDF in ``folder`` with one LibreOffice process;
    ``watermark`` is written across every page (a preview's "DRAFT – NOT FOR PUBLICATION")."""
    options = dict(FILTER)
    if watermark:
        options |= {"Watermark": {"type": "string", "value": watermark},
                    "WatermarkColor": {"type": "long", "value": str(0xE6B8B7)},
                    "WatermarkFontHeight": {"type": "long", "value": "48"},
                    "WatermarkRotateAngle": {"type": "long", "value": "450"}}
    try:
        return convert(documents, f"pdf:writer_pdf_Export:{json.dumps(options)}", folder,
                       timeout)
    except OfficeError as exc:
        if exc.reason == "missing":
            raise PublishError(f"LibreOffice is not installed, so PDFs cannot be made; install "
                               f"it with: {APT_COMMAND}") from exc
        if exc.reason == "timeout":
            raise PublishError(f"LibreOffice took more than {timeout} s to make the PDFs; "
                               "nothing was published.") from exc
        raise PublishError(f"{exc.detail}; nothing was published.") from exc


@dataclass
class PdfContent:
    """Everything readable in a PDF, by where it was found."""

    texts: dict[str, str] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)  # the page text, page by page
    tagged: bool = False
    pdfa: str = ""
    language: str = ""
    title: str = ""


def read_pdf(path: Path) -> PdfContent:
    """Page text, Info and XMP metadata, annotations, structure-tree alt text, bookmarks and
    embedded file names: what a reader, a search engine or a screen reader can get at."""
    import pikepdf

    content = PdfContent()
    program = shutil.which("pdftotext")
    if program is None:  # a PDF whose pages cannot be read back is never passed as clean
        raise PublishError(f"poppler's pdftotext is not installed, so the PDFs cannot be "
                           f"checked; install it with: {APT_COMMAND}")
    done = subprocess.run([program, "-layout", str(path), "-"], capture_output=True,
                          text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise PublishError(f"{path.name}: its text could not be read back to check it "
                           f"(pdftotext exit {done.returncode}); nothing was published.")
    content.texts["page text"] = done.stdout
    content.pages = done.stdout.split("\f")
    with pikepdf.open(path) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        content.texts["document information"] = "\n".join(info.values())
        content.title = info.get("/Title", "")
        with pdf.open_metadata() as meta:
            content.texts["XMP metadata"] = "\n".join(str(v) for v in meta.values())
            content.pdfa = str(meta.get("pdfaid:part", ""))
        root = pdf.Root
        content.tagged = "/StructTreeRoot" in root and bool(
            root.get("/MarkInfo", {}).get("/Marked", False))
        content.language = str(root.get("/Lang", ""))
        notes = []
        for page in pdf.pages:
            for annotation in page.get("/Annots", []):
                for key in ("/Contents", "/T", "/TU", "/Alt"):
                    if key in annotation:
                        notes.append(str(annotation[key]))
                action = annotation.get("/A")
                if action is not None and "/URI" in action:
                    notes.append(str(action["/URI"]))
        content.texts["annotations and links"] = "\n".join(notes)
        alt = []
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/Alt", "/ActualText", "/E"):
                    if key in obj:
                        alt.append(str(obj[key]))
        content.texts["alt text and actual text"] = "\n".join(alt)
        marks = []
        outline = root.get("/Outlines")
        stack = [outline.get("/First")] if outline is not None and "/First" in outline else []
        while stack:
            item = stack.pop()
            if item is None:
                continue
            marks.append(str(item.get("/Title", "")))
            stack.extend([item.get("/Next"), item.get("/First")])
        content.texts["bookmarks"] = "\n".join(marks)
        content.texts["embedded files"] = "\n".join(pdf.attachments.keys())
    return content
