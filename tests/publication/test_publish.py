"""Publication: only anonymised, accessible, verified files ever reach publish/."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from pipeline.anonymise.pseudonyms import load_map, real_names
from pipeline.cli import cli
from pipeline.drafts import run_drafts
from pipeline.errors import PublishError, VerificationError
from pipeline.ooxml.docx_package import DocxPackage
from pipeline.publication import PUBLISHED, run_publish, verify_pdf
from pipeline.publication.pdf import convert_to_pdf, read_pdf
from tests.conftest import copy_sample

pytestmark = pytest.mark.slow
PASSWORD = "Northbridge-DHR-2022"
MAP = Path(__file__).resolve().parents[2] / "pseudonym_maps" / "northbridge-01.yaml"


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Path:
    copy = copy_sample(tmp_path_factory.mktemp("publish") / "case")
    run_drafts(copy, password=PASSWORD)
    run_publish(copy, password=PASSWORD, analyzer=analyzer)
    return copy


def test_only_the_published_files_reach_publish(case: Path) -> None:
    publish = case / "output" / "publish"
    assert {p.name for p in publish.iterdir()} == PUBLISHED
    manifest = (publish / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 4 and all(len(line.split()[0]) == 64 for line in manifest)
    restricted = {p.name for p in (case / "output" / "restricted").iterdir()}
    assert {"overview_report_review.xlsx", "overview_report_audit.csv"} <= restricted


def test_pdfs_are_tagged_pdfa_british_english_with_the_anonymised_title(case: Path) -> None:
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        content = read_pdf(case / "output" / "publish" / name)
        assert content.tagged and content.pdfa == "2" and content.language == "en-GB"
        assert "Jade" in content.title and "Amira" not in content.title
        assert "/Author" not in content.texts["document information"] or "Helen" not in \
            content.texts["document information"]
    verification = json.loads((case / "output" / "publish" / "verification.json").read_text())
    assert verification["result"] == "passed"
    assert "page text" in verification["files"]["overview_report.pdf"]["places_checked"]


def test_no_real_name_in_any_published_file(case: Path) -> None:
    names = [n for n in real_names(load_map(MAP)) if len(n) > 3]
    for name in ("overview_report.pdf", "executive_summary.pdf"):
        texts = read_pdf(case / "output" / "publish" / name).texts
        joined = "\n".join(texts.values()).casefold()
        for real in names:
            assert real.casefold() not in joined, (name, real)
    for name in ("overview_report.docx", "executive_summary.docx"):
        parts = DocxPackage((case / "output" / "publish" / name).read_bytes()).part_texts()
        joined = "\n".join(parts.values()).casefold()
        for real in names:
            assert real.casefold() not in joined, (name, real)


def test_published_docx_has_no_author(case: Path) -> None:
    with zipfile.ZipFile(case / "output" / "publish" / "overview_report.docx") as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "Helen Marchbank" not in core
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core


def test_a_pdf_holding_a_real_name_is_refused(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Amira Okafor-Lane was seen.")
    document.save(tmp_path / "leak.docx")
    pdf = convert_to_pdf([tmp_path / "leak.docx"], tmp_path)[0]
    with pytest.raises(VerificationError) as caught:
        verify_pdf(pdf, [("Amira Okafor-Lane", "name")], [])
    assert "page text" in str(caught.value) and "Amira" not in str(caught.value)


def test_a_planted_leak_stops_publication_and_clears_publish(
        case: Path, analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    publish = case / "output" / "publish"
    before = {p.name for p in publish.iterdir()}
    assert before == PUBLISHED
    original = DocxPackage.slots
    monkeypatch.setattr(DocxPackage, "slots", lambda self: (  # a hiding place forgotten
        s for s in original(self) if "Amira" not in s.text))
    with pytest.raises(VerificationError):
        run_publish(case, password=PASSWORD, analyzer=analyzer)
    assert list(publish.iterdir()) == []  # the earlier publication is withdrawn too


def test_no_drafts_and_no_libreoffice_are_plain_errors(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    copy = copy_sample(tmp_path / "case")
    result = CliRunner().invoke(cli, ["publish", str(copy)])
    assert result.exit_code == 1 and "run 'dhr drafts" in result.stderr
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(PublishError, match="apt-get install"):
        convert_to_pdf([tmp_path / "x.docx"], tmp_path)


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
