"""Exceptions a user can cause.

Every stage raises only these, so the CLI can print one plain sentence and exit non-zero instead
of a traceback. Messages name the file (and sheet, row or field) and say what to do; they never
quote personal data from the documents.
"""


class DhrError(Exception):
    """Base for every error caused by input the user can fix."""

    exit_code = 1


class ConfigError(DhrError):
    """`case.yaml`, a pseudonym map or a settings file is missing or malformed."""


class IngestError(DhrError):
    """An agency file cannot be read: missing, empty, corrupt, encrypted or unrecognisable."""


class AnonymiseError(DhrError):
    """A document cannot be anonymised: unreadable, encrypted without a password, bad map."""


class VerificationError(DhrError):
    """An anonymised output still holds a real name or identifier; it was not released."""

    exit_code = 3


class DraftsError(DhrError):
    """The drafts cannot be made: a missing IMR or narrative, a bad template or section."""


class PublishError(DhrError):
    """Publication cannot go ahead: no drafts, LibreOffice missing or failing."""


class OutputError(DhrError):
    """An output cannot be written (missing or read-only folder)."""


class ReprocessError(DhrError):
    """A batch that cannot start (no cases given, the Dask scheduler unreachable)."""
