"""Layouts: one cell per line with a | line between cells, or each cell framed by its own | (工作任务 |)."""
from __future__ import annotations

import re

from .cell_lines import _header_run, _line_table
from .cell_matrix import read_line_matrix
from .cells import join_lines
from .header import header_kind
from .layouts import Found


# A line holding only | between cells: some pages flatten a table into one cell per line this way.
_BAR = re.compile(r"^\s*[|｜]\s*$")


def _bar_cells(lines: list[str], start: int) -> tuple[list[str], list[int], int] | None:
    """The cells of a |-separated run starting at lines[start]: (cells, line index of each cell, end).

    The lines between two | lines are one cell (a header cell broken over two lines); after the
    last | only one line belongs to the table.
    """
    if not lines[start].strip() or _BAR.match(lines[start]):
        return None
    following = next((ln for ln in lines[start + 1:start + 3] if ln.strip()), "")
    if not _BAR.match(following):
        return None  # the first cell is one line, so a title line above the table stays outside it
    cells, starts, current, begin, i = [], [], [], start, start
    while i < len(lines):
        line = lines[i]
        if _BAR.match(line):
            if current:
                cells.append(join_lines(current))
                starts.append(begin)
            current, begin = [], i + 1
        elif line.strip():
            if not current:
                begin = i
            current.append(line)
            if len(current) > 12:
                break  # no | in sight: not a cell any more
            if cells and _last_cell(lines, i):
                i += 1
                break
        i += 1
    if current and len(current) <= 12:
        cells.append(join_lines(current))
        starts.append(begin)
    return (cells, starts, i) if len(cells) >= 3 else None


def _last_cell(lines: list[str], i: int) -> bool:
    """Whether lines[i] ends the run: no | line follows within 12 lines."""
    return not any(_BAR.match(line) for line in lines[i + 1:i + 13])


# A cell on a line of its own framed by the column rule: closed by it (工作任务 |, 县应急局|), opened
# by it (| 工作任务) or both (| 工作任务 |). Pages that flatten a table cell by cell write it so; a | alone
# on its line is an empty cell. A cell over several lines ends at the line holding the closing | in the
# closed shape, and runs until the next opening | in the opened shape.
_MAX_FRAMED_LINES = 12  # lines one cell may run over: more and it is text, not a cell
_BARS = ("|", "｜")


def _framed(line: str) -> tuple[str, str] | None:
    """(cell, side) of a line holding one cell framed by its only bars: side 'end', 'start' or 'both',
    '' for a | alone; None for any other line. String methods, not a regex: a lazy group before a
    space run backtracks quadratically through long runs of spaces."""
    text = line.strip()
    bars = text.count("|") + text.count("｜")
    if not bars or bars > 2:
        return None
    if text in _BARS:
        return "", ""
    opened, closed = text.startswith(_BARS), text.endswith(_BARS)
    if bars != opened + closed:
        return None  # a bar inside the text: not one framed cell
    return text[opened:len(text) - closed].strip(), "both" if opened and closed else "start" if opened else "end"


def _framed_cells(lines: list[str], start: int) -> tuple[list[str], list[int], int] | None:
    """The cells of a run of framed lines from lines[start]: (cells, line index of each cell, end).

    The run starts at a framed line holding text and the next non-blank line is framed too (so a single
    line ending in | is text); it ends after the last framed line with no framed line within reach.
    """
    first = _framed(lines[start])
    if first is None or not first[0]:
        return None
    following = next((ln for ln in lines[start + 1:start + 3] if ln.strip()), "")
    if _framed(following) is None:
        return None
    opened = first[1] == "start"
    cells, starts, current, begin, end = [], [], [], start, start
    for i in range(start, len(lines)):
        framed = _framed(lines[i])
        if framed is not None and opened:  # an opening | starts the next cell
            if i > start:
                cells.append(join_lines(current))
                starts.append(begin)
            current, begin, end = [framed[0]], i, i + 1
        elif framed is not None:  # a closing | ends the cell its lines began
            cells.append(join_lines([*current, framed[0]]))
            starts.append(begin)
            current, begin, end = [], i + 1, i + 1
        elif lines[i].strip():
            if opened and not any(_framed(ln) is not None for ln in lines[i + 1:i + 1 + _MAX_FRAMED_LINES]):
                break  # after the last opening | only the cell's own line belongs to the table
            if not current:
                begin = i
            current.append(lines[i])
            end = i + 1 if opened else end
            if len(current) > _MAX_FRAMED_LINES:
                break  # lines that no | frames: the text after the table
    if opened:
        cells.append(join_lines(current))
        starts.append(begin)
    return (cells, starts, end) if len(cells) >= 3 else None


def read_bar_lines(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): cells one per line with a | line between them."""
    run = _bar_cells(lines, start) if "|" in "".join(lines[start + 1:start + 3]) else None
    return None if run is None else _table_in_run(lines, run)


def read_framed_lines(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): cells one per line, each framed by its own |."""
    run = _framed_cells(lines, start) if "|" in lines[start] or "｜" in lines[start] else None
    return None if run is None else _table_in_run(lines, run)


def _table_in_run(lines: list[str], run: tuple[list[str], list[int], int]) -> Found:
    """The task table in a run of cells, read as cells one per line. Title cells, or a page's layout
    flattened the same way, may come before the header; a run that holds no task table is passed over
    whole (`rows` None), so no line of it is scanned again."""
    cells, starts, end = run
    first = next((k for k in range(len(cells)) if header_kind(cells[k]) and _header_run(cells, k)), None)
    table = _line_table(cells, first, exact=True) if first is not None else None
    if table is None:
        return _matrix_in_run(cells, starts, end) or Found(end, None)
    rows, used = table
    return Found(starts[used] if used < len(cells) else end, rows, before=tuple(cells[:first]),
                 cut=used >= len(cells) and end >= len(lines))


def _matrix_in_run(cells: list[str], starts: list[int], end: int) -> Found | None:
    """A responsibility matrix in a run of framed cells (| 序号 | 重点任务 | 区发改局 … | ● |): no column word names its
    unit columns, so the task-table reader finds none; the matrix reader of cells one per line reads it."""
    for k, cell in enumerate(cells):
        if header_kind(cell) == "number":
            found = read_line_matrix(cells, k)
            if found is not None and found.rows:
                used = found.end
                return Found(starts[used] if used < len(cells) else end, found.rows, before=tuple(cells[:k]))
    return None
