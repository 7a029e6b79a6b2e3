"""The merged chronology's columns and how an entry fills them, shared by every format."""

from __future__ import annotations

import datetime as dt

from pipeline.chronology.merge import Entry
from pipeline.dates import Precision

# Light fills that keep black text readable and print well in greyscale.
AGENCY_FILLS = (
    "#DDEBF7", "#FCE4D6", "#E2EFDA", "#FFF2CC", "#EDE1F5", "#D9F2F2",
    "#F8DCE6", "#E7E6E6", "#DAE3F3", "#FBE9D0", "#E4F1D0", "#F2E0D9",
)

# The protective marking of every page of the merged chronology, restricted or anonymised for
# panel papers: it holds personal data, or what is left of it, and is never published.
MARKING = "OFFICIAL – SENSITIVE: restricted, not for publication"

TOOL_NOTES, KEY, DHRO_NOTES = "Tool notes", "Key", "DHRO notes"
CORE_COLUMNS = (
    "No.", "Date", "Seq.", "Time", "Date precision", "Date as given", "Agency", "Subject",
    "Event", "Action", "Comment", "Source", "Flags", TOOL_NOTES, KEY, DHRO_NOTES,
    "Source file", "Source location",
)
# Columns of the merged chronology the DHR Officer fills in; the merge carries them over.
DHRO_COLUMNS = (KEY, DHRO_NOTES)


def output_headers(extra_columns: list[str]) -> list[str]:
    """Core columns, then every agency column the tool did not recognise (renamed if it
    would clash with a core column)."""
    taken = {c.casefold() for c in CORE_COLUMNS}
    return [*CORE_COLUMNS, *(f"{h} (agency column)" if h.casefold() in taken else h
                             for h in extra_columns)]


def extra_values(entry: Entry, extra_columns: list[str]) -> list[str]:
    """The entry's values for the unrecognised columns, in header order."""
    extras = entry.extras
    return [extras.get(h, "") for h in extra_columns] if extras else [""] * len(extra_columns)


def row_values(entry: Entry, extra_columns: list[str]) -> list[object]:
    """The entry in :func:`output_headers` order; the date as a ``date`` (or ``None``)."""
    e = entry
    return [e.number, e.date, e.seq, time_text(e), str(e.precision), e.date_given, e.agency,
            e.subject, e.event, e.action, e.comment, e.source, "; ".join(e.flags),
            "; ".join(e.notes), e.key, e.dhro_notes, e.source_file, e.source_location,
            *extra_values(e, extra_columns)]


def time_text(entry: Entry) -> str:
    """``HH:MM`` (``HH:MM:SS`` when seconds were given), or empty."""
    when = entry.time
    if when is None:
        return ""
    if when.second:
        return f"{when.hour:02d}:{when.minute:02d}:{when.second:02d}"
    return f"{when.hour:02d}:{when.minute:02d}"


def date_display(entry: Entry) -> str:
    """The date as a reader should see it: exact dates dd/mm/yyyy, the rest as given."""
    if entry.date is None:
        return entry.date_given or "Undated"
    if entry.precision is Precision.DAY:
        return entry.date.strftime("%d/%m/%Y")
    if entry.precision is Precision.MONTH:
        return entry.date.strftime("%b %Y")
    if entry.precision is Precision.YEAR:
        return str(entry.date.year)
    return entry.date_given or entry.date.strftime("c. %d/%m/%Y")


def iso(day: dt.date | None) -> str:
    """ISO date or empty."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}" if day else ""
