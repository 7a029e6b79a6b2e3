"""Presidio recognisers for the UK identifiers that appear in Domestic Homicide Review papers.

A leaked identifier is the worst failure of anonymisation, so each pattern is written to catch
every common way the identifier is typed, and precision comes from structure (checksums, exact
digit counts, required context) rather than from a high score threshold.

Everything here is regex-only and offline: Presidio's own Email and URL recognisers call
tldextract, which tries to download the public-suffix list, and our tests run without sockets.

Phone v NHS: the two never claim the same text. UK_PHONE only matches 11-digit national numbers
(trunk 0) or +44/0044 numbers; UK_NHS only matches a standalone 10-digit group that passes the
modulus-11 checksum and is not preceded by "+44" or "(0)". So a 3-3-4 group is always NHS (if
the checksum passes) and never a phone, and "+44 116 496 0235" is always a phone.
"""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

__all__ = [
    "DateOfBirthRecognizer",
    "EmailRecognizer",
    "InternationalPhoneRecognizer",
    "NhsNumberRecognizer",
    "NinoRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "StreetAddressRecognizer",
    "StreetNameRecognizer",
    "UrlRecognizer",
    "nhs_checksum_ok",
    "uk_recognisers",
]


class _UkPatternRecognizer(PatternRecognizer):
    """Shared constructor: subclasses only declare ENTITY, PATTERNS and CONTEXT."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=list(self.PATTERNS),  # Presidio appends to this list: never share ours
            context=list(self.CONTEXT),
        )


class PostcodeRecognizer(_UkPatternRecognizer):
    """Full UK postcodes (all six outward shapes, plus GIR 0AA), any case, space optional.

    The letter classes follow Royal Mail's positional rules, which is what keeps ordinary words
    and references out. A lower-case ordinal ("A1 1st", "M6 4th") fits the shape, so it is
    invalidated rather than redacting road directions.
    """

    ENTITY = "UK_POSTCODE"
    _INWARD = r"[^\S\r\n]{0,2}[0-9][ABD-HJLNP-UW-Z]{2}"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "UK postcode",
            r"(?<![\w/])(?:GIR[^\S\r\n]{0,2}0AA|(?:"
            r"[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?"
            r"|[A-PR-UWYZ][0-9]{2}"
            r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?"
            r"|[A-PR-UWYZ][A-HK-Y][0-9]{2}"
            r")" + _INWARD + r")(?![\w/])",
            0.7,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["postcode", "post code", "address", "lived", "resided"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject a lower-case ordinal inward part such as "1st" or "4th"."""
        inward = pattern_text[-3:]
        return inward[1:].islower() and inward[1:] in {"st", "nd", "rd", "th"}


_SEP = r"[ .-]?"


class PhoneRecognizer(_UkPatternRecognizer):
    """UK mobile and landline numbers, national (0...) or international (+44 / 0044) form.

    Each shape fixes the digit count (10 after the trunk 0), so dates, times, money, incident
    references and 10-digit NHS numbers cannot fit, and a trailing number ("... 900417 12
    times") is never swallowed, which would make the whole match fail.
    """

    ENTITY = "UK_PHONE"
    # Area code (after the trunk 0), optional ")", then the local number: 10 digits in all.
    _REST = (
        rf"(?:[1-9]\d{{3}}\)?{_SEP}(?:\d{{6}}|\d{{3}}{_SEP}\d{{3}})"  # 07700 900417
        rf"|[1-9]\d{{2}}\)?{_SEP}(?:\d{{3}}{_SEP}\d{{4}}|\d{{4}}{_SEP}\d{{3}}|\d{{7}})"  # 0116 ...
        rf"|[1-9]\d\)?{_SEP}(?:\d{{4}}{_SEP}\d{{4}}|\d{{8}}))"  # 020 7946 0018
    )
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "UK phone",
            r"(?<![\w/+])(?:(?:\+|\b00)44[ ]?(?:\(0\)[ ]?)?\(?|\(?0)" + _REST + r"(?!\d)",
            0.8,
        )
    ]
    CONTEXT: ClassVar[list[str]] = [
        "phone", "telephone", "tel", "mobile", "mob", "number", "called", "text", "landline",
    ]


