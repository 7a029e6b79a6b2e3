"""Small-number suppression: no published count is below the threshold, and none of the hidden
ones can be worked out from what is published.

The check does not trust the code under test: it takes only what a reader sees (the shown
counts and totals, and what each label says: "fewer than 5" is 1 to 4, "not shown" is 5 or
more) and searches every whole-number table that agrees with it for one where the hidden count
differs.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.report.suppression import (
    NOT_SHOWN,
    fewer_than,
    suppress,
    suppress_linked,
)

T = 5


def _reader_view(table, threshold: int):
    """What a reader knows: for each cell and total, an exact value or (low, high) bounds.

    "fewer than 5" is 1 to 4. "not shown" is 5 or more (a count hidden so that another cannot
    be worked out), except in a withheld table, where every cell is "not shown" (zeros too)
    and a cell may be anything; when the grand total itself is "fewer than 5" the row and
    column totals are withheld too."""
    withheld = all(v == NOT_SHOWN for row in table.cells for v in row)
    small = table.total == fewer_than(threshold)

    def known(value, unknown_low=threshold):
        if isinstance(value, int):
            return (value, value)
        if value == fewer_than(threshold):
            return (1, threshold - 1)
        assert value == NOT_SHOWN
        return (unknown_low, None)

    rows, cols = len(table.cells), len(table.cells[0])
    cell_low = 0 if withheld else threshold
    cells = [[known(table.cells[r][c], cell_low) for c in range(cols)] for r in range(rows)]
    line_low = 0 if small else threshold
    row_totals = ([known(v, line_low) for v in table.row_totals]
                  if table.row_totals is not None else None)
    col_totals = [known(v, line_low) for v in table.column_totals]
    return cells, row_totals, col_totals, known(table.total)


def _other_table_exists(table, threshold: int, target, true: dict) -> bool:
    """Whether some table a reader cannot tell from the published one gives ``target`` (a
    cell (r, c), ('row', r), ('column', c) or 'total') a value other than ``true``'s."""
    cells, row_totals, col_totals, total = _reader_view(table, threshold)
    rows, cols = len(cells), len(cells[0])
    cap = total[1] if total[1] is not None else true["total"] + threshold
    order = [(r, c) for r in range(rows) for c in range(cols)]
    if isinstance(target, tuple) and isinstance(target[0], int):
        order.remove(target)
        order.insert(0, target)  # the cell in question first, away from its true value
    lows = {rc: cells[rc[0]][rc[1]][0] for rc in order}

    def candidates(rc):
        low, high = cells[rc[0]][rc[1]]
        high = cap if high is None else min(high, cap)
        here = true["cells"][rc[0]][rc[1]]
        values = sorted(range(low, high + 1), key=lambda v: (abs(v - here), v))
        return [v for v in values if v != here] if rc == target else values

    grid: dict = {}

    def line_ok(members, bounds) -> bool:
        placed = [grid[m] for m in members if m in grid]
        rest = sum(lows[m] for m in members if m not in grid)
        value = sum(placed) + rest
        low, high = bounds
        if high is not None and value > high:
            return False
        return len(placed) < len(members) or value >= low

    lines = [(order, total)]
    if row_totals is not None:
        lines += [([(r, c) for c in range(cols)], row_totals[r]) for r in range(rows)]
    lines += [([(r, c) for r in range(rows)], col_totals[c]) for c in range(cols)]

    def value_of():
        if target == "total":
            return sum(grid.values())
        if target[0] == "row":
            return sum(grid[(target[1], c)] for c in range(cols))
        if target[0] == "column":
            return sum(grid[(r, target[1])] for r in range(rows))
        return grid[target]

    here = {"total": true["total"]}
    if target != "total" and target[0] == "row":
        here["value"] = sum(true["cells"][target[1]])
    elif target != "total" and target[0] == "column":
        here["value"] = sum(row[target[1]] for row in true["cells"])
    else:
        here["value"] = true["total"] if target == "total" else true["cells"][target[0]][
            target[1]]

    def search(index: int) -> bool:
        if index == len(order):
            return value_of() != here["value"]
        rc = order[index]
        for value in candidates(rc):
            grid[rc] = value
            if all(line_ok(members, bounds) for members, bounds in lines
                   if rc in members) and search(index + 1):
                return True
        del grid[rc]
        return False

    return search(0)


