"""LibreOffice's PDFs made the same bytes for the same document, still tagged PDF/A-2.

LibreOffice writes the time of the export into every PDF/A it makes: the Info dictionary's
``/CreationDate`` (and ``/ModDate``), the XMP packet's ``xmp:CreateDate`` (and its siblings),
the header of the sRGB colour profile it generates for the PDF/A output intent, and the trailer
``/ID`` and ``/DocChecksum`` it derives from them. Some versions add random ``xmpMM`` uuids.

:func:`stabilise_pdf` leaves the dates out of Info and XMP together (PDF/A requires the two to
agree; neither date is required), dates the colour profile with
:func:`pipeline.outputs.fixed_timestamp` (an ICC header must hold a date), drops the checksum
and lets qpdf derive ``/ID`` from the file's content. Everything else is written as LibreOffice
made it: page content, fonts, structure tree, the PDF/A identification.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
import zlib
from pathlib import Path

from pipeline.errors import PublishError
from pipeline.outputs import fixed_timestamp

_INFO_DATES = ("/CreationDate", "/ModDate")
_XMP_VOLATILE = ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate", "xmpMM:DocumentID",
                 "xmpMM:InstanceID")
_TRAILER_VOLATILE = ("/ID", "/DocChecksum")  # /ID is written again, from the content
_ICC_SIGNATURE, _ICC_DATE, _ICC_ID = slice(36, 40), slice(24, 36), slice(84, 100)


def dated_icc_profile(profile: bytes, when: dt.datetime) -> bytes:
    """An ICC profile with ``when`` as its creation date (header bytes 24-35), and its profile
    ID (an MD5 over the header, date included) recomputed when it has one."""
    header = struct.pack(">6H", when.year, when.month, when.day, when.hour, when.minute,
                         when.second)
    dated = profile[:_ICC_DATE.start] + header + profile[_ICC_DATE.stop:]
    if any(dated[_ICC_ID]):
        # ICC.1:2010 7.2.18: the ID is the MD5 of the profile with the flags, rendering intent
        # and ID fields zeroed.
        blank = bytearray(dated)
        blank[44:48] = blank[64:68] = bytes(4)
        blank[_ICC_ID] = bytes(16)
        dated = dated[:_ICC_ID.start] + hashlib.md5(bytes(blank)).digest() + dated[_ICC_ID.stop:]
    return dated


def stabilise_pdf(path: Path) -> None:
    """Rewrite ``path`` (a PDF from LibreOffice) without the time it was made: the same
    document then gives the same bytes."""
    import pikepdf

    when = fixed_timestamp()
    try:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            for key in _INFO_DATES:
                if key in pdf.docinfo:
                    del pdf.docinfo[key]
            # No pikepdf as editor: that would add the time of this edit as MetadataDate.
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                for key in _XMP_VOLATILE:
                    if key in meta:
                        del meta[key]
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream) and "/N" in obj:  # ICCBased streams have /N
                    profile = obj.read_bytes()
                    if profile[_ICC_SIGNATURE] == b"acsp":
                        obj.write(zlib.compress(dated_icc_profile(profile, when), 9),
                                  filter=pikepdf.Name.FlateDecode)
            for key in _TRAILER_VOLATILE:
                if key in pdf.trailer:
                    del pdf.trailer[key]
            pdf.save(path, deterministic_id=True)
    except pikepdf.PdfError as exc:
        raise PublishError(f"{path.name}: LibreOffice wrote a PDF that cannot be read back "
                           f"({exc}); nothing was published.") from exc