class _CodeRecognizer(EntityRecognizer):
    """Shared constructor for recognisers written as code rather than one pattern: subclasses
    declare ENTITY and ``analyze``; there is nothing to load."""

    ENTITY: ClassVar[str]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__,
                         supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load (libphonenumber's metadata comes with its package)."""


class InternationalPhoneRecognizer(_CodeRecognizer):
    """Telephone numbers of any country, by Google's libphonenumber (``phonenumbers``), and by
    their grouping.

    Relatives abroad, interpreters' services and foreign SIMs appear in records as
    "+48 512 345 678", "001-518-640-0854" or "(555) 010-1234". Each number is read as British and
    as North American (the two national forms a UK record is likeliest to hold; an international
    prefix, + or 00, works from either), at the lenient "possible number" level, then kept only
    with enough digits to be a whole number (nine, or seven after a +): references, years and
    times are shorter. A ten-digit group that passes the NHS checksum is left to
    :class:`NhsNumberRecognizer`.
    """

    ENTITY = "PHONE_NUMBER"
    _REGIONS = ("GB", "US")
    _UK = regex.compile(PhoneRecognizer.PATTERNS[0].regex)
    # Local numbers in other countries' groupings ("22 345 678", "12-34-56-78", "(12) 345-678"):
    # three or more groups, eight to thirteen digits in all.
    _GROUPED = regex.compile(r"(?<![\w/+.,:-])(?:\(\d{2,4}\)[ ]?|\d{1,4}[ .-])(?:\d{2,4}[ .-])+"
                             r"\d{2,4}(?![\w/]|[.,:-]\d)")


    _CONTEXT = regex.compile(r"(?i)\b(?:phone|phoned|tel|telephone|mobile|mob|cell|call|called"
                             r"|ring|rang|text|texted|contact|number|no|fax|dial|whatsapp)\b")

    def _asked(self, text: str, start: int) -> bool:
        """Whether a word about telephones comes shortly before: then a local number of seven
        or eight digits ("call Amal on 555-0123") is a number, not a reference."""
        return bool(self._CONTEXT.search(text[max(0, start - 30):start]))

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
        import phonenumbers

        if self.ENTITY not in entities:
            return []
        spans: dict[tuple[int, int], None] = {}
        for region in self._REGIONS:
            for match in phonenumbers.PhoneNumberMatcher(
                    text, region, leniency=phonenumbers.Leniency.POSSIBLE):
                digits = "".join(c for c in match.raw_string if c.isdigit())
                international = match.raw_string.lstrip("(").startswith(("+", "00"))
                grouped = digits != match.raw_string
                if len(digits) < (7 if international or (grouped and self._asked(
                        text, match.start)) else 9):
                    continue
                if not grouped and not digits.startswith("0") and len(digits) < 10:
                    continue  # a bare run of digits: a reference or a date, not a number
                if len(digits) == 10 and not international and nhs_checksum_ok(digits):
                    continue
                if self._UK.fullmatch(match.raw_string):
                    continue  # PhoneRecognizer's, with its UK context
                spans[(match.start, match.end)] = None
        taken = [*spans, *(m.span() for m in self._UK.finditer(text))]
        for match in self._GROUPED.finditer(text):
            digits = "".join(c for c in match.group() if c.isdigit())
            if 8 <= len(digits) <= 13 and not self._date_like(match.group()) and not (
                    len(digits) == 10 and nhs_checksum_ok(digits)) and not any(
                    s < match.end() and match.start() < e for s, e in taken):
                spans[(match.start(), match.end())] = None
        return [RecognizerResult(self.ENTITY, start, end, 0.7) for start, end in spans]

    @staticmethod
    def _date_like(text: str) -> bool:
        """Groups that read as a date (2021 03 12, 12-03-2021) rather than a number."""
        groups = regex.split(r"[ .()-]+", text.strip("()"))
        return len(groups) == 3 and any(len(g) == 4 and g[:2] in ("19", "20") for g in groups)


def nhs_checksum_ok(digits: str) -> bool:
    """Modulus-11 check on a 10-digit NHS number (weights 10..2, check digit 10 is invalid)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[9])


class NhsNumberRecognizer(_UkPatternRecognizer):
    """NHS numbers: 10 digits, bare or grouped 3-3-4 by spaces or hyphens, checksum-valid.

    Presidio's own NhsRecognizer would do, but it does not reject repdigits (which all pass the
    checksum) and it claims 3-3-4 groups inside "+44 116 496 0235", so this one is explicit.
    """

    ENTITY = "UK_NHS"
    _BEFORE = r"(?<![\w+/])(?<!\+44[ ]?)(?<!\(0\)[ ]?)"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("NHS number (grouped)", _BEFORE + r"\d{3}[ -]\d{3}[ -]\d{4}(?![\w/]|-\d)", 0.8),
        Pattern("NHS number (bare)", _BEFORE + r"\d{10}(?![\w/]|-\d)", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = ["nhs", "national health service", "nhs number", "nhs no"]

    def invalidate_result(self, pattern_text: str) -> bool:
        """Drop anything failing the checksum, and repdigits (0000000000 passes it)."""
        digits = "".join(c for c in pattern_text if c.isdigit())
        return not nhs_checksum_ok(digits) or len(set(digits)) == 1


class NinoRecognizer(_UkPatternRecognizer):
    """National Insurance numbers, spaced or not, any case, with HMRC's prefix rules.

    QQ breaks the rules (Q is never a valid first letter) but is HMRC's specimen prefix and the
    one our synthetic data uses, so it is accepted explicitly.
    """

    ENTITY = "UK_NINO"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "UK NINO",
            r"(?<![\w/])(?:QQ|(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
            r"[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D](?![\w/])",
            0.85,
        )
    ]
    CONTEXT: ClassVar[list[str]] = [
        "national insurance", "ni number", "ni no", "nino", "insurance number",
    ]


class EmailRecognizer(_UkPatternRecognizer):
    """Email addresses, regex only (Presidio's version validates via the network)."""

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "Email",
            r"(?<![\w.%+-])[A-Z0-9](?:[A-Z0-9._%+'-]*[A-Z0-9_%+-])?"
            r"@(?:[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?\.)+[A-Z]{2,24}(?![\w-])",
            0.9,
        )
    ]
    CONTEXT: ClassVar[list[str]] = ["email", "e-mail", "mail", "address", "contact"]


