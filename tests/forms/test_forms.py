"""The notification form and the Home Office letter, read back from the files ``dhr forms``
writes for invented cases built in tmp_path (names, 07700 900xxx phones, example.org emails)."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from pipeline.cli import cli
from pipeline.errors import ConfigError
from pipeline.forms import FORM_NAME, LETTER_NAME, run_forms
from pipeline.forms.facts import address_key, months_after
from pipeline.forms.word import GREY, NOT_RECORDED
from tests.reproducible import assert_undated_package, next_clock_window

FULL = """\
    case_id: WF03
    title: Domestic Homicide Review into the death of Rosalind Thackeray, March 2023
    csp: Westford Community Safety Partnership
    date_of_death: 2023-03-04
    scoping_period: {start: 2020-03-04, end: 2023-03-04}
    review_type: REVIEW_TYPE
    subjects:
      - name: Rosalind Thackeray
        role: victim
        date_of_birth: 1979-11-20
        address: 8 Quarry Lane, Westford, WF2 7QT
        aliases: [Ros]
        sex: Female
        nationality: British
        occupation: Teaching assistant
        religion: Church of England
      - name: Marcus Pellow
        role: perpetrator
        date_of_birth: 1975-02-11
        address: 8 Quarry Lane Westford WF2 7QT
        sex: Male
        ethnicity: White British
        relationship: Husband
      - name: Ellis Thackeray-Pellow
        role: child
        date_of_birth: 2012-06-01
        address: 8 quarry lane, Westford, WF2 7QT
        relationship: Son
      - name: Maya Pellow
        role: child
        date_of_birth: 2008-01-15
        address: 3 Mill Court, Eastbury
        relationship: Stepdaughter
      - name: Owen Thackeray
        role: family
        address: 8 Quarry Lane
        relationship: Brother
      - name: Noor Haddad
        role: other
        address: 10 Quarry Lane, Westford, WF2 7QT
        relationship: Neighbour
    incident:
      date: 2023-03-04
      time: 21:40
      location: 8 Quarry Lane, Westford
      summary: A neighbour called the police; Rosalind was found with fatal injuries.
      cause_of_death: Stab wounds to the chest
      police_reference: WP-23-004412
      referred_by: DS Jane Ormerod, Westford Police, 07700 900123, jane.ormerod@example.org
    milestones:
      notification: 2023-03-06
      decision: 2023-08-31
      home_office_notified: 2023-09-12
      chair_appointed: 2023-10-02
    chair:
      name: Dr Priya Venn
    trawl:
      contact: Sam Ruddock, Westford CSP, dhr@example.org, 07700 900456
    agencies:
      - name: Westford Police
"""

BARE = """\
    case_id: ZZ01
    title: A review
    scoping_period: {start: 2021-01-01, end: 2022-01-01}
    subjects:
      - {name: Tamsin Oakes, role: victim}
    agencies:
      - name: Eastbury Police
"""


def _case(folder: Path, text: str = FULL, review_type: str = "dhr") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(
        textwrap.dedent(text).replace("REVIEW_TYPE", review_type), encoding="utf-8")
    return folder


def _blocks(path: Path) -> list[Paragraph | Table]:
    document = Document(str(path))
    return [Paragraph(e, document) if e.tag.endswith("}p") else Table(e, document)
            for e in document.element.body if e.tag.endswith(("}p", "}tbl"))]


def _headings(path: Path) -> list[str]:
    return [b.text for b in _blocks(path)
            if isinstance(b, Paragraph) and b.style.name.startswith("Heading")]


def _section(path: Path, heading: str) -> list[Paragraph | Table]:
    """The paragraphs and tables under a heading, up to the next heading."""
    blocks = _blocks(path)
    start = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Paragraph) and b.text == heading)
    found = []
    for block in blocks[start + 1:]:
        if isinstance(block, Paragraph) and block.style.name.startswith("Heading"):
            break
        found.append(block)
    return found


def _tables(blocks: list) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def _answers(table: Table) -> dict[str, str]:
    return {row.cells[0].text: row.cells[1].text for row in table.rows}


def _rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _text(path: Path) -> str:
    parts = []
    for block in _blocks(path):
        parts += [block.text] if isinstance(block, Paragraph) else [
            cell.text for row in block.rows for cell in row.cells]
    return "\n".join(parts)


def _is_marker(cell) -> bool:
    """The cell says NOT_RECORDED in grey italics, and nothing else."""
    runs = [r for p in cell.paragraphs for r in p.runs]
    return (cell.text == NOT_RECORDED and len(runs) == 1 and runs[0].italic
            and runs[0].font.color.rgb == GREY)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The forms of the full case: OUT/restricted."""
    case = _case(tmp_path_factory.mktemp("forms") / "case")
    return run_forms(case).folder


