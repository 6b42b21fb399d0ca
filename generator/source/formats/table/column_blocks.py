"""Layout: a table given column by column, each header cell over the whole column's cells, one block after another.

Some PDF extractors walk a table's cells column by column within each page: the page gives `序号` and its numbers
(1 … 11), then `重点任务` and the page's task cells, then `牵头单位` and its cells, then `配合单位` and its cells; the
next page starts again at `序号` (12 … 22). The k-th cell of each column belongs to the k-th number. A cell may wrap
onto a second line (a task sentence, a name cut where the column ended: 临沅高新区管委 / 会), so the rows are paired
only when every column can be cut into exactly as many cells as there are numbers without guessing: task cells each
ending at their full stop (or each a line, none ending in one), unit cells joined where a name was cut (the wrapped
names the fitting reader joins). Any column that does not come out at the count leaves the block unread (the plan
reader then reports its header cells standing alone: parse/__init__.py::_report_header_cells_apart).
"""
from __future__ import annotations

import re

from ....words import lexicon
from ....words.columns import UNIT_COLUMN_KINDS
from .fitting import _join_wrapped_names
from .header import header_kind
from .layouts import Found

_NUMBER_LINE = re.compile(r"\d{1,3}")
_STOPS = ("。", "；", ";")


def read_column_blocks(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): 序号 alone, the numbers n … m one a line, then a task column and
    unit columns, each a header cell alone on its line over its cells."""
    if lines[start].strip() not in lexicon.TABLE_NUMBER_HEADS:  # (序号 / 编号 alone on its line)
        return None
    numbers, i = _numbers(lines, start + 1)
    if not numbers:
        return None
    header, columns = [lines[start].strip()], []
    while i < len(lines) and _column_head(lines[i].strip(), first=not columns):
        header.append(lines[i].strip())
        cells, i = _column_lines(lines, i + 1)
        columns.append(cells)
    if len(columns) < 2:
        return None
    cut = [_task_cells(columns[0], len(numbers))] + [_unit_cells(c, len(numbers)) for c in columns[1:]]
    if any(cells is None for cells in cut):
        return None
    rows = [[str(n), *(cells[k] for cells in cut)] for k, n in enumerate(numbers)]
    return Found(i, [header, *rows])


def _numbers(lines: list[str], at: int) -> tuple[list[int], int]:
    """The run of consecutive numbers one a line from `at` (12 / 13 / 14), and the index after it."""
    numbers: list[int] = []
    while at < len(lines) and _NUMBER_LINE.fullmatch(lines[at].strip()):
        n = int(lines[at].strip())
        if numbers and n != numbers[-1] + 1:
            return [], at
        numbers.append(n)
        at += 1
    return numbers, at


def _column_head(text: str, first: bool) -> bool:
    """Whether a line is a column's header cell alone: the task column first, then columns of units."""
    return header_kind(text) in (("task",) if first else UNIT_COLUMN_KINDS)


def _column_lines(lines: list[str], at: int) -> tuple[list[str], int]:
    """The column's lines from `at` up to the next header cell, a blank line or the text's end; the index after."""
    cells: list[str] = []
    while at < len(lines) and lines[at].strip() and header_kind(lines[at].strip()) not in ("number", "task", *UNIT_COLUMN_KINDS):
        cells.append(lines[at].strip())
        at += 1
    return cells, at


def _task_cells(column: list[str], count: int) -> list[str] | None:
    """The column's task cells, `count` of them: each ended by its full stop, a wrapped sentence's lines joined; or,
    where no line ends in one, each line a cell. None when the cells cannot be counted so."""
    if not any(line.endswith(_STOPS) for line in column):
        return column if len(column) == count else None
    if not column[-1].endswith(_STOPS):
        return None
    cells, open_cell = [], ""
    for line in column:
        open_cell += line
        if line.endswith(_STOPS):
            cells.append(open_cell)
            open_cell = ""
    return cells if len(cells) == count else None


def _unit_cells(column: list[str], count: int) -> list[str] | None:
    """The column's unit cells, `count` of them, names cut where the column ended joined again (临沅高新区管委 / 会);
    None when they do not come out at the count, or a line ends a sentence (no cell of names does). A line a cell
    that still holds a cut name is no count either: an empty cell the extractor left out may make up for it."""
    if any(line.endswith(_STOPS) for line in column):
        return None
    cells = _join_wrapped_names(["", *column], 0)[1:]  # (its first cell the task's: none here)
    return cells if len(cells) == count else None
