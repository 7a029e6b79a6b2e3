"""Every picture in a published file accounted for.

A picture cannot be anonymised, and no text search sees inside it. So the pictures the tool
draws (the timeline) are drawn again at publication from labels that went through the same
anonymisation as the text, and carry those labels as alt text, where verification reads them.
Any other picture (a genogram or a scanned letter pasted into the author's prose) is read with
OCR, searched like text, saved for the reviewer to look at, and listed in the review by its
content hash: it is published only once the review keeps that exact picture, and left out
(with a note where it stood) when the review redacts it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pipeline.anonymise.review import PICTURE_KEY, Decision, ReviewItem
from pipeline.anonymise.verify import Leak
from pipeline.errors import PublishError
from pipeline.ooxml.pictures import Picture

PREFIX = PICTURE_KEY
REMOVED = "[Picture removed before publication]"
_EXCERPT = 300  # characters of OCR text shown in the review


def picture_key(picture: Picture) -> str:
    """How the review names a picture: by its content, so a changed picture is a new item."""
    return f"{PREFIX}{picture.sha256}"


@dataclass(frozen=True)
class PictureCheck:
    """One picture (not drawn by the tool) and what OCR read in it (``None``: unreadable)."""

    report: str
    picture: Picture
    text: str | None
    saved_as: Path

    def item(self, leaks: list[Leak], decision: Decision | None) -> ReviewItem:
        """The picture's row in the review."""
        if self.text is None:
            read = "OCR could not read this kind of picture; look at it yourself."
        elif not self.text:
            read = "OCR found no words."
        else:
            excerpt = self.text[:_EXCERPT] + ("…" if len(self.text) > _EXCERPT else "")
            read = f"OCR read: {excerpt}"
        names = (f" It holds {len(leaks)} name(s) or identifier(s) the text replaces "
                 f"({', '.join(sorted({leak.origin or leak.kind for leak in leaks}))})."
                 if leaks else "")
        context = (f"{self.report}, {self.picture.where}; saved for you to look at as "
                   f"{self.saved_as}. {read}{names}")
        suggestion = ("Open the picture. Choose keep to publish it exactly as it is, or redact "
                      "to leave it out" + (" (it holds names: redact it, or replace it in the "
                                           "prose with one that uses the pseudonyms)."
                                           if leaks else "."))
        return ReviewItem(picture_key(self.picture), "PICTURE", "OCR", "(left out unless kept)",
                          context, 1.0, suggestion, decision.action if decision else "")


def picture_decision(decision: Decision | None, check: PictureCheck) -> str | None:
    """``keep``, ``redact`` or ``None`` (undecided) for a picture."""
    if decision is None:
        return None
    if decision.action == "pseudonym":
        raise PublishError(f"the review gives a pseudonym for a picture ({check.report}, "
                           f"{check.picture.where}); a picture can only be kept or redacted. "
                           "Change its decision and run again.")
    return decision.action


def without_metadata(data: bytes) -> bytes:
    """A kept picture without what a camera or editor wrote into it (EXIF, with its GPS
    position; XMP; text chunks): the same pixels, nothing a reader cannot see. Formats other
    than PNG and JPEG are returned as they are."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, profile = image.format, image.info.get("icc_profile")
            out = io.BytesIO()
            if kind == "JPEG":
                image.save(out, "JPEG", quality="keep", subsampling="keep", icc_profile=profile)
            elif kind == "PNG":
                image.save(out, "PNG", icc_profile=profile)
            else:
                return data
    except (UnidentifiedImageError, OSError, ValueError):
        return data
    return out.getvalue()