SECTIONS = [
    "Referrer's details", "Safeguarding lead's details", "SECTION 1",
    "1.1 Details of the deceased person",
    "1.2 Details of others residing at the victim's address", "1.3 The fatal incident",
    "1.4 Suspect/perpetrator details",
    "1.5 Details of others residing at the suspect/perpetrator's address",
    "1.6 The relationship between the deceased and the suspect/perpetrator", "1.7 Children",
    "1.8 Other agencies with known involvement", "1.9 Brief summary of the case",
    "1.10 Criteria for a DHR",
    "SECTION 2: FOR COMPLETION AT THE DHR SUB-GROUP CONSIDERING THE REFERRAL",
    "SECTION 3: FOR COMPLETION BY THE DHR OFFICER",
]


def test_both_documents_are_written_to_restricted(made: Path) -> None:
    assert made.name == "restricted"
    assert sorted(p.name for p in made.iterdir()) == sorted([FORM_NAME, LETTER_NAME])


def test_the_form_has_appendix_a_sections_in_order(made: Path) -> None:
    form = made / FORM_NAME
    assert _headings(form) == SECTIONS
    title = _blocks(form)[0]
    assert title.text == "Domestic Homicide Review: notification and referral form"
    assert _answers(_tables(_blocks(form))[0]) == {
        "Community Safety Partnership": "Westford Community Safety Partnership",
        "Review reference": "WF03"}


@pytest.mark.parametrize("name", [FORM_NAME, LETTER_NAME])
def test_marking_in_every_header_and_footer(made: Path, name: str) -> None:
    for section in Document(str(made / name)).sections:
        assert section.header.paragraphs[0].text == "OFFICIAL – SENSITIVE"
        assert section.footer.paragraphs[0].text == "OFFICIAL – SENSITIVE"


def test_referrer_is_as_case_yaml_gives_it(made: Path) -> None:
    tables = _tables(_section(made / FORM_NAME, "Referrer's details"))
    assert _rows(tables[0]) == [["Name, agency and job title, telephone and email"],
                                ["DS Jane Ormerod, Westford Police, 07700 900123, "
                                 "jane.ormerod@example.org"]]
    assert _answers(tables[1]) == {"Signature of referrer": "",
                                   "Date of referral to the safeguarding lead": ""}


def test_the_deceased(made: Path) -> None:
    table = _tables(_section(made / FORM_NAME, "1.1 Details of the deceased person"))[0]
    answers = _answers(table)
    assert {k: answers[k] for k in list(answers)[:12]} == {
        "Full name of the deceased person": "Rosalind Thackeray",
        "Also known as": "Ros",
        "Date of birth": "20 November 1979",
        "Age at death": "43",
        "Date of death": "4 March 2023",
        "Sex": "Female",
        "Ethnicity": NOT_RECORDED,
        "Nationality": "British",
        "Religion or belief": "Church of England",
        "Home address": "8 Quarry Lane, Westford, WF2 7QT",
        "Occupation": "Teaching assistant",
        "Disability": NOT_RECORDED,
    }
    cells = {row.cells[0].text: row.cells[1] for row in table.rows}
    assert _is_marker(cells["Ethnicity"]) and _is_marker(cells["Disability"])
    # Appendix A's questions case.yaml has no key for: empty boxes, never a marker or a guess.
    assert answers["Sexual orientation"] == answers["Country of birth"] == ""
    assert answers["Had the deceased person's case been heard at MARAC? If so, when?"] == ""


