"""Publication of the sample case: only anonymised, finished, verified files reach publish/,
pictures included, and they read as a published report.

The sample is changed as a new user's case would be: a key event and a row marked in a Key
column name a person the map does not (and a phone number), the drafts are made while the
map path is wrong, and the first publication is refused until the review is decided.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from pipeline.anonymise.pseudonyms import load_map, real_names
from pipeline.cli import cli
from pipeline.drafts import run_drafts
from pipeline.errors import ConfigError, PublicationRefused, PublishError, VerificationError
from pipeline.ooxml.docx_package import DocxPackage
from pipeline.publication import PUBLISHED, REVIEW, run_publish, verify_pdf
from pipeline.publication.contents import read_outline
from pipeline.publication.ocr import read_picture
from pipeline.publication.pdf import PdfContent, convert_to_pdf, read_pdf
from tests.conftest import copy_sample

pytestmark = pytest.mark.slow
PASSWORD = "Northbridge-DHR-2022"
MAP = Path(__file__).resolve().parents[2] / "pseudonym_maps" / "northbridge-01.yaml"
UNMAPPED, PHONE = "Derek Fenwick", "07700 900123"
SPARSE = ("11",)  # Tesseract's sparse text: the timeline's scattered labels
PANEL = ("Helen Marchbank", "Farah Siddiqui", "Robert Ashworth", "Yvonne Carradine",
         "Eleanor Whitcombe", "Dominic Hale", "Marcia Lennox", "Harriet Lowe", "Jonathan Pike",
         "Rhiannon Blake")


@dataclass
class Published:
    case: Path
    refusal: str  # the message of the first, refused, publication
    pdfs: dict[str, PdfContent] = field(default_factory=dict)

    @property
    def publish(self) -> Path:
        return self.case / "output" / "publish"

    def pdf(self, name: str) -> PdfContent:
        """The published PDF read back (once: reading a long PDF takes seconds)."""
        if name not in self.pdfs:
            self.pdfs[name] = read_pdf(self.publish / name)
        return self.pdfs[name]


def _add_key_rows(case: Path) -> None:
    """A Key column in the housing CSV, marking two new rows, one naming a phone number."""
    path = case / "chronologies" / "northbridge_homes.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="cp1252"))))  # as sent
    rows[0].append("Key")
    for row in rows[1:]:
        row.append("")
    rows.append(["?June 2020", f"Tenant's neighbour rang 999 from {PHONE} to report shouting.",
                 "Noise complaint logged.", "Gemma Rowley", "", "yes"])
    rows.append(["Spring 2021", "Visible bruising to the tenant's face was seen by Kevin Osei "
                 "during a gas safety visit, and she said that she had fallen", "Logged.",
                 "Kevin Osei", "", "yes"])
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="cp1252")


def _decide_all(review: Path, action: str = "redact") -> int:
    book = openpyxl.load_workbook(review)
    sheet = book["Review"]
    decided = 0
    for row in sheet.iter_rows(min_row=2):
        if row[0].value and not row[7].value:
            row[7].value = action
            decided += 1
    book.save(review)
    return decided


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Published:
    case = copy_sample(tmp_path_factory.mktemp("publish") / "case")
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    data["key_events"].append({"date": "2021-03-02", "agency": "Northbridge Police",
                               "label": f"{UNMAPPED} calls 999"})
    right_map, data["pseudonym_map"] = data["pseudonym_map"], "no/such/map.yaml"
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    _add_key_rows(case)
    with pytest.raises(ConfigError, match="pseudonym_map"):  # a wrong map path is refused
        run_drafts(case, password=PASSWORD)
    del data["pseudonym_map"]
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    run_drafts(case, password=PASSWORD)  # made before the map was given
    data["pseudonym_map"] = right_map
    (case / "case.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(PublicationRefused) as refused:
        run_publish(case, password=PASSWORD, analyzer=analyzer)
    assert _decide_all(case / "output" / "restricted" / REVIEW) >= 1
    run_publish(case, password=PASSWORD, analyzer=analyzer)
    return Published(case, str(refused.value))


def _pdf_images(pdf: Path, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdfimages", "-png", str(pdf), str(folder / "img")], check=True)
    return sorted(folder.glob("img-*.png"))


def test_an_undecided_review_item_refuses_publication_until_decided(
        published: Published) -> None:
    assert "publication refused" in published.refusal
    assert re.search(r"\d+ anonymisation review items? ha(s|ve) no decision", published.refusal)
    assert REVIEW in published.refusal and UNMAPPED not in published.refusal
    assert {p.name for p in published.publish.iterdir()} == PUBLISHED


def test_no_unmapped_name_or_number_in_any_text_or_picture(published: Published,
                                                           tmp_path: Path) -> None:
    ocr = []
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        texts = published.pdf(name).texts
        joined = "\n".join(texts.values())
        assert "Fenwick" not in joined and "900123" not in joined, name
        ocr += [read_picture(p.read_bytes(), SPARSE) or "" for p in
                _pdf_images(published.publish / name, tmp_path / name)]
    for name in ("overview_report.docx", "executive_summary.docx"):
        with zipfile.ZipFile(published.publish / name) as archive:
            ocr += [read_picture(archive.read(m), SPARSE) or "" for m in archive.namelist()
                    if m.startswith("word/media/")]
    words = " ".join(ocr)
    assert "calls 999" in words  # the picture was read, and it shows the event …
    assert "Fenwick" not in words and "Derek" not in words and "900123" not in words
    assert "Person" in words  # … with the placeholder the text uses


def test_the_timeline_is_drawn_from_anonymised_labels_and_says_so(published: Published) -> None:
    document = Document(str(published.publish / "overview_report.docx"))
    (shape,) = document.inline_shapes
    alt = shape._inline.docPr.get("descr")
    assert re.search(r"Person \d+ calls 999 \(2 March 2021", alt)
    assert "Visible bruising to the tenant's face was seen …" in alt  # a word boundary
    verification = json.loads((published.publish / "verification.json").read_text())
    (picture,) = verification["pictures"]
    assert picture["published"].startswith("drawn at publication")
    assert verification["gate"]["qa_panel_letter"] == {"date": "2023-06-21",
                                                       "reference": "HO-QAP-2023-0417"}


def test_it_reads_as_a_published_report(published: Published) -> None:
    text = published.pdf("overview_report.pdf").texts["page text"]
    pages = published.pdf("overview_report.pdf").pages
    assert not any(page.strip().startswith("OFFICIAL") for page in pages)  # no header marking
    assert "OFFICIAL – SENSITIVE until publication" not in text
    assert "Do not copy or forward" not in text
    assert "Published: 17 July 2023" in text and "until publication" not in text.split(
        "Confidentiality")[0]
    assert "Right-click to update" not in text
    document = Document(str(published.publish / "overview_report.docx"))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "June 2020 (approximate)" in cells and "Spring 2021" in cells  # the key events
    assert "1 June 2020" not in cells and "1 March 2021" not in cells
    flat = " ".join(text.split())
    assert "single chronology of 69 entries, of which 65 fall within the scoping period" in flat


def test_the_chair_author_and_panel_are_named_and_practitioners_are_not(
        published: Published) -> None:
    text = published.pdf("overview_report.pdf").texts["page text"]
    flat = " ".join(text.split())
    for name in PANEL:
        assert name in flat, name
    assert "Helen Marchbank was the independent chair" in flat
    assert "Independent Chair is" not in flat
    assert "Fiona Castell" not in flat and "Police IMR Author" in flat


def test_the_contents_page_holds_the_headings_and_their_pages(published: Published) -> None:
    pdf = published.publish / "executive_summary.pdf"
    outline = read_outline(pdf)
    contents = published.pdf(pdf.name).pages[1]
    for _, title, page in outline:
        line = next(line for line in contents.splitlines() if title.split(" ", 1)[-1] in line)
        assert line.rstrip().endswith(str(page)), (title, page, line)
    toc = Document(str(published.publish / "executive_summary.docx"))
    entries = [p.text for p in toc.paragraphs if p.style.name.startswith("toc")]
    assert len(entries) == len(outline) and "Conclusions" in entries[7]


def test_only_the_published_files_reach_publish(published: Published) -> None:
    manifest = (published.publish / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 4 and all(len(line.split()[0]) == 64 for line in manifest)
    restricted = {p.name for p in (published.case / "output" / "restricted").iterdir()}
    assert {REVIEW, "overview_report_audit.csv"} <= restricted


def test_pdfs_are_tagged_pdfa_british_english_with_the_anonymised_title(
        published: Published) -> None:
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        content = published.pdf(name)
        assert content.tagged and content.pdfa == "2" and content.language == "en-GB"
        assert "Jade" in content.title and "Amira" not in content.title
    verification = json.loads((published.publish / "verification.json").read_text())
    assert verification["result"] == "passed"
    assert "page text" in verification["files"]["overview_report.pdf"]["places_checked"]


def test_no_real_name_in_any_published_file(published: Published) -> None:
    names = [n for n in real_names(load_map(MAP)) if len(n) > 3]
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        joined = "\n".join(published.pdf(name).texts.values()).casefold()
        for real in names:
            assert real.casefold() not in joined, (name, real)
    for name in ("overview_report.docx", "executive_summary.docx"):
        parts = DocxPackage((published.publish / name).read_bytes()).part_texts()
        joined = "\n".join(parts.values()).casefold()
        for real in names:
            assert real.casefold() not in joined, (name, real)


def test_published_docx_has_no_author(published: Published) -> None:
    with zipfile.ZipFile(published.publish / "overview_report.docx") as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core


def test_a_pdf_holding_a_real_name_is_refused(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Amira Okafor-Lane was seen.")
    document.save(tmp_path / "leak.docx")
    pdf = convert_to_pdf([tmp_path / "leak.docx"], tmp_path)[0]
    with pytest.raises(VerificationError) as caught:
        verify_pdf(pdf, [("Amira Okafor-Lane", "name")], [])
    assert "page text page 1" in str(caught.value) and "Amira" not in str(caught.value)


def test_a_planted_leak_is_refused_with_a_message_that_helps(
        published: Published, analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    publish = published.publish
    assert {p.name for p in publish.iterdir()} == PUBLISHED
    original = DocxPackage.slots
    monkeypatch.setattr(DocxPackage, "slots", lambda self: (  # a hiding place forgotten
        s for s in original(self) if "Amira" not in s.text))
    with pytest.raises(VerificationError) as caught:
        run_publish(published.case, password=PASSWORD, analyzer=analyzer)
    assert list(publish.iterdir()) == []  # the earlier publication is withdrawn too
    message = str(caught.value)
    assert message.startswith("publish/overview_report.docx: verification found a name "
                              "(pseudonym map people[1] (pseudonym 'Jade')) in word/")
    assert "paragraph" in message and "Amira" not in message
    assert "dhr-publish-" not in message and ".part" not in message  # no scratch file named
    problems = published.case / "output" / "restricted" / "verification_problems.csv"
    assert str(problems) in message
    assert "Amira" in problems.read_text(encoding="utf-8-sig")  # restricted: the details


def test_no_drafts_and_no_libreoffice_are_plain_errors(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    copy = copy_sample(tmp_path / "case")
    result = CliRunner().invoke(cli, ["publish", str(copy)])
    assert result.exit_code == 1 and "run 'dhr drafts" in result.stderr
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(PublishError, match="apt-get install"):
        convert_to_pdf([tmp_path / "x.docx"], tmp_path)
    with pytest.raises(PublishError, match="pdftotext is not installed"):  # never unread
        read_pdf(tmp_path / "x.pdf")


def test_anonymise_any_document_to_a_verified_pdf(tmp_path: Path) -> None:
    document = Document()
    document.core_properties.title = "Notes on Amira Okafor-Lane"
    document.add_paragraph("Amira Okafor-Lane met Daniel Marsh at 14 Elm Road.")
    document.save(tmp_path / "notes.docx")
    result = CliRunner().invoke(cli, ["anonymise", str(tmp_path / "notes.docx"), "--map",
                                      str(MAP), "--out", str(tmp_path / "notes.pdf")])
    assert result.exit_code == 0, result.stderr
    content = read_pdf(tmp_path / "notes.pdf")
    assert content.tagged and content.pdfa == "2" and "Amira" not in content.title
    assert "Amira" not in content.texts["page text"] and "Jade" in content.texts["page text"]
    assert (tmp_path / "restricted" / "notes_review.xlsx").is_file()


def test_every_hiding_place_is_clean_in_the_pdf(tmp_path: Path, analyzer) -> None:
    from pipeline.anonymise.pseudonyms import parse_map
    from pipeline.publication import anonymise_to_pdf
    from tests.anonymise.hiding_places import MAP as HIDDEN_MAP
    from tests.anonymise.hiding_places import REAL, build

    source = build(tmp_path / "hidden.docx")
    checks = anonymise_to_pdf(source, tmp_path / "hidden.pdf", parse_map(HIDDEN_MAP),
                              analyzer=analyzer)
    assert checks["tagged"] and checks["pdfa_part"] == "2"
    texts = read_pdf(tmp_path / "hidden.pdf").texts
    joined = "\n".join(texts.values()).casefold()
    for real in REAL:
        assert real.casefold() not in joined, real
    assert "jade" in texts["page text"].casefold()
