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
    """An anonymised output still holds a real name or identifier; it was not released.

    ``leaks`` says where (never quoted in the message) for the restricted problems file.
    """

    exit_code = 3

    def __init__(self, message: str, leaks: tuple | list = ()) -> None:
        super().__init__(message)
        self.leaks = list(leaks)


class DraftsError(DhrError):
    """The drafts cannot be made: a missing IMR or narrative, a bad template or section."""


class PublishError(DhrError):
    """Publication cannot go ahead: no drafts, LibreOffice missing or failing."""


class PublicationRefused(PublishError):
    """The publication gate: the review is not finished, reviewed or approved. ``reasons``
    are one plain line each; the message lists them all."""

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = list(reasons)
        super().__init__(f"publication refused ({len(reasons)} "
                         f"{'reason' if len(reasons) == 1 else 'reasons'}); nothing was "
                         "published:\n" + "\n".join(f"  - {r}" for r in reasons))


class OutputError(DhrError):
    """An output cannot be written (missing or read-only folder)."""


class ReprocessError(DhrError):
    """A batch that cannot start (no cases given, the Dask scheduler unreachable)."""