class UrlRecognizer(_UkPatternRecognizer):
    """http(s) URLs and bare www. addresses, regex only; trailing punctuation is left out."""

    ENTITY = "URL"
    _TAIL = r"[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]"  # keep sentence punctuation out of the span
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("URL (scheme)", r"\bhttps?://" + _TAIL, 0.7),
        Pattern(
            "URL (www)",
            r"(?<![\w/.@-])www\.[A-Z0-9-]+(?:\.[A-Z0-9-]+)+(?:/(?:" + _TAIL + r")?)?(?![\w-])",
            0.7,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["website", "url", "link", "profile", "page", "online"]


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DATE = (
    r"(?:(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d{2}|\d{2})"  # 14/03/1990
    r"|(?:19|20)\d{2}([/-])(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01])"  # 1990-03-14
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH},?\s+(?:(?:19|20)\d{{2}}|'?\d{{2}})"  # 3rd March 1990
    rf"|{_MONTH}\s+{_DAY},?\s+(?:19|20)\d{{2}})"  # March 3rd, 1990
)
# A birth keyword, then separators and at most three words (letters only: no numbers, so
# "born in 1985 and on 14/03/2019" does not reach the later date), within one sentence.
_BIRTH_KEY = r"\b(?:d\.?o\.?b\b\.?|d/o/b\b|date\s+of\s+birth\b|birth\s*date\b|born\b|birthday\b)"
_GAP = r"[^\w.;!?]*(?:[A-Z'’]+[^\w.;!?]+){0,3}"


class DateOfBirthRecognizer(_UkPatternRecognizer):
    """A date, but only shortly after a birth keyword ("DOB", "born on", "date of birth").

    The keyword sits in a lookbehind, so the span is the date alone and chronology dates,
    which have no such keyword, are never returned: they must survive anonymisation.
    """

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("Date of birth", rf"(?<={_BIRTH_KEY}{_GAP})(?<!\w){_DATE}(?![\w/]|[.-]\d)", 0.85)
    ]
    CONTEXT: ClassVar[list[str]] = ["dob", "birth", "born", "birthday"]
    _HINT = regex.compile(r"(?i)d\.?[/]?o\.?[/]?b|birth|born")

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None):
        """Only where a birth keyword stands: the look-behind is slow to try everywhere."""
        if not self._HINT.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


_STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Av|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Grove|Place|Pl"
    "|Court|Ct|Gardens|Gdns|Terrace|Ter|Walk|Hill|Row|Square|Sq|Mews|Park|View|Green|Parade"
    "|Rise|Boulevard|Blvd|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Plaza|Alley|Loop|Path"
    "|Pike|Wharf|Quay|Yard|Fields|Heights|Meadows|Chase|Vale|Dale|Ridge|Circus|Broadway"
    "|Embankment|Approach|Crossing|Junction|Expressway|Freeway|Turnpike|Fold|Croft|Wynd|Garth"
)
# The rest of the USPS's standard street suffixes: words ordinary English also uses ("Station",
# "Mill", "Lake"), so a street ending in one counts only with its unit or town after it.
_MORE_STREET_TYPES = (
    "Branch|Bridge|Brook|Burg|Bypass|Camp|Canyon|Cape|Causeway|Center|Centre|Cliff|Club"
    "|Common|Corner|Course|Cove|Creek|Crest|Curve|Dam|Divide|Estate|Extension|Falls|Ferry"
    "|Field|Flat|Ford|Forest|Forge|Fork|Fort|Garden|Gateway|Glen|Harbor|Harbour|Haven|Hollow"
    "|Inlet|Island|Isle|Key|Knoll|Lake|Land|Landing|Light|Lock|Lodge|Mall|Manor|Meadow|Mill"
    "|Mission|Motorway|Mount|Mountain|Neck|Orchard|Oval|Overpass|Pass|Passage|Pine|Plain"
    "|Point|Port|Prairie|Ramp|Ranch|Rapid|Rest|River|Route|Run|Shoal|Shore|Skyway|Spring|Spur"
    "|Station|Stravenue|Stream|Summit|Trace|Track|Trafficway|Tunnel|Underpass|Union|Valley"
    "|Viaduct|Village|Ville|Vista|Wall|Well|Wells|Ways"
)
_CAP = r"\p{Lu}[\p{L}'’.-]*"
# Words that start a street's name in other countries' addresses (Rue de la Paix 12, Via Roma 3).
_STREET_FIRST = ("Rue|Rua|Via|Viale|Calle|Carrer|Camino|Paseo|Avenida|Avenue|Av\\.|Praça|Piazza"
                 "|Plaza|Strada|Ulica|ul\\.|Aleja|Straße|Strasse|Boulevard|Bd|Chemin|Allée|Impasse"
                 "|Quai|Route|Travessa|Largo|Corso|Vicolo|Carretera|Ronda|Plac|Ulitsa|Sokak|Cadde"
                 "|Caddesi|Sokağı")
# Endings that make one word a street in German, Dutch, Nordic and Central European addresses.
_STREET_ENDINGS = ("straße|strasse|str\\.|gasse|weg|platz|allee|damm|katu|gatan|vägen"
                   "|gata|vej|gade|veien|laan|straat|plein|gracht|utca|ulica|tie|polku|kuja")
_LINK = r"(?:de|del|de la|da|do|dos|das|la|le|les|des|di|della|van|von|der|y|yr|an|na)"
# Words that start a street's name in Welsh and Gaelic addresses (7 Heol y Felin).
_STREET_FIRST_UK = "Heol|Ffordd|Stryd|Lôn|Lon|Rhodfa|Maes|Cwrt|Clos|Teras|Sràid|Rathad"
_UNIT_WORD = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Floor|Fl|No|Studio|Block|Piso|Piano)"
_UNIT = (rf"(?:,?[ ]+(?:{_UNIT_WORD}\b\.?[ ]?|\#[ ]?)"
         r"(?:\d{1,5}[A-Za-z]?|[A-Z])\b)")
