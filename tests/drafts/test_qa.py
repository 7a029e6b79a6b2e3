"""What QA (and so the publication gate) calls unfinished, and how it says so without quoting
the author's prose."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from pipeline.drafts.qa import unfinished_text


def test_unfinished_text_is_found_everywhere_and_only_own_placeholders_are_quoted(
        tmp_path: Path) -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Draft TBC"
    document.add_paragraph("[Author to complete: Key issues]")
    document.add_paragraph("[Author to complete: ask Grace Okafor about the letter]")
    document.add_paragraph("Date: Draft – date of completion to be confirmed")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Amira's date of birth is to be confirmed."
    document.add_paragraph("A finished paragraph.")
    document.save(str(tmp_path / "draft.docx"))
    found = unfinished_text(tmp_path / "draft.docx")
    assert found == [
        "[Author to complete: Key issues]",
        "paragraph 2 says it is unfinished ('to be confirmed' or 'TBC')",
        "date of completion to be confirmed",
        "paragraph 4 says it is unfinished ('to be confirmed' or 'TBC')",
        "word/header1.xml paragraph 1 says it is unfinished ('to be confirmed' or 'TBC')",
    ]
    assert not any("Grace" in line or "Amira" in line for line in found)
