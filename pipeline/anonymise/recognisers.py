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

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

__all__ = [
    "DateOfBirthRecognizer",
    "EmailRecognizer",
    "NhsNumberRecognizer",
    "NinoRecognizer",
    "PhoneRecognizer",
    "PostcodeRecognizer",
    "StreetAddressRecognizer",
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


_STREET_TYPES = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Grove|Place|Court|Gardens"
    "|Terrace|Walk|Hill|Row|Square|Mews|Park|View|Green|Parade|Rise"
)


class StreetAddressRecognizer(_UkPatternRecognizer):
    """House number (optionally after "Flat 2,") + 1-3 capitalised words + a street type.

    Case-sensitive on purpose, via an inline (?-i:) group because Presidio compiles patterns
    with IGNORECASE: the capitals are what separate "14 Elm Road" from "3 police officers".
    """

    ENTITY = "STREET_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "UK street address",
            r"(?-i:(?<![\w/.,£$-])"
            r"(?:(?:Flat|Apartment|Apt|Unit)[ ]\d{1,4}[A-Za-z]?,?[ ]+)?"
            r"\d{1,3}[A-Za-z]?(?:[-–]\d{1,3}[A-Za-z]?)?,?[ ]+"
            r"(?:[A-Z][A-Za-z'’-]*[ ]+){1,3}"
            rf"(?:{_STREET_TYPES}))\b(?![-’'])",
            0.75,
        )
    ]
    CONTEXT: ClassVar[list[str]] = [
        "address", "lived", "lives", "living", "resided", "home", "property", "flat", "house",
    ]


def uk_recognisers() -> list[EntityRecognizer]:
    """One fresh instance of every UK recogniser, ready to add to a RecognizerRegistry."""
    return [
        PostcodeRecognizer(),
        PhoneRecognizer(),
        NhsNumberRecognizer(),
        NinoRecognizer(),
        EmailRecognizer(),
        UrlRecognizer(),
        DateOfBirthRecognizer(),
        StreetAddressRecognizer(),
    ]