def test_a_missing_ethnicity_is_never_filled_in(made: Path) -> None:
    """The victim has no ethnicity: the perpetrator's is not borrowed, none is assumed."""
    deceased = _tables(_section(made / FORM_NAME, "1.1 Details of the deceased person"))[0]
    assert "White British" not in "".join(c.text for r in deceased.rows for c in r.cells)
    suspect = _tables(_section(made / FORM_NAME, "1.4 Suspect/perpetrator details"))[0]
    assert _answers(suspect)["Ethnicity"] == "White British"


def test_others_at_the_victims_address_are_those_case_yaml_gives_it(made: Path) -> None:
    blocks = _section(made / FORM_NAME,
                      "1.2 Details of others residing at the victim's address")
    rows = _rows(_tables(blocks)[0])
    assert rows[0] == ["Name", "Date of birth", "Role in the review",
                       "Relationship to the victim", "Contact details (telephone and email)"]
    # Spacing, case and punctuation aside; not "8 Quarry Lane" alone (no town: not the same
    # address as written), not number 10, not the stepdaughter who lives elsewhere.
    assert rows[1:] == [["Marcus Pellow", "11 February 1975", "Suspect/perpetrator", "Husband", ""],
                        ["Ellis Thackeray-Pellow", "1 June 2012", "Child", "Son", ""]]


def test_others_at_the_suspects_address(made: Path) -> None:
    blocks = _section(made / FORM_NAME,
                      "1.5 Details of others residing at the suspect/perpetrator's address")
    assert [r[:4] for r in _rows(_tables(blocks)[0])[1:]] == [
        ["Rosalind Thackeray", "20 November 1979", "Victim", "Not applicable"],
        ["Ellis Thackeray-Pellow", "1 June 2012", "Child", "Son"]]


def test_address_comparison() -> None:
    assert address_key("8 Quarry Lane, Westford") == address_key(" 8  quarry lane Westford. ")
    assert address_key("8 Quarry Lane") != address_key("8 Quarry Lane, Westford")
    assert address_key("Flat 2, 8 Quarry Lane") != address_key("8 Quarry Lane")


def test_the_incident(made: Path) -> None:
    table = _tables(_section(made / FORM_NAME, "1.3 The fatal incident"))[0]
    answers = _answers(table)
    assert {k: answers[k] for k in list(answers)[:7]} == {
        "Date of the incident": "4 March 2023",
        "Time": "21:40",  # unquoted in case.yaml, which YAML reads as 1300
        "Address or location of the incident": "8 Quarry Lane, Westford",
        "Cause of death": "Stab wounds to the chest",
        "Police reference": "WP-23-004412",
        "Coroner": NOT_RECORDED,
        "Criminal proceedings": NOT_RECORDED,
    }
    assert answers["Who is the lead investigator?"] == ""


def test_the_suspect(made: Path) -> None:
    answers = _answers(_tables(_section(made / FORM_NAME, "1.4 Suspect/perpetrator details"))[0])
    assert answers["Full name of the suspect/perpetrator"] == "Marcus Pellow"
    assert answers["Relationship to the deceased"] == "Husband"
    assert answers["Age at the date of death"] == "48"
    assert answers["Date of death (if the suspect/perpetrator has died)"] == NOT_RECORDED
    assert answers["Nationality"] == answers["Religion or belief"] == NOT_RECORDED


def test_relationship_children_and_summary(made: Path) -> None:
    form = made / FORM_NAME
    tables = _tables(_section(
        form, "1.6 The relationship between the deceased and the suspect/perpetrator"))
    assert _answers(tables[0]) == {"Relationship of the suspect/perpetrator to the deceased":
                                   "Marcus Pellow to Rosalind Thackeray: Husband"}
    factors = _rows(tables[1])
    assert factors[0] == ["Known or believed to be a factor in the relationship?", "Yes", "No",
                          "Not known"]
    assert all(row[1:] == ["", "", ""] for row in factors[1:])
    assert "Coercive control" in [row[0] for row in factors]
    children = _rows(_tables(_section(form, "1.7 Children"))[0])
    assert children[1:] == [
        ["Ellis Thackeray-Pellow", "1 June 2012", "10", "8 quarry lane, Westford, WF2 7QT", "Son"],
        ["Maya Pellow", "15 January 2008", "15", "3 Mill Court, Eastbury", "Stepdaughter"]]
    summary = _rows(_tables(_section(form, "1.9 Brief summary of the case"))[0])
    assert summary[1] == ["A neighbour called the police; Rosalind was found with fatal "
                          "injuries."]