# A flat or studio before the street, on the same line or the one above ("Flat 1\n2 High St").
_UNIT_FIRST = rf"(?:{_UNIT_WORD}\.?[ ]\d{{1,4}}[A-Za-z]?,?(?:[ ]+|[ ]*\n[ ]*))"
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[-–/]\d{1,5}[A-Za-z]?)?"
# Before the street: a house number, a comma only after a short one ("14, Elm Road"; a year
# and a comma, "2021, Northbridge …", is a date).
_NUMBER = rf"(?:\d{{1,3}}[A-Za-z]?(?:[-–/]\d{{1,5}}[A-Za-z]?)?,?|{_HOUSE})"
# After the street line: the town, region, state and ZIP, postcode, country, each ending at a
# comma, a line break or the end of a sentence (so "14 Elm Road, Police attended" stops early).
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}"
_CODE = rf"(?:\d{{4,6}}(?:-\d{{3,4}})?|\d{{2}}-\d{{3}}|\d{{4}}[ ]?[A-Z]{{2}}|{_UK_POSTCODE})"
_PLACE_WORDS = (rf"{_CAP}(?:[ ]+(?:(?:of|and|the|upon|on|in|under|de|du|la|le|di|do|da|del|y)"
                rf"[ ]+)?{_CAP}){{0,4}}")
_PART = (rf"(?:{_PLACE_WORDS}(?:[ ]+{_CODE})?(?:[ ]+\(\p{{Lu}}{{2,3}}\))?"
         rf"|{_CODE}[ ]+{_PLACE_WORDS}(?:[ ]+\(\p{{Lu}}{{2,3}}\))?"  # 75002 Paris, 00100 Roma (RM)
         rf"|\p{{Lu}}{{2}}[ ]+{_CODE}|{_CODE}"
         rf"|{_UNIT_WORD}\.?[ ]?\w{{1,5}})")
_SEPARATOR = r"(?:,[ ]*|\n[ ]*|,?[ ]*\n[ ]*,?[ ]*)"
_TAIL = (rf"(?:(?:[ ]+{_CAP}){{0,3}}[ ]+{_UK_POSTCODE}(?![\w])"  # … Fold Thornton BD13 3RU
         rf"|(?:[ ]*{_SEPARATOR}{_PART}(?=[ ]*(?:[,\n.;)]|$))){{0,6}})")
# A tail that ends in a postcode, ZIP or country code: enough to call a street without a
# number an address ("Smith lane\nNew Town\nAB1 2CD").
_CODED_TAIL = (rf"(?=(?:[ ]*{_SEPARATOR}{_PART}){{0,4}}?[ ]*(?:{_SEPARATOR}(?:\p{{Lu}}{{2}}[ ]+)?"
               rf"{_CODE}|[ ]+(?:\p{{Lu}}{{2}}[ ]+\d{{5}}|{_UK_POSTCODE}))"
               rf"(?:[ ]+{_PLACE_WORDS})?[ ]*(?:[,\n.;)]|$))")
# Words a sentence starts with, never the first word of a street's name ("In spring 2020").
_NOT_STREET_NAME = (r"(?!(?i:in|on|at|from|by|the|and|of|to|for|during|since|until|before|after"
                    r"|from|this|that|last|next|early|late|mid)\b)")
# Forces' addresses: "PSC 1234, Box 5678 / APO AA 12345", "USNS Hale / FPO AE 12345".
_MILITARY = (r"(?:PSC|Unit|CMR|USNS|USNV|USS|USCGC)[ ][\w ]{1,30}?(?:,?[ ]+Box[ ]\d{1,5})?"
             r"[ ]*[,\n][ ]*(?:APO|FPO|DPO)[ ](?:AA|AE|AP)[ ]\d{5}")


