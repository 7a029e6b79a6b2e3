"""Every key case.yaml may hold, in one place, and the message for one it does not know.

A misspelt key is never ignored: ``date_of_deth`` would otherwise leave the date of death out
of the reports without a word. The message names the key (never a value, which may hold a
name) and the nearest known one. A stage that reads a new key adds it here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from pipeline.errors import ConfigError

# Read into CaseConfig's own fields.
TYPED_KEYS = ("case_id", "title", "csp", "date_of_death", "scoping_period", "pseudonym_map",
              "agencies", "review_type", "publication", "trawl", "subjects")
# Kept as written in CaseConfig.extra for the stages that read them (drafts, qa, publish).
EXTRA_KEYS = ("victim", "commissioned", "completed", "condolences", "circumstances",
              "confidentiality", "methodology", "family_involvement", "friends_involvement",
              "terms_of_reference", "panel", "chair", "author", "parallel_reviews", "meetings",
              "equality", "dissemination", "key_events", "recommendations", "delay_requests",
              "glossary", "narrative", "review_decisions", "milestones", "incident")
TOP_LEVEL_KEYS = TYPED_KEYS + EXTRA_KEYS

SCOPING_KEYS = ("start", "end")
PUBLICATION_KEYS = ("qa_panel_letter", "family_told", "date", "marking")
LETTER_KEYS = ("date", "reference")
AGENCY_KEYS = ("name", "chronology", "imr", "trace", "contact", "received", "columns", "sheets",
               "no_imr_reason", "actions")
RECEIVED_KEYS = ("trace", "chronology", "imr")
ACTION_KEYS = ("action", "milestones", "target_date", "completed", "evidence", "outcome")
TRAWL_KEYS = ("date", "return_days", "chronology_due", "imr_due", "contact", "reference")
SUBJECT_KEYS = ("name", "role", "date_of_birth", "address", "aliases", "sex", "ethnicity", "age",
                "relationship", "nationality", "occupation", "disability", "religion",
                "date_of_death")
# The review's timeline (seeds 003 §25-§110): each a date, all optional; read by dhr status
# (pipeline.config.case.Milestones; `removed` is the day the report came off the website).
MILESTONE_KEYS = ("notification", "decision", "home_office_notified", "chair_appointed",
                  "trawl_sent", "draft_to_panel", "panel_feedback", "draft_to_family",
                  "family_feedback", "submitted_to_home_office", "qa_panel", "approval_letter",
                  "family_told", "published", "removal_due", "removed")
# The timescale rules (pipeline.review.timescales) by key, with the plain name dhr status shows;
# a delay request's `rule` names one by either.
DELAY_RULES = {
    "decision": "Decision to review",
    "home_office_notified": "Home Office notified",
    "trawl_return": "Trawl return",
    "panel_papers": "Panel papers",
    "panel_feedback": "Panel feedback on draft",
    "family_feedback": "Family feedback on draft",
    "published": "Publication after QA Panel agreement",
    "removal_due": "Removal from the website",
}
# The incident, for the notification form (Appendix A); all optional text or dates.
INCIDENT_KEYS = ("date", "time", "location", "summary", "cause_of_death", "police_reference",
                 "coroner", "criminal_proceedings", "referred_by")
SUBJECT_ROLES = ("victim", "perpetrator", "child", "family", "other")
# The author's prose sections (as pipeline.drafts.context.NARRATIVE_SECTIONS; a test keeps the
# two the same without config importing the drafts).
NARRATIVE_KEYS = ("introduction", "background", "overview", "analysis", "conclusions",
                  "lessons", "key_issues")
# Sections of CaseConfig.extra that hold one mapping, or a list of mappings, of these keys.
RECORD_KEYS: dict[str, tuple[str, ...]] = {
    "chair": ("name", "background", "named"),
    "author": ("name", "background", "independence", "named"),
    "narrative": NARRATIVE_KEYS,
    "panel": ("name", "role", "agency", "named"),
    "parallel_reviews": ("name", "status"),
    "meetings": ("date", "purpose", "papers_sent"),
    "equality": ("characteristic", "consideration"),
    "key_events": ("date", "agency", "label"),
    "recommendations": ("recommendation", "scope", "action", "lead_agency", "milestones",
                        "target_date", "completed", "evidence", "outcome", "category"),
    "delay_requests": ("date", "reason", "outcome", "rule", "new_date"),
    "glossary": ("term", "meaning"),
    "milestones": MILESTONE_KEYS,
    "incident": INCIDENT_KEYS,
}
# Sections that are a list of plain text items.
TEXT_LIST_KEYS = ("terms_of_reference", "dissemination")

_SHOWABLE = re.compile(r"[a-z_][A-Za-z0-9_-]{0,39}")


def showable(key: object) -> bool:
    """Whether a key can be quoted in a message: a lower-case word such as ``date_of_deth``,
    not text that could be a person's name (``Ann``) or a sentence."""
    return isinstance(key, str) and _SHOWABLE.fullmatch(key) is not None


def at(line: int | None) -> str:
    """``case.yaml line 12`` when the line is known, else ``case.yaml``."""
    return f"case.yaml line {line}" if line else "case.yaml"


def suggestion(key: object, known: Iterable[str]) -> str | None:
    """The known key nearest to a misspelt one, if any is close."""
    close = difflib.get_close_matches(str(key).strip().lower(), sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_key(key: object, known: Iterable[str], where: str = "",
                line: int | None = None) -> ConfigError:
    """The error for a key case.yaml may not hold at ``where`` (``agencies[2]``; empty for the
    top level)."""
    known = tuple(known)
    near = suggestion(key, known)
    if not showable(key):
        hint = f"did you mean `{near}`?" if near else f"the known keys there are " \
            f"{', '.join(known)}."
        return ConfigError(f"{at(line)}: {where or 'the top level'} has a key that is not known "
                           f"(not shown here, as it may hold a name); {hint}")
    shown = f"{where}.{key}" if where else str(key)
    if not where and key in AGENCY_KEYS:
        return ConfigError(f"{at(line)}: `{key}` is not a top-level key; it belongs to an agency, "
                           "so indent it under that agency's `- name:` line.")
    if not where and key in SCOPING_KEYS:
        return ConfigError(f"{at(line)}: `{key}` is not a top-level key; it belongs to "
                           "scoping_period, so indent it under `scoping_period:`.")
    if near:
        return ConfigError(f"{at(line)}: `{shown}` is not a known key; did you mean `{near}`?")
    return ConfigError(f"{at(line)}: `{shown}` is not a known key; the known keys "
                       f"{'in ' + where if where else 'at the top level'} are "
                       f"{', '.join(known)}.")


def check_keys(mapping: dict, known: Iterable[str], where: str = "",
               lines: dict | None = None) -> None:
    """Raise :func:`unknown_key` for the first key of ``mapping`` not in ``known``."""
    known = tuple(known)
    for key in mapping:
        if key not in known:
            raise unknown_key(key, known, where, (lines or {}).get(key))
