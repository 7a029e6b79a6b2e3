"""The review's timeline picture: one lane per agency across the scoping period.

Readers of an Overview Report need to see at a glance who was in contact with the victim and
when, so each agency gets a row with a mark per contact, key events are labelled and the date of
death stands out. The picture must survive greyscale printing and colour-blind readers (Okabe-Ito
colours *and* a marker shape per lane) and the same case must give a byte-identical PNG, so a
re-run does not show a changed report. The axis covers the scoping period plus a small margin,
stretched to include the date of death; contacts and key events outside it are pinned to the
nearer edge with an outward arrow, so one mistyped year cannot squash the whole picture.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.dates import long_date
from pipeline.wording import counted

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fixed: never the machine's locale
LABEL_WIDTH = 48  # characters of a key event's label drawn in the picture
_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "h")
_DPI, _WIDTH_IN, _AXES_IN = 200, 10.0, 7.3  # _AXES_IN: rough plot width, for label spacing
_LABEL_PT, _LEVEL_STEP, _MAX_LEVELS = 7, 0.5, 6


@dataclass(frozen=True)
class Contact:
    """One recorded contact between an agency (``lane``, its public name) and the victim."""

    lane: str
    day: dt.date


@dataclass(frozen=True)
class KeyEvent:
    """A labelled moment; ``lane`` optional. ``when`` is the date as the report shows it
    ("Spring 2020") when the record gives no exact day (``exact`` false); the picture then
    says so beside the label rather than pretending to know the day."""

    day: dt.date
    label: str
    lane: str | None = None
    when: str = ""
    exact: bool = True

    @property
    def drawn(self) -> str:
        """The label as drawn: shortened at a word boundary, the date said when inexact."""
        text = shorten(self.label, LABEL_WIDTH)
        return text if self.exact or not self.when else f"{text} ({self.when})"


def shorten(text: str, width: int) -> str:
    """``text`` cut at a word boundary, with an ellipsis, when longer than ``width``."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


