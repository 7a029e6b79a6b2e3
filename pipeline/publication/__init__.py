"""Publication: anonymised, finished, accessible reports, verified before release.

The work is in :mod:`pipeline.publication.release`; this module is the stage's face.
"""

from pipeline.publication.release import (
    LABELS,
    PUBLISHED,
    REPORTS,
    REVIEW,
    PublishSummary,
    anonymise_to_pdf,
    prepare_for_pdf,
    run_publish,
    verify_pdf,
)

__all__ = ["LABELS", "PUBLISHED", "REPORTS", "REVIEW", "PublishSummary", "anonymise_to_pdf",
           "prepare_for_pdf", "run_publish", "verify_pdf"]
