"""Small-number suppression for published counts: no review may be identifiable from them.

A partnership has few reviews, so a count of one or two victims in a category can point at a
single death. :func:`suppress` takes a table of counts (rows by columns; a single column is a
one-way table) with its totals and decides what is shown:

* **Primary suppression.** Every count from 1 to ``threshold - 1``, cell or total, is shown as
  "fewer than 5" (for the default threshold of 5). Zero is shown as 0: it identifies nobody,
  and categories are listed whether or not they occur, so a zero is no surprise.
* **Secondary suppression.** A hidden count must not come back by subtraction. Wherever a
  total is shown, the hidden counts of its row, column or set of totals are never one alone
  and together come to at least the threshold (two hidden counts of 1 and 2 beside a shown
  total would give away a group of 3); otherwise the next smallest shown count there is
  hidden too (as "not shown"), or the total itself when nothing is left to hide.
* **Audit.** Then every hidden count is checked against everything a reader knows: the shown
  counts and totals, each "fewer than 5" being 1 to 4, and each "not shown" being 5 or more
  (the labels differ, so a reader knows that too). The table and its totals are a flow
  network (totals in, cells through), so a hidden count can take another value exactly when
  a cycle of hidden counts can move by one within those bounds; while one cannot, the
  smallest shown count beside it is hidden too.

The result never shows a count from 1 to ``threshold - 1``, and no hidden count is fixed by
what is shown. The function is pure: counts in, the shown table out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 5
SHOWN, PRIMARY, SECONDARY, WITHHELD = "shown", "primary", "secondary", "withheld"
NOT_SHOWN = "not shown"

Item = tuple  # ("cell", row, column) | ("row", row) | ("column", column) | ("total",)
TOTAL: Item = ("total",)


def fewer_than(threshold: int) -> str:
    """How a primary-suppressed count is shown: "fewer than 5"."""
    return f"fewer than {threshold}"


@dataclass(frozen=True)
class SuppressedTable:
    """A table of counts as it may be published.

    ``cells`` holds each count (an ``int``) or its label ("fewer than 5", "not shown");
    ``row_totals`` is ``None`` for a one-way table (a single column, whose rows are their own
    totals). ``states`` says for every item whether it is ``shown``, ``primary`` or
    ``secondary``; ``values`` keeps the true counts (for the restricted side and for tests)."""

    cells: tuple[tuple[int | str, ...], ...]
    row_totals: tuple[int | str, ...] | None
    column_totals: tuple[int | str, ...]
    total: int | str
    threshold: int
    states: dict[Item, str]
    values: dict[Item, int]

    @property
    def hidden(self) -> list[Item]:
        """The counts not shown (a one-way table's column total is its grand total)."""
        return [item for item, state in self.states.items() if state != SHOWN
                and not (self.row_totals is None and item[0] == "column")]

    @property
    def total_hidden(self) -> bool:
        return self.states[TOTAL] != SHOWN


class _Layout:
    """The items of a table, the sums they take part in, and the network they form."""

    def __init__(self, cells: Sequence[Sequence[int]]) -> None:
        self.rows = len(cells)
        self.columns = len(cells[0]) if cells else 1
        self.two_way = self.columns > 1
        self.values: dict[Item, int] = {}
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                self.values[("cell", r, c)] = value
        # lines: (total item, member items), each "total = sum of members"
        self.lines: list[tuple[Item, list[Item]]] = []
        # edges: item -> (from node, to node); flow is conserved at every node
        self.edges: dict[Item, tuple[str, str]] = {}
        if self.two_way:
            for r in range(self.rows):
                members = [("cell", r, c) for c in range(self.columns)]
                self.values[("row", r)] = sum(self.values[m] for m in members)
                self.lines.append((("row", r), members))
                self.edges[("row", r)] = ("S", f"R{r}")
            for c in range(self.columns):
                members = [("cell", r, c) for r in range(self.rows)]
                self.values[("column", c)] = sum(self.values[m] for m in members)
                self.lines.append((("column", c), members))
                self.edges[("column", c)] = (f"C{c}", "T")
            for r in range(self.rows):
                for c in range(self.columns):
                    self.edges[("cell", r, c)] = (f"R{r}", f"C{c}")
            self.values[TOTAL] = sum(self.values[("row", r)] for r in range(self.rows))
            self.lines.append((TOTAL, [("row", r) for r in range(self.rows)]))
            self.lines.append((TOTAL, [("column", c) for c in range(self.columns)]))
        else:
            members = [("cell", r, 0) for r in range(self.rows)]
            self.values[("column", 0)] = sum(self.values[m] for m in members)
            self.values[TOTAL] = self.values[("column", 0)]
            self.lines.append((TOTAL, members))
            for item in members:
                self.edges[item] = ("S", "T")
        self.edges[TOTAL] = ("T", "S")
        self.order = [item for item in self.values if item in self.edges]  # fixed order


def _bounds(state: str, threshold: int) -> tuple[int, float]:
    """What a reader knows of a hidden count from its label (and, for a withheld table, from
    every count being "not shown")."""
    if state == PRIMARY:
        return 1, threshold - 1
    return (threshold if state == SECONDARY else 0), float("inf")


def _can_move(layout: _Layout, states: dict[Item, str], threshold: int, item: Item) -> bool:
    """Whether a hidden count can take another value, all else a reader knows kept: a cycle
    through it of hidden counts that can each move by one within their bounds."""
    arcs: dict[str, list[tuple[str, Item]]] = {}
    room: dict[Item, tuple[bool, bool]] = {}
    for other in layout.order:
        if states[other] == SHOWN:
            continue
        low, high = _bounds(states[other], threshold)
        value = layout.values[other]
        up, down = value + 1 <= high, value - 1 >= low
        room[other] = (up, down)
        start, end = layout.edges[other]
        if other == item:
            continue
        if up:
            arcs.setdefault(start, []).append((end, other))
        if down:
            arcs.setdefault(end, []).append((start, other))
    up, down = room[item]
    start, end = layout.edges[item]
    return (up and _reaches(arcs, end, start)) or (down and _reaches(arcs, start, end))


def _reaches(arcs: dict[str, list[tuple[str, Item]]], source: str, target: str) -> bool:
    seen, queue = {source}, deque([source])
    while queue:
        node = queue.popleft()
        if node == target:
            return True
        for nxt, _ in arcs.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False


def _weak_line(layout: _Layout, states: dict[Item, str], threshold: int
               ) -> tuple[Item, list[Item]] | None:
    """A shown total whose hidden members are one alone or add up to fewer than the
    threshold (either can be worked out, or is itself a small number)."""
    for total, members in layout.lines:
        if states[total] != SHOWN:
            continue
        hidden = [m for m in members if states[m] != SHOWN]
        if len(hidden) == 1 or 0 < sum(layout.values[m] for m in hidden) < threshold:
            return total, members
    return None


def _hide_beside(layout: _Layout, states: dict[Item, str], lines: list[tuple[Item, list[Item]]]
                 ) -> bool:
    """Hide the smallest shown non-zero count in ``lines`` (the first in table order on a
    tie); failing that, the first shown total among them. False when nothing is left."""
    candidates = [m for _, members in lines for m in members
                  if states[m] == SHOWN and layout.values[m] > 0]
    if candidates:
        chosen = min(candidates, key=lambda m: (layout.values[m], layout.order.index(m)))
        states[chosen] = SECONDARY
        return True
    for total, _ in lines:
        if states[total] == SHOWN and layout.values[total] > 0:
            states[total] = SECONDARY
            return True
    return False


def _fixed(layout: _Layout, states: dict[Item, str], threshold: int) -> Item | None:
    """The first hidden count a reader could work out exactly, if any (a withheld 0 beside a
    total of 0 is known to be 0, as any 0 is shown: it identifies nobody)."""
    for item in layout.order:
        if states[item] != SHOWN and layout.values[item] > 0 \
                and not _can_move(layout, states, threshold, item):
            return item
    return None


def suppress(cells: Sequence[Sequence[int]], threshold: int = DEFAULT_THRESHOLD, *,
             hide_total: bool = False) -> SuppressedTable:
    """The table as it may be published (see the module's notes).

    ``cells`` are non-negative whole counts, one list per row (``[[3], [7], [0]]`` for a
    one-way table). ``hide_total`` hides the grand total whatever it is: for tables that share
    it with another table that had to hide it.
    """
    if threshold < 3:
        raise ValueError("the suppression threshold must be 3 or more (a threshold of 2 would "
                         "show every 1 as 'fewer than 2')")
    if not cells or any(len(row) != len(cells[0]) for row in cells) or not cells[0]:
        raise ValueError("a table needs at least one row and the same columns in every row")
    if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for row in cells for v in row):
        raise ValueError("counts must be whole numbers, 0 or more")
    layout = _Layout(cells)
    states = {item: PRIMARY if 0 < value < threshold else SHOWN
              for item, value in layout.values.items()}
    if states[TOTAL] == PRIMARY:
        _withhold(layout, states, totals=True)  # too few in all to show any breakdown
    else:
        if hide_total and layout.values[TOTAL] > 0:
            states[TOTAL] = SECONDARY
        _protect(layout, states, threshold)
    def shown(item: Item) -> int | str:
        state = states[item]
        return (layout.values[item] if state == SHOWN else
                fewer_than(threshold) if state == PRIMARY else NOT_SHOWN)

    return SuppressedTable(
        cells=tuple(tuple(shown(("cell", r, c)) for c in range(layout.columns))
                    for r in range(layout.rows)),
        row_totals=(tuple(shown(("row", r)) for r in range(layout.rows)) if layout.two_way
                    else None),
        column_totals=tuple(shown(("column", c)) for c in range(layout.columns)),
        total=shown(TOTAL),
        threshold=threshold,
        states=dict(states),
        values=dict(layout.values),
    )


