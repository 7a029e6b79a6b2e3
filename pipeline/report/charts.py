"""The report's charts, drawn the same to the byte every time, each with its words.

matplotlib's Agg backend, its bundled DejaVu Sans, the default style whatever a matplotlibrc
says, a fixed size and resolution, and no "Software" line in the PNG: the same figures give the
same picture. Colours are the Okabe-Ito palette, which readers with colour-blindness can tell
apart, and each series also has its own hatching, so a page printed in grey still reads. Every
chart comes with alt text that says everything it shows.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.wording import counted

_DPI = 150
_WIDTH_IN = 6.5
_RC = {"font.family": "DejaVu Sans", "svg.hashsalt": "dhr-report", "svg.fonttype": "path",
       "path.simplify": False, "axes.unicode_minus": False}
# Okabe-Ito colours, each with its own hatching, by what a series means.
GOOD, LATE, OVERDUE, WAITING = "good", "late", "overdue", "waiting"
_LOOKS = {GOOD: ("#009E73", ""), LATE: ("#E69F00", "//"), OVERDUE: ("#D55E00", "xx"),
          WAITING: ("#56B4E9", "..")}
_BAR = "#56B4E9"


@dataclass(frozen=True)
class Chart:
    """A drawn chart: its PNG, title and alt text."""

    png: bytes
    title: str
    alt_text: str


def _figure(rows: int):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(_WIDTH_IN, 1.1 + 0.38 * max(rows, 1)))
    FigureCanvasAgg(figure)
    return figure


def _png(figure) -> bytes:
    out = io.BytesIO()
    figure.tight_layout()
    figure.savefig(out, format="png", dpi=_DPI, metadata={"Software": None},
                   bbox_inches="tight", pad_inches=0.08)
    return out.getvalue()


def stacked_bars(title: str, labels: Sequence[str],
                 series: Sequence[tuple[str, Sequence[int], str]], what: str) -> Chart:
    """Horizontal bars, one per label, each split into ``series`` (name, counts, and what it
    means: :data:`GOOD`, :data:`LATE`, :data:`OVERDUE` or :data:`WAITING`, which sets its
    colour and hatching); ``what`` is the plural of what is counted ("deadlines")."""
    from matplotlib import rc_context, style

    with style.context("default"), rc_context(_RC):
        figure = _figure(len(labels))
        axes = figure.add_subplot()
        rows = list(range(len(labels)))[::-1]  # the first label on top
        left = [0] * len(labels)
        widest = max((sum(c[i] for _, c, _ in series) for i in range(len(labels))), default=0)
        for name, counts, meaning in series:
            colour, hatch = _LOOKS[meaning]
            bars = axes.barh(rows, counts, left=left, color=colour, hatch=hatch,
                             edgecolor="white", linewidth=0.6, label=name, height=0.6)
            for bar, count in zip(bars, counts, strict=True):
                if count and count >= widest / 25:  # a label that fits in its segment
                    axes.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + 0.3, str(count),
                              ha="center", va="center", fontsize=8, color="black",
                              bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.8,
                                    "alpha": 0.85})
            left = [a + b for a, b in zip(left, counts, strict=True)]
        _finish(axes, rows, labels, max(left, default=0), title)
        if len(series) > 1:
            # below the axis labels (about 0.3 inch under the axes, whatever the height)
            height = figure.get_figheight() - 0.75
            axes.legend(loc="upper left", fontsize=8, frameon=False, ncol=len(series),
                        bbox_to_anchor=(0.0, -0.3 / height))
        png = _png(figure)
    lines = []
    for position, label in enumerate(labels):
        parts = [f"{counts[position]} {name}" for name, counts, _ in series if counts[position]]
        lines.append(f"{label}: {', '.join(parts) if parts else f'no {what}'}")
    return Chart(png, title, f"{title}. Bar chart, one bar per row, split into "
                 f"{', '.join(name for name, _, _ in series)}. " + "; ".join(lines) + ".")


def bars(title: str, labels: Sequence[str], counts: Sequence[int], what: str,
         unit: str = "") -> Chart:
    """Horizontal bars of one count per label (zeros shown as an empty row)."""
    from matplotlib import rc_context, style

    with style.context("default"), rc_context(_RC):
        figure = _figure(len(labels))
        axes = figure.add_subplot()
        rows = list(range(len(labels)))[::-1]
        drawn = axes.barh(rows, counts, color=_BAR, edgecolor="#333333", linewidth=0.5,
                          height=0.6)
        for bar, count in zip(drawn, counts, strict=True):
            axes.text(bar.get_width() + 0.05, bar.get_y() + 0.3, str(count), va="center",
                      fontsize=8)
        _finish(axes, rows, labels, max(counts, default=0), title)
        png = _png(figure)
    described = "; ".join(f"{label}: {counted(count, unit or what[:-1], what)}"
                          for label, count in zip(labels, counts, strict=True))
    return Chart(png, title, f"{title}. Bar chart, one bar per row. {described}.")


def _finish(axes, rows: list[int], labels: Sequence[str], most: int, title: str) -> None:
    from matplotlib.ticker import MaxNLocator

    axes.set_yticks(rows, [textwrap.fill(label, 34) for label in labels], fontsize=8)
    axes.set_xlim(0, max(most, 1) * 1.12 + 0.2)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(axis="x", labelsize=8)
    axes.tick_params(axis="y", length=0)
    axes.grid(axis="x", color="#DDDDDD", linewidth=0.6)
    axes.set_axisbelow(True)
    for spine in ("top", "right", "left"):
        axes.spines[spine].set_visible(False)
    axes.set_title(title, loc="left", fontsize=10)
