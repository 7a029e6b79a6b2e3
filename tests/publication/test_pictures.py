"""A picture the author pasted into the prose is read by OCR, listed in the review by its
content hash, and published only once the review keeps that exact picture."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from docx import Document
from docx.shared import Mm
from matplotlib import font_manager
from PIL import Image, ImageDraw, ImageFont

from pipeline.drafts import run_drafts
from pipeline.errors import PublicationRefused
from pipeline.publication import REVIEW, run_publish
from pipeline.publication.pdf import read_pdf
from pipeline.publication.pictures import REMOVED
from tests.conftest import small_case

pytestmark = pytest.mark.slow


def _genogram() -> bytes:
    """A diagram naming the victim, as an author might paste one in."""
    font = ImageFont.truetype(font_manager.findfont("DejaVu Sans"), 48)
    image = Image.new("RGB", (1400, 420), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 60, 620, 180), outline="black", width=4)
    draw.text((90, 90), "Nadia Brook", fill="black", font=font)
    draw.text((760, 90), "mother, 61", fill="black", font=font)
    draw.line((340, 180, 340, 300), fill="black", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _decide(review: Path, action: str) -> None:
    book = openpyxl.load_workbook(review)
    for row in book["Review"].iter_rows(min_row=2):
        if row[1].value == "PICTURE":
            row[7].value = action
    book.save(review)


def _media(docx: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(docx) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("word/media/")}


@pytest.fixture(scope="module")
def pasted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    case = small_case(tmp_path_factory.mktemp("pictures") / "case")
    picture = _genogram()
    prose = Document()
    prose.add_paragraph("the family tree below was drawn with her mother.")
    prose.add_picture(io.BytesIO(picture), width=Mm(120))
    prose.save(str(case / "narrative" / "background.docx"))
    run_drafts(case)
    return case, picture


def test_a_pasted_picture_is_published_only_once_the_review_keeps_it(
        pasted: tuple[Path, bytes], analyzer) -> None:
    case, picture = pasted
    with pytest.raises(PublicationRefused) as refused:
        run_publish(case, analyzer=analyzer)
    assert "1 anonymisation review item has no decision" in str(refused.value)
    assert "Nadia" not in str(refused.value)
    review = case / "output" / "restricted" / REVIEW
    rows = [r for r in openpyxl.load_workbook(review)["Review"].iter_rows(values_only=True)
            if r[1] == "PICTURE"]
    digest = hashlib.sha256(picture).hexdigest()
    (row,) = rows
    assert row[0] == f"picture {digest}"
    assert "Overview Report, word/document.xml paragraph" in row[4]
    assert "OCR read: Nadia Brook" in row[4] and "pseudonym map people[1]" in row[4]
    saved = case / "output" / "restricted" / "publication_pictures" / f"{digest[:16]}.png"
    assert saved.read_bytes() == picture  # for the reviewer to look at
    assert not any((case / "output" / "publish").glob("*"))

    _decide(review, "keep")
    run_publish(case, analyzer=analyzer)
    published = case / "output" / "publish"
    assert picture in _media(published / "overview_report.docx").values()
    verification = json.loads((published / "verification.json").read_text())
    kept = [p for p in verification["pictures"] if p["sha256"] == digest]
    assert kept and kept[0]["published"] == "kept by the review, after OCR (its metadata removed)"


def test_a_redacted_picture_is_left_out_with_a_note(pasted: tuple[Path, bytes], analyzer,
                                                    tmp_path: Path) -> None:
    source, picture = pasted
    case = tmp_path / "case"
    shutil.copytree(source, case)
    (case / "output" / "restricted" / REVIEW).unlink(missing_ok=True)
    decisions = {"decisions": [{"text": f"picture {hashlib.sha256(picture).hexdigest()}",
                                "action": "redact"}]}
    (case / "decisions.yaml").write_text(yaml.safe_dump(decisions), encoding="utf-8")
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    data["review_decisions"] = "decisions.yaml"
    (case / "case.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    run_publish(case, analyzer=analyzer)
    published = case / "output" / "publish"
    assert picture not in _media(published / "overview_report.docx").values()
    text = read_pdf(published / "overview_report.pdf").texts["page text"]
    assert REMOVED in text