def _protect(layout: _Layout, states: dict[Item, str], threshold: int) -> None:
    """Secondary suppression until no line gives a count away and no hidden count is fixed;
    when hiding more cannot help, every cell is withheld."""
    while True:
        if not layout.two_way:
            states[("column", 0)] = states[TOTAL]  # the column total is the grand total
        weak = _weak_line(layout, states, threshold)
        if weak is not None and _hide_beside(layout, states, [weak]):
            continue
        item = _fixed(layout, states, threshold) if weak is None else weak[0]
        if item is None:
            return
        beside = [(total, members) for total, members in layout.lines
                  if item in members or item == total]
        if _hide_beside(layout, states, beside) or _hide_beside(layout, states, layout.lines):
            continue  # beside it if possible, else anywhere: the smallest count left
        _withhold(layout, states, totals=False)
        if _weak_line(layout, states, threshold) or _fixed(layout, states, threshold):
            raise ValueError("the table cannot be protected by suppression; merge categories")
        return


def _withhold(layout: _Layout, states: dict[Item, str], totals: bool) -> None:
    """Every cell hidden, zeros too, so that not even which categories occur is shown (and,
    with ``totals``, every row and column total): for a table whose total is below the
    threshold, or that suppression cannot otherwise protect."""
    for item in layout.values:
        if item[0] == "cell" or (totals and item != TOTAL):
            states[item] = WITHHELD
    if not layout.two_way:
        states[("column", 0)] = states[TOTAL]


def suppress_linked(tables: Sequence[Sequence[Sequence[int]]],
                    threshold: int = DEFAULT_THRESHOLD) -> list[SuppressedTable]:
    """Tables that share one grand total (the victims counted by sex, by age band, …): when
    any of them has to hide it, all of them hide it, or it could be read from another."""
    if len({sum(sum(row) for row in table) for table in tables}) > 1:
        raise ValueError("linked tables must have the same grand total")
    done = [suppress(table, threshold) for table in tables]
    if any(t.total_hidden for t in done):
        done = [suppress(table, threshold, hide_total=True) for table in tables]
    return done
