"""A table without a 序号 column whose tasks are numbered by the labels one column's cells carry.

Some grids number nothing in a column of their own: the "三张清单" a town lists its work in (建设任务 | 工作事项 |
工作指标 | 任务清单 | 责任清单 | 时限清单) writes its tasks as the running items （1）（2）（3）… of one column, while
the columns before it are group cells merged down their rows (（一）组织指挥提能升级, 1.组织机构) and the one after
holds each task's measures (1.…；2.…, restarting in every row). A careful reader takes the column whose labels
run on from row to row as the tasks: its labels become the 序号, the text-like columns before it are kept in the
task's text under their header, and the rest is read as in any task table.
"""
from __future__ import annotations

import re

from .cells import _NONE, _spans_columns
from .header import _Columns


# （1） / (1) / 1. / 1、 at a cell's start
_RUNNING_LABEL = re.compile(r"^\s*(?:[（(]\s*(\d{1,3})\s*[)）]|(\d{1,3})\s*[.、．](?!\d))\s*")
_TEXT_KINDS = ("task", "extra", None)
_DATA_KINDS = ("lead", "responsible", "support", "implement", "deadline")
_MIN_RUN = 3  # labelled rows a column needs before its labels are taken for the tasks' numbers


def _label(cell: str) -> int | None:
    match = _RUNNING_LABEL.match(cell)
    return int(match.group(1) or match.group(2)) if match else None


def _style(match: re.Match) -> int:
    """Which of the two styles a label is written in: 1 bracketed （1）, 2 dotted 1."""
    return 1 if match.group(1) else 2


def _items(cell: str) -> list[tuple[int, str]]:
    """(number, text) of each running item a cell holds: one (its label, the cell) for a cell opening with a label;
    several when lines of the cell open with the labels that follow it in the same style (18.… / 19.…), each item
    those lines up to the next label; none for a cell with no label.

    A table numbering its items inside the task cell (测评内容: 1.… 2.…, no 序号 column) now and then prints two items
    in one row sharing its units, a paragraph each; the run of labels goes on from the cell's last. A line opening with
    a label out of that sequence (3.… then 1.…, or （1） under 3.) is the item's own point and stays in its text; and
    once a same-style label starts again at or below the item's number (2.… then 1.… 2.… 3.…), the item is listing
    its own points, so no later line of the cell opens an item (its 3. is the third point, not item 3)."""
    first = _RUNNING_LABEL.match(cell)
    if not first:
        return []
    opening, *rest = cell.split("\n")
    items: list[tuple[int, list[str]]] = [(_label(cell), [opening])]
    own_points = False
    for line in rest:
        match = _RUNNING_LABEL.match(line)
        same_style = match is not None and _style(match) == _style(first)
        if same_style and not own_points and _label(line) == items[-1][0] + 1:
            items.append((items[-1][0] + 1, [line]))
            continue
        own_points = own_points or same_style and _label(line) <= items[-1][0]
        items[-1][1].append(line)
    return [(number, "\n".join(lines)) for number, lines in items]


def _column_items(cells: list[str], split: bool) -> list[list[tuple[int, str]]]:
    """The running items of each cell of a column (see _items). A cell is split into several items only where the
    run goes on into the next labelled cell (its first label the split-off item's number + 1, or 1 for a new group):
    a cell whose lines run 1.… 2.… while the next row opens with 2. again (1.…主要措施： / 2.… its measure) holds
    one item, and so does a cell in the last labelled row, with nothing after it to bear the split out. Without
    split, each labelled cell is one item, numbered by its first label."""
    items = [_items(cell) for cell in cells]
    following = None  # the first label of the next labelled cell, walking up from the last row
    for n in reversed(range(len(items))):
        found = items[n]
        if len(found) > 1 and (not split or following not in (found[-1][0] + 1, 1)):
            items[n] = [(found[0][0], cells[n])]
        following = found[0][0] if found else following
    return items


def _runs(labels: list[tuple[int, int]]) -> bool:
    """Whether labels run on from row to row (each row's first and last label, one and the same unless its cell holds
    several items): each the one before plus one, or 1 again (a new group) now and then; labels that start again
    at 1 in most rows number each cell's own items (1.…；2.…), not the rows."""
    steps = list(zip(labels, labels[1:]))
    ups = sum(b[0] == a[1] + 1 for a, b in steps)
    again = sum(b[0] == 1 and b[0] != a[1] + 1 for a, b in steps)
    return ups + again == len(steps) and ups >= max(1, 2 * again)


def _running_column(columns: _Columns, rows: list[list[str]]) -> tuple[int | None, list[list[tuple[int, str]]]]:
    """The text column whose cells' labels run on through the rows, labelled in more rows than any other, and the
    running items of its cells (row by row). A column whose labels run only when each cell counts as one item (a
    split cell breaking the run) is read so, as its first labels say."""
    best, most, best_items = None, _MIN_RUN - 1, []
    for j, kind in enumerate(columns.kinds):
        if kind not in _TEXT_KINDS:
            continue
        cells = [r[j] if j < len(r) else "" for r in rows]
        for split in (True, False):
            items = _column_items(cells, split)
            labels = [(found[0][0], found[-1][0]) for found in items if found]
            if len(labels) > most and _runs(labels):
                best, most, best_items = j, len(labels), items
                break
    return best, best_items


def number_by_running_labels(columns: _Columns, rows: list[list[str]]) -> tuple[_Columns, list[list[str]]]:
    """The columns and rows with a 序号 column made from the running labels, when the header has no 序号 and
    one column's labels run on (see above); as they were otherwise."""
    if "number" in columns.kinds or "task" not in columns.kinds:
        return columns, rows
    j, items = _running_column(columns, rows)
    if j is None or columns.kinds.index("task") > j and columns.kinds[j] != "task":
        return columns, rows  # the labels stand after the tasks: a column of notes, not of tasks
    kinds = ["number"] + ["extra" if n < j and k == "task" else "task" if n == j else k
                          for n, k in enumerate(columns.kinds)]
    out, last = [], ""
    for row, found in zip(rows, items):
        if not found:
            # a row of more measures and units under the task above (its label merged over them) goes on with
            # it, whatever its other cells are numbered (2.…); a heading row is left without a number
            if _spans_columns(row) and not _NONE.match(row[0].strip()):
                # a row whose cells all hold one text is a group row spanning the table (二、…方面 merged across,
                # copied into each slot it covers): a heading however many tasks stand above it, its copies in the
                # unit and time columns no units of the task above. It spans the new 序号 slot too, so it is still
                # read as the row of one cell it is. A row of 无 / — in every slot says nothing, and heads nothing
                out.append(row[:1] + row)
                continue
            carries = any(row[n].strip() for n, k in enumerate(columns.kinds) if n < len(row) and k in _DATA_KINDS)
            out.append([last if carries else ""] + row)
            continue
        for number, text in found:  # (two items in one row: a row each, sharing the row's other cells)
            last = str(number)
            out.append([last] + row[:j] + [_RUNNING_LABEL.sub("", text, count=1)] + row[j + 1:])
    return columns.with_kinds(kinds, ["序号"] + columns.names), out
