"""The merged chronology: every agency's entries in one dated list, problems flagged.

Nothing is dropped. An entry whose date cannot be read is kept, undated, with its text; an
entry outside the scoping period or that looks like another agency's is flagged for the DHR
Officer, never removed. The report counts every row so the totals reconcile with the input.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

from pipeline import __version__
from pipeline.config import CaseConfig, flag_settings, normalise_header
from pipeline.dates import ParsedDate, Precision, parse_date, parse_time
from pipeline.ingest import AgencyChronology, RawEntry, read_chronology
from pipeline.ingest.tabulate import cell_text
from pipeline.parallel import cpu_workers, map_in_processes

APPROXIMATE = "approximate"
UNDATED = "undated"
OUTSIDE_SCOPE = "outside scope"
POSSIBLE_DUPLICATE = "possible duplicate"
NOTE_CHANGED = "note: source row changed"  # a DHRO note carried onto a row that now reads
FLAG_ORDER = (APPROXIMATE, UNDATED, OUTSIDE_SCOPE, POSSIBLE_DUPLICATE, NOTE_CHANGED)
YES = "Yes"
# An agency's own column marking key events; read as the entry's first Key (pipeline.drafts
# reads the same words and markers from the merged CSV's Key column).
AGENCY_KEY_HEADERS = frozenset({"key", "key event"})
KEY_MARKERS = frozenset({"y", "yes", "key", "true", "1", "x"})


@dataclass(slots=True)
class Entry:
    """One entry of the merged chronology."""

    agency: str
    date: dt.date | None
    time: dt.time | None
    precision: Precision
    resolution: Precision
    date_given: str
    subject: str
    event: str
    action: str
    comment: str
    source: str
    extras: dict[str, str]
    source_file: str
    source_location: str
    position: int
    number: int = 0
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the tool's own ("date not understood")
    seq: int | None = None  # 1, 2, 3 … within its date, in the merged order; None if undated
    key: str = ""  # the DHRO's Key mark ("Yes"), first taken from the agency's own Key column
    dhro_notes: str = ""  # what the DHRO typed in the merged workbook, carried over re-merges
    note_basis: str = ""  # the check of the older text a flagged DHRO note was written on

    def text_check(self) -> str:
        """A short hash of the event text as the agency wrote it: a changed source row has
        another (:mod:`pipeline.chronology.dhro`)."""
        return text_check(self.event)

    def sort_key(self) -> tuple:
        """Date, then time, then agency, then the order the agency gave; undated last."""
        agency = self.agency.casefold()
        if self.date is None:
            return (1, dt.date.max, False, dt.time.min, agency, self.position)
        has_time = self.time is not None
        return (0, self.date, has_time, self.time or dt.time.min, agency, self.position)


@dataclass
class MergeResult:
    """The merged entries, what each agency's file held, and the reconciliation."""

    case: CaseConfig
    entries: list[Entry]
    agencies: list[AgencyChronology]

    orphans: list = field(default_factory=list)  # DHRO notes whose source row is gone
    panel: bool = False  # the anonymised copy for panel papers

    @cached_property
    def extra_columns(self) -> list[str]:
        """Headers of agency columns the tool did not recognise, in agency then first-use
        order (so they do not depend on how entries sort)."""
        order = {a.agency: i for i, a in enumerate(self.agencies)}
        seen: dict[str, None] = {}
        for entry in sorted((e for e in self.entries if e.extras),
                            key=lambda e: (order[e.agency], e.position)):
            seen.update(dict.fromkeys(entry.extras))
        return list(seen)

    @cached_property
    def report(self) -> dict:
        """The merge report: per agency counts, totals, flags and problems (no timestamps)."""
        by_agency: dict[str, list[Entry]] = defaultdict(list)
        for entry in self.entries:
            by_agency[entry.agency].append(entry)
        agencies = []
        for agency in self.agencies:
            merged = by_agency[agency.agency]
            agencies.append({
                "agency": agency.agency,
                "file": relative_label(agency.path, self.case.root),
                "grids": [
                    {"name": g.name, "header_row": g.header_row,
                     "rows_above_header": g.rows_above_header, "rows_read": g.rows_read,
                     "blank_rows_skipped": g.blank_rows_skipped,
                     "repeated_headers_dropped": g.repeated_headers_dropped, "entries": g.entries}
                    for g in agency.grids
                ],
                "skipped": agency.skipped,
                "rows_read": agency.total("rows_read"),
                "blank_rows_skipped": agency.total("blank_rows_skipped"),
                "repeated_headers_dropped": agency.total("repeated_headers_dropped"),
                "rows_merged": len(merged),
                "rows_flagged": sum(1 for e in merged if e.flags),
                "flags": {f: sum(1 for e in merged if f in e.flags) for f in FLAG_ORDER},
            })
        totals = {
            key: sum(a[key] for a in agencies)
            for key in ("rows_read", "blank_rows_skipped", "repeated_headers_dropped",
                        "rows_merged", "rows_flagged")
        }
        totals["entries_in_output"] = len(self.entries)
        accounted = (totals["blank_rows_skipped"] + totals["repeated_headers_dropped"]
                     + totals["rows_merged"])
        reconciled = totals["rows_read"] == accounted and totals["rows_merged"] == len(self.entries)
        return {
            "case_id": self.case.case_id,
            "tool": f"dhr-pipeline {__version__}",
            "scoping_period": {"start": self.case.scoping_start.isoformat(),
                               "end": self.case.scoping_end.isoformat()},
            "agencies": agencies,
            "totals": totals,
            "reconciled": reconciled,
            "flags": {f: sum(1 for e in self.entries if f in e.flags) for f in FLAG_ORDER},
            "problems": [
                {"entry": e.number, "agency": e.agency, "source_file": e.source_file,
                 "source_location": e.source_location, "flags": e.flags, "notes": e.notes}
                for e in self.entries if e.flags or e.notes
            ],
        }


