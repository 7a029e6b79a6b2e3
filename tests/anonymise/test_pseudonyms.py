"""The pseudonym map: validation that names no one, and every form a record uses."""

from __future__ import annotations

import copy

import pytest

from pipeline.anonymise.matcher import Matcher, Rule
from pipeline.anonymise.pseudonyms import AMBIGUOUS, derive_variants, parse_map
from pipeline.errors import ConfigError

MAP = {
    "people": [
        {"name": "Mary Elizabeth Smith", "aliases": ["Molly", "Mary Jones"], "title": "Mrs",
         "pseudonym": "Jane Green", "role": "victim"},
        {"name": "Siobhan O'Neill-Hart", "title": "Ms", "pseudonym": "Kate"},
        {"name": "Brigid O'Neill", "title": "Mrs", "pseudonym": "Anne"},
        {"name": "Will Turner", "title": "Mr", "pseudonym": "Sam"},
        {"name": "Zoë Dubois", "title": "Dr", "pseudonym": "GP A"},
        {"name": "Tom Harlow", "title": "PC", "pseudonym": "Police Officer B"},
    ],
    "places": [{"name": "14 Elm Road", "pseudonym": "the family home"}],
    "keep": ["Northbridge Police"],
}


def anonymise(text: str, raw: dict = MAP) -> str:
    pmap = parse_map(raw)
    rules = [Rule(v.text, v.replacement, "PLACE" if v.kind == "place" else "PERSON", "map")
             for v in derive_variants(pmap)] + [Rule(k, None, "KEEP", "keep") for k in pmap.keep]
    for hit in reversed(Matcher(rules).find(text)):
        text = text[:hit.start] + hit.replacement + text[hit.end:]
    return text


@pytest.mark.parametrize(("text", "expected"), [
    ("Mary Elizabeth Smith attended.", "Jane Green attended."),  # full name
    ("Mary Smith attended.", "Jane Green attended."),  # first and last name
    ("Mary attended.", "Jane attended."),  # first name -> first name of pseudonym
    ("Mrs Smith attended.", "Mrs Green attended."),  # title and surname
    ("Mrs. Smith attended.", "Mrs. Green attended."),  # title with a full stop stays readable
    ("SMITH, Mary attended.", "Green, Jane attended."),  # SURNAME, Forename
    ("MARY SMITH attended.", "JANE GREEN attended."),  # all capitals
    ("Mary's son.", "Jane's son."),  # possessive
    ("Mary’s son.", "Jane’s son."),  # curly possessive
    ("M. Smith and M Smith.", "Jane Green and Jane Green."),  # initial and surname
    ("Molly said.", "Jane said."),  # alias (nickname)
    ("Mary Jones, as she was.", "Jane Green, as she was."),  # alias (maiden name)
    ("Ms O'Neill-Hart and Mrs O'Neill.", "Kate and Anne."),  # told apart by title and form
    ("Siobhan O'Neill-Hart", "Kate"),
    ("Hart said.", "Kate said."),  # part of a hyphenated surname, unambiguous
    ("O'Neill said.", f"{AMBIGUOUS} said."),  # shared bare surname: neutral placeholder
    ("Will Turner said he will call.", "Sam said he will call."),  # Will the person only
    ("WILL TURNER", "SAM"),
    ("Dr Zoë Dubois and Dr Zoe Dubois.", "GP A and GP A."),  # accented and not
    ("Dr Dubois", "GP A"),  # role pseudonym: every form becomes the whole pseudonym
    ("Tom and PC Harlow", "Police Officer B and Police Officer B"),
    ("At 14 Elm Road.", "At the family home."),  # a place
    ("Mary\nSmith", "Jane Green"),  # a name broken across a line
    ("Northbridge Police", "Northbridge Police"),  # kept
    ("Marys and Smithson", "Marys and Smithson"),  # whole words only
    ("the m SMITH, Mary", "the m Green, Jane"),  # a match refused for its case swallows nothing
])
def test_forms_records_use(text: str, expected: str) -> None:
    assert anonymise(text) == expected


def test_replacement_is_simultaneous_never_chained() -> None:
    chain = {"people": [{"name": "Alice Ames", "pseudonym": "Beth"},
                        {"name": "Beth Burns", "pseudonym": "Cara"}]}
    with pytest.raises(ConfigError, match="pseudonym that is also a real name"):
        parse_map(chain)  # the map itself is refused: Beth is someone's real name
    swap = {"people": [{"name": "Alice Ames", "pseudonym": "Dora"},
                       {"name": "Dora Dale", "pseudonym": "Ella"}]}
    with pytest.raises(ConfigError):
        parse_map(swap)
    ok = {"people": [{"name": "Alice Ames", "pseudonym": "Beth Bloggs"},
                     {"name": "Cara Cole", "pseudonym": "Dina Doyle"}]}
    assert anonymise("Alice met Cara.", ok) == "Beth met Dina."


def _changed(**change: object) -> dict:
    raw = copy.deepcopy(MAP)
    raw["people"][0].update(change)
    return raw


@pytest.mark.parametrize(("raw", "message"), [
    ({"people": [{"name": "A B", "pseudonym": "C"}], "extra": 1}, "unknown key(s) extra"),
    (_changed(nickname="x"), "people[1] has unknown key(s) nickname"),
    (_changed(pseudonym=""), "people[1].pseudonym must be a non-empty"),
    (_changed(name="  "), "pseudonym 'Jane Green').name must be a non-empty"),
    (_changed(pseudonym="Brigid"), "people[1] has a pseudonym that is also a real name"),
    (_changed(pseudonym="Molly"), "people[1] has a pseudonym that is also a real name"),
    ({"people": [{"name": "Ann Lee", "pseudonym": "X"}, {"name": "Ann Lee", "pseudonym": "Y"}]},
     "people[2] (pseudonym 'Y') repeats a name or alias of people[1]"),
    ({"people": "Ann"}, "people must be a list"),
    ({"places": [{"name": "1 High St"}]}, "places[1].pseudonym must be a non-empty"),
    ([1, 2], "must be a YAML mapping"),
])
def test_validation_names_the_entry_not_the_person(raw: object, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_map(raw)
    assert message in str(caught.value)
    assert "Mary" not in str(caught.value) and "Smith" not in str(caught.value)
