"""An indicator table without 序号 copied one cell per line, its rows anchored on their numbered task cells.

A 对标提升 or 考核 plan lists its measures by indicator: 一级指标 | 二级指标 | 提升举措 | 牵头单位 | 配合单位 | 完成时限, with
no 序号 column, the measures numbered in their own cells (1.推行… / 2.设置…) straight through the table. The indicator
cells are merged down the rows they head, and so are the 牵头单位 and 完成时限 in runs. Copied one cell per line, a
merged cell is printed on the first row it spans only and nothing stands for it below, so a row is two to six lines:
its new indicator cells (if any), the numbered task cell (always there), its unit cells (lead and support, or the
support only under a merged lead, / for none) and its date (if not merged). Counted by the header's width, or closed
at each date, such rows are mis-cut: an indicator cell is glued to the unit cell above it, a task cell read as units.

The numbered task cell anchors the row instead. Between one task cell and the next, the lines are read by what they
hold, in column order: first the row's own unit cells (as many as its unit columns, at most), then its date; the
lines left, right before the next task cell, are the next row's indicator cells. A new indicator of a higher level
always prints the cells of the levels under it, so g such lines fill the last g indicator columns; the columns
before them are merged cells, left empty. A row with fewer unit lines than unit columns puts them in the first unit
columns; `merged_lead.carry_merged_leads` then moves a lone cell to the 配合单位 where the rows show its lead merged.
Where the lines do not read so (more lines before a task cell than indicator columns, a sentence among them), the
layout is not this one and the reader falls back to counting cells.
"""
from __future__ import annotations

import re

from ....words import lexicon as lx
from .cells import _NONE, _cell_class
from .fitting import _cut_at_the_edge
from .header import UNIT_COLUMN_KINDS, _header_text
from .marks import _ANY_LABEL, _ARABIC_LABEL, _NUMBER_CELL, _PAGE_MARK

_INDICATOR_CELL_CHARS = 24  # characters an indicator cell holds, at most (解决商业纠纷的时间, 政务服务事项便利度)
_SENTENCE_MARKS = re.compile(r"[。；;：:，,！？!?]")
_PAGE_BREAK_LINES = 8  # blank lines and the page number a page break stacks, at most


def indicator_task_rows(lines: list[str], i: int, names: list[str],
                        kinds: list[str | None]) -> tuple[list[list[str]], list[int], int] | None:
    """The rows (header first) of an indicator table without 序号 whose header's cells ended at lines[i], the indexes
    of its data rows and the index after it; None where the header or the lines do not read as such a table."""
    levels = _indicator_columns(names, kinds)
    if not levels:
        return None
    units = [j for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS]
    dated = kinds[-1] == "deadline"
    ahead = _lines_before_the_first_task(lines, i, levels)
    if ahead is None:
        return None
    rows: list[list[str]] = [names]
    data_rows: list[int] = []
    groups = ahead
    at, expected = i + len(ahead), 1
    while True:
        task_lines, after = _task_cell(lines, at)
        own, end = _row_cells(lines, after, len(units), dated)
        nxt, heads = _next_task(lines, end, expected + 1, levels, names)
        cells = [""] * len(kinds)
        cells[levels - len(groups):levels] = groups
        cells[levels] = "\n".join(task_lines)
        unit_lines = [c for c in own if _cell_class(c) == "units"]
        for j, cell in zip(units, unit_lines):
            cells[j] = cell
        if dated and own and _cell_class(own[-1]) == "deadline":
            cells[-1] = own[-1]
        data_rows.append(len(rows))
        rows.append(cells)
        if nxt is None:
            if _task_ahead(lines, end, expected + 1, levels + len(units) + 2):
                return None  # the next task cell comes after lines this reading cannot place: not this layout
            break
        at, groups, expected = nxt, heads, expected + 1
    if len(data_rows) < 2 or not any(row[j] for row in rows[1:] for j in units):
        return None
    return rows, data_rows, end


def _indicator_columns(names: list[str], kinds: list[str | None]) -> int:
    """How many indicator-level columns (一级指标, 二级指标) stand before the task column of a header without 序号 whose
    task column is followed by unit columns and perhaps a closing date column only; 0 where the header is otherwise."""
    if "number" in kinds or "task" not in kinds:
        return 0
    task = kinds.index("task")
    after = kinds[task + 1:]
    closing = after[:-1] if after and after[-1] == "deadline" else after
    if (not task or not closing or not all(k in UNIT_COLUMN_KINDS for k in closing)
            or not all(_header_text(n) in lx.TABLE_INDICATOR_LEVEL_HEADS for n in names[:task])):
        return 0
    return task


