"""Reading the words in a picture with Tesseract, so a picture can be searched like text.

A genogram or a scanned letter pasted into a report holds names that no text search can see.
Each picture is read with Tesseract (Debian's ``tesseract-ocr``, installed by ``make setup``),
as sparse text (labels scattered over a diagram, not only paragraphs) and enlarged first when
small, since Tesseract misses text under about 20 pixels high. A format it cannot read (a
Windows metafile, say) gives ``None``: such a picture is published only if a person approves it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.errors import PublishError

APT_COMMAND = "sudo apt-get install -y --no-install-recommends tesseract-ocr"
_MIN_WIDTH = 1600  # pixels: smaller pictures are enlarged before reading


def tesseract() -> str:
    """The Tesseract executable, or a plain error with the command that installs it."""
    if path := shutil.which("tesseract"):
        return path
    raise PublishError("Tesseract is not installed, so the pictures in the report cannot be "
                       f"checked for names; install it with: {APT_COMMAND}")


# Tesseract's page segmentation modes: 3 reads a page's layout (and text inside boxes, as in a
# genogram), 11 reads sparse text (labels scattered over a chart). Each misses what the other
# finds, so a picture is read both ways.
BOTH_WAYS = ("3", "11")


def read_picture(data: bytes, modes: tuple[str, ...] = BOTH_WAYS,
                 timeout: int = 120) -> str | None:
    """The words Tesseract reads in a picture ("" when there are none), or ``None`` when the
    picture cannot be opened as a bitmap."""
    from PIL import Image, UnidentifiedImageError

    program = tesseract()
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = image.convert("L")
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    if picture.width < _MIN_WIDTH:
        scale = min(4, -(-_MIN_WIDTH // max(picture.width, 1)))
        picture = picture.resize((picture.width * scale, picture.height * scale),
                                 Image.Resampling.LANCZOS)
    words = []
    with tempfile.TemporaryDirectory(prefix="dhr-ocr-") as scratch:
        source = Path(scratch) / "picture.png"
        picture.save(source)
        for mode in modes:
            try:
                done = subprocess.run([program, str(source), "stdout", "-l", "eng", "--psm",
                                       mode], capture_output=True, text=True, timeout=timeout,
                                      check=False)
            except subprocess.TimeoutExpired as exc:
                raise PublishError(f"Tesseract took more than {timeout} s to read a picture; "
                                   "nothing was published.") from exc
            if done.returncode != 0:
                return None
            words.append(" ".join(done.stdout.split()))
    return " ".join(w for w in words if w)