def test_criteria_state_what_case_yaml_says_and_decide_nothing(made: Path) -> None:
    blocks = _section(made / FORM_NAME, "1.10 Criteria for a DHR")
    rows = _rows(_tables(blocks)[0])
    assert rows[0] == ["Criterion", "What case.yaml records", "Yes", "No"]
    assert rows[1][0].startswith("Must be met in all cases: is the deceased person aged 16")
    assert rows[1][1] == "Age at death of Rosalind Thackeray: 43"
    assert "intimate personal relationship" in rows[2][0]
    assert rows[2][1] == "Marcus Pellow to Rosalind Thackeray: Husband"
    assert rows[3][0] == "(b) a member of the same household as the deceased?"
    assert rows[3][1].splitlines() == [
        "Rosalind Thackeray: 8 Quarry Lane, Westford, WF2 7QT",
        "Marcus Pellow: 8 Quarry Lane Westford WF2 7QT",
        "case.yaml gives Marcus Pellow the deceased's address."]
    assert rows[4][1] == "Cause of death: Stab wounds to the chest"
    assert all(row[2:] == ["", ""] for row in rows[1:])  # Yes and No: the sub-group's
    notes = " ".join(b.text for b in blocks if isinstance(b, Paragraph))
    assert "Section 9(1) of the Domestic Violence, Crime and Victims Act 2004" in notes


def test_sections_2_and_3(made: Path) -> None:
    form = made / FORM_NAME
    two = _answers(_tables(_section(form, SECTIONS[-2]))[0])
    assert two["Does the referral meet the criteria for a DHR?"] == "Yes / No"
    assert two["Who are the relevant people for the trawl? (the subjects in case.yaml)"] \
        .splitlines()[:2] == ["Rosalind Thackeray (victim)", "Marcus Pellow (suspect/perpetrator)"]
    assert two["How far back should agencies search? (the scoping period)"] == \
        "4 March 2020 to 4 March 2023"
    three = _answers(_tables(_section(form, SECTIONS[-1]))[0])
    assert three == {
        "Date the referral (notification of the death) was received": "6 March 2023",
        "Referral considered by the sub-group on": "",
        "Recommendation of the sub-group": "",
        "Recommendation notified to the chair of the partnership on": "",
        "Decision of the chair of the partnership, dated": "31 August 2023",
        "Decision notified to the Home Office on": "12 September 2023",
        "Independent chair of the review": "Dr Priya Venn, appointed 2 October 2023",
    }


def test_the_letter(made: Path) -> None:
    letter = made / LETTER_NAME
    paragraphs = [b.text for b in _blocks(letter) if isinstance(b, Paragraph)]
    assert paragraphs[0] == "Westford Community Safety Partnership"
    assert "Home Office\nBy secure email to DHREnquiries@homeoffice.gov.uk" in paragraphs
    assert "Date: 12 September 2023" in paragraphs
    assert "Our reference: WF03" in paragraphs
    assert "Decision to hold a Domestic Homicide Review: the death of Rosalind Thackeray" \
        in paragraphs
    assert _answers(_tables(_blocks(letter))[0]) == {
        "Community Safety Partnership": "Westford Community Safety Partnership",
        "Our reference": "WF03",
        "Name of the deceased": "Rosalind Thackeray",
        "Age at death": "43",
        "Sex": "Female",
        "Date of death": "4 March 2023",
        "Relationship of the suspect/perpetrator to the deceased": "Husband",
        "Date the partnership was notified of the death": "6 March 2023",
        "Date of the decision to hold a review": "31 August 2023",
        "Independent chair": "Dr Priya Venn, appointed 2 October 2023",
        # Six months from 31 August: February has no 31st.
        "Expected timescale": "Within 6 months of the decision, as the statutory guidance "
                              "expects: by 29 February 2024",
    }
    assert "DHR Officer, on behalf of Westford Community Safety Partnership" in paragraphs
    assert not any(NOT_RECORDED in p for p in paragraphs)  # nothing missing: no reminder


