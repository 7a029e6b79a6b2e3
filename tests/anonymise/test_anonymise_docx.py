"""Anonymising real Word files: every part, across runs, reviewed, audited and verified."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from pipeline.anonymise import anonymise_docx, read_decisions
from pipeline.anonymise.pseudonyms import parse_map
from pipeline.cli import cli
from pipeline.errors import AnonymiseError, ConfigError, OutputError, VerificationError
from pipeline.ooxml.docx_package import DocxPackage
from tests.anonymise.hiding_places import MAP, REAL, build
from tests.conftest import encrypt

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def hidden(tmp_path_factory: pytest.TempPathFactory, analyzer) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("hidden")
    source = build(folder / "draft.docx")
    report = anonymise_docx(source, folder / "out.docx", parse_map(MAP), analyzer)
    return folder, report


def _all_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode("utf-8", "replace") for n in archive.namelist()}


def test_no_real_name_or_identifier_anywhere_in_the_package(hidden) -> None:
    folder, _ = hidden
    parts = _all_parts(folder / "out.docx")
    for name, text in parts.items():
        for real in REAL:
            assert real.lower() not in text.lower(), f"{real!r} left in {name}"


def test_parts_that_must_go_are_gone(hidden) -> None:
    folder, report = hidden
    names = set(_all_parts(folder / "out.docx"))
    for gone in ("word/comments.xml", "word/people.xml", "customXml/item1.xml",
                 "docProps/thumbnail.jpeg", "word/embeddings/oleObject1.bin"):
        assert gone not in names
    rels = _all_parts(folder / "out.docx")["word/_rels/document.xml.rels"]
    assert "comments.xml" not in rels and "oleObject1.bin" not in rels
    assert report.clean.embedded_objects >= 1 and report.clean.comments == 1
    assert report.clean.hidden_runs == 1 and report.clean.tracked_changes >= 2


def test_every_hiding_place_was_rewritten_not_just_dropped(hidden) -> None:
    folder, _ = hidden
    parts = _all_parts(folder / "out.docx")
    document = Document(str(folder / "out.docx"))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Review of the death of Jade"
    assert section.first_page_header.paragraphs[0].text == "OFFICIAL – SENSITIVE: Lee"
    assert section.even_page_header.paragraphs[0].text == "Even header: Ruth"
    assert section.even_page_footer.paragraphs[0].text == "Even footer: Lee"
    assert "Inner cell: Ruth" in parts["word/document.xml"]  # nested table
    assert "Inserted: Lee" in parts["word/document.xml"]  # insertion accepted
    assert "Deleted:" not in parts["word/document.xml"]  # deletion dropped
    assert "Hidden:" not in parts["word/document.xml"]
    assert parts["word/document.xml"].count("Text box: Jade") == 2  # DrawingML and VML
    assert 'descr="Box about Lee"' in parts["word/document.xml"]
    assert 'alt="VML alt: Ruth"' in parts["word/document.xml"]
    assert 'w:val="Victim: Jade"' in parts["word/document.xml"]  # content control alias
    assert "Control: Jade" in parts["word/document.xml"]
    assert "Smart: Lee" in parts["word/document.xml"]
    assert "mailto:[email address]" in parts["word/document.xml"].replace("</w:instrText>", "")\
        .replace('<w:instrText xml:space="preserve">', "").replace("</w:r><w:r>", "") or \
        "[email address]" in parts["word/document.xml"]
    assert "AUTHOR  Jade" in parts["word/document.xml"]  # simple field
    assert "Footnote: Jade told Lee" in parts["word/footnotes.xml"]
    assert "Endnote: Ruth" in parts["word/endnotes.xml"]
    assert "Photo of Jade at the family home" in parts["word/document.xml"]
    assert "mailto:[email address]" in parts["word/_rels/document.xml.rels"]
    props = document.core_properties
    assert (props.author, props.last_modified_by) == ("", "")
    assert props.title == "DHR: the death of Jade"
    assert "Lee" in parts["docProps/custom.xml"]


def test_a_name_split_across_runs_keeps_the_formatting_where_it_starts(hidden) -> None:
    folder, _ = hidden
    paragraph = Document(str(folder / "out.docx")).paragraphs[0]
    runs = [(r.text, bool(r.italic), bool(r.bold), bool(r.underline)) for r in paragraph.runs]
    assert paragraph.text == "Visit by Jade and her mother, Ruth."
    assert runs[0] == ("Visit by Jade", True, False, False)
    assert runs[-1] == (" and her mother, Ruth.", False, False, False)
    assert [r.underline for r in paragraph.runs][3]  # formatting of later runs untouched


def test_case_and_keep_rules(hidden) -> None:
    folder, _ = hidden
    text = "\n".join(p.text for p in Document(str(folder / "out.docx")).paragraphs)
    # A person who speaks is a person whatever their name; "will" stays; a bare surname two
    # people in the map share becomes [name].
    assert "Person 1 said he will call. [name] was mentioned." in text
    assert "Northbridge Police and Northbridge Women's Aid attended." in text
    assert "Jade's friend Clare and CLARE met Lee at the family home" in text


def test_review_and_audit_are_restricted_and_complete(hidden) -> None:
    folder, report = hidden
    assert report.review == folder / "restricted" / "out_review.xlsx"
    sheet = openpyxl.load_workbook(report.review)["Review"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Detected text", "Type", "Found by", "Replaced with")
    assert ("Okafor", "PERSON", "map (shared name)", "[name]") in [r[:4] for r in rows]
    validation = sheet.data_validations.dataValidation[0]
    assert validation.formula1 == '"redact,keep,pseudonym"' and "H2" in str(validation.sqref)
    with report.audit.open(encoding="utf-8-sig") as handle:
        audit = list(csv.DictReader(handle))
    assert {"part", "location", "entity", "detector", "original", "replacement",
            "score"} <= set(audit[0])
    assert {"map", "pattern"} <= {row["detector"] for row in audit}
    assert any(r["part"] == "word/footnotes.xml" for r in audit)


def test_an_unmapped_person_gets_one_placeholder_everywhere(tmp_path: Path, analyzer) -> None:
    document = Document()
    document.add_paragraph("The support worker, Kirsty Bell, visited Amira at home.")
    document.add_paragraph("Later the panel heard from Kirsty Bell again.")
    document.sections[0].footer.paragraphs[0].text = "Notes by Bell"
    document.save(tmp_path / "in.docx")
    report = anonymise_docx(tmp_path / "in.docx", tmp_path / "out.docx", parse_map(MAP), analyzer)
    out = Document(str(tmp_path / "out.docx"))
    body = " ".join(p.text for p in out.paragraphs)
    assert "Kirsty" not in body and "Bell" not in body
    assert body.count("Person 1") == 2
    assert out.sections[0].footer.paragraphs[0].text == "Notes by Person 1"
    assert report.review_items >= 1


def test_decisions_make_a_reviewed_case_reproducible(tmp_path: Path, analyzer) -> None:
    document = Document()
    document.add_paragraph("The support worker, Kirsty Bell, visited Amira at home.")
    document.add_paragraph("Safeguarding lead Priya Nair chaired the meeting.")
    document.save(tmp_path / "in.docx")
    first = anonymise_docx(tmp_path / "in.docx", tmp_path / "one.docx", parse_map(MAP), analyzer)
    book = openpyxl.load_workbook(first.review)
    sheet = book["Review"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "Kirsty Bell":
            row[7].value, row[8].value = "pseudonym", "Outreach Worker A"
        elif row[0].value == "Priya Nair":
            row[7].value = "redact"
    book.save(tmp_path / "decided.xlsx")
    decisions = read_decisions(tmp_path / "decided.xlsx")
    for name in ("two.docx", "three.docx"):
        anonymise_docx(tmp_path / "in.docx", tmp_path / name, parse_map(MAP), analyzer,
                       decisions=decisions)
    text = " ".join(p.text for p in Document(str(tmp_path / "two.docx")).paragraphs)
    assert "Outreach Worker A, visited Jade" in text and "Kirsty" not in text
    assert "Priya" not in text
    assert [p.text for p in Document(str(tmp_path / "two.docx")).paragraphs] == [
        p.text for p in Document(str(tmp_path / "three.docx")).paragraphs]
    (tmp_path / "d.yaml").write_text(yaml.safe_dump({"decisions": [
        {"text": "Kirsty Bell", "action": "keep"}]}), encoding="utf-8")
    anonymise_docx(tmp_path / "in.docx", tmp_path / "four.docx", parse_map(MAP), analyzer,
                   decisions=read_decisions(tmp_path / "d.yaml"))
    assert "Kirsty Bell" in Document(str(tmp_path / "four.docx")).paragraphs[0].text


@pytest.mark.parametrize(("content", "message"), [
    ({"decisions": [{"text": "A", "action": "delete"}]}, "decision 'delete' is not one of"),
    ({"decisions": [{"text": "A", "action": "pseudonym"}]}, "no pseudonym is given"),
    ({"nothing": 1}, "expected a list under 'decisions:'"),
])
def test_bad_decisions(tmp_path: Path, content: dict, message: str) -> None:
    (tmp_path / "d.yaml").write_text(yaml.safe_dump(content), encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_decisions(tmp_path / "d.yaml")


def test_a_planted_leak_fails_verification_and_nothing_is_left(
        tmp_path: Path, analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    source = build(tmp_path / "draft.docx")
    original = DocxPackage.slots

    def skip_footnotes(self):  # simulate a hiding place the rewriter forgot
        return (s for s in original(self) if s.part != "word/footnotes.xml")

    monkeypatch.setattr(DocxPackage, "slots", skip_footnotes)
    with pytest.raises(VerificationError) as caught:
        anonymise_docx(source, tmp_path / "out.docx", parse_map(MAP), analyzer)
    message = str(caught.value)
    assert "word/footnotes.xml" in message and "name" in message
    assert all(real not in message for real in REAL)
    assert not (tmp_path / "out.docx").exists() and not list(tmp_path.glob("*.part"))
    # Only the restricted details of the refusal are left, and the message names them.
    problems = tmp_path / "restricted" / "out_verification_problems.csv"
    assert [p.name for p in (tmp_path / "restricted").iterdir()] == [problems.name]
    assert str(problems) in message and "word/footnotes.xml" in problems.read_text("utf-8-sig")


def test_anonymising_the_output_again_changes_nothing(hidden, analyzer, tmp_path: Path) -> None:
    folder, _ = hidden
    anonymise_docx(folder / "out.docx", tmp_path / "again.docx", parse_map(MAP), analyzer)
    once = DocxPackage((folder / "out.docx").read_bytes()).part_texts()
    twice = DocxPackage((tmp_path / "again.docx").read_bytes()).part_texts()
    assert once == twice


def test_a_protected_docx_opens_with_the_review_password(tmp_path: Path, analyzer) -> None:
    document = Document()
    document.add_paragraph("Amira was seen.")
    document.save(tmp_path / "p.docx")
    encrypt(tmp_path / "p.docx", "pw")
    with pytest.raises(AnonymiseError, match="password-protected"):
        anonymise_docx(tmp_path / "p.docx", tmp_path / "o.docx", parse_map(MAP), analyzer)
    anonymise_docx(tmp_path / "p.docx", tmp_path / "o.docx", parse_map(MAP), analyzer,
                   password="pw")
    assert Document(str(tmp_path / "o.docx")).paragraphs[0].text == "Jade was seen."


def _run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.yaml"
    path.write_text(yaml.safe_dump(MAP), encoding="utf-8")
    return path


def test_cli_anonymise(tmp_path: Path, map_file: Path) -> None:
    source = build(tmp_path / "draft.docx")
    code, out, err = _run_cli("anonymise", str(source), "--map", str(map_file), "--out",
                              str(tmp_path / "anon.docx"))
    assert code == 0, err
    assert out.startswith("Anonymised draft.docx:") and "items to review" in out
    assert "Removed: 1 comments" in out and "2 embedded objects" in out
    assert "Restricted (never publish)" in out and str(tmp_path / "restricted") in out


@pytest.mark.parametrize(("make", "out_name", "message", "code"), [
    (lambda d: d / "missing.docx", "o.docx", "missing.docx: file not found", 1),
    (lambda d: _write(d / "a.txt", b"text"), "o.docx", "is not a .docx file", 1),
    (lambda d: _write(d / "bad.docx", b"PK\x03\x04 broken"), "o.docx",
     "could not be read as a Word document", 1),
    (lambda d: _write(d / "old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
     "o.docx", "old-format Word file", 1),
    (lambda d: build(d / "ok.docx"), "nowhere/o.docx", "the output folder does not exist", 1),
    (lambda d: build(d / "ok.docx"), "o.txt", "the output must be a .docx", 1),
])
def test_cli_bad_input(tmp_path: Path, map_file: Path, make, out_name: str, message: str,
                       code: int) -> None:
    source = make(tmp_path)
    exit_code, _, err = _run_cli("anonymise", str(source), "--map", str(map_file), "--out",
                                 str(tmp_path / out_name))
    assert exit_code == code
    assert err.startswith("Error: ") and message in err and err.count("\n") == 1, err
    assert not (tmp_path / "o.docx").exists()


def test_cli_bad_map(tmp_path: Path) -> None:
    source = build(tmp_path / "ok.docx")
    (tmp_path / "map.yaml").write_text("people:\n  - name: Ann Lee\n", encoding="utf-8")
    code, _, err = _run_cli("anonymise", str(source), "--map", str(tmp_path / "map.yaml"),
                            "--out", str(tmp_path / "o.docx"))
    assert code == 1 and "people[1].pseudonym must be a non-empty" in err


def test_verification_failure_exits_3(tmp_path: Path, map_file: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    source = build(tmp_path / "draft.docx")
    monkeypatch.setattr(DocxPackage, "slots", lambda self: iter(()))
    code, _, err = _run_cli("anonymise", str(source), "--map", str(map_file), "--out",
                            str(tmp_path / "o.docx"))
    assert code == 3 and "verification found" in err
    assert not (tmp_path / "o.docx").exists()


def test_output_folder_error_type(tmp_path: Path, analyzer) -> None:
    with pytest.raises(OutputError):
        anonymise_docx(build(tmp_path / "d.docx"), tmp_path / "x" / "o.docx", parse_map(MAP),
                       analyzer)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_properties_in_an_unexpected_namespace_are_still_anonymised(tmp_path: Path,
                                                                     analyzer) -> None:
    document = Document()
    document.add_paragraph("Nothing to see.")
    document.save(tmp_path / "in.docx")
    with zipfile.ZipFile(tmp_path / "in.docx") as source:
        parts = {n: source.read(n) for n in source.namelist()}
    odd = ('<cp:lastModifiedBy xmlns:cp="http://schemas.openxmlformats.org/officeDocument/2006/'
           'custom-properties">Daniel Marsh</cp:lastModifiedBy><x:note xmlns:x="urn:example">'
           "About Amira Okafor-Lane</x:note></cp:coreProperties>")
    parts["docProps/core.xml"] = parts["docProps/core.xml"].replace(
        b"</cp:coreProperties>", odd.encode())
    with zipfile.ZipFile(tmp_path / "odd.docx", "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    anonymise_docx(tmp_path / "odd.docx", tmp_path / "out.docx", parse_map(MAP), analyzer)
    core = _all_parts(tmp_path / "out.docx")["docProps/core.xml"]
    assert "Daniel" not in core and "Amira" not in core and "About Jade" in core
