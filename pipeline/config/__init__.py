"""Configuration: the case file a user writes and the settings the tool ships with."""

from pipeline.config.case import (
    CANONICAL_COLUMNS,
    SUBJECT_ROLES,
    AgencyConfig,
    CaseConfig,
    Milestones,
    Subject,
    TrawlConfig,
    load_case,
)
from pipeline.config.settings import column_synonyms, flag_settings, normalise_header

__all__ = [
    "CANONICAL_COLUMNS",
    "SUBJECT_ROLES",
    "AgencyConfig",
    "CaseConfig",
    "Milestones",
    "Subject",
    "TrawlConfig",
    "column_synonyms",
    "flag_settings",
    "load_case",
    "normalise_header",
]