class StreetAddressRecognizer(_CodeRecognizer):
    """Street addresses in British and other countries' forms, with what follows the street.

    "14 Elm Road", "Flat 2, 31 Canal Street", "6750 Sunset Blvd Apt. 12, Springfield, IL 62704",
    "Rue de la Paix 12, 75002 Paris" and "Hauptstraße 5": a house number and capitalised words
    ending in a street type (or a street word and a number in the continental order), then any
    unit, town, region, postcode and country that follow, comma or line by line.

    Capitals are what separate "14 Elm Road" from "3 police officers", so matching is
    case-sensitive (with ``regex``, for capitals in any alphabet).
    """

    ENTITY = "STREET_ADDRESS"
    _PATTERN = regex.compile(
        r"(?<![\w/.,£$-])(?:"
        rf"{_MILITARY}"
        rf"|{_UNIT_FIRST}?{_NUMBER}[ ]+"
        rf"(?:{_CAP}[ ]+){{1,4}}(?i:{_STREET_TYPES})\b(?![-’'])(?:[ ]+(?:N|S|E|W|NE|NW|SE|SW)\b)?"
        rf"|{_UNIT_FIRST}?{_NUMBER}[ ]+"
        rf"(?:{_CAP}[ ]+){{1,3}}(?i:{_MORE_STREET_TYPES})\b(?![-’'])"
        rf"(?={_UNIT}|[ ]*{_SEPARATOR}{_PART}(?:[ ]*(?:[,\n.;)]|$)))"
        rf"|{_NUMBER}[ ]+(?:{_STREET_FIRST_UK}|The)(?:[ ]+(?:{_LINK}[ ]+)?{_CAP}){{1,3}}"
        r"(?=[ ]*[,\n])"
        rf"|{_NUMBER}[ ]+(?i:{_STREET_FIRST})(?:[ ]+(?:{_LINK}[ ]+)?{_CAP}){{1,4}}"
        rf"|(?i:{_STREET_FIRST})(?:[ ]+(?:{_LINK}[ ]+)?{_CAP}){{1,4}},?[ ]+{_HOUSE}\b"
        rf"|(?:{_HOUSE}[ ]+)?{_CAP}(?:{_STREET_ENDINGS})[ ]+{_HOUSE}\b"
        rf"|{_UNIT_FIRST}?{_NOT_STREET_NAME}(?:{_CAP}[ ]+){{1,3}}"
        rf"(?i:{_STREET_TYPES}|{_MORE_STREET_TYPES})\b(?![-’']){_UNIT}?{_CODED_TAIL}"
        rf"|(?i:{_STREET_FIRST})(?:[ ]+(?:{_LINK}[ ]+)?{_CAP}){{1,4}}{_CODED_TAIL}"
        rf"){_UNIT}?{_TAIL}")


    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
        if self.ENTITY not in entities or not any(c.isdigit() for c in text):
            return []  # every form of address holds a number somewhere
        found = []
        for match in self._PATTERN.finditer(text):
            if _AFTER_MONTH.search(text, max(0, match.start() - 12), match.start()):
                continue  # "12 March 2021 Police Road": a date's year, not a house number
            found_text = match.group().rstrip(" ,\n")
            if found_text.endswith(".") and len(found_text.rsplit(None, 1)[-1]) > 4:
                found_text = found_text[:-1]  # "… 75002 Paris." ends a sentence
            end = match.start() + len(found_text)
            found.append(RecognizerResult(self.ENTITY, match.start(), _before_public_place(
                text, match.start(), end), 0.75))
        found += [RecognizerResult(self.ENTITY, s, e, 0.7) for s, e in _address_block(text)
                  if not any(r.start <= s < r.end for r in found)]
        return found


_AFTER_MONTH = regex.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ ]$")
_PART_SPLIT = regex.compile(r"[ ]*(?:,[ ]*|\n[ ]*)")
_TRAILING_CODE = regex.compile(rf"[ ]+(?:{_UK_POSTCODE}|\d{{4,6}}(?:-\d{{4}})?)$")
_POSTCODE_LINE = regex.compile(rf"(?m)^[ \t]*{_UK_POSTCODE}[ \t]*$")
_BLOCK_START = regex.compile(r"^[ \t]*(?:\d|(?:Flat|Apartment|Apt|Unit|Room)\b)")


