"""``publication:`` in case.yaml: what the protocol requires before a report is published.

A review is published only after the Home Office Quality Assurance Panel has agreed it (its
letter, by date and reference) and the family has been told of the arrangements (Leicester
protocol §103–104). The section also sets the publication date shown on the cover and the
marking a published report carries (none by default: a published report is a public document).
Every field is optional here; the publication gate says which are still missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pipeline.config.keys import LETTER_KEYS, PUBLICATION_KEYS, check_keys
from pipeline.config.values import optional_date
from pipeline.errors import ConfigError

REVIEW_TYPES = {
    "dhr": ("Domestic Homicide Review", "DHR"),
    "dardr": ("Domestic Abuse Related Death Review", "DARDR"),
}
_KEYS = PUBLICATION_KEYS
_LETTER_KEYS = LETTER_KEYS


@dataclass(frozen=True)
class Publication:
    """The publication facts of a case; ``None`` where case.yaml does not give them yet."""

    letter_date: dt.date | None = None
    letter_reference: str = ""
    family_told: dt.date | None = None
    date: dt.date | None = None
    marking: str = ""


def _mapping(value: Any, where: str, keys: tuple[str, ...]) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"case.yaml: {where} must be a mapping with {', '.join(keys)}.")
    check_keys(value, keys, where)
    return value


def parse_publication(value: Any) -> Publication:
    """Validate ``publication:``; a mistake names its field."""
    raw = _mapping(value, "publication", _KEYS)
    letter = _mapping(raw.get("qa_panel_letter"), "publication.qa_panel_letter", _LETTER_KEYS)
    marking = raw.get("marking")
    if marking is not None and not isinstance(marking, str):
        raise ConfigError("case.yaml: publication.marking must be text (or left out for none).")
    return Publication(
        letter_date=optional_date(letter.get("date"), "publication.qa_panel_letter.date"),
        letter_reference=str(letter.get("reference") or "").strip(),
        family_told=optional_date(raw.get("family_told"), "publication.family_told"),
        date=optional_date(raw.get("date"), "publication.date"),
        marking=" ".join((marking or "").split()),
    )


def parse_review_type(value: Any) -> str:
    """``dhr`` (the default) or ``dardr``."""
    if value in (None, ""):
        return "dhr"
    key = str(value).strip().casefold()
    if key not in REVIEW_TYPES:
        raise ConfigError("case.yaml: review_type must be dhr (Domestic Homicide Review) or "
                          "dardr (Domestic Abuse Related Death Review).")
    return key