def _task_number(text: str) -> int:
    """The number a task cell opens with (3.企业开办…), -1 for none."""
    match = _ARABIC_LABEL.match(text)
    return int(match.group(1)) if match and text[match.end():].strip() and not _NUMBER_CELL.match(text) else -1


def _indicator_cell(text: str) -> bool:
    """A line that may be an indicator cell: a short name, no sentence, no date, no label (时间, 获得电力, 开办企业)."""
    return (bool(text) and len(text) <= _INDICATOR_CELL_CHARS and not _SENTENCE_MARKS.search(text)
            and not _ANY_LABEL.match(text) and not _PAGE_MARK.match(text) and _cell_class(text) != "deadline")


def _lines_before_the_first_task(lines: list[str], i: int, levels: int) -> list[str] | None:
    """The first row's indicator cells, the lines between the header and the task cell 1.…; None where that cell does
    not come within the indicator columns' count."""
    heads: list[str] = []
    for line in lines[i:i + levels + 1]:
        text = line.strip()
        if _task_number(text) == 1:
            return heads
        if not _indicator_cell(text):
            return None
        heads.append(text)
    return None


def _task_cell(lines: list[str], at: int) -> tuple[list[str], int]:
    """The task cell opening at lines[at] (its label's line) and the lines it ran on over: a line after it that is a
    sentence or a point of its own ((2)推行…。), no unit, date nor indicator cell; and the index after it."""
    cell = [lines[at].strip()]
    at += 1
    while at < len(lines):
        text = lines[at].strip()
        if not text or _task_number(text) >= 0 or _cell_class(text) != "text" or _indicator_cell(text):
            break
        cell.append(text)
        at += 1
    return cell, at


def _row_cells(lines: list[str], at: int, unit_columns: int, dated: bool) -> tuple[list[str], int]:
    """The row's own cells after its task cell, from lines[at]: unit cells (one cut at the column's edge after its 、
    joined), up to the unit columns' count, then a date where the row closes with one; and the index after them."""
    own: list[str] = []
    taken = 0
    while at < len(lines) and taken < unit_columns and _cell_class(lines[at].strip()) == "units":
        cell = lines[at].strip()
        at += 1
        while (at < len(lines) and lines[at].strip() and not _NONE.match(cell)
               and _cell_class(lines[at].strip()) != "deadline" and _cut_at_the_edge(cell, lines[at].strip())):
            cell += lines[at].strip()
            at += 1
        own.append(cell)
        taken += 1
    if dated and at < len(lines) and _cell_class(lines[at].strip()) == "deadline":
        own.append(lines[at].strip())
        at += 1
    return own, at


def _next_task(lines: list[str], at: int, number: int, levels: int,
               names: list[str]) -> tuple[int | None, list[str]]:
    """Where the row numbered `number` opens from lines[at] (the index of its task cell) and its indicator cells, the
    lines before it: at most `levels` short names, past a page break (blank lines, the page number, the header printed
    again). (None, []) where the lines go on otherwise: the table ended."""
    at = _past_a_page_break(lines, at, names)
    heads: list[str] = []
    for line in lines[at:at + levels + 1]:
        text = line.strip()
        if _task_number(text) == number:
            return at + len(heads), heads
        if not _indicator_cell(text):
            break
        heads.append(text)
    return None, []


def _task_ahead(lines: list[str], at: int, number: int, reach: int) -> bool:
    """Whether the task cell numbered `number` stands within `reach` lines from lines[at]."""
    return any(_task_number(line.strip()) == number for line in lines[at:at + reach])


def _past_a_page_break(lines: list[str], at: int, names: list[str]) -> int:
    """The index after the blank lines and page number at lines[at] and the header a new page printed again."""
    end = at
    while end < min(len(lines), at + _PAGE_BREAK_LINES) and (not lines[end].strip() or _PAGE_MARK.match(lines[end].strip())):
        end += 1
    if end > at and [ln.strip() for ln in lines[end:end + len(names)]] == [n.strip() for n in names]:
        end += len(names)
    return end