def test_months_after() -> None:
    assert months_after(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)
    assert months_after(dt.date(2022, 8, 31), 6) == dt.date(2023, 2, 28)
    assert months_after(dt.date(2022, 9, 10), 6) == dt.date(2023, 3, 10)
    assert months_after(dt.date(2022, 7, 15), 6) == dt.date(2023, 1, 15)


def test_missing_facts_are_visibly_blank_and_never_invented(tmp_path: Path) -> None:
    folder = run_forms(_case(tmp_path / "bare", BARE)).folder
    form, letter = folder / FORM_NAME, folder / LETTER_NAME
    deceased = _tables(_section(form, "1.1 Details of the deceased person"))[0]
    cells = {row.cells[0].text: row.cells[1] for row in deceased.rows}
    assert cells["Full name of the deceased person"].text == "Tamsin Oakes"
    for label in ("Date of birth", "Age at death", "Date of death", "Sex", "Ethnicity",
                  "Nationality", "Home address", "Religion or belief", "Disability"):
        assert _is_marker(cells[label]), label
    assert _answers(_tables(_blocks(form))[0])["Community Safety Partnership"] == NOT_RECORDED
    incident = _answers(_tables(_section(form, "1.3 The fatal incident"))[0])
    assert incident["Date of the incident"] == incident["Time"] == NOT_RECORDED
    suspect = _section(form, "1.4 Suspect/perpetrator details")
    assert suspect[0].text == "case.yaml lists no subject with role perpetrator."
    assert _answers(_tables(suspect)[0])["Full name of the suspect/perpetrator"] == NOT_RECORDED
    assert _section(form, "1.7 Children")[0].text == \
        "case.yaml lists no subject with role child."
    household = _section(form, "1.2 Details of others residing at the victim's address")
    assert household[0].text.startswith("The victim's address is not recorded in case.yaml")
    text = _text(form) + _text(letter)
    for invented in ("White British", "British", "Female", "Male", "Husband", "Partner"):
        assert not re.search(rf"\b{invented}\b", text), invented
    relationship = _section(
        form, "1.6 The relationship between the deceased and the suspect/perpetrator")
    assert _answers(_tables(relationship)[0]) == {
        "Relationship of the suspect/perpetrator to the deceased":
            "No suspect/perpetrator is listed in case.yaml."}
    answers = _answers(_tables(_blocks(letter))[0])
    for label in ("Community Safety Partnership", "Age at death", "Sex", "Date of death",
                  "Date the partnership was notified of the death",
                  "Date of the decision to hold a review", "Independent chair"):
        assert answers[label] == NOT_RECORDED, label
    assert answers["Expected timescale"].endswith(f"by {NOT_RECORDED}")
    paragraphs = [b.text for b in _blocks(letter) if isinstance(b, Paragraph)]
    assert f"Date: {NOT_RECORDED}" in paragraphs
    assert "We will tell you the name of the independent chair once they are appointed." \
        in paragraphs
    assert paragraphs[-1].startswith(f"\"{NOT_RECORDED}\" marks a fact")


def test_dardr_naming(tmp_path: Path) -> None:
    folder = run_forms(_case(tmp_path / "dardr", review_type="dardr")).folder
    form, letter = folder / FORM_NAME, folder / LETTER_NAME
    assert _blocks(form)[0].text == \
        "Domestic Abuse Related Death Review: notification and referral form"
    assert _headings(form)[12:] == [
        "1.10 Criteria for a DARDR",
        "SECTION 2: FOR COMPLETION AT THE DARDR SUB-GROUP CONSIDERING THE REFERRAL",
        "SECTION 3: FOR COMPLETION BY THE DARDR OFFICER"]
    criteria = _section(form, "1.10 Criteria for a DARDR")
    rows = _rows(_tables(criteria)[0])
    assert "domestic abuse towards the deceased, within the meaning of the Domestic Abuse Act " \
        "2021" in rows[1][0]
    assert rows[2][1].splitlines() == ["Age at death of Rosalind Thackeray: 43",
                                       "Age at the date of death of Marcus Pellow: 48"]
    assert "section 19 of the Victims and Prisoners Act 2024" in criteria[-2].text
    assert "Decision to hold a Domestic Abuse Related Death Review: the death of Rosalind " \
        "Thackeray" in _text(letter)
    for path in (form, letter):
        text = _text(path).replace("DHREnquiries@homeoffice.gov.uk", "")
        assert "Domestic Homicide Review" not in text and not re.search(r"\bDHR\b", text)