def _check(counts: list[list[int]], threshold: int = T) -> None:
    table = suppress(counts, threshold)
    rows, cols = len(counts), len(counts[0])
    true = {"cells": counts, "total": sum(map(sum, counts))}
    published = [*(v for row in table.cells for v in row), *table.column_totals, table.total,
                 *(table.row_totals or ())]
    # 1. No published count from 1 to threshold - 1; a label is one of the two.
    for value in published:
        if isinstance(value, int):
            assert value == 0 or value >= threshold, (counts, table)
        else:
            assert value in (fewer_than(threshold), NOT_SHOWN)
    # 2. The shown counts are the true ones, and each label is true of what it says.
    withheld = all(v == NOT_SHOWN for row in table.cells for v in row)
    truth = {("cell", r, c): counts[r][c] for r in range(rows) for c in range(cols)}
    for (r, c), value in zip(itertools.product(range(rows), range(cols)),
                             (v for row in table.cells for v in row), strict=True):
        if isinstance(value, int):
            assert value == counts[r][c]
        elif value == fewer_than(threshold):
            assert 1 <= counts[r][c] < threshold
        else:
            assert withheld or counts[r][c] >= threshold
    # 3. Not by subtraction: beside a shown total, never exactly one hidden count, and the
    #    hidden ones together are 0 or at least the threshold.
    lines = [([table.cells[r][0] for r in range(rows)], table.total,
              [counts[r][0] for r in range(rows)])] if cols == 1 else []
    if cols > 1:
        for r in range(rows):
            lines.append((list(table.cells[r]), table.row_totals[r], counts[r]))
        for c in range(cols):
            lines.append(([table.cells[r][c] for r in range(rows)], table.column_totals[c],
                          [counts[r][c] for r in range(rows)]))
        lines.append((list(table.row_totals), table.total, [sum(row) for row in counts]))
        lines.append((list(table.column_totals), table.total,
                      [sum(counts[r][c] for r in range(rows)) for c in range(cols)]))
    for shown, line_total, values in lines:
        if isinstance(line_total, int):
            hidden = [v for s, v in zip(shown, values, strict=True) if not isinstance(s, int)]
            assert len(hidden) != 1, (counts, table)
            assert sum(hidden) == 0 or sum(hidden) >= threshold, (counts, table)
    # 4. No hidden count, cell or total, is fixed by everything a reader knows (but a hidden
    #    0 may be: any 0 is shown, as it identifies nobody).
    targets = [(r, c) for r in range(rows) for c in range(cols)
               if not isinstance(table.cells[r][c], int) and counts[r][c] > 0]
    if table.row_totals is not None:
        targets += [("row", r) for r in range(rows)
                    if not isinstance(table.row_totals[r], int) and sum(counts[r])]
        targets += [("column", c) for c in range(cols)
                    if not isinstance(table.column_totals[c], int)
                    and sum(counts[r][c] for r in range(rows))]
    if not isinstance(table.total, int):
        targets.append("total")
    for target in targets:
        assert _other_table_exists(table, threshold, target, true), (counts, table, target)
    assert truth  # (kept for readability of failures)


@pytest.mark.parametrize("counts", [
    [[7], [1], [0]],          # one small count beside a shown total: the next smallest too
    [[1], [1], [10]],         # two counts of 1 add to 2: the 10 hidden as well
    [[1], [5]],               # 1 + 5 = 6 would give 1 exactly: the total goes
    [[3]],                    # a single small count and its total
    [[0], [0], [0]],          # nothing to hide
    [[12], [6], [1], [0]],
    [[1, 6], [8, 9]],
    [[2, 2], [2, 2]],         # each total of 4 would be fixed by a shown 8
    [[1, 0], [0, 3]],
    [[9, 0, 4], [0, 11, 7], [5, 5, 0]],
])
def test_worked_examples(counts: list[list[int]]) -> None:
    _check(counts)


def test_a_one_way_table_as_published() -> None:
    table = suppress([[7], [1], [0], [9]])
    # The 1 is hidden, and the next smallest (7) with it: 1 + 7 = 8, the 1 still 1 to 3.
    assert table.cells == ((NOT_SHOWN,), ("fewer than 5",), (0,), (9,))
    assert table.total == 17 and table.row_totals is None
    _check([[7], [1], [0], [9]])


def test_a_table_of_fewer_than_5_in_all_shows_no_breakdown() -> None:
    # Four categories of "fewer than 5" in a total below 5 would each be exactly 1, and zeros
    # beside them would say which categories all the victims are in.
    table = suppress([[1], [1], [1], [1], [0]])
    assert table.cells == ((NOT_SHOWN,),) * 5 and table.total == "fewer than 5"
    two_way = suppress([[1, 0], [0, 2]])
    assert {*two_way.cells[0], *two_way.cells[1], *two_way.row_totals,
            *two_way.column_totals} == {NOT_SHOWN}


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.integers(0, 14) | st.integers(0, 4), min_size=1, max_size=7))
def test_random_one_way_tables(column: list[int]) -> None:
    _check([[v] for v in column])


@settings(max_examples=120, deadline=None, derandomize=True)
@given(st.integers(2, 3).flatmap(lambda cols: st.lists(
    st.lists(st.integers(0, 9) | st.integers(0, 3), min_size=cols, max_size=cols),
    min_size=1, max_size=3)))
def test_random_two_way_tables(counts: list[list[int]]) -> None:
    _check(counts)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.integers(0, 8), min_size=1, max_size=5), st.integers(3, 10))
def test_other_thresholds(column: list[int], threshold: int) -> None:
    _check([[v] for v in column], threshold)


def test_linked_tables_hide_their_shared_total_together() -> None:
    # By sex [1, 5] must hide its total (6); by age band it could be shown, but then the
    # 1 would follow from 6 - 5.
    by_sex, by_age = suppress_linked([[[1], [5]], [[3], [3], [0]]])
    assert by_sex.total == NOT_SHOWN and by_age.total == NOT_SHOWN
    alone = suppress([[3], [3], [0]])
    assert alone.total == 6


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="3 or more"):
        suppress([[1]], threshold=2)
    with pytest.raises(ValueError, match="whole numbers"):
        suppress([[-1]])
    with pytest.raises(ValueError, match="same columns"):
        suppress([[1, 2], [3]])
