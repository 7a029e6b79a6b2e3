"""`dhr names`: every person-like name of a case listed for the map, and the decisions put back
into the map file without disturbing it."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx import Document

from pipeline.anonymise.candidate_sheet import COLUMNS, SHEET
from pipeline.anonymise.pseudonyms import load_map
from pipeline.cli import cli
from tests.conftest import HEADER, encrypt, write_csv, write_prose

PASSWORD = "Eastmere-DHR-2021"
# Every real name of the case: none may reach the terminal.
REAL = ("Kelly", "Nash", "Kel", "Colin", "Hale", "Joyce", "Pemberton")
MAP_TEXT = """\
# Pseudonym map for NM01 (synthetic): agreed with the family on 3 May 2022.
people:
  - name: Kelly Nash     # as in the police records
    title: Ms
    pseudonym: Ann
    role: victim
  - name: Colin Hale
    aliases: [Col Hale]
    pseudonym: Ben
    role: perpetrator

# Places: addresses
places:
  - name: 7 Mill Lane
    pseudonym: the family home
keep: [Eastmere Police]   # agencies
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _no_real_name(*outputs: str) -> None:
    for output in outputs:
        for name in REAL:
            assert name not in output, f"{name!r} printed"


def build_case(root: Path) -> Path:
    """A case with a chronology, a protected IMR and a narrative file: a mapped victim, her
    nickname (Kel, in the chronology and the IMR) and a neighbour the map does not have."""
    (root / "chronologies").mkdir(parents=True)
    events = (("12/03/2020", "Kelly Nash", "Kelly Nash called to say Colin Hale had pushed her "
               "at 7 Mill Lane."),
              ("02/02/2021", "Kelly Nash", "Kel told the officer she was frightened of Colin."),
              ("03/02/2021", "", "Her neighbour Joyce Pemberton called Eastmere Police."))
    write_csv(root / "chronologies" / "police.csv",
              [HEADER, *([day, "", subject, event, "Officers attended.", ""]
                         for day, subject, event in events)])
    imr = root / "imrs" / "police_imr.docx"
    imr.parent.mkdir()
    document = Document()
    document.add_heading("Agency involvement", level=1)
    document.add_paragraph("The IDVA spoke to Kel by telephone; Kel declined a refuge place.")
    document.add_paragraph("Mrs Pemberton said she heard shouting through the wall.")
    document.add_heading("Analysis", level=1)
    document.add_paragraph("the agency did not see the risk in time.")
    document.save(str(imr))
    encrypt(imr, PASSWORD)
    write_prose(root / "narrative" / "overview.docx",
                "Kelly Nash lived with Colin Hale at 7 Mill Lane.")
    (root / "pseudonym_map.yaml").write_text(MAP_TEXT, encoding="utf-8")
    case = {"case_id": "NM01", "title": "Domestic Homicide Review NM01",
            "scoping_period": {"start": "2019-06-01", "end": "2021-06-01"},
            "pseudonym_map": "pseudonym_map.yaml",
            "agencies": [{"name": "Eastmere Police", "chronology": "chronologies/police.csv",
                          "imr": "imrs/police_imr.docx"}]}
    (root / "case.yaml").write_text(yaml.safe_dump(case, sort_keys=False), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory, analyzer) -> tuple[Path, str, str]:
    """The case, and what `dhr names` printed (stdout, stderr)."""
    case = build_case(tmp_path_factory.mktemp("names") / "case")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DHR_PASSWORD", PASSWORD)
        code, out, err = run("names", str(case))
    assert code == 0, err
    return case, out, err


def _rows(workbook: Path) -> dict[str, dict[str, object]]:
    """The workbook's rows by name as found."""
    sheet = openpyxl.load_workbook(workbook)[SHEET]
    header = [c.value for c in sheet[1]]
    return {row[1]: dict(zip(header, row, strict=True))
            for row in sheet.iter_rows(min_row=2, values_only=True)}


@pytest.mark.slow  # reads the case with the spaCy model
def test_the_summary_counts_without_naming_anyone(scanned) -> None:
    case, out, err = scanned
    workbook = case / "output" / "restricted" / "name_candidates.xlsx"
    assert "person-like names found in 3 files: " in out
    assert "probably forms of people in the map" in out and "not in the map" in out
    assert f"--apply {workbook}" in out
    assert err == ""
    _no_real_name(out.replace(str(case), "CASE"))