_UNSHOWN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML cannot hold them


def text_check(text: str) -> str:
    """16 hex digits of SHA-256 of ``text`` as the merged workbook shows it (characters XML
    forbids left out, line ends as read back, a long text's first 30,000 characters): which
    text a DHRO note was written against, from the entry or from the workbook's Event cell."""
    shown = _UNSHOWN.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()[:30_000]
    return hashlib.sha256(shown.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def relative_label(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.name


def _outside(parsed: ParsedDate, start: dt.date, end: dt.date) -> bool:
    span = parsed.span()
    return span is not None and (span[1] < start or span[0] > end)


def to_entry(raw: RawEntry, agency: AgencyChronology, case: CaseConfig,
             source_file: str) -> Entry:
    """An agency row as a merged entry: date read the UK way, flags set (duplicates aside)."""
    parsed = parse_date(raw.date, agency.date1904)
    extras = dict(raw.extras)
    notes: list[str] = []
    when = parsed.time
    time_given = cell_text(raw.time)
    if time_given:
        when = parse_time(raw.time)
        if when is None:
            extras["Time as given"] = time_given
            notes.append("time not understood; kept as given")
    entry = Entry(
        agency=agency.agency, date=parsed.date, time=when, precision=parsed.precision,
        resolution=parsed.resolution,
        date_given=cell_text(raw.date), subject=raw.subject, event=raw.event, action=raw.action,
        comment=raw.comment, source=raw.source, extras=extras,
        source_file=source_file, source_location=raw.location,
        position=raw.position, notes=notes,
    )
    if parsed.precision is Precision.APPROXIMATE:
        entry.flags.append(APPROXIMATE)
    if parsed.date is None:
        entry.flags.append(UNDATED)
        entry.notes.append("no date given" if not entry.date_given else "date not understood")
    elif _outside(parsed, case.scoping_start, case.scoping_end):
        entry.flags.append(OUTSIDE_SCOPE)
    return entry


_WORD = re.compile(r"\w+")
_FIRST_CODE, _CODES = 0x10000, 0x10FFFF - 0x10000


class _Alphabet(dict[str, str]):
    """Each word seen gets the next character of a private alphabet (outside the BMP)."""

    def __missing__(self, word: str) -> str:
        symbol = self[word] = chr(_FIRST_CODE + len(self) % _CODES)
        return symbol


def _as_symbols(text: str, alphabet: _Alphabet) -> str:
    """The text's words, lower-cased, each written as one character of ``alphabet``.

    Comparing these strings compares texts word by word (punctuation and spacing ignored) and
    is several times faster than comparing them letter by letter.
    """
    return "".join(map(alphabet.__getitem__, _WORD.findall(text.casefold())))


def flag_duplicates(entries: list[Entry]) -> int:
    """Flag entries from different agencies on the same date with near-identical text.

    Texts are compared word by word; both entries are kept and each names the other, so the
    DHR Officer decides. Returns the number of pairs found.
    """
    settings = flag_settings()
    by_date: dict[dt.date, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.date is not None and len(entry.event) >= settings.duplicate_min_length:
            by_date[entry.date].append(entry)
    alphabet = _Alphabet()
    pairs = 0
    for group in by_date.values():
        if len({e.agency for e in group}) < 2:
            continue
        group.sort(key=lambda e: e.agency)
        texts = [_as_symbols(e.event, alphabet) for e in group]
        # Each agency's entries against the later agencies' only: every cross-agency pair once.
        start = 0
        while start < len(group):
            end = start
            while end < len(group) and group[end].agency == group[start].agency:
                end += 1
            if end == len(group):
                break
            scores = process.cdist(texts[start:end], texts[end:], scorer=fuzz.ratio,
                                   score_cutoff=settings.duplicate_similarity,
                                   workers=-1 if (end - start) * (len(group) - end) > 4096 else 1)
            for i, j in zip(*scores.nonzero(), strict=True):
                first, second = group[start + i], group[end + j]
                pairs += 1
                for one, other in ((first, second), (second, first)):
                    if POSSIBLE_DUPLICATE not in one.flags:
                        one.flags.append(POSSIBLE_DUPLICATE)
                    one.notes.append(f"possible duplicate of entry {other.number} ({other.agency})")
            start = end
    return pairs


PARALLEL_FROM_BYTES = 4_000_000


def _read_agency(job: tuple[CaseConfig, int, str | None]) -> tuple[AgencyChronology, list[Entry]]:
    """Read one agency's file and turn its rows into entries (runs in a worker on big cases)."""
    case, index, password = job
    agency = read_chronology(case.agencies[index], password,
                             where=f"agencies[{index + 1}].chronology")
    source_file = relative_label(agency.path, case.root)
    entries = [to_entry(raw, agency, case, source_file) for raw in agency.entries]
    agency.entries = []  # the raw rows are not needed once converted; don't ship them back
    return agency, entries


def _total_bytes(case: CaseConfig) -> int:
    return sum(a.chronology.stat().st_size for a in case.agencies if a.chronology.is_file())


def merge_chronology(case: CaseConfig, password: str | None,
                     progress: Callable[[str], None] | None = None,
                     workers: int | None = None) -> MergeResult:
    """Read every agency listed in the case and merge their entries into one chronology.

    Agencies are read in parallel processes when the files are big (``workers`` forces a
    number); the result is the same either way.
    """
    if workers is None:
        workers = cpu_workers() if _total_bytes(case) >= PARALLEL_FROM_BYTES else 1
    jobs = [(case, index, password) for index in range(len(case.agencies))]
    agencies: list[AgencyChronology] = []
    entries: list[Entry] = []
    for agency, agency_entries in map_in_processes(_read_agency, jobs, workers):
        agencies.append(agency)
        entries.extend(agency_entries)
        if progress:
            progress(agency.agency)
    unify_extra_columns(entries, [a.agency for a in agencies])
    entries.sort(key=Entry.sort_key)
    number_entries(entries)
    flag_duplicates(entries)
    for entry in entries:
        entry.flags.sort(key=FLAG_ORDER.index)
    return MergeResult(case, entries, agencies)


def number_entries(entries: list[Entry]) -> None:
    """No. 1, 2, 3 … in the merged order, and Seq. 1, 2, 3 … within each date (none for the
    undated), so "14/03/2019 (2)" names one entry of a busy day."""
    day, seq = None, 0
    for number, entry in enumerate(entries, start=1):
        entry.number = number
        if entry.date is None:
            entry.seq = None
            continue
        seq = seq + 1 if entry.date == day else 1
        day, entry.seq = entry.date, seq


def unify_extra_columns(entries: list[Entry], agencies: list[str]) -> None:
    """One column for agency columns whose headers are the same words ("contact_type" and
    "Contact type"), labelled as first seen (in agency, then row order); and the entry's Key
    taken from an agency's own Key column ("Key", "Key event?") when it marks the row."""
    order = {name: i for i, name in enumerate(agencies)}
    label: dict[str, str] = {}  # normalised header -> the first header text seen
    normalised: dict[str, str] = {}  # header text -> normalised (normalise_header once each)
    with_extras = sorted((e for e in entries if e.extras),
                         key=lambda e: (order.get(e.agency, len(order)), e.position))
    for entry in with_extras:
        for header in entry.extras:
            if header not in normalised:
                normalised[header] = normalise_header(header) or header
            label.setdefault(normalised[header], header)
    renamed = {h: label[n] for h, n in normalised.items()}
    keys = {h for h, n in normalised.items() if n in AGENCY_KEY_HEADERS}
    for entry in with_extras:
        if any(renamed[h] != h for h in entry.extras):
            merged: dict[str, str] = {}
            for header, value in entry.extras.items():
                target = renamed[header]
                before = merged.get(target, "")
                merged[target] = value if not before or not value or before == value \
                    else f"{before}; {value}"  # one row with both spellings: both values kept
            entry.extras = merged
        if keys and any(entry.extras.get(renamed[h], "").strip().casefold() in KEY_MARKERS
                        for h in keys if renamed[h] in entry.extras):
            entry.key = YES
