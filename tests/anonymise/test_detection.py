"""People the map does not name: found, and not confused with roles, terms and agencies."""

from __future__ import annotations

import pytest

from pipeline.anonymise.pseudonyms import parse_map
from pipeline.anonymise.rewrite import anonymise_texts

pytestmark = pytest.mark.slow

MAP = parse_map({"people": [{"name": "Amira Okafor-Lane", "title": "Ms", "pseudonym": "Jade"}],
                 "keep": ["Northbridge Police", "Northbridge Women's Aid"]})


@pytest.mark.parametrize("text", [
    "The support worker, Kirsty Bell, visited her at home.",
    "Safeguarding lead Priya Nair chaired the meeting.",
    "Her friend Felicity Iqbal called the police.",
    "Mrs Patel and Dr Omar Haddad agreed.",
    "EAMON SIDDIQUI (neighbour) gave a statement.",
    "Caller details were recorded as PHAM, Zoltan, on the log.",
])
def test_unmapped_people_are_found(analyzer, text: str) -> None:
    out, plan = anonymise_texts([text], MAP, analyzer)
    assert "Person 1" in out[0]
    assert plan.review and all(item.entity == "PERSON" for item in plan.review)


@pytest.mark.parametrize("text", [
    "The review was commissioned under the Domestic Violence, Crime and Victims Act 2004.",
    "The Senior Investigating Officer and the Family Liaison Officer met the family.",
    "Amira was of dual heritage (Black British Nigerian and White British).",
    "The Government Security Classifications apply until publication.",
    "Northbridge Police and Northbridge Women's Aid attended; St Aldhelm's Hospice was told.",
    "Her NI number is recorded; the GP and the IDVA were informed.",
])
def test_roles_terms_and_agencies_are_left_alone(analyzer, text: str) -> None:
    out, _ = anonymise_texts([text], MAP, analyzer)
    assert "Person" not in out[0], out[0]


def test_one_person_one_placeholder_in_every_form(analyzer) -> None:
    texts = ["Ibrahim Tierney called.", "Mr Tierney called again.", "TIERNEY, Ibrahim (log).",
             "IBRAHIM TIERNEY signed.", "Ibrahim's sister rang."]
    out, _ = anonymise_texts(texts, MAP, analyzer)
    assert out == ["Person 1 called.", "Person 1 called again.", "Person 1 (log).",
                   "Person 1 signed.", "Person 1's sister rang."]


def test_a_redact_decision_stands_where_detection_misses_the_text(analyzer) -> None:
    from pipeline.anonymise.pseudonyms import fold
    from pipeline.anonymise.review import Decision

    decisions = {fold(t): Decision(t, "redact") for t in ("Flat Nine", "QQ 12 34 56")}
    out, plan = anonymise_texts(["They met at Flat Nine; reference QQ 12 34 56."], MAP,
                                analyzer, decisions)
    assert out == ["They met at Person 1; reference [redacted]."]
    assert {f[0] for f in plan.forbidden} >= {"Flat Nine", "QQ 12 34 56"}


def test_a_pseudonym_decided_for_a_name_takes_its_other_forms(analyzer) -> None:
    from pipeline.anonymise.review import Decision

    texts = ["Yusuf Brannigan rang the police.", "Mr Brannigan rang again in May.",
             "the neighbour's calls (brannigan) were not linked.",
             "Elm trees line Elm Road, where she lived."]
    decided = {"yusuf brannigan": Decision("Yusuf Brannigan", "pseudonym", "Neighbour A"),
               "elm road": Decision("Elm Road", "pseudonym", "the street")}
    out, plan = anonymise_texts(texts, MAP, analyzer, decided)
    assert out[:3] == ["Neighbour A rang the police.", "Neighbour A rang again in May.",
                       "the neighbour's calls (Neighbour A) were not linked."]
    assert out[3] == "Elm trees line the street, where she lived."  # a street: no "forms"
    assert {"Brannigan", "Mr Brannigan"} <= {text for text, _, _ in plan.forbidden}


def test_a_placeholder_given_before_is_kept_and_a_newcomer_numbered_after(analyzer) -> None:
    from pipeline.anonymise.rewrite import plan_replacements

    texts = ["Oksana Whitlow lived opposite.", "Gideon Farrow, a lodger, heard nothing."]
    plan = plan_replacements(texts, MAP, analyzer, given={"gideon farrow": "Person 4"})
    assert [plan.apply(t) for t in texts] == ["Person 5 lived opposite.",
                                             "Person 4, a lodger, heard nothing."]