def _before_public_place(text: str, start: int, end: int) -> int:
    """Where an address ends when one of its later parts is a British public place ("14 Elm
    Road, Leicester"): the street identifies, the city is published anyway."""
    from pipeline.anonymise.lexicon import uk_public_places
    from pipeline.anonymise.pseudonyms import fold

    position = start
    for number, part in enumerate(_PART_SPLIT.split(text[start:end])):
        at = text.find(part, position, end)
        place = _TRAILING_CODE.sub("", part)  # "Leeds LS11 5QA" is Leeds
        if number and " ".join(fold(place).split()) in uk_public_places():
            return len(text[start:at].rstrip(" ,\n")) + start
        position = at + len(part)
    return end


def _address_block(text: str) -> list[tuple[int, int]]:
    """The lines of a letter's address block above its postcode, from the house number or flat
    down ("7 Heol y Felin / Cwmgarw / Swansea / SA4 9XQ"), each line its own span and a
    British public place left out."""
    from pipeline.anonymise.lexicon import uk_public_places
    from pipeline.anonymise.pseudonyms import fold

    spans = []
    for postcode in _POSTCODE_LINE.finditer(text):
        lines = text[:postcode.start()].split("\n")[:-1][-5:]
        first = next((i for i, line in enumerate(lines) if _BLOCK_START.match(line)), None)
        if first is None or any(len(line) > 60 or line.rstrip().endswith(".")
                                for line in lines[first:]):
            continue
        end = postcode.start() - 1
        for line in reversed(lines[first:]):
            start = end - len(line)
            words = line.strip(" \t,")
            if words and " ".join(fold(words).split()) not in uk_public_places():
                spans.append((start + len(line) - len(line.lstrip()),
                              start + len(line.rstrip(" \t,"))))
            end = start - 1
    return spans


# Street types that are seldom surnames (so "Rose Lane" and "Joy Green" stay people).
_NAMED_STREET_TYPES = ("Road|Street|Avenue|Close|Drive|Crescent|Terrace|Gardens|Mews|Place"
                       "|Square|Parade|Way|Fold|Croft|Wynd|Boulevard")


class StreetNameRecognizer(_CodeRecognizer):
    """A street named without a house number ("moved back to Heatherlea Road", "HOUSE-TO-HOUSE
    ON ASHGROVE CLOSE"): a place that identifies, replaced by ``[place]`` and reviewed."""

    ENTITY = "PLACE"
    _PATTERN = regex.compile(
        rf"(?<![\w-])(?<!\d[ ])(?:{_CAP}[ ]+){{1,3}}(?i:{_NAMED_STREET_TYPES})(?![\w-])")


    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
        from pipeline.anonymise.detect import agency_words
        from pipeline.anonymise.lexicon import is_public_place

        if self.ENTITY not in entities:
            return []
        addresses: list[tuple[int, int]] | None = None
        found = []
        for match in self._PATTERN.finditer(text):
            if addresses is None:
                addresses = [m.span() for m in StreetAddressRecognizer._PATTERN.finditer(text)]
            words = match.group().split()
            last = max((i for i, w in enumerate(words) if w.lower() in _NOT_STREET_START),
                       default=-1)
            words = words[last + 1:]  # "HOUSE-TO-HOUSE ON | HEATHERLEA ROAD"
            start = match.end() - len(" ".join(words))
            if len(words) < 2 or agency_words().search(" ".join(words[:-1])) \
                    or is_public_place(" ".join(words)) \
                    or any(s < match.end() and start < e for s, e in addresses):
                continue
            found.append(RecognizerResult(self.ENTITY, start, match.end(), 0.6))
        return found


_NOT_STREET_START = frozenset({"the", "on", "in", "at", "to", "from", "of", "and", "a", "an",
                               "near", "off", "by", "via", "into", "onto", "along", "down",
                               "up", "opposite", "lives", "lived", "live", "moved", "house"})


def uk_recognisers() -> list[EntityRecognizer]:
    """One fresh instance of every UK recogniser, ready to add to a RecognizerRegistry."""
    return [
        PostcodeRecognizer(),
        PhoneRecognizer(),
        InternationalPhoneRecognizer(),
        NhsNumberRecognizer(),
        NinoRecognizer(),
        EmailRecognizer(),
        UrlRecognizer(),
        DateOfBirthRecognizer(),
        StreetAddressRecognizer(),
        StreetNameRecognizer(),
    ]