@pytest.mark.slow  # reads the case with the spaCy model
def test_each_name_with_its_count_places_group_and_probable_person(scanned) -> None:
    case, _, _ = scanned
    rows = _rows(case / "output" / "restricted" / "name_candidates.xlsx")
    kel = rows["Kel"]
    assert kel["In the map"] == "probably in the map"
    assert kel["Map person"] == "people[1] (pseudonym 'Ann')"
    assert kel["Count"] == 3  # once in the chronology, twice in the protected IMR
    assert kel["Files"] == "chronologies/police.csv\nimrs/police_imr.docx"
    assert "chronologies/police.csv, row 3, Event: «Kel» told the officer" in \
        kel["Places (file, where: words around it)"]
    assert "imrs/police_imr.docx, paragraph 2: " in kel["Places (file, where: words around it)"]
    assert kel["Group"] == rows["Kelly Nash"]["Group"] == 1
    assert rows["Kelly Nash"]["In the map"] == "in the map"
    assert rows["Kelly Nash"]["Count"] == 4  # Subject twice, Event, the narrative
    assert set(rows["Kelly Nash"]["Files"].split("\n")) == {"chronologies/police.csv",
                                                            "narrative/overview.docx"}
    assert "Kel" in rows["Kelly Nash"]["Variants in group"].split(" / ")
    neighbour = rows["Joyce Pemberton"]
    assert neighbour["In the map"] == "not in the map" and neighbour["Map person"] is None
    assert neighbour["Found by"] == "name detection"
    assert rows["Mrs Pemberton"]["Group"] == neighbour["Group"] != kel["Group"]
    assert neighbour["Variants in group"] == "Joyce Pemberton / Mrs Pemberton"
    assert rows["Colin Hale"]["Map person"] == "people[2] (pseudonym 'Ben')"
    assert all(row["Decision"] is None for row in rows.values())


@pytest.mark.slow  # reads the case with the spaCy model
def test_the_workbook_is_marked_frozen_and_has_drop_downs(scanned) -> None:
    case, _, _ = scanned
    book = openpyxl.load_workbook(case / "output" / "restricted" / "name_candidates.xlsx")
    sheet = book[SHEET]
    assert [c.value for c in sheet[1]] == [name for name, _ in COLUMNS]
    assert sheet.freeze_panes == "A2"
    assert "OFFICIAL – SENSITIVE" in sheet.oddHeader.center.text
    assert "OFFICIAL – SENSITIVE" in sheet.oddFooter.center.text
    checks = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert checks["J2"].formula1 == '"map to existing,new person,not a person"'
    assert checks["K2"].formula1 == "'Map entries'!$A$2:$A$3"
    entries = [row[0] for row in book["Map entries"].iter_rows(min_row=2, values_only=True)]
    assert entries == ["people[1] (pseudonym 'Ann')", "people[2] (pseudonym 'Ben')"]


def _decide(workbook: Path, decisions: dict[str, tuple[str, str | None, str | None]],
            added: list[str] = ()) -> None:
    """Fill in Decision, Map entry and Pseudonym as a DHR Officer would in Excel; ``added``
    are names typed into new rows at the end."""
    book = openpyxl.load_workbook(workbook)
    sheet = book[SHEET]
    header = [c.value for c in sheet[1]]
    at = {name: header.index(name) + 1 for name in ("Name as found", "Decision", "Map entry",
                                                    "Pseudonym")}
    for name in added:
        sheet.cell(sheet.max_row + 1, at["Name as found"], name)
    for row in range(2, sheet.max_row + 1):
        name = sheet.cell(row, at["Name as found"]).value
        if name in decisions:
            decision, entry, pseudonym = decisions[name]
            sheet.cell(row, at["Decision"], decision)
            sheet.cell(row, at["Map entry"], entry)
            sheet.cell(row, at["Pseudonym"], pseudonym)
    book.save(workbook)


DECISIONS = {"Kel": ("map to existing", None, None),
             "Joyce Pemberton": ("new person", None, "Neighbour A"),
             "Mrs Pemberton": ("map to existing", "Neighbour A", None),
             "Brook Lodge": ("not a person", None, None)}