def test_same_case_same_bytes(tmp_path: Path) -> None:
    case = _case(tmp_path / "case")
    first = {p.name: p.read_bytes() for p in run_forms(case, tmp_path / "one").paths}
    next_clock_window()
    paths = run_forms(case, tmp_path / "two").paths
    assert {p.name: p.read_bytes() for p in paths} == first
    for path in paths:
        assert_undated_package(path)


def test_age_given_beside_a_date_of_birth_that_disagrees_shows_both(tmp_path: Path) -> None:
    text = BARE.replace("{name: Tamsin Oakes, role: victim}",
                        "{name: Tamsin Oakes, role: victim, date_of_birth: 1990-05-01, age: 40}")
    text = text.replace("case_id: ZZ01", "case_id: ZZ01\n    date_of_death: 2021-06-01")
    folder = run_forms(_case(tmp_path / "ages", text)).folder
    answers = _answers(_tables(_section(folder / FORM_NAME,
                                        "1.1 Details of the deceased person"))[0])
    assert answers["Age at death"] == "31 (from the date of birth); case.yaml gives age 40"


@pytest.mark.parametrize(("written", "shown"), [("'21:40'", "21:40"), ("9:05", "09:05"),
                                                ("about 9pm", "about 9pm")])
def test_incident_time_as_written(tmp_path: Path, written: str, shown: str) -> None:
    text = BARE + f"    incident: {{time: {written}}}\n"
    folder = run_forms(_case(tmp_path / "time", text)).folder
    answers = _answers(_tables(_section(folder / FORM_NAME, "1.3 The fatal incident"))[0])
    assert answers["Time"] == shown


@pytest.mark.parametrize(("addition", "message"), [
    ("    milestones: {decision: March 2023}\n",
     "case.yaml: milestones.decision is not a date; write it as YYYY-MM-DD."),
    ("    incident: {date: 31/02/2023}\n",
     "case.yaml: incident.date is not a date; write it as YYYY-MM-DD."),
    ("    incident: [a, b]\n",
     "case.yaml: incident must be a mapping of keys and values (or left out)."),
])
def test_a_wrong_value_is_one_sentence_and_nothing_is_written(
        tmp_path: Path, addition: str, message: str) -> None:
    case = _case(tmp_path / "bad", BARE + addition)
    with pytest.raises(ConfigError) as error:
        run_forms(case)
    assert str(error.value) == message
    assert not (case / "output").exists()


def test_a_yes_or_no_answer_must_be_quoted(tmp_path: Path) -> None:
    text = BARE.replace("{name: Tamsin Oakes, role: victim}",
                        "{name: Tamsin Oakes, role: victim, disability: no}")
    with pytest.raises(ConfigError, match=r"subjects\[1\]\.disability is read as true or false"):
        run_forms(_case(tmp_path / "yes-no", text))


def test_a_case_without_a_victim_is_refused(tmp_path: Path) -> None:
    text = BARE.replace("role: victim", "role: other")
    with pytest.raises(ConfigError, match="no subject has role victim"):
        run_forms(_case(tmp_path / "nobody", text))


def test_cli(tmp_path: Path) -> None:
    case = _case(tmp_path / "case")
    result = CliRunner().invoke(cli, ["forms", str(case), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"  {FORM_NAME}\n  {LETTER_NAME}\n" in result.output
    assert (tmp_path / "out" / "restricted" / LETTER_NAME).is_file()
    bad = _case(tmp_path / "bad", BARE.replace("role: victim", "role: other"))
    result = CliRunner().invoke(cli, ["forms", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: case.yaml: no subject has role victim;")
    assert len(result.output.strip().splitlines()) == 1


def test_the_sample_case(sample_case: Path, tmp_path: Path) -> None:
    """The bundled sample: Zara lives at her mother's address; Daniel's address names two
    homes, so it is not the victim's as written and he is not listed there."""
    folder = run_forms(sample_case, tmp_path).folder
    blocks = _section(folder / FORM_NAME,
                      "1.2 Details of others residing at the victim's address")
    assert [row[0] for row in _rows(_tables(blocks)[0])[1:]] == ["Zara Okafor-Lane"]
