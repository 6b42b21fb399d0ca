"""Layout: a responsibility matrix laid on its side, the tasks heading the columns and the units heading the rows.

Some offices turn the matrix round when there are few tasks and many units: 责任单位 | 任务一… | 任务二… over one
row a unit (市发展改革委 | ● | ○). Pasted with tabs or | between cells. A careful reader reads each column as a
task and the marks down it as its units' parts, so the table is turned back (a row a task, a column a unit) and
read as any matrix. A row of numbers over the tasks (序号 | 1 | 2 | 3) gives their numbers; otherwise they are
numbered in order.
"""
from __future__ import annotations

import re

from .delimited import _RULE, _delimiter, _split
from .header import body_column, header_kind
from .layouts import Found, columns_of
from .marks import _NUMBER_CELL, matrix_mark

_TASK_CHARS = 4  # a task heading a column says what is to be done (整治背街小巷); a name of two or three is a person's
_UNIT_CORNER = re.compile(r"单位|部门|主体|^$")  # the corner cell over the units' names: 责任单位, 部门, or empty


def read_transposed(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): tasks as columns, units as rows, marks between."""
    delimiter = _delimiter(lines[start])
    if delimiter is None:
        return None
    rows: list[list[str]] = []
    i = start
    while i < len(lines) and _delimiter(lines[i]) == delimiter:
        if not _RULE.match(lines[i]):
            rows.append(_split(lines[i], delimiter))
        i += 1
    numbers: list[str] | None = None
    if rows and header_kind(rows[0][0]) == "number" and all(_NUMBER_CELL.match(c) for c in rows[0][1:] if c):
        numbers, rows = rows[0][1:], rows[1:]  # 序号 | 1 | 2 | 3 over the tasks
    if len(rows) < 3 or not _UNIT_CORNER.search(re.sub(r"\s+", "", rows[0][0])) or header_kind(rows[0][0]) in (
            "task", "number"):
        return None
    tasks = rows[0][1:]
    units = rows[1:]
    width = len(tasks)
    if width < 1 or any(len(t.strip()) < _TASK_CHARS or matrix_mark(t) or body_column(t) or header_kind(t)
                        for t in tasks):
        return None
    if sum(body_column(r[0]) for r in units) < 2 or any(not body_column(r[0]) for r in units):
        return None
    if not all(not c.strip() or matrix_mark(c) for r in units for c in r[1:width + 1]):
        return None
    if not any(matrix_mark(c) for r in units for c in r[1:]):
        return None
    names = ["序号", "重点任务", *(r[0] for r in units)]
    turned = [names]
    marks = columns_of(units, width + 1)[1:]  # a task's column of marks, down the units
    for k, task in enumerate(tasks):
        number = numbers[k] if numbers and k < len(numbers) and numbers[k] else str(k + 1)
        turned.append([number, task, *marks[k]])
    return Found(i, turned)