@dataclass
class TimelineData:
    """Everything the picture is drawn from. The drafts keep it (restricted, real names) so
    that publication can draw the same picture again from anonymised labels: a picture
    cannot be anonymised once drawn, and no text search can see inside it."""

    contacts: list[Contact]
    events: list[KeyEvent]
    start: dt.date
    end: dt.date
    death: dt.date | None = None
    title: str = ""
    lanes: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        """The data as JSON (dates ISO), in a stable order."""
        return json.dumps(asdict(self), default=str, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> TimelineData:
        """Read :meth:`to_json` back."""
        raw = json.loads(text)
        day = dt.date.fromisoformat
        return cls([Contact(c["lane"], day(c["day"])) for c in raw["contacts"]],
                   [KeyEvent(day(e["day"]), e["label"], e["lane"], e["when"], e["exact"])
                    for e in raw["events"]],
                   day(raw["start"]), day(raw["end"]),
                   day(raw["death"]) if raw["death"] else None, raw["title"], raw["lanes"])

    def mapped(self, rewrite: Callable[[str], str]) -> TimelineData:
        """The same picture with every word it shows (labels, lanes, title) passed through
        ``rewrite``: publication's anonymisation of the document's text."""
        events = [KeyEvent(e.day, rewrite(e.label), rewrite(e.lane) if e.lane else e.lane,
                           e.when, e.exact) for e in self.events]
        contacts = [Contact(rewrite(c.lane), c.day) for c in self.contacts]
        return TimelineData(contacts, events, self.start, self.end, self.death,
                            rewrite(self.title), [rewrite(lane) for lane in self.lanes])

    def draw(self, path: Path | str) -> TimelineInfo:
        """Draw the picture to ``path``."""
        return draw_timeline(self.contacts, self.events, self.start, self.end, self.death, path,
                             self.title, lanes=self.lanes or None)


@dataclass(frozen=True)
class TimelineInfo:
    """What was drawn, and the alt text the report needs for screen readers."""

    lanes: list[str]
    contacts: int
    key_events: int
    alt_text: str


def _place_labels(items: list[tuple[float, str]], lo: float, hi: float) -> list[tuple[int, str]]:
    """Give each label (x, text) a level and alignment so neighbours never overlap.

    Widths are estimated from character count (deterministic, no renderer round trip); a label
    near the right edge is right-aligned so it stays inside the plot.
    """
    days_per_inch = (hi - lo) / _AXES_IN
    ends: list[float] = []  # right-most occupied x on each level
    placed = []
    for x, text in items:
        width = (len(text) * _LABEL_PT * 0.62 / 72 + 0.12) * days_per_inch
        align = "right" if x + width > hi else "left"
        left, right = (x - width, x) if align == "right" else (x, x + width)
        free = [i for i, end in enumerate(ends) if end < left]
        if free:
            level = free[0]
        elif len(ends) < _MAX_LEVELS:
            level = len(ends)
            ends.append(right)
        else:
            level = min(range(len(ends)), key=ends.__getitem__)
        ends[level] = right
        placed.append((level, align))
    return placed


def draw_timeline(contacts: list[Contact], key_events: list[KeyEvent], start: dt.date,
                  end: dt.date, death: dt.date | None, path: Path | str, title: str = "", *,
                  lanes: Sequence[str] | None = None) -> TimelineInfo:
    """Draw the timeline to ``path`` as PNG and describe it in words.

    ``lanes`` fixes the row order (rows with no contacts still appear, so "no contact" is
    visible); agencies it omits follow in order of first contact, never silently dropped.
    """
    if end < start:
        raise ValueError(f"The scoping period ends ({long_date(end)}) before it starts "
                         f"({long_date(start)}); check the scoping dates in case.yaml.")
    from matplotlib import dates as mdates
    from matplotlib import style, ticker
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    order = list(dict.fromkeys([*(lanes or []), *(c.lane for c in contacts)]))
    row = {name: len(order) - 1 - i for i, name in enumerate(order)}  # first lane on top
    margin = dt.timedelta(days=max(15, (end - start).days // 50))
    first, last = start - margin, end + margin
    if death is not None:
        first, last = min(first, death - margin), max(last, death + margin)
    lo, hi = float(mdates.date2num(first)), float(mdates.date2num(last))

    def pin(day: dt.date) -> tuple[float, int]:
        """x within the axis, and -1/0/1 for before/inside/after it."""
        x = float(mdates.date2num(day))
        return min(max(x, lo), hi), (x > hi) - (x < lo)

    events = sorted(key_events, key=lambda e: (e.day, e.label))
    labels = []  # (x, text, is_death)
    for event in events:
        x, side = pin(event.day)
        arrows = ("← " if side < 0 else "", " →" if side > 0 else "")
        labels.append((x, arrows[0] + event.drawn + arrows[1], False))
    if death is not None:
        labels.append((float(mdates.date2num(death)), "Date of death", True))
    labels.sort(key=lambda item: item[0])
    places = _place_labels([(x, text) for x, text, _ in labels], lo, hi)
    levels = max((level + 1 for level, _ in places), default=0)
    base = max(len(order), 1) - 0.5  # labels sit above the lanes (or one empty row)

    with style.context("default"):  # ignore any matplotlibrc, so output depends only on inputs
        fig = Figure(figsize=(_WIDTH_IN, 1.2 + 0.45 * max(len(order), 1) + 0.22 * levels))
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        for i, name in enumerate(order):
            y = row[name]
            if i % 2 == 0:
                ax.axhspan(y - 0.5, y + 0.5, color="#F2F2F2", zorder=0, linewidth=0)
            style_ = {"color": _COLOURS[i % len(_COLOURS)], "markeredgecolor": "#333333",
                      "markeredgewidth": 0.4, "linestyle": "none", "zorder": 3}
            points = [pin(c.day) for c in contacts if c.lane == name]
            for side, marker in ((0, _MARKERS[i % len(_MARKERS)]), (-1, "<"), (1, ">")):
                xs = [x for x, s in points if s == side]
                if xs:
                    ax.plot(xs, [y] * len(xs), marker=marker, markersize=4.5, clip_on=not side,
                            **style_)
        for (x, text, is_death), (level, align) in zip(labels, places, strict=True):
            y = base + _LEVEL_STEP * level + 0.1
            ax.vlines(x, -0.5, y, colors="black" if is_death else "#555555",
                      linestyles="solid" if is_death else (0, (4, 3)),
                      linewidths=1.6 if is_death else 0.8, zorder=2 if is_death else 1)
            ax.text(x, y, text, ha=align, va="bottom", fontsize=_LABEL_PT, zorder=4,
                    fontweight="bold" if is_death else "normal",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6, "alpha": 0.85})
        for event in events:
            if event.lane in row:
                ax.plot(pin(event.day)[0], row[event.lane], marker="*", markersize=9,
                        color="white", markeredgecolor="black", markeredgewidth=0.8, zorder=4)
        ax.set_xlim(lo, hi)
        ax.set_ylim(-0.5, base + _LEVEL_STEP * levels + 0.15)
        if not order:
            ax.text((lo + hi) / 2, 0, "No agency contacts recorded", ha="center", va="center",
                    fontsize=9, color="#555555")
        ax.set_yticks([row[n] for n in order], [textwrap.fill(n, 30) for n in order], fontsize=8)
        ax.tick_params(axis="y", length=0)
        span = hi - lo  # year ticks for long periods, else half-years, quarters or months
        ax.xaxis.set_major_locator(mdates.YearLocator(1 + int(span // 4000)) if span > 2200 else
                                   mdates.MonthLocator(bymonth=range(1, 13, 6 if span > 900
                                                                     else 3 if span > 200 else 1)))
        ax.xaxis.set_minor_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(ticker.FuncFormatter(
            lambda x, _: (lambda d: f"{_MONTHS[d.month - 1][:3]} {d.year}")(mdates.num2date(x))))
        ax.tick_params(axis="x", labelsize=8)
        ax.grid(axis="x", which="major", color="#CCCCCC", linewidth=0.6, zorder=0)
        for spine in ("top", "right", "left"):
            ax.spines[spine].set_visible(False)
        if title:
            ax.set_title(title, loc="left", fontsize=11)
        fig.tight_layout()
        fig.savefig(Path(path), format="png", dpi=_DPI, metadata={"Software": None})

    # Every word drawn is in the alt text too (title, lanes, labels as drawn), so a search of
    # the text covers what the picture shows.
    described = _alt_text(contacts, events, order, start, end, death)
    return TimelineInfo(order, len(contacts), len(key_events),
                        f"{title}. {described}" if title else described)


def _alt_text(contacts: list[Contact], events: list[KeyEvent], order: list[str],
              start: dt.date, end: dt.date, death: dt.date | None) -> str:
    """One plain-English paragraph saying what the picture shows, for screen readers."""
    counts = Counter(c.lane for c in contacts)
    period = f"from {long_date(start)} to {long_date(end)}"
    if order:
        rows = ", ".join(f"{n} {counted(counts[n], 'contact') if counts[n] else 'no contacts'}"
                         for n in order)
        agencies = "1 agency" if len(order) == 1 else f"{len(order)} agencies"
        text = f"Timeline of contacts by {agencies} {period}: {rows}"
    else:
        text = f"Timeline of the period {period}: no agency contacts are recorded"
    outside = sum(not start <= c.day <= end for c in contacts)
    if outside:
        text += (f"; {counted(outside, 'contact')} outside the period "
                 f"{'is' if outside == 1 else 'are'} also shown")
    if events:
        text += "; key events: " + ", ".join(
            f"{shorten(e.label, LABEL_WIDTH)} ({e.when or long_date(e.day)}"
            + (f", {e.lane})" if e.lane else ")")
            for e in events)
    if death is not None:
        text += f"; the date of death, {long_date(death)}, is marked"
    return text + "."