EXPECTED_MAP = (MAP_TEXT.replace("    title: Ms\n", "    aliases: [Kel]\n    title: Ms\n")
                .replace("role: perpetrator\n", "role: perpetrator\n  - name: Joyce Pemberton\n"
                         "    pseudonym: Neighbour A\n")
                .replace("keep: [Eastmere Police]   # agencies",
                         "keep: [Eastmere Police, Brook Lodge] # agencies"))


@pytest.fixture(scope="module")
def applied(scanned, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of the scanned case with decisions filled in and applied."""
    case = tmp_path_factory.mktemp("applied") / "case"
    shutil.copytree(scanned[0], case)
    _decide(case / "output" / "restricted" / "name_candidates.xlsx", DECISIONS,
            added=["Brook Lodge"])
    code, out, err = run("names", str(case), "--apply", "restricted/name_candidates.xlsx")
    assert code == 0, err
    return case, out


@pytest.mark.slow  # reads the case with the spaCy model
def test_apply_adds_aliases_people_and_keep_keeping_comments_and_order(applied) -> None:
    case, out = applied
    assert (case / "pseudonym_map.yaml").read_text(encoding="utf-8") == EXPECTED_MAP
    pmap = load_map(case / "pseudonym_map.yaml")
    assert pmap.people[0].aliases == ("Kel",)
    assert out.splitlines()[0] == (
        f"Updated {case / 'pseudonym_map.yaml'}: added 1 alias to people[1] (pseudonym "
        "'Ann'); 1 new person (people[3] (pseudonym 'Neighbour A')); 1 kept as not a person.")
    assert "1 decided name was already in the map as decided." in out  # Mrs Pemberton
    assert "rows are not decided yet" in out
    _no_real_name(out.replace(str(case), "CASE"))


@pytest.mark.slow  # reads the case with the spaCy model
def test_applying_the_same_decisions_again_changes_nothing(applied) -> None:
    case, _ = applied
    before = (case / "pseudonym_map.yaml").read_bytes()
    code, out, err = run("names", str(case), "--apply", str(case / "output" / "restricted" /
                                                          "name_candidates.xlsx"))
    assert code == 0, err
    assert out.startswith("The map was not changed")
    assert (case / "pseudonym_map.yaml").read_bytes() == before


@pytest.mark.slow  # reads the case with the spaCy model
def test_anonymise_uses_the_new_map(applied, monkeypatch: pytest.MonkeyPatch) -> None:
    case, _ = applied
    monkeypatch.setenv("DHR_PASSWORD", PASSWORD)
    output = case / "output" / "anonymised" / "police_imr.docx"
    output.parent.mkdir()
    code, _, err = run("anonymise", str(case / "imrs" / "police_imr.docx"), "--map",
                       str(case / "pseudonym_map.yaml"), "--out", str(output))
    assert code == 0, err
    text = "\n".join(p.text for p in Document(str(output)).paragraphs)
    assert "The IDVA spoke to Ann by telephone; Ann declined a refuge place." in text
    assert "Neighbour A said she heard shouting through the wall." in text  # Mrs Pemberton
    _no_real_name(text)


# --apply on its own: a workbook written as a DHR Officer leaves it, no detection needed -----


def _thin_case(root: Path, map_text: str | None = MAP_TEXT, **case: object) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if map_text is not None:
        (root / "pseudonym_map.yaml").write_text(map_text, encoding="utf-8")
    data = {"case_id": "NM01", "title": "Review", "pseudonym_map": "pseudonym_map.yaml",
            "scoping_period": {"start": "2019-06-01", "end": "2021-06-01"},
            "agencies": [{"name": "Eastmere Police", "chronology": "police.csv"}], **case}
    (root / "case.yaml").write_text(yaml.safe_dump({k: v for k, v in data.items()
                                                    if v is not None}), encoding="utf-8")
    return root


def _workbook(path: Path, *rows: tuple[str, str | None, str | None, str | None]) -> Path:
    """A decisions workbook: (name, decision, map entry, pseudonym) a row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET
    header = [name for name, _ in COLUMNS]
    sheet.append(header)
    for name, decision, entry, pseudonym in rows:
        row = [None] * len(header)
        for column, value in (("Name as found", name), ("Decision", decision),
                              ("Map entry", entry), ("Pseudonym", pseudonym)):
            row[header.index(column)] = value
        sheet.append(row)
    book.save(path)
    return path


def _refused(code: int, err: str, *expected: str) -> None:
    assert code == 1, err
    assert err.startswith("Error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, err
    _no_real_name(err)


@pytest.mark.parametrize(("row", "expected"), [
    (("Joyce Pemberton", "new person", None, None),
     "row 3: the decision is 'new person' but no Pseudonym is given"),
    (("Kel", "map to existing", "people[9]", None),
     "row 3: Map entry people[9] is not in the map (it has 2 people)"),
    (("Kel", "map to existing", "Someone", None),
     "row 3: the Map entry is neither people[N] nor the pseudonym of one person"),
    (("Joyce Pemberton", "map to existing", None, None),
     "row 3: the decision is 'map to existing' but no Map entry is given"),
    (("Joyce Pemberton", "perhaps", None, None),
     "row 3: the decision is not one of map to existing, new person, not a person"),
    (("Partner Colin", "not a person", None, None),
     "row 3: the text holds a name of people[2] (pseudonym 'Ben') in the map"),
    (("Col Hale", "new person", None, "Neighbour A"),
     "row 3: the name is already people[2] (pseudonym 'Ben')"),
    (("Col Hale", "map to existing", "people[1]", None),
     "row 3: the name is already people[2] (pseudonym 'Ben')"),
    (("Joyce Pemberton", "new person", None, "Kelly"),
     "row 3: the map would not be valid"),
])
def test_a_bad_row_is_named_and_the_map_left_as_it_was(tmp_path: Path, row, expected) -> None:
    case = _thin_case(tmp_path / "case")
    workbook = _workbook(tmp_path / "decided.xlsx", ("Kel", "map to existing", None, None), row)
    code, _, err = run("names", str(case), "--apply", str(workbook))
    _refused(code, err, f"{workbook}: {expected}")
    assert (case / "pseudonym_map.yaml").read_text(encoding="utf-8") == MAP_TEXT


@pytest.mark.parametrize(("setup", "expected"), [
    ("no workbook", "nowhere.xlsx: workbook not found"),
    ("not a workbook", "decided.xlsx: not a name candidates workbook made by 'dhr names'"),
    ("no map in case.yaml", "case.yaml: pseudonym_map is missing"),
    ("map file missing", "pseudonym_map.yaml: pseudonym map not found (pseudonym_map in "
                         "case.yaml); create the file"),
    ("headers lost", "the 'Name candidates' sheet has lost its column headers"),
])
def test_user_mistakes_are_one_plain_sentence(tmp_path: Path, setup: str, expected: str) -> None:
    case = _thin_case(tmp_path / "case", None if setup == "map file missing" else MAP_TEXT,
                      pseudonym_map=None if setup == "no map in case.yaml" else
                      "pseudonym_map.yaml")
    workbook = _workbook(tmp_path / "decided.xlsx", ("Kel", "map to existing", None, None))
    if setup == "not a workbook":
        workbook.write_text("Kel, map to existing\n", encoding="utf-8")
    if setup == "headers lost":
        book = openpyxl.load_workbook(workbook)
        book[SHEET].delete_rows(1)
        book.save(workbook)
    given = tmp_path / "nowhere.xlsx" if setup == "no workbook" else workbook
    code, _, err = run("names", str(case), "--apply", str(given))
    _refused(code, err, expected)


def test_new_entries_go_before_the_comments_that_end_a_list(tmp_path: Path) -> None:
    """A comment after a block list (an end-of-file note) stays after what is added to it,
    an indented comment under the last entry stays with that entry, and a map without
    aliases or keep gets them."""
    map_text = ("people:\n- name: Kelly Nash\n  pseudonym: Ann\n  # the victim\n\n"
                "# Professionals below this line\n"
                "places: []\nkeep:\n- Eastmere Police  # agency\n\n# end of map\n")
    case = _thin_case(tmp_path / "case", map_text)
    workbook = _workbook(tmp_path / "decided.xlsx",
                         ("Kel", "map to existing", None, None),
                         ("PC Harold Finch", "new person", None, "Police Officer A"),
                         ("Brook Lodge", "not a person", None, None))
    code, out, err = run("names", str(case), "--apply", str(workbook))
    assert code == 0, err
    assert (case / "pseudonym_map.yaml").read_text(encoding="utf-8") == (
        "people:\n- name: Kelly Nash\n  aliases: [Kel]\n  pseudonym: Ann\n  # the victim\n"
        "- name: Harold Finch\n  title: PC\n  pseudonym: Police Officer A\n\n"
        "# Professionals below this line\n"
        "places: []\nkeep:\n- Eastmere Police  # agency\n- Brook Lodge\n\n# end of map\n")
    assert load_map(case / "pseudonym_map.yaml").people[1].title == "PC"
    assert "1 new person (people[2] (pseudonym 'Police Officer A'))" in out


@pytest.mark.parametrize("start", ["# Map for NM01\n", "# Map for NM01\npeople: []\n"])
def test_an_empty_map_file_is_started(tmp_path: Path, start: str) -> None:
    case = _thin_case(tmp_path / "case", start)
    workbook = _workbook(tmp_path / "decided.xlsx",
                         ("Joyce Pemberton", "new person", None, "Neighbour A"),
                         ("Mrs Pemberton", "map to existing", "Neighbour A", None),
                         ("Brook Lodge", "not a person", None, None))
    code, _, err = run("names", str(case), "--apply", str(workbook))
    assert code == 0, err
    pmap = load_map(case / "pseudonym_map.yaml")
    assert [(p.name, p.pseudonym) for p in pmap.people] == [("Joyce Pemberton", "Neighbour A")]
    assert pmap.keep == ("Brook Lodge",)
    assert (case / "pseudonym_map.yaml").read_text(encoding="utf-8") == (
        "# Map for NM01\npeople:\n  - name: Joyce Pemberton\n    pseudonym: Neighbour A\n"
        "keep: [Brook Lodge]\n")


def test_a_name_two_people_share_is_left_to_the_review(tmp_path: Path) -> None:
    map_text = MAP_TEXT.replace("role: perpetrator\n", "role: perpetrator\n"
                                "  - name: Roy Hale\n    title: Mr\n    pseudonym: Dan\n")
    case = _thin_case(tmp_path / "case", map_text.replace("    aliases: [Col Hale]\n",
                                                          "    title: Mr\n"))
    before = (case / "pseudonym_map.yaml").read_text(encoding="utf-8")
    workbook = _workbook(tmp_path / "decided.xlsx", ("Mr Hale", "map to existing", "people[2]",
                                                     None))
    code, out, err = run("names", str(case), "--apply", str(workbook))
    assert code == 0, err
    assert out.startswith("The map was not changed")
    assert "1 decided name is shared by two or more people in the map" in out
    assert (case / "pseudonym_map.yaml").read_text(encoding="utf-8") == before


def test_whose_name_it_probably_is() -> None:
    from pipeline.anonymise.candidates import MapIndex, split_title
    from pipeline.anonymise.pseudonyms import parse_map

    index = MapIndex(parse_map(yaml.safe_load(MAP_TEXT)))
    assert index.owners("MRS NASH") == (0,) and index.owners("Col Hale") == (1,)
    assert index.owners("Joyce Pemberton") == ()
    assert index.probable("Kel") == 0  # a nickname of Kelly
    assert index.probable("Kelly-Ann Nash") == 0  # her surname, a longer given name
    assert index.probable("Kelly Brown") is None  # somebody else's full name
    assert index.probable("Joyce Pemberton") is None
    assert split_title("DC Harold Finch") == ("DC", "Harold Finch")
    assert split_title("Mrs.  Pemberton") == ("Mrs", "Pemberton")
    assert split_title("Sister") == (None, "Sister")
    assert split_title("MRS NASH") == ("Mrs", "NASH")


@pytest.mark.slow  # reads the case with the spaCy model
def test_before_there_is_a_map_or_an_imr(tmp_path: Path, analyzer) -> None:
    """A first run lists every name as not in the map, and says which files it could not read
    yet (by path, never by a name)."""
    case = build_case(tmp_path / "case")
    (case / "imrs" / "police_imr.docx").unlink()
    data = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    del data["pseudonym_map"]
    (case / "case.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    code, out, err = run("names", str(case), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert "Warning: case.yaml names no pseudonym_map yet" in err
    assert "Warning: imrs/police_imr.docx (agencies[1].imr in case.yaml) is not there yet" in err
    rows = _rows(tmp_path / "out" / "restricted" / "name_candidates.xlsx")
    assert {row["In the map"] for row in rows.values()} == {"not in the map"}
    assert "Kelly Nash" in rows and "Joyce Pemberton" in rows
    _no_real_name(out.replace(str(tmp_path), "TMP"), err.replace(str(tmp_path), "TMP"))
