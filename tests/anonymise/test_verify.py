"""Verification: a refusal says where and what it concerns without quoting the text, and font
declarations (a theme's font list, the font table, run fonts) are never taken for a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from pipeline.anonymise.verify import find_leaks, verify_docx, write_problems
from pipeline.errors import VerificationError

# Names of people that are also the names of fonts in every Word theme or in common use.
FONT_NAMES = ("Shruti", "Latha", "Vrinda", "Kartika", "Gautami", "Raavi", "Georgia", "Calibri")


def _document(path: Path, *paragraphs: str, font: str | None = None) -> Path:
    document = Document()
    for text in paragraphs:
        run = document.add_paragraph().add_run(text)
        if font:
            run.font.name = font
    document.save(str(path))
    return path


@pytest.mark.parametrize("name", FONT_NAMES)
def test_a_person_named_like_a_font_does_not_stop_a_clean_file(tmp_path: Path,
                                                                name: str) -> None:
    clean = _document(tmp_path / "clean.docx", "Person 1 spoke to the review.", font=name)
    forbidden = [(f"{name} Okafor", "name", "x"), (name, "name", "x")]
    assert verify_docx(clean, forbidden, [])["parts_checked"] > 5


@pytest.mark.parametrize("name", ("Shruti", "Georgia"))
def test_the_same_name_in_the_text_is_still_found(tmp_path: Path, name: str) -> None:
    leaky = _document(tmp_path / "leak.docx", "First paragraph.", f"{name} was seen at home.")
    with pytest.raises(VerificationError):
        verify_docx(leaky, [(name, "name", "")], [])


def test_a_refusal_names_the_file_place_kind_and_map_entry_but_not_the_name(
        tmp_path: Path) -> None:
    leaky = _document(tmp_path / "scratch.docx", "Intro.", "Second.",
                      "Then Amira Okafor-Lane rang 07700 900417.")
    forbidden = [("Amira Okafor-Lane", "name", "pseudonym map people[1] (pseudonym 'Jade')"),
                 ("07700 900417", "UK_PHONE", "the review item shown as '[phone number]'")]
    with pytest.raises(VerificationError) as caught:
        verify_docx(leaky, forbidden, [], name="publish/overview_report.docx")
    message = str(caught.value)
    assert message.startswith("publish/overview_report.docx: verification found a name "
                              "(pseudonym map people[1] (pseudonym 'Jade')) in "
                              "word/document.xml paragraph 3 (and ")
    assert "scratch" not in message and "Amira" not in message and "900417" not in message
    leaks = caught.value.leaks
    assert {(leak.kind, leak.location) for leak in leaks} >= {("name", "paragraph 3"),
                                                             ("UK_PHONE", "paragraph 3")}
    problems = tmp_path / "restricted" / "verification_problems.csv"
    problems.parent.mkdir()
    write_problems(leaks, problems, "overview_report.docx")
    text = problems.read_text(encoding="utf-8-sig")
    assert "Then [Amira Okafor-Lane] rang" in text and "people[1]" in text


def test_numbers_are_found_whatever_their_spacing() -> None:
    leaks = find_leaks([("page text", "page 4", "Call 0770 0900 417 now.")],
                       [("07700 900417", "UK_PHONE", "")], [])
    assert [(leak.where, leak.kind) for leak in leaks] == [("page text page 4", "UK_PHONE")]
